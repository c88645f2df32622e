//! Renumbering the notes: 1..N in the order the body first uses them, every
//! marker rewritten to match, as one set of edits. A note's first use is its
//! first marker; a note without markers is placed by the first use of its
//! term; a note with no use keeps its place among the unused at the end.
//! Renumbering a renumbered report changes nothing.

use crate::document::Document;
use crate::edits::{TextEdit, renumber_token};
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
    for marker in &doc.markers {
        let Some(i) = marker.note else { continue };
        let number = numbers[i];
        if number == marker.number {
            continue;
        }
        let token = doc.source_text(marker.range.clone());
        let new_token = renumber_token(&token, number).ok_or(Refusal::CannotWrite(number))?;
        edits.push(TextEdit::replace(marker.range.clone(), new_token));
    }
    edits.sort_by_key(|e| e.range.start);
    Ok(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;
    use crate::edits::apply;

    fn renumbered(text: &str) -> String {
        let doc = Document::parse(text, &Config::default());
        let edits = renumber(&doc).expect("renumbers");
        apply(text, &edits)
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
