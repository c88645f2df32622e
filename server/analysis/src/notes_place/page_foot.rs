//! Notes at the foot of each page, as a PDF copied to text leaves them:
//! a page's body, then a line per note of that page (`①甲：…` under
//! `“甲”①`), numbered on from the page before or afresh, with no heading
//! anywhere. A superscript copied as plain digits (`1甲：…` under `“甲”1`)
//! is read too, where every such line's term stands glued to its digits
//! in the page above.

use std::ops::Range;

use super::NotesPlace;
use crate::chars::{circled_value, digit_value, is_han, is_quote, is_space, superscript_value};
use crate::lines::Line;

/// The most characters of a term read after a note's marker.
const MAX_TERM_CHARS: usize = 20;
/// How many uses of a mark above a note are read: a page writes each
/// once, a text made of marks no more.
const MAX_MARKS_READ: usize = 64;
/// How many characters may stand between a term and its marker.
const TERM_TO_MARK_CHARS: usize = 24;
/// How far above a foot note its term and marker are looked for: its page.
const PAGE_WINDOW: usize = 16 * 1024;
/// The most lines opening with a marker that are read: a text with more
/// is a list, not pages' notes.
const MAX_MARKED_LINES: usize = 200;
/// The most lines a note wraps onto between two notes of a page.
const MAX_WRAPPED_LINES: usize = 12;

/// The marker opening `line` as a marker is written in the body: one
/// circled or superscript character, or a short number in brackets
/// (`［2］`, `[2]`, `〔2〕`, `【2】`, `（2）`); with its value.
pub(crate) fn leading_mark(line: &str) -> Option<(&str, u32)> {
    let first = line.chars().next()?;
    if let Some(n) = circled_value(first).or_else(|| superscript_value(first)) {
        return Some((&line[..first.len_utf8()], n));
    }
    let close = match first {
        '［' => '］',
        '[' => ']',
        '〔' => '〕',
        '【' => '】',
        '（' => '）',
        '(' => ')',
        _ => return None,
    };
    let end = line.char_indices().take(8).find(|&(_, c)| c == close)?.0;
    let inner = &line[first.len_utf8()..end];
    let mut value = 0u32;
    for c in inner.chars() {
        value = value.checked_mul(10)?.checked_add(digit_value(c)?)?;
    }
    (!inner.is_empty()).then_some((&line[..end + close.len_utf8()], value))
}

/// Characters that follow a count, a date or an amount, never a term's
/// first: digits before one open no note (`3个`, `5月`, `8万`).
pub(crate) const AFTER_A_NUMBER: &str =
    "年月日时号个万亿元千百十项条家所座名位点张篇处次天周届期批种类是";

/// A note's number as bare digits glued to its term (`1甲：…`, `12“乙”：…`),
/// as a superscript copied as text leaves it: one or two digits, then a
/// Chinese character or an opening quote that no count or date opens.
pub(crate) fn leading_bare_digits(line: &str) -> Option<(&str, u32)> {
    let len = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&len) {
        return None;
    }
    let next = line[len..].chars().next()?;
    let opens_words = next == '“' || (is_han(next) && !AFTER_A_NUMBER.contains(next));
    let value: u32 = line[..len].parse().ok()?;
    (opens_words && value > 0).then_some((&line[..len], value))
}

/// The term of a note line's `rest` (before its colon), quotes and
/// spaces trimmed, when it is a term's length and holds Chinese.
fn term_of(rest: &str) -> Option<&str> {
    let (term, _) = rest.split_once(['：', ':'])?;
    let trimmed = term.trim_matches(|c: char| is_quote(c) || is_space(c));
    let chars = trimmed.chars().count();
    ((2..=MAX_TERM_CHARS).contains(&chars) && trimmed.chars().any(is_han)).then_some(trimmed)
}

/// Whether `above` writes the term of `rest` (a line after its bare
/// digits `mark`) a few words before those very digits standing as a mark:
/// glued after a Chinese character or a closing quote (`“甲”1`, `“甲、
/// 乙”2`), and no digit, point or measure word after them (`甲12`, `甲1.5`,
/// `甲3个` are no marks).
fn bare_mark_above(above: &str, rest: &str, mark: &str) -> bool {
    let Some(term) = term_of(rest) else {
        return false;
    };
    memchr::memmem::find_iter(above.as_bytes(), mark.as_bytes())
        .filter(|&at| {
            let before = above[..at].chars().next_back();
            let after = above[at + mark.len()..].chars().next();
            before.is_some_and(|c| is_han(c) || c == '”' || c == '"')
                && after.is_none_or(|c| {
                    !(c.is_ascii_digit() || matches!(c, '.' | '%') || AFTER_A_NUMBER.contains(c))
                })
        })
        .take(MAX_MARKS_READ)
        .any(|at| term_before(above, at, term))
}

