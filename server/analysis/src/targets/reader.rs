//! One pass over a document's text: where its breaks and cue words stand,
//! found once and shared by every reading.

use super::*;

/// How far back a clause or sentence start is looked for, and how far
/// ahead a sentence's end. No sentence a reader pairs runs longer, and one
/// endless sentence must not make every figure in it read all of it.
pub(super) const LOOK_BACK: usize = 2048;

/// One reading of a document: the places of the breaks and words the
/// readers look for around each figure, each found once, in one pass over
/// the text, the first time it is needed. Looking around every figure
/// afresh costs a window per figure: 1 MB of one sentence of figures took
/// 0.4 s.
pub(super) struct Reader<'d> {
    pub(super) doc: &'d Document,
    pub(super) names: Names,
    /// Sentence breaks (`。；;！` and line ends); clause breaks, `、`
    /// included (where a general name's clause starts) and without it
    /// (`、` joins the indicators of a clause); `；;。` and line ends (the
    /// part of a sentence `分别` reaches over).
    pub(super) breaks: AllBreaks<'d>,
    pub(super) average: Words<'d>,
    pub(super) not_a_result: Words<'d>,
    pub(super) revised: Words<'d>,
    pub(super) claim_other: Words<'d>,
    pub(super) general_names: Words<'d>,
    /// Where each `城乡居民人均可支配收入分别` stands.
    pub(super) urban_rural: OnceCell<Vec<Range<usize>>>,
    /// The last line asked about, and whether its lead names a plan.
    pub(super) lead_memo: Cell<Option<(usize, bool)>>,
    /// The last line asked about, and where a word of the year before
    /// first ends in it.
    pub(super) year_memo: Cell<Option<(usize, Option<usize>)>>,
}

impl<'d> Reader<'d> {
    pub(super) fn new(doc: &'d Document) -> Self {
        let text = doc.text.as_str();
        Reader {
            doc,
            names: Names::of(doc),
            breaks: AllBreaks::new(text),
            average: Words::new(text, &AVERAGE_WORDS),
            not_a_result: Words::new(text, &NOT_A_RESULT_WORDS),
            revised: Words::new(text, &REVISED_WORDS),
            claim_other: Words::new(text, &CLAIM_OTHER_WORDS),
            general_names: Words::new(text, &GENERAL_NAME_LIST),
            urban_rural: OnceCell::new(),
            lead_memo: Cell::new(None),
            year_memo: Cell::new(None),
        }
    }

    /// The sentence (up to `。；！`) around `offset`, at most [`LOOK_BACK`]
    /// bytes either side of it.
    pub(super) fn sentence(&self, offset: usize) -> Range<usize> {
        let start = self.breaks.start_before(Break::Sentence, offset);
        let mut limit = (offset + LOOK_BACK).min(self.doc.text.len());
        while !self.doc.text.is_char_boundary(limit) {
            limit -= 1;
        }
        start
            ..self
                .breaks
                .first_from(Break::Sentence, offset, limit)
                .unwrap_or(limit)
    }

    pub(super) fn sentence_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Sentence, offset)
    }

    pub(super) fn clause_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Clause, offset)
    }

    pub(super) fn joined_clause_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::JoinedClause, offset)
    }

    pub(super) fn part_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Part, offset)
    }

    /// Where the first `城乡居民人均可支配收入分别` lying wholly in `range`
    /// ends.
    pub(super) fn urban_rural_end(&self, range: Range<usize>) -> Option<usize> {
        let found = self.urban_rural.get_or_init(|| {
            URBAN_RURAL
                .find_iter(&self.doc.text)
                .map(|m| m.range())
                .collect()
        });
        let k = found.partition_point(|m| m.start < range.start);
        found.get(k).filter(|m| m.end <= range.end).map(|m| m.end)
    }

    /// Whether the first clause of the paragraph holding `offset` names a
    /// plan or a term: `这五年，` makes the paragraph a review of the term,
    /// not of the year.
    pub(super) fn lead_names_plan(&self, offset: usize) -> bool {
        let line = self.doc.line_at(offset);
        if let Some((memo, plan)) = self.lead_memo.get()
            && memo == line
        {
            return plan;
        }
        let content = self
            .doc
            .lines
            .get(line)
            .and_then(|l| self.doc.text.get(l.content.clone()))
            .unwrap_or("");
        let end = content
            .find(['，', '。', '：', ','])
            .unwrap_or(content.len());
        // Every plan word holds one of these characters: most leads hold
        // none and cost no search per word.
        let lead = &content[..end];
        let plan = lead.contains(['五', '规', '2', '届', '以'])
            && PLAN_WORDS.iter().any(|w| lead.contains(w));
        self.lead_memo.set(Some((line, plan)));
        plan
    }

    /// Whether the paragraph holding `offset` turns to the year before it
    /// ahead of `offset`.
    pub(super) fn year_said_before(&self, offset: usize, year: Option<i32>) -> bool {
        let line = self.doc.line_at(offset);
        let end = match self.year_memo.get() {
            Some((memo, end)) if memo == line => end,
            _ => {
                let end = year_word_end(self.doc, line, year);
                self.year_memo.set(Some((line, end)));
                end
            }
        };
        end.is_some_and(|end| end <= offset)
    }
}

/// The places of the break characters in a text, by kind, found in one
/// pass the first time they are asked for.
pub(super) struct AllBreaks<'d> {
    pub(super) text: &'d str,
    pub(super) at: OnceCell<[Vec<usize>; 4]>,
}

/// The kinds of [`AllBreaks`]: sentence breaks, clause breaks, clause
/// breaks without `、`, and the breaks a `分别` reaches over.
#[derive(Clone, Copy)]
pub(super) enum Break {
    Sentence = 0,
    Clause = 1,
    JoinedClause = 2,
    Part = 3,
}

