//! More places where a count's list can be read in full: the numbered
//! lines that follow a lead closing its paragraph (`做好以下五个方面工作：`
//! then `一是…`, `（一）…`, `一、…` or `1.…` lines), `一是…二是…` opening
//! the sentence after the count (`打造三个场景。一是…`), and `（1）…（N）`
//! after a count in its paragraph (`办好10件实事。（1）…`).
//!
//! Each reader works from a cue (a line's last clause, a cue word) over a
//! bounded span, and keeps a list only when its items are numbered in order
//! with no number of the list left over: a list it cannot read to its end
//! is left out, or kept open (it then fires only with more items than the
//! count).

use std::ops::Range;
use std::sync::LazyLock;

use crate::chars::{chinese_digit, is_space, small_chinese_number};
use crate::document::Document;
use crate::lists::{
    CountedList, ListSource, counts_in, ordinal_items, ordinal_verb, ordinal_word_with, regions,
    super_floor,
};

/// How many lines a lead's items may span: a list read further is not one
/// list any more, and the work per lead stays bounded.
const LEAD_LINES: usize = 400;

/// Every list of this module's forms.
pub(crate) fn more_lists(doc: &Document, out: &mut Vec<CountedList>) {
    // Where the other readers put their counts, for a binary search.
    let mut read: Vec<usize> = out.iter().map(|l| l.count_range.start).collect();
    read.sort_unstable();
    lead_lists(doc, out);
    sentence_ordinal_lists(doc, out);
    numbered_lists(doc, out);
    defined_lists(doc, out);
    deng_lists(doc, &read, out);
    note_name_lists(doc, &read, out);
    heading_sentence_lists(doc, out);
    shared_out_lists(doc, out);
    echoed_heading_lists(doc, out);
    echoed_clause_lists(doc, out);
    annexed_deeds(doc, out);
    crate::echoed_leads::echoed_lead_lists(doc, out);
    crate::restated_counts::restated_lists(doc, out);
    crate::referring_counts::referring_lists(doc, out);
    crate::sentence_quoted_counts::sentence_quoted_lists(doc, out);
    crate::anaphora_runs::anaphora_lists(doc, out);
    crate::headed_paragraphs::headed_paragraph_lists(doc, out);
    crate::marked_counts::marked_note_lists(doc, out);
    crate::term_counts::used_term_lists(doc, out);
    crate::ordinal_paragraphs::ordinal_paragraph_lists(doc, out);
}

/// `继续办好十件惠民实事。` in the body, and at the end a list titled
/// `2031年十件惠民实事` alone on its line (`一、…十、`): the body's count of
/// the same words, after a verb of doing, counts that list: the last such
/// count, when one such list is found.
fn annexed_deeds(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut titled = out.iter().filter(|l| {
        matches!(l.source, ListSource::Annex | ListSource::Lead)
            && deeds_title(text, l.count_range.clone()).is_some()
    });
    // (Two readers may read the same list.)
    let Some(list) = titled.next() else {
        return;
    };
    if titled.any(|l| l.count_range != list.count_range) {
        return;
    }
    let Some(words) = deeds_title(text, list.count_range.clone()) else {
        return;
    };

    // The body before the list: the last count of the same words after a
    // verb of doing (the plan comes after the review of the past years).
    let Some(body) = doc.body.iter().find(|r| r.start < list.count_range.start) else {
        return;
    };
    let end = body.end.min(list.count_range.start);
    // Searched backwards from the list: the plan's count is found first,
    // and the search mostly stops there.
    let finder = memchr::memmem::FinderRev::new(words.as_bytes());
    let mut to = end;
    let mut found = None;
    while let Some(p) = finder.rfind(&text.as_bytes()[body.start..to]) {
        let at = body.start + p;
        to = at;
        let Some(start) = numeral_start_at(text, at) else {
            continue;
        };
        let before = &text[..start];
        if ["办好", "实施", "推进", "抓好", "做好", "完成好"]
            .iter()
            .any(|v| before.ends_with(v))
        {
            found = crate::lists::count_at(text, start).map(|(count, end, _)| (count, start..end));
            break;
        }
    }
    let Some((count, count_range)) = found else {
        return;
    };
    if out.iter().any(|l| l.count_range.start == count_range.start) {
        return;
    }
    out.push(CountedList {
        source: ListSource::Annex,
        count,
        count_range,
        items: list.items.clone(),
        hidden: 0,
        open: list.open,
    });
}

/// The counted words of a list's count when its line is a title of 实事:
/// `2031年十件惠民实事` (a year, the count, a few words ending with 实事,
/// nothing else): the words from the measure word on (`件惠民实事`).
fn deeds_title(text: &str, count: Range<usize>) -> Option<&str> {
    let line_start = text[..count.start].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[count.end..]
        .find('\n')
        .map_or(text.len(), |p| count.end + p);
    let before = text[line_start..count.start].trim_start_matches(is_space);
    let after = text[count.end..line_end].trim_end_matches(is_space);
    let year = before.strip_suffix('年').unwrap_or(before);
    let numeral_end = count.start
        + text[count.clone()]
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || chinese_digit(*c).is_some()))
            .map_or(0, |(i, _)| i);
    (year.chars().all(|c| c.is_ascii_digit())
        && after.ends_with("实事")
        && (2..=6).contains(&after.chars().count())
        && after.chars().all(crate::chars::is_han))
    .then(|| &text[numeral_end..count.end + after.len()])
}

/// Where the numeral run right before `at` starts.
fn numeral_start_at(text: &str, at: usize) -> Option<usize> {
    let len: usize = text[..at]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(at - len)
}

/// A quoted count in `line` (`“十大提升工程”`): its value, range and the
/// words it counts (two to six Han characters inside the quotes).
pub(crate) fn quoted_counts(line: &str, offset: usize) -> Vec<(u32, Range<usize>, &str)> {
    quoted_counts_with(line, offset, false)
}

/// [`quoted_counts`], with `场` as a measure word too when `fields` (in
/// quotes it counts battles, campaigns: `“五场攻坚战”`).
fn quoted_counts_with(line: &str, offset: usize, fields: bool) -> Vec<(u32, Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(open) = line[at..].find('“') {
        let inner = at + open + '“'.len_utf8();
        let Some(close) = line[inner..].find('”').map(|p| inner + p) else {
            break;
        };
        let counts = if fields {
            last_count(line, inner..close, 60).into_iter().collect()
        } else {
            counts_in(line, inner..close)
        };
        if close - inner <= 10 * 3
            && let [(count, range)] = counts.as_slice()
            && range.start == inner
        {
            let words = &line[range.end..close];
            if (2..=6).contains(&words.chars().count()) && words.chars().all(crate::chars::is_han) {
                out.push((*count, offset + range.start..offset + range.end, words));
            }
        }
        at = close + '”'.len_utf8();
    }
    out
}

/// Lists whose every item names what a quoted count counts:
/// `…“十大提升工程”目标年度化…。` then `（一）深入推进甲提升工程。…（十）…`
/// (the paragraph right before numbered lines), and `（一）打好“三大攻坚
/// 战”…` then unnumbered paragraphs each opening with a sentence naming it
/// (`打好甲攻坚战。…`) up to the next number. One count of the lead must be
/// named by every item, or the list is not read.
fn echoed_heading_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    // Only lines quoting a count (found line by line at parse) are read.
    for quoted in &doc.quoted_count_lines {
        let at = quoted.start;
        let Some((region_end, lines)) = body_lines_around(doc, at) else {
            continue;
        };
        let k = lines.partition_point(|l| l.content.start < at);
        if lines.get(k).is_none_or(|l| l.content != *quoted) {
            continue;
        }
        let own = line_number(&text[quoted.clone()]);
        let next = lines[k + 1..]
            .iter()
            .position(|l| !l.is_blank())
            .map(|p| k + 1 + p);
        let next_number = next.and_then(|n| line_number(&text[lines[n].content.clone()]));
        // A paragraph quoting the count before `（一）…`: read from the
        // numbered line, its lead just before it.
        let (k, line, style, n) = match (own, next_number) {
            (Some((style, n)), None) => (k, &lines[k], style, n),
            (None, Some((style, 1))) => {
                let n = next.unwrap_or(k);
                (n, &lines[n], style, 1)
            }
            _ => continue,
        };
        {
            let content = &text[line.content.clone()];
            let (counts, items) = if own.is_some() {
                // A numbered heading: its unnumbered paragraphs.
                let mut items = Vec::new();
                for l in lines[k + 1..].iter().filter(|l| !l.is_blank()) {
                    match line_number(&text[l.content.clone()]) {
                        Some((s, _)) if s.level() <= style.level() => break,
                        Some(_) => {
                            items.clear();
                            break;
                        }
                        None => items.push(l.content.clone()),
                    }
                    if items.len() > 12 {
                        break;
                    }
                }
                // Each item's first sentence, with no count of its own.
                let firsts: Vec<Range<usize>> = items
                    .iter()
                    .map(|r| {
                        let end = text[r.clone()].find('。').map_or(r.end, |p| r.start + p);
                        r.start..end
                    })
                    .collect();
                if items.len() > 12
                    || firsts.iter().any(|r| {
                        !counts_in(text, r.clone()).is_empty() || text[r.clone()].contains('“')
                    })
                {
                    continue;
                }
                (quoted_counts(content, line.content.start), firsts)
            } else {
                // A paragraph before `（一）…`: the numbered lines.
                debug_assert_eq!(n, 1);
                let Some((items, nested, _)) =
                    lead_items(doc, &lines[k..], style, 1, None, region_end)
                else {
                    continue;
                };
                // As for a lead: fewer items than the count only when no
                // nested numbering may be what it counts.
                let counts = quoted_counts(&text[quoted.clone()], quoted.start)
                    .into_iter()
                    .filter(|(c, _, _)| {
                        items.len() == *c as usize || (items.len() < *c as usize && nested < *c)
                    })
                    .collect();
                (counts, items)
            };
            if items.len() < 2 {
                continue;
            }
            let named: Vec<&(u32, Range<usize>, &str)> = counts
                .iter()
                .filter(|(_, _, words)| items.iter().all(|r| text[r.clone()].contains(words)))
                .collect();
            // The same words quoted twice (`在打好“三大攻坚战”上…。打好
            // “三大攻坚战”，是…`) count the same items.
            if named.is_empty() || named.iter().any(|(_, _, w)| *w != named[0].2) {
                continue;
            }
            // (Only as a repair: the run-on sentence may instead be a lead
            // naming the things, so it never makes more items than counted.)
            let mut items = items;
            if own.is_some()
                && items.len() < named[0].0 as usize
                && let Some(first) = run_on_item(text, line.content.clone(), named[0].2)
            {
                items.insert(0, first);
            }
            for (count, count_range, _) in named {
                out.push(CountedList::shown(
                    ListSource::Lead,
                    *count,
                    count_range.clone(),
                    items.clone(),
                ));
            }
        }
    }
}

/// `（三）实施“三大攻坚”工程。打好甲攻坚战。…` then paragraphs headed `打好
/// 乙攻坚战。`: the heading's line runs on into its first paragraph, whose
/// first sentence (naming the counted `words`, with no count or quote of
/// its own: not a lead restating the heading) is the first item.
fn run_on_item(text: &str, heading: Range<usize>, words: &str) -> Option<Range<usize>> {
    let stop = text[heading.clone()].find('。')?;
    let rest = heading.start + stop + '。'.len_utf8();
    let start = rest + (text[rest..heading.end].len() - text[rest..heading.end].trim_start().len());
    let end = text[start..heading.end]
        .find('。')
        .map_or(heading.end, |p| start + p);
    let first = &text[start..end];
    (!first.is_empty()
        && first.contains(words)
        && !first.contains('“')
        && counts_in(text, start..end).is_empty())
    .then_some(start..end)
}

