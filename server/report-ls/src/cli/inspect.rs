//! `report-ls inspect FILE`: the whole model, so users can see what was
//! recognized.

use std::fmt::Write;
use std::ops::Range;
use std::path::PathBuf;

use report_analysis::figures::Figure;
use report_analysis::outline::Heading;
use report_analysis::terms::TermSource;
use report_analysis::{Config, Document, Locale};
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

use super::inputs::{ConfigFinder, collect};
use super::location::line_col;
use super::{Format, exit, words};

/// `text`: print the text as read (a Word draft's text view) instead of the model.
pub fn run(
    path: PathBuf,
    format: Format,
    config: Option<PathBuf>,
    text: bool,
    lang: Option<Locale>,
) -> u8 {
    let show_text = text;
    let mut inputs = collect(std::slice::from_ref(&path));
    // `--lang`, else the environment's language until a configuration is read.
    let locale = super::choose_locale(lang, None);
    if inputs.len() != 1 {
        let path = path.display().to_string();
        eprintln!("{}", words::inspect_one_file(inputs.len(), &path, locale));
        return exit::UNREADABLE;
    }
    let input = inputs.remove(0);
    let (text, encoding) = match input.content {
        Ok(content) => content,
        Err(e) => {
            let why = words::input_error(&e, locale);
            let shown = words::input_failed("report-ls inspect", &input.display, &why, locale);
            eprintln!("{shown}");
            return exit::UNREADABLE;
        }
    };
    if show_text {
        super::emit(&text);
        return exit::OK;
    }
    let mut finder = ConfigFinder::default();
    let index = match config {
        Some(p) => Some(finder.explicit(&p)),
        None => finder.for_file(input.path.as_deref()),
    };
    let default = Config::default();
    let config = match index.map(|i| &finder.loaded[i]) {
        Some(loaded) => match &loaded.config {
            Ok(c) => c,
            Err(problem) => {
                let path = loaded.path.display().to_string();
                eprintln!("{}", words::config_problem(&path, problem, locale));
                return exit::UNREADABLE;
            }
        },
        None => &default,
    };
    let doc = Document::parse(text, config);
    match format {
        Format::Json => {
            let model = Model {
                doc: &doc,
                config,
                path: &input.display,
                encoding: encoding.name(),
            };
            super::emit_json(&model);
        }
        Format::Human => {
            let locale = super::choose_locale(lang, config.locale);
            super::emit(&model_human(&input.display, &doc, locale));
        }
    }
    exit::OK
}

// The model is written as it is serialized, item by item: a tree of
// `serde_json::Value`s held about 1,400 bytes per input byte. Fields are in
// alphabetical order, the order the JSON always had.

/// The whole model, with where it came from.
struct Model<'a> {
    doc: &'a Document,
    config: &'a Config,
    path: &'a str,
    encoding: &'a str,
}

/// A sequence serialized from an iterator, never collected.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

impl Serialize for Model<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        let title = doc.title.as_ref();
        let mut out = serializer.serialize_struct("Model", 11)?;
        out.serialize_field("encoding", self.encoding)?;
        out.serialize_field(
            "enumerations",
            &Seq(|| {
                doc.enumerations.iter().map(|e| EnumerationOut {
                    doc,
                    items: &e.items,
                })
            }),
        )?;
        out.serialize_field(
            "figures",
            &Seq(|| doc.figures.iter().map(|f| figure_out(doc, f))),
        )?;
        out.serialize_field(
            "markers",
            &Seq(|| {
                doc.markers.iter().map(|m| MarkerOut {
                    byte_range: bytes(doc, &m.range),
                    note: m.note.and_then(|i| doc.notes.get(i)).map(|n| n.number),
                    number: m.number,
                    range: place(doc, &m.range),
                    style: m.style.name(),
                })
            }),
        )?;
        out.serialize_field(
            "notes",
            &Seq(|| {
                doc.notes.iter().map(|n| NoteOut {
                    aliases: n.aliases.iter().map(|a| a.text.as_str()).collect(),
                    byte_range: bytes(doc, &n.range),
                    number: n.number,
                    range: place(doc, &n.range),
                    style: n.style.name(),
                    term: n.term.as_deref(),
                    term_byte_range: n.term_range.as_ref().map(|r| bytes(doc, r)),
                    term_range: n.term_range.as_ref().map(|r| place(doc, r)),
                    text: n.words(&doc.text),
                })
            }),
        )?;
        out.serialize_field(
            "outline",
            &Seq(|| doc.outline.iter().map(|h| HeadingOut { doc, h })),
        )?;
        out.serialize_field("path", self.path)?;
        out.serialize_field("region", &title.and_then(|t| t.region.as_deref()))?;
        let config = self.config;
        out.serialize_field(
            "terms",
            &Seq(|| {
                doc.terms.iter().map(move |t| {
                    let (note, definition) = match t.source {
                        TermSource::Note(i) => (doc.notes.get(i).map(|n| n.number), None),
                        TermSource::Glossary(i) => (None, config.glossary_entry(i).map(|e| e.1)),
                        _ => (None, None),
                    };
                    TermOut {
                        definition,
                        key: &t.key,
                        note,
                        source: t.source.name(),
                        term: &t.text,
                        uses: Seq(move || {
                            t.uses.iter().map(move |r| SpanOut {
                                byte_range: bytes(doc, r),
                                range: place(doc, r),
                            })
                        }),
                    }
                })
            }),
        )?;
        out.serialize_field("title", &title.map(|t| t.text.as_str()))?;
        out.serialize_field("year", &title.and_then(|t| t.year))?;
        out.end()
    }
}

