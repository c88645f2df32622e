//! `外贸进出口总额120亿美元，增长8%；出口总额75亿美元`: exports are within
//! the trade total, though no `其中` says so. So at both levels of a
//! change (`进出口由A增加到B；出口由C增加到D`: C within A, D within B).
//! Only exports named first in their clause (`服务贸易出口` may be outside
//! a goods total) or after `其中`, in the total's unit and sentence. One
//! part, or two with the imports named first in the clause after it.

use super::{PartReading, earlier_level};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// The canonical names of the total and of its exports.
const TRADE: &str = "进出口总额";
const EXPORTS: &str = "出口";
const IMPORTS: &str = "进口";

/// The figures after the total looked at for its exports.
const LOOK_AHEAD: usize = 4;

/// Every trade total followed in its sentence by exports in its unit.
pub(super) fn exports_of_trade(doc: &Document) -> Vec<PartReading<'_>> {
    let mut out = Vec::new();
    for (i, total) in doc.figures.iter().enumerate() {
        // A compare of the indicator first: most figures name none.
        if total.indicator.as_deref() == Some(TRADE) {
            out.extend(read_at(doc, i).into_iter().flatten().flatten());
        }
    }
    out
}

/// The readings of the trade total `doc.figures[i]`, if its exports follow.
fn read_at(doc: &Document, i: usize) -> Option<[Option<PartReading<'_>>; 2]> {
    let text = &doc.text;
    let figures = &doc.figures;
    let total = &figures[i];
    if !level(text, total) {
        return None;
    }
    let exports = figures[i + 1..]
        .iter()
        .take(LOOK_AHEAD)
        .take_while(|f| !text[total.span.end..f.span.start].contains(['。', '！', '？']))
        .find(|f| f.kind != FigureKind::Percent && f.unit == total.unit)?;
    if exports.indicator.as_deref() != Some(EXPORTS)
        || !level(text, exports)
        || !named_first(text, total, exports)
        || total_of_services(doc, total)
    {
        return None;
    }
    // `由C增加到D`: the exports' later level, read with the total's.
    let later = figures
        .iter()
        .skip(i + 1)
        .find(|f| f.span.start > exports.span.start)
        .filter(|d| earlier_level(doc, d).is_some_and(|c| std::ptr::eq(c, exports)));
    match (earlier_level(doc, total), later) {
        (Some(from), Some(to)) if level(text, to) => Some([
            Some(PartReading::single(total, to)),
            Some(PartReading::single(from, exports)),
        ]),
        (None, None) => Some([
            Some(PartReading::single(total, exports)),
            imports_after(doc, total, exports).map(|imports| PartReading {
                whole: total,
                parts: vec![exports, imports],
                stops_at_next: false,
            }),
        ]),
        _ => None,
    }
}

/// `其中出口X亿元，增长a%；进口Y亿元`: the imports named first in the
/// `；` piece after the exports, in the total's unit and sentence (a rate
/// between): with the exports, all of the total.
fn imports_after<'d>(doc: &'d Document, total: &Figure, exports: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let k = doc
        .figures
        .partition_point(|f| f.span.start < exports.span.end);
    let imports = doc.figures[k..]
        .iter()
        .take(LOOK_AHEAD)
        .take_while(|f| !text[exports.span.end..f.span.start].contains(['。', '！', '？']))
        .find(|f| f.kind != FigureKind::Percent)?;
    // Parts parted by `，` or `、` the `其中` reader adds up itself.
    let parted = text[exports.span.end..imports.span.start].contains(['；', ';']);
    (parted
        && imports.indicator.as_deref() == Some(IMPORTS)
        && imports.unit == total.unit
        && level(text, imports)
        && named_first(text, total, imports))
    .then_some(imports)
}

fn level(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure)
}

/// Whether the exports' name opens their clause (`；出口总额由`, `，出口`).
fn named_first(text: &str, total: &Figure, exports: &Figure) -> bool {
    let Some(name) = &exports.indicator_span else {
        return false;
    };
    // `，其中出口`: the trade total's parts named as such.
    let before = &text[..name.start];
    let before = before.strip_suffix("其中").unwrap_or(before);
    name.start > total.span.end && before.ends_with(['，', ',', '；', ';'])
}

/// A total of trade in services (`服务贸易进出口`), not of goods.
fn total_of_services(doc: &Document, total: &Figure) -> bool {
    let Some(name) = &total.indicator_span else {
        return true;
    };
    let clause = doc.clause_range(name.start);
    doc.text
        .get(clause.start.min(name.start)..name.start)
        .is_none_or(|lead| lead.contains("服务"))
}
