//! `.report-ls.toml`: rule severities, locale, glossary, files, known terms.
//! The same keys come from the editor as JSON; both parse into [`Config`].

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::diagnostic::{Code, Severity};
use crate::messages::Locale;

/// The setting keys the server reads, dotted. Editors' settings mirror them.
pub const SETTING_KEYS: &[&str] = &[
    "locale",
    "debounce",
    "rules",
    "glossary",
    "files.include",
    "files.exclude",
    "files.max-size-mb",
    "terms.known",
    "inlayHints.markers",
    "inlayHints.figures",
];

/// The file name looked for in a folder and its parents.
pub const CONFIG_FILE: &str = ".report-ls.toml";

/// A rule's configured level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Hint,
    Off,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Error => Some(Severity::Error),
            Level::Warning => Some(Severity::Warning),
            Level::Info => Some(Severity::Info),
            Level::Hint => Some(Severity::Hint),
            Level::Off => None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Files {
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Files larger than this many megabytes are not read (the server's
    /// default is [`Files::DEFAULT_MAX_SIZE_MB`]).
    #[serde(default, rename = "max-size-mb")]
    pub max_size_mb: Option<u64>,
}

impl Files {
    /// The server reads no file larger than this unless told otherwise.
    pub const DEFAULT_MAX_SIZE_MB: u64 = 50;

    /// The size limit in bytes, the default when none is configured.
    pub fn max_size(&self) -> u64 {
        self.max_size_mb
            .unwrap_or(Self::DEFAULT_MAX_SIZE_MB)
            .saturating_mul(1 << 20)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    #[serde(default)]
    pub known: Vec<String>,
}

/// `[workspace]`: reports of other governments that count as this one's
/// (the province's report for a city), by government name or path ending.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkspaceSettings {
    #[serde(default)]
    pub related: Vec<String>,
}

/// `[inlayHints]`: which inlay hints the language server shows (all by
/// default).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InlayHintSettings {
    /// After a marker, its note's term.
    #[serde(default)]
    pub markers: Option<bool>,
    /// After a figure written in another unit than its neighbours, its
    /// value in theirs.
    #[serde(default)]
    pub figures: Option<bool>,
}

impl InlayHintSettings {
    pub fn markers(&self) -> bool {
        self.markers.unwrap_or(true)
    }

    pub fn figures(&self) -> bool {
        self.figures.unwrap_or(true)
    }
}

/// The whole configuration; every key is optional.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub locale: Option<Locale>,
    /// Milliseconds the server waits after an edit before it re-checks.
    #[serde(default)]
    pub debounce: Option<u64>,
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    #[serde(default)]
    pub glossary: BTreeMap<String, String>,
    #[serde(default)]
    pub files: Files,
    #[serde(default)]
    pub terms: Terms,
    #[serde(default)]
    pub workspace: WorkspaceSettings,
    #[serde(default, rename = "inlayHints")]
    pub inlay_hints: InlayHintSettings,
}

/// A configuration that could not be read: what is wrong, and where (a
/// byte range of the TOML text) when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub kind: ConfigErrorKind,
    /// The parser's own words (English), for [`ConfigErrorKind::Invalid`].
    pub message: String,
    pub range: Option<std::ops::Range<usize>>,
}

/// What is wrong with a configuration, so that each front end can say it
/// in the user's language (`messages::config_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigErrorKind {
    /// A key the configuration does not have (`section` is the table it is
    /// in, empty at the top), and the known key it is closest to.
    UnknownKey {
        key: String,
        section: String,
        suggestion: Option<String>,
    },
    /// A rule code that names no rule, and the closest code.
    UnknownRule {
        code: String,
        suggestion: Option<String>,
    },
    /// A glob of `[files]` that does not parse; the message has the glob
    /// parser's words.
    InvalidGlob { glob: String },
    /// Anything else: bad TOML, a value of the wrong type or level.
    Invalid,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::config_error(self, Locale::En))
    }
}

impl std::error::Error for ConfigError {}

/// The candidate closest to `word` by edit distance (a typo), or the one
/// `word` begins when it is a part of it; `None` when nothing is close.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return None;
    }
    let length = word.chars().count();
    let allowed = (length / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|c| {
            let d = edit_distance(&word, &c.to_lowercase());
            let prefix = c.to_lowercase().starts_with(&word) && length >= 3;
            (d <= allowed || prefix).then_some((if prefix { 0 } else { d }, c))
        })
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}

/// Levenshtein distance with adjacent transpositions, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

/// The section a byte offset of TOML text is in: the last `[table]` header
/// before it, empty at the top.
fn section_at(text: &str, offset: usize) -> String {
    let offset = crate::text::floor_char_boundary(text, offset);
    text[..offset]
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            (l.starts_with('[') && !l.starts_with("[[")).then(|| {
                l.trim_start_matches('[')
                    .split(']')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            })
        })
        .unwrap_or_default()
}

/// serde's "unknown field `x`, expected one of `a`, `b`": the field and the
/// expected names.
fn unknown_field(message: &str) -> Option<(String, Vec<String>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    Some((field.to_string(), expected))
}

