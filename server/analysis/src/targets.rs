//! A report's year in figures: the targets it sets for its year
//! (`主要预期目标是：地区生产总值增长5%左右；…`), the results it reports for
//! the year before (`全年地区生产总值增长5.2%`) and its claims that every
//! target was met (`全面完成全年目标任务`). Read once per document version.

mod claims;
mod names;
mod reader;

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period};
// The readers below see these imports and one another through `use super::*`.
use claims::*;
use names::*;
use reader::*;

/// How a figure relates to its indicator: a rise (`增长5%`), a fall
/// (`降低2.5%`) or a level (`1200万人`, `5.5%左右` of a rate).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    Rise,
    Fall,
    Level,
}

/// One indicator's figure, as target or result.
#[derive(Clone, Debug, PartialEq)]
pub struct Stated {
    /// Index into the document's figures.
    pub figure: usize,
    /// Canonical indicator (`地区生产总值`).
    pub indicator: String,
    pub change: Change,
    pub unit: String,
    /// The scope written before the indicator (`全口径`, `地方级`, `本级`),
    /// if any: `全口径财政收入` is not `市区地方级财政收入`.
    pub scope: String,
}

impl Stated {
    /// Target and result measure the same thing: indicator, unit, change
    /// and scope.
    pub fn same_measure(&self, other: &Stated) -> bool {
        self.indicator == other.indicator
            && self.unit == other.unit
            && self.change == other.change
            && self.scope == other.scope
    }
}

/// Words before an indicator that narrow or widen what it counts.
const SCOPES: &[&str] = &[
    "全口径",
    "地方级",
    "本级",
    "市区",
    "城区",
    "规模以上",
    "规上",
    "限额以上",
    "限上",
];

/// The scope words written in the few characters before `start`, joined
/// (`市区地方级` gives both `地方级` and `市区`).
fn scope_before(doc: &Document, start: usize) -> String {
    let head = &doc.text[..start];
    let from = head.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    let before = &head[from..];
    let before = before
        .rsplit(['，', '；', '。', '、', ',', ';'])
        .next()
        .unwrap_or(before);
    SCOPES
        .iter()
        .filter(|s| before.contains(*s))
        .copied()
        .collect::<Vec<_>>()
        .join("+")
}

/// What a report says in figures about its own year and the year before.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct YearFigures {
    /// The year's targets, in text order, one per measure.
    pub targets: Vec<Stated>,
    /// The previous year's results, the first plain one per measure.
    pub results: Vec<Stated>,
    /// Figures restated for the year before last (`2029年社会消费品零售总额
    /// 86.4亿元` in the 2031 report), plain (no revision wording).
    pub restated: Vec<Stated>,
    /// The body's sentences that carry figures, hashed, for `stale-copy`.
    pub figure_sentences: Vec<crate::copies::FigureSentence>,
    /// Sentences claiming that the previous year's targets were all met.
    pub claims: Vec<Range<usize>>,
    /// The paragraphs stating the targets.
    pub targets_range: Option<Range<usize>>,
    /// The review part, where results are read.
    pub review: Range<usize>,
}

/// Words that announce the year's targets.
const TARGET_CUES: &[&str] = &[
    "主要预期目标",
    "主要目标",
    "主要目标是",
    "主要目标为",
    "预期目标是",
    "预期目标为",
];
/// Words before a target cue that make it a plan's or a term's targets.
const PLAN_WORDS: &[&str] = &[
    "五年",
    "十四五",
    "十三五",
    "十二五",
    "十一五",
    "十五",
    "规划",
    "2035",
    "本届",
    "以来",
];
/// Words of a sentence whose figures are not one year's plain result.
const NOT_A_RESULT: &[&str] = &[
    "年均",
    "累计",
    "五年",
    "十四五",
    "十三五",
    "十二五",
    "十一五",
    "规划",
    "目标是",
    "目标为",
    "力争",
    "季度",
    "上半年",
    "下半年",
    "月份",
    "以来",
];
/// Words that make a figure a fall; checked before the rise words
/// (`下降` also ends with a character no rise word has).
const FALL_WORDS: &[&str] = &["下降", "降低", "减少", "回落", "下调"];
const RISE_WORDS: &[&str] = &[
    "增长", "增速", "增幅", "涨幅", "上涨", "提高", "增加", "提升", "上升",
];

/// The urban and rural residents' incomes named together before `分别`.
static URBAN_RURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:城乡|城镇(?:和|与|、|及)农村(?:牧区)?)(?:常住)?居民人均可支配收入分别")
        .expect("valid regex")
});

