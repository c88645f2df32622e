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

use std::collections::HashMap;
use std::task::{Context, Poll};

use futures_util::future::{BoxFuture, FutureExt};
use serde::de::DeserializeOwned;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::ls_types::Uri;
use tower_service::Service;

use super::documents::DocEvent;

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
}

impl<S> Ordered<S> {
    pub fn new(inner: S, events: UnboundedSender<DocEvent>, applied: watch::Receiver<u64>) -> Self {
        Ordered {
            inner,
            events,
            sent: 0,
            last_for: HashMap::new(),
            applied,
            initializing: false,
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
            DocEvent::Change(p) => Some(&p.text_document.uri),
            DocEvent::Close(p) => Some(&p.text_document.uri),
            DocEvent::Reparse => None,
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
        let event = match request.method() {
            _ if !self.initializing => None,
            "textDocument/didOpen" => params(&request).map(DocEvent::Open),
            "textDocument/didChange" => params(&request).map(DocEvent::Change),
            "textDocument/didClose" => params(&request).map(DocEvent::Close),
            _ => None,
        };
        let is_request = request.id().is_some();
        if let Some(event) = event {
            let uri = event.uri().cloned();
            // The actor lives as long as the server; a send error means we
            // are shutting down anyway.
            if self.events.send(event).is_ok() {
                self.sent += 1;
                if let Some(uri) = uri {
                    self.last_for.insert(uri, self.sent);
                }
            }
        }
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
            let _ = applied.wait_for(|&n| n >= target).await;
            future.await
        }
        .boxed()
    }
}
