//! Names held in one pair of quotes right before their count, parted
//! otherwise than by `、`: joined by a plus sign (`“甲+乙+丙”三链`), or
//! written as a row of single characters, each a thing of its own
//! (`“吃住行游购”五要素`, `“红黄绿”三种颜色`).
//!
//! Three names or more parted by plus signs are parted as surely as by
//! `、`: the drafter's own marks. Two may be one idea of two words
//! (`“互联网+政务服务”` is one service, not two things), and many quoted
//! words (`“菜篮子”`) are no row: these are read only when as many as
//! the count, the count then being the only sign that each stands for one
//! thing, so such a reading never fires.

use std::ops::Range;

use crate::chars::{chinese_digit, is_han};

/// The longest a name joined by a plus sign may be.
const NAME_CHARS: usize = 14;

/// The fewest and the most characters of a row.
const ROW_CHARS: std::ops::RangeInclusive<usize> = 3..=12;

/// How surely the names of a quote are parted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Parting {
    /// Three names or more by plus signs: a count off by one is a slip.
    Sure,
    /// Two names by a plus sign, or a row of single characters: read only
    /// when the count agrees.
    AtCount,
}

impl Parting {
    /// Whether `n` names so parted read under `count`: one fewer than a
    /// sure count is a slip to judge.
    pub(crate) fn fits(self, n: usize, count: u32) -> bool {
        let count = count as usize;
        match self {
            Parting::Sure => (n..=n + 1).contains(&count),
            Parting::AtCount => n == count,
        }
    }
}

/// The names of `inner` (the words inside one pair of quotes, at `offset`),
/// when it holds no `、` and they are parted by plus signs or written as a
/// row of single characters; none for a quote of figures or numerals
/// (`“1+N”`, `“一核+两翼”` are codes, not names).
pub(crate) fn quoted_row(inner: &str, offset: usize) -> Option<(Vec<Range<usize>>, Parting)> {
    if inner.contains('、') || inner.chars().any(|c| chinese_digit(c).is_some()) {
        return None;
    }
    if inner.contains(['+', '＋']) {
        let mut items = Vec::new();
        let mut at = offset;
        for piece in inner.split(['+', '＋']) {
            let len = piece.chars().count();
            if len == 0 || len > NAME_CHARS || !piece.chars().all(is_han) {
                return None;
            }
            items.push(at..at + piece.len());
            // Both signs are one character: `+` one byte, `＋` three.
            let sign = inner[at - offset + piece.len()..].chars().next();
            at += piece.len() + sign.map_or(0, char::len_utf8);
        }
        let parting = if items.len() >= 3 {
            Parting::Sure
        } else {
            Parting::AtCount
        };
        return (items.len() >= 2).then_some((items, parting));
    }
    let n = inner.chars().count();
    if !ROW_CHARS.contains(&n) || !inner.chars().all(is_han) {
        return None;
    }
    let items = inner
        .char_indices()
        .map(|(i, c)| offset + i..offset + i + c.len_utf8())
        .collect();
    Some((items, Parting::AtCount))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_signs_part_names() {
        let inner = "甲链+乙链＋丙链";
        let (items, parting) = quoted_row(inner, 0).unwrap();
        assert_eq!(parting, Parting::Sure);
        let names: Vec<&str> = items.iter().map(|r| &inner[r.clone()]).collect();
        assert_eq!(names, ["甲链", "乙链", "丙链"]);
    }

    #[test]
    fn two_names_by_a_plus_sign_are_read_at_the_count_only() {
        let (items, parting) = quoted_row("甲+乙服务", 0).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(parting, Parting::AtCount);
        assert!(!parting.fits(2, 3));
        assert!(Parting::Sure.fits(3, 4));
    }

    #[test]
    fn a_row_of_characters_is_one_name_each() {
        let (items, parting) = quoted_row("春夏秋冬", 0).unwrap();
        assert_eq!(parting, Parting::AtCount);
        assert_eq!(items.len(), 4);
    }

    #[test]
    fn codes_and_lists_are_left_to_other_readers() {
        assert!(quoted_row("1+N", 0).is_none());
        assert!(quoted_row("一核+两翼", 0).is_none());
        assert!(quoted_row("互联网+", 0).is_none());
        assert!(quoted_row("甲、乙", 0).is_none());
        assert!(quoted_row("双创", 0).is_none());
    }
}
