//! Counts whose items are the next sentences of their paragraph, each
//! opening with the same words: `重点做到“三个突出”：突出甲，…。突出乙，
//! …。突出丙，…。`, `抓好三个统筹。统筹甲。统筹乙。统筹丙。`, `推进八大
//! 行动。大力开展“甲”行动，…。大力开展“乙”行动，…；大力开展“丙”行动…`.
//!
//! The drafter marks where each item starts by opening it the same way. A
//! run of such sentences is the count's list only when the opening words
//! are tied to the count: they are the counted word itself (`三个突出`:
//! `突出…`), or they open a quoted name in a first clause that names the
//! counted thing (`八大行动`: `大力开展“甲”行动`). A sentence that opens
//! otherwise ends the run: the list is then open (another item may be
//! worded another way); one between the count and the run may be one more
//! item, unless it restates the count.
//!
//! Items may also be headed by the verb the count follows (`开展“三大
//! 行动”。开展甲行动。…开展乙行动。…`): see [`verb_headed_list`].

use std::ops::Range;

use crate::document::Document;
use crate::lists::{CountedList, ListSource, counts_in, top_level_ranges};

/// The fewest characters of the shared opening words.
const OPENER_CHARS: usize = 2;

/// The most characters of the counted words after the measure word.
const WORDS_CHARS: usize = 5;

/// The most sentences between two items that say more of the first.
const GAP: usize = 3;

/// The most sentences read after a head.
const MAX_SENTENCES: usize = 40;

/// The largest count read: a run of sentences names a handful.
const MAX_COUNT: u32 = 20;

pub(crate) fn anaphora_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut starts: Vec<usize> = Vec::new();
    // Only the sentences after a count that may head them (found line by
    // line at parse) are read.
    let mut done_to = 0;
    for &head in &doc.count_heads {
        if head < done_to {
            continue;
        }
        let k = doc.lines.partition_point(|l| l.content.end <= head);
        let Some(line) = doc.lines.get(k).filter(|l| l.content.contains(&head)) else {
            continue;
        };
        let content = line.content.clone();
        if let Some(list) = verb_headed_list(text, head, content.clone()) {
            done_to = list.items.last().map_or(content.end, |r| r.end);
            out.push(list);
            continue;
        }
        // The sentences after the head's: first the few a run would open
        // in, which most heads are not followed by.
        starts.clear();
        starts.push(head);
        // `。` is E3 80 82: E3 leads few other characters of a report
        // (`、`, `《》`), so a byte search for it is the cheapest.
        let bytes = &text.as_bytes()[head..content.end];
        let mut after = memchr::memchr_iter(0xE3, bytes)
            .filter(|&p| bytes.get(p + 1..p + 3) == Some(&[0x80, 0x82]))
            .map(|p| head + p + "。".len())
            .filter(|&s| s < content.end);
        starts.extend(after.by_ref().take(GAP + 3));
        // A run tied to the head opens with its counted words (found in
        // the few characters after the numeral) or with words and a quote.
        let near =
            &text.as_bytes()[head..crate::lists::super_floor(text, head + 30).min(content.end)];
        let tied = |at: usize| {
            let opening = &text.as_bytes()[at..(at + OPENER_CHARS * 3).min(content.end)];
            memchr::memmem::find(near, opening).is_some()
                || text[at..crate::lists::super_floor(text, at + 24).min(content.end)].contains('“')
        };
        let opens_alike = |i: usize| {
            tied(starts[i])
                && (i + 1..starts.len().min(i + GAP + 2))
                    .any(|k| same_bytes(text, starts[i], starts[k], OPENER_CHARS * 3))
        };
        if !(starts.len() > 2 && (opens_alike(1) || opens_alike(2))) {
            done_to = starts.get(1).copied().unwrap_or(content.end);
            continue;
        }
        starts.extend(after.take(MAX_SENTENCES));
        // The head's whole sentence.
        starts[0] = text[content.start..head]
            .rfind('。')
            .map_or(content.start, |p| content.start + p + "。".len());
        done_to = starts.get(1).copied().unwrap_or(content.end);
        // The run opens right after the head's sentence, or after one
        // more sentence between them.
        for i in [1, 2] {
            if let Some(found) = run_from(text, &starts, i, content.end) {
                let (run, opener, closed) = found;
                if read_run(text, &starts, i, &run, opener, closed, out) {
                    break;
                }
            }
        }
    }
}

