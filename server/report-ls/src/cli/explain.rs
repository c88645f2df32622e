//! `report-ls explain [CODE]`: what a rule checks, why, an example, how to
//! silence it; without a code, the list of rules.

use report_analysis::messages::{code_title, explain};
use report_analysis::{Code, Locale};

use super::exit;

pub fn run(code: Option<String>, locale: Locale) -> u8 {
    let Some(name) = code else {
        let mut out = String::new();
        for &code in Code::ALL {
            let status = if code.is_implemented() { "" } else { " *" };
            out.push_str(&format!(
                "{:<24} {:<8} {}{}\n",
                code.name(),
                code.default_severity().name(),
                code_title(code, locale),
                status
            ));
        }
        // The footnote only while some rule is reserved.
        let note = match locale {
            Locale::Zh => "* 本版本尚未实现。",
            Locale::En => "* not checked by this version yet.",
        };
        let more = match locale {
            Locale::Zh => "`report-ls explain 规则名` 查看详细说明。",
            Locale::En => "`report-ls explain CODE` for details.",
        };
        if Code::ALL.iter().all(|c| c.is_implemented()) {
            out.push_str(&format!("\n{more}\n"));
        } else {
            out.push_str(&format!("\n{note}{more}\n"));
        }
        super::emit(&out);
        return exit::OK;
    };
    match Code::from_name(name.trim()) {
        Some(code) => {
            super::emit(&explain(code, locale));
            exit::OK
        }
        None => {
            eprintln!(
                "report-ls explain: unknown rule `{name}`; run `report-ls explain` for the list"
            );
            exit::UNREADABLE
        }
    }
}
