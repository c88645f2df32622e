//! The rules: each family reads a [`Document`] and returns its findings.

mod bracketed_slogans;
mod conflicts;
mod counted_shares;
mod counts;
mod figure_text;
mod growth;
mod hand_pairs;
mod notes;
mod quoted_list_slogans;
mod quotes;
mod rates;
mod ratios;
mod respectively;
mod respelled;
mod section_spelled;
mod slogan_note_counts;
mod slogan_runs;
mod slogan_subjects;
mod slogan_variants;
mod slogans;
mod terms;
mod wholes;

pub use growth::{GrowthReading, PointsReading, growth_readings, points_readings};
pub use rates::{bounded_rate, bounded_share};
pub use ratios::ratio_readings;
pub use respectively::{RespectivelyReading, respectively_readings};
pub(crate) use slogan_variants::numeral_as_defined;
pub use slogans::{
    LineSlogan, NoteSlogan, NoteSlogans, SloganReading, slogan_parts, slogan_readings,
};
pub(crate) use slogans::{SloganMemo, line_slogans_in, note_slogans_of};
pub use wholes::{PartReading, part_readings};

use crate::config::Config;
use crate::diagnostic::{Code, Diagnostic, Finding, Related, Severity};
use crate::document::Document;
use std::ops::Range;
use std::sync::Arc;

/// A term defined by a note of another document of the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalDefinition {
    /// Index of the document in the workspace.
    pub file: usize,
    /// Its path, as the user named it.
    pub path: String,
    pub number: Option<u32>,
    pub range: Range<usize>,
}

/// What the checks may know beyond the document itself.
pub struct Context<'a> {
    pub config: &'a Config,
    /// Looks up a normalized term key in the other documents.
    pub elsewhere: &'a dyn Fn(&str) -> Option<ExternalDefinition>,
}

impl<'a> Context<'a> {
    /// A context for a document checked on its own.
    pub fn alone(config: &'a Config) -> Self {
        Context {
            config,
            elsewhere: &|_| None,
        }
    }
}

/// Whether `listed` items are less than half of a count `stated`, or
/// twice as many or more: no drafter's miscount, which is one or two off,
/// but a reading of something else (count-mismatch and slogan-count).
fn far_apart(stated: usize, listed: usize) -> bool {
    listed * 2 < stated || listed >= stated * 2
}

/// Collects findings, dropping those whose rule is off.
pub(crate) struct Sink {
    /// Each code's severity (`None`: off), read from the configuration
    /// once: looked up by name per finding, it was a tenth of placing
    /// hundreds of thousands of findings.
    severities: [Option<Severity>; Code::ALL.len()],
    out: Vec<Diagnostic>,
    /// The one empty list of related places every finding without any shares.
    none: Arc<[Related]>,
    /// The sort key of the last finding kept, and whether every finding so
    /// far came in order: then the list needs no sort, nor a pass over it
    /// to learn that it is sorted (350,000 findings are 36 MB to read again).
    last: Option<(usize, usize, Code)>,
    in_order: bool,
}

impl Sink {
    fn new(config: &Config) -> Self {
        Sink {
            severities: std::array::from_fn(|i| config.severity(Code::ALL[i])),
            out: Vec::new(),
            none: Arc::from([]),
            last: None,
            in_order: true,
        }
    }

    /// Keeps `diagnostic`, noting whether it comes after the last one kept.
    fn keep(&mut self, diagnostic: Diagnostic) {
        let key = (
            diagnostic.range.start,
            diagnostic.range.end,
            diagnostic.code(),
        );
        if self.last.is_some_and(|last| key < last) {
            self.in_order = false;
        }
        self.last = Some(key);
        self.out.push(diagnostic);
    }

    /// The severity of `code`'s findings, `None` when its rule is off.
    fn severity(&self, code: Code) -> Option<Severity> {
        self.severities[code as usize]
    }

    /// Room for `additional` findings of `code`, a rule that knows its
    /// count, so that hundreds of thousands of them are not copied as the
    /// list grows (none if the rule is off).
    pub(crate) fn reserve(&mut self, code: Code, additional: usize) {
        if self.severity(code).is_some() {
            self.out.reserve(additional);
        }
    }

    pub(crate) fn push(&mut self, range: Range<usize>, finding: Finding, related: Vec<Related>) {
        self.push_at_most(range, finding, related, Severity::Error);
    }

    /// A finding whose related places other findings share (clone the
    /// `Arc`: no list per finding).
    pub(crate) fn push_shared(
        &mut self,
        range: Range<usize>,
        finding: Finding,
        related: Arc<[Related]>,
    ) {
        if let Some(severity) = self.severity(finding.code()) {
            self.keep(Diagnostic {
                severity,
                range,
                finding,
                related,
            });
        }
    }

    /// A finding that may be a house style rather than a slip: reported no
    /// more severely than `cap` (a rule set to a milder level stays milder).
    pub(crate) fn push_at_most(
        &mut self,
        range: Range<usize>,
        finding: Finding,
        related: Vec<Related>,
        cap: Severity,
    ) {
        if let Some(severity) = self.severity(finding.code()) {
            let related = if related.is_empty() {
                self.none.clone()
            } else {
                related.into()
            };
            self.keep(Diagnostic {
                severity: severity.max(cap),
                range,
                finding,
                related,
            });
        }
    }
}

