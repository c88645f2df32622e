//! `累计增长62%，由8.5亿元增加到13.8亿元`: the rate printed before the two
//! levels it follows from, the levels opening the next clause; or a change
//! in points before two rates.

use super::*;

/// Words that may stand between the verb and its rate (`增长了`, `增长约`).
const HEDGES: [char; 5] = ['了', '约', '近', '超', '逾'];

/// Every rate closing a clause whose next clause opens with `由A…到B` and
/// says no more.
pub(super) fn rate_before_levels(doc: &Document) -> Vec<GrowthReading<'_>> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    for window in doc.figures.windows(3) {
        let [change, from, to] = window else {
            continue;
        };
        // `提高1.1个百分点，由60.2%提高到61.3%`: points before two rates.
        let points = change.kind == FigureKind::Points && from.kind == FigureKind::Percent;
        if !(change.kind == FigureKind::Percent && is_level(from) || points)
            || from.unit != to.unit
            || from.kind != to.kind
        {
            continue;
        }
        // `，由A`: the levels open the clause right after the rate.
        let link = &text[change.span.end..from.span.start];
        if !["，由", "，从", ",由", ",从"].contains(&link) {
            continue;
        }
        let Some(sign) = stated_rate(text, change) else {
            continue;
        };
        let between = strip_year(&text[from.span.end..to.span.start]);
        if !TO_WORDS.contains(&between) || between == "到" {
            continue;
        }
        // The levels end their clause: a change stated after them is read
        // with them by the levels' own reader.
        let after = &text[to.span.end..];
        if !(after.is_empty() || after.starts_with(['。', '；', ';', '\n', '！'])) {
            continue;
        }
        // The indicator is named before the rate: a volume's rate is real.
        out.push(GrowthReading::over_a_year_in(
            text,
            change,
            (from, to, change),
            sign,
        ));
    }
    out
}

/// The direction of a rate said by its verb right before it (`累计增长`,
/// `下降`); none for an average over years (`年均增长`), which needs its
/// years.
fn stated_rate(text: &str, rate: &Figure) -> Option<f64> {
    let before = chars_before(text, rate.span.start, 8);
    let verb = before.trim_end_matches(HEDGES);
    if ANNUAL.iter().any(|w| verb.contains(w)) {
        return None;
    }
    let verb = ["增长", "增加", "提高", "下降", "减少", "降低"]
        .iter()
        .find(|w| verb.ends_with(*w))?;
    bare_direction(verb)
}
