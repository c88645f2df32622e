//! A set of documents and what one knows of the others: terms defined by
//! the notes of another report.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::checks::{Context, ExternalDefinition, check};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::terms::{normalize, term_keys};
use crate::text::{ceil_char_boundary, floor_char_boundary};

/// Documents by index (stable while the workspace lives; a removed document
/// leaves an empty slot), with an index of the terms their notes define.
#[derive(Clone, Default)]
pub struct Workspace {
    docs: Vec<Option<(String, Arc<Document>)>>,
    /// Normalized term key -> (document, note) for every note of every document.
    definitions: HashMap<String, Vec<(usize, usize)>>,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a document; returns its index.
    pub fn add(&mut self, path: impl Into<String>, doc: Arc<Document>) -> usize {
        let index = self.docs.len();
        self.docs.push(Some((path.into(), doc)));
        self.index_definitions(index);
        index
    }

    /// Replaces the document at `index` (a new version).
    pub fn replace(&mut self, index: usize, doc: Arc<Document>) {
        if let Some(Some(slot)) = self.docs.get_mut(index) {
            slot.1 = doc;
            self.forget_definitions(index);
            self.index_definitions(index);
        }
    }

    /// Removes the document at `index`; other indices stay valid.
    pub fn remove(&mut self, index: usize) {
        if let Some(slot) = self.docs.get_mut(index) {
            *slot = None;
            self.forget_definitions(index);
        }
    }

    fn forget_definitions(&mut self, index: usize) {
        for entries in self.definitions.values_mut() {
            entries.retain(|(d, _)| *d != index);
        }
        self.definitions.retain(|_, v| !v.is_empty());
    }

    fn index_definitions(&mut self, index: usize) {
        let Some(doc) = self.document(index).map(Arc::clone) else {
            return;
        };
        for (n, note) in doc.notes.iter().enumerate() {
            let names = note.term.iter().chain(note.aliases.iter().map(|a| &a.text));
            for name in names {
                for key in term_keys(name) {
                    let entry = self.definitions.entry(key).or_default();
                    // Notes come in order, so a repeat can only be the last
                    // entry; `contains` was quadratic in one key's notes.
                    if entry.last() != Some(&(index, n)) {
                        entry.push((index, n));
                    }
                }
            }
        }
    }

    /// Number of slots (including removed documents).
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.iter().all(Option::is_none)
    }

    pub fn document(&self, index: usize) -> Option<&Arc<Document>> {
        self.docs.get(index)?.as_ref().map(|(_, d)| d)
    }

    pub fn path(&self, index: usize) -> Option<&str> {
        self.docs.get(index)?.as_ref().map(|(p, _)| p.as_str())
    }

    /// The documents present, with their indices.
    pub fn documents(&self) -> impl Iterator<Item = (usize, &str, &Arc<Document>)> {
        self.docs
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| slot.as_ref().map(|(p, d)| (i, p.as_str(), d)))
    }

    /// The note of another document than `except` that defines `key`
    /// (normalized), preferring the latest report.
    pub fn definition_elsewhere(&self, key: &str, except: usize) -> Option<ExternalDefinition> {
        let key = normalize(key);
        let candidates = self.definitions.get(&key)?;
        let (file, note) = candidates
            .iter()
            .filter(|(d, _)| *d != except && self.document(*d).is_some())
            .max_by_key(|(d, _)| {
                let year = self.document(*d).and_then(|doc| doc.title.as_ref()?.year);
                (year, std::cmp::Reverse(*d))
            })?;
        let doc = self.document(*file)?;
        let note_ref = doc.notes.get(*note)?;
        Some(ExternalDefinition {
            file: *file,
            path: self.path(*file).unwrap_or_default().to_string(),
            number: Some(note_ref.number),
            range: note_ref
                .term_range
                .clone()
                .unwrap_or(note_ref.number_range.clone()),
        })
    }

    /// A term of another document's notes written at `offset` of document
    /// `file`, which that document itself does not define: its range here and
    /// the defining note.
    pub fn external_term_at(
        &self,
        file: usize,
        offset: usize,
    ) -> Option<(Range<usize>, ExternalDefinition)> {
        let doc = self.document(file)?;
        let line = doc.lines.get(doc.line_index.line_of(offset))?;
        // Only a key's length around `offset` can hold it: search that
        // window, not the whole paragraph once per key.
        let longest = self.definitions.keys().map(String::len).max().unwrap_or(0);
        let text = &doc.text;
        let from =
            floor_char_boundary(text, offset.saturating_sub(longest).max(line.content.start));
        let to = ceil_char_boundary(text, (offset + longest).min(line.content.end));
        if from >= to {
            return None;
        }
        let window = &text[from..to];
        let mut best: Option<(Range<usize>, ExternalDefinition)> = None;
        for (key, entries) in &self.definitions {
            if key.len() > window.len()
                || key.chars().count() < 2
                || !entries.iter().any(|(d, _)| *d != file)
            {
                continue;
            }
            for (at, _) in window.match_indices(key.as_str()) {
                let range = from + at..from + at + key.len();
                let longer = best.as_ref().is_none_or(|(r, _)| range.len() > r.len());
                if range.start <= offset
                    && offset <= range.end
                    && longer
                    && let Some(def) = self.definition_elsewhere(key, file)
                {
                    best = Some((range, def));
                }
            }
        }
        best
    }

    /// The diagnostics of document `index`, knowing the others.
    pub fn check(&self, index: usize, config: &Config) -> Vec<Diagnostic> {
        let Some(doc) = self.document(index) else {
            return Vec::new();
        };
        let elsewhere = |key: &str| self.definition_elsewhere(key, index);
        check(
            doc,
            &Context {
                config,
                elsewhere: &elsewhere,
            },
        )
    }
}
