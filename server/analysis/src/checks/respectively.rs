//! respectively-mismatch: `A、B、C分别增长5%、6%` with a different number of
//! subjects and values.
//!
//! Subjects are the `、`-joined names in the clause before `分别`; a `和`,
//! `与`, `及` may join one more, so the subjects are a range. Values are the
//! figures right after `分别`, joined by `、` or `和`, each in its own unit.
//! Fires only when the values cannot match any reading of the subjects.

mod name_words;
mod other_readings;
mod subjects;
mod values;

use std::ops::Range;

use super::Sink;
use super::figure_text::{chars_before, ends_sentence, figures_in, floor_boundary};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind, Severity};
use crate::document::Document;
use crate::figures::{FigureKind, clause_range};
// The readers below see these imports and one another through `use super::*`.
use name_words::*;
use subjects::*;
use values::*;

/// Words that join two subjects or two values.
const AND: &[&str] = &["和", "与", "及", "以及", "、"];

/// Words between `分别` and its first value.
const LEADS: &[&str] = &[
    "",
    "为",
    "是",
    "达",
    "达到",
    "增长",
    "下降",
    "提高",
    "增加",
    "减少",
    "降低",
    "占",
    "比上年增长",
    "同比增长",
    "突破",
    "超过",
    "排名",
    "居",
];

/// A `分别` read: how many subjects may stand before it, and the values after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RespectivelyReading {
    /// Where `分别` is.
    pub at: usize,
    /// The words before `分别` in its clause, where the subjects are.
    pub subjects_range: Range<usize>,
    /// The fewest and most subjects the words can name.
    pub subjects: (usize, usize),
    pub values: Vec<Range<usize>>,
}

impl RespectivelyReading {
    /// Whether no reading of the subjects matches the values.
    pub fn mismatched(&self) -> bool {
        let (min, max) = self.subjects;
        !self.values.is_empty() && !(min..=max).contains(&self.values.len())
    }

    /// One value for subjects listed with `、` or joined by `和`
    /// (`A、B分别增长8%`, `城镇和农村居民收入分别增长8%`): how some drafts
    /// say "each grew by 8%", or a value dropped from the list. The reader
    /// cannot tell which, so this is told as a note, not a warning. (With
    /// one subject, `分别` would have nothing to distribute over.) A second
    /// `分别` speaking of an earlier one's subjects (`分别达X元、Y元，分别
    /// 增长8%`) is how "both grew by 8%" is written: only names listed
    /// with `、` count there.
    pub fn single_value(&self) -> bool {
        let own_subjects = self.subjects_range.end == self.at;
        self.values.len() == 1 && (self.subjects.0 >= 2 || own_subjects && self.subjects.1 >= 2)
    }
}

/// Every `分别` whose subjects and values could be read.
pub fn respectively_readings(doc: &Document) -> Vec<RespectivelyReading> {
    let mut out: Vec<RespectivelyReading> = Vec::new();
    for &at in &doc.cues.respectively {
        let earlier = out.last().cloned();
        out.extend(read_one(doc, at, earlier.as_ref()));
    }
    out
}

pub(super) fn check(doc: &Document, _cues: &Cues, sink: &mut Sink) {
    for reading in respectively_readings(doc) {
        check_one(&reading, sink);
    }
}

/// Words of two subjects in one (`城乡居民收入`: urban and rural; `牛羊`,
/// `粮油`: two kinds of produce; `风光电`: wind and solar power).
const PAIRS: &[&str] = &[
    "城乡",
    "存贷款",
    "进出口",
    "中小学",
    "工农业",
    "牛羊",
    "粮油",
    "风光电",
    // Output and sales (`产销量`; not `产销率`, one ratio of the two).
    "产销量",
    // Petitions to the capital and to the province.
    "进京赴省",
    "赴省进京",
];

/// Words that lead from a list of earlier values to the later ones
/// (`分别由610元、395元提高到670元、445元`).
const TO: &[&str] = &[
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增长到",
    "增至",
    "上升到",
    "下降到",
    "降低到",
    "降至",
    "降到",
    "调整到",
    "调整为",
    // Times and numbers cut (`分别由45、38个工作日压缩至39、33个工作日`).
    "压缩至",
    "压缩到",
    "缩短至",
    "缩短到",
    "减少到",
    "减少至",
    "下降至",
    "降低至",
    "增加至",
    "增长至",
    "上升至",
    "到",
    "至",
];

