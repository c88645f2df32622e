//! Slogans written as numbers: `1+5`, `8+4+3+N`, `1234`, `88政务`,
//! `三六八九`. Each number is one part, counting what its note names for it;
//! an `N` part is open-ended and counts nothing.
//!
//! A note reads such a slogan one of two ways, both by structure:
//! - each part labelled before its own list, in order (`“1”，即A；“5”，即
//!   B、C、D、E、F`, `1即A，2即B、C两个驱动`, `做强1个主导产业，即A；做大2个
//!   优势产业，即B、C`): the part's list is counted (its items, a count it
//!   restates, or one thing);
//! - each part's count written out, in order (`1个甲、6个乙、3个丙和16项丁`,
//!   `A、B等8家平台公司，C、D…4家实体公司`): the written counts are read
//!   to confirm the slogan, since a code may abbreviate (`1234` over `1家、
//!   2家、3家、40家`) or name an amount (`152` over `1个100亿元…或者2个
//!   50亿元…`); a code is reported only when a count is written for each
//!   part, all as it says but one that is no shortening of its number and
//!   that the note prints nowhere (`1+5+18` over `1个…、5个…和8项…`,
//!   `4568` over `四个…、五个…、六个…、七个…`).
//!
//! A part whose list cannot be counted makes the whole abstain; a count is
//! reported only when the other parts agree, so that the note surely speaks
//! of this slogan.

use crate::chars::{chinese_digit, is_han, is_quote, is_space, small_chinese_number};
use crate::slogan_count::{SloganCount, restated_count};

/// One number of a code slogan: its value and how it is written (`5`,
/// `三`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodePart {
    pub numeral: u32,
    pub written: String,
    /// Written between `+` signs (`8+4+3+N`), not run together (`152`).
    pub joined: bool,
}

/// The parts of a slogan written as numbers: `1+5`, `7＋5＋N`, `1234`,
/// `88政务` (digits, then words), `三六八九` (Chinese digits only). `None`
/// for anything else; an `N` part is left out.
pub fn parse_code(slogan: &str) -> Option<Vec<CodePart>> {
    // Most quoted words are no code: told before anything is built.
    if !may_be_code(slogan) {
        return None;
    }
    read_code(slogan)
}

/// Whether [`read_code`] may read `slogan`: every code holds a digit
/// (ASCII or full-width) or a plus sign, or is Chinese digits from one to
/// nine alone, past quotes and spaces.
fn may_be_code(slogan: &str) -> bool {
    slogan
        .chars()
        .any(|c| c.is_ascii_digit() || is_wide_digit(c) || matches!(c, '+' | '＋'))
        || slogan.chars().all(|c| {
            is_quote(c) || is_space(c) || chinese_digit(c).is_some_and(|n| (1..=9).contains(&n))
        })
}

/// [`parse_code`], read in full.
fn read_code(slogan: &str) -> Option<Vec<CodePart>> {
    // Full-width digits (`“２３２”工程`) are the same numbers.
    let s: String = slogan
        .chars()
        .filter(|c| !is_quote(*c) && !is_space(*c))
        .map(half_width_digit)
        .collect();
    let mut parts = Vec::new();
    let mut open = false;
    if s.contains(['+', '＋']) {
        // `5+2就业之家`: a short word after the last number names the
        // whole, as `88政务` does.
        let s = strip_trailing_word(&s);
        for piece in s.split(['+', '＋']) {
            // `N`, `X`: an open part, counting nothing.
            if matches!(piece, "N" | "n" | "X" | "x") {
                open = true;
                continue;
            }
            if piece.is_empty() || !piece.chars().all(|c| c.is_ascii_digit()) || piece.len() > 3 {
                return None;
            }
            parts.push(CodePart {
                numeral: piece.parse().ok()?,
                written: piece.to_string(),
                joined: true,
            });
        }
    } else {
        // `1234`, `88政务`: single digits, then at most a few words.
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let rest = &s[digits.len()..];
        if digits.len() >= 2 {
            if rest.chars().count() > 4 || !rest.chars().all(is_han) {
                return None;
            }
            for c in digits.chars() {
                parts.push(CodePart {
                    numeral: c.to_digit(10)?,
                    written: c.to_string(),
                    joined: false,
                });
            }
        } else {
            // `三六八九`: Chinese digits only.
            let count = s.chars().count();
            if !(2..=6).contains(&count) {
                return None;
            }
            for c in s.chars() {
                let n = chinese_digit(c).filter(|n| (1..=9).contains(n))?;
                parts.push(CodePart {
                    numeral: n,
                    written: c.to_string(),
                    joined: false,
                });
            }
        }
    }
    // Each part as written: full-width in a full-width slogan.
    if slogan.contains(is_wide_digit) {
        for part in &mut parts {
            part.written = part.written.chars().map(full_width_digit).collect();
        }
    }
    // A zero counts nothing: `2030` is a year.
    let counting = parts.iter().all(|p| p.numeral >= 1) && parts.iter().any(|p| p.numeral > 1);
    // One number beside an open part (`9+N`) counts its own list.
    (counting && (parts.len() >= 2 || open && parts.len() == 1)).then_some(parts)
}

/// The most characters of a word after a code's last number (`就业之家`).
const MAX_CODE_WORD: usize = 4;

/// `5+2就业之家` → `5+2`: a code with a short word of Han characters, no
/// numerals, after its last number; anything else as it is.
fn strip_trailing_word(s: &str) -> &str {
    let word_at = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_han(*c) && chinese_digit(*c).is_none())
        .last()
        .map_or(s.len(), |(i, _)| i);
    let word = &s[word_at..];
    let code = &s[..word_at];
    if word.chars().count() <= MAX_CODE_WORD && code.ends_with(|c: char| c.is_ascii_digit()) {
        code
    } else {
        s
    }
}

/// `1+N`: one thing beside an open part. [`parse_code`] leaves it out (a
/// code of ones counts nothing), but a note labelling the one thing
/// (`“1”即《甲意见》；“N”即…`) confirms it; never more, since the one may
/// be a whole of several (`“1”即甲、乙两项制度`).
pub fn parse_one_beside_open(slogan: &str) -> Option<CodePart> {
    let s: String = slogan
        .chars()
        .filter(|c| !is_quote(*c) && !is_space(*c))
        .map(half_width_digit)
        .collect();
    let (one, open) = s.split_once(['+', '＋'])?;
    (one == "1" && matches!(open, "N" | "n" | "X" | "x")).then(|| CodePart {
        numeral: 1,
        written: slogan
            .chars()
            .find(|c| *c == '1' || *c == '１')
            .map_or_else(|| "1".to_string(), String::from),
        joined: true,
    })
}

