//! Lists that a stated count counts: the items of a note (`10种有色金属：铜、
//! 铅…`), an annex (`十件民生实事` + `一、…十、`), a section's subsections
//! (`五个方面` + (一)…(五)), `一是…二是…`, `①…⑩` after `十大…`, a colon list
//! (`项目7个：A；B；…`) and names before `等3个` / `共3个`.
//!
//! Each reader keeps to the forms where the items can be told apart for
//! sure; anything it cannot split with confidence is left out, because a
//! wrong split becomes a false alarm.

use std::ops::Range;
use std::sync::LazyLock;

use crate::chars::{chinese_digit, is_space, small_chinese_number};
use crate::cues::Cues;
use crate::document::Document;
use crate::outline::HeadingKind;

/// Where a list was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListSource {
    /// A note's items, counted by its term.
    Note,
    /// An annex's `一、…` items, counted by its title.
    Annex,
    /// A section's `(一)…` subsections, counted in its lead.
    Outline,
    /// `一是…二是…`.
    Ordinals,
    /// `①…⑩` after a count.
    Enumeration,
    /// The items after `N个：`.
    Colon,
    /// Names before `等N个` or `共N个`.
    Names,
    /// Names right before their count (`甲、乙、丙三个园区`).
    BareNames,
    /// Numbered lines after a lead that closes its paragraph
    /// (`做好以下五个方面工作：` + `一是…`/`（一）…`/`1.…` lines).
    Lead,
    /// `（1）…（N）` after a count, in its paragraph.
    Numbered,
    /// A note's definition naming and counting its items (`“4”指甲、乙、
    /// 丙、丁4个项目`).
    Defined,
    /// Names after their count, each repeating what is counted (`两个高地：
    /// 甲高地、乙高地`, `三类产业（甲产业、乙产业、丙产业）`).
    Echo,
    /// Names each carrying the character that a numeral with no measure
    /// word counts (`甲链、乙链两链融合`).
    Carried,
    /// Names before a numeral with no measure word that they share as its
    /// subject (`甲和乙双下降`).
    Subjects,
    /// A count in the body a note's mark follows, over the note's items
    /// (`“两个基地”[8]` and `[8]两个基地：甲，乙。`), or a note's counted
    /// term used word for word with no mark (`term_counts`).
    Marked,
}

/// A stated count and the items listed for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountedList {
    pub source: ListSource,
    pub count: u32,
    /// The count as written (`7个`, `十件`).
    pub count_range: Range<usize>,
    /// The items, or where each starts when its end is unclear.
    pub items: Vec<Range<usize>>,
    /// How many more items a `和`/`及` joining two names may hide.
    pub hidden: usize,
    /// The list ends with `等`: it may hold fewer items than its count.
    pub open: bool,
}

impl CountedList {
    /// A list whose items are all shown: none hidden by a join, not closed
    /// by `等`.
    pub(crate) fn shown(
        source: ListSource,
        count: u32,
        count_range: Range<usize>,
        items: Vec<Range<usize>>,
    ) -> Self {
        CountedList {
            source,
            count,
            count_range,
            items,
            hidden: 0,
            open: false,
        }
    }

    /// Whether the items cannot be what the count says.
    pub fn mismatched(&self) -> bool {
        let min = self.items.len();
        let max = min + self.hidden;
        let count = self.count as usize;
        min > count || (!self.open && max < count)
    }

    /// How many items to name in a mismatch: the reading nearest the
    /// count (`甲、乙、丙和丁` under `5所` lists 4, its join read as two).
    pub fn listed(&self) -> usize {
        let min = self.items.len();
        if min > self.count as usize {
            min
        } else {
            min + self.hidden
        }
    }
}

/// What one line gives the list readers, cached with the line's text: its
/// lists of bare names and its lead cue (relative to the line).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineLists {
    pub(crate) bare: Vec<CountedList>,
    pub(crate) lead: Option<crate::list_forms::LeadCue>,
    /// Whether the line quotes a count (`“十大提升工程”`).
    pub(crate) quotes_count: bool,
    /// Where counts in Chinese numerals whose counted words close their
    /// clause start: heads of sentences that may list their items.
    pub(crate) heads: Vec<usize>,
}

impl LineLists {
    pub(crate) fn read(line: &str) -> LineLists {
        let (bare, counted, quotes_count, heads) = bare_name_lists_in(line);
        LineLists {
            bare,
            // A lead states a count: a line with none has no cue.
            lead: counted
                .then(|| crate::list_forms::lead_cue_in(line))
                .flatten(),
            quotes_count,
            heads,
        }
    }
}

/// Measure words a list count takes.
pub(crate) const MEASURES: &[&str] = &[
    "个方面",
    "方面",
    "件",
    "项",
    "个",
    "种",
    "类",
    "大",
    "条",
    "批",
    "家",
    "所",
    "座",
    "名",
    "位",
    "点",
    "张",
    "篇",
    "处",
    // `甲、乙两支队伍`, `甲、乙三道防线`, `甲、乙、丙三方责任`.
    "支",
    "道",
    "方",
    // `等5部作品`, `等七部门`.
    "部",
    // `甲、乙等20户企业`.
    "户",
    // `甲与乙、丙与丁等四组企业`: pairs, sets.
    "组",
    // `甲、乙等6栋大楼`, `甲等5块招牌`: buildings, plaques.
    "栋",
    "块",
];

/// The characters of places counted by level (`3县`, `两国`), each as a
/// measure word of its own.
pub(crate) const PLACE_LEVELS: &[&str] = &[
    "省", "市", "县", "区", "国", "州", "盟", "旗", "镇", "乡", "村",
];

/// `甲、乙、丙3县`, `甲、乙两国`: a count of places whose level serves as
/// the measure word, read after names only; not the level opening a word
/// of its own (`国际`, `市场`, `县级`, `国道`), nor one of a slogan's
/// numbers (`三县一区`).
fn places_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let rest = text.get(start..)?;
    let arabic: usize = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (value, len) = if arabic > 0 {
        (rest[..arabic].parse().ok()?, arabic)
    } else {
        let len: usize = rest
            .chars()
            .take_while(|c| chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        (small_chinese_number(&rest[..len])?, len)
    };
    let after = &rest[len..];
    let level = PLACE_LEVELS.iter().find(|l| after.starts_with(*l))?;
    let next = after[level.len()..].chars().next();
    if next.is_some_and(|c| chinese_digit(c).is_some() || "级长委道际内外直属集场民".contains(c))
    {
        return None;
    }
    (2..=60)
        .contains(&value)
        .then_some((value, start + len + level.len(), *level))
}

/// `甲、乙、丙三重压力`: a count of layers right after the names, read by
/// the bare-names reader only (alone, `“六重清单”` is a slogan's word); not
/// 重 opening a word of its own (`两重点`, `重要`, `重大`).
fn layers_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, after) = numeral_then(text, start, '重')?;
    let next = after.chars().next()?;
    if !crate::chars::is_han(next) || "点要大视建组庆新复申".contains(next) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '重'.len_utf8(), "重"))
}

/// `改革、发展、稳定三者关系`: the parties named right before, counted by
/// 者, which is the measure word and what is counted at once; read by the
/// bare-names reader only, after names.
fn parties_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, _) = numeral_then(text, start, '者')?;
    // `这两者`: the parties were named before, maybe in another sentence.
    if text[..start].ends_with(['这', '此', '该']) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '者'.len_utf8(), "者"))
}

/// The Chinese numeral opening `text[start..]` when `measure` follows it,
/// and the words after the measure.
fn numeral_then(text: &str, start: usize, measure: char) -> Option<(&str, &str)> {
    let rest = text.get(start..)?;
    let len: usize = rest
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    let after = rest[len..].strip_prefix(measure)?;
    Some((&rest[..len], after))
}

/// `甲、乙、丙三场硬仗`: a count of campaigns right after their names, read
/// by the bare-names reader only. Each name is one campaign (`仗`, `战`,
/// `役` in what is counted); events of named kinds (`甲、乙3场招聘会`) may
/// repeat, so they are no list.
fn campaigns_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let (numeral, after) = numeral_then(text, start, '场')?;
    let counted: String = after.chars().take(3).collect();
    if !counted.contains(['仗', '战', '役']) {
        return None;
    }
    let value = small_chinese_number(numeral)?;
    (2..=9)
        .contains(&value)
        .then_some((value, start + numeral.len() + '场'.len_utf8(), "场"))
}

/// The counts of campaigns in `range` (`三场硬仗`, `“五场攻坚战”`),
/// each numeral run read once: a lead may count its parts so.
pub(crate) fn campaign_counts_in(text: &str, range: Range<usize>) -> Vec<(u32, Range<usize>)> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    slice
        .match_indices('场')
        .filter_map(|(i, _)| {
            let start = numeral_start(text, range.start + i)?;
            let (value, end, _) = campaigns_at(text, start)?;
            Some((value, start..end))
        })
        .collect()
}

/// A count at `start`: a numeral run then a measure word. Returns the value
/// and the end of the measure word.
pub fn count_at(text: &str, start: usize) -> Option<(u32, usize, &'static str)> {
    let rest = text.get(start..)?;
    let numeral_len: usize = rest
        .chars()
        .take_while(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(c) || chinese_digit(*c).is_some()
        })
        .map(char::len_utf8)
        .sum();
    if numeral_len == 0 {
        return None;
    }
    let numeral = &rest[..numeral_len];
    // The measure word first: most numerals have none, and then their value
    // is not needed.
    let after = &rest[numeral_len..];
    // `7 个`: a text taken from a PDF may keep a space between digits and
    // their measure word.
    let (gap, after) = match after.strip_prefix(' ') {
        Some(spaced) if numeral.bytes().all(|b| b.is_ascii_digit()) => (1, spaced),
        _ => (0, after),
    };
    // One bit looked up first: most characters after a numeral open no
    // measure word.
    if !COUNT_WORDS.contains(after.chars().next()? as usize) {
        return None;
    }
    let measure = MEASURES.iter().find(|m| after.starts_with(*m))?;
    let value = if numeral
        .chars()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    {
        // Digits, ASCII or full-width; more than a few cannot be a count.
        let mut value: u32 = 0;
        for c in numeral.chars() {
            let digit = c
                .to_digit(10)
                .or_else(|| (c as u32).checked_sub('０' as u32))?;
            value = value.checked_mul(10)?.checked_add(digit)?;
        }
        value
    } else {
        small_chinese_number(numeral)?
    };
    (2..=60).contains(&value).then_some((
        value,
        start + numeral_len + gap + measure.len(),
        *measure,
    ))
}

/// Where the numeral run ending at `end` starts, if any.
fn numeral_start(text: &str, end: usize) -> Option<usize> {
    let before = text.get(..end)?;
    let len: usize = before
        .chars()
        .rev()
        .take_while(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(c) || chinese_digit(*c).is_some()
        })
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(end - len)
}

/// The counts in `range` (each numeral run read once).
pub(crate) fn counts_in(text: &str, range: Range<usize>) -> Vec<(u32, Range<usize>)> {
    let mut out = Vec::new();
    let Some(slice) = text.get(range.clone()) else {
        return out;
    };
    let mut previous_numeral = false;
    for (i, c) in slice.char_indices() {
        let numeral =
            c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some();
        if numeral && !previous_numeral {
            let at = range.start + i;
            // Not the tail of a larger number, a year or an ordinal (`第三`).
            let before = slice[..i].chars().next_back();
            let ordinal = before.is_some_and(|b| matches!(b, '第' | '.' | '．'));
            if !ordinal && let Some((value, end, _)) = count_at(text, at) {
                out.push((value, at..end));
            }
        }
        previous_numeral = numeral;
    }
    out
}

/// The one count a note's term states (`七个一批` → 7), not a slogan's
/// numerals (`三新一高`, `六个一`, `五有五位`, `“1+2+'5个100'”`).
pub(crate) fn term_count(text: &str, term_range: Range<usize>) -> Option<(u32, Range<usize>)> {
    let counts = counts_in(text, term_range.clone());
    if counts.is_empty() {
        return quoted_numeral(text, term_range);
    }
    let [(count, count_range)] = counts.as_slice() else {
        return None;
    };
    let term = &text[term_range.clone()];
    let after = text[count_range.end..term_range.end].chars().next();
    if after.is_some_and(|c| chinese_digit(c).is_some())
        || term.contains(['+', '＋'])
        || crate::slogan_count::parse_slogan(term).is_some_and(|p| p.len() > 1)
    {
        return None;
    }
    Some((*count, count_range.clone()))
}

/// `为民“十”事`: a numeral alone in quotes, then a word of what it counts:
/// the numeral's value and range, the only numeral of `range` (a slogan
/// such as `“三网”` is the slogan reader's).
fn quoted_numeral(text: &str, range: Range<usize>) -> Option<(u32, Range<usize>)> {
    let s = text.get(range.clone())?;
    let open = s.find('“')?;
    let inner = &s[open + '“'.len_utf8()..];
    let len: usize = inner
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    let after = &inner[len..];
    let mut chars = after.chars();
    let noun = chars.next() == Some('”')
        && chars
            .next()
            .is_some_and(|c| crate::chars::is_han(c) && chinese_digit(c).is_none());
    let value = small_chinese_number(&inner[..len])?;
    let at = range.start + open + '“'.len_utf8();
    // No other numeral, but a year's digits (`2023年为民“十”事`).
    let numerals = s.chars().filter(|c| chinese_digit(*c).is_some()).count();
    let figures = without_years(s).any(|c| c.is_ascii_digit());
    (noun
        && len > 0
        && (2..=60).contains(&value)
        && !figures
        && numerals == inner[..len].chars().count())
    .then_some((value, at..at + len))
}

/// The body and the notes section: where lists are read.
pub(crate) fn regions(doc: &Document) -> Vec<Range<usize>> {
    let mut regions = doc.body.clone();
    regions.extend(doc.notes_sections().map(|n| n.range.clone()));
    regions
}

/// Whether every bracket of `s` holds a few words and no `、`.
pub(crate) fn plain_brackets(s: &str) -> bool {
    let mut inside: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' if inside.is_none() => inside = Some(i),
            '）' | ')' => {
                let Some(open) = inside.take() else {
                    return false;
                };
                if s[open..i].chars().count() > 12 {
                    return false;
                }
            }
            '、' | '（' | '(' if inside.is_some() => return false,
            _ => {}
        }
    }
    inside.is_none()
}

/// Whether a `、` stands inside quotes in `s` (then splitting at it would
/// cut a name).
fn separator_in_quotes(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '“' => depth += 1,
            '”' => depth -= 1,
            '、' if depth != 0 => return true,
            _ => {}
        }
    }
    depth != 0
}

/// Every counted list of the document, in text order of the counts.
pub fn counted_lists(doc: &Document) -> Vec<CountedList> {
    let cues = &doc.cues;
    let mut lists = Vec::new();
    note_lists(doc, &mut lists);
    annex_lists(doc, &mut lists);
    let mut as_many = Vec::new();
    outline_lists(doc, &mut lists, &mut as_many);
    ordinal_lists(doc, cues, &mut lists);
    enumeration_lists(doc, &mut lists);
    colon_lists(doc, cues, &mut lists);
    let mut one_joined = Vec::new();
    name_lists(doc, cues, &mut lists, &mut one_joined);
    lists.extend(doc.bare_lists.iter().cloned());
    crate::list_forms::more_lists(doc, &mut lists);
    lists.sort_by_key(|l| l.count_range.start);
    lists.dedup_by_key(|l| l.count_range.start);
    // A name with a join before `等` is read last: any other reading of
    // its count is surer.
    // So is a count read only for being as many as a section's
    // subsections: a slip elsewhere may make a count as many.
    one_joined.extend(as_many);
    if !one_joined.is_empty() {
        one_joined.retain(|l| {
            lists
                .binary_search_by_key(&l.count_range.start, |o| o.count_range.start)
                .is_err()
        });
        lists.extend(one_joined);
        lists.sort_by_key(|l| l.count_range.start);
        lists.dedup_by_key(|l| l.count_range.start);
    }
    lists
}

/// Items of a definition: `①…` runs, `；` clauses, or short `、` names.
pub(crate) fn split_items(
    doc: &Document,
    range: Range<usize>,
) -> Option<(Vec<Range<usize>>, usize)> {
    let text = &doc.text;
    let mut numbered = doc.enumerations.iter().filter(|e| {
        e.items
            .first()
            .is_some_and(|(_, r)| range.contains(&r.start))
    });
    if let Some(e) = numbered.next() {
        // `三件实事：` over lines `①…；`, `②…；`, `③…。`: one enumerator a
        // paragraph, numbered on from one line to the next, is one list.
        let mut items: Vec<Range<usize>> = e.items.iter().map(|(_, r)| r.clone()).collect();
        let lines: Vec<&crate::markers::Enumeration> = numbered.collect();
        let numbered_on = e.items.len() == 1
            && !lines.is_empty()
            && lines
                .iter()
                .enumerate()
                .all(|(k, line)| matches!(line.items.as_slice(), [(n, _)] if *n as usize == k + 2));
        if numbered_on && e.items[0].0 == 1 {
            items.extend(lines.iter().map(|line| line.items[0].1.clone()));
        }
        return Some((items, 0));
    }
    let body = text.get(range.clone())?;
    let body_end = body.find('。').unwrap_or(body.len());
    let sentence = body[..body_end].trim_end_matches(is_space);
    // `甲、乙、丙；另有丁正在规划`: a clause opening with an aside ends the
    // items; the names before it are the list.
    let sentence = without_aside(sentence);
    let rest = body[body_end..].trim_start_matches(['。']).trim();
    if let Some(items) = circled_items(range.start, sentence) {
        return Some((items, 0));
    }
    if let Some(items) = touching_titles(range.start, sentence) {
        return rest.is_empty().then_some((items, 0));
    }
    if sentence.contains(['；', ';']) {
        let items = pieces(range.start, sentence, &['；', ';']);
        return (items.len() >= 2 && rest.is_empty()).then_some((items, 0));
    }
    // Quotes may mark a word inside a name (`“三山”生态修复工程`), when
    // they hold no `、` and no count, and close no name (`甲、乙和丙“三个
    // 达标”` restates a count).
    if sentence.contains(['，', ',', '：', ':', '（', '('])
        || (sentence.contains('“') && !quoted_words(sentence))
        || !rest.is_empty()
    {
        return None;
    }
    // `甲之乡·乙之源·丙之城`: short names joined by middle dots, when no
    // `、` joins them; each of a few Chinese characters, so that a dot
    // inside a foreign name (`甲·乙`, one name) is not read as two.
    let dotted = !sentence.contains('、') && sentence.contains(MIDDLE_DOTS);
    let items = pieces(
        range.start,
        sentence,
        if dotted { MIDDLE_DOTS } else { &['、'] },
    );
    if dotted
        && items.iter().any(|r| {
            let name = text[r.clone()].trim();
            !(3..=12).contains(&name.chars().count()) || !name.chars().all(crate::chars::is_han)
        })
    {
        return None;
    }
    // Up to 30 characters a name (`打造甲地区对接乙区域的桥头堡和…`).
    if items.len() < 2 || items.iter().any(|r| r.len() > 90) {
        return None;
    }
    let (last, others) = items.split_last()?;
    let others_long = others
        .iter()
        .all(|r| text[r.clone()].trim().chars().count() >= 3);
    // A joining word a middle name already ties words with joins none in
    // the last (see `hidden_in`).
    let last_word = text[last.clone()].trim();
    let middle: Vec<&str> = others
        .iter()
        .skip(1)
        .map(|r| text[r.clone()].trim())
        .collect();
    let shown_inside = shown_inside(&middle, last_word);
    // Names of one rhythm close with their join: the last two are two.
    let words: Vec<&str> = items.iter().map(|r| text[r.clone()].trim()).collect();
    if let Some((i, w)) = parallel_last(&words).or_else(|| last_two_named_alike(&words)) {
        let start = last_word.as_ptr() as usize - text.as_ptr() as usize;
        let mut split = items.clone();
        split.pop();
        split.push(start..start + i);
        split.push(start + i + w..start + last_word.len());
        return Some((split, 0));
    }
    let hidden = usize::from(!shown_inside && joins_two_among(last_word, others_long));
    Some((items, hidden))
}

/// Words opening a clause that stands beside a list rather than in it.
const ASIDES: &[&str] = &["另有", "另外", "此外", "还有", "其中"];

/// `sentence` up to the first `；` whose clause opens with an aside (see
/// [`ASIDES`]), or all of it.
fn without_aside(sentence: &str) -> &str {
    sentence
        .match_indices(['；', ';'])
        .find(|&(at, mark)| {
            let next = sentence[at + mark.len()..].trim_start_matches(is_space);
            ASIDES.iter().any(|a| next.starts_with(a))
        })
        .map_or(sentence, |(at, _)| {
            sentence[..at].trim_end_matches(is_space)
        })
}

/// Middle dots that may join the names of a note (`·`, `•`, `・`).
const MIDDLE_DOTS: &[char] = &['·', '•', '・', '‧'];

/// Whether every quote of `s` marks words inside a name: it closes, holds
/// no `、` and no count, and words follow it before the next `、`.
fn quoted_words(s: &str) -> bool {
    if separator_in_quotes(s) {
        return false;
    }
    let mut rest = s;
    while let Some(open) = rest.find('“') {
        let inner = &rest[open + '“'.len_utf8()..];
        let Some(close) = inner.find('”') else {
            return false;
        };
        let after = &inner[close + '”'.len_utf8()..];
        if !counts_in(inner, 0..close).is_empty()
            || !after.chars().next().is_some_and(crate::chars::is_han)
        {
            return false;
        }
        rest = after;
    }
    true
}

