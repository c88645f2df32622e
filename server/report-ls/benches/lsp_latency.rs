//! Latency of the real server over stdio, as an editor sees it (debounce 0):
//! didChange -> publishDiagnostics on a 1 MB report and on a normal-sized
//! draft with and without last year's report in the workspace, hover round trips,
//! initialize -> first diagnostics on leping-2023, completion, inlay hints,
//! semantic tokens and code lenses on the 1 MB report, and indexing the
//! whole corpus as a workspace (time and resident memory).
//!
//! `cargo bench -p report-ls --bench lsp_latency` prints a table; words
//! after `--` choose parts (`-- adversarial/markers index`), and
//! `REPORT_LS_BIN=path` times another build of the server.

#[path = "../tests/common/lsp.rs"]
mod lsp;

#[path = "../../analysis/benches/adversarial_texts.rs"]
mod adversarial;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lsp::{Client, position_at, uri};
use serde_json::{Value, json};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(corpus().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// leping-2023 with national reports in its body up to about 1 MB.
fn one_megabyte() -> String {
    let leping = read("leping-2023.txt");
    let at = leping.find("注 释").expect("notes heading");
    let (body, notes) = leping.split_at(at);
    let mut text = body.to_string();
    for year in (1954..=2025).cycle() {
        if text.len() + notes.len() >= 1 << 20 {
            break;
        }
        if let Ok(more) = std::fs::read_to_string(corpus().join(format!("national/{year}.txt"))) {
            text.push_str(&more);
        }
    }
    text.push_str(notes);
    text
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn started(options: Value, root: Option<&std::path::Path>) -> Client {
    let mut client = Client::spawn();
    client.initialize(root, json!({"window": {"workDoneProgress": true}}), options);
    client
}

fn change_to_diagnostics() -> (Duration, Duration) {
    let text = one_megabyte();
    let doc = "file:///bench/1mb.txt";
    let mut client = started(json!({"debounce": 0}), None);
    client.open(doc, &text);
    client.diagnostics(doc, |p| p["version"] == 0);
    let middle = text.len() / 2;
    let middle = (middle..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let at = position_at(&text, middle, "utf-16");
    let mut samples = Vec::new();
    for version in 1..=60 {
        let start = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": version},
                   "contentChanges": [{"range": {"start": at, "end": at}, "text": "两"}]}),
        );
        client.diagnostics(doc, |p| p["version"] == version);
        samples.push(start.elapsed());
    }
    client.finish(false);
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

/// A normal-sized draft (the 2024 national report) typed into, alone and
/// with last year's report beside it in the workspace folder: the
/// cross-report rules' cost per keystroke.
fn draft_change_to_diagnostics(with_previous: bool) -> (Duration, Duration) {
    let dir = std::env::temp_dir().join(format!(
        "report-ls-bench-draft-{}-{with_previous}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("bench dir");
    let text = read("national/2024.txt");
    let draft = dir.join("2024.txt");
    std::fs::write(&draft, &text).expect("write");
    if with_previous {
        std::fs::write(dir.join("2023.txt"), read("national/2023.txt")).expect("write");
    }
    let doc = uri(&draft);
    let mut client = started(json!({"debounce": 0}), Some(&dir));
    client.wait(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    client.open(&doc, &text);
    client.diagnostics(&doc, |p| p["version"] == 0);
    // In the review, where the results are.
    let at = text.find("增长5.2%").expect("a result");
    let at = position_at(&text, at, "utf-16");
    let mut samples = Vec::new();
    for version in 1..=200 {
        let start = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": version},
                   "contentChanges": [{"range": {"start": at, "end": at}, "text": "两"}]}),
        );
        client.diagnostics(&doc, |p| p["version"] == version);
        samples.push(start.elapsed());
    }
    client.finish(false);
    let _ = std::fs::remove_dir_all(&dir);
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

fn hover_round_trips() -> (Duration, Duration) {
    let text = read("leping-2023.txt");
    let doc = "file:///bench/leping.txt";
    let mut client = started(json!({"debounce": 0}), None);
    client.open(doc, &text);
    client.diagnostics(doc, |_| true);
    let targets: Vec<Value> = [
        "四减一优化",
        "超时默许制",
        "⑩",
        "“5020”",
        "为民“十”事",
        "各位代表",
    ]
    .iter()
    .map(|n| position_at(&text, text.find(n).expect("target") + 3, "utf-16"))
    .collect();
    let mut samples = Vec::new();
    for i in 0..600 {
        let position = &targets[i % targets.len()];
        let start = Instant::now();
        client.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": doc}, "position": position}),
        );
        samples.push(start.elapsed());
    }
    client.finish(false);
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

/// Hovers on a 1 MB worst-case text, each right after a keystroke in it,
/// at the keystroke (`away` false: the text there changed, so the hover
/// waits for the re-parse) or a quarter into the text (`away`: the hover
/// may answer from the last parsed version after 20 ms).
fn hover_after_keystrokes(text: &str, away: bool) -> (Duration, Duration) {
    let doc = "file:///bench/adversarial.txt";
    let mut client = started(json!({"debounce": 0}), None);
    client.open(doc, text);
    client.diagnostics(doc, |p| p["version"] == 0);
    let middle = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let at = position_at(text, middle, "utf-16");
    let quarter = (text.len() / 4..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let hover_at = if away {
        position_at(text, quarter, "utf-16")
    } else {
        at.clone()
    };
    let mut samples = Vec::new();
    for version in 1..=20 {
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": version},
                   "contentChanges": [{"range": {"start": at, "end": at}, "text": "，"}]}),
        );
        let start = Instant::now();
        client.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": doc}, "position": hover_at}),
        );
        samples.push(start.elapsed());
    }
    client.finish(false);
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

