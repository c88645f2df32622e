//! A set of documents and what one knows of the others: terms defined by
//! the notes of another report, and which report is the previous year's of
//! which (same government, a year before), with their targets paired.
//! What is read of another report is read from its [`Summary`], so that a
//! report held by its summary alone (indexed, not open) answers the same.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use crate::checks::{Context, ExternalDefinition, check};
use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic, Finding};
use crate::document::Document;
use crate::draft_checks::{self, DraftPair};
use crate::identity::{ReportIdentity, same_government};
use crate::stale_year;
use crate::summary::Summary;
use crate::target_pairs::{TargetPair, pair};
use crate::targets::YearFigures;
use crate::terms::{normalize, term_keys};
use crate::text::{ceil_char_boundary, floor_char_boundary};

/// One report of the workspace: its path, its summary, and its whole
/// document while it is open (or checked, in the CLI).
#[derive(Clone)]
struct Entry {
    path: String,
    doc: Option<Arc<Document>>,
    summary: Arc<Summary>,
}

/// Reports by index (stable while the workspace lives; a removed report
/// leaves an empty slot), with an index of the terms their notes define.
///
/// Every report has a [`Summary`], which is all that the features reading
/// other reports use; a report added with its whole [`Document`] (an open
/// one) keeps it for the features about itself.
#[derive(Clone, Default)]
pub struct Workspace {
    docs: Vec<Option<Entry>>,
    /// Normalized term key -> (document, note) for every note of every document.
    definitions: HashMap<String, Vec<(usize, usize)>>,
    /// Drafts whose previous report was named (`check --previous`).
    previous: HashMap<usize, usize>,
}

/// A draft and its previous report, with the targets paired.
#[derive(Clone, Debug)]
pub struct Review {
    pub previous: usize,
    /// The year the previous report set its targets for.
    pub year: Option<i32>,
    pub pairs: Vec<TargetPair>,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a whole document; returns its index.
    pub fn add(&mut self, path: impl Into<String>, doc: Arc<Document>) -> usize {
        let path = path.into();
        let summary = Arc::new(Summary::beside(&doc, &path));
        self.push(Entry {
            path,
            doc: Some(doc),
            summary,
        })
    }

    /// Adds a report known by its summary alone (indexed, not open);
    /// returns its index.
    pub fn add_summary(&mut self, path: impl Into<String>, summary: Arc<Summary>) -> usize {
        self.push(Entry {
            path: path.into(),
            doc: None,
            summary,
        })
    }

    fn push(&mut self, entry: Entry) -> usize {
        let index = self.docs.len();
        self.docs.push(Some(entry));
        self.index_definitions(index);
        index
    }

    /// Replaces the report at `index` by a new version of its whole document.
    pub fn replace(&mut self, index: usize, doc: Arc<Document>) {
        if let Some(Some(entry)) = self.docs.get_mut(index) {
            entry.summary = Arc::new(Summary::beside(&doc, &entry.path));
            entry.doc = Some(doc);
            self.forget_definitions(index);
            self.index_definitions(index);
        }
    }

    /// Replaces the report at `index` by a summary: its whole document,
    /// if it had one, is dropped (a report closed in the editor).
    pub fn replace_summary(&mut self, index: usize, summary: Arc<Summary>) {
        if let Some(Some(entry)) = self.docs.get_mut(index) {
            entry.summary = summary;
            entry.doc = None;
            self.forget_definitions(index);
            self.index_definitions(index);
        }
    }

    /// Removes the document at `index`; other indices stay valid.
    pub fn remove(&mut self, index: usize) {
        if let Some(slot) = self.docs.get_mut(index) {
            *slot = None;
            self.previous.retain(|d, p| *d != index && *p != index);
            self.forget_definitions(index);
        }
    }

    /// Names `previous` as the previous report of `draft`, whatever their
    /// titles say.
    pub fn set_previous(&mut self, draft: usize, previous: usize) {
        if draft != previous && self.summary(previous).is_some() {
            self.previous.insert(draft, previous);
        }
    }

    /// The government and year read for document `index`.
    pub fn identity(&self, index: usize) -> Option<&ReportIdentity> {
        self.summary(index).map(|s| &s.identity)
    }

    /// The targets, results and claims read for document `index`.
    pub fn year_figures(&self, index: usize) -> Option<&Arc<YearFigures>> {
        self.summary(index).map(|s| &s.year)
    }

    /// Whether documents `a` and `b` are of one government, or `b` is
    /// listed in `related` (a government's name or the end of a path).
    /// Documents whose government cannot be told stay related, as before
    /// governments were read.
    pub fn related(&self, a: usize, b: usize, related: &[String]) -> bool {
        let (Some(x), Some(y)) = (self.identity(a), self.identity(b)) else {
            return false;
        };
        let listed = related.iter().any(|r| {
            self.path(b).is_some_and(|p| p.ends_with(r.as_str()))
                || y.government
                    .as_deref()
                    .is_some_and(|g| same_government(g, r))
        });
        listed
            || x.government.is_none()
            || y.government.is_none()
            || x.same_government(y)
            || self.previous.get(&a) == Some(&b)
            || self.previous.get(&b) == Some(&a)
    }

