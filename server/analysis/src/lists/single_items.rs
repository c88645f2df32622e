//! A count of one and the one thing it names: after a colon (`电力工程1项：
//! 甲变电站建设。`), after `即` (`做强1个主导产业，即甲产业；`) or in a
//! bracket right after the count's noun (`抓住一条主线（甲）`). The drafter
//! counts a single item as any other and names it at once.
//!
//! No other reader takes one for a count (`一个` is mostly a word), so the
//! reading of one only confirms: it is made when exactly one plain name
//! follows, and says nothing otherwise.
//!
//! A small count of more in the same form (`做强2个主导产业，即甲产业。`)
//! names one thing where it counts several: the form itself says the name
//! is all the drafter lists, so the count is read with it and fires. In a
//! bracket only when another count of the sentence names all its things in
//! a bracket of its own (`抓住两条主线（甲），依托三大支撑（乙、丙、丁）`):
//! elsewhere a bracket mostly qualifies the counted words.

use super::*;
use crate::chars::is_han;

/// Measure words a count of one names a thing with (not `一批`, `一大`,
/// `一道`, `一点`, which are words of their own).
const ONE_MEASURES: &[char] = &[
    '个', '项', '件', '条', '家', '所', '座', '类', '种', '张', '处',
];

/// Characters that make a word with a `一` after them (`第一`, `之一`,
/// `唯一`, `统一`, `同一`, `单一`, `万一`, `专一`).
const WORDS_ENDING_ONE: &str = "第之唯统同单万专";

/// Most characters of the counted noun between the count and the name.
const MAX_NOUN_CHARS: usize = 8;

/// Most characters of the one name.
const MAX_NAME_CHARS: usize = 20;

/// Words opening a bracket or a clause that qualify the count rather than
/// name its thing (`1个（含甲）`, `：其中…`).
const NOT_NAMES: &[&str] = &["含", "包括", "其中", "以上", "以下", "约", "共", "指", "即"];

/// Most a count naming one thing in this form is read at: a larger one
/// rather sums things the name only heads (`30个：主要在甲区`).
const MAX_COUNT: u32 = 9;

/// Characters before a numeral that make its count rough or a rank
/// (`约2个`, `近3项`, `前2个`, `第2条`).
const NOT_EXACT: &str = "约近超逾前后第";

/// The list whose measure word starts at `measure_at` in `line`, when the
/// numeral before it is a lone small count (`1`, `一`, `2`, `两`) and one
/// name follows.
pub(crate) fn single_item(line: &str, measure_at: usize) -> Option<CountedList> {
    let measure = line[measure_at..].chars().next()?;
    if !ONE_MEASURES.contains(&measure) {
        return None;
    }
    let before = &line[..measure_at];
    let numeral = before.chars().next_back()?;
    let (start, count) = if numeral == '1' || numeral == '一' {
        let start = measure_at - numeral.len_utf8();
        // A lone numeral: not the end of `11` or `十一`, nor the `一` of a
        // word (`第一`, `之一`, `唯一`, `统一`).
        let previous = line[..start].chars().next_back();
        if previous.is_some_and(|c| is_numeral(c) || WORDS_ENDING_ONE.contains(c) || c == '.') {
            return None;
        }
        (start, 1)
    } else {
        let start = numeral_start(line, measure_at)?;
        let previous = line[..start].chars().next_back();
        if previous.is_some_and(|c| NOT_EXACT.contains(c) || c == '.' || c == '．') {
            return None;
        }
        let (count, end, _) = count_at(line, start)?;
        if end != measure_at + measure.len_utf8() || count > MAX_COUNT {
            return None;
        }
        (start, count)
    };
    let count_end = measure_at + measure.len_utf8();
    let rest = &line[count_end..];
    let noun = noun_len(rest)?;
    let after = &rest[noun..];
    let (opener, bracket) = [
        ("：即", false),
        ("：", false),
        (":", false),
        ("，即", false),
    ]
    .iter()
    .chain(&[("即", false), ("（", true), ("(", true)])
    .find(|(w, _)| after.starts_with(w))
    .map(|(w, b)| (w.len(), *b))?;
    // With no noun after it (`电力工程1项：`, `1项（甲）`), only digits
    // count: a bare `一项` is mostly a word's (`另一项`, `其中两项`).
    if noun == 0 && (!numeral.is_ascii_digit() || after.starts_with('即')) {
        return None;
    }
    // A count of more is read after `即` closing a clause or after a
    // colon, which say the names come: not after a bare `即` (`2座天桥即
    // 将竣工`), nor before a bracket, which mostly qualifies the counted
    // words (`2个集团（联盟）`).
    // A bracket is read when another count of the sentence lists all its
    // things in a bracket of its own (`立足两个甲（乙），树立三种丙（丁、
    // 戊、己）`): the drafter names each count's things so.
    let says_ji = after[..opener].contains('即');
    if count > 1
        && ((bracket && !brackets_list_alike(line, start, count_end + noun))
            || (says_ji && opener == '即'.len_utf8()))
    {
        return None;
    }
    let name_start = count_end + noun + opener;
    let tail = &line[name_start..];
    let end = if bracket {
        let close = tail.find(['）', ')'])?;
        // The bracket closes the counted words (`一条主线（甲），`): one
        // inside them qualifies a word (`一个街道（乡镇）服务中心`).
        let next = tail[close..].chars().nth(1);
        if noun > 0 && !next.is_none_or(|c| CLAUSE_BREAKS.contains(&c) || c == '、') {
            return None;
        }
        close
    } else {
        let end = tail
            .find(['。', '；', ';', '，', ',', '：', ':', '！', '？'])
            .unwrap_or(tail.len());
        // The name closes its sentence or its `；` piece: a comma goes on
        // with the clause, which may name more.
        if tail[end..].starts_with(['，', ',', '：', ':']) {
            return None;
        }
        // A count of more: the pieces after the name may name the others
        // (`2项：甲；乙。`, `五个基点：甲。乙。`), unless the next is a
        // group of its own, with its own count (`2个X，即甲；3个Y，即…`);
        // after `即`, a sentence closed is the whole definition.
        let closes = tail[end..].starts_with(['；', ';']) || !says_ji;
        if count > 1 && closes {
            let next = &tail[end..];
            let next = &next[next.chars().next().map_or(0, char::len_utf8)..];
            let next_end = next.find(['；', ';', '。']).unwrap_or(next.len());
            if !opens_group(&next[..next_end]) {
                return None;
            }
        }
        end
    };
    let name = &tail[..end];
    let chars = name.chars().count();
    if !(2..=MAX_NAME_CHARS).contains(&chars)
        || name.contains([
            '、', '和', '与', '及', '并', '或', '等', '（', '(', '《', '，', '：', ':',
        ])
        || NOT_NAMES.iter().any(|w| name.starts_with(w))
        || !name.chars().next().is_some_and(is_han)
        || (bracket && name.bytes().any(|b| b.is_ascii_digit()))
        || !counts_in(name, 0..name.len()).is_empty()
        || !balanced(name)
    {
        return None;
    }
    let name = name_start..name_start + end;
    Some(CountedList::shown(
        ListSource::Echo,
        count,
        start..count_end,
        std::iter::once(name).collect(),
    ))
}

