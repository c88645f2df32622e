//! One report, parsed once per version: layout, notes, markers, terms.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use crate::brackets::brackets_of;
use crate::cache::{
    KeyMap, LineTexts, ParagraphBrackets, ParagraphCache, TextKey, TextQuery, logical_paragraphs,
    reuse, shift,
};
use crate::checks::{LineSlogan, NoteSlogans, SloganMemo, line_slogans_in, note_slogans_of};
use crate::config::Config;
use crate::cues::Cues;
use crate::figures::{ClauseBreaks, Figure, MAX_CLAUSE_BYTES, scan, scan_clause};
use crate::lines::{Line, split_lines};
use crate::list_forms::LeadCue;
use crate::lists::{CountedList, LineLists};
use crate::markers::{
    Enumeration, Found, Marker, MarkerStyle, TermUse, bare_digit_markers, labelled_bare_markers,
    parenthesized_markers, scan_paragraph, star_markers,
};
use crate::notes::{Note, NumberStyle, parse_notes};
use crate::outline::{Heading, HeadingKind, Title, close_ranges, layout, new_heading};
use crate::terms::{Caches, Term, TermInputs, TermSource, find_terms_cached};
use crate::text::LineIndex;

/// How many clauses of [`MAX_CLAUSE_BYTES`] or more a document scans
/// before [`Document::clause_range`] builds its index of clause breaks.
const LONG_SCANS_BEFORE_INDEX: usize = 64;

/// The clause breaks of a document's text, indexed only once long clauses
/// were asked for often: building the index reads every byte of the text
/// (a fifth of a keystroke in a 1 MB report), a long clause's scan 2 KB.
#[derive(Debug, Default)]
struct ClauseIndex {
    breaks: OnceLock<ClauseBreaks>,
    long_scans: AtomicUsize,
}

impl Clone for ClauseIndex {
    fn clone(&self) -> Self {
        ClauseIndex {
            breaks: self.breaks.clone(),
            long_scans: AtomicUsize::new(self.long_scans.load(Ordering::Relaxed)),
        }
    }
}

/// The notes section: its heading and its whole extent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotesSection {
    /// The heading; empty (at the first item) where the notes have none.
    pub heading: Range<usize>,
    pub range: Range<usize>,
    /// Other copies of the same block in the text, not read.
    pub copies: Vec<Range<usize>>,
    /// Its notes: indices into [`Document::notes`].
    pub notes: Range<usize>,
    /// One group of notes gathered at the end, numbered afresh under its
    /// part's sub-heading: where that part starts in the body.
    pub serves_from: Option<usize>,
    /// A page's notes at its foot, without a heading: the body goes on
    /// after them (see `notes_place::page_foot`).
    pub page_foot: bool,
}

/// The notes block a marker at `at` points into: its part's group where
/// the notes are gathered so, else the nearest block at or after it (a
/// part's own notes), else the last.
pub(crate) fn block_for<'s>(
    parts: &'s [NotesSection],
    last: Option<&'s NotesSection>,
    at: usize,
) -> Option<&'s NotesSection> {
    if last.is_some_and(|l| l.serves_from.is_some()) {
        let mut blocks = parts.iter().chain(last);
        return blocks
            .clone()
            .rev()
            .find(|s| s.serves_from.is_some_and(|from| from <= at))
            .or_else(|| blocks.next());
    }
    // The parts stand in text order: the first ending at or after `at`.
    parts
        .get(parts.partition_point(|s| s.range.end < at))
        .or(last)
}

