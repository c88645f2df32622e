//! Title, year, region, sections, annexes and the notes section.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::{digit_value, small_chinese_number};
use crate::lines::{Line, compact};
pub use crate::notes_place::NotesPlace;
use crate::notes_place::find_notes_blocks;

/// The title line and what it tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub text: String,
    pub range: Range<usize>,
    pub year: Option<i32>,
    pub region: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeadingKind {
    /// `一、`
    Section,
    /// `(一)` / `（一）`
    Subsection,
    /// `附件1`
    Annex,
    /// `注释`, `名词解释` …
    Notes,
    /// One note of the notes section.
    Note,
}

impl HeadingKind {
    pub fn name(self) -> &'static str {
        match self {
            HeadingKind::Section => "section",
            HeadingKind::Subsection => "subsection",
            HeadingKind::Annex => "annex",
            HeadingKind::Notes => "notes",
            HeadingKind::Note => "note",
        }
    }
}

/// A node of the outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub kind: HeadingKind,
    pub number: Option<u32>,
    /// The heading's words (its lead sentence for a subsection).
    pub title: String,
    /// The heading itself.
    pub heading: Range<usize>,
    /// The heading and everything under it.
    pub range: Range<usize>,
    pub children: Vec<Heading>,
}

/// Where the parts of a report are.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Layout {
    pub title: Option<Title>,
    /// The report proper: from the title (or the start) to the end of the
    /// notes section, or to the end of the text.
    pub report: Range<usize>,
    /// Top-level headings: sections, annexes, the notes section.
    pub headings: Vec<Heading>,
    /// The notes section: heading line index, first item offset, line after.
    /// Where each part closes with its own notes, the last part's.
    pub notes: Option<NotesPlace>,
    /// The notes of the parts before the last, where each part has its own
    /// (`一、…` body, `注：①…`, `二、…` body, `注：①…`), in text order.
    pub part_notes: Vec<NotesPlace>,
    /// The notes stand before the body, under the title: the body is what
    /// follows them.
    pub notes_before_body: bool,
}

static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    // The year before the government's name or after it (`2024年甲市`,
    // `甲市2024年`).
    Regex::new(
        r"^(?:([0-9]{4})年(?:度)?)?(\p{Han}{0,20}?)(?:([0-9]{4})年(?:度)?)?(?:人民)?政府工作报告$",
    )
    .expect("valid regex")
});
static MEETING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—\-－─―]*\s*([0-9]{4})年[0-9]{1,2}月[0-9]{1,2}日").expect("valid regex")
});

// Headings are read by hand, not by regex captures (a capture per line was
// most of the outline's cost on a text of thousands of annexes); the unit
// tests compare each reader with the regex it replaces.

/// Whether `line` of `text` is a heading: one of the outline's, at any
/// depth, or a line numbered as one (`（二）`, `三、`).
pub(crate) fn is_heading_line(text: &str, outline: &[Heading], line: Range<usize>) -> bool {
    fn in_outline(outline: &[Heading], line: &Range<usize>) -> bool {
        outline.iter().any(|h| {
            h.range.start < line.end
                && line.start < h.range.end
                && (h.heading.start < line.end && line.start < h.heading.end
                    || in_outline(&h.children, line))
        })
    }
    let content = text
        .get(line.clone())
        .unwrap_or("")
        .trim_start_matches(crate::chars::is_space);
    in_outline(outline, &line)
        || section_number(content).is_some()
        || subsection_number(content).is_some()
}

/// The numerals of a heading number (`一` … `十`).
pub(crate) fn is_heading_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// One to three heading numerals opening `s`, and the rest.
fn heading_numerals(s: &str) -> Option<(&str, &str)> {
    let mut len = 0;
    for (count, c) in s.chars().enumerate() {
        if !is_heading_numeral(c) {
            break;
        }
        if count == 3 {
            return None;
        }
        len += c.len_utf8();
    }
    (len > 0).then(|| s.split_at(len))
}

