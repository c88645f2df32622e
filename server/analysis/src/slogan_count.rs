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

/// Measure words that make the rest of a slogan one counted thing.
const MEASURES: &[char] = &['个', '大', '张', '项', '篇', '件', '条', '类', '种', '块'];

/// The longest lead before the first numeral (`新三样`, `门前五包`, `城市
/// 双修`, `京保协作五个一`), in characters.
const MAX_LEAD: usize = 4;

/// The longest counted word, in characters.
const MAX_WORD: usize = 5;

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
/// `两不愁三保障`, `城市双修`; `None` for anything else (Arabic numerals, `十四五`,
/// numerals with nothing counted).
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
    let chars: Vec<char> = slogan
        .chars()
        .filter(|c| !is_quote(*c) && !is_space(*c))
        .collect();
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
            let word: String = rest[1..].iter().collect();
            if rest.len() - 1 > MAX_WORD || !parts.is_empty() && rest[1..].len() > 3 {
                return None;
            }
            parts.push(SloganPart {
                numeral: n,
                written: rest.iter().collect(),
                words: vec![word],
            });
            measured = true;
            break;
        }
        let len = rest
            .iter()
            .take_while(|c| numeral(&[**c]).is_none())
            .count();
        // `双十条`: a single part counting a word that opens with a
        // numeral (two 十条), not numerals alone (`三六八九`).
        if len == 0
            && parts.is_empty()
            && (2..=MAX_WORD).contains(&rest.len())
            && rest.iter().any(|c| numeral(&[*c]).is_none())
        {
            let word: String = rest.iter().collect();
            return Some(vec![SloganPart {
                numeral: n,
                written: word.clone(),
                words: vec![word],
            }]);
        }
        // `个` alone counts nothing (`全市上下三个`), nor do orders of
        // magnitude (`十百千万` is a scale, ten of a county to ten thousand
        // of a household).
        if len == 0
            || len > MAX_WORD
            || len == 1 && rest[0] == '个'
            || rest[..len].iter().all(|c| matches!(c, '百' | '千' | '万'))
        {
            return None;
        }
        let word: String = rest[..len].iter().collect();
        parts.push(SloganPart {
            numeral: n,
            written: word.clone(),
            words: vec![word],
        });
        at += len;
    }
    if parts.is_empty() || parts.len() > 6 {
        return None;
    }
    // The last part may end in words that count nothing (`四网运行`,
    // `五长制`): each start of its words is a candidate.
    if let Some(last) = parts.last_mut().filter(|_| !measured) {
        let word: Vec<char> = last.words[0].chars().collect();
        last.words = (1..=word.len())
            .rev()
            .map(|n| word[..n].iter().collect())
            .collect();
    }
    let distinct = parts.iter().enumerate().all(|(i, p)| {
        parts[i + 1..]
            .iter()
            .all(|q| q.words.iter().all(|w| !p.words.contains(w)))
    });
    distinct.then_some(parts)
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
    // The list before the slogan restated with other numerals, when it
    // reads; else the definition as it stands (`A、B以及C六个甲` restates a
    // count its list agrees with).
    restated_close(definition, parts)
        .and_then(|head| count_framed(parts, head))
        .or_else(|| count_framed(parts, definition))
        .or_else(|| restated_parts(parts, definition))
}

/// The longest count with its noun closing a clause's list, in characters
/// (`3种类型空间所对应的区域`).
const MAX_RESTATED_PHRASE: usize = 12;

fn is_count_digit(c: char) -> bool {
    c.is_ascii_digit() || chinese_digit(c).is_some()
}

/// `即建设甲和乙两个生态屏障，建设丙和丁两个绿色长廊`: clauses whose lists
/// close with their own count, the counted noun carrying one part's word.
/// A part with one such clause, whose count differs from its numeral, is
/// reported; parts without one say nothing. Tried only when no other
/// reading decides.
fn restated_parts(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    if parts.len() < 2 {
        return None;
    }
    let definition = trim_definition(definition);
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); parts.len()];
    for clause in pieces(definition, &['，', ',', '；', ';', '。']) {
        let Some((head, Some(n))) = restated_list(clause) else {
            continue;
        };
        let Some(phrase) = clause.get(head.len()..) else {
            continue;
        };
        // The count and its noun only: short, with no second count in it
        // (`甲、乙两条高速设立的三个出入口` counts roads, not 口).
        let digits = phrase
            .chars()
            .skip_while(|c| !is_count_digit(*c))
            .skip_while(|c| is_count_digit(*c))
            .any(is_count_digit);
        if phrase.chars().count() > MAX_RESTATED_PHRASE || digits {
            continue;
        }
        let owners: Vec<usize> = (0..parts.len())
            .filter(|i| parts[*i].words.iter().any(|w| phrase.contains(w.as_str())))
            .collect();
        if let [i] = owners.as_slice() {
            found[*i].push(n);
        }
    }
    let agreed: Vec<Option<usize>> = found
        .iter()
        .map(|f| match f.as_slice() {
            [n] => Some(*n),
            _ => None,
        })
        .collect();
    let reading = SloganCount::Differs(agreed);
    reading.differing(parts).is_some().then_some(reading)
}

/// [`count_items`] over one definition and its windows.
fn count_framed(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    let whole = count_list(parts, definition, true);
    if matches!(whole, Some(SloganCount::Holds)) {
        return whole;
    }
    let mut decided = whole;
    for window in windows(parts, trim_definition(definition)) {
        match count_list(parts, window, false) {
            Some(SloganCount::Holds) => return Some(SloganCount::Holds),
            Some(differs) if decided.is_none() => decided = Some(differs),
            _ => {}
        }
    }
    decided
}

/// The most windows tried in one definition.
const MAX_WINDOWS: usize = 24;

