//! Counts whose items each name the counted thing again, one per sentence
//! or paragraph after the count: `深入实施三大生态工程。深入实施甲工程，…。
//! 深入实施乙工程，…。` (a run-in head over the sentences of its paragraph)
//! and `…培育八大产业集群，…。` closing a paragraph, then paragraphs each
//! opening with `甲产业集群，…`. The drafter names each item where it
//! starts, with the words the count counts: that naming, not the layout,
//! is what tells the items apart, so sentences or paragraphs that do not
//! name it are detail, not items.

use std::ops::Range;
use std::sync::LazyLock;

use crate::document::Document;
use crate::lists::{CountedList, ListSource, counts_in};

/// The longest head sentence read, in characters: a run-in head is short.
const HEAD_CHARS: usize = 30;

/// The longest first clause naming an item, in characters.
const ITEM_CHARS: usize = 24;

/// The most paragraphs a count closing its paragraph is read over.
const PARAGRAPHS: usize = 12;

pub(crate) fn echoed_lead_lists(doc: &Document, out: &mut Vec<CountedList>) {
    let text = &doc.text;
    for region in &doc.body {
        // Each line with what the parse keeps of it (see [`LineEchoes`]),
        // where it read that line whole.
        let lines: Vec<(Range<usize>, Option<&LineEchoes>)> = doc
            .body_lines_read(region)
            .filter(|(l, _)| !l.is_blank())
            .map(|(l, read)| (l.content.clone(), read.map(|r| &r.echoes)))
            .collect();
        let ranges: Vec<Range<usize>> = lines.iter().map(|(r, _)| r.clone()).collect();
        for (k, (line, read)) in lines.iter().enumerate() {
            let content = &text[line.clone()];
            let fresh;
            let read = match read {
                Some(read) => *read,
                None => {
                    fresh = LineEchoes::read(content, Some((0, content.len())));
                    &fresh
                }
            };
            out.extend(read.run_in_head.as_ref().map(|l| l.shifted(line.start)));
            // A count closing the line needs a next line opening with an
            // item's name: most lines are left by that test.
            let Some((next, next_read)) = lines.get(k + 1) else {
                continue;
            };
            let next_text = &text[next.clone()];
            let opening_len = match next_read {
                Some(next_read) => next_read.opening,
                None => item_opening(next_text).map(str::len),
            };
            let (Some(opening_len), Some(closing)) = (opening_len, &read.closing) else {
                continue;
            };
            out.extend(closing_run(
                text,
                line.start,
                &next_text[..opening_len],
                closing,
                &ranges[k + 1..],
            ));
        }
    }
}

/// What [`echoed_lead_lists`] reads of one line alone, read at parse and
/// kept with the line's text from one version to the next: a keystroke
/// reads the edited line again only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineEchoes {
    /// The line's run-in head and its items, relative to the line.
    run_in_head: Option<CountedList>,
    /// The length of the line's opening clause that may name an item (see
    /// [`item_opening`]).
    opening: Option<usize>,
    /// The count closing the line and the words it counts (see
    /// [`closing_words`]).
    closing: Option<Closing>,
}

impl LineEchoes {
    /// Reads `line`; `counts` is where the measure words of its first and
    /// last counts may stand, if it may hold one (a line with none has no
    /// head and closes with none).
    pub(crate) fn read(line: &str, counts: Option<(usize, usize)>) -> LineEchoes {
        LineEchoes {
            run_in_head: counts.and_then(|(first, _)| run_in_head(line, 0..line.len(), first)),
            opening: item_opening(line).map(str::len),
            closing: counts.and_then(|(_, last)| closing_words(line, last)),
        }
    }
}

/// A count closing a line: its value, its range and the range of the
/// words it counts, relative to the line.
type Closing = (u32, Range<usize>, Range<usize>);

/// The one count of `sentence` (a range of `text`) and the words it
/// counts: the Han characters after its measure word up to the first
/// break, two to eight of them.
fn count_and_words(text: &str, sentence: Range<usize>) -> Option<(u32, Range<usize>, &str)> {
    let counts = counts_in(text, sentence.clone());
    let [(count, range)] = counts.as_slice() else {
        return None;
    };
    let rest = &text[range.end..sentence.end];
    let len: usize = rest
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && crate::chars::chinese_digit(*c).is_none())
        .map(char::len_utf8)
        .sum();
    let words = &rest[..len];
    let after = rest[len..].chars().next();
    // What is counted ends its clause (`…三大生态工程。`, `…八大产业集群，`).
    ((2..=8).contains(&words.chars().count())
        && after.is_none_or(|c| matches!(c, '。' | '，' | '；' | ',' | ';')))
    .then_some((*count, range.clone(), words))
}

