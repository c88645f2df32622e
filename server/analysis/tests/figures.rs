//! Table-driven tests of the quantity parser, on sentences written for these
//! tests in the style of government work reports, plus a run over the real
//! corpus in `../shared/corpus` and inputs that must not panic.

use std::fs;
use std::path::{Path, PathBuf};

use report_analysis::figures::{
    Figure, FigureKind, Period, Qualifier, canonical_indicator, clause_range, parse_number, scan,
};

fn only(text: &str) -> Figure {
    let figures = scan(text);
    assert_eq!(
        figures.len(),
        1,
        "{text:?}: expected one figure, got {:?}",
        figures.iter().map(|f| f.text(text)).collect::<Vec<_>>()
    );
    figures.into_iter().next().unwrap()
}

fn close(a: f64, b: f64) -> bool {
    if a.is_infinite() || b.is_infinite() {
        return a == b;
    }
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// (text, figure text, value, low, high, unit, kind, qualifier)
type Row = (
    &'static str,
    &'static str,
    f64,
    f64,
    f64,
    &'static str,
    FigureKind,
    Option<Qualifier>,
);

const INF: f64 = f64::INFINITY;
use FigureKind::{Amount, Count, Duration, Measure, Percent, Points, Ratio};
use Qualifier::{About, More, Over, Range, Under};

const FORMS: &[Row] = &[
    // A space split by a PDF before the place word carries on the digits.
    (
        "蔬菜产量达到 51.65 万吨。",
        "51.65 万吨",
        51.65e4,
        51.645e4,
        51.655e4,
        "吨",
        Measure,
        None,
    ),
    // Arabic with multipliers, the written value ± half a unit of its last digit.
    (
        "税收收入完成439.23亿元。",
        "439.23亿元",
        439.23e8,
        439.225e8,
        439.235e8,
        "元",
        Amount,
        None,
    ),
    (
        "共减免税费8.3亿元。",
        "8.3亿元",
        8.3e8,
        8.25e8,
        8.35e8,
        "元",
        Amount,
        None,
    ),
    (
        "投入专项资金6千万元，",
        "6千万元",
        6e7,
        5.5e7,
        6.5e7,
        "元",
        Amount,
        None,
    ),
    (
        "新建厂房4.3万平方米，",
        "4.3万平方米",
        43000.0,
        42500.0,
        43500.0,
        "平方米",
        Measure,
        None,
    ),
    (
        "减免7154万元。",
        "7154万元",
        7154e4,
        7153.5e4,
        7154.5e4,
        "元",
        Amount,
        None,
    ),
    (
        "总额达到4.16万亿元，",
        "4.16万亿元",
        4.16e12,
        4.155e12,
        4.165e12,
        "元",
        Amount,
        None,
    ),
    (
        "发放贷款1,200万元，",
        "1,200万元",
        1.2e7,
        1199.5e4,
        1200.5e4,
        "元",
        Amount,
        None,
    ),
    (
        "财政收入２４０００亿元，",
        "２４０００亿元",
        2.4e12,
        23999.5e8,
        24000.5e8,
        "元",
        Amount,
        None,
    ),
    (
        "全年收入２７，２０３，３１９元。",
        "２７，２０３，３１９元",
        27203319.0,
        27203318.5,
        27203319.5,
        "元",
        Amount,
        None,
    ),
    (
        "挖运土方2千万方，",
        "2千万方",
        2e7,
        1.5e7,
        2.5e7,
        "立方米",
        Measure,
        None,
    ),
    (
        "人均产值42万元/人以上，",
        "42万元/人以上",
        42e4,
        41.5e4,
        INF,
        "元/人",
        Amount,
        Some(Over),
    ),
    (
        "人均达到3.2万美元，",
        "3.2万美元",
        32000.0,
        31500.0,
        32500.0,
        "美元",
        Amount,
        None,
    ),
    (
        "新增装机120万千瓦，",
        "120万千瓦",
        1.2e6,
        1.195e6,
        1.205e6,
        "千瓦",
        Measure,
        None,
    ),
    (
        "节能30万吨标准煤，",
        "30万吨标准煤",
        3e5,
        2.95e5,
        3.05e5,
        "吨标准煤",
        Measure,
        None,
    ),
    (
        "新建道路23公里，",
        "23公里",
        23.0,
        22.5,
        23.5,
        "公里",
        Measure,
        None,
    ),
    // Qualifiers.
    (
        "整改问题超42万个，",
        "超42万个",
        42e4,
        41.5e4,
        INF,
        "个",
        Count,
        Some(Over),
    ),
    (
        "参保人数逾3万人，",
        "逾3万人",
        3e4,
        2.5e4,
        INF,
        "人",
        Count,
        Some(Over),
    ),
    (
        "覆盖率达到99%以上。",
        "99%以上",
        99.0,
        98.5,
        INF,
        "%",
        Percent,
        Some(Over),
    ),
    (
        "造林面积不低于200万亩，",
        "不低于200万亩",
        2e6,
        1.995e6,
        INF,
        "亩",
        Measure,
        Some(Over),
    ),
    (
        "服务群众近800万人次，",
        "近800万人次",
        8e6,
        0.0,
        800.5e4,
        "人次",
        Count,
        Some(Under),
    ),
    (
        "节约资金近亿元。",
        "近亿元",
        1e8,
        0.0,
        1.5e8,
        "元",
        Amount,
        Some(Under),
    ),
    (
        "失业率控制在5.5%以内，",
        "5.5%以内",
        5.5,
        0.0,
        5.55,
        "%",
        Percent,
        Some(Under),
    ),
    (
        "不到3个月就建成，",
        "不到3个月",
        3.0,
        0.0,
        3.5,
        "个月",
        Duration,
        Some(Under),
    ),
    (
        "培育企业270余家，",
        "270余家",
        270.0,
        270.0,
        280.0,
        "家",
        Count,
        Some(More),
    ),
    (
        "开展活动4万余人次，",
        "4万余人次",
        4e4,
        4e4,
        5e4,
        "人次",
        Count,
        Some(More),
    ),
    (
        "建成站点1200余个。",
        "1200余个",
        1200.0,
        1200.0,
        1300.0,
        "个",
        Count,
        Some(More),
    ),
    (
        "全市七万一千八百多人参加，",
        "七万一千八百多人",
        71800.0,
        71800.0,
        71900.0,
        "人",
        Count,
        Some(More),
    ),
    (
        "吸纳十余万人就业，",
        "十余万人",
        1e5,
        1e5,
        2e5,
        "人",
        Count,
        Some(More),
    ),
    (
        "增长6.5%左右，",
        "6.5%左右",
        6.5,
        6.175,
        6.825,
        "%",
        Percent,
        Some(About),
    ),
    (
        "增长5%左右，",
        "5%左右",
        5.0,
        4.0,
        6.0,
        "%",
        Percent,
        Some(About),
    ),
    (
        "投资约400万元，",
        "约400万元",
        4e6,
        3.8e6,
        4.2e6,
        "元",
        Amount,
        Some(About),
    ),
    (
        "价格涨幅3%上下。",
        "3%上下",
        3.0,
        2.0,
        4.0,
        "%",
        Percent,
        Some(About),
    ),
    // Ranges: one figure, the ends as low and high.
    (
        "预期增长5%至5.5%。",
        "5%至5.5%",
        5.25,
        4.95,
        5.55,
        "%",
        Percent,
        Some(Range),
    ),
    (
        "预期增长6%－6.5%。",
        "6%－6.5%",
        6.25,
        5.95,
        6.55,
        "%",
        Percent,
        Some(Range),
    ),
    (
        "预期增长4.5%-5%。",
        "4.5%-5%",
        4.75,
        4.45,
        5.05,
        "%",
        Percent,
        Some(Range),
    ),
    (
        "预期增长5%—5.5%。",
        "5%—5.5%",
        5.25,
        4.95,
        5.55,
        "%",
        Percent,
        Some(Range),
    ),
    (
        "预期增长6-6.5%。",
        "6-6.5%",
        6.25,
        5.95,
        6.55,
        "%",
        Percent,
        Some(Range),
    ),
    (
        "每户补助5万～10万元。",
        "5万～10万元",
        7.5e4,
        4.5e4,
        10.5e4,
        "元",
        Amount,
        Some(Range),
    ),
    (
        "每户补助3-5万元。",
        "3-5万元",
        4e4,
        2.5e4,
        5.5e4,
        "元",
        Amount,
        Some(Range),
    ),
    (
        "建设一到五个园区。",
        "一到五个",
        3.0,
        0.5,
        5.5,
        "个",
        Count,
        Some(Range),
    ),
    (
        "年均增长百分之四到五。",
        "百分之四到五",
        4.5,
        3.5,
        5.5,
        "%",
        Percent,
        Some(Range),
    ),
    // Percentages and points kept apart.
    (
        "增速高于全国0.4个百分点。",
        "0.4个百分点",
        0.4,
        0.35,
        0.45,
        "个百分点",
        Points,
        None,
    ),
    (
        "比上年提高2个百分点以上。",
        "2个百分点以上",
        2.0,
        1.5,
        INF,
        "个百分点",
        Points,
        Some(Over),
    ),
    (
        "国民收入增长百分之七点九。",
        "百分之七点九",
        7.9,
        7.85,
        7.95,
        "%",
        Percent,
        None,
    ),
    (
        "人口增长率千分之五。",
        "千分之五",
        0.5,
        0.45,
        0.55,
        "%",
        Percent,
        None,
    ),
    (
        "七成以上的企业盈利。",
        "七成以上",
        70.0,
        65.0,
        INF,
        "%",
        Percent,
        Some(Over),
    ),
    (
        "增长负3.9%。",
        "负3.9%",
        -3.9,
        -3.95,
        -3.85,
        "%",
        Percent,
        None,
    ),
    (
        "增长-2.1%。",
        "-2.1%",
        -2.1,
        -2.15,
        -2.05,
        "%",
        Percent,
        None,
    ),
    // Ratios.
    (
        "三分之一的乡镇完成改造。",
        "三分之一",
        1.0 / 3.0,
        1.0 / 3.0 - 0.005,
        1.0 / 3.0 + 0.005,
        "分之",
        Ratio,
        None,
    ),
    ("产值增长2倍。", "2倍", 2.0, 1.5, 2.5, "倍", Ratio, None),
    // Chinese numerals before a measure word.
    ("办好十件实事。", "十件", 10.0, 9.5, 10.5, "件", Count, None),
    ("分两批开工。", "两批", 2.0, 1.5, 2.5, "批", Count, None),
    ("抓好三个重点。", "三个", 3.0, 2.5, 3.5, "个", Count, None),
    (
        "做好五个方面工作。",
        "五个",
        5.0,
        4.5,
        5.5,
        "个",
        Count,
        None,
    ),
    (
        "建成一百二十三万平方米。",
        "一百二十三万平方米",
        123e4,
        122.5e4,
        123.5e4,
        "平方米",
        Measure,
        None,
    ),
    (
        "累计投资一千零一万元。",
        "一千零一万元",
        1001e4,
        1000.5e4,
        1001.5e4,
        "元",
        Amount,
        None,
    ),
    (
        "粮食产量八千亿斤。",
        "八千亿斤",
        8e11,
        7.5e11,
        8.5e11,
        "斤",
        Measure,
        None,
    ),
    (
        "运输一吨半货物。",
        "一吨半",
        1.5,
        1.25,
        1.75,
        "吨",
        Measure,
        None,
    ),
    // Durations are Duration, never amounts.
    (
        "连续20年保持安全。",
        "20年",
        20.0,
        19.5,
        20.5,
        "年",
        Duration,
        None,
    ),
    (
        "用三年时间完成。",
        "三年",
        3.0,
        2.5,
        3.5,
        "年",
        Duration,
        None,
    ),
];

#[test]
fn forms_read_as_intervals() {
    let mut failures = Vec::new();
    for &(text, figure_text, value, low, high, unit, kind, qualifier) in FORMS {
        let figures = scan(text);
        let Some(f) = figures.iter().find(|f| f.text(text) == figure_text) else {
            failures.push(format!(
                "{text:?}: no figure {figure_text:?} in {:?}",
                figures.iter().map(|f| f.text(text)).collect::<Vec<_>>()
            ));
            continue;
        };
        let got = (f.value, f.low, f.high, f.unit.as_str(), f.kind, f.qualifier);
        let ok = close(f.value, value)
            && close(f.low, low)
            && close(f.high, high)
            && f.unit == unit
            && f.kind == kind
            && f.qualifier == qualifier;
        if !ok {
            failures.push(format!(
                "{figure_text:?}: got {got:?}, expected {:?}",
                (value, low, high, unit, kind, qualifier)
            ));
        }
        assert_eq!(
            figures.len(),
            1,
            "{text:?} holds one figure, got {:?}",
            figures.iter().map(|f| f.text(text)).collect::<Vec<_>>()
        );
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn list_of_targets_shares_a_trailing_qualifier() {
    let text = "城乡居民收入分别增长6%、6.5%左右。";
    let figures = scan(text);
    let texts: Vec<&str> = figures.iter().map(|f| f.text(text)).collect();
    assert_eq!(texts, ["6%", "6.5%左右"]);
    assert_eq!(figures[0].qualifier, Some(About));
    assert!(close(figures[0].low, 5.0) && close(figures[0].high, 7.0));
    // A qualifier in front of the last item does not spread.
    let text = "净增98万户、突破1900万户。";
    let figures = scan(text);
    assert_eq!(figures[0].qualifier, None);
    assert_eq!(figures[1].qualifier, Some(Over));
}

#[test]
fn change_between_two_levels_is_two_figures() {
    let text = "总量从4.16万亿元增加到5.67万亿元。";
    let figures = scan(text);
    let texts: Vec<&str> = figures.iter().map(|f| f.text(text)).collect();
    assert_eq!(texts, ["4.16万亿元", "5.67万亿元"]);
    assert!(figures.iter().all(|f| f.qualifier.is_none()));
    let text = "比重从5%到6%。";
    assert_eq!(scan(text).len(), 2, "从…到… is a change, not a range");
}

/// Text that holds no figure at all.
const NOT_FIGURES: &[&str] = &[
    "2023年",
    "2023年2月22日在市人民代表大会上",
    "获评2019—2021年度先进单位",
    "1-11月，工业运行平稳",
    "编制“十四五”规划",
    "十四五时期",
    "改造G206、S205国道",
    "引进“5020”项目",
    "开展03专项行动",
    "实施“491专项行动”",
    "构建1+2+1产业体系",
    "推进“10+8”行动",
    "建成5G基站",
    "创建4A景区和3A景区",
    "荣获九连冠",
    "落实六税两费政策",
    "贯彻三新一高要求",
    "实施一号改革工程",
    "推进两化融合",
    "一心一意谋发展",
    "千方百计稳就业",
    "推行四减一优化",
    "划定三区三线",
    "第三小学扩建",
    "十九小迁建",
    "学习二十大精神",
    "十四届全国人大",
    "万元地区生产总值能耗下降",
    "一、过去一年工作回顾",
    "（一）稳增长",
    "(二)促改革",
    "1.加快产业升级",
    "3．10种有色金属：铜、铅、锌。",
    "“两个一百年”奋斗目标",
    "坚持五位一体总体布局",
    "推进三次产业融合",
    "打通最后一公里",
    "千家万户",
    "百年大计",
    "一个新阶段",
    "一批项目",
    "二次创业",
    "零部件",
    "10万吨级码头",
    "PM2.5浓度",
    "COVID-19疫情",
    "热线12345",
    "第一",
    "前三名",
    "三次会议",
    "号召①全面启动②加快建设",
    "推进项目［1］建设",
    "四人帮",
    "危机四伏",
    "3号线",
    "2—4号机组",
    "9:00-18:00",
    "2023.6.22",
    "十",
    "一千零一",
    "万",
    ".",
    "%",
];

#[test]
fn not_figures() {
    let mut failures = Vec::new();
    for text in NOT_FIGURES {
        let figures = scan(text);
        if !figures.is_empty() {
            failures.push(format!(
                "{text:?}: {:?}",
                figures.iter().map(|f| f.text(text)).collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "figures where none is:\n{}",
        failures.join("\n")
    );
}

#[test]
fn durations_are_never_amounts() {
    for text in ["连续20年", "5个月", "两天", "30分钟", "近5年"] {
        for f in scan(text) {
            assert_eq!(f.kind, Duration, "{text:?}: {f:?}");
            assert_eq!(
                f.qualifier, None,
                "{text:?}: 近 before a duration means recent"
            );
        }
    }
}

/// (text, figure text, indicator)
const INDICATORS: &[(&str, &str, Option<&str>)] = &[
    (
        "全年实现地区生产总值500亿元，增长5.2%。",
        "500亿元",
        Some("地区生产总值"),
    ),
    (
        "全年实现地区生产总值500亿元，增长5.2%。",
        "5.2%",
        Some("地区生产总值"),
    ),
    ("规上工业增加值增长7%。", "7%", Some("规模以上工业增加值")),
    ("固投增长9%以上。", "9%以上", Some("固定资产投资")),
    ("GDP增长5%左右。", "5%左右", Some("地区生产总值")),
    (
        "社会消费品零售总额增长8%。",
        "8%",
        Some("社会消费品零售总额"),
    ),
    (
        "城镇调查失业率控制在5.5%以内。",
        "5.5%以内",
        Some("城镇调查失业率"),
    ),
    (
        "一般公共预算收入30亿元，其中税收收入20亿元。",
        "20亿元",
        Some("税收收入"),
    ),
    (
        "一般公共预算收入30亿元，其中税收收入20亿元。",
        "30亿元",
        Some("一般公共预算收入"),
    ),
    ("研发投入占地区生产总值比重2.5%。", "2.5%", None),
    ("新建学校3所。", "3所", None),
    ("连续10年居全省首位。", "10年", None),
    // 分别: the i-th figure goes with the i-th indicator.
    (
        "固定资产投资、社会消费品零售总额分别增长8%、6%。",
        "8%",
        Some("固定资产投资"),
    ),
    (
        "固定资产投资、社会消费品零售总额分别增长8%、6%。",
        "6%",
        Some("社会消费品零售总额"),
    ),
    ("税收收入分别增长8%、6%和5%。", "8%", None),
    // One collective name before a list of values: none is its value.
    ("城乡居民人均可支配收入增长4.7%、6.4%。", "4.7%", None),
];

#[test]
fn indicators_from_the_words_before() {
    let mut failures = Vec::new();
    for &(text, figure_text, indicator) in INDICATORS {
        let figures = scan(text);
        let Some(f) = figures.iter().find(|f| f.text(text) == figure_text) else {
            failures.push(format!("{text:?}: no figure {figure_text:?}"));
            continue;
        };
        if f.indicator.as_deref() != indicator {
            failures.push(format!(
                "{figure_text:?} in {text:?}: {:?}, expected {indicator:?}",
                f.indicator
            ));
        }
        if let (Some(span), Some(_)) = (&f.indicator_span, indicator) {
            assert!(
                span.end <= f.span.start,
                "{text:?}: the indicator is before the figure"
            );
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn indicator_aliases() {
    assert_eq!(canonical_indicator("固投"), Some("固定资产投资"));
    assert_eq!(
        canonical_indicator("规上工业增加值"),
        Some("规模以上工业增加值")
    );
    assert_eq!(canonical_indicator("GDP"), Some("地区生产总值"));
    assert_eq!(canonical_indicator("社消零"), Some("社会消费品零售总额"));
    assert_eq!(canonical_indicator("天气"), None);
}

/// (text, figure text, period)
fn periods() -> Vec<(&'static str, &'static str, Option<Period>)> {
    vec![
        ("2022年地区生产总值增长5%。", "5%", Some(Period::Year(2022))),
        (
            "二〇二二年粮食产量达到50万吨。",
            "50万吨",
            Some(Period::Year(2022)),
        ),
        ("去年新增就业5000人。", "5000人", Some(Period::LastYear)),
        ("今年新增就业6000人。", "6000人", Some(Period::ThisYear)),
        ("全年完成投资80亿元。", "80亿元", Some(Period::WholeYear)),
        ("去年，全市新建学校5所。", "5所", Some(Period::LastYear)),
        (
            "2024年，全县接待游客300万人次。",
            "300万人次",
            Some(Period::Year(2024)),
        ),
        (
            "上半年增长4%。",
            "4%",
            Some(Period::PartYear("上半年".into())),
        ),
        (
            "1-11月工业增长6%。",
            "6%",
            Some(Period::PartYear("1-11月".into())),
        ),
        (
            "“十四五”期间新增绿地30公顷。",
            "30公顷",
            Some(Period::Plan("十四五".into())),
        ),
        (
            "过去五年建成公路800公里。",
            "800公里",
            Some(Period::PastYears(5)),
        ),
        (
            "2019—2021年累计投入9亿元。",
            "9亿元",
            Some(Period::Years(2019, 2021)),
        ),
        // A comparison base is not the period.
        ("比上年增长5%。", "5%", None),
        ("新增就业5000人。", "5000人", None),
        // Only the figure's own clause (or a lead that states only a period).
        ("去年工作扎实，新建学校5所。", "5所", None),
    ]
}

#[test]
fn periods_stated_before() {
    let mut failures = Vec::new();
    for (text, figure_text, period) in periods() {
        let figures = scan(text);
        let Some(f) = figures.iter().find(|f| f.text(text) == figure_text) else {
            failures.push(format!("{text:?}: no figure {figure_text:?}"));
            continue;
        };
        if f.period != period {
            failures.push(format!(
                "{figure_text:?} in {text:?}: {:?}, expected {period:?}",
                f.period
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn spans_are_byte_offsets_with_qualifiers_and_units() {
    let text = "其中，整改问题超42万个。";
    let f = only(text);
    assert_eq!(&text[f.span.clone()], "超42万个");
    assert_eq!(&text[f.number_span.clone()], "42万");
    let text = "增长6-6.5%。";
    let f = only(text);
    assert_eq!(&text[f.number_span.clone()], "6-6.5");
}

#[test]
fn figures_are_in_order_and_do_not_overlap() {
    let text = "完成投资98亿元，新建项目20个，总投资310亿元，增长5%至6%，其中7个超过1亿元。";
    let figures = scan(text);
    assert_eq!(figures.len(), 6);
    for pair in figures.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}

/// (input, value)
const NUMBERS: &[(&str, Option<f64>)] = &[
    ("439.23", Some(439.23)),
    ("６千万", Some(6e7)),
    ("4.16万亿", Some(4.16e12)),
    ("1,200万", Some(1.2e7)),
    ("２４０００", Some(24000.0)),
    ("一千零一", Some(1001.0)),
    ("一百二十三万", Some(1_230_000.0)),
    ("两", Some(2.0)),
    ("十", Some(10.0)),
    ("三分之一", Some(1.0 / 3.0)),
    ("3/5", Some(0.6)),
    ("三百五又三分之一", Some(350.0 + 1.0 / 3.0)),
    ("负32", Some(-32.0)),
    ("-1.5", Some(-1.5)),
    ("七万一千八百", Some(71800.0)),
    ("两千四百五", Some(2450.0)),
    ("一万三", Some(13000.0)),
    ("四亿五千六百四十二万零一十五", Some(456_420_015.0)),
    ("十 余 万", Some(1e5)),
    ("零点五", Some(0.5)),
    ("百分之七点九", None),
    ("5%", None),
    ("一九七三", None),
    ("万", None),
    ("", None),
    ("abc", None),
    ("2e5", None),
];

#[test]
fn parse_number_reads_whole_strings() {
    for &(input, expected) in NUMBERS {
        let got = parse_number(input);
        let ok = match (got, expected) {
            (Some(a), Some(b)) => close(a, b),
            (None, None) => true,
            _ => false,
        };
        assert!(
            ok,
            "parse_number({input:?}) = {got:?}, expected {expected:?}"
        );
    }
}

#[test]
fn display_values() {
    let cases = [
        ("减免7154万元。", "0.7154亿元 (7,154万元)"),
        ("完成439.23亿元。", "439.23亿元"),
        ("达到5.67万亿元。", "5.67万亿元 (56,700亿元)"),
        ("整改超42万个。", "超过42万个"),
        ("培育270余家。", "270–280家"),
        ("增长5%至5.5%。", "5.0–5.5%"),
        ("增长6.5%左右。", "约6.5%"),
        ("提高0.4个百分点。", "0.4个百分点"),
        ("新建8000平方米。", "8,000平方米"),
    ];
    for (text, display) in cases {
        assert_eq!(only(text).display_value(), display, "{text:?}");
    }
}

#[test]
fn clause_range_stops_at_clause_breaks() {
    let text = "地区生产总值500亿元，增长5%；财政收入30亿元。";
    let at = text.find("5%").unwrap();
    assert_eq!(&text[clause_range(text, at)], "增长5%");
    assert_eq!(&text[clause_range(text, 0)], "地区生产总值500亿元");
    assert_eq!(&text[clause_range(text, text.len())], "");
}

#[test]
fn arbitrary_input_never_panics() {
    let long_digits = "9".repeat(10_000);
    let long_fraction = format!("0.{}%", "1".repeat(10_000));
    let inputs = [
        String::new(),
        "\0".into(),
        "\u{0}123\u{0}万元\u{0}".into(),
        ".".into(),
        "%".into(),
        "．％".into(),
        "5".into(),
        "五".into(),
        "万万亿亿兆".into(),
        format!("{long_digits}元"),
        format!("{long_digits}亿亿元"),
        long_fraction,
        "百分之".into(),
        "三分之".into(),
        "分之一".into(),
        "1-".into(),
        "-".into(),
        "负".into(),
        "超".into(),
        "5%-".into(),
        "“5".into(),
        "1,".into(),
        "１，".into(),
        "\u{feff}1.".into(),
        "零零零零零个".into(),
        "一点".into(),
        "二〇".into(),
        "\r\n3．".into(),
        "🎉5亿元🎉".into(),
        "a".repeat(3) + "٣٤٥",
    ];
    for input in &inputs {
        for f in scan(input) {
            assert!(f.span.start <= f.span.end && f.span.end <= input.len());
            assert!(input.is_char_boundary(f.span.start) && input.is_char_boundary(f.span.end));
            assert!(f.low <= f.high, "{input:?}: {f:?}");
            let _ = f.display_value();
        }
        let _ = parse_number(input);
    }
    // Every prefix of a real sentence, cut at each char.
    let text = "全年地区生产总值439.23亿元，同比增长4.8%，超42万个、近亿元、5%至5.5%、百分之七点九、三分之一。";
    for (i, _) in text.char_indices() {
        let _ = scan(&text[..i]);
        let _ = scan(&text[i..]);
        let _ = parse_number(&text[i..]);
    }
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["hailaer-utf8", "national", "provinces-2025"] {
        let Ok(entries) = fs::read_dir(dir.join(sub)) else {
            continue;
        };
        files.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt")),
        );
    }
    files.push(dir.join("leping-2023.txt"));
    files.sort();
    files
}

/// Scans every report of the corpus: nothing panics, every figure is sound,
/// and the ordinary figures are found. Prints counts and samples (run with
/// `--nocapture`); timing is for benchmarks, not for this test.
#[test]
fn corpus_scan() {
    let dir = corpus_dir();
    assert!(
        dir.is_dir(),
        "the corpus is missing at {} (../shared/corpus)",
        dir.display()
    );
    let files = corpus_files(&dir);
    assert!(
        files.len() > 80,
        "expected the whole corpus, found {} files",
        files.len()
    );
    let mut total = 0usize;
    let mut by_kind = std::collections::BTreeMap::<String, usize>::new();
    let mut with_indicator = 0usize;
    let mut with_period = 0usize;
    for path in &files {
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let figures = scan(&text);
        for f in &figures {
            assert!(f.low <= f.value && f.value <= f.high || f.qualifier == Some(Qualifier::More));
            assert!(f.low <= f.high, "{}: {f:?}", path.display());
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            *by_kind.entry(format!("{:?}", f.kind)).or_default() += 1;
            with_indicator += usize::from(f.indicator.is_some());
            with_period += usize::from(f.period.is_some());
        }
        for pair in figures.windows(2) {
            assert!(
                pair[0].span.end <= pair[1].span.start,
                "{}: overlap {pair:?}",
                path.display()
            );
        }
        total += figures.len();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if ["2016.txt", "leping-2023.txt", "1978.txt"].contains(&name) {
            let sample: Vec<&str> = figures.iter().step_by(25).map(|f| f.text(&text)).collect();
            println!("{name}: {} figures, every 25th: {sample:?}", figures.len());
        }
    }
    println!(
        "corpus: {} files, {total} figures, {with_indicator} with an indicator, {with_period} with a period; by kind {by_kind:?}",
        files.len()
    );
    // The ordinary figures of real reports are found.
    let leping = fs::read_to_string(dir.join("leping-2023.txt")).unwrap_or_default();
    let found: Vec<String> = scan(&leping)
        .iter()
        .map(|f| f.text(&leping).to_string())
        .collect();
    for expected in [
        "439.23亿元",
        "超42万个",
        "4万余人次",
        "近800万人次",
        "7154万元",
        "8.3亿元",
        "十件",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "leping-2023: {expected} not found"
        );
    }
    assert!(total > 10_000, "too few figures in the corpus: {total}");
}
