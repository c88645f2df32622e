//! The rules: each family reads a [`Document`] and returns its findings.

mod conflicts;
mod counts;
mod figure_text;
mod growth;
mod notes;
mod quotes;
mod rates;
mod respectively;
mod slogans;
mod terms;
mod wholes;

pub use growth::{GrowthReading, growth_readings};
pub use rates::bounded_share;
pub use respectively::{RespectivelyReading, respectively_readings};
pub use slogans::{SloganReading, slogan_parts, slogan_readings};
pub use wholes::{PartReading, part_readings};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Finding, Related};
use crate::document::Document;
use std::ops::Range;

/// A term defined by a note of another document of the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalDefinition {
    /// Index of the document in the workspace.
    pub file: usize,
    /// Its path, as the user named it.
    pub path: String,
    pub number: Option<u32>,
    pub range: Range<usize>,
}

/// What the checks may know beyond the document itself.
pub struct Context<'a> {
    pub config: &'a Config,
    /// Looks up a normalized term key in the other documents.
    pub elsewhere: &'a dyn Fn(&str) -> Option<ExternalDefinition>,
}

impl<'a> Context<'a> {
    /// A context for a document checked on its own.
    pub fn alone(config: &'a Config) -> Self {
        Context {
            config,
            elsewhere: &|_| None,
        }
    }
}

/// Collects findings, dropping those whose rule is off.
pub(crate) struct Sink<'a> {
    config: &'a Config,
    out: Vec<Diagnostic>,
}

impl Sink<'_> {
    pub(crate) fn push(&mut self, range: Range<usize>, finding: Finding, related: Vec<Related>) {
        if let Some(severity) = self.config.severity(finding.code()) {
            self.out.push(Diagnostic {
                severity,
                range,
                finding,
                related,
            });
        }
    }
}

/// Every diagnostic of a document, in text order.
pub fn check(doc: &Document, context: &Context) -> Vec<Diagnostic> {
    let mut sink = Sink {
        config: context.config,
        out: Vec::new(),
    };
    notes::check(doc, &mut sink);
    terms::check(doc, context, &mut sink);
    quotes::check(doc, &mut sink);
    let cues = &doc.cues;
    counts::check(doc, &mut sink);
    slogans::check(doc, &mut sink);
    wholes::check(doc, cues, &mut sink);
    growth::check(doc, &mut sink);
    rates::check(doc, &mut sink);
    respectively::check(doc, cues, &mut sink);
    conflicts::check(doc, &mut sink);
    let mut out = sink.out;
    out.sort_by(|a, b| {
        (a.range.start, a.range.end, a.code()).cmp(&(b.range.start, b.range.end, b.code()))
    });
    out
}
