//! `比2020年的12.4亿元增长50%`, `比2020年提高9.6个百分点，2020年为72.8%`:
//! a base named by its printed year instead of `上年`. The change is then
//! the whole change between the two levels (not an average), so it follows
//! from them whatever the span.

/// `2020年`, `2020年末`, `2020年底`: the four digits of a year printed
/// alone, then what follows its name.
pub(super) fn printed_year(words: &str) -> Option<(&str, &str)> {
    let digits = words.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = words[4..].strip_prefix('年')?;
    let rest = rest
        .strip_prefix('末')
        .or_else(|| rest.strip_prefix('底'))
        .unwrap_or(rest);
    Some((digits, rest))
}

/// `2020年`, `2020年末`, with or without `的`: the year when these words
/// are only a year's name.
pub(super) fn year_only(words: &str) -> Option<&str> {
    let words = words.strip_suffix('的').unwrap_or(words);
    printed_year(words).and_then(|(year, rest)| rest.is_empty().then_some(year))
}
