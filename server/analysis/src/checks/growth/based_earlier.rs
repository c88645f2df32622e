//! Levels compared with a base printed earlier: a year before, over a
//! named period, or on the same subject in the paragraph.

use super::*;
use crate::outline::HeadingKind;

/// Words joining a growth rate to the level it reaches: `增长8%，达到B`.
pub(super) const REACHES: &[&str] = &["，达到", "，达", "、达到", "，总量达到", "，规模达到", "至"];

/// Words joining a level to its growth rate: `达到B，增长8%`.
pub(super) const GROWS: &[&str] = &["，增长", "，同比增长", "，比上年增长", "，较上年增长"];

/// Words joining a money level to the amount it rose by in a year:
/// `安排经费2235亿元，比去年增加395亿元`.
pub(super) const ADDED_OVER_LAST_YEAR: &[&str] = &["，比去年增加", "，比上年增加"];

/// `A达到X，B达到Y，分别增长8%`: one rate for each level listed, the
/// last of which stands right before it (not a list of rates, each its
/// own level's).
pub(super) const EACH_GROWS: &str = "，分别增长";

/// `今年一般公共预算收入增长8%，达到32.4亿元` (or `…达到32.4亿元，增长
/// 8%`) with the base level printed in an earlier clause, sentence or
/// paragraph (the review's result for a target): the one level of the
/// same indicator, scope (`全市`, `县级`) and unit before it. Money only
/// (a current-price measure); no reading when the text before prints the
/// indicator with two levels, or a level and the rate are of one period.
/// `rates` are the indexes of the percents right after `增长`.
pub(super) fn based_earlier<'d>(doc: &'d Document, rates: &[usize]) -> Vec<GrowthReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    let mut levels: Option<HashMap<&str, Vec<&Figure>>> = None;
    for &i in rates {
        let rate = &figures[i];
        // An amount added is joined to the level it reached, right before it.
        if rate.kind == FigureKind::Amount {
            let to = figures.get(i.wrapping_sub(1)).filter(|b| {
                b.unit == rate.unit
                    && text
                        .get(b.span.end..rate.span.start)
                        .is_some_and(|link| ADDED_OVER_LAST_YEAR.contains(&link))
            });
            if let Some(to) = to.filter(|to| crate::checks::figure_text::is_plain_level(text, to)) {
                out.extend(based_on_subject(doc, to, rate));
            }
            continue;
        }
        // The level reached: right after the rate, or right before it.
        let after = figures.get(i + 1).filter(|b| {
            text.get(rate.span.end..b.span.start)
                .is_some_and(|link| REACHES.contains(&link))
        });
        let level = after.or_else(|| {
            let b = figures.get(i.checked_sub(1)?)?;
            let link = text.get(b.span.end..rate.span.start)?;
            let one_rate = || {
                link == EACH_GROWS
                    && !figures.get(i + 1).is_some_and(|next| {
                        next.kind == FigureKind::Percent
                            && ["、", "，", ",", "和", "及"]
                                .contains(&&text[rate.span.end..next.span.start])
                    })
            };
            (GROWS.contains(&link) || one_rate()).then_some(b)
        });
        let Some(to) = level else {
            continue;
        };
        // `比上年末增加70亿元，增长8.9%`: the amount added is no level.
        if to.kind != FigureKind::Amount
            || !crate::checks::figure_text::is_plain_level(text, to)
            || to.low <= 0.0
        {
            continue;
        }
        // Only then (a substring search per word): not an average.
        // `年均递增12%，达30263元`: an average over the period the paragraph
        // (or one just before it) names, a plan's, from the base level.
        let before = chars_before(text, rate.span.start, 5);
        let period = if ANNUAL.iter().any(|w| before.contains(w)) {
            match period_near(doc, rate.span.start) {
                Some(years) => Some(years),
                None => continue,
            }
        } else {
            None
        };
        let named = if to.indicator.is_some() { to } else { rate };
        let first = to.span.start.min(rate.span.start);
        let Some(indicator) = named.indicator.as_deref() else {
            if period.is_some() {
                continue;
            }
            // No indicator named: the subject words before the level
            // (`中央财政科技投入1461亿元，增长25.6%`) name it instead.
            if let Some(reading) = based_on_subject(doc, to, rate) {
                out.push(reading);
            }
            continue;
        };
        let Some(to_scope) = scope(doc, named) else {
            continue;
        };
        // Volumes and output values grow at comparable prices: read, never
        // compared.
        let volume = VOLUMES.iter().any(|v| indicator.contains(v)) || indicator.contains("产值");
        let clause = doc.clause_range(first);
        // The levels of indicators before the clause, found once: the
        // base may be printed in the paragraph or back in the review.
        // By indicator, in text order.
        let levels = levels.get_or_insert_with(|| {
            let mut by: HashMap<&str, Vec<&Figure>> = HashMap::new();
            for f in figures.iter().filter(|f| f.kind == FigureKind::Amount) {
                if let Some(name) = f.indicator.as_deref() {
                    by.entry(name).or_default().push(f);
                }
            }
            by
        });
        let same: &[&Figure] = levels.get(indicator).map_or(&[], Vec::as_slice);
        let before = same.partition_point(|f| f.span.end <= clause.start);
        // An indicator printed with more levels than a report gives one has
        // no one base (and is not read back through at every rate).
        if before > MAX_NAMED_LEVELS {
            continue;
        }
        let mut base: Option<&Figure> = None;
        let mut unique = true;
        for &f in &same[..before] {
            if f.unit != to.unit
                || !is_level(f)
                || crate::checks::figure_text::is_change(text, f)
                || summed_over_years(doc, f)
            {
                continue;
            }
            // `县级一般公共预算收入` is not `全市一般公共预算收入`, nor
            // `工业固定资产投资` the whole `固定资产投资`: another scope
            // names another indicator.
            if scope(doc, f) != Some(to_scope) {
                continue;
            }
            match base {
                Some(b) if (b.low, b.high) != (f.low, f.high) => {
                    unique = false;
                    break;
                }
                _ => base = Some(f),
            }
        }
        let Some(from) = base.filter(|b| unique && in_another_part(doc, b, to)) else {
            continue;
        };
        out.extend(match period {
            Some(years) => over_period(text, (from, to, rate), volume, years),
            None => from_base(text, from, to, rate, volume),
        });
    }
    corroborated(doc, out)
}

