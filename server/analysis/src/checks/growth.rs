//! growth-mismatch and points-mismatch: `从A增加到B，增长X%` (or `增长N倍`,
//! `增加C亿元`), `从A%提高到B%，提高C个百分点`, and `增长B%，高于X增速C个
//! 百分点` where X's growth rate is printed earlier in the paragraph (one
//! value, of the same period and kind of rate; else no reading).
//!
//! Only the change stated right after the two levels is compared, and only
//! when nothing says the rate is measured differently (按可比价, 实际, 同口径):
//! a real growth rate does not follow from nominal levels. An average
//! annual rate (`年均增长`) is compared over the years printed with the
//! levels, else over the period the paragraph or one just before it names
//! (`五年来`, `过去五年`, `“十三五”时期`, `较五年前`); a period read from the
//! context is trusted only to a year either way. Levels listed one per
//! subject (`分别由A、B增加到C、D，年均分别增长X、Y`) are read place by place,
//! and so are pairs one subject after another (`A由a增加到b，B由c增加到d，
//! 分别增长X、Y`).

mod added_amount;
mod base_after;
mod base_compared;
mod rated_later;

use std::collections::HashMap;
use std::ops::Range;

use super::Sink;
use super::figure_text::{
    NOT_COMPARABLE, chars_before, figures_in, is_level, mentions_any, number, sentence_range,
};
use crate::diagnostic::{Change, Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period, mentions_in};

/// Verbs joining the two levels: `从A增加到B`.
const TO_WORDS: &[&str] = &[
    "增加到",
    "增长到",
    "提高到",
    "提升到",
    "上升到",
    "扩大到",
    "下降到",
    "减少到",
    "降低到",
    "缩小到",
    "增加至",
    "增长至",
    "提高至",
    "提升至",
    "上升至",
    "扩大至",
    "下降至",
    "减少至",
    "降低至",
    "缩小至",
    "增至",
    "升至",
    "降至",
    // `由A减至B`, `压减至`, `缩减至`; `回落至`: a fall said so.
    "减至",
    "回落至",
    "达到",
    "到",
];

/// Verbs stating the change, with its direction. A harvest's change is
/// said by 增产/减产 (`由21.2万吨增加到22.3万吨，增产1.1万吨`).
/// Revenue's by 增收/减收, a population's or a stock's net change by 净增/净减.
const UP: &[&str] = &[
    "增长", "增加", "提高", "提升", "上升", "扩大", "多", "增产", "增收", "净增",
];
const DOWN: &[&str] = &["下降", "减少", "降低", "缩小", "少", "减产", "减收", "净减"];

/// Words that make the stated rate an average over years.
const ANNUAL: &[&str] = &["年均", "平均每年", "每年平均", "平均", "每年"];

/// Two levels `从A…到B` and the change stated right after them.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthReading<'d> {
    pub from: &'d Figure,
    pub to: &'d Figure,
    pub change: &'d Figure,
    /// +1 for a rise, -1 for a fall.
    pub sign: f64,
    /// The change is an average over this many years (1: not an average).
    pub years: i32,
    /// The years come from a period named near the levels, not printed
    /// with them: the check allows a year either way.
    pub period_from_context: bool,
    pub annual: bool,
    /// The sentence says the change is measured otherwise (按可比价, 实际…),
    /// or the indicator is a volume whose rate is at comparable prices
    /// while its levels are nominal (地区生产总值, 增加值).
    pub not_comparable: bool,
}

impl<'d> GrowthReading<'d> {
    /// A change over one year, not an average, measured as its levels are
    /// unless `not_comparable`.
    pub(crate) fn over_a_year(
        from: &'d Figure,
        to: &'d Figure,
        change: &'d Figure,
        sign: f64,
        not_comparable: bool,
    ) -> Self {
        GrowthReading {
            from,
            to,
            change,
            sign,
            years: 1,
            period_from_context: false,
            annual: false,
            not_comparable,
        }
    }
}

