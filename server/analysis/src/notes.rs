//! The notes section's items: number, term, aliases, explanation.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::{
    circled_value, digit_value, is_quote, is_space, small_chinese_number, superscript_value,
};
use crate::lines::Line;
use crate::page_numbers::is_page_number;

/// How a note or marker number is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// `1.` `1．` `1、`
    Dotted,
    /// `［1］` `[1]` `【1】` `〔1〕`
    Bracketed,
    /// `(1)` `（1）`
    Parenthesized,
    /// `①`
    Circled,
    /// `一、`
    Ordinal,
    /// `¹`, `¹²`: superscript digits, as a word processor's footnotes print
    /// when copied as text.
    Superscript,
    /// `注1：` `［注1］` `（注1）`: the number labelled with 注.
    Labelled,
    /// No number: each item a line `术语：解释` under a notes heading.
    Unnumbered,
}

impl NumberStyle {
    pub fn name(self) -> &'static str {
        match self {
            NumberStyle::Dotted => "dotted",
            NumberStyle::Bracketed => "bracketed",
            NumberStyle::Parenthesized => "parenthesized",
            NumberStyle::Circled => "circled",
            NumberStyle::Ordinal => "ordinal",
            NumberStyle::Superscript => "superscript",
            NumberStyle::Labelled => "labelled",
            NumberStyle::Unnumbered => "unnumbered",
        }
    }
}

/// A numbered item's start on a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemStart {
    pub number: u32,
    pub style: NumberStyle,
    pub number_range: Range<usize>,
    /// Where the item's own text begins (after the number and white space).
    pub rest: usize,
}

static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9０-９]{1,3})(?:[ \t　]*[.．、|]|\t|  |　)").expect("valid regex")
});
/// Also Markdown's footnote definition `[^1]:`, the colon its separator,
/// or `[^sanwang]:` by name (numbered by its place, as Markdown prints it).
/// Spaces inside the brackets (`［ 1 ］`, as a PDF's text spaces them) are
/// the markers' own dress too.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:［[ \t　]*([0-9０-９]{1,3})[ \t　]*］|\[[ \t　]*([0-9０-９]{1,3})[ \t　]*\]|【[ \t　]*([0-9０-９]{1,3})[ \t　]*】|〔[ \t　]*([0-9０-９]{1,3})[ \t　]*〕|\[\^([0-9０-９]{1,3})\][:：]|\[\^([^\]\[\^\s]{1,64})\][:：])",
    )
    .expect("valid regex")
});
/// The pattern [`ordinal_prefix`] reads by hand (its reference in tests).
#[cfg(test)]
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([一二三四五六七八九十]{1,3})[ \t　]*[、．]").expect("valid regex")
});
static PARENTHESIZED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[（(]([0-9０-９]{1,3})[)）]|([0-9０-９]{1,3})[)）])").expect("valid regex")
});

/// What [`ORDINAL`] matches at the start of `s`: where its numeral ends
/// and where the match does. Read by hand: the regex's captures cost about
/// 1,700 instructions a line, and every line of a list is tried.
fn ordinal_prefix(s: &str) -> Option<(usize, usize)> {
    let numeral = s
        .char_indices()
        .take(3)
        .take_while(|(_, c)| {
            matches!(
                c,
                '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
            )
        })
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let rest = &s[numeral..];
    let mark = numeral + rest.len() - rest.trim_start_matches([' ', '\t', '　']).len();
    let c = s[mark..].chars().next()?;
    matches!(c, '、' | '．').then_some((numeral, mark + c.len_utf8()))
}

/// `注1：`, `注1.`, `注1 `, `［注1］`, `（注1）` at the start of `s`: the
/// note's number and the length of what writes it. A bare `注1` running
/// on into words is no item.
fn labelled_prefix(s: &str) -> Option<(u32, usize)> {
    let first = s.chars().next()?;
    let close = match first {
        '注' => None,
        '［' => Some('］'),
        '[' => Some(']'),
        '【' => Some('】'),
        '〔' => Some('〕'),
        '（' => Some('）'),
        '(' => Some(')'),
        _ => return None,
    };
    let label = if close.is_some() { first.len_utf8() } else { 0 };
    let digits = s[label..].strip_prefix('注')?;
    let digits_len: usize = digits
        .chars()
        .take_while(|&c| digit_value(c).is_some())
        .map(char::len_utf8)
        .sum();
    if digits_len == 0 || digits_len > 3 {
        return None;
    }
    let number = parse_digits(&digits[..digits_len])?;
    let mut len = s.len() - digits.len() + digits_len;
    let next = s[len..].chars().next()?;
    match close {
        Some(c) if next == c => len += c.len_utf8(),
        Some(_) => return None,
        None if matches!(next, '：' | ':' | '.' | '．' | '、') => len += next.len_utf8(),
        // `注1` alone on its line, its note on the line below.
        None if is_space(next) || matches!(next, '\n' | '\r') => {}
        None => return None,
    }
    Some((number, len))
}

fn parse_digits(s: &str) -> Option<u32> {
    s.chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))
}

/// Reads a note number at `start`. `expected` is the number the next item
/// would have; it decides `8.6个…` (item 8) against a decimal `1.5亿…`.
/// A Markdown list bullet before the number (`- ①甲：…`) and emphasis
/// around it (`**[1]** 甲：…`) are the item's dress, not its term.
pub fn item_start(text: &str, start: usize, expected: Option<u32>) -> Option<ItemStart> {
    let s = &text[start..];
    let bullet = markdown_bullet(s).max(note_label(s));
    let opening = ["**", "__"]
        .into_iter()
        .find(|e| s[bullet..].starts_with(e));
    let number_at = start + bullet + opening.map_or(0, str::len);
    // (Read again from its number, an item's opening stands before it.)
    let emphasis = opening
        .or_else(|| {
            ["**", "__"]
                .into_iter()
                .find(|e| text[..start].ends_with(e))
        })
        .unwrap_or("");
    let mut item = numbered_item_start(text, number_at, expected)?;
    if !emphasis.is_empty() {
        // The emphasis closes right after the number (`**[1]**`), or after
        // the term (`**[1] 甲**：…`), which the term's reading trims.
        let end = item.number_range.end;
        if text[end..].starts_with(emphasis) {
            let after = &text[end + emphasis.len()..];
            item.rest =
                end + emphasis.len() + (after.len() - after.trim_start_matches(is_space).len());
        }
    }
    Some(item)
}

/// The bytes of a Markdown list bullet at the start of `s`: `-`, `+`, `*`
/// or `•` and the spaces after it (a star glued to the words is a note's
/// own mark, read by the unnumbered items).
fn markdown_bullet(s: &str) -> usize {
    // A word processor's bullet glyph (`■两网融合：…`) dresses the line
    // whether spaces follow it or not: no term opens with one.
    if let Some(rest) = s.strip_prefix(BULLET_GLYPHS) {
        return s.len() - rest.trim_start_matches([' ', '\t', '\u{3000}']).len();
    }
    let Some(rest) = s.strip_prefix(['-', '+', '*', '•']) else {
        return 0;
    };
    let words = rest.trim_start_matches([' ', '\t']);
    if words.len() == rest.len() {
        return 0;
    }
    s.len() - words.len()
}

/// Bullet glyphs of word processors, which open a list's lines.
const BULLET_GLYPHS: [char; 10] = ['■', '□', '●', '◆', '◇', '▲', '►', '▶', '▪', '◎'];

/// The bytes of a label 注 glued to a note's circled or bracketed number
/// (`注①甲：…`, `注［2］乙：…`), each note labelled so: the number is the
/// note's, as markers write it. (`注1：` is a labelled number of its own.)
fn note_label(s: &str) -> usize {
    let Some(rest) = s.strip_prefix('注') else {
        return 0;
    };
    let opens_number = rest
        .chars()
        .next()
        .is_some_and(|c| circled_value(c).is_some() || matches!(c, '［' | '[' | '【' | '〔'));
    if opens_number { '注'.len_utf8() } else { 0 }
}

/// [`item_start`] once the item's Markdown dress is read past.
fn numbered_item_start(text: &str, start: usize, expected: Option<u32>) -> Option<ItemStart> {
    let s = &text[start..];
    // Each pattern needs its own first character: the others are not tried
    // (a line of text runs no regex at all).
    let first = s.chars().next()?;
    let digit = digit_value(first).is_some();
    let (number, style, len) = if digit && let Some(c) = DOTTED.captures(s) {
        let number = parse_digits(&c[1])?;
        let len = c.get(0)?.end();
        let after = s[len..].chars().next();
        let dot = s[..len].chars().last();
        // `1.5亿` is a decimal unless 1 is the number we are waiting for and
        // a term follows (`8.6个科技专项：…`): a wrapped line of a note
        // (`…总投资\n2.5亿元，分两期建设。`) names none.
        if matches!(dot, Some('.') | Some('．'))
            && after.and_then(digit_value).is_some()
            && (expected != Some(number) || !names_a_term(text, start + len))
        {
            return None;
        }
        (number, NumberStyle::Dotted, len)
    } else if matches!(first, '［' | '[' | '【' | '〔')
        && let Some(c) = BRACKETED.captures(s)
    {
        let digits = c.get(1).or(c.get(2)).or(c.get(3)).or(c.get(4)).or(c.get(5));
        let number = match digits {
            Some(digits) => parse_digits(digits.as_str())?,
            // A named footnote's number is its place among the notes.
            None if crate::markers::footnote_name(s).is_some() => expected.unwrap_or(1),
            None => return None,
        };
        (number, NumberStyle::Bracketed, c.get(0)?.end())
    } else if (digit || matches!(first, '（' | '('))
        && let Some(c) = PARENTHESIZED.captures(s)
    {
        (
            parse_digits(c.get(1).or(c.get(2))?.as_str())?,
            NumberStyle::Parenthesized,
            c.get(0)?.end(),
        )
    } else if matches!(
        first,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    ) && let Some((numeral, len)) = ordinal_prefix(s)
    {
        (
            small_chinese_number(&s[..numeral])?,
            NumberStyle::Ordinal,
            len,
        )
    } else if matches!(first, '注' | '［' | '[' | '【' | '〔' | '（' | '(')
        && let Some((number, len)) = labelled_prefix(s)
    {
        (number, NumberStyle::Labelled, len)
    } else if digit && let Some((number, len)) = spaced_label(s, expected) {
        (number, NumberStyle::Dotted, len)
    } else if digit && let Some(len) = bare_number(s) {
        // `1` alone on its line: only a table's row laid out as lines, the
        // term and its explanation on the lines below (checked after).
        (parse_digits(&s[..len])?, NumberStyle::Dotted, len)
    } else if superscript_value(first).is_some() {
        let digits: Vec<u32> = s.chars().map_while(superscript_value).collect();
        let len = s.chars().take(digits.len()).map(char::len_utf8).sum();
        let number = digits
            .iter()
            .try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(*d))?;
        (number, NumberStyle::Superscript, len)
    } else if let Some(number) = dotted_sign_value(first) {
        // `⒈甲：…`: a digit and its full stop in one character.
        (number, NumberStyle::Dotted, first.len_utf8())
    } else {
        (
            circled_value(first)?,
            NumberStyle::Circled,
            first.len_utf8(),
        )
    };
    if number == 0 {
        return None;
    }
    let rest_slice = &s[len..];
    let rest = start + len + (rest_slice.len() - rest_slice.trim_start_matches(is_space).len());
    // A number alone on its line is not an item, save the number expected
    // in a table pasted as text (`1` / `三链融合` / `指…。`): a term alone
    // on the line below, its explanation under that.
    // So may a note's label (`注1` over `甲：…`), its note on the line below.
    let labels_the_note_below =
        || style == NumberStyle::Labelled && term_below_label(text, rest).is_some();
    if (rest >= text.len() || text[rest..].starts_with(['\n', '\r']))
        && (expected != Some(number)
            || cell_term_below(text, rest).is_none() && !labels_the_note_below())
    {
        return None;
    }
    Some(ItemStart {
        number,
        style,
        number_range: start..start + len,
        rest,
    })
}

/// The term of the note under a label alone on its line (`注1` over
/// `甲：…`), `at` the end of the label's line: the next line with words,
/// when it opens with a term and its separator.
pub(crate) fn term_below_label(text: &str, at: usize) -> Option<Range<usize>> {
    if !text[at..].starts_with(['\n', '\r']) {
        return None;
    }
    let below = text[at..].trim_start_matches(|c: char| is_space(c) || matches!(c, '\n' | '\r'));
    let start = text.len() - below.len();
    let end = below.find(['\n', '\r']).map_or(text.len(), |i| start + i);
    note_term_range(text, start..end)
}

