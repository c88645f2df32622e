//! `report-ls inspect FILE`: the whole model, so users can see what was
//! recognized.

use std::fmt::Write;
use std::path::PathBuf;

use report_analysis::figures::Figure;
use report_analysis::outline::Heading;
use report_analysis::terms::TermSource;
use report_analysis::{Config, Document};
use serde_json::{Value, json};

use super::inputs::{ConfigFinder, collect};
use super::location::{bytes_json, line_col, range_json, span_json};
use super::{Format, exit};

/// `text`: print the text as read (a Word draft's text view) instead of the model.
pub fn run(path: PathBuf, format: Format, config: Option<PathBuf>, text: bool) -> u8 {
    let show_text = text;
    let mut inputs = collect(std::slice::from_ref(&path));
    if inputs.len() != 1 {
        eprintln!(
            "report-ls inspect: expected one file, found {} in {}",
            inputs.len(),
            path.display()
        );
        return exit::UNREADABLE;
    }
    let input = inputs.remove(0);
    let (text, encoding) = match input.content {
        Ok(content) => content,
        Err(e) => {
            eprintln!("report-ls inspect: {}: {e}", input.display);
            return exit::UNREADABLE;
        }
    };
    if show_text {
        super::emit(&text);
        return exit::OK;
    }
    let mut finder = ConfigFinder::default();
    let index = match config {
        Some(p) => Some(finder.explicit(&p)),
        None => finder.for_file(input.path.as_deref()),
    };
    let default = Config::default();
    let config = match index.map(|i| &finder.loaded[i]) {
        Some(loaded) => match &loaded.config {
            Ok(c) => c,
            Err(e) => {
                eprintln!("report-ls inspect: {}: {e}", loaded.path.display());
                return exit::UNREADABLE;
            }
        },
        None => &default,
    };
    let doc = Document::parse(text, config);
    match format {
        Format::Json => {
            let mut value = model_json(&doc, config);
            value["path"] = json!(input.display);
            value["encoding"] = json!(encoding.name());
            super::emit(&(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"));
        }
        Format::Human => super::emit(&model_human(&input.display, &doc)),
    }
    exit::OK
}

/// The model as JSON (without `path`).
pub fn model_json(doc: &Document, config: &Config) -> Value {
    let notes: Vec<Value> = doc
        .notes
        .iter()
        .map(|n| {
            json!({
                "number": n.number,
                "style": n.style.name(),
                "term": n.term,
                "aliases": n.aliases.iter().map(|a| a.text.clone()).collect::<Vec<_>>(),
                "text": n.text(&doc.text),
                "range": range_json(doc, &n.range),
                "byte_range": bytes_json(&n.range),
                "term_range": n.term_range.as_ref().map(|r| range_json(doc, r)),
                "term_byte_range": n.term_range.as_ref().map(bytes_json),
            })
        })
        .collect();
    let markers: Vec<Value> = doc
        .markers
        .iter()
        .map(|m| {
            json!({
                "number": m.number,
                "style": m.style.name(),
                "range": range_json(doc, &m.range),
                "byte_range": bytes_json(&m.range),
                "note": m.note.map(|i| doc.notes[i].number),
            })
        })
        .collect();
    let enumerations: Vec<Value> = doc
        .enumerations
        .iter()
        .map(|e| {
            json!({
                "items": e.items.iter().map(|(n, r)| json!({"number": n, "range": range_json(doc, r), "byte_range": bytes_json(r)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let terms: Vec<Value> = doc
        .terms
        .iter()
        .map(|t| {
            let (note, definition) = match t.source {
                TermSource::Note(i) => (Some(doc.notes[i].number), None),
                TermSource::Glossary(i) => {
                    (None, config.glossary_entry(i).map(|e| e.1.to_string()))
                }
                _ => (None, None),
            };
            json!({
                "term": t.text,
                "key": t.key,
                "source": t.source.name(),
                "note": note,
                "definition": definition,
                "uses": t.uses.iter().map(|r| span_json(doc, r)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let figures: Vec<Value> = doc.figures.iter().map(|f| figure_json(doc, f)).collect();
    let title = doc.title.as_ref();
    json!({
        "title": title.map(|t| t.text.clone()),
        "year": title.and_then(|t| t.year),
        "region": title.and_then(|t| t.region.clone()),
        "outline": doc.outline.iter().map(|h| heading_json(doc, h)).collect::<Vec<_>>(),
        "notes": notes,
        "markers": markers,
        "enumerations": enumerations,
        "terms": terms,
        "figures": figures,
    })
}

/// One figure. JSON has no infinity: an open end is `null`.
fn figure_json(doc: &Document, f: &Figure) -> Value {
    let finite = |x: f64| x.is_finite().then_some(x);
    json!({
        "text": f.text(&doc.text),
        "value": finite(f.value),
        "low": finite(f.low),
        "high": finite(f.high),
        "unit": f.unit,
        "kind": f.kind.name(),
        "qualifier": f.qualifier.map(|q| q.name()),
        "indicator": f.indicator,
        "period": f.period.as_ref().map(|p| p.label()),
        "display": f.display_value(),
        "range": range_json(doc, &f.span),
        "byte_range": bytes_json(&f.span),
    })
}

fn heading_json(doc: &Document, h: &Heading) -> Value {
    json!({
        "kind": h.kind.name(),
        "number": h.number,
        "title": h.title,
        "range": range_json(doc, &h.range),
        "byte_range": bytes_json(&h.range),
        "heading_range": range_json(doc, &h.heading),
        "heading_byte_range": bytes_json(&h.heading),
        "children": h.children.iter().map(|c| heading_json(doc, c)).collect::<Vec<_>>(),
    })
}

/// A readable summary: outline, notes with their uses, markers, slogans.
fn model_human(path: &str, doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{path}");
    if let Some(t) = &doc.title {
        let _ = writeln!(
            out,
            "title: {}  (year {}, region {})",
            t.text,
            t.year.map_or("-".into(), |y| y.to_string()),
            t.region.as_deref().unwrap_or("-")
        );
    }
    let _ = writeln!(out, "\noutline:");
    fn walk(out: &mut String, doc: &Document, h: &Heading, depth: usize) {
        let (line, _) = line_col(doc, h.heading.start);
        let _ = writeln!(
            out,
            "{}{:>5}  {} {}",
            "  ".repeat(depth),
            line,
            h.kind.name(),
            h.title
        );
        if h.kind != report_analysis::outline::HeadingKind::Notes {
            for c in &h.children {
                walk(out, doc, c, depth + 1);
            }
        }
    }
    for h in &doc.outline {
        walk(&mut out, doc, h, 1);
    }
    let _ = writeln!(out, "\nnotes: {}", doc.notes.len());
    for (i, n) in doc.notes.iter().enumerate() {
        let uses = doc.note_term(i).map_or(0, |t| t.uses.len());
        let markers = doc.markers_of(i).count();
        let _ = writeln!(
            out,
            "  {:>3}  {}  ({} uses, {} markers)",
            n.number,
            n.term.as_deref().unwrap_or("-"),
            uses,
            markers
        );
    }
    let _ = writeln!(out, "\nmarkers: {}", doc.markers.len());
    for m in &doc.markers {
        let (line, col) = line_col(doc, m.range.start);
        let _ = writeln!(
            out,
            "  {:>5}:{:<4} {}  -> {}",
            line,
            col,
            &doc.text[m.range.clone()],
            m.note
                .map_or("?".into(), |i| format!("note {}", doc.notes[i].number))
        );
    }
    let _ = writeln!(out, "\nenumerations: {}", doc.enumerations.len());
    let slogans: Vec<_> = doc
        .terms
        .iter()
        .filter(|t| {
            matches!(
                t.source,
                TermSource::Slogan | TermSource::Known | TermSource::Glossary(_)
            )
        })
        .collect();
    let _ = writeln!(out, "\nother terms: {}", slogans.len());
    for t in slogans {
        let _ = writeln!(
            out,
            "  {}  ({}, {} uses)",
            t.text,
            t.source.name(),
            t.uses.len()
        );
    }
    out
}
