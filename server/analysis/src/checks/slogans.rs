//! slogan-count: a numeric slogan's note does not list what its numerals
//! count (`四减一优化：减环节、减材料、减时限、优化审批机制` has three 减).
//!
//! Read only when every item of the definition belongs to exactly one of
//! the slogan's words (by suffix: `赣服通` → 通, else by prefix: `减环节` →
//! 减); otherwise the note is left alone.

use std::ops::Range;

use super::Sink;
use crate::chars::{chinese_digit, is_quote};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::lists::split_items;

/// (numeral, word) pairs of a slogan such as `四减一优化`, when it is made
/// of such pairs only (Chinese numerals, words of one or two characters).
pub fn slogan_parts(core: &str) -> Option<Vec<(u32, String)>> {
    let mut parts: Vec<(u32, String)> = Vec::new();
    let mut chars = core.chars().peekable();
    while let Some(c) = chars.next() {
        let n = chinese_digit(c).filter(|n| (1..=9).contains(n))?;
        let mut word = String::new();
        while let Some(&next) = chars.peek() {
            if chinese_digit(next).is_some() {
                break;
            }
            word.push(next);
            chars.next();
        }
        if word.is_empty() || word.chars().count() > 2 {
            return None;
        }
        parts.push((n, word));
    }
    let distinct = parts
        .iter()
        .all(|(_, w)| parts.iter().filter(|(_, x)| x == w).count() == 1);
    (parts.len() >= 2 && distinct).then_some(parts)
}

/// A numeric slogan's note read against its numerals: how many of the
/// note's items belong to each of the slogan's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SloganReading {
    /// The slogan as its note names it, quotes removed (`四减一优化`).
    pub slogan: String,
    pub term_range: Range<usize>,
    pub note_range: Range<usize>,
    /// (numeral, word) pairs of the slogan.
    pub parts: Vec<(u32, String)>,
    /// Items of the note that belong to each part's word.
    pub listed: Vec<usize>,
}

/// Every slogan note whose items can each be given to exactly one of the
/// slogan's words.
pub fn slogan_readings(doc: &Document) -> Vec<SloganReading> {
    let text = &doc.text;
    let mut out = Vec::new();
    for note in &doc.notes {
        let (Some(term), Some(term_range)) = (note.term.as_ref(), note.term_range.clone()) else {
            continue;
        };
        let core: String = term.chars().filter(|c| !is_quote(*c)).collect();
        let Some(parts) = slogan_parts(&core) else {
            continue;
        };
        let Some((items, 0)) = split_items(doc, note.text_range.clone()) else {
            continue;
        };
        let Some(listed) = assign(text, &items, &parts) else {
            continue;
        };
        out.push(SloganReading {
            slogan: core,
            term_range,
            note_range: note.text_range.clone(),
            parts,
            listed,
        });
    }
    out
}

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for reading in slogan_readings(doc) {
        let related = vec![Related {
            file: None,
            range: reading.note_range.clone(),
            kind: RelatedKind::List,
        }];
        if let Some(((n, word), listed)) = reading
            .parts
            .iter()
            .zip(&reading.listed)
            .find(|((n, _), c)| **c != *n as usize)
        {
            sink.push(
                reading.term_range.clone(),
                Finding::SloganCount {
                    slogan: reading.slogan.clone(),
                    word: word.clone(),
                    stated: *n,
                    listed: *listed,
                },
                related,
            );
        }
    }
}

/// How many items belong to each word, or `None` when an item belongs to
/// none or to several.
fn assign(
    text: &str,
    items: &[std::ops::Range<usize>],
    parts: &[(u32, String)],
) -> Option<Vec<usize>> {
    let mut counts = vec![0; parts.len()];
    for item in items {
        let words = text.get(item.clone())?.trim();
        let words = words
            .trim_start_matches(['指', '即'])
            .trim_end_matches('等');
        let by_suffix: Vec<usize> = (0..parts.len())
            .filter(|i| words.ends_with(parts[*i].1.as_str()))
            .collect();
        let by_prefix: Vec<usize> = (0..parts.len())
            .filter(|i| words.starts_with(parts[*i].1.as_str()))
            .collect();
        let owner = match (by_suffix.as_slice(), by_prefix.as_slice()) {
            ([one], _) => *one,
            ([], [one]) => *one,
            _ => return None,
        };
        counts[owner] += 1;
    }
    Some(counts)
}
