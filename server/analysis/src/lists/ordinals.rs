//! `一是…二是…` (and `一要…`) runs after a count.

use super::*;
use crate::chars::is_space;

/// `一是`, `二是` … as written.
pub(crate) fn ordinal_word(n: u32) -> Option<OrdinalWord> {
    ordinal_word_with(n, '是')
}

/// The `N是` or `N要` of a list's items: `verb` is the word after the
/// numeral of its first item (`一要…二要…`); `第` stands for `第N，`
/// (the comma keeps `第二产业` from reading as an item).
pub(crate) fn ordinal_word_with(n: u32, verb: char) -> Option<OrdinalWord> {
    const DIGITS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let (tens, unit) = match n {
        1..=10 => ("", DIGITS[n as usize - 1]),
        11..=19 => ("十", DIGITS[n as usize - 11]),
        _ => return None,
    };
    let mut word = OrdinalWord::default();
    if verb == ORDINAL_TH {
        word.push("第")?.push(tens)?.push(unit)?.push("，")?;
    } else {
        let mut buf = [0; 4];
        word.push(tens)?
            .push(unit)?
            .push(verb.encode_utf8(&mut buf))?;
    }
    Some(word)
}

/// The longest ordinal word in bytes: `第十九，`.
const MAX_ORDINAL_WORD: usize = 12;

/// An ordinal word kept on the stack: the readers build one per list and
/// per item looked for, and a `String` each cost an allocation.
#[derive(Clone, Copy, Default)]
pub(crate) struct OrdinalWord {
    bytes: [u8; MAX_ORDINAL_WORD],
    len: usize,
}

