//! `8个县产值过百亿元、5个县超200亿元`: two counts of the same things,
//! each over a bound of one measure, the lower bound first. Those over the
//! higher bound are over the lower one too: the count with the higher
//! bound is a part of the other. Written from the higher bound down, the
//! counts are bands, and are not read.

use super::PartReading;
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// The most characters naming the things counted and the measure bounded
/// (`县区生产总值过`).
const MAX_NAME: usize = 10;

/// Every pair of bounded counts read as a whole and its part.
pub(super) fn nested_bounds(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(4).filter_map(move |four| {
        let [first, first_bound, second, second_bound] = four else {
            return None;
        };
        // Kinds first: this looks at every figure of the text.
        if first.kind != FigureKind::Count
            || second.kind != FigureKind::Count
            || first_bound.kind == FigureKind::Count
            || first.unit != second.unit
            || first_bound.unit != second_bound.unit
        {
            return None;
        }
        let first_name = bound_name(text, first, first_bound)?;
        let second_name = bound_name(text, second, second_bound)?;
        // The second names the same things, shorter or not at all.
        if !first_name.starts_with(second_name)
            || !matches!(
                &text[first_bound.span.end..second.span.start],
                "、" | "，" | ","
            )
            || !ends_clause(&text[second_bound.span.end..])
        {
            return None;
        }
        // `6个产值超100亿元、4个超50亿元`: written from the higher bound
        // down, the later count is the next band, not all over its bound.
        // `新增2个县过20亿元、3个县过30亿元`: things newly over a bound
        // need not be newly over the lower one.
        let clause_start = doc.clause_range(first.span.start).start;
        if second_bound.low <= first_bound.low
            || text
                .get(clause_start..first.span.start)
                .is_some_and(|lead| lead.contains("新增"))
        {
            return None;
        }
        Some(PartReading::single(first, second))
    })
}

/// Words of a bound open upward.
const BOUND_WORDS: &[&str] = &["超过", "突破", "过", "超"];

/// The words between a plain count and the bound after it, without the
/// word of the bound (`县区生产总值` in `8个县区生产总值过百亿元`): `None`
/// unless the bound is open upward and the words are a few Chinese
/// characters.
fn bound_name<'t>(text: &'t str, count: &Figure, bound: &Figure) -> Option<&'t str> {
    if count.qualifier.is_some() || !matches!(bound.qualifier, Some(Qualifier::Over) | None) {
        return None;
    }
    let words = text.get(count.span.end..bound.span.start)?;
    // `超200亿元`: the word of the bound inside the figure.
    let written = &text[bound.span.clone()];
    let over = bound.qualifier == Some(Qualifier::Over) && !written.ends_with("以上")
        || BOUND_WORDS.iter().any(|w| written.starts_with(w));
    let name = if over {
        words
    } else {
        BOUND_WORDS.iter().find_map(|w| words.strip_suffix(w))?
    };
    (name.chars().count() <= MAX_NAME && name.chars().all(crate::chars::is_han)).then_some(name)
}

/// Whether a bound's clause ends right after it (`的开发区`, `、`, `。`),
/// so the bound is the clause's last word of measure.
fn ends_clause(after: &str) -> bool {
    let after = after.strip_prefix("以上").unwrap_or(after);
    after.starts_with(['、', '，', ',', '。', '；', ';', '的'])
}
