//! respectively-mismatch: `A、B、C分别增长5%、6%` with a different number of
//! subjects and values.
//!
//! Subjects are the `、`-joined names in the clause before `分别`; a `和`,
//! `与`, `及` may join one more, so the subjects are a range. Values are the
//! figures right after `分别`, joined by `、` or `和`, each in its own unit.
//! Fires only when the values cannot match any reading of the subjects.

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

/// A `分别` read: how many subjects may stand before it, and the values after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RespectivelyReading {
    /// Where `分别` is.
    pub at: usize,
    /// The words before `分别` in its clause, where the subjects are.
    pub subjects_range: Range<usize>,
    /// The fewest and most subjects the words can name.
    pub subjects: (usize, usize),
    pub values: Vec<Range<usize>>,
}

impl RespectivelyReading {
    /// Whether no reading of the subjects matches the values.
    pub fn mismatched(&self) -> bool {
        let (min, max) = self.subjects;
        // One value after `A、B分别增长` is how reports say "each grew by":
        // only two values or more are a list to count.
        self.values.len() >= 2 && !(min..=max).contains(&self.values.len())
    }
}

/// Every `分别` whose subjects and values could be read.
pub fn respectively_readings(doc: &Document) -> Vec<RespectivelyReading> {
    doc.cues
        .respectively
        .iter()
        .filter_map(|&at| read_one(doc, at))
        .collect()
}

pub(super) fn check(doc: &Document, cues: &Cues, sink: &mut Sink) {
    for &at in &cues.respectively {
        if let Some(reading) = read_one(doc, at) {
            check_one(&reading, sink);
        }
    }
}

fn read_one(doc: &Document, at: usize) -> Option<RespectivelyReading> {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let head = &text[clause.start..at];
    // Subjects must be listed in this clause, without figures among them.
    if !figures_in(doc, &(clause.start..at)).is_empty() || head.contains(['（', '(', '“', '《'])
    {
        return None;
    }
    let separators = head.matches('、').count();
    let joins = ["和", "与", "及"]
        .iter()
        .map(|w| head.matches(w).count())
        .sum::<usize>();
    // `城镇和农村居民收入分别…`: two subjects joined by 和 alone.
    if separators + joins == 0 {
        return None;
    }
    let after = at + "分别".len();
    let values = values_after(doc, after..clause.end)?;
    Some(RespectivelyReading {
        at,
        subjects_range: floor_boundary(text, clause.start)..at,
        subjects: (separators + 1, separators + 1 + joins),
        values,
    })
}

fn check_one(reading: &RespectivelyReading, sink: &mut Sink) {
    if !reading.mismatched() {
        return;
    }
    let (min, max) = reading.subjects;
    let values = &reading.values;
    let subjects = if values.len() > max { max } else { min };
    let after = reading.at + "分别".len();
    let range =
        values.first().map_or(reading.at, |v| v.start)..values.last().map_or(after, |v| v.end);
    sink.push(
        range,
        Finding::RespectivelyMismatch {
            subjects,
            values: values.len(),
        },
        vec![Related {
            file: None,
            range: reading.subjects_range.clone(),
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
    let lead = text[range.start..first.span.start].trim_matches(crate::chars::is_space);
    // A listed verb, or a few words (`压缩到`, `由每月`, `提高到`).
    let short_words = lead.chars().count() <= 6 && lead.chars().all(crate::chars::is_han);
    if !LEADS.contains(&lead) && !short_words {
        return None;
    }
    let mut values = vec![first.span.clone()];
    let mut last = first;
    // Each subject's value may have its own unit (`371万辆、931万千瓦`,
    // `43.7%、16.3平方米/人`, `18.9%、1.2倍`).
    for figure in &figures[1..] {
        let gap = text[last.span.end..figure.span.start].trim_matches(crate::chars::is_space);
        if !AND.contains(&gap) {
            break;
        }
        values.push(figure.span.clone());
        last = figure;
    }
    // A list running on with a number the scanner did not read as a
    // figure (`1100万吨、260亿方`) is not read to its end.
    let rest = text[last.span.end..range.end].trim_start_matches(crate::chars::is_space);
    let runs_on = AND.iter().any(|w| {
        rest.strip_prefix(w)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || crate::chars::chinese_digit(c).is_some()
            })
    });
    (!runs_on).then_some(values)
}
