//! unpaired-quote: “ ”, 《 》 and （ ） within one paragraph.

use super::Sink;
use crate::diagnostic::Finding;
use crate::document::Document;

/// The pairs checked. Closing parentheses alone are list numbering (`1）`),
/// so only an opening parenthesis without its close is reported.
const PAIRS: &[(&[char], &[char], char, char, bool)] = &[
    (&['“'], &['”'], '“', '”', true),
    (&['《'], &['》'], '《', '》', true),
    (&['（', '('], &['）', ')'], '（', '）', false),
];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let mut regions = doc.body.clone();
    if let Some(section) = &doc.notes_section {
        regions.push(section.range.clone());
    }
    for region in &regions {
        let first = doc.lines.partition_point(|l| l.range.end < region.start);
        for line in doc.lines[first..].iter().take_while(|l| l.range.start < region.end) {
            let start = line.content.start.max(region.start);
            let end = line.content.end.min(region.end);
            if start < end {
                check_paragraph(&doc.text, start, end, sink);
            }
        }
    }
}

fn check_paragraph(text: &str, start: usize, end: usize, sink: &mut Sink) {
    let paragraph = &text[start..end];
    for &(opens, closes, open, close, report_lone_close) in PAIRS {
        let mut stack: Vec<usize> = Vec::new();
        for (i, c) in paragraph.char_indices() {
            if opens.contains(&c) {
                stack.push(start + i);
            } else if closes.contains(&c) && stack.pop().is_none() && report_lone_close {
                sink.push(
                    start + i..start + i + c.len_utf8(),
                    Finding::UnpairedQuote { open, close, missing_close: false },
                    Vec::new(),
                );
            }
        }
        if let Some(&at) = stack.first() {
            let len = text[at..].chars().next().map_or(1, char::len_utf8);
            sink.push(
                at..at + len,
                Finding::UnpairedQuote { open, close, missing_close: true },
                Vec::new(),
            );
        }
    }
}
