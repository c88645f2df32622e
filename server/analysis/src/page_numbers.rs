//! The page numbers a printed report leaves in its text when it is copied
//! from a PDF or a Word layout: a line of its own between two paragraphs,
//! or inside one cut by the page's end (`— 12 —`, `-3-`, `17 —`,
//! `第 2 页 共 9 页`). They are no words of the report.

use crate::chars::{digit_value, is_space};

/// Whether a line's content is a page number: alone, or beside the page's
/// running header across a wide gap (`政府工作报告　　第 5 页 共 9 页`, as a
/// Word footer is copied).
pub fn is_page_number(content: &str) -> bool {
    number_alone(content) || header_beside_number(content)
}

/// A page number alone: a number of one to three digits framed by a dash
/// on one side at least (`— 12 —`, `-3-`, `17 —`: a scrape may lose one),
/// or written `第N页` (`共M页` after it allowed). A bare number is not
/// read: it may be a figure's line.
fn number_alone(content: &str) -> bool {
    let words: String = content.chars().filter(|&c| !is_space(c)).collect();
    if let Some(rest) = words.strip_prefix('第') {
        let Some(rest) = digits_then(rest, '页') else {
            return false;
        };
        return rest.is_empty()
            || rest
                .strip_prefix(['/', '，', ','])
                .unwrap_or(rest)
                .strip_prefix('共')
                .and_then(|total| digits_then(total, '页'))
                .is_some_and(str::is_empty);
    }
    let inner = words.trim_start_matches(is_dash);
    let left = words.len() - inner.len();
    let number = inner.trim_end_matches(is_dash);
    let right = inner.len() - number.len();
    let digits = number.chars().count();
    (left > 0 || right > 0)
        && (1..=3).contains(&digits)
        && number.chars().all(|c| digit_value(c).is_some())
}

/// `某县政府工作报告      第 3 页 共 8 页` (or the number first): a short
/// header closing no clause, a wide gap (two spaces or more, a tab, a
/// full-width space), and a page number on the gap's other side.
fn header_beside_number(content: &str) -> bool {
    let content = content.trim_matches(is_space);
    // Only a line that may hold a page number is split (cheap for words).
    if !content.contains(['页', '-', '—', '－', '–', '─', '―'])
        || content.chars().nth(MAX_HEADER_LINE_CHARS).is_some()
    {
        return false;
    }
    wide_gaps(content).any(|gap| {
        let (left, right) = (&content[..gap.start], &content[gap.end..]);
        (number_alone(right) && is_header(left)) || (number_alone(left) && is_header(right))
    })
}

/// The longest line read as a header beside a page number, in characters.
const MAX_HEADER_LINE_CHARS: usize = 60;

/// A running header's words: a publication's or a report's name, four
/// characters or more, none closing a clause or opening a bracket (`（见
/// 第3页）` points at a page).
fn is_header(words: &str) -> bool {
    words.chars().filter(|&c| crate::chars::is_han(c)).count() >= 4
        && !words.contains([
            '。', '；', '，', '：', ';', ',', ':', '！', '？', '（', '(', '）', ')',
        ])
}

/// The runs of white space in `s` wide enough to part a header from its
/// page number.
fn wide_gaps(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, c) = chars.next()?;
            if !is_space(c) {
                continue;
            }
            let mut end = start + c.len_utf8();
            let mut wide = c != ' ';
            while let Some(&(i, d)) = chars.peek().filter(|(_, d)| is_space(*d)) {
                end = i + d.len_utf8();
                wide = true;
                chars.next();
            }
            if wide {
                return Some(start..end);
            }
        }
    })
}

/// The rest of `s` after one to three digits and `unit`.
fn digits_then(s: &str, unit: char) -> Option<&str> {
    let digits: usize = s
        .chars()
        .take_while(|&c| digit_value(c).is_some())
        .map(char::len_utf8)
        .sum();
    let count = s[..digits].chars().count();
    ((1..=3).contains(&count))
        .then(|| s[digits..].strip_prefix(unit))
        .flatten()
}

/// The dashes a page number stands between.
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '－' | '–' | '─' | '―')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_dresses() {
        for line in [
            "— 12 —",
            "—2—",
            "-3-",
            "- 41 -",
            "－５－",
            "17 —",
            "— 8",
            "第2页",
            "第 2 页 共 9 页",
            "第3页/共10页",
            "\u{c}— 6 —",
            "乙市政府工作报告          第 3 页 共 8 页",
            "第 2 页\t某县人民政府",
            "某县政府公报　— 12 —",
        ] {
            assert!(is_page_number(line), "{line:?}");
        }
    }

    #[test]
    fn words_and_bare_figures_are_no_page_numbers() {
        for line in [
            "12",
            "2025",
            "——",
            "—1234—",
            "—甲—",
            "第2页共",
            "第二页",
            "— 12 — 甲",
            "12 — 15",
            "第12条",
            "（见  第23页）",
            "详见  第3页",
            "增长6%，  第 3 页",
        ] {
            assert!(!is_page_number(line), "{line:?}");
        }
    }
}
