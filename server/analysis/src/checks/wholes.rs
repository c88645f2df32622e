//! part-exceeds-whole and parts-exceed-whole: `其中` and the parts after it.
//!
//! `落实减税降费8.3亿元,其中缓税2.7亿元,六税两费减免7154万元`: the whole is
//! the last level figure before `其中` with the parts' unit; the parts are
//! the level figures of that unit after it, up to the end of the sentence.
//! Changes (`增加5亿元`) are skipped on both sides: a part's increase can
//! exceed the whole's when another part fell.

mod added_to_stock;
mod annual;
mod area_within;
mod bounded_classes;
mod bounds;
mod changed_alike;
mod classes_of_total;
mod crossing;
mod exports;
mod first_batch;
mod included;
mod industries;
mod kind_of_total;
mod later_stage;
mod market_entities;
mod measured_alike;
mod named_within;
mod plan_year;
mod reviewed;
mod share_named;
mod stock_named_again;

use std::ops::Range;

use super::Sink;
use super::figure_text::{
    chars_before, ends_sentence, figures_in, floor_boundary, is_change, is_level, is_plain_level,
    number, sentence_range,
};
use crate::cues::Cues;
use crate::diagnostic::{Finding, PartsSum, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// Words after which a figure is no longer one of the parts (`带动投资`).
const LEAVES_PARTS: &[&str] = &[
    "新增", "净增", "带动", "拉动", "撬动", "吸引", "完成", "占", "累计", "总计", "合计", "共计",
];

/// Words that nest a part inside the previous one (`其中工业投资…，技改投资`
/// may be inside 工业投资), so parts cannot be added up.
const NESTS: &[&str] = &["含", "包括", "其中"];

/// A `其中` read: its whole and the parts of the whole's unit after it.
#[derive(Clone, Debug, PartialEq)]
pub struct PartReading<'d> {
    pub whole: &'d Figure,
    pub parts: Vec<&'d Figure>,
    /// A later `其中` ends these parts: they nest, and do not add up.
    pub stops_at_next: bool,
}

impl<'d> PartReading<'d> {
    /// One part read within its whole by a reader of its own (no `其中`):
    /// a later `其中` starts parts of its own.
    pub(crate) fn single(whole: &'d Figure, part: &'d Figure) -> Self {
        PartReading {
            whole,
            parts: vec![part],
            stops_at_next: true,
        }
    }
}

/// Every `其中` whose whole and parts could be read, with the wholes
/// broken down in brackets or after `分别是：`.
pub fn part_readings(doc: &Document) -> Vec<PartReading<'_>> {
    part_readings_of(doc, &doc.cues)
}

pub(super) fn check(doc: &Document, cues: &Cues, sink: &mut Sink) {
    // Parts already found above their whole: two readings of one place
    // (a part read alone, then with the parts listed after it) say it once.
    let mut flagged = Vec::new();
    for reading in part_readings_of(doc, cues) {
        check_one(doc, &reading, sink, &mut flagged);
    }
}

fn part_readings_of<'d>(doc: &'d Document, cues: &Cues) -> Vec<PartReading<'d>> {
    let of_which = &cues.of_which;
    (0..of_which.len())
        .filter_map(|i| Cue::at(doc, of_which, i))
        .flat_map(|cue| {
            let reading = read_one(doc, &cue);
            let earlier = reading.as_ref().and_then(|r| at_earlier_levels(doc, r));
            let second = reading.as_ref().and_then(|r| in_second_measure(doc, r));
            let measured = reading.as_ref().and_then(|r| measured_respectively(doc, r));
            let rises = reading.as_ref().and_then(|r| rises_of_parts(doc, r));
            let alike = reading
                .as_ref()
                .and_then(|r| measured_alike::measured_alike(doc, r));
            reading
                .into_iter()
                .chain(earlier)
                .chain(second)
                .chain(measured)
                .chain(rises)
                .chain(alike)
                .chain(labelled_at(doc, &cue))
        })
        .chain(bracketed(doc))
        .chain(counted_among(doc))
        .chain(annual::annual_of_total(doc))
        .chain(annual::done_of_attributed_total(doc))
        .chain(added_to_stock::added_to_stock(doc))
        .chain(added_to_stock::stock_then_added(doc))
        .chain(added_to_stock::done_to_date(doc))
        .chain(kind_of_total::kind_of_total(doc))
        .chain(kind_of_total::listed_kind_of_total(doc))
        .chain(exports::exports_of_trade(doc))
        .chain(plan_year::year_of_period(doc))
        .chain(bounds::nested_bounds(doc))
        .chain(industries::industries_of_output(doc))
        .chain(included::included(doc))
        .chain(first_batch::first_batch(doc))
        .chain(later_stage::later_stage(doc))
        .chain(area_within::area_within(doc))
        .chain(market_entities::market_entities(doc))
        .chain(bounded_classes::bounded_classes(doc))
        .chain(changed_alike::changed_alike(doc, of_which))
        .chain(share_named::share_named(doc))
        .chain(stock_named_again::stock_named_again(doc))
        .chain(named_within::named_within(doc))
        .chain(restated_by_class(doc))
        .chain(
            cues.respectively
                .iter()
                .filter_map(|&at| listed_after(doc, at)),
        )
        .collect()
}

/// `first` and up to `more` figures right after it, while each continues
/// the run: `continues` is given the text between the last part and the
/// next figure, and that figure.
fn run_of_parts<'d>(
    doc: &'d Document,
    first: &'d Figure,
    more: usize,
    continues: impl Fn(&str, &Figure) -> bool,
) -> Vec<&'d Figure> {
    let mut parts = vec![first];
    let k = doc
        .figures
        .partition_point(|f| f.span.start < first.span.end);
    for next in doc.figures[k..].iter().take(more) {
        let last = parts[parts.len() - 1];
        let Some(gap) = doc.text.get(last.span.end..next.span.start) else {
            break;
        };
        if !continues(gap, next) {
            break;
        }
        parts.push(next);
    }
    parts
}

/// Words in a part's name that make it no plain part: a comparison, a
/// change, a plan, or a nesting word.
const NOT_A_NAME: &[&str] = &[
    "比", "较", "同期", "计划", "目标", "累计", "完成", "其中", "含", "包括", "提高", "提升",
    "增加", "增长", "减少", "下降", "降低", "新增", "到", "至",
];

/// Whether `words` name a part plainly: two to twelve Chinese characters
/// and none of [`NOT_A_NAME`].
fn plain_name(words: &str) -> bool {
    let n = words.chars().count();
    (2..=12).contains(&n)
        && words.chars().all(crate::chars::is_han)
        && !NOT_A_NAME.iter().any(|w| words.contains(w))
}

/// `重点项目90个（工业项目40个，民生项目50个）`: a whole followed by
/// its breakdown in brackets, two or more named parts of its unit and
/// nothing else. Whether the parts are all of the whole is not said, so
/// they are not added up (`stops_at_next`).
fn bracketed(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.iter().filter_map(move |whole| {
        // Bytes, not chars: this looks at every figure of the text.
        let rest = text.as_bytes().get(whole.span.end..)?;
        // `117个重点项目（…）`: a count's counted words may stand before
        // the bracket.
        let noun = if whole.kind == FigureKind::Count {
            counted_words_before_bracket(rest)
        } else {
            0
        };
        let rest = &rest[noun..];
        let open = if rest.starts_with("（".as_bytes()) {
            "（".len()
        } else if rest.first() == Some(&b'(') {
            1
        } else {
            return None;
        };
        if !is_level(whole) || is_change(text, whole) {
            return None;
        }
        let inner_start = whole.span.end + noun + open;
        let window = &text[inner_start..floor_boundary(text, inner_start + 240)];
        let close = window.find(['）', ')'])?;
        let inner = inner_start..inner_start + close;
        let parts = figures_in(doc, &inner);
        if parts.len() < 2 {
            return None;
        }
        let mut from = inner.start;
        for (k, part) in parts.iter().enumerate() {
            let gap = &text[from..part.span.start];
            let name = if k == 0 {
                Some(gap)
            } else {
                gap.strip_prefix(['，', ',', '、'])
            };
            let plain = name.is_some_and(plain_name)
                && part.unit == whole.unit
                && is_level(part)
                && !is_threshold(text, part)
                && part.span.end <= inner.end;
            if !plain {
                return None;
            }
            from = part.span.end;
        }
        text[from..inner.end]
            .trim_matches(crate::chars::is_space)
            .is_empty()
            .then(|| PartReading {
                whole,
                parts: parts.iter().collect(),
                stops_at_next: true,
            })
    })
}

/// The length in bytes of up to eight Han characters at the start of
/// `rest` that a bracket follows (`重点项目（`); 0 when no bracket does.
fn counted_words_before_bracket(rest: &[u8]) -> usize {
    let mut at = 0;
    for _ in 0..8 {
        let Some(&lead) = rest.get(at) else {
            return 0;
        };
        // A Han character of the basic block is three bytes from 0xE4 to
        // 0xE9; the bracket `（` opens with 0xEF.
        if !(0xE4..=0xE9).contains(&lead) {
            break;
        }
        at += 3;
    }
    let bracket = rest
        .get(at..)
        .is_some_and(|r| r.starts_with("（".as_bytes()) || r.first() == Some(&b'('));
    if at > 0 && bracket { at } else { 0 }
}

/// A part's name standing alone before its figure: plain words
/// ([`plain_name`]) with no word that leaves the parts (`带动`, `新增`)
/// and no task of its own (`新建`).
fn named_plainly(name: &str) -> bool {
    let name = name.trim_matches(crate::chars::is_space);
    plain_name(name) && !holds_leaving_word(name, false) && !starts_with_task(name)
}

/// Verbs and adverbs that may follow a part counted among a whole
/// (`28项已完成`, `86个实现通车`): the part names nothing else.
const AMONG_LEADS: &[&str] = &[
    "已", "被", "获", "实现", "达到", "完成", "通过", "入选", "列入", "纳入", "进入", "属于",
    "全部", "均", "基本", "建成", "开工", "竣工", "为", "是", "超额", "达标",
];

/// Words that open a status a bare count is in (`5项基本完成`, `11项如期
/// 启动`, `1项需继续申报`): [`AMONG_LEADS`] and these.
const STATUS_LEADS: &[&str] = &[
    "如期", "正在", "需", "顺利", "全面", "提前", "主体", "尚", "未", "仍", "按期", "按时", "投入",
    "投产", "居", "位居",
];

/// Verbs before a count that give it a status of its own (`建成3个示范区`):
/// a bare count after it (`5个正在建设`) is a sibling, not a part.
const STATUS_WHOLES: &[&str] = &[
    "建成", "完成", "竣工", "投产", "开工", "办结", "投用", "启动",
];

/// `在120个行政村中，86个村…`, `30项民生实事中28项已完成`: a count, the
/// words it counts and `中`, then right after (past `，`, `的` or `有`) a
/// count of the same unit: a part of the whole. The part counts the same
/// things (its words start with the whole's last words, `村` of `行政村`),
/// or nothing but a verb follows it; `在3个县中，12个乡镇…` counts other
/// things and is no part. One part, not added up.
fn counted_among(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        if whole.kind != FigureKind::Count {
            return None;
        }
        let next = figures.get(i + 1)?;
        if next.kind != FigureKind::Count || !same_unit(&next.unit, &whole.unit) {
            // `项目227个、总投资2413.7亿元，已竣工158个`: the whole's own
            // investment stands between it and the part.
            return past_investment(doc, i)
                .and_then(|(part, between)| {
                    done_already(doc, whole, part, &between)
                        .or_else(|| named_again(doc, whole, part, &between))
                })
                .or_else(|| bounded_class_among(doc, i));
        }
        let part = next;
        let between = doc.text.get(whole.span.end..part.span.start)?;
        // Short: a whole's counted words are a few characters.
        if between.len() > 16 * 3 {
            return None;
        }
        among(doc, whole, part, between)
            .or_else(|| by_status(doc, i, between))
            .or_else(|| done_already(doc, whole, part, between))
            .or_else(|| completed_of_carried_out(doc, whole, part, between))
            .or_else(|| named_again(doc, whole, part, between))
            .or_else(|| named_again_after(doc, whole, part, between))
            .or_else(|| done_by_name(doc, i, between))
            .or_else(|| reviewed::outcome_of_review(doc, whole, part, between))
            .or_else(|| classes_of_total::classes_of_total(doc, whole, part, between))
    })
}

/// Words of a state of being done, or not, and their joins.
const DONE_STATES: &[&str] = &[
    "基本", "未", "及", "和", "已", "完成", "办结", "整改", "解决", "销号",
];

/// Of [`DONE_STATES`], those that say done.
const DONE_WORDS: &[&str] = &["完成", "办结", "整改", "解决", "销号"];

/// The counted words after a break and states of being done
/// (`任务` in `，完成及基本完成任务`), if `gap` is such.
fn named_after_states(gap: &str) -> Option<&str> {
    // A break, a state and two counted characters take at least 15 bytes;
    // most gaps (`，`) are shorter.
    if gap.len() < 15 {
        return None;
    }
    let start = gap.strip_prefix(['，', ',', '、'])?;
    let mut rest = start;
    while let Some(r) = DONE_STATES.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    let states = &start[..start.len() - rest.len()];
    (DONE_WORDS.iter().any(|w| states.contains(w)) && rest.chars().count() >= 2).then_some(rest)
}

/// `分解任务68项，完成任务60项、未完成任务8项`: a count closing its clause
/// after the words it counts, then clauses each of a state of being done
/// (or not), the same counted words (their last characters) and a count of
/// the same unit: each counts some of the whole. Not added up. A whole
/// newly added or in a state of its own (`开工项目`) abstains.
fn done_by_name<'d>(doc: &'d Document, i: usize, between: &str) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let whole = &figures[i];
    // The gap first: most counts are followed by none of these states.
    let first_named = named_after_states(between)?;
    let words = words_before(text, whole);
    let done_then_named =
        |gap: &str| named_after_states(gap).is_some_and(|named| words.ends_with(named));
    if words.chars().count() < 2
        || !words.ends_with(first_named)
        || counts_new(doc, whole)
        || STATUS_WHOLES.iter().any(|w| words.contains(w))
        || !plain_whole_and_part(doc, whole, &figures[i + 1])
        || !is_level(&figures[i + 1])
    {
        return None;
    }
    let mut parts = vec![&figures[i + 1]];
    for next in &figures[i + 2..] {
        let previous = parts[parts.len() - 1];
        let gap = &text[previous.span.end..next.span.start];
        if !same_unit(&next.unit, &whole.unit)
            || !is_level(next)
            || gap.len() > 16 * 3
            || !done_then_named(gap)
        {
            break;
        }
        parts.push(next);
    }
    Some(PartReading {
        whole,
        parts,
        stops_at_next: true,
    })
}

