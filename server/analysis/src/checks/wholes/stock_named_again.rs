//! `全市共有120个部门，95个部门启用专用章，110个部门制定服务指南`: a stock
//! (`共有`, `现有`, `拥有`) counted with the words right after its count
//! (and perhaps a second count of its own, `120个部门900项事项`), then
//! clauses each opening with a count of its unit and the same words: each
//! counts some of the stock, though no `其中` says so. Two such clauses
//! or more; each part read alone, not added up.

use super::{PartReading, is_threshold, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words of a stock had, right before its count.
const HAVING: &[&str] = &["共有", "现有", "拥有"];

/// The most Han characters of the counted words.
const MAX_WORDS: usize = 8;

/// Every stock of [`HAVING`] with the parts named again after it.
pub(super) fn stock_named_again(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures
        .iter()
        .enumerate()
        .filter_map(move |(i, whole)| {
            // Bytes first: this looks at every figure.
            let head = &text.as_bytes()[..whole.span.start];
            if whole.kind != FigureKind::Count
                || !HAVING.iter().any(|w| head.ends_with(w.as_bytes()))
            {
                return None;
            }
            let words = han_run(&text[whole.span.end..]);
            if words.chars().count() < 2 || !plain(text, whole) {
                return None;
            }
            // The stock's clause closes after its words, or after a second
            // count of another unit and that count's words.
            let mut next = i + 1;
            let mut clause_end = whole.span.end + words.len();
            if let Some(second) = figures.get(next)
                && second.span.start == clause_end
                && second.kind == FigureKind::Count
                && !same_unit(&second.unit, &whole.unit)
            {
                clause_end = second.span.end + han_run(&text[second.span.end..]).len();
                next += 1;
            }
            if !text[clause_end..].starts_with('，') {
                return None;
            }
            let mut parts: Vec<&Figure> = Vec::new();
            let mut from = clause_end;
            for part in &figures[next..] {
                // Each part opens the clause right after the one before.
                let gap = &text[from..part.span.start];
                let opens = match parts.last() {
                    None => gap == "，",
                    Some(_) => {
                        gap.starts_with(words)
                            && gap.ends_with('，')
                            && !gap[..gap.len() - '，'.len_utf8()]
                                .contains(['，', ',', '。', '；', ';', '\n'])
                    }
                };
                let named = text[part.span.end..].starts_with(words)
                    && text[part.span.end + words.len()..]
                        .chars()
                        .next()
                        .is_some_and(crate::chars::is_han);
                if !(opens && named && same_unit(&part.unit, &whole.unit) && plain(text, part)) {
                    break;
                }
                parts.push(part);
                from = part.span.end;
            }
            // Two clauses or more alike make the run a breakdown (one count
            // after the stock may name other things: `部门领导`). Each part is
            // read alone: the clauses may overlap.
            let parts: Vec<PartReading> = if parts.len() >= 2 {
                parts
                    .into_iter()
                    .map(|part| PartReading::single(whole, part))
                    .collect()
            } else {
                Vec::new()
            };
            Some(parts)
        })
        .flatten()
}

/// The Han characters opening `s`, at most [`MAX_WORDS`].
fn han_run(s: &str) -> &str {
    let len = s
        .char_indices()
        .take_while(|&(_, c)| crate::chars::is_han(c))
        .take(MAX_WORDS)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    &s[..len]
}

/// A level, no change nor class bound.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure) && !is_threshold(text, figure)
}
