//! figure-conflict: one indicator, one period, two values whose intervals
//! cannot meet, within one report.
//!
//! Only plain statements are compared: the indicator, at most a verb, the
//! value (`地区生产总值增长5.4%`, `一般公共预算收入达到98亿元`), both with the
//! same explicit period. Anything else between the indicator and the value
//! (`年均`, `同口径`, `目标`, `人均`…) makes it a different quantity.

mod kept_bound;
mod subject;

use std::collections::HashMap;

use super::Sink;
use super::figure_text::{NOT_COMPARABLE, mentions_any, sentence_range};
use crate::diagnostic::{FigureConflict, Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period, Qualifier};

/// What may stand between an indicator and a plain value, by relation.
const LEVEL_LINKS: &[&str] = &[
    "",
    "实现",
    "完成",
    "达到",
    "达",
    "为",
    "总额",
    "总量",
    "总额达到",
    "总量达到",
    "突破",
];
const GROWTH_LINKS: &[&str] = &[
    "增长",
    "同比增长",
    "比上年增长",
    "较上年增长",
    "增速为",
    "增长了",
];
const FALL_LINKS: &[&str] = &["下降", "同比下降", "比上年下降", "较上年下降"];

/// Sentence words that make a figure a plan, a target or an average.
const NOT_A_RESULT: &[&str] = &[
    "年均", "平均", "目标", "预期", "力争", "计划", "预计", "确保", "争取", "左右", "以上", "规划",
    "要", "将", "人均", "累计",
];

#[derive(PartialEq, Eq, Hash, Clone, Copy)]
enum Relation {
    Level,
    Growth,
    Fall,
}

/// A figure-conflict at `figure`, which cannot stand with `other` (each as
/// printed), both of `indicator`.
fn push_conflict(sink: &mut Sink, text: &str, indicator: String, figure: &Figure, other: &Figure) {
    sink.push(
        figure.span.clone(),
        Finding::FigureConflict(Box::new(FigureConflict {
            indicator,
            value: figure.text(text).to_string(),
            other: other.text(text).to_string(),
        })),
        vec![Related {
            file: None,
            range: other.span.clone(),
            kind: RelatedKind::OtherFigure,
        }],
    );
}

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    let mut seen: HashMap<(String, String, String, Relation), &Figure> = HashMap::new();
    for figure in &doc.figures {
        let Some(key) = plain_statement(doc, figure) else {
            continue;
        };
        match seen.get(&key) {
            Some(first) => {
                if figure.low > first.high || figure.high < first.low {
                    push_conflict(sink, text, key.0.clone(), figure, first);
                }
            }
            None => {
                seen.insert(key, figure);
            }
        }
    }
    kept_bound::check(doc, sink);
}

/// The (indicator, period, unit, relation) of a figure stated plainly, or
/// `None`.
fn plain_statement(doc: &Document, figure: &Figure) -> Option<(String, String, String, Relation)> {
    let text = &doc.text;
    let indicator = figure.indicator.as_ref()?;
    let span = figure.indicator_span.as_ref()?;
    if span.end > figure.span.start || figure.qualifier.is_some_and(|q| q != Qualifier::More) {
        return None;
    }
    let period = match figure.period.as_ref()? {
        p @ (Period::Year(_) | Period::LastYear | Period::ThisYear | Period::PartYear(_)) => {
            p.label()
        }
        _ => return None,
    };
    if !matches!(
        figure.kind,
        FigureKind::Amount | FigureKind::Count | FigureKind::Measure | FigureKind::Percent
    ) {
        return None;
    }
    let link = text.get(span.end..figure.span.start)?.trim();
    let link = link.strip_prefix("全年").unwrap_or(link);
    let relation = if LEVEL_LINKS.contains(&link)
        && (figure.kind != FigureKind::Percent || indicator.ends_with('率'))
    {
        Relation::Level
    } else if GROWTH_LINKS.contains(&link) && figure.kind == FigureKind::Percent {
        Relation::Growth
    } else if FALL_LINKS.contains(&link) && figure.kind == FigureKind::Percent {
        Relation::Fall
    } else {
        return None;
    };
    let sentence = &text[sentence_range(text, figure.span.start)];
    if mentions_any(sentence, NOT_A_RESULT) || mentions_any(sentence, NOT_COMPARABLE) {
        return None;
    }
    if subject::names_own_subject(doc, figure) {
        return None;
    }
    Some((indicator.clone(), period, figure.unit.clone(), relation))
}
