//! Completion as plain answers: a note's number after a marker opener, a
//! known term inside a word, a new note item on an empty line of the notes
//! section. Byte offsets in and out; the server converts.

use std::ops::Range;

use crate::chars::{circled_value, digit_value, is_cjk_punctuation, is_quote, is_space};
use crate::config::Config;
use crate::document::Document;
use crate::markers::MarkerStyle;
use crate::messages::{Locale, editing as words};
use crate::notes::NumberStyle;
use crate::terms::TermSource;
use crate::workspace::Workspace;

/// What a completion offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    /// A note's number in a marker (`［3］`, `③`).
    NoteNumber,
    /// A term explained by a note, the glossary or another report.
    Term,
    /// The start of a new note item (`4.`).
    NewNote,
}

/// One completion: replace `replace` with `insert`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub kind: CompletionKind,
    pub detail: Option<String>,
    /// Markdown.
    pub documentation: Option<String>,
    pub replace: Range<usize>,
    pub insert: String,
    /// What the client matches the typed text against.
    pub filter: String,
    /// The best fit, offered first.
    pub preselect: bool,
}

/// The openers a marker may start with, and their closers.
pub const MARKER_OPENERS: [(char, char); 4] =
    [('［', '］'), ('[', ']'), ('【', '】'), ('〔', '〕')];

/// How far back a word is looked for (characters).
const WORD_CHARS: usize = 16;

/// The completions at `offset` of document `file`, best first.
pub fn completion(
    workspace: &Workspace,
    file: usize,
    offset: usize,
    config: &Config,
    locale: Locale,
) -> Vec<Completion> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let text = &doc.text;
    if offset > text.len() || !text.is_char_boundary(offset) {
        return Vec::new();
    }
    let Some(line) = doc.lines.get(doc.line_at(offset)) else {
        return Vec::new();
    };
    let in_notes = in_notes_section(doc, offset);
    if !in_notes && let Some(items) = marker_numbers(doc, offset, line.range.start) {
        return items;
    }
    if let Some(item) = new_note(doc, offset, locale) {
        return vec![item];
    }
    let mut items = Vec::new();
    if !in_notes {
        items.extend(circled_numbers(doc, offset));
    }
    items.extend(terms(
        workspace,
        file,
        offset,
        line.range.start,
        config,
        locale,
    ));
    items
}

/// Whether `offset` is past the notes section's heading and not in an
/// annex after it.
fn in_notes_section(doc: &Document, offset: usize) -> bool {
    doc.notes_sections().any(|section| {
        offset >= section.heading.end.max(section.range.start)
            && !doc.body.iter().any(|r| r.start <= offset && offset < r.end)
    })
}

/// After `［`, `[`, `【` or `〔` (and any digits typed since): every note's
/// number, the fitting one first, closing the bracket.
fn marker_numbers(doc: &Document, offset: usize, line_start: usize) -> Option<Vec<Completion>> {
    if doc.notes.is_empty() {
        return None;
    }
    let before = &doc.text[line_start..offset];
    let typed = before.len() - before.trim_end_matches(|c| digit_value(c).is_some()).len();
    let opener_end = offset - typed;
    let opener = doc.text[line_start..opener_end].chars().next_back()?;
    let closer = MARKER_OPENERS
        .iter()
        .find(|(o, _)| *o == opener)
        .map(|(_, c)| *c)?;
    let opener_start = opener_end - opener.len_utf8();
    // `［１］`: full-width digits where the report's markers use them.
    // The source's own digits: the model reads them folded to ASCII.
    let wide = doc
        .source_text(opener_end..offset)
        .chars()
        .any(|c| c > '\u{ff}')
        || doc.markers.iter().any(|m| {
            m.style == MarkerStyle::FullWidthBracket
                && doc
                    .source_text(m.range.clone())
                    .chars()
                    .any(|c| ('０'..='９').contains(&c))
        }) && opener == '［';
    let closed = doc.text[offset..].starts_with(closer);
    let order = ranked_notes(doc, opener_start);
    let items = order
        .iter()
        .enumerate()
        .map(|(rank, &n)| {
            let note = &doc.notes[n];
            let digits = write_digits(note.number, wide);
            let mut insert = digits.clone();
            if !closed {
                insert.push(closer);
            }
            Completion {
                label: note.number.to_string(),
                kind: CompletionKind::NoteNumber,
                detail: note.term.clone(),
                documentation: Some(note.words(&doc.text).trim().to_string()),
                replace: opener_end..offset,
                insert,
                filter: note.number.to_string(),
                preselect: rank == 0,
            }
        })
        .collect();
    Some(items)
}

