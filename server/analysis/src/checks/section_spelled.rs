//! `坚持把解决“三农”问题放在突出位置。…农业、农村、农民问题…`: a quoted
//! slogan of a numeral and one character, which older reports use with no
//! note and spell out once in the section it stands in, as a list of
//! two-character words each opening with that character (the slogan
//! abbreviates each word by its first). The lists of such words in the
//! innermost section holding the slogan are its readings.

use std::ops::Range;

use crate::chars::is_han;
use crate::document::Document;
use crate::outline::Heading;
use crate::slogan_count::{SloganCount, SloganPart, parse_slogan};

/// Words joining the words of a list.
const JOINS: &[char] = &['、', '和', '及', '与'];

/// The fewest words of a list that spells a slogan out surely enough to
/// refute its numeral: two words carrying one character (`农业、农村`) are
/// a common phrase, and only ever confirm a pair.
const MIN_REFUTING: usize = 3;

/// A slogan spelled out in its section: the quoted slogan, its list and
/// how the list reads against its numeral.
pub(super) struct SectionSpelled {
    pub inner: Range<usize>,
    pub parts: Vec<SloganPart>,
    pub list: Range<usize>,
    pub reading: SloganCount,
}

/// The slogans of the body read against the lists of their sections;
/// `read` says whether a slogan (its inner range and words) is read
/// already.
pub(super) fn section_spelled(
    doc: &Document,
    read: impl Fn(&Range<usize>, &str) -> bool,
) -> Vec<SectionSpelled> {
    let text = doc.text.as_str();
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let opening = memchr::memmem::Finder::new("“");
    let mut from = 0;
    while let Some(p) = opening.find(&bytes[from..]) {
        let open = from + p;
        from = open + '“'.len_utf8();
        // Two characters of three bytes each, then the closing quote: a
        // byte test before any reading.
        let inner = from..from + 6;
        if bytes.get(inner.end..inner.end + 3) != Some("”".as_bytes()) {
            continue;
        }
        let Some(slogan) = text.get(inner.clone()) else {
            continue;
        };
        let Some(parts) = parse_slogan(slogan) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            continue;
        };
        let mut word = part.written.chars();
        let (Some(c), None) = (word.next(), word.next()) else {
            continue;
        };
        if !is_han(c)
            || part.numeral < 2
            || doc.notes.iter().any(|n| n.range.contains(&open))
            || read(&inner, slogan)
        {
            continue;
        }
        // Only the innermost section: a wider one lists words of other
        // topics (`湖区、山区、城区` near `“四区”`).
        let Some((list, reading)) = innermost(&doc.outline, open)
            .and_then(|range| read_section(text, range, c, part.numeral as usize))
        else {
            continue;
        };
        out.push(SectionSpelled {
            inner,
            parts,
            list,
            reading,
        });
    }
    out
}

/// The range of the innermost heading holding `at`.
fn innermost(outline: &[Heading], at: usize) -> Option<Range<usize>> {
    let mut found = None;
    let mut level = outline;
    while let Some(h) = level.iter().find(|h| h.range.contains(&at)) {
        found = Some(h.range.clone());
        level = &h.children;
    }
    found
}

/// The lists of `c`'s words in `section` read against `numeral`: a list of
/// as many words holds; else one length shared by every list of at least
/// [`MIN_REFUTING`] words refutes. `None` when no list reads.
fn read_section(
    text: &str,
    section: Range<usize>,
    c: char,
    numeral: usize,
) -> Option<(Range<usize>, SloganCount)> {
    let words = text.get(section.clone())?;
    let mut lists: Vec<(Range<usize>, usize)> = Vec::new();
    let mut next = 0;
    for (p, _) in words.match_indices(c) {
        if p < next {
            continue;
        }
        let Some((range, count)) = list_at(words, p, c) else {
            continue;
        };
        next = range.end;
        lists.push((
            section.start + range.start..section.start + range.end,
            count,
        ));
    }
    if let Some((range, _)) = lists.iter().find(|(_, n)| *n == numeral) {
        return Some((range.clone(), SloganCount::Holds));
    }
    let mut refuting = lists.iter().filter(|(_, n)| *n >= MIN_REFUTING);
    let (range, count) = refuting.next()?;
    refuting
        .all(|(_, n)| n == count)
        .then(|| (range.clone(), SloganCount::Differs(vec![Some(*count)])))
}

/// The list of two-character words opening with `c` whose first word
/// opens at `at`, joined by `、`/`和`/`及`/`与`, each word different: its
/// range and its length, when it has two words or more.
fn list_at(words: &str, at: usize, c: char) -> Option<(Range<usize>, usize)> {
    let first = word_at(words, at, c)?;
    let mut items = vec![&words[first.clone()]];
    let mut end = first.end;
    while let Some(join) = words[end..].chars().next().filter(|j| JOINS.contains(j)) {
        let start = end + join.len_utf8();
        let Some(item) = word_at(words, start, c) else {
            break;
        };
        if items.contains(&&words[item.clone()]) {
            break;
        }
        items.push(&words[item.clone()]);
        end = item.end;
    }
    (items.len() >= 2).then_some((first.start..end, items.len()))
}

/// The two characters at `start` when they open with `c` and the second
/// is a letter, not a join.
fn word_at(words: &str, start: usize, c: char) -> Option<Range<usize>> {
    let mut chars = words[start..].chars();
    let (a, b) = (chars.next()?, chars.next()?);
    (a == c && is_han(b) && !JOINS.contains(&b)).then(|| start..start + a.len_utf8() + b.len_utf8())
}
