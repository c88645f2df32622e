//! `report-ls fix --renumber FILE`: renumber the notes in order of first
//! use. Prints a unified diff, or writes the file back (in its own encoding)
//! with `--write`.

use std::path::PathBuf;

use report_analysis::edits::apply;
use report_analysis::messages::editing as messages;
use report_analysis::renumber::renumber;
use report_analysis::{Config, Document, Locale};

use super::exit;
use super::inputs::{ConfigFinder, collect};
use super::words;
use crate::read::Encoding;

pub struct FixOptions {
    pub path: PathBuf,
    pub write: bool,
    pub config: Option<PathBuf>,
    pub locale: Option<Locale>,
}

/// Exit codes: without `--write`, 0 when nothing would change and 1 when a
/// diff was printed; with it, 0 once written. 2 when the file cannot be
/// read or written, or the notes cannot be renumbered.
pub fn run(options: FixOptions) -> u8 {
    let mut inputs = collect(std::slice::from_ref(&options.path));
    let mut finder = ConfigFinder::default();
    let index = match &options.config {
        Some(p) => Some(finder.explicit(p)),
        None => finder.for_file(Some(&options.path)),
    };
    let default = Config::default();
    let config = match index.map(|i| &finder.loaded[i]) {
        Some(loaded) => match &loaded.config {
            Ok(c) => c,
            Err(e) => {
                let locale = options
                    .locale
                    .or_else(super::env_locale)
                    .unwrap_or_default();
                let path = loaded.path.display().to_string();
                eprintln!("{}", words::config_problem(&path, e, locale));
                return exit::UNREADABLE;
            }
        },
        None => &default,
    };
    let locale = options
        .locale
        .or(config.locale)
        .or_else(super::env_locale)
        .unwrap_or_default();
    if inputs.len() != 1 {
        eprintln!(
            "{}",
            words::fix_one_file(&options.path.display().to_string(), locale)
        );
        return exit::UNREADABLE;
    }
    let input = inputs.remove(0);
    let (text, encoding) = match input.content {
        Ok(content) => content,
        Err(e) => {
            let why = words::input_error(&e, locale);
            let shown = words::input_failed("report-ls fix", &input.display, &why, locale);
            eprintln!("{shown}");
            return exit::UNREADABLE;
        }
    };
    let doc = Document::parse(text.as_str(), config);
    let edits = match renumber(&doc) {
        // The edits' ranges are the model's (full-width figures folded):
        // applied to the text as read, at its own offsets.
        Ok(edits) => doc.source_edits(edits),
        Err(refusal) => {
            let why = messages::renumber_refused(&refusal, locale);
            let shown = words::input_failed("report-ls fix", &input.display, &why, locale);
            eprintln!("{shown}");
            return exit::UNREADABLE;
        }
    };
    if edits.is_empty() {
        eprintln!("{}: {}", input.display, messages::renumber_nothing(locale));
        return exit::OK;
    }
    let fixed = apply(&text, &edits);
    if !options.write {
        super::emit(&unified_diff(&input.display, &text, &fixed));
        return exit::FINDINGS;
    }
    let Some(path) = input
        .path
        .as_ref()
        .filter(|_| options.path.as_os_str() != "-")
    else {
        eprintln!("{}", words::fix_cannot_write_stdin(locale));
        return exit::UNREADABLE;
    };
    let Some(bytes) = encode(&fixed, encoding) else {
        eprintln!("{}", words::fix_cannot_write_word(&input.display, locale));
        return exit::UNREADABLE;
    };
    if let Err(e) = std::fs::write(path, bytes) {
        eprintln!(
            "{}",
            words::fix_cannot_write(&input.display, &words::io_error(&e, locale), locale)
        );
        return exit::UNREADABLE;
    }
    eprintln!(
        "{}",
        words::fix_written(&input.display, edits.len(), locale)
    );
    exit::OK
}

