//! A count that restates a list's length after it: `（1）…（12）…。上述12件
//! 实事，提请审议。`. A sentence opening with `上述` or `以上` and a count
//! right after the last item of a numbered list, in that item's paragraph
//! or opening the next one, points back at the list: it counts the same
//! items, when it counts them with the list's own measure word (`上述2所
//! 学校` in the last item counts that item's schools, not the items).
//! So does `这` and a count in the first clause of the sentence right after
//! the list's (`做好这三个方面的工作`), counting the list's own noun.

use std::collections::HashSet;

use crate::document::Document;
use crate::lists::{CountedList, ListSource, count_at};

/// Words that point back at what was just listed.
const BACK: [&str; 2] = ["上述", "以上"];

/// The restating counts after every closed numbered list of `out`.
pub(crate) fn restated_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut found = Vec::new();
    for list in out.iter().filter(|l| {
        !l.open
            && l.hidden == 0
            && l.items.len() >= 2
            && matches!(
                l.source,
                ListSource::Numbered
                    | ListSource::Enumeration
                    | ListSource::Lead
                    | ListSource::Annex
                    | ListSource::Ordinals
            )
    }) {
        let Some(last) = list.items.last() else {
            continue;
        };
        let own = count_at(text, list.count_range.start);
        let Some((count, range, measure)) = restating_count(text, last.start)
            .or_else(|| own.and_then(|(_, end, m)| this_count(text, last.start, end, m)))
        else {
            continue;
        };
        if own.map(|(_, _, m)| m) != Some(measure) {
            continue;
        }
        found.push(CountedList::shown(
            list.source,
            count,
            range,
            list.items.clone(),
        ));
    }
    found.extend(restated_runs(doc, out));
    // (Looked up in a set: a text of thousands of lists asked each of all.)
    let counted: HashSet<(usize, usize)> = out
        .iter()
        .map(|o| (o.count_range.start, o.count_range.end))
        .collect();
    found.retain(|l| !counted.contains(&(l.count_range.start, l.count_range.end)));
    out.extend(found);
}

/// `办好以下民生实事：①…；②…；③…。以上3件实事…`: a circled run whose lead
/// states no count, then `以上`/`上述` and a count right after its last
/// item: the count restates the run's length when the noun it counts
/// (`实事`) is named in the lead. A run going on at the next line, or
/// one another list already counts, is left to those readers.
fn restated_runs(doc: &Document, out: &[CountedList]) -> Vec<CountedList> {
    let text = &doc.text;
    let runs = &doc.enumerations;
    let mut found = Vec::new();
    // Where every item another list counts starts, found once.
    let items_counted: HashSet<usize> = out
        .iter()
        .flat_map(|l| l.items.iter().map(|i| i.start))
        .collect();
    for (k, run) in runs.iter().enumerate() {
        let (Some((_, first)), Some((last_number, last))) = (run.items.first(), run.items.last())
        else {
            continue;
        };
        let in_order = run.items.iter().zip(1..).all(|((n, _), k)| *n == k);
        let goes_on = runs
            .get(k + 1)
            .and_then(|next| next.items.first())
            .is_some_and(|(n, _)| *n == last_number + 1);
        let counted = items_counted.contains(&first.start);
        if run.items.len() < 2
            || !in_order
            || goes_on
            || counted
            || doc.notes_sections().any(|n| n.range.contains(&first.start))
        {
            continue;
        }
        let Some((count, range, _)) = restating_count(text, last.start) else {
            continue;
        };
        // The counted noun right after the count's measure, named in the
        // lead (the sentence before the first item).
        // The noun may run into the words after it (`实事由…`): its
        // longest opening of two characters or more found in the lead.
        let noun: Vec<char> = text[range.end..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c))
            .take(MAX_NOUN)
            .collect();
        let lead_start = text[..first.start].rfind(['。', '\n']).map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
        let lead = &text[lead_start..first.start];
        let named =
            (2..=noun.len()).any(|n| lead.contains(noun[..n].iter().collect::<String>().as_str()));
        if !named {
            continue;
        }
        let items = run.items.iter().map(|(_, r)| r.clone()).collect();
        found.push(CountedList::shown(
            ListSource::Enumeration,
            count,
            range,
            items,
        ));
    }
    found
}

/// Most characters of the noun a restating count counts (`实事`, `惠民工程`).
const MAX_NOUN: usize = 4;

/// The count opening the first sentence after `last` (an item's start)
/// in its paragraph that opens with `上述`/`以上`, or else the next
/// paragraph when it opens so.
fn restating_count(text: &str, last: usize) -> Option<(u32, std::ops::Range<usize>, &'static str)> {
    // Within a few sentences of the list: a paragraph of many lists is not
    // read to its end after each.
    let window = crate::text::floor_char_boundary(
        text,
        last.saturating_add(crate::text::MAX_SENTENCE_BYTES),
    );
    let (end, paragraph_ends) = match text[last..window].find('\n') {
        Some(p) => (last + p, true),
        None => (window, window == text.len()),
    };
    // In the item's paragraph: after a sentence end.
    let own = BACK
        .iter()
        .filter_map(|w| {
            text[last..end]
                .match_indices(w)
                .find(|(i, _)| text[..last + i].ends_with('。'))
                .map(|(i, _)| last + i + w.len())
        })
        .min();
    // Or opening the next paragraph.
    let next = || {
        let rest = text.get(end..)?;
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let at = end + rest.len() - trimmed.len();
        BACK.iter()
            .find(|w| trimmed.starts_with(*w))
            .map(|w| at + w.len())
    };
    let at = own.or_else(|| next().filter(|_| paragraph_ends))?;
    let (count, count_end, measure) = count_at(text, at)?;
    Some((count, at..count_end, measure))
}

/// Most characters of the clause after a list that may hold `这N个…`.
const MAX_THIS_CLAUSE: usize = 16;

/// `…三是…。做好这三个方面的工作，…`: `这` and a count in the first clause
/// of the sentence after the one holding the last item (`last`), in its
/// paragraph, counting with the list's measure (`measure`, ending at
/// `own_end`) the same noun (its first character after a one-character
/// measure: `两件事` and `这两件事`).
fn this_count(
    text: &str,
    last: usize,
    own_end: usize,
    measure: &'static str,
) -> Option<(u32, std::ops::Range<usize>, &'static str)> {
    let window = crate::text::floor_char_boundary(
        text,
        last.saturating_add(crate::text::MAX_SENTENCE_BYTES),
    );
    let end = text[last..window].find('\n').map_or(window, |p| last + p);
    let stop = last + text[last..end].find('。')? + '。'.len_utf8();
    let next = &text[stop..end];
    let clause_len = next
        .find(['，', ',', '。', '；', ';', '：', ':'])
        .unwrap_or(next.len());
    let clause = &next[..clause_len];
    if clause.chars().count() > MAX_THIS_CLAUSE {
        return None;
    }
    let at = stop + clause.find('这')? + '这'.len_utf8();
    let (count, count_end, found) = count_at(text, at)?;
    if found != measure {
        return None;
    }
    if measure.chars().count() == 1 {
        let noun = |from: usize| {
            text[from..]
                .chars()
                .next()
                .filter(|c| crate::chars::is_han(*c))
        };
        if noun(own_end).is_none() || noun(own_end) != noun(count_end) {
            return None;
        }
    }
    Some((count, at..count_end, measure))
}