fn is_wide_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// A full-width digit as its ASCII one; anything else kept.
fn half_width_digit(c: char) -> char {
    match crate::chars::digit_value(c) {
        Some(d) if is_wide_digit(c) => char::from_digit(d, 10).unwrap_or(c),
        _ => c,
    }
}

/// An ASCII digit as its full-width one; anything else kept.
fn full_width_digit(c: char) -> char {
    match c {
        '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
        _ => c,
    }
}

/// What `definition` says of a code slogan's parts (see the module notes).
/// A slogan or note typed with full-width digits (`“２３２”`, `１个甲、３个
/// 乙`) is read in ASCII ones.
pub fn count_code(parts: &[CodePart], definition: &str) -> Option<SloganCount> {
    if definition.contains(is_wide_digit) || parts.iter().any(|p| p.written.contains(is_wide_digit))
    {
        let definition: String = definition.chars().map(half_width_digit).collect();
        let parts: Vec<CodePart> = parts
            .iter()
            .map(|p| CodePart {
                written: p.written.chars().map(half_width_digit).collect(),
                ..p.clone()
            })
            .collect();
        return count_ascii_code(&parts, &definition);
    }
    count_ascii_code(parts, definition)
}

fn count_ascii_code(parts: &[CodePart], definition: &str) -> Option<SloganCount> {
    let stated: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    let labelled = labelled_counts(parts, definition);
    if let Some(counts) = &labelled {
        return judge(&stated, counts);
    }
    if let Some(counts) = named_segments(parts, definition)
        && let Some(reading) = judge(&stated, &counts)
    {
        return Some(reading);
    }
    // The counts written out: the whole note, or one of its sentences;
    // what the open part names is none of them.
    let definition = cut_open_part(definition);
    let whole = written_counts(definition);
    let sentences = definition.split('。').map(written_counts);
    let readings: Vec<Vec<usize>> = std::iter::once(whole).chain(sentences).collect();
    if readings.contains(&stated) {
        return Some(SloganCount::Holds);
    }
    // `打造A、B、C3大集群和9条产业链，A要打造…四大产业链…`: one clause
    // restates the code, the rest breaks its parts down. Only to confirm:
    // the breakdown's counts are no reading of the code.
    if stated.len() >= 2
        && definition
            .split(['。', '，', '；', ',', ';'])
            .any(|clause| written_counts(clause) == stated)
    {
        return Some(SloganCount::Holds);
    }
    // `构建“一个体系”（…），狠抓“两大提升”（…），…` for `12`: each part
    // restated in turn, by a quoted slogan of its numeral or a count.
    if stated.len() >= 2 && restating_counts(definition).as_ref() == Some(&stated) {
        return Some(SloganCount::Holds);
    }
    // `甲、乙A园和丙、丁、戊B园` for `2+3`, `A、B、C及D` for `3+1`: one
    // group of names per part, joined by `和` or `及`, in order.
    if let Some(groups) = joined_groups(definition, parts.len()) {
        if groups == stated {
            return Some(SloganCount::Holds);
        }
        // A plain list of names (no `等`, no clause after it) counts its
        // parts as surely as labels would: one group off is wrong.
        if plain_names(definition)
            && let Some(reading) = one_count_off(&stated, &[groups], definition)
        {
            return Some(reading);
        }
    }
    if let Some(reading) = runs_by_closing_word(&stated, definition) {
        return Some(reading);
    }
    if let Some(reading) = crate::slogan_groups::clause_groups_in_note(&stated, definition) {
        return Some(reading);
    }
    one_count_off(&stated, &readings, definition)
}

/// `10+1` over `甲改革、乙改革、…、丙创新`: one plain `、` list whose items
/// fall, in order, into runs closing with one word each, a run per part.
/// The runs give the parts' counts; a list as long as the code adds up to
/// confirms it whatever the runs.
fn runs_by_closing_word(stated: &[usize], definition: &str) -> Option<SloganCount> {
    const MAX_ITEM: usize = 20;
    let list = definition.trim_end_matches(|c: char| c == '。' || is_space(c));
    let list =
        list.split_once(['：', ':']).map_or(
            list,
            |(lead, rest)| if lead.contains('、') { list } else { rest },
        );
    if list.contains(['，', ',', '；', ';', '。', '等']) {
        return None;
    }
    let items: Vec<&str> = list.split('、').collect();
    if items.len() < 3
        || items
            .iter()
            .any(|i| i.is_empty() || name_length(i) > MAX_ITEM)
    {
        return None;
    }
    if items.len() == stated.iter().sum::<usize>() {
        return Some(SloganCount::Holds);
    }
    // A list closing with its own count (`甲、乙、丙3个校舍项目`), or one
    // that labels a part (`“3”指…`), is read by those, not by its endings.
    if restated_count(list).is_some()
        || stated
            .iter()
            .any(|n| list.contains(&format!("“{n}”")) || list.starts_with(&n.to_string()))
    {
        return None;
    }
    let ending = |item: &str| -> String {
        let chars: Vec<char> = item.chars().collect();
        chars[chars.len().saturating_sub(2)..].iter().collect()
    };
    let mut runs: Vec<(String, usize)> = Vec::new();
    for item in &items {
        let end = ending(item);
        match runs.last_mut() {
            Some((word, n)) if *word == end => *n += 1,
            _ => runs.push((end, 1)),
        }
    }
    let counts: Vec<usize> = runs.iter().map(|(_, n)| *n).collect();
    if counts.len() != stated.len() || counts.iter().all(|n| *n == 1) {
        return None;
    }
    let off = counts.iter().zip(stated).filter(|(c, s)| c != s).count();
    (off == 1).then(|| SloganCount::Differs(counts.into_iter().map(Some).collect()))
}

