//! `report-ls check`: lint files and folders; keep the findings asked for
//! (`--select`, `--ignore`, `--min-severity`, `--baseline`); print them as
//! text, JSON, GitHub workflow commands, SARIF or reviewdog's rdjson.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use report_analysis::messages::{message, related_label};
use report_analysis::{Config, Diagnostic, Document, Locale, Severity, Workspace};
use serde_json::{Value, json};

use super::baseline::{self, Baseline, Key};
use super::filter::Filter;
use super::human::{render, severity_word};
use super::inputs::{ConfigFinder, Input, InputError, collect_named};
use super::location::{bytes_json, positions, range_json, range_json_in};
use super::shown::Shown;
use super::style::{ColorChoice, Style};
use super::{exit, github, rdjson, sarif, words};

/// `check`'s output formats: those of `inspect`, and the ones CI reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// reviewdog's diagnostic JSON.
    Rdjson,
}

pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    pub format: Format,
    pub locale: Option<Locale>,
    pub deny_warnings: bool,
    pub config: Option<PathBuf>,
    /// Last year's report of the draft: context for the cross-report rules.
    pub previous: Option<PathBuf>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub min_severity: Option<Severity>,
    /// Exit with 1 when there are more warnings than this.
    pub max_warnings: Option<usize>,
    /// A count per code instead of each finding.
    pub statistics: bool,
    /// Only the findings: no summary, no skipped files.
    pub quiet: bool,
    pub output_file: Option<PathBuf>,
    /// The name standard input goes by: shown, and where its configuration is looked up.
    pub stdin_filename: Option<PathBuf>,
    pub color: ColorChoice,
    pub baseline: Option<PathBuf>,
    pub write_baseline: Option<PathBuf>,
    /// Check texts that do not look like reports (a chapter drafted alone).
    pub assume_report: bool,
}

/// A file that was read and parsed.
struct Checked {
    input: usize,
    doc_index: usize,
    config: Option<usize>,
    diagnostics: Vec<Diagnostic>,
    /// Not checked: the text does not look like a report.
    skipped: bool,
    /// The check panicked (a bug): its message, reported as the file's error.
    failed: Option<String>,
}

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    infos: usize,
    hints: usize,
}

