//! The document actor: the one owner of the open documents' text. Edits
//! reach it in wire order (see `ordered`), are applied to a rope, and each
//! new version is parsed once and put into the workspace.

use std::collections::HashMap;
use std::sync::Arc;

use report_analysis::Document;
use ropey::Rope;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::watch;
use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    MessageType, Uri,
};

use super::convert::rope_char;
use super::state::State;
use super::{diagnostics, index};

/// A text synchronization notification, in the order the client sent it.
#[derive(Debug)]
pub enum DocEvent {
    Open(DidOpenTextDocumentParams),
    Change(DidChangeTextDocumentParams),
    Close(DidCloseTextDocumentParams),
    /// Re-parse every open document (the configuration changed).
    Reparse,
}

/// Starts the actor; events sent on the returned channel are applied in
/// order, and the watch counts the text notifications applied.
pub fn spawn(state: Arc<State>) -> (UnboundedSender<DocEvent>, watch::Receiver<u64>) {
    let (tx, rx) = unbounded_channel();
    let (applied_tx, applied_rx) = watch::channel(0);
    tokio::spawn(run(state, rx, applied_tx));
    (tx, applied_rx)
}

async fn run(state: Arc<State>, mut rx: UnboundedReceiver<DocEvent>, applied: watch::Sender<u64>) {
    let mut ropes: HashMap<Uri, Rope> = HashMap::new();
    while let Some(event) = rx.recv().await {
        let from_client = !matches!(event, DocEvent::Reparse);
        apply(&state, &mut ropes, event).await;
        if from_client {
            applied.send_modify(|n| *n += 1);
        }
    }
}

async fn apply(state: &Arc<State>, ropes: &mut HashMap<Uri, Rope>, event: DocEvent) {
    // A configuration file of this document changed on disk, which the
    // client may not have said (one above the workspace folder is outside
    // its watchers): read the files again before this version is parsed.
    let about = match &event {
        DocEvent::Open(p) => Some(p.text_document.uri.clone()),
        DocEvent::Change(p) => Some(p.text_document.uri.clone()),
        _ => None,
    };
    let stale = about.as_ref().is_some_and(|uri| {
        uri.to_file_path()
            .is_some_and(|path| state.settings().config_stale(&path))
    });
    if stale {
        state.settings_mut().reload_files();
    }
    {
        match event {
            DocEvent::Open(params) => {
                let doc = params.text_document;
                ropes.insert(doc.uri.clone(), Rope::from_str(&doc.text));
                state.store_mut().open.insert(doc.uri.clone(), doc.version);
                update(state, &doc.uri, doc.text).await;
            }
            DocEvent::Change(params) => {
                let uri = params.text_document.uri;
                let Some(rope) = ropes.get_mut(&uri) else {
                    let locale = state.settings().base_locale();
                    state
                        .client
                        .log_message(
                            MessageType::WARNING,
                            crate::cli::words::change_not_open(uri.as_str(), locale),
                        )
                        .await;
                    return;
                };
                let encoding = state.encoding();
                for change in params.content_changes {
                    match change.range {
                        None => *rope = Rope::from_str(&change.text),
                        Some(range) => {
                            let start = rope_char(rope, range.start, encoding);
                            let end = rope_char(rope, range.end, encoding).max(start);
                            rope.remove(start..end);
                            rope.insert(start, &change.text);
                        }
                    }
                }
                state
                    .store_mut()
                    .open
                    .insert(uri.clone(), params.text_document.version);
                update(state, &uri, rope.to_string()).await;
            }
            DocEvent::Close(params) => {
                let uri = params.text_document.uri;
                ropes.remove(&uri);
                state.store_mut().open.remove(&uri);
                // Back to what is on disk, if the file is one of the
                // workspace's; read in the background, not in the actor.
                let _ = index::file_changed(state, &uri, false);
                state.bump_generation(&uri);
                state
                    .client
                    .publish_diagnostics(uri, Vec::new(), None)
                    .await;
            }
            DocEvent::Reparse => {
                for (uri, rope) in ropes.iter() {
                    update(state, uri, rope.to_string()).await;
                }
            }
        }
    }
    if stale {
        // The other open documents and the index follow the new files;
        // a configuration now bad is told.
        for (uri, rope) in ropes.iter() {
            if Some(uri) != about.as_ref() {
                update(state, uri, rope.to_string()).await;
            }
        }
        super::config_report::report(state).await;
        tokio::spawn(index::index_workspace(Arc::clone(state)));
    }
}

/// Parses a new version, puts it into the workspace and schedules its
/// diagnostics (checked in the background: a request waits for the parse
/// of the text it is about, never for its checks).
async fn update(state: &Arc<State>, uri: &Uri, text: String) {
    let config = state.scope(uri).config;
    let root = uri
        .to_file_path()
        .and_then(|p| state.settings().folder_of(&p).cloned());
    let previous = {
        let store = state.store();
        store
            .index(uri)
            .and_then(|i| store.workspace.document(i).cloned())
    };
    // On a blocking thread: the runtime's two workers stay free to answer
    // requests about other documents meanwhile.
    let parsed = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(|| Document::reparse(text, &config, previous.as_deref()))
    })
    .await;
    let Ok(Ok(doc)) = parsed else {
        // The analysis must not panic; if it does, keep the last version.
        return;
    };
    let index = state.store_mut().put(uri, Arc::new(doc), root.as_deref());
    diagnostics::schedule(state, uri.clone());
    // Open drafts of this report compare with what it says now.
    let drafts: Vec<Uri> = {
        let store = state.store();
        store
            .open
            .keys()
            .filter(|open| *open != uri)
            .filter(|open| {
                store
                    .index(open)
                    .is_some_and(|i| store.workspace.previous_of(i) == Some(index))
            })
            .cloned()
            .collect()
    };
    for draft in drafts {
        diagnostics::schedule(state, draft);
    }
}
