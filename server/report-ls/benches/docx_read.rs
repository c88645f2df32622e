//! Reading a Word draft against parsing its text: `cargo bench -p
//! report-ls --bench docx_read`. The draft is made here from the corpus's
//! provincial reports, each paragraph split into runs with the run
//! properties Word writes, until the .docx file is about 1 MB.

use std::io::{Cursor, Write};
use std::path::PathBuf;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use report_analysis::{Config, Document};

#[path = "../src/docx.rs"]
#[allow(dead_code)]
mod docx;

#[path = "../src/docx_numbering.rs"]
#[allow(dead_code)]
mod docx_numbering;

const RUN_PROPERTIES: &str = r#"<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="仿宋" w:hAnsi="仿宋" w:eastAsia="仿宋" w:cs="仿宋"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>"#;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A .docx of about 1 MB made from the provinces' reports.
fn one_megabyte_docx() -> Vec<u8> {
    let folder =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/provinces-2025");
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the corpus beside the repository")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let mut size = 0;
    let mut rounds = 0;
    while size < 1_000_000 {
        let mut body = String::new();
        for path in texts.iter().cycle().take(texts.len() * (rounds + 1)) {
            let text = std::fs::read_to_string(path).expect("text");
            for line in text.lines() {
                body.push_str("<w:p>");
                let chars: Vec<char> = line.chars().collect();
                for chunk in chars.chunks(40) {
                    let piece: String = chunk.iter().collect();
                    body.push_str(&format!(
                        "<w:r>{RUN_PROPERTIES}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                        escape(&piece)
                    ));
                }
                body.push_str("</w:p>");
            }
        }
        let document = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", options).expect("start");
        zip.write_all(document.as_bytes()).expect("write");
        let bytes = zip.finish().expect("zip").into_inner();
        size = bytes.len();
        rounds += 1;
        if size >= 1_000_000 {
            return bytes;
        }
    }
    unreachable!()
}

fn bench(c: &mut Criterion) {
    let bytes = one_megabyte_docx();
    let text = docx::read(&bytes).expect("reads");
    eprintln!(
        "docx: {} bytes, text view {} bytes",
        bytes.len(),
        text.len()
    );
    let config = Config::default();
    let mut group = c.benchmark_group("docx_1mb");
    group.sample_size(10);
    group.bench_function("read", |b| {
        b.iter(|| docx::read(black_box(&bytes)).expect("reads"))
    });
    group.bench_function("parse_and_check_text", |b| {
        b.iter(|| {
            let doc = Document::parse(black_box(text.clone()), &config);
            report_analysis::check(&doc, &report_analysis::Context::alone(&config))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
