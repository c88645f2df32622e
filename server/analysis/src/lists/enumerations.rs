//! `①…⑩` runs after a count (`十大…`).

use super::*;
use crate::chars::is_space;

pub(super) fn enumeration_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    // Runs read as the lines that go on a list above, not lists of their own.
    let mut continued = 0;
    for (k, e) in doc.enumerations.iter().enumerate() {
        if k < continued {
            continue;
        }
        let Some((_, first)) = e.items.first() else {
            continue;
        };
        let next_lines = lines_going_on(doc, k);
        continued = k + 1 + next_lines.len();
        if doc.notes_sections().any(|n| n.range.contains(&first.start)) {
            continue;
        }
        // The count closes the sentence right before the first item.
        let lead_start = text[..first.start]
            .char_indices()
            .rev()
            .skip(1)
            .find(|(_, c)| matches!(c, '。' | '\n' | '；'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut counts = counts_in(text, lead_start..first.start);
        if counts.is_empty() {
            counts = earlier_deeds_count(text, lead_start);
        }
        // `完成18项工程，其中城建工程10项：①…`: of several counts, the one
        // the colon before the first item closes introduces the items,
        // with at most its counted words between them (`在落实好“十件甲
        // 实事”的基础上，办好“八件实事”:①…`).
        if counts.len() > 1 {
            counts.retain(|(_, r)| {
                let gap = text[r.end..first.start].trim_matches(is_space);
                gap.strip_suffix(['：', ':']).is_some_and(|words| {
                    words.chars().count() <= 8
                        && !words.contains(['，', ',', '；', ';', '。', '、'])
                })
            });
        }
        let [(count, count_range)] = counts.as_slice() else {
            continue;
        };
        // Items past ⑩ whose numbers were lost (`。?完成…`) continue the
        // list: it is not read to its end.
        let last = e.items.last().map_or(first.end, |(_, r)| r.end);
        let rest = text.get(last..e.paragraph.end).unwrap_or("");
        // After ⑩ (the last circled number most encodings have), each
        // such item counts one more.
        let mut lost = Vec::new();
        if rest.contains("。?") || rest.contains("。？") {
            if e.items.len() != 10 {
                continue;
            }
            let starts: Vec<usize> = rest
                .match_indices(['?', '？'])
                .filter(|(i, _)| rest[..*i].ends_with('。'))
                .map(|(i, _)| last + i)
                .collect();
            for (k, &at) in starts.iter().enumerate() {
                let end = starts.get(k + 1).map_or(e.paragraph.end, |next| *next);
                lost.push(at..end);
            }
        }
        // `①A②B③C`: circled numbers with no separator may be read as one
        // enumerator; the sentence's own circled run counts.
        let sentence_end = text[first.start..e.paragraph.end]
            .find('。')
            .map_or(e.paragraph.end, |p| first.start + p);
        let mut items = circled_items(first.start, &text[first.start..sentence_end])
            .filter(|items| items.len() > e.items.len())
            .unwrap_or_else(|| e.items.iter().map(|(_, r)| r.clone()).collect());
        items.extend(lost);
        items.extend(
            next_lines
                .iter()
                .flat_map(|n| n.items.iter().map(|(_, r)| r.clone())),
        );
        let mut list =
            CountedList::shown(ListSource::Enumeration, *count, count_range.clone(), items);
        // `十件民生实事全部完成，其中：①…`: the items are some of those
        // counted, as after `等`; never more.
        list.open = picks_some(&text[count_range.end..first.start]);
        out.push(list);
    }
}

/// Whether the words between a count and its first item close with
/// `其中：`, which picks some of the counted things out.
fn picks_some(gap: &str) -> bool {
    gap.trim_end_matches(|c: char| is_space(c) || matches!(c, '\n' | '\r'))
        .strip_suffix(['：', ':'])
        .is_some_and(|words| words.trim_end_matches(is_space).ends_with("其中"))
}

/// `办好三件实事：\n①甲；\n②乙；\n③丙。`: the circled runs after the one
/// at `k` that each open the very next line with the number after the
/// last one, so that one item a line goes on one list.
pub(super) fn lines_going_on(doc: &Document, k: usize) -> &[crate::markers::Enumeration] {
    let text = &doc.text;
    let runs = &doc.enumerations;
    let mut end = k + 1;
    while let (Some(last), Some(next)) = (runs.get(end - 1), runs.get(end)) {
        let (Some((number, _)), Some((next_number, at))) = (last.items.last(), next.items.first())
        else {
            break;
        };
        let between = text.get(last.paragraph.end..at.start).unwrap_or("。");
        // Only the line break and the next line's indent stand between.
        if *next_number != number + 1
            || !between.contains('\n')
            || !between
                .chars()
                .all(|c| is_space(c) || matches!(c, '\n' | '\r'))
        {
            break;
        }
        end += 1;
    }
    &runs[k + 1..end]
}

/// `梳理形成15件民生实事。我们将…！①…`: when the sentence before a circled
/// list states no count, a count of 实事 closing the sentence before it,
/// in the same paragraph, counts the list.
pub(super) fn earlier_deeds_count(text: &str, sentence_start: usize) -> Vec<(u32, Range<usize>)> {
    let Some(end) = text[..sentence_start].strip_suffix('。').map(str::len) else {
        return Vec::new();
    };
    let start = text[..end]
        .char_indices()
        .rev()
        .take(200)
        .find(|(_, c)| matches!(c, '。' | '\n' | '；' | '！' | '？'))
        .map_or(end.saturating_sub(0), |(i, c)| i + c.len_utf8());
    let counts = counts_in(text, start..end);
    let [(_, range)] = counts.as_slice() else {
        return Vec::new();
    };
    let after: String = text[range.end..end].chars().take(6).collect();
    if after.contains("实事") {
        counts
    } else {
        Vec::new()
    }
}
