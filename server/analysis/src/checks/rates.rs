//! rate-out-of-range: a share or rate above 100% (`森林覆盖率102%`), or a
//! decrease or cut (`下降`, `压减`) of more than 100%.
//!
//! Only names of shares that cannot pass 100% are read: the shares listed
//! below, and any other `…率` name except the rates that can pass 100%
//! (growth rates, 完成率: a budget can be exceeded, 自给率, 债务率,
//! 使用率 of beds, 贡献率 to growth, 消化率, 竣工率, 完成比例 and debts' 化解率 against a plan) and the per-hundred measures
//! (`移动电话普及率`, `宽带普及率`: subscriptions per 100 people).
//! The name may stand before a plan's resolve or a time (`确保达到`,
//! `年内达到`, `连续三年超过`), an earlier value with its period
//! (`由2017年4.2%降至目前的…`), or name its whole (`占全部…的`).
//! Work done of itself or of its total (`征收补偿完成96.7%`, `完成总投资的
//! 60%`), the same share carried to a further place or a later year
//! (`城镇化率达到54%、市辖区达到…`, `…，到2030年达到…`), a bare `占` after
//! the whole amount, and a share before what is done to it (`100%安全
//! 利用`) are shares too; work against a plan, a budget or money is not.

mod head_words;
mod named_share;
mod of_things;
mod share_names;
mod work_and_cuts;

use super::Sink;
use super::counted_shares::{rate_word_before, things_after_list, things_before};
use super::figure_text::{chars_before, floor_boundary, is_change};
use crate::chars::is_space;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};
// The readers below see these imports and one another through `use super::*`.
use head_words::*;
use named_share::*;
use of_things::*;
use share_names::*;
use work_and_cuts::*;

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for figure in &doc.figures {
        // The tolerance absorbs the float error of a range's written end.
        if figure.kind != FigureKind::Percent || checked_value(figure) <= 100.0 + 1e-9 {
            continue;
        }
        if let Some((name_start, name)) = bounded_share(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            // The name before the figure, or the state after it (`达标`).
            let range = if name_start >= figure.span.end {
                name_start..name_start + name.len()
            } else {
                name_start..figure.span.start
            };
            let related = vec![Related {
                file: None,
                range,
                kind: RelatedKind::RateName,
            }];
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name: name.into(),
                    value: value.into(),
                    decrease: false,
                },
                related,
            );
        } else if let Some(verb) = decrease_verb(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name: verb.into(),
                    value: value.into(),
                    decrease: true,
                },
                Vec::new(),
            );
        }
    }
}

/// The value of `figure` held against 100%: its low end, or, for a ceiling
/// or an approximation (`控制在104%以内`, `近180%`, `105%左右`), the
/// written number itself, or a range's written upper end: a share bounded
/// by 100% cannot be capped, approached or ranged above 100% either.
fn checked_value(figure: &Figure) -> f64 {
    match figure.qualifier {
        Some(Qualifier::Under | Qualifier::About) => figure.value,
        // The range's high end less its half step.
        Some(Qualifier::Range) => figure.high - figure.precision / 2.0,
        _ => figure.low,
    }
}

/// The share bounded by 100% named right before `figure`: its start and
/// its words. The name may stand before an earlier value of the same share
/// (`覆盖率由32%提高到36%`, `达85.7%和69.6%`) or a base period
/// (`由“十二五”末的34.81%`). A percent of no such name may still count
/// things (`75%的社区`, `有专职医生的村达到90%`: see
/// [`super::counted_shares`]).
pub fn bounded_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    if level_compared(text, figure) || compared_with_past(text, figure) {
        return None;
    }
    named_share(text, figure)
        .or_else(|| share_of_things(text, figure))
        .or_else(|| share_of_works(text, figure))
}

/// Whether `figure` is read as a percent that cannot pass 100%: a bounded
/// share, or a decrease or cut (`下降`, `压减`).
pub fn bounded_rate(text: &str, figure: &Figure) -> bool {
    figure.kind == FigureKind::Percent
        && (bounded_share(text, figure).is_some() || decrease_verb(text, figure).is_some())
}

/// The words of `head` after its last clause break (a comma, a stop, a
/// colon, a line's end): the clause a rate's name stands in.
fn last_clause(head: &str) -> &str {
    head.rsplit(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .next()
        .unwrap_or(head)
}
