//! Parse + checks on real reports: leping-2023 (36 KB) and a ~1 MB report
//! built by concatenating corpus texts, plus a 2 MB one to show growth is
//! linear.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use report_analysis::{Config, Context, Document, check};

#[path = "big_report.rs"]
mod big_report;
use big_report::{big_report, read};

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
