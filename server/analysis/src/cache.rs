//! Results per paragraph, kept from one version of a document to the next.
//!
//! Typing changes one paragraph; the others give the same markers, slogans
//! and term matches as before. A parse reuses those (offsets are stored
//! relative to the paragraph) and recomputes only what changed, so a keystroke
//! in a 1 MB report costs about what the changed paragraph does plus a few
//! linear passes. The result is the same as a parse from scratch.

use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use crate::markers::{Enumeration, Marker};

/// A slogan found in a paragraph, relative to its start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SloganAt {
    pub key: String,
    pub display: String,
    pub range: Range<usize>,
}

/// Markers and enumerations of a paragraph, relative to its start.
pub type MarkerFacts = (Vec<Marker>, Vec<Enumeration>);

/// Term matches of a paragraph: (pattern index, relative range).
pub type Matches = Vec<(usize, Range<usize>)>;

/// A map keyed by [`TextKey`]s (alone or with a flag or a fingerprint),
/// hashed with [`KeyHasher`].
pub type KeyMap<K, V> = hashbrown::HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// What paragraphs gave, by a hash of their text.
#[derive(Clone, Debug, Default)]
pub struct ParagraphCache {
    /// Whether to keep results for a next version (off for one-off parses).
    pub(crate) keep: bool,
    pub(crate) markers: KeyMap<TextKey<bool>, Arc<MarkerFacts>>,
    pub(crate) slogans: KeyMap<TextKey, Arc<Vec<SloganAt>>>,
    /// Keyed also by the fingerprint of the pattern list they were found with.
    pub(crate) matches: KeyMap<TextKey<u64>, Arc<Matches>>,
    pub(crate) figures: KeyMap<TextKey, Arc<Vec<crate::figures::Figure>>>,
    pub(crate) brackets: KeyMap<TextKey, Arc<Brackets>>,
    pub(crate) cues: KeyMap<TextKey<bool>, Arc<crate::cues::Cues>>,
    pub(crate) bare_lists: KeyMap<TextKey, Arc<crate::lists::LineLists>>,
    pub(crate) line_slogans: KeyMap<TextKey, Arc<Vec<crate::checks::LineSlogan>>>,
    /// Keyed by a note's term, aliases and explanation.
    pub(crate) note_slogans: KeyMap<TextKey, Arc<crate::checks::NoteSlogans>>,
    /// The text before the fold, when anything was folded (else it is the
    /// model's text): the next version refolds only its edited lines.
    pub(crate) fold_input: Option<String>,
    /// The terms' keys and what matches them.
    pub(crate) term_automaton: Option<(Vec<String>, Arc<crate::term_matcher::TermMatcher>)>,
    /// Every line's text, shared by the per-line maps above (see
    /// [`LineTexts`]).
    pub(crate) line_texts: KeyMap<TextKey, ()>,
}

impl ParagraphCache {
    /// An empty cache with room for as many entries per map as `old`
    /// holds: a keystroke's cache refills to about the previous one's size,
    /// and growing every map from empty rehashed each entry several times.
    pub(crate) fn sized_like(keep: bool, old: Option<&ParagraphCache>) -> Self {
        fn room<K, V>(old: Option<&KeyMap<K, V>>) -> KeyMap<K, V> {
            KeyMap::with_capacity_and_hasher(old.map_or(0, KeyMap::len), Default::default())
        }
        ParagraphCache {
            keep,
            markers: room(old.map(|o| &o.markers)),
            slogans: room(old.map(|o| &o.slogans)),
            matches: room(old.map(|o| &o.matches)),
            figures: room(old.map(|o| &o.figures)),
            brackets: room(old.map(|o| &o.brackets)),
            cues: room(old.map(|o| &o.cues)),
            bare_lists: room(old.map(|o| &o.bare_lists)),
            line_slogans: room(old.map(|o| &o.line_slogans)),
            note_slogans: room(old.map(|o| &o.note_slogans)),
            fold_input: None,
            term_automaton: None,
            line_texts: room(old.map(|o| &o.line_texts)),
        }
    }
}

