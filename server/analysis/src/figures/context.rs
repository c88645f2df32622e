//! Clauses, and what a figure's clause says about it: the indicator and the
//! period written before it.
//!
//! A clause runs between `，；。：！？` (ASCII too) and line breaks; `、` joins
//! items inside a clause. A clause that opens with a growth word (`增长`,
//! `同比`, `下降`, `分别` …) continues the clause before it in the same
//! sentence: in `地区生产总值500亿元，增长5%` the 5% is also about 地区生产总值.

use std::ops::Range;

use super::chars::{arabic_digit, char_at, char_before, is_space};
use super::{Figure, FigureKind, Period, indicator, period};
use crate::chars::utf8_width;

/// The most bytes a clause is read on either side of an offset. No clause
/// of a report comes near it; text without breaks would otherwise make every
/// reader that looks up a clause per figure or cue scan to its ends
/// (quadratic: 64 KB of `甲、乙等3个` took 2.4 s).
pub const MAX_CLAUSE_BYTES: usize = 1024;

/// The clause of `text` containing byte `offset`: from after the previous
/// clause break to before the next one, cut at [`MAX_CLAUSE_BYTES`] on
/// either side. Scans only that clause.
pub fn clause_range(text: &str, offset: usize) -> Range<usize> {
    scan_clause(text, offset, MAX_CLAUSE_BYTES).0
}

/// The clause holding `offset` as [`clause_range`] finds it, scanning at
/// most `limit` bytes either side; with whether the scan stopped at the
/// limit rather than at a break or an end of the text (then, for a limit
/// below [`MAX_CLAUSE_BYTES`], the clause may be longer).
pub fn scan_clause(text: &str, offset: usize, limit: usize) -> (Range<usize>, bool) {
    let offset = offset.min(text.len());
    let offset = (0..=offset)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    // By bytes: a character is decoded only when its first byte may start
    // a break (this runs per figure and per cue of many readers).
    let bytes = text.as_bytes();
    let is_break_at = |at: usize| {
        BREAK_LEAD[usize::from(bytes[at])]
            && char_at(text, at).is_some_and(|c| is_break(text, at, c))
    };
    let mut cut = false;
    let mut start = offset;
    while start > 0 {
        let mut lead = start - 1;
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 {
            lead -= 1;
        }
        if is_break_at(lead) {
            break;
        }
        if offset - start >= limit {
            cut = true;
            break;
        }
        start = lead;
    }
    let mut end = offset;
    while end < bytes.len() {
        if is_break_at(end) {
            break;
        }
        if end - offset >= limit {
            cut = true;
            break;
        }
        end += utf8_width(bytes[end]);
    }
    (start..end, cut)
}

/// The clause breaks of a whole text, found once: [`clause_range`] by two
/// binary searches instead of a scan of up to [`MAX_CLAUSE_BYTES`] each
/// side (a reader asking per cue of a line without breaks paid 2 KB a cue).
#[derive(Clone, Debug, Default)]
pub struct ClauseBreaks {
    /// Each break's first byte and the byte after it, in text order.
    breaks: Vec<(usize, usize)>,
}

impl ClauseBreaks {
    pub fn new(text: &str) -> Self {
        ClauseBreaks {
            breaks: break_candidates(text)
                .filter(|&(i, c)| is_break(text, i, c))
                .map(|(i, c)| (i, i + c.len_utf8()))
                .collect(),
        }
    }

