//! The server's configuration, as the CLI finds it: for each document the
//! nearest `.report-ls.toml` (in its folder or above), with the client's
//! settings (initializationOptions, didChangeConfiguration) laid over it key
//! by key. Files are read when first needed and again when they change.
//! Each workspace folder is a root of its own (multi-root workspaces).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use report_analysis::config::{CONFIG_FILE, ConfigError, ConfigErrorKind};
use report_analysis::{Config, Locale};
use serde_json::{Map, Value};

/// The configuration of one document and where it comes from.
#[derive(Clone)]
pub struct Scope {
    /// The `.report-ls.toml` in force, if any.
    pub file: Option<PathBuf>,
    /// Where `[files]` globs are rooted: the configuration file's folder,
    /// else the workspace folder of the document.
    pub base: Option<PathBuf>,
    pub config: Arc<Config>,
}

/// A configuration that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file at fault, or `None` for the client's settings.
    pub file: Option<PathBuf>,
    pub error: Box<ConfigError>,
}

/// What tells that a file changed without reading it: its modification
/// time and length (`None`: gone, or not a regular file).
type Stamp = Option<(std::time::SystemTime, u64)>;

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
    Some((meta.modified().ok()?, meta.len()))
}

/// One `.report-ls.toml` as last read.
struct FileEntry {
    /// The file's stamp when it was read.
    stamp: Stamp,
    /// Its TOML as JSON, when it parses.
    layer: Option<Value>,
    /// The configuration in force (the last good one if the file is bad).
    config: Arc<Config>,
    problem: Option<Problem>,
}

#[derive(Default)]
struct Cache {
    files: HashMap<PathBuf, FileEntry>,
    /// A folder's nearest configuration file.
    nearest: HashMap<PathBuf, Option<PathBuf>>,
}

#[derive(Default)]
pub struct Settings {
    /// The workspace folders (several in a multi-root workspace).
    pub folders: Vec<PathBuf>,
    /// The client's settings (section `reportLs`).
    client_layer: Value,
    /// `locale` of the initialize request.
    pub client_locale: Option<Locale>,
    /// Documents under no configuration file: the client's settings over
    /// the defaults (the last good ones if the current are bad).
    base: Arc<Config>,
    base_problem: Option<Problem>,
    cache: Mutex<Cache>,
    /// Configuration files that show a diagnostic, to clear when fixed.
    pub diagnosed: Vec<PathBuf>,
    /// Problems already told to the user in a message.
    pub told: Vec<Problem>,
    /// What the client can show (hover format, diagnostic links and tags).
    pub support: super::convert::ClientSupport,
}

/// Default debounce of diagnostics after an edit.
pub const DEFAULT_DEBOUNCE_MS: u64 = 200;

impl Settings {
    fn cache(&self) -> std::sync::MutexGuard<'_, Cache> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The configuration of a document at `path` (`None`: not a file).
    pub fn scope(&self, path: Option<&Path>) -> Scope {
        let folder = path
            .and_then(|p| self.folder_of(p))
            .or_else(|| self.folders.first())
            .cloned();
        let Some(dir) = path.and_then(Path::parent) else {
            return self.base_scope(folder);
        };
        let mut cache = self.cache();
        let Some(file) = nearest(&mut cache, dir) else {
            drop(cache);
            return self.base_scope(folder);
        };
        if !cache.files.contains_key(&file) {
            let entry = self.read_entry(&file, None);
            cache.files.insert(file.clone(), entry);
        }
        let config = cache
            .files
            .get(&file)
            .map_or_else(|| Arc::clone(&self.base), |e| Arc::clone(&e.config));
        Scope {
            base: file.parent().map(Path::to_path_buf),
            file: Some(file),
            config,
        }
    }

    /// Reads each workspace folder's configuration now, so that a bad one
    /// is told at start, before any document of the folder is read.
    pub fn prime(&self) {
        for folder in &self.folders {
            let _ = self.scope(Some(&folder.join(CONFIG_FILE)));
        }
    }

