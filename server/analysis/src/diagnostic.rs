//! Diagnostics as data: a code, a severity, a byte range, the facts of the
//! finding, and related places. Words come from `messages`.

use std::ops::Range;
use std::sync::Arc;

pub use crate::target_pairs::Outcome;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident;)*) => {
        /// The stable rule codes of rules.md.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $($variant),* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name),* }
            }

            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }

            pub fn from_name(name: &str) -> Option<Code> {
                match name { $($name => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    NoteMissing = "note-missing", Error;
    NotesSectionMissing = "notes-section-missing", Error;
    NotesDuplicated = "notes-duplicated", Hint;
    NoteUnused = "note-unused", Warning;
    MarkerMissing = "marker-missing", Hint;
    NoteNumbering = "note-numbering", Warning;
    MarkerOrder = "marker-order", Info;
    TermUndefined = "term-undefined", Hint;
    TermDefinedElsewhere = "term-defined-elsewhere", Info;
    UnpairedQuote = "unpaired-quote", Warning;
    CountMismatch = "count-mismatch", Warning;
    SloganCount = "slogan-count", Warning;
    PartExceedsWhole = "part-exceeds-whole", Error;
    PartsExceedWhole = "parts-exceed-whole", Warning;
    ShareMismatch = "share-mismatch", Warning;
    GrowthMismatch = "growth-mismatch", Warning;
    PointsMismatch = "points-mismatch", Warning;
    RateOutOfRange = "rate-out-of-range", Warning;
    RespectivelyMismatch = "respectively-mismatch", Warning;
    RatioSumMismatch = "ratio-sum-mismatch", Warning;
    FigureConflict = "figure-conflict", Warning;
    TargetReview = "target-review", Info;
    TargetClaim = "target-claim", Warning;
    TargetUnreported = "target-unreported", Hint;
    RestatedConflict = "restated-conflict", Warning;
    StaleYear = "stale-year", Warning;
    StaleCopy = "stale-copy", Info;
    NoteDrift = "note-drift", Info;
}

impl Code {
    /// Whether this build has a check for the code (the others are reserved).
    pub fn is_implemented(self) -> bool {
        matches!(
            self,
            Code::NoteMissing
                | Code::NotesSectionMissing
                | Code::NotesDuplicated
                | Code::NoteUnused
                | Code::MarkerMissing
                | Code::NoteNumbering
                | Code::MarkerOrder
                | Code::TermUndefined
                | Code::TermDefinedElsewhere
                | Code::UnpairedQuote
                | Code::CountMismatch
                | Code::SloganCount
                | Code::PartExceedsWhole
                | Code::PartsExceedWhole
                | Code::ShareMismatch
                | Code::GrowthMismatch
                | Code::PointsMismatch
                | Code::RateOutOfRange
                | Code::RespectivelyMismatch
                | Code::RatioSumMismatch
                | Code::FigureConflict
                | Code::TargetReview
                | Code::TargetClaim
                | Code::TargetUnreported
                | Code::StaleYear
                | Code::RestatedConflict
                | Code::StaleCopy
                | Code::NoteDrift
        )
    }
}

/// How note numbers go wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberingProblem {
    /// `expected` was skipped: the next note is `found`.
    Gap {
        expected: u32,
        found: u32,
    },
    Duplicate {
        number: u32,
    },
    /// `number` comes after the larger `previous`.
    OutOfOrder {
        number: u32,
        previous: u32,
    },
}

/// The facts of one finding; `messages` turns them into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    NoteMissing {
        number: u32,
        /// A Markdown footnote's name (`[^sanwang]`), when it has one.
        name: Option<String>,
    },
    /// Markers in the body and no notes section at all: one finding for
    /// all of them.
    NotesSectionMissing {
        markers: usize,
    },
    /// The notes block stands more than once in the text (scraped twice).
    NotesDuplicated {
        copies: usize,
    },
    NoteUnused {
        number: u32,
        term: Option<String>,
    },
    MarkerMissing {
        number: u32,
        term: String,
    },
    NoteNumbering(NumberingProblem),
    MarkerOrder {
        number: u32,
        previous: u32,
    },
    TermUndefined {
        term: String,
        uses: usize,
    },
    TermDefinedElsewhere {
        term: Box<str>,
        file: Box<str>,
        number: Option<u32>,
    },
    UnpairedQuote {
        open: char,
        close: char,
        missing_close: bool,
    },
    /// A stated count and the items listed for it.
    CountMismatch {
        stated: u32,
        listed: usize,
        /// The list ends with `等`: fewer items would have been fine.
        open: bool,
    },
    /// A numeral of a slogan and the items its definition lists for it.
    SloganCount {
        slogan: Box<str>,
        /// The numeral's word (`减` of `四减一优化`).
        word: Box<str>,
        stated: u32,
        listed: usize,
    },
    /// A slogan nothing explains, one numeral away from one the report
    /// explains (`三个维护` beside the note on `两个维护`), or from one it
    /// writes again and again, explained nowhere, with a numeral one off.
    SloganVariant {
        slogan: Box<str>,
        /// The other slogan, as first written.
        defined: Box<str>,
        /// The numeral that differs, here and in the other slogan.
        stated: u32,
        defined_value: u32,
        /// How often the report writes the other slogan, when nothing
        /// explains it (twice or more); 0 when the report explains it (an
        /// `Option` would not keep findings within their size).
        written: u32,
    },
    /// Figures as written (`9.1亿元`, `8.3亿元`).
    PartExceedsWhole {
        part: Box<str>,
        whole: Box<str>,
    },
    PartsExceedWhole(Box<PartsSum>),
    /// Groups after a count's colon adding up to less than the count
    /// (`9个：甲类3个，乙类5个`); said as a count-mismatch.
    GroupsShort(Box<PartsSum>),
    /// A share printed after a part (`占比80%`) that part over whole denies.
    ShareMismatch(Box<ShareOfWhole>),
    /// A town-to-country income ratio (`城乡居民收入比为1.76`) the two
    /// incomes printed before it deny: part is the town's, whole the
    /// country's, share the ratio printed.
    IncomeRatioMismatch(Box<ShareOfWhole>),
    /// A growth rate the two levels do not allow.
    GrowthMismatch(Box<Change>),
    /// A change in percentage points the two rates do not allow.
    PointsMismatch(Box<Change>),
    RateOutOfRange {
        /// The rate's name (`森林覆盖率`), or the verb for a decrease.
        name: Box<str>,
        value: Box<str>,
        decrease: bool,
    },
    RespectivelyMismatch {
        subjects: usize,
        values: usize,
    },
    /// A structure ratio (`10.2∶42.5∶47.3`) whose parts do not add up to
    /// 100: the ratio as printed and the sum of its parts.
    RatioSumMismatch {
        ratio: Box<str>,
        sum: Box<str>,
    },
    FigureConflict(Box<FigureConflict>),
    /// Last year's target and this result.
    TargetReview(Box<TargetReview>),
    /// A claim that every target was met; the indicators whose target was missed.
    TargetClaim {
        missed: Vec<String>,
    },
    /// A figure that differs from the one its year's report printed.
    RestatedConflict(Box<RestatedConflict>),
    /// A sentence of the review with figures, word for word last year's.
    StaleCopy,
    /// A note explained differently by last year's report (its note `number`).
    NoteDrift {
        term: String,
        number: u32,
    },
    /// A year or ordinal that does not fit the report's `year`: `written` as
    /// in the text, `expected` what the year asks for.
    StaleYear {
        written: Box<str>,
        year: i32,
        expected: Box<str>,
    },
    /// A target of last year's report that the draft's review never reports on.
    TargetUnreported {
        indicator: Box<str>,
        year: Option<i32>,
        target: Box<str>,
    },
}

