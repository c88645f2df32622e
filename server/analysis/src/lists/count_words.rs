//! Counts as written: a numeral and its measure word (`7个`, `十件`, `三级`), and
//! where they stand in a text.

use std::sync::LazyLock;

use super::*;
use crate::chars::{chinese_digit, small_chinese_number};

/// Measure words a list count takes.
pub(crate) const MEASURES: &[&str] = &[
    "个方面",
    "方面",
    "件",
    "项",
    "个",
    "种",
    "类",
    "大",
    "条",
    "批",
    "家",
    "所",
    "座",
    "名",
    "位",
    "点",
    "张",
    "篇",
    "处",
    // `甲、乙两支队伍`, `甲、乙三道防线`, `甲、乙、丙三方责任`.
    "支",
    "道",
    "方",
    // `等5部作品`, `等七部门`.
    "部",
    // `甲、乙等20户企业`.
    "户",
    // `甲与乙、丙与丁等四组企业`: pairs, sets.
    "组",
    // `甲、乙等6栋大楼`, `甲等5块招牌`: buildings, plaques.
    "栋",
    "块",
];

/// The characters of places counted by level (`3县`, `两国`), each as a
/// measure word of its own.
pub(crate) const PLACE_LEVELS: &[&str] = &[
    "省", "市", "县", "区", "国", "州", "盟", "旗", "镇", "乡", "村",
];

/// `甲、乙、丙3县`, `甲、乙两国`: a count of places whose level serves as
/// the measure word, read after names only; not the level opening a word
/// of its own (`国际`, `市场`, `县级`, `国道`), nor one of a slogan's
/// numbers (`三县一区`).
pub(super) fn places_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let rest = text.get(start..)?;
    let arabic: usize = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (value, len) = if arabic > 0 {
        (rest[..arabic].parse().ok()?, arabic)
    } else {
        let len: usize = rest
            .chars()
            .take_while(|c| chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        (small_chinese_number(&rest[..len])?, len)
    };
    let after = &rest[len..];
    let level = PLACE_LEVELS.iter().find(|l| after.starts_with(*l))?;
    let next = after[level.len()..].chars().next();
    if next.is_some_and(|c| chinese_digit(c).is_some() || "级长委道际内外直属集场民".contains(c))
    {
        return None;
    }
    (2..=60)
        .contains(&value)
        .then_some((value, start + len + level.len(), *level))
}

/// `甲、乙、丙三重压力`: a count of layers right after the names, read by
/// the bare-names reader only (alone, `“六重清单”` is a slogan's word); not
/// 重 opening a word of its own (`两重点`, `重要`, `重大`).
pub(super) fn layers_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, after) = numeral_then(text, start, '重')?;
    let next = after.chars().next()?;
    if !crate::chars::is_han(next) || "点要大视建组庆新复申".contains(next) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '重'.len_utf8(), "重"))
}

/// `改革、发展、稳定三者关系`: the parties named right before, counted by
/// 者, which is the measure word and what is counted at once; read by the
/// bare-names reader only, after names.
pub(super) fn parties_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, _) = numeral_then(text, start, '者')?;
    // `这两者`: the parties were named before, maybe in another sentence.
    if text[..start].ends_with(['这', '此', '该']) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '者'.len_utf8(), "者"))
}

/// The Chinese numeral opening `text[start..]` when `measure` follows it,
/// and the words after the measure.
pub(super) fn numeral_then(text: &str, start: usize, measure: char) -> Option<(&str, &str)> {
    let rest = text.get(start..)?;
    let len: usize = rest
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    let after = rest[len..].strip_prefix(measure)?;
    Some((&rest[..len], after))
}

/// `甲、乙、丙三场硬仗`: a count of campaigns right after their names, read
/// by the bare-names reader only. Each name is one campaign (`仗`, `战`,
/// `役` in what is counted); events of named kinds (`甲、乙3场招聘会`) may
/// repeat, so they are no list.
pub(super) fn campaigns_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, after) = numeral_then(text, start, '场')?;
    let counted: String = after.chars().take(3).collect();
    if !counted.contains(['仗', '战', '役']) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '场'.len_utf8(), "场"))
}

/// The counts of campaigns in `range` (`三场硬仗`, `“五场攻坚战”`),
/// each numeral run read once: a lead may count its parts so.
pub(crate) fn campaign_counts_in(text: &str, range: Range<usize>) -> Vec<(u32, Range<usize>)> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    slice
        .match_indices('场')
        .filter_map(|(i, _)| {
            let start = numeral_start(text, range.start + i)?;
            let (value, end, _) = campaigns_at(text, start)?;
            Some((value, start..end))
        })
        .collect()
}