/// In a report whose markers are mostly circled, right after a note's term:
/// the circled numbers, that note's first.
fn circled_numbers(doc: &Document, offset: usize) -> Vec<Completion> {
    let circled = doc
        .markers
        .iter()
        .filter(|m| m.style == MarkerStyle::Circled)
        .count();
    if doc.notes.is_empty()
        || circled * 2 <= doc.markers.len()
        || fitting_note(doc, offset).is_none()
    {
        return Vec::new();
    }
    ranked_notes(doc, offset)
        .into_iter()
        .filter_map(|n| {
            let note = &doc.notes[n];
            let c = circled_char(note.number)?;
            Some((note, c))
        })
        .enumerate()
        .map(|(rank, (note, c))| Completion {
            label: c.to_string(),
            kind: CompletionKind::NoteNumber,
            detail: note.term.clone(),
            documentation: Some(note.words(&doc.text).trim().to_string()),
            replace: offset..offset,
            insert: c.to_string(),
            filter: c.to_string(),
            preselect: rank == 0,
        })
        .collect()
}

/// Notes in the order a marker at `at` should offer them: the note whose
/// term ends right there, then the next number no marker uses yet, then
/// the others by number.
fn ranked_notes(doc: &Document, at: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..doc.notes.len()).collect();
    order.sort_by_key(|&n| doc.notes[n].number);
    let mut first = Vec::new();
    if let Some(n) = fitting_note(doc, at) {
        first.push(n);
    }
    if let Some(n) = next_unused(doc, at)
        && !first.contains(&n)
    {
        first.push(n);
    }
    order.retain(|n| !first.contains(n));
    first.extend(order);
    first
}

/// The note whose term (or alias) is used right before `at`, closing
/// quotes aside.
fn fitting_note(doc: &Document, at: usize) -> Option<usize> {
    let before = doc.text[..at].trim_end_matches(|c| is_quote(c) && c != '“' && c != '‘');
    let end = before.len();
    doc.terms.iter().find_map(|t| match t.source {
        TermSource::Note(n) => {
            let i = t.uses.partition_point(|u| u.end < end);
            t.uses.get(i).filter(|u| u.end == end).map(|_| n)
        }
        _ => None,
    })
}

/// The note a marker at `at` would number next: the smallest number above
/// the markers before `at` that no marker uses yet, else the smallest
/// unused, else the one after the markers before.
fn next_unused(doc: &Document, at: usize) -> Option<usize> {
    let before = doc.markers.partition_point(|m| m.range.start < at);
    let last = doc.markers[..before]
        .iter()
        .filter(|m| m.note.is_some())
        .map(|m| m.number)
        .max()
        .unwrap_or(0);
    let mut used = vec![false; doc.notes.len()];
    for m in &doc.markers {
        if let Some(n) = m.note {
            used[n] = true;
        }
    }
    let unused = |n: &usize| !used[*n];
    let by_number = |n: &usize| doc.notes[*n].number;
    (0..doc.notes.len())
        .filter(unused)
        .filter(|n| doc.notes[*n].number > last)
        .min_by_key(by_number)
        .or_else(|| (0..doc.notes.len()).filter(unused).min_by_key(by_number))
        .or_else(|| (0..doc.notes.len()).find(|n| doc.notes[*n].number == last + 1))
}

fn write_digits(number: u32, wide: bool) -> String {
    let digits = number.to_string();
    if wide {
        digits
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect()
    } else {
        digits
    }
}

/// `①` for 1 … `㊿` for 50.
pub fn circled_char(number: u32) -> Option<char> {
    let code = match number {
        1..=20 => 0x2460 + number - 1,
        21..=35 => 0x3251 + number - 21,
        36..=50 => 0x32B1 + number - 36,
        _ => return None,
    };
    char::from_u32(code).filter(|c| circled_value(*c) == Some(number))
}

