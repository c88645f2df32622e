//! The `adversarial` group: each worst-case text of `adversarial_texts` at
//! 256 KB and 1 MB. Linear means the time per MB at 1 MB is within 2× of
//! that at 256 KB (criterion prints both as throughput).

#[path = "adversarial_texts.rs"]
mod texts;

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use report_analysis::{Config, Document, Locale, Workspace, ide};

fn benches(c: &mut Criterion) {
    let config = Config::default();
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for &(name, make) in texts::CASES {
        for kb in [256, 1024] {
            let text = make(kb << 10);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(format!("{name}/{kb}KB"), |b| {
                b.iter(|| texts::parse_check_place(black_box(&text), &config))
            });
        }
    }
    // A hover on a long line, with 10,000 terms defined in other reports.
    let mut workspace = Workspace::new();
    for (i, report) in texts::glossary_reports().into_iter().enumerate() {
        workspace.add(
            format!("g{i}.txt"),
            Arc::new(Document::parse(report, &config)),
        );
    }
    for kb in [256, 1024] {
        let text = texts::long_line(kb << 10);
        let at = text.len() / 2;
        let at = (at..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let mut workspace = workspace.clone();
        let len = text.len();
        let file = workspace.add("long.txt", Arc::new(Document::parse(text, &config)));
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(format!("hover/{kb}KB"), |b| {
            b.iter(|| ide::hover(&workspace, file, black_box(at), &config, Locale::Zh).is_some())
        });
    }
    group.finish();
}

criterion_group!(adversarial, benches);
criterion_main!(adversarial);