/// Narrower readings of a definition, widest first (see [`count_items`]).
fn windows<'a>(parts: &[SloganPart], definition: &'a str) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let words: Vec<&str> = parts
        .iter()
        .flat_map(|p| &p.words)
        .map(String::as_str)
        .collect();
    let spoken = spoken(parts);
    // Of several sentences, the one list: the others must not carry a
    // counted word (`减A、减B。还要减C` may count three or four 减).
    let sentences = pieces(definition, &['。']);
    let scopes: Vec<&'a str> = if sentences.len() > 1 {
        let carrying: Vec<&'a str> = sentences
            .iter()
            .copied()
            .filter(|s| {
                words
                    .iter()
                    .any(|w| strip_slogan(s, &spoken, parts).contains(w))
            })
            .collect();
        match carrying.as_slice() {
            [one] => vec![*one],
            [] => sentences,
            _ => return Vec::new(),
        }
    } else {
        vec![definition]
    };
    for scope in scopes {
        // The slogan itself closing its list: `A、B、C“三X”` or `A、B、C三X`.
        let scope = strip_slogan(scope, &spoken, parts);
        if scope != definition {
            out.push(scope);
        }
        // The first clause, when what follows carries no counted word.
        if let Some(comma) = top_level(scope, &['，', ',']).first() {
            let (head, rest) = (&scope[..*comma], &scope[*comma..]);
            if !rest.contains('、') && !words.iter().any(|w| rest.contains(w)) {
                out.push(strip_slogan(head, &spoken, parts));
            }
        }
        // The list before a comment on it (`A、B，是…的有效手段`), which
        // carries no counted word.
        for comma in top_level(scope, &['，', ',']) {
            let rest = &scope[comma..];
            let comment =
                rest[rest.chars().next().map_or(0, char::len_utf8)..].starts_with(['是', '为']);
            if comment && !words.iter().any(|w| rest.contains(w)) {
                out.push(strip_slogan(&scope[..comma], &spoken, parts));
                break;
            }
        }
        // `甲创建进机关、进学校、进企业`, `打造一个甲，一个乙，一条丙`: when
        // the items after the first all start with one counted word, the
        // first starts at that word too; what stands before it is a lead.
        for separator in ['、', '，'] {
            let seps = top_level(scope, &[separator]);
            if seps.len() < 2 {
                continue;
            }
            let starts = |w: &str| {
                seps.iter()
                    .all(|at| scope[at + separator.len_utf8()..].starts_with(w))
            };
            if let Some(word) = words.iter().filter(|w| starts(w)).max_by_key(|w| w.len())
                && let Some(at) = scope[..seps[0]].rfind(word)
                && at > 0
            {
                out.push(&scope[at..]);
            }
        }
        // A quoted list whose items all open with one counted word
        // (`指甲区“保A、保B、保C”，是…的底线`): the quote is the list.
        let mut from = 0;
        while let Some(open) = scope[from..].find('“').map(|p| from + p) {
            let inner_start = open + '“'.len_utf8();
            let Some(len) = scope[inner_start..].find('”') else {
                break;
            };
            let inner = &scope[inner_start..inner_start + len];
            let items = pieces(inner, &['、']);
            if items.len() >= 2 && words.iter().any(|w| items.iter().all(|i| i.starts_with(w))) {
                out.push(inner);
            }
            from = inner_start + len;
        }
        // What follows a lead: a clause break, a colon or `即`.
        let mut breaks = top_level(scope, &['，', ',', '：', ':']);
        breaks.extend(scope.match_indices('即').map(|(at, _)| at));
        breaks.sort_unstable();
        for at in breaks {
            // The lead dropped must count nothing: no counted word, no `、`
            // list (`聚焦A，聚焦B，聚焦C` is not read from its second clause).
            // (The slogan named in it, with any numeral, counts nothing.)
            let lead = without_restatements(&scope[..at], parts, false);
            if lead.contains('、') || words.iter().any(|w| lead.contains(w)) {
                continue;
            }
            let c = scope[at..].chars().next().map_or(0, char::len_utf8);
            let tail = scope[at + c..].trim_start_matches(['：', ':', '，', ',']);
            if !tail.is_empty() {
                out.push(tail);
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    out.retain(|w| {
        let keep = !w.is_empty() && *w != definition && !seen.contains(w);
        seen.push(w);
        keep
    });
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out.truncate(MAX_WINDOWS);
    out
}

/// The slogan as written with its numerals (`三城联创`).
fn spoken(parts: &[SloganPart]) -> String {
    parts
        .iter()
        .map(|p| {
            format!(
                "{}{}",
                chinese_number(p.numeral).unwrap_or_default(),
                p.written
            )
        })
        .collect()
}

/// `scope` without the slogan closing it (`A、B、C“三X”活动` → `A、B、C`),
/// also where the definition restates it with another numeral or only its
/// head (`A、B、C“三水”统筹` for a term printed `四水统筹`): the list then
/// says what it counts, and the term's numeral is checked against it.
fn strip_slogan<'a>(scope: &'a str, spoken: &str, parts: &[SloganPart]) -> &'a str {
    let quoted = format!("“{spoken}”");
    let closing = |at: usize, len: usize| {
        let rest = &scope[at + len..];
        // Words after it, or a clause about something else
        // (`A、B、C“三X”，集…于一体`).
        !rest.contains(['、', '，', ',', '；', ';']) || rest.starts_with(['，', ','])
    };
    if let Some(at) = scope.rfind(quoted.as_str())
        && closing(at, quoted.len())
    {
        return scope[..at].trim_end_matches('等');
    }
    if let Some(head) = scope.strip_suffix(spoken) {
        return head.trim_end_matches('等');
    }
    if let Some(open) = scope.rfind('“')
        && let Some(len) = scope[open..].find('”')
    {
        let inner = &scope[open + '“'.len_utf8()..open + len];
        if inner != spoken && restates(inner, parts) && closing(open, len + '”'.len_utf8()) {
            return scope[..open].trim_end_matches('等');
        }
    }
    scope
}

/// Whether `words` name the slogan of `parts` with any numerals: the same
/// words part by part, the last maybe only its head (`三水` for `四水统筹`).
fn restates(words: &str, parts: &[SloganPart]) -> bool {
    let Some(other) = parse_one(words) else {
        return false;
    };
    other.len() == parts.len()
        && other.iter().zip(parts).enumerate().all(|(i, (o, p))| {
            o.written == p.written || i + 1 == parts.len() && p.words.contains(&o.written)
        })
}

/// Byte offsets of `separators` outside brackets and quotes.
fn top_level(s: &str, separators: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth -= 1,
            _ if depth == 0 && separators.contains(&c) => out.push(i),
            _ => {}
        }
    }
    out
}

/// An item carrying a counted word twice (`博物馆新馆`, `创新创业`) may be
/// one thing or two: no wrong count is certain.
/// Per part, whether an item carries its word twice. Halves joined by `和`
/// that each carry the word once are two things, not a doubled one
/// (`甲健康发展和乙健康成长`); and when some choice of the last part's
/// words doubles nothing (`基地`, not `基`, in `铝基材料基地`), that choice
/// reads the list.
fn doubled(parts: &[SloganPart], definition: &str) -> Vec<bool> {
    let items: Vec<&str> = pieces(definition, &['、', '，', ',', '；', ';'])
        .into_iter()
        .flat_map(split_joined)
        .collect();
    let twice = |w: &str| {
        items
            .iter()
            .any(|i| outside_brackets(i, w) > 1 && !headed(i, w))
    };
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if k == last {
                p.words.iter().all(|w| twice(w))
            } else {
                twice(&p.words[0])
            }
        })
        .collect()
}

/// The shortest clause, in characters, that a word opening it governs.
const MIN_HEADED: usize = 8;

/// Whether `word` opens `item` as the verb of a clause (`增加甲的增长动能`,
/// `管甲必须管乙`): the item is one of it, however often the word recurs
/// inside. A short item carrying it twice (`创新创业`) stays open.
fn headed(item: &str, word: &str) -> bool {
    item.starts_with(word) && item.chars().count() >= MIN_HEADED
}

/// Whether a reading of the unlabelled list gives the slogan's numerals.
fn holds_flat(parts: &[SloganPart], definition: &str) -> bool {
    let stated: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    flat_readings(parts, definition, false).contains(&stated)
}

/// One reading of a definition taken as a whole (see [`count_items`]).
/// `whole` when `definition` is all of the slogan's definition, not a
/// window of it: only then may a list shorter than the numeral be read as
/// all it lists (see [`one_per_item`]).
fn count_list(parts: &[SloganPart], definition: &str, whole: bool) -> Option<SloganCount> {
    let definition = trim_definition(definition);
    if definition.is_empty() {
        return None;
    }
    let stated: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    // A single part's list restating its count (`A、B、C七大板块`): the
    // count the list and its restatement agree on, else nothing.
    if let [part] = parts
        && let Some((head, restated)) = restated_list(definition)
    {
        let n = restated?;
        if n == part.numeral as usize {
            return Some(SloganCount::Holds);
        }
        // Another count says something only of items that carry the
        // slogan's word (`A区、B区七大板块`): `由甲、乙、丙三方共同创办`
        // counts founders, not what `双卓` counts.
        let items = pieces(head, &['、', '；', ';']);
        let carried = items
            .iter()
            .all(|i| part.words.iter().any(|w| i.contains(w.as_str())));
        // The slogan itself restated with another numeral (`A、B、C、D“四个
        // 清零”` for a term printed `五个清零`) counts the same things.
        let restated = definition
            .get(head.len()..)
            .map(|rest| rest.trim_start_matches(['等', '共', '“']))
            .and_then(|rest| rest.split(['”', '，', ',']).next())
            .is_some_and(|words| restates(words, parts));
        return (carried || restated).then(|| SloganCount::Differs(vec![Some(n)]));
    }
    // Per part, every count a complete reading gives.
    // Each part named before its own list: a count the list restates is
    // already one of its part's readings (see [`labelled`]).
    let labels = labelled(parts, definition);
    let named = matches!(labels, Some(Some(_)));
    // Per part, the fewest items a reading gives.
    let mut fewest: Vec<usize> = vec![0; parts.len()];
    let (holds, mut agreed) = match labels {
        Some(Some(sets)) => {
            fewest = sets
                .iter()
                .map(|s| s.counts.first().copied().unwrap_or(0))
                .collect();
            let holds = sets.iter().zip(&stated).all(|(s, n)| s.counts.contains(n));
            let agreed: Vec<Option<usize>> = sets
                .iter()
                .zip(&stated)
                .map(|(s, n)| match s.counts.as_slice() {
                    [one] => Some(*one),
                    all if s.settled => nearest_count(all.iter().copied(), *n),
                    _ => None,
                })
                .collect();
            (holds, agreed)
        }
        Some(None) => return None,
        None if !holds_flat(parts, definition) && doubled(parts, definition).iter().all(|d| *d) => {
            return None;
        }
        None => {
            let readings = flat_readings(parts, definition, whole);
            readings.first()?;
            fewest = (0..parts.len())
                .map(|i| readings.iter().map(|r| r[i]).min().unwrap_or(0))
                .collect();
            let holds = readings.contains(&stated);
            // A part whose word an item carries twice has no sure count;
            // the other parts' counts still stand (`禁燃禁放` leaves the 尘
            // of `四尘两禁` countable).
            let doubled = if holds {
                vec![false; parts.len()]
            } else {
                doubled(parts, definition)
            };
            let agreed: Vec<Option<usize>> = (0..parts.len())
                .map(|i| {
                    if doubled[i] {
                        return None;
                    }
                    nearest_count(readings.iter().map(|r| r[i]), stated[i])
                })
                .collect();
            (holds, agreed)
        }
    };
    if holds {
        return Some(SloganCount::Holds);
    }
    // A part no item belongs to: the list does not define this slogan.
    if agreed.contains(&Some(0)) {
        return None;
    }
    // A list closed by 等 may hold fewer items than counted.
    if definition.ends_with('等') {
        for (c, n) in agreed.iter_mut().zip(&stated) {
            if c.is_some_and(|c| c < *n) {
                *c = None;
            }
        }
    }
    // A join is open only for the parts it would count otherwise: those
    // whose count differs (`建设和融入甲群` leaves the count of 翼 sure).
    // Each open join may be one item more: a part falling short of its
    // numeral even so, from its fewest items, is still short
    // (`甲、乙、丙和丁之风` holds four at most, never five).
    let open = (0..parts.len()).any(|i| {
        let Some(c) = agreed[i].filter(|c| *c != stated[i]) else {
            return false;
        };
        let joins = open_joins(std::slice::from_ref(&parts[i]), definition);
        joins > 0 && (c > stated[i] || fewest[i].min(c) + joins >= stated[i])
    });
    let reading = SloganCount::Differs(agreed);
    (reading.differing(parts).is_some() && (named || !restates_count(definition, parts)) && !open)
        .then_some(reading)
}

