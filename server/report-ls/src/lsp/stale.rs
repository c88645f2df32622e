//! Answering about a document from its last parsed version while its
//! newest text is parsed: positions are mapped between the two texts where
//! the text is the same, and not at all inside what changed.

use std::ops::Range;

use report_analysis::text::{common_prefix, common_suffix};
use ropey::Rope;

/// What changed between the parsed text and the newest one: one stretch,
/// between an unchanged start and an unchanged end (several edits make one
/// stretch from the first to the last).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shift {
    /// Bytes the two texts start with alike.
    prefix: usize,
    /// Bytes the two texts end with alike (not overlapping `prefix`).
    suffix: usize,
    old_len: usize,
    new_len: usize,
}

impl Shift {
    /// The shift between two strings: what [`Shift::between_rope`] must
    /// equal (the server has the newest text as a rope only).
    #[cfg(test)]
    pub fn between(old: &str, new: &str) -> Shift {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let mut prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        while !old.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let room = a.len().min(b.len()) - prefix;
        let suffix = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(room)
            .take_while(|(x, y)| x == y)
            .count();
        Shift::on_chars(old, prefix, suffix, new.len())
    }

    /// [`Shift::between`] the parsed text and the newest one as the rope
    /// edits are applied to: compared chunk by chunk, without copying the
    /// rope into a string (a hover during the parse of a megabyte paid for
    /// that copy and a line index of it).
    pub fn between_rope(old: &str, new: &Rope) -> Shift {
        let a = old.as_bytes();
        let mut prefix = 0;
        for chunk in new.chunks() {
            let b = chunk.as_bytes();
            let same = common_prefix(&a[prefix..], b);
            prefix += same;
            if same < b.len() {
                break;
            }
        }
        while !old.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let new_len = new.len_bytes();
        let room = a.len().min(new_len) - prefix;
        let mut suffix = 0;
        let (mut chunks, ..) = new.chunks_at_byte(new_len);
        while suffix < room {
            let Some(chunk) = chunks.prev() else {
                break;
            };
            let b = chunk.as_bytes();
            let same = common_suffix(&a[..a.len() - suffix], b).min(room - suffix);
            suffix += same;
            if same < b.len() {
                break;
            }
        }
        Shift::on_chars(old, prefix, suffix, new_len)
    }

    /// The shift for `prefix` bytes (on a character boundary already: the
    /// suffix is sought after it) and `suffix` bytes found alike, the suffix
    /// cut back to a character boundary of the parsed text.
    fn on_chars(old: &str, prefix: usize, mut suffix: usize, new_len: usize) -> Shift {
        while !old.is_char_boundary(old.len() - suffix) {
            suffix -= 1;
        }
        Shift {
            prefix,
            suffix,
            old_len: old.len(),
            new_len,
        }
    }

    /// The two texts are the same (an edit undone).
    fn unchanged(&self) -> bool {
        self.prefix == self.old_len && self.old_len == self.new_len
    }

    /// The parsed text's offset of `offset` in the newest one, when the
    /// characters on both sides of it are unchanged.
    pub fn to_old(&self, offset: usize) -> Option<usize> {
        if self.unchanged() {
            (offset <= self.new_len).then_some(offset)
        } else if offset < self.prefix {
            Some(offset)
        } else if offset > self.new_len - self.suffix && offset <= self.new_len {
            (offset + self.old_len).checked_sub(self.new_len)
        } else {
            None
        }
    }

    /// The newest text's range of a range of the parsed one, when the
    /// range lies in unchanged text.
    pub fn to_new(&self, range: &Range<usize>) -> Option<Range<usize>> {
        if self.unchanged() {
            (range.end <= self.old_len).then(|| range.clone())
        } else if range.end <= self.prefix {
            Some(range.clone())
        } else if range.start >= self.old_len - self.suffix && range.end <= self.old_len {
            let to_new = |o: usize| (o + self.new_len).checked_sub(self.old_len);
            Some(to_new(range.start)?..to_new(range.end)?)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rope's shift is the string's, for edits anywhere in a text of
    /// many chunks, of repeated characters, and for texts of other lengths.
    #[test]
    fn the_shift_against_a_rope_is_the_shift_against_its_text() {
        let base = "推进改革，深化开放。".repeat(400);
        let middle = base.len() / 2;
        let middle = (middle..base.len())
            .find(|&i| base.is_char_boundary(i))
            .unwrap_or(0);
        let mut edits = vec![
            base.clone(),
            String::new(),
            "推进".to_string(),
            format!("{base}再"),
            format!("再{base}"),
            base[..base.len() - 3].to_string(),
            base[3..].to_string(),
        ];
        for insert in ["，", "两", "a"] {
            let mut edited = base.clone();
            edited.insert_str(middle, insert);
            edits.push(edited);
        }
        let mut replaced = base.clone();
        replaced.replace_range(middle..middle + 3, "放");
        edits.push(replaced);
        for old in [base.as_str(), "", "推进改"] {
            for new in &edits {
                let mut rope = Rope::from_str(new);
                // Ropes edited in place split their chunks elsewhere.
                if new.len() > 10 {
                    let chars = rope.len_chars();
                    rope.remove(chars / 3..chars / 3 + 1);
                    let removed = new.chars().nth(chars / 3).unwrap_or(' ');
                    rope.insert_char(chars / 3, removed);
                }
                assert_eq!(rope.to_string(), *new);
                assert_eq!(Shift::between_rope(old, &rope), Shift::between(old, new));
            }
        }
    }

    #[test]
    fn offsets_before_and_after_an_insert_map_and_inside_it_do_not() {
        let old = "推进改革。深化开放。";
        let new = "推进改革，再改革。深化开放。";
        let shift = Shift::between(old, new);
        // `推进` is before the change.
        assert_eq!(shift.to_old(3), Some(3));
        assert_eq!(shift.to_new(&(0..6)), Some(0..6));
        // `开放` is after it, 6 bytes later in the new text.
        let at = new.find("开放").unwrap();
        assert_eq!(shift.to_old(at), Some(old.find("开放").unwrap()));
        let old_range = old.find("开放").unwrap()..old.find("开放").unwrap() + 6;
        assert_eq!(shift.to_new(&old_range), Some(at..at + 6));
        // The changed stretch, and a range running into it, do not map.
        assert_eq!(shift.to_old(new.find("再").unwrap()), None);
        assert_eq!(shift.to_new(&(6..15)), None);
    }

    #[test]
    fn a_change_inside_a_character_keeps_to_character_boundaries() {
        // `改` and `放` share their first bytes: the alike start must not
        // end inside a character.
        let shift = Shift::between("推进改", "推进放");
        assert_eq!(shift.to_old(6), None);
        assert_eq!(shift.to_old(3), Some(3));
        assert_eq!(shift.to_new(&(6..9)), None);
    }

    #[test]
    fn a_deletion_maps_the_text_after_it_back() {
        let old = "推进改革，再改革。深化开放。";
        let new = "推进改革。深化开放。";
        let shift = Shift::between(old, new);
        let at = new.find("开放").unwrap();
        assert_eq!(shift.to_old(at), Some(old.find("开放").unwrap()));
        let start = old.find("开放").unwrap();
        assert_eq!(shift.to_new(&(start..start + 6)), Some(at..at + 6));
    }

    #[test]
    fn the_same_text_maps_everything() {
        let shift = Shift::between("推进", "推进");
        assert_eq!(shift.to_old(6), Some(6));
        assert_eq!(shift.to_old(0), Some(0));
        assert_eq!(shift.to_new(&(0..6)), Some(0..6));
    }
}
