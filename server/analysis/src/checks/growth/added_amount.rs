//! `财政收入32.6亿元，比上年增加2.1亿元，增长6.9%`: a level, the amount
//! it rose (or fell) by over the year before, then the rate. The base is
//! the level less the amount, so the rate follows from the two printed
//! figures: amount / (level − amount).

use super::{UP, as_stated, is_volume, run_from, signed};
use crate::checks::figure_text::{is_plain_level, number, says_not_comparable, sentence_range};
use crate::diagnostic::{Change, Finding};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// A rate that cannot follow, its finding and the level it grew to.
pub(super) type Misfit<'d> = (&'d Figure, Finding, &'d Figure);

/// Words comparing with the year before (or the year's start or the last
/// year's end, for a stock), before the verb of the amount, if any.
const BASES: &[&str] = &[
    // (Before `比上年`, which it starts with.)
    "比上年末",
    "较上年末",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "同比",
    "比年初",
    "较年初",
];

/// Verbs of the amount: a plain rise or fall (not `多增`, a change of a
/// change).
const AMOUNT_VERBS: &[&str] = &["增加", "增收", "增产", "减少", "减收", "减产"];

/// Words between the amount and the rate.
const RATE_LINKS: &[&str] = &[
    "，增长",
    "、增长",
    "，下降",
    "、下降",
    "，同比增长",
    "，同比下降",
];

/// Each level, amount and rate of the form, with the finding when the rate
/// cannot follow from them: (the rate, the finding, the level). Levels
/// listed one per subject (`分别达到A、B，比上年分别增加C、D，分别增长X、Y`)
/// are read place by place, as many of each (two to five).
pub(super) fn misfits(doc: &Document) -> Vec<Misfit<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let n = run_from(text, figures, i);
        match read_places(doc, i, n) {
            Some(places) => {
                out.extend(places.into_iter().flatten());
                i += 3 * n;
            }
            None => i += n,
        }
    }
    out
}

/// The `n` levels from `figures[i]`, then as many amounts and rates: each
/// place's finding, if any; `None` when the figures are not of the form.
fn read_places(doc: &Document, i: usize, n: usize) -> Option<Vec<Option<Misfit<'_>>>> {
    let text = &doc.text;
    let figures = &doc.figures;
    if n > 5 {
        return None;
    }
    let (amounts, rates) = (i + n, i + 2 * n);
    let (level, amount, rate) = (&figures[i], figures.get(amounts)?, figures.get(rates)?);
    // Cheap tests first: this looks at every figure.
    if rate.kind != FigureKind::Percent || amount.unit != level.unit || amount.kind != level.kind {
        return None;
    }
    if run_from(text, figures, amounts) != n || run_from(text, figures, rates) != n {
        return None;
    }
    // `分别` may stand anywhere in either link when the figures are lists.
    let unlisted = |link: &str| {
        if n > 1 {
            link.replace("分别", "")
        } else {
            link.to_string()
        }
    };
    let verb = unlisted(text.get(figures[amounts - 1].span.end..amount.span.start)?);
    let verb = verb.strip_prefix(['，', ','])?;
    // With no base named (`21350元，增加1420元，增长7.1%`), the amount and
    // the rate share the one the clause leaves unsaid.
    // A level that closes a change of its own (`由56亿元增加到61.2亿元，
    // 增收5.2亿元`) is read with that change's base.
    let verb = match BASES.iter().find_map(|w| verb.strip_prefix(w)) {
        Some(verb) => verb,
        None if !text[doc.clause_range(level.span.start).start..level.span.start]
            .contains(|c: char| c.is_ascii_digit()) =>
        {
            verb
        }
        None => return None,
    };
    let link = unlisted(text.get(figures[rates - 1].span.end..rate.span.start)?);
    // A half-width comma between clauses (`增加1,380元,增长6.8%`) is the
    // full-width one typed on another keyboard.
    let link = match link.strip_prefix(',') {
        Some(rest) => format!("，{rest}"),
        None => link,
    };
    if !AMOUNT_VERBS.contains(&verb) || !RATE_LINKS.contains(&link.as_str()) {
        return None;
    }
    let up = UP.iter().any(|w| verb.ends_with(w));
    // The rate goes the amount's way.
    if up != link.ends_with("增长") {
        return None;
    }
    // Volumes grow at comparable prices; a basis said otherwise is no
    // arithmetic of the printed figures.
    let sentence = &text[sentence_range(text, level.span.start)];
    if says_not_comparable(sentence)
        || is_volume(text, level)
        || text[doc.clause_range(level.span.start).start..level.span.start].contains("产值")
    {
        return None;
    }
    let sign = if up { 1.0 } else { -1.0 };
    Some(
        (0..n)
            .map(|k| {
                let (level, amount, rate) =
                    (&figures[i + k], &figures[amounts + k], &figures[rates + k]);
                misfit(text, level, amount, rate, sign).map(|finding| (rate, finding, level))
            })
            .collect(),
    )
}

/// The finding when `rate` cannot be `amount` over the level less it (for
/// a rise; plus it, for a fall).
fn misfit(
    text: &str,
    level: &Figure,
    amount: &Figure,
    rate: &Figure,
    sign: f64,
) -> Option<Finding> {
    // `1，753亿元`: a digit and a comma before the level may be a
    // thousands separator the scanner cut the number at.
    let cut = text[..level.span.start]
        .strip_suffix(['，', ','])
        .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()));
    if cut
        || amount.qualifier.is_some()
        || level.qualifier.is_some()
        || !is_plain_level(text, level)
        || level
            .indicator
            .as_deref()
            .is_some_and(|i| i.contains("产值"))
    {
        return None;
    }
    let (base_lo, base_hi) = if sign > 0.0 {
        (level.low - amount.high, level.high - amount.low)
    } else {
        (level.low + amount.low, level.high + amount.high)
    };
    if base_lo <= 0.0 || !base_hi.is_finite() || !amount.high.is_finite() {
        return None;
    }
    let (a, b) = (
        amount.low / base_hi * 100.0 * sign,
        amount.high / base_lo * 100.0 * sign,
    );
    let (implied_lo, implied_hi) = (a.min(b), a.max(b));
    let (stated_lo, stated_hi) = signed(rate, sign);
    if stated_lo <= implied_hi && stated_hi >= implied_lo {
        return None;
    }
    let (shown_a, shown_b) = as_stated(implied_lo, implied_hi, sign);
    let (low, high) = (number(shown_a, 1), number(shown_b, 1));
    let implied = if low == high {
        format!("{low}%")
    } else {
        format!("{low}%–{high}%")
    };
    Some(Finding::GrowthMismatch(Box::new(Change {
        from: format!("{} − {}", level.text(text), amount.text(text)),
        to: level.text(text).to_string(),
        stated: rate.text(text).to_string(),
        implied,
    })))
}
