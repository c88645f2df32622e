//! A count in the body that a note's mark follows (`加快建设“两个基地”[8]`)
//! counts what the note lists (`[8]两个基地：甲基地，乙基地。`): the mark
//! says the words before it are the note's term, so the body's count and
//! the note's items must agree, as the note's own count and items must.
//! Only when the body's words before the mark are the term's, but for the
//! numeral: what else the body says around a mark is no term.

use crate::document::Document;
use crate::lists::{CountedList, ListSource, count_at};

/// The body's marked counts of every note whose items were read.
pub(crate) fn marked_note_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut found = Vec::new();
    for marker in &doc.markers {
        let Some(note) = marker.note.and_then(|k| doc.notes.get(k)) else {
            continue;
        };
        let Some(term) = note.term_range.clone() else {
            continue;
        };
        // The note's own list, read by the note reader.
        let Some(list) = out.iter().find(|l| {
            l.source == ListSource::Note && term.contains(&l.count_range.start) && l.hidden == 0
        }) else {
            continue;
        };
        // The term's words after its count, without a closing quote
        // (`基地` of `两个基地`, `国字号”体训基地` of `“三大国字号”体训基地`).
        let words = text[list.count_range.end..term.end].trim_end_matches('”');
        let Some(own_measure) = count_at(text, list.count_range.start).map(|(_, _, m)| m) else {
            continue;
        };
        let before = text[..marker.range.start]
            .trim_end_matches(crate::chars::is_space)
            .trim_end_matches('”');
        let Some(head) = before.strip_suffix(words) else {
            continue;
        };
        let Some(start) = numeral_start(head) else {
            continue;
        };
        // The same measure word, ending right where the words start.
        let Some((count, end, measure)) = count_at(text, start) else {
            continue;
        };
        // The note's own slip, restated in the body, is reported once, at
        // the note.
        if measure != own_measure
            || end != head.len()
            || start == list.count_range.start
            || (count == list.count && list.mismatched())
        {
            continue;
        }
        found.push(CountedList {
            source: ListSource::Marked,
            count,
            count_range: start..end,
            items: list.items.clone(),
            hidden: 0,
            open: list.open,
        });
    }
    out.extend(found);
}

/// Whether the slogan reader reads the note a marked count's mark points
/// at: that reader checks the use against the note, and one place is
/// reported once.
pub(crate) fn slogan_reads(doc: &Document, list: &CountedList) -> bool {
    let end = list.count_range.end;
    doc.markers
        .iter()
        .find(|m| m.range.start >= end && m.range.start - end <= 40)
        .and_then(|m| m.note)
        .and_then(|k| doc.note_slogans.get(k))
        .is_some_and(|r| !r.named.is_empty())
}

/// Where the numeral that the measure word closing `head` follows starts.
fn numeral_start(head: &str) -> Option<usize> {
    let mut start = None;
    for (i, c) in head.char_indices().rev() {
        let numeral = c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some();
        match (numeral, start) {
            (true, _) => start = Some(i),
            (false, Some(_)) => break,
            // Past the measure word (one or two characters, `个方面`).
            (false, None) if head.len() - i > 3 * 3 => return None,
            (false, None) => {}
        }
    }
    start
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::config::Config;

    /// (count, items) of the note-backed readings (`ListSource::Marked`)
    /// on the text's first line.
    pub(crate) fn marked(text: &str) -> Vec<(u32, usize)> {
        let doc = Document::parse(text, &Config::default());
        crate::lists::counted_lists(&doc)
            .iter()
            .filter(|l| l.source == ListSource::Marked && doc.line_at(l.count_range.start) == 0)
            .map(|l| (l.count, l.items.len()))
            .collect()
    }

    const NOTES: &str = "\n\n注释\n\n[1]两个中心：甲地的物流中心，乙地的会展中心。\n";

    #[test]
    fn a_marked_count_counts_the_notes_items() {
        assert_eq!(
            marked(&format!("加快建设“两个中心”[1]，成效明显。{NOTES}")),
            vec![(2, 2)]
        );
        assert_eq!(
            marked(&format!("加快建设“三个中心”[1]，成效明显。{NOTES}")),
            vec![(3, 2)]
        );
    }

    #[test]
    fn other_words_before_the_mark_are_no_term() {
        assert!(marked(&format!("加快建设三个物流园区[1]，成效明显。{NOTES}")).is_empty());
    }
}
