//! `实施“四提”工程。` and then paragraphs each opening with one thing it
//! counts (`产业提质工程。…` `设施提升工程。…`), or sentences each opening
//! with one (`推进“两化”建设。推进甲化，…。加快乙化，…。`): a quoted slogan
//! no list defines, spelled out by the run of openings after it. The
//! openings are read as its list, as a note's items would be.
//!
//! Read only where the run is closed and every unit of it has its
//! opening: paragraphs up to the next heading, or the sentences of the
//! slogan's paragraph up to its end (which only confirm: sentences in
//! turn may group things). Anything else abstains: a run that
//! goes on past what it counts, or is broken by a unit of another form,
//! reads as no count.

use std::collections::HashMap;
use std::ops::Range;

use crate::chars::is_space;
use crate::document::Document;
use crate::outline::{Heading, section_number, subsection_number};
use crate::slogan_count::{SloganCount, SloganPart, count_items, parse_slogan};

/// A slogan read against the openings of the run after it.
pub(super) struct SloganRun {
    pub inner: Range<usize>,
    pub parts: Vec<SloganPart>,
    /// From the first opening to the end of the run.
    pub run: Range<usize>,
    pub reading: SloganCount,
}

/// The longest slogan a colon follows read, in characters.
const MAX_SLOGAN: usize = 12;

/// The longest opening, in characters: a paragraph's or a sentence's
/// title (`推进设施化强基`), not a clause saying what is done.
const MAX_OPENING: usize = 16;

/// The most paragraphs a run of paragraphs is looked for over.
const MAX_PARAGRAPHS: usize = 12;

/// Where one clause ends.
const CLAUSE_ENDS: &[char] = &['，', '：', '；', '。', '！', '？', ',', ':', ';'];

/// Where a sentence ends.
const SENTENCE_ENDS: &[char] = &['。', '！', '？'];

/// The quoted slogans of the body read against the runs after them; `read`
/// says whether a slogan (its inner range) is read already.
pub(super) fn slogan_runs(doc: &Document, read: impl Fn(&Range<usize>) -> bool) -> Vec<SloganRun> {
    let text = doc.text.as_str();
    let mut headings = Vec::new();
    heading_starts(&doc.outline, &mut headings);
    headings.sort_unstable();
    let mut out = Vec::new();
    // The quoted slogans the parse found, and those a colon follows (`做到
    // “三突出两引领”：突出甲，…`), which it leaves to the readers of lists.
    let colon = memchr::memmem::find_iter(text.as_bytes(), "”：".as_bytes()).filter_map(|close| {
        // Looked for over a slogan's length only, not back to the start.
        let from = crate::lists::super_floor(text, close.saturating_sub(4 * MAX_SLOGAN));
        let open = from + text[from..close].rfind('“')? + '“'.len_utf8();
        let inner = open..close;
        (text[inner.clone()].chars().count() <= MAX_SLOGAN).then_some(inner)
    });
    // Only quoted uses can be read, and most are not: tested before any
    // is kept (a report says its slogans thousands of times).
    let quoted = |u: &Range<usize>| {
        text.as_bytes()[..u.start].ends_with("“".as_bytes())
            && text.as_bytes()[u.end..].starts_with("”".as_bytes())
    };
    let mut uses: Vec<Range<usize>> = doc
        .terms
        .iter()
        .flat_map(|t| t.uses.iter().filter(|u| quoted(u)).cloned())
        .chain(colon)
        .collect();
    uses.sort_unstable_by_key(|u| (u.start, u.end));
    uses.dedup();
    let note_at = doc.note_finder();
    // A slogan is said many times: parsed once per spelling.
    let mut parsed: HashMap<&str, Option<Vec<SloganPart>>> = HashMap::new();
    for inner in uses {
        {
            let inner = &inner;
            // The cheap tests first: most uses are read already.
            if read(inner) || note_at(inner.start).is_some() {
                continue;
            }
            let Some(parts) = parsed
                .entry(&text[inner.clone()])
                .or_insert_with_key(|slogan| parse_slogan(slogan).filter(|p| counts_several(p)))
                .clone()
            else {
                continue;
            };
            let after = inner.end + '”'.len_utf8();
            let Some((run, openings, sentences)) = run_after(doc, &headings, after, &parts) else {
                continue;
            };
            if openings.len() < 2 || !openings.iter().all(|o| carries(o, &parts)) {
                continue;
            }
            let Some(reading) = count_items(&parts, &openings.join("；")) else {
                continue;
            };
            // An opening naming two things at once (`物流和通信网络`) reads
            // as one: a count other than the numeral is then no count.
            let joined = openings.iter().any(|o| o.contains(JOINS));
            // A word of one letter stands in many openings by chance
            // (`“三农”…农业丰收…农村…`): openings carrying no longer word
            // only confirm.
            let letter = openings.iter().any(|o| longest_carried(o, &parts) < 2);
            // Sentences in turn may group things, or leave one to the
            // sentences between them: they only confirm.
            let confirms_only = (joined || letter || sentences) && reading != SloganCount::Holds;
            out.push((
                SloganRun {
                    inner: inner.clone(),
                    parts: parts.clone(),
                    run,
                    reading,
                },
                confirms_only,
            ));
        }
    }
    out.sort_by_key(|(r, _)| r.inner.start);
    // Slogans of one sentence reading one run (`聚焦“四个一批”，落实“五个
    // 一”。开工一批，…`): the run is one's only when one holds.
    let holds = |r: &SloganRun| r.reading == SloganCount::Holds;
    let sharing = |r: &SloganRun, holding: bool| {
        out.iter()
            .filter(|(o, _)| o.run == r.run && (!holding || holds(o)))
            .count()
    };
    let keep: Vec<bool> = out
        .iter()
        .map(|(r, confirms_only)| {
            let unique = sharing(r, false) == 1 || (holds(r) && sharing(r, true) == 1);
            unique && !confirms_only
        })
        .collect();
    out.into_iter()
        .zip(keep)
        .filter_map(|((r, _), keep)| keep.then_some(r))
        .collect()
}

