//! `两手抓`: a slogan of hands, spelled out as the hands themselves
//! (`一手抓甲，一手抓乙`). Each `一手抓` is one hand; a paragraph may pair
//! them several times (`一手抓甲，一手抓乙；一手抓丙，一手抓丁`), each
//! pairing as many hands as the slogan says.
//!
//! The hands are read in the slogan's own paragraph, before or after it,
//! else, when that paragraph is one sentence (a heading, a lead such as
//! `坚持两手抓的方针。`), in the next. A pairing is a `；` or `。` group
//! holding any hand; the hands are counted when every pairing holds as
//! many, or when each sentence holds one (`一手抓甲，…。一手抓乙，…。`).
//! Pairings of different sizes abstain.

use std::ops::Range;

use super::slogans::{SloganReading, reading_of};
use crate::document::Document;
use crate::slogan_count::{SloganCount, parse_slogan};

/// What a slogan of hands closes with.
const HANDS: &str = "手抓";

/// One hand spelled out.
const ONE_HAND: &str = "一手抓";

/// `两手抓` and `一手抓…一手抓…` read in the paragraphs around it, unless a
/// reading of `out` covers the slogan already.
pub(super) fn hand_readings(doc: &Document, out: &mut Vec<SloganReading>) {
    let text = doc.text.as_str();
    // Every `手抓` of the body and the notes, found with the other cue
    // words in the parse's one pass (a search of Han characters alone
    // would stop at nearly every one).
    for &at in &doc.cues.hands {
        let Some(numeral) = text[..at].chars().next_back() else {
            continue;
        };
        let start = at - numeral.len_utf8();
        let end = at + HANDS.len();
        let slogan = &text[start..end];
        // (`一手抓` is a hand, not a slogan; `十二手抓` no slogan either.)
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| crate::chars::chinese_digit(c).is_some() || c == '十') {
            continue;
        }
        let Some(parts) = parse_slogan(slogan) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            continue;
        };
        if part.numeral < 2
            || out
                .iter()
                .any(|r| r.term_range.start < end && start < r.term_range.end)
        {
            continue;
        }
        let Some((list, hands)) = hands_around(text, start) else {
            continue;
        };
        let reading = if hands == part.numeral as usize {
            SloganCount::Holds
        } else {
            SloganCount::Differs(vec![Some(hands)])
        };
        out.push(reading_of(slogan, start..end, list, &parts, &reading));
    }
}

/// The paragraph of `at`, else the next when `at`'s is one sentence: its
/// range and the hands a pairing of it spells out.
fn hands_around(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
    let own = paragraph_at(text, at);
    let words = &text[own.clone()];
    if words.contains(ONE_HAND) {
        return hands_paired(words).map(|n| (own, n));
    }
    let one_sentence = !words
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '！'))
        .contains(['。', '！', '？']);
    if !one_sentence || own.end >= text.len() {
        return None;
    }
    let next = paragraph_at(text, own.end + 1);
    hands_paired(&text[next.clone()]).map(|n| (next, n))
}

/// The line holding `at`, without its line break.
fn paragraph_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// The hands of each pairing in `paragraph`, when every pairing holds as
/// many (two or more), or each sentence one (two sentences or more).
fn hands_paired(paragraph: &str) -> Option<usize> {
    let mut pairings: Vec<usize> = Vec::new();
    for group in paragraph.split(['；', ';', '。']) {
        let hands: Vec<&str> = group
            .match_indices(ONE_HAND)
            .map(|(at, _)| hand_object(&group[at + ONE_HAND.len()..]))
            .filter(|object| !object.is_empty())
            .collect();
        // `一手抓发展，一手抓安全，一手抓生产、一手抓安全要同步`: a hand
        // named again starts another pairing the group does not mark.
        let named_again = hands.iter().enumerate().any(|(i, a)| {
            hands[i + 1..]
                .iter()
                .any(|b| a.starts_with(b) || b.starts_with(a))
        });
        if named_again {
            return None;
        }
        if !hands.is_empty() {
            pairings.push(hands.len());
        }
    }
    let first = *pairings.first()?;
    if !pairings.iter().all(|n| *n == first) {
        return None;
    }
    match first {
        1 => (pairings.len() >= 2).then_some(pairings.len()),
        n => Some(n),
    }
}

/// What a hand grasps: the words after `一手抓` up to a clause break or
/// the next hand (quotes and numbers among them: `一手抓“硬环境”`); none
/// when another hand or a break follows at once (`一手抓一手硬`).
fn hand_object(after: &str) -> &str {
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '，' | ',' | '、' | '；' | ';' | '。' | '：' | ':' | '\n')
                || after[i..].starts_with("一手")
        })
        .map_or(after.len(), |(i, _)| i);
    after[..end].trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '‘' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairings_of_the_same_size_give_the_hands() {
        assert_eq!(
            hands_paired("一手抓甲，一手抓乙；一手抓丙，一手抓丁。"),
            Some(2)
        );
        assert_eq!(
            hands_paired("一手抓甲，扶持它。一手抓乙，管住它。"),
            Some(2)
        );
        assert_eq!(hands_paired("一手抓甲，一手抓乙，一手抓丙。"), Some(3));
    }

    #[test]
    fn pairings_of_different_sizes_or_one_hand_abstain() {
        assert_eq!(hands_paired("一手抓甲，一手抓乙；一手抓丙。"), None);
        assert_eq!(hands_paired("坚持一手抓甲。"), None);
        assert_eq!(hands_paired("甲乙丙"), None);
        // A hand named twice: another pairing, unmarked.
        assert_eq!(
            hands_paired("一手抓甲，一手抓乙，一手抓丙、一手抓乙要同步。"),
            None
        );
    }

    #[test]
    fn a_hand_grasps_some_words() {
        assert_eq!(
            hands_paired("一手抓“硬环境”，一手抓“软环境”，一手抓1号工程。"),
            Some(3)
        );
        assert_eq!(
            hands_paired("一手抓甲，一手抓乙，确保一手抓一手硬。"),
            Some(2)
        );
    }
}