impl OrdinalWord {
    /// Appends `piece`; `None` when it would not fit (no ordinal word is
    /// that long).
    fn push(&mut self, piece: &str) -> Option<&mut Self> {
        let end = self.len + piece.len();
        self.bytes
            .get_mut(self.len..end)?
            .copy_from_slice(piece.as_bytes());
        self.len = end;
        Some(self)
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only whole `&str`s are pushed: always valid.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

impl std::ops::Deref for OrdinalWord {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// The `verb` of [`ordinal_word_with`] for `第一，…第二，…`.
pub(crate) const ORDINAL_TH: char = '第';

/// The word after the numeral of the ordinal at `first` (`是` of `一是`,
/// `要` of `一要`), or [`ORDINAL_TH`] for `第一，`.
pub(crate) fn ordinal_verb(text: &str, first: usize) -> char {
    let rest = &text[first..];
    if rest.starts_with("一要") {
        '要'
    } else if rest.starts_with("第一，") {
        ORDINAL_TH
    } else {
        '是'
    }
}

pub(super) fn ordinal_lists(doc: &Document, cues: &Cues, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let regions = regions(doc);
    for &colon in &cues.ordinals {
        let Some(region) = regions.iter().find(|r| r.contains(&colon)) else {
            continue;
        };
        // The colon or comma is full-width or ASCII.
        let first = colon + text[colon..].chars().next().map_or(1, char::len_utf8);
        // The count ends the clause before the colon (or the comma:
        // `实施“十二大任务”，一是…`), with what it counts after it, not an
        // amount (`提高2个百分点`).
        let clause = crate::figures::clause_range(text, colon.saturating_sub(1));
        let counts = counts_in(text, clause.start..colon);
        let Some((count, count_range)) = counts.last() else {
            continue;
        };
        if text.get(count_range.end..colon).is_none_or(|gap| {
            without_done(gap).chars().count() > 6
                || crate::list_forms::AMOUNTS
                    .iter()
                    .any(|w| gap.starts_with(w))
        }) {
            continue;
        }
        let items = ordinal_items(text, first, region.end);
        if items.len() >= 2 && !other_counts_fit(&counts, items.len()) {
            // An ordinal the reader missed (a paragraph opening with other
            // words) would look like a short list: open unless the list
            // ends where it seems to.
            // Items may also go on in other words (`一是…二是…；一类是…，
            // 另一类是…`): then the list stays open too.
            let last = items[items.len() - 1].start;
            let window = &text[last..super_floor(text, (last + 2000).min(region.end))];
            let paragraph = window.split('\n').next().unwrap_or(window);
            // A later ordinal past the next (`三是…五是…`): the numbering
            // skips, and which clauses are the items is not sure.
            let skips = ordinal_word_with(items.len() as u32 + 2, ordinal_verb(text, first))
                .is_some_and(|w| paragraph.contains(w.as_str()));
            let goes_on = skips
                || ["一类", "另一", "一种是", "还有", "此外"]
                    .iter()
                    .any(|w| paragraph.contains(w));
            let open = goes_on || !crate::list_forms::ordinals_closed(text, &items, region.end);
            out.push(CountedList {
                source: ListSource::Ordinals,
                count: *count,
                count_range: count_range.clone(),
                items,
                hidden: 0,
                open,
            });
        }
    }
}

/// `十件民生实事全部办结：一是…`: the words after a count's noun that say
/// all it counts were done; they leave the noun as what the list names.
pub(crate) fn without_done(gap: &str) -> &str {
    ALL_DONE
        .iter()
        .find_map(|w| gap.strip_suffix(w))
        .filter(|noun| !noun.is_empty())
        .unwrap_or(gap)
}

/// Words saying all a count counts were done.
const ALL_DONE: &[&str] = &[
    "全部办结",
    "全部完成",
    "全面完成",
    "如期完成",
    "圆满完成",
    "全部兑现",
    "全部落实",
    "均已完成",
    "已全部完成",
    "已全部办结",
];

/// `民生实事共8件，已全部完成：（1）…`: after a count closing its clause, a
/// comma and only words saying all it counts were done; the count still
/// leads the list.
pub(crate) fn all_done_after_comma(gap: &str) -> bool {
    gap.strip_prefix(['，', ','])
        .map(|w| w.strip_prefix('已').unwrap_or(w))
        .is_some_and(|w| ALL_DONE.contains(&w))
}

/// The `N是` that follow `一是` at `first`, each after a clause break, in
/// the same paragraph or at the start of the following ones.
pub(crate) fn ordinal_items(text: &str, first: usize, limit: usize) -> Vec<Range<usize>> {
    let verb = ordinal_verb(text, first);
    let mut items: Vec<Range<usize>> = Vec::with_capacity(10);
    items.push(first..first + "一是".len());
    let mut at = first + "一是".len();
    while let Some(word) = ordinal_word_with(items.len() as u32 + 1, verb) {
        let window_end = (at + 4000).min(limit);
        let window_end = super_floor(text, window_end);
        let Some(window) = text.get(at..window_end) else {
            break;
        };
        // The next ordinal, before any sentence that starts a new topic
        // (a paragraph not opening with it).
        let Some(p) = window.find(word.as_str()) else {
            break;
        };
        let gap = &window[..p];
        let lines = gap.matches('\n').count();
        let prev = gap.chars().next_back();
        let opens_clause =
            prev.is_some_and(|c| matches!(c, '；' | '。' | '，' | '\n' | ';' | ',' | '　' | ' '));
        if !opens_clause
            || (lines > 0 && !gap.trim_end_matches(is_space).ends_with(['。', '；', '\n']))
        {
            break;
        }
        // Across paragraphs, the next ordinal must open its paragraph.
        if lines > 0
            && gap
                .rsplit('\n')
                .next()
                .is_some_and(|l| !l.trim_matches(is_space).is_empty())
        {
            break;
        }
        let start = at + p;
        items.push(start..start + word.len());
        at = start + word.len();
    }
    items
}

/// Whether the counts of a lead other than its last one may be what the
/// items follow: one of them is their number (`实施十大工程，再办20件实
/// 事。一是…十是`), or there are as many counts as items (`三个不快、三个
/// 较高、三个压力大、三个不到位：一是…四是`, one item for each). The
/// items are then not surely the last count's.
pub(crate) fn other_counts_fit(counts: &[(u32, Range<usize>)], items: usize) -> bool {
    let Some(((last, _), others)) = counts.split_last() else {
        return false;
    };
    !others.is_empty()
        && (counts.len() == items
            || others
                .iter()
                .any(|(n, _)| *n as usize == items && n != last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as they were built with `format!`, before the stack copy.
    fn formatted(n: u32, verb: char) -> Option<String> {
        const DIGITS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        let numeral = match n {
            1..=10 => DIGITS[n as usize - 1].to_string(),
            11..=19 => format!("十{}", DIGITS[n as usize - 11]),
            _ => return None,
        };
        Some(if verb == ORDINAL_TH {
            format!("第{numeral}，")
        } else {
            format!("{numeral}{verb}")
        })
    }

    #[test]
    fn ordinal_words_on_the_stack_are_the_formatted_ones() {
        for n in 0..=25 {
            for verb in ['是', '要', ORDINAL_TH] {
                assert_eq!(
                    ordinal_word_with(n, verb).map(|w| w.as_str().to_string()),
                    formatted(n, verb),
                    "{n} {verb}"
                );
            }
            assert_eq!(ordinal_word(n).map(|w| w.to_string()), formatted(n, '是'));
        }
    }
}