/// Most bytes looked at either side of a count for the sentence holding
/// it: a sentence longer than that lists no brackets alike.
const SENTENCE_SPAN: usize = 600;

/// Whether another count of the sentence holding the count at `own`
/// (from its numeral to the bracket after its noun at `open`) is followed
/// by a bracket naming exactly as many plain things as it says, parted by
/// `、` (`三种丙（丁、戊、己）`): a sign that this sentence's brackets list
/// their counts' things rather than qualify their words.
fn brackets_list_alike(line: &str, own: usize, open: usize) -> bool {
    let from = super_floor(line, own.saturating_sub(SENTENCE_SPAN));
    let start = line[from..own]
        .rfind(['。', '！', '？'])
        .map_or(from, |p| from + p + '。'.len_utf8());
    let limit = super_floor(line, (open + SENTENCE_SPAN).min(line.len()));
    let end = line[open..limit].find('。').map_or(limit, |p| open + p);
    let mut at = start;
    while let Some(p) = line[at..end].find('（') {
        let bracket = at + p;
        at = bracket + '（'.len_utf8();
        let Some(close) = line[at..end].find('）').map(|q| at + q) else {
            break;
        };
        if bracket == open {
            continue;
        }
        let inner = &line[at..close];
        let names: Vec<&str> = inner.split('、').collect();
        let plain = |n: &&str| {
            (2..=MAX_NAME_CHARS).contains(&n.chars().count())
                && n.chars().all(is_han)
                && !n.contains(['和', '与', '及', '或', '等'])
        };
        if names.len() < 2 || !names.iter().all(plain) {
            continue;
        }
        // The count right before the bracket, its noun touching it.
        let piece = line[start..bracket]
            .rfind(['，', '；', '：', '、', '）'])
            .map_or(start, |q| start + q + '，'.len_utf8());
        if let Some((count, range)) = counts_in(line, piece..bracket).pop()
            && range.start != own
            && count as usize == names.len()
            && line[range.end..bracket]
                .chars()
                .all(|c| is_han(c) && !is_numeral(c))
            && line[range.end..bracket].chars().count() <= MAX_NOUN_CHARS
        {
            return true;
        }
    }
    false
}

/// Whether `piece` opens a group of its own in the same form: a head
/// stating a count, in one clause, then a colon or `，即` (`乙工程1项：`,
/// `做大2个优势产业，即`, `5个五百亿级产业：`).
fn opens_group(piece: &str) -> bool {
    let Some(head_end) = ["：", ":", "，即"]
        .iter()
        .filter_map(|w| piece.find(w))
        .min()
    else {
        return false;
    };
    let head = &piece[..head_end];
    // (`其中2项：` parts the group before, opens none.)
    !head.contains(['，', ',', '。'])
        && head.chars().count() <= MAX_NAME_CHARS
        && !NOT_NAMES.iter().any(|w| head.starts_with(w))
        && {
            head.char_indices().any(|(i, c)| {
                ONE_MEASURES.contains(&c) && head[..i].chars().next_back().is_some_and(is_numeral)
            })
        }
}

