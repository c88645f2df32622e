//! Indexing the report files of the workspace in the background, and
//! following them on disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::overrides::{Override, OverrideBuilder};
use rayon::prelude::*;
use report_analysis::config::Files;
use report_analysis::{Config, Document};
use tower_lsp_server::ls_types::{MessageType, ProgressToken, Uri};

use super::diagnostics;
use super::state::State;
use crate::read::{ReadError, read_file};

/// Files read when the configuration names none.
const DEFAULT_INCLUDE: &[&str] = &["**/*.txt", "**/*.md"];

/// Include and exclude globs as an `ignore` override set rooted at `root`.
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

/// The report files under `root`, respecting .gitignore and the globs.
fn walk(root: &Path, files: &Files) -> Vec<PathBuf> {
    let mut walker = ignore::WalkBuilder::new(root);
    // Globs are checked when the configuration is read; never index
    // every file for want of a valid one.
    if let Ok(o) = overrides(root, files).or_else(|_| overrides(root, &Files::default())) {
        walker.overrides(o);
    }
    walker
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect()
}

/// Reads and parses one file: a regular file within the size limit, with
/// a text start.
pub fn load(path: &Path, config: &Config) -> Result<Arc<Document>, ReadError> {
    let (text, _) = read_file(path, Some(config.files.max_size()), true)?;
    Ok(Arc::new(Document::parse(text, config)))
}

/// Whether a path is a file of the workspace as the initial walk sees it:
/// inside `root`, without `..`, and not reached through a symbolic link.
pub fn inside_workspace(root: &Path, path: &Path) -> bool {
    if path
        .components()
        .any(|c| matches!(c, std::path::Component::ParentDir))
    {
        return false;
    }
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let (Ok(real_root), Ok(real_path)) = (root.canonicalize(), path.canonicalize()) else {
        return false;
    };
    real_path
        .strip_prefix(&real_root)
        .is_ok_and(|r| r == relative)
}

/// Checks the configured globs; the message names the bad one.
pub fn check_globs(files: &Files) -> Result<(), String> {
    overrides(Path::new("/"), files)
        .map(drop)
        .map_err(|e| format!("[files]: invalid glob: {e}"))
}

/// Indexes the workspace folders, reporting progress, then re-checks the
/// open documents (a term may now be known from another report).
pub async fn index_workspace(state: Arc<State>) {
    let (root, config) = {
        let settings = state.settings();
        (settings.root.clone(), settings.config.clone())
    };
    let Some(root) = root else { return };
    let token = ProgressToken::String("report-ls/index".into());
    let progress = if state
        .progress_supported
        .load(std::sync::atomic::Ordering::SeqCst)
        && state
            .client
            .create_work_done_progress(token.clone())
            .await
            .is_ok()
    {
        Some(
            state
                .client
                .progress(token, "report-ls")
                .with_message("indexing reports")
                .begin()
                .await,
        )
    } else {
        None
    };
    let files = config.files.clone();
    let (parsed, too_large): (Vec<_>, Vec<_>) = tokio::task::spawn_blocking(move || {
        walk(&root, &files)
            .into_par_iter()
            .filter_map(|path| {
                let uri = Uri::from_file_path(&path)?;
                match load(&path, &config) {
                    Ok(doc) => Some(Ok((uri, doc))),
                    Err(e @ ReadError::TooLarge { .. }) => {
                        Some(Err(format!("{}: {e}", path.display())))
                    }
                    Err(_) => None,
                }
            })
            .partition_map(|r| match r {
                Ok(found) => rayon::iter::Either::Left(found),
                Err(skipped) => rayon::iter::Either::Right(skipped),
            })
    })
    .await
    .unwrap_or_default();
    let count = parsed.len();
    {
        let root = state.settings().root.clone();
        let mut store = state.store_mut();
        for (uri, doc) in parsed {
            // An open buffer is newer than the file on disk.
            if !store.open.contains_key(&uri) {
                store.put(&uri, doc, root.as_deref());
            }
        }
    }
    for skipped in too_large {
        state
            .client
            .log_message(
                MessageType::WARNING,
                format!("report-ls: not read: {skipped}"),
            )
            .await;
    }
    if let Some(progress) = progress {
        progress.finish_with_message(format!("{count} files")).await;
    }
    diagnostics::refresh_open(&state);
}

/// A file changed on disk: forget it, or re-read it (unless it is open in
/// the editor). The reading runs on a blocking thread, never in the
/// caller's task; the returned task ends when the store has the new text.
pub fn file_changed(
    state: &Arc<State>,
    uri: &Uri,
    deleted: bool,
) -> Option<tokio::task::JoinHandle<()>> {
    let (config, root) = {
        let settings = state.settings();
        (settings.config.clone(), settings.root.clone())
    };
    if state.store().open.contains_key(uri) {
        return None;
    }
    let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
        // An untitled buffer has nothing on disk to go back to.
        state.store_mut().remove(uri);
        return None;
    };
    // A FIFO or a device is never opened: opening one can block.
    let wanted = !deleted
        && std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        && root.as_deref().is_some_and(|r| {
            inside_workspace(r, &path)
                && overrides(r, &config.files).is_ok_and(|o| o.matched(&path, false).is_whitelist())
        });
    if !wanted {
        state.store_mut().remove(uri);
        return None;
    }
    let (state, uri) = (Arc::clone(state), uri.clone());
    Some(tokio::spawn(async move {
        let loaded = tokio::task::spawn_blocking(move || load(&path, &config)).await;
        let loaded = match loaded {
            Ok(Ok(doc)) => Some(doc),
            Ok(Err(e @ ReadError::TooLarge { .. })) => {
                let message = format!("report-ls: {} not read: {e}", uri.as_str());
                state
                    .client
                    .log_message(MessageType::WARNING, message)
                    .await;
                None
            }
            _ => None,
        };
        let root = state.settings().root.clone();
        let mut store = state.store_mut();
        // Opened while it was being read: the buffer is newer.
        if store.open.contains_key(&uri) {
            return;
        }
        match loaded {
            Some(doc) => {
                store.put(&uri, doc, root.as_deref());
            }
            None => store.remove(&uri),
        }
    }))
}