/// Whether `rest` (a line after its marker `mark`) names a term before a
/// colon that `above` writes just before `mark` (within a few words).
pub(crate) fn explains_mark_above(above: &str, rest: &str, mark: &str) -> bool {
    let Some(term) = term_of(rest) else {
        return false;
    };
    // The term just before the marker: right before it, or a few words
    // before (`“甲”“乙”①` explained by `①甲、乙：…`).
    memchr::memmem::find_iter(above.as_bytes(), mark.as_bytes())
        .take(MAX_MARKS_READ)
        .any(|at| term_before(above, at, term))
}

/// Whether `above` writes `term` within a few words before `at` (a
/// marker's start), on the marker's line.
fn term_before(above: &str, at: usize, term: &str) -> bool {
    let lead = &above[..at];
    let from = lead
        .char_indices()
        .rev()
        .take(TERM_TO_MARK_CHARS + term.chars().count())
        .take_while(|&(_, c)| c != '\n')
        .last()
        .map_or(at, |(i, _)| i);
    lead[from..].contains(term)
}

/// A run of lines opening with a marker, only blank lines between them.
struct MarkedRun {
    /// (line, the marker's length in bytes, its number) of each.
    lines: Vec<(usize, usize, u32)>,
    /// The markers are bare digits (see [`leading_bare_digits`]).
    bare: bool,
}

/// The groups of notes at the pages' feet, each a headingless place.
///
/// The lines opening with a marker are taken in runs (only blank lines
/// between). A run is a page's notes when its numbers rise one by one and
/// one of its lines explains the mark above it: the page's text (since
/// the notes before) writes its term just before that very marker
/// (`“甲”①` over `①甲：…`); or when none does but its numbers go on from
/// the page before and the page carries their marks. A run right below a
/// page's notes, numbered on, after a line or two without its mark, goes
/// on with them (a long note wrapped). Another run is a list of the body
/// (`①新建学校3所`), left to the body. Nothing is read when a run with an
/// explained line does not number one by one, when a run numbered on
/// stands below no page of its own, when the first page's notes do not
/// open at 1, or when a page's fall below the page's before without
/// starting afresh.
pub(super) fn page_foot_groups(text: &str, lines: &[Line], start_line: usize) -> Vec<NotesPlace> {
    let runs = marked_runs(text, lines, start_line);
    let Some(runs) = runs else {
        return Vec::new();
    };
    let report_start = lines.get(start_line).map_or(0, |l| l.range.start);
    let mut places: Vec<NotesPlace> = Vec::new();
    let mut above_from = report_start;
    let mut last_number: Option<u32> = None;
    for run in &runs {
        let (first_line, first_mark, first_number) = run.lines[0];
        let (last_line, _, last_of_run) = run.lines[run.lines.len() - 1];
        let rising = run.lines.windows(2).all(|w| w[1].2 == w[0].2 + 1);
        // A long note of a page wrapped onto a line or two of its own
        // parts the page's notes: the next numbered on, right below, goes
        // on with them, unless those lines write its mark (the next
        // page's text).
        if let Some(page) = places.last_mut()
            && !run.bare
            && rising
            && last_number.is_some_and(|before| first_number == before + 1)
            && wrapped_note(text, lines, page.stop_line..first_line, first_mark)
        {
            page.stop_line = last_line + 1;
            above_from = lines[last_line].range.end;
            last_number = Some(last_of_run);
            continue;
        }
        let start = lines[first_line].range.start;
        let window = above_from.max(start.saturating_sub(PAGE_WINDOW));
        let window = (window..=start)
            .find(|&at| text.is_char_boundary(at))
            .unwrap_or(start);
        let above = &text[window..start];
        let explained = run
            .lines
            .iter()
            .filter(|&&(line, mark_len, _)| {
                let content = &text[lines[line].content.clone()];
                let rest = content[mark_len..].trim_start_matches(is_space);
                if run.bare {
                    bare_mark_above(above, rest, &content[..mark_len])
                } else {
                    explains_mark_above(above, rest, &content[..mark_len])
                }
            })
            .count();
        let opens = match last_number {
            None => first_number == 1,
            Some(before) => first_number == 1 || first_number > before,
        };
        // Bare digits open many a line of the body (`3处…`): a page's notes
        // only where every line's term stands a few words before its
        // digits above, numbered one by one from 1 or on from the page
        // before.
        if run.bare && (explained < run.lines.len() || !rising || !opens) {
            continue;
        }
        // A page's notes whose terms the page writes otherwise still
        // number on from the page before, and the page carries their
        // marks (a notes block cut by a line of its own carries none).
        let numbered_on = last_number.is_some_and(|before| first_number == before + 1);
        let marks_above = run.lines.iter().all(|&(line, mark_len, _)| {
            let content = &text[lines[line].content.clone()];
            memchr::memmem::find(above.as_bytes(), &content.as_bytes()[..mark_len]).is_some()
        });
        if explained == 0 && !(numbered_on && rising && marks_above) {
            // Numbered on from the last page but below no page of its own
            // (a notes block cut by a line of its own): which notes it
            // holds is not plain, and leaving it would lose them.
            if numbered_on && rising {
                return Vec::new();
            }
            continue;
        }
        if !rising || !opens {
            return Vec::new();
        }
        // The next page's text starts after these notes (a list of the
        // body left above stays in its page).
        above_from = lines[last_line].range.end;
        last_number = Some(last_of_run);
        let at = lines[first_line].content.start;
        places.push(NotesPlace {
            heading: at..at,
            heading_line: first_line,
            first_item: at,
            stop_line: last_line + 1,
            copies: Vec::new(),
            unnumbered: false,
            full_stop_terms: false,
            serves_from: None,
            page_foot: true,
            bare_digits: run.bare,
        });
    }
    // The last note of a page cut mid-sentence, wrapped onto lines of its
    // own, keeps them where the page's number closes them (a page with no
    // notes of its own may stand there too, but then the note above ends
    // its sentence).
    for k in 0..places.len() {
        let last = &text[lines[places[k].stop_line - 1].content.clone()];
        if last.ends_with(['。', '！', '？', '；', '.', ';']) {
            continue;
        }
        let next = places.get(k + 1).map_or(lines.len(), |p| p.heading_line);
        if let Some(number_line) = page_number_below(text, lines, places[k].stop_line..next) {
            places[k].stop_line = number_line;
        }
    }
    places
}

