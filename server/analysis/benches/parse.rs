//! Parse + checks on real reports: leping-2023 (36 KB) and a ~1 MB report
//! built by concatenating corpus texts, plus a 2 MB one to show growth is
//! linear.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use report_analysis::{Config, Context, Document, check};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn read(relative: &str) -> String {
    let path = corpus().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// About `megabytes` MB of report text: leping-2023 with national reports put
/// into its body, before its notes section, so that all of it is analysed.
/// The same filler is repeated for each megabyte, so sizes compare fairly.
fn big_report(megabytes: usize) -> String {
    let leping = read("leping-2023.txt");
    let notes_at = leping
        .find("注 释")
        .expect("leping-2023 has its notes heading");
    let (body, notes) = leping.split_at(notes_at);
    let mut filler = String::new();
    let mut years = (1954..=2025).cycle();
    while filler.len() + body.len() + notes.len() < 1 << 20 {
        let year = years.next().unwrap_or(2000);
        if let Ok(more) = std::fs::read_to_string(corpus().join(format!("national/{year}.txt"))) {
            filler.push_str(&more);
        }
    }
    let mut text = body.to_string();
    for copy in 0..megabytes {
        // Mark each copy's lines so no paragraph repeats: a repeated one
        // would be served from the parse's own cache and flatter the figure.
        for line in filler.lines() {
            text.push_str(line);
            if copy > 0 {
                text.push_str(&format!("（{copy}）"));
            }
            text.push('\n');
        }
    }
    text.push_str(notes);
    text
}

fn parse_and_check(text: &str, config: &Config) -> usize {
    let doc = Document::parse(text, config);
    check(&doc, &Context::alone(config)).len() + doc.terms.len()
}

fn benches(c: &mut Criterion) {
    let config = Config::default();
    let leping = read("leping-2023.txt");
    let mut group = c.benchmark_group("parse+check");
    group.throughput(Throughput::Bytes(leping.len() as u64));
    group.bench_function("leping-2023", |b| {
        b.iter(|| parse_and_check(black_box(&leping), &config))
    });
    for mb in [1, 2, 4] {
        let text = big_report(mb);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(20);
        group.bench_function(format!("{mb}MB"), |b| {
            b.iter(|| parse_and_check(black_box(&text), &config))
        });
    }
    // A keystroke in the middle of 1 MB: the previous version's paragraphs
    // are reused.
    let text = big_report(1);
    let previous = Document::reparse(text.clone(), &config, None);
    let middle = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let mut edited = text.clone();
    edited.insert(middle, '的');
    group.bench_function("1MB-keystroke", |b| {
        b.iter(|| {
            let doc = Document::reparse(black_box(edited.clone()), &config, Some(&previous));
            check(&doc, &Context::alone(&config)).len()
        })
    });
    group.finish();
}

criterion_group!(parse, benches);
criterion_main!(parse);
