//! Figures printed full-width (`６．３％`, `１２个`), read as ASCII.
//!
//! Older reports and some Word templates print every digit full-width.
//! The readers of figures, counts and slogans look for ASCII digits; rather
//! than teach each of them the second form, the model folds the text once:
//! `０`–`９` become `0`–`9`, `％` becomes `%`, and `．` between two digits
//! becomes `.`. Each folded character keeps its place (one character for
//! one, one UTF-16 unit for one), so lines and character columns are those
//! of the source; only byte offsets shrink, by two at each fold, and
//! [`Folds`] maps them back.

use std::borrow::Cow;

/// The folded characters of a text: the byte offset of each, in the folded
/// text, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folds(Vec<usize>);

/// Bytes a folded character took in the source beyond its one byte now
/// (every folded character is a 3-byte full-width form).
const WIDENED_BY: usize = 2;

impl Folds {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Folded characters in `start..end` (folded offsets).
    pub fn between(&self, start: usize, end: usize) -> usize {
        if self.0.is_empty() || end <= start {
            return 0;
        }
        self.0.partition_point(|&f| f < end) - self.0.partition_point(|&f| f < start)
    }

    /// Folded characters that stood before `offset` of the text before the
    /// fold (an offset of the unfolded text, unlike [`Folds::between`]).
    pub fn between_source(&self, offset: usize) -> usize {
        // The k-th fold stood WIDENED_BY * k bytes further on.
        let (mut lo, mut hi) = (0, self.0.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.0[mid] + WIDENED_BY * mid < offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Whether the character at folded offset `at` was folded.
    pub fn contains(&self, at: usize) -> bool {
        !self.0.is_empty() && self.0.binary_search(&at).is_ok()
    }

    /// The source byte offset of folded offset `offset`.
    pub fn source_offset(&self, offset: usize) -> usize {
        offset + WIDENED_BY * self.between(0, offset)
    }

    /// The source text of `range` of the folded `text`: folded characters
    /// written full-width again.
    pub fn source_text<'t>(&self, text: &'t str, range: std::ops::Range<usize>) -> Cow<'t, str> {
        let slice = &text[range.clone()];
        if self.between(range.start, range.end) == 0 {
            return Cow::Borrowed(slice);
        }
        let mut out = String::with_capacity(slice.len() + 2 * WIDENED_BY);
        for (i, c) in slice.char_indices() {
            if self.contains(range.start + i) {
                out.push(widened(c));
            } else {
                out.push(c);
            }
        }
        Cow::Owned(out)
    }
}

impl Folds {
    /// The source's characters of `range` of the folded `text`, lazily:
    /// for excerpts of long lines, where only a few are read.
    pub fn source_chars<'t>(
        &'t self,
        text: &'t str,
        range: std::ops::Range<usize>,
    ) -> impl DoubleEndedIterator<Item = char> + 't {
        let start = range.start;
        text[range].char_indices().map(move |(i, c)| {
            if self.contains(start + i) {
                widened(c)
            } else {
                c
            }
        })
    }
}

/// The full-width form a folded ASCII character came from.
fn widened(c: char) -> char {
    match c {
        '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
        '%' => '％',
        '.' => '．',
        other => other,
    }
}

/// `text` with its full-width figures folded, and where they were. A text
/// with none is returned as it came, without a copy.
pub fn fold_figures(text: String) -> (String, Folds) {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut folds = Vec::new();
    // Bytes of `text` up to here are in `out` (when there is one).
    let mut copied = 0;
    // Every form folded is EF BC xx in UTF-8, EF never a continuation byte:
    // a search for the two bytes finds each at a character's start, and
    // the text between is copied whole.
    for i in memchr::memmem::find_iter(bytes, b"\xEF\xBC") {
        let folded = match bytes.get(i + 2) {
            Some(&b @ 0x90..=0x99) => Some(char::from(b'0' + (b - 0x90))),
            Some(0x85) => Some('%'),
            // A point between digits: `６．３`, not the `．` after a note's
            // number (`１．名词`).
            Some(0x8E) => {
                let before_digit = match &out {
                    Some(o) if copied == i => o.ends_with(|c: char| c.is_ascii_digit()),
                    _ => bytes[..i].last().is_some_and(u8::is_ascii_digit),
                };
                let after = &bytes[i + 3..];
                let after_digit = after.first().is_some_and(u8::is_ascii_digit)
                    || (after.starts_with(b"\xEF\xBC")
                        && after.get(2).is_some_and(|b| (0x90..=0x99).contains(b)));
                (before_digit && after_digit).then_some('.')
            }
            _ => None,
        };
        let Some(ascii) = folded else { continue };
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(&text[copied..i]);
        folds.push(o.len());
        o.push(ascii);
        copied = i + 3;
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            (o, Folds(folds))
        }
        None => (text, Folds::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_figures_fold_to_ascii_and_back() {
        let source = "增长６．３％，建成１２个，注释１．说明。";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(folded, "增长6.3%，建成12个，注释1．说明。");
        assert_eq!(folded.chars().count(), source.chars().count());
        assert_eq!(folds.source_text(&folded, 0..folded.len()), source);
        let twelve = folded.find("12").unwrap();
        assert_eq!(folds.source_offset(twelve), source.find("１２").unwrap());
        assert_eq!(folds.source_offset(folded.len()), source.len());
        assert_eq!(folds.between(0, twelve), 4);
    }

    #[test]
    fn text_without_full_width_figures_is_not_copied() {
        let source = "增长6.3%，（一）注释：".to_string();
        let pointer = source.as_ptr();
        let (folded, folds) = fold_figures(source);
        assert!(folds.is_empty());
        assert_eq!(folded.as_ptr(), pointer);
    }
}
