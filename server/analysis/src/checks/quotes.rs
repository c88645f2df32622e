//! unpaired-quote: “ ”, 《 》 and （ ） within one paragraph.
//!
//! Some sources break a paragraph inside a title (`制定了《` / `》`): an
//! opener left at a line's end that the next non-blank line closes first is
//! one pair, not two findings.

use std::ops::Range;

use super::Sink;
use crate::diagnostic::Finding;
use crate::document::Document;

struct Pair {
    opens: &'static [char],
    closes: &'static [char],
    open: char,
    close: char,
    /// Closing parentheses alone are list numbering (`1）`): not reported.
    report_lone_close: bool,
}

const PAIRS: &[Pair] = &[
    Pair { opens: &['“'], closes: &['”'], open: '“', close: '”', report_lone_close: true },
    Pair { opens: &['《'], closes: &['》'], open: '《', close: '》', report_lone_close: true },
    Pair { opens: &['（', '('], closes: &['）', ')'], open: '（', close: '）', report_lone_close: false },
];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let mut regions = doc.body.clone();
    if let Some(section) = &doc.notes_section {
        regions.push(section.range.clone());
    }
    for region in &regions {
        let first = doc.lines.partition_point(|l| l.range.end < region.start);
        let paragraphs: Vec<Range<usize>> = doc.lines[first..]
            .iter()
            .take_while(|l| l.range.start < region.end)
            .map(|l| l.content.start.max(region.start)..l.content.end.min(region.end))
            .filter(|r| r.start < r.end)
            .collect();
        for pair in PAIRS {
            check_pair(&doc.text, &paragraphs, pair, sink);
        }
    }
}

/// How many lines without the pair's characters an opener may wait across.
const MAX_HOPS: usize = 2;

fn check_pair(text: &str, paragraphs: &[Range<usize>], pair: &Pair, sink: &mut Sink) {
    // Openers left open at the end of the previous paragraph.
    let mut pending: Vec<usize> = Vec::new();
    let mut hops = 0;
    for paragraph in paragraphs {
        let mut stack: Vec<usize> = Vec::new();
        let mut first_of_kind = true;
        for (i, c) in text[paragraph.clone()].char_indices() {
            let at = paragraph.start + i;
            if pair.opens.contains(&c) {
                if first_of_kind {
                    report_open(text, &mut pending, pair, sink);
                }
                first_of_kind = false;
                stack.push(at);
            } else if pair.closes.contains(&c) {
                if first_of_kind && pending.pop().is_some() {
                    // Closes what the previous line left open.
                    first_of_kind = pending.is_empty();
                    continue;
                }
                first_of_kind = false;
                if stack.pop().is_none() && pair.report_lone_close {
                    sink.push(
                        at..at + c.len_utf8(),
                        Finding::UnpairedQuote { open: pair.open, close: pair.close, missing_close: false },
                        Vec::new(),
                    );
                }
            }
        }
        if first_of_kind && stack.is_empty() && !pending.is_empty() && hops < MAX_HOPS {
            // A line of the title itself (`《` / `纲要` / `》`): keep waiting.
            hops += 1;
            continue;
        }
        report_open(text, &mut pending, pair, sink);
        pending = stack;
        hops = 0;
    }
    report_open(text, &mut pending, pair, sink);
}

fn report_open(text: &str, pending: &mut Vec<usize>, pair: &Pair, sink: &mut Sink) {
    if let Some(&at) = pending.first() {
        let len = text[at..].chars().next().map_or(1, char::len_utf8);
        sink.push(
            at..at + len,
            Finding::UnpairedQuote { open: pair.open, close: pair.close, missing_close: true },
            Vec::new(),
        );
    }
    pending.clear();
}
