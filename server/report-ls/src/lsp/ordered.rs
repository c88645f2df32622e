//! A tower layer that takes didOpen/didChange/didClose at call time.
//!
//! tower-lsp runs handlers concurrently, so two didChange notifications can
//! reach an async handler out of order. The transport calls `Service::call`
//! in wire order, so sending the notification to the document actor here,
//! before any `.await`, keeps the edits in order. A request waits until the
//! actor has applied every edit sent before it, so it answers about the
//! text the client sees.

use std::task::{Context, Poll};

use futures_util::future::{BoxFuture, FutureExt};
use serde::de::DeserializeOwned;
use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_service::Service;

use super::documents::DocEvent;

pub struct Ordered<S> {
    inner: S,
    events: UnboundedSender<DocEvent>,
    /// Text notifications sent to the actor so far.
    sent: u64,
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
            applied,
            initializing: false,
        }
    }
}

fn params<T: DeserializeOwned>(request: &Request) -> Option<T> {
    serde_json::from_value(request.params()?.clone()).ok()
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
            // The actor lives as long as the server; a send error means we
            // are shutting down anyway.
            if self.events.send(event).is_ok() {
                self.sent += 1;
            }
        }
        // The inner service still sees the notification (its handler is a
        // no-op) so the protocol's state rules apply as usual.
        let future = self.inner.call(request);
        if !is_request {
            return future.boxed();
        }
        let target = self.sent;
        let mut applied = self.applied.clone();
        async move {
            // An error means the actor is gone: answer anyway.
            let _ = applied.wait_for(|&n| n >= target).await;
            future.await
        }
        .boxed()
    }
}