/// `一、`, `二．`, `三.` opening a line: the numerals and where the number
/// ends (`^([一二三四五六七八九十]{1,3})[、．.]`).
pub(crate) fn section_number(content: &str) -> Option<(&str, usize)> {
    let (numerals, rest) = heading_numerals(content)?;
    let sep = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '、' | '．' | '.'))?;
    Some((numerals, numerals.len() + sep.len_utf8()))
}

/// Whether a line reads as a part's heading `二、今年工作安排`: a section
/// number and a few words, no sentence.
pub(crate) fn is_section_heading(content: &str) -> bool {
    section_number(content).is_some()
        && content.chars().nth(MAX_SECTION_TITLE_CHARS).is_none()
        && !content.contains(['。', '；', ';'])
}
const MAX_SECTION_TITLE_CHARS: usize = 30;

/// `（一）`, `(二)` opening a line: the numerals and where the number ends
/// (`^[（(]([一二三四五六七八九十]{1,3})[)）]`).
pub(crate) fn subsection_number(content: &str) -> Option<(&str, usize)> {
    let rest = content.strip_prefix(['（', '('])?;
    let open = content.len() - rest.len();
    let (numerals, rest) = heading_numerals(rest)?;
    let close = rest.chars().next().filter(|c| matches!(c, '）' | ')'))?;
    Some((numerals, open + numerals.len() + close.len_utf8()))
}

/// `附件`, `附件 2：名词解释` as a whole line: the number's characters (up
/// to three, maybe none) and the title's (up to 40 characters), as
/// `^附[ \t　]*件[ \t　]*([0-9０-９一二三四五六七八九十]{0,3})[ \t　]*[:：]?[ \t　]*(.{0,40})$`
/// captures them.
fn annex_parts(content: &str) -> Option<(&str, &str)> {
    let blank = |c: char| matches!(c, ' ' | '\t' | '　');
    let rest = content.strip_prefix('附')?.trim_start_matches(blank);
    let rest = rest.strip_prefix('件')?.trim_start_matches(blank);
    let digits: usize = rest
        .chars()
        .take_while(|&c| c.is_ascii_digit() || ('０'..='９').contains(&c) || is_heading_numeral(c))
        .take(3)
        .map(char::len_utf8)
        .sum();
    let (number, rest) = rest.split_at(digits);
    let rest = rest.trim_start_matches(blank);
    let title = rest
        .strip_prefix([':', '：'])
        .unwrap_or(rest)
        .trim_start_matches(blank);
    // Giving back a blank, the colon or a digit only lengthens the title:
    // the line is a heading exactly when this title is short enough.
    (title.chars().nth(40).is_none() && !title.contains('\n')).then_some((number, title))
}
const MAX_HEADING_CHARS: usize = 60;

/// Drops the headings, at any depth, that `inside` places in notes.
fn drop_children_in(children: &mut Vec<Heading>, inside: &impl Fn(&Heading) -> bool) {
    children.retain(|c| !inside(c));
    for c in children {
        drop_children_in(&mut c.children, inside);
    }
}