/// The model of one report.
#[derive(Clone, Debug)]
pub struct Document {
    /// The text read, with full-width figures folded to ASCII (see
    /// `crate::fold`); [`Document::source_text`] gives the source's own.
    pub text: String,
    pub line_index: LineIndex,
    pub title: Option<Title>,
    /// Sections (with subsections), annexes and the notes section (with one
    /// child per note), in text order.
    pub outline: Vec<Heading>,
    pub notes_section: Option<NotesSection>,
    /// The notes of the parts before the last, where each part closes with
    /// its own notes (numbered afresh): markers point at the nearest block
    /// after them. Or the groups before the last of notes gathered at the
    /// end under each part's sub-heading (see [`NotesSection::serves_from`]):
    /// markers point at their part's group. Empty in a report with one
    /// notes section.
    pub part_notes_sections: Vec<NotesSection>,
    /// The notes of every block, in text order.
    pub notes: Vec<Note>,
    pub markers: Vec<Marker>,
    /// `①②③` runs numbering clauses, in the body and inside notes.
    pub enumerations: Vec<Enumeration>,
    pub terms: Vec<Term>,
    /// The report proper without the notes section: where terms are used
    /// and markers stand. Page clutter before the title and after the notes
    /// is outside.
    pub body: Vec<Range<usize>>,
    /// Lines of the text (one paragraph each in most reports).
    pub lines: Vec<Line>,
    /// Every figure of the body regions and the notes section, in text
    /// order, parsed once for the figure rules and for hover.
    pub figures: Vec<Figure>,
    /// Per region (the body's, then the notes section), its paragraphs with
    /// their quotes and brackets, for the pairing check.
    pub brackets: Vec<Vec<ParagraphBrackets>>,
    /// Cue words of the figure rules (`其中`, `分别`, `等`, `共`, colons).
    pub cues: Cues,
    /// Lists of names right before their count (`甲、乙两个园区`), read line
    /// by line (see [`crate::lists::counted_lists`]).
    pub bare_lists: Vec<CountedList>,
    /// Slogans defined where the text uses them (`“三城联创”，即…`), read
    /// line by line (see [`crate::checks::slogan_readings`]).
    pub line_slogans: Vec<LineSlogan>,
    /// Per note (by index), the slogans its term names, read in its text.
    pub note_slogans: Vec<Arc<NoteSlogans>>,
    /// Lines of the body whose last clause leads a numbered list
    /// (`做好以下五个方面工作：`), read line by line.
    pub(crate) lead_cues: Vec<LeadCue>,
    /// Lines of the body quoting a count (`“十大提升工程”`), read line by
    /// line: their content ranges.
    pub(crate) quoted_count_lines: Vec<Range<usize>>,
    /// Counts that may head sentences listing their items (see
    /// [`crate::anaphora_runs`]).
    pub(crate) count_heads: Vec<usize>,
    /// Per line (by index into `lines`), what the list readers read of a
    /// body line alone, where the line's content lies in the body whole:
    /// kept from the previous version for unchanged lines.
    pub(crate) body_line_lists: Vec<Option<Arc<LineLists>>>,
    /// Per-paragraph results, for the next version's parse.
    pub(crate) cache: ParagraphCache,
    /// The clause breaks of the text, found once long clauses are many.
    clause_index: ClauseIndex,
    /// Where the slogans' readings stand (see [`Document::is_spelled_out`]).
    slogans_read: OnceLock<Vec<usize>>,
    /// The counted lists, read once per version: the count rule and the
    /// slogan readers both ask (see [`crate::lists::counted_lists`]).
    pub(crate) counted_lists: OnceLock<Vec<crate::lists::CountedList>>,
}

impl Document {
    pub fn parse(text: impl Into<String>, config: &Config) -> Document {
        Document::build(text.into(), config, None, false)
    }

    /// Parses a new version of a document, reusing what the paragraphs it
    /// shares with `previous` gave there. The result equals `parse`'s.
    /// Keeps per-paragraph results for the version after (which a one-off
    /// `parse` does not pay for).
    pub fn reparse(
        text: impl Into<String>,
        config: &Config,
        previous: Option<&Document>,
    ) -> Document {
        Document::build(text.into(), config, previous, true)
    }

