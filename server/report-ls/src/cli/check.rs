//! `report-ls check`: lint files and folders, print human or JSON output.

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use report_analysis::messages::{message, related_label};
use report_analysis::{Config, Diagnostic, Document, Locale, Severity, Workspace};
use serde_json::{Value, json};

use super::human::{render, severity_word};
use super::inputs::{ConfigFinder, Input, collect};
use super::location::{bytes_json, range_json};
use super::{Format, exit};

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    pub format: Format,
    pub locale: Option<Locale>,
    pub deny_warnings: bool,
    pub config: Option<PathBuf>,
    /// Last year's report of the draft: context for the cross-report rules.
    pub previous: Option<PathBuf>,
}

/// A file that was read and parsed.
struct Checked {
    input: usize,
    doc_index: usize,
    config: Option<usize>,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    infos: usize,
    hints: usize,
}

pub fn run(options: CheckOptions) -> u8 {
    let mut inputs = collect(&options.paths);
    // The previous report is read last and only as context.
    let context_from = inputs.len();
    if let Some(previous) = &options.previous {
        inputs.extend(collect(std::slice::from_ref(previous)));
    }
    let mut finder = ConfigFinder::default();
    let explicit = options.config.as_deref().map(|p| finder.explicit(p));
    let config_of: Vec<Option<usize>> = inputs
        .iter()
        .map(|input| explicit.or_else(|| finder.for_file(input.path.as_deref())))
        .collect();
    let default = Config::default();
    let configs: Vec<&Config> = config_of
        .iter()
        .map(|c| {
            c.and_then(|i| finder.loaded[i].config.as_ref().ok())
                .unwrap_or(&default)
        })
        .collect();

    // The text moves into its document: a copy would double the memory of
    // a large input.
    let docs: Vec<Option<Arc<Document>>> = inputs
        .par_iter_mut()
        .zip(configs.par_iter())
        .map(|(input, config)| {
            input
                .content
                .as_mut()
                .ok()
                .map(|(text, _)| Arc::new(Document::parse(std::mem::take(text), config)))
        })
        .collect();
    let inputs = inputs;
    let mut workspace = Workspace::new();
    let mut checked = Vec::new();
    let mut previous_doc = None;
    for (i, doc) in docs.into_iter().enumerate() {
        if let Some(doc) = doc {
            let doc_index = workspace.add(inputs[i].display.clone(), doc);
            if i >= context_from {
                previous_doc = Some(doc_index);
                continue;
            }
            checked.push(Checked {
                input: i,
                doc_index,
                config: config_of[i],
                diagnostics: Vec::new(),
            });
        }
    }
    if let Some(previous) = previous_doc {
        for c in &checked {
            workspace.set_previous(c.doc_index, previous);
        }
    }
    checked.par_iter_mut().for_each(|c| {
        let doc = workspace.document(c.doc_index).map(Arc::clone);
        if doc.is_some_and(|d| d.looks_like_report()) {
            c.diagnostics = workspace.check(c.doc_index, configs[c.input]);
        }
    });

    let locale_of = |config: Option<usize>| {
        options.locale.unwrap_or_else(|| {
            config
                .and_then(|i| finder.loaded[i].config.as_ref().ok())
                .map_or(Locale::default(), Config::locale)
        })
    };
    let mut counts = Counts::default();
    for c in &checked {
        for d in &c.diagnostics {
            match d.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
                Severity::Hint => counts.hints += 1,
            }
        }
    }
    let unreadable = inputs.iter().filter(|i| i.content.is_err()).count();
    let bad_configs = finder.loaded.iter().filter(|c| c.config.is_err()).count();
    let locale = options
        .locale
        .unwrap_or_else(|| locale_of(explicit.or(config_of.first().copied().flatten())));

    match options.format {
        Format::Human => {
            let mut out = String::new();
            for loaded in &finder.loaded {
                if let Err(e) = &loaded.config {
                    eprintln!(
                        "{}[config]: {}: {e}",
                        severity_word(Severity::Error, locale),
                        loaded.path.display()
                    );
                }
            }
            for input in &inputs {
                if let Err(e) = &input.content {
                    eprintln!(
                        "{}[unreadable]: {}: {e}",
                        severity_word(Severity::Error, locale),
                        input.display
                    );
                }
            }
            for c in &checked {
                let Some(doc) = workspace.document(c.doc_index) else {
                    continue;
                };
                let file_locale = locale_of(c.config);
                for d in &c.diagnostics {
                    render(
                        &mut out,
                        &inputs[c.input].display,
                        doc,
                        d,
                        &workspace,
                        file_locale,
                    );
                }
            }
            out.push_str(&summary_line(&counts, checked.len(), unreadable, locale));
            super::emit(&out);
        }
        Format::Json => {
            // The previous report is listed only when it could not be read.
            let files: Vec<Value> = inputs
                .iter()
                .enumerate()
                .filter(|(i, input)| *i < context_from || input.content.is_err())
                .map(|(i, input)| file_json(i, input, &checked, &workspace, &locale_of))
                .collect();
            let configs: Vec<Value> = finder
                .loaded
                .iter()
                .map(|c| json!({"path": c.path.display().to_string(), "error": c.config.as_ref().err()}))
                .collect();
            let value = json!({
                "files": files,
                "configs": configs,
                "summary": {
                    "files": context_from,
                    "checked": checked.len(),
                    "unreadable": unreadable,
                    "errors": counts.errors,
                    "warnings": counts.warnings,
                    "infos": counts.infos,
                    "hints": counts.hints,
                },
            });
            super::emit(&(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"));
        }
    }

    if unreadable > 0 || bad_configs > 0 {
        exit::UNREADABLE
    } else if counts.errors > 0 || (options.deny_warnings && counts.warnings > 0) {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn file_json(
    i: usize,
    input: &Input,
    checked: &[Checked],
    workspace: &Workspace,
    locale_of: &dyn Fn(Option<usize>) -> Locale,
) -> Value {
    let Some(c) = checked.iter().find(|c| c.input == i) else {
        return json!({
            "path": input.display,
            "error": input.content.as_ref().err(),
            "diagnostics": [],
        });
    };
    let Some(doc) = workspace.document(c.doc_index) else {
        return json!({"path": input.display, "diagnostics": []});
    };
    let locale = locale_of(c.config);
    let encoding = input.content.as_ref().map(|(_, e)| e.name()).unwrap_or("");
    let diagnostics: Vec<Value> = c
        .diagnostics
        .iter()
        .map(|d| {
            let related: Vec<Value> = d
                .related
                .iter()
                .filter_map(|r| {
                    let (path, other) = match r.file {
                        Some(f) => (
                            workspace.path(f)?.to_string(),
                            workspace.document(f)?.as_ref(),
                        ),
                        None => (input.display.clone(), doc.as_ref()),
                    };
                    Some(json!({
                        "path": path,
                        "message": related_label(&r.kind, locale),
                        "range": range_json(other, &r.range),
                        "byte_range": bytes_json(&r.range),
                    }))
                })
                .collect();
            json!({
                "code": d.code().name(),
                "severity": d.severity.name(),
                "message": message(&d.finding, locale),
                "range": range_json(doc, &d.range),
                "byte_range": bytes_json(&d.range),
                "related": related,
            })
        })
        .collect();
    json!({"path": input.display, "encoding": encoding, "diagnostics": diagnostics})
}

fn summary_line(counts: &Counts, files: usize, unreadable: usize, locale: Locale) -> String {
    match locale {
        Locale::Zh => {
            let mut s = format!(
                "检查了 {files} 个文件：{} 个错误，{} 个警告，{} 条信息，{} 条提示",
                counts.errors, counts.warnings, counts.infos, counts.hints
            );
            if unreadable > 0 {
                s.push_str(&format!("；{unreadable} 个文件无法读取"));
            }
            s.push('\n');
            s
        }
        Locale::En => {
            let mut s = format!(
                "checked {files} file{}: {} error{}, {} warning{}, {} info, {} hint{}",
                plural(files),
                counts.errors,
                plural(counts.errors),
                counts.warnings,
                plural(counts.warnings),
                counts.infos,
                counts.hints,
                plural(counts.hints)
            );
            if unreadable > 0 {
                s.push_str(&format!("; {unreadable} unreadable"));
            }
            s.push('\n');
            s
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