// The findings below carry several strings each and are rare: boxed, so
// that every `Finding` (and a text's hundreds of thousands of note-missing
// ones) is no larger than the common findings need. Findings with two
// strings hold them as `Box<str>` (16 bytes, not 24) for the same reason:
// a `Diagnostic` of 88 bytes rather than 104 keeps 350,000 of them under
// the 32 MiB above which the allocator maps fresh pages for every list.

/// Parts of a whole (`其中`) that add up to more than it: figures as
/// written (`9.1亿元`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartsSum {
    pub parts: Vec<String>,
    /// The smallest the parts can add up to, displayed (`11.2亿元`).
    pub sum: String,
    pub whole: String,
}

/// A part's printed share of its whole, figures as written, and the share
/// the printed part and whole give (`66.7%`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareOfWhole {
    pub share: String,
    pub part: String,
    pub whole: String,
    pub implied: String,
}

/// `from` → `to` printed, `stated` change; `implied` is the range the
/// levels allow, written for people (`36.1%–36.5%`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub from: String,
    pub to: String,
    pub stated: String,
    pub implied: String,
}

/// Two figures of one indicator for the same period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureConflict {
    pub indicator: String,
    pub value: String,
    pub other: String,
}

/// Last year's target (as written, with its year) and this result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetReview {
    pub indicator: String,
    pub year: Option<i32>,
    pub target: String,
    pub result: String,
    pub outcome: Outcome,
}

/// A figure for `year` that differs from the one that year's report printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestatedConflict {
    pub indicator: String,
    pub year: i32,
    pub value: String,
    pub printed: String,
}

