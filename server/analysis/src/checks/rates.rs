//! rate-out-of-range: a share or rate above 100% (`森林覆盖率102%`), or a
//! decrease or cut (`下降`, `压减`) of more than 100%.
//!
//! Only names of shares that cannot pass 100% are read: the shares listed
//! below, and any other `…率` name except the rates that can pass 100%
//! (growth rates, 完成率: a budget can be exceeded, 自给率, 债务率,
//! 使用率 of beds, 贡献率 to growth, 消化率, 竣工率, 完成比例 and debts' 化解率 against a plan) and the per-hundred measures
//! (`移动电话普及率`, `宽带普及率`: subscriptions per 100 people).
//! The name may stand before a plan's resolve or a time (`确保达到`,
//! `年内达到`, `连续三年超过`), an earlier value with its period
//! (`由2017年4.2%降至目前的…`), or name its whole (`占全部…的`).
//! Work done of itself or of its total (`征收补偿完成96.7%`, `完成总投资的
//! 60%`), the same share carried to a further place or a later year
//! (`城镇化率达到54%、市辖区达到…`, `…，到2030年达到…`), a bare `占` after
//! the whole amount, and a share before what is done to it (`100%安全
//! 利用`) are shares too; work against a plan, a budget or money is not.

use super::Sink;
use super::counted_shares::{rate_word_before, things_after_list, things_before};
use super::figure_text::{chars_before, floor_boundary, is_change};
use crate::chars::is_space;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};

/// Names of shares bounded by 100%, matched at the end of the words before
/// the figure.
const SHARES: &[&str] = &[
    "覆盖率",
    // Land covered, measured as a degree (`草原综合植被盖度`, `植被覆盖度`):
    // a share of the area like 覆盖率.
    "盖度",
    // A market's share held (`市场份额`).
    "份额",
    // The share of firms running at a loss (`企业亏损面`).
    "亏损面",
    "普及率",
    "达标率",
    "优良率",
    "合格率",
    "入学率",
    "参保率",
    "就业率",
    "失业率",
    "发生率",
    "城镇化率",
    "绿化率",
    "处理率",
    "处置率",
    "利用率",
    "回收率",
    "接种率",
    "满意率",
    "满意度",
    // Approval in a poll (`认可度`, `认同度`), a share of those asked like
    // 满意度.
    "认可度",
    "认同度",
    // The share of people polled who feel safe (`群众安全感`), a poll's
    // share like 满意度.
    "安全感",
    "知晓率",
    "占比",
    "比重",
    "完好率",
    "通过率",
    "升学率",
    "巩固率",
    "治愈率",
    "使用率",
    "开工率",
    "成活率",
    "渗透率",
    "识字率",
    "参合率",
    "签约率",
    "入园率",
    "办结率",
    "好评率",
    "网办率",
    "联网率",
    "录取率",
    "通车率",
    "硬化率",
    "贫困发生率",
    "天数比例",
    "覆盖面",
    "优良天数比率",
    "保有率",
    "建档率",
    "检出率",
    "清运率",
    "比例",
    // Tax revenue's share of revenue.
    "税比",
    // Produce processed of produce grown (`转化率` alone may pass 100%).
    "加工转化率",
    // Not the `功率` of power.
    "成功率",
    // Costs covered (`住院费用补偿比`), time cut from a limit (`时限压缩比`):
    // ratios named `…比` that are shares of a whole.
    "补偿比",
    "报销比",
    "压缩比",
    // R&D spending as a share of GDP (`研发经费投入强度`).
    "投入强度",
    // Work done by machine of all work (`综合机械化水平`).
    "机械化水平",
    // The urban share of the population (`城镇化水平`, `城镇化率`).
    "城镇化水平",
    // Work done of the whole work (`建设进度`, `投资进度`).
    "进度",
    // Things counted given as a percent (`即办件达到80%`, `全程网办事项
    // 达到90%`): their share of all.
    "办件",
    "事项",
    // Spending stated as a percent (`民生支出达80%`) is its share of all
    // spending; its growth takes a verb of change (`增长`), no link.
    "支出",
    // Those reached by an aid or a measure, of all who may be
    // (`资助面`, `受益面`), a share like 覆盖面.
    "资助面",
    "受益面",
    "保障面",
    // Programmes matching the industries of all programmes
    // (`专业与产业匹配度`).
    "匹配度",
    // The share of an industry's output held by its leaders or by its
    // first industry (`产业集中度`).
    "集中度",
];

/// Shares of those asked in a poll.
const POLLS: &[&str] = &["满意度", "满意率", "安全感", "认可度", "认同度"];

/// Verbs between a share's name and its value.
const LINKS: &[&str] = &[
    "预计达到",
    "平均为",
    "控制到",
    "降到",
    "预计",
    "提高到",
    "提升到",
    "上升到",
    "增加到",
    "下降到",
    "降低到",
    "降至",
    "升至",
    "跃升至",
    "跃升到",
    "达到",
    "保持在",
    "保持",
    "稳定在",
    "控制在",
    "均达",
    "为",
    "达",
    "是",
    "到",
    "在",
    "超过",
    "已达",
    "提高至",
    "提升至",
    "上升至",
    "下降至",
    "降低至",
    "增长至",
    // A share grown to its value (`占比由18%增至71%`).
    "增至",
    "增加至",
    // Coverage widened to its value (`覆盖面扩大到60%`).
    "扩大到",
    "扩大至",
    // A share narrowed to its value (`亏损面收窄至12%`).
    "收窄到",
    "收窄至",
    "缩小到",
    "缩小至",
    "达到了",
    "实现",
    // A floor or a ceiling (`比例不低于60%、55%`).
    "不低于",
    "不少于",
    "不高于",
    "不超过",
];

/// Adverbs between a share's name and its link (`继续保持在`, `仍达`), a
/// plan's resolve (`确保达到`, `力争达到`) and a time (`年内达到`,
/// `首次实现`, `连续三年超过`: see [`strip_adverbs`]).
const ADVERBS: &[&str] = &[
    "继续", "持续", "仍然", "仍", "已经", "已", "均", "始终", "一直", "确保", "力争", "争取",
    "努力", "稳定", "稳步", "年内", "首次", "当年", "全年", "多年", "有望", "可望", "就",
];

/// States a share of things reaches, written right after its value
/// (`100%达标`, `100%覆盖`): the share of them in that state.
const STATES: &[&str] = &["达标", "全覆盖", "覆盖", "合格"];

/// What is done to a share of things or of money, written right after its
/// value (`土壤100%安全利用`, `费用90%予以报销`, `价款的10%纳入基金`): the
/// share of them it is done to.
const HANDLED: &[&str] = &[
    "安全利用",
    "予以",
    "用于",
    "纳入",
    // `新建数据中心100%使用绿电`: the share of them that use it.
    "使用",
];

/// Times of the year a value is stated for (`一季度达40%`).
const TIMES_OF_YEAR: &[&str] = &[
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
    "年底前",
    // A relative year's end (`去年底`) before its bare end, which would
    // leave the `去` behind.
    "去年底",
    "去年末",
    "上年底",
    "上年末",
    "年底",
    "年末",
];

/// `…开工率一季度` → `…开工率`: a time of the year closing `head`, with the
/// adverbs before it; `None` if there is none.
fn strip_time_of_year(head: &str) -> Option<&str> {
    let time = TIMES_OF_YEAR.iter().find(|t| head.ends_with(*t))?;
    Some(strip_adverbs(&head[..head.len() - time.len()]))
}

/// Verbs of a decrease.
const DECREASES: &[&str] = &["下降", "减少", "降低", "缩减", "降价"];

/// Verbs of a cut made to an amount, a number of things or a time
/// (`运转类支出压减20%`, `办理时间压缩60%`): the percent after them is
/// the share cut, with or without the thing cut between (`压缩一般性支出
/// 15%`, `精简文件40%、会议30%`).
const CUTS: &[&str] = &["压减", "压缩", "精简", "削减", "缩短", "核减", "压降"];

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for figure in &doc.figures {
        // The tolerance absorbs the float error of a range's written end.
        if figure.kind != FigureKind::Percent || checked_value(figure) <= 100.0 + 1e-9 {
            continue;
        }
        if let Some((name_start, name)) = bounded_share(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            // The name before the figure, or the state after it (`达标`).
            let range = if name_start >= figure.span.end {
                name_start..name_start + name.len()
            } else {
                name_start..figure.span.start
            };
            let related = vec![Related {
                file: None,
                range,
                kind: RelatedKind::RateName,
            }];
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name: name.into(),
                    value: value.into(),
                    decrease: false,
                },
                related,
            );
        } else if let Some(verb) = decrease_verb(&doc.text, figure) {
            let value = figure.text(&doc.text).to_string();
            sink.push(
                figure.span.clone(),
                Finding::RateOutOfRange {
                    name: verb.into(),
                    value: value.into(),
                    decrease: true,
                },
                Vec::new(),
            );
        }
    }
}

