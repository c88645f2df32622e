//! Definitions whose items are numbered in words: `一是…；二是…`,
//! `第一步，…。第二步，…`, `一问…；二问…` (the numeral before the counted
//! word itself), over one sentence or several.

use super::*;

/// The most numbered items read.
const MAX_NUMBERED: u32 = 20;

/// The items of a definition numbered in words, each from its number to the
/// next; `None` unless the numbers run from one, in order, each opening a
/// sentence or clause, two or more.
pub(super) fn numbered_items<'a>(
    parts: &[SloganPart],
    definition: &'a str,
) -> Option<Vec<&'a str>> {
    let opens = |at: usize| {
        definition[..at].chars().next_back().is_none_or(|c| {
            matches!(c, '。' | '；' | ';' | '，' | ',' | '：' | ':' | '\n') || is_space(c)
        })
    };
    // The numbering style is the first that numbers item one.
    let styles: Vec<Box<dyn Fn(&str) -> String>> = {
        let mut s: Vec<Box<dyn Fn(&str) -> String>> = vec![
            Box::new(|n: &str| format!("{n}是")),
            Box::new(|n: &str| format!("第{n}")),
        ];
        for part in parts {
            if let Some(first) = part.words.last() {
                let word = first.clone();
                s.push(Box::new(move |n: &str| format!("{n}{word}")));
            }
        }
        s
    };
    let find = |marker: &str, from: usize| {
        definition[from..]
            .match_indices(marker)
            .map(|(at, _)| from + at)
            .find(|at| opens(*at))
    };
    for style in &styles {
        let one = style("一");
        let Some(mut at) = find(&one, 0) else {
            continue;
        };
        let mut starts = vec![at];
        for k in 2..=MAX_NUMBERED {
            let n = chinese_number(k)?;
            // `两是` is never written: the second is `二`.
            let n = if k == 2 { "二".to_string() } else { n };
            let past = at + definition[at..].chars().next().map_or(1, char::len_utf8);
            match find(&style(&n), past) {
                Some(next) => {
                    starts.push(next);
                    at = next;
                }
                None => break,
            }
        }
        if starts.len() < 2 {
            continue;
        }
        let items = starts
            .iter()
            .enumerate()
            .map(|(i, s)| &definition[*s..starts.get(i + 1).copied().unwrap_or(definition.len())])
            .collect();
        return Some(items);
    }
    None
}

/// What numbered items say of the slogan: it holds when a reading of
/// them gives its numerals; otherwise the counts every reading agrees on.
/// With it, whether the numbering settles the list: every item carries a
/// counted word, so no other reading of the definition counts.
pub(super) fn count_numbered(
    parts: &[SloganPart],
    definition: &str,
) -> Option<(Option<SloganCount>, bool)> {
    let items = numbered_items(parts, definition)?;
    let settled = items.iter().all(|i| {
        parts
            .iter()
            .any(|p| p.words.iter().any(|w| i.contains(w.as_str())))
    });
    Some((read_numbered(parts, definition, &items), settled))
}

fn read_numbered(parts: &[SloganPart], definition: &str, items: &[&str]) -> Option<SloganCount> {
    let stated: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    let readings: Vec<Vec<usize>> = if let [part] = parts {
        // Another count is said only when every item carries the word (a
        // numbered list may go on to other measures: `四是加强保障`).
        let carried = items
            .iter()
            .all(|i| part.words.iter().any(|w| i.contains(w.as_str())));
        if items.len() != stated[0] && !carried {
            return None;
        }
        vec![vec![items.len()]]
    } else {
        let mut out = Vec::new();
        item_readings(parts, definition, items, false, &mut out);
        out
    };
    if readings.contains(&stated) {
        return Some(SloganCount::Holds);
    }
    let agreed: Vec<Option<usize>> = (0..parts.len())
        .map(|i| nearest_count(readings.iter().map(|r| r[i]), stated[i]))
        .collect();
    // A part no item belongs to: the items are not the slogan's list.
    if agreed.contains(&Some(0)) {
        return None;
    }
    let reading = SloganCount::Differs(agreed);
    reading.differing(parts).is_some().then_some(reading)
}
