//! The editing aids through the built server, in UTF-16 and UTF-8:
//! completion, inlay hints (markers and figures, each off-able), semantic
//! tokens (full and range) and code lenses.

mod common;
#[path = "common/lsp.rs"]
mod lsp;

use lsp::{Client, position_of};
use serde_json::{Value, json};

/// `𠮷` (two UTF-16 units, four bytes) before the tokens of line 3 makes
/// the encodings' columns differ; line 5 ends with an opener to complete.
const REPORT: &str = "2031年湖滨县政府工作报告\n各位代表：\n一、回顾\n𠮷推行“三湖联保”①，建成“智慧渡口”②，办好“五个一”工程。全年财政收入12.6亿元，其中渡口收费3850万元，专项债券4.2亿元。\n二、计划\n继续推行三湖联保，开展“一岸一策”［\n注释\n1.“三湖联保”：三个湖泊联合保护。\n2.智慧渡口：智能管理渡船。\n3.“一岸一策”：每段湖岸一套治理方案。\n";

const DOC: &str = "file:///tmp/report-ls-editing/report.txt";

fn capabilities(encoding: &str) -> Value {
    if encoding == "utf-8" {
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    } else {
        json!({})
    }
}

/// A server with the report open and checked once.
fn opened(encoding: &str, options: Value) -> (Client, Value) {
    let mut client = Client::spawn();
    let init = client.initialize(None, capabilities(encoding), options);
    client.open(DOC, REPORT);
    client.diagnostics(DOC, |_| true);
    (client, init)
}