/// The value of `figure` held against 100%: its low end, or, for a ceiling
/// or an approximation (`控制在104%以内`, `近180%`, `105%左右`), the
/// written number itself, or a range's written upper end: a share bounded
/// by 100% cannot be capped, approached or ranged above 100% either.
fn checked_value(figure: &Figure) -> f64 {
    match figure.qualifier {
        Some(Qualifier::Under | Qualifier::About) => figure.value,
        // The range's high end less its half step.
        Some(Qualifier::Range) => figure.high - figure.precision / 2.0,
        _ => figure.low,
    }
}

/// The share bounded by 100% named right before `figure`: its start and
/// its words. The name may stand before an earlier value of the same share
/// (`覆盖率由32%提高到36%`, `达85.7%和69.6%`) or a base period
/// (`由“十二五”末的34.81%`). A percent of no such name may still count
/// things (`75%的社区`, `有专职医生的村达到90%`: see
/// [`super::counted_shares`]).
pub fn bounded_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    if level_compared(text, figure) || compared_with_past(text, figure) {
        return None;
    }
    named_share(text, figure)
        .or_else(|| share_of_things(text, figure))
        .or_else(|| share_of_works(text, figure))
}

/// `完成甲馆主体50%工程量`, `完成乙路80%以上的工程量`: a percent before the
/// works' amount, in a clause that does the work, is the share done of it;
/// work against a plan, a budget or money (see [`PLANNED`]) is not read.
fn share_of_works(text: &str, figure: &Figure) -> Option<(usize, String)> {
    let after = &text[figure.span.end..];
    let gap = if after.starts_with('的') {
        '的'.len_utf8()
    } else {
        0
    };
    let word = ["工程量", "工作量"]
        .iter()
        .find(|w| after[gap..].starts_with(*w))?;
    let before = chars_before(text, figure.span.start, 40);
    let clause = before
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .next()
        .unwrap_or(before);
    (clause.contains("完成") && !PLANNED.iter().any(|w| clause.contains(w)))
        .then(|| (figure.span.end + gap, (*word).to_string()))
}

/// `达到全省120%的水平`, `为全国120%的平均水平`: a level set against
/// another's (named after the percent), which may pass it, not a share of
/// a whole.
fn level_compared(text: &str, figure: &Figure) -> bool {
    let after = &text[figure.span.end..];
    let after = after.strip_prefix('的').unwrap_or(after);
    ["水平", "平均"].iter().any(|w| after.starts_with(w))
}

/// Past periods a level is set against after its link (`为上年的`).
const PAST_BASES: &[&str] = &["上年同期的", "去年同期的", "同期的", "上年的", "去年的"];

/// `销售面积为上年的130%`, `相当于去年同期的112%`: a level set against a
/// past period's (after a link, not `由` or `从`, which open an earlier
/// value of the same share), which may pass it.
fn compared_with_past(text: &str, figure: &Figure) -> bool {
    let before = chars_before(text, figure.span.start, 12).trim_end_matches(is_space);
    PAST_BASES.iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|h| h.ends_with("相当于") || LINKS.iter().any(|l| h.ends_with(l)))
    })
}

/// `75%的社区`, `省级95%、市级85%以上办件`: a percent before the things it
/// counts, with the thing's start and its word. Not a change (`增长20%的
/// 企业`) nor a rate of a name of its own (`增速20%以上的企业`).
fn share_of_things(text: &str, figure: &Figure) -> Option<(usize, String)> {
    if figure.kind != FigureKind::Percent
        || is_change(text, figure)
        || chars_before(text, figure.span.start, 1).ends_with(['率', '速', '幅', '比', '度'])
        || rate_word_before(chars_before(text, figure.span.start, 2))
        // `增速达到150%的企业`: the rate's name before its link.
        || rate_word_before(strip_link(chars_before(text, figure.span.start, 8)))
        // `达产率达到105%的重点企业`: the value of a rate named before its
        // link, in a clause qualifying the things; the rate is read by
        // its name, if at all.
        || strip_link(chars_before(text, figure.span.start, 8)).ends_with('率')
    {
        return None;
    }
    if let Some((at, thing)) = things_after_list(text, figure.span.end) {
        return Some((at, thing.to_string()));
    }
    opening_share(text, figure)
}

/// Words opening a noun after `N%的` that make the percent a rate, a level
/// or a standard of its own (`6%的增长`, `15%的税率`, `120%的水平`), not
/// a share of things.
const NOT_THINGS_AFTER: &[&str] = &[
    "增", "降", "涨", "速", "幅", "水平", "规模", "标准", "目标", "任务", "计划", "预算", "税",
    "费", "利", "股", "补", "奖", "贷", "价", "额", "息", "成本", "负荷", "产能", "效", "回报",
    "收益", "溢", "倍", "权重", "比", "概率", "把握", "幅度", "程度", "速度",
];

/// `，90%的化工园区达到…`, `确保全区90%的煤矿…`, `贡献了全省74.6%的工业
/// 增加值`, `在50%以上的县建立…`: a percent that opens its clause (alone,
/// after `在`/`有`, or after the territory it is taken in) and stands
/// before `的` and the things it counts is a share of them, whatever they
/// are. A percent after a verb or a comparison (`保持6%的增长`, `高于全省
/// 10%的`) is no share.
fn opening_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    let after = &text[figure.span.end..];
    let after = ["以上", "以下", "左右"]
        .iter()
        .find_map(|q| after.strip_prefix(q))
        .unwrap_or(after);
    let noun = after.strip_prefix('的')?;
    let start = text.len() - noun.len();
    let words: String = noun
        .chars()
        .take_while(|c| crate::chars::is_han(*c))
        .take(4)
        .collect();
    // `规模以上工业`, `规模工业` name the firms above a size, not a scale.
    let firms = ["规模以上", "规模工业"]
        .iter()
        .any(|w| words.starts_with(w));
    // A rate closing the noun (`…的资金到位率`) names what the percent is,
    // whatever the words before it: read the noun up to its end.
    let noun_words: String = noun
        .chars()
        .take_while(|c| crate::chars::is_han(*c))
        .take(10)
        .collect();
    // So does a change closing it (`120%的人口增长`): a share of a growth
    // may pass all of it.
    let rate_named = noun_words.contains(['率', '速', '幅'])
        || noun_words.contains("增长")
        || noun_words.contains("增量");
    let measured = !firms && NOT_THINGS_AFTER.iter().any(|w| words.starts_with(w)) || rate_named;
    if words.is_empty() || measured {
        return None;
    }
    let before = chars_before(text, figure.span.start, 16);
    let (clause, after_item) =
        match before.rfind(['，', ',', '；', ';', '。', '：', ':', '、', '\n']) {
            Some(p) => {
                let c = before[p..].chars().next().map_or(1, char::len_utf8);
                (&before[p + c..], before[p..].starts_with('、'))
            }
            None if before.len() < text[..floor_boundary(text, figure.span.start)].len() => {
                return None;
            }
            None => (before, false),
        };
    // `、90%的煤矿`: an item of its own, not a value after another value.
    if after_item
        && before[..before.len() - clause.len() - '、'.len_utf8()].ends_with(|c: char| {
            c.is_ascii_digit() || c == '%' || c == '％' || c == '上' || c == '右'
        })
    {
        return None;
    }
    let mut rest = clause.trim_matches(is_space);
    for _ in 0..2 {
        if let Some(a) = ADVERBS.iter().find(|a| rest.starts_with(*a)) {
            rest = &rest[a.len()..];
        }
    }
    // `全国已有76%的县`: the territory opening the clause, then its
    // adverbs and `有`, is the territory the share is taken in.
    if let Some(mut after) = territory_opening(rest) {
        for _ in 0..2 {
            if let Some(a) = ADVERBS.iter().find(|a| after.starts_with(*a)) {
                after = &after[a.len()..];
            }
        }
        if after == "有" || after == "在" {
            rest = after;
        }
    }
    // `全区`, `全省`: the territory the share is taken in, closing the
    // words before the percent; the verb before it may be any but a
    // comparison.
    let territory = rest.char_indices().rev().nth(1).is_some_and(|(i, c)| {
        c == '全' && rest[i..].chars().count() == 2 && rest[i..].chars().all(crate::chars::is_han)
    });
    const COMPARED: &[&str] = &[
        "高于",
        "低于",
        "快于",
        "慢于",
        "超过",
        "超出",
        "相当于",
        "比",
        "是",
        "达到",
        "占",
    ];
    // `今年底95%的学生`: the time the share is stated for opens the
    // clause; `惠及90%的学生`: the share of things a measure reaches.
    let time = !rest.is_empty() && strip_period(rest.trim_start_matches(['到', '至'])).is_empty();
    let opens = rest.is_empty()
        || rest == "在"
        || rest == "有"
        || time
        || REACHES.contains(&rest)
        || territory && !COMPARED.iter().any(|w| rest.contains(w));
    opens.then_some((start, words))
}