/// Reads `doc`'s targets, results and claims; `year` is the report's year
/// (its targets' year; its results are for the year before).
pub fn read(doc: &Document, year: Option<i32>) -> YearFigures {
    let body = doc.body.first().cloned().unwrap_or(0..doc.text.len());
    let r = Reader::new(doc);
    let targets_range = targets_paragraphs(doc, &body);
    let review_end = targets_range.as_ref().map_or_else(
        || second_section_start(doc).unwrap_or(body.end),
        |r| r.start,
    );
    let review = body.start..review_end.max(body.start);
    let targets = targets_range
        .as_ref()
        .map(|range| targets_in(&r, range, year))
        .unwrap_or_default();
    let results = results_in(&r, &review, year);
    let restated = year.map_or_else(Vec::new, |year| restated_in(&r, &body, year - 2));
    let claims = claims_in(&r, &review, year);
    let figure_sentences = crate::copies::figure_sentences(doc, &body);
    YearFigures {
        targets,
        results,
        restated,
        figure_sentences,
        claims,
        targets_range,
        review,
    }
}

/// The paragraph that announces the year's targets, with the lines of
/// targets that follow it when it ends with the announcement.
fn targets_paragraphs(doc: &Document, body: &Range<usize>) -> Option<Range<usize>> {
    let lines = &doc.lines;
    let first = lines.partition_point(|l| l.range.end <= body.start);
    for (i, line) in lines.iter().enumerate().skip(first) {
        if line.content.start >= body.end {
            break;
        }
        let content = &doc.text[line.content.clone()];
        let Some(at) = announcement(content) else {
            continue;
        };
        let sentence_start = content[..at]
            .char_indices()
            .rfind(|&(_, c)| matches!(c, '。' | '；' | '！' | ';' | '!'))
            .map_or(0, |(p, c)| p + c.len_utf8());
        if PLAN_WORDS
            .iter()
            .any(|w| content[sentence_start..at].contains(w))
        {
            continue;
        }
        let start = line.content.start + at;
        let mut end = line.content.end;
        // `主要预期目标是：` alone on its line, the targets on the lines after.
        if indicator_figures(doc, &(start..end)) == 0 {
            for next in lines[i + 1..].iter().filter(|l| !l.is_blank()).take(12) {
                if indicator_figures(doc, &next.content) == 0 {
                    break;
                }
                end = next.content.end;
            }
        }
        if indicator_figures(doc, &(start..end)) >= 1 {
            return Some(start..end);
        }
    }
    None
}

/// Where the year's targets are announced in a paragraph: a cue followed by
/// `是`, `为` or a colon (not `把年度主要预期目标作为一个整体`), or closing
/// its line, as a heading does (`二、2031年主要目标`, the targets on the
/// lines below).
fn announcement(content: &str) -> Option<usize> {
    // Every cue holds `目标`: a line without it (most lines) sets up no
    // search per cue.
    static GOAL: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("目标"));
    GOAL.find(content.as_bytes())?;
    TARGET_CUES
        .iter()
        .flat_map(|cue| {
            content.match_indices(cue).filter_map(move |(at, _)| {
                let after = content[at + cue.len()..].trim_start();
                let announced = cue.ends_with(['是', '为'])
                    || after.is_empty()
                    || after.starts_with(['是', '为', '：', ':']);
                announced.then_some(at)
            })
        })
        .min()
}

fn indicator_figures(doc: &Document, range: &Range<usize>) -> usize {
    figures_in(doc, range)
        .filter(|(_, f)| f.indicator.is_some())
        .count()
}

/// Where the second top-level section starts: the review is the first.
fn second_section_start(doc: &Document) -> Option<usize> {
    doc.outline
        .iter()
        .filter(|h| h.kind == crate::outline::HeadingKind::Section)
        .nth(1)
        .map(|h| h.heading.start)
}