/// The page's number closing a note's own lines in `below`: within
/// [`MAX_WRAPPED_LINES`] lines with words, none opening with a marker.
fn page_number_below(text: &str, lines: &[Line], below: Range<usize>) -> Option<usize> {
    let start = below.start;
    let mut worded = 0;
    for i in below {
        let line = &lines[i];
        if line.is_blank() {
            continue;
        }
        let content = &text[line.content.clone()];
        if crate::page_numbers::is_page_number(content) {
            return (worded > 0).then_some(i).filter(|&at| at > start);
        }
        worded += 1;
        if worded > MAX_WRAPPED_LINES || leading_mark(content).is_some() {
            return None;
        }
    }
    None
}

/// Whether `between` (the lines after a page's notes, up to the next
/// line opening with a marker) are a note's own lines: one to
/// [`MAX_WRAPPED_LINES`] with words, none writing the next line's mark
/// (`mark_len` bytes of its start).
fn wrapped_note(text: &str, lines: &[Line], between: Range<usize>, mark_len: usize) -> bool {
    let Some(next) = lines.get(between.end) else {
        return false;
    };
    let mark = &text[next.content.start..next.content.start + mark_len];
    let worded: Vec<&Line> = lines[between].iter().filter(|l| !l.is_blank()).collect();
    (1..=MAX_WRAPPED_LINES).contains(&worded.len())
        && !worded
            .iter()
            .any(|l| text[l.content.clone()].contains(mark))
}

/// The runs of lines opening with a marker; `None` past
/// [`MAX_MARKED_LINES`] (a list, not pages' notes). Lines opening with
/// bare digits make runs of their own, dropped past as many such lines.
fn marked_runs(text: &str, lines: &[Line], start_line: usize) -> Option<Vec<MarkedRun>> {
    let mut runs: Vec<MarkedRun> = Vec::new();
    let (mut marked, mut bare_marked) = (0, 0);
    let mut previous: Option<bool> = None;
    for (i, line) in lines.iter().enumerate().skip(start_line) {
        if line.is_blank() {
            continue;
        }
        let content = &text[line.content.clone()];
        let (mark, number, bare) = match leading_mark(content) {
            Some((mark, number)) => (mark, number, false),
            None => match leading_bare_digits(content) {
                Some((mark, number)) => (mark, number, true),
                None => {
                    previous = None;
                    continue;
                }
            },
        };
        if bare {
            bare_marked += 1;
        } else {
            marked += 1;
            if marked > MAX_MARKED_LINES {
                return None;
            }
        }
        let entry = (i, mark.len(), number);
        match (previous, runs.last_mut()) {
            (Some(was_bare), Some(run)) if was_bare == bare => run.lines.push(entry),
            _ => runs.push(MarkedRun {
                lines: vec![entry],
                bare,
            }),
        }
        previous = Some(bare);
    }
    if bare_marked > MAX_MARKED_LINES {
        runs.retain(|run| !run.bare);
    }
    Some(runs)
}
