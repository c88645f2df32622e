//! A report's year in figures: the targets it sets for its year
//! (`主要预期目标是：地区生产总值增长5%左右；…`), the results it reports for
//! the year before (`全年地区生产总值增长5.2%`) and its claims that every
//! target was met (`全面完成全年目标任务`). Read once per document version.

use std::cell::{Cell, OnceCell};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use crate::document::Document;
use crate::figures::{Figure, FigureKind, Period};

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

/// `全面完成全年目标任务`, `主要目标任务圆满完成`, `圆满完成了全年各项任务
/// 目标`, `完成了全年主要目标任务`: every target met. A target of one
/// campaign (`超额完成年度目标` after a project count) is not every target:
/// the words `目标任务`, `各项` or `主要` are needed, and no figure before
/// the claim in its sentence.
static CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:全面|圆满|胜利|超额|顺利)完成了?(?:全年|年度|今年|去年)?的?(?:各项|主要)?(?:经济社会(?:发展)?)?(?:主要|各项)?(?:预期)?(?:目标任务|任务目标)",
        r"|(?:全面|圆满|胜利|超额|顺利)完成了?(?:全年|年度)?的?(?:各项|主要)(?:经济社会(?:发展)?)?(?:主要)?(?:预期)?目标",
        r"|完成了?全年的?(?:各项|主要)(?:预期)?(?:目标任务|任务目标)",
        r"|(?:各项|主要)(?:经济社会(?:发展)?)?(?:预期)?(?:目标任务|任务目标|目标)的?(?:全面|圆满|胜利|超额|顺利)完成",
    ))
    .expect("valid regex")
});
/// Words in a claim's sentence that make it about something else than the
/// year's targets: a plan, a campaign, a doubt.
const CLAIM_OTHER: &[&str] = &[
    "五年",
    "十四五",
    "十三五",
    "十二五",
    "十一五",
    "规划",
    "脱贫",
    "小康",
    "攻坚",
    "基本完成",
    "较好完成",
    "较好地完成",
    "未能",
    "没有",
    "未完成",
];
/// Words before a claim in its clause that make it a plan or a wish
/// (`确保全面完成全年目标任务`), looked for after `主要`, `重要` and `需要`
/// are set aside.
const CLAIM_AHEAD: &[&str] = &[
    "确保", "力争", "要", "努力", "奋力", "必须", "争取", "保证", "为", "推动",
];

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
/// `是`, `为` or a colon (not `把年度主要预期目标作为一个整体`).
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
                let announced =
                    cue.ends_with(['是', '为']) || after.starts_with(['是', '为', '：', ':']);
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

/// Which form of the output's name a report uses: `国内生产总值` (the
/// nation's) or `地区生产总值`, by the figures it names; read once per
/// document.
#[derive(Clone, Copy, Debug)]
struct Names {
    national: bool,
}

impl Names {
    fn of(doc: &Document) -> Names {
        let count = |name: &str| {
            doc.figures
                .iter()
                .filter(|f| f.indicator.as_deref() == Some(name))
                .count()
        };
        Names {
            national: count("国内生产总值") > count("地区生产总值"),
        }
    }

    fn output(self) -> &'static str {
        if self.national {
            "国内生产总值"
        } else {
            "地区生产总值"
        }
    }

    fn energy(self) -> &'static str {
        if self.national {
            "单位国内生产总值能耗"
        } else {
            "单位地区生产总值能耗"
        }
    }
}

/// Names a target list gives an indicator without the indicator's own
/// name: `经济增长8.5%左右` is the output's growth, `能耗强度下降3%` the
/// energy used per unit of output. True means the output's name.
const GENERAL_NAMES: &[(&str, bool)] = &[
    ("经济增长速度", true),
    ("经济增长", true),
    ("经济增速", true),
    ("能耗强度", false),
    ("能源消耗强度", false),
];

/// The names of [`GENERAL_NAMES`], in its order.
const GENERAL_NAME_WORDS: &[&str] = &[
    "经济增长速度",
    "经济增长",
    "经济增速",
    "能耗强度",
    "能源消耗强度",
];

