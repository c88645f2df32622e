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
mod base_year;
mod based_earlier;
mod in_sentence;
mod misfit;
mod natural;
mod paired_points;
mod periods;
mod points;
mod rate_first;
mod rated_later;

use std::collections::HashMap;
use std::ops::Range;

use super::Sink;
use super::figure_text::{
    chars_before, figures_in, is_level, number, says_not_comparable, sentence_range,
};
use crate::diagnostic::{Change, Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period, mentions_in};
use crate::text::floor_char_boundary;
// The readers below see these imports and one another through `use super::*`.
use based_earlier::*;
use in_sentence::*;
use misfit::*;
use paired_points::*;
use periods::*;
use points::*;
pub use points::{PointsReading, points_readings};

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
        levels: (&'d Figure, &'d Figure, &'d Figure),
        sign: f64,
    ) -> Self {
        Self::over_a_year_read(&mut SentenceBasis::default(), text, named, levels, sign)
    }

    /// [`GrowthReading::over_a_year_in`], with the sentence's basis read
    /// once for all the readings in it (`basis` remembers the last).
    pub(crate) fn over_a_year_read(
        basis: &mut SentenceBasis,
        text: &str,
        named: &'d Figure,
        (from, to, change): (&'d Figure, &'d Figure, &'d Figure),
        sign: f64,
    ) -> Self {
        let not_comparable = basis.not_comparable(text, named.span.start) || is_volume(text, named);
        GrowthReading::over_a_year(from, to, change, sign, not_comparable)
    }
}

impl GrowthReading<'_> {
    /// The finding when the change does not follow from the levels: none
    /// for a rate measured otherwise, or points (read by `points_readings`).
    pub(crate) fn misfit(&self, doc: &Document) -> Option<Finding> {
        self.misfit_within(doc, 0.0)
    }

    /// [`Self::misfit`], a stated percent allowed `slack` points either way
    /// besides what its kind of rate allows.
    pub(crate) fn misfit_within(&self, doc: &Document, slack: f64) -> Option<Finding> {
        let (from, change) = (self.from, self.change);
        if self.not_comparable
            || from.kind == FigureKind::Percent && change.kind == FigureKind::Points
            || !grows_by_ratio(from)
        {
            return None;
        }
        // A period read from the context may be off by a year; the years
        // read come first, so a finding states the rate implied over them
        // (five years of `五年来`, not four).
        let years = self.years;
        let spans: &[i32] = if self.period_from_context {
            &[years, (years - 1).max(1), years + 1]
        } else {
            &[years]
        };
        // An average over years is published from unrounded, often revised
        // levels: a few tenths of a point from the printed ones' rate is
        // that. Income per head grows by less net of prices (the rate many
        // reports print) than its levels do: only a rate above theirs, or
        // far below, cannot follow.
        let mut within = (slack, slack);
        if change.kind == FigureKind::Percent {
            if years > 1 {
                let revised = names_indicator(&doc.text, from, REVISED_CALIBER);
                let slack = AVERAGE_SLACK + if revised { CALIBER_SLACK } else { 0.0 };
                within.0 += slack;
                within.1 += slack;
            }
            if self.sign > 0.0 && is_income_per_head(&doc.text, from) {
                within.1 += PRICE_RISE;
            }
        }
        first_misfit(doc, from, self.to, change, self.sign, spans, within)
    }
}

/// How far (points) an average rate over years may stand from the one its
/// printed levels imply.
const AVERAGE_SLACK: f64 = 0.5;

/// Indicators published on a comparable caliber, their base revised as
/// the statistics' thresholds and censuses change: an average of theirs
/// over years may stand further from the printed levels' rate.
const REVISED_CALIBER: &[&str] = &["固定资产投资", "社会消费品零售总额"];

/// How much further (points) than [`AVERAGE_SLACK`] an average rate of a
/// [`REVISED_CALIBER`] indicator may stand.
const CALIBER_SLACK: f64 = 1.0;

/// How much faster (points a year) income per head may grow in money than
/// the rate net of prices that a report prints for it.
const PRICE_RISE: f64 = 5.0;

