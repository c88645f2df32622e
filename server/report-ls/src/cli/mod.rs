//! The command line: check, inspect, explain.

pub mod check;
pub mod explain;
mod human;
pub mod inputs;
pub mod inspect;
mod location;
pub mod read;

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