#[derive(Serialize)]
struct LineColumn {
    column: u32,
    line: u32,
}

#[derive(Serialize)]
struct Place {
    end: LineColumn,
    start: LineColumn,
}

fn place(doc: &Document, range: &Range<usize>) -> Place {
    let at = |offset| {
        let (line, column) = line_col(doc, offset);
        LineColumn { column, line }
    };
    Place {
        end: at(range.end),
        start: at(range.start),
    }
}

/// Byte offsets in the text as read (full-width figures as printed, see
/// `report_analysis::fold`), not in the model's folded text.
fn bytes(doc: &Document, range: &Range<usize>) -> [usize; 2] {
    let r = doc.source_range(range);
    [r.start, r.end]
}

#[derive(Serialize)]
struct SpanOut {
    byte_range: [usize; 2],
    range: Place,
}

#[derive(Serialize)]
struct MarkerOut {
    byte_range: [usize; 2],
    note: Option<u32>,
    number: u32,
    range: Place,
    style: &'static str,
}

#[derive(Serialize)]
struct NoteOut<'a> {
    aliases: Vec<&'a str>,
    byte_range: [usize; 2],
    number: u32,
    range: Place,
    style: &'static str,
    term: Option<&'a str>,
    term_byte_range: Option<[usize; 2]>,
    term_range: Option<Place>,
    text: std::borrow::Cow<'a, str>,
}

#[derive(Serialize)]
struct TermOut<'a, U> {
    definition: Option<&'a str>,
    key: &'a str,
    note: Option<u32>,
    source: &'static str,
    term: &'a str,
    uses: U,
}

struct EnumerationOut<'a> {
    doc: &'a Document,
    items: &'a [(u32, Range<usize>)],
}

impl Serialize for EnumerationOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Item {
            byte_range: [usize; 2],
            number: u32,
            range: Place,
        }
        let doc = self.doc;
        let mut out = serializer.serialize_struct("Enumeration", 1)?;
        out.serialize_field(
            "items",
            &Seq(|| {
                self.items.iter().map(|(n, r)| Item {
                    byte_range: bytes(doc, r),
                    number: *n,
                    range: place(doc, r),
                })
            }),
        )?;
        out.end()
    }
}

/// One figure. JSON has no infinity: an open end is `null`.
#[derive(Serialize)]
struct FigureOut<'a> {
    byte_range: [usize; 2],
    display: String,
    high: Option<f64>,
    indicator: Option<&'a str>,
    kind: &'static str,
    low: Option<f64>,
    period: Option<String>,
    qualifier: Option<&'static str>,
    range: Place,
    /// As printed: full-width figures too.
    text: String,
    unit: &'a str,
    value: Option<f64>,
}

fn figure_out<'a>(doc: &'a Document, f: &'a Figure) -> FigureOut<'a> {
    let finite = |x: f64| x.is_finite().then_some(x);
    FigureOut {
        byte_range: bytes(doc, &f.span),
        display: f.display_value(),
        high: finite(f.high),
        indicator: f.indicator.as_deref(),
        kind: f.kind.name(),
        low: finite(f.low),
        period: f.period.as_ref().map(|p| p.label()),
        qualifier: f.qualifier.map(|q| q.name()),
        range: place(doc, &f.span),
        text: doc.source_text(f.span.clone()).into_owned(),
        unit: &f.unit,
        value: finite(f.value),
    }
}

