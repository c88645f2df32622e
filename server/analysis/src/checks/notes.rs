//! note-missing, notes-section-missing, notes-duplicated, note-unused,
//! marker-missing, note-numbering, marker-order.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use aho_corasick::AhoCorasick;

use super::Sink;
use crate::chars::{digit_value, fold_width, is_han, is_quote, is_space};
use crate::diagnostic::{Code, Finding, NumberingProblem, Related, RelatedKind};
use crate::document::Document;
use crate::terms::{Term, TermSource};

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    note_missing(doc, sink);
    notes_duplicated(doc, sink);
    note_unused_and_marker_missing(doc, sink);
    note_numbering(doc, sink);
    marker_order(doc, sink);
}

fn note_missing(doc: &Document, sink: &mut Sink) {
    let Some(section) = &doc.notes_section else {
        notes_section_missing(doc, sink);
        return;
    };
    // Room for a finding per marker (those with a note give none: counting
    // them first would read every marker once more), and for the few
    // findings per note the other rules add: one more past the room would
    // copy the whole list to grow it.
    sink.reserve(
        Code::NoteMissing,
        doc.markers.len() + 2 * doc.notes.len() + 16,
    );
    let related = |section: &crate::document::NotesSection| -> Arc<[Related]> {
        Arc::new([Related {
            file: None,
            range: section.heading.clone(),
            kind: RelatedKind::NotesSection,
        }])
    };
    // Where parts have their own notes, a marker's are those of its part.
    let headings: Vec<Arc<[Related]>> = doc.notes_sections().map(related).collect();
    let blocks: Vec<&crate::document::NotesSection> = doc.notes_sections().collect();
    for marker in doc.markers.iter().filter(|m| m.note.is_none()) {
        let block =
            crate::document::block_for(&doc.part_notes_sections, Some(section), marker.range.start)
                .unwrap_or(section);
        let at = blocks
            .iter()
            .position(|b| std::ptr::eq(*b, block))
            .unwrap_or(blocks.len() - 1);
        let heading = &headings[at];
        sink.push_shared(
            marker.range.clone(),
            Finding::NoteMissing {
                number: marker.number,
                name: marker.name(&doc.text).map(str::to_string),
            },
            heading.clone(),
        );
    }
}

/// Markers and no notes section: the section was lost, which is one
/// problem, not one per marker.
fn notes_section_missing(doc: &Document, sink: &mut Sink) {
    let Some((first, others)) = doc.markers.split_first() else {
        return;
    };
    if notes_written_unplaced(doc) {
        return;
    }
    let related = others
        .iter()
        .map(|m| Related {
            file: None,
            range: m.range.clone(),
            kind: RelatedKind::Marker(m.number),
        })
        .collect();
    sink.push(
        first.range.clone(),
        Finding::NotesSectionMissing {
            markers: doc.markers.len(),
        },
        related,
    );
}

/// The most lines opening with a marker that are read, and how far above
/// each its term is looked for (notes at a page's foot explain that page).
const MAX_UNPLACED_LINES: usize = 100;
const UNPLACED_WINDOW: usize = 16 * 1024;

/// Whether notes stand in the text where no section was placed: a line
/// opening with a marker as the body writes it (`①`, `［2］`), then a term
/// and a colon, the text just above writing that term right before that
/// very marker (`“甲”①` over `①甲：…`), as a PDF's notes at the foot of
/// each page are. The notes are there, unread: saying they were lost would
/// be wrong.
fn notes_written_unplaced(doc: &Document) -> bool {
    use crate::notes_place::{explains_mark_above, leading_mark};
    let text = &doc.text;
    let marks: HashSet<&str> = doc.markers.iter().map(|m| &text[m.range.clone()]).collect();
    let mut read = 0;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..])
            .map_or(text.len(), |at| line_start + at);
        let line = &text[line_start..line_end];
        if let Some((mark, _)) = leading_mark(line).filter(|(m, _)| marks.contains(m)) {
            read += 1;
            if read > MAX_UNPLACED_LINES {
                return false;
            }
            let window = line_start.saturating_sub(UNPLACED_WINDOW);
            let window = (window..=line_start)
                .find(|&at| text.is_char_boundary(at))
                .unwrap_or(line_start);
            if explains_mark_above(&text[window..line_start], &line[mark.len()..], mark) {
                return true;
            }
        }
        line_start = line_end + 1;
    }
    false
}

