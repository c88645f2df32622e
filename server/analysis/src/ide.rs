//! Editor features as plain answers: what is under the cursor, hover,
//! definition, references, highlights, symbols, folding. Byte offsets in,
//! byte offsets out; the server converts positions at its boundary.

use std::ops::Range;

use crate::config::Config;
use crate::document::Document;
use crate::messages::{Locale, hover as words};
use crate::outline::{Heading, HeadingKind};
use crate::terms::{TermSource, normalize};
use crate::workspace::Workspace;

/// What stands at an offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// `doc.markers[i]`.
    Marker(usize),
    /// A use of `doc.terms[term]`, at `range`.
    TermUse { term: usize, range: Range<usize> },
    /// `doc.notes[i]`, from its number to its last line.
    Note(usize),
    /// `doc.figures[i]`.
    Figure(usize),
}

/// The item at `offset` (a position just after a marker or term counts).
pub fn item_at(doc: &Document, offset: usize) -> Option<Item> {
    let within = |r: &Range<usize>| r.start <= offset && offset <= r.end && !r.is_empty();
    if let Some(i) = doc.markers.iter().position(|m| within(&m.range)) {
        return Some(Item::Marker(i));
    }
    for (t, term) in doc.terms.iter().enumerate() {
        if let Some(range) = term.uses.iter().find(|r| within(r)) {
            return Some(Item::TermUse {
                term: t,
                range: range.clone(),
            });
        }
    }
    if let Some(i) = doc.figures.iter().position(|f| within(&f.span)) {
        return Some(Item::Figure(i));
    }
    doc.notes
        .iter()
        .position(|n| {
            let head_end = n.term_range.as_ref().map_or(n.number_range.end, |t| t.end);
            within(&(n.number_range.start..head_end)) || within(&n.range)
        })
        .map(Item::Note)
}

/// A hover: the range it covers and its Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverInfo {
    pub range: Range<usize>,
    pub markdown: String,
}

/// A place to go: a range of a workspace document, or a glossary entry of
/// the configuration (the server knows where that file is).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Range { file: usize, range: Range<usize> },
    Glossary { term: String },
}

/// Hover at `offset` of document `file`.
pub fn hover(
    workspace: &Workspace,
    file: usize,
    offset: usize,
    config: &Config,
    locale: Locale,
) -> Option<HoverInfo> {
    let doc = workspace.document(file)?;
    let item = item_at(doc, offset);
    let (range, markdown) = match item {
        Some(Item::Marker(i)) => {
            let marker = &doc.markers[i];
            let markdown = match marker.note {
                Some(n) => with_drift(note_markdown(doc, n, locale), workspace, file, n, locale),
                None => match marker.name(&doc.text) {
                    Some(name) => words::named_marker_without_note(name, locale),
                    None => words::marker_without_note(marker.number, locale),
                },
            };
            (marker.range.clone(), markdown)
        }
        Some(Item::Note(n)) => {
            let note = &doc.notes[n];
            let mut markdown =
                with_drift(note_markdown(doc, n, locale), workspace, file, n, locale);
            let mut lines: Vec<u32> = note_uses(doc, n)
                .iter()
                .map(|r| doc.line_index.line_of(r.start) as u32 + 1)
                .collect();
            lines.dedup();
            if !lines.is_empty() {
                markdown.push_str("\n\n");
                markdown.push_str(&words::used_on_lines(&lines, locale));
            }
            (
                note.number_range.start
                    ..note
                        .term_range
                        .clone()
                        .map_or(note.number_range.end, |t| t.end),
                markdown,
            )
        }
        Some(Item::Figure(i)) => {
            let figure = &doc.figures[i];
            let text = &doc.text[figure.span.clone()];
            let mut markdown = words::figure(text, figure, locale);
            // A target or a result of last year's targets: the pair too.
            if let Some(pair) = crate::draft_ide::pair_hover(workspace, file, i, locale) {
                markdown.push_str("\n\n---\n\n");
                markdown.push_str(&pair);
            }
            (figure.span.clone(), markdown)
        }
        Some(Item::TermUse { term, range }) => {
            let t = &doc.terms[term];
            let markdown = match t.source {
                TermSource::Note(n) => {
                    with_drift(note_markdown(doc, n, locale), workspace, file, n, locale)
                }
                TermSource::Glossary(g) => {
                    let (key, definition) =
                        config.glossary_entry(g).unwrap_or((t.text.as_str(), ""));
                    format!("**{key}**\n\n{definition}\n\n*{}*", words::glossary(locale))
                }
                TermSource::Known => format!("**{}**\n\n{}", t.text, words::known(locale)),
                TermSource::Slogan => match workspace.definition_elsewhere(&t.key, file) {
                    Some(def) => external_markdown(workspace, &def, locale),
                    None => format!(
                        "**{}**\n\n{}",
                        t.text,
                        words::undefined(t.uses.len(), locale)
                    ),
                },
            };
            (range, markdown)
        }
        None => {
            let (range, def) = workspace.external_term_at(file, offset)?;
            (range, external_markdown(workspace, &def, locale))
        }
    };
    Some(HoverInfo { range, markdown })
}

