//! The quotes, title marks and parentheses of a paragraph, found once per
//! paragraph for the readers that pair them.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::cache::Brackets;

/// The full-width marks, each three bytes in UTF-8.
const WIDE: [char; 6] = ['“', '”', '《', '》', '（', '）'];

/// A searcher for the full-width marks: their three-byte forms are rare
/// among the common punctuation sharing their lead bytes (`，` `。` `、`),
/// so a search for the whole forms skips most of a paragraph, where a
/// byte-by-byte look stopped at every comma.
fn wide_marks() -> &'static AhoCorasick {
    static SEARCHER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let patterns: Vec<String> = WIDE.iter().map(char::to_string).collect();
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(patterns)
            .expect("six literal patterns build")
    });
    &SEARCHER
}

/// Each quote, title mark and parenthesis (full-width or ASCII) of `slice`
/// with its byte offset, in text order.
pub fn brackets_of(slice: &str) -> Brackets {
    let mut found: Brackets = wide_marks()
        .find_iter(slice)
        .map(|m| (m.start(), WIDE[m.pattern().as_usize()]))
        .collect();
    let ascii = memchr::memchr2_iter(b'(', b')', slice.as_bytes());
    let before = found.len();
    found.extend(ascii.map(|i| (i, char::from(slice.as_bytes()[i]))));
    if found.len() > before && before > 0 {
        found.sort_unstable_by_key(|&(at, _)| at);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks as the byte-by-byte look found them.
    fn by_chars(slice: &str) -> Brackets {
        slice
            .char_indices()
            .filter(|(_, c)| matches!(c, '“' | '”' | '《' | '》' | '（' | '）' | '(' | ')'))
            .collect()
    }

    #[test]
    fn finds_every_mark_in_order() {
        for text in [
            "",
            "建设“两园一区”，编制《规划》（试行）",
            "新增(含续建)项目3个，“一城”（见注1）(a)",
            "，。、《》「」“”（）()",
            "没有括号的一段话。",
            "(((“”)))",
        ] {
            assert_eq!(brackets_of(text), by_chars(text), "{text}");
        }
    }
}
