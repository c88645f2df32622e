//! Ranges as users see them: 1-based lines and columns in Unicode scalar
//! values, beside the byte range.

use std::ops::Range;

use report_analysis::Document;
use report_analysis::text::{Encoding, Positions};
use serde_json::{Value, json};

/// 1-based (line, column) of a byte offset.
pub fn line_col(doc: &Document, offset: usize) -> (u32, u32) {
    let p = doc.line_index.position(&doc.text, offset, Encoding::Utf32);
    (p.line + 1, p.column + 1)
}

/// `{"start": {"line", "column"}, "end": {...}}`.
pub fn range_json(doc: &Document, range: &Range<usize>) -> Value {
    let (sl, sc) = line_col(doc, range.start);
    let (el, ec) = line_col(doc, range.end);
    json!({
        "start": {"line": sl, "column": sc},
        "end": {"line": el, "column": ec},
    })
}

/// As [`range_json`], placed by a cursor over the document (for its
/// diagnostics in text order, each counted from the one before).
pub fn range_json_in(positions: &mut Positions, range: &Range<usize>) -> Value {
    let start = positions.at(range.start);
    let end = positions.at(range.end);
    json!({
        "start": {"line": start.line + 1, "column": start.column + 1},
        "end": {"line": end.line + 1, "column": end.column + 1},
    })
}

/// The cursor [`range_json_in`] takes: columns in Unicode scalar values.
pub fn positions(doc: &Document) -> Positions<'_> {
    Positions::new(&doc.line_index, &doc.text, Encoding::Utf32)
}

/// `[start, end]`.
pub fn bytes_json(range: &Range<usize>) -> Value {
    json!([range.start, range.end])
}
