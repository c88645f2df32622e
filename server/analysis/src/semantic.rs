//! Semantic tokens as plain answers: terms (defined or not), numeric
//! slogans, markers, note numbers and figures, in text order, never
//! overlapping, each within one line. A range costs about what it holds.

use std::ops::Range;

use crate::document::Document;
use crate::terms::{TermSource, is_numeric_slogan};
use crate::workspace::Workspace;

/// What a token is. The server maps each to a standard LSP token type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A term that is not a numeric slogan (`超时默许制`).
    Term,
    /// A numeric slogan (`“六个一”`, `三区三线`).
    Slogan,
    /// A body marker (`⑩`, `［3］`).
    Marker,
    /// A note's number in the notes section (`3.`).
    NoteNumber,
    /// A figure (`439.23亿元`).
    Figure,
}

impl TokenKind {
    pub const ALL: [TokenKind; 5] = [
        TokenKind::Term,
        TokenKind::Slogan,
        TokenKind::Marker,
        TokenKind::NoteNumber,
        TokenKind::Figure,
    ];
}

/// Token modifiers, a bit each.
pub mod modifier {
    /// Where a note declares it: the note's term, number, aliases.
    pub const DECLARATION: u32 = 1;
    /// Explained: by a note (here or in a related report), the glossary, the
    /// list of known slogans; a marker whose note exists.
    pub const DEFINED: u32 = 1 << 1;
    /// Explained by nothing: a slogan with no note, a marker with no note.
    pub const UNDEFINED: u32 = 1 << 2;
    /// A well-known or configured slogan, or a glossary entry: explained
    /// outside the reports.
    pub const DEFAULT_LIBRARY: u32 = 1 << 3;
    /// The modifiers in bit order, with their names in the legend.
    pub const ALL: [(u32, &str); 4] = [
        (DECLARATION, "declaration"),
        (DEFINED, "defined"),
        (UNDEFINED, "undefined"),
        (DEFAULT_LIBRARY, "defaultLibrary"),
    ];
}

/// One token: a range of one line, a kind and modifier bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: Range<usize>,
    pub kind: TokenKind,
    pub modifiers: u32,
}

/// The tokens of document `file` that overlap `range` (all of them for
/// `None`), in text order.
pub fn tokens(workspace: &Workspace, file: usize, range: Option<Range<usize>>) -> Vec<Token> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let range = range.unwrap_or(0..doc.text.len());
    let overlaps = |r: &Range<usize>| r.start < range.end && range.start < r.end;
    let mut main: Vec<Token> = Vec::new();

    let first = doc.markers.partition_point(|m| m.range.end <= range.start);
    for m in doc.markers[first..]
        .iter()
        .take_while(|m| m.range.start < range.end)
    {
        main.push(Token {
            range: m.range.clone(),
            kind: TokenKind::Marker,
            modifiers: if m.note.is_some() {
                modifier::DEFINED
            } else {
                modifier::UNDEFINED
            },
        });
    }

    for term in &doc.terms {
        let first = term.uses.partition_point(|u| u.end <= range.start);
        let uses: Vec<&Range<usize>> = term.uses[first..]
            .iter()
            .take_while(|u| u.start < range.end)
            .collect();
        if uses.is_empty() {
            continue;
        }
        let kind = term_kind(&term.key);
        let modifiers = match term.source {
            TermSource::Note(_) => modifier::DEFINED,
            TermSource::Glossary(_) | TermSource::Known => {
                modifier::DEFINED | modifier::DEFAULT_LIBRARY
            }
            TermSource::Slogan => {
                if workspace.definition_elsewhere(&term.key, file).is_some() {
                    modifier::DEFINED
                } else {
                    modifier::UNDEFINED
                }
            }
        };
        main.extend(uses.into_iter().map(|u| Token {
            range: u.clone(),
            kind,
            modifiers,
        }));
    }

    let first = doc.notes.partition_point(|n| n.range.end <= range.start);
    for note in doc.notes[first..]
        .iter()
        .take_while(|n| n.range.start < range.end)
    {
        let declared = modifier::DECLARATION | modifier::DEFINED;
        main.push(Token {
            range: note.number_range.clone(),
            kind: TokenKind::NoteNumber,
            modifiers: declared,
        });
        let names = note
            .term_range
            .iter()
            .cloned()
            .chain(note.aliases.iter().map(|a| a.range.clone()));
        for name in names {
            let key = crate::terms::normalize(&doc.text[name.clone()]);
            main.push(Token {
                range: name,
                kind: term_kind(&key),
                modifiers: declared,
            });
        }
    }
    main.retain(|t| overlaps(&t.range) && one_line(doc, &t.range));
    main.sort_by_key(|t| (t.range.start, t.range.end));
    let mut kept: Vec<Token> = Vec::with_capacity(main.len());
    for t in main {
        if kept.last().is_none_or(|k| k.range.end <= t.range.start) {
            kept.push(t);
        }
    }

    // Figures where no other token stands.
    let first = doc.figures.partition_point(|f| f.span.end <= range.start);
    let mut out: Vec<Token> = Vec::with_capacity(kept.len());
    let mut k = kept.into_iter().peekable();
    for f in doc.figures[first..]
        .iter()
        .take_while(|f| f.span.start < range.end)
    {
        while let Some(t) = k.next_if(|t| t.range.end <= f.span.start) {
            out.push(t);
        }
        let clashes = k.peek().is_some_and(|t| t.range.start < f.span.end)
            || out.last().is_some_and(|t| t.range.end > f.span.start);
        if !clashes && one_line(doc, &f.span) && !f.span.is_empty() {
            out.push(Token {
                range: f.span.clone(),
                kind: TokenKind::Figure,
                modifiers: 0,
            });
        }
    }
    out.extend(k);
    out
}