/// Hashes a cache key from the [`text_hash`] it carries (and the flag or
/// fingerprint beside it), with the same mixing: that hash is already
/// spread over 64 bits, and SipHash over it again was a seventh of a
/// keystroke. It resists collisions no worse than before, since two texts
/// of one `text_hash` collided under SipHash too ([`TextKey`] compares
/// the texts).
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyHasher(u64);

impl KeyHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(MIX);
    }
}

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.mix(u64::from(byte));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.mix(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }
}

/// FxHash's multiplier: odd, with its bits spread, so that one multiply
/// carries each input bit into the high bits the table indexes by.
const MIX: u64 = 0x517c_c1b7_2722_0a95;

/// The quotes, title marks and parentheses of a paragraph, relative to it.
pub type Brackets = Vec<(usize, char)>;

/// One paragraph's brackets, with the paragraph's place in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphBrackets {
    pub paragraph: Range<usize>,
    pub brackets: Arc<Brackets>,
}

/// A paragraph's text as a cache key, with what else its result depends
/// on (`extra`: a flag, a fingerprint, or nothing): hashed by
/// [`text_hash`], equal only when the texts are. A 64-bit hash alone was
/// trusted once, and two paragraphs with the same hash (easy to make)
/// shared their findings.
///
/// The text is shared: an unchanged paragraph's key moves from one
/// version's cache to the next as a reference count, and is looked up
/// with a [`TextQuery`] that borrows the new text, so a keystroke copies
/// and frees only the keys of the paragraphs it changed.
#[derive(Clone, Debug)]
pub struct TextKey<X = ()> {
    hash: u64,
    text: Arc<str>,
    extra: X,
}

/// A [`TextKey`] to look up with, borrowing its text.
#[derive(Clone, Copy, Debug)]
pub struct TextQuery<'t, X = ()> {
    hash: u64,
    text: &'t str,
    extra: X,
    /// The text as this version's [`LineTexts`] shares it: a key holding
    /// the same allocation holds the same text, with no bytes compared.
    shared: Option<&'t Arc<str>>,
}

impl<'t, X: Copy> TextQuery<'t, X> {
    pub fn new(text: &'t str, extra: X) -> Self {
        TextQuery {
            hash: text_hash(text),
            text,
            extra,
            shared: None,
        }
    }

    /// The owned key, for a text not cached before.
    pub fn to_key(self) -> TextKey<X> {
        TextKey {
            hash: self.hash,
            text: self.shared.map_or_else(|| self.text.into(), Arc::clone),
            extra: self.extra,
        }
    }
}

impl<'t> TextQuery<'t> {
    /// A query by the text alone.
    pub fn of(text: &'t str) -> Self {
        TextQuery::new(text, ())
    }
}

impl<X: PartialEq> PartialEq for TextKey<X> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash
            && self.extra == other.extra
            && (Arc::ptr_eq(&self.text, &other.text) || self.text == other.text)
    }
}

impl<X: Eq> Eq for TextKey<X> {}

impl<X: Hash> Hash for TextKey<X> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
        self.extra.hash(state);
    }
}

// A query hashes as the key it stands for, and equals it when the texts
// and the extras do.
impl<X: Hash> Hash for TextQuery<'_, X> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
        self.extra.hash(state);
    }
}

impl<X: PartialEq> hashbrown::Equivalent<TextKey<X>> for TextQuery<'_, X> {
    fn equivalent(&self, key: &TextKey<X>) -> bool {
        self.hash == key.hash
            && self.extra == key.extra
            && (self.shared.is_some_and(|s| Arc::ptr_eq(s, &key.text)) || *key.text == *self.text)
    }
}

