//! `年初确定的12项主要目标，完成10项，其中…等8项指标超额完成，…2项未完成`,
//! `14项指标中，12项完成年度目标，2项未完成`: a review of the year's
//! targets counts those met and those missed among the targets set, though
//! no `其中` opens them. Each is some of the targets; the met and the
//! missed are apart, so together they are some of the targets too.

use super::{PartReading, push_parts_exceed, same_unit};
use crate::checks::Sink;
use crate::checks::figure_text::ends_sentence;
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// The words a count of targets ends with, within its counted words.
const TARGETS: &[&str] = &["目标", "指标"];

/// The most Han characters between the count of targets and `目标`
/// (`项约束性和预期性指标`).
const MAX_COUNTED: usize = 10;

/// Words of a target met, opening the verb phrase (`达到或超过` too).
const MET: &[&str] = &["完成", "实现", "达到", "达标"];

/// Words of a target missed (`未达` also opens `未达预期`, `未达到`).
const MISSED: &[&str] = &[
    "未完成",
    "未实现",
    "未达",
    "未能完成",
    "未能实现",
    "未能达到",
    "没有完成",
    "没有达到",
];

/// Words opening a cause before the verb (`2项因外部环境变化未达预期`,
/// `1项受疫情影响未完成`): the verb closes the clause after the cause.
const CAUSES: &[&str] = &["因", "受", "由于"];

/// Words before a count that leave its reading as it is (`其中8项`,
/// `预计完成10项`).
const OPENERS: &[&str] = &["其中", "预计", "已经", "已", "均"];

/// How a count after the targets is read.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Met,
    Missed,
    /// Some of the targets in another way (`超额完成`, `基本完成`): a part,
    /// maybe of those met, never added.
    Other,
}

/// A review of targets: their count, and the counts of those met, missed
/// or otherwise judged after it in its sentence.
pub(super) struct Review<'d> {
    whole: &'d Figure,
    parts: Vec<(&'d Figure, Outcome)>,
}

impl<'d> Review<'d> {
    /// Each judged count is read as a part of the targets, alone.
    pub(super) fn reading(&self) -> PartReading<'d> {
        PartReading {
            whole: self.whole,
            parts: self.parts.iter().map(|(f, _)| *f).collect(),
            stops_at_next: true,
        }
    }

    /// The one count met and the one missed, when the text gives exactly
    /// one of each.
    fn met_and_missed(&self) -> Option<(&'d Figure, &'d Figure)> {
        let one = |outcome| {
            let mut of = self.parts.iter().filter(|(_, o)| *o == outcome);
            match (of.next(), of.next()) {
                (Some((f, _)), None) => Some(*f),
                _ => None,
            }
        };
        Some((one(Outcome::Met)?, one(Outcome::Missed)?))
    }
}

/// Every count of targets (`12项主要目标`) with the counts judging them
/// after it, in its sentence.
pub(super) fn reviews(doc: &Document) -> impl Iterator<Item = Review<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        // The unit first: this looks at every figure.
        if whole.unit != "项" || !exact(text, whole) || !counts_targets(text, whole) {
            return None;
        }
        let mut parts = Vec::new();
        let mut from = whole.span.end;
        for part in &figures[i + 1..] {
            let gap = text.get(from..part.span.start)?;
            if gap.chars().any(ends_sentence) || !same_unit(&part.unit, &whole.unit) {
                break;
            }
            let Some(outcome) = judged(text, gap, part) else {
                break;
            };
            parts.push((part, outcome));
            from = part.span.end;
        }
        (!parts.is_empty()).then_some(Review { whole, parts })
    })
}

/// `12项主要目标`, `14项约束性和预期性指标中`: the count's counted words
/// name targets.
fn counts_targets(text: &str, whole: &Figure) -> bool {
    let after = &text[whole.span.end..];
    let end = after
        .char_indices()
        .find(|(_, c)| !crate::chars::is_han(*c))
        .map_or(after.len(), |(i, _)| i);
    let counted = &after[..end];
    counted.chars().count() <= MAX_COUNTED + 4
        && TARGETS.iter().any(|w| {
            counted.find(w).is_some_and(|at| {
                let rest = &counted[at + w.len()..];
                counted[..at].chars().count() <= MAX_COUNTED && matches!(rest, "" | "中" | "任务")
            })
        })
}

