//! Qualifier words around a number: `超`, `近`, `约` before it, `以上`,
//! `左右` after it.

use super::Qualifier;
use super::chars::char_before;

/// A qualifier word written right before a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Before {
    pub start: usize,
    pub qualifier: Qualifier,
    /// `高于`, `超过`, `低于` …: before `个百分点` these state a difference
    /// (`高于全国0.4个百分点`), not a bound.
    pub comparative: bool,
}

/// Longest words first, so that `不超过` wins over `超过` and `超`.
const BEFORE: &[(&str, Qualifier, bool)] = &[
    ("小于等于", Qualifier::Under, false),
    ("大于等于", Qualifier::Over, false),
    ("不超过", Qualifier::Under, false),
    ("不高于", Qualifier::Under, false),
    ("不大于", Qualifier::Under, false),
    ("不少于", Qualifier::Over, false),
    ("不低于", Qualifier::Over, false),
    ("不小于", Qualifier::Over, false),
    ("至多", Qualifier::Under, false),
    ("最多", Qualifier::Under, false),
    ("不到", Qualifier::Under, false),
    ("不足", Qualifier::Under, false),
    ("少于", Qualifier::Under, true),
    ("低于", Qualifier::Under, true),
    ("小于", Qualifier::Under, true),
    ("接近", Qualifier::Under, false),
    ("将近", Qualifier::Under, false),
    ("至少", Qualifier::Over, false),
    ("最少", Qualifier::Over, false),
    ("超过", Qualifier::Over, true),
    ("超出", Qualifier::Over, true),
    ("多于", Qualifier::Over, true),
    ("大于", Qualifier::Over, true),
    ("高于", Qualifier::Over, true),
    ("突破", Qualifier::Over, false),
    ("大约", Qualifier::About, false),
    ("大概", Qualifier::About, false),
    ("约为", Qualifier::About, false),
    ("约合", Qualifier::About, false),
    ("大致", Qualifier::About, false),
    ("近", Qualifier::Under, false),
    ("超", Qualifier::Over, false),
    ("逾", Qualifier::Over, false),
    ("约", Qualifier::About, false),
];

/// Whether a byte ends one of the words of [`BEFORE`]: before most figures
/// none does, and no word is compared (this runs per figure).
static BEFORE_LASTS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < BEFORE.len() {
        let word = BEFORE[i].0.as_bytes();
        table[word[word.len() - 1] as usize] = true;
        i += 1;
    }
    table
};

/// Words that make `近` mean "recent" or "near", not "nearly": `最近`, `附近`.
const NOT_NEARLY: &str = "最附临就邻亲靠贴";

/// Words that make `约` the end of a verb or noun, not "about": `签约`,
/// `节约`, `履约`.
const NOT_ABOUT: &str = "签节预履违合制特邀集公条践赴契";

/// The qualifier word ending at byte `pos`, starting no earlier than `floor`.
pub(crate) fn before(text: &str, pos: usize, floor: usize) -> Option<Before> {
    let head = text.get(floor..pos)?;
    // Only words ending in the byte before `pos` are compared (this runs
    // per figure; a comparison is a call to `memcmp`, and a char's
    // `ends_with` decodes it per word).
    let last = head.as_bytes().last().copied()?;
    if !BEFORE_LASTS[usize::from(last)] {
        return None;
    }
    for &(word, qualifier, comparative) in BEFORE {
        if word.as_bytes().last() != Some(&last) || !head.ends_with(word) {
            continue;
        }
        let start = pos - word.len();
        if word == "近" && char_before(text, start).is_some_and(|c| NOT_NEARLY.contains(c)) {
            return None;
        }
        if word == "约" && char_before(text, start).is_some_and(|c| NOT_ABOUT.contains(c)) {
            return None;
        }
        return Some(Before {
            start,
            qualifier,
            comparative,
        });
    }
    None
}

/// `上亿元`, `过万人`: only before a place word alone.
pub(crate) fn before_bare_place_word(text: &str, pos: usize, floor: usize) -> Option<usize> {
    let head = text.get(floor..pos)?;
    ["上", "过"]
        .iter()
        .find(|w| head.ends_with(*w))
        .map(|w| pos - w.len())
}

const AFTER: &[(&str, Qualifier)] = &[
    ("及以上", Qualifier::Over),
    ("以上", Qualifier::Over),
    ("以下", Qualifier::Under),
    ("以内", Qualifier::Under),
    ("之内", Qualifier::Under),
    ("左右", Qualifier::About),
    ("上下", Qualifier::About),
];

/// `上下游`, `上下功夫`: 上下 that starts a word.
const UPDOWN_WORDS: &str = "游功级联贯文班同齐一";

/// The qualifier word starting at byte `pos`, and where it ends.
pub(crate) fn after(text: &str, pos: usize) -> Option<(Qualifier, usize)> {
    let rest = text.get(pos..)?;
    let first = rest.as_bytes().first().copied()?;
    for &(word, qualifier) in AFTER {
        if word.as_bytes().first() != Some(&first) || !rest.starts_with(word) {
            continue;
        }
        let end = pos + word.len();
        if word == "上下"
            && text
                .get(end..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| UPDOWN_WORDS.contains(c))
        {
            return None;
        }
        return Some((qualifier, end));
    }
    None
}
