//! `生产总值39.6亿元，增长15%。第一产业完成11.2亿元；第二产业完成17.4亿
//! 元；第三产业完成11亿元`: the output of the three industries is within
//! the output of the economy, though no `其中` says so. So with the three
//! named before `分别` (`一产、二产、三产分别完成A、B、C`).
//!
//! The three industries are the whole economy by definition, so their
//! levels add up to the output: a sum above it is a misprint.

use super::PartReading;
use crate::checks::figure_text::{chars_before, floor_boundary, is_plain_level};
use crate::document::Document;
use crate::figures::Figure;

/// The most bytes read after the output for its industries: its own
/// sentence and the next one.
const WINDOW: usize = 400;

/// Verbs and hedges between a name and its figure (`预计完成`).
const VERBS: &[&str] = &["完成", "达到", "实现", "为", "达", "约", "预计"];

/// Every output of the economy followed, in its sentence or the next, by
/// the levels of its three industries in their order, each named alone.
pub(super) fn industries_of_output(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures
        .iter()
        .enumerate()
        .filter_map(move |(i, whole)| {
            // Bytes first: this looks at every figure of the text.
            if !chars_before(text, whole.span.start, 8).contains("总值")
                || !without_verbs(chars_before(text, whole.span.start, 10)).ends_with("生产总值")
                || !is_plain_level(text, whole)
            {
                return None;
            }
            let end = next_sentence_end(text, whole.span.end);
            let after = doc.figures[i + 1..]
                .iter()
                .take_while(|f| f.span.end <= end)
                .filter(|f| f.unit == whole.unit);
            let parts =
                named_in_turn(text, after.clone()).or_else(|| listed_in_turn(text, after))?;
            // `…。其中，第一产业…`: the `其中` reader reads it. A `其中` after
            // the industries (`其中税收收入…`) speaks of another whole.
            if text[whole.span.end..parts[0].span.start].contains("其中") {
                return None;
            }
            // All three of them, and nothing else: they add up.
            Some(PartReading {
                whole,
                parts,
                stops_at_next: false,
            })
        })
}

/// Where the sentence after the one holding `from` ends (over its `；`
/// clauses), within [`WINDOW`] bytes and the paragraph.
fn next_sentence_end(text: &str, from: usize) -> usize {
    let window = &text[from..floor_boundary(text, from + WINDOW)];
    let Some(own) = window.find(['。', '\n']) else {
        return from + window.len();
    };
    if window[own..].starts_with('\n') {
        return from + own;
    }
    let rest = own + '。'.len_utf8();
    from + window[rest..]
        .find(['。', '\n'])
        .map_or(window.len(), |p| rest + p)
}

/// `name` without the verbs closing it.
fn without_verbs(mut name: &str) -> &str {
    while let Some(rest) = VERBS.iter().find_map(|v| name.strip_suffix(v)) {
        name = rest;
    }
    name
}

/// Which industry `name` is (`第一产业`, `一产`, `第二产业增加值`): 1 to 3.
fn industry(name: &str) -> Option<usize> {
    let name = name.strip_suffix("增加值").unwrap_or(name);
    let name = name.strip_prefix('第').unwrap_or(name);
    let name = name
        .strip_suffix("产业")
        .or_else(|| name.strip_suffix('产'))?;
    ["一", "二", "三"]
        .iter()
        .position(|n| name == *n)
        .map(|k| k + 1)
}

/// `第一产业完成A；第二产业完成B；第三产业完成C`: the levels of the unit,
/// each named by its clause alone, the three industries in turn; another
/// level of the unit before them abstains.
fn named_in_turn<'d>(
    text: &str,
    figures: impl Iterator<Item = &'d Figure>,
) -> Option<Vec<&'d Figure>> {
    let mut parts = Vec::new();
    for figure in figures {
        let lead = &text[..figure.span.start];
        let start = lead
            .rfind(['，', '；', '。', '、', ',', ';'])
            .map_or(0, |p| {
                p + lead[p..].chars().next().map_or(1, char::len_utf8)
            });
        let name = without_verbs(lead[start..].trim_matches(crate::chars::is_space));
        if industry(name) != Some(parts.len() + 1) || !is_plain_level(text, figure) {
            return None;
        }
        parts.push(figure);
        if parts.len() == 3 {
            return Some(parts);
        }
    }
    None
}

/// `一产、二产、三产分别完成A、B、C`: the three industries in turn before
/// `分别`, then the next three levels of the unit, joined by `、`.
fn listed_in_turn<'d>(
    text: &str,
    mut figures: impl Iterator<Item = &'d Figure>,
) -> Option<Vec<&'d Figure>> {
    let first = figures.next()?;
    let lead = &text[..first.span.start];
    let (names, verb) = lead.rsplit_once("分别")?;
    if !VERBS.contains(&verb) {
        return None;
    }
    let start = names.rfind(['，', '；', '。', ',', ';']).map_or(0, |p| {
        p + names[p..].chars().next().map_or(1, char::len_utf8)
    });
    let named: Vec<Option<usize>> = names[start..].split('、').map(industry).collect();
    if named != [Some(1), Some(2), Some(3)] {
        return None;
    }
    let mut parts = vec![first];
    for figure in figures.take(2) {
        let joined = &text[parts[parts.len() - 1].span.end..figure.span.start] == "、";
        if !joined || !is_plain_level(text, figure) {
            return None;
        }
        parts.push(figure);
    }
    (parts.len() == 3 && is_plain_level(text, first)).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::industry;

    #[test]
    fn industries_are_named_in_several_ways() {
        assert_eq!(industry("第一产业"), Some(1));
        assert_eq!(industry("二产"), Some(2));
        assert_eq!(industry("第三产业增加值"), Some(3));
        assert_eq!(industry("第四产业"), None);
        assert_eq!(industry("三产融合"), None);
        assert_eq!(industry("工业"), None);
    }
}
