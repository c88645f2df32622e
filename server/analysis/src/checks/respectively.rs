//! respectively-mismatch: `A、B、C分别增长5%、6%` with a different number of
//! subjects and values.
//!
//! Subjects are the `、`-joined names in the clause before `分别`; a `和`,
//! `与`, `及` may join one more, so the subjects are a range. Values are the
//! figures right after `分别`, joined by `、` or `和`, each in its own unit.
//! Fires only when the values cannot match any reading of the subjects.

use std::ops::Range;

use super::Sink;
use super::figure_text::{chars_before, ends_sentence, figures_in, floor_boundary};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind, Severity};
use crate::document::Document;
use crate::figures::{FigureKind, clause_range};

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
    let Some(values) = values_after(doc, after..clause.end)
        .or_else(|| ranks_after(text, after..clause.end))
        .or_else(|| unitless_after(text, after..clause.end))
    else {
        return Vec::new();
    };
    // `分别达到41260元，21350元，`: values listed with commas.
    let (values, clause) = bare_values_run_on(doc, values, clause);
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

/// Where the subjects of the `分别` at `at` are named and how many they
/// may be:
/// - a second `分别` of the same sentence with no subjects of its own
///   (`分别达到X、Y，分别是上年的1.4倍、1.2倍`) speaks of the `earlier`
///   one's subjects;
/// - names before it in its clause, joined by `、` (a `和`, `与`, `及` may
///   join one more), or one word of two (`城乡`, `存贷款`);
/// - a clause of a few words (`较上年分别增长…`) speaks of the list in the
///   clause before it (`接待游客1.4亿人次、旅游收入1529亿元`).
fn subjects(
    doc: &Document,
    at: usize,
    earlier: Option<&RespectivelyReading>,
) -> Option<(Range<usize>, (usize, usize))> {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let head = &text[clause.start..at];
    let joined = |s: &str| head_joins(s);
    // `2030年力争产值分别…`: a target's year and resolve say nothing of
    // the subjects.
    let target = without_target_lead(head);
    let short_head = target.chars().count() <= 8 && joined(head) == (0, 0);
    if let Some(earlier) = earlier.filter(|e| {
        e.at < clause.start
            && !text[e.at..clause.start].chars().any(ends_sentence)
            && joined(head) == (0, 0)
            && !names_others(head, &text[e.subjects_range.clone()])
            && (head.chars().count() <= 4
                || follows_directly(doc, e, clause.start, head)
                    && !PAIRS.iter().any(|p| head.contains(p)))
    }) {
        return Some((earlier.subjects_range.clone(), earlier.subjects));
    }
    let own = unquoted(&without_brackets(head));
    // A duration (`学前三年毛入园率`), a class bound (`50户以上村寨`), a
    // numeral in quotes (`“八大行动”项目`) or the basis of a price
    // (`收购价每50公斤`) is a word of a name or a measure, not a value.
    let figures: Vec<_> = figures_in(doc, &(clause.start..at))
        .iter()
        .filter(|f| {
            f.kind != FigureKind::Duration
                && !names_a_class(text, f)
                && !chars_before(text, f.span.start, 1).ends_with('每')
                && !quoted(&text[clause.start..f.span.start])
        })
        .collect();
    // `收入从甲年的X元和Y元分别增长到…`: the earlier values listed right
    // before 分别, after 从 or 由, are one per subject.
    if let Some(run) = earlier_values(doc, &figures, at) {
        return Some((floor_boundary(text, clause.start)..at, (run, run)));
    }
    // `A增长10%、B和C收入分别增长…`: the names after the clause's last figure.
    if let Some(last) = figures.last() {
        let rest = text[last.span.end..at].trim_start_matches(crate::chars::is_space);
        if let Some(rest) = AND.iter().find_map(|w| rest.strip_prefix(w)) {
            let rest = unquoted(&without_brackets(rest));
            if !rest.contains(['（', '(', '“', '《']) && !rest.chars().any(|c| c.is_ascii_digit())
            {
                let (separators, joins) = joined(&rest);
                let range = floor_boundary(text, last.span.end)..at;
                if separators + joins > 0 {
                    let subjects = (separators + 1, separators + 1 + joins);
                    return Some((range, counted(&rest, subjects)));
                }
                if PAIRS.iter().any(|p| rest.contains(p)) {
                    return Some((range, (2, 2)));
                }
            }
        }
    }
    if let Some(run) = counted_subjects(text, clause.start..at, &figures) {
        return Some((floor_boundary(text, clause.start)..at, (run, run)));
    }
    if let Some(n) = names_with_their_count(text, clause.start..at, &figures) {
        return Some((floor_boundary(text, clause.start)..at, (n, n)));
    }
    // `15%税率政策甲、乙享惠面分别…`, `5个项目一、二季度开工率分别…`: a
    // figure that qualifies the words right after it, then the names
    // listed with `、`, all past the clause's last figure.
    if let Some(last) = figures.last()
        && let Some(subjects) = listed_after_a_figure(text, last.span.end..at)
    {
        return Some((floor_boundary(text, last.span.end)..at, subjects));
    }
    let figures_in_head = !figures.is_empty();
    if !figures_in_head && let Some(n) = touching_quotes(head) {
        return Some((floor_boundary(text, clause.start)..at, (n, n)));
    }
    if !figures_in_head && !own.contains(['（', '(', '“', '《']) {
        let (separators, joins) = joined(&own);
        if separators + joins > 0 {
            return Some((
                floor_boundary(text, clause.start)..at,
                counted(&own, (separators + 1, separators + 1 + joins)),
            ));
        }
        // `城乡居民收入分别…`: one word naming two subjects.
        if PAIRS.iter().any(|p| own.contains(p)) {
            return Some((floor_boundary(text, clause.start)..at, (2, 2)));
        }
        // `三大产业增加值分别…`, `市县两级分别…`: the count of the subjects.
        if let Some(n) = stated_count(&own) {
            return Some((floor_boundary(text, clause.start)..at, (n, n)));
        }
    }
    // The list of the clause before, in the same sentence, when this
    // clause only compares (`较上年分别增长`, `累计分别达到`).
    let before = text[..clause.start].chars().next_back()?;
    let compares = head.is_empty() || COMPARES.iter().any(|w| head.starts_with(w));
    // `…，满意率分别为`, `…，数量分别压减`: a short name of what each
    // subject of the clause before is measured by.
    let measure = target.chars().count() <= 4 && target.chars().all(crate::chars::is_han);
    if !short_head || !(compares || measure) || !matches!(before, '，' | ',') {
        return None;
    }
    let mut previous = clause_range(text, clause.start - before.len_utf8());
    // `A收入X元，B收入Y元，扣除价格因素，分别增长…`: an aside on the price
    // basis stands between the clauses naming the subjects and `分别`.
    if PRICE_ASIDES.contains(&text[previous.clone()].trim_matches(crate::chars::is_space))
        && let Some(comma) = text[..previous.start].chars().next_back()
        && matches!(comma, '，' | ',')
    {
        previous = clause_range(text, previous.start - comma.len_utf8());
    }
    let words = unquoted(&text[previous.clone()]);
    let words = words.as_str();
    if words.contains(['（', '(', '“', '《', '：', '等']) || words.contains("分别") {
        return None;
    }
    // `A达133家，B达134家，分别增长…`: one figure in each clause before.
    // A run back to the sentence's start does not say where its subjects
    // start: its first clauses may open the sentence rather than name
    // subjects (`完成投资80亿元，A收入3万元，B收入1.5万元，分别增长6%和7%`),
    // so fewer values than clauses, two at least, may speak of the last
    // ones. A lead with no figure (`其中，`, `目前，`) or a clause of the
    // other kind says it.
    if let Some((start, run, led)) = one_figure_clauses(doc, previous.clone()) {
        let fewest = if led { run } else { 2 };
        return Some((floor_boundary(text, start)..at, (fewest, run)));
    }
    let listed: Vec<_> = figures_in(doc, &previous)
        .iter()
        .filter(|f| f.kind != FigureKind::Duration)
        .collect();
    if let Some(n) = names_with_their_count(text, previous.clone(), &listed) {
        return Some((floor_boundary(text, previous.start)..at, (n, n)));
    }
    let range = floor_boundary(text, previous.start)..at;
    // Figures listed (`原煤、原油产量6640万吨、1253万吨`): one subject each.
    let figures = figures_in(doc, &previous);
    let mut run = 0;
    for (k, figure) in figures.iter().enumerate() {
        // `300万人次、旅游收入25亿元`: each figure may carry its name.
        let joined_to_last = k > 0 && {
            let gap = text[figures[k - 1].span.end..figure.span.start]
                .trim_matches(crate::chars::is_space);
            AND.iter().any(|w| gap.starts_with(w))
        };
        run = if joined_to_last { run + 1 } else { 1 };
    }
    if run >= 2 {
        // `生产总值120亿元，其中甲X、乙Y、丙Z，分别增长…`: the whole the
        // parts break down may be listed first among the subjects.
        let breakdown = text[previous.clone()]
            .trim_start_matches(crate::chars::is_space)
            .starts_with("其中");
        // `面积达到12万亩，年产X吨、产值Y亿元，分别增长…`: levels of one
        // figure each in the clauses before the list may be subjects too.
        let leading = single_levels_before(doc, previous.start);
        return Some((range, (run, run + usize::from(breakdown) + leading)));
    }
    if let Some(subjects) = names_sharing_a_rate(text, previous.clone(), figures) {
        return Some((range, subjects));
    }
    if let Some(n) = items_closed_by_numbers(words) {
        return Some((range, (n, n)));
    }
    // A year (`2021年旅游收入、游客人数…`) names no subject.
    if !figures.iter().all(|f| f.kind == FigureKind::Duration)
        || without_codes(&without_years(words))
            .chars()
            .any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (separators, joins) = joined(words);
    // `甲和乙全部办结，满意率分别…`: two names joined by `和` alone may
    // be one name holding it, so one subject or two.
    (separators + joins > 0).then_some((range, (separators + 1, separators + 1 + joins)))
}

