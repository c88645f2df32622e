//! What one run checks; an `Err` says what went wrong.

use std::ops::Range;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use report_analysis::config::InlayHintSettings;
use report_analysis::text::{Encoding, Positions};
use report_analysis::{
    Config, Context, Document, Locale, Workspace, check, completion, ide, inlay, lens, semantic,
};

/// Parse, check, editor answers at a few offsets, reparse after `edit`.
pub fn run(text: &str, edit: &(Range<usize>, String), salt: u64) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| run_unguarded(text, edit, salt))).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".into());
        Err(format!("panic: {what}"))
    })
}

fn sound(text: &str, r: &Range<usize>, what: &str) -> Result<(), String> {
    if r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
    {
        Ok(())
    } else {
        Err(format!(
            "{what}: range {r:?} is not on character boundaries of a text of {} bytes",
            text.len()
        ))
    }
}

/// A range of the model's text (full-width figures folded) is sound there,
/// and its source range is sound in the text as read.
fn sound_in(doc: &Document, source: &str, r: &Range<usize>, what: &str) -> Result<(), String> {
    sound(&doc.text, r, what)?;
    sound(source, &doc.source_range(r), &format!("{what} (as read)"))
}

fn run_unguarded(text: &str, edit: &(Range<usize>, String), salt: u64) -> Result<(), String> {
    let config = Config::default();
    let doc = Arc::new(Document::parse(text, &config));
    let diagnostics = check(&doc, &Context::alone(&config));
    // A cursor over the findings in turn places each as the index does.
    let mut cursors = [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32].map(|encoding| {
        (
            encoding,
            Positions::new(&doc.line_index, &doc.text, encoding),
        )
    });
    for d in &diagnostics {
        for (encoding, cursor) in &mut cursors {
            for offset in [d.range.start, d.range.end] {
                let (p, q) = (
                    cursor.at(offset),
                    doc.line_index.position(&doc.text, offset, *encoding),
                );
                if p != q {
                    return Err(format!(
                        "cursor placed {offset} at {p:?}, the index at {q:?}"
                    ));
                }
            }
        }
        sound_in(&doc, text, &d.range, "diagnostic")?;
        for r in d.related.iter() {
            sound_in(&doc, text, &r.range, "related")?;
        }
        let _ = report_analysis::messages::message(&d.finding, Locale::En);
        for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            let p = doc.line_index.position(&doc.text, d.range.start, encoding);
            if doc.line_index.offset(&doc.text, p, encoding) != Some(d.range.start) {
                return Err(format!(
                    "position {p:?} of {} does not map back",
                    d.range.start
                ));
            }
        }
    }

    // The editor answers, with a second report in the workspace.
    let mut workspace = Workspace::new();
    let file = workspace.add("a.txt", Arc::clone(&doc));
    let half = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    workspace.add("b.txt", Arc::new(Document::parse(&text[..half], &config)));
    let mut offsets: Vec<usize> = diagnostics.iter().map(|d| d.range.start).take(4).collect();
    let len = doc.text.len();
    offsets.extend([0, len, (salt as usize) % (len + 1)]);
    for offset in offsets {
        if let Some(hover) = ide::hover(&workspace, file, offset, &config, Locale::Zh) {
            sound_in(&doc, text, &hover.range, "hover")?;
        }
        for target in ide::definition(&workspace, file, offset, &config) {
            if let ide::Target::Range { file: f, range } = target
                && let Some(d) = workspace.document(f)
            {
                sound(&d.text, &range, "definition")?;
            }
        }
        for r in ide::references(&workspace, file, offset, true) {
            if let Some(d) = workspace.document(r.file) {
                sound(&d.text, &r.range, "reference")?;
            }
        }
        for h in ide::highlights(&workspace, file, offset) {
            sound_in(&doc, text, &h.range, "highlight")?;
        }
    }
    for symbol in ide::symbols(&doc, Locale::En) {
        sound_in(&doc, text, &symbol.range, "symbol")?;
        sound_in(&doc, text, &symbol.selection, "symbol selection")?;
    }
    for fold in ide::folding(&doc) {
        sound_in(&doc, text, &fold, "folding")?;
    }
    let _ = ide::workspace_symbols(&workspace, "两");
    editing_aids(&workspace, file, text, salt, &config)?;

    // A reparse reusing this version equals a parse from scratch.
    let (range, with) = edit;
    let mut edited = text.to_string();
    edited.replace_range(range.clone(), with);
    let fresh = Document::parse(edited.clone(), &config);
    let reused = Document::reparse(edited, &config, Some(&doc));
    let same = fresh.notes == reused.notes
        && fresh.markers == reused.markers
        && fresh.enumerations == reused.enumerations
        && fresh.terms == reused.terms
        && fresh.outline == reused.outline
        && fresh.figures == reused.figures
        && fresh.brackets == reused.brackets
        && fresh.cues == reused.cues
        && check(&fresh, &Context::alone(&config)) == check(&reused, &Context::alone(&config));
    if !same {
        return Err(format!(
            "reparse after replacing {range:?} with {with:?} differs from a parse"
        ));
    }
    Ok(())
}

/// Completion, inlay hints, semantic tokens and lenses: sound ranges,
/// tokens in order and apart.
fn editing_aids(
    workspace: &Workspace,
    file: usize,
    text: &str,
    salt: u64,
    config: &Config,
) -> Result<(), String> {
    let Some(doc) = workspace.document(file) else {
        return Ok(());
    };
    // Offsets and ranges of the model's text, which folds full-width figures.
    let model = doc.text.as_str();
    let mut offsets = vec![0, model.len(), (salt as usize) % (model.len() + 1)];
    for opener in ['［', '【', '“'] {
        offsets.extend(model.find(opener).map(|i| i + opener.len_utf8()));
    }
    offsets.extend(doc.notes_section.as_ref().map(|n| n.range.end));
    for offset in offsets {
        for c in completion::completion(workspace, file, offset, config, Locale::Zh) {
            sound_in(doc, text, &c.replace, "completion")?;
        }
    }
    let cut = (salt as usize) % (model.len() + 1);
    for range in [0..model.len(), cut..model.len(), 0..cut] {
        for hint in inlay::hints(doc, range.clone(), &InlayHintSettings::default()) {
            sound_in(doc, text, &(hint.offset..hint.offset), "inlay hint")?;
        }
        let tokens = semantic::tokens(workspace, file, Some(range));
        for t in &tokens {
            sound_in(doc, text, &t.range, "semantic token")?;
        }
        if let Some(pair) = tokens
            .windows(2)
            .find(|w| w[0].range.end > w[1].range.start)
        {
            return Err(format!("semantic tokens overlap: {pair:?}"));
        }
    }
    for l in lens::lenses(workspace, file, config, Locale::En) {
        sound_in(doc, text, &l.range, "code lens")?;
    }
    Ok(())
}
