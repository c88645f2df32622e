//! Text hard-wrapped at a fixed width, read as whole paragraphs.
//!
//! A report pulled out of a PDF, or saved from a viewer that breaks lines,
//! cuts every paragraph into lines of one width: a list, a `分别` series or a
//! figure (`12\n3个`) is cut at the breaks, and each reader, which reads a
//! paragraph per line, sees fragments. The model joins such lines back into
//! their paragraphs before anything reads them. Positions stay the source's:
//! each join is a line start the line index keeps (see [`Joins`]), and byte
//! offsets map back by the breaks removed.
//!
//! Only a text that plainly is wrapped is joined: most of its lines share
//! one width and next to none is longer. A report typed a paragraph per line
//! has many lines longer than any width its headings share, and is left as
//! it is.

use crate::chars::is_space;
use crate::outline::{is_heading_numeral, section_number, subsection_number};

/// The line breaks removed from a text, in order: where each joined line
/// starts in the joined text, and the break that stood before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Joins {
    joins: Vec<Join>,
    /// Starts of lines left apart after a full line ending a sentence: the
    /// paragraph may go on there or a new one start (see [`continues`]).
    doubts: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Join {
    /// Offset of the joined line's first byte in the joined text.
    at: usize,
    /// The break removed: `\n`, `\r\n` or `\r`.
    removed: &'static str,
    /// Bytes removed by this join and every one before it.
    removed_through: usize,
}

impl Joins {
    pub fn is_empty(&self) -> bool {
        self.joins.is_empty()
    }

    /// Where each joined line starts, in the joined text.
    pub fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.joins.iter().map(|j| j.at)
    }

    /// Bytes removed before `offset`; with `at_included`, a break removed
    /// right at `offset` counts too (the source offset of a line's start
    /// is after its break, that of a range's end before it).
    pub fn removed_before(&self, offset: usize, at_included: bool) -> usize {
        let n = if at_included {
            self.joins.partition_point(|j| j.at <= offset)
        } else {
            self.joins.partition_point(|j| j.at < offset)
        };
        n.checked_sub(1)
            .map_or(0, |i| self.joins[i].removed_through)
    }

    /// The joins strictly inside `start..end`: where, and the break removed.
    pub fn inside(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, &'static str)> {
        let from = self.joins.partition_point(|j| j.at <= start);
        self.joins[from..]
            .iter()
            .take_while(move |j| j.at < end)
            .map(|j| (j.at, j.removed))
    }

    /// The same joins with each offset moved by `shift(offset)`: for the
    /// text after a later pass that shortens it (the fold of full-width
    /// figures).
    pub fn moved(self, mut shift: impl FnMut(usize) -> usize) -> Joins {
        Joins {
            joins: self
                .joins
                .into_iter()
                .map(|j| Join {
                    at: shift(j.at),
                    ..j
                })
                .collect(),
            doubts: self.doubts.into_iter().map(shift).collect(),
        }
    }

    /// Starts of lines that may go on with the paragraph before them or
    /// start a new one: a reading that spans paragraphs abstains there.
    pub fn doubts(&self) -> &[usize] {
        &self.doubts
    }
}

/// `text` with every line cut into lines of `width` characters joined by
/// `ending`: a hard-wrapped print, for tests and the fuzzer.
pub fn hard_wrapped(text: &str, width: usize, ending: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let chars: Vec<char> = line.chars().collect();
        if chars.is_empty() {
            out.push(String::new());
        }
        out.extend(
            chars
                .chunks(width.max(1))
                .map(|c| c.iter().collect::<String>()),
        );
    }
    out.join(ending)
}

/// One line of the source, for the reading of its width.
struct SourceLine {
    /// Content bytes, without the break.
    range: std::ops::Range<usize>,
    /// The break after it (empty on the last line).
    ending: &'static str,
    chars: usize,
    /// Display width: two columns for a character outside ASCII.
    width: usize,
}

/// The widest lines a wrapping tool would make; lines longer are paragraphs.
const WIDEST_WRAP: usize = 200;
/// Fewer wrapped lines than this is no evidence of a width.
const FEWEST_WRAPPED: usize = 8;