impl Finding {
    pub fn code(&self) -> Code {
        match self {
            Finding::NoteMissing { .. } => Code::NoteMissing,
            Finding::NotesSectionMissing { .. } => Code::NotesSectionMissing,
            Finding::NotesDuplicated { .. } => Code::NotesDuplicated,
            Finding::NoteUnused { .. } => Code::NoteUnused,
            Finding::MarkerMissing { .. } => Code::MarkerMissing,
            Finding::NoteNumbering(_) => Code::NoteNumbering,
            Finding::MarkerOrder { .. } => Code::MarkerOrder,
            Finding::TermUndefined { .. } => Code::TermUndefined,
            Finding::TermDefinedElsewhere { .. } => Code::TermDefinedElsewhere,
            Finding::UnpairedQuote { .. } => Code::UnpairedQuote,
            Finding::CountMismatch { .. } => Code::CountMismatch,
            Finding::SloganCount { .. } | Finding::SloganVariant { .. } => Code::SloganCount,
            Finding::PartExceedsWhole { .. } => Code::PartExceedsWhole,
            Finding::PartsExceedWhole(_) => Code::PartsExceedWhole,
            Finding::GroupsShort(_) => Code::CountMismatch,
            Finding::IncomeRatioMismatch(_) => Code::ShareMismatch,
            Finding::ShareMismatch(_) => Code::ShareMismatch,
            Finding::GrowthMismatch(_) => Code::GrowthMismatch,
            Finding::PointsMismatch(_) => Code::PointsMismatch,
            Finding::RateOutOfRange { .. } => Code::RateOutOfRange,
            Finding::RespectivelyMismatch { .. } => Code::RespectivelyMismatch,
            Finding::RatioSumMismatch { .. } => Code::RatioSumMismatch,
            Finding::FigureConflict(_) => Code::FigureConflict,
            Finding::TargetReview(_) => Code::TargetReview,
            Finding::TargetClaim { .. } => Code::TargetClaim,
            Finding::TargetUnreported { .. } => Code::TargetUnreported,
            Finding::StaleYear { .. } => Code::StaleYear,
            Finding::StaleCopy => Code::StaleCopy,
            Finding::NoteDrift { .. } => Code::NoteDrift,
            Finding::RestatedConflict(_) => Code::RestatedConflict,
        }
    }
}

/// What a related place is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RelatedKind {
    /// The notes section, where the note would be.
    NotesSection,
    /// Note `n`.
    Note(u32),
    /// A use of the term.
    Use,
    /// The earlier marker.
    Marker(u32),
    /// The note of another report that defines the term.
    DefinedIn(Option<u32>),
    /// The previous note with the same or a larger number.
    PreviousNote(u32),
    /// The list a stated count counts (its first item).
    List,
    /// The whole a `其中` part belongs to.
    Whole,
    /// The level a growth rate or a change starts from.
    FromLevel,
    /// The subjects before `分别`.
    Subjects,
    /// The rate's name.
    RateName,
    /// The same indicator's other figure.
    OtherFigure,
    /// Last year's target, in the previous report.
    Target,
    /// A result that missed its target.
    MissedResult,
    /// The figure as the report of its year printed it.
    Printed,
    /// The same sentence in last year's report.
    CopiedFrom,
    /// Last year's note on the same term.
    PreviousExplanation(u32),
}

/// Another place that explains a finding. `file` is `None` for this document,
/// else the index of a document of the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub file: Option<usize>,
    pub range: Range<usize>,
    pub kind: RelatedKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Byte range in the document.
    pub range: Range<usize>,
    pub finding: Finding,
    /// Shared: the findings of one rule that point at the same places (every
    /// note-missing at the notes heading) hold one list, not one each.
    pub related: Arc<[Related]>,
}

impl Diagnostic {
    pub fn code(&self) -> Code {
        self.finding.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text of hundreds of thousands of findings holds one `Diagnostic`
    /// each: at 104 bytes, 350,000 of them (1 MB of `⑨`) passed the 32 MiB
    /// above which every list was mapped and cleared afresh.
    #[test]
    fn findings_stay_small() {
        assert!(size_of::<Finding>() <= 48, "{}", size_of::<Finding>());
        assert!(size_of::<Diagnostic>() <= 88, "{}", size_of::<Diagnostic>());
    }

    #[test]
    fn codes_round_trip() {
        for &code in Code::ALL {
            assert_eq!(Code::from_name(code.name()), Some(code));
        }
        assert_eq!(Code::ALL.len(), 28);
        assert!(Code::ALL.iter().all(|c| c.is_implemented()));
    }
}