/// A note's hover with, below it, last year's explanation when last year's
/// report explains the term otherwise.
fn with_drift(
    mut markdown: String,
    workspace: &Workspace,
    file: usize,
    n: usize,
    locale: Locale,
) -> String {
    if let Some(old) = crate::draft_ide::note_drift_hover(workspace, file, n, locale) {
        markdown.push_str("\n\n---\n\n");
        markdown.push_str(&old);
    }
    markdown
}

/// A note's number, term, text, and where it is used.
fn note_markdown(doc: &Document, n: usize, locale: Locale) -> String {
    let note = &doc.notes[n];
    let uses = doc.note_term(n).map_or(0, |t| t.uses.len());
    let markers = doc.markers_of(n).count();
    // `(见第23页)`: where the printed report uses the term.
    let page = note
        .page
        .as_ref()
        .map(|p| format!(" · {}", doc.text[p.clone()].trim()))
        .unwrap_or_default();
    format!(
        "{}\n\n{}\n\n*{} · {}{page}*",
        words::note_heading(note.number, note.term.as_deref(), locale),
        note.words(&doc.text).trim(),
        words::defined_here(locale),
        words::uses(markers, uses, locale)
    )
}

fn external_markdown(
    workspace: &Workspace,
    def: &crate::checks::ExternalDefinition,
    locale: Locale,
) -> String {
    let Some(summary) = workspace.summary(def.file) else {
        return words::defined_in(&def.path, def.number, locale);
    };
    let note = summary
        .notes
        .iter()
        .position(|n| Some(n.number) == def.number);
    match note {
        Some(n) => format!(
            "{}\n\n{}\n\n*{}*",
            words::note_heading(
                summary.notes[n].number,
                summary.notes[n].term.as_deref(),
                locale
            ),
            summary.note_text(n).trim(),
            words::defined_in(&def.path, def.number, locale)
        ),
        None => words::defined_in(&def.path, def.number, locale),
    }
}

/// Markers and term uses of note `n`, in text order.
pub fn note_uses(doc: &Document, n: usize) -> Vec<Range<usize>> {
    let mut uses: Vec<Range<usize>> = doc.markers_of(n).map(|m| m.range.clone()).collect();
    if let Some(term) = doc.note_term(n) {
        uses.extend(term.uses.iter().cloned());
    }
    uses.sort_by_key(|r| r.start);
    uses
}

/// Where a note is declared: its term, or its number.
pub(crate) fn note_declaration(doc: &Document, n: usize) -> Range<usize> {
    let note = &doc.notes[n];
    note.term_range.clone().unwrap_or(note.number_range.clone())
}

/// Go to definition: a marker or a term to its note (here, in another
/// report, or in the glossary); a note to its first use.
pub fn definition(
    workspace: &Workspace,
    file: usize,
    offset: usize,
    config: &Config,
) -> Vec<Target> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let here = |range: Range<usize>| Target::Range { file, range };
    match item_at(doc, offset) {
        Some(Item::Marker(i)) => doc.markers[i]
            .note
            .map(|n| here(note_declaration(doc, n)))
            .into_iter()
            .collect(),
        Some(Item::Note(n)) => note_uses(doc, n)
            .into_iter()
            .next()
            .map(here)
            .into_iter()
            .collect(),
        Some(Item::Figure(_)) => Vec::new(),
        Some(Item::TermUse { term, .. }) => {
            let t = &doc.terms[term];
            match t.source {
                TermSource::Note(n) => vec![here(note_declaration(doc, n))],
                TermSource::Glossary(g) => config
                    .glossary_entry(g)
                    .map(|(key, _)| Target::Glossary {
                        term: key.to_string(),
                    })
                    .into_iter()
                    .collect(),
                TermSource::Slogan | TermSource::Known => workspace
                    .definition_elsewhere(&t.key, file)
                    .map(|d| Target::Range {
                        file: d.file,
                        range: d.range,
                    })
                    .into_iter()
                    .collect(),
            }
        }
        None => workspace
            .external_term_at(file, offset)
            .map(|(_, d)| Target::Range {
                file: d.file,
                range: d.range,
            })
            .into_iter()
            .collect(),
    }
}

