//! term-undefined and term-defined-elsewhere.

use super::{Context, Sink};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::terms::TermSource;

/// How many other uses a diagnostic lists as related places.
const MAX_RELATED_USES: usize = 10;

pub(super) fn check(doc: &Document, context: &Context, sink: &mut Sink) {
    for term in doc.terms.iter().filter(|t| t.source == TermSource::Slogan) {
        let Some(first) = term.uses.first() else {
            continue;
        };
        let other_uses = term.uses[1..]
            .iter()
            .take(MAX_RELATED_USES)
            .map(|r| Related {
                file: None,
                range: r.clone(),
                kind: RelatedKind::Use,
            });
        match (context.elsewhere)(&term.key) {
            Some(def) => {
                let mut related = vec![Related {
                    file: Some(def.file),
                    range: def.range.clone(),
                    kind: RelatedKind::DefinedIn(def.number),
                }];
                related.extend(other_uses);
                sink.push(
                    first.clone(),
                    Finding::TermDefinedElsewhere {
                        term: term.text.clone().into(),
                        file: def.path.into(),
                        number: def.number,
                    },
                    related,
                );
            }
            None => sink.push(
                first.clone(),
                Finding::TermUndefined {
                    term: term.text.clone(),
                    uses: term.uses.len(),
                },
                other_uses.collect(),
            ),
        }
    }
}
