//! report-analysis: the model of a Chinese government work report
//! (政府工作报告) and the checks on it. Text in, model and diagnostics out:
//! no I/O, no LSP, byte offsets throughout.

mod anaphora_runs;
pub mod cache;
pub mod chars;
pub mod checks;
pub mod completion;
pub mod config;
pub mod copies;
pub mod cues;
mod deng_counts;
pub mod diagnostic;
pub mod document;
pub mod draft_checks;
pub mod draft_ide;
pub mod echoed_counts;
pub mod echoed_leads;
pub mod edits;
pub mod figures;
pub mod fixes;
mod headed_paragraphs;
pub mod ide;
pub mod identity;
pub mod inlay;
pub mod lens;
pub mod lines;
pub mod list_forms;
pub mod lists;
mod marked_counts;
pub mod markers;
pub mod messages;
pub mod notes;
pub mod notes_place;
pub mod outline;
pub mod rename;
pub mod renumber;
mod restated_counts;
pub mod semantic;
pub mod slogan_codes;
pub mod slogan_count;
mod slogan_groups;
pub mod stale_year;
mod subject_counts;
pub mod summary;
pub mod target_pairs;
pub mod targets;
pub mod terms;
pub mod text;
pub mod workspace;

pub use checks::{Context, check};
pub use config::Config;
pub use diagnostic::{Code, Diagnostic, Finding, Related, RelatedKind, Severity};
pub use document::Document;
pub use messages::Locale;
pub use summary::Summary;
pub use workspace::Workspace;
