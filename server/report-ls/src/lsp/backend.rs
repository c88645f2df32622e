//! The LanguageServer implementation: each handler reads a snapshot of the
//! workspace, asks the analysis crate, and converts the plain answer.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use report_analysis::ide::{self, Target};
use report_analysis::outline::HeadingKind;
use report_analysis::text::{Encoding, LineIndex};
use report_analysis::{Document, Locale};
use report_analysis::{completion, draft_ide, inlay, lens, semantic};
use tokio::sync::mpsc::UnboundedSender;
use tower_lsp_server::LanguageServer;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;

use super::convert;
use super::diagnostics;
use super::documents::DocEvent;
use super::editing;
use super::index;
use super::stale::Shift;
use super::state::{State, guarded, unknown_document};

pub struct Backend {
    pub state: Arc<State>,
    pub events: UnboundedSender<DocEvent>,
}

impl Backend {
    pub fn new(state: Arc<State>, events: UnboundedSender<DocEvent>) -> Self {
        Backend { state, events }
    }

    /// The document of `uri` and its index, or an error for the client.
    fn document(&self, uri: &Uri) -> Result<(usize, Arc<Document>)> {
        let store = self.state.store();
        let index = store.index(uri).ok_or_else(|| unknown_document(uri))?;
        let doc = store
            .workspace
            .document(index)
            .ok_or_else(|| unknown_document(uri))?
            .clone();
        Ok((index, doc))
    }

    /// The byte offset of a client position in a served document.
    fn locate(
        &self,
        uri: &Uri,
        position: Position,
    ) -> Result<Option<(usize, Arc<Document>, usize)>> {
        let (index, doc) = self.document(uri)?;
        if !self.state.serves(&doc, uri) {
            return Ok(None);
        }
        let offset = convert::offset(&doc, position, self.state.encoding()).ok_or_else(|| {
            Error::invalid_params(crate::cli::words::position_past_end(
                position.line,
                position.character,
                super::state::server_locale(),
            ))
        })?;
        Ok(Some((index, doc, offset)))
    }

    /// A hover answered from the document's last parsed version while its
    /// newest text is still parsed (`ordered` waited [`STALE_AFTER`] for
    /// it): only where the text at the position and the hover's range is
    /// unchanged; otherwise waits for the parse (`Ok(None)`: answer as
    /// usual).
    ///
    /// [`STALE_AFTER`]: super::ordered::STALE_AFTER
    fn stale_hover(&self, uri: &Uri, position: Position) -> Result<Option<Option<Hover>>> {
        let Some(latest) = self.state.latest(uri) else {
            return Ok(None);
        };
        let store = self.state.store();
        if store.parsed.get(uri) == Some(&latest.version) {
            return Ok(None);
        }
        let Some(file) = store.index(uri) else {
            return Ok(None);
        };
        let Some(doc) = store.workspace.document(file) else {
            return Ok(None);
        };
        if !self.state.serves(doc, uri) {
            return Ok(None);
        }
        // The rope as the edits left it: no copy of the text, no line index.
        let rope = &latest.text;
        if position.line as usize >= rope.len_lines() {
            return Ok(None);
        }
        let encoding = self.state.encoding();
        let at = rope.char_to_byte(convert::rope_char(rope, position, encoding));
        let shift = Shift::between_rope(&doc.text, rope);
        let Some(offset) = shift.to_old(at) else {
            return Ok(None);
        };
        let config = self.state.scope(uri).config;
        let locale = self.locale(uri);
        let support = self.state.settings().support;
        let info = guarded(|| ide::hover(&store.workspace, file, offset, &config, locale))?;
        let Some(h) = info else {
            return Ok(Some(None));
        };
        let Some(range) = shift.to_new(&h.range) else {
            return Ok(None);
        };
        let place = |o: usize| convert::rope_position(rope, o, encoding);
        Ok(Some(Some(Hover {
            contents: HoverContents::Markup(convert::hover_contents(h.markdown, support)),
            range: Some(Range::new(place(range.start), place(range.end))),
        })))
    }

    /// The language of a document's messages: its configuration's, else the
    /// client's.
    fn locale(&self, uri: &Uri) -> Locale {
        let scope = self.state.scope(uri);
        self.state.settings().locale(&scope)
    }

    fn location(&self, file: usize, range: &std::ops::Range<usize>) -> Option<Location> {
        let store = self.state.store();
        let uri = store.uri(file)?;
        let range = convert::range_in(&store.workspace, file, range, self.state.encoding())?;
        Some(Location::new(uri, range))
    }