/// Asides on the price basis of the changes after them.
const PRICE_ASIDES: &[&str] = &[
    "扣除价格因素",
    "剔除价格因素",
    "扣除物价因素",
    "按可比价格计算",
    "按可比价计算",
];

/// Verbs of a rate shared by the names before it (`年均递增`).
const SHARED_RATES: &[&str] = &["递增", "增长", "提高", "下降", "递减"];

/// `甲和乙年均递增9%，分别达到X、Y`: a clause of names joined by `、` or
/// `和`, a verb of change and one rate closing it, shared by the names:
/// the `分别` after it gives each name its own level. The subjects are the
/// names (as [`head_joins`] counts them).
fn names_sharing_a_rate(
    text: &str,
    clause: Range<usize>,
    figures: &[crate::figures::Figure],
) -> Option<(usize, usize)> {
    let [rate] = figures else {
        return None;
    };
    let closes = text[rate.span.end..clause.end]
        .trim_matches(crate::chars::is_space)
        .is_empty();
    if rate.kind != FigureKind::Percent || !closes {
        return None;
    }
    let words = text[clause.start..rate.span.start].trim_matches(crate::chars::is_space);
    let names = SHARED_RATES
        .iter()
        .find_map(|verb| words.strip_suffix(verb))?;
    let names = ["年均", "同比", "均"]
        .iter()
        .find_map(|w| names.strip_suffix(w))
        .unwrap_or(names);
    let names = unquoted(names);
    let (separators, joins) = head_joins(&names);
    (names.chars().all(crate::chars::is_han) && separators + joins > 0)
        .then(|| counted(&names, (separators + 1, separators + 1 + joins)))
}

