//! What the workspace keeps of a report for the features that read other
//! reports: who delivered it and when, its notes, the figures of its targets
//! and results, its undefined terms, and just enough text and positions to
//! show and point at them. A report that is only indexed (not open in the
//! editor) is held as this alone; its whole [`Document`] is dropped.

use std::ops::Range;
use std::sync::Arc;

use crate::document::Document;
use crate::figures::Figure;
use crate::identity::ReportIdentity;
use crate::notes::Note;
use crate::targets::{self, YearFigures};
use crate::terms::TermSource;
use crate::text::{Encoding, Position, floor_char_boundary};

/// A term that the report uses without a note of its own (a slogan, a
/// well-known or a glossary term): where another report's note may apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptTerm {
    /// As first written.
    pub text: String,
    /// Normalized.
    pub key: String,
    /// Whether nothing defines it (a slogan), rather than known words or
    /// the glossary.
    pub slogan: bool,
    pub uses: Vec<Range<usize>>,
}

/// A byte offset of the report and its position in the three encodings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchor {
    offset: u32,
    line: u32,
    utf8: u32,
    utf16: u32,
    utf32: u32,
}

/// The summary of one report. Offsets are the report's own, so that what
/// the summary answers points at the same places the document would.
#[derive(Clone, Debug)]
pub struct Summary {
    pub identity: ReportIdentity,
    /// The year of the title, which orders reports defining one term.
    pub title_year: Option<i32>,
    /// Targets, results, restated figures, hashed figure sentences.
    pub year: Arc<YearFigures>,
    /// Every note, as the document has it.
    pub notes: Vec<Note>,
    /// Terms used without a note of this report.
    pub terms: Vec<KeptTerm>,
    /// The figures `year` names, by their index in the document.
    figures: Vec<(usize, Figure)>,
    /// Pieces of the text (the notes, the figures with their indicators),
    /// in text order, apart.
    pieces: Vec<(usize, Box<str>)>,
    /// Positions of every offset the summary hands out, in offset order.
    anchors: Vec<Anchor>,
}

impl Summary {
    /// Reads what the cross-report features need from `doc` (known as
    /// `path`, whose name may say the government or the year), with the
    /// positions of its places: the summary that stands for a report whose
    /// document is dropped.
    pub fn of(doc: &Document, path: &str) -> Summary {
        Summary::read(doc, path, true)
    }

    /// The same without positions, for a report held whole too (each
    /// version of an open one): its places are located in its document.
    pub(crate) fn beside(doc: &Document, path: &str) -> Summary {
        Summary::read(doc, path, false)
    }

    fn read(doc: &Document, path: &str, positions: bool) -> Summary {
        let identity = ReportIdentity::of(doc, path);
        let year = Arc::new(targets::read(doc, identity.year));
        let mut indices: Vec<usize> = year
            .targets
            .iter()
            .chain(&year.results)
            .chain(&year.restated)
            .map(|s| s.figure)
            .filter(|&i| i < doc.figures.len())
            .collect();
        indices.sort_unstable();
        indices.dedup();
        let figures: Vec<(usize, Figure)> = indices
            .into_iter()
            .map(|i| (i, doc.figures[i].clone()))
            .collect();
        let terms: Vec<KeptTerm> = doc
            .terms
            .iter()
            .filter(|t| !matches!(t.source, TermSource::Note(_)))
            .map(|t| KeptTerm {
                text: t.text.clone(),
                key: t.key.clone(),
                slogan: t.source == TermSource::Slogan,
                uses: t.uses.clone(),
            })
            .collect();

        // The text kept: each note whole, each figure from its indicator.
        let mut kept: Vec<Range<usize>> = doc
            .notes
            .iter()
            .map(|n| n.range.start.min(n.number_range.start)..n.range.end.max(n.text_range.end))
            .collect();
        kept.extend(figures.iter().map(|(_, f)| {
            let start = f
                .indicator_span
                .as_ref()
                .map_or(f.span.start, |s| s.start)
                .min(f.span.start);
            start..f.span.end
        }));
        let pieces = pieces(&doc.text, kept);

        // The positions of every range handed out.
        let mut offsets: Vec<usize> = Vec::new();
        if !positions {
            return Summary {
                identity,
                title_year: doc.title.as_ref().and_then(|t| t.year),
                year,
                notes: doc.notes.clone(),
                terms,
                figures,
                pieces,
                anchors: Vec::new(),
            };
        }
        let mut add = |r: &Range<usize>| offsets.extend([r.start, r.end]);
        for n in &doc.notes {
            add(&n.number_range);
            add(&n.text_range);
            add(&n.range);
            n.term_range.iter().for_each(&mut add);
            n.page.iter().for_each(&mut add);
            n.aliases.iter().for_each(|a| add(&a.range));
        }
        for (_, f) in &figures {
            add(&f.span);
            f.indicator_span.iter().for_each(&mut add);
        }
        for s in &year.figure_sentences {
            add(&s.range);
        }
        year.claims.iter().for_each(&mut add);
        add(&year.review);
        year.targets_range.iter().for_each(&mut add);
        for t in &terms {
            t.uses.iter().for_each(&mut add);
        }
        let anchors = anchors(doc, offsets);

        Summary {
            identity,
            title_year: doc.title.as_ref().and_then(|t| t.year),
            year,
            notes: doc.notes.clone(),
            terms,
            figures,
            pieces,
            anchors,
        }
    }

    /// Figure `index` of the document, if the summary kept it (the figures
    /// of targets, results and restated figures).
    pub fn figure(&self, index: usize) -> Option<&Figure> {
        let at = self
            .figures
            .binary_search_by_key(&index, |(i, _)| *i)
            .ok()?;
        Some(&self.figures[at].1)
    }

