//! `规划共设置46项指标，20项约束性指标全部完成，26项预期性指标…`: a total
//! said with `共` and the things it counts right after it, then clauses
//! each opening with a count of its unit and a kind of those things (the
//! words ending with the total's, `约束性指标`): each kind is within the
//! total, though no `其中` says so. Not added up (kinds may overlap).

use super::{PartReading, plain_whole_and_part, run_of_parts, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// The most Han characters of the things counted, and of a kind of them.
const MAX_WORDS: usize = 8;

/// The kinds after `whole`, whose counted words and break are `between`
/// and the first of which is `part`.
pub(super) fn classes_of_total<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let counted = between.strip_suffix(['，', ','])?;
    if !plain_words(counted) || counted.chars().count() < 2 {
        return None;
    }
    // A total (`共`), not things newly added.
    let clause = doc.clause_range(whole.span.start);
    let lead = text.get(clause.start.min(whole.span.start)..whole.span.start)?;
    if !lead.contains('共') || lead.contains('新') || !plain_whole_and_part(doc, whole, part) {
        return None;
    }
    // A kind of the things: words after the count naming them with more
    // before (`约束性指标`, not `指标` alone).
    let kind_of = |f: &Figure| {
        let words: String = text[f.span.end..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c))
            .take(MAX_WORDS)
            .collect();
        f.kind == FigureKind::Count
            && same_unit(&f.unit, &whole.unit)
            && is_level(f)
            && !is_change(text, f)
            && words.find(counted).is_some_and(|p| p > 0)
    };
    if !kind_of(part) {
        return None;
    }
    let parts = run_of_parts(doc, part, 4, |gap, next| {
        // The clause of the kind before, then a break right before the next.
        gap.strip_suffix(['，', ','])
            .is_some_and(|own| !own.contains(['，', ',', '；', ';', '。']))
            && kind_of(next)
    });
    Some(PartReading {
        whole,
        parts,
        stops_at_next: true,
    })
}

fn plain_words(words: &str) -> bool {
    words.chars().count() <= MAX_WORDS && words.chars().all(crate::chars::is_han)
}
