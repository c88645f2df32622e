//! Body markers (`⑩`, `［1］`, `¹`, `[^1]`) told apart from enumerations
//! (`①…⑩` runs that number the clauses of a list).

use std::ops::Range;

use crate::chars::{circled_value, digit_value, ends_clause, is_space, superscript_value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkerStyle {
    /// `⑩`
    Circled,
    /// `［1］`
    FullWidthBracket,
    /// `[1]`
    Bracket,
    /// `【1】`
    Lenticular,
    /// `〔1〕`
    Tortoise,
    /// `¹²`
    Superscript,
    /// Markdown `[^1]`
    Footnote,
    /// A plain number glued to a note's term (`“1+5”专项整治1初见成效`).
    BareDigit,
    /// `（1）` glued to a word, in a report whose notes are numbered `（1）`.
    Parenthesized,
    /// `（注1）`, `［注1］`: the number labelled with 注, in any bracket.
    Labelled,
    /// `两网融合*`: a star after the term of an unnumbered note written
    /// `*两网融合：…`; it points at its note by the term before it.
    Star,
}

impl MarkerStyle {
    pub fn name(self) -> &'static str {
        match self {
            MarkerStyle::Circled => "circled",
            MarkerStyle::FullWidthBracket => "fullwidth-bracket",
            MarkerStyle::Bracket => "bracket",
            MarkerStyle::Lenticular => "lenticular",
            MarkerStyle::Tortoise => "tortoise-bracket",
            MarkerStyle::Superscript => "superscript",
            MarkerStyle::Footnote => "footnote",
            MarkerStyle::BareDigit => "bare-digit",
            MarkerStyle::Parenthesized => "parenthesized",
            MarkerStyle::Labelled => "labelled",
            MarkerStyle::Star => "star",
        }
    }
}

/// A marker in the body pointing at a note by number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub number: u32,
    pub style: MarkerStyle,
    pub range: Range<usize>,
    /// Index of the note it points at, once resolved.
    pub note: Option<usize>,
}

impl Marker {
    /// The name a Markdown footnote marker points at its note by
    /// (`[^sanwang]`); numbered markers have none.
    pub fn name<'a>(&self, text: &'a str) -> Option<&'a str> {
        if self.style != MarkerStyle::Footnote {
            return None;
        }
        footnote_name(text.get(self.range.clone())?)
    }
}

/// A run of enumerators `①②③…` numbering the clauses of one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enumeration {
    /// Each enumerator's number and range.
    pub items: Vec<(u32, Range<usize>)>,
    /// The paragraph holding them.
    pub paragraph: Range<usize>,
}

/// What [`scan_paragraph`] finds in one paragraph.
#[derive(Default)]
pub struct Found {
    pub markers: Vec<Marker>,
    pub enumerations: Vec<Enumeration>,
}

/// The character before `offset` in `paragraph`, skipping white space.
fn previous_char(text: &str, paragraph_start: usize, offset: usize) -> Option<char> {
    text[paragraph_start..offset]
        .chars()
        .rev()
        .find(|&c| !is_space(c))
}

/// Whether an enumerator after `previous` (the character before it, white
/// space skipped) would start a clause.
fn starts_clause(previous: Option<char>) -> bool {
    match previous {
        None => true,
        Some(c) => ends_clause(c) || matches!(c, '（' | '(' | '、'),
    }
}

/// Where a character that may be a marker starts, in order: circled
/// numbers and superscripts open with C2, E2 or E3, full-width brackets
/// with EF or E3, and `[` and `(` are themselves. memchr finds them; the rest of the
/// paragraph is skipped undecoded, which keeps this cheap per keystroke.
fn marker_leads(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut wide = memchr::memchr3_iter(0xE2, 0xE3, 0xEF, bytes)
        .filter(|&at| wide_may_open_marker(&bytes[at..]))
        .peekable();
    let mut rare = memchr::memchr3_iter(0xC2, b'[', b'(', bytes).peekable();
    std::iter::from_fn(move || match (wide.peek(), rare.peek()) {
        (Some(w), Some(r)) if r < w => rare.next(),
        (Some(_), _) => wide.next(),
        (None, _) => rare.next(),
    })
}

/// Whether the three-byte character opening `bytes` (lead E2, E3 or EF)
/// may be a marker's first: a superscript (E2 81), a circled or
/// parenthesized number (E2 91, 92, 9D, 9E; E3 88, 89, 8A), `【` or `〔`
/// (E3 80 90, 94), `（` or `［` (EF BC 88, BB). The commas, stops and
/// quotes that make most of these bytes are passed over undecoded.
fn wide_may_open_marker(bytes: &[u8]) -> bool {
    matches!(
        (bytes.first(), bytes.get(1), bytes.get(2)),
        (Some(0xE2), Some(0x81 | 0x91 | 0x92 | 0x9D | 0x9E), _)
            | (Some(0xE3), Some(0x88..=0x8A), _)
            | (Some(0xE3), Some(0x80), Some(0x90 | 0x94))
            | (Some(0xEF), Some(0xBC), Some(0x88 | 0xBB))
    )
}

