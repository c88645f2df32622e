//! A report set with a space on each side of its figures (`总值 1671.9 亿元，
//! 增长 7.5 %`, as PDF exports and some templates print it) reads as the
//! report printed close: the same findings on the same lines, each placed
//! on the spaced source's own columns. Before the model took those spaces
//! out, a spaced re-print of the corpus lost four findings and raised four
//! false ones (`分别从 50 %、75 %提高至 100 %` read as one value, `等 18 个`
//! as no count).

use report_analysis::text::Encoding;
use report_analysis::{Config, Document};

const EXAMPLE: &str = include_str!("../../../examples/2031年云溪县政府工作报告.txt");

mod planted;
use planted::{PLANTED, assert_all_planted_found, each_finding};

fn spaced(text: &str) -> String {
    report_analysis::fold::figures_spaced(text)
}

/// Each finding's rule and line; checks on the way that its place, its
/// columns in every encoding and its text are the spaced source's.
fn findings(text: &str) -> Vec<(String, u32)> {
    each_finding(text, |doc, d, source| {
        let before = &text[..source.start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let in_line = &text[line_start..source.start];
        for (encoding, column) in [
            (Encoding::Utf8, in_line.len()),
            (Encoding::Utf16, in_line.encode_utf16().count()),
            (Encoding::Utf32, in_line.chars().count()),
        ] {
            let at = doc.line_index.position(&doc.text, d.range.start, encoding);
            assert_eq!(at.line as usize, before.matches('\n').count());
            assert_eq!(at.column as usize, column, "{encoding:?} {in_line}");
            let back = doc.line_index.offset(&doc.text, at, encoding);
            assert_eq!(back, Some(d.range.start), "{encoding:?} {in_line}");
        }
        (
            d.code().name().to_string(),
            doc.line_index.line_of(d.range.start) as u32,
        )
    })
}

#[test]
fn a_report_with_spaced_figures_has_the_findings_of_its_close_print() {
    for text in [EXAMPLE, PLANTED] {
        let close = findings(text);
        let wide = spaced(text);
        assert_ne!(wide, text);
        assert_eq!(findings(&wide), close, "{wide}");
    }
    let planted: Vec<String> = findings(&spaced(PLANTED))
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert_all_planted_found(&planted);
}

#[test]
fn the_model_reads_figures_close_and_gives_back_the_spaced_text() {
    let text = spaced(PLANTED);
    assert!(text.contains("86.5 万吨"));
    let doc = Document::parse(text.as_str(), &Config::default());
    assert!(doc.text.contains("产量86.5万吨"));
    assert_eq!(doc.source_text(0..doc.text.len()), text);
    assert_eq!(doc.source_offset(doc.text.len()), text.len());
}

#[test]
fn every_column_of_a_spaced_line_maps_to_an_offset_and_back() {
    let text = "总值 1671.9 亿元，增长 7.5 %。\n第 2 位\n";
    let doc = Document::parse(text, &Config::default());
    let index = &doc.line_index;
    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
        for (offset, _) in doc.text.char_indices() {
            let at = index.position(&doc.text, offset, encoding);
            assert_eq!(index.offset(&doc.text, at, encoding), Some(offset));
        }
        // A column on a space taken out lands on the figure after it.
        let space = text.find(" 1671").unwrap();
        let column = match encoding {
            Encoding::Utf8 => space,
            _ => text[..space].chars().count(),
        };
        let offset = index.offset(
            &doc.text,
            report_analysis::text::Position::new(0, column as u32),
            encoding,
        );
        assert_eq!(offset, doc.text.find("1671"));
    }
}

#[test]
fn a_figure_spans_the_spaces_inside_it_but_not_those_around_it() {
    let text = "财政收入 12.6 亿元，增长 7.5 %。";
    let doc = Document::parse(text, &Config::default());
    let index = &doc.line_index;
    let figure = doc.text.find("12.6亿元").unwrap();
    let range = figure..figure + "12.6亿元".len();
    assert_eq!(&*doc.source_text(range.clone()), "12.6 亿元");
    assert_eq!(
        index.source_units(&doc.text, range.clone(), Encoding::Utf8),
        "12.6 亿元".len()
    );
    assert_eq!(
        index.source_units(&doc.text, range.clone(), Encoding::Utf16),
        7
    );
    assert_eq!(
        index.source_units(&doc.text, range.clone(), Encoding::Utf32),
        7
    );
    // From the figure's end to the next figure's start: `，增长 `.
    let next = doc.text.find("7.5").unwrap();
    assert_eq!(
        index.units_between(&doc.text, range.end, next, Encoding::Utf32),
        4
    );
}