/// On an empty line of the notes section: the next note's number in the
/// style of the note before it (indentation and spacing kept).
fn new_note(doc: &Document, offset: usize, locale: Locale) -> Option<Completion> {
    let section = doc.notes_section.as_ref()?;
    if !in_notes_section(doc, offset) {
        return None;
    }
    let line = doc.lines.get(doc.line_at(offset))?;
    if !line.is_blank() {
        return None;
    }
    // Past the last note, only blank lines may come between.
    if offset > section.range.end
        && !doc.text[section.range.end..line.range.start]
            .trim()
            .is_empty()
    {
        return None;
    }
    let previous = doc
        .notes
        .iter()
        .rev()
        .find(|n| n.range.start < offset)
        .or(doc.notes.first())?;
    if previous.style == NumberStyle::Unnumbered {
        return None;
    }
    let number = if previous.range.start < offset {
        previous.number + 1
    } else {
        1
    };
    let previous_line = doc.lines.get(doc.line_at(previous.number_range.start))?;
    let indent = &doc.text[previous_line.range.start..previous.number_range.start];
    let written = doc.source_text(previous.number_range.clone());
    let renumbered = renumber(&written, previous.style, number)?;
    let gap: String = doc.text[previous.number_range.end..]
        .chars()
        .take_while(|c| is_space(*c) && *c != '\n' && *c != '\r')
        .collect();
    let insert = format!("{indent}{renumbered}{gap}");
    Some(Completion {
        label: renumbered.clone(),
        kind: CompletionKind::NewNote,
        detail: Some(words::new_note(number, locale)),
        documentation: None,
        replace: line.range.clone(),
        insert,
        filter: renumbered,
        preselect: true,
    })
}

/// A note's written number (`3.`, `［３］`, `③`, `三、`) with `number` instead.
fn renumber(written: &str, style: NumberStyle, number: u32) -> Option<String> {
    match style {
        NumberStyle::Circled => {
            let first = written.chars().next()?;
            Some(written.replacen(first, &circled_char(number)?.to_string(), 1))
        }
        NumberStyle::Ordinal => {
            let numeral: String = written
                .chars()
                .take_while(|c| "一二三四五六七八九十".contains(*c))
                .collect();
            Some(written.replacen(&numeral, &crate::ide::chinese_numeral(number), 1))
        }
        NumberStyle::Unnumbered => None,
        NumberStyle::Superscript => crate::edits::renumber_token(written, number),
        _ => {
            let start = written.find(|c| digit_value(c).is_some())?;
            let digits_len: usize = written[start..]
                .chars()
                .take_while(|c| digit_value(*c).is_some())
                .map(char::len_utf8)
                .sum();
            let wide = written[start..]
                .chars()
                .next()
                .is_some_and(|c| c > '\u{ff}');
            Some(format!(
                "{}{}{}",
                &written[..start],
                write_digits(number, wide),
                &written[start + digits_len..]
            ))
        }
    }
}

/// A name offered in the body, and what explains it.
struct Candidate {
    name: String,
    detail: String,
    documentation: Option<String>,
    rank: u8,
}

/// Inside a word: the known terms whose beginning the word ends with (or
/// all of them right after an opening quote).
fn terms(
    workspace: &Workspace,
    file: usize,
    offset: usize,
    line_start: usize,
    config: &Config,
    locale: Locale,
) -> Vec<Completion> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let text = &doc.text;
    let before = &text[line_start..offset];
    let word: Vec<(usize, char)> = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word_char(*c))
        .take(WORD_CHARS)
        .collect();
    let word_start = word.last().map_or(offset, |(i, _)| line_start + i);
    let opened = text[..word_start].ends_with(['“', '‘', '"', '「']);
    if word.is_empty() && !opened {
        return Vec::new();
    }
    let typed = &text[word_start..offset];
    let closes = opened && !text[offset..].starts_with(['”', '’', '"', '」']);

    let mut candidates = Vec::new();
    for (n, note) in doc.notes.iter().enumerate() {
        let documentation = Some(note.text(text).trim().to_string());
        let names = note.term.iter().chain(note.aliases.iter().map(|a| &a.text));
        for name in names {
            candidates.push(Candidate {
                name: unquoted(name).to_string(),
                detail: words::term_source(Some(doc.notes[n].number), None, locale),
                documentation: documentation.clone(),
                rank: 0,
            });
        }
    }
    for (key, definition) in &config.glossary {
        candidates.push(Candidate {
            name: unquoted(key).to_string(),
            detail: words::term_source(None, None, locale),
            documentation: Some(definition.clone()),
            rank: 1,
        });
    }
    for (other, path, summary) in workspace.summaries() {
        if other == file || !workspace.related(file, other, &config.workspace.related) {
            continue;
        }
        for (n, note) in summary.notes.iter().enumerate() {
            let Some(term) = &note.term else { continue };
            candidates.push(Candidate {
                name: unquoted(term).to_string(),
                detail: words::term_source(Some(note.number), Some(path), locale),
                documentation: Some(summary.note_text(n).trim().to_string()),
                rank: 2,
            });
        }
    }

    let mut found: Vec<(usize, u8, Completion)> = Vec::new();
    for c in candidates {
        if c.name.is_empty() || found.iter().any(|(_, _, f)| f.label == c.name) {
            continue;
        }
        let Some(matched) = matched_prefix(typed, &c.name, opened) else {
            continue;
        };
        let mut insert = c.name.clone();
        if closes {
            insert.push('”');
        }
        found.push((
            matched,
            c.rank,
            Completion {
                label: c.name.clone(),
                kind: CompletionKind::Term,
                detail: Some(c.detail),
                documentation: c.documentation,
                replace: offset - matched..offset,
                insert,
                filter: c.name,
                preselect: false,
            },
        ));
    }
    // The longest typed match first, then this report's notes, the
    // glossary, other reports.
    found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().map(|(_, _, c)| c).collect()
}

