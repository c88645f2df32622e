//! ratio-sum-mismatch: a structure printed as a ratio of percentages
//! (`三次产业结构为10.2∶42.5∶47.3`) whose parts do not add up to 100.
//!
//! A ratio is read only after a structure word in its own clause (`结构`,
//! `比例`, `比重`, `构成`, `产业比`), with three or four parts, each a number as printed
//! (half-width or full-width digits). Ratios that are not shares of 100
//! (`1∶2∶3`, a sex ratio `105∶100`) add up far from it: only a sum within
//! ten of 100 is taken as meant to be 100, so a slip of one part is caught
//! and a ratio of another kind is left alone. The parts may each be off by
//! half their last printed digit, so the sum may be off by the sum of those.

mod industry_shares;

use crate::diagnostic::Finding;
use crate::document::Document;

use super::Sink;

/// The separators of a ratio: an ASCII colon (first: searched apart), the
/// ratio sign, a full-width colon, or the vertical two-dot leader some
/// fonts print a ratio sign as.
const SEPARATORS: [char; 4] = [':', '∶', '：', '︰'];

/// Words naming a structure whose parts share 100, read in the ratio's
/// clause before it.
const STRUCTURE_WORDS: [&str; 5] = ["结构", "比例", "比重", "构成", "产业比"];

/// How far a sum may stand from 100 and still be meant as 100.
const MEANT_AS_HUNDRED: f64 = 10.0;

/// Bytes looked back from a ratio for its structure word.
const LOOK_BACK: usize = 60;

pub(super) fn check(doc: &Document, sink: &mut Sink) {
    let text = doc.text.as_str();
    for ratio in structure_ratios(text) {
        let sum: f64 = ratio.parts.iter().map(|p| p.value).sum();
        if (sum - 100.0).abs() <= slack(&ratio.parts) {
            continue;
        }
        sink.push(
            ratio.start..ratio.end,
            Finding::RatioSumMismatch {
                ratio: text[ratio.start..ratio.end].into(),
                sum: display_sum(sum, &ratio.parts).into(),
            },
            Vec::new(),
        );
    }
    // The three industries' shares listed after `分别`: the same
    // structure printed as percents.
    for shares in industry_shares::industry_shares(doc) {
        let low: f64 = shares.parts.iter().map(|f| f.low).sum();
        let high: f64 = shares.parts.iter().map(|f| f.high).sum();
        let sum: f64 = shares.parts.iter().map(|f| f.value).sum();
        let meant = (sum - 100.0).abs() <= MEANT_AS_HUNDRED + (high - low) / 2.0;
        if !meant || (low <= 100.0 && 100.0 <= high) {
            continue;
        }
        let decimals = shares
            .parts
            .iter()
            .map(|f| decimals_of(f.precision))
            .max()
            .unwrap_or(0);
        sink.push(
            shares.span.clone(),
            Finding::RatioSumMismatch {
                ratio: text[shares.span].into(),
                sum: format!("{sum:.decimals$}").into(),
            },
            Vec::new(),
        );
    }
}

/// Decimals a percent's precision prints (`0.1` → 1).
fn decimals_of(precision: f64) -> usize {
    let mut decimals = 0;
    let mut step = precision;
    while step < 0.999 && decimals < 4 {
        step *= 10.0;
        decimals += 1;
    }
    decimals
}

/// The ratios of a text read as structures whose parts share 100: those
/// the rule checks, whether or not their parts add up.
pub fn ratio_readings(doc: &Document) -> Vec<std::ops::Range<usize>> {
    structure_ratios(&doc.text)
        .into_iter()
        .map(|r| r.start..r.end)
        .collect()
}

/// Every ratio after a structure word whose sum is within ten of 100
/// (beyond the parts' rounding): a structure of shares.
fn structure_ratios(text: &str) -> Vec<Ratio> {
    let mut found = ratios(text);
    found.retain(|ratio| {
        let sum: f64 = ratio.parts.iter().map(|p| p.value).sum();
        (sum - 100.0).abs() <= MEANT_AS_HUNDRED + slack(&ratio.parts)
            && after_structure_word(text, ratio.start)
    });
    found
}

