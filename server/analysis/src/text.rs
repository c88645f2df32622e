//! Byte offsets <-> (line, column) in the three position encodings.
//!
//! Lines end at LF, CRLF or a lone CR (LSP's rule). U+2028/U+2029 are not
//! line breaks. Columns are counted in the encoding's code units.

use std::ops::Range;

use std::borrow::Cow;

use crate::fold::Folds;
use crate::wrap::Joins;

/// How columns are counted: LSP's `positionEncoding`, or Unicode scalar
/// values for the CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

/// A zero-based line and column, the column in some [`Encoding`]'s units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub fn new(line: u32, column: u32) -> Self {
        Position { line, column }
    }
}

/// The start offsets of every line of one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset of each line's first byte; always starts with 0.
    starts: Vec<usize>,
    len: usize,
    /// Column counts at points inside long lines, in text order, so that a
    /// column is counted from the nearest point rather than from the line
    /// start (a line of a megabyte with a finding every few characters was
    /// quadratic).
    checkpoints: Vec<Checkpoint>,
    /// Full-width figures folded to ASCII and half-width stops widened in
    /// the text (see [`crate::fold`]): UTF-8 columns count the source's
    /// bytes.
    folds: Folds,
    /// Hard-wrapped lines joined in the text (see [`crate::wrap`]): each
    /// join is a line start in `starts`, and its break is not in the text.
    joins: Joins,
}

/// A character boundary inside a long line and its column there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Checkpoint {
    at: usize,
    /// Characters (UTF-32 units) from the line start.
    chars: usize,
    /// UTF-16 units from the line start.
    utf16: usize,
}

