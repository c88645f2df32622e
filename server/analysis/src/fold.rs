//! Figures printed full-width (`６．３％`, `１２个`), read as ASCII, and
//! full stops typed half-width (`增长5%.下一步`), read as `。`.
//!
//! Older reports and some Word templates print every digit full-width.
//! The readers of figures, counts and slogans look for ASCII digits; rather
//! than teach each of them the second form, the model folds the text once:
//! `０`–`９` become `0`–`9`, `％` becomes `%`, and `．` between two digits
//! becomes `.`. Text typed on a half-width keyboard ends its sentences with
//! `.`; the readers end a sentence at `。`, so such a stop becomes `。`,
//! and its quotes are ASCII (`"三网"`), read as `“三网”` when they pair
//! (see [`half_width_quotes`]).
//! Text set with a space on each side of a figure (`总值 1671.9 亿元，增长
//! 7.5 %`, as PDF exports and some templates print it) has those spaces
//! taken out, so that a figure reads with its word and its unit as when
//! printed close (see [`spaces_to_close`]).
//! Each folded character keeps its place (one character for one, one
//! UTF-16 unit for one); lines stay the source's, and byte offsets and
//! columns move by the folds and the spaces taken out, which [`Folds`] maps
//! back.

use std::borrow::Cow;

mod refold;
pub(crate) use refold::{PreviousFold, refold};

/// The folded characters of a text: the byte offset of each, in the folded
/// text, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folds {
    /// Full-width figures read as one ASCII byte.
    narrowed: Vec<usize>,
    /// Half-width full stops read as `。`, half-width quotes as `“”‘’`.
    widened: Vec<usize>,
    /// Where a space was taken out: the offset of the character it stood
    /// before.
    gaps: Vec<usize>,
}

/// Bytes a folded figure took in the source beyond its one byte now (every
/// folded figure is a 3-byte full-width form), and bytes a widened stop
/// or quote takes now beyond its one in the source.
const WIDENED_BY: usize = 2;

fn count_between(offsets: &[usize], start: usize, end: usize) -> usize {
    if offsets.is_empty() || end <= start {
        return 0;
    }
    offsets.partition_point(|&f| f < end) - offsets.partition_point(|&f| f < start)
}

impl Folds {
    pub fn is_empty(&self) -> bool {
        self.narrowed.is_empty() && self.widened.is_empty() && self.gaps.is_empty()
    }

    /// Source bytes of the characters `start..end`, folded ones as printed,
    /// without the spaces taken out before or after them.
    fn folded_len(&self, start: usize, end: usize) -> usize {
        (end - start.min(end)) + WIDENED_BY * count_between(&self.narrowed, start, end)
            - WIDENED_BY * count_between(&self.widened, start, end)
    }

    /// Source bytes of the folded range `start..end`: its characters and
    /// the spaces taken out between them.
    pub fn source_len(&self, start: usize, end: usize) -> usize {
        self.folded_len(start, end) + self.gaps_inside(start, end)
    }

    /// Source bytes from the folded offset `start` to `end`, both read as
    /// starts (a space taken out right before `end` passed): the UTF-8
    /// column `end` lies at when a line starts at `start`.
    pub fn source_advance(&self, start: usize, end: usize) -> usize {
        self.folded_len(start, end) + self.gaps_through(start, end)
    }

    /// Spaces taken out after `start` and before or at `end`: each is one
    /// more column at `end`, in every encoding.
    pub fn gaps_through(&self, start: usize, end: usize) -> usize {
        if self.gaps.is_empty() || end <= start {
            return 0;
        }
        self.gaps.partition_point(|&g| g <= end) - self.gaps.partition_point(|&g| g <= start)
    }

    /// Spaces taken out strictly inside `start..end`.
    fn gaps_inside(&self, start: usize, end: usize) -> usize {
        self.gaps_through(start, end) - usize::from(end > start && self.gap_at(end))
    }

    /// Whether a space was taken out right before folded offset `at`.
    pub fn gap_at(&self, at: usize) -> bool {
        !self.gaps.is_empty() && self.gaps.binary_search(&at).is_ok()
    }