/// `302个甲项目、146个乙工程、17个丙项目分别完成…`: names listed by `、`
/// (the last may follow a `和`), each opening with the count of its things
/// and holding no other figure, are one subject each. The words before the
/// first count (a verb) list nothing.
fn counted_subjects(
    text: &str,
    head: Range<usize>,
    figures: &[&crate::figures::Figure],
) -> Option<usize> {
    let (first, last) = (figures.first()?, figures.last()?);
    if figures.len() < 2 || figures.iter().any(|f| f.kind != FigureKind::Count) {
        return None;
    }
    // A quoted name (`“八大行动”项目`) is plain words too.
    let plain = |name: &str| {
        let name = unquoted(name);
        !name.is_empty()
            && name.chars().all(crate::chars::is_han)
            && !name.contains(['和', '与', '及'])
    };
    for (k, pair) in figures.windows(2).enumerate() {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        let is_last = k + 2 == figures.len();
        let name = gap
            .strip_suffix('、')
            .or_else(|| gap.strip_suffix('和').filter(|_| is_last))?;
        if !plain(name) {
            return None;
        }
    }
    let lead = &text[head.start..first.span.start];
    (plain(&text[last.span.end..head.end]) && !lead.contains(['、', '和', '与', '及']))
        .then_some(figures.len())
}

/// `甲、乙两个产业集群产值分别…`: names listed with `、` (a `和` may join
/// one more), then their count in a numeral of words (`两个`, `三大`) as
/// the only figure of the words from `start`: the count, when the names
/// are as many. (A count in digits, `2个项目`, counts other things.)
/// A name joined after the counted noun (`甲、乙两个园区和丙物流港`) is
/// one more subject than the count: no reading then.
fn names_with_their_count(
    text: &str,
    words: Range<usize>,
    figures: &[&crate::figures::Figure],
) -> Option<usize> {
    let start = words.start;
    let [count] = figures else {
        return None;
    };
    let mut written = count.text(text).chars();
    let (Some(numeral), Some(measure), None) = (written.next(), written.next(), written.next())
    else {
        return None;
    };
    let n = crate::chars::chinese_digit(numeral)? as usize;
    if count.kind != FigureKind::Count || !SUBJECT_MEASURES.contains(&measure) || n < 2 {
        return None;
    }
    let names = &text[start..count.span.start];
    if !names.ends_with(crate::chars::is_han) || names.contains(['（', '(', '“', '《', '：']) {
        return None;
    }
    // `主城区和东、西两个组团`: a name joined before the listed ones is
    // not among those counted, so the count says less than the subjects.
    let first = &names[..names.find('、').unwrap_or(names.len())];
    let joined_before = ["和", "与", "及"]
        .iter()
        .map(|w| first.matches(w).count())
        .sum::<usize>()
        > first.matches("普及").count()
        && !NAMES_HOLDING_AND.iter().any(|n| first.contains(n));
    if joined_before {
        return None;
    }
    // The counted noun, then a join: a few characters of Chinese before
    // `和`, `与` or `及` (not `、`, which may list what the names do:
    // `两个集群向更高端、更绿色转型`).
    let after = text.get(count.span.end..words.end).unwrap_or("");
    let noun_then_join = after
        .char_indices()
        .take(MAX_COUNTED_NOUN + 1)
        .find(|&(_, c)| !crate::chars::is_han(c) || matches!(c, '和' | '与' | '及'))
        .is_some_and(|(_, c)| matches!(c, '和' | '与' | '及'));
    if noun_then_join {
        return None;
    }
    let (separators, joins) = head_joins(names);
    (separators > 0 && (separators + 1..=separators + 1 + joins).contains(&n)).then_some(n)
}

/// The most characters of the noun counted after the subjects' count.
const MAX_COUNTED_NOUN: usize = 8;

/// `获评“甲字号”“乙字号”“丙字号”的企业分别…`: quoted names written back
/// to back, with no word between, are a list; how many, when they are
/// the only quotes and no other list word stands in `head`.
fn touching_quotes(head: &str) -> Option<usize> {
    let touching = head.matches("”“").count();
    let quotes = head.matches('“').count();
    (touching >= 1
        && quotes == touching + 1
        && head.matches('”').count() == quotes
        && !head.contains(['、', '和', '与', '及', '（', '(', '《']))
    .then_some(quotes)
}

/// `面积达202平方公里、人口近200万`: items listed with `、`, each closing
/// with its number (digits, a `万`/`亿` and a unit of a few characters),
/// though the scanner may not read each as a figure: one subject each.
fn items_closed_by_numbers(words: &str) -> Option<usize> {
    let items: Vec<&str> = words.split('、').collect();
    let closed = |item: &str| {
        let unit = item.trim_end_matches(crate::chars::is_han);
        let han = item[unit.len()..].chars().count();
        let number = unit.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let digits = unit.len() - number.len();
        // A year (`2021年`) closes no item.
        let year = item[unit.len()..].starts_with('年');
        digits > 0 && !year && (han <= 4 || item.ends_with('万'))
    };
    (items.len() >= 2 && items.iter().all(|item| closed(item))).then_some(items.len())
}

/// `从2020年的X元和Y元分别…`: how many figures joined by listing words
/// end right at `at` (two or more), when a `从` or `由` stands a few
/// characters before the first.
fn earlier_values(doc: &Document, figures: &[&crate::figures::Figure], at: usize) -> Option<usize> {
    let text = &doc.text;
    let last = figures.last()?;
    if !text[last.span.end..at]
        .trim_matches(crate::chars::is_space)
        .is_empty()
    {
        return None;
    }
    let mut run = 1;
    let mut first = *last;
    for earlier in figures[..figures.len() - 1].iter().rev() {
        let gap = text[earlier.span.end..first.span.start].trim_matches(crate::chars::is_space);
        if !AND.contains(&gap) {
            break;
        }
        run += 1;
        first = *earlier;
    }
    let before = super::figure_text::chars_before(text, first.span.start, 12);
    let from = before.rfind(['从', '由'])?;
    // Only a period between (`“十二五”末的`, `2020年`), no break.
    let period = &before[from..];
    (run >= 2 && !period.contains(['，', ',', '、', '；'])).then_some(run)
}

