//! What a figure stands for beside a whole: a threshold, new things, a base,
//! the same unit.

use super::*;

/// A bound that names a class of the parts (`其中10亿元以上项目16个`): a
/// figure with `以上`/`以下` right before the words it qualifies.
pub(super) fn is_threshold(text: &str, figure: &Figure) -> bool {
    // `26个省重点项目`: a count before the things it counts, not a class
    // bound (that takes `以上`/`以下`: `3个以上`).
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .any(|w| text[figure.span.end..].starts_with(w));
    if figure.kind == crate::figures::FigureKind::Count && !bound {
        return false;
    }
    // `新增4万亿元投资`: the amount of the investment, not a class of it.
    if !bound && new_things(text, figure) {
        return false;
    }
    // Prefixes stripped one at a time: `trim_start_matches` with a word
    // sets up a substring searcher each call, and this runs per figure.
    let after = ["及以上", "以上", "以下"]
        .iter()
        .fold(&text[figure.span.end..], |s, w| strip_all(s, w));
    // `100亿元企业`, `10亿元以上项目`: the figure names a class of the
    // words after it; a part ends its clause or joins the next part.
    // `其中5亿元以上11个`: a bound right before the count of its class.
    let bound = bound
        || ["以上", "以下"]
            .iter()
            .any(|w| text[figure.span.clone()].ends_with(w));
    let class_counted = bound && after.starts_with(|c: char| c.is_ascii_digit());
    // `2000亿元并纳入预算`: `并` joins a verb of its own (not `并购`).
    let joins_verb = after.starts_with('并') && !after.starts_with("并购");
    class_counted
        || after.chars().next().is_some_and(|c| {
            crate::chars::is_han(c) && !matches!(c, '和' | '及' | '与' | '或' | '的')
        }) && !["左右", "上下"].iter().any(|w| after.starts_with(w))
            && !joins_verb
}

/// `新增市场主体…，新增5.2万户，其中企业1.3万户`: things newly added,
/// counted (registered, built, opened), are a whole of their own kinds;
/// money added (`新增贷款`) is a net change, whose parts may exceed it.
pub(super) fn new_things(text: &str, figure: &Figure) -> bool {
    let added = chars_before(text, figure.span.start, 4)
        .trim_end_matches(|c: char| crate::chars::is_space(c) || matches!(c, '了' | '约' | '近'))
        .ends_with("新增");
    added && (figure.kind == FigureKind::Count || new_investment(text, figure))
}

/// `新增4万亿元投资`, `新增4万亿元的投资计划`: an amount of new investment
/// named after it is money to be spent, a level, not a stock's net change.
pub(super) fn new_investment(text: &str, figure: &Figure) -> bool {
    let after = &text[figure.span.end..];
    // `比上年新增20亿元投资`: compared, it is a change again.
    let compared = chars_before(text, figure.span.start, 12).contains(['比', '较']);
    figure.kind == FigureKind::Amount
        && (after.starts_with("投资") || after.starts_with("的投资"))
        && !compared
}

/// Words naming the year before's level, right before it.
const YEAR_BEFORE: &[&str] = &["上年为", "上年是", "去年为", "去年是", "上年同期为"];

/// `比上年的704亿元`, `由40元`, `上年为412.6亿元`: an earlier level the figure is compared
/// with, neither a whole nor a part.
pub(super) fn is_base(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    // The lead can only end with one of these: the clause is looked up
    // (a scan of it) only then. This runs per figure on both sides of `其中`.
    let last = text[..figure.span.start]
        .trim_end_matches(crate::chars::is_space)
        .chars()
        .next_back();
    // `486.2亿元，增长17.8%，上年为412.6亿元；其中`: the year before's
    // level printed after the change is the base, not the whole.
    if matches!(last, Some('为' | '是')) {
        let lead = text[..figure.span.start].trim_end_matches(crate::chars::is_space);
        return YEAR_BEFORE.iter().any(|w| lead.ends_with(w));
    }
    if !matches!(last, Some('的' | '由' | '从' | '比')) {
        return false;
    }
    let clause = doc.clause_range(figure.span.start);
    let lead = &text[clause.start..figure.span.start];
    let lead = lead.trim_end_matches(crate::chars::is_space);
    // `比2020年的A`, `由2020年的A`, but not `由…增加到2025年的B`: the
    // level reached is no base.
    let base_of_de = || {
        lead.rfind(['比', '较', '由', '从'])
            .is_some_and(|p| !lead[p..].contains(['到', '至']))
    };
    (lead.ends_with('的') && base_of_de())
        || lead.ends_with('由')
        || lead.ends_with('从')
        || lead.ends_with('比')
}

/// Whether two units count the same things: `名` and `人` both count people.
pub(super) fn same_unit(a: &str, b: &str) -> bool {
    let people = |u: &str| matches!(u, "人" | "名");
    a == b || (people(a) && people(b))
}