/// `经济增长8.5%左右`, `全市能耗强度下降3%`: a general name opening the
/// figure's clause (after at most the unit's own `全市`), nearer the figure
/// than any indicator named before it, with only change words between.
/// `消费对经济增长的贡献率` opens no clause with it and is not read.
/// Returns the indicator, where the name ends, and the name.
fn general_name(r: &Reader, figure: &Figure) -> Option<(&'static str, usize, &'static str)> {
    let doc = r.doc;
    let start = r.clause_start(figure.span.start);
    let clause = doc.text.get(start..figure.span.start)?;
    let (found, at) = r.general_names.first_of_any(start..figure.span.start)?;
    let (name, output) = &GENERAL_NAMES[found];
    let at = at - start;
    let lead = clause[..at].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    if !GENERAL_LEAD.is_match(lead) || !GENERAL_LINK.is_match(&clause[at + name.len()..]) {
        return None;
    }
    let end = start + at + name.len();
    if figure
        .indicator_span
        .as_ref()
        .is_some_and(|s| s.end > start + at)
    {
        return None;
    }
    let indicator = if *output {
        r.names.output()
    } else {
        r.names.energy()
    };
    Some((indicator, end, name))
}

/// What may stand before a general name in its clause: the unit's own
/// `全市`, `全县`, a `今年` or nothing.
static GENERAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:今年|全年|预计)?(?:全[国省市县区州盟旗])?)$").expect("valid regex")
});
/// What may stand between a general name and its figure: change words.
static GENERAL_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:预期|目标|力争|要|保持|实现|同比)*(?:增长|下降|降低|提高|达到|为|是|在|控制在)*$",
    )
    .expect("valid regex")
});

/// `城镇、农村居民人均可支配收入均增长8%` is both incomes' figure;
/// `城乡居民人均可支配收入均增长7%` too. `None` when the figure is not
/// such a shared one.
fn both_incomes(doc: &Document, index: usize, figure: &Figure) -> Option<Vec<Stated>> {
    let span = figure.indicator_span.clone()?;
    if figure.indicator.as_deref() != Some("居民人均可支配收入") || span.end > figure.span.start
    {
        return None;
    }
    let link = doc.text.get(span.end..figure.span.start)?;
    if !link.starts_with(['均', '都']) || link.chars().count() > 6 {
        return None;
    }
    let head = doc.text.get(..span.start)?;
    let head = head.strip_suffix("常住").unwrap_or(head);
    let both = ["城乡", "城镇、农村", "城镇和农村", "城镇与农村"];
    if !both.iter().any(|w| head.ends_with(w)) {
        return None;
    }
    let change = change_of(link, "");
    Some(
        ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
            .iter()
            .map(|indicator| Stated {
                figure: index,
                indicator: indicator.to_string(),
                change,
                unit: figure.unit.clone(),
                scope: String::new(),
            })
            .collect(),
    )
}

/// The indicators named just before `first`'s, joined to it by `、` or
/// `和`, when its figure follows `均` or `都`: `A、B均增长5%` states 5% for
/// A too.
fn shared_with(r: &Reader, figure: &Figure, first: &Stated) -> Vec<Stated> {
    let doc = r.doc;
    let Some(span) = figure.indicator_span.clone() else {
        return Vec::new();
    };
    let Some(link) = doc.text.get(span.end..figure.span.start) else {
        return Vec::new();
    };
    if !link.starts_with(['均', '都']) || link.chars().count() > 6 {
        return Vec::new();
    }
    let start = r.joined_clause_start(span.start);
    let clause = start..span.start;
    let mentions = crate::figures::mentions_in(&doc.text, std::slice::from_ref(&clause));
    let mut out = Vec::new();
    let mut next = span.start;
    for mention in mentions.iter().rev() {
        let Some(joiner) = doc.text.get(mention.span.end..next) else {
            break;
        };
        if !["、", "和", "与", "及", "以及"].contains(&joiner) {
            break;
        }
        let Some(indicator) = residents(doc, mention.span.start, mention.canonical.to_string())
        else {
            break;
        };
        out.push(Stated {
            figure: first.figure,
            indicator,
            change: first.change,
            unit: first.unit.clone(),
            scope: scope_before(doc, mention.span.start),
        });
        next = mention.span.start;
    }
    out.reverse();
    out
}

