//! A count that points back at the names closing the sentence before it:
//! `深化了甲、乙和丙改革。这三项改革…`, `推进甲、乙、丙。这三个方面…`.
//! `这` and a count opening a sentence (in its short
//! first clause) count the one list of names that ends right before the
//! sentence's `。`, in the same paragraph: the last clause of the sentence
//! before holds it, and no other clause of that sentence lists anything
//! (the list is the only one the count can point at).

use std::ops::Range;
use std::sync::LazyLock;

use crate::document::Document;
use crate::lists::{CountedList, ListSource, count_at, hidden_in};

/// Words that point back at what was just said (`上述` and `以上` are
/// left out: each would be one more search of the whole text per check).
const BACK: [&str; 1] = ["这"];

/// Each of [`BACK`] opening a sentence.
const OPENING_WORDS: [&str; 1] = ["。这"];

/// Measures of batches (`这两批`): groups of the things named, not the
/// names one by one.
const ROUNDS: &[&str] = &["批"];

/// Words after the measure that make the count a span of time (`这两个
/// 月`, `这三个季度`), not the names before.
const TIMES: &[&str] = &["月", "多月", "星期", "季度", "小时", "年", "天", "周"];

/// Most characters of the clause holding the pointing count.
const MAX_CLAUSE: usize = 16;

/// Most characters of a name after the first (which may carry the verb of
/// its clause) and of the first.
const MAX_NAME: usize = 12;
const MAX_FIRST: usize = 20;

/// The counts pointing back at a list closing the sentence before.
pub(crate) fn referring_lists(doc: &Document, out: &mut Vec<CountedList>) {
    // A sentence opening with a pointing word: searchers built once, of
    // the `。` and the word (so that most sentences cost nothing).
    static OPENINGS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
        OPENING_WORDS
            .iter()
            .map(|w| memchr::memmem::Finder::new(*w))
            .collect()
    });
    let text = &doc.text;
    let mut found = Vec::new();
    for (finder, word) in OPENINGS.iter().zip(BACK) {
        for stop in finder.find_iter(text.as_bytes()) {
            let next = stop + "。".len();
            // A numeral right after the word: a byte test before the rest.
            let numeral = text[next + word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some());
            if !numeral {
                continue;
            }
            let rest = &text[next..];
            let clause_len = rest
                .find(['，', ',', '。', '；', ';', '：', ':', '\n', '！', '？'])
                .unwrap_or(rest.len());
            let clause = &rest[..clause_len];
            if clause.chars().count() > MAX_CLAUSE {
                continue;
            }
            let Some((count, range)) = pointing_count(text, next, clause) else {
                continue;
            };
            let Some((items, hidden)) = names_before(text, stop) else {
                continue;
            };
            found.push(CountedList {
                source: ListSource::BareNames,
                count,
                count_range: range,
                items,
                hidden,
                open: false,
            });
        }
    }
    found.retain(|l| !out.iter().any(|o| o.count_range == l.count_range));
    out.extend(found);
}

/// The count right after a pointing word in `clause` (at `at`), the only
/// count of the clause.
fn pointing_count(text: &str, at: usize, clause: &str) -> Option<(u32, Range<usize>)> {
    let mut found = None;
    for word in BACK {
        for (i, _) in clause.match_indices(word) {
            let start = at + i + word.len();
            if let Some((count, end, measure)) = count_at(text, start) {
                if ROUNDS.contains(&measure) || TIMES.iter().any(|t| text[end..].starts_with(t)) {
                    return None;
                }
                if found.is_some() {
                    return None;
                }
                found = Some((count, start..end));
            }
        }
    }
    found
}

/// The names of the list ending at `stop` (the `。` closing the sentence
/// before): `、` pieces of the sentence's last clause, each short, with
/// no figure, none closed by `等`; and how many more a join may hide.
fn names_before(text: &str, stop: usize) -> Option<(Vec<Range<usize>>, usize)> {
    let before = &text[..stop];
    let sentence_start = before.rfind(['。', '！', '？', '\n']).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &before[sentence_start..];
    let clause_start = sentence
        .rfind(['，', ',', '；', ';', '：', ':'])
        .map_or(0, |p| {
            p + sentence[p..].chars().next().map_or(1, char::len_utf8)
        });
    // One list only: no `、` in the clauses before the last.
    if sentence[..clause_start].contains('、') {
        return None;
    }
    let clause = &sentence[clause_start..];
    let offset = sentence_start + clause_start;
    let mut items = Vec::new();
    let mut start = 0;
    for (i, c) in clause.char_indices().chain([(clause.len(), '、')]) {
        if c == '、' {
            items.push(offset + start..offset + i);
            start = i + c.len_utf8();
        }
    }
    if items.len() < 2 {
        return None;
    }
    let words: Vec<&str> = items.iter().map(|r| &text[r.clone()]).collect();
    let plain = |w: &&str| {
        !w.is_empty()
            && w.chars().all(crate::chars::is_han)
            && !w.contains('等')
            && !w.chars().any(|c| crate::chars::chinese_digit(c).is_some())
    };
    if !words.iter().all(plain)
        || words[0].chars().count() > MAX_FIRST
        || words[1..].iter().any(|w| w.chars().count() > MAX_NAME)
    {
        return None;
    }
    let hidden = hidden_in(&words);
    Some((items, hidden))
}