/// Bytes between checkpoints; lines shorter than this have none.
const CHECKPOINT_STRIDE: usize = 128;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex::mapped(text, Folds::default(), Joins::default())
    }

    /// The index of the model's text, which folded full-width figures (see
    /// [`crate::fold`]) and joined hard-wrapped lines (see [`crate::wrap`]):
    /// its lines, columns and offsets are those of the source.
    pub fn mapped(text: &str, folds: Folds, joins: Joins) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut from = 0;
        while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[from..]) {
            let i = from + found;
            let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
            from = i + 1 + usize::from(crlf);
            starts.push(from);
        }
        if !joins.is_empty() {
            starts.extend(joins.starts());
            starts.sort_unstable();
        }
        let checkpoints = checkpoints(text, &starts, &folds);
        LineIndex {
            starts,
            len: text.len(),
            checkpoints,
            folds,
            joins,
        }
    }

    pub fn folds(&self) -> &Folds {
        &self.folds
    }

    /// Line starts of a hard-wrapped source where a paragraph may go on or
    /// a new one start (see [`crate::wrap`]).
    pub fn wrap_doubts(&self) -> &[usize] {
        self.joins.doubts()
    }

    /// The source byte offset of `offset` of the model's text, as a start:
    /// at a joined line's start, after the break removed there.
    pub fn source_offset(&self, offset: usize) -> usize {
        self.folds.source_offset(offset) + self.joins.removed_before(offset, true)
    }

    /// The source range of `range` of the model's text: its end at a
    /// joined line's start stays before the break.
    pub fn source_range(&self, range: &Range<usize>) -> Range<usize> {
        let start = self.source_offset(range.start);
        if range.is_empty() {
            return start..start;
        }
        start..self.folds.source_end(range.end) + self.joins.removed_before(range.end, false)
    }

    /// The source text of `range` of the model's `text`: folded figures
    /// full-width again, joined lines broken again.
    pub fn source_text<'t>(&self, text: &'t str, range: Range<usize>) -> Cow<'t, str> {
        if self.joins.inside(range.start, range.end).next().is_none() {
            return self.folds.source_text(text, range);
        }
        let mut out = String::with_capacity(range.len() + 16);
        let mut from = range.start;
        for (at, removed) in self.joins.inside(range.start, range.end) {
            out.push_str(&self.folds.source_text(text, from..at));
            out.push_str(removed);
            from = at;
        }
        out.push_str(&self.folds.source_text(text, from..range.end));
        Cow::Owned(out)
    }

    /// UTF-8 units of the source from `start` to `end` (folded offsets,
    /// both read as starts).
    fn source_bytes(&self, start: usize, end: usize) -> usize {
        self.folds.source_advance(start, end)
    }

    /// Units in `encoding` of the source from `start` to `end` of the
    /// model's `text`, both read as starts.
    pub fn units_between(&self, text: &str, start: usize, end: usize, encoding: Encoding) -> usize {
        match encoding {
            Encoding::Utf8 => self.source_bytes(start, end),
            encoding => {
                units_in(&text.as_bytes()[start..end], encoding)
                    + self.folds.gaps_through(start, end)
            }
        }
    }

    /// Units in the source of `range` of the model's `text`, in
    /// `encoding`: a range's length (spaces taken out at its ends not
    /// counted).
    pub fn source_units(&self, text: &str, range: Range<usize>, encoding: Encoding) -> usize {
        let through = self.units_between(text, range.start, range.end, encoding);
        through - usize::from(range.end > range.start && self.folds.gap_at(range.end))
    }

    /// Units in `encoding` of the character `c` at folded offset `at`,
    /// without a space taken out before it.
    fn units_at(&self, c: char, at: usize, encoding: Encoding) -> usize {
        match encoding {
            Encoding::Utf8 => self.folds.source_width(at).unwrap_or(c.len_utf8()),
            encoding => encoding.units(c),
        }
    }

    /// The column of `offset` on the line starting at `start`: counted from
    /// the last checkpoint of that line before it.
    fn column(&self, text: &str, start: usize, offset: usize, encoding: Encoding) -> usize {
        if encoding == Encoding::Utf8 {
            return self.source_bytes(start, offset);
        }
        let i = self.checkpoints.partition_point(|c| c.at <= offset);
        let (from, base) = match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some(c) if c.at >= start => (
                c.at,
                if encoding == Encoding::Utf16 {
                    c.utf16
                } else {
                    c.chars
                },
            ),
            _ => (start, 0),
        };
        base + self.units_between(text, from, offset, encoding)
    }

    /// The checkpoint of the line starting at `start` to count a column
    /// from, the last one at most `column` units in: (byte offset, units).
    fn checkpoint_for_column(
        &self,
        start: usize,
        end: usize,
        column: usize,
        encoding: Encoding,
    ) -> (usize, usize) {
        let units = |c: &Checkpoint| match encoding {
            Encoding::Utf8 => self.source_bytes(start, c.at),
            Encoding::Utf16 => c.utf16,
            Encoding::Utf32 => c.chars,
        };
        let lo = self.checkpoints.partition_point(|c| c.at < start);
        let hi = self.checkpoints.partition_point(|c| c.at < end);
        let line = &self.checkpoints[lo..hi.max(lo)];
        let i = line.partition_point(|c| units(c) <= column);
        match i.checked_sub(1).map(|i| &line[i]) {
            Some(c) => (c.at, units(c)),
            None => (start, 0),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The zero-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The bytes of line `line`, without its terminator.
    pub fn line_range(&self, text: &str, line: usize) -> Range<usize> {
        let Some(&start) = self.starts.get(line) else {
            return self.len..self.len;
        };
        let next = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        let mut end = next;
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end
    }

    /// The position of a byte offset. An offset inside a character or past
    /// the end is moved back to the nearest character boundary.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = self.column(text, start, offset, encoding);
        Position::new(line as u32, column as u32)
    }

    /// The byte offset of a position, or `None` when the line does not exist
    /// or the column lies past the end of the line or inside a character.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> Option<usize> {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return None;
        }
        let range = self.line_range(text, line);
        let (mut offset, skipped) =
            self.checkpoint_for_column(range.start, range.end, position.column as usize, encoding);
        let mut remaining = position.column as usize - skipped;
        // A space taken out before the first character is counted in
        // `skipped` (or lies on the line before).
        let from = offset;
        for c in text[offset..range.end].chars() {
            if remaining == 0 {
                return Some(offset);
            }
            // A column on a space taken out is the figure's side of it.
            if offset > from && self.folds.gap_at(offset) {
                remaining -= 1;
                if remaining == 0 {
                    return Some(offset);
                }
            }
            let units = self.units_at(c, offset, encoding);
            if units > remaining {
                return None;
            }
            remaining -= units;
            offset += c.len_utf8();
        }
        (remaining == 0).then_some(offset)
    }

    /// Like [`LineIndex::offset`], but a line past the end goes to the end of
    /// the text, a column past the end of its line to the end of the line,
    /// and a column inside a character to that character's start.
    pub fn offset_clamped(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return self.len;
        }
        let range = self.line_range(text, line);
        let (mut offset, skipped) =
            self.checkpoint_for_column(range.start, range.end, position.column as usize, encoding);
        let mut remaining = position.column as usize - skipped;
        let from = offset;
        for c in text[offset..range.end].chars() {
            if offset > from && self.folds.gap_at(offset) {
                if remaining == 0 {
                    break;
                }
                remaining -= 1;
            }
            let units = self.units_at(c, offset, encoding);
            if units > remaining {
                break;
            }
            remaining -= units;
            offset += c.len_utf8();
        }
        offset
    }
}

