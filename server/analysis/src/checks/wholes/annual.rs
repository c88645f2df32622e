//! `实施项目240个，总投资2753亿元，年度计划投资755亿元`: the projects'
//! total investment, then the part of it planned (or done) this year. A
//! year's investment in a set of projects is within their total, so it is
//! a part of it though no `其中` says so.

use super::PartReading;
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;

/// Words naming this year's share of an investment (`年度`, `当年`).
const THIS_YEAR: &[&str] = &["年度", "年内", "当年", "今年", "全年"];

/// Every total investment followed right away, after one break, by this
/// year's investment in the same unit, named by nothing else: a
/// `省属国企完成年度投资` is another subject's, and is left out.
pub(super) fn annual_of_total(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [whole, part] = pair else {
            return None;
        };
        // Bytes first: this looks at every figure of the text.
        if !text.as_bytes()[..whole.span.start].ends_with("总投资".as_bytes()) {
            return None;
        }
        let between = text.get(whole.span.end..part.span.start)?;
        (whole.unit == part.unit
            && names_this_year(between)
            && is_plain_level(text, whole)
            && is_plain_level(text, part))
        .then(|| PartReading::single(whole, part))
    })
}

/// `总投资500亿元的重点项目60个，完成投资120亿元`: the total investment of
/// projects counted right after it (`的` and their name), then, in the
/// next clause, the investment done in them (this year's, or with no
/// year): within the total.
pub(super) fn done_of_attributed_total(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(3).filter_map(move |three| {
        let [whole, count, part] = three else {
            return None;
        };
        // Bytes first: this looks at every figure of the text.
        if !text.as_bytes()[..whole.span.start].ends_with("总投资".as_bytes()) {
            return None;
        }
        let named = text
            .get(whole.span.end..count.span.start)?
            .strip_prefix('的')?;
        let after = text.get(count.span.end..part.span.start)?;
        let (counted, done) = after.split_once(['，', ','])?;
        let name_ok = |w: &str| w.chars().count() <= 12 && w.chars().all(crate::chars::is_han);
        let done_named = matches!(
            done.strip_prefix('已').unwrap_or(done),
            "完成投资" | "累计完成投资"
        ) || names_this_year(&after[counted.len()..]);
        (whole.unit == part.unit
            && name_ok(named)
            && name_ok(counted)
            && count.kind == crate::figures::FigureKind::Count
            && done_named
            && is_plain_level(text, whole)
            && is_plain_level(text, part))
        .then(|| PartReading::single(whole, part))
    })
}

/// Whether `between` is a break and this year's investment's name and
/// nothing else: `，年度计划投资`, `、完成年度投资`, `，当年计划完成投资`.
fn names_this_year(between: &str) -> bool {
    let Some(name) = between.strip_prefix(['，', ',', '、']) else {
        return false;
    };
    let name = name.strip_prefix("完成").unwrap_or(name);
    let Some(name) = THIS_YEAR.iter().find_map(|w| name.strip_prefix(w)) else {
        return false;
    };
    let name = name.strip_prefix("计划").unwrap_or(name);
    let name = name.strip_prefix("完成").unwrap_or(name);
    matches!(name, "投资" | "投资约" | "投资达")
}

#[cfg(test)]
mod tests {
    use super::names_this_year;

    #[test]
    fn this_years_investment_is_named_alone() {
        assert!(names_this_year("，年度计划投资"));
        assert!(names_this_year("、完成年度投资"));
        assert!(names_this_year(",当年计划完成投资"));
        assert!(names_this_year("，年内完成投资"));
        assert!(!names_this_year("，省属国企完成年度投资"));
        assert!(!names_this_year("，年度计划投资其中"));
        assert!(!names_this_year("年度计划投资"));
        assert!(!names_this_year("，累计完成投资"));
    }
}
