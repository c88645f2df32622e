//! `争取专项资金60亿元，首期20亿元已拨付`, `改造老旧小区46个，首批17个`:
//! a whole, then in the next clause its first batch (`首批`, `首期`) in
//! the same unit: the first batch is some of the whole, though no `其中`
//! says so. One part, not added up.

use super::{PartReading, is_threshold, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::Figure;

/// Words naming the first batch of a whole.
const FIRST: &[&str] = &["首批", "首期"];

/// The most Han characters between the whole and the break: a count's
/// counted words (`个城中村改造`).
const MAX_WORDS: usize = 8;

/// Every level followed, past at most its counted words and one break, by
/// `首批` or `首期` and a level of its unit.
pub(super) fn first_batch(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [whole, part] = pair else {
            return None;
        };
        // Bytes first: this looks at every pair of figures. A break and
        // `首批` take nine bytes, ahead of the part.
        let between = text.get(whole.span.end..part.span.start)?;
        if !FIRST.iter().any(|w| between.ends_with(w)) {
            return None;
        }
        let before_first = &between[..between.len() - "首批".len()];
        let words = before_first.strip_suffix(['，', ','])?;
        let counted = words.chars().count() <= MAX_WORDS && words.chars().all(crate::chars::is_han);
        // `首期20亿元已投放`: the state of the batch after it, not a class.
        let stated = text[part.span.end..].starts_with('已') && is_level(part);
        let part_plain = plain(text, part) || stated && !is_change(text, part);
        (counted
            && plain(text, whole)
            && part_plain
            && same_unit(&part.unit, &whole.unit)
            && names_the_same(doc, whole, part, words))
        .then(|| PartReading::single(whole, part))
    })
}

/// A level, no change nor class bound.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure) && !is_threshold(text, figure)
}

/// Whether the things the part counts (`个街区` after it) are named in the
/// whole's clause: `建成公园3个，首批60个街区` counts other things than the
/// whole before it. A part closing its clause names nothing else.
fn names_the_same(doc: &Document, whole: &Figure, part: &Figure, words: &str) -> bool {
    let text = &doc.text;
    let Some(first) = text[part.span.end..].chars().next() else {
        return true;
    };
    if !crate::chars::is_han(first) || first == '已' {
        return true;
    }
    let clause = doc.clause_range(whole.span.start);
    let lead = &text[clause.start.min(whole.span.start)..whole.span.start];
    lead.contains(first) || words.contains(first)
}
