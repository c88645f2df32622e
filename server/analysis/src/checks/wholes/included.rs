//! `明确目标31个，包括预期性指标20个、约束性指标11个`, `投资5亿元（含
//! 中央资金2亿元）`: parts a whole is said to include, though no `其中`
//! says so. Whether they are all of it is not said: not added up.

use super::{PartReading, is_threshold, named_plainly, new_things, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// The most Chinese characters a count's counted words take before
/// `，包括` (`个具体目标`).
const MAX_COUNTED: usize = 8;

/// Every whole followed by `，包括` and named parts of its unit, or by a
/// bracket of `含` and one part.
pub(super) fn included(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures
        .iter()
        .enumerate()
        .filter_map(move |(i, whole)| {
            let rest = &text[whole.span.end..];
            // Bytes first: this looks at every figure of the text.
            let bracket = rest.starts_with("（含") || rest.starts_with("(含");
            let near = &rest.as_bytes()[..rest.len().min(MAX_COUNTED * 3 + 9)];
            if !bracket && !near.windows(6).any(|w| w == "包括".as_bytes()) {
                return None;
            }
            let parts = if bracket {
                bracketed_part(doc, whole, i)?
            } else {
                listed_parts(doc, whole, i)?
            };
            let plain_whole = is_level(whole)
                && (!is_change(text, whole) || new_things(text, whole))
                && !is_threshold(text, whole);
            plain_whole.then_some(PartReading {
                whole,
                parts,
                stops_at_next: true,
            })
        })
}

/// `5亿元（含中央资金2亿元）`: the one level of the whole's unit in the
/// bracket, after `含` and at most a plain name, closing it.
fn bracketed_part<'d>(doc: &'d Document, whole: &Figure, i: usize) -> Option<Vec<&'d Figure>> {
    let text = &doc.text;
    let part = doc.figures.get(i + 1)?;
    let open = text[whole.span.end..].find('含')? + '含'.len_utf8();
    let name = text.get(whole.span.end + open..part.span.start)?;
    let closes = text[part.span.end..].starts_with(['）', ')']);
    // `560家（含新增入规企业221家）`: those newly added are counted in
    // the whole the bracket follows.
    let name = name.strip_prefix("新增").unwrap_or(name);
    let named = name.is_empty() || part_name(name);
    (closes && named && is_part(text, whole, part)).then(|| vec![part])
}

/// `目标31个，包括预期性指标20个、约束性指标11个`: after `，包括` (and a
/// colon), the levels of the whole's unit each named plainly and joined
/// by `、` or `，`; the first that is not ends them.
fn listed_parts<'d>(doc: &'d Document, whole: &Figure, i: usize) -> Option<Vec<&'d Figure>> {
    let text = &doc.text;
    let rest = &text[whole.span.end..];
    // A count's counted words may stand between (`个具体目标`).
    let counted = if whole.kind == FigureKind::Count {
        rest.char_indices()
            .take_while(|(_, c)| crate::chars::is_han(*c))
            .take(MAX_COUNTED)
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8())
    } else {
        0
    };
    let after = rest[counted..]
        .strip_prefix("，包括")
        .or_else(|| rest[counted..].strip_prefix(",包括"))?;
    let after = after.strip_prefix(['：', ':']).unwrap_or(after);
    let mut from = text.len() - after.len();
    let mut parts = Vec::new();
    for part in doc.figures[i + 1..].iter().take(8) {
        let gap = &text[from..part.span.start];
        let name = if parts.is_empty() {
            Some(gap)
        } else {
            gap.strip_prefix(['、', '，', ','])
        };
        if !name.is_some_and(part_name) || !is_part(text, whole, part) {
            break;
        }
        parts.push(part);
        from = part.span.end;
    }
    (!parts.is_empty()).then_some(parts)
}

/// A part's name: plain ([`named_plainly`]), of no average or rate per
/// head (`人均`, `每千人`).
fn part_name(name: &str) -> bool {
    named_plainly(name) && !name.contains(['均', '每'])
}

/// A level of the whole's unit, no change nor class bound.
fn is_part(text: &str, whole: &Figure, part: &Figure) -> bool {
    same_unit(&part.unit, &whole.unit)
        && is_level(part)
        && !is_change(text, part)
        && !is_threshold(text, part)
        && !text[part.span.end..].starts_with('的')
}