/// Finds the layout of a report in its lines.
pub fn layout(text: &str, lines: &[Line]) -> Layout {
    // The title stands before the body: a title-like line after a
    // paragraph, or after half the text, is a web page's tag list or a
    // footer (`标签：…政府工作报告`), not the report's title, and taking it
    // would leave the whole body outside the report.
    let title_line = lines
        .iter()
        .take(200)
        .take_while(|l| !is_paragraph(text, l))
        .position(|l| l.range.start <= text.len() / 2 && is_title(text, l));
    let title = title_line.map(|i| title_of(text, lines, i));
    let start_line = title_line.unwrap_or(0);
    let report_start = lines.get(start_line).map_or(0, |l| l.range.start);

    let mut part_notes = find_notes_blocks(text, lines, start_line);
    let mut notes = part_notes.pop();
    // Notes at the pages' feet leave the body going on past the last.
    let body_stop_line = notes
        .as_ref()
        .filter(|n| !n.page_foot)
        .map_or(lines.len(), |n| n.heading_line);

    // Notes under the title, before the report's parts: the body follows them.
    let front = notes
        .as_mut()
        .filter(|n| part_notes.is_empty() && !n.page_foot)
        .and_then(|n| notes_before_body(text, lines, start_line, n));
    if let Some(headings) = front {
        return Layout {
            title,
            report: report_start..text.len(),
            headings,
            notes,
            part_notes,
            notes_before_body: true,
        };
    }

    let body = start_line..body_stop_line;
    let mut headings = body_headings(text, lines, body.clone(), false);
    // A report whose parts carry no numbers (`2024年工作回顾`,
    // `【今后五年的目标任务】`) is outlined by its standalone short lines;
    // only when no numbered section exists, and only two or more, so that
    // one stray short line outlines nothing.
    if !headings.iter().any(|h| h.kind == HeadingKind::Section) {
        let unnumbered = body_headings(text, lines, body, true);
        let sections = unnumbered
            .iter()
            .filter(|h| h.kind == HeadingKind::Section)
            .count();
        if sections >= 2 {
            headings = unnumbered;
        }
    }
    // A part's notes are no headings of the body.
    let in_part_notes = |h: &Heading| {
        part_notes
            .iter()
            .chain(notes.as_ref().filter(|n| n.page_foot))
            .any(|p| (p.heading.start..lines[p.stop_line - 1].range.end).contains(&h.heading.start))
    };
    headings.retain(|h| !in_part_notes(h));
    // Nor are they subsections (`（一）…` over a group of notes) of the
    // part above them.
    for h in &mut headings {
        drop_children_in(&mut h.children, &in_part_notes);
    }
    let last_part = headings
        .iter()
        .filter(|h| h.kind == HeadingKind::Section)
        .filter_map(|h| h.number)
        .max()
        .unwrap_or(0);
    // Notes closing a part stop at the next part's heading (`二、…` after
    // `一、…` and its `注：①…`): the body resumes there.
    // Unless the notes number their own items so (`一、甲`, `二、乙`): the
    // next number is their next item's.
    if let Some(n) = &mut notes
        && last_part > 0
        && let Some(next) = (n.heading_line + 1..n.stop_line).find(|&i| {
            section_number(&text[lines[i].content.clone()]).is_some_and(|(numerals, _)| {
                small_chinese_number(numerals) == Some(last_part + 1)
                    && is_section_heading(&text[lines[i].content.clone()])
            })
        })
        && !(numbered_like_parts(text, &lines[n.heading_line + 1..next], last_part)
            && reads_as_last_item(&lines[n.heading_line + 1..next], &lines[next..n.stop_line]))
    {
        n.stop_line = next;
    }
    // Annexes may also follow the notes section (a list of 实事 after 名词解释).
    if let Some(n) = &notes {
        let mut after = SectionState {
            resumes_after: last_part,
            ..SectionState::default()
        };
        for i in n.stop_line..lines.len() {
            if !lines[i].is_blank() {
                after.visit(text, lines, i, &mut headings);
            }
        }
    }

    Layout {
        title,
        report: report_start..text.len(),
        headings,
        notes,
        part_notes,
        notes_before_body: false,
    }
}

/// Whether `lines` (a notes section's, above a part's next number) number
/// items as the parts are numbered, from 一 up to `last` in order: the next
/// such number goes on their list.
fn numbered_like_parts(text: &str, lines: &[Line], last: u32) -> bool {
    let mut numbers = lines.iter().filter_map(|l| {
        section_number(&text[l.content.clone()]).and_then(|(n, _)| small_chinese_number(n))
    });
    (1..=last).all(|expected| numbers.next() == Some(expected)) && numbers.next().is_none()
}

/// Whether the lines from a number on (`rest`) are as short as one more
/// item of the notes above them (`items`), not a part of the body: no more
/// lines with words than all those items hold.
fn reads_as_last_item(items: &[Line], rest: &[Line]) -> bool {
    let words = |lines: &[Line]| lines.iter().filter(|l| !l.is_blank()).count();
    words(rest) <= words(items)
}

/// Sections a body must hold after notes standing before it.
const MIN_SECTIONS_AFTER_FRONT_NOTES: usize = 2;

