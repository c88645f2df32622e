//! `三创四建：创新、创业和创建甲城、乙城，建设甲、建设乙…`: each part's word
//! opens its own items, in the slogan's order, and a piece opening with no
//! part's word is one more object of the item before it (`创建甲城、乙城`
//! creates two cities: one item). A confirming reading only: it says a
//! slogan holds, never that it does not.

use super::*;

/// The fewest parts read this way: one part is the flat readings' job.
const MIN_PARTS: usize = 2;

/// What may open the list before its first item (`即：`, `是指`).
const LIST_OPENERS: &[char] = &['即', '指', '是', '：', ':'];

/// Whether the items opening with each part's word, from the first such
/// item on, number as the slogan says.
pub(super) fn counted_by_openings(parts: &[SloganPart], definition: &str) -> bool {
    if parts.len() < MIN_PARTS {
        return false;
    }
    let mut counts = vec![0usize; parts.len()];
    // The part whose items are being read; `None` before the first.
    let mut current: Option<usize> = None;
    for piece in pieces(definition, &['、', '，', ',', '和', '及', '与']) {
        // (`即创新`: the word that opens the list is no item's.)
        let piece = piece
            .trim_matches(|c: char| is_space(c) || is_quote(c))
            .trim_start_matches(LIST_OPENERS);
        let opens = parts
            .iter()
            .position(|p| p.words.iter().any(|w| piece.starts_with(w.as_str())));
        match (opens, current) {
            // A part's items follow the part before it's, never go back.
            (Some(k), Some(c)) if k < c => return false,
            (Some(k), _) => {
                counts[k] += 1;
                current = Some(k);
            }
            // The lead before the list, or an object of the item before.
            (None, _) => {}
        }
    }
    current.is_some()
        && counts
            .iter()
            .zip(parts)
            .all(|(n, p)| *n == p.numeral as usize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slogan_count::parse_slogan;

    fn holds(slogan: &str, definition: &str) -> bool {
        counted_by_openings(&parse_slogan(slogan).unwrap(), definition)
    }

    #[test]
    fn objects_after_an_opened_item_are_its_own() {
        let list = "即创新、创业和创建甲城市、乙城市，建设甲体系，建设乙体系，建设丙体系。";
        assert!(holds("三创三建", list));
        // Another numeral is no reading of this kind (the others decide).
        assert!(!holds("四创三建", list));
        assert!(!holds("三创四建", list));
        // A part's item after the next part's: not this layout.
        assert!(!holds("两创两建", "创新、建设甲体系、创业、建设乙体系。"));
    }
}
