//! Character classes shared by the parsers.

/// White space as it appears in reports: ASCII, the full-width indent U+3000,
/// no-break spaces, and zero-width characters left by word processors; and
/// the form feed a PDF's text export puts where each page starts (`\f③乙：…`),
/// which is no word of the line.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{c}' | '\u{3000}' | '\u{a0}' | '\u{200b}' | '\u{feff}' | '\u{2002}'
            ..='\u{200a}'
    )
}

/// The value of a circled number ①..㊿, if `c` is one, or of a
/// parenthesized one ⑴..⒇: the same numbering in one character, written
/// and read as the circled ones are (markers, list items, notes). So are
/// the word processors' other one-character numbers up to ten: negative
/// and sans-serif circled digits (`❶`, `➀`, `➊`) and Chinese numerals in
/// parentheses or a circle (`㈠`, `㊀`).
pub fn circled_value(c: char) -> Option<u32> {
    let c = c as u32;
    match c {
        0x2460..=0x2473 => Some(c - 0x2460 + 1),
        0x2474..=0x2487 => Some(c - 0x2474 + 1),
        0x3251..=0x325F => Some(c - 0x3251 + 21),
        0x32B1..=0x32BF => Some(c - 0x32B1 + 36),
        0x2776..=0x277F => Some(c - 0x2776 + 1),
        0x2780..=0x2789 => Some(c - 0x2780 + 1),
        0x278A..=0x2793 => Some(c - 0x278A + 1),
        0x3220..=0x3229 => Some(c - 0x3220 + 1),
        0x3280..=0x3289 => Some(c - 0x3280 + 1),
        _ => None,
    }
}

/// Whether `window` holds `n` in parentheses, as a list numbers its items
/// (`(7)`, `（7）`, `（７）`).
pub fn holds_parenthesized(window: &str, n: u32) -> bool {
    window.match_indices(['(', '（']).any(|(at, open)| {
        let inner = &window[at + open.len()..];
        let digits: usize = inner
            .chars()
            .take_while(|c| digit_value(*c).is_some())
            .map(char::len_utf8)
            .sum();
        digits > 0
            && inner[digits..].starts_with([')', '）'])
            && inner[..digits].chars().try_fold(0u32, |acc, c| {
                acc.checked_mul(10)?.checked_add(digit_value(c)?)
            }) == Some(n)
    })
}

/// The value of a superscript digit.
pub fn superscript_value(c: char) -> Option<u32> {
    match c {
        '⁰' => Some(0),
        '¹' => Some(1),
        '²' => Some(2),
        '³' => Some(3),
        '⁴'..='⁹' => Some(c as u32 - '⁴' as u32 + 4),
        _ => None,
    }
}

/// An ASCII or full-width decimal digit's value.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Full-width ASCII variants (！..～) folded to ASCII, and the dots that
/// stand for a middle dot (`50•20`, `50・20`) to `·`; everything else kept.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xff01 + 0x21).unwrap_or(c),
        '•' | '・' | '‧' | '∙' => '·',
        _ => c,
    }
}

/// The length of the UTF-8 character whose first byte is `lead`: lets a
/// scan pass over a character it need not decode.
pub fn utf8_width(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Quotation marks that do not change what a term means.
pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '「' | '」' | '『' | '』' | '〝' | '〞'
    )
}

/// A Chinese numeral digit or small multiplier (一..十, 两, 〇/零, 百, 千).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// The value of a small Chinese numeral such as 三, 十二, 二十, 二十三 (up to 99),
/// as used to number sections.
pub fn small_chinese_number(s: &str) -> Option<u32> {
    // At most three numerals (`二十三`); read without allocating, as this
    // runs on every numeral of a report.
    let mut digits = [0u32; 3];
    let mut len = 0;
    for c in s.chars() {
        *digits.get_mut(len)? = chinese_digit(c)?;
        len += 1;
    }
    match &digits[..len] {
        [d] if *d >= 1 => Some(*d),
        [10, d] if (1..=9).contains(d) => Some(10 + d),
        [d, 10] if (2..=9).contains(d) => Some(d * 10),
        [d, 10, e] if (2..=9).contains(d) && (1..=9).contains(e) => Some(d * 10 + e),
        _ => None,
    }
}

/// A Han ideograph (the common blocks; enough to tell words from punctuation).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{20000}'..='\u{2ffff}' | '\u{f900}'..='\u{faff}')
}

/// Chinese punctuation: the CJK symbols and punctuation, the full-width
/// marks (not the full-width letters and digits), `…` `—` `·` `、` and the
/// circled numbers.
pub fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
        || matches!(c, '…' | '—' | '·' | '、')
        || circled_value(c).is_some()
}

/// Punctuation that ends a clause: where an enumerator may start a new item.
pub fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '，' | ','
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circled_numbers_cover_one_to_fifty() {
        assert_eq!(circled_value('①'), Some(1));
        assert_eq!(circled_value('⑴'), Some(1));
        assert_eq!(circled_value('⒇'), Some(20));
        assert_eq!(circled_value('⒈'), None);
        assert_eq!(circled_value('❶'), Some(1));
        assert_eq!(circled_value('❿'), Some(10));
        assert_eq!(circled_value('➀'), Some(1));
        assert_eq!(circled_value('➓'), Some(10));
        assert_eq!(circled_value('㈠'), Some(1));
        assert_eq!(circled_value('㈩'), Some(10));
        assert_eq!(circled_value('㊀'), Some(1));
        assert_eq!(circled_value('㊉'), Some(10));
        assert_eq!(circled_value('➔'), None);
        assert_eq!(circled_value('㈪'), None);
    }

    #[test]
    fn parenthesized_numbers_in_a_window() {
        assert!(holds_parenthesized("甲(6)乙(7)丙", 7));
        assert!(holds_parenthesized("甲（７）乙", 7));
        assert!(!holds_parenthesized("甲(17)乙（7年）", 7));
        assert!(!holds_parenthesized("甲(7", 7));
        assert_eq!(circled_value('⑳'), Some(20));
        assert_eq!(circled_value('㉑'), Some(21));
        assert_eq!(circled_value('㉟'), Some(35));
        assert_eq!(circled_value('㊱'), Some(36));
        assert_eq!(circled_value('㊿'), Some(50));
        assert_eq!(circled_value('1'), None);
    }

    #[test]
    fn small_chinese_numbers() {
        assert_eq!(small_chinese_number("三"), Some(3));
        assert_eq!(small_chinese_number("十"), Some(10));
        assert_eq!(small_chinese_number("十二"), Some(12));
        assert_eq!(small_chinese_number("二十"), Some(20));
        assert_eq!(small_chinese_number("二十三"), Some(23));
        assert_eq!(small_chinese_number("零"), None);
        assert_eq!(small_chinese_number("三三"), None);
    }

    #[test]
    fn superscripts_and_width() {
        assert_eq!(superscript_value('¹'), Some(1));
        assert_eq!(superscript_value('⁷'), Some(7));
        assert_eq!(fold_width('１'), '1');
        assert_eq!(fold_width('＋'), '+');
        assert_eq!(fold_width('中'), '中');
    }
}
