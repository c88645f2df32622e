//! A note's counted term used word for word in the body, with no mark
//! after it (`完成十大生态公园改造` beside the note `十大生态公园：甲公园、
//! 乙公园…`): the body's count is the term's, and counts the note's items.
//!
//! Read only where the body's count is the note's own: the same words with
//! another number may count a part of the term's things (`建成2条快速路`
//! beside a note on `5条快速路`), and a slip of the note itself is reported
//! once, at the note. So these readings never fire; they say which list a
//! count of the body stands for.

use crate::chars::chinese_digit;
use crate::document::Document;
use crate::lists::{CountedList, ListSource};

/// The fewest characters after the measure word (`大生态公园`, `项工作`):
/// a term that short is a phrase the body may use of other things.
const WORDS_CHARS: usize = 2;

/// The body's uses of the counted terms of notes whose items agree with
/// their count.
pub(crate) fn used_term_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut found = Vec::new();
    for note in &doc.notes {
        let Some(term) = note.term_range.clone() else {
            continue;
        };
        let Some(list) = out
            .iter()
            .find(|l| l.source == ListSource::Note && term.contains(&l.count_range.start))
        else {
            continue;
        };
        if list.mismatched() {
            continue;
        }
        // The term from its count on, without closing quotes.
        let words = text[list.count_range.start..term.end].trim_end_matches(['”', '"']);
        let after_measure = &text[list.count_range.end..list.count_range.start + words.len()];
        if after_measure.chars().count() < WORDS_CHARS || words.contains(['“', '、']) {
            continue;
        }
        // (memchr's SIMD search: the standard library's cost 3 M on a 1 MB
        // report with many notes, a scan of the body per note.)
        let finder = memchr::memmem::Finder::new(words.as_bytes());
        for region in &doc.body {
            for p in finder.find_iter(text[region.clone()].as_bytes()) {
                let start = region.start + p;
                // Not the tail of a longer number (`110大…`).
                let before = text[..start].chars().next_back();
                if before.is_some_and(|c| c.is_ascii_digit() || chinese_digit(c).is_some()) {
                    continue;
                }
                found.push(CountedList {
                    source: ListSource::Marked,
                    count: list.count,
                    count_range: start..start + list.count_range.len(),
                    items: list.items.clone(),
                    hidden: list.hidden,
                    open: list.open,
                });
            }
        }
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    // (count, items) of the term readings on the text's first line: they
    // are note-backed readings, as marked counts are.
    use crate::marked_counts::tests::marked as used;

    const NOTES: &str = "\n\n注释\n\n1.三大滨水公园：甲湖公园、乙河公园、丙湾公园。\n";

    #[test]
    fn a_term_used_without_its_mark_counts_the_notes_items() {
        assert_eq!(
            used(&format!("今年完成三大滨水公园改造。{NOTES}")),
            vec![(3, 3)]
        );
    }

    #[test]
    fn another_number_with_the_terms_words_is_not_the_term() {
        assert!(used(&format!("今年完成两大滨水公园改造。{NOTES}")).is_empty());
        assert!(used(&format!("今年完成十三大滨水公园改造。{NOTES}")).is_empty());
    }

    #[test]
    fn a_note_whose_items_disagree_is_reported_at_the_note_alone() {
        let notes = "\n\n注释\n\n1.三大滨水公园：甲湖公园、乙河公园。\n";
        assert!(used(&format!("今年完成三大滨水公园改造。{notes}")).is_empty());
    }
}