fn whole() -> Value {
    json!({"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}})
}

#[test]
fn completion_after_an_opener_offers_the_notes_fitting_one_first() {
    for encoding in ["utf-16", "utf-8"] {
        let (mut client, init) = opened(encoding, json!({"debounce": 0}));
        let triggers = &init["capabilities"]["completionProvider"]["triggerCharacters"];
        assert!(
            triggers
                .as_array()
                .is_some_and(|t| t.contains(&json!("［"))),
            "{triggers}"
        );
        let after = position_of(REPORT, "“一岸一策”［", 7, encoding);
        let list = client.call(
            "textDocument/completion",
            json!({"textDocument": {"uri": DOC}, "position": after}),
        );
        let items = list["items"].as_array().expect("items");
        let labels: Vec<&str> = items.iter().filter_map(|i| i["label"].as_str()).collect();
        assert_eq!(labels, vec!["3", "1", "2"], "{encoding}: {list}");
        assert_eq!(items[0]["preselect"], true);
        assert_eq!(items[0]["detail"], "“一岸一策”");
        assert_eq!(items[0]["documentation"]["value"], "每段湖岸一套治理方案。");
        assert_eq!(items[0]["textEdit"]["newText"], "3］");
        assert_eq!(items[0]["textEdit"]["range"]["start"], after, "{encoding}");
        assert_eq!(items[0]["textEdit"]["range"]["end"], after, "{encoding}");

        // Inside a word: the terms it begins.
        let in_word = position_of(REPORT, "继续推行三湖", 6, encoding);
        let list = client.call(
            "textDocument/completion",
            json!({"textDocument": {"uri": DOC}, "position": in_word}),
        );
        assert_eq!(list["items"][0]["label"], "三湖联保", "{list}");
        assert_eq!(
            list["items"][0]["textEdit"]["range"]["start"],
            position_of(REPORT, "三湖联保，开展", 0, encoding)
        );
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

fn hint_labels(client: &mut Client) -> Vec<(Value, String)> {
    let hints = client.call(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": DOC}, "range": whole()}),
    );
    hints
        .as_array()
        .expect("hints")
        .iter()
        .map(|h| {
            (
                h["position"].clone(),
                h["label"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn inlay_hints_after_markers_and_figures_each_off_able() {
    for encoding in ["utf-16", "utf-8"] {
        let at = |needle: &str, chars: usize| position_of(REPORT, needle, chars, encoding);
        let (mut client, _) = opened(encoding, json!({"debounce": 0}));
        assert_eq!(
            hint_labels(&mut client),
            vec![
                (at("①", 1), "三湖联保".to_string()),
                (at("②", 1), "智慧渡口".to_string()),
                (at("3850万元", 6), "= 0.3850亿元".to_string()),
            ],
            "{encoding}"
        );
        assert_eq!(client.finish(false).code(), Some(0));

        let (mut client, _) = opened(
            encoding,
            json!({"debounce": 0, "inlayHints": {"markers": false}}),
        );
        assert_eq!(
            hint_labels(&mut client),
            vec![(at("3850万元", 6), "= 0.3850亿元".to_string())],
            "{encoding}"
        );
        assert_eq!(client.finish(false).code(), Some(0));

        let (mut client, _) = opened(
            encoding,
            json!({"debounce": 0, "inlayHints": {"figures": false}}),
        );
        assert_eq!(hint_labels(&mut client).len(), 2, "{encoding}");
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

/// Decoded tokens: line, column, length (in the encoding), type, modifiers.
fn decode(data: &Value, legend: &Value) -> Vec<(u64, u64, u64, String, Vec<String>)> {
    let data: Vec<u64> = data
        .as_array()
        .expect("data")
        .iter()
        .filter_map(Value::as_u64)
        .collect();
    let types = legend["tokenTypes"].as_array().expect("types");
    let modifiers = legend["tokenModifiers"].as_array().expect("modifiers");
    let (mut line, mut column) = (0, 0);
    let mut out = Vec::new();
    for chunk in data.chunks(5) {
        let [dl, ds, len, ty, bits] = chunk else {
            panic!("data in fives: {data:?}")
        };
        if *dl > 0 {
            column = 0;
        }
        line += dl;
        column += ds;
        let names = modifiers
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .filter_map(|(_, m)| m.as_str().map(str::to_string))
            .collect();
        out.push((
            line,
            column,
            *len,
            types[*ty as usize].as_str().unwrap_or_default().to_string(),
            names,
        ));
    }
    out
}

#[test]
fn semantic_tokens_full_and_range() {
    for encoding in ["utf-16", "utf-8"] {
        let (mut client, init) = opened(encoding, json!({"debounce": 0}));
        let provider = &init["capabilities"]["semanticTokensProvider"];
        assert_eq!(provider["range"], true);
        assert_eq!(provider["full"], true);
        let legend = provider["legend"].clone();
        assert_eq!(
            legend["tokenTypes"],
            json!(["variable", "macro", "decorator", "enumMember", "number"])
        );
        assert_eq!(
            legend["tokenModifiers"],
            json!(["declaration", "defined", "undefined", "defaultLibrary"])
        );
        let full = client.call(
            "textDocument/semanticTokens/full",
            json!({"textDocument": {"uri": DOC}}),
        );
        let tokens = decode(&full["data"], &legend);
        let token = |needle: &str, chars: usize| {
            let start = position_of(REPORT, needle, 0, encoding);
            let end = position_of(REPORT, needle, chars, encoding);
            let found = tokens
                .iter()
                .find(|t| json!(t.0) == start["line"] && json!(t.1) == start["character"])
                .unwrap_or_else(|| panic!("{encoding}: no token at {needle}: {tokens:?}"));
            let length =
                end["character"].as_u64().unwrap_or(0) - start["character"].as_u64().unwrap_or(0);
            assert_eq!(found.2, length, "{encoding}: length of {needle}");
            (found.3.clone(), found.4.join(","))
        };
        assert_eq!(token("三湖联保”①", 4), ("macro".into(), "defined".into()));
        assert_eq!(token("①", 1), ("decorator".into(), "defined".into()));
        assert_eq!(
            token("智慧渡口”②", 4),
            ("variable".into(), "defined".into())
        );
        assert_eq!(token("五个一", 3), ("macro".into(), "undefined".into()));
        assert_eq!(token("12.6亿元", 6), ("number".into(), "".into()));
        assert_eq!(
            token("1.“三湖", 2),
            ("enumMember".into(), "declaration,defined".into())
        );

        // A range: only its line's tokens.
        let line5 =
            json!({"start": {"line": 5, "character": 0}, "end": {"line": 6, "character": 0}});
        let ranged = client.call(
            "textDocument/semanticTokens/range",
            json!({"textDocument": {"uri": DOC}, "range": line5}),
        );
        let in_range = decode(&ranged["data"], &legend);
        let lines: Vec<u64> = in_range.iter().map(|t| t.0).collect();
        assert_eq!(lines, vec![5, 5], "{encoding}: {in_range:?}");
        let expected: Vec<_> = tokens.iter().filter(|t| t.0 == 5).cloned().collect();
        assert_eq!(in_range, expected);
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn code_lenses_count_uses_and_offer_a_note_for_an_undefined_slogan() {
    for encoding in ["utf-16", "utf-8"] {
        let (mut client, _) = opened(encoding, json!({"debounce": 0}));
        let lenses = client.call(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": DOC}}),
        );
        let shown: Vec<(Value, &str, &str)> = lenses
            .as_array()
            .expect("lenses")
            .iter()
            .map(|l| {
                (
                    l["range"]["start"].clone(),
                    l["command"]["title"].as_str().unwrap_or_default(),
                    l["command"]["command"].as_str().unwrap_or_default(),
                )
            })
            .collect();
        let at = |needle: &str| position_of(REPORT, needle, 0, encoding);
        assert_eq!(
            shown,
            vec![
                (at("五个一"), "添加注释", "reportLs.addNote"),
                (at("“三湖联保”："), "3 处引用", "reportLs.showReferences"),
                (at("智慧渡口："), "2 处引用", "reportLs.showReferences"),
                (at("“一岸一策”："), "1 处引用", "reportLs.showReferences"),
            ],
            "{encoding}"
        );
        let uses = &lenses[1]["command"]["arguments"];
        assert_eq!(uses[0], DOC);
        assert_eq!(uses[1], at("“三湖联保”："));
        let places: Vec<&Value> = uses[2]
            .as_array()
            .expect("locations")
            .iter()
            .map(|l| &l["range"]["start"])
            .collect();
        assert_eq!(
            places,
            vec![&at("三湖联保”①"), &at("①"), &at("三湖联保，开展")],
            "{encoding}"
        );
        let add = &lenses[0]["command"]["arguments"];
        assert_eq!(add[0], DOC);
        assert_eq!(add[1]["start"], at("五个一"));
        assert_eq!(client.finish(false).code(), Some(0));
    }
}
