//! `实施项目96个，完成投资78亿元，其中甲类项目41个、完成投资35亿元，乙类
//! 项目28个、完成投资27亿元`: a whole in two measures, and each part in the
//! same two, its second measure named as the whole's (`完成投资`) right
//! after its count. The parts' second measures are parts of the whole's
//! second measure, and add up like the counts do.

use super::{PartReading, crossing, figure_after, is_threshold, label};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::Figure;

/// The most Han characters naming a second measure (`完成投资`, `总投资`).
const MAX_NAME: usize = 6;

/// The name of a second measure in `gap`, the words between a figure and
/// the one after it: `、` then two to six Han characters (`、完成投资`).
pub(super) fn measure_name(gap: &str) -> Option<&str> {
    let name = gap.strip_prefix('、')?;
    named(name).then_some(name)
}

/// Whether `name` is two to [`MAX_NAME`] Han characters.
fn named(name: &str) -> bool {
    let count = name.chars().count();
    (2..=MAX_NAME).contains(&count) && name.chars().all(crate::chars::is_han)
}

/// The reading of `counts` (parts counted after `其中`) in the second
/// measure printed right after the whole and after each part under the
/// same name; none when a part lacks it, or the parts are classes bounded
/// by a size or set apart along different lines (they may overlap, and
/// their amounts too).
pub(super) fn measured_alike<'d>(
    doc: &'d Document,
    counts: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    if counts.parts.len() < 2 {
        return None;
    }
    let whole = figure_after(doc, counts.whole)?;
    let gap = &text[counts.whole.span.end..whole.span.start];
    // A half-width comma as a full-width one (`64个,计划总投资186亿元`).
    let name = gap.strip_prefix(['，', ',', '、'])?;
    if !named(name) || !plain(text, whole) || whole.unit == counts.whole.unit {
        return None;
    }
    let bounded = counts.parts.iter().any(|p| {
        is_threshold(text, p) || ["以上", "以下"].iter().any(|w| label(doc, p).contains(w))
    });
    let overlap = crossing::may_overlap(
        counts
            .parts
            .iter()
            .map(|p| (label(doc, p), p.unit.as_str())),
    );
    if bounded || overlap {
        return None;
    }
    let parts = counts
        .parts
        .iter()
        .map(|count| {
            let amount = figure_after(doc, count)?;
            let gap = &text[count.span.end..amount.span.start];
            (measure_name(gap) == Some(name) && amount.unit == whole.unit && plain(text, amount))
                .then_some(amount)
        })
        .collect::<Option<Vec<&Figure>>>()?;
    Some(PartReading {
        whole,
        parts,
        stops_at_next: counts.stops_at_next,
    })
}

/// A level, no change nor class bound.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure) && !is_threshold(text, figure)
}
