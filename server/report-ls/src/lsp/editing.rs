//! Quick fixes, renumbering and rename: the analysis answers with byte-offset
//! edits (`report_analysis::edits`); this module turns them into LSP edits.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use report_analysis::edits::TextEdit;
use report_analysis::messages::editing as words;
use report_analysis::text::{Encoding, Positions};
use report_analysis::{Document, fixes, rename, renumber};
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::{
    self as lsp, CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams,
    ExecuteCommandParams, MessageType, PrepareRenameResponse, RenameParams,
    TextDocumentPositionParams, Uri, WorkspaceEdit,
};

use super::convert;
use super::state::{State, guarded, unknown_document};

/// The command that renumbers a document's notes; its argument is the URI.
pub const RENUMBER_COMMAND: &str = "reportLs.renumberNotes";

/// The code action kind of renumbering (a source action).
pub const RENUMBER_KIND: CodeActionKind = CodeActionKind::new("source.renumberNotes");

/// LSP's `RequestFailed`: a request that was understood and cannot be done.
fn request_failed(message: String) -> Error {
    Error {
        code: ErrorCode::ServerError(-32803),
        message: message.into(),
        data: None,
    }
}

fn edits_to_lsp(doc: &Document, edits: &[TextEdit], encoding: Encoding) -> Vec<lsp::TextEdit> {
    edits
        .iter()
        .map(|e| lsp::TextEdit {
            range: convert::range(doc, &e.range, encoding),
            new_text: e.new_text.clone(),
        })
        .collect()
}

fn workspace_edit(
    uri: &Uri,
    doc: &Document,
    edits: &[TextEdit],
    encoding: Encoding,
) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(
            uri.clone(),
            edits_to_lsp(doc, edits, encoding),
        )])),
        ..WorkspaceEdit::default()
    }
}

/// The served document of `uri` and its workspace index.
fn served(state: &State, uri: &Uri) -> Result<Option<(usize, Arc<Document>)>> {
    let (index, doc) = {
        let store = state.store();
        let index = store.index(uri).ok_or_else(|| unknown_document(uri))?;
        let doc = store
            .workspace
            .document(index)
            .ok_or_else(|| unknown_document(uri))?
            .clone();
        (index, doc)
    };
    Ok(state.serves(&doc, uri).then_some((index, doc)))
}

/// Whether the client asked for actions of `kind` (all, when it did not say).
fn wanted(only: Option<&[CodeActionKind]>, kind: &CodeActionKind) -> bool {
    only.is_none_or(|only| {
        only.iter().any(|k| {
            kind.as_str() == k.as_str() || kind.as_str().starts_with(&format!("{}.", k.as_str()))
        })
    })
}

/// Quick fixes of the diagnostics in the range, and renumbering as a source
/// action when the notes are out of order.
pub fn code_actions(
    state: &State,
    params: &CodeActionParams,
) -> Result<Option<Vec<CodeActionOrCommand>>> {
    let uri = &params.text_document.uri;
    let Some((file, doc)) = served(state, uri)? else {
        return Ok(None);
    };
    let encoding = state.encoding();
    let scope = state.scope(uri);
    let locale = state.settings().locale(&scope);
    let config = scope.config;
    let only = params.context.only.as_deref();
    let start = convert::offset(&doc, params.range.start, encoding).unwrap_or(doc.text.len());
    let end = convert::offset(&doc, params.range.end, encoding).unwrap_or(doc.text.len());
    let touches = |r: &Range<usize>| r.start <= end && start <= r.end;
    let mut actions = Vec::new();
    let store = state.store();
    if wanted(only, &CodeActionKind::QUICKFIX) {
        let uri_of = |f: usize| store.uri(f);
        let found = guarded(|| {
            let mut out = Vec::new();
            let mut positions = Positions::new(&doc.line_index, &doc.text, encoding);
            for d in store
                .workspace
                .check(file, &config)
                .iter()
                .filter(|d| touches(&d.range))
            {
                let shown = convert::diagnostic(
                    &doc,
                    d,
                    &store.workspace,
                    uri,
                    &uri_of,
                    &mut positions,
                    encoding,
                    locale,
                );
                for fix in fixes::fixes(&store.workspace, file, d, locale) {
                    out.push((fix, shown.clone()));
                }
            }
            out
        })?;
        let alone = found.len() == 1;
        for (fix, shown) in found {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![shown]),
                edit: Some(workspace_edit(uri, &doc, &fix.edits, encoding)),
                is_preferred: alone.then_some(true),
                ..CodeAction::default()
            }));
        }
    }
    // Offered only on request for source actions or when none was named,
    // and only when renumbering changes something.
    if wanted(only, &RENUMBER_KIND)
        && let Ok(edits) = guarded(|| renumber::renumber(&doc))?
        && !edits.is_empty()
    {
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: words::renumber(locale).to_string(),
            kind: Some(RENUMBER_KIND),
            edit: Some(workspace_edit(uri, &doc, &edits, encoding)),
            ..CodeAction::default()
        }));
    }
    Ok(Some(actions))
}