pub fn run(options: CheckOptions) -> u8 {
    let early_locale = options
        .locale
        .or_else(super::env_locale)
        .unwrap_or_default();
    let filter = match Filter::new(&options.select, &options.ignore, options.min_severity) {
        Ok(filter) => filter,
        Err(entry) => {
            let flag = if options.select.iter().any(|s| s.contains(entry.as_str())) {
                "--select"
            } else {
                "--ignore"
            };
            eprintln!("{}", words::unknown_code(flag, &entry, early_locale));
            return exit::UNREADABLE;
        }
    };
    if options.statistics && !matches!(options.format, Format::Human | Format::Json) {
        eprintln!("{}", words::statistics_needs_text(early_locale));
        return exit::UNREADABLE;
    }
    let mut baseline = match &options.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(b) => Some(b),
            Err(e) => {
                let path = path.display().to_string();
                let why = words::baseline_error(&e, early_locale);
                eprintln!("{}", words::baseline_unreadable(&path, &why, early_locale));
                return exit::UNREADABLE;
            }
        },
        None => None,
    };
    let mut finder = ConfigFinder::default();
    let explicit = options.config.as_deref().map(|p| finder.explicit(p));
    let mut inputs = collect_named(
        &options.paths,
        options.stdin_filename.as_deref(),
        &mut finder,
        explicit,
    );
    // The previous report is read last and only as context.
    let context_from = inputs.len();
    if let Some(previous) = &options.previous {
        inputs.extend(collect_named(
            std::slice::from_ref(previous),
            None,
            &mut finder,
            explicit,
        ));
    }
    let config_of: Vec<Option<usize>> = inputs
        .iter()
        .map(|input| explicit.or_else(|| finder.for_file(input.path.as_deref())))
        .collect();
    // A configuration that cannot be used stops the run: checking with the
    // defaults instead would report what the user turned off, or miss what
    // they turned on.
    let mut broken = false;
    for (path, problem) in finder.problems() {
        let path = path.display().to_string();
        eprintln!("{}", words::config_problem(&path, problem, early_locale));
        broken = true;
    }
    if broken {
        return exit::UNREADABLE;
    }
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
    // A panic on one text (a bug) costs that file only: it is reported as
    // the file's error and the others are still checked.
    let docs: Vec<Option<Arc<Document>>> = inputs
        .par_iter_mut()
        .zip(configs.par_iter())
        .map(|(input, config)| {
            let (text, _) = input.content.as_mut().ok()?;
            let text = std::mem::take(text);
            match guarded(|| Document::parse(text, config)) {
                Ok(doc) => Some(Arc::new(doc)),
                Err(why) => {
                    input.content = Err(InputError::Internal(why));
                    None
                }
            }
        })
        .collect();
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
                skipped: false,
                failed: None,
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
        if options.assume_report || doc.is_some_and(|d| d.looks_like_report()) {
            match guarded(|| workspace.check(c.doc_index, configs[c.input])) {
                Ok(diagnostics) => c.diagnostics = diagnostics,
                Err(why) => c.failed = Some(why),
            }
            c.diagnostics.retain(|d| filter.keeps(d));
        } else {
            c.skipped = true;
        }
    });
    checked.retain(|c| match &c.failed {
        Some(why) => {
            inputs[c.input].content = Err(InputError::Internal(why.clone()));
            false
        }
        None => true,
    });
    let inputs = inputs;

    let key_of = |c: &Checked, d: &Diagnostic| {
        let text = workspace
            .document(c.doc_index)
            .filter(|doc| doc.text.get(d.range.clone()).is_some())
            .map(|doc| doc.source_text(d.range.clone()))
            .unwrap_or_default();
        Key::new(&inputs[c.input].display, d.code().name(), &text)
    };
    if let Some(path) = &options.write_baseline {
        let keys = checked
            .iter()
            .flat_map(|c| c.diagnostics.iter().map(move |d| key_of(c, d)))
            .collect();
        let shown = path.display().to_string();
        return match baseline::write(path, keys) {
            Ok(n) => {
                eprintln!("{}", words::baseline_written(n, &shown, early_locale));
                exit::OK
            }
            Err(e) => {
                let why = words::baseline_error(&e, early_locale);
                eprintln!("{}", words::cannot_write(&shown, &why, early_locale));
                exit::UNREADABLE
            }
        };
    }
    if let Some(baseline) = baseline.as_mut() {
        for c in &mut checked {
            let diagnostics = std::mem::take(&mut c.diagnostics);
            c.diagnostics = diagnostics
                .into_iter()
                .filter(|d| !baseline.absorbs(&key_of(c, d)))
                .collect();
        }
    }

    // --lang, then the configuration's `locale`, then the environment.
    let locale_of = |config: Option<usize>| {
        options.locale.unwrap_or_else(|| {
            config
                .and_then(|i| finder.loaded[i].config.as_ref().ok())
                .and_then(|c| c.locale)
                .or_else(super::env_locale)
                .unwrap_or_default()
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
    let locale = options
        .locale
        .unwrap_or_else(|| locale_of(explicit.or(config_of.first().copied().flatten())));

    let skipped = checked.iter().filter(|c| c.skipped).count();
    let shown: Vec<Shown> = checked
        .iter()
        .filter_map(|c| {
            Some(Shown {
                path: &inputs[c.input].display,
                doc: workspace.document(c.doc_index)?.as_ref(),
                diagnostics: &c.diagnostics,
                locale: locale_of(c.config),
            })
        })
        .collect();
    let mut statistics: BTreeMap<&'static str, usize> = BTreeMap::new();
    for c in &checked {
        for d in &c.diagnostics {
            *statistics.entry(d.code().name()).or_insert(0) += 1;
        }
    }

    let out = match options.format {
        Format::Human => {
            let mut out = String::new();
            for input in &inputs {
                if let Err(e) = &input.content {
                    eprintln!(
                        "{}[unreadable]: {}: {}",
                        severity_word(Severity::Error, locale),
                        input.display,
                        words::input_error(e, locale)
                    );
                }
            }
            let style = Style::choose(options.color, options.output_file.is_none());
            if options.statistics {
                out.push_str(&statistics_lines(&statistics, locale));
            } else {
                for file in &shown {
                    let mut placed = positions(file.doc);
                    for d in file.diagnostics {
                        render(
                            &mut out,
                            file.path,
                            file.doc,
                            &mut placed,
                            d,
                            &workspace,
                            file.locale,
                            style,
                        );
                    }
                }
            }
            if !options.quiet {
                for c in checked.iter().filter(|c| c.skipped) {
                    out.push_str(&words::skipped(&inputs[c.input].display, locale));
                    out.push('\n');
                }
                out.push_str(&summary_line(
                    &counts,
                    checked.len() - skipped,
                    unreadable,
                    skipped,
                    locale,
                ));
            }
            out
        }
        Format::Json => {
            // The previous report is listed only when it could not be read.
            let files: Vec<Value> = inputs
                .iter()
                .enumerate()
                .filter(|(i, input)| *i < context_from || input.content.is_err())
                .map(|(i, input)| {
                    file_json(i, input, &checked, &workspace, &locale_of, config_of[i])
                })
                .collect();
            // Every configuration here was usable (a broken one stops the
            // run); `error` stays for readers of the format.
            let configs: Vec<Value> = finder
                .loaded
                .iter()
                .map(|c| json!({"path": c.path.display().to_string(), "error": null}))
                .collect();
            let mut value = json!({
                "files": files,
                "configs": configs,
                "summary": {
                    "files": context_from,
                    "checked": checked.len() - skipped,
                    "skipped": skipped,
                    "unreadable": unreadable,
                    "errors": counts.errors,
                    "warnings": counts.warnings,
                    "infos": counts.infos,
                    "hints": counts.hints,
                },
            });
            if options.statistics {
                value["statistics"] = json!(statistics);
            }
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
        Format::Github => github::render(&shown),
        Format::Rdjson => rdjson::render(&shown),
        Format::Sarif => {
            let mut notices: Vec<sarif::Notice> = inputs
                .iter()
                .filter_map(|input| {
                    Some(sarif::Notice {
                        path: input.display.clone(),
                        error: true,
                        text: words::input_error(input.content.as_ref().err()?, locale),
                    })
                })
                .collect();
            notices.extend(checked.iter().filter(|c| c.skipped).map(|c| sarif::Notice {
                path: inputs[c.input].display.clone(),
                error: false,
                text: words::skipped(&inputs[c.input].display, locale),
            }));
            sarif::render(&shown, &notices, &workspace, locale)
        }
    };
    match &options.output_file {
        Some(path) => {
            if let Err(e) = std::fs::write(path, out) {
                let path = path.display().to_string();
                eprintln!(
                    "{}",
                    words::cannot_write(&path, &words::io_error(&e, locale), locale)
                );
                return exit::UNREADABLE;
            }
        }
        None => super::emit(&out),
    }

    let too_many_warnings = options.max_warnings.is_some_and(|n| counts.warnings > n);
    if unreadable > 0 {
        exit::UNREADABLE
    } else if counts.errors > 0
        || (options.deny_warnings && counts.warnings > 0)
        || too_many_warnings
    {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

/// `--statistics`: how many findings of each code, the most frequent first.
fn statistics_lines(statistics: &BTreeMap<&'static str, usize>, locale: Locale) -> String {
    let mut rows: Vec<(&str, usize)> = statistics.iter().map(|(c, n)| (*c, *n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (code, n) in rows {
        let title = report_analysis::Code::from_name(code)
            .map(|c| report_analysis::messages::code_title(c, locale))
            .unwrap_or_default();
        out.push_str(&format!("{n:>6}  {code:<24} {title}\n"));
    }
    out
}

/// Runs `f`, turning a panic into its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| super::panic_message(&*p))
}

fn file_json(
    i: usize,
    input: &Input,
    checked: &[Checked],
    workspace: &Workspace,
    locale_of: &dyn Fn(Option<usize>) -> Locale,
    config: Option<usize>,
) -> Value {
    let Some(c) = checked.iter().find(|c| c.input == i) else {
        return json!({
            "path": input.display,
            "error": input.content.as_ref().err().map(|e| words::input_error(e, locale_of(config))),
            "diagnostics": [],
        });
    };
    let Some(doc) = workspace.document(c.doc_index) else {
        return json!({"path": input.display, "diagnostics": []});
    };
    let locale = locale_of(c.config);
    let encoding = input.content.as_ref().map(|(_, e)| e.name()).unwrap_or("");
    let mut placed = positions(doc);
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
                        "byte_range": bytes_json(&other.source_range(&r.range)),
                    }))
                })
                .collect();
            json!({
                "code": d.code().name(),
                "severity": d.severity.name(),
                "message": message(&d.finding, locale),
                "range": range_json_in(&mut placed, &d.range),
                "byte_range": bytes_json(&doc.source_range(&d.range)),
                "related": related,
            })
        })
        .collect();
    json!({
        "path": input.display,
        "encoding": encoding,
        "skipped": c.skipped.then_some("not-a-report"),
        "diagnostics": diagnostics,
    })
}

