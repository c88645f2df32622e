//! Renumbering the notes: 1..N in the order the body first uses them, every
//! marker rewritten to match, as one set of edits. A note's first use is its
//! first marker; a note without markers is placed by the first use of its
//! term; a note with no use keeps its place among the unused at the end.
//! Renumbering a renumbered report changes nothing.
//!
//! A dash range of markers (`［2-4］`, `①-③`) stays a range when its notes
//! still follow each other upwards; otherwise a bracketed one becomes a
//! list of its new numbers (`［2、5、6］`), and a range of circled or other
//! unbracketed markers is refused, since glued markers would read as an
//! enumeration.

use std::ops::Range;

use crate::document::Document;
use crate::edits::{TextEdit, number_in_kind_of, renumber_token};
use crate::markers::MarkerStyle;
use crate::notes::NumberStyle;

/// Why the notes cannot be renumbered (words in `messages::editing`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoNotes,
    /// Notes written `术语：解释` with no number.
    Unnumbered,
    /// A marker whose note is missing: its number would come to point at
    /// another note.
    MarkerWithoutNote(u32),
    /// The report's shape of number cannot write it (circled past ㊿).
    CannotWrite(u32),
    /// Each part has its own notes, numbered afresh: one order 1..N would
    /// merge them.
    PartNotes,
    /// A dash range of unbracketed markers (`①-③`, by its end numbers)
    /// whose notes would no longer follow each other.
    RangeSplit(u32, u32),
}

/// The new number of each note (by index), in the order of first use.
pub fn new_numbers(doc: &Document) -> Vec<u32> {
    let first_marker = |i: usize| doc.markers_of(i).map(|m| m.range.start).min();
    let first_use = |i: usize| {
        first_marker(i).or_else(|| {
            doc.note_term(i)
                .and_then(|t| t.uses.first())
                .map(|r| r.start)
        })
    };
    let mut used: Vec<(usize, usize)> = Vec::new();
    let mut unused: Vec<usize> = Vec::new();
    for i in 0..doc.notes.len() {
        match first_use(i) {
            Some(at) => used.push((at, i)),
            None => unused.push(i),
        }
    }
    used.sort();
    let mut numbers = vec![0; doc.notes.len()];
    for (place, i) in used.iter().map(|&(_, i)| i).chain(unused).enumerate() {
        numbers[i] = place as u32 + 1;
    }
    numbers
}

/// The edits that renumber the notes; empty when they are in order.
pub fn renumber(doc: &Document) -> Result<Vec<TextEdit>, Refusal> {
    let Some(first) = doc.notes.first() else {
        return Err(Refusal::NoNotes);
    };
    if first.style == NumberStyle::Unnumbered {
        return Err(Refusal::Unnumbered);
    }
    if !doc.part_notes_sections.is_empty() {
        return Err(Refusal::PartNotes);
    }
    // Markdown numbers named footnotes by their first use itself: their
    // names are no numbers to put in order.
    if doc.notes.iter().any(|n| n.name(&doc.text).is_some()) {
        return Ok(Vec::new());
    }
    if let Some(m) = doc.markers.iter().find(|m| m.note.is_none()) {
        return Err(Refusal::MarkerWithoutNote(m.number));
    }
    let numbers = new_numbers(doc);
    // Slot j (where note j stands now) takes the note numbered j + 1.
    let mut by_number: Vec<usize> = (0..doc.notes.len()).collect();
    by_number.sort_by_key(|&i| numbers[i]);
    let mut edits = Vec::new();
    for (slot, &i) in by_number.iter().enumerate() {
        let note = &doc.notes[i];
        let number = numbers[i];
        // Written from the source's own text: full-width figures stay so.
        let token = doc.source_text(note.number_range.clone());
        let new_token = renumber_token(&token, number).ok_or(Refusal::CannotWrite(number))?;
        let place = &doc.notes[slot];
        if slot == i {
            if new_token != token {
                edits.push(TextEdit::replace(note.number_range.clone(), new_token));
            }
        } else {
            let new_text = format!(
                "{}{}{}",
                doc.source_text(note.range.start..note.number_range.start),
                new_token,
                doc.source_text(note.number_range.end..note.range.end)
            );
            edits.push(TextEdit::replace(place.range.clone(), new_text));
        }
    }
    let ranges = dash_ranges(doc);
    let in_range = |k: usize| ranges.iter().any(|r| r.contains(&k));
    for range in &ranges {
        edits.extend(renumber_range(doc, range.clone(), &numbers)?);
    }
    for (k, marker) in doc.markers.iter().enumerate() {
        let Some(i) = marker.note else { continue };
        let number = numbers[i];
        if number == marker.number || in_range(k) {
            continue;
        }
        let token = doc.source_text(marker.range.clone());
        let new_token = renumber_token(&token, number).ok_or(Refusal::CannotWrite(number))?;
        edits.push(TextEdit::replace(marker.range.clone(), new_token));
    }
    edits.sort_by_key(|e| e.range.start);
    Ok(edits)
}

