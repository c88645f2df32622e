//! Word drafts (`.docx`, `.docm`) as the text a reader sees: one line per
//! paragraph of `word/document.xml`, in order; tracked changes read as
//! accepted (deleted text skipped, inserted text kept); a table one line per
//! row, its cells separated by tabs; Word's own footnotes and endnotes
//! numbered in the order the body refers to them, their reference marks
//! written `［n］` in the body and the notes listed under `注释` at the end,
//! so the notes rules see them as they see a typed notes section; the
//! labels of Word's automatic numbering (`一、`, `（一）`, `1.`) written
//! before their paragraphs, as Word shows them (see [`crate::docx_numbering`]).

use std::collections::HashMap;
use std::fmt;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::docx_numbering::{Numbering, ParagraphList};

/// The most a part of the archive may expand to: a draft's text is a few
/// MB; anything far larger is a zip bomb, not a report.
const MAX_PART_BYTES: u64 = 256 << 20;

/// Why a Word file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Not a zip archive, or a damaged one.
    Archive(String),
    /// A zip archive without `word/document.xml`: not a Word document.
    NoDocument,
    /// `word/document.xml` (or the notes) is not well-formed XML.
    Xml(String),
    /// A part expands beyond [`MAX_PART_BYTES`].
    TooLarge,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Archive(e) => write!(f, "not a readable .docx (zip) file: {e}"),
            DocxError::NoDocument => {
                f.write_str("a zip file without word/document.xml, not a Word document")
            }
            DocxError::Xml(e) => write!(f, "damaged Word document: {e}"),
            DocxError::TooLarge => f.write_str("Word document too large to read"),
        }
    }
}

/// The first bytes of a zip archive (and so of every .docx).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The first bytes of an OLE compound file: a legacy `.doc` or `.wps`.
pub fn is_legacy_office(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The text view of a Word document.
pub fn read(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| DocxError::Archive(e.to_string()))?;
    let document = part(&mut archive, "word/document.xml")?.ok_or(DocxError::NoDocument)?;
    let mut notes = HashMap::new();
    for (name, kind) in [
        ("word/footnotes.xml", NoteKind::Footnote),
        ("word/endnotes.xml", NoteKind::Endnote),
    ] {
        if let Some(xml) = part(&mut archive, name)? {
            for (id, text) in note_texts(&xml, kind)? {
                notes.insert((kind, id), text);
            }
        }
    }
    let numbering = part(&mut archive, "word/numbering.xml")?;
    let styles = match numbering {
        Some(_) => part(&mut archive, "word/styles.xml")?,
        None => None,
    };
    let mut view = Extractor {
        numbering: Numbering::read(numbering.as_deref(), styles.as_deref()),
        ..Extractor::default()
    };
    view.run(&document)?;
    // Empty paragraphs at the end are layout, not text.
    while view.lines.last().is_some_and(|l| l.trim().is_empty()) {
        view.lines.pop();
    }
    let mut text = view.lines.join("\n");
    text.push('\n');
    let referenced: Vec<&String> = view
        .references
        .iter()
        .filter_map(|key| notes.get(key))
        .collect();
    if !referenced.is_empty() {
        text.push_str("注释\n");
        for (i, note) in referenced.iter().enumerate() {
            text.push_str(&format!("{}．{}\n", i + 1, note.trim()));
        }
    }
    Ok(text)
}

fn part<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::Archive(e.to_string())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| DocxError::Archive(e.to_string()))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(DocxError::TooLarge);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| DocxError::Xml(format!("{name} is not UTF-8")))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum NoteKind {
    Footnote,
    Endnote,
}

/// Footnotes (or endnotes) by id, each as one line; separators skipped.
fn note_texts(xml: &str, kind: NoteKind) -> Result<Vec<(String, String)>, DocxError> {
    let element = match kind {
        NoteKind::Footnote => "w:footnote",
        NoteKind::Endnote => "w:endnote",
    };
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader
            .read_event()
            .map_err(|e| DocxError::Xml(e.to_string()))?
        {
            Event::Start(e) if e.name().as_ref() == element => {
                let id = attribute(&e, "w:id").unwrap_or_default();
                let separator = attribute(&e, "w:type").is_some_and(|t| t != "normal");
                let end = e.to_end().into_owned();
                let mut inner = Extractor::default();
                inner.run_until(&mut reader, end.name().as_ref())?;
                if !separator {
                    out.push((id, inner.lines.concat()));
                }
            }
            Event::Eof => return Ok(out),
            _ => {}
        }
    }
}

