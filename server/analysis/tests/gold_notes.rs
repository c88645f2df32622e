//! Notes and markers measured against a gold read by eye.
//!
//! `tests/gold/notes/**.toml` records, for real reports of ../shared/corpus,
//! the notes (number, term) and the body markers (line, number, the note
//! they point at) as a person reads them, without report-ls. This test
//! parses each report, compares, prints recall and precision, and fails on
//! any difference: the gold is the oracle, never the reader under test.
//!
//! `tests/gold/notes-holdout/**.toml`, `notes-holdout-next/` and
//! `notes-holdout-later/` are golds
//! of the same schema over reports the notes readers were never tuned on
//! (nor any other notes gold under `tests/gold/`). Each is measured the
//! same way and printed apart, as a measure: no floors, no failure on
//! differences. Differences print as a count per report; their lines stay
//! unprinted unless `GOLD_REVEAL_HELD_OUT=1`, and then only the oldest
//! set's (when it is being retired into the tuned gold), so that nobody
//! tunes on a set by accident.

use std::collections::BTreeMap;

use report_analysis::{Config, Document};
use serde::Deserialize;

mod common;
use common::{GoldReport, pct};

#[derive(Deserialize)]
struct Gold {
    path: String,
    has_notes_section: bool,
    #[serde(default)]
    note: Vec<GoldNote>,
    #[serde(default)]
    marker: Vec<GoldMarker>,
}

#[derive(Deserialize)]
struct GoldNote {
    number: u32,
    term: String,
}

#[derive(Deserialize)]
struct GoldMarker {
    line: usize,
    text: String,
    note: u32,
}

impl GoldReport for Gold {
    fn path(&self) -> &str {
        &self.path
    }
}

/// A term with everything a layout may add or drop removed: quotes,
/// brackets, spaces, the separator between several names, width.
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
                        | '\u{00A0}'
                        | '\u{2002}'
                        | '\u{3000}'
                )
        })
        .collect()
}

fn marker_number(text: &str) -> Option<u32> {
    let digits: String = text
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            _ => None,
        })
        .collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let c = text.chars().next()?;
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        '㉑'..='㉟' => Some(c as u32 - '㉑' as u32 + 21),
        '㊱'..='㊿' => Some(c as u32 - '㊱' as u32 + 36),
        _ => None,
    }
}

#[derive(Default)]
struct Tally {
    reports_with_notes: usize,
    reports_notes_found: usize,
    reports_count_exact: usize,
    reports_without_notes: usize,
    reports_without_notes_clean: usize,
    gold_notes: usize,
    found_notes: usize,
    notes_matched: usize,
    terms_right: usize,
    gold_markers: usize,
    found_markers: usize,
    markers_matched: usize,
}

/// Every report of a gold compared with what the readers read: the tally
/// and, per report with any difference, its lines.
fn measure(reports: &[(Gold, String)]) -> (Tally, BTreeMap<String, Vec<String>>) {
    let mut tally = Tally::default();
    let mut problems = BTreeMap::new();
    for (gold, text) in reports {
        let doc = Document::parse(text.as_str(), &Config::default());
        let mut report = Vec::new();
        compare(gold, &doc, &mut tally, &mut report);
        if !report.is_empty() {
            problems.insert(gold.path.clone(), report);
        }
    }
    (tally, problems)
}

/// Prints the measure; the differences' lines only with `lines`, their
/// count per report always.
fn print_measure(
    title: &str,
    reports: usize,
    t: &Tally,
    problems: &BTreeMap<String, Vec<String>>,
    lines: bool,
) {
    println!(
        "{title}: {reports} reports ({} with notes, {} without)",
        t.reports_with_notes, t.reports_without_notes
    );
    println!(
        "notes section found: {}/{} ({:.1}%); note count exact: {}/{} ({:.1}%); \
         no notes read where there are none: {}/{}",
        t.reports_notes_found,
        t.reports_with_notes,
        pct(t.reports_notes_found, t.reports_with_notes),
        t.reports_count_exact,
        t.reports_with_notes,
        pct(t.reports_count_exact, t.reports_with_notes),
        t.reports_without_notes_clean,
        t.reports_without_notes
    );
    println!(
        "notes: recall {:.1}% ({}/{}), precision {:.1}% ({}/{}); terms right {:.1}% ({}/{})",
        pct(t.notes_matched, t.gold_notes),
        t.notes_matched,
        t.gold_notes,
        pct(t.notes_matched, t.found_notes),
        t.notes_matched,
        t.found_notes,
        pct(t.terms_right, t.gold_notes),
        t.terms_right,
        t.gold_notes
    );
    println!(
        "markers: recall {:.1}% ({}/{}), precision {:.1}% ({}/{})",
        pct(t.markers_matched, t.gold_markers),
        t.markers_matched,
        t.gold_markers,
        pct(t.markers_matched, t.found_markers),
        t.markers_matched,
        t.found_markers
    );
    for (path, diffs) in problems {
        println!("{path}: {} differences", diffs.len());
        if !lines {
            continue;
        }
        for line in diffs.iter().take(12) {
            println!("    {line}");
        }
        if diffs.len() > 12 {
            println!("    … {} more", diffs.len() - 12);
        }
    }
}