impl<'d> GrowthReading<'d> {
    /// A rise averaged over `years` read from the period named near the
    /// levels, not printed with them (the check allows a year either way).
    pub(crate) fn average_over_named_period(
        (from, to, rate): (&'d Figure, &'d Figure, &'d Figure),
        years: i32,
        not_comparable: bool,
    ) -> Self {
        GrowthReading {
            from,
            to,
            change: rate,
            sign: 1.0,
            years,
            period_from_context: true,
            annual: true,
            not_comparable,
        }
    }
}

impl<'d> GrowthReading<'d> {
    /// [`GrowthReading::over_a_year`], not comparable when the sentence of
    /// `named` (the level naming the indicator) says the rate is measured
    /// otherwise, or the indicator is a volume.
    pub(crate) fn over_a_year_in(
        text: &str,
        named: &'d Figure,
        (from, to, change): (&'d Figure, &'d Figure, &'d Figure),
        sign: f64,
    ) -> Self {
        let sentence = sentence_range(text, named.span.start);
        let not_comparable =
            mentions_any(&text[sentence], NOT_COMPARABLE) || is_volume(text, named);
        GrowthReading::over_a_year(from, to, change, sign, not_comparable)
    }
}

/// Indicators whose growth rates are published at comparable prices.
const VOLUMES: &[&str] = &["生产总值", "GDP", "增加值", "经济总量"];

/// Whether the levels belong to a volume indicator: named by the figure,
/// or in its sentence before it.
fn is_volume(text: &str, from: &Figure) -> bool {
    // The indicator may stand clauses before its levels (`地区生产总值跃上
    // 新台阶，从A增加到B`): read back to the start of the sentence.
    let head = &text[..from.span.start];
    let start = head
        .rfind(['。', '；', ';', '！', '？', '\n'])
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let lead = &text[start..from.span.start];
    // ...but not past a change stated before: `生产总值从A增长到B，增长X%，
    // 财政收入从C…` names a new indicator.
    let lead = ["%", "％", "增长", "增加", "下降", "减少", "提高"]
        .iter()
        .filter_map(|w| lead.rfind(w).map(|p| p + w.len()))
        .max()
        .map_or(lead, |p| &lead[p..]);
    from.indicator
        .as_deref()
        .is_some_and(|i| VOLUMES.iter().any(|v| i.contains(v)))
        || VOLUMES.iter().any(|v| lead.contains(v))
}

/// Every `从A…到B，增长X` of the document.
pub fn growth_readings(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    // Rates after `增长` that may reach a level with a base printed before
    // ([`based_earlier`]), found in this one pass over the figures.
    let mut rates = Vec::new();
    // The years the levels of an earlier reading printed, and its
    // sentence: `从2017年的A增加到2021年的B，…；C从X增加到Y，年均增长…`
    // names the period once for every indicator the sentence lists.
    // (Clauses cut by `；` are one sentence here; `。` ends it.)
    let mut sentence_years: Option<(usize, i32)> = None;
    for (i, from) in figures.iter().enumerate() {
        let head = &text.as_bytes()[..from.span.start];
        if from.kind == FigureKind::Percent
            && (head.ends_with("增长".as_bytes()) || head.ends_with("递增".as_bytes()))
            || from.kind == FigureKind::Amount
                && ADDED_OVER_LAST_YEAR
                    .iter()
                    .any(|w| head.ends_with(w.as_bytes()))
        {
            rates.push(i);
        }
        let Some(to) = figures.get(i + 1) else {
            continue;
        };
        let Some(mut change) = figures.get(i + 2) else {
            continue;
        };
        if from.unit != to.unit {
            continue;
        }
        let dated = dated_levels(text, from, to);
        if !dated && !starts_from(text, from) {
            continue;
        }
        // `，五年年均增长X%`: the years stated before the rate.
        let mut stated_years = None;
        if change.kind == FigureKind::Duration && change.unit == "年" {
            let Some(next) = figures.get(i + 3) else {
                continue;
            };
            let n = change.value;
            if n.fract() == 0.0 && (1.0..=30.0).contains(&n) {
                stated_years = Some(n as i32);
            }
            change = next;
        }
        let between = &text[from.span.end..to.span.start];
        let between = strip_year(between);
        if !TO_WORDS.iter().any(|w| between.ends_with(w)) || between.chars().count() > 12 {
            continue;
        }
        if between.contains(['，', ',', '；', '。']) && !dated {
            continue;
        }
        let sentence = sentence_range(text, from.span.start);
        let not_comparable =
            mentions_any(&text[sentence.clone()], NOT_COMPARABLE) || is_volume(text, from);
        // The change comes right after `to`: `，增长X%` or `，年均增长X%`.
        let link = past_basis(&text[to.span.end..change.span.start]);
        if link.chars().count() > 10 || link.contains(['。', '；', ';']) {
            continue;
        }
        let link = link.trim_end_matches(['了', '约', '近', '超', '逾']);
        let Some(sign) = direction(link).or_else(|| times_the_base(link, change)) else {
            continue;
        };
        if names_another_subject(link) {
            continue;
        }
        let annual = ANNUAL.iter().any(|w| link.contains(w));
        let printed = if dated {
            dated_years(text, from, to)
        } else {
            years_between(text, from, to)
        };
        let listed_years = match &sentence_years {
            Some((end, n))
                if *end <= from.span.start
                    && !text[*end..from.span.start]
                        .contains(['。', '！', '？', '!', '?', '\n', '\r'])
                    && !names_a_period(&text[*end..from.span.start])
                    && year_before(text, from).is_none()
                    && year_before(text, to).is_none() =>
            {
                Some(*n)
            }
            _ => None,
        };
        if let Some(n) = printed {
            sentence_years = Some((to.span.end, n));
        }
        // Years stated with the rate must agree with those printed with
        // the levels; else the reading is not unique.
        if stated_years.is_some() && printed.is_some() && stated_years != printed {
            continue;
        }
        let (years, period_from_context) = if annual {
            match printed.or(stated_years).or(listed_years) {
                Some(n) => (n, false),
                None => match period_near(doc, from.span.start) {
                    Some(n) => (n, true),
                    None => continue,
                },
            }
        } else {
            (1, false)
        };
        let reading = GrowthReading {
            from,
            to,
            change,
            sign,
            years,
            period_from_context,
            annual,
            not_comparable,
        };
        // `，年均分别增长X、Y`: the rates belong to the subjects in turn.
        if link.contains("分别") {
            out.extend(in_turn(text, figures, i, &reading));
            continue;
        }
        if let Some(rate) = rate_after_amount(text, &reading, figures.get(i + 3)) {
            out.push(rate);
        }
        out.push(reading);
    }
    out.extend(listed(doc));
    out.extend(rate_then_level(doc));
    out.extend(base_after::base_printed_after(doc));
    out.extend(base_compared::base_compared_before_change(doc));
    let read: Vec<usize> = out.iter().map(|r| r.change.span.start).collect();
    out.extend(
        based_earlier(doc, &rates)
            .into_iter()
            .filter(|r| !read.contains(&r.change.span.start)),
    );
    let later = rated_later::rated_later(doc, &out);
    out.extend(later);
    out.sort_by_key(|r| r.change.span.start);
    out
}

/// The link from a level to its change past a clause naming the basis
/// of the rate (`，按可比价格计算，年均增长`): the clause says how the rate
/// is measured, not whose it is (the sentence's basis words mark the
/// reading as not comparable with the levels).
fn past_basis(link: &str) -> &str {
    let Some(rest) = link.strip_prefix('，') else {
        return link;
    };
    match rest.find('，') {
        Some(end) if end <= 10 * 3 && mentions_any(&rest[..end], NOT_COMPARABLE) => &rest[end..],
        _ => link,
    }
}

/// `从20万吨增加到60万吨，是五年前的3倍`: the later level as a multiple of
/// the earlier (`是…的N倍`, the time of its base between), read as a
/// rise; the check takes `N倍` either as the ratio or as the ratio less
/// one, as writers use both.
fn times_the_base(link: &str, change: &Figure) -> Option<f64> {
    let base = link
        .strip_prefix('，')?
        .strip_prefix('是')?
        .strip_suffix('的')?;
    // The base is a time (`2015年`, `五年前`, `上年末`), not another
    // subject (`全省平均水平`).
    let time = base
        .strip_suffix(['前', '末', '底', '初'])
        .unwrap_or(base)
        .ends_with('年');
    let plain = time && base.chars().count() <= 8 && !base.contains(['，', ',', '、']);
    (change.kind == FigureKind::Ratio && change.unit == "倍" && plain).then_some(1.0)
}

/// Words of a base, a period or an average between the levels and their
/// change (`，比2016年提高`, `，较“十二五”末增长`, `，年均分别增长`).
const CHANGE_LEADS: &[&str] = &[
    "平均每年",
    "每年平均",
    "同比",
    "上年",
    "去年",
    "年初",
    "年均",
    "平均",
    "每年",
    "累计",
    "分别",
    "比",
    "较",
    "均",
    "共",
    "总体",
    "实际",
    "名义",
];

/// Whether the words between the later level and its change name another
/// subject (`由60.2%提高到62.1%，户籍城镇化率提高1.5个百分点`): the change is
/// that subject's, not the levels'. Two characters of Chinese left past the
/// words of a base, a period or an average, and the verb, name one.
fn names_another_subject(link: &str) -> bool {
    let link = link.trim_start_matches(['，', ',', '、']);
    let Some(verb) = UP.iter().chain(DOWN).find(|w| link.ends_with(*w)) else {
        return false;
    };
    let mut lead = link[..link.len() - verb.len()].to_string();
    for word in CHANGE_LEADS {
        lead = lead.replace(word, "");
    }
    lead.chars()
        .filter(|&c| crate::chars::is_han(c) && !"年末初一二三四五六七八九十了".contains(c))
        .count()
        >= 2
}

/// `由A增加到B，增收C，增长X%`: a rate right after the amount of the
/// change, over the same levels (one comma, a verb of change, no years of
/// its own). Not after a rate or an average.
fn rate_after_amount<'d>(
    text: &str,
    reading: &GrowthReading<'d>,
    next: Option<&'d Figure>,
) -> Option<GrowthReading<'d>> {
    let next = next?;
    if reading.annual || !is_level(reading.change) || next.kind != FigureKind::Percent {
        return None;
    }
    let link = text.get(reading.change.span.end..next.span.start)?;
    let link = link.strip_prefix('，').or_else(|| link.strip_prefix(','))?;
    if link.chars().count() > 4 || ANNUAL.iter().any(|w| link.contains(w)) {
        return None;
    }
    let link = link.strip_prefix("同比").unwrap_or(link);
    let sign = direction(link)?;
    (["增长", "下降"].contains(&link) && sign == reading.sign).then(|| GrowthReading {
        change: next,
        ..reading.clone()
    })
}

