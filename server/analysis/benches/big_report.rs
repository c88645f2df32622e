//! The large report of the `parse` benchmark, shared with the
//! `profile_check` example so both measure the same text.

#![allow(dead_code)]

use std::path::PathBuf;

pub fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

pub fn read(relative: &str) -> String {
    let path = corpus().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// About `megabytes` MB of report text: leping-2023 with national reports put
/// into its body, before its notes section, so that all of it is analysed.
/// The same filler is repeated for each megabyte, so sizes compare fairly.
pub fn big_report(megabytes: usize) -> String {
    let leping = read("leping-2023.txt");
    let notes_at = leping
        .find("注 释")
        .expect("leping-2023 has its notes heading");
    let (body, notes) = leping.split_at(notes_at);
    let mut filler = String::new();
    let mut years = (1954..=2025).cycle();
    while filler.len() + body.len() + notes.len() < 1 << 20 {
        let year = years.next().unwrap_or(2000);
        if let Ok(more) = std::fs::read_to_string(corpus().join(format!("national/{year}.txt"))) {
            filler.push_str(&more);
        }
    }
    let mut text = body.to_string();
    for copy in 0..megabytes {
        // Mark each copy's lines so no paragraph repeats: a repeated one
        // would be served from the parse's own cache and flatter the figure.
        for line in filler.lines() {
            text.push_str(line);
            if copy > 0 {
                text.push_str(&format!("（{copy}）"));
            }
            text.push('\n');
        }
    }
    text.push_str(notes);
    text
}