/// The words after a territory opening `clause` (`全国`, `全省`: `全` and
/// one character), when it opens with one.
fn territory_opening(clause: &str) -> Option<&str> {
    let rest = clause.strip_prefix('全')?;
    let place = rest.chars().next().filter(|c| crate::chars::is_han(*c))?;
    Some(&rest[place.len_utf8()..])
}

/// Verbs of a measure reaching a share of the things after it (`惠及90%的
/// 学生`).
const REACHES: &[&str] = &["惠及", "覆盖", "涵盖"];

/// The share named before `figure` (or by the state after it).
fn named_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    // `水质100%达标`: the share of what reaches the state after it.
    if figure.kind == FigureKind::Percent
        && let Some(state) = STATES
            .iter()
            .find(|s| text[figure.span.end..].starts_with(*s))
    {
        return Some((figure.span.end, (*state).to_string()));
    }
    // Not a change (`增长20%用于`) nor a rate of a name of its own.
    if figure.kind == FigureKind::Percent
        && let Some(done) = HANDLED.iter().find(|h| {
            let after = &text[figure.span.end..];
            after.strip_prefix("以上").unwrap_or(after).starts_with(*h)
        })
        && !is_change(text, figure)
        && !chars_before(text, figure.span.start, 1).ends_with(['率', '速', '幅', '比', '度'])
    {
        return Some((figure.span.end, (*done).to_string()));
    }
    let before = chars_before(text, figure.span.start, 64);
    // A link before the value (`达到`, or `超过` read with the figure),
    // not a bare name.
    let linked = {
        let b = before.trim_end_matches(is_space);
        LINKS.iter().any(|l| b.ends_with(l))
            || figure
                .text(text)
                .starts_with(|c: char| crate::chars::is_han(c))
    };
    if let Some(top) = top_share(before, figure) {
        let before_start = floor_boundary(text, figure.span.start) - before.len();
        return Some((before_start + top, "前".to_string()));
    }
    let mut head = before.trim_end_matches(is_space);
    // `A率和B率达到双100%`: both at the value.
    head = head.strip_suffix('双').unwrap_or(head);
    // The earlier values of the same share, each with its link: a list
    // (`分别占全国的13.6%、5.5%、10.4%、1.8%`) or values from which the
    // share moved (`分别从5%、26%提高到6%、28%`). `position` is this
    // value's place in the list it closes, counted back to the first join
    // that is not a listing one.
    let mut position = 0usize;
    let mut counting = true;
    for _ in 0..MAX_EARLIER_VALUES {
        // `开工率一季度达40%、二季度达60%`: each value with its own time.
        let own_time = || strip_time_of_year(strip_link(head)).and_then(strip_earlier_value);
        match strip_earlier_value(head)
            .or_else(own_time)
            .or_else(|| strip_earlier_whole(head))
            .or_else(|| carried_value(head))
        {
            Some((rest, join)) => {
                head = rest;
                counting = counting && matches!(join, "、" | "和" | "及");
                position += usize::from(counting);
            }
            None => break,
        }
    }
    head = strip_link(head);
    head = strip_record(head);
    head = strip_time_of_year(head).unwrap_or(head);
    head = strip_average(head);
    head = strip_points_change(head);
    head = strip_base_period(head);
    let head = strip_link(head).trim_end_matches(['均', '已', '的']);
    // `甲所占的比重，已由…`: the share named as the clause's topic, a
    // comma before what it does.
    let head = head
        .strip_suffix(['，', ','])
        .filter(|h| SHARES.iter().any(|s| h.ends_with(s)))
        .unwrap_or(head);
    // `A率、B率分别达到90%、95%`: each value is one name's, so every
    // name must be a share.
    let (head, listed) = match head.strip_suffix("分别") {
        Some(h) => (h, true),
        None => (head, false),
    };
    if listed && !all_names_bounded(head) && !share_over_times(head) {
        // `甲毛入学率、乙巩固率分别达到98.6%、99.6%`: the value's own name
        // by its place in the list, when every name is a rate of its own
        // or the list has one value for each name.
        let values = position + 1 + values_after(&text[figure.span.end..]);
        return listed_name(head, position, values).map(|(start, name)| {
            let before_start = floor_boundary(text, figure.span.start) - before.len();
            (before_start + start, name)
        });
    }
    // `增长率` is not a share; `占比提高` would need the base.
    if head.ends_with("增长率") || head.ends_with("增速") {
        return None;
    }
    if head.ends_with("完成率") && (tasks_settled(head) || reform_done(head)) {
        let before_start = floor_boundary(text, figure.span.start) - before.len();
        let name_start = before_start + head.len() - "完成率".len();
        return Some((name_start, "完成率".to_string()));
    }
    // `安全感指数`, `满意度指数`: a poll's share given as an index in
    // percent is still the share of those asked.
    let head = match head.strip_suffix("指数") {
        Some(poll) if POLLS.iter().any(|p| poll.ends_with(p)) => poll,
        _ => head,
    };
    let share: String = match SHARES
        .iter()
        .filter(|s| head.ends_with(*s))
        .max_by_key(|s| s.len())
    {
        Some(share) => (*share).to_string(),
        None => match other_bounded_rate(head)
            .or_else(|| quoted_rate(head))
            .or_else(|| spending_of_output(head))
        {
            Some(name) => name,
            None if listed => return None,
            None => part_of_whole(head)
                .or_else(|| shares_in_a_row(head, &text[figure.span.end..]))
                .or_else(|| work_done(head))
                .or_else(|| things_before(head, strip_link).map(str::to_string))
                .or_else(|| elided_intensity(head))
                .or_else(|| linked.then(|| relative_things(head)).flatten())?,
        },
    };
    // Subscriptions per 100 people (`移动电话普及率`) and gross ratios
    // (`毛入学率`: pupils of any age over the cohort) may pass 100%. A
    // shorter unbounded name inside a listed share (`比率` in `优良天数比率`)
    // does not make it unbounded.
    let per_hundred = (share.ends_with("普及率")
        && PER_HUNDRED
            .iter()
            .any(|w| chars_before(head, head.len(), 10).contains(w)))
        || chars_before(head, head.len(), 10).contains("每百");
    let gross = chars_before(head, head.len(), 6).contains('毛');
    if per_hundred
        || gross
        || UNBOUNDED_RATES
            .iter()
            .any(|r| r.len() >= share.len() && head.ends_with(r))
    {
        return None;
    }
    // Every step keeps a prefix of `before`, which ends at the figure.
    let before_start = floor_boundary(text, figure.span.start) - before.len();
    let name_start = before_start + head.len() - share.len();
    Some((name_start, share))
}

/// Wholes ranked, or words of ranking, before `前N%` (`进入全国前10%`,
/// `排名前5%`).
const RANKED: &[&str] = &[
    "全国", "全省", "全市", "全区", "全球", "世界", "同类", "同行", "排名", "位列", "位居", "跻身",
    "进入",
];

/// `进入全国前10%`: the top of a ranking as a percent is a share of those
/// ranked. The start of its `前` in `before` (which ends at the figure).
fn top_share(before: &str, figure: &Figure) -> Option<usize> {
    if figure.kind != FigureKind::Percent {
        return None;
    }
    let head = before.strip_suffix('前')?;
    RANKED
        .iter()
        .any(|w| head.ends_with(w))
        .then_some(head.len())
}

/// `一、二季度开工率分别`, `上半年和全年达标率分别`: one bounded share
/// named once after the times its values are for, so each value is that
/// share's. The times are a list of times of the year; the first may be
/// cut to its numeral (`一、二季度`) or its half (`上、下半年`).
fn share_over_times(head: &str) -> bool {
    let Some(share) = share_name(head) else {
        return false;
    };
    if UNBOUNDED_RATES.iter().any(|r| head.ends_with(r)) {
        return false;
    }
    let times = &head[..head.len() - share.len()];
    let clause = times
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .next()
        .unwrap_or(times);
    let pieces: Vec<&str> = clause.split(['、', '和']).collect();
    let Some((last, earlier)) = pieces.split_last() else {
        return false;
    };
    let is_time = |p: &str| TIMES_OF_YEAR.iter().any(|t| p.ends_with(t)) || p.ends_with("全年");
    let cut_time = |p: &str| {
        is_time(p) || p.ends_with(['一', '二', '三', '四', '上', '下']) && !p.ends_with("以上")
    };
    !earlier.is_empty() && is_time(last) && earlier.iter().all(|p| cut_time(p))
}

