//! Which findings to report: `--select`, `--ignore` and `--min-severity`.

use report_analysis::{Code, Diagnostic, Severity};

/// The codes and severities the user asked to see.
#[derive(Default)]
pub struct Filter {
    select: Option<Vec<Code>>,
    ignore: Vec<Code>,
    min_severity: Option<Severity>,
}

impl Filter {
    /// Each entry is a code (`note-missing`) or the group before a dash
    /// (`note` for every `note-…` rule). An entry naming no rule is an error,
    /// so a typo never silently selects nothing.
    pub fn new(
        select: &[String],
        ignore: &[String],
        min_severity: Option<Severity>,
    ) -> Result<Filter, String> {
        Ok(Filter {
            select: if select.is_empty() {
                None
            } else {
                Some(codes(select)?)
            },
            ignore: codes(ignore)?,
            min_severity,
        })
    }

    pub fn keeps(&self, diagnostic: &Diagnostic) -> bool {
        let code = diagnostic.code();
        self.select.as_ref().is_none_or(|s| s.contains(&code))
            && !self.ignore.contains(&code)
            && self.min_severity.is_none_or(|m| diagnostic.severity <= m)
    }
}

fn codes(entries: &[String]) -> Result<Vec<Code>, String> {
    let mut out = Vec::new();
    for entry in entries.iter().map(|e| e.trim()).filter(|e| !e.is_empty()) {
        let matching: Vec<Code> = Code::ALL
            .iter()
            .copied()
            .filter(|c| {
                c.name() == entry
                    || c.name()
                        .strip_prefix(entry)
                        .is_some_and(|rest| rest.starts_with('-'))
            })
            .collect();
        if matching.is_empty() {
            return Err(entry.to_string());
        }
        out.extend(matching);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_unknown_codes() {
        let all = codes(&["note".into()]).expect("group");
        assert!(all.contains(&Code::NoteMissing) && all.contains(&Code::NoteUnused));
        assert!(!all.contains(&Code::NotesSectionMissing));
        assert_eq!(
            codes(&["unpaired-quote".into()]),
            Ok(vec![Code::UnpairedQuote])
        );
        assert_eq!(codes(&["not".into()]), Err("not".into()));
    }
}
