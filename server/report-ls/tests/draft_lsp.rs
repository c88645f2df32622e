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

/// Last year's report with notes, and a draft using one of its terms
/// without a note and explaining another otherwise.
const LAST_NOTES: &str = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n推进“两网融合”①，落实“七个一”②机制。\n二、2030年工作安排\n今年的主要预期目标是：地区生产总值增长6%左右。\n注释\n1.“两网融合”：城乡供水网和污水管网融合。\n2.“七个一”：七项便民服务机制。\n";
const DRAFT_NOTES: &str = "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n全年地区生产总值增长6.2%。推进“两网融合”①，落实“七个一”机制。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右。\n注释\n1.“两网融合”：城乡供水网和燃气管网融合。\n";

/// The range of the last `needle` in `text`, as the server should send it.
fn range_of(text: &str, needle: &str) -> Value {
    let at = text.rfind(needle).expect("needle");
    json!({"start": position_at(text, at, "utf-16"),
           "end": position_at(text, at + needle.len(), "utf-16")})
}

#[test]
fn a_report_only_indexed_answers_for_the_draft_as_an_open_one() {
    let dir = temp_dir("lsp-draft-indexed");
    fs::write(dir.join("2030年青溪县政府工作报告.txt"), LAST_NOTES).expect("write");
    fs::write(dir.join("2031年青溪县政府工作报告.txt"), DRAFT_NOTES).expect("write");
    let mut client = Client::spawn();
    client.initialize(
        Some(&dir),
        json!({"window": {"workDoneProgress": true}}),
        json!({"debounce": 0}),
    );
    client.wait(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    let last_uri = uri(&dir.join("2030年青溪县政府工作报告.txt"));
    let draft_uri = uri(&dir.join("2031年青溪县政府工作报告.txt"));
    client.open(&draft_uri, DRAFT_NOTES);

    let check = |client: &mut Client, version: i64| {
        let published = client.diagnostics(&draft_uri, |p| {
            p["version"] == version
                && p["diagnostics"]
                    .as_array()
                    .is_some_and(|d| d.iter().any(|d| d["code"] == "note-drift"))
        });
        let diagnostics = published["diagnostics"].as_array().expect("array").clone();
        let find = |code: &str| {
            diagnostics
                .iter()
                .find(|d| d["code"] == code)
                .unwrap_or_else(|| panic!("{code} in {published}"))
                .clone()
        };
        // The review against last year's target, pointing at it there.
        let review = find("target-review");
        assert_eq!(
            review["message"],
            "2030年地区生产总值：目标 6%左右，实际 6.2%，完成"
        );
        let related = &review["relatedInformation"][0]["location"];
        assert_eq!(related["uri"], last_uri.as_str());
        assert_eq!(related["range"], range_of(LAST_NOTES, "6%左右"));
        // Last year's explanation of the note, at its place there.
        let drift = find("note-drift");
        let related = &drift["relatedInformation"][0]["location"];
        assert_eq!(related["uri"], last_uri.as_str());
        assert_eq!(
            related["range"],
            range_of(LAST_NOTES, "城乡供水网和污水管网融合。")
        );
        // The term explained by last year's notes only.
        let elsewhere = find("term-defined-elsewhere");
        assert!(
            elsewhere["message"]
                .as_str()
                .is_some_and(|m| m.contains("七个一")),
            "{elsewhere}"
        );

        // Hover on that term shows the other report's note; definition
        // goes there.
        let at = position_of(DRAFT_NOTES, "七个一", 1, "utf-16");
        let hover = client.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": draft_uri}, "position": at}),
        );
        let text = hover["contents"]["value"].as_str().unwrap_or_default();
        assert!(
            text.contains("七项便民服务机制") && text.contains("2030年青溪县政府工作报告.txt"),
            "{hover}"
        );
        let definition = client.call(
            "textDocument/definition",
            json!({"textDocument": {"uri": draft_uri}, "position": at}),
        );
        let place = if definition.is_array() {
            definition[0].clone()
        } else {
            definition.clone()
        };
        assert_eq!(place["uri"], last_uri.as_str(), "{definition}");
        assert_eq!(
            place["range"],
            range_of(LAST_NOTES, "“七个一”"),
            "{definition}"
        );
        // Workspace symbols name the indexed report's notes at their place.
        let symbols = client.call("workspace/symbol", json!({"query": "七个一"}));
        let there = symbols
            .as_array()
            .expect("symbols")
            .iter()
            .find(|s| s["location"]["uri"] == last_uri.as_str())
            .cloned()
            .unwrap_or_else(|| panic!("{symbols}"));
        assert_eq!(there["location"]["range"], range_of(LAST_NOTES, "“七个一”"));
    };
    check(&mut client, 0);

    // Only indexed, last year's report is not held whole: the server has
    // no text of it to give.
    let text = client.request("reportLs/text", json!({"uri": last_uri}));
    assert!(text.get("error").is_some(), "{text}");

    // Opened, then closed again: back to what the index keeps, with the
    // same answers.
    client.open(&last_uri, LAST_NOTES);
    assert_eq!(client.text(&last_uri), LAST_NOTES);
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": last_uri}}),
    );
    // Closed, it is read again from disk in the background, as a summary:
    // its text is gone once that is done.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while client
        .request("reportLs/text", json!({"uri": last_uri}))
        .get("error")
        .is_none()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "still held whole after closing"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // A change of the draft makes the next diagnostics come after the close.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": draft_uri, "version": 2},
               "contentChanges": [{"text": DRAFT_NOTES}]}),
    );
    check(&mut client, 2);
    assert_eq!(client.finish(false).code(), Some(0));
}