/// The bytes of one to three digits alone on their line (spaces after
/// them aside): a table's number cell.
/// `1甲：…` at a page's foot: the note's number as bare digits glued to
/// its term (see `notes_place::leading_bare_digits`), read only where the
/// page-foot reader found each such line's term glued to its digits above.
fn bare_digit_item(text: &str, start: usize) -> Option<ItemStart> {
    let (digits, number) = crate::notes_place::leading_bare_digits(&text[start..])?;
    let end = start + digits.len();
    Some(ItemStart {
        number,
        style: NumberStyle::Superscript,
        number_range: start..end,
        rest: end,
    })
}

/// `1 “三新一高”：…`: the number expected, parted from its term by a
/// space (a dot lost in copying). Only before a term and its separator,
/// so that a line of figures (`1 月份…`, `3 个…`) opens no note.
fn spaced_label(s: &str, expected: Option<u32>) -> Option<(u32, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let number = parse_digits(&s[..digits])?;
    if expected != Some(number) {
        return None;
    }
    let words = s[digits..].trim_start_matches([' ', '\u{3000}', '\t']);
    let spaces = s.len() - digits - words.len();
    let next = words.chars().next()?;
    // Past a space, a numeral opens words (`8 十大行动：…`); a measure
    // or a date word still says the digits were a figure (`3 个…`).
    let figure_word = |c: char| {
        crate::notes_place::AFTER_A_NUMBER.contains(c)
            && !matches!(c, '十' | '百' | '千' | '万' | '亿')
    };
    // A term may open with a year or a code glued to its words
    // (`7 2022年十件实事：…`, `6 T类人才：…`, `3 RCEP：…`), never with
    // digits spaced apart.
    let glued = words
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'+')
        .count();
    let opens_term = matches!(next, '“' | '《')
        || (crate::chars::is_han(next) && !figure_word(next))
        || ((1..=12).contains(&glued)
            && words[glued..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_ascii_digit() && !is_space(c)));
    // The words name a term the way a note's layout does (`甲：…`,
    // `甲。即…`, `甲。说明…`), so that a sentence opening with a figure
    // is no note.
    let at = s.len() - words.len();
    let names_term =
        || split_term(s, at..s.len()).0.is_some() || full_stop_term(s, at..s.len()).is_some();
    ((1..=3).contains(&spaces) && opens_term && names_term()).then_some((number, digits + spaces))
}

fn bare_number(s: &str) -> Option<usize> {
    let count = s.chars().take_while(|&c| digit_value(c).is_some()).count();
    let digits: usize = s.chars().take(count).map(char::len_utf8).sum();
    let after = s[digits..].trim_start_matches(is_space);
    let alone = after.is_empty() || after.starts_with(['\n', '\r']);
    (alone && (1..=3).contains(&count)).then_some(digits)
}

impl ItemStart {
    /// Whether the number stands alone on its line, its term on the line
    /// below (a table's row pasted as text).
    pub fn stands_alone(&self, text: &str) -> bool {
        self.rest >= text.len() || text[self.rest..].starts_with(['\n', '\r'])
    }
}

/// The term of a table's row pasted as text, one cell a line: from `at`
/// (the end of the number's line), the next line with words is a term
/// alone (a few words, no punctuation) and the one after it a sentence of
/// explanation, not another term or number. The term's range.
pub(crate) fn cell_term_below(text: &str, at: usize) -> Option<Range<usize>> {
    // Lines end at LF, CRLF or a lone CR (an old Mac file): a CRLF's LF is
    // a blank piece, passed over like a blank line.
    let mut cells = text[at..]
        .split_inclusive(['\n', '\r'])
        .scan(at, |offset, piece| {
            let start = *offset;
            *offset += piece.len();
            Some(start..start + piece.trim_end_matches(['\n', '\r']).len())
        })
        .skip(1)
        .map(|line| {
            let words = text[line.clone()].trim_start_matches(is_space);
            let start = line.end - words.len();
            start..start + words.trim_end_matches(is_space).len()
        })
        .filter(|cell| !cell.is_empty())
        .take(2);
    let term = cells.next()?;
    let explanation = &text[cells.next()?];
    (is_term_line(&text[term.clone()])
        && !is_term_line(explanation)
        && bare_number(explanation).is_none()
        && explanation.contains(['。', '，', ',', '、', '；', ';']))
    .then_some(term)
}

/// Whether the line from `at` on opens with a term the layout names.
fn names_a_term(text: &str, at: usize) -> bool {
    let end = text[at..].find(['\n', '\r']).map_or(text.len(), |i| at + i);
    note_term_range(text, at..end).is_some()
}

/// A list of the note's own on the lines below it, numbered like the notes
/// (`②三件实事：` / `①…；` / `②…；`): it opens with 1 right after a line
/// closing with a colon.
pub(crate) fn opens_inner_list(text: &str, line_before: &Line, item: &ItemStart) -> bool {
    item.number == 1
        && text[line_before.content.clone()]
            .trim_end_matches(is_space)
            .ends_with(['：', ':'])
}

/// A list of the note's own opening after a closed sentence, numbered
/// like the notes (`②三件实事：包括三项。` / `1.修路；` / `2.建校；` over
/// `3.两园一区：…`): `item` (on line `at`) opens it with 1 and names no
/// term, its items run on from 1 naming none, and the next note, the
/// number `expected` naming its term, follows them. A list the notes are
/// not seen to resume after is no note's.
pub(crate) fn inner_list_ahead(
    text: &str,
    lines: &[Line],
    at: usize,
    item: &ItemStart,
    expected: u32,
) -> bool {
    if item.number != 1 || names_a_term(text, item.rest) {
        return false;
    }
    let mut last = 1;
    for line in lines[at + 1..]
        .iter()
        .filter(|l| !l.is_blank())
        .take(MAX_INNER_LIST_LINES)
    {
        let Some(next) = item_start(text, line.content.start, Some(expected))
            .filter(|next| next.style == item.style)
        else {
            // A wrapped line of the list's item.
            continue;
        };
        let names = names_a_term(text, next.rest);
        if next.number == expected && names {
            return true;
        }
        if next.number != last + 1 || names {
            return false;
        }
        last += 1;
    }
    false
}

/// The most lines a note's own list runs to, wrapped lines counted.
const MAX_INNER_LIST_LINES: usize = 20;

/// Whether `item`, met inside a note's own list, is the next note: the
/// number the notes expect, and a term named (`③一村一品：…`); the list's
/// own items name none (`③新增岗位2000个。`).
pub(crate) fn ends_inner_list(text: &str, item: &ItemStart, expected: u32) -> bool {
    item.number == expected && names_a_term(text, item.rest)
}

/// An item with no number (`十项清零达标：是…` under `名词解释`): a line
/// whose layout names a term. `number` is its place in the list.
pub fn unnumbered_item(text: &str, line: &Line, number: u32) -> Option<ItemStart> {
    let bullet = line.content.start;
    let dressed = bullet + markdown_bullet(&text[bullet..line.content.end]);
    let start = after_star(text, dressed, line.content.end);
    let start = after_place_number(text, start, line.content.end, number);
    let term = note_term_range(text, start..line.content.end)?;
    // A sentence with a colon is not a term: short, no comma, not a date
    // (`2020年：`, `3月：`).
    let words = &text[term];
    let date = words
        .trim_start_matches(|c: char| digit_value(c).is_some())
        .starts_with(['年', '月', '日']);
    if words.chars().count() > 25 || words.contains(['，', ',', '。']) || date {
        return None;
    }
    Some(ItemStart {
        number,
        style: NumberStyle::Unnumbered,
        number_range: bullet..start,
        rest: start,
    })
}

/// `1两园一区：…`, `A.两园一区：…`, `Ⅱ.三清一改：…`, `⒊四好农村路：…`,
/// `（二）三清一改：…`: an item numbered in a form the numbered reader does
/// not take (digits glued to the term, letters, Roman numerals, a
/// digit-and-stop sign, a part's ordinal in brackets),
/// read as numbered only when the number is the item's place in the list
/// (`place`), and digits only before a Chinese word or a quote that opens
/// no quantity (`3个…`, `2025年…` stay words). Where the item's own words
/// start.
fn after_place_number(text: &str, start: usize, end: usize, place: u32) -> usize {
    let rest = &text[start..end];
    let (value, len, glued) = if let Some(c) = rest
        .chars()
        .next()
        .filter(|&c| dotted_sign_value(c).is_some())
    {
        (dotted_sign_value(c), c.len_utf8(), false)
    } else if let Some((value, len)) = parenthesized_ordinal(rest) {
        (Some(value), len, true)
    } else if rest.starts_with(|c: char| c.is_ascii_digit()) {
        let len = rest.bytes().take_while(u8::is_ascii_digit).count();
        (rest[..len].parse().ok(), len, true)
    } else {
        let len: usize = rest
            .chars()
            .take_while(|&c| {
                letter_number_value(&c.to_string()).is_some() || c.is_ascii_uppercase()
            })
            .take(4)
            .map(char::len_utf8)
            .sum();
        (letter_number_value(&rest[..len]), len, false)
    };
    if value != Some(place) || len == 0 {
        return start;
    }
    let after = &rest[len..];
    let words = if glued {
        let next = after.chars().next();
        let word = next
            .is_some_and(|c| (crate::chars::is_han(c) && !QUANTITY_WORDS.contains(c)) || c == '“');
        if !word {
            return start;
        }
        after
    } else if dotted_sign_value(rest.chars().next().unwrap_or(' ')).is_some() {
        after
    } else {
        // A letter or a Roman numeral has its stop (`A.`, `Ⅱ、`, `IV)`).
        match after.strip_prefix(['.', '．', '、', ')', '）']) {
            Some(words) => words,
            None => return start,
        }
    };
    let words = words.trim_start_matches(is_space);
    if words.is_empty() {
        return start;
    }
    end - words.len()
}

/// `（一）`, `(二)` opening `s`: its value and length.
fn parenthesized_ordinal(s: &str) -> Option<(u32, usize)> {
    let inner = s.strip_prefix(['（', '('])?;
    let close = inner.find(['）', ')'])?;
    let value = small_chinese_number(&inner[..close])?;
    let close_len = inner[close..].chars().next()?.len_utf8();
    Some((value, s.len() - inner.len() + close + close_len))
}

/// Characters after a number that make it a quantity or a date (`3个`,
/// `2025年`, `5大`): the number is then the term's own.
const QUANTITY_WORDS: &str = "个项条件次大年月日号种类家名座所批轮期届天万亿千百倍张份位户元";

/// `⒈`..`⒛`: a digit and its full stop in one character.
fn dotted_sign_value(c: char) -> Option<u32> {
    ('\u{2488}'..='\u{249B}')
        .contains(&c)
        .then(|| c as u32 - 0x2487)
}

/// A list's letter (`A`..`Z`) or Roman numeral (`Ⅰ`..`Ⅻ`, `I`..`XII`)
/// as the number of its place.
fn letter_number_value(s: &str) -> Option<u32> {
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    let mut chars = s.chars();
    let first = chars.next()?;
    if chars.next().is_none() {
        if ('\u{2160}'..='\u{216B}').contains(&first) {
            return Some(first as u32 - 0x215F);
        }
        // `I`, `V`, `X` alone read as Roman numerals, other letters as letters.
        if first.is_ascii_uppercase() && !matches!(first, 'I' | 'V' | 'X') {
            return Some(first as u32 - 'A' as u32 + 1);
        }
    }
    ROMAN.iter().position(|r| *r == s).map(|i| i as u32 + 1)
}

/// `*两网融合：…`, `※两网融合：…`: a star before an unnumbered note's term
/// is the mark the body puts after the term (`两网融合*`), not the term's.
/// Where the item's own words start.
fn after_star(text: &str, start: usize, end: usize) -> usize {
    let rest = &text[start..end];
    // `**两网融合**：…` is Markdown's bold, which the term's reading trims.
    if rest.starts_with("**") {
        return start;
    }
    let words = rest.trim_start_matches(['*', '＊', '※']);
    if words.len() == rest.len() || words.len() + 3 < rest.len() {
        return start;
    }
    end - words.trim_start_matches(is_space).len()
}

/// An item with no number whose term stands alone on its line, its
/// explanation on the lines below (`两网融合` / `城乡管网一体化。`), as a
/// word processor's bold terms come out as text. Line `at` is short, with
/// no punctuation; the line before it (unless it is the first) closes a
/// sentence, so that a wrapped piece of an explanation is no term; the
/// next line is words of a sentence, not another such line.
pub fn term_line_item(
    text: &str,
    lines: &[Line],
    at: usize,
    first: bool,
    number: u32,
) -> Option<ItemStart> {
    let line = lines.get(at)?;
    // The term may follow its place in the list (`（二）两网融合`, `二、两网
    // 融合`), as a word processor numbers a list of bold terms.
    let start = after_place_number(text, line.content.start, line.content.end, number);
    if !is_term_line(&text[start..line.content.end]) {
        return None;
    }
    let next = first_words(text, lines[at + 1..].iter())?;
    if is_term_line(next) || !next.contains(['。', '，', ',', '、', '；', ';']) {
        return None;
    }
    if !first {
        let before = first_words(text, lines[..at].iter().rev())?;
        if !before.ends_with(SENTENCE_ENDS) {
            return None;
        }
    }
    Some(ItemStart {
        number,
        style: NumberStyle::Unnumbered,
        number_range: line.content.start..start,
        rest: start,
    })
}

