//! `城镇居民人均可支配收入68420元…；农村居民人均可支配收入38960元…；城乡
//! 居民收入比为1.76`: the town-to-country income ratio is the town's income
//! over the country's, both printed before it in its paragraph.

use super::Sink;
use crate::checks::figure_text::{chars_before, is_plain_level, number};
use crate::diagnostic::{Finding, Related, RelatedKind, ShareOfWhole};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words between `收入比` and the ratio's last value.
const TO_WORDS: &[&str] = &[
    "缩小到",
    "缩小至",
    "缩小为",
    "下降到",
    "下降至",
    "降至",
    "降低到",
    "降低至",
    "为",
    "是",
    "达到",
];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    // Bytes first: the ratio's name is rare.
    for at in memchr::memmem::find_iter(text.as_bytes(), "收入比".as_bytes()) {
        let _ = check_at(doc, at, sink);
    }
}

fn check_at(doc: &Document, at: usize, sink: &mut Sink) -> Option<()> {
    let text = &doc.text;
    let lead = chars_before(text, at, 4);
    if !(lead.ends_with("城乡居民") || lead.ends_with("城乡")) {
        return None;
    }
    let after = at + "收入比".len();
    let (printed, range) = last_value(text, after)?;
    // The levels: in the ratio's paragraph, before it.
    let line = doc.lines.get(doc.line_at(at))?.range.clone();
    if at.saturating_sub(line.start) > crate::text::MAX_SENTENCE_BYTES {
        return None;
    }
    let first = doc.figures.partition_point(|f| f.span.start < line.start);
    let levels: Vec<&Figure> = doc.figures[first..]
        .iter()
        .take_while(|f| f.span.end <= at)
        .filter(|f| f.kind == FigureKind::Amount && f.unit == "元" && f.qualifier.is_none())
        .collect();
    let (town, country) = town_and_country(doc, &levels)?;
    let low = town.low / country.high;
    let high = town.high / country.low;
    let decimals = range
        .len()
        .saturating_sub(text[range.clone()].find('.').map_or(range.len(), |p| p + 1));
    let half = 0.5 * 10f64.powi(-(decimals as i32));
    if printed + half < low || printed - half > high {
        sink.push(
            range,
            Finding::IncomeRatioMismatch(Box::new(ShareOfWhole {
                share: number(printed, decimals),
                part: town.text(text).to_string(),
                whole: country.text(text).to_string(),
                implied: number(town.value / country.value, decimals.max(2)),
            })),
            vec![Related {
                file: None,
                range: country.span.clone(),
                kind: RelatedKind::Whole,
            }],
        );
    }
    Some(())
}

/// The ratio's value after its name, the last of `由A缩小到B`: a number
/// with a decimal point, then no unit (a break, or `∶1`).
fn last_value(text: &str, after: usize) -> Option<(f64, std::ops::Range<usize>)> {
    let rest = &text[after..];
    let clause_end = rest
        .find(['，', ',', '。', '；', ';', '\n'])
        .unwrap_or(rest.len());
    let clause = &rest[..clause_end];
    // `由2.30缩小到2.09`: the value after the last verb.
    let (k, word) = TO_WORDS
        .iter()
        .filter_map(|w| clause.rfind(w).map(|k| (k, *w)))
        .max_by_key(|(k, w)| (*k, w.len()))?;
    let start = after + k + word.len();
    let digits = text[start..]
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len() - start);
    let mut end = start + digits;
    let mut tail = &text[end..after + clause_end];
    // `收入比为2.06.`: a draft's half-width full stop closes the value.
    if text[start..end].ends_with('.') {
        end -= 1;
        tail = "";
    }
    let value_text = &text[start..end];
    if !value_text.contains('.') || !(tail.is_empty() || tail == "∶1" || tail == ":1") {
        return None;
    }
    // Only the verb between the name and the value (or `由A…到`).
    let between = &text[after..after + k];
    if !(between.is_empty() || between.starts_with('由') || between.starts_with('从')) {
        return None;
    }
    Some((value_text.parse().ok()?, start..end))
}

/// Whether a level after `name` is among the earlier levels of `由A、B提高到
/// C、D` (past `由` or `从`, before `到`).
fn among_earlier_levels(name: &str) -> bool {
    name.rfind(['由', '从'])
        .is_some_and(|at| !name[at..].contains(['到', '至']))
}

/// The one town income and the one country income among `levels`, each
/// named in its clause (`城镇…可支配收入68420元`), or named in turn before
/// `分别` (`城镇、农村居民人均可支配收入分别为A和B`). An earlier level of
/// `由A增加到B` is no current one.
fn town_and_country<'d>(doc: &Document, levels: &[&'d Figure]) -> Option<(&'d Figure, &'d Figure)> {
    let text = &doc.text;
    let mut town = Vec::new();
    let mut country = Vec::new();
    for (i, f) in levels.iter().enumerate() {
        let clause = doc.clause_range(f.span.start);
        let name = &text[clause.start.min(f.span.start)..f.span.start];
        if !name.contains("可支配收入") || !name.contains("人均") || !is_plain_level(text, f)
        {
            continue;
        }
        let before = chars_before(text, f.span.start, 1);
        if before == "由" || before == "从" || among_earlier_levels(name) {
            continue;
        }
        let has_town = name.contains("城镇") || name.contains("城市");
        let has_country = ["农村", "农民", "农牧民"].iter().any(|w| name.contains(w));
        match (has_town, has_country) {
            (true, false) => town.push(*f),
            (false, true) => country.push(*f),
            (true, true) => {
                // Both named in turn, then `分别` and two levels.
                let t = name.find("城镇").or_else(|| name.find("城市"))?;
                let c = ["农村", "农民", "农牧民"]
                    .iter()
                    .find_map(|w| name.find(w))?;
                let next = levels.get(i + 1)?;
                let same_clause = doc.clause_range(next.span.start) == clause
                    || text[f.span.end..next.span.start].chars().count() <= 2;
                if t < c && name.contains("分别") && same_clause && town.is_empty() {
                    town.push(*f);
                    country.push(*next);
                }
                break;
            }
            (false, false) => {}
        }
    }
    match (town.as_slice(), country.as_slice()) {
        ([t], [c]) => Some((t, c)),
        _ => None,
    }
}