/// Where `code` is written as a key in TOML text: the first occurrence
/// followed (after an optional quote) by `=`.
fn key_range(text: &str, code: &str) -> Option<std::ops::Range<usize>> {
    text.match_indices(code)
        .find(|(at, _)| {
            let after = text[at + code.len()..].trim_start_matches(['"', '\'', ' ', '\t']);
            after.starts_with('=')
        })
        .map(|(at, _)| at..at + code.len())
}

impl Config {
    /// Parses `.report-ls.toml` text. Unknown keys and unknown rule codes are
    /// errors, so a typo does not silently do nothing.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let range = e.span();
            let kind = match unknown_field(e.message()) {
                Some((key, expected)) => ConfigErrorKind::UnknownKey {
                    suggestion: closest(&key, expected.iter().map(String::as_str))
                        .map(str::to_string),
                    section: range
                        .as_ref()
                        .map(|r| section_at(text, r.start))
                        .unwrap_or_default(),
                    key,
                },
                None => ConfigErrorKind::Invalid,
            };
            ConfigError {
                kind,
                message: e.message().trim().to_string(),
                range,
            }
        })?;
        config.validate().map_err(|mut e| {
            if let ConfigErrorKind::UnknownRule { code, .. } = &e.kind {
                e.range = key_range(text, code);
            }
            e
        })?;
        Ok(config)
    }

    /// Checks what serde cannot: rule codes exist.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for code in self.rules.keys() {
            if Code::from_name(code).is_none() {
                let suggestion =
                    closest(code, Code::ALL.iter().map(|c| c.name())).map(str::to_string);
                return Err(ConfigError {
                    kind: ConfigErrorKind::UnknownRule {
                        code: code.clone(),
                        suggestion,
                    },
                    message: format!("unknown rule `{code}` in [rules]"),
                    range: None,
                });
            }
        }
        Ok(())
    }

    /// The severity a rule fires with, or `None` when it is off.
    pub fn severity(&self, code: Code) -> Option<Severity> {
        match self.rules.get(code.name()) {
            Some(level) => level.severity(),
            None => Some(code.default_severity()),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale.unwrap_or_default()
    }

    /// The glossary definition of a term, by its normalized key.
    pub fn glossary_entry(&self, index: usize) -> Option<(&str, &str)> {
        self.glossary
            .iter()
            .nth(index)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_names_a_typo_or_what_a_part_begins() {
        let codes = || Code::ALL.iter().map(|c| c.name());
        assert_eq!(closest("note-unsued", codes()), Some("note-unused"));
        assert_eq!(closest("marker-ordr", codes()), Some("marker-order"));
        assert_eq!(closest("zzzz", codes()), None);
        assert_eq!(closest("", codes()), None);
        assert_eq!(closest("lcoale", ["locale", "rules"]), Some("locale"));
    }

    #[test]
    fn parses_every_key() {
        let config = Config::from_toml(
            r#"
locale = "en"
debounce = 50
[rules]
term-undefined = "off"
note-unused = "error"
[glossary]
"三新一高" = "新发展阶段……"
[files]
include = ["drafts/**/*.txt"]
[terms]
known = ["两个确立"]
[workspace]
related = ["江西省"]
"#,
        )
        .expect("valid");
        assert_eq!(config.locale(), Locale::En);
        assert_eq!(config.severity(Code::TermUndefined), None);
        assert_eq!(config.severity(Code::NoteUnused), Some(Severity::Error));
        assert_eq!(config.severity(Code::NoteMissing), Some(Severity::Error));
        assert_eq!(config.glossary_entry(0).map(|e| e.0), Some("三新一高"));
        assert_eq!(config.workspace.related, vec!["江西省".to_string()]);
    }

    #[test]
    fn typos_are_errors_with_a_place() {
        let err = Config::from_toml("[rulez]\n").expect_err("unknown table");
        assert!(err.range.is_some(), "{err:?}");
        assert_eq!(
            err.kind,
            ConfigErrorKind::UnknownKey {
                key: "rulez".into(),
                section: String::new(),
                suggestion: Some("rules".into())
            }
        );
        let text = "locale = \"en\"\n[files]\nexclud = []\n";
        let err = Config::from_toml(text).expect_err("unknown key");
        assert_eq!(
            err.kind,
            ConfigErrorKind::UnknownKey {
                key: "exclud".into(),
                section: "files".into(),
                suggestion: Some("exclude".into())
            }
        );
        assert_eq!(err.range.map(|r| &text[r]), Some("exclud"));
        let text = "[rules]\nnote-unsed = \"off\"\n";
        let err = Config::from_toml(text).expect_err("unknown rule");
        assert_eq!(
            err.kind,
            ConfigErrorKind::UnknownRule {
                code: "note-unsed".into(),
                suggestion: Some("note-unused".into())
            }
        );
        assert_eq!(err.range.clone().map(|r| &text[r]), Some("note-unsed"));
        assert!(err.to_string().contains("note-unused"), "{err}");
        let err = Config::from_toml("[rules]\nnote-unused = \"loud\"\n").expect_err("bad level");
        assert!(
            err.message.contains("loud") || err.message.contains("variant"),
            "{err}"
        );
    }
}