/// `项目227个、总投资2413.7亿元，已竣工158个`: when the figure after the
/// count at `i` is its own money (see [`own_money_after`]) closing a
/// clause, the count after that, with the words from the whole to the part
/// as if the money were not there (`，已竣工`).
fn past_investment(doc: &Document, i: usize) -> Option<(&Figure, String)> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, part) = (&figures[i], figures.get(i + 2)?);
    let amount = own_money_after(doc, i)?;
    if part.kind != FigureKind::Count || !same_unit(&part.unit, &whole.unit) {
        return None;
    }
    let rest = text.get(amount.span.end..part.span.start)?;
    (rest.starts_with(['，', ',']) && rest.len() <= 16 * 3).then(|| (part, rest.to_string()))
}

/// Names of the money of the things counted right before it: what they
/// cost or were signed for (`签约项目46个，签约额216.8亿元`).
const OWN_MONEY: &[&str] = &[
    "投资",
    "总投资",
    "协议投资",
    "签约额",
    "签约金额",
    "总签约额",
    "协议金额",
    "合同金额",
];

/// The figure after the count at `i` when it is that count's own money:
/// past a break, one of [`OWN_MONEY`] and nothing else.
pub(super) fn own_money_after(doc: &Document, i: usize) -> Option<&Figure> {
    let text = &doc.text;
    let (whole, amount) = (doc.figures.get(i)?, doc.figures.get(i + 1)?);
    // Bytes first: this runs for every count before a figure of another unit.
    let lead = text.as_bytes().get(whole.span.end..amount.span.start)?;
    if whole.kind != FigureKind::Count
        || !lead.ends_with("额".as_bytes()) && !lead.ends_with("资".as_bytes())
    {
        return None;
    }
    let lead = &text[whole.span.end..amount.span.start];
    let name = lead.strip_prefix(['，', ',', '、'])?;
    OWN_MONEY.contains(&name).then_some(amount)
}

/// Han characters, with the spaces a broken line leaves inside a word
/// (`考核指 标`), and at least one Han character.
fn han_words(words: &str) -> bool {
    words.chars().any(crate::chars::is_han)
        && words
            .chars()
            .all(|c| crate::chars::is_han(c) || crate::chars::is_space(c))
}

/// Whether `s` opens with one of `words`.
fn opens_with(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// `18项惠民实事，5项基本完成，11项如期启动，2项需继续申报`: a count and
/// the words it counts closing a clause, then clauses each opening with a
/// bare count of the same unit and a status (no counted words: the things
/// counted last). The statuses may overlap (`开工`, `竣工`), so the parts
/// are not added up; each is within the whole.
fn by_status<'d>(doc: &'d Document, i: usize, between: &str) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let whole = &figures[i];
    // `7个平台全部建成、4个投入运行`: a `、` may part the clauses too. With
    // no break at all (`13所学校11所建成投用`), only the one count right
    // after the whole's words is read.
    // `7个指标，有5个居全省前列`: `有` may open the part's clause.
    let between = ["已有", "有"]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .filter(|b| b.ends_with(['，', ',']))
        .unwrap_or(between);
    let trimmed = between.trim_matches(crate::chars::is_space);
    let (words, bare) = match trimmed.strip_suffix(['，', ',', '、']) {
        Some(words) => (words, false),
        None => (trimmed, true),
    };
    if words.chars().count() > 12 || !han_words(words) || words.ends_with('中') {
        return None;
    }
    // `2处涵闸竣工、4处开工`: a whole in a state of its own has siblings
    // in other states, unless all of it is in that state (`全部建成`).
    let own_state = DONE.iter().any(|w| words.contains(w));
    if own_state && !["全部", "均"].iter().any(|w| words.contains(w)) {
        return None;
    }
    let status = |part: &Figure| {
        let after = text[part.span.end..].trim_start_matches(crate::chars::is_space);
        // `1项（甲路改造）因故缓建`: the bracket names the things the count
        // counts; the status follows it, or a cause of it (`因`).
        let named = past_naming_bracket(after);
        let (after, cause) = match named {
            Some(rest) => (rest, rest.starts_with('因')),
            None => (after, false),
        };
        // `未` opens a state (`未开工`), not the word `未来`.
        part.kind == FigureKind::Count
            && !after.starts_with("未来")
            && same_unit(&part.unit, &whole.unit)
            && is_level(part)
            && !is_threshold(text, part)
            && (cause || opens_with(after, AMONG_LEADS) || opens_with(after, STATUS_LEADS))
    };
    let lead = chars_before(text, whole.span.start, 2);
    // A count in a status itself (`5项基本完成，11项…`) is a part, no whole.
    let counted = text[whole.span.end..].trim_start_matches(crate::chars::is_space);
    if chars_before(text, whole.span.start, 1) == "第"
        || opens_with(counted, AMONG_LEADS)
        || opens_with(counted, STATUS_LEADS)
        || STATUS_WHOLES.contains(&lead)
        || !is_level(whole)
        || is_change(text, whole)
        || is_threshold(text, whole)
        || is_base(doc, whole)
        || !status(&figures[i + 1])
    {
        return None;
    }
    let mut parts = vec![&figures[i + 1]];
    // Each next clause opens with a bare count in a status.
    for part in figures[i + 2..].iter().take_while(|_| !bare) {
        let previous = parts[parts.len() - 1];
        let gap = &text[previous.span.end..part.span.start];
        let gap = past_naming_bracket(gap).unwrap_or(gap);
        let Some(words) = gap.strip_suffix(['，', ',', '；', ';']) else {
            break;
        };
        if words.chars().count() > 16 || !han_words(words) || !status(part) {
            break;
        }
        parts.push(part);
    }
    Some(PartReading {
        whole,
        parts,
        stops_at_next: true,
    })
}

/// `after` past a bracket that opens it and names the things a count
/// counts (`（甲路、乙桥）`): short, on one line, with no bracket inside.
fn past_naming_bracket(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(['（', '('])?;
    let close = inner
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '）' | ')' | '（' | '(' | '\n' | '。'))?;
    matches!(close.1, '）' | ')').then(|| &inner[close.0 + close.1.len_utf8()..])
}

/// Verbs of a state reached after `已` (`已完成54项`).
const DONE: &[&str] = &[
    "完成", "建成", "开工", "竣工", "投产", "办结", "投用", "启动", "落地", "开业", "签约", "到位",
    "通车", "完工",
];

/// `梳理出59项重点工作，已完成54项`: a count and the words it counts
/// closing a clause, then a clause of `已`, a verb of a state reached and
/// a bare count of the same unit closing it: those already done are among
/// the things counted. So with the verb right after the counted words
/// (`99项重点项目完工7项，…`). One part, not added up.
fn done_already<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, verb) = match between.split_once(['，', ',']) {
        Some((words, rest)) => (words, rest.strip_prefix('已')?),
        // `21个安置区已交付10个`: `已` and the verb right after the
        // counted words.
        None if between.contains('已') => between.split_once('已')?,
        // `99项重点项目完工7项`: the verb right after the counted words.
        None => {
            let verb = DONE.iter().find(|v| between.ends_with(**v))?;
            (&between[..between.len() - verb.len()], *verb)
        }
    };
    // `项目227个，已竣工158个`: the counted words may stand before the
    // whole instead, unless they count things newly added (`新建学校10所`
    // and those opened may be other schools).
    let words = if words.is_empty() {
        if counts_new(doc, whole) {
            return None;
        }
        words_before(text, whole)
    } else {
        words
    };
    if words.chars().count() < 2
        || words.chars().count() > 12
        || !han_words(words)
        || !done_verb(verb)
        || STATUS_WHOLES.contains(&chars_before(text, whole.span.start, 2))
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
    {
        return None;
    }
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    closes.then(|| PartReading {
        whole,
        parts: more_in_states(doc, whole, part),
        stops_at_next: true,
    })
}

/// Verbs of things finished, which only things carried out can reach.
const COMPLETED: &[&str] = &["竣工", "建成", "完工", "竣工投产", "建成投产", "建成通车"];

/// Verbs of carrying things out: those finished are among them
/// (`建设公租房7万套，竣工6.5万套`).
const CARRIED_OUT: &[&str] = &["实施", "建设"];

/// `实施项目294个，竣工133个`, `实施…项目5462个、竣工3772个`: a count of
/// things carried out (`实施` or `建设` among its words), then, after a break, a verb
/// of finishing and a bare count of the same unit closing its clause: the
/// finished are among those carried out. Things started (`开工`) or newly
/// added (`新实施`) may be others. Not added up.
fn completed_of_carried_out<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let verb = between.strip_prefix(['，', ',', '、'])?;
    if !COMPLETED.contains(&verb) {
        return None;
    }
    let words = words_before(text, whole);
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    (CARRIED_OUT
        .iter()
        .any(|w| words.contains(w) && !words.ends_with(w))
        && !counts_new(doc, whole)
        && is_level(part)
        && plain_whole_and_part(doc, whole, part)
        && closes)
        .then(|| PartReading {
            whole,
            parts: more_in_states(doc, whole, part),
            stops_at_next: true,
        })
}

/// Words before a count of things left after those done (`仍有4项未…`).
const REMAINING: &[&str] = &["仍有", "尚有", "还有"];

/// Words that make a count the rest of the whole itself (`剩余9项`): no
/// state needs to follow.
const THE_REST: &[&str] = &["剩余", "其余"];

/// States a count of things may be in besides [`DONE`] (`在建66项`).
const UNDER_WAY: &[&str] = &["在建", "续建"];

/// `99项项目完工7项，完成投资13亿元，在建66项，…`: after a part in a
/// state reached, the clauses that are a state and a count of the whole's
/// unit alone are parts too; a clause of investment between is the
/// part's own amount. Anything else ends them.
fn more_in_states<'d>(doc: &'d Document, whole: &Figure, first: &'d Figure) -> Vec<&'d Figure> {
    let text = &doc.text;
    let mut parts = vec![first];
    let lo = doc
        .figures
        .partition_point(|f| f.span.start < first.span.end);
    let mut from = first.span.end;
    for next in doc.figures[lo..].iter().take(6) {
        let Some(clause) = text[from..next.span.start].strip_prefix(['，', ',']) else {
            break;
        };
        if next.unit != whole.unit {
            // `完成投资13亿元`: the investment of the part before.
            let invested = clause.ends_with("投资") && clause.chars().count() <= 4;
            if !invested || next.kind == FigureKind::Count {
                break;
            }
        } else {
            let state = DONE.contains(&clause) || UNDER_WAY.contains(&clause);
            let closes = text[next.span.end..].starts_with(['，', ',', '。', '；', ';']);
            // `已完成16项，仍有4项未完成`: those left undone are the rest.
            // `完成7项，剩余9项…`: the rest of the whole.
            let left = REMAINING.contains(&clause) && text[next.span.end..].starts_with('未')
                || THE_REST.contains(&clause);
            if !(state && closes || left) || !is_level(next) || is_change(text, next) {
                break;
            }
            parts.push(next);
        }
        from = next.span.end;
    }
    parts
}

/// `实施科技项目318个，83个项目列入…`: a count closing its clause after
/// the words it counts, then a clause opening with a count of the same unit,
/// the same things named again (the whole's last words, `项目`)
/// and a status ([`AMONG_LEADS`], [`STATUS_LEADS`]): some of them, in that
/// status. Other things (`219项审批事项` after `承接13项`) or things newly
/// added (`新增合作社343家，5家合作社被认定`: old ones may be among the 5)
/// are no part. One part, not added up.
fn named_again<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    if !matches!(between, "，" | ",") {
        return None;
    }
    let words = words_before(text, whole);
    let after = &text[part.span.end..];
    let again = words_before_status(after)?;
    // Named again: a bare count may count other things (`人才266.9万人，
    // 12人入选…`).
    let named = again.chars().count() >= 2 && words.ends_with(again);
    if words.chars().count() < 2
        || counts_new(doc, whole)
        || !named
        || !han_words(words)
        || after[again.len()..].starts_with("未来")
        || STATUS_WHOLES.iter().any(|w| words.starts_with(w))
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
    {
        return None;
    }
    Some(PartReading::single(whole, part))
}

/// The part's own words in `after` (the text after its count): what
/// follows it up to its status (`个项目` before `已通过`), within six
/// characters.
fn words_before_status(after: &str) -> Option<&str> {
    after
        .char_indices()
        .take(7)
        .find(|&(k, _)| {
            opens_with(&after[k..], AMONG_LEADS) || opens_with(&after[k..], STATUS_LEADS)
        })
        .map(|(k, _)| &after[..k])
}

/// Words of the time of a status, a clause of their own between a whole
/// and its part (`截至目前，`).
const STATUS_TIMES: &[&str] = &["截至目前", "截至年底", "目前", "到目前为止"];

/// `统筹谋划64个灾后重建项目，截至目前，23个项目已通过审核`: [`named_again`]
/// with the words counted after the whole's count (quoted or not), closing
/// its clause, perhaps then a clause of the status's time: the part counts
/// the same things (the whole's last words) and a status follows. One
/// part, not added up.
fn named_again_after<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, time) = between.split_once(['，', ','])?;
    let time = time.trim_end_matches(['，', ',']);
    if !(time.is_empty() || STATUS_TIMES.contains(&time) && between.ends_with(['，', ','])) {
        return None;
    }
    let words = words
        .strip_prefix('“')
        .and_then(|w| w.strip_suffix('”'))
        .unwrap_or(words);
    let after = &text[part.span.end..];
    let again = words_before_status(after)?;
    let lead = chars_before(text, whole.span.start, 2);
    // `20个村镇获评甲，60个村镇获评乙`: words with a status of their own
    // are a clause of its own things, whose siblings are no parts.
    let own_status = [AMONG_LEADS, STATUS_LEADS, DONE]
        .iter()
        .any(|words_of| words_of.iter().any(|w| words.contains(w)));
    if again.chars().count() < 2
        || own_status
        || !words.ends_with(again)
        || words.chars().count() > 12
        || !han_words(words)
        || after[again.len()..].starts_with("未来")
        || STATUS_WHOLES.contains(&lead)
        || counts_new(doc, whole)
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
    {
        return None;
    }
    Some(PartReading::single(whole, part))
}

/// Whether the clause of `whole`, up to it, counts things newly added
/// (`新增企业36家`, `新建学校10所`): others already there may be among a
/// later count of the same things.
fn counts_new(doc: &Document, whole: &Figure) -> bool {
    let clause = doc.clause_range(whole.span.start);
    doc.text[clause.start.min(whole.span.start)..whole.span.start].contains('新')
}

