//! Readings inside the sentence of the levels: pairs listed or in turn, a
//! rate after an added amount, a rate then a level, a base printed as a multiple.

use super::*;

/// The link from a level to its change past a clause naming the basis
/// of the rate (`，按可比价格计算，年均增长`): the clause says how the rate
/// is measured, not whose it is (the sentence's basis words mark the
/// reading as not comparable with the levels).
pub(super) fn past_basis(link: &str) -> &str {
    let Some(rest) = link.strip_prefix('，') else {
        return link;
    };
    match rest.find('，') {
        Some(end) if end <= 10 * 3 && says_not_comparable(&rest[..end]) => &rest[end..],
        _ => link,
    }
}

/// `从20万吨增加到60万吨，是五年前的3倍`: the later level as a multiple of
/// the earlier (`是…的N倍`, the time of its base between), read as a
/// rise; the check takes `N倍` either as the ratio or as the ratio less
/// one, as writers use both.
pub(super) fn times_the_base(link: &str, change: &Figure) -> Option<f64> {
    let base = link
        .strip_prefix('，')?
        .strip_prefix('是')?
        .strip_suffix('的')?;
    // The base is a time (`2015年`, `五年前`, `上年末`), not another
    // subject (`全省平均水平`).
    let time = base
        .strip_suffix(['前', '末', '底', '初'])
        .unwrap_or(base)
        .ends_with('年');
    let plain = time && base.chars().count() <= 8 && !base.contains(['，', ',', '、']);
    (change.kind == FigureKind::Ratio && change.unit == "倍" && plain).then_some(1.0)
}

/// Words of a base, a period or an average between the levels and their
/// change (`，比2016年提高`, `，较“十二五”末增长`, `，年均分别增长`).
pub(super) const CHANGE_LEADS: &[&str] = &[
    "平均每年",
    "每年平均",
    "同比",
    "上年",
    "去年",
    "年初",
    "年均",
    "平均",
    "每年",
    "累计",
    "分别",
    "比",
    "较",
    "均",
    "共",
    "总体",
    "实际",
    "名义",
];

/// Whether the words between the later level and its change name another
/// subject (`由60.2%提高到62.1%，户籍城镇化率提高1.5个百分点`): the change is
/// that subject's, not the levels'. Two characters of Chinese left past the
/// words of a base, a period or an average, and the verb, name one.
pub(super) fn names_another_subject(link: &str) -> bool {
    let link = link.trim_start_matches(['，', ',', '、']);
    let Some(verb) = UP.iter().chain(DOWN).find(|w| link.ends_with(*w)) else {
        return false;
    };
    let mut lead = link[..link.len() - verb.len()].to_string();
    for word in CHANGE_LEADS {
        lead = lead.replace(word, "");
    }
    lead.chars()
        .filter(|&c| crate::chars::is_han(c) && !"年末初一二三四五六七八九十了".contains(c))
        .count()
        >= 2
}

/// `由A增加到B，增收C，增长X%`: a rate right after the amount of the
/// change, over the same levels (one comma, a verb of change, no years of
/// its own). Not after a rate or an average.
pub(super) fn rate_after_amount<'d>(
    text: &str,
    reading: &GrowthReading<'d>,
    next: Option<&'d Figure>,
) -> Option<GrowthReading<'d>> {
    let next = next?;
    if reading.annual || !is_level(reading.change) || next.kind != FigureKind::Percent {
        return None;
    }
    let link = text.get(reading.change.span.end..next.span.start)?;
    let link = link.strip_prefix('，').or_else(|| link.strip_prefix(','))?;
    if link.chars().count() > 4 || ANNUAL.iter().any(|w| link.contains(w)) {
        return None;
    }
    let link = link.strip_prefix("同比").unwrap_or(link);
    let sign = direction(link)?;
    (["增长", "下降"].contains(&link) && sign == reading.sign).then(|| GrowthReading {
        change: next,
        ..reading.clone()
    })
}

/// Words joining two values of a list.
pub(super) const LISTING: &[&str] = &["、", "和", "及", "与"];

/// The figures from `figures[i]` on joined by listing words (`A、B和C`),
/// of one unit: how many.
pub(super) fn run_from(text: &str, figures: &[Figure], i: usize) -> usize {
    let first = &figures[i];
    let mut n = 1;
    while let Some(next) = figures.get(i + n) {
        let gap = text[figures[i + n - 1].span.end..next.span.start].trim();
        if next.unit != first.unit || next.kind != first.kind || !LISTING.contains(&gap) {
            break;
        }
        n += 1;
    }
    n
}

