//! What the server knows, shared by the handlers, the document actor and the
//! background tasks: the workspace of parsed reports, the open documents'
//! versions, the settings.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use report_analysis::text::Encoding;
use report_analysis::{Document, Locale, Summary, Workspace};
use tower_lsp_server::Client;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::Uri;

use super::settings::{Scope, Settings};

/// The documents: every report of the workspace, by URI. An open report is
/// held whole; one only indexed, as the summary the other reports' features
/// read (see `report_analysis::Summary`).
///
/// Shared as a snapshot (`Arc<Store>`): a reader takes one and lets go of
/// the lock at once, so a long check of a 1 MB text never makes the next
/// edit wait; a writer copies the store only while a reader still holds the
/// previous snapshot (documents are `Arc`s, so the copy is of the indexes).
#[derive(Clone, Default)]
pub struct Store {
    pub workspace: Workspace,
    by_uri: HashMap<Uri, usize>,
    uris: Vec<Option<Uri>>,
    /// Open documents and their versions.
    pub open: HashMap<Uri, i32>,
    /// Open documents and the version whose parse is in the workspace.
    pub parsed: HashMap<Uri, i32>,
}

impl Store {
    pub fn index(&self, uri: &Uri) -> Option<usize> {
        self.by_uri.get(uri).copied()
    }

    pub fn uri(&self, index: usize) -> Option<Uri> {
        self.uris.get(index).cloned().flatten()
    }

    /// The URIs of every document held.
    pub fn uris(&self) -> impl Iterator<Item = Uri> + '_ {
        self.uris.iter().flatten().cloned()
    }

    /// Adds or replaces the whole document of `uri` (an open one).
    pub fn put(&mut self, uri: &Uri, doc: Arc<Document>, root: Option<&Path>) -> usize {
        match self.index(uri) {
            Some(index) => {
                self.workspace.replace(index, doc);
                index
            }
            None => {
                let index = self.workspace.add(display_path(uri, root), doc);
                self.name(uri, index);
                index
            }
        }
    }

    /// Adds or replaces the report of `uri` by its summary (indexed, not
    /// open): a whole document it had is dropped.
    pub fn put_summary(&mut self, uri: &Uri, summary: Arc<Summary>, root: Option<&Path>) -> usize {
        match self.index(uri) {
            Some(index) => {
                self.workspace.replace_summary(index, summary);
                index
            }
            None => {
                let index = self.workspace.add_summary(display_path(uri, root), summary);
                self.name(uri, index);
                index
            }
        }
    }

    fn name(&mut self, uri: &Uri, index: usize) {
        self.by_uri.insert(uri.clone(), index);
        if self.uris.len() <= index {
            self.uris.resize(index + 1, None);
        }
        self.uris[index] = Some(uri.clone());
    }

    pub fn remove(&mut self, uri: &Uri) {
        if let Some(index) = self.by_uri.remove(uri) {
            self.workspace.remove(index);
            if let Some(slot) = self.uris.get_mut(index) {
                *slot = None;
            }
        }
    }
}

/// A path as messages show it: relative to the workspace root when inside it.
pub fn display_path(uri: &Uri, root: Option<&Path>) -> String {
    let Some(path) = uri.to_file_path() else {
        return uri.as_str().to_string();
    };
    match root.and_then(|r| path.strip_prefix(r).ok()) {
        Some(relative) => relative.display().to_string(),
        None => path.display().to_string(),
    }
}

/// An open document's newest text.
#[derive(Clone, Debug)]
pub struct Latest {
    pub version: i32,
    pub text: ropey::Rope,
    /// The count of text notifications up to the one that made it: the
    /// document actor has applied it once its count reaches this.
    pub seq: u64,
}

/// Everything the server shares between tasks.
pub struct State {
    pub client: Client,
    store: RwLock<Arc<Store>>,
    pub settings: RwLock<Settings>,
    pub encoding: RwLock<Encoding>,
    /// Bumped on every change of a document; a diagnostics run that finds a
    /// newer generation drops its result.
    pub generations: Mutex<HashMap<Uri, u64>>,
    /// One check at a time per document: a check waiting for the running
    /// one finds, when its turn comes, whether a newer change replaced it.
    checking: Mutex<HashMap<Uri, Arc<tokio::sync::Mutex<()>>>>,
    pub shutdown_requested: AtomicBool,
    /// The newest text of each open document, as the client's edits reach
    /// the server (before its parse): what a request about a document
    /// whose parse is not done yet maps its positions with.
    latest: Mutex<HashMap<Uri, Latest>>,
    /// The document actor's count of text notifications applied.
    pub applied: std::sync::OnceLock<tokio::sync::watch::Receiver<u64>>,
    /// The client takes `window/workDoneProgress`.
    pub progress_supported: AtomicBool,
    /// The client's file watchers take a pattern rooted at a folder
    /// (`relativePatternSupport`), as the files above the workspace need.
    pub relative_watchers: AtomicBool,
    /// The client pulls diagnostics (`textDocument/diagnostic`): then the
    /// server does not push them too, or the editor would show each twice,
    /// and asks for a re-pull when they change.
    pub client_pulls: AtomicBool,
}

impl State {
    pub fn new(client: Client) -> Self {
        State {
            client,
            store: RwLock::default(),
            settings: RwLock::default(),
            encoding: RwLock::new(Encoding::Utf16),
            generations: Mutex::default(),
            checking: Mutex::default(),
            shutdown_requested: AtomicBool::new(false),
            latest: Mutex::default(),
            applied: std::sync::OnceLock::new(),
            progress_supported: AtomicBool::new(false),
            relative_watchers: AtomicBool::new(false),
            client_pulls: AtomicBool::new(false),
        }
    }

