//! What a numeric slogan counts, read from its definition.
//!
//! A slogan is made of parts, each a numeral and what it counts: `四减一优化`
//! is four 减 and one 优化; `三个一批` is three 一批 (a measure word after
//! the numeral makes the rest one counted thing); `四网运行` is four 网, the
//! counted word being a start of the last part's words. The definition
//! lists the counted things; an item belongs to a part when it carries the
//! part's word anywhere (`信息互通` is one 互), or, when the slogan has a
//! single part, simply by being one short item of the list (`四翼：教育、
//! 医疗、金融、商业`). An item may carry several words (`查损补失` is one 查
//! and one 补). A definition may also name each part before its own list
//! (`“四化”，即…；“四园”，即…`).
//!
//! A definition is read every way these forms allow: by `；` items, by `、`
//! items (also split at `和`/`及`/`与`), by `，` clauses; an item owned by
//! every word it carries, or only by the word it ends with (else starts
//! with, else carries first). The slogan holds when one complete reading
//! (every item owned) gives its numerals; it is reported only when every
//! complete reading gives the same other counts. Anything else abstains: a
//! wrong count is worse than none.

mod confirm;
mod decide;
mod grouped;
mod labels;
mod numbered;
mod opened;
mod paired;
mod pieces;
mod readings;
mod restated;
mod roles;
mod windows;

use confirm::*;
use decide::*;
use grouped::*;
use labels::*;
use numbered::*;
use opened::*;
use paired::*;
use pieces::*;
use readings::*;
use restated::*;
use roles::*;
use windows::*;

pub use labels::{LABEL_ENDS, is_private, labels_each_part, part_name};
pub(crate) use paired::paired_items;
pub(crate) use restated::restated_count;

use crate::chars::{chinese_digit, is_quote, is_space};

/// One numeral of a slogan and the words it may count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SloganPart {
    pub numeral: u32,
    /// The part as written, without its numeral (`减`, `个一批`).
    pub written: String,
    /// What each counted thing carries, longest first: one word, or for
    /// the last part every start of its words (`网运行`, `网`).
    pub words: Vec<String>,
}

impl SloganPart {
    /// Whether a measure word follows the numeral (`四大工程`, `三个一批`):
    /// a count of things the count rule reads too.
    pub(crate) fn measured(&self) -> bool {
        self.written.starts_with(MEASURES) && self.words.len() == 1
    }
}

/// Whether `c` is a measure word after a slogan's numeral (`个`, `张`).
pub(crate) fn is_measure(c: char) -> bool {
    MEASURES.contains(&c)
}

/// Measure words that make the rest of a slogan one counted thing.
const MEASURES: &[char] = &[
    '个', '大', '张', '项', '篇', '件', '条', '类', '种', '块', '对',
];

/// The longest lead before the first numeral (`新三样`, `门前五包`, `城市
/// 双修`, `京保协作五个一`), in characters.
const MAX_LEAD: usize = 4;

/// The longest counted word, in characters.
const MAX_WORD: usize = 5;

/// The longest thing counted after a measure word (`五大优势主导产业`): a
/// noun phrase, whose items need not carry it.
const MAX_MEASURED_WORD: usize = 8;

/// A numeral of a slogan at the start of `chars`: its value and length.
fn numeral(chars: &[char]) -> Option<(u32, usize)> {
    let first = *chars.first()?;
    let digit = |c: Option<&char>| {
        c.and_then(|c| chinese_digit(*c))
            .filter(|n| (1..=9).contains(n))
    };
    // `十一进`, `十八品`: eleven to nineteen.
    if first == '十' {
        return Some(match digit(chars.get(1)) {
            Some(n) => (10 + n, 2),
            None => (10, 1),
        });
    }
    // `二十`, `三十六`.
    if let Some(tens) = digit(Some(&first)).filter(|n| *n >= 2)
        && chars.get(1) == Some(&'十')
    {
        return Some(match digit(chars.get(2)) {
            Some(n) => (tens * 10 + n, 3),
            None => (tens * 10, 2),
        });
    }
    // `双修`, `一核双翼`: 双 is two.
    if first == '双' {
        return Some((2, 1));
    }
    let n = chinese_digit(first).filter(|n| (1..=9).contains(n))?;
    Some((n, 1))
}

/// The parts of a slogan such as `四减一优化`, `三个一批`, `新三样`,
/// `两不愁三保障`, `城市双修`, `9个方面`; `None` for anything else (Arabic
/// numerals without a measure word, `十四五`, numerals with nothing counted).
pub fn parse_slogan(slogan: &str) -> Option<Vec<SloganPart>> {
    // `五个坚持、三个责任`: slogans joined by `、`, each read alone.
    if slogan.contains('、') {
        let mut parts = Vec::new();
        for piece in slogan.split('、') {
            parts.extend(parse_one(piece)?);
        }
        let distinct = parts.iter().enumerate().all(|(i, p)| {
            parts[i + 1..]
                .iter()
                .all(|q| q.words.iter().all(|w| !p.words.contains(w)))
        });
        return (distinct && parts.len() <= 6).then_some(parts);
    }
    parse_one(slogan)
}

fn parse_one(slogan: &str) -> Option<Vec<SloganPart>> {
    // Most quoted words hold no numeral: no part can start, and none is
    // read, so they are told before any part is built.
    if !may_count(slogan) {
        return None;
    }
    // (Sized once: a slogan has no more characters than bytes.)
    let mut chars: Vec<char> = Vec::with_capacity(slogan.len());
    chars.extend(slogan.chars().filter(|c| !is_quote(*c) && !is_space(*c)));
    if chars.first().is_some_and(char::is_ascii_digit) {
        return arabic_measured(&chars);
    }
    // `三个15分钟`: a count in words of a figure with its unit, as
    // `3个15分钟` is.
    if let Some((n, len)) = numeral(&chars)
        && chars.get(len + 1).is_some_and(char::is_ascii_digit)
    {
        return measured_figures(n, &chars[len..]);
    }
    // A short lead word: `新三样`.
    let lead = chars
        .iter()
        .take_while(|c| numeral(&[**c]).is_none())
        .count();
    if lead > MAX_LEAD || chars.iter().any(|c| !crate::chars::is_han(*c)) {
        return None;
    }
    let mut at = lead;
    let mut parts: Vec<SloganPart> = Vec::new();
    let mut measured = false;
    let mut magnitudes = 0;
    while at < chars.len() {
        let (n, len) = numeral(&chars[at..])?;
        at += len;
        let rest = &chars[at..];
        // `三个一批`; but `三支柱一市场` is two parts, so past any measure
        // word but 个 a numeral starts the next part.
        let measure = rest.first().filter(|c| MEASURES.contains(c));
        let numeral_after = rest.iter().skip(1).any(|c| numeral(&[*c]).is_some());
        if measure.is_some_and(|m| *m == '个' || !numeral_after) && rest.len() >= 2 {
            // `三个一批`: the rest is what is counted, numerals included.
            let word = string_of(&rest[1..]);
            if rest.len() - 1 > MAX_MEASURED_WORD || !parts.is_empty() && rest[1..].len() > 3 {
                return None;
            }
            parts.push(SloganPart {
                numeral: n,
                written: string_of(rest),
                words: vec![word],
            });
            measured = true;
            break;
        }
        let len = rest
            .iter()
            .take_while(|c| numeral(&[**c]).is_none())
            .count();
        // `三证合一`, `六多合一`: a closing 一 is what the parts become,
        // nothing counted.
        if rest.is_empty() && n == 1 && len == 0 && !parts.is_empty() {
            break;
        }
        // `三位一体`, `三治一体化`: the whole the parts make, nothing counted.
        if n == 1 && !parts.is_empty() && matches!(rest, ['体'] | ['体', '化']) {
            break;
        }
        // `双十条`: a single part counting a word that opens with a
        // numeral (two 十条), not numerals alone (`三六八九`).
        if len == 0
            && parts.is_empty()
            && (2..=MAX_WORD).contains(&rest.len())
            && rest.iter().any(|c| numeral(&[*c]).is_none())
        {
            let word = string_of(rest);
            return Some(vec![SloganPart {
                numeral: n,
                written: word.clone(),
                words: vec![word],
            }]);
        }
        // `个` alone counts nothing (`全市上下三个`), nor do orders of
        // magnitude alone in every part (`十百千万` is a scale, ten of a
        // county to ten thousand of a household; `三无三百` counts three
        // 100%s), but for one magnitude counted once over (below).
        if len == 0 || len > MAX_WORD || len == 1 && rest[0] == '个' {
            return None;
        }
        if rest[..len].iter().all(|c| matches!(c, '百' | '千' | '万')) {
            magnitudes += 1;
        }
        let word = string_of(&rest[..len]);
        parts.push(SloganPart {
            numeral: n,
            written: word.clone(),
            words: vec![word],
        });
        at += len;
    }
    // `双百`, `四百`: one order of magnitude counted several times is a
    // word of its own (two 百s: `百万吨产能`, `百亿元产值`); a run of them
    // (`百千万`) is a scale.
    let one_magnitude = matches!(parts.as_slice(), [p] if p.written.chars().count() == 1);
    if parts.is_empty() || parts.len() > 6 || magnitudes == parts.len() && !one_magnitude {
        return None;
    }
    // `一芯两翼多点`, `三心多廊一平台`: a `多X` after a part's word is a part
    // of no number, which counts nothing; the slogan counts its numerals.
    // Not in a slogan of ones (`一码多用` names one thing used many ways).
    if parts.iter().any(|p| p.numeral > 1) {
        for part in parts
            .iter_mut()
            .filter(|p| !p.measured() && p.written.contains('多'))
        {
            let chars: Vec<char> = part.written.chars().collect();
            let kept = counted_before_tail(&chars);
            if kept < chars.len() {
                part.written = chars[..kept].iter().collect();
                part.words = vec![part.written.clone()];
            }
        }
    }
    // The last part may end in words that count nothing (`四网运行`,
    // `五长制`): each start of its words is a candidate.
    if let Some(last) = parts.last_mut().filter(|_| !measured) {
        // (Longest first: each start ends where one of its characters does.)
        let word = std::mem::take(&mut last.words[0]);
        last.words = word
            .char_indices()
            .rev()
            .map(|(at, c)| word[..at + c.len_utf8()].to_string())
            .collect();
    }
    let distinct = parts.iter().enumerate().all(|(i, p)| {
        parts[i + 1..]
            .iter()
            .all(|q| q.words.iter().all(|w| !p.words.contains(w)))
    });
    distinct.then_some(parts)
}