/// `（五）…打好“五场攻坚战”…` then unnumbered paragraphs up to the next
/// numbered line, in which clauses end with what is counted (`打好甲攻坚
/// 战`, `持续打好乙攻坚战`): those clauses, when two at least. Clauses
/// with a quote or a count of their own are left out; two names joined by
/// `和` in one may hide one more. Counted words of two characters
/// (`行动`, `经济`) are common enough for other clauses to end with them,
/// and a paragraph with no such clause may word its item otherwise: then
/// the list is open (it fires only with more clauses than the count).
fn echoed_clause_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for quoted in &doc.quoted_count_lines {
        let content = &text[quoted.clone()];
        if line_number(content).is_none() {
            continue;
        }
        let Some((_, lines)) = body_lines_around(doc, quoted.start) else {
            continue;
        };
        let k = lines.partition_point(|l| l.content.start < quoted.start);
        if lines.get(k).is_none_or(|l| l.content != *quoted) {
            continue;
        }
        let mut paragraphs = Vec::new();
        for l in lines[k + 1..].iter().filter(|l| !l.is_blank()).take(13) {
            if line_number(&text[l.content.clone()]).is_some() {
                break;
            }
            paragraphs.push(l.content.clone());
        }
        if paragraphs.is_empty() || paragraphs.len() > 12 {
            continue;
        }
        let counts = quoted_counts_with(content, quoted.start, true);
        let [(count, count_range, words)] = counts.as_slice() else {
            continue;
        };
        if out.iter().any(|l| l.count_range.start == count_range.start) {
            continue;
        }
        let mut items = Vec::new();
        let mut hidden = 0;
        let mut uncovered = false;
        let finder = memchr::memmem::Finder::new(words.as_bytes());
        for p in &paragraphs {
            let before = items.len();
            // Most paragraphs do not name the words: one search leaves them.
            if finder.find(text[p.clone()].as_bytes()).is_none() {
                uncovered = true;
                continue;
            }
            for r in crate::lists::top_level_ranges(text, p.clone(), &['，', '。', '；', ',', ';'])
            {
                let clause = &text[r.clone()];
                if !clause.ends_with(words) || clause.len() == words.len() {
                    continue;
                }
                if clause.contains(['“', '”', '、'])
                    || !counts_in(clause, 0..clause.len()).is_empty()
                {
                    continue;
                }
                hidden += usize::from(crate::lists::may_join_two(
                    &clause[..clause.len() - words.len()],
                ));
                items.push(r);
            }
            uncovered |= items.len() == before;
        }
        if items.len() < 2 {
            continue;
        }
        out.push(CountedList {
            source: ListSource::Lead,
            count: *count,
            count_range: count_range.clone(),
            items,
            hidden,
            open: words.chars().count() < 3 || uncovered,
        });
    }
}

/// `以“六个始终坚持”和“正确处理好五大关系”为内涵，即：始终坚持甲，始终
/// 坚持乙，…；处理好丙的关系，…。`: quoted counts in a sentence, then after
/// `即：` as many `；` groups, in order. A group's clauses are its count's
/// items when each opens or ends with the words the count counts. (Read
/// within a few hundred characters either side of the colon.)
fn shared_out_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for &(colon, c) in &doc.cues.colons {
        if !text[..colon].ends_with('即') {
            continue;
        }
        let line = doc
            .lines
            .get(doc.line_at(colon))
            .map_or(0..0, |l| l.range.clone());
        let line = super_floor(text, line.start.max(colon.saturating_sub(600)))
            ..super_floor(text, line.end.min(colon + 3000));
        let start = text[line.start..colon]
            .rfind(['。', '；', '：'])
            .map_or(line.start, |p| line.start + p + '。'.len_utf8());
        // The quoted counts before the colon, each with its words.
        let mut counts: Vec<(u32, Range<usize>, &str)> = Vec::new();
        let mut at = start;
        while let Some(open) = text[at..colon].find('“') {
            let inner = at + open + '“'.len_utf8();
            let Some(close) = text[inner..colon].find('”').map(|p| inner + p) else {
                break;
            };
            if let [(count, range)] = counts_in(text, inner..close).as_slice() {
                let words = &text[range.end..close];
                if words.chars().count() >= 2 && words.chars().all(crate::chars::is_han) {
                    counts.push((*count, range.clone(), words));
                }
            }
            at = close + '”'.len_utf8();
        }
        if counts.len() < 2 {
            continue;
        }
        let after = colon + c.len();
        let end = text[after..line.end]
            .find('。')
            .map_or(line.end, |p| after + p);
        let groups = crate::lists::top_level_ranges(text, after..end, &['；', ';']);
        if groups.len() != counts.len() {
            continue;
        }
        let mut lists = Vec::new();
        for ((count, count_range, words), group) in counts.iter().zip(&groups) {
            let items = crate::lists::top_level_ranges(text, group.clone(), &['，', ',']);
            let tail = &words[words.char_indices().rev().nth(1).map_or(0, |(i, _)| i)..];
            let named = items.len() >= 2
                && items.iter().all(|r| {
                    let item = &text[r.clone()];
                    item.starts_with(words) || item.ends_with(tail)
                });
            if !named {
                break;
            }
            lists.push(CountedList::shown(
                ListSource::Defined,
                *count,
                count_range.clone(),
                items,
            ));
        }
        if lists.len() == counts.len() {
            out.extend(lists);
        }
    }
}

/// The most characters of a heading sentence (`经济实力显著增强。`).
const HEADING_SENTENCE: std::ops::RangeInclusive<usize> = 4..=14;

/// `主要目标概括为六个方面：经济实力显著增强。地区生产总值…。改革开放
/// 深入推进。…`: a count closing the clause before a colon, then its items
/// as short heading sentences in the rest of the paragraph, each followed
/// by longer sentences that say more. A heading sentence is all Han
/// characters (no figure, no comma, no quote); the paragraph must open with
/// one and go on from each with a longer sentence, so that the headings are
/// told from what they head.
fn heading_sentence_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let heading = |s: &str| {
        HEADING_SENTENCE.contains(&s.chars().count()) && s.chars().all(crate::chars::is_han)
    };
    for &(colon, c) in &doc.cues.colons {
        // Most colons open no heading sentence: a look at the few
        // characters after it leaves them.
        let after = colon + c.len();
        let window = super_floor(text, after + (HEADING_SENTENCE.end() + 1) * 3);
        if !text[after..window]
            .find('。')
            .is_some_and(|p| heading(text[after..after + p].trim_matches(is_space)))
            || !doc.body.iter().any(|r| r.contains(&colon))
        {
            continue;
        }
        let clause = crate::figures::clause_range(text, colon.saturating_sub(1));
        let counts = counts_in(text, clause.start..colon);
        let Some((count, count_range)) = counts.last().cloned() else {
            continue;
        };
        let gap = text[count_range.end..colon].trim_matches(['“', '”']);
        if gap.chars().count() > 6
            || !gap.chars().all(crate::chars::is_han)
            || AMOUNTS.iter().any(|w| gap.starts_with(w))
        {
            continue;
        }
        let line_end = text[after..].find('\n').map_or(text.len(), |p| after + p);
        let rest = &text[after..line_end];
        let mut items = Vec::new();
        // Whether the last sentence was a heading (the next must not be).
        let mut last_heading = false;
        let mut start = 0;
        let mut broken = false;
        for (i, _) in rest.match_indices('。') {
            let sentence = rest[start..i].trim_matches(is_space);
            let is_heading = heading(sentence);
            if is_heading {
                if last_heading {
                    broken = true;
                    break;
                }
                items.push(after + start..after + i + '。'.len_utf8());
            } else if items.is_empty() {
                broken = true;
                break;
            }
            last_heading = is_heading;
            start = i + '。'.len_utf8();
        }
        // The paragraph ends after a sentence that says more, and every
        // count the items may hold is theirs.
        if broken
            || last_heading
            || !rest[start..].trim_matches(is_space).is_empty()
            || items.len() < 2
        {
            continue;
        }
        out.push(CountedList::shown(
            ListSource::Lead,
            count,
            count_range,
            items,
        ));
    }
}

/// How a line's own number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Style {
    /// `一是`
    Ordinal,
    /// `（一）`
    ParenHan,
    /// `一、`
    Han,
    /// `1.` `1、`
    Digit,
    /// `（1）`
    ParenDigit,
    /// `第一，`
    Di,
    /// `①`
    Circled,
}

/// The number opening `line`, with how it is written.
pub(crate) fn line_number(line: &str) -> Option<(Style, u32)> {
    let line = line.trim_start_matches(is_space);
    let han_run = |s: &str| -> usize {
        s.chars()
            .take_while(|c| chinese_digit(*c).is_some() && *c != '〇' && *c != '零')
            .map(char::len_utf8)
            .sum()
    };
    let digit_run = |s: &str| -> usize {
        s.chars()
            .take_while(char::is_ascii_digit)
            .map(char::len_utf8)
            .sum()
    };
    let first = line.chars().next()?;
    if let Some(v) = crate::chars::circled_value(first) {
        return Some((Style::Circled, v));
    }
    if let Some(rest) = line.strip_prefix(['（', '(']) {
        let h = han_run(rest);
        if h > 0 && rest[h..].starts_with(['）', ')']) {
            return Some((Style::ParenHan, small_chinese_number(&rest[..h])?));
        }
        let d = digit_run(rest);
        if d > 0 && d <= 2 && rest[d..].starts_with(['）', ')']) {
            return Some((Style::ParenDigit, rest[..d].parse().ok()?));
        }
        return None;
    }
    if let Some(rest) = line.strip_prefix('第') {
        let h = han_run(rest);
        if h > 0 && rest[h..].starts_with(['，', '、', ',']) {
            return Some((Style::Di, small_chinese_number(&rest[..h])?));
        }
        return None;
    }
    let h = han_run(line);
    if h > 0 {
        let value = small_chinese_number(&line[..h])?;
        let rest = &line[h..];
        if rest.starts_with('是') {
            return Some((Style::Ordinal, value));
        }
        if rest.starts_with(['、', '．']) {
            return Some((Style::Han, value));
        }
        return None;
    }
    let d = digit_run(line);
    if d > 0 && d <= 2 {
        let rest = &line[d..];
        let after = rest.chars().nth(1);
        if rest.starts_with(['.', '．', '、']) && after.is_some_and(|c| !c.is_ascii_digit()) {
            return Some((Style::Digit, line[..d].parse().ok()?));
        }
    }
    None
}

impl Style {
    /// How deep a list written this way nests: `一、` holds `（一）`, which
    /// holds `1.`, `一是` and `第一，`, which hold `（1）`, then `①`.
    pub(crate) fn level(self) -> u8 {
        match self {
            Style::Han => 0,
            Style::ParenHan => 1,
            Style::Digit | Style::Ordinal | Style::Di => 2,
            Style::ParenDigit => 3,
            Style::Circled => 4,
        }
    }
}

/// The last clause of a line's content, without the `：` or `。` closing it.
fn last_clause(text: &str, content: Range<usize>) -> Range<usize> {
    let line = &text[content.clone()];
    let stripped =
        line.trim_end_matches(|c: char| matches!(c, '：' | ':' | '。' | '！' | '!') || is_space(c));
    let start = stripped
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    content.start + start..content.start + stripped.len()
}