/// How far the parts' sum may stand from 100 by their rounding alone: half
/// the last printed digit of each.
fn slack(parts: &[Part]) -> f64 {
    parts.iter().map(|p| p.half_step).sum::<f64>() + 1e-9
}

/// One part of a ratio: its value and half a unit of its last digit.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Part {
    value: f64,
    half_step: f64,
    decimals: usize,
}

#[derive(Debug, PartialEq)]
struct Ratio {
    start: usize,
    end: usize,
    parts: Vec<Part>,
}

/// Every ratio of three or four numbers in `text`. A run of numbers and
/// separators longer than that, or one glued to more digits or letters
/// (a time `18:57:35` is three parts, but is no structure either), is
/// left out.
fn ratios(text: &str) -> Vec<Ratio> {
    let mut found = Vec::new();
    let mut from = 0;
    for at in separators_after_numbers(text) {
        if at < from {
            continue;
        }
        let past = at + separator_at(text, at).unwrap_or(1);
        // The number before the first separator of a run.
        let Some((start, first)) = number_before(text, skip_spaces_back(text, at)) else {
            from = past;
            continue;
        };
        let mut parts = vec![first];
        let mut end = at;
        let mut cursor = at;
        while let Some(sep) = separator_at(text, cursor) {
            let Some((next_end, part)) = number_after(text, skip_spaces(text, cursor + sep)) else {
                break;
            };
            parts.push(part);
            end = next_end;
            cursor = skip_spaces(text, next_end);
        }
        from = end.max(past);
        if (3..=4).contains(&parts.len()) && !glued_after(text, end) && !torn_before(text, start) {
            found.push(Ratio { start, end, parts });
        }
    }
    found
}

/// `10. 5：53.1：36. 4`: a number torn at its point by a space, as a
/// converted print leaves it, before the run's first part.
fn torn_before(text: &str, start: usize) -> bool {
    let before = skip_spaces_back(text, start);
    before < start
        && text[..before].chars().next_back().is_some_and(is_point)
        && text[..before]
            .chars()
            .rev()
            .nth(1)
            .and_then(digit)
            .is_some()
}

/// A run glued to more after it: a separator (a longer chain, a time), a
/// digit or letter, a range's mark and its other end (`45～50`), or the
/// rest of a number torn at its point by a space (`38. 8`).
fn glued_after(text: &str, end: usize) -> bool {
    if let Some(point) = text[end..].chars().next().filter(|&c| is_point(c)) {
        let after = end + point.len_utf8();
        let past = skip_spaces(text, after);
        if past > after && text[past..].chars().next().and_then(digit).is_some() {
            return true;
        }
    }
    let mut rest = text[skip_spaces(text, end)..].chars();
    match rest.next() {
        Some(c) if SEPARATORS.contains(&c) => true,
        _ => match text[end..].chars().next() {
            Some(c) if c.is_ascii_alphanumeric() => true,
            Some(c) if RANGE_MARKS.contains(&c) => rest.next().and_then(digit).is_some(),
            _ => false,
        },
    }
}

/// The marks joining the two ends of a range (`10～12`).
const RANGE_MARKS: [char; 6] = ['～', '~', '-', '－', '—', '–'];

/// Past the spaces at `at`: a drafter may space a ratio (`3.6 : 48 : 48.4`).
fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..]
        .find(|c: char| c != ' ' && c != '\u{3000}')
        .unwrap_or(text.len() - at)
}

/// Back over the spaces before `at`.
fn skip_spaces_back(text: &str, at: usize) -> usize {
    text[..at].trim_end_matches([' ', '\u{3000}']).len()
}

