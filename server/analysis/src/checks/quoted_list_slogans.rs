//! `抓好“甲一批、乙一批、丙一批”三个一批`, `实行“洗扫、洒水、冲洗”三位一体
//! 作业`: an unquoted slogan of one part right after a quoted `、` list,
//! which spells its things out. The quotes hold the list as the slogan's
//! own words, so a list as long as the numeral confirms it; a list of
//! another length refutes it only when every item carries the counted
//! word (the quoted names may otherwise be anything the slogan is said
//! of), and a count of things (`四个一批`) is the count rule's to refute.

use std::sync::LazyLock;

use memchr::memmem;

use super::slogans::LineSlogan;
use crate::chars::{chinese_digit, is_han};
use crate::slogan_count::{SloganCount, parse_slogan};

/// The most characters taken as the slogan after the closing quote: a
/// numeral, a measure word and a short word (`三个一批`, `五位一体`); what
/// follows names the undertaking (`…作业`, `“百大项目”`).
const SLOGAN_CHARS: usize = 4;

/// The fewest and most characters of each quoted name.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=8;

/// The fewest characters of a counted word that, carried by every quoted
/// name, makes a list of another length a refutation: a word of one
/// character is carried by too much.
const MIN_CARRIED_WORD: usize = 2;

/// The slogans of `line` right after a quoted list. Offsets are relative to
/// `line`; `open` is the slogan's first character.
pub(super) fn quoted_list_slogans(line: &str) -> Vec<LineSlogan> {
    let mut out = Vec::new();
    // (A byte search for the closing quote's three bytes: `str::find` with
    // a char looks for its last byte, which most Han characters share.)
    static CLOSING: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("”"));
    for close in CLOSING.find_iter(line.as_bytes()) {
        let start = close + '”'.len_utf8();
        let len: usize = line[start..]
            .chars()
            .take_while(|c| is_han(*c))
            .take(SLOGAN_CHARS)
            .map(char::len_utf8)
            .sum();
        let slogan = &line[start..start + len];
        // A numeral of two or more opens it (`一批`, `十`, `第` are no count
        // of the names).
        let several = slogan
            .chars()
            .next()
            .is_some_and(|c| c == '双' || chinese_digit(c).is_some_and(|n| (2..=9).contains(&n)));
        if !several || slogan.chars().count() < 2 {
            continue;
        }
        // (The count after the quote first: most quotes close none.)
        let Some(open) = line[..close].rfind('“') else {
            continue;
        };
        let list_start = open + '“'.len_utf8();
        let list = &line[list_start..close];
        let Some(names) = plain_names(list) else {
            continue;
        };
        let Some(parts) = parse_slogan(slogan) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            continue;
        };
        // A count of things (`四个一批`) after its names is the count
        // rule's to report.
        let carried = !part.measured()
            && part.words[0].chars().count() >= MIN_CARRIED_WORD
            && names
                .iter()
                .all(|n| n.matches(part.words[0].as_str()).count() == 1);
        let reading = if names.len() == part.numeral as usize {
            SloganCount::Holds
        } else if carried {
            SloganCount::Differs(vec![Some(names.len())])
        } else {
            continue;
        };
        out.push(LineSlogan {
            open: start,
            inner: start..start + len,
            definition: list_start..close,
            parts,
            reading,
        });
    }
    out
}

/// The names of a quoted list: two or more `、` items, each all Han
/// characters of [`NAME_CHARS`], with no `等` leaving it open.
fn plain_names(list: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> = list.split('、').collect();
    let plain = |name: &&str| {
        NAME_CHARS.contains(&name.chars().count())
            && name.chars().all(is_han)
            && !name.contains('等')
    };
    (names.len() >= 2 && names.iter().all(plain)).then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_after_a_quoted_list_of_names() {
        let line = "他说“好”，推进“甲城、乙城、丙城”三城建设，“丁”也是。";
        let read = quoted_list_slogans(line);
        assert_eq!(read.len(), 1);
        assert_eq!(read[0].reading, SloganCount::Holds);
        assert_eq!(&line[read[0].definition.clone()], "甲城、乙城、丙城");
        // Two names, each carrying the counted word, under a count of
        // three: the list says two.
        let short = quoted_list_slogans("推进“甲新城、乙新城”三新城，再议。");
        assert_eq!(short.len(), 1);
        assert_eq!(short[0].reading, SloganCount::Differs(vec![Some(2)]));
        // No count after the quote: nothing.
        assert!(quoted_list_slogans("推进“甲城、乙城”建设。").is_empty());
    }
}