/// Measure words after a count of the subjects (`三大主导产业`, `两项`).
const SUBJECT_MEASURES: &[char] = &[
    '大', '个', '项', '类', '种', '家', '所', '座', '条', '位', '名',
];

/// `A、B和C三大产业…`: a count right after the list names how many
/// subjects it holds, settling a `和` that may join two names or stand
/// inside one; `subjects` narrowed to it when it is one of them.
fn counted(head: &str, subjects: (usize, usize)) -> (usize, usize) {
    let last = head.rsplit(['、', '和', '与', '及']).next().unwrap_or(head);
    let chars: Vec<char> = last.chars().collect();
    let stated = (0..chars.len()).find_map(|i| {
        // A numeral opening its number, not an ordinal (`第三产业`).
        let opens = i == 0
            || !(chars[i - 1] == '第' || crate::chars::chinese_digit(chars[i - 1]).is_some());
        let digit = crate::chars::chinese_digit(chars[i])?;
        let measure = chars
            .get(i + 1)
            .is_some_and(|c| SUBJECT_MEASURES.contains(c));
        (opens && measure && digit >= 2).then_some(digit as usize)
    });
    match stated {
        Some(n) if (subjects.0..=subjects.1).contains(&n) => (n, n),
        _ => subjects,
    }
}

/// Whether the `分别` at `clause_start` opens the clause right after the
/// `earlier` one's values (`A、B分别增长5%、6%，占比分别提高到…`), with a
/// head of a few words.
fn follows_directly(
    doc: &Document,
    earlier: &RespectivelyReading,
    clause_start: usize,
    head: &str,
) -> bool {
    let text = &doc.text;
    let Some(last) = earlier.values.last() else {
        return false;
    };
    // The earlier values may run into this clause (a value read past a
    // comma): then this clause does not follow them.
    let Some(gap) = text.get(last.end..clause_start) else {
        return false;
    };
    matches!(gap.trim_matches(crate::chars::is_space), "，" | ",")
        && head.chars().count() <= 12
        && figures_in(doc, &(clause_start..clause_start + head.len())).is_empty()
}

/// The clauses right before `last` (itself included) that each hold one
/// figure and no list, back to a clause with none or the sentence's
/// start: `目前，A达133家，B达134家` is two. `None` unless at least two,
/// or when a clause on the way holds a list or several figures. With the
/// run's start, its length and whether a clause before it ends it (a lead
/// with no figure, or a figure of the other kind) rather than the
/// sentence's start.
fn one_figure_clauses(doc: &Document, last: Range<usize>) -> Option<(usize, usize, bool)> {
    let text = &doc.text;
    let mut clause = last;
    let mut run = 0;
    let mut start = clause.start;
    // Levels (`133家`, `51亿元`) or shares (`78.7%`), never both: `A达5亿元，
    // 增长8%，B达6亿元，分别…` names two subjects, not three; a run of
    // one kind ends at a clause of the other (`财政收入12亿元，增长9%，A
    // 收入达3万元，B收入达1万元，分别增长…`: the last two).
    let mut shares = None;
    let mut led = false;
    for _ in 0..8 {
        // A figure in quotes (`“二十件事”`) is a name's word, not a value.
        let figures: Vec<_> = figures_in(doc, &clause)
            .iter()
            .filter(|f| {
                f.kind != FigureKind::Duration && !quoted(&text[clause.start..f.span.start])
            })
            .collect();
        let words = &text[clause.clone()];
        match figures.as_slice() {
            [] => {
                led = true;
                break;
            }
            [one] if !words.contains(['、', '和', '与', '（', '(', '“']) => {
                let share = one.kind == FigureKind::Percent;
                if *shares.get_or_insert(share) != share {
                    led = true;
                    break;
                }
                run += 1;
                start = clause.start;
            }
            _ => return None,
        }
        let Some(before) = text[..clause.start].chars().next_back() else {
            break;
        };
        if !matches!(before, '，' | ',') {
            break;
        }
        clause = clause_range(text, clause.start - before.len_utf8());
    }
    (run >= 2).then_some((start, run, led))
}

/// How many clauses right before the one at `clause_start`, back through
/// commas, each name one level (no share, no list): subjects a `分别`
/// after a list may reach back to. Stops at a clause of another form.
fn single_levels_before(doc: &Document, clause_start: usize) -> usize {
    let text = &doc.text;
    let mut start = clause_start;
    let mut count = 0;
    for _ in 0..4 {
        let Some(before) = text[..start].chars().next_back() else {
            break;
        };
        if !matches!(before, '，' | ',') {
            break;
        }
        let clause = clause_range(text, start - before.len_utf8());
        let words = &text[clause.clone()];
        let figures: Vec<_> = figures_in(doc, &clause)
            .iter()
            .filter(|f| f.kind != FigureKind::Duration)
            .collect();
        let one_level = matches!(figures.as_slice(), [one] if one.kind != FigureKind::Percent);
        if !one_level || words.contains(['、', '和', '与', '（', '(', '“']) {
            break;
        }
        count += 1;
        start = clause.start;
    }
    count
}

/// Whether `s` leaves a quote open (`“来此必做的`).
fn quoted(s: &str) -> bool {
    s.matches('“').count() > s.matches('”').count()
}

/// `50户以上村寨`: a bound followed by the things it classes.
fn names_a_class(text: &str, figure: &crate::figures::Figure) -> bool {
    let written = figure.text(text);
    // `销售收入过亿元企业`, `过10亿元企业`: a floor written before the
    // figure (in it or right before it) bounds a class too.
    let floor = written.starts_with(['过', '超']) || text[..figure.span.start].ends_with('过');
    let after = &text[figure.span.end..];
    // `超10万元、超30万元村集体`: floors listed before the class they
    // bound, each opening with the same word.
    let listed_floor = floor
        && after
            .strip_prefix('、')
            .is_some_and(|next| next.starts_with(&written[..'超'.len_utf8()]));
    (floor || ["以上", "以下"].iter().any(|w| written.ends_with(w)))
        && (listed_floor || after.chars().next().is_some_and(crate::chars::is_han))
}