/// `chars` as a string, sized once (collected, it grows as it goes).
fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// Whether `slogan` may be read by [`parse_one`]: a numeral stands in it
/// (one [`numeral`] reads alone), or its first character, past quotes and
/// spaces, is a digit. Anything else reads no part.
fn may_count(slogan: &str) -> bool {
    let mut read = slogan.chars().filter(|c| !is_quote(*c) && !is_space(*c));
    if read.next().is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    slogan.chars().any(|c| numeral(&[c]).is_some())
}

/// The most characters of a part of no number after `多` (`多点支撑`).
const MAX_UNCOUNTED_TAIL: usize = 4;

/// How many characters of a part's word are counted: all, or those before
/// a `多X` tail (`翼` of `翼多点`), when a word stands before it.
fn counted_before_tail(word: &[char]) -> usize {
    match word.iter().position(|c| *c == '多') {
        Some(at) if at >= 1 && (1..=MAX_UNCOUNTED_TAIL).contains(&(word.len() - at - 1)) => at,
        _ => word.len(),
    }
}

/// A count in digits, a measure word and what it counts (`9个方面`, `20大
/// 工程`, `7个专项行动`): one measured part, as `九个方面` would be.
fn arabic_measured(chars: &[char]) -> Option<Vec<SloganPart>> {
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 2 {
        return None;
    }
    let n: u32 = chars[..digits].iter().collect::<String>().parse().ok()?;
    let rest = &chars[digits..];
    let counted = rest.get(1..)?;
    if n < 2
        || !rest.first().is_some_and(|m| MEASURES.contains(m))
        || counted.is_empty()
        || counted.len() > MAX_WORD
        || !counted.iter().all(|c| crate::chars::is_han(*c))
        || counted.iter().any(|c| numeral(&[*c]).is_some())
    {
        return measured_figures(n, rest);
    }
    Some(vec![SloganPart {
        numeral: n,
        written: rest.iter().collect(),
        words: vec![counted.iter().collect()],
    }])
}

/// `3个15分钟`, `三个100公里`: a count (`n`), a measure word, then a figure
/// in digits and its unit in words, counted as one thing each item
/// carries (`15分钟甲圈`). A figure alone (`5个100`, `3个100%`) counts no
/// word an item could carry.
fn measured_figures(n: u32, rest: &[char]) -> Option<Vec<SloganPart>> {
    let counted = rest.get(1..)?;
    let digits = counted.iter().take_while(|c| c.is_ascii_digit()).count();
    let unit = &counted[digits..];
    let figure_then_unit = (1..=4).contains(&digits)
        && !unit.is_empty()
        && unit.iter().all(|c| crate::chars::is_han(*c))
        && !unit.iter().any(|c| numeral(&[*c]).is_some());
    if n < 2 || rest.first() != Some(&'个') || !figure_then_unit || counted.len() > MAX_WORD + 1 {
        return None;
    }
    Some(vec![SloganPart {
        numeral: n,
        written: rest.iter().collect(),
        words: vec![counted.iter().collect()],
    }])
}

/// What a definition says of a slogan's parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SloganCount {
    /// A complete reading gives the slogan's numerals.
    Holds,
    /// No complete reading gives them: per part, the count every reading
    /// agrees on (`None` where they disagree). At least one agreed count
    /// differs from its numeral.
    Differs(Vec<Option<usize>>),
}

impl SloganCount {
    /// The first part whose agreed count differs from its numeral.
    pub fn differing(&self, parts: &[SloganPart]) -> Option<(usize, usize)> {
        let SloganCount::Differs(agreed) = self else {
            return None;
        };
        agreed
            .iter()
            .zip(parts)
            .enumerate()
            .find_map(|(i, (c, p))| c.filter(|c| *c != p.numeral as usize).map(|c| (i, c)))
    }
}

/// Reads how many items of `definition` belong to each part, or `None`
/// when no reading is complete or the readings agree on no wrong count.
///
/// A definition often frames its list: a lead (`2023年，会议提出，A、B、C`,
/// `……的部署，主要内容是A、B、C`), commentary after it (`A、B、C，必须经
/// 集体讨论`), the slogan itself closing it (`A、B、C“三X”`), a second
/// sentence. The list is then read in narrower windows: each sentence,
/// what follows a clause break or `即`, the first clause when the rest
/// carries no counted word. The slogan holds when any window holds;
/// otherwise the widest window that gives a reading decides.
pub fn count_items(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    if !magnitude_spelled(parts, definition) {
        return None;
    }
    if let Some((parts, definition)) = words_kept_apart(parts, definition) {
        return count_items(&parts, &definition);
    }
    let read = count_listed(parts, definition);
    if read.is_none()
        && let Some(listed) = stray_commas(parts, definition)
    {
        return count_listed(parts, &listed);
    }
    // A comma among items that each open with the counted word is one
    // more reading: the list holds when it holds so read.
    if matches!(read, Some(SloganCount::Differs(_)))
        && let Some(listed) = anaphora_commas(parts, definition)
        && count_listed(parts, &listed) == Some(SloganCount::Holds)
    {
        return Some(SloganCount::Holds);
    }
    read
}

/// `五比五不比` over `比甲不比乙，比丙不比丁…`: one part's word inside
/// another's (比 in 不比) makes every item carry the shorter word twice,
/// so no item would tell which part it is. The parts and the definition
/// with the longer word's copy of the shorter one written with stand-ins,
/// characters of the same width that neither holds: each word then marks
/// its own part alone. `None` when no part's word holds another's.
fn words_kept_apart(parts: &[SloganPart], definition: &str) -> Option<(Vec<SloganPart>, String)> {
    // Most slogans have one part, or parts of words apart: told without
    // building anything.
    let holds_anothers = parts.iter().enumerate().any(|(k, p)| {
        p.words.iter().any(|long| {
            parts.iter().enumerate().any(|(j, q)| {
                j != k
                    && q.words
                        .iter()
                        .any(|short| short.len() < long.len() && long.contains(short.as_str()))
            })
        })
    });
    if !holds_anothers {
        return None;
    }
    // Each word with its part: a part's own words (`网运行`, `网`) may
    // hold each other.
    let all: Vec<(usize, &str)> = parts
        .iter()
        .enumerate()
        .flat_map(|(k, p)| p.words.iter().map(move |w| (k, w.as_str())))
        .collect();
    let held_in = |part: usize, long: &str| -> Vec<&str> {
        all.iter()
            .filter(|(k, short)| *k != part && short.len() < long.len() && long.contains(short))
            .map(|(_, short)| *short)
            .collect()
    };
    // Rare characters of the extension A block, as wide in UTF-8 as any
    // Chinese character, that the slogan's text does not hold.
    let mut stand_ins = ('\u{3400}'..='\u{4dbf}')
        .filter(|c| !definition.contains(*c) && !all.iter().any(|(_, w)| w.contains(*c)));
    let mut respelled: Vec<(String, String)> = Vec::new();
    for (k, long) in &all {
        let shorter = held_in(*k, long);
        if shorter.is_empty() || respelled.iter().any(|(w, _)| w == long) {
            continue;
        }
        let mut spelled = String::with_capacity(long.len());
        for c in long.chars() {
            let shared = shorter.iter().any(|short| short.contains(c));
            spelled.push(if shared { stand_ins.next()? } else { c });
        }
        respelled.push((long.to_string(), spelled));
    }
    // The longest words first, so that a word's own start is not spelled
    // over before the whole word is.
    respelled.sort_by_key(|(long, _)| std::cmp::Reverse(long.len()));
    let mut text = definition.to_string();
    for (long, spelled) in &respelled {
        text = text.replace(long.as_str(), spelled);
    }
    let parts = parts
        .iter()
        .map(|p| SloganPart {
            words: p
                .words
                .iter()
                .map(|w| {
                    respelled
                        .iter()
                        .find(|(long, _)| long == w)
                        .map_or_else(|| w.clone(), |(_, spelled)| spelled.clone())
                })
                .collect(),
            ..p.clone()
        })
        .collect();
    Some((parts, text))
}

