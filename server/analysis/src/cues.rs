//! Cue words of the figure rules (`其中`, `分别`, `等`, `共`, `：`, `：一是`,
//! `，一是`, `：一要`, `：第一，`, `手抓`),
//! found in one pass over the body and the notes.
//!
//! Searching each word with `str::match_indices` is slow on Chinese text:
//! the last byte of a CJK character is common, so every search stops at
//! nearly every character. One automaton for all of them reads the text once.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

/// Byte offsets of each cue, ascending.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cues {
    /// `其中`, in the body and the notes.
    pub of_which: Vec<usize>,
    /// `分别`, in the body.
    pub respectively: Vec<usize>,
    /// `等` and `共` (with the word), in the body and the notes.
    pub totals: Vec<(usize, &'static str)>,
    /// `：` and `:` (with the colon), in the body and the notes.
    pub colons: Vec<(usize, &'static str)>,
    /// `：一是` and `，一是` (or after ASCII `:` `,`), and `：第一，`, in the
    /// body and the notes: the offset of the colon or comma.
    pub ordinals: Vec<usize>,
    /// `一是` or `第一，` opening a sentence (`。一是`), in the body and the
    /// notes: the offset of the ordinal.
    pub sentence_ordinals: Vec<usize>,
    /// `（1）` or `(1)` opening a sentence or following a colon, in the body
    /// and the notes: the offset of the bracket.
    pub numbered: Vec<usize>,
    /// `手抓` (of `两手抓`, `一手抓`), in the body and the notes.
    pub hands: Vec<usize>,
}

const WORDS: &[&str] = &[
    "其中",
    "分别",
    "等",
    "共",
    "：一是",
    "，一是",
    // `一要…二要…`: the same ordinals with the verb of a task.
    "：一要",
    "，一要",
    // `第一，…第二，…` run on after the colon or a full stop.
    "：第一，",
    ":第一，",
    "。第一，",
    // The same after ASCII punctuation (a draft typed with `,:;()`).
    ":一是",
    ",一是",
    ":一要",
    ",一要",
    "：",
    ":",
    "。一是",
    "。一要",
    "。（1）",
    "。(1)",
    "：（1）",
    "：(1)",
    // `⑴`: the same bracketed number in one character.
    "。⑴",
    "：⑴",
    // `两手抓` read against the hands spelled out (`一手抓…`).
    "手抓",
];

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        // The words' first bytes are those of most Chinese characters: a
        // prefilter would stop at nearly every one.
        .prefilter(false)
        .build(WORDS)
        .ok()
});

impl Cues {
    /// The cues of one paragraph (offsets relative to it); `body` tells
    /// whether it lies in the body (`分别` counts only there).
    pub fn in_paragraph(slice: &str, body: bool) -> Cues {
        let mut cues = Cues::default();
        let Some(matcher) = MATCHER.as_ref() else {
            return cues;
        };
        for m in matcher.find_iter(Input::new(slice)) {
            let at = m.start();
            match WORDS.get(m.pattern().as_usize()).copied() {
                Some("其中") => cues.of_which.push(at),
                Some("分别") if body => cues.respectively.push(at),
                Some(word @ ("等" | "共")) => cues.totals.push((at, word)),
                Some("：一是" | "：一要" | "：第一，") => {
                    cues.ordinals.push(at);
                    cues.colons.push((at, "："));
                }
                Some(":一是" | ":一要" | ":第一，") => {
                    cues.ordinals.push(at);
                    cues.colons.push((at, ":"));
                }
                Some("，一是" | "，一要" | ",一是" | ",一要") => cues.ordinals.push(at),
                Some(word @ ("：" | ":")) => cues.colons.push((at, word)),
                Some("。一是" | "。一要" | "。第一，") => {
                    cues.sentence_ordinals.push(at + "。".len())
                }
                Some("。（1）" | "。(1)" | "。⑴") => cues.numbered.push(at + "。".len()),
                Some("：（1）" | "：(1)" | "：⑴") => {
                    cues.numbered.push(at + "：".len());
                    cues.colons.push((at, "："));
                }
                Some("手抓") => cues.hands.push(at),
                _ => {}
            }
        }
        cues
    }

    /// Appends a paragraph's cues, shifted to where the paragraph starts.
    pub fn extend_shifted(&mut self, other: &Cues, by: usize) {
        self.of_which.extend(other.of_which.iter().map(|a| a + by));
        self.respectively
            .extend(other.respectively.iter().map(|a| a + by));
        self.totals
            .extend(other.totals.iter().map(|(a, w)| (a + by, *w)));
        self.colons
            .extend(other.colons.iter().map(|(a, w)| (a + by, *w)));
        self.ordinals.extend(other.ordinals.iter().map(|a| a + by));
        self.sentence_ordinals
            .extend(other.sentence_ordinals.iter().map(|a| a + by));
        self.numbered.extend(other.numbered.iter().map(|a| a + by));
        self.hands.extend(other.hands.iter().map(|a| a + by));
    }
}
