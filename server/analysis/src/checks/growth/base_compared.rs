//! `第三产业占比52.4%，比上年的50.2%提高2.2个百分点`: a level, then the
//! year before's level it is compared with (`比上年的`, `较去年同期的`), then
//! the change between them. The base is named as the same indicator's level
//! a year before, so the change follows from the two levels.

use super::base_after::{both_levels, fits_kinds};
use super::base_year::year_only;
use super::{GrowthReading, SentenceBasis, bare_direction};
use crate::document::Document;
use crate::figures::FigureKind;

/// Words comparing with another level: `比`, `较`, and `由` with a change
/// (`由上年A增长R`); `与`…`相比` is not read (the change may then be
/// stated of something else).
const COMPARING: &[&str] = &["比", "较", "由"];

/// The year before's level named as such, with or without `的` (the
/// base figure must follow right after, so `比上年提高` is never read).
const YEAR_BEFORE: &[&str] = &["上年", "去年", "上年末", "去年末", "上年同期", "去年同期"];

/// Every level, base compared and change (see the module).
pub(super) fn base_compared_before_change(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    let figures = &doc.figures;
    let mut basis = SentenceBasis::default();
    for (i, to) in figures.iter().enumerate() {
        // The base follows the level at once, or past the level's change
        // over the year before (`18.6亿元，比上年增长8.1%，比2020年的12.4亿元
        // 增长50%`) when the base is named by its year.
        let direct = figures.get(i + 1..i + 3).map(|w| (w, false));
        let past_year = year_change_after(text, to, figures.get(i + 1))
            .then(|| figures.get(i + 2..i + 4))
            .flatten()
            .map(|w| (w, true));
        for (window, by_year_only) in direct.into_iter().chain(past_year) {
            let [from, change] = window else {
                continue;
            };
            // Cheap tests first: this looks at every figure.
            if !fits_kinds(from, to, change) {
                continue;
            }
            // Past the year's change, the link starts after that change.
            let link_start = if by_year_only {
                figures[i + 1].span.end
            } else {
                to.span.end
            };
            let Some(link) = text.get(link_start..from.span.start) else {
                continue;
            };
            if by_year_only && !names_printed_year(link) {
                continue;
            }
            if !names_year_before(link) && !names_target(link) {
                continue;
            }
            let verb = text.get(from.span.end..change.span.start);
            let against_target = names_target(link);
            let Some(sign) = verb.and_then(bare_direction).or_else(|| {
                // `比年初目标6.5%高出0.3个百分点`: above or below the target.
                verb.filter(|_| against_target).and_then(versus_target)
            }) else {
                continue;
            };
            // A growth rate against its target rate differs by plain points.
            let rates_against_target = against_target && to.kind == FigureKind::Percent;
            if !rates_against_target && !both_levels(text, from, to) {
                continue;
            }
            out.push(GrowthReading::over_a_year_read(
                &mut basis,
                text,
                to,
                (from, to, change),
                sign,
            ));
        }
    }
    out
}

/// `，比上年增长8.1%` right after a level: its change over the year
/// before, which a base named by its year may follow.
fn year_change_after(
    text: &str,
    level: &crate::figures::Figure,
    next: Option<&crate::figures::Figure>,
) -> bool {
    let Some(next) = next.filter(|f| f.kind == FigureKind::Percent) else {
        return false;
    };
    let Some(link) = text
        .get(level.span.end..next.span.start)
        .and_then(|l| l.strip_prefix(['，', ',']))
    else {
        return false;
    };
    let verb = ["同比", "比上年", "较上年"]
        .iter()
        .find_map(|w| link.strip_prefix(w))
        .unwrap_or(link);
    bare_direction(verb).is_some()
}

/// `，比2020年的`: a comparison with a base named by its printed year.
fn names_printed_year(link: &str) -> bool {
    link.strip_prefix(['，', ','])
        .and_then(|rest| COMPARING.iter().find_map(|w| rest.strip_prefix(w)))
        .and_then(year_only)
        .is_some()
}

/// The year's target named as such (`比年初目标6.5%高出0.3个百分点`): the
/// level is compared with the target printed right after.
const TARGET: &[&str] = &["年初目标", "全年目标", "预期目标", "年度目标"];

/// `，比年初目标`: one comma after the level, then the comparison with the
/// year's target printed right after (`的` or not).
fn names_target(link: &str) -> bool {
    let Some(rest) = link.trim().strip_prefix(['，', ',']) else {
        return false;
    };
    rest.strip_prefix(['比', '较'])
        .is_some_and(|rest| TARGET.contains(&rest.strip_suffix('的').unwrap_or(rest)))
}

/// Words saying a level stands above or below a target.
fn versus_target(verb: &str) -> Option<f64> {
    match verb.trim() {
        "高出" | "高" | "超出" | "超" => Some(1.0),
        "低" | "低了" => Some(-1.0),
        _ => None,
    }
}

/// `，比上年的`, `，较去年同期的`, `，由上年`: one comma after the level,
/// then the comparison with the year before's level.
fn names_year_before(link: &str) -> bool {
    let Some(rest) = link.strip_prefix(['，', ',']) else {
        return false;
    };
    let Some(rest) = COMPARING.iter().find_map(|w| rest.strip_prefix(w)) else {
        return false;
    };
    // `，比上年98.6亿元增长`: the level right after the year's name is
    // the base too (the figure follows at once, so no change word stands
    // between).
    // `，比2020年的12.4亿元增长50%`: a base named by its year is compared
    // the same way (the change is the whole change, not an average).
    YEAR_BEFORE.contains(&rest.strip_suffix('的').unwrap_or(rest)) || year_only(rest).is_some()
}