/// The notes block scraped twice: said once, on the heading read.
fn notes_duplicated(doc: &Document, sink: &mut Sink) {
    let Some(section) = doc.notes_section.as_ref().filter(|s| !s.copies.is_empty()) else {
        return;
    };
    // Where each part has its own notes, the copy is all of them gathered
    // again at the end: a layout of its own, not a block scraped twice.
    if !doc.part_notes_sections.is_empty() {
        return;
    }
    let related = section
        .copies
        .iter()
        .map(|c| Related {
            file: None,
            range: c.start..c.start,
            kind: RelatedKind::NotesSection,
        })
        .collect();
    let place = if section.heading.is_empty() {
        section.range.start..section.range.start
    } else {
        section.heading.clone()
    };
    sink.push(
        place,
        Finding::NotesDuplicated {
            copies: section.copies.len() + 1,
        },
        related,
    );
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
    let unused: Vec<usize> = (0..doc.notes.len())
        .filter(|index| !marked.contains(index))
        .filter(|index| terms_of_notes.get(index).is_none_or(|t| t.uses.is_empty()))
        .collect();
    let named = loosely_named(doc, &unused);
    for (index, note) in doc.notes.iter().enumerate() {
        if marked.contains(&index) {
            continue;
        }
        let uses = terms_of_notes
            .get(&index)
            .map_or(&[][..], |t| t.uses.as_slice());
        let place = note.term_range.clone().unwrap_or(note.number_range.clone());
        match uses.first() {
            // The matcher found no use, but the body words the term a little
            // differently (`6条旅游快速通道` for `六条…`, `“四尘共治”` for
            // `“四尘”`): a reader would not call the note unused; abstain.
            None if named.contains(&index) => {}
            // Without a term and in a report without markers, nothing can
            // tell whether the note is used.
            None if note.term.is_none() && doc.markers.is_empty() => {}
            None => sink.push(
                place,
                Finding::NoteUnused {
                    number: note.number,
                    term: note.term.clone(),
                },
                Vec::new(),
            ),
            // A marker right after the term that points at no note is the
            // term's own marker with a wrong number: note-missing reports it.
            // One with this note's number went to a twin note of that number
            // (a duplicate that note-numbering reports): the term has its marker.
            Some(first)
                if mostly_marked
                    && !own_marker_after(doc, first.end, note.number)
                    && !twin_marker_after(doc, first.end, note) =>
            {
                sink.push(
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
                )
            }
            Some(_) => {}
        }
    }
}

/// Whether a marker stands right after `end` (past a closing quote and
/// spaces) that is the term's own, though it does not point at this note:
/// `“链长制”④` with no note 4, or a marker of this note's number that a
/// duplicate of the number took.
fn own_marker_after(doc: &Document, end: usize, number: u32) -> bool {
    let text = &doc.text;
    let rest = &text[end..];
    let skipped = rest.len()
        - rest
            .trim_start_matches(['”', '’', '"', '」', '』'])
            .trim_start_matches(crate::chars::is_space)
            .len();
    let at = end + skipped;
    let i = doc.markers.partition_point(|m| m.range.start < at);
    doc.markers
        .get(i)
        .is_some_and(|m| m.range.start == at && (m.note.is_none() || m.number == number))
}

