//! The command line: check, inspect, explain, targets, fix.

mod baseline;
pub mod check;
pub mod explain;
mod filter;
pub mod fix;
mod github;
mod human;
pub mod inputs;
pub mod inspect;
mod location;
mod rdjson;
mod sarif;
mod shown;
pub mod style;
pub mod targets;
pub(crate) mod words;

/// Writes to standard output. A closed pipe (`report-ls check … | head`)
/// ends the program quietly instead of panicking as `print!` would.
/// Writes a value as pretty JSON to stdout as it is serialized, with the
/// same handling of a closed pipe as [`emit`].
pub fn emit_json(value: &impl serde::Serialize) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, value)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!(
            "{}",
            words::cannot_write_output(&e, choose_locale(None, None))
        );
        std::process::exit(i32::from(exit::UNREADABLE));
    }
}

pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!(
            "{}",
            words::cannot_write_output(&e, choose_locale(None, None))
        );
        std::process::exit(i32::from(exit::UNREADABLE));
    }
}

/// The user's language from the environment (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`, the first one set), used when neither `--lang` nor the
/// configuration chooses one.
pub fn env_locale() -> Option<report_analysis::Locale> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| report_analysis::Locale::from_tag(&value))
}

/// The language of the CLI's words: `--lang`, then the configuration's
/// `locale`, then the environment, then Chinese.
pub fn choose_locale(
    lang: Option<report_analysis::Locale>,
    config: Option<report_analysis::Locale>,
) -> report_analysis::Locale {
    lang.or(config).or_else(env_locale).unwrap_or_default()
}

/// The `locale` of the configuration that applies in the current folder,
/// for commands that read no file (`explain`).
pub fn locale_here() -> Option<report_analysis::Locale> {
    let mut finder = inputs::ConfigFinder::default();
    let index = finder.for_file(None)?;
    finder.loaded[index].config.as_ref().ok()?.locale
}

/// A command line that does not parse: in Chinese when the language asked
/// for (`--lang`, the configuration here, the environment) is Chinese and
/// the error is one of ours to word; else clap's own words. Returns the exit
/// code (help and version are not errors).
pub fn usage_error(error: &clap::Error, args: &[std::ffi::OsString]) -> u8 {
    let code = if error.use_stderr() {
        exit::UNREADABLE
    } else {
        exit::OK
    };
    let asked = args.windows(2).find_map(|w| {
        (w[0] == "--lang").then(|| report_analysis::Locale::from_tag(&w[1].to_string_lossy()))?
    });
    let asked = asked.or_else(|| {
        args.iter().find_map(|a| {
            let tag = a.to_str()?.strip_prefix("--lang=")?;
            report_analysis::Locale::from_tag(tag)
        })
    });
    const SUBCOMMANDS: [&str; 6] = ["check", "targets", "inspect", "fix", "explain", "serve"];
    let subcommand = args
        .get(1)
        .and_then(|a| a.to_str())
        .filter(|a| SUBCOMMANDS.contains(a));
    let locale = asked
        .or_else(locale_here)
        .or_else(env_locale)
        .unwrap_or_default();
    match (error.use_stderr(), locale) {
        (true, report_analysis::Locale::Zh) => match words::usage_error_zh(error, subcommand) {
            Some(message) => eprint!("{message}"),
            None => {
                let _ = error.print();
            }
        },
        _ => {
            let _ = error.print();
        }
    }
    code
}

/// What `report-ls` run bare on a terminal says.
pub fn bare_terminal(locale: report_analysis::Locale) -> String {
    words::bare_terminal(env!("CARGO_PKG_VERSION"), locale)
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

/// Exit codes, as README documents them.
pub mod exit {
    /// No errors (and no warnings under `--deny warnings`).
    pub const OK: u8 = 0;
    /// Errors found (or warnings under `--deny warnings`).
    pub const FINDINGS: u8 = 1;
    /// Usage error, or a file or configuration could not be read.
    pub const UNREADABLE: u8 = 2;
}

/// What a caught panic says (its `&str` or `String` payload).
pub(crate) fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_owned())
}
