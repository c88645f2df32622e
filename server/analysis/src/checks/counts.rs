//! count-mismatch: a stated count and the items listed for it (see
//! `lists` for where lists are read).

use super::Sink;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::lists::{ListSource, counted_lists};

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for list in counted_lists(doc) {
        if !list.mismatched() {
            continue;
        }
        // `“两个高地”，即…`: a quoted count over names repeating its noun
        // is a slogan and its definition, which `slogan-count` checks.
        if list.source == ListSource::Echo
            && doc.text[..list.count_range.start].ends_with('“')
        {
            continue;
        }
        let related = list
            .items
            .first()
            .map(|first| Related {
                file: None,
                range: first.clone(),
                kind: RelatedKind::List,
            })
            .into_iter()
            .collect();
        sink.push(
            list.count_range.clone(),
            Finding::CountMismatch {
                stated: list.count,
                listed: list.items.len(),
                open: doc.text[..list.count_range.start]
                    .trim_end_matches('“')
                    .ends_with('等'),
            },
            related,
        );
    }
}
