//! Which files to check: named files, folders walked for `.txt`/`.md`
//! (respecting .gitignore), or `-` for standard input; and the
//! `.report-ls.toml` that applies to each.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use report_analysis::config::{CONFIG_FILE, Config, ConfigError};

use crate::docx;
use crate::read::{self, Encoding, decode};

/// One input: a path (or `-`) and its text, or why it could not be read.
pub struct Input {
    /// As shown to the user.
    pub display: String,
    pub path: Option<PathBuf>,
    pub content: Result<(String, Encoding), InputError>,
}

/// Why an input could not be read; `words::input_error` says it in the
/// user's language.
#[derive(Debug)]
pub enum InputError {
    Read(read::ReadError),
    Docx(docx::DocxError),
    /// A `.doc` or `.wps` file: to be saved as .docx or .txt.
    LegacyWord,
    /// A folder without a file to check.
    EmptyFolder,
    /// The folder walk failed (a loop of links, a folder that cannot be listed).
    Walk(String),
    /// Reading or checking the text failed inside report-ls (a bug): the
    /// panic's message. The other files are still checked.
    Internal(String),
}

/// Extensions read when walking a folder (unless `[files] include` says).
const EXTENSIONS: &[&str] = &["txt", "md", "docx", "docm"];

/// Expands the command line's paths into inputs, in a stable order, with
/// the default configuration lookup.
/// Missing paths become inputs with an error, so nothing is dropped.
pub fn collect(paths: &[PathBuf]) -> Vec<Input> {
    collect_named(paths, None, &mut ConfigFinder::default(), None)
}

/// As [`collect`]; `stdin_filename` names standard input, for display and
/// for finding its configuration. A folder walk keeps the files that the
/// `[files]` globs of their configuration (`explicit`, else the nearest)
/// include and do not exclude.
pub fn collect_named(
    paths: &[PathBuf],
    stdin_filename: Option<&Path>,
    finder: &mut ConfigFinder,
    explicit: Option<usize>,
) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let content = if stdin_filename.is_some_and(is_word_file) {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|e| InputError::Read(read::ReadError::Io(e)))
                    .and_then(|_| read_bytes(stdin_filename, &bytes))
            } else {
                read::read_bounded(std::io::stdin(), u64::MAX, 0).map_err(InputError::Read)
            };
            inputs.push(Input {
                display: stdin_filename.map_or("<stdin>".into(), |p| p.display().to_string()),
                path: stdin_filename.map(Path::to_path_buf),
                content,
            });
        } else if path.is_dir() {
            let mut found = Vec::new();
            for entry in ignore::WalkBuilder::new(path)
                .follow_links(true)
                .sort_by_file_name(|a, b| a.cmp(b))
                .build()
            {
                match entry {
                    Ok(entry) => {
                        let p = entry.path();
                        if entry.file_type().is_some_and(|t| t.is_file())
                            && finder.walk_wants(p, explicit)
                        {
                            found.push(p.to_path_buf());
                        }
                    }
                    Err(err) => inputs.push(Input {
                        display: path.display().to_string(),
                        path: None,
                        content: Err(InputError::Walk(err.to_string())),
                    }),
                }
            }
            if found.is_empty() {
                // A folder with nothing to check must not pass as clean.
                inputs.push(Input {
                    display: path.display().to_string(),
                    path: None,
                    content: Err(InputError::EmptyFolder),
                });
            }
            inputs.extend(found.into_iter().map(read_file));
        } else {
            inputs.push(read_file(path.clone()));
        }
    }
    inputs
}

/// Whether a walk takes a file by its extension alone (no configuration
/// names files).
fn default_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn read_file(path: PathBuf) -> Input {
    let content = if is_word_file(&path) || starts_like_word(&path) {
        std::fs::read(&path)
            .map_err(|e| InputError::Read(read::ReadError::Io(e)))
            .and_then(|bytes| read_bytes(Some(&path), &bytes))
    } else {
        // A named FIFO (`<(…)`) is the user's choice: read it, sniffing
        // first (a binary start, a Word file under another name, is refused
        // unread).
        read::read_file(&path, None, false).map_err(InputError::Read)
    };
    Input {
        display: path.display().to_string(),
        path: Some(path),
        content,
    }
}

/// A file's text: Word documents by their content (a `.docx` is a zip
/// archive, a legacy `.doc`/`.wps` an OLE file) or extension, else text in
/// any encoding `decode` knows.
/// A regular file whose first bytes are a Word file's, whatever its name
/// (a `.doc` saved as `.txt` gets the advice to save it as .docx). Only a
/// regular file is peeked at: a FIFO's bytes would be consumed.
fn starts_like_word(path: &Path) -> bool {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut start = [0u8; 8];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut start))
        .is_ok_and(|()| docx::is_zip(&start) || docx::is_legacy_office(&start))
}

/// A Word file by its name: read whole and unzipped, not sniffed as text.
fn is_word_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "docx" | "docm" | "doc" | "wps"
        )
    })
}