/// `s` without codes (`PM2.5`, `5G`): runs of Latin letters and digits
/// holding a letter are words of a name, not figures.
fn without_codes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if !run.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push_str(run);
        }
        run.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || (c == '.' && !run.is_empty()) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Words of a resolve opening a target (`力争`, `确保`).
const RESOLVES: &[&str] = &["力争", "确保", "争取", "预计", "计划"];

/// ` 到2030年力争产值` → `产值`: the year of a target (with `到` or `至`
/// and `底`/`末`) and a resolve opening `head`, and the spaces around.
fn without_target_lead(head: &str) -> &str {
    let mut rest = head.trim_matches(crate::chars::is_space);
    rest = rest.trim_start_matches(['到', '至']);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 4 && rest[4..].starts_with('年') {
        rest = rest[4 + '年'.len_utf8()..].trim_start_matches(['底', '末']);
    }
    rest = rest.trim_start_matches(crate::chars::is_space);
    RESOLVES
        .iter()
        .find_map(|r| rest.strip_prefix(r))
        .unwrap_or(rest)
}

/// `比上半年降幅收窄` → `降幅收窄`: a base of comparison opening the words
/// before the values (`比`/`较` and a period of up to five characters
/// ending in 年, 期, 度, 月 or 末), when words follow it.
fn without_base(s: &str) -> &str {
    // `高于全省平均水平`: an average compared with is a base too; its verb
    // is left.
    if let Some(verb) = COMPARED_WITH.iter().find(|v| s.starts_with(**v)) {
        let base = &s[verb.len()..];
        if base.chars().count() <= 8 && AVERAGES.iter().any(|w| base.ends_with(w)) {
            return verb;
        }
    }
    let Some(rest) = s.strip_prefix('比').or_else(|| s.strip_prefix('较')) else {
        return s;
    };
    rest.char_indices()
        .take(5)
        // `较“十三五”末`: the end of a plan's period is a base too.
        .find(|&(_, c)| matches!(c, '年' | '期' | '度' | '月' | '末'))
        .map(|(i, c)| &rest[i + c.len_utf8()..])
        .filter(|after| !after.is_empty())
        .unwrap_or(s)
}

/// Verbs comparing the values with an average (`高于全省平均水平`).
const COMPARED_WITH: &[&str] = &["高于", "低于", "快于", "慢于"];

/// Names of an average compared with.
const AVERAGES: &[&str] = &["平均水平", "平均"];

/// `s` without years (`2021年`).
fn without_years(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 4 && chars.get(i + 4) == Some(&'年') {
            i += 5;
            continue;
        }
        out.extend(&chars[i..i + digits.max(1)]);
        i += digits.max(1);
    }
    out
}

/// `s` with the quotes of a quoted name dropped (`“三公”经费` → `三公经费`)
/// when the quoted words hold no list; a quoted list stays quoted.
fn unquoted(s: &str) -> String {
    drop_pairs(s, ('“', '”'), &['、', '，', ',', '和', '与', '及'], true)
}

/// `s` without bracketed words that list nothing (`治理（管控）率`).
fn without_brackets(s: &str) -> String {
    drop_pairs(s, ('（', '）'), &['、', '和', '与', '及'], false)
}