impl<'d> AllBreaks<'d> {
    pub(super) fn new(text: &'d str) -> Self {
        AllBreaks {
            text,
            at: OnceCell::new(),
        }
    }

    pub(super) fn at(&self, kind: Break) -> &[usize] {
        let all = self.at.get_or_init(|| {
            let mut all: [Vec<usize>; 4] = Default::default();
            // Character by character, by lead bytes: every break is ASCII or
            // starts with 0xE3 (`。、`) or 0xEF (`；！，：`), and only those
            // characters are decoded (decoding every one was a fifth of
            // reading a megabyte's targets).
            let bytes = self.text.as_bytes();
            let mut at = 0;
            let candidates = std::iter::from_fn(|| {
                while let Some(&b) = bytes.get(at) {
                    let i = at;
                    at += match b {
                        0..=0x7F => 1,
                        0x80..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    if matches!(b, b'\n' | b';' | b',' | b':' | 0xE3 | 0xEF) {
                        return Some((i, self.text.get(i..)?.chars().next()?));
                    }
                }
                None
            });
            for (i, c) in candidates {
                let (sentence, clause, joined, part) = match c {
                    '。' | '；' | ';' | '\n' => (true, true, true, true),
                    '！' => (true, false, false, false),
                    '，' | ',' | '：' | ':' => (false, true, true, false),
                    '、' => (false, true, false, false),
                    _ => continue,
                };
                for (yes, kind) in [
                    (sentence, Break::Sentence),
                    (clause, Break::Clause),
                    (joined, Break::JoinedClause),
                    (part, Break::Part),
                ] {
                    if yes {
                        all[kind as usize].push(i);
                    }
                }
            }
            all
        });
        &all[kind as usize]
    }

    /// Just after the last break of `kind` before `offset`, looking back at
    /// most [`LOOK_BACK`] bytes (where the look stops when there is none).
    pub(super) fn start_before(&self, kind: Break, offset: usize) -> usize {
        let mut from = offset.saturating_sub(LOOK_BACK);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let at = self.at(kind);
        let k = at.partition_point(|&p| p < offset);
        match k.checked_sub(1).map(|k| at[k]) {
            Some(p) if p >= from => p + self.text[p..].chars().next().map_or(1, char::len_utf8),
            _ => from,
        }
    }

    /// The first break of `kind` at or after `offset` and before `limit`.
    pub(super) fn first_from(&self, kind: Break, offset: usize, limit: usize) -> Option<usize> {
        let at = self.at(kind);
        let k = at.partition_point(|&p| p < offset);
        at.get(k).copied().filter(|&p| p < limit)
    }
}

/// A list of words and its automaton, built once per process: built per
/// reading, the five lists' automata cost about 18 M instructions for
/// every document read, whatever its size.
pub(super) struct WordList {
    pub(super) words: &'static [&'static str],
    /// Fixed, short patterns: building cannot fail.
    pub(super) automaton: LazyLock<Option<AhoCorasick>>,
}

macro_rules! word_list {
    ($name:ident, $words:expr) => {
        pub(super) static $name: WordList = WordList {
            words: $words,
            automaton: LazyLock::new(|| AhoCorasick::new($words).ok()),
        };
    };
}

word_list!(AVERAGE_WORDS, &["年均"]);
word_list!(NOT_A_RESULT_WORDS, NOT_A_RESULT);
word_list!(REVISED_WORDS, REVISED);
word_list!(CLAIM_OTHER_WORDS, CLAIM_OTHER);
word_list!(GENERAL_NAME_LIST, GENERAL_NAME_WORDS);

/// Where some words stand in a text (every occurrence, overlapping ones
/// too), found in one pass the first time they are asked for.
pub(super) struct Words<'d> {
    pub(super) text: &'d str,
    pub(super) words: &'static [&'static str],
    pub(super) automaton: &'static LazyLock<Option<AhoCorasick>>,
    /// Per word, where it starts, ascending.
    pub(super) starts: OnceCell<Vec<Vec<usize>>>,
}

impl<'d> Words<'d> {
    pub(super) fn new(text: &'d str, list: &'static WordList) -> Self {
        Words {
            text,
            words: list.words,
            automaton: &list.automaton,
            starts: OnceCell::new(),
        }
    }

    pub(super) fn starts(&self) -> &[Vec<usize>] {
        self.starts.get_or_init(|| {
            let mut starts = vec![Vec::new(); self.words.len()];
            if let Some(automaton) = LazyLock::force(self.automaton) {
                for m in automaton.find_overlapping_iter(self.text) {
                    starts[m.pattern().as_usize()].push(m.start());
                }
            }
            starts
        })
    }

    /// Where word `i` first stands wholly inside `range`.
    pub(super) fn first_in(&self, i: usize, range: &Range<usize>) -> Option<usize> {
        let starts = &self.starts()[i];
        let k = starts.partition_point(|&s| s < range.start);
        starts
            .get(k)
            .copied()
            .filter(|&s| s + self.words[i].len() <= range.end)
    }

    /// Whether any of the words stands wholly inside `range`.
    pub(super) fn any_in(&self, range: Range<usize>) -> bool {
        (0..self.words.len()).any(|i| self.first_in(i, &range).is_some())
    }

    /// The first word, in the list's order, standing inside `range`, and
    /// where it first stands.
    pub(super) fn first_of_any(&self, range: Range<usize>) -> Option<(usize, usize)> {
        (0..self.words.len()).find_map(|i| self.first_in(i, &range).map(|at| (i, at)))
    }
}
