//! Where the notes section is, found by structure rather than by a list of
//! headings: a run of items numbered 1, 2, 3 … in one style, each a term and
//! its explanation, near the end of the report. A heading above the run (any
//! wording of 注释 or 名词解释, decorated or spaced) lets a run stand on its
//! items' shape; without a heading the run must also name terms the body
//! uses. A numbered task list (`（牵头单位：…）`) is never a notes section.

mod page_foot;
mod part_groups;

pub(crate) use page_foot::{
    AFTER_A_NUMBER, explains_mark_above, leading_bare_digits, leading_mark,
};

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;

use crate::chars::{circled_value, digit_value, is_quote, is_space, superscript_value};
use crate::lines::{Line, compact};
use crate::notes::{
    ItemStart, NumberStyle, cell_term_below, ends_inner_list, full_stop_term, inner_list_ahead,
    item_start, items_on_line, note_term_range, opens_inner_list, switches_style,
    unnumbered_in_layout, unnumbered_item,
};

/// The notes section: its heading (empty where it has none), its first
/// item, the line where it must stop, and earlier or later copies of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotesPlace {
    pub heading: Range<usize>,
    pub heading_line: usize,
    /// Offset where the first item starts (on the heading's line or later).
    pub first_item: usize,
    /// The line index where the notes section must stop.
    pub stop_line: usize,
    /// The same block scraped twice: the copies not read, heading to last
    /// line, which are neither body nor notes. For the last part's notes
    /// (see [`find_notes_blocks`]): every part's notes gathered again at
    /// the end, read from the parts instead.
    pub copies: Vec<Range<usize>>,
    /// The items carry no numbers: each is a line `术语：解释`.
    pub unnumbered: bool,
    /// A full stop closes each item's term (`①两网融合。城乡…`).
    pub full_stop_terms: bool,
    /// Notes gathered at the end under each part's sub-heading: where the
    /// part whose markers point here starts (see `part_groups`).
    pub serves_from: Option<usize>,
    /// A page's notes at its foot (see `page_foot`): the body goes on
    /// after them.
    pub page_foot: bool,
    /// Its notes are numbered by bare digits glued to their terms
    /// (`1甲：…`), as a page's superscripts copied as text leave them.
    pub bare_digits: bool,
}

/// A heading's words once spaces and decorations are gone: `注释`,
/// `名词解释`, `《政府工作报告》有关名词解释`, `报告中有关名词解释`, `文中名词解释`,
/// `术语解释`, `相关注释`, `名词解释及说明`; the
/// notes may be the report's last numbered part (`四、名词解释`), or an
/// annex or appendix (`附件2：名词解释`, `附录：名词解释`).
static HEADING_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:附(?:件|录)?[0-9０-９一二三四五六七八九十]{0,3}[:：、.．]?|[0-9０-９一二三四五六七八九十]{1,3}[、.．])?(?:《[^》]{1,30}》)?(?:[0-9０-９]{4}年)?(?:\p{Han}{0,12}?报告|文)?(?:中)?(?:有关|相关|部分|主要|重要)?(?:内容)?(?:(?:名词|术语|词语|用语|专有名词|名称)(?:解释|注释|注解|释义|说明)|注释|注解|注|释义)(?:及?说明)?(?:[:：])?$",
    )
    .expect("valid regex")
});
/// `注释 ［1］…`, `注释：①…`: the heading with the first item on its line,
/// after a space or a colon (the colon alone says the heading has ended).
/// `注` and `释`, searched for as bytes near a line's start.
static NOTE_CHAR: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("注".as_bytes()));
static EXPLAIN_CHAR: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new("释".as_bytes()));

static HEADING_INLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:注释|注|名词解释|名词注释)(?:[:：][ \t　]*|[ \t　]+)").expect("valid regex")
});

static PARENTHETICAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(][^）)]{1,30}[）)]").expect("valid regex"));

const MAX_HEADING_CHARS: usize = 40;
/// Lines of explanation a note may run to before the run is taken to have
/// ended (wrapped PDF text makes several).
const MAX_CONTINUATION_LINES: usize = 12;

/// Whether a line is a notes heading, whatever its spaces and decorations
/// (`※注释※`, `【名词解释】`, `*名词解释`, `名 词 解 释`, `附：名词解释`).
pub fn is_notes_heading(content: &str) -> bool {
    if content.len() > MAX_HEADING_CHARS * 4 || content.chars().count() > MAX_HEADING_CHARS {
        return false;
    }
    // Every heading ends with 注, 释 or 说明, and the words are the line's
    // characters with some dropped: a line without them is not one, and
    // costs no regex.
    if !content.contains(['注', '释', '说']) {
        return false;
    }
    // A parenthetical (`（按出现先后排列）`) says how, not what.
    let words = PARENTHETICAL.replace_all(content, "");
    let words: String = compact(&words)
        .chars()
        .filter(|&c| {
            !matches!(
                c,
                '※' | '*'
                    | '#'
                    | '＃'
                    | '＊'
                    | '★'
                    | '☆'
                    | '●'
                    | '■'
                    | '◆'
                    | '【'
                    | '】'
                    | '['
                    | ']'
                    | '［'
                    | '］'
                    | '〔'
                    | '〕'
                    | '('
                    | ')'
                    | '（'
                    | '）'
                    | '—'
                    | '-'
                    | '·'
            )
        })
        .collect();
    let words = words.strip_prefix("附：").unwrap_or(&words);
    let words = words.strip_prefix("附:").unwrap_or(words);
    HEADING_WORDS.is_match(words)
}

/// A run of items numbered from 1 in one style.
struct Run {
    /// Each item's line and start.
    items: Vec<(usize, ItemStart)>,
    /// The last line holding the run's text.
    last_line: usize,
    /// The heading above the first item (line, range), if any.
    heading: Option<(usize, Range<usize>)>,
    /// The heading is a bare `说明：`, which heads notes and prose alike, or
    /// one run on after the body's last sentence (`……新篇章！注：①甲：…`),
    /// where a data remark stands as well: the run must read as notes on
    /// its own, as a run with no heading does.
    weak_heading: bool,
    unnumbered: bool,
    /// Its terms are closed by a full stop (`①两网融合。城乡…`).
    full_stop_terms: bool,
    /// Unnumbered items right after the speech's closing words, under no
    /// heading (see `closing_address`).
    after_close: bool,
}

impl Run {
    fn first_offset(&self) -> usize {
        self.items[0].1.number_range.start
    }

    /// The terms its items name, in order (items naming none left out).
    fn terms(&self, text: &str, lines: &[Line]) -> Vec<String> {
        self.items
            .iter()
            .filter_map(|(i, item)| item_term(text, &lines[*i], item, self.full_stop_terms))
            .collect()
    }

    /// Where the run starts, its heading included.
    fn start(&self, lines: &[Line]) -> usize {
        self.heading
            .as_ref()
            .map_or(lines[self.items[0].0].content.start, |(_, r)| r.start)
            .min(self.first_offset())
    }
}

/// Finds the notes section in the lines from `start_line` on.
pub fn find_notes(text: &str, lines: &[Line], start_line: usize) -> Option<NotesPlace> {
    find_notes_blocks(text, lines, start_line).pop()
}

/// The notes blocks of the report, in text order: one notes section, or
/// the notes of each part (`一、…` body, `注：①…`, `二、…` body, `注：①…`),
/// each closing the part above it, numbered afresh.
pub fn find_notes_blocks(text: &str, lines: &[Line], start_line: usize) -> Vec<NotesPlace> {
    // Which lines are notes headings, read once: each run asks about the
    // lines above and inside it, and the unnumbered reader about them all.
    let headings: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            i >= start_line && !l.is_blank() && is_notes_heading(&text[l.content.clone()])
        })
        .collect();
    // Notes gathered at the end in groups, one per part: only a notes
    // heading's line is tried.
    if let Some(groups) = (start_line..lines.len())
        .rev()
        .filter(|&h| headings[h])
        .find_map(|h| part_groups::part_groups(text, lines, &headings, start_line, h))
    {
        return groups;
    }
    let mut runs = numbered_runs(text, lines, &headings, start_line);
    let report_start = lines.get(start_line).map_or(0, |l| l.range.start);
    for run in &mut runs {
        run.full_stop_terms = terms_closed_by_full_stop(text, lines, run, report_start);
    }
    runs.extend(unnumbered_runs(lines, &headings, text, start_line));
    let scored: Vec<(f64, &Run)> = runs
        .iter()
        .filter_map(|run| score(text, lines, run, report_start).map(|s| (s, run)))
        .collect();
    let Some((_, best)) = scored.iter().max_by(|a, b| {
        a.0.total_cmp(&b.0)
            .then(b.1.first_offset().cmp(&a.1.first_offset()))
    }) else {
        return page_foot::page_foot_groups(text, lines, start_line);
    };
    // Notes numbered afresh at each page's foot: the last page's read
    // alone would end the body there.
    if best.heading.is_none() {
        let feet = page_foot::page_foot_groups(text, lines, start_line);
        let among_feet = feet.iter().any(|f| {
            (f.first_item..lines[f.stop_line - 1].range.end).contains(&best.first_offset())
        });
        if feet.len() >= 2 && among_feet {
            return feet;
        }
    }
    let terms_of = |run: &Run| run.terms(text, lines);
    let best_terms = best.terms(text, lines);
    let (copies, others): (Vec<&Run>, Vec<&Run>) = scored
        .iter()
        .map(|(_, run)| *run)
        .filter(|run| run.first_offset() != best.first_offset())
        .partition(|run| same_block(&best_terms, &terms_of(run)));
    if let Some(places) = parts_gathered_again(text, lines, start_line, best, &copies) {
        return places;
    }
    let copies: Vec<Range<usize>> = copies
        .iter()
        .map(|run| run.start(lines)..lines[run.last_line].content.end)
        .collect();

    let blocks = part_blocks(text, lines, start_line, best, &others);
    if blocks.len() >= 2 {
        return blocks
            .iter()
            .map(|run| {
                let mut place = place_of(run, Vec::new());
                place.stop_line = block_stop(text, lines, run);
                place
            })
            .collect();
    }
    vec![place_of(best, copies)]
}

