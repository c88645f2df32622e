//! `中英两国`, `美俄两国`, `英、葡两国`, `中美双方`: countries named by
//! their one-character short names, run together or parted by `、`, right
//! before a count of countries (`N国`) or of sides (`双方`, `N方`). Each
//! character is one country: the drafter's short form of a list of names.
//!
//! Unless a clause break stands right before the run, its first character
//! may end the word before it (`其中美俄两国`: 其中, then 美 and 俄), so
//! that character is read as one country the list may hide, not as shown.

use std::ops::Range;

use crate::chars::{chinese_digit, is_han, small_chinese_number};
use crate::lists::{CountedList, ListSource};

/// One-character short names of countries, as reports write them before
/// `两国` (`中美`, `中英`, `中葡`, `中越`, `美俄`, `中日韩`).
const SHORT_NAMES: &str = "中美英法德日俄苏葡越朝韩印巴泰缅老柬蒙意澳荷";

/// Most countries in one run.
const MAX_RUN: usize = 6;

/// The list of countries whose count's numeral starts at `count_start`
/// in `line`, when short names run right up to it.
pub(crate) fn countries_before(line: &str, count_start: usize) -> Option<CountedList> {
    let (count, end) = country_count_at(line, count_start)?;
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut at = count_start;
    let mut parted = false;
    while items.len() < MAX_RUN {
        let Some(c) = line[..at].chars().next_back() else {
            break;
        };
        if SHORT_NAMES.contains(c) {
            at -= c.len_utf8();
            items.push(at..at + c.len_utf8());
            continue;
        }
        // `英、葡`: a `、` between two short names.
        let before = line[..at - c.len_utf8()].chars().next_back();
        if c == '、' && !items.is_empty() && before.is_some_and(|b| SHORT_NAMES.contains(b)) {
            at -= c.len_utf8();
            parted = true;
            continue;
        }
        break;
    }
    if items.len() < 2 || line[at..count_start].ends_with('、') {
        return None;
    }
    // `中英、中法两国`: a name twice is pairs of countries, not a list
    // of them.
    if items.iter().enumerate().any(|(i, a)| {
        items[i + 1..]
            .iter()
            .any(|b| line[a.clone()] == line[b.clone()])
    }) {
        return None;
    }
    items.reverse();
    // A run with a `、` is parted by its drafter; run together, a longer
    // one is a word (`中美英法德` reads no better than its count).
    if !parted && items.len() > 4 {
        return None;
    }
    let bound = line[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !(is_han(c) || c.is_ascii_alphanumeric()));
    let hidden = usize::from(!bound);
    if !bound {
        items.remove(0);
    }
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..end,
        items,
        hidden,
        open: false,
    })
}

/// `两国`, `3国`, `双方`, `三方` at `start`: the value and where the count
/// ends; not 国 or 方 opening a word of their own (`两国际`, `三方面`).
fn country_count_at(line: &str, start: usize) -> Option<(u32, usize)> {
    let rest = &line[start..];
    let (value, len) = if let Some(after) = rest.strip_prefix('双') {
        (2, rest.len() - after.len())
    } else {
        let len: usize = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        let numeral = &rest[..len];
        let value = if numeral.bytes().all(|b| b.is_ascii_digit()) {
            numeral.parse().ok()?
        } else {
            small_chinese_number(numeral)?
        };
        (value, len)
    };
    let after = &rest[len..];
    let word = ['国', '方'].into_iter().find(|w| after.starts_with(*w))?;
    let next = after[word.len_utf8()..].chars().next();
    let opens_word = match word {
        '国' => next.is_some_and(|c| "际内外家度旗土策营有库债企务".contains(c)),
        _ => next.is_some_and(|c| "面案式向法针位略".contains(c)),
    };
    if opens_word || !(2..=9).contains(&value) {
        return None;
    }
    Some((value, start + len + word.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(u32, usize, usize)> {
        let at = line.find(['两', '双', '三', '2', '3'])?;
        countries_before(line, at).map(|l| (l.count, l.items.len(), l.hidden))
    }

    #[test]
    fn short_names_run_together_or_parted() {
        assert_eq!(read("。中越两国关系实现正常化"), Some((2, 2, 0)));
        assert_eq!(read("使中英两国的友好关系发展"), Some((2, 1, 1)));
        assert_eq!(read("加强与英、葡两国政府的合作"), Some((2, 1, 1)));
        assert_eq!(read("，中日韩三国领导人会晤"), Some((3, 3, 0)));
        assert_eq!(read("，中英双方已经达成谅解"), Some((2, 2, 0)));
    }

    #[test]
    fn words_and_other_counts_are_no_list() {
        // 其中 ends with 中: one country the list may hide.
        assert_eq!(read("其中美俄两国达成协议"), Some((2, 2, 1)));
        // A single name, a count of aspects, an international word.
        assert_eq!(read("有利于两国经贸合作"), None);
        assert_eq!(read("同美两国会谈"), None);
        assert_eq!(read("，中美两方面的合作"), None);
        assert_eq!(read("，中美两国际组织"), None);
        // A name twice: pairs of countries.
        assert_eq!(read("，中英、中法三国签约"), None);
        assert_eq!(read("，中俄、中蒙双方合作"), None);
    }
}
