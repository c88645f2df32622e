//! Names in a bracket between the counted noun and its count
//! (`建成道路（甲路、乙路、丙路）3条。`): the drafter's bracket holds the
//! counted things themselves.

use super::*;
use crate::chars::{chinese_digit, is_han};

/// The most characters of one name in the bracket.
const MAX_NAME_CHARS: usize = 12;

/// `道路（甲路、乙路、丙路）3条`: `before_count` (from the clause's start to
/// the count at `count_start`) closes with a bracket of two names or more
/// parted by `、`, right after a noun. The count must close its clause
/// (`3条。`, `3所，`): a count going on into a noun of its own counts
/// something else. A bracket saying what it holds in part (`含`, `包括`,
/// `如`), one of places' levels (`县（市、区）`), names with figures,
/// quotes or brackets of their own, or a long name leave it unread; a
/// closing `等` leaves the list open.
pub(super) fn bracketed_names(
    text: &str,
    names_start: usize,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let before_count = &text[names_start..count_start];
    let inner_end = before_count.strip_suffix(['）', ')'])?.len();
    let open_at = before_count[..inner_end].rfind(['（', '('])?;
    let noun = &before_count[..open_at];
    if noun.chars().rev().take_while(|c| is_han(*c)).count() < 2 {
        return None;
    }
    if !count_closes_clause(&text[count_end..]) {
        return None;
    }
    let inner_start = open_at + before_count[open_at..].chars().next()?.len_utf8();
    let inner = &before_count[inner_start..inner_end];
    if ["含", "包括", "如", "主要"]
        .iter()
        .any(|w| inner.starts_with(w))
        || inner.contains(['（', '(', '“', '：', ':', '，', ','])
        || inner
            .chars()
            .any(|c| c.is_ascii_digit() || chinese_digit(c).is_some())
    {
        return None;
    }
    let open = inner.ends_with('等');
    let names = inner.trim_end_matches('等');
    let offset = names_start + inner_start;
    let items = crate::list_forms::split_names(names, offset);
    let plain = |r: &Range<usize>| {
        let name = &text[r.clone()];
        (1..=MAX_NAME_CHARS).contains(&name.chars().count()) && name.chars().all(is_han)
    };
    if items.len() < 2 || !items.iter().all(plain) || levels_only(text, &items) {
        return None;
    }
    // A join inside a name may part two (`甲和乙`): the list may hold one more.
    let hidden = items
        .iter()
        .filter(|r| join_words(&text[(*r).clone()]).next().is_some())
        .count();
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(u32, usize, bool)> {
        let count_start = text.find(['3', '4', '5']).unwrap_or(0);
        let (count, end, _) = count_at(text, count_start)?;
        bracketed_names(text, 0, count_start, count, end).map(|l| (count, l.items.len(), l.open))
    }

    #[test]
    fn names_in_the_bracket_before_the_count() {
        assert_eq!(
            read("建成道路（甲路、乙路、丙路、丁路）5条。"),
            Some((5, 4, false))
        );
        assert_eq!(
            read("新建学校（甲小学、乙中学等）3所，"),
            Some((3, 2, true))
        );
    }

    #[test]
    fn brackets_of_part_levels_or_another_noun_are_not_read() {
        assert_eq!(read("改造道路（含甲路、乙路）3条。"), None);
        assert_eq!(read("覆盖县（市、区）3个。"), None);
        assert_eq!(read("建成道路（甲路、乙路）3条主干道。"), None);
        assert_eq!(read("建成道路（甲路、乙路2期）3条。"), None);
    }
}