/// A base printed in another part is found by its indicator's name alone,
/// which two parts may use for two scopes or calibers (the whole city in
/// the review, its districts in the plan; an estimate, revised before the
/// targets were set). So a rate that does not follow from such a base is
/// kept only when its paragraph holds two readings at least that follow
/// from theirs, and more that follow than not: the drafters set that
/// paragraph's targets from those bases, and the one that does not fit is
/// a slip. Otherwise the pairing is not sure and the misfits are dropped.
/// A planned level is a round figure set from an estimate: a rate within a
/// point of the one its levels imply is that rounding, not a slip.
fn corroborated<'d>(doc: &Document, readings: Vec<GrowthReading<'d>>) -> Vec<GrowthReading<'d>> {
    let fits: Vec<bool> = readings.iter().map(|r| r.misfit(doc).is_none()).collect();
    let lines: Vec<usize> = readings
        .iter()
        .map(|r| doc.line_index.line_of(r.change.span.start))
        .collect();
    // (fit, misfit) per paragraph, counted once: a text of thousands of
    // readings is not walked again at each.
    let mut tally: HashMap<usize, (usize, usize)> = HashMap::new();
    for (line, fit) in lines.iter().zip(&fits) {
        let entry = tally.entry(*line).or_default();
        if *fit {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    let sure = |line: &usize| {
        let (fit, misfit) = tally[line];
        fit >= 2 && fit > misfit
    };
    readings
        .into_iter()
        .zip(fits.iter().zip(&lines))
        .filter(|(reading, (fit, line))| {
            **fit || (reading.misfit_within(doc, PLANNED_ROUNDING).is_some() && sure(line))
        })
        .map(|(reading, _)| reading)
        .collect()
}

/// How far (percentage points) a rate may stand from the one a planned
/// level and an earlier base imply: the drafters' rounding of the level.
const PLANNED_ROUNDING: f64 = 1.0;

/// Words of a sum over a span of time before an amount (`累计完成238亿元`).
pub(super) const SUMS: &[&str] = &["累计", "合计", "共计", "总计"];

/// `“十四五”期间，收入累计完成238亿元。2025年，收入达到53.2亿元，增长6.2%`:
/// a sum over years in its clause is no year's level, and no base of a
/// year's growth.
pub(super) fn summed_over_years(doc: &Document, figure: &Figure) -> bool {
    let lead = crate::checks::figure_text::clause_lead(&doc.text, figure);
    SUMS.iter().any(|w| lead.contains(w))
}

/// A year's growth from an earlier printed `from` to `to` at `rate`:
/// none when both are of one period, or `to` restates the level itself
/// (in a summary before the year's review). `volume`: at comparable
/// prices, read but never compared (as is a sentence saying so).
pub(super) fn from_base<'d>(
    text: &str,
    from: &'d Figure,
    to: &'d Figure,
    rate: &'d Figure,
    volume: bool,
) -> Option<GrowthReading<'d>> {
    let restated = from.low <= to.high && to.low <= from.high;
    if restated
        || from.period.is_some() && from.period == to.period
        || !a_year_before(from.period.as_ref(), to.period.as_ref())
    {
        return None;
    }
    let sentence = sentence_range(text, to.span.start.min(rate.span.start));
    let not_comparable = volume || says_not_comparable(&text[sentence]);
    Some(GrowthReading::over_a_year(
        from,
        to,
        rate,
        1.0,
        not_comparable,
    ))
}