/// Words joining two values of a list.
const LISTING: &[&str] = &["、", "和", "及", "与"];

/// The figures from `figures[i]` on joined by listing words (`A、B和C`),
/// of one unit: how many.
fn run_from(text: &str, figures: &[Figure], i: usize) -> usize {
    let first = &figures[i];
    let mut n = 1;
    while let Some(next) = figures.get(i + n) {
        let gap = text[figures[i + n - 1].span.end..next.span.start].trim();
        if next.unit != first.unit || next.kind != first.kind || !LISTING.contains(&gap) {
            break;
        }
        n += 1;
    }
    n
}

/// `A由a增加到b，B由c增加到d，年均分别增长X、Y`: pairs of levels one
/// subject after another, then their rates in the same order, read place
/// by place (`last` is the reading of the pair next to the rates). Only
/// when the sentence holds as many such pairs as rates: else which rate is
/// whose is not unique, and nothing is read.
fn in_turn<'d>(
    text: &str,
    figures: &'d [Figure],
    i: usize,
    last: &GrowthReading<'d>,
) -> Vec<GrowthReading<'d>> {
    let rates = i + 2;
    let n = run_from(text, figures, rates);
    let mut firsts = vec![i];
    while firsts.len() <= n {
        let next = *firsts.last().expect("one pair at least");
        let Some(prev) = next.checked_sub(2) else {
            break;
        };
        let gap = &text[figures[prev + 1].span.end..figures[next].span.start];
        if gap.contains(['。', '；', ';', '\n'])
            || !is_pair(text, &figures[prev], &figures[prev + 1])
        {
            break;
        }
        firsts.push(prev);
    }
    if n < 2 || firsts.len() != n || figures[rates].kind != FigureKind::Percent {
        return Vec::new();
    }
    firsts.reverse();
    firsts
        .into_iter()
        .enumerate()
        .map(|(k, f)| GrowthReading {
            from: &figures[f],
            to: &figures[f + 1],
            change: &figures[rates + k],
            not_comparable: last.not_comparable || is_volume(text, &figures[f]),
            ..last.clone()
        })
        .collect()
}

