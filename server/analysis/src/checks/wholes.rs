//! part-exceeds-whole and parts-exceed-whole: `其中` and the parts after it.
//!
//! `落实减税降费8.3亿元,其中缓税2.7亿元,六税两费减免7154万元`: the whole is
//! the last level figure before `其中` with the parts' unit; the parts are
//! the level figures of that unit after it, up to the end of the sentence.
//! Changes (`增加5亿元`) are skipped on both sides: a part's increase can
//! exceed the whole's when another part fell.

use std::ops::Range;

use super::Sink;
use super::figure_text::{
    chars_before, ends_sentence, figures_in, is_change, is_level, number, sentence_range,
};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::Figure;

/// Words after which a figure is no longer one of the parts (`带动投资`).
const LEAVES_PARTS: &[&str] = &[
    "新增", "带动", "拉动", "撬动", "吸引", "完成", "占", "累计", "总计", "合计", "共计",
];

/// Words that nest a part inside the previous one (`其中工业投资…，技改投资`
/// may be inside 工业投资), so parts cannot be added up.
const NESTS: &[&str] = &["含", "包括", "其中"];

/// A `其中` read: its whole and the parts of the whole's unit after it.
#[derive(Clone, Debug, PartialEq)]
pub struct PartReading<'d> {
    pub whole: &'d Figure,
    pub parts: Vec<&'d Figure>,
    /// A later `其中` ends these parts: they nest, and do not add up.
    pub stops_at_next: bool,
}

/// Every `其中` whose whole and parts could be read.
pub fn part_readings(doc: &Document) -> Vec<PartReading<'_>> {
    let of_which = &doc.cues.of_which;
    (0..of_which.len())
        .flat_map(|i| {
            read_at(doc, of_which, i)
                .into_iter()
                .chain(labelled_at(doc, of_which, i))
        })
        .collect()
}

pub(super) fn check(doc: &Document, cues: &Cues, sink: &mut Sink) {
    let of_which = &cues.of_which;
    for i in 0..of_which.len() {
        if let Some(reading) = read_at(doc, of_which, i) {
            check_one(doc, &reading, sink);
        }
        for reading in labelled_at(doc, of_which, i) {
            check_one(doc, &reading, sink);
        }
    }
}

/// `项目63个、总投资625亿元，其中…项目10个、总投资397.7亿元`: the parts
/// of `其中` in units other than its first part's, each paired with the
/// one whole before `其中` named alike (`总投资` with `总投资`, `年度计划投资`
/// with `年度计划投资`); a part no whole or several name alike is left out.
fn labelled_at<'d>(doc: &'d Document, of_which: &[usize], i: usize) -> Vec<PartReading<'d>> {
    let text = &doc.text;
    let at = of_which[i];
    let previous = i.checked_sub(1).map(|p| of_which[p] + "其中".len());
    let next = of_which.get(i + 1).copied();
    let after = at + "其中".len();
    let opens = chars_before(text, at, 1)
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '，' | ',' | '；' | '（' | '(' | '、' | '。'));
    if !opens {
        return Vec::new();
    }
    let end = sentence_end(text, after, next);
    // Only parts in a second unit need this reading.
    let figures = figures_in(doc, &(after..end));
    if figures.iter().all(|f| f.unit == figures[0].unit) {
        return Vec::new();
    }
    let parts = parts_of(doc, &(after..end));
    let Some(first) = parts.first() else {
        return Vec::new();
    };
    let whole_sentence = whole_sentence(text, at, previous);
    let wholes: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| {
            is_level(f)
                && !is_change(text, f)
                && !is_threshold(text, f)
                && !is_base(doc, f)
                && !in_brackets(&text[whole_sentence.start..f.span.start])
        })
        .collect();
    let mut out = Vec::new();
    for part in parts.iter().filter(|p| p.unit != first.unit) {
        let name = label(doc, part);
        if name.chars().count() < 2 {
            continue;
        }
        // Named alike: one name ends with the other (`省百大项目完成投资`
        // with `完成投资`; not `年度计划投资` with `总投资`).
        let named: Vec<&&Figure> = wholes
            .iter()
            .filter(|w| {
                let whole_name = label(doc, w);
                w.unit == part.unit
                    && whole_name.chars().count() >= 2
                    && (name.ends_with(whole_name) || whole_name.ends_with(name))
            })
            .collect();
        if let [whole] = named.as_slice() {
            out.push(PartReading {
                whole,
                parts: vec![part],
                stops_at_next: true,
            });
        }
    }
    out
}

