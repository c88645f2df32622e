//! Cue words of the figure rules (`其中`, `分别`, `等`, `共`, `：`, `：一是`,
//! `，一是`, `：一要`, `：第一，`, `手抓`),
//! found in one pass over the body and the notes.
//!
//! Searching each word with `str::match_indices` is slow on Chinese text:
//! the last byte of a CJK character is common, so every search stops at
//! nearly every character. One SIMD search finds where a word's first
//! character stands, and only there are the words tried.

use std::sync::LazyLock;

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

/// The cue words; [`longest_word_at`] holds them by first character, and
/// the tests check it against one automaton over these.
#[cfg(test)]
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

/// The first characters of the words but ASCII `:` and `,`.
const FIRST_HAN_CHARS: [char; 8] = ['其', '分', '等', '共', '手', '：', '，', '。'];

/// A search for [`FIRST_HAN_CHARS`] (`None` if it cannot be built: every
/// character is then tried in turn).
static FIRST_HAN: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
    let mut builder = aho_corasick::packed::Config::new().builder();
    for c in FIRST_HAN_CHARS {
        builder.add(c.to_string());
    }
    builder.build()
});

/// The longest of [`WORDS`] that `rest` opens with: each first character's
/// words, longest first (at most one longer word fits, then the short one).
fn longest_word_at(rest: &str) -> Option<&'static str> {
    let first = rest.chars().next()?;
    // A comma or a full stop, most of the characters tried, is no word on
    // its own: the byte after it tells most apart, before a word is
    // compared (`一` opens with E4, `第` E7, `（` EF, `⑴` E2).
    let next = rest.as_bytes().get(first.len_utf8()).copied();
    let words: &[&'static str] = match first {
        '，' | ',' if next != Some(0xE4) => return None,
        '。' if !matches!(next, Some(0xE4 | 0xE7 | 0xEF | 0xE2 | b'(')) => return None,
        '其' => &["其中"],
        '分' => &["分别"],
        '等' => &["等"],
        '共' => &["共"],
        '手' => &["手抓"],
        '：' => &[
            "：第一，",
            "：（1）",
            "：一是",
            "：一要",
            "：(1)",
            "：⑴",
            "：",
        ],
        ':' => &[":第一，", ":一是", ":一要", ":"],
        '，' => &["，一是", "，一要"],
        ',' => &[",一是", ",一要"],
        '。' => &["。第一，", "。（1）", "。一是", "。一要", "。(1)", "。⑴"],
        _ => return None,
    };
    words.iter().copied().find(|w| rest.starts_with(w))
}

impl Cues {
    /// The cues of one paragraph (offsets relative to it); `body` tells
    /// whether it lies in the body (`分别` counts only there).
    ///
    /// Leftmost-longest, as one automaton over the words reads them, but
    /// only where a word's first character stands (the automaton's state
    /// walk cost a step per byte).
    pub fn in_paragraph(slice: &str, body: bool) -> Cues {
        match FIRST_HAN.as_ref() {
            Some(searcher) => Cues::by_search(searcher, slice, body),
            None => Cues::by_chars(slice, body),
        }
    }

    /// Where a word's first character stands: one SIMD search for the Han
    /// ones, one for ASCII `:` and `,`, merged in order.
    fn by_search(searcher: &aho_corasick::packed::Searcher, slice: &str, body: bool) -> Cues {
        let bytes = slice.as_bytes();
        let mut han = searcher.find_iter(bytes).map(|m| m.start()).peekable();
        let mut ascii = memchr::memchr2_iter(b':', b',', bytes).peekable();
        let starts = std::iter::from_fn(|| match (han.peek(), ascii.peek()) {
            (Some(h), Some(a)) if a < h => ascii.next(),
            (Some(_), _) => han.next(),
            (None, _) => ascii.next(),
        });
        Cues::words_at(starts, slice, body)
    }

    /// Every character in turn, where no SIMD search can be built.
    fn by_chars(slice: &str, body: bool) -> Cues {
        Cues::words_at(slice.char_indices().map(|(at, _)| at), slice, body)
    }