/// `地区生产总值完成192.3亿元，按可比价计算，同比增长6%`: a growth rate
/// whose clause only names its basis is the growth of the figure before it
/// in the sentence. Returns that figure's indicator and the basis clause's
/// start.
fn through_basis(r: &Reader, index: usize, figure: &Figure) -> Option<(String, usize)> {
    let doc = r.doc;
    // The clause is anchored at the figure and shorter than `BASIS_TAIL`:
    // only the sentence's tail is searched, not the whole of a long one.
    let sentence = r.sentence_start(figure.span.start);
    let mut start = figure.span.start.saturating_sub(BASIS_TAIL).max(sentence);
    while !doc.text.is_char_boundary(start) {
        start += 1;
    }
    let before = doc.text.get(start..figure.span.start)?;
    let basis = BASIS_CLAUSES.find(before)?;
    if start + basis.end() != figure.span.start {
        return None;
    }
    let previous = doc.figures[..index].last()?;
    if previous.span.start < sentence || previous.span.end > start + basis.start() {
        return None;
    }
    Some((previous.indicator.clone()?, start + basis.start()))
}

/// Longer than any match of [`BASIS_CLAUSES`] (at most 13 characters).
const BASIS_TAIL: usize = 96;

/// `，按可比价计算，同比增长`, `，按可比口径增长`: clauses that name a basis and a change.
static BASIS_CLAUSES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[，,](?:按|以)?(?:可比价|可比口径|同口径|不变价)(?:计算)?[，,]?(?:同比)?(?:增长|下降)$",
    )
    .expect("valid regex")
});

/// `城乡居民人均可支配收入分别增长9%和12%`, `城镇和农村居民人均可支配收入
/// 分别增长8%、9%左右`: of the figures of one unit after `分别`, the first is
/// the urban residents', the second the rural residents'. Returns the
/// indicator and where the words linking it to the figure start; `None`
/// when the figure has no such subject, or a third figure of the unit.
fn urban_or_rural(r: &Reader, index: usize, figure: &Figure) -> Option<(&'static str, usize)> {
    let doc = r.doc;
    // Another indicator's figure later in the sentence is its own.
    if figure
        .indicator
        .as_deref()
        .is_some_and(|i| !i.contains("居民人均可支配收入"))
    {
        return None;
    }
    let clause_start = r.part_start(figure.span.start);
    let after = r.urban_rural_end(clause_start..figure.span.start)?;
    // Figures are in text order: walk back only over the clause.
    let earlier = doc.figures[..index]
        .iter()
        .rev()
        .take_while(|f| f.span.start >= after)
        .filter(|f| f.unit == figure.unit)
        .count();
    let indicator = match earlier {
        0 => "城镇居民人均可支配收入",
        1 => "农村居民人均可支配收入",
        _ => return None,
    };
    Some((indicator, after))
}

/// `居民人均可支配收入` is all residents' only when nothing before it says
/// whose: `农村牧区常住居民…` is the rural residents', `城镇居民…` the urban
/// ones', `城乡居民…` without `分别` either (`None`: not told).
fn residents(doc: &Document, start: usize, indicator: String) -> Option<String> {
    if indicator != "居民人均可支配收入" {
        return Some(indicator);
    }
    let head = &doc.text[..start];
    let from = head.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
    let before = &head[from..];
    let before = before.strip_suffix("常住").unwrap_or(before);
    if before.ends_with("城乡") {
        None
    } else if before.ends_with("农村牧区") || before.ends_with("农村") || before.ends_with("农牧民")
    {
        Some("农村居民人均可支配收入".into())
    } else if before.ends_with("城镇") || before.ends_with("城市") {
        Some("城镇居民人均可支配收入".into())
    } else {
        Some(indicator)
    }
}