/// Markers and enumerations of one paragraph. In `notes_only_lists` mode
/// (inside the notes section) circled numbers are only read as lists.
pub fn scan_paragraph(
    text: &str,
    paragraph: Range<usize>,
    notes_only_lists: bool,
    found: &mut Found,
) {
    let slice = &text[paragraph.clone()];
    let base = paragraph.start;
    let first_new = found.markers.len();
    let mut circled = CircledRuns::new(text, paragraph.clone(), notes_only_lists);
    // Where the paragraph's first parenthesis opens, found once and only
    // for a circled number past ①: before it, no parenthesized number can
    // open a list the circled one goes on.
    let mut first_paren: Option<Option<usize>> = None;
    let mut iter = marker_leads(slice.as_bytes())
        .filter_map(|i| Some((i, slice.get(i..)?.chars().next()?)))
        .peekable();
    while let Some((i, c)) = iter.next() {
        let at = base + i;
        if let Some(n) = circled_value(c) {
            let previous = previous_char(text, base, at);
            // `硫＠①`: a placeholder for a glyph the source could not show.
            if matches!(previous, Some('＠' | '@')) {
                continue;
            }
            // `(1)甲院迁建②乙院…`: a list switching its numbering's style;
            // the number before it, in parentheses, opens the list.
            if n > 1
                && let Some(paren) =
                    *first_paren.get_or_insert_with(|| slice.find(['(', '（']).map(|p| base + p))
                && paren < at
            {
                let window_start = crate::text::ceil_char_boundary(
                    text,
                    at.saturating_sub(MAX_LIST_ITEM_BYTES).max(paren),
                );
                if crate::chars::holds_parenthesized(&text[window_start..at], n - 1) {
                    continue;
                }
            }
            circled.push(n, at..at + c.len_utf8(), starts_clause(previous), found);
            continue;
        }
        if notes_only_lists {
            continue;
        }
        if superscript_value(c).is_some() {
            let glued = previous_char(text, base, at).is_some_and(|p| {
                !p.is_ascii_alphanumeric() && !is_space(p) && superscript_value(p).is_none()
            });
            let mut end = at + c.len_utf8();
            let mut number = superscript_value(c).unwrap_or(0);
            while let Some(&(j, d)) = iter.peek() {
                match superscript_value(d).filter(|_| base + j == end) {
                    Some(v) => {
                        number = number.saturating_mul(10).saturating_add(v);
                        end += d.len_utf8();
                        iter.next();
                    }
                    None => break,
                }
            }
            if glued && number > 0 && number <= 999 {
                found.markers.push(Marker {
                    number,
                    style: MarkerStyle::Superscript,
                    range: at..end,
                    note: None,
                });
            }
            continue;
        }
        if matches!(c, '［' | '[' | '【' | '〔' | '（' | '(') {
            bracketed(text, base, at, paragraph.end, &mut found.markers);
        }
    }
    circled.finish(found);
    if !notes_only_lists {
        markup_superscripts(text, paragraph, found);
    }
    // In order already unless the paragraph mixes circled numbers with
    // other markers: the stable sort would allocate a scratch copy first.
    let new = &mut found.markers[first_new..];
    if !new.is_sorted_by_key(|m| m.range.start) {
        new.sort_by_key(|m| m.range.start);
    }
    fill_marker_ranges(text, &mut found.markers, first_new);
}

/// Superscripts written in markup, as a converter leaves a document's
/// superscript numbers: Pandoc's `^1^` and HTML's `<sup>1</sup>`, glued
/// to words. After a Latin letter or a digit they are a power or a
/// unit's (`m<sup>2</sup>`, `10^6^`), not a marker. (`<sup>[1]</sup>` is
/// the bracketed marker inside, read as such.)
fn markup_superscripts(text: &str, paragraph: Range<usize>, found: &mut Found) {
    let slice = &text[paragraph.clone()];
    let mut last_end = 0;
    for i in memchr::memchr2_iter(b'^', b'<', slice.as_bytes()) {
        let rest = &slice[i..];
        let (inner, close) = if let Some(inner) = rest.strip_prefix('^') {
            (inner, "^")
        } else if let Some(inner) = rest.strip_prefix("<sup>") {
            (inner, "</sup>")
        } else {
            continue;
        };
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=3).contains(&digits) || !inner[digits..].starts_with(close) {
            continue;
        }
        let at = paragraph.start + i;
        let glued = previous_char(text, paragraph.start, at)
            .is_some_and(|p| !p.is_ascii_alphanumeric() && !is_space(p) && p != '[' && p != '^');
        let number: u32 = inner[..digits].parse().unwrap_or(0);
        let end = at + rest.len() - inner.len() + digits + close.len();
        // Markers' ranges part (`^1^2^` is one marker, then a caret). No
        // other marker lies inside: their first characters are none of
        // these ASCII ones.
        if glued && number > 0 && at >= last_end {
            last_end = end;
            found.markers.push(Marker {
                number,
                style: MarkerStyle::Superscript,
                range: at..end,
                note: None,
            });
        }
    }
}

/// The most notes one range of markers (`①-⑤`) may stand for.
const MAX_MARKER_RANGE: u32 = 20;

/// `“甲”“乙”“丙”①-③`: two markers of one style joined by a dash point at
/// the notes between them too. Each number between is a marker written by
/// the dash.
fn fill_marker_ranges(text: &str, markers: &mut Vec<Marker>, first_new: usize) {
    let mut between = Vec::new();
    for pair in markers[first_new..].windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let dash = &text[a.range.end..b.range.start];
        let is_dash = matches!(
            dash,
            "-" | "－" | "—" | "——" | "–" | "~" | "～" | "〜" | "至"
        );
        if a.style == b.style
            && is_dash
            && b.number > a.number + 1
            && b.number - a.number <= MAX_MARKER_RANGE
        {
            between.extend((a.number + 1..b.number).map(|number| Marker {
                number,
                style: a.style,
                range: a.range.end..b.range.start,
                note: None,
            }));
        }
    }
    if !between.is_empty() {
        markers.extend(between);
        markers[first_new..].sort_by_key(|m| m.range.start);
    }
}

