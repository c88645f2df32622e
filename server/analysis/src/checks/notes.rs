//! note-missing, note-unused, marker-missing, note-numbering, marker-order.

use std::collections::{HashMap, HashSet};

use super::Sink;
use crate::diagnostic::{Finding, NumberingProblem, Related, RelatedKind};
use crate::document::Document;
use crate::terms::{Term, TermSource};

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    note_missing(doc, sink);
    note_unused_and_marker_missing(doc, sink);
    note_numbering(doc, sink);
    marker_order(doc, sink);
}

fn note_missing(doc: &Document, sink: &mut Sink) {
    for marker in doc.markers.iter().filter(|m| m.note.is_none()) {
        let related = doc
            .notes_section
            .iter()
            .map(|s| Related {
                file: None,
                range: s.heading.clone(),
                kind: RelatedKind::NotesSection,
            })
            .collect();
        sink.push(
            marker.range.clone(),
            Finding::NoteMissing {
                number: marker.number,
                has_notes: doc.notes_section.is_some(),
            },
            related,
        );
    }
}

fn note_unused_and_marker_missing(doc: &Document, sink: &mut Sink) {
    let marked: HashSet<usize> = doc.markers.iter().filter_map(|m| m.note).collect();
    // Only a report that marks most of its notes has lost a marker by
    // mistake; where markers are gone throughout, terms link the notes.
    let mostly_marked = doc.notes.len() >= 2 && marked.len() * 2 > doc.notes.len();
    // Each note's term (the first one it is the source of, as
    // `Document::note_term` finds it), gathered once: a search per note is
    // quadratic in a notes section of thousands.
    let mut terms_of_notes: HashMap<usize, &Term> = HashMap::new();
    for term in &doc.terms {
        if let TermSource::Note(index) = term.source {
            terms_of_notes.entry(index).or_insert(term);
        }
    }
    for (index, note) in doc.notes.iter().enumerate() {
        if marked.contains(&index) {
            continue;
        }
        let uses = terms_of_notes
            .get(&index)
            .map_or(&[][..], |t| t.uses.as_slice());
        let place = note.term_range.clone().unwrap_or(note.number_range.clone());
        match uses.first() {
            None => sink.push(
                place,
                Finding::NoteUnused {
                    number: note.number,
                    term: note.term.clone(),
                },
                Vec::new(),
            ),
            Some(first) if mostly_marked => sink.push(
                first.clone(),
                Finding::MarkerMissing {
                    number: note.number,
                    term: note.term.clone().unwrap_or_default(),
                },
                vec![Related {
                    file: None,
                    range: place,
                    kind: RelatedKind::Note(note.number),
                }],
            ),
            Some(_) => {}
        }
    }
}

fn note_numbering(doc: &Document, sink: &mut Sink) {
    let mut previous: Option<&crate::notes::Note> = None;
    for note in &doc.notes {
        let problem = match previous {
            None if note.number != 1 => Some(NumberingProblem::Gap {
                expected: 1,
                found: note.number,
            }),
            None => None,
            Some(p) if note.number == p.number => Some(NumberingProblem::Duplicate {
                number: note.number,
            }),
            Some(p) if note.number < p.number => Some(NumberingProblem::OutOfOrder {
                number: note.number,
                previous: p.number,
            }),
            Some(p) if note.number > p.number + 1 => Some(NumberingProblem::Gap {
                expected: p.number + 1,
                found: note.number,
            }),
            Some(_) => None,
        };
        if let Some(problem) = problem {
            let related = previous
                .map(|p| Related {
                    file: None,
                    range: p.number_range.clone(),
                    kind: RelatedKind::PreviousNote(p.number),
                })
                .into_iter()
                .collect();
            sink.push(
                note.number_range.clone(),
                Finding::NoteNumbering(problem),
                related,
            );
        }
        // Keep comparing with the largest number so one slip is one finding.
        if previous.is_none_or(|p| note.number >= p.number) {
            previous = Some(note);
        }
    }
}

fn marker_order(doc: &Document, sink: &mut Sink) {
    let mut seen = HashSet::new();
    let mut highest: Option<&crate::markers::Marker> = None;
    for marker in &doc.markers {
        if !seen.insert(marker.number) {
            continue;
        }
        match highest {
            Some(h) if marker.number < h.number => sink.push(
                marker.range.clone(),
                Finding::MarkerOrder {
                    number: marker.number,
                    previous: h.number,
                },
                vec![Related {
                    file: None,
                    range: h.range.clone(),
                    kind: RelatedKind::Marker(h.number),
                }],
            ),
            _ => highest = Some(marker),
        }
    }
}