/// `做好以下五个方面工作：` closing its line, and the lines after it that
/// open with `一是`…, `（一）`…, `一、`…, `1.`… in order (see
/// [`lead_items`]). Only a list of no more items than its count is kept: a
/// count of the tasks may leave out a last part (`加强政府自身建设`) that
/// is numbered like them.
fn lead_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for cue in &doc.lead_cues {
        let at = cue.count_range.start;
        let Some((region_end, lines)) = body_lines_around(doc, at) else {
            continue;
        };
        // The cue's line: the first whose end is past the count.
        let i = lines.partition_point(|l| l.range.end <= at);
        if !lines.get(i).is_some_and(|l| l.content.contains(&at)) {
            continue;
        }
        let (count, count_range, heading) = (cue.count, cue.count_range.clone(), cue.heading);
        // The first item opens the next line; under a numbered heading
        // (`（三）守住三条底线`), the line after one paragraph of lead.
        let mut following = lines[i + 1..]
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.is_blank())
            .take(if heading.is_some() { 2 } else { 1 });
        let Some((next, style, first)) = following
            .find_map(|(k, l)| match line_number(&text[l.content.clone()]) {
                Some((style, 1)) => Some(Some((i + 1 + k, style, 1))),
                // `二、乙类（3件）` then `5.`: a group's items numbered on
                // from the group before, whose last item ends right above.
                Some((style, n))
                    if heading.is_some() && numbered_on(text, &lines[..i], style, n) =>
                {
                    Some(Some((i + 1 + k, style, n)))
                }
                Some(_) => Some(None),
                None => None,
            })
            .flatten()
        else {
            // Unnumbered paragraphs are counted only by a count of
            // `方面`, which says the next part of the text is divided so.
            // Paragraphs opening with a dash (`——着力甲，…`) are the
            // items a lead announces: a paragraph of one short sentence
            // with no figure (not the last words of a summary of figures).
            let lead = text[lines[i].content.clone()].trim_matches(is_space);
            // A lead of several counts (`“瞄准一个目标，实施三个战略，培育
            // 八大产业”`) announces one paragraph for each, not the last
            // count's things.
            let announces = lead.chars().count() <= 60
                && !lead.chars().any(|c| c.is_ascii_digit())
                && !lead
                    .trim_end_matches(['。', '：', ':'])
                    .contains(['。', '；', '！', '？'])
                && counts_in(text, lines[i].content.clone()).len() == 1;
            // A count right after `以下` says so itself, however long the
            // paragraph it closes (`…突出了以下六个方面。`).
            let below = text[..count_range.start].ends_with("以下");
            // Paragraphs are counted only by a lead that is no heading, nor
            // a count of 实事 in a review's sentence (see `ordinals_only`).
            let paragraphs = heading.is_none() && !cue.ordinals_only;
            let items = if paragraphs && (announces || below) {
                dashed(text, &lines[i + 1..])
            } else {
                None
            };
            if let Some(items) = items
                .or_else(|| {
                    (paragraphs && text[count_range.clone()].ends_with("方面"))
                        .then(|| {
                            anaphora(text, &lines[i + 1..])
                                .or_else(|| short_headings(text, &lines[i + 1..]))
                        })
                        .flatten()
                })
                .or_else(|| {
                    // `做了以下六个方面工作：`, `做到以下四点：`: run-in heads.
                    let closes_lead = text[count_range.end..lines[i].content.end]
                        .trim_end_matches(is_space)
                        .ends_with(['：', ':']);
                    (paragraphs
                        && (text[count_range.clone()].ends_with("方面") || below && closes_lead))
                        .then(|| run_in_heads(text, &lines[i + 1..], count))
                        .flatten()
                })
            {
                out.push(CountedList::shown(
                    ListSource::Lead,
                    count,
                    count_range,
                    items,
                ));
            }
            continue;
        };
        if heading.is_some_and(|h| h.level() >= style.level()) {
            continue;
        }
        // `40件实事` over `一、…四、` that group numbered items up to
        // 40: the headings are groups, not the things counted.
        let lead = lead_items(doc, &lines[next..], style, first, heading, region_end);
        if let Some(paired) = &cue.paired {
            if let Some((items, nested, _)) = &lead
                && !cue.ordinals_only
                && items.len() >= 2
            {
                let nested_run = (*nested == u32::MAX)
                    .then(|| nested_items(text, &lines[next..], style, items.len(), region_end))
                    .flatten();
                paired_lists(text, (count, count_range), paired, items, nested_run, out);
            }
            continue;
        }
        // Fewer items than the count are read only when the lines nested
        // in them cannot be what it counts: no item holds as many, and all
        // together they are not as many either (`1.…2.` then `1.…3.`
        // under two headings of a count of five).
        // More items than the count are read only for deeds listed in one
        // block (see [`deeds_in_one_block`]).
        if let Some((items, nested, summed)) = &lead
            && !cue.ordinals_only
            && items.len() >= 2
            && (!cue.before_below || each_names_the_counted(text, count_range.end, items))
            && (items.len() == count as usize
                || (items.len() < count as usize
                    && *nested < count
                    && *summed != count
                    && !each_counts_alike(text, items, count_range.clone()))
                || (items.len() > count as usize
                    && deeds_in_one_block(text, count_range.clone(), items)))
        {
            // `坚持“六个聚焦”，力争实现“六个更大突破”：`: a quoted count in
            // the clause before counts the same items when each names it.
            if items.len() == count as usize
                && let Some((count, count_range)) =
                    echoed_count_before(text, lines[i].content.start, count_range.start, items)
            {
                out.push(CountedList::shown(
                    ListSource::Lead,
                    count,
                    count_range,
                    items.clone(),
                ));
            }
            out.push(CountedList::shown(
                ListSource::Lead,
                count,
                count_range,
                items.clone(),
            ));
        } else if style == Style::Ordinal && lead.is_none_or(|(items, _, _)| items.len() <= 1) {
            // `一是…。二是…。` run on in the paragraph after the lead.
            let content = lines[next].content.clone();
            let first = content.start
                + (text[content.clone()].len() - text[content].trim_start_matches(is_space).len());
            // All within that one paragraph: a list across paragraphs is
            // the numbered lines', read above or left unread.
            let items = ordinal_items(text, first, region_end);
            if items.len() >= 2 && items.iter().all(|r| r.end <= lines[next].content.end) {
                let open = !ordinals_closed(text, &items, region_end);
                out.push(CountedList {
                    source: ListSource::Lead,
                    count,
                    count_range,
                    items,
                    hidden: 0,
                    open,
                });
            }
        }
    }
}

/// `办好十件民生实事：` over lines numbered one after another with nothing
/// between them: 实事 are things a drafter counts one by one, with no last
/// part of the tasks left out of the count (`加强政府自身建设`), so a line
/// numbered past the count is one too many. The counted words after the
/// count end with 实事 (or with words saying all were done:
/// `十件民生实事全面完成：`) and close the lead, at its colon or, as a
/// heading's only sentence, at the end of its line (`（三）办好十件民生实事。`).
fn deeds_in_one_block(text: &str, count_range: Range<usize>, items: &[Range<usize>]) -> bool {
    let after = &text[count_range.end..];
    let deeds = after.find(['：', ':', '。']).is_some_and(|end| {
        let words = &after[..end];
        // A lead closed by `。` is read only as its line's one sentence.
        let line_start = text[..count_range.start].rfind('\n').map_or(0, |p| p + 1);
        let closes_lead = !after[end..].starts_with('。')
            || (!text[line_start..count_range.start].contains(['。', '；', '！'])
                && after[end + '。'.len_utf8()..]
                    .split('\n')
                    .next()
                    .is_some_and(|rest| rest.trim_matches(is_space).is_empty()));
        let words = crate::lists::without_done(words);
        closes_lead
            && words.chars().count() <= 8
            && words.chars().all(crate::chars::is_han)
            && words.ends_with("实事")
    });
    deeds
        && items.windows(2).all(|pair| {
            text[pair[0].end..pair[1].start]
                .chars()
                .all(|c| matches!(c, '\n' | '\r') || is_space(c))
        })
}

/// `实事5件：` over `1.教育类2件；` `2.交通类3件。`: lines whose own
/// counts in the lead's measure word add up to its count, or each close
/// their first clause (`1.产业项目12个；`, `一、教育类（4件）`), are groups
/// of what it counts, not the things themselves.
fn each_counts_alike(text: &str, items: &[Range<usize>], count_range: Range<usize>) -> bool {
    let Some((count, _, measure)) = crate::lists::count_at(text, count_range.start) else {
        return false;
    };
    let mut sum: u32 = 0;
    let mut all_close = true;
    for item in items {
        let line = &text[item.clone()];
        // The first count of the measure in the line (`1件` too).
        let own = line.match_indices(measure).find_map(|(p, _)| {
            let numeral_len: usize = line[..p]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
                .map(char::len_utf8)
                .sum();
            let numeral = &line[p - numeral_len..p];
            let value = if numeral.is_empty() {
                None
            } else if numeral.bytes().all(|b| b.is_ascii_digit()) {
                numeral.parse::<u32>().ok()
            } else {
                small_chinese_number(numeral)
            };
            value.map(|v| (v, p + measure.len()))
        });
        let Some((own, end)) = own else {
            return false;
        };
        let after = line[end..].trim_start_matches(['）', ')']);
        all_close &= after.is_empty() || after.starts_with(['；', ';', '。', '，', ',', '：', ':']);
        sum = sum.saturating_add(own);
    }
    sum == count || all_close
}

/// The two counts of a lead (`五个方面、22项具体工作：`) over the items read
/// after it (the lead's own count first): a quoted count whose counted
/// words every item holds counts the items (`“八个聚力”、打造“八个新城”`),
/// and so does the lead's count of `方面` (what the text is divided into);
/// after such a count of `方面`, the other, if not so held, counts the lines
/// numbered on through the items (`1.`…`22.` under `（一）`…`（五）`), when
/// they are. A count read neither way is left unread.
fn paired_lists(
    text: &str,
    (count, count_range): (u32, Range<usize>),
    (second, second_range): &(u32, Range<usize>),
    items: &[Range<usize>],
    nested_run: Option<Vec<Range<usize>>>,
    out: &mut Vec<CountedList>,
) {
    let held = |range: &Range<usize>| {
        quoted_noun(text, range.clone())
            .is_some_and(|noun| items.iter().all(|r| text[r.clone()].contains(noun)))
    };
    // A count of `方面` counts the items the text is divided into.
    let aspects = text[count_range.clone()].ends_with("方面");
    let second_held = held(second_range);
    if aspects || held(&count_range) {
        out.push(CountedList::shown(
            ListSource::Lead,
            count,
            count_range,
            items.to_vec(),
        ));
    }
    if second_held {
        out.push(CountedList::shown(
            ListSource::Lead,
            *second,
            second_range.clone(),
            items.to_vec(),
        ));
    } else if aspects && let Some(run) = nested_run {
        out.push(CountedList::shown(
            ListSource::Lead,
            *second,
            second_range.clone(),
            run,
        ));
    }
}

/// The counted words of a quoted count (`“八个聚力”`: `聚力`), two to four
/// Han characters up to the closing quote.
fn quoted_noun(text: &str, count: Range<usize>) -> Option<&str> {
    if !text[..count.start].ends_with('“') {
        return None;
    }
    let rest = &text[count.end..];
    let noun = &rest[..rest.find('”')?];
    ((2..=4).contains(&noun.chars().count()) && noun.chars().all(crate::chars::is_han))
        .then_some(noun)
}

/// The lines numbered on through a lead's `items` items (written in
/// `style`, from `lines`): `1.`…`22.` under `（一）`…`（五）`, one way of
/// numbering, from 1 with no gap, read up to a number at the items' level
/// or above that is not the next item, or `limit`. `None` when the
/// numbering skips or restarts, or fewer than two such lines run.
fn nested_items(
    text: &str,
    lines: &[crate::lines::Line],
    style: Style,
    items: usize,
    limit: usize,
) -> Option<Vec<Range<usize>>> {
    let mut seen = 0;
    let mut nested_style = None;
    let mut run = Vec::new();
    for line in lines.iter().take(LEAD_LINES) {
        if line.content.start >= limit {
            break;
        }
        let Some((s, n)) = line_number(&text[line.content.clone()]) else {
            continue;
        };
        if s == style && n as usize == seen + 1 && seen < items {
            seen += 1;
        } else if s.level() <= style.level() {
            break;
        } else if nested_style.is_none_or(|t| t == s) {
            if seen == 0 || n as usize != run.len() + 1 {
                return None;
            }
            nested_style = Some(s);
            run.push(line.content.clone());
        }
    }
    (seen == items && run.len() >= 2).then_some(run)
}

