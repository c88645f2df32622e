//! The items after a count and its colon (`项目7个：A；B；…`).

use super::*;
use crate::chars::{chinese_digit, is_space};

/// The first place of `needle` at or after an offset, remembered: the
/// colons are asked in text order, so no byte is searched twice.
struct NextOf<'t> {
    text: &'t [u8],
    needle: &'static [u8],
    /// `found` is the first place of `needle` at or after `from`.
    from: usize,
    found: usize,
}

impl<'t> NextOf<'t> {
    fn new(text: &'t str, needle: &'static str) -> Self {
        NextOf {
            text: text.as_bytes(),
            needle: needle.as_bytes(),
            from: usize::MAX,
            found: 0,
        }
    }

    /// Where `needle` first stands at or after `at` (the text's length if
    /// nowhere).
    fn at(&mut self, at: usize) -> usize {
        if !(self.from <= at && at <= self.found) {
            self.found = memchr::memmem::find(&self.text[at..], self.needle)
                .map_or(self.text.len(), |p| at + p);
            self.from = at;
        }
        self.found
    }
}

pub(super) fn colon_lists(doc: &Document, cues: &Cues, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let mut next_line = NextOf::new(text, "\n");
    let mut next_stop = NextOf::new(text, "。");
    for &(colon, c) in &cues.colons {
        let Some(start) =
            numeral_start_before_measure(text, colon).or_else(|| count_before_words(text, colon))
        else {
            continue;
        };
        let Some((count, end, _)) = count_at(text, start) else {
            continue;
        };
        // `办好16件民生实事：甲；乙；…。`: a few words of what is counted
        // may stand between the count and the colon when the items are
        // clauses parted by semicolons, the drafter's mark of one item each.
        // `民生实事共8件，已全部完成：`: the count still closes the lead.
        let said_done = all_done_after_comma(&text[end..colon]);
        let named = end != colon
            && !said_done
            && text[end..colon].chars().count() <= 8
            && text[end..colon]
                .chars()
                .all(|c| crate::chars::is_han(c) && chinese_digit(c).is_none());
        if end != colon && !named && !said_done {
            continue;
        }
        let after = colon + c.len();
        // (None of these words holds a line break: the rest of the line
        // starts with one if the text does.)
        if ["一是", "①", "一方面", "首先", "第一", "一要", "一、"]
            .iter()
            .any(|w| text[after..].starts_with(w))
        {
            continue;
        }
        let line_end = next_line.at(after);
        let stop = next_stop.at(after);
        let sentence_end = if stop < line_end {
            stop + '。'.len_utf8()
        } else {
            line_end
        };
        if sentence_end - after > crate::text::MAX_SENTENCE_BYTES {
            continue;
        }
        let clauses = &text[after..sentence_end];
        let deeds = named.then(|| deeds_with_quantities(text, end..colon, after..sentence_end));
        if let Some(Some(items)) = deeds {
            out.push(CountedList {
                source: ListSource::Colon,
                count,
                count_range: start..end,
                items,
                hidden: 0,
                open: false,
            });
            continue;
        }
        if named
            && (!clauses.contains(['；', ';'])
                || clauses
                    .chars()
                    .any(|c| crate::chars::circled_value(c).is_some())
                || clauses.contains(['：', ':'])
                || !one_count_alone(text, start, colon))
        {
            continue;
        }
        let Some((items, hidden)) = split_items(doc, after..sentence_end) else {
            continue;
        };
        // `…；甲的“丙”以及乙的“丁”。`: a join in the last clause may hold
        // two items.
        let hidden = hidden.max(usize::from(
            named
                && items.last().is_some_and(|r| {
                    ["以及", "及", "和", "与"]
                        .iter()
                        .any(|w| text[r.clone()].contains(w))
                }),
        ));
        // `学校9所：小学4所、初中2所、幼儿园3所`: items each closed by a
        // count in the count's own measure word are groups of it (their sum
        // is read as the whole's parts), not items.
        let measure = text[start..end].chars().next_back();
        if items.len() >= 2
            && items
                .iter()
                .all(|r| closes_with_count_in(&text[r.clone()], measure))
        {
            continue;
        }
        // Names, not phrases: `5家：甲公司、乙公司…`.
        let semicolons = text[after..sentence_end].contains(['；', ';']);
        // `5个园区：甲为国家级；乙、丙和丁为省级`: clauses that each sort
        // names into a kind part groups, not items; the names are counted
        // across them.
        if semicolons && items.len() >= 2 && items.iter().all(|r| sorts_into_kind(&text[r.clone()]))
        {
            continue;
        }
        if !semicolons && items.iter().any(|r| text[r.clone()].chars().count() > 15) {
            continue;
        }
        // Clauses parted by semicolons are one item each: a `等` inside
        // one (`甲、乙等优势`) says nothing of the count; only one closing
        // an item leaves the list open.
        let open = if semicolons {
            items.iter().any(|r| {
                text[r.clone()]
                    .trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c))
                    .ends_with('等')
            })
        } else {
            text[after..sentence_end].contains('等')
        };
        out.push(CountedList {
            source: ListSource::Colon,
            count,
            count_range: start..end,
            items,
            hidden,
            open,
        });
    }
}