/// The codes each family of rules reports: a family runs only when one of
/// its rules is on (a rule turned off costs nothing).
const NOTES: &[Code] = &[
    Code::NoteMissing,
    Code::NotesSectionMissing,
    Code::NotesDuplicated,
    Code::NoteUnused,
    Code::MarkerMissing,
    Code::NoteNumbering,
    Code::MarkerOrder,
];
const TERMS: &[Code] = &[Code::TermUndefined, Code::TermDefinedElsewhere];
const QUOTES: &[Code] = &[Code::UnpairedQuote];
const COUNTS: &[Code] = &[Code::CountMismatch];
const SLOGANS: &[Code] = &[Code::SloganCount];
const WHOLES: &[Code] = &[
    Code::PartExceedsWhole,
    Code::PartsExceedWhole,
    Code::ShareMismatch,
];
const GROWTH: &[Code] = &[Code::GrowthMismatch, Code::PointsMismatch];
const RATES: &[Code] = &[Code::RateOutOfRange];
const RESPECTIVELY: &[Code] = &[Code::RespectivelyMismatch];
const RATIOS: &[Code] = &[Code::RatioSumMismatch];
const CONFLICTS: &[Code] = &[Code::FigureConflict];
/// The cross-report rules, which `Workspace::check` runs on a draft and the
/// report of the year before.
#[cfg(test)]
const CROSS_REPORT: &[Code] = &[
    Code::TargetReview,
    Code::TargetClaim,
    Code::TargetUnreported,
    Code::RestatedConflict,
    Code::StaleYear,
    Code::StaleCopy,
    Code::NoteDrift,
];

/// Every diagnostic of a document, in text order.
pub fn check(doc: &Document, context: &Context) -> Vec<Diagnostic> {
    let mut sink = Sink::new(context.config);
    let on = |codes: &[Code]| codes.iter().any(|&c| context.config.severity(c).is_some());
    let cues = &doc.cues;
    if on(NOTES) {
        notes::check(doc, &mut sink);
    }
    // The slogans' readings, read once: slogan-count judges them, and a
    // slogan spelled out in the body is no undefined term.
    let mut slogan_readings = (on(SLOGANS) || on(TERMS)).then(|| slogans::slogan_readings(doc));
    if let Some(readings) = &slogan_readings {
        doc.remember_slogans_read(readings);
    }
    // The slogans nothing explains, read once: term-undefined tells them,
    // and slogan-count those one numeral away from an explained one (or
    // one off from one written again and again).
    let (unexplained, spelled_out) = if slogan_readings.is_some() {
        terms::slogans_parted(doc)
    } else {
        Default::default()
    };
    let variants: Vec<Option<slogan_variants::Variant>> = if on(SLOGANS) {
        let explained = slogan_variants::Explained::new(doc, spelled_out, &unexplained);
        unexplained
            .iter()
            .map(|t| explained.variant_of(t))
            .collect()
    } else {
        Vec::new()
    };
    if on(TERMS) {
        terms::check(context, &unexplained, &variants, &mut sink);
    }
    if on(QUOTES) {
        quotes::check(doc, &mut sink);
    }
    let abstained = if on(COUNTS) {
        counts::check(doc, &mut sink)
    } else {
        Vec::new()
    };
    if on(SLOGANS) {
        slogans::check(doc, slogan_readings.take().unwrap_or_default(), &mut sink);
        slogan_variants::check(doc, context, &unexplained, &variants, &mut sink);
    }
    if on(WHOLES) {
        wholes::check(doc, cues, &mut sink);
    }
    if on(GROWTH) {
        growth::check(doc, &mut sink);
    }
    if on(RATES) {
        rates::check(doc, &mut sink);
    }
    if on(RESPECTIVELY) {
        respectively::check(doc, cues, &mut sink);
    }
    if on(RATIOS) {
        ratios::check(doc, &mut sink);
    }
    if on(CONFLICTS) {
        conflicts::check(doc, &mut sink);
    }
    let mut out = sink.out;
    // One slip, one finding: a slogan whose count a count reader reads
    // with the same list (`“四大行动”。一是…二是…三是…`), or whose note
    // restates the part's count over the same items (`2+3：…；3个专项政
    // 策，即甲、乙、丙、丁`), is reported by count-mismatch alone.
    let counts: Vec<(Range<usize>, u32, usize)> = out
        .iter()
        .filter_map(|d| match d.finding {
            Finding::CountMismatch { stated, listed, .. } => {
                Some((d.range.clone(), stated, listed))
            }
            _ => None,
        })
        .collect();
    if !counts.is_empty() || !abstained.is_empty() {
        let text = &doc.text;
        out.retain(|d| {
            let Finding::SloganCount { stated, listed, .. } = d.finding else {
                return true;
            };
            let same_line = |r: &Range<usize>| {
                let (first, last) = (r.start.min(d.range.start), r.end.max(d.range.end));
                !text[first..last].contains('\n')
            };
            let overlaps = |r: &Range<usize>| r.start < d.range.end && d.range.start < r.end;
            let told = counts
                .iter()
                .any(|(r, s, l)| overlaps(r) || (*s, *l) == (stated, listed) && same_line(r));
            // A count count-mismatch leaves unreported, its list read as
            // something else, leaves the slogan read with the same items
            // unreported too.
            let misread = abstained
                .iter()
                .any(|(r, s, l)| (*s, *l) == (stated, listed) && (overlaps(r) || same_line(r)));
            !told && !misread
        });
    }
    // `“两区四带”` and its part `“四带”` both read against one note's
    // group: the same count over the same items inside a wider finding is
    // one slip, said once on the whole slogan.
    let slogans: Vec<(Range<usize>, u32, usize)> = out
        .iter()
        .filter_map(|d| match d.finding {
            Finding::SloganCount { stated, listed, .. } => Some((d.range.clone(), stated, listed)),
            _ => None,
        })
        .collect();
    if slogans.len() > 1 {
        out.retain(|d| {
            let Finding::SloganCount { stated, listed, .. } = d.finding else {
                return true;
            };
            !slogans.iter().any(|(r, s, l)| {
                (*s, *l) == (stated, listed)
                    && r.start <= d.range.start
                    && d.range.end <= r.end
                    && r.len() > d.range.len()
            })
        });
    }
    // A list counted in a hard-wrapped paragraph that may go on past a line
    // the source left apart may have lost its other items there: a list
    // short of its count abstains. (Sums, `分别` and rates are read inside
    // a sentence, which no such line cuts.)
    let doubts = doc.line_index.wrap_doubts();
    if !doubts.is_empty() {
        out.retain(|d| !(too_few_listed(d) && beside_a_doubt(doc, doubts, d.range.start)));
    }
    // Often in order already (one rule's many findings): then not sorted,
    // since the stable sort allocates a scratch copy of the list first.
    if !sink.in_order {
        out.sort_by_key(|d| (d.range.start, d.range.end, d.code()));
    }
    out
}