/// The one count of the clause right before the lead's count (from
/// `line_start` to `cue`), quoted, whose counted words (two to four Han
/// characters inside the quotes) every item holds.
fn echoed_count_before(
    text: &str,
    line_start: usize,
    cue: usize,
    items: &[Range<usize>],
) -> Option<(u32, Range<usize>)> {
    let before = &text[line_start..cue];
    let clause_end = line_start + before.rfind(['，', ','])?;
    let clause_start = text[line_start..clause_end]
        .rfind(['，', ',', '。', '；', '：'])
        .map_or(line_start, |p| {
            line_start
                + p
                + text[line_start + p..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8)
        });
    let counts = counts_in(text, clause_start..clause_end);
    let [(count, range)] = counts.as_slice() else {
        return None;
    };
    let close = text[range.end..clause_end].find('”')? + range.end;
    let noun = &text[range.end..close];
    if !text[..range.start].ends_with('“')
        || !(2..=4).contains(&noun.chars().count())
        || !noun.chars().all(crate::chars::is_han)
        || !items.iter().all(|r| text[r.clone()].contains(noun))
    {
        return None;
    }
    Some((*count, range.clone()))
}

/// `落实好五个方面的任务。` then paragraphs each opening with a dash
/// (`——`): the run of them, two at least, right after the lead. A dash
/// paragraph later on, before the next numbered line, may be one more item
/// after a paragraph of comment: then the run is not read.
fn dashed(text: &str, lines: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    let dash = |l: &crate::lines::Line| {
        text[l.content.clone()]
            .trim_start_matches(is_space)
            .starts_with('—')
    };
    let mut paragraphs = lines.iter().filter(|l| !l.is_blank()).take(LEAD_LINES);
    let mut items = Vec::new();
    for line in paragraphs.by_ref() {
        if !dash(line) {
            if line_number(&text[line.content.clone()]).is_some() || items.is_empty() {
                return (items.len() >= 2).then_some(items);
            }
            break;
        }
        items.push(line.content.clone());
    }
    for line in paragraphs {
        if dash(line) {
            return None;
        }
        if line_number(&text[line.content.clone()]).is_some() {
            break;
        }
    }
    (items.len() >= 2).then_some(items)
}

/// `着力抓好三个方面。` then short headings, each one sentence alone on
/// its line (`加快甲类转变。`) over paragraphs of its own: the headings, two
/// at least, up to the next part's number (`八、`, `（四）`), which must
/// come. Lines numbered otherwise in between (`一要…`) are a part's own.
fn short_headings(text: &str, lines: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    let heading = |s: &str| {
        (3..=16).contains(&s.chars().count())
            && s.ends_with('。')
            && s.matches('。').count() == 1
            && !s.contains(['，', ',', '、', '；', ';', '：', ':', '“'])
            && !s.starts_with(|c: char| chinese_digit(c).is_some())
    };
    let mut items = Vec::new();
    // Whether a paragraph of the last heading's part followed it.
    let mut part_body = false;
    let paragraphs = lines
        .iter()
        .map(|l| (l, text[l.content.clone()].trim_matches(is_space)))
        .filter(|(_, s)| !s.is_empty())
        .take(LEAD_LINES);
    for (line, content) in paragraphs {
        if let Some((style, _)) = line_number(content) {
            if matches!(style, Style::Han | Style::ParenHan) {
                return (items.len() >= 2 && part_body).then_some(items);
            }
            if items.is_empty() {
                return None;
            }
            part_body = true;
        } else if heading(content) {
            if !items.is_empty() && !part_body {
                return None;
            }
            items.push(line.content.clone());
            part_body = false;
        } else if items.is_empty() {
            return None;
        } else {
            part_body = true;
        }
    }
    None
}

/// `重点做了九个方面工作。` then paragraphs each opening with the same
/// words up to their first comma (`一年来，我们狠抓甲，…`, `一年来，我们狠抓
/// 乙，…`): the paragraphs of the run, three at least, when the words are
/// two to ten characters and the paragraph after the run opens otherwise.
fn anaphora(text: &str, lines: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    let mut paragraphs = lines.iter().filter(|l| !l.is_blank()).take(LEAD_LINES);
    let first = paragraphs.next()?;
    let opening = text[first.content.clone()].trim_start_matches(is_space);
    let Some(comma) = opening.find(['，', ',']) else {
        return epiphora(text, lines);
    };
    let words = &opening[..comma];
    let chars = words.chars().count();
    if !(2..=10).contains(&chars) || !words.chars().all(crate::chars::is_han) {
        return None;
    }
    let mut items = vec![first.content.clone()];
    for line in paragraphs {
        let content = text[line.content.clone()].trim_start_matches(is_space);
        if !content.starts_with(words) || !content[words.len()..].starts_with(['，', ',']) {
            break;
        }
        items.push(line.content.clone());
    }
    if items.len() < 3 {
        return verb_run(text, lines).or_else(|| epiphora(text, lines));
    }
    Some(items)
}

/// `做了以下六个方面工作：` then paragraphs each opening with a short head
/// sentence of its own (`甲事业稳步发展。…`, `乙环境持续改善，丙进一步
/// 好转。…`): the paragraphs of the run, two at least, read only when they
/// are as many as `count` (a reading that confirms). A paragraph opening
/// otherwise after the run (`各位代表，…`) may be a comment or one more
/// part worded apart, and a part may run a second head on inside its
/// paragraph (`推进甲。…推进乙。…`): a run of another size says nothing.
fn run_in_heads(text: &str, lines: &[crate::lines::Line], count: u32) -> Option<Vec<Range<usize>>> {
    let items: Vec<Range<usize>> = lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(LEAD_LINES)
        .take_while(|l| run_in_head(text[l.content.clone()].trim_matches(is_space)))
        .map(|l| l.content.clone())
        .collect();
    (items.len() >= 2 && items.len() == count as usize).then_some(items)
}

/// Whether a paragraph opens with a head sentence of its own, words
/// follow: four to twenty-four characters, at most one comma, no figure,
/// list or quote (a head names one thing done, it does not report it).
fn run_in_head(paragraph: &str) -> bool {
    let Some(end) = paragraph.find('。') else {
        return false;
    };
    let head = &paragraph[..end];
    let body = &paragraph[end + '。'.len_utf8()..];
    (4..=24).contains(&head.chars().count())
        && head.matches('，').count() <= 1
        && head.chars().all(|c| crate::chars::is_han(c) || c == '，')
        && line_number(paragraph).is_none()
        && body.chars().count() >= 10
}

/// `做好以下七个方面工作：` then paragraphs each opening with one verb
/// (`坚持甲，加快乙。…`, `坚持丙，推进丁。…`), their first clauses worded
/// apart: the paragraphs of the run, three at least, when a numbered line
/// or a title follows it (a paragraph opening otherwise may be one more
/// part, or a comment: then the run is not read).
fn verb_run(text: &str, lines: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    let opening = |l: &crate::lines::Line| text[l.content.clone()].trim_start_matches(is_space);
    let mut paragraphs = lines.iter().filter(|l| !l.is_blank()).take(LEAD_LINES);
    let first = paragraphs.next()?;
    let verb = crate::lists::VERBS
        .iter()
        .chain(crate::lists::PAIRED_VERBS)
        .find(|v| v.chars().count() == 2 && opening(first).starts_with(*v))?;
    closed_run(text, first, paragraphs, |l| opening(l).starts_with(verb))
}

/// The paragraphs from `first` on while `in_run` holds of them: three at
/// least, and only when a numbered line or a title closes the run (a
/// paragraph worded otherwise may be one more part, or a comment).
fn closed_run<'l>(
    text: &str,
    first: &crate::lines::Line,
    paragraphs: impl Iterator<Item = &'l crate::lines::Line>,
    in_run: impl Fn(&crate::lines::Line) -> bool,
) -> Option<Vec<Range<usize>>> {
    let mut items = vec![first.content.clone()];
    for line in paragraphs {
        if in_run(line) {
            items.push(line.content.clone());
            continue;
        }
        let content = &text[line.content.clone()];
        let closes = line_number(content).is_some() || title_line(content);
        return (items.len() >= 3 && closes).then_some(items);
    }
    None
}

/// `从六个方面推进：` then paragraphs whose first sentences, short, end
/// with the same words (`构建甲体系，增强乙谱新篇。…`, `建设丙示范区，推动
/// 丁谱新篇。…`): the paragraphs of the run, three at least, when a
/// numbered line or a title follows it.
fn epiphora(text: &str, lines: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    let first_sentence = |l: &crate::lines::Line| {
        let content = text[l.content.clone()].trim_matches(is_space);
        content.find('。').map(|p| &content[..p])
    };
    let mut paragraphs = lines.iter().filter(|l| !l.is_blank()).take(LEAD_LINES);
    let first = paragraphs.next()?;
    let sentence = first_sentence(first)?;
    let tail_at = sentence.char_indices().rev().nth(2)?.0;
    let tail = &sentence[tail_at..];
    if !tail.chars().all(crate::chars::is_han) {
        return None;
    }
    let echoes = |l: &crate::lines::Line| {
        first_sentence(l).is_some_and(|s| s.ends_with(tail) && s.chars().count() <= 40)
    };
    if !echoes(first) {
        return None;
    }
    closed_run(text, first, paragraphs, echoes)
}

/// A line whose last clause states one count of what the next lines list
/// (`做好以下五个方面工作：`), with offsets relative to the line, and how
/// the number the line opens with is written, if it opens with one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LeadCue {
    pub(crate) count: u32,
    pub(crate) count_range: Range<usize>,
    pub(crate) heading: Option<Style>,
    /// A count of 实事 inside the line: it counts only `一是…` run on in
    /// the next paragraph, not numbered lines (a new section's headings).
    pub(crate) ordinals_only: bool,
    /// The other count of a clause that states two (`五个方面、22项具体
    /// 工作`, `“八个聚力”、打造“八个新城”`): its value and range.
    pub(crate) paired: Option<(u32, Range<usize>)>,
    /// The count is in the clause before a last clause of `以下` (`以打好
    /// “六场战役”为牵引，抓了以下工作：`): the lines after it may be the
    /// work that clause names rather than what the count counts.
    pub(crate) before_below: bool,
}

/// The lead cue of one line (its content, trimmed). It depends on the line
/// alone, so the document caches it per line: a keystroke rereads the
/// changed line, not every line of the body.
pub(crate) fn lead_cue_in(line: &str) -> Option<LeadCue> {
    // `以下七个方面： [1]`: a note's marker after the colon is no clause.
    let line = without_closing_marker(line);
    let clause = last_clause(line, 0..line.len());
    clause_cue(line, clause.clone())
        .or_else(|| namely_cue(line, clause.clone()))
        .or_else(|| earlier_cue(line, clause))
}

/// `今年安排民生实事8件，即：`: a last clause of `即` alone says the lines
/// after it are what the clause before counts, so a count closing that
/// clause after its noun is the list's size, not a figure.
fn namely_cue(line: &str, last: Range<usize>) -> Option<LeadCue> {
    if &line[last.clone()] != "即"
        || !line[last.end..]
            .trim_end_matches(is_space)
            .ends_with(['：', ':'])
    {
        return None;
    }
    let before = line[..last.start].trim_end_matches(['，', ',']);
    if before.len() == last.start {
        return None;
    }
    let clause = last_clause(line, 0..before.len());
    if let Some(cue) = clause_cue(line, clause.clone()) {
        return Some(cue);
    }
    let counts = counts_in(line, clause.clone());
    let (count, range) = counts.last()?;
    (range.end == clause.end
        && line[clause.start..range.start]
            .chars()
            .any(crate::chars::is_han))
    .then(|| LeadCue {
        count: *count,
        count_range: range.clone(),
        heading: line_number(line).map(|(style, _)| style),
        ordinals_only: false,
        paired: None,
        before_below: false,
    })
}

