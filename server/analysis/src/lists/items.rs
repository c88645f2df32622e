//! A definition's items: `①…` runs, `；` clauses, or short `、` names.

use super::*;
use crate::chars::is_space;

/// Items of a definition: `①…` runs, `；` clauses, or short `、` names.
pub(crate) fn split_items(
    doc: &Document,
    range: Range<usize>,
) -> Option<(Vec<Range<usize>>, usize)> {
    let text = &doc.text;
    let mut numbered = doc.enumerations.iter().filter(|e| {
        e.items
            .first()
            .is_some_and(|(_, r)| range.contains(&r.start))
    });
    if let Some(e) = numbered.next() {
        // `三件实事：` over lines `①…；`, `②…；`, `③…。`: one enumerator a
        // paragraph, numbered on from one line to the next, is one list.
        let mut items: Vec<Range<usize>> = e.items.iter().map(|(_, r)| r.clone()).collect();
        let lines: Vec<&crate::markers::Enumeration> = numbered.collect();
        let numbered_on = e.items.len() == 1
            && !lines.is_empty()
            && lines
                .iter()
                .enumerate()
                .all(|(k, line)| matches!(line.items.as_slice(), [(n, _)] if *n as usize == k + 2));
        if numbered_on && e.items[0].0 == 1 {
            items.extend(lines.iter().map(|line| line.items[0].1.clone()));
        }
        return Some((items, 0));
    }
    let body = text.get(range.clone())?;
    let body_end = body.find('。').unwrap_or(body.len());
    let sentence = body[..body_end].trim_end_matches(is_space);
    // `甲、乙、丙；另有丁正在规划`: a clause opening with an aside ends the
    // items; the names before it are the list.
    let sentence = without_aside(sentence);
    let rest = body[body_end..].trim_start_matches(['。']).trim();
    if let Some(items) = circled_items(range.start, sentence) {
        return Some((items, 0));
    }
    if let Some(items) = touching_titles(range.start, sentence) {
        return rest.is_empty().then_some((items, 0));
    }
    if sentence.contains(['；', ';']) {
        let items = pieces(range.start, sentence, &['；', ';']);
        return (items.len() >= 2 && rest.is_empty()).then_some((items, 0));
    }
    // Quotes may mark a word inside a name (`“三山”生态修复工程`), when
    // they hold no `、` and no count, and close no name (`甲、乙和丙“三个
    // 达标”` restates a count).
    if sentence.contains(['，', ',', '：', ':', '（', '('])
        || (sentence.contains('“') && !quoted_words(sentence))
        || !rest.is_empty()
    {
        return None;
    }
    // `甲之乡·乙之源·丙之城`: short names joined by middle dots, when no
    // `、` joins them; each of a few Chinese characters, so that a dot
    // inside a foreign name (`甲·乙`, one name) is not read as two.
    let dotted = !sentence.contains('、') && sentence.contains(MIDDLE_DOTS);
    let items = pieces(
        range.start,
        sentence,
        if dotted { MIDDLE_DOTS } else { &['、'] },
    );
    if dotted
        && items.iter().any(|r| {
            let name = text[r.clone()].trim();
            !(3..=12).contains(&name.chars().count()) || !name.chars().all(crate::chars::is_han)
        })
    {
        return None;
    }
    // Up to 30 characters a name (`打造甲地区对接乙区域的桥头堡和…`).
    if items.len() < 2 || items.iter().any(|r| r.len() > 90) {
        return None;
    }
    let (last, others) = items.split_last()?;
    let others_long = others
        .iter()
        .all(|r| text[r.clone()].trim().chars().count() >= 3);
    // A joining word a middle name already ties words with joins none in
    // the last (see `hidden_in`).
    let last_word = text[last.clone()].trim();
    let middle: Vec<&str> = others
        .iter()
        .skip(1)
        .map(|r| text[r.clone()].trim())
        .collect();
    let shown_inside = shown_inside(&middle, last_word);
    // Names of one rhythm close with their join: the last two are two.
    let words: Vec<&str> = items.iter().map(|r| text[r.clone()].trim()).collect();
    if let Some((i, w)) = parallel_last(&words).or_else(|| last_two_named_alike(&words)) {
        let start = last_word.as_ptr() as usize - text.as_ptr() as usize;
        let mut split = items.clone();
        split.pop();
        split.push(start..start + i);
        split.push(start + i + w..start + last_word.len());
        return Some((split, 0));
    }
    let hidden = usize::from(!shown_inside && joins_two_among(last_word, others_long));
    Some((items, hidden))
}