/// The `、` items of each group of a note joined by `和` or `及` (not
/// `及其`, which names what belongs to the items before), when it makes
/// `parts` groups; a group of one name is one item.
fn joined_groups(definition: &str, parts: usize) -> Option<Vec<usize>> {
    let list = definition.trim_end_matches(|c: char| c == '。' || is_space(c));
    if list.contains("及其") || list.contains(['，', ',', '；', ';', '。']) {
        return None;
    }
    let groups: Vec<&str> = list
        .split("以及")
        .flat_map(|g| g.split(['和', '及']))
        .collect();
    (groups.len() == parts && groups.iter().all(|g| !g.trim_matches(is_space).is_empty()))
        .then(|| groups.iter().map(|g| g.split('、').count()).collect())
}

/// Whether a note is one plain list of names: no `等` closing it early,
/// no `的` making a phrase of it, every name short.
fn plain_names(definition: &str) -> bool {
    const MAX_NAME: usize = 16;
    !definition.contains(['等', '的'])
        && definition
            .split(['、', '和', '及'])
            .all(|name| name.chars().count() <= MAX_NAME)
}

/// Counts written out for every part of a code, in order, all but one as
/// the code says (`8+4+3` over `A、B等9家…，C…4家…，D…3家…`, `4568` over
/// `四个…、五个…、六个…、七个…`): that one is wrong.
/// A code may abbreviate a count by its first digit (`1234` over `1家、
/// 2家、3家、40家`), or name an amount the note prints (`152` over `1个
/// 100亿元以上或者2个50亿元以上的项目`): that says nothing. Readings of as
/// many counts as parts must agree.
fn one_count_off(
    stated: &[usize],
    readings: &[Vec<usize>],
    definition: &str,
) -> Option<SloganCount> {
    let mut fitting = readings.iter().filter(|r| r.len() == stated.len());
    let first = fitting.next()?;
    if fitting.any(|r| r != first) || stated.len() < 2 {
        return None;
    }
    let off: Vec<usize> = (0..stated.len())
        .filter(|i| first[*i] != stated[*i])
        .collect();
    let [k] = off.as_slice() else {
        return None;
    };
    let abbreviated = first[*k].to_string().starts_with(&stated[*k].to_string());
    (!abbreviated && !printed_in(definition, stated[*k]))
        .then(|| SloganCount::Differs(first.iter().map(|n| Some(*n)).collect()))
}

/// Whether `definition` prints the number `n` anywhere, or starts a number
/// with it: in digits (`50亿元` for 5), or for a digit, in Chinese (`五`).
fn printed_in(definition: &str, n: usize) -> bool {
    let digits = n.to_string();
    let in_digits = definition.match_indices(digits.as_str()).any(|(at, _)| {
        !definition[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    });
    let in_chinese = n < 10
        && definition
            .chars()
            .any(|c| chinese_digit(c) == Some(n as u32));
    in_digits || in_chinese
}

/// Holds when every part's list may hold its numeral; differs when a
/// part's list surely holds another count; else nothing is known.
fn judge(stated: &[usize], counts: &[Option<Vec<usize>>]) -> Option<SloganCount> {
    let fits = |c: &Option<Vec<usize>>, n: usize| c.as_ref().is_some_and(|c| c.contains(&n));
    if counts.iter().zip(stated).all(|(c, n)| fits(c, *n)) {
        return Some(SloganCount::Holds);
    }
    let agreed: Vec<Option<usize>> = counts
        .iter()
        .map(|c| match c.as_deref() {
            Some([one]) => Some(*one),
            _ => None,
        })
        .collect();
    let differs = agreed
        .iter()
        .zip(stated)
        .any(|(c, n)| c.is_some_and(|c| c != *n));
    differs.then_some(SloganCount::Differs(agreed))
}

/// Each part named in words in its own `；` segment, in order (`333` over
/// `围绕甲山、乙山、丙山开展“三山”…；沿A水、B水、C水开展“三水”…；…`): a
/// segment quotes one slogan of a single part, and its list, read as that
/// slogan's (the list before the quote, else the segment), is the part's.
/// `None` unless there are as many segments as parts, each so; a list that
/// does not read gives `None` for its part.
fn named_segments(parts: &[CodePart], definition: &str) -> Option<Vec<Option<Vec<usize>>>> {
    use crate::slogan_count::{count_items, parse_slogan};
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| p.written.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let segments: Vec<&str> = definition
        .trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c))
        .split(['；', ';'])
        .collect();
    if segments.len() != parts.len() {
        return None;
    }
    let mut counts = Vec::with_capacity(parts.len());
    for segment in segments {
        // The one quoted slogan of a single part in the segment.
        let mut named = segment.split('“').skip(1).filter_map(|q| {
            let (inner, _) = q.split_once('”')?;
            let part = parse_slogan(inner).filter(|p| p.len() == 1)?;
            let before = &segment[..segment.find(&format!("“{inner}”"))?];
            Some((part, before))
        });
        let (part, before) = match named.next() {
            Some(found) => {
                if named.next().is_some() {
                    return None;
                }
                found
            }
            // `一甲：…；两乙：A、B；三丙：C、D、E`: the segment labelled by
            // its part's own slogan before a colon.
            None => labelled_by_slogan(segment)?,
        };
        // A slogan of one (`一个定位`) names one thing, whatever its words.
        if part[0].numeral == 1 {
            counts.push(Some(vec![1]));
            continue;
        }
        let reading = count_items(&part, before).or_else(|| count_items(&part, segment));
        counts.push(match reading {
            Some(SloganCount::Holds) => Some(vec![part[0].numeral as usize]),
            Some(SloganCount::Differs(agreed)) => agreed[0].map(|n| vec![n]),
            None => None,
        });
    }
    Some(counts)
}

/// The most characters of a slogan labelling a code's segment.
const MAX_SEGMENT_LABEL: usize = 8;

/// A segment opening with a slogan of one part and a colon (`两提升：A、
/// B`): the slogan's parts, and its list after the colon.
fn labelled_by_slogan(segment: &str) -> Option<(Vec<crate::slogan_count::SloganPart>, &str)> {
    let segment = segment.trim_start_matches(|c: char| is_space(c) || is_quote(c));
    let colon = segment.find(['：', ':'])?;
    let label = segment[..colon].trim_matches(is_quote);
    if label.chars().count() > MAX_SEGMENT_LABEL {
        return None;
    }
    let part = crate::slogan_count::parse_slogan(label).filter(|p| p.len() == 1)?;
    let width = segment[colon..].chars().next().map_or(1, char::len_utf8);
    Some((part, &segment[colon + width..]))
}