    /// The previous report of `draft`: the one named, else the one report of
    /// the same government a year before (in the draft's folder first); none
    /// when two would do.
    pub fn previous_of(&self, draft: usize) -> Option<usize> {
        if let Some(&p) = self.previous.get(&draft) {
            return self.summary(p).is_some().then_some(p);
        }
        let me = self.identity(draft)?;
        let year = me.year?;
        let candidates: Vec<usize> = self
            .summaries()
            .map(|(i, _, _)| i)
            .filter(|&i| i != draft)
            .filter(|&i| {
                self.identity(i)
                    .is_some_and(|o| o.year == Some(year - 1) && me.same_government(o))
            })
            .collect();
        let folder = |i: usize| {
            self.path(i)
                .and_then(|p| p.rsplit_once(['/', '\\']).map(|(f, _)| f.to_string()))
                .unwrap_or_default()
        };
        let here: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&i| folder(i) == folder(draft))
            .collect();
        match (here.as_slice(), candidates.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            _ => None,
        }
    }

    /// The draft's review of its previous report's targets.
    pub fn review(&self, draft: usize) -> Option<Review> {
        let previous = self.previous_of(draft)?;
        let (old, new) = (self.summary(previous)?, self.summary(draft)?);
        Some(Review {
            previous,
            year: self
                .identity(previous)
                .and_then(|i| i.year)
                .or(self.identity(draft).and_then(|i| i.year).map(|y| y - 1)),
            pairs: pair(old, new),
        })
    }

    fn forget_definitions(&mut self, index: usize) {
        for entries in self.definitions.values_mut() {
            entries.retain(|(d, _)| *d != index);
        }
        self.definitions.retain(|_, v| !v.is_empty());
    }

    fn index_definitions(&mut self, index: usize) {
        let Some(summary) = self.summary(index).map(Arc::clone) else {
            return;
        };
        for (n, note) in summary.notes.iter().enumerate() {
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

    /// The whole document of report `index`: only a report added whole
    /// (open) has one. What other reports need is in [`Workspace::summary`].
    pub fn document(&self, index: usize) -> Option<&Arc<Document>> {
        self.docs.get(index)?.as_ref()?.doc.as_ref()
    }

    /// What is kept of report `index` for the features reading other reports.
    pub fn summary(&self, index: usize) -> Option<&Arc<Summary>> {
        self.docs.get(index)?.as_ref().map(|e| &e.summary)
    }

    pub fn path(&self, index: usize) -> Option<&str> {
        self.docs.get(index)?.as_ref().map(|e| e.path.as_str())
    }

    /// The whole documents present (the open ones), with their indices.
    pub fn documents(&self) -> impl Iterator<Item = (usize, &str, &Arc<Document>)> {
        self.docs.iter().enumerate().filter_map(|(i, slot)| {
            let e = slot.as_ref()?;
            Some((i, e.path.as_str(), e.doc.as_ref()?))
        })
    }

    /// Every report present, open or only indexed, by its summary.
    pub fn summaries(&self) -> impl Iterator<Item = (usize, &str, &Arc<Summary>)> {
        self.docs
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| slot.as_ref().map(|e| (i, e.path.as_str(), &e.summary)))
    }

    /// The note of another document than `except` that defines `key`
    /// (normalized), preferring the latest report.
    pub fn definition_elsewhere(&self, key: &str, except: usize) -> Option<ExternalDefinition> {
        self.definition_elsewhere_for(key, except, &[])
    }

    /// The same, also looking in the reports `related` names.
    fn definition_elsewhere_for(
        &self,
        key: &str,
        except: usize,
        related: &[String],
    ) -> Option<ExternalDefinition> {
        let key = normalize(key);
        let candidates = self.definitions.get(&key)?;
        let (file, note) = candidates
            .iter()
            .filter(|(d, _)| {
                *d != except && self.summary(*d).is_some() && self.related(except, *d, related)
            })
            .max_by_key(|(d, _)| {
                let year = self.summary(*d).and_then(|s| s.title_year);
                (year, std::cmp::Reverse(*d))
            })?;
        let note_ref = self.summary(*file)?.notes.get(*note)?;
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
        let line = doc.lines.get(doc.line_at(offset))?;
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
        let related = &config.workspace.related;
        let elsewhere = |key: &str| self.definition_elsewhere_for(key, index, related);
        let mut out = check(
            doc,
            &Context {
                config,
                elsewhere: &elsewhere,
            },
        );
        // `check` returns its findings in order; the cross-report ones
        // below are merged in only when there are any.
        let checked = out.len();
        if let (Some(year), Some(figures)) = (
            self.identity(index).and_then(|i| i.year),
            self.year_figures(index),
        ) && let Some(severity) = config.severity(Code::StaleYear)
        {
            out.extend(
                stale_year::find(doc, year, figures)
                    .into_iter()
                    .map(|s| Diagnostic {
                        severity,
                        range: s.range,
                        finding: Finding::StaleYear {
                            written: s.written.into(),
                            year,
                            expected: s.expected.into(),
                        },
                        related: Arc::from([]),
                    }),
            );
        }
        if let (Some(review), Some(year)) = (self.review(index), self.year_figures(index))
            && let Some(previous) = self.summary(review.previous)
        {
            out.extend(draft_checks::check(
                &DraftPair {
                    draft: doc,
                    draft_year: year,
                    previous,
                    previous_file: review.previous,
                    year: review.year,
                    pairs: &review.pairs,
                },
                config,
            ));
        }
        // Without cross-report findings the list is in order already: not
        // read again, nor sorted (the stable sort allocates a scratch copy
        // of the list first: 18 MB for 350,000 findings).
        if out.len() > checked {
            out.sort_by_key(|d| (d.range.start, d.range.end, d.code()));
        }
        out
    }
}