/// The text in the encoding it was read in; `None` for a Word document,
/// whose text view cannot be written back.
fn encode(text: &str, encoding: Encoding) -> Option<Vec<u8>> {
    Some(match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [&b"\xEF\xBB\xBF"[..], text.as_bytes()].concat(),
        Encoding::Utf16Le => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Encoding::Utf16Be => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
        Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
        Encoding::Docx => return None,
    })
}

/// Lines with their line breaks.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Same,
    Removed,
    Added,
}

/// The most cells the longest-common-subsequence table may have; a larger
/// changed stretch is shown as removed and added whole.
const MAX_TABLE: usize = 4_000_000;

/// Line operations turning `a` into `b`, each with its line.
fn diff_lines<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(Op, &'a str)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<(Op, &str)> = a[..prefix].iter().map(|l| (Op::Same, *l)).collect();
    if (ma.len() + 1) * (mb.len() + 1) <= MAX_TABLE {
        // lcs[i][j]: the common subsequence of ma[i..] and mb[j..].
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; (ma.len() + 1) * w];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                ops.push((Op::Same, ma[i]));
                i += 1;
                j += 1;
            } else if j < mb.len() && (i == ma.len() || lcs[i * w + j + 1] > lcs[(i + 1) * w + j]) {
                ops.push((Op::Added, mb[j]));
                j += 1;
            } else {
                ops.push((Op::Removed, ma[i]));
                i += 1;
            }
        }
    } else {
        ops.extend(ma.iter().map(|l| (Op::Removed, *l)));
        ops.extend(mb.iter().map(|l| (Op::Added, *l)));
    }
    ops.extend(a[a.len() - suffix..].iter().map(|l| (Op::Same, *l)));
    ops
}

/// Lines of context around each change.
const CONTEXT: usize = 3;

/// A unified diff of `old` and `new`, as `diff -u` and `patch` read it.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let (a, b) = (lines(old), lines(new));
    let ops = diff_lines(&a, &b);
    let mut out = format!("--- a/{name}\n+++ b/{name}\n");
    let changed: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].0 != Op::Same).collect();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(CONTEXT);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 2 * CONTEXT + 1 {
            end = changed[k];
            k += 1;
        }
        let end = (end + CONTEXT + 1).min(ops.len());
        let line_a = 1 + ops[..start].iter().filter(|o| o.0 != Op::Added).count();
        let line_b = 1 + ops[..start].iter().filter(|o| o.0 != Op::Removed).count();
        let count_a = ops[start..end].iter().filter(|o| o.0 != Op::Added).count();
        let count_b = ops[start..end]
            .iter()
            .filter(|o| o.0 != Op::Removed)
            .count();
        let from = |line: usize, count: usize| if count == 0 { line - 1 } else { line };
        out.push_str(&format!(
            "@@ -{},{count_a} +{},{count_b} @@\n",
            from(line_a, count_a),
            from(line_b, count_b)
        ));
        for (op, line) in &ops[start..end] {
            out.push(match op {
                Op::Same => ' ',
                Op::Removed => '-',
                Op::Added => '+',
            });
            out.push_str(line);
            if !line.ends_with('\n') {
                out.push_str("\n\\ No newline at end of file\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_with_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        let new = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\neleven\n12\n";
        assert_eq!(
            unified_diff("r.txt", old, new),
            "--- a/r.txt\n+++ b/r.txt\n@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n@@ -9,4 +9,5 @@\n 9\n 10\n 11\n+eleven\n 12\n"
        );
        assert_eq!(
            unified_diff("r.txt", old, old),
            "--- a/r.txt\n+++ b/r.txt\n"
        );
        assert_eq!(
            unified_diff("r.txt", "a", "b"),
            "--- a/r.txt\n+++ b/r.txt\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn word_documents_are_not_written() {
        assert_eq!(encode("注", Encoding::Docx), None);
        assert_eq!(
            encode("注", Encoding::Utf16Le),
            Some(vec![0xFF, 0xFE, 0xE8, 0x6C])
        );
    }
}