    /// Source bytes of the character at folded offset `at`, when it was
    /// folded.
    pub fn source_width(&self, at: usize) -> Option<usize> {
        if !self.narrowed.is_empty() && self.narrowed.binary_search(&at).is_ok() {
            Some(1 + WIDENED_BY)
        } else if !self.widened.is_empty() && self.widened.binary_search(&at).is_ok() {
            Some(1)
        } else {
            None
        }
    }

    /// The source byte offset of folded offset `offset`, as a start: past
    /// a space taken out right before it.
    pub fn source_offset(&self, offset: usize) -> usize {
        self.source_advance(0, offset)
    }

    /// The source byte offset of folded offset `offset`, as a range's end:
    /// before a space taken out right there.
    pub fn source_end(&self, offset: usize) -> usize {
        self.source_len(0, offset)
    }

    /// The folded offset of `source`, an offset of the text before the fold
    /// that lies on no folded character, in a folded text of `len` bytes.
    pub fn folded_offset(&self, source: usize, len: usize) -> usize {
        if self.is_empty() {
            return source;
        }
        // `source_offset` grows with its offset: the first that reaches
        // `source` is the one.
        let (mut lo, mut hi) = (0, len);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.source_offset(mid) < source {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // Inside a widened stop the count steps back (its one source byte
        // is three here), so the search may end past its first byte.
        let before = self.widened.partition_point(|&w| w < lo);
        match before.checked_sub(1).map(|i| self.widened[i]) {
            Some(w) if lo < w + 1 + WIDENED_BY => w,
            _ => lo,
        }
    }

    /// The source's form of the character `c` at folded offset `at`.
    fn source_char(&self, c: char, at: usize) -> char {
        match self.source_width(at) {
            Some(1) => match c {
                '“' | '”' => '"',
                '‘' | '’' => '\'',
                _ => '.',
            },
            Some(_) => widened(c),
            None => c,
        }
    }

    /// The source text of `range` of the folded `text`: folded characters
    /// written as printed again, spaces taken out inside it put back.
    pub fn source_text<'t>(&self, text: &'t str, range: std::ops::Range<usize>) -> Cow<'t, str> {
        let slice = &text[range.clone()];
        if count_between(&self.narrowed, range.start, range.end) == 0
            && count_between(&self.widened, range.start, range.end) == 0
            && self.gaps_inside(range.start, range.end) == 0
        {
            return Cow::Borrowed(slice);
        }
        let mut out = String::with_capacity(slice.len() + 2 * WIDENED_BY);
        for c in self.source_chars(text, range) {
            out.push(c);
        }
        Cow::Owned(out)
    }
}