    fn base_scope(&self, folder: Option<PathBuf>) -> Scope {
        Scope {
            file: None,
            base: folder,
            config: Arc::clone(&self.base),
        }
    }

    /// The workspace folder a path is in (the innermost).
    pub fn folder_of(&self, path: &Path) -> Option<&PathBuf> {
        self.folders
            .iter()
            .filter(|f| path.starts_with(f))
            .max_by_key(|f| f.components().count())
    }

    pub fn locale(&self, scope: &Scope) -> Locale {
        scope
            .config
            .locale
            .or(self.client_locale)
            .unwrap_or_default()
    }

    /// The language of messages not about one document.
    pub fn base_locale(&self) -> Locale {
        self.base.locale.or(self.client_locale).unwrap_or_default()
    }

    pub fn debounce_ms(&self, scope: &Scope) -> u64 {
        scope.config.debounce.unwrap_or(DEFAULT_DEBOUNCE_MS)
    }

    /// Configuration files changed on disk (created, edited, deleted):
    /// forget where each folder's nearest one is and re-read those known.
    pub fn reload_files(&mut self) {
        let mut cache = std::mem::take(&mut *self.cache());
        cache.nearest.clear();
        let files: Vec<(PathBuf, FileEntry)> = cache.files.drain().collect();
        for (path, old) in files {
            if path.is_file() {
                let entry = self.read_entry(&path, Some(old.config));
                cache.files.insert(path, entry);
            }
        }
        *self.cache() = cache;
    }

    /// Replaces the client's layer with new settings; `None` (the section is
    /// absent) changes nothing.
    pub fn set_client(&mut self, settings: Option<Value>) {
        let Some(settings) = settings else { return };
        self.client_layer = normalize_client(settings);
        let (base, problem) = resolve(None, &self.client_layer, None);
        if let Some(base) = base {
            self.base = base;
        }
        self.base_problem = problem;
        let mut cache = std::mem::take(&mut *self.cache());
        for (path, entry) in cache.files.iter_mut() {
            let (config, problem) = resolve(entry.layer.as_ref(), &self.client_layer, Some(path));
            if let Some(config) = config {
                entry.config = config;
            }
            // A file that does not parse keeps its own problem.
            if entry.layer.is_some() {
                entry.problem = problem;
            }
        }
        *self.cache() = cache;
    }

    /// Every configuration that cannot be used now: the client's settings,
    /// then the files.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self.base_problem.iter().cloned().collect();
        let cache = self.cache();
        let mut files: Vec<&Problem> = cache
            .files
            .values()
            .filter_map(|e| e.problem.as_ref())
            .collect();
        files.sort_by(|a, b| a.file.cmp(&b.file));
        problems.extend(files.into_iter().cloned());
        problems
    }

    /// Whether the configuration files that a document at `path` goes by
    /// changed on disk since they were read: its nearest `.report-ls.toml`
    /// was edited or deleted, or one appeared in a folder between the
    /// document and it. A few `stat`s, no reading: cheap enough for every
    /// open and change of a document, so that a file the client does not
    /// watch (above the workspace folder) is followed too.
    pub fn config_stale(&self, path: &Path) -> bool {
        let cache = self.cache();
        let mut at = path.parent();
        while let Some(dir) = at {
            let candidate = dir.join(CONFIG_FILE);
            match cache.nearest.get(dir) {
                // Never looked at: nothing read from here to be stale.
                None => return false,
                Some(Some(file)) if *file == candidate => {
                    return cache
                        .files
                        .get(file)
                        .is_some_and(|e| e.stamp != stamp(file));
                }
                Some(_) => {
                    if candidate.is_file() {
                        return true;
                    }
                }
            }
            at = dir.parent();
        }
        false
    }

    /// Reads a configuration file; `last_good` is kept when it is bad.
    fn read_entry(&self, path: &Path, last_good: Option<Arc<Config>>) -> FileEntry {
        let fallback = last_good.unwrap_or_else(|| Arc::clone(&self.base));
        // Stamped before reading: a change while it is read shows next time.
        let stamp = stamp(path);
        match read_toml(path) {
            Ok(layer) => {
                let (config, problem) = resolve(Some(&layer), &self.client_layer, Some(path));
                FileEntry {
                    stamp,
                    layer: Some(layer),
                    config: config.unwrap_or(fallback),
                    problem,
                }
            }
            Err(problem) => FileEntry {
                stamp,
                layer: None,
                config: fallback,
                problem: Some(problem),
            },
        }
    }
}

