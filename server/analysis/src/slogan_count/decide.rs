//! Whether the readings of a definition agree: the count a definition gives, or abstention.

use super::*;

/// One reading of a definition taken as a whole (see [`count_items`]).
/// `whole` when `definition` is all of the slogan's definition, not a
/// window of it: only then may a list shorter than the numeral be read as
/// all it lists (see [`one_per_item`]).
pub(super) fn count_list(
    parts: &[SloganPart],
    definition: &str,
    whole: bool,
) -> Option<SloganCount> {
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
        None => {
            // A window's readings are a whole definition's, less the ones
            // only a whole may give (see [`one_per_item`]): when they hold,
            // the whole's hold too. The list is read once for both.
            let mut whole_only = Vec::new();
            let window = flat_readings(parts, definition, whole.then_some(&mut whole_only));
            if window.contains(&stated) {
                return Some(SloganCount::Holds);
            }
            // (Per part, whether an item carries its word twice: read once,
            // for this test and the counts below.)
            let doubled_words = doubled(parts, definition);
            if doubled_words.iter().all(|d| *d) {
                return None;
            }
            let readings = if whole {
                with_whole_only(window, whole_only)
            } else {
                window
            };
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
                doubled_words
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
    // A part named before its own list has counted each of its joins both
    // ways already, and another part's joins are no items of its
    // (`“一区”是指甲区，“三边”是指乙区、丙和丁区`: the 和 is of 边).
    let open = !named
        && (0..parts.len()).any(|i| {
            let Some(c) = agreed[i].filter(|c| *c != stated[i]) else {
                return false;
            };
            let joins = open_joins(parts, i, definition);
            joins > 0 && (c > stated[i] || fewest[i].min(c) + joins >= stated[i])
                || (stated[i] == 2 && c == 1 && one_deed_over_two(parts, i, definition))
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
pub(super) fn nearest_count(counts: impl Iterator<Item = usize>, n: usize) -> Option<usize> {
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
/// counted word, at its end (`甲与乙集聚发展中心`): one thing or two, so a
/// count is not sure. A word inside the second half is no head the first
/// may share (`甲和乙手续最简` is one 最), and a first half carrying any
/// part's word is a thing of its own (`甲区和乙中心`). A word before the
/// join governs both halves as one item (`坚决维护甲和乙`).
/// The number of such items whose second half ends with the word of
/// `parts[part]`.
pub(super) fn open_joins(parts: &[SloganPart], part: usize, definition: &str) -> usize {
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
                let ends = |s: &str| parts[part].words.iter().any(|w| s.ends_with(w.as_str()));
                !a.is_empty() && !b.is_empty() && !carries(a) && ends(b)
            })
        })
        .count()
}

/// Whether an item of `parts[part]` carries its word before a join whose
/// second half carries no part's word (`拆除违建和围墙`, `争取“甲”和
/// “乙”`): one deed over two things, which a slogan may count as one or
/// as two (`两拆`, as `双减：减轻甲负担和乙负担` alone). Read only for a
/// part of two that finds one item: a part of more counts its other items
/// each (`四清：…、清残垣断壁和路障、…` is one).
pub(super) fn one_deed_over_two(parts: &[SloganPart], part: usize, definition: &str) -> bool {
    let carries = |s: &str, p: &SloganPart| p.words.iter().any(|w| s.contains(w.as_str()));
    pieces(definition, &['、', '，', ',', '；', ';']).iter().any(|item| {
        let halves = split_joined(item);
        matches!(halves.as_slice(), [a, b] if carries(a, &parts[part]) && !parts.iter().any(|p| carries(b, p)))
    })
}

/// The definition without its lead word (`即`, `是指`), the page reference
/// (`（见第7页）`), a closing `的简称`, the full stop and closing quotes.
pub(super) fn trim_definition(text: &str) -> &str {
    let mut t = text.trim_matches(|c: char| is_space(c) || c == '\n' || c == '\r' || is_private(c));
    loop {
        let before = t;
        for page in ["（见第", "(见第"] {
            // A page reference closes the text: without a closing bracket
            // there is none to search for.
            if !t.trim_end().ends_with(['）', ')']) {
                break;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_reference_is_trimmed_only_where_it_closes_the_text() {
        assert_eq!(trim_definition("即甲、乙和丙（见第5页）。"), "甲、乙和丙");
        assert_eq!(trim_definition("即甲、乙(见第12页)"), "甲、乙");
        // Not closing it, it stays: the text ends with no bracket.
        assert_eq!(
            trim_definition("甲（见第5页）、乙和丙。"),
            "甲（见第5页）、乙和丙"
        );
    }
}