/// `line` without a note's marker (`[1]`, `［1］`, `〔1〕`) and the spaces
/// around it after the colon or full stop that closes the line.
fn without_closing_marker(line: &str) -> &str {
    let trimmed = line.trim_end_matches(is_space);
    let Some(inner) = trimmed.strip_suffix([']', '］', '〕']) else {
        return line;
    };
    let digits = inner.trim_end_matches(|c: char| c.is_ascii_digit());
    let Some(before) = digits.strip_suffix(['[', '［', '〔']) else {
        return line;
    };
    let before = before.trim_end_matches(is_space);
    if digits.len() == inner.len() || !before.ends_with(['：', ':', '。']) {
        return line;
    }
    before
}

/// A lead whose count is not in its last clause: `坚持“六个突出”，重点抓好
/// 以下工作：` (the clause before a last clause of `以下` with no count of
/// its own), or `着力抓好七方面工作，谋新篇、启新程，…` (a count of
/// `方面` with at most `工作` after it, the line's only count).
fn earlier_cue(line: &str, last: Range<usize>) -> Option<LeadCue> {
    // Most lines hold neither word: two byte searches, by searchers built
    // once, leave them.
    static BELOW: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("以下"));
    static ASPECT: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("方面"));
    // A lead is short: its last clause (`重点抓好以下工作`) and, for a
    // count of `方面` before more clauses, the whole line (a hundred
    // characters or so); longer lines are not searched at all.
    static DEEDS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("实事"));
    let below = last.len() <= 40 * 3 && BELOW.find(line[last.clone()].as_bytes()).is_some();
    // A long line may still close with its lead (`…，坚定不移抓好八方面
    // 工作，奋力跑出加速度。`): only its clause before the last is searched.
    let searched = if !below && line.len() > 100 * 3 {
        let before = line[..last.start].trim_end_matches(['，', ',']);
        if before.len() == last.start {
            return None;
        }
        let clause = last_clause(line, 0..before.len());
        if clause.len() > 40 * 3 || ASPECT.find(line[clause.clone()].as_bytes()).is_none() {
            return None;
        }
        clause
    } else {
        0..line.len()
    };
    // `征集了10件民生实事并坚决完成，…！`: the count of 实事, when the
    // line states one.
    if !below && DEEDS.find(line.as_bytes()).is_some() {
        let counts = counts_in(line, 0..line.len());
        let deeds: Vec<_> = counts
            .iter()
            .filter(|(_, r)| {
                line[r.end..]
                    .chars()
                    .take(4)
                    .collect::<String>()
                    .contains("实事")
            })
            .collect();
        if let [(count, range)] = deeds.as_slice() {
            return Some(LeadCue {
                count: *count,
                count_range: range.clone(),
                heading: line_number(line).map(|(style, _)| style),
                ordinals_only: true,
                paired: None,
                before_below: false,
            });
        }
    }
    if !below && ASPECT.find(line.as_bytes()).is_none() {
        return None;
    }
    let end = if below {
        if !counts_in(line, last.clone()).is_empty() {
            return None;
        }
        // The clause before the last, without the break between them.
        let before = line[..last.start].trim_end_matches(['，', ',']);
        if before.len() == last.start {
            return None;
        }
        before.len()
    } else {
        let counts = counts_in(line, searched);
        let [(_, range)] = counts.as_slice() else {
            return None;
        };
        // `七个方面工作，`, `七个方面的工作，` or `八个方面重点任务，`.
        let noun = ["工作", "的工作", "重点工作", "重点任务", "的重点任务"]
            .iter()
            .find(|w| line[range.end..].starts_with(*w))
            .map_or(0, |w| w.len());
        if !line[range.clone()].ends_with("方面")
            || !line[range.end + noun..].starts_with(['，', ','])
        {
            return None;
        }
        range.end + noun
    };
    let clause = last_clause(line, 0..end);
    clause_cue(line, clause).map(|cue| LeadCue {
        before_below: below,
        ..cue
    })
}

/// Whether each item's first clause holds a character of the words the
/// count ending at `count_end` counts (`打好“六场战役”，抓了以下工作：`
/// over `一是打好甲阵地战，…`): a lead's earlier clause counts the lines
/// after it only so; otherwise they are the work the last clause names
/// (`实施“六大行动计划”，重点做好以下工作：` over `（一）应对挑战，…`).
fn each_names_the_counted(text: &str, count_end: usize, items: &[Range<usize>]) -> bool {
    let Some(words) = crate::headed_paragraphs::counted_words(&text[count_end..]) else {
        return false;
    };
    items.iter().all(|item| {
        let first = text[item.clone()]
            .split(['，', '。', '；', ',', '：'])
            .next()
            .unwrap_or("");
        first.chars().any(|c| words.contains(c))
    })
}

/// The end of the body region holding byte `at`, and its lines.
fn body_lines_around(doc: &Document, at: usize) -> Option<(usize, &[crate::lines::Line])> {
    let region = doc.body.iter().find(|r| r.contains(&at))?;
    Some((region.end, doc.lines_within(region)))
}

/// Words after a measure word that make the count an amount.
pub(crate) const AMOUNTS: &[&str] = &[
    "百分点",
    "月",
    "小时",
    "工作日",
    "季度",
    "以上",
    "以下",
    "左右",
    "多",
    "余",
    "位次",
];