/// Whether the marker right after `end` (past a closing quote) points at
/// another note explaining the same term: a term explained twice has its
/// marker, the first note's; asking for a second one misleads.
fn twin_marker_after(doc: &Document, end: usize, note: &crate::notes::Note) -> bool {
    let Some(term) = note.term.as_deref() else {
        return false;
    };
    let rest = &doc.text[end..];
    let at = end + rest.len() - rest.trim_start_matches(['”', '’', '"', '」', '』']).len();
    let i = doc.markers.partition_point(|m| m.range.start < at);
    doc.markers.get(i).is_some_and(|m| {
        m.range.start == at
            && m.note
                .and_then(|k| doc.notes.get(k))
                .is_some_and(|other| other.term.as_deref() == Some(term))
    })
}

/// The most windows the loose search builds; notes past it are not flagged.
const MAX_WINDOWS: usize = 20_000;

/// Of `candidates` (note indices), those whose term or another name the
/// body holds loosely: after folding quotes, spaces, list commas and digits
/// (`6` = `六`), some stretch of at least half the name (four characters at
/// least, or the whole of a shorter name) stands in the body. One pass over
/// the body for all of them.
fn loosely_named(doc: &Document, candidates: &[usize]) -> HashSet<usize> {
    let mut windows: Vec<String> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    let mut skipped = HashSet::new();
    for &index in candidates {
        let note = &doc.notes[index];
        let names = note.term.iter().chain(note.aliases.iter().map(|a| &a.text));
        for name in names.flat_map(|n| loose_forms(n)) {
            let chars: Vec<char> = name.chars().collect();
            let len = chars.len();
            let width = if len < 4 { len } else { 4.max(len.div_ceil(2)) };
            if windows.len() + len > MAX_WINDOWS {
                skipped.insert(index);
                continue;
            }
            for start in 0..=len - width {
                windows.push(chars[start..start + width].iter().collect());
                owner.push(index);
            }
        }
    }
    if windows.is_empty() {
        return skipped;
    }
    let Ok(searcher) = AhoCorasick::new(&windows) else {
        return candidates.iter().copied().collect();
    };
    let mut found = skipped;
    for region in &doc.body {
        let body = fold_loose(&doc.text[region.clone()]);
        for m in searcher.find_overlapping_iter(&body) {
            found.insert(owner[m.pattern().as_usize()]);
        }
    }
    found
}

/// The folded forms a name is looked for by: the name; without a reading
/// in brackets (`糃（táng）`, a character explained, stands as `糃`); without
/// a generic head noun (`瞪羚企业` in `瞪羚、独角兽企业`).
fn loose_forms(name: &str) -> Vec<String> {
    const HEADS: &[&str] = &[
        "企业", "项目", "工程", "行动", "机制", "体系", "模式", "制度", "产业", "服务",
    ];
    let folded = fold_loose(name);
    let mut forms = Vec::new();
    if folded.chars().count() >= 2 {
        forms.push(folded.clone());
    }
    if let Some(open) = folded.find(['(', '（'])
        && folded.ends_with([')', '）'])
    {
        let bare = &folded[..open];
        if !bare.is_empty() && bare.chars().all(is_han) {
            forms.push(bare.to_string());
        }
    }
    for head in HEADS {
        if let Some(stem) = folded.strip_suffix(head)
            && stem.chars().count() >= 2
        {
            forms.push(stem.to_string());
        }
    }
    forms
}

/// A name or the body folded for the loose search.
fn fold_loose(s: &str) -> String {
    // About as long as the text (it grows only where an ASCII digit becomes
    // a Chinese one): reserved once, not grown through a megabyte of body.
    let mut folded = String::with_capacity(s.len());
    folded.extend(
        s.chars()
            .filter(|&c| {
                !is_quote(c) && !is_space(c) && !matches!(c, '、' | '，' | ',' | '\n' | '\r')
            })
            .map(|c| {
                let c = fold_width(c);
                match digit_value(c) {
                    Some(d) => {
                        ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'][d as usize]
                    }
                    None => c,
                }
            }),
    );
    folded
}

