//! The language server: LSP 3.17 over stdio. Only this module knows the
//! protocol; answers come from the analysis crate in plain types.

mod backend;
mod config_report;
mod convert;
mod diagnostics;
mod documents;
mod editing;
mod index;
mod input;
mod ordered;
mod settings;
mod stale;
mod state;

use std::sync::{Arc, OnceLock};

use tower_lsp_server::{LspService, Server};

/// The actor's inbox and its count of applied text notifications.
type Channels = (
    tokio::sync::mpsc::UnboundedSender<documents::DocEvent>,
    tokio::sync::watch::Receiver<u64>,
);

use backend::Backend;
use ordered::Ordered;
use state::State;

/// Serves on stdin/stdout until `exit`; returns the process exit code: 0
/// after a `shutdown` request, 1 without (LSP's rule).
pub fn serve() -> u8 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            let locale = crate::cli::env_locale().unwrap_or_default();
            let detail = crate::cli::words::server_not_started(Some(&e.to_string()), locale);
            eprintln!("{detail}");
            return 2;
        }
    };
    let code = runtime.block_on(async {
        let shared: Arc<OnceLock<Arc<State>>> = Arc::default();
        let events: Arc<OnceLock<Channels>> = Arc::default();
        let (shared_in, events_in) = (Arc::clone(&shared), Arc::clone(&events));
        let (service, socket) = LspService::build(move |client| {
            let state = Arc::new(State::new(client.clone()));
            let (tx, applied) = documents::spawn(Arc::clone(&state));
            let _ = shared_in.set(Arc::clone(&state));
            let _ = events_in.set((tx.clone(), applied));
            Backend::new(state, tx)
        })
        .custom_method("reportLs/text", Backend::text)
        .custom_method(input::MALFORMED, Backend::malformed)
        .finish();
        let Some((tx, applied)) = events.get().cloned() else {
            let locale = crate::cli::env_locale().unwrap_or_default();
            eprintln!("{}", crate::cli::words::server_not_started(None, locale));
            return 2;
        };
        let Some(state) = shared.get().cloned() else {
            eprintln!("report-ls: the server did not start");
            return 2;
        };
        let service = Ordered::new(service, tx, applied, state);
        let (sanitized, server_input) = tokio::io::duplex(1 << 16);
        tokio::spawn(input::sanitize(tokio::io::stdin(), sanitized));
        Server::new(server_input, tokio::io::stdout(), socket)
            .serve(service)
            .await;
        match shared.get() {
            Some(state) if state.shutdown_requested() => 0,
            _ => 1,
        }
    });
    // The stdin reader blocks in a thread of its own; do not wait for it.
    runtime.shutdown_background();
    code
}
