//! `分别提高6.7和3.3个百分点`, `分别下降1.2个、0.8个和0.5个百分点`: a list of
//! differences in points writes the unit once, after its last value. The
//! earlier values are a bare number (not a figure: a number counts only with
//! a unit) or a number before `个` (read as a count of 个). Both are points
//! here, and the rules comparing rates need every one of them.

use super::chars::{arabic_digit, char_before, is_decimal_point};
use super::numeral::read_numeral;
use super::scan::interval;
use super::{Figure, FigureKind};

/// Words joining two values of one list.
const JOINS: &[&str] = &["、", "和", "及", "与"];

/// Gives every earlier value of a points list the unit of its last value.
/// The bare numbers read as points are put in place once, at the end: a
/// text of many such lists moved the figures after each at every one.
pub(super) fn spread_points_unit(text: &str, figures: &mut Vec<Figure>) {
    let mut bare: Vec<Figure> = Vec::new();
    // Counts retyped by a walk, which a walk from them would not go past.
    let mut retyped = vec![false; figures.len()];
    for i in (0..figures.len()).rev() {
        if retyped[i] || figures[i].kind != FigureKind::Points || figures[i].qualifier.is_some() {
            continue;
        }
        // Walk back over the list: each step either retypes the count
        // before or reads the bare number before, then goes on from it.
        let unit = figures[i].unit.clone();
        let mut next = figures[i].span.start;
        let mut before = i.checked_sub(1);
        while let Some(earlier) = value_before(text, figures, next, &unit, before) {
            match earlier {
                Earlier::Counted(prev) => {
                    let f = &mut figures[prev];
                    f.kind = FigureKind::Points;
                    f.unit = unit.clone();
                    retyped[prev] = true;
                    next = f.span.start;
                    before = prev.checked_sub(1);
                }
                Earlier::Bare(figure) => {
                    next = figure.span.start;
                    bare.push(figure);
                }
            }
        }
    }
    if !bare.is_empty() {
        figures.append(&mut bare);
        figures.sort_by_key(|f| f.span.start);
    }
}

enum Earlier {
    /// The index of a figure `N个` to read as points.
    Counted(usize),
    /// A bare number read as points, to put before the list's next value.
    Bare(Figure),
}

/// The value right before the list's value starting at `next` across one
/// join, if it belongs to the same points list; `before` is the figure
/// before that value, if any.
fn value_before(
    text: &str,
    figures: &[Figure],
    next: usize,
    unit: &str,
    before: Option<usize>,
) -> Option<Earlier> {
    let start = next;
    let join = JOINS
        .iter()
        .find(|j| text[..start].ends_with(*j))
        .map(|j| start - j.len())?;
    if let Some(p) = before
        && figures[p].span.end == join
    {
        let prev = &figures[p];
        let counted = prev.kind == FigureKind::Count
            && prev.unit == "个"
            && prev.qualifier.is_none()
            && text[prev.span.clone()].ends_with('个');
        return counted.then_some(Earlier::Counted(p));
    }
    let number_start = bare_number_start(text, join)?;
    // Not a piece of a code or a longer word: `G6`, `5.`, `第3`.
    if char_before(text, number_start).is_some_and(|c| {
        c.is_ascii_alphanumeric() || is_decimal_point(c) || matches!(c, '第' | '-' | '—' | '+')
    }) {
        return None;
    }
    if before.is_some_and(|p| figures[p].span.end > number_start) {
        return None;
    }
    let numeral = read_numeral(text, number_start)?;
    if numeral.end != join || !numeral.has_arabic || numeral.leading_zero {
        return None;
    }
    let (low, high) = interval(numeral.value, numeral.precision, numeral.step, None);
    Some(Earlier::Bare(Figure {
        span: number_start..join,
        number_span: number_start..join,
        value: numeral.value,
        low,
        high,
        precision: numeral.precision,
        unit: unit.to_string(),
        kind: FigureKind::Points,
        qualifier: None,
        indicator: None,
        indicator_span: None,
        period: None,
    }))
}

/// Where a run of Arabic digits and one decimal point ending at `end` starts.
fn bare_number_start(text: &str, end: usize) -> Option<usize> {
    let head = &text[..end];
    let run = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| arabic_digit(c).is_some() || is_decimal_point(c))
        .last()
        .map(|(at, _)| at)?;
    let digits = &text[run..end];
    let first_is_digit = digits.chars().next().and_then(arabic_digit).is_some();
    let last_is_digit = digits.chars().next_back().and_then(arabic_digit).is_some();
    (first_is_digit && last_is_digit).then_some(run)
}

#[cfg(test)]
mod tests {
    use crate::figures::{FigureKind, scan};

    fn points(text: &str) -> Vec<(String, f64)> {
        scan(text)
            .into_iter()
            .filter(|f| f.kind == FigureKind::Points)
            .map(|f| (text[f.span].to_string(), f.value))
            .collect()
    }

    #[test]
    fn bare_values_before_the_unit_are_points() {
        assert_eq!(
            points("分别提高6.7和3.3个百分点"),
            [("6.7".to_string(), 6.7), ("3.3个百分点".to_string(), 3.3)]
        );
        assert_eq!(
            points("分别下降1.2、0.8和0.5个百分点"),
            [
                ("1.2".to_string(), 1.2),
                ("0.8".to_string(), 0.8),
                ("0.5个百分点".to_string(), 0.5)
            ]
        );
    }

    #[test]
    fn counts_of_ge_before_the_unit_are_points() {
        assert_eq!(
            points("分别提高6.7个和3.3个百分点"),
            [("6.7个".to_string(), 6.7), ("3.3个百分点".to_string(), 3.3)]
        );
    }

    #[test]
    fn other_numbers_before_a_join_stay_apart() {
        // A count with its own noun, a code, a quantity of another unit.
        assert_eq!(points("新建3个园区和提高2个百分点").len(), 1);
        assert_eq!(points("G6和2个百分点").len(), 1);
        assert_eq!(points("5亿元、2个百分点").len(), 1);
        assert_eq!(points("第3和2个百分点").len(), 1);
    }
}
