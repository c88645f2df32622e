//! Indexing the report files of the workspace in the background, and
//! following them on disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::overrides::{Override, OverrideBuilder};
use rayon::prelude::*;
use report_analysis::config::Files;
use report_analysis::{Config, Document};
use tower_lsp_server::ls_types::{ProgressToken, Uri};

use super::diagnostics;
use super::state::State;
use crate::read::decode;

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
    if let Ok(o) = overrides(root, files) {
        walker.overrides(o);
    }
    walker
        .build()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect()
}

/// Reads and parses one file; `None` when it is not a readable text.
pub fn load(path: &Path, config: &Config) -> Option<Arc<Document>> {
    let bytes = std::fs::read(path).ok()?;
    let (text, _) = decode(&bytes).ok()?;
    Some(Arc::new(Document::parse(text, config)))
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
    let parsed = tokio::task::spawn_blocking(move || {
        walk(&root, &files)
            .into_par_iter()
            .filter_map(|path| {
                let doc = load(&path, &config)?;
                let uri = Uri::from_file_path(&path)?;
                Some((uri, doc))
            })
            .collect::<Vec<_>>()
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
    if let Some(progress) = progress {
        progress.finish_with_message(format!("{count} files")).await;
    }
    diagnostics::refresh_open(&state);
}

/// A file changed on disk: re-read it unless it is open in the editor.
pub fn file_changed(state: &State, uri: &Uri, deleted: bool) {
    let (config, root) = {
        let settings = state.settings();
        (settings.config.clone(), settings.root.clone())
    };
    if state.store().open.contains_key(uri) {
        return;
    }
    let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
        // An untitled buffer has nothing on disk to go back to.
        state.store_mut().remove(uri);
        return;
    };
    let wanted = root
        .as_deref()
        .and_then(|r| overrides(r, &config.files).ok())
        .is_some_and(|o| o.matched(&path, false).is_whitelist());
    match (deleted, wanted.then(|| load(&path, &config)).flatten()) {
        (false, Some(doc)) => {
            state.store_mut().put(uri, doc, root.as_deref());
        }
        _ => state.store_mut().remove(uri),
    }
}
