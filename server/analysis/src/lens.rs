//! Code lenses as plain answers: on each note, how many places use it
//! (the client opens them); on the first use of a slogan nothing explains,
//! an offer to add a note (the client runs the quick fix of its
//! `term-undefined` finding).

use std::ops::Range;

use crate::config::Config;
use crate::diagnostic::Code;
use crate::ide::{Reference, note_declaration, references};
use crate::messages::{Locale, editing as words};
use crate::terms::TermSource;
use crate::workspace::Workspace;

/// What a lens does when clicked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LensAction {
    /// Show these places (the note's uses, across the workspace).
    ShowReferences(Vec<Reference>),
    /// Add a note for the slogan used at the lens's range.
    AddNote,
}

/// A lens above `range`, titled `title`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lens {
    pub range: Range<usize>,
    pub title: String,
    pub action: LensAction,
}

/// The lenses of document `file`, in text order.
pub fn lenses(workspace: &Workspace, file: usize, config: &Config, locale: Locale) -> Vec<Lens> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for n in 0..doc.notes.len() {
        let range = note_declaration(doc, n);
        let uses = references(workspace, file, range.start, false);
        out.push(Lens {
            title: words::uses_lens(uses.len(), locale),
            range,
            action: LensAction::ShowReferences(uses),
        });
    }
    // Where `term-undefined` is reported (and so its quick fix offered).
    if config.severity(Code::TermUndefined).is_some() {
        for term in doc.terms.iter().filter(|t| t.source == TermSource::Slogan) {
            let Some(first) = term.uses.first() else {
                continue;
            };
            if workspace.definition_elsewhere(&term.key, file).is_some() {
                continue;
            }
            // Spelled out in the body: no finding, no note to add.
            if term.uses.iter().any(|u| doc.is_spelled_out(u)) {
                continue;
            }
            out.push(Lens {
                range: first.clone(),
                title: words::add_note_lens(locale).to_string(),
                action: LensAction::AddNote,
            });
        }
    }
    out.sort_by_key(|l| l.range.start);
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::config::Level;
    use crate::document::Document;

    const REPORT: &str = "2031年湖滨县政府工作报告\n一、回顾\n推行“三湖联保”①，办好“五个一”工程，继续三湖联保。\n注释\n1.“三湖联保”：三个湖泊联合保护。\n2.“绿道串珠”：环湖绿道连通村落。\n";

    fn shown(texts: &[&str], config: &Config, locale: Locale) -> String {
        let mut ws = Workspace::new();
        for (i, t) in texts.iter().enumerate() {
            ws.add(format!("{i}.txt"), Arc::new(Document::parse(*t, config)));
        }
        let file = texts.len() - 1;
        let text = texts[file];
        lenses(&ws, file, config, locale)
            .iter()
            .map(|l| {
                let action = match &l.action {
                    LensAction::ShowReferences(refs) => refs
                        .iter()
                        .map(|r| format!("{}:{}", r.file, &texts[r.file][r.range.clone()]))
                        .collect::<Vec<_>>()
                        .join(" "),
                    LensAction::AddNote => "add-note".into(),
                };
                format!("{} | {} | {action}", &text[l.range.clone()], l.title)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn uses_on_notes_and_add_note_on_an_undefined_slogan() {
        insta::assert_snapshot!(shown(&[REPORT], &Config::default(), Locale::Zh), @r"
        五个一 | 添加注释 | add-note
        “三湖联保” | 3 处引用 | 0:三湖联保 0:① 0:三湖联保
        “绿道串珠” | 0 处引用 | 
        ");
        let en = shown(&[REPORT], &Config::default(), Locale::En);
        assert!(
            en.contains("| 3 uses |") && en.contains("| Add a note |"),
            "{en}"
        );
    }

    #[test]
    fn no_add_note_where_the_rule_is_off_or_another_report_explains_it() {
        let mut config = Config::default();
        config.rules.insert("term-undefined".into(), Level::Off);
        assert!(!shown(&[REPORT], &config, Locale::Zh).contains("添加注释"));
        let last_year = "2030年湖滨县政府工作报告\n办好“五个一”工程。\n注释\n1.“五个一”：一套班子、一张图、一本账、一张表、一个平台。\n";
        assert!(!shown(&[last_year, REPORT], &Config::default(), Locale::Zh).contains("添加注释"));
        // Spelled out where it stands, as term-undefined leaves it.
        let spelled = REPORT.replace(
            "办好“五个一”工程",
            "建好一套班子、一张图、一本账、一张表、一个平台“五个一”",
        );
        assert!(!shown(&[&spelled], &Config::default(), Locale::Zh).contains("添加注释"));
    }
}
