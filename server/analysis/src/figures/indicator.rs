//! Indicator names and their aliases: `规上工业增加值` and
//! `规模以上工业增加值` are one indicator.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

/// (alias as written, canonical name). The canonical name is itself an alias.
const ALIASES: &[(&str, &str)] = &[
    ("地区生产总值", "地区生产总值"),
    ("生产总值", "地区生产总值"),
    ("GDP", "地区生产总值"),
    ("全市生产总值", "地区生产总值"),
    ("全省生产总值", "地区生产总值"),
    ("全区生产总值", "地区生产总值"),
    ("经济总量", "地区生产总值"),
    ("国内生产总值", "国内生产总值"),
    ("国民生产总值", "国民生产总值"),
    ("国民收入", "国民收入"),
    ("规模以上工业增加值", "规模以上工业增加值"),
    ("规上工业增加值", "规模以上工业增加值"),
    ("规模以上工业企业增加值", "规模以上工业增加值"),
    ("工业增加值", "工业增加值"),
    ("规模以上工业总产值", "规模以上工业总产值"),
    ("规上工业总产值", "规模以上工业总产值"),
    ("工业总产值", "工业总产值"),
    ("规模以上工业企业利润", "规模以上工业企业利润"),
    ("规上工业企业利润", "规模以上工业企业利润"),
    ("第一产业增加值", "第一产业增加值"),
    ("第二产业增加值", "第二产业增加值"),
    ("第三产业增加值", "第三产业增加值"),
    ("服务业增加值", "服务业增加值"),
    ("农业增加值", "农业增加值"),
    ("农林牧渔业总产值", "农林牧渔业总产值"),
    ("农业总产值", "农业总产值"),
    ("固定资产投资", "固定资产投资"),
    ("全社会固定资产投资", "固定资产投资"),
    ("固投", "固定资产投资"),
    ("工业投资", "工业投资"),
    ("民间投资", "民间投资"),
    ("制造业投资", "制造业投资"),
    ("基础设施投资", "基础设施投资"),
    ("房地产开发投资", "房地产开发投资"),
    ("一般公共预算收入", "一般公共预算收入"),
    ("地方一般公共预算收入", "一般公共预算收入"),
    ("一般预算收入", "一般公共预算收入"),
    ("公共财政预算收入", "一般公共预算收入"),
    ("地方财政一般预算收入", "一般公共预算收入"),
    ("一般公共预算支出", "一般公共预算支出"),
    ("公共财政预算支出", "一般公共预算支出"),
    ("一般预算支出", "一般公共预算支出"),
    ("地方一般公共预算支出", "一般公共预算支出"),
    ("地方财政一般预算支出", "一般公共预算支出"),
    ("财政收入", "财政收入"),
    // The total counts what is remitted upward; the local share is a part
    // of it (`财政总收入36亿元，其中地方财政收入16亿元`): two indicators.
    ("地方财政收入", "地方财政收入"),
    ("财政总收入", "财政总收入"),
    ("财政支出", "财政支出"),
    ("税收收入", "税收收入"),
    ("社会消费品零售总额", "社会消费品零售总额"),
    ("社消零", "社会消费品零售总额"),
    ("社零总额", "社会消费品零售总额"),
    ("社零额", "社会消费品零售总额"),
    ("进出口总额", "进出口总额"),
    ("外贸进出口总额", "进出口总额"),
    ("外贸进出口", "进出口总额"),
    ("货物进出口总额", "进出口总额"),
    ("货物进出口", "进出口总额"),
    ("货物贸易进出口", "进出口总额"),
    ("进出口", "进出口总额"),
    ("出口总额", "出口"),
    ("出口", "出口"),
    ("进口", "进口"),
    ("实际使用外资", "实际使用外资"),
    ("实际利用外资", "实际使用外资"),
    ("城镇调查失业率", "城镇调查失业率"),
    ("调查失业率", "城镇调查失业率"),
    ("城镇登记失业率", "城镇登记失业率"),
    ("登记失业率", "城镇登记失业率"),
    ("城镇新增就业", "城镇新增就业"),
    ("新增城镇就业", "城镇新增就业"),
    ("居民消费价格", "居民消费价格"),
    ("居民消费价格涨幅", "居民消费价格"),
    ("CPI", "居民消费价格"),
    ("物价总水平", "居民消费价格"),
    ("居民人均可支配收入", "居民人均可支配收入"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
    ("城镇常住居民人均可支配收入", "城镇居民人均可支配收入"),
    ("城镇人均可支配收入", "城镇居民人均可支配收入"),
    ("农村居民人均可支配收入", "农村居民人均可支配收入"),
    ("农村常住居民人均可支配收入", "农村居民人均可支配收入"),
    ("农民人均纯收入", "农村居民人均纯收入"),
    ("农村居民人均纯收入", "农村居民人均纯收入"),
    ("粮食产量", "粮食产量"),
    ("粮食总产量", "粮食产量"),
    ("粮食总产", "粮食产量"),
    ("单位地区生产总值能耗", "单位地区生产总值能耗"),
    ("单位GDP能耗", "单位地区生产总值能耗"),
    ("万元地区生产总值能耗", "单位地区生产总值能耗"),
    ("万元GDP能耗", "单位地区生产总值能耗"),
    ("单位生产总值能耗", "单位地区生产总值能耗"),
    ("万元生产总值能耗", "单位地区生产总值能耗"),
    ("单位国内生产总值能耗", "单位国内生产总值能耗"),
    ("单位国内生产总值能源消耗", "单位国内生产总值能耗"),
    ("常住人口城镇化率", "常住人口城镇化率"),
    ("城镇化率", "常住人口城镇化率"),
    // Counted over registered residents: another rate, well below the
    // one over residents (`常住人口城镇化率47.8%，户籍人口城镇化率39.6%`).
    ("户籍人口城镇化率", "户籍人口城镇化率"),
    ("户籍城镇化率", "户籍人口城镇化率"),
    ("森林覆盖率", "森林覆盖率"),
    ("赤字率", "赤字率"),
    ("财政赤字率", "赤字率"),
    ("研发经费投入强度", "研发经费投入强度"),
    ("研发投入强度", "研发经费投入强度"),
    ("全社会研发投入", "研发经费投入"),
    ("研发经费投入", "研发经费投入"),
    ("旅游总收入", "旅游总收入"),
    ("旅游收入", "旅游总收入"),
    ("接待游客", "接待游客"),
    ("游客接待量", "接待游客"),
    ("旅游人数", "接待游客"),
    ("旅游人次", "接待游客"),
    ("游客人数", "接待游客"),
    ("旅游接待人数", "接待游客"),
    ("空气质量优良天数比例", "空气质量优良天数比例"),
    ("优良天数比例", "空气质量优良天数比例"),
    ("空气优良天数比例", "空气质量优良天数比例"),
    ("金融机构存款余额", "金融机构存款余额"),
    ("金融机构贷款余额", "金融机构贷款余额"),
    ("存款余额", "金融机构存款余额"),
    ("贷款余额", "金融机构贷款余额"),
    ("减税降费", "减税降费"),
    ("财政赤字", "财政赤字"),
    ("中央财政赤字", "中央财政赤字"),
    ("人均地区生产总值", "人均地区生产总值"),
    ("人均生产总值", "人均地区生产总值"),
    ("人均GDP", "人均地区生产总值"),
    ("人均国内生产总值", "人均国内生产总值"),
];

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        // First bytes shared with most Chinese characters: a prefilter
        // would stop everywhere.
        .prefilter(false)
        .build(ALIASES.iter().map(|(alias, _)| *alias))
        .ok()
});

