//! Hostile clients and workspaces: the server must neither die, go deaf,
//! block, nor read outside its workspace. Every case ends with a hover
//! answered, the proof that the server still serves.

mod common;

#[path = "common/lsp.rs"]
mod lsp;

use std::fs;
use std::path::Path;

use common::{run, temp_dir};
use lsp::{Client, position_at, position_of, uri};
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
    for case in cases {
        let mut client = started(None);
        client.send_bytes(&case);
        assert_hover_answers(&mut client);
        next_null_error(&mut client);
        assert_eq!(client.finish(false).code(), Some(0));
    }
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

const OTHER: &str = "2030年示例市政府工作报告\n各位代表：\n推进“三链同构”［1］。\n注释\n1.“三链同构”：产业链、创新链、人才链协同。\n";

/// Watched-file events are handled beside requests: poll for the effect.
fn wait_for_symbol(client: &mut Client, query: &str) {
    let deadline = std::time::Instant::now() + lsp::TIMEOUT;
    loop {
        let found = client.call("workspace/symbol", json!({"query": query}));
        if found.as_array().is_some_and(|f| !f.is_empty()) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{query} never indexed"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn is_unknown(client: &mut Client, file: &str) -> bool {
    client.request("reportLs/text", json!({"uri": file}))["error"]["code"] == -32602
}

#[test]
fn a_fifo_in_the_workspace_blocks_nothing() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    fs::write(dir.join("real.txt"), OTHER).expect("write");
    let mut client = started(Some(&dir));
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&fifo), "type": 1}, {"uri": uri(&dir.join("real.txt")), "type": 2}]}),
    );
    wait_for_symbol(&mut client, "三链同构");
    assert_hover_answers(&mut client);
    client.notify("textDocument/didOpen", json!({"textDocument": {"uri": uri(&fifo), "languageId": "plaintext", "version": 0, "text": REPORT}}));
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri(&fifo)}}),
    );
    assert_hover_answers(&mut client);
    assert!(is_unknown(&mut client, &uri(&fifo)));
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn files_outside_the_workspace_are_not_read_on_events() {
    let dir = temp_dir("outside");
    let root = dir.join("ws");
    fs::create_dir_all(&root).expect("mkdir");
    let outside = dir.join("outside.txt");
    fs::write(&outside, OTHER).expect("write");
    let link = root.join("link.txt");
    let linked = std::os::unix::fs::symlink(&outside, &link).is_ok();
    let mut client = started(Some(&root));
    let mut uris = vec![uri(&outside), format!("{}/../outside.txt", uri(&root))];
    if linked {
        uris.push(uri(&link));
    }
    // One event for all, the file inside last: once it is read, the others
    // have been dealt with.
    let inside = root.join("inside.txt");
    fs::write(&inside, OTHER.replace("三链同构", "四链融合")).expect("write");
    let mut changes: Vec<Value> = uris.iter().map(|u| json!({"uri": u, "type": 1})).collect();
    changes.push(json!({"uri": uri(&inside), "type": 1}));
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": changes}),
    );
    wait_for_symbol(&mut client, "四链融合");
    for file in &uris {
        client.notify("textDocument/didOpen", json!({"textDocument": {"uri": file, "languageId": "plaintext", "version": 0, "text": "x"}}));
        client.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": file}}),
        );
    }
    for file in &uris {
        assert!(is_unknown(&mut client, file), "{file} was read");
    }
    let found = client.call("workspace/symbol", json!({"query": "三链同构"}));
    assert_eq!(found.as_array().map(Vec::len), Some(0), "{found}");
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn files_over_the_size_limit_are_refused_unread() {
    let dir = temp_dir("big");
    // Sparse: 2 GB of zeros that take no disk.
    let big = fs::File::create(dir.join("big.txt")).expect("create");
    big.set_len(2 << 30).expect("set_len");
    // A real text over a configured 1 MB limit.
    let mut large = OTHER.to_string();
    while large.len() < (1 << 20) + 10 {
        large.push_str("推进城乡融合发展。\n");
    }
    fs::write(dir.join("large.txt"), &large).expect("write");
    fs::write(dir.join("small.txt"), OTHER.replace("三链同构", "四链融合")).expect("write");
    let mut client = Client::spawn();
    client.initialize(
        Some(&dir),
        json!({}),
        json!({"debounce": 0, "files": {"max-size-mb": 1}}),
    );
    let logged = client.wait(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|t| t.contains("large.txt"))
    });
    let text = logged["params"]["message"].as_str().unwrap_or_default();
    // In the server's language: Chinese when neither the configuration
    // nor the client says another.
    assert!(
        text.contains("文件过大") && text.contains("max-size-mb"),
        "{text}"
    );
    client.wait(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|t| t.contains("big.txt"))
    });
    let found = client.call("workspace/symbol", json!({"query": "四链融合"}));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    assert!(is_unknown(&mut client, &uri(&dir.join("large.txt"))));
    assert!(is_unknown(&mut client, &uri(&dir.join("big.txt"))));
    client.open(DOC, REPORT);
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));

    // The command line sniffs the start and refuses zeros unread.
    let output = run(&[
        "check",
        "--lang",
        "en",
        dir.join("big.txt").to_str().expect("utf-8"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("binary"),
        "{output:?}"
    );
}

#[test]
fn an_invalid_glob_is_a_configuration_error() {
    let dir = temp_dir("glob");
    fs::write(dir.join(".report-ls.toml"), "[files]\ninclude = [\"[\"]\n").expect("write");
    fs::write(dir.join("data.json"), "{}").expect("write");
    let mut client = Client::spawn();
    client.initialize(Some(&dir), json!({}), json!({"debounce": 0}));
    let message = client.wait(|m| m["method"] == "window/showMessage");
    let text = message["params"]["message"].as_str().unwrap_or_default();
    assert!(text.contains("glob"), "{message}");
    assert!(is_unknown(&mut client, &uri(&dir.join("data.json"))));
    client.open(DOC, REPORT);
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));
}