#[test]
fn notes_and_markers_match_the_hand_read_gold() {
    let reports: Vec<(Gold, String)> = common::gold("notes");
    assert!(reports.len() >= 40, "only {} gold reports", reports.len());
    let cities = reports
        .iter()
        .filter(|(g, _)| g.path.starts_with("cities/"))
        .count();
    assert!(cities >= 25, "only {cities} gold reports from cities/");

    let (tally, problems) = measure(&reports);
    print_measure("gold", reports.len(), &tally, &problems, true);
    assert!(
        problems.is_empty(),
        "{} of {} gold reports differ (see above)",
        problems.len(),
        reports.len()
    );
}

/// The held-out notes golds, oldest first: reports read by eye that no
/// notes reader was tuned on.
const HELD_OUT: [&str; 3] = ["notes-holdout", "notes-holdout-next", "notes-holdout-later"];

/// Each held-out notes gold, measured like the tuned one and printed as a
/// measure: it asserts only its size and that no report is also in the
/// tuned gold or in another held-out set.
#[test]
fn notes_against_the_held_out_gold() {
    let tuned: Vec<String> = common::gold::<Gold>("notes")
        .into_iter()
        .map(|(g, _)| g.path)
        .collect();
    let sets: Vec<Vec<(Gold, String)>> = HELD_OUT.iter().map(|dir| common::gold(dir)).collect();
    for (n, (dir, reports)) in HELD_OUT.iter().zip(&sets).enumerate() {
        assert!(
            reports.len() >= 12,
            "only {} held-out notes reports in {dir}",
            reports.len()
        );
        for (g, _) in reports {
            assert!(
                !tuned.contains(&g.path),
                "{} is in the tuned notes gold, not held out ({dir})",
                g.path
            );
            let elsewhere = sets
                .iter()
                .enumerate()
                .any(|(m, set)| m != n && set.iter().any(|(o, _)| o.path == g.path));
            assert!(!elsewhere, "{} is in two held-out notes sets", g.path);
        }
        let (tally, problems) = measure(reports);
        // Only the oldest set's lines may be shown, while it is retired
        // into the tuned gold.
        let reveal = n == 0 && std::env::var_os("GOLD_REVEAL_HELD_OUT").is_some();
        print_measure(
            &format!("held-out ({dir})"),
            reports.len(),
            &tally,
            &problems,
            reveal,
        );
    }
}

fn compare(gold: &Gold, doc: &Document, t: &mut Tally, out: &mut Vec<String>) {
    if gold.has_notes_section {
        t.reports_with_notes += 1;
        t.reports_notes_found += usize::from(!doc.notes.is_empty());
        t.reports_count_exact += usize::from(doc.notes.len() == gold.note.len());
    } else {
        t.reports_without_notes += 1;
        t.reports_without_notes_clean += usize::from(doc.notes.is_empty());
    }
    if doc.notes.len() != gold.note.len() {
        out.push(format!(
            "{} notes read, {} in the gold",
            doc.notes.len(),
            gold.note.len()
        ));
    }

    t.gold_notes += gold.note.len();
    t.found_notes += doc.notes.len();
    let mut used = vec![false; doc.notes.len()];
    for g in &gold.note {
        let found = doc
            .notes
            .iter()
            .enumerate()
            .find(|(i, n)| !used[*i] && n.number == g.number);
        let Some((i, note)) = found else {
            out.push(format!("note {} ({}) not read", g.number, g.term));
            continue;
        };
        used[i] = true;
        t.notes_matched += 1;
        let mut names: Vec<&str> = note.term.as_deref().into_iter().collect();
        names.extend(note.aliases.iter().map(|a| a.text.as_str()));
        let read = names.join("、");
        if normalize(&read) == normalize(&g.term) {
            t.terms_right += 1;
        } else {
            out.push(format!(
                "note {}: term read as {read:?}, gold {:?}",
                g.number, g.term
            ));
        }
    }
    for (i, note) in doc.notes.iter().enumerate() {
        if !used[i] {
            let line = doc.line_index.line_of(note.range.start) + 1;
            out.push(format!(
                "note {} on line {line} ({:?}) is not in the gold",
                note.number, note.term
            ));
        }
    }

    // Markers: same line, same number, pointing at the same note.
    t.gold_markers += gold.marker.len();
    t.found_markers += doc.markers.len();
    let mut used = vec![false; doc.markers.len()];
    for g in &gold.marker {
        let number = marker_number(&g.text);
        let found = doc.markers.iter().enumerate().find(|(i, m)| {
            !used[*i]
                && Some(m.number) == number
                && doc.line_index.line_of(m.range.start) + 1 == g.line
        });
        let Some((i, marker)) = found else {
            out.push(format!("marker {} on line {} not read", g.text, g.line));
            continue;
        };
        used[i] = true;
        let points_at = marker.note.map_or(0, |n| doc.notes[n].number);
        if points_at == g.note {
            t.markers_matched += 1;
        } else {
            out.push(format!(
                "marker {} on line {} points at note {points_at}, gold {}",
                g.text, g.line, g.note
            ));
        }
    }
    for (i, marker) in doc.markers.iter().enumerate() {
        if !used[i] {
            let line = doc.line_index.line_of(marker.range.start) + 1;
            out.push(format!(
                "marker {:?} on line {line} is not in the gold",
                &doc.text[marker.range.clone()]
            ));
        }
    }
}

// The gold read through rewrites of its reports: every line ending CRLF, a
// blank line between lines, lines indented with wide spaces, the notes
// heading written another way, the whole text hard-wrapped as a PDF's.
// Each rewrite leaves the notes as they were, so each must still read as
// the gold says (number and term): the gold stays the oracle, never the
// reading of the original.

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