fn claims_in(r: &Reader, review: &Range<usize>, year: Option<i32>) -> Vec<Range<usize>> {
    let doc = r.doc;
    let Some(slice) = doc.text.get(review.clone()) else {
        return Vec::new();
    };
    CLAIM
        .find_iter(slice)
        .map(|m| review.start + m.start()..review.start + m.end())
        .filter(|m| {
            let sentence = r.sentence(m.start);
            let sentence_start = sentence.start;
            let before = &doc.text[sentence_start..m.start];
            let clause = before
                .rsplit(['，', ',', '：', ':'])
                .next()
                .unwrap_or(before);
            let clause = clause
                .replace("主要", "")
                .replace("重要", "")
                .replace("需要", "");
            // `2029年各项目标任务圆满完成` in the 2031 report is another year's.
            let other_year = CLAIM_YEAR
                .captures(&clause)
                .is_some_and(|c| c[1].parse::<i32>().ok() != year.map(|y| y - 1));
            // Figures are in text order: only the sentence's are looked at.
            let lo = doc
                .figures
                .partition_point(|f| f.span.start < sentence_start);
            let figure_before = doc.figures[lo..]
                .iter()
                .take_while(|f| f.span.start <= m.start)
                .any(|f| f.span.end <= m.start);
            !r.claim_other.any_in(sentence)
                && !CLAIM_AHEAD.iter().any(|w| clause.contains(w))
                && !other_year
                && !figure_before
        })
        .collect()
}

/// A year written just before a claim.
static CLAIM_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})年(?:的|度)?$").expect("valid regex"));

/// How far back a clause or sentence start is looked for, and how far
/// ahead a sentence's end. No sentence a reader pairs runs longer, and one
/// endless sentence must not make every figure in it read all of it.
const LOOK_BACK: usize = 2048;

/// One reading of a document: the places of the breaks and words the
/// readers look for around each figure, each found once, in one pass over
/// the text, the first time it is needed. Looking around every figure
/// afresh costs a window per figure: 1 MB of one sentence of figures took
/// 0.4 s.
struct Reader<'d> {
    doc: &'d Document,
    names: Names,
    /// Sentence breaks (`。；;！` and line ends); clause breaks, `、`
    /// included (where a general name's clause starts) and without it
    /// (`、` joins the indicators of a clause); `；;。` and line ends (the
    /// part of a sentence `分别` reaches over).
    breaks: AllBreaks<'d>,
    average: Words<'d>,
    not_a_result: Words<'d>,
    revised: Words<'d>,
    claim_other: Words<'d>,
    general_names: Words<'d>,
    /// Where each `城乡居民人均可支配收入分别` stands.
    urban_rural: OnceCell<Vec<Range<usize>>>,
    /// The last line asked about, and whether its lead names a plan.
    lead_memo: Cell<Option<(usize, bool)>>,
    /// The last line asked about, and where a word of the year before
    /// first ends in it.
    year_memo: Cell<Option<(usize, Option<usize>)>>,
}

impl<'d> Reader<'d> {
    fn new(doc: &'d Document) -> Self {
        let text = doc.text.as_str();
        Reader {
            doc,
            names: Names::of(doc),
            breaks: AllBreaks::new(text),
            average: Words::new(text, &AVERAGE_WORDS),
            not_a_result: Words::new(text, &NOT_A_RESULT_WORDS),
            revised: Words::new(text, &REVISED_WORDS),
            claim_other: Words::new(text, &CLAIM_OTHER_WORDS),
            general_names: Words::new(text, &GENERAL_NAME_LIST),
            urban_rural: OnceCell::new(),
            lead_memo: Cell::new(None),
            year_memo: Cell::new(None),
        }
    }

    /// The sentence (up to `。；！`) around `offset`, at most [`LOOK_BACK`]
    /// bytes either side of it.
    fn sentence(&self, offset: usize) -> Range<usize> {
        let start = self.breaks.start_before(Break::Sentence, offset);
        let mut limit = (offset + LOOK_BACK).min(self.doc.text.len());
        while !self.doc.text.is_char_boundary(limit) {
            limit -= 1;
        }
        start
            ..self
                .breaks
                .first_from(Break::Sentence, offset, limit)
                .unwrap_or(limit)
    }