/// The fewest items opening with the counted word that tell a comma
/// among them is a slip for `、` (see [`anaphora_commas`]).
const MIN_ANAPHORA: usize = 3;

/// `优先A、优先B，优先C和优先D`: a single part's list whose pieces, cut at
/// `、` and commas, each open with one counted word: a comma there may be
/// printed for a `、`. The definition with each comma read as one. Not
/// with `；` or a second sentence.
fn anaphora_commas(parts: &[SloganPart], definition: &str) -> Option<String> {
    let [part] = parts else {
        return None;
    };
    let text = decide::trim_definition(definition);
    if text.contains(['；', ';', '。', '：', ':']) || !text.contains(['，', ',']) {
        return None;
    }
    let pieces = pieces(text, &['、', '，', ',']);
    let opened = part
        .words
        .iter()
        .any(|w| pieces.iter().all(|p| p.starts_with(w.as_str())));
    (pieces.len() >= MIN_ANAPHORA && opened).then(|| text.replace(['，', ','], "、"))
}

/// Whether a slogan counting one order of magnitude (`双百`, `四百`) is
/// read in `definition`: only where no figure is printed in digits (`100
/// 名`, `1万人` are amounts, whose clauses carry no 百 an item is told by)
/// and the magnitude stands as a word twice at least (`百名干部`, `百亿元
/// 产值`). Any other slogan is read.
fn magnitude_spelled(parts: &[SloganPart], definition: &str) -> bool {
    let [part] = parts else {
        return true;
    };
    let magnitude = match part.written.as_str() {
        "百" => '百',
        "千" => '千',
        "万" => '万',
        _ => return true,
    };
    !definition.contains(|c: char| c.is_ascii_digit()) && definition.matches(magnitude).count() >= 2
}

/// The fewest `、` items a list with a stray comma has (see
/// [`stray_commas`]).
const MIN_STRAY_LIST: usize = 3;

/// `一个甲、一个乙、一个丙，一个丁、一个戊`: a single part's `、` list with a
/// `，` or two among its separators, inside it, every piece carrying the
/// counted word, has the comma printed for a `、`: the definition with each
/// comma read as one. Not with `；` or a second sentence (clauses of their
/// own), nor when commas are half the `、` or more (a list of clauses).
fn stray_commas(parts: &[SloganPart], definition: &str) -> Option<String> {
    let [part] = parts else {
        return None;
    };
    let text = decide::trim_definition(definition);
    if text.contains(['；', ';', '。', '：', ':']) {
        return None;
    }
    let commas = text.matches(['，', ',']).count();
    let enumerations = text.matches('、').count();
    if commas == 0 || enumerations < MIN_STRAY_LIST || commas * 2 > enumerations {
        return None;
    }
    // Inside the list, `、` on both sides: a comma before its first `、`
    // closes a lead (`甲的方面，包括A、B`), one after its last a remark.
    let (first_comma, last_comma) = (text.find(['，', ','])?, text.rfind(['，', ','])?);
    if !(text.find('、')? < first_comma && text.rfind('、')? > last_comma) {
        return None;
    }
    let pieces = pieces(text, &['、', '，', ',']);
    let carried = pieces
        .iter()
        .all(|p| part.words.iter().any(|w| p.contains(w.as_str())));
    carried.then(|| text.replace(['，', ','], "、"))
}

/// [`count_items`] of the definition as its separators cut it.
fn count_listed(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    let read = count_as_printed(parts, definition);
    if read == Some(SloganCount::Holds)
        || counted_in_groups(parts, definition)
        || counted_by_openings(parts, definition)
    {
        return Some(SloganCount::Holds);
    }
    // `教育的五个方面，包括甲育、乙育…`: a lead clause says what the whole
    // is; the list it introduces is the things.
    if let Some((list, exhaustive)) = introduced_list(definition) {
        return match count_items(parts, list) {
            Some(SloganCount::Holds) => Some(SloganCount::Holds),
            other if exhaustive => other,
            // (`包括` may name only some of them.)
            _ => None,
        };
    }
    // `会议提出的五项任务，即甲、乙、丙、丁、戊`: the whole named by the
    // counted noun, then its members.
    if let Some(list) = list_after_named_whole(parts, definition) {
        return count_items(parts, list);
    }
    // `甲会、乙会、丙会（涉及A、B等，召开丁会）`: a parenthesis glosses the
    // item before it and lists nothing of the slogan's own; read without
    // it, it decides when it holds, or when the text as printed reads
    // nothing.
    let Some(bare) = without_asides(definition) else {
        return read;
    };
    match count_as_printed(parts, &bare) {
        Some(SloganCount::Holds) => Some(SloganCount::Holds),
        other if read.is_none() => other,
        _ => read,
    }
}

/// Words after a lead clause that introduce the list of all the things
/// (`即`, `分别是`), or of some of them (`包括`).
const INTRODUCERS: [(&str, bool); 8] = [
    ("分别是", true),
    ("分别为", true),
    // `…提出的要求，具体内容是：A、B、C`
    ("具体内容是", true),
    ("具体内容为", true),
    ("具体是", true),
    ("即", true),
    ("包括", false),
    ("包含", false),
];

/// The most characters of a lead clause before the list it introduces.
const MAX_LEAD_CLAUSE: usize = 30;

/// `甲体系中的重要方面，包括A、B、C`: the `、` list after a first clause that
/// lists nothing (no `、`) and an introducing word, to the definition's end;
/// with whether it names all the things.
fn introduced_list(definition: &str) -> Option<(&str, bool)> {
    let text = decide::trim_definition(definition);
    let comma = text.find(['，', ','])?;
    let lead = &text[..comma];
    let plain_lead = !lead.is_empty()
        && lead.chars().count() <= MAX_LEAD_CLAUSE
        && !lead.contains(['、', '；', ';', '。', '：', ':', '“']);
    let rest = text[comma..].trim_start_matches(['，', ',']);
    let (word, exhaustive) = INTRODUCERS.iter().find(|(w, _)| rest.starts_with(w))?;
    let list = rest[word.len()..].trim_start_matches(['：', ':']);
    (plain_lead && list.contains('、') && !list.contains(['。', '；', ';']))
        .then_some((list, *exhaustive))
}

/// `……共提出十二项举措，即A、B…`, `指甲交给乙的“两个X”“一个Y”任务，即A、B、C`:
/// the list after a `，即` whose clause ends with the noun a measured
/// slogan counts (`五大任务`, `十二项举措`), to the definition's end. The
/// clause names the whole, so `即` lists its members, whatever the clause
/// says of where they come from.
fn list_after_named_whole<'a>(parts: &[SloganPart], definition: &'a str) -> Option<&'a str> {
    let [part] = parts else {
        return None;
    };
    let noun = part.words.first().filter(|_| part.measured())?;
    let text = decide::trim_definition(definition);
    let (at, _) = text
        .match_indices("，即")
        .find(|(at, _)| text[..*at].ends_with(noun.as_str()))?;
    let list = text[at + "，即".len()..].trim_start_matches(['：', ':']);
    (list.contains('、') && !list.contains(['。', '；', ';', '：', ':'])).then_some(list)
}

/// `definition` with its parenthesized asides taken out (`（…）`, `(…)`,
/// not nested), when it has any.
fn without_asides(definition: &str) -> Option<String> {
    // (A search for each bracket's bytes: a set of chars decodes every
    // character.)
    if !definition.contains('（') && !definition.contains('(') {
        return None;
    }
    let mut out = String::with_capacity(definition.len());
    let mut depth = 0usize;
    for c in definition.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    (depth == 0 && out.len() < definition.len()).then_some(out)
}