/// Hovers on a normal report, each right after a keystroke in a 1 MB
/// worst-case text open beside it: the hover waits for neither the parse
/// nor the checks of the other document.
fn hover_elsewhere_after_keystrokes(text: &str) -> (Duration, Duration) {
    let doc = "file:///bench/adversarial.txt";
    let leping = read("leping-2023.txt");
    let other = "file:///bench/leping.txt";
    let mut client = started(json!({"debounce": 0}), None);
    client.open(doc, text);
    client.open(other, &leping);
    client.diagnostics(doc, |p| p["version"] == 0);
    let middle = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let at = position_at(text, middle, "utf-16");
    let target = position_at(
        &leping,
        leping.find("四减一优化").expect("a term") + 3,
        "utf-16",
    );
    let mut samples = Vec::new();
    for version in 1..=20 {
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": doc, "version": version},
                   "contentChanges": [{"range": {"start": at, "end": at}, "text": "，"}]}),
        );
        let start = Instant::now();
        client.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": other}, "position": target}),
        );
        samples.push(start.elapsed());
    }
    client.finish(false);
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

fn initialize_to_first_diagnostics() -> Duration {
    let text = read("leping-2023.txt");
    let doc = "file:///bench/leping.txt";
    let mut samples = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        let mut client = started(json!({"debounce": 0}), None);
        client.open(doc, &text);
        client.diagnostics(doc, |_| true);
        samples.push(start.elapsed());
        client.finish(false);
    }
    percentile(&mut samples, 0.5)
}

/// Peak resident memory of a process, in MiB, from /proc.
fn peak_rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn index_corpus() -> (Duration, Option<f64>) {
    let root = corpus();
    let start = Instant::now();
    let mut client = started(json!({}), Some(&root));
    client.wait(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    let elapsed = start.elapsed();
    // A request after indexing: the workspace answers across all reports.
    let symbols = client.call("workspace/symbol", json!({"query": ""}));
    assert!(
        symbols.as_array().is_some_and(|s| s.len() > 100),
        "the corpus was indexed"
    );
    let rss = peak_rss_mib(client.pid());
    client.finish(false);
    (elapsed, rss)
}

/// p50 and p99 of `runs` round trips of `method` with `params`.
fn round_trips(
    client: &mut Client,
    method: &str,
    params: &Value,
    runs: usize,
) -> (Duration, Duration) {
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        client.call(method, params.clone());
        samples.push(start.elapsed());
    }
    (
        percentile(&mut samples, 0.5),
        percentile(&mut samples, 0.99),
    )
}