/// A count at `start`: a numeral run then a measure word. Returns the value
/// and the end of the measure word.
pub fn count_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let rest = text.get(start..)?;
    let numeral_len: usize = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(c) || chinese_digit(*c).is_some()
        })
        .map(char::len_utf8)
        .sum();
    if numeral_len == 0 {
        return None;
    }
    let numeral = &rest[..numeral_len];
    // The measure word first: most numerals have none, and then their value
    // is not needed.
    let after = &rest[numeral_len..];
    // `7 个`: a text taken from a PDF may keep a space between digits and
    // their measure word.
    let (gap, after) = match after.strip_prefix(' ') {
        Some(spaced) if numeral.bytes().all(|b| b.is_ascii_digit()) => (1, spaced),
        _ => (0, after),
    };
    // One bit looked up first: most characters after a numeral open no
    // measure word.
    if !COUNT_WORDS.contains(after.chars().next()? as usize) {
        return None;
    }
    let measure = MEASURES.iter().find(|m| after.starts_with(*m))?;
    // `百分之八点五`, `三点六万人`: 点 before a digit is a Chinese decimal
    // point, not the measure of `以下八点`.
    if *measure == "点"
        && after['点'.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || chinese_digit(c).is_some())
    {
        return None;
    }
    let value = if numeral
        .chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        // Digits, ASCII or full-width; more than a few cannot be a count.
        let mut value: u32 = 0;
        for c in numeral.chars() {
            let digit = c
                .to_digit(10)
                .or_else(|| (c as u32).checked_sub('０' as u32))?;
            value = value.checked_mul(10)?.checked_add(digit)?;
        }
        value
    } else {
        small_chinese_number(numeral)?
    };
    (2..=60).contains(&value).then_some((
        value,
        start + numeral_len + gap + measure.len(),
        *measure,
    ))
}

/// Where the numeral run ending at `end` starts, if any.
pub(super) fn numeral_start(text: &str, end: usize) -> Option<usize> {
    let before = text.get(..end)?;
    let len: usize = before
        .chars()
        .rev()
        .take_while(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(c) || chinese_digit(*c).is_some()
        })
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(end - len)
}

/// The counts in `range` (each numeral run read once).
pub(crate) fn counts_in(text: &str, range: Range<usize>) -> Vec<(u32, Range<usize>)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    // Most of a sentence is no numeral: the search skips to the next one
    // by its bytes (see [`next_in`]), the characters between undecoded.
    let numerals: &CharSet = &NUMERALS;
    let bytes = slice.as_bytes();
    // Where the last numeral character ends: one starting there continues
    // its number.
    let mut numeral_end = None;
    let mut i = 0;
    loop {
        i = next_in(numerals, bytes, i);
        let Some(c) = slice.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if numeral_end != Some(i) {
            let at = range.start + i;
            // Not the tail of a larger number, a year or an ordinal (`第三`).
            let before = slice[..i].chars().next_back();
            let ordinal = before.is_some_and(|b| matches!(b, '第' | '.' | '．'));
            if !ordinal && let Some((value, end, _)) = count_at(text, at) {
                out.push((value, at..end));
            }
        }
        i += c.len_utf8();
        numeral_end = Some(i);
    }
    out
}

/// The characters [`is_numeral`] holds, for the byte search of
/// [`counts_in`].
static NUMERALS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::of(
        ('0'..='9')
            .chain('０'..='９')
            .chain("〇零一二两三四五六七八九十".chars()),
    )
});

/// The one count a note's term states (`七个一批` → 7), not a slogan's
/// numerals (`三新一高`, `六个一`, `五有五位`, `“1+2+'5个100'”`).
pub(crate) fn term_count(text: &str, term_range: Range<usize>) -> Option<(u32, Range<usize>)> {
    let counts = counts_in(text, term_range.clone());
    if counts.is_empty() {
        return quoted_numeral(text, term_range);
    }
    let [(count, count_range)] = counts.as_slice() else {
        return None;
    };
    let term = &text[term_range.clone()];
    let after = text[count_range.end..term_range.end].chars().next();
    if after.is_some_and(|c| chinese_digit(c).is_some())
        || term.contains(['+', '＋'])
        || crate::slogan_count::parse_slogan(term).is_some_and(|p| p.len() > 1)
    {
        return None;
    }
    Some((*count, count_range.clone()))
}

