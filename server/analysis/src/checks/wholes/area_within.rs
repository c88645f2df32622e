//! `全市新增停车位4600个，中心城区新增停车位1500个`: a level of the whole
//! area (`全市`, `市域`), then, in the next clause, the same measure of the
//! central city within it: a part, though no `其中` says so.

use super::PartReading;
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;

/// Words naming the whole area, opening the whole's clause.
const WHOLE_AREAS: &[&str] = &["全市", "全县", "全区", "市域", "县域"];

/// Words naming an area within it, opening the part's clause.
const INNER_AREAS: &[&str] = &["中心城区", "中心城市", "主城区", "中心城"];

/// Words between a measure's name and its figure.
const VERBS: &[&str] = &["达到", "达", "为", "不少于", "超过", "突破", "约"];

/// The most Han characters of a measure's name.
const MAX_NAME: usize = 12;

/// Every level of the whole area followed, past one break, by the inner
/// area's level of the same measure (its name closing alike) and unit.
pub(super) fn area_within(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [whole, part] = pair else {
            return None;
        };
        let between = text.get(whole.span.end..part.span.start)?;
        let rest = between.strip_prefix(['，', ',', '；', ';'])?;
        // Cheap first: this looks at every pair of figures.
        let inner = INNER_AREAS.iter().find(|a| rest.starts_with(**a))?;
        let part_name = measure(&rest[inner.len()..])?;
        let clause = doc.clause_range(whole.span.start);
        let lead = &text[clause.start.min(whole.span.start)..whole.span.start];
        let area = WHOLE_AREAS.iter().find(|a| lead.starts_with(**a))?;
        let whole_name = measure(&lead[area.len()..])?;
        // The same measure: the names close with the same two characters
        // (`城区停车位`, `停车位`).
        let head = |name: &str| name.chars().rev().take(2).collect::<String>();
        (whole.unit == part.unit
            && head(whole_name) == head(part_name)
            && is_plain_level(text, whole)
            && is_plain_level(text, part))
        .then(|| PartReading::single(whole, part))
    })
}

/// A measure's name: Han characters past a closing verb, two to
/// [`MAX_NAME`] of them.
fn measure(words: &str) -> Option<&str> {
    let name = VERBS
        .iter()
        .find_map(|v| words.strip_suffix(v))
        .unwrap_or(words);
    let n = name.chars().count();
    ((2..=MAX_NAME).contains(&n) && name.chars().all(crate::chars::is_han)).then_some(name)
}
