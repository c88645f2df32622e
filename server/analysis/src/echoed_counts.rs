//! A numeral with no measure word that counts the names before it by a
//! character each of them carries: `创新链、人才链和供应链三链融合`,
//! `零事故、零伤亡的“双零”目标`, `“重大项目、重大政策”“两重”清单`. The
//! shared character is the drafter's own sign of what is counted, so a
//! name without it is no item, and a `和` between two names that both
//! carry it can only join two names.

use crate::chars::{chinese_digit, is_han, small_chinese_number};
use crate::lists::{CountedList, ListSource};

/// The most names read, and the longest a name but the first may be.
const MAX_NAMES: usize = 10;
const NAME_CHARS: usize = 14;

/// Whether `c` may be part of the numeral of such a count (`双`, `三`,
/// `十二`; not `零`, which is rather what is counted: `双零`).
pub(crate) fn numeral_like(c: char) -> bool {
    c == '双' || chinese_digit(c).is_some_and(|d| d > 0)
}

/// The list counted by the numeral ending right before `word` (a byte of
/// `line` holding a Han character that is no numeral), when the names
/// before it each carry that character. Offsets are `line`'s.
pub(crate) fn echoed_count(line: &str, word: usize) -> Option<CountedList> {
    let c = line[word..].chars().next()?;
    // Not a numeral, nor a common measure word (the bare-names reader's).
    if !is_han(c)
        || numeral_like(c)
        || matches!(
            c,
            '是' | '批' | '些' | '项' | '个' | '大' | '种' | '类' | '条'
        )
    {
        return None;
    }
    let numeral_len: usize = line[..word]
        .chars()
        .rev()
        .take_while(|c| numeral_like(*c))
        .map(char::len_utf8)
        .sum();
    let start = word - numeral_len;
    let numeral = &line[start..word];
    // `第二医院`: an ordinal counts nothing.
    if line[..start].ends_with('第') {
        return None;
    }
    let count = if numeral == "双" {
        2
    } else {
        small_chinese_number(numeral)?
    };
    if !(2..=MAX_NAMES as u32).contains(&count) {
        return None;
    }
    // The names end right before the numeral, or before the quote it
    // opens (`…的“双零”`), maybe after 的.
    let mut end = start;
    let quoted_count = line[..end].ends_with('“');
    if quoted_count {
        end -= '“'.len_utf8();
        // The quote closes right after the character.
        if !line[word + c.len_utf8()..].starts_with('”') {
            return None;
        }
    }
    let mut names_end = line[..end].strip_suffix('的').map_or(end, str::len);
    // Most numerals stop here, before the clause is looked for.
    if !joined_names_end_here(line, names_end, c) {
        return None;
    }
    // A quoted list of the names (`“甲、乙”“两X”`).
    let mut names_start = clause_start(line, names_end)?;
    if let Some(inner) = line[..names_end].strip_suffix('”') {
        let open = inner.rfind('“')?;
        if open >= names_start {
            names_start = open + '“'.len_utf8();
            names_end = inner.len();
        }
    }
    let names = &line[names_start..names_end];
    // The count closes the names: it does not open a name of its own
    // (`甲、“三权”分置`).
    if !names.contains(['、', '和', '与'])
        || names.ends_with(['、', '和', '与', '及'])
        || !crate::lists::balanced(names)
    {
        return None;
    }
    // `一产、二产、三产`, `二中、三中全会`: a numeral before the character
    // in a name numbers a series, of which the count is one more.
    let mut previous = None;
    for ch in names.chars() {
        if ch == c && previous.is_some_and(numeral_like) {
            return None;
        }
        previous = Some(ch);
    }
    let mut items = Vec::new();
    let pieces = crate::list_forms::split_names(names, names_start);
    for (k, piece) in pieces.iter().enumerate() {
        let name = &line[piece.clone()];
        if !name.contains(c) {
            return None;
        }
        // Two names joined by one 和 or 与, each carrying the character.
        let joined = name
            .match_indices(['和', '与', '及'])
            .find(|(i, w)| name[..*i].contains(c) && name[i + w.len()..].contains(c));
        match joined {
            Some((i, w)) if k + 1 == pieces.len() || k == 0 => {
                items.push(piece.start..piece.start + i);
                items.push(piece.start + i + w.len()..piece.end);
            }
            Some(_) => return None,
            None => items.push(piece.clone()),
        }
    }
    // Names, not clauses: each short but the first, which may carry the
    // sentence's verb; no figure among them.
    let long = items
        .iter()
        .skip(1)
        .any(|r| line[r.clone()].chars().count() > NAME_CHARS);
    let n = items.len();
    if n < 2
        || long
        || names.chars().any(|c| c.is_ascii_digit())
        || !(n..=n + 1).contains(&(count as usize))
    {
        return None;
    }
    Some(CountedList::shown(
        ListSource::Carried,
        count,
        start..word + c.len_utf8(),
        items,
    ))
}