/// Each part's own notes (`一、…` body, `注：①甲②乙`, `二、…` body,
/// `注：①丙②丁`), then all of them again at the end, numbered on
/// (`名词解释 1.甲 2.乙 3.丙 4.丁`): the fullest run is that last list, and
/// the parts' runs are its copies, which would end the body at the first
/// part's notes. When the parts' runs, in order, name exactly the last
/// list's terms and each explains its part, the parts' notes are read, as
/// each part's markers point at them, and the last list is their copy.
fn parts_gathered_again(
    text: &str,
    lines: &[Line],
    start_line: usize,
    gathered: &Run,
    copies: &[&Run],
) -> Option<Vec<NotesPlace>> {
    let mut parts: Vec<&Run> = copies
        .iter()
        .copied()
        .filter(|run| run.first_offset() < gathered.first_offset())
        .collect();
    if parts.len() < 2 {
        return None;
    }
    parts.sort_by_key(|run| run.first_offset());
    let term_list = |run: &Run| run.terms(text, lines);
    // A run knows the terms of the items opening its lines (`注：①甲：…②乙：…`
    // on one line is one such item): these come in the last list's order,
    // and every term of the last list is explained in some part's notes.
    let parts_terms: Vec<String> = parts.iter().flat_map(|run| term_list(run)).collect();
    let gathered_terms = term_list(gathered);
    if gathered_terms.len() != gathered.items.len() {
        return None;
    }
    let mut rest = gathered_terms.iter();
    if !parts_terms.iter().all(|t| rest.any(|g| g == t)) {
        return None;
    }
    let spans: Vec<&str> = parts
        .iter()
        .map(|run| &text[run.first_offset()..lines[run.last_line].content.end])
        .collect();
    if !gathered_terms
        .iter()
        .all(|term| spans.iter().any(|span| span.contains(term.as_str())))
    {
        return None;
    }
    let blocks = part_blocks(text, lines, start_line, parts[0], &parts[1..]);
    if blocks.len() != parts.len() {
        return None;
    }
    let gathered_range = gathered.start(lines)..lines[gathered.last_line].content.end;
    let last = blocks.len() - 1;
    Some(
        blocks
            .iter()
            .enumerate()
            .map(|(k, run)| {
                let copies = if k == last {
                    vec![gathered_range.clone()]
                } else {
                    Vec::new()
                };
                let mut place = place_of(run, copies);
                place.stop_line = block_stop(text, lines, run);
                place
            })
            .collect(),
    )
}

fn place_of(run: &Run, copies: Vec<Range<usize>>) -> NotesPlace {
    let (heading, heading_line) = match &run.heading {
        Some((line, range)) => (range.clone(), *line),
        None => {
            let at = run.first_offset();
            (at..at, run.items[0].0)
        }
    };
    NotesPlace {
        heading,
        heading_line,
        first_item: run.first_offset(),
        stop_line: run.last_line + 1,
        copies,
        unnumbered: run.unnumbered,
        full_stop_terms: run.full_stop_terms,
        serves_from: None,
        page_foot: false,
        bare_digits: false,
    }
}

/// Where a part's notes end: at the next part or annex, or the run's end.
fn block_stop(text: &str, lines: &[Line], run: &Run) -> usize {
    let last_item = run.items.last().map_or(run.last_line, |(l, _)| *l);
    (last_item + 1..=run.last_line)
        .find(|&j| opens_part(text, &lines[j]))
        .unwrap_or(run.last_line + 1)
}

/// A line opening a part of the report or an annex: `二、今年工作安排`, `附件2`.
fn opens_part(text: &str, line: &Line) -> bool {
    !line.is_blank()
        && (crate::outline::is_section_heading(&text[line.content.clone()])
            || crate::outline::annex_heading(text, line).is_some())
}

/// The notes of each part, when the report has them: headed runs (the best
/// among them) each closing a part, a part heading or annex heading between
/// one and the next, each explaining what its own part uses (the first
/// note's marker, or half its terms, stand in the part above it). Empty
/// or a single run when the report has one notes section.
fn part_blocks<'r>(
    text: &str,
    lines: &[Line],
    start_line: usize,
    best: &'r Run,
    others: &[&'r Run],
) -> Vec<&'r Run> {
    if best.unnumbered || best.weak_heading || !headed_closely(text, lines, best) {
        return Vec::new();
    }
    let mut candidates: Vec<&Run> = others
        .iter()
        .copied()
        .filter(|run| !run.unnumbered && !run.weak_heading && headed_closely(text, lines, run))
        .collect();
    if candidates.is_empty() {
        return Vec::new();
    }
    candidates.push(best);
    candidates.sort_by_key(|run| run.first_offset());
    let mut blocks: Vec<&Run> = Vec::new();
    let mut part_start = start_line;
    // Where the text a block may explain starts: after the last block's
    // last item, for a part's body may go on below its notes (`…“甲”①…`,
    // `注：①甲…`, `…“乙”②…`, `二、…`, `注：②乙…`).
    let mut body_start = start_line;
    let count = candidates.len();
    for (k, run) in candidates.into_iter().enumerate() {
        let heading_line = run.heading.as_ref().map_or(run.items[0].0, |(l, _)| *l);
        if heading_line < part_start {
            // Overlapping runs: not two blocks.
            return Vec::new();
        }
        let mut part = &lines[body_start.min(part_start)..heading_line];
        let mut closing = false;
        // After a first block, a part must open between it and this one;
        // else the last may be the report's closing notes, under a heading
        // of its own line (`名词解释`), for all the report.
        if !blocks.is_empty() && !part.iter().any(|l| opens_part(text, l)) {
            if k + 1 < count || inline_heading_end(text, &lines[heading_line]).is_some() {
                return Vec::new();
            }
            part = &lines[start_line..heading_line];
            closing = true;
        }
        let from = part.first().map_or(0, |l| l.range.start);
        let to = part.last().map_or(from, |l| l.range.end);
        if !explains_its_part(text, lines, run, &text[from..to], closing) {
            return Vec::new();
        }
        blocks.push(run);
        part_start = block_stop(text, lines, run);
        body_start = run.items.last().map_or(part_start, |(line, _)| line + 1);
    }
    blocks
}

/// Whether a run opens right under its heading (or on its line), and its
/// first item is no part's heading (`二、今年工作安排` a few lines under the
/// last part's `注：`).
fn headed_closely(text: &str, lines: &[Line], run: &Run) -> bool {
    let Some((heading_line, _)) = &run.heading else {
        return false;
    };
    let first_line = run.items[0].0;
    !opens_part(text, &lines[first_line])
        && lines
            .get(*heading_line + 1..first_line)
            .is_none_or(|between| between.iter().all(|l| l.is_blank()))
}

/// Whether the part above a block uses it: one of its notes is marked
/// there, the marker right after the note's term (`“甲”①`, `“甲①”`; a
/// list's `①稳增长；②…` or a table's figures are no marks). The report's
/// closing notes (`closing`) may instead be used by term in half their items.
fn explains_its_part(text: &str, lines: &[Line], run: &Run, part: &str, closing: bool) -> bool {
    let marked = run.items.iter().any(|(i, item)| {
        item.style != NumberStyle::Dotted
            && item_term(text, &lines[*i], item, run.full_stop_terms).is_some_and(|term| {
                marked_after(
                    part,
                    longest_plain_part(&term),
                    &text[item.number_range.clone()],
                )
            })
    });
    if marked {
        return true;
    }
    if !closing {
        // Dotted notes carry no marks: their terms quoted in the part
        // above, half of them at least, tell they are its notes.
        return quotes_its_terms(text, lines, run, part);
    }
    let terms = run.terms(text, lines);
    let used = terms
        .iter()
        .filter(|t| {
            let needle = longest_plain_part(t);
            needle.chars().count() >= 2
                && memmem::find(part.as_bytes(), needle.as_bytes()).is_some()
        })
        .count();
    !terms.is_empty() && used * 2 >= run.items.len()
}

/// Whether a part writes, in quotes or marked, the terms of half a run's
/// items at least, every item naming one (`“甲”…` over `注：1.甲：…`): a
/// table's notes explain words of its rows, written plain.
fn quotes_its_terms(text: &str, lines: &[Line], run: &Run, part: &str) -> bool {
    let terms = run.terms(text, lines);
    let quoted = terms
        .iter()
        .filter(|t| {
            let needle = longest_plain_part(t);
            needle.chars().count() >= 2
                && memmem::find_iter(part.as_bytes(), needle.as_bytes())
                    .any(|at| pointed_at(part, at, needle))
        })
        .count();
    terms.len() == run.items.len() && quoted * 2 >= terms.len()
}

