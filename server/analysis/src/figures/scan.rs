//! The scanner: finds every figure of a text in one left-to-right pass.
//!
//! At each character that can start a numeral it reads the numeral, looks
//! at what surrounds it (a code? a year? a unit? a qualifier? a range?),
//! and either emits a figure or skips past the numeral. Every step looks a
//! bounded distance around the numeral, so the scan is linear.

use super::chars::{
    arabic_digit, char_at, char_before, chinese_digit, is_closing_quote, is_decimal_point,
    is_latin, is_minus, is_numeral_char, is_opening_quote, is_space, next_numeral_char,
    numeral_bits, skip_spaces,
};
use super::numeral::{Numeral, numeral_run_end, read_numeral};
use super::unit::{UnitClass, UnitDef, may_start_unit, unit_at};
use super::{Figure, Period, Qualifier, context, period, qualifier};

/// Finds every figure of `text`, in text order, non-overlapping.
pub fn scan(text: &str) -> Vec<Figure> {
    let mut scanner = Scanner {
        text,
        figures: Vec::new(),
        periods: Vec::new(),
        floor: 0,
    };
    scanner.run();
    let Scanner {
        mut figures,
        periods,
        ..
    } = scanner;
    spread_list_qualifier(text, &mut figures);
    super::shared_points::spread_points_unit(text, &mut figures);
    context::attach(text, &mut figures, periods);
    figures
}

/// `ratio` of the written value to the interval's half-width for 约/左右.
const ABOUT_SHARE: f64 = 0.05;

/// Numerals that begin fixed terms and slogans, not quantities.
const FIXED_TERMS: &[&str] = &[
    "三次产业",
    "五位一体",
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "三个代表",
    "三个务必",
    "八项规定",
    "两个毫不动摇",
    "四个现代化",
    "两个积极性",
    "两个大局",
    "两个结合",
    "十个明确",
    "十四个坚持",
    "三个有利于",
    "四项基本原则",
    "五个必由之路",
    "两个一百年",
    "三个世界",
    "一国两制",
    "一带一路",
    "四人帮",
];

