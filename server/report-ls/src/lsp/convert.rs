//! The protocol boundary: LSP positions <-> byte offsets of the analysis, in
//! the negotiated encoding, and analysis answers -> LSP types.

use std::ops::Range;

use report_analysis::completion::{Completion, CompletionKind};
use report_analysis::ide::Reference;
use report_analysis::lens::{Lens, LensAction};
use report_analysis::messages::{message, related_label};
use report_analysis::semantic::{Token, TokenKind, modifier};
use report_analysis::text::{Encoding, Positions};
use report_analysis::{Diagnostic, Document, Locale, Severity, Workspace};
use ropey::Rope;
use tower_lsp_server::ls_types::{
    self as lsp, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, PositionEncodingKind, Uri,
};

/// The encoding the client and server agreed on.
pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    let offered = offered.unwrap_or_default();
    if offered.contains(&PositionEncodingKind::UTF8) {
        Encoding::Utf8
    } else if offered.contains(&PositionEncodingKind::UTF32) {
        Encoding::Utf32
    } else {
        Encoding::Utf16
    }
}

pub fn encoding_kind(encoding: Encoding) -> PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

pub fn position(doc: &Document, offset: usize, encoding: Encoding) -> Position {
    lsp_position(doc.line_index.position(&doc.text, offset, encoding))
}

fn lsp_position(p: report_analysis::text::Position) -> Position {
    Position::new(p.line, p.column)
}

pub fn range(doc: &Document, range: &Range<usize>, encoding: Encoding) -> lsp::Range {
    lsp::Range::new(
        position(doc, range.start, encoding),
        position(doc, range.end, encoding),
    )
}

/// A range of any report of the workspace: an open one's from its text, an
/// indexed one's from the positions its summary kept.
pub fn range_in(
    workspace: &Workspace,
    file: usize,
    range: &Range<usize>,
    encoding: Encoding,
) -> Option<lsp::Range> {
    if let Some(doc) = workspace.document(file) {
        return Some(self::range(doc, range, encoding));
    }
    let summary = workspace.summary(file)?;
    let at = |offset| {
        let p = summary.position(offset, encoding)?;
        Some(Position::new(p.line, p.column))
    };
    Some(lsp::Range::new(at(range.start)?, at(range.end)?))
}

/// The byte offset of a client position: a column past the end of its line
/// is clamped to the line's end; a line past the end of the text is `None`.
pub fn offset(doc: &Document, position: Position, encoding: Encoding) -> Option<usize> {
    if position.line as usize >= doc.line_index.line_count() {
        return None;
    }
    let p = report_analysis::text::Position::new(position.line, position.character);
    Some(doc.line_index.offset_clamped(&doc.text, p, encoding))
}

/// The char index of a position in a rope, clamped to the text: what edits
/// of `didChange` are applied at.
pub fn rope_char(rope: &Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let start = rope.line_to_char(line);
    let slice = rope.line(line);
    let mut content = slice.len_chars();
    // Leave the line terminator out: a column never points past it.
    if content > 0 && slice.char(content - 1) == '\n' {
        content -= 1;
    }
    if content > 0 && slice.char(content - 1) == '\r' {
        content -= 1;
    }
    let column = position.character as usize;
    let within = match encoding {
        Encoding::Utf32 => column.min(content),
        Encoding::Utf16 => {
            let units = slice.slice(..content).len_utf16_cu();
            slice.utf16_cu_to_char(column.min(units))
        }
        Encoding::Utf8 => {
            let bytes = slice.slice(..content).len_bytes();
            slice.byte_to_char(column.min(bytes))
        }
    };
    start + within.min(content)
}