/// `①A②B③C`: items cut by circled numbers in order from ①, with or
/// without separators between them.
fn circled_items(offset: usize, s: &str) -> Option<Vec<Range<usize>>> {
    let starts: Vec<(usize, u32)> = s
        .char_indices()
        .filter_map(|(i, c)| crate::chars::circled_value(c).map(|v| (i, v)))
        .collect();
    let in_order = starts
        .iter()
        .enumerate()
        .all(|(k, (_, v))| *v as usize == k + 1);
    if starts.len() < 2 || !in_order || !s[..starts[0].0].trim_matches(is_space).is_empty() {
        return None;
    }
    let mut items = Vec::new();
    for (k, (at, _)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(s.len(), |(next, _)| *next);
        items.push(offset + at..offset + end);
    }
    Some(items)
}

/// `《甲》《乙》《丙》`: titles of documents, each in its own marks,
/// touching or joined by `、`, and nothing else: the marks part them.
fn touching_titles(offset: usize, s: &str) -> Option<Vec<Range<usize>>> {
    if !s.starts_with('《') {
        return None;
    }
    let mut items = Vec::new();
    let mut at = 0;
    while at < s.len() {
        let rest = &s[at..];
        let rest_at = at + (rest.len() - rest.trim_start_matches('、').len());
        if !s[rest_at..].starts_with('《') {
            return None;
        }
        // Titles do not nest: the first `》` closes this one.
        let close = s[rest_at..].find('》')? + rest_at + '》'.len_utf8();
        if s[rest_at + '《'.len_utf8()..close].contains('《') {
            return None;
        }
        items.push(offset + rest_at..offset + close);
        at = close;
    }
    (items.len() >= 2).then_some(items)
}

/// Non-empty pieces of `s` (at `offset`) split by `separators`.
fn pieces(offset: usize, s: &str, separators: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if separators.contains(&c) {
            if !s[start..i].trim().is_empty() {
                out.push(offset + start..offset + i);
            }
            start = i + c.len_utf8();
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(offset + start..offset + s.len());
    }
    out
}

fn note_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for (k, note) in doc.notes.iter().enumerate() {
        let Some(term_range) = note.term_range.clone() else {
            continue;
        };
        // One note for several names (`“四个不摘”“四个不减”`): its list is
        // shared out among them, and which item counts for which is not
        // unique; abstain.
        if !note.aliases.is_empty() {
            continue;
        }
        let Some((count, count_range)) = term_count(text, term_range.clone()) else {
            continue;
        };
        // A note the slogan reader finds wrong is its to flag: the framed
        // readings below only speak where it is silent.
        let slogan_differs = || {
            doc.note_slogans.get(k).is_some_and(|r| {
                r.named
                    .iter()
                    .any(|(_, _, c)| matches!(c, crate::slogan_count::SloganCount::Differs(_)))
            })
        };
        let Some((items, hidden)) = split_items(doc, note.text_range.clone()).or_else(|| {
            if slogan_differs() {
                return None;
            }
            echoed_pieces(text, count, count_range.end..term_range.end, note)
                .or_else(|| split_items(doc, after_lead(text, note)?))
                .or_else(|| quoted_names_of(text, count_range.end..term_range.end, note))
                .or_else(|| counted_groups(text, count_range.clone(), note))
        }) else {
            continue;
        };
        out.push(CountedList {
            source: ListSource::Note,
            count,
            count_range: count_range.clone(),
            items,
            hidden,
            // `…等十大改革攻坚行动`: only a list that ends with 等 is open;
            // a 等 inside an item says nothing about the count.
            open: ends_open(text, note.text_range.clone()),
        });
    }
}

/// Whether a note's list ends with 等, alone or restating its count
/// (`甲、乙等十项。`, `甲、乙等10个方面`): the names shown are examples.
fn ends_open(text: &str, note: Range<usize>) -> bool {
    let body = text[note.clone()]
        .trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c));
    if body.ends_with('等') {
        return true;
    }
    let Some(deng) = body.rfind('等') else {
        return false;
    };
    let after = note.start + deng + '等'.len_utf8();
    // The count and at most a few words of what it counts, no clause after.
    count_at(text, after).is_some_and(|(_, end, _)| {
        let tail = &text[end.min(note.start + body.len())..note.start + body.len()];
        tail.chars().count() <= RESTATED_TAIL_CHARS && !tail.contains(['，', '、', '：', ',', ':'])
    })
}

/// The most characters naming what a count after 等 counts (`等十项重点工程`).
const RESTATED_TAIL_CHARS: usize = 8;

/// `9条快速路：新建3条快速路为甲、乙、丙，续建6条快速路为丁、…`: a note
/// whose clauses each count a group of the term's things with the term's
/// measure word and name them, as many as each says: the groups' names
/// together are the term's items.
fn counted_groups(
    text: &str,
    term_count: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let measure = count_at(text, term_count.start)?.2;
    let body = note.text(text);
    let sentence = body[..body.find('。').unwrap_or(body.len())].trim_end_matches(is_space);
    if !body[sentence.len()..]
        .trim_matches(|c| c == '。' || is_space(c))
        .is_empty()
    {
        return None;
    }
    let pieces = top_level_pieces(sentence, &['，', '；', ';', ',']);
    if pieces.len() < 2 {
        return None;
    }
    let mut items = Vec::new();
    for piece in pieces {
        let range = note.text_range.start + piece.start..note.text_range.start + piece.end;
        let counts = counts_in(text, range);
        let [(count, counted)] = counts.as_slice() else {
            return None;
        };
        let (_, end, own) = count_at(text, counted.start)?;
        let list = echo_list(text, counted.start, *count, end)?;
        if own != measure || list.open || list.hidden > 0 || list.items.len() != *count as usize {
            return None;
        }
        items.extend(list.items);
    }
    Some((items, 0))
}

/// Words that close a note's lead before its items (`全会提出，…`).
const SAYING: &[&str] = &["提出", "强调", "指出", "要求", "明确", "部署"];

/// A note's text after a lead saying who set its items out (`省委提出，
/// 甲、乙、丙。`): from after the `，` closing the lead's last clause.
fn after_lead(text: &str, note: &crate::notes::Note) -> Option<Range<usize>> {
    let body = note.text(text);
    let sentence = &body[..body.find('。').unwrap_or(body.len())];
    let pieces = top_level_pieces(sentence, &['，', ',']);
    let lead = pieces
        .iter()
        .rposition(|r| SAYING.iter().any(|w| sentence[r.clone()].ends_with(w)))?;
    // The lead is followed by the items' one clause, and nothing else.
    let [items] = &pieces[lead + 1..] else {
        return None;
    };
    Some(note.text_range.start + items.start..note.text_range.end)
}

/// `“十个主动仗”：全会提出，打好甲主动仗，打好乙主动仗，…。` or
/// `“四大挑战”：…甲的挑战。乙的挑战。…`: a note whose items are its
/// sentences, or else its clauses, each ending with what the term counts
/// (`counted`, after the measure word), in one run. A lead before the run
/// must say who set them out (`提出`, `强调`); a clause may name two items
/// only by repeating the noun (`甲集群和乙集群`). Clauses after the run
/// (a purpose, `推动…发展`) leave a count that disagrees unread.
fn echoed_pieces(
    text: &str,
    count: u32,
    counted: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let counted = text[counted]
        .trim_end_matches(['”', '"', '］', ']', '】', '》'])
        .trim_start_matches(['”', '"']);
    if counted.chars().count() < 2 || !counted.chars().all(crate::chars::is_han) {
        return None;
    }
    let tail_at = counted.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let tail = &counted[tail_at..];
    let body = note.text(text);
    // Most notes never end a piece with the noun: one search leaves them.
    memchr::memmem::find(body.as_bytes(), tail.as_bytes())?;
    for separators in [&['。'][..], &['。', '；', '，', ';', ',']] {
        let pieces: Vec<Range<usize>> = top_level_pieces(body, separators);
        // `甲公司（乙企业）`: the bracket after a name may say which of
        // the counted things it is.
        let ends = |r: &Range<usize>| {
            let piece = body[r.clone()].trim_end_matches(is_space);
            piece.ends_with(tail)
                || piece
                    .strip_suffix(['）', ')'])
                    .is_some_and(|p| p.ends_with(tail))
        };
        let Some(first) = pieces.iter().position(ends) else {
            continue;
        };
        let run = pieces[first..].iter().take_while(|r| ends(r)).count();
        let after = &pieces[first + run..];
        if run < 2 || after.iter().any(ends) {
            continue;
        }
        let lead = &pieces[..first];
        if !lead.is_empty()
            && !lead
                .iter()
                .any(|r| SAYING.iter().any(|w| body[r.clone()].trim().ends_with(w)))
        {
            return None;
        }
        // A piece with a count or a figure of its own (`甲等4个领域行动`)
        // groups items: the pieces are not what is counted.
        if pieces[first..first + run].iter().any(|r| {
            let piece = &body[r.clone()];
            piece.chars().any(|c| c.is_ascii_digit())
                || !counts_in(piece, 0..piece.len()).is_empty()
        }) {
            return None;
        }
        let items: Vec<Range<usize>> = pieces[first..first + run]
            .iter()
            .map(|r| note.text_range.start + r.start..note.text_range.start + r.end)
            .collect();
        let hidden: usize = items
            .iter()
            .map(|r| text[r.clone()].matches(tail).count() - 1)
            .sum();
        let fits = (run..=run + hidden).contains(&(count as usize));
        if !after.is_empty() && !fits {
            return None;
        }
        return Some((items, hidden));
    }
    None
}

/// `“七个专项行动”：实施“甲、乙、丙…”专项行动，…`: a note naming its items
/// in one quoted list followed by what the term counts.
fn quoted_names_of(
    text: &str,
    counted: Range<usize>,
    note: &crate::notes::Note,
) -> Option<(Vec<Range<usize>>, usize)> {
    let counted = text[counted].trim_matches(['”', '"', '“']);
    if counted.chars().count() < 2 || !counted.chars().all(crate::chars::is_han) {
        return None;
    }
    let body = note.text(text);
    let sentence = &body[..body.find('。').unwrap_or(body.len())];
    let closing = format!("”{counted}");
    let mut found = sentence.match_indices(closing.as_str());
    let (close, _) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let open = sentence[..close].rfind('“')?;
    let inner = &sentence[open + '“'.len_utf8()..close];
    let words: Vec<&str> = inner.split('、').map(str::trim).collect();
    if words.len() < 2
        || words
            .iter()
            .any(|w| w.is_empty() || w.chars().count() > 16 || !w.chars().all(crate::chars::is_han))
    {
        return None;
    }
    let offset = note.text_range.start + open + '“'.len_utf8();
    Some((pieces(offset, inner, &['、']), hidden_in(&words)))
}

/// [`top_level_pieces`] of `range` of `text`, as ranges of `text`.
pub(crate) fn top_level_ranges(
    text: &str,
    range: Range<usize>,
    separators: &[char],
) -> Vec<Range<usize>> {
    top_level_pieces(&text[range.clone()], separators)
        .into_iter()
        .map(|r| range.start + r.start..range.start + r.end)
        .collect()
}

/// The pieces of `s` between `separators` outside brackets and quotes,
/// trimmed of spaces, as byte ranges of `s`; empty pieces are left out.
fn top_level_pieces(s: &str, separators: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let push = |from: usize, to: usize, out: &mut Vec<Range<usize>>| {
        let piece = &s[from..to];
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let piece = piece.trim_matches(is_space);
        if !piece.is_empty() {
            out.push(from + lead..from + lead + piece.len());
        }
    };
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth -= 1,
            _ if depth == 0 && separators.contains(&c) => {
                push(start, i, &mut out);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push(start, s.len(), &mut out);
    out
}

fn annex_lists(doc: &Document, out: &mut Vec<CountedList>) {
    use crate::list_forms::Style;
    let text = &doc.text;
    for annex in doc.outline.iter().filter(|h| h.kind == HeadingKind::Annex) {
        // The annex's lines, found by binary search (lines are in text
        // order): a filter over all lines per annex is quadratic.
        let first = doc
            .lines
            .partition_point(|l| l.range.start < annex.heading.start);
        let end = doc
            .lines
            .partition_point(|l| l.range.start < annex.range.end);
        let annex_lines = &doc.lines[first..end.max(first)];
        // The title line(s): the heading and the line after it, blank
        // lines between them skipped.
        // A numbered line opens the list, not the title (`一、甲方面5件`).
        let first_lines: Vec<_> = annex_lines
            .iter()
            .filter(|l| !l.is_blank())
            .take(2)
            .take_while(|l| crate::list_forms::line_number(&text[l.content.clone()]).is_none())
            .collect();
        let counts: Vec<_> = first_lines
            .iter()
            .flat_map(|l| counts_in(text, l.content.clone()))
            .collect();
        let [(count, count_range)] = counts.as_slice() else {
            continue;
        };
        let mut items = Vec::new();
        // Whether the numbering skips a number (`三、` then `五、`) or goes
        // on written another way (`三、` then `（四）`): which lines are the
        // things counted is not sure, and the list is left unread.
        let mut broken = false;
        let from = doc
            .lines
            .partition_point(|l| l.content.start < annex.range.start);
        let to = doc
            .lines
            .partition_point(|l| l.content.start < annex.range.end);
        let body = &doc.lines[from..to.max(from)];
        let mut sub_numbered = false;
        for line in body {
            let content = text[line.content.clone()].trim_start_matches(is_space);
            match crate::list_forms::line_number(content) {
                Some((Style::ParenHan, 1)) => sub_numbered = true,
                Some((Style::ParenHan, n)) => {
                    broken |= !items.is_empty() && !sub_numbered && n as usize == items.len() + 1;
                }
                _ => {}
            }
            let Some((numeral, _)) = content.split_once('、') else {
                continue;
            };
            let n = small_chinese_number(numeral);
            if n == Some(items.len() as u32 + 1) {
                items.push(line.content.clone());
            } else if !items.is_empty() && n.is_some_and(|n| n as usize > items.len() + 1) {
                broken = true;
            }
        }
        if broken {
            continue;
        }
        // `40件实事` over `一、…四、` headings that group numbered items:
        // the headings are groups, not the things counted.
        let grouped = body
            .iter()
            .any(|l| starts_numbered_item(&text[l.content.clone()]));
        if items.len() >= 2 && !(grouped && (*count as usize) > items.len()) {
            out.push(CountedList::shown(
                ListSource::Annex,
                *count,
                count_range.clone(),
                items,
            ));
        } else if grouped && let Some(items) = numbered_through_groups(text, body) {
            out.push(CountedList::shown(
                ListSource::Annex,
                *count,
                count_range.clone(),
                items,
            ));
            group_counts(text, body, count_range.start, out);
        }
    }
}

/// `一、甲类` `1.…` `2.…` `二、乙类` `3.…`: items numbered on from one
/// group to the next, read to the annex's end. `None` when the numbering
/// restarts, skips or is written two ways (a group's items may then be
/// sub-items of another list), or when fewer than two items run.
fn numbered_through_groups(text: &str, body: &[crate::lines::Line]) -> Option<Vec<Range<usize>>> {
    use crate::list_forms::{Style, line_number};
    let mut items = Vec::new();
    for line in body {
        match line_number(&text[line.content.clone()]) {
            Some((Style::Digit, n)) if n as usize == items.len() + 1 => {
                items.push(line.content.clone());
            }
            Some((Style::Han, _)) | None => {}
            Some(_) => return None,
        }
    }
    (items.len() >= 2).then_some(items)
}

/// `40件实事` over `一、甲方面5件` `1.…`…`5.…` `二、乙方面13件` `6.…`: in
/// an annex whose items are numbered on through its groups, a group
/// heading that closes with a count in the title's measure word counts
/// the numbered items under it, up to the next group.
fn group_counts(
    text: &str,
    body: &[crate::lines::Line],
    title_count: usize,
    out: &mut Vec<CountedList>,
) {
    use crate::list_forms::{Style, line_number};
    let Some((_, _, measure)) = count_at(text, title_count) else {
        return;
    };
    let mut group: Option<(u32, Range<usize>, Vec<Range<usize>>)> = None;
    let close = |group: Option<(u32, Range<usize>, Vec<Range<usize>>)>,
                 out: &mut Vec<CountedList>| {
        if let Some((count, range, items)) = group
            && !items.is_empty()
        {
            out.push(CountedList::shown(ListSource::Annex, count, range, items));
        }
    };
    for line in body {
        let content = &text[line.content.clone()];
        match line_number(content) {
            Some((Style::Han, _)) => {
                close(group.take(), out);
                group = heading_count(text, line.content.clone(), measure);
            }
            Some((Style::Digit, _)) => {
                if let Some((_, _, items)) = group.as_mut() {
                    items.push(line.content.clone());
                }
            }
            _ => {}
        }
    }
    close(group, out);
}

/// The one count closing a group heading's line, in `measure`.
fn heading_count(
    text: &str,
    line: Range<usize>,
    measure: &str,
) -> Option<(u32, Range<usize>, Vec<Range<usize>>)> {
    let counts = counts_in(text, line.clone());
    let [(count, range)] = counts.as_slice() else {
        return None;
    };
    let (_, end, own) = count_at(text, range.start)?;
    let closes = text[end..line.end]
        .trim_matches(|c: char| is_space(c) || matches!(c, '。' | '：' | ':'))
        .is_empty();
    (own == measure && closes).then(|| (*count, range.clone(), Vec::new()))
}

/// A line opening with an item number below a heading: `1.`, `（1）`, `①`.
fn starts_numbered_item(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    let digits = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        return line[digits..].starts_with(['.', '．', '、']);
    }
    let mut chars = line.chars();
    match chars.next() {
        Some('（' | '(') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => crate::chars::circled_value(c).is_some(),
        None => false,
    }
}

/// `（N）` as a subsection opens its line.
fn opens_with_ordinal(line: &str, n: usize) -> bool {
    let Some(word) = ordinal_word(n as u32) else {
        return false;
    };
    let numeral = word.trim_end_matches('是');
    let line = line.trim_start_matches(is_space);
    [format!("（{numeral}）"), format!("({numeral})")]
        .iter()
        .any(|h| line.starts_with(h.as_str()))
}

/// A section's subsections counted in its lead: into `out` when the count
/// closes the lead, into `as_many` when the count is only as many.
fn outline_lists(doc: &Document, out: &mut Vec<CountedList>, as_many: &mut Vec<CountedList>) {
    let text = &doc.text;
    for section in doc
        .outline
        .iter()
        .filter(|h| h.kind == HeadingKind::Section)
    {
        let Some(first) = section.children.first() else {
            continue;
        };
        if section.children.len() < 2 {
            continue;
        }
        let lead = section.heading.end..first.heading.start;
        // `做好以下五个方面工作：` closes the lead, right before (一).
        // Only the lead's last line can hold it (a lead may run for pages).
        let lead_text =
            text[lead.clone()].trim_end_matches(|c: char| is_space(c) || c == '\n' || c == '\r');
        let last_line = lead.start + lead_text.rfind('\n').map_or(0, |p| p + 1);
        let closing = counts_in(text, last_line..lead.end)
            .into_iter()
            .rev()
            .find(|(_, r)| {
                let after = text.get(r.end..lead.end).unwrap_or("");
                let after = after.strip_prefix("的").unwrap_or(after);
                let after = after.strip_prefix("工作").unwrap_or(after);
                text[r.clone()].ends_with("方面")
                    && after.starts_with(['：', ':', '。'])
                    && after[after.chars().next().map_or(0, char::len_utf8)..]
                        .trim_matches(is_space)
                        .trim_matches(['\n', '\r'])
                        .is_empty()
            });
        // A closing count says what follows is counted, whatever the
        // number of subsections (a mismatch is a finding). Elsewhere in the
        // lead (`聚焦八大重点任务，推进…`) a count is read only when it is
        // the one of the lead that numbers the subsections: a reading that
        // cannot fire, since another count may be what the lead names.
        let only_as_many = closing.is_none();
        // (Within the lead's last three paragraphs: a lead may run for
        // pages, and a count far above the subsections is no lead.)
        let near = last_paragraphs(lead_text, 3) + lead.start;
        let Some((count, count_range)) =
            closing.or_else(|| count_as_many_as(text, near..lead.end, section.children.len()))
        else {
            continue;
        };
        // A lead that enumerates itself (`三个方面。一是…`) counts something
        // else than the subsections.
        let paragraph_start = text[..count_range.start]
            .rfind('\n')
            .map_or(lead.start, |p| p + 1);
        if text[paragraph_start..lead.end].contains("一是") {
            continue;
        }
        // Only an outline read to its end: a later `（N+1）` (or beyond)
        // line the outline did not take as a subsection leaves the count
        // unchecked.
        let last = section.children.last().map_or(lead.end, |c| c.heading.end);
        let missed = doc
            .lines
            .iter()
            .filter(|l| l.range.start >= last && section.range.contains(&l.range.start))
            .any(|l| {
                (section.children.len() + 1..=20)
                    .any(|n| opens_with_ordinal(&text[l.content.clone()], n))
            });
        if missed {
            continue;
        }
        let (count, count_range) = (&count, &count_range);
        let list = CountedList::shown(
            ListSource::Outline,
            *count,
            count_range.clone(),
            section.children.iter().map(|c| c.heading.clone()).collect(),
        );
        if only_as_many {
            as_many.push(list);
        } else {
            out.push(list);
        }
    }
}

