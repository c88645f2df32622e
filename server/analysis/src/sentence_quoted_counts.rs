//! A quoted count over the sentences after it in its paragraph, each
//! opening with a quoted name of what is counted: `推进“三大工程”。实施
//! “甲建设工程”，…。开展“乙建设工程”，…。推进“丙建设工程”，…`. The
//! quoted names, one per sentence and each in its sentence's first clause,
//! are the items; a quoted name of the kind anywhere else in the paragraph
//! (mid-sentence, a second in one sentence) leaves the count unread, as
//! does the same count quoted twice.

use std::ops::Range;

use crate::document::Document;
use crate::list_forms::quoted_counts;
use crate::lists::{CountedList, ListSource, counts_in};

/// Words of a lead naming work besides the counted or carried on.
const BESIDES: &[&str] = &["继续", "此外", "另外", "同时"];

/// The quoted counts of the paragraphs quoting one, over the names
/// opening the sentences after them.
pub(crate) fn sentence_quoted_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for line in &doc.quoted_count_lines {
        let counts = quoted_counts(&text[line.clone()], line.start);
        // How often each counted word is quoted in the line, found once.
        let mut quoted: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (_, _, words) in &counts {
            *quoted.entry(*words).or_default() += 1;
        }
        for (count, range, words) in &counts {
            if *count < 2 || quoted.get(words).is_some_and(|&n| n > 1) {
                continue;
            }
            let Some(close) = text[range.end..line.end].find('”') else {
                continue;
            };
            let from = range.end + close + '”'.len_utf8();
            if let Some(items) = opening_names(text, from..line.end, words) {
                out.push(CountedList::shown(
                    ListSource::Lead,
                    *count,
                    range.clone(),
                    items,
                ));
            }
        }
    }
}

/// The quoted names ending with `words` in `span`, when each opens a later
/// sentence (in its first clause, one per sentence) and there are two at
/// least; `None` when one stands anywhere else.
fn opening_names(text: &str, span: Range<usize>, words: &str) -> Option<Vec<Range<usize>>> {
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut at = span.start;
    // The sentence of the last name: one name per sentence.
    let mut last_sentence = None;
    while let Some(open) = text[at..span.end].find('“') {
        let inner = at + open + '“'.len_utf8();
        let close = inner + text[inner..span.end].find('”')?;
        let name = &text[inner..close];
        at = close + '”'.len_utf8();
        if !name.ends_with(words) {
            continue;
        }
        // A count of its own (`“两个X”`): not a name of the kind.
        if name.len() == words.len() || !counts_in(text, inner..close).is_empty() {
            return None;
        }
        // Not in the count's own sentence: after a sentence's end.
        let before = &text[span.start..inner - '“'.len_utf8()];
        let start = span.start + before.rfind(['。', '；', '！', '？'])?;
        let lead = &text[start..inner];
        // `继续深化“丙行动”`, `此外…`: work besides the counted, or
        // carried on from before; which names the count holds is unsure.
        if lead.contains(['，', ',', '：', ':'])
            || last_sentence == Some(start)
            || BESIDES.iter().any(|w| lead.contains(w))
        {
            return None;
        }
        last_sentence = Some(start);
        items.push(inner - '“'.len_utf8()..at);
    }
    (items.len() >= 2).then_some(items)
}
