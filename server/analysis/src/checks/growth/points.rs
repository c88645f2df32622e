//! points-mismatch: a change in 个百分点 between two printed rates.

use super::*;
use crate::figures::Qualifier;

pub(super) fn check_points(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    related: Vec<Related>,
    sink: &mut Sink,
) {
    let text = &doc.text;
    let (from_low, from_high) = compared_bounds(text, from);
    let (a, b) = (to.low - from_high, to.high - from_low);
    let (s_lo, s_hi) = signed(change, sign);
    if s_lo > b || s_hi < a {
        let (shown_a, shown_b) = as_stated(a, b, sign);
        let stated = with_unit(change.text(text), &change.unit);
        // Per-mille points stated, per-mille points implied.
        let implied = if stated.ends_with("千分点") {
            spread(
                number(shown_a * 10.0, 1),
                number(shown_b * 10.0, 1),
                "",
                " 个千分点",
            )
        } else {
            spread(number(shown_a, 2), number(shown_b, 2), "", " 个百分点")
        };
        sink.push(
            change.span.clone(),
            Finding::PointsMismatch(Box::new(Change {
                from: from.text(text).to_string(),
                to: to.text(text).to_string(),
                stated,
                implied,
            })),
            related,
        );
    }
}

/// The interval `from` stands for; a target read with the word comparing
/// a rate with it (`超过6%` of `增长7.4%，超过6%的预期目标…`) stands for
/// its printed digits, not a floor.
fn compared_bounds(text: &str, from: &Figure) -> (f64, f64) {
    let compared = from.qualifier == Some(Qualifier::Over)
        && ABOVE.iter().any(|w| from.text(text).starts_with(w));
    if compared {
        let half = from.precision / 2.0;
        (from.value - half, from.value + half)
    } else {
        (from.low, from.high)
    }
}

/// A value of a list that left its unit to the last (`6.7` or `6.7个` of
/// `6.7和3.3个百分点`) shown with that unit.
pub(super) fn with_unit(stated: &str, unit: &str) -> String {
    // `个百分点`, or `个千分点` read as points.
    if stated.ends_with(unit) || stated.ends_with('点') {
        return stated.to_string();
    }
    match stated.char_indices().next_back() {
        Some((at, c)) if unit.starts_with(c) => format!("{}{unit}", &stated[..at]),
        _ => format!("{stated}{unit}"),
    }
}

/// The implied change `a..b` as the text states it: a fall (`下降3个百分点`)
/// is written as its size, so the implied one is shown as a size too.
pub(super) fn as_stated(a: f64, b: f64, sign: f64) -> (f64, f64) {
    if sign < 0.0 { (-b, -a) } else { (a, b) }
}

/// A stated change as a signed interval.
pub(super) fn signed(change: &Figure, sign: f64) -> (f64, f64) {
    if sign > 0.0 {
        (change.low, change.high)
    } else {
        (-change.high, -change.low)
    }
}

/// Two rates and the difference in points stated between them: `从A%提高到
/// B%，提高C个百分点`, or `B%，高于D增速C个百分点` where the rate of D is
/// printed before in the paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct PointsReading<'d> {
    /// The rate the difference is taken from (the earlier level, or the
    /// rate compared with).
    pub from: &'d Figure,
    pub to: &'d Figure,
    pub change: &'d Figure,
    /// +1 when `to` is above `from`, -1 when below.
    pub sign: f64,
}

/// Words naming an indicator's rate after its name (`税收收入增速`).
const RATE_NAMES: &[&str] = &["增速", "增幅", "增长速度"];

/// Words that state a rate above or below another one.
pub(super) const ABOVE: &[&str] = &["高于", "快于", "高出", "超过", "超出"];
pub(super) const BELOW: &[&str] = &["低于", "慢于"];

/// Words that make a percent a growth rate (said right before it).
pub(super) const RATE_WORDS: &[&str] = &[
    "增长",
    "增速",
    "增幅",
    "增速为",
    "增速达",
    "增幅为",
    "增长率",
];

/// Every difference in points between two printed rates.
pub fn points_readings(doc: &Document) -> Vec<PointsReading<'_>> {
    points_of(doc, &growth_readings(doc))
}