/// `text` with its hard-wrapped paragraphs joined, and where. A text that
/// is not hard-wrapped is returned as it came.
pub fn join_wrapped(text: String) -> (String, Joins) {
    if typed_a_paragraph_a_line(&text) {
        return (text, Joins::default());
    }
    let mut lines = source_lines(&text);
    measure(&text, &mut lines);
    let Some(band) = wrap_band(&text, &lines) else {
        return (text, Joins::default());
    };
    let indented = paragraphs_indented(&text, &lines, &band);
    let mut joined: Option<String> = None;
    let mut joins = Vec::new();
    let mut doubts = Vec::new();
    let mut copied = 0;
    let mut removed_through = 0;
    // Whether the paragraph being read opened with an indent: only such a
    // paragraph's flush lines are surely its own.
    let opens_indented = |l: &SourceLine| text[l.range.clone()].starts_with(is_space);
    let mut paragraph_indented = lines.first().is_some_and(opens_indented);
    // Lines after a full line, flush and indented: where wrapped paragraphs
    // go on flush, an indented line after a full one opens a paragraph.
    let (mut flush_after_full, mut indented_after_full) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        let (line_text, next_text) = (&text[line.range.clone()], &text[next.range.clone()]);
        if band.holds(line) && !next_text.is_empty() {
            if opens_indented(next) {
                indented_after_full += 1;
            } else {
                flush_after_full += 1;
            }
        }
        let indented = indented && paragraph_indented;
        if !band.holds(line) || !continues(line_text, next_text, band.holds(next), indented) {
            if band.holds(line) && ends_sentence(line_text) && !next_text.is_empty() {
                doubts.push((next.range.start - removed_through, opens_indented(next)));
            }
            paragraph_indented = opens_indented(next);
            continue;
        }
        let out = joined.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..line.range.end]);
        copied = line.range.end + line.ending.len();
        removed_through += line.ending.len();
        joins.push(Join {
            at: out.len(),
            removed: line.ending,
            removed_through,
        });
    }
    let text = match joined {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            out
        }
        None => text,
    };
    // A text that indents its paragraphs and wraps them flush says by the
    // indent that a paragraph opens: a break before one is no doubt (a
    // count heading its list there was left unread).
    let indent_opens = indented && flush_after_full > indented_after_full;
    let doubts = doubts
        .into_iter()
        .filter(|&(_, opens_indented)| !(indent_opens && opens_indented))
        .map(|(at, _)| at)
        .collect();
    (text, Joins { joins, doubts })
}

/// Whether many lines are longer than any page (more than one in twenty
/// longer than [`WIDEST_WRAP`] characters can be in bytes): most texts,
/// ruled out by one search for line breaks, with nothing counted or kept
/// (this runs at every version of a document in the editor).
fn typed_a_paragraph_a_line(text: &str) -> bool {
    let (mut filled, mut long, mut start) = (0usize, 0usize, 0);
    let bytes = text.as_bytes();
    let ends = memchr::memchr2_iter(b'\n', b'\r', bytes).chain([bytes.len()]);
    for end in ends {
        let len = end.saturating_sub(start);
        filled += usize::from(len > 0);
        long += usize::from(len > 4 * WIDEST_WRAP);
        start = end + 1;
    }
    long * 20 > filled
}

fn source_lines(text: &str) -> Vec<SourceLine> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    loop {
        let found = memchr::memchr2(b'\n', b'\r', &bytes[start..]).map(|i| start + i);
        let end = found.unwrap_or(bytes.len());
        let ending = match found {
            None => "",
            Some(i) if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') => "\r\n",
            Some(i) if bytes[i] == b'\r' => "\r",
            Some(_) => "\n",
        };
        lines.push(SourceLine {
            range: start..end,
            ending,
            chars: 0,
            width: 0,
        });
        match found {
            Some(_) => start = end + ending.len(),
            None => break,
        }
    }
    lines
}

/// Each line's characters and columns, counted on bytes: a character
/// starts at every byte that is not a continuation byte, and ASCII ones
/// are one column wide.
fn measure(text: &str, lines: &mut [SourceLine]) {
    for line in lines {
        let content = &text.as_bytes()[line.range.clone()];
        let chars = content.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let ascii = content.iter().filter(|b| b.is_ascii()).count();
        line.chars = chars;
        line.width = ascii + 2 * (chars - ascii);
    }
}

/// The lengths a wrapped line has: a width measured in characters (a tool
/// that counts them) or in columns (a page, where figures are narrower).
struct Band {
    by_columns: bool,
    shortest: usize,
}

