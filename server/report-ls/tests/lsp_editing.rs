//! Tier 3, editing aids: quick fixes, renumbering (source action and
//! `workspace/executeCommand`), prepareRename and rename, through the built
//! server, in UTF-16 and UTF-8. Each edit the server answers with is sent
//! back as the client would apply it (`didChange`), and the server's text is
//! compared with the expected one.

mod common;

#[path = "common/lsp.rs"]
mod lsp;

use lsp::{Client, position_of};
use serde_json::{Value, json};

const DOC: &str = "file:///tmp/report-ls-editing/report.txt";

// `𠮷` (two UTF-16 units, four bytes) before the places the tests touch, so
// that a position in the wrong encoding lands elsewhere.
const REPORT: &str = "2031年青禾县政府工作报告
各位代表：
一、过去一年的工作
𠮷全面推行“田长制”①，建成“一站三中心”②服务网络，推进“两网融合”③建设。
𠮷“青禾快办”④窗口全面运行，打造“湾区客厅”⑤。
二、今年的安排
继续推进“两网融合”。
注释
1.“田长制”：由各级负责人分片管护耕地的制度。
2.“一站三中心”：一个服务站加三个中心。
3.“两网融合”：城乡供水网和排水网一体建设。
4.“青禾快办”：企业事项一窗办结。
";

fn started(encoding: &str) -> Client {
    let caps = if encoding == "utf-8" {
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    } else {
        json!({})
    };
    let mut client = Client::spawn();
    let result = client.initialize(None, caps, json!({"debounce": 0}));
    assert_eq!(result["capabilities"]["positionEncoding"], encoding);
    assert_eq!(
        result["capabilities"]["executeCommandProvider"]["commands"][0],
        "reportLs.renumberNotes"
    );
    assert_eq!(
        result["capabilities"]["renameProvider"]["prepareProvider"],
        true
    );
    client
}

/// Applies the edits of a workspace edit for `DOC` the way a client does,
/// last first, as one `didChange` of `version`.
fn apply(client: &mut Client, edit: &Value, version: i32) {
    let mut edits: Vec<Value> = edit["changes"][DOC]
        .as_array()
        .unwrap_or_else(|| panic!("no edits for the document: {edit}"))
        .clone();
    let key = |e: &Value| {
        let s = &e["range"]["start"];
        (s["line"].as_u64(), s["character"].as_u64())
    };
    edits.sort_by_key(|e| std::cmp::Reverse(key(e)));
    let changes: Vec<Value> = edits
        .iter()
        .map(|e| json!({"range": e["range"], "text": e["newText"]}))
        .collect();
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": DOC, "version": version}, "contentChanges": changes}),
    );
}

fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn quick_fixes_add_a_missing_note_and_a_marker() {
    for encoding in ["utf-16", "utf-8"] {
        let mut client = started(encoding);
        client.open(DOC, REPORT);
        let pushed = client.diagnostics(DOC, |p| p["version"] == 0);
        assert_eq!(codes(&pushed), vec!["note-missing"], "{encoding}");
        let at = position_of(REPORT, "⑤", 0, encoding);
        let actions = client.call(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": DOC},
                "range": {"start": at, "end": at},
                "context": {"diagnostics": pushed["diagnostics"], "only": ["quickfix"]},
            }),
        );
        let actions = actions.as_array().expect("actions");
        assert_eq!(actions.len(), 1, "{actions:?}");
        assert_eq!(actions[0]["title"], "在注释部分添加第 5 条注释");
        assert_eq!(actions[0]["kind"], "quickfix");
        assert_eq!(actions[0]["diagnostics"][0]["code"], "note-missing");
        assert_eq!(actions[0]["isPreferred"], true);
        apply(&mut client, &actions[0]["edit"], 1);
        let want = REPORT.replace(
            "4.“青禾快办”：企业事项一窗办结。\n",
            "4.“青禾快办”：企业事项一窗办结。\n5.“湾区客厅”：（待补充解释）\n",
        );
        assert_eq!(client.text(DOC), want, "{encoding}");
        let after = client.diagnostics(DOC, |p| p["version"] == 1);
        assert_eq!(codes(&after), Vec::<String>::new(), "{encoding}");

        // A range with no diagnostic has no quick fix.
        let start = position_of(REPORT, "各位代表", 0, encoding);
        let none = client.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": DOC}, "range": {"start": start, "end": start},
                   "context": {"diagnostics": [], "only": ["quickfix"]}}),
        );
        assert_eq!(none, json!([]));
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn a_missing_marker_is_inserted_in_the_reports_style() {
    let text = REPORT.replace("“青禾快办”④", "“青禾快办”");
    for encoding in ["utf-16", "utf-8"] {
        let mut client = started(encoding);
        client.open(DOC, &text);
        let pushed = client.diagnostics(DOC, |p| p["version"] == 0);
        assert_eq!(codes(&pushed), vec!["marker-missing", "note-missing"]);
        let at = position_of(&text, "青禾快办", 1, encoding);
        let actions = client.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": DOC}, "range": {"start": at, "end": at},
                   "context": {"diagnostics": []}}),
        );
        let fix = actions
            .as_array()
            .expect("actions")
            .iter()
            .find(|a| a["kind"] == "quickfix")
            .expect("a quick fix")
            .clone();
        assert_eq!(fix["title"], "在 “青禾快办” 首次出现处添加标记 4");
        apply(&mut client, &fix["edit"], 1);
        assert_eq!(client.text(DOC), REPORT, "{encoding}");
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

