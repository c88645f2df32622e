//! A report text of our own with one finding of each figure rule, shared by
//! the tests that re-print a report in another form (full-width figures,
//! hard-wrapped lines) and expect the same findings, and the one way they
//! read a re-print's findings back onto its printed text.

use std::ops::Range;

use report_analysis::{Config, Context, Diagnostic, Document, check};

pub const PLANTED: &str = "2031年某县政府工作报告\n\n一、过去一年\n\n\
全年粮食总产量86.5万吨，其中稻谷92.3万吨。新建学校12所，其中小学8所、中学6所。\
全县有甲、乙、丙4个园区。打造“三个中心”：甲中心、乙中心。城乡居民收入分别增长8.2%、9.1%和7.5%。\
森林覆盖率达到103.5%。财政收入从5.6亿元增加到6.2亿元，增长12.5%。\
实施“三新一高”①行动。\n\n注释\n\n①三新一高：新阶段、新理念。\n";

/// The rules `PLANTED` sets off, one finding each at least.
pub const PLANTED_CODES: [&str; 6] = [
    "part-exceeds-whole",
    "parts-exceed-whole",
    "count-mismatch",
    "slogan-count",
    "respectively-mismatch",
    "rate-out-of-range",
];

/// Whether `codes` holds every rule `PLANTED` sets off.
pub fn assert_all_planted_found(codes: &[String]) {
    for code in PLANTED_CODES {
        assert!(codes.iter().any(|c| c == code), "{code}: {codes:?}");
    }
}

/// Each finding of `text` as `read` makes it of the model, the finding
/// and its range in `text` (the source as printed); checks on the way that
/// the model's source text of the finding is the printed text of that
/// range.
pub fn each_finding<T>(
    text: &str,
    mut read: impl FnMut(&Document, &Diagnostic, Range<usize>) -> T,
) -> Vec<T> {
    let config = Config::default();
    let doc = Document::parse(text, &config);
    check(&doc, &Context::alone(&config))
        .iter()
        .map(|d| {
            let source = doc.source_range(&d.range);
            assert_eq!(&text[source.clone()], &*doc.source_text(d.range.clone()));
            read(&doc, d, source)
        })
        .collect()
}
