//! Lists in the notes: a note's items counted by its term (`10种有色金属：
//! 铜、铅…`), in groups, or restated after a lead.

use super::*;
use crate::chars::is_space;

pub(super) fn note_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for (k, note) in doc.notes.iter().enumerate() {
        let Some(term_range) = note.term_range.clone() else {
            continue;
        };
        // One note for several names (`“四个不摘”“四个不减”`): its list is
        // shared out among them, and which item counts for which is not
        // unique; abstain.
        if !note.aliases.is_empty() {
            continue;
        }
        let Some((count, count_range)) = term_count(text, term_range.clone()) else {
            continue;
        };
        // A note the slogan reader finds wrong is its to flag: the framed
        // readings below only speak where it is silent.
        let slogan_differs = || {
            doc.note_slogans.get(k).is_some_and(|r| {
                r.named
                    .iter()
                    .any(|(_, _, c)| matches!(c, crate::slogan_count::SloganCount::Differs(_)))
            })
        };
        let Some((items, hidden)) = split_items(doc, note.text_range.clone()).or_else(|| {
            if slogan_differs() {
                return None;
            }
            echoed_pieces(text, count, count_range.end..term_range.end, note)
                .or_else(|| split_items(doc, after_lead(text, note)?))
                .or_else(|| quoted_names_of(text, count_range.end..term_range.end, note))
                .or_else(|| counted_groups(text, count_range.clone(), note))
        }) else {
            continue;
        };
        out.push(CountedList {
            source: ListSource::Note,
            count,
            count_range: count_range.clone(),
            items,
            hidden,
            // `…等十大改革攻坚行动`: only a list that ends with 等 is open;
            // a 等 inside an item says nothing about the count.
            open: ends_open(text, note.text_range.clone()),
        });
    }
}

/// Whether a note's list ends with 等, alone or restating its count
/// (`甲、乙等十项。`, `甲、乙等10个方面`): the names shown are examples.
pub(super) fn ends_open(text: &str, note: Range<usize>) -> bool {
    let body = text[note.clone()]
        .trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c));
    if body.ends_with('等') {
        return true;
    }
    let Some(deng) = body.rfind('等') else {
        return false;
    };
    let after = note.start + deng + '等'.len_utf8();
    // The count and at most a few words of what it counts, no clause after.
    count_at(text, after).is_some_and(|(_, end, _)| {
        let tail = &text[end.min(note.start + body.len())..note.start + body.len()];
        tail.chars().count() <= RESTATED_TAIL_CHARS && !tail.contains(['，', '、', '：', ',', ':'])
    })
}

/// The most characters naming what a count after 等 counts (`等十项重点工程`).
pub(super) const RESTATED_TAIL_CHARS: usize = 8;

/// `9条快速路：新建3条快速路为甲、乙、丙，续建6条快速路为丁、…`: a note
/// whose clauses each count a group of the term's things with the term's
/// measure word and name them, as many as each says: the groups' names
/// together are the term's items.
pub(super) fn counted_groups(
    text: &str,
    term_count: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let measure = count_at(text, term_count.start)?.2;
    let body = note.text(text);
    let sentence = body[..body.find('。').unwrap_or(body.len())].trim_end_matches(is_space);
    if !body[sentence.len()..]
        .trim_matches(|c| c == '。' || is_space(c))
        .is_empty()
    {
        return None;
    }
    let pieces = top_level_pieces(sentence, &['，', '；', ';', ',']);
    if pieces.len() < 2 {
        return None;
    }
    let mut items = Vec::new();
    for piece in pieces {
        let range = note.text_range.start + piece.start..note.text_range.start + piece.end;
        let counts = counts_in(text, range);
        let [(count, counted)] = counts.as_slice() else {
            return None;
        };
        let (_, end, own) = count_at(text, counted.start)?;
        let list = echo_list(text, counted.start, *count, end)?;
        if own != measure || list.open || list.hidden > 0 || list.items.len() != *count as usize {
            return None;
        }
        items.extend(list.items);
    }
    Some((items, 0))
}

/// Words that close a note's lead before its items (`全会提出，…`).
pub(super) const SAYING: &[&str] = &["提出", "强调", "指出", "要求", "明确", "部署"];

