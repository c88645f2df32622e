//! `风电、光伏发电量分别为186亿千瓦时、94亿千瓦时，合计280亿千瓦时`: the
//! values listed after `分别`, then their sum right after `，合计`. Each value
//! is a part of the sum and, the sum naming no other, they add up to it.

use super::{PartReading, same_unit};
use crate::chars::is_han;
use crate::checks::figure_text::is_plain_level;
use crate::document::Document;

/// Words saying the next figure sums the values before it.
const SUMS: &[&str] = &["合计", "共计", "总计"];

/// What may stand between the sum word and its figure (`合计达到`).
const SUM_VERBS: &[&str] = &["", "为", "达", "达到"];

/// Words joining two values of the list.
const JOINS: &[&str] = &["、", "和", "与"];

/// The most Han characters of the verb between `分别` and the first value.
const MAX_VERB: usize = 3;

/// The reading at the `分别` at byte `at`, if its values of one unit, at
/// least two, are followed by `，合计` and a level of that unit.
pub(super) fn respectively_total(doc: &Document, at: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let after = at + "分别".len();
    let k = doc.figures.partition_point(|f| f.span.start < after);
    let first = doc.figures.get(k)?;
    let verb = text.get(after..first.span.start)?;
    if verb.chars().count() > MAX_VERB || !verb.chars().all(is_han) || !is_plain_level(text, first)
    {
        return None;
    }
    let mut parts = vec![first];
    for next in &doc.figures[k + 1..] {
        let last = parts[parts.len() - 1];
        let gap = text.get(last.span.end..next.span.start)?;
        let alike = same_unit(&next.unit, &first.unit) && is_plain_level(text, next);
        if JOINS.contains(&gap) {
            if !alike {
                return None;
            }
            parts.push(next);
            continue;
        }
        // The sum follows the list at once: a word before `合计` (`全市合计`)
        // may name a larger whole.
        let word = gap.strip_prefix(['，', ','])?;
        let verb = SUMS.iter().find_map(|w| word.strip_prefix(w))?;
        return (SUM_VERBS.contains(&verb) && alike && parts.len() >= 2).then_some(PartReading {
            whole: next,
            parts,
            stops_at_next: false,
        });
    }
    None
}