/// `［12］`, `[12]`, `【12】`, `[^12]` glued to the text before it; one
/// bracket may hold a range (`［1-3］`) or a list (`［1、2］`, `[1,2]`) of
/// the notes of the terms before it: a marker for each number. The first
/// marker's range opens with the bracket and the last closes with it, a
/// list's own numbers keep their digits, a range's inner numbers its dash.
fn bracketed(text: &str, paragraph_start: usize, at: usize, end: usize, markers: &mut Vec<Marker>) {
    let rest = &text[at..end];
    let Some(open) = rest.chars().next() else {
        return;
    };
    let (close, mut style) = match open {
        '［' => ('］', MarkerStyle::FullWidthBracket),
        '[' => (']', MarkerStyle::Bracket),
        '〔' => ('〕', MarkerStyle::Tortoise),
        '（' => ('）', MarkerStyle::Labelled),
        '(' => (')', MarkerStyle::Labelled),
        _ => ('】', MarkerStyle::Lenticular),
    };
    let mut inner = &rest[open.len_utf8()..];
    if open == '[' && inner.starts_with('^') {
        if let Some(name) = footnote_name(rest) {
            named_footnote(text, paragraph_start, at, end, name, markers);
            return;
        }
        inner = &inner[1..];
        style = MarkerStyle::Footnote;
    }
    // `（注1）`, `［注1］`: a parenthesis holds a marker only so labelled;
    // `（见注3）`, `（详见注3）` point the reader at the note the same way.
    let label = ["注", "见注", "详见注", "参见注"]
        .iter()
        .find_map(|label| inner.strip_prefix(label));
    match label {
        Some(label) => {
            inner = label;
            style = MarkerStyle::Labelled;
        }
        None if style == MarkerStyle::Labelled => return,
        None => {}
    }
    let inner_start = at + rest.len() - inner.len();
    // Each number (its value and digits) and how it joins the one before.
    let mut numbers: Vec<(u32, Range<usize>, Option<Join>)> = Vec::new();
    let mut cursor = 0;
    let mut join = None;
    loop {
        // `〔 1〕`: a text converted from print may pad the number with spaces.
        let lead = cursor + padding_len(&inner[cursor..]);
        let digits_len: usize = inner[lead..]
            .chars()
            .take_while(|&c| digit_value(c).is_some())
            .map(char::len_utf8)
            .sum();
        if digits_len == 0 || digits_len > 9 {
            return;
        }
        let digits = &inner[lead..lead + digits_len];
        let Some(number) = digits
            .chars()
            .try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))
        else {
            return;
        };
        let start = inner_start + lead;
        numbers.push((number, start..start + digits_len, join));
        cursor = lead + digits_len;
        cursor += padding_len(&inner[cursor..]);
        let Some(next) = inner[cursor..].chars().next() else {
            return;
        };
        if next == close {
            cursor += close.len_utf8();
            break;
        }
        join = match next {
            '-' | '－' | '—' | '–' | '~' | '～' | '〜' => Some(Join::Range),
            ',' | '，' | '、' => Some(Join::List),
            _ => return,
        };
        if numbers.len() >= MAX_MARKER_RANGE as usize {
            return;
        }
        cursor += next.len_utf8();
    }
    // At a paragraph's start it numbers the paragraph; `[^1]:` defines a
    // note. Set off by a space after a sentence's end or at the paragraph's
    // end, it is a citation left by a web page, not a marker of a term.
    // `〔2023〕12号` is a document number (too many digits).
    let len = rest.len() - inner.len() + cursor;
    if not_glued(text, paragraph_start, at..at + len, end)
        || numbers.iter().any(|(n, _, _)| *n == 0 || *n > 999)
    {
        return;
    }
    if let [(number, _, _)] = numbers[..] {
        markers.push(Marker {
            number,
            style,
            range: at..at + len,
            note: None,
        });
        return;
    }
    // A range runs upwards over a few notes; a list names each once.
    let ranges_fit = numbers.windows(2).all(|pair| match pair[1].2 {
        Some(Join::Range) => pair[1].0 > pair[0].0 && pair[1].0 - pair[0].0 <= MAX_MARKER_RANGE,
        _ => pair[1].0 != pair[0].0,
    });
    if !ranges_fit {
        return;
    }
    let last = numbers.len() - 1;
    for (k, (number, digits, join)) in numbers.iter().enumerate() {
        if *join == Some(Join::Range) {
            let (before, before_digits, _) = &numbers[k - 1];
            markers.extend((before + 1..*number).map(|inside| Marker {
                number: inside,
                style,
                range: before_digits.end..digits.start,
                note: None,
            }));
        }
        let start = if k == 0 { at } else { digits.start };
        let end = if k == last { at + len } else { digits.end };
        markers.push(Marker {
            number: *number,
            style,
            range: start..end,
            note: None,
        });
    }
}

/// The label of a Markdown footnote written with a name (`[^sanwang]`, and
/// its definition `[^sanwang]:`) at the start of `written`; a label of
/// digits only is a number, read as one.
pub fn footnote_name(written: &str) -> Option<&str> {
    let inner = written.strip_prefix("[^")?;
    let len = inner.find(']')?;
    let name = &inner[..len];
    let fits = (1..=MAX_FOOTNOTE_NAME).contains(&name.len())
        && !name.contains(|c: char| c.is_whitespace() || matches!(c, '[' | '^'))
        && !name.chars().all(|c| digit_value(c).is_some());
    fits.then_some(name)
}