/// The count a part's readings give against its numeral `n`: the one they
/// all agree on, or, when they differ but all give fewer than `n`, the
/// largest (`甲、乙及丙` read as two or three items is fewer than four
/// either way: the most it can list is three). Readings cut items finely
/// (at `和`, between quotes), so a numeral below them all may still count
/// a coarser cut: `None` then, and when some reading gives `n`.
fn nearest_count(counts: impl Iterator<Item = usize>, n: usize) -> Option<usize> {
    let (mut low, mut high) = (usize::MAX, 0);
    for c in counts {
        low = low.min(c);
        high = high.max(c);
    }
    match (low, high) {
        (usize::MAX, _) => None,
        _ if low == high => Some(low),
        _ if high < n => Some(high),
        _ => None,
    }
}

/// Whether an item joins two names of which only the second carries a
/// counted word (`甲与乙集聚发展中心`): one thing or two, so a count is not
/// sure. A word before the join governs both halves as one item
/// (`坚决维护甲和乙`).
/// The number of such items.
fn open_joins(parts: &[SloganPart], definition: &str) -> usize {
    pieces(definition, &['、', '，', ',', '；', ';'])
        .iter()
        .filter(|item| {
            ["以及", "和", "及", "与"].iter().any(|w| {
                // (The 及 of 以及 is no join of its own.)
                let Some(at) = item
                    .match_indices(w)
                    .map(|(at, _)| at)
                    .find(|at| *w != "及" || !item[..*at].ends_with('以'))
                else {
                    return false;
                };
                let (a, b) = (&item[..at], &item[at + w.len()..]);
                let carries = |s: &str| {
                    parts
                        .iter()
                        .any(|p| p.words.iter().any(|w| s.contains(w.as_str())))
                };
                !a.is_empty() && !b.is_empty() && !carries(a) && carries(b)
            })
        })
        .count()
}

/// The definition without its lead word (`即`, `是指`), the page reference
/// (`（见第7页）`), a closing `的简称`, the full stop and closing quotes.
fn trim_definition(text: &str) -> &str {
    let mut t = text.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r' || is_private(c));
    loop {
        let before = t;
        for page in ["（见第", "(见第"] {
            if let Some(p) = t.rfind(page)
                && t[p..].trim_end().ends_with(['）', ')'])
            {
                t = &t[..p];
            }
        }
        t = t.trim_end_matches(|c: char| {
            matches!(c, '。' | '；' | ';' | '.') || is_space(c) || is_private(c)
        });
        for tail in ["的简称", "的统称", "的合称", "的总称"] {
            t = t.strip_suffix(tail).unwrap_or(t);
        }
        for lead in [
            "是指",
            "主要是",
            "就是",
            "即：",
            "即:",
            "即",
            "指",
            "是",
            "：",
            ":",
        ] {
            t = t.strip_prefix(lead).unwrap_or(t);
        }
        t = t.trim_matches(is_space);
        if t == before {
            return t;
        }
    }
}

