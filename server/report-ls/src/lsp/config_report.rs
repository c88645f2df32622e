//! Telling the user about configurations that cannot be used: a message
//! for each new problem, and a diagnostic on each `.report-ls.toml` at
//! fault, cleared once the file is fixed.

use std::path::PathBuf;

use report_analysis::Locale;
use report_analysis::messages::config_error;
use report_analysis::text::LineIndex;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticSeverity, MessageType, Position, Range, Uri,
};

use super::state::State;

/// Shows what changed since the last call; does nothing when the problems
/// are those already shown, so it can be called after every check.
pub async fn report(state: &State) {
    let (problems, told, diagnosed, locale) = {
        let settings = state.settings();
        (
            settings.problems(),
            settings.told.clone(),
            settings.diagnosed.clone(),
            settings.base_locale(),
        )
    };
    if problems == told {
        return;
    }
    {
        let mut settings = state.settings_mut();
        settings.told = problems.clone();
        settings.diagnosed = problems.iter().filter_map(|p| p.file.clone()).collect();
    }
    for problem in problems.iter().filter(|p| !told.contains(p)) {
        let what = config_error(&problem.error, locale);
        let place = problem
            .file
            .as_ref()
            .map_or_else(|| "reportLs".to_string(), |f| f.display().to_string());
        let shown = match locale {
            Locale::Zh => format!("report-ls：配置未生效，沿用上一次可用的配置：{place}：{what}"),
            Locale::En => {
                format!(
                    "report-ls: configuration not applied, the last good one kept: {place}: {what}"
                )
            }
        };
        state.client.show_message(MessageType::ERROR, shown).await;
    }
    let faulty: Vec<&PathBuf> = problems.iter().filter_map(|p| p.file.as_ref()).collect();
    for problem in &problems {
        let Some(path) = &problem.file else { continue };
        let Some(uri) = Uri::from_file_path(path) else {
            continue;
        };
        // Only a regular file is read (never a FIFO that could block).
        let text = if path.is_file() {
            std::fs::read_to_string(path).unwrap_or_default()
        } else {
            String::new()
        };
        let index = LineIndex::new(&text);
        let encoding = state.encoding();
        let span = problem.error.range.clone().unwrap_or(0..0);
        let at = |o: usize| {
            let p = index.position(&text, o.min(text.len()), encoding);
            Position::new(p.line, p.column)
        };
        let diagnostic = Diagnostic {
            range: Range::new(at(span.start), at(span.end)),
            severity: Some(DiagnosticSeverity::ERROR),
            source: Some("report-ls".into()),
            message: config_error(&problem.error, locale),
            ..Diagnostic::default()
        };
        state
            .client
            .publish_diagnostics(uri, vec![diagnostic], None)
            .await;
    }
    for fixed in diagnosed.iter().filter(|f| !faulty.contains(f)) {
        if let Some(uri) = Uri::from_file_path(fixed) {
            state
                .client
                .publish_diagnostics(uri, Vec::new(), None)
                .await;
        }
    }
}