/// Words after a part's label, before its list.
const LABEL_WORDS: &[&str] = &[
    "，即：",
    "，即",
    ",即",
    // `“10”，指A、B…；“1”，指C`.
    "，是指",
    "，指",
    ",是指",
    ",指",
    "即：",
    "即",
    "是指",
    "指",
    "：",
    ":",
    // `1是把握一个甲，即…`: a bare number, then what it is.
    "就是",
    "是",
];

/// Measure words of a count written out (`6个`, `8家`, `三件`, `六场`).
const COUNT_MEASURES: &[char] = &[
    '个', '家', '项', '条', '类', '种', '大', '所', '支', '座', '片', '张', '篇', '批', '处', '件',
    '场', '股', '名', '套',
];

/// Per part, in order, the count of the list its label opens; `None`
/// unless every part is labelled, or when a list cannot be counted (then
/// `Some` holds `None` for it).
fn labelled_counts(parts: &[CodePart], definition: &str) -> Option<Vec<Option<Vec<usize>>>> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    let mut renumbered = false;
    for part in parts {
        let (start, list) = match find_label(definition, from, part) {
            Some(found) => found,
            // One part's label printed with another number (`2+5` over
            // `“1”，即…；“5”，即…`): the next label in order is its.
            None if !renumbered && part.written.chars().all(|c| c.is_ascii_digit()) => {
                renumbered = true;
                // A label in figures needs a digit: with none left, no
                // other number labels the part either (told in one pass,
                // not one search per number).
                if !definition
                    .get(from..)
                    .is_some_and(|rest| rest.bytes().any(|b| b.is_ascii_digit()))
                {
                    return None;
                }
                (1..=30u32)
                    .filter(|n| *n != part.numeral)
                    .filter_map(|n| {
                        let other = CodePart {
                            numeral: n,
                            written: n.to_string(),
                            joined: part.joined,
                        };
                        find_label(definition, from, &other)
                    })
                    .min()?
            }
            None => return None,
        };
        spans.push((start, list));
        from = list;
    }
    let mut counts = Vec::new();
    for (k, &(label, list)) in spans.iter().enumerate() {
        let next = spans.get(k + 1);
        let end = next.map_or(definition.len(), |s| s.0);
        let mut text = definition.get(list..end)?;
        // The words leading to the next label (`；做大` before `2个…，即`).
        if next.is_some()
            && let Some(p) = text.rfind(['；', '，', ';', ',', '。'])
            && !text[p..].contains('、')
        {
            text = &text[..p];
        }
        // A trailing `N` part's label ends the last list.
        let text = cut_open_part(text);
        // A part of one with no list names one thing, however long its name;
        // so does one whose first clause lists nothing, the clauses after
        // it saying what the thing is for (`“1”即发挥甲作用，明确乙`).
        let one = parts[k].numeral == 1
            && (!text.contains(['、', '；', ';', '，', ','])
                || text
                    .split_once(['，', ','])
                    .is_some_and(|(first, _)| names_nothing_else(first)));
        let mut read = count_list(text).or_else(|| one.then(|| vec![1]));
        // After a bare `是` the words may describe rather than list
        // (`“一”是担负起为甲、争做乙的使命`): only a count they write out.
        if definition[label..list].ends_with('是') {
            let written = written_counts(text);
            read = read.filter(|counts| counts.iter().all(|n| written.contains(n)));
        }
        counts.push(read);
    }
    Some(counts)
}

/// Whether a clause names one thing: no list in it (`、`, a join), no
/// count of several, no quote that might hold a list.
fn names_nothing_else(clause: &str) -> bool {
    !clause.is_empty()
        && !clause.contains(['、', '和', '及', '与', '“', '；', ';'])
        && written_counts(clause).iter().all(|n| *n == 1)
}

/// `“N”即…` / `，N是指…`: the open part, and what follows it.
fn cut_open_part(text: &str) -> &str {
    for open in [
        "“N”", "，N即", "，N是", "，N指", "；N", "“X”", "，X即", "，X是", "，X指", "；X",
    ] {
        if let Some(p) = text.find(open) {
            return &text[..p];
        }
    }
    text
}

/// The next label of `part` at or after `from`: where it starts and where
/// its list starts. A label is the part's number standing alone (quoted or
/// not, never inside a longer number), maybe followed by a few words of
/// what it counts (`1个主导产业`), then a label word (`即`, `是指`, `：`).
fn find_label(definition: &str, from: usize, part: &CodePart) -> Option<(usize, usize)> {
    let mut at = from;
    while let Some(p) = definition.get(at..)?.find(part.written.as_str()) {
        let start = at + p;
        let end = start + part.written.len();
        at = end;
        let before = definition[..start].chars().next_back();
        let after = definition[end..].chars().next();
        let digit = |c: Option<char>| {
            c.is_some_and(|c| c.is_ascii_digit() || chinese_digit(c).is_some() || c == '.')
        };
        if digit(before) || digit(after) {
            continue;
        }
        let rest = definition[end..].trim_start_matches(is_quote);
        let skipped = definition.len() - end - rest.len();
        // A few words of what is counted (`个主导产业`), no break.
        let words: usize = rest
            .char_indices()
            .take(10)
            .take_while(|(_, c)| is_han(*c) && *c != '即')
            .map(|(_, c)| c.len_utf8())
            .sum();
        for lead in [0, words] {
            let tail = &rest[lead..];
            if let Some(word) = LABEL_WORDS.iter().find(|w| tail.starts_with(*w)) {
                // Bare words between the number and the label word must
                // name what is counted, not run on (`1即`, `1个产业，即`).
                if lead > 0 && !rest.starts_with(COUNT_MEASURES) {
                    continue;
                }
                let label_start = definition[..start].trim_end_matches(is_quote).len();
                return Some((label_start, end + skipped + lead + word.len()));
            }
        }
    }
    None
}

