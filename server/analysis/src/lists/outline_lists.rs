//! Lists the outline shows: an annex's `一、…` items counted by its title,
//! and a section's subsections counted in its lead (`五个方面` + (一)…(五)).

use super::*;
use crate::chars::{is_space, small_chinese_number};
use crate::outline::HeadingKind;

pub(super) fn annex_lists(doc: &Document, out: &mut Vec<CountedList>) {
    use crate::list_forms::Style;
    let text = &doc.text;
    for annex in doc.outline.iter().filter(|h| h.kind == HeadingKind::Annex) {
        // The annex's lines, found by binary search (lines are in text
        // order): a filter over all lines per annex is quadratic.
        let first = doc
            .lines
            .partition_point(|l| l.range.start < annex.heading.start);
        let end = doc
            .lines
            .partition_point(|l| l.range.start < annex.range.end);
        let annex_lines = &doc.lines[first..end.max(first)];
        // The title line(s): the heading and the line after it, blank
        // lines between them skipped.
        // A numbered line opens the list, not the title (`一、甲方面5件`).
        let first_lines: Vec<_> = annex_lines
            .iter()
            .filter(|l| !l.is_blank())
            .take(2)
            .take_while(|l| crate::list_forms::line_number(&text[l.content.clone()]).is_none())
            .collect();
        let counts: Vec<_> = first_lines
            .iter()
            .flat_map(|l| counts_in(text, l.content.clone()))
            .collect();
        let [(count, count_range)] = counts.as_slice() else {
            continue;
        };
        let mut items = Vec::new();
        // Whether the numbering skips a number (`三、` then `五、`) or goes
        // on written another way (`三、` then `（四）`): which lines are the
        // things counted is not sure, and the list is left unread.
        let mut broken = false;
        let from = doc
            .lines
            .partition_point(|l| l.content.start < annex.range.start);
        let to = doc
            .lines
            .partition_point(|l| l.content.start < annex.range.end);
        let body = &doc.lines[from..to.max(from)];
        let mut sub_numbered = false;
        for line in body {
            let content = text[line.content.clone()].trim_start_matches(is_space);
            match crate::list_forms::line_number(content) {
                Some((Style::ParenHan, 1)) => sub_numbered = true,
                Some((Style::ParenHan, n)) => {
                    broken |= !items.is_empty() && !sub_numbered && n as usize == items.len() + 1;
                }
                _ => {}
            }
            let Some((numeral, _)) = content.split_once('、') else {
                continue;
            };
            let n = small_chinese_number(numeral);
            if n == Some(items.len() as u32 + 1) {
                items.push(line.content.clone());
            } else if !items.is_empty() && n.is_some_and(|n| n as usize > items.len() + 1) {
                broken = true;
            }
        }
        if broken {
            continue;
        }
        // `40件实事` over `一、…四、` headings that group numbered items:
        // the headings are groups, not the things counted.
        let grouped = body
            .iter()
            .any(|l| starts_numbered_item(&text[l.content.clone()]));
        if items.len() >= 2 && !(grouped && (*count as usize) > items.len()) {
            out.push(CountedList::shown(
                ListSource::Annex,
                *count,
                count_range.clone(),
                items,
            ));
        } else if grouped && let Some(items) = numbered_through_groups(text, body) {
            out.push(CountedList::shown(
                ListSource::Annex,
                *count,
                count_range.clone(),
                items,
            ));
            group_counts(text, body, count_range.start, out);
        }
    }
}

/// `一、甲类` `1.…` `2.…` `二、乙类` `3.…`: items numbered on from one
/// group to the next, read to the annex's end. `None` when the numbering
/// restarts, skips or is written two ways (a group's items may then be
/// sub-items of another list), or when fewer than two items run.
pub(super) fn numbered_through_groups(
    text: &str,
    body: &[crate::lines::Line],
) -> Option<Vec<Range<usize>>> {
    use crate::list_forms::{Style, line_number};
    let mut items = Vec::new();
    for line in body {
        match line_number(&text[line.content.clone()]) {
            Some((Style::Digit, n)) if n as usize == items.len() + 1 => {
                items.push(line.content.clone());
            }
            Some((Style::Han, _)) | None => {}
            Some(_) => return None,
        }
    }
    (items.len() >= 2).then_some(items)
}

/// `40件实事` over `一、甲方面5件` `1.…`…`5.…` `二、乙方面13件` `6.…`: in
/// an annex whose items are numbered on through its groups, a group
/// heading that closes with a count in the title's measure word counts
/// the numbered items under it, up to the next group.
pub(super) fn group_counts(
    text: &str,
    body: &[crate::lines::Line],
    title_count: usize,
    out: &mut Vec<CountedList>,
) {
    use crate::list_forms::{Style, line_number};
    let Some((_, _, measure)) = count_at(text, title_count) else {
        return;
    };
    let mut group: Option<(u32, Range<usize>, Vec<Range<usize>>)> = None;
    let close = |group: Option<(u32, Range<usize>, Vec<Range<usize>>)>,
                 out: &mut Vec<CountedList>| {
        if let Some((count, range, items)) = group
            && !items.is_empty()
        {
            out.push(CountedList::shown(ListSource::Annex, count, range, items));
        }
    };
    for line in body {
        let content = &text[line.content.clone()];
        match line_number(content) {
            Some((Style::Han, _)) => {
                close(group.take(), out);
                group = heading_count(text, line.content.clone(), measure);
            }
            Some((Style::Digit, _)) => {
                if let Some((_, _, items)) = group.as_mut() {
                    items.push(line.content.clone());
                }
            }
            _ => {}
        }
    }
    close(group, out);
}

