//! unpaired-quote: “ ”, 《 》 and （ ） within one paragraph.
//!
//! Some sources break a paragraph inside a title (`制定了《` / `纲要` / `》`):
//! an opener left at a line's end that a following line closes first is one
//! pair, not two findings.

use crate::cache::ParagraphBrackets;

use super::Sink;
use crate::diagnostic::Finding;
use crate::document::Document;

/// The pairs checked, by index: quotes, book titles, parentheses.
const PAIRS: [(char, char); 3] = [('“', '”'), ('《', '》'), ('（', '）')];

/// Closing parentheses alone are list numbering (`1）`): not reported.
const REPORT_LONE_CLOSE: [bool; 3] = [true, true, false];

/// How many lines without a pair's characters an opener may wait across.
const MAX_HOPS: usize = 2;

/// Which pair a character opens or closes.
fn classify(c: char) -> Option<(usize, bool)> {
    match c {
        '“' => Some((0, true)),
        '”' => Some((0, false)),
        '《' => Some((1, true)),
        '》' => Some((1, false)),
        '（' | '(' => Some((2, true)),
        '）' | ')' => Some((2, false)),
        _ => None,
    }
}

/// What one pair has open, across lines.
#[derive(Default)]
struct State {
    /// Openers left open by an earlier line.
    pending: Vec<usize>,
    hops: usize,
    /// Openers of this line.
    stack: Vec<usize>,
    /// No character of this pair seen yet on this line.
    first_of_kind: bool,
}

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for region in &doc.brackets {
        check_region(&doc.text, region, sink);
    }
}

fn check_region(text: &str, paragraphs: &[ParagraphBrackets], sink: &mut Sink) {
    let mut states: [State; 3] = Default::default();
    for ParagraphBrackets {
        paragraph,
        brackets,
    } in paragraphs
    {
        for state in &mut states {
            state.first_of_kind = true;
        }
        for &(i, c) in brackets.iter() {
            let Some((kind, opens)) = classify(c) else {
                continue;
            };
            let at = paragraph.start + i;
            let state = &mut states[kind];
            if opens {
                if state.first_of_kind {
                    report_open(text, &mut state.pending, kind, sink);
                }
                state.first_of_kind = false;
                state.stack.push(at);
            } else {
                if state.first_of_kind && state.pending.pop().is_some() {
                    // Closes what an earlier line left open.
                    state.first_of_kind = state.pending.is_empty();
                    continue;
                }
                state.first_of_kind = false;
                if state.stack.pop().is_none() && REPORT_LONE_CLOSE[kind] {
                    let (open, close) = PAIRS[kind];
                    sink.push(
                        at..at + c.len_utf8(),
                        Finding::UnpairedQuote {
                            open,
                            close,
                            missing_close: false,
                        },
                        Vec::new(),
                    );
                }
            }
        }
        for (kind, state) in states.iter_mut().enumerate() {
            if state.first_of_kind
                && state.stack.is_empty()
                && !state.pending.is_empty()
                && state.hops < MAX_HOPS
            {
                // A line of the title itself: keep waiting for the close.
                state.hops += 1;
                continue;
            }
            report_open(text, &mut state.pending, kind, sink);
            state.pending = std::mem::take(&mut state.stack);
            state.hops = 0;
        }
    }
    for (kind, state) in states.iter_mut().enumerate() {
        report_open(text, &mut state.pending, kind, sink);
    }
}

fn report_open(text: &str, pending: &mut Vec<usize>, kind: usize, sink: &mut Sink) {
    if let Some(&at) = pending.first() {
        let len = text[at..].chars().next().map_or(1, char::len_utf8);
        let (open, close) = PAIRS[kind];
        sink.push(
            at..at + len,
            Finding::UnpairedQuote {
                open,
                close,
                missing_close: true,
            },
            Vec::new(),
        );
    }
    pending.clear();
}

#[cfg(test)]
mod tests {
    use crate::{Config, Context, Document, check};

    fn quotes(text: &str) -> Vec<(usize, bool)> {
        let doc = Document::parse(
            format!("2031年某县政府工作报告\n{text}"),
            &Config::default(),
        );
        let offset = doc.text.find('\n').map_or(0, |n| n + 1);
        check(&doc, &Context::alone(&Config::default()))
            .into_iter()
            .filter_map(|d| match d.finding {
                crate::Finding::UnpairedQuote { missing_close, .. } => Some((
                    doc.text[offset..d.range.start].chars().count(),
                    missing_close,
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn pairs_within_a_paragraph() {
        assert_eq!(quotes("推进“一网通办”和《纲要》（草案）。"), vec![]);
        assert_eq!(quotes("推进“一网通办建设。"), vec![(2, true)]);
        assert_eq!(quotes("推进一网通办”建设。"), vec![(6, false)]);
        assert_eq!(quotes("一是修路；2）建桥（含引桥。"), vec![(9, true)]);
    }

    #[test]
    fn a_title_broken_over_lines_is_one_pair() {
        assert_eq!(quotes("制定了《\n发展规划纲要\n》。"), vec![]);
        assert_eq!(
            quotes("制定了《\n一\n二\n三\n》。"),
            vec![(3, true), (11, false)]
        );
    }
}
