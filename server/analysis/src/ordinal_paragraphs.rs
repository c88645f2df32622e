//! A count somewhere in a paragraph whose `一是…二是…` follow it, in the
//! paragraphs after it (`着力建设“五型政府”，提升治理水平。` then lines
//! `一是…` to `五是…`) or in its own words after a period (`推动“六大产
//! 业”集聚发展。一是…`).
//!
//! The count does not close its sentence (those are the lead and
//! sentence-ordinal readers'), so nothing says it is what the ordinals
//! number: a paragraph may hold several counts. It is read only when it is
//! the one count of its paragraph as many as the ordinals, and the
//! ordinals end where they seem to; such a reading agrees by construction,
//! and never fires: a count of another number may count something else.

use std::ops::Range;

use crate::chars::is_space;
use crate::document::Document;
use crate::lists::{CountedList, ListSource, counts_in, ordinal_items};

pub(crate) fn ordinal_paragraph_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for region in &doc.body {
        let lines = doc.lines_within(region);
        for (i, line) in lines.iter().enumerate() {
            if line.is_blank() {
                continue;
            }
            // `一是` opening the next paragraph.
            let next = lines[i + 1..].iter().find(|l| !l.is_blank());
            let below = next.and_then(|l| {
                let content = &text[l.content.clone()];
                let skipped = content.len() - content.trim_start_matches(is_space).len();
                content[skipped..]
                    .starts_with("一是")
                    .then_some(l.content.start + skipped)
            });
            if let Some(first) = below {
                read(text, line.content.clone(), first, region.end, out);
            }
        }
        // `。一是` inside a paragraph (found by the cues): the words of the
        // paragraph before it.
        for &first in &doc.cues.sentence_ordinals {
            if !region.contains(&first) {
                continue;
            }
            let start = text[region.start..first]
                .rfind('\n')
                .map_or(region.start, |p| region.start + p + 1);
            read(text, start..first, first, region.end, out);
        }
    }
}

/// Reads the one count of `paragraph` as many as the ordinals from
/// `first` (up to `limit`), if the ordinals are closed.
fn read(
    text: &str,
    paragraph: Range<usize>,
    first: usize,
    limit: usize,
    out: &mut Vec<CountedList>,
) {
    let items = ordinal_items(text, first, limit);
    if items.len() < 2 || !crate::list_forms::ordinals_closed(text, &items, limit) {
        return;
    }
    let mut same = counts_in(text, paragraph)
        .into_iter()
        .filter(|(count, range)| {
            *count as usize == items.len()
                && !crate::list_forms::AMOUNTS
                    .iter()
                    .any(|w| text[range.end..].starts_with(w))
        });
    let Some((count, range)) = same.next() else {
        return;
    };
    if same.next().is_some() {
        return;
    }
    out.push(CountedList::shown(
        ListSource::Ordinals,
        count,
        range,
        items,
    ));
}
