//! respectively-mismatch: `A、B、C分别增长5%、6%` with a different number of
//! subjects and values.
//!
//! Subjects are the `、`-joined names in the clause before `分别`; a `和`,
//! `与`, `及` may join one more, so the subjects are a range. Values are the
//! figures right after `分别`, joined by `、` or `和`, each in its own unit.
//! Fires only when the values cannot match any reading of the subjects.

use std::ops::Range;

use super::Sink;
use super::figure_text::{ends_sentence, figures_in, floor_boundary};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind, Severity};
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
        !self.values.is_empty() && !(min..=max).contains(&self.values.len())
    }

    /// One value for subjects listed with `、` (`A、B分别增长8%`): how some
    /// drafts say "each grew by 8%", or a value dropped from the list. The
    /// reader cannot tell which, so this is told as a note, not a warning.
    pub fn single_value(&self) -> bool {
        self.values.len() == 1 && self.subjects.0 >= 2
    }
}

/// Every `分别` whose subjects and values could be read.
pub fn respectively_readings(doc: &Document) -> Vec<RespectivelyReading> {
    let mut out: Vec<RespectivelyReading> = Vec::new();
    for &at in &doc.cues.respectively {
        let earlier = out.last();
        if let Some(reading) = read_one(doc, at, earlier) {
            out.push(reading);
        }
    }
    out
}

pub(super) fn check(doc: &Document, _cues: &Cues, sink: &mut Sink) {
    for reading in respectively_readings(doc) {
        check_one(&reading, sink);
    }
}

/// The `分别` at `at`. A second `分别` of the same sentence with no
/// subjects of its own (`分别达到X、Y，分别是上年的1.4倍、1.2倍`) speaks of
/// the `earlier` one's subjects.
fn read_one(
    doc: &Document,
    at: usize,
    earlier: Option<&RespectivelyReading>,
) -> Option<RespectivelyReading> {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let head = &text[clause.start..at];
    let after = at + "分别".len();
    if let Some(earlier) = earlier.filter(|e| {
        e.at < clause.start
            && !text[e.at..clause.start].chars().any(ends_sentence)
            && head.chars().count() <= 4
            && !head.contains(['、', '和', '与', '及'])
    }) {
        let values = values_after(doc, after..clause.end)?;
        return Some(RespectivelyReading {
            at,
            subjects_range: earlier.subjects_range.clone(),
            subjects: earlier.subjects,
            values,
        });
    }
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
    let finding = Finding::RespectivelyMismatch {
        subjects,
        values: values.len(),
    };
    let related = vec![Related {
        file: None,
        range: reading.subjects_range.clone(),
        kind: RelatedKind::Subjects,
    }];
    if values.len() >= 2 {
        sink.push(range, finding, related);
    } else if reading.single_value() {
        sink.push_at_most(range, finding, related, Severity::Info);
    }
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
        // `2359万头（只）和1428万头（只）`: a unit's alternative in brackets.
        let gap = strip_unit_note(gap);
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

/// `（只）和` → `和`: a bracketed alternative of the unit (one to three
/// characters, no figure) before the joining word.
fn strip_unit_note(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix(['（', '(']) else {
        return gap;
    };
    let Some(close) = rest.find(['）', ')']) else {
        return gap;
    };
    let note = &rest[..close];
    let short = (1..=3).contains(&note.chars().count()) && note.chars().all(crate::chars::is_han);
    if short {
        rest[close..]
            .trim_start_matches(['）', ')'])
            .trim_matches(crate::chars::is_space)
    } else {
        gap
    }
}
