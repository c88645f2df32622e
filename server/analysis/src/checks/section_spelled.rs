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

/// A section read for a slogan: its start, the character and the numeral.
type SectionKey = (usize, char, usize);

/// A section's list for a slogan and how it reads against the numeral.
type SectionList = (Range<usize>, SloganCount);

/// The most bytes of a section read for a slogan's list.
const MAX_SECTION: usize = 24_000;

/// The slogans of the body read against the lists of their sections;
/// `read` says whether a slogan (its inner range and words) is read
/// already.
pub(super) fn section_spelled(
    doc: &Document,
    read: impl Fn(&Range<usize>, &str) -> bool,
) -> Vec<SectionSpelled> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut read_sections: Vec<(SectionKey, Option<SectionList>)> = Vec::new();
    // The quoted terms the parse found, of a numeral and a letter: tested
    // before anything is read.
    for term in &doc.terms {
        let mut chars = term.key.chars();
        let (Some(first), Some(c), None) = (chars.next(), chars.next(), chars.next()) else {
            continue;
        };
        let numeral = match first {
            '双' => 2,
            _ => match crate::chars::chinese_digit(first) {
                Some(n) if (2..10).contains(&n) => n as usize,
                _ => continue,
            },
        };
        if !is_han(c) || crate::chars::chinese_digit(c).is_some() {
            continue;
        }
        for inner in &term.uses {
            let quoted = text[..inner.start].ends_with('“') && text[inner.end..].starts_with('”');
            // Only the innermost section, and a short one: a wider one
            // lists words of other topics (`湖区、山区、城区` near `“四区”`).
            let Some(section) = quoted
                .then(|| innermost(&doc.outline, inner.start))
                .flatten()
                .filter(|s| s.len() <= MAX_SECTION)
            else {
                continue;
            };
            // Each use in a section reads the section once.
            let key = (section.start, c, numeral);
            let found = match read_sections.iter().find(|(k, _)| *k == key) {
                Some((_, found)) => found.clone(),
                None => {
                    let beside = beside_uses(text, &term.uses, &section);
                    let found = read_section(text, section, c, numeral, &beside);
                    read_sections.push((key, found.clone()));
                    found
                }
            };
            let Some((list, reading)) = found else {
                continue;
            };
            let slogan = &text[inner.clone()];
            if doc.notes.iter().any(|n| n.range.contains(&inner.start)) || read(inner, slogan) {
                continue;
            }
            // The slogan's one part, as the other readers parse it.
            let Some(parts) = parse_slogan(slogan).filter(|parts| {
                matches!(parts.as_slice(), [part] if part.numeral as usize == numeral
                    && part.written.len() == c.len_utf8())
            }) else {
                continue;
            };
            out.push(SectionSpelled {
                inner: inner.clone(),
                parts,
                list,
                reading,
            });
        }
    }
    out.sort_by_key(|s| s.inner.start);
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

/// Where the slogan's uses in `section` start and the letters just outside
/// their quotes (`解决“三农”问题`: 决 and 问).
fn beside_uses(
    text: &str,
    uses: &[Range<usize>],
    section: &Range<usize>,
) -> Vec<(usize, char, char)> {
    uses.iter()
        .filter(|u| section.contains(&u.start))
        .filter_map(|u| {
            let before = text[..u.start].strip_suffix('“')?.chars().next_back()?;
            let after = text[u.end..].strip_prefix('”')?.chars().next()?;
            Some((u.start, before, after))
        })
        .collect()
}

/// Where a section's lead ends: its heading and the first sentence after
/// it, which name the section's subject (`（二）…\n解决农业、农村和农民问题，
/// 是…。`): a list there is what the section is about.
fn lead_end(text: &str, section: &Range<usize>) -> usize {
    let body = &text[section.clone()];
    let Some(line_end) = body.find('\n') else {
        return section.end;
    };
    let after = body[line_end..].trim_start();
    let from = body.len() - after.len();
    let sentence = after.find(['。', '！', '？', '\n']).unwrap_or(after.len());
    section.start + from + sentence
}

/// Whether a list stands where the slogan stands: a letter just before or
/// after it (outside its quotes) is the one beside a use
/// (`农业、农村、农民问题` for `“三农”问题`). Other lists of words opening with the character
/// (`农技、农机、农资、农膜`) name other things.
fn in_slogans_place(text: &str, list: &Range<usize>, beside: &[(usize, char, char)]) -> bool {
    // A list quoted as the slogan is (`“净天、净城、净村”行动`): the
    // letters outside its quotes.
    let head = &text[..list.start];
    let tail = &text[list.end..];
    let before = head.strip_suffix('“').unwrap_or(head).chars().next_back();
    let after = tail.strip_prefix('”').unwrap_or(tail).chars().next();
    beside
        .iter()
        .any(|&(_, b, a)| (Some(b) == before && is_han(b)) || (Some(a) == after && is_han(a)))
}

/// The lists of `c`'s words in `section` read against `numeral`: a list of
/// as many words holds; else one length shared by every list of at least
/// [`MIN_REFUTING`] words refutes, when one of them opens the section
/// (see [`lead_end`]) or stands where the slogan stands (see
/// [`in_slogans_place`]). `None` when no list reads.
fn read_section(
    text: &str,
    section: Range<usize>,
    c: char,
    numeral: usize,
    beside: &[(usize, char, char)],
) -> Option<SectionList> {
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
    let refuting: Vec<_> = lists.iter().filter(|(_, n)| *n >= MIN_REFUTING).collect();
    let (_, count) = refuting.first()?;
    // The lead counts when it opens the section before any use: then the
    // slogan abbreviates what it named.
    let lead = lead_end(text, &section);
    let lead = if beside.iter().all(|&(at, ..)| at >= lead) {
        lead
    } else {
        section.start
    };
    let (range, _) = refuting
        .iter()
        .find(|(range, _)| range.start < lead || in_slogans_place(text, range, beside))?;
    refuting
        .iter()
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