    fn build(text: String, config: &Config, previous: Option<&Document>, keep: bool) -> Document {
        // Hard-wrapped paragraphs are read whole, full-width figures as
        // ASCII; lines and columns stay the source's (see `crate::wrap`,
        // `crate::fold`).
        let (text, joins) = crate::wrap::join_wrapped(text);
        let old = previous.map(|p| &p.cache);
        let mut cache = ParagraphCache::sized_like(keep, old);
        let (text, folds) = if keep {
            // Only the edited lines are folded again (see `crate::fold`).
            let previous_fold = previous.and_then(|p| {
                let folds = p.line_index.folds();
                let input = match &p.cache.fold_input {
                    Some(input) => input.as_str(),
                    None if folds.is_empty() => p.text.as_str(),
                    None => return None,
                };
                Some(crate::fold::PreviousFold {
                    input,
                    folded: &p.text,
                    folds,
                })
            });
            let (text, folds, input) = crate::fold::refold(text, previous_fold);
            cache.fold_input = input;
            (text, folds)
        } else {
            crate::fold::fold_figures(text)
        };
        let joins = joins.moved(|at| folds.folded_offset(at, text.len()));
        let line_index = LineIndex::mapped(&text, folds, joins);
        let lines = split_lines(&text);
        let line_texts = LineTexts::intern(&text, &lines, old, &mut cache);
        let layout = layout(&text, &lines);

        let mut notes: Vec<Note> = Vec::new();
        let mut sections: Vec<NotesSection> = Vec::new();
        for place in layout.part_notes.iter().chain(layout.notes.as_ref()) {
            let first = notes.len();
            notes.extend(parse_notes(
                &text,
                &lines,
                place.first_item,
                place.stop_line,
                place.unnumbered,
                place.full_stop_terms,
                place.bare_digits,
            ));
            sections.push(NotesSection {
                heading: place.heading.clone(),
                range: place.heading.start
                    ..notes[first..]
                        .last()
                        .map_or(place.heading.end, |n| n.range.end),
                copies: place.copies.clone(),
                notes: first..notes.len(),
                serves_from: place.serves_from,
                page_foot: place.page_foot,
            });
        }
        let notes_section = sections.pop();
        let part_notes_sections = sections;

        let mut outline = layout.headings;
        // A copy of the notes block scraped before it ends the body too.
        // Notes at a page's foot end nothing.
        let page_foot = notes_section.as_ref().is_some_and(|n| n.page_foot);
        let body_end = notes_section
            .as_ref()
            .filter(|_| !page_foot)
            .map_or(text.len(), |n| {
                n.copies
                    .iter()
                    .map(|c| c.start)
                    .fold(n.heading.start, usize::min)
            });
        let annex_after_notes = notes_section
            .as_ref()
            .filter(|_| !page_foot)
            .and_then(|n| outline.iter().find(|h| h.heading.start >= n.range.end))
            .map(|h| h.heading.start);
        let mut body: Vec<Range<usize>> = Vec::with_capacity(2 + part_notes_sections.len());
        let front_notes = notes_section.as_ref().filter(|_| layout.notes_before_body);
        if let Some(notes) = front_notes {
            // Above notes standing before the body is only its cover.
            body.push(notes.range.end..text.len());
        } else {
            let mut body_start = layout.report.start.min(body_end);
            let feet = notes_section.as_ref().filter(|_| page_foot);
            for part in part_notes_sections.iter().chain(feet) {
                body.push(body_start..part.range.start);
                body_start = part.range.end;
            }
            body.push(body_start.min(body_end)..body_end);
            if let Some(start) = annex_after_notes {
                body.push(start..text.len());
            }
        }

        // Close section ranges inside the body, then add the notes node.
        let (before, after): (Vec<Heading>, Vec<Heading>) =
            outline.drain(..).partition(|h| h.heading.start < body_end);
        let mut before = before;
        close_ranges(&mut before, body_end, &lines);
        let mut after = after;
        close_ranges(&mut after, text.len(), &lines);
        outline = before;
        for section in part_notes_sections.iter().chain(&notes_section) {
            let mut node = new_heading(
                HeadingKind::Notes,
                None,
                text[section.heading.clone()].to_string(),
                section.heading.clone(),
            );
            node.range = section.range.clone();
            node.children = notes[section.notes.clone()]
                .iter()
                .map(|note| {
                    let mut child = new_heading(
                        HeadingKind::Note,
                        Some(note.number),
                        note.term
                            .clone()
                            .unwrap_or_else(|| first_words(&note.words(&text))),
                        note.number_range.start
                            ..note
                                .term_range
                                .as_ref()
                                .map_or(note.number_range.end, |t| t.end),
                    );
                    child.range = note.range.clone();
                    child
                })
                .collect();
            outline.push(node);
        }
        if !part_notes_sections.is_empty() || page_foot {
            outline.sort_by_key(|h| h.heading.start);
        }
        outline.extend(after);

        let mut found = Found::default();
        for region in &body {
            for line in lines_in(&lines, region) {
                scan_cached(
                    &text,
                    &line_texts,
                    line.content.clone(),
                    false,
                    old,
                    &mut cache,
                    &mut found,
                );
            }
        }
        for section in part_notes_sections.iter().chain(&notes_section) {
            for line in lines_in(&lines, &section.range) {
                let start = line.content.start.max(section.heading.end);
                if start < line.content.end {
                    scan_cached(
                        &text,
                        &line_texts,
                        start..line.content.end,
                        true,
                        old,
                        &mut cache,
                        &mut found,
                    );
                }
            }
        }
        let mut markers = found.markers;
        if notes_are_parenthesized(&notes) {
            markers.extend(parenthesized_markers(&text, &body));
            markers.sort_by_key(|m| m.range.start);
        } else if markers.is_empty() && notes_are_numbered(&notes) {
            // `（N）` glued after the terms of notes numbered another way
            // (`1.`, `［1］`): markers only when they point at their notes.
            let glued = parenthesized_markers(&text, &body);
            if glued_markers_fit_notes(&text, &glued, &notes) {
                markers = glued;
            }
        } else if markers.is_empty() && notes.is_empty() {
            // Notes lost upstream: glued `（N）` may still be their markers.
            let glued = parenthesized_markers(&text, &body);
            if glued_markers_number_lost_notes(&text, &glued) {
                markers = glued;
            }
        }
        // A part resuming the body after the notes (`二、…` after `一、…`
        // and its notes) has no notes of its own below.
        let resumed_part = notes_section
            .as_ref()
            .filter(|_| !layout.notes_before_body)
            .and_then(|n| {
                outline
                    .iter()
                    .find(|h| h.heading.start >= n.range.end)
                    .filter(|h| h.kind == HeadingKind::Section)
                    .map(|h| h.heading.start)
            });
        for marker in &mut markers {
            // The nearest block at or after the marker: its part's notes.
            let block = block_for(
                &part_notes_sections,
                notes_section.as_ref(),
                marker.range.start,
            )
            .map_or(0..0, |s| s.notes.clone());
            marker.note =
                note_of_marker(&text, marker, &notes[block.clone()]).map(|i| block.start + i);
            // There a mark is a note's above only after that note's term.
            if resumed_part.is_some_and(|at| marker.range.start >= at)
                && let Some(i) = marker.note
                && !follows_term(&text, marker.range.start, &notes[i])
            {
                marker.note = None;
            }
        }

        let note_names: Vec<(usize, Vec<&str>)> = notes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                let term = n.term.as_deref()?;
                let mut names = vec![term];
                names.extend(n.aliases.iter().map(|a| a.text.as_str()));
                Some((i, names))
            })
            .collect();
        let inputs = TermInputs {
            notes: note_names,
            glossary: config.glossary.keys().map(String::as_str).collect(),
            known: &config.terms.known,
        };
        let paragraphs = logical_paragraphs(&text, &lines, &body);
        let terms = find_terms_cached(
            &text,
            &body,
            &paragraphs,
            &inputs,
            &mut Caches {
                old,
                new: &mut cache,
            },
        );
        let term_uses: Vec<TermUse> = terms
            .iter()
            .filter_map(|t| match t.source {
                TermSource::Note(i) => Some((i, t)),
                _ => None,
            })
            .flat_map(|(i, t)| {
                let number = notes[i].number;
                t.uses.iter().map(move |u| TermUse {
                    note: i,
                    number,
                    end: u.end,
                })
            })
            .collect();
        markers.extend(bare_digit_markers(&text, &term_uses));
        markers.extend(labelled_bare_markers(&text, &term_uses));
        if let Some(star) = notes_star(&text, &notes) {
            markers.extend(star_markers(&text, &term_uses, star));
        }
        if !markers.is_sorted_by_key(|m| m.range.start) {
            markers.sort_by_key(|m| m.range.start);
        }
        let regions = analysed_regions(&body, part_notes_sections.iter().chain(&notes_section));
        let brackets = scan_brackets(&text, &line_texts, &lines, &regions, old, &mut cache);
        let cues = scan_cues(&text, &line_texts, &lines, &regions, old, &mut cache);
        let figures = scan_figures(&text, &line_texts, &lines, &regions, old, &mut cache);
        let (bare_lists, lead_cues, quoted_count_lines, count_heads, body_line_lists) =
            scan_line_lists(&text, &line_texts, &lines, &regions, old, &mut cache);
        let line_slogans = scan_line_slogans(&text, &lines, old, &mut cache);
        let note_slogans = read_note_slogans(&text, &notes, old, &mut cache);

        Document {
            line_index,
            title: layout.title,
            outline,
            notes_section,
            part_notes_sections,
            notes,
            markers,
            enumerations: found.enumerations,
            terms,
            body,
            lines,
            figures,
            brackets,
            cues,
            bare_lists,
            line_slogans,
            note_slogans,
            lead_cues,
            quoted_count_lines,
            count_heads,
            body_line_lists,
            text,
            cache,
            clause_index: ClauseIndex::default(),
            slogans_read: OnceLock::new(),
            counted_lists: OnceLock::new(),
        }
    }

    /// Keeps where `readings`, this version's slogan readings, stand, so
    /// that [`Document::is_spelled_out`] need not read them again.
    pub(crate) fn remember_slogans_read(&self, readings: &[crate::checks::SloganReading]) {
        self.slogans_read.get_or_init(|| read_at(readings));
    }

    /// Whether a slogan's use at `used` is spelled out where it stands: a
    /// reading of a slogan ([`crate::checks::slogan_readings`], read once
    /// per version) starts inside it.
    pub(crate) fn is_spelled_out(&self, used: &Range<usize>) -> bool {
        let read_at = self
            .slogans_read
            .get_or_init(|| read_at(&crate::checks::slogan_readings(self)));
        let from = read_at.partition_point(|&at| at < used.start);
        read_at.get(from).is_some_and(|&at| at < used.end)
    }

    /// The lines whose content starts inside `region` (a body region).
    pub(crate) fn lines_within(&self, region: &Range<usize>) -> &[Line] {
        let first = self
            .lines
            .partition_point(|l| l.content.start < region.start);
        let last = self.lines.partition_point(|l| l.content.start < region.end);
        &self.lines[first..last.max(first)]
    }

    /// [`Document::lines_within`], each line with what the list readers
    /// read of it alone when the parse read that line whole.
    pub(crate) fn body_lines_read(
        &self,
        region: &Range<usize>,
    ) -> impl Iterator<Item = (&Line, Option<&LineLists>)> {
        let first = self
            .lines
            .partition_point(|l| l.content.start < region.start);
        let lines = self.lines_within(region);
        lines.iter().enumerate().map(move |(i, line)| {
            let read = self
                .body_line_lists
                .get(first + i)
                .and_then(Option::as_deref);
            (line, read)
        })
    }

    /// The clause holding byte `offset`, as [`crate::figures::clause_range`]
    /// finds it. Clauses are scanned, up to [`MAX_CLAUSE_BYTES`] either
    /// side; once a text has asked for [`LONG_SCANS_BEFORE_INDEX`] clauses
    /// that long (a line without breaks, read per cue), the answers come
    /// from an index of the text's breaks, a binary search each.
    pub fn clause_range(&self, offset: usize) -> Range<usize> {
        let index = &self.clause_index;
        if let Some(breaks) = index.breaks.get() {
            return breaks.clause_range(&self.text, offset);
        }
        let (clause, cut) = scan_clause(&self.text, offset, MAX_CLAUSE_BYTES);
        if !cut || index.long_scans.fetch_add(1, Ordering::Relaxed) < LONG_SCANS_BEFORE_INDEX {
            return clause;
        }
        index
            .breaks
            .get_or_init(|| ClauseBreaks::new(&self.text))
            .clause_range(&self.text, offset)
    }

    /// Finds the note holding a byte: by binary search when the notes do
    /// not overlap, as they are read, else one by one (the test is made
    /// once, here, for every byte asked after).
    pub fn note_finder<'d>(&'d self) -> impl Fn(usize) -> Option<&'d Note> + 'd {
        let ordered = self
            .notes
            .windows(2)
            .all(|w| w[0].range.end <= w[1].range.start);
        move |at| {
            if !ordered {
                return self.notes.iter().find(|n| n.range.contains(&at));
            }
            let i = self.notes.partition_point(|n| n.range.end <= at);
            self.notes.get(i).filter(|n| n.range.contains(&at))
        }
    }

    /// Every notes block in text order: the parts' notes, then the last.
    pub fn notes_sections(&self) -> impl Iterator<Item = &NotesSection> {
        self.part_notes_sections
            .iter()
            .chain(self.notes_section.as_ref())
    }

    /// The byte offset in the source text (before full-width figures were
    /// folded and hard-wrapped lines joined, see `crate::fold` and
    /// `crate::wrap`) of an offset of [`Document::text`].
    pub fn source_offset(&self, offset: usize) -> usize {
        self.line_index.source_offset(offset)
    }

    pub fn source_range(&self, range: &Range<usize>) -> Range<usize> {
        self.line_index.source_range(range)
    }

    /// Edits of the model's text (quick fixes, renumbering) at the source's
    /// own offsets, to apply to the text as read.
    pub fn source_edits(&self, edits: Vec<crate::edits::TextEdit>) -> Vec<crate::edits::TextEdit> {
        edits
            .into_iter()
            .map(|e| crate::edits::TextEdit::replace(self.source_range(&e.range), e.new_text))
            .collect()
    }

    /// The source's own text of a range of [`Document::text`]: full-width
    /// figures as printed, wrapped lines broken as they were.
    pub fn source_text(&self, range: Range<usize>) -> std::borrow::Cow<'_, str> {
        self.line_index.source_text(&self.text, range)
    }

    /// The model's line (an index into [`Document::lines`]) holding
    /// `offset`. A paragraph hard-wrapped in the source is one line here,
    /// while the line index counts the source's lines.
    pub fn line_at(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.start <= offset)
            .saturating_sub(1)
    }

    /// The term of note `index`, if the note has one.
    pub fn note_term(&self, index: usize) -> Option<&Term> {
        self.terms
            .iter()
            .find(|t| t.source == TermSource::Note(index))
    }

    /// Markers pointing at note `index`.
    pub fn markers_of(&self, index: usize) -> impl Iterator<Item = &Marker> {
        self.markers.iter().filter(move |m| m.note == Some(index))
    }

    /// Whether the text looks like a report at all: a title, a notes
    /// section, or the address to the deputies.
    pub fn looks_like_report(&self) -> bool {
        self.title.is_some()
            || self.notes_section.is_some()
            || self
                .lines
                .iter()
                .take(300)
                .any(|l| self.text[l.content.clone()].starts_with("各位代表"))
    }
}

