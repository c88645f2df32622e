//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards. Rules carry
//! their `explain` text as help; regions are in the file's own lines, with
//! columns in Unicode scalar values (`columnKind`).

use report_analysis::messages::{code_title, explain, message};
use report_analysis::{Code, Locale, Severity, Workspace};
use serde_json::{Value, json};

use super::shown::{Place, Shown, related};

/// A file that was not checked, for the run's notifications.
pub struct Notice {
    pub path: String,
    pub error: bool,
    pub text: String,
}

pub fn render(
    files: &[Shown],
    notices: &[Notice],
    workspace: &Workspace,
    locale: Locale,
) -> String {
    let rules: Vec<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| c.is_implemented())
        .collect();
    let rule_json: Vec<Value> = rules
        .iter()
        .map(|&code| {
            json!({
                "id": code.name(),
                "shortDescription": {"text": code_title(code, locale)},
                "help": {"text": explain(code, locale)},
                "defaultConfiguration": {"level": level(code.default_severity())},
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in files {
        for d in file.diagnostics {
            let mut result = json!({
                "ruleId": d.code().name(),
                "level": level(d.severity),
                "message": {"text": message(&d.finding, file.locale)},
                "locations": [location(&Place::new(file.path, file.doc, &d.range))],
            });
            if let Some(index) = rules.iter().position(|&c| c == d.code()) {
                result["ruleIndex"] = json!(index);
            }
            let related: Vec<Value> = related(file, d, workspace)
                .into_iter()
                .enumerate()
                .map(|(id, (place, label))| {
                    let mut l = location(&place);
                    l["id"] = json!(id);
                    l["message"] = json!({"text": label});
                    l
                })
                .collect();
            if !related.is_empty() {
                result["relatedLocations"] = json!(related);
            }
            results.push(result);
        }
    }
    let notifications: Vec<Value> = notices
        .iter()
        .map(|n| {
            json!({
                "level": if n.error { "error" } else { "note" },
                "message": {"text": n.text},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&n.path)}}}],
            })
        })
        .collect();
    let value = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "report-ls",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_json,
            }},
            "invocations": [{
                "executionSuccessful": !notices.iter().any(|n| n.error),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info | Severity::Hint => "note",
    }
}

fn location(place: &Place) -> Value {
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(&place.path)},
            "region": {
                "startLine": place.start.0,
                "startColumn": place.start.1,
                "endLine": place.end.0,
                "endColumn": place.end.1,
            },
        },
    })
}

/// A path as a relative URI reference: `/` separators, everything but
/// unreserved characters percent-encoded (Chinese file names included).
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("a b/报.txt"), "a%20b/%E6%8A%A5.txt");
        assert_eq!(uri("dir\\x.txt"), "dir/x.txt");
    }
}