struct HeadingOut<'a> {
    doc: &'a Document,
    h: &'a Heading,
}

impl Serialize for HeadingOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (doc, h) = (self.doc, self.h);
        let mut out = serializer.serialize_struct("Heading", 8)?;
        out.serialize_field("byte_range", &bytes(doc, &h.range))?;
        out.serialize_field(
            "children",
            &Seq(|| h.children.iter().map(|c| HeadingOut { doc, h: c })),
        )?;
        out.serialize_field("heading_byte_range", &bytes(doc, &h.heading))?;
        out.serialize_field("heading_range", &place(doc, &h.heading))?;
        out.serialize_field("kind", h.kind.name())?;
        out.serialize_field("number", &h.number)?;
        out.serialize_field("range", &place(doc, &h.range))?;
        out.serialize_field("title", &h.title)?;
        out.end()
    }
}

/// A readable summary: outline, notes with their uses, markers, slogans.
fn model_human(path: &str, doc: &Document, locale: Locale) -> String {
    let zh = locale == Locale::Zh;
    let mut out = String::new();
    let _ = writeln!(out, "{path}");
    if let Some(t) = &doc.title {
        let year = t.year.map_or("-".into(), |y| y.to_string());
        let region = t.region.as_deref().unwrap_or("-");
        let _ = if zh {
            writeln!(out, "标题：{}（年份 {year}，地区 {region}）", t.text)
        } else {
            writeln!(out, "title: {}  (year {year}, region {region})", t.text)
        };
    }
    let _ = writeln!(out, "\n{}", if zh { "结构：" } else { "outline:" });
    fn walk(out: &mut String, doc: &Document, h: &Heading, depth: usize) {
        let (line, _) = line_col(doc, h.heading.start);
        let _ = writeln!(
            out,
            "{}{:>5}  {} {}",
            "  ".repeat(depth),
            line,
            h.kind.name(),
            h.title
        );
        if h.kind != report_analysis::outline::HeadingKind::Notes {
            for c in &h.children {
                walk(out, doc, c, depth + 1);
            }
        }
    }
    for h in &doc.outline {
        walk(&mut out, doc, h, 1);
    }
    let count = |zh_label: &str, en_label: &str, n: usize| {
        if zh {
            format!("\n{zh_label}：{n}")
        } else {
            format!("\n{en_label}: {n}")
        }
    };
    let _ = writeln!(out, "{}", count("注释", "notes", doc.notes.len()));
    for (i, n) in doc.notes.iter().enumerate() {
        let uses = doc.note_term(i).map_or(0, |t| t.uses.len());
        let markers = doc.markers_of(i).count();
        let term = n.term.as_deref().unwrap_or("-");
        let _ = if zh {
            writeln!(
                out,
                "  {:>3}  {term}（使用 {uses} 次，标记 {markers} 个）",
                n.number
            )
        } else {
            writeln!(
                out,
                "  {:>3}  {term}  ({uses} uses, {markers} markers)",
                n.number
            )
        };
    }
    let _ = writeln!(out, "{}", count("标记", "markers", doc.markers.len()));
    for m in &doc.markers {
        let (line, col) = line_col(doc, m.range.start);
        let _ = writeln!(
            out,
            "  {:>5}:{:<4} {}  -> {}",
            line,
            col,
            &doc.text[m.range.clone()],
            m.note.map_or("?".into(), |i| if zh {
                format!("注释 {}", doc.notes[i].number)
            } else {
                format!("note {}", doc.notes[i].number)
            })
        );
    }
    let _ = writeln!(
        out,
        "{}",
        count("编号列举", "enumerations", doc.enumerations.len())
    );
    let slogans: Vec<_> = doc
        .terms
        .iter()
        .filter(|t| {
            matches!(
                t.source,
                TermSource::Slogan | TermSource::Known | TermSource::Glossary(_)
            )
        })
        .collect();
    let _ = writeln!(out, "{}", count("其他术语", "other terms", slogans.len()));
    for t in slogans {
        let (source, uses) = (t.source.name(), t.uses.len());
        let _ = if zh {
            writeln!(out, "  {}（{source}，使用 {uses} 次）", t.text)
        } else {
            writeln!(out, "  {}  ({source}, {uses} uses)", t.text)
        };
    }
    out
}
