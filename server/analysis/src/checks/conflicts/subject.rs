//! Whose figure a plain statement is: the report's whole area, or a subject
//! of its own named before the indicator (`渤海新区完成地区生产总值…`,
//! `县域经济地区生产总值…`, `国有经济固定资产投资…`). Two values of one
//! indicator conflict only when both are the whole area's.

use crate::chars::{digit_value, is_han};
use crate::checks::figure_text::{figures_in, sentence_range};
use crate::document::Document;
use crate::figures::Figure;

/// Words that may open a clause before a figure of the whole area: a time,
/// the area itself, a verb of result. Longest first where one opens another.
const AREA_LEAD: &[&str] = &[
    "全社会",
    "全市",
    "全县",
    "全区",
    "全州",
    "全盟",
    "全旗",
    "全省",
    "全国",
    "全部",
    "我市",
    "我县",
    "我区",
    "我州",
    "我盟",
    "我旗",
    "我省",
    "本市",
    "本县",
    "今年",
    "去年",
    "上年",
    "全年",
    "当年",
    "年末",
    "年底",
    "实现",
    "完成",
    "达到",
    "共计",
    "共",
    "的",
];

/// Whether `figure` or a figure before it in its sentence names a subject of
/// its own before its indicator: the subject carries over the sentence's
/// later clauses (`甲区完成地区生产总值X，财政收入Y`).
pub(super) fn names_own_subject(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    let sentence = sentence_range(text, figure.span.start);
    figures_in(doc, &(sentence.start..figure.span.end))
        .iter()
        .any(|f| {
            f.indicator_span
                .as_ref()
                .is_some_and(|at| subject_before(text, sentence.start, at.start))
        })
}

/// Whether the clause words before byte `indicator` (not before
/// `sentence_start`) hold more than a time, the area and a verb of result.
fn subject_before(text: &str, sentence_start: usize, indicator: usize) -> bool {
    let Some(lead) = text.get(sentence_start..indicator) else {
        return false;
    };
    let clause = lead.rfind(['，', ',', '：', ':']).map_or(lead, |at| {
        &lead[at..][lead[at..].chars().next().map_or(0, char::len_utf8)..]
    });
    let mut rest = clause.trim();
    loop {
        let before = rest.len();
        rest = strip_year(rest).trim_start();
        if let Some(word) = AREA_LEAD.iter().find(|w| rest.starts_with(*w)) {
            rest = rest[word.len()..].trim_start();
        }
        if rest.len() == before {
            break;
        }
    }
    rest.chars().any(is_han)
}

/// `2030年…`, `2030年底…` → `…`: a year in four digits opening `words`.
fn strip_year(words: &str) -> &str {
    let digits = words
        .char_indices()
        .take_while(|(_, c)| digit_value(*c).is_some())
        .count();
    if digits != 4 {
        return words;
    }
    let after = &words[words.char_indices().nth(4).map_or(words.len(), |(i, _)| i)..];
    let Some(after) = after.strip_prefix('年') else {
        return words;
    };
    after
        .strip_prefix('底')
        .or_else(|| after.strip_prefix('末'))
        .unwrap_or(after)
}

#[cfg(test)]
mod tests {
    use super::subject_before;

    fn subject(lead: &str) -> bool {
        subject_before(lead, 0, lead.len())
    }

    #[test]
    fn the_area_a_time_and_a_verb_are_no_subject() {
        assert!(!subject(""));
        assert!(!subject("2030年，全市"));
        assert!(!subject("2030年全县全社会"));
        assert!(!subject("今年实现"));
        assert!(!subject("经济平稳运行，全年完成"));
    }

    #[test]
    fn a_part_of_the_area_or_of_the_economy_is() {
        assert!(subject("2030年，甲新区完成"));
        assert!(subject("县域经济"));
        assert!(subject("国有及其他经济类型"));
        assert!(subject("2030年，12个县、市（不含甲县）完成"));
    }
}
