//! The unit table: written units, their normalized names and kinds, and the
//! words after a number that make it a date or a name rather than a figure.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};

use super::FigureKind;
use super::chars::char_at;

/// What a unit makes of the number before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    Money,
    Measure,
    /// Measure words of things and people (`个`, `项`, `人`).
    Classifier,
    /// Durations (`个月`, `天`, `小时`); `年` is [`UnitClass::Year`].
    Time,
    /// `年`: a year when the number reads as one (`2023年`), else a duration.
    Year,
    Percent,
    Points,
    Ratio,
    Age,
    /// A date or a name (`月`, `日`, `号`, `季度`, `届`, `期`, `级`): the number
    /// before it is not a figure.
    Name,
}

impl UnitClass {
    pub(crate) fn kind(self) -> FigureKind {
        match self {
            UnitClass::Money => FigureKind::Amount,
            UnitClass::Measure => FigureKind::Measure,
            UnitClass::Classifier => FigureKind::Count,
            UnitClass::Time | UnitClass::Year => FigureKind::Duration,
            UnitClass::Percent => FigureKind::Percent,
            UnitClass::Points => FigureKind::Points,
            UnitClass::Ratio => FigureKind::Ratio,
            UnitClass::Age | UnitClass::Name => FigureKind::Other,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct UnitDef {
    pub written: &'static str,
    /// Normalized name.
    pub unit: &'static str,
    pub class: UnitClass,
    /// Multiplies the value into the normalized unit (`成` → % is 10).
    pub factor: f64,
    /// Only after Arabic digits: `2千万方` is volume, `一方面` is not.
    pub arabic_only: bool,
    /// Characters that, right after the unit, make it part of a word
    /// (`3个人所得税`? no: `个人`; `成为`, `次要`, `对于`).
    pub not_before: &'static str,
}

const fn u(written: &'static str, unit: &'static str, class: UnitClass) -> UnitDef {
    UnitDef {
        written,
        unit,
        class,
        factor: 1.0,
        arabic_only: false,
        not_before: "",
    }
}

impl UnitDef {
    const fn arabic(mut self) -> Self {
        self.arabic_only = true;
        self
    }
    const fn not_before(mut self, chars: &'static str) -> Self {
        self.not_before = chars;
        self
    }
    const fn factor(mut self, factor: f64) -> Self {
        self.factor = factor;
        self
    }
}

use UnitClass::{Age, Classifier, Measure, Money, Name, Percent, Points, Ratio, Time, Year};

/// Every unit the scanner knows. Matching is longest-first (`个百分点`
/// before `个`, `日元` before `日`, `千瓦时` before `千瓦`).
pub(crate) static UNITS: &[UnitDef] = &[
    // Money.
    u("元", "元", Money).not_before("化素首宵旦老帅勋气月"),
    u("元人民币", "元", Money),
    u("人民币", "元", Money),
    u("美元", "美元", Money),
    u("美圆", "美元", Money),
    u("美金", "美元", Money),
    u("欧元", "欧元", Money),
    u("港元", "港元", Money),
    u("港币", "港元", Money),
    u("日元", "日元", Money),
    u("英镑", "英镑", Money),
    u("卢布", "卢布", Money),
    u("韩元", "韩元", Money),
    u("澳元", "澳元", Money),
    u("加元", "加元", Money),
    u("新台币", "新台币", Money),
    u("台币", "新台币", Money),
    u("瑞士法郎", "瑞士法郎", Money),
    // Area, length, weight, volume, energy.
    u("平方米", "平方米", Measure),
    u("平米", "平方米", Measure),
    u("平方公里", "平方公里", Measure),
    u("平方千米", "平方公里", Measure),
    u("亩", "亩", Measure),
    u("公顷", "公顷", Measure),
    u("公里", "公里", Measure),
    u("千米", "公里", Measure),
    u("米", "米", Measure).not_before("粮面饭"),
    u("厘米", "厘米", Measure),
    u("公分", "厘米", Measure),
    u("毫米", "毫米", Measure),
    u("吨", "吨", Measure),
    u("公斤", "公斤", Measure),
    u("千克", "公斤", Measure),
    u("克", "克", Measure).not_before("服难"),
    u("毫克", "毫克", Measure),
    u("微克", "微克", Measure),
    u("斤", "斤", Measure),
    u("立方米", "立方米", Measure),
    u("立方", "立方米", Measure),
    u("方", "立方米", Measure)
        .arabic()
        .not_before("面式案向针法位便略阵圆正舱言"),
    u("升", "升", Measure).not_before("级值高温学格华空降幅"),
    u("毫升", "毫升", Measure),
    u("千瓦", "千瓦", Measure),
    u("千瓦时", "千瓦时", Measure),
    u("兆瓦", "兆瓦", Measure),
    u("吉瓦", "吉瓦", Measure),
    u("瓦", "瓦", Measure).arabic().not_before("解房片斯"),
    u("千伏", "千伏", Measure),
    u("伏", "伏", Measure).arabic().not_before("击笔"),
    u("度", "度", Measure).arabic().not_before("假过"),
    u("吨标准煤", "吨标准煤", Measure),
    u("吨标煤", "吨标准煤", Measure),
    u("标准煤", "标准煤", Measure),
    u("标箱", "标箱", Measure),
    u("标准箱", "标箱", Measure),
    u("蒸吨", "蒸吨", Measure),
    u("km", "公里", Measure).arabic(),
    u("kg", "公斤", Measure).arabic(),
    u("cm", "厘米", Measure).arabic(),
    u("mm", "毫米", Measure).arabic(),
    u("m", "米", Measure).arabic(),
    u("kw", "千瓦", Measure).arabic(),
    u("kwh", "千瓦时", Measure).arabic(),
    u("mw", "兆瓦", Measure).arabic(),
    u("gw", "吉瓦", Measure).arabic(),
    u("㎡", "平方米", Measure).arabic(),
    u("m²", "平方米", Measure).arabic(),
    u("m³", "立方米", Measure).arabic(),
    u("㎞", "公里", Measure).arabic(),
    u("㎏", "公斤", Measure).arabic(),
    // Computing power (`算力9.4万P`, `15EFLOPS`): petaflops, in P.
    u("P", "P", Measure).arabic(),
    u("PFLOPS", "P", Measure).arabic(),
    u("EFLOPS", "P", Measure).arabic().factor(1000.0),
    // Things and people.
    u("个", "个", Classifier).not_before("人体性别案多"),
    u("個", "个", Classifier).not_before("人体性别案多"),
    u("项", "项", Classifier).not_before("目"),
    u("件", "件", Classifier),
    u("家", "家", Classifier).not_before("庭乡属族长"),
    u("户", "户", Classifier).not_before("籍口外型主"),
    u("人", "人", Classifier).not_before("民大帮"),
    u("人次", "人次", Classifier),
    u("户次", "户次", Classifier),
    u("家次", "家次", Classifier),
    u("辆次", "辆次", Classifier),
    u("架次", "架次", Classifier),
    u("艘次", "艘次", Classifier),
    u("批次", "批次", Classifier),
    u("名", "名", Classifier).not_before("单称录额义牌片列次"),
    u("位", "位", Classifier).not_before("于置列次居数"),
    u("所", "所", Classifier).not_before("有以在属得谓"),
    u("座", "座", Classifier).not_before("谈"),
    u("条", "条", Classifier).not_before("件例款"),
    u("辆", "辆", Classifier),
    u("台", "台", Classifier).not_before("湾阶账风"),
    u("套", "套", Classifier).not_before("餐"),
    u("批", "批", Classifier).not_before("准复示发"),
    u("种", "种", Classifier).not_before("植子类业养群"),
    u("类", "类", Classifier).not_before("型别似"),
    u("处", "处", Classifier).not_before("理置于长室罚"),
    u("部", "部", Classifier).not_before("门署分委长位队"),
    u("张", "张", Classifier),
    u("场", "场", Classifier).not_before("所景馆地"),
    u("场次", "场次", Classifier),
    u("次", "次", Classifier).not_before("要序生级会全"),
    u("只", "只", Classifier).not_before("要有是能"),
    // Livestock counted by the head and by the one together (`186万头只`).
    u("头只", "头只", Classifier),
    u("头", "头", Classifier).arabic().not_before("条部号版雁"),
    u("株", "株", Classifier),
    u("棵", "棵", Classifier),
    u("片", "片", Classifier).not_before("区"),
    u("间", "间", Classifier).not_before("接断歇隔"),
    u("栋", "栋", Classifier),
    u("幢", "幢", Classifier),
    u("本", "本", Classifier).not_before("地市届级年月土质身"),
    u("册", "册", Classifier),
    u("篇", "篇", Classifier).not_before("章幅"),
    u("例", "例", Classifier).not_before("如外会行"),
    u("起", "起", Classifier).not_before("来步点草诉到止航"),
    u("宗", "宗", Classifier).not_before("教旨"),
    u("层", "层", Classifier).not_before("次面级"),
    u("轮", "轮", Classifier),
    u("艘", "艘", Classifier),
    u("架", "架", Classifier).not_before("构设"),
    u("列", "列", Classifier).not_before("入为车"),
    u("对", "对", Classifier).not_before("于外接照标口比象待应话策"),
    u("双", "双", Classifier).not_before("向边循拥减创百"),
    u("枚", "枚", Classifier),
    u("颗", "颗", Classifier),
    u("门", "门", Classifier).not_before("户槛类诊店"),
    u("道", "道", Classifier).not_before("路德理"),
    u("支", "支", Classifier).not_before("持出付部撑柱线"),
    u("份", "份", Classifier),
    u("盏", "盏", Classifier),
    u("羽", "羽", Classifier),
    u("匹", "匹", Classifier).not_before("配敌夫"),
    // Time.
    u("年", "年", Year).not_before("代度级龄轻初底末终份会鉴货薪"),
    u("个月", "个月", Time),
    u("天", "天", Time).not_before("然津下空气地"),
    u("小时", "小时", Time),
    u("个小时", "小时", Time),
    u("分钟", "分钟", Time),
    u("秒", "秒", Time).not_before("钟杀"),
    u("周", "周", Time).not_before("年边末转期围岁"),
    u("岁", "岁", Age).not_before("月末"),
    u("周岁", "岁", Age),
    // Shares.
    u("%", "%", Percent),
    u("％", "%", Percent),
    u("‰", "%", Percent).factor(0.1),
    u("成", "%", Percent)
        .factor(10.0)
        .not_before("为立功果员本绩效都长交型熟品就渝"),
    u("折", "%", Percent)
        .factor(10.0)
        .not_before("合算旧扣价叠返射腾"),
    u("个百分点", "个百分点", Points),
    u("百分点", "个百分点", Points),
    u("個百分點", "个百分点", Points),
    u("百分點", "个百分点", Points),
    // A change in per-mille points (`下降5个千分点`), folded into points.
    u("个千分点", "个百分点", Points).factor(0.1),
    u("千分点", "个百分点", Points).factor(0.1),
    u("倍", "倍", Ratio).not_before("增"),
    // Dates and names: the number before them is not a figure.
    u("月", "月", Name),
    u("日", "日", Name),
    u("号", "号", Name),
    u("季度", "季度", Name),
    u("周年", "周年", Name),
    u("世纪", "世纪", Name),
    u("年代", "年代", Name),
    u("年度", "年度", Name),
    u("年级", "年级", Name),
    u("届", "届", Name),
    u("期", "期", Name),
    u("版", "版", Name),
    u("代", "代", Name),
    u("级", "级", Name),
    u("星", "星", Name),
    u("时", "时", Name),
    u("点", "点", Name),
    u("路", "路", Name),
    u("楼", "楼", Name),
    u("环", "环", Name),
    u("线", "线", Name),
    u("强", "强", Name),
];

static UNIT_MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .ascii_case_insensitive(true)
        .build(UNITS.iter().map(|u| u.written))
        .ok()
});

/// The unit written at byte `pos`, and where it ends. Checks the unit's
/// `not_before` characters; the caller checks the rest of the context.
/// Whether some unit begins with `c` (a quick test before the matcher).
pub(crate) fn may_start_unit(c: char) -> bool {
    static FIRST: LazyLock<Vec<char>> = LazyLock::new(|| {
        let mut first: Vec<char> = UNITS
            .iter()
            .filter_map(|u| u.written.chars().next())
            .collect();
        first.sort_unstable();
        first.dedup();
        first
    });
    FIRST.binary_search(&c).is_ok()
}

pub(crate) fn unit_at(text: &str, pos: usize) -> Option<(&'static UnitDef, usize)> {
    let matcher = UNIT_MATCHER.as_ref()?;
    if pos > text.len() {
        return None;
    }
    let input = Input::new(text).range(pos..).anchored(Anchored::Yes);
    let found = matcher.find(input)?;
    let def = UNITS.get(found.pattern().as_usize())?;
    let end = found.end();
    if char_at(text, end).is_some_and(|c| def.not_before.contains(c)) {
        return None;
    }
    // Latin units end at a word boundary: `5min` is not 5 m.
    if def.written.is_ascii() && char_at(text, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((def, end))
}