/// The words naming a figure: from the start of its clause, the last `、`
/// or the figure before it, with a verb (`完成`, `达到`) set aside.
fn label<'t>(doc: &'t Document, figure: &Figure) -> &'t str {
    let text = &doc.text;
    // The clause's start, within a few hundred bytes (a name is short).
    let mut from = figure.span.start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut start = text[from..figure.span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| {
            matches!(
                c,
                '，' | '；' | '。' | '：' | '！' | '？' | '\n' | ',' | ';'
            )
        })
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    if let Some(p) = text[start..figure.span.start].rfind('、') {
        start += p + '、'.len_utf8();
    }
    let lo = doc.figures.partition_point(|f| f.span.end <= start);
    if let Some(f) = doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= figure.span.start)
        .last()
    {
        start = start.max(f.span.end);
    }
    let mut name = text[start..figure.span.start].trim_matches(crate::chars::is_space);
    for verb in ["完成", "达到", "实现", "为", "达", "约", "超"] {
        name = name.strip_suffix(verb).unwrap_or(name);
    }
    name
}

/// The `其中` at `of_which[i]`, read only up to its neighbours: a sentence
/// of many would otherwise be read once per cue.
fn read_at<'d>(doc: &'d Document, of_which: &[usize], i: usize) -> Option<PartReading<'d>> {
    let at = of_which[i];
    let previous = i.checked_sub(1).map(|p| of_which[p] + "其中".len());
    let next = of_which.get(i + 1).copied();
    read_one(doc, at, previous, next)
}

fn read_one(
    doc: &Document,
    at: usize,
    previous: Option<usize>,
    next: Option<usize>,
) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let after = at + "其中".len();
    // `其中` that opens the parts: after a clause break, before a figure's words.
    let opens = chars_before(text, at, 1)
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '，' | ',' | '；' | '（' | '(' | '、' | '。'));
    if !opens {
        return None;
    }
    let mut end = sentence_end(text, after, next);
    let mut parts: Vec<&Figure> = parts_of(doc, &(after..end));
    let first = parts.first().copied()?;
    // `其中，一产20亿元，增长5%；二产84亿元，…`: the parts may run on over
    // `；`, each clause naming one more part of the same unit first.
    while text[end..].starts_with('；') && Some(end) != next {
        let from = end + '；'.len_utf8();
        let to = sentence_end(text, from, next);
        let more = parts_of(doc, &(from..to));
        // Each clause names its part like the first does (`第一产业增加值`,
        // `第二产业增加值`; `税收收入`, `非税收入`): the names end alike.
        let opens_part = more.first().is_some_and(|f| {
            f.unit == first.unit
                && !text[from..f.span.start].contains(['，', ','])
                && names_alike(&text[after..first.span.start], &text[from..f.span.start])
        });
        if !opens_part || starts_with_task(&text[from..to]) {
            break;
        }
        parts.extend(more);
        end = to;
    }
    // Parts after a later `其中` are that one's parts, nested in these.
    let stops_at_next = next == Some(end);
    // The whole: in the sentence before `其中` (or, when `其中` opens a
    // sentence, the one before it).
    let whole_sentence = whole_sentence(text, at, previous);
    // A breakdown in brackets (`130个（产业项目68个，…）`) is no whole.
    let before: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| !in_brackets(&text[whole_sentence.start..f.span.start]))
        .collect();
    // The whole is the last figure of the parts' unit: a rate or a sum of
    // money between it and `其中` (`完成投资9亿元，完成率110%，其中…`)
    // measures something else.
    let mut index = before
        .iter()
        .rposition(|f| f.unit == first.unit && !is_threshold(text, f) && !is_base(doc, f))?;
    // `总数达26.4万户、净增4万户，其中…`: a change right after the level
    // it changes is no whole; the level is.
    if index >= 1 && is_change(text, before[index]) {
        let level = before[index - 1];
        if level.unit == first.unit
            && is_level(level)
            && !is_change(text, level)
            && !is_threshold(text, level)
            && !is_base(doc, level)
        {
            index -= 1;
        }
    }
    let whole = before[index];
    if !is_level(whole) || is_change(text, whole) {
        return None;
    }
    // Only what stands in the whole's clause or after it: a figure of the
    // parts' unit must not be skipped over.
    if before[index + 1..].iter().any(|f| {
        is_level(f) && f.unit == first.unit && !is_threshold(text, f) && !is_change(text, f)
    }) {
        return None;
    }
    // An average (`年均超收2040亿元`) or a rate per head (`每千人6.5批次`)
    // is no whole of anything.
    let whole_clause = doc.clause_range(whole.span.start);
    let lead = &text[whole_clause.start..whole.span.start];
    if lead.contains("均") || lead.contains('每') {
        return None;
    }
    // A list of wholes (`A 10亿元、B 5亿元，其中`) has no single whole.
    if index >= 1 {
        let previous = &before[index - 1];
        if previous.unit == whole.unit && text[previous.span.end..whole.span.start].contains('、')
        {
            return None;
        }
    }
    let parts = parts.into_iter().filter(|p| p.unit == whole.unit).collect();
    Some(PartReading {
        whole,
        parts,
        stops_at_next,
    })
}