/// Completion, inlay hints and semantic tokens on the 1 MB report, each
/// answered from the parsed document: `(case, p50, p99)`.
fn editing_round_trips() -> Vec<(String, Duration, Duration)> {
    let text = one_megabyte();
    let doc = "file:///bench/1mb.txt";
    let mut client = started(json!({"debounce": 0}), None);
    client.open(doc, &text);
    client.diagnostics(doc, |p| p["version"] == 0);
    // A marker opener typed after a term in the middle of the body.
    let middle = (text.len() / 2..text.len())
        .find(|&i| text.is_char_boundary(i) && text[i..].starts_with('。'))
        .expect("a sentence end");
    let at = position_at(&text, middle, "utf-16");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 1},
               "contentChanges": [{"range": {"start": at, "end": at}, "text": "［"}]}),
    );
    client.diagnostics(doc, |p| p["version"] == 1);
    let mut edited = text.clone();
    edited.insert(middle, '［');
    let after_opener = position_at(&edited, middle + '［'.len_utf8(), "utf-16");
    // Inside a word: two characters into a term of the notes.
    let word = edited.find("超时默").expect("a term") + "超时".len();
    let in_word = position_at(&edited, word, "utf-16");
    let line = at["line"].as_u64().unwrap_or(0);
    // What an editor asks for: the lines on screen, about 60.
    let screen = json!({"start": {"line": line.saturating_sub(30), "character": 0},
                        "end": {"line": line + 30, "character": 0}});
    let whole = json!({"start": {"line": 0, "character": 0},
                       "end": {"line": edited.lines().count() + 1, "character": 0}});
    let td = json!({"uri": doc});
    let cases = [
        (
            "completion after ［",
            "textDocument/completion",
            json!({"textDocument": td, "position": after_opener}),
        ),
        (
            "completion inside a word",
            "textDocument/completion",
            json!({"textDocument": td, "position": in_word}),
        ),
        (
            "inlay hints, 60 lines",
            "textDocument/inlayHint",
            json!({"textDocument": td, "range": screen}),
        ),
        (
            "inlay hints, whole document",
            "textDocument/inlayHint",
            json!({"textDocument": td, "range": whole}),
        ),
        (
            "semantic tokens, 60 lines",
            "textDocument/semanticTokens/range",
            json!({"textDocument": td, "range": screen}),
        ),
        (
            "semantic tokens, full",
            "textDocument/semanticTokens/full",
            json!({"textDocument": td}),
        ),
        (
            "code lens",
            "textDocument/codeLens",
            json!({"textDocument": td}),
        ),
    ];
    let mut out = Vec::new();
    for (name, method, params) in cases {
        // Warm up, then measure.
        round_trips(&mut client, method, &params, 20);
        let (p50, p99) = round_trips(&mut client, method, &params, 300);
        out.push((name.to_string(), p50, p99));
    }
    client.finish(false);
    out
}

fn main() {
    // `cargo test --benches` runs this with `--bench` absent: keep it quick.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        return;
    }
    // `cargo bench --bench lsp_latency -- adversarial` runs the parts whose
    // name holds a word given.
    let words: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let wanted = |part: &str| words.is_empty() || words.iter().any(|w| part.contains(w.as_str()));
    let _ = uri(&corpus());
    if wanted("change") {
        let (p50, p99) = change_to_diagnostics();
        println!(
            "didChange -> publishDiagnostics, 1 MB report: p50 {} p99 {}",
            ms(p50),
            ms(p99)
        );
    }
    if wanted("draft") {
        for with_previous in [false, true] {
            let (p50, p99) = draft_change_to_diagnostics(with_previous);
            println!(
                "didChange -> publishDiagnostics, national/2024 draft{}: p50 {} p99 {}",
                if with_previous {
                    " with national/2023 in the workspace"
                } else {
                    " alone"
                },
                ms(p50),
                ms(p99)
            );
        }
    }
    if wanted("hover") {
        let (h50, h99) = hover_round_trips();
        println!(
            "hover round trip, leping-2023: p50 {} p99 {}",
            ms(h50),
            ms(h99)
        );
    }
    for &(name, make) in adversarial::CASES {
        if !wanted(&format!("adversarial/{name}")) {
            continue;
        }
        let text = make(1 << 20);
        let (a50, a99) = hover_after_keystrokes(&text, false);
        println!(
            "keystroke + hover at it, 1 MB adversarial {name}: p50 {} p99 {}",
            ms(a50),
            ms(a99)
        );
        let (q50, q99) = hover_after_keystrokes(&text, true);
        println!(
            "keystroke + hover elsewhere in it, 1 MB adversarial {name}: p50 {} p99 {}",
            ms(q50),
            ms(q99)
        );
        let (e50, e99) = hover_elsewhere_after_keystrokes(&text);
        println!(
            "keystroke in 1 MB adversarial {name} + hover in leping-2023: p50 {} p99 {}",
            ms(e50),
            ms(e99)
        );
    }
    if wanted("initialize") {
        println!(
            "initialize -> first diagnostics, leping-2023 (median): {}",
            ms(initialize_to_first_diagnostics())
        );
    }
    if wanted("index") {
        let (index, rss) = index_corpus();
        println!(
            "index ../shared/corpus as a workspace: {} (peak RSS {})",
            ms(index),
            rss.map_or("unknown".into(), |r| format!("{r:.1} MiB"))
        );
    }
    if wanted("editing") {
        for (name, p50, p99) in editing_round_trips() {
            println!("{name}, 1 MB report: p50 {} p99 {}", ms(p50), ms(p99));
        }
    }
}