/// Verbs of a state reached that name no other thing (`交付`, `整改完成`):
/// one or two of [`DONE`] and [`ALSO_DONE`].
fn done_verb(verb: &str) -> bool {
    let one = |v: &str| DONE.contains(&v) || ALSO_DONE.contains(&v);
    one(verb)
        || DONE
            .iter()
            .chain(ALSO_DONE)
            .any(|w| verb.strip_prefix(w).is_some_and(one))
}

/// States reached after `已` besides [`DONE`].
const ALSO_DONE: &[&str] = &["交付", "整改", "验收", "达标", "销号", "办理", "解决"];

/// The Chinese words right before a figure (`项目` in `“两带”项目227个`),
/// up to twelve characters: what a count closing its clause counts.
fn words_before<'t>(text: &'t str, figure: &Figure) -> &'t str {
    let before = &text[..figure.span.start];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(12)
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// A whole that is a plain level (no ordinal `第`, change, threshold or
/// base) and a part that is no threshold: what a count among a count needs.
fn plain_whole_and_part(doc: &Document, whole: &Figure, part: &Figure) -> bool {
    let text = &doc.text;
    chars_before(text, whole.span.start, 1) != "第"
        && is_level(whole)
        && !is_change(text, whole)
        && !is_threshold(text, whole)
        && !is_base(doc, whole)
        && !is_threshold(text, part)
}

/// `120家企业中，营收超亿元的有30家`: a count, the words it counts and
/// `中` (`当中`, `之中`), then a class of them bounded by a figure of
/// another measure (`营收超亿元的`, `产值10亿元以上的`) and a count of
/// the whole's unit closing its clause: those of the class are some of
/// the things counted. One part.
fn bounded_class_among(doc: &Document, i: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, bound, part) = (&figures[i], figures.get(i + 1)?, figures.get(i + 2)?);
    // Bytes first: this runs for every count before a figure of another
    // unit.
    let between = text.get(whole.span.end..bound.span.start)?;
    if whole.kind != FigureKind::Count
        || between.len() > 24 * 3
        || !between.contains('中')
        || bound.qualifier != Some(Qualifier::Over)
        || part.kind != FigureKind::Count
        || !same_unit(&part.unit, &whole.unit)
    {
        return None;
    }
    let (words, class) = between.rsplit_once('中')?;
    let words = words.strip_suffix(['当', '之']).unwrap_or(words);
    let class = class.trim_start_matches(['，', ',']);
    let class = class.strip_suffix('超').unwrap_or(class);
    let linked = linked_as_class(text.get(bound.span.end..part.span.start)?, words);
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    let plain = |w: &str| (1..=12).contains(&w.chars().count()) && han_words(w);
    (plain(words)
        && (class.is_empty() || plain(class))
        && linked
        && closes
        && plain_whole_and_part(doc, whole, part)
        && is_level(part))
    .then(|| PartReading::single(whole, part))
}

/// Whether `link`, between a class's bound and its count, says the count
/// is of the class: `的有`, `的`, or the whole's counted things named again
/// by their last words (`村` of `行政村`) before `有` or `达到`
/// (`152个行政村中，收入超过20万元的村达到96个`).
fn linked_as_class(link: &str, words: &str) -> bool {
    let Some(rest) = link.strip_prefix('的') else {
        return false;
    };
    if ["", "有", "共有"].contains(&rest) {
        return true;
    }
    // The things named again: a last part of the whole's counted words.
    (0..words.len())
        .filter(|&k| words.is_char_boundary(k))
        .filter_map(|k| rest.strip_prefix(&words[k..]))
        .any(|verb| ["有", "共有", "达到", "达"].contains(&verb))
}

/// [`counted_among`]'s `N个X中，M个…`, with `between` the text from the
/// whole to the part.
fn among<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, rest) = between.rsplit_once('中')?;
    // `小学2所和初中4所`: 初中 and 高中 are schools, not "among".
    if words.ends_with(['初', '高']) {
        return None;
    }
    // `30个村当中`, `之中`: the counted words end before them.
    let words = words.strip_suffix(['当', '之']).unwrap_or(words);
    // `12个县（市、区）中`: a bracket after the counted words.
    let words = match words.split_once(['（', '(']) {
        Some((head, note)) if note.ends_with(['）', ')']) => head,
        _ => words,
    };
    if words.chars().count() > 12 || !han_words(words) {
        return None;
    }
    let rest = rest.trim_matches(crate::chars::is_space);
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let rest = rest.trim_start_matches(['，', ',']);
    let rest = ["已有", "共有", "就有", "有"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // `…中，已完成28项。`: a short verb before a part closing its
    // clause.
    let verb_led = !rest.is_empty();
    if verb_led
        && (rest.chars().count() > 4
            || !rest.chars().all(crate::chars::is_han)
            || starts_with_task(rest))
    {
        return None;
    }
    if !plain_whole_and_part(doc, whole, part) {
        return None;
    }
    let after = text[part.span.end..].trim_start_matches(crate::chars::is_space);
    let same_things = (0..words.len())
        .filter(|&k| words.is_char_boundary(k))
        .any(|k| after.starts_with(&words[k..]));
    let closes = after.starts_with(['，', ',', '。', '；', ';', '、']);
    let bare = closes || !verb_led && AMONG_LEADS.iter().any(|w| after.starts_with(w));
    (same_things && !verb_led || bare).then(|| PartReading::single(whole, part))
}

/// `安排支出9000万元，分别是：人员支出3000万元，公用支出2000万元，…`: a
/// whole closing the clause before `分别是：` (or `分别为：`) and the named
/// parts of its unit after the colon, up to the sentence's end.
fn listed_after(doc: &Document, at: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let after = at + "分别".len();
    // `分别为国家级3家和省级9家`: with no colon, the list may leave
    // some out; its parts are added up only as one run (below).
    let colon = ["是：", "为：", "是:", "为:", "是", "为"]
        .iter()
        .find(|w| text[after..].starts_with(*w))?;
    let loose = !colon.ends_with(['：', ':']);
    let from = after + colon.len();
    let before = text[..at].trim_end_matches(crate::chars::is_space);
    let before = before.strip_suffix(['，', ','])?;
    let lo = doc.figures.partition_point(|f| f.span.end <= before.len());
    let whole = doc.figures.get(lo.checked_sub(1)?)?;
    if whole.span.end != before.len() || !is_level(whole) || is_change(text, whole) {
        return None;
    }
    // `甲12家、乙8家，分别为…`: with no colon, `分别` may share the
    // values among several wholes; the whole stands alone in its clause.
    if loose {
        let lead = chars_before(text, whole.span.start, 40);
        let clause = lead
            .rfind(['，', ',', '。', '；', ';', '\n'])
            .map_or(lead, |p| &lead[p..]);
        if clause.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    let end = sentence_end(text, from, None);
    let parts: Vec<&Figure> = parts_of(doc, &(from..end), false)
        .into_iter()
        .filter(|p| same_unit(&p.unit, &whole.unit))
        .collect();
    // Each part named plainly right after the colon or a comma (or,
    // with no colon, `和`).
    let mut start = from;
    // `210处，分别为甲30处、乙120处、丙60处`: one run of named parts,
    // joined by `、` or `和` alone, divides the whole; they are added up.
    let mut one_run = true;
    for part in &parts {
        let gap = &text[start..part.span.start];
        one_run &= !gap.contains(['，', ',', '；', ';', '：', ':']);
        let name = gap.rsplit(['，', ',', '、']).next().unwrap_or(gap);
        let name = name.trim_matches(crate::chars::is_space);
        let name = if loose && start > from {
            name.strip_prefix(['和', '及']).unwrap_or(name)
        } else {
            name
        };
        if !plain_name(name) {
            return None;
        }
        start = part.span.end;
    }
    (parts.len() >= 2).then_some(PartReading {
        whole,
        parts,
        stops_at_next: loose && !one_run,
    })
}

/// `其中，一产20亿元，增长5%；二产84亿元，…`: the parts may run on over
/// `；`, each clause naming one more part of the same unit as `first`.
/// The parts of those clauses, where they end, and whether they were read
/// loosely (named plainly, not alike: not to be added up).
fn run_on_past_semicolons<'d>(
    doc: &'d Document,
    (after, mut end, next): (usize, usize, Option<usize>),
    first: &Figure,
) -> (Vec<&'d Figure>, usize, bool) {
    let text = &doc.text;
    let mut parts = Vec::new();
    // `其中：A…；B…；C…`: a colon announces a list of parts, one a clause.
    let enumerated = text[after..].starts_with(['：', ':']);
    // `其中，中央补助5亿元；省级配套3亿元`: parts named plainly, each first
    // in its clause, though their names do not end alike. Such parts are
    // not added up: a clause may name something besides the parts.
    // Read only at a `；` (most parts end before one).
    let first_named =
        || named_plainly(text[after..first.span.start].trim_start_matches(['，', ',', '：', ':']));
    let mut loose = false;
    while text[end..].starts_with(['；', ';']) && Some(end) != next {
        let from = end + text[end..].chars().next().map_or(1, char::len_utf8);
        let to = sentence_end(text, from, next);
        let more = parts_of(doc, &(from..to), false);
        // Each clause names its part like the first does (`第一产业增加值`,
        // `第二产业增加值`; `税收收入`, `非税收入`): the names end alike.
        let opens_part = more.first().is_some_and(|f| {
            same_unit(&f.unit, &first.unit)
                && !text[from..f.span.start].contains(['，', ','])
                && (enumerated
                    || names_alike(&text[after..first.span.start], &text[from..f.span.start]))
        });
        // Short names, none an indicator's (`社会消费品零售总额` is another
        // measure, not a part).
        let plain = !opens_part
            && first.indicator.is_none()
            && first_named()
            && more.first().is_some_and(|f| {
                let name = text[from..f.span.start].trim_matches(crate::chars::is_space);
                same_unit(&f.unit, &first.unit)
                    && f.indicator.is_none()
                    && name.chars().count() <= 6
                    && named_plainly(name)
                    // `；补充耕地指标3000亩，其中…`: a figure with parts of
                    // its own is the whole of a new clause.
                    && !["，其中", ",其中"]
                        .iter()
                        .any(|w| text[f.span.end..].starts_with(w))
            });
        if !(opens_part || plain)
            || starts_with_task(&text[from..to])
            || YEARS_SPANS.iter().any(|w| text[from..].starts_with(w))
        {
            break;
        }
        loose |= plain;
        parts.extend(more);
        end = to;
    }
    (parts, end, loose)
}

/// `项目63个、总投资625亿元，其中…项目10个、总投资397.7亿元`: the parts
/// of `其中` in units other than its first part's, each paired with the
/// one whole before `其中` named alike (`总投资` with `总投资`, `年度计划投资`
/// with `年度计划投资`); a part no whole or several name alike is left out.
fn labelled_at<'d>(doc: &'d Document, cue: &Cue<'d>) -> Vec<PartReading<'d>> {
    let text = &doc.text;
    let &Cue {
        at,
        previous,
        after,
        end,
        figures,
        ..
    } = cue;
    // Only parts in a second unit need this reading.
    if figures.iter().all(|f| f.unit == figures[0].unit) {
        return Vec::new();
    }
    let mut parts = parts_among(doc, &(after..end), figures, true);
    let Some(&first) = parts.first() else {
        return Vec::new();
    };
    // The clauses after `；` that name more parts alike (`其中甲项目5个、
    // 投资8亿元；乙项目3个、投资4亿元`) hold their other measures too.
    let (_, to, _) = run_on_past_semicolons(doc, (after, end, cue.next), first);
    let mut from = end;
    while from < to {
        let start = from + text[from..].chars().next().map_or(1, char::len_utf8);
        let stop = sentence_end(text, start, cue.next);
        parts.extend(parts_of(doc, &(start..stop), true));
        from = stop;
    }
    let whole_sentence = whole_sentence(text, at, previous);
    let wholes: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| {
            is_level(f)
                && !is_change(text, f)
                && !is_threshold(text, f)
                && !is_base(doc, f)
                && !in_brackets(&text[whole_sentence.start..f.span.start])
        })
        .collect();
    let mut out = Vec::new();
    for part in parts.iter().filter(|p| p.unit != first.unit) {
        let name = label(doc, part);
        if name.chars().count() < 2 {
            continue;
        }
        // Named alike: one name ends with the other (`省百大项目完成投资`
        // with `完成投资`; not `年度计划投资` with `总投资`).
        let named: Vec<&&Figure> = wholes
            .iter()
            .filter(|w| {
                let whole_name = label(doc, w);
                w.unit == part.unit
                    && whole_name.chars().count() >= 2
                    && (name.ends_with(whole_name) || whole_name.ends_with(name))
            })
            .collect();
        if let [whole] = named.as_slice() {
            out.push(PartReading::single(whole, part));
        }
    }
    out
}

/// The words naming a figure: from the start of its clause, the last `、`
/// or the figure before it, with a verb (`完成`, `达到`) set aside.
fn label<'t>(doc: &'t Document, figure: &Figure) -> &'t str {
    let text = &doc.text;
    // The clause's start, within a few hundred bytes (a name is short).
    let mut from = figure.span.start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut start = text[from..figure.span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| {
            matches!(
                c,
                '，' | '；' | '。' | '：' | '！' | '？' | '\n' | ',' | ';'
            )
        })
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    if let Some(p) = text[start..figure.span.start].rfind('、') {
        start += p + '、'.len_utf8();
    }
    let lo = doc.figures.partition_point(|f| f.span.end <= start);
    if let Some(f) = doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= figure.span.start)
        .last()
    {
        start = start.max(f.span.end);
    }
    let mut name = text[start..figure.span.start].trim_matches(crate::chars::is_space);
    for verb in ["完成", "达到", "实现", "为", "达", "约", "超"] {
        name = name.strip_suffix(verb).unwrap_or(name);
    }
    name
}

/// `5G基站312个、充电桩1200个，其中公共充电桩800个`: in a list of wholes,
/// the part's name ends with the last whole's name (two characters at
/// least), and no part's name ends like the whole before it, so the parts
/// are of the last whole alone.
fn part_names_last_whole(
    doc: &Document,
    (previous, whole): (&Figure, &Figure),
    first_name: &str,
    parts: &[&Figure],
) -> bool {
    let whole_name = label(doc, whole);
    let previous_name = label(doc, previous);
    let first_name = first_name
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '，' | ',' | '：' | ':'));
    // Two Han characters (six bytes) alike: the earlier whole is named.
    let names_previous =
        |name: &str| crate::text::common_suffix(name.as_bytes(), previous_name.as_bytes()) >= 6;
    whole_name.chars().count() >= 2
        && whole_name.chars().all(crate::chars::is_han)
        && first_name.ends_with(whole_name)
        && first_name.len() > whole_name.len()
        && !previous_name.is_empty()
        && !names_previous(first_name)
        && parts.iter().all(|p| !names_previous(label(doc, p)))
}