/// How many things a part's own list may name: a count it restates (`A、B
/// 两个驱动`, `“三件大事”`, `两个优势产业`), its `、` items (`A和B` one or
/// two), or one thing. `None` when the list is no plain list of short
/// items.
fn count_list(list: &str) -> Option<Vec<usize>> {
    let list = list
        .trim_matches(|c: char| is_space(c) || matches!(c, '，' | ',' | '；' | ';' | '。'))
        .trim_start_matches(['：', ':']);
    if list.is_empty() {
        return None;
    }
    let list = strip_page(list);
    // `紧扣“甲、乙、丙”这一主线`: the things named as one (`这一`), the
    // list closing with what they make.
    if let Some(p) = list.rfind("这一")
        && !list[p..].contains(['、', '，', ',', '；', ';', '“'])
    {
        return Some(vec![1]);
    }
    // `《甲办法》《乙规定》《丙细则》`: documents named side by side.
    if let Some(n) = titles(list) {
        return Some(vec![n]);
    }
    let restated = restated_count(list);
    // `着力两个较高，即甲和乙`: the count named before `，即` is what its
    // list spells out, unless the list restates a count it agrees with
    // (the restated count alone would read the lead as one name).
    if !matches!(restated, Some(Some(_)))
        && let Some(lead) = list.find("，即")
        && list[..lead].chars().count() <= 16
        && let [n] = written_counts(&list[..lead]).as_slice()
    {
        return Some(vec![*n]);
    }
    if let Some(restated) = restated {
        return restated.map(|n| vec![n]);
    }
    // `夯实两个基础：甲；乙`: the count the list opens with.
    if let Some(colon) = list.find(['：', ':'])
        && list[..colon].chars().count() <= 16
        && let [n] = written_counts(&list[..colon]).as_slice()
    {
        return Some(vec![*n]);
    }
    // `两条线路，一条…，一条…`: the count the list opens with, its first
    // clause naming nothing but the counted things.
    if let Some(n) = opening_count(list) {
        return Some(vec![n]);
    }
    // `“五位一体”主体组织，包括A、B、C、D、E`: what the part is, then all
    // its things (none left open by `等`).
    if let Some((_, things)) = list.split_once("，包括")
        && !things.contains('等')
        && things.contains('、')
    {
        return count_list(things);
    }
    if list.contains(['，', ',', '；', ';', '：', ':', '。']) {
        return None;
    }
    // `A、B、C“三站”配套组织`: the list named after its last item by a
    // quoted numeral word; the items are before it.
    let list = match list.rfind('“') {
        Some(q)
            if list[..q].contains('、')
                && !list[q..].contains('、')
                && !list[..q].ends_with('、')
                && list[q + '“'.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(|c| chinese_digit(c).is_some_and(|n| n >= 2)) =>
        {
            &list[..q]
        }
        _ => list,
    };
    let items: Vec<&str> = list.split('、').filter(|i| !i.is_empty()).collect();
    // One thing naming its count (`两个优势产业`, `一项总体方案`).
    if let [one] = items.as_slice()
        && let [n] = written_counts(one).as_slice()
    {
        return Some(vec![*n]);
    }
    // A last item too long for one name but two closed by `以及` is
    // surely two things.
    let closing_pair = items
        .last()
        .is_some_and(|i| name_length(i) > MAX_NAME && closing_pair_of_names(i));
    let (items, sure) = match closing_pair {
        true => (&items[..items.len() - 1], 2),
        false => (&items[..], 0),
    };
    if !items.iter().all(|i| name_length(i) <= MAX_NAME) && !names_of_one_kind(items) {
        return None;
    }
    let joins = items
        .iter()
        .filter(|i| ["和", "及", "与", "以及"].iter().any(|w| i.contains(w)))
        .count();
    let least = items.len() + sure;
    let mut counts: Vec<usize> = (least..=least + joins).collect();
    counts.dedup();
    Some(counts)
}

/// The most characters of an item a part's list is read with: a longer
/// one is rather a clause.
const MAX_NAME: usize = 16;

/// Whether a list's last item is two short names joined by `以及`, the
/// word that closes a list of names (`甲、乙以及丙丁指定场地`: the
/// last name may carry the head all of them share). `和` also joins
/// clauses (`提升甲水平和质量`), so only `以及` reads so.
fn closing_pair_of_names(item: &str) -> bool {
    matches!(item.split_once("以及"), Some((a, b))
        if !a.is_empty() && !b.contains("以及")
            && name_length(a) <= MAX_NAME && name_length(b) <= MAX_NAME)
}

/// The most characters of a name that shares its kind with the others.
const MAX_KIND_NAME: usize = 2 * MAX_NAME;

/// Whether a part's items, each cut at its join, are names of one kind:
/// two or more, each closing with the same two characters, none of
/// clause length (`甲院士康养基地和乙产业人才创新创业示范基地`). A long
/// name of a kind is still a name; long items of different endings may be
/// clauses (`加快推进甲、全面提升乙水平和质量`).
fn names_of_one_kind(items: &[&str]) -> bool {
    let names: Vec<&str> = items
        .iter()
        .flat_map(|i| i.split("以及").flat_map(|h| h.split(['和', '及', '与'])))
        .collect();
    let head = |n: &str| -> Option<String> {
        let chars: Vec<char> = n.chars().collect();
        (chars.len() >= 2 && chars[chars.len() - 2..].iter().all(|c| is_han(*c)))
            .then(|| chars[chars.len() - 2..].iter().collect())
    };
    let Some(first) = names.first().and_then(|n| head(n)) else {
        return false;
    };
    names.len() >= 2
        && names
            .iter()
            .all(|n| name_length(n) <= MAX_KIND_NAME && head(n).as_deref() == Some(first.as_str()))
}

/// The counts a note writes out, in order (see [`written_counts`]), with
/// each quoted slogan of one part read as its numeral (`“三区”`, `“两大提
/// 升”`, each in a clause of its own) and no count inside it. `None` when
/// a quoted slogan has several parts (which of its numerals would count?)
/// or shares its clause with the count before it.
fn restating_counts(definition: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut depth = 0i32;
    let mut rest = definition;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            '“' if depth == 0 => {
                let close = rest.find('”')?;
                let quoted = &rest[..close];
                rest = &rest[close + '”'.len_utf8()..];
                out.extend(written_counts(&plain));
                // Each quoted part in a clause of its own (`“三山”“两河”`
                // side by side may be one thing named twice).
                let apart = out.is_empty() || plain.contains(['，', '；', '。', ',', ';']);
                plain.clear();
                match crate::slogan_count::parse_slogan(quoted).as_deref() {
                    Some([one]) if apart => out.push(one.numeral as usize),
                    Some(_) => return None,
                    None => {}
                }
                continue;
            }
            _ => {}
        }
        if depth == 0 && c != '）' && c != ')' {
            plain.push(c);
        } else {
            // A bracket breaks the plain text: no count runs across it.
            plain.push('，');
        }
    }
    out.extend(written_counts(&plain));
    Some(out)
}

