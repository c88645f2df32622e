//! `report-ls explain [CODE]`: what a rule checks, why, an example, how to
//! silence it; without a code, the list of rules; with a part of a code
//! (`note`, `quote`), the rules it is part of; with a typo, the closest.

use report_analysis::config::closest;
use report_analysis::messages::{code_title, explain};
use report_analysis::{Code, Locale};

use super::{exit, words};

pub fn run(code: Option<String>, locale: Locale) -> u8 {
    let Some(name) = code else {
        let mut out = table(Code::ALL.iter().copied(), locale);
        // The footnote only while some rule is reserved.
        let note = match locale {
            Locale::Zh => "* 本版本尚未实现。",
            Locale::En => "* not checked by this version yet.",
        };
        let more = more(locale);
        if Code::ALL.iter().all(|c| c.is_implemented()) {
            out.push_str(&format!("\n{more}\n"));
        } else {
            out.push_str(&format!("\n{note}{more}\n"));
        }
        super::emit(&out);
        return exit::OK;
    };
    let name = name.trim().to_ascii_lowercase();
    if let Some(code) = Code::from_name(&name) {
        super::emit(&explain(code, locale));
        return exit::OK;
    }
    let part_of: Vec<Code> = Code::ALL
        .iter()
        .copied()
        .filter(|c| is_part(&name, c.name()))
        .collect();
    if !part_of.is_empty() {
        let mut out = table(part_of.into_iter(), locale);
        out.push_str(&format!("\n{}\n", more(locale)));
        super::emit(&out);
        return exit::OK;
    }
    let suggestions: Vec<&str> = closest(&name, Code::ALL.iter().map(|c| c.name()))
        .into_iter()
        .collect();
    eprintln!("{}", words::explain_unknown(&name, &suggestions, locale));
    exit::UNREADABLE
}

/// Whether `part` is a whole dash-separated piece (or pieces) of `code`,
/// or its beginning: `note` and `note-un` of `note-unused`, `quote` of
/// `unpaired-quote`.
fn is_part(part: &str, code: &str) -> bool {
    if part.is_empty() {
        return false;
    }
    if code.starts_with(part) && (part.contains('-') || code[part.len()..].starts_with('-')) {
        return true;
    }
    let padded = format!("-{code}-");
    padded.contains(&format!("-{part}-"))
}

fn table(codes: impl Iterator<Item = Code>, locale: Locale) -> String {
    let mut out = String::new();
    for code in codes {
        let status = if code.is_implemented() { "" } else { " *" };
        out.push_str(&format!(
            "{:<24} {:<8} {}{}\n",
            code.name(),
            code.default_severity().name(),
            code_title(code, locale),
            status
        ));
    }
    out
}

fn more(locale: Locale) -> &'static str {
    match locale {
        Locale::Zh => "`report-ls explain 规则名` 查看详细说明。",
        Locale::En => "`report-ls explain CODE` for details.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_of_codes() {
        assert!(is_part("note", "note-unused"));
        assert!(is_part("note-un", "note-unused"));
        assert!(is_part("quote", "unpaired-quote"));
        assert!(!is_part("note", "notes-section-missing"));
        assert!(!is_part("no", "note-unused"));
        assert!(!is_part("ote", "note-unused"));
    }
}