    /// The same range as [`clause_range`]`(text, offset)`, for the text the
    /// breaks were found in.
    pub fn clause_range(&self, text: &str, offset: usize) -> Range<usize> {
        let offset = floor_boundary(text, offset.min(text.len()));
        // The last break ending at or before `offset`, or the cut.
        let before = self.breaks.partition_point(|&(_, end)| end <= offset);
        let after_break = before.checked_sub(1).map_or(0, |i| self.breaks[i].1);
        let cut = offset
            .checked_sub(MAX_CLAUSE_BYTES)
            .map_or(0, |at| floor_boundary(text, at));
        let start = after_break.max(cut);
        // The first break starting at or after `offset`, or the cut.
        let next = self.breaks.partition_point(|&(at, _)| at < offset);
        let next_break = self.breaks.get(next).map_or(text.len(), |&(at, _)| at);
        let cut = ceil_boundary(text, offset.saturating_add(MAX_CLAUSE_BYTES));
        start..next_break.min(cut)
    }
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

fn is_break(text: &str, at: usize, c: char) -> bool {
    match c {
        '，' | '；' | '。' | '：' | '！' | '？' | '\n' | '\r' | ';' | '!' | '?' => true,
        // `1,200` and `9:30` are not breaks.
        ',' | ':' => {
            let digit_before = char_before(text, at).and_then(arabic_digit).is_some();
            let digit_after = char_at(text, at + c.len_utf8())
                .and_then(arabic_digit)
                .is_some();
            !(digit_before && digit_after)
        }
        _ => false,
    }
}

/// Bytes that may start a clause break: the full-width breaks all start
/// with byte 0xEF or 0xE3, the others are ASCII.
static BREAK_LEAD: [bool; 256] = {
    let mut table = [false; 256];
    let leads = [b'\n', b'\r', b';', b'!', b'?', b',', b':', 0xE3, 0xEF];
    let mut i = 0;
    while i < leads.len() {
        table[leads[i] as usize] = true;
        i += 1;
    }
    table
};

/// The characters that may break a clause, found by bytes (a table lookup
/// per byte: this runs over the whole text).
fn break_candidates(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| BREAK_LEAD[usize::from(**b)])
        .filter_map(move |(i, _)| {
            let c = char_at(text, i)?;
            is_break_char(c).then_some((i, c))
        })
}

fn is_sentence_break(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '\r')
}

/// Words that open a clause continuing the previous one.
const CONTINUATIONS: &[&str] = &[
    "增长",
    "同比",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "下降",
    "提高",
    "降低",
    "增加",
    "减少",
    "增速",
    "年均",
    "分别",
    "占",
    "达到",
];

/// Words that may close a clause that states only a period (`去年以来，`).
const PERIOD_LEAD_TAILS: &[&str] = &["以来", "来", "中", "里", "内", "上半年", "前三季度"];

/// A clause and the earlier clauses it continues, nearest first: at most
/// four, kept inline (one is read per figure).
#[derive(Clone, Copy)]
struct Chain {
    items: [usize; 4],
    len: usize,
}

impl std::ops::Deref for Chain {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        &self.items[..self.len]
    }
}

struct Clauses {
    /// Start offset of each clause, ascending; the first is 0.
    starts: Vec<usize>,
    /// Whether each clause starts a sentence.
    sentence: Vec<bool>,
    /// The first clause of each clause's sentence.
    sentence_of: Vec<usize>,
    len: usize,
}

impl Clauses {
    fn new(text: &str) -> Self {
        // Sized for a clause every 16 bytes (five or six characters), more
        // than a report writes: these live only while the figures are
        // placed, and growing three lists from one entry cost more.
        let capacity = text.len() / 16 + 1;
        let mut starts = Vec::with_capacity(capacity);
        let mut sentence = Vec::with_capacity(capacity);
        let mut sentence_of = Vec::with_capacity(capacity);
        starts.push(0);
        sentence.push(true);
        sentence_of.push(0);
        for (i, c) in break_candidates(text) {
            if is_break(text, i, c) {
                let index = starts.len();
                starts.push(i + c.len_utf8());
                let opens = is_sentence_break(c);
                sentence.push(opens);
                let lead = if opens { index } else { sentence_of[index - 1] };
                sentence_of.push(lead);
            }
        }
        Clauses {
            starts,
            sentence,
            sentence_of,
            len: text.len(),
        }
    }

    fn index_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|s| *s <= offset)
            .saturating_sub(1)
    }

    fn range(&self, i: usize) -> Range<usize> {
        let start = self.starts.get(i).copied().unwrap_or(self.len);
        let end = self.starts.get(i + 1).copied().unwrap_or(self.len);
        start..end
    }

    /// Clause `i` and the earlier clauses of its sentence that it continues.
    fn chain(&self, text: &str, i: usize) -> Chain {
        let mut chain = Chain {
            items: [i; 4],
            len: 1,
        };
        let mut at = i;
        while at > 0 && chain.len < chain.items.len() && !self.sentence[at] {
            let clause = &text[self.range(at)];
            let opening = clause.trim_start_matches(is_space);
            // The first byte before the word: most clauses continue nothing.
            let first = opening.as_bytes().first().copied();
            if !CONTINUATIONS
                .iter()
                .any(|w| w.as_bytes().first().copied() == first && opening.starts_with(w))
            {
                break;
            }
            at -= 1;
            chain.items[chain.len] = at;
            chain.len += 1;
        }
        chain
    }

    /// The first clause of the sentence holding clause `i`.
    fn sentence_start(&self, i: usize) -> usize {
        self.sentence_of.get(i).copied().unwrap_or(0)
    }
}

