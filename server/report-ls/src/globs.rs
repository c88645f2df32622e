//! `[files] include/exclude`: the globs that say which files of a folder
//! are reports, for the CLI's folder walks and the server's index alike.

use std::path::Path;

use ignore::overrides::{Override, OverrideBuilder};
use report_analysis::config::{ConfigError, ConfigErrorKind, Files};

/// Files read when the configuration names none.
pub const DEFAULT_INCLUDE: &[&str] = &["**/*.txt", "**/*.md"];

/// Include and exclude globs as an `ignore` override set rooted at `root`
/// (the folder of the configuration file, else the workspace folder).
pub fn overrides(root: &Path, files: &Files) -> Result<Override, ignore::Error> {
    let mut builder = OverrideBuilder::new(root);
    if files.include.is_empty() {
        for glob in DEFAULT_INCLUDE {
            builder.add(glob)?;
        }
    } else {
        for glob in &files.include {
            builder.add(glob)?;
        }
    }
    for glob in &files.exclude {
        builder.add(&format!("!{glob}"))?;
    }
    builder.build()
}

/// The first glob of `[files]` that does not parse, with the parser's words.
pub fn invalid_glob(files: &Files) -> Option<(String, String)> {
    files.include.iter().chain(&files.exclude).find_map(|glob| {
        OverrideBuilder::new("/")
            .add(glob)
            .err()
            .map(|e| (glob.clone(), e.to_string()))
    })
}

/// Checks the configured globs: the error names the bad one.
pub fn check_globs(files: &Files) -> Result<(), ConfigError> {
    match invalid_glob(files) {
        Some((glob, message)) => Err(glob_error(glob, message, None)),
        None => Ok(()),
    }
}

/// The configuration error of a glob that does not parse.
pub fn glob_error(
    glob: String,
    message: String,
    range: Option<std::ops::Range<usize>>,
) -> ConfigError {
    ConfigError {
        kind: ConfigErrorKind::InvalidGlob { glob },
        message,
        range,
    }
}