/// Whether the last sentence asked about says its rates are measured
/// otherwise ([`says_not_comparable`]): a reader asking in text order
/// reads each sentence once, not once per reading in it (a sentence of
/// many readings was read whole at each).
#[derive(Default)]
pub(crate) struct SentenceBasis {
    sentence: Option<(Range<usize>, bool)>,
}

impl SentenceBasis {
    fn not_comparable(&mut self, text: &str, offset: usize) -> bool {
        // `sentence_range` gives the same sentence for every offset from
        // its start to its end (the break) inclusive.
        match &self.sentence {
            Some((sentence, said)) if sentence.start <= offset && offset <= sentence.end => *said,
            _ => {
                let sentence = sentence_range(text, offset);
                let said = says_not_comparable(&text[sentence.clone()]);
                self.sentence = Some((sentence, said));
                said
            }
        }
    }
}

/// Indicators whose growth rates are published at comparable prices
/// (output values, `工业总产值`, `农业总产值`, as much as value added).
/// A sector's output (`第三产业17亿元`) is its value added.
const VOLUMES: &[&str] = &[
    "生产总值",
    "GDP",
    "增加值",
    "经济总量",
    "产值",
    "第一产业",
    "第二产业",
    "第三产业",
];

/// Words stating a change: the indicator named before one is another's.
const CHANGE_WORDS: &[&str] = &["%", "％", "增长", "增加", "下降", "减少", "提高"];

/// Whether the levels belong to a volume indicator: named by the figure,
/// or in its sentence before it. A lead longer than [`crate::text::MAX_SENTENCE_BYTES`]
/// is left unread and taken as a volume's (its rate is not checked).
fn is_volume(text: &str, from: &Figure) -> bool {
    names_indicator(text, from, VOLUMES)
}

/// Whether the levels are income per head (`城镇居民人均可支配收入`,
/// `农民人均纯收入`), whose growth is often stated net of prices.
fn is_income_per_head(text: &str, from: &Figure) -> bool {
    names_indicator(text, from, &["人均可支配收入", "人均纯收入", "人均收入"])
}

/// Whether `from`'s indicator, or the words naming it before it in its
/// sentence, hold one of `words`.
fn names_indicator(text: &str, from: &Figure, words: &[&str]) -> bool {
    if from
        .indicator
        .as_deref()
        .is_some_and(|i| words.iter().any(|v| i.contains(v)))
    {
        return true;
    }
    // The indicator may stand clauses before its levels (`地区生产总值跃上
    // 新台阶，从A增加到B`): read back to the start of the sentence, but not
    // past a change stated before: `生产总值从A增长到B，增长X%，财政收入从
    // C…` names a new indicator. Back to whichever comes first, no farther
    // than the window (a sentence of many levels was read whole at each).
    let window = floor_char_boundary(
        text,
        from.span
            .start
            .saturating_sub(crate::text::MAX_SENTENCE_BYTES),
    );
    let head = &text[window..from.span.start];
    let start = head.char_indices().rev().find_map(|(i, c)| {
        let end = i + c.len_utf8();
        // (`增加值` names an indicator: its `增加` states no change.)
        let closes = matches!(c, '。' | '；' | ';' | '！' | '？' | '\n')
            || CHANGE_WORDS.iter().any(|w| {
                w.ends_with(c) && head[..end].ends_with(w) && !head[end..].starts_with('值')
            });
        closes.then_some(end)
    });
    let lead = match start {
        Some(start) => &head[start..],
        None if window == 0 => head,
        // Unread: taken as named, so the rate is left unchecked.
        None => return true,
    };
    words.iter().any(|v| lead.contains(v))
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
        let not_comparable = says_not_comparable(&text[sentence.clone()]) || is_volume(text, from);
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
    out.extend(rate_first::rate_before_levels(doc));
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
        if let Some(finding) = reading.misfit(doc) {
            let related = vec![Related {
                file: None,
                range: reading.from.span.clone(),
                kind: RelatedKind::FromLevel,
            }];
            sink.push(reading.change.span.clone(), finding, related);
        }
    }
    // The death rate is the level the difference is taken from, as the
    // message reads (`从 死亡率 到 出生率`).
    for (natural, finding, death) in natural::misfits(doc) {
        let related = vec![Related {
            file: None,
            range: death.span.clone(),
            kind: RelatedKind::FromLevel,
        }];
        sink.push(natural.span.clone(), finding, related);
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
