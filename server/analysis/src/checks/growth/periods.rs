//! The years a change spans: dated levels, `五年来`, `“十三五”时期`, a period
//! named near the levels.

use super::*;

/// `从` or `由` right before the first level (after an optional year).
pub(super) fn starts_from(text: &str, figure: &Figure) -> bool {
    let before = chars_before(text, figure.span.start, 9);
    let before = strip_year(before);
    before.ends_with('从') || before.ends_with('由')
}

/// `1990年为A，1995年提高到B`: each level after its own year, the earlier
/// one's clause saying what it was (`为`), the later one's clause opening
/// with its year and a verb of reaching it: the two levels of one growth.
pub(super) fn dated_levels(text: &str, from: &Figure, to: &Figure) -> bool {
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
pub(super) fn dated_years(text: &str, from: &Figure, to: &Figure) -> Option<i32> {
    let between = text[from.span.end..to.span.start].strip_prefix(['，', ','])?;
    let later = between.chars().take(4).try_fold(0, |year, c| {
        crate::chars::digit_value(c).map(|d| year * 10 + d)
    })?;
    let n = i32::try_from(later).ok()? - year_before(text, from)?;
    (1..=30).contains(&n).then_some(n)
}

/// Drops a trailing `2019年的` / `1997年` / `去年的` / `2015年末的` /
/// `“十二五”末的` from the words before a level.
pub(super) fn strip_year(s: &str) -> &str {
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
pub(super) fn is_digit(c: char) -> bool {
    crate::chars::digit_value(c).is_some()
}

/// Whether the words between two readings name a period of their own
/// (`2020年`, `五年来`, `“十三五”期间`; not `连续四年`, a duration):
/// then the first one's years are not the second one's.
pub(super) fn names_a_period(s: &str) -> bool {
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
pub(super) fn year_before(text: &str, figure: &Figure) -> Option<i32> {
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

pub(super) fn years_between(text: &str, from: &Figure, to: &Figure) -> Option<i32> {
    let n = year_before(text, to)? - year_before(text, from)?;
    (1..=30).contains(&n).then_some(n)
}

/// How many paragraphs before the levels a period may be named.
pub(super) const PERIOD_LINES: usize = 8;

/// The period a paragraph names (`五年来`, `过去五年`, `这五年`, `五年间`,
/// `较五年前`, `“十三五”时期`), from the levels' paragraph back to a few
/// before it, the nearest first; `None` when none is named or a paragraph
/// names two.
pub(super) fn period_near(doc: &Document, at: usize) -> Option<i32> {
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
