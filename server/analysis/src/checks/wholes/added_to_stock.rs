//! `新增上市公司3家、总量达到12家`, `新登记企业8万户，三年新增25万户`,
//! `打通断头路4条，累计打通12条`: things added, then in the next clause
//! the stock they joined, or the count added over a longer span. What was
//! added is within that stock or that count though no `其中` says so.

use super::{PartReading, same_unit};
use crate::chars::is_han;
use crate::checks::figure_text::{chars_before, is_change, is_level, mentions_any};
use crate::document::Document;

/// Names of a stock as a whole (`总量达到`, `总长度达`).
const STOCKS: &[&str] = &["总量", "总数", "总长度", "总里程", "总面积"];

/// Verbs between a stock's name and its figure.
const REACHED: &[&str] = &["达到", "达", "突破", "超过", "为", "增至", "增加到"];

/// Words of an increase that leave the figure a count of things added.
const ADDED: &[&str] = &["新增", "净增", "增加"];

/// Words of a clause adding things to a stock: things closed or
/// removed (`关停企业30家、总数为20家`) may leave the stock smaller.
const ADDING: &[&str] = &[
    "新增",
    "净增",
    "增加",
    "新登记",
    "新注册",
    "新设",
    "新建",
    "建成",
    "引进",
    "培育",
    "招引",
    "认定",
];

/// Verbs of a level a measure was raised to (`面积增加到522平方公里`): the
/// figure after them is the stock, not what was added.
const RAISED_TO: &[&str] = &[
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "提高到",
    "提高至",
    "扩大到",
    "扩大至",
    "提升到",
    "提升至",
    "增至",
];

/// Words making the added figure an aim, which a stock to date need not hold.
const AIMS: &[&str] = &[
    "计划", "力争", "争取", "目标", "确保", "预计", "预期", "累计",
];

/// Clause breaks, for cutting a figure's lead to its own clause.
const BREAKS: &[char] = &['，', ',', '、', '；', ';', '。', '：', ':', '！', '？'];

/// Every figure of things added whose next figure, of its unit and in the
/// next clause, is the stock or a longer span's count (see the module).
pub(super) fn added_to_stock(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, part)| {
        // The next figure of the part's unit, past a span of years
        // (`三年`) at most.
        let whole = figures[i + 1..]
            .iter()
            .take(2)
            .find(|f| same_unit(&f.unit, &part.unit))?;
        // Cheap tests first: this looks at every figure.
        if whole.span.start < part.span.end
            || whole.span.start - part.span.end > 40
            || !same_unit(&part.unit, &whole.unit)
            || !is_level(part)
            || !is_level(whole)
        {
            return None;
        }
        let lead = next_clause_lead(&text[part.span.end..whole.span.start])?;
        let part_lead = own_clause(chars_before(text, part.span.start, 24));
        // Only a lead holding 总 can name the things added again before it.
        let lead = if lead.contains('总') {
            without_things_added(lead, part_lead)
        } else {
            lead
        };
        // `高新技术企业净增19家，达到97家`: things added, then the stock
        // they joined reached with nothing named between, closing its
        // clause (not `达到6000人目标`, a target reached).
        if reached_right_after(text, part, whole, lead)
            && mentions_any(part_lead, &["新增", "净增"])
        {
            return (!mentions_any(part_lead, AIMS)).then(|| PartReading::single(whole, part));
        }
        // The whole's lead names a stock or a span: most leads do not.
        if !(lead.starts_with('总') || lead.starts_with("累计") || years(lead).0) {
            return None;
        }
        if !added(text, part) || mentions_any(part_lead, AIMS) || mentions_any(part_lead, RAISED_TO)
        {
            return None;
        }
        let stock = names_stock(lead) && mentions_any(part_lead, ADDING);
        (stock || longer_span(lead, part_lead)).then(|| PartReading::single(whole, part))
    })
}

/// `新增规上企业20家，规上企业总数达到110家`: the stock's lead without the
/// things added named again before it (the words after the part's verb of
/// adding), when a stock's name follows them.
fn without_things_added<'t>(lead: &'t str, part_lead: &str) -> &'t str {
    ADDING
        .iter()
        .filter_map(|w| part_lead.rfind(w).map(|at| &part_lead[at + w.len()..]))
        .filter(|things| things.chars().count() >= 2)
        .find_map(|things| lead.strip_prefix(things))
        .filter(|rest| rest.starts_with('总'))
        .unwrap_or(lead)
}

