//! `企业总量突破20万户，市场主体达到75万户`: market entities (`市场主体`)
//! are enterprises and individual businesses. A stock of market entities
//! and, next to it in the sentence, a count of enterprises or of
//! individual businesses in the same unit: the count is within the stock,
//! in whichever order they are written.

use super::PartReading;
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::Figure;

/// The whole's name.
const ENTITIES: &str = "市场主体";

/// Words after [`ENTITIES`] that leave its figure a stock (`达到`,
/// `总量突破`); anything else (`新增`, `净增`) abstains.
const STOCK_LEADS: &[&str] = &[
    "",
    "达到",
    "达",
    "突破",
    "超过",
    "总量",
    "总数",
    "总量达到",
    "总数达到",
    "总量达",
    "总数达",
    "总量突破",
    "总数突破",
    "总量超过",
];

/// Characters of words before [`ENTITIES`] that make its figure a flow
/// (`新增`, `新登记`, `注销`, `减少`): no stock.
const FLOWS: &[char] = &['新', '增', '减', '销', '育'];

/// Kinds of market entity.
const KINDS: &[&str] = &["企业", "个体工商户", "个体户"];

/// Every stock of market entities next to a count of a kind of them.
pub(super) fn market_entities(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [first, second] = pair else {
            return None;
        };
        // Cheap first: this looks at every pair of figures.
        if first.unit != second.unit || !first.unit.ends_with('户') {
            return None;
        }
        let between = text.get(first.span.end..second.span.start)?;
        if !between.starts_with(['，', ',', '、', '；', ';']) {
            return None;
        }
        let (whole, part) = if is_stock(doc, second) {
            (second, first)
        } else if is_stock(doc, first) {
            (first, second)
        } else {
            return None;
        };
        (names_kind(doc, part) && is_level(part)).then(|| PartReading::single(whole, part))
    })
}

/// The words of `figure`'s own clause before it.
fn own_lead<'t>(doc: &'t Document, figure: &Figure) -> &'t str {
    let clause = doc.clause_range(figure.span.start);
    &doc.text[clause.start.min(figure.span.start)..figure.span.start]
}

/// Whether `figure` is a stock of market entities (`市场主体达到`).
fn is_stock(doc: &Document, figure: &Figure) -> bool {
    let lead = own_lead(doc, figure);
    lead.rfind(ENTITIES).is_some_and(|at| {
        let rest = &lead[at + ENTITIES.len()..];
        STOCK_LEADS.contains(&rest) && !lead[..at].contains(FLOWS)
    }) && is_level(figure)
        && !is_change(&doc.text, figure)
}

/// Words that may follow a kind's name up to its figure (`总量首次突破`).
const KIND_LEADS: &[&str] = &[
    "总量", "总数", "首次", "累计", "达到", "达", "突破", "超过", "为", "已",
];

/// Whether `figure` counts a kind of market entity, its name closing the
/// words before it but for [`KIND_LEADS`] (`企业总量首次突破`): `企业带动
/// 农户` counts households, not enterprises.
fn names_kind(doc: &Document, figure: &Figure) -> bool {
    let lead = own_lead(doc, figure);
    if lead.contains(ENTITIES) || is_change(&doc.text, figure) {
        return false;
    }
    KINDS.iter().any(|k| {
        lead.rfind(k).is_some_and(|at| {
            let mut rest = &lead[at + k.len()..];
            while let Some(r) = KIND_LEADS.iter().find_map(|w| rest.strip_prefix(w)) {
                rest = r;
            }
            rest.is_empty()
        })
    })
}
