//! Splitting a text into lines (paragraphs, in most reports) with their
//! content trimmed of indentation.

use std::ops::Range;

use crate::chars::is_space;

/// One line of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line without its terminator.
    pub range: Range<usize>,
    /// The line without leading and trailing white space (possibly empty).
    pub content: Range<usize>,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }
}

/// Every line of `text`; lines end at LF, CRLF or a lone CR.
pub fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some(found) = memchr::memchr2(b'\n', b'\r', &bytes[from..]) {
        let i = from + found;
        lines.push(make_line(text, start..i));
        let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        start = i + 1 + usize::from(crlf);
        from = start;
    }
    lines.push(make_line(text, start..text.len()));
    lines
}

fn make_line(text: &str, range: Range<usize>) -> Line {
    let slice = &text[range.clone()];
    let trimmed = slice.trim_matches(is_space);
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let words = inside_table_row(after_heading_marks(trimmed));
    // `words` lies inside `trimmed`, which lies inside `slice`.
    let start = lead + (words.as_ptr() as usize - trimmed.as_ptr() as usize);
    let content = range.start + start..range.start + start + words.len();
    Line { range, content }
}

/// A Markdown heading's words (`## 一、回顾` → `一、回顾`): one to six `#`
/// and a space open it, which are its level, not its words.
fn after_heading_marks(line: &str) -> &str {
    let marks = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[marks..];
    if (1..=6).contains(&marks) && rest.starts_with([' ', '\t']) {
        rest.trim_start_matches(is_space)
    } else {
        line
    }
}

/// A Markdown table row's cells (`| 1 | 甲 | 说明 |` → `1 | 甲 | 说明`): the
/// pipes framing the row are no words of it. `line` is trimmed.
fn inside_table_row(line: &str) -> &str {
    match line.strip_prefix('|').and_then(|l| l.strip_suffix('|')) {
        Some(cells) if cells.contains('|') => cells.trim_matches(is_space),
        _ => line,
    }
}

/// `s` without any white space, for matching headings written with spaces
/// between their characters (`注 释`, `政 府 工 作 报 告`).
pub fn compact(s: &str) -> String {
    s.chars().filter(|&c| !is_space(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_trimmed_of_full_width_indent() {
        let text = "　　一、回顾\r\n\r\n  注 释 \rx";
        let lines = split_lines(text);
        assert_eq!(lines.len(), 4);
        assert_eq!(&text[lines[0].content.clone()], "一、回顾");
        assert!(lines[1].is_blank());
        assert_eq!(compact(&text[lines[2].content.clone()]), "注释");
        assert_eq!(&text[lines[3].content.clone()], "x");
    }

    #[test]
    fn a_markdown_headings_marks_are_no_content() {
        let text = "# 2031年某县政府工作报告\n## 一、回顾\n#不是标题\n####### 七级\n#\n";
        let lines = split_lines(text);
        let content: Vec<&str> = lines.iter().map(|l| &text[l.content.clone()]).collect();
        assert_eq!(
            content,
            [
                "2031年某县政府工作报告",
                "一、回顾",
                "#不是标题",
                "####### 七级",
                "#",
                ""
            ]
        );
        let text = "| 1 | 甲 | 说明 |\n|---|---|\n｜甲｜\n| 单独 |\n";
        let lines = split_lines(text);
        let content: Vec<&str> = lines.iter().map(|l| &text[l.content.clone()]).collect();
        assert_eq!(
            content,
            ["1 | 甲 | 说明", "---|---", "｜甲｜", "| 单独 |", ""]
        );
    }
}