/// An indicator named in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    pub span: Range<usize>,
    pub canonical: &'static str,
}

/// The indicator names inside `ranges`, in order, longest alias first at
/// each place (`ranges` ascending, disjoint, each starting
/// at a clause boundary so that no name is cut).
pub(crate) fn mentions_in(text: &str, ranges: &[Range<usize>]) -> Vec<Mention> {
    let Some(matcher) = MATCHER.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for range in ranges {
        let input = Input::new(text).range(range.clone());
        out.extend(matcher.find_iter(input).filter_map(|m| {
            let (_, canonical) = ALIASES.get(m.pattern().as_usize())?;
            Some(Mention {
                span: m.range(),
                canonical,
            })
        }));
    }
    out
}

/// The canonical name of an indicator alias (`固投` → `固定资产投资`), or
/// `None` when the name is not in the table.
pub fn canonical_indicator(name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map(|(_, canonical)| *canonical)
}

/// What an indicator measures, coarsely: the flow its amount belongs to.
/// An amount of one never holds an amount of another (spending is no part
/// of revenue, investment no part of output), whatever the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// Output and value added (`地区生产总值`, `工业增加值`, `农业总产值`).
    Output,
    Investment,
    /// Public revenue, local or total, and its taxes.
    Revenue,
    /// Public spending.
    Spending,
    /// Retail sales.
    Retail,
    /// Foreign trade, either way.
    Trade,
    /// Foreign capital used.
    ForeignCapital,
    Deposits,
    Loans,
    /// Revenue from tourism: not public revenue.
    TourismRevenue,
}

/// The measure of a canonical indicator name, or `None` for an indicator
/// of no amount (a rate, a count of people) or one not sorted here.
pub(crate) fn measure_of(canonical: &str) -> Option<Measure> {
    use Measure::*;
    Some(match canonical {
        "地区生产总值"
        | "国内生产总值"
        | "国民生产总值"
        | "国民收入"
        | "规模以上工业增加值"
        | "工业增加值"
        | "规模以上工业总产值"
        | "工业总产值"
        | "第一产业增加值"
        | "第二产业增加值"
        | "第三产业增加值"
        | "服务业增加值"
        | "农业增加值"
        | "农林牧渔业总产值"
        | "农业总产值" => Output,
        "固定资产投资"
        | "工业投资"
        | "民间投资"
        | "制造业投资"
        | "基础设施投资"
        | "房地产开发投资" => Investment,
        "一般公共预算收入" | "财政收入" | "地方财政收入" | "财政总收入" | "税收收入" => {
            Revenue
        }
        "一般公共预算支出" | "财政支出" => Spending,
        "社会消费品零售总额" => Retail,
        "进出口总额" | "出口" | "进口" => Trade,
        "实际使用外资" => ForeignCapital,
        "金融机构存款余额" => Deposits,
        "金融机构贷款余额" => Loans,
        "旅游总收入" => TourismRevenue,
        _ => return None,
    })
}

/// Whether two figures' indicators measure different flows, both known:
/// the one cannot be a part of the other.
pub(crate) fn other_measures(a: Option<&str>, b: Option<&str>) -> bool {
    match (a.and_then(measure_of), b.and_then(measure_of)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}