    /// The text of `range`, if the summary kept it (within one piece).
    pub fn text(&self, range: Range<usize>) -> Option<&str> {
        let at = self
            .pieces
            .partition_point(|(start, _)| *start <= range.start);
        let (start, piece) = self.pieces.get(at.checked_sub(1)?)?;
        piece.get(range.start - start..range.end.checked_sub(*start)?)
    }

    /// A kept figure as written (`5%左右`).
    pub fn figure_text(&self, index: usize) -> Option<&str> {
        self.text(self.figure(index)?.span.clone())
    }

    /// Note `n`'s explanation (empty when not kept).
    pub fn note_text(&self, n: usize) -> &str {
        self.notes
            .get(n)
            .and_then(|note| self.text(note.text_range.clone()))
            .unwrap_or_default()
    }

    /// The position of an offset the summary handed out, in `encoding`
    /// (`None` for a summary made beside its document: ask the document).
    pub fn position(&self, offset: usize, encoding: Encoding) -> Option<Position> {
        let offset = u32::try_from(offset).ok()?;
        let at = self
            .anchors
            .binary_search_by_key(&offset, |a| a.offset)
            .ok()?;
        let a = self.anchors[at];
        let column = match encoding {
            Encoding::Utf8 => a.utf8,
            Encoding::Utf16 => a.utf16,
            Encoding::Utf32 => a.utf32,
        };
        Some(Position::new(a.line, column))
    }
}

/// The text of `ranges`, overlapping ones merged, in text order.
fn pieces(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<(usize, Box<str>)> {
    ranges.retain(|r| r.start < r.end && r.end <= text.len());
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
        .into_iter()
        .filter_map(|r| Some((r.start, Box::from(text.get(r)?))))
        .collect()
}

/// The positions of `offsets` in `doc`, in one pass over the text: each
/// column is counted on from the previous offset of its line.
fn anchors(doc: &Document, mut offsets: Vec<usize>) -> Vec<Anchor> {
    let text = &doc.text;
    offsets.retain(|&o| {
        o <= text.len() && u32::try_from(o).is_ok() && floor_char_boundary(text, o) == o
    });
    offsets.sort_unstable();
    offsets.dedup();
    let mut out = Vec::with_capacity(offsets.len());
    // The last anchor: its line, and where counting goes on from.
    let mut last: Option<(usize, usize, Anchor)> = None;
    for offset in offsets {
        let line = doc.line_index.line_of(offset);
        let (from, mut utf16, mut utf32) = match last {
            Some((l, at, a)) if l == line => (at, a.utf16 as usize, a.utf32 as usize),
            _ => (doc.line_index.line_range(text, line).start, 0, 0),
        };
        for c in text[from..offset].chars() {
            utf16 += c.len_utf16();
            utf32 += 1;
        }
        let start = doc.line_index.line_range(text, line).start;
        let anchor = Anchor {
            offset: offset as u32,
            line: line as u32,
            utf8: (offset - start) as u32,
            utf16: utf16 as u32,
            utf32: utf32 as u32,
        };
        out.push(anchor);
        last = Some((line, offset, anchor));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    const REPORT: &str = "2031年示例县政府工作报告\n各位代表：\n一、2030年工作回顾\n地区生产总值增长5.2%，推进“两网融合”①，落实“三个一”机制。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长5%左右。\n注释\n1.“两网融合”：城乡供水网和排水网。\n";

    #[test]
    fn keeps_notes_figures_and_their_positions() {
        let doc = Document::parse(REPORT, &Config::default());
        let s = Summary::of(&doc, "a.txt");
        assert_eq!(s.identity.year, Some(2031));
        assert_eq!(s.notes.len(), 1);
        assert_eq!(s.note_text(0), "城乡供水网和排水网。");
        let target = s.year.targets.first().expect("a target");
        assert_eq!(s.figure_text(target.figure), Some("5%左右"));
        let span = s.figure(target.figure).expect("kept").span.clone();
        for offset in [span.start, span.end] {
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                assert_eq!(
                    s.position(offset, encoding),
                    Some(doc.line_index.position(&doc.text, offset, encoding))
                );
            }
        }
        let slogan = s.terms.iter().find(|t| t.key == "三个一").expect("slogan");
        assert!(slogan.slogan);
        assert!(s.position(slogan.uses[0].start, Encoding::Utf16).is_some());
        // Nothing else of the text is kept.
        assert_eq!(s.text(0..6), None);
    }

    #[test]
    fn positions_agree_with_the_line_index_across_line_ends_and_wide_characters() {
        // CRLF and lone CR line ends, a character outside the BMP before
        // figures and terms on their line.
        let text = REPORT
            .replace("\n一、", "\r\n一、")
            .replace("\n二、", "\r二、")
            .replace("推进“两网融合”", "𠀀推进“两网融合”")
            .replace("主要预期目标是：", "𠀀主要预期目标是：");
        let doc = Document::parse(text, &Config::default());
        let s = Summary::of(&doc, "a.txt");
        assert!(s.anchors.len() > 10, "{}", s.anchors.len());
        for a in &s.anchors {
            let offset = a.offset as usize;
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                assert_eq!(
                    s.position(offset, encoding),
                    Some(doc.line_index.position(&doc.text, offset, encoding)),
                    "{offset} {encoding:?}"
                );
            }
        }
        // Beside its document, a summary keeps no positions.
        assert_eq!(Summary::beside(&doc, "a.txt").anchors.len(), 0);
    }
}