/// Whether the words right before `end`, within the clause, carry `c`
/// and a joining word: the last name is short and carries the character,
/// and a join comes before it or inside it, so both show within twice a
/// name's length (a clause break or a longer run means no list).
fn joined_names_end_here(line: &str, end: usize, c: char) -> bool {
    let (mut carries, mut joined) = (false, false);
    for ch in line[..end].chars().rev().take(NAME_CHARS * 2 + 2) {
        match ch {
            '，' | '。' | '；' | '：' | '！' | '？' | ',' | ';' | ':' => return false,
            '、' | '和' | '与' => joined = true,
            _ => carries |= ch == c,
        }
        if carries && joined {
            return true;
        }
    }
    false
}

/// How far back a clause holding names may start (none further: no list).
const CLAUSE_REACH: usize = 300;

/// The marks that end a clause.
const CLAUSE_BREAKS: [char; 9] = ['，', '。', '；', '：', '！', '？', ',', ';', ':'];

/// Whether a word joining names (`、`, `和`, `与`, a plus sign) stands in
/// the clause ending at `at`, or a quote closes right before the numeral
/// (`“春夏秋冬”四季`: a row of names, see `quoted_rows`): every list
/// `echoed_count` and `subject_count` read has one, and most numerals
/// have none, so this quick look back spares them the reading.
pub(crate) fn joined_in_clause(line: &str, at: usize) -> bool {
    if line[..at].trim_end_matches(numeral_like).ends_with('”') {
        return true;
    }
    // The names end at most a quote, a 的 and the numeral before `at`.
    let from = crate::lists::super_floor(line, at.saturating_sub(CLAUSE_REACH + 32));
    line[from..at]
        .chars()
        .rev()
        .find_map(|c| match c {
            '、' | '和' | '与' | '+' | '＋' => Some(true),
            _ => CLAUSE_BREAKS.contains(&c).then_some(false),
        })
        .unwrap_or(false)
}

/// Where the clause ending at `end` starts: after the last break, within
/// `CLAUSE_REACH` bytes (none further: no list).
fn clause_start(line: &str, end: usize) -> Option<usize> {
    let from = crate::lists::super_floor(line, end.saturating_sub(CLAUSE_REACH));
    let window = &line[from..end];
    let Some(p) = window.rfind(CLAUSE_BREAKS) else {
        return (from == 0).then_some(0);
    };
    Some(from + p + window[p..].chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(u32, Vec<&str>)> {
        let word = line.char_indices().find_map(|(i, c)| {
            (i > 0 && numeral_like(line[..i].chars().next_back()?) && !numeral_like(c)).then_some(i)
        })?;
        let list = echoed_count(line, word)?;
        Some((
            list.count,
            list.items.iter().map(|r| &line[r.clone()]).collect(),
        ))
    }

    #[test]
    fn a_join_in_the_numerals_clause_is_looked_for_before_reading() {
        let at = |line: &str, before: &str| line.find(before).unwrap_or(0);
        let line = "推动甲链、乙链两链融合";
        assert!(joined_in_clause(line, at(line, "链融合")));
        // A break after the join: the numeral's clause has none.
        let line = "甲、乙并进，推进三链融合";
        assert!(!joined_in_clause(line, at(line, "链融合")));
        let line = "三区三线，三区三线";
        assert!(!joined_in_clause(line, line.len() - "线".len()));
    }

    #[test]
    fn names_carrying_the_counted_character() {
        assert_eq!(
            read("推动产业链、资金链和人才链三链融合"),
            Some((3, vec!["推动产业链", "资金链", "人才链"]))
        );
        assert_eq!(
            read("实现零事故、零伤亡的“双零”目标"),
            Some((2, vec!["实现零事故", "零伤亡"]))
        );
        assert_eq!(
            read("落实“重大项目、重大政策、重大要素”“三重”清单"),
            Some((3, vec!["重大项目", "重大政策", "重大要素"]))
        );
        // One name more than the names: a slip the rule reports.
        assert_eq!(read("推动产业链、人才链三链融合").map(|r| r.0), Some(3));
        // A name without the character: no list.
        assert_eq!(read("推动产业链、人才培养三链融合"), None);
        // Far fewer names than the count: not these names'.
        assert_eq!(read("推动产业链、人才链五链融合"), None);
        // A series numbered by the same character: the count is its next.
        assert_eq!(read("推动一产增效、二产扩量、三产提质"), None);
        // A count opening a name of its own.
        assert_eq!(read("做好甲权、乙权、“三权”分置"), None);
    }
}