/// `s` with each pair of `marks` dropped, and the words between them too
/// unless `keep_words`, up to the first pair whose words hold one of
/// `lists` (a list is kept as written from there on).
fn drop_pairs(
    s: &str,
    (open_mark, close_mark): (char, char),
    lists: &[char],
    keep_words: bool,
) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(open_mark) {
        let inner = &rest[open + open_mark.len_utf8()..];
        let Some(close) = inner.find(close_mark) else {
            break;
        };
        let words = &inner[..close];
        if (keep_words && words.is_empty()) || words.contains(lists) {
            break;
        }
        out.push_str(&rest[..open]);
        if keep_words {
            out.push_str(words);
        }
        rest = &inner[close + close_mark.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Words opening a clause that only compares the values of the clause
/// before.
const COMPARES: &[&str] = &["较", "比", "同比", "累计", "均", "年均", "全年"];

/// How many `、` and how many joining words (`和`, `与`, `及`) stand in `s`.
/// A lone `和` after the last `、` between names ending alike closes the
/// list (`装备制造业、高技术产业和新兴产业`: three names), so it counts as a
/// separator; not one inside a name (`制造业、软件和信息技术服务业`).
fn head_joins(s: &str) -> (usize, usize) {
    let separators = s.matches('、').count();
    // Not the 及 inside `普及率`.
    let joins = ["和", "与", "及"]
        .iter()
        .map(|w| s.matches(w).count())
        .sum::<usize>()
        - s.matches("普及").count();
    let closes = separators > 0
        && joins == 1
        && !ends_with_a_name_holding_and(s)
        && (closing_he(s) || closes_long_list(s) || closes_before_a_measure(s));
    if closes {
        (separators + 1, 0)
    } else {
        (separators, joins)
    }
}

/// The names of budget headings, industries of the statistics and
/// departments that hold a joining word (`社会保障和就业支出`, `批发和零售业`):
/// at the end of a list (`教育、卫生健康、社会保障和就业支出`) the `和` may be
/// the name's or close the list (`住宿和餐饮业分别…` may speak of two), so
/// the subjects stay a range.
const NAMES_HOLDING_AND: &[&str] = &[
    "社会保障和就业",
    "文化旅游体育与传媒",
    "灾害防治及应急管理",
    "批发和零售",
    "住宿和餐饮",
    "仓储和邮政",
    "软件和信息技术",
    "租赁和商务",
    "科学研究和技术",
    "环境和公共设施",
    "修理和其他",
    "住房和城乡建设",
    "人力资源和社会保障",
    "文化和旅游",
    "工业和信息化",
    "发展和改革",
    "自然资源和规划",
    "卫生和计划生育",
];

/// Whether the last name listed in `s` is one of [`NAMES_HOLDING_AND`].
fn ends_with_a_name_holding_and(s: &str) -> bool {
    let last = s.rsplit('、').next().unwrap_or(s);
    NAMES_HOLDING_AND.iter().any(|n| last.contains(n))
}

/// Whether the one `和` of `s` follows two `、` or more, after the last:
/// `A、B、C和D` closes a list of four. A name holding a `和` (`软件和信息
/// 技术服务业`) follows at most one name in the lists drafters write.
fn closes_long_list(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    he > comma && s.matches('、').count() >= 2
}

/// Measures written once after the last of a list of names
/// (`A、B和C饲养量`): what every name listed is measured by.
const LIST_MEASURES: &[&str] = &[
    "饲养量",
    "出栏量",
    "存栏量",
    "产量",
    "面积",
    "增加值",
    "产值",
    "收入",
    "比重",
    "规模",
    "总量",
];

/// Whether the one `和` of `s` closes a list of three whose measure is
/// written once, after the last name: `肉羊、肉牛和生猪饲养量` (short
/// names of things), `甲产品、乙食品和丙农产品认证面积`, `甲产业、乙增加值
/// 和丙产值占生产总值的比重` (the name before `和` ends like a word of the
/// last name). Not a name holding `和` under a word of its class
/// (`工业、批发和零售业增加值`), nor a list of ranks before one name
/// (`二级、三级医院甲和乙床位比例`).
fn closes_before_a_measure(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    if he < comma {
        return false;
    }
    let first = s.split('、').next().unwrap_or("");
    let before = &s[comma + '、'.len_utf8()..he];
    let after = &s[he + '和'.len_utf8()..];
    // The last name without its measure: up to a share (`占…比重`) or
    // without a measure word (and a `总` before it).
    let share = after
        .char_indices()
        .skip(2)
        .find(|&(at, c)| c == '占' && !after[at..].starts_with("占比"))
        .filter(|_| after.ends_with("比重"));
    let name = match share {
        Some((at, _)) => &after[..at],
        None => match LIST_MEASURES.iter().find_map(|m| after.strip_suffix(m)) {
            Some(name) => name.strip_suffix('总').unwrap_or(name),
            None => return false,
        },
    };
    let count = |w: &str| w.chars().count();
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if name.ends_with('业') && last != '业' {
        return false;
    }
    // `二级、三级…`: the name before `和` opens with a word ending like
    // the first, so the `、` lists words of one name.
    let parallel = count(before) > count(first)
        && before.chars().nth(count(first).saturating_sub(1)) == first.chars().next_back();
    let short = (2..=3).contains(&count(before)) && (2..=3).contains(&count(name));
    let alike = count(before) <= 6 && name.contains(last) && !parallel;
    short || alike
}

/// Words closing the name of a measure (`入园率`, `占比`, `比重`).
const MEASURE_ENDS: &[&str] = &["率", "占比", "比重", "比例"];

/// Whether the `和` of `A、B和C` stands after the last `、` and the name
/// before it (`B`) ends like the first name or the last one.
fn closing_he(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    if he < comma {
        return false;
    }
    let last_char = |w: &str| w.chars().next_back();
    let first = s[..comma].split('、').next().unwrap_or("");
    let before = &s[comma + '、'.len_utf8()..he];
    let after = &s[he + '和'.len_utf8()..];
    // `A率、B占比和C率`: names each closed by a word of a measure.
    let measure = |w: &str| MEASURE_ENDS.iter().any(|m| w.ends_with(m));
    last_char(before).is_some_and(|c| Some(c) == last_char(first) || Some(c) == last_char(after))
        || measure(first) && measure(before) && measure(after)
}

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

/// The spans of the values after `分别`: consecutive figures of one unit
/// joined only by `、`/`和`/`与`/`及`. `None` when the words after 分别 are
/// not a plain list of values.
fn values_after(doc: &Document, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = &doc.text;
    let mut figures = figures_in(doc, &range);
    // `比上个五年增长`: a span of years in the base compared with is no
    // value.
    while let [first, rest @ ..] = figures
        && first.kind == FigureKind::Duration
        && in_base(&text[range.start..first.span.start])
    {
        figures = rest;
    }
    let first = figures.first()?;
    let lead = text[range.start..first.span.start].trim_matches(crate::chars::is_space);
    // `提高11.1、11.2个百分点`: values before the first whose unit is
    // written once, at the end.
    let (lead, bare) = bare_values(lead);
    let bare: Vec<Range<usize>> = bare
        .into_iter()
        .map(|r| {
            let at = lead.as_ptr() as usize - text.as_ptr() as usize;
            at + r.start..at + r.end
        })
        .collect();
    let lead = lead.trim_matches(crate::chars::is_space);
    // A listed verb, or a few words (`压缩到`, `由每月`, `提高到`, a year's
    // `是2021年的`). `完成年度计划投资的` may run to ten.
    // `是“十二五”末的`: a quoted period is words of the lead.
    let plain = without_years(&lead.replace(['“', '”'], ""));
    // `比上半年降幅收窄`, `较上年实际增长`: the base they are compared with
    // says nothing of the values.
    let plain = without_base(&plain);
    // `分别引进一个投资超50亿元、超20亿元的项目`: one thing for each
    // subject, whose values follow, says nothing of them; with one value
    // only (`分别引进一个超50亿元的项目`), it may be the same for each.
    let one_each = plain.contains("一个");
    let plain = plain.replace("一个", "");
    let limit = if lead.ends_with('的') { 10 } else { 6 };
    let short_words = plain.chars().count() <= limit && plain.chars().all(crate::chars::is_han);
    if !LEADS.contains(&lead) && !short_words {
        return None;
    }
    // `分别增长12.5%、下降3.2%`: when the first value has its change's
    // verb, each next may have its own.
    let own_verbs = CHANGES.iter().any(|w| plain.ends_with(w));
    let mut values = bare;
    values.push(first.span.clone());
    let mut last = first;
    let mut tail_used = None;
    // Each subject's value may have its own unit (`371万辆、931万千瓦`,
    // `43.7%、16.3平方米/人`, `18.9%、1.2倍`).
    for figure in &figures[1..] {
        let gap = text[last.span.end..figure.span.start].trim_matches(crate::chars::is_space);
        // `2359万头（只）和1428万头（只）`: a unit's alternative in brackets.
        let gap = strip_unit_note(gap);
        // `每人每月775元、每人每年7644元`: each value with its own period.
        let gap = strip_per(gap);
        let gap = if own_verbs {
            without_own_verb(gap)
        } else {
            gap
        };
        // `22个工作日、37个工作日`: a unit's words the scanner left out,
        // written after each value.
        let shared = shared_tail(text, gap, figure.span.end);
        if !AND.contains(&gap) && shared.is_none() {
            break;
        }
        if let (Some(tail), Some(previous)) = (shared, values.last_mut()) {
            previous.end += tail;
            tail_used = Some(tail);
        }
        values.push(figure.span.clone());
        last = figure;
    }
    // The last value carries the shared words too.
    if let Some(tail) = tail_used
        && let Some(v) = values.last_mut()
    {
        v.end += tail;
    }
    // A list running on with a number the scanner did not read as a
    // figure (`1100万吨、260亿方`) is not read to its end.
    let rest = text[last.span.end..range.end].trim_start_matches(crate::chars::is_space);
    let runs_on = AND.iter().any(|w| {
        rest.strip_prefix(w)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || crate::chars::chinese_digit(c).is_some()
            })
    });
    // `41260元、` closing the line: the list is cut (a page number or a
    // hard break between its values), so its length is unknown.
    let cut = AND.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.trim_matches(crate::chars::is_space).is_empty())
    });
    let one_value_each = one_each && values.len() < 2;
    (!runs_on && !cut && !one_value_each).then_some(values)
}

