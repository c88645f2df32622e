//! Lists that a stated count counts: the items of a note (`10种有色金属：铜、
//! 铅…`), an annex (`十件民生实事` + `一、…十、`), a section's subsections
//! (`五个方面` + (一)…(五)), `一是…二是…`, `①…⑩` after `十大…`, a colon list
//! (`项目7个：A；B；…`) and names before `等3个` / `共3个`.
//!
//! Each reader keeps to the forms where the items can be told apart for
//! sure; anything it cannot split with confidence is left out, because a
//! wrong split becomes a false alarm.

use std::ops::Range;

use crate::cues::Cues;
use crate::document::Document;

// Each reader sees the imports above and its siblings through `use super::*`.
mod bare_names;
mod bracketed_names;
mod colon_lists;
mod count_words;
mod echo_lists;
mod enumerations;
mod items;
mod joins;
mod line_clauses;
mod name_lists;
mod note_lists;
mod ordinals;
mod outline_lists;
mod shapes;
mod single_items;

use bare_names::*;
use bracketed_names::*;
use colon_lists::*;
pub use count_words::*;
use echo_lists::*;
use enumerations::*;
pub(crate) use items::*;
pub(crate) use joins::*;
pub(crate) use line_clauses::*;
pub(crate) use name_lists::*;
use note_lists::*;
pub(crate) use ordinals::*;
use outline_lists::*;
pub(crate) use shapes::*;
use single_items::*;

/// Where a list was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListSource {
    /// A note's items, counted by its term.
    Note,
    /// An annex's `一、…` items, counted by its title.
    Annex,
    /// A section's `(一)…` subsections, counted in its lead.
    Outline,
    /// `一是…二是…`.
    Ordinals,
    /// `①…⑩` after a count.
    Enumeration,
    /// The items after `N个：`.
    Colon,
    /// Names before `等N个` or `共N个`.
    Names,
    /// Names right before their count (`甲、乙、丙三个园区`).
    BareNames,
    /// Numbered lines after a lead that closes its paragraph
    /// (`做好以下五个方面工作：` + `一是…`/`（一）…`/`1.…` lines).
    Lead,
    /// `（1）…（N）` after a count, in its paragraph.
    Numbered,
    /// A note's definition naming and counting its items (`“4”指甲、乙、
    /// 丙、丁4个项目`).
    Defined,
    /// Names after their count, each repeating what is counted (`两个高地：
    /// 甲高地、乙高地`, `三类产业（甲产业、乙产业、丙产业）`).
    Echo,
    /// Names each carrying the character that a numeral with no measure
    /// word counts (`甲链、乙链两链融合`).
    Carried,
    /// Names before a numeral with no measure word that they share as its
    /// subject (`甲和乙双下降`).
    Subjects,
    /// A count in the body a note's mark follows, over the note's items
    /// (`“两个基地”[8]` and `[8]两个基地：甲，乙。`), or a note's counted
    /// term used word for word with no mark (`term_counts`).
    Marked,
}

/// A stated count and the items listed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountedList {
    pub source: ListSource,
    pub count: u32,
    /// The count as written (`7个`, `十件`).
    pub count_range: Range<usize>,
    /// The items, or where each starts when its end is unclear.
    pub items: Vec<Range<usize>>,
    /// How many more items a `和`/`及` joining two names may hide.
    pub hidden: usize,
    /// The list ends with `等`: it may hold fewer items than its count.
    pub open: bool,
}

impl CountedList {
    /// A list whose items are all shown: none hidden by a join, not closed
    /// by `等`.
    pub(crate) fn shown(
        source: ListSource,
        count: u32,
        count_range: Range<usize>,
        items: Vec<Range<usize>>,
    ) -> Self {
        CountedList {
            source,
            count,
            count_range,
            items,
            hidden: 0,
            open: false,
        }
    }

