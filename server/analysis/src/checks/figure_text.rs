//! Text around figures, shared by the figure rules: sentences, the figures
//! inside a range, the words right before a figure.

use std::ops::Range;

use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Characters that end a sentence for the figure rules (a `；` clause of a
/// list is a sentence of its own here).
pub(super) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '\r')
}

/// The sentence holding byte `offset` (at most
/// [`crate::text::MAX_SENTENCE_BYTES`] each side of it).
pub(super) fn sentence_range(text: &str, offset: usize) -> Range<usize> {
    let offset = floor_boundary(text, offset);
    let lowest = floor_boundary(text, offset.saturating_sub(crate::text::MAX_SENTENCE_BYTES));
    let highest = floor_boundary(text, offset.saturating_add(crate::text::MAX_SENTENCE_BYTES));
    let start = text[lowest..offset]
        .char_indices()
        .rev()
        .find(|(_, c)| ends_sentence(*c))
        .map_or(lowest, |(i, c)| lowest + i + c.len_utf8());
    let end = text[offset..highest]
        .char_indices()
        .find(|(_, c)| ends_sentence(*c))
        .map_or(highest, |(i, _)| offset + i);
    start..end
}

/// The largest character boundary at or before `offset`.
pub(super) fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The figures inside `range`, in text order. A figure that starts inside
/// but runs past its end (`3公分别…`: a unit swallowing the cue the range
/// stops at) is left out: readers slice from a figure's end to the cue.
pub(super) fn figures_in<'d>(doc: &'d Document, range: &Range<usize>) -> &'d [Figure] {
    let lo = doc.figures.partition_point(|f| f.span.start < range.start);
    let mut hi = doc.figures.partition_point(|f| f.span.start < range.end);
    // Figures do not overlap, so only the last can run past the end.
    if hi > lo && doc.figures[hi - 1].span.end > range.end {
        hi -= 1;
    }
    &doc.figures[lo..hi.max(lo)]
}

/// Up to `n` characters of `text` ending at `end`.
pub(super) fn chars_before(text: &str, end: usize, n: usize) -> &str {
    let end = floor_boundary(text, end);
    let start = text[..end]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &text[start..end]
}

/// The words of a figure's clause before it, up to `LEAD_CHARS`
/// characters: where a word qualifying the figure (`累计`, `扣除…后`)
/// stands. A look back only, so that a figure of a long sentence costs no
/// scan of the sentence.
pub(super) fn clause_lead<'t>(text: &'t str, figure: &Figure) -> &'t str {
    let lead = chars_before(text, figure.span.start, LEAD_CHARS);
    lead.rfind(['，', '。', '；', '：', ',', ';', ':', '\n'])
        .map_or(lead, |at| {
            let cut = &lead[at..];
            &cut[cut.chars().next().map_or(0, char::len_utf8)..]
        })
}

/// How far back a figure's qualifying words are looked for.
const LEAD_CHARS: usize = 30;

/// Whether a figure measures a level that parts and wholes can be compared
/// on: money, things and people, physical measures.
pub(super) fn is_level(figure: &Figure) -> bool {
    matches!(
        figure.kind,
        FigureKind::Amount | FigureKind::Count | FigureKind::Measure
    ) && !figure.unit.contains('/')
}

/// Words before a figure that make it a change, not a level (`增加5亿元`).
pub(super) const CHANGE_WORDS: &[&str] = &[
    "少支", "多支", "超支", "超收", "减收", "增收", "节支", "增加", "增长", "减少", "下降", "降低",
    "提高", "提升", "上升", "多", "少", "增", "减", "扩大", "缩小", "翻",
];

/// Whether the few characters before `figure` make it a change.
pub(super) fn is_change(text: &str, figure: &Figure) -> bool {
    let before = chars_before(text, figure.span.start, 6);
    let before = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '了' | '约' | '近' | '超' | '逾')
    });
    // The last byte before the word: this runs per figure of several rules.
    let last = before.as_bytes().last();
    CHANGE_WORDS
        .iter()
        .any(|w| w.as_bytes().last() == last && before.ends_with(w))
        && !uplift_as_work(text, figure, before)
}

/// Verbs of work that `提升` joins (`改造提升6万亩`, `规范提升20个`).
const WORK_WITH_UPLIFT: &[&str] = &[
    "改造", "整治", "巩固", "规范", "优化", "改善", "改建", "扩建", "整改", "新建",
];

/// `新建农田3万亩、改造提升6万亩`, `，提升30个村`: `提升` joined to a
/// verb of work, or opening its clause, before a count of things or an
/// area is work done on them, not a change (`效率提升5%`, `排名提升3位`
/// and `比重提升2个百分点` stay changes).
fn uplift_as_work(text: &str, figure: &Figure, before: &str) -> bool {
    let Some(head) = before.strip_suffix("提升") else {
        return false;
    };
    let opens_clause = head.ends_with(['，', ',', '、', '；', ';', '：', ':', '。']);
    (opens_clause || WORK_WITH_UPLIFT.iter().any(|w| head.ends_with(w)))
        && counts_things(text, figure)
}

/// A count of things or people, or an area or length: not a rank.
fn counts_things(text: &str, figure: &Figure) -> bool {
    let after = &text[figure.span.end..];
    match figure.kind {
        FigureKind::Count => {
            !matches!(figure.unit.as_str(), "位" | "名" | "位次")
                && !after.starts_with("位次")
                && !after.starts_with("名次")
        }
        FigureKind::Measure => true,
        _ => false,
    }
}

/// A level, not a change: what a whole or a part can be.
pub(super) fn is_plain_level(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure)
}

/// Words that show two figures are not meant to agree arithmetically:
/// real against nominal growth, restated bases.
pub(super) const NOT_COMPARABLE: &[&str] = &[
    "可比",
    "不变价",
    "实际",
    "扣除",
    "剔除",
    "同口径",
    "口径",
    "名义",
    "折算",
    "调整后",
    "修订",
];

/// Indicators named with `实际` that are measured as printed: the money
/// actually used or arrived (`实际使用外资`), not a real rate.
const NAMED_ACTUAL: &[&str] = &["实际使用", "实际利用", "实际到位"];

/// Whether a sentence says its figures are measured otherwise
/// ([`NOT_COMPARABLE`]); `实际` in an indicator's name ([`NAMED_ACTUAL`])
/// does not.
pub(super) fn says_not_comparable(text: &str) -> bool {
    if !mentions_any(text, NOT_COMPARABLE) {
        return false;
    }
    let plain = NAMED_ACTUAL
        .iter()
        .fold(text.to_string(), |t, w| t.replace(w, ""));
    mentions_any(&plain, NOT_COMPARABLE)
}

pub(super) fn mentions_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// A number for messages: at most `decimals` decimals, trailing zeros cut.
pub(super) fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let s = format!("{value:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}