/// `由A增加到B`: two levels of one unit, the later one right after a verb
/// of reaching it.
fn is_pair(text: &str, from: &Figure, to: &Figure) -> bool {
    let between = strip_year(&text[from.span.end..to.span.start]);
    from.unit == to.unit
        && starts_from(text, from)
        && TO_WORDS.iter().any(|w| between.ends_with(w))
        && between.chars().count() <= 12
        && !between.contains(['，', ',', '；', '。'])
}

/// `收入分别由A、B增加到C、D，年均分别增长X%、Y%`: as many earlier
/// levels, later levels and rates, each the one subject's, read as one
/// growth per place in the lists (two to five).
fn listed(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let n = run_from(text, figures, i);
        let from = &figures[i];
        let listed_from = (2..=5).contains(&n)
            && starts_from(text, from)
            && strip_year(chars_before(text, from.span.start, 9))
                .trim_end_matches(['从', '由'])
                .ends_with("分别");
        if !listed_from {
            i += n;
            continue;
        }
        let reading = (|| {
            let to = i + n;
            let between = strip_year(&text[figures[to - 1].span.end..figures.get(to)?.span.start]);
            if !TO_WORDS.iter().any(|w| between.ends_with(w)) || between.chars().count() > 6 {
                return None;
            }
            if run_from(text, figures, to) != n || figures[to].unit != from.unit {
                return None;
            }
            let rates = to + n;
            let rate = figures.get(rates)?;
            let link = &text[figures[rates - 1].span.end..rate.span.start];
            if link.chars().count() > 10 || link.contains(['。', '；', ';']) {
                return None;
            }
            let link = link.trim_end_matches(['了', '约', '近', '超', '逾']);
            let sign = direction(link.trim_end_matches("分别"))?;
            // Changes of rates in points (`分别提高6.7和3.3个百分点`), or
            // growth rates of levels.
            let points = rate.kind == FigureKind::Points && from.kind == FigureKind::Percent;
            if !(rate.kind == FigureKind::Percent || points) || run_from(text, figures, rates) != n
            {
                return None;
            }
            let annual = ANNUAL.iter().any(|w| link.contains(w));
            let (years, period_from_context) = if annual {
                match years_between(text, from, &figures[to]) {
                    Some(y) => (y, false),
                    None => (period_near(doc, from.span.start)?, true),
                }
            } else {
                (1, false)
            };
            let sentence = sentence_range(text, from.span.start);
            let not_comparable =
                mentions_any(&text[sentence], NOT_COMPARABLE) || is_volume(text, from);
            Some((0..n).map(move |k| GrowthReading {
                from: &figures[i + k],
                to: &figures[to + k],
                change: &figures[rates + k],
                sign,
                years,
                period_from_context,
                annual,
                not_comparable,
            }))
        })();
        match reading {
            Some(readings) => {
                out.extend(readings);
                i += 3 * n;
            }
            None => i += n,
        }
    }
    out
}

/// `由A增长X%，达到B` (or `增长N倍`): the base, the change right after its
/// verb, then the level reached, all in one clause chain. The verb alone
/// stands between the base and the change (no `年均`, no other subject).
fn rate_then_level(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for window in doc.figures.windows(3) {
        let [from, change, to] = window else {
            continue;
        };
        let rate = change.kind == FigureKind::Percent
            || change.kind == FigureKind::Ratio && change.unit == "倍";
        if !rate
            || !is_level(from)
            || from.unit != to.unit
            || from.kind != to.kind
            || !starts_from(text, from)
        {
            continue;
        }
        let Some(sign) = bare_direction(&text[from.span.end..change.span.start]) else {
            continue;
        };
        let link = &text[change.span.end..to.span.start];
        let Some(reach) = link.strip_prefix(['，', ',']) else {
            continue;
        };
        if reach == "到" || !TO_WORDS.contains(&reach) {
            continue;
        }
        out.push(GrowthReading::over_a_year_in(
            text,
            from,
            (from, to, change),
            sign,
        ));
    }
    out
}

/// Words joining a growth rate to the level it reaches: `增长8%，达到B`.
const REACHES: &[&str] = &["，达到", "，达", "、达到", "，总量达到", "，规模达到", "至"];

/// Words joining a level to its growth rate: `达到B，增长8%`.
const GROWS: &[&str] = &["，增长", "，同比增长", "，比上年增长", "，较上年增长"];