fn check_one(doc: &Document, reading: &PartReading, sink: &mut Sink) {
    let text = &doc.text;
    let whole = reading.whole;
    let parts = &reading.parts;
    let Some(first) = parts.first() else {
        return;
    };
    let whole_text = whole.text(text).to_string();
    let related = vec![Related {
        file: None,
        range: whole.span.clone(),
        kind: RelatedKind::Whole,
    }];
    let mut one_exceeds = false;
    for part in parts {
        if part.low > whole.high {
            one_exceeds = true;
            sink.push(
                part.span.clone(),
                Finding::PartExceedsWhole {
                    part: part.text(text).to_string(),
                    whole: whole_text.clone(),
                },
                related.clone(),
            );
        }
    }
    if one_exceeds || parts.len() < 2 || reading.stops_at_next {
        return;
    }
    // Nested parts, or a part's old and new level (`由40元提高到80元`),
    // cannot be added up.
    let nested = parts.windows(2).any(|pair| {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        NESTS.iter().any(|w| gap.contains(w)) || gap.contains('到') || gap.contains('至')
    });
    let sum: f64 = parts.iter().map(|p| p.low).sum();
    if !nested && sum > whole.high {
        let last = parts.last().map_or(first.span.clone(), |p| p.span.clone());
        sink.push(
            parts[0].span.start..last.end,
            Finding::PartsExceedWhole {
                parts: parts.iter().map(|p| p.text(text).to_string()).collect(),
                sum: sum_text(whole, sum),
                whole: whole_text,
            },
            related,
        );
    }
}

/// Where the sentence holding `from` ends, or `limit` if that comes first.
fn sentence_end(text: &str, from: usize, limit: Option<usize>) -> usize {
    let limit = limit.unwrap_or(text.len()).clamp(from, text.len());
    text[from..limit]
        .char_indices()
        .find(|(_, c)| ends_sentence(*c))
        .map_or(limit, |(i, _)| from + i)
}

/// Where the whole of the `其中` at `at` is looked for: its sentence up to
/// `at`, or, when `其中` opens a sentence, the sentence before it.
fn whole_sentence(text: &str, at: usize, previous: Option<usize>) -> Range<usize> {
    let (start, opens_sentence) = sentence_start(text, at, previous);
    if opens_sentence && start >= at.saturating_sub(3) {
        sentence_range(text, start.saturating_sub(1))
    } else {
        start..at
    }
}

/// Where the sentence holding `to` starts, or `floor` if that comes first;
/// and whether a sentence boundary (not the floor) was reached.
fn sentence_start(text: &str, to: usize, floor: Option<usize>) -> (usize, bool) {
    let floor = floor.unwrap_or(0).min(to);
    match text[floor..to]
        .char_indices()
        .rev()
        .find(|(_, c)| ends_sentence(*c))
    {
        Some((i, c)) => (floor + i + c.len_utf8(), true),
        None => (floor, floor == 0),
    }
}

/// The level figures after `其中` up to the sentence's end, stopping at a
/// word that leaves the parts.
fn parts_of<'d>(doc: &'d Document, range: &Range<usize>) -> Vec<&'d Figure> {
    let text = &doc.text;
    let mut parts = Vec::new();
    let mut from = range.start;
    // `其中口袋公园3个，改造绿道4个`: a clause led by a verb of its own
    // states another task, not a part; unless the parts are tasks too
    // (`其中新建3所，改扩建5所`).
    let parts_are_tasks = starts_with_task(&text[range.clone()]);
    for figure in figures_in(doc, range) {
        let gap = &text[from..figure.span.start];
        let new_task = gap
            .rsplit(['，', ','])
            .next()
            .filter(|_| gap.contains(['，', ',']))
            .is_some_and(starts_with_task);
        // The first part's own verb (`其中：税收收入完成15亿元`) is no
        // word that leaves the parts.
        let leaves = holds_leaving_word(gap, parts.is_empty());
        if gap.chars().any(ends_sentence) || leaves || (new_task && !parts_are_tasks) {
            break;
        }
        from = figure.span.end;
        if is_level(figure)
            && !is_change(text, figure)
            && !is_threshold(text, figure)
            && !is_base(doc, figure)
        {
            parts.push(figure);
        }
    }
    parts
}

