//! Last year's targets paired with this year's results: one indicator, one
//! unit, one kind of change, and whether the result met the target, read as
//! intervals (`5%左右` is met by 5.2%, within its tolerance at 4.9%).

use crate::figures::{Figure, Qualifier};
use crate::summary::Summary;
use crate::targets::{Change, Stated};

/// How a result stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Met,
    /// Short of the written value, inside the tolerance `左右` gives it.
    WithinTolerance,
    Missed,
}

impl Outcome {
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::WithinTolerance => "within-tolerance",
            Outcome::Missed => "missed",
        }
    }
}

/// One target of the previous report and the draft's result for it.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetPair {
    /// In the previous report.
    pub target: Stated,
    /// In the draft, or `None` when the draft reports no plain result for it.
    pub result: Option<Stated>,
    pub outcome: Option<Outcome>,
}

/// Indicators where less is better: prices, unemployment, energy use, deficits.
const LOWER_IS_BETTER: &[&str] = &[
    "居民消费价格",
    "城镇调查失业率",
    "城镇登记失业率",
    "单位地区生产总值能耗",
    "单位国内生产总值能耗",
    "赤字率",
];

/// Pairs every target of `previous` with the draft's result for the same
/// measure.
pub fn pair(previous: &Summary, draft: &Summary) -> Vec<TargetPair> {
    let results = &draft.year;
    previous
        .year
        .targets
        .iter()
        .map(|target| {
            let result = results
                .results
                .iter()
                .find(|r| r.same_measure(target))
                .cloned();
            let outcome = result.as_ref().and_then(|r| {
                Some(outcome(
                    previous.figure(target.figure)?,
                    draft.figure(r.figure)?,
                    target,
                ))
            });
            TargetPair {
                target: target.clone(),
                result,
                outcome,
            }
        })
        .collect()
}

/// Whether `result` meets `target`: at or past the written value is met;
/// short of it but inside the interval of a `左右` target is within its
/// tolerance; else missed. A ceiling (`以内`, or a price or jobless rate)
/// is met from below.
pub fn outcome(target: &Figure, result: &Figure, stated: &Stated) -> Outcome {
    let lower_is_better = target.qualifier == Some(Qualifier::Under)
        || (stated.change != Change::Fall && LOWER_IS_BETTER.contains(&stated.indicator.as_str()));
    let r = result.value;
    let slack = 1e-9 * target.value.abs().max(1.0);
    let (met, tolerated) = if lower_is_better {
        let bound = match target.qualifier {
            Some(Qualifier::Range) => target.high,
            _ => target.value,
        };
        (r <= bound + slack, r <= target.high + slack)
    } else {
        let bound = match target.qualifier {
            Some(Qualifier::Range) => target.low,
            _ => target.value,
        };
        (r + slack >= bound, r + slack >= target.low)
    };
    if met {
        Outcome::Met
    } else if tolerated && target.qualifier == Some(Qualifier::About) {
        Outcome::WithinTolerance
    } else {
        Outcome::Missed
    }
}