/// [`count_items`] of the definition as printed.
fn count_as_printed(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    // A long noun phrase counted after a measure word (`十大农业特色优势
    // 产业`) is carried by no item, so no window can be told from its lead:
    // its note only ever confirms it.
    if parts
        .iter()
        .any(|p| p.words.iter().all(|w| w.chars().count() > MAX_WORD))
    {
        return count_read(parts, definition).filter(|r| *r == SloganCount::Holds);
    }
    // `三个一`: `每县有1所医院，每乡有1所卫生院…` prints each 一 as a digit.
    if parts
        .iter()
        .any(|p| p.words.iter().any(|w| w.starts_with('一')))
        && let Some(spelled) = ones_in_words(definition)
    {
        return count_read(parts, &spelled);
    }
    count_read(parts, definition)
}

/// `definition` with each lone digit `1` before a Han character (a measure
/// word: `1所`, `1个`) written `一`, when it has any and no `一` of its own.
fn ones_in_words(definition: &str) -> Option<String> {
    if definition.contains('一') || !definition.contains('1') {
        return None;
    }
    let chars: Vec<char> = definition.chars().collect();
    let lone = |i: usize| {
        chars[i] == '1'
            && (i == 0 || !(chars[i - 1].is_ascii_digit() || matches!(chars[i - 1], '.' | '．')))
            && chars.get(i + 1).is_some_and(|c| crate::chars::is_han(*c))
    };
    let spelled: String = (0..chars.len())
        .map(|i| if lone(i) { '一' } else { chars[i] })
        .collect();
    (spelled != definition).then_some(spelled)
}

fn count_read(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    // `定 向`, `“三 线”`: a space between two Chinese characters is where a
    // printed line broke, not a separator.
    if let Some(joined) = without_broken_lines(definition) {
        return count_items(parts, &joined);
    }
    // `；` groups each pairing the parts, clause by clause, after a topic:
    // each group is one of each part, however often a clause carries its
    // word (`增加…增收`).
    if let Some(reading) = paired_groups(parts, definition) {
        return Some(reading);
    }
    // `、` items each carrying every part's word: one of each per item.
    if let Some(reading) = paired_items(parts, definition) {
        return Some(reading);
    }
    // The list before the slogan restated with other numerals, when it
    // reads; else the definition as it stands (`A、B以及C六个甲` restates a
    // count its list agrees with).
    // Items numbered in words (`一是…；二是…`, `第一步…第二步…`) are the
    // list when each carries a counted word or a reading of them holds,
    // else when nothing else reads.
    let (numbered, settled) =
        count_numbered(parts, trim_definition(definition)).unwrap_or((None, false));
    if numbered.is_some() && settled || numbered == Some(SloganCount::Holds) {
        return numbered;
    }
    // `甲线，即…；乙线，即…`: each item named, then glossed.
    if let Some(names) = glossed_names(definition)
        && let Some(reading) = count_items(parts, &names)
    {
        return Some(reading);
    }
    // The slogan quoted again, then `即` and its list.
    if let Some(list) = restated_then_ji(definition, parts)
        && let Some(reading) = count_framed(parts, list)
    {
        return Some(reading);
    }
    restated_close(definition, parts)
        .and_then(|head| count_framed(parts, head))
        .or_else(|| count_framed(parts, definition))
        .or_else(|| restated_parts(parts, definition))
        .or(numbered)
        .or_else(|| one_name_per_count(parts, definition))
}

/// `一实一虚：园区、工业互联网平台`: the parts' words describe the items and
/// none carries them; one plain `、` list with as many names as the
/// numerals add up to confirms the slogan (which part each name is, the
/// list does not say, so it never refutes).
fn one_name_per_count(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    const MAX_NAME: usize = 16;
    if parts.len() < 2 {
        return None;
    }
    let list = trim_definition(definition);
    if list.is_empty() || list.contains(['，', ',', '；', ';', '。', '：', ':', '等']) {
        return None;
    }
    let items: Vec<&str> = pieces(list, &['、']);
    let carried = items.iter().any(|i| {
        parts
            .iter()
            .any(|p| p.words.iter().any(|w| i.contains(w.as_str())))
    });
    let sum: usize = parts.iter().map(|p| p.numeral as usize).sum();
    (!carried && items.len() == sum && items.iter().all(|i| i.chars().count() <= MAX_NAME))
        .then_some(SloganCount::Holds)
}

/// The names of a definition that glosses each item in its own `；`
/// segment (`甲线，即…；乙线，即…；丙线，即…`), joined by `、`: every
/// segment opens with a short name, no numeral or list in it (that would
/// be a part of the slogan named before its own list), then `，即`, `，指`,
/// `，是指` or a colon.
fn glossed_names(definition: &str) -> Option<String> {
    const GLOSSES: [&str; 8] = ["，即", ",即", "，是指", ",是指", "，指", ",指", "：", ":"];
    let segments = pieces(definition.trim_end_matches(['。', '；', ';']), &['；', ';']);
    if segments.len() < 2 {
        return None;
    }
    let mut names = Vec::with_capacity(segments.len());
    for segment in segments {
        let (at, _) = GLOSSES
            .iter()
            .filter_map(|g| segment.find(g).map(|at| (at, g.len())))
            .min()?;
        let name = segment[..at].trim_matches(|c: char| is_quote(c) || is_space(c));
        let len = name.chars().count();
        let plain = name
            .chars()
            .all(|c| crate::chars::is_han(c) && numeral(&[c]).is_none());
        if !(2..=8).contains(&len) || !plain || segment[at..].chars().count() < 3 {
            return None;
        }
        names.push(name);
    }
    Some(names.join("、"))
}