/// The unnumbered item on line `at`, in the layout of the list's first
/// item (`term_lines`: a term with its separator, or alone on its line),
/// which it sets when still unknown. A term alone may open the list only
/// when `may_open`.
pub fn unnumbered_in_layout(
    text: &str,
    lines: &[Line],
    at: usize,
    number: u32,
    term_lines: &mut Option<bool>,
    may_open: bool,
) -> Option<ItemStart> {
    match *term_lines {
        Some(true) => term_line_item(text, lines, at, false, number),
        Some(false) => unnumbered_item(text, &lines[at], number),
        None => {
            let plain = unnumbered_item(text, &lines[at], number);
            let alone = (plain.is_none() && may_open)
                .then(|| term_line_item(text, lines, at, true, number))
                .flatten();
            if plain.is_some() || alone.is_some() {
                *term_lines = Some(alone.is_some());
            }
            plain.or(alone)
        }
    }
}

/// The words of the first non-blank line of `lines`.
fn first_words<'t, 'l>(
    text: &'t str,
    mut lines: impl Iterator<Item = &'l Line>,
) -> Option<&'t str> {
    lines
        .find(|l| !l.is_blank())
        .map(|l| text[l.content.clone()].trim_end_matches(is_space))
}

/// What closes an explanation's sentence, in full-width or half-width
/// punctuation.
const SENTENCE_ENDS: [char; 7] = ['。', '；', ';', '！', '!', '）', ')'];

/// A line that can be a term alone: a few words, no punctuation.
fn is_term_line(content: &str) -> bool {
    let content = content.trim_matches(is_space);
    let chars = content.chars().count();
    (2..=MAX_TERM_LINE_CHARS).contains(&chars)
        && content.chars().any(crate::chars::is_han)
        && !is_group_heading(content)
        && !content.starts_with(['（', '(', '【', '［', '['])
        && !content.contains(['。', '；', ';', '，', ',', '：', ':', '、', '！', '？'])
}

/// The longest term standing alone with no number, in characters.
const MAX_TERM_LINE_CHARS: usize = 16;

/// One other name of a note's term (`“两新”` in `“两重”、“两新”：`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    pub text: String,
    pub range: Range<usize>,
}

/// A note of the notes section.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub number: u32,
    pub style: NumberStyle,
    pub number_range: Range<usize>,
    /// What stands before the first colon, with its quotes.
    pub term: Option<String>,
    pub term_range: Option<Range<usize>>,
    pub aliases: Vec<Alias>,
    /// The explanation after the colon (or the whole item without a term).
    pub text_range: Range<usize>,
    /// The whole item, number to last continuation line.
    pub range: Range<usize>,
    /// A page reference closing the note (`(见第23页)`), apart from the text.
    pub page: Option<Range<usize>>,
    /// Lines of a page break that cut the note (the page's number, its
    /// running header): inside `text_range`, no words of the note.
    pub clutter: Vec<Range<usize>>,
}

impl Note {
    /// The name of a Markdown footnote defined by name (`[^sanwang]:`):
    /// its markers point at it by that name, not by its number.
    pub fn name<'a>(&self, source: &'a str) -> Option<&'a str> {
        let written = source.get(self.number_range.clone())?;
        if !written.starts_with("[^") {
            return None;
        }
        crate::markers::footnote_name(written)
    }

    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.text_range.clone()]
    }

    /// The explanation as a reader of the printed report reads it: the
    /// halves a page break cut joined again, its number and running header
    /// left out (for hover and completion; offsets use [`Note::text`]).
    pub fn words<'a>(&self, source: &'a str) -> Cow<'a, str> {
        let range = &self.text_range;
        let mut cuts = self
            .clutter
            .iter()
            .filter(|c| range.start <= c.start && c.end <= range.end)
            .peekable();
        if cuts.peek().is_none() {
            return Cow::Borrowed(&source[range.clone()]);
        }
        let mut words = String::new();
        let mut from = range.start;
        for cut in cuts {
            join_half(&mut words, &source[from..cut.start]);
            from = cut.end;
        }
        join_half(&mut words, &source[from..range.end]);
        Cow::Owned(words)
    }
}

/// Appends the next half of a sentence a page break cut, without the line
/// breaks around the break (a space only between two Latin words).
fn join_half(words: &mut String, half: &str) {
    let half = half.trim_matches(|c: char| c == '\n' || c == '\r' || is_space(c));
    if half.is_empty() {
        return;
    }
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(words.chars().last()) && latin(half.chars().next()) {
        words.push(' ');
    }
    words.push_str(half);
}

/// The longest a term may be, in characters; a longer "term" is a sentence.
const MAX_TERM_CHARS: usize = 40;

/// Splits an item's first line into term and explanation, the way the
/// layout says: `[术语]解释` (the term in brackets), `术语：解释` (a colon),
/// `术语，即…` / `“术语”即…` / `术语是指…`, or `术语  解释` (two spaces, or
/// one full-width).
/// Returns the term's range and where the explanation starts. A term in
/// Markdown's bold (`**两园一区**：…`) is the words inside.
fn split_term(text: &str, rest: Range<usize>) -> (Option<Range<usize>>, usize) {
    let (term, explanation) = split_dressed_term(text, rest);
    let term = term.map(|r| {
        let words = &text[r.clone()];
        ["**", "__"]
            .into_iter()
            .find_map(|e| {
                let inner = words.strip_prefix(e)?.strip_suffix(e)?;
                (!inner.trim_matches(is_space).is_empty())
                    .then(|| r.start + e.len()..r.end - e.len())
            })
            .unwrap_or(r)
    });
    (term.map(|r| without_trailing_marker(text, r)), explanation)
}

/// A term without the marker its item copied from the body (`“三网”①：…`,
/// `三网［1］：…`): the marker points at the note, it is no word of the term.
fn without_trailing_marker(text: &str, term: Range<usize>) -> Range<usize> {
    let words = &text[term.clone()];
    let mut kept =
        words.trim_end_matches(|c| circled_value(c).is_some() || superscript_value(c).is_some());
    if kept.len() == words.len()
        && let Some(open) = kept.rfind(['［', '[', '〔'])
    {
        let inner = kept[open..].trim_start_matches(['［', '[', '〔']);
        let inner = inner.strip_suffix(['］', ']', '〕']).unwrap_or("");
        if !inner.is_empty() && inner.chars().all(|c| digit_value(c).is_some()) && inner.len() <= 9
        {
            kept = &kept[..open];
        }
    }
    let kept = kept.trim_end_matches(is_space);
    if kept.chars().count() < 2 {
        return term;
    }
    term.start..term.start + kept.len()
}

fn split_dressed_term(text: &str, rest: Range<usize>) -> (Option<Range<usize>>, usize) {
    let slice = &text[rest.clone()];
    let at = |i: usize| rest.start + i;
    if let Some((term, after)) = bracketed_term(slice) {
        return (
            Some(at(term.start)..at(term.end)),
            at(skip_spaces(slice, after)),
        );
    }
    if let Some((term_end, explanation)) = quoted_term_then_words(slice) {
        return (Some(rest.start..at(term_end)), at(explanation));
    }
    // The first separator decides; a sentence end before any means no term.
    let mut other: Option<(usize, usize)> = None;
    let mut depth = 0i32;
    // Where the current run of spaces started, and how long it is.
    let mut spaces = (0usize, 0usize);
    // One plain space after a numeric slogan (`两园一区 甲园、乙园…`): the
    // separator only when the item shows no other before its first
    // sentence ends, as a longer term may hold a space (`两园一区 建设：…`).
    let mut spaced_slogan: Option<(usize, usize)> = None;
    for (count, (i, c)) in slice.char_indices().enumerate() {
        if count > MAX_TERM_CHARS {
            break;
        }
        let after = &slice[i + c.len_utf8()..];
        match c {
            // `∶` (a ratio sign) and the small colons stand for a colon
            // where a typesetter swapped them in, never between digits.
            '：' | ':' | '∶' | '︰' | '﹕'
                if c == '：'
                    || c == ':'
                    || !(slice[..i].ends_with(|b: char| b.is_ascii_digit())
                        && after.starts_with(|a: char| a.is_ascii_digit())) =>
            {
                let term = slice[..i].trim_end_matches(is_space);
                if term.is_empty() {
                    // `[24]：“甲”：…`: a colon right after the number stands
                    // for its separator; the term comes after it.
                    let after = at(skip_spaces(slice, i + c.len_utf8()));
                    if after > rest.start && after < rest.end {
                        return split_dressed_term(text, after..rest.end);
                    }
                    return (None, rest.start);
                }
                return (
                    Some(rest.start..rest.start + term.len()),
                    at(skip_spaces(slice, i + c.len_utf8())),
                );
            }
            '“' | '‘' | '《' | '「' | '（' | '(' => depth += 1,
            '”' | '’' | '》' | '」' | '）' | ')' => depth -= 1,
            _ => {}
        }
        if other.is_none() && depth <= 0 && i > 0 {
            // `术语，即…`, `术语。是指…`: the punctuation closes the term.
            if matches!(c, '，' | '。' | ',')
                && (after.starts_with('即')
                    || after.starts_with("是指")
                    || after.starts_with('指')
                    || (c == '。' && only_quoted_names(&slice[..i])))
            {
                other = Some((i, i + c.len_utf8()));
            } else if (matches!(c, '，' | ',') || (c == '。' && numerals(&slice[..i]) >= 2))
                && slogan_then_comma(&slice[..i], after)
            {
                // `两带一廊，沿江…`: a numeric slogan closed by a comma; by a
                // full stop only one of two numerals (`两带一廊。沿江…`), as a
                // short sentence is not (`三年完成。`).
                other = Some((i, i + c.len_utf8()));
            } else if matches!(c, '，' | ',') && quoted_name_then_comma(&slice[..i], after) {
                other = Some((i, i + c.len_utf8()));
            } else if c == '|' {
                // A table's cell break (`1 | 术语 | 解释`, Markdown's rows).
                other = Some((i, i + 1));
            } else if c == '—' && after.starts_with('—') {
                // `两区建设——指…`
                other = Some((i, i + 2 * c.len_utf8()));
            } else if matches!(c, '—' | '－') && lone_dash(&slice[..i], after) {
                // `飞地经济—两地合作…`: one dash for the two.
                other = Some((i, i + c.len_utf8()));
            } else if (after.starts_with("是指") && !is_space(c))
                || (matches!(c, '”' | '」' | '』' | '》' | ']' | '】')
                    && (after.starts_with('即') || after.starts_with('指')))
                || slogan_then_zhi(&slice[..i + c.len_utf8()], after)
            {
                other = Some((i + c.len_utf8(), i + c.len_utf8()));
            } else if is_space(c) {
                if spaces.1 == 0 {
                    spaces.0 = i;
                }
                // A full-width space is two columns of gap, as two spaces
                // are: a typeset `术语　解释` (not one before a colon); so
                // is a tab, a table's cell break (`1\t术语\t解释`).
                spaces.1 += if matches!(c, '\u{3000}' | '\t') { 2 } else { 1 };
                if spaced_slogan.is_none() && spaces.1 == 1 && is_numeric_slogan_term(&slice[..i]) {
                    spaced_slogan = Some((i, i + c.len_utf8()));
                }
                let next = after.trim_start_matches(is_space);
                if spaces.1 >= 2 && !next.is_empty() && !next.starts_with(['：', ':']) {
                    other = Some((spaces.0, i + c.len_utf8()));
                }
            }
        }
        if other.is_some() || matches!(c, '。' | '；' | ';') {
            break;
        }
        if !is_space(c) {
            spaces.1 = 0;
        }
    }
    match other.or(spaced_slogan) {
        Some((term_end, explanation)) => {
            let term = slice[..term_end].trim_end_matches(is_space);
            if term.is_empty() {
                return (None, rest.start);
            }
            (
                Some(rest.start..rest.start + term.len()),
                at(skip_spaces(slice, explanation)),
            )
        }
        None => (None, rest.start),
    }
}