/// Where the last `n` paragraphs of `text` start (0 when it holds fewer).
fn last_paragraphs(text: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut end = text.len();
    while let Some(p) = text[..end].rfind('\n') {
        if !text[p + 1..end]
            .trim_matches(|c: char| is_space(c) || c == '\r')
            .is_empty()
        {
            seen += 1;
            if seen == n {
                return p + 1;
            }
        }
        end = p;
    }
    0
}

/// The one count of `lead` that is `n`, not an amount (`8个百分点`) nor
/// a quoted slogan's (`“三个新跨越”`: the slogan reader reads it by the
/// subsections' titles, and checks it); none when two counts are `n`.
fn count_as_many_as(text: &str, lead: Range<usize>, n: usize) -> Option<(u32, Range<usize>)> {
    let mut found = counts_in(text, lead).into_iter().filter(|(count, range)| {
        *count as usize == n
            && !text[..range.start].ends_with('“')
            && !crate::list_forms::AMOUNTS
                .iter()
                .any(|w| text[range.end..].starts_with(w))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// `一是`, `二是` … as written.
pub(crate) fn ordinal_word(n: u32) -> Option<String> {
    ordinal_word_with(n, '是')
}

/// The `N是` or `N要` of a list's items: `verb` is the word after the
/// numeral of its first item (`一要…二要…`); `第` stands for `第N，`
/// (the comma keeps `第二产业` from reading as an item).
pub(crate) fn ordinal_word_with(n: u32, verb: char) -> Option<String> {
    const DIGITS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let numeral = match n {
        1..=10 => DIGITS[n as usize - 1].to_string(),
        11..=19 => format!("十{}", DIGITS[n as usize - 11]),
        _ => return None,
    };
    Some(if verb == ORDINAL_TH {
        format!("第{numeral}，")
    } else {
        format!("{numeral}{verb}")
    })
}

/// The `verb` of [`ordinal_word_with`] for `第一，…第二，…`.
pub(crate) const ORDINAL_TH: char = '第';

/// The word after the numeral of the ordinal at `first` (`是` of `一是`,
/// `要` of `一要`), or [`ORDINAL_TH`] for `第一，`.
pub(crate) fn ordinal_verb(text: &str, first: usize) -> char {
    let rest = &text[first..];
    if rest.starts_with("一要") {
        '要'
    } else if rest.starts_with("第一，") {
        ORDINAL_TH
    } else {
        '是'
    }
}

fn ordinal_lists(doc: &Document, cues: &Cues, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    let regions = regions(doc);
    for &colon in &cues.ordinals {
        let Some(region) = regions.iter().find(|r| r.contains(&colon)) else {
            continue;
        };
        // The colon or comma is full-width or ASCII.
        let first = colon + text[colon..].chars().next().map_or(1, char::len_utf8);
        // The count ends the clause before the colon (or the comma:
        // `实施“十二大任务”，一是…`), with what it counts after it, not an
        // amount (`提高2个百分点`).
        let clause = crate::figures::clause_range(text, colon.saturating_sub(1));
        let counts = counts_in(text, clause.start..colon);
        let Some((count, count_range)) = counts.last() else {
            continue;
        };
        if text.get(count_range.end..colon).is_none_or(|gap| {
            without_done(gap).chars().count() > 6
                || crate::list_forms::AMOUNTS
                    .iter()
                    .any(|w| gap.starts_with(w))
        }) {
            continue;
        }
        let items = ordinal_items(text, first, region.end);
        if items.len() >= 2 {
            // An ordinal the reader missed (a paragraph opening with other
            // words) would look like a short list: open unless the list
            // ends where it seems to.
            // Items may also go on in other words (`一是…二是…；一类是…，
            // 另一类是…`): then the list stays open too.
            let last = items[items.len() - 1].start;
            let window = &text[last..super_floor(text, (last + 2000).min(region.end))];
            let paragraph = window.split('\n').next().unwrap_or(window);
            // A later ordinal past the next (`三是…五是…`): the numbering
            // skips, and which clauses are the items is not sure.
            let skips = ordinal_word_with(items.len() as u32 + 2, ordinal_verb(text, first))
                .is_some_and(|w| paragraph.contains(w.as_str()));
            let goes_on = skips
                || ["一类", "另一", "一种是", "还有", "此外"]
                    .iter()
                    .any(|w| paragraph.contains(w));
            let open = goes_on || !crate::list_forms::ordinals_closed(text, &items, region.end);
            out.push(CountedList {
                source: ListSource::Ordinals,
                count: *count,
                count_range: count_range.clone(),
                items,
                hidden: 0,
                open,
            });
        }
    }
}

/// `十件民生实事全部办结：一是…`: the words after a count's noun that say
/// all it counts were done; they leave the noun as what the list names.
pub(crate) fn without_done(gap: &str) -> &str {
    const DONE: &[&str] = &[
        "全部办结",
        "全部完成",
        "全面完成",
        "如期完成",
        "圆满完成",
        "全部兑现",
        "全部落实",
        "均已完成",
        "已全部完成",
        "已全部办结",
    ];
    DONE.iter()
        .find_map(|w| gap.strip_suffix(w))
        .filter(|noun| !noun.is_empty())
        .unwrap_or(gap)
}

/// The `N是` that follow `一是` at `first`, each after a clause break, in
/// the same paragraph or at the start of the following ones.
pub(crate) fn ordinal_items(text: &str, first: usize, limit: usize) -> Vec<Range<usize>> {
    let verb = ordinal_verb(text, first);
    let mut items: Vec<Range<usize>> = Vec::with_capacity(10);
    items.push(first..first + "一是".len());
    let mut at = first + "一是".len();
    while let Some(word) = ordinal_word_with(items.len() as u32 + 1, verb) {
        let window_end = (at + 4000).min(limit);
        let window_end = super_floor(text, window_end);
        let Some(window) = text.get(at..window_end) else {
            break;
        };
        // The next ordinal, before any sentence that starts a new topic
        // (a paragraph not opening with it).
        let Some(p) = window.find(word.as_str()) else {
            break;
        };
        let gap = &window[..p];
        let lines = gap.matches('\n').count();
        let prev = gap.chars().next_back();
        let opens_clause =
            prev.is_some_and(|c| matches!(c, '；' | '。' | '，' | '\n' | ';' | ',' | '　' | ' '));
        if !opens_clause
            || (lines > 0 && !gap.trim_end_matches(is_space).ends_with(['。', '；', '\n']))
        {
            break;
        }
        // Across paragraphs, the next ordinal must open its paragraph.
        if lines > 0
            && gap
                .rsplit('\n')
                .next()
                .is_some_and(|l| !l.trim_matches(is_space).is_empty())
        {
            break;
        }
        let start = at + p;
        items.push(start..start + word.len());
        at = start + word.len();
    }
    items
}

pub(crate) fn super_floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn enumeration_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    // Runs read as the lines that go on a list above, not lists of their own.
    let mut continued = 0;
    for (k, e) in doc.enumerations.iter().enumerate() {
        if k < continued {
            continue;
        }
        let Some((_, first)) = e.items.first() else {
            continue;
        };
        let next_lines = lines_going_on(doc, k);
        continued = k + 1 + next_lines.len();
        if doc.notes_sections().any(|n| n.range.contains(&first.start)) {
            continue;
        }
        // The count closes the sentence right before the first item.
        let lead_start = text[..first.start]
            .char_indices()
            .rev()
            .skip(1)
            .find(|(_, c)| matches!(c, '。' | '\n' | '；'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut counts = counts_in(text, lead_start..first.start);
        if counts.is_empty() {
            counts = earlier_deeds_count(text, lead_start);
        }
        // `完成18项工程，其中城建工程10项：①…`: of several counts, the one
        // the colon before the first item closes introduces the items,
        // with at most its counted words between them (`在落实好“十件甲
        // 实事”的基础上，办好“八件实事”:①…`).
        if counts.len() > 1 {
            counts.retain(|(_, r)| {
                let gap = text[r.end..first.start].trim_matches(is_space);
                gap.strip_suffix(['：', ':']).is_some_and(|words| {
                    words.chars().count() <= 8
                        && !words.contains(['，', ',', '；', ';', '。', '、'])
                })
            });
        }
        let [(count, count_range)] = counts.as_slice() else {
            continue;
        };
        // Items past ⑩ whose numbers were lost (`。?完成…`) continue the
        // list: it is not read to its end.
        let last = e.items.last().map_or(first.end, |(_, r)| r.end);
        let rest = text.get(last..e.paragraph.end).unwrap_or("");
        // After ⑩ (the last circled number most encodings have), each
        // such item counts one more.
        let mut lost = Vec::new();
        if rest.contains("。?") || rest.contains("。？") {
            if e.items.len() != 10 {
                continue;
            }
            let starts: Vec<usize> = rest
                .match_indices(['?', '？'])
                .filter(|(i, _)| rest[..*i].ends_with('。'))
                .map(|(i, _)| last + i)
                .collect();
            for (k, &at) in starts.iter().enumerate() {
                let end = starts.get(k + 1).map_or(e.paragraph.end, |next| *next);
                lost.push(at..end);
            }
        }
        // `①A②B③C`: circled numbers with no separator may be read as one
        // enumerator; the sentence's own circled run counts.
        let sentence_end = text[first.start..e.paragraph.end]
            .find('。')
            .map_or(e.paragraph.end, |p| first.start + p);
        let mut items = circled_items(first.start, &text[first.start..sentence_end])
            .filter(|items| items.len() > e.items.len())
            .unwrap_or_else(|| e.items.iter().map(|(_, r)| r.clone()).collect());
        items.extend(lost);
        items.extend(
            next_lines
                .iter()
                .flat_map(|n| n.items.iter().map(|(_, r)| r.clone())),
        );
        out.push(CountedList::shown(
            ListSource::Enumeration,
            *count,
            count_range.clone(),
            items,
        ));
    }
}

/// `办好三件实事：\n①甲；\n②乙；\n③丙。`: the circled runs after the one
/// at `k` that each open the very next line with the number after the
/// last one, so that one item a line goes on one list.
fn lines_going_on(doc: &Document, k: usize) -> &[crate::markers::Enumeration] {
    let text = &doc.text;
    let runs = &doc.enumerations;
    let mut end = k + 1;
    while let (Some(last), Some(next)) = (runs.get(end - 1), runs.get(end)) {
        let (Some((number, _)), Some((next_number, at))) = (last.items.last(), next.items.first())
        else {
            break;
        };
        let between = text.get(last.paragraph.end..at.start).unwrap_or("。");
        // Only the line break and the next line's indent stand between.
        if *next_number != number + 1
            || !between.contains('\n')
            || !between
                .chars()
                .all(|c| is_space(c) || matches!(c, '\n' | '\r'))
        {
            break;
        }
        end += 1;
    }
    &runs[k + 1..end]
}

/// `梳理形成15件民生实事。我们将…！①…`: when the sentence before a circled
/// list states no count, a count of 实事 closing the sentence before it,
/// in the same paragraph, counts the list.
fn earlier_deeds_count(text: &str, sentence_start: usize) -> Vec<(u32, Range<usize>)> {
    let Some(end) = text[..sentence_start].strip_suffix('。').map(str::len) else {
        return Vec::new();
    };
    let start = text[..end]
        .char_indices()
        .rev()
        .take(200)
        .find(|(_, c)| matches!(c, '。' | '\n' | '；' | '！' | '？'))
        .map_or(end.saturating_sub(0), |(i, c)| i + c.len_utf8());
    let counts = counts_in(text, start..end);
    let [(_, range)] = counts.as_slice() else {
        return Vec::new();
    };
    let after: String = text[range.end..end].chars().take(6).collect();
    if after.contains("实事") {
        counts
    } else {
        Vec::new()
    }
}

fn colon_lists(doc: &Document, cues: &Cues, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for &(colon, c) in &cues.colons {
        let Some(start) =
            numeral_start_before_measure(text, colon).or_else(|| count_before_words(text, colon))
        else {
            continue;
        };
        let Some((count, end, _)) = count_at(text, start) else {
            continue;
        };
        // `办好16件民生实事：甲；乙；…。`: a few words of what is counted
        // may stand between the count and the colon when the items are
        // clauses parted by semicolons, the drafter's mark of one item each.
        let named = end != colon
            && text[end..colon].chars().count() <= 8
            && text[end..colon]
                .chars()
                .all(|c| crate::chars::is_han(c) && chinese_digit(c).is_none());
        if end != colon && !named {
            continue;
        }
        let after = colon + c.len();
        let line_end = text[after..].find('\n').map_or(text.len(), |p| after + p);
        let rest = &text[after..line_end];
        if ["一是", "①", "一方面", "首先", "第一", "一要", "一、"]
            .iter()
            .any(|w| rest.starts_with(w))
        {
            continue;
        }
        let sentence_end = rest
            .find('。')
            .map_or(line_end, |p| after + p + '。'.len_utf8());
        let clauses = &text[after..sentence_end];
        let deeds = named.then(|| deeds_with_quantities(text, end..colon, after..sentence_end));
        if let Some(Some(items)) = deeds {
            out.push(CountedList {
                source: ListSource::Colon,
                count,
                count_range: start..end,
                items,
                hidden: 0,
                open: false,
            });
            continue;
        }
        if named
            && (!clauses.contains(['；', ';'])
                || clauses
                    .chars()
                    .any(|c| crate::chars::circled_value(c).is_some())
                || clauses.contains(['：', ':'])
                || !one_count_alone(text, start, colon))
        {
            continue;
        }
        let Some((items, hidden)) = split_items(doc, after..sentence_end) else {
            continue;
        };
        // `…；甲的“丙”以及乙的“丁”。`: a join in the last clause may hold
        // two items.
        let hidden = hidden.max(usize::from(
            named
                && items.last().is_some_and(|r| {
                    ["以及", "及", "和", "与"]
                        .iter()
                        .any(|w| text[r.clone()].contains(w))
                }),
        ));
        // Names, not phrases: `5家：甲公司、乙公司…`.
        let semicolons = text[after..sentence_end].contains(['；', ';']);
        if !semicolons && items.iter().any(|r| text[r.clone()].chars().count() > 15) {
            continue;
        }
        // Clauses parted by semicolons are one item each: a `等` inside
        // one (`甲、乙等优势`) says nothing of the count; only one closing
        // an item leaves the list open.
        let open = if semicolons {
            items.iter().any(|r| {
                text[r.clone()]
                    .trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c))
                    .ends_with('等')
            })
        } else {
            text[after..sentence_end].contains('等')
        };
        out.push(CountedList {
            source: ListSource::Colon,
            count,
            count_range: start..end,
            items,
            hidden,
            open,
        });
    }
}

/// The most characters of one deed of a list of 实事 done (`新建幼儿园3所`).
const MAX_DEED_CHARS: usize = 16;

/// `办成十件民生实事：新建幼儿园3所、改造老旧小区12个、…。`: after a count
/// of 实事 and its colon, deeds parted by `、` or `，` to the sentence's
/// end, each a few words closed by its own quantity in a measure word
/// other than the count's (`件`): one deed each. Deeds counted in the
/// count's own word (`教育类2件`) are groups of it, and a deed without a
/// quantity, a `等`, a `其中`, quotes or brackets leave the list unread.
fn deeds_with_quantities(
    text: &str,
    words: Range<usize>,
    list: Range<usize>,
) -> Option<Vec<Range<usize>>> {
    let words_text = &text[words.clone()];
    if !words_text.ends_with("实事") {
        return None;
    }
    let measure = text[..words.start].chars().next_back()?;
    let body = text[list.clone()].trim_end_matches(['。', '；', ';']);
    if body.contains(['等', '“', '（', '(', '：', ':', '；', ';']) || body.contains("其中")
    {
        return None;
    }
    let items = pieces(list.start, body, &['、', '，', ',']);
    if items.len() < 2 {
        return None;
    }
    let deed = |item: &str| {
        let item = item.trim_matches(is_space);
        let closing =
            item.trim_end_matches(|c: char| crate::chars::is_han(c) && chinese_digit(c).is_none());
        let unit = &item[closing.len()..];
        // `860万元`: a multiplier before the unit.
        let closing = closing.trim_end_matches(['万', '亿']);
        item.chars().count() <= MAX_DEED_CHARS
            && closing.ends_with(|c: char| c.is_ascii_digit())
            && (1..=3).contains(&unit.chars().count())
            && !unit.starts_with(measure)
            && closing
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                .chars()
                .count()
                >= 2
    };
    items
        .iter()
        .all(|r| deed(&text[r.clone()]))
        .then_some(items)
}

/// The start of a count whose measure word ends at `end`.
/// Whether the count at `start` is the only figure of its clause (from
/// the last break up to the colon at `colon`), with no `、` before it: not
/// one of several slogans a note defines at once (`六个甲、四个乙：`,
/// `一中枢三支点：`).
fn one_count_alone(text: &str, start: usize, colon: usize) -> bool {
    let clause_start = text[..start]
        .rfind(['，', '。', '；', '：', '\n', ',', ';', ':'])
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &text[clause_start..colon];
    !clause.contains('、')
        && clause
            .chars()
            .filter(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
            .count()
            == text[start..colon]
                .chars()
                .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
                .count()
}

/// Where the count starts that a few words (eight characters at most)
/// follow up to `end`: `16件民生实事` before its colon.
fn count_before_words(text: &str, end: usize) -> Option<usize> {
    let from = text[..end]
        .char_indices()
        .rev()
        .take(12)
        .last()
        .map_or(end, |(i, _)| i);
    counts_in(text, from..end)
        .last()
        .filter(|(_, r)| text[r.end..end].chars().count() <= 8)
        .map(|(_, r)| r.start)
}

fn numeral_start_before_measure(text: &str, end: usize) -> Option<usize> {
    MEASURES.iter().find_map(|m| {
        let measure_start = end.checked_sub(m.len())?;
        if text.get(measure_start..end)? != *m {
            return None;
        }
        numeral_start(text, measure_start)
    })
}

/// Names before `等N个` or `共N个`. One name with a join in it (`甲和乙等
/// 5家`, `西和某矿等5家`: two names or one) goes to `one_joined`: open,
/// as one name or two, it can never hold more names than its count, so it
/// is read (never checked) only where nothing else reads that count.
fn name_lists(
    doc: &Document,
    cues: &Cues,
    out: &mut Vec<CountedList>,
    one_joined: &mut Vec<CountedList>,
) {
    let text = &doc.text;
    for &(at, word) in &cues.totals {
        // `等“五大行动”`: the count may open a quoted name; `等 5家`: a
        // text taken from a PDF may keep a space before digits.
        let after = at + word.len();
        let count_start = if text[after..].starts_with('“') {
            after + '“'.len_utf8()
        } else if text[after..].starts_with(' ')
            && text[after + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            after + 1
        } else {
            after
        };
        let Some((count_start, count, end, approximate)) = count_at(text, count_start)
            .map(|(count, end, _)| (count_start, count, end, false))
            .or_else(|| {
                (word == "等")
                    .then(|| count_after_noun(text, after))
                    .flatten()
            })
            .or_else(|| {
                // `甲等112个项目`, `甲等30多座`, `甲等总投资80亿元的13个`.
                (word == "等")
                    .then(|| {
                        crate::deng_counts::example_count_at(text, count_start)
                            .or_else(|| crate::deng_counts::qualified_count_at(text, after))
                    })
                    .flatten()
                    .map(|c| (c.range.start, c.value, c.range.end, c.approximate))
            })
        else {
            continue;
        };
        let clause = doc.clause_range(at);
        // A clause cut at its bound is no list of names.
        if at - clause.start >= crate::figures::MAX_CLAUSE_BYTES {
            continue;
        }
        // The names start after the last figure or count of the clause,
        // but for figures that qualify a name (`投资50亿元的甲、…`).
        let lo = doc.figures.partition_point(|f| f.span.start < clause.start);
        let hi = doc.figures.partition_point(|f| f.span.start < at).max(lo);
        let last_figure = doc.figures[lo..hi].iter().rfind(|f| {
            f.span.end <= at
                && !text[f.span.end..].starts_with('的')
                && !(word == "等" && figure_inside_name(text, f.span.clone(), clause.start, at))
        });
        let names_start = last_figure.map_or(clause.start, |f| f.span.end);
        // `甲等5所幼儿园和乙等2所中小学`, `甲等4个X、乙等20个Y`: the words
        // after an earlier list's count are what that count counts; this
        // list's names start after the `、` or `和` that ends them.
        let names_start = match last_figure {
            Some(f) if text[..f.span.start].trim_end_matches('“').ends_with('等') => {
                match text[names_start..at].find(['、', '和']) {
                    Some(p) => names_start + p + '、'.len_utf8(),
                    None => continue,
                }
            }
            _ => names_start,
        };
        // `甲、乙等4大X和丙、丁等8个Y`: an earlier 等 closed its own list
        // with its count, the words after it are what that count counts;
        // this list's names start after the `和` or `、` that ends them.
        let names_start = match earlier_deng_count(text, names_start, at) {
            Some(end) => match text[end..at].find(['、', '和']) {
                Some(p) => end + p + '、'.len_utf8(),
                None => continue,
            },
            None => names_start,
        };
        // `…服务:甲、乙等9个`: an ASCII colon ends a clause too.
        let names_start = text[names_start..at]
            .rfind(':')
            .map_or(names_start, |p| names_start + p + 1);
        // `《纲要》提出了甲、乙等3个方面`: the names are what the document
        // says, after its saying verb.
        let names_start = text[names_start..at]
            .rfind('》')
            .and_then(|p| {
                let after = &text[names_start + p + '》'.len_utf8()..at];
                let verb = SAYING.iter().find(|w| after.starts_with(*w))?;
                let rest = &after[verb.len()..];
                let rest = rest.strip_prefix('了').unwrap_or(rest);
                Some(at - rest.len())
            })
            .unwrap_or(names_start);
        let names = &text[names_start..at];
        // `印发《甲》《乙》等4个文件`: titles closing the words are the
        // names, whatever their words and the verb before them.
        let titles = crate::title_runs::titles_closing(names, names_start);
        // A title in 《》 may be part of a name (`舞剧《甲》`), not a clause
        // of a document's words (`《甲》提出`).
        if titles.is_none() && names.contains('《') && names.contains(['：', '提', '指'])
            || !balanced(names)
        {
            continue;
        }
        // `A、B及C等5座`: the count may be C's alone.
        // (Not the same characters inside words: `涉及`, `参与`.)
        // A `和` inside an earlier name (`甲、乙和丙联营、丁`) joins words
        // of that name: lists join only their last name so.
        // (A title's `和` is its own words.)
        let titled = titles.is_some();
        let last_joins = !titled
            && top_level(names)
                .last()
                .is_some_and(|(_, piece)| joins_two(piece));
        if names.contains('或') {
            continue;
        }
        let items: Vec<Range<usize>> = match titles {
            Some(titles) => titles,
            None => top_level(names)
                .map(|(i, piece)| names_start + i..names_start + i + piece.len())
                .collect(),
        };
        let items = after_an_earlier_list(text, items);
        let items = two_groups_joined(text, items);
        let items = first_two_of_kind(text, items, words_after(text, end, 4));
        // With a last name that may be two, the list is read only when it
        // cannot fire: more names than the count may be the count's
        // reading of the last name alone. Not when the names are of one
        // kind (`甲旅游、乙旅游、丙与丁旅游等5条线路`): the count is the
        // whole list's, and a `与` whose first half does not end like the
        // names joins words of the last name.
        let words: Vec<&str> = items.iter().map(|r| text[r.clone()].trim()).collect();
        let kind = one_kind_tail(&words);
        let alone = last_joins && kind.is_none() && items.len() == 1;
        if last_joins
            && kind.is_none()
            && !alone
            && (items.len() < 2 || items.len() > count as usize)
        {
            continue;
        }
        let hidden = match kind {
            Some(tail) if last_joins => usize::from(
                words[words.len() - 1]
                    .match_indices(['和', '及', '与'])
                    .any(|(i, _)| words[words.len() - 1][..i].ends_with(tail)),
            ),
            _ => usize::from(last_joins),
        };
        // Names of one rhythm close with their join: the last two are two;
        // so do two things of the counted kind joined (`甲镇、乙镇和丙镇
        // 等3个乡镇`).
        let counted = words_after(text, end, 4);
        let (items, hidden) = match (!titled)
            .then(|| parallel_last(&words).or_else(|| last_two_of_kind(&words, counted)))
            .flatten()
        {
            Some((i, w)) => {
                let word = words[words.len() - 1];
                let start = word.as_ptr() as usize - text.as_ptr() as usize;
                let mut split = items.clone();
                split.pop();
                split.push(start..start + i);
                split.push(start + i + w..start + word.len());
                (split, 0)
            }
            None => (items, hidden),
        };
        // Short names; the first may carry the words of the clause before
        // it (`第二项指推动甲建设、乙、丙等“三大任务”`).
        // Longer names are read when each ends with what is counted
        // (`甲改革攻坚行动、乙改革攻坚行动等十大改革攻坚行动`): names of
        // one kind, not clauses.
        // Among five names or more, one longer name is still a name
        // (`甲、乙、丙、丁扩建二期工程、戊等五件实事`): the short ones
        // around it tell the list.
        let too_long = |limit: usize| items.iter().skip(1).any(|r| r.len() > limit);
        let one_longer =
            items.len() >= 5 && items.iter().skip(1).filter(|r| r.len() > 45).count() == 1;
        if items.is_empty()
            || too_long(45)
                && (items.len() < 2
                    || too_long(30 * 3)
                    || !(one_longer || each_ends_with_counted(text, &items, end, clause.end)))
        {
            continue;
        }
        // `30多座` is at least 30: as many names or more break nothing.
        if approximate && items.len() >= count as usize {
            continue;
        }
        // `部委、直属机构共59个`: categories, not names, may hold more;
        // so these lists only fire with more names than the count. Names
        // that each end with what `共` counts are those things themselves
        // (`甲高速公路、乙高速公路共2条高速公路`): the total is theirs.
        let open = !(word == "共"
            && items.len() >= 2
            && each_ends_with_counted(text, &items, end, clause.end));
        let list = CountedList {
            source: ListSource::Names,
            count,
            count_range: count_start..end,
            items,
            hidden,
            open,
        };
        // `改造甲路、乙路和新建丙路、丁路等2条`: a join opening a deed
        // parts two lists of deeds, and the count may be the last one's;
        // when that reading holds, a mismatch of the whole is no finding.
        if list.mismatched() && counts_the_last_deed(text, &list.items, count as usize) {
            continue;
        }
        if alone {
            // Open over one name or two: it cannot hold more than its count.
            if list.open && !list.mismatched() {
                one_joined.push(list);
            }
        } else {
            out.push(list);
        }
    }
}

/// Whether `name` opens with the verb `verb` and names a deed: words of
/// what is done follow the verb. One character after it makes a word of
/// its own (`服务业`, `有色`, `建材`), a name of a thing.
/// Neither does a one-character verb opening a word that names a thing
/// (`有色金属`, `有机农业`, `和谐宜居`).
fn opens_deed(name: &str, verb: &str) -> bool {
    name.starts_with(verb)
        && name[verb.len()..].chars().nth(1).is_some()
        && !THING_WORDS_OPENING_WITH_VERBS
            .iter()
            .any(|w| name.starts_with(w))
}

/// Words of things that open with a one-character verb of [`VERBS`].
const THING_WORDS_OPENING_WITH_VERBS: &[&str] = &["有色", "有机", "有线", "和谐"];

/// The length of a grade opening `s` (`5A级`, `国家4A级`), or 0.
fn grade_len(s: &str) -> usize {
    let graded = s.strip_prefix("国家").unwrap_or(s);
    let b = graded.as_bytes();
    if b.len() > 2 && b[0].is_ascii_digit() && b[1] == b'A' && graded[2..].starts_with('级') {
        s.len() - graded.len() + 2 + '级'.len_utf8()
    } else {
        0
    }
}

/// Whether the figure at `span` is words of a name in a list before `等`
/// at `at`: a size that is no count of the list's kind (`甲300兆瓦光伏
/// 制氢`, `乙20万吨电解铜`), with the name's words after it up to the next
/// `、` or the `等`, and only a name's words (if any) before it back to the
/// `、` or the clause's start. A figure closing its piece (`引进项目12个、
/// 甲、乙等`) or followed by a join (`乙3个园区和丙`) ends what came
/// before, as it did.
fn figure_inside_name(text: &str, span: Range<usize>, clause_start: usize, at: usize) -> bool {
    let name_words = |s: &str| {
        s.chars()
            .all(|c| crate::chars::is_han(c) || c.is_ascii_alphanumeric())
            && !s.contains(['和', '及', '与', '的', '等'])
    };
    if count_at(text, span.start).is_some() {
        return false;
    }
    let piece_start = text[clause_start..span.start]
        .rfind('、')
        .map_or(clause_start, |p| clause_start + p + '、'.len_utf8());
    let piece_end = text[span.end..at].find('、').map_or(at, |p| span.end + p);
    let head = &text[piece_start..span.start];
    let tail = &text[span.end..piece_end];
    name_words(head) && tail.chars().count() >= 2 && name_words(tail)
}

/// `甲等专项规划、乙等六项规划`: a first piece whose `等` closes an earlier
/// list, followed by the few words it counts, is no name of this list; the
/// names start after it.
fn after_an_earlier_list(text: &str, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let closes_a_list = |piece: &Range<usize>| {
        let words = &text[piece.clone()];
        let Some(p) = words.rfind('等') else {
            return false;
        };
        let after = piece.start + p + '等'.len_utf8();
        let counted = &text[after..piece.end];
        p > 0
            && !deng_in_word(text, after)
            && (2..=8).contains(&counted.chars().count())
            && counted.chars().all(crate::chars::is_han)
    };
    match items.split_first() {
        Some((first, rest)) if !rest.is_empty() && closes_a_list(first) => rest.to_vec(),
        _ => items,
    }
}

/// Where the count ends that closes the last list of `text[from..to]`
/// (a `等` right before a count), if any.
fn earlier_deng_count(text: &str, from: usize, to: usize) -> Option<usize> {
    text[from..to]
        .rmatch_indices('等')
        .map(|(p, w)| from + p + w.len())
        .find_map(|after| {
            count_at(text, after)
                .map(|(_, end, _)| end)
                .filter(|&end| end < to)
        })
}

/// `甲、乙等项目29个`, `甲、乙等南北向12条`: after `等`, the counted noun
/// (a few characters, no verb, no figure) then its count closing the
/// clause: the count is the names' as if it stood right after `等`. The
/// noun may hold a quoted word (`甲、乙等“断头路”13条`, `甲等“5020”项目
/// 56个`): the quotes mark one word of the kind, whatever it holds, and
/// no verb in it says what was done. A count of about so many or more
/// (`30个左右`, `50个以上`) closes the clause as well, read as at least
/// its value. Where the count starts, its value, its end and whether it is
/// so approximate.
fn count_after_noun(text: &str, after: usize) -> Option<(usize, u32, usize, bool)> {
    // `等500强企业38家`, `等十亿元以上项目77个`: a rank or size the kind
    // reaches opens the noun, a figure of no list of its own.
    let after = after + rank_or_size_len(&text[after..]);
    // The noun's characters outside quotes, and in all.
    let mut bare = 0;
    let mut all = 0;
    let mut quoted = false;
    let mut at = after;
    while let Some(c) = text[at..].chars().next() {
        if c == '“' && !quoted {
            // A short quoted word, closed before any clause break or `、`.
            let inner = &text[at + c.len_utf8()..];
            let close = inner
                .char_indices()
                .take(13)
                .find(|(_, d)| matches!(d, '”' | '“' | '、' | '，' | '。' | '；' | '：'))
                .filter(|(_, d)| *d == '”')?
                .0;
            if close == 0 {
                return None;
            }
            all += inner[..close].chars().count();
            at += c.len_utf8() + close + '”'.len_utf8();
            quoted = true;
            continue;
        }
        // `一体化`, `一站式`: a word opening with 一, not a count of one.
        let word_one = c == '一' && {
            let next = &text[at + c.len_utf8()..];
            next.starts_with(|d: char| crate::chars::is_han(d) && !is_numeral(d))
                && !MEASURES.iter().any(|m| next.starts_with(m))
        };
        if !(crate::chars::is_han(c) && (!is_numeral(c) || word_one) && c != '的') || bare == 11 {
            break;
        }
        bare += 1;
        all += 1;
        at += c.len_utf8();
    }
    if bare > 10 || !(2..=16).contains(&all) {
        return None;
    }
    let noun = &text[after..at];
    let start = at;
    let (value, end) = count_at(text, start)
        .map(|(value, end, _)| (value, end))
        .or_else(|| {
            crate::deng_counts::example_count_at(text, start)
                .filter(|c| !c.approximate)
                .map(|c| (c.value, c.range.end))
        })?;
    let approximate = ["左右", "以上"].iter().any(|w| text[end..].starts_with(w));
    let rest_at = if approximate {
        end + "左右".len()
    } else {
        end
    };
    // The count closes its clause: nothing after it is counted. (Most
    // 等 stop here, before the words are looked at.)
    let closes = text[rest_at..]
        .chars()
        .next()
        .is_none_or(|c| CLAUSE_BREAKS.contains(&c));
    // Words in quotes are a name, not what was done.
    let done = if quoted {
        let unquoted: String = noun
            .split('“')
            .map(|piece| piece.rsplit('”').next().unwrap_or(piece))
            .collect();
        done_not_named(&unquoted)
    } else {
        done_not_named(noun)
    };
    (closes && !deng_in_word(text, after) && !done).then_some((start, value, end, approximate))
}

/// The bytes of a rank or a size opening `words` (`500强`, `十亿元以上`,
/// `亿元级`), or 0: a numeral, then `强` or a unit of money that a
/// `以上` or `级` closes.
fn rank_or_size_len(words: &str) -> usize {
    let numeral: usize = words
        .chars()
        .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some() || "百千".contains(*c))
        .map(char::len_utf8)
        .sum();
    if numeral == 0 {
        return 0;
    }
    let rest = &words[numeral..];
    ["强", "亿元以上", "万元以上", "亿元级", "亿级"]
        .iter()
        .find(|w| rest.starts_with(*w))
        .map_or(0, |w| numeral + w.len())
}

/// Whether the `等` ending at `after` is inside a word (`等级`, `高等`,
/// `平等`), listing nothing.
pub(crate) fn deng_in_word(text: &str, after: usize) -> bool {
    let before = text[..after - '等'.len_utf8()].chars().next_back();
    text[after..].starts_with('级') || before.is_some_and(|c| "高平对初均相特一二三".contains(c))
}

/// Whether the words between `等` and a count say what was done
/// (`等乡镇建成驿站2个`): a verb after the last `的` (before it, a verb
/// qualifies the noun: `投资亿元以上的项目`), but for `达到`, which only
/// links the names to their number.
pub(crate) fn done_not_named(words: &str) -> bool {
    let head = words.rsplit('的').next().unwrap_or(words);
    VERBS
        .iter()
        .any(|v| v.chars().count() >= 2 && *v != "达到" && head.contains(v))
}

/// Whether a `和` (or `与`, `及`) in `name` opens a deed (`乙路和新建丙路`).
fn joins_a_deed(name: &str) -> bool {
    join_words_at(name).any(|(i, w)| {
        let rest = &name[i + w.len()..];
        VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && rest.starts_with(v))
    })
}

/// Whether `count` reads as the count of a list's last deed only, and not
/// of its names (`改造甲路、乙路和新建丙路、丁路等2条`: 丙路 and 丁路): the
/// list then has two readings.
pub(crate) fn counts_the_last_deed(text: &str, items: &[Range<usize>], count: usize) -> bool {
    items
        .iter()
        .rposition(|r| joins_a_deed(&text[r.clone()]))
        .is_some_and(|k| items.len() - k == count && items.len() != count)
}

/// `甲路、乙路和丙街、丁街`: a name between two `、` whose `和` (or `与`,
/// `及`) parts a word ending like the name before it from one ending like
/// the name after it joins two groups of names: it is two names.
fn two_groups_joined(text: &str, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let last_char = |r: &Range<usize>| text[r.clone()].trim_end().chars().next_back();
    let mut out = Vec::with_capacity(items.len() + 1);
    for (k, item) in items.iter().enumerate() {
        let (Some(before), Some(after)) = (k.checked_sub(1).map(|j| &items[j]), items.get(k + 1))
        else {
            out.push(item.clone());
            continue;
        };
        let name = &text[item.clone()];
        let joins: Vec<(usize, &str)> = join_words_at(name).collect();
        let split = match joins.as_slice() {
            [(i, w)] => {
                let (left, right) = (&name[..*i], &name[i + w.len()..]);
                let ends = |s: &str, c: Option<char>| c.is_some() && s.chars().next_back() == c;
                // Groups of one kind (`甲路、乙路和丙路、丁路`) are two
                // names as well, when the second side names a thing, not
                // a deed that may open a list of its own (`和新建丙路`).
                let kinds_differ = last_char(before) != last_char(after);
                let one_kind = !kinds_differ
                    && left.chars().count() >= 2
                    && right.chars().count() >= 2
                    && !VERBS
                        .iter()
                        .any(|v| v.chars().count() >= 2 && right.starts_with(v));
                (ends(left, last_char(before))
                    && ends(right, last_char(after))
                    && (kinds_differ || one_kind))
                    .then_some((*i, w.len()))
            }
            _ => None,
        };
        match split {
            Some((i, len)) => {
                out.push(item.start..item.start + i);
                out.push(item.start + i + len..item.end);
            }
            None => out.push(item.clone()),
        }
    }
    out
}

/// Whether every item ends with the last two characters of the words
/// counted after the count at `end` (up to `clause_end`, at most eight
/// characters, all Han: `改革攻坚行动`), so the items are names of it.
fn each_ends_with_counted(
    text: &str,
    items: &[Range<usize>],
    end: usize,
    clause_end: usize,
) -> bool {
    let counted = text.get(end..clause_end.max(end)).unwrap_or("");
    let counted = counted.trim_end_matches('”');
    let n = counted.chars().count();
    if !(2..=8).contains(&n) || !counted.chars().all(crate::chars::is_han) {
        return false;
    }
    let tail_start = counted.char_indices().nth(n - 2).map_or(0, |(i, _)| i);
    let tail = &counted[tail_start..];
    items.iter().all(|r| {
        text.get(r.clone())
            .is_some_and(|item| item.trim_end_matches('”').ends_with(tail))
    })
}

/// The two characters every name ends with, when there are three names
/// at least and none is those two characters bare (`生活服务、家庭服务、
/// 发展服务`): names of things of one kind.
fn one_kind_tail<'a>(words: &[&'a str]) -> Option<&'a str> {
    let last = words.last()?;
    let tail_at = last.char_indices().rev().nth(1)?.0;
    let tail = &last[tail_at..];
    (words.len() >= 3
        && words
            .iter()
            .all(|w| w.ends_with(tail) && w.len() > tail.len()))
    .then_some(tail)
}

