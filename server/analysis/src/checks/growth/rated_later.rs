//! `这五年，…财政收入从5.1万亿元增加到11.7万亿元。` and paragraphs later
//! `这五年，财政收入年均增长18.1%`: a review prints an indicator's two
//! levels over a span of years without a rate, then states the indicator's
//! average rate alone. The rate is read over those levels when both places
//! name the same span of years and nothing else in between could be its
//! base: one pair of levels of the indicator, no other rate or level of it.

use super::super::figure_text::{figures_in, says_not_comparable, sentence_range};
use super::{GrowthReading, growth_rate, is_pair, is_volume, period_near, scope};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Every average rate stated apart from its levels (see the module).
/// `read`: the changes and levels other readings already took.
pub(super) fn rated_later<'d>(
    doc: &'d Document,
    read: &[GrowthReading<'d>],
) -> Vec<GrowthReading<'d>> {
    let text = doc.text.as_str();
    let figures = &doc.figures;
    let mut out = Vec::new();
    let taken = |f: &Figure| {
        read.iter()
            .any(|r| [r.from, r.to, r.change].iter().any(|g| g.span == f.span))
    };
    for (i, rate) in figures.iter().enumerate() {
        // Cheap tests first: every figure passes here.
        if rate.kind != FigureKind::Percent || rate.indicator.is_none() {
            continue;
        }
        if growth_rate(text, rate) != Some(true) || taken(rate) {
            continue;
        }
        let indicator = rate.indicator.as_deref();
        // The rate stands alone: no level of its indicator in its sentence.
        let sentence = sentence_range(text, rate.span.start);
        let of_it = |f: &&Figure| f.indicator.as_deref() == indicator;
        if figures_in(doc, &sentence)
            .iter()
            .any(|f| of_it(&f) && f.kind != FigureKind::Percent)
        {
            continue;
        }
        let Some(years) = period_near(doc, rate.span.start) else {
            continue;
        };
        // Everything of the indicator before the rate, latest first, past
        // a year's own rates (`2012年增长7.8%`): the first thing met must be
        // the pair's later level.
        let mut earlier = figures[..i]
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, f)| of_it(f) && growth_rate(text, f) != Some(false));
        let Some((t, to)) = earlier.next() else {
            continue;
        };
        let Some(from) = t.checked_sub(1).map(|f| &figures[f]) else {
            continue;
        };
        if to.kind == FigureKind::Percent
            || taken(to)
            || taken(from)
            || !is_pair(text, from, to)
            || to.low <= from.high
        {
            continue;
        }
        // One pair of levels of the indicator, and one scope named.
        if earlier.any(|(_, f)| f.kind == to.kind && f.unit == to.unit && f.span != from.span) {
            continue;
        }
        if scope(doc, to).is_none() || scope(doc, to) != scope(doc, rate) {
            continue;
        }
        if period_near(doc, from.span.start) != Some(years) {
            continue;
        }
        let not_comparable = [from, rate]
            .iter()
            .any(|f| says_not_comparable(&text[sentence_range(text, f.span.start)]))
            || is_volume(text, from);
        out.push(GrowthReading::average_over_named_period(
            (from, to, rate),
            years,
            not_comparable,
        ));
    }
    out
}