    fn sentence_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Sentence, offset)
    }

    fn clause_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Clause, offset)
    }

    fn joined_clause_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::JoinedClause, offset)
    }

    fn part_start(&self, offset: usize) -> usize {
        self.breaks.start_before(Break::Part, offset)
    }

    /// Where the first `城乡居民人均可支配收入分别` lying wholly in `range`
    /// ends.
    fn urban_rural_end(&self, range: Range<usize>) -> Option<usize> {
        let found = self.urban_rural.get_or_init(|| {
            URBAN_RURAL
                .find_iter(&self.doc.text)
                .map(|m| m.range())
                .collect()
        });
        let k = found.partition_point(|m| m.start < range.start);
        found.get(k).filter(|m| m.end <= range.end).map(|m| m.end)
    }

    /// Whether the first clause of the paragraph holding `offset` names a
    /// plan or a term: `这五年，` makes the paragraph a review of the term,
    /// not of the year.
    fn lead_names_plan(&self, offset: usize) -> bool {
        let line = self.doc.line_at(offset);
        if let Some((memo, plan)) = self.lead_memo.get()
            && memo == line
        {
            return plan;
        }
        let content = self
            .doc
            .lines
            .get(line)
            .and_then(|l| self.doc.text.get(l.content.clone()))
            .unwrap_or("");
        let end = content
            .find(['，', '。', '：', ','])
            .unwrap_or(content.len());
        // Every plan word holds one of these characters: most leads hold
        // none and cost no search per word.
        let lead = &content[..end];
        let plan = lead.contains(['五', '规', '2', '届', '以'])
            && PLAN_WORDS.iter().any(|w| lead.contains(w));
        self.lead_memo.set(Some((line, plan)));
        plan
    }

    /// Whether the paragraph holding `offset` turns to the year before it
    /// ahead of `offset`.
    fn year_said_before(&self, offset: usize, year: Option<i32>) -> bool {
        let line = self.doc.line_at(offset);
        let end = match self.year_memo.get() {
            Some((memo, end)) if memo == line => end,
            _ => {
                let end = year_word_end(self.doc, line, year);
                self.year_memo.set(Some((line, end)));
                end
            }
        };
        end.is_some_and(|end| end <= offset)
    }
}

/// The places of the break characters in a text, by kind, found in one
/// pass the first time they are asked for.
struct AllBreaks<'d> {
    text: &'d str,
    at: OnceCell<[Vec<usize>; 4]>,
}

/// The kinds of [`AllBreaks`]: sentence breaks, clause breaks, clause
/// breaks without `、`, and the breaks a `分别` reaches over.
#[derive(Clone, Copy)]
enum Break {
    Sentence = 0,
    Clause = 1,
    JoinedClause = 2,
    Part = 3,
}

impl<'d> AllBreaks<'d> {
    fn new(text: &'d str) -> Self {
        AllBreaks {
            text,
            at: OnceCell::new(),
        }
    }

    fn at(&self, kind: Break) -> &[usize] {
        let all = self.at.get_or_init(|| {
            let mut all: [Vec<usize>; 4] = Default::default();
            // Character by character, by lead bytes: every break is ASCII or
            // starts with 0xE3 (`。、`) or 0xEF (`；！，：`), and only those
            // characters are decoded (decoding every one was a fifth of
            // reading a megabyte's targets).
            let bytes = self.text.as_bytes();
            let mut at = 0;
            let candidates = std::iter::from_fn(|| {
                while let Some(&b) = bytes.get(at) {
                    let i = at;
                    at += match b {
                        0..=0x7F => 1,
                        0x80..=0xDF => 2,
                        0xE0..=0xEF => 3,
                        _ => 4,
                    };
                    if matches!(b, b'\n' | b';' | b',' | b':' | 0xE3 | 0xEF) {
                        return Some((i, self.text.get(i..)?.chars().next()?));
                    }
                }
                None
            });
            for (i, c) in candidates {
                let (sentence, clause, joined, part) = match c {
                    '。' | '；' | ';' | '\n' => (true, true, true, true),
                    '！' => (true, false, false, false),
                    '，' | ',' | '：' | ':' => (false, true, true, false),
                    '、' => (false, true, false, false),
                    _ => continue,
                };
                for (yes, kind) in [
                    (sentence, Break::Sentence),
                    (clause, Break::Clause),
                    (joined, Break::JoinedClause),
                    (part, Break::Part),
                ] {
                    if yes {
                        all[kind as usize].push(i);
                    }
                }
            }
            all
        });
        &all[kind as usize]
    }

