//! Notes gathered at the end in groups, one per part of the report, each
//! under a sub-heading naming its part and numbered afresh:
//!
//! ```text
//! 名词解释
//! 一、过去一年工作回顾
//! ①甲：…
//! ②乙：…
//! 二、今年工作安排
//! ①丙：…
//! ```
//!
//! Each group is read as that part's notes block: the markers of a part
//! point at its group. Read only when every sub-heading names one part of
//! the body (`一、…` as the part's heading, or its ordinal alone, `第一部分`)
//! and every group explains the part it names; else the notes are read as
//! one section, as before.

use std::sync::LazyLock;

use regex::Regex;

use super::{NotesPlace, Run, explains_its_part, walk};
use crate::chars::small_chinese_number;
use crate::lines::{Line, compact};
use crate::notes::{ItemStart, NumberStyle, item_start};

/// A sub-heading naming a part by its ordinal: `一、…`, `（一）…`,
/// `第一部分…`, `第一章…`, `第一篇…`.
static PART_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）]|第([一二三四五六七八九十]{1,3})(?:部分|章|篇))",
    )
    .expect("valid regex")
});

/// A sub-heading is a few words.
const MAX_SUB_HEADING_CHARS: usize = 30;

/// The ordinal of a group's sub-heading, when the line is one: an ordinal
/// and a few words, no sentence.
fn part_ordinal(content: &str) -> Option<u32> {
    if content.chars().nth(MAX_SUB_HEADING_CHARS).is_some()
        || content.contains(['。', '；', ';', '，', ',', '：', ':'])
    {
        return None;
    }
    ordinal_and_words(content).map(|(n, _)| n)
}

/// A heading's ordinal (`一、`, `（一）`, `第一部分`, spaces aside) and the
/// words after it, spaces dropped.
fn ordinal_and_words(content: &str) -> Option<(u32, String)> {
    let words = compact(content);
    let caps = PART_ORDINAL.captures(&words)?;
    let numerals = caps.iter().skip(1).flatten().next()?.as_str();
    let rest = words[caps.get(0)?.end()..].to_string();
    Some((small_chinese_number(numerals)?, rest))
}

/// One group: its sub-heading's line and its run of notes.
struct Group {
    sub_heading: usize,
    run: Run,
}

/// The groups under the notes heading on line `heading`, each read as its
/// part's notes block (the first headed by the notes heading), or `None`
/// when the notes are not so grouped or a group names no single part.
pub(super) fn part_groups(
    text: &str,
    lines: &[Line],
    headings: &[bool],
    start_line: usize,
    heading: usize,
) -> Option<Vec<NotesPlace>> {
    let next_words = |from: usize| (from..lines.len()).find(|&j| !lines[j].is_blank());
    let mut groups: Vec<Group> = Vec::new();
    let mut sub = next_words(heading + 1)?;
    loop {
        let ordinal = part_ordinal(&text[lines[sub].content.clone()])?;
        if ordinal as usize != groups.len() + 1 {
            return None;
        }
        let item_line = next_words(sub + 1)?;
        let style = groups.first().map(|g| g.run.items[0].1.style);
        let first = first_item(text, &lines[item_line], style)?;
        let style = Some(first.style);
        let run = walk(text, lines, headings, item_line, first, None);
        let last_item = run.items.last().map_or(item_line, |(l, _)| *l);
        // The next group's sub-heading, read by `walk` as the last note's
        // words: the next ordinal, note 1 under it.
        let next = (last_item + 1..=run.last_line.min(lines.len() - 1)).find(|&j| {
            !lines[j].is_blank()
                && part_ordinal(&text[lines[j].content.clone()]) == Some(ordinal + 1)
                && next_words(j + 1).is_some_and(|k| first_item(text, &lines[k], style).is_some())
        });
        groups.push(Group {
            sub_heading: sub,
            run,
        });
        match next {
            Some(j) => sub = j,
            None => break,
        }
    }
    if groups.len() < 2 {
        return None;
    }
    let parts = named_parts(text, lines, start_line, heading, &groups)?;
    let mut places = Vec::with_capacity(groups.len());
    for (k, group) in groups.iter().enumerate() {
        let part_line = parts[k];
        let part_end = parts.get(k + 1).copied().unwrap_or(heading);
        let part = &text[lines[part_line].range.start..lines[part_end].range.start];
        if !explains_its_part(text, lines, &group.run, part, false) {
            return None;
        }
        let (heading_range, heading_line) = if k == 0 {
            (lines[heading].content.clone(), heading)
        } else {
            (lines[group.sub_heading].content.clone(), group.sub_heading)
        };
        let stop_line = groups
            .get(k + 1)
            .map_or(group.run.last_line + 1, |g| g.sub_heading);
        places.push(NotesPlace {
            heading: heading_range,
            heading_line,
            first_item: group.run.first_offset(),
            stop_line,
            copies: Vec::new(),
            unnumbered: false,
            full_stop_terms: false,
            serves_from: Some(lines[part_line].range.start),
            page_foot: false,
            bare_digits: false,
        });
    }
    Some(places)
}

/// Note 1 at the start of `line`, in the style of the groups before.
fn first_item(text: &str, line: &Line, style: Option<NumberStyle>) -> Option<ItemStart> {
    item_start(text, line.content.start, Some(1))
        .filter(|it| it.number == 1 && style.is_none_or(|s| s == it.style))
}

/// The line of the body's part each group's sub-heading names, in order:
/// the one heading line with the sub-heading's ordinal and words, in any
/// dress (`（一）回顾部分` over `一、回顾`), or an ordinal alone in its own
/// dress (`第一部分` over `第一部分　回顾`). `None` when a sub-heading names no line or
/// several, or the parts are out of order.
fn named_parts(
    text: &str,
    lines: &[Line],
    start_line: usize,
    heading: usize,
    groups: &[Group],
) -> Option<Vec<usize>> {
    // The body's heading lines with an ordinal, read once.
    let body: Vec<(usize, u32, String, String)> = (start_line..heading)
        .filter(|&j| !lines[j].is_blank())
        .filter_map(|j| {
            let content = &text[lines[j].content.clone()];
            if content.chars().nth(MAX_PART_HEADING_CHARS).is_some() {
                return None;
            }
            ordinal_and_words(content).map(|(n, words)| (j, n, words, compact(content)))
        })
        .collect();
    let mut parts: Vec<usize> = Vec::with_capacity(groups.len());
    for group in groups {
        let sub_heading = &text[lines[group.sub_heading].content.clone()];
        let (ordinal, words) = ordinal_and_words(sub_heading)?;
        // `（一）回顾部分`: the part's words, then the word `part`.
        let words = words.strip_suffix("部分").unwrap_or(&words);
        // An ordinal alone names the part in its own dress (`第一部分`, not
        // a subsection's `（一）`).
        let dress = compact(sub_heading);
        let mut named = body
            .iter()
            .filter(|(_, n, body_words, whole)| {
                if words.is_empty() {
                    whole.starts_with(dress.as_str())
                } else {
                    *n == ordinal && body_words.starts_with(words)
                }
            })
            .map(|(j, ..)| *j);
        let line = named.next()?;
        if named.next().is_some() || parts.last().is_some_and(|&p| p >= line) {
            return None;
        }
        parts.push(line);
    }
    Some(parts)
}

/// A part's heading in the body is a line of a few words.
const MAX_PART_HEADING_CHARS: usize = 40;
