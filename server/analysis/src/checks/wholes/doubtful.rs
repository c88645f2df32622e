//! Parts read under a whole whose reading is in doubt: the number is torn,
//! or the text names another whole for the part. A part above its whole
//! is told only when it is read one way.

use super::*;

/// `145. 8亿元`, `163 63亿元`: a figure right after a digit, or after a
/// digit and a point past a space, is the tail of a number a scan or a
/// line break tore apart; so is one after a digit and a glyph of a
/// private font (a point that did not convert). Which number was printed
/// is not known.
pub(super) fn torn(text: &str, figure: &Figure) -> bool {
    let before = &text[..figure.span.start];
    let private = |c: char| ('\u{E000}'..='\u{F8FF}').contains(&c);
    let trimmed = before.trim_end_matches(|c| crate::chars::is_space(c) || private(c));
    let trimmed = if trimmed.len() < before.len() {
        trimmed.strip_suffix(['.', '．']).unwrap_or(trimmed)
    } else {
        trimmed
    };
    trimmed
        .chars()
        .next_back()
        .is_some_and(|c| crate::chars::fold_width(c).is_ascii_digit())
}

/// `新批外资项目145个，其中超千万美元项目43个；新批内资项目767个，其中…`:
/// a later part broken down by a `其中` of its own is a total beside the
/// whole, not one of its parts. How many parts are read.
pub(super) fn broken_down_itself(text: &str, parts: &[&Figure]) -> usize {
    parts
        .iter()
        .skip(1)
        .position(|part| {
            let after = text[part.span.end..].trim_start_matches(crate::chars::is_space);
            let after = after.strip_prefix(['，', ',']).unwrap_or(after);
            after.starts_with("其中")
        })
        .map_or(parts.len(), |k| k + 1)
}

/// `新开工9万套，新竣工3万套，其中城区新开工5万套`, `全口径收入37亿元，
/// 地方级收入16亿元，其中市本级全口径收入19亿元`: when a figure of the
/// part's unit earlier in the whole's sentence holds the part and is named
/// more like it than the whole is (a longer run of characters in common),
/// the part may belong to that figure, and is not read under the whole.
/// `whole` and `part` come with their names ([`label`]).
pub(super) fn another_whole_named(
    doc: &Document,
    (whole, whole_name): (&Figure, &str),
    (part, name): (&Figure, &str),
) -> bool {
    let text = &doc.text;
    let as_whole = common_run(name, whole_name);
    let sentence = sentence_range(text, whole.span.start);
    let lo = doc
        .figures
        .partition_point(|f| f.span.start < sentence.start);
    let value = least(text, part);
    doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= whole.span.start)
        .any(|f| {
            f.span != part.span
                && f.unit == part.unit
                && is_level(f)
                && !is_change(text, f)
                && f.high >= value
                && {
                    let run = common_run(name, label(doc, f));
                    run >= 2 && run > as_whole
                }
        })
}

/// The longest run of Han characters `a` and `b` have in common, in
/// characters.
fn common_run(a: &str, b: &str) -> usize {
    // Each character's start, and the end of the last.
    let bounds: Vec<usize> = a.char_indices().map(|(i, _)| i).chain([a.len()]).collect();
    let mut best = 0;
    for start in 0..bounds.len() - 1 {
        let mut end = start + best + 1;
        while end < bounds.len()
            && a[bounds[start]..bounds[end]]
                .chars()
                .all(crate::chars::is_han)
            && b.contains(&a[bounds[start]..bounds[end]])
        {
            best = end - start;
            end += 1;
        }
    }
    best
}

/// `15家开发区…，其中11个产业园新投产企业91家`: a count of another unit
/// between `其中` and the first part picks some of the whole's things; the
/// part after it counts other things of theirs.
pub(super) fn other_things_counted_first(doc: &Document, whole: &Figure, first: &Figure) -> bool {
    if whole.kind != FigureKind::Count {
        return false;
    }
    let text = &doc.text;
    let Some(cue) = text
        .get(whole.span.end..first.span.start)
        .and_then(|between| between.rfind("其中"))
    else {
        return false;
    };
    let from = whole.span.end + cue;
    // `贫困户301户611人…，其中173户349人`: a unit the whole's clause counts
    // too runs alongside it.
    let clause = doc.clause_range(whole.span.start);
    let in_clause = |unit: &str| {
        let lo = doc.figures.partition_point(|f| f.span.start < clause.start);
        doc.figures[lo..]
            .iter()
            .take_while(|f| f.span.end <= clause.end)
            .any(|f| same_unit(&f.unit, unit))
    };
    let lo = doc.figures.partition_point(|f| f.span.start < from);
    doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= first.span.start)
        .any(|f| {
            f.kind == FigureKind::Count && !same_unit(&f.unit, &whole.unit) && !in_clause(&f.unit)
        })
}

/// `生产总值的年增长首次突破100亿元。其中，第一产业增加值…`: a whole named
/// as an increase (`增长`, `增量`, `净增` before it in its clause, not
/// `增长到`) is a change, whatever words stand between; its parts' levels
/// are not within it.
pub(super) fn increase_named(whole_name: &str) -> bool {
    ["增长", "增量", "净增"].iter().any(|w| {
        whole_name.match_indices(w).any(|(at, _)| {
            let after = &whole_name[at + w.len()..];
            !after.starts_with(['到', '至', '为', '了']) && !after.is_empty()
        })
    })
}

/// `日均受理293件，累计办结18475件`: an average per day (or month, or
/// year) holds no running total. Given the names ([`label`]) of the whole
/// and of its parts.
pub(super) fn average_of_running_total(whole_name: &str, names: &[&str]) -> bool {
    let averaged = ["日均", "月均", "年均", "平均"]
        .iter()
        .any(|w| whole_name.contains(w));
    averaged && names.iter().any(|name| name.contains("累计"))
}
