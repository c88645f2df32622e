//! `--format github`: GitHub Actions workflow commands, one per finding,
//! which the runner shows as annotations on the pull request.

use std::fmt::Write;

use report_analysis::Severity;
use report_analysis::messages::message;

use super::shown::{Place, Shown};

pub fn render(files: &[Shown]) -> String {
    let mut out = String::new();
    for file in files {
        for d in file.diagnostics {
            let place = Place::new(file.path, file.doc, &d.range);
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info | Severity::Hint => "notice",
            };
            let _ = writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&place.path),
                place.start.0,
                place.start.1,
                place.end.0,
                place.end.1,
                property(&format!("report-ls {}", d.code().name())),
                data(&message(&d.finding, file.locale)),
            );
        }
    }
    out
}

/// Escapes a message as the runner's parser expects.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value, where `:` and `,` are separators too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(data("50%\na"), "50%25%0Aa");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