/// Each line's text of one version, hashed and compared with the previous
/// version's once. Five per-line maps (markers, brackets, cues, figures,
/// lists) look a line up by it: each hashed and compared the line's bytes
/// again, five passes over the text at every keystroke. A key made from a
/// line's query shares the line's allocation, so a later version's lookup
/// of an unchanged line is a pointer comparison.
#[derive(Debug, Default)]
pub struct LineTexts {
    /// By line: its content's start and end, hash and shared text.
    lines: Vec<(Range<usize>, u64, Arc<str>)>,
    /// Where the last query was answered: the scans go line by line, so
    /// the next query is nearly always at the next line.
    last: std::cell::Cell<usize>,
}

impl LineTexts {
    /// The lines' contents of `text`, shared with `old`'s where the same.
    /// Nothing when nothing is cached (a one-off parse).
    pub fn intern(
        text: &str,
        lines: &[crate::lines::Line],
        old: Option<&ParagraphCache>,
        new: &mut ParagraphCache,
    ) -> Self {
        if !new.keep && old.is_none() {
            return LineTexts::default();
        }
        let mut interned = Vec::with_capacity(lines.len());
        for line in lines.iter().filter(|l| l.content.start < l.content.end) {
            let query = TextQuery::of(&text[line.content.clone()]);
            // (A line repeated in this version and new to it gets a second
            // allocation: found the slow way, by its bytes.)
            let known = old.and_then(|o| o.line_texts.get_key_value(&query));
            let shared = match known {
                Some((key, ())) => Arc::clone(&key.text),
                None => Arc::from(query.text),
            };
            if new.keep {
                new.line_texts.insert(
                    TextKey {
                        hash: query.hash,
                        text: Arc::clone(&shared),
                        extra: (),
                    },
                    (),
                );
            }
            interned.push((line.content.clone(), query.hash, shared));
        }
        LineTexts {
            lines: interned,
            last: Default::default(),
        }
    }

    /// The query for `text[range]`: by its line's shared text when `range`
    /// is a whole line's content, else hashed afresh.
    pub fn query<'t, X: Copy>(
        &'t self,
        text: &'t str,
        range: Range<usize>,
        extra: X,
    ) -> TextQuery<'t, X> {
        let last = self.last.get();
        let at = [last, last + 1]
            .into_iter()
            .find(|&i| {
                self.lines
                    .get(i)
                    .is_some_and(|(r, _, _)| r.start == range.start)
            })
            .unwrap_or_else(|| {
                self.lines
                    .partition_point(|(r, _, _)| r.start < range.start)
            });
        self.last.set(at);
        match self.lines.get(at) {
            Some((r, hash, shared)) if *r == range => TextQuery {
                hash: *hash,
                text: &text[range],
                extra,
                shared: Some(shared),
            },
            _ => TextQuery::new(&text[range], extra),
        }
    }
}

/// The hash a paragraph's text is cached under: eight bytes at a time
/// (FxHash's mixing), since every paragraph is hashed on every keystroke.
/// Not collision-resistant: [`TextKey`] compares the text on a hit.
pub fn text_hash(text: &str) -> u64 {
    const K: u64 = MIX;
    let bytes = text.as_bytes();
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    (hash.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(K)
}

/// Looks a paragraph's key up in the new cache, then the old one, else
/// computes the value. With `keep`, the entry ends up in the new cache (so
/// entries of vanished paragraphs go), under the old entry's key when there
/// was one; without it and without an old cache, nothing is hashed or
/// stored: a one-off parse pays nothing for caching.
pub fn reuse<'t, X: Hash + Eq + Copy, V>(
    keep: bool,
    old: Option<&KeyMap<TextKey<X>, Arc<V>>>,
    new: &mut KeyMap<TextKey<X>, Arc<V>>,
    query: impl FnOnce() -> TextQuery<'t, X>,
    compute: impl FnOnce() -> V,
) -> Arc<V> {
    if !keep && old.is_none() {
        return Arc::new(compute());
    }
    let query = query();
    // The previous version first: most paragraphs are unchanged, and one
    // seen twice in this version is found there too (its insert below
    // keeps the first key).
    let (key, value) = match old.and_then(|o| o.get_key_value(&query)) {
        Some((key, value)) => (keep.then(|| key.clone()), Arc::clone(value)),
        None => match new.get(&query) {
            Some(v) => return Arc::clone(v),
            None => (keep.then(|| query.to_key()), Arc::new(compute())),
        },
    };
    if let Some(key) = key {
        new.insert(key, Arc::clone(&value));
    }
    value
}

