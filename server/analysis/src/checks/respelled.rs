//! A note's slogan quoted in the body with other numerals, spelled as the
//! body spells it: numerals anywhere in it (`“清五乱”` for `清四乱`,
//! `“文体七馆”` for `文体六馆`), slogans joined by `、` (`“四高速、四快速”`),
//! a word more at its end (`“五尘共治”` for a note on `四尘`), or a word of
//! the note's term left out or outside the quotes (`“五大攻坚”` for
//! `四大攻坚战`, `“四公”经费` for `“三公经费”`). Such a quote is no body
//! term of its own (terms are slogans opening with their numeral), so the
//! renumbered-use rule finds it here.

use std::ops::Range;

use crate::chars::{chinese_digit, is_han};
use crate::document::Document;
use crate::terms::{TermSource, normalize};

/// The most characters inside a quote read as a slogan.
const MAX_QUOTED: usize = 16;
/// The most characters a body's spelling adds after the note's words.
const MAX_ADDED: usize = 3;
/// The most characters of the note's words a body's spelling leaves out.
const MAX_DROPPED: usize = 2;

/// The insides of the body's short quotes that hold a numeral, found once
/// per check, each with its characters as terms normalize them.
pub(super) struct BodyQuotes(Vec<(Range<usize>, Vec<char>)>);

impl BodyQuotes {
    pub(super) fn of(doc: &Document) -> Self {
        let mut out = Vec::new();
        // A search for the quote's three bytes: `str::match_indices` with a
        // char looks for its last byte, which most Han characters share.
        let opening = memchr::memmem::Finder::new("“");
        for region in &doc.body {
            let Some(slice) = doc.text.get(region.clone()) else {
                continue;
            };
            for open in opening.find_iter(slice.as_bytes()) {
                let start = open + '“'.len_utf8();
                let inside = slice[start..]
                    .char_indices()
                    .take(MAX_QUOTED + 1)
                    .find(|(_, c)| matches!(c, '”' | '“' | '\n'));
                if let Some((len, '”')) = inside {
                    let raw = &slice[start..start + len];
                    if raw.chars().any(is_numeral) {
                        let core: Vec<char> = normalize(raw).chars().collect();
                        out.push((region.start + start..region.start + start + len, core));
                    }
                }
            }
        }
        BodyQuotes(out)
    }
}

/// The body's quoted spelling of `slogan` with other numerals: its words
/// as quoted, its numerals in the note's spelling (for the note's parts),
/// and where it is printed. `None` when no quote spells it, when quotes
/// spell it two ways (which is meant is not sure), or when something
/// defines the spelling itself (`defined`, a note or a glossary).
pub(super) fn respelled(
    doc: &Document,
    quotes: &BodyQuotes,
    slogan: &str,
    defined: impl Fn(&str) -> bool,
) -> Option<(String, String, Vec<Range<usize>>)> {
    let note: Vec<char> = normalize(slogan).chars().collect();
    one_spelling(doc, quotes, |body| renumbered(&note, body), defined)
}

/// The body's one quoted spelling that `spells` reads as the note's slogan
/// (giving the note's words with the quote's numerals), and where it is
/// printed. `None` when quotes spell it two ways, or when a note, the
/// glossary or `defined` defines the quote itself.
fn one_spelling(
    doc: &Document,
    quotes: &BodyQuotes,
    spells: impl Fn(&[char]) -> Option<String>,
    defined: impl Fn(&str) -> bool,
) -> Option<(String, String, Vec<Range<usize>>)> {
    let mut found: Option<(String, String)> = None;
    let mut uses = Vec::new();
    for (quote, body) in &quotes.0 {
        let Some(variant) = spells(body) else {
            continue;
        };
        let core: String = body.iter().collect();
        match &found {
            Some((key, _)) if *key != core => return None,
            Some(_) => {}
            None => found = Some((core, variant)),
        }
        uses.push(quote.clone());
    }
    let (key, variant) = found?;
    let elsewhere = doc.terms.iter().any(|t| {
        matches!(t.source, TermSource::Note(_) | TermSource::Glossary(_)) && t.key.contains(&key)
    });
    (!elsewhere && !defined(&key)).then_some((key, variant, uses))
}

/// The fewest characters of the word run a one-letter respelling changes
/// (`水同治`): in a shorter run one letter is a word of its own, and
/// `三区三线`, `三区三州` are two slogans.
const MIN_RESPELLED_RUN: usize = 3;

/// The body's one quoted spelling of `slogan` with other numerals and one
/// letter inside a run of words changed (`“六水共治”` for a note on
/// `五水同治`), read only when nothing spells the slogan otherwise: the
/// note's words with the body's numerals, and where it is printed. `None`
/// when quotes spell it two ways, when `taken` says another of the notes'
/// slogans is as near the quote, or something defines the quote itself.
pub(super) fn respelled_by_a_letter(
    doc: &Document,
    quotes: &BodyQuotes,
    slogan: &str,
    taken: impl Fn(&str) -> bool,
) -> Option<(String, String, Vec<Range<usize>>)> {
    let note: Vec<char> = normalize(slogan).chars().collect();
    // The cheap test first: only a slogan with a long enough run of words.
    if longest_word_run(&note) < MIN_RESPELLED_RUN {
        return None;
    }
    one_spelling(
        doc,
        quotes,
        |body| renumbered_by_a_letter(&note, body),
        taken,
    )
}

/// Whether the quote `key` spells `slogan` with a letter changed.
pub(super) fn near_by_a_letter(slogan: &str, key: &str) -> bool {
    let chars = |s: &str| normalize(s).chars().collect::<Vec<char>>();
    renumbered_by_a_letter(&chars(slogan), &chars(key)).is_some()
}

