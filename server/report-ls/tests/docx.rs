//! Word drafts: a `.docx` made here with tracked changes, a table and real
//! Word footnotes; the 31 real provincial reports of the corpus against
//! their `.txt` siblings; legacy `.doc` refused with advice.

mod common;

use std::fs;
use std::io::{Cursor, Write};
use std::path::Path;

use common::{corpus, json, run, stdout, temp_dir};
use serde_json::Value;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn run_of(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

/// A draft with: a title split over runs, a deletion and an insertion, a
/// footnote reference, an endnote reference, a table and a page break.
fn draft() -> Vec<u8> {
    let body = [
        format!("<w:p>{}{}</w:p>", run_of("2031年示例县"), run_of("政府工作报告")),
        format!("<w:p>{}</w:p>", run_of("各位代表：")),
        format!(
            "<w:p>{}<w:del w:id=\"9\"><w:r><w:delText>删掉的话</w:delText></w:r></w:del><w:ins w:id=\"10\">{}</w:ins><w:r><w:footnoteReference w:id=\"2\"/></w:r>{}<w:r><w:br w:type=\"page\"/></w:r></w:p>",
            run_of("推进“甲乙工程”"),
            run_of(""),
            run_of("建设，收入增长5%。")
        ),
        format!(
            "<w:p>{}<w:r><w:endnoteReference w:id=\"1\"/></w:r>{}</w:p>",
            run_of("落实“丙丁机制”"),
            run_of("。")
        ),
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>6%左右</w:t></w:r></w:p></w:tc></w:tr></w:tbl>".to_string(),
        format!("<w:p>{}</w:p>", run_of("A &amp; B")),
        "<w:p/>".to_string(),
    ]
    .concat();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let footnotes = format!(
        "<w:footnotes {W}><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>{}</w:p></w:footnote></w:footnotes>",
        run_of("“甲乙工程”：甲项目和乙项目。")
    );
    let endnotes = format!(
        "<w:endnotes {W}><w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>{}</w:p></w:endnote></w:endnotes>",
        run_of("“丙丁机制”：丙和丁两项机制。")
    );
    zip_of(&[
        ("[Content_Types].xml", "<Types/>".to_string()),
        ("word/document.xml", document),
        ("word/footnotes.xml", footnotes),
        ("word/endnotes.xml", endnotes),
    ])
}

/// A zip archive of `parts`, named and written as given.
fn zip_of(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(*name, options).expect("start");
        zip.write_all(content.as_bytes()).expect("write");
    }
    zip.finish().expect("zip").into_inner()
}

#[test]
fn a_word_draft_reads_as_paragraphs_with_its_footnotes_as_notes() {
    let dir = temp_dir("docx");
    let path = dir.join("draft.docx");
    fs::write(&path, draft()).expect("write");
    let p = path.to_str().expect("path");

    let text = run(&["inspect", "--text", p]);
    assert_eq!(text.status.code(), Some(0));
    assert_eq!(
        stdout(&text),
        "2031年示例县政府工作报告\n各位代表：\n推进“甲乙工程”［1］建设，收入增长5%。\n落实“丙丁机制”［2］。\n指标\t目标\n\t6%左右\nA & B\n注释\n1．“甲乙工程”：甲项目和乙项目。\n2．“丙丁机制”：丙和丁两项机制。\n"
    );

    let model = json(&run(&["inspect", "--format", "json", p]));
    assert_eq!(model["encoding"], "docx");
    assert_eq!(model["title"], "2031年示例县政府工作报告");
    let notes: Vec<(u64, &str)> = model["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| {
            (
                n["number"].as_u64().expect("n"),
                n["term"].as_str().expect("term"),
            )
        })
        .collect();
    assert_eq!(notes, vec![(1, "“甲乙工程”"), (2, "“丙丁机制”")]);
    let markers: Vec<(u64, u64)> = model["markers"]
        .as_array()
        .expect("markers")
        .iter()
        .map(|m| {
            (
                m["number"].as_u64().expect("n"),
                m["note"].as_u64().expect("note"),
            )
        })
        .collect();
    assert_eq!(markers, vec![(1, 1), (2, 2)]);

    let check = run(&["check", "--format", "json", p]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert_eq!(
        json(&check)["files"][0]["diagnostics"],
        serde_json::json!([])
    );

    // A folder walk takes .docx files.
    let walked = json(&run(&[
        "check",
        "--format",
        "json",
        dir.to_str().expect("dir"),
    ]));
    assert_eq!(walked["files"][0]["path"], p);
}