/// The cue of one clause of a line: a count closing it.
fn clause_cue(line: &str, clause: Range<usize>) -> Option<LeadCue> {
    if clause.is_empty() || line[clause.clone()].chars().count() > 40 {
        return None;
    }
    // One count, of campaigns when of nothing else (`打好三场硬仗：`), or
    // two joined by `、` (`五个方面、22项具体工作`: the first counts the
    // items, the second is read with them in [`lead_lists`]).
    let mut counts = counts_in(line, clause.clone());
    if counts.is_empty() && line[clause.clone()].contains('场') {
        counts = crate::lists::campaign_counts_in(line, clause.clone());
    }
    let (count, count_range, paired) = match counts.as_slice() {
        [(count, range)] => (count, range, None),
        [(count, range), (second, second_range)] => {
            let between = &line[range.end..second_range.start];
            if between.chars().count() > 12 {
                return None;
            }
            let joined = between
                .find('、')
                .is_some_and(|p| !between[..p].contains(['，', ',', '；', '：']));
            // `“十个持续推进”即抓好十方面工作`: a quoted count the second
            // restates; the second is the lead's.
            let restated = line[..range.start].ends_with('“')
                && between
                    .find("”即")
                    .is_some_and(|p| !between[..p].contains('”'));
            if joined {
                (count, range, Some((*second, second_range.clone())))
            } else if restated {
                (second, second_range, Some((*count, range.clone())))
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let cue = LeadCue {
        count: *count,
        count_range: count_range.clone(),
        heading: line_number(line).map(|(style, _)| style),
        ordinals_only: false,
        paired,
        before_below: false,
    };
    if points_ahead(line, count_range.clone(), clause.end)
        || bracketed_in_heading(line, count_range.clone())
    {
        return Some(cue);
    }
    // Two counts: each closely followed by what it counts, the first up
    // to the `、` or `即` between them.
    if let Some((_, other)) = &cue.paired {
        let (earlier, later) = if other.start < count_range.start {
            (other.clone(), count_range.clone())
        } else {
            (count_range.clone(), other.clone())
        };
        let between = &line[earlier.end..later.start];
        let bound = earlier.end + between.find(['、', '即']).unwrap_or(between.len());
        return (counts_closely(line, earlier, bound) && counts_closely(line, later, clause.end))
            .then_some(cue);
    }
    counts_closely(line, count_range.clone(), clause.end).then_some(cue)
}

/// Whether what is counted follows the count closely, up to `end`
/// (`方面的工作`, `件民生实事`), with no other figure; a count after its
/// noun (`实施项目17个：`) is a figure, not a list's size.
fn counts_closely(line: &str, count_range: Range<usize>, end: usize) -> bool {
    let tail = &line[count_range.end..end];
    let names_noun =
        line[count_range.clone()].ends_with("方面") || tail.chars().any(crate::chars::is_han);
    // `从六个方面推进甲乙丙发展`: 从 opens what the aspects divide.
    let from_aspects =
        line[..count_range.start].ends_with('从') && line[count_range.clone()].ends_with("方面");
    // `提高10个百分点`, `3个月`: an amount, not a count of items.
    !(tail.chars().count() > if from_aspects { 20 } else { 8 }
        || tail.chars().any(|c| c.is_ascii_digit())
        || !names_noun
        || AMOUNTS.iter().any(|w| tail.starts_with(w))
        || (said_done(tail) && !line.trim_end_matches(is_space).ends_with(['：', ':'])))
}

/// Whether the counted things are the clause's subject, said done
/// (`承诺的十件实事全部兑现！`, `十方面民生实事顺利完成。`): a review,
/// announcing nothing to list after it unless a colon closes the line
/// (`四件民生实事全面完成：`).
#[inline(never)]
fn said_done(tail: &str) -> bool {
    const SAID_DONE: &[&str] = &[
        "全部",
        "均已",
        "已经",
        "顺利",
        "胜利",
        "圆满",
        "如期",
        "超额",
        "基本完成",
        "全面完成",
    ];
    SAID_DONE.iter().any(|w| tail.contains(w))
}

/// Whether the last numbered line of `before` (blank lines skipped) is
/// item `n - 1` written in `style`: a list numbered on across a heading.
fn numbered_on(text: &str, before: &[crate::lines::Line], style: Style, n: u32) -> bool {
    before
        .iter()
        .rev()
        .find(|l| !l.is_blank() && line_number(&text[l.content.clone()]).is_some())
        .and_then(|l| line_number(&text[l.content.clone()]))
        .is_some_and(|(s, m)| s == style && m + 1 == n)
}

/// `以下10件列为今年的惠民项目：`: a count right after `以下` (the
/// following, never an amount before it) in the clause the line's colon
/// closes points at the lines after it, whatever words stand between the
/// count and the colon.
fn points_ahead(line: &str, count: Range<usize>, clause_end: usize) -> bool {
    let rest = line[clause_end..].trim_end_matches(is_space);
    // `把握好以下三点。`: a count closing the line after 以下 with no noun
    // after its measure word counts what follows as surely as a colon.
    // (Not 以下 after an amount: `60岁以下两类。` bounds, it points nowhere.)
    let closes = rest == "。"
        && count.end == clause_end
        && line[..count.start]
            .strip_suffix("以下")
            .and_then(|before| before.chars().next_back())
            .is_some_and(|c| crate::chars::is_han(c) && !"岁元年月日人个米亩吨户万亿".contains(c));
    line[..count.start].ends_with("以下")
        && (matches!(rest, "：" | ":") || closes)
        && !AMOUNTS.iter().any(|w| line[count.end..].starts_with(w))
}

/// `二、改善出行条件（6件）`: a numbered heading whose count, in brackets,
/// closes it counts the numbered lines under it.
fn bracketed_in_heading(line: &str, count: Range<usize>) -> bool {
    let line = line.trim_end_matches(is_space);
    line_number(line).is_some()
        && line[..count.start].ends_with(['（', '('])
        && matches!(&line[count.end..], "）" | ")")
}

/// The items of a lead's list from its first line, up to a line numbered
/// at a higher level (`二、` ends `（一）…（五）`) or `limit`; `None` when
/// the list cannot be read to its end: a number of its own way out of
/// order (a new list, a skipped item), or its next number written at its
/// level another way. Also gives the largest number of the lines nested in
/// the items (`1.…12.` under `一、…四、` headings that group them), or
/// `u32::MAX` when their numbering runs on from one item to the next, and
/// the largest numbers under each item summed (`1.…3.` under `一、`, `1.…2.`
/// under `二、`: five).
fn lead_items(
    doc: &Document,
    lines: &[crate::lines::Line],
    style: Style,
    first: u32,
    heading: Option<Style>,
    limit: usize,
) -> Option<(Vec<Range<usize>>, u32, u32)> {
    let text = &doc.text;
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut nested = 0;
    // The largest numbers nested in the items before this one, summed, and
    // the largest nested in this one.
    let mut summed: u32 = 0;
    let mut item_nested: u32 = 0;
    // Whether this item has had a nested line yet.
    let mut nested_seen = false;
    // Whether a title line (short, unnumbered, with no punctuation) came
    // after the last item.
    let mut titled = false;
    // The last unnumbered line with text: a lead of its own closing it
    // (`抓好以下五项工作：`) announces the list numbered again after it.
    let mut unnumbered: Option<&crate::lines::Line> = None;
    for line in lines.iter().take(LEAD_LINES) {
        if line.content.start >= limit {
            return Some((items, nested, summed.saturating_add(item_nested)));
        }
        let Some((s, n)) = line_number(&text[line.content.clone()]) else {
            titled |= !items.is_empty() && title_line(&text[line.content.clone()]);
            if !line.is_blank() {
                unnumbered = Some(line);
            }
            continue;
        };
        let led = n == 1
            && unnumbered.is_some_and(|l| {
                doc.lead_cues
                    .iter()
                    .any(|c| l.content.contains(&c.count_range.start))
            });
        unnumbered = None;
        // A number at the level of the lead's own heading or above
        // (`四、` after `（三）守住三条底线` and its `一是…三是`) ends the
        // section, and with it the list.
        if heading.is_some_and(|h| s.level() <= h.level()) {
            return Some((items, nested, summed.saturating_add(item_nested)));
        }
        if s == style && n as usize == items.len() + first as usize {
            items.push(line.content.clone());
            summed = summed.saturating_add(item_nested);
            item_nested = 0;
            nested_seen = false;
            titled = false;
        } else if s.level() < style.level() && n as usize == items.len() + first as usize {
            // The next number at a higher level: the next item written
            // another way, or the next part; which is not sure.
            return None;
        } else if s.level() < style.level() || (s == Style::Han && style == Style::Han && n == 1) {
            // A higher level, or `一、` again: a new part of the report
            // (`一、` is never nested in `一、`).
            return Some((items, nested, summed.saturating_add(item_nested)));
        } else if s == style && n == 1 {
            // A new list of the same numbers: it may be nested in an item,
            // unless a title came between (`2021年重点工作任务` then
            // `（一）…` again) or a lead of its own: a new part of the
            // report, a new list.
            return Some((
                items,
                if titled || led { nested } else { u32::MAX },
                summed.saturating_add(item_nested),
            ));
        } else if s == style
            || (s.level() == style.level() && n as usize == items.len() + first as usize)
        {
            return None;
        } else {
            if s.level() > style.level() {
                nested = nested.max(n);
                item_nested = item_nested.max(n);
                // Numbering that runs on from one item into the next
                // (`3.` first under `二、`) numbers the items of groups.
                if !nested_seen && items.len() >= 2 && n > 1 {
                    nested = u32::MAX;
                }
                nested_seen = true;
            }
        }
    }
    (lines.len() <= LEAD_LINES).then_some((items, nested, summed.saturating_add(item_nested)))
}

/// A title line: twenty characters at most, with no punctuation.
pub(crate) fn title_line(line: &str) -> bool {
    let line = line.trim_matches(is_space);
    !line.is_empty()
        && line.chars().count() <= 20
        && !line.contains([
            '。', '，', '；', '：', '、', '！', '？', ',', '.', ';', ':', '!', '?',
        ])
}

/// `打造三个场景。一是…二是…`: a count closing the sentence right before
/// `一是`. Open (it fires only with more items) unless no next ordinal
/// follows in the paragraph or at the start of the next one.
/// Where the sentence ending at `end` starts: after a break within 200
/// characters, inside `region`.
fn sentence_start_before(text: &str, end: usize, region: &Range<usize>) -> Option<usize> {
    text[..end]
        .char_indices()
        .rev()
        .take(200)
        .find(|(_, c)| matches!(c, '。' | '！' | '？' | '；' | '\n' | '\r'))
        .map(|(i, c)| i + c.len_utf8())
        .filter(|s| *s >= region.start)
}

fn sentence_ordinal_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let regions = regions(doc);
    for &at in &doc.cues.sentence_ordinals {
        let Some(region) = regions.iter().find(|r| r.contains(&at)) else {
            continue;
        };
        let period = at - "。".len();
        let Some(sentence_start) = sentence_start_before(text, period, region) else {
            continue;
        };
        let sentence_counts = counts_in(text, sentence_start..period);
        let closing = sentence_counts.last().cloned().filter(|(_, range)| {
            // What the count counts, in a few words after it (not
            // `项目17个。`, a figure after its noun).
            // `把握好三点。`, `抓好三个方面。`: a measure word that is
            // itself what is counted needs no noun after it.
            let gap = text[range.end..period].trim_matches(['“', '”']);
            let counted = &text[range.clone()];
            let self_counted =
                gap.is_empty() && (counted.ends_with("方面") || counted.ends_with('点'));
            self_counted
                || (!gap.is_empty()
                    && gap.chars().count() <= 6
                    && gap.chars().all(crate::chars::is_han)
                    && !AMOUNTS.iter().any(|w| gap.starts_with(w)))
        });
        let closed_by_a_count = closing.is_some();
        let counts = match closing {
            Some(count) => vec![count],
            None => deeds_counts(text, sentence_start..period, region),
        };
        if counts.is_empty() {
            continue;
        }
        let items = ordinal_items(text, at, region.end);
        if items.len() < 2
            || closed_by_a_count && crate::lists::other_counts_fit(&sentence_counts, items.len())
        {
            continue;
        }
        // A second list's `一是` among the items: its ordinals may have
        // been taken for these. The `一是` of `十一是` is this list's
        // eleventh item (a list of 实事 often runs past ten).
        let (first_end, last) = (items[0].end, items[items.len() - 1].clone());
        if text[first_end..last.start]
            .match_indices("一是")
            .any(|(p, _)| !text[..first_end + p].ends_with('十'))
        {
            continue;
        }
        let open = !ordinals_closed(text, &items, region.end);
        // Counts of 实事 that disagree: the list settles which is the slip
        // only when it is closed and one of them is its length; all are
        // then read with it. Counts that agree are read once.
        let agree = counts.iter().all(|(n, _)| *n == counts[0].0);
        if !agree && (open || !counts.iter().any(|(n, _)| *n as usize == items.len())) {
            continue;
        }
        let read = if agree { &counts[..1] } else { &counts[..] };
        for (count, count_range) in read {
            out.push(CountedList {
                source: ListSource::Ordinals,
                count: *count,
                count_range: count_range.clone(),
                items: items.clone(),
                hidden: 0,
                open,
            });
        }
    }
}

/// `办好十件民生实事。今年…推动十件民生实事更贴民意。一是…`: the counts
/// of 实事 in the sentence before `一是` and the one before it.
fn deeds_counts(
    text: &str,
    sentence: Range<usize>,
    region: &Range<usize>,
) -> Vec<(u32, Range<usize>)> {
    let start = sentence
        .start
        .checked_sub("。".len())
        .filter(|_| text[..sentence.start].ends_with('。'))
        .and_then(|p| sentence_start_before(text, p, region))
        .unwrap_or(sentence.start);
    let counts = counts_in(text, start..sentence.end);
    let deeds = |range: &Range<usize>| {
        let after: String = text[range.end..sentence.end].chars().take(4).collect();
        after.contains("实事")
    };
    // `推进20项行动，办好30件实事，…`: sentences that count other things
    // too announce tasks, not the 实事 one by one.
    if counts.iter().any(|(_, range)| !deeds(range)) {
        return Vec::new();
    }
    counts
        .into_iter()
        .filter(|(_, range)| deeds(range))
        .collect()
}

/// `（N）` or `(N)` as written at `at`: its length.
fn paren_number_at(text: &str, at: usize, n: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    // `⑵`: one character for a bracketed number up to 20, which some
    // drafters mix with `（1）` in one list.
    if let Some(c) = u32::try_from(n)
        .ok()
        .filter(|n| (1..=20).contains(n))
        .and_then(|n| char::from_u32(0x2473 + n))
        && rest.starts_with(c)
    {
        return Some(c.len_utf8());
    }
    let digits = n.to_string();
    for (open, close) in [('（', '）'), ('(', ')'), ('（', ')'), ('(', '）')] {
        if let Some(r) = rest.strip_prefix(open)
            && let Some(r) = r.strip_prefix(digits.as_str())
            && r.starts_with(close)
        {
            return Some(open.len_utf8() + digits.len() + close.len_utf8());
        }
    }
    None
}

/// `办好10件民生实事。（1）…（2）…`: the count closes the sentence right
/// before `（1）`; the items run in order through the paragraph and the
/// lines that open with the next number.
fn numbered_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let regions = regions(doc);
    for &at in &doc.cues.numbered {
        let Some(region) = regions.iter().find(|r| r.contains(&at)) else {
            continue;
        };
        let mark = text[..at].chars().next_back().map_or(0, char::len_utf8);
        let sentence_end = at - mark;
        let Some(sentence_start) = sentence_start_before(text, sentence_end, region) else {
            continue;
        };
        let Some((count, count_range)) = counts_in(text, sentence_start..sentence_end).pop() else {
            continue;
        };
        let gap = &text[count_range.end..sentence_end];
        // `城建工程8项：（1）…`: a count right before the colon that opens
        // its items.
        let leads = gap.is_empty() && matches!(&text[sentence_end..at], "：" | ":");
        if (gap.is_empty() && !leads)
            || gap.chars().count() > 14
            || gap
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '，' | ','))
        {
            continue;
        }
        let Some(items) = numbered_items(text, at, region.end) else {
            continue;
        };
        if items.len() >= 2 {
            out.push(CountedList::shown(
                ListSource::Numbered,
                count,
                count_range,
                items,
            ));
        }
    }
}

