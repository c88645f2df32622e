//! Tier 3: the built server over stdio, driven by a JSON-RPC client.

mod common;

#[path = "common/lsp.rs"]
mod lsp;

use std::fs;

use common::{corpus, temp_dir};
use lsp::{Client, position_at, position_of, uri};
use serde_json::{Value, json};

const REPORT: &str = "2031年示例县政府工作报告\n各位代表：\n一、回顾\n推进“两网融合”①建设，落实超时默许制，办好“七个一”机制，推进“河湖共治”［5］。\n（一）产业。正文𠮷。\n二、计划\n继续推进两网融合。\n注释\n1.“两网融合”：城乡供水网和排水网。\n2.超时默许制：逾期视为同意。\n";

fn utf16() -> Value {
    json!({"window": {"workDoneProgress": true}})
}

fn utf8() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
}

fn started(capabilities: Value, options: Value) -> Client {
    let mut client = Client::spawn();
    client.initialize(None, capabilities, options);
    client
}

const DOC: &str = "file:///tmp/report-ls-test/report.txt";

#[test]
fn initialize_negotiates_the_position_encoding() {
    let mut client = Client::spawn();
    let result = client.initialize(None, utf16(), json!({}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        result["capabilities"]["textDocumentSync"]["change"], 2,
        "incremental"
    );
    assert_eq!(result["serverInfo"]["name"], "report-ls");
    assert_eq!(client.finish(false).code(), Some(0));

    let mut client = Client::spawn();
    let result = client.initialize(None, utf8(), json!({}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_code_1() {
    let client = started(utf16(), json!({}));
    assert_eq!(client.finish(true).code(), Some(1));
}

#[test]
fn features_on_a_fixture_report() {
    for encoding in ["utf-16", "utf-8"] {
        let caps = if encoding == "utf-8" { utf8() } else { utf16() };
        let mut client = started(caps, json!({"debounce": 0}));
        client.open(DOC, REPORT);
        let pos = |needle: &str, chars: usize| position_of(REPORT, needle, chars, encoding);
        let td = json!({"uri": DOC});

        // Pushed diagnostics, with related information.
        let pushed = client.diagnostics(DOC, |p| {
            p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
        });
        let codes: Vec<&str> = pushed["diagnostics"]
            .as_array()
            .expect("d")
            .iter()
            .filter_map(|d| d["code"].as_str())
            .collect();
        assert_eq!(codes, vec!["term-undefined", "note-missing"], "{encoding}");
        let missing = &pushed["diagnostics"][1];
        assert_eq!(missing["range"]["start"], pos("［5］", 0), "{encoding}");
        assert_eq!(missing["relatedInformation"][0]["message"], "注释部分");
        assert_eq!(pushed["version"], 0);

        // Pulled diagnostics are the same.
        let pulled = client.call("textDocument/diagnostic", json!({"textDocument": td}));
        assert_eq!(pulled["kind"], "full");
        assert_eq!(pulled["items"], pushed["diagnostics"], "{encoding}");

        // Hover on a marker, a term, a note.
        let hover = client.call(
            "textDocument/hover",
            json!({"textDocument": td, "position": pos("①", 0)}),
        );
        assert!(
            hover["contents"]["value"]
                .as_str()
                .is_some_and(|v| v.contains("城乡供水网和排水网")),
            "{hover}"
        );
        let hover = client.call(
            "textDocument/hover",
            json!({"textDocument": td, "position": pos("超时默许制", 2)}),
        );
        assert!(
            hover["contents"]["value"]
                .as_str()
                .is_some_and(|v| v.contains("逾期视为同意")),
            "{hover}"
        );
        assert_eq!(hover["range"]["start"], pos("超时默许制", 0));
        let nothing = client.call(
            "textDocument/hover",
            json!({"textDocument": td, "position": pos("正文", 0)}),
        );
        assert_eq!(nothing, Value::Null);

        // Definition: marker -> note; note -> first use.
        let def = client.call(
            "textDocument/definition",
            json!({"textDocument": td, "position": pos("①", 0)}),
        );
        assert_eq!(def[0]["uri"], DOC);
        assert_eq!(
            def[0]["range"]["start"],
            pos("“两网融合”：", 0),
            "{encoding}"
        );
        let back = client.call(
            "textDocument/definition",
            json!({"textDocument": td, "position": pos("1.“两网", 3)}),
        );
        assert_eq!(back[0]["range"]["start"], pos("两网融合", 0));

        // References with and without the declaration; highlights.
        let with = client.call(
            "textDocument/references",
            json!({"textDocument": td, "position": pos("①", 0), "context": {"includeDeclaration": true}}),
        );
        assert_eq!(with.as_array().map(Vec::len), Some(4), "{with}");
        let without = client.call(
            "textDocument/references",
            json!({"textDocument": td, "position": pos("①", 0), "context": {"includeDeclaration": false}}),
        );
        assert_eq!(without.as_array().map(Vec::len), Some(3));
        let highlights = client.call(
            "textDocument/documentHighlight",
            json!({"textDocument": td, "position": pos("①", 0)}),
        );
        assert_eq!(highlights.as_array().map(Vec::len), Some(4));

        // Outline and folding.
        let symbols = client.call("textDocument/documentSymbol", json!({"textDocument": td}));
        let names: Vec<&str> = symbols
            .as_array()
            .expect("symbols")
            .iter()
            .filter_map(|s| s["name"].as_str())
            .collect();
        assert_eq!(names, vec!["一、回顾", "二、计划", "注释"]);
        assert_eq!(symbols[2]["children"][1]["name"], "2. 超时默许制");
        assert_eq!(symbols[0]["children"][0]["name"], "（一）产业");
        let folding = client.call("textDocument/foldingRange", json!({"textDocument": td}));
        assert!(
            folding
                .as_array()
                .is_some_and(|f| f.iter().any(|r| r["startLine"] == 7 && r["endLine"] == 9)),
            "{folding}"
        );

        // Workspace symbols.
        let found = client.call("workspace/symbol", json!({"query": "两网"}));
        assert_eq!(found[0]["name"], "“两网融合”");

        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn bad_requests_get_errors_and_the_server_keeps_serving() {
    let mut client = started(utf16(), json!({"debounce": 0}));
    client.open(DOC, REPORT);
    let unknown = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.txt"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(unknown["error"]["code"], -32602, "{unknown}");
    let malformed = client.request("textDocument/hover", json!({"textDocument": 7}));
    assert_eq!(malformed["error"]["code"], -32602, "{malformed}");
    let past_end = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": DOC}, "position": {"line": 999, "character": 0}}),
    );
    assert_eq!(past_end["error"]["code"], -32602, "{past_end}");
    let long_column = client.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": DOC}, "position": {"line": 0, "character": 9999}}),
    );
    assert_eq!(long_column, Value::Null, "a column past the end is clamped");
    client.send_raw("{not json");
    let unknown_method = client.request("reportLs/noSuchMethod", json!({}));
    assert_eq!(unknown_method["error"]["code"], -32601);
    // Still serving.
    let symbols = client.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DOC}}),
    );
    assert!(symbols.as_array().is_some_and(|s| s.len() == 3));
    assert_eq!(client.finish(false).code(), Some(0));
}

