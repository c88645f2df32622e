//! `report-ls`: language server (no subcommand, or `serve`) and linter
//! (`check`, `inspect`, `explain`, `fix`) for Chinese government work reports.

mod cli;
mod docx;
mod docx_numbering;
mod globs;
mod lsp;
mod read;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cli::Format;
use report_analysis::{Locale, Severity};

#[derive(Parser)]
#[command(
    name = "report-ls",
    version,
    about = "Language server and linter for Chinese government work reports (政府工作报告)"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Zh,
    En,
}

impl From<Lang> for Locale {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Zh => Locale::Zh,
            Lang::En => Locale::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

#[derive(Clone, Copy, ValueEnum)]
enum MinSeverity {
    Error,
    Warning,
    Info,
    Hint,
}

impl From<MinSeverity> for Severity {
    fn from(s: MinSeverity) -> Self {
        match s {
            MinSeverity::Error => Severity::Error,
            MinSeverity::Warning => Severity::Warning,
            MinSeverity::Info => Severity::Info,
            MinSeverity::Hint => Severity::Hint,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Speak the Language Server Protocol over stdin/stdout (the default).
    Serve,
    /// Check reports: files, folders (`.txt`, `.md`, recursively) or `-` for stdin.
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "human")]
        format: cli::check::Format,
        /// Language of messages (default: the config's `locale`, else zh).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Exit with 1 on warnings too.
        #[arg(long, value_enum)]
        deny: Option<Deny>,
        /// Use this configuration instead of the nearest `.report-ls.toml`.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Last year's report of the (one) draft named: read for the
        /// cross-report rules, not itself checked.
        #[arg(long)]
        previous: Option<PathBuf>,
        /// Report only these codes, or groups (`note` = every `note-…` rule).
        #[arg(long, value_delimiter = ',', value_name = "CODE,...")]
        select: Vec<String>,
        /// Do not report these codes or groups.
        #[arg(long, value_delimiter = ',', value_name = "CODE,...")]
        ignore: Vec<String>,
        /// Report only findings of this severity or higher.
        #[arg(long, value_enum, value_name = "SEVERITY")]
        min_severity: Option<MinSeverity>,
        /// Exit with 1 when there are more than N warnings.
        #[arg(long, value_name = "N")]
        max_warnings: Option<usize>,
        /// Print how many findings of each code instead of each finding.
        #[arg(long)]
        statistics: bool,
        /// Print only the findings: no summary line, no skipped files.
        #[arg(long, short)]
        quiet: bool,
        /// Write the output to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        output_file: Option<PathBuf>,
        /// The file name that standard input (`-`) stands for: shown in the
        /// output, and where its `.report-ls.toml` is looked up.
        #[arg(long, value_name = "PATH")]
        stdin_filename: Option<PathBuf>,
        /// Colour in human output (`auto`: on a terminal, unless NO_COLOR is set).
        #[arg(long, value_enum, default_value = "auto")]
        color: cli::style::ColorChoice,
        /// Report only findings not recorded in this baseline.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// Record the current findings as accepted, by code and the text they
        /// point at, then exit with 0.
        #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
        write_baseline: Option<PathBuf>,
        /// Check texts that do not look like a report too (a chapter drafted alone).
        #[arg(long)]
        assume_report: bool,
    },
    /// Last year's targets, their results in the draft, met or missed, and
    /// this year's targets.
    Targets {
        draft: PathBuf,
        /// Last year's report (default: the same government's report of the
        /// year before in the draft's folder).
        #[arg(long)]
        previous: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "human")]
        format: cli::targets::TableFormat,
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Show what was recognized in one report: outline, notes, markers, terms.
    Inspect {
        path: PathBuf,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[arg(long)]
        config: Option<PathBuf>,
        /// Print the text as read (a Word draft: one paragraph per line, as
        /// locations count them) instead of the model.
        #[arg(long)]
        text: bool,
        /// Language of the labels and messages (default: the config's
        /// `locale`, else LC_ALL / LC_MESSAGES / LANG, else zh).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
    /// Mend a report: `--renumber` numbers the notes 1..N in order of first
    /// use and rewrites every marker to match. Prints a unified diff (exit 1
    /// when there is something to change), or writes the file with `--write`.
    Fix {
        path: PathBuf,
        /// Renumber the notes in order of first use in the body.
        #[arg(long, required = true)]
        renumber: bool,
        /// Write the file back (in its own encoding) instead of printing a diff.
        #[arg(long)]
        write: bool,
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Explain a rule: what it checks, why, an example, how to silence it.
    Explain {
        code: Option<String>,
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(cli::usage_error(&e, &args)),
    };
    let code = match cli.command {
        // Run bare from a terminal, a user wants to know what this is; an
        // editor always connects pipes.
        None if std::io::stdin().is_terminal() => {
            eprintln!("{}", cli::bare_terminal(cli::choose_locale(None, None)));
            cli::exit::OK
        }
        None | Some(Command::Serve) => lsp::serve(),
        Some(Command::Check {
            paths,
            format,
            lang,
            deny,
            config,
            previous,
            select,
            ignore,
            min_severity,
            max_warnings,
            statistics,
            quiet,
            output_file,
            stdin_filename,
            color,
            baseline,
            write_baseline,
            assume_report,
        }) => cli::check::run(cli::check::CheckOptions {
            paths,
            format,
            locale: lang.map(Locale::from),
            deny_warnings: deny.is_some(),
            config,
            previous,
            select,
            ignore,
            min_severity: min_severity.map(Severity::from),
            max_warnings,
            statistics,
            quiet,
            output_file,
            stdin_filename,
            color,
            baseline,
            write_baseline,
            assume_report,
        }),
        Some(Command::Targets {
            draft,
            previous,
            format,
            lang,
            config,
        }) => cli::targets::run(cli::targets::TargetsOptions {
            draft,
            previous,
            format,
            locale: lang.map(Locale::from),
            config,
        }),
        Some(Command::Inspect {
            path,
            format,
            config,
            text,
            lang,
        }) => cli::inspect::run(path, format, config, text, lang.map(Locale::from)),
        Some(Command::Fix {
            path,
            renumber: _,
            write,
            lang,
            config,
        }) => cli::fix::run(cli::fix::FixOptions {
            path,
            write,
            config,
            locale: lang.map(Locale::from),
        }),
        Some(Command::Explain { code, lang }) => {
            // The configuration is read only when --lang does not say.
            let config = lang.is_none().then(cli::locale_here).flatten();
            cli::explain::run(code, cli::choose_locale(lang.map(Locale::from), config))
        }
    };
    ExitCode::from(code)
}