fn summary_line(
    counts: &Counts,
    files: usize,
    unreadable: usize,
    skipped: usize,
    locale: Locale,
) -> String {
    match locale {
        Locale::Zh => {
            let mut s = format!(
                "检查了 {files} 个文件：{} 个错误，{} 个警告，{} 条信息，{} 条提示",
                counts.errors, counts.warnings, counts.infos, counts.hints
            );
            if unreadable > 0 {
                s.push_str(&format!("；{unreadable} 个文件无法读取"));
            }
            if skipped > 0 {
                s.push_str(&format!("；跳过 {skipped} 个不像报告的文件"));
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
            if skipped > 0 {
                s.push_str(&format!("; {skipped} skipped (not a report)"));
            }
            s.push('\n');
            s
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_file_s_error_in_both_languages() {
        let quiet = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let figure = String::from("10亿元");
        let slice = guarded(|| figure[..3].len());
        let formatted = guarded(|| -> usize { panic!("at byte {}", 3) });
        std::panic::set_hook(quiet);
        let why = slice.expect_err("a slice inside a character panics");
        assert!(why.contains("char boundary"), "{why}");
        assert_eq!(formatted, Err("at byte 3".to_owned()));
        assert_eq!(guarded(|| 7), Ok(7));
        let error = InputError::Internal(why);
        assert!(words::input_error(&error, Locale::En).contains("a bug in report-ls"));
        assert!(words::input_error(&error, Locale::Zh).contains("缺陷"));
    }
}