/// Words joining a money level to the amount it rose by in a year:
/// `安排经费2235亿元，比去年增加395亿元`.
const ADDED_OVER_LAST_YEAR: &[&str] = &["，比去年增加", "，比上年增加"];

/// `A达到X，B达到Y，分别增长8%`: one rate for each level listed, the
/// last of which stands right before it (not a list of rates, each its
/// own level's).
const EACH_GROWS: &str = "，分别增长";

/// `今年一般公共预算收入增长8%，达到32.4亿元` (or `…达到32.4亿元，增长
/// 8%`) with the base level printed in an earlier clause, sentence or
/// paragraph (the review's result for a target): the one level of the
/// same indicator, scope (`全市`, `县级`) and unit before it. Money only
/// (a current-price measure); no reading when the text before prints the
/// indicator with two levels, or a level and the rate are of one period.
/// `rates` are the indexes of the percents right after `增长`.
fn based_earlier<'d>(doc: &'d Document, rates: &[usize]) -> Vec<GrowthReading<'d>> {
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
            if let Some(to) = to.filter(|to| super::figure_text::is_plain_level(text, to)) {
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
            || !super::figure_text::is_plain_level(text, to)
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
        let mut base: Option<&Figure> = None;
        let mut unique = true;
        for &f in &same[..before] {
            if f.unit != to.unit
                || !is_level(f)
                || super::figure_text::is_change(text, f)
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
        let Some(from) = base.filter(|_| unique) else {
            continue;
        };
        out.extend(match period {
            Some(years) => over_period(text, (from, to, rate), volume, years),
            None => from_base(text, from, to, rate, volume),
        });
    }
    out
}

/// Words of a sum over a span of time before an amount (`累计完成238亿元`).
const SUMS: &[&str] = &["累计", "合计", "共计", "总计"];

/// `“十四五”期间，收入累计完成238亿元。2025年，收入达到53.2亿元，增长6.2%`:
/// a sum over years in its clause is no year's level, and no base of a
/// year's growth.
fn summed_over_years(doc: &Document, figure: &Figure) -> bool {
    let lead = super::figure_text::clause_lead(&doc.text, figure);
    SUMS.iter().any(|w| lead.contains(w))
}

/// A year's growth from an earlier printed `from` to `to` at `rate`:
/// none when both are of one period, or `to` restates the level itself
/// (in a summary before the year's review). `volume`: at comparable
/// prices, read but never compared (as is a sentence saying so).
fn from_base<'d>(
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
    let not_comparable = volume || mentions_any(&text[sentence], NOT_COMPARABLE);
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
fn over_period<'d>(
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
    let not_comparable = volume || mentions_any(&text[sentence], NOT_COMPARABLE);
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
fn a_year_before(from: Option<&Period>, to: Option<&Period>) -> bool {
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
const SUBJECT_VERBS: &[&str] = &["达到", "达", "为", "完成", "实现", "突破", "超过"];

/// The words naming a money level with no indicator: its clause's words
/// before it, past the period (`今年`, `2012年`, `全年`) and the verb
/// (`达到`); `None` unless they are three to sixteen characters of Chinese.
fn subject_of<'t>(doc: &'t Document, level: &Figure, clause: &Range<usize>) -> Option<&'t str> {
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
fn based_on_subject<'d>(
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
    let mut base: Option<&Figure> = None;
    for f in &figures[..before] {
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
        let own = doc.clause_range(f.span.start);
        if subject_of(doc, f, &own) != Some(subject)
            || !is_level(f)
            || super::figure_text::is_change(text, f)
            || summed_over_years(doc, f)
        {
            continue;
        }
        match base {
            Some(b) if (b.low, b.high) != (f.low, f.high) => return None,
            _ => base = Some(f),
        }
    }
    let volume = VOLUMES.iter().any(|v| subject.contains(v)) || subject.contains("产值");
    from_base(text, base?, to, rate, volume)
}

/// The words before a figure's indicator in its clause, once the period
/// (`今年`, `去年`, `2020年`, `预计`) is set aside: its scope (`全市`,
/// `县级`, or nothing). `None` when they are not plain words.
fn scope<'t>(doc: &'t Document, figure: &Figure) -> Option<&'t str> {
    let text = &doc.text;
    let at = figure.indicator_span.as_ref()?.start;
    let clause = doc.clause_range(at);
    let lead = past_period(text.get(clause.start.min(at)..at)?);
    lead.chars().all(crate::chars::is_han).then_some(lead)
}