/// The dash ranges of markers (`［2-4］`, `①-③`), as index ranges into
/// the markers: the two written ends and, between them, the markers the
/// dash stands for, which each span the dash alone.
fn dash_ranges(doc: &Document) -> Vec<Range<usize>> {
    let markers = &doc.markers;
    let mut ranges = Vec::new();
    let mut k = 0;
    while k + 2 < markers.len() {
        // The dash: what the marker after the first spans, right after it.
        let gap = markers[k + 1].range.clone();
        let dash = |m: &crate::markers::Marker| m.range == gap && gap.start == markers[k].range.end;
        let inner = markers[k + 1..].iter().take_while(|m| dash(m)).count();
        let last = k + inner + 1;
        if inner > 0 && markers.get(last).is_some_and(|m| m.range.start == gap.end) {
            ranges.push(k..last + 1);
            k = last + 1;
        } else {
            k += 1;
        }
    }
    ranges
}

/// The edits of one dash range: its ends renumbered when the new numbers
/// still run upwards one by one; else a bracket's whole inside written as
/// a list of them, in the order of the range.
fn renumber_range(
    doc: &Document,
    range: Range<usize>,
    numbers: &[u32],
) -> Result<Vec<TextEdit>, Refusal> {
    let markers = &doc.markers[range];
    let (Some(first), Some(last)) = (markers.first(), markers.last()) else {
        return Ok(Vec::new());
    };
    // A range's markers all have notes (renumbering refuses one without).
    let new: Vec<u32> = markers
        .iter()
        .map(|m| m.note.map_or(m.number, |i| numbers[i]))
        .collect();
    let first_token = doc.source_text(first.range.clone());
    let last_token = doc.source_text(last.range.clone());
    let rewrite = |m: &crate::markers::Marker, token: &str, n: u32| {
        let new_token = renumber_token(token, n).ok_or(Refusal::CannotWrite(n))?;
        Ok::<_, Refusal>((n != m.number).then(|| TextEdit::replace(m.range.clone(), new_token)))
    };
    if new.windows(2).all(|pair| pair[1] == pair[0] + 1) {
        let ends = [
            rewrite(first, &first_token, new[0])?,
            rewrite(last, &last_token, new[new.len() - 1])?,
        ];
        return Ok(ends.into_iter().flatten().collect());
    }
    let bracketed = matches!(
        first.style,
        MarkerStyle::FullWidthBracket
            | MarkerStyle::Bracket
            | MarkerStyle::Lenticular
            | MarkerStyle::Tortoise
    );
    if !bracketed {
        return Err(Refusal::RangeSplit(first.number, last.number));
    }
    // `［2` … `4］`: the bracket from the first token, the numbers in its
    // digits, the close from the last token.
    let opening = renumber_token(&first_token, new[0]).ok_or(Refusal::CannotWrite(new[0]))?;
    let closing = renumber_token(&last_token, new[new.len() - 1])
        .ok_or(Refusal::CannotWrite(new[new.len() - 1]))?;
    let mut list = opening;
    for &n in &new[1..new.len() - 1] {
        list.push('、');
        list.push_str(&number_in_kind_of(&first_token, n).ok_or(Refusal::CannotWrite(n))?);
    }
    list.push('、');
    list.push_str(&closing);
    Ok(vec![TextEdit::replace(
        first.range.start..last.range.end,
        list,
    )])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;
    use crate::edits::apply;

    fn renumbered(text: &str) -> String {
        let doc = Document::parse(text, &Config::default());
        let edits = renumber(&doc).expect("renumbers");
        apply(text, &doc.source_edits(edits))
    }

    #[test]
    fn notes_follow_their_first_markers() {
        let text = "2031年某县政府工作报告\n推进“甲乙工程”［2］，落实“丙丁机制”［1］，再提“甲乙工程”［2］。\n注释\n［1］“丙丁机制”：说明一。\n［2］“甲乙工程”：说明二。\n";
        let out = renumbered(text);
        assert_eq!(
            out,
            "2031年某县政府工作报告\n推进“甲乙工程”［1］，落实“丙丁机制”［2］，再提“甲乙工程”［1］。\n注释\n［1］“甲乙工程”：说明二。\n［2］“丙丁机制”：说明一。\n"
        );
        assert_eq!(renumbered(&out), out, "idempotent");
    }

    #[test]
    fn a_dash_range_stays_a_range_while_its_notes_follow_each_other() {
        // The range is the first use of all three notes, after one other.
        let text = "2031年某县政府工作报告\n推进“戊己”［4］和“甲”“乙”“丙”［1-3］。\n注释\n［1］“甲”：说明甲。\n［2］“乙”：说明乙。\n［3］“丙”：说明丙。\n［4］“戊己”：说明戊。\n";
        let out = renumbered(text);
        assert_eq!(
            out,
            "2031年某县政府工作报告\n推进“戊己”［1］和“甲”“乙”“丙”［2-4］。\n注释\n［1］“戊己”：说明戊。\n［2］“甲”：说明甲。\n［3］“乙”：说明乙。\n［4］“丙”：说明丙。\n"
        );
        assert_eq!(renumbered(&out), out, "idempotent");
    }

    #[test]
    fn a_bracketed_range_whose_notes_part_becomes_a_list() {
        // Note 2 is used first, alone: the range's notes become 2, 1, 3.
        let text = "2031年某县政府工作报告\n推进“乙”［2］，再提“甲”“乙”“丙”［１-３］。\n注释\n［1］“甲”：说明甲。\n［2］“乙”：说明乙。\n［3］“丙”：说明丙。\n";
        let out = renumbered(text);
        assert_eq!(
            out,
            "2031年某县政府工作报告\n推进“乙”［1］，再提“甲”“乙”“丙”［２、１、３］。\n注释\n［1］“乙”：说明乙。\n［2］“甲”：说明甲。\n［3］“丙”：说明丙。\n"
        );
        let doc = Document::parse(&out, &Config::default());
        let numbers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
        assert_eq!(numbers, [1, 2, 1, 3], "the list reads back as markers");
        assert_eq!(renumbered(&out), out, "idempotent");
    }

    #[test]
    fn a_circled_range_whose_notes_part_is_refused() {
        let text = "2031年某县政府工作报告\n推进“乙”②，再提“甲”“乙”“丙”①-③。\n注释\n①“甲”：说明甲。\n②“乙”：说明乙。\n③“丙”：说明丙。\n";
        let doc = Document::parse(text, &Config::default());
        assert_eq!(doc.markers.len(), 4, "the range is read: {:?}", doc.markers);
        assert_eq!(renumber(&doc), Err(Refusal::RangeSplit(1, 3)));
    }

    #[test]
    fn refusals() {
        let config = Config::default();
        let doc = Document::parse("2031年某县政府工作报告\n推进“甲乙”③。\n", &config);
        assert_eq!(renumber(&doc), Err(Refusal::NoNotes));
        let doc = Document::parse(
            "2031年某县政府工作报告\n推进“甲乙”［3］。\n注释\n［1］“丙丁”：说明。\n",
            &config,
        );
        assert_eq!(renumber(&doc), Err(Refusal::MarkerWithoutNote(3)));
    }
}
