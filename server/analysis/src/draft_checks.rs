//! The cross-report rules on a draft and its previous report:
//! `target-review`, `target-claim`, `target-unreported`, `restated-conflict`,
//! `stale-copy`, `note-drift`.

use crate::config::Config;
use crate::copies::drifted_notes;
use crate::diagnostic::{
    Code, Diagnostic, Finding, Outcome, Related, RelatedKind, RestatedConflict, TargetReview,
};
use crate::document::Document;
use crate::summary::Summary;
use crate::target_pairs::TargetPair;
use crate::targets::YearFigures;

/// A draft, its previous report (document `previous_file` of the
/// workspace, known by its summary) and their targets paired.
pub struct DraftPair<'a> {
    pub draft: &'a Document,
    pub draft_year: &'a YearFigures,
    pub previous: &'a Summary,
    pub previous_file: usize,
    /// The year the targets were set for.
    pub year: Option<i32>,
    pub pairs: &'a [TargetPair],
}

/// The findings of the draft against its previous report.
pub fn check(pair: &DraftPair, config: &Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut push = |range, finding: Finding, related: Vec<Related>| {
        if let Some(severity) = config.severity(finding.code()) {
            out.push(Diagnostic {
                severity,
                range,
                finding,
                related: related.into(),
            });
        }
    };
    let figure_text = |doc: &Document, i: usize| {
        doc.figures
            .get(i)
            .map_or(String::new(), |f| f.text(&doc.text).to_string())
    };
    let target_place = |p: &TargetPair| Related {
        file: Some(pair.previous_file),
        range: pair
            .previous
            .figure(p.target.figure)
            .map_or(0..0, |f| f.span.clone()),
        kind: RelatedKind::Target,
    };

    for p in pair.pairs {
        let (Some(result), Some(outcome)) = (&p.result, p.outcome) else {
            continue;
        };
        let Some(figure) = pair.draft.figures.get(result.figure) else {
            continue;
        };
        push(
            figure.span.clone(),
            Finding::TargetReview(Box::new(TargetReview {
                indicator: p.target.indicator.clone(),
                year: pair.year,
                target: pair
                    .previous
                    .figure_text(p.target.figure)
                    .unwrap_or_default()
                    .to_string(),
                result: figure_text(pair.draft, result.figure),
                outcome,
            })),
            vec![target_place(p)],
        );
    }

    let missed: Vec<&TargetPair> = pair
        .pairs
        .iter()
        .filter(|p| p.outcome == Some(Outcome::Missed))
        .collect();
    if !missed.is_empty() {
        for claim in &pair.draft_year.claims {
            let related = missed
                .iter()
                .filter_map(|p| {
                    let result = p.result.as_ref()?;
                    Some(Related {
                        file: None,
                        range: pair.draft.figures.get(result.figure)?.span.clone(),
                        kind: RelatedKind::MissedResult,
                    })
                })
                .collect();
            push(
                claim.clone(),
                Finding::TargetClaim {
                    missed: missed.iter().map(|p| p.target.indicator.clone()).collect(),
                },
                related,
            );
        }
    }

    if let Some(year) = pair.year {
        for restated in &pair.draft_year.restated {
            let Some(here) = pair.draft.figures.get(restated.figure) else {
                continue;
            };
            let printed = pair
                .previous
                .year
                .results
                .iter()
                .find(|r| r.same_measure(restated))
                .and_then(|r| pair.previous.figure(r.figure));
            let Some(printed) = printed else {
                continue;
            };
            if here.high < printed.low || printed.high < here.low {
                push(
                    here.span.clone(),
                    Finding::RestatedConflict(Box::new(RestatedConflict {
                        indicator: restated.indicator.clone(),
                        year: year - 1,
                        value: here.text(&pair.draft.text).to_string(),
                        printed: pair
                            .previous
                            .text(printed.span.clone())
                            .unwrap_or_default()
                            .to_string(),
                    })),
                    vec![Related {
                        file: Some(pair.previous_file),
                        range: printed.span.clone(),
                        kind: RelatedKind::Printed,
                    }],
                );
            }
        }
    }

    if config.severity(Code::StaleCopy).is_some() {
        let review = &pair.draft_year.review;
        for sentence in &pair.draft_year.figure_sentences {
            // Whole sentences of the review: not the one announcing the targets.
            if sentence.range.start < review.start || sentence.range.end > review.end {
                continue;
            }
            if let Some(old) = pair
                .previous
                .year
                .figure_sentences
                .iter()
                .find(|o| o.hash == sentence.hash)
            {
                push(
                    sentence.range.clone(),
                    Finding::StaleCopy,
                    vec![Related {
                        file: Some(pair.previous_file),
                        range: old.range.clone(),
                        kind: RelatedKind::CopiedFrom,
                    }],
                );
            }
        }
    }

    if config.severity(Code::NoteDrift).is_some() {
        for (here, there) in drifted_notes(pair.draft, pair.previous) {
            let (note, old) = (&pair.draft.notes[here], &pair.previous.notes[there]);
            push(
                note.term_range.clone().unwrap_or(note.number_range.clone()),
                Finding::NoteDrift {
                    term: note.term.clone().unwrap_or_default(),
                    number: old.number,
                },
                vec![Related {
                    file: Some(pair.previous_file),
                    range: old.text_range.clone(),
                    kind: RelatedKind::PreviousExplanation(old.number),
                }],
            );
        }
    }

    if config.severity(Code::TargetUnreported).is_some() && !pair.draft_year.results.is_empty() {
        let review = &pair.draft_year.review;
        let place = review_heading(pair.draft, review);
        for p in pair.pairs.iter().filter(|p| p.result.is_none()) {
            let named = pair.draft.figures.iter().any(|f| {
                review.contains(&f.span.start)
                    && f.indicator.as_deref() == Some(p.target.indicator.as_str())
            });
            if named {
                continue;
            }
            push(
                place.clone(),
                Finding::TargetUnreported {
                    indicator: p.target.indicator.clone().into(),
                    year: pair.year,
                    target: target_words(pair.previous, p).into(),
                },
                vec![target_place(p)],
            );
        }
    }
    out
}

/// The target as written, from its indicator: `地区生产总值增长5%左右`.
fn target_words(previous: &Summary, p: &TargetPair) -> String {
    let Some(figure) = previous.figure(p.target.figure) else {
        return String::new();
    };
    let start = figure
        .indicator_span
        .as_ref()
        .map_or(figure.span.start, |s| s.start)
        .min(figure.span.start);
    let words = previous.text(start..figure.span.end).unwrap_or("");
    // Only the figure's own clause: not `…，达到` before it.
    let words = words.rsplit(['，', ',', '；', ';']).next().unwrap_or(words);
    if words.is_empty() {
        previous
            .text(figure.span.clone())
            .unwrap_or_default()
            .to_string()
    } else {
        words.to_string()
    }
}

/// Where a finding about the whole review goes: the review's first heading,
/// else its first line.
fn review_heading(doc: &Document, review: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    doc.outline
        .iter()
        .find(|h| review.contains(&h.heading.start))
        .map(|h| h.heading.clone())
        .or_else(|| {
            doc.lines
                .iter()
                .find(|l| !l.is_blank() && l.content.start >= review.start)
                .map(|l| l.content.clone())
        })
        .unwrap_or(review.start..review.start)
}
