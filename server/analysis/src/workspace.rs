//! A set of documents and what one knows of the others: terms defined by
//! the notes of another report.

use std::collections::HashMap;
use std::sync::Arc;

use crate::checks::{Context, ExternalDefinition, check};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::terms::{TermSource, normalize, term_keys};

/// Documents by index, with an index of the terms their notes define.
#[derive(Default)]
pub struct Workspace {
    docs: Vec<(String, Arc<Document>)>,
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
        self.docs.push((path.into(), doc));
        self.index_definitions(index);
        index
    }

    /// Replaces the document at `index` (a new version).
    pub fn replace(&mut self, index: usize, doc: Arc<Document>) {
        if let Some(slot) = self.docs.get_mut(index) {
            slot.1 = doc;
            for entries in self.definitions.values_mut() {
                entries.retain(|(d, _)| *d != index);
            }
            self.definitions.retain(|_, v| !v.is_empty());
            self.index_definitions(index);
        }
    }

    fn index_definitions(&mut self, index: usize) {
        let doc = Arc::clone(&self.docs[index].1);
        for (n, note) in doc.notes.iter().enumerate() {
            let names = note.term.iter().chain(note.aliases.iter().map(|a| &a.text));
            for name in names {
                for key in term_keys(name) {
                    let entry = self.definitions.entry(key).or_default();
                    if !entry.contains(&(index, n)) {
                        entry.push((index, n));
                    }
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    pub fn document(&self, index: usize) -> Option<&Arc<Document>> {
        self.docs.get(index).map(|(_, d)| d)
    }

    pub fn path(&self, index: usize) -> Option<&str> {
        self.docs.get(index).map(|(p, _)| p.as_str())
    }

    /// The note of another document than `except` that defines `key`
    /// (normalized), preferring the latest report.
    pub fn definition_elsewhere(&self, key: &str, except: usize) -> Option<ExternalDefinition> {
        let key = normalize(key);
        let candidates = self.definitions.get(&key)?;
        let (file, note) =
            candidates
                .iter()
                .filter(|(d, _)| *d != except)
                .max_by_key(|(d, _)| {
                    let year = self.docs[*d].1.title.as_ref().and_then(|t| t.year);
                    (year, std::cmp::Reverse(*d))
                })?;
        let doc = &self.docs[*file].1;
        let note_ref = doc.notes.get(*note)?;
        Some(ExternalDefinition {
            file: *file,
            path: self.docs[*file].0.clone(),
            number: Some(note_ref.number),
            range: note_ref
                .term_range
                .clone()
                .unwrap_or(note_ref.number_range.clone()),
        })
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

    /// Whether some document's notes define a term with this key.
    pub fn is_defined(&self, key: &str) -> bool {
        self.definitions.contains_key(&normalize(key))
    }

    /// Every term defined by a note, across documents, for workspace symbols.
    pub fn defined_terms(&self) -> impl Iterator<Item = (usize, &Document, usize)> {
        self.docs.iter().enumerate().flat_map(|(d, (_, doc))| {
            doc.terms.iter().filter_map(move |t| match t.source {
                TermSource::Note(n) => Some((d, doc.as_ref(), n)),
                _ => None,
            })
        })
    }
}
