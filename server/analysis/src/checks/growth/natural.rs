//! `出生率8.5‰，死亡率7.2‰，自然增长率1.3‰`: a population's natural
//! growth rate is by definition its birth rate less its death rate, so the
//! three printed in one sentence must agree within the rounding of their
//! digits. Read only when each name stands once in the sentence, right
//! before its plain value (no target, no bound, no change).

use super::{number, spread};
use crate::chars::is_han;
use crate::checks::figure_text::figures_in;
use crate::diagnostic::{Change, Finding};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};
use std::ops::Range;

const NATURAL: &str = "自然增长率";
const BIRTH: &str = "出生率";
const DEATH: &str = "死亡率";

/// Words between a rate's name and its value.
const LINKS: [&str; 3] = ["为", "是", ""];

/// A natural growth rate the birth and death rates do not allow, its
/// finding, and the death rate.
pub(super) type Misfit<'d> = (&'d Figure, Finding, &'d Figure);

pub(super) fn misfits(doc: &Document) -> impl Iterator<Item = Misfit<'_>> {
    let text = &doc.text;
    doc.figures.iter().filter_map(move |natural| {
        // Cheapest first: a percent right after the name.
        if natural.kind != FigureKind::Percent || !named(text, natural, NATURAL) {
            return None;
        }
        let in_sentence = figures_in(doc, &full_sentence(text, natural.span.start));
        let birth = only_named(text, in_sentence, BIRTH)?;
        let death = only_named(text, in_sentence, DEATH)?;
        let (low, high) = (birth.low - death.high, birth.high - death.low);
        if natural.high >= low && natural.low <= high {
            return None;
        }
        // A fall written as its size (`自然增长率0.8‰` for births 0.8‰ below
        // deaths) reads either way: abstain.
        if high < 0.0 && natural.high >= -high && natural.low <= -low {
            return None;
        }
        // Values are kept in %: shown in ‰ as printed.
        let implied = spread(number(low * 10.0, 2), number(high * 10.0, 2), "", "‰");
        let finding = Finding::PointsMismatch(Box::new(Change {
            from: death.text(text).to_string(),
            to: birth.text(text).to_string(),
            stated: natural.text(text).to_string(),
            implied,
        }));
        Some((natural, finding, death))
    })
}

/// The sentence up to its full stops: the three rates are often parted
/// by `；` (`出生率7.9‰；死亡率7.4‰；自然增长率0.5‰`).
fn full_sentence(text: &str, offset: usize) -> Range<usize> {
    let stop = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '\r');
    let start = text[..offset].rfind(stop).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[offset..].find(stop).map_or(text.len(), |i| offset + i);
    start..end
}

/// The one figure of `figures` named `name`; none if two are.
fn only_named<'d>(text: &str, figures: &'d [Figure], name: &str) -> Option<&'d Figure> {
    let mut named_ones = figures
        .iter()
        .filter(|f| f.kind == FigureKind::Percent && named(text, f, name));
    let first = named_ones.next()?;
    named_ones.next().is_none().then_some(first)
}

/// Whether `name` stands right before `figure`'s plain value, as the rate
/// of the whole population: `人口` may precede it, not another group's
/// word (`婴儿死亡率`, `孕产妇死亡率`, `政策内出生率` are other rates).
fn named(text: &str, figure: &Figure, name: &str) -> bool {
    if figure.qualifier.is_some() {
        return false;
    }
    let before = &text[..figure.span.start];
    LINKS.iter().any(|link| {
        let Some(lead) = before.strip_suffix(link).and_then(|b| b.strip_suffix(name)) else {
            return false;
        };
        let lead = lead.strip_suffix("人口").unwrap_or(lead);
        // A year's word (`全年`, `当年`) or no word at all.
        lead.ends_with('年') || !lead.chars().next_back().is_some_and(is_han)
    })
}
