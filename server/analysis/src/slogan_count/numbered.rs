//! Definitions whose items are numbered in words: `一是…；二是…`,
//! `第一步，…。第二步，…`, `一问…；二问…` (the numeral before the counted
//! word itself), over one sentence or several.

use super::*;

/// The most numbered items read.
const MAX_NUMBERED: u32 = 20;

/// How items are numbered.
enum Style<'w> {
    /// `一是`, `二是`.
    Is,
    /// `第一`, `第二`.
    Ordinal,
    /// The numeral before a counted word: `一问`, `二问`.
    Word(&'w str),
}

impl Style<'_> {
    fn marker(&self, n: &str) -> String {
        match self {
            Style::Is => format!("{n}是"),
            Style::Ordinal => format!("第{n}"),
            Style::Word(w) => format!("{n}{w}"),
        }
    }
}

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
    // The numbering style is the first that numbers item one: `一是`,
    // `第一`, or the numeral before a counted word (`一问`).
    let mut styles: Vec<Style> = vec![Style::Is, Style::Ordinal];
    styles.extend(
        parts
            .iter()
            .filter_map(|p| p.words.last())
            .map(|w| Style::Word(w.as_str())),
    );
    let find = |marker: &str, from: usize| {
        definition[from..]
            .match_indices(marker)
            .map(|(at, _)| from + at)
            .find(|at| opens(*at))
    };
    for style in &styles {
        let one = style.marker("一");
        let Some(mut at) = find(&one, 0) else {
            continue;
        };
        let mut starts = vec![at];
        for k in 2..=MAX_NUMBERED {
            let n = chinese_number(k)?;
            // `两是` is never written: the second is `二`.
            let n = if k == 2 { "二".to_string() } else { n };
            let past = at + definition[at..].chars().next().map_or(1, char::len_utf8);
            match find(&style.marker(&n), past) {
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