/// The longest footnote name read, in bytes: a label, not a sentence.
const MAX_FOOTNOTE_NAME: usize = 64;

/// `“三网融合”[^sanwang]`: a marker pointing at its note by name. Its
/// number is the note's, once resolved (0 until then). Glued to the words
/// as a numbered one must be: at a paragraph's start it defines the note.
fn named_footnote(
    text: &str,
    paragraph_start: usize,
    at: usize,
    end: usize,
    name: &str,
    markers: &mut Vec<Marker>,
) {
    let len = "[^]".len() + name.len();
    if !not_glued(text, paragraph_start, at..at + len, end) {
        markers.push(Marker {
            number: 0,
            style: MarkerStyle::Footnote,
            range: at..at + len,
            note: None,
        });
    }
}

/// Whether a bracket at `bracket` (in a paragraph ending at `end`) stands
/// apart from the words: at the paragraph's start, or set off by a space
/// after a sentence's end or at the paragraph's end (a web page's citation).
fn not_glued(text: &str, paragraph_start: usize, bracket: Range<usize>, end: usize) -> bool {
    let spaced = text[paragraph_start..bracket.start].ends_with(is_space);
    let at_end = text[bracket.end..end].trim_matches(is_space).is_empty();
    match previous_char(text, paragraph_start, bracket.start) {
        None => true,
        Some(p) => spaced && (at_end || matches!(p, '。' | '！' | '？' | '!' | '?')),
    }
}

/// How a number in one bracket joins the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    /// `1-3`: the numbers between too.
    Range,
    /// `1、2`, `1,2`.
    List,
}

/// The bytes of at most two spaces padding a bracketed number.
fn padding_len(text: &str) -> usize {
    text.chars()
        .take(2)
        .take_while(|&c| is_space(c))
        .map(char::len_utf8)
        .sum()
}

/// The longest a list item may run before the next number (in bytes: about
/// 200 characters of Chinese text).
const MAX_LIST_ITEM_BYTES: usize = 600;

/// Circled numbers that start clauses in ascending runs are enumerators; a
/// circled number glued to a word is a marker. Read as they are met, so a
/// line of thousands of them keeps no list of its own beside its markers.
struct CircledRuns<'a> {
    text: &'a str,
    /// The enumerators of the run being read.
    run: Vec<(u32, Range<usize>)>,
    paragraph: Range<usize>,
    notes_only_lists: bool,
}

impl<'a> CircledRuns<'a> {
    fn new(text: &'a str, paragraph: Range<usize>, notes_only_lists: bool) -> Self {
        CircledRuns {
            text,
            run: Vec::new(),
            paragraph,
            notes_only_lists,
        }
    }

    /// The next circled number of the paragraph, in text order; whether it
    /// starts a clause.
    fn push(&mut self, number: u32, range: Range<usize>, clause_start: bool, found: &mut Found) {
        // `①聚源大街建设②复兴东路改造③…`: once a list has started at a
        // clause, the next number continues it even when glued to the item
        // before (lists written without separators).
        // A number glued to a word in a later sentence (`③丙。推进“甲”④建
        // 设`) is a note's marker: items glued on run within one sentence.
        let continues = self.run.last().is_some_and(|(last, r)| {
            number == last + 1
                && range.start.saturating_sub(r.end) <= MAX_LIST_ITEM_BYTES
                && (clause_start || !self.text[r.end..range.start].contains(['。', '！', '？']))
        });
        // `①甲；②乙；④丙`: one number skipped at a clause, close after the
        // run's last item, is a slip in the numbering, not a new list: the
        // run goes on and its items count as they stand.
        let skips_one = clause_start
            && self.run.last().is_some_and(|(last, r)| {
                number == last + 2
                    && *last as usize == self.run.len()
                    && range.start.saturating_sub(r.end) <= MAX_LIST_ITEM_BYTES
            });
        if clause_start || continues {
            if !skips_one && self.run.last().is_some_and(|(last, _)| number != last + 1) {
                self.flush(found);
            }
            self.run.push((number, range));
        } else if !self.notes_only_lists {
            found.markers.push(Marker {
                number,
                style: MarkerStyle::Circled,
                range,
                note: None,
            });
        }
    }

    fn flush(&mut self, found: &mut Found) {
        // `①甲…⑥己(7)庚(8)辛`: the numbering goes on in another style past
        // the run, which is then not the whole list: no reader counts it.
        if let Some((last, r)) = self.run.last() {
            let reach = crate::text::floor_char_boundary(
                self.text,
                (r.start + MAX_LIST_ITEM_BYTES).min(self.paragraph.end),
            );
            if crate::chars::holds_parenthesized(&self.text[r.end..reach], last + 1) {
                self.run.clear();
            }
        }
        self.take_glued_first(found);
        if !self.run.is_empty() {
            found.enumerations.push(Enumeration {
                items: std::mem::take(&mut self.run),
                paragraph: self.paragraph.clone(),
            });
        }
    }

