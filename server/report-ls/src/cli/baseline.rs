//! Accepted findings. `--write-baseline` records each finding by file, code
//! and the text it points at, not by line, so edits elsewhere in the draft
//! keep it recorded; `--baseline` then reports only findings not recorded.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    path: String,
    code: String,
    text: String,
    /// How many findings share this file, code and text.
    count: usize,
}

/// What identifies a finding across edits.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub path: String,
    pub code: &'static str,
    pub text: String,
}

impl Key {
    /// Paths are kept with `/` so a baseline written on one system serves another.
    pub fn new(path: &str, code: &'static str, text: &str) -> Key {
        Key {
            path: path.replace('\\', "/"),
            code,
            text: text.to_string(),
        }
    }
}

/// Why a baseline could not be read or written.
#[derive(Debug)]
pub enum BaselineError {
    Io(std::io::Error),
    /// Not JSON, or not a baseline's JSON.
    Json(serde_json::Error),
    /// Written by another version of the format.
    Version(u32),
}

/// The recorded findings not yet matched.
pub struct Baseline {
    remaining: HashMap<(String, String, String), usize>,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(BaselineError::Io)?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(BaselineError::Json)?;
        if file.version != VERSION {
            return Err(BaselineError::Version(file.version));
        }
        let mut remaining = HashMap::new();
        for e in file.findings {
            *remaining.entry((e.path, e.code, e.text)).or_insert(0) += e.count;
        }
        Ok(Baseline { remaining })
    }

    /// Whether the finding was recorded; each record absorbs one finding, so
    /// a third copy of a text recorded twice is new.
    pub fn absorbs(&mut self, key: &Key) -> bool {
        let k = (key.path.clone(), key.code.to_string(), key.text.clone());
        match self.remaining.get_mut(&k) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }
}

/// Writes the findings as a baseline; returns how many were recorded.
pub fn write(path: &Path, keys: Vec<Key>) -> Result<usize, BaselineError> {
    let total = keys.len();
    let mut counts: HashMap<Key, usize> = HashMap::new();
    for k in keys {
        *counts.entry(k).or_insert(0) += 1;
    }
    let mut findings: Vec<Entry> = counts
        .into_iter()
        .map(|(k, count)| Entry {
            path: k.path,
            code: k.code.to_string(),
            text: k.text,
            count,
        })
        .collect();
    findings.sort();
    let file = BaselineFile {
        version: VERSION,
        findings,
    };
    let json = serde_json::to_string_pretty(&file).map_err(BaselineError::Json)?;
    std::fs::write(path, json + "\n").map_err(BaselineError::Io)?;
    Ok(total)
}
