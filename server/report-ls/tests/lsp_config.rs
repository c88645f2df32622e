//! Tier 3: any LSP client, one configuration everywhere. The server with
//! no or null initializationOptions, a plain-text-only client, diagnostic
//! links and tags, two workspace folders each with its configuration, the
//! nearest `.report-ls.toml` below the root (and reloaded when it changes),
//! and the memory of indexing a folder of unrelated text files.

mod common;

#[path = "common/lsp.rs"]
mod lsp;

use std::fs;
use std::path::Path;

use common::temp_dir;
use lsp::{Client, position_of, uri};
use serde_json::{Value, json};

/// Two notes, one never used (`note-unused`), a marker without a note
/// (`note-missing`) and a slogan no note explains (`term-undefined`).
const REPORT: &str = "2031年示例县政府工作报告\n各位代表：\n一、回顾\n推进“两网融合”①建设，办好“七个一”机制，推进“河湖共治”［5］。\n二、计划\n继续推进两网融合。\n注释\n1.“两网融合”：城乡供水网和排水网。\n2.“星空计划”：一项没有被正文用到的安排。\n";

fn codes(published: &Value) -> Vec<String> {
    published["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

fn message_of<'a>(published: &'a Value, code: &str) -> &'a str {
    published["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["code"] == code))
        .and_then(|d| d["message"].as_str())
        .unwrap_or_default()
}

fn non_empty(p: &Value) -> bool {
    p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
}

/// Starts the server with `initialize` params as given (folders and all).
fn start(params: Value) -> Client {
    let mut client = Client::spawn();
    client.call("initialize", params);
    client.notify("initialized", json!({}));
    client
}

fn hover_text(client: &mut Client, doc: &str, needle: &str) -> Value {
    client.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": doc}, "position": position_of(REPORT, needle, 1, "utf-16")}),
    )
}