fn note_numbering(doc: &Document, sink: &mut Sink) {
    // Each part's notes are numbered afresh, or on from the part before.
    let block_starts: Vec<usize> = doc
        .part_notes_sections
        .iter()
        .map(|s| s.notes.end)
        .collect();
    let mut previous: Option<&crate::notes::Note> = None;
    for (index, note) in doc.notes.iter().enumerate() {
        if block_starts.contains(&index) && previous.is_none_or(|p| note.number != p.number + 1) {
            previous = None;
        }
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
            // Numbers skipped here but standing further on are notes put
            // out of order (⑤ before ④), reported where they stand.
            Some(p)
                if note.number > p.number + 1
                    && !stand_later(doc, &block_starts, index, p.number + 1..note.number) =>
            {
                Some(NumberingProblem::Gap {
                    expected: p.number + 1,
                    found: note.number,
                })
            }
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

/// Whether every number of `skipped` numbers a note after note `index`
/// in its block.
fn stand_later(
    doc: &Document,
    block_starts: &[usize],
    index: usize,
    mut skipped: std::ops::Range<u32>,
) -> bool {
    let end = block_starts
        .iter()
        .copied()
        .find(|&s| s > index)
        .unwrap_or(doc.notes.len());
    let later = &doc.notes[index + 1..end.max(index + 1)];
    skipped.all(|n| later.iter().any(|note| note.number == n))
}

fn marker_order(doc: &Document, sink: &mut Sink) {
    // The markers' largest number, read once: each part starts afresh.
    let largest = doc.markers.iter().map(|m| m.number).max();
    let mut seen = Seen::for_numbers(largest);
    let mut highest: Option<&crate::markers::Marker> = None;
    // Each part numbers its markers afresh after its notes, or from where
    // its group of the notes gathered at the end serves.
    let grouped = doc
        .notes_section
        .as_ref()
        .is_some_and(|s| s.serves_from.is_some());
    let bounds: Vec<usize> = if grouped {
        doc.notes_sections()
            .skip(1)
            .filter_map(|s| s.serves_from)
            .collect()
    } else {
        doc.part_notes_sections
            .iter()
            .map(|s| s.range.end)
            .collect()
    };
    let mut part_ends = bounds.into_iter().peekable();
    for marker in &doc.markers {
        if part_ends
            .next_if(|&end| end <= marker.range.start)
            .is_some()
        {
            while part_ends
                .next_if(|&end| end <= marker.range.start)
                .is_some()
            {}
            seen = Seen::for_numbers(largest);
            highest = None;
        }
        // Named footnotes are numbered by where their notes stand, which
        // tells nothing of the order they are used in.
        if !seen.insert(marker.number) || marker.name(&doc.text).is_some() {
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

/// The marker numbers met so far. Markers carry numbers of at most three
/// digits, so a table indexed by number does what a hash set did at a
/// fraction of the cost (hashing was a third of the notes checks on a line
/// of 350,000 markers); a set stays for numbers too large for a table.
enum Seen {
    Table(Vec<bool>),
    Set(HashSet<u32>),
}

impl Seen {
    const MAX_TABLE: u32 = 1 << 16;

    /// A set for numbers up to `largest`.
    fn for_numbers(largest: Option<u32>) -> Self {
        match largest {
            Some(max) if max >= Self::MAX_TABLE => Seen::Set(HashSet::new()),
            max => Seen::Table(vec![false; max.map_or(0, |m| m as usize + 1)]),
        }
    }

    /// Whether `number` is new (as `HashSet::insert`).
    fn insert(&mut self, number: u32) -> bool {
        match self {
            Seen::Table(table) => match table.get_mut(number as usize) {
                Some(seen) => !std::mem::replace(seen, true),
                // Numbers come from the markers the table was sized for.
                None => true,
            },
            Seen::Set(set) => set.insert(number),
        }
    }
}
