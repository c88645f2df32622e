//! share-mismatch with no `其中`: a share whose whole is printed earlier in
//! the paragraph under its own name. `营业收入2468亿元；工业产值1286亿元，
//! 占营业收入的52.1%` (the whole named after `占`), `一般公共预算收入48.6
//! 亿元；税收收入36.2亿元，占比74.5%` (tax is a part of the general budget
//! revenue, whatever else the clause says), and the urbanisation rate with
//! the resident and the urban population printed before it. The whole is
//! read only when its name stands once in the paragraph before the part,
//! right before one plain level of the part's unit (`由A增加到B` has two:
//! no reading).

use super::share_of_whole::{bounds, decimals, plain};
use super::{PartReading, Sink};
use crate::checks::figure_text::number;
use crate::diagnostic::{Finding, Related, RelatedKind, ShareOfWhole};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words between a whole's name and its level.
const LINKS: &[&str] = &["", "为", "达到", "达", "完成", "实现", "突破", "总额", "是"];

/// Words closing `占W…` right before the share.
const CLOSERS: &[&str] = &[
    "的比重为",
    "的比重达到",
    "的比重",
    "比重为",
    "比重达到",
    "比重",
    "的",
];

/// Bare share words after a part (`，占比74.5%`).
const BARE: &[&str] = &["，占比", "，占比为", "，占比达", "、占比"];

/// Names of tax revenue, a part of the general budget revenue.
const TAX: &[&str] = &["税收收入", "税收"];

/// The general budget revenue, the whole of tax revenue.
const BUDGET_REVENUE: &str = "一般公共预算收入";

/// Most Han characters of a whole's name after `占`.
const MAX_NAME: usize = 12;

pub(super) fn check(doc: &Document, readings: &[PartReading], sink: &mut Sink) {
    let text = &doc.text;
    // The parts read with a `其中`, found once for every share.
    let with_of_which: std::collections::HashSet<(usize, usize)> = readings
        .iter()
        .flat_map(|r| r.parts.iter().map(|p| (p.span.start, p.span.end)))
        .collect();
    for pair in doc.figures.windows(2) {
        let [part, share] = pair else {
            continue;
        };
        // Cheapest first: a plain percent right after a level.
        if share.kind != FigureKind::Percent
            || share.qualifier.is_some()
            || part.kind == FigureKind::Percent
        {
            continue;
        }
        let Some(between) = text.get(part.span.end..share.span.start) else {
            continue;
        };
        let Some(name) = whole_name(text, part, between) else {
            continue;
        };
        // A part read with its `其中` is the other reader's.
        if with_of_which.contains(&(part.span.start, part.span.end)) || !plain(text, part) {
            continue;
        }
        let Some(paragraph) = crate::text::line_start_near(text, part.span.start) else {
            continue;
        };
        let Some(whole) = named_level(doc, paragraph..part.span.start, name, &part.unit) else {
            continue;
        };
        push(doc, sink, part, whole, share);
    }
    urbanisation(doc, sink);
}

/// The name of the whole a share after `part` is of: named after `占`, or
/// the general budget revenue for tax revenue with a bare `占比`.
fn whole_name<'t>(text: &'t str, part: &Figure, between: &'t str) -> Option<&'t str> {
    if BARE.contains(&between) {
        let lead =
            text[..part.span.start].trim_end_matches(['为', '达', '到', '完', '成', '实', '现']);
        return TAX
            .iter()
            .any(|w| lead.ends_with(w))
            .then_some(BUDGET_REVENUE);
    }
    let words = between
        .strip_prefix("，占")
        .or_else(|| between.strip_prefix("、占"))?;
    let name = CLOSERS.iter().find_map(|c| words.strip_suffix(c))?;
    let n = name.chars().count();
    ((3..=MAX_NAME).contains(&n) && name.chars().all(crate::chars::is_han)).then_some(name)
}

/// The one plain level of `unit` printed right after `name` in `range`,
/// when `name` stands there once as a level's name (not after `占`, not
/// inside a per-head name).
fn named_level<'d>(
    doc: &'d Document,
    range: std::ops::Range<usize>,
    name: &str,
    unit: &str,
) -> Option<&'d Figure> {
    let text = &doc.text;
    let at = only_name(text, range.clone(), name, |_| true)?;
    level_after(doc, at + name.len(), range.end, unit)
}

