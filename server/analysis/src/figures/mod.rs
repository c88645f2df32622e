//! Quantity parser: finds the figures of a report (`439.23亿元`, `超42万个`,
//! `百分之七点九`, `5%至5.5%`) and reads each as an interval in a normalized
//! unit, with the indicator and the period stated before it.
//!
//! The parser favours precision over recall: a wrongly read figure becomes a
//! false alarm in the consistency checks, a missed one only a missed check.
//! So a Chinese numeral counts only before a measure word (`十件`, `两批`),
//! a number only with a unit, and years, dates, codes (`G206`, `5G`),
//! ordinals (`第三`), list numbers (`一、`, `1.`) and numeric slogans
//! (`三区三线`, `“5020”项目`) are not figures.
//!
//! # Intervals
//!
//! Every written value stands for an interval `[low, high]` in the
//! normalized unit (see [`Figure::precision`] for the written precision):
//!
//! | written | interval |
//! |---|---|
//! | `8.3亿元` | `[8.25, 8.35]亿元`: ± half a unit of the last digit |
//! | `超42万个`, `99%以上`, `不少于3项` | `[41.5万, ∞)` (the low end keeps the rounding margin) |
//! | `近800万人次`, `5%以内`, `不到3个` | `[0, 800.5万]` (`-∞` instead of 0 for a negative value) |
//! | `270余家`, `4万余人次`, `十多万` | `[270, 280]`, `[4万, 5万]`: up to the next step of the last non-zero digit |
//! | `5%左右`, `约3亿元` | widened by ± max(5 % of the value, one unit of the last digit) |
//! | `5%至5.5%`, `6-6.5%`, `5万～10万元` | both ends, each ± half a unit of the finer last digit |
//!
//! # Units
//!
//! The multipliers 十/百/千/万/亿 are folded into the value (`8.3亿元` is
//! 830 000 000 元); units are otherwise kept as written apart from synonyms
//! (`公斤` and `千克` are `公斤`, `人民币` is `元`). Shares written in tenths
//! (`七成`) or per mille (`千分之五`, `‰`) are folded into `%` so that the
//! rate rules see one unit; `个百分点` stays apart as [`FigureKind::Points`].
//! Fractions (`三分之一`) are [`FigureKind::Ratio`] with unit `分之` and the
//! fraction as value (0.333…); `倍` is a ratio with unit `倍`.

mod chars;
mod context;
pub(crate) mod display;
mod indicator;
mod numeral;
mod period;
mod qualifier;
mod scan;
mod shared_points;
pub(crate) mod unit;

use std::ops::Range;

pub use context::{ClauseBreaks, MAX_CLAUSE_BYTES, clause_range, scan_clause};
pub use indicator::canonical_indicator;
pub(crate) use indicator::mentions_in;
pub(crate) use indicator::other_measures;
pub use numeral::parse_number;
pub use scan::scan;

/// A figure found in text. All offsets are byte offsets into the scanned `&str`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Figure {
    /// The whole figure, with qualifier words (`超`, `近`, `余`, `左右`) and unit.
    pub span: Range<usize>,
    /// The number alone (for a range, both numbers and the connector).
    pub number_span: Range<usize>,
    /// The written value in the normalized unit (`8.3亿元` is 830 000 000 元);
    /// the midpoint of a range; the written lower value for `余/多`.
    pub value: f64,
    /// The interval the written value stands for (see the module docs).
    pub low: f64,
    pub high: f64,
    /// One unit of the last written digit, in the normalized unit
    /// (`8.3亿元` → 10 000 000; `5%` → 1; for a range the finer of its ends).
    pub precision: f64,
    /// Normalized unit: `元`, `美元`, `人`, `人次`, `亩`, `平方米`, `吨`, `个`,
    /// `%`, `个百分点`, `倍`, `分之`, `年`, `元/人` …
    pub unit: String,
    pub kind: FigureKind,
    pub qualifier: Option<Qualifier>,
    /// Canonical indicator named before the figure in its clause
    /// (`规上工业增加值` → `规模以上工业增加值`), or `None`.
    pub indicator: Option<String>,
    pub indicator_span: Option<Range<usize>>,
    /// The period stated before the figure in its clause (or as the
    /// sentence's lead, `去年，…`), or `None`.
    pub period: Option<Period>,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum FigureKind {
    /// Money: `元`, `美元`, `元/人` …
    Amount,
    /// Things and people: `个`, `项`, `家`, `人`, `人次` …
    Count,
    /// Area, length, weight, volume, energy, power: `亩`, `公里`, `吨`, `千瓦` …
    Measure,
    /// A percentage (`%`, `百分之`, `成`, `千分之`), unit `%`.
    Percent,
    /// A change in percentage points (`个百分点`): never compare with `%`.
    Points,
    /// `倍` and fractions (`三分之一`).
    Ratio,
    /// `年`, `个月`, `天`, `小时`: durations, never money or counts.
    Duration,
    /// Anything else with a unit (`岁`).
    Other,
}

/// How the written value bounds the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Qualifier {
    /// `超`, `超过`, `逾`, `以上`, `多于`, `不少于`, `突破`: open upward.
    Over,
    /// `近`, `不到`, `不足`, `以内`, `以下`, `不超过`: open downward.
    Under,
    /// `余`, `多`, `几`: up to the next step of the last non-zero digit.
    More,
    /// `约`, `左右`, `上下`: widened both ways.
    About,
    /// `a至b`, `a-b`, `a～b`: `low`/`high` are the ends, `value` the midpoint.
    Range,
}

/// The period a figure is stated for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Period {
    /// `2022年`, `二〇二二年`.
    Year(i32),
    /// `2019—2021年`.
    Years(i32, i32),
    /// `去年`, `上年`, `过去一年` (not `比上年`, which is a comparison base).
    LastYear,
    /// `今年`, `本年`.
    ThisYear,
    /// `明年`.
    NextYear,
    /// `全年`: the whole of the year the sentence is about.
    WholeYear,
    /// Part of a year: `上半年`, `一季度`, `前三季度`, `1-11月`.
    PartYear(String),
    /// A five-year plan period: `十四五`.
    Plan(String),
    /// `过去五年`, `五年来`, `近五年`: several years up to now.
    PastYears(u32),
}

impl FigureKind {
    /// The stable name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            FigureKind::Amount => "amount",
            FigureKind::Count => "count",
            FigureKind::Measure => "measure",
            FigureKind::Percent => "percent",
            FigureKind::Points => "points",
            FigureKind::Ratio => "ratio",
            FigureKind::Duration => "duration",
            FigureKind::Other => "other",
        }
    }
}

impl Qualifier {
    /// The stable name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::More => "more",
            Qualifier::About => "about",
            Qualifier::Range => "range",
        }
    }
}

impl Period {
    /// A short stable label: `2022`, `2019-2021`, `last-year`, `this-year`,
    /// `next-year`, `whole-year`, `past-5-years`, or the words as written
    /// for part of a year and plan periods (`上半年`, `十四五`).
    pub fn label(&self) -> String {
        match self {
            Period::Year(y) => y.to_string(),
            Period::Years(a, b) => format!("{a}-{b}"),
            Period::LastYear => "last-year".into(),
            Period::ThisYear => "this-year".into(),
            Period::NextYear => "next-year".into(),
            Period::WholeYear => "whole-year".into(),
            Period::PartYear(words) | Period::Plan(words) => words.clone(),
            Period::PastYears(n) => format!("past-{n}-years"),
        }
    }
}

impl Figure {
    /// The figure's source text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or("")
    }
}
