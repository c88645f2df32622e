//! `“十大行动”：实施A、B等4个重点领域行动，配套实施C、D等6个保障行动`:
//! a note that counts a slogan's things in groups, each clause naming one
//! group by its count and the counted word. The groups add up to the
//! slogan's numeral when it holds; they only ever confirm it (a count in a
//! clause may be of something else, so a sum that differs says nothing).

use super::SloganPart;
use crate::slogan_codes::written_counts;

/// Whether the groups a definition counts add up to the slogan's numeral:
/// a slogan of one counted word (`十大行动`), two groups or more, every
/// clause carrying the word naming exactly one count.
pub(super) fn counted_in_groups(parts: &[SloganPart], definition: &str) -> bool {
    let [part] = parts else {
        return false;
    };
    let [word] = part.words.as_slice() else {
        return false;
    };
    if part.numeral < 3 || word.chars().count() < 2 || !definition.contains(word.as_str()) {
        return false;
    }
    let mut groups = 0;
    let mut sum = 0;
    for clause in definition.split(['，', '；', '。', ',', ';']) {
        if !clause.contains(word.as_str()) {
            continue;
        }
        let [n] = written_counts(clause)[..] else {
            return false;
        };
        groups += 1;
        sum += n;
    }
    groups >= 2 && sum == part.numeral as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slogan_count::parse_slogan;

    fn holds(slogan: &str, definition: &str) -> bool {
        counted_in_groups(&parse_slogan(slogan).unwrap(), definition)
    }

    #[test]
    fn groups_adding_up_confirm() {
        let two = "实施甲、乙等3个领域行动，配套实施丙、丁等4个保障行动。";
        assert!(holds("七大行动", two));
        assert!(!holds("八大行动", two));
        // One group, or a clause of the word with no count of its own.
        assert!(!holds("三大行动", "实施甲、乙、丙等3个领域行动。"));
        assert!(!holds(
            "七大行动",
            "实施3个领域行动，推进保障行动，新增4个行动。"
        ));
    }
}
