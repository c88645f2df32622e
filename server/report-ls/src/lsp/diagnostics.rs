//! Diagnostics, pushed after a debounce with the version they were computed
//! for (stale results are dropped), and pulled on request.

use std::sync::Arc;
use std::time::Duration;

use report_analysis::text::Positions;
use tower_lsp_server::ls_types::{self as lsp, Uri};

use super::convert;
use super::state::{State, guarded};

/// Diagnostics sent per document at most. A published report has a few
/// dozen (57 at most in the corpus); a text with hundreds of thousands (a
/// line of markers) would take seconds to convert, send and show, on every
/// keystroke.
pub const MAX_DIAGNOSTICS: usize = 1000;

/// The diagnostics of a document now (the first [`MAX_DIAGNOSTICS`] in text
/// order), and the version they belong to.
pub fn compute(state: &State, uri: &Uri) -> Option<(Vec<lsp::Diagnostic>, Option<i32>)> {
    let scope = state.scope(uri);
    let (config, locale, support) = {
        let settings = state.settings();
        (
            Arc::clone(&scope.config),
            settings.locale(&scope),
            settings.support,
        )
    };
    let encoding = state.encoding();
    let store = state.store();
    let index = store.index(uri)?;
    let doc = store.workspace.document(index)?.clone();
    let version = store.open.get(uri).copied();
    if !state.serves(&doc, uri) {
        return Some((Vec::new(), version));
    }
    let diagnostics = guarded(|| {
        let uri_of = |file: usize| store.uri(file);
        let mut positions = Positions::new(&doc.line_index, &doc.text, encoding);
        store
            .workspace
            .check(index, &config)
            .iter()
            .take(MAX_DIAGNOSTICS)
            .map(|d| {
                let mut out = convert::diagnostic(
                    &doc,
                    d,
                    &store.workspace,
                    uri,
                    &uri_of,
                    &mut positions,
                    encoding,
                    locale,
                );
                convert::describe(&mut out, d, support);
                out
            })
            .collect::<Vec<_>>()
    })
    .unwrap_or_default();
    Some((diagnostics, version))
}

/// Publishes a document's diagnostics after the debounce, unless a newer
/// change comes first.
pub fn schedule(state: &Arc<State>, uri: Uri) {
    let generation = state.bump_generation(&uri);
    if state.client_pulls() {
        return;
    }
    let state = Arc::clone(state);
    tokio::spawn(async move {
        let scope = state.scope(&uri);
        let delay = state.settings().debounce_ms(&scope);
        if delay > 0 {
            tokio::time::sleep(Duration::from_millis(delay)).await;
        }
        if state.generation(&uri) != generation {
            return;
        }
        let checking = state.checking(&uri);
        let _turn = checking.lock().await;
        if state.generation(&uri) != generation {
            return;
        }
        // The checks of a large text take long: on a blocking thread, with
        // a snapshot of the store, so requests and edits go on meanwhile.
        let computed = {
            let (state, uri) = (Arc::clone(&state), uri.clone());
            tokio::task::spawn_blocking(move || compute(&state, &uri)).await
        };
        let Ok(Some((diagnostics, version))) = computed else {
            return;
        };
        if state.generation(&uri) != generation {
            return;
        }
        state
            .client
            .publish_diagnostics(uri, diagnostics, version)
            .await;
        // A configuration file first read for this document may be bad.
        super::config_report::report(&state).await;
    });
}

/// Re-checks every open document (the workspace or the settings changed).
pub fn refresh_open(state: &Arc<State>) {
    if state.client_pulls() {
        let state = Arc::clone(state);
        tokio::spawn(async move {
            let _ = state.client.workspace_diagnostic_refresh().await;
        });
        return;
    }
    let open: Vec<Uri> = state.store().open.keys().cloned().collect();
    for uri in open {
        schedule(state, uri);
    }
}