/// The `其中` at `of_which[i]` that opens parts, read only up to its
/// neighbours (a sentence of many would otherwise be read once per cue);
/// found once for both its readings.
struct Cue<'d> {
    at: usize,
    /// The end of the `其中` before, if any.
    previous: Option<usize>,
    /// The next `其中`, if any.
    next: Option<usize>,
    /// After `其中`.
    after: usize,
    /// Where its parts end ([`parts_end`]).
    end: usize,
    /// The figures from `after` to `end`.
    figures: &'d [Figure],
}

impl<'d> Cue<'d> {
    fn at(doc: &'d Document, of_which: &[usize], i: usize) -> Option<Cue<'d>> {
        let text = &doc.text;
        let at = of_which[i];
        // `其中` that opens the parts: after a clause break, before a figure's words.
        let opens = chars_before(text, at, 1)
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '，' | ',' | '；' | ';' | '（' | '(' | '、' | '。'))
            || opens_paragraph(text, at)
            || object_of_clause(text, at);
        if !opens {
            return None;
        }
        // `银龄人才300人（其中专家200人…）、…`: a bracketed `其中` among
        // the parts breaks down the part before it; the parts run on past
        // its bracket, to the next `其中` of their own level.
        let mut k = i + 1;
        while k <= i + 8
            && of_which
                .get(k)
                .is_some_and(|&n| chars_before(text, n, 1).starts_with(['（', '(']))
        {
            k += 1;
        }
        let next = of_which.get(k).copied();
        let after = at + "其中".len();
        let end = parts_end(text, at, next);
        Some(Cue {
            at,
            previous: i.checked_sub(1).map(|p| of_which[p] + "其中".len()),
            next,
            after,
            end,
            figures: figures_in(doc, &(after..end)),
        })
    }
}

fn read_one<'d>(doc: &'d Document, cue: &Cue<'d>) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let &Cue {
        at,
        previous,
        next,
        after,
        end,
        figures,
    } = cue;
    let mut end = end;
    let mut parts: Vec<&Figure> = parts_among(doc, &(after..end), figures, false);
    // `其中50个片区完成投资800亿元`: a count naming whose amount follows
    // is the part's subject when no whole before counts in its unit; the
    // parts start after it.
    if let Some(subject) = parts.first().copied()
        && let Some(k) = figures.iter().position(|f| std::ptr::eq(f, subject))
        && names_subject(text, subject, figures.get(k + 1))
        && !figures_in(doc, &whole_sentence(text, at, previous))
            .iter()
            .any(|f| f.span.end <= at && same_unit(&f.unit, &subject.unit))
    {
        parts = parts_among(doc, &(subject.span.end..end), &figures[k + 1..], false);
    }
    let first = parts.first().copied()?;
    let (more, to, loose) = run_on_past_semicolons(doc, (after, end, next), first);
    parts.extend(more);
    end = to;
    if let Some((lead, to)) = sentence_parts(doc, after, first, next) {
        parts = lead;
        end = to;
    }
    // Parts after a later `其中` are that one's parts, nested in these.
    let stops_at_next = next == Some(end) || loose;
    // The whole: in the sentence before `其中` (or, when `其中` opens a
    // sentence, the one before it).
    let whole_sentence = whole_sentence(text, at, previous);
    // A breakdown in brackets (`130个（产业项目68个，…）`) is no whole.
    let before: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| !in_brackets(&text[whole_sentence.start..f.span.start]))
        .collect();
    // The whole is the last figure of the parts' unit: a rate or a sum of
    // money between it and `其中` (`完成投资9亿元，完成率110%，其中…`)
    // measures something else.
    let mut index = before.iter().rposition(|f| {
        (same_unit(&f.unit, &first.unit)
            || items_of_projects(text, f, first)
            || of_class_named(text, f, first))
            && !is_threshold(text, f)
            && !is_base(doc, f)
    })?;
    // `总数达26.4万户、净增4万户，其中…`: a change right after the level
    // it changes is no whole; the level is.
    if index >= 1 && is_change(text, before[index]) && !new_things(text, before[index]) {
        let level = before[index - 1];
        if same_unit(&level.unit, &first.unit)
            && is_level(level)
            && !is_change(text, level)
            && !is_threshold(text, level)
            && !is_base(doc, level)
        {
            index -= 1;
        }
    } else if index >= 1
        && added_after_stock(text, before[index - 1], before[index], first)
        && !names_added_again(&text[after..first.span.start])
    {
        index -= 1;
    }
    // `全市50个重点项目开工30个。其中40个市重点项目…`: a count whose
    // counted words (`市重点项目`) repeat those of one earlier count
    // (`重点项目`) is a part of that one, not of a bare count after it.
    let mut by_name = false;
    let words = counted_words(text, first);
    if first.kind == FigureKind::Count
        && words.chars().count() >= 4
        && counted_words(text, before[index]).is_empty()
    {
        let named: Vec<usize> = (0..index)
            .filter(|&k| {
                let f = before[k];
                same_unit(&f.unit, &first.unit)
                    && is_level(f)
                    && !is_change(text, f)
                    && !is_threshold(text, f)
                    && shares_words(words, counted_words(text, f))
            })
            .collect();
        if let [k] = named.as_slice() {
            index = *k;
            by_name = true;
        }
    }
    let earlier = (!by_name)
        .then(|| named_earlier(doc, (after, at), previous, first, before[index]))
        .flatten();
    by_name |= earlier.is_some();
    let whole = earlier.unwrap_or(before[index]);
    if !is_level(whole)
        || (is_change(text, whole) && !new_things(text, whole))
        || restated_on_basis(doc, whole)
    {
        return None;
    }
    // `实事30件，把其中12件列入督办，其中基础设施类18件`: after `其中` as
    // the object of 把/对, a later `其中` may break down either whole.
    if previous.is_some_and(|p| whole.span.start >= p && object_of_clause(text, p - "其中".len()))
    {
        return None;
    }
    // Only what stands in the whole's clause or after it: a figure of the
    // parts' unit must not be skipped over.
    if !by_name
        && before[index + 1..].iter().any(|f| {
            is_level(f)
                && same_unit(&f.unit, &first.unit)
                && !is_threshold(text, f)
                && !is_change(text, f)
        })
    {
        return None;
    }
    // An average (`年均超收2040亿元`) or a rate per head (`每千人6.5批次`)
    // is no whole of anything.
    let whole_clause = doc.clause_range(whole.span.start);
    let lead = &text[whole_clause.start..whole.span.start];
    // (The whole's own bound is read with its lead: `均超过10万公里`.)
    if averages(&text[whole_clause.start..whole.span.end])
        || per_head(lead) && !parts.iter().all(|p| a_standard(doc, lead, p))
    {
        return None;
    }
    // A list of wholes (`A 10亿元、B 5亿元，其中`) has no single whole;
    // unless `其中` is bracketed right after the whole (`B 5亿元（其中…`),
    // or the figure before is the whole's change (`净增5万户、突破60万户`).
    let attached = text[whole.span.end..at]
        .trim_matches(crate::chars::is_space)
        .chars()
        .all(|c| matches!(c, '（' | '('));
    if index >= 1 && !attached && earlier.is_none() {
        let previous = &before[index - 1];
        if same_unit(&previous.unit, &whole.unit)
            && !is_change(text, previous)
            && text[previous.span.end..whole.span.start].contains('、')
            && !part_names_last_whole(
                doc,
                (previous, whole),
                &text[after..first.span.start],
                &parts,
            )
        {
            return None;
        }
    }
    // `100名（个）人才与团队（其中，人才60名，团队40个）`: a second unit
    // written in brackets after the whole's counts its parts too.
    let second = unit_note(text, whole);
    let parts: Vec<&Figure> = parts
        .into_iter()
        .filter(|p| {
            same_unit(&p.unit, &whole.unit)
                || second == Some(p.unit.as_str())
                || items_of_projects(text, whole, p)
                || of_class_named(text, whole, p)
        })
        .collect();
    Some(PartReading {
        whole,
        parts: without_other_measures(doc, whole, parts),
        stops_at_next,
    })
}

/// `专利从3000件增加到9000件，其中发明专利从300件增加到900件`: a whole
/// and parts each written as a change from one level to another hold at
/// both levels; the reading at the later ones, read from `其中`, gives the
/// one at the earlier ones.
fn at_earlier_levels<'d>(doc: &'d Document, later: &PartReading<'d>) -> Option<PartReading<'d>> {
    let whole = earlier_level(doc, later.whole)?;
    let parts = later
        .parts
        .iter()
        .map(|part| earlier_level(doc, part))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole,
        parts,
        stops_at_next: later.stops_at_next,
    })
}

/// `贫困户301户611人，其中173户349人`: a whole counted in two measures
/// printed together, and each part likewise: the reading in the first
/// measure gives the one in the second.
fn in_second_measure<'d>(doc: &'d Document, first: &PartReading<'d>) -> Option<PartReading<'d>> {
    let whole = paired(doc, first.whole)?;
    let parts = first
        .parts
        .iter()
        .map(|part| paired(doc, part).filter(|p| p.unit == whole.unit))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole,
        parts,
        stops_at_next: first.stops_at_next,
    })
}

/// `实施项目63个，完成投资65.5亿元，其中省级项目5个、市级20个，分别完成
/// 投资12.8亿元、37.2亿元`: the whole's measure in the clause right after
/// it, and each part's after `分别` in the same words, one figure a part
/// in their order: the parts' measures are parts of the whole's.
fn measured_respectively<'d>(
    doc: &'d Document,
    first: &PartReading<'d>,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, last) = (first.whole, *first.parts.last()?);
    let measure = figure_after(doc, whole)?;
    if measure.span.start >= first.parts[0].span.start || !is_level(measure) {
        return None;
    }
    let words = text[whole.span.end..measure.span.start].strip_prefix('，')?;
    let words = SUMS_OVER_TIME
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words);
    let n = words.chars().count();
    if !(2..=6).contains(&n) || !words.chars().all(crate::chars::is_han) {
        return None;
    }
    let rest = text[last.span.end..]
        .strip_prefix('，')?
        .strip_prefix("分别")?
        .strip_prefix(words)?;
    let start = text.len() - rest.len();
    let j = figures.partition_point(|f| f.span.start < start);
    let run = figures.get(j..j + first.parts.len())?;
    let listed = run.first()?.span.start == start
        && run
            .windows(2)
            .all(|p| text[p[0].span.end..p[1].span.start] == *"、")
        && run
            .iter()
            .all(|f| f.unit == measure.unit && is_level(f) && !is_threshold(text, f));
    // No more values listed than parts.
    let ends = !text[run.last()?.span.end..].starts_with('、');
    (listed && ends).then(|| PartReading {
        whole: measure,
        parts: run.iter().collect(),
        stops_at_next: first.stops_at_next,
    })
}

/// `赤字1.6万亿元，比去年增加2700亿元。其中，中央1.1万亿元，增加1700亿
/// 元；地方5000亿元，增加1000亿元`: parts that make up all of their whole
/// (their levels add up to its level as printed), each followed by its
/// rise as the whole is by its own: none of the parts fell, so each rise
/// is within the whole's. Not added up.
fn rises_of_parts<'d>(doc: &'d Document, reading: &PartReading<'d>) -> Option<PartReading<'d>> {
    if reading.parts.len() < 2 {
        return None;
    }
    let whole = reading.whole;
    let (low, high) = reading
        .parts
        .iter()
        .fold((0.0, 0.0), |(lo, hi), p| (lo + p.low, hi + p.high));
    if low > whole.high || high < whole.low {
        return None;
    }
    let whole_rise = rise_after(doc, whole)?;
    let rises = reading
        .parts
        .iter()
        .map(|p| rise_after(doc, p))
        .collect::<Option<Vec<_>>>()?;
    Some(PartReading {
        whole: whole_rise,
        parts: rises,
        stops_at_next: true,
    })
}

/// The first figure after `figure`.
fn figure_after<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let k = doc
        .figures
        .partition_point(|f| f.span.start < figure.span.end);
    doc.figures.get(k)
}

/// Words between a level and its rise over the year before.
const RISE_LINKS: &[&str] = &["，增加", "，比去年增加", "，比上年增加", "，同比增加"];

/// The rise printed right after `level` (`，比上年增加5亿元`), of its unit.
fn rise_after<'d>(doc: &'d Document, level: &Figure) -> Option<&'d Figure> {
    let rise = figure_after(doc, level)?;
    let link = doc.text.get(level.span.end..rise.span.start)?;
    (RISE_LINKS.contains(&link) && rise.unit == level.unit && rise.qualifier.is_none())
        .then_some(rise)
}

/// Words of a sum over time before a measure (`累计完成投资`).
const SUMS_OVER_TIME: &[&str] = &["累计", "共计", "合计", "共"];

/// The count printed right after `figure` with nothing between, in
/// another unit (`301户611人`).
fn paired<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let next = figure_after(doc, figure)?;
    (next.span.start == figure.span.end
        && next.kind == FigureKind::Count
        && figure.kind == FigureKind::Count
        && next.unit != figure.unit
        && is_level(next))
    .then_some(next)
}

/// The level `从3000件增加到` that `figure` changed from: the figure right
/// before it, of its unit, after `从` or `由`, with only a verb ending in
/// `到` or `至` between.
fn earlier_level<'d>(doc: &'d Document, figure: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let k = doc
        .figures
        .partition_point(|f| f.span.start < figure.span.start);
    let earlier = doc.figures.get(k.checked_sub(1)?)?;
    let verb = text
        .get(earlier.span.end..figure.span.start)?
        .trim_matches(crate::chars::is_space);
    let verb = without_year(verb);
    let reads = verb.ends_with(['到', '至'])
        && verb.chars().count() <= 4
        && verb.chars().all(crate::chars::is_han);
    let from = without_per(without_year(
        text[..earlier.span.start].trim_end_matches(crate::chars::is_space),
    ))
    .ends_with(['从', '由']);
    (reads && from && earlier.unit == figure.unit && is_level(earlier)).then_some(earlier)
}

/// The words before a level without what it is measured per (`由每人每年`
/// is `由`).
fn without_per(mut words: &str) -> &str {
    while let Some(rest) = words
        .strip_suffix(|c: char| PER.contains(c))
        .and_then(|w| w.strip_suffix('每'))
    {
        words = rest;
    }
    words
}