impl Band {
    fn measure(&self, line: &SourceLine) -> usize {
        if self.by_columns {
            line.width
        } else {
            line.chars
        }
    }

    fn holds(&self, line: &SourceLine) -> bool {
        self.measure(line) >= self.shortest
    }
}

/// The band of lengths of a hard-wrapped text's full lines, when the text
/// is one: a quarter of its lines or more end within a few units short of
/// one width (headings and short paragraphs make up the rest), and
/// almost none is longer.
fn wrap_band(text: &str, lines: &[SourceLine]) -> Option<Band> {
    let filled: Vec<&SourceLine> = lines.iter().filter(|l| l.chars > 0).collect();
    if filled.len() < FEWEST_WRAPPED {
        return None;
    }
    [(false, 1), (true, 3)]
        .into_iter()
        .filter_map(|(by_columns, slack)| {
            let measure = |l: &SourceLine| if by_columns { l.width } else { l.chars };
            let mut counts = vec![0usize; WIDEST_WRAP + 1];
            for l in &filled {
                if let Some(c) = counts.get_mut(measure(l)) {
                    *c += 1;
                }
            }
            // The width: the length with the most lines within `slack`
            // below it (the longest of equals).
            let (width, full) = (16..=WIDEST_WRAP)
                .map(|w| (w, counts[w - slack..=w].iter().sum::<usize>()))
                .max_by_key(|&(w, n)| (n, w))?;
            let longer = filled.iter().filter(|l| measure(l) > width).count();
            // Prose: a page's full lines hold clauses; table rows do not.
            let prose = filled
                .iter()
                .filter(|l| measure(l) + slack >= width && measure(l) <= width)
                .filter(|l| text[l.range.clone()].contains(['，', '。', ',']))
                .count();
            let wrapped = full >= FEWEST_WRAPPED
                && prose * 2 >= full
                && full * 4 >= filled.len()
                && longer * 20 <= filled.len();
            wrapped.then_some((
                full,
                Band {
                    by_columns,
                    shortest: width - slack,
                },
            ))
        })
        .max_by_key(|(full, _)| *full)
        .map(|(_, band)| band)
}

/// Whether `next` goes on with the paragraph `line` was cut from: `next`
/// is neither blank, indented, nor a heading. After a full line ending a
/// sentence both are common: a cut falls after a `。` as often as anywhere,
/// and a paragraph may end exactly at the width. There only the next item
/// of a list (`②…`, `三是…`) goes on: joining a list back matters to the
/// readers of counts, while a paragraph joined to the next would merge two
/// of a run of paragraphs they count. In a text that indents its
/// paragraphs (`indented`) the indent says it: a line flush with the
/// margin goes on (`…做优做强。` / `如：某协会。` is no note `如`).
fn continues(line: &str, next: &str, next_full: bool, indented: bool) -> bool {
    if line.trim_end_matches(is_space).is_empty() {
        return false;
    }
    let Some(first) = next.chars().next() else {
        return false;
    };
    // No paragraph ends on an opening bracket or quote (`“甲”〔` / ` 3〕…`).
    if line
        .trim_end_matches(is_space)
        .ends_with(['〔', '［', '[', '（', '(', '“', '《', '【'])
    {
        return true;
    }
    if is_space(first) {
        // A cut at a space before a marker (`“甲” [17]，…`): no paragraph
        // opens on a mark that closes a clause.
        return closes_a_clause(next.trim_start_matches(is_space));
    }
    // A heading's form after a line cut inside a word, itself a full line,
    // goes on with it (`坚持质量第` / `一、效益优先，…`); a heading is
    // mostly shorter than the page.
    if starts_heading(next) && !(cut_in_a_word(line) && next_full) {
        return false;
    }
    // A note numbered and naming its term (`[5]甲：…`) after a line ending
    // on a word: the note above lacks its closing stop.
    if cut_in_a_word(line) && starts_named_note(next) {
        return false;
    }
    if ends_sentence(line) {
        return (starts_item(next) || (indented && !opens_block(next))) && !starts_note(next);
    }
    !(ends_clause(line) && starts_note(next))
}