    /// Just after the last break of `kind` before `offset`, looking back at
    /// most [`LOOK_BACK`] bytes (where the look stops when there is none).
    fn start_before(&self, kind: Break, offset: usize) -> usize {
        let mut from = offset.saturating_sub(LOOK_BACK);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let at = self.at(kind);
        let k = at.partition_point(|&p| p < offset);
        match k.checked_sub(1).map(|k| at[k]) {
            Some(p) if p >= from => p + self.text[p..].chars().next().map_or(1, char::len_utf8),
            _ => from,
        }
    }

    /// The first break of `kind` at or after `offset` and before `limit`.
    fn first_from(&self, kind: Break, offset: usize, limit: usize) -> Option<usize> {
        let at = self.at(kind);
        let k = at.partition_point(|&p| p < offset);
        at.get(k).copied().filter(|&p| p < limit)
    }
}

/// A list of words and its automaton, built once per process: built per
/// reading, the five lists' automata cost about 18 M instructions for
/// every document read, whatever its size.
struct WordList {
    words: &'static [&'static str],
    /// Fixed, short patterns: building cannot fail.
    automaton: LazyLock<Option<AhoCorasick>>,
}

macro_rules! word_list {
    ($name:ident, $words:expr) => {
        static $name: WordList = WordList {
            words: $words,
            automaton: LazyLock::new(|| AhoCorasick::new($words).ok()),
        };
    };
}

word_list!(AVERAGE_WORDS, &["年均"]);
word_list!(NOT_A_RESULT_WORDS, NOT_A_RESULT);
word_list!(REVISED_WORDS, REVISED);
word_list!(CLAIM_OTHER_WORDS, CLAIM_OTHER);
word_list!(GENERAL_NAME_LIST, GENERAL_NAME_WORDS);

/// Where some words stand in a text (every occurrence, overlapping ones
/// too), found in one pass the first time they are asked for.
struct Words<'d> {
    text: &'d str,
    words: &'static [&'static str],
    automaton: &'static LazyLock<Option<AhoCorasick>>,
    /// Per word, where it starts, ascending.
    starts: OnceCell<Vec<Vec<usize>>>,
}

impl<'d> Words<'d> {
    fn new(text: &'d str, list: &'static WordList) -> Self {
        Words {
            text,
            words: list.words,
            automaton: &list.automaton,
            starts: OnceCell::new(),
        }
    }

    fn starts(&self) -> &[Vec<usize>] {
        self.starts.get_or_init(|| {
            let mut starts = vec![Vec::new(); self.words.len()];
            if let Some(automaton) = LazyLock::force(self.automaton) {
                for m in automaton.find_overlapping_iter(self.text) {
                    starts[m.pattern().as_usize()].push(m.start());
                }
            }
            starts
        })
    }

    /// Where word `i` first stands wholly inside `range`.
    fn first_in(&self, i: usize, range: &Range<usize>) -> Option<usize> {
        let starts = &self.starts()[i];
        let k = starts.partition_point(|&s| s < range.start);
        starts
            .get(k)
            .copied()
            .filter(|&s| s + self.words[i].len() <= range.end)
    }

    /// Whether any of the words stands wholly inside `range`.
    fn any_in(&self, range: Range<usize>) -> bool {
        (0..self.words.len()).any(|i| self.first_in(i, &range).is_some())
    }

    /// The first word, in the list's order, standing inside `range`, and
    /// where it first stands.
    fn first_of_any(&self, range: Range<usize>) -> Option<(usize, usize)> {
        (0..self.words.len()).find_map(|i| self.first_in(i, &range).map(|at| (i, at)))
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