/// Whether `part` writes `term` and right after it (past closing quotes)
/// the marker `mark`.
fn marked_after(part: &str, term: &str, mark: &str) -> bool {
    if term.chars().count() < 2 || mark.is_empty() {
        return false;
    }
    memmem::find_iter(part.as_bytes(), mark.as_bytes()).any(|at| {
        part.get(..at).is_some_and(|before| {
            before
                .trim_end_matches(|c: char| {
                    is_quote(c) || is_space(c) || matches!(c, '》' | '」' | '』')
                })
                .ends_with(term)
        })
    })
}

/// Every run of items numbered 1, 2, 3 … in one style.
fn numbered_runs(text: &str, lines: &[Line], headings: &[bool], start_line: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut i = start_line;
    // Lines under the items of the last run (the parts `一、` `二、` are one)
    // start no run, but notes run on after a sentence among them may.
    let mut inside_until = start_line;
    while i < lines.len() {
        let line = &lines[i];
        i += 1;
        if line.is_blank() {
            continue;
        }
        let inside = i <= inside_until;
        let (start, inline_heading, weak_inline) = match inline_heading_end(text, line) {
            _ if inside => (line.content.start, false, false),
            Some(end) => (end, true, false),
            None => match explanation_heading_end(text, line) {
                Some(end) => (end, true, true),
                None => (line.content.start, false, false),
            },
        };
        let at_start = item_start(text, start, Some(1)).filter(|it| it.number <= 3);
        // Else the notes may run on after the last sentence of the body or
        // of a part, on its line.
        let run_on = match at_start {
            None if !inline_heading && next_opens_second(text, lines, i) => {
                run_on_heading(text, line)
            }
            _ => None,
        };
        if inside && run_on.is_none() {
            continue;
        }
        let Some(first) = at_start.or_else(|| {
            run_on
                .as_ref()
                .and_then(|(_, end)| item_start(text, *end, Some(1)))
                .filter(|it| it.number == 1)
        }) else {
            continue;
        };
        let (heading, weak_heading) = if let Some((heading_start, end)) = run_on {
            (
                Some((i - 1, heading_start..trim_end(text, heading_start..end))),
                true,
            )
        } else if inline_heading {
            (
                Some((
                    i - 1,
                    line.content.start..trim_end(text, line.content.start..start),
                )),
                weak_inline,
            )
        } else {
            match heading_above(text, lines, headings, i - 1, start_line) {
                Some(heading) => (Some(heading), false),
                None => (
                    explanation_heading_above(text, lines, i - 1, start_line),
                    true,
                ),
            }
        };
        // A run may open at 2 or 3 (the first notes deleted, a slip for
        // `note-numbering` to report) only right under a notes heading.
        if first.number != 1 && (heading.is_none() || weak_heading) {
            continue;
        }
        let mut run = walk(text, lines, headings, i - 1, first, heading);
        run.weak_heading = weak_heading && run.heading.is_some();
        inside_until = inside_until.max(run.items.last().map_or(i, |(l, _)| l + 1));
        runs.push(run);
    }
    runs
}

/// Where a heading with the first item on its line (`注释：①…`,
/// `【名词解释】①…`, `※注释※ [1]…`) ends.
fn inline_heading_end(text: &str, line: &Line) -> Option<usize> {
    // A bare `注：` heads whatever follows (`注：②…`, a part's notes
    // numbered on); one in dress only an item opening a list.
    // A heading an item follows comes first: `注 释：1.…` is the spaced
    // `注释`, not a bare `注` over the words `释：1.…`.
    let content = &text[line.content.clone()];
    heading_then(text, line, |at| {
        item_start(text, at, Some(1)).is_some_and(|it| it.number <= 3)
    })
    .or_else(|| {
        content
            .starts_with(['注', '名'])
            .then(|| HEADING_INLINE.find(content))
            .flatten()
            .map(|m| line.content.start + m.end())
    })
}

/// Whether the first line with words from `next` on opens note 2 or the
/// next part (`二、…`, an annex), or no line with words follows: notes run
/// on after the last sentence of the body or of a part leave the second
/// and later ones on lines of their own, or all stand on that last line.
/// Tested first, since it costs a look at a line's start where the
/// heading's test searches the whole line.
fn next_opens_second(text: &str, lines: &[Line], next: usize) -> bool {
    match lines
        .get(next..)
        .and_then(|rest| rest.iter().find(|l| !l.is_blank()))
    {
        None => true,
        Some(l) => {
            item_start(text, l.content.start, Some(2)).is_some_and(|it| it.number == 2)
                || opens_part(text, l)
        }
    }
}

/// A notes heading run on after a sentence of the body, the first note
/// after it on the line (`……新篇章！注：①甲：…`, `……。名词解释：［1］…`):
/// where the heading starts and ends.
fn run_on_heading(text: &str, line: &Line) -> Option<(usize, usize)> {
    let content = &text[line.content.clone()];
    // Only a line holding 注 or 释 is read further: most lines cost one
    // byte search.
    if NOTE_CHAR.find(content.as_bytes()).is_none()
        && EXPLAIN_CHAR.find(content.as_bytes()).is_none()
    {
        return None;
    }
    content
        .match_indices(['。', '！', '？'])
        .map(|(i, p)| line.content.start + i + p.len())
        .filter(|&at| text[at..line.content.end].starts_with(['注', '名', '【', '［', '※']))
        .find_map(|at| {
            let end = heading_then(text, &rest_of_line(line, at), |end| {
                item_start(text, end, Some(1)).is_some_and(|it| it.number == 1)
            })?;
            Some((at, end))
        })
}

/// Where a heading with an unnumbered item after it on its line
/// (`注：“甲”：…`, `名词解释：甲：…`) ends.
fn inline_heading_before_unnumbered(text: &str, line: &Line) -> Option<usize> {
    heading_then(text, line, |at| {
        unnumbered_item(text, &rest_of_line(line, at), 1).is_some()
    })
}

/// The part of `line` from `at` on.
fn rest_of_line(line: &Line, at: usize) -> Line {
    Line {
        range: at..line.range.end,
        content: at..line.content.end,
    }
}

/// Where a heading at the start of `line` ends when `opens` accepts what
/// follows it on the line: a bare `注释：`, `注 `, or a heading in any dress
/// (`【名词解释】`, `※注释※`, `附：名词解释`) ending at a closing
/// decoration, a colon or a space.
fn heading_then(text: &str, line: &Line, opens: impl Fn(usize) -> bool) -> Option<usize> {
    let content = &text[line.content.clone()];
    // The plain inline heading starts with 注 or 名: other lines run no regex.
    if content.starts_with(['注', '名'])
        && let Some(m) = HEADING_INLINE.find(content)
        && opens(line.content.start + m.end())
    {
        return Some(line.content.start + m.end());
    }
    // Only a line with 注 or 释 near its start is tried further. This runs
    // on every line: a byte search rules most out before any character is
    // decoded (a character takes at most three bytes here).
    let window = &content.as_bytes()[..content.len().min(MAX_HEADING_CHARS * 3)];
    if NOTE_CHAR.find(window).is_none() && EXPLAIN_CHAR.find(window).is_none() {
        return None;
    }
    let head: usize = content
        .chars()
        .take(MAX_HEADING_CHARS)
        .map(char::len_utf8)
        .sum();
    if !content[..head].contains(['注', '释']) {
        return None;
    }
    for (i, c) in content[..head].char_indices() {
        let end = i + c.len_utf8();
        let closes = matches!(
            c,
            '】' | '］' | ']' | '〕' | '※' | '*' | '＊' | '★' | '：' | ':'
        ) || is_space(c);
        // `名词解释［1］甲：…`, `注释①甲：…`, `名词解释1.甲：…`: the first
        // item glued to the heading's last word (a digit after a bare 注 is
        // a labelled note's, `注1：`, `（注1）`).
        let bare_label =
            content[..end].trim_start_matches(['（', '(', '［', '[', '【', '〔']) == "注";
        let glued = matches!(c, '注' | '释' | '解' | '义' | '明')
            && content[end..].chars().next().is_some_and(|n| {
                opens_bracketed_number(n)
                    || circled_value(n).is_some()
                    || (digit_value(n).is_some() && !bare_label)
            });
        if glued && is_notes_heading(&content[..end]) && opens(line.content.start + end) {
            return Some(line.content.start + end);
        }
        // `名词解释（按出现先后排列）1.甲：…`: a subtitle saying how the
        // notes are ordered closes the heading, the first item after it.
        if matches!(c, '）' | ')') && says_how(&content[..end]) && is_notes_heading(&content[..end])
        {
            let rest = content[end..].trim_start_matches(is_space);
            let at = line.content.start + content.len() - rest.len();
            if !rest.is_empty() && opens(at) {
                return Some(at);
            }
        }
        if !closes {
            continue;
        }
        let rest = content[end..].trim_start_matches(is_space);
        let at = line.content.start + content.len() - rest.len();
        // Every heading's words end in 注, 释, 解, 义 or 明 (`释义`, `说明`).
        let words_end = content[..end]
            .trim_end_matches(|c: char| {
                is_space(c)
                    || matches!(
                        c,
                        '】' | '］' | ']' | '〕' | '※' | '*' | '＊' | '★' | '：' | ':'
                    )
            })
            .ends_with(['注', '释', '解', '义', '明']);
        if !rest.is_empty() && words_end && is_notes_heading(&content[..end]) && opens(at) {
            return Some(at);
        }
    }
    None
}