/// Positions of many offsets of one text, for findings placed one after
/// another: each counts its column from the offset placed before it when
/// both lie on one line and near each other, and asks the index otherwise.
/// Equal to [`LineIndex::position`] for every offset, in any order.
///
/// A line of a megabyte with a finding every character spent most of its
/// placing in the index's two searches and the count from a checkpoint; a
/// finding three bytes after the last now counts three bytes.
pub struct Positions<'a> {
    index: &'a LineIndex,
    text: &'a str,
    encoding: Encoding,
    /// The last offset placed, its position, and where its line's next
    /// line starts (the text's length on the last line).
    last: Option<(usize, Position, usize)>,
}

impl<'a> Positions<'a> {
    pub fn new(index: &'a LineIndex, text: &'a str, encoding: Encoding) -> Self {
        Positions {
            index,
            text,
            encoding,
            last: None,
        }
    }

    /// The position of a byte offset, as [`LineIndex::position`] gives it.
    pub fn at(&mut self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset.min(self.text.len()));
        if let Some((at, p, next_line)) = self.last {
            let line_start = self.index.starts[p.line as usize];
            // Within one line, and no farther than the index would count.
            if (line_start..next_line).contains(&offset) && offset.abs_diff(at) <= CHECKPOINT_STRIDE
            {
                let column = if offset >= at {
                    p.column as usize + self.units(at..offset)
                } else {
                    p.column as usize - self.units(offset..at)
                };
                let p = Position::new(p.line, column as u32);
                self.last = Some((offset, p, next_line));
                return p;
            }
        }
        let p = self.index.position(self.text, offset, self.encoding);
        let next_line = self
            .index
            .starts
            .get(p.line as usize + 1)
            .copied()
            .unwrap_or(self.text.len() + 1);
        self.last = Some((offset, p, next_line));
        p
    }

    fn units(&self, range: Range<usize>) -> usize {
        self.index
            .units_between(self.text, range.start, range.end, self.encoding)
    }
}

/// The UTF-16 or UTF-32 units of some UTF-8, counted by bytes (every byte
/// but a continuation starts a character, and a 4-byte one takes two
/// UTF-16 units): a loop the compiler vectorizes, where decoding each
/// character is not.
///
/// Counted in byte-sized sums over chunks that cannot overflow them (16
/// bytes a vector instruction; a `usize` per byte was 5 instructions a
/// byte, a third of placing 350,000 findings on one line).
fn units_in(bytes: &[u8], encoding: Encoding) -> usize {
    let utf16 = encoding == Encoding::Utf16;
    bytes
        .chunks(127)
        .map(|chunk| {
            let units: u8 = chunk
                .iter()
                .map(|&b| u8::from((b as i8) >= -0x40) + u8::from(utf16 && b >= 0xF0))
                .sum();
            usize::from(units)
        })
        .sum()
}

/// The characters and the UTF-16 units of some UTF-8, in one pass (see
/// [`units_in`]): the starts of characters and of 4-byte ones, summed
/// side by side in bytes. Every long line is counted so at each parse,
/// and two passes were most of the line index.
fn chars_and_utf16(bytes: &[u8]) -> (usize, usize) {
    let (mut chars, mut astral) = (0, 0);
    for chunk in bytes.chunks(127) {
        let (mut starts, mut fours) = (0u8, 0u8);
        for &b in chunk {
            starts += u8::from((b as i8) >= -0x40);
            fours += u8::from(b >= 0xF0);
        }
        chars += usize::from(starts);
        astral += usize::from(fours);
    }
    (chars, chars + astral)
}

/// Checkpoints every [`CHECKPOINT_STRIDE`] bytes inside lines longer than it.
fn checkpoints(text: &str, starts: &[usize], folds: &Folds) -> Vec<Checkpoint> {
    let mut out = Vec::new();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(text.len());
        let (mut at, mut chars, mut utf16) = (start, 0, 0);
        // Counted by bytes between checkpoints, not character by character:
        // this runs over every byte of every long line at each parse.
        loop {
            let next = ceil_char_boundary(text, at + CHECKPOINT_STRIDE);
            if next >= end {
                break;
            }
            let between = &text.as_bytes()[at..next];
            let gaps = folds.gaps_through(at, next);
            let (between_chars, between_utf16) = chars_and_utf16(between);
            chars += between_chars + gaps;
            utf16 += between_utf16 + gaps;
            out.push(Checkpoint {
                at: next,
                chars,
                utf16,
            });
            at = next;
        }
    }
    out
}