/// Whether `d` finds a list short of its count, as a list whose items run
/// on past a break of its paragraph would be read (a list longer than its
/// count is no half of one).
fn too_few_listed(d: &Diagnostic) -> bool {
    match d.finding {
        Finding::CountMismatch { stated, listed, .. }
        | Finding::SloganCount { stated, listed, .. } => (listed as u64) < u64::from(stated),
        _ => false,
    }
}

/// Whether the model's line holding `offset` starts at a doubtful break of
/// a hard-wrapped source, or the line after it does.
fn beside_a_doubt(doc: &Document, doubts: &[usize], offset: usize) -> bool {
    let line = doc.line_at(offset);
    [line, line + 1]
        .iter()
        .filter_map(|&l| doc.lines.get(l))
        .any(|l| doubts.binary_search(&l.range.start).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sink reads a code's severity from its place in `Code::ALL`; a
    /// rule set off or to another level is read there as the configuration
    /// says.
    #[test]
    fn the_sink_reads_each_codes_configured_severity() {
        let config =
            Config::from_toml("[rules]\nnote-missing = \"off\"\nmarker-order = \"error\"\n")
                .expect("a valid configuration");
        let sink = Sink::new(&config);
        for (i, &code) in Code::ALL.iter().enumerate() {
            assert_eq!(code as usize, i);
            assert_eq!(sink.severity(code), config.severity(code), "{code:?}");
        }
        assert_eq!(sink.severity(Code::NoteMissing), None);
        assert_eq!(sink.severity(Code::MarkerOrder), Some(Severity::Error));
    }

    /// The sink knows whether its findings came in order, so that `check`
    /// sorts only lists that need it.
    #[test]
    fn the_sink_notes_findings_out_of_order() {
        let config = Config::default();
        let marker = |number| Finding::NoteMissing { number, name: None };
        let mut sink = Sink::new(&config);
        sink.push(3..6, marker(1), Vec::new());
        sink.push(3..6, marker(2), Vec::new());
        sink.push(3..9, marker(3), Vec::new());
        sink.push(7..9, marker(4), Vec::new());
        assert!(sink.in_order);
        sink.push(5..9, marker(5), Vec::new());
        assert!(!sink.in_order);
        let mut sink = Sink::new(&config);
        sink.push(3..6, marker(1), Vec::new());
        sink.push(3..5, marker(2), Vec::new());
        assert!(!sink.in_order);
    }

    /// An implemented code missing from the families would never be
    /// checked; one in two would keep a family running when it is off.
    #[test]
    fn every_code_belongs_to_exactly_one_family() {
        let families = [
            NOTES,
            TERMS,
            QUOTES,
            COUNTS,
            SLOGANS,
            WHOLES,
            GROWTH,
            RATES,
            RESPECTIVELY,
            RATIOS,
            CONFLICTS,
            CROSS_REPORT,
        ];
        for code in Code::ALL {
            let homes = families.iter().filter(|f| f.contains(code)).count();
            let expected = usize::from(code.is_implemented());
            assert_eq!(homes, expected, "{}", code.name());
        }
    }
}
