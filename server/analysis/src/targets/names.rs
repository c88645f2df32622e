//! The names a figure is known by: an indicator's general name in a target
//! list, names shared before `、`, urban and rural incomes, a basis clause.

use super::*;

/// Which form of the output's name a report uses: `国内生产总值` (the
/// nation's) or `地区生产总值`, by the figures it names; read once per
/// document.
#[derive(Clone, Copy, Debug)]
pub(super) struct Names {
    national: bool,
}

impl Names {
    pub(super) fn of(doc: &Document) -> Names {
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
pub(super) const GENERAL_NAMES: &[(&str, bool)] = &[
    ("经济增长速度", true),
    ("经济增长", true),
    ("经济增速", true),
    ("能耗强度", false),
    ("能源消耗强度", false),
];

/// The names of [`GENERAL_NAMES`], in its order.
pub(super) const GENERAL_NAME_WORDS: &[&str] = &[
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
pub(super) fn general_name(
    r: &Reader,
    figure: &Figure,
) -> Option<(&'static str, usize, &'static str)> {
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
pub(super) static GENERAL_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:今年|全年|预计)?(?:全[国省市县区州盟旗])?)$").expect("valid regex")
});
/// What may stand between a general name and its figure: change words.
pub(super) static GENERAL_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:预期|目标|力争|要|保持|实现|同比)*(?:增长|下降|降低|提高|达到|为|是|在|控制在)*$",
    )
    .expect("valid regex")
});

/// `城镇、农村居民人均可支配收入均增长8%` is both incomes' figure;
/// `城乡居民人均可支配收入均增长7%` too. `None` when the figure is not
/// such a shared one.
pub(super) fn both_incomes(doc: &Document, index: usize, figure: &Figure) -> Option<Vec<Stated>> {
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
pub(super) fn shared_with(r: &Reader, figure: &Figure, first: &Stated) -> Vec<Stated> {
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
pub(super) fn through_basis(r: &Reader, index: usize, figure: &Figure) -> Option<(String, usize)> {
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
pub(super) const BASIS_TAIL: usize = 96;

/// `，按可比价计算，同比增长`, `，按可比口径增长`: clauses that name a basis and a change.
pub(super) static BASIS_CLAUSES: LazyLock<Regex> = LazyLock::new(|| {
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
pub(super) fn urban_or_rural(
    r: &Reader,
    index: usize,
    figure: &Figure,
) -> Option<(&'static str, usize)> {
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
pub(super) fn residents(doc: &Document, start: usize, indicator: String) -> Option<String> {
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
