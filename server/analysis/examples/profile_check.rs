//! One parse, check or keystroke on about 1 MB of report text, for
//! instruction counts under `valgrind --tool=callgrind` (criterion's
//! timings move with the machine's load; instruction counts do not).
//!
//! `cargo run --profile profiling -p report-analysis --example profile_check -- keystroke`
//! (or `check`, or `check FILE` for another text; `steady` parses once
//! before the measured parse, leaving out one-off regex and table building);
//! the corpus is read from ../shared/corpus. `-- adversarial NAME KB`
//! measures what the `adversarial` benchmark group measures for that
//! generated text: parse, the workspace's facts, checks and the position of
//! every finding.

use std::hint::black_box;

use report_analysis::{Config, Context, Document, check};

#[path = "../benches/big_report.rs"]
mod big_report;

#[path = "../benches/adversarial_texts.rs"]
mod adversarial_texts;

// Each measured step is its own function, so that callgrind's inclusive
// cost of it leaves out building the text and the previous version.
#[inline(never)]
fn measured_parse(text: &str, config: &Config) -> Document {
    Document::parse(text, config)
}

#[inline(never)]
fn measured_check(doc: &Document, context: &Context) -> usize {
    check(doc, context).len()
}

#[inline(never)]
fn measured_keystroke(edited: String, previous: &Document, context: &Context) -> usize {
    let doc = Document::reparse(edited, context.config, Some(previous));
    check(&doc, context).len()
}

fn main() {
    let what = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "keystroke".into());
    let config = Config::default();
    if what == "adversarial" {
        let name = std::env::args().nth(2).unwrap_or_default();
        let kb: usize = std::env::args()
            .nth(3)
            .and_then(|kb| kb.parse().ok())
            .unwrap_or(1024);
        let make = adversarial_texts::CASES
            .iter()
            .find(|(case, _)| *case == name)
            .map(|&(_, make)| make)
            .expect("the name of an adversarial text");
        let text = make(kb << 10);
        let sum = adversarial_texts::parse_check_place(black_box(&text), &config);
        println!("{what} {name} {kb} KB: {sum}");
        return;
    }
    // `-- check FILE` measures that file instead (a worst-case text, say).
    let text = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(path).expect("a readable UTF-8 file"),
        None => big_report::big_report(1),
    };
    let context = Context::alone(&config);
    let count = if what == "keystroke" {
        let previous = Document::reparse(text.clone(), &config, None);
        let middle = (text.len() / 2..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let mut edited = text.clone();
        edited.insert(middle, '的');
        measured_keystroke(black_box(edited), &previous, &context)
    } else {
        if what == "steady" {
            // Lazily built matchers and tables are made once per process;
            // a first parse builds them so that the measured one is the
            // steady cost a server or a benchmark pays on every version.
            check(&Document::parse(text.as_str(), &config), &context);
        }
        let doc = measured_parse(black_box(&text), &config);
        measured_check(black_box(&doc), &context)
    };
    println!("{what}: {count}");
}