/// Shifts a range by `by` bytes.
pub fn shift(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

/// Paragraphs for matching terms: lines joined while a line does not end a
/// sentence, so a word broken across lines by a PDF export still matches.
pub fn logical_paragraphs(
    text: &str,
    lines: &[crate::lines::Line],
    regions: &[Range<usize>],
) -> Vec<Range<usize>> {
    const MAX_LINES: usize = 12;
    let mut out = Vec::new();
    for region in regions {
        let first = lines.partition_point(|l| l.range.end < region.start);
        let mut current: Option<Range<usize>> = None;
        let mut joined = 0;
        for line in lines[first..]
            .iter()
            .take_while(|l| l.range.start < region.end)
        {
            let content = line.content.start.max(region.start)..line.content.end.min(region.end);
            if content.start >= content.end {
                if let Some(c) = current.take() {
                    out.push(c);
                }
                continue;
            }
            let range = match current.take() {
                Some(c) => c.start..content.end,
                None => {
                    joined = 0;
                    content.clone()
                }
            };
            joined += 1;
            let ends_sentence = text[content]
                .trim_end()
                .ends_with(['。', '！', '？', '；', '!', '?', ';', '”', '…', '：', ':']);
            if ends_sentence || joined >= MAX_LINES {
                out.push(range);
            } else {
                current = Some(range);
            }
        }
        if let Some(c) = current {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split_lines;

    fn version(text: &str, old: Option<&ParagraphCache>) -> (ParagraphCache, LineTexts) {
        let mut cache = ParagraphCache::sized_like(true, old);
        let lines = split_lines(text);
        let texts = LineTexts::intern(text, &lines, old, &mut cache);
        (cache, texts)
    }

    #[test]
    fn an_unchanged_line_is_found_by_its_shared_text() {
        let first = "甲县新建公园5个。\n乙县改造道路12公里。\n";
        let (cache, texts) = version(first, None);
        let mut figures: KeyMap<TextKey, Arc<u32>> = KeyMap::default();
        let line = first.find('乙').expect("second line");
        let range = line..first.len() - 1;
        figures.insert(texts.query(first, range, ()).to_key(), Arc::new(7));

        // The first line is edited; the second is the same text at
        // another offset.
        let second = "甲县新建公园6个，口袋公园3个。\n乙县改造道路12公里。\n";
        let (_, next) = version(second, Some(&cache));
        let at = second.find('乙').expect("second line");
        let query = next.query(second, at..second.len() - 1, ());
        let (key, value) = figures.get_key_value(&query).expect("found");
        assert_eq!(**value, 7);
        assert!(query.shared.is_some_and(|s| Arc::ptr_eq(s, &key.text)));
        // The edited line is a text of its own.
        let edited = next.query(second, 0..second.find('\n').expect("a line"), ());
        assert!(figures.get(&edited).is_none());
    }

    #[test]
    fn part_of_a_line_is_hashed_afresh_and_compared_by_its_bytes() {
        let text = "注释：①三网：路网、水网、电网。\n";
        let (_, texts) = version(text, None);
        let start = text.find('①').expect("a marker");
        let query = texts.query(text, start..text.len() - 1, ());
        assert!(query.shared.is_none());
        let mut map: KeyMap<TextKey, Arc<u32>> = KeyMap::default();
        map.insert(
            TextQuery::of(&text[start..text.len() - 1]).to_key(),
            Arc::new(1),
        );
        assert!(map.get(&query).is_some());
    }

    #[test]
    fn a_one_off_parse_interns_nothing() {
        let mut cache = ParagraphCache::sized_like(false, None);
        let text = "甲县新建公园5个。\n";
        let texts = LineTexts::intern(text, &split_lines(text), None, &mut cache);
        assert!(texts.lines.is_empty() && cache.line_texts.is_empty());
    }
}
