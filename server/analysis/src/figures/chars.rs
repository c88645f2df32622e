//! Character classes of numerals and their surroundings.

/// An Arabic digit, ASCII or full-width.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// A Chinese digit, ordinary or financial (大写), simplified or traditional.
/// `○` (U+25CB) is the zero of years written `二○一九年`.
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '弌' => 1,
        '二' | '贰' | '貳' | '两' | '兩' | '俩' | '倆' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

pub(crate) fn is_chinese_zero(c: char) -> bool {
    matches!(c, '零' | '〇' | '○')
}

/// 十, 百, 千: place words inside a section of four digits.
pub(crate) fn small_multiplier(c: char) -> Option<f64> {
    match c {
        '十' | '拾' => Some(10.0),
        '百' | '佰' => Some(100.0),
        '千' | '仟' => Some(1000.0),
        _ => None,
    }
}

/// 万, 亿, 兆: place words that scale whole sections.
pub(crate) fn big_multiplier(c: char) -> Option<f64> {
    match c {
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        '兆' => Some(1e12),
        _ => None,
    }
}

pub(crate) fn is_multiplier(c: char) -> bool {
    small_multiplier(c).is_some() || big_multiplier(c).is_some()
}

/// Any character that can be part of a numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    is_numeral_char_in(numeral_bits(), c)
}

/// The lookup table of [`is_numeral_char`], for loops that ask it of every
/// character (fetch it once, outside the loop).
pub(crate) fn numeral_bits() -> &'static [u64] {
    &NUMERAL_BITS
}

/// [`is_numeral_char`] with the table at hand: one bit lookup for the Basic
/// Multilingual Plane instead of three matches.
#[inline]
pub(crate) fn is_numeral_char_in(bits: &[u64], c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let code = c as usize;
    match bits.get(code / 64) {
        Some(word) => word & (1 << (code % 64)) != 0,
        None => is_numeral_char_slow(c),
    }
}

fn is_numeral_char_slow(c: char) -> bool {
    arabic_digit(c).is_some() || chinese_digit(c).is_some() || is_multiplier(c)
}

/// Where the first numeral character (see [`is_numeral_char_in`]) at or
/// after `at` starts, or the end of `text`: three-byte characters (most of
/// a report) are tested from their bytes, undecoded; a byte inside a
/// character is passed over, as `char_indices` passes it.
pub(crate) fn next_numeral_char(text: &str, bits: &[u64], mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&lead) = bytes.get(at) {
        match lead {
            0x00..=0x7f => {
                if lead.is_ascii_digit() {
                    return at;
                }
                at += 1;
            }
            0xe0..=0xef => {
                if let Some(&[b1, b2]) = bytes.get(at + 1..at + 3) {
                    let index = (usize::from(lead & 0x0f) << 6) | usize::from(b1 & 0x3f);
                    if bits
                        .get(index)
                        .is_some_and(|word| word & (1 << (b2 & 0x3f)) != 0)
                    {
                        return at;
                    }
                }
                at += 3;
            }
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_numeral_char_in(bits, c) => return at,
                Some(c) => at += c.len_utf8(),
                None => at += 1,
            },
        }
    }
    bytes.len()
}

/// One bit per BMP code point: whether it can be part of a numeral.
static NUMERAL_BITS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    for code in 0..0x10000u32 {
        if char::from_u32(code).is_some_and(is_numeral_char_slow) {
            bits[code as usize / 64] |= 1 << (code % 64);
        }
    }
    bits
});

/// The decimal point of Arabic numbers.
pub(crate) fn is_decimal_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// The decimal point of Chinese numbers (`七点九`).
pub(crate) fn is_chinese_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

/// A Latin letter, ASCII or full-width: next to a number it makes a code
/// (`G206`, `5G`, `4A`, `PM2.5`).
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('Ａ'..='Ｚ').contains(&c) || ('ａ'..='ｚ').contains(&c)
}

/// A minus sign.
pub(crate) fn is_minus(c: char) -> bool {
    matches!(c, '-' | '－' | '−' | '﹣')
}

/// Spaces that may separate a number from its unit (text from PDFs).
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

pub(crate) fn is_opening_quote(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '「' | '『' | '＂')
}

pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '」' | '』' | '＂')
}

/// The char starting at byte `pos`, if `pos` is a char boundary inside `text`.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The char ending at byte `pos`.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// Position after any spaces from `pos`.
pub(crate) fn skip_spaces(text: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(text, pos) {
        if !is_space(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte search stops where reading every character would: at each
    /// numeral character, of any width, and nowhere else.
    #[test]
    fn next_numeral_char_stops_at_every_numeral_character() {
        let text = "aé建设𝄞三项，５个2万亿元、贰仟 x";
        let bits = numeral_bits();
        let expected: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| is_numeral_char_in(bits, *c))
            .map(|(at, _)| at)
            .collect();
        let mut found = Vec::new();
        let mut at = 0;
        loop {
            at = next_numeral_char(text, bits, at);
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            found.push(at);
            at += c.len_utf8();
        }
        assert_eq!(found, expected);
        assert!(found.len() >= 6);
        // From inside a character, the search goes on at the next one.
        let inside = "建三".len() - 1;
        assert_eq!(next_numeral_char("建三", bits, 1), "建".len());
        assert_eq!(next_numeral_char("建三", bits, inside), "建三".len());
    }
}
