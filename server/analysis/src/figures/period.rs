//! Period words: `去年`, `今年`, `全年`, `上半年`, `十四五`, `过去五年`.
//! Years written as numbers (`2022年`) come from the scanner.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::Period;
use super::chars::char_before;

/// A period stated in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub span: Range<usize>,
    pub period: Period,
}

fn word_period(word: &str) -> Option<Period> {
    Some(match word {
        "去年" | "上年" | "上一年" | "过去一年" | "过去的一年" => Period::LastYear,
        "今年" | "本年" | "本年度" => Period::ThisYear,
        "明年" => Period::NextYear,
        "全年" => Period::WholeYear,
        "过去五年" | "过去的五年" | "五年来" | "近五年" => Period::PastYears(5),
        "过去三年" | "三年来" | "近三年" => Period::PastYears(3),
        "过去十年" | "十年来" | "近十年" => Period::PastYears(10),
        "十一五" | "十二五" | "十三五" | "十四五" | "十五五" => {
            Period::Plan(word.to_string())
        }
        _ => Period::PartYear(word.to_string()),
    })
}

const WORDS: &[&str] = &[
    "去年",
    "上年",
    "上一年",
    "过去一年",
    "过去的一年",
    "今年",
    "本年",
    "本年度",
    "明年",
    "全年",
    "过去五年",
    "过去的五年",
    "五年来",
    "近五年",
    "过去三年",
    "三年来",
    "近三年",
    "过去十年",
    "十年来",
    "近十年",
    "十一五",
    "十二五",
    "十三五",
    "十四五",
    "十五五",
    "上半年",
    "下半年",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "前三季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
];

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        // First bytes shared with most Chinese characters: a prefilter
        // would stop everywhere.
        .prefilter(false)
        .build(WORDS)
        .ok()
});

/// `比上年`, `较去年`, `同上年`: the year is a comparison base, not the period.
const COMPARISON: &str = "比较于与同超为";

/// The period words inside `ranges` (ascending, disjoint, each starting at
/// a clause boundary).
pub(crate) fn mentions_in(text: &str, ranges: &[Range<usize>]) -> Vec<Mention> {
    let Some(matcher) = MATCHER.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for range in ranges {
        let input = Input::new(text).range(range.clone());
        out.extend(matcher.find_iter(input).filter_map(|m| {
            if char_before(text, m.start()).is_some_and(|c| COMPARISON.contains(c)) {
                return None;
            }
            let word = WORDS.get(m.pattern().as_usize())?;
            Some(Mention {
                span: m.range(),
                period: word_period(word)?,
            })
        }));
    }
    out
}