/// Markers and enumerations of one paragraph, from the cache when its text
/// was seen before.
fn scan_cached(
    text: &str,
    line_texts: &LineTexts,
    paragraph: Range<usize>,
    notes_only_lists: bool,
    old: Option<&ParagraphCache>,
    new: &mut ParagraphCache,
    found: &mut Found,
) {
    let slice = &text[paragraph.clone()];
    let facts = reuse(
        new.keep,
        old.map(|c| &c.markers),
        &mut new.markers,
        || line_texts.query(text, paragraph.clone(), notes_only_lists),
        || {
            let mut local = Found::default();
            scan_paragraph(slice, 0..slice.len(), notes_only_lists, &mut local);
            (local.markers, local.enumerations)
        },
    );
    let by = paragraph.start;
    let place_marker = |m: Marker| Marker {
        range: shift(&m.range, by),
        ..m
    };
    let place_enumeration = |e: Enumeration| Enumeration {
        items: e.items.iter().map(|(n, r)| (*n, shift(r, by))).collect(),
        paragraph: shift(&e.paragraph, by),
    };
    // A paragraph's facts that no cache keeps are moved, not copied.
    match Arc::try_unwrap(facts) {
        Ok((markers, enumerations)) => {
            // The first paragraph with facts hands over its lists (mapped in
            // place): a text that is one long paragraph copies nothing.
            if found.markers.is_empty() {
                found.markers = markers.into_iter().map(place_marker).collect();
            } else {
                found.markers.extend(markers.into_iter().map(place_marker));
            }
            if found.enumerations.is_empty() {
                found.enumerations = enumerations.into_iter().map(place_enumeration).collect();
            } else {
                found
                    .enumerations
                    .extend(enumerations.into_iter().map(place_enumeration));
            }
        }
        Err(shared) => {
            found
                .markers
                .extend(shared.0.iter().cloned().map(place_marker));
            found
                .enumerations
                .extend(shared.1.iter().cloned().map(place_enumeration));
        }
    }
}