/// The words before a level without the year it is of (`由2020年的`,
/// `增加到2025年`).
fn without_year(words: &str) -> &str {
    let w = words.strip_suffix('的').unwrap_or(words);
    let Some(rest) = w.strip_suffix('年') else {
        return words;
    };
    let digits = rest.trim_end_matches(|c: char| crate::chars::digit_value(c).is_some());
    if rest[digits.len()..].chars().count() == 4 {
        digits
    } else {
        words
    }
}

/// `产值116.7亿元。其中，甲集团实现产值70亿元、纳税2亿元，乙公司实现产值
/// 7.5亿元、纳税1亿元`: parts named by the whole's measure (`产值`) may each
/// carry another measure of their subject in its unit after a `、`
/// (`纳税`): that one is no part, and is left out. Only when that name
/// comes back after another part: once (`省级项目5个、市级20个`) it may be
/// one more part named short.
fn without_other_measures<'d>(
    doc: &Document,
    whole: &Figure,
    mut parts: Vec<&'d Figure>,
) -> Vec<&'d Figure> {
    let text = &doc.text;
    // The name after a `、` right after the part before, if the gap is one.
    let joined = |k: usize| {
        let gap = &text[parts[k - 1].span.end..parts[k].span.start];
        gap.strip_prefix('、').filter(|name| {
            (2..=6).contains(&name.chars().count()) && name.chars().all(crate::chars::is_han)
        })
    };
    // Bytes first: most parts are not joined so.
    if !(1..parts.len()).any(|k| joined(k).is_some()) {
        return parts;
    }
    let whole_name = label(doc, whole);
    let Some((at, _)) = whole_name.char_indices().rev().nth(1) else {
        return parts;
    };
    let measure = &whole_name[at..];
    let names: Vec<Option<&str>> = (0..parts.len())
        .map(|k| if k == 0 { None } else { joined(k) })
        .collect();
    let drop: Vec<bool> = (0..parts.len())
        .map(|k| {
            names[k].is_some_and(|name| {
                !name.ends_with(measure)
                    && names.iter().filter(|n| **n == Some(name)).count() >= 2
                    && label(doc, parts[k - 1]).ends_with(measure)
            })
        })
        .collect();
    let mut k = 0;
    parts.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    parts
}

fn check_one(
    doc: &Document,
    reading: &PartReading,
    sink: &mut Sink,
    flagged: &mut Vec<(usize, usize)>,
) {
    let text = &doc.text;
    let whole = reading.whole;
    let parts = &reading.parts;
    let Some(first) = parts.first() else {
        return;
    };
    // Made only for a finding: most readings have none.
    let whole_text = || whole.text(text).to_string();
    let related = || {
        vec![Related {
            file: None,
            range: whole.span.clone(),
            kind: RelatedKind::Whole,
        }]
    };
    // `突破60万户`: a floor written as the round number below the
    // level; were the level twice that, the floor would say so.
    let ceiling = match whole.qualifier {
        Some(Qualifier::Over) if whole.high.is_infinite() => whole.low * 2.0,
        _ if exact_count(text, whole) => whole.value,
        _ => whole.high,
    };
    // The run of parts has no end mark: once a part holds, a later figure
    // over ten times the whole (`教职工6500人，其中专任教师5800人，在校生
    // 8.6万人`) more likely opens another subject than misprints a part
    // (a slipped point makes ten times at most). The run ends before it,
    // unread.
    let within = parts
        .iter()
        .skip(1)
        .position(|part| least(text, part) > ceiling * 10.0)
        .map_or(parts.len(), |k| k + 1);
    let within = within.min(accounted_for(doc, whole, &parts[..within]));
    let within = within.min(finished_beside_started(doc, whole, &parts[..within]));
    let parts = &parts[..within];
    let mut one_exceeds = false;
    for part in parts {
        if least(text, part) > ceiling {
            one_exceeds = true;
            let place = (whole.span.start, part.span.start);
            if flagged.contains(&place) {
                continue;
            }
            flagged.push(place);
            sink.push(
                part.span.clone(),
                Finding::PartExceedsWhole {
                    part: part.text(text).to_string().into(),
                    whole: whole_text().into(),
                },
                related(),
            );
        }
    }
    if one_exceeds || parts.len() < 2 || reading.stops_at_next {
        return;
    }
    // Nested parts, or a part's old and new level (`由40元提高到80元`),
    // cannot be added up.
    // Words inside a bracket between two parts (`（含…）`) nest in the
    // part before, not the next one in it.
    let nested = parts.windows(2).any(|pair| {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        let (head, tail) = match (gap.find(['（', '(']), gap.rfind(['）', ')'])) {
            (Some(open), Some(close)) if open < close => (&gap[..open], &gap[close..]),
            _ => (gap, ""),
        };
        [head, tail].iter().any(|gap| {
            NESTS.iter().any(|w| gap.contains(w)) || gap.contains('到') || gap.contains('至')
        })
    });
    // Classes bounded by a figure (`其中50亿元以上项目56个、20亿元以上项目
    // 135个`; `产值过亿元企业20家、纳税超千万元企业7家`) may hold one
    // another: not added up.
    // A class so bounded first (`其中亿元以上项目26个；竣工项目41个`, the
    // bound in words or in figures) may hold the things of a later part
    // named another way too.
    let classes = || {
        let lo = doc
            .figures
            .partition_point(|f| f.span.start < whole.span.end);
        let first_bounded = doc.figures[lo..]
            .iter()
            .take_while(|f| f.span.end <= first.span.start)
            .any(|f| is_threshold(text, f))
            || ["以上", "以下"]
                .iter()
                .any(|w| label(doc, first).contains(w));
        first_bounded
            || parts.windows(2).any(|pair| {
                let lo = doc
                    .figures
                    .partition_point(|f| f.span.start < pair[0].span.end);
                doc.figures[lo..]
                    .iter()
                    .take_while(|f| f.span.end <= pair[1].span.start)
                    .any(|f| is_threshold(text, f))
            })
    };
    // `其中脱贫村86个，150个村集体收入超过10万元`: a bare count opening its
    // clause, a figure of its own after it, says what some of the whole's
    // things have; those may be among the parts named before.
    let status = || {
        parts.windows(2).any(|pair| {
            let gap = &text[pair[0].span.end..pair[1].span.start];
            if !matches!(gap, "，" | "," | "；" | ";") {
                return false;
            }
            let clause_end = doc.clause_range(pair[1].span.start).end;
            let lo = doc
                .figures
                .partition_point(|f| f.span.start < pair[1].span.end);
            doc.figures
                .get(lo)
                .is_some_and(|f| f.span.end <= clause_end)
        })
    };
    // `其中女性138人、少数民族126人`: parts named along different lines.
    let crossing = || crossing::may_overlap(parts.iter().map(|p| (label(doc, p), p.unit.as_str())));
    let sum: f64 = parts.iter().map(|p| least(text, p)).sum();
    if !nested && sum > whole.high && !classes() && !status() && !crossing() {
        let last = parts.last().map_or(first.span.clone(), |p| p.span.clone());
        sink.push(
            parts[0].span.start..last.end,
            Finding::PartsExceedWhole(Box::new(PartsSum {
                parts: parts.iter().map(|p| p.text(text).to_string()).collect(),
                sum: sum_text(whole, sum),
                whole: whole_text(),
            })),
            related(),
        );
    }
}

/// Words restating a level on another basis (`扣除一次性因素后为11.8亿元`).
const RESTATED_BASIS: &[&str] = &["扣除", "剔除", "口径"];

/// `收入12.6亿元，扣除一次性因素后为11.8亿元，其中税收收入12.1亿元`: a
/// level restated on another basis beside the level as printed; the parts
/// after may break down either, so neither is read as their whole.
fn restated_on_basis(doc: &Document, whole: &Figure) -> bool {
    let lead = super::figure_text::clause_lead(&doc.text, whole);
    RESTATED_BASIS.iter().any(|w| lead.contains(w))
}

/// `耕地8.6万亩，其中水田5.2万亩、旱地3.4万亩，粮食播种面积12.1万亩`: once
/// the parts make up the whole, a new clause named unlike any of them
/// (its last character none of theirs) measures something else, and so
/// may any clause past a `；`; the parts end before it. How many parts are
/// read.
fn accounted_for(doc: &Document, whole: &Figure, parts: &[&Figure]) -> usize {
    let text = &doc.text;
    let mut sum = 0.0;
    // Each part's last character of name, read once when first needed.
    let mut lasts: Vec<Option<char>> = Vec::new();
    let last = |f: &Figure| label(doc, f).chars().next_back();
    for (k, part) in parts.iter().enumerate() {
        if k >= 2 && sum >= whole.low {
            let gap = &text[parts[k - 1].span.end..part.span.start];
            lasts.extend(parts[lasts.len()..=k].iter().map(|p| last(p)));
            let named_unlike = lasts[k].is_some_and(|c| {
                crate::chars::is_han(c) && lasts[..k].iter().all(|l| *l != Some(c))
            });
            // `户籍人口38万人，其中城镇15万人、乡村23万人；常住人口31万人`:
            // past a `；`, a clause named like the parts may be the whole's
            // sibling (another total), not one more part.
            if gap.contains(['；', ';']) || gap.contains(['，', ',']) && named_unlike {
                return k;
            }
        }
        sum += part.high;
    }
    parts.len()
}

/// Words naming a whole's works by a stage short of finished.
const WHOLE_STARTED: &[&str] = &["开工", "签约", "引进", "招引", "立项", "在建"];

/// `新开工项目58个，其中亿元以上项目26个；竣工项目41个`: a later part
/// named by works finished, after a whole named by works begun, counts
/// works finished that year, begun then or before: no part of the whole
/// but its sibling, opening another subject. How many parts are read (a
/// part right after `其中` is one, as the drafter says).
fn finished_beside_started(doc: &Document, whole: &Figure, parts: &[&Figure]) -> usize {
    let started = || {
        let name = label(doc, whole);
        WHOLE_STARTED.iter().any(|w| name.contains(w))
    };
    parts
        .iter()
        .skip(1)
        .position(|part| {
            // `已竣工`, `基本建成`: finished, or nearly.
            let name = label(doc, part);
            let name = name.strip_prefix('已').unwrap_or(name);
            let name = name.strip_prefix("基本").unwrap_or(name);
            COMPLETED.iter().any(|w| name.starts_with(w)) && started()
        })
        .map_or(parts.len(), |k| k + 1)
}

/// Words of `nearly` before a figure (`近3000亿元`): the amount falls
/// short of the number by a little, not by any amount as after `不到`.
const NEARLY: &[&str] = &["近", "接近", "将近"];

/// The share of its number a `nearly` amount at least reaches: a drafter
/// writes `近2000亿元` for 1900, never for 1000.
const NEARLY_FLOOR: f64 = 0.8;

/// The least a part can be: its low end, or for an amount written as
/// `nearly` a number, most of that number.
fn least(text: &str, part: &Figure) -> f64 {
    let nearly = part.qualifier == Some(Qualifier::Under)
        && NEARLY.iter().any(|w| part.text(text).starts_with(w));
    if nearly {
        part.low.max(part.high * NEARLY_FLOOR)
    } else if exact_count(text, part) {
        part.value
    } else {
        part.low
    }
}

/// `5个`, `12家`, `三所`: things counted one by one, written in whole
/// units with no multiple (`万`, `亿`) and no qualifier, are no rounded
/// level: 6 parks cannot be a part of 5.
fn exact_count(text: &str, figure: &Figure) -> bool {
    figure.kind == FigureKind::Count
        && figure.qualifier.is_none()
        && figure.value.fract() == 0.0
        && !figure
            .text(text)
            .contains(['万', '亿', '千', '百', '.', '．'])
}

/// Where the parts of the `其中` at `at` end: the sentence's end, `limit`
/// (the next `其中`), or, for a bracketed `（其中…）`, the bracket's close.
fn parts_end(text: &str, at: usize, limit: Option<usize>) -> usize {
    let after = at + "其中".len();
    let end = sentence_end(text, after, limit);
    let bracketed = chars_before(text, at, 1).starts_with(['（', '(']);
    if !bracketed {
        return end;
    }
    match text[after..end].find(['）', ')']) {
        Some(close) => after + close,
        None => end,
    }
}

/// Whether byte `b` may start a character that ends a sentence
/// ([`ends_sentence`]): `。` starts with 0xE3, `；！？` with 0xEF, the
/// others are ASCII. Sentences are searched by bytes, decoding only these.
fn may_end_sentence(b: u8) -> bool {
    matches!(b, 0xE3 | 0xEF | b';' | b'!' | b'?' | b'\n' | b'\r')
}

/// The character starting at byte `i` if it ends a sentence.
fn sentence_break_at(text: &str, i: usize) -> Option<char> {
    if !may_end_sentence(*text.as_bytes().get(i)?) {
        return None;
    }
    text.get(i..)?.chars().next().filter(|c| ends_sentence(*c))
}

/// Where the sentence holding `from` ends, or `limit` if that comes first.
fn sentence_end(text: &str, from: usize, limit: Option<usize>) -> usize {
    let limit = limit.unwrap_or(text.len()).clamp(from, text.len());
    let bytes = &text.as_bytes()[..limit];
    let mut i = from;
    while let Some(k) = bytes[i..].iter().position(|&b| may_end_sentence(b)) {
        if sentence_break_at(text, i + k).is_some() {
            return i + k;
        }
        i += k + 1;
    }
    limit
}

/// `选择1万个村，把其中1000个建成示范村`, `抓好1000户，已对其中300户…`:
/// `其中` as the object of `把` or `对` early in its clause (a few words of
/// time or adverb before, no figure) still takes the whole of the clause
/// before.
fn object_of_clause(text: &str, at: usize) -> bool {
    let head = chars_before(text, at, 7);
    let Some(lead) = head.strip_suffix('把').or_else(|| head.strip_suffix('对')) else {
        return false;
    };
    let Some(cut) = lead.rfind(['，', ',', '；', ';']) else {
        return false;
    };
    lead[cut..]
        .chars()
        .skip(1)
        .all(|c| crate::chars::is_han(c) && crate::chars::digit_value(c).is_none())
}

/// `…12亿元。\n其中，…`: `其中` opening a paragraph (or a line) right
/// after a sentence or a colon closing the line before.
fn opens_paragraph(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let line_start = before.trim_end_matches(crate::chars::is_space);
    let Some(rest) = line_start
        .strip_suffix('\n')
        .map(|r| r.trim_end_matches('\r'))
    else {
        return false;
    };
    rest.trim_end_matches(crate::chars::is_space)
        .ends_with(['。', '：', ':'])
}