/// Words of a count to date reached (`累计达到139个`).
const TO_DATE: &[&str] = &["累计达到", "累计达", "累计已达"];

/// `45个村完成改造并通过验收，累计达到120个`: a level, the words after it
/// in its own clause (things and what was done to them), then the next
/// clause's count to date of the same unit: this year's are among those
/// to date. An aim (`力争`) or a change (`减少`) abstains.
pub(super) fn done_to_date(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [part, whole] = pair else {
            return None;
        };
        // Bytes first: this looks at every pair of figures.
        let between = text.get(part.span.end..whole.span.start)?;
        let lead = TO_DATE.iter().find(|w| between.ends_with(**w))?;
        let words = between[..between.len() - lead.len()].strip_suffix(['，', ','])?;
        let part_lead = own_clause(chars_before(text, part.span.start, 24));
        (words.chars().count() <= 24
            && words.chars().all(is_han)
            && same_unit(&part.unit, &whole.unit)
            && is_level(part)
            && is_level(whole)
            && !is_change(text, part)
            && !mentions_any(part_lead, AIMS)
            && !mentions_any(words, AIMS))
        .then(|| PartReading::single(whole, part))
    })
}

/// `企业总数达2040家、净增228家`: a stock reached, then right after it,
/// with nothing between but a break, the things added to it that year.
pub(super) fn stock_then_added(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [whole, part] = pair else {
            return None;
        };
        // Cheap tests first: this looks at every pair of figures.
        let between = text.get(whole.span.end..part.span.start)?;
        let added = between
            .strip_prefix(['，', ',', '、'])
            .is_some_and(|w| matches!(w, "新增" | "净增"));
        if !added || !same_unit(&part.unit, &whole.unit) || !is_level(whole) || !is_level(part) {
            return None;
        }
        let lead = own_clause(chars_before(text, whole.span.start, 12));
        let stock = STOCKS
            .iter()
            .filter_map(|s| lead.find(s).map(|at| &lead[at + s.len()..]))
            .any(|rest| REACHED.contains(&rest));
        ((stock || things_reached(lead)) && !mentions_any(lead, AIMS))
            .then(|| PartReading::single(whole, part))
    })
}

/// Names of a stock of money held or of things counted, which was never
/// below nothing: a rise since an earlier time is within it.
const NEVER_NEGATIVE: &[&str] = &[
    "余额",
    "存款",
    "贷款",
    "总量",
    "总额",
    "总数",
    "总规模",
    "保有量",
    "存栏",
    "常住人口",
    "户籍人口",
];

/// Words of an amount that may have been below nothing before (a profit
/// from a loss, a net or a balance of two flows).
const MAY_BE_NEGATIVE: &[&str] = &["利润", "净", "差", "赤字", "结余", "盈余", "亏"];

/// `存款余额达到356亿元，比上年末增加41亿元`: a stock reached, then right
/// after it what it rose by since an earlier time (`比上年末`, `较年初`,
/// `比2025年末`). The stock then was the level less the rise, so the rise
/// cannot pass the level. Only stocks that cannot be below nothing are read.
pub(super) fn stock_then_rise(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    (0..figures.len().saturating_sub(1)).filter_map(move |i| {
        let whole = &figures[i];
        let next = &figures[i + 1];
        // `…达到2860亿元，是上年末的1.2倍，比上年末增加…`: a multiple of
        // an earlier level may stand between the stock and its rise.
        let (part, from) = match figures.get(i + 2) {
            Some(after) if multiple_of_earlier(text, whole, next) => (after, next.span.end),
            _ => (next, whole.span.end),
        };
        // Cheap tests first: this looks at every pair of figures.
        let between = text.get(from..part.span.start)?;
        let base = between
            .strip_prefix(['，', ','])
            .and_then(|b| b.strip_prefix('比').or_else(|| b.strip_prefix('较')))?;
        let base = ["增加", "净增", "增长"]
            .iter()
            .find_map(|verb| base.strip_suffix(verb))?;
        let earlier = base.ends_with(['末', '初']) || matches!(base, "上年" | "去年");
        if !earlier
            || base.chars().count() > 10
            || !same_unit(&part.unit, &whole.unit)
            || !is_level(whole)
        {
            return None;
        }
        let lead = own_clause(chars_before(text, whole.span.start, 16));
        (mentions_any(lead, NEVER_NEGATIVE)
            && !mentions_any(lead, MAY_BE_NEGATIVE)
            && !mentions_any(lead, AIMS))
        .then(|| PartReading::single(whole, part))
    })
}