/// The `（k）` items from `（1）` at `first`: each next one after a clause
/// break in the paragraph, or opening the next line. `None` when a number
/// of the list turns up out of order.
///
/// Items may also run on with no separator between them (`（1）甲工程（2）乙
/// 工程（3）丙工程。`), but then none of them is separated; such a list ends
/// at the sentence end before a new lead's `：（1）`.
fn numbered_items(text: &str, first: usize, limit: usize) -> Option<Vec<Range<usize>>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut at = first;
    // Whether the items are separated (`；（2）`) or run on (`工程（2）`).
    let mut separated: Option<bool> = None;
    let len = paren_number_at(text, at, 1)?;
    items.push(at..at + len);
    at += len;
    loop {
        let n = items.len() + 1;
        let window_end = super_floor(text, (at + 4000).min(limit));
        let window = &text[at..window_end];
        // The next bracketed number of any value within the item's
        // paragraph, or at the start of the next line.
        let mut found = None;
        let mut line_ended = window_end == limit;
        for (i, c) in window.char_indices() {
            if c == '\n' {
                line_ended = true;
                let rest = window[i + 1..].trim_start_matches(|c: char| is_space(c) || c == '\r');
                let start = at + window.len() - rest.len();
                if paren_number_at(text, start, n).is_some() {
                    found = Some(start);
                }
                break;
            }
            if matches!(c, '（' | '(' | '⑴'..='⒇') {
                let start = at + i;
                if paren_number_at(text, start, n).is_some() {
                    let before = window[..i].chars().next_back();
                    let sep =
                        before.is_some_and(|b| matches!(b, '。' | '；' | ';' | '，' | '：' | ' '));
                    // A run-on item is a name of a few characters at
                    // least, with no sentence end inside it.
                    let run_on = !sep
                        && before.is_some_and(|b| !matches!(b, '第' | '、' | '）' | ')'))
                        && window[..i].chars().count() >= 2
                        && !window[..i].contains(['。', '；', ';', '，', ',', '：']);
                    if (sep || run_on) && separated.is_none_or(|s| s == sep) {
                        separated = Some(sep);
                        found = Some(start);
                        break;
                    }
                    return None;
                }
                // A new lead after the run-on list's sentence:
                // `…丙工程。交通工程2项：（1）…`.
                if separated == Some(false)
                    && paren_number_at(text, start, 1).is_some()
                    && window[..i].ends_with(['：', ':'])
                    && window[..i].contains('。')
                {
                    line_ended = true;
                    break;
                }
                if (1..n).any(|k| paren_number_at(text, start, k).is_some())
                    || paren_number_at(text, start, n + 1).is_some()
                {
                    return None;
                }
            }
        }
        let Some(start) = found else {
            // A paragraph longer than the window is not read to its end.
            if !line_ended {
                return None;
            }
            break;
        };
        let len = paren_number_at(text, start, n)?;
        items.push(start..start + len);
        at = start + len;
        if items.len() > 60 {
            return None;
        }
    }
    Some(items)
}

/// Measure words of a count that only the readers here take, after a list
/// of names (`省、市、县三级`, `甲、乙两支队伍`): alone they are too often
/// part of a word (`三级医院`).
const NAMED_MEASURES: &[&str] = &["级", "场", "部", "重"];

/// A count at `start` of up to `max`: a numeral (one space may follow a
/// written-out number, `4 个`), then a measure word. Returns the value and
/// where the measure word ends.
fn count_here(text: &str, start: usize, max: u32) -> Option<(u32, usize)> {
    let rest = text.get(start..)?;
    let arabic: usize = rest
        .chars()
        .take_while(char::is_ascii_digit)
        .map(char::len_utf8)
        .sum();
    let (value, len) = if arabic > 0 {
        (rest[..arabic].parse().ok()?, arabic)
    } else {
        let han: usize = rest
            .chars()
            .take_while(|c| chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        (small_chinese_number(&rest[..han])?, han)
    };
    let gap = usize::from(arabic > 0 && rest[len..].starts_with(' '));
    let after = &rest[len + gap..];
    let measure = crate::lists::MEASURES
        .iter()
        .chain(NAMED_MEASURES)
        .find(|m| after.starts_with(*m))?;
    (2..=max)
        .contains(&value)
        .then_some((value, start + len + gap + measure.len()))
}

/// The last count in `range` (the numeral runs in it, each read once), not
/// an ordinal (`第三`) nor the tail of a larger number.
fn last_count(text: &str, range: Range<usize>, max: u32) -> Option<(u32, Range<usize>)> {
    let slice = text.get(range.clone())?;
    let mut found = None;
    let mut previous = None;
    for (i, c) in slice.char_indices() {
        let numeral = c.is_ascii_digit() || chinese_digit(c).is_some();
        let starts = numeral
            && !previous.is_some_and(|p: char| {
                p.is_ascii_digit() || chinese_digit(p).is_some() || matches!(p, '第' | '.' | '．')
            });
        if starts && let Some((value, end)) = count_here(text, range.start + i, max) {
            found = Some((value, range.start + i..end));
        }
        previous = Some(c);
    }
    found
}

/// Words that define a label in a note: `“4”指…`, `三环，即…`.
const DEFINERS: &[&str] = &["是指", "指", "即", "是", "为"];

/// A definition inside a note that names its items and counts them: `“4”指
/// 甲中学、乙中学、丙中学、丁中学4个项目`, `“5”即省、市、县、乡、村五级`,
/// or a count and then its names, `“4”指4家医院，即甲、乙、丙、丁`. Only in
/// the notes: their definitions enumerate on purpose.
fn defined_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for note in &doc.notes {
        let range = note.text_range.clone();
        let Some(body) = text.get(range.clone()) else {
            continue;
        };
        // Clauses of the note, with where each starts.
        let mut clauses: Vec<Range<usize>> = Vec::new();
        let mut start = 0;
        for (i, c) in body.char_indices() {
            if matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n') {
                clauses.push(range.start + start..range.start + i);
                start = i + c.len_utf8();
            }
        }
        clauses.push(range.start + start..range.end);
        for (k, clause) in clauses.iter().enumerate() {
            let Some(names_start) = after_definer(text, clause.clone()) else {
                continue;
            };
            // Names, then their count closing the clause.
            if let Some(list) = names_then_count(doc, names_start..clause.end) {
                out.push(list);
                continue;
            }
            // `“4”指4家医院，即甲、乙、丙、丁`: the count closes the clause
            // before, the names fill this one to the sentence's end.
            let Some(previous) = k.checked_sub(1).map(|p| clauses[p].clone()) else {
                continue;
            };
            let opens_with_ji = text[clause.clone()].trim_start().starts_with('即');
            let sentence_goes_on = text[clause.end..].starts_with(['，', ',']);
            if !opens_with_ji || sentence_goes_on {
                continue;
            }
            let Some((count, count_range)) = last_count(text, previous.clone(), 60) else {
                continue;
            };
            // What is counted, in plain words (not `两个基地”“一个桥头堡`).
            let noun = &text[count_range.end..previous.end];
            if noun.chars().count() > 16
                || !noun
                    .chars()
                    .all(|c| crate::chars::is_han(c) && chinese_digit(c).is_none())
            {
                continue;
            }
            if let Some(items) = names(text, names_start..clause.end) {
                out.push(CountedList {
                    source: ListSource::Defined,
                    count,
                    count_range,
                    hidden: hidden_names(text, &items),
                    open: quoted(text, &items),
                    items,
                });
            }
        }
    }
}

/// Where the names start after a label and its defining word at the start
/// of `clause` (`“4”指`, `即`).
fn after_definer(text: &str, clause: Range<usize>) -> Option<usize> {
    let s = text.get(clause.clone())?;
    let trimmed = s.trim_start_matches(is_space);
    let mut at = clause.start + (s.len() - trimmed.len());
    let mut rest = trimmed;
    // A quoted label (`“4”`, `第一个“8”`, `“三区”`), or none before `即`.
    if let Some(open) = rest.find('“') {
        let close = rest[open..].find('”')? + open;
        if rest[..open].chars().count() > 4 || rest[open..close].chars().count() > 9 {
            return None;
        }
        at += close + '”'.len_utf8();
        rest = &rest[close + '”'.len_utf8()..];
        let definer = DEFINERS.iter().find(|d| rest.starts_with(*d))?;
        return Some(at + definer.len());
    }
    rest.starts_with('即').then_some(at + '即'.len_utf8())
}

/// `甲、乙、丙三个园区` in `range`: the names joined by `、` (outside
/// brackets and quotes), then one count of up to 9999 closing the range, a
/// few words of what is counted after it.
fn names_then_count(doc: &Document, range: Range<usize>) -> Option<CountedList> {
    let text = &doc.text;
    let (count, count_range) = last_count(text, range.clone(), 9999)?;
    let noun = &text[count_range.end..range.end];
    // What is counted may come after what qualifies it (`8个优势明显、
    // 集中度高的产业集群`): a few words after the last 的.
    let qualified = noun.rfind('的').is_some_and(|p| {
        let head = &noun[p + '的'.len_utf8()..];
        (2..=12).contains(&head.chars().count())
            && head.chars().all(crate::chars::is_han)
            && noun.chars().count() <= 40
    });
    if noun.chars().count() > 20 && !qualified {
        return None;
    }
    let before = text[range.start..count_range.start].trim_end_matches(is_space);
    // `甲、乙、丙各10个`: a count of each.
    if before.ends_with(['各', '均']) {
        return None;
    }
    // `甲、乙、丙等不同类型的6个村`: words qualifying what is counted may
    // stand between the 等 closing the names and the count.
    let before = examples_before_qualifier(before).unwrap_or(before);
    let open = before.ends_with('等');
    let names_end = range.start + before.trim_end_matches('等').len();
    let items = names(text, range.start..names_end)?;
    // A list closed by 等 may hold more than its names; more names than a
    // count of up to 60 is a finding, a larger count is a total.
    if open && count > 60 {
        return None;
    }
    Some(CountedList {
        source: ListSource::Defined,
        count,
        count_range,
        hidden: hidden_names(text, &items),
        open: open || quoted(text, &items),
        items,
    })
}

/// The names up to their closing 等 when a few words closing with 的
/// follow it (`甲、乙等不同类型的`): those words qualify what is counted.
fn examples_before_qualifier(before: &str) -> Option<&str> {
    let deng = before.rfind('等')?;
    let qualifier = &before[deng + '等'.len_utf8()..];
    (qualifier.ends_with('的')
        && (2..=8).contains(&qualifier.chars().count())
        && qualifier.chars().all(crate::chars::is_han)
        && before[..deng].contains('、'))
    .then(|| &before[..deng + '等'.len_utf8()])
}

/// Whether a name is quoted: it may stand for several (`“医车电数游”` names
/// five), so the names may be fewer than the count.
fn quoted(text: &str, items: &[Range<usize>]) -> bool {
    items.iter().any(|r| text[r.clone()].contains('“'))
}

/// The names of `range` cut at `、` outside brackets and quotes: two or
/// more, each short and none empty; `None` for anything else.
fn names(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let s = text.get(range.clone())?;
    if s.is_empty() || !crate::lists::balanced(s) || s.contains(['《', '，', '；', '。']) {
        return None;
    }
    // `以甲、乙为两个抓手`, `在甲、乙划定的…`: a phrase, not names.
    if ["以", "在", "对", "从", "把", "将", "由"]
        .iter()
        .any(|w| s.starts_with(w))
    {
        return None;
    }
    let items = split_names(s, range.start);
    let words: Vec<&str> = items.iter().map(|r| text[r.clone()].trim()).collect();
    let short = words.iter().all(|w| (1..=24).contains(&w.chars().count()));
    // Names, not quantities (`100个示范村、50个…`, `打好六场硬仗`) nor
    // phrases (`甲划定的乙`); a `的` may only end the last one (`甲、乙同步
    // 建设的3所学校`).
    let last = words.len().saturating_sub(1);
    let plain = words.iter().enumerate().all(|(k, w)| {
        let is_last = k == last;
        let verb_end = is_last && ["为", "是", "成", "有"].iter().any(|v| w.ends_with(v));
        let de_inside = w.trim_end_matches(|c| is_last && c == '的').contains('的');
        !has_count(w) && !de_inside && !verb_end
    });
    (items.len() >= 2 && short && plain).then_some(items)
}

/// Whether `s` holds a number with a measure word or a unit (`一所`, `3家`,
/// `10%`): a quantity, not a name.
fn has_count(s: &str) -> bool {
    let mut previous_numeral = false;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            return true;
        }
        let numeral = chinese_digit(c).is_some();
        if numeral && !previous_numeral {
            let run: usize = s[i..]
                .chars()
                .take_while(|c| chinese_digit(*c).is_some())
                .map(char::len_utf8)
                .sum();
            // `零部件`, `零售`: zero counts nothing, it is a word's first
            // character.
            if s[i..i + run].chars().all(|c| matches!(c, '零' | '〇')) {
                previous_numeral = numeral;
                continue;
            }
            let after = &s[i + run..];
            if crate::lists::MEASURES
                .iter()
                .chain(NAMED_MEASURES)
                .chain(&["所", "家"])
                .any(|m| after.starts_with(m))
            {
                return true;
            }
        }
        previous_numeral = numeral;
    }
    false
}