    /// Where a glossary entry stands in the document's `.report-ls.toml`.
    fn glossary_location(&self, uri: &Uri, term: &str) -> Option<Location> {
        let path = self.state.scope(uri).file?;
        // Never open a FIFO or a device in a handler: it can block.
        if !path.is_file() {
            return None;
        }
        let text = std::fs::read_to_string(&path).ok()?;
        let at = text
            .find(&format!("\"{term}\""))
            .or_else(|| text.find(term))?;
        let index = LineIndex::new(&text);
        let encoding = self.state.encoding();
        let start = index.position(&text, at, encoding);
        let end = index.position(&text, at + term.len() + 2, encoding);
        Some(Location::new(
            Uri::from_file_path(&path)?,
            Range::new(
                Position::new(start.line, start.column),
                Position::new(end.line, end.column),
            ),
        ))
    }

    /// Tells the user about configurations that could not be used: a
    /// message, and a diagnostic on each file at fault (cleared once fixed).
    async fn report_config_problem(&self) {
        super::config_report::report(&self.state).await;
    }

    /// After the settings changed: re-parse everything and re-check.
    async fn settings_changed(&self) {
        self.report_config_problem().await;
        let _ = self.events.send(DocEvent::Reparse);
        let state = Arc::clone(&self.state);
        tokio::spawn(index::index_workspace(state));
    }
}

/// A watcher for `.report-ls.toml` in every folder above the workspace
/// folders (each once).
fn above_folders(folders: &[std::path::PathBuf]) -> Vec<FileSystemWatcher> {
    let mut seen: Vec<&std::path::Path> = Vec::new();
    for folder in folders {
        for dir in folder.ancestors().skip(1) {
            if !seen.contains(&dir) {
                seen.push(dir);
            }
        }
    }
    seen.into_iter()
        .filter_map(|dir| {
            Some(FileSystemWatcher {
                glob_pattern: GlobPattern::Relative(RelativePattern {
                    base_uri: OneOf::Right(Uri::from_file_path(dir)?),
                    pattern: report_analysis::config::CONFIG_FILE.into(),
                }),
                kind: None,
            })
        })
        .collect()
}

impl Backend {
    /// `reportLs/text`: the server's copy of a document, so that a client
    /// (or a test) can see that its edits arrived as meant.
    pub async fn text(&self, params: TextDocumentIdentifier) -> Result<String> {
        let (_, doc) = self.document(&params.uri)?;
        // The client's text: full-width figures as typed, not as read.
        Ok(doc.source_text(0..doc.text.len()).into_owned())
    }

    /// Answers a frame that was not a JSON-RPC message (see `input`).
    pub async fn malformed(&self, params: serde_json::Value) -> Result<()> {
        let code = params["code"].as_i64().unwrap_or(-32700);
        let message = params["message"]
            .as_str()
            .unwrap_or("Parse error")
            .to_string();
        Err(Error {
            code: code.into(),
            message: message.into(),
            data: None,
        })
    }
}

fn symbol_kind(kind: HeadingKind) -> SymbolKind {
    match kind {
        HeadingKind::Section => SymbolKind::MODULE,
        HeadingKind::Subsection => SymbolKind::NAMESPACE,
        HeadingKind::Annex => SymbolKind::PACKAGE,
        HeadingKind::Notes => SymbolKind::OBJECT,
        HeadingKind::Note => SymbolKind::KEY,
    }
}

