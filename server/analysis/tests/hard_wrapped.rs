//! A report hard-wrapped at a fixed width (text pulled from a PDF, or saved
//! by a viewer that breaks lines) reads as the report typed a paragraph a
//! line: the same findings, each placed on the wrapped source's own lines.
//! Before the model joined wrapped lines, the corpus re-wrapped at 37
//! characters raised hundreds of false alarms (178 count, 133 `分别`, 47
//! slogan, 22 part), from lists and figures cut at the breaks.

use report_analysis::text::Encoding;
use report_analysis::{Config, Document};

const EXAMPLE: &str = include_str!("../../../examples/2031年云溪县政府工作报告.txt");

mod planted;
use planted::{PLANTED, assert_all_planted_found, each_finding};

/// Every line cut into lines of `width` characters.
fn wrapped(text: &str, width: usize) -> String {
    report_analysis::wrap::hard_wrapped(text, width, "\n")
}

/// Each finding's rule and its source text with the breaks taken out;
/// checks on the way that the finding's place is the source's.
fn findings(text: &str) -> Vec<(String, String)> {
    each_finding(text, |doc, d, source| {
        // Lines and columns count the source's lines.
        let start = doc
            .line_index
            .position(&doc.text, d.range.start, Encoding::Utf32);
        let before = &text[..source.start];
        assert_eq!(start.line as usize, before.matches('\n').count());
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        assert_eq!(
            start.column as usize,
            text[line_start..source.start].chars().count()
        );
        assert_eq!(
            doc.line_index.offset(&doc.text, start, Encoding::Utf32),
            Some(d.range.start)
        );
        (d.code().name().to_string(), text[source].replace('\n', ""))
    })
}

#[test]
fn a_hard_wrapped_report_has_the_findings_of_its_paragraphs() {
    // Widths that cut the planted paragraph into enough full lines to show
    // a page width (a text of a few lines shows none, and is read as typed).
    for (text, widths) in [(EXAMPLE, [22, 30, 41]), (PLANTED, [16, 19, 23])] {
        let typed = findings(text);
        for width in widths {
            let wrapped = wrapped(text, width);
            assert_ne!(wrapped, text);
            let found = findings(&wrapped);
            // A list short of its count beside a full line ending a
            // sentence abstains (the paragraph may go on there or not): at
            // most fewer findings, and at the first width none fewer.
            assert!(
                found.iter().all(|f| typed.contains(f)),
                "width {width}: {found:?}"
            );
            if width == widths[0] {
                assert_eq!(found, typed, "width {width}:\n{wrapped}");
            }
        }
    }
    let planted: Vec<String> = findings(&wrapped(PLANTED, 16))
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_all_planted_found(&planted);
}

#[test]
fn the_model_joins_wrapped_lines_and_gives_back_the_printed_text() {
    let text = wrapped(PLANTED, 16);
    let doc = Document::parse(text.as_str(), &Config::default());
    assert!(
        doc.text
            .contains("其中小学8所、中学6所。全县有甲、乙、丙4个园区。")
    );
    assert_eq!(doc.source_text(0..doc.text.len()), text);
    assert_eq!(doc.source_offset(doc.text.len()), text.len());
    assert_eq!(doc.line_index.line_count(), text.split('\n').count());
}

#[test]
fn a_report_typed_a_paragraph_a_line_is_read_as_typed() {
    let doc = Document::parse(EXAMPLE, &Config::default());
    assert_eq!(doc.text, EXAMPLE);
}