/// Where the whole of the `其中` at `at` is looked for: its sentence up to
/// `at`, or, when `其中` opens a sentence (or a paragraph), the sentence
/// before it.
fn whole_sentence(text: &str, at: usize, previous: Option<usize>) -> Range<usize> {
    let (start, opens_sentence) = sentence_start(text, at, previous);
    let indented = text[start..at].chars().all(crate::chars::is_space);
    if opens_sentence && (start >= at.saturating_sub(3) || indented) {
        // Back over the line break and spaces to the sentence's last
        // character (`。`, or `：` closing the line).
        let back = text[..start]
            .trim_end_matches(|c: char| crate::chars::is_space(c) || matches!(c, '\n' | '\r'));
        let range = sentence_range(text, back.len().saturating_sub(1));
        // After a full stop, the whole sentence, over its `；` clauses
        // (`共投入12亿元；惠及3万户。其中，…`), within a few hundred bytes.
        if !back.ends_with(['。', '！', '？']) {
            return range;
        }
        let floor = floor_boundary(text, range.start.saturating_sub(600));
        let full_start = text[floor..range.start]
            .rfind(['。', '！', '？', '!', '?', '\n', '\r'])
            .map_or(floor, |p| {
                floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
            });
        full_start.max(previous.unwrap_or(0)).min(range.start)..range.end
    } else {
        start..at
    }
}

/// Where the sentence holding `to` starts, or `floor` if that comes first;
/// and whether a sentence boundary (not the floor) was reached.
fn sentence_start(text: &str, to: usize, floor: Option<usize>) -> (usize, bool) {
    let floor = floor.unwrap_or(0).min(to);
    let bytes = &text.as_bytes()[floor..to];
    let mut below = bytes.len();
    while let Some(k) = bytes[..below].iter().rposition(|&b| may_end_sentence(b)) {
        if let Some(c) = sentence_break_at(text, floor + k) {
            return (floor + k + c.len_utf8(), true);
        }
        below = k;
    }
    (floor, floor == 0)
}

/// The level figures after `其中` up to the sentence's end, stopping at a
/// word that leaves the parts.
///
/// With `named`, each part is paired with its whole by name (see
/// [`labelled_at`]), so a part's own verb (`省项目完成投资63亿元`) stays
/// one of the parts wherever it stands.
fn parts_of<'d>(doc: &'d Document, range: &Range<usize>, named: bool) -> Vec<&'d Figure> {
    parts_among(doc, range, figures_in(doc, range), named)
}

/// [`parts_of`] with the figures of `range` at hand.
fn parts_among<'d>(
    doc: &'d Document,
    range: &Range<usize>,
    figures: &'d [Figure],
    named: bool,
) -> Vec<&'d Figure> {
    let text = &doc.text;
    let mut parts = Vec::new();
    let mut from = range.start;
    // `其中口袋公园3个，改造绿道4个`: a clause led by a verb of its own
    // states another task, not a part; unless the parts are tasks too
    // (`其中新建3所，改扩建5所`).
    let parts_are_tasks = starts_with_task(&text[range.clone()]);
    // Brackets opened since `range.start` and not closed: a figure inside
    // (`（含重点产业1000人）`) is a part of the part before it.
    let mut depth = 0usize;
    // Whether a part so far counts things started or carried on this year.
    let mut started = false;
    for figure in figures {
        let gap = &text[from..figure.span.start];
        let (opened, closed) = brackets(gap);
        depth = (depth + opened).saturating_sub(closed);
        if depth > 0 {
            from = figure.span.end;
            continue;
        }
        let clause_at = gap
            .rfind(['，', ','])
            .map(|p| from + p + gap[p..].chars().next().map_or(1, char::len_utf8));
        let clause = clause_at.map(|at| &text[at..figure.span.start]);
        // `其中，续建项目35个，新建项目25个`: a clause named like the first
        // part (`…项目`) is one more part, whatever its first word.
        let named_alike = |c: &str| {
            parts.first().is_some_and(|first: &&Figure| {
                let first_name = &text[range.start..first.span.start];
                let first_name = first_name
                    .rsplit(['，', ',', '：', ':'])
                    .next()
                    .unwrap_or("");
                names_alike(first_name, c)
            })
        };
        let new_task = clause.is_some_and(|c| starts_with_task(c) && !named_alike(c));
        // With `named`, a task verb may name a measure (`完成投资`): the
        // part is paired with a whole of the same name.
        // A clause naming the stock the new things join
        // (`新增4万户，其中企业1万户，总量达到38万户`) ends the parts.
        // So does a total reached after the parts (`新增公路5万公里，其中
        // 高速公路1万公里，高速公路总里程达10万公里`).
        // The total may be named right before a figure of its own bound
        // (`企业总量突破2万户`: `突破` is read with the figure).
        let stock = clause.is_some_and(|c| {
            c.starts_with("总量")
                || c.starts_with("总数")
                || (!parts.is_empty()
                    && (names_total_reached(c)
                        || c.ends_with("总量")
                        || c.ends_with("总数")
                        || raised_to(c)
                        || counts_those_having(c)))
        });
        // `其中普惠托位3000个，每千人托位数达到4个`, `…，争取乙用地2000亩`:
        // a clause measuring per head, or setting an aim of its own, is
        // no part of the whole before `其中`.
        // So is a clause, after the parts, of an aim reached (`其中甲项目
        // 10个、乙项目20个，实现丙项目40个以上`).
        // `，五年新建学校48所`: a sum over years of its own (the span may
        // be read as a figure, so the words after the clause's start).
        let over_years =
            clause_at.is_some_and(|at| YEARS_SPANS.iter().any(|w| text[at..].starts_with(w)));
        let own_measure = over_years
            || clause.is_some_and(|c| {
                let c = c.trim_start_matches(crate::chars::is_space);
                c.starts_with('每')
                    || ["争取", "力争", "确保"].iter().any(|w| c.starts_with(w))
                    || (!parts.is_empty() && c.starts_with("实现"))
            });
        // The first part's own verb (`其中：税收收入完成15亿元`) is no
        // word that leaves the parts.
        // Either before the first part or once parts are matched by name.
        // ...nor a later part's, when its clause is named like the first
        // and the first has a verb too (`其中，省级完成投资5亿元，市级完成
        // 投资4亿元`; not `其中引进人才41人，新增技能人才39万人`).
        let alike = || {
            clause.is_some_and(named_alike)
                && parts.first().is_some_and(|first: &&Figure| {
                    holds_leaving_word(&text[range.start..first.span.start], false)
                })
        };
        // `alike` only when the gap holds nothing but an own verb (rare).
        let allowed = named || parts.is_empty();
        let leaves = holds_leaving_word(gap, allowed)
            && (allowed || holds_leaving_word(gap, true) || !alike());
        // `其中甲项目41个、完成投资35亿元，乙项目28个、…`: the last part's
        // own second measure, after `、` and its name, in another unit:
        // the parts run on past it (read by [`measured_alike::measured_alike`]).
        if !named
            && parts
                .last()
                .is_some_and(|last: &&Figure| last.span.end == from && figure.unit != last.unit)
            && measured_alike::measure_name(gap).is_some()
        {
            from = figure.span.end;
            continue;
        }
        // `省级资金6亿元并配套市级资金7亿元`: `并` after a part joins an
        // act of its own, whose figures are no parts.
        let joined_act = !parts.is_empty() && gap.starts_with('并');
        if sentence_end(gap, 0, None) < gap.len()
            || (started && finished_cut(gap))
            || joined_act
            || leaves
            || stock
            || own_measure
            || (new_task && !parts_are_tasks && !named)
        {
            break;
        }
        from = figure.span.end;
        // `其中1400亩已获批复`: a figure opening the parts alone in its
        // clause names no class of a count that follows: it is the part.
        let opens_alone = parts.is_empty()
            && gap.trim_start_matches(['，', ',', '：', ':']).is_empty()
            && alone_in_clause(doc, figure);
        if is_level(figure)
            && !is_change(text, figure)
            && (!is_threshold(text, figure) || opens_alone)
            && !is_base(doc, figure)
            && !says_worth(text, figure)
        {
            started |= STARTED.iter().any(|w| gap.contains(w));
            parts.push(figure);
        }
    }
    parts
}

/// Whether `figure` is the only figure of its clause and bounds nothing
/// (`以上`/`以下`): words after it name what it measures (`1400亩建设指标`),
/// not a class whose count follows. A size before things sized by it
/// (`50亿元项目`, `百亿级集群`) names their class still.
fn alone_in_clause(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    let after = &text[figure.span.end..];
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .any(|w| after.starts_with(w) || text[figure.span.clone()].ends_with(w));
    let words_end = after
        .char_indices()
        .find(|&(_, c)| !crate::chars::is_han(c))
        .map_or(after.len(), |(k, _)| k);
    let sized = after.starts_with('级') || SIZED.iter().any(|w| after[..words_end].contains(w));
    let clause = doc.clause_range(figure.span.start);
    !bound
        && !sized
        && figures_in(doc, &(figure.span.end..clause.end.max(figure.span.end))).is_empty()
}

/// Things a size printed before them classes (`10亿元项目`).
const SIZED: &[&str] = &["项目", "企业", "工程", "集群", "产业"];

/// Whether `figure` says what the things after `的` are worth (`投资5亿元
/// 的项目`), no part; a count of things named after `的` is one
/// (`把其中1000个左右的中心村建成示范村` as `1000个中心村`).
fn says_worth(text: &str, figure: &Figure) -> bool {
    let Some(rest) = text[figure.span.end..].strip_prefix('的') else {
        return false;
    };
    let named = rest.chars().next().is_some_and(crate::chars::is_han);
    !(figure.kind == FigureKind::Count && named)
}

/// Spans of years opening a clause: its figure sums them, no part of one
/// year's whole.
const YEARS_SPANS: &[&str] = &["五年", "三年", "十年", "过去", "近年", "近五年", "近三年"];

/// States of things begun or carried on within the year, which things
/// finished that year may also be in.
const STARTED: &[&str] = &["开工", "续建", "新建"];

/// `其中续建项目120个，新开工项目180个，竣工项目95个`: after parts begun or
/// carried on, a part finished cuts the whole another way (its things were
/// begun or carried on too): it is no further part.
fn finished_cut(gap: &str) -> bool {
    let name = gap
        .rsplit(['，', ',', '、', '；', ';'])
        .next()
        .unwrap_or(gap)
        .trim_start_matches(crate::chars::is_space);
    let name = name.strip_prefix('已').unwrap_or(name);
    COMPLETED.iter().any(|w| name.starts_with(w))
}

/// `其中，城建工程8项：（1）…。交通工程2项：（1）…。`: parts each opening
/// a sentence of their own, named like the first (`…工程`) and followed by
/// their own items after a colon; the items hold no parts. The parts and
/// where the last one's sentence ends, when there are two or more.
fn sentence_parts<'d>(
    doc: &'d Document,
    after: usize,
    first: &'d Figure,
    next: Option<usize>,
) -> Option<(Vec<&'d Figure>, usize)> {
    let text = &doc.text;
    let items_follow = |f: &Figure| text[f.span.end..].starts_with(['：', ':']);
    let first_name = text[after..first.span.start].trim_start_matches(['，', ',', '：', ':']);
    if !items_follow(first) || !named_plainly(first_name) {
        return None;
    }
    let mut lead = vec![first];
    let mut to = sentence_end(text, first.span.end, next);
    while text[to..].starts_with('。') {
        let from = to + '。'.len_utf8();
        let lo = doc.figures.partition_point(|f| f.span.start < from);
        let Some(part) = doc.figures.get(lo) else {
            break;
        };
        let name = text[from..part.span.start].trim_matches(crate::chars::is_space);
        let alike = named_plainly(name)
            && name.chars().count() <= 8
            && names_alike(first_name, name)
            && same_unit(&part.unit, &first.unit)
            && is_level(part)
            && items_follow(part);
        if !alike || next.is_some_and(|n| part.span.start > n) {
            break;
        }
        lead.push(part);
        to = sentence_end(text, part.span.end, next);
    }
    (lead.len() >= 2).then_some((lead, to))
}

/// `在建项目119个，总投资181亿元。竣工项目36个，总投资27亿元；续建项目
/// 11个，总投资28亿元；…`: a total closing its sentence (after at most
/// [`MAX_TOTAL_MEASURES`] other measures of it), then a sentence whose every
/// `；` clause restates it for a class of the same things: a name ending
/// with the total's counted words, then a count of its unit, and the
/// total's other measure named alike where it has one; or examples, then
/// `等`, the count and the class (`推进甲、乙等12个续建项目`). The sentence
/// may stand a few sentences later in the paragraph, each in between
/// read as no such list. Each class is within the total; classes by status
/// may overlap, so they are not added up.
fn restated_by_class(doc: &Document) -> Vec<PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    for (i, whole) in figures.iter().enumerate() {
        // Cheap tests first, by bytes: this looks at every count. The total
        // closes its sentence, or its clause before a measure or two more
        // that close the sentence (`…119个，总投资181亿元。`).
        if whole.kind != FigureKind::Count {
            continue;
        }
        let after = &text.as_bytes()[whole.span.end..];
        let measures: Vec<&Figure> = if after.starts_with("。".as_bytes()) {
            Vec::new()
        } else if after.starts_with("，".as_bytes()) || after.starts_with("、".as_bytes()) {
            let Some(measures) = total_measures(text, figures, i) else {
                continue;
            };
            measures
        } else {
            continue;
        };
        // The total's counted words: the two characters before its count.
        let noun = chars_before(text, whole.span.start, 2);
        if noun.chars().count() < 2
            || !noun.chars().all(crate::chars::is_han)
            || !is_level(whole)
            || is_change(text, whole)
            || is_threshold(text, whole)
        {
            continue;
        }
        // One measure restated clause by clause; two say which is restated
        // no more than none.
        let measure = match measures.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        let stop = measures.last().map_or(whole.span.end, |m| m.span.end);
        let mut from = stop + '。'.len_utf8();
        let mut counted_between = false;
        for _ in 0..MAX_SENTENCES_TO_CLASSES {
            let window = &text[from..floor_boundary(text, from + 3000)];
            let Some(end) = window.find(['。', '\n']).map(|p| from + p) else {
                break;
            };
            // Every class names the total's counted words.
            let classes = text[from..end]
                .contains(noun)
                .then(|| classes_in(doc, from..end, noun, whole, measure))
                .flatten();
            // Or, among clauses of other acts, a run of classes each after
            // its examples (`推进甲等25个产业项目，乙等6个民生项目`).
            // Not past another count of the unit: the classes would be its.
            let classes = classes.or_else(|| {
                (!counted_between && text[from..end].contains(noun))
                    .then(|| run_of_classes(doc, from..end, noun, whole))
                    .flatten()
                    .map(|counts| (counts, Vec::new()))
            });
            if let Some((counts, amounts)) = classes {
                if let Some(total) = measure
                    && amounts.len() == counts.len()
                {
                    out.push(PartReading {
                        whole: total,
                        parts: amounts,
                        stops_at_next: true,
                    });
                }
                out.push(PartReading {
                    whole,
                    parts: counts,
                    stops_at_next: true,
                });
                break;
            }
            // The paragraph ends the search.
            if text.as_bytes()[end] == b'\n' {
                break;
            }
            counted_between |= figures_in(doc, &(from..end))
                .iter()
                .any(|f| same_unit(&f.unit, &whole.unit));
            from = end + '。'.len_utf8();
        }
    }
    out
}