/// The nearest configuration file of `dir` (in it or above), cached.
fn nearest(cache: &mut Cache, dir: &Path) -> Option<PathBuf> {
    let mut visited = Vec::new();
    let mut result = None;
    let mut at = Some(dir);
    while let Some(d) = at {
        if let Some(cached) = cache.nearest.get(d) {
            result = cached.clone();
            break;
        }
        visited.push(d.to_path_buf());
        let candidate = d.join(CONFIG_FILE);
        // A FIFO or a device is never opened: only a regular file.
        if candidate.is_file() {
            result = Some(candidate);
            break;
        }
        at = d.parent();
    }
    for d in visited {
        cache.nearest.insert(d, result.clone());
    }
    result
}

/// The file's layer (if any) with the client's over it. `None` and a
/// problem when the result is not a valid configuration; the problem
/// blames the client's settings only when the file alone is fine.
fn resolve(
    file_layer: Option<&Value>,
    client: &Value,
    file: Option<&Path>,
) -> (Option<Arc<Config>>, Option<Problem>) {
    let mut merged = file_layer.cloned().unwrap_or(Value::Object(Map::new()));
    merge(&mut merged, &normalize_client(client.clone()));
    match usable(merged) {
        Ok(config) => (Some(Arc::new(config)), None),
        Err(error) => {
            let file_alone = file_layer
                .cloned()
                .map(|v| usable(v).is_ok())
                .unwrap_or(true);
            let file = if file_alone {
                None
            } else {
                file.map(Path::to_path_buf)
            };
            let error = Box::new(error);
            (None, Some(Problem { file, error }))
        }
    }
}

/// The configuration of settings, when every key is valid, rule codes and
/// globs included.
fn usable(settings: Value) -> Result<Config, ConfigError> {
    let config = serde_json::from_value::<Config>(settings).map_err(|e| ConfigError {
        kind: ConfigErrorKind::Invalid,
        message: e.to_string(),
        range: None,
    })?;
    config.validate()?;
    crate::globs::check_globs(&config.files)?;
    Ok(config)
}

/// `.report-ls.toml` as JSON; a problem with its place when it is not a
/// valid configuration.
fn read_toml(path: &Path) -> Result<Value, Problem> {
    let problem = |error: ConfigError| Problem {
        file: Some(path.to_path_buf()),
        error: Box::new(error),
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        problem(ConfigError {
            kind: ConfigErrorKind::Invalid,
            message: e.to_string(),
            range: None,
        })
    })?;
    // Parse as a Config first for its precise error places, then as JSON.
    let config = Config::from_toml(&text).map_err(problem)?;
    if let Some((glob, message)) = crate::globs::invalid_glob(&config.files) {
        let range = text.find(&glob).map(|at| at..at + glob.len());
        return Err(problem(crate::globs::glob_error(glob, message, range)));
    }
    toml::from_str::<Value>(&text).map_err(|e| {
        problem(ConfigError {
            kind: ConfigErrorKind::Invalid,
            message: e.message().to_string(),
            range: e.span(),
        })
    })
}

