//! Percents of the things after them (`75%的社区`), of a territory, of a
//! ranking: shares read from the words around the value.

use super::*;

/// `75%的社区`, `省级95%、市级85%以上办件`: a percent before the things it
/// counts, with the thing's start and its word. Not a change (`增长20%的
/// 企业`) nor a rate of a name of its own (`增速20%以上的企业`).
pub(super) fn share_of_things(text: &str, figure: &Figure) -> Option<(usize, String)> {
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
pub(super) const NOT_THINGS_AFTER: &[&str] = &[
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
pub(super) fn opening_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
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
pub(super) fn territory_opening(clause: &str) -> Option<&str> {
    let rest = clause.strip_prefix('全')?;
    let place = rest.chars().next().filter(|c| crate::chars::is_han(*c))?;
    Some(&rest[place.len_utf8()..])
}

/// Verbs of a measure reaching a share of the things after it (`惠及90%的
/// 学生`).
pub(super) const REACHES: &[&str] = &["惠及", "覆盖", "涵盖"];

/// Wholes ranked, or words of ranking, before `前N%` (`进入全国前10%`,
/// `排名前5%`).
pub(super) const RANKED: &[&str] = &[
    "全国", "全省", "全市", "全区", "全球", "世界", "同类", "同行", "排名", "位列", "位居", "跻身",
    "进入",
];

/// `进入全国前10%`: the top of a ranking as a percent is a share of those
/// ranked. The start of its `前` in `before` (which ends at the figure).
pub(super) fn top_share(before: &str, figure: &Figure) -> Option<usize> {
    if figure.kind != FigureKind::Percent {
        return None;
    }
    let head = before.strip_suffix('前')?;
    RANKED
        .iter()
        .any(|w| head.ends_with(w))
        .then_some(head.len())
}

/// `达到标准的在产煤矿超过50%`, `能使用通用语言的村干部达92.5%`: things
/// picked out by a clause closed with `的` (two to six characters of no
/// measure after it), before a link and the percent: the share of them
/// among all such things.
pub(super) fn relative_things(head: &str) -> Option<String> {
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