/// An average growth over `years` (a period named near the rate) from an
/// earlier printed `from` to `to` at `rate`: none when `to` restates the
/// level, or `from` is no level at a moment (a part of a year, a span, a
/// plan, a target); with both years printed, they must span the period
/// (a year either way, as a period read from the context is trusted).
pub(super) fn over_period<'d>(
    text: &str,
    (from, to, rate): (&'d Figure, &'d Figure, &'d Figure),
    volume: bool,
    years: i32,
) -> Option<GrowthReading<'d>> {
    let restated = from.low <= to.high && to.low <= from.high;
    let at_a_moment = !matches!(
        from.period,
        Some(
            Period::PartYear(_)
                | Period::Years(..)
                | Period::Plan(_)
                | Period::PastYears(_)
                | Period::NextYear
        )
    );
    let spanned = match (&from.period, &to.period) {
        (Some(Period::Year(a)), Some(Period::Year(b))) => (b - a - years).abs() <= 1,
        _ => true,
    };
    if restated || !at_a_moment || !spanned {
        return None;
    }
    let sentence = sentence_range(text, to.span.start.min(rate.span.start));
    let not_comparable = volume || says_not_comparable(&text[sentence]);
    Some(GrowthReading::average_over_named_period(
        (from, to, rate),
        years,
        not_comparable,
    ))
}

/// Whether a level of `from`'s period may be the base of a year's growth
/// to `to`'s: not a part of a year (`一季度` before `全年`), a span of
/// years or a plan, a target (`明年`), nor a year other than the one
/// before (`2020年` before `2024年`, whose growth is over 2023).
pub(super) fn a_year_before(from: Option<&Period>, to: Option<&Period>) -> bool {
    let spans = |p: Option<&Period>| {
        matches!(
            p,
            Some(Period::PartYear(_) | Period::Years(..) | Period::Plan(_) | Period::PastYears(_))
        )
    };
    if spans(from) || spans(to) || matches!(from, Some(Period::NextYear)) {
        return false;
    }
    match (from, to) {
        (Some(Period::Year(a)), Some(Period::Year(b))) => *b == a + 1,
        _ => true,
    }
}

/// Words that end a subject before its level (`旅游收入达到38亿元`).
pub(super) const SUBJECT_VERBS: &[&str] = &["达到", "达", "为", "完成", "实现", "突破", "超过"];

/// The words naming a money level with no indicator: its clause's words
/// before it, past the period (`今年`, `2012年`, `全年`) and the verb
/// (`达到`); `None` unless they are three to sixteen characters of Chinese.
pub(super) fn subject_of<'t>(
    doc: &'t Document,
    level: &Figure,
    clause: &Range<usize>,
) -> Option<&'t str> {
    let text = &doc.text;
    let mut lead = past_period(text.get(clause.start..level.span.start)?);
    if let Some(rest) = SUBJECT_VERBS.iter().find_map(|v| lead.strip_suffix(v)) {
        lead = rest;
    }
    let n = lead.chars().count();
    ((3..=16).contains(&n) && lead.chars().all(crate::chars::is_han)).then_some(lead)
}

/// [`based_earlier`] for a money level no indicator names: the one earlier
/// money level whose clause names it with the same words (`中央财政科技
/// 投入1163亿元` before `今年中央财政科技投入1461亿元，增长25.6%`), of
/// another value; else no reading.
/// The most figures read back from a rate for its subject's base: more
/// than a report prints (one of 170 KB prints about 2,000), so that a text
/// of thousands of rates is not read back to its start at each.
const MAX_FIGURES_BACK: usize = 4096;