/// `A率、B率分别`: whether every name of the list before `分别` (the
/// clause's `、`/`和` items) is a share bounded by 100%. The last name's
/// share word may stand for all (`自来水、卫生厕所普及率分别`: the 普及率
/// of each), when the names before it are short plain names of no
/// measure of their own.
fn all_names_bounded(head: &str) -> bool {
    let clause_start = head
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_start..];
    // `甲占乙和丙的比重分别`: one part's share of each of several wholes.
    if let Some(at) = clause.find('占')
        && !clause[..at].contains(['、', '和'])
        && ["比重", "比例"].iter().any(|w| clause.ends_with(w))
    {
        return true;
    }
    let mut names: Vec<&str> = clause
        // Not at 及, which stands inside 普及率.
        .split(['、', '和'])
        .map(|n| n.trim_matches(is_space))
        .filter(|n| !n.is_empty())
        .collect();
    // `力争2025年甲、乙…`: a resolve and a time open the first name.
    if let Some(first) = names.first_mut() {
        *first = without_lead_time(first);
    }
    // `水稻、农作物综合机械化率分别`: a `…率` of no list stands for all too.
    let shared = names.last().and_then(|last| {
        SHARES
            .iter()
            .filter(|s| last.ends_with(*s) && last.len() > s.len())
            .max_by_key(|s| s.len())
            .map(|s| (*s).to_string())
            .or_else(|| other_bounded_rate(last))
    });
    let names: Vec<String> = names
        .iter()
        .map(|name| match &shared {
            Some(share) if bare_name(&without_gloss(name)) || amount_shared(name, share) => {
                format!("{name}{share}")
            }
            _ => (*name).to_string(),
        })
        .collect();
    !names.is_empty()
        && names.iter().all(|name| {
            // `…督察交办问题整改完成率分别`: done of tasks given.
            if name.ends_with("完成率") && tasks_settled(head) {
                return true;
            }
            let share = share_name(name);
            share.is_some_and(|share| {
                let unbounded = UNBOUNDED_RATES
                    .iter()
                    .any(|r| r.len() >= share.len() && name.ends_with(r));
                let per_hundred = name.contains("每百")
                    || share.ends_with("普及率") && PER_HUNDRED.iter().any(|w| name.contains(w));
                !(unbounded || per_hundred || name.contains('毛'))
            })
        })
}

/// A name standing for itself and a share word said once after the list:
/// two to ten Chinese characters with no word of a measure of their own
/// (`自来水`, `卫生厕所`; not `经济增速`, `税收占比`).
fn bare_name(name: &str) -> bool {
    const MEASURES: &[char] = &[
        '率', '比', '速', '幅', '值', '额', '量', '数', '度', '收', '支', '价', '面', '重',
    ];
    (2..=10).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !name.contains(MEASURES)
}

/// `乡镇（街道）综合服务中心` → `乡镇综合服务中心`: a name with a short
/// gloss in brackets (another name for the same place) is read without it.
fn without_gloss(name: &str) -> std::borrow::Cow<'_, str> {
    let Some((before, rest)) = name.split_once('（') else {
        return name.into();
    };
    let Some((inside, after)) = rest.split_once('）') else {
        return name.into();
    };
    let gloss =
        (1..=6).contains(&inside.chars().count()) && inside.chars().all(crate::chars::is_han);
    if gloss && !before.is_empty() {
        format!("{before}{after}").into()
    } else {
        name.into()
    }
}

/// `甲产值、乙增加值占比分别`: an amount before a share of a whole said
/// once after the list is that amount's share (`占比`, `比重`); a name of
/// a measure of its own (`增速`, `税负率`) is not.
fn amount_shared(name: &str, share: &str) -> bool {
    let name = name.replace(['“', '”'], "");
    ["占比", "比重"].contains(&share)
        && (2..=12).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !name.ends_with(['率', '比', '速', '幅', '度', '重', '数', '价'])
}

/// `力争2025年全县…` → `全县…`: a plan's resolve and a time (a year
/// written in digits, with `到`/`至`) opening a name.
fn without_lead_time(name: &str) -> &str {
    let mut rest = name;
    for _ in 0..3 {
        let before = rest.len();
        if let Some(a) = ADVERBS.iter().find(|a| rest.starts_with(*a)) {
            rest = &rest[a.len()..];
        }
        rest = rest.trim_start_matches(['到', '至']);
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 && rest[4..].starts_with('年') {
            rest = &rest[4 + '年'.len_utf8()..];
            rest = rest.trim_start_matches(['底', '末']);
        }
        if rest.len() == before {
            break;
        }
    }
    if rest.is_empty() { name } else { rest }
}

/// Things given to be settled (tasks, problems, cases): done of them
/// cannot pass all of them.
const TO_SETTLE: &[&str] = &["任务", "问题", "案件", "事项", "整改"];

/// `重点任务完成率`, `办结案件1303件，完成率`: a completion rate of tasks,
/// problems or cases given to be settled, named in its words or in its
/// sentence before it, is bounded; one of money or of a plan (`投资完成率`,
/// `年度完成率`, `完成投资…，完成率`) may pass 100%, and so may a task
/// said to be exceeded (`超额完成…任务`) or a quota handed down
/// (`下达的节能减排任务`): a target of amounts, done past it.
fn tasks_settled(head: &str) -> bool {
    let sentence = head
        .rfind(['。', '；', ';', '！', '？'])
        .map_or(head, |p| &head[p..]);
    TO_SETTLE.iter().any(|w| sentence.contains(w))
        && !["投资", "资金", "元", "计划", "年度", "目标", "超额", "下达"]
            .iter()
            .any(|w| sentence.contains(w))
}

/// `国企改革总体完成率`: the completion of a reform named in the clause of
/// the rate (its tasks, not a sum of money or a plan) is bounded.
fn reform_done(head: &str) -> bool {
    let clause = head
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '、', '\n'])
        .next()
        .unwrap_or(head);
    clause.contains("改革") && !PLANNED.iter().any(|w| clause.contains(w))
}

/// `达到标准的在产煤矿超过50%`, `能使用通用语言的村干部达92.5%`: things
/// picked out by a clause closed with `的` (two to six characters of no
/// measure after it), before a link and the percent: the share of them
/// among all such things.
fn relative_things(head: &str) -> Option<String> {
    const MEASURES: &[&str] = &[
        "率", "比", "量", "额", "值", "数", "度", "收", "支", "价", "面", "重", "增", "降", "速",
        "幅", "资", "金", "款", "费", "税", "元", "水平", "规模", "任务", "计划", "目标", "完成",
        "标准", "同期", "上年", "去年", "平均", "贡献", "拉动", "能", "荷", "效", "利", "指",
    ];
    let clause = head
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '、', '\n'])
        .next()
        .unwrap_or(head);
    let (picked, noun) = clause.rsplit_once('的')?;
    let things = (2..=6).contains(&noun.chars().count())
        && noun.chars().all(crate::chars::is_han)
        && picked.chars().count() >= 2
        && !MEASURES.iter().any(|m| noun.contains(m));
    things.then(|| noun.to_string())
}

/// `研发经费投入总量增长16%、强度达2%`: the intensity of spending said
/// once its amount is named in the item before (`投入`, `经费`), a share
/// of output like `投入强度`.
fn elided_intensity(head: &str) -> Option<String> {
    let before = head.strip_suffix("强度")?.strip_suffix('、')?;
    let sentence = before
        .rsplit(['，', ',', '；', ';', '。', '\n'])
        .next()
        .unwrap_or(before);
    (["投入", "经费"].iter().any(|w| sentence.contains(w))
        && !["能耗", "排放", "能源"]
            .iter()
            .any(|w| sentence.contains(w)))
    .then(|| "强度".to_string())
}

/// `研发经费支出与地区生产总值之比`: spending set against the output it
/// is spent from, a share of it like `投入强度`.
fn spending_of_output(head: &str) -> Option<String> {
    let pair = head.strip_suffix("之比")?;
    let clause = pair
        .rsplit(['，', ',', '；', ';', '。', '：', ':'])
        .next()
        .unwrap_or(pair);
    let (spending, output) = clause.rsplit_once('与')?;
    (["支出", "投入", "经费"]
        .iter()
        .any(|w| spending.ends_with(w))
        && ["生产总值", "GDP"].iter().any(|w| output.ends_with(w)))
    .then(|| "之比".to_string())
}

