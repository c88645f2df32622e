//! `--format rdjson`: reviewdog's diagnostic format
//! (`reviewdog -f=rdjson`). Its columns count UTF-8 bytes.

use report_analysis::Severity;
use report_analysis::messages::message;
use serde_json::{Value, json};

use super::shown::{Place, Shown};

pub fn render(files: &[Shown]) -> String {
    let diagnostics: Vec<Value> = files
        .iter()
        .flat_map(|file| {
            file.diagnostics.iter().map(move |d| {
                let place = Place::new(file.path, file.doc, &d.range);
                json!({
                    "message": message(&d.finding, file.locale),
                    "location": {
                        "path": place.path,
                        "range": {
                            "start": {"line": place.start.0, "column": place.start_byte_column},
                            "end": {"line": place.end.0, "column": place.end_byte_column},
                        },
                    },
                    "severity": match d.severity {
                        Severity::Error => "ERROR",
                        Severity::Warning => "WARNING",
                        Severity::Info | Severity::Hint => "INFO",
                    },
                    "code": {"value": d.code().name()},
                })
            })
        })
        .collect();
    let value = json!({
        "source": {"name": "report-ls"},
        "diagnostics": diagnostics,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}
