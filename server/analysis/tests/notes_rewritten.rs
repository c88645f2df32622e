//! The hand-read notes gold, its reports rewritten as a report may reach
//! the reader: every line ending CRLF, a blank line between lines, lines
//! indented with wide spaces, the notes heading written another way, the
//! whole text hard-wrapped as a PDF's. Each rewrite leaves the notes as
//! they were, so each must still read as the gold says (number and term);
//! the gold stays the oracle, never the reading of the original.

use report_analysis::{Config, Document};
use serde::Deserialize;

mod common;

#[derive(Deserialize)]
struct Gold {
    path: String,
    has_notes_section: bool,
    #[serde(default)]
    note: Vec<GoldNote>,
}

#[derive(Deserialize)]
struct GoldNote {
    number: u32,
    term: String,
}

impl common::GoldReport for Gold {
    fn path(&self) -> &str {
        &self.path
    }
}

/// The names of a term with what a layout adds or drops removed (quotes,
/// brackets, spaces, separators, width), as the notes gold compares them.
fn normalize(term: &str) -> String {
    term.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '“' | '”'
                        | '‘'
                        | '’'
                        | '"'
                        | '\''
                        | '「'
                        | '」'
                        | '『'
                        | '』'
                        | '['
                        | ']'
                        | '【'
                        | '】'
                        | '〔'
                        | '〕'
                        | '、'
                        | ','
                        | '，'
                        | ':'
                        | '。'
                )
        })
        .collect()
}

/// Headings a notes section goes by: a line that is one of them alone,
/// whatever its spaces, brackets, colon or `附`, may be written as another.
const HEADINGS: [&str; 6] = [
    "名词解释",
    "注释",
    "名词注释",
    "注解",
    "名词术语解释",
    "有关名词解释",
];

/// Whether a line is a notes heading in [`HEADINGS`].
fn is_heading(line: &str) -> bool {
    let words: String = line
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '：' | ':' | '【' | '】' | '[' | ']' | '*'))
        .collect();
    let words = words.strip_prefix('附').unwrap_or(&words);
    HEADINGS.contains(&words)
}

/// A rewrite of a report's text, by name.
type Rewrite = (&'static str, fn(&str) -> String);

/// Each rewrite.
fn rewrites() -> Vec<Rewrite> {
    vec![
        ("CRLF", |t| t.replace('\n', "\r\n")),
        ("a blank line between lines", |t| t.replace('\n', "\n\n")),
        ("lines indented with wide spaces", |t| {
            t.lines()
                .map(|l| format!("\u{3000}\u{3000}{}\n", l.trim_start()))
                .collect()
        }),
        ("the heading written 【名词解释】", |t| {
            t.lines()
                .map(|l| {
                    if is_heading(l) {
                        "【名词解释】\n".to_string()
                    } else {
                        format!("{l}\n")
                    }
                })
                .collect()
        }),
        ("hard-wrapped at 28 characters", |t| {
            let mut out = String::with_capacity(t.len() + t.len() / 20);
            for line in t.lines() {
                let chars: Vec<char> = line.chars().collect();
                if chars.is_empty() {
                    out.push('\n');
                }
                for piece in chars.chunks(28) {
                    out.extend(piece);
                    out.push('\n');
                }
            }
            out
        }),
    ]
}

/// What differs between the gold's notes and those read from `text`.
fn differences(gold: &Gold, text: &str) -> Vec<String> {
    let doc = Document::parse(text, &Config::default());
    let mut out = Vec::new();
    if doc.notes.len() != gold.note.len() {
        out.push(format!(
            "{} notes read, {} in the gold",
            doc.notes.len(),
            gold.note.len()
        ));
    }
    for g in &gold.note {
        let Some(note) = doc.notes.iter().find(|n| n.number == g.number) else {
            out.push(format!("note {} ({}) not read", g.number, g.term));
            continue;
        };
        let mut names: Vec<&str> = note.term.as_deref().into_iter().collect();
        names.extend(note.aliases.iter().map(|a| a.text.as_str()));
        let read = names.join("、");
        if normalize(&read) != normalize(&g.term) {
            out.push(format!(
                "note {}: read {read:?}, gold {:?}",
                g.number, g.term
            ));
        }
    }
    out
}

#[test]
fn the_gold_notes_read_the_same_in_every_rewrite() {
    let reports: Vec<(Gold, String)> = common::gold("notes");
    let with_notes: Vec<&(Gold, String)> = reports
        .iter()
        .filter(|(g, _)| g.has_notes_section)
        .collect();
    assert!(
        with_notes.len() >= 40,
        "only {} reports with notes",
        with_notes.len()
    );
    let mut failures = Vec::new();
    for (name, rewrite) in rewrites() {
        let (mut same, mut changed) = (0, 0);
        for (gold, text) in &with_notes {
            let rewritten = rewrite(text);
            changed += usize::from(rewritten != *text);
            let diffs = differences(gold, &rewritten);
            if diffs.is_empty() {
                same += 1;
            } else {
                failures.push(format!("{name}: {}: {}", gold.path, diffs.join("; ")));
            }
        }
        println!(
            "{name}: {same}/{} reports read as the gold ({:.1}%), {changed} changed by it",
            with_notes.len(),
            common::pct(same, with_notes.len())
        );
        // A rewrite that leaves most reports as they were measures nothing.
        assert!(
            changed * 2 >= with_notes.len(),
            "{name} changed only {changed} reports"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