/// The points readings, given the document's growth readings.
pub(super) fn points_of<'d>(
    doc: &'d Document,
    growth: &[GrowthReading<'d>],
) -> Vec<PointsReading<'d>> {
    let text = &doc.text;
    let mut out: Vec<PointsReading<'d>> = growth
        .iter()
        .filter(|r| {
            r.from.kind == FigureKind::Percent
                && r.change.kind == FigureKind::Points
                && !r.annual
                && !says_not_comparable(&text[sentence_range(text, r.from.span.start)])
        })
        .map(|r| PointsReading {
            from: r.from,
            to: r.to,
            change: r.change,
            sign: r.sign,
        })
        .collect();
    let mut lists = None;
    for (i, change) in doc.figures.iter().enumerate() {
        if change.kind != FigureKind::Points || i == 0 {
            continue;
        }
        let reading = compared_rate(doc, i)
            .or_else(|| over_target(doc, i))
            .or_else(|| paired_rates(doc, i, &mut lists));
        if let Some(reading) = reading {
            out.push(reading);
        }
    }
    out.sort_by_key(|r| r.change.span.start);
    out
}

/// The kind of rate a percent is: a growth rate (`增长5%`), and whether it
/// is an average over years; `None` for any other percent.
pub(super) fn growth_rate(text: &str, figure: &Figure) -> Option<bool> {
    if figure.kind != FigureKind::Percent {
        return None;
    }
    let before = chars_before(text, figure.span.start, 8);
    let before = before.trim_end_matches(['了', '约', '近', '超', '逾']);
    let before = before.strip_suffix("同比").unwrap_or(before);
    if !RATE_WORDS.iter().any(|w| before.ends_with(w)) {
        return None;
    }
    Some(ANNUAL.iter().any(|w| before.contains(w)))
}

/// The words of a comparison after the rate's comma: the subject named again
/// (or nothing), the direction, and what is compared with.
pub(super) fn compared_link(link: &str) -> Option<(f64, &str, &str)> {
    ABOVE
        .iter()
        .map(|w| (1.0, w))
        .chain(BELOW.iter().map(|w| (-1.0, w)))
        .filter_map(|(sign, w)| {
            let at = link.find(w)?;
            Some((at, sign, &link[..at], &link[at + w.len()..]))
        })
        .min_by_key(|&(at, ..)| at)
        .map(|(_, sign, subject, rest)| (sign, subject, rest))
}

/// Whether `subject` (`税收收入增速`, at byte `at`) names the rate of
/// `rate`'s own indicator, and nothing else.
pub(super) fn names_rate_of(text: &str, rate: &Figure, subject: &str, at: usize) -> bool {
    let Some(own) = rate.indicator.as_deref() else {
        return false;
    };
    let Some(name) = RATE_NAMES.iter().find_map(|w| subject.strip_suffix(w)) else {
        return false;
    };
    let mentions = mentions_in(text, std::slice::from_ref(&(at..at + name.len())));
    matches!(mentions.as_slice(), [m] if m.span == (at..at + name.len()) && m.canonical == own)
}

/// `D增长B%，高于E增速C个百分点` with E's growth rate printed earlier in the
/// paragraph: the reading of the points figure `doc.figures[i]`.
pub(super) fn compared_rate(doc: &Document, i: usize) -> Option<PointsReading<'_>> {
    let text = doc.text.as_str();
    let figures = &doc.figures;
    let change = &figures[i];
    let to = &figures[i - 1];
    let annual = growth_rate(text, to)?;
    // `B%，高于E增速C个百分点`: one comma, then the comparison.
    let link = text.get(to.span.end..change.span.start)?;
    let link = link
        .strip_prefix('，')
        .or_else(|| link.strip_prefix('、'))
        .or_else(|| link.strip_prefix(','))?;
    let (sign, subject, rest) = compared_link(link)?;
    // What is compared with: one indicator named whole, then the word for
    // its rate.
    let name = ["增速", "增幅", "增长速度", "增长"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(rest);
    if name.is_empty() || name.contains(['，', '。', '；', ',', '、']) {
        return None;
    }
    let own = to.indicator.as_deref().unwrap_or("");
    let named = || {
        let at = change.span.start - rest.len();
        let mentions = mentions_in(text, std::slice::from_ref(&(at..at + name.len())));
        match mentions.as_slice() {
            [mention] if mention.span == (at..at + name.len()) => Some(mention.canonical),
            _ => None,
        }
    };
    let swapped;
    let (canonical, by_group) = if name == "经济" {
        // `快于经济增速`: the economy's growth is the growth of output.
        ("地区生产总值", false)
    } else if let Some(canonical) = named() {
        (canonical, false)
    } else {
        swapped = other_group(own, name)?;
        (swapped.as_str(), true)
    };
    // `，税收收入增速低于…`: the clause may name its own indicator again, or
    // its own group when the other is named by its group.
    let subject_at = change.span.start - link.len();
    let subject_named = subject.is_empty()
        || names_rate_of(text, to, subject, subject_at)
        || by_group && names_own_group(own, name, subject);
    if !subject_named {
        return None;
    }
    // The rate of that indicator, earlier in the paragraph: exactly one value.
    let paragraph = doc
        .lines
        .get(doc.line_at(to.span.start))
        .map_or(0..0, |l| l.range.clone());
    let mut from: Option<&Figure> = None;
    for f in figures_in(doc, &(paragraph.start..to.span.start)) {
        if f.indicator.as_deref() != Some(canonical) || growth_rate(text, f) != Some(annual) {
            continue;
        }
        // A rate of another period (`一季度`, `去年`) is another measure.
        if let (Some(a), Some(b)) = (&f.period, &to.period)
            && a != b
        {
            return None;
        }
        match from {
            Some(g) if (g.low, g.high) != (f.low, f.high) => return None,
            _ => from = Some(f),
        }
    }
    // The rate compared must not be the rate itself.
    let from = from?;
    if to.indicator.as_deref() == Some(canonical) {
        return None;
    }
    Some(PointsReading {
        from,
        to,
        change,
        sign,
    })
}