/// Whether a byte starts one of [`FIXED_TERMS`]: most numerals start with
/// none, and are then not compared with each term (this runs per figure).
static FIXED_TERM_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < FIXED_TERMS.len() {
        table[FIXED_TERMS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// Characters right before a number that make it a code, an ordinal or part
/// of an expression: `G206`, `第三`, `1+2`, `9·11`, `3/5`. (A match, not
/// `str::contains`: this is asked of every numeral.)
fn is_code_before(c: char) -> bool {
    matches!(
        c,
        '+' | '＋'
            | '#'
            | '＃'
            | '·'
            | '•'
            | '×'
            | '*'
            | '/'
            | '／'
            | '第'
            | '№'
            | '='
            | '%'
            | '&'
            | '?'
            | '_'
            | '@'
            | '\\'
    )
}

/// Characters right after a number that make it part of an expression.
fn is_code_after(c: char) -> bool {
    matches!(c, '+' | '＋' | '×' | '*' | '·' | '•')
}

struct Scanner<'a> {
    text: &'a str,
    figures: Vec<Figure>,
    periods: Vec<period::Mention>,
    /// Nothing before this offset belongs to the next figure.
    floor: usize,
}

/// A numeral with its sign and unit, before it becomes a figure.
struct Quantity {
    /// Where the sign (or the numeral) starts.
    start: usize,
    numeral: Numeral,
    negative: bool,
    /// `余/多/几` between the numeral and the unit, or inside the numeral.
    more: bool,
    unit: Option<&'static UnitDef>,
    /// The unit as a string (`元/人` for a compound unit).
    unit_name: String,
    /// End of the unit (or of the numeral when there is none).
    end: usize,
    /// The value added by a trailing `半` (`一吨半`), in written units.
    half: bool,
}

impl Quantity {
    /// The written value in the normalized unit.
    fn value(&self) -> f64 {
        let mut value = self.numeral.value + if self.half { 0.5 } else { 0.0 };
        if self.negative {
            value = -value;
        }
        value * self.factor()
    }

    fn precision(&self) -> f64 {
        let precision = if self.half {
            0.5
        } else {
            self.numeral.precision
        };
        precision * self.factor()
    }

    fn step(&self) -> f64 {
        self.numeral.step * self.factor()
    }

    fn factor(&self) -> f64 {
        match self.unit {
            // 75折 is 75 %, 9.9折 and 八折 are 99 % and 80 %.
            Some(u) if u.written == "折" && self.numeral.value >= 10.0 => 1.0,
            Some(u) => u.factor,
            None => 1.0,
        }
    }

    fn class(&self) -> Option<UnitClass> {
        self.unit.map(|u| u.class)
    }
}

/// The end of the Chinese numeral at `pos` when it is part of a word: a Han
/// character follows it that can start no unit, `余/多/几`, `分之` or a range
/// connector. Quoted numerals are left to the full reading (slogans).
fn numeral_inside_word(text: &str, pos: usize, c: char) -> Option<usize> {
    if arabic_digit(c).is_some() || char_before(text, pos).is_some_and(is_opening_quote) {
        return None;
    }
    let end = numeral_run_end(text, pos);
    let next = char_at(text, end)?;
    let free = is_cjk_ideograph(next) && !may_start_unit(next) && !"余多几分至到".contains(next);
    free.then_some(end)
}

impl Scanner<'_> {
    fn run(&mut self) {
        let text = self.text;
        // Everything before `resume` has been read already.
        let mut resume = 0;
        let bits = numeral_bits();
        // Where the character after the last one read starts.
        let mut next = 0;
        loop {
            // Only numeral characters start a figure: the others are
            // passed over by their bytes.
            let pos = next_numeral_char(text, bits, next.max(resume));
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            next = pos + c.len_utf8();
            // Most Chinese numerals stand inside words (`进一步`, `千方百计`):
            // skip them cheaply when no unit can follow.
            if let Some(run_end) = numeral_inside_word(text, pos, c) {
                resume = run_end;
                continue;
            }
            resume = self.at(pos).max(next);
        }
    }

    /// Tries a figure whose numeral starts at `pos`; returns where to go on.
    fn at(&mut self, pos: usize) -> usize {
        let text = self.text;
        let (negative, start) = self.sign_before(pos);
        if let Some(skip) = self.code_or_list_before(pos, start) {
            return skip;
        }
        let place_word_first = char_at(text, pos).is_some_and(super::chars::is_multiplier);
        if place_word_first && let Some((divisor, after)) = percent_prefix(text, pos) {
            return self.prefixed_percent(start, negative, divisor, after);
        }
        let Some(numeral) = read_numeral(text, pos) else {
            return pos;
        };
        let run_end = numeral_run_end(text, numeral.end);
        if !numeral.value.is_finite() || numeral.leading_zero {
            return run_end;
        }
        if code_after(text, numeral.end) {
            return skip_code(text, run_end);
        }
        if text[numeral.end..].starts_with("分之") {
            return self.fraction(start, negative, numeral);
        }
        let Some(quantity) = self.quantity(start, negative, numeral) else {
            return run_end;
        };
        match quantity.class() {
            None => self.range_from_bare(quantity).unwrap_or(run_end),
            Some(UnitClass::Name) => self.name(&quantity),
            Some(UnitClass::Year) if is_year(&quantity.numeral) => self.year(&quantity),
            Some(_) => self.figure(quantity, run_end),
        }
    }

    /// A sign right before `pos`: `负3.9%`, `增长-2%` (not `1-11月`, not `COVID-19`).
    fn sign_before(&self, pos: usize) -> (bool, usize) {
        let text = self.text;
        match char_before(text, pos) {
            Some(c @ ('负' | '負')) if pos - c.len_utf8() >= self.floor => {
                (true, pos - c.len_utf8())
            }
            Some(c) if is_minus(c) && pos - c.len_utf8() >= self.floor => {
                let at = pos - c.len_utf8();
                let glued = char_before(text, at).is_some_and(|b| {
                    b.is_alphanumeric() && !is_cjk_ideograph(b)
                        || arabic_digit(b).is_some()
                        || is_numeral_char(b)
                        || matches!(b, '%' | '％' | ')' | '）')
                });
                if glued { (false, pos) } else { (true, at) }
            }
            _ => (false, pos),
        }
    }

    /// Codes (`G206`, `PM2.5`), ordinals (`第三`), quoted slogans
    /// (`“5020”项目`) and list numbers (`1.`, `3．` at a line start): the
    /// position to skip to, or `None` when the numeral may be a figure.
    fn code_or_list_before(&self, pos: usize, start: usize) -> Option<usize> {
        let text = self.text;
        let run_end = numeral_run_end(text, pos);
        let before = char_before(text, start);
        if let Some(b) = before {
            if is_latin(b) || is_code_before(b) {
                return Some(skip_code(text, run_end));
            }
            // `第 2 位`: an ordinal in text spaced around its figures.
            if crate::chars::is_space(b)
                && text[..start]
                    .trim_end_matches(crate::chars::is_space)
                    .ends_with('第')
            {
                return Some(skip_code(text, run_end));
            }
            // 2023.6.22, 9:30, COVID-19: a number glued to another one or to a code.
            if matches!(b, '.' | '．' | ':' | '：' | '-' | '－')
                && char_before(text, start - b.len_utf8())
                    .is_some_and(|bb| arabic_digit(bb).is_some() || is_latin(bb))
            {
                return Some(skip_code(text, run_end));
            }
            if is_opening_quote(b)
                && let Some(close) = quote_close(text, pos)
            {
                return Some(close);
            }
        }
        if at_line_start(text, start) {
            // `1.`, `3．`, `2、`, `1)` at a line start number a list item.
            let digits_end = skip_arabic(text, pos);
            let digits = text[pos..digits_end].chars().count();
            if (1..=3).contains(&digits)
                && let Some(sep) = char_at(text, digits_end)
                && matches!(sep, '.' | '．' | '、' | ')' | '）')
            {
                let after = digits_end + sep.len_utf8();
                // `9.9折` is a decimal; `3．10种有色金属：…` numbers a note
                // (a term and a colon follow shortly).
                let decimal = matches!(sep, '.' | '．')
                    && char_at(text, after).and_then(arabic_digit).is_some()
                    && !colon_soon(text, after);
                if !decimal {
                    return Some(after);
                }
            }
        }
        None
    }

    /// The numeral with its trailing `余/多`, unit, `/` unit and `半`.
    fn quantity(&self, start: usize, negative: bool, mut numeral: Numeral) -> Option<Quantity> {
        let text = self.text;
        // `51.65 万吨` split by a PDF before its place word: one space,
        // then `万`/`亿` and a unit, carry on the digits.
        if numeral.has_arabic
            && let Some((place, at)) = spaced_place_word(text, numeral.end)
            && unit_at(text, at).is_some()
        {
            numeral.value *= place;
            numeral.precision *= place;
            numeral.step *= place;
            numeral.suffix_multiplier *= place;
            numeral.has_multiplier = true;
            numeral.plain_digits = None;
            numeral.end = at;
        }
        let mut after = numeral.end;
        let mut more = numeral.more;
        if let Some(c @ ('余' | '多' | '几')) = char_at(text, after)
            && !more
            && unit_at(text, after + c.len_utf8()).is_some_and(|(u, _)| u.class != UnitClass::Name)
        {
            more = true;
            after += c.len_utf8();
        }
        let mut found = unit_at(text, after);
        if found.is_none() && char_at(text, after).is_some_and(is_space) {
            // `100 万元` split by a PDF: one space only.
            let spaced = skip_spaces(text, after);
            if text[after..spaced].chars().count() == 1 {
                found = unit_at(text, spaced);
            }
        }
        let Some((unit, mut end)) = found else {
            return Some(Quantity {
                start,
                numeral,
                negative,
                more,
                unit: None,
                unit_name: String::new(),
                end: numeral.end,
                half: false,
            });
        };
        if is_latin_char_after(text, end) {
            return None;
        }
        let mut unit_name = unit.unit.to_string();
        // `42万元/人`, `50微克/立方米`, `610元/人/月`: a compound unit.
        for _ in 0..2 {
            if let Some(slash @ ('/' | '／')) = char_at(text, end)
                && unit.class != UnitClass::Name
                && let Some((per, per_end)) = unit_at(text, end + slash.len_utf8())
            {
                unit_name = format!("{unit_name}/{}", per.unit);
                end = per_end;
            } else {
                break;
            }
        }
        let mut half = false;
        if char_at(text, end) == Some('半')
            && numeral.precision == 1.0
            && !more
            && matches!(
                unit.class,
                UnitClass::Measure | UnitClass::Time | UnitClass::Year | UnitClass::Percent
            )
        {
            half = true;
            end += '半'.len_utf8();
        }
        Some(Quantity {
            start,
            numeral,
            negative,
            more,
            unit: Some(unit),
            unit_name,
            end,
            half,
        })
    }

    /// Whether a quantity with a unit may be a figure at all.
    fn acceptable(&self, q: &Quantity, qualifier_before: Option<&qualifier::Before>) -> bool {
        let text = self.text;
        let Some(unit) = q.unit else {
            return false;
        };
        let n = &q.numeral;
        let pos = n.start;
        if unit.arabic_only && !n.has_arabic {
            return false;
        }
        if n.digit_string && unit.written != "折" {
            return false;
        }
        // `十折` is no discount.
        if unit.written == "折" && n.value == 10.0 {
            return false;
        }
        if n.bare_multiplier {
            // `近亿元`, `上万人` yes; `千家万户`, `百年` no.
            let qualified = qualifier_before.is_some()
                || qualifier::before_bare_place_word(text, pos, self.floor).is_some();
            if !(n.no_digit && qualified) {
                return false;
            }
        }
        let measurement = matches!(
            unit.class,
            UnitClass::Money | UnitClass::Measure | UnitClass::Percent | UnitClass::Ratio
        );
        // 一 before a measure word is an article (`一个新阶段`, `一批项目`);
        // 二 before one is an ordinal (`二次创业`): counting uses 两.
        match n.lone_digit {
            // `零部件`.
            Some(0) => return false,
            Some(1) if !measurement => return false,
            // `最后一公里` is an idiom.
            Some(1) if text[..q.start].ends_with("最后") => return false,
            Some(2) if text[pos..].starts_with('二') && unit.class == UnitClass::Classifier => {
                return false;
            }
            _ => {}
        }
        // `10万吨级`, `5A级`: a class, not a measurement.
        if char_at(text, q.end) == Some('级') {
            return false;
        }
        // `三区三线`, `五位一体`, `两个一百年`: a numeral right after the
        // unit makes a slogan.
        if char_at(text, q.end).is_some_and(|c| chinese_digit(c).is_some())
            && unit.class != UnitClass::Percent
        {
            return false;
        }
        let fixed = text.as_bytes().get(pos).is_some_and(|&b| {
            FIXED_TERM_LEADS[usize::from(b)]
                && FIXED_TERMS.iter().any(|t| text[pos..].starts_with(t))
        });
        if fixed {
            return false;
        }
        // `前三名`, `前10位`: a rank.
        if char_before(text, q.start) == Some('前') && matches!(unit.written, "名" | "位") {
            return false;
        }
        true
    }

    fn figure(&mut self, q: Quantity, run_end: usize) -> usize {
        let text = self.text;
        let before = qualifier::before(text, q.start, self.floor);
        if !self.acceptable(&q, before.as_ref()) {
            return run_end.max(q.numeral.end);
        }
        let mut end = q.end;
        let mut post = None;
        if let Some((qual, qual_end)) = qualifier::after(text, end) {
            post = Some(qual);
            end = qual_end;
        } else if q.class() == Some(UnitClass::Time)
            || q.class() == Some(UnitClass::Year)
            || text[..end].ends_with('倍')
        {
            // `3年多`, `两年余`, `增长一倍多`.
            if let Some(c @ ('多' | '余')) = char_at(text, end) {
                post = Some(Qualifier::More);
                end += c.len_utf8();
            }
        }
        if post.is_none()
            && !q.more
            && let Some(done) = self.range(&q, before.as_ref())
        {
            return done;
        }
        let kind = q
            .unit
            .map(|u| u.class.kind())
            .unwrap_or(super::FigureKind::Other);
        let pre = before.filter(|b| {
            let difference = b.comparative && kind == super::FigureKind::Points;
            // `近5年` is "the recent five years".
            let recent = kind == super::FigureKind::Duration && text[b.start..].starts_with('近');
            !difference && !recent
        });
        let qualifier = if q.more {
            Some(Qualifier::More)
        } else {
            post.or(pre.map(|b| b.qualifier))
        };
        let span_start = match (pre, qualifier) {
            (Some(b), Some(_)) if post.is_none() || Some(b.qualifier) == post => b.start,
            _ => bare_qualifier_start(text, &q, self.floor).unwrap_or(q.start),
        };
        let value = q.value();
        let precision = q.precision();
        let (low, high) = interval(value, precision, q.step(), qualifier);
        self.push(Figure {
            span: span_start..end,
            number_span: q.start..q.numeral.end,
            value,
            low,
            high,
            precision,
            unit: q.unit_name,
            kind,
            qualifier,
            indicator: None,
            indicator_span: None,
            period: None,
        });
        end
    }

    fn push(&mut self, figure: Figure) {
        self.floor = figure.span.end;
        self.figures.push(figure);
    }

    /// `a至b`, `a-b`, `a～b` after a quantity with a unit.
    fn range(&mut self, a: &Quantity, before: Option<&qualifier::Before>) -> Option<usize> {
        let (b, b_end) = self.range_end(a.end, a)?;
        let a_unit = a.unit?;
        let b_unit = b.unit?;
        if a_unit.unit != b_unit.unit || a.unit_name != b.unit_name {
            return None;
        }
        self.finish_range(a, &b, b_end, before)
    }

    /// A bare number followed by a range whose second end has the unit:
    /// `6-6.5%`, `5万～10万元`, `一到五个`.
    fn range_from_bare(&mut self, mut a: Quantity) -> Option<usize> {
        let (b, b_end) = self.range_end(a.numeral.end, &a)?;
        let unit = b.unit?;
        if a.numeral.bare_multiplier || a.numeral.digit_string {
            return None;
        }
        if unit.class == UnitClass::Year || unit.written == "年度" {
            if is_year(&a.numeral) && is_year(&b.numeral) {
                self.years(&a, &b);
                return Some(b.end);
            }
            if is_year(&a.numeral) || is_year(&b.numeral) {
                return Some(b.end);
            }
        }
        if unit.class == UnitClass::Name {
            // `1-11月`: part of a year; `2—4号`: names.
            if unit.written == "月" && a.numeral.value >= 1.0 && b.numeral.value <= 12.0 {
                self.periods.push(period::Mention {
                    span: a.start..b.end,
                    period: Period::PartYear(self.text[a.start..b.end].to_string()),
                });
            }
            return Some(b.end);
        }
        // `5-10万元`: the first end shares the place words of the second.
        let m = b.numeral.suffix_multiplier;
        if !a.numeral.has_multiplier && m > 1.0 && a.numeral.value * m <= b.numeral.value {
            a.numeral.value *= m;
            a.numeral.precision *= m;
            a.numeral.step *= m;
        }
        a.unit = b.unit;
        a.unit_name = b.unit_name.clone();
        let before = qualifier::before(self.text, a.start, self.floor);
        self.finish_range(&a, &b, b_end, before.as_ref())
    }

    /// The second end of a range starting right after `from`.
    fn range_end(&self, from: usize, a: &Quantity) -> Option<(Quantity, usize)> {
        let text = self.text;
        let connector_at = skip_spaces(text, from);
        let connector = char_at(text, connector_at)?;
        let is_connector = match connector {
            '-' | '－' | '–' | '~' | '～' | '〜' | '−' => true,
            '—' => char_at(text, connector_at + connector.len_utf8()) != Some('—'),
            '至' | '到' => {
                // `从5%到6%` is a change, not a range.
                let lead = char_before(text, a.start);
                !matches!(lead, Some('从' | '由'))
            }
            _ => false,
        };
        if !is_connector {
            return None;
        }
        let b_start = skip_spaces(text, connector_at + connector.len_utf8());
        let numeral = read_numeral(text, b_start)?;
        if !numeral.value.is_finite() || numeral.leading_zero || code_after(text, numeral.end) {
            return None;
        }
        let b = self.quantity(b_start, false, numeral)?;
        let end = b.end;
        Some((b, end))
    }

    fn finish_range(
        &mut self,
        a: &Quantity,
        b: &Quantity,
        b_end: usize,
        before: Option<&qualifier::Before>,
    ) -> Option<usize> {
        let text = self.text;
        // A range runs upward (and NaN never makes one).
        if a.value().partial_cmp(&b.value()) != Some(std::cmp::Ordering::Less)
            || b.more
            || b.negative
        {
            return None;
        }
        if b.class() == Some(UnitClass::Year) && (is_year(&a.numeral) || is_year(&b.numeral)) {
            return None;
        }
        if !self.acceptable(b, None) {
            return None;
        }
        if a.numeral.digit_string || b.numeral.digit_string {
            return None;
        }
        let mut end = b_end;
        if let Some((_, qual_end)) = qualifier::after(text, end) {
            end = qual_end;
        }
        let precision = a.precision().min(b.precision());
        let low = a.value() - precision / 2.0;
        let high = b.value() + precision / 2.0;
        let kind = b
            .unit
            .map(|u| u.class.kind())
            .unwrap_or(super::FigureKind::Other);
        self.push(Figure {
            span: before.map_or(a.start, |q| q.start)..end,
            number_span: a.start..b.numeral.end,
            value: (a.value() + b.value()) / 2.0,
            low,
            high,
            precision,
            unit: b.unit_name.clone(),
            kind,
            qualifier: Some(Qualifier::Range),
            indicator: None,
            indicator_span: None,
            period: None,
        });
        Some(end)
    }

    /// `2023年`: a year, remembered as a period, not a figure.
    fn year(&mut self, q: &Quantity) -> usize {
        let comparison = char_before(self.text, q.start).is_some_and(|c| "比较于与同".contains(c));
        if !comparison {
            self.periods.push(period::Mention {
                span: q.start..q.end,
                period: Period::Year(q.numeral.value as i32),
            });
        }
        self.floor = q.end;
        q.end
    }

    fn years(&mut self, a: &Quantity, b: &Quantity) {
        self.periods.push(period::Mention {
            span: a.start..b.end,
            period: Period::Years(a.numeral.value as i32, b.numeral.value as i32),
        });
        self.floor = b.end;
    }

    /// `2月`, `22日`, `3号线`, `十四届`: skip the numeral and its name word.
    fn name(&mut self, q: &Quantity) -> usize {
        if q.unit.is_some_and(|u| u.written == "年度") && is_year(&q.numeral) {
            return self.year(q);
        }
        q.end
    }

    /// `百分之七点九`, `千分之五`.
    fn prefixed_percent(
        &mut self,
        start: usize,
        negative: bool,
        divisor: f64,
        after: usize,
    ) -> usize {
        let text = self.text;
        let mut number_at = skip_spaces(text, after);
        let mut negative = negative;
        if let Some(c @ ('负' | '負')) = char_at(text, number_at) {
            negative = !negative;
            number_at += c.len_utf8();
        }
        let Some(numeral) = read_numeral(text, number_at) else {
            return after;
        };
        if numeral.digit_string
            || !numeral.value.is_finite()
            || numeral.no_digit && numeral.value != 100.0
        {
            return numeral_run_end(text, numeral.end);
        }
        let scale = 100.0 / divisor;
        let sign = if negative { -1.0 } else { 1.0 };
        let value = sign * numeral.value * scale;
        let precision = numeral.precision * scale;
        let before = qualifier::before(text, start, self.floor);
        let mut end = numeral.end;
        let mut qualifier = before.map(|b| b.qualifier);
        if let Some((q, q_end)) = qualifier::after(text, end) {
            qualifier = Some(q);
            end = q_end;
        }
        let span_start = before.map_or(start, |b| b.start);
        if qualifier.is_none()
            && let Some((high_numeral, high_end)) = self.prefixed_percent_range_end(numeral.end)
        {
            // `百分之四到五`, `百分之五至百分之六`.
            let high_value = sign * high_numeral.value * scale;
            let precision = precision.min(high_numeral.precision * scale);
            if high_value > value {
                self.push(Figure {
                    span: span_start..high_end,
                    number_span: start..high_numeral.end,
                    value: (value + high_value) / 2.0,
                    low: value - precision / 2.0,
                    high: high_value + precision / 2.0,
                    precision,
                    unit: "%".to_string(),
                    kind: super::FigureKind::Percent,
                    qualifier: Some(Qualifier::Range),
                    indicator: None,
                    indicator_span: None,
                    period: None,
                });
                return high_end;
            }
        }
        let (low, high) = interval(value, precision, numeral.step * scale, qualifier);
        self.push(Figure {
            span: span_start..end,
            number_span: start..numeral.end,
            value,
            low,
            high,
            precision,
            unit: "%".to_string(),
            kind: super::FigureKind::Percent,
            qualifier,
            indicator: None,
            indicator_span: None,
            period: None,
        });
        end
    }

    /// The second end of `百分之四到五`: a connector, then a numeral, with or
    /// without its own `百分之`.
    fn prefixed_percent_range_end(&self, from: usize) -> Option<(Numeral, usize)> {
        let text = self.text;
        let connector = char_at(text, from)?;
        if !matches!(connector, '至' | '到' | '-' | '－' | '—' | '～' | '~') {
            return None;
        }
        let mut at = from + connector.len_utf8();
        if let Some((divisor, after)) = percent_prefix(text, at) {
            if divisor != 100.0 {
                return None;
            }
            at = after;
        }
        let numeral = read_numeral(text, at)?;
        if numeral.digit_string || numeral.no_digit || !numeral.value.is_finite() {
            return None;
        }
        // `百分之五到十年`: the second number has a unit of its own.
        if unit_at(text, numeral.end).is_some() {
            return None;
        }
        let end = numeral.end;
        Some((numeral, end))
    }

    /// `三分之一`, `一百分之五`: a fraction, or a percentage when the
    /// denominator is 100, 1000 or 10000.
    fn fraction(&mut self, start: usize, negative: bool, denominator: Numeral) -> usize {
        let text = self.text;
        let after = denominator.end + "分之".len();
        let skip = numeral_run_end(text, after);
        let Some(numerator) = read_numeral(text, after) else {
            return after;
        };
        let d = denominator.value;
        if numerator.digit_string
            || denominator.digit_string
            || d == 0.0
            || !numerator.value.is_finite()
        {
            return numeral_run_end(text, numerator.end).max(skip);
        }
        let sign = if negative { -1.0 } else { 1.0 };
        let (value, precision, unit, kind) = if d == 100.0 || d == 1000.0 || d == 10000.0 {
            let scale = 100.0 / d;
            (
                sign * numerator.value * scale,
                numerator.precision * scale,
                "%",
                super::FigureKind::Percent,
            )
        } else {
            // A fraction is read to two significant digits: 三分之一 is 0.33.
            let fraction = numerator.value / d;
            let precision = if fraction > 0.0 {
                10f64.powf(fraction.log10().floor() - 1.0)
            } else {
                numerator.precision / d
            };
            (sign * fraction, precision, "分之", super::FigureKind::Ratio)
        };
        let before = qualifier::before(text, start, self.floor);
        let mut qualifier = before.map(|b| b.qualifier);
        let mut end = numerator.end;
        if let Some((q, q_end)) = qualifier::after(text, end) {
            qualifier = Some(q);
            end = q_end;
        }
        let (low, high) = interval(value, precision, precision, qualifier);
        self.push(Figure {
            span: before.map_or(start, |b| b.start)..end,
            number_span: start..numerator.end,
            value,
            low,
            high,
            precision,
            unit: unit.to_string(),
            kind,
            qualifier,
            indicator: None,
            indicator_span: None,
            period: None,
        });
        end
    }
}