/// Whether a heading's words end with a subtitle in parentheses saying how
/// its notes run (`（按出现先后排列）`): words, not a number (`注（1）` is a
/// labelled note's).
fn says_how(head: &str) -> bool {
    let Some(open) = head.rfind(['（', '(']) else {
        return false;
    };
    let inner = head[open..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    inner.chars().filter(|c| !is_space(*c)).count() >= 2
        && !inner
            .chars()
            .any(|c| c.is_ascii_digit() || digit_value(c).is_some())
        && head[..open]
            .trim_end_matches(is_space)
            .ends_with(['注', '释', '解', '义', '明'])
}

/// An opening bracket a note's number may stand in (`［1］`, `【1】`, `（1）`).
fn opens_bracketed_number(c: char) -> bool {
    matches!(c, '［' | '[' | '【' | '〔' | '（' | '(')
}

/// Where a bare `说明：` with the first item on its line (`说明：①甲：…`) ends.
fn explanation_heading_end(text: &str, line: &Line) -> Option<usize> {
    let content = &text[line.content.clone()];
    let rest = content.strip_prefix("说明")?;
    let rest = rest.strip_prefix(['：', ':'])?;
    let rest = rest.trim_start_matches(is_space);
    Some(line.content.end - rest.len())
}

/// A bare `说明：` on the line right above an item (decorations and spaces
/// aside: `【说明】`, `说　明`).
fn explanation_heading_above(
    text: &str,
    lines: &[Line],
    item_line: usize,
    start_line: usize,
) -> Option<(usize, Range<usize>)> {
    let (k, line) = lines[start_line..item_line]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, l)| !l.is_blank())?;
    is_explanation_heading(text, line).then(|| (start_line + k, line.content.clone()))
}

/// A line that is a bare `说明：` (`【说明】`, `说　明`).
fn is_explanation_heading(text: &str, line: &Line) -> bool {
    let content = &text[line.content.clone()];
    // A few characters at most: a paragraph is read no further.
    if content.len() > 48 || !content.contains("说") {
        return false;
    }
    let words = compact(content);
    let words = words
        .trim_start_matches(['【', '[', '［', '〔'])
        .trim_end_matches(['：', ':'])
        .trim_end_matches(['】', ']', '］', '〕']);
    words == "说明"
}

/// Follows a run from its first item until the numbering stops.
fn walk(
    text: &str,
    lines: &[Line],
    headings: &[bool],
    first_line: usize,
    first: ItemStart,
    heading: Option<(usize, Range<usize>)>,
) -> Run {
    let style = first.style;
    let rows_alone = first.stands_alone(text);
    let mut items = vec![(first_line, first)];
    let mut last_line = first_line;
    let mut continuation = 0;
    let mut inner_list = false;
    let mut line_before = first_line;
    for (j, line) in lines.iter().enumerate().skip(first_line + 1) {
        if line.is_blank() {
            continue;
        }
        let expected = items.last().map_or(1, |(_, it)| it.number + 1);
        // A number alone on its line only in a table's rows (the first so).
        let found = item_start(text, line.content.start, Some(expected)).filter(|it| {
            (it.style == style || switches_style(text, style, it, expected))
                && (rows_alone || !it.stands_alone(text))
        });
        // A note's own list numbered like the notes (`②三件实事：` over
        // `①…`, `②…`) is its text, to the next note naming its term.
        let found = match found {
            Some(it) if inner_list && !ends_inner_list(text, &it, expected) => None,
            Some(it)
                if !inner_list
                    && (opens_inner_list(text, &lines[line_before], &it)
                        || inner_list_ahead(text, lines, j, &it, expected)) =>
            {
                inner_list = true;
                None
            }
            other => {
                if other.is_some() {
                    inner_list = false;
                }
                other
            }
        };
        line_before = j;
        match found {
            Some(it) if it.number == 1 => break,
            // Slips of numbering (a gap, a repeat, one out of order) stay in
            // the run for `note-numbering` to report.
            Some(it) if it.number <= expected + 2 => {
                items.push((j, it));
                last_line = j;
                continuation = 0;
            }
            Some(_) => break,
            None => {
                continuation += 1;
                // An annex heading (`附件`, `附件2 …`) after the last note
                // starts the annex: its lines are no note's text. Nor are a
                // notes heading's, its first note on its line or not (the
                // notes of one part between the parts `一、` and `二、`).
                // A `说明：` after the notes (`说明：本报告数据为快报数`)
                // opens a block of its own.
                if continuation > MAX_CONTINUATION_LINES
                    || headings[j]
                    || is_explanation_heading(text, line)
                    || explanation_heading_end(text, line).is_some()
                    || crate::outline::annex_heading(text, line).is_some()
                    || inline_heading_end(text, line)
                        .is_some_and(|end| item_start(text, end, Some(1)).is_some())
                {
                    break;
                }
                last_line = j;
            }
        }
    }
    // Trailing lines after the last item belong to it only when they follow
    // it directly; `parse_notes` decides which. Keep the run to its items
    // plus what follows them closely.
    Run {
        items,
        last_line,
        heading,
        weak_heading: false,
        unnumbered: false,
        full_stop_terms: false,
        after_close: false,
    }
}

/// Items with no numbers right under a notes heading, each a line
/// `术语：解释` (a line or two of explanation may follow one).
fn unnumbered_runs(lines: &[Line], headings: &[bool], text: &str, start_line: usize) -> Vec<Run> {
    let mut runs = Vec::new();
    let closing = closing_address(text, lines, start_line);
    for (h, heading) in lines.iter().enumerate().skip(start_line) {
        if heading.is_blank() {
            continue;
        }
        // A bare `说明：` heads notes and data remarks alike: its items must
        // read as notes by themselves (see `score`).
        let explanation = !headings[h] && is_explanation_heading(text, heading);
        // The speech's closing words stand where a heading would: notes
        // with neither heading nor numbers may follow them.
        let after_close = closing == Some(h) && !headings[h] && !explanation;
        // `注：“甲”：…`, `说明：“甲”：…`: the heading with the first item on
        // its line.
        let inline = if headings[h] || explanation {
            None
        } else {
            inline_heading_before_unnumbered(text, heading)
                .map(|at| (at, false))
                .or_else(|| {
                    explanation_heading_end(text, heading)
                        .filter(|&at| {
                            unnumbered_item(text, &rest_of_line(heading, at), 1).is_some()
                        })
                        .map(|at| (at, true))
                })
        };
        if !headings[h] && !explanation && inline.is_none() && !after_close {
            continue;
        }
        let weak_heading = explanation || inline.is_some_and(|(_, weak)| weak);
        let inline = inline.map(|(at, _)| at);
        let mut items = Vec::new();
        let mut last_line = h;
        let mut continuation = 0;
        let (mut subtitle_lines, mut subtitle_open) = (0, false);
        // A term with its separator, or alone on its line: one layout for
        // all, set by the first item.
        let mut term_lines: Option<bool> = (weak_heading || after_close).then_some(false);
        let mut heading_range = heading.content.clone();
        if let Some(at) = inline {
            let first = unnumbered_item(text, &rest_of_line(heading, at), 1);
            items.extend(first.map(|item| (h, item)));
            term_lines = Some(false);
            heading_range.end = trim_end(text, heading.content.start..at);
        }
        for (j, line) in lines.iter().enumerate().skip(h + 1) {
            if line.is_blank() {
                continue;
            }
            // Numbered items are the numbered reader's; a heading after the
            // closing words heads a run of its own, and an annex's
            // (`附件1`) opens no notes.
            if item_start(text, line.content.start, None).is_some()
                || after_close
                    && (headings[j]
                        || is_explanation_heading(text, line)
                        || crate::outline::annex_heading(text, line).is_some())
            {
                break;
            }
            let number = items.len() as u32 + 1;
            // A table's column headers (`名词  解释`) over its rows.
            if items.is_empty() && is_column_header(&text[line.content.clone()]) {
                continue;
            }
            // A subtitle saying how the list is laid out (`说明：以下按出现
            //先后排列`, over two lines at most) is no note, however it is
            // punctuated.
            if items.is_empty() && subtitle_lines < 2 {
                let content = &text[line.content.clone()];
                if subtitle_open || describes_the_list(content) {
                    subtitle_lines += 1;
                    subtitle_open = !content
                        .trim_end_matches(is_space)
                        .ends_with(['。', '）', ')', '：', ':', '】']);
                    continue;
                }
            }
            // A term alone opens the section: right under the heading, or
            // under a subtitle in brackets.
            let opens = continuation == 0
                || lines[h + 1..j]
                    .iter()
                    .filter(|l| !l.is_blank())
                    .all(|l| text[l.content.clone()].starts_with(['（', '(']));
            let item = unnumbered_in_layout(text, lines, j, number, &mut term_lines, opens);
            match item {
                Some(item) => {
                    items.push((j, item));
                    last_line = j;
                    continuation = 0;
                }
                None if items.is_empty() => {
                    // A subtitle such as `（按报告中出现顺序排列）`.
                    continuation += 1;
                    if continuation > 1 {
                        break;
                    }
                }
                None => {
                    continuation += 1;
                    if continuation > 3 {
                        break;
                    }
                    last_line = j;
                }
            }
        }
        // A single note must show more (see `score`).
        if !items.is_empty() {
            runs.push(Run {
                items,
                last_line,
                heading: (!after_close).then_some((h, heading_range)),
                weak_heading,
                unnumbered: true,
                full_stop_terms: false,
                after_close,
            });
        }
    }
    runs
}

/// The line of the speech's closing words: its last paragraph turning to
/// the deputies (`各位代表，…而努力奋斗！`), in the second half of the text.
fn closing_address(text: &str, lines: &[Line], start_line: usize) -> Option<usize> {
    let half = text.len() / 2;
    (start_line..lines.len()).rev().find(|&i| {
        let line = &lines[i];
        line.range.start >= half
            && crate::notes::addresses_the_deputies(&text[line.content.clone()])
    })
}