/// Whether `item` closes with a count in `measure` (`初中2所`).
fn closes_with_count_in(item: &str, measure: Option<char>) -> bool {
    let item = item.trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c));
    measure
        .and_then(|m| item.strip_suffix(m))
        .map(|rest| rest.trim_end_matches(is_space))
        .is_some_and(|rest| rest.ends_with(|c: char| crate::chars::digit_value(c).is_some()))
}

/// The most characters of the kind a clause closes with (`为国家级`).
const MAX_KIND_CHARS: usize = 5;

/// Whether `clause` closes by sorting what it names into a kind: `为` or
/// `是` and a few Chinese characters (`甲为国家级`, `乙、丙是省级`).
fn sorts_into_kind(clause: &str) -> bool {
    let clause = clause.trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c));
    clause.rfind(['为', '是']).is_some_and(|p| {
        let kind = &clause[p + '为'.len_utf8()..];
        let n = kind.chars().count();
        p > 0 && (1..=MAX_KIND_CHARS).contains(&n) && kind.chars().all(crate::chars::is_han)
    })
}

/// The most characters of one deed of a list of 实事 done (`新建幼儿园3所`).
pub(super) const MAX_DEED_CHARS: usize = 16;

/// `办成十件民生实事：新建幼儿园3所、改造老旧小区12个、…。`: after a count
/// of 实事 and its colon, deeds parted by `、` or `，` to the sentence's
/// end, each a few words closed by its own quantity in a measure word
/// other than the count's (`件`): one deed each. Deeds counted in the
/// count's own word (`教育类2件`) are groups of it, and a deed without a
/// quantity, a `等`, a `其中`, quotes or brackets leave the list unread.
pub(super) fn deeds_with_quantities(
    text: &str,
    words: Range<usize>,
    list: Range<usize>,
) -> Option<Vec<Range<usize>>> {
    // `九件民生实事全面完成：`: words saying all were done may close them.
    let words_text = crate::lists::without_done(&text[words.clone()]);
    if !words_text.ends_with("实事") {
        return None;
    }
    let measure = text[..words.start].chars().next_back()?;
    let body = text[list.clone()].trim_end_matches(['。', '；', ';']);
    if body.contains(['等', '“', '（', '(', '：', ':', '；', ';']) || body.contains("其中")
    {
        return None;
    }
    let items = pieces(list.start, body, &['、', '，', ',']);
    if items.len() < 2 {
        return None;
    }
    let deed = |item: &str| {
        let item = item.trim_matches(is_space);
        let closing =
            item.trim_end_matches(|c: char| crate::chars::is_han(c) && chinese_digit(c).is_none());
        let unit = &item[closing.len()..];
        // `860万元`: a multiplier before the unit.
        let closing = closing.trim_end_matches(['万', '亿']);
        item.chars().count() <= MAX_DEED_CHARS
            && closing.ends_with(|c: char| c.is_ascii_digit())
            && (1..=3).contains(&unit.chars().count())
            && !unit.starts_with(measure)
            && closing
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                .chars()
                .count()
                >= 2
    };
    items
        .iter()
        .all(|r| deed(&text[r.clone()]))
        .then_some(items)
}

/// The start of a count whose measure word ends at `end`.
/// Whether the count at `start` is the only figure of its clause (from
/// the last break up to the colon at `colon`), with no `、` before it: not
/// one of several slogans a note defines at once (`六个甲、四个乙：`,
/// `一中枢三支点：`).
pub(super) fn one_count_alone(text: &str, start: usize, colon: usize) -> bool {
    let clause_start = text[..start]
        .rfind(['，', '。', '；', '：', '\n', ',', ';', ':'])
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..colon];
    !clause.contains('、')
        && clause
            .chars()
            .filter(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
            .count()
            == text[start..colon]
                .chars()
                .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
                .count()
}

/// Where the count starts that a few words (eight characters at most)
/// follow up to `end`: `16件民生实事` before its colon.
pub(super) fn count_before_words(text: &str, end: usize) -> Option<usize> {
    let from = text[..end]
        .char_indices()
        .rev()
        .take(12)
        .last()
        .map_or(end, |(i, _)| i);
    counts_in(text, from..end)
        .last()
        .filter(|(_, r)| text[r.end..end].chars().count() <= 8)
        .map(|(_, r)| r.start)
}

pub(super) fn numeral_start_before_measure(text: &str, end: usize) -> Option<usize> {
    MEASURES.iter().find_map(|m| {
        let measure_start = end.checked_sub(m.len())?;
        if text.get(measure_start..end)? != *m {
            return None;
        }
        numeral_start(text, measure_start)
    })
}