/// Each separator right after a digit or a percent sign (spaces between
/// allowed), in text order:
/// found by searching for the separators' bytes (a report's colons are
/// mostly after words), not by reading the text character by character
/// (one automaton over the four forms measured slower than a pass each).
fn separators_after_numbers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found: Vec<usize> = memchr::memchr_iter(b':', bytes).collect();
    for wide in &SEPARATORS[1..] {
        let mut form = [0; 4];
        let form = wide.encode_utf8(&mut form).as_bytes();
        found.extend(memchr::memmem::find_iter(bytes, form));
    }
    found.retain(|&at| {
        text[..skip_spaces_back(text, at)]
            .chars()
            .next_back()
            .is_some_and(|c| digit(c).is_some() || c == '%' || c == '％')
    });
    found.sort_unstable();
    found
}

/// The length of a separator starting at `at`, if one does.
fn separator_at(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    SEPARATORS.contains(&c).then(|| c.len_utf8())
}

/// A digit half-width or full-width, as its value.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// The number printed right after `at`, with an optional percent sign:
/// where it ends and its value.
fn number_after(text: &str, at: usize) -> Option<(usize, Part)> {
    let rest = text.get(at..)?;
    let mut digits = String::new();
    let mut decimals = None;
    let mut end = at;
    for (i, c) in rest.char_indices() {
        if let Some(d) = digit(c) {
            digits.push(char::from_digit(d, 10)?);
            decimals = decimals.map(|n: usize| n + 1);
        } else if is_point(c) && decimals.is_none() && !digits.is_empty() {
            // A point only between digits.
            if !rest[i + c.len_utf8()..].starts_with(|n: char| digit(n).is_some()) {
                break;
            }
            digits.push('.');
            decimals = Some(0);
        } else {
            break;
        }
        end = at + i + c.len_utf8();
    }
    if digits.is_empty() {
        return None;
    }
    if let Some(sign) = text[end..]
        .chars()
        .next()
        .filter(|&c| c == '%' || c == '％')
    {
        end += sign.len_utf8();
    }
    Some((end, part(&digits, decimals.unwrap_or(0))?))
}

/// The number printed right before `at` (a percent sign allowed): where it
/// starts and its value. A number glued to a letter or to a point with no
/// digits before is no part.
fn number_before(text: &str, at: usize) -> Option<(usize, Part)> {
    let head = &text[..at];
    let mut start = at;
    let mut chars = head.char_indices().rev().peekable();
    if let Some(&(i, c)) = chars.peek()
        && (c == '%' || c == '％')
    {
        start = i;
        chars.next();
    }
    let sign_start = start;
    let mut seen_point = false;
    for (i, c) in chars {
        if digit(c).is_some() {
            start = i;
        } else if is_point(c) && !seen_point && start < sign_start {
            seen_point = true;
            start = i;
        } else {
            if c.is_ascii_alphanumeric() || is_point(c) {
                return None;
            }
            break;
        }
    }
    // A number after a separator and another number is no first part
    // (`15 ∶40∶30∶20`), nor one after a range's mark and its other end
    // (`10～12∶40∶45`); after a label's colon it is (`结构：12∶38∶50`).
    let mut before = text[..skip_spaces_back(text, start)].chars().rev();
    match before.next() {
        Some(c) if SEPARATORS.contains(&c) => {
            let head = &text[..skip_spaces_back(text, start) - c.len_utf8()];
            let prior = head.trim_end_matches([' ', '\u{3000}']).chars().next_back();
            if prior.is_some_and(|p| digit(p).is_some() || p == '%' || p == '％') {
                return None;
            }
        }
        Some(c) if RANGE_MARKS.contains(&c) && before.next().and_then(digit).is_some() => {
            return None;
        }
        _ => {}
    }
    if start == sign_start || !text[start..].starts_with(|c: char| digit(c).is_some()) {
        return None;
    }
    let (end, part) = number_after(text, start)?;
    (end == at).then_some((start, part))
}

fn part(digits: &str, decimals: usize) -> Option<Part> {
    let value: f64 = digits.parse().ok()?;
    let step = 10f64.powi(-(decimals as i32));
    Some(Part {
        value,
        half_step: step / 2.0,
        decimals,
    })
}

