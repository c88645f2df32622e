//! The findings of one checked file as every output format needs them.

use std::ops::Range;

use report_analysis::{Diagnostic, Document, Locale, Workspace};

use super::location::line_col;

pub struct Shown<'a> {
    pub path: &'a str,
    pub doc: &'a Document,
    pub diagnostics: &'a [Diagnostic],
    pub locale: Locale,
}

/// A place in some file: its path, 1-based lines and columns (Unicode
/// scalar values) of start and end, and 1-based UTF-8 byte columns.
pub struct Place {
    pub path: String,
    pub start: (u32, u32),
    pub end: (u32, u32),
    pub start_byte_column: usize,
    pub end_byte_column: usize,
}

impl Place {
    pub fn new(path: &str, doc: &Document, range: &Range<usize>) -> Place {
        Place {
            path: path.to_string(),
            start: line_col(doc, range.start),
            end: line_col(doc, range.end),
            start_byte_column: byte_column(doc, range.start),
            end_byte_column: byte_column(doc, range.end),
        }
    }
}

fn byte_column(doc: &Document, offset: usize) -> usize {
    let line = doc.line_index.line_of(offset);
    let start = doc.line_index.line_range(&doc.text, line).start;
    offset.saturating_sub(start) + 1
}

/// The related places of a diagnostic that can be shown, with their labels.
pub fn related<'a>(
    shown: &Shown<'a>,
    diagnostic: &'a Diagnostic,
    workspace: &'a Workspace,
) -> Vec<(Place, String)> {
    diagnostic
        .related
        .iter()
        .filter_map(|r| {
            let (path, doc) = match r.file {
                Some(f) => (workspace.path(f)?, workspace.document(f)?.as_ref()),
                None => (shown.path, shown.doc),
            };
            Some((
                Place::new(path, doc, &r.range),
                report_analysis::messages::related_label(&r.kind, shown.locale),
            ))
        })
        .collect()
}