/// A note's text after a lead saying who set its items out (`省委提出，
/// 甲、乙、丙。`): from after the `，` closing the lead's last clause.
pub(super) fn after_lead(text: &str, note: &crate::notes::Note) -> Option<Range<usize>> {
    let body = note.text(text);
    let sentence = &body[..body.find('。').unwrap_or(body.len())];
    let pieces = top_level_pieces(sentence, &['，', ',']);
    let lead = pieces
        .iter()
        .rposition(|r| SAYING.iter().any(|w| sentence[r.clone()].ends_with(w)))?;
    // The lead is followed by the items' one clause, and nothing else.
    let [items] = &pieces[lead + 1..] else {
        return None;
    };
    Some(note.text_range.start + items.start..note.text_range.end)
}

/// `“十个主动仗”：全会提出，打好甲主动仗，打好乙主动仗，…。` or
/// `“四大挑战”：…甲的挑战。乙的挑战。…`: a note whose items are its
/// sentences, or else its clauses, each ending with what the term counts
/// (`counted`, after the measure word), in one run. A lead before the run
/// must say who set them out (`提出`, `强调`); a clause may name two items
/// only by repeating the noun (`甲集群和乙集群`). Clauses after the run
/// (a purpose, `推动…发展`) leave a count that disagrees unread.
pub(super) fn echoed_pieces(
    text: &str,
    count: u32,
    counted: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let counted = text[counted]
        .trim_end_matches(['”', '"', '］', ']', '】', '》'])
        .trim_start_matches(['”', '"']);
    if counted.chars().count() < 2 || !counted.chars().all(crate::chars::is_han) {
        return None;
    }
    let tail_at = counted.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let tail = &counted[tail_at..];
    let body = note.text(text);
    // Most notes never end a piece with the noun: one search leaves them.
    memchr::memmem::find(body.as_bytes(), tail.as_bytes())?;
    for separators in [&['。'][..], &['。', '；', '，', ';', ',']] {
        let pieces: Vec<Range<usize>> = top_level_pieces(body, separators);
        // `甲公司（乙企业）`: the bracket after a name may say which of
        // the counted things it is.
        let ends = |r: &Range<usize>| {
            let piece = body[r.clone()].trim_end_matches(is_space);
            piece.ends_with(tail)
                || piece
                    .strip_suffix(['）', ')'])
                    .is_some_and(|p| p.ends_with(tail))
        };
        let Some(first) = pieces.iter().position(ends) else {
            continue;
        };
        let run = pieces[first..].iter().take_while(|r| ends(r)).count();
        let after = &pieces[first + run..];
        if run < 2 || after.iter().any(ends) {
            continue;
        }
        let lead = &pieces[..first];
        if !lead.is_empty()
            && !lead
                .iter()
                .any(|r| SAYING.iter().any(|w| body[r.clone()].trim().ends_with(w)))
        {
            return None;
        }
        // A piece with a count or a figure of its own (`甲等4个领域行动`)
        // groups items: the pieces are not what is counted.
        if pieces[first..first + run].iter().any(|r| {
            let piece = &body[r.clone()];
            piece.chars().any(|c| c.is_ascii_digit())
                || !counts_in(piece, 0..piece.len()).is_empty()
        }) {
            return None;
        }
        let items: Vec<Range<usize>> = pieces[first..first + run]
            .iter()
            .map(|r| note.text_range.start + r.start..note.text_range.start + r.end)
            .collect();
        let hidden: usize = items
            .iter()
            .map(|r| text[r.clone()].matches(tail).count() - 1)
            .sum();
        let fits = (run..=run + hidden).contains(&(count as usize));
        if !after.is_empty() && !fits {
            return None;
        }
        return Some((items, hidden));
    }
    None
}

/// `“七个专项行动”：实施“甲、乙、丙…”专项行动，…`: a note naming its items
/// in one quoted list followed by what the term counts.
pub(super) fn quoted_names_of(
    text: &str,
    counted: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let counted = text[counted].trim_matches(['”', '"', '“']);
    if counted.chars().count() < 2 || !counted.chars().all(crate::chars::is_han) {
        return None;
    }
    let body = note.text(text);
    let sentence = &body[..body.find('。').unwrap_or(body.len())];
    let closing = format!("”{counted}");
    let mut found = sentence.match_indices(closing.as_str());
    let (close, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let open = sentence[..close].rfind('“')?;
    let inner = &sentence[open + '“'.len_utf8()..close];
    let words: Vec<&str> = inner.split('、').map(str::trim).collect();
    if words.len() < 2
        || words
            .iter()
            .any(|w| w.is_empty() || w.chars().count() > 16 || !w.chars().all(crate::chars::is_han))
    {
        return None;
    }
    let offset = note.text_range.start + open + '“'.len_utf8();
    Some((pieces(offset, inner, &['、']), hidden_in(&words)))
}