/// The first clause of `s`: up to its first `，` or `。`.
fn first_clause(s: &str) -> &str {
    s.find(['，', '。', ',', '；', '：']).map_or(s, |p| &s[..p])
}

/// `持续打好三大保卫战。打好甲保卫战，…。打好乙保卫战，…。`: a paragraph
/// opening with a short sentence whose count closes it, then sentences
/// whose first clause names one counted thing each: it ends with the
/// counted words (three characters at least), or with their last two and
/// opens with the verb the head puts before the count (`深入实施三大生态
/// 工程。深入实施甲工程，…`).
/// `first_count` is where the measure word of the line's first count may
/// stand, relative to it: a head ending before it holds no count.
fn run_in_head(text: &str, line: Range<usize>, first_count: usize) -> Option<CountedList> {
    let content = &text[line.clone()];
    // The head's 。 within its few characters: a bounded search.
    let window = crate::lists::super_floor(content, (HEAD_CHARS + 1) * 3);
    let head_end = content[..window].find('。')?;
    if first_count >= head_end {
        return None;
    }
    if content[..head_end].chars().count() > HEAD_CHARS
        || content[..head_end].contains(['：', '；'])
    {
        return None;
    }
    let head = line.start..line.start + head_end;
    // `必须做到四个“始终坚定不移”。要始终坚定不移地…。`: quoted words of
    // four characters or more, which each item's first clause holds.
    let quoted = quoted_words(text, head.clone());
    let is_quoted = quoted.is_some();
    let (count, count_range, words) = match quoted {
        Some(found) => found,
        None if !content[..head_end].contains('，') => {
            // `实施“六大攻坚行动”。`: the count and its words in quotes of
            // their own, closing the head, read as if bare.
            let bare_end = head.end
                - content[..head_end]
                    .strip_suffix('”')
                    .map_or(0, |_| '”'.len_utf8());
            let found = count_and_words(text, head.start..bare_end)?;
            let opening = &text[head.start..found.1.start];
            let quoted_count = bare_end != head.end;
            if found.1.end + found.2.len() != bare_end
                || content[..head_end].matches('“').count() != usize::from(quoted_count)
                || quoted_count != opening.ends_with('“')
            {
                return None;
            }
            found
        }
        None => return None,
    };
    // The verb before the count (`深入实施`, `打好` of `持续打好`).
    let verb = text[head.start..count_range.start].trim_end_matches('“');
    let names = |clause: &str| {
        if is_quoted {
            clause.contains(words) && clause.chars().count() <= ITEM_CHARS * 2
        } else {
            names_item(clause, words, verb)
        }
    };
    let items = named_sentences(text, head.end, line.end, names);
    if let Some(items) = items {
        return Some(CountedList::shown(
            ListSource::Lead,
            count,
            count_range,
            items,
        ));
    }
    // `三大攻坚战成效明显。打赢甲攻坚战，…`: what is counted may be followed
    // by what became of it; the items then end with the counted words
    // alone, three characters at least, a shorter part of them.
    if is_quoted {
        return None;
    }
    let ends: Vec<usize> = words.char_indices().map(|(i, _)| i).skip(3).collect();
    ends.into_iter().rev().find_map(|end| {
        let counted = &words[..end];
        let items = named_sentences(text, head.end, line.end, |clause| {
            names_item(clause, counted, "")
        })?;
        Some(CountedList::shown(
            ListSource::Lead,
            count,
            count_range.clone(),
            items,
        ))
    })
}

/// The sentences after the head (ending at `head_end`) up to `line_end`
/// whose first clause `names` an item: two at least, the first right
/// after the head.
fn named_sentences(
    text: &str,
    head_end: usize,
    line_end: usize,
    names: impl Fn(&str) -> bool,
) -> Option<Vec<Range<usize>>> {
    let mut items = Vec::new();
    let mut at = head_end + '。'.len_utf8();
    while at < line_end {
        let sentence_end = text[at..line_end].find('。').map_or(line_end, |p| at + p);
        let clause = first_clause(&text[at..sentence_end]);
        if names(clause) {
            items.push(at..sentence_end);
        }
        at = sentence_end + '。'.len_utf8();
    }
    // The first sentence after the head names the first item.
    let first_names = items
        .first()
        .is_some_and(|r| r.start == head_end + '。'.len_utf8());
    (items.len() >= 2 && first_names).then_some(items)
}