/// `为民“十”事`: a numeral alone in quotes, then a word of what it counts:
/// the numeral's value and range, the only numeral of `range` (a slogan
/// such as `“三网”` is the slogan reader's).
pub(super) fn quoted_numeral(text: &str, range: Range<usize>) -> Option<(u32, Range<usize>)> {
    let s = text.get(range.clone())?;
    let open = s.find('“')?;
    let inner = &s[open + '“'.len_utf8()..];
    let len: usize = inner
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    let after = &inner[len..];
    let mut chars = after.chars();
    let noun = chars.next() == Some('”')
        && chars
            .next()
            .is_some_and(|c| crate::chars::is_han(c) && chinese_digit(c).is_none());
    let value = small_chinese_number(&inner[..len])?;
    let at = range.start + open + '“'.len_utf8();
    // No other numeral, but a year's digits (`2023年为民“十”事`).
    let numerals = s.chars().filter(|c| chinese_digit(*c).is_some()).count();
    let figures = without_years(s).any(|c| c.is_ascii_digit());
    (noun
        && len > 0
        && (2..=60).contains(&value)
        && !figures
        && numerals == inner[..len].chars().count())
    .then_some((value, at..at + len))
}

/// The first characters of the measure words, `级`, `重`, `场` and the
/// places' levels: a count or a run of
/// levels ends with a numeral right before one of them.
pub(super) static COUNT_WORDS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::of(
        MEASURES
            .iter()
            .filter_map(|m| m.chars().next())
            .chain(['级', '重', '场', '者'])
            .chain(PLACE_LEVELS.iter().filter_map(|l| l.chars().next())),
    )
});

/// A set of characters of the Basic Multilingual Plane, one bit each: a
/// membership test per character of a line costs one load.
/// (Of a fixed size: a three-byte character's word index is always in
/// bounds, so [`CharSet::contains_three`] needs no check.)
pub(super) struct CharSet(Box<[u64; 0x10000 / 64]>);

impl CharSet {
    pub(super) fn of(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = Box::new([0u64; 0x10000 / 64]);
        for c in chars {
            let code = c as usize;
            if let Some(word) = bits.get_mut(code / 64) {
                *word |= 1 << (code % 64);
            }
        }
        CharSet(bits)
    }

    pub(super) fn contains(&self, code: usize) -> bool {
        self.0
            .get(code / 64)
            .is_some_and(|word| word & (1 << (code % 64)) != 0)
    }

    /// Whether the three-byte character `lead`, `b1`, `b2` is in the set,
    /// read from its bytes (its code's high bits are the word's index).
    pub(super) fn contains_three(&self, lead: u8, b1: u8, b2: u8) -> bool {
        let index = (usize::from(lead & 0x0f) << 6) | usize::from(b1 & 0x3f);
        self.0[index] & (1 << (b2 & 0x3f)) != 0
    }
}

pub(super) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `counts_in` as it read every character: the byte search must find
    /// the same counts.
    fn counts_in_by_chars(text: &str, range: Range<usize>) -> Vec<(u32, Range<usize>)> {
        let mut out = Vec::new();
        let Some(slice) = text.get(range.clone()) else {
            return out;
        };
        let mut previous_numeral = false;
        for (i, c) in slice.char_indices() {
            let numeral = is_numeral(c);
            if numeral && !previous_numeral {
                let at = range.start + i;
                let before = slice[..i].chars().next_back();
                let ordinal = before.is_some_and(|b| matches!(b, '第' | '.' | '．'));
                if !ordinal && let Some((value, end, _)) = count_at(text, at) {
                    out.push((value, at..end));
                }
            }
            previous_numeral = numeral;
        }
        out
    }

    #[test]
    fn the_byte_search_finds_the_counts_reading_every_character_finds() {
        let texts = [
            "建成甲、乙、丙三个园区，新增7个项目和１２家企业。",
            "第三批共十二条道路，2.5个百分点，é三项，𝄞两座桥、双向四车道",
            "实施十大工程：一是A，二是B；新建3 个站点、〇个、零项",
            "123个45条，六七个，三十五项改革任务的第一项",
            "",
            "没有数字的一句话。",
        ];
        let mut found = 0;
        for text in texts {
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(at, _)| at)
                .chain([text.len()])
                .collect();
            for &start in &ends {
                for &end in ends.iter().filter(|e| **e >= start) {
                    let fast = counts_in(text, start..end);
                    assert_eq!(
                        fast,
                        counts_in_by_chars(text, start..end),
                        "{text:?} {start}..{end}"
                    );
                    found += fast.len();
                }
            }
            // A range off the characters' bounds reads nothing either way.
            if text.len() > 1 {
                assert_eq!(
                    counts_in(text, 1..text.len()),
                    counts_in_by_chars(text, 1..text.len())
                );
            }
        }
        assert!(found > 50, "the texts hold counts: {found}");
    }
}