/// `农村居民收入增速快于城镇居民`: the subject is the rate's own group (as
/// many characters as the group compared with, `name`), then nothing or
/// the close of its own indicator's name (`收入` of `人均可支配收入`), then
/// the word for its rate.
fn names_own_group(own: &str, name: &str, subject: &str) -> bool {
    let Some((group, rest)) = own_group(own, name) else {
        return false;
    };
    let Some(after) = subject.strip_prefix(group) else {
        return false;
    };
    RATE_NAMES
        .iter()
        .filter_map(|w| after.strip_suffix(w))
        .any(|close| rest.ends_with(close))
}

/// `…快于城镇居民`: the same indicator of another group, named by the group
/// alone: `城镇居民` for `农村居民人均可支配收入` gives
/// `城镇居民人均可支配收入`. The group is two to four Han characters and
/// stands where the rate's own group does, as long; the result must be an
/// indicator printed before, which the caller looks up.
fn other_group(own: &str, name: &str) -> Option<String> {
    let n = name.chars().count();
    if !(2..=4).contains(&n) || !name.chars().all(crate::chars::is_han) {
        return None;
    }
    let (group, rest) = own_group(own, name)?;
    (group != name && rest.chars().count() >= 2).then(|| format!("{name}{rest}"))
}

/// `own` parted where a group as long as `name` would end: (`农村居民`,
/// `人均可支配收入`) for `城镇居民`.
fn own_group<'o>(own: &'o str, name: &str) -> Option<(&'o str, &'o str)> {
    let at = own.char_indices().nth(name.chars().count())?.0;
    Some(own.split_at(at))
}

/// Words naming a target a rate is compared with, after its percent and `的`.
const TARGETS: &[&str] = &["预期目标", "年度目标", "目标", "预期"];

/// `增长6.1%，超过5%的预期目标1.1个百分点`: a growth rate, a comma, a word
/// of above or below, the target's percent and its name, then the points
/// figure `doc.figures[i]`: the difference of the growth rate and the
/// target.
fn over_target(doc: &Document, i: usize) -> Option<PointsReading<'_>> {
    let text = doc.text.as_str();
    let figures = &doc.figures;
    let (change, target, rate) = (
        &figures[i],
        figures.get(i - 1)?,
        figures.get(i.checked_sub(2)?)?,
    );
    // A target plain, or read with the word comparing the rate with it.
    let comparing = target.qualifier == Some(Qualifier::Over)
        && ABOVE.iter().any(|w| target.text(text).starts_with(w));
    if target.kind != FigureKind::Percent || target.qualifier.is_some() && !comparing {
        return None;
    }
    growth_rate(text, rate)?;
    let named = text.get(target.span.end..change.span.start)?;
    let named = named.strip_prefix('的')?;
    if !TARGETS.contains(&named) {
        return None;
    }
    // The word of above or below may be read into the target's figure
    // (`超过6%`); then nothing else may qualify it.
    let written = target.text(text);
    let digits = written.find(|c: char| c.is_ascii_digit())?;
    let link = text.get(rate.span.end..target.span.start)?;
    let link = format!("{}{}", link.strip_prefix('，')?, &written[..digits]);
    let link = link.as_str();
    let sign = if ABOVE.contains(&link) {
        1.0
    } else if BELOW.contains(&link) {
        -1.0
    } else {
        return None;
    };
    Some(PointsReading {
        from: target,
        to: rate,
        change,
        sign,
    })
}