/// The body regions and the notes section in text order, `true` for the
/// body: where brackets, cue words and figures are read.
/// Whether the text right before `at` (past closing quotes) is the note's
/// term.
/// The star bulleting every note of an unnumbered list (`*两网融合：…`).
fn notes_star(text: &str, notes: &[Note]) -> Option<char> {
    let first = notes.first()?;
    let star = text[first.number_range.clone()].chars().next()?;
    notes
        .iter()
        .all(|n| {
            n.style == NumberStyle::Unnumbered && text[n.number_range.clone()].starts_with(star)
        })
        .then_some(star)
}

fn follows_term(text: &str, at: usize, note: &Note) -> bool {
    let Some(term) = note.term.as_deref() else {
        return false;
    };
    let term: String = term
        .chars()
        .filter(|&c| !crate::chars::is_quote(c) && !crate::chars::is_space(c))
        .collect();
    !term.is_empty()
        && text[..at]
            .trim_end_matches(|c: char| {
                crate::chars::is_quote(c)
                    || crate::chars::is_space(c)
                    || matches!(c, '》' | '」' | '』')
            })
            .ends_with(term.as_str())
}

fn analysed_regions<'a>(
    body: &[Range<usize>],
    notes: impl Iterator<Item = &'a NotesSection>,
) -> Vec<(Range<usize>, bool)> {
    let mut regions: Vec<(Range<usize>, bool)> = body.iter().map(|r| (r.clone(), true)).collect();
    regions.extend(notes.map(|n| (n.range.clone(), false)));
    regions.sort_by_key(|(r, _)| r.start);
    regions
}