/// `开展“六大行动”，…。开展甲行动。…。开展乙行动。…`: after the sentence
/// of a count that follows a verb, the sentences of the paragraph opening
/// with that verb, each closing its first clause with the counted words,
/// head the items; the sentences between say more of the item before.
/// The first must follow the count's sentence, and every later sentence
/// opening with the verb must be such a head, or the count is left to the
/// other forms: the verb, the counted words and the paragraph tie the run
/// to the count, so the list is read to the paragraph's end.
fn verb_headed_list(text: &str, head: usize, paragraph: Range<usize>) -> Option<CountedList> {
    // The verb: two Han characters right before the count (or its quote).
    let before = text[paragraph.start..head].trim_end_matches('“');
    let verb_at = before.char_indices().rev().nth(VERB_CHARS - 1)?.0;
    let verb = &before[verb_at..];
    if !verb.chars().all(crate::chars::is_han) {
        return None;
    }
    let (count, end, _) = crate::lists::count_at(text, head)?;
    let words = counted_words(text, end, paragraph.end)?;
    if count > MAX_COUNT || words.chars().count() < 2 {
        return None;
    }
    let first = head + text[head..paragraph.end].find('。')? + "。".len();
    let mut items = Vec::new();
    let mut hidden = 0;
    let mut at = first;
    while at < paragraph.end {
        let stop = text[at..paragraph.end]
            .find('。')
            .map_or(paragraph.end, |p| at + p + "。".len());
        let sentence = &text[at..stop];
        if sentence.starts_with(verb) {
            let clause = sentence
                .find(['，', '。', '；', ',', ';'])
                .map_or(sentence, |p| &sentence[..p]);
            // A head naming several (`开展甲、乙行动`) is not read.
            if !clause.ends_with(words)
                || clause.len() == verb.len() + words.len()
                || clause.contains(['、', '“'])
                || !counts_in(clause, 0..clause.len()).is_empty()
            {
                return None;
            }
            hidden += usize::from(crate::lists::may_join_two(clause));
            items.push(at..at + clause.len());
        } else if at == first {
            return None;
        }
        at = stop;
    }
    (items.len() >= 2).then_some(CountedList {
        source: ListSource::Lead,
        count,
        count_range: head..end,
        items,
        hidden,
        open: false,
    })
}

/// The characters of the verb a count follows that its items open with.
const VERB_CHARS: usize = 2;

/// The sentences from `starts[i]` on that open alike, each within a few
/// sentences of the one before (the others say more of it): their ranges,
/// the words they open with, and whether they all open so to the end of
/// the paragraph (a sentence worded otherwise may be one more item).
fn run_from<'a>(
    text: &'a str,
    starts: &[usize],
    i: usize,
    paragraph_end: usize,
) -> Option<(Vec<Range<usize>>, &'a str, bool)> {
    if i + 1 >= starts.len() {
        return None;
    }
    // The first of the next few sentences that opens like this one: two
    // characters' bytes compared leave most.
    let window = starts.len().min(i + GAP + 2);
    let k = (i + 1..window).find(|&k| same_bytes(text, starts[i], starts[k], OPENER_CHARS * 3))?;
    let mut opener = common_opening(&text[starts[i]..], &text[starts[k]..]);
    if opener.chars().count() < OPENER_CHARS {
        return None;
    }
    let mut members = vec![i, k];
    let mut next = k + 1;
    while next < starts.len() && next <= members[members.len() - 1] + GAP + 1 {
        let shared = common_opening(opener, &text[starts[next]..]);
        if shared.chars().count() >= OPENER_CHARS {
            opener = shared;
            members.push(next);
        }
        next += 1;
    }
    let last = members[members.len() - 1];
    let end = |k: usize| starts.get(k + 1).map_or(paragraph_end, |s| *s);
    let run = members.iter().map(|&k| starts[k]..end(k)).collect();
    let closed = members.len() == last - i + 1 && last + 1 == starts.len();
    Some((run, opener, closed))
}