/// The most clauses of one bare value read on after a list of values.
const MAX_BARE_CLAUSES: usize = 8;

/// `分别达到41260元，21350元，`: a clause after the values that is one value
/// alone, in the unit of the last, is one more value of the list joined by
/// a comma (as text in ASCII punctuation writes `41260元,21350元`): no
/// clause is a bare figure. Returns the values and the clause they close.
fn bare_values_run_on(
    doc: &Document,
    mut values: Vec<Range<usize>>,
    mut clause: Range<usize>,
) -> (Vec<Range<usize>>, Range<usize>) {
    let text = &doc.text;
    for _ in 0..MAX_BARE_CLAUSES {
        let Some(last) = values.last() else { break };
        let rest = &text[last.end..clause.end];
        if !rest.trim_matches(crate::chars::is_space).is_empty() {
            break;
        }
        let Some(comma) = text[clause.end..]
            .strip_prefix('，')
            .or_else(|| text[clause.end..].strip_prefix(','))
        else {
            break;
        };
        let next = clause_range(text, text.len() - comma.len());
        let [figure] = figures_in(doc, &next) else {
            break;
        };
        // A full stop written `.` closes the sentence, not the value.
        let words = text[next.clone()]
            .trim_matches(crate::chars::is_space)
            .trim_end_matches('.');
        let [previous] = figures_in(doc, last) else {
            break;
        };
        if words != figure.text(text) || figure.unit != previous.unit {
            break;
        }
        values.push(figure.span.clone());
        clause = next;
    }
    (values, clause)
}

/// `、下降` → `、`: a joining word and the verb of the value after it
/// (`分别增长12.5%、下降3.2%`, `分别减少3所、增加2100人`).
fn without_own_verb(gap: &str) -> &str {
    AND.iter()
        .find_map(|w| {
            let verb = gap.strip_prefix(w)?;
            CHANGES.contains(&verb).then(|| &gap[..w.len()])
        })
        .unwrap_or(gap)
}

/// `粮食、蔬菜产量分别…，肉蛋奶产量分别…`: a head closing with the
/// earlier subjects' measure (two characters or more) after words of its
/// own names other subjects measured alike.
fn names_others(head: &str, earlier: &str) -> bool {
    let head: Vec<char> = head.trim_matches(crate::chars::is_space).chars().collect();
    let earlier: Vec<char> = earlier
        .trim_matches(crate::chars::is_space)
        .chars()
        .collect();
    let shared = head
        .iter()
        .rev()
        .zip(earlier.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    shared >= 2 && head.len() > shared
}

/// Whether `words` end in a base of comparison still open: `比` or `较`
/// and at most two characters (`比上个`, `较前`).
fn in_base(words: &str) -> bool {
    let words = words.trim_matches(crate::chars::is_space);
    words
        .rfind(['比', '较'])
        .is_some_and(|p| words[p..].chars().count() <= 3)
}

/// `居全省第2位、第5位`, `分别位列第3、第7和第9名`: ranks after a few
/// words (`排名全国`), joined by listing words, the last closing the
/// clause. Ranks are no figures of the scanner: they are read here.
fn ranks_after(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let words = &text[range.clone()];
    let first = words.find('第')?;
    let lead = words[..first].trim_matches(crate::chars::is_space);
    if lead.chars().count() > 6 || !lead.chars().all(crate::chars::is_han) {
        return None;
    }
    let mut values = Vec::new();
    let mut at = range.start + first;
    loop {
        let rest = &text[at..range.end];
        // Text spaced around its figures (`第 2 位`) holds the rank alike.
        let after = &rest['第'.len_utf8()..];
        let number = after.trim_start_matches(crate::chars::is_space);
        let digits = number
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some()))
            .map_or(number.len(), |(i, _)| i);
        if digits == 0 {
            return None;
        }
        let mut end = at + '第'.len_utf8() + (after.len() - number.len()) + digits;
        let tail = &text[end..range.end];
        let spaced = tail.trim_start_matches(crate::chars::is_space);
        if let Some(c) = spaced.chars().next()
            && matches!(c, '位' | '名')
        {
            end += tail.len() - spaced.len() + c.len_utf8();
        }
        values.push(at..end);
        let gap = &text[end..range.end];
        if gap.trim_matches(crate::chars::is_space).is_empty() {
            return Some(values);
        }
        // Each rank is followed by a listing word and the next rank.
        let next = AND.iter().find_map(|w| gap.strip_prefix(w))?;
        // `升至世界第二、世界第三`: each rank may repeat the place it is
        // taken in, the words closing the lead.
        let next = match next.find('第') {
            Some(0) => next,
            Some(p) if !next[..p].is_empty() && lead.ends_with(&next[..p]) => &next[p..],
            _ => return None,
        };
        at = range.end - next.len();
    }
}

