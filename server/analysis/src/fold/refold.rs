//! The fold of a text edited since the previous version, from that
//! version's fold: only the lines the edit touched are folded again.
//!
//! Every fold reads within one line (a figure's neighbours, a stop's word,
//! a line's quotes, a line's first figure), so the lines before and after
//! the edit fold as they did, and their folded text and fold offsets are
//! the previous version's, moved by what the edited lines grew or shrank.
//! A keystroke in a 1 MB report folded the whole text again.

use super::{Folds, fold_figures};
use crate::text::{common_prefix, common_suffix};

/// The previous version's fold: its input, its folded text and its folds.
#[derive(Clone, Copy, Debug)]
pub struct PreviousFold<'a> {
    pub input: &'a str,
    pub folded: &'a str,
    pub folds: &'a Folds,
}

/// `input` folded as [`fold_figures`] folds it, reusing `previous` for the
/// lines outside the edit, and the input again when anything was folded:
/// the next version's refold needs it.
pub fn refold(input: String, previous: Option<PreviousFold>) -> (String, Folds, Option<String>) {
    if let Some(previous) = previous
        && let Some(edit) = refold_edit(&input, previous)
    {
        return match edit {
            Some((text, folds)) => {
                let kept = (!folds.is_empty()).then_some(input);
                (text, folds, kept)
            }
            // Nothing folded anywhere: the text is the input.
            None => (input, Folds::default(), None),
        };
    }
    let kept = input.clone();
    let (text, folds) = fold_figures(input);
    let kept = (!folds.is_empty()).then_some(kept);
    (text, folds, kept)
}

fn is_break(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// The refold (`Some(None)` when nothing is folded, old or new), or `None`
/// when the previous fold's offsets do not map cleanly onto the edited
/// lines (then everything is folded again).
fn refold_edit(input: &str, previous: PreviousFold) -> Option<Option<(String, Folds)>> {
    let (old, new) = (previous.input.as_bytes(), input.as_bytes());
    let prefix = common_prefix(old, new);
    let room = old.len().min(new.len()) - prefix;
    let suffix = common_suffix(&old[old.len() - room..], &new[new.len() - room..]);
    // The edited lines: from after the last break before the edit to the
    // first break at or after it (breaks are ASCII, so both are character
    // boundaries), the same lines in both versions.
    let start = new[..prefix]
        .iter()
        .rposition(|&b| is_break(b))
        .map_or(0, |i| i + 1);
    let new_end = new[new.len() - suffix..]
        .iter()
        .position(|&b| is_break(b))
        .map_or(new.len(), |i| new.len() - suffix + i);
    let old_end = old.len() - (new.len() - new_end);

    // Where those lines lie in the previous folded text: line starts and
    // breaks are never folded, so each maps to one offset.
    let folds = previous.folds;
    let folded_start = folds.folded_offset(start, previous.folded.len());
    let folded_end = folds.folded_offset(old_end, previous.folded.len());
    if folds.source_offset(folded_start) != start
        || folds.source_offset(folded_end) != old_end
        || folded_start > folded_end
        || !previous.folded.is_char_boundary(folded_start)
        || !previous.folded.is_char_boundary(folded_end)
    {
        return None;
    }

    let (middle, middle_folds) = fold_figures(input[start..new_end].to_string());
    if folds.is_empty() && middle_folds.is_empty() {
        return Some(None);
    }
    let tail = &previous.folded[folded_end..];
    let mut text = String::with_capacity(folded_start + middle.len() + tail.len());
    text.push_str(&previous.folded[..folded_start]);
    text.push_str(&middle);
    text.push_str(tail);
    let moved_to = folded_start + middle.len();
    let splice = |before: &[usize], inside: &[usize]| -> Vec<usize> {
        let head = before.partition_point(|&at| at < folded_start);
        let rest = before.partition_point(|&at| at < folded_end);
        let mut out = Vec::with_capacity(head + inside.len() + before.len() - rest);
        out.extend_from_slice(&before[..head]);
        out.extend(inside.iter().map(|&at| at + folded_start));
        out.extend(before[rest..].iter().map(|&at| at - folded_end + moved_to));
        out
    };
    let folds = Folds {
        narrowed: splice(&folds.narrowed, &middle_folds.narrowed),
        widened: splice(&folds.widened, &middle_folds.widened),
        gaps: splice(&folds.gaps, &middle_folds.gaps),
    };
    Some(Some((text, folds)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fold at once: full-width figures, half-width stops and
    /// quotes, spaced figures, over CRLF, CR and LF lines.
    const TEXT: &str = "一、回顾\r\n收入增长６．３％，新建１２个.\r\n落实\"三网\"建设，总值 1671.9 亿元、增长 7.5 %。\n（一）甲.乙\r丙“丁” 12 个\n末行 ３ 项.";

    fn assert_refolds(old: &str, new: &str) {
        let (folded, folds) = fold_figures(old.to_string());
        let previous = PreviousFold {
            input: old,
            folded: &folded,
            folds: &folds,
        };
        let (text, folds, kept) = refold(new.to_string(), Some(previous));
        let scratch = fold_figures(new.to_string());
        assert_eq!((text, folds), scratch, "{old:?} -> {new:?}");
        let kept_when_folded = (!scratch.1.is_empty()).then(|| new.to_string());
        assert_eq!(kept, kept_when_folded, "{old:?} -> {new:?}");
    }

    #[test]
    fn every_single_edit_refolds_as_a_fold_from_scratch() {
        let inserts = ["", "1", "１", " ", ".", "\"", "\n", "\r\n", "亿元", "．５"];
        let boundaries: Vec<usize> = (0..=TEXT.len())
            .filter(|&i| TEXT.is_char_boundary(i))
            .collect();
        for &at in &boundaries {
            for insert in inserts {
                let mut new = TEXT.to_string();
                new.insert_str(at, insert);
                assert_refolds(TEXT, &new);
            }
            // A character deleted at `at`.
            if let Some(c) = TEXT[at..].chars().next() {
                let mut new = TEXT.to_string();
                new.replace_range(at..at + c.len_utf8(), "");
                assert_refolds(TEXT, &new);
            }
        }
    }

    #[test]
    fn a_text_replaced_whole_refolds_too() {
        assert_refolds(TEXT, "全新 ２ 个.");
        assert_refolds("", TEXT);
        assert_refolds(TEXT, "");
        assert_refolds(TEXT, TEXT);
        assert_refolds("没有要折的字。", "没有要折的字。\n也没有。");
    }
}