/// Where the count whose measure word starts at `word` in `line` starts,
/// when it may head sentences listing its items: a count in Chinese
/// numerals (most counts are in digits) whose counted words close their
/// clause. Kept out of line: the line scan that calls it is hot.
#[inline(never)]
pub(crate) fn head_at(line: &str, word: usize) -> Option<usize> {
    let numeral = line[..word].chars().next_back()?;
    if crate::chars::chinese_digit(numeral).is_none() || !closes_soon(line, word) {
        return None;
    }
    let start = word
        - line[..word]
            .chars()
            .rev()
            .take_while(|c| crate::chars::chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum::<usize>();
    // The measure word is read where a run follows (most heads have
    // none): here only the numeral's value.
    crate::chars::small_chinese_number(&line[start..word])
        .is_some_and(|n| (2..=MAX_COUNT).contains(&n))
        .then_some(start)
}

/// Whether the Han characters from `at` (a measure word's) close their
/// clause or quotes within a few: a look that leaves most counts before
/// the count itself is read.
fn closes_soon(line: &str, at: usize) -> bool {
    let mut chars = line[at..].chars();
    for _ in 0..WORDS_CHARS + 4 {
        match chars.next() {
            Some(c) if crate::chars::is_han(c) => {}
            // More follows in the paragraph: the sentences it may head.
            Some(c) => {
                return matches!(c, '”' | '。' | '，' | '：' | '；' | ',' | ';')
                    && chars.as_str().len() > 6;
            }
            None => return false,
        }
    }
    false
}

/// Whether `n` bytes at `a` and at `b` are the same.
fn same_bytes(text: &str, a: usize, b: usize, n: usize) -> bool {
    let bytes = text.as_bytes();
    a + n <= bytes.len() && b + n <= bytes.len() && bytes[a..a + n] == bytes[b..b + n]
}

/// The words `a` and `b` both open with: Han characters and an opening
/// quote, up to the first difference.
fn common_opening<'a>(a: &'a str, b: &str) -> &'a str {
    let len: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y && (crate::chars::is_han(*x) || *x == '“'))
        .map(|(x, _)| x.len_utf8())
        .sum();
    // A quote opens each item's own name: the shared words end with it
    // (`开展“治脏”`, `开展“治乱”` share `开展“`, not `开展“治`).
    let len = a[..len].find('“').map_or(len, |q| q + '“'.len_utf8());
    &a[..len]
}

