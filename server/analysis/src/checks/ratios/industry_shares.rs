//! `一、二、三产业占比分别为8.2%、41.6%、50.2%`: the three industries'
//! shares of one whole, listed after `分别`, are a structure like
//! `8.2∶41.6∶50.2` and add up to 100 by their rounding.
//!
//! Read only when the clause before `分别` names the three industries
//! (`三次产业`, `一、二、三产业`) and ends with a share word (`占比`,
//! `比重`, `结构`), and exactly three percents follow `分别为` (or `是`,
//! `达到`), none of them a change. Growth rates and contributions to
//! growth (`贡献率`) are no share words.

use std::ops::Range;

use crate::checks::figure_text::is_change;
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Names of the three industries together.
const INDUSTRIES: &[&str] = &["三次产业", "一、二、三产业", "一二三产业", "三大产业"];

/// Share words closing the subject, right before `分别`.
const SHARE_WORDS: &[&str] = &["占比", "比重", "结构"];

/// Links after `分别` to the shares' values.
const LINKS: &[&str] = &["为", "是", "达到"];

/// A list of the three shares: where it is printed, and its figures.
pub(super) struct Shares<'d> {
    pub span: Range<usize>,
    pub parts: [&'d Figure; 3],
}

/// Every list of the three industries' shares after `分别` (see the module).
pub(super) fn industry_shares(doc: &Document) -> Vec<Shares<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for &at in &doc.cues.respectively {
        let clause = doc.clause_range(at);
        let subject = &text[clause.start..at];
        if !SHARE_WORDS.iter().any(|w| subject.ends_with(w))
            || !INDUSTRIES.iter().any(|w| subject.contains(w))
        {
            continue;
        }
        let after = at + "分别".len();
        let Some(link) = LINKS.iter().find(|l| text[after..].starts_with(**l)) else {
            continue;
        };
        let first = doc
            .figures
            .partition_point(|f| f.span.start < after + link.len());
        let Some([a, b, c]) = doc.figures.get(first..first + 3) else {
            continue;
        };
        let parts = [a, b, c];
        let listed = a.span.start == after + link.len()
            && parts.windows(2).all(|p| {
                matches!(
                    &text[p[0].span.end..p[1].span.start],
                    "、" | "和" | "及" | "，" | ","
                )
            });
        // A fourth value after the third is another list, or a longer one.
        let closed = !text[c.span.end..].starts_with(['、', '和']);
        if listed
            && closed
            && parts
                .iter()
                .all(|f| f.kind == FigureKind::Percent && !is_change(text, f))
        {
            out.push(Shares {
                span: a.span.start..c.span.end,
                parts,
            });
        }
    }
    out
}
