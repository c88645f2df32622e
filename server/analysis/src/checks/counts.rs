//! count-mismatch: a stated count and the items listed for it (see
//! `lists` for where lists are read).

use super::Sink;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::lists::{CountedList, ListSource, counted_lists};

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    for list in counted_lists(doc) {
        if !list.mismatched() {
            continue;
        }
        // `“两个高地”，即…` or `“两个高地”：…` in the body: a quoted count
        // defined right after it is a slogan, which `slogan-count` checks.
        if list.source == ListSource::Echo && slogan_defined_in_body(doc, &list) {
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

/// Whether an echo list's count is quoted in the body and its names follow
/// a `：` or `即` (not a bracket): the slogan reader's form.
fn slogan_defined_in_body(doc: &Document, list: &CountedList) -> bool {
    let text = &doc.text;
    let start = list.count_range.start;
    let bracketed = list
        .items
        .first()
        .is_some_and(|first| text[..first.start].ends_with(['（', '(']));
    text[..start].ends_with('“') && !bracketed && doc.body.iter().any(|r| r.contains(&start))
}