/// The position of a byte offset of a rope's text (an offset inside a
/// character counts as that character's start), as `LineIndex::position`
/// places it in the same text.
pub fn rope_position(rope: &Rope, offset: usize, encoding: Encoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let line = rope.byte_to_line(offset);
    let line_start = rope.line_to_char(line);
    let at = rope.byte_to_char(offset);
    let column = match encoding {
        Encoding::Utf32 => at - line_start,
        Encoding::Utf16 => rope.char_to_utf16_cu(at) - rope.char_to_utf16_cu(line_start),
        Encoding::Utf8 => rope.char_to_byte(at) - rope.line_to_byte(line),
    };
    Position::new(line as u32, column as u32)
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A diagnostic of the analysis as the client sees it; `uri_of` names the
/// other documents of related places. `positions` places the diagnostic's
/// own range: one cursor over the document for all its diagnostics in
/// text order counts each column from the last (see [`Positions`]).
#[allow(clippy::too_many_arguments)]
pub fn diagnostic(
    doc: &Document,
    d: &Diagnostic,
    workspace: &Workspace,
    uri: &Uri,
    uri_of: &dyn Fn(usize) -> Option<Uri>,
    positions: &mut Positions,
    encoding: Encoding,
    locale: Locale,
) -> lsp::Diagnostic {
    let related = d
        .related
        .iter()
        .filter_map(|r| {
            let (target_uri, target_range) = match r.file {
                None => (uri.clone(), range(doc, &r.range, encoding)),
                Some(file) => (
                    uri_of(file)?,
                    range_in(workspace, file, &r.range, encoding)?,
                ),
            };
            Some(DiagnosticRelatedInformation {
                location: Location::new(target_uri, target_range),
                message: related_label(&r.kind, locale),
            })
        })
        .collect::<Vec<_>>();
    lsp::Diagnostic {
        range: lsp::Range::new(
            lsp_position(positions.at(d.range.start)),
            lsp_position(positions.at(d.range.end)),
        ),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.code().name().to_string())),
        source: Some("report-ls".into()),
        message: message(&d.finding, locale),
        related_information: (!related.is_empty()).then_some(related),
        ..lsp::Diagnostic::default()
    }
}

/// What the client says it can show, read from its capabilities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientSupport {
    /// Hover contents in Markdown; `false` for a client that takes only
    /// plain text.
    pub hover_markdown: bool,
    /// `Diagnostic.codeDescription` (a link to the rule's documentation).
    pub code_description: bool,
    /// The `unnecessary` diagnostic tag (shown faded).
    pub unnecessary_tag: bool,
}

impl Default for ClientSupport {
    fn default() -> Self {
        ClientSupport {
            hover_markdown: true,
            code_description: false,
            unnecessary_tag: false,
        }
    }
}

impl ClientSupport {
    pub fn from_capabilities(capabilities: &lsp::ClientCapabilities) -> Self {
        let text = capabilities.text_document.as_ref();
        // Without a list of formats a client has always been sent Markdown.
        let hover_markdown = text
            .and_then(|t| t.hover.as_ref())
            .and_then(|h| h.content_format.as_ref())
            .is_none_or(|formats| formats.contains(&lsp::MarkupKind::Markdown));
        let publish = text.and_then(|t| t.publish_diagnostics.as_ref());
        let code_description = publish.and_then(|p| p.code_description_support) == Some(true);
        let unnecessary_tag = publish
            .and_then(|p| p.tag_support.as_ref())
            .is_some_and(|t| t.value_set.contains(&lsp::DiagnosticTag::UNNECESSARY));
        ClientSupport {
            hover_markdown,
            code_description,
            unnecessary_tag,
        }
    }
}

/// Where each rule is documented: a section per code.
pub const RULES_DOC: &str = "https://github.com/report-ls/report-ls/blob/main/docs/rules.md";

/// Adds what the client can show beyond the message: a link to the rule's
/// section of the documentation, and `unnecessary` on a note never used.
pub fn describe(out: &mut lsp::Diagnostic, d: &Diagnostic, support: ClientSupport) {
    let code = d.code();
    if support.code_description {
        out.code_description = format!("{RULES_DOC}#{}", code.name())
            .parse::<Uri>()
            .ok()
            .map(|href| lsp::CodeDescription { href });
    }
    if support.unnecessary_tag && code == report_analysis::Code::NoteUnused {
        out.tags = Some(vec![lsp::DiagnosticTag::UNNECESSARY]);
    }
}

