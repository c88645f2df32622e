//! Edits as data: a byte range of the document and the text to put there.
//! Quick fixes, renumbering and rename answer with these; the server turns
//! them into LSP text edits, the CLI applies them.

use std::ops::Range;

use crate::chars::{chinese_digit, circled_value, digit_value, superscript_value};

/// Replace `range` (bytes of the document) with `new_text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextEdit {
    pub range: Range<usize>,
    pub new_text: String,
}

impl TextEdit {
    pub fn insert(at: usize, new_text: impl Into<String>) -> TextEdit {
        TextEdit {
            range: at..at,
            new_text: new_text.into(),
        }
    }

    pub fn replace(range: Range<usize>, new_text: impl Into<String>) -> TextEdit {
        TextEdit {
            range,
            new_text: new_text.into(),
        }
    }
}

/// A quick fix: what it does, in words, and its edits of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
}

/// The text with `edits` applied. Edits must not overlap; their order does
/// not matter (two insertions at one offset keep their given order). Ranges
/// past the text or inside a character are skipped, never a panic.
pub fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut order: Vec<&TextEdit> = edits.iter().collect();
    order.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in order {
        let Range { start, end } = edit.range;
        if start < at
            || end < start
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&edit.new_text);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// The line break the text uses (`\r\n` when its first line ends so).
pub fn line_break(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if text[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

/// `n` as a circled number (①..㊿).
pub fn circled(n: u32) -> Option<char> {
    let code = match n {
        1..=20 => 0x2460 + n - 1,
        21..=35 => 0x3251 + n - 21,
        36..=50 => 0x32B1 + n - 36,
        _ => return None,
    };
    char::from_u32(code)
}

/// `n` in Chinese numerals, 1 to 99 (`十二`, `二十`).
pub fn chinese_number(n: u32) -> Option<String> {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let (tens, ones) = (n / 10, n % 10);
    let mut out = String::new();
    match (tens, ones) {
        (0, 0) => return None,
        (0, d) => out.push(DIGITS[d as usize]),
        (t, d) if t < 10 => {
            if t > 1 {
                out.push(DIGITS[t as usize]);
            }
            out.push('十');
            if d > 0 {
                out.push(DIGITS[d as usize]);
            }
        }
        _ => return None,
    }
    Some(out)
}

/// What kind of digits a number is written in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Digits {
    Ascii,
    FullWidth,
    Superscript,
    Chinese,
    Circled,
    /// `⑴`..`⒇`: one character, as a circled number.
    Parenthesized,
}

fn digit_kind(c: char) -> Option<Digits> {
    if c.is_ascii_digit() {
        Some(Digits::Ascii)
    } else if digit_value(c).is_some() {
        Some(Digits::FullWidth)
    } else if superscript_value(c).is_some() {
        Some(Digits::Superscript)
    } else if ('⑴'..='⒇').contains(&c) {
        Some(Digits::Parenthesized)
    } else if circled_value(c).is_some() {
        Some(Digits::Circled)
    } else if chinese_digit(c).is_some() && c != '两' {
        Some(Digits::Chinese)
    } else {
        None
    }
}

fn write_number(kind: Digits, n: u32) -> Option<String> {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let ascii = n.to_string();
    Some(match kind {
        Digits::Ascii => ascii,
        Digits::FullWidth => ascii
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect(),
        Digits::Superscript => ascii
            .bytes()
            .map(|b| SUPERSCRIPTS[(b - b'0') as usize])
            .collect(),
        Digits::Chinese => chinese_number(n)?,
        Digits::Circled => circled(n)?.to_string(),
        Digits::Parenthesized => (1..=20)
            .contains(&n)
            .then(|| char::from_u32('⑴' as u32 + n - 1))??
            .to_string(),
    })
}

/// `n` written alone in the digits of `token` (`［３-５］` writes 4 as `４`);
/// `None` when the token holds no number or its digits cannot write `n`.
pub fn number_in_kind_of(token: &str, n: u32) -> Option<String> {
    let kind = token.chars().find_map(digit_kind)?;
    write_number(kind, n)
}

/// A number token (`［3］`, `3.`, `〔３〕`, `③`, `三、`, `³`, `[^3]`) with its
/// number written as `n` in the same shape: brackets, digit width and kind
/// kept. `None` when the shape cannot write `n` (`㊿` is the last circled
/// number) or the token holds no number.
pub fn renumber_token(token: &str, n: u32) -> Option<String> {
    let (start, kind) = token
        .char_indices()
        .find_map(|(i, c)| Some((i, digit_kind(c)?)))?;
    let end = if matches!(kind, Digits::Circled | Digits::Parenthesized) {
        start + token[start..].chars().next()?.len_utf8()
    } else {
        token[start..]
            .char_indices()
            .find(|&(_, c)| digit_kind(c) != Some(kind))
            .map_or(token.len(), |(i, _)| start + i)
    };
    Some(format!(
        "{}{}{}",
        &token[..start],
        write_number(kind, n)?,
        &token[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_their_shape() {
        for (token, n, want) in [
            ("［3］", 12, Some("［12］")),
            ("3.", 7, Some("7.")),
            ("3、", 10, Some("10、")),
            ("〔３〕", 14, Some("〔１４〕")),
            ("③", 21, Some("㉑")),
            ("③", 51, None),
            ("三、", 12, Some("十二、")),
            ("（二）", 20, Some("（二十）")),
            ("³", 15, Some("¹⁵")),
            ("[^3]", 4, Some("[^4]")),
            ("12", 3, Some("3")),
            ("注", 3, None),
        ] {
            assert_eq!(renumber_token(token, n).as_deref(), want, "{token} {n}");
        }
    }

    #[test]
    fn edits_apply_in_offset_order() {
        let text = "甲乙丙";
        let edits = [
            TextEdit::replace(6..9, "丁"),
            TextEdit::insert(0, "「"),
            TextEdit::insert(3, "、"),
            TextEdit::replace(1..2, "x"),
        ];
        assert_eq!(apply(text, &edits), "「甲、乙丁");
        assert_eq!(line_break("a\r\nb"), "\r\n");
        assert_eq!(line_break("a\nb"), "\n");
    }

    #[test]
    fn circled_and_chinese_numbers() {
        assert_eq!(circled(1), Some('①'));
        assert_eq!(circled(21), Some('㉑'));
        assert_eq!(circled(50), Some('㊿'));
        assert_eq!(chinese_number(11).as_deref(), Some("十一"));
        assert_eq!(chinese_number(30).as_deref(), Some("三十"));
        assert_eq!(chinese_number(100), None);
    }

    #[test]
    fn parenthesized_numbers_renumber_in_their_own_shape() {
        assert_eq!(renumber_token("⑶", 4).as_deref(), Some("⑷"));
        assert_eq!(renumber_token("⑶", 21), None);
        assert_eq!(renumber_token("③", 4).as_deref(), Some("④"));
    }
}
