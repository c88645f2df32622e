//! `report-ls targets DRAFT [--previous LAST]`: last year's targets, their
//! results in the draft, met or missed, and this year's target for each
//! indicator, on one page.

use std::path::PathBuf;
use std::sync::Arc;

use report_analysis::target_pairs::Outcome;
use report_analysis::targets::Stated;
use report_analysis::{Config, Document, Locale, Workspace};
use serde_json::{Value, json};

use super::inputs::{ConfigFinder, collect};
use super::{emit, exit, words};

/// Output formats of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    Human,
    Json,
    Csv,
}

pub struct TargetsOptions {
    pub draft: PathBuf,
    pub previous: Option<PathBuf>,
    pub format: TableFormat,
    pub locale: Option<Locale>,
    pub config: Option<PathBuf>,
}

/// One line of the table.
struct Row {
    indicator: String,
    last_target: Option<String>,
    last_result: Option<String>,
    outcome: Option<Outcome>,
    this_target: Option<String>,
}

pub fn run(options: TargetsOptions) -> u8 {
    let mut finder = ConfigFinder::default();
    let config_index = match &options.config {
        Some(path) => Some(finder.explicit(path)),
        None => finder.for_file(Some(&options.draft)),
    };
    if let Some((path, problem)) = finder.problems().next() {
        let path = path.display().to_string();
        let locale = super::choose_locale(options.locale, None);
        eprintln!("{}", words::config_problem(&path, problem, locale));
        return exit::UNREADABLE;
    }
    let default = Config::default();
    let config = config_index
        .and_then(|i| finder.loaded[i].config.as_ref().ok())
        .unwrap_or(&default);
    let locale = super::choose_locale(options.locale, config.locale);

    // The draft first; then the named previous report, else the draft's folder.
    let mut paths = vec![options.draft.clone()];
    match &options.previous {
        Some(previous) => paths.push(previous.clone()),
        None => {
            if let Some(folder) = options.draft.parent().filter(|p| !p.as_os_str().is_empty()) {
                paths.push(folder.to_path_buf());
            } else {
                paths.push(PathBuf::from("."));
            }
        }
    }
    let inputs = collect(&paths);
    let mut workspace = Workspace::new();
    let mut draft = None;
    let mut previous = None;
    for (i, input) in inputs.iter().enumerate() {
        let (text, _) = match &input.content {
            Ok(content) => content,
            Err(e) if i < 2 => {
                let why = words::input_error(e, locale);
                let shown = words::input_failed("report-ls targets", &input.display, &why, locale);
                eprintln!("{shown}");
                return exit::UNREADABLE;
            }
            Err(_) => continue,
        };
        // The draft is also found by the folder walk: read it once.
        if i > 0 && draft.is_some() && same_file(input.path.as_ref(), Some(&options.draft)) {
            continue;
        }
        let index = workspace.add(
            input.display.clone(),
            Arc::new(Document::parse(text.clone(), config)),
        );
        if i == 0 {
            draft = Some(index);
        } else if i == 1 && options.previous.is_some() {
            previous = Some(index);
        }
    }
    let Some(draft) = draft else {
        return exit::UNREADABLE;
    };
    if let Some(previous) = previous {
        workspace.set_previous(draft, previous);
    }
    let review = workspace.review(draft);
    let rows = rows(&workspace, draft, review.as_ref());
    let previous_path = review
        .as_ref()
        .and_then(|r| workspace.path(r.previous))
        .map(str::to_string);
    let out = match options.format {
        TableFormat::Human => human(&rows, previous_path.as_deref(), locale),
        TableFormat::Csv => csv(&rows),
        TableFormat::Json => {
            let value = json!({
                "draft": workspace.path(draft),
                "previous": previous_path,
                "year": review.as_ref().and_then(|r| r.year),
                "rows": rows.iter().map(row_json).collect::<Vec<Value>>(),
            });
            serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
        }
    };
    emit(&out);
    exit::OK
}

fn same_file(a: Option<&PathBuf>, b: Option<&PathBuf>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => a == b,
        },
        _ => false,
    }
}

