//! Shares of things counted: a percent telling how many of a set of things
//! are meant. Of all the villages, clinics or matters there are, no more
//! than all can be meant, so such a share is bounded by 100% whatever its
//! name. It is written two ways:
//! - the percent before the things (`75%的社区`,
//!   `80%以上卫生院`, or a list of labelled percents before them,
//!   `省级95%、市级85%以上办件`);
//! - the things before a link and the percent (`有专职医生的村达到90%`,
//!   `优良水体达100%`, `产值达到全市40%`).

use crate::chars::is_han;

/// Nouns of things a share counts: places, institutions, matters and
/// households, and the amount of work or output a share is taken of.
const THINGS: &[&str] = &[
    "行政村",
    "村庄",
    "社区",
    "街道",
    "乡镇",
    "卫生室",
    "卫生院",
    "幸福院",
    "医院",
    "医疗机构",
    "机构",
    "学校",
    "中小学",
    "幼儿园",
    "企业",
    "事项",
    "办件",
    "案件",
    "农户",
    "家庭",
    "人口",
    "水体",
    "断面",
    "零部件",
    "面积",
    "政策",
    "村民小组",
    "村集体",
    "户数",
    // Places and people counted (`50%以上的城市`, `90%县区`, `毕业生60%
    // 留在本地`, `在园幼儿超过50%`).
    "城市",
    "县区",
    "毕业生",
    "幼儿",
];

/// Amounts a share is taken of (`70%的新兴产业产值`, `产值达到全市40%`):
/// read before a link only when the whole is named (`全市`), since an
/// amount stated bare may be compared with a plan or a year.
const AMOUNTS: &[&str] = &["产值", "财力"];

/// Things and amounts counted only when the percent stands before them
/// (`不到10%的土地`, `46.9%的投资`, `84%以上的新建项目`, `40%以上集体
/// 经济组织`): before a link they may be measured against a plan
/// (`项目投资达到105%`), so they are not read there.
const THINGS_AFTER_ONLY: &[&str] = &["项目", "土地", "用地", "投资", "税收", "组织"];

/// Single-character things (`村`, `镇`, `县`): read only after `的`
/// (`收入过10万元的村`), or alone after the percent (`90%的县，`), never
/// in a territory (`全县`), a word of land (`农村`, `城镇`) or a longer
/// noun (`县城`, `村民`).
const SHORT_THINGS: &[&str] = &["村", "镇", "县"];

/// Words that make a percent before things a rate of change or a
/// standard, not a share of them (`增长20%的企业`, `15%的税率`,
/// `120%的水平`): the things are then not what the percent counts.
const NOT_COUNTED: &[&str] = &[
    "增长", "增速", "增幅", "速度", "幅度", "目标", "水平", "标准", "比例", "税", "费", "补贴",
    "奖励", "扣除", "贷款", "利", "股",
];

/// `加计扣除75%政策`, `补贴50%企业`: a percent right after a word of a
/// rate or a standard ([`NOT_COUNTED`]) is that rate, not a share of the
/// things after it. `before` ends at the percent.
pub(super) fn rate_word_before(before: &str) -> bool {
    NOT_COUNTED.iter().any(|w| before.ends_with(w))
}

/// Territories a whole is named by after a link (`达到全市40%`).
const TERRITORIES: &[&str] = &["全国", "全省", "全市", "全区", "全县"];

