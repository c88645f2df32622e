//! `全年增收1.3亿元，其中税收增收0.6亿元`, `超收72亿元，其中县级超收41亿元`:
//! a change of money as the whole, and after `其中` a subject's change
//! stated by the same verb: the part is some of the whole's change. One
//! part, not added up (a part may be named by its subject only). Read only
//! for verbs of money gained over a year or a budget, where no part is
//! said to have fallen.

use super::{PartReading, same_unit};
use crate::checks::figure_text::{chars_before, is_level, sentence_range};
use crate::document::Document;
use crate::figures::FigureKind;

/// Verbs of a change of money whose parts are changes alike.
const VERBS: &[&str] = &["增收", "超收", "节支"];

/// Words saying another part fell (`非税收入减收0.3亿元`, `短收`, `超支`,
/// `未完成预算`, a negative change): the whole is then a net change its
/// rising part may exceed.
const FALLS: &[&str] = &[
    "减",
    "短收",
    "下降",
    "下滑",
    "回落",
    "超支",
    "增支",
    "负",
    "未完成",
    "未达",
    "-",
    "－",
    "−",
];

/// The most characters of the part's subject between `其中` and its verb.
const MAX_SUBJECT: usize = 10;

/// Every `其中` right after a change of money stated by one of [`VERBS`],
/// followed by a subject and the same verb with a change of its unit.
pub(super) fn changed_alike<'d>(doc: &'d Document, of_which: &[usize]) -> Vec<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    of_which
        .iter()
        .filter_map(|&at| {
            // Bytes first: `其中` right after a comma after the whole.
            let head = text.get(..at)?;
            let head = head.strip_suffix('，').or_else(|| head.strip_suffix(','))?;
            let k = figures.partition_point(|f| f.span.start < at);
            let whole = figures.get(k.checked_sub(1)?)?;
            let part = figures.get(k)?;
            if whole.span.end != head.len()
                || whole.kind != FigureKind::Amount
                || part.kind != FigureKind::Amount
                || !is_level(whole)
                || !same_unit(&part.unit, &whole.unit)
            {
                return None;
            }
            let verb = VERBS
                .iter()
                .find(|v| chars_before(text, whole.span.start, 2) == **v)?;
            let lead = text.get(at + "其中".len()..part.span.start)?;
            let subject = lead.trim_start_matches(['，', ',']).strip_suffix(verb)?;
            // `年均超收2040亿元，其中去年超收2573亿元`: an average is no whole,
            // and a year names no subject.
            let clause = doc.clause_range(whole.span.start);
            let named = !subject.is_empty()
                && !subject.contains('年')
                && !super::averages(&text[clause.start.min(whole.span.start)..whole.span.end])
                && subject.chars().count() <= MAX_SUBJECT
                && subject.chars().all(crate::chars::is_han);
            // Only then: no other part said to have fallen in the sentence.
            let rest = &text[part.span.end..sentence_range(text, part.span.start).end];
            let net = FALLS.iter().any(|w| rest.contains(w));
            (named && !net).then(|| PartReading::single(whole, part))
        })
        .collect()
}
