//! slogan-count: a numeric slogan's note does not list what its numerals
//! count (`四减一优化：减环节、减材料、减时限、优化审批机制` has three 减).
//!
//! How a definition is read is the job of [`crate::slogan_count`]; this
//! finds the slogans a note defines (one, or several each named before its
//! own list) and reports a count that every reading agrees is wrong.

use std::ops::Range;

use super::Sink;
use crate::chars::{is_quote, is_space};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::slogan_count::{LABEL_ENDS, SloganCount, SloganPart, count_items, parse_slogan};

/// (numeral, word) pairs of a slogan such as `四减一优化`.
pub fn slogan_parts(core: &str) -> Option<Vec<(u32, String)>> {
    let parts = parse_slogan(core)?;
    Some(
        parts
            .into_iter()
            .map(|p| (p.numeral, p.words[0].clone()))
            .collect(),
    )
}

/// A numeric slogan's note read against its numerals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SloganReading {
    /// The slogan, quotes removed (`四减一优化`).
    pub slogan: String,
    pub term_range: Range<usize>,
    pub note_range: Range<usize>,
    /// (numeral, word) pairs of the slogan.
    pub parts: Vec<(u32, String)>,
    /// Items of the note per part: the numerals when a reading gives them,
    /// else the counts all readings agree on (`usize::MAX` where they do not).
    pub listed: Vec<usize>,
    /// The first part whose listed items differ from its numeral.
    pub differs: Option<(usize, usize)>,
}

/// Every slogan of a note whose definition could be read.
pub fn slogan_readings(doc: &Document) -> Vec<SloganReading> {
    let text = &doc.text;
    let mut out = Vec::new();
    for note in &doc.notes {
        let (Some(term), Some(term_range)) = (note.term.as_ref(), note.term_range.clone()) else {
            continue;
        };
        let names: Vec<String> = slogans_named(term)
            .into_iter()
            .chain(note.aliases.iter().flat_map(|a| slogans_named(&a.text)))
            .collect();
        let several = names.len() > 1;
        let slogans: Vec<(String, Vec<SloganPart>)> = names
            .into_iter()
            .filter_map(|s| parse_slogan(&s).map(|p| (s, p)))
            .collect();
        let definition = note.text(text);
        for (slogan, parts) in &slogans {
            // A note for several names (`一主两翼、双翼齐飞`) gives each its
            // own list.
            let own = if !several {
                Some(definition)
            } else {
                own_definition(definition, slogan)
            };
            let Some(reading) = own.and_then(|d| count_items(parts, d)) else {
                continue;
            };
            let listed = match &reading {
                SloganCount::Holds => parts.iter().map(|p| p.numeral as usize).collect(),
                SloganCount::Differs(agreed) => {
                    agreed.iter().map(|c| c.unwrap_or(usize::MAX)).collect()
                }
            };
            out.push(SloganReading {
                slogan: slogan.clone(),
                term_range: term_range.clone(),
                note_range: note.text_range.clone(),
                parts: parts
                    .iter()
                    .map(|p| (p.numeral, p.words[0].clone()))
                    .collect(),
                listed,
                differs: reading.differing(parts),
            });
        }
    }
    out
}

/// The slogans a note's term names: its quoted words, else its `、` names
/// (`两吉融城、七区协同`).
fn slogans_named(term: &str) -> Vec<String> {
    let quoted: Vec<String> = term
        .split('“')
        .skip(1)
        .filter_map(|s| s.split_once('”').map(|(q, _)| q.trim().to_string()))
        .filter(|q| !q.is_empty())
        .collect();
    if !quoted.is_empty() || term.contains(is_quote) {
        return quoted;
    }
    term.split(['、', '，', ','])
        .map(|s| s.trim_matches(is_space).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// In a note for several slogans, the list named by `slogan`:
/// `“四尘”指…；“三烟”指…` or `两吉融城，即…；七区协同，即…`.
fn own_definition<'a>(definition: &'a str, slogan: &str) -> Option<&'a str> {
    let mut found = None;
    for segment in definition.split(['；', ';', '。']) {
        let segment = segment.trim_matches(is_space);
        let label_end = LABEL_ENDS
            .iter()
            .filter_map(|sep| segment.find(sep).map(|p| (p, p + sep.len())))
            .min()?;
        let label: String = segment[..label_end.0]
            .chars()
            .filter(|c| !is_quote(*c) && !is_space(*c))
            .collect();
        if label == slogan {
            if found.is_some() {
                return None;
            }
            found = Some(&segment[label_end.1..]);
        }
    }
    found
}

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for reading in slogan_readings(doc) {
        let Some((part, listed)) = reading.differs else {
            continue;
        };
        let (stated, word) = reading.parts[part].clone();
        let related = vec![Related {
            file: None,
            range: reading.note_range.clone(),
            kind: RelatedKind::List,
        }];
        sink.push(
            reading.term_range.clone(),
            Finding::SloganCount {
                slogan: reading.slogan.clone(),
                word,
                stated,
                listed,
            },
            related,
        );
    }
}
