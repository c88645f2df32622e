//! A note whose term is a count in digits, unquoted (`4类重点对象：指甲户、
//! 乙户、丙人员和丁家庭`, `6个重大专项：…推进A、B、C等6个重大专项`): the
//! count rule reads it (a note's count over its items, or the count the
//! definition restates with its list), and reports it; the slogan reader
//! leaves such a term to it (see `named_slogans`). Its reading is shown
//! among the slogan readings all the same, marked as the count rule's
//! (`counted`), so that a term read once is reported once.

use crate::chars::is_han;
use crate::document::Document;
use crate::lists::{CountedList, ListSource};
use crate::slogan_count::{SloganCount, SloganPart, is_measure};

use super::slogans::{SloganReading, reading_of};

/// The count rule's readings of notes whose term is an unquoted count in
/// digits, as slogan readings marked `counted`.
pub(super) fn note_count_readings(doc: &Document, out: &mut Vec<SloganReading>) {
    let text = doc.text.as_str();
    for note in &doc.notes {
        let (Some(term), Some(term_range)) = (note.term.as_deref(), note.term_range.as_ref())
        else {
            continue;
        };
        // The cheapest test first: most terms open with a word.
        if !term.starts_with(|c: char| c.is_ascii_digit()) || term.contains(crate::chars::is_quote)
        {
            continue;
        }
        let Some(part) = digits_measured(term) else {
            continue;
        };
        if out.iter().any(|r| r.term_range.start == term_range.start) {
            continue;
        }
        // The list the term counts (its own count over the note's items),
        // else the one the definition counts with the term's own words
        // (`…等6个重大专项`).
        let counts_term = |l: &&CountedList| {
            l.count == part.numeral
                && (l.source == ListSource::Note && l.count_range.start == term_range.start
                    || note.text_range.start <= l.count_range.start
                        && l.count_range.end <= note.text_range.end
                        && text[l.count_range.start..].starts_with(term))
        };
        // (Read once per version; the count rule reads them too.)
        let Some(list) = crate::lists::counted_lists(doc).iter().find(counts_term) else {
            continue;
        };
        let shown = list.items.len();
        let count = part.numeral as usize;
        let reading =
            if (shown..=shown + list.hidden).contains(&count) || list.open && shown <= count {
                SloganCount::Holds
            } else if list.hidden == 0 && !list.open {
                SloganCount::Differs(vec![Some(shown)])
            } else {
                continue;
            };
        let mut read = reading_of(
            term,
            term_range.clone(),
            note.text_range.clone(),
            std::slice::from_ref(&part),
            &reading,
        );
        read.counted = true;
        out.push(read);
    }
}

/// The most characters of what a term's count counts (`重大科技专项`).
const MAX_COUNTED: usize = 8;

/// `4类重点对象`, `12项举措`: a count in digits, a measure word, then the
/// words of what it counts; `None` for anything else (`3+2`, `100公里`).
fn digits_measured(term: &str) -> Option<SloganPart> {
    let digits = term.chars().take_while(char::is_ascii_digit).count();
    let numeral: u32 = term.get(..digits)?.parse().ok()?;
    let mut rest = term[digits..].chars();
    let measure = rest.next().filter(|c| is_measure(*c))?;
    let counted: String = rest.collect();
    let words = counted.chars().count();
    let plain = (1..=MAX_COUNTED).contains(&words) && counted.chars().all(is_han);
    (digits <= 2 && numeral >= 2 && plain).then(|| SloganPart {
        numeral,
        written: format!("{measure}{counted}"),
        words: vec![counted],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_counting_in_digits_is_its_count_and_what_it_counts() {
        let part = digits_measured("5类帮扶对象").expect("a count");
        assert_eq!((part.numeral, part.words[0].as_str()), (5, "帮扶对象"));
        assert!(digits_measured("12项改革举措").is_some());
        // Codes, figures, a count of one, a count with no measure word.
        assert_eq!(digits_measured("3+2"), None);
        assert_eq!(digits_measured("100公里"), None);
        assert_eq!(digits_measured("1个中心"), None);
        assert_eq!(digits_measured("5区"), None);
    }
}