/// `lead` past the period that opens it (`今年`, `去年`, `2020年`,
/// `预计`, spaces and digits among them), as often as one opens it.
fn past_period(mut lead: &str) -> &str {
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

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let growth = growth_readings(doc);
    for reading in points_of(doc, &growth) {
        let related = vec![Related {
            file: None,
            range: reading.from.span.clone(),
            kind: RelatedKind::FromLevel,
        }];
        check_points(
            doc,
            reading.from,
            reading.to,
            reading.change,
            reading.sign,
            related,
            sink,
        );
    }
    for reading in growth {
        if reading.not_comparable {
            continue;
        }
        let GrowthReading {
            from,
            to,
            change,
            sign,
            years,
            period_from_context,
            ..
        } = reading;
        let related = vec![Related {
            file: None,
            range: from.span.clone(),
            kind: RelatedKind::FromLevel,
        }];
        if from.kind == FigureKind::Percent && change.kind == FigureKind::Points {
            // Points are read by `points_readings` below.
            continue;
        }
        if grows_by_ratio(from) {
            // A period read from the context may be off by a year; the
            // years read come first, so a finding states the rate implied
            // over them (five years of `五年来`, not four).
            let spans: &[i32] = if period_from_context {
                &[years, (years - 1).max(1), years + 1]
            } else {
                &[years]
            };
            if let Some(finding) = first_misfit(doc, from, to, change, sign, spans) {
                sink.push(change.span.clone(), finding, related);
            }
        }
    }
    for (rate, finding, level) in added_amount::misfits(doc) {
        let related = vec![Related {
            file: None,
            range: level.span.clone(),
            kind: RelatedKind::FromLevel,
        }];
        sink.push(rate.span.clone(), finding, related);
    }
}

/// Whether a rate of growth can be read from two levels like `figure`:
/// money, things and physical measures, also per unit (`42微克/立方米`
/// to `33微克/立方米` fell by a ratio like any level), which parts and
/// wholes are not compared on.
fn grows_by_ratio(figure: &Figure) -> bool {
    matches!(
        figure.kind,
        FigureKind::Amount | FigureKind::Count | FigureKind::Measure
    )
}

/// `从` or `由` right before the first level (after an optional year).
fn starts_from(text: &str, figure: &Figure) -> bool {
    let before = chars_before(text, figure.span.start, 9);
    let before = strip_year(before);
    before.ends_with('从') || before.ends_with('由')
}

/// `1990年为A，1995年提高到B`: each level after its own year, the earlier
/// one's clause saying what it was (`为`), the later one's clause opening
/// with its year and a verb of reaching it: the two levels of one growth.
fn dated_levels(text: &str, from: &Figure, to: &Figure) -> bool {
    let Some(between) = text[from.span.end..to.span.start].strip_prefix(['，', ',']) else {
        return false;
    };
    let year_opens = |s: &str| {
        let digits = s.chars().take_while(|c| is_digit(*c)).count();
        digits == 4 && s.chars().nth(4) == Some('年')
    };
    let verb = between
        .char_indices()
        .nth(5)
        .map_or("", |(k, _)| &between[k..]);
    chars_before(text, from.span.start, 1) == "为"
        && year_before(text, from).is_some()
        && year_opens(between)
        && TO_WORDS.iter().any(|w| *w == verb && *w != "到")
}

/// The years between [`dated_levels`]: from the earlier level's year to
/// the one opening the later level's clause.
fn dated_years(text: &str, from: &Figure, to: &Figure) -> Option<i32> {
    let between = text[from.span.end..to.span.start].strip_prefix(['，', ','])?;
    let later = between.chars().take(4).try_fold(0, |year, c| {
        crate::chars::digit_value(c).map(|d| year * 10 + d)
    })?;
    let n = i32::try_from(later).ok()? - year_before(text, from)?;
    (1..=30).contains(&n).then_some(n)
}

/// Drops a trailing `2019年的` / `1997年` / `去年的` / `2015年末的` /
/// `“十二五”末的` from the words before a level.
fn strip_year(s: &str) -> &str {
    let t = s.trim_end_matches('的');
    let t = t
        .strip_suffix('末')
        .or_else(|| t.strip_suffix('底'))
        .unwrap_or(t);
    // `“十二五”末`: the last year of a five-year plan.
    if let Some(rest) = t.strip_suffix("五”")
        && let Some(rest) = rest.strip_suffix(|c: char| "一二三四五六七八九".contains(c))
        && let Some(rest) = rest.strip_suffix("“十")
    {
        return rest;
    }
    // `由年初的A增加到B`: the level at the start of the year.
    for word in ["去年", "上年", "今年", "年初"] {
        if let Some(rest) = t.strip_suffix(word) {
            return rest;
        }
    }
    if let Some(rest) = t.strip_suffix('年') {
        let digits = rest.trim_end_matches(is_digit);
        if rest[digits.len()..].chars().count() == 4 {
            return digits;
        }
    }
    t
}

/// A digit of a year or a level, half-width or full-width (`２００２年`, as
/// older reports print them).
fn is_digit(c: char) -> bool {
    crate::chars::digit_value(c).is_some()
}

/// Whether the words between two readings name a period of their own
/// (`2020年`, `五年来`, `“十三五”期间`; not `连续四年`, a duration):
/// then the first one's years are not the second one's.
fn names_a_period(s: &str) -> bool {
    [
        "年来", "年间", "期间", "时期", "以来", "年前", "年度", "过去",
    ]
    .iter()
    .any(|w| s.contains(w))
        || s.match_indices('年').any(|(i, _)| {
            // A year (`2020年`); `连续四年` is a duration, no period.
            let digits = s[..i].chars().rev().take_while(|c| is_digit(*c)).count();
            digits == 4
        })
}