/// Notes placed before the body (the title, its meeting line and byline,
/// the notes, then `各位代表：` and the parts): only cover lines stand
/// between the title and the notes' heading, and two numbered parts at
/// least follow the notes. The notes then stop where the body opens, at
/// its address or first part. Gives the body's headings. A report's
/// closing notes have its parts above them.
fn notes_before_body(
    text: &str,
    lines: &[Line],
    start_line: usize,
    notes: &mut NotesPlace,
) -> Option<Vec<Heading>> {
    let cover = lines.get(start_line..notes.heading_line)?;
    if notes.heading.is_empty() || !cover.iter().all(|l| is_cover_line(text, l)) {
        return None;
    }
    let first_line = lines.partition_point(|l| l.range.end < notes.first_item);
    let opens = (first_line + 1..notes.stop_line)
        .find(|&i| opens_body(text, &lines[i], notes.unnumbered))
        .unwrap_or(notes.stop_line);
    let headings = body_headings(text, lines, opens..lines.len(), false);
    let sections = headings
        .iter()
        .filter(|h| h.kind == HeadingKind::Section)
        .count();
    if sections < MIN_SECTIONS_AFTER_FRONT_NOTES {
        return None;
    }
    notes.stop_line = opens;
    Some(headings)
}

/// A line opening the body after notes placed before it: a part's heading
/// (`一、…`) or the address to the audience (`各位代表：`, `同志们！`), a few
/// words ending with a colon or an exclamation mark.
/// In notes without numbers a term alone on its line (`甲：`) reads as one.
fn opens_body(text: &str, line: &Line, unnumbered: bool) -> bool {
    let content = text[line.content.clone()].trim();
    is_section_heading(content)
        || (!unnumbered
            && crate::notes::item_start(text, line.content.start, None).is_none()
            && content.chars().nth(MAX_ADDRESS_CHARS).is_none()
            && content.ends_with(['：', '！', ':', '!'])
            && !content.contains(['，', '。', ',']))
}
const MAX_ADDRESS_CHARS: usize = 12;

/// Lines of a cover, above the body: short, and no sentence.
const MAX_COVER_CHARS: usize = 60;