/// The head's one count followed by quoted words that close the head
/// (`四个“始终坚定不移”`): four to eight Han characters.
fn quoted_words(text: &str, head: Range<usize>) -> Option<(u32, Range<usize>, &str)> {
    let counts = counts_in(text, head.clone());
    let [(count, range)] = counts.as_slice() else {
        return None;
    };
    let inner = text[range.end..head.end]
        .strip_prefix('“')?
        .strip_suffix('”')?;
    ((4..=8).contains(&inner.chars().count())
        && inner
            .chars()
            .all(|c| crate::chars::is_han(c) && !c.is_ascii_digit()))
    .then_some((*count, range.clone(), inner))
}

/// Whether `clause` names one thing of what `words` counts: it ends with
/// them and holds more (`打好甲保卫战` for `保卫战`), or ends with their last
/// two characters and opens with the end of the head's `verb` (two
/// characters at least). No quote, list or count of its own.
fn names_item(clause: &str, words: &str, verb: &str) -> bool {
    let chars = clause.chars().count();
    if chars > ITEM_CHARS
        || clause.contains(['“', '、', '（', '('])
        || !counts_in(clause, 0..clause.len()).is_empty()
    {
        return false;
    }
    if words.chars().count() >= 3 && clause.ends_with(words) && clause.len() > words.len() {
        return true;
    }
    let tail_at = words.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let tail = &words[tail_at..];
    // The verb's last two characters or more open the clause.
    let starts: Vec<usize> = verb.char_indices().map(|(i, _)| i).collect();
    starts.iter().rev().skip(1).any(|&i| {
        let opener = &verb[i..];
        clause.starts_with(opener)
            && clause.ends_with(tail)
            && clause.len() > opener.len() + tail.len()
    })
}

/// The opening clause of `line` when it may name an item after a count
/// closing the line before: three to [`ITEM_CHARS`] Han characters before
/// a `，`, looked for bytewise within those few words.
fn item_opening(line: &str) -> Option<&str> {
    let window = &line.as_bytes()[..line.len().min((ITEM_CHARS + 1) * 3)];
    // (A searcher built once: `memmem::find` builds one at each call, which
    // cost more than the search of these few bytes.)
    static COMMA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("，"));
    let comma = COMMA.find(window)?;
    let opening = &line[..comma];
    let short = opening.chars().count();
    ((3..=ITEM_CHARS).contains(&short) && opening.chars().all(crate::chars::is_han))
        .then_some(opening)
}

/// The count of the last sentence of `content` (a line) and the words it
/// counts (see [`count_and_words`]), relative to the line; `last_count`
/// is where the measure word of the line's last count may stand.
fn closing_words(content: &str, last_count: usize) -> Option<Closing> {
    let body = content.trim_end_matches('。');
    let last_start = last_sentence_start(body);
    // A count of the sentence has its measure word in it.
    if last_count < last_start {
        return None;
    }
    let (count, count_range, words) = count_and_words(content, last_start..body.len())?;
    let words_start = count_range.end;
    Some((count, count_range, words_start..words_start + words.len()))
}

/// Where the last sentence of `body` starts: right after its last `。`,
/// `！`, `？` or `；`, else at its start. Searched from the end by the lead
/// bytes of those three-byte characters (no byte inside a character is
/// one), the characters between undecoded.
fn last_sentence_start(body: &str) -> usize {
    let bytes = body.as_bytes();
    let mut end = bytes.len();
    while let Some(at) = memchr::memrchr2(0xE3, 0xEF, &bytes[..end]) {
        if matches!(
            bytes.get(at..at + 3),
            Some([0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x81 | 0x9F | 0x9B])
        ) {
            return at + 3;
        }
        end = at;
    }
    0
}