/// A private-use character: a converter's stray glyph, never text.
pub fn is_private(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// Words between a part's name and its own list: `“四化”，即…`,
/// `两补，补…`, `“三多”是…`.
pub const LABEL_ENDS: &[&str] = &[
    "分别对应",
    "分别指",
    "，即",
    ",即",
    "，是指",
    "，指",
    "，就是",
    "是指",
    "就是",
    "即",
    "指",
    "是",
    "为",
    "：",
    ":",
    "，",
    ",",
];

/// A part's name as a definition writes it: `四化`, `两中心` (`二中心`).
fn part_names(part: &SloganPart) -> Vec<String> {
    let mut names: Vec<String> = chinese_number(part.numeral)
        .map(|n| format!("{n}{}", part.written))
        .into_iter()
        .collect();
    if part.numeral == 2 {
        names.push(format!("二{}", part.written));
    }
    names
}

/// Where a part's own list starts: after its name and a label word. A
/// label with another numeral before the part's words (`“三区”指…` for a
/// slogan printed `四区三线`) is the part's when it is the only one.
/// With it, the other numeral when the label has one.
fn own_list_start(definition: &str, part: &SloganPart) -> Option<(usize, usize, Option<u32>)> {
    match labelled_as(definition, &part_names(part)) {
        Some((name, list)) => Some((name, list, None)),
        None => renamed_list_start(definition, part).map(|(n, (name, list))| (name, list, Some(n))),
    }
}

/// A part's label printed with another numeral (see [`own_list_start`]);
/// tried only once another part is labelled as printed.
fn renamed_list_start(definition: &str, part: &SloganPart) -> Option<(u32, (usize, usize))> {
    let others: Vec<(u32, String)> = (1..=20)
        .filter(|n| *n != part.numeral)
        .filter_map(|n| chinese_number(n).map(|c| (n, format!("{c}{}", part.written))))
        .collect();
    let found: Vec<(u32, (usize, usize))> = others
        .iter()
        .filter_map(|(n, name)| {
            labelled_as(definition, std::slice::from_ref(name)).map(|at| (*n, at))
        })
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Where the list named by one of `names` starts.
fn labelled_as(definition: &str, names: &[String]) -> Option<(usize, usize)> {
    for name in names {
        let mut from = 0;
        while let Some(p) = definition[from..].find(name.as_str()) {
            let at = from + p;
            let after = &definition[at + name.len()..];
            let after_quote = after.trim_start_matches(is_quote);
            let mut skipped = after.len() - after_quote.len();
            // `三区也称三类空间，指…`: another name before the label word.
            let also = ["也称", "又称", "亦称"]
                .iter()
                .any(|w| after_quote.starts_with(w))
                .then(|| renamed_lead(after_quote))
                .flatten();
            let after_quote = match also {
                Some(len) => {
                    skipped += len;
                    &after_quote[len..]
                }
                None => after_quote,
            };
            if let Some(word) = LABEL_ENDS.iter().find(|w| after_quote.starts_with(*w)) {
                let mut start = at + name.len() + skipped + word.len();
                // `三线即三条控制线，指甲、乙、丙`: what the list is, then it.
                start += renamed_lead(&definition[start..]).unwrap_or(0);
                // The name's opening quote belongs to the previous list's end.
                let name_start = definition[..at].trim_end_matches(is_quote).len();
                return Some((name_start, start));
            }
            from = at + name.len();
        }
    }
    None
}

/// The length of a short lead naming the list again before `，指`, `，即`
/// or `，是指` (`也称三类空间，`, `三条控制线，`), with that comma.
fn renamed_lead(text: &str) -> Option<usize> {
    let comma = text
        .char_indices()
        .take(12)
        .find(|(_, c)| matches!(c, '，' | ',' | '、' | '；' | '。'))
        .filter(|(_, c)| matches!(c, '，' | ','))?
        .0;
    let rest = text[comma..].trim_start_matches(['，', ',']);
    ["是指", "指", "即"]
        .iter()
        .any(|w| rest.starts_with(w))
        .then_some(text.len() - rest.len())
}

/// Whether the definition names one of the parts before a list of its own.
fn names_a_part(parts: &[SloganPart], definition: &str) -> bool {
    parts
        .iter()
        .any(|p| labelled_as(definition, &part_names(p)).is_some())
}

/// What a part's own list gives (see [`labelled`]).
#[derive(Clone, Debug, Default)]
struct Labelled {
    /// Every count a reading of the list gives, sorted.
    counts: Vec<usize>,
    /// Whether the counts differ only in how the items are cut, so that a
    /// numeral beyond all of them is wrong.
    settled: bool,
}

/// `“四化”，即…；“四园”，即…`: each part named before its own list.
/// `None` when no part is named in the definition; `Some(None)` when some
/// are but a part's list cannot be read; else, per part, the counts its
/// list gives.
fn labelled(parts: &[SloganPart], definition: &str) -> Option<Option<Vec<Labelled>>> {
    if parts.len() < 2 || !names_a_part(parts, definition) {
        return None;
    }
    let mut starts = Vec::new();
    let mut labels = vec![None; parts.len()];
    for (i, part) in parts.iter().enumerate() {
        let Some((name_start, list_start, renamed)) = own_list_start(definition, part) else {
            return Some(None);
        };
        starts.push((name_start, list_start, i));
        labels[i] = renamed;
    }
    starts.sort_unstable();
    let mut sets = vec![Labelled::default(); parts.len()];
    for (k, &(_, list_start, i)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(definition.len(), |s| s.0);
        let Some(list) = definition.get(list_start..end.max(list_start)) else {
            return Some(None);
        };
        let list = trim_definition(list.trim_end_matches(['，', ',', '；', ';', '。']));
        let list = paired_list(list).unwrap_or(list);
        let part = std::slice::from_ref(&parts[i]);
        let mut counts: Vec<usize> = flat_readings(part, list, false)
            .into_iter()
            .map(|r| r[0])
            .collect();
        // A part named before one thing: `“一平”指土地平整`, `幸福和谐家园`
        // (unless both sides of its `和` carry the word: `管线下地和广告下墙`).
        let halves = split_joined(list);
        let two_things = halves.len() == 2
            && halves
                .iter()
                .all(|h| parts[i].words.iter().any(|w| h.contains(w.as_str())));
        let single = !list.is_empty() && !list.contains(['、', '，', ',', '；', ';']);
        if single && !two_things {
            counts.push(1);
        }
        // A named list's items are what the name counts (`六园：A、B…`),
        // one `A和B` maybe two; `交通、水利等重大工程` is one.
        let leaves = pieces(list, &['；', ';', '、']);
        if !leaves.iter().any(|l| l.contains(['，', ',', '：', ':'])) {
            if leaves.len() >= 2
                && leaves.iter().all(|l| l.chars().count() <= 12)
                && uniform(&leaves, &parts[i].words)
            {
                counts.push(leaves.len());
            }
            // Named, its items are its own whatever words they carry
            // (`九路，即甲大道、乙西路…`); `A和B` one or two.
            if leaves.len() >= 2 && leaves.iter().all(|l| l.chars().count() <= 12) {
                counts.push(leaves.len());
                counts.push(leaves.iter().map(|l| split_joined(l).len()).sum());
            }
            if single {
                counts.push(halves.len());
            }
            // A list closed by 等 (`交通、水利等重大工程`) may stand for any
            // number of things: it agrees with its numeral.
            if list.contains('等') {
                counts.push(parts[i].numeral as usize);
            }
            // `进库进位` is two 进, in a short list.
            if list.chars().count() <= 12 {
                counts.extend(occurrences(list, &parts[i].words));
            }
        }
        // `城镇空间、农业空间、生态空间三类空间`: the list restating its
        // count.
        match restated_list(list) {
            Some((_, Some(n))) => counts.push(n),
            Some((_, None)) => return Some(None),
            // Any other count in a part's list (`“三口”指三个高速出入口`)
            // may group its items: the part's own numeral is one reading.
            None if restates_count(list, std::slice::from_ref(&parts[i])) => {
                counts.push(parts[i].numeral as usize);
            }
            None => {}
        }
        // A label printed with another numeral (`“两翼”：…` for a term
        // printed `三翼`) says how many its list holds, however it reads.
        counts.extend(labels[i].map(|n| n as usize));
        counts.sort_unstable();
        counts.dedup();
        if counts.is_empty() {
            return Some(None);
        }
        // Its counts differ only in how the items are cut when its items
        // all carry the part's word or none does, or the word stands once,
        // shared by all (`通A、B、C`): then even the nearest count to the
        // numeral is a finding. Where only some items carry it, the word
        // may govern those after it (`创新、创业和创建甲、乙、丙` is three).
        let settled = uniform(&leaves, &parts[i].words)
            || parts[i]
                .words
                .iter()
                .any(|w| list.matches(w.as_str()).count() == 1);
        sets[i] = Labelled { counts, settled };
    }
    Some(Some(sets))
}

/// `在甲、乙、丙划定的A、B、C三条线`: a list after `的` that restates its
/// count, modified by a list of as many items, one for each (what a
/// `分别对应` pairs). The list counted is the one after `的`.
fn paired_list(list: &str) -> Option<&str> {
    let at = top_level(list, &['的']).last().copied()?;
    let (lead, tail) = (&list[..at], &list[at + '的'.len_utf8()..]);
    let (_, n) = restated_list(tail)?;
    let n = n?;
    (pieces(lead, &['、']).len() == n).then_some(tail)
}

/// Whether all items carry one of the words, or none does: then the items
/// are the counted things as they stand. A list where only some carry it
/// (`创新、创业和创建甲城、乙城`) is grouped in a way a count of items misses.
fn uniform(items: &[&str], words: &[String]) -> bool {
    let carrying = items
        .iter()
        .filter(|i| words.iter().any(|w| i.contains(w.as_str())))
        .count();
    carrying == 0 || carrying == items.len()
}

/// How often a part's word stands in `text`, when more than once
/// (`提标提速提能力` is three 提).
fn occurrences(text: &str, words: &[String]) -> Option<usize> {
    let n = words
        .iter()
        .map(|w| text.matches(w.as_str()).count())
        .max()?;
    (n >= 2).then_some(n)
}

fn chinese_number(n: u32) -> Option<String> {
    match n {
        2 => Some("两".to_string()),
        _ => crate::edits::chinese_number(n).filter(|_| n >= 1),
    }
}

/// The counts of every complete reading of a list that names no part.
fn flat_readings(parts: &[SloganPart], definition: &str, whole: bool) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    // One sentence only: a second one is commentary, not the list. A
    // definition that names a part is read only part by part.
    if definition.contains('。') || (parts.len() > 1 && names_a_part(parts, definition)) {
        return out;
    }
    // `①A②B③C`: the circled numbers cut the items.
    if definition.contains('①') {
        let items = pieces(definition, &CIRCLED);
        if items.len() >= 2 {
            item_readings(parts, definition, &items, false, &mut out);
        }
        return out;
    }
    let leaves = pieces(definition, &['；', ';', '、']);
    let plain_leaves = !leaves.iter().any(|l| l.contains(['，', ',', '：', ':']));
    if plain_leaves {
        // A single part's short items are the counted things as they are
        // when all or none carry its word, or when the word stands once,
        // in the first or last item, shared by all (`通A、B、C`).
        let shared = parts.len() == 1
            && parts[0].words.iter().any(|w| {
                definition.matches(w.as_str()).count() == 1
                    && (leaves.first().is_some_and(|l| l.contains(w.as_str()))
                        || leaves.last().is_some_and(|l| l.contains(w.as_str())))
            });
        let short = leaves.iter().all(|i| i.chars().count() <= 10)
            && (uniform(&leaves, &parts[0].words) || shared);
        let all_words: Vec<&str> = parts
            .iter()
            .flat_map(|p| &p.words)
            .map(String::as_str)
            .collect();
        // `A工程和B工程` is two items; `防沙和治沙工程` may be one.
        let joined: Vec<&str> = leaves
            .iter()
            .flat_map(|l| {
                let halves = split_joined(l);
                if halves
                    .iter()
                    .all(|h| all_words.iter().any(|w| h.contains(w)))
                {
                    halves
                } else {
                    vec![*l]
                }
            })
            .collect();
        // `道孟河、芙蓉河和防潮堤`, `供热改造和灵活性改造`: a leaf whose
        // halves each carry one part's word is two things, never one.
        let split_for_sure = leaves.iter().any(|l| {
            let owners: Vec<Vec<usize>> = split_joined(l)
                .iter()
                .map(|h| {
                    (0..parts.len())
                        .filter(|i| parts[*i].words.iter().any(|w| h.contains(w.as_str())))
                        .collect()
                })
                .collect();
            matches!(owners.as_slice(), [a, b] if a.len() == 1 && b.len() == 1)
        });
        for items in [&leaves, &joined] {
            if items.len() >= 2 && !(split_for_sure && std::ptr::eq(items, &leaves)) {
                item_readings(parts, definition, items, short, &mut out);
            }
        }
        if parts.len() == 1 && short {
            let naive = split_items(&leaves, &parts[0].words);
            if naive.len() >= 2 {
                out.push(vec![naive.len()]);
            }
        }
        one_per_item(parts, &leaves, whole, &mut out);
        // `甲税、乙税和丙费、丁附加`: two parts' lists joined by one `和`.
        if parts.len() == 2 {
            let joins: Vec<usize> = definition
                .match_indices('和')
                .map(|(at, _)| at)
                .filter(|at| bracket_depth(&definition[..*at]) == 0)
                .collect();
            if let [at] = joins.as_slice() {
                let groups = [&definition[..*at], &definition[at + '和'.len_utf8()..]];
                if groups.iter().all(|g| g.contains('、')) {
                    group_readings(parts, &groups, true, &mut out);
                }
            }
        }
        if definition.contains(['；', ';']) {
            let semicolon = pieces(definition, &['；', ';']);
            group_readings(parts, &semicolon, false, &mut out);
            // A single part's items may be the `；` groups (`百…、千…、万…；…`).
            if parts.len() == 1 {
                out.push(vec![semicolon.len()]);
            }
        }
    } else {
        let semicolon = pieces(definition, &['；', ';']);
        // Items that name something before a colon are labelled parts.
        if semicolon.len() >= 2 && !semicolon.iter().any(|s| s.contains(['：', ':'])) {
            item_readings(parts, definition, &semicolon, false, &mut out);
            group_readings(parts, &semicolon, false, &mut out);
        }
        let groups = pieces(definition, &['，', ',', '；', ';']);
        group_readings(parts, &groups, true, &mut out);
        // Clauses as items, each carrying a part's word and joining nothing
        // (`聚焦甲，聚焦乙，全面加强丙` is two 聚焦 and one 加强; `甲和乙联系丙`
        // may be two), unless the word opening the clause governs the two it
        // joins (`减少甲和乙，增加丙`); a `、` list is never one item.
        let governed = |g: &str| parts.iter().flat_map(|p| &p.words).any(|w| headed(g, w));
        if parts.len() > 1
            && groups.len() >= 2
            && !groups.iter().any(|g| {
                g.contains(['、', '+', '＋']) || (g.contains(['和', '及', '与']) && !governed(g))
            })
        {
            item_readings(parts, definition, &groups, false, &mut out);
        }
        // `深化甲、提升乙，深化丙、提升丁`: pairs of items cut by `，`.
        if parts.len() > 1 {
            let all = pieces(definition, &['，', ',', '；', ';', '、']);
            if all.len() >= 2 && all.len() > groups.len() {
                item_readings(parts, definition, &all, false, &mut out);
            }
        }
        clause_readings(parts, definition, &mut out);
        // `甲城市，乙城市，丙示范市`: a list written with commas.
        let commas = pieces(definition, &['，', ',']);
        if !commas.iter().any(|c| c.contains(['、', '：', ':'])) {
            // (Clauses quoting something explain it: never read short.)
            let plain = !definition.contains(is_quote);
            one_per_item(parts, &commas, whole && plain, &mut out);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Readings of one cut into items: each word choice by each rule, a word
/// standing once at the start or end of the definition read as shared by
/// every item (`看有没有抓A、抓B…` is five 看), and a single part's short
/// items as they are (`四翼：教育、医疗、金融、商业`).
fn item_readings(
    parts: &[SloganPart],
    definition: &str,
    items: &[&str],
    short: bool,
    out: &mut Vec<Vec<usize>>,
) {
    for words in word_choices(parts) {
        for rule in [
            Rule::Carries,
            Rule::CarriesLast,
            Rule::Owner,
            Rule::Occurrences,
        ] {
            let Some(counts) = owned(items, &words, rule) else {
                continue;
            };
            let shared: Vec<usize> = (0..words.len())
                .filter(|i| {
                    definition.matches(words[*i]).count() == 1
                        && (definition.starts_with(words[*i]) || definition.ends_with(words[*i]))
                })
                .collect();
            if !shared.is_empty() {
                let mut spread = counts.clone();
                for i in shared {
                    spread[i] = items.len();
                }
                out.push(spread);
            }
            out.push(counts);
        }
    }
    if parts.len() == 1 && short {
        out.push(vec![items.len()]);
    }
    // An item carrying two parts' words may be either's (`两品一标`:
    // 绿色食品、有机食品、地理标志农产品 is two 品 and one 标): when some
    // choice of owners gives the slogan's numerals, that is a reading.
    let wanted: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    if word_choices(parts)
        .iter()
        .any(|words| assignable(items, words, &wanted))
    {
        out.push(wanted);
    }
}

/// The most items carrying several words tried every way.
const MAX_SHARED_ITEMS: usize = 10;

/// Whether each item can be given to one word it carries so that the words
/// get `wanted` items each.
fn assignable(items: &[&str], words: &[&str], wanted: &[usize]) -> bool {
    let mut fixed = vec![0; words.len()];
    let mut shared: Vec<Vec<usize>> = Vec::new();
    for item in items {
        let item = item.trim_end_matches('等');
        let carried: Vec<usize> = (0..words.len())
            .filter(|i| item.contains(words[*i]))
            .collect();
        match carried.as_slice() {
            [] => return false,
            [one] => fixed[*one] += 1,
            _ => shared.push(carried),
        }
    }
    if shared.is_empty() || shared.len() > MAX_SHARED_ITEMS {
        return false;
    }
    if fixed.iter().zip(wanted).any(|(f, w)| f > w) {
        return false;
    }
    // Try every owner for the shared items (at most a few thousand ways).
    fn fill(shared: &[Vec<usize>], counts: &mut Vec<usize>, wanted: &[usize]) -> bool {
        let Some((first, rest)) = shared.split_first() else {
            return counts == wanted;
        };
        first.iter().any(|&w| {
            if counts[w] >= wanted[w] {
                return false;
            }
            counts[w] += 1;
            let done = fill(rest, counts, wanted);
            counts[w] -= 1;
            done
        })
    }
    fill(&shared, &mut fixed, wanted)
}

/// `A、B、C，D`: one group per part, in the slogan's order, each carrying
/// its part's word (`生态红线、质量底线、利用上线，准入清单` for `三线一单`);
/// `，` groups must carry no other part's word. A group counts its `、`
/// items, also cut at `和`, or its word's occurrences; when its word stands
/// only in some items, it may also be one thing (`义务教育、基本医疗、住房
/// 安全有保障` is three 保障, `交通、水利等重大工程` one 重).
fn group_readings(
    parts: &[SloganPart],
    groups: &[&str],
    exclusive: bool,
    out: &mut Vec<Vec<usize>>,
) {
    if parts.len() < 2 || groups.len() != parts.len() {
        return;
    }
    for words in word_choices(parts) {
        let mut sets: Vec<Vec<usize>> = Vec::new();
        for (i, group) in groups.iter().enumerate() {
            let carries = |w: &str| group.contains(w);
            let other = (0..words.len()).any(|j| j != i && carries(words[j]));
            if !carries(words[i]) || (exclusive && other) {
                sets.clear();
                break;
            }
            let items = pieces(group, &['、']);
            // `清理甲、清理乙和丙`: an item the word opens governs what it
            // joins; a half without the word is no item of its own.
            let joined: Vec<&str> = items
                .iter()
                .flat_map(|l| {
                    let halves = split_joined(l);
                    if l.starts_with(words[i]) && !halves.iter().all(|h| h.contains(words[i])) {
                        vec![*l]
                    } else {
                        halves
                    }
                })
                .collect();
            let mut set = vec![items.len(), joined.len(), occurrences_in(&items, words[i])];
            if !items.iter().all(|item| item.contains(words[i])) {
                set.push(1);
            }
            set.sort_unstable();
            set.dedup();
            sets.push(set);
        }
        if sets.is_empty() {
            continue;
        }
        let mut readings: Vec<Vec<usize>> = vec![Vec::new()];
        for set in &sets {
            readings = readings
                .iter()
                .flat_map(|r| {
                    set.iter().map(move |n| {
                        let mut r = r.clone();
                        r.push(*n);
                        r
                    })
                })
                .collect();
        }
        out.extend(readings);
    }
}

/// `毫不动摇A，毫不动摇B`: a single part's word starting or ending each
/// `，` clause.
/// The `，`/`；` clauses of a definition, a clause opening with `即` or
/// `指` joined to the one it explains (`城市红线，即…的边界线`).
fn explained_clauses(definition: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    let base = definition.as_ptr() as usize;
    for clause in pieces(definition, &['，', ',', '；', ';']) {
        let at = clause.as_ptr() as usize - base;
        let explains = ["即", "指", "是指", "也就是"]
            .iter()
            .any(|w| clause.starts_with(w));
        match (start, out.last_mut()) {
            (Some(s), Some(last)) if explains => {
                *last = &definition[s..at + clause.len()];
            }
            _ => {
                start = Some(at);
                out.push(clause);
            }
        }
    }
    out
}

/// The longest item in which every occurrence of a word counts; in a
/// longer one only those in a compound count (see [`occurrences_in`]).
const MAX_OCCURRENCES_ITEM: usize = 8;

/// How often `word` stands in `item` outside brackets: what a bracket
/// holds qualifies the item (`甲税（不含乙税）`), it lists nothing.
fn outside_brackets(item: &str, word: &str) -> usize {
    item.match_indices(word)
        .filter(|(at, _)| bracket_depth(&item[..*at]) == 0)
        .count()
}

/// How often `word` stands in `items`, never inside brackets: every
/// occurrence in a short item or clause; in a longer one, a word repeated within a
/// compound (`禁燃禁放`, one character between) counts each time, a word
/// recurring apart counts once (`环主城区示范环` is one 环).
fn occurrences_in(items: &[&str], word: &str) -> usize {
    items
        .iter()
        .flat_map(|item| pieces(item, &['，', ',', '；', ';']))
        .map(|item| {
            let outside = outside_brackets(item, word);
            if outside < 2 || item.chars().count() <= MAX_OCCURRENCES_ITEM {
                return outside;
            }
            let at: Vec<usize> = item
                .match_indices(word)
                .filter(|(at, _)| bracket_depth(&item[..*at]) == 0)
                .map(|(at, _)| item[..at].chars().count())
                .collect();
            let step = word.chars().count() + 1;
            1 + at.windows(2).filter(|w| w[1] - w[0] <= step).count()
        })
        .sum()
}

/// A single part's list whose items are the counted things as they stand,
/// whatever words they carry (`双节点：甲枢纽节点、乙交换中心`): a reading
/// when it gives the numeral, since some items may be grouped
/// (`创新、创业和创建甲城、乙城`), grouping only ever makes them fewer; so
/// also when the numeral is more than the items, each `A和B` cut in two,
/// and the list is the whole definition (a window may hold a list of
/// something else): then it falls short however it is grouped. Items are
/// short.
fn one_per_item(parts: &[SloganPart], items: &[&str], whole: bool, out: &mut Vec<Vec<usize>>) {
    let [part] = parts else {
        return;
    };
    // A piece opening a quote it does not close straddles a quoted list
    // (`甲、乙提出的“A、B、C”战略`): its items are not the pieces.
    if items.len() < 2
        || items.iter().any(|i| {
            i.chars().count() > 24
                || i.rsplit('“')
                    .next()
                    .is_some_and(|r| r.len() < i.len() && !r.contains('”'))
        })
    {
        return;
    }
    let joined = split_items(items, &part.words).len();
    let n = part.numeral as usize;
    if items.len() == n || joined == n {
        out.push(vec![n]);
    } else if whole && n > items.len().max(joined) {
        out.push(vec![items.len().max(joined)]);
    }
}

/// `一个是甲，一个是乙`, `一是甲，二是乙`: clauses each opening with its
/// place in the list.
fn numbered_clauses(clauses: &[&str]) -> bool {
    clauses.len() >= 2
        && (clauses.iter().all(|c| c.starts_with("一个是"))
            || clauses.iter().enumerate().all(|(k, c)| {
                chinese_number(k as u32 + 1)
                    .map(|n| if k == 1 { "二".to_string() } else { n })
                    .is_some_and(|n| c.starts_with(&format!("{n}是")))
            }))
}

fn clause_readings(parts: &[SloganPart], definition: &str, out: &mut Vec<Vec<usize>>) {
    let [part] = parts else {
        return;
    };
    let clauses = explained_clauses(definition);
    if numbered_clauses(&clauses) {
        out.push(vec![clauses.len()]);
        return;
    }
    // `毫不动摇甲，毫不动摇乙，保证丙`: clauses carrying the word, then
    // words about them that carry none; only ever a confirmation.
    for word in part.words.iter().filter(|w| w.chars().count() >= 2) {
        let carrying = clauses
            .iter()
            .take_while(|c| c.matches(word.as_str()).count() == 1)
            .count();
        let rest_free = clauses[carrying..]
            .iter()
            .all(|c| !c.contains(word.as_str()));
        if carrying >= 2
            && carrying < clauses.len()
            && rest_free
            && carrying == part.numeral as usize
        {
            out.push(vec![carrying]);
        }
    }
    // A clause holding a list of counted things is not one item (`建设甲
    // 基地，打造乙地、丙地`); `扎实做好甲、加强乙` is.
    // A word in only one of its pieces closes a clause of one thing
    // (`宣传路线、方针、政策下基层`).
    let listing = |c: &str| {
        pieces(c, &['、'])
            .iter()
            .filter(|p| part.words.iter().any(|w| p.contains(w.as_str())))
            .count()
            >= 2
    };
    if clauses.len() < 2 || clauses.iter().any(|c| listing(c)) {
        return;
    }
    for word in &part.words {
        // Or each clause carrying a word of two characters or more once
        // (`塑造一批…，培育一批…`, `坚决维护甲，坚决维护乙`).
        let once = word.chars().count() >= 2
            && clauses
                .iter()
                .all(|c| c.matches(word.as_str()).count() == 1);
        if once
            || clauses
                .iter()
                .all(|c| c.starts_with(word.as_str()) || c.ends_with(word.as_str()))
        {
            out.push(vec![clauses.len()]);
            // `甲牵头受理A和办理B`: a clause joining two things may count
            // two; not when it opens with the word, which then governs all
            // of it (`毫不动摇巩固和发展甲`), also after a short lead every
            // clause repeats (`坚决维护甲，坚决维护乙和丙`): the same
            // adverb, where a subject would change from clause to clause.
            let governed =
                |c: &str| c.starts_with(word.as_str()) || repeated_lead(&clauses, word).is_some();
            // What a clause says before its `即` leads to the list; only
            // what follows may join two of it.
            let joins = clauses
                .iter()
                .map(|c| {
                    c.rsplit_once("，即")
                        .or_else(|| c.rsplit_once(",即"))
                        .map_or(*c, |(_, listed)| listed)
                })
                .filter(|c| !governed(c) && split_joined(c).len() > 1)
                .count();
            if joins > 0 {
                out.push(vec![clauses.len() + joins]);
            }
        }
    }
}

/// The longest lead every clause may repeat before its word (`坚决`).
const MAX_REPEATED_LEAD: usize = 2;

/// The lead of one or two characters that stands before `word` at the start
/// of every clause (`坚决` in `坚决维护甲，坚决维护乙`), if there is one.
fn repeated_lead<'a>(clauses: &[&'a str], word: &str) -> Option<&'a str> {
    let first = clauses.first()?;
    let at = first.find(word)?;
    let lead = &first[..at];
    let n = lead.chars().count();
    ((1..=MAX_REPEATED_LEAD).contains(&n)
        && lead.chars().all(crate::chars::is_han)
        && clauses
            .iter()
            .all(|c| c.strip_prefix(lead).is_some_and(|r| r.starts_with(word))))
    .then_some(lead)
}

/// Measure words of a count a list restates (`三类空间`, `七大板块`,
/// `五条道路`, `3个“一”`).
const RESTATED: &[char] = &[
    '个', '条', '类', '种', '项', '大', '家', '所', '支', '座', '片', '张', '篇', '批', '方', '处',
    '件', '场',
];

/// The count a list restates at its end (see [`restated_list`]): `None`
/// when it restates none, `Some(None)` when its items are not that many.
pub(crate) fn restated_count(list: &str) -> Option<Option<usize>> {
    restated_list(list).map(|(_, n)| n)
}

/// A list closed by its own count: `A、B、C三类空间` → (`A、B、C`, 3 when
/// the items are three, `None` when they are not). `None` when the last
/// item holds no such count.
fn restated_list(list: &str) -> Option<(&str, Option<usize>)> {
    let last_start = top_level(list, &['、', '；', ';']).last().map_or(0, |p| {
        p + list[*p..].chars().next().map_or(1, char::len_utf8)
    });
    let last = &list[last_start..];
    let chars: Vec<(usize, char)> = last.char_indices().collect();
    for k in 1..chars.len() {
        let at = chars[k].0;
        let prev = chars[k - 1].1;
        // The count starts after a word, a `等` or an opening quote, never
        // inside a number.
        if !(crate::chars::is_han(prev) || prev == '“') || chinese_digit(prev).is_some() {
            continue;
        }
        let run: String = last[at..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
            .collect();
        let n = if run.chars().all(|c| c.is_ascii_digit()) {
            run.parse::<usize>().ok()
        } else {
            crate::chars::small_chinese_number(&run).map(|n| n as usize)
        };
        let Some(n) = n.filter(|n| (2..=30).contains(n)) else {
            continue;
        };
        if !last[at + run.len()..].starts_with(RESTATED) {
            continue;
        }
        let head = list[..last_start + at]
            .trim_end_matches('“')
            .trim_end_matches(['等', '共'])
            .trim_end_matches(is_space);
        if head.is_empty() || !head.contains(['、', '和', '及', '与']) && n > 2 {
            return None;
        }
        let leaves = pieces(head, &['、', '；', ';']);
        let joined = leaves.iter().flat_map(|l| split_joined(l)).count();
        // Only a plain list: items of a few words each.
        if leaves
            .iter()
            .any(|i| i.chars().count() > 24 || i.contains(['，', ',', '：', ':']))
        {
            return None;
        }
        // `A和B` may be one item or two.
        let agrees = leaves.len() == n || joined == n;
        return Some((head, agrees.then_some(n)));
    }
    None
}

/// `text` without the slogan's parts named with a numeral (`五个甲`, `三权`
/// for a part printed `个甲` or `权分置`): the numeral and the part's words;
/// with `quoted`, only where a closing quote follows (`“打造五个甲”`).
fn without_restatements(text: &str, parts: &[SloganPart], quoted: bool) -> String {
    let mut out = text.to_string();
    for part in parts {
        let written = part.written.as_str();
        if written.is_empty() {
            continue;
        }
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(written) {
            let head = &rest[..at];
            let numeral = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| chinese_digit(*c).is_some() || *c == '双')
                .last()
                .map(|(i, _)| i);
            let after = &rest[at + written.len()..];
            match numeral.filter(|_| !quoted || after.starts_with('”')) {
                Some(i) => kept.push_str(&head[..i]),
                None => {
                    kept.push_str(head);
                    kept.push_str(written);
                }
            }
            rest = &rest[at + written.len()..];
        }
        kept.push_str(rest);
        out = kept;
    }
    out
}

/// A definition closed by the slogan restated with other numerals
/// (`甲权、乙权、丙权三权分置` for a term printed `四权分置`): the list before
/// it, which the term's numerals are checked against. `None` when it does
/// not close so.
fn restated_close<'a>(definition: &'a str, parts: &[SloganPart]) -> Option<&'a str> {
    let definition = trim_definition(definition);
    let spoken = spoken(parts);
    if definition.ends_with(spoken.as_str()) {
        return None;
    }
    let longest = spoken.chars().count() + 2;
    let (at, _) = definition
        .char_indices()
        .rev()
        .take(longest)
        .filter(|(_, c)| chinese_digit(*c).is_some() || *c == '双')
        .last()?;
    let tail = &definition[at..];
    let head = definition[..at]
        .trim_end_matches(['等', '共'])
        .trim_end_matches(is_space);
    (restates(tail, parts) && head.contains(['、', '，', ','])).then_some(head)
}