/// A hover as the client takes it: Markdown, or the same words as plain
/// text (emphasis marks and rules dropped).
pub fn hover_contents(markdown: String, support: ClientSupport) -> lsp::MarkupContent {
    if support.hover_markdown {
        return lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: markdown,
        };
    }
    let lines: Vec<String> = markdown
        .lines()
        .filter(|line| line.trim() != "---")
        .map(|line| {
            let line = line.replace("**", "").replace('`', "");
            let trimmed = line.trim();
            if trimmed.len() > 2 && trimmed.starts_with('*') && trimmed.ends_with('*') {
                trimmed[1..trimmed.len() - 1].to_string()
            } else {
                line
            }
        })
        .collect();
    lsp::MarkupContent {
        kind: lsp::MarkupKind::PlainText,
        value: lines.join("\n"),
    }
}

/// The bytes a client range covers, clamped to the text.
pub fn byte_range(doc: &Document, range: lsp::Range, encoding: Encoding) -> Range<usize> {
    let start = offset(doc, range.start, encoding).unwrap_or(doc.text.len());
    let end = offset(doc, range.end, encoding).unwrap_or(doc.text.len());
    start..end.max(start)
}

/// A completion of the analysis as an item with its edit; `rank` orders.
pub fn completion_item(
    doc: &Document,
    c: &Completion,
    rank: usize,
    encoding: Encoding,
) -> lsp::CompletionItem {
    lsp::CompletionItem {
        label: c.label.clone(),
        kind: Some(match c.kind {
            CompletionKind::NoteNumber => lsp::CompletionItemKind::REFERENCE,
            CompletionKind::Term => lsp::CompletionItemKind::CONSTANT,
            CompletionKind::NewNote => lsp::CompletionItemKind::VALUE,
        }),
        detail: c.detail.clone(),
        documentation: c.documentation.as_ref().map(|d| {
            lsp::Documentation::MarkupContent(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value: d.clone(),
            })
        }),
        preselect: c.preselect.then_some(true),
        sort_text: Some(format!("{rank:05}")),
        filter_text: Some(c.filter.clone()),
        text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
            range: range(doc, &c.replace, encoding),
            new_text: c.insert.clone(),
        })),
        ..lsp::CompletionItem::default()
    }
}

/// The LSP type of each token kind, in legend order.
pub fn token_type(kind: TokenKind) -> lsp::SemanticTokenType {
    match kind {
        TokenKind::Term => lsp::SemanticTokenType::VARIABLE,
        TokenKind::Slogan => lsp::SemanticTokenType::MACRO,
        TokenKind::Marker => lsp::SemanticTokenType::DECORATOR,
        TokenKind::NoteNumber => lsp::SemanticTokenType::ENUM_MEMBER,
        TokenKind::Figure => lsp::SemanticTokenType::NUMBER,
    }
}

/// The legend: standard types; `declaration` and `defaultLibrary` are
/// standard modifiers, `defined` and `undefined` the server's own.
pub fn token_legend() -> lsp::SemanticTokensLegend {
    lsp::SemanticTokensLegend {
        token_types: TokenKind::ALL.iter().map(|k| token_type(*k)).collect(),
        token_modifiers: modifier::ALL
            .iter()
            .map(|(_, name)| lsp::SemanticTokenModifier::new(name))
            .collect(),
    }
}

