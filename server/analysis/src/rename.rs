//! Rename a term: the name in its note and every body use of that name in
//! the same document. Quotes stay where they are: only the words between
//! them change.

use std::ops::Range;

use crate::chars::{is_quote, is_space};
use crate::document::Document;
use crate::edits::TextEdit;
use crate::ide::{Item, item_at};
use crate::terms::{TermSource, normalize};

/// Why there is nothing to rename (words in `messages::editing`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The cursor is on no term.
    NotATerm,
    /// The glossary of the configuration explains the term.
    Glossary,
    /// A well-known slogan.
    Known,
    EmptyName,
    /// A line break, a colon or a number token in the new name would break
    /// the note.
    BadName,
}

/// The name at the cursor: the range to rename (quotes left out) and the
/// words there now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenameTarget {
    pub range: Range<usize>,
    pub name: String,
}

/// What a rename at an offset covers.
struct Found {
    target: RenameTarget,
    /// Every range to rewrite, quotes left out.
    places: Vec<Range<usize>>,
}

/// `range` without the quotes and spaces at its ends.
fn core(text: &str, range: &Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let trimmed_start = slice.trim_start_matches(|c| is_quote(c) || is_space(c));
    let start = range.start + (slice.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(|c| is_quote(c) || is_space(c));
    start..start + trimmed.len()
}

fn find(doc: &Document, offset: usize) -> Result<Found, Refusal> {
    let text = &doc.text;
    let within = |r: &Range<usize>| r.start <= offset && offset <= r.end && !r.is_empty();
    // The name and the term it belongs to.
    let (name_range, term) = match item_at(doc, offset) {
        Some(Item::TermUse { term, range }) => (range, term),
        Some(Item::Note(n)) => {
            let note = &doc.notes[n];
            let name = note
                .term_range
                .iter()
                .chain(note.aliases.iter().map(|a| &a.range))
                .find(|r| within(r))
                .ok_or(Refusal::NotATerm)?
                .clone();
            let term = doc
                .terms
                .iter()
                .position(|t| t.source == TermSource::Note(n))
                .ok_or(Refusal::NotATerm)?;
            (name, term)
        }
        _ => return Err(Refusal::NotATerm),
    };
    let t = &doc.terms[term];
    let key = normalize(&text[name_range.clone()]);
    let same = |r: &Range<usize>| normalize(&text[r.clone()]) == key;
    let mut places: Vec<Range<usize>> = Vec::new();
    match t.source {
        TermSource::Glossary(_) => return Err(Refusal::Glossary),
        TermSource::Known => return Err(Refusal::Known),
        TermSource::Note(n) => {
            let note = &doc.notes[n];
            places.extend(
                note.term_range
                    .iter()
                    .chain(note.aliases.iter().map(|a| &a.range))
                    .filter(|r| same(r))
                    .cloned(),
            );
        }
        TermSource::Slogan => {}
    }
    places.extend(t.uses.iter().filter(|r| same(r)).cloned());
    let mut places: Vec<Range<usize>> = places
        .iter()
        .map(|r| core(text, r))
        .filter(|r| !r.is_empty())
        .collect();
    places.sort_by_key(|r| r.start);
    places.dedup();
    let target = core(text, &name_range);
    if target.is_empty() {
        return Err(Refusal::NotATerm);
    }
    Ok(Found {
        target: RenameTarget {
            name: text[target.clone()].to_string(),
            range: target,
        },
        places,
    })
}

/// Whether a rename can start at `offset`: the name there, or why not.
pub fn prepare_rename(doc: &Document, offset: usize) -> Result<RenameTarget, Refusal> {
    find(doc, offset).map(|f| f.target)
}

/// The edits renaming the term at `offset` to `new_name` (its quotes at the
/// ends dropped: the document keeps its own).
pub fn rename(doc: &Document, offset: usize, new_name: &str) -> Result<Vec<TextEdit>, Refusal> {
    let name = new_name.trim_matches(|c| is_quote(c) || is_space(c));
    if name.is_empty() {
        return Err(Refusal::EmptyName);
    }
    if name.contains(['\n', '\r', '：', ':']) {
        return Err(Refusal::BadName);
    }
    let found = find(doc, offset)?;
    Ok(found
        .places
        .into_iter()
        .filter(|r| doc.text[r.clone()] != *name)
        .map(|r| TextEdit::replace(r, name))
        .collect())
}