/// A structure word in the ratio's clause, before it. A line break ends
/// the clause only after a sentence's end or a blank line: a PDF export
/// breaks lines mid-sentence (`三次产业结构调整\n为10.2∶42.5∶47.3`).
fn after_structure_word(text: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let mut clause = before;
    for (p, c) in before.char_indices().rev() {
        let ends = match c {
            '。' | '；' | ';' | '！' | '？' => true,
            '\n' => {
                let line = before[..p].trim_end_matches([' ', '\u{3000}', '\r']);
                line.is_empty() || line.ends_with(['。', '；', ';', '！', '？', '\n'])
            }
            _ => false,
        };
        if ends {
            clause = &before[p..];
            break;
        }
    }
    STRUCTURE_WORDS.iter().any(|w| clause.contains(w))
}

/// The sum as the parts print it (to their finest decimals).
fn display_sum(sum: f64, parts: &[Part]) -> String {
    let decimals = parts.iter().map(|p| p.decimals).max().unwrap_or(0);
    format!("{sum:.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(text: &str) -> Vec<(String, f64)> {
        ratios(text)
            .into_iter()
            .map(|r| {
                let sum = r.parts.iter().map(|p| p.value).sum::<f64>();
                (
                    text[r.start..r.end].to_string(),
                    (sum * 100.0).round() / 100.0,
                )
            })
            .collect()
    }

    #[test]
    fn reads_ratios_of_three_or_four_parts() {
        assert_eq!(
            sums("结构由12.1∶40.5∶47.4调整为9∶38∶53。"),
            vec![("12.1∶40.5∶47.4".into(), 100.0), ("9∶38∶53".into(), 100.0)]
        );
        assert_eq!(
            sums("比例为１０．５：３９．５：５０"),
            vec![("１０．５：３９．５：５０".into(), 100.0)]
        );
        assert_eq!(
            sums("结构为22︰21︰57。"),
            vec![("22︰21︰57".into(), 100.0)]
        );
        assert_eq!(
            sums("比例为10%:40%:50%"),
            vec![("10%:40%:50%".into(), 100.0)]
        );
    }

    #[test]
    fn leaves_out_pairs_ranges_and_long_chains() {
        assert!(sums("性别比为105∶100").is_empty());
        assert!(sums("各位代表：今年：1∶2").is_empty());
        assert!(sums("1:2:3:4:5").is_empty());
        assert!(sums("编号A1:2:3").is_empty());
        assert!(sums("时间：下午").is_empty());
        // A range's end is no part.
        assert!(sums("为10～12∶40∶45").is_empty());
        assert!(sums("为12∶40∶45-50").is_empty());
        // A label's colon before the first part is none of the ratio.
        assert_eq!(sums("结构：12∶38∶50。"), vec![("12∶38∶50".into(), 100.0)]);
    }

    #[test]
    fn a_structure_word_is_read_across_a_line_broken_mid_sentence() {
        assert!(after_structure_word(
            "三次产业结构调整\n为",
            "三次产业结构调整\n为".len()
        ));
        assert!(after_structure_word(
            "产业结构调整 \r\n为",
            "产业结构调整 \r\n为".len()
        ));
        // A sentence's end or a blank line closes the clause.
        assert!(!after_structure_word(
            "产业结构优化。\n比分",
            "产业结构优化。\n比分".len()
        ));
        assert!(!after_structure_word(
            "产业结构\n\n比分",
            "产业结构\n\n比分".len()
        ));
    }

    #[test]
    fn reads_spaced_ratios() {
        assert_eq!(
            sums("结构为 3.6 : 48 : 48.4。"),
            vec![("3.6 : 48 : 48.4".into(), 100.0)]
        );
        // A spaced part is read with the rest, not left off its chain.
        assert_eq!(
            sums("为15 ∶40∶30∶20，"),
            vec![("15 ∶40∶30∶20".into(), 105.0)]
        );
        assert_eq!(
            sums("为40∶30∶20 ∶15，"),
            vec![("40∶30∶20 ∶15".into(), 105.0)]
        );
    }
}
