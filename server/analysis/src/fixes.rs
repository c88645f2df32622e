//! Quick fixes: for a diagnostic, the precise edits that mend it, in the
//! report's own style (its notes' numbering, its markers' shape). Where the
//! text does not say what the fix must be, there is none.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::chars::is_space;
use crate::diagnostic::{Diagnostic, Finding, RelatedKind};
use crate::document::Document;
use crate::edits::{Fix, TextEdit, line_break, renumber_token};
use crate::markers::MarkerStyle;
use crate::messages::{Locale, editing as words};
use crate::notes::NumberStyle;
use crate::summary::Summary;
use crate::workspace::Workspace;

/// The quick fixes of diagnostic `d` of document `file`.
pub fn fixes(workspace: &Workspace, file: usize, d: &Diagnostic, locale: Locale) -> Vec<Fix> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let text = &doc.text;
    let fix = match &d.finding {
        // Items without numbers are numbered by their place: a new one at
        // the end mends only the marker of the next place.
        // A named footnote's note goes last, under its name: Markdown
        // numbers it by where it is used.
        Finding::NoteMissing {
            name: Some(name), ..
        } => {
            let term = quoted_before(text, d.range.start);
            let item = format!(
                "[^{name}]: {}：{}",
                term.as_deref().unwrap_or(words::TERM_PLACEHOLDER),
                words::EXPLANATION_PLACEHOLDER
            );
            insert_note(doc, u32::MAX, &item).map(|edit| Fix {
                title: words::add_named_note(name, locale),
                edits: vec![edit],
            })
        }
        Finding::NoteMissing { number, .. }
            if doc
                .notes
                .first()
                .is_some_and(|n| n.style == NumberStyle::Unnumbered)
                && *number as usize != doc.notes.len() + 1 =>
        {
            None
        }
        Finding::NoteMissing { number, .. } => {
            let term = quoted_before(text, d.range.start);
            let item = note_item(
                doc,
                *number,
                term.as_deref().unwrap_or(words::TERM_PLACEHOLDER),
                words::EXPLANATION_PLACEHOLDER,
            );
            item.and_then(|item| insert_note(doc, *number, &item))
                .map(|edit| Fix {
                    title: words::add_note(*number, locale),
                    edits: vec![edit],
                })
        }
        Finding::NotesSectionMissing { .. } => add_notes_section(doc, locale),
        Finding::MarkerMissing { number, term } => {
            insert_marker(doc, *number, &d.range).map(|edit| Fix {
                title: words::insert_marker(*number, term, locale),
                edits: vec![edit],
            })
        }
        Finding::NoteUnused { number, term } => doc
            .notes
            .iter()
            .position(|n| n.number == *number)
            .and_then(|i| doc.note_term(i)?.uses.first().cloned())
            .and_then(|first| insert_marker(doc, *number, &first))
            .map(|edit| Fix {
                title: words::insert_marker(*number, term.as_deref().unwrap_or_default(), locale),
                edits: vec![edit],
            }),
        Finding::TermUndefined { term, .. } => {
            let number = next_number(doc);
            let item = note_item(doc, number, &quoted(term), words::EXPLANATION_PLACEHOLDER);
            new_note_fix(doc, number, item, &d.range).map(|edits| Fix {
                title: words::add_note_for(term, number, locale),
                edits,
            })
        }
        Finding::SloganVariant {
            defined, written, ..
        } => crate::checks::numeral_as_defined(&text[d.range.clone()], defined).map(
            |(run, numeral)| Fix {
                title: match *written {
                    0 => words::use_explained(defined, locale),
                    _ => words::use_as_written_elsewhere(defined, locale),
                },
                edits: vec![TextEdit::replace(
                    d.range.start + run.start..d.range.start + run.end,
                    numeral,
                )],
            },
        ),
        Finding::TermDefinedElsewhere {
            term, file: path, ..
        } => {
            let number = next_number(doc);
            let copied = d.related.iter().find_map(|r| match (r.file, &r.kind) {
                (Some(f), RelatedKind::DefinedIn(_)) => {
                    other_note(workspace.summary(f)?, r.range.start)
                }
                _ => None,
            });
            let item = copied.and_then(|body| {
                let body = body.replace("\r\n", "\n").replace('\n', line_break(text));
                Some(format!("{}{body}", note_prefix(doc, number)?))
            });
            new_note_fix(doc, number, item, &d.range).map(|edits| Fix {
                title: words::copy_note(term, path, number, locale),
                edits,
            })
        }
        Finding::UnpairedQuote {
            open: '“',
            missing_close: true,
            ..
        } => close_quote(doc, d.range.end).map(|at| Fix {
            title: words::close_quote(locale).to_string(),
            edits: vec![TextEdit::insert(at, "”")],
        }),
        _ => None,
    };
    fix.into_iter().collect()
}