/// Thirty notes numbered in list order, used by the body in another order;
/// two notes never used.
fn shuffled() -> String {
    let terms: Vec<String> = ["青", "白", "红", "金", "银", "绿"]
        .iter()
        .flat_map(|a| {
            ["河", "山", "田", "林", "湖"]
                .iter()
                .map(move |b| format!("“{a}{b}示范区”"))
        })
        .collect();
    let mut text = String::from("2031年青禾县政府工作报告\n各位代表：\n一、工作\n𠮷");
    for k in 0..28 {
        let i = (k * 11) % 28;
        text.push_str(&format!("推进{}［{}］建设", terms[i], i + 1));
        text.push_str(if k % 3 == 2 { "。\n" } else { "，" });
    }
    text.push_str("\n注释\n");
    for (i, term) in terms.iter().enumerate() {
        text.push_str(&format!("［{}］{term}：第{}项说明。\n", i + 1, i + 1));
    }
    text
}

/// Each marker `［n］` of the body with the term right before it.
fn marked_terms(text: &str) -> Vec<String> {
    let body = &text[..text.find("\n注释\n").expect("notes")];
    let notes = &text[body.len()..];
    body.match_indices('［')
        .map(|(at, _)| {
            let close = body[at..].find('］').expect("close") + at;
            let number = &body[at + '［'.len_utf8()..close];
            let line = notes
                .lines()
                .find(|l| l.starts_with(&format!("［{number}］")))
                .expect("its note");
            let term_start = line.find('“').expect("term");
            let term_end = line.find('”').expect("term end") + '”'.len_utf8();
            let used = body[..at].ends_with(&line[term_start..term_end]);
            format!("{}{}", &line[term_start..term_end], used)
        })
        .collect()
}