/// Words opening a clause that stands beside a list rather than in it.
pub(super) const ASIDES: &[&str] = &["另有", "另外", "此外", "还有", "其中"];

/// `sentence` up to the first `；` whose clause opens with an aside (see
/// [`ASIDES`]), or all of it.
pub(super) fn without_aside(sentence: &str) -> &str {
    sentence
        .match_indices(['；', ';'])
        .find(|&(at, mark)| {
            let next = sentence[at + mark.len()..].trim_start_matches(is_space);
            ASIDES.iter().any(|a| next.starts_with(a))
        })
        .map_or(sentence, |(at, _)| {
            sentence[..at].trim_end_matches(is_space)
        })
}

/// Middle dots that may join the names of a note (`·`, `•`, `・`).
pub(super) const MIDDLE_DOTS: &[char] = &['·', '•', '・', '‧'];

/// Whether every quote of `s` marks words inside a name: it closes, holds
/// no `、` and no count, and words follow it before the next `、`.
pub(super) fn quoted_words(s: &str) -> bool {
    if separator_in_quotes(s) {
        return false;
    }
    let mut rest = s;
    while let Some(open) = rest.find('“') {
        let inner = &rest[open + '“'.len_utf8()..];
        let Some(close) = inner.find('”') else {
            return false;
        };
        let after = &inner[close + '”'.len_utf8()..];
        if !counts_in(inner, 0..close).is_empty()
            || !after.chars().next().is_some_and(crate::chars::is_han)
        {
            return false;
        }
        rest = after;
    }
    true
}

/// `①A②B③C`: items cut by circled numbers in order from ①, with or
/// without separators between them.
pub(super) fn circled_items(offset: usize, s: &str) -> Option<Vec<Range<usize>>> {
    let starts: Vec<(usize, u32)> = s
        .char_indices()
        .filter_map(|(i, c)| crate::chars::circled_value(c).map(|v| (i, v)))
        .collect();
    let in_order = starts
        .iter()
        .enumerate()
        .all(|(k, (_, v))| *v as usize == k + 1);
    if starts.len() < 2 || !in_order || !s[..starts[0].0].trim_matches(is_space).is_empty() {
        return None;
    }
    let mut items = Vec::new();
    for (k, (at, _)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(s.len(), |(next, _)| *next);
        items.push(offset + at..offset + end);
    }
    Some(items)
}

/// `《甲》《乙》《丙》`: titles of documents, each in its own marks,
/// touching or joined by `、`, and nothing else: the marks part them.
pub(super) fn touching_titles(offset: usize, s: &str) -> Option<Vec<Range<usize>>> {
    if !s.starts_with('《') {
        return None;
    }
    let mut items = Vec::new();
    let mut at = 0;
    while at < s.len() {
        let rest = &s[at..];
        let rest_at = at + (rest.len() - rest.trim_start_matches('、').len());
        if !s[rest_at..].starts_with('《') {
            return None;
        }
        // Titles do not nest: the first `》` closes this one.
        let close = s[rest_at..].find('》')? + rest_at + '》'.len_utf8();
        if s[rest_at + '《'.len_utf8()..close].contains('《') {
            return None;
        }
        items.push(offset + rest_at..offset + close);
        at = close;
    }
    (items.len() >= 2).then_some(items)
}
