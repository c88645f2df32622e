//! `5000万元以上项目170个，亿元以上项目110个`: two counts of the same
//! things, each of a class bounded from below in one measure. Those over
//! the higher bound are over the lower one too: the count with the higher
//! bound is a part of the other. A higher bound first, or a third class
//! beside them (`30亿元以上项目4个，10亿元以上项目3个，亿元以上…`), lists
//! bands of a distribution, each above the next: no parts.

use super::PartReading;
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// The most Han characters naming the things counted (`重点项目`).
const MAX_NAME: usize = 6;

/// Bounds written with no number (`亿元以上`): the unit alone, in 元.
const BARE_BOUNDS: &[(&str, f64)] = &[
    ("百亿元", 1e10),
    ("十亿元", 1e9),
    ("千万元", 1e7),
    ("百万元", 1e6),
    ("亿元", 1e8),
    ("万元", 1e4),
];

/// Every pair of counts next to each other, joined by a bare break, each
/// after `…以上` and the same name, the lower bound first and no third
/// class beside them.
pub(super) fn bounded_classes(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        let (whole_class, j, part_class) = next_class(doc, i)?;
        let part = &figures[j];
        let closes = text[part.span.end..].starts_with(['，', ',', '、', '。', '；', ';']);
        // A class joined before the whole, or after the part.
        let before = (i.saturating_sub(2)..i).any(|k| next_class(doc, k).is_some_and(|n| n.1 == i));
        let after = next_class(doc, j).is_some();
        (whole_class.bound < part_class.bound && closes && !before && !after)
            .then(|| PartReading::single(whole, part))
    })
}

/// The class of the count at `i`, and the next count (its index), joined
/// to it by a bare break, with its class of the same name and unit.
fn next_class(doc: &Document, i: usize) -> Option<(Class<'_>, usize, Class<'_>)> {
    let text = &doc.text;
    let figures = &doc.figures;
    let first = &figures[i];
    // Bytes first: this looks at every figure of the text. A class name
    // follows `以上` right before the count.
    let near =
        &text.as_bytes()[first.span.start.saturating_sub(MAX_NAME * 3 + 6)..first.span.start];
    if first.kind != FigureKind::Count || !near.windows(6).any(|w| w == "以上".as_bytes()) {
        return None;
    }
    let first_class = class_before(doc, first)?;
    // The next count, past at most the second's bound figure.
    let j = (i + 1..figures.len().min(i + 3)).find(|&k| figures[k].kind == FigureKind::Count)?;
    let second = &figures[j];
    let second_class = class_before(doc, second)?;
    let joined = matches!(
        text.get(first.span.end..second_class.start),
        Some("，" | "," | "、")
    );
    (second.unit == first.unit && first_class.name == second_class.name && joined).then_some((
        first_class,
        j,
        second_class,
    ))
}

/// A class of things bounded from below (`5000万元以上项目`).
struct Class<'t> {
    /// The lower bound, in 元.
    bound: f64,
    /// Where the bound is written.
    start: usize,
    name: &'t str,
}

/// The class a count closes (`5000万元以上项目170个`): `None` unless its
/// name is a few Han characters after a bound in 元 open upward.
fn class_before<'t>(doc: &'t Document, count: &Figure) -> Option<Class<'t>> {
    let text = &doc.text;
    let before = &text[..count.span.start];
    let name_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::chars::is_han(c))
        .take(MAX_NAME)
        .find(|&(k, _)| before[..k].ends_with("以上"))
        .map(|(k, _)| k)?;
    let name = &before[name_start..];
    // A bound written as a figure (`5000万元以上`).
    let lo = doc.figures.partition_point(|f| f.span.end < name_start);
    if let Some(bound) = doc.figures.get(lo).filter(|f| f.span.end == name_start) {
        let over = bound.qualifier == Some(Qualifier::Over)
            && bound.unit == "元"
            && bound.kind == FigureKind::Amount;
        return over.then_some(Class {
            bound: bound.value,
            start: bound.span.start,
            name,
        });
    }
    // A bound of the unit alone (`亿元以上`), no number before it.
    let unit = before[..name_start].strip_suffix("以上")?;
    let (word, value) = BARE_BOUNDS.iter().find(|(w, _)| unit.ends_with(w))?;
    let start = unit.len() - word.len();
    let number_before = unit[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || "零一二两三四五六七八九十百千万亿.".contains(c));
    (!number_before).then_some(Class {
        bound: *value,
        start,
        name,
    })
}