    /// The list moved `by` bytes on (read in a line, placed in the text).
    pub(crate) fn shifted(&self, by: usize) -> CountedList {
        CountedList {
            count_range: crate::cache::shift(&self.count_range, by),
            items: self
                .items
                .iter()
                .map(|r| crate::cache::shift(r, by))
                .collect(),
            ..self.clone()
        }
    }

    /// Whether the items cannot be what the count says.
    pub fn mismatched(&self) -> bool {
        let min = self.items.len();
        let max = min + self.hidden;
        let count = self.count as usize;
        min > count || (!self.open && max < count)
    }

    /// How many items to name in a mismatch: the reading nearest the
    /// count (`甲、乙、丙和丁` under `5所` lists 4, its join read as two).
    pub fn listed(&self) -> usize {
        let min = self.items.len();
        if min > self.count as usize {
            min
        } else {
            min + self.hidden
        }
    }
}

/// What one line gives the list readers, cached with the line's text: its
/// lists of bare names and its lead cue (relative to the line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineLists {
    pub(crate) bare: Vec<CountedList>,
    pub(crate) lead: Option<crate::list_forms::LeadCue>,
    /// Whether the line quotes a count (`“十大提升工程”`).
    pub(crate) quotes_count: bool,
    /// Where counts in Chinese numerals whose counted words close their
    /// clause start: heads of sentences that may list their items.
    pub(crate) heads: Vec<usize>,
    /// What the echoed-lead reader reads of the line alone.
    pub(crate) echoes: crate::echoed_leads::LineEchoes,
}

impl LineLists {
    pub(crate) fn read(line: &str) -> LineLists {
        let (bare, counts, quotes_count, heads) = bare_name_lists_in(line);
        LineLists {
            bare,
            // A lead states a count: a line with none has no cue.
            lead: counts.and_then(|_| crate::list_forms::lead_cue_in(line)),
            quotes_count,
            heads,
            echoes: crate::echoed_leads::LineEchoes::read(line, counts),
        }
    }
}

/// The body and the notes section: where lists are read.
pub(crate) fn regions(doc: &Document) -> Vec<Range<usize>> {
    let mut regions = doc.body.clone();
    regions.extend(doc.notes_sections().map(|n| n.range.clone()));
    regions
}

/// Every counted list of the document, in text order of the counts; read
/// once per version and kept on the document.
pub fn counted_lists(doc: &Document) -> &[CountedList] {
    doc.counted_lists.get_or_init(|| read_counted_lists(doc))
}

/// Every counted list of `doc`, read afresh (see [`counted_lists`]).
fn read_counted_lists(doc: &Document) -> Vec<CountedList> {
    let cues = &doc.cues;
    let mut lists = Vec::new();
    note_lists(doc, &mut lists);
    annex_lists(doc, &mut lists);
    let mut as_many = Vec::new();
    outline_lists(doc, &mut lists, &mut as_many);
    ordinal_lists(doc, cues, &mut lists);
    enumeration_lists(doc, &mut lists);
    colon_lists(doc, cues, &mut lists);
    let mut one_joined = Vec::new();
    name_lists(doc, cues, &mut lists, &mut one_joined);
    lists.extend(doc.bare_lists.iter().cloned());
    crate::list_forms::more_lists(doc, &mut lists);
    lists.sort_by_key(|l| l.count_range.start);
    lists.dedup_by_key(|l| l.count_range.start);
    // A name with a join before `等` is read last: any other reading of
    // its count is surer.
    // So is a count read only for being as many as a section's
    // subsections: a slip elsewhere may make a count as many.
    one_joined.extend(as_many);
    if !one_joined.is_empty() {
        one_joined.retain(|l| {
            lists
                .binary_search_by_key(&l.count_range.start, |o| o.count_range.start)
                .is_err()
        });
        lists.extend(one_joined);
        lists.sort_by_key(|l| l.count_range.start);
        lists.dedup_by_key(|l| l.count_range.start);
    }
    lists
}
