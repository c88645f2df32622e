//! `做好三抓（抓甲、抓乙、抓丙）`: an unquoted slogan of one part glossed in
//! the brackets right after it, each `、` item opening with the counted
//! word. The brackets are the slogan's own note, so the items count it.

use super::slogans::LineSlogan;
use std::sync::LazyLock;

use memchr::memmem;

use crate::chars::{chinese_digit, is_han};
use crate::slogan_count::{SloganCount, SloganPart, parse_slogan};

/// The most characters of the counted word between the numeral and the
/// bracket (`提升` of `三提升（`).
const MAX_WORD: usize = 3;

/// The most characters read inside the brackets.
const MAX_GLOSS: usize = 160;

/// The unquoted slogans of `line` glossed in brackets right after them.
/// Offsets are relative to `line`; `open` is the slogan's first character.
pub(super) fn bracketed_slogans(line: &str) -> Vec<LineSlogan> {
    let mut out = Vec::new();
    for (bracket, c) in brackets_in(line) {
        let Some(start) = slogan_start(&line[..bracket]) else {
            continue;
        };
        let gloss_start = bracket + c.len();
        let Some(gloss) = gloss(&line[gloss_start..]) else {
            continue;
        };
        let Some(parts) = parse_slogan(&line[start..bracket]) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            continue;
        };
        let Some(items) = items_opening_with(gloss, part) else {
            continue;
        };
        let reading = if items == part.numeral as usize {
            SloganCount::Holds
        } else {
            SloganCount::Differs(vec![Some(items)])
        };
        out.push(LineSlogan {
            open: start,
            inner: start..bracket,
            definition: gloss_start..gloss_start + gloss.len(),
            parts,
            reading,
        });
    }
    out
}

/// Where `line` opens a bracket, full-width or half-width, in order, with
/// the bracket. (A byte search for each: a set of chars decodes every
/// character of the line, and most lines open none.)
fn brackets_in(line: &str) -> Vec<(usize, &'static str)> {
    static FULL_WIDTH: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("（"));
    let bytes = line.as_bytes();
    let mut out: Vec<(usize, &'static str)> = FULL_WIDTH
        .find_iter(bytes)
        .map(|at| (at, "（"))
        .chain(memchr::memchr_iter(b'(', bytes).map(|at| (at, "(")))
        .collect();
    out.sort_unstable();
    out
}

/// Where the slogan ending at `before`'s end starts: the nearest numeral
/// of two or more within [`MAX_WORD`] characters, with a word after it and
/// no numeral, ordinal or quote right before it (`第三产业`, `十二五`,
/// `“三抓”` are other things or the quoted readers').
fn slogan_start(before: &str) -> Option<usize> {
    let mut word = 0;
    let mut chars = before.char_indices().rev();
    let (at, numeral) = loop {
        let (at, c) = chars.next()?;
        if chinese_digit(c).is_some() || c == '双' {
            break (at, c);
        }
        word += 1;
        if word > MAX_WORD || !is_han(c) {
            return None;
        }
    };
    let several = numeral == '双' || chinese_digit(numeral).is_some_and(|n| (2..=9).contains(&n));
    let previous = chars.next().map(|(_, c)| c);
    let joined = previous.is_some_and(|c| {
        chinese_digit(c).is_some() || c.is_ascii_digit() || matches!(c, '第' | '“' | '‘' | '十')
    });
    // `一核三园（…）`: the last part of a slogan of several, whose brackets
    // may gloss every part.
    let earlier_part = previous
        .into_iter()
        .chain(chars.map(|(_, c)| c))
        .take(MAX_WORD + 1)
        .take_while(|c| is_han(*c))
        .any(|c| chinese_digit(c).is_some() || c == '双');
    (word > 0 && several && !joined && !earlier_part).then_some(at)
}

/// The words inside the brackets, to the closing one: a plain `、` list
/// (no clause, no nested bracket, no open `等`).
fn gloss(after: &str) -> Option<&str> {
    let (len, close) = after
        .char_indices()
        .take(MAX_GLOSS)
        .find(|(_, c)| !is_han(*c) && *c != '、')?;
    let gloss = &after[..len];
    (matches!(close, '）' | ')') && !gloss.contains('等')).then_some(gloss)
}

/// How many `、` items the gloss has, when there are two or more and each
/// opens with the part's counted word as written (`调整…` for `调`).
fn items_opening_with(gloss: &str, part: &SloganPart) -> Option<usize> {
    if part.measured() {
        return None;
    }
    let items: Vec<&str> = gloss.split('、').collect();
    let opening = |item: &&str| {
        item.strip_prefix(part.written.as_str())
            .is_some_and(|rest| !rest.is_empty())
    };
    (items.len() >= 2 && items.iter().all(opening)).then_some(items.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_of_both_widths_in_order() {
        assert_eq!(
            brackets_in("甲（乙）丙(丁)（戊"),
            vec![(3, "（"), (15, "("), (20, "（")]
        );
        assert!(brackets_in("甲乙丙").is_empty());
    }

    #[test]
    fn a_slogan_glossed_in_half_width_brackets_too() {
        let full = bracketed_slogans("要做好三抓（抓甲、抓乙、抓丙），再议。");
        let half = bracketed_slogans("要做好三抓(抓甲、抓乙、抓丙)，再议。");
        assert_eq!(full.len(), 1);
        assert_eq!(half.len(), 1);
        assert_eq!(full[0].reading, SloganCount::Holds);
        assert_eq!(half[0].reading, SloganCount::Holds);
    }
}
