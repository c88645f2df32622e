//! `清理规范性文件320件，废止41件，修订57件`: things counted as reviewed
//! (`清理`, `梳理`, `审查` in the whole's clause), then clauses each a verb
//! of what the review decided (`废止`, `修订`, `宣布失效`) and a bare count
//! of the whole's unit: those decided on are among the things reviewed,
//! though no `其中` says so. Not added up (one thing may be both amended
//! and devolved).

use super::{PartReading, plain_whole_and_part, run_of_parts, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Verbs of reviewing a set of things.
const REVIEWS: &[&str] = &["清理", "梳理", "审查", "清查", "排查", "核查", "复核"];

/// Verbs of what a review decided for some of the things reviewed.
const OUTCOMES: &[&str] = &[
    "废止",
    "宣布失效",
    "修订",
    "修改",
    "取消",
    "保留",
    "撤销",
    "下放",
    "合并",
    "停止执行",
];

/// The decided-on counts after a count of things reviewed: `whole`, the
/// `part` right after it and the words `between` them (the whole's counted
/// words, a break and an outcome verb).
pub(super) fn outcome_of_review<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, verb) = between.rsplit_once(['，', ','])?;
    if !OUTCOMES.contains(&verb) || !words.chars().all(crate::chars::is_han) {
        return None;
    }
    // The review is named in the whole's clause, before or after it.
    let clause = doc.clause_range(whole.span.start);
    let lead = text.get(clause.start.min(whole.span.start)..whole.span.start)?;
    let named = |w: &&str| lead.contains(w) || words.contains(w);
    if !REVIEWS.iter().any(named) || !plain_whole_and_part(doc, whole, part) {
        return None;
    }
    // `清理取消事项28项，下放43项`: a whole already decided on (cancelled)
    // is one outcome of the review; the next is another, not among it.
    if OUTCOMES.iter().any(|w| lead.contains(w)) {
        return None;
    }
    let decided = |f: &Figure| {
        f.kind == FigureKind::Count
            && same_unit(&f.unit, &whole.unit)
            && is_level(f)
            && !is_change(text, f)
            && text[f.span.end..].starts_with(['，', ',', '。', '；', ';'])
    };
    if !decided(part) {
        return None;
    }
    let parts = run_of_parts(doc, part, 4, |gap, next| {
        gap.strip_prefix(['，', ','])
            .is_some_and(|verb| OUTCOMES.contains(&verb))
            && decided(next)
    });
    Some(PartReading {
        whole,
        parts,
        stops_at_next: true,
    })
}