/// `“五个一批”是签约一批、…`, `“三新一高” 新阶段、…`, `“两区”—指…`: an
/// item opening with one quoted name, which its closing quote ends, then
/// words that open a definition (`是`, `包括`, `主要是`, `就是`), one
/// space or one dash. Returns where the term ends and where the
/// explanation starts (a copula is the explanation's).
fn quoted_term_then_words(slice: &str) -> Option<(usize, usize)> {
    let inner = slice.strip_prefix('“')?;
    let close = inner.find('”')?;
    if close == 0 || close > MAX_TERM_CHARS * 3 || inner[..close].contains('“') {
        return None;
    }
    let term_end = '“'.len_utf8() + close + '”'.len_utf8();
    let after = &slice[term_end..];
    // Most items go on with a colon or a comma, which the separator loop
    // reads: only a space, a dash or a copula is looked at further.
    let next = after.chars().next()?;
    if !(is_space(next) || matches!(next, '—' | '－' | '-' | '是' | '包' | '主' | '就')) {
        return None;
    }
    // A colon the words run up to, no pause or comma before it, ends a
    // longer term (`“两区” 建设：…`); one after a clause break is the
    // explanation's own (`“四问”是…提出，即：…`).
    if first_clause(after).contains(COLONS) {
        return None;
    }
    let words = after.trim_start_matches(is_space);
    let spaced = words.len() < after.len();
    if !spaced
        && DEFINITION_OPENERS
            .iter()
            .any(|w| words.starts_with(w) && !words[w.len()..].starts_with('否'))
    {
        return Some((term_end, term_end));
    }
    // One dash (two make the `——` the separator loop reads).
    let dash = words
        .strip_prefix(['—', '－', '-'])
        .filter(|w| !w.starts_with(['—', '－', '-']));
    if let Some(rest) = dash {
        let explanation = slice.len() - rest.trim_start_matches(is_space).len();
        return (explanation < slice.len()).then_some((term_end, explanation));
    }
    // One space, then the explanation's words, a date or a quotation
    // (not a join to more names: `“甲” 和“乙”…`).
    let opens_words = words.starts_with(|c: char| {
        crate::chars::is_han(c) || c.is_ascii_digit() || matches!(c, '“' | '《')
    }) && !words.starts_with(['等', '和', '与', '及']);
    (spaced && opens_words && after.len() - words.len() <= 3)
        .then_some((term_end, slice.len() - words.len()))
}