/// The `分别` at `at`: its reading, and a second one when the values run
/// from earlier ones to later ones.
fn read_one(
    doc: &Document,
    at: usize,
    earlier: Option<&RespectivelyReading>,
) -> Vec<RespectivelyReading> {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let after = at + "分别".len();
    let Some((subjects_range, subjects)) = subjects(doc, at, earlier) else {
        return Vec::new();
    };
    let subjects = other_readings::widened(&text[subjects_range.clone()], subjects);
    let Some(values) = values_after(doc, after..clause.end)
        .or_else(|| ranks_after(text, after..clause.end))
        .or_else(|| unitless_after(text, after..clause.end))
    else {
        return Vec::new();
    };
    // `分别达到41260元，21350元，`: values listed with commas.
    let (values, clause) = bare_values_run_on(doc, values, clause);
    // `3家企业分别获得100万元`: each got as much; a count is read only
    // against two values or more.
    // (So for a later `分别` speaking of those subjects.)
    if values.len() < 2
        && (counted_before_noun(doc, at) || counted_before_noun(doc, subjects_range.end))
    {
        return Vec::new();
    }
    // `甲、乙均分别新建2个`: `均` says each has the one value (not the
    // `均` of `年均分别增长8%`, where a value may have been dropped).
    let mut before = text[..at].chars().rev();
    if values.len() == 1
        && before.next() == Some('均')
        && !matches!(before.next(), Some('年' | '人' | '平'))
    {
        return Vec::new();
    }
    let mut out = vec![RespectivelyReading {
        at,
        subjects_range: subjects_range.clone(),
        subjects,
        values,
    }];
    // `…分别为X、Y，增长A、B，占全省C、D`: each clause after may go on.
    let mut end = clause.end;
    for _ in 0..3 {
        let Some(more) = out.last().and_then(|last| continued(doc, last, end)) else {
            break;
        };
        end = more
            .values
            .last()
            .map_or(end, |v| clause_range(text, v.start).end);
        out.push(more);
    }
    // A list that runs on unread is not read, nor what goes on from it.
    if let Some(k) = out.iter().position(|r| {
        r.values
            .last()
            .is_some_and(|last| other_readings::runs_on_unread(text, last))
    }) {
        out.truncate(k);
        if out.is_empty() {
            return out;
        }
    }
    let mut last = out[0].values.last().map_or(after, |v| v.end);
    let mut rest = text[last..clause.end].trim_start_matches(crate::chars::is_space);
    // `35个工作日压缩至31个工作日`: a unit's words the scanner left out,
    // before the verb, written again after the later values or said once
    // for both lists (`压缩至39、33，`: the later values close the clause
    // bare).
    if let Some(to) = (1..=4).find_map(|n| {
        let end = rest.char_indices().nth(n).map(|(i, _)| i)?;
        let (words, to) = rest.split_at(end);
        (words.chars().all(crate::chars::is_han)
            && TO.iter().any(|w| to.starts_with(w))
            && (to.contains(words)
                || unitless_after(text, clause.end - to.len()..clause.end).is_some()))
        .then_some(to)
    }) {
        // `rest` ends where the clause does.
        last = clause.end - to.len();
        rest = to;
    }
    // `分别从610元、395元提高到670元`: one later value for the earlier
    // list, each raised to it or a value dropped. But `分别从50%、75%
    // 提高至100%`: both raised to the full share is no list.
    // The later values may close the clause with no unit (`压缩至39、33，`).
    if TO.iter().any(|w| rest.starts_with(w))
        && let Some(later) =
            values_after(doc, last..clause.end).or_else(|| unitless_after(text, last..clause.end))
        && (later.len() >= 2 || !full_share(&text[later[0].clone()]))
    {
        out.push(RespectivelyReading {
            at,
            subjects_range,
            subjects,
            values: later,
        });
    }
    out
}

/// Whether the subjects of the `分别` at `at` are counted by the count
/// right before their noun ([`count_before_noun`]).
fn counted_before_noun(doc: &Document, at: usize) -> bool {
    let clause = clause_range(&doc.text, at);
    let figures: Vec<_> = figures_in(doc, &(clause.start..at)).iter().collect();
    count_before_noun(&doc.text, clause.start..at, &figures).is_some()
}

/// `城镇和农村居民收入分别为X元、Y元`: a `和` may join two subjects or
/// stand inside one name, but two values listed settle it: a list going
/// on under the same `分别` speaks of as many subjects. (A second `分别`
/// with one value, `分别增长8%`, is how "each grew by 8%" is written:
/// not settled so.)
fn settled((min, max): (usize, usize), values: usize) -> (usize, usize) {
    if values >= 2 && (min..=max).contains(&values) {
        (values, values)
    } else {
        (min, max)
    }
}