/// `definition` with the spaces between two Chinese characters (or a
/// Chinese character and a quote or digit) taken out, when it has any.
fn without_broken_lines(definition: &str) -> Option<String> {
    let chars: Vec<char> = definition.chars().collect();
    let joins = |c: Option<&char>| {
        c.is_some_and(|c| crate::chars::is_han(*c) || is_quote(*c) || c.is_ascii_digit())
    };
    let mut out = String::with_capacity(definition.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_space(c) && i > 0 {
            let run = chars[i..].iter().take_while(|c| is_space(**c)).count();
            let (before, after) = (chars.get(i - 1), chars.get(i + run));
            let han = |c: Option<&char>| c.is_some_and(|c| crate::chars::is_han(*c));
            if (han(before) || han(after)) && joins(before) && joins(after) {
                changed = true;
                i += run;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_item_carrying_two_words_may_be_either_parts() {
        let parts = parse_slogan("两品一标").expect("slogan");
        assert_eq!(
            count_items(&parts, "绿色食品、有机食品、地理标志农产品。"),
            Some(SloganCount::Holds)
        );
    }

    use super::*;

    fn read(slogan: &str, definition: &str) -> Option<SloganCount> {
        count_items(&parse_slogan(slogan)?, definition)
    }

    /// Each part's numeral, its words as written and the last part's
    /// candidates, longest first, whatever the width of the characters.
    #[test]
    fn a_slogan_reads_into_its_numerals_and_words() {
        let read = |s: &str| {
            parse_slogan(s).map(|parts| {
                parts
                    .into_iter()
                    .map(|p| (p.numeral, p.written, p.words))
                    .collect::<Vec<_>>()
            })
        };
        let strings = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(
            read("“四减一优化”"),
            Some(vec![
                (4, "减".into(), strings(&["减"])),
                (1, "优化".into(), strings(&["优化", "优"])),
            ])
        );
        assert_eq!(
            read("四网运行"),
            Some(vec![(
                4,
                "网运行".into(),
                strings(&["网运行", "网运", "网"])
            )])
        );
        assert_eq!(
            read("三个一批"),
            Some(vec![(3, "个一批".into(), strings(&["一批"]))])
        );
        assert_eq!(
            read("双十条"),
            Some(vec![(2, "十条".into(), strings(&["十条"]))])
        );
        assert_eq!(
            read("一芯两翼多点"),
            Some(vec![
                (1, "芯".into(), strings(&["芯"])),
                (2, "翼".into(), strings(&["翼"])),
            ])
        );
    }

    #[test]
    fn words_without_a_numeral_are_no_slogan() {
        assert!(!may_count("机会清单"));
        assert_eq!(parse_slogan("机会清单"), None);
        assert_eq!(parse_slogan("“甲乙”、丙丁"), None);
        // A numeral anywhere, or a leading digit past a quote, is read on.
        assert!(may_count("新三样"));
        assert!(may_count("“9个方面"));
        assert!(parse_slogan("新三样").is_some());
        assert!(parse_slogan("城市双修").is_some());
    }

    #[test]
    fn a_one_printed_as_a_digit_is_the_counted_one() {
        let spelled = "每个镇有1所中心学校，每个村有1个卫生室，每个社区有1名网格员。";
        assert_eq!(read("三个一", spelled), Some(SloganCount::Holds));
        assert_eq!(
            read("四个一", spelled),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // A 1 inside a number is no 一.
        assert_eq!(ones_in_words("建成11所学校、2.1个点"), None);
    }

    #[test]
    fn a_list_closed_by_the_slogans_own_words_confirms_it() {
        // A lead carrying the counted word, then the items restated with
        // the slogan's words after them, its numeral left out.
        let lead = "把甲险拆为乙险和丙险，推行养老险、医疗险、工伤险联办。";
        assert_eq!(read("三险联办", lead), Some(SloganCount::Holds));
        // It only confirms: another numeral is not refuted by it.
        assert_eq!(read("四险联办", lead), None);
        // After a colon, beside a wider list of other things.
        let spoken = "就是甲部门改革、乙部门改革与丙部门改革联动，简单说是：医疗、医保、医药联动。";
        assert_eq!(read("三医联动", spoken), Some(SloganCount::Holds));
    }

    #[test]
    fn parts_of_slogans() {
        let words = |s: &str| {
            parse_slogan(s).map(|p| {
                p.iter()
                    .map(|p| (p.numeral, p.words[0].clone()))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(words("三个一批"), Some(vec![(3, "一批".into())]));
        assert_eq!(
            words("两不愁三保障"),
            Some(vec![(2, "不愁".into()), (3, "保障".into())])
        );
        assert_eq!(words("新三样"), Some(vec![(3, "样".into())]));
        assert_eq!(words("城市双修"), Some(vec![(2, "修".into())]));
        assert_eq!(
            words("一核双翼"),
            Some(vec![(1, "核".into()), (2, "翼".into())])
        );
        // A closing `一体` is the whole the parts make.
        assert_eq!(words("四位一体"), Some(vec![(4, "位".into())]));
        assert_eq!(words("三治一体化"), Some(vec![(3, "治".into())]));
        assert_eq!(words("全市上下三个"), None);
        assert_eq!(words("十四五"), None);
        assert_eq!(words("1234"), None);
        // A count in digits before a measure word.
        assert_eq!(words("9个方面"), Some(vec![(9, "方面".into())]));
        assert_eq!(words("12大工程"), Some(vec![(12, "工程".into())]));
        assert_eq!(words("5个100"), None);
        // A figure with its unit after the measure word, the count in
        // digits or in words; a bare figure or a share counts no word.
        assert_eq!(words("3个20分钟"), Some(vec![(3, "20分钟".into())]));
        assert_eq!(words("四个50公里"), Some(vec![(4, "50公里".into())]));
        assert_eq!(words("3个100%"), None);
        assert_eq!(words("三个100"), None);
        assert_eq!(
            words("五大优势主导产业"),
            Some(vec![(5, "优势主导产业".into())])
        );
        // Such a phrase no item carries: its note only confirms it.
        // The `和` in the last item closes the list; a `与` before it joins
        // words of one name.
        let trades5 = "甲信息、新能源与智能汽车、生命健康、高端装备和北斗产业。";
        assert_eq!(read("五大优势主导产业", trades5), Some(SloganCount::Holds));
        let trades = "甲产业，乙产业，丙产业，丁、戊产业。";
        assert_eq!(read("四大特色优势产业", trades), None);
        assert_eq!(words("2025年"), None);
        let skills = "甲本领、乙本领、丙本领、丁本领和戊本领。";
        assert_eq!(read("5个方面", skills), Some(SloganCount::Holds));
        assert_eq!(
            read("6个方面", skills),
            Some(SloganCount::Differs(vec![Some(5)]))
        );
    }

    #[test]
    fn a_first_clause_closed_by_its_count_and_a_remark_after_it() {
        // The list closes with its own count (levels, after a bracket); the
        // clause after it remarks on the levels, whatever words it carries.
        let levels = "甲（乙）、丙（丁）、戊、己四级，每个级段设一名负责人，协同管理。";
        assert_eq!(read("四级负责制", levels), Some(SloganCount::Holds));
        assert_eq!(
            read("五级负责制", levels),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
    }

    #[test]
    fn a_list_said_again_after_ji_confirms() {
        let again = "指甲体制改革、乙体制改革、丙流通体制改革和丁价格体制改革联动，即医疗、医保、医药、医价改革联动。";
        assert_eq!(read("四医", again), Some(SloganCount::Holds));
        // Only a confirmation: another numeral it does not hold.
        assert_ne!(read("五医", again), Some(SloganCount::Holds));
    }

    #[test]
    fn names_the_parts_words_only_describe_confirm() {
        assert_eq!(
            read("一实一虚", "产业园区、工业互联网平台。"),
            Some(SloganCount::Holds)
        );
        assert_eq!(read("两实一虚", "产业园区、工业互联网平台。"), None);
    }

    #[test]
    fn book_titles_that_follow_each_other_are_items() {
        let titles = "《甲市交通建设规划（2021-2025年）》《乙区治理纲要》《丙区服务纲要》。";
        assert_eq!(read("一规划两纲要", titles), Some(SloganCount::Holds));
        assert_eq!(
            read("一规划三纲要", titles),
            Some(SloganCount::Differs(vec![Some(1), Some(2)]))
        );
        // A `、` inside a title does not cut it.
        assert_eq!(
            read("两纲要", "《甲、乙两区协作纲要》《丙区服务纲要》"),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn a_lead_saying_who_asked_for_the_list() {
        // Who said it, with a `、` list of titles, then the list: every
        // item of the tail carries the counted word, the lead none.
        let said = "去年三月，市长、副市长在甲区调研时要求，务必明确园区的定位、定向、定量、定型。";
        assert_eq!(read("四定", said), Some(SloganCount::Holds));
        assert_eq!(
            read("五定", said),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
        // Items cut by `，` and `、` alike, each carrying the word.
        let built =
            "去年会议提出，建设乙市物流基地，打造丙省科创高地、丁区康养目的地、戊县果蔬供应地。";
        assert_eq!(read("四地", built), Some(SloganCount::Holds));
        assert_eq!(
            read("三地", built),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
        // Items named again in the clauses after them are no new items.
        let again = "甲权、乙权、丙权可以分开，甲权归集体，乙权归农户，丙权归经营者";
        assert!(!matches!(
            read("三权分置", again),
            Some(SloganCount::Differs(_))
        ));
        let restated = "指高甲、高乙项目，也解释为高甲、高丙项目";
        assert!(!matches!(
            read("两高", restated),
            Some(SloganCount::Differs(_))
        ));
    }

    #[test]
    fn a_lead_clause_is_no_item_of_the_first_run() {
        let said = "会议提出，坚持甲区绿色优先，推动高水平开放，创造高品质服务。";
        assert_eq!(read("一优两高", said), Some(SloganCount::Holds));
        assert_eq!(
            read("二优两高", said),
            Some(SloganCount::Differs(vec![Some(1), Some(2)]))
        );
    }

    #[test]
    fn items_each_named_then_glossed() {
        let glossed = "甲区红线，即干道的边界；甲区绿线，即绿地的边界；甲区蓝线，即水域的边界。";
        assert_eq!(read("甲区三线", glossed), Some(SloganCount::Holds));
        assert_eq!(
            read("甲区四线", glossed),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // Parts named before their own lists are no glossed items.
        assert_eq!(
            read("两多两少", "两多，即会多、文多；两少，即调研少、实招少"),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn a_space_where_a_printed_line_broke() {
        let broken = "“两区”指甲、乙两类空 间；“两 线”指丙红线和丁边界两条控制 线";
        assert_eq!(read("两区两线", broken), Some(SloganCount::Holds));
        assert_eq!(without_broken_lines("甲 乙"), Some("甲乙".into()));
        assert_eq!(without_broken_lines("A B"), None);
    }

    #[test]
    fn one_word_ending_or_starting_the_items() {
        assert_eq!(
            read("三网", "即路网、水网、电网。"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("四减", "减环节、减材料、减时限。"),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn measure_word_and_what_it_counts() {
        assert_eq!(
            read("三个一批", "园区项目签下一批、开工一批、建成一批。"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("四个一批", "园区项目签下一批、开工一批、建成一批。"),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn a_word_inside_the_items_and_words_in_pairs() {
        assert_eq!(
            read("三互一共", "信息互通、资源互享、人才互派、平台共建"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("三查三补", "查账补漏、查岗补位、查短补长"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "三比三不比",
                "比干劲，不比口号；比实绩，不比排场；比服务，不比架子"
            ),
            Some(SloganCount::Holds)
        );
        // 比 inside 不比: each comma item is one of each, not two 比.
        let pairs = "比干劲不比资历，比实绩不比口号，比服务不比架子，比创新不比守旧";
        assert_eq!(read("四比四不比", pairs), Some(SloganCount::Holds));
        assert_eq!(
            read("五比四不比", pairs),
            Some(SloganCount::Differs(vec![Some(4), None]))
        );
        assert_eq!(
            read("三讲三不讲", "讲甲不讲乙，讲丙不讲丁，讲戊不讲己"),
            Some(SloganCount::Holds)
        );
        // Each item is one 查 and one 补, in the slogan's order: three of
        // each.
        assert_eq!(
            read("四查三补", "查账补漏、查岗补位、查短补长"),
            Some(SloganCount::Differs(vec![Some(3), Some(3)]))
        );
    }

    #[test]
    fn an_item_ending_with_another_word_may_be_either_s() {
        // `甲通码` is a 码 only; `自治一体` is a 治 and the 一体 of all.
        assert_eq!(
            read("三通一码", "甲服通、甲政通、甲企通、甲通码"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("三治一体", "法治、德治、自治一体"),
            Some(SloganCount::Holds)
        );
        // Both readings are possible, so a changed numeral is not reported
        // unless it is beyond both: the list holds four 通 at most.
        assert_eq!(
            read("四通一码", "甲服通、甲政通、甲企通、甲通码"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("五通一码", "甲服通、甲政通、甲企通、甲通码"),
            Some(SloganCount::Differs(vec![Some(4), None]))
        );
    }

    #[test]
    fn words_standing_several_times_or_shared_by_all_items() {
        assert_eq!(
            read("三提三敢", "提标提速提能力、敢闯敢干敢争先"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("六乱", "乱贴乱画、乱停乱放、乱搭乱建"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("三抓三看", "看是否抓学习、抓制度、抓落实"),
            Some(SloganCount::Holds)
        );
        // Three items or six 乱: the readings disagree, so nothing is said.
        assert_eq!(read("八乱", "乱贴乱画、乱停乱放、乱搭乱建"), None);
    }

    #[test]
    fn parts_named_with_any_label_word() {
        assert_eq!(
            read("两多两少", "“两多”是会多、文多；“两少”是调研少、实招少"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "两下一进",
                "指城区整治，“两下”，管线下地和广告下墙；“一进”，车辆进库进位"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "三下一进",
                "指城区整治，“三下”，管线下地和广告下墙；“一进”，车辆进库"
            ),
            Some(SloganCount::Differs(vec![Some(2), Some(1)]))
        );
        // A name that is not followed by its list: abstain.
        assert_eq!(
            read("两区两线", "“两区”也称两类空间，“两线”指红线、边界"),
            None
        );
        // A bracket's `、` or `和` cuts no item.
        assert_eq!(
            read("三北", "北方三地（西北、华北和东北）的防护林工程"),
            None
        );
        assert_eq!(
            read(
                "两带一区",
                "“两带”即甲（港区）—乙沿江带和丙—丁山地带；“一区”即戊片区"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "三级两类",
                "“三级”即省、市（州）、县（市、区），“两类”即名师、骨干"
            ),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn a_run_closing_with_the_word_inside_one_clause_confirms() {
        let said = "是甲于某年提出的。甲指出，乡村道路要因地制宜、以人为本，要把乡村道路修好、管好、养好、用好，逐步消除瓶颈，为群众出行提供更好的条件。";
        assert_eq!(read("四好乡村路", said), Some(SloganCount::Holds));
        // Only a confirmation: another numeral is not refuted by it.
        assert_eq!(read("五好乡村路", said), None);
        // The word closing another clause too: the list may run on.
        let split = "是甲提出的。要把乡村道路修好、管好、养好，再把乙做好，为群众提供更好的条件。";
        assert_ne!(read("三好乡村路", split), Some(SloganCount::Holds));
    }

    #[test]
    fn a_remark_after_a_parts_own_list_lists_nothing() {
        // Each part's list, then what its things are: `，是…`.
        let remarked = "“一核”就是甲组织，是领导核心；“两委”指甲委和乙委，是自治组织；“一会”指丙会，是议事组织。";
        assert_eq!(read("一核两委一会", remarked), Some(SloganCount::Holds));
        assert_eq!(
            read("一核三委一会", remarked),
            Some(SloganCount::Differs(vec![Some(1), Some(2), Some(1)]))
        );
        // A `，是` after a list already cut by commas is not a remark's.
        assert_eq!(before_remark("甲委，乙委，是丙"), "甲委，乙委，是丙");
        assert_eq!(before_remark("甲委和乙委，是丙"), "甲委和乙委");
    }

    #[test]
    fn the_list_is_read_inside_its_frame() {
        // A lead that counts nothing, commentary after the list.
        assert_eq!(
            read("两重一大", "重点工程、重要人事、大额资金，须经集体讨论决定"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("三重一大", "重点工程、重要人事、大额资金，须经集体讨论决定"),
            Some(SloganCount::Differs(vec![Some(2), Some(1)]))
        );
        assert_eq!(
            read(
                "三个最多",
                "会议提出，最多跑一次、最多等一天、最多交一份材料"
            ),
            Some(SloganCount::Holds)
        );
        // The slogan closing its own list.
        assert_eq!(
            read("三城联建", "推进甲城、乙城、丙城“三城联建”"),
            Some(SloganCount::Holds)
        );
        // A lead that carries the counted word is part of the list: the
        // list is not read from a later clause.
        assert_eq!(
            read("三聚焦一加强", "聚焦甲，聚焦乙，聚焦丙，全面加强丁"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("四聚焦一加强", "聚焦甲，聚焦乙，聚焦丙，全面加强丁"),
            Some(SloganCount::Differs(vec![Some(3), Some(1)]))
        );
        // A converter's stray private-use glyph ends nothing.
        assert_eq!(
            read("三网", "路网、水网、电网。\u{E004}"),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn clauses_closing_with_their_own_count() {
        let text = "即建设东部和西部两个生态屏障，修复南岸和北岸两条绿色长廊";
        assert_eq!(read("两屏两廊", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三屏两廊", text),
            Some(SloganCount::Differs(vec![Some(2), Some(2)]))
        );
        // A count of something else before the counted noun says nothing.
        let text = "指甲、乙两条高速设立的三个出入口，新建的两个站点";
        assert_eq!(read("三口两站", text), None);
    }

    #[test]
    fn orders_of_magnitude_alone_count_nothing() {
        assert_eq!(read("十百千万", "甲十县、乙百乡、丙千村、丁万户"), None);
        // Beside a counted word, `百` is what is counted (three 100%s).
        let text = "即无甲事故、无乙事件、无丙案件，丁率、戊率、己率三个100%。";
        assert_eq!(read("三无三百", text), Some(SloganCount::Holds));
        assert_eq!(read("四无三百", text), None);
    }

    #[test]
    fn one_order_of_magnitude_counted_several_times() {
        let items = "“百名专家”进企业、“百家银行”进园区、“百个项目”进社区。";
        assert_eq!(read("三百", items), Some(SloganCount::Holds));
        assert_eq!(
            read("四百", items),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // Amounts printed in digits carry no 百 an item is told by.
        assert_eq!(
            read("双百", "引进100名人才，培养100名骨干，建成甲中心。"),
            None
        );
        assert_eq!(read("双万", "新增就业1万人，失业率控制在4%以内。"), None);
        // Nor is a lone 百 enough to read the items by.
        assert_eq!(read("双百", "甲区百亩园区、乙区苗圃。"), None);
        // A run of magnitudes is a scale, as before.
        assert_eq!(parse_slogan("十百千万"), None);
    }

    #[test]
    fn two_written_as_shuang() {
        assert_eq!(
            read("城市双修", "生态修复、城市修补"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("门前三包", "包卫生、包绿化、包秩序、包设施"),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
    }

    #[test]
    fn trailing_words_count_nothing() {
        assert_eq!(
            read("四网运行", "供水一网、供电一网、供气一网、通信一网"),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn each_part_named_before_its_list() {
        assert_eq!(
            read(
                "三馆两中心",
                "“三馆”，即书馆、科技馆、展馆；“两中心”，即青少年中心、老年活动中心"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "四馆两中心",
                "“四馆”，即书馆、科技馆、展馆；“两中心”，即青少年中心、老年活动中心"
            ),
            Some(SloganCount::Differs(vec![Some(3), Some(2)]))
        );
    }

    #[test]
    fn one_comma_group_per_part() {
        assert_eq!(
            read("两不愁三保障", "吃饭不愁、穿衣不愁，看病、上学、住房有保障"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("三不愁三保障", "吃饭不愁、穿衣不愁，看病、上学、住房有保障"),
            Some(SloganCount::Differs(vec![Some(2), None]))
        );
        assert_eq!(
            read(
                "一园三基地",
                "科创产业园，北部种植基地、南部养殖基地、东部加工基地"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "一园四基地",
                "科创产业园，北部种植基地、南部养殖基地、东部加工基地"
            ),
            Some(SloganCount::Differs(vec![Some(1), Some(3)]))
        );
        assert_eq!(
            read(
                "两型三化",
                "“两型”指节能型、环保型，“三化”指数字化、绿色化、服务化"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("两个不放松", "不放松安全生产，项目建设不放松"),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn abstains_when_readings_disagree_or_items_carry_no_word() {
        // One item may carry both words or only one: 2 or 1 of 站.
        assert_eq!(
            read("一站三中心", "货站和邮件中心、快件中心、通关中心"),
            Some(SloganCount::Holds)
        );
        // A sentence, not a list.
        assert_eq!(read("三到位", "把安全责任落实到每一个岗位"), None);
        // The definition counts its own items in groups the item readings
        // miss: one clause per part, in order, confirms the slogan; another
        // numeral is not read from it.
        let text = "城镇、农业、生态三类空间，以及红线和边界两条控制线";
        assert_eq!(read("三区两线", text), Some(SloganCount::Holds));
        assert_eq!(read("四区两线", text), None);
        // Commentary after the list sentence does not hide it, but a
        // second sentence carrying the counted word may add to it.
        assert_eq!(
            read("四减", "减环节、减材料、减时限。这是去年提出的"),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        assert_eq!(read("四减", "减环节、减材料、减时限。还要减证明"), None);
        // A list closed by 等 may hold fewer.
        assert_eq!(read("五减", "减环节、减材料、减时限等"), None);
    }

    #[test]
    fn the_slogan_named_again_with_another_numeral() {
        // The list closed by the slogan with its own numeral: the list is
        // what the term's numeral is checked against.
        assert_eq!(
            read("三证联办", "营业许可证、组织代码证、税务登记证三证联办"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("四证联办", "营业许可证、组织代码证、税务登记证三证联办"),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // Named in the lead before its list: the name counts nothing.
        let lead = "会议提出“三个走在前”要求，即“在甲上走在前”“在乙上走在前”“在丙上走在前”";
        assert_eq!(read("三个走在前", lead), Some(SloganCount::Holds));
        assert_eq!(
            read("四个走在前", lead),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn a_label_with_another_numeral_says_its_count() {
        let text = "两翼：建设东部甲翼，建设西部乙翼。两区：建设丙区，建设丁区。";
        assert_eq!(read("两翼两区", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三翼两区", text),
            Some(SloganCount::Differs(vec![Some(2), Some(2)]))
        );
        // A join that may cut one part's items in two leaves another
        // part's count sure.
        let text = "“两翼”指甲翼、乙翼，“三群”指建设和融入甲群、乙群、丙群";
        assert_eq!(read("两翼三群", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三翼三群", text),
            Some(SloganCount::Differs(vec![Some(2), None]))
        );
    }

    #[test]
    fn a_numeral_beyond_every_reading_is_wrong_by_the_nearest() {
        // `乙园及丙园` is one item or two: the list holds two or three 园.
        assert_eq!(read("三园", "甲园、乙园及丙园"), Some(SloganCount::Holds));
        assert_eq!(
            read("五园", "甲园、乙园及丙园"),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // The same in a part's own list.
        assert_eq!(
            read(
                "两河六园",
                "“两河”指甲河和乙河，“六园”指甲园、乙园、丙园及丁园"
            ),
            Some(SloganCount::Differs(vec![Some(2), Some(4)]))
        );
        // Items carrying no counted word, fewer than the numeral however
        // `及` cuts them: grouping only makes them fewer.
        let plain = "即整治甲工地、乙道路、丙堆场及丁码头扬尘";
        assert_eq!(read("四尘共治", plain), Some(SloganCount::Holds));
        assert_eq!(
            read("五尘共治", plain),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
        // A join that may be one item or two still falls short.
        let joined = "推诿扯皮、敷衍塞责和铺张之风";
        assert_eq!(read("三风", joined), Some(SloganCount::Holds));
        assert_eq!(
            read("四风", joined),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // A word opening the last items may govern the names after it
        // (创建甲城、乙城、丙城 is one 创): no count is sure.
        assert_eq!(
            read(
                "一创三建",
                "一创即创新和创建甲城、乙城、丙城；三建即建设甲、建设乙、建设丙"
            ),
            None
        );
    }

    #[test]
    fn a_longer_name_is_its_heads_alone() {
        // 产地证明书 is one 证: the 菜 inside it qualifies what it proves.
        let text = "露地蔬菜、设施蔬菜和蔬菜产地证明书。";
        assert_eq!(read("两菜一证", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三菜一证", text),
            Some(SloganCount::Differs(vec![Some(2), Some(1)]))
        );
    }

    #[test]
    fn a_word_inside_brackets_or_recurring_apart_is_counted_once() {
        let text = "即房地产税、车船税（不含新能源车船税）、契税和水利建设费、排污费。";
        assert_eq!(read("三税两费", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四税两费", text),
            Some(SloganCount::Differs(vec![Some(3), Some(2)]))
        );
        let text = "即环湖生态休闲景观环、环山绿道；滨河带、沿路带、田园带。";
        assert_eq!(read("两环三带", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三环三带", text),
            Some(SloganCount::Differs(vec![Some(2), Some(3)]))
        );
        // Repeated within a compound, it counts each time.
        let text = "整治占道经营、整治乱停乱放；城区全域禁燃禁放等治理行动。";
        assert_eq!(read("两整两禁", text), Some(SloganCount::Holds));
    }

    #[test]
    fn a_verb_opening_an_item_governs_what_it_joins() {
        let text = "清理河道、清理沟渠、清理杂物和废弃农膜、清理旧标牌，改造村内公厕。";
        assert_eq!(read("四清一改", text), Some(SloganCount::Holds));
        assert_eq!(
            read("五清一改", text),
            Some(SloganCount::Differs(vec![Some(4), Some(1)]))
        );
    }

    #[test]
    fn a_quoted_list_inside_a_sentence_is_the_list() {
        // 市委、市政府 are who decided, not two of the counted things.
        let text = "市委、市政府部署的“强产业、强城镇、强乡村”战略。";
        assert_eq!(read("三强工程", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四强工程", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn quoted_names_inside_items_are_one_each() {
        let text = "坚持“早谋划、早部署”的工作节奏、坚持“抓重点、补短板”的工作方法、坚持“严考核、硬问责”的工作纪律";
        assert_eq!(read("三个坚持", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四个坚持", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn yiji_joins_no_halves_and_a_lead_before_ji_joins_nothing() {
        // 以及 opens the last clause: three 一批, not four.
        let text = "培育一批龙头企业、骨干企业等大企业，一批专精特新企业，以及一批初创企业";
        assert_eq!(read("三个一批", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四个一批", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // The 和 of the lead before 即 joins nothing of the list.
        let text = "在基层治理中长期坚持并不断完善形成的工作方法和工作制度，即政策宣讲进社区，矛盾调解进社区，法律服务进社区";
        assert_eq!(read("三进社区", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四进社区", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn a_join_before_a_word_inside_the_item_shares_no_head() {
        // `甲和乙手续最简` is one 最: the word is no head noun the first
        // half could share, so the join leaves the count sure.
        let list = "审批和备案手续最简、收费最低、等候最短、服务最优、效率最高、评价最好。";
        assert_eq!(read("六最", list), Some(SloganCount::Holds));
        assert_eq!(
            read("五最", list),
            Some(SloganCount::Differs(vec![Some(6)]))
        );
        // A head noun ending the second half may be shared: abstain.
        let list = "东区与西区服务中心、南区中心、北区中心。";
        assert_eq!(read("两中心", list), None);
    }

    #[test]
    fn a_word_doubled_in_place_is_one() {
        let list = "养成扎扎实实、踏踏实实、求真务实的良好风气";
        assert_eq!(read("三实", list), Some(SloganCount::Holds));
        assert_eq!(
            read("四实", list),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // Doubled apart, the word may count twice: nothing is said.
        assert_eq!(read("四乱", "乱贴乱画、乱停乱放、乱搭乱建"), None);
    }

    #[test]
    fn a_join_after_another_parts_item_is_two_things() {
        let list = "建设甲级产业示范区、乙级绿色示范区、丙级治理示范区和东部制造中心、西部物流中心、南部文化中心。";
        assert_eq!(read("三区三中心", list), Some(SloganCount::Holds));
        assert_eq!(
            read("三区四中心", list),
            Some(SloganCount::Differs(vec![Some(3), Some(3)]))
        );
    }

    #[test]
    fn a_part_of_no_number_counts_nothing() {
        let words = |s: &str| {
            parse_slogan(s).map(|p| {
                p.iter()
                    .map(|p| (p.numeral, p.words[0].clone()))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            words("一芯两翼多点"),
            Some(vec![(1, "芯".to_string()), (2, "翼".to_string())])
        );
        assert_eq!(
            words("两心多廊一台"),
            Some(vec![(2, "心".to_string()), (1, "台".to_string())])
        );
        // A slogan of ones keeps its words: one thing used many ways.
        assert_eq!(words("一卡多用"), Some(vec![(1, "卡多用".to_string())]));
        // A measured part is one counted thing, 多 and all.
        assert_eq!(
            words("两个过多依赖"),
            Some(vec![(2, "过多依赖".to_string())])
        );
        // Its own list, labelled after the others, is no part's.
        let text = "“一核”即甲城核心区；“两带”即乙河沿岸带、丙河沿岸带；“多点”即丁镇、戊镇等节点。";
        assert_eq!(read("一核两带多点", text), Some(SloganCount::Holds));
        assert_eq!(
            read("一核三带多点", text),
            Some(SloganCount::Differs(vec![Some(1), Some(2)]))
        );
    }

    #[test]
    fn parts_labelled_with_baokuo() {
        let text = "“两珍”包括：山菇、林笋。“三品”包括：野茶、椴蜜、果酒。";
        assert_eq!(read("两珍三品", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三珍三品", text),
            Some(SloganCount::Differs(vec![Some(2), Some(3)]))
        );
    }

    #[test]
    fn the_slogan_restated_before_a_short_head_noun() {
        let text = "指甲省、乙部、丙院和丁市“四方合作”机制，在科研、转化、培养等方面开展合作。";
        assert_eq!(read("四方合作", text), Some(SloganCount::Holds));
        assert_eq!(
            read("五方合作", text),
            Some(SloganCount::Differs(vec![Some(4)]))
        );
    }

    #[test]
    fn words_quoted_as_said_are_read_as_a_sentence() {
        let text = "去年会议上提出，“要真抓实干，让干部敢为、企业敢干、群众敢闯。”";
        assert_eq!(read("三敢", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四敢", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // A quoted list holding every counted word of the definition.
        let text = "讲话指出要“发扬耕田老黄牛、开路拓荒牛、服务孺子牛的精神”，“奋勇前进！”";
        assert_eq!(read("三牛", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四牛", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn words_announcing_the_list_end_its_lead() {
        let text = "是党中央提出的重大思想、重大部署,具体是指新阶段、新理念、新格局、高质量发展。";
        assert_eq!(read("三新一高", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四新一高", text),
            Some(SloganCount::Differs(vec![Some(3), Some(1)]))
        );
    }

    #[test]
    fn clauses_after_the_last_counted_word_only_confirm() {
        let text = "设立甲保险、乙保险，依托丙基金，实现预警、帮扶，筑牢防线。";
        assert_eq!(read("两险一金", text), Some(SloganCount::Holds));
        // What they leave out may list something else: nothing is said.
        assert_eq!(read("三险一金", text), None);
        // A remark after the list carrying only the last part's word.
        let text = "居民不愁吃、不愁穿，看病、上学、住房有保障，饮水也有了保障";
        assert_eq!(read("两不愁三保障", text), Some(SloganCount::Holds));
        assert_eq!(read("三不愁三保障", text), None);
    }

    #[test]
    fn items_by_order_only_confirm() {
        // The roads are named without 路: in the slogan's order, they are
        // the items before the first 桥.
        let text = "甲高速东段、乙高速西段、丙江大桥。";
        assert_eq!(read("两路一桥", text), Some(SloganCount::Holds));
        assert_eq!(read("三路一桥", text), None);
        // One clause per part, none carrying a counted word.
        let text = "覆盖省、市（州）、县、乡，包含总体规划、详细规划和专项规划。";
        assert_eq!(read("四级三类", text), Some(SloganCount::Holds));
        assert_eq!(read("五级三类", text), None);
        // One clause per part, the first also naming another part's word.
        let text = "甲馆冰场、乙冰场，以及丙馆。";
        assert_eq!(read("两冰一馆", text), Some(SloganCount::Holds));
    }

    #[test]
    fn items_numbered_in_words() {
        // The numeral before the counted word, over `;` clauses.
        let text = "即：一问职责是什么，是否尽责;二问干了什么，效果如何;三问还缺什么，症结在哪。";
        assert_eq!(read("三问", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四问", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
        // Ordinals over several sentences.
        let text = "大会提出，第一步，到甲年，城区更新。第二步，到乙年，产业升级。";
        assert_eq!(read("两步走", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三步走", text),
            Some(SloganCount::Differs(vec![Some(2)]))
        );
        // `一是…二是…` sentences, each carrying both parts' words.
        let text = "一是认识再重视也不为过，必须绷紧弦。二是举措再强化也不为过，必须抓实。三是执行再严格也不为过，必须做硬。";
        assert_eq!(read("三不为过、三个必须", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四不为过、三个必须", text),
            Some(SloganCount::Differs(vec![Some(3), None]))
        );
        // Items that carry no word of a part are not its list.
        let text = "即一查甲的责任，二查乙的责任，三查丙的责任。";
        assert_eq!(read("一案四查", text), None);
    }

    #[test]
    fn names_closed_by_deng_and_a_head_are_one_item() {
        let text = "即新型基础设施建设，新型城镇化建设，交通、水利等重大工程建设。";
        assert_eq!(read("两新一重", text), Some(SloganCount::Holds));
        assert_eq!(
            read("三新一重", text),
            Some(SloganCount::Differs(vec![Some(2), Some(1)]))
        );
        // After the slogan quoted again and `即`, whatever the lead says
        // (its 重点 is no 重 of the list).
        let text = "会议提出，重点支持“两新一重”建设，即新型基础设施建设，新型城镇化建设，交通、水利等重大工程建设。";
        assert_eq!(read("两新一重", text), Some(SloganCount::Holds));
    }

    #[test]
    fn a_closing_yi_is_what_the_parts_become() {
        let words = |s: &str| {
            parse_slogan(s).map(|p| {
                p.iter()
                    .map(|p| (p.numeral, p.words[0].clone()))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(words("三证合一"), Some(vec![(3, "证合".into())]));
        let text = "即“多证合一”“多规合一”、“多审合一”等“三多合一”的审批模式。";
        assert_eq!(read("三多合一", text), Some(SloganCount::Holds));
        assert_eq!(
            read("四多合一", text),
            Some(SloganCount::Differs(vec![Some(3)]))
        );
    }

    #[test]
    fn a_word_said_once_for_the_list_before_it_confirms() {
        let text = "对甲类项目的、乙类项目的、丙类项目的，一律建立联结机制，让农民增收。";
        assert_eq!(read("三个一律", text), Some(SloganCount::Holds));
        assert_eq!(read("四个一律", text), None);
    }

    #[test]
    fn one_item_joining_two_confirms_a_slogan_of_two() {
        let text = "指减轻学生过重作业负担和校外培训负担。";
        assert_eq!(read("双减", text), Some(SloganCount::Holds));
        // Two names ending alike are two things at most: three falls short.
        assert_eq!(
            read("三减", text),
            Some(SloganCount::Differs(vec![Some(2)]))
        );
        // Halves ending unlike may be a clause: nothing.
        assert_eq!(read("三减", "指减轻学生过重作业负担和校外培训压力。"), None);
    }

    #[test]
    fn one_name_joined_before_another_parts_counted_list() {
        // One 区 joined by 和 before six 园 the list counts itself.
        let text = "甲市高新技术产业开发区和乙东、乙西、丙川、丁川、戊路、己宁六个工业园。";
        assert_eq!(read("一区六园", text), Some(SloganCount::Holds));
        assert_eq!(
            read("两区六园", text),
            Some(SloganCount::Differs(vec![Some(1), Some(6)]))
        );
        assert_eq!(
            read("一区五园", text),
            Some(SloganCount::Differs(vec![Some(1), Some(6)]))
        );
        // The list after the join not holding its count alone: the name
        // may be inside it, nothing is said of the 区.
        let inside = "甲开发区和乙东、乙西、丙川、丁川五个工业园。";
        assert_eq!(read("两区五园", inside), None);
    }

    #[test]
    fn a_part_of_one_labelled_before_clauses_building_up_to_it() {
        // The 城 closes the part's list and stands nowhere else in it.
        let text = "“一城”，指以甲示范区为中心，与乙镇、丙产业园和丁学校共同建设某某科创城。\
                    “三区”，指甲示范区、乙展示区和丙旅游区。";
        assert_eq!(read("一城三区", text), Some(SloganCount::Holds));
        // The word standing twice: the list may name two of it.
        let twice = text.replace("丙产业园", "丙新城");
        assert_eq!(read("一城三区", &twice), None);
    }
}
