//! A tower layer that takes didOpen/didChange/didClose at call time.
//!
//! tower-lsp runs handlers concurrently, so two didChange notifications can
//! reach an async handler out of order. The transport calls `Service::call`
//! in wire order, so sending the notification to the document actor here,
//! before any `.await`, keeps the edits in order. A request waits until the
//! actor has applied every edit sent before it, so it answers about the
//! text the client sees. A request whose answer holds positions in its own
//! document only (a hover, highlights, symbols, folding, hints) waits for
//! the edits of that document only: an edit to a 1 MB text elsewhere does
//! not hold it up, and what it says of other reports comes from their last
//! parsed version.
//!
//! The edits are applied here, to a rope per open document, and the actor
//! gets each new text whole. A hover does not wait for its document's parse
//! longer than [`STALE_AFTER`]: past it, it may answer from the last parsed
//! version where the text it is about did not change (see `backend`).

use std::collections::HashMap;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::future::{BoxFuture, FutureExt};
use ropey::Rope;
use serde::de::DeserializeOwned;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::ls_types::{DidChangeTextDocumentParams, DidOpenTextDocumentParams, Uri};
use tower_service::Service;

use super::convert::rope_char;
use super::documents::DocEvent;
use super::state::{Latest, State};

/// How long a hover waits for its document's parse before it answers from
/// the last parsed version (when the text it is about is unchanged).
pub const STALE_AFTER: Duration = Duration::from_millis(20);

/// Requests that may answer from the last parsed version.
const MAY_BE_STALE: &[&str] = &["textDocument/hover"];

pub struct Ordered<S> {
    inner: S,
    events: UnboundedSender<DocEvent>,
    /// Text notifications sent to the actor so far.
    sent: u64,
    /// Per document, the count of notifications sent up to its last one.
    last_for: HashMap<Uri, u64>,
    /// Text notifications the actor has applied so far.
    applied: watch::Receiver<u64>,
    /// `initialize` has been received: before it, LSP drops notifications.
    initializing: bool,
    /// The open documents' text, edits applied.
    texts: HashMap<Uri, Rope>,
    state: Arc<State>,
}

impl<S> Ordered<S> {
    pub fn new(
        inner: S,
        events: UnboundedSender<DocEvent>,
        applied: watch::Receiver<u64>,
        state: Arc<State>,
    ) -> Self {
        Ordered {
            inner,
            events,
            sent: 0,
            last_for: HashMap::new(),
            applied,
            initializing: false,
            texts: HashMap::new(),
            state,
        }
    }

    /// The event for a text notification: an opened document's text, or a
    /// changed one's with the edits applied.
    fn event(&mut self, request: &Request) -> Option<DocEvent> {
        match request.method() {
            "textDocument/didOpen" => {
                let open: DidOpenTextDocumentParams = params(request)?;
                let doc = &open.text_document;
                self.texts
                    .insert(doc.uri.clone(), Rope::from_str(&doc.text));
                Some(DocEvent::Open(open))
            }
            "textDocument/didChange" => {
                let change: DidChangeTextDocumentParams = params(request)?;
                let uri = change.text_document.uri;
                let Some(rope) = self.texts.get_mut(&uri) else {
                    return Some(DocEvent::NotOpen(uri));
                };
                let encoding = self.state.encoding();
                for change in change.content_changes {
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
                Some(DocEvent::Change {
                    uri,
                    version: change.text_document.version,
                    text: rope.clone(),
                })
            }
            "textDocument/didClose" => {
                let close: tower_lsp_server::ls_types::DidCloseTextDocumentParams =
                    params(request)?;
                self.texts.remove(&close.text_document.uri);
                Some(DocEvent::Close(close))
            }
            _ => None,
        }
    }
}

fn params<T: DeserializeOwned>(request: &Request) -> Option<T> {
    serde_json::from_value(request.params()?.clone()).ok()
}

/// Requests whose answer places ranges in their own document only.
const OWN_DOCUMENT: &[&str] = &[
    "textDocument/hover",
    "textDocument/documentHighlight",
    "textDocument/documentSymbol",
    "textDocument/foldingRange",
    "textDocument/inlayHint",
    "reportLs/text",
];

/// The document a request is about, for those in [`OWN_DOCUMENT`].
fn own_document(request: &Request) -> Option<Uri> {
    if !OWN_DOCUMENT.contains(&request.method()) {
        return None;
    }
    let uri = request.params()?.get("textDocument")?.get("uri")?;
    serde_json::from_value(uri.clone()).ok()
}

impl DocEvent {
    fn uri(&self) -> Option<&Uri> {
        match self {
            DocEvent::Open(p) => Some(&p.text_document.uri),
            DocEvent::Change { uri, .. } | DocEvent::NotOpen(uri) => Some(uri),
            DocEvent::Close(p) => Some(&p.text_document.uri),
            DocEvent::Reparse => None,
        }
    }

    /// The document's new version, if the event makes one.
    fn version(&self) -> Option<i32> {
        match self {
            DocEvent::Open(p) => Some(p.text_document.version),
            DocEvent::Change { version, .. } => Some(*version),
            _ => None,
        }
    }
}

impl<S> Service<Request> for Ordered<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        if request.method() == "initialize" {
            self.initializing = true;
        }
        let event = if self.initializing {
            self.event(&request)
        } else {
            None
        };
        let is_request = request.id().is_some();
        if let Some(event) = event {
            let uri = event.uri().cloned();
            let version = event.version();
            let closed = matches!(event, DocEvent::Close(_));
            // The actor lives as long as the server; a send error means we
            // are shutting down anyway.
            if self.events.send(event).is_ok() {
                self.sent += 1;
                if let Some(uri) = uri {
                    self.last_for.insert(uri.clone(), self.sent);
                    if let Some((version, text)) = version.zip(self.texts.get(&uri).cloned()) {
                        let seq = self.sent;
                        let latest = Latest { version, text, seq };
                        self.state.set_latest(&uri, Some(latest));
                    } else if closed {
                        self.state.set_latest(&uri, None);
                    }
                }
            }
        }
        let may_be_stale = MAY_BE_STALE.contains(&request.method());
        let target = match own_document(&request) {
            Some(uri) if is_request => self.last_for.get(&uri).copied().unwrap_or(0),
            _ => self.sent,
        };
        // The inner service still sees the notification (its handler is a
        // no-op) so the protocol's state rules apply as usual.
        let future = self.inner.call(request);
        if !is_request {
            return future.boxed();
        }
        let mut applied = self.applied.clone();
        async move {
            // An error means the actor is gone: answer anyway.
            let waited = applied.wait_for(|&n| n >= target);
            if may_be_stale {
                let _ = tokio::time::timeout(STALE_AFTER, waited).await;
            } else {
                let _ = waited.await;
            }
            future.await
        }
        .boxed()
    }
}