/// Whether the text opens its paragraphs with an indent: nearly every line
/// that surely opens one (after a short line or a blank, not a heading)
/// starts with white space.
fn paragraphs_indented(text: &str, lines: &[SourceLine], band: &Band) -> bool {
    let (mut opening, mut indented) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let (line, next) = (&pair[0], &pair[1]);
        let next_text = &text[next.range.clone()];
        if band.holds(line) || next_text.trim_start_matches(is_space).is_empty() {
            continue;
        }
        let words = next_text.trim_start_matches(is_space);
        if starts_heading(words) {
            continue;
        }
        opening += 1;
        indented += usize::from(words.len() < next_text.len());
    }
    opening >= FEWEST_WRAPPED && indented * 10 >= opening * 9
}

/// A line that may open a block of its own even flush in an indented text:
/// a label (`注：`, `说明：`, `附件`), a bracket, a mark or a notes heading.
fn opens_block(line: &str) -> bool {
    line.starts_with([
        '注', '附', '【', '［', '[', '〔', '（', '(', '《', '*', '#', '※', '—', '-',
    ]) || line.starts_with("说明")
        || line.starts_with("各位")
        || crate::notes_place::is_notes_heading(line)
}

/// Whether `line` ends inside a word: on a letter or digit, not on a
/// punctuation mark, quote or bracket.
pub(crate) fn cut_in_a_word(line: &str) -> bool {
    line.trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Whether `line` ends a sentence (`。`, `！`, `？`, possibly inside a
/// closing quote or bracket).
fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(is_space)
        .trim_end_matches(['”', '’', '）', ')', '」', '』'])
        .ends_with(['。', '！', '？', '!', '?'])
}

/// The next item of a list: `②`, `三是`, `其二`.
fn starts_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if crate::chars::circled_value(c).is_some() => true,
        Some(c) if is_heading_numeral(c) => chars
            .as_str()
            .trim_start_matches(is_heading_numeral)
            .starts_with(['是', '要']),
        Some('其') => chars.next().is_some_and(is_heading_numeral),
        _ => false,
    }
}

/// Whether `line` ends on a clause's close (`。`, `；`, a closing bracket
/// or quote), as a note does before the next one.
fn ends_clause(line: &str) -> bool {
    line.trim_end_matches(is_space)
        .ends_with(['。', '！', '？', '；', ';', '）', ')', '”', '】', '］', ']'])
}

/// A numbered note (`［8］甲：…`, `②“乙”，是指…`, `3.丙：…`): a label, then
/// a term closed by a colon or followed by `指` within a few characters. A
/// numbered item of a body list goes on with its clause instead.
fn starts_note(line: &str) -> bool {
    let Some(rest) = without_label(line) else {
        return false;
    };
    let head: String = rest.chars().take(30).collect();
    let head = head.split('。').next().unwrap_or("");
    head.contains(['：', ':']) || head.contains("是指") || head.contains("，指")
}

/// Whether `line` goes on with a clause: it opens on a mark closing one
/// (`，…`), or on a note marker that no term follows (`[17]，…`,
/// `［12］ 活动…`), where a note would name its term (`［12］ 甲：…`).
fn closes_a_clause(line: &str) -> bool {
    if let Some(inner) = line.strip_prefix(['［', '[', '〔']) {
        let after = inner.trim_start_matches(|c: char| c.is_ascii_digit());
        return match after.strip_prefix(['］', ']', '〕']) {
            Some(rest) if after.len() < inner.len() => {
                let rest = rest.trim_start_matches(is_space);
                !(rest.starts_with(|c: char| {
                    crate::chars::is_han(c) || matches!(c, '“' | '《' | '【')
                }) && crate::notes::note_term_range(rest, 0..rest.len()).is_some())
            }
            _ => false,
        };
    }
    line.starts_with(['，', '。', '、', '；', '：', '！', '？', '）', '”'])
}

/// A numbered note whose term the layout names right after its label
/// (`[5]三包一帮：…`, `5.“两园”：…`), not a figure (`5.2亿元：`).
fn starts_named_note(line: &str) -> bool {
    without_label(line).is_some_and(|rest| {
        rest.starts_with(|c: char| crate::chars::is_han(c) || matches!(c, '“' | '《' | '【'))
            && crate::notes::note_term_range(rest, 0..rest.len()).is_some()
    })
}

