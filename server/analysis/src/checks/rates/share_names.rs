//! What names a share bounded by 100%, and what names a rate that may pass it.

/// Names of shares bounded by 100%, matched at the end of the words before
/// the figure.
pub(super) const SHARES: &[&str] = &[
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
pub(super) const POLLS: &[&str] = &["满意度", "满意率", "安全感", "认可度", "认同度"];

/// `研发经费投入总量增长16%、强度达2%`: the intensity of spending said
/// once its amount is named in the item before (`投入`, `经费`), a share
/// of output like `投入强度`.
pub(super) fn elided_intensity(head: &str) -> Option<String> {
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
pub(super) fn spending_of_output(head: &str) -> Option<String> {
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
pub(super) fn quoted_rate(head: &str) -> Option<String> {
    let inner = head.strip_suffix("”率")?;
    let open = inner.rfind('“')?;
    let words = &inner[open + '“'.len_utf8()..];
    let short = (2..=8).contains(&words.chars().count()) && words.chars().all(crate::chars::is_han);
    short.then(|| format!("“{words}”率"))
}

/// Rates that may pass 100%, matched at the end of the name.
pub(super) const UNBOUNDED_RATES: &[&str] = &[
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
    // Investment lined up against the year's (`投资支撑率120%`).
    "支撑率",
    // Investment over output: a region building ahead of its economy
    // invests more than it produces in a year (`投资率134%`).
    "投资率",
    // Person-times served over those insured (`参合率96%，受益率123%`).
    "受益率",
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
pub(super) const PER_HUNDRED: &[&str] = &[
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
pub(super) fn share_name(name: &str) -> Option<String> {
    SHARES
        .iter()
        .filter(|s| name.ends_with(*s))
        .max_by_key(|s| s.len())
        .map(|s| (*s).to_string())
        .or_else(|| other_bounded_rate(name))
}

/// The most characters a `…率` name is read back over.
pub(super) const MAX_RATE_NAME_CHARS: usize = 12;

/// `…率` names not in [`SHARES`] that are still shares: any `X率` but the
/// rates that may pass 100%.
pub(super) fn other_bounded_rate(head: &str) -> Option<String> {
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