/// Whether one dash between `before` and `after` parts a term from its
/// explanation: words on both sides, not digits on both (`2019—2021年`), and
/// no other dash or colon in the clause after it, as a chain of places
/// (`甲—乙—丙发展轴：…`) or a range is the term's own words.
fn lone_dash(before: &str, after: &str) -> bool {
    let (Some(last), Some(next)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    if is_space(last)
        || is_space(next)
        || matches!(next, '—' | '－')
        || (last.is_ascii_digit() && next.is_ascii_digit())
    {
        return false;
    }
    let clause = first_clause(after);
    !clause.contains(COLONS) && !clause.contains(['—', '－', '~', '～'])
}

/// `s` up to its first pause, comma or sentence end.
fn first_clause(s: &str) -> &str {
    s.split(['，', ',', '、', '。', '；', ';'])
        .next()
        .unwrap_or(s)
}

/// The colons a term's separator is written with: `：`, `:`, and the
/// ratio sign and small colons a typesetter may swap in (the separator
/// loop matches the same characters).
const COLONS: [char; 5] = ['：', ':', '∶', '︰', '﹕'];

/// Words that open a definition after its quoted term.
const DEFINITION_OPENERS: [&str; 5] = ["主要包括", "包括", "主要是", "就是", "是"];

/// A numeric slogan standing alone as a term: Han characters only, a
/// numeral among them, as long as a slogan runs.
fn is_numeric_slogan_term(term: &str) -> bool {
    let chars = term.chars().count();
    (2..=SLOGAN_TERM_CHARS).contains(&chars)
        && term.chars().all(crate::chars::is_han)
        && term.chars().any(is_slogan_numeral)
}

/// A numeral in a slogan's name: a digit, or 双 standing for 两
/// (`双岗双责`, `双碳`).
fn is_slogan_numeral(c: char) -> bool {
    c == '双' || crate::chars::chinese_digit(c).is_some()
}

/// `两网融合指…`: a numeric slogan with no mark after it, then `指`
/// opening the explanation. Only a term holding a numeral is so read, and
/// never before a word that opens with 指 (`指挥`, `指标`, `指导`…).
fn slogan_then_zhi(term: &str, after: &str) -> bool {
    let mut rest = after.chars();
    if rest.next() != Some('指') || rest.next().is_some_and(|c| ZHI_WORDS.contains(c)) {
        return false;
    }
    is_numeric_slogan_term(term)
}

/// `三访三办，访企业…`, `“两带一廊”，沿江…`: the item opens with a numeric
/// slogan, alone before a comma, the explanation after it. Other words
/// before a comma open a sentence (`今年，…`, `三年来，…`); names parted
/// by commas before a colon (`“甲”，“乙”：…`) are one term's.
fn slogan_then_comma(term: &str, after: &str) -> bool {
    let core = term.trim_matches(|c| is_quote(c) || is_space(c));
    let chars = core.chars().count();
    if !(2..=SLOGAN_TERM_CHARS).contains(&chars)
        || !core.chars().all(crate::chars::is_han)
        || !core.chars().any(is_slogan_numeral)
    {
        return false;
    }
    let sentence = after.split(['。', '；', ';']).next().unwrap_or(after);
    if sentence.contains(['：', ':']) {
        return false;
    }
    if core.contains('双') {
        crate::terms::is_numeric_slogan(&core.replace('双', "两"))
    } else {
        crate::terms::is_numeric_slogan(core)
    }
}

/// `“河长制”，由…`: one quoted name alone before a comma is the term, as
/// the quotes close it. Names parted by commas (`“甲”，“乙”：…`,
/// `“甲”，“乙”，分别…`) share one explanation, so they are left whole.
fn quoted_name_then_comma(term: &str, after: &str) -> bool {
    let Some(inner) = term
        .trim_end_matches(is_space)
        .strip_prefix('“')
        .and_then(|t| t.strip_suffix('”'))
    else {
        return false;
    };
    if inner.is_empty() || inner.contains(['“', '”']) {
        return false;
    }
    let after = after.trim_start_matches(is_space);
    let sentence = after.split(['。', '；', ';']).next().unwrap_or(after);
    !after.starts_with('“') && !sentence.contains(['：', ':'])
}

/// How many Chinese numerals `s` holds.
fn numerals(s: &str) -> usize {
    s.chars()
        .filter(|&c| crate::chars::chinese_digit(c).is_some())
        .count()
}

/// The longest unmarked slogan read before `指` (`一村一品示范创建`).
const SLOGAN_TERM_CHARS: usize = 12;

/// Characters after 指 that make a word of it (`指挥`, `指标`, `指导`).
const ZHI_WORDS: &str = "挥标导数引南出示定向令针纹尖明望责派";

/// `“五早”、“四集中”`: nothing but quoted names, which a full stop may close.
fn only_quoted_names(s: &str) -> bool {
    let mut depth = 0i32;
    let mut quoted = false;
    for c in s.chars() {
        match c {
            '“' => {
                depth += 1;
                quoted = true;
            }
            '”' => depth -= 1,
            '、' | '，' | ',' if depth == 0 => {}
            _ if depth > 0 => {}
            _ => return false,
        }
    }
    quoted && depth == 0
}

/// `①两网融合。城乡管网…`: a term closed by a full stop, read only where
/// a whole list is so laid out (see `notes_place`): a short phrase of
/// words, no clause inside it, then the explanation. Returns the term's
/// range and where the explanation starts.
pub(crate) fn full_stop_term(text: &str, rest: Range<usize>) -> Option<(Range<usize>, usize)> {
    let slice = &text[rest.clone()];
    let (stop, _) = slice
        .char_indices()
        .take(MAX_TERM_LINE_CHARS + 1)
        .find(|&(_, c)| c == '。')?;
    let phrase = slice[..stop].trim_end_matches(is_space);
    let chars = phrase.chars().count();
    let explanation = skip_spaces(slice, stop + '。'.len_utf8());
    let words_only = phrase.chars().all(|c| {
        crate::chars::is_han(c)
            || is_quote(c)
            || c.is_alphanumeric()
            || matches!(c, '+' | '＋' | '《' | '》' | '、')
    });
    // Names in a row (`三落实、“三精准”。…`) make one term; a pause mark
    // opening or closing the phrase leaves it no name.
    let named = !phrase.starts_with('、') && !phrase.ends_with('、');
    (chars >= 2
        && words_only
        && named
        && phrase.chars().any(crate::chars::is_han)
        && explanation < slice.len())
    .then(|| {
        (
            rest.start..rest.start + phrase.len(),
            rest.start + explanation,
        )
    })
}

/// The term an item's first line names, if its layout names one.
pub(crate) fn note_term_range(text: &str, rest: Range<usize>) -> Option<Range<usize>> {
    split_term(text, rest).0
}

/// `[术语]…`, `【术语】…`, `［术语］…`: the term inside, and the offset after
/// the closing bracket.
fn bracketed_term(slice: &str) -> Option<(Range<usize>, usize)> {
    let open = slice.chars().next()?;
    let close = match open {
        '[' => ']',
        '【' => '】',
        '［' => '］',
        _ => return None,
    };
    let inner_start = open.len_utf8();
    let close_at = slice[inner_start..]
        .char_indices()
        .take(MAX_TERM_CHARS + 1)
        .find(|&(_, c)| c == close)?
        .0
        + inner_start;
    let inner = &slice[inner_start..close_at];
    let trimmed = inner.trim_matches(is_space);
    // The explanation must follow.
    if trimmed.is_empty()
        || slice[close_at + close.len_utf8()..]
            .trim_start_matches(is_space)
            .is_empty()
    {
        return None;
    }
    let lead = inner.len() - inner.trim_start_matches(is_space).len();
    let start = inner_start + lead;
    Some((start..start + trimmed.len(), close_at + close.len_utf8()))
}

fn skip_spaces(slice: &str, from: usize) -> usize {
    let after = &slice[from..];
    from + (after.len() - after.trim_start_matches(is_space).len())
}

/// Splits `“两重”、“两新”` into its names at `、` outside quotes.
fn split_aliases(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = range.start;
    let slice = &text[range.clone()];
    for (i, c) in slice.char_indices() {
        match c {
            // `“六稳”“六保”`: two quoted names side by side are two names.
            '“' if depth <= 0 && slice[..i].ends_with('”') => {
                parts.push(start..range.start + i);
                start = range.start + i;
                depth += 1;
            }
            '“' | '‘' | '《' | '「' => depth += 1,
            '”' | '’' | '》' | '」' => depth -= 1,
            '、' | '，' | ',' if depth <= 0 => {
                parts.push(start..range.start + i);
                start = range.start + i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(start..range.end);
    parts.retain(|r| {
        !text[r.clone()]
            .trim_matches(|c| is_space(c) || is_quote(c))
            .is_empty()
    });
    parts
}

/// Whether two styles can number items of one list (云南 mixes `1.` and `3．`).
fn same_family(a: NumberStyle, b: NumberStyle) -> bool {
    a == b
}

/// Whether `item`, numbered in another of the markers' forms than the
/// notes before it (`⑤…` then `［6］…`, as circled numbers run out or a
/// draft mixes them), is the next note: exactly the number expected, its
/// term named. Markers point at notes by number, whatever their form.
pub(crate) fn switches_style(
    text: &str,
    style: NumberStyle,
    item: &ItemStart,
    expected: u32,
) -> bool {
    let marker_form = |s: NumberStyle| {
        matches!(
            s,
            NumberStyle::Circled | NumberStyle::Bracketed | NumberStyle::Superscript
        )
    };
    item.style != style
        && marker_form(style)
        && marker_form(item.style)
        && item.number == expected
        && names_a_term(text, item.rest)
}

/// Reads the items of a notes section from its lines. `first` may point into
/// the heading's own line when the first item follows the heading there.
/// Returns the notes and the end of the last one.
pub fn parse_notes(
    text: &str,
    lines: &[Line],
    first: usize,
    stop_line: usize,
    unnumbered: bool,
    full_stop_terms: bool,
    bare_digits: bool,
) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut style = None;
    // Unnumbered items are all of one layout: a term with its separator,
    // or a term alone on its line (decided by the first).
    let mut term_lines: Option<bool> = None;
    let mut inner_list = false;
    let mut pending_blank = false;
    // Rows of terms laid out in columns (`①甲　　②乙`), their explanations
    // on the lines below: the notes of each row.
    let mut column_rows: Vec<Range<usize>> = Vec::new();
    // Whether the first number stood alone on its line (a table's rows
    // pasted as text): only then may the others (see `item_start`).
    let mut alone_rows: Option<bool> = None;
    // Whether the last line with words was the number of a page that cut
    // a note mid-sentence: the blank lines around it are the page's too,
    // which `blanks_at_cut` says, for the line below to run the note on
    // only as a sentence's words do (not a sign-off's).
    let mut page_cut = false;
    let mut blanks_at_cut = false;
    // The heading on the first item's line (`注：`), which some reports
    // write again before every item.
    let mut inline_heading: Option<&str> = None;
    let mut line_no = lines.partition_point(|l| l.range.end < first);
    while line_no < stop_line.min(lines.len()) {
        let line = &lines[line_no];
        line_no += 1;
        let start = line.content.start.max(first);
        if start >= line.content.end {
            blanks_at_cut |= page_cut;
            pending_blank |= !page_cut;
            continue;
        }
        let after_cut = std::mem::take(&mut page_cut);
        let blanks_at_this_cut = after_cut && std::mem::take(&mut blanks_at_cut);
        let expected = notes.last().map(|n| n.number + 1).or(Some(1));
        // `注：“甲”：…` with the heading written again before each item.
        let start = match &inline_heading {
            Some(heading) if unnumbered && text[start..line.content.end].starts_with(heading) => {
                skip_spaces(text, start + heading.len())
            }
            _ => start,
        };
        let item = if unnumbered && start > line.content.start {
            // `注：“甲”：…`: the first item on the heading's line, a term
            // with its separator, as the items below must be too.
            term_lines = Some(false);
            let rest = Line {
                range: start..line.range.end,
                content: start..line.content.end,
            };
            let heading = text[line.content.start..start].trim_end_matches(is_space);
            if notes.is_empty() && heading.ends_with(['：', ':']) {
                inline_heading = Some(heading);
            }
            unnumbered_item(text, &rest, expected.unwrap_or(1))
        } else if unnumbered {
            let number = expected.unwrap_or(1);
            unnumbered_in_layout(text, lines, line_no - 1, number, &mut term_lines, true)
        } else {
            item_start(text, start, expected)
                .or_else(|| bare_digits.then(|| bare_digit_item(text, start)).flatten())
                .filter(|item| {
                    style.is_none_or(|s| {
                        same_family(s, item.style)
                            || switches_style(text, s, item, expected.unwrap_or(1))
                    })
                })
                .filter(|item| alone_rows.unwrap_or(true) || !item.stands_alone(text))
        };
        // Inside a note's own numbered list, its items are the note's text.
        let item = match item {
            Some(it) if inner_list => {
                if ends_inner_list(text, &it, expected.unwrap_or(1)) {
                    inner_list = false;
                    Some(it)
                } else {
                    None
                }
            }
            Some(it)
                if !notes.is_empty()
                    && (lines[..line_no - 1]
                        .iter()
                        .rev()
                        .find(|l| !l.is_blank())
                        .is_some_and(|before| opens_inner_list(text, before, &it))
                        || inner_list_ahead(
                            text,
                            &lines[..stop_line.min(lines.len())],
                            line_no - 1,
                            &it,
                            expected.unwrap_or(1),
                        )) =>
            {
                inner_list = true;
                None
            }
            other => other,
        };
        match item {
            Some(item) => {
                style.get_or_insert(item.style);
                alone_rows.get_or_insert(item.stands_alone(text));
                let first_on_line = notes.len();
                push_with_run_ons(text, item, line.content.end, &mut notes);
                if bare_terms_in_columns(text, &notes[first_on_line..]) {
                    column_rows.push(first_on_line..notes.len());
                }
                pending_blank = false;
            }
            None if is_page_number(&text[line.content.clone()]) => {
                // A page's number is no note's words. Where the page ended
                // a sentence it parts paragraphs, as a blank line does
                // (what follows the last note is the sign-off); a sentence
                // cut by it runs on to the next page.
                let mid_sentence = notes
                    .last()
                    .is_some_and(|note| !closes_sentence(text, note));
                blanks_at_cut = mid_sentence && pending_blank;
                pending_blank = !mid_sentence;
                if mid_sentence && let Some(note) = notes.last_mut() {
                    note.clutter.push(line.content.clone());
                    page_cut = true;
                }
            }
            None => {
                // A group's sub-heading between two items (`（一）经济发展`
                // over the notes that follow) belongs to no note.
                if !notes.is_empty()
                    && is_group_heading(&text[line.content.clone()])
                    && item_ahead(text, lines, line_no, stop_line, style, 1)
                {
                    pending_blank = false;
                    continue;
                }
                // The running header of a page break that cut a note's
                // sentence: the sentence runs on past it.
                if let Some(note) = notes.last_mut()
                    && !closes_sentence(text, note)
                    && header_inside_note(text, lines, line_no - 1)
                {
                    note.clutter.push(line.content.clone());
                    continue;
                }
                // A page's running header or footer, next to its number,
                // is no note's words either: it parts paragraphs as the
                // number does.
                if running_header(text, lines, line_no - 1, &notes) {
                    pending_blank = true;
                    continue;
                }
                // A web page's words about itself (its disclaimer, its
                // copyright) after a note that closed its sentence: the
                // notes, and the report, have ended.
                if notes.last().is_some_and(|note| closes_sentence(text, note))
                    && speaks_of_the_page(&text[line.content.clone()])
                {
                    break;
                }
                // The speaker turning to the deputies again (`各位代表，…`)
                // after a note that closed its sentence: the body goes on
                // (a part's notes placed before the closing words).
                if notes.last().is_some_and(|note| closes_sentence(text, note))
                    && addresses_the_deputies(&text[line.content.clone()])
                {
                    break;
                }
                // A line between items continues the note above; after the
                // last item only a line right below it does (page clutter
                // follows after blank lines).
                let sentence_on = !blanks_at_this_cut
                    || text[line.content.clone()].contains(['，', '。', '；', '、', ',', ';']);
                match notes.last_mut() {
                    Some(note) if !pending_blank && sentence_on => continue_note(text, note, line),
                    Some(note) => {
                        // A term alone on its line has its explanation in
                        // the paragraph below, blank lines between or not
                        // (a Word export with empty paragraphs); so has a
                        // number alone its term.
                        let words = text[note.text_range.clone()].trim_matches(is_space);
                        let only_term =
                            note.term_range.is_none() && (words.is_empty() || is_alone_term(words));
                        if only_term || item_ahead(text, lines, line_no, stop_line, style, 3) {
                            if let Some(note) = notes.last_mut() {
                                continue_note(text, note, line);
                            }
                        } else {
                            break;
                        }
                    }
                    None => break,
                }
                pending_blank = false;
            }
        }
    }
    for row in column_rows {
        explain_columns(text, &mut notes[row]);
    }
    for note in &mut notes {
        if full_stop_terms && note.term_range.is_none() {
            let first_line = note.text_range.start
                ..text[note.text_range.clone()]
                    .find(['\n', '\r'])
                    .map_or(note.text_range.end, |i| note.text_range.start + i);
            if let Some((term, explanation)) = full_stop_term(text, first_line) {
                set_term(text, note, term);
                note.text_range.start = explanation;
            }
        }
        split_page_reference(text, note);
    }
    notes
}

/// Words a web page prints about itself below a report it reposts
/// (`免责声明：…`, `版权所有`, `未经许可不得转载`); no report's note says
/// them.
const PAGE_WORDS: [&str; 4] = ["免责声明", "版权所有", "转载", "本网站"];

fn speaks_of_the_page(line: &str) -> bool {
    PAGE_WORDS.iter().any(|w| line.contains(w))
}

/// A paragraph opening with the address to the assembly: a speech's words,
/// never a note's.
pub(crate) fn addresses_the_deputies(line: &str) -> bool {
    line.trim_start_matches(is_space).starts_with("各位代表")
}

fn closes_sentence(text: &str, note: &Note) -> bool {
    text[..note.text_range.end]
        .trim_end_matches(is_space)
        .ends_with(SENTENCE_ENDS)
}

/// Whether line `i` is a page's running header or footer (`某市政府公报
/// 2031年第2期` over or under `— 15 —`): a short line closing no sentence,
/// the page's number the next line above or below it, after a note that
/// closed its sentence (a note cut by the page runs on past it).
fn running_header(text: &str, lines: &[Line], i: usize, notes: &[Note]) -> bool {
    let content = text[lines[i].content.clone()].trim_end_matches(is_space);
    if content.chars().nth(MAX_RUNNING_HEADER_CHARS).is_some()
        || content.ends_with(SENTENCE_ENDS)
        || content.ends_with(['：', ':', '，', ',', '、'])
        || is_page_number(content)
    {
        return false;
    }
    let closed = notes.last().is_some_and(|note| {
        text[..note.text_range.end]
            .trim_end_matches(is_space)
            .ends_with(SENTENCE_ENDS)
    });
    let page_number =
        |line: Option<&Line>| line.is_some_and(|l| is_page_number(&text[l.content.clone()]));
    let above = lines[..i].iter().rev().find(|l| !l.is_blank());
    let below = lines[i + 1..].iter().find(|l| !l.is_blank());
    closed && (page_number(above) || page_number(below))
}

/// A running header is a publication's name and issue: a few words.
const MAX_RUNNING_HEADER_CHARS: usize = 40;

/// Whether line `i`, next to a page's number, is the page's running header
/// though it stands inside a note cut mid-sentence: a short line closing no
/// clause that names a publication's issue (`某市政府公报 2031年第2期`) or
/// stands again as a whole line elsewhere, as a header does on each page (a
/// note's wrapped words are not repeated so).
fn header_inside_note(text: &str, lines: &[Line], i: usize) -> bool {
    let content = text[lines[i].content.clone()].trim_matches(is_space);
    if content.is_empty()
        || content.chars().nth(MAX_RUNNING_HEADER_CHARS).is_some()
        || content.ends_with(SENTENCE_ENDS)
        || content.ends_with(['：', ':', '，', ',', '、'])
    {
        return false;
    }
    let page_number =
        |line: Option<&Line>| line.is_some_and(|l| is_page_number(&text[l.content.clone()]));
    let above = lines[..i].iter().rev().find(|l| !l.is_blank());
    let below = lines[i + 1..].iter().find(|l| !l.is_blank());
    if !page_number(above) && !page_number(below) {
        return false;
    }
    let names_issue = content.ends_with('期') && content.chars().any(|c| c.is_ascii_digit());
    names_issue
        || lines
            .iter()
            .enumerate()
            .any(|(j, l)| j != i && text[l.content.clone()].trim_matches(is_space) == content)
}

/// Pushes the note starting at `item`, and the next ones a scraped page ran
/// onto its line after a sentence's end (`…肝癌。[36]HPV：…`, a half-width
/// `;` as a full-width one, spaces between aside): a bracketed
/// or circled number, the very next one, right after `。` or `；`; or one
/// or two further on when it names its term (`①甲：…。③乙：…`, a slip of
/// numbering for `note-numbering` to report, as between lines).
fn push_with_run_ons(text: &str, item: ItemStart, end: usize, notes: &mut Vec<Note>) {
    let mut item = item;
    loop {
        let next = if item.style == NumberStyle::Unnumbered {
            unnumbered_run_on(text, &item, end)
        } else {
            run_on_item(text, &item, end)
        };
        match next {
            Some(next) => {
                // Spaces between the two (`。 ②乙：…`) are neither's.
                let at = text[..next.number_range.start]
                    .trim_end_matches(is_space)
                    .len();
                notes.push(make_note(text, item, at));
                item = next;
            }
            None => {
                notes.push(make_note(text, item, end));
                return;
            }
        }
    }
}

/// The items a line holds from `item` on: it and the notes run onto it.
pub(crate) fn items_on_line(text: &str, item: &ItemStart, end: usize) -> Vec<ItemStart> {
    let mut items = vec![item.clone()];
    while let Some(next) = items
        .last()
        .filter(|it| it.style != NumberStyle::Unnumbered)
        .and_then(|it| run_on_item(text, it, end))
    {
        items.push(next);
    }
    items
}

fn run_on_item(text: &str, item: &ItemStart, end: usize) -> Option<ItemStart> {
    let expected = item.number + 1;
    let inner_list = inner_list_start(text, item, end);
    let mut starts: Vec<usize> = text[item.rest..end]
        .match_indices(['。', '；', ';'])
        .map(|(i, p)| skip_spaces(text, item.rest + i + p.len()))
        .collect();
    // Notes laid out in columns (`①甲　　②乙`): a wide gap parts them,
    // their numbers circled or bracketed (a dotted one may be a figure).
    if matches!(item.style, NumberStyle::Circled | NumberStyle::Bracketed) {
        starts.extend(column_gaps(&text[item.rest..end]).map(|at| item.rest + at));
        starts.sort_unstable();
    }
    starts
        .into_iter()
        .filter(|&at| at < end)
        .take_while(|&at| at < inner_list)
        .find_map(|at| {
            item_start(text, at, Some(expected)).filter(|next| {
                (next.number == expected
                    || (next.number > expected
                        && next.number <= expected + 2
                        && names_a_term(text, next.rest)))
                    && next.style == item.style
                    // `。2.` may start a sentence of figures or steps: a
                    // dotted note run on names its term (`。2.积分超市：`).
                    && (next.style != NumberStyle::Dotted || names_a_term(text, next.rest))
            })
        })
}

/// Where the text after each wide gap of `s` starts: a tab, a full-width
/// space, or two spaces, as a table's columns are parted when copied.
fn column_gaps(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.match_indices(['\t', '　', ' '])
        .filter(|&(i, _)| i > 0 && !s[..i].ends_with(is_space))
        .filter_map(move |(i, _)| {
            let gap = &s[i..];
            let words = gap.trim_start_matches(is_space);
            let spaces = &gap[..gap.len() - words.len()];
            let wide = spaces.contains(['\t', '　']) || spaces.chars().count() >= 2;
            (wide && !words.is_empty()).then_some(s.len() - words.len())
        })
}

/// The next unnumbered note run onto the line of `item` (a notes
/// paragraph): a quoted name and its separator after a full stop
/// (`…群众。“乙”：…`), or after a semicolon when the name is one the
/// body before uses (`名词解释：“甲”是指…；“乙”是指…`, a glossary in one
/// sentence). A name that is part of the note's own term
/// (`三区一园：…；“一园”是指…`) explains that part, and stays in the note;
/// so does a name the body never uses (a word the explanation defines).
fn unnumbered_run_on(text: &str, item: &ItemStart, end: usize) -> Option<ItemStart> {
    let own = split_term(text, item.rest..end).0.map(|r| &text[r])?;
    text[item.rest..end]
        .match_indices(['。', '；'])
        .map(|(i, p)| (p == "；", skip_spaces(text, item.rest + i + p.len())))
        .filter(|&(_, at)| at < end && text[at..].starts_with('“'))
        .find_map(|(after_semicolon, at)| {
            let (term, explanation) = split_term(text, at..end);
            let term = term?;
            let name = &text[term.clone()];
            let separator = text[term.end..explanation].trim_matches(is_space);
            let by_colon = separator.starts_with(['：', ':']);
            let by_zhi = text[term.end..end]
                .trim_start_matches(is_space)
                .starts_with("是指");
            let core = name.trim_matches(|c| is_quote(c) || is_space(c));
            let used_before = || text[..item.number_range.start].contains(core);
            let separated = if after_semicolon {
                (by_colon || by_zhi) && used_before()
            } else {
                by_colon || (by_zhi && used_before())
            };
            (separated && only_quoted_names(name) && !own.contains(core)).then(|| ItemStart {
                number: item.number + 1,
                style: NumberStyle::Unnumbered,
                number_range: at..at,
                rest: at,
            })
        })
}

/// Where the item's own text opens a list numbered from 1 in the notes'
/// style (`②三件实事：①…；②…；③…`), or `end`: the numbers after it are
/// that list's items, not notes run on.
fn inner_list_start(text: &str, item: &ItemStart, end: usize) -> usize {
    text[item.rest..end]
        .char_indices()
        .filter(|&(_, c)| {
            circled_value(c).is_some()
                || superscript_value(c).is_some()
                || matches!(c, '［' | '[' | '【' | '〔' | '（' | '(' | '注')
        })
        .map(|(i, _)| item.rest + i)
        .find(|&at| {
            item_start(text, at, Some(1))
                .is_some_and(|inner| inner.number == 1 && inner.style == item.style)
        })
        .unwrap_or(end)
}

/// A chapter sub-heading grouping notes (`（一）经济发展`, `二、社会民生`):
/// a Chinese ordinal and a few words, no sentence. A short line without an
/// ordinal may be the wrapped end of an explanation, and stays in its note.
fn is_group_heading(content: &str) -> bool {
    static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
            .expect("valid regex")
    });
    ORDINAL.is_match(content)
        && content.chars().count() <= 20
        && !content.contains(['。', '；', ';', '，', ',', '：', ':'])
}

/// A note's first line that is only a term: a few words, no punctuation.
fn is_alone_term(first: &str) -> bool {
    !first.is_empty()
        && !first.contains(['\n', '\r'])
        && first.chars().count() <= MAX_ALONE_TERM_CHARS
        && !first.contains(['。', '；', ';', '，', ',', '：', ':'])
}

/// Whether the notes of one line are terms alone in columns (`①甲　　②乙`),
/// with no explanation beside them.
fn bare_terms_in_columns(text: &str, row: &[Note]) -> bool {
    row.len() >= 2
        && row
            .iter()
            .all(|n| n.term_range.is_none() && is_alone_term(n.text(text)))
}

/// A row of terms in columns, their explanations on the lines below, one
/// sentence each in the row's order, maybe wrapped (a table copied as
/// text): the lines were read as the last note's text. Each term gets its
/// own; where they are not one per term, which is whose cannot be told,
/// and each term is left with no explanation rather than another's.
fn explain_columns(text: &str, row: &mut [Note]) {
    let Some((last, before)) = row.split_last_mut() else {
        return;
    };
    // The last note took the lines below as its explanation, its cell as
    // its term; without lines below there is nothing to share.
    if last.term_range.is_none() || last.text_range.is_empty() {
        return;
    }
    let below = last.text_range.clone();
    // A line that does not close its sentence is wrapped: the next goes on.
    let mut explanations: Vec<Range<usize>> = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut at = below.start;
    for piece in text[below.clone()].split_inclusive(['\n', '\r']) {
        let line = at..at + piece.trim_end_matches(['\n', '\r']).len();
        at += piece.len();
        let words = text[line.clone()].trim_end_matches(is_space);
        if words.trim_start_matches(is_space).is_empty() {
            continue;
        }
        let joined = open.take().map_or(line.clone(), |o| o.start..line.end);
        if words.ends_with(SENTENCE_ENDS) {
            explanations.push(joined);
        } else {
            open = Some(joined);
        }
    }
    explanations.extend(open);
    let fits = explanations.len() == before.len() + 1;
    for (k, note) in before.iter_mut().enumerate() {
        let cell = note.text_range.clone();
        set_term(text, note, cell.clone());
        note.text_range = if fits {
            explanations[k].clone()
        } else {
            cell.end..cell.end
        };
    }
    last.text_range = if fits {
        explanations[before.len()].clone()
    } else {
        let end = last.term_range.as_ref().map_or(below.start, |t| t.end);
        end..end
    };
}

/// Adds `line` to the note above it. A number alone on its line (a table's
/// row pasted as text) has its words from this line on: its term, then the
/// explanation.
fn continue_note(text: &str, note: &mut Note, line: &Line) {
    if text[note.text_range.clone()]
        .trim_matches(is_space)
        .is_empty()
    {
        note.text_range.start = line.content.start;
        // A number alone on its line over `甲：…`: the term is that line's.
        if note.term_range.is_none()
            && let (Some(term), explanation) = split_term(text, line.content.clone())
        {
            set_term(text, note, term);
            note.text_range.start = explanation;
        }
    } else {
        term_alone_on_its_line(text, note, line.content.start);
    }
    note.range.end = line.content.end;
    note.text_range.end = line.content.end;
}

/// `1. 两区建设` alone on its line, the explanation on the lines below: the
/// line is the term. Called when the first continuation line arrives.
fn term_alone_on_its_line(text: &str, note: &mut Note, next_line: usize) {
    let first = &text[note.text_range.clone()];
    // Only once, while the note is still its first line.
    if note.term_range.is_some() || first.contains(['\n', '\r']) {
        return;
    }
    if is_alone_term(first) {
        set_term(text, note, note.text_range.clone());
        note.text_range.start = next_line;
    }
}

/// The longest a term standing alone on its line may be, in characters.
const MAX_ALONE_TERM_CHARS: usize = 30;

/// Whether one of the next `within` non-blank lines starts an item of the
/// list's style.
fn item_ahead(
    text: &str,
    lines: &[Line],
    from: usize,
    stop_line: usize,
    style: Option<NumberStyle>,
    within: usize,
) -> bool {
    lines[from.min(lines.len())..stop_line.min(lines.len())]
        .iter()
        .filter(|l| !l.is_blank())
        .take(within)
        .any(|l| {
            item_start(text, l.content.start, None)
                .is_some_and(|i| style.is_none_or(|s| same_family(s, i.style)))
        })
}

fn make_note(text: &str, item: ItemStart, end: usize) -> Note {
    let (term_range, text_start) = split_term(text, item.rest..end);
    let mut note = Note {
        number: item.number,
        style: item.style,
        number_range: item.number_range.clone(),
        term: None,
        term_range: None,
        aliases: Vec::new(),
        text_range: text_start..end,
        range: item.number_range.start..end,
        page: None,
        clutter: Vec::new(),
    };
    if let Some(range) = term_range {
        set_term(text, &mut note, range);
    }
    note
}

/// The term and its other names (`“两重”、“两新”`) from the term's range.
fn set_term(text: &str, note: &mut Note, range: Range<usize>) {
    let mut parts = split_aliases(text, range).into_iter();
    if let Some(first) = parts.next() {
        note.term = Some(text[first.clone()].to_string());
        note.term_range = Some(first);
        note.aliases = parts
            .map(|r| Alias {
                text: text[r.clone()].trim_matches(is_space).to_string(),
                range: r,
            })
            .collect();
    }
}

/// `(见第23页)` closing a note: where the term stands in the printed
/// report. Kept apart from the explanation.
static PAGE_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[（(][ \t　]*见第[ \t　]*[0-9０-９]{1,4}[ \t　]*页[ \t　]*[)）][ \t　。.]*$")
        .expect("valid regex")
});

