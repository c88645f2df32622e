//! The shapes of a list's text the readers share: brackets and quotes that
//! balance, pieces cut at the top level, note marks, dates and figures inside
//! names.

use super::*;
use crate::chars::is_space;

/// Whether a count whose words are `after` closes its clause (`3条。`,
/// `5个，`, the line's end): it counts the names before it and nothing
/// of its own after.
pub(super) fn count_closes_clause(after: &str) -> bool {
    after
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '。' | '，' | '；' | ',' | ';' | '\n' | '\r'))
}

/// Whether every bracket of `s` holds a few words and no `、`.
pub(crate) fn plain_brackets(s: &str) -> bool {
    let mut inside: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' if inside.is_none() => inside = Some(i),
            '）' | ')' => {
                let Some(open) = inside.take() else {
                    return false;
                };
                if s[open..i].chars().count() > 12 {
                    return false;
                }
            }
            '、' | '（' | '(' if inside.is_some() => return false,
            _ => {}
        }
    }
    inside.is_none()
}

/// Whether a `、` stands inside quotes in `s` (then splitting at it would
/// cut a name).
pub(super) fn separator_in_quotes(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            '、' if depth != 0 => return true,
            _ => {}
        }
    }
    depth != 0
}

/// Non-empty pieces of `s` (at `offset`) split by `separators`.
pub(super) fn pieces(offset: usize, s: &str, separators: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if separators.contains(&c) {
            if !s[start..i].trim().is_empty() {
                out.push(offset + start..offset + i);
            }
            start = i + c.len_utf8();
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(offset + start..offset + s.len());
    }
    out
}

/// [`top_level_pieces`] of `range` of `text`, as ranges of `text`.
pub(crate) fn top_level_ranges(
    text: &str,
    range: Range<usize>,
    separators: &[char],
) -> Vec<Range<usize>> {
    top_level_pieces(&text[range.clone()], separators)
        .into_iter()
        .map(|r| range.start + r.start..range.start + r.end)
        .collect()
}

/// The pieces of `s` between `separators` outside brackets and quotes,
/// trimmed of spaces, as byte ranges of `s`; empty pieces are left out.
pub(super) fn top_level_pieces(s: &str, separators: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let push = |from: usize, to: usize, out: &mut Vec<Range<usize>>| {
        let piece = &s[from..to];
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let piece = piece.trim_matches(is_space);
        if !piece.is_empty() {
            out.push(from + lead..from + lead + piece.len());
        }
    };
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth -= 1,
            _ if depth == 0 && separators.contains(&c) => {
                push(start, i, &mut out);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push(start, s.len(), &mut out);
    out
}

pub(crate) fn super_floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether brackets and quotes in `s` close as they open.
pub(crate) fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '（' | '(' | '“' => depth += 1,
            '）' | ')' | '”' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The names of `s` cut at `、` outside brackets and quotes, and between two
/// quoted names that touch (`“甲”“乙”`): each piece's offset and words.
pub(crate) fn top_level(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut previous = None;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' => {
                if c == '“' && depth == 0 && previous == Some('”') {
                    cuts.push((start, i));
                    start = i;
                }
                depth += 1;
            }
            '）' | ')' | '”' => depth -= 1,
            '、' if depth == 0 => {
                cuts.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
        previous = Some(c);
    }
    cuts.push((start, s.len()));
    cuts.into_iter()
        .filter(move |(a, b)| !s[*a..*b].trim().is_empty())
        .map(move |(a, b)| (a, &s[a..b]))
}

/// Up to `n` characters of `text` from `at`: the words a count counts.
pub(super) fn words_after(text: &str, at: usize, n: usize) -> &str {
    let end = text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i);
    &text[at..end]
}

/// The characters of `name` but for the digits of a year (`2031年`), which
/// name a period, not an amount.
pub(super) fn without_years(name: &str) -> impl Iterator<Item = char> + '_ {
    let mut skip = 0;
    name.char_indices().filter_map(move |(i, c)| {
        if skip > 0 {
            skip -= 1;
            return None;
        }
        let year = name[i..].len() >= 5
            && name.as_bytes()[i..i + 4].iter().all(u8::is_ascii_digit)
            && name[i + 4..].starts_with('年')
            && !name[..i].ends_with(|c: char| c.is_ascii_digit());
        if year {
            skip = 3;
            return None;
        }
        Some(c)
    })
}

/// The marks that point at a note by number (`[2]`, `［2］`, `【2】`):
/// its digits are no figure of the text.
pub(super) const NOTE_MARKS: &[(char, char)] = &[('[', ']'), ('［', '］'), ('【', '】')];

/// `s` without a note's mark at its end.
pub(super) fn without_note_mark(s: &str) -> &str {
    NOTE_MARKS
        .iter()
        .find_map(|(open, close)| {
            let inner = s.strip_suffix(*close)?;
            let p = inner.rfind(*open)?;
            let digits = &inner[p + open.len_utf8()..];
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| &s[..p])
        })
        .unwrap_or(s)
}

/// Where the note's mark whose digits start at `at` ends (`[2]`).
pub(super) fn note_mark_end(line: &str, at: usize) -> Option<usize> {
    let open = line[..at].chars().next_back()?;
    let (_, close) = NOTE_MARKS.iter().find(|(o, _)| *o == open)?;
    let digits = line[at..].bytes().take_while(u8::is_ascii_digit).count();
    line[at + digits..]
        .starts_with(*close)
        .then(|| at + digits + close.len_utf8())
}

/// Where the first date of `s` starts: digits closed by `月` or `日`
/// (`6月底`, `10日`), or a year of four digits (`2030年`).
pub(super) fn date_start(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            at += 1;
            continue;
        }
        let rest = &s[at + digits..];
        if rest.starts_with(['月', '日']) || (digits == 4 && rest.starts_with('年')) {
            return Some(at);
        }
        at += digits;
    }
    None
}

/// Whether `s` holds a figure: a digit outside a note's mark.
pub(super) fn figure_in(s: &str) -> bool {
    let mut in_mark = false;
    for (i, c) in s.char_indices() {
        if NOTE_MARKS.iter().any(|(open, _)| *open == c) {
            let rest = &s[i + c.len_utf8()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            in_mark = digits > 0
                && NOTE_MARKS
                    .iter()
                    .any(|(o, close)| *o == c && rest[digits..].starts_with(*close));
        } else if NOTE_MARKS.iter().any(|(_, close)| *close == c) {
            in_mark = false;
        } else if c.is_ascii_digit() && !in_mark {
            return true;
        }
    }
    false
}
