//! `牲畜存栏186万头只，其中大畜28.6万头、小畜157.4万只`: a whole counted in
//! a compound measure (`头只`: large stock by the head, small by the one),
//! broken down after `其中` into parts each in one of its measures. The
//! parts name no unit the whole's reader shares, so they are read here.

use super::PartReading;
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;
use crate::figures::Figure;

/// Compound measures and the single measures of their parts.
const COMPOUNDS: &[(&str, [&str; 2])] = &[("头只", ["头", "只"])];

/// The most parts read after one `其中`.
const MAX_PARTS: usize = 6;

/// Every whole in a compound measure with its parts after `，其中`.
pub(super) fn compound_unit_parts(doc: &Document) -> Vec<PartReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for &(compound, singles) in COMPOUNDS {
        // Bytes first: compound measures are rare.
        for at in memchr::memmem::find_iter(text.as_bytes(), compound.as_bytes()) {
            // The figure whose unit the compound is: the first ending past it.
            let k = doc.figures.partition_point(|f| f.span.end <= at);
            let Some(whole) = doc.figures.get(k) else {
                continue;
            };
            if whole.unit == compound && whole.span.start < at {
                out.extend(read_parts(doc, k, singles));
            }
        }
    }
    out
}

/// The parts after the whole `doc.figures[i]`: `，其中` right after it,
/// then figures each in one of `singles`, parted by `、` or `，` up to the
/// sentence's end, both measures among them.
fn read_parts<'d>(doc: &'d Document, i: usize, singles: [&str; 2]) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let whole = &doc.figures[i];
    if !is_plain_level(text, whole) || !text[whole.span.end..].starts_with("，其中") {
        return None;
    }
    let mut parts: Vec<&Figure> = Vec::new();
    let mut from = whole.span.end + "，其中".len();
    for figure in doc.figures[i + 1..].iter().take(MAX_PARTS) {
        let lead = &text[from..figure.span.start];
        // Each part: its name only, after a break (the first after `其中`).
        let name = if parts.is_empty() {
            Some(lead)
        } else {
            lead.strip_prefix(['、', '，'])
        };
        let named = name.is_some_and(|n| {
            (1..=6).contains(&n.chars().count()) && n.chars().all(crate::chars::is_han)
        });
        if !named || !singles.contains(&figure.unit.as_str()) || !is_plain_level(text, figure) {
            break;
        }
        parts.push(figure);
        from = figure.span.end;
    }
    // The parts close their sentence or clause (no other figure trails
    // them in their run), and both measures are there.
    let closes = text[from..].starts_with(['。', '；', '，', '\n']) || from == text.len();
    let both = singles.iter().all(|u| parts.iter().any(|p| p.unit == *u));
    (closes && both && parts.len() >= 2).then_some(PartReading {
        whole,
        parts,
        stops_at_next: false,
    })
}