fn is_cover_line(text: &str, line: &Line) -> bool {
    let content = text[line.content.clone()].trim();
    line.is_blank()
        || (content.chars().nth(MAX_COVER_CHARS).is_none()
            && !content.ends_with(['。', '！', '？', '；', '：', '!', '?', ';', ':']))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Lines longer than this (in characters) are paragraphs of the body:
/// cover matter above a title (site names, dates, bylines) is short.
const MAX_COVER_LINE_CHARS: usize = 150;

fn is_paragraph(text: &str, line: &Line) -> bool {
    // Cheap first: fewer bytes than the limit cannot be more characters.
    line.content.len() > MAX_COVER_LINE_CHARS
        && text[line.content.clone()]
            .chars()
            .nth(MAX_COVER_LINE_CHARS)
            .is_some()
}

fn is_title(text: &str, line: &Line) -> bool {
    let content = &text[line.content.clone()];
    content.len() < 120 && TITLE.is_match(&compact(content))
}

fn title_of(text: &str, lines: &[Line], i: usize) -> Title {
    let line = &lines[i];
    let content = compact(&text[line.content.clone()]);
    let caps = TITLE.captures(&content);
    let mut year = caps
        .as_ref()
        .and_then(|c| c.get(1).or_else(|| c.get(3)))
        .and_then(|m| m.as_str().parse().ok());
    let region = caps
        .as_ref()
        .and_then(|c| c.get(2))
        .map(|m| m.as_str().to_string())
        .filter(|r| !r.is_empty());
    if year.is_none() {
        // The meeting line under the title: `——2024年3月5日在…`.
        year = lines[i + 1..]
            .iter()
            .filter(|l| !l.is_blank())
            .take(4)
            .find_map(|l| MEETING_YEAR.captures(&text[l.content.clone()]))
            .and_then(|c| c[1].parse().ok());
    }
    Title {
        text: text[line.content.clone()].to_string(),
        range: line.content.clone(),
        year,
        region,
    }
}

/// The headings of the body's lines; with `unnumbered`, standalone short
/// lines are sections too.
fn body_headings(text: &str, lines: &[Line], body: Range<usize>, unnumbered: bool) -> Vec<Heading> {
    let mut headings = Vec::new();
    let mut state = SectionState {
        unnumbered,
        ..SectionState::default()
    };
    for i in body {
        let Some(line) = lines.get(i) else { break };
        // A long line is still read: a subsection's lead opens its paragraph.
        if !line.is_blank() {
            state.visit(text, lines, i, &mut headings);
        }
    }
    headings
}

/// Unnumbered headings are shorter than numbered ones: a part's name.
const MAX_UNNUMBERED_HEADING_CHARS: usize = 30;

/// A line standing alone between two paragraphs, short and without a
/// sentence's punctuation (`2024年工作回顾`, `【本届政府工作回顾】`): the title,
/// without its brackets. The line before must end a sentence, so that a
/// paragraph broken across lines gives no heading, and text must follow.
fn unnumbered_heading(text: &str, lines: &[Line], i: usize) -> Option<String> {
    let content = &text[lines[i].content.clone()];
    // Cheap first: a paragraph is no heading, whatever its first characters.
    if content.len() > MAX_UNNUMBERED_HEADING_CHARS * 4 + 16 {
        return None;
    }
    let content = content.trim_matches(|c: char| c.is_whitespace());
    let title = content
        .strip_prefix(['【', '〖', '['])
        .and_then(|t| t.strip_suffix(['】', '〗', ']']))
        .unwrap_or(content)
        .trim();
    let chars = title.chars().count();
    if !(2..=MAX_UNNUMBERED_HEADING_CHARS).contains(&chars)
        || title.contains([
            '。', '，', '；', '、', '！', '？', ',', ';', '!', '?', '“', '”',
        ])
        || title.ends_with(['：', ':'])
        || title
            .chars()
            .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
            .count()
            < 2
    {
        return None;
    }
    let nonblank = |l: &&Line| !text[l.content.clone()].trim().is_empty();
    let before = lines[..i].iter().rev().find(nonblank)?;
    let after = lines[i + 1..].iter().find(nonblank)?;
    let ends_sentence = text[before.content.clone()]
        .trim_end()
        .ends_with(['。', '！', '？', '”', '!', '?']);
    let after_text = &text[after.content.clone()];
    // Text follows: a paragraph, a first subsection, or an address
    // (`各位代表！`) before the closing words.
    let opens_text =
        after_text.contains(['。', '！', '：']) || subsection_number(after_text.trim()).is_some();
    (ends_sentence && opens_text).then(|| title.to_string())
}

/// `附件`, `附件1`, `附件2 名词解释`: number and title (if on the line).
pub(crate) fn annex_heading(text: &str, line: &Line) -> Option<(Option<u32>, String)> {
    let content = &text[line.content.clone()];
    let (number, title) = annex_parts(content)?;
    let number = Some(number).and_then(|s| {
        s.chars()
            .try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))
            .filter(|_| !s.is_empty())
            .or_else(|| small_chinese_number(s))
    });
    let title = title.trim().to_string();
    // `附件材料齐全…` is a sentence, not a heading.
    if !title.is_empty() && (title.ends_with('。') || title.contains('，')) {
        return None;
    }
    Some((number, title))
}

#[derive(Default)]
struct SectionState {
    last_section: u32,
    last_subsection: u32,
    in_annex: bool,
    /// Whether standalone short lines are sections (no section is numbered).
    unnumbered: bool,
    /// After notes closing a part: the body's last part, whose next one
    /// (`三、` after `二、` and its notes) resumes the body.
    resumes_after: u32,
}

