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

/// Each line opened with a full-width indent, as a print sets paragraphs.
fn indented(text: &str) -> String {
    text.split('\n')
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("　　{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_indented_report_hard_wrapped_has_every_finding_of_its_paragraphs() {
    // Paragraphs open indented and go on flush: a line opening with the
    // indent after a full line ending a sentence surely opens a paragraph,
    // so a count heading a list there (`重点抓好七个方面工作：`) is read at
    // every width, as typed (the planted paragraph, wrapped wider, has
    // too few lines to show a width).
    for (text, widths) in [(EXAMPLE, &[22, 30, 41][..]), (PLANTED, &[16, 19][..])] {
        let text = indented(text);
        let typed = findings(&text);
        for &width in widths {
            let wrapped = wrapped(&text, width);
            assert_eq!(findings(&wrapped), typed, "width {width}:\n{wrapped}");
        }
    }
}

#[test]
fn a_count_opening_an_indented_paragraph_after_a_full_line_is_read() {
    // Paragraphs of three lines of 20, the last one short; the lead fills
    // one line exactly and ends on `。`: the count's line follows a full
    // line ending a sentence, where a flush line might go on with the
    // paragraph; its indent says it does not.
    let words = "稳增长，促改革，调结构，惠民生，防风险，保稳定，抓项目，强产业，优环境，兴乡村，";
    let paragraph = |i: usize| -> String {
        let body: String = words.chars().cycle().skip(i * 4).take(44).collect();
        format!("　　{body}。\n")
    };
    let mut text = String::from("　　某县政府工作报告\n　　一、过去一年\n");
    (0..8).for_each(|i| text.push_str(&paragraph(i)));
    text.push_str("　　二、今年工作\n");
    // The lead fills one line exactly.
    text.push_str("　　今年要扎实推进各项工作，开创新局面。\n");
    text.push_str("　　今年重点抓好七个方面工作：\n");
    for item in [
        "一）推进项目建设",
        "二）优化营商环境",
        "三）改善城乡面貌",
        "四）增进民生福祉",
        "五）加强生态保护",
        "六）提升政府效能",
    ] {
        text.push_str(&format!("　　（{item}。\n"));
    }
    let typed = findings(&text);
    assert!(typed.iter().any(|f| f.0 == "count-mismatch"), "{typed:?}");
    let wrapped = wrapped(&text, 20);
    assert!(wrapped.contains("。\n　　今年重点抓好"), "{wrapped}");
    assert_eq!(findings(&wrapped), typed, "{wrapped}");
}
