//! share-mismatch: `一般公共预算收入50亿元，其中税收收入40亿元，占比80%`:
//! a share printed right after the first part of a whole read with its
//! `其中` (or its own stage) is that part over the whole, so it must fall
//! within what the printed digits of both allow. Read only when the part
//! and the whole are plain levels with no qualifier and the share is a
//! plain percent right after `占比` (no `约`, `超过`, no change).

use super::{PartReading, Sink, exact_count};
use crate::checks::figure_text::{is_change, is_level, number};
use crate::diagnostic::{Finding, Related, RelatedKind, ShareOfWhole};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// What stands between a part and its share: `，占比80%`, `、占比为80%`.
const SHARE_WORDS: &[&str] = &[
    "，占比",
    "，占比为",
    "，占比达",
    "、占比",
    "、占比为",
    ",占比",
];

pub(super) fn check(doc: &Document, readings: &[PartReading], sink: &mut Sink) {
    let text = &doc.text;
    for (k, reading) in readings.iter().enumerate() {
        let (whole, Some(&part)) = (reading.whole, reading.parts.first()) else {
            continue;
        };
        // Cheapest first: a percent right after the part, parted by `占比`.
        let Some(share) = share_after(doc, part) else {
            continue;
        };
        // Another reading of this part with another whole: whose share it
        // is is not one answer.
        let other_whole = readings
            .iter()
            .enumerate()
            .any(|(j, r)| j != k && r.parts.first() == Some(&part) && r.whole.span != whole.span);
        if other_whole || !plain(text, whole) || !plain(text, part) || whole.low <= 0.0 {
            continue;
        }
        let (part_low, part_high) = bounds(text, part);
        let (whole_low, whole_high) = bounds(text, whole);
        let low = part_low / whole_high * 100.0;
        let high = part_high / whole_low * 100.0;
        if share.high >= low && share.low <= high {
            continue;
        }
        // The share of the figures as printed, a digit finer than the
        // printed share.
        let implied = format!(
            "{}%",
            number(part.value / whole.value * 100.0, decimals(share.precision))
        );
        sink.push(
            share.span.clone(),
            Finding::ShareMismatch(Box::new(ShareOfWhole {
                share: share.text(text).to_string(),
                part: part.text(text).to_string(),
                whole: whole.text(text).to_string(),
                implied,
            })),
            vec![Related {
                file: None,
                range: whole.span.clone(),
                kind: RelatedKind::Whole,
            }],
        );
    }
}

/// The plain percent after `part` and `，占比`, if any.
fn share_after<'d>(doc: &'d Document, part: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let next = doc
        .figures
        .partition_point(|f| f.span.start < part.span.end);
    let share = doc.figures.get(next)?;
    let between = text.get(part.span.end..share.span.start)?;
    (share.kind == FigureKind::Percent
        && share.qualifier.is_none()
        && SHARE_WORDS.contains(&between))
    .then_some(share)
}

/// A level as printed: no qualifier (`约`, `余`), no change.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && figure.qualifier.is_none() && !is_change(text, figure)
}

/// The values a figure may stand for: things counted one by one are
/// exact (12 schools are not 11.5 to 12.5).
fn bounds(text: &str, figure: &Figure) -> (f64, f64) {
    if exact_count(text, figure) {
        (figure.value, figure.value)
    } else {
        (figure.low, figure.high)
    }
}

/// The decimals to show an implied share with: one more than printed.
fn decimals(precision: f64) -> usize {
    let printed = (-precision.log10()).round().max(0.0) as usize;
    printed + 1
}
