//! What the workspace holds per report that is only indexed: its summary,
//! a fraction of its whole document. Heap bytes are counted by a counting
//! allocator over the corpus's UTF-8 reports.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicIsize, Ordering};

use report_analysis::{Config, Document, Summary};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::SeqCst);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size as isize - layout.size() as isize, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn texts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// Heap bytes held while `make` returns a value and it is kept.
fn held<T>(make: impl FnOnce() -> T) -> (T, isize) {
    let before = LIVE.load(Ordering::SeqCst);
    let value = make();
    (value, LIVE.load(Ordering::SeqCst) - before)
}

#[test]
fn an_indexed_report_costs_a_fraction_of_its_document() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut paths = Vec::new();
    texts(&corpus, &mut paths);
    paths.sort();
    if paths.is_empty() {
        eprintln!("skipped: no ../shared/corpus");
        return;
    }
    let config = Config::default();
    let (mut documents, mut summaries, mut text, mut count) = (0isize, 0isize, 0usize, 0);
    for path in &paths {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue; // GBK: the CLI decodes it, this test does not.
        };
        let name = path.to_string_lossy().to_string();
        let (doc, doc_bytes) = held(|| Document::parse(source, &config));
        // Its text was allocated before: counted below, once per report.
        if !doc.looks_like_report() {
            continue;
        }
        text += doc.text.capacity();
        let (summary, summary_bytes) = held(|| Summary::of(&doc, &name));

        drop(summary);
        documents += doc_bytes;
        summaries += summary_bytes;
        count += 1;
    }
    // A document holds its text besides what its parse allocated.
    let documents = documents + text as isize;
    let mib = |b: isize| b as f64 / (1024.0 * 1024.0);
    eprintln!(
        "{count} reports, {:.1} MiB of text: whole documents {:.1} MiB, summaries {:.1} MiB",
        mib(text as isize),
        mib(documents),
        mib(summaries)
    );
    assert!(count > 100, "{count} reports read");
    assert!(
        summaries * 4 < documents,
        "summaries {summaries} B against documents {documents} B"
    );
}