    /// `建成甲中心①乙馆、②丙馆、③丁馆`: a run from ② on, at clauses, whose
    /// ① was glued to the word before it and so read as a marker: that ①
    /// opens the list (in the same sentence, close before ②), and is no
    /// note's marker.
    fn take_glued_first(&mut self, found: &mut Found) {
        let Some((first, second)) = self.run.first().cloned() else {
            return;
        };
        if first < 2 || self.run.len() < 2 {
            return;
        }
        let Some(glued) = found.markers.last() else {
            return;
        };
        let close = glued.style == MarkerStyle::Circled
            && glued.number + 1 == first
            && glued.range.start >= self.paragraph.start
            && glued.range.end <= second.start
            && second.start - glued.range.end <= MAX_LIST_ITEM_BYTES
            && !self.text[glued.range.end..second.start].contains(['。', '！', '？']);
        if close && let Some(glued) = found.markers.pop() {
            self.run.insert(0, (glued.number, glued.range));
        }
    }

    fn finish(mut self, found: &mut Found) {
        self.flush(found);
    }
}

/// One use of a note's term in the body: the note's index and number, and
/// where the use ends.
pub struct TermUse {
    pub note: usize,
    pub number: u32,
    pub end: usize,
}

/// Markers written as plain digits glued to a note's term, as scraped pages
/// leave superscripts: `“1+5”专项整治1初见成效`. Read only where the digits
/// are the number of the note whose term they follow, never otherwise. The
/// digits may run into a figure (`“一减四增”165万亩` is marker 16 and 5万亩)
/// only in a report whose other bare markers stand alone.
pub fn bare_digit_markers(text: &str, uses: &[TermUse]) -> Vec<Marker> {
    let mut exact = Vec::new();
    let mut prefixed = Vec::new();
    for term_use in uses {
        let Some((range, whole)) = digits_after(text, term_use) else {
            continue;
        };
        let marker = Marker {
            number: term_use.number,
            style: MarkerStyle::BareDigit,
            range,
            note: Some(term_use.note),
        };
        if whole {
            exact.push(marker);
        } else {
            prefixed.push(marker);
        }
    }
    if exact.len() >= 2 {
        exact.extend(prefixed);
    }
    exact.sort_by_key(|m| m.range.start);
    exact.dedup_by_key(|m| m.range.start);
    exact
}

/// `“两个清零”注1行动`: the note's number labelled with 注 and glued, with
/// no brackets, right after a use of its term (past a closing quote), as a
/// scraped page leaves a superscript `注1`. Read only where the number is
/// that note's, whole (not the start of a longer number).
pub fn labelled_bare_markers(text: &str, uses: &[TermUse]) -> Vec<Marker> {
    let mut markers: Vec<Marker> = uses
        .iter()
        .filter_map(|term_use| {
            let rest = text.get(term_use.end..)?;
            let quote = rest.chars().next().filter(|&c| c == '”' || c == '"');
            let at = term_use.end + quote.map_or(0, char::len_utf8);
            let digits = text[at..].strip_prefix('注')?;
            let len: usize = digits
                .chars()
                .take_while(|&c| digit_value(c).is_some())
                .map(char::len_utf8)
                .sum();
            let number = (1..=9)
                .contains(&len)
                .then(|| {
                    digits[..len]
                        .chars()
                        .try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit_value(c)?))
                })
                .flatten()?;
            let end = at + '注'.len_utf8() + len;
            (number == term_use.number).then_some(Marker {
                number,
                style: MarkerStyle::Labelled,
                range: at..end,
                note: Some(term_use.note),
            })
        })
        .collect();
    markers.sort_by_key(|m| m.range.start);
    markers.dedup_by_key(|m| m.range.start);
    markers
}

/// `两网融合*`, `“两网融合”※`: the star that bullets the report's
/// unnumbered notes (`*两网融合：…`), right after a use of a note's term
/// (past closing quotes and spaces), marks that note. A star anywhere else
/// (`**`, a table's `*注：`) is no marker.
pub fn star_markers(text: &str, uses: &[TermUse], star: char) -> Vec<Marker> {
    let mut markers: Vec<Marker> = uses
        .iter()
        .filter_map(|term_use| {
            let rest = text.get(term_use.end..)?;
            let mark = rest.trim_start_matches(|c: char| {
                crate::chars::is_quote(c) || is_space(c) || matches!(c, '》' | '」' | '』')
            });
            let at = term_use.end + rest.len() - mark.len();
            let mut chars = mark.chars();
            // One star, not a run of them (`**` opens emphasis).
            (chars.next() == Some(star) && chars.next() != Some(star)).then(|| Marker {
                number: term_use.number,
                style: MarkerStyle::Star,
                range: at..at + star.len_utf8(),
                note: Some(term_use.note),
            })
        })
        .collect();
    markers.sort_by_key(|m| m.range.start);
    markers.dedup_by_key(|m| m.range.start);
    markers
}