#[test]
fn no_or_null_initialization_options_are_no_settings() {
    for options in [None, Some(Value::Null)] {
        let mut params = json!({"processId": null, "rootUri": null, "capabilities": {}});
        if let Some(options) = options.clone() {
            params["initializationOptions"] = options;
        }
        let mut client = start(params);
        let doc = "file:///tmp/report-ls-null-options/r.txt";
        client.open(doc, REPORT);
        let published = client.diagnostics(doc, non_empty);
        assert!(codes(&published).contains(&"note-missing".to_string()));
        let hover = hover_text(&mut client, doc, "两网融合");
        assert!(hover["contents"]["value"].is_string(), "{hover}");
        assert!(
            !client.has_message(|m| m["method"] == "window/showMessage"),
            "{options:?}: no error shown"
        );
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

#[test]
fn a_plain_text_client_gets_plain_hovers_and_no_links() {
    let mut client = start(json!({
        "processId": null,
        "capabilities": {"textDocument": {"hover": {"contentFormat": ["plaintext"]}}},
        "initializationOptions": {"debounce": 0},
    }));
    let doc = "file:///tmp/report-ls-plain/r.txt";
    client.open(doc, REPORT);
    let published = client.diagnostics(doc, non_empty);
    for d in published["diagnostics"].as_array().expect("d") {
        assert!(d.get("codeDescription").is_none(), "{d}");
        assert!(d.get("tags").is_none(), "{d}");
    }
    let hover = hover_text(&mut client, doc, "两网融合");
    assert_eq!(hover["contents"]["kind"], "plaintext", "{hover}");
    let value = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(value.contains("城乡供水网"), "{value}");
    assert!(!value.contains("**") && !value.contains('`'), "{value}");
    assert_eq!(client.finish(false).code(), Some(0));

    // The same hover in Markdown for a client that takes it.
    let mut client = start(json!({
        "processId": null,
        "capabilities": {"textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}}},
    }));
    client.open(doc, REPORT);
    let hover = hover_text(&mut client, doc, "两网融合");
    assert_eq!(hover["contents"]["kind"], "markdown", "{hover}");
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn diagnostics_link_to_their_rule_and_fade_an_unused_note() {
    let mut client = start(json!({
        "processId": null,
        "capabilities": {"textDocument": {"publishDiagnostics": {
            "codeDescriptionSupport": true,
            "tagSupport": {"valueSet": [1, 2]},
        }}},
        "initializationOptions": {"debounce": 0},
    }));
    let doc = "file:///tmp/report-ls-links/r.txt";
    client.open(doc, REPORT);
    let published = client.diagnostics(doc, |p| {
        p["diagnostics"]
            .as_array()
            .is_some_and(|d| d.iter().any(|d| d["code"] == "note-unused"))
    });
    for d in published["diagnostics"].as_array().expect("d") {
        let code = d["code"].as_str().expect("code");
        let href = d["codeDescription"]["href"].as_str().unwrap_or_default();
        assert!(href.ends_with(&format!("docs/rules.md#{code}")), "{d}");
        if code == "note-unused" {
            assert_eq!(d["tags"], json!([1]), "{d}");
        } else {
            assert!(d.get("tags").is_none(), "{d}");
        }
    }
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn each_workspace_folder_has_its_own_configuration() {
    let dir = temp_dir("lsp-two-folders");
    let (a, b) = (dir.join("a"), dir.join("b"));
    fs::create_dir_all(&a).expect("mkdir");
    fs::create_dir_all(&b).expect("mkdir");
    fs::write(a.join(".report-ls.toml"), "locale = \"en\"\n").expect("write");
    fs::write(
        b.join(".report-ls.toml"),
        "locale = \"zh\"\n[rules]\nnote-missing = \"off\"\n",
    )
    .expect("write");
    fs::write(a.join("r.txt"), REPORT).expect("write");
    fs::write(b.join("r.txt"), REPORT).expect("write");
    let mut client = start(json!({
        "processId": null,
        "capabilities": {},
        "workspaceFolders": [{"uri": uri(&a), "name": "a"}, {"uri": uri(&b), "name": "b"}],
        "initializationOptions": {"debounce": 0},
    }));
    let (doc_a, doc_b) = (uri(&a.join("r.txt")), uri(&b.join("r.txt")));
    client.open(&doc_a, REPORT);
    client.open(&doc_b, REPORT);
    let in_a = client.diagnostics(&doc_a, non_empty);
    let in_b = client.diagnostics(&doc_b, non_empty);
    assert!(codes(&in_a).contains(&"note-missing".to_string()), "{in_a}");
    assert!(
        !codes(&in_b).contains(&"note-missing".to_string()),
        "{in_b}"
    );
    let (english, chinese) = (
        message_of(&in_a, "note-unused"),
        message_of(&in_b, "note-unused"),
    );
    assert!(
        !english.contains("注释") && english.contains("note"),
        "{english}"
    );
    assert!(chinese.contains("注释"), "{chinese}");

    // Both folders are indexed: workspace symbols name notes of each.
    let symbols = client.call("workspace/symbol", json!({"query": "星空计划"}));
    let files: Vec<&str> = symbols
        .as_array()
        .expect("symbols")
        .iter()
        .filter_map(|s| s["location"]["uri"].as_str())
        .collect();
    assert!(
        files.contains(&doc_a.as_str()) && files.contains(&doc_b.as_str()),
        "{symbols}"
    );
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn the_nearest_configuration_below_the_root_applies_and_is_reloaded() {
    let dir = temp_dir("lsp-nearest");
    let deep = dir.join("drafts/2031");
    fs::create_dir_all(&deep).expect("mkdir");
    fs::write(dir.join(".report-ls.toml"), "locale = \"zh\"\n").expect("write");
    let nearest = deep.join(".report-ls.toml");
    fs::write(
        &nearest,
        "locale = \"en\"\n[rules]\nnote-missing = \"off\"\n",
    )
    .expect("write");
    fs::write(deep.join("r.txt"), REPORT).expect("write");
    fs::write(dir.join("top.txt"), REPORT).expect("write");
    let mut client = start(json!({
        "processId": null,
        "capabilities": {},
        "rootUri": uri(&dir),
        "workspaceFolders": [{"uri": uri(&dir), "name": "root"}],
        "initializationOptions": {"debounce": 0},
    }));
    let (doc, top) = (uri(&deep.join("r.txt")), uri(&dir.join("top.txt")));
    client.open(&doc, REPORT);
    client.open(&top, REPORT);
    let below = client.diagnostics(&doc, non_empty);
    assert!(
        !codes(&below).contains(&"note-missing".to_string()),
        "{below}"
    );
    assert!(
        message_of(&below, "note-unused").contains("note"),
        "{below}"
    );
    let at_root = client.diagnostics(&top, non_empty);
    assert!(
        codes(&at_root).contains(&"note-missing".to_string()),
        "{at_root}"
    );
    assert!(
        message_of(&at_root, "note-unused").contains("注释"),
        "{at_root}"
    );

    // The file changes: the editor's watcher says so, the server reads it again.
    fs::write(&nearest, "locale = \"en\"\n").expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&nearest), "type": 2}]}),
    );
    client.diagnostics(&doc, |p| codes(p).contains(&"note-missing".to_string()));

    // Broken, it is reported on its line with the key it meant; the last
    // good configuration stays.
    fs::write(
        &nearest,
        "locale = \"en\"\n[rules]\nnote-mising = \"off\"\n",
    )
    .expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&nearest), "type": 2}]}),
    );
    let on_file = client.diagnostics(&uri(&nearest), non_empty);
    let d = &on_file["diagnostics"][0];
    assert_eq!(d["range"]["start"]["line"], 2, "{d}");
    assert!(
        d["message"]
            .as_str()
            .is_some_and(|m| m.contains("note-missing")),
        "did you mean: {d}"
    );
    let message = client.wait(|m| m["method"] == "window/showMessage");
    assert!(
        message["params"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("note-mising")),
        "{message}"
    );
    assert_eq!(client.finish(false).code(), Some(0));
}