/// `A由a增加到b，B由c增加到d，年均分别增长X、Y`: pairs of levels one
/// subject after another, then their rates in the same order, read place
/// by place (`last` is the reading of the pair next to the rates). Only
/// when the sentence holds as many such pairs as rates: else which rate is
/// whose is not unique, and nothing is read.
pub(super) fn in_turn<'d>(
    text: &str,
    figures: &'d [Figure],
    i: usize,
    last: &GrowthReading<'d>,
) -> Vec<GrowthReading<'d>> {
    let rates = i + 2;
    let n = run_from(text, figures, rates);
    let mut firsts = vec![i];
    while firsts.len() <= n {
        let next = *firsts.last().expect("one pair at least");
        let Some(prev) = next.checked_sub(2) else {
            break;
        };
        let gap = &text[figures[prev + 1].span.end..figures[next].span.start];
        if gap.contains(['。', '；', ';', '\n'])
            || !is_pair(text, &figures[prev], &figures[prev + 1])
        {
            break;
        }
        firsts.push(prev);
    }
    if n < 2 || firsts.len() != n || figures[rates].kind != FigureKind::Percent {
        return Vec::new();
    }
    firsts.reverse();
    firsts
        .into_iter()
        .enumerate()
        .map(|(k, f)| GrowthReading {
            from: &figures[f],
            to: &figures[f + 1],
            change: &figures[rates + k],
            not_comparable: last.not_comparable || is_volume(text, &figures[f]),
            ..last.clone()
        })
        .collect()
}

/// `由A增加到B`: two levels of one unit, the later one right after a verb
/// of reaching it.
pub(super) fn is_pair(text: &str, from: &Figure, to: &Figure) -> bool {
    let between = strip_year(&text[from.span.end..to.span.start]);
    from.unit == to.unit
        && starts_from(text, from)
        && TO_WORDS.iter().any(|w| between.ends_with(w))
        && between.chars().count() <= 12
        && !between.contains(['，', ',', '；', '。'])
}

/// `收入分别由A、B增加到C、D，年均分别增长X%、Y%`: as many earlier
/// levels, later levels and rates, each the one subject's, read as one
/// growth per place in the lists (two to five).
pub(super) fn listed(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let n = run_from(text, figures, i);
        let from = &figures[i];
        let listed_from = (2..=5).contains(&n)
            && starts_from(text, from)
            && strip_year(chars_before(text, from.span.start, 9))
                .trim_end_matches(['从', '由'])
                .ends_with("分别");
        if !listed_from {
            i += n;
            continue;
        }
        let reading = (|| {
            let to = i + n;
            let between = strip_year(&text[figures[to - 1].span.end..figures.get(to)?.span.start]);
            if !TO_WORDS.iter().any(|w| between.ends_with(w)) || between.chars().count() > 6 {
                return None;
            }
            if run_from(text, figures, to) != n || figures[to].unit != from.unit {
                return None;
            }
            let rates = to + n;
            let rate = figures.get(rates)?;
            let link = &text[figures[rates - 1].span.end..rate.span.start];
            if link.chars().count() > 10 || link.contains(['。', '；', ';']) {
                return None;
            }
            let link = link.trim_end_matches(['了', '约', '近', '超', '逾']);
            let sign = direction(link.trim_end_matches("分别"))?;
            // Changes of rates in points (`分别提高6.7和3.3个百分点`), or
            // growth rates of levels.
            let points = rate.kind == FigureKind::Points && from.kind == FigureKind::Percent;
            if !(rate.kind == FigureKind::Percent || points) || run_from(text, figures, rates) != n
            {
                return None;
            }
            let annual = ANNUAL.iter().any(|w| link.contains(w));
            let (years, period_from_context) = if annual {
                match years_between(text, from, &figures[to]) {
                    Some(y) => (y, false),
                    None => (period_near(doc, from.span.start)?, true),
                }
            } else {
                (1, false)
            };
            let sentence = sentence_range(text, from.span.start);
            let not_comparable = says_not_comparable(&text[sentence]) || is_volume(text, from);
            Some((0..n).map(move |k| GrowthReading {
                from: &figures[i + k],
                to: &figures[to + k],
                change: &figures[rates + k],
                sign,
                years,
                period_from_context,
                annual,
                not_comparable,
            }))
        })();
        match reading {
            Some(readings) => {
                out.extend(readings);
                i += 3 * n;
            }
            None => i += n,
        }
    }
    out
}

/// `由A增长X%，达到B` (or `增长N倍`): the base, the change right after its
/// verb, then the level reached, all in one clause chain. The verb alone
/// stands between the base and the change (no `年均`, no other subject).
pub(super) fn rate_then_level(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = &doc.text;
    let mut out = Vec::new();
    for window in doc.figures.windows(3) {
        let [from, change, to] = window else {
            continue;
        };
        let rate = change.kind == FigureKind::Percent
            || change.kind == FigureKind::Ratio && change.unit == "倍";
        if !rate
            || !is_level(from)
            || from.unit != to.unit
            || from.kind != to.kind
            || !starts_from(text, from)
        {
            continue;
        }
        let Some(sign) = bare_direction(&text[from.span.end..change.span.start]) else {
            continue;
        };
        let link = &text[change.span.end..to.span.start];
        let Some(reach) = link.strip_prefix(['，', ',']) else {
            continue;
        };
        if reach == "到" || !TO_WORDS.contains(&reach) {
            continue;
        }
        out.push(GrowthReading::over_a_year_in(
            text,
            from,
            (from, to, change),
            sign,
        ));
    }
    out
}