/// Clients differ: Helix wraps options in `reportLs`, Neovim sends an empty
/// table as `[]`, others send nothing (null).
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

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("report-ls-settings-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    #[test]
    fn client_settings_override_the_file_key_by_key() {
        let dir = temp("override");
        std::fs::write(
            dir.join(CONFIG_FILE),
            "locale = \"en\"\n[rules]\nnote-unused = \"error\"\nmarker-order = \"off\"\n",
        )
        .expect("write");
        let mut settings = Settings {
            folders: vec![dir.clone()],
            ..Settings::default()
        };
        settings.set_client(Some(
            json!({"reportLs": {"rules": {"note-unused": "off"}, "debounce": 0}}),
        ));
        let scope = settings.scope(Some(&dir.join("a.txt")));
        assert_eq!(scope.file, Some(dir.join(CONFIG_FILE)));
        assert_eq!(scope.config.severity(Code::NoteUnused), None);
        assert_eq!(scope.config.severity(Code::MarkerOrder), None);
        assert_eq!(settings.locale(&scope), Locale::En);
        assert_eq!(settings.debounce_ms(&scope), 0);
        assert!(settings.problems().is_empty());
    }

    #[test]
    fn each_document_gets_its_nearest_file_and_a_change_is_read_again() {
        let dir = temp("nearest");
        std::fs::create_dir_all(dir.join("a/b")).expect("dirs");
        std::fs::write(dir.join(CONFIG_FILE), "locale = \"en\"\n").expect("write");
        std::fs::write(dir.join("a").join(CONFIG_FILE), "debounce = 7\n").expect("write");
        let mut settings = Settings {
            folders: vec![dir.clone()],
            ..Settings::default()
        };
        let top = settings.scope(Some(&dir.join("x.txt")));
        let deep = settings.scope(Some(&dir.join("a/b/y.txt")));
        assert_eq!(settings.locale(&top), Locale::En);
        assert_eq!(settings.debounce_ms(&deep), 7);
        assert_eq!(settings.locale(&deep), Locale::Zh, "the nearest file alone");
        assert_eq!(deep.base, Some(dir.join("a")));

        std::fs::write(dir.join("a").join(CONFIG_FILE), "[rulez]\n").expect("write");
        settings.reload_files();
        let deep = settings.scope(Some(&dir.join("a/b/y.txt")));
        assert_eq!(settings.debounce_ms(&deep), 7, "the last good one stays");
        let problems = settings.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].file, Some(dir.join("a").join(CONFIG_FILE)));

        std::fs::remove_file(dir.join("a").join(CONFIG_FILE)).expect("remove");
        settings.reload_files();
        let deep = settings.scope(Some(&dir.join("a/b/y.txt")));
        assert_eq!(settings.locale(&deep), Locale::En, "the one above now");
        assert!(settings.problems().is_empty());
    }

    #[test]
    fn an_invalid_glob_is_a_problem_and_the_last_good_config_stays() {
        let mut settings = Settings::default();
        settings.set_client(Some(json!({"files": {"include": ["**/*.txt"]}})));
        settings.set_client(Some(json!({"files": {"include": ["["]}})));
        let problem = settings.problems().first().cloned().expect("a problem");
        assert!(problem.error.message.contains("glob"), "{problem:?}");
        let scope = settings.scope(None);
        assert_eq!(scope.config.files.include, vec!["**/*.txt".to_string()]);
    }

    #[test]
    fn bad_client_settings_keep_the_last_good_config() {
        let mut settings = Settings::default();
        settings.set_client(Some(json!({"debounce": 5})));
        settings.set_client(Some(json!({"rules": {"no-such-rule": "off"}})));
        assert_eq!(settings.debounce_ms(&settings.scope(None)), 5);
        let problem = settings.problems().first().cloned().expect("a problem");
        assert!(
            problem.error.to_string().contains("no-such-rule"),
            "{problem:?}"
        );
        assert_eq!(problem.file, None);
        settings.set_client(None);
        assert!(
            !settings.problems().is_empty(),
            "an absent section changes nothing"
        );
        settings.set_client(Some(json!([])));
        assert!(settings.problems().is_empty());
        assert_eq!(
            settings.debounce_ms(&settings.scope(None)),
            DEFAULT_DEBOUNCE_MS
        );
    }
}