    /// The longest word at each of `starts` (ascending) not inside the
    /// word before.
    fn words_at(starts: impl Iterator<Item = usize>, slice: &str, body: bool) -> Cues {
        let mut cues = Cues::default();
        let mut at = 0;
        for start in starts {
            if start < at {
                continue;
            }
            if let Some(word) = longest_word_at(&slice[start..]) {
                cues.record(word, start, body);
                at = start + word.len();
            }
        }
        cues
    }

    fn record(&mut self, word: &'static str, at: usize, body: bool) {
        match word {
            "其中" => self.of_which.push(at),
            "分别" if body => self.respectively.push(at),
            "等" | "共" => self.totals.push((at, word)),
            "：一是" | "：一要" | "：第一，" => {
                self.ordinals.push(at);
                self.colons.push((at, "："));
            }
            ":一是" | ":一要" | ":第一，" => {
                self.ordinals.push(at);
                self.colons.push((at, ":"));
            }
            "，一是" | "，一要" | ",一是" | ",一要" => self.ordinals.push(at),
            "：" | ":" => self.colons.push((at, word)),
            "。一是" | "。一要" | "。第一，" => {
                self.sentence_ordinals.push(at + "。".len())
            }
            "。（1）" | "。(1)" | "。⑴" => self.numbered.push(at + "。".len()),
            "：（1）" | "：(1)" | "：⑴" => {
                self.numbered.push(at + "：".len());
                self.colons.push((at, "："));
            }
            "手抓" => self.hands.push(at),
            _ => {}
        }
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

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasick, MatchKind};

    use super::*;

    /// What one leftmost-longest automaton over [`WORDS`] finds.
    fn by_automaton(slice: &str, body: bool) -> Cues {
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(WORDS)
            .expect("the cue words build");
        let mut cues = Cues::default();
        for m in matcher.find_iter(slice) {
            cues.record(WORDS[m.pattern().as_usize()], m.start(), body);
        }
        cues
    }

    #[test]
    fn every_word_is_found_where_it_opens_the_text() {
        for word in WORDS {
            let tail = format!("{word}甲");
            assert_eq!(longest_word_at(&tail), Some(*word), "{word}");
            assert_eq!(Cues::in_paragraph(&tail, true), by_automaton(&tail, true));
            assert_eq!(Cues::by_chars(&tail, true), by_automaton(&tail, true));
        }
    }

    /// The byte test after a comma or a full stop leaves out no word: at
    /// every character of tricky texts, the longest of [`WORDS`] there.
    #[test]
    fn the_longest_word_is_the_longest_of_the_words() {
        let texts = [
            "，一是，一要，一，二是。第一，。（1）。(1)。⑴。一是。一要。二。",
            ",一是,一要,一:一是:第一，：（1）：(1)：⑴：一要：",
            "其中分别等共手抓，“一是”。“第一”",
        ];
        for text in texts {
            for (at, _) in text.char_indices() {
                let rest = &text[at..];
                let longest = WORDS
                    .iter()
                    .copied()
                    .filter(|w| rest.starts_with(w))
                    .max_by_key(|w| w.len());
                assert_eq!(longest_word_at(rest), longest, "{rest:?}");
            }
        }
    }

    // Teddy, the SIMD search, is built where SSSE3 or AVX2 stand.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn the_search_is_built() {
        assert!(FIRST_HAN.is_some());
    }

    #[test]
    fn the_scan_finds_what_the_automaton_finds() {
        let texts = [
            "甲乙两项，其中甲项分别为3个和4个，共7个。一是加快；二是稳住：一要保，二要稳。",
            "目标：第一，稳增长。第一，保就业：（1）甲；(1)乙：⑴丙。⑴丁。（1）戊",
            "两手抓，一手抓甲、一手抓乙等：:一是,一是,一要:第一，x:",
            "：：一是：一：第一：（1：(：⑴，，一是，一。。第一，。（1）。(1)",
            "其其中分分别等共手手抓，一要Ａ：ｂ“：”〔共〕",
            "",
            "：",
        ];
        for text in texts {
            for body in [true, false] {
                let expected = by_automaton(text, body);
                assert_eq!(Cues::in_paragraph(text, body), expected, "{text}");
                assert_eq!(Cues::by_chars(text, body), expected, "{text}");
            }
        }
    }
}