/// `“无事不扰”率`: a rate named by quoted words.
fn quoted_rate(head: &str) -> Option<String> {
    let inner = head.strip_suffix("”率")?;
    let open = inner.rfind('“')?;
    let words = &inner[open + '“'.len_utf8()..];
    let short = (2..=8).contains(&words.chars().count()) && words.chars().all(crate::chars::is_han);
    short.then(|| format!("“{words}”率"))
}

/// What a part of a whole names before its share: `占一般公共预算支出(的)`,
/// `占全省(的)`, or a bare `占` after the part's own amount
/// (`基本支出12亿元，占40%`). A plan, a budget or a target may be exceeded
/// (`占年度计划的105%`, `占调整预算的103%`), and a debt or a balance is
/// no part of revenue (`债务余额占财政收入的150%`): neither is read.
fn part_of_whole(head: &str) -> Option<String> {
    let tail = chars_before(head, head.len(), 24);
    let at = tail.rfind('占')?;
    // `占到产业的`: the verb's complement is no word of the whole.
    let object = &tail[at + '占'.len_utf8()..];
    let object = object.strip_prefix('到').unwrap_or(object);
    let subject = &tail[..at];
    // `…国债份额占全省`: a share (份额) of anything is no debt's ratio.
    if !subject.ends_with("份额")
        && ["债", "余额", "赤字", "利息", "还本"]
            .iter()
            .any(|w| subject.contains(w))
    {
        return None;
    }
    if object.is_empty() {
        // The bare `，占`: the part's amount closes the clause before.
        if let Some(amount) = subject.strip_suffix(['，', ',']) {
            let unit_amount = ["亿元", "万元", "元"].iter().any(|u| amount.ends_with(u));
            let plan = ["完成", "计划", "目标", "预算"].iter().any(|w| {
                let clause = amount
                    .rsplit(['，', ',', '；', ';', '。'])
                    .next()
                    .unwrap_or("");
                clause.contains(w) && !clause.contains("收入") && !clause.contains("支出")
            });
            return (unit_amount && !plan).then(|| "占".to_string());
        }
        return (part_named_after_amount(subject) || named_part_of_amount(subject))
            .then(|| "占".to_string());
    }
    // The `的` closing the object is trimmed with the link.
    let object = object.strip_suffix('的').unwrap_or(object);
    if object.chars().count() < 2 || !object.chars().all(crate::chars::is_han) {
        return None;
    }
    const WHOLES: &[&str] = &[
        "收入", "支出", "总额", "总量", "总值", "总数", "人口", "面积", "全国", "全省", "全市",
        "全区", "全县", "总和", "资金",
    ];
    // `占全市电力装机总容量的`, `占全省总装机的`: a whole named by its
    // place (`全市…`) or as a total (`总…`), not an average or a level.
    const TERRITORIES: &[&str] = &["全国", "全省", "全市", "全区", "全县"];
    let named_whole = (TERRITORIES.iter().any(|w| object.starts_with(w)) || object.contains('总'))
        && !["平均", "水平", "均值", "标准"]
            .iter()
            .any(|w| object.contains(w));
    const PLANS: &[&str] = &["预算", "计划", "目标", "任务", "上年", "同期", "去年"];
    // `占全部工业产值的`, `占规模以上工业的`: the whole named as such.
    const WHOLE_OPENINGS: &[&str] = &["全部", "规模以上", "规上"];
    // Any other whole (`占产业的`, `占城区的`) when no plan, past level or
    // average is in its words: a part of it cannot pass it.
    const NO_WHOLE: &[&str] = &["规划", "指标", "下达", "平均", "水平", "均值", "标准"];
    let other_whole = !PLANS.iter().chain(NO_WHOLE).any(|w| object.contains(w));
    let whole = ((WHOLES.iter().any(|w| object.ends_with(w)) || named_whole)
        && !PLANS.iter().any(|w| object.ends_with(w)))
        || (WHOLE_OPENINGS.iter().any(|w| object.starts_with(w))
            && !PLANS.iter().any(|w| object.contains(w)))
        || other_whole;
    whole.then(|| format!("占{object}"))
}

/// `…投资占44%，甲、乙和丙占16%，丁占23%`: parts of one whole left
/// unsaid, each named in a clause of its own with a bare `占`, two or more
/// in a row. A part cannot pass the whole it shares with the others. The
/// names carry no figure and no plan (`完成计划占`).
fn shares_in_a_row(head: &str, after: &str) -> Option<String> {
    let h = head.strip_suffix('占')?;
    // The clause opening the name: after a comma or a semicolon a share
    // may stand before it; after a full stop or a line break, none.
    let (before, name) = match h.rfind(['，', ',', '；', ';', '。', '\n']) {
        Some(at) => {
            let mark = h[at..].chars().next().unwrap_or('。');
            let before = (!matches!(mark, '。' | '\n')).then_some(&h[..at]);
            (before, &h[at + mark.len_utf8()..])
        }
        None => (None, h),
    };
    let name = name.trim_start_matches(is_space);
    let name = name.strip_prefix("其中").unwrap_or(name);
    let is_name = |name: &str| {
        (2..=24).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| crate::chars::is_han(c) || matches!(c, '、' | '“' | '”'))
            && !PLANNED
                .iter()
                .any(|w| name.contains(w) && !AMOUNT_PARTS.contains(w))
            // Work done, changes, and contributions to growth (which may
            // pass 100% when another part shrinks) are no parts.
            && !["完成", "增长", "增加", "提高", "下降", "贡献", "拉动", "率", "速"]
                .iter()
                .any(|w| name.contains(w))
    };
    if !is_name(name) {
        return None;
    }
    // The share before: its clause closes with `占N%`.
    let share_before = before.is_some_and(|b| {
        let b = ["左右", "以上"]
            .iter()
            .find_map(|q| b.strip_suffix(q))
            .unwrap_or(b);
        before_percent(b).is_some_and(|n| n.ends_with('占') && is_name(clause_tail(n)))
    });
    // The share after: the next clause is `name占N%`.
    let share_after = || {
        let rest = after
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .strip_prefix(['，', ',', '；', ';'])?;
        // The name within 24 characters: the search stays bounded.
        let window = &rest[..floor_boundary(rest, rest.len().min(24 * 3 + 3))];
        let end = window.find('占')?;
        let next = &rest[end + '占'.len_utf8()..];
        (is_name(&rest[..end]) && next.starts_with(|c: char| c.is_ascii_digit())).then_some(())
    };
    (share_before || share_after().is_some()).then(|| "占".to_string())
}

/// The name closing a `…name占`: after the last clause mark, without the
/// `占` and an opening `其中`.
fn clause_tail(words_with_zhan: &str) -> &str {
    let w = words_with_zhan
        .strip_suffix('占')
        .unwrap_or(words_with_zhan);
    let w = w.rsplit(['，', ',', '；', ';', '。']).next().unwrap_or(w);
    w.strip_prefix("其中").unwrap_or(w)
}

