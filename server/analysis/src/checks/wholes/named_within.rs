//! `全省40个重点县已有31个县实现目标`, `6条河流实现2条河恢复有水，3条河
//! 稳定达标`: a count and the words it counts, then `已有` (`有`,
//! `实现`) and counts of its unit each named by the last of those words
//! (`县` of `重点县`) and followed by a state: each counts some of the
//! whole's things, though no `其中` says so. The states may overlap, so
//! the parts are not added up.

use super::{PartReading, counts_new, in_brackets, is_threshold, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words between the whole's counted words and the first part.
const LINKS: &[&str] = &["已有", "共有", "实现", "有"];

/// The most Han characters of the whole's counted words.
const MAX_WORDS: usize = 12;

/// The most bytes from the whole to its first part (a note in brackets
/// may name the things counted).
const MAX_BETWEEN: usize = 120 * 3;

/// Every count whose words, past a note in brackets, are followed by one
/// of [`LINKS`] and parts named by their last words.
pub(super) fn named_within(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        if whole.kind != FigureKind::Count {
            return None;
        }
        // The next figure past those in a note (`（…九年…）`).
        let mut k = i + 1;
        while let Some(f) = figures.get(k)
            && f.span.start - whole.span.end <= MAX_BETWEEN
            && in_brackets(&text[whole.span.end..f.span.start])
        {
            k += 1;
        }
        let first = figures.get(k)?;
        // Cheap tests first: this looks at every count.
        if !same_unit(&first.unit, &whole.unit) || first.span.start - whole.span.end > MAX_BETWEEN {
            return None;
        }
        let between = text.get(whole.span.end..first.span.start)?;
        let words = LINKS.iter().find_map(|w| between.strip_suffix(w))?;
        let words = without_note(words)?;
        let n = words.chars().count();
        if !(1..=MAX_WORDS).contains(&n)
            || !words.chars().all(crate::chars::is_han)
            || !plain(text, whole)
            || counts_new(doc, whole)
        {
            return None;
        }
        let named = |part: &Figure| {
            let after = &text[part.span.end..];
            // The part's words: the whole's last one or more characters.
            (0..words.len())
                .filter(|&k| words.is_char_boundary(k))
                .any(|k| {
                    after.starts_with(&words[k..])
                        && after[words.len() - k..]
                            .chars()
                            .next()
                            .is_some_and(crate::chars::is_han)
                })
        };
        if !named(first) || !plain(text, first) {
            return None;
        }
        let mut parts = vec![first];
        for next in &figures[k + 1..] {
            let previous = parts[parts.len() - 1];
            let gap = &text[previous.span.end..next.span.start];
            let Some(clause) = gap.strip_suffix(['，', '、']) else {
                break;
            };
            if clause.contains(['，', '、', '。', '；', ';', '\n'])
                || !same_unit(&next.unit, &whole.unit)
                || !named(next)
                || !plain(text, next)
            {
                break;
            }
            parts.push(next);
        }
        Some(PartReading {
            whole,
            parts,
            stops_at_next: true,
        })
    })
}

/// `words` without one note in brackets or quotes around a name
/// (`“两类”（甲和乙）攻坚县` read as `两类攻坚县`).
fn without_note(words: &str) -> Option<String> {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in words.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.checked_sub(1)?,
            '“' | '”' => {}
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    (depth == 0).then_some(out)
}

/// A level, no change nor class bound.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure) && !is_threshold(text, figure)
}