/// Whether a definition states a count of its own (`三类空间`, `两个生态
/// 屏障`, `3条控制线`): then its items may be grouped in ways the readings
/// do not see, and a differing count is not reported.
fn restates_count(definition: &str, parts: &[SloganPart]) -> bool {
    // Not the slogan quoted again, with any numeral (`提出“五个甲”要求` for
    // a term printed `六个甲`): that names what the list counts, it groups
    // nothing (unquoted, `在甲、乙、丙共提出十二项举措` may group the list).
    // Nor the counted words themselves (`开工一批` for `三个一批`).
    let mut rest = without_restatements(definition, parts, true);
    for word in parts.iter().flat_map(|p| &p.words) {
        rest = rest.replace(word.as_str(), "");
    }
    // `一个是甲，一个是乙` numbers its clauses; it counts nothing.
    rest = rest.replace("一个是", "");
    let chars: Vec<char> = rest.chars().collect();
    // A number larger than all the items the slogan counts groups none of
    // them (`深化20项民心工程` in a list of six).
    let items: u32 = parts.iter().map(|p| p.numeral).sum();
    let arabic_fits = |end: usize| {
        let start = chars[..=end]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        chars[start..=end]
            .iter()
            .collect::<String>()
            .parse::<u32>()
            .is_ok_and(|n| n <= items)
    };
    chars.windows(2).enumerate().any(|(i, w)| {
        (w[0].is_ascii_digit() && arabic_fits(i)
            || chinese_digit(w[0]).is_some_and(|n| (1..=10).contains(&n)))
            && matches!(
                w[1],
                '个' | '条'
                    | '类'
                    | '种'
                    | '项'
                    | '大'
                    | '家'
                    | '所'
                    | '批'
                    | '方'
                    | '栋'
                    | '座'
                    | '处'
                    | '片'
                    | '名'
                    | '支'
                    | '张'
                    | '台'
                    | '套'
            )
    })
}