/// The count a list opens with when its first clause is that count and
/// what it counts (`两条精品线路`, `1个中心`, or quoted as the slogan it
/// stands for, `“九个攻坚”`), and more clauses follow.
fn opening_count(list: &str) -> Option<usize> {
    let (first, _) = list.split_once(['，', ',', '；', ';'])?;
    let first = match first.strip_prefix('“').and_then(|f| f.strip_suffix('”')) {
        Some(quoted) if !quoted.contains(['“', '”']) => quoted,
        _ => first,
    };
    let opens = first.starts_with(|c: char| c.is_ascii_digit() || chinese_digit(c).is_some());
    if !opens || first.chars().count() > 16 || first.contains(['、', '和', '及', '与']) {
        return None;
    }
    match written_counts(first).as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

/// An item's length in characters, a quoted name in it counted as one
/// word (`“甲乙丙丁”专项行动方案` is a name of a few words, not a clause).
fn name_length(item: &str) -> usize {
    let mut length = 0;
    let mut quoted = false;
    for c in item.chars() {
        match c {
            '“' => {
                quoted = true;
                length += 1;
            }
            '”' => quoted = false,
            _ if !quoted => length += 1,
            _ => {}
        }
    }
    length
}

/// How many book titles a list is made of, when it is nothing else
/// (`《A》《B》`, `《A》、《B》`; titles inside titles are parts of them).
fn titles(list: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut count = 0;
    for c in list.chars() {
        match c {
            '《' => {
                if depth == 0 {
                    count += 1;
                }
                depth += 1;
            }
            '》' => depth -= 1,
            _ if depth > 0 => {}
            '、' => {}
            c if is_space(c) => {}
            _ => return None,
        }
        if depth < 0 {
            return None;
        }
    }
    (depth == 0 && count > 0).then_some(count)
}

/// `…（见第3页）` → `…`.
fn strip_page(list: &str) -> &str {
    for open in ["(见第", "（见第"] {
        if let Some(p) = list.rfind(open) {
            return list[..p].trim_end_matches(|c: char| is_space(c) || c == '。');
        }
    }
    list
}

/// The counts a note writes out, in order: a number (`6`, `三`, `两`)
/// right before a measure word, outside brackets, not part of a longer
/// number or a date.
pub(crate) fn written_counts(definition: &str) -> Vec<usize> {
    let chars: Vec<char> = definition.chars().collect();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
        let starts_number = c.is_ascii_digit() || chinese_digit(c).is_some_and(|n| n >= 1);
        let prev = i.checked_sub(1).map(|k| chars[k]);
        let inside = prev.is_some_and(|p| {
            p.is_ascii_digit() || p == '.' || chinese_digit(p).is_some() || p == '第'
        });
        if depth != 0 || !starts_number || inside {
            i += 1;
            continue;
        }
        let run: String = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || chinese_digit(**c).is_some())
            .collect();
        let len = run.chars().count();
        // `1 个总体规划`: a space may stand before the measure word.
        let mut next = i + len;
        while chars.get(next).is_some_and(|c| is_space(*c)) {
            next += 1;
        }
        let value = if run.chars().all(|c| c.is_ascii_digit()) {
            run.parse::<usize>().ok()
        } else {
            small_chinese_number(&run).map(|n| n as usize)
        };
        if let Some(n) = value.filter(|n| *n >= 1)
            && chars.get(next).is_some_and(|c| COUNT_MEASURES.contains(c))
        {
            out.push(n);
        }
        i += len.max(1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(slogan: &str, definition: &str) -> Option<SloganCount> {
        count_code(&parse_code(slogan)?, definition)
    }

    #[test]
    fn each_part_named_in_words_in_its_own_segment() {
        let named = "围绕东山、西山、南山开展“三山”绿化；沿甲河、乙河开展“两河”治理；\
                     整治北湖、中湖、小湖、新湖“四湖”水质。";
        assert_eq!(read("324", named), Some(SloganCount::Holds));
        assert_eq!(
            read("334", named),
            Some(SloganCount::Differs(vec![Some(3), Some(2), Some(4)]))
        );
        // A segment naming two slogans, or fewer segments than parts: no
        // reading of this kind.
        assert_eq!(read("32", "开展“三山”“两河”治理；沿甲河建设。"), None);
        // A part of one names one thing, however many words describe it.
        let ones = "坚持“一个中心”：是指甲、乙两区；建设“两个基地”：是指A基地、B基地。";
        assert_eq!(read("12", ones), Some(SloganCount::Holds));
    }

    /// The cheap test before a code is read leaves out only what reads
    /// as no code.
    #[test]
    fn words_told_no_code_read_as_none() {
        let slogans = [
            "1+5",
            "8+4+3+N",
            "７＋５＋N",
            "1234",
            "２３２",
            "88政务",
            "三六八九",
            "“三六八九”",
            "三 六",
            "十三五",
            "机会清单",
            "三新一高",
            "四个一",
            "2030",
            "5+2就业之家",
            "一二",
            "零一",
            "九",
            "",
            "“”",
            "N+1",
            "三六八九十",
            "1三",
            "A+B",
        ];
        let mut codes = 0;
        for slogan in slogans {
            assert_eq!(parse_code(slogan), read_code(slogan), "{slogan:?}");
            codes += usize::from(read_code(slogan).is_some());
            if !may_be_code(slogan) {
                assert_eq!(read_code(slogan), None, "{slogan:?}");
            }
        }
        assert!(codes >= 6, "{codes}");
        assert!(!may_be_code("机会清单") && !may_be_code("三新一高"));
    }

    #[test]
    fn labels_in_figures_need_a_digit() {
        let parts = parse_code("2+5").expect("code");
        // No digit at all: no part is labelled, by its number or another.
        assert_eq!(labelled_counts(&parts, "甲、乙；丙、丁、戊、己、庚"), None);
        // One part's label printed with another number is still found.
        let renumbered = "“1”，即甲、乙；“5”，即丙、丁、戊、己、庚";
        assert!(labelled_counts(&parts, renumbered).is_some());
    }

    #[test]
    fn code_slogans_are_parsed_by_number() {
        let numerals =
            |s: &str| parse_code(s).map(|p| p.iter().map(|p| p.numeral).collect::<Vec<_>>());
        assert_eq!(numerals("2+6+N"), Some(vec![2, 6]));
        assert_eq!(numerals("3＋1"), Some(vec![3, 1]));
        assert_eq!(numerals("2341"), Some(vec![2, 3, 4, 1]));
        assert_eq!(numerals("66服务"), Some(vec![6, 6]));
        assert_eq!(numerals("5+2服务之家"), Some(vec![5, 2]));
        // A word of numerals, or too long a word, is no name of the whole.
        assert_eq!(numerals("5+2一体化"), None);
        assert_eq!(numerals("5+2甲乙丙丁戊"), None);
        assert_eq!(numerals("二四六"), Some(vec![2, 4, 6]));
        assert_eq!(numerals("12345热线"), Some(vec![1, 2, 3, 4, 5]));
        assert_eq!(numerals("1"), None);
        assert_eq!(numerals("三个一批"), None);
        assert_eq!(numerals("2030先锋工程"), None);
    }

    #[test]
    fn a_part_of_one_is_one_clause_before_what_it_is_for() {
        let labelled = "“1”即加强党组织的引领，回答“谁来办”；“2”即采取上门和线上两种方式，\
                        回答“怎么办”；“3”即围绕甲事、乙事、丙事三类事项，回答“办什么”。";
        assert_eq!(read("123", labelled), Some(SloganCount::Holds));
        assert_eq!(
            read("124", labelled),
            Some(SloganCount::Differs(vec![Some(1), Some(2), Some(3)]))
        );
        // A first clause that lists is no one thing.
        let listed = "“1”即甲、乙，回答“谁来办”；“2”即上门和线上两种方式。";
        assert_eq!(read("12", listed), None);
    }

    #[test]
    fn a_bare_number_then_the_count_its_list_spells_out() {
        let bare = "1是守住一条底线，即不发生重大事故；2是实现两个提高，即甲效率提高和乙质量\
                    提高；3是抓好三项工作，即A、B、C。";
        assert_eq!(read("123", bare), Some(SloganCount::Holds));
        // Words after `是` that describe one thing are no list of two.
        let described = "“1”是担负起为甲区争先、为乙区添彩的使命；“3”是抓好三项工作，即A、B、C。";
        assert_eq!(read("13", described), None);
        assert_eq!(
            read("124", bare),
            Some(SloganCount::Differs(vec![Some(1), Some(2), Some(3)]))
        );
    }

    #[test]
    fn each_number_labelled_before_its_list() {
        assert_eq!(
            read(
                "1+4",
                "“1”，即一项总体方案；“4”，即甲、乙、丙、丁四项配套措施。"
            ),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read(
                "1+3",
                "“1”，即一项总体方案；“3”，即甲、乙、丙、丁四项配套措施。"
            ),
            Some(SloganCount::Differs(vec![Some(1), Some(4)]))
        );
        // A list whose restated count is not its length: abstain.
        assert_eq!(
            read(
                "1+4",
                "“1”，即一项总体方案；“4”，即甲、乙、丙、丁三项配套措施。"
            ),
            None
        );
        assert_eq!(
            read(
                "1+3",
                "“1”，即一项总体方案；“3”，即甲整治、乙整治、丙整治、丁整治。"
            ),
            Some(SloganCount::Differs(vec![Some(1), Some(4)]))
        );
        assert_eq!(
            read(
                "123",
                "1即一个中心，2即东区、西区两个片区，3即甲、乙、丙三条廊道"
            ),
            Some(SloganCount::Holds)
        );
        // A slogan printed with another number than its label.
        assert_eq!(
            read(
                "124",
                "1即一个中心，2即东区、西区两个片区，3即甲、乙、丙三条廊道"
            ),
            Some(SloganCount::Differs(vec![Some(1), Some(2), Some(3)]))
        );
        assert_eq!(
            read(
                "132",
                "做强1个主导产业，即机械制造；做大3个优势产业，即食品、纺织、建材；培育2个新兴产业，即电子、医药。"
            ),
            Some(SloganCount::Holds)
        );
    }

    #[test]
    fn one_group_of_names_per_part_confirms() {
        let text = "甲、乙承接转移园和丙、丁、戊沿边产业园。";
        assert_eq!(read("2+3", text), Some(SloganCount::Holds));
        // A plain list of names counts its groups: one off is wrong.
        assert_eq!(
            read("3+3", text),
            Some(SloganCount::Differs(vec![Some(2), Some(3)]))
        );
        assert_eq!(
            read("3+1", "甲病、乙病、丙病及丁病防治。"),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            read("4+1", "甲病、乙病、丙病及丁病防治。"),
            Some(SloganCount::Differs(vec![Some(3), Some(1)]))
        );
        // A list closed by `等`, or a phrase, only ever confirms.
        let text = "对甲、乙、丙和丁等任务的补缺扫尾。";
        assert_eq!(read("3+1", text), Some(SloganCount::Holds));
        assert_eq!(read("4+1", text), None);
        // `及其` names what belongs to the items before it.
        assert_eq!(read("2+1", "甲河、乙河及其沿岸。"), None);
    }

    #[test]
    fn a_quoted_name_in_an_item_is_one_word_of_it() {
        let text = "“1”即甲方案；“2”即乙领域“四个统一”推进方案、“一次办好一类事”专项行动实施方案；“N”即若干配套细则。";
        assert_eq!(read("1+2+N", text), Some(SloganCount::Holds));
        assert_eq!(
            read("1+3+N", text),
            Some(SloganCount::Differs(vec![Some(1), Some(2)]))
        );
    }

    #[test]
    fn a_part_of_one_names_one_thing_however_long() {
        let text = "“1”即甲市持续深化一流营商环境建设三年行动实施方案；“2”即乙方案、丙方案。";
        assert_eq!(read("1+2", text), Some(SloganCount::Holds));
        assert_eq!(
            read("1+3", text),
            Some(SloganCount::Differs(vec![Some(1), Some(2)]))
        );
    }

    #[test]
    fn long_names_of_one_kind_are_items() {
        // Names longer than a short item, all closing with the same word.
        let text = "“1”是指甲市人才服务中心；“2”是指乙科学院甲市院士科学家康养基地、丙县生物医药产业人才创新创业示范基地；\
                    “3”是指丁研究院、戊研究院、己研究院。";
        assert_eq!(read("123", text), Some(SloganCount::Holds));
        // Labelled with the wrong number, the part's names say two.
        let wrong = text.replace("“2”", "“3”");
        assert_eq!(
            read("133", &wrong),
            Some(SloganCount::Differs(vec![Some(1), Some(2), Some(3)]))
        );
        // Two long names joined by `和`: two things, or one.
        let joined = "“2”即做优乙科学院甲市院士科学家康养基地和丙县生物医药产业人才创新创业示范基地；“3”即丁院、戊院和己院。";
        assert_eq!(read("23", joined), Some(SloganCount::Holds));
        // Long items closing with different words may be clauses: no count.
        let clauses = "“2”是指加快推进甲区各类基础设施提档升级、全面提升乙县公共服务供给水平和质量；“1”是指丙。";
        assert_eq!(read("3+1", clauses), None);
    }

    #[test]
    fn a_list_closing_with_two_names_joined_by_yiji() {
        // The last item, long as a whole, is two names closed by `以及`
        // and the head all the names share.
        let text = "“5”是指进口甲类、进口乙类冷冻品、进口丙类、进口丁类以及进口戊类种苗专用检验场所，“1”是指出口己类专用检验场所。";
        assert_eq!(read("5+1", text), Some(SloganCount::Holds));
        assert_eq!(
            read("6+1", text),
            Some(SloganCount::Differs(vec![Some(5), Some(1)]))
        );
        // Not the last item: a clause may stand there.
        let inner = "“5”是指进口甲类、进口乙类冷冻品以及进口丙类种苗专用检验场所、进口丁类，“1”是指出口己类。";
        assert_eq!(read("6+1", inner), None);
    }

    #[test]
    fn runs_of_items_closing_with_one_word_each() {
        let text = "甲改革、乙改革、丙体系和丁机制改革、戊改革、己机制创新。";
        assert_eq!(read("4+1", text), Some(SloganCount::Holds));
        assert_eq!(
            read("5+1", text),
            Some(SloganCount::Differs(vec![Some(4), Some(1)]))
        );
        // Items of one ending each (no runs) say nothing.
        assert_eq!(read("3+3", "甲路、乙桥、丙港。"), None);
    }

    #[test]
    fn documents_named_side_by_side() {
        let text = "“1”即《关于甲的意见》；“3”即《乙办法》《丙规定（试行）》《关于〈丁〉的细则》。";
        assert_eq!(read("1+3", text), Some(SloganCount::Holds));
        assert_eq!(
            read("1+4", text),
            Some(SloganCount::Differs(vec![Some(1), Some(3)]))
        );
    }

    #[test]
    fn counts_written_out_in_order() {
        assert_eq!(
            read("1+5+8", "1个总体规划、5个片区规划和8项专题研究。"),
            Some(SloganCount::Holds)
        );
        // Every count written out as the code says but one, which is no
        // shortening of it: that one is wrong (a code may shorten `40家` to
        // its first digit, never `8项` to `18`).
        assert_eq!(
            read("1+5+18", "1 个总体规划、5 个片区规划和 8 项专题研究。"),
            Some(SloganCount::Differs(vec![Some(1), Some(5), Some(8)]))
        );
        assert_eq!(read("1234", "1家甲、2家乙、3家丙、40家丁。"), None);
        assert_eq!(
            read(
                "5+2+N",
                "形成甲、乙、丙、丁、戊等5家集团公司，己、庚2家实体公司为主体的体系，N是指各县公司。"
            ),
            Some(SloganCount::Holds)
        );
        // Counts that do not match the parts but one: abstain.
        assert_eq!(read("4+3", "建成2个园区、6个基地和一批项目。"), None);
    }

    #[test]
    fn counts_written_out_all_but_one_as_the_code_says() {
        let text = "建成2个创新中心、5个孵化基地和4项公共服务平台。";
        assert_eq!(read("2+5+4", text), Some(SloganCount::Holds));
        assert_eq!(
            read("2+6+4", text),
            Some(SloganCount::Differs(vec![Some(2), Some(5), Some(4)]))
        );
        // Two counts off say the note counts something else.
        assert_eq!(read("3+6+4", text), None);
        // A code may shorten a count to its first digit.
        assert_eq!(read("2+5+4", "建成2个中心、5个基地和40项平台。"), None);
        // So for digits run together, and for two parts.
        assert_eq!(
            read("254", "建成2个中心、6个基地和4项平台。"),
            Some(SloganCount::Differs(vec![Some(2), Some(6), Some(4)]))
        );
        assert_eq!(
            read("2+4", "建成2个中心和5个基地。"),
            Some(SloganCount::Differs(vec![Some(2), Some(5)]))
        );
        assert_eq!(
            read("35", "建成四个中心和五个基地。"),
            Some(SloganCount::Differs(vec![Some(4), Some(5)]))
        );
        // A number the note prints may name an amount, not a count
        // (`152`: one project of 100 or two of 50).
        let text = "每区引进1个100亿元以上或2个50亿元以上的项目，每园引进2个20亿元以上的项目。";
        assert_eq!(read("122", text), Some(SloganCount::Holds));
        assert_eq!(read("152", text), None);
    }

    #[test]
    fn a_list_named_after_its_last_item_by_a_quoted_numeral() {
        let text = "“2”即甲社、乙社“两社”联营主体，“4”即东站、西站、南站、北站“四站”服务网点，“N”即其他组织。";
        assert_eq!(read("2+4+N", text), Some(SloganCount::Holds));
        assert_eq!(
            read("2+5+N", text),
            Some(SloganCount::Differs(vec![Some(2), Some(4)]))
        );
        // A quoted name opening an item is one of the items.
        let text = "“1”即一项总体方案，“3”即甲改革、“两险合一”改革、乙改革。";
        assert_eq!(read("1+3", text), Some(SloganCount::Holds));
    }
}
