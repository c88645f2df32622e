//! share-mismatch: `一般公共预算收入50亿元，其中税收收入40亿元，占比80%`:
//! a share printed right after the first part of a whole read with its
//! `其中` (or in the whole's own clause), or after each of the parts that
//! follow it with shares of their own, is that part over the whole, so it
//! must fall within what the printed digits of both allow. Read only when the part
//! and the whole are plain levels with no qualifier and the share is a
//! plain percent right after `占比` (no `约`, `超过`, no change).

use std::collections::{HashMap, HashSet};

use super::{PartReading, Sink, exact_count};
use crate::checks::figure_text::{is_change, is_level, number};
use crate::diagnostic::{Finding, Related, RelatedKind, ShareOfWhole};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// What stands between a part and its share: `，占比80%`, `、占比为80%`,
/// `，占80%` (a bare `占` right before the percent names no other whole).
const SHARE_WORDS: &[&str] = &[
    "，占",
    "、占",
    "，占比",
    "，占比为",
    "，占比达",
    "、占比",
    "、占比为",
    ",占比",
];

pub(super) fn check(doc: &Document, readings: &[PartReading], sink: &mut Sink) {
    let text = &doc.text;
    let mut flagged = HashSet::new();
    // The wholes each part is read within, found once for every share.
    let mut wholes_of: HashMap<Span, Vec<Span>> = HashMap::new();
    for r in readings {
        for p in &r.parts {
            let wholes = wholes_of.entry(span(p)).or_default();
            if !wholes.contains(&span(r.whole)) {
                wholes.push(span(r.whole));
            }
        }
    }
    for reading in readings {
        let whole = reading.whole;
        // The first part, and the parts after it while each has its own
        // share (`其中企业2.1万户，占比25.6%；个体户5.9万户，占比72%`): a
        // part with none ends the run, as whose share a later one is is
        // then unsure.
        for (n, &part) in reading.parts.iter().enumerate() {
            // Cheapest first: a percent right after the part, parted by `占比`.
            let Some(share) = share_after(doc, whole, part) else {
                break;
            };
            let parted = text
                .get(whole.span.end..share.span.start)
                .is_none_or(|t| t.contains('。'));
            if n > 0 && parted {
                break;
            }
            // Two readers may read one part of one whole: said once.
            if flagged.contains(&share.span.start) {
                continue;
            }
            // Another reading of this part with another whole: whose share
            // it is is not one answer.
            let other_whole = wholes_of
                .get(&span(part))
                .is_some_and(|wholes| wholes.iter().any(|w| *w != span(whole)));
            if other_whole {
                continue;
            }
            if let Some(finding) = misfit(text, whole, part, share) {
                flagged.insert(share.span.start);
                sink.push(
                    share.span.clone(),
                    finding,
                    vec![Related {
                        file: None,
                        range: whole.span.clone(),
                        kind: RelatedKind::Whole,
                    }],
                );
            }
        }
    }
}

/// A figure's place, as a key.
type Span = (usize, usize);

fn span(figure: &Figure) -> Span {
    (figure.span.start, figure.span.end)
}

/// The finding for `share` of `part` when the part over its `whole` does
/// not allow it.
fn misfit(text: &str, whole: &Figure, part: &Figure, share: &Figure) -> Option<Finding> {
    if !plain(text, whole) || !plain(text, part) || whole.low <= 0.0 {
        return None;
    }
    let (part_low, part_high) = bounds(text, part);
    let (whole_low, whole_high) = bounds(text, whole);
    let low = part_low / whole_high * 100.0;
    let high = part_high / whole_low * 100.0;
    if share.high >= low && share.low <= high {
        return None;
    }
    // The share of the figures as printed, a digit finer than the printed
    // share.
    let implied = format!(
        "{}%",
        number(part.value / whole.value * 100.0, decimals(share.precision))
    );
    Some(Finding::ShareMismatch(Box::new(ShareOfWhole {
        share: share.text(text).to_string(),
        part: part.text(text).to_string(),
        whole: whole.text(text).to_string(),
        implied,
    })))
}

/// The plain percent after `part` and `，占比` (or the whole's or the
/// part's own words said again), if any.
fn share_after<'d>(doc: &'d Document, whole: &Figure, part: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let next = doc
        .figures
        .partition_point(|f| f.span.start < part.span.end);
    let share = doc.figures.get(next)?;
    let between = text.get(part.span.end..share.span.start)?;
    // A draft typed with half-width commas and spaces around its figures
    // (`198.6 亿元,占 80.5 %`) reads as one typed with full-width ones.
    let between: std::borrow::Cow<str> =
        if between.contains(|c: char| c == ',' || c.is_whitespace()) {
            between
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == ',' { '，' } else { c })
                .collect::<String>()
                .into()
        } else {
            between.into()
        };
    let between = between.as_ref();
    (share.kind == FigureKind::Percent
        && share.qualifier.is_none()
        && (SHARE_WORDS.contains(&between)
            || names_its_whole(doc, whole, between)
            || names_the_part(text, part, between)))
    .then_some(share)
}

/// `收入96.8亿元，其中税收81.6亿元，占收入的84.3%`: `，占` and the words
/// that name the whole in its own clause, before its figure, then `的`.
fn names_its_whole(doc: &Document, whole: &Figure, between: &str) -> bool {
    let Some(words) = between
        .strip_prefix("，占")
        .and_then(|w| w.strip_suffix('的'))
    else {
        return false;
    };
    let clause = doc.clause_range(whole.span.start);
    let named = doc.text.get(clause.start..whole.span.start).unwrap_or("");
    words.chars().count() >= 2 && words.chars().all(crate::chars::is_han) && named.contains(words)
}

/// `其中护理型床位7400张，护理型床位占比63.8%`: the part's own words
/// right before its figure, said again before `占比`.
fn names_the_part(text: &str, part: &Figure, between: &str) -> bool {
    let Some(words) = between
        .strip_prefix('，')
        .and_then(|w| w.strip_suffix("占比"))
    else {
        return false;
    };
    words.chars().count() >= 2
        && words.chars().all(crate::chars::is_han)
        && text[..part.span.start].ends_with(words)
}

/// A level as printed: no qualifier (`约`, `余`), no change.
pub(super) fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && figure.qualifier.is_none() && !is_change(text, figure)
}

/// The values a figure may stand for: things counted one by one are
/// exact (12 schools are not 11.5 to 12.5).
pub(super) fn bounds(text: &str, figure: &Figure) -> (f64, f64) {
    if exact_count(text, figure) {
        (figure.value, figure.value)
    } else {
        (figure.low, figure.high)
    }
}

/// The decimals to show an implied share with: one more than printed.
pub(super) fn decimals(precision: f64) -> usize {
    let printed = (-precision.log10()).round().max(0.0) as usize;
    printed + 1
}