const CIRCLED: [char; 20] = [
    '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲',
    '⑳',
];

/// `A和B` → `A`, `B` (every `+`; one `和`, `及` or `与`, with words on both sides,
/// outside brackets: `三北地区（西北、华北和东北）` is one thing).
fn split_joined(item: &str) -> Vec<&str> {
    // `甲通+乙通和丙平台`: every `+` joins, then one word may.
    let plus: Vec<usize> = item
        .match_indices(['+', '＋'])
        .map(|(at, _)| at)
        .filter(|at| bracket_depth(&item[..*at]) == 0)
        .collect();
    if !plus.is_empty() {
        let mut out = Vec::new();
        let mut start = 0;
        for at in plus.into_iter().chain(std::iter::once(item.len())) {
            let piece = item[start..at].trim_matches(is_quote);
            if !piece.is_empty() {
                out.extend(split_joined(piece));
            }
            start = (at + 1).min(item.len());
            // `＋` is three bytes.
            while !item.is_char_boundary(start) {
                start += 1;
            }
        }
        return out;
    }
    for word in ["以及", "和", "及", "与"] {
        // (The 及 of 以及 is no join of its own.)
        let outside: Vec<usize> = item
            .match_indices(word)
            .map(|(at, _)| at)
            .filter(|at| bracket_depth(&item[..*at]) == 0)
            .filter(|at| word != "及" || !item[..*at].ends_with('以'))
            .collect();
        if let [at] = outside.as_slice() {
            let a = item[..*at].trim_matches(is_quote);
            let b = item[at + word.len()..].trim_matches(is_quote);
            if !a.is_empty() && !b.is_empty() {
                return vec![a, b];
            }
        }
    }
    vec![item]
}