/// The year printed before a level: `1997年的7.4万亿元`, `1997年为…`.
fn year_before(text: &str, figure: &Figure) -> Option<i32> {
    let before = chars_before(text, figure.span.start, 8);
    // `1997年为7.4万亿元`: the year's level said with `为`.
    let t = before.trim_end_matches(['的', '为']);
    let t = t
        .strip_suffix('末')
        .or_else(|| t.strip_suffix('底'))
        .unwrap_or(t);
    let t = t.strip_suffix('年')?;
    let digits: Vec<u32> = t
        .chars()
        .rev()
        .map_while(crate::chars::digit_value)
        .collect();
    if digits.len() != 4 {
        return None;
    }
    let year = digits.iter().rev().fold(0, |year, d| year * 10 + d);
    i32::try_from(year).ok()
}

fn years_between(text: &str, from: &Figure, to: &Figure) -> Option<i32> {
    let n = year_before(text, to)? - year_before(text, from)?;
    (1..=30).contains(&n).then_some(n)
}

/// How many paragraphs before the levels a period may be named.
const PERIOD_LINES: usize = 8;

/// The period a paragraph names (`五年来`, `过去五年`, `这五年`, `五年间`,
/// `较五年前`, `“十三五”时期`), from the levels' paragraph back to a few
/// before it, the nearest first; `None` when none is named or a paragraph
/// names two.
fn period_near(doc: &Document, at: usize) -> Option<i32> {
    let text = doc.text.as_str();
    let line = doc.line_at(at);
    for l in (line.saturating_sub(PERIOD_LINES)..=line).rev() {
        let range = doc.lines.get(l).map_or(0..0, |l| l.range.clone());
        let paragraph = text.get(range).unwrap_or("");
        let mut found: Vec<i32> = Vec::new();
        for (i, _) in paragraph.match_indices('年') {
            let before: Vec<char> = paragraph[..i].chars().rev().take(4).collect();
            let after = &paragraph[i + '年'.len_utf8()..];
            let Some(n) = before.first().and_then(|c| crate::chars::chinese_digit(*c)) else {
                continue;
            };
            let n = if n == 0 && before.get(1) == Some(&'十') {
                10
            } else {
                n as i32
            };
            let lead: String = before.iter().skip(1).rev().collect();
            let names_period = ["来", "间", "前"].iter().any(|w| after.starts_with(w))
                || ["过去", "这", "近", "以来的"]
                    .iter()
                    .any(|w| lead.ends_with(w));
            if (2..=10).contains(&n) && names_period {
                found.push(n);
            }
        }
        // A five-year plan named as a period: `“十三五”时期`, `“十二五”以来`.
        for w in ["五”时期", "五”期间", "五”以来", "五”末"] {
            if paragraph.contains(w) && paragraph.contains("“十") {
                found.push(5);
            }
        }
        found.sort_unstable();
        found.dedup();
        match found.as_slice() {
            [] => {}
            [n] => return Some(*n),
            _ => return None,
        }
    }
    None
}

/// +1 for a rise, -1 for a fall, from the verb ending `link`.
/// The direction of a link that is a bare verb of change (`提高`, `下降了`)
/// and nothing else.
fn bare_direction(link: &str) -> Option<f64> {
    let verb = link.trim_end_matches('了');
    if UP.contains(&verb) {
        Some(1.0)
    } else if DOWN.contains(&verb) {
        Some(-1.0)
    } else {
        None
    }
}

fn direction(link: &str) -> Option<f64> {
    let link = link.trim_end();
    if UP.iter().any(|w| link.ends_with(w)) {
        Some(1.0)
    } else if DOWN.iter().any(|w| link.ends_with(w)) {
        Some(-1.0)
    } else {
        None
    }
}

/// The finding over the first of `spans` (years) when no span fits the
/// stated change; none when one does.
fn first_misfit(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    spans: &[i32],
) -> Option<Finding> {
    let mut first = None;
    for &years in spans {
        let finding = growth_misfit(doc, from, to, change, sign, years)?;
        first.get_or_insert(finding);
    }
    first
}

/// The finding when `change` does not follow from the levels over `years`.
fn growth_misfit(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    years: i32,
) -> Option<Finding> {
    if from.low <= 0.0 || !from.high.is_finite() || !to.high.is_finite() {
        return None;
    }
    let text = &doc.text;
    // The ratio to/from as an interval.
    let (lo, hi) = (to.low / from.high, to.high / from.low);
    let n = f64::from(years);
    let (implied_lo, implied_hi, stated_lo, stated_hi, implied) = match change.kind {
        FigureKind::Percent => {
            let (a, b) = (
                (lo.powf(1.0 / n) - 1.0) * 100.0,
                (hi.powf(1.0 / n) - 1.0) * 100.0,
            );
            let (s_lo, s_hi) = signed(change, sign);
            let (shown_a, shown_b) = as_stated(a, b, sign);
            (
                a,
                b,
                s_lo,
                s_hi,
                spread(number(shown_a, 1), number(shown_b, 1), "%", "%"),
            )
        }
        // `增长2.1倍` is to/from − 1; some writers mean to/from itself:
        // fire only when neither reading fits.
        FigureKind::Ratio if change.unit == "倍" && years == 1 && sign > 0.0 => {
            let fits_either = change.low <= hi - 1.0 && change.high >= lo - 1.0
                || change.low <= hi && change.high >= lo;
            if fits_either {
                return None;
            }
            // `是五年前的2.5倍` states the multiple itself: shown as such.
            let (shown_lo, shown_hi) = if chars_before(text, change.span.start, 1) == "的" {
                (lo, hi)
            } else {
                (lo - 1.0, hi - 1.0)
            };
            (
                lo - 1.0,
                hi - 1.0,
                change.low,
                change.high,
                spread(number(shown_lo, 2), number(shown_hi, 2), "", "倍"),
            )
        }
        // `年均增长13.1亿元`: the increase averaged over the years.
        _ if change.unit == from.unit && is_level(change) => {
            let (a, b) = ((to.low - from.high) / n, (to.high - from.low) / n);
            let (s_lo, s_hi) = signed(change, sign);
            let (shown_a, shown_b) = as_stated(a, b, sign);
            let implied = change.range_text(shown_a, shown_b);
            (a, b, s_lo, s_hi, implied)
        }
        _ => return None,
    };
    (stated_lo > implied_hi || stated_hi < implied_lo).then(|| {
        Finding::GrowthMismatch(Box::new(Change {
            from: from.text(text).to_string(),
            to: to.text(text).to_string(),
            stated: change.text(text).to_string(),
            implied,
        }))
    })
}

