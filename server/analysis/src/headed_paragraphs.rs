//! A numbered heading's count over the paragraphs under it: `（一）打赢
//! 三大攻坚战` then paragraphs each opening with a short head sentence
//! that names one of them (`打赢甲攻坚战。…`, `打赢乙攻坚战。…`). The
//! heads must all end with the last words of what is counted (`攻坚战`,
//! `行动` of `民生行动`, or the whole of a one-character noun: `网` of
//! `五张网`): a heading may count one thing and its paragraphs be headed
//! by another (`推进三大工程` over heads about markets and towns), and
//! only the echo tells that each paragraph is one of the counted. Every
//! paragraph up to the next heading must be so headed, or the list is not
//! read: a paragraph with no head before or among them could be one item
//! or two; after them, it may be one more item, and the list is open.

use std::ops::Range;

use crate::chars::{is_han, is_space};
use crate::document::Document;
use crate::list_forms::{AMOUNTS, Style, line_number};
use crate::lists::{CountedList, ListSource, counts_in};

/// The most paragraphs read under one heading.
const MOST: usize = 12;

/// The characters of a head sentence (`打好污染防治攻坚战`).
const HEAD: std::ops::RangeInclusive<usize> = 4..=20;

/// Every heading whose count its headed paragraphs list.
pub(crate) fn headed_paragraph_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for region in &doc.body {
        let lines = doc.lines_within(region);
        for (k, line) in lines.iter().enumerate() {
            // A cheap byte test first: a heading opens with `（` or `(`.
            let content = &text[line.content.clone()];
            if !(content.starts_with('（') || content.starts_with('(')) {
                continue;
            }
            let Some((style @ Style::ParenHan, _)) = line_number(content) else {
                continue;
            };
            if let Some(list) = heading_list(text, line.content.clone(), &lines[k + 1..], style) {
                out.push(list);
            }
        }
    }
}

/// The list of the heading on `heading`, read from the `following` lines.
fn heading_list(
    text: &str,
    heading: Range<usize>,
    following: &[crate::lines::Line],
    style: Style,
) -> Option<CountedList> {
    // The heading is its first sentence (a lead may follow on its line).
    let end = text[heading.clone()]
        .find('。')
        .map_or(heading.end, |p| heading.start + p);
    let counts = counts_in(text, heading.start..end);
    let [(count, count_range)] = counts.as_slice() else {
        return None;
    };
    let words = counted_words(&text[count_range.end..end])?;

    let mut items = Vec::new();
    // Paragraphs with no head after the run: an item worded otherwise
    // may be among them, so the list is open.
    let mut open = false;
    for line in following.iter().filter(|l| !l.is_blank()) {
        let content = &text[line.content.clone()];
        if let Some((s, _)) = line_number(content) {
            // The next heading ends the list; a deeper number inside it
            // may be what is counted: no reading.
            if s.level() <= style.level() {
                break;
            }
            return None;
        }
        if items.len() == MOST {
            return None;
        }
        match head_of(content) {
            // A head after a paragraph with none: the run is broken.
            Some(_) if open => return None,
            Some(h) => {
                let start = line.content.start
                    + (content.len() - content.trim_start_matches(is_space).len());
                items.push(start..start + h.len());
            }
            // The paragraphs open with their heads: one with none first
            // leaves the list unread.
            None if items.is_empty() => return None,
            None => open = true,
        }
    }
    if items.len() < 2 {
        return None;
    }
    // One tail of the counted words that every head ends with.
    let echoed = echo_of(words).any(|tail| items.iter().all(|r| text[r.clone()].ends_with(tail)));
    echoed.then(|| CountedList {
        open,
        ..CountedList::shown(ListSource::Lead, *count, count_range.clone(), items)
    })
}

/// What a count counts: the Han characters right after it, up to a quote
/// or a break (`攻坚战`, `民生行动`), one to six of them; none when the
/// count is an amount (`3个百分点`).
pub(crate) fn counted_words(after: &str) -> Option<&str> {
    if AMOUNTS.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    let len: usize = after
        .chars()
        .take_while(|c| is_han(*c))
        .map(char::len_utf8)
        .sum();
    let words = &after[..len];
    (1..=6).contains(&words.chars().count()).then_some(words)
}

/// The tails of `words` a head may end with: two characters or more, or
/// the whole noun when it has one character (`网`).
fn echo_of(words: &str) -> impl Iterator<Item = &str> {
    let chars = words.chars().count();
    words
        .char_indices()
        .map(move |(i, _)| &words[i..])
        .filter(move |tail| tail.chars().count() >= 2 || chars == 1)
}

/// A paragraph's head sentence: short, all Han, closed by `。`, with more
/// sentences after it.
fn head_of(paragraph: &str) -> Option<&str> {
    let paragraph = paragraph.trim_start_matches(is_space);
    let stop = paragraph.find('。')?;
    let head = &paragraph[..stop];
    let rest = paragraph[stop + '。'.len_utf8()..].trim_matches(is_space);
    (HEAD.contains(&head.chars().count())
        && head.chars().all(is_han)
        && rest.chars().count() > head.chars().count())
    .then_some(head)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn lists(text: &str) -> Vec<(u32, usize)> {
        let doc = Document::parse(text, &Config::default());
        let mut out = Vec::new();
        headed_paragraph_lists(&doc, &mut out);
        out.iter().map(|l| (l.count, l.items.len())).collect()
    }

    #[test]
    fn heads_echoing_the_counted_words_are_the_items() {
        let text = "（一）打好两大攻坚战，补齐短板\n攻坚克难打好甲地攻坚战。这里说得很长很长的一些话。\n全力以赴打好乙地攻坚战。这里说得很长很长的一些话。\n（二）其他工作\n";
        assert_eq!(lists(text), vec![(2, 2)]);
    }

    #[test]
    fn heads_not_echoing_are_no_list() {
        let text = "（一）推进三大工程\n做强甲地产业。这里说得很长很长的一些话。\n做优乙地服务。这里说得很长很长的一些话。\n（二）其他工作\n";
        assert!(lists(text).is_empty());
    }

    #[test]
    fn a_paragraph_without_a_head_leaves_the_list_unread() {
        let text = "（一）实施三项行动\n开展甲类行动。这里说得很长很长的一些话。\n此外，还要做好很多很多别的方面的工作。\n开展乙类行动。这里说得很长很长的一些话。\n（二）其他工作\n";
        assert!(lists(text).is_empty());
    }
}