/// The renumbering edit of a document, or why not: what
/// `reportLs.renumberNotes` sends to the client with `workspace/applyEdit`.
/// `None` when the notes are in order already.
pub fn renumber_edit(state: &State, uri: &Uri) -> Result<Option<WorkspaceEdit>> {
    let Some((_, doc)) = served(state, uri)? else {
        return Ok(None);
    };
    let locale = state.settings().locale(&state.scope(uri));
    match guarded(|| renumber::renumber(&doc))? {
        Ok(edits) if edits.is_empty() => Ok(None),
        Ok(edits) => Ok(Some(workspace_edit(uri, &doc, &edits, state.encoding()))),
        Err(refusal) => Err(request_failed(words::renumber_refused(&refusal, locale))),
    }
}

/// `workspace/executeCommand`: `reportLs.renumberNotes` with the document's
/// URI (a string, or `{ "uri": … }`).
pub async fn execute_command(
    state: &State,
    params: ExecuteCommandParams,
) -> Result<Option<serde_json::Value>> {
    if params.command != RENUMBER_COMMAND {
        return Err(Error::invalid_params(crate::cli::words::unknown_command(
            &params.command,
            super::state::server_locale(),
        )));
    }
    let uri = params
        .arguments
        .first()
        .and_then(|a| a.as_str().or_else(|| a["uri"].as_str()))
        .and_then(|s| s.parse::<Uri>().ok())
        .ok_or_else(|| {
            Error::invalid_params(crate::cli::words::command_takes_uri(
                RENUMBER_COMMAND,
                super::state::server_locale(),
            ))
        })?;
    let locale = state.settings().locale(&state.scope(&uri));
    match renumber_edit(state, &uri)? {
        Some(edit) => {
            let applied = state.client.apply_edit(edit).await;
            Ok(Some(serde_json::json!({
                "applied": applied.map(|r| r.applied).unwrap_or(false)
            })))
        }
        None => {
            state
                .client
                .show_message(MessageType::INFO, words::renumber_nothing(locale))
                .await;
            Ok(Some(serde_json::json!({ "applied": false })))
        }
    }
}

fn located(
    state: &State,
    p: &TextDocumentPositionParams,
) -> Result<Option<(Arc<Document>, usize)>> {
    let Some((_, doc)) = served(state, &p.text_document.uri)? else {
        return Ok(None);
    };
    let offset = convert::offset(&doc, p.position, state.encoding()).ok_or_else(|| {
        Error::invalid_params(crate::cli::words::position_past_end(
            p.position.line,
            p.position.character,
            super::state::server_locale(),
        ))
    })?;
    Ok(Some((doc, offset)))
}

pub fn prepare_rename(
    state: &State,
    p: &TextDocumentPositionParams,
) -> Result<Option<PrepareRenameResponse>> {
    let Some((doc, offset)) = located(state, p)? else {
        return Ok(None);
    };
    let locale = state.settings().locale(&state.scope(&p.text_document.uri));
    match guarded(|| rename::prepare_rename(&doc, offset))? {
        Ok(target) => Ok(Some(PrepareRenameResponse::RangeWithPlaceholder {
            range: convert::range(&doc, &target.range, state.encoding()),
            placeholder: target.name,
        })),
        Err(refusal) => Err(request_failed(words::rename_refused(&refusal, locale))),
    }
}

pub fn rename(state: &State, params: &RenameParams) -> Result<Option<WorkspaceEdit>> {
    let p = &params.text_document_position;
    let Some((doc, offset)) = located(state, p)? else {
        return Ok(None);
    };
    let locale = state.settings().locale(&state.scope(&p.text_document.uri));
    match guarded(|| rename::rename(&doc, offset, &params.new_name))? {
        Ok(edits) => Ok(Some(workspace_edit(
            &p.text_document.uri,
            &doc,
            &edits,
            state.encoding(),
        ))),
        Err(refusal) => Err(request_failed(words::rename_refused(&refusal, locale))),
    }
}
