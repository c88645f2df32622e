//! A report text of our own with one finding of each figure rule, shared by
//! the tests that re-print a report in another form (full-width figures,
//! hard-wrapped lines) and expect the same findings.

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