/// Mentions (sorted by start) lying inside `range`.
fn within<'m, T>(
    mentions: &'m [T],
    span: impl Fn(&T) -> &Range<usize>,
    range: &Range<usize>,
) -> &'m [T] {
    let lo = mentions.partition_point(|m| span(m).start < range.start);
    let hi = mentions.partition_point(|m| span(m).start < range.end);
    let lo = lo.min(hi);
    &mentions[lo..hi]
}

/// Fills in each figure's indicator and period.
pub(crate) fn attach(text: &str, figures: &mut [Figure], years: Vec<period::Mention>) {
    if figures.is_empty() {
        return;
    }
    let clauses = Clauses::new(text);
    // Indicators and periods are only read before a figure in its sentence:
    // matching there alone spares most of the text.
    // Each figure's clause and the clauses it continues, read once.
    let chains: Vec<Chain> = figures
        .iter()
        .map(|f| clauses.chain(text, clauses.index_of(f.span.start)))
        .collect();
    let read = reading_ranges(&clauses, figures, &chains);
    let indicators: Vec<indicator::Mention> = indicator::mentions_in(text, &read)
        .into_iter()
        // `占地区生产总值比重`: the indicator is the denominator of a share.
        .filter(|m| char_before(text, m.span.start) != Some('占'))
        .collect();
    let mut periods = period::mentions_in(text, &read);
    periods.extend(years);
    periods.sort_by_key(|m| m.span.start);
    let starts: Vec<usize> = figures.iter().map(|f| f.span.start).collect();
    let respectively_at: Vec<usize> = text.match_indices("分别").map(|(i, _)| i).collect();

    for (k, figure) in figures.iter_mut().enumerate() {
        let start = figure.span.start;
        let chain = chains[k];
        let ci = chain[0];
        let own = clauses.range(ci).start..start;

        // The last 分别 of the clause before the figure (binary search: a
        // long clause must not make this quadratic).
        let before_figure = respectively_at.partition_point(|p| *p < own.end);
        let last_respectively = respectively_at[..before_figure]
            .last()
            .filter(|p| **p >= own.start && **p + "分别".len() <= own.end);
        let indicator = match last_respectively {
            Some(&p) => respectively(&clauses, &chain, &indicators, &starts, k, p),
            None => last_indicator(&clauses, &chain, &indicators, &own),
        };
        // A duration or an age is not an indicator's value (`连续36年居全国首位`).
        let valued = !matches!(figure.kind, FigureKind::Duration | FigureKind::Other);
        if let Some(m) = indicator.filter(|_| valued) {
            figure.indicator = Some(m.canonical.to_string());
            figure.indicator_span = Some(m.span.clone());
        }
        figure.period = period_for(text, &clauses, &chain, &periods, &own);
    }
    clear_shared_indicator(text, figures);
}

/// Where indicators and periods may be read for `figures`: from the start
/// of each figure's sentence to the figure, merged.
fn reading_ranges(clauses: &Clauses, figures: &[Figure], chains: &[Chain]) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (figure, chain) in figures.iter().zip(chains) {
        let first = chain.last().copied().unwrap_or(chain[0]);
        let start = clauses.range(clauses.sentence_start(first)).start;
        let range = start..figure.span.start;
        match ranges.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => ranges.push(range),
        }
    }
    ranges
}

/// `城乡居民人均可支配收入同比增长4.7%、6.4%`: values of one unit listed with
/// `、` after one indicator name are several series under a collective name;
/// none of them is that indicator's value.
fn clear_shared_indicator(text: &str, figures: &mut [Figure]) {
    let mut i = 0;
    while i < figures.len() {
        let mut j = i;
        while j + 1 < figures.len()
            && text.get(figures[j].span.end..figures[j + 1].span.start) == Some("、")
            && figures[j + 1].unit == figures[i].unit
            && figures[j + 1].indicator_span == figures[i].indicator_span
        {
            j += 1;
        }
        if j > i && figures[i].indicator_span.is_some() {
            for figure in &mut figures[i..=j] {
                figure.indicator = None;
                figure.indicator_span = None;
            }
        }
        i = j + 1;
    }
}