/// Whether brackets and quotes in `s` close as they open.
pub(crate) fn balanced(s: &str) -> bool {
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '（' | '(' | '“' => depth += 1,
            '）' | ')' | '”' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

/// The names of `s` cut at `、` outside brackets and quotes, and between two
/// quoted names that touch (`“甲”“乙”`): each piece's offset and words.
pub(crate) fn top_level(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let mut previous = None;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '“' => {
                if c == '“' && depth == 0 && previous == Some('”') {
                    cuts.push((start, i));
                    start = i;
                }
                depth += 1;
            }
            '）' | ')' | '”' => depth -= 1,
            '、' if depth == 0 => {
                cuts.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
        previous = Some(c);
    }
    cuts.push((start, s.len()));
    cuts.into_iter()
        .filter(move |(a, b)| !s[*a..*b].trim().is_empty())
        .map(move |(a, b)| (a, &s[a..b]))
}

/// Verbs that tell a clause from a name: a later name opening with one, or
/// the last name ending with one (`A、B提高3个`, `甲、做强四大`), lists
/// tasks or counts something else than the names.
pub(crate) const VERBS: &[&str] = &[
    "建设",
    "新建",
    "改建",
    "扩建",
    "改扩建",
    "续建",
    "迁建",
    "建成",
    "实施",
    "完成",
    "实现",
    "达到",
    "增长",
    "提高",
    "提升",
    "新增",
    "增加",
    "减少",
    "下降",
    "引进",
    "培育",
    "打造",
    "开展",
    "推进",
    "推动",
    "创建",
    "获得",
    "获评",
    "入选",
    "签约",
    "开工",
    "竣工",
    "投用",
    "投资",
    "落地",
    "形成",
    "启动",
    "争取",
    "举办",
    "组建",
    "设立",
    "覆盖",
    "带动",
    "涉及",
    "包含",
    "包括",
    "拥有",
    "共有",
    "布局",
    "整合",
    "组织",
    "坚持",
    "加快",
    "加强",
    "深化",
    "落实",
    // Verbs of issuing, which no name ends with (`甲、乙、丙提出四项举措`).
    "提出",
    "推出",
    "出台",
    "制定",
    "印发",
    "发布",
    "作出",
    "做出",
    "打出",
    "推行",
    "维护",
    "宣传",
    "发展",
    "促进",
    "强化",
    "优化",
    "做好",
    "抓好",
    "办好",
    "构建",
    "打好",
    "谋划",
    "支持",
    "争创",
    "保持",
    "缩小",
    "扩大",
    "做强",
    "做优",
    "做精",
    "做大",
    "做实",
    "改造",
    "整治",
    "修复",
    "升级",
    "认定",
    "评定",
    "融入",
    "服务",
    "聚焦",
    "突出",
    "围绕",
    "巩固",
    "命名",
    "划定",
    "达",
    "有",
    "等",
    "共",
    "和",
    "及",
    "与",
    "或",
];

/// How many more names a `和` may hide in a list of `words`: one in its
/// first and one in its last name; a name between two `、` is one name.
///
/// The last name hides none when a name between two `、` already holds
/// the same joining word. A list closes with its `和`, `及` or `与` before
/// its last name, so the word can only join words of a name when it stands
/// between two `、`; a list that uses it so has shown the drafter's way
/// with that word, and a drafter who ties words of names with `及` does not
/// close the same list with `及` as well, where no reader could tell the
/// two apart (`甲、汽车及零部件、生物医药及医疗器械`: three names). Read
/// as maybe two, the last name let a count one above the names fit as
/// well, so a count broken by one stayed silent; read as one, the count
/// that agrees with the names is the only one the list allows.
pub(crate) fn hidden_in(words: &[&str]) -> usize {
    let among = |k: usize| {
        let others_long = words
            .iter()
            .enumerate()
            .all(|(j, w)| j == k || w.chars().count() >= 3);
        usize::from(joins_two_among(words[k], others_long))
    };
    match words.len() {
        0 => 0,
        1 => among(0),
        n => {
            let last = words[n - 1];
            // `汽车及零部件、索具…`: a first name whose only joining word is
            // `及` ties words of that name (`及` binds closer than `、`;
            // a list puts its own join before its last name, and a first
            // name joined to the rest takes `和`: `城区和甲、乙、丙`). It
            // shows the drafter's way with `及`, as a middle name does.
            let first_ji =
                join_words(words[0]).all(|j| j == "及") && join_words(words[0]).next().is_some();
            let shown_inside = shown_inside(&words[1..n - 1], last)
                || (first_ji && join_words(last).all(|j| j == "及"));
            let first = if joins_verbs(words[0]) || first_ji {
                0
            } else {
                among(0)
            };
            first + if shown_inside { 0 } else { among(n - 1) }
        }
    }
}

/// [`hidden_in`] for names of one kind (`甲大提升、乙大提升、丙与丁大提
/// 升`): a join whose first half does not end like the names ties words of
/// one name, as the names before `等` are read.
fn hidden_in_kind(words: &[&str]) -> usize {
    match one_kind_tail(words) {
        Some(tail)
            if !words
                .iter()
                .any(|w| join_words_at(w).any(|(i, _)| w[..i].ends_with(tail))) =>
        {
            0
        }
        _ => hidden_in(words),
    }
}

/// Where the last name joins two, when the names keep one rhythm: every
/// name between the first (which may carry the clause's verb) and the last
/// has as many characters, none joins words, and the last is two such
/// names joined by its one `和`, `及` or `与` (`甲乙丙丁、戊己庚辛、壬癸子丑和
/// 寅卯辰巳`): the drafter's list closes with its join, the last two are
/// two. The join's offset and length in the last name.
fn parallel_last(words: &[&str]) -> Option<(usize, usize)> {
    let n = words.len();
    if n < 4 {
        return None;
    }
    let middle = &words[1..n - 1];
    let width = middle[0].chars().count();
    if width < 2
        || middle
            .iter()
            .any(|w| w.chars().count() != width || join_words_at(w).next().is_some())
    {
        return None;
    }
    let last = words[n - 1];
    let mut joins = join_words_at(last);
    let (i, w) = joins.next()?;
    (joins.next().is_none()
        && last[..i].chars().count() == width
        && last[i + w.len()..].chars().count() == width)
        .then_some((i, w.len()))
}

/// Where the last name splits into two things of the counted kind: every
/// name ends with one character the counted words hold, and the last name
/// has one join with such a name on each side (`甲镇、乙镇和丙镇等3个乡
/// 镇`, `甲桥、乙桥和丙桥3座危桥`): the drafter joined two of the things,
/// not words of one (a `和` inside a name, `太和镇`, has no name before
/// it). The join's offset and length in the last name.
fn last_two_of_kind(words: &[&str], counted: &str) -> Option<(usize, usize)> {
    let [.., last] = words else {
        return None;
    };
    let t = last.chars().next_back()?;
    let name = |w: &str| w.ends_with(t) && w.chars().count() >= 2;
    if words.len() < 2
        || !crate::chars::is_han(t)
        || !counted.contains(t)
        || !words.iter().all(|w| name(w))
    {
        return None;
    }
    let mut joins =
        join_words_at(last).filter(|(i, w)| name(&last[..*i]) && name(&last[i + w.len()..]));
    let (i, w) = joins.next()?;
    joins.next().is_none().then_some((i, w.len()))
}

/// Where the last name joins two names of the list's kind: three names or
/// more all end with the same two characters, and the last holds one join
/// with such a name on each side (`甲名片、乙名片、丙名片和丁名片`): the
/// drafter closed the list with its join, so the last two are two. The
/// join's offset and length in the last name.
fn last_two_named_alike(words: &[&str]) -> Option<(usize, usize)> {
    let tail = one_kind_tail(words)?;
    let last = words.last()?;
    let name = |w: &str| w.ends_with(tail) && w.len() > tail.len();
    let mut joins =
        join_words_at(last).filter(|(i, w)| name(&last[..*i]) && name(&last[i + w.len()..]));
    let (i, w) = joins.next()?;
    joins.next().is_none().then_some((i, w.len()))
}

/// `甲园区和乙园区、丙园区、丁园区等6家园区`: the first name of a list
/// whose names all end with one character of the counted words, holding
/// one join with such a name on each side, joins two of the things (as
/// the last name may, see [`last_two_of_kind`]). The first side may carry
/// the clause's verb; the second must be a name like the others: no
/// longer than the longest of them, with no verb and no `的` in it
/// (`甲区和乙区共建丙区` is one clause, `甲区和乙区的丙园区` one park).
fn first_two_of_kind(text: &str, items: Vec<Range<usize>>, counted: &str) -> Vec<Range<usize>> {
    let split = (|| {
        let [first, rest @ ..] = items.as_slice() else {
            return None;
        };
        let later: Vec<&str> = rest.iter().map(|r| text[r.clone()].trim()).collect();
        let t = later.first()?.chars().next_back()?;
        let name = |w: &str| w.ends_with(t) && w.chars().count() >= 2;
        if !crate::chars::is_han(t) || !counted.contains(t) || !later.iter().all(|w| name(w)) {
            return None;
        }
        let longest = later.iter().map(|w| w.chars().count()).max()?;
        let word = &text[first.clone()];
        let mut joins = join_words_at(word).filter(|(i, w)| {
            let right = &word[i + w.len()..];
            name(&word[..*i])
                && name(right)
                && right.chars().count() <= longest
                && !right.contains('的')
                && !VERBS.iter().any(|v| right.contains(v))
        });
        let (i, w) = joins.next()?;
        joins
            .next()
            .is_none()
            .then(|| (first.start + i, first.start + i + w.len()))
    })();
    match split {
        Some((join, after)) => {
            let mut out = Vec::with_capacity(items.len() + 1);
            out.push(items[0].start..join);
            out.push(after..items[0].end);
            out.extend(items.into_iter().skip(1));
            out
        }
        None => items,
    }
}

/// Up to `n` characters of `text` from `at`: the words a count counts.
fn words_after(text: &str, at: usize, n: usize) -> &str {
    let end = text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i);
    &text[at..end]
}