/// The value of attribute `name` of `e`, if it has one.
pub(crate) fn attribute(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// Walks WordprocessingML, gathering lines and note references.
#[derive(Default)]
struct Extractor {
    lines: Vec<String>,
    /// The paragraph being read.
    paragraph: String,
    /// The table row being read (outermost table), cells separated by tabs.
    row: String,
    /// Depth of tables we are in.
    tables: usize,
    /// Cells begun in the current row of the outermost table.
    cells: usize,
    /// Depth of elements whose text is skipped (deletions, field codes, …).
    skipping: usize,
    /// Paragraphs interrupted by a text box, resumed after it.
    outer: Vec<String>,
    /// Footnotes and endnotes in the order the body refers to them.
    references: Vec<(NoteKind, String)>,
    /// Word's lists, counted as their paragraphs are read.
    numbering: Numbering,
    /// The list of the paragraph whose properties are being read.
    list: ParagraphList,
}

/// Elements whose content a reader does not see: deleted or moved-away
/// text, field instructions, the fallback copy of a drawing, the note mark
/// inside a note.
const SKIPPED: &[&str] = &[
    "w:del",
    "w:moveFrom",
    "w:instrText",
    "w:delInstrText",
    "mc:Fallback",
    "w:footnoteRef",
    "w:endnoteRef",
    // A tracked change's earlier properties (an earlier list, say).
    "w:pPrChange",
    "w:rPrChange",
];

impl Extractor {
    fn run(&mut self, xml: &str) -> Result<(), DocxError> {
        let mut reader = Reader::from_str(xml);
        self.run_until(&mut reader, "")
    }

    /// Reads events until the end tag `until` (or the end of the text).
    fn run_until(&mut self, reader: &mut Reader<&[u8]>, until: &str) -> Result<(), DocxError> {
        let mut in_text = false;
        loop {
            let event = reader
                .read_event()
                .map_err(|e| DocxError::Xml(e.to_string()))?;
            match event {
                Event::Start(e) => {
                    let name = e.name();
                    let name = name.as_ref();
                    if self.skipping > 0 || SKIPPED.contains(&name) {
                        self.skipping += 1;
                        continue;
                    }
                    match name {
                        "w:t" => in_text = true,
                        "w:tbl" => self.tables += 1,
                        "w:tc" if self.tables == 1 => {
                            if self.cells > 0 {
                                self.row.push('\t');
                            }
                            self.cells += 1;
                        }
                        "w:txbxContent" => self.outer.push(std::mem::take(&mut self.paragraph)),
                        "w:p" => self.list = ParagraphList::default(),
                        _ => {}
                    }
                }
                Event::Empty(e) => {
                    if self.skipping > 0 {
                        continue;
                    }
                    self.empty(&e);
                }
                Event::End(e) => {
                    let name = e.name();
                    let name = name.as_ref();
                    if name == until {
                        self.end_paragraph_if_open();
                        return Ok(());
                    }
                    if self.skipping > 0 {
                        self.skipping -= 1;
                        continue;
                    }
                    match name {
                        "w:t" => in_text = false,
                        "w:p" => self.end_paragraph(),
                        "w:tr" if self.tables == 1 => {
                            self.cells = 0;
                            let row = std::mem::take(&mut self.row);
                            self.lines.push(row);
                        }
                        "w:tbl" => self.tables = self.tables.saturating_sub(1),
                        "w:txbxContent" => self.paragraph = self.outer.pop().unwrap_or_default(),
                        "w:pPr" => self.write_label(),
                        _ => {}
                    }
                }
                Event::Text(t) if in_text && self.skipping == 0 => {
                    self.paragraph.push_str(&t.xml10_content());
                }
                Event::GeneralRef(r) if in_text && self.skipping == 0 => {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        self.paragraph.push(c);
                    } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                        self.paragraph.push_str(s);
                    }
                }
                Event::Eof => {
                    self.end_paragraph_if_open();
                    return Ok(());
                }
                _ => {}
            }
        }
    }

    fn empty(&mut self, e: &BytesStart) {
        match e.name().as_ref() {
            "w:tab" => self.paragraph.push('\t'),
            // A line break starts a new line; a page break is layout only.
            "w:br" | "w:cr" if attribute(e, "w:type").is_none_or(|t| t == "textWrapping") => {
                self.end_paragraph();
            }
            "w:noBreakHyphen" => self.paragraph.push('-'),
            "w:pStyle" => self.list.style = attribute(e, "w:val"),
            "w:numId" => self.list.num_id = attribute(e, "w:val"),
            "w:ilvl" => self.list.level = attribute(e, "w:val").and_then(|l| l.parse().ok()),
            "w:footnoteReference" | "w:endnoteReference" => {
                let kind = if e.name().as_ref() == "w:footnoteReference" {
                    NoteKind::Footnote
                } else {
                    NoteKind::Endnote
                };
                if let Some(id) = attribute(e, "w:id") {
                    let key = (kind, id);
                    let number = match self.references.iter().position(|k| *k == key) {
                        Some(i) => i + 1,
                        None => {
                            self.references.push(key);
                            self.references.len()
                        }
                    };
                    self.paragraph.push_str(&format!("［{number}］"));
                }
            }
            "w:p" => self.end_paragraph(),
            _ => {}
        }
    }

    /// Once a paragraph's properties are read: the label of its list item,
    /// if it is one.
    fn write_label(&mut self) {
        if self.numbering.is_empty() {
            return;
        }
        let list = std::mem::take(&mut self.list);
        if let Some(label) = self.numbering.label(&list) {
            self.paragraph.push_str(&label);
        }
    }

    fn end_paragraph(&mut self) {
        let paragraph = std::mem::take(&mut self.paragraph);
        if self.tables > 0 {
            if !self.row.is_empty() && !self.row.ends_with('\t') && !paragraph.is_empty() {
                self.row.push(' ');
            }
            self.row.push_str(&paragraph);
        } else {
            self.lines.push(paragraph);
        }
    }

    fn end_paragraph_if_open(&mut self) {
        if !self.paragraph.is_empty() {
            self.end_paragraph();
        }
    }
}
