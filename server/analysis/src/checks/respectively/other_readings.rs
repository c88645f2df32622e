//! Readings of a `分别` list that its first reading leaves out: kinds
//! packed into one word (`肉蛋奶产量`), the names after a `的` (`甲、乙建成
//! 住房的套数、面积`), and a list of values that runs on in a form the
//! scanner cannot read (`6.4% . 22.2%`, `、&1%`). Each widens what the
//! values may match, or leaves the list unread: the reading is not unique.

use std::ops::Range;

/// Single characters each naming a kind of produce or livestock, which a
/// drafter packs into one word: `肉蛋奶`, `粮油菜`, `猪牛羊`.
const KINDS: &[char] = &[
    '粮', '油', '菜', '肉', '蛋', '奶', '果', '茶', '棉', '麻', '糖', '烟', '鱼', '猪', '牛', '羊',
    '禽', '鸡', '鸭', '鹅', '马', '驴', '兔',
];

/// Words that join the names of a list.
const JOINS: &[char] = &['、', '和', '与', '及'];

/// `subjects` widened by the other readings of the subject `words`: in a
/// list (`甲、肉蛋奶产量`), each run of kinds may name one subject or as
/// many as its kinds; with no list, the words may name the longest run's
/// kinds (`粮油菜总产量`: three, though `粮油` alone would be a pair).
pub(super) fn widened(words: &str, (min, max): (usize, usize)) -> (usize, usize) {
    let max = if words.contains(JOINS) {
        max + packed_kinds(words).0
    } else {
        max.max(packed_kinds(words).1)
    };
    match listed_after_de(words) {
        Some(n) => (min.min(n), max.max(n)),
        None => (min, max),
    }
}

/// Runs of three kinds or more (two, `牛羊`, `粮油`, are read as a pair
/// of subjects already): how many more subjects they may name than one
/// each, and the longest run.
fn packed_kinds(words: &str) -> (usize, usize) {
    let (mut extra, mut longest, mut run) = (0, 0, 0usize);
    for c in words.chars().chain(['。']) {
        if KINDS.contains(&c) {
            run += 1;
            continue;
        }
        if run >= 3 {
            extra += run - 1;
            longest = longest.max(run);
        }
        run = 0;
    }
    (extra, longest)
}

/// `甲、乙建成和在建住房的套数、面积`: names listed both before the last
/// `的` and after it; the ones after are what is measured, and may be the
/// subjects. Their number, when both sides hold a list.
fn listed_after_de(words: &str) -> Option<usize> {
    let (before, after) = words.rsplit_once('的')?;
    let after = after.trim_matches(crate::chars::is_space);
    let short_names = !after.is_empty()
        && after.chars().count() <= 12
        && after
            .chars()
            .all(|c| crate::chars::is_han(c) || JOINS.contains(&c));
    (short_names && before.contains(JOINS) && after.contains(JOINS))
        .then(|| after.split(JOINS).filter(|name| !name.is_empty()).count())
}

/// Whether the values after `last` run on past what was read: a `、`
/// then something no value starts with (`、&1%`), or a comma or a point
/// then a number in the last value's unit (`86.16万只，786.7万只`,
/// `6.4%. 22.2%`).
pub(super) fn runs_on_unread(text: &str, last: &Range<usize>) -> bool {
    let Some(value) = text.get(last.clone()) else {
        return false;
    };
    let rest = text[last.end..].trim_start_matches(crate::chars::is_space);
    let mut chars = rest.chars();
    let Some(mark) = chars.next() else {
        return false;
    };
    let next = chars.as_str().trim_start_matches(crate::chars::is_space);
    match mark {
        '、' => next
            .chars()
            .next()
            .is_some_and(|c| !crate::chars::is_han(c)),
        '，' | ',' | '.' | '．' | '。' => {
            let unit: String = value
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                .chars()
                .filter(|&c| !crate::chars::is_space(c))
                .collect();
            let number_end = next
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(next.len());
            let after: String = next[number_end..]
                .chars()
                .filter(|&c| !crate::chars::is_space(c))
                .take(unit.chars().count())
                .collect();
            !unit.is_empty() && number_end > 0 && after == unit
        }
        _ => false,
    }
}