/// `75%的社区…` / `80%以上卫生院…`: the thing the percent ending at `end`
/// counts, with its start; `None` when no thing follows closely.
pub(super) fn things_after(text: &str, end: usize) -> Option<(usize, &'static str)> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix("以上").unwrap_or(rest);
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let start = text.len() - rest.len();
    // The noun right after the percent: its first few characters (a
    // thing may close a noun of nine, `依申请政务服务事项`).
    let words: String = rest.chars().take_while(|c| is_han(*c)).take(10).collect();
    let (at, thing) = THINGS
        .iter()
        .chain(AMOUNTS)
        .chain(THINGS_AFTER_ONLY)
        .chain(SHORT_THINGS.iter().filter(|t| words == **t))
        .filter_map(|t| words.find(t).map(|p| (p, *t)))
        .min_by_key(|(p, t)| (*p, std::cmp::Reverse(t.len())))?;
    // `税收` is counted, though `15%的税率` is not.
    let named = if thing == "税收" {
        at
    } else {
        at + thing.len()
    };
    if NOT_COUNTED.iter().any(|w| words[..named].contains(w)) {
        return None;
    }
    // `完成计划120%的投资任务`: a share of a plan may pass 100%;
    // `120%的投资增长`, `120%的税收规模`: a measure of an amount is no
    // share of it (things measured are still counted: `40%的组织收益超…`).
    const MEASURED: &[&str] = &[
        "增", "率", "比", "强度", "回报", "收益", "效益", "规模", "水平", "速度",
    ];
    if THINGS_AFTER_ONLY.contains(&thing)
        && (planned_near(text, end, &words)
            || ["投资", "税收"].contains(&thing)
                && MEASURED
                    .iter()
                    .any(|m| words[at + thing.len()..].starts_with(m)))
    {
        return None;
    }
    // `120%的人口增长`: a change of the things is measured, not the things
    // counted (a share of a growth may pass 100%).
    const CHANGES: &[&str] = &["增长", "增量", "增幅", "增速"];
    if CHANGES
        .iter()
        .any(|m| words[at + thing.len()..].starts_with(m))
    {
        return None;
    }
    Some((start + at, thing))
}

/// Words of a plan or a task in the few characters before the percent
/// ending at `end`, or in the noun after it.
fn planned_near(text: &str, end: usize, words: &str) -> bool {
    const PLANS: &[&str] = &["计划", "目标", "任务", "预算", "年度", "指标"];
    let mut from = end.saturating_sub(36);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..end];
    PLANS
        .iter()
        .any(|w| before.contains(w) || words.contains(w))
}

/// `省级95%、市级85%以上办件`: a percent ending at `end` followed by more
/// labelled percents (a label of up to four characters each) that the
/// things after the last one are counted by; the thing and its start.
pub(super) fn things_after_list(text: &str, end: usize) -> Option<(usize, &'static str)> {
    let mut at = end;
    for _ in 0..4 {
        if let Some(found) = things_after(text, at) {
            return Some(found);
        }
        let rest = text.get(at..)?.strip_prefix('、')?;
        let label = rest.chars().take_while(|c| is_han(*c)).count();
        if !(1..=4).contains(&label) {
            return None;
        }
        let number = rest
            .char_indices()
            .nth(label)
            .map_or(rest.len(), |(i, _)| i);
        let digits = rest[number..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len() - number);
        if digits == 0 || !rest[number + digits..].starts_with('%') {
            return None;
        }
        at = text.len() - rest.len() + number + digits + '%'.len_utf8();
    }
    None
}

/// `…有专职医生的村` / `…优良水体` / `产值达到全市` (the words before a
/// percent, its link stripped): the things the percent counts, as the
/// words closing `head` from the thing on. `strip_link` takes a link off
/// a head.
pub(super) fn things_before(head: &str, strip_link: impl Fn(&str) -> &str) -> Option<&str> {
    let (named, whole) = match TERRITORIES.iter().find(|t| head.ends_with(*t)) {
        Some(t) => (strip_link(&head[..head.len() - t.len()]), true),
        None => (head, false),
    };
    let from = |thing: &str| Some(&head[named.len() - thing.len()..]);
    let amounts = AMOUNTS.iter().filter(|_| whole);
    if let Some(thing) = THINGS.iter().chain(amounts).find(|t| named.ends_with(*t)) {
        return from(thing);
    }
    if let Some(thing) = SHORT_THINGS
        .iter()
        .find(|t| named.strip_suffix(*t).is_some_and(|h| h.ends_with('的')))
    {
        return from(thing);
    }
    // `优良水质`, `优良水体`: the share of them in good state.
    let tail = named
        .char_indices()
        .rev()
        .nth(4)
        .map_or(named, |(i, _)| &named[i..]);
    let good = tail.find("优良")?;
    let name = &tail[good..];
    (name.chars().count() >= 3 && name.chars().all(is_han)).then(|| from(name))?
}
