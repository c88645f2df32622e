//! A figure's value written for people (hover): the clearest unit, the
//! written form when it differs, and the qualifier.
//!
//! - Money from 千万 up is shown in 亿 (`7154万元` → `0.7154亿元 (7,154万元)`),
//!   from 万亿 up in 万亿 (`5.67万亿元 (56,700亿元)`); other quantities in
//!   万 from 1e4 and 亿 from 1e8 (`42万个`). Decimals follow the written
//!   precision (`439.23亿元`), integers get thousands separators.
//! - Qualifiers: `超过42万个`, `不超过800万人次`, `约6.5%`; `余/多` and ranges
//!   show their ends (`270–280家`, `5–5.5%`).

use super::{Figure, FigureKind, Qualifier};

impl Figure {
    /// A human normalization of the value for hover: see the module docs of
    /// `figures::display` (e.g. `7154万元` → `0.7154亿元 (7,154万元)`,
    /// `439.23亿元` → `439.23亿元`, `270余家` → `270–280家`).
    pub fn display_value(&self) -> String {
        match self.qualifier {
            Some(Qualifier::Range) => {
                let half = self.precision / 2.0;
                self.span_text(self.low + half, self.high - half)
            }
            Some(Qualifier::More) => self.span_text(self.low, self.high),
            qualifier => {
                let main = self.quantity_text(self.value);
                let prefix = match qualifier {
                    Some(Qualifier::Over) => "超过",
                    Some(Qualifier::Under) => "不超过",
                    Some(Qualifier::About) => "约",
                    _ => "",
                };
                format!("{prefix}{main}")
            }
        }
    }

    /// `a–b` in this figure's scale and unit, for values derived from it
    /// (`259亿–261亿元`, not `25900000000–26100000000元`).
    pub(crate) fn range_text(&self, a: f64, b: f64) -> String {
        self.span_text(a, b)
    }

    /// `a–b` in one scale; one figure when both print alike (`5.9%`, not
    /// `5.9%–5.9%`).
    fn span_text(&self, a: f64, b: f64) -> String {
        let (scale, word) = self.scale_for(a.abs().max(b.abs()));
        let unit = self.unit_text();
        let low = format_number(a / scale, self.precision / scale);
        let high = format_number(b / scale, self.precision / scale);
        if low == high {
            return format!("{low}{word}{unit}");
        }
        format!("{low}{word}–{high}{word}{unit}")
    }

    fn quantity_text(&self, value: f64) -> String {
        let unit = self.unit_text();
        let (scale, word) = self.scale_for(value.abs());
        let main = format!(
            "{}{word}{unit}",
            format_number(value / scale, self.precision / scale)
        );
        // The form people write next to the promoted one.
        let alternative = match (self.kind, word) {
            (FigureKind::Amount, "亿") if value.abs() < 1e8 => Some((1e4, "万")),
            (FigureKind::Amount, "万亿") => Some((1e8, "亿")),
            _ => None,
        };
        match alternative {
            Some((alt_scale, alt_word)) => format!(
                "{main} ({}{alt_word}{unit})",
                format_number(value / alt_scale, self.precision / alt_scale)
            ),
            None => main,
        }
    }

    fn unit_text(&self) -> &str {
        match self.unit.as_str() {
            "分之" => "",
            unit => unit,
        }
    }

    fn scale_for(&self, magnitude: f64) -> (f64, &'static str) {
        let scalable = matches!(
            self.kind,
            FigureKind::Amount | FigureKind::Count | FigureKind::Measure
        );
        if !scalable {
            return (1.0, "");
        }
        let hundred_million_from = if self.kind == FigureKind::Amount {
            1e7
        } else {
            1e8
        };
        if magnitude >= 1e12 {
            (1e12, "万亿")
        } else if magnitude >= hundred_million_from {
            (1e8, "亿")
        } else if magnitude >= 1e4 {
            (1e4, "万")
        } else {
            (1.0, "")
        }
    }
}

/// `value` with as many decimals as `precision` needs (at most 8), and
/// thousands separators in the integer part.
pub(crate) fn format_number(value: f64, precision: f64) -> String {
    if !value.is_finite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let decimals = if precision > 0.0 && precision < 1.0 {
        ((-precision.log10()) - 1e-9).ceil().clamp(0.0, 8.0) as usize
    } else {
        0
    };
    let formatted = format!("{:.*}", decimals, value.abs());
    let (int, frac) = formatted.split_once('.').unwrap_or((&formatted, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if value < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}