/// `line` after a leading note or item label: `［8］`, `[8]`, `〔8〕`,
/// `【8】`, `(8)`, `（8）`, `①`, `8.`, `8．`, `8、`, `注8：`.
fn without_label(line: &str) -> Option<&str> {
    let line = line.strip_prefix('注').unwrap_or(line);
    let first = line.chars().next()?;
    let after_first = &line[first.len_utf8()..];
    if crate::chars::circled_value(first).is_some() {
        return Some(after_first);
    }
    // A number in brackets, or a number and its separator.
    let (number, closers): (&str, &[char]) = match first {
        '［' | '[' => (after_first, &['］', ']']),
        '〔' => (after_first, &['〕']),
        '【' => (after_first, &['】']),
        '（' | '(' => (after_first, &['）', ')']),
        _ => (line, &['.', '．', '、', '：', ':']),
    };
    let after_digits = number.trim_start_matches(|c: char| c.is_ascii_digit());
    if after_digits.len() == number.len() {
        return None;
    }
    after_digits.strip_prefix(closers)
}

/// A part or section heading (`二、`, `（三）`, `第四部分`, `附件`), which
/// starts a paragraph of its own even after a full line.
fn starts_heading(line: &str) -> bool {
    let part = || {
        let rest = line
            .strip_prefix('第')?
            .trim_start_matches(is_heading_numeral);
        Some(rest.starts_with(['部', '章', '篇']))
    };
    section_number(line).is_some()
        || subsection_number(line).is_some()
        || part() == Some(true)
        || ["附件", "名词解释", "注释"]
            .iter()
            .any(|w| line.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, width: usize) -> String {
        hard_wrapped(text, width, "\n")
    }

    fn report() -> String {
        let paragraph = "过去一年，全县新建学校5所、改造提升幼儿园12所，新增城镇就业3200人，城乡居民人均可支配收入分别增长6.1%和7.4%，完成年度目标任务。";
        let mut text = String::from("某县政府工作报告\n一、过去一年的工作\n");
        // Paragraphs of different lengths, as in a report: one that ends
        // exactly at the width would read as going on.
        for i in 0..6 {
            text.push_str(&"同时".repeat(i));
            text.push_str(paragraph);
            text.push('\n');
        }
        text.push_str("二、今年的工作\n");
        text.push_str(&paragraph.repeat(3));
        text
    }

    #[test]
    fn wrapped_paragraphs_join_back() {
        let source = report();
        let wrapped = wrap(&source, 30);
        let (joined, joins) = join_wrapped(wrapped.clone());
        assert_eq!(joined, source);
        assert!(!joins.is_empty());
        let first = joins.starts().next().unwrap();
        // The first paragraph's second line (after the title and heading).
        let second_line = wrapped.match_indices('\n').nth(2).unwrap().0 + 1;
        assert_eq!(first + joins.removed_before(first, true), second_line);
    }

    #[test]
    fn crlf_breaks_join_too() {
        let source = report();
        let wrapped = wrap(&source, 28).replace('\n', "\r\n");
        let (joined, joins) = join_wrapped(wrapped);
        assert_eq!(joined, source.replace('\n', "\r\n"));
        assert!(!joins.is_empty());
        let mut breaks = joins.inside(0, usize::MAX).map(|(_, removed)| removed);
        assert!(breaks.all(|removed| removed == "\r\n"));
    }

    #[test]
    fn a_report_typed_a_paragraph_a_line_is_left_alone() {
        let source = report();
        let pointer = source.as_ptr();
        let (joined, joins) = join_wrapped(source);
        assert!(joins.is_empty());
        assert_eq!(joined.as_ptr(), pointer);
    }

    #[test]
    fn a_note_after_a_full_line_stays_a_note() {
        assert!(starts_note("［8］“两个一批”：指甲和乙。"));
        assert!(starts_note("②三新一高，是指新发展阶段。"));
        assert!(starts_note("3.丙工程：建成10个。"));
        assert!(!starts_note("②启动实施老旧小区改造工程8000户，"));
        assert!(!starts_note("8000户，棚户区改造"));
        assert!(!continues(
            "甲乙丙丁。（见第3页）",
            "［8］“两个一批”：指甲和乙。",
            true,
            false
        ));
        assert!(continues(
            "新建幼儿园12所。",
            "②启动实施老旧小区改造工程8000户，",
            true,
            false
        ));
        assert!(continues(
            "一是加快项目建设。",
            "二是优化营商环境，",
            true,
            false
        ));
        // A paragraph of a run that ended at the width: the next stays apart.
        assert!(!continues(
            "新能源产业集群，加快建设。",
            "数字产业集群，加快建设。",
            true,
            false
        ));
        assert!(continues(
            "新能源产业集群，加快建设",
            "。数字产业集群",
            false,
            false
        ));
        assert!(continues(
            "坚持质量第",
            "一、效益优先，推动发展",
            true,
            false
        ));
        assert!(!continues("不低于4万", "二、稳定和扩大就业", false, false));
        assert!(continues(
            "规划了“一心、两环”〔",
            " 3〕的交通网",
            true,
            false
        ));
        // A cut at the space before a marker.
        assert!(continues(
            "企业和“隐形冠军”",
            " [17]，全年力争",
            true,
            false
        ));
        assert!(!continues("企业和“隐形冠军”", " [17]乙：丙", true, false));
        assert!(continues(
            "企业和“三提升”",
            " ［12］ 活动，深入",
            true,
            false
        ));
        assert!(!continues(
            "企业和“三提升”",
            " ［12］ 三提升：丙",
            true,
            false
        ));
        assert!(!continues("企业和“隐形冠军”", "　　新增企业", true, false));
        // A note lacking its closing stop, then the next note.
        assert!(!continues(
            "［4］两稳：稳就业、稳物价工作",
            "［5］三包一帮：包乡镇、包项目，帮企业",
            true,
            false
        ));
        assert!(continues("完成投资", "［5］”工程，建成", true, false));
        assert!(continues("总额达到", "5.2亿元：其中", true, false));
        assert!(!continues(
            "完成全年目标任务。",
            "二、今年的工作",
            false,
            false
        ));
        assert!(!continues(
            "主要做了以下工作：",
            "（一）加快项目建设",
            true,
            false
        ));
    }

    #[test]
    fn an_indented_text_goes_on_at_a_flush_line() {
        // After a full line ending a sentence, a line flush with the margin
        // is the paragraph's own where paragraphs open with an indent.
        assert!(continues("，做大做强。", "如：某某研究会。", true, true));
        assert!(!continues("，做大做强。", "如：某某研究会。", true, false));
        assert!(!continues("，做大做强。", "　　乙：丙。", true, true));
        assert!(!continues("，做大做强。", "二、今年的工作", true, true));
        assert!(!continues(
            "，做大做强。",
            "注：①三河共治：治河。",
            true,
            true
        ));
        assert!(!continues("，做大做强。", "【名词解释】", true, true));
        assert!(!continues("，做大做强。", "②三河共治：治河。", true, true));

        let paragraph =
            "过去一年，全县新建学校5所、改造提升幼儿园12所，新增城镇就业3200人，完成年度目标任务。";
        let mut text = String::from("某县政府工作报告\n");
        for i in 0..10 {
            text.push_str("　　");
            text.push_str(&"同时".repeat(i));
            text.push_str(paragraph);
            text.push('\n');
        }
        // Wrapped at 25, a paragraph ending right at the width's `。` and
        // going on with a flush `如：…`.
        let cut = "　　共性平台：为企业提供技术和信息服务，降低研发风险，弥合科技和经济的断裂，帮助企业升级，做大做强。如：某某研究会。\n";
        text.push_str(cut);
        let wrapped = wrap(&text, 25);
        assert!(wrapped.contains("做大做强。\n如："));
        let (joined, _) = join_wrapped(wrapped);
        assert!(joined.contains("做大做强。如："), "{joined}");
        // Notes set flush in the same text, one ending at the width: the
        // next is a paragraph of its own (only an indented paragraph's
        // flush lines are surely its own).
        let notes = "名词解释\n三河共治：治理河道、整治河岸、防治污染，建好河湖。\n两园联动：产业园和物流园一体发展。\n";
        let (joined, _) = join_wrapped(wrap(&format!("{text}{notes}"), 25));
        assert!(joined.contains("建好河湖。\n两园联动："), "{joined}");
    }

    #[test]
    fn short_lines_of_one_length_are_no_wrap() {
        // A list of items of one length is not a page width.
        // Rows of one length with no prose in them (a table) are no page.
        let rows = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉\n".repeat(20);
        assert!(join_wrapped(rows).1.is_empty());
        let items = "一是推进项目建设\n二是强化要素保障\n三是优化营商环境\n".repeat(5);
        assert!(join_wrapped(items).1.is_empty());
    }
}