/// How the count `part` judges the targets, `gap` the words since the
/// last count: `，完成10项`, `，12项完成年度目标`, `，甲、乙等2项指标未完成`.
fn judged(text: &str, gap: &str, part: &Figure) -> Option<Outcome> {
    if !exact(text, part) {
        return None;
    }
    // The words of the part's own clause before it.
    let lead = gap.rsplit(['，', ',', '：', ':']).next()?;
    if lead.len() == gap.len() && !gap.is_empty() {
        // No break since the last count: one clause holds both.
        return None;
    }
    let mut lead = lead;
    while let Some(rest) = OPENERS.iter().find_map(|w| lead.strip_prefix(w)) {
        lead = rest;
    }
    // The words after the part up to its clause's end.
    let after = &text[part.span.end..];
    let end = after
        .char_indices()
        .find(|(_, c)| !crate::chars::is_han(*c))
        .map_or(after.len(), |(i, _)| i);
    let after = &after[..end];
    let names_targets = TARGETS.iter().find_map(|w| after.strip_prefix(w));
    let after = names_targets.unwrap_or(after);
    let after = after_cause(after);
    let outcome_of = |verb: &str| {
        if MISSED.iter().any(|w| verb.starts_with(w)) {
            Some(Outcome::Missed)
        } else if MET.iter().any(|w| verb.starts_with(w)) {
            Some(Outcome::Met)
        } else if ["超额完成", "基本完成", "提前完成"]
            .iter()
            .any(|w| verb.starts_with(w))
        {
            Some(Outcome::Other)
        } else {
            None
        }
    };
    if after.is_empty() {
        // `完成10项`: the verb before, nothing else in the clause.
        return if MISSED.contains(&lead) {
            Some(Outcome::Missed)
        } else if MET.contains(&lead) {
            Some(Outcome::Met)
        } else {
            None
        };
    }
    // `12项完成年度目标`, `甲、乙等2项指标未完成`: the verb after; before
    // it nothing, or the targets' names (a list, or any words when the
    // part says it counts targets).
    let names = lead
        .chars()
        .all(|c| crate::chars::is_han(c) || matches!(c, '、' | '“' | '”'));
    let named = lead.is_empty()
        || names && (names_targets.is_some() || lead.ends_with('等') || lead.contains('、'));
    named.then(|| outcome_of(after)).flatten()
}

/// The verb closing a clause that opens with a cause: `因规划调整未完成`
/// gives `未完成`. Only a missed verb is looked for: a cause explains a
/// target missed, and a met verb inside the cause (`因完成时限调整…`)
/// would be misread. Other clauses are returned as they are.
fn after_cause(clause: &str) -> &str {
    if !CAUSES.iter().any(|w| clause.starts_with(w)) {
        return clause;
    }
    MISSED
        .iter()
        .filter_map(|w| clause.find(w))
        .min()
        .map_or(clause, |at| &clause[at..])
}

/// A count written exactly (`12项`, not `10余项`).
fn exact(text: &str, figure: &Figure) -> bool {
    figure.kind == FigureKind::Count
        && figure.qualifier.is_none()
        && figure.value.fract() == 0.0
        && !figure.text(text).contains(['万', '亿', '千', '百'])
}

/// parts-exceed-whole on the targets met and missed: apart, they add up
/// to at most the targets set. A part above the whole alone is check_one's.
pub(super) fn check_sums(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    for review in reviews(doc) {
        let Some((met, missed)) = review.met_and_missed() else {
            continue;
        };
        let whole = review.whole;
        let sum = met.value + missed.value;
        if sum <= whole.value || met.value > whole.value || missed.value > whole.value {
            continue;
        }
        let (first, last) = if met.span.start < missed.span.start {
            (met, missed)
        } else {
            (missed, met)
        };
        push_parts_exceed(sink, text, whole, &[first, last], sum);
    }
}
