//! Reading one numeral: Arabic digits (ASCII or full-width, thousands
//! separators, a decimal point), Chinese digits with place words, and the
//! mixed forms of reports (`6千万`, `4.16万亿`, `3万4000`, `七万一千八百`).
//!
//! The reader keeps, besides the value, the place of the last written digit
//! (the figure's precision) and of the last non-zero digit (the step that
//! `余/多` go up to): `270` has precision 1 and step 10, `8.3亿` precision
//! and step 10 000 000.

use super::chars::{
    arabic_digit, big_multiplier, char_at, chinese_digit, is_chinese_point, is_chinese_zero,
    is_decimal_point, is_minus, is_space, small_multiplier,
};

/// A numeral read from text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Place value of the last written digit.
    pub precision: f64,
    /// Place value of the last non-zero digit.
    pub step: f64,
    pub has_arabic: bool,
    /// Chinese digits without place words (`一九七三`, `三八`): years, codes.
    pub digit_string: bool,
    /// The numeral is one Chinese digit and nothing else (`一`, `两`).
    pub lone_digit: Option<u32>,
    /// Starts with a place word other than 十 (`百`, `千`, `万`, `亿`), as in
    /// idioms (`千家万户`, `百年`); only `近亿元`-like forms accept it.
    pub bare_multiplier: bool,
    /// No digit at all, only place words (`万`, `亿`).
    pub no_digit: bool,
    /// `余/多/几` inside the numeral, before a place word (`十余万`).
    pub more: bool,
    pub has_multiplier: bool,
    /// Product of the place words after the last digit (`10万` → 1e4), which
    /// the first end of a range shares (`5-10万元`).
    pub suffix_multiplier: f64,
    /// `03`: a code, not a quantity.
    pub leading_zero: bool,
    /// The numeral is only Arabic digits: their count (years have 4).
    pub plain_digits: Option<usize>,
}

/// Parses a whole string as one number: Arabic, full-width, Chinese or
/// mixed (`6千万`, `一千零一`, `4.16万亿`, `1,200万`, `七万一千八百`),
/// fractions (`三分之一`, `3/5`, `三百五又三分之一`), negatives (`负6`, `-1.5`).
/// Spaces between numeral characters are ignored.
///
/// Returns `None` for anything else, including a percentage (`百分之七点九`,
/// `5%`: a quantity, read by [`super::scan`]), digit strings that read as codes
/// or years (`一九七三`, `两两`), a place word alone (`万`) and notations
/// that reports do not use (`2e5`, `40k`, `一打`).
pub fn parse_number(s: &str) -> Option<f64> {
    let compact = compact(s);
    let value = parse_compact(&compact)?;
    value.is_finite().then_some(value)
}