/// `A、B分别完成X、Y，增长5%和7%`: a clause right after a `分别` list
/// that opens with a verb of a few words and lists as many values again
/// speaks of the same subjects.
fn continued(
    doc: &Document,
    first: &RespectivelyReading,
    clause_end: usize,
) -> Option<RespectivelyReading> {
    let text = &doc.text;
    if first.mismatched() || first.values.len() < 2 {
        return None;
    }
    let last = first.values.last()?;
    // The last value may close with a note of its unit (`万头（只）`).
    let rest = text[last.end..clause_end].trim_matches(crate::chars::is_space);
    let in_clause = !strip_unit_note(rest).is_empty();
    let next = if in_clause {
        // `分别达X元和Y元、增长5%和7%`: values joined by words, then a
        // `、` and a verb of change: the same clause goes on.
        if !rest.starts_with('、') || !joined_by_words(text, &first.values) {
            return None;
        }
        let from = last.end + text[last.end..].find('、')? + '、'.len_utf8();
        from..clause_end
    } else {
        let comma = text[clause_end..].chars().next()?;
        if !matches!(comma, '，' | ',') {
            return None;
        }
        clause_range(text, clause_end + comma.len_utf8())
    };
    let values = values_after(doc, next.clone())?;
    let lead = text[next.start..values.first()?.start].trim_matches(crate::chars::is_space);
    if in_clause && !opens_with_a_change(lead) {
        return None;
    }
    // `2025年比2024年增长X`: a clause opening with a year of its own is
    // that year's change, not one for each subject.
    let own_year = lead.starts_with(|c: char| c.is_ascii_digit());
    // `较2020年增长`: a year in the base says nothing of the values.
    let lead = without_years(&lead.replace(['“', '”'], ""));
    // A verb of a few words, or a share of a whole (`占全省比重`); a
    // clause with a 分别 of its own is read as its own. `是“十二五”末的`
    // may run to ten.
    let limit = if lead.ends_with('的') { 10 } else { 6 };
    let verb = lead.chars().count() <= limit
        && lead.chars().all(crate::chars::is_han)
        && !lead.contains("分别");
    let rest = text[values.last()?.end..next.end].trim_matches(crate::chars::is_space);
    // One value for subjects listed with `、` or named in a word of two
    // (`存贷款余额分别为X、Y，增长6%`), after a verb of change or a
    // multiple (`是上年的1.2倍`), not a sum (`合计`): each changed alike,
    // or a value dropped; told as a note, like one value after `分别`.
    let one_change = values.len() == 1
        && !own_year
        && settled(first.subjects, first.values.len()).0 >= 2
        // The verb opens the clause: one naming a subject of its own first
        // (`贸易顺差增加1.2亿元`) speaks of that one.
        && (opens_with_a_change(&lead) || lead.ends_with('的'))
        && !SUMS.iter().any(|w| lead.contains(w))
        // `上半年和下半年分别为X、Y，全年增长Z`: the whole (`全年`, `全市`)
        // is a subject of its own, not the subjects again.
        && !lead.starts_with('全')
        && !says_both(&lead);
    (verb && (values.len() >= 2 || one_change) && rest.is_empty()).then(|| RespectivelyReading {
        at: first.at,
        subjects_range: first.subjects_range.clone(),
        subjects: first.subjects,
        values,
    })
}

/// Whether the values are joined by words (`X元和Y元`), never by `、`:
/// a `、` after the last then ends their list.
fn joined_by_words(text: &str, values: &[Range<usize>]) -> bool {
    values.windows(2).all(|pair| {
        let gap = text[pair[0].end..pair[1].start].trim_matches(crate::chars::is_space);
        matches!(gap, "和" | "与" | "及")
    })
}

/// Whether `lead` opens with a verb of change or a base compared with
/// (`增长`, `年均增长`, `同比增长`, `较上年提高`).
fn opens_with_a_change(lead: &str) -> bool {
    let lead = ["年均", "同比"]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .unwrap_or(lead);
    let lead = without_base(lead);
    // `较增长`: a base whose year was taken out before.
    let lead = lead.strip_prefix(['较', '比']).unwrap_or(lead);
    CHANGES.iter().any(|w| lead.starts_with(w))
}

/// Whether `lead` says the subjects changed alike: `均增长` (not the
/// `均` of `年均`, `人均`, `平均`), `都`, `同步`.
fn says_both(lead: &str) -> bool {
    let mut previous = None;
    for c in lead.chars() {
        if c == '均' && !matches!(previous, Some('年' | '人' | '平')) {
            return true;
        }
        previous = Some(c);
    }
    lead.contains('都') || lead.contains("同步")
}

/// Verbs of a change.
const CHANGES: &[&str] = &["增长", "下降", "提高", "降低", "增加", "减少"];

/// Words of a sum of the subjects.
const SUMS: &[&str] = &["合计", "共计", "总计", "累计", "共", "总", "合"];

fn check_one(reading: &RespectivelyReading, sink: &mut Sink) {
    if !reading.mismatched() && !reading.single_value() {
        return;
    }
    let (min, max) = reading.subjects;
    let values = &reading.values;
    let subjects = if values.len() > max || reading.single_value() {
        max
    } else {
        min
    };
    let after = reading.at + "分别".len();
    let range =
        values.first().map_or(reading.at, |v| v.start)..values.last().map_or(after, |v| v.end);
    let finding = Finding::RespectivelyMismatch {
        subjects,
        values: values.len(),
    };
    let related = vec![Related {
        file: None,
        range: reading.subjects_range.clone(),
        kind: RelatedKind::Subjects,
    }];
    if values.len() >= 2 {
        sink.push(range, finding, related);
    } else if reading.single_value() {
        sink.push_at_most(range, finding, related, Severity::Info);
    }
}