/// Whether `multiple` is the stock `whole` as a multiple of an earlier
/// level, right after it (`，是上年末的1.2倍`).
fn multiple_of_earlier(
    text: &str,
    whole: &crate::figures::Figure,
    multiple: &crate::figures::Figure,
) -> bool {
    multiple.unit == "倍"
        && text
            .get(whole.span.end..multiple.span.start)
            .and_then(|b| b.strip_prefix(['，', ',']))
            .and_then(|b| b.strip_prefix('是'))
            .and_then(|b| b.strip_suffix('的'))
            .is_some_and(|earlier| earlier.chars().count() <= 10 && !earlier.contains(['，', '。']))
}

/// Verbs of a stock reached that need no `总数` before them: the things
/// named right before reached that many (`规上企业达到512家`).
const REACHED_ALONE: &[&str] = &["达到", "突破", "增至", "增加到"];

/// Words making a figure per head or per thing, or a ratio: the things
/// added after it (`人均住房面积达到36平方米，新增120万平方米`) are no part
/// of it.
const PER: &[&str] = &["每", "均", "率", "比"];

/// `规上工业企业达到512家`: things named (two Han characters at least),
/// then a verb of reaching closing the lead: a stock, though no `总数`
/// names it, which the things added that year (`净增46家`) joined.
fn things_reached(lead: &str) -> bool {
    REACHED_ALONE.iter().any(|verb| {
        lead.strip_suffix(verb).is_some_and(|things| {
            things.chars().filter(|c| is_han(*c)).count() >= 2 && !mentions_any(things, PER)
        })
    })
}

/// Whether `whole` is reached right after the things `part` added
/// (`净增19家，达到97家`): one break and a verb of reaching alone lead the
/// whole, and a break or the line's end closes it. (The part's clause
/// must say `新增` or `净增`.)
fn reached_right_after(
    text: &str,
    part: &crate::figures::Figure,
    whole: &crate::figures::Figure,
    lead: &str,
) -> bool {
    REACHED_ALONE.contains(&lead)
        && text[part.span.end..whole.span.start].starts_with(['，', ','])
        && text[whole.span.end..]
            .chars()
            .next()
            .is_none_or(|c| BREAKS.contains(&c) || c == '\n')
}

/// `产业基金、总数达到` → `总数达到`: past the counted words after the
/// part (at most eight characters), one break, then the whole's lead,
/// which has no break of its own.
fn next_clause_lead(between: &str) -> Option<&str> {
    let at = between.find(BREAKS)?;
    let (noun, rest) = between.split_at(at);
    if !noun.chars().all(is_han) || noun.chars().count() > 8 {
        return None;
    }
    let lead = rest.strip_prefix(['，', ',', '、'])?;
    (!lead.is_empty() && !lead.contains(BREAKS)).then_some(lead)
}

/// The words of `lead` after its last clause break.
fn own_clause(lead: &str) -> &str {
    lead.rfind(BREAKS)
        .map_or(lead, |at| &lead[at..])
        .trim_start_matches(BREAKS)
}

/// A level, or a count of things added to a stock (`新增3家`, `净增210家`):
/// never a fall.
fn added(text: &str, part: &crate::figures::Figure) -> bool {
    if !is_change(text, part) {
        return true;
    }
    let before = chars_before(text, part.span.start, 3);
    ADDED.iter().any(|w| before.ends_with(w))
}

/// `总量达到`, `总数`, `总长度达`: the stock's name, a verb of reaching at
/// most, and nothing else.
fn names_stock(lead: &str) -> bool {
    STOCKS
        .iter()
        .filter_map(|s| lead.strip_prefix(s))
        .any(|rest| rest.is_empty() || REACHED.contains(&rest))
}

