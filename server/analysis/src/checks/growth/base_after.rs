//! `一般公共预算收入18.6亿元，增长6.3%，上年为17.5亿元`: a level, its
//! change from the year before, then the year before's level printed after
//! the change (`，上年为`, `（上年为…）`, `（上年…）`). The base is the
//! year before's level of the same indicator, so the change follows from
//! the two levels. A base named by its year (`，比2020年提高9.6个百分点，
//! 2020年为72.8%`) is read only when the change names that same year: a
//! change with no year may be the last year's alone.

use super::base_year::printed_year;
use super::{GrowthReading, direction};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words naming the year before's level right after the change; the bare
/// ones (`（上年40亿元）`) as tables re-laid into lines print them.
const BASE_NAMED: &[&str] = &[
    "上年为",
    "上年是",
    "去年为",
    "上年同期为",
    "上年",
    "去年",
    "上年同期",
];

/// Words comparing with the year before, before the verb of change.
const COMPARED: &[&str] = &["同比", "比上年", "较上年", "比去年", "较去年"];

/// Verbs of a year's change that the base printed after may follow.
const VERBS: &[&str] = &["增长", "下降", "提高", "降低", "增加", "减少", "上升"];

/// Every level, change and base printed after them (see the module).
pub(super) fn base_printed_after(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for window in doc.figures.windows(3) {
        let [to, change, from] = window else {
            continue;
        };
        // Cheap tests first: this looks at every figure.
        if !fits_kinds(from, to, change) {
            continue;
        }
        let Some(verb) = text
            .get(to.span.end..change.span.start)
            .and_then(|link| link.strip_prefix(['，', ',']))
        else {
            continue;
        };
        let (compared_year, verb) = compared_with(verb);
        if !VERBS.contains(&verb) {
            continue;
        }
        let Some(base) = text
            .get(change.span.end..from.span.start)
            .and_then(|link| link.strip_prefix(['，', ',', '（', '(']))
        else {
            continue;
        };
        let base_named = match compared_year {
            Some(year) => base_year(base) == Some(year),
            None => BASE_NAMED.contains(&base),
        };
        if !base_named || !both_levels(text, from, to) {
            continue;
        }
        let Some(sign) = direction(verb) else {
            continue;
        };
        out.push(GrowthReading::over_a_year_in(
            text,
            to,
            (from, to, change),
            sign,
        ));
    }
    out
}

/// The verb of change past the words comparing it with a year: the year
/// when they print one (`比2020年`), else none (`比上年`, or no comparison).
fn compared_with(link: &str) -> (Option<&str>, &str) {
    if let Some(rest) = COMPARED.iter().find_map(|w| link.strip_prefix(w)) {
        return (None, rest);
    }
    ["比", "较"]
        .iter()
        .find_map(|w| link.strip_prefix(w))
        .and_then(printed_year)
        .map_or((None, link), |(year, rest)| (Some(year), rest))
}

/// `2020年为`, `2020年末为`: the year a base printed after names.
fn base_year(base: &str) -> Option<&str> {
    let (year, rest) = printed_year(base)?;
    ["为", "是"].contains(&rest).then_some(year)
}

/// Whether a level, its base and a change have kinds that fit: two levels
/// of one unit and kind, and a change in points between two percents or
/// a percent between two amounts.
pub(super) fn fits_kinds(from: &Figure, to: &Figure, change: &Figure) -> bool {
    let change_kind = if to.kind == FigureKind::Percent {
        FigureKind::Points
    } else {
        FigureKind::Percent
    };
    change.kind == change_kind && from.unit == to.unit && from.kind == to.kind
}

/// Whether both figures are levels: amounts, counts or measures, or
/// shares (`覆盖率43.5%，提高0.6个百分点，上年为43.1%`), unless a change
/// (`增长5.8%`).
pub(super) fn both_levels(text: &str, from: &Figure, to: &Figure) -> bool {
    if to.kind == FigureKind::Percent {
        !is_change(text, to) && !is_change(text, from)
    } else {
        is_level(to) && is_level(from)
    }
}