/// Tokens in the relative encoding of the protocol. Tokens come in text
/// order, so a column is counted on from the token before on its line.
pub fn semantic_tokens(
    doc: &Document,
    tokens: &[Token],
    encoding: Encoding,
) -> lsp::SemanticTokens {
    let text = &doc.text;
    // Units of the source: a figure folded to ASCII took three UTF-8 bytes,
    // a stop read as `。` one, and a space taken out around a figure one.
    let index = &doc.line_index;
    let count = |range: Range<usize>| -> u32 {
        match text.get(range.clone()) {
            None => 0,
            Some(_) => index.source_units(text, range, encoding) as u32,
        }
    };
    let mut data = Vec::with_capacity(tokens.len());
    let (mut line, mut column) = (0u32, 0u32);
    // The end of the last token and its column read as a start (past a
    // space taken out there), on line `line`.
    let mut last: Option<(usize, u32)> = None;
    for t in tokens {
        let Some(slice) = text.get(t.range.clone()) else {
            continue;
        };
        if slice.is_empty() || slice.contains(['\n', '\r']) {
            continue;
        }
        let token_line = doc.line_index.line_of(t.range.start) as u32;
        // A token cut by a hard wrap lies on two lines of the source.
        if doc.line_index.line_of(t.range.end - 1) as u32 != token_line {
            continue;
        }
        let start = match last {
            Some((end, at)) if token_line == line && end <= t.range.start => {
                at + index.units_between(text, end, t.range.start, encoding) as u32
            }
            _ => position(doc, t.range.start, encoding).character,
        };
        let length = count(t.range.clone());
        let kind = TokenKind::ALL
            .iter()
            .position(|k| *k == t.kind)
            .unwrap_or(0) as u32;
        data.push(lsp::SemanticToken {
            delta_line: token_line.saturating_sub(line),
            delta_start: if token_line == line {
                start.saturating_sub(column)
            } else {
                start
            },
            length,
            token_type: kind,
            token_modifiers_bitset: t.modifiers,
        });
        line = token_line;
        column = start;
        let gap = u32::from(index.folds().gap_at(t.range.end));
        last = Some((t.range.end, start + length + gap));
    }
    lsp::SemanticTokens {
        result_id: None,
        data,
    }
}

/// The client command a lens on a note runs: `reportLs.showReferences`
/// with the document, the lens's position and the places (the arguments
/// of VS Code's `editor.action.showReferences`, as LSP JSON).
pub const SHOW_REFERENCES: &str = "reportLs.showReferences";
/// The client command a lens on an undefined slogan runs:
/// `reportLs.addNote` with the document and the slogan's range; the client
/// asks for the code actions there and applies the quick fix of the
/// `term-undefined` finding.
pub const ADD_NOTE: &str = "reportLs.addNote";

