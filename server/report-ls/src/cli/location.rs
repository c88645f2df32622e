//! Ranges as users see them: 1-based lines and columns in Unicode scalar
//! values, beside the byte range.

use std::ops::Range;

use report_analysis::Document;
use report_analysis::text::Encoding;
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

/// `[start, end]`.
pub fn bytes_json(range: &Range<usize>) -> Value {
    json!([range.start, range.end])
}
