//! What finds the terms' keys in a paragraph's skeleton.
//!
//! A packed SIMD searcher when the keys are few enough for one: it costs a
//! fraction of an automaton to build, and a small report paid more for
//! building the automaton than for all its searches. Else the automaton.
//! Both report the leftmost-longest matches, none overlapping.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, packed};

#[derive(Clone, Debug)]
pub(crate) enum TermMatcher {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl TermMatcher {
    /// A matcher of `keys`, a match naming its key by index. `None` when
    /// none can be built (not in practice: keys are short strings).
    pub(crate) fn new<'k>(keys: impl Iterator<Item = &'k str> + Clone) -> Option<TermMatcher> {
        // (No packed searcher for an empty key, past 128 keys, or without
        // SIMD: the automaton then.)
        let packed = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostLongest)
            .builder()
            .extend(keys.clone())
            .build();
        if let Some(searcher) = packed {
            return Some(TermMatcher::Packed(searcher));
        }
        Self::automaton(keys)
    }

    /// The automaton alone, whatever the keys.
    pub(crate) fn automaton<'k>(keys: impl Iterator<Item = &'k str>) -> Option<TermMatcher> {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA costs more to build than a paragraph takes to search.
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(keys)
            .ok()
            .map(TermMatcher::Automaton)
    }

    /// Each match in `haystack`, in order: its key's index and its range.
    pub(crate) fn each_match(&self, haystack: &str, mut found: impl FnMut(usize, Range<usize>)) {
        match self {
            TermMatcher::Packed(searcher) => searcher
                .find_iter(haystack)
                .for_each(|m| found(m.pattern().as_usize(), m.range())),
            TermMatcher::Automaton(automaton) => automaton
                .find_iter(haystack)
                .for_each(|m| found(m.pattern().as_usize(), m.range())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys alike (one the start or the end of another, sharing characters)
    /// and texts holding them side by side, overlapping and cut short.
    const KEYS: &[&str] = &[
        "三新一高",
        "三新",
        "新一高",
        "一高",
        "两个行动",
        "两个行动计划",
        "行动计划",
        "1+5",
        "1+5+N",
        "5+N",
        "五个一",
        "五个一工程",
        "一工程",
        "abc",
        "bcd",
        "ab",
    ];

    const TEXTS: &[&str] = &[
        "",
        "三",
        "三新一高",
        "推动三新一高和两个行动计划落地，实施五个一工程。",
        "三新三新一高一高新一高行动计划两个行动两个行动计划",
        "“1+5+N”与1+5以及5+N，abcd，abc，bcd，ab。",
        "五个一五个一工程一工程五个一工",
        "没有任何关键词的一段较长的文字，用来让搜索走完整个段落而不命中。",
        "两个行动计划两个行动计划两个行动计划两个行动计划两个行动计划两个行动计划",
        "a",
        "abcbcdab三新一",
    ];

    fn matches(matcher: &TermMatcher, haystack: &str) -> Vec<(usize, Range<usize>)> {
        let mut out = Vec::new();
        matcher.each_match(haystack, |key, range| out.push((key, range)));
        out
    }

    #[test]
    fn the_packed_searcher_finds_what_the_automaton_finds() {
        // Every run of the keys, so that sets of 1 to 16 keys are tried.
        for start in 0..KEYS.len() {
            for end in start + 1..=KEYS.len() {
                let keys = &KEYS[start..end];
                let packed = TermMatcher::new(keys.iter().copied()).expect("a matcher");
                if cfg!(target_arch = "x86_64") {
                    assert!(matches!(packed, TermMatcher::Packed(_)), "{keys:?}");
                }
                let automaton = TermMatcher::automaton(keys.iter().copied()).expect("an automaton");
                for text in TEXTS {
                    // Each text alone and all of them run together (long
                    // enough for the SIMD search, not only its fallback).
                    let long = TEXTS.concat();
                    for haystack in [*text, long.as_str()] {
                        assert_eq!(
                            matches(&packed, haystack),
                            matches(&automaton, haystack),
                            "{keys:?} in {haystack:?}"
                        );
                    }
                }
            }
        }
    }
}