fn read_bytes(path: Option<&Path>, bytes: &[u8]) -> Result<(String, Encoding), InputError> {
    let extension = path
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let ext = extension.as_deref();
    if matches!(ext, Some("doc" | "wps")) || docx::is_legacy_office(bytes) {
        return Err(InputError::LegacyWord);
    }
    if matches!(ext, Some("docx" | "docm")) || docx::is_zip(bytes) {
        return docx::read(bytes)
            .map(|text| (text, Encoding::Docx))
            .map_err(InputError::Docx);
    }
    decode(bytes).map_err(|e| InputError::Read(read::ReadError::Decode(e)))
}

/// A configuration file found for some input, parsed or not.
pub struct LoadedConfig {
    pub path: PathBuf,
    pub config: Result<Config, ConfigProblem>,
    /// `[files]` as globs rooted at the file's folder, when it names files.
    globs: Option<ignore::overrides::Override>,
}

/// Why a configuration file cannot be used.
#[derive(Debug)]
pub enum ConfigProblem {
    Io(std::io::Error),
    /// Its text, with the 1-based line and column of the fault when known.
    Invalid {
        error: Box<ConfigError>,
        at: Option<(usize, usize)>,
    },
}

/// Finds and caches the nearest `.report-ls.toml` for each input.
#[derive(Default)]
pub struct ConfigFinder {
    by_dir: HashMap<PathBuf, Option<usize>>,
    pub loaded: Vec<LoadedConfig>,
}

impl ConfigFinder {
    /// Loads an explicitly named configuration file.
    pub fn explicit(&mut self, path: &Path) -> usize {
        self.load(path.to_path_buf())
    }

    fn load(&mut self, path: PathBuf) -> usize {
        let config = std::fs::read_to_string(&path)
            .map_err(ConfigProblem::Io)
            .and_then(|text| parse(&text));
        let globs = config.as_ref().ok().and_then(|c| {
            let files = &c.files;
            if files.include.is_empty() && files.exclude.is_empty() {
                return None;
            }
            let root = std::path::absolute(&path).ok()?.parent()?.to_path_buf();
            // Without include globs every file passes them; the extension decides.
            let mut files = files.clone();
            if files.include.is_empty() {
                files.include.push("**/*".into());
            }
            crate::globs::overrides(&root, &files).ok()
        });
        self.loaded.push(LoadedConfig {
            path,
            config,
            globs,
        });
        self.loaded.len() - 1
    }

    /// The configurations that cannot be used.
    pub fn problems(&self) -> impl Iterator<Item = (&Path, &ConfigProblem)> {
        self.loaded
            .iter()
            .filter_map(|l| Some((l.path.as_path(), l.config.as_ref().err()?)))
    }

    /// Whether a folder walk checks `path`: by the `[files]` globs of its
    /// configuration when they name files, else by its extension.
    pub fn walk_wants(&mut self, path: &Path, explicit: Option<usize>) -> bool {
        let config = explicit.or_else(|| self.for_file(Some(path)));
        let Some(globs) = config.and_then(|i| self.loaded[i].globs.as_ref()) else {
            return default_extension(path);
        };
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        let included = match config.and_then(|i| self.loaded[i].config.as_ref().ok()) {
            Some(c) if !c.files.include.is_empty() => true,
            _ => default_extension(path),
        };
        match globs.matched(&absolute, false) {
            ignore::Match::Ignore(_) => false,
            ignore::Match::Whitelist(_) => included,
            ignore::Match::None => false,
        }
    }

    /// The index of the configuration that applies to a file (the nearest
    /// in its folder or above), if any.
    pub fn for_file(&mut self, file: Option<&Path>) -> Option<usize> {
        let start = match file {
            Some(f) => std::path::absolute(f).ok()?.parent()?.to_path_buf(),
            None => std::env::current_dir().ok()?,
        };
        let mut visited = Vec::new();
        let mut dir = Some(start.as_path());
        let mut result = None;
        while let Some(d) = dir {
            if let Some(&cached) = self.by_dir.get(d) {
                result = cached;
                break;
            }
            visited.push(d.to_path_buf());
            let candidate = d.join(CONFIG_FILE);
            if candidate.is_file() {
                result = Some(self.load(candidate));
                break;
            }
            dir = d.parent();
        }
        for d in visited {
            self.by_dir.insert(d, result);
        }
        result
    }
}

/// A configuration's text, with the place of a fault; `[files]` globs are
/// checked too.
fn parse(text: &str) -> Result<Config, ConfigProblem> {
    let invalid = |error: ConfigError| {
        let at = error.range.as_ref().map(|r| line_column(text, r.start));
        ConfigProblem::Invalid {
            error: Box::new(error),
            at,
        }
    };
    let config = Config::from_toml(text).map_err(invalid)?;
    if let Some((glob, message)) = crate::globs::invalid_glob(&config.files) {
        let range = text.find(&glob).map(|at| at..at + glob.len());
        return Err(invalid(crate::globs::glob_error(glob, message, range)));
    }
    Ok(config)
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = report_analysis::text::floor_char_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}