#[allow(deprecated)] // DocumentSymbol::deprecated must be written out
fn document_symbol(doc: &Document, symbol: &ide::Symbol, encoding: Encoding) -> DocumentSymbol {
    DocumentSymbol {
        name: symbol.name.clone(),
        detail: None,
        kind: symbol_kind(symbol.kind),
        tags: None,
        deprecated: None,
        range: convert::range(doc, &symbol.range, encoding),
        selection_range: convert::range(doc, &symbol.selection, encoding),
        children: Some(
            symbol
                .children
                .iter()
                .map(|c| document_symbol(doc, c, encoding))
                .collect(),
        ),
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = convert::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        *self
            .state
            .encoding
            .write()
            .unwrap_or_else(|e| e.into_inner()) = encoding;
        let pulls = params
            .capabilities
            .text_document
            .as_ref()
            .is_some_and(|t| t.diagnostic.is_some());
        self.state.client_pulls.store(pulls, Ordering::SeqCst);
        let progress = params
            .capabilities
            .window
            .as_ref()
            .and_then(|w| w.work_done_progress)
            .unwrap_or(false);
        self.state
            .progress_supported
            .store(progress, Ordering::SeqCst);
        let relative = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.relative_pattern_support)
            .unwrap_or(false);
        self.state
            .relative_watchers
            .store(relative, Ordering::SeqCst);

        // Every workspace folder is a root with its own configuration.
        let mut folders: Vec<std::path::PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        #[allow(deprecated)] // root_uri: older clients send nothing else
        if folders.is_empty()
            && let Some(root) = params.root_uri.as_ref().and_then(|u| u.to_file_path())
        {
            folders.push(root.into_owned());
        }
        {
            let mut settings = self.state.settings_mut();
            settings.folders = folders;
            settings.client_locale = params.locale.as_deref().and_then(Locale::from_tag);
            settings.support = convert::ClientSupport::from_capabilities(&params.capabilities);
            // Missing or null options are no settings, not an error.
            settings.set_client(params.initialization_options.clone());
            super::state::set_server_locale(settings.base_locale());
            settings.prime();
        }

        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(convert::encoding_kind(encoding)),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
                inlay_hint_provider: Some(OneOf::Left(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            editing::RENUMBER_KIND,
                        ]),
                        ..CodeActionOptions::default()
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![editing::RENUMBER_COMMAND.into()],
                    ..ExecuteCommandOptions::default()
                }),
                rename_provider: Some(OneOf::Right(RenameOptions {
                    prepare_provider: Some(true),
                    work_done_progress_options: WorkDoneProgressOptions::default(),
                })),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(
                        completion::MARKER_OPENERS
                            .iter()
                            .map(|(opener, _)| opener.to_string())
                            .chain(["“".to_string()])
                            .collect(),
                    ),
                    ..CompletionOptions::default()
                }),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            legend: convert::token_legend(),
                            range: Some(true),
                            full: Some(SemanticTokensFullOptions::Bool(true)),
                            ..SemanticTokensOptions::default()
                        },
                    ),
                ),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                diagnostic_provider: Some(DiagnosticServerCapabilities::Options(
                    DiagnosticOptions {
                        identifier: Some("report-ls".into()),
                        inter_file_dependencies: true,
                        workspace_diagnostics: false,
                        work_done_progress_options: WorkDoneProgressOptions::default(),
                    },
                )),
                workspace: Some(WorkspaceServerCapabilities {
                    workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                        supported: Some(true),
                        change_notifications: Some(OneOf::Left(true)),
                    }),
                    file_operations: None,
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "report-ls".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        self.report_config_problem().await;
        let mut watchers: Vec<FileSystemWatcher> = ["**/*.txt", "**/*.md", "**/.report-ls.toml"]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.into()),
                kind: None,
            })
            .collect();
        // The configuration files that apply from above a workspace folder
        // are outside those globs: watched one by one where the client
        // takes a folder to root a pattern at (else the server compares
        // their stamps on each open and change of a document).
        if self.state.relative_watchers.load(Ordering::SeqCst) {
            watchers.extend(above_folders(&self.state.settings().folders));
        }
        let registration = Registration {
            id: "report-ls/watch".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                watchers,
            })
            .ok(),
        };
        // Clients without dynamic registration answer with an error: fine.
        let state = Arc::clone(&self.state);
        tokio::spawn(async move {
            let _ = state.client.register_capability(vec![registration]).await;
        });
        tokio::spawn(index::index_workspace(Arc::clone(&self.state)));
    }

    async fn shutdown(&self) -> Result<()> {
        self.state.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    // didOpen/didChange/didClose are taken by `ordered` before they get here.
    async fn did_open(&self, _: DidOpenTextDocumentParams) {}
    async fn did_change(&self, _: DidChangeTextDocumentParams) {}
    async fn did_close(&self, _: DidCloseTextDocumentParams) {}

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let section = match params.settings {
            serde_json::Value::Object(mut map) => map.remove("reportLs"),
            _ => None,
        };
        if section.is_none() {
            return;
        }
        let changed = {
            let mut settings = self.state.settings_mut();
            let before = (settings.scope(None).config, settings.problems());
            settings.set_client(section);
            super::state::set_server_locale(settings.base_locale());
            before != (settings.scope(None).config, settings.problems())
        };
        // Clients send their settings right after starting: nothing to redo
        // when they are what the server already has.
        if changed {
            self.settings_changed().await;
        }
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        let paths = |folders: &[WorkspaceFolder]| -> Vec<std::path::PathBuf> {
            let uris = folders.iter().filter_map(|f| f.uri.to_file_path());
            uris.map(|p| p.into_owned()).collect()
        };
        let (added, removed) = (paths(&params.event.added), paths(&params.event.removed));
        tokio::spawn(index::folders_changed(
            Arc::clone(&self.state),
            added,
            removed,
        ));
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut config_changed = false;
        for change in &params.changes {
            let is_config = change
                .uri
                .path()
                .as_str()
                .ends_with(report_analysis::config::CONFIG_FILE);
            if is_config {
                config_changed = true;
            } else if let Some(reading) = index::file_changed(
                &self.state,
                &change.uri,
                change.typ == FileChangeType::DELETED,
            ) {
                // Off this task's thread; awaited so that the re-check
                // below sees the new text.
                let _ = reading.await;
            }
        }
        if config_changed {
            self.state.settings_mut().reload_files();
            self.settings_changed().await;
        } else {
            diagnostics::refresh_open(&self.state);
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let uri = &p.text_document.uri;
        if let Some(hover) = self.stale_hover(uri, p.position)? {
            return Ok(hover);
        }
        self.state.wait_parsed(uri).await;
        let Some((file, doc, offset)) = self.locate(uri, p.position)? else {
            return Ok(None);
        };
        let config = self.state.scope(uri).config;
        let locale = self.locale(uri);
        let support = self.state.settings().support;
        let store = self.state.store();
        let info = guarded(|| ide::hover(&store.workspace, file, offset, &config, locale))?;
        Ok(info.map(|h| Hover {
            contents: HoverContents::Markup(convert::hover_contents(h.markdown, support)),
            range: Some(convert::range(&doc, &h.range, self.state.encoding())),
        }))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let Some((file, _, offset)) = self.locate(&p.text_document.uri, p.position)? else {
            return Ok(None);
        };
        let uri = &p.text_document.uri;
        let config = self.state.scope(uri).config;
        let targets = {
            let store = self.state.store();
            guarded(|| ide::definition(&store.workspace, file, offset, &config))?
        };
        let locations: Vec<Location> = targets
            .iter()
            .filter_map(|t| match t {
                Target::Range { file, range } => self.location(*file, range),
                Target::Glossary { term } => self.glossary_location(uri, term),
            })
            .collect();
        Ok((!locations.is_empty()).then_some(GotoDefinitionResponse::Array(locations)))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let Some((file, _, offset)) = self.locate(&p.text_document.uri, p.position)? else {
            return Ok(None);
        };
        let include = params.context.include_declaration;
        let refs = {
            let store = self.state.store();
            guarded(|| ide::references(&store.workspace, file, offset, include))?
        };
        let locations: Vec<Location> = refs
            .iter()
            .filter_map(|r| self.location(r.file, &r.range))
            .collect();
        Ok((!locations.is_empty()).then_some(locations))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some((file, doc, offset)) = self.locate(&p.text_document.uri, p.position)? else {
            return Ok(None);
        };
        let highlights = {
            let store = self.state.store();
            guarded(|| ide::highlights(&store.workspace, file, offset))?
        };
        let encoding = self.state.encoding();
        let out: Vec<DocumentHighlight> = highlights
            .iter()
            .map(|h| DocumentHighlight {
                range: convert::range(&doc, &h.range, encoding),
                kind: Some(if h.write {
                    DocumentHighlightKind::WRITE
                } else {
                    DocumentHighlightKind::READ
                }),
            })
            .collect();
        Ok((!out.is_empty()).then_some(out))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let (_, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let locale = self.locale(&uri);
        let encoding = self.state.encoding();
        let symbols = guarded(|| ide::symbols(&doc, locale))?;
        Ok(Some(DocumentSymbolResponse::Nested(
            symbols
                .iter()
                .map(|s| document_symbol(&doc, s, encoding))
                .collect(),
        )))
    }

    #[allow(deprecated)] // SymbolInformation::deprecated must be written out
    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let found = {
            let store = self.state.store();
            guarded(|| ide::workspace_symbols(&store.workspace, &params.query))?
        };
        let store = self.state.store();
        let symbols: Vec<SymbolInformation> = found
            .iter()
            .filter_map(|s| {
                Some(SymbolInformation {
                    name: s.name.clone(),
                    kind: if s.note.is_some() {
                        SymbolKind::KEY
                    } else {
                        SymbolKind::CONSTANT
                    },
                    tags: None,
                    deprecated: None,
                    location: self.location(s.file, &s.range)?,
                    container_name: store.workspace.path(s.file).map(str::to_string),
                })
            })
            .collect();
        Ok(Some(WorkspaceSymbolResponse::Flat(symbols)))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let uri = params.text_document.uri;
        let (_, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let ranges = guarded(|| ide::folding(&doc))?;
        Ok(Some(
            ranges
                .iter()
                .map(|r| FoldingRange {
                    start_line: doc.line_index.line_of(r.start) as u32,
                    end_line: doc.line_index.line_of(r.end) as u32,
                    kind: Some(FoldingRangeKind::Region),
                    ..FoldingRange::default()
                })
                .collect(),
        ))
    }

    /// After markers their note's term, after a figure among other units
    /// its value in theirs (`inlayHints.markers`, `inlayHints.figures`);
    /// last year's targets beside this year's results and targets.
    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let uri = params.text_document.uri;
        let (file, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let locale = self.locale(&uri);
        let encoding = self.state.encoding();
        let settings = self.state.scope(&uri).config.inlay_hints.clone();
        let draft_hints = {
            let store = self.state.store();
            guarded(|| draft_ide::inlay_hints(&store.workspace, file, locale))?
        };
        let wanted = convert::byte_range(&doc, params.range, encoding);
        let own = guarded(|| inlay::hints(&doc, wanted.clone(), &settings))?;
        let mut hints: Vec<(usize, String)> = draft_hints
            .into_iter()
            .filter(|h| wanted.start <= h.offset && h.offset <= wanted.end)
            .map(|h| (h.offset, h.label))
            .chain(own.into_iter().map(|h| (h.offset, h.label)))
            .collect();
        hints.sort_by_key(|(offset, _)| *offset);
        Ok(Some(
            hints
                .into_iter()
                .map(|(offset, label)| InlayHint {
                    position: convert::position(&doc, offset, encoding),
                    label: InlayHintLabel::String(label),
                    kind: None,
                    text_edits: None,
                    tooltip: None,
                    padding_left: Some(true),
                    padding_right: None,
                    data: None,
                })
                .collect(),
        ))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        editing::code_actions(&self.state, &params)
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        editing::execute_command(&self.state, params).await
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        editing::prepare_rename(&self.state, &params)
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        editing::rename(&self.state, &params)
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        let Some((file, doc, offset)) = self.locate(&p.text_document.uri, p.position)? else {
            return Ok(None);
        };
        let config = self.state.scope(&p.text_document.uri).config;
        let locale = self.locale(&p.text_document.uri);
        let encoding = self.state.encoding();
        let items = {
            let store = self.state.store();
            guarded(|| completion::completion(&store.workspace, file, offset, &config, locale))?
        };
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(CompletionResponse::List(CompletionList {
            is_incomplete: false,
            items: items
                .iter()
                .enumerate()
                .map(|(rank, c)| convert::completion_item(&doc, c, rank, encoding))
                .collect(),
        })))
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let uri = params.text_document.uri;
        let (file, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let tokens = {
            let store = self.state.store();
            guarded(|| semantic::tokens(&store.workspace, file, None))?
        };
        let encoding = self.state.encoding();
        Ok(Some(SemanticTokensResult::Tokens(
            convert::semantic_tokens(&doc, &tokens, encoding),
        )))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let uri = params.text_document.uri;
        let (file, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let encoding = self.state.encoding();
        let wanted = convert::byte_range(&doc, params.range, encoding);
        let tokens = {
            let store = self.state.store();
            guarded(|| semantic::tokens(&store.workspace, file, Some(wanted)))?
        };
        Ok(Some(SemanticTokensRangeResult::Tokens(
            convert::semantic_tokens(&doc, &tokens, encoding),
        )))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let uri = params.text_document.uri;
        let (file, doc) = self.document(&uri)?;
        if !self.state.serves(&doc, &uri) {
            return Ok(None);
        }
        let config = self.state.scope(&uri).config;
        let locale = self.locale(&uri);
        let encoding = self.state.encoding();
        let lenses = {
            let store = self.state.store();
            guarded(|| lens::lenses(&store.workspace, file, &config, locale))?
        };
        let location = |r: &ide::Reference| self.location(r.file, &r.range);
        Ok(Some(
            lenses
                .iter()
                .map(|l| convert::code_lens(&doc, &uri, l, &location, encoding))
                .collect(),
        ))
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        // Off the runtime's workers: checking a large text takes long.
        let computed = {
            let (state, uri) = (Arc::clone(&self.state), uri.clone());
            tokio::task::spawn_blocking(move || diagnostics::compute(&state, &uri))
                .await
                .map_err(|_| Error::internal_error())?
        };
        let (items, _) = computed.ok_or_else(|| unknown_document(&uri))?;
        Ok(DocumentDiagnosticReportResult::Report(
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }
}
