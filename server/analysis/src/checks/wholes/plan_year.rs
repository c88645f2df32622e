//! `“十一五”期间，关停小火电机组5000万千瓦…，今年要关停1000万千瓦`: a
//! total for a period of years, then in the next clause this year's
//! amount done by the same verb: this year's is within the period's,
//! though no `其中` says so. So with lists (`五年淘汰A产能1亿吨、B产能5500
//! 万吨，今年分别淘汰3000万吨和3500万吨`), value by value. One part each.

use super::PartReading;
use crate::checks::figure_text::{floor_boundary, is_level, sentence_range};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period};

/// Words before this year's verb: its modal (`要`, `力争`).
const MODALS: &[&str] = &["力争", "计划", "确保", "要", "将", "拟", "再"];

/// Words naming a period of years before the total.
const PERIODS: &[&str] = &["期间", "时期", "五年", "三年", "两年", "今后"];

/// The most Han characters of a name between a value and the next.
const MAX_NAME: usize = 10;

/// Every amount of this year right after a period's total of its verb.
pub(super) fn year_of_period(doc: &Document) -> Vec<PartReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for (j, first) in doc.figures.iter().enumerate() {
        // The period read with the figure first (`今年` in its clause),
        // then `今年` a few characters before it.
        if first.period != Some(Period::ThisYear) {
            continue;
        }
        let near = floor_boundary(text, first.span.start.saturating_sub(24));
        if text[near..first.span.start].contains("今年") {
            out.extend(read_at(doc, j).into_iter().flatten());
        }
    }
    out
}

fn read_at(doc: &Document, j: usize) -> Option<Vec<PartReading<'_>>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let first = &figures[j];
    let clause = doc.clause_range(first.span.start);
    let lead = text
        .get(clause.start..first.span.start)?
        .strip_prefix("今年")?;
    let lead = MODALS
        .iter()
        .find_map(|m| lead.strip_prefix(m))
        .unwrap_or(lead);
    let (verb, listed) = match lead.strip_prefix("分别") {
        Some(verb) => (verb, true),
        None => (lead, false),
    };
    if !(2..=4).contains(&verb.chars().count()) || !verb.chars().all(crate::chars::is_han) {
        return None;
    }
    // This year's values: one, or a list after `分别`.
    let mut parts = vec![first];
    if listed {
        for next in &figures[j + 1..] {
            let gap = &text[parts[parts.len() - 1].span.end..next.span.start];
            if !["和", "、"].contains(&gap) || next.unit != first.unit {
                break;
            }
            parts.push(next);
        }
    }
    let n = parts.len();
    if listed && n < 2 {
        return None;
    }
    // The period's totals right before, one for each value, each after a
    // name (`、落后炼钢产能`), the last one's name closing its clause.
    let wholes = figures.get(j.checked_sub(n)?..j)?;
    let last = wholes.last()?;
    let tail = text
        .get(last.span.end..clause.start)?
        .strip_suffix(['，', ','])?;
    if !plain_name(tail) {
        return None;
    }
    for pair in wholes.windows(2) {
        let name = text[pair[0].span.end..pair[1].span.start].strip_prefix('、')?;
        if !plain_name(name) {
            return None;
        }
    }
    // The first total's clause does the same verb, in a sentence naming a
    // period of years before it.
    let head = doc.clause_range(wholes[0].span.start);
    let own = text.get(head.start..wholes[0].span.start)?;
    let sentence = sentence_range(text, wholes[0].span.start);
    let before = text.get(sentence.start.min(head.start)..wholes[0].span.start)?;
    let period = PERIODS.iter().any(|w| before.contains(w)) || before.contains("五”");
    // Amounts of one verb on both sides (`压减`, `淘汰`: a change each, as
    // the other is).
    let counts = |f: &Figure| f.unit == first.unit && f.kind != FigureKind::Percent && is_level(f);
    if !own.contains(verb)
        || !period
        || period_gone_by(doc, before)
        || !wholes.iter().chain(parts.iter().copied()).all(counts)
    {
        return None;
    }
    Some(
        wholes
            .iter()
            .zip(parts)
            .map(|(whole, part)| PartReading::single(whole, part))
            .collect(),
    )
}

/// Words of a period already over (`过去五年`, `五年来`, `以来`): this
/// year is after it, not within it.
const GONE_BY: &[&str] = &["过去", "年来", "以来"];

/// A period gone by before this year: said so, or a five-year plan
/// (`“十三五”期间`) this year of the report's title is outside.
fn period_gone_by(doc: &Document, before: &str) -> bool {
    if GONE_BY.iter().any(|w| before.contains(w)) {
        return true;
    }
    let Some(year) = doc.title.as_ref().and_then(|t| t.year) else {
        return false;
    };
    let Some(at) = before.find("五”") else {
        return false;
    };
    let number: String = before[..at]
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    crate::stale_year::plan_start(&number).is_some_and(|first| !(first..first + 5).contains(&year))
}

/// Han characters only, at most [`MAX_NAME`] (none at all is a name too:
/// the verb's object may stand before the total).
fn plain_name(words: &str) -> bool {
    words.chars().count() <= MAX_NAME && words.chars().all(crate::chars::is_han)
}
