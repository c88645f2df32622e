//! Colour in human output: `--color auto|always|never`, where `auto` colours
//! only a terminal and honours `NO_COLOR` (https://no-color.org).

use std::io::IsTerminal;

use report_analysis::Severity;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// ANSI styling, or none.
#[derive(Clone, Copy, Default)]
pub struct Style {
    on: bool,
}

impl Style {
    /// `to_stdout`: the output goes to standard output (not `--output-file`).
    pub fn choose(choice: ColorChoice, to_stdout: bool) -> Style {
        let on = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                to_stdout
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Style { on }
    }

    fn paint(self, codes: &str, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("\x1b[{codes}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// The severity word and code, and the carets: red, yellow, blue, cyan.
    pub fn severity(self, severity: Severity, text: &str) -> String {
        let codes = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;34",
            Severity::Hint => "1;36",
        };
        self.paint(codes, text)
    }

    /// The message.
    pub fn strong(self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Arrows and gutters.
    pub fn frame(self, text: &str) -> String {
        self.paint("1;34", text)
    }
}