/// `…培育和引进八大产业集群，延长产业链。` closing its paragraph (the
/// line at `line_start`; `closing` is its count, relative to it), then
/// paragraphs (`next`, the first opening with `opening`) each opening with
/// a clause that ends with the counted words (`甲产业集群，…`), three
/// characters at least: the run of them, two at least, when a heading or
/// a title follows it.
fn closing_run(
    text: &str,
    line_start: usize,
    opening: &str,
    closing: &Closing,
    next: &[Range<usize>],
) -> Option<CountedList> {
    let (count, count_range, words) = closing;
    let count_range = crate::cache::shift(count_range, line_start);
    let words = &text[crate::cache::shift(words, line_start)];
    if words.chars().count() < 3 || !opening.ends_with(words) || opening.len() == words.len() {
        return None;
    }
    let names = |p: &Range<usize>| {
        let clause = first_clause(&text[p.clone()]);
        clause.ends_with(words)
            && clause.len() > words.len()
            && clause.chars().count() <= ITEM_CHARS
            && clause.chars().all(crate::chars::is_han)
    };
    let run = next
        .iter()
        .take(PARAGRAPHS + 1)
        .take_while(|p| names(p))
        .count();
    // The run ends where a heading or a title does (or the body): a
    // paragraph opening otherwise may be one more item worded another way.
    let closed = next.get(run).is_none_or(|p| {
        let content = &text[p.clone()];
        crate::list_forms::line_number(content).is_some() || crate::list_forms::title_line(content)
    });
    if !(2..=PARAGRAPHS).contains(&run) || !closed {
        return None;
    }
    let items = next[..run].to_vec();
    Some(CountedList::shown(
        ListSource::Lead,
        *count,
        count_range,
        items,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_names_the_counted_words_or_echoes_the_verb() {
        assert!(names_item("打好东河保卫战", "保卫战", "持续打好"));
        assert!(names_item("深入实施湿地修复工程", "生态工程", "深入实施"));
        assert!(!names_item("加快湿地修复工程", "生态工程", "深入实施"));
        assert!(!names_item("保卫战", "保卫战", "打好"));
        assert!(!names_item("打好甲、乙保卫战", "保卫战", "打好"));
    }

    #[test]
    fn a_line_read_alone_reads_as_in_the_text() {
        let line = "深入推进三大提升工程。推进道路提升工程，新修道路。推进绿化提升工程，新增绿地。";
        let counts = crate::lists::bare_name_lists_in(line).1;
        let read = LineEchoes::read(line, counts);
        let head = read.run_in_head.clone();
        assert_eq!(head.as_ref().map(|l| l.items.len()), Some(2));
        let text = format!("前文。\n{line}");
        let start = text.len() - line.len();
        assert_eq!(
            head.map(|l| l.shifted(start)),
            run_in_head(&text, start..text.len(), 0)
        );
        // A head ending before the line's first count holds none.
        assert_eq!(run_in_head(line, 0..line.len(), line.len()), None);

        let line = "全年培育五大特色产业，延伸链条。";
        let (_, last) = crate::lists::bare_name_lists_in(line).1.unwrap_or_default();
        let (count, _, words) = closing_words(line, last).unwrap_or_default();
        assert_eq!((count, &line[words]), (5, "特色产业"));
        // A last sentence after the last count closes with none.
        let line = "培育五大特色产业。延伸链条。";
        let (_, last) = crate::lists::bare_name_lists_in(line).1.unwrap_or_default();
        assert_eq!(closing_words(line, last), None);
        assert_eq!(
            item_opening("茶叶特色产业，扩大面积。"),
            Some("茶叶特色产业")
        );
    }

    #[test]
    fn the_last_sentence_starts_where_the_character_search_finds_it() {
        let by_chars = |body: &str| {
            body.rfind(['。', '！', '？', '；']).map_or(0, |p| {
                p + body[p..].chars().next().map_or(1, char::len_utf8)
            })
        };
        let texts = [
            "甲。乙！丙？丁；戊，己、“庚”（辛）：壬",
            "只有一句，没有句号",
            "开头；",
            "。",
            "",
            "a.b!c?d;e 全角！半角!",
            "三大工程。实施甲工程，乙工程。",
        ];
        for text in texts {
            let ends = text.char_indices().map(|(at, _)| at).chain([text.len()]);
            for end in ends {
                let body = &text[..end];
                assert_eq!(last_sentence_start(body), by_chars(body), "{body:?}");
            }
        }
        assert_eq!(last_sentence_start("甲。乙"), "甲。".len());
    }
}
