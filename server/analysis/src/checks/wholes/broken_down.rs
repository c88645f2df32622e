//! `共办理实事70件，分乡镇看：甲镇9件，乙镇8件，…`: a level, then `分X看`
//! in its sentence, then that level broken down by X, each class named
//! with its level. The classes divide the whole: they add up to it.

use super::{PartReading, same_unit, sentence_end};
use crate::chars::is_han;
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;

/// The most Han characters of what the whole is broken down by (`乡镇`,
/// `产业`, `行业`, `区域`).
const MAX_BY: usize = 4;

/// Every `，分X看` right after a level, with the levels of its unit after
/// it in the sentence, each the first figure of its clause.
pub(super) fn broken_down(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    // Bytes first: `看` followed by a break is rare. (A search for its
    // three bytes: `match_indices` with a char looks for its last byte,
    // which most Han characters share.)
    memchr::memmem::find_iter(text.as_bytes(), "看".as_bytes()).filter_map(move |at| {
        let after = at + '看'.len_utf8();
        if !text[after..].starts_with(['：', '，', ':', ',']) {
            return None;
        }
        let lead = &text[..at];
        let by_start = lead.rfind('分')?;
        let by = &lead[by_start + '分'.len_utf8()..];
        let n = by.chars().count();
        if !(1..=MAX_BY).contains(&n) || !by.chars().all(is_han) {
            return None;
        }
        let before = lead[..by_start].strip_suffix(['，', ','])?;
        let k = doc.figures.partition_point(|f| f.span.end <= before.len());
        let whole = doc.figures.get(k.checked_sub(1)?)?;
        if whole.span.end != before.len() || !is_plain_level(text, whole) {
            return None;
        }
        let end = sentence_end(text, after, None);
        let mut parts = Vec::new();
        for figure in doc.figures[k..].iter().take_while(|f| f.span.end <= end) {
            if figure.span.start < after || !same_unit(&figure.unit, &whole.unit) {
                continue;
            }
            // Each class opens its clause with its name alone: a level
            // further in the clause may be a class's own detail.
            let lead = &text[after..figure.span.start];
            let name = lead
                .rfind(['：', ':', '，', ',', '；', ';', '、'])
                .map_or(lead, |p| &lead[p..])
                .trim_start_matches(['：', ':', '，', ',', '；', ';', '、']);
            if !is_plain_level(text, figure) || name.is_empty() || !name.chars().all(is_han) {
                return None;
            }
            parts.push(figure);
        }
        (parts.len() >= 2).then_some(PartReading {
            whole,
            parts,
            stops_at_next: false,
        })
    })
}