/// The bytes of `typed`'s end that begin `name` (the longest such end, not
/// all of `name`); zero right after an opening quote.
fn matched_prefix(typed: &str, name: &str, opened: bool) -> Option<usize> {
    let mut best = None;
    for (i, _) in typed.char_indices() {
        let tail = &typed[i..];
        if tail.len() < name.len() && name.starts_with(tail) {
            best = Some(tail.len());
            break;
        }
    }
    if typed.is_empty() {
        opened.then_some(0)
    } else {
        best
    }
}

fn is_word_char(c: char) -> bool {
    !(c.is_whitespace() || is_quote(c) || c.is_ascii_punctuation() || is_cjk_punctuation(c))
}

fn unquoted(name: &str) -> &str {
    name.trim_matches(|c: char| is_quote(c) || is_space(c))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    /// Parses `fixture` with `$0` removed; the answer at `$0`, written one
    /// item a line.
    fn complete(fixtures: &[&str], config: &Config, locale: Locale) -> String {
        let mut ws = Workspace::new();
        let mut offset = 0;
        for (i, f) in fixtures.iter().enumerate() {
            // The cursor's offset in the model's text (full-width figures
            // folded), as the server finds it from a client's position.
            let folded = crate::fold::fold_figures(f.to_string()).0;
            if let Some(at) = folded.find("$0") {
                offset = at;
            }
            let text = f.replace("$0", "");
            ws.add(format!("{i}.txt"), Arc::new(Document::parse(text, config)));
        }
        let last = fixtures.len() - 1;
        let text = crate::fold::fold_figures(fixtures[last].replace("$0", "")).0;
        completion(&ws, last, offset, config, locale)
            .iter()
            .map(|c| {
                format!(
                    "{}{} {:?} [{}] «{}» | {} | {}",
                    if c.preselect { "* " } else { "" },
                    c.label,
                    c.kind,
                    &text[c.replace.clone()],
                    c.insert,
                    c.detail.as_deref().unwrap_or(""),
                    c.documentation.as_deref().unwrap_or(""),
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    const LAKES: &str = "2031年湖滨县政府工作报告\n一、回顾\n推行“三湖联保”［1］，建成“智慧渡口”［2］，开展“一岸一策”。\n二、计划\n继续落实一岸一策，扩大智慧渡口覆盖面。\n注释\n［1］“三湖联保”：三个湖泊联合保护、联合执法。\n［2］智慧渡口：以传感设备管理渡船和候船点。\n［3］“一岸一策”：每段湖岸一套治理方案。\n［4］“绿道串珠”：环湖绿道连通各个村落。\n";

    #[test]
    fn after_an_opener_the_fitting_note_comes_first_and_the_bracket_closes() {
        let text = LAKES.replace("“一岸一策”。", "“一岸一策”［$0。");
        insta::assert_snapshot!(complete(&[&text], &Config::default(), Locale::Zh), @r"
        * 3 NoteNumber [] «3］» | “一岸一策” | 每段湖岸一套治理方案。
        1 NoteNumber [] «1］» | “三湖联保” | 三个湖泊联合保护、联合执法。
        2 NoteNumber [] «2］» | 智慧渡口 | 以传感设备管理渡船和候船点。
        4 NoteNumber [] «4］» | “绿道串珠” | 环湖绿道连通各个村落。
        ");
    }

    #[test]
    fn with_no_term_before_the_next_unused_number_fits_and_typed_digits_are_replaced() {
        // After `。`, no term: the next number nothing marks yet is 3; the
        // closing bracket is already there.
        let text = LAKES.replace("“一岸一策”。", "“一岸一策”。新建码头［4$0］");
        insta::assert_snapshot!(complete(&[&text], &Config::default(), Locale::Zh), @r"
        * 3 NoteNumber [4] «3» | “一岸一策” | 每段湖岸一套治理方案。
        1 NoteNumber [4] «1» | “三湖联保” | 三个湖泊联合保护、联合执法。
        2 NoteNumber [4] «2» | 智慧渡口 | 以传感设备管理渡船和候船点。
        4 NoteNumber [4] «4» | “绿道串珠” | 环湖绿道连通各个村落。
        ");
    }

    #[test]
    fn full_width_digits_where_the_markers_use_them() {
        let text = "2031年湖滨县政府工作报告\n推行“三湖联保”［１］，开展“一岸一策”［$0。\n注释\n1.“三湖联保”：联合保护。\n2.“一岸一策”：一岸一方案。\n";
        let answer = complete(&[text], &Config::default(), Locale::Zh);
        assert!(answer.starts_with("* 2 NoteNumber [] «２］»"), "{answer}");
    }

    #[test]
    fn circled_markers_are_offered_after_a_term_in_a_circled_report() {
        let text = "2031年湖滨县政府工作报告\n推行“三湖联保”①，建成“智慧渡口”②，开展“一岸一策”$0。\n注释\n1.“三湖联保”：联合保护。\n2.智慧渡口：智能管理渡船。\n3.“一岸一策”：一岸一方案。\n";
        insta::assert_snapshot!(complete(&[text], &Config::default(), Locale::Zh), @r"
        * ③ NoteNumber [] «③» | “一岸一策” | 一岸一方案。
        ① NoteNumber [] «①» | “三湖联保” | 联合保护。
        ② NoteNumber [] «②» | 智慧渡口 | 智能管理渡船。
        ");
    }

    #[test]
    fn inside_a_word_known_terms_with_their_explanation() {
        let text = LAKES.replace("扩大智慧渡口覆盖面", "扩大智慧$0");
        let mut config = Config::default();
        config
            .glossary
            .insert("智慧水务".into(), "用数据管理供水排水。".into());
        insta::assert_snapshot!(complete(&[&text], &config, Locale::Zh), @r"
        智慧渡口 Term [智慧] «智慧渡口» | 注释 2 | 以传感设备管理渡船和候船点。
        智慧水务 Term [智慧] «智慧水务» | 术语表 | 用数据管理供水排水。
        ");
    }

    #[test]
    fn after_an_opening_quote_every_term_and_the_quote_closes() {
        let text = LAKES.replace("扩大智慧渡口覆盖面", "扩大“绿$0");
        insta::assert_snapshot!(complete(&[&text], &Config::default(), Locale::En), @r"
        绿道串珠 Term [绿] «绿道串珠”» | note 4 | 环湖绿道连通各个村落。
        ");
        let text = LAKES.replace("扩大智慧渡口覆盖面", "扩大“$0”");
        let answer = complete(&[&text], &Config::default(), Locale::En);
        assert_eq!(answer.lines().count(), 4, "{answer}");
        assert!(answer.contains("三湖联保 Term [] «三湖联保»"), "{answer}");
    }

    #[test]
    fn terms_of_the_same_governments_other_report() {
        let last_year = "2030年湖滨县政府工作报告\n实施“渔船退捕”。\n注释\n1.“渔船退捕”：渔船退出捕捞、渔民转产。\n";
        let other_county =
            "2030年山前县政府工作报告\n实施“渔港升级”。\n注释\n1.“渔港升级”：改造渔港。\n";
        let draft = "2031年湖滨县政府工作报告\n巩固渔$0\n";
        insta::assert_snapshot!(complete(&[last_year, other_county, draft], &Config::default(), Locale::Zh), @"渔船退捕 Term [渔] «渔船退捕» | 0.txt 注释 1 | 渔船退出捕捞、渔民转产。");
    }

    #[test]
    fn an_empty_line_of_the_notes_section_starts_the_next_note() {
        let text = format!("{LAKES}　　$0\n");
        insta::assert_snapshot!(complete(&[&text], &Config::default(), Locale::Zh), @"* ［5］ NewNote [　　] «［5］» | 新注释（第 5 条） |");
        let dotted = "2031年湖滨县政府工作报告\n推行“三湖联保”①。\n注释\n　　1. “三湖联保”：联合保护。\n$0\n　　2. “一岸一策”：一岸一方案。\n";
        insta::assert_snapshot!(complete(&[dotted], &Config::default(), Locale::En), @"* 2. NewNote [] «　　2. » | new note 2 |");
    }

    #[test]
    fn nothing_where_nothing_fits() {
        let text = LAKES.replace("“一岸一策”。", "“一岸一策”。$0");
        assert_eq!(complete(&[&text], &Config::default(), Locale::Zh), "");
        let no_notes = "2031年湖滨县政府工作报告\n推行“三湖联保”［$0\n";
        assert_eq!(complete(&[no_notes], &Config::default(), Locale::Zh), "");
    }
}