/// Where `name` stands once in `range` as a level's name (and passes
/// `keep`); `None` when it stands there never or more than once.
fn only_name(
    text: &str,
    range: std::ops::Range<usize>,
    name: &str,
    keep: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut found = text[range.clone()]
        .match_indices(name)
        .map(|(p, _)| range.start + p)
        .filter(|&p| !text[..p].ends_with('占') && keep(p));
    let at = found.next()?;
    (found.next().is_none() && !text[..at].ends_with("人均")).then_some(at)
}

/// The plain level of `unit` right after a name ending at `after` (only
/// link words between), before `end`.
fn level_after<'d>(doc: &'d Document, after: usize, end: usize, unit: &str) -> Option<&'d Figure> {
    let text = &doc.text;
    let next = doc.figures.partition_point(|f| f.span.start < after);
    let whole = doc.figures.get(next)?;
    let link = text.get(after..whole.span.start)?;
    (whole.span.end <= end
        && LINKS.contains(&link)
        && whole.unit == unit
        && plain(text, whole)
        && whole.low > 0.0)
        .then_some(whole)
}

/// `常住人口162.4万人，其中城镇人口107.3万人。城镇化率达到66.1%`: the
/// urbanisation rate is the urban population over the resident one, each
/// printed once in the paragraph before it.
fn urbanisation(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    for (i, rate) in doc.figures.iter().enumerate() {
        if rate.kind != FigureKind::Percent || rate.qualifier.is_some() {
            continue;
        }
        let lead = &text[..rate.span.start];
        let lead = ["为", "达到", "达", "是"]
            .iter()
            .find_map(|w| lead.strip_suffix(w))
            .unwrap_or(lead);
        // (The registered population's rate, `户籍人口城镇化率`, is of
        // other populations.)
        if !lead.ends_with("城镇化率") || lead.ends_with("户籍人口城镇化率") {
            continue;
        }
        // `城镇化率由60%提高到62%`: the first is no level of this year.
        if doc.figures.get(i + 1).is_some_and(|f| {
            f.kind == FigureKind::Percent && text[rate.span.end..f.span.start].contains('到')
        }) {
            continue;
        }
        let Some(paragraph) = crate::text::line_start_near(text, rate.span.start) else {
            continue;
        };
        let range = paragraph..rate.span.start;
        // The resident population, not the urban or rural one, nor the
        // rate's own name (`常住人口城镇化率`).
        let resident = |p: usize| {
            !text[..p].ends_with(['镇', '村', '乡']) && !text[p..].starts_with("常住人口城镇化率")
        };
        let Some(at) = only_name(text, range.clone(), "常住人口", resident) else {
            continue;
        };
        let urban = only_name(text, range.clone(), "城镇人口", |_| true)
            .map(|p| p + "城镇人口".len())
            .or_else(|| {
                only_name(text, range.clone(), "城镇常住人口", |_| true)
                    .map(|p| p + "城镇常住人口".len())
            });
        let Some(urban) = urban else {
            continue;
        };
        let (Some(whole), Some(part)) = (
            level_after(doc, at + "常住人口".len(), range.end, "人"),
            level_after(doc, urban, range.end, "人"),
        ) else {
            continue;
        };
        if whole.span.start >= part.span.start {
            continue;
        }
        push(doc, sink, part, whole, rate);
    }
}

/// The finding when `share` falls outside what `part` over `whole` allows.
fn push(doc: &Document, sink: &mut Sink, part: &Figure, whole: &Figure, share: &Figure) {
    let text = &doc.text;
    let (part_low, part_high) = bounds(text, part);
    let (whole_low, whole_high) = bounds(text, whole);
    let low = part_low / whole_high * 100.0;
    let high = part_high / whole_low * 100.0;
    if share.high >= low && share.low <= high {
        return;
    }
    let implied = format!(
        "{}%",
        number(part.value / whole.value * 100.0, decimals(share.precision))
    );
    sink.push(
        share.span.clone(),
        Finding::ShareMismatch(Box::new(ShareOfWhole {
            share: share.text(text).to_string(),
            part: part.text(text).to_string(),
            whole: whole.text(text).to_string(),
            implied,
        })),
        vec![Related {
            file: None,
            range: whole.span.clone(),
            kind: RelatedKind::Whole,
        }],
    );
}
