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

/// A configuration that could not be read, with where (byte range) if known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
    pub range: Option<std::ops::Range<usize>>,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses `.report-ls.toml` text. Unknown keys and unknown rule codes are
    /// errors, so a typo does not silently do nothing.
    pub fn from_toml(text: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError {
            message: e.message().to_string(),
            range: e.span(),
        })?;
        config.validate()?;
        Ok(config)
    }

    /// Checks what serde cannot: rule codes exist.
    pub fn validate(&self) -> Result<(), ConfigError> {
        for code in self.rules.keys() {
            if Code::from_name(code).is_none() {
                return Err(ConfigError {
                    message: format!(
                        "unknown rule `{code}` in [rules]; `report-ls explain` lists the rules"
                    ),
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
        let err = Config::from_toml("[rules]\nnote-unsed = \"off\"\n").expect_err("unknown rule");
        assert!(err.message.contains("note-unsed"));
        let err = Config::from_toml("[rules]\nnote-unused = \"loud\"\n").expect_err("bad level");
        assert!(
            err.message.contains("loud") || err.message.contains("variant"),
            "{err}"
        );
    }
}