/// The most measures of a total after its count (`项目44个，总投资971亿
/// 元，年内投资28亿元。`).
const MAX_TOTAL_MEASURES: usize = 2;

/// The most sentences read after a total for its classes.
const MAX_SENTENCES_TO_CLASSES: usize = 3;

/// The measures after the total `figures[i]` up to the end of its
/// sentence: one or two levels (no share: `项目30个，占比70%`), none a
/// count, each closing its clause and the last the sentence.
fn total_measures<'d>(text: &str, figures: &'d [Figure], i: usize) -> Option<Vec<&'d Figure>> {
    let whole = &figures[i];
    // (Most counts go on to anything but a measure: tell them first.)
    let next = figures.get(i + 1)?;
    if next.kind == FigureKind::Count || !is_level(next) {
        return None;
    }
    let end = sentence_end(text, whole.span.end, Some(whole.span.end + 600));
    let measures: Vec<&Figure> = figures[i + 1..]
        .iter()
        .take_while(|f| f.span.start < end)
        .collect();
    let closes = |f: &&Figure| {
        let rest = &text.as_bytes()[f.span.end..];
        rest.starts_with("，".as_bytes()) || rest.starts_with("。".as_bytes())
    };
    let last = measures.last()?;
    (measures.len() <= MAX_TOTAL_MEASURES
        && measures
            .iter()
            .all(|f| f.kind != FigureKind::Count && is_plain_level(text, f) && closes(f))
        && last.span.end == end
        && text.as_bytes()[end..].starts_with("。".as_bytes()))
    .then_some(measures)
}

/// The classes of a total read in one sentence (see
/// [`restated_by_class`]): per `；` clause, its count and, where the
/// total has one other measure, that measure restated. `None` unless
/// every clause reads, and two or more do.
fn classes_in<'d>(
    doc: &'d Document,
    sentence: Range<usize>,
    noun: &str,
    whole: &Figure,
    measure: Option<&Figure>,
) -> Option<(Vec<&'d Figure>, Vec<&'d Figure>)> {
    let text = &doc.text;
    let mut counts = Vec::new();
    let mut amounts = Vec::new();
    for clause in text[sentence].split(['；', ';']) {
        let at = clause.as_ptr() as usize - text.as_ptr() as usize;
        // Parts nested in a class (`其中…`) are its own.
        let nested = clause.find("其中").unwrap_or(clause.len());
        let inside = figures_in(doc, &(at..at + nested));
        // Examples closed by `等` may print figures of their own (`330千伏
        // 甲工程等93个项目`): the count is the one right after `等`.
        let first = inside
            .iter()
            .position(|f| text[..f.span.start].ends_with('等'))
            .unwrap_or(0);
        let (count, rest) = inside.get(first..)?.split_first()?;
        let name = &text[at..count.span.start];
        let plain_count = same_unit(&count.unit, &whole.unit) && is_plain_level(text, count);
        let named = name.ends_with(noun)
            && name.len() > noun.len()
            && name.chars().count() <= 8
            && named_plainly(name);
        if !plain_count || !(named || class_after_examples(text, name, count, noun)) {
            return None;
        }
        // The total's other measure restated alike, or none at all.
        match (measure, rest) {
            (_, []) => {}
            (Some(total), [amount]) if restates(doc, total, amount) => amounts.push(amount),
            _ => return None,
        }
        counts.push(count);
    }
    (counts.len() >= 2).then_some((counts, amounts))
}

/// `加快甲、乙等25个产业项目，丙、丁等6个民生项目建设`: in a sentence of
/// other clauses too, two or more classes of a total in a row, each a
/// plain count of its unit right after examples closed by `等` and a
/// class's name ending in the total's counted words (`产业项目`, not the
/// bare `项目`), one joined to the next by `，`, `、` or `；` and examples
/// joined by `、` alone. No class is of things new or aimed at (`新开工`,
/// `力争`: others may join them), and no other count of the unit stands
/// before the run (the classes would be its own). `None` unless two or
/// more classes are read.
fn run_of_classes<'d>(
    doc: &'d Document,
    sentence: Range<usize>,
    noun: &str,
    whole: &Figure,
) -> Option<Vec<&'d Figure>> {
    let text = &doc.text;
    let mut run: Vec<&Figure> = Vec::new();
    for count in figures_in(doc, &sentence) {
        if !same_unit(&count.unit, &whole.unit) {
            continue;
        }
        // The examples and the words before them, back to the clause's
        // start: the part's own lead.
        let from = run.last().map_or(sentence.start, |p| p.span.end);
        let lead = &text[from..count.span.start];
        let lead = lead.trim_start_matches(crate::chars::is_han);
        let (joined, examples) = match lead.strip_prefix(['，', '、', '；']) {
            Some(examples) if !run.is_empty() => (!examples.contains(['，', '；']), examples),
            _ => (
                run.is_empty(),
                lead.rsplit(['，', '；']).next().unwrap_or(lead),
            ),
        };
        // `甲等能源项目12项、社会事业项目23项`: or the class named before
        // its count, which closes it.
        let raw = &text[from..count.span.start];
        let raw_clause = raw.rsplit(['，', '；']).next().unwrap_or(raw);
        let named_before = class_named_before(raw, noun, !run.is_empty())
            && text[count.span.end..].starts_with(['、', '，', '。', '；'])
            && !NEW_OR_AIMED.iter().any(|w| raw_clause.contains(w));
        let class = (class_named_after(text, count, noun).is_some() || named_before)
            && is_plain_level(text, count)
            && !NEW_OR_AIMED.iter().any(|w| examples.contains(w));
        if !(class && joined) {
            break;
        }
        run.push(count);
    }
    (run.len() >= 2).then_some(run)
}

/// The class's name right before its count (`等能源项目`), in `raw`, the
/// text from the previous class (or the sentence's start): Han words
/// ending in `noun` after a name of their own, after examples closed by
/// `等`, or, once the run has begun (`listed`), right after the `、` that
/// joins it to the class before.
fn class_named_before(raw: &str, noun: &str, listed: bool) -> bool {
    let Some(p) = raw.rfind(['等', '、']) else {
        return false;
    };
    let by_examples = raw[p..].starts_with('等');
    if !(by_examples || listed && p == 0) {
        return false;
    }
    let name = &raw[p + '等'.len_utf8()..];
    let n = name.chars().count();
    name.ends_with(noun)
        && n > noun.chars().count()
        && n <= MAX_CLASS_BEFORE
        && name.chars().all(crate::chars::is_han)
}

/// The most characters of a class's name before its count.
const MAX_CLASS_BEFORE: usize = 12;

/// Words before a class of things new or aimed at, which others may join.
const NEW_OR_AIMED: &[&str] = &[
    "新建",
    "新开工",
    "新增",
    "新上",
    "新引进",
    "新签约",
    "新谋划",
    "新实施",
    "新落地",
    "力争",
    "争取",
    "确保",
    "谋划",
    "储备",
];

/// The class's name after a count that closes examples (`等25个产业项目`):
/// up to [`MAX_CLASS_AFTER`] Chinese characters holding `noun` after a
/// name of their own.
fn class_named_after<'t>(text: &'t str, count: &Figure, noun: &str) -> Option<&'t str> {
    if !text[..count.span.start].ends_with('等') {
        return None;
    }
    let after = &text[count.span.end..];
    let len = after
        .char_indices()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(MAX_CLASS_AFTER)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    let words = &after[..len];
    words
        .find(noun)
        .filter(|&k| k > 0)
        .map(|k| &words[..k + noun.len()])
}

/// The most characters of a class's name after its count (`新开工项目`).
const MAX_CLASS_AFTER: usize = 8;

/// `推进甲、乙等12个续建项目建设`: examples closed by `等`, then the count,
/// then within a few characters the total's counted words.
fn class_after_examples(text: &str, name: &str, count: &Figure, noun: &str) -> bool {
    if !name.ends_with('等') {
        return false;
    }
    let words: String = text[count.span.end..]
        .chars()
        .take_while(|c| crate::chars::is_han(*c))
        .take(MAX_CLASS_AFTER)
        .collect();
    words.contains(noun)
}

/// Whether `part` restates the measure `total` (its unit, a level, and
/// named alike: `总投资` with `总投资`).
fn restates(doc: &Document, total: &Figure, part: &Figure) -> bool {
    let text = &doc.text;
    let name = label(doc, part);
    same_unit(&total.unit, &part.unit)
        && is_level(total)
        && is_level(part)
        && !is_change(text, part)
        && name.chars().count() >= 2
        && name == label(doc, total)
}

/// `50个片区完成投资800亿元`: a count, the words it counts and a verb,
/// then right after them (no break) an amount in another unit: the count
/// names whose amount it is.
fn names_subject(text: &str, count: &Figure, next: Option<&Figure>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let words = &text[count.span.end..next.span.start];
    count.kind == FigureKind::Count
        && next.unit != count.unit
        && (2..=12).contains(&words.chars().count())
        && words.chars().all(crate::chars::is_han)
}

/// Whether two parts' names end alike, once their verbs (`完成`, `达到`)
/// and a closing `的` are set aside: with the same two characters
/// (`税收收入`, `非税收入`), or each with a word of class (`工业类`,
/// `服务类`).
fn names_alike(a: &str, b: &str) -> bool {
    fn name(s: &str) -> Vec<char> {
        let mut s = s.trim_matches(|c: char| {
            crate::chars::is_space(c) || matches!(c, '：' | ':' | '，' | ',')
        });
        s = s.strip_suffix('的').unwrap_or(s);
        for verb in ["完成", "达到", "实现", "为", "达", "约"] {
            s = s.strip_suffix(verb).unwrap_or(s);
        }
        s.chars().collect()
    }
    let (a, b) = (name(a), name(b));
    let class = |n: &[char]| matches!(n.last(), Some('类' | '型'));
    a.len() >= 2
        && b.len() >= 2
        && a != b
        && (a[a.len() - 2..] == b[b.len() - 2..] || class(&a) && class(&b))
}

/// Whether `s` holds `word`, compared where its first byte stands: for the
/// few bytes of a clause's lead, cheaper than setting up a substring search.
fn holds_word(s: &str, word: &str) -> bool {
    let (s, w) = (s.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else {
        return true;
    };
    (0..s.len()).any(|i| s[i] == first && s[i..].starts_with(w))
}

/// Verbs after which `均` says "each" (`A、B均超过10万公里`): the level
/// is each subject's, a whole like any other.
const EACH_VERBS: &[&str] = &["超过", "突破", "达到", "达", "为", "在"];

/// Characters before `均` that make it an average (`年均`, `人均`, `户均`).
const PER: &str = "年人户日月季亩平";

/// Whether `lead` (up to its figure's end) makes the figure an average: a `均` that is not "each",
/// that is one before a verb of [`EACH_VERBS`] with no [`PER`] before it.
fn averages(lead: &str) -> bool {
    lead.match_indices('均').any(|(at, _)| {
        let each = !lead[..at].ends_with(|c| PER.contains(c))
            && EACH_VERBS
                .iter()
                .any(|v| lead[at + '均'.len_utf8()..].starts_with(v));
        !each
    })
}

/// Whether `lead` measures per head or per thing (`每千人`, `每亩`): a
/// `每` before anything but a span of time (`每年安排1030亿元` is the
/// year's amount, a whole like any other).
fn per_head(lead: &str) -> bool {
    holds_word(lead, "每")
        && lead
            .match_indices('每')
            .any(|(at, w)| !lead[at + w.len()..].starts_with(['年', '月', '季', '天', '日', '周']))
}

/// `筹资标准由每人50元提高到100元，其中财政补助标准由40元提高到80元`: a
/// whole per head that names a standard, and a part whose own clause names
/// a standard too, are both per head: the part is a share of the whole's
/// standard, not a count of its own (`每千人托位4个，其中普惠托位3000个`).
fn a_standard(doc: &Document, whole_lead: &str, part: &Figure) -> bool {
    let clause = doc.clause_range(part.span.start);
    let part_lead = &doc.text[clause.start.min(part.span.start)..part.span.start];
    whole_lead.contains("标准") && part_lead.contains("标准")
}

/// Whether `s` leaves a bracket open.
fn in_brackets(s: &str) -> bool {
    let (open, close) = brackets(s);
    open > close
}

/// How many brackets `s` opens and closes.
///
/// By bytes: `（` and `）` are `EF BC 88` and `EF BC 89`, and this runs for
/// every figure before a `其中` and every gap between parts.
fn brackets(s: &str) -> (usize, usize) {
    let bytes = s.as_bytes();
    let (mut open, mut close) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'(' => open += 1,
            b')' => close += 1,
            0xEF if bytes.get(i + 1) == Some(&0xBC) => match bytes.get(i + 2) {
                Some(0x88) => open += 1,
                Some(0x89) => close += 1,
                _ => {}
            },
            _ => {}
        }
    }
    (open, close)
}

/// Whether `gap` holds a word of [`LEAVES_PARTS`] (where a part may keep
/// its own verb, not one of [`OWN_VERBS`]). One pass over the gap's characters, a word
/// compared only where its first character stands: eleven substring
/// searches per figure were a fifth of a long sentence's check.
///
/// By bytes: a word's first byte starts a character, so it matches only
/// where a character starts, and comparing it first spares decoding.
fn holds_leaving_word(gap: &str, own_verb_allowed: bool) -> bool {
    let bytes = gap.as_bytes();
    (0..bytes.len()).any(|i| {
        LEAVES_LEADS[usize::from(bytes[i])]
            && LEAVES_PARTS.iter().any(|w| {
                w.as_bytes().first() == Some(&bytes[i])
                    && bytes[i..].starts_with(w.as_bytes())
                    && !(own_verb_allowed && OWN_VERBS.contains(w))
            })
    })
}