/// Bytes of the counted noun opening `rest`: Han characters, or words in
/// quotes (`“美丽街区”`), up to a few characters; none is a numeral (a
/// second count) nor `即`, `的`, `等`.
fn noun_len(rest: &str) -> Option<usize> {
    let mut len = 0;
    let mut chars = 0;
    let mut quoted = false;
    for c in rest.chars() {
        match c {
            '“' if !quoted && len == 0 => quoted = true,
            '”' if quoted => {
                len += c.len_utf8();
                return (chars >= 2).then_some(len);
            }
            _ if is_han(c) && !is_numeral(c) && !matches!(c, '即' | '的' | '等') => chars += 1,
            _ => break,
        }
        len += c.len_utf8();
        if chars > MAX_NOUN_CHARS {
            return None;
        }
    }
    (!quoted).then_some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name read for the first measure word after a `1` or `一`.
    fn one(line: &str) -> Option<String> {
        let (at, _) = line
            .char_indices()
            .find(|(i, c)| ONE_MEASURES.contains(c) && line[..*i].ends_with(['1', '一']))?;
        single_item(line, at).map(|l| line[l.items[0].clone()].to_string())
    }

    #[test]
    fn one_name_after_the_colon_closing_its_sentence() {
        assert_eq!(
            one("供水工程1项：某某水厂扩建。").as_deref(),
            Some("某某水厂扩建")
        );
        assert_eq!(
            one("1个百亿级产业：甲制造；2个…").as_deref(),
            Some("甲制造")
        );
    }

    #[test]
    fn one_name_after_ji_or_in_the_bracket() {
        assert_eq!(
            one("做强1个支柱产业，即甲产业；").as_deref(),
            Some("甲产业")
        );
        assert_eq!(one("1个“示范街区”：即甲新区。").as_deref(), Some("甲新区"));
        assert_eq!(
            one("抓住一条主线（推动甲转型），").as_deref(),
            Some("推动甲转型")
        );
    }

    /// The count and number of names `single_item` reads at the line's
    /// first numeral with a measure word.
    fn count(line: &str) -> Option<(u32, usize)> {
        let (at, _) = line.char_indices().find(|(i, c)| {
            ONE_MEASURES.contains(c) && line[..*i].ends_with(|c: char| is_numeral(c))
        })?;
        single_item(line, at).map(|l| (l.count, l.items.len()))
    }

    #[test]
    fn a_count_of_more_is_read_with_its_one_name_after_ji_or_a_colon() {
        assert_eq!(count("做强2个支柱产业，即甲产业。"), Some((2, 1)));
        assert_eq!(count("两项工程：甲工程。丙工程1项：丁。"), Some((2, 1)));
        // Its names may go on in the next piece, unless that is a group.
        assert_eq!(count("工程2项：甲工程；乙工程。"), None);
        assert_eq!(count("工程2项：甲工程；乙工程1项：丙。"), Some((2, 1)));
        assert_eq!(
            count("2个千亿级产业：甲产业；5个五百亿级产业：乙产业。"),
            Some((2, 1))
        );
        assert_eq!(count("工程2项：甲工程；其中1项：乙。"), None);
        assert_eq!(count("抓住两条主线（推动甲转型），"), None);
        assert_eq!(count("第2条：甲。"), None);
        assert_eq!(count("其中两项：甲。"), None);
        assert_eq!(count("20个产业：甲产业。"), None);
    }

    #[test]
    fn a_count_of_more_is_read_with_its_bracket_when_a_sibling_lists_alike() {
        assert_eq!(
            count("抓住两条主线（推动甲转型），依托三大支撑（乙建设、丙招商、丁服务）。"),
            Some((2, 1))
        );
        assert_eq!(
            count("其余工程中，2项（甲路改造工程）暂缓，3项（丙路、丁桥、戊校）滞后。"),
            Some((2, 1))
        );
        // A sibling whose bracket holds other than its count, or one in
        // another sentence, says nothing.
        assert_eq!(
            count("抓住两条主线（推动甲转型），依托三大支撑（乙建设、丙招商）。"),
            None
        );
        assert_eq!(
            count("抓住两条主线（推动甲转型）。依托三大支撑（乙建设、丙招商、丁服务）。"),
            None
        );
        assert_eq!(
            count("抓住两个集团（联盟），依托三大支撑（乙建设、丙和丁、戊服务）。"),
            None
        );
    }

    #[test]
    fn more_than_one_name_or_a_clause_going_on_is_no_reading() {
        assert_eq!(one("供水工程1项：甲水厂、乙水厂。"), None);
        assert_eq!(one("供水工程1项：甲水厂，年内完成。"), None);
        assert_eq!(one("建成一个（含甲）。"), None);
        assert_eq!(one("其中之一项：甲。"), None);
        assert_eq!(one("第一条：甲。"), None);
    }
}