/// Reads the run of sentences `run` (sentences `i..` of `starts`), which
/// open with `opener`, against a count in the sentence before it.
fn read_run(
    text: &str,
    starts: &[usize],
    i: usize,
    run: &[Range<usize>],
    opener: &str,
    closed: bool,
    out: &mut Vec<CountedList>,
) -> bool {
    // The items: the run's `；` clauses that open with the words.
    let mut items: Vec<Range<usize>> = Vec::new();
    for sentence in run {
        for unit in top_level_ranges(text, sentence.clone(), &['；', ';']) {
            if text[unit.clone()].starts_with(opener) {
                items.push(unit);
            }
        }
    }
    // The sentence before: its part after a last `：` may open with the
    // words too (`做到“三个突出”：突出甲，…。`), the first item.
    let before = starts[i - 1]..starts[i] - "。".len();
    let mut head = before.clone();
    // A half-width colon is one too (`做到“三个突出”:突出甲`).
    if let Some((colon, c)) = text[before.clone()]
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '：' | ':'))
    {
        let after = before.start + colon + c.len_utf8();
        if text[after..before.end].starts_with(opener) {
            items.insert(0, after..before.end);
            head = before.start..after - c.len_utf8();
        }
    }
    if items.len() < 2 {
        return false;
    }
    let found = tied_count(text, head.clone(), opener, &items);
    let (count, count_range, hidden) = match found {
        Some((count, range, _)) => (count, range, 0),
        // One sentence between the count and the run: it may be one more
        // item, unless it restates the count's words.
        None if i >= 2 => {
            let Some((count, range, words)) = tied_count(
                text,
                starts[i - 2]..starts[i - 1] - "。".len(),
                opener,
                &items,
            ) else {
                return false;
            };
            let restated = text[head.clone()].contains(words);
            (count, range, usize::from(!restated))
        }
        None => return false,
    };
    out.push(CountedList {
        source: ListSource::Lead,
        count,
        count_range,
        items,
        hidden,
        open: !closed,
    });
    true
}

/// The count of `head` tied to the run: its counted words close a clause,
/// and either hold the opening words (`三个突出` over `突出…`) or are
/// named in each item's first clause after a quoted name the opening
/// words open (`八大行动` over `大力开展“甲”行动`). The last such count.
fn tied_count<'a>(
    text: &'a str,
    head: Range<usize>,
    opener: &str,
    items: &[Range<usize>],
) -> Option<(u32, Range<usize>, &'a str)> {
    let bare = opener.trim_end_matches('“');
    counts_in(text, head.clone())
        .into_iter()
        .rev()
        .filter(|(count, _)| *count <= MAX_COUNT)
        .find_map(|(count, range)| {
            let words = counted_words(text, range.end, head.end)?;
            let holds_opener = bare.chars().count() >= OPENER_CHARS && words.contains(bare);
            let tail_at = words.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
            let tail = &words[tail_at..];
            let names_each = opener.ends_with('“')
                && items.iter().all(|r| {
                    let item = &text[r.clone()];
                    let clause = item.find(['，', ',']).map_or(item, |p| &item[..p]);
                    clause[opener.len()..].contains(tail)
                });
            (holds_opener || names_each).then_some((count, range, words))
        })
}

/// The counted words after a count ending at `end`: Han characters (no
/// numeral) closing their clause or their quotes (`“六个突出”：`).
fn counted_words(text: &str, end: usize, head_end: usize) -> Option<&str> {
    let rest = &text[end..head_end];
    let len: usize = rest
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && crate::chars::chinese_digit(*c).is_none())
        .take(WORDS_CHARS + 1)
        .map(char::len_utf8)
        .sum();
    let words = &rest[..len];
    if words.is_empty() || words.chars().count() > WORDS_CHARS {
        return None;
    }
    // A closing quote ends the counted name whatever follows it
    // (`打造“三张牌”上`).
    let after = &rest[len..];
    (after.starts_with('”')
        || after
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '。' | '，' | '：' | '；' | ',' | ';')))
    .then_some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opening_words_are_shared_han_characters_and_quotes() {
        assert_eq!(common_opening("突出甲企业，", "突出乙企业，"), "突出");
        assert_eq!(common_opening("开展“甲”行动", "开展“乙”行动"), "开展“");
        assert_eq!(common_opening("开展“治脏”行动", "开展“治乱”行动"), "开展“");
        assert_eq!(common_opening("2031年", "2031年"), "");
    }

    #[test]
    fn counted_words_close_their_clause() {
        let text = "六个突出”：";
        assert_eq!(counted_words(text, "六个".len(), text.len()), Some("突出"));
        let text = "三大行动，全力实现目标";
        assert_eq!(counted_words(text, "三大".len(), text.len()), Some("行动"));
        let text = "三项任务全面完成";
        assert_eq!(counted_words(text, "三项".len(), text.len()), None);
    }
}