#[test]
fn thirty_notes_renumbered_by_source_action_and_by_command() {
    let text = shuffled();
    for encoding in ["utf-16", "utf-8"] {
        let mut client = started(encoding);
        client.open(DOC, &text);
        let pushed = client.diagnostics(DOC, |p| p["version"] == 0);
        assert!(codes(&pushed).contains(&"marker-order".to_string()));

        // The source action carries the whole edit.
        let at = position_of(&text, "各位代表", 0, encoding);
        let actions = client.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": DOC}, "range": {"start": at, "end": at},
                   "context": {"diagnostics": [], "only": ["source"]}}),
        );
        let action = &actions[0];
        assert_eq!(action["kind"], "source.renumberNotes");
        assert_eq!(action["title"], "按正文首次出现的顺序重新编号注释");
        let from_action = action["edit"].clone();

        // The command sends the same edit with workspace/applyEdit.
        let id = 9_000;
        client.send(
            &json!({"jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand",
            "params": {"command": "reportLs.renumberNotes", "arguments": [DOC]}}),
        );
        let request = client.wait(|m| m["method"] == "workspace/applyEdit");
        assert_eq!(request["params"]["edit"], from_action);
        client.wait(|m| m["id"] == id && m.get("method").is_none());

        apply(&mut client, &from_action, 1);
        let renumbered = client.text(DOC);
        let after = client.diagnostics(DOC, |p| p["version"] == 1);
        let left = codes(&after);
        assert!(
            !left.contains(&"marker-order".to_string())
                && !left.contains(&"note-numbering".to_string()),
            "{left:?}\n{renumbered}"
        );
        assert_eq!(marked_terms(&renumbered), marked_terms(&text), "{encoding}");
        assert!(
            marked_terms(&renumbered)
                .iter()
                .all(|t| t.ends_with("true"))
        );
        assert!(renumbered.contains("推进“青河示范区”［1］建设，推进“红山示范区”［2］"));
        assert!(
            renumbered
                .ends_with("［29］“绿林示范区”：第29项说明。\n［30］“绿湖示范区”：第30项说明。\n")
        );

        // Idempotent: nothing to offer, and the command changes nothing.
        let again = client.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": DOC}, "range": {"start": at, "end": at},
                   "context": {"diagnostics": [], "only": ["source"]}}),
        );
        assert_eq!(again, json!([]));
        let result = client.call(
            "workspace/executeCommand",
            json!({"command": "reportLs.renumberNotes", "arguments": [{"uri": DOC}]}),
        );
        assert_eq!(result["applied"], false);
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn renumbering_refused_says_why() {
    let mut client = started("utf-16");
    client.open(DOC, REPORT);
    let response = client.request(
        "workspace/executeCommand",
        json!({"command": "reportLs.renumberNotes", "arguments": [DOC]}),
    );
    assert_eq!(response["error"]["code"], -32803);
    assert_eq!(
        response["error"]["message"],
        "无法重新编号：标记 5 没有对应的注释，请先补上注释"
    );
    let bad = client.request(
        "workspace/executeCommand",
        json!({"command": "reportLs.renumberNotes", "arguments": []}),
    );
    assert_eq!(bad["error"]["code"], -32602);
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn rename_a_term_in_its_note_and_the_body() {
    for encoding in ["utf-16", "utf-8"] {
        let mut client = started(encoding);
        client.open(DOC, REPORT);
        let td = json!({"uri": DOC});
        let on = position_of(REPORT, "两网融合”③", 2, encoding);
        let prepared = client.call(
            "textDocument/prepareRename",
            json!({"textDocument": td, "position": on}),
        );
        assert_eq!(prepared["placeholder"], "两网融合");
        assert_eq!(
            prepared["range"]["start"],
            position_of(REPORT, "两网融合”③", 0, encoding)
        );
        assert_eq!(
            prepared["range"]["end"],
            position_of(REPORT, "两网融合”③", 4, encoding)
        );
        let edit = client.call(
            "textDocument/rename",
            json!({"textDocument": td, "position": on, "newName": "城乡两网"}),
        );
        assert_eq!(edit["changes"][DOC].as_array().map(Vec::len), Some(3));
        apply(&mut client, &edit, 1);
        assert_eq!(
            client.text(DOC),
            REPORT.replace("两网融合", "城乡两网"),
            "{encoding}"
        );

        // Off a term: a clear refusal.
        let off = position_of(REPORT, "建成", 1, encoding);
        let refused = client.request(
            "textDocument/prepareRename",
            json!({"textDocument": td, "position": off}),
        );
        assert_eq!(refused["error"]["code"], -32803);
        assert_eq!(
            refused["error"]["message"],
            "光标不在术语上：请把光标放在注释的术语或正文中术语的使用处"
        );
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn rename_refusals_follow_the_locale() {
    let mut client = Client::spawn();
    client.initialize(None, json!({}), json!({"debounce": 0, "locale": "en"}));
    client.open(DOC, REPORT);
    let off = position_of(REPORT, "建成", 1, "utf-16");
    let refused = client.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": DOC}, "position": off, "newName": "x"}),
    );
    assert_eq!(
        refused["error"]["message"],
        "the cursor is not on a term: put it on a note's term or on a use of it in the body"
    );
    assert_eq!(client.finish(false).code(), Some(0));
}