/// Whether the joins of a list's first name tie two verbs of the sentence
/// that takes the names as its object (`谋划和着力打造甲、乙…`): a verb
/// follows the last join within a few characters and more words follow
/// the verb, so the first name starts after it.
fn joins_verbs(first: &str) -> bool {
    let Some((i, w)) = join_words_at(first).last() else {
        return false;
    };
    let after = &first[i + w.len()..];
    VERBS.iter().filter(|v| v.chars().count() >= 2).any(|v| {
        after.find(v).is_some_and(|p| {
            after[..p].chars().count() <= 3 && after[p + v.len()..].chars().count() >= 2
        })
    })
}

/// Whether every joining word of `last` is one that a name of `middle`
/// (names between two `、`) already ties words with: then none of them
/// closes the list (`…、规模和质量以及乙`: `以及` may still close it).
fn shown_inside(middle: &[&str], last: &str) -> bool {
    let mut joins = join_words(last).peekable();
    joins.peek().is_some() && joins.all(|l| middle.iter().any(|w| join_words(w).any(|j| j == l)))
}

/// The joining words (`和`, `及`, `与`) that `word` holds, not inside
/// words such as `参与`, `普及`, `和谐`.
fn join_words(word: &str) -> impl Iterator<Item = &str> + '_ {
    join_words_at(word).map(|(_, w)| w)
}

/// [`join_words`] with where each stands.
pub(crate) fn join_words_at(word: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    word.match_indices(['和', '及', '与']).filter(|(i, _)| {
        !within_word(word, *i, JOIN_WORDS)
            && !within_word(word, *i, TWO_WAY_JOIN_WORDS)
            && !in_quotes(word, *i)
    })
}

/// [`joins_two`] for a name among others: when every other name is three
/// characters or more, a `和` opening the name or followed by one character
/// joins no two of them (`甲街、人和街`, `让利与民`, `以及甲、乙`); one
/// character before it may be a name (`甲、茶和乙`).
pub(crate) fn joins_two_among(word: &str, others_long: bool) -> bool {
    if !others_long || word.contains("直至") {
        return may_join_two(word);
    }
    word.match_indices(['和', '及', '与']).any(|(i, w)| {
        !within_word(word, i, JOIN_WORDS)
            && !in_quotes(word, i)
            && !matches!(&word[..i], "" | "以")
            && word[i + w.len()..].chars().count() >= 2
    })
}

/// Whether `word` ends with one of [`VERBS`]; a joining word ending a
/// word that holds it (`碳中和`) is no verb.
pub(crate) fn ends_with_verb(word: &str) -> bool {
    VERBS.iter().any(|v| {
        word.ends_with(v)
            && !(v.chars().count() == 1
                && (within_word(word, word.len() - v.len(), JOIN_WORDS)
                    || within_word(word, word.len() - v.len(), TWO_WAY_JOIN_WORDS)))
    })
}

/// Words holding `和`, `及` or `与` that join nothing.
const JOIN_WORDS: &[&str] = &[
    "参与",
    "给与",
    "普及",
    "涉及",
    "惠及",
    "波及",
    "和谐",
    "及时",
    "碳中和",
];

/// Words holding `和` whose other character may as well close the word
/// before (`水平和`, `气温和`, `集中和`) or open the word after (`和平台`):
/// there the `和` may join two names, or not.
const TWO_WAY_JOIN_WORDS: &[&str] = &["平和", "温和", "和平", "中和"];

/// Whether a name is surely two joined by `和`, `与`, `及` or `直至`; not
/// the same characters inside words (`参与`, `普及`, `涉及`, `和谐`,
/// `及时`), nor in words that may hold them either way (`水平和`).
pub(crate) fn joins_two(word: &str) -> bool {
    word.contains("直至")
        || word.match_indices(['和', '及', '与']).any(|(i, _)| {
            !within_word(word, i, JOIN_WORDS)
                && !within_word(word, i, TWO_WAY_JOIN_WORDS)
                && !in_quotes(word, i)
        })
}

/// Whether a name may be two: [`joins_two`], or a `和` in a word that
/// may hold it either way. A count one above the names then fits too:
/// the reading is not unique, so the count is not judged by it.
pub(crate) fn may_join_two(word: &str) -> bool {
    word.contains("直至")
        || word
            .match_indices(['和', '及', '与'])
            .any(|(i, _)| !within_word(word, i, JOIN_WORDS) && !in_quotes(word, i))
}

/// Whether the byte `i` of `word` stands inside quotes opened before it
/// and not yet closed: a `和` there ties words of one quoted name
/// (`“甲保护和乙发展”`), the drafter's marks say it is one.
fn in_quotes(word: &str, i: usize) -> bool {
    let before = &word[..i];
    before.matches('“').count() > before.matches('”').count()
}

/// Whether `word` holds the adverbial 地 (`有序地`), not 地 inside a noun
/// (`地方`, `基地`, `用地`, `天地`). The adverbial 地 closes the words
/// that qualify a verb: one opening the word qualifies nothing (`地壹街`).
fn adverbial_de(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "地方", "地区", "地下", "地铁", "地块", "地标", "地质", "地热", "地理", "地市", "基地",
        "土地", "用地", "湿地", "绿地", "耕地", "林地", "草地", "高地", "属地", "产地", "园地",
        "阵地", "场地", "腹地", "地产", "洼地", "内地", "山地", "营地", "田地", "本地", "外地",
        "两地", "各地", "当地", "异地", "天地",
    ];
    // No allocation: each 地 is looked up among the nouns around it.
    word.match_indices('地')
        .any(|(i, _)| i > 0 && !within_word(word, i, NOUNS))
}

/// Whether the character at `i` of `s` is part of one of `words` there.
fn within_word(s: &str, i: usize, words: &[&str]) -> bool {
    let c = s[i..].chars().next().map_or(0, char::len_utf8);
    words.iter().any(|w| {
        w.match_indices(&s[i..i + c]).any(|(k, _)| {
            i.checked_sub(k)
                .and_then(|start| s.get(start..start + w.len()))
                == Some(*w)
        })
    })
}

/// Counted things that are deeds or steps of a process, whose items are
/// named by verbs (`招商引资、培育主体两个着力点`).
const DEED_NOUNS: &[&str] = &[
    "环节",
    "着力点",
    "抓手",
    "举措",
    "步骤",
    "工作",
    "任务",
    "措施",
    // Programmes are named by what they do (`甲产业提质、乙产业培育两大
    // 工程`, `甲整治、乙改造三个攻坚战`).
    "工程",
    "行动",
    "计划",
    "攻坚",
    // Rules and ways are stated as what is done (`实行甲、坚持乙和加强丙三项
    // 基本准则`, `甲、乙两种方式`).
    "准则",
    "原则",
    "途径",
    "方式",
    "办法",
    "做法",
    // Aims and key points are stated as what is to be done (`建设甲、
    // 构建乙两个目标`, `做强甲、做优乙两个重点`).
    "目标",
    "重点",
];

/// Whether the verb closing the last of `words` closes an earlier one too
/// (`甲建设、乙实事、丙建设`): the head the names share, each a deed's
/// name, not a verb taking the count after it as its object.
fn shared_head(words: &[&str]) -> bool {
    let [earlier @ .., last] = words else {
        return false;
    };
    VERBS
        .iter()
        .filter(|v| v.chars().count() >= 2)
        .find(|v| last.ends_with(*v))
        .is_some_and(|v| earlier.iter().any(|w| w.ends_with(v)))
}

/// Verbs that close the name of a deed done to the thing named before
/// them (`数字政府建设`, `未来产业培育`, `老旧小区改造`): with a count of
/// deeds, a last name closing with one is a deed's name, not a verb taking
/// the count as its object.
const DEED_HEADS: &[&str] = &["建设", "培育", "改造"];

/// Verbs that end many names as their head (`隐患排查整治`, `生态修复`,
/// `固定资产投资`, `人才支持`): after the thing they act on, a verb
/// heads a noun phrase.
pub(crate) const NAME_HEADS: &[&str] = &[
    "整治", "治理", "修复", "升级", "服务", "发展", "提升", "投资", "应用", "支持",
];

/// `甲、乙、丙三个园区`, `甲、乙“三大计划”`: names joined by `、` right
/// before a count of the things they name, with no `等`. The names run from
/// the clause's start (or its last figure or count); a verb at the end of
/// the last name, a list of verbs, or a count far from the number of names
/// (the names are then places or categories holding the counted things)
/// leave the count unread.
/// Lists of names right before their count (`甲、乙、丙三个园区`) in one
/// line of the body or the notes section, with offsets relative to the line.
/// A clause break ends every such list, so a line reads the same on its own
/// as inside the document, and the document caches it per line: a keystroke
/// rereads one line, not the whole text.
/// Also says whether the line holds a numeral right before the first
/// character of a measure word (every count does), and whether a count
/// opens a quote.
pub(crate) fn bare_name_lists_in(line: &str) -> (Vec<CountedList>, bool, bool, Vec<usize>) {
    let mut out = Vec::new();
    let mut heads = Vec::new();
    let mut counted = false;
    let mut quoted = false;
    // Every list here hangs on a count (a numeral and a measure word) or on
    // levels before `N级`, and a clause break resets the reading; so only
    // the clauses holding such a pair are read, most of a line is skipped.
    let mut read_to = 0;
    let bytes = line.as_bytes();
    let mut at = 0;
    // Whether the character before is a numeral of a count with no
    // measure word (`三链`, `双零`), and where the last such list ended.
    let mut after_numeral = false;
    let mut echoed_to = 0;
    let mut countries = Vec::new();
    while at < bytes.len() {
        let (code, width) = code_at(bytes, at);
        let word = at;
        at += width;
        let numeral = ECHO_NUMERALS.contains(code);
        let echo = after_numeral && !numeral && word >= echoed_to;
        after_numeral = numeral;
        if echo
            && crate::echoed_counts::joined_in_clause(line, word)
            && let Some(list) = crate::echoed_counts::echoed_count(line, word)
                .or_else(|| crate::subject_counts::subject_count(line, word))
        {
            echoed_to = list.count_range.end;
            out.push(list);
        }
        if !COUNT_WORDS.contains(code) {
            continue;
        }
        // `7 个`: a space may part digits from their measure word.
        let before = &line[..word];
        let before = before
            .strip_suffix(' ')
            .filter(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(before);
        let last = before.chars().next_back();
        if !last.is_some_and(is_numeral) {
            // `中美双方`: read once the line's other lists are.
            if last == Some('双') && code == '方' as usize {
                countries.push(word);
            }
            continue;
        }
        // `中英两国`: likewise.
        if code == '国' as usize || code == '方' as usize {
            countries.push(word);
        }
        counted = true;
        // `三个统筹。统筹…`: a count in Chinese numerals (most counts are in
        // digits) that may head the sentences after it; not places by
        // their level nor layers (`三区三线`), which count names only.
        if last.is_some_and(|c| !c.is_ascii_digit() && c != '一')
            && !AFTER_NAMES_ONLY.contains(code)
            && let Some(start) = crate::anaphora_runs::head_at(line, word)
        {
            heads.push(start);
        }
        // `“十大提升工程”`: a count opening a quote.
        quoted = quoted
            || numeral_start(line, word).is_some_and(|start| {
                // `“五场攻坚战”`: 场 counts only in quotes.
                line[..start].ends_with('“')
                    && (count_at(line, start).is_some() || line[word..].starts_with('场'))
            });
        if word < read_to {
            continue;
        }
        let clause_start = line[..word]
            .rfind(CLAUSE_BREAKS)
            .map_or(0, |at| {
                at + line[at..].chars().next().map_or(1, char::len_utf8)
            })
            .max(read_to);
        // Layers and places counted by level (`三重`, `3县`) are read only
        // after names joined in the clause (`甲、乙3县`); without a join
        // before the word, the clause waits for a measure word, if any.
        if AFTER_NAMES_ONLY.contains(code) && !line[clause_start..word].contains(['、', '和', '与'])
        {
            continue;
        }
        read_to = read_clause(line, clause_start, &mut out);
    }
    for word in countries {
        let start = if line[..word].ends_with('双') {
            Some(word - '双'.len_utf8())
        } else {
            numeral_start(line, word)
        };
        if let Some(start) = start
            && !out.iter().any(|l| l.count_range.start == start)
            && let Some(list) = crate::country_counts::countries_before(line, start)
        {
            out.push(list);
        }
    }
    (out, counted, quoted, heads)
}

/// The characters that end a clause for a list of bare names.
const CLAUSE_BREAKS: &[char] = &[
    '，', '；', '。', '：', '！', '？', '\n', '\r', ';', ':', ',', '!', '?',
];

/// The first characters of the measure words, `级`, `重`, `场` and the
/// places' levels: a count or a run of
/// levels ends with a numeral right before one of them.
static COUNT_WORDS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::of(
        MEASURES
            .iter()
            .filter_map(|m| m.chars().next())
            .chain(['级', '重', '场', '者'])
            .chain(PLACE_LEVELS.iter().filter_map(|l| l.chars().next())),
    )
});

/// The numerals of a count with no measure word (`三链`, `双零`): two to
/// ten, so not `一`, one load per character of a line.
static ECHO_NUMERALS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::of("二两三四五六七八九十双".chars()));

/// The count words that only layers (`重`) and places' levels start, not a
/// measure word, `级` or `场`.
static AFTER_NAMES_ONLY: LazyLock<CharSet> = LazyLock::new(|| {
    let measured: Vec<char> = MEASURES
        .iter()
        .filter_map(|m| m.chars().next())
        .chain(['级', '场'])
        .collect();
    CharSet::of(
        PLACE_LEVELS
            .iter()
            .filter_map(|l| l.chars().next())
            .chain(['重', '者'])
            .filter(|c| !measured.contains(c)),
    )
});

/// A set of characters of the Basic Multilingual Plane, one bit each: a
/// membership test per character of a line costs one load.
struct CharSet(Box<[u64]>);

impl CharSet {
    fn of(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
        for c in chars {
            let code = c as usize;
            if let Some(word) = bits.get_mut(code / 64) {
                *word |= 1 << (code % 64);
            }
        }
        CharSet(bits)
    }

    fn contains(&self, code: usize) -> bool {
        self.0
            .get(code / 64)
            .is_some_and(|word| word & (1 << (code % 64)) != 0)
    }
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || chinese_digit(c).is_some()
}

