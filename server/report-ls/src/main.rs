//! `report-ls`: language server (no subcommand, or `serve`) and linter
//! (`check`, `inspect`, `explain`) for Chinese government work reports.

mod cli;
mod lsp;
mod read;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use cli::Format;
use report_analysis::Locale;

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

#[derive(Subcommand)]
enum Command {
    /// Speak the Language Server Protocol over stdin/stdout (the default).
    Serve,
    /// Check reports: files, folders (`.txt`, `.md`, recursively) or `-` for stdin.
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
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
    },
    /// Explain a rule: what it checks, why, an example, how to silence it.
    Explain {
        code: Option<String>,
        #[arg(long, value_enum)]
        lang: Option<Lang>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                cli::exit::UNREADABLE
            } else {
                cli::exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let code = match cli.command {
        None | Some(Command::Serve) => lsp::serve(),
        Some(Command::Check {
            paths,
            format,
            lang,
            deny,
            config,
            previous,
        }) => cli::check::run(cli::check::CheckOptions {
            paths,
            format,
            locale: lang.map(Locale::from),
            deny_warnings: deny.is_some(),
            config,
            previous,
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
        }) => cli::inspect::run(path, format, config),
        Some(Command::Explain { code, lang }) => {
            cli::explain::run(code, lang.map(Locale::from).unwrap_or_default())
        }
    };
    ExitCode::from(code)
}
