//! Parts read without a `其中` of their own: at earlier levels, in a second
//! measure, given `分别`, or as rises of parts.

use super::*;

/// `专利从3000件增加到9000件，其中发明专利从300件增加到900件`: a whole
/// and parts each written as a change from one level to another hold at
/// both levels; the reading at the later ones, read from `其中`, gives the
/// one at the earlier ones.
pub(super) fn at_earlier_levels<'d>(
    doc: &'d Document,
    later: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    let whole = earlier_level(doc, later.whole)?;
    let parts = later
        .parts
        .iter()
        .map(|part| earlier_level(doc, part))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole,
        parts,
        stops_at_next: later.stops_at_next,
    })
}

/// `贫困户301户611人，其中173户349人`: a whole counted in two measures
/// printed together, and each part likewise: the reading in the first
/// measure gives the one in the second.
pub(super) fn in_second_measure<'d>(
    doc: &'d Document,
    first: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    let whole = paired(doc, first.whole)?;
    let parts = first
        .parts
        .iter()
        .map(|part| paired(doc, part).filter(|p| p.unit == whole.unit))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole,
        parts,
        stops_at_next: first.stops_at_next,
    })
}

/// `实施项目63个，完成投资65.5亿元，其中省级项目5个、市级20个，分别完成
/// 投资12.8亿元、37.2亿元`: the whole's measure in the clause right after
/// it, and each part's after `分别` in the same words, one figure a part
/// in their order: the parts' measures are parts of the whole's.
pub(super) fn measured_respectively<'d>(
    doc: &'d Document,
    first: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, last) = (first.whole, *first.parts.last()?);
    let measure = figure_after(doc, whole)?;
    if measure.span.start >= first.parts[0].span.start || !is_level(measure) {
        return None;
    }
    let words = text[whole.span.end..measure.span.start].strip_prefix('，')?;
    let words = SUMS_OVER_TIME
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    let n = words.chars().count();
    if !(2..=6).contains(&n) || !words.chars().all(crate::chars::is_han) {
        return None;
    }
    let rest = text[last.span.end..]
        .strip_prefix('，')?
        .strip_prefix("分别")?
        .strip_prefix(words)?;
    let start = text.len() - rest.len();
    let j = figures.partition_point(|f| f.span.start < start);
    let run = figures.get(j..j + first.parts.len())?;
    let listed = run.first()?.span.start == start
        && run
            .windows(2)
            .all(|p| text[p[0].span.end..p[1].span.start] == *"、")
        && run
            .iter()
            .all(|f| f.unit == measure.unit && is_level(f) && !is_threshold(text, f));
    // No more values listed than parts.
    let ends = !text[run.last()?.span.end..].starts_with('、');
    (listed && ends).then(|| PartReading {
        whole: measure,
        parts: run.iter().collect(),
        stops_at_next: first.stops_at_next,
    })
}

/// `赤字1.6万亿元，比去年增加2700亿元。其中，中央1.1万亿元，增加1700亿
/// 元；地方5000亿元，增加1000亿元`: parts that make up all of their whole
/// (their levels add up to its level as printed), each followed by its
/// rise as the whole is by its own: none of the parts fell, so each rise
/// is within the whole's. Not added up.
pub(super) fn rises_of_parts<'d>(
    doc: &'d Document,
    reading: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    if reading.parts.len() < 2 {
        return None;
    }
    let whole = reading.whole;
    let (low, high) = reading
        .parts
        .iter()
        .fold((0.0, 0.0), |(lo, hi), p| (lo + p.low, hi + p.high));
    if low > whole.high || high < whole.low {
        return None;
    }
    let whole_rise = rise_after(doc, whole)?;
    let rises = reading
        .parts
        .iter()
        .map(|p| rise_after(doc, p))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole: whole_rise,
        parts: rises,
        stops_at_next: true,
    })
}

/// The first figure after `figure`.
pub(super) fn figure_after<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let k = doc
        .figures
        .partition_point(|f| f.span.start < figure.span.end);
    doc.figures.get(k)
}

/// Words between a level and its rise over the year before.
pub(super) const RISE_LINKS: &[&str] = &["，增加", "，比去年增加", "，比上年增加", "，同比增加"];

/// The rise printed right after `level` (`，比上年增加5亿元`), of its unit.
pub(super) fn rise_after<'d>(doc: &'d Document, level: &Figure) -> Option<&'d Figure> {
    let rise = figure_after(doc, level)?;
    let link = doc.text.get(level.span.end..rise.span.start)?;
    (RISE_LINKS.contains(&link) && rise.unit == level.unit && rise.qualifier.is_none())
        .then_some(rise)
}

/// Words of a sum over time before a measure (`累计完成投资`).
pub(super) const SUMS_OVER_TIME: &[&str] = &["累计", "共计", "合计", "共"];

/// The count printed right after `figure` with nothing between, in
/// another unit (`301户611人`).
pub(super) fn paired<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let next = figure_after(doc, figure)?;
    (next.span.start == figure.span.end
        && next.kind == FigureKind::Count
        && figure.kind == FigureKind::Count
        && next.unit != figure.unit
        && is_level(next))
    .then_some(next)
}

/// The level `从3000件增加到` that `figure` changed from: the figure right
/// before it, of its unit, after `从` or `由`, with only a verb ending in
/// `到` or `至` between.
pub(super) fn earlier_level<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let k = doc
        .figures
        .partition_point(|f| f.span.start < figure.span.start);
    let earlier = doc.figures.get(k.checked_sub(1)?)?;
    let verb = text
        .get(earlier.span.end..figure.span.start)?
        .trim_matches(crate::chars::is_space);
    let verb = without_year(verb);
    let reads = verb.ends_with(['到', '至'])
        && verb.chars().count() <= 4
        && verb.chars().all(crate::chars::is_han);
    let from = without_per(without_year(
        text[..earlier.span.start].trim_end_matches(crate::chars::is_space),
    ))
    .ends_with(['从', '由']);
    (reads && from && earlier.unit == figure.unit && is_level(earlier)).then_some(earlier)
}

/// The words before a level without what it is measured per (`由每人每年`
/// is `由`).
pub(super) fn without_per(mut words: &str) -> &str {
    while let Some(rest) = words
        .strip_suffix(|c: char| PER.contains(c))
        .and_then(|w| w.strip_suffix('每'))
    {
        words = rest;
    }
    words
}

/// The words before a level without the year it is of (`由2020年的`,
/// `增加到2025年`).
pub(super) fn without_year(words: &str) -> &str {
    let w = words.strip_suffix('的').unwrap_or(words);
    let Some(rest) = w.strip_suffix('年') else {
        return words;
    };
    let digits = rest.trim_end_matches(|c: char| crate::chars::digit_value(c).is_some());
    if rest[digits.len()..].chars().count() == 4 {
        digits
    } else {
        words
    }
}