/// Reads the clause that starts at `start` (a line start or right after a
/// clause break) up to its break, pushing its lists; returns where the next
/// clause starts.
fn read_clause(line: &str, start: usize, out: &mut Vec<CountedList>) -> usize {
    // Where the names may start: after the last break, figure or count.
    let mut names_start = start;
    let mut has_separator = false;
    let mut names_open = true;
    // Whether the names were closed by a count (not by a figure).
    let mut after_count = false;
    let mut previous_numeral = false;
    let mut skip_to = 0;
    // Where a lettered code ends (`HS106两条`): its digits are no numeral
    // the count after it runs on from.
    let mut code_end = 0;
    let bytes = line.as_bytes();
    let mut at = start;
    while at < bytes.len() {
        // By bytes, not `char_indices`: the text is valid UTF-8, so the
        // lead byte gives the width.
        let (event, width) = classify(bytes, at);
        let next = at + width;
        let numeral = matches!(event, Event::Digit | Event::Numeral);
        if at < skip_to {
            previous_numeral = numeral && next != code_end;
            at = next;
            continue;
        }
        match event {
            Event::Break => return next,
            // `甲、乙4家X和丙、丁3家Y`: a 和 after a count and its noun
            // opens a second group of names.
            Event::Join if !names_open && after_count && line[at..].starts_with('和') => {
                names_start = next;
                has_separator = false;
                names_open = true;
            }
            Event::Join => has_separator = names_open,
            // `甲5大领域X以及乙、丙三类Y`: so does a `以及`.
            Event::Other if !names_open && after_count && line[at..].starts_with("以及") => {
                names_start = at + "以及".len();
                has_separator = false;
                names_open = true;
            }
            // `甲、乙[1]三条`: a note's mark is no figure, names go on.
            Event::Digit if note_mark_end(line, at).is_some() => {
                skip_to = note_mark_end(line, at).unwrap_or(next);
            }
            Event::Digit | Event::Numeral if !previous_numeral => {
                // Layers and places counted with no measure word (`三重`,
                // `3县`) are read only after names.
                let measured = count_at(line, at);
                let named = measured.is_none() && has_separator;
                if let Some((count, end, _)) = measured.or_else(|| {
                    named
                        .then(|| {
                            layers_at(line, at)
                                .or_else(|| places_at(line, at))
                                .or_else(|| campaigns_at(line, at))
                                .or_else(|| parties_at(line, at))
                        })
                        .flatten()
                }) {
                    if !named {
                        out.extend(
                            echo_list(line, at, count, end)
                                .or_else(|| part_definitions(line, at, count, end)),
                        );
                    }
                    if has_separator
                        && let Some(list) = bare_names(line, names_start, at, count, end)
                    {
                        out.push(list);
                    } else if at == start + "共".len() && line[start..].starts_with('共') {
                        out.extend(total_of_clause_before(line, start, count, at, end));
                    } else if names_open {
                        out.extend(paired_names(
                            line,
                            names_start,
                            at,
                            count,
                            end,
                            has_separator,
                        ));
                    }
                    skip_to = end;
                    // Words after a count (`四类人群、把握七个`) continue its
                    // phrase: no names until the next clause.
                    has_separator = false;
                    names_open = false;
                    after_count = true;
                } else if let Some(list) = level_list(line, at) {
                    out.push(list);
                } else if let Some(end) = qualifier_end(line, at)
                    && names_open
                {
                    // `投资4亿元的甲、投资3亿元的乙`: a figure and its unit
                    // before 的 qualify the name after them.
                    skip_to = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(end) = code_name_end(line, at)
                {
                    // `甲、5G两大产业`: digits with letters after them are
                    // a name (`5G`, `4K`, `3D`), not a figure.
                    skip_to = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(end) = lettered_code_end(line, at)
                {
                    // `甲、PM2.5浓度两项指标`, `S520、G308两条国道`: digits
                    // right after capital letters write a name's code.
                    skip_to = end;
                    code_end = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(close) = quoted_name_end(line, names_start, at)
                {
                    // `“5020”“甲乙”两项行动`: digits inside the quotes of a
                    // name are part of it, not a figure.
                    skip_to = close;
                } else if event == Event::Digit {
                    // A figure, its unit and the words after it are no
                    // names either.
                    has_separator = false;
                    names_open = false;
                    after_count = false;
                }
            }
            // `根据三类空间划定的甲、乙三条线`: a verb and 的 after a count
            // close the phrase the count opened; names start after them.
            _ if !names_open
                && after_count
                && line[at..].starts_with('的')
                && VERBS
                    .iter()
                    .any(|v| v.chars().count() == 2 && line[..at].ends_with(v)) =>
            {
                names_start = next;
                has_separator = false;
                names_open = true;
                after_count = false;
            }
            _ => {}
        }
        previous_numeral = numeral;
        at = next;
    }
    bytes.len()
}

/// Where the closing quote ends when the digits at `at` stand inside
/// quotes opened after `names_start`, a few characters before it (a quoted
/// name holding a number: `“5020”`, `“3”即`).
fn quoted_name_end(line: &str, names_start: usize, at: usize) -> Option<usize> {
    let before = &line[names_start..at];
    let open = before.rfind('“')?;
    if before[open..].contains('”') || before[open..].chars().count() > 8 {
        return None;
    }
    let mut limit = (at + 24).min(line.len());
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let close = line[at..limit].find('”')?;
    let inner = &line[at..at + close];
    // The name ends with its quote, with no clause or figure unit in it.
    (!inner.contains(['“', '，', '。', '；', '、', '%', '％']))
        .then_some(at + close + '”'.len_utf8())
}

/// Where a code name starting with the digits at `at` ends: one or two
/// digits and capital letters right after them (`5G`, `4K`, `3D`), then
/// no more letters or digits; not a grade (`5A级`).
fn code_name_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line.as_bytes()[at..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let letters = rest[digits..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let end = digits + letters;
    ((1..=2).contains(&digits)
        && (1..=3).contains(&letters)
        && !rest.get(end).is_some_and(u8::is_ascii_alphanumeric)
        && !line[at + end..].starts_with('级'))
    .then_some(at + end)
}

/// Where a code starting with capital letters ends, when the digits at
/// `at` follow one to three of them that open a word: `PM2.5`, `PM10`,
/// `S520`, `HS140`. The digits may hold one decimal point; no letter or
/// digit follows the code.
pub(crate) fn lettered_code_end(line: &str, at: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let letters = bytes[..at]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let opens_word = !bytes[..at - letters]
        .last()
        .is_some_and(u8::is_ascii_alphanumeric);
    if !(1..=3).contains(&letters) || !opens_word {
        return None;
    }
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut end = at + digits(at);
    if bytes.get(end) == Some(&b'.') && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    (!bytes
        .get(end)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.'))
    .then_some(end)
}

/// Whether the digit or point at `i` of `s` is part of a lettered code
/// (see [`lettered_code_end`]): `2.5` of `PM2.5`.
pub(crate) fn in_lettered_code(s: &str, i: usize) -> bool {
    let start = s.as_bytes()[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count();
    lettered_code_end(s, i - start).is_some_and(|end| end > i)
}

/// Where the 的 after a figure starting at `at` ends, when only its unit
/// (a few Han characters) stands between them: `4亿元的`, `2.5万吨的`.
fn qualifier_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at..];
    let number = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let unit: usize = rest[number..]
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && *c != '的' && chinese_digit(*c).is_none())
        .take(4)
        .map(char::len_utf8)
        .sum();
    let after = rest[number + unit..].strip_prefix('的')?;
    (number > 0 && unit > 0).then(|| line.len() - after.len())
}

/// A name without the figure that qualifies it (`投资4亿元的甲` → `甲`).
fn unqualified(name: &str) -> &str {
    match name.rfind('的') {
        Some(p)
            if name[..p].ends_with(|c: char| crate::chars::is_han(c))
                && qualifier_end(
                    name,
                    name[..p].find(|c: char| c.is_ascii_digit()).unwrap_or(p),
                ) == Some(p + '的'.len_utf8()) =>
        {
            &name[p + '的'.len_utf8()..]
        }
        _ => name,
    }
}

/// `省市县乡四级`, `区、镇、村三级`: one character for each level of
/// government right before `N级` (`乡镇` is one), bare or joined by `、`. A run that may
/// start inside a word (`全省市县两级`: all of the province's cities and
/// counties; `国家`, `街道`) is left unread.
/// Reading levels backwards, steps over a `、` when a level (or the `道` of
/// `街道`) stands before it: the `、` joins two levels.
fn skip_join_before_level(
    chars: &mut std::iter::Peekable<impl Iterator<Item = (usize, char)> + Clone>,
    levels: &[char],
) {
    if let Some(&(_, '、')) = chars.peek() {
        let mut ahead = chars.clone();
        ahead.next();
        if ahead
            .peek()
            .is_some_and(|(_, c)| levels.contains(c) || matches!(c, '道' | '）' | ')'))
        {
            chars.next();
        }
    }
}

/// Where the `（` opens when `before` (the text up to a `）`) ends with a
/// bracket holding only levels (`（社区）`, `（乡镇）`, `（市）`), right
/// after a level.
fn bracketed_levels_open(before: &str, levels: &[char]) -> Option<usize> {
    let open = before.rfind(['（', '('])?;
    let inner = &before[open + before[open..].chars().next()?.len_utf8()..];
    let words = inner.chars().count();
    // `市（地）`: a city level also called by the prefecture (地区) it was.
    let level = |c: char| levels.contains(&c) || matches!(c, '社' | '街' | '道' | '地');
    let after_level = before[..open].chars().next_back().is_some_and(level);
    ((1..=3).contains(&words) && inner.chars().all(level) && after_level).then_some(open)
}

fn level_list(line: &str, at: usize) -> Option<CountedList> {
    const LEVELS: &[char] = &[
        '省', '市', '州', '盟', '县', '区', '旗', '乡', '镇', '村', '组',
    ];
    let run: usize = line[at..]
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    if run == 0 || !line[at + run..].starts_with('级') {
        return None;
    }
    let count = small_chinese_number(&line[at..at + run])?;
    let mut items = Vec::new();
    let mut start = at;
    let mut chars = line[..at].char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        // `村（社区）`, `乡镇（街道）`: a level with the other name it goes
        // by in brackets is one level; the item takes the brackets too.
        let (i, c, bracket_end) = if matches!(c, '）' | ')') {
            let Some(open) = bracketed_levels_open(&line[..i], LEVELS) else {
                break;
            };
            while chars.peek().is_some_and(|(j, _)| *j >= open) {
                chars.next();
            }
            let Some((j, d)) = chars.next() else {
                break;
            };
            (j, d, Some(i + c.len_utf8()))
        } else {
            (i, c, None)
        };
        // `社区`, `街道` are one level, after another joined by `、`
        // (`市、区、社区三级`; bare, `区社区` may be words of a name).
        let two = match (c, chars.peek()) {
            ('区', Some(&(j, '社'))) | ('道', Some(&(j, '街'))) if line[..j].ends_with('、') => {
                Some(j)
            }
            _ => None,
        };
        if let Some(j) = two {
            chars.next();
            items.push(j..bracket_end.unwrap_or(i + c.len_utf8()));
            start = j;
            skip_join_before_level(&mut chars, LEVELS);
        } else if LEVELS.contains(&c) {
            // `乡镇` is one level, and so are `街镇` and `街乡` (street
            // offices beside towns, one tier: `市、区、街镇三级`).
            let end = i + c.len_utf8();
            let i = match chars.peek() {
                Some(&(j, '乡')) if c == '镇' => {
                    chars.next();
                    j
                }
                Some(&(j, '街')) if c == '镇' || c == '乡' => {
                    chars.next();
                    j
                }
                _ => i,
            };
            items.push(i..bracket_end.unwrap_or(end));
            start = i;
            // A `、` between two levels joins them.
            skip_join_before_level(&mut chars, LEVELS);
        } else {
            break;
        }
    }
    // `中央、省、市三级`, `中央和省两级`: the central government heads the
    // levels, joined to the first like any name.
    // Joined to levels run on (`中央和省市两级`), it may stand beside a
    // pair counted alone (`省市两级`): not read.
    let run_on = items.len() > 1 && !line[start..at].contains(['、', '和', '与', '及']);
    if !items.is_empty()
        && let Some(head) = ["中央、", "中央和", "中央与", "中央"]
            .iter()
            .find(|w| line[..start].ends_with(*w))
            .filter(|w| **w == "中央" || !run_on)
    {
        start -= head.len();
        items.push(start..start + "中央".len());
    }
    let before = line[..start].chars().next_back();
    let before2: String = line[..start].chars().rev().take(2).collect();
    if items.len() < 2
        || !(2..=6).contains(&count)
        || before.is_some_and(|c| "全本各该我央家道区部级、和与及（(”".contains(c))
            && before2 != "全健"
    {
        return None;
    }
    items.reverse();
    Some(CountedList::shown(
        ListSource::BareNames,
        count,
        at..at + run + '级'.len_utf8(),
        items,
    ))
}

/// `两个高地：甲高地、乙高地。`: the names after a count, each repeating
/// the counted noun, which tells them for the counted things themselves;
/// or any names after `分别是` (`三个X分别是甲、乙、丙`), or short plain
/// names after a colon that end the sentence (`三项工作：甲、乙、丙。`).
/// The count is followed by its noun (maybe closing a quote and a word of
/// what is done with it: `“五个X”建设`), then `：`, `（`, `即` or `，`, and
/// the names fill the rest of the clause (to `）` after `（`). Each name
/// ends with the noun's last two characters or holds the whole noun; after
/// a bare `，` (where the names may carry a verb) each must end with it. A
/// name holding the noun twice and a `和` is two. Names with figures or
/// counts of their own, or any name not repeating the noun, leave the
/// count unread.
fn echo_list(line: &str, count_start: usize, count: u32, count_end: usize) -> Option<CountedList> {
    let rest = &line[count_end..];
    // Before `分别是`, the noun may hold a numeral (`三个三线厂分别是`).
    let respectively_noun = rest
        .char_indices()
        .take(8)
        .find(|(i, _)| rest[*i..].starts_with("分别"))
        .map(|(i, _)| i)
        .filter(|&i| rest[..i].chars().all(crate::chars::is_han));
    let noun_len: usize = respectively_noun.unwrap_or_else(|| {
        // Bytes of the first `most` characters of `rest` that `keep` takes.
        let lead = |keep: fn(char) -> bool, most: usize| -> usize {
            rest.chars()
                .take_while(|c| keep(*c))
                .take(most)
                .map(char::len_utf8)
                .sum()
        };
        let word = |c: char| crate::chars::is_han(c) && chinese_digit(c).is_none() && c != '等';
        let bare = lead(word, 6);
        // A numeral inside a word of the noun (`四个全国一流（…）`), when
        // the names' bracket follows it.
        let whole = lead(|c| crate::chars::is_han(c) && c != '等', 6);
        // A longer noun with no verb, when the names' bracket follows it
        // (`四大战略性新兴支柱产业（甲、乙、丙、丁）`).
        let long = lead(word, 12);
        if whole > bare && rest[whole..].starts_with(['（', '(']) {
            whole
        } else if long > bare
            && rest[long..].starts_with(['（', '('])
            && !rest[..long].contains('的')
            && !VERBS
                .iter()
                .any(|v| v.chars().count() >= 2 && rest[..long].contains(v))
        {
            // (Not words of a deed, nor a qualified noun: `3家企业入选
            // 甲榜（乙、丙）`, `27个达标的县（市、区）`, whose bracket
            // qualifies the last word.)
            long
        } else {
            // `四种关系即甲…`: 即 opens the names, even unspaced; so does
            // 为 (`3条快速路为甲快速路、…`), whose names must then repeat
            // the noun.
            rest[..bare]
                .char_indices()
                .skip(2)
                .find(|(_, c)| matches!(c, '即' | '为'))
                .map_or(bare, |(i, _)| i)
        }
    });
    let noun = &rest[..noun_len];
    // `众创空间3家（甲、乙、丙）`, `示范镇8个，分别为甲镇、…`: the noun
    // before the count.
    let bracket_next = rest[noun_len..].starts_with(['（', '(']);
    let respectively_next = ["，分别是", "，分别为", "分别是", "分别为"]
        .iter()
        .any(|w| rest.starts_with(w));
    if noun.chars().count() < 2 && !(noun.is_empty() && (bracket_next || respectively_next)) {
        return None;
    }
    let mut at = count_end + noun_len;
    // `“五个X”建设，即`: the quote the count opened closes after the noun,
    // maybe with a short word of what is done with the named things.
    if line[..count_start].ends_with('“') {
        at += line[at..].strip_prefix('”').map(|_| '”'.len_utf8())?;
        let word: usize = line[at..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c))
            .take(3)
            .map(char::len_utf8)
            .sum();
        if line[at + word..].starts_with(['，', '：', ':']) {
            at += word;
        }
    }
    let after = &line[at..];
    let (opener, bracket, strict) = if let Some(r) = after.strip_prefix(['（', '(']) {
        (after.len() - r.len(), true, false)
    } else if let Some(r) = after.strip_prefix(['：', ':']) {
        (after.len() - r.len(), false, false)
    } else if let Some(r) = ["，分别是", "，分别为", "分别是", "分别为"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
    {
        // `三个X分别是甲、乙、丙`: the names need not repeat the noun.
        (after.len() - r.len(), false, false)
    } else if after.starts_with("，即") || after.starts_with('即') {
        let r = after.trim_start_matches('，').trim_start_matches('即');
        (after.len() - r.len(), false, false)
    } else if let Some(r) = after.strip_prefix('为') {
        (after.len() - r.len(), false, false)
    } else if let Some(r) = after.strip_prefix('，') {
        (after.len() - r.len(), false, true)
    } else {
        return None;
    };
    // `六个甲、三个乙：…`: a list after several counts is shared among
    // them; only a count leading its clause alone is read.
    // (Looked for within 300 bytes: a clause without breaks is no lead.)
    let from = super_floor(line, count_start.saturating_sub(300));
    let clause_start = line[from..count_start]
        .rfind(['，', '。', '；', '：', ':', ';', '！', '？'])
        .map(|p| from + p + line[from + p..].chars().next().map_or(1, char::len_utf8))
        .or((from == 0).then_some(0))?;
    // `四个甲（…）、五个乙（…）`: each count with its own bracket of names
    // shares none of them; the names must then repeat what is counted.
    let before = &line[clause_start..count_start];
    let after_bracket = before.contains('、') && bracket && {
        let mut depth = 0i32;
        let mut previous = None;
        let mut joins = 0;
        let all = before.chars().all(|c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth -= 1,
                _ => {}
            }
            let top = c == '、' && depth == 0;
            joins += usize::from(top);
            let ok = !top || matches!(previous, Some('）' | ')'));
            previous = Some(c);
            ok
        });
        all && joins > 0
    };
    // `四大甲产业（…）、五大乙产业（…）`: when the piece before opens with
    // a count of its own, the counts run in parallel and the bracket right
    // after this count's noun holds its names, as it does for the first.
    let parallel = after_bracket && !counts_in(line, clause_start..count_start).is_empty();
    // Quotes before the count close an earlier count's name, which its
    // own bracket follows (`“两大X”（…）、“三大Y”（…）`). Before `分别是`,
    // only another count shares the names: words and quotes of the
    // clause's subject do not (`从甲、“乙”征集形成12件实事，分别是`).
    let respectively = line[at..at + opener].contains("分别");
    if (before.contains('”') || before.contains('、'))
        && !after_bracket
        && !(respectively && counts_in(line, clause_start..count_start).is_empty())
    {
        return None;
    }
    let mut start = at + opener;
    for word in ["：", "指", "包括", "是"] {
        if line[start..].starts_with(word) {
            start += word.len();
        }
    }
    // `五大产业（含甲、乙）`: 含 names some of them, not all.
    if bracket && line[start..].starts_with('含') {
        return None;
    }
    // The names: to the bracket's close, or to the clause's end.
    let mut depth = 0i32;
    let mut end = None;
    // Whether the names end their sentence.
    let mut sentence_ends = false;
    let mut separated = false;
    for (i, c) in line[start..].char_indices() {
        match c {
            '“' | '（' | '(' => depth += 1,
            '”' if depth > 0 => depth -= 1,
            '）' | ')' if depth > 0 => depth -= 1,
            '）' | ')' if bracket => {
                end = Some(start + i);
                break;
            }
            '。' | '；' | ';' | '，' | ',' | '：' | ':' | '！' | '？' if depth == 0 => {
                if bracket || (strict && !matches!(c, '。' | '；' | ';')) {
                    return None;
                }
                sentence_ends = c == '。';
                end = Some(start + i);
                break;
            }
            '、' => separated = true,
            _ => {}
        }
        // The first name is short: with no `、` after a few dozen
        // characters there is no list (and most counts stop here).
        if !separated && i > if strict { 75 } else { 120 } {
            return None;
        }
        if i > 600 {
            return None;
        }
    }
    let end = match end {
        Some(end) => end,
        None if !bracket => {
            sentence_ends = true;
            line.len()
        }
        None => return None,
    };
    // `八种罪行：甲、乙、丙。`: after a colon, short plain names that end
    // the sentence need not repeat the noun.
    let colon = line[at..at + opener].contains(['：', ':']);
    // `三大协会，即甲、乙、丙联合会，…`: 即 says the names are the counted
    // things as surely as `分别是`; short plain names need not repeat the
    // noun (six characters at most: `两个国家级平台，即…`), wherever the
    // clause goes on.
    let namely =
        line[at..at + opener].contains('即') && noun.chars().count() <= 6 && !noun.contains('的');
    let names = line[start..end].trim_end_matches(is_space);
    let open = names.ends_with('等');
    let names = names.trim_end_matches('等');
    // Quoted words that touch (`“甲”“乙”问题`) stay one name.
    if !balanced(names) {
        return None;
    }
    let items = crate::list_forms::split_names(names, start);
    if items.len() < 2 || (bracket && levels_only(line, &items)) {
        return None;
    }
    let tail: String = {
        let chars: Vec<char> = noun.chars().collect();
        chars[chars.len().saturating_sub(2)..].iter().collect()
    };
    let mut hidden = 0;
    // Every name joining two words alike (`甲与乙的关系、丙与丁的关系`):
    // the joins are the names' own, a list joins only its last two names.
    let all_join = items.iter().all(|r| joins_two(&line[r.clone()]));
    // Names between two `、` tie words with their joins: the same join in
    // the first or last name does too (see `hidden_in`).
    let middle: Vec<&str> = items
        .iter()
        .skip(1)
        .take(items.len().saturating_sub(2))
        .map(|r| line[r.clone()].trim())
        .collect();
    for (k, item) in items.iter().enumerate() {
        let name = line[item.clone()].trim_matches(|c: char| is_space(c) || c == '”' || c == '“');
        if name.chars().count() > 40
            || without_years(name).any(|c| c.is_ascii_digit())
            || !counts_in(name, 0..name.len()).is_empty()
        {
            return None;
        }
        // After 即, a 的 inside a name but the last ties its own words
        // (`即加强甲的领导、强化乙保障`); one in the last may qualify
        // them all (`即甲、乙的丙`).
        let own_de = namely && k + 1 < items.len();
        let plain = (colon && sentence_ends || namely)
            && name.chars().count() <= 16
            && !name.contains(['“', '（', '('])
            && (own_de || !name.contains('的'))
            && !open;
        // In brackets right after the count, the names are the counted
        // things (`3条线路（甲线、乙线、丙线）`).
        let repeats = if (!tail.is_empty() && name.ends_with(tail.as_str()))
            || respectively
            || plain
            || (bracket && (!after_bracket || parallel) && name.chars().count() <= 20)
        {
            true
        } else {
            !strict && !noun.is_empty() && name.contains(noun)
        };
        if !repeats {
            return None;
        }
        let times = if tail.is_empty() {
            1
        } else {
            name.matches(tail.as_str()).count()
        };
        if times > 1 {
            if !joins_two(name) {
                return None;
            }
            hidden += times - 1;
        } else if (k == 0 || k + 1 == items.len())
            && may_join_two(name)
            && !all_join
            && !shown_inside(&middle, name)
            // A first name tied by `及` alone (`汽车及零部件、甲、乙`) is
            // one, as `hidden_in` reads it.
            && !(k == 0 && join_words(name).all(|j| j == "及") && items.len() > 2)
        {
            // `…、甲和乙机制`: a 和 in the first or last name may join two.
            hidden += 1;
        }
    }
    Some(CountedList {
        source: ListSource::Echo,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open,
    })
}