/// The one count closing a group heading's line, in `measure`.
pub(super) fn heading_count(
    text: &str,
    line: Range<usize>,
    measure: &str,
) -> Option<(u32, Range<usize>, Vec<Range<usize>>)> {
    let counts = counts_in(text, line.clone());
    let [(count, range)] = counts.as_slice() else {
        return None;
    };
    let (_, end, own) = count_at(text, range.start)?;
    let closes = text[end..line.end]
        .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '：' | ':'))
        .is_empty();
    (own == measure && closes).then(|| (*count, range.clone(), Vec::new()))
}

/// A line opening with an item number below a heading: `1.`, `（1）`, `①`.
pub(super) fn starts_numbered_item(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        return line[digits..].starts_with(['.', '．', '、']);
    }
    let mut chars = line.chars();
    match chars.next() {
        Some('（' | '(') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => crate::chars::circled_value(c).is_some(),
        None => false,
    }
}

/// `（N）` as a subsection opens its line.
pub(super) fn opens_with_ordinal(line: &str, n: usize) -> bool {
    let Some(word) = ordinal_word(n as u32) else {
        return false;
    };
    let numeral = word.trim_end_matches('是');
    let line = line.trim_start_matches(is_space);
    // The bracket first: most lines open with none (no string is built).
    [('（', '）'), ('(', ')')].iter().any(|(open, close)| {
        line.strip_prefix(*open)
            .and_then(|rest| rest.strip_prefix(numeral))
            .is_some_and(|rest| rest.starts_with(*close))
    })
}

/// A section's subsections counted in its lead: into `out` when the count
/// closes the lead, into `as_many` when the count is only as many.
pub(super) fn outline_lists(
    doc: &Document,
    out: &mut Vec<CountedList>,
    as_many: &mut Vec<CountedList>,
) {
    let text = &doc.text;
    for section in doc
        .outline
        .iter()
        .filter(|h| h.kind == HeadingKind::Section)
    {
        let Some(first) = section.children.first() else {
            continue;
        };
        if section.children.len() < 2 {
            continue;
        }
        let lead = section.heading.end..first.heading.start;
        // `做好以下五个方面工作：` closes the lead, right before (一).
        // Only the lead's last line can hold it (a lead may run for pages).
        let lead_text =
            text[lead.clone()].trim_end_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
        let last_line = lead.start + lead_text.rfind('\n').map_or(0, |p| p + 1);
        let closing = counts_in(text, last_line..lead.end)
            .into_iter()
            .rev()
            .find(|(_, r)| {
                let after = text.get(r.end..lead.end).unwrap_or("");
                let after = after.strip_prefix("的").unwrap_or(after);
                let after = after.strip_prefix("工作").unwrap_or(after);
                text[r.clone()].ends_with("方面")
                    && after.starts_with(['：', ':', '。'])
                    && after[after.chars().next().map_or(0, char::len_utf8)..]
                        .trim_matches(is_space)
                        .trim_matches(['\n', '\r'])
                        .is_empty()
            });
        // A closing count says what follows is counted, whatever the
        // number of subsections (a mismatch is a finding). Elsewhere in the
        // lead (`聚焦八大重点任务，推进…`) a count is read only when it is
        // the one of the lead that numbers the subsections: a reading that
        // cannot fire, since another count may be what the lead names.
        let only_as_many = closing.is_none();
        // (Within the lead's last three paragraphs: a lead may run for
        // pages, and a count far above the subsections is no lead.)
        let near = last_paragraphs(lead_text, 3) + lead.start;
        let Some((count, count_range)) =
            closing.or_else(|| count_as_many_as(text, near..lead.end, section.children.len()))
        else {
            continue;
        };
        // A lead that enumerates itself (`三个方面。一是…`) counts something
        // else than the subsections.
        let paragraph_start = text[..count_range.start]
            .rfind('\n')
            .map_or(lead.start, |p| p + 1);
        if text[paragraph_start..lead.end].contains("一是") {
            continue;
        }
        // Only an outline read to its end: a later `（N+1）` (or beyond)
        // line the outline did not take as a subsection leaves the count
        // unchecked.
        let last = section.children.last().map_or(lead.end, |c| c.heading.end);
        let missed = doc
            .lines
            .iter()
            .filter(|l| l.range.start >= last && section.range.contains(&l.range.start))
            .any(|l| {
                (section.children.len() + 1..=20)
                    .any(|n| opens_with_ordinal(&text[l.content.clone()], n))
            });
        if missed {
            continue;
        }
        let (count, count_range) = (&count, &count_range);
        let list = CountedList::shown(
            ListSource::Outline,
            *count,
            count_range.clone(),
            section.children.iter().map(|c| c.heading.clone()).collect(),
        );
        if only_as_many {
            as_many.push(list);
        } else {
            out.push(list);
        }
    }
}

/// Where the last `n` paragraphs of `text` start (0 when it holds fewer).
pub(super) fn last_paragraphs(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut end = text.len();
    while let Some(p) = text[..end].rfind('\n') {
        if !text[p + 1..end]
            .trim_matches(|c: char| is_space(c) || c == '\r')
            .is_empty()
        {
            seen += 1;
            if seen == n {
                return p + 1;
            }
        }
        end = p;
    }
    0
}

/// The one count of `lead` that is `n`, not an amount (`8个百分点`) nor
/// a quoted slogan's (`“三个新跨越”`: the slogan reader reads it by the
/// subsections' titles, and checks it); none when two counts are `n`.
pub(super) fn count_as_many_as(
    text: &str,
    lead: Range<usize>,
    n: usize,
) -> Option<(u32, Range<usize>)> {
    let mut found = counts_in(text, lead).into_iter().filter(|(count, range)| {
        *count as usize == n
            && !text[..range.start].ends_with('“')
            && !crate::list_forms::AMOUNTS
                .iter()
                .any(|w| text[range.end..].starts_with(w))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}
