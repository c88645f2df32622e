//! Indexing the report files of the workspace in the background, and
//! following them on disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::overrides::Override;
use rayon::prelude::*;
use report_analysis::{Config, Document, Summary};
use tower_lsp_server::ls_types::{MessageType, ProgressToken, Uri};

use super::diagnostics;
use super::settings::Scope;
use super::state::{State, display_path};
use crate::cli::words;
use crate::globs::overrides;
use crate::read::{ReadError, read_file};

/// The files under a workspace folder, respecting .gitignore.
fn walk(root: &Path) -> impl Iterator<Item = PathBuf> {
    ignore::WalkBuilder::new(root)
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
}

/// Whether the `[files]` globs of a file's configuration take it.
fn wanted_by(globs: &Override, path: &Path) -> bool {
    globs.matched(path, false).is_whitelist()
}

/// The globs of a scope, rooted where its configuration is (an invalid
/// glob was refused when the configuration was read: then the defaults).
fn globs_of(scope: &Scope, path: &Path) -> Option<Override> {
    let root = scope.base.as_deref().or_else(|| path.parent())?;
    overrides(root, &scope.config.files)
        .or_else(|_| overrides(root, &Default::default()))
        .ok()
}

/// Whether the index keeps a parsed file: a text that looks like a report,
/// or any file the user's include globs name. Other text files are
/// dropped, so a folder of unrelated texts costs no memory.
fn keeps(scope: &Scope, doc: &Document) -> bool {
    !scope.config.files.include.is_empty() || doc.looks_like_report()
}

/// Reads and parses one file: a regular file within the size limit, with
/// a text start.
fn load(path: &Path, config: &Config) -> Result<Document, ReadError> {
    let (text, _) = read_file(path, Some(config.files.max_size()), true)?;
    Ok(Document::parse(text, config))
}

/// Reads one file of the index as the index keeps it: the summary of a
/// report (the whole document is dropped at once), or `None` for a text
/// that is not one.
fn summarize(
    path: &Path,
    uri: &Uri,
    root: Option<&Path>,
    scope: &Scope,
) -> Result<Option<Arc<Summary>>, ReadError> {
    let doc = load(path, &scope.config)?;
    Ok(keeps(scope, &doc).then(|| Arc::new(Summary::of(&doc, &display_path(uri, root)))))
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

/// Indexes the workspace folders, reporting progress, then re-checks the
/// open documents (a term may now be known from another report).
pub async fn index_workspace(state: Arc<State>) {
    let folders = state.settings().folders.clone();
    if folders.is_empty() {
        return;
    }
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
    let walking = Arc::clone(&state);
    let (parsed, too_large): (Vec<_>, Vec<_>) = tokio::task::spawn_blocking(move || {
        // Each file with its configuration; the globs built once per
        // configuration.
        let mut globs: HashMap<(Option<PathBuf>, Option<PathBuf>), Option<Override>> =
            HashMap::new();
        let mut wanted = Vec::new();
        for path in folders.iter().flat_map(|f| walk(f)) {
            let scope = walking.settings().scope(Some(&path));
            let key = (scope.file.clone(), scope.base.clone());
            let take = globs
                .entry(key)
                .or_insert_with(|| globs_of(&scope, &path))
                .as_ref()
                .is_some_and(|g| wanted_by(g, &path));
            if take {
                wanted.push((path, scope));
            }
        }
        wanted
            .into_par_iter()
            .filter_map(|(path, scope)| {
                let uri = Uri::from_file_path(&path)?;
                let root = walking.settings().folder_of(&path).cloned();
                match summarize(&path, &uri, root.as_deref(), &scope) {
                    Ok(Some(summary)) => Some(Ok((uri, summary, root))),
                    Ok(None) => None,
                    Err(e @ ReadError::TooLarge { .. }) => Some(Err((path, e))),
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
        let mut store = state.store_mut();
        for (uri, summary, root) in parsed {
            // An open buffer is newer than the file on disk.
            if !store.open.contains_key(&uri) {
                store.put_summary(&uri, summary, root.as_deref());
            }
        }
    }
    let locale = state.settings().base_locale();
    for (path, why) in too_large {
        let why = words::read_error(&why, locale);
        let message = words::not_indexed(&path.display().to_string(), &why, locale);
        state
            .client
            .log_message(MessageType::WARNING, message)
            .await;
    }
    if let Some(progress) = progress {
        progress.finish_with_message(format!("{count} files")).await;
    }
    super::config_report::report(&state).await;
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
    let scope = state.scope(uri);
    if state.store().open.contains_key(uri) {
        return None;
    }
    let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
        // An untitled buffer has nothing on disk to go back to.
        state.store_mut().remove(uri);
        return None;
    };
    // A FIFO or a device is never opened: opening one can block.
    let root = state.settings().folder_of(&path).cloned();
    let wanted = !deleted
        && std::fs::metadata(&path).is_ok_and(|m| m.is_file())
        && root.as_deref().is_some_and(|r| {
            inside_workspace(r, &path)
                && globs_of(&scope, &path).is_some_and(|g| wanted_by(&g, &path))
        });
    if !wanted {
        state.store_mut().remove(uri);
        return None;
    }
    let (state, uri) = (Arc::clone(state), uri.clone());
    Some(tokio::spawn(async move {
        let (read_uri, read_root) = (uri.clone(), root.clone());
        let loaded = tokio::task::spawn_blocking(move || {
            summarize(&path, &read_uri, read_root.as_deref(), &scope)
        })
        .await;
        let loaded = match loaded {
            Ok(Ok(summary)) => summary,
            Ok(Err(e @ ReadError::TooLarge { .. })) => {
                let locale = state.settings().base_locale();
                let why = words::read_error(&e, locale);
                let message = words::not_indexed(uri.as_str(), &why, locale);
                state
                    .client
                    .log_message(MessageType::WARNING, message)
                    .await;
                None
            }
            _ => None,
        };
        let mut store = state.store_mut();
        // Opened while it was being read: the buffer is newer.
        if store.open.contains_key(&uri) {
            return;
        }
        match loaded {
            Some(summary) => {
                store.put_summary(&uri, summary, root.as_deref());
            }
            None => store.remove(&uri),
        }
    }))
}

/// Workspace folders were added or removed: forget the files of removed
/// ones (open buffers stay), then index again.
pub async fn folders_changed(state: Arc<State>, added: Vec<PathBuf>, removed: Vec<PathBuf>) {
    {
        let mut settings = state.settings_mut();
        settings.folders.retain(|f| !removed.contains(f));
        for folder in added {
            if !settings.folders.contains(&folder) {
                settings.folders.push(folder);
            }
        }
        settings.prime();
    }
    let gone: Vec<Uri> = {
        let settings = state.settings();
        let store = state.store();
        store
            .uris()
            .filter(|uri| !store.open.contains_key(uri))
            .filter(|uri| {
                uri.to_file_path()
                    .is_none_or(|p| settings.folder_of(&p).is_none())
            })
            .collect()
    };
    {
        let mut store = state.store_mut();
        for uri in &gone {
            store.remove(uri);
        }
    }
    index_workspace(state).await;
}