/// `产业、人才、生态、文化、组织“五个振兴”`: three names or more after the
/// first (which may carry the sentence's verb), all as long as the last and
/// none of the others a verb, are a row of bare words; a last word that
/// may be a verb is then one of them, not a verb taking the count.
fn row_of_words(words: &[&str]) -> bool {
    let Some((last, others)) = words.split_last() else {
        return false;
    };
    let len = last.chars().count();
    words.len() >= 4
        && words[1..].iter().all(|w| w.chars().count() == len)
        && others.iter().all(|w| !VERBS.contains(w))
}

/// Whether `name` ends with two words of two characters sharing one
/// (`工业农业`, `国内国际`): a pair written without a join, which may be two
/// of the names a count counts.
fn ends_with_pair(name: &str) -> bool {
    let mut chars = name.chars().rev();
    let (Some(d), Some(c), Some(b), Some(a)) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return false;
    };
    a == c || b == d
}

/// Whether both sides of a `和` close with one word of place (`城区和开发区`,
/// `东港和西港`): the places may hold the counted things.
fn places_pair(first: &str, second: &str) -> bool {
    let place = |w: &str| {
        w.chars().next_back().is_some_and(|c| {
            PLACE_LEVELS.iter().any(|l| l.starts_with(c)) || "园港城岛".contains(c)
        })
    };
    place(first) && place(second)
}

/// Whether either side of a `和` is a verb (`牢记和践行“三个务必”`): the
/// count is then the verbs' object, not their number.
fn verbal_pair(first: &str, second: &str) -> bool {
    // (`项目建设`: a deed's name, which 建设 closes.)
    let verbal = |w: &str| {
        ends_with_verb(w) && !NAME_HEADS.iter().any(|h| w.ends_with(h)) && !w.ends_with("建设")
    };
    verbal(first) || verbal(second) || PAIRED_VERBS.iter().any(|v| first.ends_with(v))
}

/// `三个旗县（市、区）`: a bracket of places' levels alone qualifies the
/// noun's last word (the kinds of place it takes in), it names no items.
fn levels_only(line: &str, items: &[Range<usize>]) -> bool {
    items
        .iter()
        .all(|r| PLACE_LEVELS.contains(&line[r.clone()].trim()))
}

/// `三个走在前列，即甲……走在前列；乙……走在前列；丙……走在前列。`: a
/// count whose parts are defined one per `；`-piece of the sentence after
/// `即` or `：`, each piece (or its first clause) ending with what is
/// counted. Pieces may hold
/// commas and counts of their own; every piece must end with the noun and
/// the sentence must end within the line, or the count is left unread.
fn part_definitions(
    line: &str,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let rest = &line[count_end..];
    let noun_len: usize = rest
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none() && *c != '等')
        .take(6)
        .map(char::len_utf8)
        .sum();
    let noun = &rest[..noun_len];
    if noun.chars().count() < 2 || line[..count_start].ends_with('第') {
        return None;
    }
    let after = &rest[noun_len..];
    let opener = ["，即", "：即", "即", "：", ":"]
        .iter()
        .find(|w| after.starts_with(*w))?;
    let start = count_end + noun_len + opener.len();
    // The sentence to its `。`, looked for within a bounded span.
    let mut limit = (start + 3000).min(line.len());
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let end = start + line[start..limit].find('。')?;
    let sentence = &line[start..end];
    if !sentence.contains('；') {
        return echoing_clauses(start, sentence, noun, count, count_start..count_end);
    }
    let mut items = Vec::new();
    let mut at = start;
    for piece in sentence.split('；') {
        let name = piece.trim_end_matches(is_space);
        // Or the piece's first clause names it, the rest says how
        // (`加强甲管理，加大乙力度；加强丙管理，…`).
        let first = name.split(['，', ',']).next().unwrap_or(name);
        let names = |s: &str| s.ends_with(noun) && s.len() > noun.len();
        if name.is_empty() || !(names(name) || names(first)) {
            return None;
        }
        items.push(at..at + name.len());
        at += piece.len() + '；'.len_utf8();
    }
    if items.len() < 2 || !balanced(sentence) {
        return None;
    }
    Some(CountedList::shown(
        ListSource::Echo,
        count,
        count_start..count_end,
        items,
    ))
}

/// `做好四篇文章：在甲上做文章，在乙上做文章，…。`: with no `；`, the
/// sentence's clauses each ending with the counted noun, every one of
/// them: the drafter names each counted thing by repeating its noun.
fn echoing_clauses(
    start: usize,
    sentence: &str,
    noun: &str,
    count: u32,
    count_range: Range<usize>,
) -> Option<CountedList> {
    let clauses = top_level_pieces(sentence, &['，', ',']);
    // A clause with a figure or a count of its own names a group of the
    // counted things (`新建3条快速路为…，续建6条快速路为…`), not one.
    let names = |r: &Range<usize>| {
        let clause = &sentence[r.clone()];
        clause.ends_with(noun)
            && clause.len() > noun.len()
            && !clause.bytes().any(|b| b.is_ascii_digit())
            && counts_in(clause, 0..clause.len()).is_empty()
    };
    if clauses.len() < 2 || !clauses.iter().all(names) || !balanced(sentence) {
        return None;
    }
    let items = clauses
        .iter()
        .map(|r| start + r.start..start + r.end)
        .collect();
    Some(CountedList::shown(
        ListSource::Echo,
        count,
        count_range,
        items,
    ))
}

/// The characters of `name` but for the digits of a year (`2031年`), which
/// name a period, not an amount.
fn without_years(name: &str) -> impl Iterator<Item = char> + '_ {
    let mut skip = 0;
    name.char_indices().filter_map(move |(i, c)| {
        if skip > 0 {
            skip -= 1;
            return None;
        }
        let year = name[i..].len() >= 5
            && name.as_bytes()[i..i + 4].iter().all(u8::is_ascii_digit)
            && name[i + 4..].starts_with('年')
            && !name[..i].ends_with(|c: char| c.is_ascii_digit());
        if year {
            skip = 3;
            return None;
        }
        Some(c)
    })
}

/// `引进的甲、乙、丙，共3个项目`: a clause opening with `共` and a count
/// after a clause of names (after its last `的`). Read only when the count
/// is the names' number: the total may count things the names hold.
fn total_of_clause_before(
    line: &str,
    clause_start: usize,
    count: u32,
    count_start: usize,
    count_end: usize,
) -> Option<CountedList> {
    let end = line[..clause_start].char_indices().next_back()?.0;
    let start = line[..end].rfind(CLAUSE_BREAKS).map_or(0, |p| {
        p + line[p..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &line[start..end];
    let names_at = clause.rfind('的').map_or(0, |p| p + '的'.len_utf8());
    let names = &clause[names_at..];
    if !names.contains('、')
        || !balanced(names)
        || names.contains(['“', '《', '等'])
        || without_years(names).any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let items = pieces(start + names_at, names, &['、']);
    let words: Vec<&str> = items.iter().map(|r| line[r.clone()].trim()).collect();
    let hidden = hidden_in(&words);
    let fits = (items.len()..=items.len() + hidden).contains(&(count as usize));
    if !fits
        || words
            .iter()
            .any(|w| w.chars().count() > 16 || !counts_in(w, 0..w.len()).is_empty())
    {
        return None;
    }
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open: false,
    })
}

/// Names each in their own quotes closing `before` (at `offset`), joined
/// by `、`, `和` or `与` or touching, two at least with one joined: the
/// quoted names with their quotes. The run starts the names (nothing but
/// a verb before it, and no `、`).
fn quoted_run(before: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let mut items = Vec::new();
    let mut end = before.len();
    let mut joined = false;
    loop {
        let close = end.checked_sub('”'.len_utf8())?;
        if !before[..end].ends_with('”') {
            return None;
        }
        let open = before[..close].rfind('“')?;
        let name = &before[open + '“'.len_utf8()..close];
        if name.is_empty() || name.contains(['”', '、']) || name.chars().count() > 12 {
            return None;
        }
        items.push(offset + open..offset + end);
        let head = &before[..open];
        let joint = ["、", "和", "与"].iter().find(|j| head.ends_with(*j));
        end = match joint {
            Some(j) if head[..head.len() - j.len()].ends_with('”') => {
                joined = true;
                head.len() - j.len()
            }
            None if head.ends_with('”') => head.len(),
            _ => {
                let rest = head;
                if items.len() < 2 || !joined || rest.contains(['、', '“', '”']) {
                    return None;
                }
                items.reverse();
                return Some(items);
            }
        };
    }
}

/// `“甲”“乙”和丙`: the quoted names touching right before a `和` (two at
/// least, each short), with their quotes.
fn quotes_before_join(before: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let names = touching_quoted_names(before, offset)?;
    (names.len() >= 2).then(|| names.into_iter().map(|(range, _)| range).collect())
}

/// The quoted names touching at the end of `before`, in text order: each
/// one's range with its quotes (`offset` is `before`'s start) and its
/// words. `None` when one is empty, too long (over 12 characters) or holds
/// a list of its own.
fn touching_quoted_names(before: &str, offset: usize) -> Option<Vec<(Range<usize>, &str)>> {
    let mut names = Vec::new();
    let mut end = before.len();
    while before[..end].ends_with('”') {
        let close = end - '”'.len_utf8();
        let open = before[..close].rfind('“')?;
        let name = &before[open + '“'.len_utf8()..close];
        if name.is_empty() || name.contains(['”', '、']) || name.chars().count() > 12 {
            return None;
        }
        names.push((offset + open..offset + end, name));
        end = open;
    }
    names.reverse();
    Some(names)
}

/// `“甲计划”“乙计划”“丙计划”三项计划`: names each in quotes, touching,
/// right before the count, each ending with the last two characters of
/// what is counted, or three of them at least (`“甲”“乙”“丙”三大行动`),
/// or two before a count of three at most (`“甲”“乙”两大品牌`).
fn touching_quotes(before: &str, offset: usize, count: u32, counted: &str) -> Option<CountedList> {
    let noun: Vec<char> = counted
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
        .take(6)
        .collect();
    if noun.len() < 2 {
        return None;
    }
    let tail: String = noun[noun.len() - 2..].iter().collect();
    let names = touching_quoted_names(before, offset)?;
    let echo = names.iter().all(|(_, name)| name.ends_with(tail.as_str()));
    let items: Vec<Range<usize>> = names.into_iter().map(|(range, _)| range).collect();
    // Three touching quotes or more mark names as surely, whatever they
    // end with (`“甲”“乙”“丙”三大行动`); two must each end with what is
    // counted, or stand before a small count: a larger one counts the
    // things of the two kinds named (`“甲园”“乙场”18个`, `“甲”“乙”九大
    // 计划`), not the names.
    if items.len() < 2 || (!echo && items.len() < 3 && count > 3) {
        return None;
    }
    Some(CountedList::shown(ListSource::BareNames, 0, 0..0, items))
}

/// Whether `first和second`, right before a count, surely joins two names
/// (`守好发展和生态三条底线`: three is a slip), not two verbs whose object
/// the count is (`牢记和践行“三个务必”`, `帮助和鼓励三类企业`), nor two
/// of one kind, which may hold the counted things (`东区和西区三个园区`).
/// Neither side closes or (the second) opens with a verb; and either
/// something stands
/// before the first name (the verb or subject whose object the pair is:
/// the first side is the longer), or both sides are noun phrases of four
/// characters or more (`地区生产总值和固定资产投资`). Touching quotes
/// before the `和` are names of their own (`“甲”“乙”和丙三项`).
fn pair_of_names(first: &str, second: &str) -> bool {
    let len = |s: &str| s.chars().count();
    let verb_end = |w: &str| ends_with_verb(w) && !NAME_HEADS.iter().any(|h| w.ends_with(h));
    let opens_with_verb = VERBS
        .iter()
        .chain(PAIRED_VERBS)
        .any(|v| v.chars().count() >= 2 && second.starts_with(v));
    // `东区和西区`, `粮食安全和生态安全`: two of one kind, which may be
    // the places or fields holding the counted things.
    let one_kind = first.chars().next_back() == second.chars().next_back();
    let shape = len(first) > len(second) || len(first) >= 4 && len(second) >= 4;
    // `“甲”“乙”和丙`: quotes touching are names of their own before it.
    let quotes_touch = first.contains("”“");
    (2..=12).contains(&len(second))
        && second.chars().all(crate::chars::is_han)
        && !opens_with_verb
        && !verb_end(first)
        && !verb_end(second)
        && !PAIRED_VERBS.iter().any(|v| first.ends_with(v))
        && !one_kind
        && !quotes_touch
        && shape
}

/// Whether `name` may be a name of its own: two to twelve Han characters
/// not opening or closing with a verb.
fn plain_name(name: &str) -> bool {
    (2..=12).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !VERBS
            .iter()
            .chain(PAIRED_VERBS)
            .any(|v| v.chars().count() >= 2 && name.starts_with(v))
        && (!ends_with_verb(name) || NAME_HEADS.iter().any(|h| name.ends_with(h)))
}

/// Verbs that drafters pair with `和` before the object they share
/// (`牢记和践行`, `帮助和鼓励`), beyond [`VERBS`].
pub(crate) const PAIRED_VERBS: &[&str] = &[
    "牢记", "践行", "帮助", "鼓励", "引导", "支持", "保障", "完善", "健全", "规范", "保护", "传承",
    "弘扬", "学习", "贯彻", "坚守", "守好", "守牢", "树立", "增强", "提振",
];

/// The marks that point at a note by number (`[2]`, `［2］`, `【2】`):
/// its digits are no figure of the text.
const NOTE_MARKS: &[(char, char)] = &[('[', ']'), ('［', '］'), ('【', '】')];

/// `s` without a note's mark at its end.
fn without_note_mark(s: &str) -> &str {
    NOTE_MARKS
        .iter()
        .find_map(|(open, close)| {
            let inner = s.strip_suffix(*close)?;
            let p = inner.rfind(*open)?;
            let digits = &inner[p + open.len_utf8()..];
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| &s[..p])
        })
        .unwrap_or(s)
}

/// Where the note's mark whose digits start at `at` ends (`[2]`).
fn note_mark_end(line: &str, at: usize) -> Option<usize> {
    let open = line[..at].chars().next_back()?;
    let (_, close) = NOTE_MARKS.iter().find(|(o, _)| *o == open)?;
    let digits = line[at..].bytes().take_while(u8::is_ascii_digit).count();
    line[at + digits..]
        .starts_with(*close)
        .then(|| at + digits + close.len_utf8())
}

/// Where the first date of `s` starts: digits closed by `月` or `日`
/// (`6月底`, `10日`), or a year of four digits (`2030年`).
fn date_start(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 {
            at += 1;
            continue;
        }
        let rest = &s[at + digits..];
        if rest.starts_with(['月', '日']) || (digits == 4 && rest.starts_with('年')) {
            return Some(at);
        }
        at += digits;
    }
    None
}

/// Whether `s` holds a figure: a digit outside a note's mark.
fn figure_in(s: &str) -> bool {
    let mut in_mark = false;
    for (i, c) in s.char_indices() {
        if NOTE_MARKS.iter().any(|(open, _)| *open == c) {
            let rest = &s[i + c.len_utf8()..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            in_mark = digits > 0
                && NOTE_MARKS
                    .iter()
                    .any(|(o, close)| *o == c && rest[digits..].starts_with(*close));
        } else if NOTE_MARKS.iter().any(|(_, close)| *close == c) {
            in_mark = false;
        } else if c.is_ascii_digit() && !in_mark {
            return true;
        }
    }
    false
}

/// `国内国际两个大局`, `线上线下两个渠道`: two words of two characters
/// sharing their first, right before a count with no separator; or quoted
/// words before `N个字`, which counts their characters (`“甲乙、丙丁”四个字`).
fn paired_names(
    line: &str,
    names_start: usize,
    count_start: usize,
    count: u32,
    count_end: usize,
    separated: bool,
) -> Option<CountedList> {
    let before = &line[names_start..count_start];
    let counted = &line[count_end..];
    if before.ends_with("”")
        && let Some(list) = touching_quotes(before, names_start, count, counted)
    {
        return Some(CountedList {
            count,
            count_range: count_start..count_end,
            ..list
        });
    }
    // `《甲》《乙》两部作品`, `“红黄绿”三种颜色`, `“甲+乙+丙”三大产业`:
    // titles, or names in one quote parted by plus signs or written as a
    // row of characters, then the things counted.
    if let Some(list) = marked_names(line, before, names_start, count, count_start, count_end) {
        return Some(list);
    }
    // The other forms count with 个 (most counts stop here).
    if !line[..count_end].ends_with('个') {
        return None;
    }
    if let Some(quoted) = before.strip_suffix('”')
        && counted.starts_with('字')
    {
        let open = quoted.rfind('“')? + '“'.len_utf8();
        let words = &quoted[open..];
        if !words.contains('、') || !words.chars().all(|c| c == '、' || crate::chars::is_han(c)) {
            return None;
        }
        let offset = names_start + open;
        let items: Vec<Range<usize>> = words
            .char_indices()
            .filter(|(_, c)| *c != '、')
            .map(|(i, c)| offset + i..offset + i + c.len_utf8())
            .collect();
        return Some(CountedList::shown(
            ListSource::BareNames,
            count,
            count_start..count_end,
            items,
        ));
    }
    // The last four characters before the count, the first and third
    // alike, the second and fourth not (`国内国际`, not `国内国内`).
    if separated || !(2..=3).contains(&count) {
        return None;
    }
    let mut chars = before.char_indices().rev();
    let (Some((_, d)), Some((third, c)), Some((_, b)), Some((first, a))) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return None;
    };
    let (a, b, c, d) = (&a, &b, &c, &d);
    // Not a verb with its complements (`建好建强`, `做大做强`).
    let complement = |x: &char| "好强大优实细精新快严深高".contains(*x);
    if a != c
        || b == d
        || "做建抓提促稳保办用管干学讲比争创抢拼优".contains(*a)
        || complement(b)
        || complement(d)
        || ![*a, *b, *d]
            .iter()
            .all(|x| crate::chars::is_han(*x) && chinese_digit(*x).is_none())
        || !counted.starts_with(|x: char| crate::chars::is_han(x))
    {
        return None;
    }
    let first = names_start + first;
    let third = names_start + third;
    Some(CountedList::shown(
        ListSource::BareNames,
        count,
        count_start..count_end,
        vec![first..third, third..count_start],
    ))
}

/// The names the drafter's marks part in `before` (the words from
/// `names_start` to the count): titles in `《》` closing it (see
/// `title_runs`), or one quote parting them by plus signs or writing them
/// as a row of characters (see `quoted_rows`); when things are counted
/// after the count (see [`counts_things`]).
fn marked_names(
    line: &str,
    before: &str,
    names_start: usize,
    count: u32,
    count_start: usize,
    count_end: usize,
) -> Option<CountedList> {
    let (items, parting) = match crate::title_runs::titles_closing(before, names_start) {
        Some(titles) => (titles, crate::quoted_rows::Parting::Sure),
        None => {
            let quoted = before.strip_suffix('”')?;
            let inner_start = quoted.rfind('“')? + '“'.len_utf8();
            crate::quoted_rows::quoted_row(&quoted[inner_start..], names_start + inner_start)?
        }
    };
    (parting.fits(items.len(), count) && counts_things(&line[count_end..]))
        .then(|| CountedList::shown(ListSource::BareNames, count, count_start..count_end, items))
}

/// Whether `counted`, the words after a count, open with a noun of two
/// characters or more that is no amount (`三个百分点`, `两个月`).
fn counts_things(counted: &str) -> bool {
    let noun = counted
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
        .count();
    noun >= 2
        && !crate::list_forms::AMOUNTS
            .iter()
            .any(|w| counted.starts_with(w))
}

/// What the character at `at` (a char boundary) does to a list of bare
/// names, and its width in bytes.
fn classify(bytes: &[u8], at: usize) -> (Event, usize) {
    // Every break, join and numeral is ASCII or three bytes long (in the
    // Basic Multilingual Plane): a table by code point answers in one load.
    static TABLE: LazyLock<Box<[Event]>> = LazyLock::new(|| {
        let mut table = vec![Event::Other; 0x10000].into_boxed_slice();
        for &c in CLAUSE_BREAKS {
            table[c as usize] = Event::Break;
        }
        for c in "、和与".chars() {
            table[c as usize] = Event::Join;
        }
        for c in '0'..='9' {
            table[c as usize] = Event::Digit;
        }
        for c in ('０'..='９').chain("〇零一二两三四五六七八九十".chars()) {
            table[c as usize] = Event::Numeral;
        }
        table
    });
    let (code, width) = code_at(bytes, at);
    (TABLE.get(code).copied().unwrap_or(Event::Other), width)
}