/// A line under a notes heading that tells how the list is laid out, not
/// a note: a remark label (`说明：`, `注：`, `【备注】`) or words opening with
/// `以下` / `下列` (`以下名词按在报告中出现先后排列：`). A remark word is
/// never a term explained.
fn describes_the_list(content: &str) -> bool {
    // Only the line's first characters matter: a paragraph is read no further.
    let head: String = content.chars().take(8).collect();
    let words = compact(&head);
    let words = words.trim_start_matches(['【', '[', '［', '〔', '（', '(']);
    let after_label = ["说明", "备注", "附注", "注"]
        .iter()
        .find_map(|label| words.strip_prefix(label))
        .and_then(|rest| rest.strip_prefix(['：', ':', '】', ']', '］', '〕', '）', ')']));
    after_label.is_some() || words.starts_with("以下") || words.starts_with("下列")
}

/// A notes heading in the few lines above an item (a subtitle such as
/// `（按报告中出现顺序排列）` may stand between, and a table's column
/// headers, `序号` / `名词` / `解释`, one a line or all on one).
fn heading_above(
    text: &str,
    lines: &[Line],
    headings: &[bool],
    item_line: usize,
    start_line: usize,
) -> Option<(usize, Range<usize>)> {
    lines[start_line..item_line]
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, l)| !l.is_blank())
        .filter(|(k, l)| headings[start_line + k] || !is_column_header(&text[l.content.clone()]))
        .take(3)
        .find(|(k, _)| headings[start_line + k])
        .map(|(k, l)| (start_line + k, l.content.clone()))
}

/// The words a notes table's column headers use (`序号`, `名词　解释`).
const COLUMN_WORDS: [&str; 13] = [
    "序号", "编号", "名词", "名称", "词条", "术语", "词语", "概念", "解释", "释义", "含义", "内容",
    "说明",
];

/// A table's column headers over notes: only [`COLUMN_WORDS`], parted by
/// spaces.
fn is_column_header(content: &str) -> bool {
    content.len() <= 48 && cells(content).all(|cell| COLUMN_WORDS.contains(&cell))
}

/// The cells of a line, parted by spaces (a tab, as tables are pasted).
fn cells(content: &str) -> impl Iterator<Item = &str> {
    content.split(is_space).filter(|cell| !cell.is_empty())
}

/// Whether a run's items are the rows of a table whose column headers,
/// right above them from a `序号` or `编号` on, are not a notes table's
/// (`序号` / `项目名称` / `主要内容`: a list of projects, one a line or
/// all on one).
fn under_other_table(text: &str, lines: &[Line], run: &Run) -> bool {
    let above: Vec<&str> = lines[..run.items[0].0]
        .iter()
        .rev()
        .filter(|l| !l.is_blank())
        .take(4)
        .map(|l| &text[l.content.clone()])
        .collect();
    let Some(k) = above.iter().position(|l| {
        cells(l)
            .next()
            .is_some_and(|c| matches!(c, "序号" | "编号"))
    }) else {
        return false;
    };
    above[..=k]
        .iter()
        .all(|l| l.chars().count() <= 30 && !l.contains(['。', '；', '，']))
        && above[..=k]
            .iter()
            .flat_map(|l| cells(l))
            .any(|cell| !COLUMN_WORDS.contains(&cell))
}

fn trim_end(text: &str, range: Range<usize>) -> usize {
    range.start + text[range].trim_end_matches(is_space).len()
}

/// The term an item names, quotes and spaces dropped, if its layout names
/// one (or, in a list so laid out, a full stop closes it).
fn item_term(text: &str, line: &Line, item: &ItemStart, full_stop: bool) -> Option<String> {
    let rest = item.rest..line.content.end;
    let range = if item.stands_alone(text) {
        // A number alone on its line (a table's row), or a label over its
        // note (`注1` over `甲：…`): the term is below.
        cell_term_below(text, line.content.end).or_else(|| {
            (item.style == NumberStyle::Labelled)
                .then(|| crate::notes::term_below_label(text, line.content.end))
                .flatten()
        })
    } else {
        note_term_range(text, rest.clone()).or_else(|| {
            full_stop
                .then(|| full_stop_term(text, rest))
                .flatten()
                .map(|t| t.0)
        })
    }?;
    // Quotes stay: they part the words the body writes as they are
    // (`“三个一”机制`, `工业“标准地”`), which `longest_plain_part` finds.
    let term: String = text[range].chars().filter(|&c| !is_space(c)).collect();
    (term.chars().any(|c| !is_quote(c))).then_some(term)
}

/// Whether an item is a task of an annex list rather than a note.
fn is_task(content: &str) -> bool {
    [
        "牵头",
        "责任单位",
        "主办单位",
        "承办单位",
        "责任部门",
        "完成时限",
    ]
    .iter()
    .any(|w| content.contains(w))
}

