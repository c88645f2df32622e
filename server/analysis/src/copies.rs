//! What a draft keeps of last year's text: sentences of the review that
//! carry figures and are word for word last year's (`stale-copy`), and
//! notes whose term both reports explain, differently (`note-drift`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crate::document::Document;
use crate::summary::Summary;
use crate::terms::normalize;

/// A sentence with figures: its range and the hash of its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureSentence {
    pub range: Range<usize>,
    pub hash: u64,
}

/// Shorter sentences (`增长5%。`) say too little to be a copy.
const MIN_CHARS: usize = 12;

/// The sentences of `range` in `doc` that carry at least one figure.
pub fn figure_sentences(doc: &Document, range: &Range<usize>) -> Vec<FigureSentence> {
    let mut out = Vec::new();
    let Some(text) = doc.text.get(range.clone()) else {
        return out;
    };
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '；' | '！' | '？' | '\n') {
            push_sentence(doc, range.start + start..range.start + i, &mut out);
            start = i + c.len_utf8();
        }
    }
    push_sentence(doc, range.start + start..range.end, &mut out);
    out
}

fn push_sentence(doc: &Document, range: Range<usize>, out: &mut Vec<FigureSentence>) {
    let words = doc.text[range.clone()].trim_matches(|c: char| c.is_whitespace() || c == '　');
    if words.chars().count() < MIN_CHARS {
        return;
    }
    // Data are written in digits; `六个方面` is a heading's count, not data.
    let lo = doc.figures.partition_point(|f| f.span.start < range.start);
    let data = doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.start < range.end)
        .any(|f| {
            f.text(&doc.text)
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        });
    if !data {
        return;
    }
    let mut hasher = DefaultHasher::new();
    words
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '　')
        .for_each(|c| c.hash(&mut hasher));
    let lead = range.start
        + (doc.text[range.clone()].len()
            - doc.text[range.clone()]
                .trim_start_matches(|c: char| c.is_whitespace() || c == '　')
                .len());
    out.push(FigureSentence {
        range: lead..range.end,
        hash: hasher.finish(),
    });
}

/// Pairs of notes (draft's, previous report's) with one term and different
/// explanations: other items, not only other punctuation, order or lead
/// (`即`, `是指`).
pub fn drifted_notes(draft: &Document, previous: &Summary) -> Vec<(usize, usize)> {
    (0..draft.notes.len())
        .filter_map(|i| Some((i, drifted_note(draft, i, previous)?)))
        .collect()
}

/// The note of `previous` explaining the term of `draft`'s note `i`
/// otherwise, if any.
pub fn drifted_note(draft: &Document, i: usize, previous: &Summary) -> Option<usize> {
    let note = draft.notes.get(i)?;
    let term = normalize(note.term.as_deref()?);
    if term.chars().count() < 2 {
        return None;
    }
    let j = previous
        .notes
        .iter()
        .position(|p| p.term.as_deref().map(normalize).as_deref() == Some(term.as_str()))?;
    (explanation(note.text(&draft.text)) != explanation(previous.note_text(j))).then_some(j)
}

/// What an explanation says, for comparison: its items (split at list and
/// clause punctuation, quotes and title marks dropped) in sorted order,
/// after a leading `即`, `是指`: `即秀英港、新海港` and `秀英港，新海港。`
/// say the same, and so does a list whose items were reordered.
fn explanation(text: &str) -> Vec<String> {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
        .collect();
    let mut rest = text.as_str();
    for lead in ["主要是指", "指的是", "是指", "即指", "指", "即", "是"] {
        if let Some(r) = rest.strip_prefix(lead) {
            rest = r;
            break;
        }
    }
    let mut items: Vec<String> = rest
        .split(|c: char| {
            matches!(
                c,
                '、' | '，'
                    | ','
                    | '；'
                    | ';'
                    | '。'
                    | '：'
                    | ':'
                    | '《'
                    | '》'
                    | '“'
                    | '”'
                    | '"'
                    | '（'
                    | '）'
                    | '('
                    | ')'
            )
        })
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect();
    items.sort();
    items
}
