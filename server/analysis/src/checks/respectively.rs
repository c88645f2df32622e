//! respectively-mismatch: `A、B、C分别增长5%、6%` with a different number of
//! subjects and values.
//!
//! Subjects are the `、`-joined names in the clause before `分别`; a `和`,
//! `与`, `及` may join one more, so the subjects are a range. Values are the
//! figures right after `分别`, joined by `、` or `和`. Fires only when the
//! values cannot match any reading of the subjects.

use std::ops::Range;

use super::Sink;
use super::figure_text::{figures_in, floor_boundary};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::clause_range;

/// Words that join two subjects or two values.
const AND: &[&str] = &["和", "与", "及", "以及", "、"];

/// Words between `分别` and its first value.
const LEADS: &[&str] = &[
    "",
    "为",
    "是",
    "达",
    "达到",
    "增长",
    "下降",
    "提高",
    "增加",
    "减少",
    "降低",
    "占",
    "比上年增长",
    "同比增长",
    "突破",
    "超过",
    "排名",
    "居",
];

pub(super) fn check(doc: &Document, cues: &Cues, sink: &mut Sink) {
    for &at in &cues.respectively {
        check_one(doc, at, sink);
    }
}

fn check_one(doc: &Document, at: usize, sink: &mut Sink) {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let head = &text[clause.start..at];
    // Subjects must be listed in this clause, without figures among them.
    if !figures_in(doc, &(clause.start..at)).is_empty() || head.contains(['（', '(', '“', '《'])
    {
        return;
    }
    let separators = head.matches('、').count();
    if separators == 0 {
        return;
    }
    let joins = ["和", "与", "及"]
        .iter()
        .map(|w| head.matches(w).count())
        .sum::<usize>();
    let (min, max) = (separators + 1, separators + 1 + joins);

    let after = at + "分别".len();
    let Some(values) = values_after(doc, after..clause.end) else {
        return;
    };
    if values.len() < 2 || (min..=max).contains(&values.len()) {
        return;
    }
    let subjects = if values.len() > max { max } else { min };
    let start = floor_boundary(text, clause.start);
    let range = values.first().map_or(at, |v| v.start)..values.last().map_or(after, |v| v.end);
    sink.push(
        range,
        Finding::RespectivelyMismatch {
            subjects,
            values: values.len(),
        },
        vec![Related {
            file: None,
            range: start..at,
            kind: RelatedKind::Subjects,
        }],
    );
}

/// The spans of the values after `分别`: consecutive figures of one unit
/// joined only by `、`/`和`/`与`/`及`. `None` when the words after 分别 are
/// not a plain list of values.
fn values_after(doc: &Document, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = &doc.text;
    let figures = figures_in(doc, &range);
    let first = figures.first()?;
    let lead = text[range.start..first.span.start].trim();
    if !LEADS.contains(&lead) {
        return None;
    }
    let mut values = vec![first.span.clone()];
    let mut last = first;
    for figure in &figures[1..] {
        let gap = &text[last.span.end..figure.span.start];
        if !AND.contains(&gap) || figure.unit != first.unit {
            break;
        }
        values.push(figure.span.clone());
        last = figure;
    }
    // Values running on after the list (`5%和6%，…`) end the clause; other
    // words after them (`5%、6%的增速`) are fine.
    Some(values)
}