/// The note's number right after a use of its term (past a closing quote):
/// its range, and whether it stands alone (`true`) or opens a longer figure.
fn digits_after(text: &str, term_use: &TermUse) -> Option<(Range<usize>, bool)> {
    let mut start = term_use.end;
    let quote = text[start..]
        .chars()
        .next()
        .filter(|&c| c == '”' || c == '"');
    // A term closing with a digit (`“4+2”`) is parted from the marker by
    // its closing quote; without one, the digits after it go on its number.
    let before = text[..term_use.end].chars().next_back()?;
    if digit_value(before).is_some() && quote.is_none() {
        return None;
    }
    if let Some(q) = quote {
        start += q.len_utf8();
    }
    let rest = &text[start..];
    let digits: Vec<(usize, char)> = rest
        .char_indices()
        .take_while(|&(_, c)| digit_value(c).is_some())
        .take(4)
        .collect();
    let wanted = term_use.number.to_string();
    if digits.len() < wanted.len() {
        return None;
    }
    let written: String = digits
        .iter()
        .map(|&(_, c)| char::from_digit(digit_value(c).unwrap_or(0), 10).unwrap_or('0'))
        .collect();
    if !written.starts_with(&wanted) {
        return None;
    }
    let (last, last_char) = digits[wanted.len() - 1];
    let end = start + last + last_char.len_utf8();
    let whole = written.len() == wanted.len();
    // `“揭榜挂帅”3批次`: a number before a measure word or a unit of money
    // or measure the figure reader knows is a quantity, whatever note it
    // matches. Not before a name's word (`”1强力推进`: `强` is a unit only
    // in `500强`).
    let quantity = || {
        use crate::figures::unit::{UnitClass, unit_at};
        unit_at(text, end).is_some_and(|(unit, _)| {
            matches!(
                unit.class,
                UnitClass::Classifier | UnitClass::Measure | UnitClass::Money
            )
        })
    };
    if whole
        && !projects_named(&text[end..])
        && (text[end..].chars().next().is_some_and(is_quantity_unit) || quantity())
    {
        return None;
    }
    Some((start..end, whole))
}

/// `（12）` glued to the word before it (`“双碳”（12）`, `…模式（8）`), read as
/// markers only in a report whose notes are numbered `（1）…`, since the same
/// shape numbers list items everywhere else. A parenthesized number that
/// starts a clause opens a list, and the glued numbers continuing it
/// (`：（1）甲（2）乙`) are its items. The rest are markers only if they are
/// at least three and rise strictly in text order, as markers numbering notes
/// by first use do; any other order is left unread.
pub fn parenthesized_markers(text: &str, regions: &[Range<usize>]) -> Vec<Marker> {
    let mut markers: Vec<Marker> = Vec::new();
    for region in regions {
        let Some(slice) = text.get(region.clone()) else {
            continue;
        };
        // The number the list being read expects next, and where its last
        // item's number ended.
        let mut list_next: Option<(u32, usize)> = None;
        for (i, open) in slice.match_indices(['（', '(']) {
            let at = region.start + i;
            let Some((number, len)) = parenthesized_number(&text[at..region.end], open) else {
                continue;
            };
            let before = &text[region.start..at];
            let glues = |p: char| {
                !ends_clause(p) && !is_space(p) && !matches!(p, '\n' | '\r' | '、' | '（' | '(')
            };
            // A stray space between a term and its marker (`“四个不摘” （10）`)
            // when the number goes on from the markers read so far.
            let next_marker = markers.last().is_some_and(|m| m.number + 1 == number);
            let spaced = || {
                let word = before.trim_end_matches([' ', '\u{3000}']);
                word.len() < before.len()
                    && before.len() - word.len() <= '\u{3000}'.len_utf8()
                    && word.chars().next_back().is_some_and(glues)
            };
            let glued = before.chars().next_back().is_some_and(glues) || next_marker && spaced();
            // A glued item continues its list within one sentence.
            let continues_list = list_next.is_some_and(|(next, from)| {
                next == number && at <= from + MAX_LIST_ITEM_BYTES && !text[from..at].contains('。')
            });
            if !glued || continues_list {
                list_next = Some((number + 1, at + len));
                continue;
            }
            markers.push(Marker {
                number,
                style: MarkerStyle::Parenthesized,
                range: at..at + len,
                note: None,
            });
        }
    }
    let rising = markers.windows(2).all(|w| w[0].number < w[1].number);
    if markers.len() < 3 || !rising {
        markers.clear();
    }
    markers
}

/// `（12）` or `(12)` at the start of `rest`: the number and the length.
fn parenthesized_number(rest: &str, open: &str) -> Option<(u32, usize)> {
    let close = if open == "（" { '）' } else { ')' };
    let inner = &rest[open.len()..];
    let digits_len: usize = inner
        .chars()
        .take_while(|&c| digit_value(c).is_some())
        .take(4)
        .map(char::len_utf8)
        .sum();
    if digits_len == 0 || !inner[digits_len..].starts_with(close) {
        return None;
    }
    let number = inner[..digits_len]
        .chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit_value(c)?))?;
    (1..=999)
        .contains(&number)
        .then_some((number, open.len() + digits_len + close.len_utf8()))
}

/// What follows a number that makes it a quantity rather than a marker.
/// `“三个一批”2项目`: the word 项目 after the number, not the measure
/// 项 (a count of projects is written `2个项目`; `5项目标` counts aims).
fn projects_named(rest: &str) -> bool {
    rest.starts_with("项目") && !rest.starts_with("项目标")
}