fn lines_in<'a>(lines: &'a [Line], region: &'a Range<usize>) -> impl Iterator<Item = Line> + 'a {
    lines_in_indexed(lines, region).map(|(_, line)| line)
}

/// [`lines_in`], each line with its index in `lines`.
fn lines_in_indexed<'a>(
    lines: &'a [Line],
    region: &'a Range<usize>,
) -> impl Iterator<Item = (usize, Line)> + 'a {
    let first = lines.partition_point(|l| l.range.end < region.start);
    lines[first..]
        .iter()
        .enumerate()
        .take_while(move |(_, l)| l.range.start < region.end)
        .map(move |(i, l)| {
            let line = Line {
                range: l.range.start.max(region.start)..l.range.end.min(region.end),
                content: l.content.start.max(region.start)..l.content.end.min(region.end),
            };
            (first + i, line)
        })
        .filter(|(_, l)| l.content.start < l.content.end)
}

/// The brackets of every paragraph, region by region (the pairing check
/// resets between regions). Only bytes that can start a bracket are decoded.
fn scan_brackets(
    text: &str,
    line_texts: &LineTexts,
    lines: &[Line],
    regions: &[(Range<usize>, bool)],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> Vec<Vec<ParagraphBrackets>> {
    regions
        .iter()
        .map(|(region, _)| {
            lines_in(lines, region)
                .map(|line| {
                    let slice = &text[line.content.clone()];
                    let brackets = reuse(
                        cache.keep,
                        old.map(|c| &c.brackets),
                        &mut cache.brackets,
                        || line_texts.query(text, line.content.clone(), ()),
                        || brackets_of(slice),
                    );
                    ParagraphBrackets {
                        paragraph: line.content,
                        brackets,
                    }
                })
                .collect()
        })
        .collect()
}

/// The cue words of the body and the notes section, paragraph by paragraph.
fn scan_cues(
    text: &str,
    line_texts: &LineTexts,
    lines: &[Line],
    regions: &[(Range<usize>, bool)],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> Cues {
    let mut cues = Cues::default();
    for (region, in_body) in regions {
        for line in lines_in(lines, region) {
            let slice = &text[line.content.clone()];
            let found = reuse(
                cache.keep,
                old.map(|c| &c.cues),
                &mut cache.cues,
                || line_texts.query(text, line.content.clone(), *in_body),
                || Cues::in_paragraph(slice, *in_body),
            );
            cues.extend_shifted(&found, line.content.start);
        }
    }
    cues
}

/// The figures of the body regions and the notes section, with offsets into
/// the whole text, scanned line by line (figures do not cross paragraphs) so
/// that unchanged lines come from the previous version's cache.
fn scan_figures(
    text: &str,
    line_texts: &LineTexts,
    lines: &[Line],
    regions: &[(Range<usize>, bool)],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> Vec<Figure> {
    let mut figures = Vec::new();
    for (region, _) in regions {
        for line in lines_in(lines, region) {
            let slice = &text[line.content.clone()];
            let found = reuse(
                cache.keep,
                old.map(|c| &c.figures),
                &mut cache.figures,
                || line_texts.query(text, line.content.clone(), ()),
                || scan(slice),
            );
            let by = line.content.start;
            let place = move |mut figure: Figure| {
                figure.span = shift(&figure.span, by);
                figure.number_span = shift(&figure.number_span, by);
                figure.indicator_span = figure.indicator_span.as_ref().map(|r| shift(r, by));
                figure
            };
            // A line's figures that no cache keeps are moved, not copied.
            match Arc::try_unwrap(found) {
                Ok(found) => figures.extend(found.into_iter().map(place)),
                Err(shared) => figures.extend(shared.iter().cloned().map(place)),
            }
        }
    }
    figures
}

/// What [`scan_line_lists`] gives: bare lists, lead cues, lines quoting a
/// count, count heads, and per line what was read of it alone.
type LineListScan = (
    Vec<CountedList>,
    Vec<LeadCue>,
    Vec<Range<usize>>,
    Vec<usize>,
    Vec<Option<Arc<LineLists>>>,
);

/// Lists of names before their count, and lead cues in the body, line by
/// line: a line reads the same on its own, so unchanged lines come from the
/// previous version's cache.
fn scan_line_lists(
    text: &str,
    line_texts: &LineTexts,
    lines: &[Line],
    regions: &[(Range<usize>, bool)],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> LineListScan {
    let mut lists = Vec::new();
    let mut leads = Vec::new();
    let mut quoted = Vec::new();
    let mut heads = Vec::new();
    let mut by_line: Vec<Option<Arc<LineLists>>> = vec![None; lines.len()];
    for (region, body) in regions {
        for (index, line) in lines_in_indexed(lines, region) {
            let slice = &text[line.content.clone()];
            let found = reuse(
                cache.keep,
                old.map(|c| &c.bare_lists),
                &mut cache.bare_lists,
                || line_texts.query(text, line.content.clone(), ()),
                || LineLists::read(slice),
            );
            let by = line.content.start;
            lists.extend(found.bare.iter().map(|l| CountedList {
                count_range: shift(&l.count_range, by),
                items: l.items.iter().map(|r| shift(r, by)).collect(),
                ..l.clone()
            }));
            if *body && let Some(lead) = &found.lead {
                leads.push(LeadCue {
                    count_range: shift(&lead.count_range, by),
                    paired: lead.paired.as_ref().map(|(n, r)| (*n, shift(r, by))),
                    ..lead.clone()
                });
            }
            if *body && found.quotes_count {
                quoted.push(line.content.clone());
            }
            if *body {
                heads.extend(found.heads.iter().map(|h| h + by));
                // Only a line read whole reads as it would alone.
                if line.content == lines[index].content {
                    by_line[index] = Some(found);
                }
            }
        }
    }
    (lists, leads, quoted, heads, by_line)
}

/// Slogans defined where they are used, line by line over the whole text
/// (the notes decide later which of them a note defines instead): only
/// lines with a quote, or a bracket that may gloss an unquoted slogan, are
/// read or cached.
fn scan_line_slogans(
    text: &str,
    lines: &[Line],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> Vec<LineSlogan> {
    let quote = memchr::memmem::Finder::new("“");
    let bracket = memchr::memmem::Finder::new("（");
    let mut out = Vec::new();
    let mut memo = SloganMemo::default();
    for line in lines {
        let slice = &text[line.range.clone()];
        let bytes = slice.as_bytes();
        if quote.find(bytes).is_none()
            && bracket.find(bytes).is_none()
            && memchr::memchr(b'(', bytes).is_none()
        {
            continue;
        }
        let found = reuse(
            cache.keep,
            old.map(|c| &c.line_slogans),
            &mut cache.line_slogans,
            || TextQuery::of(slice),
            || line_slogans_in(slice, &mut memo),
        );
        let by = line.range.start;
        out.extend(found.iter().map(|s| LineSlogan {
            open: s.open + by,
            inner: shift(&s.inner, by),
            definition: shift(&s.definition, by),
            ..s.clone()
        }));
    }
    out
}

/// The slogans each note's term names, read in its explanation; a note
/// keeps its reading while its term, aliases and text stay the same.
fn read_note_slogans(
    text: &str,
    notes: &[Note],
    old: Option<&ParagraphCache>,
    cache: &mut ParagraphCache,
) -> Vec<Arc<NoteSlogans>> {
    // Notes alike (a notes section of one term over and over) are read once
    // per parse, whether or not a cache is kept.
    let mut seen: KeyMap<TextKey, Arc<NoteSlogans>> = KeyMap::default();
    notes
        .iter()
        .map(|note| {
            let Some(term) = note.term.as_deref() else {
                return Arc::default();
            };
            let aliases: Vec<&str> = note.aliases.iter().map(|a| a.text.as_str()).collect();
            let definition = note.text(text);
            let mut key = format!("{term}\u{1}");
            for alias in &aliases {
                key.push_str(alias);
                key.push('\u{1}');
            }
            key.push_str(definition);
            let query = TextQuery::of(&key);
            if let Some(read) = seen.get(&query) {
                return Arc::clone(read);
            }
            let read = reuse(
                cache.keep,
                old.map(|c| &c.note_slogans),
                &mut cache.note_slogans,
                || query,
                || note_slogans_of(term, &aliases, definition),
            );
            seen.insert(query.to_key(), Arc::clone(&read));
            read
        })
        .collect()
}

/// Whether most notes are numbered `（1）`, the one layout where the body's
/// glued `（N）` may be markers.
fn notes_are_parenthesized(notes: &[Note]) -> bool {
    let parenthesized = notes
        .iter()
        .filter(|n| n.style == NumberStyle::Parenthesized)
        .count();
    parenthesized >= 3 && parenthesized * 2 > notes.len()
}

/// Whether at least three notes are numbered in digits (`1.`, `［1］`),
/// most of them so.
/// Which of `notes` `marker` points at: by number, or a Markdown
/// footnote's by name (`[^sanwang]` at `[^sanwang]:`). A named marker takes
/// its note's number; a number never points at a note defined by name.
fn note_of_marker(text: &str, marker: &mut Marker, notes: &[Note]) -> Option<usize> {
    let name = (marker.style == MarkerStyle::Footnote)
        .then(|| crate::markers::footnote_name(&text[marker.range.clone()]))
        .flatten();
    let Some(name) = name else {
        return notes
            .iter()
            .position(|n| n.number == marker.number && n.name(text).is_none());
    };
    let i = notes.iter().position(|n| n.name(text) == Some(name))?;
    marker.number = notes[i].number;
    Some(i)
}

fn notes_are_numbered(notes: &[Note]) -> bool {
    let numbered = notes
        .iter()
        .filter(|n| matches!(n.style, NumberStyle::Dotted | NumberStyle::Bracketed))
        .count();
    numbered >= 3 && numbered * 2 > notes.len()
}

/// Whether glued `（N）` numbers are the markers of notes numbered another
/// way: at least three, each numbering a note, and at least two in three
/// printed right after the end of the term of the note they number
/// (`“双减”(7)` for note 7 `“双减”：…`). List items glued to a word do not
/// close the terms of the notes of the same numbers.
fn glued_markers_fit_notes(text: &str, glued: &[Marker], notes: &[Note]) -> bool {
    if glued.len() < 3 {
        return false;
    }
    let mut after_term = 0;
    let mut unmatched = 0;
    for marker in glued {
        let Some(note) = notes.iter().find(|n| n.number == marker.number) else {
            // A marker whose note was lost (`“甲”（51）` past the last note)
            // is still one, when it closes a quoted term: a few such.
            unmatched += 1;
            if !text[..marker.range.start].ends_with('”')
                || unmatched * MAX_UNMATCHED_SHARE > glued.len()
            {
                return false;
            }
            continue;
        };
        let term = note.term.as_deref().unwrap_or_default();
        let before = &text[..marker.range.start];
        if term_ends_before(term, before) {
            after_term += 1;
        }
    }
    after_term * 3 >= glued.len() * 2
}

/// Of glued `（N）` read as markers of notes numbered another way, at most
/// one in this many may number no note.
const MAX_UNMATCHED_SHARE: usize = 10;

/// The fewest glued `（N）` read as the markers of notes that are missing.
const MIN_MARKERS_OF_LOST_NOTES: usize = 5;

/// Whether glued `（N）` numbers, in a report with no notes, are markers
/// all the same: at least five, numbered 1, 2, 3… with no gap, and spread
/// over three paragraphs or more, as markers numbering notes by first use
/// are. The items of a list stay in their paragraph.
fn glued_markers_number_lost_notes(text: &str, glued: &[Marker]) -> bool {
    let counted = glued.len() >= MIN_MARKERS_OF_LOST_NOTES
        && glued.iter().zip(1u32..).all(|(m, n)| m.number == n);
    let paragraphs = 1 + glued
        .windows(2)
        .filter(|w| text[w[0].range.end..w[1].range.start].contains('\n'))
        .count();
    counted && paragraphs >= 3
}

/// Whether `before` closes with the last two characters of `term` (quotes
/// and brackets set aside on both).
fn term_ends_before(term: &str, before: &str) -> bool {
    let is_mark = |c: char| {
        matches!(c, '“' | '”' | '"' | '《' | '》' | '‘' | '’') || crate::chars::is_space(c)
    };
    let tail: Vec<char> = term
        .trim_end_matches(is_mark)
        .chars()
        .rev()
        .take(2)
        .collect();
    let printed: Vec<char> = before
        .trim_end_matches(is_mark)
        .chars()
        .rev()
        .take(2)
        .collect();
    tail.len() == 2 && tail == printed
}

/// The first few words of a note without a term, to name it in the outline.
fn first_words(text: &str) -> String {
    let words: String = text.chars().take(16).collect();
    if text.chars().count() > 16 {
        format!("{words}…")
    } else {
        words
    }
}

/// The sorted starts of `readings`' slogans.
fn read_at(readings: &[crate::checks::SloganReading]) -> Vec<usize> {
    let mut at: Vec<usize> = readings.iter().map(|r| r.term_range.start).collect();
    at.sort_unstable();
    at
}