/// Whether two parts' names end with the same two characters, once their
/// verbs (`完成`, `达到`) are set aside.
fn names_alike(a: &str, b: &str) -> bool {
    fn name(s: &str) -> Vec<char> {
        let mut s = s.trim_matches(|c: char| {
            crate::chars::is_space(c) || matches!(c, '：' | ':' | '，' | ',')
        });
        for verb in ["完成", "达到", "实现", "为", "达", "约"] {
            s = s.strip_suffix(verb).unwrap_or(s);
        }
        s.chars().collect()
    }
    let (a, b) = (name(a), name(b));
    a.len() >= 2 && b.len() >= 2 && a[a.len() - 2..] == b[b.len() - 2..] && a != b
}

/// Whether `s` leaves a bracket open.
fn in_brackets(s: &str) -> bool {
    let open = s.matches(['（', '(']).count();
    let close = s.matches(['）', ')']).count();
    open > close
}

/// Whether `gap` holds a word of [`LEAVES_PARTS`] (before the first part,
/// not one of [`OWN_VERBS`]). One pass over the gap's characters, a word
/// compared only where its first character stands: eleven substring
/// searches per figure were a fifth of a long sentence's check.
fn holds_leaving_word(gap: &str, before_first_part: bool) -> bool {
    gap.char_indices().any(|(i, c)| {
        LEAVES_PARTS.iter().any(|w| {
            w.starts_with(c)
                && gap[i..].starts_with(w)
                && !(before_first_part && OWN_VERBS.contains(w))
        })
    })
}

/// `s` without every leading repetition of `word`.
fn strip_all<'s>(mut s: &'s str, word: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(word) {
        s = rest;
    }
    s
}

/// Words of [`LEAVES_PARTS`] that may be the first part's own verb.
const OWN_VERBS: &[&str] = &["完成", "新增"];

/// A bound that names a class of the parts (`其中10亿元以上项目16个`): a
/// figure with `以上`/`以下` right before the words it qualifies.
fn is_threshold(text: &str, figure: &Figure) -> bool {
    // `26个省重点项目`: a count before the things it counts, not a class
    // bound (that takes `以上`/`以下`: `3个以上`).
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .any(|w| text[figure.span.end..].starts_with(w));
    if figure.kind == crate::figures::FigureKind::Count && !bound {
        return false;
    }
    // Prefixes stripped one at a time: `trim_start_matches` with a word
    // sets up a substring searcher each call, and this runs per figure.
    let after = ["及以上", "以上", "以下"]
        .iter()
        .fold(&text[figure.span.end..], |s, w| strip_all(s, w));
    // `100亿元企业`, `10亿元以上项目`: the figure names a class of the
    // words after it; a part ends its clause or joins the next part.
    after
        .chars()
        .next()
        .is_some_and(|c| crate::chars::is_han(c) && !matches!(c, '和' | '及' | '与' | '或' | '的'))
        && !["左右", "上下"].iter().any(|w| after.starts_with(w))
}

/// `比上年的704亿元`, `由40元`: an earlier level the figure is compared
/// with, neither a whole nor a part.
fn is_base(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    let clause = doc.clause_range(figure.span.start);
    let lead = &text[clause.start..figure.span.start];
    let lead = lead.trim_end_matches(crate::chars::is_space);
    (lead.ends_with('的') && lead.contains(['比', '较', '由', '从']))
        || lead.ends_with('由')
        || lead.ends_with('从')
        || lead.ends_with('比')
}

/// Verbs that open a clause stating a task of its own.
const TASKS: &[&str] = &[
    "新建",
    "改造",
    "改扩建",
    "建成",
    "建设",
    "实施",
    "开工",
    "启动",
    "打造",
    "推进",
    "修建",
    "整治",
    "提升",
    "完成",
    "举办",
    "培育",
    "引进",
];

fn starts_with_task(clause: &str) -> bool {
    let clause = clause.trim_start_matches(crate::chars::is_space);
    TASKS.iter().any(|t| clause.starts_with(t))
}

/// The sum written in the whole's scale (`11.2亿元`).
fn sum_text(whole: &Figure, sum: f64) -> String {
    let (scale, word) = if whole.unit.contains('元') && sum >= 1e7 {
        (1e8, "亿")
    } else if sum >= 1e4 {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    format!("{}{word}{}", number(sum / scale, 4), whole.unit)
}