/// A lens with its client command; `location` converts a reference.
pub fn code_lens(
    doc: &Document,
    uri: &Uri,
    lens: &Lens,
    location: &dyn Fn(&Reference) -> Option<Location>,
    encoding: Encoding,
) -> lsp::CodeLens {
    let at = range(doc, &lens.range, encoding);
    let (command, arguments) = match &lens.action {
        LensAction::ShowReferences(refs) => {
            let locations: Vec<Location> = refs.iter().filter_map(location).collect();
            (
                SHOW_REFERENCES,
                vec![
                    serde_json::json!(uri),
                    serde_json::json!(at.start),
                    serde_json::json!(locations),
                ],
            )
        }
        LensAction::AddNote => (
            ADD_NOTE,
            vec![serde_json::json!(uri), serde_json::json!(at)],
        ),
    };
    lsp::CodeLens {
        range: at,
        command: Some(lsp::Command {
            title: lens.title.clone(),
            command: command.to_string(),
            arguments: Some(arguments),
        }),
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rope_positions_in_each_encoding() {
        let rope = Rope::from_str("注释\r\n𠮷a\rb");
        let at = |line, character, e| rope_char(&rope, Position::new(line, character), e);
        // Chars: 注 释 \r \n 𠮷 a \r b; line 1 starts at char 4.
        assert_eq!(at(1, 2, Encoding::Utf16), 5, "after 𠮷 (two UTF-16 units)");
        assert_eq!(at(1, 4, Encoding::Utf8), 5, "after 𠮷 (four bytes)");
        assert_eq!(at(1, 1, Encoding::Utf32), 5);
        assert_eq!(at(1, 1, Encoding::Utf16), 4, "inside 𠮷: its start");
        assert_eq!(at(1, 99, Encoding::Utf16), 6, "clamped before the lone CR");
        assert_eq!(at(2, 0, Encoding::Utf16), 7);
        assert_eq!(at(9, 0, Encoding::Utf16), rope.len_chars());
    }

    /// A rope places every byte offset where the analysis' line index
    /// does, in each encoding (line ends of all kinds, four-byte
    /// characters, offsets inside characters, a line past a checkpoint).
    #[test]
    fn rope_positions_of_offsets_are_the_line_index_ones() {
        let text = format!("注释\r\n𠮷a\rb\n{}\u{2028}c\n", "推进①".repeat(100));
        let rope = Rope::from_str(&text);
        let index = report_analysis::text::LineIndex::new(&text);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for offset in 0..=text.len() + 1 {
                let p = index.position(&text, offset, encoding);
                assert_eq!(
                    rope_position(&rope, offset, encoding),
                    Position::new(p.line, p.column),
                    "offset {offset}, {encoding:?}"
                );
            }
        }
    }

    #[test]
    fn plain_text_hover_drops_markdown_marks() {
        let plain = ClientSupport {
            hover_markdown: false,
            ..ClientSupport::default()
        };
        let content = hover_contents(
            "**注释1 两网融合**\n\n正文\n\n---\n\n*本报告定义 · 2处*".into(),
            plain,
        );
        assert_eq!(content.kind, lsp::MarkupKind::PlainText);
        assert_eq!(
            content.value,
            "注释1 两网融合\n\n正文\n\n\n本报告定义 · 2处"
        );
    }

    #[test]
    fn the_legend_is_the_one_editors_map() {
        let shared: serde_json::Value =
            serde_json::from_str(include_str!("../../../../editors/semantic-tokens.json"))
                .expect("editors/semantic-tokens.json");
        let legend = serde_json::to_value(token_legend()).expect("legend");
        assert_eq!(legend, shared);
    }

    #[test]
    fn tokens_are_relative_and_measured_in_the_encoding() {
        let doc = Document::parse("𠮷甲乙\n丙丁\n", &report_analysis::Config::default());
        let token = |range: Range<usize>, kind| Token {
            range,
            kind,
            modifiers: modifier::DEFINED,
        };
        // 甲 and 乙 after 𠮷 (4 bytes), then 丁 on the next line.
        let tokens = [
            token(4..7, TokenKind::Term),
            token(7..10, TokenKind::Slogan),
            token(14..17, TokenKind::Figure),
        ];
        let utf16 = semantic_tokens(&doc, &tokens, Encoding::Utf16).data;
        let utf8 = semantic_tokens(&doc, &tokens, Encoding::Utf8).data;
        let flat = |data: &[lsp::SemanticToken]| -> Vec<u32> {
            data.iter()
                .flat_map(|t| {
                    [
                        t.delta_line,
                        t.delta_start,
                        t.length,
                        t.token_type,
                        t.token_modifiers_bitset,
                    ]
                })
                .collect()
        };
        assert_eq!(
            flat(&utf16),
            vec![0, 2, 1, 0, 2, 0, 1, 1, 1, 2, 1, 1, 1, 4, 2]
        );
        assert_eq!(
            flat(&utf8),
            vec![0, 4, 3, 0, 2, 0, 3, 3, 1, 2, 1, 3, 3, 4, 2]
        );
    }

    #[test]
    fn negotiation_prefers_utf8_then_utf32_then_utf16() {
        assert_eq!(negotiate(None), Encoding::Utf16);
        assert_eq!(
            negotiate(Some(&[
                PositionEncodingKind::UTF16,
                PositionEncodingKind::UTF8
            ])),
            Encoding::Utf8
        );
        assert_eq!(
            negotiate(Some(&[PositionEncodingKind::UTF32])),
            Encoding::Utf32
        );
    }
}