/// `low–high` with `each` after the low bound and `last` after the high;
/// one figure when both print alike (`5.9%`, not `5.9%–5.9%`).
fn spread(low: String, high: String, each: &str, last: &str) -> String {
    if low == high {
        format!("{low}{last}")
    } else if high.starts_with('-') {
        // `-1–-0.8` reads as a typo: a wave dash parts two negative ends.
        format!("{low}{each}～{high}{last}")
    } else {
        format!("{low}{each}–{high}{last}")
    }
}

fn check_points(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    related: Vec<Related>,
    sink: &mut Sink,
) {
    let text = &doc.text;
    let (a, b) = (to.low - from.high, to.high - from.low);
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

/// A value of a list that left its unit to the last (`6.7` or `6.7个` of
/// `6.7和3.3个百分点`) shown with that unit.
fn with_unit(stated: &str, unit: &str) -> String {
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
fn as_stated(a: f64, b: f64, sign: f64) -> (f64, f64) {
    if sign < 0.0 { (-b, -a) } else { (a, b) }
}

/// A stated change as a signed interval.
fn signed(change: &Figure, sign: f64) -> (f64, f64) {
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

/// Words that state a rate above or below another one.
const ABOVE: &[&str] = &["高于", "快于", "高出", "超过", "超出"];
const BELOW: &[&str] = &["低于", "慢于"];

/// Words that make a percent a growth rate (said right before it).
const RATE_WORDS: &[&str] = &[
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
fn points_of<'d>(doc: &'d Document, growth: &[GrowthReading<'d>]) -> Vec<PointsReading<'d>> {
    let text = &doc.text;
    let mut out: Vec<PointsReading<'d>> = growth
        .iter()
        .filter(|r| {
            r.from.kind == FigureKind::Percent
                && r.change.kind == FigureKind::Points
                && !r.annual
                && !mentions_any(
                    &text[sentence_range(text, r.from.span.start)],
                    NOT_COMPARABLE,
                )
        })
        .map(|r| PointsReading {
            from: r.from,
            to: r.to,
            change: r.change,
            sign: r.sign,
        })
        .collect();
    for (i, change) in doc.figures.iter().enumerate() {
        if change.kind != FigureKind::Points || i == 0 {
            continue;
        }
        if let Some(reading) = compared_rate(doc, i) {
            out.push(reading);
        }
    }
    out.sort_by_key(|r| r.change.span.start);
    out
}

/// The kind of rate a percent is: a growth rate (`增长5%`), and whether it
/// is an average over years; `None` for any other percent.
fn growth_rate(text: &str, figure: &Figure) -> Option<bool> {
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
fn compared_link(link: &str) -> Option<(f64, &str, &str)> {
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
fn names_rate_of(text: &str, rate: &Figure, subject: &str, at: usize) -> bool {
    let Some(own) = rate.indicator.as_deref() else {
        return false;
    };
    let Some(name) = ["增速", "增幅", "增长速度"]
        .iter()
        .find_map(|w| subject.strip_suffix(w))
    else {
        return false;
    };
    let mentions = mentions_in(text, std::slice::from_ref(&(at..at + name.len())));
    matches!(mentions.as_slice(), [m] if m.span == (at..at + name.len()) && m.canonical == own)
}

/// `D增长B%，高于E增速C个百分点` with E's growth rate printed earlier in the
/// paragraph: the reading of the points figure `doc.figures[i]`.
fn compared_rate(doc: &Document, i: usize) -> Option<PointsReading<'_>> {
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
    // `，税收收入增速低于…`: the clause may name its own indicator again.
    let subject_at = change.span.start - link.len();
    if !subject.is_empty() && !names_rate_of(text, to, subject, subject_at) {
        return None;
    }
    // What is compared with: one indicator named whole, then the word for
    // its rate.
    let name = ["增速", "增幅", "增长速度", "增长"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(rest);
    if name.is_empty() || name.contains(['，', '。', '；', ',', '、']) {
        return None;
    }
    let canonical = if name == "经济" {
        // `快于经济增速`: the economy's growth is the growth of output.
        "地区生产总值"
    } else {
        let at = change.span.start - rest.len();
        let mentions = mentions_in(text, std::slice::from_ref(&(at..at + name.len())));
        let [mention] = mentions.as_slice() else {
            return None;
        };
        if mention.span != (at..at + name.len()) {
            return None;
        }
        mention.canonical
    };
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