fn figures_in<'d>(
    doc: &'d Document,
    range: &Range<usize>,
) -> impl Iterator<Item = (usize, &'d Figure)> + 'd {
    let lo = doc.figures.partition_point(|f| f.span.start < range.start);
    let hi = doc.figures.partition_point(|f| f.span.start < range.end);
    (lo..hi.max(lo)).map(move |i| (i, &doc.figures[i]))
}

fn targets_in(r: &Reader, range: &Range<usize>, year: Option<i32>) -> Vec<Stated> {
    let doc = r.doc;
    let mut out: Vec<Stated> = Vec::new();
    for (i, figure) in figures_in(doc, range) {
        let this_year = match &figure.period {
            None | Some(Period::ThisYear) | Some(Period::WholeYear) => true,
            Some(Period::Year(y)) => Some(*y) == year,
            _ => false,
        };
        if !this_year || !is_measure(figure) {
            continue;
        }
        // `年均增长7.5%左右`: a plan's average, not the year's target.
        if r.average.any_in(r.sentence(figure.span.start)) {
            continue;
        }
        push_new_measures(&mut out, stated_all(r, i, figure));
    }
    out
}

fn results_in(r: &Reader, review: &Range<usize>, year: Option<i32>) -> Vec<Stated> {
    let doc = r.doc;
    let mut out: Vec<Stated> = Vec::new();
    let term_parts = term_review_parts(doc, review, year);
    for (i, figure) in figures_in(doc, review) {
        let last_year = match &figure.period {
            None | Some(Period::WholeYear) => {
                !term_parts.iter().any(|p| p.contains(&figure.span.start))
                    || r.year_said_before(figure.span.start, year)
            }
            Some(Period::LastYear) => true,
            Some(Period::Year(y)) => year.is_some_and(|year| *y == year - 1),
            _ => false,
        };
        if !last_year || !is_measure(figure) {
            continue;
        }
        if r.not_a_result.any_in(r.sentence(figure.span.start))
            || r.lead_names_plan(figure.span.start)
        {
            continue;
        }
        push_new_measures(&mut out, stated_all(r, i, figure));
    }
    out
}

/// The parts of the review under a heading of the term (`“十三五”时期经济
/// 社会发展回顾`), up to a heading of the year (`2020年工作回顾`, `过去一年`):
/// there a figure without its own year is the term's.
fn term_review_parts(
    doc: &Document,
    review: &Range<usize>,
    year: Option<i32>,
) -> Vec<Range<usize>> {
    let last_year = year.map(|y| format!("{}年", y - 1));
    let mut parts = Vec::new();
    let mut open: Option<usize> = None;
    let first = doc.lines.partition_point(|l| l.range.end <= review.start);
    for line in doc.lines[first..]
        .iter()
        .take_while(|l| l.range.start < review.end)
    {
        let content = &doc.text[line.content.clone()];
        let heading = !content.is_empty()
            && content.chars().count() <= 40
            && !content.contains(['。', '，', '；', ',', ';'])
            && !content.starts_with("——");
        // Both kinds of heading below hold `年` or `回顾`.
        if !heading || !content.contains(['年', '顾']) {
            continue;
        }
        let of_year = ["一年", "去年"].iter().any(|w| content.contains(w))
            || last_year.as_deref().is_some_and(|y| content.contains(y));
        if of_year {
            if let Some(start) = open.take() {
                parts.push(start..line.range.start);
            }
        } else if content.contains("回顾")
            && PLAN_WORDS.iter().any(|w| content.contains(w))
            && open.is_none()
        {
            open = Some(line.range.start);
        }
    }
    if let Some(start) = open {
        parts.push(start..review.end);
    }
    parts
}

/// Where the first word turning to the year before ends in the paragraph
/// of line `line` (`过去一年，…国内生产总值增长10.3%` under a heading of the
/// term), if any.
fn year_word_end(doc: &Document, line: usize, year: Option<i32>) -> Option<usize> {
    let content = doc.lines.get(line)?.content.clone();
    let text = doc.text.get(content.clone())?;
    let last_year = year.map(|y| format!("{}年", y - 1));
    ["过去一年", "一年来", "去年"]
        .into_iter()
        .chain(last_year.as_deref())
        .filter_map(|w| text.find(w).map(|at| content.start + at + w.len()))
        .min()
}

/// Words that make a restated figure a revised or differently based one.
const REVISED: &[&str] = &[
    "修订",
    "同口径",
    "可比",
    "调整后",
    "调整为",
    "核实",
    "统计口径",
    "口径",
    "不变价",
    "扣除",
    "剔除",
    "名义",
    "实际",
];

fn restated_in(r: &Reader, body: &Range<usize>, past: i32) -> Vec<Stated> {
    let doc = r.doc;
    let mut out = Vec::new();
    for (i, figure) in figures_in(doc, body) {
        if figure.period != Some(Period::Year(past)) || !is_measure(figure) {
            continue;
        }
        let sentence = r.sentence(figure.span.start);
        if r.revised.any_in(sentence.clone()) || r.not_a_result.any_in(sentence) {
            continue;
        }
        out.extend(stated_all(r, i, figure));
    }
    out
}

fn is_measure(figure: &Figure) -> bool {
    matches!(
        figure.kind,
        FigureKind::Amount | FigureKind::Count | FigureKind::Measure | FigureKind::Percent
    )
}

/// Keeps the first statement per measure: a later one of the same measure
/// is a breakdown or a repetition, not the year's figure.
fn push_new_measures(out: &mut Vec<Stated>, found: Vec<Stated>) {
    for stated in found {
        if !out.iter().any(|s| s.same_measure(&stated)) {
            out.push(stated);
        }
    }
}

/// The measures figure `index` states: its indicator's, and those of the
/// indicators named with it before `均` (`城镇、农村居民人均可支配收入均增长
/// 8%`: one value for both).
fn stated_all(r: &Reader, index: usize, figure: &Figure) -> Vec<Stated> {
    if let Some(both) = both_incomes(r.doc, index, figure) {
        return both;
    }
    let Some(first) = stated(r, index, figure) else {
        return Vec::new();
    };
    let mut out = shared_with(r, figure, &first);
    out.push(first);
    out
}

fn stated(r: &Reader, index: usize, figure: &Figure) -> Option<Stated> {
    let doc = r.doc;
    let general = general_name(r, figure);
    let (indicator, indicator_end, alias) = match (urban_or_rural(r, index, figure), general) {
        (Some((indicator, end)), _) => (indicator.to_string(), end, ""),
        (None, Some((indicator, end, alias))) => (indicator.to_string(), end, alias),
        (None, None) if figure.indicator.is_none() => {
            let (indicator, end) = through_basis(r, index, figure)?;
            (indicator, end, "")
        }
        (None, None) => {
            let span = figure.indicator_span.clone()?;
            let indicator = residents(doc, span.start, figure.indicator.clone()?)?;
            (indicator, span.end, doc.text.get(span)?)
        }
    };
    if indicator_end > figure.span.start {
        return None;
    }
    // The words since the last clause break or figure: `，增长` of
    // `地区生产总值500亿元，增长5%`.
    let between = doc.text.get(indicator_end..figure.span.start)?;
    // `地区生产总值…，占全省比重由5.49%提高到5.96%`: a share of the
    // indicator in a larger whole, not its level or change.
    if ["比重", "占比"].iter().any(|w| between.contains(w)) {
        return None;
    }
    let link = between
        .rsplit(['，', ',', '、', '%'])
        .next()
        .unwrap_or(between);
    // `社会消费品零售总额…，货物进出口和服务进出口分别增长26.5%`: a long link
    // or a `分别` names other subjects.
    if alias.is_empty() && link.chars().count() > 12 {
        return None;
    }
    if !alias.is_empty() && (link.chars().count() > 10 || link.contains("分别")) {
        return None;
    }
    // An alias may carry the change itself (`居民消费价格涨幅`), while
    // `增加值` carries none.
    let change = change_of(link, alias);
    let scope = figure
        .indicator_span
        .as_ref()
        .map(|span| scope_before(doc, span.start))
        .unwrap_or_default();
    Some(Stated {
        figure: index,
        indicator,
        change,
        unit: figure.unit.clone(),
        scope,
    })
}

/// The change a figure's link words (`增长`, `下降`) or its indicator's
/// name (`居民消费价格涨幅`, `经济增长`) say.
fn change_of(link: &str, alias: &str) -> Change {
    if FALL_WORDS.iter().any(|w| link.contains(w)) {
        Change::Fall
    } else if RISE_WORDS.iter().any(|w| link.contains(w))
        || ["涨幅", "增速", "增幅", "增长"]
            .iter()
            .any(|w| alias.ends_with(w))
    {
        Change::Rise
    } else {
        Change::Level
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn general_name_words_are_the_general_names_in_order() {
        let names: Vec<&str> = GENERAL_NAMES.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, GENERAL_NAME_WORDS);
    }

    #[test]
    fn breaks_and_words_answer_as_a_scan_of_the_window_would() {
        let text = "前言。今年经济增长5%，年均增长6%；城乡居民人均可支配收入分别增长7%和8%！完\n甲、乙,丙:丁：戊;〇「」＋１";
        let breaks = AllBreaks::new(text);
        let words = Words::new(text, &NOT_A_RESULT_WORDS);
        for (offset, _) in text.char_indices() {
            let scanned = |delimiters: &[char]| {
                text[..offset].rfind(delimiters).map_or(0, |p| {
                    p + text[p..].chars().next().map_or(1, char::len_utf8)
                })
            };
            assert_eq!(
                breaks.start_before(Break::Sentence, offset),
                scanned(&['。', '；', ';', '！', '\n'])
            );
            assert_eq!(
                breaks.start_before(Break::Clause, offset),
                scanned(&['，', ',', '；', ';', '。', '：', ':', '、', '\n'])
            );
            assert_eq!(
                breaks.start_before(Break::Part, offset),
                scanned(&['；', ';', '。', '\n'])
            );
            for (end, _) in text.char_indices().filter(|(end, _)| *end >= offset) {
                let window = &text[offset..end];
                assert_eq!(
                    words.any_in(offset..end),
                    NOT_A_RESULT.iter().any(|w| window.contains(w)),
                    "{window}"
                );
            }
        }
    }
}