/// A term in quotes: as written when it has them, else wrapped in `“”`.
fn quoted(term: &str) -> String {
    if term.starts_with('“') || term.ends_with('”') {
        term.to_string()
    } else {
        format!("“{term}”")
    }
}

/// `“两网融合”` right before `at` (a marker's start) on its line: the term
/// the marker points at, certain because the quotes close it off.
fn quoted_before(text: &str, at: usize) -> Option<String> {
    let before = text[..at].strip_suffix('”')?;
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let open = before[line_start..].rfind('“')? + line_start;
    let inner = &before[open + '“'.len_utf8()..];
    let fits = !inner.is_empty()
        && inner.chars().count() <= 30
        && !inner.contains(['”', '。', '；', '，', '：']);
    fits.then(|| text[open..at].to_string())
}

/// The number after the largest of the report's notes and markers (a
/// marker whose note is missing keeps its number).
fn next_number(doc: &Document) -> u32 {
    let notes = doc.notes.iter().map(|n| n.number);
    notes
        .chain(doc.markers.iter().map(|m| m.number))
        .max()
        .unwrap_or(0)
        + 1
}

/// The start of note `number` in the report's style: `3.`, `［3］`, `③`,
/// `三、` with the spacing the first note has; `1.` in a report without
/// notes; nothing before a `术语：解释` item of an unnumbered list.
fn note_prefix(doc: &Document, number: u32) -> Option<String> {
    let Some(first) = doc.notes.first() else {
        return Some(format!("{number}."));
    };
    // `*甲：…`: an unnumbered list's bullet, if it has one.
    if first.style == NumberStyle::Unnumbered {
        return Some(doc.source_text(first.number_range.clone()).to_string());
    }
    let text = &doc.text;
    let token = renumber_token(&doc.source_text(first.number_range.clone()), number)?;
    let after = &text[first.number_range.end..];
    let spaces = &after[..after.len() - after.trim_start_matches(is_space).len()];
    Some(format!("{token}{spaces}"))
}

/// A note item: number, term, the report's separator (`：`, `——`, two
/// spaces: what its first note has), explanation.
fn note_item(doc: &Document, number: u32, term: &str, explanation: &str) -> Option<String> {
    let text = &doc.text;
    let separator = doc
        .notes
        .iter()
        .find_map(|n| {
            let term = n.term_range.as_ref()?;
            let between = text.get(term.end..n.text_range.start)?;
            (!between.is_empty() && !between.contains(['\n', '\r'])).then_some(between)
        })
        .unwrap_or("：");
    Some(format!(
        "{}{term}{separator}{explanation}",
        note_prefix(doc, number)?
    ))
}

/// Inserts `item` as note `number`: after the last note numbered lower,
/// else before the first; in a notes section without items, under its
/// heading; without a notes section, in a new one at the end.
fn insert_note(doc: &Document, number: u32, item: &str) -> Option<TextEdit> {
    let text = &doc.text;
    let eol = line_break(text);
    let Some(section) = &doc.notes_section else {
        let lead = if text.is_empty() || text.ends_with(['\n', '\r']) {
            ""
        } else {
            eol
        };
        return Some(TextEdit::insert(
            text.len(),
            format!("{lead}{}{eol}{item}{eol}", words::NOTES_HEADING),
        ));
    };
    // Which part's notes a new note joins is the drafter's call.
    if !doc.part_notes_sections.is_empty() {
        return None;
    }
    if doc.notes.is_empty() {
        return Some(TextEdit::insert(
            section.heading.end,
            format!("{eol}{item}"),
        ));
    }
    let unnumbered = doc.notes[0].style == NumberStyle::Unnumbered;
    let after = if unnumbered {
        doc.notes.last()
    } else {
        doc.notes.iter().rev().find(|n| n.number < number)
    };
    match after {
        Some(note) => {
            let at = line_end(text, note.range.end);
            Some(TextEdit::insert(at, format!("{eol}{item}")))
        }
        None => Some(TextEdit::insert(
            doc.notes[0].range.start,
            format!("{item}{eol}"),
        )),
    }
}

fn line_end(text: &str, at: usize) -> usize {
    text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i)
}