/// The interval a written value stands for (see the module docs).
pub(crate) fn interval(
    value: f64,
    precision: f64,
    step: f64,
    qualifier: Option<Qualifier>,
) -> (f64, f64) {
    let half = precision / 2.0;
    let open_low = if value < 0.0 { f64::NEG_INFINITY } else { 0.0 };
    match qualifier {
        None | Some(Qualifier::Range) => (value - half, value + half),
        Some(Qualifier::Over) => (value - half, f64::INFINITY),
        Some(Qualifier::Under) => (open_low, value + half),
        Some(Qualifier::More) if value < 0.0 => (value - step, value),
        Some(Qualifier::More) => (value, value + step),
        Some(Qualifier::About) => {
            let width = (value.abs() * ABOUT_SHARE).max(precision);
            (value - width, value + width)
        }
    }
}

/// `增长6%、6.5%左右`: a bound after the last item of a `、` list of the same
/// unit applies to every item.
fn spread_list_qualifier(text: &str, figures: &mut [Figure]) {
    for i in (1..figures.len()).rev() {
        let (head, tail) = figures.split_at_mut(i);
        let (Some(prev), Some(next)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let joined = text.get(prev.span.end..next.span.start) == Some("、");
        // Only a word after the last item spreads (`6%、6.5%左右`), not one
        // before it (`98万户、突破1900万户`).
        let trailing = text.get(next.span.clone()).is_some_and(|t| {
            ["左右", "上下", "以上", "以下", "以内"]
                .iter()
                .any(|w| t.ends_with(w))
        });
        let spreads = trailing
            && matches!(
                next.qualifier,
                Some(Qualifier::About | Qualifier::Over | Qualifier::Under)
            );
        if joined && spreads && prev.qualifier.is_none() && prev.unit == next.unit {
            prev.qualifier = next.qualifier;
            let (low, high) = interval(prev.value, prev.precision, prev.precision, prev.qualifier);
            prev.low = low;
            prev.high = high;
        }
    }
}

/// `上亿元`, `过万人`: the qualifier before a bare place word.
fn bare_qualifier_start(text: &str, q: &Quantity, floor: usize) -> Option<usize> {
    if q.numeral.bare_multiplier {
        qualifier::before_bare_place_word(text, q.start, floor)
    } else {
        None
    }
}

/// One space after `end`, then the place words `万`, `亿` or `万亿`: their
/// product and where they end.
fn spaced_place_word(text: &str, end: usize) -> Option<(f64, usize)> {
    if !char_at(text, end).is_some_and(is_space) {
        return None;
    }
    let at = skip_spaces(text, end);
    if text[end..at].chars().count() != 1 {
        return None;
    }
    ["万亿", "亿", "万"]
        .iter()
        .zip([1e12, 1e8, 1e4])
        .find(|(w, _)| text[at..].starts_with(**w))
        .map(|(w, place)| (place, at + w.len()))
}

/// Years: four Arabic digits or a digit string of Chinese digits, 1000–2200.
fn is_year(n: &Numeral) -> bool {
    let shaped = n.plain_digits == Some(4) || n.digit_string;
    shaped && (1000.0..=2200.0).contains(&n.value)
}

/// `百分之`, `千分之`, `万分之` (spaces allowed between the characters), and
/// the value that 1 of it is in hundredths.
fn percent_prefix(text: &str, pos: usize) -> Option<(f64, usize)> {
    // Place words alone before 分之: 百分之, 千万分之.
    if let Some(n) = read_numeral(text, pos)
        && n.no_digit
        && text[n.end..].starts_with("分之")
    {
        return Some((n.value, n.end + "分之".len()));
    }
    const PREFIXES: &[(&str, f64)] = &[
        ("百万分之", 1e6),
        ("百分之", 100.0),
        ("佰分之", 100.0),
        ("千分之", 1000.0),
        ("仟分之", 1000.0),
        ("万分之", 10000.0),
        ("萬分之", 10000.0),
    ];
    'prefix: for &(prefix, divisor) in PREFIXES {
        let mut at = pos;
        for (i, c) in prefix.chars().enumerate() {
            if i > 0 {
                at = skip_spaces(text, at);
            }
            if char_at(text, at) != Some(c) {
                continue 'prefix;
            }
            at += c.len_utf8();
        }
        return Some((divisor, at));
    }
    None
}

