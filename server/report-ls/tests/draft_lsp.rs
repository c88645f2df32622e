//! The language server with a draft and last year's report in one
//! workspace: target-review on the draft, kept current keystroke by
//! keystroke, in the draft and in last year's report; inlay hints and
//! hovers showing each target with its result.

mod common;
#[path = "common/lsp.rs"]
mod lsp;

use std::fs;

use common::temp_dir;
use lsp::{Client, position_at, position_of, uri};
use serde_json::{Value, json};

const LAST_YEAR: &str = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n全县地区生产总值增长5.1%。\n二、2030年工作安排\n今年的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长8%以上。\n";
const DRAFT: &str = "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n全年地区生产总值增长6.2%，社会消费品零售总额增长8.5%。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右。\n";

fn reviews(published: &Value) -> Vec<String> {
    published["diagnostics"]
        .as_array()
        .map(|d| {
            d.iter()
                .filter(|d| d["code"] == "target-review")
                .filter_map(|d| d["message"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_draft_is_reviewed_against_last_years_report_as_it_is_typed() {
    let dir = temp_dir("lsp-draft");
    fs::write(dir.join("2030年青溪县政府工作报告.txt"), LAST_YEAR).expect("write");
    fs::write(dir.join("2031年青溪县政府工作报告.txt"), DRAFT).expect("write");
    let mut client = Client::spawn();
    client.initialize(
        Some(&dir),
        json!({"window": {"workDoneProgress": true}}),
        json!({"debounce": 0}),
    );
    let draft_uri = uri(&dir.join("2031年青溪县政府工作报告.txt"));
    client.open(&draft_uri, DRAFT);
    let published = client.diagnostics(&draft_uri, |p| reviews(p).len() == 2);
    assert_eq!(
        reviews(&published),
        vec![
            "2030年地区生产总值：目标 6%左右，实际 6.2%，完成".to_string(),
            "2030年社会消费品零售总额：目标 8%以上，实际 8.5%，完成".to_string(),
        ]
    );

    // The result edited below its target: the next diagnostics say so.
    let at = DRAFT.find("6.2%").expect("result");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": draft_uri, "version": 2},
               "contentChanges": [{"range": {"start": position_at(DRAFT, at, "utf-16"),
                                             "end": position_at(DRAFT, at + 3, "utf-16")},
                                   "text": "3.9"}]}),
    );
    let published = client.diagnostics(&draft_uri, |p| p["version"] == 2);
    assert_eq!(
        reviews(&published)[0],
        "2030年地区生产总值：目标 6%左右，实际 3.9%，未完成"
    );
    let edited = DRAFT.replace("6.2%", "3.9%");

    // Inlay hints: after the result, its target; after this year's target,
    // last year's target and result.
    let hints = client.call(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": draft_uri},
               "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}}),
    );
    let labels: Vec<(u64, &str)> = hints
        .as_array()
        .expect("hints")
        .iter()
        .map(|h| {
            (
                h["position"]["line"].as_u64().unwrap_or(0),
                h["label"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        labels,
        vec![
            (3, "目标 6%左右 ✗"),
            (3, "目标 8%以上 ✓"),
            (5, "上年目标 6%左右 · 实际 3.9% ✗"),
        ]
    );
    assert_eq!(
        hints[0]["position"],
        position_at(
            &edited,
            edited.find("3.9%").expect("r") + "3.9%".len(),
            "utf-16"
        )
    );

    // Hover on the result shows the pair, with last year's report named.
    let hover = client.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft_uri}, "position": position_of(&edited, "3.9%", 1, "utf-16")}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.contains("目标 6%左右") && text.contains("实际 3.9% ✗ 未完成"),
        "{hover}"
    );
    assert!(text.contains("2030年青溪县政府工作报告.txt"), "{hover}");

    // Last year's report opened and its target edited: the draft follows.
    let last_uri = uri(&dir.join("2030年青溪县政府工作报告.txt"));
    client.open(&last_uri, LAST_YEAR);
    let at = LAST_YEAR.find("6%左右").expect("target");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": last_uri, "version": 2},
               "contentChanges": [{"range": {"start": position_at(LAST_YEAR, at, "utf-16"),
                                             "end": position_at(LAST_YEAR, at + 1, "utf-16")},
                                   "text": "3"}]}),
    );
    client.diagnostics(&draft_uri, |p| {
        reviews(p).first().map(String::as_str)
            == Some("2030年地区生产总值：目标 3%左右，实际 3.9%，完成")
    });
    assert_eq!(client.finish(false).code(), Some(0));
}