/// Words joining two names in one opening.
const JOINS: &[char] = &['和', '与', '及', '、'];

/// Whether a slogan counts more than one thing (`四提`, `三突出两引领`).
fn counts_several(parts: &[SloganPart]) -> bool {
    parts.iter().map(|p| p.numeral).sum::<u32>() >= 2
}

/// Whether an opening carries a word of one of the slogan's parts.
fn carries(opening: &str, parts: &[SloganPart]) -> bool {
    parts
        .iter()
        .any(|p| p.words.iter().any(|w| opening.contains(w.as_str())))
}

/// The characters of the longest word of the slogan's an opening carries.
fn longest_carried(opening: &str, parts: &[SloganPart]) -> usize {
    parts
        .iter()
        .flat_map(|p| &p.words)
        .filter(|w| opening.contains(w.as_str()))
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

fn heading_starts(outline: &[Heading], out: &mut Vec<usize>) {
    for h in outline {
        out.push(h.heading.start);
        heading_starts(&h.children, out);
    }
}

/// The run after a slogan whose closing quote ends at `after`: its range,
/// its openings and whether they are sentences of the slogan's paragraph. The rest of the slogan's sentence, to its end (or to
/// a colon), says what the slogan is for; when the paragraph goes on the
/// run is its sentences, else the paragraphs after it.
fn run_after(
    doc: &Document,
    headings: &[usize],
    after: usize,
    parts: &[SloganPart],
) -> Option<(Range<usize>, Vec<String>, bool)> {
    let text = doc.text.as_str();
    // Only so far into the line: a line of many slogans is not read to its
    // end at each (and a heading is short).
    let line_end = crate::text::line_end_near(text, after)?;
    let line = &text[after..line_end];
    let sentence_end = line
        .find(['。', '！', '？', '：'])
        .map(|i| i + line[i..].chars().next().map_or(0, char::len_utf8));
    match sentence_end {
        Some(end) if !blank(&line[end..]) => {
            let start = after + end;
            sentence_run(&text[start..line_end], parts)
                .map(|(r, o)| (start + r.start..start + r.end, o, true))
        }
        // The paragraphs after are the slogan's only when it heads them,
        // in a heading: a paragraph, even a section's first, may open the
        // run of its own topic (`推进“三城同创”，…` then `推进县城改造。`).
        _ => {
            let line_start = crate::text::line_start_near(text, after)?;
            if !is_heading(doc, headings, line_start, line_end) {
                return None;
            }
            paragraph_run(doc, headings, line_end).map(|(r, o)| (r, o, false))
        }
    }
}

/// Whether `s` holds white space only (`is_space` counts zero-width
/// spaces and the byte-order mark too).
fn blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// Whether the line from `start` to `end` is a heading: the outline's, or
/// one numbered as one (`（二）`, `三、`).
fn is_heading(doc: &Document, headings: &[usize], start: usize, end: usize) -> bool {
    let Some(line) = doc.text.get(start..end) else {
        return false;
    };
    let content = line.trim_start_matches(is_space);
    headings
        .get(headings.partition_point(|h| *h < start))
        .is_some_and(|h| *h < end)
        || section_number(content).is_some()
        || subsection_number(content).is_some()
}

/// The opening of a unit (a sentence, a paragraph): its first clause, when
/// short enough to be a title.
fn opening(unit: &str) -> Option<&str> {
    let unit = unit.trim_start_matches(|c: char| is_space(c));
    let end = unit.find(CLAUSE_ENDS).unwrap_or(unit.len());
    let first = unit[..end].trim_end_matches(|c: char| is_space(c));
    (!first.is_empty() && first.chars().count() <= MAX_OPENING).then_some(first)
}

/// The paragraphs after the line ending at `line_end`, up to the next
/// heading (or the end): each one's opening, when every one has one.
fn paragraph_run(
    doc: &Document,
    headings: &[usize],
    line_end: usize,
) -> Option<(Range<usize>, Vec<String>)> {
    let text = doc.text.as_str();
    let mut at = line_end;
    let mut openings = Vec::new();
    let mut run = at..at;
    while at < text.len() {
        let start = at + 1;
        let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        at = end;
        let line = &text[start..end];
        if blank(line) {
            continue;
        }
        // The run closes at a heading, or a line numbered as one; a note
        // breaks it.
        if is_heading(doc, headings, start, end) {
            break;
        }
        if doc.notes.iter().any(|n| n.range.contains(&start)) || openings.len() == MAX_PARAGRAPHS {
            return None;
        }
        openings.push(opening(line)?.to_string());
        if run.is_empty() {
            run.start = start;
        }
        run.end = end;
    }
    Some((run, openings))
}

/// The sentences of `rest` (the slogan's paragraph after its sentence):
/// each one's opening when every sentence has one carrying a word of the
/// slogan. Sentences whose clauses after `；` open alike are read by those
/// clauses (`启动一批，…；加快一批，…`); a run of short sentences between
/// sentences saying what each does (`实施甲行动。…，…。实施乙行动。…`) is
/// read by its short ones.
fn sentence_run(rest: &str, parts: &[SloganPart]) -> Option<(Range<usize>, Vec<String>)> {
    // Most slogans are followed by a sentence of several clauses whose
    // opening carries none of their words: no run, told from the first
    // sentence alone (a paragraph is long, and a slogan is said often).
    let first = rest.split_inclusive(SENTENCE_ENDS).find(|s| !blank(s))?;
    let one_clause = |s: &str| !s.trim_end_matches(SENTENCE_ENDS).contains(CLAUSE_ENDS);
    if !one_clause(first) && !opening(first).is_some_and(|o| carries(o, parts)) {
        return None;
    }
    let sentences: Vec<&str> = rest
        .split_inclusive(SENTENCE_ENDS)
        .filter(|s| !blank(s))
        .collect();
    let range = rest.len() - rest.trim_start().len()..rest.trim_end().len();
    // A first sentence all of one clause: the short sentences are the run,
    // and every short sentence is one of it.
    if one_clause(first) {
        let short: Vec<String> = sentences
            .iter()
            .filter(|s| one_clause(s))
            .map(|s| opening(s).map(str::to_string))
            .collect::<Option<_>>()?;
        return Some((range, short));
    }
    let carried = |units: &[&str]| -> Option<Vec<String>> {
        units
            .iter()
            .map(|u| opening(u).filter(|o| carries(o, parts)).map(str::to_string))
            .collect()
    };
    let clauses: Vec<&str> = rest
        .split_inclusive(['。', '！', '？', '；', ';'])
        .filter(|s| !blank(s))
        .collect();
    if let Some(found) = carried(&clauses) {
        return Some((range, found));
    }
    // By sentences only when no clause after `；` opens with a word too:
    // else some are items and some not, and the run reads no count.
    let inner_items = sentences.iter().any(|s| {
        s.split_inclusive(['；', ';'])
            .skip(1)
            .any(|c| opening(c).is_some_and(|o| carries(o, parts)))
    });
    if inner_items {
        return None;
    }
    Some((range, carried(&sentences)?))
}