#[test]
fn a_configuration_above_the_workspace_folder_is_followed_without_the_client() {
    // The workspace is a folder inside a project whose configuration sits
    // one level up, where the client's watchers do not look.
    let dir = temp_dir("lsp-config-above");
    let workspace = dir.join("drafts");
    fs::create_dir_all(&workspace).expect("mkdir");
    let config = dir.join(".report-ls.toml");
    fs::write(&config, "locale = \"en\"\n").expect("write");
    let path = workspace.join("report.txt");
    fs::write(&path, REPORT).expect("write");
    let doc = uri(&path);

    let mut client = Client::spawn();
    client.initialize(Some(&workspace), json!({}), json!({"debounce": 0}));
    client.open(&doc, REPORT);
    let english = client.diagnostics(&doc, non_empty);
    assert!(
        message_of(&english, "note-unused").contains("note"),
        "{english}"
    );

    // Edited on disk, no didChangeWatchedFiles: the next change of the
    // document finds the file changed and reads it again.
    fs::write(
        &config,
        "locale = \"zh\"\n[rules]\nnote-missing = \"off\"\n",
    )
    .expect("write");
    let edited = format!("{REPORT}\n");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 2},
               "contentChanges": [{"text": edited}]}),
    );
    let chinese = client.diagnostics(&doc, |p| p["version"] == 2);
    assert!(
        message_of(&chinese, "note-unused").contains("注释"),
        "{chinese}"
    );
    assert!(
        !codes(&chinese).contains(&"note-missing".to_string()),
        "{chinese}"
    );

    // Deleted: the defaults again (the rule back on), on the next change.
    fs::remove_file(&config).expect("remove");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 3},
               "contentChanges": [{"text": REPORT}]}),
    );
    let defaults = client.diagnostics(&doc, |p| p["version"] == 3);
    assert!(
        codes(&defaults).contains(&"note-missing".to_string()),
        "{defaults}"
    );

    // Created again, between the document and the old place: found on
    // the next change too.
    fs::write(
        workspace.join(".report-ls.toml"),
        "[rules]\nnote-missing = \"off\"\n",
    )
    .expect("write");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": doc, "version": 4},
               "contentChanges": [{"text": edited}]}),
    );
    let created = client.diagnostics(&doc, |p| p["version"] == 4);
    assert!(
        !codes(&created).contains(&"note-missing".to_string()),
        "{created}"
    );
    assert_eq!(client.finish(false).code(), Some(0));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_client_with_relative_patterns_is_asked_to_watch_the_folders_above() {
    let dir = temp_dir("lsp-config-watch");
    let workspace = dir.join("drafts");
    fs::create_dir_all(&workspace).expect("mkdir");
    let mut client = Client::spawn();
    client.initialize(
        Some(&workspace),
        json!({"workspace": {"didChangeWatchedFiles": {
            "dynamicRegistration": true, "relativePatternSupport": true}}}),
        json!({}),
    );
    let registration = client.wait(|m| m["method"] == "client/registerCapability");
    let watchers = registration["params"]["registrations"][0]["registerOptions"]["watchers"]
        .as_array()
        .expect("watchers")
        .clone();
    let above = watchers
        .iter()
        .find(|w| w["globPattern"]["baseUri"] == uri(&dir))
        .unwrap_or_else(|| panic!("{registration}"));
    assert_eq!(above["globPattern"]["pattern"], ".report-ls.toml");
    // Not the workspace folder itself: its own globs cover it.
    assert!(
        !watchers
            .iter()
            .any(|w| w["globPattern"]["baseUri"] == uri(&workspace)),
        "{registration}"
    );

    // A client without that support gets the plain globs only.
    let mut plain = Client::spawn();
    plain.initialize(
        Some(&workspace),
        json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
        json!({}),
    );
    let registration = plain.wait(|m| m["method"] == "client/registerCapability");
    let watchers = &registration["params"]["registrations"][0]["registerOptions"]["watchers"];
    assert!(
        watchers
            .as_array()
            .is_some_and(|w| w.iter().all(|w| w["globPattern"].is_string())),
        "{registration}"
    );
    assert_eq!(client.finish(false).code(), Some(0));
    assert_eq!(plain.finish(false).code(), Some(0));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn request_errors_are_in_the_servers_language() {
    for (options, words) in [
        (json!({}), "没有这个文档"),
        (json!({"locale": "en"}), "unknown document"),
    ] {
        let mut client = Client::spawn();
        client.initialize(None, json!({}), options);
        let response = client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///nowhere/never-opened.txt"},
                   "position": {"line": 0, "character": 0}}),
        );
        let message = response["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{response}");
        let response = client.request(
            "workspace/executeCommand",
            json!({"command": "reportLs.noSuchCommand", "arguments": []}),
        );
        let message = response["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains("reportLs.noSuchCommand"), "{response}");
        assert_eq!(client.finish(false).code(), Some(0));
    }
}