fn rows(
    workspace: &Workspace,
    draft: usize,
    review: Option<&report_analysis::workspace::Review>,
) -> Vec<Row> {
    let text_of = |file: usize, stated: &Stated| {
        workspace
            .summary(file)
            .and_then(|s| s.figure_text(stated.figure))
            .map(str::to_string)
    };
    let this_year: Vec<Stated> = workspace
        .year_figures(draft)
        .map(|y| y.targets.clone())
        .unwrap_or_default();
    let mut rows = Vec::new();
    let mut used = vec![false; this_year.len()];
    if let Some(review) = review {
        for pair in &review.pairs {
            let next = this_year.iter().position(|t| t.same_measure(&pair.target));
            if let Some(n) = next {
                used[n] = true;
            }
            rows.push(Row {
                indicator: pair.target.indicator.clone(),
                last_target: text_of(review.previous, &pair.target),
                last_result: pair.result.as_ref().and_then(|r| text_of(draft, r)),
                outcome: pair.outcome,
                this_target: next.and_then(|n| text_of(draft, &this_year[n])),
            });
        }
    }
    for (target, used) in this_year.iter().zip(used) {
        if !used {
            rows.push(Row {
                indicator: target.indicator.clone(),
                last_target: None,
                last_result: None,
                outcome: None,
                this_target: text_of(draft, target),
            });
        }
    }
    rows
}

fn outcome_words(outcome: Option<Outcome>, locale: Locale) -> &'static str {
    match (outcome, locale) {
        (Some(Outcome::Met), Locale::Zh) => "✓ 完成",
        (Some(Outcome::WithinTolerance), Locale::Zh) => "≈ 在允许范围内",
        (Some(Outcome::Missed), Locale::Zh) => "✗ 未完成",
        (Some(Outcome::Met), Locale::En) => "✓ met",
        (Some(Outcome::WithinTolerance), Locale::En) => "≈ within tolerance",
        (Some(Outcome::Missed), Locale::En) => "✗ missed",
        (None, _) => "",
    }
}

fn human(rows: &[Row], previous: Option<&str>, locale: Locale) -> String {
    let headers: [&str; 5] = match locale {
        Locale::Zh => ["指标", "上年目标", "上年实际", "完成情况", "今年目标"],
        Locale::En => [
            "indicator",
            "last year's target",
            "last year's result",
            "met",
            "this year's target",
        ],
    };
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            [
                r.indicator.clone(),
                r.last_target.clone().unwrap_or_else(|| "—".into()),
                r.last_result.clone().unwrap_or_else(|| "—".into()),
                outcome_words(r.outcome, locale).to_string(),
                r.this_target.clone().unwrap_or_else(|| "—".into()),
            ]
        })
        .collect();
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let mut widths = headers.map(width);
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |row: [&str; 5]| {
        let mut s = String::new();
        for (i, cell) in row.iter().enumerate() {
            s.push_str(cell);
            if i + 1 < row.len() {
                s.push_str(&" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = match (previous, locale) {
        (Some(p), Locale::Zh) => format!("上年报告：{p}\n\n"),
        (Some(p), Locale::En) => format!("previous report: {p}\n\n"),
        (None, Locale::Zh) => "没有找到上年报告（可用 --previous 指定）\n\n".into(),
        (None, Locale::En) => "no previous report found (name it with --previous)\n\n".into(),
    };
    out.push_str(&line(headers));
    for row in &cells {
        out.push_str(&line([&row[0], &row[1], &row[2], &row[3], &row[4]]));
    }
    out
}

fn csv(rows: &[Row]) -> String {
    let field = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = String::from("indicator,last_target,last_result,outcome,this_target\n");
    for r in rows {
        let cells = [
            field(&r.indicator),
            field(r.last_target.as_deref().unwrap_or("")),
            field(r.last_result.as_deref().unwrap_or("")),
            r.outcome.map_or("", Outcome::name).to_string(),
            field(r.this_target.as_deref().unwrap_or("")),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn row_json(r: &Row) -> Value {
    json!({
        "indicator": r.indicator,
        "last_target": r.last_target,
        "last_result": r.last_result,
        "outcome": r.outcome.map(Outcome::name),
        "this_target": r.this_target,
    })
}