/// A new note at the end of the list, with a marker after the term's first
/// use when the report marks its notes (else `marker-missing` would follow).
fn new_note_fix(
    doc: &Document,
    number: u32,
    item: Option<String>,
    first_use: &Range<usize>,
) -> Option<Vec<TextEdit>> {
    let mut edits = vec![insert_note(doc, number, &item?)?];
    if marks_its_notes(doc) {
        edits.push(insert_marker(doc, number, first_use)?);
    }
    Some(edits)
}

/// Whether most notes have a marker in the body.
fn marks_its_notes(doc: &Document) -> bool {
    let mut marked: Vec<usize> = doc.markers.iter().filter_map(|m| m.note).collect();
    marked.sort_unstable();
    marked.dedup();
    !doc.notes.is_empty() && marked.len() * 2 > doc.notes.len()
}

/// Marker `number` in the shape most of the report's markers have.
fn marker_text(doc: &Document, number: u32) -> Option<String> {
    let mut counts: HashMap<MarkerStyle, (usize, usize)> = HashMap::new();
    for (i, m) in doc.markers.iter().enumerate() {
        counts.entry(m.style).or_insert((0, i)).0 += 1;
    }
    let bare = counts.get(&MarkerStyle::BareDigit).copied();
    if counts.len() > 1 {
        counts.remove(&MarkerStyle::BareDigit);
    }
    let (_, (_, index)) = counts
        .into_iter()
        .max_by_key(|(_, (count, first))| (*count, std::cmp::Reverse(*first)))
        .or(bare.map(|b| (MarkerStyle::BareDigit, b)))?;
    renumber_token(&doc.source_text(doc.markers[index].range.clone()), number)
}

/// Marker `number` right after the use `range` of a term (past its closing
/// quote).
fn insert_marker(doc: &Document, number: u32, range: &Range<usize>) -> Option<TextEdit> {
    let text = &doc.text;
    let marker = marker_text(doc, number)?;
    let written = text.get(range.clone())?;
    let opened = written.starts_with('“') || text[..range.start].ends_with('“');
    let mut at = range.end;
    if opened && !written.ends_with('”') && text[at..].starts_with('”') {
        at += '”'.len_utf8();
    }
    Some(TextEdit::insert(at, marker))
}

/// The note of another report at `at` (its term's start): its words after
/// the number, without a page reference.
fn other_note(doc: &Summary, at: usize) -> Option<String> {
    let note = doc
        .notes
        .iter()
        .find(|n| n.range.start <= at && at < n.range.end.max(n.range.start + 1))?;
    let start = note
        .term_range
        .as_ref()
        .map_or(note.text_range.start, |t| t.start);
    let body = doc.text(start..note.text_range.end)?.trim_end();
    (!body.is_empty()).then(|| body.to_string())
}

/// Where the `”` of the `“` ending at `after` goes when the paragraph makes
/// it certain: before the next `“` or `：`, with no `”` and no clause end
/// (`。；，！？`) in between.
fn close_quote(doc: &Document, after: usize) -> Option<usize> {
    let text = &doc.text;
    let end = line_end(text, after);
    for (i, c) in text[after..end].char_indices() {
        match c {
            '“' | '：' if i > 0 => return Some(after + i),
            '”' | '“' | '：' | '。' | '；' | '，' | '！' | '？' | '\u{2018}' | '\u{2019}' =>
            {
                return None;
            }
            _ => {}
        }
    }
    None
}

/// Without a notes section: one, with a skeleton for every number the
/// markers use.
fn add_notes_section(doc: &Document, locale: Locale) -> Option<Fix> {
    if doc.notes_section.is_some() {
        return None;
    }
    let mut numbers: BTreeMap<u32, Option<String>> = BTreeMap::new();
    for m in &doc.markers {
        let term = quoted_before(&doc.text, m.range.start);
        let slot = numbers.entry(m.number).or_default();
        if slot.is_none() {
            *slot = term;
        }
    }
    if numbers.is_empty() {
        return None;
    }
    let eol = line_break(&doc.text);
    let items: Vec<String> = numbers
        .iter()
        .map(|(n, term)| {
            format!(
                "{n}.{}：{}",
                term.as_deref().unwrap_or(words::TERM_PLACEHOLDER),
                words::EXPLANATION_PLACEHOLDER
            )
        })
        .collect();
    let edit = insert_note(doc, 1, &items.join(eol))?;
    Some(Fix {
        title: words::add_notes_section(items.len(), locale),
        edits: vec![edit],
    })
}