impl SectionState {
    fn visit(&mut self, text: &str, lines: &[Line], i: usize, headings: &mut Vec<Heading>) {
        let line = &lines[i];
        let content = &text[line.content.clone()];
        if let Some((number, mut title)) = annex_heading(text, line) {
            if title.is_empty() {
                title = lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_blank())
                    .map(|l| &text[l.content.clone()])
                    .filter(|t| char_len(t) <= MAX_HEADING_CHARS)
                    .unwrap_or("")
                    .to_string();
            }
            self.in_annex = true;
            headings.push(new_heading(
                HeadingKind::Annex,
                number,
                title,
                line.content.clone(),
            ));
            return;
        }
        if self.in_annex {
            return;
        }
        if let Some((numerals, end)) = section_number(content) {
            let number = small_chinese_number(numerals);
            let resumes = self.last_section == 0
                && self.resumes_after > 0
                && number == Some(self.resumes_after + 1);
            if (number == Some(self.last_section + 1) || resumes)
                && content.chars().nth(MAX_HEADING_CHARS).is_none()
            {
                self.last_section = number.unwrap_or(self.last_section + 1);
                self.last_subsection = 0;
                let title = content[end..].trim().to_string();
                headings.push(new_heading(
                    HeadingKind::Section,
                    number,
                    title,
                    line.content.clone(),
                ));
                return;
            }
        }
        if self.unnumbered
            && subsection_number(content.trim_start()).is_none()
            && let Some(title) = unnumbered_heading(text, lines, i)
        {
            self.last_subsection = 0;
            headings.push(new_heading(
                HeadingKind::Section,
                None,
                title,
                line.content.clone(),
            ));
            return;
        }
        if let Some((numerals, after)) = subsection_number(content) {
            let number = small_chinese_number(numerals);
            let Some(parent) = headings
                .last_mut()
                .filter(|h| h.kind == HeadingKind::Section)
            else {
                return;
            };
            if number != Some(self.last_subsection + 1) {
                return;
            }
            self.last_subsection += 1;
            let lead_end = content[after..]
                .find(['。', '！', '；'])
                .map_or(content.len(), |p| after + p);
            let title = content[after..lead_end].trim().to_string();
            let heading = line.content.start..line.content.start + lead_end;
            parent
                .children
                .push(new_heading(HeadingKind::Subsection, number, title, heading));
        }
    }
}

pub(crate) fn new_heading(
    kind: HeadingKind,
    number: Option<u32>,
    title: String,
    heading: Range<usize>,
) -> Heading {
    Heading {
        kind,
        number,
        title,
        range: heading.clone(),
        heading,
        children: Vec::new(),
    }
}

/// Extends each heading's range to just before its next sibling (or `end`),
/// trimmed back to the last non-blank line.
pub fn close_ranges(headings: &mut [Heading], end: usize, lines: &[Line]) {
    let starts: Vec<usize> = headings.iter().map(|h| h.heading.start).collect();
    for (i, heading) in headings.iter_mut().enumerate() {
        let next = starts.get(i + 1).copied().unwrap_or(end);
        heading.range.end =
            last_content_end(lines, heading.heading.start, next).max(heading.heading.end);
        let child_end = heading.range.end;
        close_ranges(&mut heading.children, child_end, lines);
    }
}

