//! `产值1286.4亿元，其中甲产业612.8亿元，其中乙238.5亿元；丙产业386.2亿元，
//! 其中丁214.6亿元；戊产业162.3亿元`: parts after `其中`, each broken down by
//! a `其中` of its own, the next part opening the next `；` piece. The
//! inner `其中` stops the first reading at the first part, and the other
//! readers add no parts with a `其中` between them (they may nest); here the
//! parts opening the pieces are added up against the whole.

use super::super::Sink;
use super::{PartReading, least, push_parts_exceed, same_unit};
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;
use crate::figures::{Figure, FigureKind};
use crate::text::floor_char_boundary;

/// Parts opening the pieces that add up to more than their whole.
pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    for reading in nested_twice(doc) {
        let (whole, parts) = (reading.whole, &reading.parts);
        let sum: f64 = parts.iter().map(|p| least(text, p)).sum();
        // A part alone above the whole is told by the first reading.
        if sum <= whole.high || parts.iter().any(|p| least(text, p) > whole.high) {
            continue;
        }
        push_parts_exceed(sink, text, whole, parts, sum);
    }
}

/// The most characters of a part's name.
const MAX_NAME: usize = 12;

/// The most bytes of a `；` piece read: a part and its own breakdown.
const MAX_PIECE_BYTES: usize = 512;

/// Whether a `其中` stands before `at` in its sentence (`None`: the
/// sentence runs too long to tell).
fn inner_of_which_before(doc: &Document, at: usize) -> Option<bool> {
    let cues = &doc.cues.of_which;
    let Some(&cue) = cues[..cues.partition_point(|&c| c < at)].last() else {
        return Some(false);
    };
    let between = doc.text.get(cue + "其中".len()..at)?;
    if between.len() > crate::text::MAX_SENTENCE_BYTES {
        return None;
    }
    Some(!between.contains(['。', '！', '？', '\n']))
}

/// Every whole whose parts are each broken down again (see the module).
fn nested_twice(doc: &Document) -> Vec<PartReading<'_>> {
    let text = &doc.text;
    doc.cues
        .of_which
        .iter()
        .filter(|&&at| text[..at].ends_with(['，', ',']))
        .filter_map(|&at| read_at(doc, at))
        .collect()
}

/// The part opening a piece: a short name, then a plain level (the first
/// figure after `from`); where its piece goes on.
fn part_at(doc: &Document, from: usize) -> Option<&Figure> {
    let text = &doc.text;
    let k = doc.figures.partition_point(|f| f.span.start < from);
    let part = doc.figures.get(k)?;
    let name = text.get(from..part.span.start)?;
    let named = (1..=MAX_NAME).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !name.contains("其中");
    (named && is_plain_level(text, part)).then_some(part)
}

fn read_at(doc: &Document, at: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let start = at + "其中".len();
    let first = part_at(doc, start)?;
    // The whole: the last level before `，其中` in the clause run, past its
    // changes (`1286.4亿元，增长9.6%，其中`).
    let k = doc.figures.partition_point(|f| f.span.end <= at);
    let whole = doc.figures[..k]
        .iter()
        .rev()
        .find(|f| f.kind != FigureKind::Percent)?;
    let link = &text[whole.span.end..at];
    // The whole is no part itself: no `其中` before it in its sentence
    // (an inner `其中` would read the next part's piece as its own). The
    // `其中` cue before the whole, if any, is looked at, not the sentence.
    if inner_of_which_before(doc, whole.span.start)?
        || link.contains(['；', ';', '。', '：', ':', '\n'])
        || !same_unit(&whole.unit, &first.unit)
        || whole.kind != first.kind
        || !is_plain_level(text, whole)
    {
        return None;
    }
    // The sentence's `；` pieces from the first part on.
    let mut parts = vec![first];
    let mut nested = 0;
    let mut piece_start = start;
    loop {
        // A piece longer than a part and its breakdown run is left unread,
        // so that many `其中` in one sentence do not each read all of it.
        let limit = floor_char_boundary(text, piece_start + MAX_PIECE_BYTES);
        let (piece_end, last) = match text[piece_start..limit].find(['；', ';', '。', '\n']) {
            Some(p) => (
                piece_start + p,
                !text[piece_start + p..].starts_with(['；', ';']),
            ),
            None if limit == text.len() => (text.len(), true),
            None => return None,
        };
        let part = parts[parts.len() - 1];
        // The part closes its clause; what follows in the piece is its own
        // breakdown (`，其中…`) or nothing.
        let rest = text.get(part.span.end..piece_end)?;
        if rest.starts_with("，其中") {
            nested += 1;
        } else if !rest.is_empty() {
            return None;
        }
        if last {
            break;
        }
        piece_start = piece_end + text[piece_end..].chars().next()?.len_utf8();
        let next = part_at(doc, piece_start)?;
        if !same_unit(&next.unit, &whole.unit) || next.kind != whole.kind {
            return None;
        }
        parts.push(next);
    }
    // Only where a part is broken down again: else other readers read it.
    (nested >= 1 && parts.len() >= 2).then_some(PartReading {
        whole,
        parts,
        stops_at_next: false,
    })
}