impl Folds {
    /// The source's characters of `range` of the folded `text`, lazily
    /// (for excerpts of long lines, where only a few are read): as
    /// [`Folds::source_text`] gives them.
    pub fn source_chars<'t>(
        &'t self,
        text: &'t str,
        range: std::ops::Range<usize>,
    ) -> impl DoubleEndedIterator<Item = char> + 't {
        let start = range.start;
        text[range].char_indices().flat_map(move |(i, c)| {
            let at = start + i;
            let space = (i > 0 && self.gap_at(at)).then_some(' ');
            space.into_iter().chain(Some(self.source_char(c, at)))
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

/// `text` with its full-width figures folded, its half-width full stops
/// widened and the spaces around its figures taken out, and where. A text
/// with none of them is returned as it came, without a copy.
pub fn fold_figures(text: String) -> (String, Folds) {
    let (text, narrowed) = narrow_figures(text);
    let (text, narrowed, widened) = widen_half_width(text, narrowed);
    let spaces = spaces_to_close(&text);
    if spaces.is_empty() {
        let gaps = Vec::new();
        return (
            text,
            Folds {
                narrowed,
                widened,
                gaps,
            },
        );
    }
    let mut out = String::with_capacity(text.len());
    let mut gaps = Vec::with_capacity(spaces.len());
    let mut copied = 0;
    for &at in &spaces {
        out.push_str(&text[copied..at]);
        gaps.push(out.len());
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
    // An offset after k spaces moved back by k.
    let closed = |offsets: Vec<usize>| -> Vec<usize> {
        offsets
            .into_iter()
            .map(|f| f - spaces.partition_point(|&s| s < f))
            .collect()
    };
    let folds = Folds {
        narrowed: closed(narrowed),
        widened: closed(widened),
        gaps,
    };
    (out, folds)
}

/// `text` with a space put between each figure and the Chinese word or `%`
/// beside it, except after a line's first figure (an item's number): a
/// spaced print, for tests and the fuzzer.
pub fn figures_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut line_has_text = false;
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev {
            let digit_then_word =
                p.is_ascii_digit() && (crate::chars::is_han(c) || c == '%') && line_has_text;
            let word_then_digit = crate::chars::is_han(p) && c.is_ascii_digit();
            if digit_then_word || word_then_digit {
                out.push(' ');
            }
            if !p.is_ascii_digit() && p != '.' {
                line_has_text = !matches!(p, '\n' | '\r') && !crate::chars::is_space(p);
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// `text` with its half-width full stops widened to `。` and its paired
/// half-width quotes to `“”‘’`, the offsets of its folded figures moved
/// with them, and where the widened characters are.
fn widen_half_width(text: String, narrowed: Vec<usize>) -> (String, Vec<usize>, Vec<usize>) {
    let mut wide: Vec<(usize, char)> = half_width_stops(&text)
        .into_iter()
        .map(|at| (at, '。'))
        .collect();
    let quotes = half_width_quotes(&text);
    if !quotes.is_empty() {
        wide.extend(quotes);
        wide.sort_unstable_by_key(|&(at, _)| at);
    }
    if wide.is_empty() {
        return (text, narrowed, Vec::new());
    }
    let mut out = String::with_capacity(text.len() + WIDENED_BY * wide.len());
    let mut copied = 0;
    let mut widened = Vec::with_capacity(wide.len());
    for &(at, c) in &wide {
        out.push_str(&text[copied..at]);
        widened.push(out.len());
        out.push(c);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
    // A figure after k widened characters moved by k widenings.
    let narrowed = narrowed
        .into_iter()
        .map(|f| f + WIDENED_BY * wide.partition_point(|&(s, _)| s < f))
        .collect();
    (out, narrowed, widened)
}

/// The half-width quotes of `text` that pair in Chinese text, each with
/// the full-width quote it stands for: on each line (a paragraph), the
/// `"` (or `'`) in order open and close, when the line holds an even
/// number of them; a pair is read only in Chinese text: when it quotes
/// Chinese words (`"三网"`) or stands next to them (`"1+6+13"规划`), not
/// around English words alone or after a measure in inches. A line with
/// an odd number is left as typed: which one is unpaired is not known.
fn half_width_quotes(text: &str) -> Vec<(usize, char)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (quote, open, close) in [(b'"', '“', '”'), (b'\'', '‘', '’')] {
        // The quotes of the line being read, and where that line ends.
        let mut line: Vec<usize> = Vec::new();
        let mut line_end = 0;
        for at in memchr::memchr_iter(quote, bytes) {
            if at >= line_end {
                pair_quotes(text, &line, [open, close], &mut out);
                line.clear();
                line_end =
                    memchr::memchr2(b'\n', b'\r', &bytes[at..]).map_or(bytes.len(), |i| at + i);
            }
            line.push(at);
        }
        pair_quotes(text, &line, [open, close], &mut out);
    }
    out
}

/// The quotes at `line` (one line's, in order) read as `open` and `close`
/// in turn, each pair in Chinese text; none when they are odd.
fn pair_quotes(text: &str, line: &[usize], [open, close]: [char; 2], out: &mut Vec<(usize, char)>) {
    if !line.len().is_multiple_of(2) {
        return;
    }
    for pair in line.chunks_exact(2) {
        let chinese = |c: Option<char>| {
            c.is_some_and(|c| crate::chars::is_han(c) || crate::chars::is_cjk_punctuation(c))
        };
        if text[pair[0] + 1..pair[1]].chars().any(crate::chars::is_han)
            || chinese(text[..pair[0]].chars().next_back())
            || chinese(text[pair[1] + 1..].chars().next())
        {
            out.push((pair[0], open));
            out.push((pair[1], close));
        }
    }
}

/// The offsets of the single spaces in `text` that part a figure from its
/// word (`增长 7.5%`) or its unit (`1671.9 亿元`, `7.5 %`): between a
/// Chinese character and a digit, or a digit and a Chinese character or
/// `%`. A space after an item's number stays (`1 名词`, `（2 ）`, a line's
/// first figure), and so does one before an item's number (`工作 1.`,
/// `工作 2、`).
fn spaces_to_close(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b' ', bytes)
        .filter(|&i| {
            let (Some(&b), Some(&a)) = (bytes.get(i.wrapping_sub(1)), bytes.get(i + 1)) else {
                return false;
            };
            if i == 0 || b == b' ' || a == b' ' {
                return false;
            }
            if b.is_ascii_digit() && a == b'.' {
                // `43 .6 %`: a space before the decimal point splits one
                // figure (a full stop has no digit right after it).
                bytes.get(i + 2).is_some_and(u8::is_ascii_digit)
            } else if b.is_ascii_digit() {
                let after = text[i + 1..].chars().next();
                after.is_some_and(|c| c == '%' || crate::chars::is_han(c))
                    && !numbers_a_line(&text[..i])
            } else if a.is_ascii_digit() {
                let before = text[..i].chars().next_back();
                before.is_some_and(crate::chars::is_han) && !numbers_an_inline_item(&bytes[i + 1..])
            } else {
                false
            }
        })
        .collect()
}

/// Whether the figure ending `before` is the first thing on its line, or
/// comes right after an opening bracket: an item's or a note's number.
fn numbers_a_line(before: &str) -> bool {
    let figure = before.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let Some(c) = figure.chars().next_back() else {
        return true;
    };
    match c {
        '\n' | '\r' | '(' | '（' | '[' | '［' | '〔' | '【' => true,
        // Only an indent between the line's start and the figure.
        c if crate::chars::is_space(c) => figure
            .chars()
            .rev()
            .take_while(|&c| c != '\n' && c != '\r')
            .all(crate::chars::is_space),
        _ => false,
    }
}

/// Whether the digits starting `after` number an item: `1.` before a word,
/// `2、`, `3)` or `4）`.
fn numbers_an_inline_item(after: &[u8]) -> bool {
    let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = &after[digits..];
    match rest.first() {
        Some(b'.') => !rest.get(1).is_some_and(u8::is_ascii_digit),
        Some(b')') => true,
        _ => rest.starts_with("、".as_bytes()) || rest.starts_with("）".as_bytes()),
    }
}

/// The offsets of the `.` in `text` that end a sentence: after a Chinese
/// character, a percent sign or a closing bracket or quote, and not a
/// decimal point (`6.3`), an item's number (`1.`, `一.`), a web address or
/// an ellipsis (`...`).
fn half_width_stops(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'.', bytes)
        .filter(|&i| {
            let next = bytes.get(i + 1).copied();
            if next.is_some_and(|b| b == b'.' || b.is_ascii_alphabetic()) {
                return false;
            }
            let before = &text[..i];
            let Some(prev) = before.chars().next_back() else {
                return false;
            };
            match prev {
                '%' | ')' | '）' | '”' | '"' | '’' | '》' | '」' | '』' | '】' => true,
                c if crate::chars::is_han(c) => !numbers_an_item(before),
                _ => false,
            }
        })
        .collect()
}

/// Whether the line ending in `before` is only a Chinese numeral, as an
/// item's number before its `.` (`一.`, `十二.`).
fn numbers_an_item(before: &str) -> bool {
    let line = before.rsplit(['\n', '\r']).next().unwrap_or(before);
    line.trim_start_matches(crate::chars::is_space)
        .chars()
        .all(|c| crate::chars::chinese_digit(c).is_some())
}

/// `text` with its full-width figures folded, and where they were.
fn narrow_figures(text: String) -> (String, Vec<usize>) {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut folds = Vec::new();
    // Bytes of `text` up to here are in `out` (when there is one).
    let mut copied = 0;
    // Every form folded is EF BC xx in UTF-8, EF never a continuation byte:
    // a search for the two bytes finds each at a character's start, and
    // the text between is copied whole.
    // (A `memchr` for EF, then a look at the next byte: full-width commas
    // and colons make these hits frequent, and a two-byte `memmem` search
    // cost twice as much a hit.)
    for i in memchr::memchr_iter(0xEF, bytes).filter(|&i| bytes.get(i + 1) == Some(&0xBC)) {
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
            (o, folds)
        }
        None => (text, folds),
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
        assert_eq!(folds.source_len(0, twelve), twelve + 8);
    }

    #[test]
    fn text_without_full_width_figures_is_not_copied() {
        let source = "增长6.3%，（一）注释：".to_string();
        let pointer = source.as_ptr();
        let (folded, folds) = fold_figures(source);
        assert!(folds.is_empty());
        assert_eq!(folded.as_ptr(), pointer);
    }

    #[test]
    fn half_width_stops_read_as_full_stops_and_back() {
        let source = "一.回顾\n增长6.3%.新建12个.见www.gov.cn。（１）等...\n";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(
            folded,
            "一.回顾\n增长6.3%。新建12个。见www.gov.cn。（1）等...\n"
        );
        assert_eq!(folds.source_text(&folded, 0..folded.len()), source);
        let one = folded.find("（1）").unwrap() + "（".len();
        assert_eq!(folds.source_offset(one), source.find('１').unwrap());
        assert_eq!(folds.source_offset(folded.len()), source.len());
        let stop = folded.find("%。").unwrap() + 1;
        assert_eq!(folds.source_width(stop), Some(1));
    }

    #[test]
    fn paired_half_width_quotes_read_as_full_width_and_back() {
        let source = "推进\"两链\"融合,落实'三个一'和\"五比五不比\".\n\
                      按\"1+6\"标准,\"Made in\" label\n\"单个\n";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(
            folded,
            "推进“两链”融合,落实‘三个一’和“五比五不比”。\n\
             按“1+6”标准,\"Made in\" label\n\"单个\n"
        );
        assert_eq!(folds.source_text(&folded, 0..folded.len()), source);
        let close = folded.find('”').unwrap();
        assert_eq!(folds.source_width(close), Some(1));
        assert_eq!(folds.source_offset(close), source.find("\"融合").unwrap());
        assert_eq!(folds.source_offset(folded.len()), source.len());
    }

    #[test]
    fn quotes_of_a_line_with_an_odd_number_stay_as_typed() {
        let source = "\"甲\"和\"乙\n丙\"丁\"\n";
        let (folded, _) = fold_figures(source.to_string());
        assert_eq!(folded, "\"甲\"和\"乙\n丙“丁”\n");
    }

    #[test]
    fn spaces_around_figures_are_taken_out_and_put_back() {
        let source = "总值 1671.9 亿元，增长 7.5 %，第 2 位。\n1 名词：甲。\n（2 ）乙 3.丙 4、丁\n";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(
            folded,
            "总值1671.9亿元，增长7.5%，第2位。\n1 名词：甲。\n（2 ）乙 3.丙 4、丁\n"
        );
        assert_eq!(folds.source_text(&folded, 0..folded.len()), source);
        let figure = folded.find("1671.9").unwrap();
        let figure_end = figure + "1671.9".len();
        // As a start, past the space before it; as an end, before the one
        // after it.
        assert_eq!(folds.source_offset(figure), source.find("1671.9").unwrap());
        assert_eq!(
            folds.source_end(figure_end),
            source.find("1671.9").unwrap() + "1671.9".len()
        );
        assert_eq!(folds.source_text(&folded, figure..figure_end), "1671.9");
        assert_eq!(
            folds.source_text(&folded, figure..figure_end + "亿元".len()),
            "1671.9 亿元"
        );
        assert_eq!(folds.source_offset(folded.len()), source.len());
    }

    #[test]
    fn spaces_close_after_full_width_figures_and_stops_too() {
        let source = "增长 ６．３ ％.新建 １２ 个。";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(folded, "增长6.3%。新建12个。");
        assert_eq!(folds.source_text(&folded, 0..folded.len()), source);
        let twelve = folded.find("12").unwrap();
        assert_eq!(folds.source_offset(twelve), source.find("１２").unwrap());
    }

    #[test]
    fn a_line_starting_at_a_half_width_stop_maps_to_the_stop() {
        let source = "行业清源.等扫黑";
        let (folded, folds) = fold_figures(source.to_string());
        assert_eq!(folded, "行业清源。等扫黑");
        let stop = source.find('.').unwrap();
        assert_eq!(
            folds.folded_offset(stop, folded.len()),
            folded.find('。').unwrap()
        );
    }
}
