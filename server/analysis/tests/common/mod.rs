//! What the gold tests share: where the corpus and the gold files are,
//! reading a gold report with its text, and percentages.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// Something a gold file names: the corpus path of its report.
pub trait GoldReport: DeserializeOwned {
    fn path(&self) -> &str;
}

pub fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// Every report of `tests/gold/<kind>/`, in path order, with its text (BOM
/// removed).
pub fn gold<G: GoldReport>(kind: &str) -> Vec<(G, String)> {
    assert!(
        corpus().is_dir(),
        "the corpus is missing at {} (../shared/corpus)",
        corpus().display()
    );
    let mut files = Vec::new();
    toml_files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/gold")
            .join(kind),
        &mut files,
    );
    files.sort();
    files
        .iter()
        .map(|file| {
            let gold: G = toml::from_str(&std::fs::read_to_string(file).expect("gold file"))
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let raw = std::fs::read_to_string(corpus().join(gold.path()))
                .unwrap_or_else(|e| panic!("{}: {e}", gold.path()));
            let text = raw.strip_prefix('\u{FEFF}').unwrap_or(&raw).to_string();
            (gold, text)
        })
        .collect()
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

/// `a` of `b` in percent; 100 when there is nothing to count.
pub fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}