/// How many more names a `和`/`及` inside the first or last name may hide.
fn hidden_names(text: &str, items: &[Range<usize>]) -> usize {
    let words: Vec<&str> = items.iter().map(|r| &text[r.clone()]).collect();
    crate::lists::hidden_in(&words)
}

/// Names before `等` and their count, where the names reader of `lists`
/// stays out: a count above 60 (`等192个项目`), a long first name that
/// carries the clause's verb, a space before the measure word (`等 4 个`),
/// or a few words of what is counted between `等` and the count closing the
/// clause (`甲、乙等国家级集群4个`). Such a list may hold more than its
/// names, so only more names than the count is a finding.
fn deng_lists(doc: &Document, read: &[usize], out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut clause_starts = ClauseStarts::new(text);
    for &(at, word) in &doc.cues.totals {
        if word != "等" || !doc.body.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let after = at + word.len();
        let rest = &text[after..];
        let rest_trimmed = rest.trim_start_matches(['“', ' ']);
        let count_start = after + (rest.len() - rest_trimmed.len());
        let (count, count_range) = match count_here(text, count_start, 9999) {
            Some((count, end)) => (count, count_start..end),
            None => {
                // `等国家先进制造业集群4个，`: a short noun, then the count
                // (in digits) closing the clause.
                let noun: usize = rest
                    .chars()
                    .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
                    .take(12)
                    .map(char::len_utf8)
                    .sum();
                let start = after + noun;
                if noun < 2 || !text[start..].starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                let Some((count, end)) = count_here(text, start, 9999) else {
                    continue;
                };
                let closes = text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| matches!(c, '，' | '、' | '。' | '；' | ','));
                // `等乡镇建成驿站2个`: a verb makes the count what was
                // done; `等级`: no list.
                if !closes
                    || crate::lists::done_not_named(&text[after..start])
                    || crate::lists::deng_in_word(text, after)
                {
                    continue;
                }
                (count, start..end)
            }
        };
        // The clause's start, looked for within a few hundred bytes (a
        // clause without breaks would be read to its start for every cue).
        let Some(clause_start) = clause_starts.near(at) else {
            continue;
        };
        // The names start after the last figure of the clause before them.
        let lo = doc.figures.partition_point(|f| f.span.start < clause_start);
        let hi = doc.figures.partition_point(|f| f.span.start < at).max(lo);
        let names_start = doc.figures[lo..hi]
            .iter()
            .filter(|f| f.span.end <= at)
            .map(|f| f.span.end)
            .next_back()
            .unwrap_or(clause_start);
        let Some(items) = names(text, names_start..at) else {
            continue;
        };
        // `A、B及C等5座`: the count may be C's alone; so may it be the
        // last deed's (`改造甲路和新建乙路、丙路等2条`), when more names than
        // the count would fire.
        if hidden_names(text, &items) > 0
            || crate::lists::earlier_list_inside(text, &items)
            || (items.len() > count as usize
                && crate::lists::counts_the_last_deed(text, &items, count as usize))
            || (count <= 60 && read.binary_search(&count_range.start).is_ok())
        {
            continue;
        }
        out.push(CountedList {
            source: ListSource::Names,
            count,
            count_range,
            items,
            hidden: 0,
            open: true,
        });
    }
}

/// Words that open a note's list without being part of its first item.
const LIST_OPENERS: &[&str] = &["主要包括", "包括", "是指", "指", "即"];

/// A note whose term states one count (`十大工程：`) over names that the
/// note reader of `lists` cannot split by `、` alone: names in quotes or
/// brackets (`“三山”治理工程`, `环省界(含某市)防线`), or after a word that
/// opens the list (`指`, `即`, `包括`). One sentence of names, nothing
/// else.
fn note_name_lists(doc: &Document, read: &[usize], out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for note in &doc.notes {
        let Some(term_range) = note.term_range.clone() else {
            continue;
        };
        let first_read = read.partition_point(|&s| s < term_range.start);
        let read_in_term = read.get(first_read).is_some_and(|&s| s < term_range.end);
        if !note.aliases.is_empty() || read_in_term {
            continue;
        }
        let Some((count, count_range)) = crate::lists::term_count(text, term_range.clone()) else {
            continue;
        };
        let body = note.text(text);
        let lead = body.len() - body.trim_start_matches(is_space).len();
        let mut start = note.text_range.start + lead;
        if let Some(opener) = LIST_OPENERS.iter().find(|w| text[start..].starts_with(*w)) {
            start += opener.len();
        }
        let rest = &text[start..note.text_range.end];
        let sentence = rest.trim_end_matches(|c: char| is_space(c) || matches!(c, '。' | '；'));
        if sentence.contains(['。', '；', ';', '，', ',', '：', ':', '《']) {
            continue;
        }
        let end = start + sentence.len();
        let Some(items) = names(text, start..end) else {
            continue;
        };
        out.push(CountedList {
            source: ListSource::Note,
            count,
            count_range: count_range.clone(),
            hidden: hidden_names(text, &items),
            open: sentence.ends_with('等'),
            items,
        });
    }
}

/// `s` (at `offset`) cut at each `、` outside brackets and quotes; empty
/// pieces left out. Quoted words that touch (`“甲”“乙”工作`) stay one name.
pub(crate) fn split_names(s: &str, offset: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' => depth += 1,
            '）' | ')' | '”' => depth -= 1,
            '、' if depth == 0 => {
                if !s[start..i].trim().is_empty() {
                    out.push(offset + start..offset + i);
                }
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(offset + start..offset + s.len());
    }
    out
}

/// Whether `paragraph` opens with an item's number in digits (`4.`,
/// `4、`, `4）`), not with a figure or a year (`2023年…`).
fn numbered_item(paragraph: &str) -> bool {
    let rest = paragraph.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < paragraph.len() && rest.starts_with(['.', '．', '、', ')', '）'])
}

/// Whether an `一是…` list read by [`ordinal_items`] ends where it seems
/// to: its next ordinal is nowhere in the rest of the last item's paragraph
/// (read within a few KB), and the next paragraph does not open with a
/// number or an ordinal word (`四要`, `第四`, `此外`) that may be one more
/// item written another way.
pub(crate) fn ordinals_closed(text: &str, items: &[Range<usize>], limit: usize) -> bool {
    let Some(last) = items.last() else {
        return false;
    };
    let verb = ordinal_verb(text, items[0].start);
    let Some(word) = ordinal_word_with(items.len() as u32 + 1, verb) else {
        return false;
    };
    let window_end = super_floor(text, (last.end + 8000).min(limit));
    let Some(window) = text.get(last.end..window_end) else {
        return false;
    };
    let Some(paragraph_end) = window.find('\n') else {
        // The paragraph runs past the window, or to the end of the region.
        return window_end == limit && !window.contains(word.as_str());
    };
    if window[..paragraph_end].contains(word.as_str()) {
        return false;
    }
    let next =
        window[paragraph_end..].trim_start_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
    let numeral = word.trim_end_matches(verb);
    // `第二，…N个…：一是…` then `第三，…`: a paragraph opening as the
    // lead's own did is the lead's next sibling, not one more item.
    let numbered_th = |p: &str| {
        p.trim_start_matches(is_space)
            .strip_prefix('第')
            .is_some_and(|r| r.starts_with(|c: char| chinese_digit(c).is_some() || c == '十'))
    };
    let lead = text[..items[0].start]
        .rfind('\n')
        .map_or(&text[..items[0].start], |p| &text[p + 1..items[0].start]);
    let opens_item = next.starts_with(numeral)
        || (next.starts_with('第') && !(numbered_th(next) && numbered_th(lead)))
        || ["此外", "另外", "同时", "最后"]
            .iter()
            .any(|w| next.starts_with(w))
        || numbered_item(next)
        || next.starts_with(|c: char| crate::chars::circled_value(c).is_some());
    !opens_item
}

/// How far before a cue its clause's start is looked for, in bytes.
const CLAUSE_START_WINDOW: usize = 600;

/// Where the clause holding a cue starts, if a clause break stands within
/// [`CLAUSE_START_WINDOW`] bytes before it (an ASCII comma too, not one
/// before a digit), for cues asked about in text order: each is read back
/// only as far as the cue before it, whose answer covers the rest (a line
/// without breaks was read 600 bytes back per `等`).
struct ClauseStarts<'a> {
    text: &'a str,
    /// The cue asked about last, and the last break within the window
    /// before it: where the break starts and the byte after it.
    last: Option<(usize, Option<(usize, usize)>)>,
}

impl<'a> ClauseStarts<'a> {
    fn new(text: &'a str) -> Self {
        ClauseStarts { text, last: None }
    }

    /// The start of the clause holding `at`: after the last break within
    /// the window before it.
    fn near(&mut self, at: usize) -> Option<usize> {
        let text = self.text;
        let from = super_floor(text, at.saturating_sub(CLAUSE_START_WINDOW));
        // The window `from..at` is `from..previous` (answered for the cue
        // before, whose window started no later) then `previous..at`.
        let (scan_from, known) = match self.last {
            Some((previous, known)) if (from..=at).contains(&previous) => {
                (previous, known.filter(|&(start, _)| start >= from))
            }
            _ => (from, None),
        };
        let found = last_break(text, scan_from, at).or(known);
        self.last = Some((at, found));
        found.map(|(_, end)| end)
    }
}

/// The last clause break in `text[from..at]`: where it starts and the byte
/// after it.
fn last_break(text: &str, from: usize, at: usize) -> Option<(usize, usize)> {
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(
                c,
                '，' | '；' | '。' | '：' | '！' | '？' | '\n' | '\r' | ';' | ':' | '!' | '?'
            ) || (c == ',' && !text[from + i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        })
        .map(|(i, c)| (from + i, from + i + c.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clause start as it was found before [`ClauseStarts`]: the whole
    /// window read back from each cue.
    fn clause_start_scanned(text: &str, at: usize) -> Option<usize> {
        let from = super_floor(text, at.saturating_sub(CLAUSE_START_WINDOW));
        last_break(text, from, at).map(|(_, end)| end)
    }

    /// Texts with every kind of break, commas before and after digits,
    /// breaks farther apart than the window, and none at all.
    fn texts() -> Vec<String> {
        let mut texts = vec![
            "建成甲、乙等3个园区，新增1,200家，比例2:1；丙:丁,戊等5项。\n己,1等2个!庚?辛;壬"
                .to_string(),
            "甲、乙、丙等".repeat(120),
            format!(
                "{}，{}等4个,{}",
                "甲、乙".repeat(150),
                "丙、丁".repeat(90),
                "戊等2项".repeat(80)
            ),
            "a,1b,c:9，x".repeat(40),
            String::new(),
        ];
        texts.push(format!("{}\r\n{}", texts[1], texts[2]));
        texts
    }

    /// Asked in text order, at every offset or only some, the cursor
    /// answers as the scan does; asked out of order, too.
    #[test]
    fn clause_starts_agree_with_the_scan() {
        for text in texts() {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for step in [1, 2, 7, 150, 301] {
                let mut starts = ClauseStarts::new(&text);
                for &at in boundaries.iter().step_by(step) {
                    assert_eq!(
                        starts.near(at),
                        clause_start_scanned(&text, at),
                        "step {step} at {at} in {text:?}"
                    );
                }
            }
            let mut starts = ClauseStarts::new(&text);
            for &at in boundaries.iter().rev().step_by(5) {
                assert_eq!(starts.near(at), clause_start_scanned(&text, at), "{at}");
            }
        }
    }
}