/// The peak resident memory of a process, in kB (Linux).
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

fn write_unrelated_files(dir: &Path, count: usize) {
    for i in 0..count {
        let sub = dir.join(format!("notes-{:03}", i / 100));
        if i % 100 == 0 {
            fs::create_dir_all(&sub).expect("mkdir");
        }
        // Meeting notes, lists, logs: text, but no report.
        let text = format!(
            "会议纪要 第{i}号\n参加人员：甲、乙、丙\n议题：第{i}项工作的安排，共{}条意见。\n{}\n",
            i % 7 + 1,
            "记录内容。".repeat(40 + i % 50)
        );
        fs::write(sub.join(format!("{i}.txt")), text).expect("write");
    }
}

#[test]
fn indexing_ten_thousand_unrelated_text_files_stays_small() {
    if !Path::new("/proc/self/status").exists() {
        eprintln!("skipped: needs /proc (Linux)");
        return;
    }
    let dir = temp_dir("lsp-ten-thousand");
    write_unrelated_files(&dir, 10_000);
    fs::write(dir.join("report.txt"), REPORT).expect("write");
    let mut client = start(json!({
        "processId": null,
        "capabilities": {"window": {"workDoneProgress": true}},
        "workspaceFolders": [{"uri": uri(&dir), "name": "big"}],
        "initializationOptions": {"debounce": 0},
    }));
    let progress = |kind: &'static str| {
        move |m: &Value| m["method"] == "$/progress" && m["params"]["value"]["kind"] == kind
    };
    // Reading 10,000 files takes a while on a loaded machine: past the
    // harness's usual wait, poll for the end (the server asked for its
    // progress token on the way to `begin`, and got it).
    client.wait(progress("begin"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(300);
    while !client.has_message(progress("end")) {
        assert!(std::time::Instant::now() < deadline, "indexing did not end");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let end = client.wait(progress("end"));
    // Only the report is kept.
    assert_eq!(end["params"]["value"]["message"], "1 files", "{end}");
    let symbols = client.call("workspace/symbol", json!({"query": "星空计划"}));
    assert_eq!(symbols.as_array().map(Vec::len), Some(1), "{symbols}");
    let peak = peak_rss_kb(client.pid()).expect("VmHWM");
    eprintln!("peak RSS indexing 10,000 unrelated files: {peak} kB");
    assert!(
        peak < 100 * 1024,
        "peak RSS {peak} kB while indexing 10,000 files"
    );
    assert_eq!(client.finish(false).code(), Some(0));
    let _ = fs::remove_dir_all(&dir);
}
