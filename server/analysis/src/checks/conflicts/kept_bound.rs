//! `城镇登记失业率2.8%，控制在3.5%以内`, `粮食总产量46.2万吨，连续五年稳定
//! 在45万吨以上`: a value, then in the next clause, with no subject of its
//! own, the bound it was kept within. The bound speaks of the value just
//! stated: a value outside it is a slip of one of the two.

use crate::checks::Sink;
use crate::checks::figure_text::chars_before;
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// Verbs of keeping a value within a bound, right before the bound.
const KEEPS: &[&str] = &["控制在", "稳定在", "保持在", "维持在"];

/// Words that may open the bound's clause before the verb: a span the
/// bound was kept over (`连续五年`), never a subject.
const SPANS: &[&str] = &["连续", "持续", "始终", "多年", "均"];

/// The most characters of that span (`连续五年`, `多年来始终`).
const MAX_SPAN: usize = 6;

/// Words right before a value that make it a fall, whose size a bound
/// may speak of another way.
const FALLS: &[&str] = &["下降", "减少", "降低", "回落", "下跌"];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    let figures = &doc.figures;
    for (i, bound) in figures.iter().enumerate().skip(1) {
        // Bytes first: this looks at every figure.
        let before = &text[..bound.span.start];
        if !KEEPS.iter().any(|w| before.ends_with(w)) {
            continue;
        }
        // `连续五年` is a figure of its own, inside the span.
        let mut value = &figures[i - 1];
        if value.kind == FigureKind::Duration && i >= 2 {
            value = &figures[i - 2];
        }
        let Some(gap) = text.get(value.span.end..bound.span.start) else {
            continue;
        };
        if !kept(text, gap, value, bound) {
            continue;
        }
        let clause = doc.clause_range(value.span.start);
        let lead = &text[clause.start.min(value.span.start)..value.span.start];
        // `其中夏粮1386万吨、秋粮2029万吨，连续六年稳定在3400万吨以上`: after
        // parts of a whole the bound may speak of the whole.
        if lead.contains("其中") || lead.contains('、') {
            continue;
        }
        // The bound as written is exact (`4%以内` is at most 4, not what
        // rounds to 4).
        let outside = match bound.qualifier {
            Some(Qualifier::Under) => value.low > bound.value,
            _ => value.high < bound.value,
        };
        if !outside {
            continue;
        }
        let indicator = value.indicator.clone().unwrap_or_else(|| lead.to_string());
        super::push_conflict(sink, text, indicator, bound, value);
    }
}

/// Whether `bound`, after the words `gap`, bounds `value` itself: one
/// break, at most a span, the verb; a bound open one way closing its
/// clause; a plain value of its unit.
fn kept(text: &str, gap: &str, value: &Figure, bound: &Figure) -> bool {
    let Some(words) = gap.strip_prefix(['，', ',']) else {
        return false;
    };
    let Some(span) = KEEPS.iter().find_map(|w| words.strip_suffix(w)) else {
        return false;
    };
    let span_ok = span.is_empty()
        || (span.chars().count() <= MAX_SPAN
            && span
                .chars()
                .all(|c| crate::chars::is_han(c) || c.is_ascii_digit())
            && SPANS.iter().any(|w| span.starts_with(w)));
    let closes = text[bound.span.end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '\n'));
    let before = chars_before(text, value.span.start, 3);
    span_ok
        && closes
        && matches!(bound.qualifier, Some(Qualifier::Over | Qualifier::Under))
        && value.qualifier.is_none()
        && value.unit == bound.unit
        && matches!(
            value.kind,
            FigureKind::Amount | FigureKind::Count | FigureKind::Measure | FigureKind::Percent
        )
        && !FALLS.iter().any(|w| before.ends_with(w))
}