/// A reference: a document and a range, and whether it is the declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub file: usize,
    pub range: Range<usize>,
    pub declaration: bool,
}

/// Every marker and term use of the note (or term) at `offset`, across the
/// workspace: other reports that use the term without a note of their own.
pub fn references(
    workspace: &Workspace,
    file: usize,
    offset: usize,
    include_declaration: bool,
) -> Vec<Reference> {
    let Some(doc) = workspace.document(file) else {
        return Vec::new();
    };
    let (keys, local): (Vec<String>, Vec<Reference>) = match item_at(doc, offset) {
        Some(Item::Marker(i)) => match doc.markers[i].note {
            Some(n) => note_references(doc, file, n),
            None => (
                Vec::new(),
                vec![Reference {
                    file,
                    range: doc.markers[i].range.clone(),
                    declaration: false,
                }],
            ),
        },
        Some(Item::Note(n)) => note_references(doc, file, n),
        Some(Item::Figure(_)) => return Vec::new(),
        Some(Item::TermUse { term, .. }) => match doc.terms[term].source {
            TermSource::Note(n) => note_references(doc, file, n),
            _ => {
                let t = &doc.terms[term];
                let uses = t.uses.iter().map(|r| Reference {
                    file,
                    range: r.clone(),
                    declaration: false,
                });
                (vec![t.key.clone()], uses.collect())
            }
        },
        None => return Vec::new(),
    };
    let mut out = local;
    for (other, _, summary) in workspace.summaries() {
        if other == file {
            continue;
        }
        // The terms it uses without a note of its own.
        for t in &summary.terms {
            if keys.contains(&t.key) {
                out.extend(t.uses.iter().map(|r| Reference {
                    file: other,
                    range: r.clone(),
                    declaration: false,
                }));
            }
        }
    }
    if !include_declaration {
        out.retain(|r| !r.declaration);
    }
    out
}

fn note_references(doc: &Document, file: usize, n: usize) -> (Vec<String>, Vec<Reference>) {
    let mut refs = vec![Reference {
        file,
        range: note_declaration(doc, n),
        declaration: true,
    }];
    refs.extend(note_uses(doc, n).into_iter().map(|range| Reference {
        file,
        range,
        declaration: false,
    }));
    let note = &doc.notes[n];
    let keys = note
        .term
        .iter()
        .chain(note.aliases.iter().map(|a| &a.text))
        .flat_map(|name| crate::terms::term_keys(name))
        .collect();
    (keys, refs)
}

/// A highlight in the current document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range<usize>,
    /// The declaration (the note's term) rather than a use.
    pub write: bool,
}

/// The note or term at `offset` and all its places in this document.
pub fn highlights(workspace: &Workspace, file: usize, offset: usize) -> Vec<Highlight> {
    references(workspace, file, offset, true)
        .into_iter()
        .filter(|r| r.file == file)
        .map(|r| Highlight {
            range: r.range,
            write: r.declaration,
        })
        .collect()
}

/// A node of the document outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub kind: HeadingKind,
    pub range: Range<usize>,
    pub selection: Range<usize>,
    pub children: Vec<Symbol>,
}

/// The outline: sections, subsections, annexes, the notes section and its notes.
pub fn symbols(doc: &Document, locale: Locale) -> Vec<Symbol> {
    doc.outline.iter().map(|h| symbol(h, locale)).collect()
}

