//! Whether a printed change can follow from the levels, within rounding.

use super::*;

/// +1 for a rise, -1 for a fall, from the verb ending `link`.
/// The direction of a link that is a bare verb of change (`提高`, `下降了`)
/// and nothing else.
pub(super) fn bare_direction(link: &str) -> Option<f64> {
    let verb = link.trim_end_matches('了');
    if UP.contains(&verb) {
        Some(1.0)
    } else if DOWN.contains(&verb) {
        Some(-1.0)
    } else {
        None
    }
}

pub(super) fn direction(link: &str) -> Option<f64> {
    let link = link.trim_end();
    if UP.iter().any(|w| link.ends_with(w)) {
        Some(1.0)
    } else if DOWN.iter().any(|w| link.ends_with(w)) {
        Some(-1.0)
    } else {
        None
    }
}

/// The finding over the first of `spans` (years) when no span fits the
/// stated change; none when one does. `slack` (points below, above) widens
/// a stated percent beyond its printed digits.
pub(super) fn first_misfit(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    spans: &[i32],
    slack: (f64, f64),
) -> Option<Finding> {
    let mut first = None;
    for &years in spans {
        let finding = growth_misfit(doc, from, to, change, sign, years, slack)?;
        first.get_or_insert(finding);
    }
    first
}

/// The finding when `change` does not follow from the levels over `years`.
pub(super) fn growth_misfit(
    doc: &Document,
    from: &Figure,
    to: &Figure,
    change: &Figure,
    sign: f64,
    years: i32,
    (below, above): (f64, f64),
) -> Option<Finding> {
    if from.low <= 0.0 || !from.high.is_finite() || !to.high.is_finite() {
        return None;
    }
    let text = &doc.text;
    // The ratio to/from as an interval.
    let (lo, hi) = (to.low / from.high, to.high / from.low);
    let n = f64::from(years);
    let (implied_lo, implied_hi, stated_lo, stated_hi, implied) = match change.kind {
        FigureKind::Percent => {
            let (a, b) = (
                (lo.powf(1.0 / n) - 1.0) * 100.0,
                (hi.powf(1.0 / n) - 1.0) * 100.0,
            );
            let (low, high) = (change.low - below, change.high + above);
            let (s_lo, s_hi) = if sign > 0.0 {
                (low, high)
            } else {
                (-high, -low)
            };
            let (shown_a, shown_b) = as_stated(a, b, sign);
            (
                a,
                b,
                s_lo,
                s_hi,
                spread(number(shown_a, 1), number(shown_b, 1), "%", "%"),
            )
        }
        // `增长2.1倍` is to/from − 1; some writers mean to/from itself:
        // fire only when neither reading fits.
        FigureKind::Ratio if change.unit == "倍" && years == 1 && sign > 0.0 => {
            let fits_either = change.low <= hi - 1.0 && change.high >= lo - 1.0
                || change.low <= hi && change.high >= lo;
            if fits_either {
                return None;
            }
            // `是五年前的2.5倍` states the multiple itself: shown as such.
            let (shown_lo, shown_hi) = if chars_before(text, change.span.start, 1) == "的" {
                (lo, hi)
            } else {
                (lo - 1.0, hi - 1.0)
            };
            (
                lo - 1.0,
                hi - 1.0,
                change.low,
                change.high,
                spread(number(shown_lo, 2), number(shown_hi, 2), "", "倍"),
            )
        }
        // `年均增长13.1亿元`: the increase averaged over the years.
        _ if change.unit == from.unit && is_level(change) => {
            let (a, b) = ((to.low - from.high) / n, (to.high - from.low) / n);
            let (s_lo, s_hi) = signed(change, sign);
            let (shown_a, shown_b) = as_stated(a, b, sign);
            let implied = change.range_text(shown_a, shown_b);
            (a, b, s_lo, s_hi, implied)
        }
        _ => return None,
    };
    (stated_lo > implied_hi || stated_hi < implied_lo).then(|| {
        Finding::GrowthMismatch(Box::new(Change {
            from: from.text(text).to_string(),
            to: to.text(text).to_string(),
            stated: change.text(text).to_string(),
            implied,
        }))
    })
}

/// `low–high` with `each` after the low bound and `last` after the high;
/// one figure when both print alike (`5.9%`, not `5.9%–5.9%`).
pub(super) fn spread(low: String, high: String, each: &str, last: &str) -> String {
    if low == high {
        format!("{low}{last}")
    } else if high.starts_with('-') {
        // `-1–-0.8` reads as a typo: a wave dash parts two negative ends.
        format!("{low}{each}～{high}{last}")
    } else {
        format!("{low}{each}–{high}{last}")
    }
}