/// A single part's items with `A和B` cut in two; where every item carries
/// the part's word, only when both halves do: a half without it is no item
/// of its own (`甲和乙办事最简`, `公务车购置及运行费`).
fn split_items<'a>(items: &[&'a str], words: &[String]) -> Vec<&'a str> {
    let carries = |s: &str| words.iter().any(|w| s.contains(w.as_str()));
    let carrying = items.iter().all(|i| carries(i));
    items
        .iter()
        .flat_map(|item| {
            let halves = split_joined(item);
            if carrying && !halves.iter().all(|h| carries(h)) {
                vec![*item]
            } else {
                halves
            }
        })
        .collect()
}

/// How many brackets (or book-title marks) are open at the end of `s`.
fn bracket_depth(s: &str) -> i32 {
    s.chars().fold(0, |depth, c| match c {
        '（' | '(' | '《' => depth + 1,
        '）' | ')' | '》' => depth - 1,
        _ => depth,
    })
}

/// `s` cut at `separators` outside brackets (`县（市、区）` is one piece);
/// where `、` cuts, so do quotes that follow each other (`“甲”“乙”`).
fn pieces<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let quotes_cut = separators.contains(&'、');
    let mut previous = None;
    let names = quoted_names(s);
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        let after_quote = previous == Some('”');
        previous = Some(c);
        match c {
            '“' if !quoted && names.contains(&i) => {
                quoted = true;
                depth += 1;
            }
            '”' if quoted => {
                quoted = false;
                depth -= 1;
            }
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            '“' if depth == 0 && quotes_cut && after_quote => {
                out.push(&s[start..i]);
                start = i;
            }
            _ if depth == 0 && separators.contains(&c) => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter()
        .map(|p| p.trim_matches(|c: char| is_space(c) || is_quote(c)))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Where quotes open that are each inside an item of a `、` list
/// (`强化“甲、乙”的理念、强化“丙、丁”的导向`): each is one name, whatever it
/// lists. Only when two or more such quotes stand in items of one list; a
/// single quote inside a sentence may hold the list itself (`在“甲、乙、
/// 丙”三个方面`).
fn quoted_names(s: &str) -> Vec<usize> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut previous: Option<char> = None;
    let mut open: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' if open.is_none() && previous.is_some_and(crate::chars::is_han) => open = Some(i),
            '”' => {
                if let Some(o) = open.take() {
                    spans.push((o, i));
                }
            }
            _ => {}
        }
        previous = Some(c);
    }
    let listed = spans.windows(2).any(|w| {
        let between = &s[w[0].1..w[1].0];
        between.contains('、') && !between.contains(['，', ',', '；', ';', '。'])
    });
    if spans.len() < 2 || !listed {
        return Vec::new();
    }
    spans.into_iter().map(|(o, _)| o).collect()
}