    /// The newest text of an open document.
    pub fn latest(&self, uri: &Uri) -> Option<Latest> {
        let latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        latest.get(uri).cloned()
    }

    /// Waits until the newest text of `uri` is parsed and in the workspace.
    pub async fn wait_parsed(&self, uri: &Uri) {
        let (Some(latest), Some(applied)) = (self.latest(uri), self.applied.get()) else {
            return;
        };
        let mut applied = applied.clone();
        // An error means the actor is gone: answer anyway.
        let _ = applied.wait_for(|&n| n >= latest.seq).await;
    }

    pub fn set_latest(&self, uri: &Uri, text: Option<Latest>) {
        let mut latest = self.latest.lock().unwrap_or_else(|e| e.into_inner());
        match text {
            Some(text) => latest.insert(uri.clone(), text),
            None => latest.remove(uri),
        };
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding.read().map_or(Encoding::Utf16, |e| *e)
    }

    pub fn client_pulls(&self) -> bool {
        self.client_pulls.load(Ordering::SeqCst)
    }

    pub fn shutdown_requested(&self) -> bool {
        self.shutdown_requested.load(Ordering::SeqCst)
    }

    /// A snapshot of the store, which the lock is not held for; a poisoned
    /// lock (a panic elsewhere) is still usable, since every writer leaves
    /// the store consistent between statements.
    pub fn store(&self) -> Arc<Store> {
        Arc::clone(&self.store.read().unwrap_or_else(|e| e.into_inner()))
    }

    /// The store to change; readers holding a snapshot keep theirs.
    pub fn store_mut(&self) -> StoreMut<'_> {
        StoreMut(self.store.write().unwrap_or_else(|e| e.into_inner()))
    }

    pub fn settings(&self) -> std::sync::RwLockReadGuard<'_, Settings> {
        self.settings.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn settings_mut(&self) -> std::sync::RwLockWriteGuard<'_, Settings> {
        self.settings.write().unwrap_or_else(|e| e.into_inner())
    }

    pub fn bump_generation(&self, uri: &Uri) -> u64 {
        let mut generations = self.generations.lock().unwrap_or_else(|e| e.into_inner());
        let entry = generations.entry(uri.clone()).or_default();
        *entry += 1;
        *entry
    }

    /// The lock a document's checks take turns with.
    pub fn checking(&self, uri: &Uri) -> Arc<tokio::sync::Mutex<()>> {
        let mut checking = self.checking.lock().unwrap_or_else(|e| e.into_inner());
        Arc::clone(checking.entry(uri.clone()).or_default())
    }

    pub fn generation(&self, uri: &Uri) -> u64 {
        let generations = self.generations.lock().unwrap_or_else(|e| e.into_inner());
        generations.get(uri).copied().unwrap_or_default()
    }

    /// The configuration of a document: its nearest `.report-ls.toml`
    /// with the client's settings over it.
    pub fn scope(&self, uri: &Uri) -> Scope {
        let path = uri.to_file_path();
        self.settings().scope(path.as_deref())
    }

    /// Whether the server reports on a document: by its content, or by the
    /// configured globs when the user set them.
    pub fn serves(&self, doc: &Document, uri: &Uri) -> bool {
        let scope = self.scope(uri);
        if scope.config.files.include.is_empty() {
            doc.looks_like_report()
        } else {
            matches_globs(uri, scope.base.as_deref(), &scope.config.files)
        }
    }
}

/// The store, locked for writing.
pub struct StoreMut<'a>(std::sync::RwLockWriteGuard<'a, Arc<Store>>);

impl std::ops::Deref for StoreMut<'_> {
    type Target = Store;

    fn deref(&self) -> &Store {
        &self.0
    }
}

impl std::ops::DerefMut for StoreMut<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        Arc::make_mut(&mut self.0)
    }
}

/// Whether a URI's path matches the configured include globs (and no exclude).
pub fn matches_globs(
    uri: &Uri,
    root: Option<&Path>,
    files: &report_analysis::config::Files,
) -> bool {
    let Some(path) = uri.to_file_path() else {
        return false;
    };
    let root = root.unwrap_or_else(|| path.parent().unwrap_or(Path::new("/")));
    let Ok(overrides) = crate::globs::overrides(root, files) else {
        return false;
    };
    !overrides.matched(&path, false).is_ignore() && !overrides.matched(&path, false).is_none()
}

/// The language of the server's words not about one document (request
/// errors): the client's settings' `locale`, else the client's; kept here
/// for the helpers that have no `State` at hand.
static SERVER_LOCALE: AtomicBool = AtomicBool::new(false);

/// Sets the language of [`server_locale`] (after initialize and each change
/// of the client's settings).
pub fn set_server_locale(locale: Locale) {
    SERVER_LOCALE.store(locale == Locale::En, Ordering::SeqCst);
}

pub fn server_locale() -> Locale {
    if SERVER_LOCALE.load(Ordering::SeqCst) {
        Locale::En
    } else {
        Locale::Zh
    }
}

/// Runs a synchronous piece of analysis, turning a panic into an error
/// response so the server keeps serving.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|panic| {
        let what = crate::cli::panic_message(&*panic);
        let mut error = Error::internal_error();
        error.message = crate::cli::words::request_failed(&what, server_locale()).into();
        error
    })
}

/// The error for a request about a document the server does not have.
pub fn unknown_document(uri: &Uri) -> Error {
    Error::invalid_params(crate::cli::words::unknown_document(
        uri.as_str(),
        server_locale(),
    ))
}