/// Removes spaces, keeping one between two Arabic digits (`1 3/5`).
fn compact(s: &str) -> String {
    let trimmed = s.trim_matches(|c: char| c.is_whitespace());
    let mut out = String::with_capacity(trimmed.len());
    let mut pending_space = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space
            && arabic_digit(c).is_some()
            && out.chars().next_back().and_then(arabic_digit).is_some()
        {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

fn parse_compact(s: &str) -> Option<f64> {
    let (negative, body) = strip_sign(s);
    let sign = if negative { -1.0 } else { 1.0 };
    // `三百五又三分之一`, `1 3/5`: a whole part and a fraction.
    if let Some((whole, fraction)) = body.split_once('又').or_else(|| body.split_once(' ')) {
        let whole = parse_plain(whole)?;
        let fraction = parse_fraction(fraction)?;
        return Some(sign * (whole + fraction));
    }
    if let Some(value) = parse_fraction(body) {
        return Some(sign * value);
    }
    Some(sign * parse_plain(body)?)
}

fn strip_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('负').or_else(|| s.strip_prefix('負')) {
        return (true, rest);
    }
    match s.chars().next() {
        Some(c) if is_minus(c) => (true, &s[c.len_utf8()..]),
        _ => (false, s),
    }
}

/// `三分之一`, `16分之5`, `3/5`, `负3分之负一百五十七`.
fn parse_fraction(s: &str) -> Option<f64> {
    let (denominator, numerator) = match s.split_once("分之") {
        Some(parts) => parts,
        None => {
            let (numerator, denominator) = s.split_once('/').or_else(|| s.split_once('／'))?;
            (denominator, numerator)
        }
    };
    let (neg_d, denominator) = strip_sign(denominator);
    let (neg_n, numerator) = strip_sign(numerator);
    let d = parse_plain(denominator)?;
    let n = parse_plain(numerator)?;
    if d == 0.0 {
        return None;
    }
    let sign = if neg_d != neg_n { -1.0 } else { 1.0 };
    Some(sign * n / d)
}

/// One numeral covering all of `s`.
fn parse_plain(s: &str) -> Option<f64> {
    // `.5` is written without its zero in some tables.
    let owned;
    let s = match s.chars().next() {
        Some(c) if is_decimal_point(c) => {
            owned = format!("0{s}");
            owned.as_str()
        }
        _ => s,
    };
    let numeral = read_numeral(s, 0)?;
    let whole = numeral.end == s.len();
    (whole && !numeral.digit_string && !numeral.no_digit).then_some(numeral.value)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Prev {
    Start,
    Digit,
    Arabic,
    Small(f64),
    Big(f64),
    Zero,
    Point,
    More,
}

/// Which accumulator a digit's place is relative to; place words scale it
/// as the digit moves from the current digit into the section and the total.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Current,
    Section,
    Total,
}

#[derive(Debug, Clone, Copy)]
struct Place {
    value: f64,
    level: Level,
}

impl Place {
    fn new(value: f64) -> Self {
        Place {
            value,
            level: Level::Current,
        }
    }

    fn move_to_section(&mut self, m: f64) {
        if self.level == Level::Current {
            self.value *= m;
            self.level = Level::Section;
        }
    }

    fn move_to_total(&mut self, m: f64) {
        if self.level != Level::Total {
            self.value *= m;
            self.level = Level::Total;
        }
    }

    fn scale(&mut self, m: f64) {
        self.value *= m;
        self.level = Level::Total;
    }
}

/// Units that begin with a place word: `千瓦` is a unit, not 千 × 瓦.
const UNITS_LED_BY_PLACE_WORD: &[&str] = &[
    "千瓦",
    "千米",
    "千克",
    "千伏",
    "千卡",
    "千帕",
    "千焦",
    "兆瓦",
    "兆帕",
    "兆焦",
    "兆字节",
    "兆赫",
    "兆比特",
    "百分点",
    "千分点",
];

fn unit_starts_at(text: &str, pos: usize) -> bool {
    text.get(pos..)
        .is_some_and(|rest| UNITS_LED_BY_PLACE_WORD.iter().any(|u| rest.starts_with(u)))
}

/// Reads the longest numeral starting at byte `start` (no sign).
pub(crate) fn read_numeral(text: &str, start: usize) -> Option<Numeral> {
    let mut total = 0.0f64;
    let mut section = 0.0f64;
    let mut current: Option<f64> = None;
    let mut last = Place::new(1.0);
    let mut last_nonzero = Place::new(1.0);
    let mut largest_big = 1.0f64;
    let mut section_small = f64::INFINITY;
    let mut prev = Prev::Start;
    let mut before_digit = Prev::Start;
    let mut digit_string: Option<(f64, usize)> = None;
    let mut pos = start;
    let mut end = start;
    let mut has_arabic = false;
    let mut has_multiplier = false;
    let mut more = false;
    let mut bare_multiplier = false;
    let mut decimal = false;
    let mut digit_tokens = 0usize;
    let mut tokens = 0usize;
    let mut suffix_multiplier = 1.0f64;
    let mut leading_zero = false;
    let mut plain_digits = None;

    while let Some(c) = char_at(text, pos) {
        let next = pos + c.len_utf8();
        if arabic_digit(c).is_some() {
            let allowed = matches!(
                prev,
                Prev::Start | Prev::Small(_) | Prev::Big(_) | Prev::Zero
            );
            if !allowed || current.is_some() {
                break;
            }
            let Some(run) = read_arabic(text, pos) else {
                break;
            };
            if prev == Prev::Start {
                leading_zero = run.leading_zero;
                plain_digits = run.plain_digits;
            }
            current = Some(run.value);
            last = Place::new(run.precision);
            last_nonzero = Place::new(run.step);
            has_arabic = true;
            prev = Prev::Arabic;
            pos = run.end;
            end = pos;
            tokens += 1;
            digit_tokens += 1;
            suffix_multiplier = 1.0;
            continue;
        }
        if let Some(d) = chinese_digit(c) {
            let d = f64::from(d);
            if let Some((value, count)) = digit_string {
                digit_string = Some((value * 10.0 + d, count + 1));
                end = next;
                pos = next;
                continue;
            }
            if prev == Prev::Digit {
                // A second digit with no place word between: 一九七三, 三八.
                match current {
                    Some(first) if !has_multiplier && !decimal && tokens == 1 => {
                        digit_string = Some((first * 10.0 + d, 2));
                        end = next;
                        pos = next;
                        continue;
                    }
                    _ => break,
                }
            }
            if is_chinese_zero(c) {
                match prev {
                    Prev::Small(_) | Prev::Big(_) => {
                        prev = Prev::Zero;
                        pos = next;
                        continue;
                    }
                    Prev::Start => {
                        // 零十 is ten; 零, 零点五 are zero.
                        if char_at(text, next).is_some_and(|n| small_multiplier(n).is_some()) {
                            prev = Prev::Zero;
                            pos = next;
                            continue;
                        }
                    }
                    _ => break,
                }
            } else if !matches!(
                prev,
                Prev::Start | Prev::Small(_) | Prev::Big(_) | Prev::Zero
            ) {
                break;
            }
            before_digit = prev;
            current = Some(d);
            last = Place::new(1.0);
            if d != 0.0 {
                last_nonzero = last;
            }
            prev = Prev::Digit;
            end = next;
            pos = next;
            tokens += 1;
            digit_tokens += 1;
            suffix_multiplier = 1.0;
            continue;
        }
        if let Some(m) = small_multiplier(c) {
            if digit_string.is_some() || unit_starts_at(text, pos) || m >= section_small {
                break;
            }
            if prev == Prev::Arabic && m == 10.0 {
                break;
            }
            let digit = match (current, prev) {
                (Some(v), _) => v,
                (None, Prev::Start) => {
                    // 拾 alone is a verb (`拾起`); 十 alone is ten.
                    let lone_shi = c == '拾'
                        && !char_at(text, next).is_some_and(super::chars::is_numeral_char);
                    if m != 10.0 || lone_shi {
                        bare_multiplier = true;
                    }
                    last = Place::new(1.0);
                    last_nonzero = last;
                    1.0
                }
                (None, Prev::Zero | Prev::Big(_)) => {
                    last = Place::new(1.0);
                    last_nonzero = last;
                    1.0
                }
                _ => break,
            };
            section += digit * m;
            if prev == Prev::Arabic {
                // 6千万: the 6 is the last written digit.
                last.move_to_section(m);
            } else {
                // 二百七十 is written like 270: its place words stand for
                // zeros, so the precision is the section's ones.
                last = Place {
                    value: 1.0,
                    level: Level::Section,
                };
            }
            last_nonzero.move_to_section(m);
            current = None;
            section_small = m;
            prev = Prev::Small(m);
            has_multiplier = true;
            suffix_multiplier *= m;
            end = next;
            pos = next;
            tokens += 1;
            continue;
        }
        if let Some(m) = big_multiplier(c) {
            if digit_string.is_some() || unit_starts_at(text, pos) || prev == Prev::Zero {
                break;
            }
            let x = section + current.unwrap_or(0.0);
            if prev == Prev::Start {
                bare_multiplier = true;
                last = Place::new(1.0);
                last_nonzero = last;
                total = m;
                last.scale(m);
                last_nonzero.scale(m);
                largest_big = m;
            } else if x == 0.0 && section == 0.0 && current.is_none() {
                // 万亿, 万万: the place word scales everything before it.
                if total == 0.0 {
                    break;
                }
                total *= m;
                last.scale(m);
                last_nonzero.scale(m);
                largest_big *= m;
            } else if m >= largest_big {
                total = (total + x) * m;
                last.scale(m);
                last_nonzero.scale(m);
                largest_big = m;
            } else {
                total += x * m;
                last.move_to_total(m);
                last_nonzero.move_to_total(m);
            }
            section = 0.0;
            current = None;
            section_small = f64::INFINITY;
            prev = Prev::Big(m);
            has_multiplier = true;
            suffix_multiplier *= m;
            end = next;
            pos = next;
            tokens += 1;
            continue;
        }
        if is_chinese_point(c) {
            let usable = matches!(prev, Prev::Digit | Prev::Small(_) | Prev::Big(_))
                && !decimal
                && digit_string.is_none();
            // 两 never follows 点: `一点两小时` is not 1.2.
            let fraction_digit =
                |c: char| chinese_digit(c).filter(|_| !matches!(c, '两' | '兩' | '俩' | '倆'));
            if !usable || char_at(text, next).and_then(fraction_digit).is_none() {
                break;
            }
            // 两千三点一 is 2 300.1: the abbreviated last digit first.
            if prev == Prev::Digit
                && let (Some(d), Prev::Small(m) | Prev::Big(m)) = (current, before_digit)
                && m >= 100.0
            {
                current = Some(d * m / 10.0);
            }
            let mut q = next;
            let mut fraction = 0.0;
            let mut scale = 1.0;
            let mut nonzero_scale = None;
            while let Some(d) = char_at(text, q).and_then(fraction_digit) {
                scale /= 10.0;
                fraction += f64::from(d) * scale;
                if d != 0 {
                    nonzero_scale = Some(scale);
                }
                q += char_at(text, q).map_or(1, char::len_utf8);
            }
            current = Some(current.unwrap_or(0.0) + fraction);
            last = Place::new(scale);
            if let Some(s) = nonzero_scale {
                last_nonzero = Place::new(s);
            }
            decimal = true;
            prev = Prev::Point;
            suffix_multiplier = 1.0;
            end = q;
            pos = q;
            continue;
        }
        if matches!(c, '余' | '多' | '几' | '幾') && tokens > 0 && digit_string.is_none() {
            // Only inside the numeral: 十余万, 五百多亿; a trailing 余 is the scanner's.
            let before_place_word = char_at(text, next)
                .is_some_and(|n| small_multiplier(n).is_some() || big_multiplier(n).is_some());
            let ok_here = match c {
                '几' | '幾' => matches!(prev, Prev::Small(_) | Prev::Zero | Prev::Big(_)),
                _ => matches!(
                    prev,
                    Prev::Digit | Prev::Arabic | Prev::Small(_) | Prev::Big(_)
                ),
            };
            if before_place_word && ok_here {
                more = true;
                prev = Prev::More;
                pos = next;
                continue;
            }
        }
        break;
    }

    if let Some((value, count)) = digit_string {
        return Some(Numeral {
            start,
            end,
            value,
            precision: 1.0,
            step: 1.0,
            has_arabic: false,
            digit_string: count > 1,
            lone_digit: None,
            bare_multiplier: false,
            no_digit: false,
            more: false,
            has_multiplier: false,
            suffix_multiplier: 1.0,
            leading_zero: false,
            plain_digits: None,
        });
    }
    if tokens == 0 {
        return None;
    }
    // 一万三 is 13 000, 两千四百五 is 2 450: a last digit right after a place
    // word (no 零) stands one place lower.
    if prev == Prev::Digit
        && let (Some(d), Prev::Small(m) | Prev::Big(m)) = (current, before_digit)
        && m >= 100.0
    {
        current = Some(d * m / 10.0);
        last = Place::new(m / 10.0);
        if d != 0.0 {
            last_nonzero = last;
        }
    }
    // 一百二十三亿七千万 is written to the 千万: with 万 or 亿, a Chinese
    // numeral's place words are rounding, so its precision is its last
    // non-zero digit (below 万 they read as digits: 二百七十 is 270).
    if !has_arabic && largest_big > 1.0 && !decimal {
        last = last_nonzero;
    }
    let value = snap(total + section + current.unwrap_or(0.0), last.value);
    let lone_digit = match (tokens, current) {
        (1, Some(d)) if !has_arabic && !decimal && !has_multiplier => Some(d as u32),
        _ => None,
    };
    let step = if value == 0.0 {
        last.value
    } else {
        last_nonzero.value
    };
    Some(Numeral {
        start,
        end,
        value,
        precision: last.value,
        step,
        has_arabic,
        digit_string: false,
        lone_digit,
        bare_multiplier,
        no_digit: digit_tokens == 0 && bare_multiplier,
        more,
        has_multiplier,
        suffix_multiplier,
        leading_zero,
        plain_digits: if has_multiplier || decimal {
            None
        } else {
            plain_digits
        },
    })
}

struct ArabicRun {
    end: usize,
    value: f64,
    precision: f64,
    step: f64,
    leading_zero: bool,
    plain_digits: Option<usize>,
}

/// Arabic digits with optional thousands separators (`1,200`, `２７，２０３`)
/// and a decimal part.
fn read_arabic(text: &str, start: usize) -> Option<ArabicRun> {
    let mut digits = DigitBuf::new();
    let mut pos = start;
    while let Some(d) = char_at(text, pos).and_then(arabic_digit) {
        digits.push(b'0' + d as u8);
        pos += char_at(text, pos).map_or(1, char::len_utf8);
    }
    let first_group = digits.len();
    if first_group == 0 {
        return None;
    }
    let mut separated = false;
    if first_group <= 3 {
        // A separator counts only before exactly three digits.
        // `，` separates thousands only between full-width digits (２７，２０３);
        // between ASCII digits it separates list items (`$20，300美圆`).
        let full_width = char_at(text, start).is_some_and(|c| !c.is_ascii());
        while let Some(c) = char_at(text, pos).filter(|c| *c == ',' || (*c == '，' && full_width))
        {
            let mut q = pos + c.len_utf8();
            let mut group = [0u8; 3];
            let mut group_len = 0;
            while group_len < 4 {
                match char_at(text, q).and_then(arabic_digit) {
                    Some(d) if group_len < 3 => {
                        group[group_len] = b'0' + d as u8;
                        group_len += 1;
                        q += char_at(text, q).map_or(1, char::len_utf8);
                    }
                    // A fourth digit: no thousands group.
                    Some(_) => group_len = 4,
                    None => break,
                }
            }
            if group_len != 3 {
                break;
            }
            group.iter().for_each(|&b| digits.push(b));
            pos = q;
            separated = true;
        }
    }
    let int_len = digits.len();
    let leading_zero = int_len > 1 && digits.as_str().starts_with('0');
    let mut frac_len = 0usize;
    if let Some(c) = char_at(text, pos)
        && is_decimal_point(c)
        && char_at(text, pos + c.len_utf8())
            .and_then(arabic_digit)
            .is_some()
    {
        digits.push(b'.');
        pos += c.len_utf8();
        while let Some(d) = char_at(text, pos).and_then(arabic_digit) {
            digits.push(b'0' + d as u8);
            pos += char_at(text, pos).map_or(1, char::len_utf8);
            frac_len += 1;
        }
    }
    let value: f64 = digits.as_str().parse().ok()?;
    let precision = pow10(-(frac_len.min(400) as i32));
    let step = last_nonzero_place(digits.as_str(), int_len, frac_len).unwrap_or(precision);
    Some(ArabicRun {
        end: pos,
        value,
        precision,
        step,
        leading_zero,
        plain_digits: (!separated && frac_len == 0).then_some(int_len),
    })
}

/// Place value of the last non-zero digit of a plain decimal string.
/// The ASCII digits (and point) of a number, as `str::parse` reads them:
/// on the stack, as a number's digits are few, on the heap past that.
struct DigitBuf {
    inline: [u8; DigitBuf::INLINE],
    len: usize,
    spilled: Vec<u8>,
}

impl DigitBuf {
    const INLINE: usize = 40;

    fn new() -> Self {
        DigitBuf {
            inline: [0; Self::INLINE],
            len: 0,
            spilled: Vec::new(),
        }
    }

    /// Appends one ASCII byte.
    fn push(&mut self, byte: u8) {
        if self.len < Self::INLINE {
            self.inline[self.len] = byte;
        } else {
            if self.spilled.is_empty() {
                self.spilled.extend_from_slice(&self.inline);
            }
            self.spilled.push(byte);
        }
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn as_str(&self) -> &str {
        let bytes = if self.len <= Self::INLINE {
            &self.inline[..self.len]
        } else {
            &self.spilled[..]
        };
        // Only ASCII digits and `.` are ever pushed.
        std::str::from_utf8(bytes).unwrap_or("")
    }
}

fn last_nonzero_place(digits: &str, int_len: usize, frac_len: usize) -> Option<f64> {
    let bytes = digits.as_bytes();
    if frac_len > 0 {
        let frac = &bytes[int_len + 1..];
        if let Some(i) = frac.iter().rposition(|&b| b != b'0') {
            return Some(pow10(-((i + 1).min(400) as i32)));
        }
    }
    let int = &bytes[..int_len];
    let i = int.iter().rposition(|&b| b != b'0')?;
    Some(pow10((int_len - 1 - i).min(400) as i32))
}

/// Removes the binary noise of scaling (`5.31亿` is 531 000 000, not
/// 530 999 999.99999994) by rounding to the written precision.
fn snap(value: f64, precision: f64) -> f64 {
    if !(value.is_finite() && precision.is_finite() && precision > 0.0) {
        return value;
    }
    if precision >= 1.0 {
        let units = value / precision;
        if units.abs() < 9e15 {
            units.round() * precision
        } else {
            value
        }
    } else {
        let inverse = (1.0 / precision).round();
        let scaled = value * inverse;
        if scaled.abs() < 9e15 {
            scaled.round() / inverse
        } else {
            value
        }
    }
}

fn pow10(exp: i32) -> f64 {
    10f64.powi(exp)
}

/// Skips what the scanner should not read again after rejecting a numeral:
/// the numeral and any numeral characters glued to it.
pub(crate) fn numeral_run_end(text: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(text, pos) {
        let glued = super::chars::is_numeral_char(c)
            || is_chinese_point(c)
            || ((is_decimal_point(c) || c == ',')
                && char_at(text, pos + c.len_utf8())
                    .and_then(arabic_digit)
                    .is_some());
        if !glued || is_space(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::{DigitBuf, read_numeral};

    #[test]
    fn digits_past_the_stack_buffer_are_kept_in_order() {
        for n in [
            0,
            1,
            DigitBuf::INLINE - 1,
            DigitBuf::INLINE,
            DigitBuf::INLINE + 1,
            300,
        ] {
            let want: String = (0..n).map(|i| char::from(b'0' + (i % 10) as u8)).collect();
            let mut buf = DigitBuf::new();
            want.bytes().for_each(|b| buf.push(b));
            assert_eq!((buf.len(), buf.as_str()), (n, want.as_str()));
        }
        // A long run of digits still reads as its value.
        let long = format!("{}.5", "1".repeat(60));
        let numeral = read_numeral(&long, 0).expect("a numeral");
        assert_eq!(numeral.value, long.parse::<f64>().unwrap());
    }

    /// (text, value, precision, step)
    const READINGS: &[(&str, f64, f64, f64)] = &[
        ("270", 270.0, 1.0, 10.0),
        ("8.3亿", 8.3e8, 1e7, 1e7),
        ("8.30", 8.3, 0.01, 0.1),
        ("6千万", 6e7, 1e7, 1e7),
        ("7154万", 7154e4, 1e4, 1e4),
        ("二百七十", 270.0, 1.0, 10.0),
        ("七万一千八百", 71800.0, 100.0, 100.0),
        ("一万三", 13000.0, 1000.0, 1000.0),
        ("十", 10.0, 1.0, 10.0),
        ("4.16万亿", 4.16e12, 1e10, 1e10),
        ("十余万", 1e5, 1e5, 1e5),
    ];

    #[test]
    fn precision_is_the_last_written_digit_and_step_the_last_nonzero_one() {
        for &(text, value, precision, step) in READINGS {
            let n = read_numeral(text, 0).unwrap_or_else(|| panic!("{text:?} reads"));
            assert_eq!(n.end, text.len(), "{text:?} reads whole");
            assert_eq!(
                (n.value, n.precision, n.step),
                (value, precision, step),
                "{text:?}"
            );
        }
    }

    #[test]
    fn shapes() {
        let year = read_numeral("一九七三年", 0).unwrap_or_else(|| panic!("reads"));
        assert!(year.digit_string);
        assert_eq!(year.value, 1973.0);
        let lone = read_numeral("两批", 0).unwrap_or_else(|| panic!("reads"));
        assert_eq!(lone.lone_digit, Some(2));
        let bare = read_numeral("千家", 0).unwrap_or_else(|| panic!("reads"));
        assert!(bare.bare_multiplier);
        let unit = read_numeral("120千瓦", 0).unwrap_or_else(|| panic!("reads"));
        assert_eq!(unit.value, 120.0, "千瓦 is a unit, not 千 × 瓦");
        assert_eq!(read_numeral("abc", 0), None);
    }
}
