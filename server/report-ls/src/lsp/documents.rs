//! The document actor: new versions of the open documents reach it in wire
//! order (`ordered` applies the edits), and each is parsed once and put
//! into the workspace; versions that queued up during a parse are parsed
//! as one.

use std::collections::HashMap;
use std::sync::Arc;

use report_analysis::Document;
use ropey::Rope;
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tokio::sync::watch;
use tower_lsp_server::ls_types::{
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, MessageType, Uri,
};

use super::state::State;
use super::{diagnostics, index};

/// A text synchronization notification, in the order the client sent it.
/// Edits come applied: `ordered` keeps the open documents' text, so that a
/// request can see the newest text before its parse is done.
#[derive(Debug)]
pub enum DocEvent {
    Open(DidOpenTextDocumentParams),
    /// The whole text of a document after a `didChange`.
    Change {
        uri: Uri,
        version: i32,
        text: Rope,
    },
    /// A `didChange` for a document that is not open.
    NotOpen(Uri),
    Close(DidCloseTextDocumentParams),
    /// Re-parse every open document (the configuration changed).
    Reparse,
}

/// Starts the actor; events sent on the returned channel are applied in
/// order, and the watch counts the text notifications applied.
pub fn spawn(state: Arc<State>) -> (UnboundedSender<DocEvent>, watch::Receiver<u64>) {
    let (tx, rx) = unbounded_channel();
    let (applied_tx, applied_rx) = watch::channel(0);
    let _ = state.applied.set(applied_rx.clone());
    tokio::spawn(run(state, rx, applied_tx));
    (tx, applied_rx)
}

async fn run(state: Arc<State>, mut rx: UnboundedReceiver<DocEvent>, applied: watch::Sender<u64>) {
    let mut texts: HashMap<Uri, Rope> = HashMap::new();
    let mut next: Option<DocEvent> = None;
    loop {
        let event = match next.take() {
            Some(event) => event,
            None => match rx.recv().await {
                Some(event) => event,
                None => break,
            },
        };
        let mut from_client = u64::from(!matches!(event, DocEvent::Reparse));
        let event = match event {
            // Edits that came while the last version was parsed are parsed
            // at once, as one: typing into a text whose parse takes longer
            // than a keystroke does not queue a parse per keystroke.
            DocEvent::Change {
                uri,
                mut version,
                mut text,
            } => {
                while let Ok(queued) = rx.try_recv() {
                    match queued {
                        DocEvent::Change {
                            uri: same,
                            version: newer,
                            text: newer_text,
                        } if same == uri => {
                            version = newer;
                            text = newer_text;
                            from_client += 1;
                        }
                        other => {
                            next = Some(other);
                            break;
                        }
                    }
                }
                DocEvent::Change { uri, version, text }
            }
            other => other,
        };
        apply(&state, &mut texts, event).await;
        applied.send_modify(|n| *n += from_client);
    }
}

async fn apply(state: &Arc<State>, texts: &mut HashMap<Uri, Rope>, event: DocEvent) {
    // A configuration file of this document changed on disk, which the
    // client may not have said (one above the workspace folder is outside
    // its watchers): read the files again before this version is parsed.
    let about = match &event {
        DocEvent::Open(p) => Some(p.text_document.uri.clone()),
        DocEvent::Change { uri, .. } => Some(uri.clone()),
        _ => None,
    };
    let stale = about.as_ref().is_some_and(|uri| {
        uri.to_file_path()
            .is_some_and(|path| state.settings().config_stale(&path))
    });
    if stale {
        state.settings_mut().reload_files();
    }
    match event {
        DocEvent::Open(params) => {
            let doc = params.text_document;
            texts.insert(doc.uri.clone(), Rope::from_str(&doc.text));
            state.store_mut().open.insert(doc.uri.clone(), doc.version);
            update(state, &doc.uri, doc.text, doc.version).await;
        }
        DocEvent::Change { uri, version, text } => {
            let whole = text.to_string();
            texts.insert(uri.clone(), text);
            state.store_mut().open.insert(uri.clone(), version);
            update(state, &uri, whole, version).await;
        }
        DocEvent::NotOpen(uri) => {
            let locale = state.settings().base_locale();
            state
                .client
                .log_message(
                    MessageType::WARNING,
                    crate::cli::words::change_not_open(uri.as_str(), locale),
                )
                .await;
        }
        DocEvent::Close(params) => {
            let uri = params.text_document.uri;
            texts.remove(&uri);
            {
                let mut store = state.store_mut();
                store.open.remove(&uri);
                store.parsed.remove(&uri);
            }
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
            let open: Vec<(Uri, String, i32)> = {
                let store = state.store();
                texts
                    .iter()
                    .map(|(uri, text)| {
                        let version = store.open.get(uri).copied().unwrap_or_default();
                        (uri.clone(), text.to_string(), version)
                    })
                    .collect()
            };
            for (uri, text, version) in open {
                update(state, &uri, text, version).await;
            }
        }
    }
    if stale {
        // The other open documents and the index follow the new files;
        // a configuration now bad is told.
        let others: Vec<(Uri, String, i32)> = {
            let store = state.store();
            texts
                .iter()
                .filter(|(uri, _)| Some(*uri) != about.as_ref())
                .map(|(uri, text)| {
                    let version = store.open.get(uri).copied().unwrap_or_default();
                    (uri.clone(), text.to_string(), version)
                })
                .collect()
        };
        for (uri, text, version) in others {
            update(state, &uri, text, version).await;
        }
        super::config_report::report(state).await;
        tokio::spawn(index::index_workspace(Arc::clone(state)));
    }
}

/// Parses a new version, puts it into the workspace and schedules its
/// diagnostics (checked in the background: a request waits for the parse
/// of the text it is about, never for its checks).
async fn update(state: &Arc<State>, uri: &Uri, text: String, version: i32) {
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
        // The analysis must not panic; if it does, keep the last version
        // (and let requests waiting for this one go on with it).
        state.store_mut().parsed.insert(uri.clone(), version);
        return;
    };
    let index = {
        let mut store = state.store_mut();
        store.parsed.insert(uri.clone(), version);
        store.put(uri, Arc::new(doc), root.as_deref())
    };
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
