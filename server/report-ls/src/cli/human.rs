//! rustc-like output: `severity[code]: message`, the place, the source line
//! and a caret under the span, aligned under double-width characters.

use std::fmt::Write;
use std::ops::Range;

use report_analysis::messages::{message, related_label};
use report_analysis::{Diagnostic, Document, Locale, Severity, Workspace};
use unicode_width::UnicodeWidthChar;

use report_analysis::text::Positions;

use super::location::line_col;
use super::style::Style;

/// The widest stretch of a source line shown, in terminal columns; a longer
/// line is cut around the span.
const MAX_SHOWN_WIDTH: usize = 100;
/// Columns of context kept before the span in a cut line.
const CONTEXT_WIDTH: usize = 30;

pub fn severity_word(severity: Severity, locale: Locale) -> &'static str {
    match (severity, locale) {
        (Severity::Error, Locale::Zh) => "错误",
        (Severity::Warning, Locale::Zh) => "警告",
        (Severity::Info, Locale::Zh) => "信息",
        (Severity::Hint, Locale::Zh) => "提示",
        (s, Locale::En) => s.name(),
    }
}

/// One diagnostic, with its source line and related places. `placed` is a
/// cursor over `doc` ([`super::location::positions`]) shared by its
/// diagnostics in text order: each is placed counting from the one before,
/// not from its line's index (a megabyte line of findings).
#[allow(clippy::too_many_arguments)]
pub fn render(
    out: &mut String,
    path: &str,
    doc: &Document,
    placed: &mut Positions,
    diagnostic: &Diagnostic,
    workspace: &Workspace,
    locale: Locale,
    style: Style,
) {
    let start = placed.at(diagnostic.range.start);
    let (line, column) = (start.line + 1, start.column + 1);
    let severity = diagnostic.severity;
    let _ = writeln!(
        out,
        "{}: {}",
        style.severity(
            severity,
            &format!(
                "{}[{}]",
                severity_word(severity, locale),
                diagnostic.code().name()
            )
        ),
        style.strong(&message(&diagnostic.finding, locale))
    );
    let gutter = line.to_string().len();
    let pad = " ".repeat(gutter);
    let bar = style.frame("|");
    let _ = writeln!(out, "{pad}{} {path}:{line}:{column}", style.frame("-->"));
    let _ = writeln!(out, "{pad} {bar}");
    let (shown, caret) = source_excerpt(doc, &diagnostic.range);
    let _ = writeln!(out, "{} {bar} {shown}", style.frame(&line.to_string()));
    let (spaces, carets) = caret.split_at(caret.len() - caret.trim_start().len());
    let _ = writeln!(
        out,
        "{pad} {bar} {spaces}{}",
        style.severity(severity, carets)
    );
    for related in diagnostic.related.iter() {
        let (other_path, other_doc) = match related.file {
            Some(file) => match (workspace.path(file), workspace.document(file)) {
                (Some(p), Some(d)) => (p, d.as_ref()),
                _ => continue,
            },
            None => (path, doc),
        };
        let (l, c) = line_col(other_doc, related.range.start);
        let _ = writeln!(
            out,
            "{pad} {} {}: {other_path}:{l}:{c}",
            style.frame("="),
            related_label(&related.kind, locale)
        );
    }
    out.push('\n');
}

/// The line holding `range.start`, cut to fit, and a caret line under the span.
fn source_excerpt(doc: &Document, range: &Range<usize>) -> (String, String) {
    let text = &doc.text;
    // Shown as printed: full-width figures the model folded are widened.
    let chars = |r: Range<usize>| doc.line_index.folds().source_chars(text, r);
    let line_no = doc.line_index.line_of(range.start);
    let line = doc.line_index.line_range(text, line_no);
    let start = range.start.clamp(line.start, line.end);
    let end = range.end.clamp(start, line.end);

    // Only the shown characters are read: a line may be a megabyte long,
    // with a finding every few characters.
    // Keep at most CONTEXT_WIDTH columns before the span.
    let mut shown_before = Vec::new();
    let mut width = 0;
    let mut cut_before = false;
    for c in chars(line.start..start).rev() {
        width += char_width(c);
        if width > CONTEXT_WIDTH {
            cut_before = true;
            break;
        }
        shown_before.push(c);
    }
    shown_before.reverse();

    let mut shown = String::new();
    let mut caret = String::new();
    if cut_before {
        shown.push('…');
        caret.push(' ');
    }
    for &c in &shown_before {
        push_char(&mut shown, c);
        caret.push_str(&" ".repeat(char_width(c)));
    }
    let mut budget = MAX_SHOWN_WIDTH.saturating_sub(display_width(&shown));
    let mut carets = 0;
    let mut span_cut = false;
    for c in chars(start..end) {
        let w = char_width(c);
        if w > budget {
            span_cut = true;
            break;
        }
        budget -= w;
        push_char(&mut shown, c);
        carets += w;
    }
    caret.push_str(&"^".repeat(carets.max(1)));
    let mut cut_after = false;
    for c in chars(end..line.end) {
        let w = char_width(c);
        if w > budget {
            cut_after = true;
            break;
        }
        budget -= w;
        push_char(&mut shown, c);
    }
    if cut_after || span_cut {
        shown.push('…');
    }
    (shown, caret)
}

fn push_char(out: &mut String, c: char) {
    if c == '\t' || c.is_control() {
        out.push(' ');
    } else {
        out.push(c);
    }
}

fn char_width(c: char) -> usize {
    if c == '\t' || c.is_control() {
        1
    } else {
        c.width().unwrap_or(0)
    }
}

fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_analysis::Config;

    #[test]
    fn caret_under_double_width_text() {
        let doc = Document::parse("推进“两张网”［3］建设。", &Config::default());
        let start = doc.text.find('［').unwrap();
        let (line, caret) = source_excerpt(&doc, &(start..start + "［3］".len()));
        assert_eq!(line, "推进“两张网”［3］建设。");
        // 推进 = 4 columns, quotes are 1 or 2 depending on the table: measure.
        let prefix = display_width("推进“两张网”");
        assert_eq!(caret, format!("{}{}", " ".repeat(prefix), "^".repeat(5)));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let text = format!("{}“甲乙”{}", "很长的句子".repeat(100), "后文".repeat(100));
        let doc = Document::parse(text.clone(), &Config::default());
        let start = text.find('“').unwrap();
        let (line, caret) = source_excerpt(&doc, &(start..start + "“甲乙”".len()));
        assert!(line.starts_with('…') && line.ends_with('…'), "{line}");
        assert!(display_width(&line) <= MAX_SHOWN_WIDTH + 2);
        let caret_at = caret.find('^').unwrap();
        let under: String = line
            .chars()
            .scan(0, |w, c| {
                let at = *w;
                *w += char_width(c);
                Some((at, c))
            })
            .find(|(at, _)| *at == caret_at)
            .map(|(_, c)| c.to_string())
            .unwrap_or_default();
        assert_eq!(under, "“");
    }
}