/// The most levels one indicator or subject may be printed with before a
/// rate for one of them to be its base.
const MAX_NAMED_LEVELS: usize = 32;

pub(super) fn based_on_subject<'d>(
    doc: &'d Document,
    to: &'d Figure,
    rate: &'d Figure,
) -> Option<GrowthReading<'d>> {
    let text = &doc.text;
    // A character of Chinese right before the level or its verb, before
    // the clause is looked up.
    let head = &text[..to.span.start];
    let head = SUBJECT_VERBS
        .iter()
        .find_map(|v| head.strip_suffix(v))
        .unwrap_or(head);
    if !head.chars().next_back().is_some_and(crate::chars::is_han) {
        return None;
    }
    let clause = doc.clause_range(to.span.start.min(rate.span.start));
    let subject = subject_of(doc, to, &clause)?;
    let figures = &doc.figures;
    let before = figures.partition_point(|f| f.span.end <= clause.start);
    // The nearest first, as far back as a report holds figures; a subject
    // printed with more levels than a report gives one is no base.
    let mut base: Option<&Figure> = None;
    let mut named = 0;
    for f in figures[..before].iter().rev().take(MAX_FIGURES_BACK) {
        if f.kind != FigureKind::Amount || f.indicator.is_some() || f.unit != to.unit {
            continue;
        }
        // Bytes first: the subject right before the figure or its verb.
        let head = &text.as_bytes()[..f.span.start];
        let head = SUBJECT_VERBS
            .iter()
            .find_map(|v| head.strip_suffix(v.as_bytes()))
            .unwrap_or(head);
        if !head.ends_with(subject.as_bytes()) {
            continue;
        }
        named += 1;
        if named > MAX_NAMED_LEVELS {
            return None;
        }
        let own = doc.clause_range(f.span.start);
        if subject_of(doc, f, &own) != Some(subject)
            || !is_level(f)
            || crate::checks::figure_text::is_change(text, f)
            || summed_over_years(doc, f)
        {
            continue;
        }
        match base {
            Some(b) if (b.low, b.high) != (f.low, f.high) => return None,
            Some(_) => {}
            None => base = Some(f),
        }
    }
    let volume = VOLUMES.iter().any(|v| subject.contains(v)) || subject.contains("产值");
    let base = base.filter(|b| in_another_part(doc, b, to))?;
    from_base(text, base, to, rate, volume)
}

/// Whether `base` stands in another part of the report than `to` (another
/// top-level section, or the lead before the first): a review's result
/// before a plan's target. Two levels of one indicator in one part are of
/// one year, told for two scopes or spans (`全市…；市区…`, `一季度…`), not
/// a level and the base it grew from.
pub(super) fn in_another_part(doc: &Document, base: &Figure, to: &Figure) -> bool {
    let part = |at: usize| {
        doc.outline
            .iter()
            .position(|h| h.kind == HeadingKind::Section && h.range.contains(&at))
    };
    part(base.span.start) != part(to.span.start)
}

/// The words before a figure's indicator in its clause, once the period
/// (`今年`, `去年`, `2020年`, `预计`) is set aside: its scope (`全市`,
/// `县级`, or nothing). `None` when they are not plain words.
pub(super) fn scope<'t>(doc: &'t Document, figure: &Figure) -> Option<&'t str> {
    let text = &doc.text;
    let at = figure.indicator_span.as_ref()?.start;
    let clause = doc.clause_range(at);
    let lead = past_period(text.get(clause.start.min(at)..at)?);
    lead.chars().all(crate::chars::is_han).then_some(lead)
}

/// `lead` past the period that opens it (`今年`, `去年`, `2020年`,
/// `预计`, spaces and digits among them), as often as one opens it.
pub(super) fn past_period(mut lead: &str) -> &str {
    loop {
        let trimmed = lead.trim_start_matches(crate::chars::is_space);
        let digits = trimmed.trim_start_matches(is_digit);
        let next = ["今年", "去年", "上年", "全年", "明年", "预计", "年", "的"]
            .iter()
            .find_map(|w| digits.strip_prefix(w))
            .unwrap_or(if digits.len() < trimmed.len() {
                digits
            } else {
                trimmed
            });
        if next.len() == lead.len() {
            return lead;
        }
        lead = next;
    }
}