fn symbol(h: &Heading, locale: Locale) -> Symbol {
    let name = match (h.kind, h.number) {
        (HeadingKind::Section, Some(n)) => format!("{}、{}", chinese_numeral(n), h.title),
        (HeadingKind::Subsection, Some(n)) => format!("（{}）{}", chinese_numeral(n), h.title),
        (HeadingKind::Annex, Some(n)) => format!("附件{n} {}", h.title),
        (HeadingKind::Annex, None) => format!("附件 {}", h.title),
        (HeadingKind::Notes, _) => words::notes_section(locale).to_string(),
        (HeadingKind::Note, Some(n)) => format!("{n}. {}", h.title),
        _ => h.title.clone(),
    };
    Symbol {
        name: if name.trim().is_empty() {
            h.kind.name().to_string()
        } else {
            name
        },
        kind: h.kind,
        range: h.range.clone(),
        selection: h.heading.clone(),
        children: h.children.iter().map(|c| symbol(c, locale)).collect(),
    }
}

pub(crate) fn chinese_numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", DIGITS[(n % 10) as usize]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", DIGITS[(n / 10) as usize]),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            DIGITS[(n % 10) as usize]
        ),
        _ => n.to_string(),
    }
}

/// Foldable ranges: sections, subsections, annexes, the notes section and
/// notes longer than a line.
pub fn folding(doc: &Document) -> Vec<Range<usize>> {
    fn walk(h: &Heading, out: &mut Vec<Range<usize>>) {
        out.push(h.range.clone());
        for c in &h.children {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    for h in &doc.outline {
        walk(h, &mut out);
    }
    out.retain(|r| doc.line_index.line_of(r.start) < doc.line_index.line_of(r.end));
    out
}

/// A workspace symbol: a note's term or a slogan, in some document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceSymbol {
    pub file: usize,
    pub name: String,
    pub range: Range<usize>,
    /// `Some(number)` for a note, `None` for an undefined slogan.
    pub note: Option<u32>,
}

/// Notes and slogans of every report whose name contains `query`
/// (quote- and width-insensitive; an empty query matches all).
pub fn workspace_symbols(workspace: &Workspace, query: &str) -> Vec<WorkspaceSymbol> {
    let query = normalize(query);
    let mut out = Vec::new();
    for (file, _, summary) in workspace.summaries() {
        for note in &summary.notes {
            let Some(term) = &note.term else { continue };
            if normalize(term).contains(&query) {
                out.push(WorkspaceSymbol {
                    file,
                    name: term.clone(),
                    range: note.term_range.clone().unwrap_or(note.number_range.clone()),
                    note: Some(note.number),
                });
            }
        }
        for t in summary.terms.iter().filter(|t| t.slogan) {
            if let Some(first) = t.uses.first().filter(|_| t.key.contains(&query)) {
                out.push(WorkspaceSymbol {
                    file,
                    name: t.text.clone(),
                    range: first.clone(),
                    note: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    const REPORT: &str = "2031年示例县政府工作报告\n一、回顾\n推进“两网融合”①，落实超时默许制，办好“七个一”机制。\n（一）产业。正文。\n二、计划\n继续推进两网融合。\n注释\n1.“两网融合”：城乡供水网和排水网。\n2.超时默许制：逾期视为同意。\n";

    fn workspace(texts: &[&str]) -> Workspace {
        let mut ws = Workspace::new();
        for (i, t) in texts.iter().enumerate() {
            ws.add(
                format!("{i}.txt"),
                Arc::new(Document::parse(*t, &Config::default())),
            );
        }
        ws
    }

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).unwrap_or_else(|| panic!("{needle}"))
    }

    #[test]
    fn hover_on_marker_term_and_note() {
        let ws = workspace(&[REPORT]);
        let config = Config::default();
        let on_marker = hover(&ws, 0, at(REPORT, "①"), &config, Locale::Zh).expect("hover");
        assert!(
            on_marker.markdown.contains("城乡供水网和排水网"),
            "{}",
            on_marker.markdown
        );
        let on_term =
            hover(&ws, 0, at(REPORT, "超时默许制") + 3, &config, Locale::En).expect("hover");
        assert!(
            on_term.markdown.contains("**Note 2**"),
            "{}",
            on_term.markdown
        );
        assert!(on_term.markdown.contains("逾期视为同意"));
        let on_note = hover(&ws, 0, at(REPORT, "1.“两网") + 3, &config, Locale::Zh).expect("hover");
        assert!(
            on_note.markdown.contains("使用于第 3、6 行"),
            "{}",
            on_note.markdown
        );
        let slogan = hover(&ws, 0, at(REPORT, "七个一") + 3, &config, Locale::Zh).expect("hover");
        assert!(
            slogan.markdown.contains("数字概括语"),
            "{}",
            slogan.markdown
        );
        assert!(hover(&ws, 0, at(REPORT, "正文"), &config, Locale::Zh).is_none());
    }

    #[test]
    fn hover_on_a_marker_shows_its_note_as_printed_and_of_its_part() {
        // The note a page break cut: its halves, no page number or header.
        let text = "2031年示例县政府工作报告\n一、回顾\n推进“两网融合”①。\n注释\n①两网融合：城乡供水网\n— 9 —\n示例县政府公报 2031年第1期\n和排水网。\n";
        let ws = workspace(&[text]);
        let config = Config::default();
        let got = hover(&ws, 0, at(text, "①"), &config, Locale::Zh).expect("hover");
        assert!(
            got.markdown.contains("城乡供水网和排水网。"),
            "{}",
            got.markdown
        );
        assert!(!got.markdown.contains("公报"), "{}", got.markdown);
        // Notes gathered per part: the second part's ① is its own group's.
        let text = "2031年示例县政府工作报告\n一、回顾\n推进“两网融合”①。\n二、计划\n实行“超时默许”①。\n名词解释\n一、回顾\n①两网融合：城乡供水网和排水网。\n二、计划\n①超时默许：逾期视为同意。\n";
        let ws = workspace(&[text]);
        let got = hover(&ws, 0, at(text, "”①。\n名词") + 3, &config, Locale::Zh).expect("hover");
        assert!(got.markdown.contains("逾期视为同意"), "{}", got.markdown);
    }

    #[test]
    fn hover_on_a_figure_shows_its_normalized_value() {
        let text =
            "2031年示例县政府工作报告\n全年落实减税降费8.3亿元，其中六税两费减免7154万元。\n";
        let ws = workspace(&[text]);
        let h = hover(&ws, 0, at(text, "7154") + 2, &Config::default(), Locale::Zh).expect("hover");
        assert!(
            h.markdown.starts_with("**7154万元** = 0.7154亿元"),
            "{}",
            h.markdown
        );
        assert!(
            h.markdown.contains("区间 [71535000, 71545000] 元"),
            "{}",
            h.markdown
        );
        let h = hover(&ws, 0, at(text, "8.3"), &Config::default(), Locale::En).expect("hover");
        assert!(
            h.markdown.contains("interval [825000000, 835000000]"),
            "{}",
            h.markdown
        );
    }

    #[test]
    fn definition_and_back() {
        let ws = workspace(&[REPORT]);
        let config = Config::default();
        let note_term = at(REPORT, "“两网融合”：");
        assert_eq!(
            definition(&ws, 0, at(REPORT, "①"), &config),
            vec![Target::Range {
                file: 0,
                range: note_term..note_term + "“两网融合”".len()
            }]
        );
        let back = definition(&ws, 0, note_term + 3, &config);
        let first_use = at(REPORT, "两网融合");
        assert!(
            matches!(&back[..], [Target::Range { range, .. }] if range.start == first_use),
            "{back:?}"
        );
    }

    #[test]
    fn city_layouts_hover_and_jump() {
        // 〔n〕 markers, a bare-digit marker, no heading but ※注释※, page
        // references: hover shows the note and its page, definition lands
        // on the note's term.
        let text = "2031年某县政府工作报告\n实现“九通一平”〔1〕，推进“两区同建”2落地见效，落实“三项机制”〔3〕。\n※注释※\n〔1〕九通一平：九项基础设施通达和土地平整。(见第2页)\n〔2〕两区同建：搬迁小区与产业园区同步建设。(见第3页)\n〔3〕“三项机制”：监测、帮扶、考核三项机制。\n";
        let ws = workspace(&[text]);
        let config = Config::default();
        let h = hover(&ws, 0, at(text, "〔1〕"), &config, Locale::Zh).expect("hover");
        assert!(h.markdown.contains("九项基础设施通达"), "{}", h.markdown);
        assert!(h.markdown.contains("(见第2页)"), "{}", h.markdown);
        let bare = at(text, "同建”2") + "同建”".len();
        let h = hover(&ws, 0, bare, &config, Locale::Zh).expect("hover on a bare marker");
        assert!(h.markdown.contains("搬迁小区"), "{}", h.markdown);
        let term = at(text, "两区同建：");
        assert_eq!(
            definition(&ws, 0, bare, &config),
            vec![Target::Range {
                file: 0,
                range: term..term + "两区同建".len()
            }]
        );
    }

    #[test]
    fn named_footnotes_hover_jump_and_gather_their_uses() {
        let text = "2031年示例县政府工作报告\n一、回顾\n推进“两网融合”[^liangwang]，落实“田长制”[^tian]。\n二、安排\n深化“两网融合”[^liangwang]。\n\n[^tian]: 田长制：由各级负责人分片管护耕地的制度。\n[^liangwang]: 两网融合：城乡供水网和排水网一体建设。\n";
        let ws = workspace(&[text]);
        let config = Config::default();
        let first = at(text, "[^liangwang]");
        let h = hover(&ws, 0, first + 2, &config, Locale::Zh).expect("hover");
        assert!(h.markdown.contains("城乡供水网"), "{}", h.markdown);
        let term = at(text, "两网融合：");
        assert_eq!(
            definition(&ws, 0, first + 2, &config),
            vec![Target::Range {
                file: 0,
                range: term..term + "两网融合".len()
            }]
        );
        // Declaration, two term uses, two markers.
        assert_eq!(references(&ws, 0, first + 2, true).len(), 5);
        // A name no note carries: hover says so by the name.
        let text = text.replace("田长制”[^tian]", "田长制”[^tianzhang]");
        let ws = workspace(&[&text]);
        let h = hover(&ws, 0, at(&text, "[^tianzhang]") + 2, &config, Locale::En).expect("hover");
        assert!(h.markdown.contains("[^tianzhang]"), "{}", h.markdown);
    }

    #[test]
    fn references_with_and_without_declaration() {
        let ws = workspace(&[REPORT]);
        let refs = references(&ws, 0, at(REPORT, "①"), true);
        assert_eq!(
            refs.len(),
            4,
            "declaration, two term uses, one marker: {refs:?}"
        );
        assert_eq!(references(&ws, 0, at(REPORT, "①"), false).len(), 3);
        let marks = highlights(&ws, 0, at(REPORT, "①"));
        assert_eq!(marks.iter().filter(|h| h.write).count(), 1);
    }

    #[test]
    fn a_term_defined_only_in_last_years_report() {
        let last_year = "2030年示例县政府工作报告\n推行“四减一优化”。\n注释\n1.“四减一优化”：减环节、减材料、减时限、减费用，优化流程。\n";
        let draft = "2031年示例县政府工作报告\n深化四减一优化改革。\n";
        let ws = workspace(&[last_year, draft]);
        let config = Config::default();
        let h = hover(&ws, 1, at(draft, "一优化"), &config, Locale::Zh).expect("hover");
        assert!(
            h.markdown.contains("减材料") && h.markdown.contains("0.txt"),
            "{}",
            h.markdown
        );
        let d = definition(&ws, 1, at(draft, "一优化"), &config);
        assert!(matches!(&d[..], [Target::Range { file: 0, .. }]), "{d:?}");
    }

    #[test]
    fn outline_symbols_and_folding() {
        let doc = Document::parse(REPORT, &Config::default());
        let names: Vec<String> = symbols(&doc, Locale::Zh)
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, vec!["一、回顾", "二、计划", "注释"]);
        let notes = &symbols(&doc, Locale::Zh)[2];
        assert_eq!(notes.children[0].name, "1. “两网融合”");
        assert_eq!(symbols(&doc, Locale::Zh)[0].children[0].name, "（一）产业");
        assert_eq!(folding(&doc).len(), 3, "{:?}", folding(&doc));
    }

    #[test]
    fn workspace_symbols_match_quote_insensitively() {
        let ws = workspace(&[REPORT]);
        let found = workspace_symbols(&ws, "两网");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].note, Some(1));
        assert_eq!(
            workspace_symbols(&ws, "").len(),
            3,
            "two notes and one slogan"
        );
    }
}