/// A line of thousands of markers no note has: `inspect --format json`
/// streams the model (it held ~1,400 bytes per input byte as a JSON tree),
/// and `check` shows each finding with a cut line, not the whole line.
#[test]
fn a_line_of_markers_through_the_command_line() {
    let dir = temp_dir("markers");
    let count = 3000;
    let text = format!(
        "2031年示例县政府工作报告\n各位代表：\n推进改革{}。\n注释\n1.“两网融合”：城乡供水网和排水网。\n",
        "⑨".repeat(count)
    );
    let file = dir.join("markers.txt");
    fs::write(&file, &text).expect("write");
    let path = file.to_str().expect("utf-8");
    let model = common::json(&run(&["inspect", "--format", "json", path]));
    assert_eq!(model["markers"].as_array().map(Vec::len), Some(count));
    assert_eq!(
        model["markers"][count - 1]["range"]["start"]["column"],
        count + 4
    );
    let output = run(&["check", path]);
    let human = String::from_utf8_lossy(&output.stdout);
    assert_eq!(human.matches("[note-missing]").count(), count);
    // Placed in turn by one cursor, each at its own column of line 3 (the
    // unused note's finding is on line 5).
    let places: Vec<String> = human
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--> "))
        .filter_map(|l| l.strip_prefix(path))
        .filter(|l| l.starts_with(":3:"))
        .map(str::to_string)
        .collect();
    let expected: Vec<String> = (0..count).map(|i| format!(":3:{}", i + 5)).collect();
    assert_eq!(places, expected);
    let widest = human.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest < 200, "a line of {widest} characters");
}

/// A line of 30,000 markers with no note: the server sends the first 1,000
/// findings, not a message of megabytes per keystroke, and keeps answering.
#[test]
fn a_flood_of_findings_is_capped() {
    let mut client = started(None);
    let text = format!(
        "2031年示例县政府工作报告\n各位代表：\n推进改革{}。\n注释\n1.“两网融合”：城乡供水网和排水网。\n",
        "⑨".repeat(30_000)
    );
    let flood = "file:///tmp/report-ls-hardening/flood.txt";
    client.open(flood, &text);
    let published = client.diagnostics(flood, |p| p["version"] == 0);
    assert_eq!(
        published["diagnostics"].as_array().map(Vec::len),
        Some(1000)
    );
    assert_hover_answers(&mut client);
    assert_eq!(client.finish(false).code(), Some(0));
}

/// A hover right after an edit of a long document answers about the
/// newest text, whether it waited for the parse or answered from the last
/// parsed version (where the text under it is unchanged, its range mapped):
/// the same as a hover once the parse is done. The edits fall before the
/// term, after it and on its line, and leave its uses as they were (a
/// hover's words may count uses in the last parsed version).
#[test]
fn a_hover_during_a_reparse_answers_about_the_newest_text() {
    let mut client = Client::spawn();
    client.initialize(None, json!({}), json!({"debounce": 0}));
    let long = "file:///tmp/report-ls-hardening/long.txt";
    let mut text = String::from("2031年示例县政府工作报告\n各位代表：\n一、回顾\n");
    for _ in 0..3_000 {
        text.push_str("推进改革，完成投资5亿元。\n");
    }
    text.push_str("推进“两网融合”①建设。\n");
    for _ in 0..3_000 {
        text.push_str("深化开放，新增企业3家。\n");
    }
    text.push_str("注释\n1.“两网融合”：城乡供水网和排水网。\n");
    client.open(long, &text);
    client.diagnostics(long, |p| p["version"] == 0);
    // Where each edit goes, found in the text as it is by then.
    type Place = fn(&str) -> usize;
    let edits: [(Place, &str); 4] = [
        (|t| t.find("一、回顾").unwrap_or(0), "新的一句。\n"),
        (|t| t.find("深化开放").unwrap_or(0) + 30, "，"),
        (|t| t.find("推进“两网融合").unwrap_or(0), "再"),
        (|t| t.find("”①建设").unwrap_or(0) + "”①建设".len(), "要"),
    ];
    for (version, (at, insert)) in edits.into_iter().enumerate() {
        let at = (at(&text)..text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap();
        let place = position_at(&text, at, "utf-16");
        text.insert_str(at, insert);
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": long, "version": version + 1},
                   "contentChanges": [{"range": {"start": place, "end": place}, "text": insert}]}),
        );
        let hover = json!({"textDocument": {"uri": long},
                           "position": position_of(&text, "两网融合", 1, "utf-16")});
        let early = client.call("textDocument/hover", hover.clone());
        // The server's copy is the newest text once its parse is done.
        assert_eq!(client.text(long), text);
        let settled = client.call("textDocument/hover", hover);
        assert_eq!(early, settled, "edit {version}");
        let shown = settled["contents"]["value"].as_str().unwrap_or_default();
        assert!(shown.contains("城乡供水网"), "{settled}");
    }
    assert_eq!(client.finish(false).code(), Some(0));
}