/// `工作日、` before a value followed by `工作日`: the length of words
/// written after each value (one to four characters) and joined by a
/// listing word.
fn shared_tail(text: &str, gap: &str, next_end: usize) -> Option<usize> {
    let words = AND.iter().find_map(|w| gap.strip_suffix(w))?;
    let short = (1..=4).contains(&words.chars().count()) && words.chars().all(crate::chars::is_han);
    (short && text.get(next_end..)?.starts_with(words)).then_some(words.len())
}

/// `提高11.1、` → (`提高`, the ranges of `11.1` in the lead): numbers
/// joined by listing words at the end of the words before a value, whose
/// unit the value after them carries (`11.1、11.2个百分点`, `10.6万、
/// 3.8万平方公里`).
fn bare_values(lead: &str) -> (&str, Vec<Range<usize>>) {
    let mut rest = lead;
    let mut out = Vec::new();
    for _ in 0..8 {
        let Some(head) = AND
            .iter()
            .find_map(|w| rest.strip_suffix(w))
            .map(|h| h.trim_end_matches(crate::chars::is_space))
        else {
            break;
        };
        let h = head.strip_suffix(['万', '亿']).unwrap_or(head);
        let number = h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if number.len() == h.len() || !h[number.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        out.push(number.len()..head.len());
        rest = number;
    }
    if out.is_empty() {
        return (lead, out);
    }
    out.reverse();
    (rest, out)
}

/// `（只）和` → `和`: a bracketed alternative of the unit (one to three
/// characters, no figure) before the joining word.
fn strip_unit_note(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix(['（', '(']) else {
        return gap;
    };
    let Some(close) = rest.find(['）', ')']) else {
        return gap;
    };
    let note = &rest[..close];
    let short = (1..=3).contains(&note.chars().count()) && note.chars().all(crate::chars::is_han);
    if short {
        rest[close..]
            .trim_start_matches(['）', ')'])
            .trim_matches(crate::chars::is_space)
    } else {
        gap
    }
}

/// `、每人每年` → `、`: a joining word followed by a value's own `每…`
/// period (at most six characters).
fn strip_per(gap: &str) -> &str {
    for w in AND {
        if let Some(rest) = gap.strip_prefix(w)
            && let Some(per) = rest.strip_prefix('每')
            && per.chars().count() < 6
            && per.chars().all(crate::chars::is_han)
        {
            return w;
        }
    }
    gap
}

/// Whether `value` is the full share (`100%`), a level many subjects
/// reach alike.
fn full_share(value: &str) -> bool {
    matches!(value.trim(), "100%" | "100％")
}

/// `分别提高6.6、8.1`, `分别是上年的2.7`, `分别减少10.6万、3.8万`:
/// numbers with no unit (but `万` or `亿`), joined by listing words and
/// closing the clause after a few words, are values still (the unit left
/// out or lost); a year (`2019`) is none.
fn unitless_after(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let words = text[range.clone()].trim_end_matches(crate::chars::is_space);
    let mut values = Vec::new();
    let mut at = range.start + words.len();
    loop {
        let before = &text[range.start..at];
        let bare = before.strip_suffix(['万', '亿']).unwrap_or(before);
        let number = bare.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let digits = &bare[number.len()..];
        let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        if !digits.starts_with(|c: char| c.is_ascii_digit()) || year {
            return None;
        }
        values.push(range.start + number.len()..at);
        match AND.iter().find_map(|w| number.strip_suffix(w)) {
            Some(rest)
                if rest.ends_with(|c: char| c.is_ascii_digit() || c == '万' || c == '亿') =>
            {
                at = range.start + rest.len();
            }
            _ => {
                values.reverse();
                let lead = without_years(number.trim_matches(crate::chars::is_space));
                let lead = without_base(&lead);
                let limit = if lead.ends_with('的') { 10 } else { 6 };
                let short = lead.chars().count() <= limit && lead.chars().all(crate::chars::is_han);
                return short.then_some(values);
            }
        }
    }
}

/// The names listed with `、` in `words` (after a figure, up to `分别`),
/// when the figure qualifies the words right after it (a Han character
/// follows, no listing word) and they hold no other figure, bracket,
/// quote or `等`.
fn listed_after_a_figure(text: &str, words: Range<usize>) -> Option<(usize, usize)> {
    let rest = &text[words];
    if !rest.starts_with(crate::chars::is_han)
        || AND.iter().any(|w| rest.starts_with(w))
        || rest.contains(['（', '(', '“', '《', '等'])
        || rest.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (separators, joins) = head_joins(rest);
    (separators > 0).then(|| counted(rest, (separators + 1, separators + 1 + joins)))
}

/// `三大产业`, `两个园区`, `市县两级`: a numeral of two or more opening a
/// count of the subjects, with a measure word that is never an ordinal
/// (`三级医院`, `一类水质` are ranks; `两级`, `两类` are not).
fn stated_count(words: &str) -> Option<usize> {
    let chars: Vec<char> = words.chars().collect();
    let mut found = None;
    for (i, pair) in chars.windows(2).enumerate() {
        let Some(n) = crate::chars::chinese_digit(pair[0]) else {
            continue;
        };
        let opens = i == 0
            || !(chars[i - 1] == '第' || crate::chars::chinese_digit(chars[i - 1]).is_some());
        let measure = SUBJECT_MEASURES.contains(&pair[1]) && pair[1] != '类'
            || pair[0] == '两' && matches!(pair[1], '级' | '类');
        if opens && measure && n >= 2 {
            if found.is_some() {
                return None;
            }
            found = Some(n as usize);
        }
    }
    found
}