fn last_indicator<'m>(
    clauses: &Clauses,
    chain: &[usize],
    indicators: &'m [indicator::Mention],
    own: &Range<usize>,
) -> Option<&'m indicator::Mention> {
    let here = within(indicators, |m| &m.span, own)
        .iter()
        .rev()
        .find(|m| m.span.end <= own.end);
    here.or_else(|| {
        chain[1..]
            .iter()
            .find_map(|j| within(indicators, |m| &m.span, &clauses.range(*j)).last())
    })
}

/// `A、B分别增长6%、7%`: the i-th figure after 分别 goes with the i-th
/// indicator before it, when the counts agree; otherwise with none.
fn respectively<'m>(
    clauses: &Clauses,
    chain: &[usize],
    indicators: &'m [indicator::Mention],
    figure_starts: &[usize],
    k: usize,
    at: usize,
) -> Option<&'m indicator::Mention> {
    let ci = chain[0];
    let clause = clauses.range(ci);
    let mut named = within(indicators, |m| &m.span, &(clause.start..at));
    if named.is_empty() {
        named = chain[1..]
            .iter()
            .map(|j| within(indicators, |m| &m.span, &clauses.range(*j)))
            .find(|found| !found.is_empty())
            .unwrap_or(&[]);
    }
    let first = figure_starts.partition_point(|s| *s < at);
    let last = figure_starts.partition_point(|s| *s < clause.end);
    let index = k.checked_sub(first)?;
    if last - first != named.len() {
        return None;
    }
    named.get(index)
}

fn period_for(
    text: &str,
    clauses: &Clauses,
    chain: &[usize],
    periods: &[period::Mention],
    own: &Range<usize>,
) -> Option<Period> {
    let pick = |found: &[period::Mention], limit: usize| -> Option<Period> {
        // The nearest few before the figure; 全年 yields to a year named with
        // it (`2022年全年`).
        let mut nearest = found.iter().rev().filter(|m| m.span.end <= limit).take(4);
        let first = nearest.next()?;
        if first.period != Period::WholeYear {
            return Some(first.period.clone());
        }
        let specific = nearest
            .find(|m| m.period != Period::WholeYear)
            .unwrap_or(first);
        Some(specific.period.clone())
    };
    if let Some(p) = pick(within(periods, |m| &m.span, own), own.end) {
        return Some(p);
    }
    for j in &chain[1..] {
        let range = clauses.range(*j);
        if let Some(p) = pick(within(periods, |m| &m.span, &range), range.end) {
            return Some(p);
        }
    }
    // `去年，全市…`: a clause that states only a period leads the sentence.
    let lead = clauses.sentence_start(chain[chain.len() - 1]);
    if lead == chain[chain.len() - 1] {
        return None;
    }
    let range = clauses.range(lead);
    let found = within(periods, |m| &m.span, &range);
    let [only] = found else {
        return None;
    };
    let before = text[range.start..only.span.start].trim_start_matches(is_space);
    let after =
        text[only.span.end..range.end].trim_end_matches(|c: char| is_space(c) || is_break_char(c));
    let lead_ok = matches!(before, "" | "在" | "从");
    let tail_ok = after.is_empty() || PERIOD_LEAD_TAILS.contains(&after);
    (lead_ok && tail_ok).then(|| only.period.clone())
}

fn is_break_char(c: char) -> bool {
    matches!(
        c,
        '，' | '；' | '。' | '：' | '！' | '？' | '\n' | '\r' | ';' | '!' | '?' | ',' | ':'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers exactly what the scan does, at every offset (inside
    /// characters too), near breaks, digit commas and the byte cut.
    #[test]
    fn clause_breaks_agree_with_the_scan() {
        let long = "甲、乙等3个".repeat(300);
        let texts = [
            String::new(),
            "推进改革，深化开放。1,200元；9:30开会:a,b\n第二行\r\n".to_string(),
            format!("开头，{long}，中间{long}。"),
            format!("{long}\n{}", "x".repeat(3000)),
            "，，。。\n\n".to_string(),
            // Two- and four-byte characters around breaks and the byte cut.
            format!(
                "é，{}ab{}é。c{}",
                "é".repeat(700),
                "𝄞".repeat(400),
                "é𝄞".repeat(300)
            ),
        ];
        for text in &texts {
            let breaks = ClauseBreaks::new(text);
            for offset in 0..=text.len() + 2 {
                assert_eq!(
                    breaks.clause_range(text, offset),
                    clause_range(text, offset),
                    "offset {offset} of {}",
                    text.len()
                );
            }
        }
    }
}