/// `三年新增`, `近三年来共新增`, `累计打通`: a count over a longer span than
/// the part's, of the same doing: `新增` after things newly added, or a
/// verb the part's clause names (`打通工程4条，累计打通12条`).
fn longer_span(lead: &str, part_lead: &str) -> bool {
    let (spanned, rest) = match lead.strip_prefix("累计") {
        Some(rest) => (true, rest),
        None => years(lead),
    };
    let rest = rest.strip_prefix("累计").unwrap_or(rest);
    let rest = rest.strip_prefix('共').unwrap_or(rest);
    let n = rest.chars().count();
    spanned
        && ((1..=4).contains(&n)
            && rest.chars().all(is_han)
            && (part_lead.contains(rest)
                || (matches!(rest, "新增" | "净增") && part_lead.contains('新')))
            || built_to_date(rest, part_lead))
}

/// Verbs of things made that a count to date may use for things the year
/// added (`新增高标准农田4.5万亩，累计建成52万亩`).
const MADE: &[&str] = &["建成", "新建", "培育", "引进", "认定", "招引"];

/// `累计建成` after `新增…`: the things added that year, counted to date by
/// the verb that made them; the things named again, if at all, as the
/// part's clause names them (`累计建成高标准农田`), never other things.
fn built_to_date(rest: &str, part_lead: &str) -> bool {
    let Some(at) = part_lead.find("新增") else {
        return false;
    };
    let added = &part_lead[at + "新增".len()..];
    MADE.iter()
        .filter_map(|verb| rest.strip_prefix(verb))
        .any(|things| {
            things.is_empty()
                || things.chars().count() >= 2
                    && things.chars().all(is_han)
                    && added.ends_with(things)
        })
}

/// `三年`, `近五年来`, `3年`: a span of years opening `lead`, and what
/// follows it.
fn years(lead: &str) -> (bool, &str) {
    let rest = lead.strip_prefix('近').unwrap_or(lead);
    let count = rest
        .char_indices()
        .take_while(|&(_, c)| c.is_ascii_digit() || "两三四五六七八九十".contains(c))
        .last()
        .map(|(i, c)| i + c.len_utf8());
    // A calendar year (`2020年的`) is no span: a span has two digits at most.
    let calendar = count.is_some_and(|k| rest[..k].bytes().filter(u8::is_ascii_digit).count() > 2);
    let Some(rest) = count
        .filter(|_| !calendar)
        .and_then(|k| rest[k..].strip_prefix('年'))
    else {
        return (false, lead);
    };
    (true, rest.strip_prefix('来').unwrap_or(rest))
}

#[cfg(test)]
mod tests {
    use super::{longer_span, names_stock, next_clause_lead};

    #[test]
    fn a_stock_is_named_alone() {
        assert!(names_stock("总量达到"));
        assert!(names_stock("总数"));
        assert!(names_stock("总长度达"));
        assert!(!names_stock("总投资"));
        assert!(!names_stock("总量占全省"));
    }

    #[test]
    fn a_longer_span_repeats_the_doing() {
        assert!(longer_span("三年新增", "新登记经营主体"));
        assert!(longer_span("近五年来共新增", "新增规上企业"));
        assert!(longer_span("累计打通", "实施打通工程"));
        assert!(!longer_span("累计完成", "实施打通工程"));
        assert!(!longer_span("三年新增", "培育龙头企业"));
        assert!(!longer_span("全年新增", "新建学校"));
        // `从2019年的170亿元、2020年的127亿元`: years of two levels.
        assert!(!longer_span("2020年的", "收入从2019年的"));
        assert!(longer_span("3年新增", "新增规上企业"));
        // Things added, counted to date by the verb that made them.
        assert!(longer_span("累计建成", "新增高标准农田"));
        assert!(longer_span("累计建成高标准农田", "新增高标准农田"));
        assert!(!longer_span("累计建成乙类农田", "新增高标准农田"));
        assert!(!longer_span("累计建成", "完成高标准农田"));
        assert!(!longer_span("累计改造", "新增高标准农田"));
    }

    #[test]
    fn the_whole_is_the_next_clause() {
        assert_eq!(next_clause_lead("产业基金、总数达到"), Some("总数达到"));
        assert_eq!(next_clause_lead("，三年新增"), Some("三年新增"));
        assert_eq!(next_clause_lead("，其中企业"), Some("其中企业"));
        assert_eq!(next_clause_lead("，完成投资5亿元，累计"), None);
        assert_eq!(next_clause_lead("；总量达到"), None);
    }
}