/// The code point of the character at `at` of valid UTF-8 and its width;
/// characters outside the Basic Multilingual Plane (never a break, join,
/// numeral or measure word) give `usize::MAX`.
fn code_at(bytes: &[u8], at: usize) -> (usize, usize) {
    let lead = bytes[at];
    match lead {
        0x00..=0x7f => (usize::from(lead), 1),
        0xe0..=0xef => match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(&b1), Some(&b2)) => (
                (usize::from(lead & 0x0f) << 12)
                    | (usize::from(b1 & 0x3f) << 6)
                    | usize::from(b2 & 0x3f),
                3,
            ),
            _ => (usize::MAX, 1),
        },
        0xc0..=0xdf => (usize::MAX, 2),
        0xf0..=0xff => (usize::MAX, 4),
        _ => (usize::MAX, 1),
    }
}

/// `一批`, `一体化` after `N个` in quotes (`甲、乙、丙“三个一批”`): one of
/// each name, so the names are what is counted; not an amount (`一百`) nor
/// a second numeral.
fn one_each(counted: &str) -> bool {
    let mut chars = counted.chars();
    chars.next() == Some('一')
        && chars.next().is_some_and(|c| {
            crate::chars::is_han(c) && !matches!(c, '百' | '千' | '万' | '亿' | '十')
        })
        && !chars.any(|c| chinese_digit(c).is_some())
}

/// What a character does to a list of bare names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Event {
    /// Ends a clause: names start after it.
    Break,
    /// Joins names (`、`, `和`, `与`).
    Join,
    /// An ASCII digit.
    Digit,
    /// Another numeral character.
    Numeral,
    Other,
}

/// Whether the quoted counted words hold a numeral of their own (`四个一
/// 百`, `三个一批`): a slogan's number, not a word whose last character is
/// 一 (`三个第一`, `五个统一`), which counts the names as any noun does.
fn numeral_of_its_own(counted: &str) -> bool {
    let mut before: Option<char> = None;
    counted.chars().any(|c| {
        let inside_word = c == '一'
            && before.is_some_and(|b| crate::chars::is_han(b) && chinese_digit(b).is_none());
        before = Some(c);
        chinese_digit(c).is_some() && !inside_word
    })
}

fn bare_names(
    text: &str,
    names_start: usize,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let before_count = &text[names_start..count_start];
    // `第三批`, `近3个`, `超5个`: an ordinal or a count not meant exactly.
    if ["第", "近", "超", "约", "前", "后", "逾"]
        .iter()
        .any(|w| before_count.ends_with(w))
    {
        return None;
    }
    // `甲、乙“三大计划”，`: the count opens a quoted name that closes the
    // clause, a measure word and what is counted (not `“四个一百”`, a
    // slogan of its own, nor `“两项补贴”等`, one of the names).
    let quoted_count = before_count.ends_with('“');
    if quoted_count {
        // The closing quote within a few words: a search to the end of the
        // text for each count would be quadratic on unclosed quotes.
        let mut limit = (count_end + 60).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let close = text[count_end..limit].find('”')? + count_end;
        let counted = &text[count_end..close];
        let after = text[close + '”'.len_utf8()..].chars().next();
        // After the quote: the clause ends or goes on with what the
        // slogan is (`“三位一体”新机制`), not with `的`, `中`, `为`, `等`.
        if counted.is_empty()
            || !counted.chars().all(crate::chars::is_han)
            || (numeral_of_its_own(counted) && !one_each(counted) && counted != "一")
            || after.is_some_and(|c| matches!(c, '的' | '中' | '为' | '等' | '和' | '及' | '与'))
        {
            return None;
        }
    }
    // `“一甲、一乙、一丙”的“三个一”`: each name opens with 一.
    let ones = quoted_count && text[count_end..].starts_with("一”");
    let before_count = before_count.strip_suffix('“').unwrap_or(before_count);
    // `《甲》和《乙》两个文件`: titles, each one name whatever its words.
    if let Some(titles) = crate::title_runs::titles_closing(before_count, names_start) {
        let n = titles.len();
        return ((n..=n + 1).contains(&(count as usize)) && counts_things(&text[count_end..]))
            .then(|| {
                CountedList::shown(ListSource::BareNames, count, count_start..count_end, titles)
            });
    }
    // `“甲”和“乙”两个门槛`, `“甲”、“乙”“丙”三项`: names each in its own
    // quotes, joined or touching: the drafter's marks tell them apart.
    if let Some(items) = quoted_run(before_count, names_start) {
        let n = items.len();
        let count_usize = count as usize;
        if quoted_count || count_usize < n || count_usize > n + 1 {
            return None;
        }
        return Some(CountedList::shown(
            ListSource::BareNames,
            count,
            count_start..count_end,
            items,
        ));
    }
    // `“居家、返程、学校”三个环节`: one quoted list, maybe with a 的
    // before its count (`“甲、乙、丙”的“三个一”`). A quoted name closing
    // a list of bare names (`甲、乙、丙“三保障”五场`) is its last name.
    let quoted_list = before_count
        .strip_suffix('”')
        .filter(|q| {
            !q.rsplit('“').nth(1).is_some_and(|bare| bare.contains('、'))
                || q.rsplit('“')
                    .next()
                    .is_some_and(|inner| inner.contains('、'))
        })
        .or_else(|| {
            before_count.strip_suffix("”的").filter(|q| {
                q.rsplit('“')
                    .next()
                    .is_some_and(|inner| inner.contains('、'))
            })
        });
    let (names_at, names) = match quoted_list {
        Some(quoted) => {
            let open = quoted.rfind('“')?;
            (
                names_start + open + '“'.len_utf8(),
                &quoted[open + '“'.len_utf8()..],
            )
        }
        None => (names_start, before_count),
    };
    // A quoted list is a list of names by the drafter's own marks.
    let quoted_names = names_at != names_start;
    // `甲、乙和丙是本县发展的三条底线`: the names are the subject of 是,
    // what follows it up to the count says whose they are.
    let names = match names.rfind('是') {
        Some(p)
            if !quoted_names
                && names[..p].contains('、')
                && !names[p..].contains('、')
                && names[p + '是'.len_utf8()..].ends_with('的')
                && names[p..].chars().count() <= 14 =>
        {
            names[..p].trim_end_matches(['都', '均', '也', '就'])
        }
        _ => names,
    };
    // `在甲、乙划定的丙、丁两条线`: a 的 after a verb in a later name
    // ends the object of that verb; the counted names start after it.
    let (names_at, names) = match names.rmatch_indices('的').find(|(i, _)| {
        names[..*i].contains('、')
            && VERBS
                .iter()
                .any(|v| v.chars().count() >= 2 && names[..*i].ends_with(v))
    }) {
        Some((i, w)) if !quoted_names && names[i + w.len()..].contains('、') => {
            (names_at + i + w.len(), &names[i + w.len()..])
        }
        _ => (names_at, names),
    };
    // `甲、乙[1]三条`: a note's mark closing the last name is no part of it.
    let names = without_note_mark(names);
    let last = names.chars().next_back()?;
    if !(crate::chars::is_han(last) || last.is_ascii_alphanumeric() || last == '）' || last == '”')
    {
        return None;
    }
    // Brackets may qualify a name (`乙（含丙）`), not hold names of their
    // own.
    if names.contains(['《', '：', '·'])
        || separator_in_quotes(names)
        || (names.contains(['（', '(']) && !(balanced(names) && plain_brackets(names)))
    {
        return None;
    }
    // What is counted follows the measure word: `三个重点环节`, not
    // `3个百分点`, `3个月`, `3倍`.
    // The counted words may be quoted (`甲、乙2条“断头路”`).
    let counted = text[count_end..]
        .strip_prefix('“')
        .filter(|_| !quoted_count)
        .unwrap_or(&text[count_end..]);
    // `甲、乙2家5A级景区`: a grade of the counted things opens their words,
    // no figure of its own.
    let grade = grade_len(counted);
    let counted = &counted[grade..];
    // The counted words: two characters or more (`铁人三项赛` is a name).
    // Letters may open it (`两个PPP项目`).
    let letters = counted.chars().take_while(char::is_ascii_uppercase).count();
    let noun: String = counted
        .chars()
        .skip(letters)
        .take_while(|c| crate::chars::is_han(*c) && !matches!(c, '等' | '的'))
        .take(4)
        .collect();
    // `方面` is a measure word and what is counted at once.
    let aspects = text[..count_end].ends_with("方面");
    // So is `者` (`甲、乙、丙三者之间`).
    let parties = text[..count_end].ends_with('者');
    // So is `类` closing its clause (`分为甲、乙两大类。`): the kinds named.
    let classes = {
        let after = text[count_end..].strip_prefix('类');
        (after.is_some() && text[..count_end].ends_with('大') || text[..count_end].ends_with('类'))
            && after
                .unwrap_or(&text[count_end..])
                .starts_with(['。', '，', '；', ',', ';'])
    };
    let aspects = aspects || classes;
    // `甲、乙、丙3个县`: one character may name the level of the places
    // named (not `三类县`, kinds of them).
    let level = text[..count_end].ends_with('个')
        && noun.chars().count() == 1
        && PLACE_LEVELS.iter().any(|l| noun == *l);
    // `甲、乙3县`: the level is the measure word and what is counted.
    let places = PLACE_LEVELS.iter().any(|l| text[..count_end].ends_with(l));
    // `甲、乙2类15个样板`, `甲、乙、丙3个类别9个项目`: a count of kinds,
    // then of the things of those kinds: the names are the kinds.
    let kinds_end = if text[..count_end].ends_with('类') {
        Some(count_end)
    } else {
        counted
            .starts_with("类别")
            .then(|| text.len() - counted.len() + "类别".len())
    };
    let kinds = kinds_end.is_some_and(|end| count_at(text, end).is_some());
    // `一门、一窗、一网3个“一”`: one quoted character after the count,
    // which every name must carry, is what the count counts.
    let carried = (!quoted_count)
        .then(|| text[count_end..].strip_prefix('“'))
        .flatten()
        .and_then(|q| {
            let mut chars = q.chars();
            let c = chars.next()?;
            (crate::chars::is_han(c) && chars.as_str().starts_with('”')).then_some(c)
        });
    let ones = ones || carried.is_some();
    if (noun.chars().count() < 2 && !aspects && !parties && !level && !places && !ones && !kinds)
        || crate::list_forms::AMOUNTS
            .iter()
            .chain(&["数"])
            .any(|w| counted.starts_with(w))
            // (`数字`, `数据`: words of things, not a number of them.)
            && !["数字", "数据", "数智"].iter().any(|w| counted.starts_with(w))
        // `“三位一体”` in quotes is a slogan of three, and so is a quoted
        // list before it (`“甲、乙、丙”三位一体`); bare, `三位一体`
        // qualifies the last name alone.
        || (counted.starts_with("一体") && !(quoted_count || quoted_names))
    {
        return None;
    }
    // `“甲+乙”两大`, `“红黄绿”三种`: names in their quotes parted by plus
    // signs, or a row of characters read only at the count (see
    // `quoted_rows`).
    let row = quoted_names
        .then(|| crate::quoted_rows::quoted_row(names, names_at))
        .flatten();
    let exact_only = row
        .as_ref()
        .is_some_and(|(_, parting)| *parting == crate::quoted_rows::Parting::AtCount);
    // `中央和地方两个积极性`: two names joined by one 和 or 与.
    let items = if let Some((items, _)) = row {
        items
    } else if names.contains('、') {
        pieces(names_at, names, &['、'])
    } else {
        let joins: Vec<_> = names.match_indices(['和', '与']).collect();
        let [(at, word)] = joins.as_slice() else {
            return None;
        };
        let second = at + word.len();
        // Only for two: `甲和乙三个` may join two of three names, or
        // name places holding the counted things (`东区和西区三个园区`);
        // not two names each ending like what is counted (`甲桥和乙桥两
        // 座危桥`), which are those things.
        let tail = noun
            .chars()
            .next_back()
            .filter(|t| !PLACE_LEVELS.iter().any(|l| l.starts_with(*t)));
        let echoing = tail.is_some_and(|t| {
            names[..*at].ends_with(t) && names[second..].ends_with(t) && !names.contains('、')
        });
        let two_names = count == 3 && *at > 0 && pair_of_names(&names[..*at], &names[second..]);
        // `“甲”“乙”和丙三项`: quotes touching before the `和` are names
        // of their own, the `和` brings the last.
        if let Some(mut quoted) = quotes_before_join(&names[..*at], names_at)
            && plain_name(&names[second..])
        {
            quoted.push(names_at + second..names_at + names.len());
            quoted
        } else {
            // The names are surely the two counted when the count is quoted
            // after them (`甲和乙“两个关键”`), restates them (`甲和乙这两个
            // 关键`) or counts aspects, which no place holds.
            let surely_two =
                (quoted_count || text[..count_start].ends_with(['这', '此']) || aspects)
                    && !ends_with_pair(&names[..*at])
                    && !verbal_pair(&names[..*at], &names[second..])
                    && !places_pair(&names[..*at], &names[second..]);
            // A first side closing with a pair written unjoined
            // (`工业农业和服务业“三大产业”`) may hold two of the three.
            let three = count == 3
                && !ends_with_pair(&names[..*at])
                && (echoing || two_names || surely_two);
            if !(count == 2 || three)
                || *at == 0
                || second == names.len()
                || names.contains(['及', '或'])
            {
                return None;
            }
            vec![
                names_at..names_at + at,
                names_at + second..names_at + names.len(),
            ]
        }
    };
    if items.len() < 2 {
        return None;
    }
    // Names qualified by a figure of their own are read without it.
    let words: Vec<&str> = items
        .iter()
        .map(|r| unqualified(text[r.clone()].trim()))
        .collect();
    let carries = |w: &&str| match carried {
        Some(c) => w.contains(c),
        None => w.starts_with('一'),
    };
    if ones && !words.iter().all(carries) {
        return None;
    }
    // `六、守好…`: a heading's number is no name.
    if words.iter().any(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || chinese_digit(c).is_some())
    }) {
        return None;
    }
    // `一体站、市区3条线路50辆公交`: a figure after the counted words makes
    // the count part of one item of a longer list.
    let mut limit = (count_end + 300).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let clause_end = text[count_end..limit]
        .find(['，', '。', '；', '：', '\n', ';', ',', ':'])
        .map_or(limit, |p| count_end + p);
    // A figure after a `和` that follows the counted words belongs to a
    // second group (`甲、乙4家X和丙、丁3家Y`); one after a verb of change
    // is what the counted things did (`甲、乙两大产业增加值增长5%`,
    // `甲、乙两大产业实现产值8亿元`), and so is a rank they took (`甲、乙
    // 3户企业进入全省50强`), a level they passed (`甲、乙两大产业产值均
    // 超过10亿元`) and values given to each (`分别突破5亿元、8亿元`).
    // The things counted after the kinds are the kinds' own figure.
    let rest = if kinds {
        ""
    } else {
        &text[(count_end + grade).min(clause_end)..clause_end]
    };
    fn cut_at<'s>(s: &'s str, words: &[&str]) -> &'s str {
        words
            .iter()
            .filter_map(|w| s.find(w))
            .min()
            .map_or(s, |p| &s[..p])
    }
    let mut own = cut_at(
        rest,
        &[
            "和", "增长", "下降", "提高", "达", "占", "实现", "完成", "进入", "跻身", "位列",
            "位居",
        ],
    );
    // (Searched only when a figure is left: most clauses have none.)
    if figure_in(own) {
        own = cut_at(own, &["超过", "突破", "分别"]);
        // A date says when the counted things do what follows (`甲、乙两个
        // 工厂6月底前投产`): no other item's figure.
        own = &own[..date_start(own).unwrap_or(own.len())];
    }
    // A figure after a `、` or `共` is a total (`甲、乙4个方面共17项`,
    // `甲、乙2个集群、总数达3个`): the names are what is counted, as with
    // no figure. Another item (`甲、乙3个公园、丙2个广场`) makes a list of
    // groups whose names may be places holding the counted things: the
    // count is read only when it is the names' number.
    let mut exact_only = exact_only;
    if figure_in(own) {
        let cut = own.find(['、', '共']).map_or(own, |p| &own[..p]);
        if cut.len() == own.len() || figure_in(cut) {
            return None;
        }
        let after = own[cut.len()..].trim_start_matches('、');
        exact_only = !["共", "总数", "总计", "合计", "累计"]
            .iter()
            .any(|w| after.starts_with(w));
    }
    // Names, not clauses: each but the first (which may carry the verb
    // of the sentence) is short.
    // A 的 after a verb inside a later name starts a list of its own (`在
    // 甲、乙划定的丙、丁两条线`).
    let verb_then_de = |w: &&str| {
        w.split('的')
            .rev()
            .skip(1)
            .any(|before| VERBS.iter().any(|v| before.ends_with(v)))
    };
    // `甲、乙等许多国家也在…`: a 等 ends the names before the count.
    // A name that may be two joined by `和` is as long as two names, and
    // so is a name among names of one kind (`甲占比、有乙的丙占比、丁
    // 占比`): what ends it alike tells it for a name, 的 and all.
    let kind = one_kind_tail(&words).is_some();
    let too_long = |w: &&str| w.chars().count() > if joins_two(w) || kind { 32 } else { 16 };
    // `甲、乙确定了3件实事`: a name closed by 了 is a deed done, the count
    // its object's.
    if words.iter().any(|w| w.contains('等'))
        || words.last().is_some_and(|w| w.ends_with('了'))
        || words[1..]
            .iter()
            .any(|w| too_long(w) || w.is_empty() || (verb_then_de(w) && !kind))
    {
        return None;
    }
    let last_word = words[words.len() - 1];
    let nominal = |w: &&str| NAME_HEADS.iter().any(|h| w.ends_with(h));
    // A quoted count that closes the clause names the names before it as
    // its parts, which may be deeds (`甲、乙、优化丙“三项行动”`), unless a
    // bare verb right before the count takes it as its object (`甲、缩小
    // “三大差距”`); a bare verb among the names is a name (`集甲、服务、
    // 乙“三位一体”`). So does a quoted counted noun after three names or
    // more (`做好保护、提升、建设三篇“文章”`: verbs named as the things).
    if quoted_count && VERBS.contains(&last_word) && !row_of_words(&words) {
        return None;
    }
    let quoted_noun = !quoted_count && words.len() >= 3 && text[count_end..].starts_with('“');
    // Names all ending with the same two characters, three at least and
    // none bare (`生活服务、家庭服务、发展服务`), name things of one kind,
    // whatever verb one opens with.
    let one_kind = kind;
    // What is counted may itself be a deed or a step (`三个方面`, `九个
    // 环节`, `四个着力点`): its items are named by what is done, so a verb
    // opening a later name says nothing, and one closing the last name is
    // the head of a deed's name (`数字政府建设`).
    let deeds = aspects || DEED_NOUNS.iter().any(|d| noun.contains(d));
    let nominal = |w: &&str| nominal(w) || (deeds && DEED_HEADS.iter().any(|h| w.ends_with(h)));
    if !quoted_names
        && !quoted_count
        && !quoted_noun
        && !one_kind
        && ((ends_with_verb(last_word) && !nominal(&last_word) && !shared_head(&words))
            || adverbial_de(last_word)
            || (!deeds
                && words[1..]
                    .iter()
                    .any(|w| VERBS.iter().any(|v| opens_deed(w, v)))))
    {
        return None;
    }
    // `A和B、C三个`: a 和 may join two names inside one piece.
    // Only the first and the last: a `和` in a name between two `、` joins
    // words of that name (`甲、居家和社区服务中心、乙`); a list puts its
    // `和` before its last name, or after a first name that goes with the
    // rest (`城区和甲、乙、丙4座`).
    // Names of one kind show where their own words are tied, and names
    // of one rhythm where the last two are joined.
    let (items, hidden) = match parallel_last(&words).or_else(|| last_two_of_kind(&words, &noun)) {
        Some(at) => {
            let mut items = items;
            let last = items.pop()?;
            let word = words[words.len() - 1];
            let (i, w) = at;
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            items.push(last.start..start + i);
            items.push(start + i + w..last.end);
            let mut split: Vec<&str> = words[..words.len() - 1].to_vec();
            split.push(&word[..i]);
            split.push(&word[i + w..]);
            (items, hidden_in(&split))
        }
        None => (items, hidden_in_kind(&words)),
    };
    let min = items.len();
    let max = min + hidden;
    let count_usize = count as usize;
    // More names than the count (`甲、乙和丙、丁两条路`: the count is the
    // last names'), or a count far above them (`东区、西区12个项目`: the
    // names hold the counted things): abstain.
    // Places counted by level: a name of one character among longer ones
    // starts a word (`长三角、东三省`), and two names may be three places
    // shortened (`甲会、中老越三国`): one more place than names is read
    // after three names at least.
    if places
        && (words.iter().any(|w| w.chars().count() == 1)
            && !words.iter().all(|w| w.chars().count() == 1)
            || count_usize > max && items.len() < 3)
    {
        return None;
    }
    if count_usize < min || count_usize > max + 1 || (exact_only && count_usize > max) {
        return None;
    }
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open: false,
    })
}