fn term_kind(key: &str) -> TokenKind {
    if is_numeric_slogan(key) {
        TokenKind::Slogan
    } else {
        TokenKind::Term
    }
}

fn one_line(doc: &Document, range: &Range<usize>) -> bool {
    !range.is_empty()
        && doc
            .text
            .get(range.clone())
            .is_some_and(|s| !s.contains(['\n', '\r']))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::config::Config;

    fn workspace(texts: &[&str]) -> Workspace {
        let mut ws = Workspace::new();
        for (i, t) in texts.iter().enumerate() {
            ws.add(
                format!("{i}.txt"),
                Arc::new(Document::parse(*t, &Config::default())),
            );
        }
        ws
    }

    /// One token a line: its text, kind and modifier names.
    fn listed(text: &str, tokens: &[Token]) -> String {
        tokens
            .iter()
            .map(|t| {
                let names: Vec<&str> = modifier::ALL
                    .iter()
                    .filter(|(bit, _)| t.modifiers & bit != 0)
                    .map(|(_, name)| *name)
                    .collect();
                format!(
                    "{} {:?} {}",
                    &text[t.range.clone()],
                    t.kind,
                    names.join(",")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    const REPORT: &str = "2031年湖滨县政府工作报告\n一、回顾\n推行“三湖联保”①，落实渡口夜航制，办好“五个一”工程，守住“两个确立”。收入12.6亿元。标记⑨无注。\n注释\n1.“三湖联保”：三个湖泊联合保护。\n2.渡口夜航制：夜间渡船统一调度。\n";

    #[test]
    fn terms_slogans_markers_notes_and_figures() {
        let ws = workspace(&[REPORT]);
        insta::assert_snapshot!(listed(REPORT, &tokens(&ws, 0, None)), @r"
        三湖联保 Slogan defined
        ① Marker defined
        渡口夜航制 Term defined
        五个一 Slogan undefined
        两个确立 Slogan defined,defaultLibrary
        12.6亿元 Figure 
        ⑨ Marker undefined
        1. NoteNumber declaration,defined
        “三湖联保” Slogan declaration,defined
        三个 Figure 
        2. NoteNumber declaration,defined
        渡口夜航制 Term declaration,defined
        ");
    }

    #[test]
    fn a_range_gives_the_tokens_it_overlaps() {
        let ws = workspace(&[REPORT]);
        let start = REPORT.find("落实").expect("text");
        let end = REPORT.find("收入").expect("text");
        insta::assert_snapshot!(listed(REPORT, &tokens(&ws, 0, Some(start..end))), @r"
        渡口夜航制 Term defined
        五个一 Slogan undefined
        两个确立 Slogan defined,defaultLibrary
        ");
    }

    #[test]
    fn a_slogan_explained_by_a_related_report_is_defined() {
        let last_year = "2030年湖滨县政府工作报告\n办好“五个一”工程。\n注释\n1.“五个一”：一套班子、一张图、一本账、一张表、一个平台。\n";
        let ws = workspace(&[last_year, REPORT]);
        let listed = listed(REPORT, &tokens(&ws, 1, None));
        assert!(listed.contains("五个一 Slogan defined"), "{listed}");
    }

    #[test]
    fn tokens_never_overlap() {
        let ws = workspace(&[REPORT]);
        let all = tokens(&ws, 0, None);
        for pair in all.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start, "{pair:?}");
        }
    }
}