/// `新建农田40万亩，其中百亩以上的整块田占`: a part named in a clause of
/// its own (`其中` may open it) right after the clause stating the whole
/// amount (a number and its unit closing it); not against a plan.
fn part_named_after_amount(subject: &str) -> bool {
    let Some((before, part)) = subject.rsplit_once(['，', ',']) else {
        return false;
    };
    let part = part.strip_prefix("其中").unwrap_or(part);
    let named = part.chars().count() >= 2
        && part.ends_with(|c: char| crate::chars::is_han(c) || c == '”')
        && !part.contains(['%', '％', '：', ':']);
    let amount = before
        .rsplit(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let unit = amount.trim_end_matches(crate::chars::is_han);
    let closes_with_amount = unit.len() < amount.len()
        && (1..=3).contains(&amount[unit.len()..].chars().count())
        && unit.ends_with(|c: char| c.is_ascii_digit());
    named && closes_with_amount && !PLANNED.iter().any(|w| amount.contains(w))
}

/// Amounts a whole is made of, named by the part before a bare `占`.
const AMOUNT_PARTS: &[&str] = &["投资", "产值", "增加值", "税收", "营收", "营业收入"];

/// `工业投资占62%`, `、民间投资占58%`: a part of an amount named by
/// itself before a bare `占` (the whole, all of that amount, left
/// unsaid), in an item of its own with no figure, plan or target in it.
fn named_part_of_amount(subject: &str) -> bool {
    let item = subject
        .rsplit(['，', ',', '；', ';', '。', '、', '：', ':', '\n'])
        .next()
        .unwrap_or(subject);
    (3..=10).contains(&item.chars().count())
        && item.chars().all(crate::chars::is_han)
        && AMOUNT_PARTS
            .iter()
            .any(|a| item.ends_with(a) && item.len() > a.len())
        && !PLANNED
            .iter()
            .any(|w| !AMOUNT_PARTS.contains(w) && item.contains(w))
}

/// Words of a plan, a budget or money in a clause: work done against them
/// may pass 100% (`完成年度计划的112%`, `投资完成105%`).
const PLANNED: &[&str] = &[
    "计划", "目标", "任务", "预算", "年度", "指标", "下达", "投资", "资金", "元", "招商", "超额",
];

/// `征收补偿完成96.7%`, `项目完成总投资的60%`: how much of a piece of work
/// is done, said right after the work, or of its total (`总投资`,
/// `总工程量`), is a share of it; work done against a plan, a budget or a
/// sum of money (see [`PLANNED`]) is not read.
fn work_done(head: &str) -> Option<String> {
    let clause = head
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .next()
        .unwrap_or(head);
    let at = clause.rfind("完成")?;
    let (work, object) = (&clause[..at], &clause[at + "完成".len()..]);
    if object.is_empty() {
        // The work named, not a time (`全年完成`: against the year's plan).
        // Several works done each (`甲、乙项目分别完成`) may each be
        // measured against a plan of its own: not read.
        let each = ["分别", "均", "各", "都", "共", "累计"]
            .iter()
            .any(|w| work.ends_with(w));
        let named = work
            .chars()
            .rev()
            .take_while(|c| crate::chars::is_han(*c))
            .count()
            >= 2
            && !each
            && !work.ends_with(['年', '月', '季', '度', '底', '末', '期']);
        let planned = PLANNED.iter().any(|w| clause.contains(w));
        return (named && !planned).then(|| "完成".to_string());
    }
    // The `的` closing the total was trimmed with the link.
    let total = object.starts_with('总')
        && (2..=6).contains(&object.chars().count())
        && object.chars().all(crate::chars::is_han)
        && !PLANNED
            .iter()
            .any(|w| *w != "投资" && *w != "资金" && object.contains(w));
    // `完成工程量60%`, `完成甲院区总工程量的70%`: of the works' amount.
    let works = object.ends_with("工程量")
        && object.chars().all(crate::chars::is_han)
        && !PLANNED.iter().any(|w| object.contains(w));
    (total || works).then(|| format!("完成{object}"))
}

/// `…失业率均值`, `…失业率平均值` → `…失业率`: the average of a share over
/// the months of a year is a share of the same whole.
fn strip_average(head: &str) -> &str {
    ["平均值", "均值"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .filter(|h| h.ends_with('率') || SHARES.iter().any(|s| h.ends_with(s)))
        .unwrap_or(head)
}

/// `…收集率提升5个百分点、` → `…收集率`: a change in points printed
/// between a share's name and its level (`提升5个百分点、达68%`), with
/// the base it is measured from (`比上年`, `较2019年`) and an adverb.
fn strip_points_change(head: &str) -> &str {
    let Some(h) = head
        .strip_suffix(['、', '，', ','])
        .and_then(|h| h.strip_suffix("个百分点"))
    else {
        return head;
    };
    let number = h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if number.len() == h.len() {
        return head;
    }
    let Some(verb) = [
        "提高", "提升", "上升", "增加", "增长", "下降", "降低", "减少", "净增", "净减",
    ]
    .iter()
    .find(|v| number.ends_with(*v)) else {
        return head;
    };
    let mut rest = &number[..number.len() - verb.len()];
    // `比2019年` / `较上年`: a short base with no break.
    let base = chars_before(rest, rest.len(), 10);
    if let Some(p) = base.rfind(['比', '较'])
        && !base[p..].contains(['，', ',', '、'])
    {
        rest = &rest[..rest.len() - base.len() + p];
    }
    ADVERBS
        .iter()
        .find(|a| rest.ends_with(*a))
        .map_or(rest, |a| &rest[..rest.len() - a.len()])
}

/// Rates that may pass 100%, matched at the end of the name.
const UNBOUNDED_RATES: &[&str] = &[
    "增长率",
    "完成率",
    "自给率",
    "债务率",
    "负债率",
    "贡献率",
    "使用率",
    "产销率",
    "周转率",
    "回报率",
    "收益率",
    "利润率",
    "增值率",
    "效率",
    "汇率",
    "利率",
    "税率",
    "频率",
    "功率",
    "速率",
    "倍率",
    "比率",
    "出生率",
    "死亡率",
    "发病率",
    "产出率",
    "超额率",
    "执行率",
    "到位率",
    "兑现率",
    "拉动率",
    "转化率",
    "达产率",
    "上座率",
    "扩容率",
    "溢价率",
    "消化率",
    "竣工率",
    // Load against a design capacity: a plant may run overloaded
    // (`污水处理厂负荷率105%`).
    "负荷率",
    "完成比例",
    // A bank's reserves over its bad loans, its liquid assets over a
    // month's outflows, an insurer's capital over the capital required:
    // ratios of two stocks, commonly well over 100% (a bank's 资本充足率,
    // capital over its risk-weighted assets, stays a share).
    "拨备覆盖率",
    "流动性覆盖率",
    "偿付能力充足率",
    // Livestock sold over the herd at the year's start (`生猪出栏率158%`).
    "出栏率",
    // Dues collected over those due, arrears of past years among them
    // (`征缴率`: contributions levied, the same).
    "收缴率",
    "征缴率",
    // Shares traded in a year over the shares issued.
    "换手率",
    // A tax deduction of spending (`研发费用加计扣除比例提高到120%`) may
    // pass the spending itself.
    "扣除比例",
];

/// Words before `普及率` that make it a count per 100 people.
/// `互联网普及率` too: some reports count subscriptions per 100 people
/// under it, which may pass 100% as a phone's does.
const PER_HUNDRED: &[&str] = &[
    "电话",
    "手机",
    "移动",
    "宽带",
    "5G",
    "用户",
    "每百",
    "互联网",
];

/// The share word closing `name`: the longest of [`SHARES`], else any
/// bounded `…率` ([`other_bounded_rate`]).
fn share_name(name: &str) -> Option<String> {
    SHARES
        .iter()
        .filter(|s| name.ends_with(*s))
        .max_by_key(|s| s.len())
        .map(|s| (*s).to_string())
        .or_else(|| other_bounded_rate(name))
}

/// The most characters a `…率` name is read back over.
const MAX_RATE_NAME_CHARS: usize = 12;

/// `…率` names not in [`SHARES`] that are still shares: any `X率` but the
/// rates that may pass 100%.
fn other_bounded_rate(head: &str) -> Option<String> {
    // `污水治理（管控）率`: a second name in brackets before 率 is one
    // name with the first; the name is read without it and given whole.
    let bracketed = head
        .strip_suffix("）率")
        .and_then(|h| h.rsplit_once('（'))
        .filter(|(_, inside)| {
            (1..=6).contains(&inside.chars().count()) && inside.chars().all(crate::chars::is_han)
        })
        .map(|(words, _)| words);
    let words = bracketed.unwrap_or(head);
    // The name: the words ending with 率, up to a break or a figure, and
    // long enough to hold a full name (`城市生活污水集中收集率`), so that a
    // message does not cut one mid-word.
    let start = words
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(MAX_RATE_NAME_CHARS)
        .last()
        .map_or(words.len(), |(i, _)| i);
    let name = match bracketed {
        Some(_) => format!("{}率", &words[start..]),
        None => words[start..].to_string(),
    };
    let given = &head[start..];
    // Debts are cleared against a plan (`隐性债务年度化解率133.6%`).
    let bounded = name.ends_with('率')
        && name.chars().count() >= 2
        && !UNBOUNDED_RATES.iter().any(|r| name.ends_with(r))
        && !name.contains('债');
    bounded.then(|| given.to_string())
}

/// How many earlier values of a share are read back from a value: a list
/// of a dozen, or two lists of six from which the share moved.
const MAX_EARLIER_VALUES: usize = 12;

/// Words that join a share's earlier value to the next: `和`, `提高到`.
const JOINS: &[&str] = &[
    "提高到",
    "提升到",
    "上升到",
    "增长到",
    "增加到",
    "下降到",
    "降低到",
    "提高至",
    "提升至",
    "上升至",
    "增长至",
    "增至",
    "增加至",
    "下降至",
    "降低至",
    "降至",
    "升至",
    "跃升到",
    "跃升至",
    "攀升到",
    "攀升至",
    "回升到",
    "回升至",
    // A share widened or narrowed from its earlier value (`由50%扩大到80%`).
    "扩大到",
    "扩大至",
    "缩小到",
    "缩小至",
    "达到",
    "到",
    "至",
    "和",
    "、",
    "及",
];

/// `…占全市装机的41%、发电量的` → `…占全市装机的`: a `占` naming
/// several wholes, each with its own value; the earlier value and the
/// later whole (two to eight characters) go, so the share is read by its
/// first whole.
fn strip_earlier_whole(head: &str) -> Option<(&str, &'static str)> {
    let h = head.strip_suffix('的')?;
    let whole = h
        .chars()
        .rev()
        .take_while(|c| crate::chars::is_han(*c))
        .count();
    if !(2..=8).contains(&whole) {
        return None;
    }
    let h = h
        .trim_end_matches(crate::chars::is_han)
        .strip_suffix('、')?;
    let number = before_percent(h)?;
    (number.ends_with('的') && number.contains('占')).then_some((number, "、"))
}

/// `…城镇化率达到54%、市辖区达到` → `…城镇化率达到`, `…比例达到50%，
/// 到2030年均达到` → `…比例达到`: the same share carried on to a
/// further place named in a few words (no measure of its own) or to a
/// later year in a clause of its own, with the earlier value dropped.
fn carried_value(head: &str) -> Option<(&str, &'static str)> {
    let h = strip_link(head);
    if h.len() == head.trim_end_matches(is_space).len() {
        return None;
    }
    let (h, join) = match h.rsplit_once(['、', '，', ',']) {
        Some((before, words)) if h[before.len()..].starts_with('、') => {
            let change = ["增", "降", "提高", "提升", "减少", "扩大"]
                .iter()
                .any(|w| words.contains(w));
            let place = (2..=6).contains(&words.chars().count()) && bare_name(words) && !change;
            (before, if place { "、" } else { return None })
        }
        Some((before, words)) => (
            before,
            if later_year(words) {
                "，"
            } else {
                return None;
            },
        ),
        None => return None,
    };
    Some((before_percent(h)?.trim_end_matches(is_space), join))
}

/// `到2030年`, `2030年底`: a year in four digits, with `到`/`至` before
/// it and its end after it, and nothing else.
fn later_year(words: &str) -> bool {
    let w = words.trim_matches(is_space);
    let w = w.strip_prefix(['到', '至']).unwrap_or(w);
    let w = w
        .strip_suffix("年底")
        .or_else(|| w.strip_suffix("年末"))
        .or_else(|| w.strip_suffix('年'));
    w.is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// `…覆盖率由32%提高到` → `…覆盖率由`: one earlier percent value and the
/// word joining it to the figure.
fn strip_earlier_value(head: &str) -> Option<(&str, &'static str)> {
    // `降至目前的0.5%`, `提高到2020年的91%`: the later value's own time.
    let head = strip_period(head);
    // The longest join (`跃升至`, not its tail `升至`).
    let join = JOINS
        .iter()
        .filter(|j| head.ends_with(*j))
        .max_by_key(|j| j.len())?;
    let h = head[..head.len() - join.len()].trim_end_matches(is_space);
    // `超过50%、达到57%`: a verb joined to the earlier value by `、`.
    let h = match h.strip_suffix('、') {
        Some(rest) if !matches!(*join, "、" | "和" | "及") => rest.trim_end_matches(is_space),
        _ => h,
    };
    // `控制在3%以内和5.5%左右`: the earlier value with its own bound.
    let h = ["以内", "以上", "以下", "左右"]
        .iter()
        .find_map(|q| h.strip_suffix(q))
        .unwrap_or(h);
    Some((before_percent(h)?.trim_end_matches(is_space), *join))
}

/// `…占全市装机的41%` → `…占全市装机的`: the words before a percent value
/// closing `head`, or `None` if no such value closes it. The value may be
/// printed full-width (`４１％`) or spelled (`百分之四十一`), as older
/// reports print it.
fn before_percent(head: &str) -> Option<&str> {
    if let Some(h) = head.strip_suffix('%').or_else(|| head.strip_suffix('％')) {
        let number = h.trim_end_matches(|c: char| {
            crate::chars::digit_value(c).is_some() || c == '.' || c == '．'
        });
        return (number.len() < h.len()).then_some(number);
    }
    let (words, numeral) = head.rsplit_once("百分之")?;
    let spelled = !numeral.is_empty()
        && numeral
            .chars()
            .all(|c| crate::chars::chinese_digit(c).is_some() || "十百点".contains(c));
    spelled.then_some(words)
}

/// `、40.4%和12.4平方米，`: how many values of a list follow a value
/// (`after` starts right after it), each joined by `、`, `和` or `及` and
/// opening with a digit.
fn values_after(after: &str) -> usize {
    let mut rest = after;
    let mut count = 0;
    while let Some(value) = ["、", "和", "及"]
        .iter()
        .find_map(|join| rest.strip_prefix(join))
        .filter(|v| {
            v.starts_with(|c: char| crate::chars::digit_value(c).is_some())
                || v.starts_with("百分之")
        })
    {
        count += 1;
        let end = value
            .find(['、', '和', '及', '，', ',', '；', ';', '。', '\n'])
            .unwrap_or(value.len());
        rest = &value[end..];
    }
    count
}

/// The `position`th name of the `、`/`和` list closing `head` (before
/// `分别`), with its start in `head`, when it is a bounded share and the
/// list is cut where the names are, not inside one: every name of the
/// list is a rate or share of its own, or the list has as many names as
/// `values` (`绿地率、覆盖率和人均绿地面积分别提高到36%、40%和12平方米`).
fn listed_name(head: &str, position: usize, values: usize) -> Option<(usize, String)> {
    let clause_start = head
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let mut names: Vec<(usize, &str)> = Vec::new();
    let mut start = clause_start;
    for (i, c) in head[clause_start..].char_indices() {
        if matches!(c, '、' | '和') {
            names.push((start, &head[start..clause_start + i]));
            start = clause_start + i + c.len_utf8();
        }
    }
    names.push((start, &head[start..]));
    let rate_word = |n: &str| {
        SHARES.iter().any(|s| n.ends_with(s))
            || n.ends_with('率')
            || UNBOUNDED_RATES.iter().any(|r| n.ends_with(r))
    };
    if names.len() < 2 || !(names.iter().all(|(_, n)| rate_word(n)) || names.len() == values) {
        return None;
    }
    let (at, name) = *names.get(position)?;
    if !rate_word(name) {
        return None;
    }
    let bounded = all_names_bounded(name);
    bounded.then(|| {
        let share = share_name(name).unwrap_or_else(|| name.to_string());
        (at + name.len() - share.len(), share)
    })
}

/// One linking verb (`达到`, `控制在`) at the end of `head`.
/// The longest link wins (`下降到`, not its tail `降到`); an adverb before
/// it goes too.
fn strip_link(head: &str) -> &str {
    let head = head.trim_end_matches(is_space);
    // `提高到2025年的`: the value's own time after its link.
    let head = Some(strip_period(head))
        .filter(|h| h.len() < head.len() && LINKS.iter().any(|l| h.ends_with(l)))
        .unwrap_or(head);
    // `降到了`: a link with its `了`.
    let head = head
        .strip_suffix('了')
        .filter(|h| LINKS.iter().any(|l| h.ends_with(l)))
        .unwrap_or(head);
    let head = LINKS
        .iter()
        .filter(|l| head.ends_with(*l))
        .max_by_key(|l| l.len())
        .map_or(head, |l| &head[..head.len() - l.len()])
        .trim_end_matches(is_space);
    strip_adverbs(head)
}

/// Up to three adverbs at the end of `head` (`确保稳定`, `已连续三年`), a
/// run of years (`连续三年`, `连续5年`) or a month (`均在3月初就`) among
/// them.
fn strip_adverbs(mut head: &str) -> &str {
    for _ in 0..3 {
        let before = head;
        if let Some(a) = ADVERBS.iter().find(|a| head.ends_with(*a)) {
            head = &head[..head.len() - a.len()];
        } else if let Some(h) = strip_month(head) {
            head = h;
        } else if let Some(h) = head.strip_suffix('年') {
            let n = h.trim_end_matches(|c: char| {
                c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some()
            });
            if n.len() < h.len()
                && let Some(rest) = n.strip_suffix("连续")
            {
                head = rest;
            }
        }
        if head.len() == before.len() {
            break;
        }
    }
    head
}

/// `…率均在3月初` → `…率均`: a month the value was reached by, in
/// digits or Chinese numerals, with its part (`初`, `底`, `中旬`) and the
/// `在`/`于`/`到` before it; `None` if `head` closes with no month.
fn strip_month(head: &str) -> Option<&str> {
    const PARTS: &[&str] = &["上旬", "中旬", "下旬", "初", "底", "末", "份"];
    let h = PARTS
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .unwrap_or(head)
        .strip_suffix('月')?;
    let n = h
        .trim_end_matches(|c: char| c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some());
    let digits = h.len() - n.len();
    // One or two digits (`3月`, `12月`) or numerals (`三月`, `十二月`).
    if digits == 0 || digits > 6 {
        return None;
    }
    Some(n.strip_suffix(['在', '于', '到']).unwrap_or(n))
}

/// `…率再创新高，` → `…率`: a record the share sets, said in a clause of
/// its own between its name and its link (`创历史新高，达到…`).
fn strip_record(head: &str) -> &str {
    let Some(h) = head
        .strip_suffix(['，', ','])
        .and_then(|h| h.strip_suffix("新高"))
    else {
        return head;
    };
    let h = h.strip_suffix("历史").unwrap_or(h);
    match h.strip_suffix('创') {
        Some(h) => strip_adverbs(h.strip_suffix(['再', '又', '屡']).unwrap_or(h)),
        None => head,
    }
}

/// `…率由“十二五”末的` / `…率从2010年的` / `…率由2018年` → `…率`: a
/// base period after the name, and a comma before it (`…率，由2010年的`).
fn strip_base_period(head: &str) -> &str {
    let tail = chars_before(head, head.len(), 14);
    let tail_start = head.len() - tail.len();
    match tail.rfind(['由', '从']) {
        Some(p)
            if tail.ends_with('的')
                || p + '由'.len_utf8() == tail.len()
                || strip_period(tail).len() == p + '由'.len_utf8() =>
        {
            head[..tail_start + p].trim_end_matches(['，', ','])
        }
        _ => head,
    }
}

/// Times a value may be stated at, closing `head`.
const PERIODS: &[&str] = &[
    // A relative year with its end (`去年底`) before its bare end, which
    // would leave the `去` behind.
    "去年底",
    "去年末",
    "上年底",
    "上年末",
    "今年底",
    "今年末",
    "目前",
    "现在",
    "去年",
    "上年",
    "今年",
    "年底",
    "年末",
];

/// `…2020年的`, `…2018年底`, `…目前的` → `…`: one time closing `head`
/// (a year written in four digits, or a word of time), with its `的`.
fn strip_period(head: &str) -> &str {
    let h = head.strip_suffix('的').unwrap_or(head);
    // The longest (`去年底`, not its tail `年底`).
    if let Some(p) = PERIODS
        .iter()
        .filter(|p| h.ends_with(*p))
        .max_by_key(|p| p.len())
    {
        return &h[..h.len() - p.len()];
    }
    if let Some(rest) = strip_plan_period(h) {
        return rest;
    }
    let year = h
        .strip_suffix("年底")
        .or_else(|| h.strip_suffix("年末"))
        .or_else(|| h.strip_suffix('年'));
    if let Some(y) = year {
        // Digits half- or full-width (`１９７８年`, as older reports print).
        let number = y.trim_end_matches(|c: char| crate::chars::digit_value(c).is_some());
        if y[number.len()..].chars().count() == 4 {
            return number;
        }
    }
    // `五年前`, `10年前`: a time counted back from the report's.
    if let Some(y) = h.strip_suffix("年前") {
        let number = y.trim_end_matches(|c: char| {
            crate::chars::digit_value(c).is_some() || crate::chars::chinese_digit(c).is_some()
        });
        if number.len() < y.len() {
            return number;
        }
    }
    head
}

/// `…“十三五”末`, `…十四五期末`, `…“十三五”` → `…`: a five-year plan's
/// period (quoted or not, with its end), or `None`.
fn strip_plan_period(head: &str) -> Option<&str> {
    let h = ["期末", "末", "时期", "期间"]
        .iter()
        .find_map(|end| head.strip_suffix(end))
        .unwrap_or(head);
    let (h, quoted) = match h.strip_suffix(['”', '"']) {
        Some(inner) => (inner, true),
        None => (h, false),
    };
    let mut tail = h.chars().rev();
    let plan = tail.next() == Some('五')
        && tail
            .next()
            .is_some_and(|c| crate::chars::chinese_digit(c).is_some())
        && tail.next() == Some('十');
    if !plan {
        return None;
    }
    let rest = &h[..h.len() - "十三五".len()];
    if quoted {
        rest.strip_suffix(['“', '"'])
    } else {
        Some(rest)
    }
}

/// Whether `figure` is read as a percent that cannot pass 100%: a bounded
/// share, or a decrease or cut (`下降`, `压减`).
pub fn bounded_rate(text: &str, figure: &Figure) -> bool {
    figure.kind == FigureKind::Percent
        && (bounded_share(text, figure).is_some() || decrease_verb(text, figure).is_some())
}

/// How many things cut may be listed back from a value (`精简文件40%、
/// 会议30%、简报20%`).
const MAX_CUT_ITEMS: usize = 8;

/// `下降120%`, `压减20%`, `压缩一般性支出15%`, `精简文件40%、会议30%`: the
/// decrease or cut verb before the figure, unless the clause is about
/// losses (a loss can shrink past zero into profit) or an amount that may
/// turn negative.
fn decrease_verb(text: &str, figure: &Figure) -> Option<String> {
    let before = chars_before(text, figure.span.start, 40);
    let verb = verb_before(before.trim_end_matches(is_space))?;
    let clause = before
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(before, |p| &before[p..]);
    if clause.contains('亏') || SIGNED.iter().any(|w| clause.contains(w)) {
        return None;
    }
    Some(verb.to_string())
}

/// Amounts that may turn negative (a profit into a loss, a surplus into a
/// deficit): their fall may pass 100% (`利润总额下降126.5%`).
const SIGNED: &[&str] = &[
    "赤字",
    "利润",
    "盈利",
    "盈余",
    "结余",
    "顺差",
    "逆差",
    "净出口",
    "净流入",
];

/// The decrease or cut verb closing `head` (with its `了`), or a cut verb
/// before the thing cut, itself after the earlier values of a list of
/// things cut.
fn verb_before(head: &str) -> Option<&'static str> {
    let h = head.strip_suffix('了').unwrap_or(head);
    if let Some(verb) = DECREASES.iter().chain(CUTS).find(|v| h.ends_with(*v)) {
        return Some(verb);
    }
    // `浓度改善5%`: a concentration improves by falling.
    if h.strip_suffix("改善").is_some_and(|n| n.ends_with("浓度")) {
        return Some("改善");
    }
    // `分别下降19.4%、14.9%`: a later value of a list after one decrease.
    let mut listed = h;
    for _ in 0..MAX_CUT_ITEMS {
        let Some(rest) = listed.strip_suffix(['、', '和']) else {
            break;
        };
        let rest = ["以上", "左右"]
            .iter()
            .find_map(|q| rest.strip_suffix(q))
            .unwrap_or(rest);
        let Some(earlier) = before_percent(rest) else {
            break;
        };
        if let Some(verb) = DECREASES.iter().find(|v| earlier.ends_with(*v)) {
            return Some(verb);
        }
        listed = earlier;
    }
    let mut head = head;
    for _ in 0..MAX_CUT_ITEMS {
        let rest = match thing_cut(head)? {
            ThingCut::After(verb) => return Some(verb),
            ThingCut::Listed(rest) => rest,
        };
        if let Some(verb) = CUTS.iter().find(|v| rest.ends_with(*v)) {
            return Some(verb);
        }
        // `…文件40%、` before this thing: an earlier value of the list.
        let h = rest.strip_suffix('、')?;
        let h = h.strip_suffix("以上").unwrap_or(h);
        head = before_percent(h)?;
    }
    None
}

/// The thing cut closing a head: right after a cut verb, or on its own
/// with what comes before it.
enum ThingCut<'a> {
    After(&'static str),
    Listed(&'a str),
}

/// The thing cut closing `head`: two to ten characters of Chinese with no
/// word of a level or a change (`支出增长`, `占比`), which would make the
/// percent a rate of its own.
fn thing_cut(head: &str) -> Option<ThingCut<'_>> {
    const NOT_THINGS: &[char] = &[
        '增', '长', '升', '提', '达', '为', '占', '率', '比', '到', '至', '是', '降', '减', '的',
    ];
    let run_len: usize = head
        .chars()
        .rev()
        .take_while(|c| crate::chars::is_han(*c) && !NOT_THINGS.contains(c))
        .map(char::len_utf8)
        .sum();
    let run = &head[head.len() - run_len..];
    let thing_ok = |thing: &str| (2..=10).contains(&thing.chars().count());
    // `市政府精简督查考核事项`: the last cut verb inside the run.
    let inner = CUTS
        .iter()
        .filter_map(|v| run.rfind(*v).map(|at| (at + v.len(), *v)))
        .max_by_key(|(end, _)| *end);
    match inner {
        Some((end, verb)) => thing_ok(&run[end..]).then_some(ThingCut::After(verb)),
        None => thing_ok(run).then_some(ThingCut::Listed(&head[..head.len() - run_len])),
    }
}
