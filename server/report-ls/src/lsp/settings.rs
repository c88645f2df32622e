//! The server's configuration: `.report-ls.toml` at the workspace root, with
//! the client's settings (initializationOptions, didChangeConfiguration)
//! laid over it key by key.

use std::path::{Path, PathBuf};

use report_analysis::config::CONFIG_FILE;
use report_analysis::{Config, Locale};
use serde_json::{Map, Value};

/// Where the configuration comes from, and what it resolved to.
#[derive(Default)]
pub struct Settings {
    pub root: Option<PathBuf>,
    /// `.report-ls.toml` as JSON, when it exists and parses.
    pub file_layer: Option<Value>,
    /// The client's settings (section `reportLs`).
    pub client_layer: Value,
    /// `locale` of the initialize request.
    pub client_locale: Option<Locale>,
    /// The configuration in force (the last good one if the current is bad).
    pub config: Config,
    /// Why the current configuration could not be used.
    pub problem: Option<Problem>,
}

/// A configuration that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file at fault, or `None` for the client's settings.
    pub file: Option<PathBuf>,
    pub message: String,
    /// Byte range in the file, when known.
    pub range: Option<std::ops::Range<usize>>,
}

/// Default debounce of diagnostics after an edit.
pub const DEFAULT_DEBOUNCE_MS: u64 = 200;

impl Settings {
    pub fn locale(&self) -> Locale {
        self.config
            .locale
            .or(self.client_locale)
            .unwrap_or_default()
    }

    pub fn debounce_ms(&self) -> u64 {
        self.config.debounce.unwrap_or(DEFAULT_DEBOUNCE_MS)
    }

    pub fn config_path(&self) -> Option<PathBuf> {
        self.root.as_ref().map(|r| r.join(CONFIG_FILE))
    }

    /// Whether the user chose which files are reports (then globs decide,
    /// otherwise a file's content does).
    pub fn include_is_explicit(&self) -> bool {
        !self.config.files.include.is_empty()
    }

    /// Re-reads `.report-ls.toml` and recomputes the configuration.
    pub fn reload_file(&mut self) {
        self.problem = None;
        self.file_layer = match self.config_path() {
            Some(path) if path.is_file() => match read_toml(&path) {
                Ok(value) => Some(value),
                Err(problem) => {
                    self.problem = Some(problem);
                    None
                }
            },
            _ => None,
        };
        self.resolve();
    }

    /// Replaces the client's layer with new settings; `None` (the section is
    /// absent) changes nothing.
    pub fn set_client(&mut self, settings: Option<Value>) {
        if let Some(settings) = settings {
            self.client_layer = normalize_client(settings);
            if self.problem.as_ref().is_some_and(|p| p.file.is_none()) {
                self.problem = None;
            }
            self.resolve();
        }
    }

    fn resolve(&mut self) {
        let mut merged = self.file_layer.clone().unwrap_or(Value::Object(Map::new()));
        // No client settings yet (null) lay nothing over the file.
        merge(&mut merged, &normalize_client(self.client_layer.clone()));
        match usable(merged) {
            Ok(config) => self.config = config,
            Err(message) => {
                // Blame the client's settings only when the file alone is fine.
                let file_alone = self
                    .file_layer
                    .clone()
                    .map(|v| usable(v).is_ok())
                    .unwrap_or(true);
                self.problem.get_or_insert(Problem {
                    file: if file_alone { None } else { self.config_path() },
                    message,
                    range: None,
                });
            }
        }
    }
}

/// The configuration of settings, when every key is valid, rule codes and
/// globs included.
fn usable(settings: Value) -> Result<Config, String> {
    let config = serde_json::from_value::<Config>(settings).map_err(|e| e.to_string())?;
    config.validate().map_err(|e| e.message)?;
    super::index::check_globs(&config.files)?;
    Ok(config)
}

/// `.report-ls.toml` as JSON.
fn read_toml(path: &Path) -> Result<Value, Problem> {
    let text = std::fs::read_to_string(path).map_err(|e| Problem {
        file: Some(path.to_path_buf()),
        message: e.to_string(),
        range: None,
    })?;
    // Parse as a Config first for its precise error places, then as JSON.
    Config::from_toml(&text).map_err(|e| Problem {
        file: Some(path.to_path_buf()),
        message: e.message,
        range: e.range,
    })?;
    toml::from_str::<Value>(&text).map_err(|e| Problem {
        file: Some(path.to_path_buf()),
        message: e.message().to_string(),
        range: e.span(),
    })
}

/// Clients differ: Helix wraps options in `reportLs`, Neovim sends an empty
/// table as `[]`.
pub fn normalize_client(value: Value) -> Value {
    match value {
        Value::Object(mut map) if map.len() == 1 && map.contains_key("reportLs") => {
            normalize_client(map.remove("reportLs").unwrap_or(Value::Null))
        }
        Value::Array(items) if items.is_empty() => Value::Object(Map::new()),
        Value::Null => Value::Object(Map::new()),
        other => other,
    }
}

/// Lays `overlay` over `base`: objects merge key by key, anything else replaces.
fn merge(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Object(base), Value::Object(overlay)) => {
            for (key, value) in overlay {
                let value = normalize_client(value.clone());
                match base.get_mut(key) {
                    Some(existing) if existing.is_object() && value.is_object() => {
                        merge(existing, &value)
                    }
                    _ => {
                        base.insert(key.clone(), value);
                    }
                }
            }
        }
        (base, overlay) => *base = overlay.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_analysis::Code;
    use serde_json::json;

    #[test]
    fn client_settings_override_the_file_key_by_key() {
        let mut settings = Settings {
            file_layer: Some(
                json!({"locale": "en", "rules": {"note-unused": "error", "marker-order": "off"}}),
            ),
            ..Settings::default()
        };
        settings.set_client(Some(
            json!({"reportLs": {"rules": {"note-unused": "off"}, "debounce": 0}}),
        ));
        assert_eq!(settings.config.severity(Code::NoteUnused), None);
        assert_eq!(settings.config.severity(Code::MarkerOrder), None);
        assert_eq!(settings.locale(), Locale::En);
        assert_eq!(settings.debounce_ms(), 0);
        assert!(settings.problem.is_none());
    }

    #[test]
    fn an_invalid_glob_is_a_problem_and_the_last_good_config_stays() {
        let mut settings = Settings::default();
        settings.set_client(Some(json!({"files": {"include": ["**/*.txt"]}})));
        settings.set_client(Some(json!({"files": {"include": ["["]}})));
        let problem = settings.problem.clone().expect("a problem");
        assert!(problem.message.contains("glob"), "{problem:?}");
        assert_eq!(settings.config.files.include, vec!["**/*.txt".to_string()]);
    }

    #[test]
    fn bad_client_settings_keep_the_last_good_config() {
        let mut settings = Settings::default();
        settings.set_client(Some(json!({"debounce": 5})));
        settings.set_client(Some(json!({"rules": {"no-such-rule": "off"}})));
        assert_eq!(settings.debounce_ms(), 5);
        let problem = settings.problem.clone().expect("a problem");
        assert!(problem.message.contains("no-such-rule"), "{problem:?}");
        assert_eq!(problem.file, None);
        settings.set_client(None);
        assert!(
            settings.problem.is_some(),
            "an absent section changes nothing"
        );
        settings.set_client(Some(json!([])));
        assert!(settings.problem.is_none());
        assert_eq!(settings.debounce_ms(), DEFAULT_DEBOUNCE_MS);
    }
}