/// The first bytes of [`LEAVES_PARTS`]: a byte that starts none (every
/// continuation byte) is not compared with each word.
static LEAVES_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < LEAVES_PARTS.len() {
        table[LEAVES_PARTS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// `s` without every leading repetition of `word`.
fn strip_all<'s>(mut s: &'s str, word: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(word) {
        s = rest;
    }
    s
}

/// Words of [`LEAVES_PARTS`] that may be the first part's own verb.
const OWN_VERBS: &[&str] = &["完成", "新增"];

/// A bound that names a class of the parts (`其中10亿元以上项目16个`): a
/// figure with `以上`/`以下` right before the words it qualifies.
fn is_threshold(text: &str, figure: &Figure) -> bool {
    // `26个省重点项目`: a count before the things it counts, not a class
    // bound (that takes `以上`/`以下`: `3个以上`).
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .any(|w| text[figure.span.end..].starts_with(w));
    if figure.kind == crate::figures::FigureKind::Count && !bound {
        return false;
    }
    // `新增4万亿元投资`: the amount of the investment, not a class of it.
    if !bound && new_things(text, figure) {
        return false;
    }
    // Prefixes stripped one at a time: `trim_start_matches` with a word
    // sets up a substring searcher each call, and this runs per figure.
    let after = ["及以上", "以上", "以下"]
        .iter()
        .fold(&text[figure.span.end..], |s, w| strip_all(s, w));
    // `100亿元企业`, `10亿元以上项目`: the figure names a class of the
    // words after it; a part ends its clause or joins the next part.
    // `其中5亿元以上11个`: a bound right before the count of its class.
    let bound = bound
        || ["以上", "以下"]
            .iter()
            .any(|w| text[figure.span.clone()].ends_with(w));
    let class_counted = bound && after.starts_with(|c: char| c.is_ascii_digit());
    // `2000亿元并纳入预算`: `并` joins a verb of its own (not `并购`).
    let joins_verb = after.starts_with('并') && !after.starts_with("并购");
    class_counted
        || after.chars().next().is_some_and(|c| {
            crate::chars::is_han(c) && !matches!(c, '和' | '及' | '与' | '或' | '的')
        }) && !["左右", "上下"].iter().any(|w| after.starts_with(w))
            && !joins_verb
}

/// `新增市场主体…，新增5.2万户，其中企业1.3万户`: things newly added,
/// counted (registered, built, opened), are a whole of their own kinds;
/// money added (`新增贷款`) is a net change, whose parts may exceed it.
fn new_things(text: &str, figure: &Figure) -> bool {
    let added = chars_before(text, figure.span.start, 4)
        .trim_end_matches(|c: char| crate::chars::is_space(c) || matches!(c, '了' | '约' | '近'))
        .ends_with("新增");
    added && (figure.kind == FigureKind::Count || new_investment(text, figure))
}

/// `新增4万亿元投资`, `新增4万亿元的投资计划`: an amount of new investment
/// named after it is money to be spent, a level, not a stock's net change.
fn new_investment(text: &str, figure: &Figure) -> bool {
    let after = &text[figure.span.end..];
    // `比上年新增20亿元投资`: compared, it is a change again.
    let compared = chars_before(text, figure.span.start, 12).contains(['比', '较']);
    figure.kind == FigureKind::Amount
        && (after.starts_with("投资") || after.starts_with("的投资"))
        && !compared
}

/// `比上年的704亿元`, `由40元`: an earlier level the figure is compared
/// with, neither a whole nor a part.
fn is_base(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    // The lead can only end with one of these: the clause is looked up
    // (a scan of it) only then. This runs per figure on both sides of `其中`.
    let last = text[..figure.span.start]
        .trim_end_matches(crate::chars::is_space)
        .chars()
        .next_back();
    if !matches!(last, Some('的' | '由' | '从' | '比')) {
        return false;
    }
    let clause = doc.clause_range(figure.span.start);
    let lead = &text[clause.start..figure.span.start];
    let lead = lead.trim_end_matches(crate::chars::is_space);
    // `比2020年的A`, `由2020年的A`, but not `由…增加到2025年的B`: the
    // level reached is no base.
    let base_of_de = || {
        lead.rfind(['比', '较', '由', '从'])
            .is_some_and(|p| !lead[p..].contains(['到', '至']))
    };
    (lead.ends_with('的') && base_of_de())
        || lead.ends_with('由')
        || lead.ends_with('从')
        || lead.ends_with('比')
}

/// Whether a clause's words up to its figure name a total reached
/// (`高速公路总里程达`): `总` in the name before a verb of reaching.
fn names_total_reached(clause: &str) -> bool {
    ["达到", "达", "突破", "超过"]
        .iter()
        .find_map(|v| clause.strip_suffix(v))
        .is_some_and(|name| name.contains('总'))
}

/// `其中近300户已获贷款，今年要扩大到511户`: a clause, after the parts,
/// raising a level to a new one states that level, no further part.
fn raised_to(clause: &str) -> bool {
    clause.ends_with('到')
        && ["扩大到", "增加到", "提高到", "提升到", "增长到"]
            .iter()
            .any(|v| clause.ends_with(v))
}

/// `其中脱贫村86个，去年已有150个村集体收入超过10万元`: a clause, after
/// the parts, counting those of the whole that have something (`已有`,
/// `今年有`) cuts the whole another way: no further part.
fn counts_those_having(clause: &str) -> bool {
    let Some(head) = clause.strip_suffix('有') else {
        return false;
    };
    let head = head.trim_start_matches(crate::chars::is_space);
    let head = ["已", "共", "还", "尚"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    let year = head.trim_start_matches(|c: char| c.is_ascii_digit());
    head.is_empty()
        || (year.len() < head.len() && year == "年")
        || ["今年", "去年", "上年", "当年", "目前", "现", "年底", "年末"].contains(&head)
}

/// Verbs that open a clause stating a task of its own.
const TASKS: &[&str] = &[
    "新建",
    "改造",
    "改扩建",
    "建成",
    "建设",
    "实施",
    "开工",
    "启动",
    "打造",
    "推进",
    "修建",
    "整治",
    "提升",
    "完成",
    "举办",
    "培育",
    "引进",
    "招引",
    "创建",
    "创成",
];

fn starts_with_task(clause: &str) -> bool {
    let clause = clause.trim_start_matches(crate::chars::is_space);
    // The first byte before the word: this runs per `其中` and per part.
    let first = clause.as_bytes().first().copied();
    TASKS
        .iter()
        .any(|t| t.as_bytes().first().copied() == first && clause.starts_with(t))
}

/// The sum written in the whole's scale (`11.2亿元`).
fn sum_text(whole: &Figure, sum: f64) -> String {
    let (scale, word) = if whole.unit.contains('元') && sum >= 1e7 {
        (1e8, "亿")
    } else if sum >= 1e4 {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    format!("{}{word}{}", number(sum / scale, 4), whole.unit)
}

/// Whether two units count the same things: `名` and `人` both count people.
fn same_unit(a: &str, b: &str) -> bool {
    let people = |u: &str| matches!(u, "人" | "名");
    a == b || (people(a) && people(b))
}

/// The Chinese words right after a count (`重点项目` in `50个重点项目`),
/// up to six characters: what it counts.
fn counted_words<'t>(text: &'t str, figure: &Figure) -> &'t str {
    let rest = &text[figure.span.end..];
    let end = rest
        .char_indices()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(6)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &rest[..end]
}

/// `12个项目获奖，其中1项获一等奖`: projects counted in `个` are items,
/// which `项` counts too, when the part is a bare count right after
/// `其中` and names nothing but a status (or `项目` again).
fn items_of_projects(text: &str, whole: &Figure, part: &Figure) -> bool {
    if whole.unit != "个" || part.unit != "项" {
        return false;
    }
    let bare = text[..part.span.start]
        .trim_end_matches(['，', ','])
        .ends_with("其中");
    let after = &text[part.span.end..];
    bare && counted_words(text, whole).starts_with("项目")
        && (opens_with(after, AMONG_LEADS) || after.starts_with("项目"))
}

/// `研发平台60家（其中国家级12个）`: a part named by its class alone
/// (`国家级`, `省级`) counts the whole's things, whatever word counts them.
fn of_class_named(text: &str, whole: &Figure, part: &Figure) -> bool {
    if whole.kind != FigureKind::Count || part.kind != FigureKind::Count {
        return false;
    }
    // A few characters before the part: this runs per figure before `其中`.
    let lead = chars_before(text, part.span.start, 8);
    let Some((_, class)) = lead.rsplit_once("其中") else {
        return false;
    };
    let class = class.trim_start_matches(['，', ',', '：', ':']);
    let n = class.chars().count();
    (2..=4).contains(&n) && class.chars().all(crate::chars::is_han) && class.ends_with('级')
}

/// `省市重点项目122个（…）。亿元以上项目71个，千万元以上项目43个。其中，
/// 省重点项目35个`: a part named before its count (`省重点项目`, four
/// characters or more) sharing no words with the count `chosen` as its
/// whole, while exactly one earlier count of its unit in the paragraph
/// (not in brackets, nor before an earlier `其中`) is named alike: that
/// one is the whole, when `其中` opens its sentence. `after` is where the
/// part's words start, `at` the `其中`.
fn named_earlier<'d>(
    doc: &'d Document,
    (after, at): (usize, usize),
    previous: Option<usize>,
    first: &Figure,
    chosen: &Figure,
) -> Option<&'d Figure> {
    let text = &doc.text;
    // Only a `其中` opening its sentence: one inside it breaks down the
    // count before it in the sentence (`共搬迁19460名，其中贫困人口…`).
    let opens_sentence = chars_before(text, at, 1) == "。" || opens_paragraph(text, at);
    if !opens_sentence || first.kind != FigureKind::Count || !counted_words(text, first).is_empty()
    {
        return None;
    }
    let name = text
        .get(after..first.span.start)?
        .trim_start_matches(['，', ',', '：', ':']);
    if name.chars().count() < 4
        || !name.chars().all(crate::chars::is_han)
        || shares_words(name, words_before(text, chosen))
    {
        return None;
    }
    let paragraph = doc.lines.get(doc.line_at(at))?.range.start;
    let from = paragraph.max(previous.unwrap_or(0)).min(at);
    let mut found = None;
    for f in figures_in(doc, &(from..at)) {
        let alike = same_unit(&f.unit, &first.unit)
            && is_level(f)
            && !is_change(text, f)
            && !is_threshold(text, f)
            && shares_words(name, words_before(text, f))
            && !in_brackets(&text[from..f.span.start]);
        if alike && found.replace(f).is_some() {
            return None;
        }
    }
    found.filter(|f| !std::ptr::eq(*f, chosen))
}

/// Whether `a` and `b` share four characters in a row.
fn shares_words(a: &str, b: &str) -> bool {
    let chars: Vec<char> = a.chars().collect();
    chars
        .windows(4)
        .any(|w| b.contains(&w.iter().collect::<String>()))
}

/// `个` in `100名（个）`: one or two Chinese characters in brackets right
/// after a figure, the unit it also counts in.
fn unit_note<'t>(text: &'t str, figure: &Figure) -> Option<&'t str> {
    let rest = text[figure.span.end..].strip_prefix(['（', '('])?;
    let close = rest
        .char_indices()
        .take(3)
        .find(|(_, c)| matches!(c, '）' | ')'))?
        .0;
    let note = &rest[..close];
    (!note.is_empty() && note.chars().all(crate::chars::is_han)).then_some(note)
}

/// `企业达到412家，新增38家，其中产值超亿元企业96家`: things added right
/// after the stock they joined may be the whole of `其中`, or the stock
/// may be; a part past the things added but within the stock tells the
/// drafter meant the stock, so the stock is the whole read.
fn added_after_stock(text: &str, stock: &Figure, added: &Figure, first: &Figure) -> bool {
    let between = text
        .get(stock.span.end..added.span.start)
        .unwrap_or_default()
        .trim_start_matches(['，', ',', '、']);
    ["新增", "净增"].contains(&between)
        && new_things(text, added)
        && same_unit(&stock.unit, &first.unit)
        && is_level(stock)
        && !is_change(text, stock)
        && !is_threshold(text, stock)
        && first.low > added.high
}

/// `新增23家，其中新增甲类企业27家`: a part that says again it was added
/// is a part of the additions, whatever its size.
fn names_added_again(part_name: &str) -> bool {
    let name = part_name.trim_start_matches(|c: char| {
        crate::chars::is_space(c) || matches!(c, '，' | ',' | '：' | ':')
    });
    name.starts_with("新增") || name.starts_with("净增")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte searches find the breaks a search by characters finds, at
    /// every boundary and limit (ASCII, two-, three- and four-byte text).
    #[test]
    fn sentences_by_bytes_agree_with_characters() {
        let text = "甲；é乙。\n𝄞丙!a？b;c！d?\r其中，工业（1）。";
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &from in &boundaries {
            for &to in boundaries.iter().filter(|&&to| to >= from) {
                let end = text[from..to]
                    .char_indices()
                    .find(|(_, c)| ends_sentence(*c))
                    .map_or(to, |(i, _)| from + i);
                assert_eq!(sentence_end(text, from, Some(to)), end, "{from}..{to}");
                let start = match text[from..to]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| ends_sentence(*c))
                {
                    Some((i, c)) => (from + i + c.len_utf8(), true),
                    None => (from, from == 0),
                };
                assert_eq!(sentence_start(text, to, Some(from)), start, "{from}..{to}");
            }
        }
    }

    #[test]
    fn brackets_are_counted_by_bytes() {
        assert!(in_brackets("项目（其中"));
        assert!(in_brackets("项目(其中"));
        assert!(!in_brackets("项目（甲）乙"));
        assert!(!in_brackets("项目(甲)乙（丙）"));
        assert!(in_brackets("（（甲）"));
        assert!(!in_brackets("｛｝＂甲"));
        assert_eq!(brackets("）左右、乙（含丙（丁"), (2, 1));
        assert_eq!(brackets("(甲)）"), (1, 2));
        assert_eq!(brackets("｛｝"), (0, 0));
    }

    #[test]
    fn words_are_found_by_bytes() {
        assert!(holds_word("年均增长", "均"));
        assert!(holds_word("甲，乙", "，"));
        assert!(!holds_word("甲、乙", "，"));
        assert!(!holds_word("", "均"));
        assert!(holds_word("甲", ""));
    }

    #[test]
    fn leaving_words_are_found_by_bytes() {
        assert!(holds_leaving_word("，带动投资", false));
        assert!(holds_leaving_word("工业完成", false));
        assert!(!holds_leaving_word("工业完成", true));
        assert!(!holds_leaving_word("工业投资", false));
        assert!(!holds_leaving_word("", false));
    }
}