fn split_page_reference(text: &str, note: &mut Note) {
    let explanation = &text[note.text_range.clone()];
    if let Some(m) = PAGE_REFERENCE.find(explanation) {
        let start = note.text_range.start + m.start();
        let end = note.text_range.start + m.end();
        note.page = Some(start..end);
        note.text_range.end =
            note.text_range.start + explanation[..m.start()].trim_end_matches(is_space).len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    /// The hand reading of an ordinal is the regex's, match for match.
    #[test]
    fn ordinal_prefix_is_the_regex() {
        let heads = ["", "一", "十二", "一二三", "一二三四", "两", "1", "九十九"];
        let tails = [
            "",
            "、",
            "．",
            " 、",
            "\t　 ．x",
            "，",
            " ",
            "、、",
            "\n、",
            ".",
            "四、",
        ];
        for head in heads {
            for tail in tails {
                let s = format!("{head}{tail}说明");
                let regex = ORDINAL.captures(&s).map(|c| {
                    (
                        c.get(1).map_or(0, |m| m.end()),
                        c.get(0).map_or(0, |m| m.end()),
                    )
                });
                assert_eq!(ordinal_prefix(&s), regex, "{s:?}");
            }
        }
    }

    fn notes_of(text: &str) -> Vec<Note> {
        let lines = split_lines(text);
        parse_notes(text, &lines, 0, lines.len(), false, false, false)
    }

    /// Asserts each note's term and explanation, as read from `text`.
    fn assert_terms_and_texts(text: &str, expected: &[(&str, &str)]) {
        let notes = notes_of(text);
        let got: Vec<(Option<&str>, &str)> = notes
            .iter()
            .map(|n| (n.term.as_deref(), n.text(text)))
            .collect();
        let expected: Vec<(Option<&str>, &str)> = expected
            .iter()
            .map(|&(term, body)| (Some(term), body))
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn a_label_alone_on_its_line_numbers_the_note_below() {
        assert_terms_and_texts(
            "注1\n两网融合：统一规划。\n注2\n四减一优化：减环节，优化服务。\n",
            &[
                ("两网融合", "统一规划。"),
                ("四减一优化", "减环节，优化服务。"),
            ],
        );
    }

    #[test]
    fn numbering_styles() {
        for (line, number, style) in [
            ("1.甲:乙", 1, NumberStyle::Dotted),
            ("3．甲：乙", 3, NumberStyle::Dotted),
            ("12、甲：乙", 12, NumberStyle::Dotted),
            ("［1］甲：乙", 1, NumberStyle::Bracketed),
            ("[2]甲:乙", 2, NumberStyle::Bracketed),
            ("【3】甲：乙", 3, NumberStyle::Bracketed),
            // Spaced inside the brackets, as a PDF's text may be.
            ("［ 7 ］甲：乙", 7, NumberStyle::Bracketed),
            ("〔 8〕甲：乙", 8, NumberStyle::Bracketed),
            ("（4）甲：乙", 4, NumberStyle::Parenthesized),
            ("(5)甲:乙", 5, NumberStyle::Parenthesized),
            ("⑩甲：乙", 10, NumberStyle::Circled),
            ("１５．甲：乙", 15, NumberStyle::Dotted),
            // A digit and its full stop in one character.
            ("⒓甲：乙", 12, NumberStyle::Dotted),
            // Footnotes of a word processor copied as text.
            ("¹甲：乙", 1, NumberStyle::Superscript),
            ("¹²“甲”：乙", 12, NumberStyle::Superscript),
            // A Markdown footnote's definition.
            ("[^6]: 甲：乙", 6, NumberStyle::Bracketed),
        ] {
            let item = item_start(line, 0, None).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((item.number, item.style), (number, style), "{line}");
        }
        assert_eq!(item_start("1.5亿元用于", 0, Some(3)), None);
        assert_eq!(
            item_start("8.6个科技专项：说明", 0, Some(8)).map(|i| i.number),
            Some(8)
        );
        assert_eq!(item_start("0.不是", 0, None), None);
        // The number expected, parted from its term by a space (a dot
        // lost in copying), before a term and its separator.
        for (line, number) in [
            ("1 “三新一高”：新阶段。", 1),
            ("8 十大行动：甲、乙。", 8),
            ("7 2022年五件实事：修路。", 7),
            ("6 T类人才：特需人才。", 6),
            ("11　枫桥经验。基层治理的经验。", 11),
        ] {
            let item = item_start(line, 0, Some(number)).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(item.number, number, "{line}");
            assert!(line[item.rest..].starts_with(['“', '十', '2', 'T', '枫']));
        }
        for (line, expected) in [
            // A figure, a date, digits spaced apart, a sentence.
            ("3 个项目：甲、乙。", 3),
            ("5 月份以来：甲。", 5),
            ("1 9 9 8年工作：甲。", 1),
            ("2 全年完成任务，超过预期。", 2),
            // Not the number expected.
            ("5 “甲”：乙。", 2),
        ] {
            assert_eq!(item_start(line, 0, Some(expected)), None, "{line}");
        }
    }

    #[test]
    fn term_aliases_and_text() {
        let text = "1.“两快”、“两稳”：快办快结，稳岗稳产。\n2.2023年五件小事:修路;\n接着写。\n3.没有冒号的说明。\n\n\n登录后回复";
        let notes = notes_of(text);
        assert_eq!(notes.len(), 3);
        assert_eq!(notes[0].term.as_deref(), Some("“两快”"));
        assert_eq!(notes[0].aliases[0].text, "“两稳”");
        assert_eq!(notes[0].text(text), "快办快结，稳岗稳产。");
        assert_eq!(notes[1].term.as_deref(), Some("2023年五件小事"));
        assert_eq!(notes[1].text(text), "修路;\n接着写。");
        assert_eq!(notes[2].term, None);
        assert!(!text[notes[2].range.clone()].contains("登录"));
    }

    #[test]
    fn item_numbering_in_every_layout() {
        for (line, number) in [
            ("〔63〕“三无三百”：即说明。", 63),
            ("［１］“新三板”：说明。", 1),
            ("[2]“两通”：说明。", 2),
            ("【3】甲：乙。", 3),
            ("4.\t“两区”建设：说明。", 4),
            ("5. “两区”建设：说明。", 5),
            ("6）“两区”建设：说明。", 6),
            ("(7)甲：乙。", 7),
        ] {
            let item = item_start(line, 0, None).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(item.number, number, "{line}");
        }
    }

    #[test]
    fn the_term_is_what_the_layout_says() {
        for (text, term, explanation) in [
            (
                "1.[“1+5”专项整治]即五类问题一起整治。",
                "“1+5”专项整治",
                "即五类问题一起整治。",
            ),
            (
                "2.[河道“清四乱”]清理乱占、乱采。",
                "河道“清四乱”",
                "清理乱占、乱采。",
            ),
            (
                "3.“两区”建设  指两个园区的建设。",
                "“两区”建设",
                "指两个园区的建设。",
            ),
            (
                "4.“三个一”工程，即一条路、一座桥、一个站。",
                "“三个一”工程",
                "即一条路、一座桥、一个站。",
            ),
            (
                "5.“河长制”。是指由各级负责人担任河长。",
                "“河长制”",
                "是指由各级负责人担任河长。",
            ),
            (
                "6.“四好农村路”即建好、管好、护好、运营好农村公路。",
                "“四好农村路”",
                "即建好、管好、护好、运营好农村公路。",
            ),
            (
                "7.飞地经济是指两地合作建园区。",
                "飞地经济",
                "是指两地合作建园区。",
            ),
            ("8.即来即办：当场办结。", "即来即办", "当场办结。"),
            // A superscript number is the item's, not the term's.
            (
                "¹“三争”活动：争项目、争资金。",
                "“三争”活动",
                "争项目、争资金。",
            ),
            (
                "9.飞地经济——两地合作建园区。",
                "飞地经济",
                "两地合作建园区。",
            ),
            // A numeric slogan, no mark, then 指.
            (
                "11.两网融合指城乡管网一体化。",
                "两网融合",
                "指城乡管网一体化。",
            ),
            // A numeric slogan closed by a full stop, as by a comma (missed,
            // a circled list of them raised notes-section-missing).
            ("①三河一园。治河、建园。", "三河一园", "治河、建园。"),
            // A quoted name, its closing quote the term's end, then a
            // copula, one space or one dash (a colon lost in typing).
            (
                "15.“五个一批”是签约一批、开工一批。",
                "“五个一批”",
                "是签约一批、开工一批。",
            ),
            (
                "16.“三新一高” 新阶段、新理念。",
                "“三新一高”",
                "新阶段、新理念。",
            ),
            ("17.“两区”—两个园区。", "“两区”", "两个园区。"),
            (
                "18.“两网”主要包括城网、乡网。",
                "“两网”",
                "主要包括城网、乡网。",
            ),
            // A ratio sign typed for a colon, not between digits.
            (
                "19.“三通”∶通水、通电、通路。",
                "“三通”",
                "通水、通电、通路。",
            ),
            ("20.“1∶1”配套：对半出资。", "“1∶1”配套", "对半出资。"),
            // A colon later in the sentence ends a longer term.
            (
                "21.“两区” 建设：甲区、乙区。",
                "“两区” 建设",
                "甲区、乙区。",
            ),
            // One dash for the colon; a chain of places before a colon
            // is the term's own words.
            (
                "22.飞地经济—两地合作建园区。",
                "飞地经济",
                "两地合作建园区。",
            ),
            (
                "23.禁塑－2020年起施行的规定。",
                "禁塑",
                "2020年起施行的规定。",
            ),
            (
                "24.甲—乙—丙发展轴：三地连成一线。",
                "甲—乙—丙发展轴",
                "三地连成一线。",
            ),
        ] {
            let notes = notes_of(text);
            assert_eq!(notes[0].term.as_deref(), Some(term), "{text}");
            assert_eq!(notes[0].text(text), explanation, "{text}");
        }
        // A sentence names no term: nothing is invented.
        let text = "10.新建研究机构2家（甲、乙），实验室1家。";
        assert_eq!(notes_of(text)[0].term, None);
        let text = "14.三年完成。共建成十个站点。";
        assert_eq!(notes_of(text)[0].term, None);
        // A range of years is no dash for a colon.
        let text = "25.自2019—2021年完成三年行动。";
        assert_eq!(notes_of(text)[0].term, None);
        // 指 opening a word (`指挥`) or after words with no numeral is no
        // separator.
        for text in [
            "12.两网融合指挥部建成投用。",
            "13.飞地经济指两地合作建园区。",
        ] {
            assert_eq!(notes_of(text)[0].term, None, "{text}");
        }
    }

    #[test]
    fn a_term_alone_on_its_line() {
        let text = "1.“两区”建设\n指两个园区一起建设，\n分期推进。\n2.“三通”：通水、通电、通路。";
        let notes = notes_of(text);
        assert_eq!(notes[0].term.as_deref(), Some("“两区”建设"));
        assert_eq!(notes[0].text(text), "指两个园区一起建设，\n分期推进。");
        assert_eq!(notes[1].term.as_deref(), Some("“三通”"));
    }

    #[test]
    fn a_term_alone_with_blank_lines_below() {
        // Empty paragraphs between a term and its explanation, as a word
        // processor exports them; the last note too.
        let text = "①三河共治\n\n治河、治岸、治污。\n\n②两园联动\n\n产业园和物流园一体发展。\n";
        assert_terms_and_texts(
            text,
            &[
                ("三河共治", "治河、治岸、治污。"),
                ("两园联动", "产业园和物流园一体发展。"),
            ],
        );
    }

    #[test]
    fn a_web_pages_disclaimer_ends_the_last_note() {
        // The reposting site's words about itself, right below the last
        // note, are no part of it; a line continuing a note still is.
        let text = "1.“两通”：通水、通路。\n2.“三改”：改厨、改厕、\n改圈。\n\
                    免责声明：本文不代表某网站观点，未经许可不得转载。\n标签：报告\n";
        assert_terms_and_texts(
            text,
            &[
                ("“两通”", "通水、通路。"),
                ("“三改”", "改厨、改厕、\n改圈。"),
            ],
        );
    }

    #[test]
    fn group_sub_headings_belong_to_no_note() {
        let text = "1.“两通”：通水、通路。\n2.“三改”：改厨、改厕、改圈。\n（二）社会民生\n3.“四好”：建好、管好、护好、运营好。";
        let notes = notes_of(text);
        assert_eq!(notes.len(), 3);
        assert_eq!(notes[1].text(text), "改厨、改厕、改圈。");
        assert_eq!(notes[2].term.as_deref(), Some("“四好”"));
    }

    #[test]
    fn a_note_run_onto_the_line_before_is_its_own() {
        let text = "[5]三癌：宫颈癌、乳腺癌、肝癌。[6]HPV：人乳头瘤病毒。\n[7]乙：丙。";
        let notes = notes_of(text);
        let got: Vec<(u32, Option<&str>)> = notes
            .iter()
            .map(|n| (n.number, n.term.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![(5, Some("三癌")), (6, Some("HPV")), (7, Some("乙"))]
        );
        assert_eq!(notes[0].text(text), "宫颈癌、乳腺癌、肝癌。");
    }

    #[test]
    fn notes_run_on_after_a_space_are_split() {
        let text = "①三河共治：治河、治岸、治污。 ②两园联动：产业园和物流园。　③乙：丙。";
        let notes = notes_of(text);
        let got: Vec<(u32, Option<&str>, &str)> = notes
            .iter()
            .map(|n| (n.number, n.term.as_deref(), n.text(text)))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, Some("三河共治"), "治河、治岸、治污。"),
                (2, Some("两园联动"), "产业园和物流园。"),
                (3, Some("乙"), "丙。")
            ]
        );
    }

    #[test]
    fn a_full_width_space_parts_term_and_explanation() {
        let text = "①三河共治　治河、治岸、治污。\n②两园联动　　产业园和物流园。\n③甲乙　：丙丁。";
        assert_terms_and_texts(
            text,
            &[
                ("三河共治", "治河、治岸、治污。"),
                ("两园联动", "产业园和物流园。"),
                ("甲乙", "丙丁。"),
            ],
        );
    }

    #[test]
    fn one_plain_space_after_a_numeric_slogan_parts_it_from_its_explanation() {
        // A term holding a space keeps it up to the colon; a plain word is
        // no slogan, and one space after it parts nothing.
        let text = "①三河共治 治河、治岸、治污。\n②两园联动 指产业园和物流园。\n③四季村晚 活动：每季一场演出。\n④乙 丙丁：戊。";
        assert_terms_and_texts(
            text,
            &[
                ("三河共治", "治河、治岸、治污。"),
                ("两园联动", "指产业园和物流园。"),
                ("四季村晚 活动", "每季一场演出。"),
                ("乙 丙丁", "戊。"),
            ],
        );
        let plain = notes_of("①乡村书屋 每村一间。");
        assert_eq!(plain[0].term, None);
    }

    #[test]
    fn markdown_bullets_and_bold_are_an_items_dress() {
        for text in [
            "- ①三河共治：治河、治岸、治污。\n- ②两园联动：产业园和物流园。",
            "* ①三河共治：治河、治岸、治污。\n* ②两园联动：产业园和物流园。",
            "**[1]** 三河共治：治河、治岸、治污。\n**[2]** 两园联动：产业园和物流园。",
            "1. **三河共治**：治河、治岸、治污。\n2. **两园联动**：产业园和物流园。",
            "- 1. **三河共治**：治河、治岸、治污。\n- 2. **两园联动**：产业园和物流园。",
        ] {
            assert_terms_and_texts(
                text,
                &[
                    ("三河共治", "治河、治岸、治污。"),
                    ("两园联动", "产业园和物流园。"),
                ],
            );
            let numbers: Vec<u32> = notes_of(text).iter().map(|n| n.number).collect();
            assert_eq!(numbers, [1, 2], "{text}");
        }
        // A Markdown table's rows, the pipes framing and parting the cells.
        assert_terms_and_texts(
            "| 1 | 三河共治 | 治河、治岸、治污。 |\n| 2 | 两园联动 | 产业园和物流园。 |",
            &[
                ("三河共治", "治河、治岸、治污。"),
                ("两园联动", "产业园和物流园。"),
            ],
        );
        // A dash glued to a number is no bullet; a minus sign is no note.
        assert!(item_start("-1.5亿元", 0, Some(1)).is_none());
    }

    #[test]
    fn a_dotted_note_run_on_names_its_term() {
        let text = "1.积分超市：以积分换取日用品。2.三清一改：清垃圾、清沟渠。\n3.乙：丙。";
        let got: Vec<(u32, Option<String>)> = notes_of(text)
            .into_iter()
            .map(|n| (n.number, n.term))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, Some("积分超市".to_string())),
                (2, Some("三清一改".to_string())),
                (3, Some("乙".to_string()))
            ]
        );
        // A sentence opening with figures is the note's own text.
        let text = "1.两新：新基建、新城镇。2.5亿元用于改造。\n2.乙：丙。";
        let numbers: Vec<u32> = notes_of(text).iter().map(|n| n.number).collect();
        assert_eq!(numbers, vec![1, 2]);
    }

    #[test]
    fn a_marker_copied_after_the_term_is_no_word_of_it() {
        // `“三网”①：…`, `三网［2］：…`, `三网³：…`: the body's marker copied
        // into the notes; a number inside the term's words stays.
        assert_terms_and_texts(
            "1.“三网融合”①：甲网、乙网、丙网一起建。\n2.两园一区［2］：甲园、乙园和丙区。\n3.百村示范³：选一百个村先行示范。\n4.“5G+工业”：五个场景。\n",
            &[
                ("“三网融合”", "甲网、乙网、丙网一起建。"),
                ("两园一区", "甲园、乙园和丙区。"),
                ("百村示范", "选一百个村先行示范。"),
                ("“5G+工业”", "五个场景。"),
            ],
        );
    }

    #[test]
    fn a_page_reference_is_kept_apart() {
        let text = "〔1〕“两不愁”：不愁吃、不愁穿。(见第2页)\n〔2〕乙：丙。（见第 12 页）";
        let notes = notes_of(text);
        assert_eq!(notes[0].text(text), "不愁吃、不愁穿。");
        assert_eq!(&text[notes[0].page.clone().expect("page")], "(见第2页)");
        assert_eq!(
            &text[notes[1].page.clone().expect("page")],
            "（见第 12 页）"
        );
    }

    /// The terms of an unnumbered list's notes, as read from `text`.
    fn unnumbered_terms(text: &str) -> Vec<Option<String>> {
        let lines = split_lines(text);
        parse_notes(text, &lines, 0, lines.len(), true, false, false)
            .into_iter()
            .map(|n| n.term)
            .collect()
    }

    #[test]
    fn a_number_of_a_form_unread_is_the_items_when_it_is_its_place() {
        let terms = |names: [&str; 3]| names.map(|t| Some(t.to_string())).to_vec();
        for text in [
            "1甲园乙区：说明。\n2丙村：说明。\n3“丁路”：说明。",
            "A.甲园乙区：说明。\nB. 丙村：说明。\nC、“丁路”：说明。",
            "Ⅰ.甲园乙区：说明。\nⅡ.丙村：说明。\nⅢ.“丁路”：说明。",
            "I. 甲园乙区：说明。\nII. 丙村：说明。\nIII. “丁路”：说明。",
            "⒈甲园乙区：说明。\n⒉丙村：说明。\n⒊“丁路”：说明。",
            "（一）甲园乙区：说明。\n（二）丙村：说明。\n(三)“丁路”：说明。",
        ] {
            assert_eq!(
                unnumbered_terms(text),
                terms(["甲园乙区", "丙村", "“丁路”"]),
                "{text}"
            );
        }
        // A quantity or a date opening a term, a number not the item's
        // place, a word of capitals: the term's own.
        assert_eq!(
            unnumbered_terms(
                "1号工程：说明。\n2个中心：说明。\n3G基站：说明。\nAI园：说明。\n6甲：说明。"
            ),
            ["1号工程", "2个中心", "3G基站", "AI园", "6甲"]
                .map(|t| Some(t.to_string()))
                .to_vec()
        );
    }

    #[test]
    fn a_page_number_is_no_notes_words() {
        // Between two notes, and closing the last over the sign-off.
        let text = "1.甲园：一园两区。\n— 7 —\n2.乙事：三件事。\n8 —\n某某会议秘书处\n";
        let notes = notes_of(text);
        let texts: Vec<&str> = notes.iter().map(|n| n.text(text)).collect();
        assert_eq!(texts, ["一园两区。", "三件事。"]);
        // A sentence the page cut runs on over its number.
        let text = "1.甲园：一园\n-7-\n两区。\n";
        assert_eq!(notes_of(text)[0].text(text), "一园\n-7-\n两区。");
    }

    #[test]
    fn notes_laid_out_in_columns_are_each_read() {
        // `①甲　　②乙` on one line, a table's columns copied as text: the
        // second note was read as the first's words, and its marker raised
        // note-missing.
        for gap in ["　　", "\t", "  "] {
            for (first, second, third) in [("①", "②", "③"), ("［1］", "［2］", "［3］")]
            {
                let text = format!(
                    "{first}“甲园”：一园两区{gap}{second}“乙事”：三件事\n{third}“丙区”：三个区。\n"
                );
                let read: Vec<(u32, Option<String>)> = notes_of(&text)
                    .into_iter()
                    .map(|n| (n.number, n.term))
                    .collect();
                let expected = [(1, "“甲园”"), (2, "“乙事”"), (3, "“丙区”")]
                    .map(|(n, t)| (n, Some(t.to_string())));
                assert_eq!(read, expected, "{text}");
            }
        }
        // A gap before a dotted number may stand before a figure: no split.
        let text = "1.甲园：一园两区，去年  2.5亿元。\n2.乙事：三件事。\n";
        let numbers: Vec<u32> = notes_of(text).iter().map(|n| n.number).collect();
        assert_eq!(numbers, [1, 2]);
    }

    #[test]
    fn terms_in_columns_get_the_explanations_below_in_order() {
        // `①甲　　②乙`, then each one's explanation on a line of its own:
        // the first's was read as the second's, the first had no term.
        let read = |text: &str| -> Vec<(u32, Option<String>, String)> {
            notes_of(text)
                .into_iter()
                .map(|n| (n.number, n.term.clone(), n.text(text).to_string()))
                .collect()
        };
        let expected = |texts: [&str; 3]| {
            [(1, "甲园"), (2, "乙事"), (3, "丙区")]
                .into_iter()
                .zip(texts)
                .map(|((n, t), x)| (n, Some(t.to_string()), x.to_string()))
                .collect::<Vec<_>>()
        };
        let text = "①甲园　　②乙事\n一园两区。\n三件实事。\n③丙区\n三个区。\n";
        assert_eq!(
            read(text),
            expected(["一园两区。", "三件实事。", "三个区。"])
        );
        // A sentence wrapped onto the next line is one explanation.
        let text = "①甲园　　②乙事\n一园\n两区。\n三件实事。\n③丙区\n三个区。\n";
        assert_eq!(
            read(text),
            expected(["一园\n两区。", "三件实事。", "三个区。"])
        );
        // Lines ending with a lone CR (an old Mac file) are lines too.
        let text = "①甲园　　②乙事\r一园\r两区。\r三件实事。\r③丙区\r三个区。\r";
        assert_eq!(
            read(text),
            expected(["一园\r两区。", "三件实事。", "三个区。"])
        );
        // Three sentences for two terms: which is whose cannot be told, and
        // neither is given another's.
        let text = "①甲园　　②乙事\n一园两区。\n另设一园。\n三件实事。\n③丙区\n三个区。\n";
        assert_eq!(read(text), expected(["", "", "三个区。"]));
    }

    #[test]
    fn a_table_row_laid_out_one_cell_a_line_is_one_note() {
        // A table pasted as text: number, term and explanation each on a
        // line of their own, blank lines between or not.
        let read = |text: &str| -> Vec<(u32, Option<String>, String)> {
            notes_of(text)
                .into_iter()
                .map(|n| (n.number, n.term.clone(), n.text(text).to_string()))
                .collect()
        };
        let expected = vec![
            (1, Some("甲园".to_string()), "一园两区。".to_string()),
            (
                2,
                Some("乙事".to_string()),
                "三件实事，\n共三项。".to_string(),
            ),
        ];
        assert_eq!(
            read("1\n甲园\n一园两区。\n2\n乙事\n三件实事，\n共三项。\n"),
            expected
        );
        assert_eq!(
            read("1\n\n甲园\n\n一园两区。\n\n2\n\n乙事\n\n三件实事，\n共三项。\n"),
            expected
        );
        let crlf = read("１．\r\n甲园\r\n一园两区。\r\n２．\r\n乙事\r\n三件实事，\r\n共三项。\r\n");
        let crlf: Vec<_> = crlf
            .into_iter()
            .map(|(n, t, x)| (n, t, x.replace("\r\n", "\n")))
            .collect();
        assert_eq!(crlf, expected);
        // A number alone over a line that is no term, or not the number
        // the list is at, is no item.
        assert!(notes_of("1\n甲园建成投产，产值增长。\n").is_empty());
        assert!(notes_of("2\n甲园\n一园两区。\n").is_empty());
        // After notes of another layout, a number alone (a page's number
        // over its running header) is no item: it stays the note's words.
        let text = "1.甲园：一园两区。\n2\n乙事\n三件实事。\n";
        assert_eq!(read(text).len(), 1);
    }

    #[test]
    fn a_running_header_by_the_page_number_is_no_notes_words() {
        // A publication's name and issue over or under the page's number,
        // between two notes: it was read as the end of the note above.
        for page in [
            "某某公报　2031年第2期\n— 7 —\n",
            "— 7 —\n某某公报　2031年第2期\n",
        ] {
            let text = format!("1.甲园：一园两区。\n{page}2.乙事：三件事。\n");
            let notes = notes_of(&text);
            let texts: Vec<&str> = notes.iter().map(|n| n.text(&text)).collect();
            assert_eq!(texts, ["一园两区。", "三件事。"], "{page}");
        }
        // A note the page cut keeps its words on either side.
        let text = "1.甲园：一园\n— 7 —\n两区和三个中心\n2.乙事：三件事。\n";
        assert_eq!(notes_of(text)[0].text(text), "一园\n— 7 —\n两区和三个中心");
        // Read as the printed page is, the halves join without the number.
        assert_eq!(notes_of(text)[0].words(text), "一园两区和三个中心");
    }

    #[test]
    fn a_page_break_cutting_a_note_leaves_no_header_in_its_words() {
        // The page's number and running header, in either order, between
        // the halves of one sentence: the note's words are the halves.
        for page in [
            "— 7 —\n某某公报　2031年第2期\n",
            "某某公报　2031年第2期\n— 7 —\n",
            "\n- 7 -\n\n",
        ] {
            let text = format!("1.甲园：一园两区，\n{page}三个中心。\n2.乙事：三件事。\n");
            let notes = notes_of(&text);
            assert_eq!(notes.len(), 2, "{page}");
            assert_eq!(notes[0].words(&text), "一园两区，三个中心。", "{page}");
            assert_eq!(notes[1].words(&text), "三件事。", "{page}");
        }
        // A header without an issue stands again at each page's top.
        let text = "1.甲园：一园两区，\n— 7 —\n某某汇编\n三个中心。\n2.乙事：三件\n— 8 —\n某某汇编\n事。\n";
        let notes = notes_of(text);
        assert_eq!(notes[0].words(text), "一园两区，三个中心。");
        assert_eq!(notes[1].words(text), "三件事。");
        // A short line of the note's own next to the number stays its words.
        let text = "1.甲园：一园两区，\n— 7 —\n三个中心\n和一个基地。\n";
        assert_eq!(
            notes_of(text)[0].words(text),
            "一园两区，三个中心\n和一个基地。"
        );
    }

    #[test]
    fn the_last_note_cut_by_a_word_footer_runs_on_past_its_blank_lines() {
        // A Word footer (the report's name and the page's number on one
        // line) with empty paragraphs around it, cutting the last note.
        for footer in ["某县政府工作报告　　　第 5 页 共 5 页", "- 5 -"] {
            let text = format!(
                "1.甲园：一园两区，\n2.乙事：以亩产评价企业\n\n{footer}\n\n效益，配置要素。\n"
            );
            let notes = notes_of(&text);
            assert_eq!(notes.len(), 2, "{footer}");
            assert_eq!(
                notes[1].words(&text),
                "以亩产评价企业效益，配置要素。",
                "{footer}"
            );
        }
        // The sign-off below the page's number closes no clause: no words
        // of the note it follows.
        let text = "1.甲园：一园两区\n\n- 5 -\n\n某县人民政府\n";
        assert_eq!(notes_of(text)[0].words(text), "一园两区");
    }

    #[test]
    fn a_form_feed_opening_a_page_is_no_words() {
        let text = "①甲：一。\n\u{c}②乙：二。\n\u{c}\n③丙：三。";
        let notes = notes_of(text);
        let read: Vec<(u32, Option<&str>)> = notes
            .iter()
            .map(|n| (n.number, n.term.as_deref()))
            .collect();
        assert_eq!(read, [(1, Some("甲")), (2, Some("乙")), (3, Some("丙"))]);
        assert_eq!(notes[1].text(text), "二。");
    }

    #[test]
    fn quoted_enumeration_is_not_split() {
        let text = "1.交往“正面、负面”清单：说明。";
        let notes = notes_of(text);
        assert_eq!(notes[0].term.as_deref(), Some("交往“正面、负面”清单"));
        assert!(notes[0].aliases.is_empty());
    }
}
