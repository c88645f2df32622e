//! A report printed with full-width figures (`６．３％`, `１２个`, `［３］`)
//! reads as the same report printed with ASCII ones: the same findings at
//! the same lines and columns. Older reports and some Word templates print
//! every digit full-width; before the model folded them, the same corpus
//! re-printed so raised 23 false slogan-count and 8 false count alarms.

use report_analysis::text::Encoding;
use report_analysis::{Config, Document};

const EXAMPLE: &str = include_str!("../../../examples/2031年云溪县政府工作报告.txt");

mod planted;
use planted::{PLANTED, assert_all_planted_found, each_finding};

/// Every ASCII digit, `%` and point between digits written full-width.
fn widened(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '%' => '％',
            '.' if i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                '．'
            }
            other => other,
        })
        .collect()
}

/// Each finding's rule and where it starts and ends, in characters and
/// in UTF-8 bytes of the text as printed.
fn findings(text: &str) -> Vec<(String, u32, u32, u32, u32)> {
    each_finding(text, |doc, d, source| {
        let at = |offset, encoding| doc.line_index.position(&doc.text, offset, encoding);
        let start = at(d.range.start, Encoding::Utf32);
        let end = at(d.range.end, Encoding::Utf32);
        let start8 = at(d.range.start, Encoding::Utf8);
        // A UTF-8 column counts the source's bytes: full-width digits
        // take three.
        let line_start = text
            .split_inclusive('\n')
            .take(start.line as usize)
            .map(str::len)
            .sum::<usize>();
        assert_eq!(
            line_start + start8.column as usize,
            source.start,
            "{text:?}"
        );
        (
            d.code().name().to_string(),
            start.line,
            start.column,
            end.line,
            end.column,
        )
    })
}

#[test]
fn a_report_printed_full_width_has_the_findings_of_its_ascii_print() {
    for text in [EXAMPLE, PLANTED] {
        let ascii = findings(text);
        let wide = widened(text);
        assert_ne!(wide, text);
        assert_eq!(findings(&wide), ascii, "{wide}");
    }
    let planted: Vec<String> = findings(PLANTED).into_iter().map(|f| f.0).collect();
    assert_all_planted_found(&planted);
}

#[test]
fn the_model_reads_folded_figures_and_gives_back_the_printed_text() {
    let text = widened(PLANTED);
    let doc = Document::parse(text.as_str(), &Config::default());
    assert!(doc.text.contains("86.5万吨") && !doc.text.contains('８'));
    assert_eq!(doc.source_text(0..doc.text.len()), text);
    assert_eq!(doc.source_offset(doc.text.len()), text.len());
}