/// One word per part: the last part's candidates each in turn.
fn word_choices(parts: &[SloganPart]) -> Vec<Vec<&str>> {
    let Some((last, head)) = parts.split_last() else {
        return Vec::new();
    };
    let head: Vec<&str> = head.iter().map(|p| p.words[0].as_str()).collect();
    last.words
        .iter()
        .map(|w| {
            let mut words = head.clone();
            words.push(w.as_str());
            words
        })
        .collect()
}

/// The longest item read as one of each word it carries, in characters.
const MAX_COMPOUND: usize = 4;

#[derive(Clone, Copy)]
enum Rule {
    /// An item counts once for every word it carries.
    Carries,
    /// The same, but an item ending with a word is that word's only
    /// (`赣通码` is a 码, not also a 通).
    CarriesLast,
    /// An item counts for one word: the one it ends with, else starts
    /// with, else carries first.
    Owner,
    /// An item counts every time a word stands in it (`乱贴乱画` is two 乱).
    Occurrences,
}

/// Items per word, or `None` when an item carries no word.
fn owned(items: &[&str], words: &[&str], rule: Rule) -> Option<Vec<usize>> {
    let mut counts = vec![0; words.len()];
    // Every item carrying every word is a list of parallel compounds
    // (`以水定城、以水定地`): each is one of each word.
    let parallel = items.iter().all(|i| words.iter().all(|w| i.contains(w)));
    for item in items {
        let item = item.trim_end_matches('等');
        let carried: Vec<usize> = (0..words.len())
            .filter(|i| item.contains(words[*i]))
            .collect();
        if carried.is_empty() {
            return None;
        }
        // `创新创业` is one item and two 创: only occurrences read it.
        if !matches!(rule, Rule::Occurrences)
            && carried
                .iter()
                .any(|i| item.matches(words[*i]).count() > 1 && !headed(item, words[*i]))
        {
            return None;
        }
        let last = carried.iter().find(|i| item.ends_with(words[**i]));
        // A longer name carrying several words, none opening or closing it
        // (`农产品地理标志`): one word qualifies another, so the name is one
        // thing, its head's (the word standing last).
        let inner_only = !parallel
            && carried.len() > 1
            && item.chars().count() > MAX_COMPOUND
            && last.is_none()
            && !carried.iter().any(|i| item.starts_with(words[*i]));
        match rule {
            // Only a short compound is one of each word it carries
            // (`查损补失`); in a longer name one word qualifies another
            // (`农产品地理标志` is a 标, its 品 part of what it marks).
            Rule::Carries | Rule::Occurrences | Rule::CarriesLast if inner_only => return None,
            Rule::Carries => carried.iter().for_each(|i| counts[*i] += 1),
            Rule::CarriesLast => match last {
                Some(last) => counts[*last] += 1,
                None => carried.iter().for_each(|i| counts[*i] += 1),
            },
            Rule::Owner => {
                let owner = last
                    .or_else(|| carried.iter().find(|i| item.starts_with(words[**i])))
                    // In a longer name the word standing last is its head
                    // (`农产品地理标志` is a 标).
                    .or_else(|| {
                        if inner_only {
                            carried.iter().max_by_key(|i| item.rfind(words[**i]))
                        } else {
                            carried.iter().min_by_key(|i| item.find(words[**i]))
                        }
                    })?;
                counts[*owner] += 1;
            }
            // Only in short items: in a long one a word recurs by chance.
            Rule::Occurrences if item.chars().count() > 8 => return None,
            Rule::Occurrences => carried
                .iter()
                .for_each(|i| counts[*i] += item.matches(words[*i]).count()),
        }
    }
    Some(counts)
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
        assert_eq!(words("全市上下三个"), None);
        assert_eq!(words("十四五"), None);
        assert_eq!(words("1234"), None);
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
        assert_eq!(
            read("四查三补", "查账补漏、查岗补位、查短补长"),
            Some(SloganCount::Differs(vec![Some(3), None]))
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
        // The definition counts its own items in groups the readings miss.
        assert_eq!(
            read(
                "三区两线",
                "城镇、农业、生态三类空间，以及红线和边界两条控制线"
            ),
            None
        );
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
}
