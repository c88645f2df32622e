//! `重点项目120个，开复工110个，开复工率91.7%`, `小区800个已成立业委会
//! 520个、占比65%`: a count, then the rate of its own stage (`开复工率`
//! after `开复工`) or `占比` right after it: the rate is the count's share
//! of a whole, the last count of its unit before it in the sentence (in
//! its own clause, for `占比`), though no `其中` says so. One part, not
//! added up.

use super::{PartReading, in_brackets, is_base, is_threshold, same_unit};
use crate::checks::figure_text::{is_change, is_level, sentence_range};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words naming a share outright, between the count's break and its rate.
const SHARE_WORDS: &[&str] = &["占比", "占比为", "占比达", "占比达到"];

/// The most Han characters of a stage's name (`开复工`, `签约`).
const MAX_STAGE: usize = 4;

/// Every count followed by `，` or `、`, a rate named by its stage or by
/// `占比`, and a rate of at most 100%.
pub(super) fn share_named(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.windows(2).enumerate().filter_map(move |(i, pair)| {
        let [part, rate] = pair else {
            return None;
        };
        // Cheap tests first: this looks at every pair of figures.
        if part.kind != FigureKind::Count || rate.kind != FigureKind::Percent {
            return None;
        }
        let name = text
            .get(part.span.end..rate.span.start)?
            .strip_prefix(['，', ',', '、'])?;
        let by_stage = match name.strip_suffix('率') {
            Some(stage) => {
                let n = stage.chars().count();
                (1..=MAX_STAGE).contains(&n)
                    && stage.chars().all(crate::chars::is_han)
                    && text[..part.span.start].ends_with(stage)
            }
            None => false,
        };
        if !(by_stage || SHARE_WORDS.contains(&name)) || rate.high > 100.0 {
            return None;
        }
        // Things newly added may be others than the whole's.
        let lead = &text[doc.clause_range(part.span.start).start..part.span.start];
        if lead.contains('新') || !plain(doc, part) {
            return None;
        }
        let whole = whole_before(doc, i)?;
        // `占比` names no stage: only a whole in the part's own clause
        // (`小区800个已成立业委会520个`) is surely the one it is a share
        // of; a count in a clause before may be a sibling.
        let own_clause = whole.span.start >= doc.clause_range(part.span.start).start;
        (by_stage || own_clause).then(|| PartReading::single(whole, part))
    })
}

/// The last count of `figures[i]`'s unit before it in its sentence, out of
/// brackets (a breakdown in brackets is no whole), a plain level.
fn whole_before(doc: &Document, i: usize) -> Option<&Figure> {
    let text = &doc.text;
    let part = &doc.figures[i];
    let sentence = sentence_range(text, part.span.start);
    let whole = doc.figures[..i]
        .iter()
        .rev()
        .take_while(|f| f.span.start >= sentence.start)
        .filter(|f| !in_brackets(&text[sentence.start..f.span.start]))
        .find(|f| same_unit(&f.unit, &part.unit))?;
    (whole.kind == FigureKind::Count && plain(doc, whole)).then_some(whole)
}

/// A level, no change, class bound nor base.
fn plain(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    is_level(figure)
        && !is_change(text, figure)
        && !is_threshold(text, figure)
        && !is_base(doc, figure)
}