fn is_quantity_unit(c: char) -> bool {
    matches!(
        c,
        '%' | '％'
            | '.'
            | '．'
            | '个'
            | '万'
            | '亿'
            | '千'
            | '百'
            | '元'
            | '年'
            | '月'
            | '日'
            | '家'
            | '项'
            | '条'
            | '人'
            | '名'
            | '次'
            | '户'
            | '亩'
            | '吨'
            | '座'
            | '所'
            | '米'
            | '倍'
            | '件'
            | '处'
            | '辆'
            | '套'
            | '台'
            | '公'
            // `1期工程`, `2轮督查`, `3届`: a phase or round, not a marker.
            | '期'
            | '轮'
            | '届'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_leads_are_every_byte_that_may_open_a_marker_in_order() {
        let text = "甲［1］乙①丙²丁[2]戊【3】己(注4)，“庚”。";
        let expected: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| may_open_marker(c))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(marker_leads(text.as_bytes()).collect::<Vec<_>>(), expected);
        assert_eq!(expected.len(), 6);
    }

    /// What the scan decodes a character for.
    fn may_open_marker(c: char) -> bool {
        circled_value(c).is_some()
            || superscript_value(c).is_some()
            || matches!(c, '［' | '[' | '【' | '〔' | '（' | '(')
    }

    #[test]
    fn every_character_that_may_open_a_marker_is_a_lead() {
        // The byte filter against the character tests, over every
        // character: none that may open a marker is passed over.
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| may_open_marker(c))
        {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(marker_leads(bytes).collect::<Vec<_>>(), [0], "{c}");
        }
    }

    fn scan(text: &str) -> Found {
        let mut found = Found::default();
        scan_paragraph(text, 0..text.len(), false, &mut found);
        found
    }

    #[test]
    fn glued_numbers_are_markers() {
        let found = scan(
            "推进“数字+物流”⑩体系，实施03行动⑪，办好“两件事”［3］项目，实现“三通”¹²，见[^4]，推行“三张清单〔5〕”。",
        );
        let got: Vec<_> = found.markers.iter().map(|m| (m.number, m.style)).collect();
        assert_eq!(
            got,
            vec![
                (10, MarkerStyle::Circled),
                (11, MarkerStyle::Circled),
                (3, MarkerStyle::FullWidthBracket),
                (12, MarkerStyle::Superscript),
                (4, MarkerStyle::Footnote),
                (5, MarkerStyle::Tortoise),
            ]
        );
        assert!(found.enumerations.is_empty());
    }

    /// Each marker of `text`: its number, style and the text it covers.
    fn marked(text: &str) -> Vec<(u32, MarkerStyle, &str)> {
        scan(text)
            .markers
            .iter()
            .map(|m| (m.number, m.style, &text[m.range.clone()]))
            .collect()
    }

    #[test]
    fn a_glued_first_number_opens_the_list_after_it() {
        let found = scan("建成市级中心①甲中心、②乙中心、③丙中心3个。");
        assert!(found.markers.is_empty());
        let runs: Vec<Vec<u32>> = found
            .enumerations
            .iter()
            .map(|e| e.items.iter().map(|(n, _)| *n).collect())
            .collect();
        assert_eq!(runs, vec![vec![1, 2, 3]]);
        // A marker glued to a term, then a list in a later sentence, or a
        // marker whose next number does not follow it, stays a marker.
        for marked in ["推进“三链”①。②甲；③乙。", "推进“三链”①建设，③甲、④乙。"]
        {
            let found = scan(marked);
            assert_eq!(found.markers.first().map(|m| m.number), Some(1), "{marked}");
        }
    }

    #[test]
    fn a_bracketed_number_padded_with_spaces_is_a_marker() {
        assert_eq!(
            marked("明确“三项定位”〔 1〕，落实“双线”［ 2 ］要求。"),
            vec![
                (1, MarkerStyle::Tortoise, "〔 1〕"),
                (2, MarkerStyle::FullWidthBracket, "［ 2 ］"),
            ]
        );
        // Still no marker: a document number, a number set off by a space
        // after a sentence's end, more than two spaces of padding.
        for quiet in [
            "依据〔 2023〕12号文件",
            "句子结束。 [ 1]后面还有话。",
            "甲［   3］乙",
        ] {
            assert!(scan(quiet).markers.is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_number_labelled_with_zhu_is_a_marker_in_any_bracket() {
        assert_eq!(
            marked("实施“三个一批”（注1），推进“两区”(注2)，落实“五到位”［注3］。"),
            vec![
                (1, MarkerStyle::Labelled, "（注1）"),
                (2, MarkerStyle::Labelled, "(注2)"),
                (3, MarkerStyle::Labelled, "［注3］"),
            ]
        );
        // `见注N` sends the reader to the note as well.
        assert_eq!(
            marked("建设“两园一区”（见注4），开展“百村示范”(详见注5)。"),
            vec![
                (4, MarkerStyle::Labelled, "（见注4）"),
                (5, MarkerStyle::Labelled, "(详见注5)"),
            ]
        );
        // A parenthesis with no 注, or 注 with no number, is no marker.
        for quiet in [
            "增长5%（1）",
            "见附表(注：单位万元)",
            "甲（注）乙",
            "（注1）开头的编号",
            "甲（见注）乙",
            "甲（见附表1）乙",
        ] {
            assert!(scan(quiet).markers.is_empty(), "{quiet}");
        }
    }

    #[test]
    fn a_dash_between_two_markers_points_at_the_notes_between() {
        // `①-③` after three terms marks notes 1, 2 and 3. Read as two
        // markers, the term of note 2 raised a false marker-missing.
        let numbers =
            |text: &str| -> Vec<u32> { scan(text).markers.iter().map(|m| m.number).collect() };
        assert_eq!(
            numbers("推进“三河共治”“两园联动”“一村一品”①-③工作。"),
            [1, 2, 3]
        );
        assert_eq!(numbers("落实“甲乙”“丙丁”［4］～［6］要求。"), [4, 5, 6]);
        assert_eq!(
            marked("推进“甲”“乙”①—③。")[1],
            (2, MarkerStyle::Circled, "—")
        );
        // Two markers apart, or of two styles, or a list, stay as they are.
        assert_eq!(numbers("推进“甲”①和“乙”③工作。"), [1, 3]);
        assert_eq!(numbers("推进“甲”①-［3］工作。"), [1, 3]);
        assert!(!numbers("办好实事。①修路；②建校-④通水。").contains(&3));
    }

    #[test]
    fn one_bracket_may_hold_a_range_or_a_list_of_notes() {
        // `“甲”“乙”“丙”［1-3］`, `“甲”“丙”[1,3]`: a marker for each note.
        // Read as no marker, the terms raised marker-missing.
        assert_eq!(
            marked("推进“甲乙”“丙丁”“戊己”［1-3］工作。"),
            vec![
                (1, MarkerStyle::FullWidthBracket, "［1"),
                (2, MarkerStyle::FullWidthBracket, "-"),
                (3, MarkerStyle::FullWidthBracket, "3］"),
            ]
        );
        assert_eq!(
            marked("落实“甲乙”“戊己”[2, 4]要求，建设“庚辛”【5、6、8】。"),
            vec![
                (2, MarkerStyle::Bracket, "[2"),
                (4, MarkerStyle::Bracket, "4]"),
                (5, MarkerStyle::Lenticular, "【5"),
                (6, MarkerStyle::Lenticular, "6"),
                (8, MarkerStyle::Lenticular, "8】"),
            ]
        );
        // A range running down or too far, a number repeated, a zero, a
        // thousands figure or a month span are no markers.
        for quiet in [
            "甲［3-1］乙",
            "甲［1-40］乙",
            "甲［2、2］乙",
            "甲[1,000]乙",
            "甲【1-2月】乙",
            "甲［1-］乙",
        ] {
            assert!(scan(quiet).markers.is_empty(), "{quiet}");
        }
    }

    #[test]
    fn clause_initial_runs_are_lists() {
        let found = scan("办好五件实事。①修路；②建校；③通水，④扩绿，⑤亮灯。");
        assert!(found.markers.is_empty());
        assert_eq!(found.enumerations.len(), 1);
        assert_eq!(found.enumerations[0].items.len(), 5);
    }

    #[test]
    fn lists_without_separators_stay_lists() {
        let found = scan("建设工程10项：①新华路改造（东段）②滨河路建设③垃圾站建设④供水管网改造。");
        assert!(found.markers.is_empty(), "{:?}", found.markers);
        assert_eq!(found.enumerations[0].items.len(), 4);
        // Markers glued to terms never start a list.
        let found = scan("推出“五个办”①，新增“人才计划”②工作站，评为“小巨人”企业③。");
        assert_eq!(found.markers.len(), 3);
    }

    /// The numbers of the glued `（N）` markers read over all of `text`.
    fn parenthesized_numbers(text: &str) -> Vec<u32> {
        parenthesized_markers(text, std::slice::from_ref(&(0..text.len())))
            .iter()
            .map(|m| m.number)
            .collect()
    }

    #[test]
    fn parenthesized_numbers_glued_to_words_rising_are_markers() {
        let text = "推行“两单”（1）管理，建成双创园（2）。任务有：（1）修路（2）建桥。落实“三包”（3）和“四定”（4）。";
        assert_eq!(parenthesized_numbers(text), vec![1, 2, 3, 4]);
    }

    #[test]
    fn a_stray_space_before_the_next_marker_keeps_it() {
        let text = "推行“两单”（1）管理，建成双创园（2）。落实“三包” （3）和“四定”（4）。";
        assert_eq!(parenthesized_numbers(text), vec![1, 2, 3, 4]);
        // After a space, a number that does not go on from the markers is
        // a list item: `（1）` opens a list here.
        let text = "推行“两单”（1）管理，建成双创园（2）。任务有 （1）修路，落实“三包”（3）。";
        assert_eq!(parenthesized_numbers(text), vec![1, 2, 3]);
    }

    #[test]
    fn parenthesized_numbers_out_of_order_or_few_are_not_markers() {
        for text in [
            "推行“两单”（1）管理，建成双创园（3）和“三包”（2）。",
            "推行“两单”（1）管理，建成双创园（2）。",
            "一是（1）修路；二是（1）建桥；三是（2）通水（3）。",
        ] {
            assert!(parenthesized_numbers(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn not_markers() {
        for text in [
            "面积100km²。",
            "[1]开头的编号",
            "硫＠①增长",
            "空的[]和[x]",
            "依据〔2023〕12号文件",
            "句子结束。 [1]后面还有话。",
            "以下七个方面：\u{a0}[1]",
            // Powers and units in markup.
            "面积100m<sup>2</sup>。",
            "达到10^6^次。",
            "未闭合的^1和<sup>2",
        ] {
            assert!(scan(text).markers.is_empty(), "{text}");
        }
    }

    #[test]
    fn superscripts_in_markup_are_markers() {
        // A converter's superscripts: Pandoc's `^1^`, HTML's `<sup>`.
        assert_eq!(
            marked("推进“三新一高”^1^和“两区”<sup>2</sup>、“三通”<sup>[3]</sup>建设。"),
            vec![
                (1, MarkerStyle::Superscript, "^1^"),
                (2, MarkerStyle::Superscript, "<sup>2</sup>"),
                (3, MarkerStyle::Bracket, "[3]"),
            ]
        );
        // Carets running on: one marker, the digits after it glued to it.
        assert_eq!(
            marked("推进“三新一高”^1^2^3^工作。"),
            vec![(1, MarkerStyle::Superscript, "^1^")]
        );
    }
}