/// How convincing a run is as the notes section; `None` when it is not one.
fn score(text: &str, lines: &[Line], run: &Run, report_start: usize) -> Option<f64> {
    let n = run.items.len();
    let start = run.first_offset();
    // What rules out a run without a heading by its size and place alone,
    // before its items are read (thousands of short numbered lists, each a
    // candidate, made this a tenth of parsing them).
    let early = start < report_start + (text.len() - report_start) / 2;
    // Markdown's footnote definitions (`[^1]: …`) say what they are as a
    // heading does.
    let headed = run.heading.is_some() && !run.weak_heading || footnote_definitions(text, run);
    // Under a bare `说明：` two items may be notes, read as a run with no
    // heading is.
    let fewest = if run.weak_heading { 2 } else { 3 };
    // Fewer items, near the end, are notes still when the body above
    // writes each one's number as a marker right after its term
    // (`“甲”①` over `①甲：…`, `“乙”（注2）` over `注2：乙…`).
    let marked_few = || {
        !run.unnumbered
            && !headed
            && !run.weak_heading
            && !early
            && n < fewest
            && each_marked_above(text, lines, &run.items, run.full_stop_terms, start)
    };
    let too_few = n < fewest && !run.weak_heading && !marked_few();
    if !run.unnumbered && !headed && (too_few || early && !run_on_after_part(run, lines)) {
        return None;
    }
    // Under `说明：` every note counts, those run onto one line too
    // (`说明：①甲：…。②乙：…`): the run must read as notes by itself.
    let items: Cow<[(usize, ItemStart)]> = if run.weak_heading {
        Cow::Owned(
            run.items
                .iter()
                .flat_map(|(i, item)| {
                    items_on_line(text, item, lines[*i].content.end)
                        .into_iter()
                        .map(move |it| (*i, it))
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(&run.items)
    };
    let n = items.len();
    if !run.unnumbered && !headed && n < fewest && (run.weak_heading || too_few) {
        return None;
    }
    // Early in the report, notes run on after a part's last sentence must
    // each be marked after its term in the text above: a data remark is not.
    if !run.unnumbered
        && !headed
        && early
        && !each_marked_above(text, lines, &items, run.full_stop_terms, start)
    {
        return None;
    }
    let mut termish = 0;
    let mut tasks = 0;
    let mut terms = Vec::new();
    for (i, item) in items.iter() {
        let line = &lines[*i];
        if is_task(&text[line.content.clone()]) {
            tasks += 1;
        }
        match item_term(text, line, item, run.full_stop_terms) {
            Some(term) => {
                termish += 1;
                terms.push(term);
            }
            None if alone_on_its_line(text, lines, *i, item) => termish += 1,
            None => {}
        }
    }
    if tasks * 3 > n || is_table_note(text, lines, run) {
        return None;
    }
    let shape = termish as f64 / n as f64;
    let size = (n.min(60) as f64) / 600.0;
    if run.unnumbered && run.after_close {
        // After the closing words, with no heading: three items or more,
        // each a term, a colon and its explanation; nearly every term (four
        // in five) a name the body above writes, and half of them pointed
        // at there as terms are (quoted, marked) or numeric slogans. A web
        // page's lines after a report (`来源：…`, `责任编辑：…`) name
        // nothing the body does; data remarks (`居民收入：按常住人口计算`)
        // name words the body writes bare.
        let body = &text[report_start..start];
        let terms: Vec<&str> = items
            .iter()
            .filter_map(|(i, item)| colon_term(text, item.rest..lines[*i].content.end))
            .map(|term| &text[term])
            .collect();
        let written = terms.iter().filter(|t| written_as_name(body, t)).count();
        let pointed = terms.iter().filter(|t| used_as_term(body, t)).count();
        let explained = n >= 3 && !early && written * 5 >= n * 4 && pointed * 2 >= n;
        return explained.then_some(0.75 + size);
    }
    if run.unnumbered && run.weak_heading {
        // Under a bare `说明：`, after the body: two items or more, each a
        // term, a colon and its explanation, each term pointed at in the
        // body (quoted, or a marker after it) or a numeric slogan it uses.
        // A data remark's words (`增速：按可比价格计算`) are not pointed at.
        let explained = n >= 2
            && !early
            && items.iter().all(|(i, item)| {
                colon_term(text, item.rest..lines[*i].content.end)
                    .is_some_and(|term| used_as_term(&text[report_start..start], &text[term]))
            });
        return explained.then_some(2.0 + size);
    }
    if run.unnumbered && n == 1 {
        // A single note under `注：` (`注：“甲”：…`), where data notes
        // (`注：单位：万元`) stand as well: only near the end, its term
        // quoted or a numeric slogan, and used in the body above. Any
        // numbered run is the better reading.
        let (i, item) = &items[0];
        let raw = note_term_range(text, item.rest..lines[*i].content.end).map(|r| &text[r]);
        let used = raw.zip(terms.first()).is_some_and(|(raw, term)| {
            let needle = longest_plain_part(term);
            let named = raw.contains(is_quote) || crate::terms::is_numeric_slogan(term);
            named
                && needle.chars().count() >= 2
                && memmem::find(&text.as_bytes()[report_start..start], needle.as_bytes()).is_some()
        });
        return (!early && used).then_some(0.5);
    }
    if run.unnumbered {
        // Every item of an unnumbered run names a term by construction; a
        // numbered run under the same heading is the better reading.
        return Some(2.5 + size);
    }
    if headed {
        let explained =
            termish * 2 >= n || numbers_marked_above(text, &items, &text[report_start..start]);
        return explained.then_some(3.0 + shape + size);
    }
    // Without a heading: several items, nearly all term + explanation, in the
    // second half of the report, naming terms the body before them uses,
    // and not the rows of another table (`序号　项目名称　主要内容`).
    if termish * 5 < n * 4 || under_other_table(text, lines, run) {
        return None;
    }
    let body = &text.as_bytes()[report_start..start];
    let used = terms
        .iter()
        .filter(|t| {
            let needle = longest_plain_part(t);
            needle.chars().count() >= 2
                && memmem::find_iter(body, needle.as_bytes()).any(|at| {
                    !run.weak_heading || pointed_at(&text[report_start..start], at, needle)
                })
        })
        .count();
    (used * 2 >= n).then(|| 1.0 + used as f64 / n as f64 + shape + size)
}

/// Whether every item is a Markdown footnote definition (`[^1]: …`).
fn footnote_definitions(text: &str, run: &Run) -> bool {
    !run.unnumbered
        && run
            .items
            .iter()
            .all(|(_, item)| text[item.number_range.clone()].starts_with("[^"))
}

/// Whether the body writes each item's number as a marker, in the items'
/// own form (`①`, `［2］`, `¹`, `[^3]`), glued after a word or a closing
/// quote (`“甲”①`), not opening a clause as an enumeration's does
/// (`：①…；②…`): notes that explain without naming their term
/// (`①指甲、乙、丙一起发展。`) are told by the markers pointing at them.
fn numbers_marked_above(text: &str, items: &[(usize, ItemStart)], body: &str) -> bool {
    items.iter().all(|(_, item)| {
        let written = &text[item.number_range.clone()];
        let mark = written.trim_end_matches([':', '：']);
        let markdown = mark.starts_with("[^");
        matches!(
            item.style,
            NumberStyle::Circled | NumberStyle::Bracketed | NumberStyle::Superscript
        ) && memmem::find_iter(body.as_bytes(), mark.as_bytes()).any(|at| {
            markdown
                || body[..at].chars().next_back().is_some_and(|c| {
                    crate::chars::is_han(c) || matches!(c, '”' | '’' | '」' | '』' | '》' | '"')
                })
        })
    })
}

/// A run under a notes heading run on after a sentence (`……增长6%。注：①甲：…`),
/// which may close a part early in the report as well as the body.
fn run_on_after_part(run: &Run, lines: &[Line]) -> bool {
    run.weak_heading
        && run.heading.as_ref().is_some_and(|(line, heading)| {
            *line == run.items[0].0 && heading.start > lines[*line].content.start
        })
}

/// Whether every item names a term, and the text before the run writes
/// each term with the item's marker right after it (`“甲”①`).
fn each_marked_above(
    text: &str,
    lines: &[Line],
    items: &[(usize, ItemStart)],
    full_stop_terms: bool,
    start: usize,
) -> bool {
    let above = &text[..start];
    items.iter().all(|(i, item)| {
        item.style != NumberStyle::Dotted
            && item_term(text, &lines[*i], item, full_stop_terms).is_some_and(|term| {
                let term = longest_plain_part(&term);
                body_marks(text, item)
                    .iter()
                    .any(|mark| marked_after(above, term, mark))
            })
    })
}

/// How the body writes an item's number as a marker: as the item writes it
/// (`①`, `［2］`), or labelled with 注 (`注①`, `（注①）`); a labelled
/// item's number (`注3：`) in brackets (`（注3）`, `［注3］`).
fn body_marks(text: &str, item: &ItemStart) -> Vec<String> {
    let written = &text[item.number_range.clone()];
    if item.style != NumberStyle::Labelled {
        let written = written.trim_end_matches([':', '：']);
        return vec![
            written.to_string(),
            format!("注{written}"),
            format!("（注{written}）"),
            format!("(注{written})"),
        ];
    }
    let digits: String = written
        .chars()
        .filter(|&c| digit_value(c).is_some())
        .collect();
    [
        ("（", "）"),
        ("(", ")"),
        ("［", "］"),
        ("[", "]"),
        ("【", "】"),
        ("〔", "〕"),
    ]
    .iter()
    .map(|(open, close)| format!("{open}注{digits}{close}"))
    .collect()
}

/// `①两网融合。城乡管网…`: whether a run's terms are closed by full stops.
/// Every item naming no term otherwise opens with a short phrase and a
/// full stop, and the body before the run points at half of those phrases
/// at least (quoted, or a marker after them): a list of short steps
/// (`1.加强领导。…`) or data notes is not pointed at. Runs the score would
/// drop for their place alone are not read.
fn terms_closed_by_full_stop(text: &str, lines: &[Line], run: &Run, report_start: usize) -> bool {
    let start = run.first_offset();
    let early = start < report_start + (text.len() - report_start) / 2;
    if run.items.len() < 2 || (run.heading.is_none() && early) {
        return false;
    }
    let mut phrases = Vec::new();
    for (i, item) in &run.items {
        let rest = item.rest..lines[*i].content.end;
        if note_term_range(text, rest.clone()).is_some() {
            continue;
        }
        match full_stop_term(text, rest) {
            Some((term, _)) => phrases.push(term),
            None => return false,
        }
    }
    let body = &text[report_start..start];
    let pointed = phrases
        .iter()
        .filter(|term| {
            let needle = longest_plain_part(&text[(*term).clone()]);
            needle.chars().count() >= 2
                && memmem::find_iter(body.as_bytes(), needle.as_bytes())
                    .any(|at| pointed_at(body, at, needle))
        })
        .count();
    !phrases.is_empty() && pointed * 2 >= phrases.len()
}

/// The term of an item's line when a colon closes it (`“甲”：…`, `甲:…`).
fn colon_term(text: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let term = note_term_range(text, rest.clone())?;
    text[term.end..rest.end]
        .trim_start_matches(|c| is_space(c) || is_quote(c) || matches!(c, '*' | '_'))
        .starts_with(['：', ':'])
        .then_some(term)
}

/// Whether the body writes a note's term: its longest plain part, of three
/// characters or more, or quoted in the note, or a numeric slogan (`六稳`):
/// a two-character word written bare (`来源`, `时间`) is any text's.
fn written_as_name(body: &str, term: &str) -> bool {
    let quoted = term.contains(is_quote);
    let needle = longest_plain_part(term.trim_matches(is_space));
    let chars = needle.chars().count();
    (chars >= 3 || chars == 2 && (quoted || crate::terms::is_numeric_slogan(needle)))
        && memmem::find(body.as_bytes(), needle.as_bytes()).is_some()
}

/// Whether the body uses a note's term as one: pointed at (quoted, or a
/// marker after it), or a numeric slogan (`两园一区`) written anywhere.
fn used_as_term(body: &str, term: &str) -> bool {
    let plain: String = term
        .chars()
        .filter(|&c| !is_space(c) && !is_quote(c))
        .collect();
    let needle = longest_plain_part(&plain);
    needle.chars().count() >= 2
        && (crate::terms::is_numeric_slogan(needle) && body.contains(needle)
            || memmem::find_iter(body.as_bytes(), needle.as_bytes())
                .any(|at| pointed_at(body, at, needle)))
}

/// Whether the body writes a term at `at` as a note's term is pointed at:
/// in quotes (`“甲”`) or with a marker after it (`甲①`, `甲［1］`, `甲(1)`).
/// Under a bare `说明：` a term the body only mentions may be a word a data
/// note explains (`增速：按可比价计算`).
fn pointed_at(body: &str, at: usize, term: &str) -> bool {
    let before = body[..at].chars().next_back();
    let after = body[at + term.len()..].chars().next();
    before.is_some_and(is_quote) && after.is_some_and(is_quote)
        || after.is_some_and(|c| {
            circled_value(c).is_some()
                || superscript_value(c).is_some()
                || matches!(c, '［' | '[' | '〔' | '（' | '(')
        })
}

/// A table's note (`注：1.生产总值：按可比价计算。`) inside the body: a run
/// under the bare label 注 right under a table's rows, or with one of the
/// report's parts (`二、…`) following it before any annex (the notes
/// section closes the body).
fn is_table_note(text: &str, lines: &[Line], run: &Run) -> bool {
    let Some((heading_line, heading)) = &run.heading else {
        return false;
    };
    if compact(&text[heading.clone()]).trim_end_matches([':', '：']) != "注" {
        return false;
    }
    // `推进甲①。\n注：①甲：…`: the notes of a part, pointed at from the body
    // by the marker its first note carries; a table's notes are not.
    // The mark must follow its note's term (`“甲”①`), not open a list's
    // item (`①稳就业；②…`).
    if let Some(body) = text.get(..heading.start)
        && run.items.iter().any(|(i, item)| {
            item.style != NumberStyle::Dotted
                && item_term(text, &lines[*i], item, run.full_stop_terms).is_some_and(|term| {
                    marked_after(
                        body,
                        longest_plain_part(&term),
                        &text[item.number_range.clone()],
                    )
                })
        })
    {
        return false;
    }
    // Right under a table's rows (`生产总值　　亿元　　128`): its notes.
    if lines[..*heading_line]
        .iter()
        .rev()
        .find(|l| !l.is_blank())
        .is_some_and(|l| is_table_row(&text[l.content.clone()]))
    {
        return true;
    }
    // Dotted notes of a part, naming the terms it quotes (`“甲”…` over
    // `注：1.甲：…`), are its notes though no mark points at them.
    let part_start = lines[..*heading_line]
        .iter()
        .rposition(|l| opens_part(text, l))
        .map_or(0, |k| lines[k].range.start);
    if quotes_its_terms(text, lines, run, &text[part_start..heading.start]) {
        return false;
    }
    lines[run.items[0].0 + 1..]
        .iter()
        .filter(|l| !l.is_blank())
        .take_while(|l| crate::outline::annex_heading(text, l).is_none())
        .any(|l| crate::outline::is_section_heading(&text[l.content.clone()]))
}

/// A row of a table turned into text: three cells or more parted by runs
/// of two spaces or a tab, no sentence.
fn is_table_row(content: &str) -> bool {
    let cells = content
        .trim_matches(is_space)
        .split(['\t'])
        .flat_map(|piece| piece.split("  ").flat_map(|p| p.split("　　")))
        .filter(|cell| !cell.trim_matches(is_space).is_empty())
        .count();
    cells >= 3 && !content.contains(['。', '；', ';'])
}

/// The longest part of a term between quotes and brackets: what the body
/// writes the same way whatever its quoting.
fn longest_plain_part(term: &str) -> &str {
    term.split(|c: char| is_quote(c) || matches!(c, '《' | '》' | '（' | '）' | '(' | ')' | '、'))
        .max_by_key(|s| s.len())
        .unwrap_or(term)
}

/// An item whose line holds only a short term, its explanation below.
fn alone_on_its_line(text: &str, lines: &[Line], i: usize, item: &ItemStart) -> bool {
    let rest = &text[item.rest..lines[i].content.end];
    let next_is_text = lines[i + 1..]
        .iter()
        .find(|l| !l.is_blank())
        .is_some_and(|l| item_start(text, l.content.start, None).is_none());
    next_is_text
        && !rest.is_empty()
        && rest.chars().count() <= 30
        && !rest.contains(['。', '；', ';', '，', ',', '：', ':'])
}

/// Two runs are one block scraped twice when most terms of the shorter one
/// are terms of the other.
fn same_block(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.iter().filter(|t| long.contains(t)).count() * 5 >= short.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    fn place(text: &str) -> Option<NotesPlace> {
        let lines = split_lines(text);
        find_notes(text, &lines, 0)
    }

    #[test]
    fn headings_in_any_dress() {
        for heading in [
            "注释",
            "注 释",
            "※注释※",
            "【名词解释】",
            "*名词解释",
            "名\u{2002}词\u{2002}解\u{2002}释",
            "名\u{a0}词\u{a0}注\u{a0}释",
            "附：名词解释",
            "附件一：名词解释",
            "附件2 名词解释",
            "附录：名词解释",
            "附录 名词解释",
            "术语解释：",
            "部分名词注释:",
            "《政府工作报告》相关注释",
            "《政府工作报告》有关内容名词注释",
            "政府工作报告名词解释",
            "主要名词解释",
            "2031年政府工作报告名词解释",
            "青川县政府工作报告名词解释",
            "名词解释（按在报告中出现的先后排列）",
            "附件3：政府工作报告有关名词解释",
            "五、名词解释",
            "报告中有关名词解释",
            "文中名词解释",
            "附：报告名词解释",
            "名词解释及说明",
            "注释说明",
            "（五）名词注释",
            "## 名词解释",
        ] {
            assert!(is_notes_heading(heading), "{heading}");
        }
        for line in [
            "注意事项",
            "名词",
            "关于注释的说明如下所述。",
            "解释权归本单位",
            "报告",
            "说明",
            "工作报告",
        ] {
            assert!(!is_notes_heading(line), "{line}");
        }
    }

    #[test]
    fn a_heading_and_its_items() {
        let text = "2031年某县政府工作报告\n正文用到“两通一平”。\n※注释※\n[1]“两通一平”：通水、通路、平整土地。\n[2]乙：丙。\n";
        let place = place(text).expect("notes");
        assert_eq!(&text[place.heading.clone()], "※注释※");
        assert!(text[place.first_item..].starts_with("[1]"));
    }

    #[test]
    fn a_dressed_heading_with_its_first_item_on_its_line() {
        // `【名词解释】①…`: the closing decoration ends the heading, with or
        // without a space. Missed, the markers raised notes-section-missing.
        for heading in ["【名词解释】", "※注释※ ", "［注释］", "附：名词解释 "]
        {
            let text = format!(
                "2031年某县政府工作报告\n推进“三河共治”①，实施“两园联动”②。\n{heading}①“三河共治”：治河、治岸、治污。\n②“两园联动”：产业园和物流园一体发展。\n"
            );
            let place = place(&text).expect(heading);
            assert_eq!(&text[place.heading.clone()], heading.trim_end());
            assert!(text[place.first_item..].starts_with("①“三河共治”"));
        }
        // A sentence that only mentions notes is no heading.
        let text = "2031年某县政府工作报告\n推进“三河共治”①。\n请见【注释】①三河共治的说明。\n";
        assert_eq!(place(text), None);
    }

    #[test]
    fn a_heading_glued_to_its_first_items_bracket_or_circle() {
        // `附：名词解释[1]甲：…`: the number's bracket is the only break.
        // Missed, the markers raised notes-section-missing.
        for (heading, first, second) in [
            ("附：名词解释", "[1]", "[2]"),
            ("注释", "［1］", "［2］"),
            ("名词解释", "①", "②"),
            ("注", "【1】", "【2】"),
        ] {
            let text = format!(
                "2031年某县政府工作报告\n推进“三河共治”{first}，实施“两园联动”{second}。\n{heading}{first}“三河共治”：治河、治岸、治污。\n{second}“两园联动”：产业园和物流园一体发展。\n"
            );
            let place = place(&text).expect(heading);
            assert_eq!(&text[place.heading.clone()], heading);
            assert!(text[place.first_item..].starts_with(first), "{heading}");
        }
        // A dotted first item glued on, or a spaced heading before a colon
        // (`注 释：1.…`, once read as a bare 注 over `释：1.…`).
        for heading in ["名词解释", "注 释：", "注 释 "] {
            let text = format!(
                "2031年某县政府工作报告\n推进“三河共治”，实施“两园联动”。\n{heading}1.“三河共治”：治河、治岸、治污。\n2.“两园联动”：产业园和物流园一体发展。\n"
            );
            let place = place(&text).expect(heading);
            assert_eq!(&text[place.heading.clone()], heading.trim_end());
            assert!(text[place.first_item..].starts_with("1."), "{heading}");
        }
    }

    #[test]
    fn notes_run_on_after_the_bodys_last_sentence() {
        // `……新篇章！注：①甲：…` with the next notes on lines of their own
        // (the paragraph break lost in a paste). Missed, no note was read and
        // the markers raised notes-section-missing.
        let body = "2031年某县政府工作报告\n推进“三河共治”{1}，实施“两园联动”{2}和“四季同游”{3}。\n二、今年安排\n抓好落实，共创美好未来！";
        for (heading, marks) in [
            ("注：", ["①", "②", "③"]),
            ("名词解释：", ["［1］", "［2］", "［3］"]),
            ("注释", ["①", "②", "③"]),
        ] {
            let text = body
                .replace("{1}", marks[0])
                .replace("{2}", marks[1])
                .replace("{3}", marks[2])
                + &format!(
                    "{heading}{}“三河共治”：治河、治岸、治污。\n{}“两园联动”：产业园和物流园一体发展。\n{}“四季同游”：四季都有游览线路。\n",
                    marks[0], marks[1], marks[2]
                );
            let place = place(&text).expect(heading);
            assert_eq!(&text[place.heading.clone()], heading, "{text}");
            assert!(text[place.first_item..].starts_with(marks[0]));
            assert_eq!(
                note_terms(&text),
                ["“三河共治”", "“两园联动”", "“四季同游”"]
            );
        }
        // All the notes on the body's last line, after its last sentence.
        let text = "2031年某县政府工作报告\n推进“三河共治”①，实施“两园联动”②。\n二、今年安排\n抓好落实，共创美好未来！注：①“三河共治”：治河、治岸、治污。②“两园联动”：产业园和物流园一体发展。\n";
        assert_eq!(note_terms(text), ["“三河共治”", "“两园联动”"]);
        // A data remark run on after the last sentence is no notes section:
        // its items name no term the body points at.
        let text = "2031年某县政府工作报告\n推进“三河共治”，实施“两园联动”。\n二、今年安排\n抓好落实。注：1.增速按可比价计算。\n2.部分数据为快报数。\n3.总值由统计部门核算。\n";
        assert_eq!(place(text), None);
    }

    /// The terms of the notes `text` is read to hold.
    fn note_terms(text: &str) -> Vec<String> {
        let doc = crate::Document::parse(text, &crate::Config::default());
        doc.notes
            .iter()
            .filter_map(|n| n.term_range.clone().map(|r| doc.text[r].to_string()))
            .collect()
    }

    #[test]
    fn unnumbered_notes_may_start_on_the_heading_line() {
        // `注：“甲”：…` then more `“乙”：…` lines: missed, none of the notes
        // was read and their slogans were reported unexplained.
        let body =
            "2031年某县政府工作报告\n推进“三河共治”，实施“两园联动”。\n二、今年安排\n抓好落实。\n";
        let text = format!(
            "{body}注：“三河共治”：治河、治岸、治污。\n“两园联动”：产业园和物流园一体发展。\n"
        );
        assert_eq!(note_terms(&text), ["“三河共治”", "“两园联动”"]);
        let place = place(&text).expect("notes");
        assert!(place.unnumbered);
        assert_eq!(&text[place.heading.clone()], "注：");
    }

    #[test]
    fn unnumbered_notes_run_on_in_one_paragraph() {
        // `“甲”：….“乙”：…` in one paragraph: missed, the second note's
        // term was read as the first's explanation.
        let body =
            "2031年某县政府工作报告\n推进“三河共治”，实施“两园联动”。\n二、今年安排\n抓好落实。\n";
        let text = format!(
            "{body}名词解释\n“三河共治”：治河、治岸、治污。“两园联动”：产业园和物流园一体发展。\n“一村一品”：每村一个产业。\n"
        );
        assert_eq!(
            note_terms(&text),
            ["“三河共治”", "“两园联动”", "“一村一品”"]
        );
        // A name that is part of the note's term explains that part.
        let text = format!(
            "{body}名词解释\n两园联动：两个园区一体发展。“两园”：产业园和物流园。\n“三河共治”：治河、治岸、治污。\n"
        );
        assert_eq!(note_terms(&text), ["两园联动", "“三河共治”"]);
    }

    #[test]
    fn a_single_unnumbered_note_needs_a_named_term_the_body_uses() {
        let body = "2031年某县政府工作报告\n推进“三河共治”，产值增长。\n二、今年安排\n抓好落实。\n";
        let one = format!("{body}注：“三河共治”：治河、治岸、治污。\n");
        assert_eq!(note_terms(&one), ["“三河共治”"]);
        let headed = format!("{body}名词解释\n三河共治：治河、治岸、治污。\n");
        assert_eq!(note_terms(&headed), ["三河共治"]);
        // A data note, or a term the body never uses, is no note.
        for quiet in [
            format!("{body}注：单位：万元。\n"),
            format!("{body}注：“四水同治”：治水的四个方面。\n"),
        ] {
            assert_eq!(place(&quiet), None, "{quiet}");
        }
    }

    #[test]
    fn terms_set_off_by_a_full_width_space_make_a_section() {
        // A typeset layout: no colon, the term parted from its explanation
        // by a full-width space. Missed, the markers raised
        // notes-section-missing.
        let text = "2031年某县政府工作报告\n推进“三河共治”①，实施“两园联动”②。\n注释\n①三河共治　治河、治岸、治污。\n②两园联动　产业园和物流园一体发展。\n";
        let place = place(text).expect("notes");
        assert_eq!(&text[place.heading.clone()], "注释");
        assert!(text[place.first_item..].starts_with("①三河共治"));
    }

    #[test]
    fn a_glossary_set_as_a_table_makes_a_section() {
        // A Word table saved as text: a header row, then one row a note,
        // its cells parted by tabs. Missed, the markers raised
        // notes-section-missing.
        let text = "2031年某县政府工作报告\n推进“三河共治”①，实施“两园联动”②。\n名词解释\n序号\t名词\t解释\n1\t三河共治\t治河、治岸、治污。\n2\t两园联动\t产业园和物流园一体发展。\n";
        let place = place(text).expect("notes");
        assert_eq!(&text[place.heading.clone()], "名词解释");
        assert!(text[place.first_item..].starts_with("1\t三河共治"));
        let doc = crate::Document::parse(text, &crate::Config::default());
        let terms: Vec<&str> = doc
            .notes
            .iter()
            .filter_map(|n| n.term_range.clone().map(|r| &doc.text[r]))
            .collect();
        assert_eq!(terms, ["三河共治", "两园联动"]);
    }

    #[test]
    fn a_run_without_heading_needs_terms_the_body_uses() {
        let body = "正文一段，推进“三河共治”和“两网融合”，实施“一村一品”计划。\n".repeat(3);
        let notes = "1.“三河共治”：治河、治岸、治污。\n2.“两网融合”：两张网合一。\n3.“一村一品”：每村一个产业。\n";
        let text = format!("{body}{notes}");
        let place = place(&text).expect("notes");
        assert!(place.heading.is_empty());
        assert!(text[place.first_item..].starts_with("1.“三河共治”"));

        // The same items naming nothing of the body are an ordinary list.
        let other = "正文一段，没有提到那些词。\n".repeat(9);
        assert_eq!(self::place(&format!("{other}{notes}")), None);
    }

    #[test]
    fn items_without_numbers_under_a_heading() {
        let text = "2031年某市政府工作报告\n推进“十项达标”，实施光明行。\n名词解释\n十项达标：十个方面达到标准。\n光明行：为困难群众做白内障手术。\n“三品一标”：三类认证农产品和地理标志。\n";
        let place = place(text).expect("notes");
        assert!(place.unnumbered);
        assert!(text[place.first_item..].starts_with("十项达标"));
        // Without a heading, lines with colons are only sentences.
        let body = "2031年某市政府工作报告\n重点工作：抓项目。\n主要目标：增长5%。\n";
        assert_eq!(self::place(body), None);
    }

    #[test]
    fn chinese_ordinals_number_notes_too() {
        let text = "2031年某市政府工作报告\n建设“六个城市”。\n名 词 解 释\n一、六个城市：六种城市形态。\n二、两不愁三保障：不愁吃穿，有保障。\n";
        let place = place(text).expect("notes");
        assert!(!place.unnumbered);
        assert!(text[place.first_item..].starts_with("一、六个城市"));
    }

    #[test]
    fn notes_between_two_parts_are_not_swallowed_by_the_parts_numbers() {
        let text = "2031年某县政府工作报告\n一、回顾\n推进“两通”①。\n注释：①两通：通水、通路。\n二、安排\n继续推进。\n";
        let place = place(text).expect("notes");
        assert!(text[place.first_item..].starts_with("①两通"));
    }

    #[test]
    fn a_subtitle_then_the_first_note_on_the_headings_line() {
        let text = "推进“甲园”①和“乙事”②。\n名词解释（按出现先后排列）1.甲园：一园两区。\n2.乙事：三件事。\n";
        let place = place(text).expect("notes");
        assert_eq!(&text[place.heading.clone()], "名词解释（按出现先后排列）");
        assert!(text[place.first_item..].starts_with("1.甲园"));
        // A number in the parentheses is a labelled note's, no subtitle.
        assert!(!says_how("注（1）"));
        assert!(says_how("名词解释（按拼音排序）"));
    }

    #[test]
    fn a_task_list_is_not_a_notes_section() {
        let text = "附件1\n2031年民生实事\n1.修路：修好乡道10公里。（牵头单位：交通局）\n2.建校：新建学校2所。（牵头单位：教育局）\n附件2\n名 词 解 释\n1.“两通”：通水、通路。\n2.乙：丙。\n";
        let place = place(text).expect("notes");
        assert_eq!(&text[place.heading.clone()], "名 词 解 释");
    }

    #[test]
    fn a_block_scraped_twice_is_read_once() {
        let block = "名词解释\n1.“两通”：通水、通路。\n2.“三改”：改厨、改厕、改圈。\n3.“四好”：建好、管好、护好、运营好。\n";
        let short = "名词解释\n1.“两通”：通水、通路。\n2.“三改”：改厨、改厕、改圈。\n";
        let text = format!("报告正文。\n{short}结束语重复。\n{block}");
        let place = place(&text).expect("notes");
        assert_eq!(place.copies.len(), 1);
        assert!(
            text[place.first_item..]
                .starts_with("1.“两通”：通水、通路。\n2.“三改”：改厨、改厕、改圈。\n3.")
        );
    }

    /// The notes of a whole text, found and parsed as a document does.
    fn notes_of(text: &str) -> Vec<crate::notes::Note> {
        let lines = split_lines(text);
        let place = find_notes(text, &lines, 0).expect("notes");
        crate::notes::parse_notes(
            text,
            &lines,
            place.first_item,
            place.stop_line,
            false,
            false,
            false,
        )
    }

    #[test]
    fn a_notes_own_list_after_a_full_stop_keeps_the_notes_after_it() {
        // Note 2's list is numbered as the notes are, after a full stop
        // rather than a colon: note 3 follows it, naming its term.
        let text = "正文。\n名词解释\n1.甲园：说明。\n2.乙事：包括两项。\n1.修路；\n2.建校。\n3.丙区：说明。\n";
        let notes = notes_of(text);
        let read: Vec<(u32, Option<&str>, &str)> = notes
            .iter()
            .map(|n| (n.number, n.term.as_deref(), n.text(text)))
            .collect();
        assert_eq!(
            read,
            [
                (1, Some("甲园"), "说明。"),
                (2, Some("乙事"), "包括两项。\n1.修路；\n2.建校。"),
                (3, Some("丙区"), "说明。"),
            ]
        );
        // A list the notes do not resume after is a list of its own.
        let text = "正文。\n名词解释\n1.甲园：说明。\n2.乙事：说明。\n说明\n1.修路；\n2.建校。\n";
        let notes = notes_of(text);
        assert_eq!(notes.len(), 2);
    }
}
