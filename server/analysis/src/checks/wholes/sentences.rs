//! Where a part's sentence, clause and brackets start and end.

use super::*;

/// Where the parts of the `其中` at `at` end: the sentence's end, `limit`
/// (the next `其中`), or, for a bracketed `（其中…）`, the bracket's close.
pub(super) fn parts_end(text: &str, at: usize, limit: Option<usize>) -> usize {
    let after = at + "其中".len();
    let end = sentence_end(text, after, limit);
    let bracketed = chars_before(text, at, 1).starts_with(['（', '(']);
    if !bracketed {
        return end;
    }
    match text[after..end].find(['）', ')']) {
        Some(close) => after + close,
        None => end,
    }
}

/// Whether byte `b` may start a character that ends a sentence
/// ([`ends_sentence`]): `。` starts with 0xE3, `；！？` with 0xEF, the
/// others are ASCII. Sentences are searched by bytes, decoding only these.
pub(super) fn may_end_sentence(b: u8) -> bool {
    matches!(b, 0xE3 | 0xEF | b';' | b'!' | b'?' | b'\n' | b'\r')
}

/// The character starting at byte `i` if it ends a sentence.
pub(super) fn sentence_break_at(text: &str, i: usize) -> Option<char> {
    if !may_end_sentence(*text.as_bytes().get(i)?) {
        return None;
    }
    text.get(i..)?.chars().next().filter(|c| ends_sentence(*c))
}

/// Where the sentence holding `from` ends, or `limit` if that comes first.
pub(super) fn sentence_end(text: &str, from: usize, limit: Option<usize>) -> usize {
    let limit = limit.unwrap_or(text.len()).clamp(from, text.len());
    let bytes = &text.as_bytes()[..limit];
    let mut i = from;
    while let Some(k) = bytes[i..].iter().position(|&b| may_end_sentence(b)) {
        if sentence_break_at(text, i + k).is_some() {
            return i + k;
        }
        i += k + 1;
    }
    limit
}

/// `选择1万个村，把其中1000个建成示范村`, `抓好1000户，已对其中300户…`:
/// `其中` as the object of `把` or `对` early in its clause (a few words of
/// time or adverb before, no figure) still takes the whole of the clause
/// before.
pub(super) fn object_of_clause(text: &str, at: usize) -> bool {
    let head = chars_before(text, at, 7);
    let Some(lead) = head.strip_suffix('把').or_else(|| head.strip_suffix('对')) else {
        return false;
    };
    let Some(cut) = lead.rfind(['，', ',', '；', ';']) else {
        return false;
    };
    lead[cut..]
        .chars()
        .skip(1)
        .all(|c| crate::chars::is_han(c) && crate::chars::digit_value(c).is_none())
}

/// `…12亿元。\n其中，…`: `其中` opening a paragraph (or a line) right
/// after a sentence or a colon closing the line before.
pub(super) fn opens_paragraph(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let line_start = before.trim_end_matches(crate::chars::is_space);
    let Some(rest) = line_start
        .strip_suffix('\n')
        .map(|r| r.trim_end_matches('\r'))
    else {
        return false;
    };
    rest.trim_end_matches(crate::chars::is_space)
        .ends_with(['。', '：', ':'])
}

/// Where the whole of the `其中` at `at` is looked for: its sentence up to
/// `at`, or, when `其中` opens a sentence (or a paragraph), the sentence
/// before it.
pub(super) fn whole_sentence(text: &str, at: usize, previous: Option<usize>) -> Range<usize> {
    let (start, opens_sentence) = sentence_start(text, at, previous);
    let indented = text[start..at].chars().all(crate::chars::is_space);
    if opens_sentence && (start >= at.saturating_sub(3) || indented) {
        // Back over the line break and spaces to the sentence's last
        // character (`。`, or `：` closing the line).
        let back = text[..start]
            .trim_end_matches(|c: char| crate::chars::is_space(c) || matches!(c, '\n' | '\r'));
        let range = sentence_range(text, back.len().saturating_sub(1));
        // After a full stop, the whole sentence, over its `；` clauses
        // (`共投入12亿元；惠及3万户。其中，…`), within a few hundred bytes.
        if !back.ends_with(['。', '！', '？']) {
            return range;
        }
        let floor = floor_boundary(text, range.start.saturating_sub(600));
        let full_start = text[floor..range.start]
            .rfind(['。', '！', '？', '!', '?', '\n', '\r'])
            .map_or(floor, |p| {
                floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
            });
        full_start.max(previous.unwrap_or(0)).min(range.start)..range.end
    } else {
        start..at
    }
}

/// Where the sentence holding `to` starts, or `floor` if that comes first;
/// and whether a sentence boundary (not the floor) was reached.
pub(super) fn sentence_start(text: &str, to: usize, floor: Option<usize>) -> (usize, bool) {
    let floor = floor.unwrap_or(0).min(to);
    let bytes = &text.as_bytes()[floor..to];
    let mut below = bytes.len();
    while let Some(k) = bytes[..below].iter().rposition(|&b| may_end_sentence(b)) {
        if let Some(c) = sentence_break_at(text, floor + k) {
            return (floor + k + c.len_utf8(), true);
        }
        below = k;
    }
    (floor, floor == 0)
}

/// The level figures after `其中` up to the sentence's end, stopping at a
/// word that leaves the parts.
///
/// With `named`, each part is paired with its whole by name (see
/// [`labelled_at`]), so a part's own verb (`省项目完成投资63亿元`) stays
/// one of the parts wherever it stands.
pub(super) fn parts_of<'d>(
    doc: &'d Document,
    range: &Range<usize>,
    named: bool,
) -> Vec<&'d Figure> {
    parts_among(doc, range, figures_in(doc, range), named)
}

/// Whether `s` leaves a bracket open.
pub(super) fn in_brackets(s: &str) -> bool {
    let (open, close) = brackets(s);
    open > close
}

/// How many brackets `s` opens and closes.
///
/// By bytes: `（` and `）` are `EF BC 88` and `EF BC 89`, and this runs for
/// every figure before a `其中` and every gap between parts.
pub(super) fn brackets(s: &str) -> (usize, usize) {
    let bytes = s.as_bytes();
    let (mut open, mut close) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => open += 1,
            b')' => close += 1,
            0xEF if bytes.get(i + 1) == Some(&0xBC) => match bytes.get(i + 2) {
                Some(0x88) => open += 1,
                Some(0x89) => close += 1,
                _ => {}
            },
            _ => {}
        }
    }
    (open, close)
}