/// How far a reader walks from a cue for its sentence's ends. A report's
/// longest sentence is under 2 KB; only a text of one sentence repeated
/// goes farther, and walking it whole at every cue made readers quadratic
/// there. Past it, a reader abstains or cuts the sentence.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// How far a reader walks along a line or paragraph (a report's longest
/// line is under 9 KB), for the same reason.
pub const MAX_LINE_BYTES: usize = 16 * 1024;

/// Where the line holding `at` starts (after its `\n`, or at the text's
/// start), if within [`MAX_LINE_BYTES`] before `at`.
pub fn line_start_near(text: &str, at: usize) -> Option<usize> {
    let lowest = floor_char_boundary(text, at.saturating_sub(MAX_LINE_BYTES));
    match text[lowest..at].rfind('\n') {
        Some(p) => Some(lowest + p + 1),
        None => (lowest == 0).then_some(0),
    }
}

/// Where the line holding `at` ends (at its `\n`, or at the text's end),
/// if within [`MAX_LINE_BYTES`] after `at`.
pub fn line_end_near(text: &str, at: usize) -> Option<usize> {
    let highest = floor_char_boundary(text, at.saturating_add(MAX_LINE_BYTES));
    match text[at..highest].find('\n') {
        Some(p) => Some(at + p),
        None => (highest == text.len()).then_some(highest),
    }
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The smallest char boundary at or after `offset`.
pub fn ceil_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// Bytes compared at once before a byte-by-byte search (a `memcmp`): a
/// megabyte compared a byte at a time cost more than folding it, at
/// every keystroke.
const BLOCK: usize = 512;

/// The length of the longest common prefix of `a` and `b`.
pub fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let mut same = 0;
    while same + BLOCK <= len && a[same..same + BLOCK] == b[same..same + BLOCK] {
        same += BLOCK;
    }
    same + a[same..len]
        .iter()
        .zip(&b[same..len])
        .take_while(|(x, y)| x == y)
        .count()
}

