//! Hostile clients and workspaces: the server must neither die, go deaf,
//! block, nor read outside its workspace. Every case ends with a hover
//! answered, the proof that the server still serves.

mod common;

#[path = "common/lsp.rs"]
mod lsp;

use std::path::Path;

use lsp::{Client, position_of};
use serde_json::{Value, json};

const REPORT: &str = "2031年示例县政府工作报告\n各位代表：\n一、回顾\n推进“两网融合”①建设。\n注释\n1.“两网融合”：城乡供水网和排水网。\n";

const DOC: &str = "file:///tmp/report-ls-hardening/report.txt";

fn started(root: Option<&Path>) -> Client {
    let mut client = Client::spawn();
    client.initialize(root, json!({}), json!({"debounce": 0}));
    client.open(DOC, REPORT);
    client
}

/// A hover on the note's term answers with the note.
fn assert_hover_answers(client: &mut Client) {
    let hover = client.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": DOC}, "position": position_of(REPORT, "两网融合", 1, "utf-16")}),
    );
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.contains("城乡供水网"), "{hover}");
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The next error response with id null.
fn next_null_error(client: &mut Client) -> Value {
    client.wait(|m| m.get("id") == Some(&Value::Null) && m.get("error").is_some())
}

#[test]
fn ids_of_the_wrong_type_are_invalid_requests() {
    let mut client = started(None);
    for id in ["{}", "[1]", "1.5", "true", "9223372036854775808"] {
        let body =
            format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{}}}}"#);
        client.send_bytes(&frame(body.as_bytes()));
        let error = next_null_error(&mut client);
        assert_eq!(error["error"]["code"], -32600, "{id}: {error}");
        assert_hover_answers(&mut client);
    }
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn non_utf8_headers_and_lengths_inside_a_character() {
    let mut client = started(None);
    client.send_bytes(b"X-Junk: \xFF\xFE\r\n");
    client.send_bytes(&frame(
        br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
    ));
    assert_hover_answers(&mut client);
    client.send_bytes(b"Content-Length: 1\r\n\r\n\xE6\xB3\xA8");
    next_null_error(&mut client);
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn garbled_lengths_are_skipped_and_the_server_resynchronises() {
    let good = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
    let mut cases: Vec<Vec<u8>> = vec![
        b"Content-Lenght: 5\r\n\r\n{\"a\":1}".to_vec(),
        b"abc\r\n\r\n".to_vec(),
        b"Content-Length: abc\r\n\r\n{}".to_vec(),
        b"Content-Length: 99999999999999999999\r\n\r\n{}".to_vec(),
    ];
    let mut too_small = b"Content-Length: 10\r\n\r\n".to_vec();
    too_small.extend_from_slice(good);
    cases.push(too_small);
    let mut too_big = b"Content-Length: 4000\r\n\r\n".to_vec();
    too_big.extend_from_slice(good);
    cases.push(too_big);
    // Over the 256 MB cap: skipped, not buffered.
    cases.push(b"Content-Length: 300000000\r\n\r\n{".to_vec());
    let mut client = started(None);
    for case in cases {
        client.send_bytes(&case);
        assert_hover_answers(&mut client);
        assert!(
            client.has_message(|m| m.get("id") == Some(&Value::Null) && m.get("error").is_some()),
            "{}",
            String::from_utf8_lossy(&case)
        );
    }
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn did_open_before_initialize_is_not_applied() {
    let mut client = Client::spawn();
    client.open(DOC, REPORT);
    client.initialize(None, json!({}), json!({"debounce": 0}));
    let text = client.request("reportLs/text", json!({"uri": DOC}));
    assert_eq!(text["error"]["code"], -32602, "{text}");
    client.open(DOC, REPORT);
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));
}
