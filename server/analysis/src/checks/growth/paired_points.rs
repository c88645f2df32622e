//! Points between two rates of one `分别` list: `城镇、农村居民收入分别增长
//! 5.2%、6.8%，农村居民收入增速快于城镇居民1.6个百分点`.
//!
//! The rates carry no indicator of their own (one name is shared by the
//! list), so the two groups compared are found among the list's subjects by
//! name: each must name exactly one subject, and not the same one. `城乡`
//! names two subjects in one word, the town's and the country's in turn.

use std::collections::HashMap;

use super::*;
use crate::checks::{RespectivelyReading, respectively_readings};

/// Words that join the subjects of a `分别` list.
const JOINS: &[char] = &['、', '和', '与', '及'];

/// The reading of the points figure `doc.figures[i]` when the rate before
/// it closes a `分别` list of growth rates and the comparison names two of
/// the list's subjects.
/// The document's `分别` readings, read once for every points figure, by
/// where their last value stands.
#[derive(Default)]
pub(super) struct ListsByLastValue {
    readings: Vec<RespectivelyReading>,
    by_last: HashMap<(usize, usize), usize>,
}

impl ListsByLastValue {
    fn read(doc: &Document) -> Self {
        let readings = respectively_readings(doc);
        let mut by_last = HashMap::new();
        for (k, r) in readings.iter().enumerate() {
            if let Some(last) = r.values.last() {
                // The first reading ending there, as a search in order finds.
                by_last.entry((last.start, last.end)).or_insert(k);
            }
        }
        ListsByLastValue { readings, by_last }
    }

    fn ending_at(&self, last: &Range<usize>) -> Option<&RespectivelyReading> {
        let k = self.by_last.get(&(last.start, last.end))?;
        self.readings.get(*k)
    }
}

pub(super) fn paired_rates<'d>(
    doc: &'d Document,
    i: usize,
    lists: &mut Option<ListsByLastValue>,
) -> Option<PointsReading<'d>> {
    let text = doc.text.as_str();
    let change = &doc.figures[i];
    let last = doc.figures.get(i.checked_sub(1)?)?;
    let link = text.get(last.span.end..change.span.start)?;
    let link = link.strip_prefix('，').or_else(|| link.strip_prefix(','))?;
    let (sign, subject, rest) = compared_link(link)?;
    let left = group_of(subject)?;
    let right = group_of(rest)?;
    // Cheap before the `分别` lists are read: the sentence must hold one.
    let sentence = sentence_range(text, last.span.start);
    let cues = &doc.cues.respectively;
    let first_in = cues.partition_point(|&at| at < sentence.start);
    if cues.get(first_in).is_none_or(|&at| at >= sentence.end) {
        return None;
    }
    let reading = lists
        .get_or_insert_with(|| ListsByLastValue::read(doc))
        .ending_at(&last.span)?;
    // The list's values fit its subjects; the names are split below.
    let (min, max) = reading.subjects;
    let n = reading.values.len();
    if !(min..=max).contains(&n) {
        return None;
    }
    let rates: Vec<&Figure> = reading
        .values
        .iter()
        .map(|v| {
            let k = doc.figures.partition_point(|f| f.span.start < v.start);
            doc.figures[k..]
                .iter()
                .take_while(|f| f.span.start == v.start)
                .find(|f| &f.span == v)
        })
        .collect::<Option<_>>()?;
    // Growth rates of one kind: `增长` right before the first, each a percent.
    growth_rate(text, rates[0])?;
    if rates.iter().any(|f| f.kind != FigureKind::Percent) {
        return None;
    }
    let words = text.get(reading.subjects_range.clone())?;
    let items: Vec<&str> = words.split(JOINS).collect();
    let (to, from) = if n == 2 && words.starts_with("城乡") && !words.contains(JOINS) {
        // `城乡居民收入分别增长…`: one word for the town and the country,
        // always in that order.
        (urban_or_rural(left)?, urban_or_rural(right)?)
    } else {
        // `城镇居民收入A元，农村居民收入B元，分别增长…`: subjects read from
        // the clauses before, one figure each; the last ones are the list's.
        let items = if items.len() == n {
            items
        } else {
            clause_subjects(words, n)?
        };
        if items.iter().any(|s| s.is_empty()) {
            return None;
        }
        (
            only_item_naming(&items, left)?,
            only_item_naming(&items, right)?,
        )
    };
    let (to, from) = (rates[to], rates[from]);
    if std::ptr::eq(to, from) {
        return None;
    }
    Some(PointsReading {
        from,
        to,
        change,
        sign,
    })
}

/// The last `n` clauses of `words`, when there are so many: the subjects
/// a `分别` list reads from the clauses before it.
fn clause_subjects(words: &str, n: usize) -> Option<Vec<&str>> {
    let clauses: Vec<&str> = words
        .split(['，', ','])
        .filter(|c| !c.trim().is_empty())
        .collect();
    let first = clauses.len().checked_sub(n)?;
    Some(clauses[first..].to_vec())
}

/// The group a side of the comparison names: its first two Han characters
/// (`农村` of `农村居民收入增速`), when the side is a name and no more.
fn group_of(side: &str) -> Option<&str> {
    let side = ["增速", "增幅", "增长速度", "增长"]
        .iter()
        .find_map(|w| side.strip_suffix(w))
        .unwrap_or(side);
    let mut chars = side.char_indices();
    let (_, a) = chars.next()?;
    let (end, b) = chars.next().map(|(at, c)| (at + c.len_utf8(), c))?;
    let name_only = side.chars().count() <= 10 && side.chars().all(crate::chars::is_han);
    (name_only && crate::chars::is_han(a) && crate::chars::is_han(b)).then(|| &side[..end])
}

/// Which of `城乡` a group names: the town first, the country second.
fn urban_or_rural(group: &str) -> Option<usize> {
    match group {
        "城镇" | "城市" | "城区" => Some(0),
        "农村" | "乡村" | "农民" => Some(1),
        _ => None,
    }
}

/// The one item of the list that holds `group`.
fn only_item_naming(items: &[&str], group: &str) -> Option<usize> {
    let mut found = items.iter().enumerate().filter(|(_, s)| s.contains(group));
    let (at, _) = found.next()?;
    found.next().is_none().then_some(at)
}