/// A character after a number that makes it a code or an expression.
fn code_after(text: &str, end: usize) -> bool {
    let Some(c) = char_at(text, end) else {
        return false;
    };
    if is_code_after(c) {
        return true;
    }
    if is_latin(c) {
        // `5G`, `4A` are codes; `168cm`, `250m` are lengths.
        return !unit_at(text, end).is_some_and(|(u, _)| u.written.is_ascii());
    }
    // `3/5`, `9:30`, `2023.6.22`: fractions, times and dotted dates.
    let glued = matches!(c, '/' | '／' | ':' | '：') || is_decimal_point(c);
    glued
        && char_at(text, end + c.len_utf8())
            .and_then(arabic_digit)
            .is_some()
}

/// Skips a code: its digits and any letters and digits glued to them.
fn skip_code(text: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(text, pos) {
        if !(is_latin(c) || arabic_digit(c).is_some() || matches!(c, '.' | '-' | '+' | '＋')) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

fn skip_arabic(text: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(text, pos).filter(|c| arabic_digit(*c).is_some()) {
        pos += c.len_utf8();
    }
    pos
}

fn is_latin_char_after(text: &str, end: usize) -> bool {
    char_at(text, end).is_some_and(|c| c.is_ascii_alphabetic())
}

/// Only spaces between the previous line break (or the text start) and `pos`.
fn at_line_start(text: &str, pos: usize) -> bool {
    // Look back at most 9 characters, so that the check stays cheap.
    for (seen, c) in text[..pos].chars().rev().enumerate() {
        if c == '\n' || c == '\r' {
            return true;
        }
        if !(is_space(c) || c == '\u{feff}') || seen == 8 {
            return false;
        }
    }
    true
}

/// A colon within the next 24 characters of the line: a note's term.
fn colon_soon(text: &str, pos: usize) -> bool {
    text[pos..]
        .chars()
        .take(24)
        .take_while(|c| *c != '\n')
        .any(|c| matches!(c, '：' | ':'))
}

/// The closing quote within a few characters of a number right after an
/// opening quote (`“5020”`, `“十四五”`, `“两个一百年”`): a slogan or a name.
fn quote_close(text: &str, pos: usize) -> Option<usize> {
    let mut at = pos;
    for _ in 0..12 {
        let c = char_at(text, at)?;
        if is_closing_quote(c) {
            return Some(at);
        }
        if matches!(c, '，' | '。' | '；' | '\n') {
            return None;
        }
        at += c.len_utf8();
    }
    None
}

fn is_cjk_ideograph(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}