/// The most characters of one run of words between numerals.
fn longest_word_run(chars: &[char]) -> usize {
    chars
        .split(|c| is_numeral(*c))
        .map(<[char]>::len)
        .max()
        .unwrap_or(0)
}

/// Whether `body` spells `note` with other numerals at the same places and
/// one letter changed inside a run of [`MIN_RESPELLED_RUN`] words or more,
/// neither its first nor its last (`水同治`, `水共治`): the note's slogan with
/// the body's numerals when it does.
pub(super) fn renumbered_by_a_letter(note: &[char], body: &[char]) -> Option<String> {
    if note.len() != body.len() {
        return None;
    }
    let mut numeral_changed = false;
    let mut letter: Option<usize> = None;
    for (i, (n, b)) in note.iter().zip(body).enumerate() {
        match (is_numeral(*n), is_numeral(*b)) {
            (true, true) => numeral_changed |= n != b,
            (false, false) if n == b => {}
            (false, false) if letter.is_none() && is_han(*n) && is_han(*b) => letter = Some(i),
            _ => return None,
        }
    }
    let at = letter.filter(|_| numeral_changed)?;
    // The run of words holding the changed letter, with a letter on each side.
    let inside = |from: usize| note[from..].iter().take_while(|c| !is_numeral(**c)).count();
    let start = note[..at]
        .iter()
        .rposition(|c| is_numeral(*c))
        .map_or(0, |p| p + 1);
    let run = inside(start);
    let inner = at > start && at + 1 < start + run;
    (run >= MIN_RESPELLED_RUN && inner).then(|| {
        body.iter()
            .zip(note)
            .map(|(b, n)| if is_numeral(*b) { *b } else { *n })
            .collect()
    })
}

fn is_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || c == '双' || c.is_ascii_digit()
}

/// Whether `body` spells `note` with other numerals at the same places,
/// its words otherwise the same but for a short word added at the end or
/// left out there (after a word, not a numeral: `五个一批` is no `五个一`).
/// The note's slogan with the body's numerals when it does.
fn renumbered(note: &[char], body: &[char]) -> Option<String> {
    if body.len() + MAX_DROPPED < note.len() || note.len() + MAX_ADDED < body.len() {
        return None;
    }
    let common = note.len().min(body.len());
    if !note.iter().any(|c| !is_numeral(*c)) {
        return None;
    }
    let mut differs = false;
    for (n, b) in note[..common].iter().zip(&body[..common]) {
        match (is_numeral(*n), is_numeral(*b)) {
            (true, true) => differs |= n != b,
            (false, false) if n == b => {}
            _ => return None,
        }
    }
    if !differs {
        return None;
    }
    let words = |run: &[char], most: usize| {
        run.len() <= most && run.iter().all(|c| is_han(*c) && !is_numeral(*c))
    };
    let rest_is_word = match body.len().cmp(&note.len()) {
        std::cmp::Ordering::Equal => true,
        std::cmp::Ordering::Greater => {
            words(&body[common..], MAX_ADDED) && !is_numeral(note[common - 1])
        }
        std::cmp::Ordering::Less => {
            words(&note[common..], MAX_DROPPED) && !is_numeral(body[common - 1])
        }
    };
    rest_is_word.then(|| body[..common].iter().chain(&note[common..]).collect())
}

#[cfg(test)]
mod tests {
    use super::renumbered;

    fn read(note: &str, body: &str) -> Option<String> {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        renumbered(&chars(note), &chars(body))
    }

    #[test]
    fn numerals_anywhere_and_a_word_more_or_less_at_the_end() {
        assert_eq!(read("治四乱", "治五乱").as_deref(), Some("治五乱"));
        assert_eq!(
            read("两高速、三快速", "三高速、三快速").as_deref(),
            Some("三高速、三快速")
        );
        assert_eq!(read("三片", "四片共管").as_deref(), Some("四片"));
        assert_eq!(
            read("五大整治战", "六大整治").as_deref(),
            Some("六大整治战")
        );
    }

    fn by_a_letter(note: &str, body: &str) -> Option<String> {
        let chars = |s: &str| s.chars().collect::<Vec<char>>();
        super::renumbered_by_a_letter(&chars(note), &chars(body))
    }

    #[test]
    fn one_letter_inside_a_long_run_of_words_with_a_numeral_changed() {
        assert_eq!(
            by_a_letter("五水同治", "六水共治").as_deref(),
            Some("六水同治")
        );
        assert_eq!(
            by_a_letter("三山并育两河", "四山共育两河").as_deref(),
            Some("四山并育两河")
        );
    }

    #[test]
    fn a_letter_at_a_runs_edge_a_short_run_or_the_same_numerals_are_not() {
        // The same numerals: a spelling variant, nothing miscounted.
        assert_eq!(by_a_letter("五水同治", "五水共治"), None);
        // The last or first letter of a run names another thing.
        assert_eq!(by_a_letter("四大攻坚战", "五大攻坚行"), None);
        assert_eq!(by_a_letter("五水同治", "六火同治"), None);
        // Runs of two: `三区三线` and `四区三州` are other slogans.
        assert_eq!(by_a_letter("三区三线", "四区三州"), None);
        // Two letters changed.
        assert_eq!(by_a_letter("五水同治", "六水共建"), None);
    }

    #[test]
    fn same_numerals_other_words_or_a_counted_word_run_on_are_not() {
        assert_eq!(read("治四乱", "治四乱"), None);
        assert_eq!(read("治四乱", "管五乱"), None);
        assert_eq!(read("五个一", "六个一批"), None);
        assert_eq!(read("三片", "四片两带"), None);
        assert_eq!(read("五大整治战", "六大"), None);
        assert_eq!(read("三片", "四片共管联动区"), None);
    }
}