/// A tiny deterministic generator for edit sequences.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Random incremental edits with CJK, circled numbers, 𠮷 and line breaks;
/// the server's text must equal the same edits replayed on a string.
#[test]
fn random_incremental_edits_match_a_full_replay() {
    const PIECES: &[&str] = &[
        "注释",
        "①",
        "⑩",
        "𠮷",
        "“两网”",
        "\n",
        "\r\n",
        "a",
        "１２",
        "［3］",
        "。",
        "",
    ];
    for (encoding, caps) in [("utf-16", utf16()), ("utf-8", utf8())] {
        let mut client = started(caps, json!({"debounce": 50}));
        let mut text = REPORT.to_string();
        client.open(DOC, &text);
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        for version in 1..=300 {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let a = boundaries[rng.below(boundaries.len())];
            let b = boundaries[rng.below(boundaries.len())];
            let (start, end) = (a.min(b), a.max(b).min(a.min(b) + 12));
            let end = (start..=end)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(start);
            // Never split a CRLF: an LSP position cannot point between them.
            if text[..start].ends_with('\r') && text[start..].starts_with('\n') {
                continue;
            }
            if end > start && text[..end].ends_with('\r') && text[end..].starts_with('\n') {
                continue;
            }
            let insert = PIECES[rng.below(PIECES.len())];
            let range = json!({"start": position_at(&text, start, encoding), "end": position_at(&text, end, encoding)});
            text.replace_range(start..end, insert);
            client.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": DOC, "version": version}, "contentChanges": [{"range": range, "text": insert}]}),
            );
        }
        assert_eq!(client.text(DOC), text, "{encoding}");
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn a_burst_of_changes_is_applied_in_order() {
    let mut client = started(utf16(), json!({"debounce": 0}));
    let mut text = REPORT.to_string();
    client.open(DOC, &text);
    for version in 1..=500 {
        let insert = format!("{}", version % 10);
        let end = position_at(&text, text.len(), "utf-16");
        text.push_str(&insert);
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": DOC, "version": version},
                   "contentChanges": [{"range": {"start": end, "end": end}, "text": insert}]}),
        );
    }
    assert_eq!(client.text(DOC), text);
    let last = client.diagnostics(DOC, |p| p["version"] == 500);
    assert_eq!(last["version"], 500);
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn the_workspace_knows_terms_of_other_reports() {
    let dir = temp_dir("lsp-workspace");
    let last_year = "2030年示例县政府工作报告\n推行“四减一优化”和“七个一”机制。\n注释\n1.“四减一优化”：减环节、减材料、减时限、减费用，优化流程。\n2.“七个一”：七项办事机制。\n";
    let draft = "2031年示例县政府工作报告\n深化四减一优化改革，坚持“七个一”机制。\n";
    fs::write(dir.join("2030.txt"), last_year).expect("write");
    fs::write(dir.join("2031.txt"), draft).expect("write");
    fs::write(dir.join("notes.bin"), [0u8, 1, 2]).expect("write");
    let mut client = Client::spawn();
    client.initialize(Some(&dir), utf16(), json!({"debounce": 0}));
    let draft_uri = uri(&dir.join("2031.txt"));
    client.open(&draft_uri, draft);
    let published = client.diagnostics(&draft_uri, |p| {
        p["diagnostics"]
            .as_array()
            .is_some_and(|d| d.iter().any(|d| d["code"] == "term-defined-elsewhere"))
    });
    let d = &published["diagnostics"][0];
    assert!(
        d["message"]
            .as_str()
            .is_some_and(|m| m.contains("2030.txt")),
        "{d}"
    );
    assert_eq!(
        d["relatedInformation"][0]["location"]["uri"],
        uri(&dir.join("2030.txt"))
    );

    let hover = client.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft_uri}, "position": position_of(draft, "四减一优化", 2, "utf-16")}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.contains("减材料") && text.contains("2030.txt"),
        "{hover}"
    );
    let def = client.call(
        "textDocument/definition",
        json!({"textDocument": {"uri": draft_uri}, "position": position_of(draft, "四减一优化", 2, "utf-16")}),
    );
    assert_eq!(def[0]["uri"], uri(&dir.join("2030.txt")));

    // A config change turns the rule off.
    client.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"reportLs": {"rules": {"term-defined-elsewhere": "off"}}}}),
    );
    client.diagnostics(&draft_uri, |p| {
        p["diagnostics"].as_array().is_some_and(Vec::is_empty)
    });
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn a_bad_config_file_is_reported_and_defaults_are_kept() {
    let dir = temp_dir("lsp-bad-config");
    fs::write(
        dir.join(".report-ls.toml"),
        "[rules]\nnote-missing = \"loud\"\n",
    )
    .expect("write");
    let mut client = Client::spawn();
    client.initialize(Some(&dir), utf16(), json!({"debounce": 0}));
    let message = client.wait(|m| m["method"] == "window/showMessage");
    assert!(
        message["params"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("loud")),
        "{message}"
    );
    let config_uri = uri(&dir.join(".report-ls.toml"));
    let on_file = client.diagnostics(&config_uri, |p| {
        p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
    });
    assert_eq!(on_file["diagnostics"][0]["range"]["start"]["line"], 1);
    let doc = uri(&dir.join("r.txt"));
    client.open(&doc, REPORT);
    let published = client.diagnostics(&doc, |p| {
        p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
    });
    assert!(published["diagnostics"].as_array().is_some_and(|d| {
        d.iter()
            .any(|d| d["code"] == "note-missing" && d["severity"] == 1)
    }));
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn leping_2023_through_the_server() {
    let path = corpus().join("leping-2023.txt");
    let text = fs::read_to_string(&path).expect("leping");
    let doc = uri(&path);
    let mut client = started(utf16(), json!({"debounce": 0}));
    client.open(&doc, &text);
    let td = json!({"uri": doc});
    let body_use = text.find("“四减一优化”").expect("body use") + "“".len();
    let hover = client.call(
        "textDocument/hover",
        json!({"textDocument": td, "position": position_at(&text, body_use + 3, "utf-16")}),
    );
    let value = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        value.contains("**注释 4**")
            && value.contains("减环节、减材料、减时限、减费用、优化审批机制"),
        "{hover}"
    );

    let def = client.call(
        "textDocument/definition",
        json!({"textDocument": td, "position": position_of(&text, "⑩", 0, "utf-16")}),
    );
    let note_10_line = text
        .lines()
        .position(|l| l.trim_start().starts_with("10.“互联网"))
        .expect("note 10");
    assert_eq!(def[0]["range"]["start"]["line"], note_10_line);

    let note_12 = text.find("12.2023年为民").expect("note 12") + 4;
    let refs = client.call(
        "textDocument/references",
        json!({"textDocument": td, "position": position_at(&text, note_12, "utf-16"), "context": {"includeDeclaration": false}}),
    );
    let body_line = text
        .lines()
        .position(|l| l.contains("扎实推进为民“十”事⑫"))
        .expect("body use");
    assert!(
        refs.as_array()
            .is_some_and(|r| r.iter().any(|l| l["range"]["start"]["line"] == body_line)),
        "{refs}"
    );
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn a_client_that_pulls_diagnostics_is_not_pushed_them_too() {
    let mut client = Client::spawn();
    client.initialize(
        None,
        json!({"textDocument": {"diagnostic": {}}}),
        json!({"debounce": 0}),
    );
    client.open(DOC, REPORT);
    let pulled = client.call(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": DOC}}),
    );
    assert_eq!(
        pulled["items"].as_array().map(Vec::len),
        Some(2),
        "{pulled}"
    );
    // Any push would have come before this answer (same actor, no debounce).
    client.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DOC}}),
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    client.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": DOC}}),
    );
    assert!(!client.has_message(|m| m["method"] == "textDocument/publishDiagnostics"));
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn a_closed_buffer_without_a_file_leaves_the_workspace() {
    let mut client = started(utf16(), json!({"debounce": 0}));
    let untitled = "untitled:Untitled-1";
    client.open(untitled, REPORT);
    let found = client.call("workspace/symbol", json!({"query": "两网"}));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": untitled}}),
    );
    let found = client.call("workspace/symbol", json!({"query": "两网"}));
    assert_eq!(found.as_array().map(Vec::len), Some(0), "{found}");
    let gone = client.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": untitled}}),
    );
    assert_eq!(gone["error"]["code"], -32602, "{gone}");
    assert_eq!(client.finish(false).code(), Some(0));
}