/// The length of the longest common suffix of `a` and `b`.
pub fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let len = a.len().min(b.len());
    let (a, b) = (&a[a.len() - len..], &b[b.len() - len..]);
    let mut same = 0;
    while same + BLOCK <= len
        && a[len - same - BLOCK..len - same] == b[len - same - BLOCK..len - same]
    {
        same += BLOCK;
    }
    same + a[..len - same]
        .iter()
        .rev()
        .zip(b[..len - same].iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_are_found_near_and_not_past_the_window() {
        let text = "甲\n乙丙\n丁";
        let at = text.find('丙').unwrap();
        assert_eq!(line_start_near(text, at), Some(text.find('乙').unwrap()));
        assert_eq!(line_end_near(text, at), Some(text.rfind('\n').unwrap()));
        assert_eq!(line_start_near(text, 0), Some(0));
        assert_eq!(line_end_near(text, text.len()), Some(text.len()));
        // One line longer than the window either way: no answer.
        let long = "字".repeat(MAX_LINE_BYTES);
        let text = format!("x\n{long}{long}\ny");
        let middle = floor_char_boundary(&text, text.len() / 2);
        assert_eq!(line_start_near(&text, middle), None);
        assert_eq!(line_end_near(&text, middle), None);
    }

    #[test]
    fn common_ends_are_found_across_blocks() {
        let a: Vec<u8> = (0..3000u32).map(|i| (i % 251) as u8).collect();
        let mut b = a.clone();
        b[1700] ^= 1;
        assert_eq!(common_prefix(&a, &b), 1700);
        assert_eq!(common_suffix(&a, &b), 3000 - 1701);
        assert_eq!(common_prefix(&a, &a[..10]), 10);
        assert_eq!(common_suffix(&a, &a[2990..]), 10);
        assert_eq!(common_prefix(&a, &a), 3000);
    }

    #[test]
    fn units_counted_by_bytes_are_those_of_the_characters() {
        // Long enough for several of the counting chunks.
        let text = "a推𠮷\u{2028}é①\t𠮷b".repeat(20);
        let text = text.as_str();
        for encoding in [Encoding::Utf16, Encoding::Utf32] {
            for (i, _) in text.char_indices() {
                let by_chars: usize = text[i..].chars().map(|c| encoding.units(c)).sum();
                assert_eq!(units_in(&text.as_bytes()[i..], encoding), by_chars);
                let both = chars_and_utf16(&text.as_bytes()[i..]);
                let counted = if encoding == Encoding::Utf16 {
                    both.1
                } else {
                    both.0
                };
                assert_eq!(counted, by_chars);
            }
        }
    }

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr_but_not_u2028() {
        let text = "a\nb\r\nc\rd\u{2028}e";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        assert_eq!(&text[index.line_range(text, 1)], "b");
        assert_eq!(&text[index.line_range(text, 3)], "d\u{2028}e");
    }

    #[test]
    fn columns_in_each_encoding() {
        let text = "注释\n𠮷a①";
        let index = LineIndex::new(text);
        let a = text.find('a').unwrap();
        assert_eq!(index.position(text, a, Encoding::Utf8), Position::new(1, 4));
        assert_eq!(
            index.position(text, a, Encoding::Utf16),
            Position::new(1, 2)
        );
        assert_eq!(
            index.position(text, a, Encoding::Utf32),
            Position::new(1, 1)
        );
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let position = index.position(text, a, encoding);
            assert_eq!(index.offset(text, position, encoding), Some(a));
        }
    }

    #[test]
    fn positions_inside_a_character_or_past_the_end() {
        let text = "𠮷\n";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(text, Position::new(0, 1), Encoding::Utf16),
            None
        );
        assert_eq!(
            index.offset_clamped(text, Position::new(0, 1), Encoding::Utf16),
            0
        );
        assert_eq!(
            index.offset(text, Position::new(0, 9), Encoding::Utf16),
            None
        );
        assert_eq!(
            index.offset_clamped(text, Position::new(0, 9), Encoding::Utf16),
            4
        );
        assert_eq!(
            index.offset_clamped(text, Position::new(7, 0), Encoding::Utf16),
            5
        );
        assert_eq!(
            index.position(text, 2, Encoding::Utf16),
            Position::new(0, 0)
        );
        assert_eq!(
            index.position(text, 99, Encoding::Utf16),
            Position::new(1, 0)
        );
    }
}

#[cfg(test)]
mod long_line_tests {
    use super::*;

    /// A cursor gives the index's position for every offset, forward,
    /// backward, across line ends and far jumps, inside characters too.
    #[test]
    fn positions_in_turn_are_the_index_positions() {
        let piece = "推进a𠮷，①\u{2028}";
        let text = format!("短行\r\n{}\n\r{}\r\n尾", piece.repeat(300), "b".repeat(900));
        let index = LineIndex::new(&text);
        // Offsets in text order, then a walk that jumps back and forth by
        // odd strides (some inside characters, some past the end).
        let forward: Vec<usize> = (0..=text.len() + 2).collect();
        let mut jumping = Vec::new();
        let mut at = 0usize;
        for step in 0..6000usize {
            at = (at + [5, 1, 301, 3, 7919][step % 5]) % (text.len() + 3);
            jumping.push(at);
            jumping.push(at.saturating_sub(step % 130));
        }
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for offsets in [&forward, &jumping] {
                let mut positions = Positions::new(&index, &text, encoding);
                for &offset in offsets {
                    assert_eq!(
                        positions.at(offset),
                        index.position(&text, offset, encoding),
                        "{offset} {encoding:?}"
                    );
                }
            }
        }
    }

    /// Columns counted from checkpoints equal columns counted from the line
    /// start, both ways, on lines long enough to have many.
    #[test]
    fn checkpoints_give_the_same_columns() {
        let piece = "推进a𠮷，①";
        let text = format!("短行\r\n{}\n{}\r\n尾", piece.repeat(3000), "b".repeat(9000));
        let index = LineIndex::new(&text);
        assert!(index.checkpoints.len() > 4);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (offset, _) in text.char_indices().step_by(7) {
                let line = index.line_of(offset);
                let start = index.starts[line];
                let naive: usize = text[start..offset].chars().map(|c| encoding.units(c)).sum();
                let p = index.position(&text, offset, encoding);
                assert_eq!(p, Position::new(line as u32, naive as u32), "{offset}");
                if offset <= index.line_range(&text, line).end {
                    assert_eq!(index.offset(&text, p, encoding), Some(offset));
                    assert_eq!(index.offset_clamped(&text, p, encoding), offset);
                }
            }
        }
    }
}