/// A draft whose headings and notes are Word lists: `一、` on the heading
/// style, `（一）` below it, and notes numbered `①` by a list of their own.
fn numbered_draft() -> Vec<u8> {
    let listed = |num: u32, level: u32, text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr>{}</w:p>",
            run_of(text)
        )
    };
    let body = [
        format!("<w:p>{}</w:p>", run_of("2031年示例县政府工作报告")),
        format!("<w:p>{}</w:p>", run_of("各位代表：")),
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>{}</w:p>",
            run_of("过去一年工作回顾")
        ),
        listed(1, 1, "稳住经济大盘"),
        format!(
            "<w:p>{}</w:p>",
            run_of("推进“甲乙工程”①建设，落实“丙丁机制”②。")
        ),
        listed(1, 1, "办好民生实事"),
        format!("<w:p>{}</w:p>", run_of("注释")),
        listed(2, 0, "甲乙工程：甲项目和乙项目。"),
        listed(2, 0, "丙丁机制：丙和丁两项机制。"),
    ]
    .concat();
    let document = format!("<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>");
    let numbering = format!(
        "<w:numbering {W}>\
         <w:abstractNum w:abstractNumId=\"5\">\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>\
         <w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>\
         </w:abstractNum>\
         <w:abstractNum w:abstractNumId=\"6\">\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%1\"/></w:lvl>\
         </w:abstractNum>\
         <w:num w:numId=\"1\"><w:abstractNumId w:val=\"5\"/></w:num>\
         <w:num w:numId=\"2\"><w:abstractNumId w:val=\"6\"/></w:num>\
         </w:numbering>"
    );
    let styles = format!(
        "<w:styles {W}><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style></w:styles>"
    );
    zip_of(&[
        ("[Content_Types].xml", "<Types/>".to_string()),
        ("word/document.xml", document),
        ("word/numbering.xml", numbering),
        ("word/styles.xml", styles),
    ])
}

#[test]
fn word_list_numbers_are_read_as_printed_labels() {
    let dir = temp_dir("docx-lists");
    let path = dir.join("numbered.docx");
    fs::write(&path, numbered_draft()).expect("write");
    let p = path.to_str().expect("path");

    let text = run(&["inspect", "--text", p]);
    assert_eq!(
        stdout(&text),
        "2031年示例县政府工作报告\n各位代表：\n一、过去一年工作回顾\n（一）稳住经济大盘\n\
         推进“甲乙工程”①建设，落实“丙丁机制”②。\n（二）办好民生实事\n注释\n\
         ①甲乙工程：甲项目和乙项目。\n②丙丁机制：丙和丁两项机制。\n"
    );
    // The notes numbered by Word answer the markers typed in the body.
    let model = json(&run(&["inspect", "--format", "json", p]));
    let notes: Vec<&str> = model["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n["term"].as_str().expect("term"))
        .collect();
    assert_eq!(notes, ["甲乙工程", "丙丁机制"]);
    let check = run(&["check", "--format", "json", p]);
    assert_eq!(
        json(&check)["files"][0]["diagnostics"],
        serde_json::json!([]),
        "{}",
        stdout(&check)
    );
}

#[test]
fn legacy_and_damaged_word_files_get_advice() {
    let dir = temp_dir("doc");
    let doc = dir.join("old.doc");
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 64]);
    fs::write(&doc, &ole).expect("write");
    let output = run(&["check", "--lang", "en", doc.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("save it as .docx or .txt"), "{stderr}");

    // The same bytes named .txt are still recognized.
    let renamed = dir.join("old.txt");
    fs::write(&renamed, &ole).expect("write");
    let output = run(&["check", renamed.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("另存为 .docx 或 .txt"),
        "in Chinese by default: {stderr}"
    );

    let broken = dir.join("broken.docx");
    fs::write(&broken, b"PK\x03\x04 not really").expect("write");
    let output = run(&["check", "--format", "json", broken.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(2));
    let error = json(&output)["files"][0]["error"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(error.contains(".docx"), "{error}");
}

/// What the notes rules and the figure rules see, without places (a soft
/// line break inside a Word paragraph may shift the lines that follow).
fn model_essence(path: &Path) -> Value {
    let model = json(&run(&[
        "inspect",
        "--format",
        "json",
        path.to_str().expect("path"),
    ]));
    let pick = |key: &str, fields: &[&str]| -> Value {
        model[key]
            .as_array()
            .map(|items| {
                items
                    .iter()
                    .map(|i| fields.iter().map(|f| i[*f].clone()).collect::<Vec<_>>())
                    .collect::<Vec<_>>()
            })
            .map_or(Value::Null, |v| serde_json::json!(v))
    };
    serde_json::json!({
        "title": model["title"],
        "notes": pick("notes", &["number", "term", "text"]),
        "markers": pick("markers", &["number", "style", "note"]),
        "figures": pick("figures", &["text", "value", "indicator", "period"]),
        "terms": pick("terms", &["key", "source"]),
    })
}

#[test]
fn the_real_provincial_drafts_read_as_their_text_siblings() {
    let folder = corpus().join("provinces-2025");
    let mut compared = 0;
    for entry in fs::read_dir(folder.join("docx")).expect("docx folder") {
        let docx = entry.expect("entry").path();
        if docx.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let sibling = folder
            .join(docx.file_stem().expect("stem"))
            .with_extension("txt");
        assert_eq!(
            model_essence(&docx),
            model_essence(&sibling),
            "{} reads differently from its .txt",
            docx.display()
        );
        compared += 1;
    }
    assert_eq!(compared, 31);
}
