//! Counts after `等` that a plain count would not take: the names before
//! `等` are a few examples of a kind, and the count after it counts the
//! whole kind, however large (`甲等112个项目`), approximate (`甲等30多座`)
//! or qualified by what the kind holds in all (`甲、乙等总投资80亿元的
//! 13个项目`, `甲等在内的18条`). Such a count can only be broken by more
//! names than it states, so reading it costs no precision.

use std::ops::Range;

use crate::lists::{MEASURES, count_at};

/// The most digits of a count of examples: a count, not an amount.
const DIGITS: usize = 5;

/// The most characters of the words qualifying the count
/// (`总投资6074亿元的`).
const QUALIFIER_CHARS: usize = 24;

/// Measure words a count of a kind takes after `等` and nowhere else:
/// events (`场`, `场次`) and funds (`只`). Named events may each be held
/// more than once, which only makes the count larger than the names.
const EXAMPLE_MEASURES: &[&str] = &["场次", "场", "只"];

/// A count after `等`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ExampleCount {
    pub(crate) value: u32,
    pub(crate) range: Range<usize>,
    /// `30多座`, `500余场次`: at least the value.
    pub(crate) approximate: bool,
}

/// The count at `start` right after `等`: a plain count, or digits past a
/// plain count's bound, or digits with `余`/`多` before the measure word.
pub(crate) fn example_count_at(text: &str, start: usize) -> Option<ExampleCount> {
    if let Some((value, end, _)) = count_at(text, start) {
        return Some(ExampleCount {
            value,
            range: start..end,
            approximate: false,
        });
    }
    let rest = text.get(start..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=DIGITS).contains(&digits) {
        return None;
    }
    let value: u32 = rest[..digits].parse().ok()?;
    let mut after = rest[digits..].strip_prefix(' ').unwrap_or(&rest[digits..]);
    let approximate = after.starts_with(['余', '多']);
    if approximate {
        after = &after['余'.len_utf8()..];
    }
    // `等70个`: a plain count has its own reader (count_at's bound is
    // for counts that are not amounts); past it, only a measure word.
    let measure = MEASURES
        .iter()
        .chain(EXAMPLE_MEASURES)
        .find(|m| after.starts_with(*m))?;
    let plain = MEASURES.contains(measure);
    if value < 2 || (!approximate && value <= 60 && plain) {
        return None;
    }
    let end = text.len() - after.len() + measure.len();
    Some(ExampleCount {
        value,
        range: start..end,
        approximate,
    })
}

/// `等总投资80亿元的13个`, `等在内的18条`: after `等` (ending at `after`),
/// words that say what the named kind holds in all (a figure in them) or
/// that the names are included, then `的` and the count. Where other
/// words stand there (`等县的5个村`) the count may count something else.
pub(crate) fn qualified_count_at(text: &str, after: usize) -> Option<ExampleCount> {
    let window = crate::lists::super_floor(text, after + QUALIFIER_CHARS * 3);
    let rest = &text[after..window];
    let de = rest.find('的')?;
    let words = &rest[..de];
    let included = words == "在内";
    // `总投资80亿元的`, `投资37亿元的`: what the kind holds in all.
    let sized = (words.starts_with('总') || words.starts_with("投资"))
        && words.chars().any(|c| {
            c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some() || "百千万亿".contains(c)
        })
        && !words.contains(['，', '。', '；', '、', '“', ',', ';']);
    if !included && !sized {
        return None;
    }
    example_count_at(text, after + de + '的'.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<(u32, bool)> {
        example_count_at(text, 0).map(|c| (c.value, c.approximate))
    }

    #[test]
    fn counts_of_examples_may_be_large_or_approximate() {
        assert_eq!(value("112个重点项目"), Some((112, false)));
        assert_eq!(value("30多座公园"), Some((30, true)));
        assert_eq!(value("30 余所高校"), Some((30, true)));
        assert_eq!(value("7个项目"), Some((7, false)));
        // Events and funds, counted only after examples of their kind.
        assert_eq!(value("28场次国际赛事"), Some((28, false)));
        assert_eq!(value("60多场活动"), Some((60, true)));
        assert_eq!(value("39只基金"), Some((39, false)));
        // An amount, not a count.
        assert_eq!(value("112万元"), None);
        assert_eq!(value("123456个"), None);
    }

    #[test]
    fn a_qualified_count_says_what_the_kind_holds() {
        let text = "总投资80亿元的13个项目";
        assert_eq!(qualified_count_at(text, 0).map(|c| c.value), Some(13));
        assert_eq!(
            qualified_count_at("在内的18条线路", 0).map(|c| c.value),
            Some(18)
        );
        assert_eq!(
            qualified_count_at("投资37亿元的6个项目", 0).map(|c| c.value),
            Some(6)
        );
        assert_eq!(qualified_count_at("县的5个村", 0), None);
        assert_eq!(qualified_count_at("重点县的5个村", 0), None);
        assert_eq!(
            qualified_count_at("总面积超百万平米的14个", 0).map(|c| c.value),
            Some(14)
        );
    }
}