fn last_content_end(lines: &[Line], from: usize, before: usize) -> usize {
    let idx = lines.partition_point(|l| l.range.start < before);
    lines[..idx]
        .iter()
        .rev()
        .find(|l| !l.is_blank() && l.content.end <= before)
        .map_or(from, |l| l.content.end.max(from))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    /// The regexes the heading readers replace.
    static SECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^([一二三四五六七八九十]{1,3})[、．.]").expect("valid regex")
    });
    static SUBSECTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[（(]([一二三四五六七八九十]{1,3})[)）]").expect("valid regex")
    });
    static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^附[ \t　]*件[ \t　]*([0-9０-９一二三四五六七八九十]{0,3})[ \t　]*[:：]?[ \t　]*(.{0,40})$")
            .expect("valid regex")
    });

    fn agree_with_the_regexes(line: &str) {
        let section = SECTION.captures(line).map(|c| {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(0).map_or(0, |m| m.end()),
            )
        });
        assert_eq!(section_number(line), section, "{line:?}");
        let subsection = SUBSECTION.captures(line).map(|c| {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(0).map_or(0, |m| m.end()),
            )
        });
        assert_eq!(subsection_number(line), subsection, "{line:?}");
        let annex = ANNEX.captures(line).map(|c| {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(2).map_or("", |m| m.as_str()),
            )
        });
        assert_eq!(annex_parts(line), annex, "{line:?}");
    }

    /// The heading readers find what the regexes captured: on lines made
    /// to probe their edges, and on every line of the corpus that may open
    /// a heading.
    #[test]
    fn heading_readers_agree_with_the_regexes() {
        let title = "名词解释".repeat(10);
        let probes = [
            "一、回顾",
            "十一、",
            "一二三四、多",
            "二．三",
            "三.x",
            "四",
            "五，",
            "十十十.",
            "（一）起",
            "(二)",
            "（三)",
            "(十一）x",
            "（一二三四）",
            "（）",
            "（一",
            "（a）",
            "附件",
            "附件1",
            "附 件 2：名词解释",
            "附件十二 标题",
            "附件１２３４",
            "附件1234",
            "附件：",
            "附件 　：　 ",
            "附件材料齐全，无误。",
            "附加",
            "附\t件\t3\t:\t题",
            "附件1\n2",
            "附件一、",
        ];
        for line in probes {
            agree_with_the_regexes(line);
        }
        for n in 38..43 {
            let long: String = title.chars().cycle().take(n).collect();
            agree_with_the_regexes(&format!("附件3：{long}"));
            agree_with_the_regexes(&format!("附件3{long}"));
            agree_with_the_regexes(&format!("附件1234{long}"));
        }
        let corpus =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
        let mut dirs = vec![corpus];
        let mut lines = 0;
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    for line in text.lines() {
                        let line = line.trim_start();
                        if line.starts_with(['附', '（', '('])
                            || line.starts_with(is_heading_numeral)
                        {
                            agree_with_the_regexes(line);
                            lines += 1;
                        }
                    }
                }
            }
        }
        assert!(lines > 1000, "the corpus should give many candidate lines");
    }

    #[test]
    fn title_year_and_region() {
        let text = "论坛首页\n[某省] 2031年青川县政府工作报告\n\n 2031年青川县政府工作报告\n——2031年1月9日\n各位代表：\n一、回顾\n";
        let lines = split_lines(text);
        let layout = layout(text, &lines);
        let title = layout.title.expect("title");
        assert_eq!(title.year, Some(2031));
        assert_eq!(title.region.as_deref(), Some("青川县"));
        assert_eq!(title.range.start, text.rfind(" 2031年青川县").unwrap() + 1);
    }

    #[test]
    fn a_title_may_name_the_government_before_the_year() {
        for (title, year) in [
            ("甲县2031年政府工作报告", Some(2031)),
            ("甲县2031年度政府工作报告", Some(2031)),
            ("甲县人民政府工作报告", None),
        ] {
            let text = format!("{title}\n各位代表：\n一、回顾\n全县新建公园5个。\n");
            let lines = split_lines(&text);
            let title = layout(&text, &lines).title.expect("title");
            assert_eq!(title.year, year, "{text}");
            assert_eq!(title.region.as_deref(), Some("甲县"), "{text}");
        }
    }

    #[test]
    fn a_title_line_after_the_body_is_no_title() {
        let paragraph = "今年全区上下齐心协力，各项工作取得新进展。".repeat(10);
        let text = format!(
            "各位代表：\n一、回顾\n{paragraph}\n二、计划\n{paragraph}\n标签：\n政府工作报告\n"
        );
        let lines = split_lines(&text);
        let read = layout(&text, &lines);
        assert_eq!(read.title, None);
        assert_eq!(read.report.start, 0);
        assert_eq!(read.headings.len(), 2);
        // A short line of cover matter above the title keeps it.
        let text = format!("首页 > 政务公开\n2031年某县政府工作报告\n一、回顾\n{paragraph}\n");
        let lines = split_lines(&text);
        assert!(layout(&text, &lines).title.is_some());
    }

    #[test]
    fn a_title_in_a_tag_list_after_the_report_starts_nothing() {
        let text = "2031年1月9日在某区人民代表大会上\n各位代表：\n一、回顾\n全区新建公园5个，改造道路3条。\n标签：\n政府工作报告\n";
        let lines = split_lines(text);
        let layout = layout(text, &lines);
        assert!(layout.title.is_none());
        assert_eq!(layout.report.start, 0);
    }

    #[test]
    fn spaced_title_takes_year_from_meeting_line() {
        let text = "政 府 工 作 报 告\n\n ——2030年2月1日在区人大会议上\n";
        let lines = split_lines(text);
        let title = layout(text, &lines).title.expect("title");
        assert_eq!((title.year, title.region), (Some(2030), None));
    }

    #[test]
    fn sections_subsections_annex_and_notes() {
        let text = "2030年某市政府工作报告\n一、回顾\n（一）工业向好。正文。\n(二)农业稳定。\n二、计划\n（一）抓项目。\n一、不是新节\n附件1\n2030年三件实事\n一、修路\n二、建校\n注 释\n1.甲:乙\n";
        let lines = split_lines(text);
        let layout = layout(text, &lines);
        let kinds: Vec<_> = layout
            .headings
            .iter()
            .map(|h| (h.kind, h.number, h.title.as_str(), h.children.len()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (HeadingKind::Section, Some(1), "回顾", 2),
                (HeadingKind::Section, Some(2), "计划", 1),
                (HeadingKind::Annex, Some(1), "2030年三件实事", 0),
            ]
        );
        assert_eq!(layout.headings[0].children[0].title, "工业向好");
        let notes = layout.notes.expect("notes");
        assert_eq!(&text[notes.heading.clone()], "注 释");
    }

    fn outline_of(text: &str) -> Vec<(HeadingKind, Option<u32>, String, usize)> {
        let lines = split_lines(text);
        layout(text, &lines)
            .headings
            .iter()
            .map(|h| (h.kind, h.number, h.title.clone(), h.children.len()))
            .collect()
    }

    #[test]
    fn a_subsection_opening_a_long_paragraph_is_read() {
        let long = "全年新建道路十二条，改造老旧小区三十个，群众出行更加便利。".repeat(20);
        let text = format!(
            "2031年某县政府工作报告\n各位代表：\n一、回顾\n（一）城乡建设提速。{long}\n（二）民生持续改善。{long}\n二、计划\n（一）抓项目。正文。\n"
        );
        let read = outline_of(&text);
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].3, 2, "both long subsections of the review");
        // A section number opening a paragraph is no heading.
        let text = format!("各位代表：\n一、回顾\n二、{long}\n三、计划\n");
        let read = outline_of(&text);
        assert_eq!(read.len(), 1);
    }

    #[test]
    fn unnumbered_parts_outline_a_report_without_numbered_sections() {
        let text = "2031年某县政府工作报告\n某县县长 某某\n各位代表：\n现在，我代表县人民政府作报告。\n【过去一年的工作】\n全县经济稳中向好。\n2032年工作安排\n今年重点做好以下两个方面工作。\n(一)抓项目。新开工项目五十个。\n(二)惠民生。新建学校两所。\n";
        assert_eq!(
            outline_of(text),
            vec![
                (HeadingKind::Section, None, "过去一年的工作".to_string(), 0),
                (HeadingKind::Section, None, "2032年工作安排".to_string(), 2),
            ]
        );
        // A byline above the first sentence, a line broken mid-sentence and
        // a short line closing the text are no heading; one stray short
        // line alone outlines nothing.
        let text = "2031年某县政府工作报告\n某县县长 某某\n各位代表：\n现在，我代表县人民政府作报告，\n全县经济稳中向好\n，各项事业全面进步。\n过去一年的工作\n全县经济稳中向好。\n本文来源\n";
        assert_eq!(outline_of(text), vec![]);
        // Numbered sections keep short standalone lines out of the outline.
        let text = "各位代表：\n一、回顾\n正文。\n过去一年的工作\n正文。\n今年的安排\n正文。\n";
        assert_eq!(outline_of(text).len(), 1);
    }

    #[test]
    fn notes_heading_must_be_followed_by_items() {
        let text = "注释\n这里不是注释。\n名词解释\n1.甲：乙\n";
        let lines = split_lines(text);
        let notes = layout(text, &lines).notes.expect("notes");
        assert_eq!(&text[notes.heading.clone()], "名词解释");
    }

    #[test]
    fn inline_first_item() {
        let text = "注释 ［1］一降三减：说明。\n［2］乙：丙\n";
        let lines = split_lines(text);
        let notes = layout(text, &lines).notes.expect("notes");
        assert_eq!(&text[notes.heading.clone()], "注释");
        assert_eq!(&text[notes.first_item..notes.first_item + 3], "［");
    }
}
