//! rate-out-of-range: a share or rate above 100% (`森林覆盖率102%`), or a
//! decrease of more than 100%.
//!
//! Only names of shares that cannot pass 100% are read: growth rates,
//! 完成率 (a budget can be exceeded), 自给率 and the like can.

use super::Sink;
use super::figure_text::{chars_before, floor_boundary};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// Names of shares bounded by 100%, matched at the end of the words before
/// the figure.
const SHARES: &[&str] = &[
    "覆盖率",
    "普及率",
    "达标率",
    "优良率",
    "合格率",
    "入学率",
    "参保率",
    "就业率",
    "失业率",
    "发生率",
    "城镇化率",
    "绿化率",
    "处理率",
    "处置率",
    "利用率",
    "回收率",
    "接种率",
    "满意率",
    "满意度",
    "知晓率",
    "占比",
    "比重",
    "完好率",
    "通过率",
    "升学率",
    "巩固率",
    "治愈率",
    "使用率",
    "开工率",
    "成活率",
    "渗透率",
    "识字率",
    "参合率",
    "签约率",
    "入园率",
    "办结率",
    "好评率",
    "网办率",
    "联网率",
    "录取率",
    "通车率",
    "硬化率",
    "贫困发生率",
    "天数比例",
    "覆盖面",
    "优良天数比率",
    "保有率",
    "建档率",
    "检出率",
    "清运率",
];

/// Verbs between a share's name and its value.
const LINKS: &[&str] = &[
    "提高到",
    "提升到",
    "上升到",
    "增加到",
    "下降到",
    "降低到",
    "降至",
    "升至",
    "达到",
    "保持在",
    "稳定在",
    "控制在",
    "分别为",
    "分别达",
    "均达",
    "为",
    "达",
    "是",
    "到",
    "在",
    "超过",
    "已达",
];

/// Verbs of a decrease.
const DECREASES: &[&str] = &["下降", "减少", "降低", "下降了", "减少了", "降低了", "缩减"];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for figure in &doc.figures {
        if figure.kind != FigureKind::Percent || figure.low <= 100.0 {
            continue;
        }
        // A range's low end is the written value's own lower bound.
        if figure.qualifier == Some(Qualifier::Under) {
            continue;
        }
        if let Some((name_start, name)) = bounded_share(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            let related = vec![Related {
                file: None,
                range: name_start..figure.span.start,
                kind: RelatedKind::RateName,
            }];
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name,
                    value,
                    decrease: false,
                },
                related,
            );
        } else if let Some(verb) = decrease_verb(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name: verb,
                    value,
                    decrease: true,
                },
                Vec::new(),
            );
        }
    }
}

/// The share bounded by 100% named right before `figure`: its start and
/// its words.
pub fn bounded_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    let before = chars_before(text, figure.span.start, 16);
    let mut head = before;
    // Strip one linking verb (and a `均`/`已`).
    if let Some(link) = LINKS.iter().find(|l| head.ends_with(*l)) {
        head = &head[..head.len() - link.len()];
    }
    let head = head.trim_end_matches(['均', '已', '的']);
    // `增长率` is not a share; `占比提高` would need the base.
    if head.ends_with("增长率") || head.ends_with("增速") {
        return None;
    }
    let share = SHARES.iter().find(|s| head.ends_with(*s))?;
    let name_start = figure.span.start - (before.len() - head.len()) - share.len();
    let name_start = floor_boundary(text, name_start);
    Some((name_start, (*share).to_string()))
}

/// `下降120%`: the decrease verb right before the figure, unless the clause
/// is about losses (a loss can shrink past zero into profit).
fn decrease_verb(text: &str, figure: &Figure) -> Option<String> {
    let before = chars_before(text, figure.span.start, 8);
    let verb = DECREASES.iter().find(|v| before.ends_with(*v))?;
    if before.contains('亏') || before.contains("赤字") {
        return None;
    }
    Some((*verb).to_string())
}
