//! The draft and last year's report in the editor: inlay hints after a
//! result (`目标 5%左右 ✓`) and after each of this year's targets (last
//! year's target and result), the pair in the hover of either figure, and
//! last year's explanation in the hover of a note explained otherwise.

use crate::messages::{Locale, hover as words};
use crate::target_pairs::TargetPair;
use crate::workspace::{Review, Workspace};

/// A label shown after the text at `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlayHint {
    pub offset: usize,
    pub label: String,
}

/// The hints of document `file`, in text order.
pub fn inlay_hints(workspace: &Workspace, file: usize, locale: Locale) -> Vec<InlayHint> {
    let Some(review) = workspace.review(file) else {
        return Vec::new();
    };
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for pair in &review.pairs {
        let (Some(result), Some(outcome)) = (&pair.result, pair.outcome) else {
            continue;
        };
        let Some(figure) = doc.figures.get(result.figure) else {
            continue;
        };
        let target = target_text(workspace, &review, pair);
        out.push(InlayHint {
            offset: figure.span.end,
            label: words::result_hint(&target, outcome, locale),
        });
    }
    if let Some(year) = workspace.year_figures(file) {
        for target in &year.targets {
            let Some(pair) = review.pairs.iter().find(|p| p.target.same_measure(target)) else {
                continue;
            };
            let Some(figure) = doc.figures.get(target.figure) else {
                continue;
            };
            out.push(InlayHint {
                offset: figure.span.end,
                label: words::last_year_hint(
                    &target_text(workspace, &review, pair),
                    result_text(workspace, file, pair).as_deref(),
                    pair.outcome,
                    locale,
                ),
            });
        }
    }
    out.sort_by_key(|h| h.offset);
    out
}

/// The pair of the figure `figure` of document `file`, as Markdown: a
/// result of the draft, a target of this year or a target of last year's
/// report reviewed by a draft of the workspace.
pub fn pair_hover(
    workspace: &Workspace,
    file: usize,
    figure: usize,
    locale: Locale,
) -> Option<String> {
    if let Some(review) = workspace.review(file) {
        // One figure may be the result or target of two indicators
        // (`城乡居民人均可支配收入均增长7%`): every pair it belongs to.
        let as_result: Vec<&TargetPair> = review
            .pairs
            .iter()
            .filter(|p| p.result.as_ref().is_some_and(|r| r.figure == figure))
            .collect();
        let this_year: Vec<&TargetPair> = workspace
            .year_figures(file)?
            .targets
            .iter()
            .filter(|t| t.figure == figure)
            .filter_map(|t| review.pairs.iter().find(|p| p.target.same_measure(t)))
            .collect();
        let pairs = if as_result.is_empty() {
            this_year
        } else {
            as_result
        };
        if !pairs.is_empty() {
            return Some(joined(workspace, &review, file, &pairs, locale));
        }
    }
    // A target of this report, reviewed by next year's.
    workspace.summaries().find_map(|(draft, _, _)| {
        let review = workspace.review(draft).filter(|r| r.previous == file)?;
        let pairs: Vec<&TargetPair> = review
            .pairs
            .iter()
            .filter(|p| p.target.figure == figure)
            .collect();
        (!pairs.is_empty()).then(|| joined(workspace, &review, draft, &pairs, locale))
    })
}

fn joined(
    workspace: &Workspace,
    review: &Review,
    draft: usize,
    pairs: &[&TargetPair],
    locale: Locale,
) -> String {
    pairs
        .iter()
        .map(|pair| pair_markdown(workspace, review, draft, pair, locale))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn pair_markdown(
    workspace: &Workspace,
    review: &Review,
    draft: usize,
    pair: &TargetPair,
    locale: Locale,
) -> String {
    words::target_pair(
        &pair.target.indicator,
        review.year,
        &target_text(workspace, review, pair),
        workspace.path(review.previous).unwrap_or_default(),
        result_text(workspace, draft, pair).as_deref(),
        pair.outcome,
        locale,
    )
}

fn target_text(workspace: &Workspace, review: &Review, pair: &TargetPair) -> String {
    workspace
        .summary(review.previous)
        .and_then(|s| s.figure_text(pair.target.figure))
        .unwrap_or_default()
        .to_string()
}

fn result_text(workspace: &Workspace, draft: usize, pair: &TargetPair) -> Option<String> {
    let figure = pair.result.as_ref()?.figure;
    Some(workspace.summary(draft)?.figure_text(figure)?.to_string())
}

/// Last year's explanation of note `note` of document `file`, as Markdown,
/// when last year's report explains its term otherwise (`note-drift`).
pub fn note_drift_hover(
    workspace: &Workspace,
    file: usize,
    note: usize,
    locale: Locale,
) -> Option<String> {
    let previous = workspace.previous_of(file)?;
    let (doc, old_doc) = (workspace.document(file)?, workspace.summary(previous)?);
    let n = crate::copies::drifted_note(doc, note, old_doc)?;
    let old = old_doc.notes.get(n)?;
    Some(words::previous_explanation(
        workspace.path(previous).unwrap_or_default(),
        old.number,
        old_doc.note_text(n).trim(),
        locale,
    ))
}
