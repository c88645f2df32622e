//! `check` as CI runs it: the GitHub, SARIF and reviewdog formats, the
//! flags that choose what is reported, the baseline, colour, and saying
//! what was not checked.

mod common;

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use common::{binary, json, root, run, run_stdin, stdout, temp_dir};

/// A report whose only finding is a warning (an unpaired quote).
const ONE_WARNING: &str =
    "2031年示例县政府工作报告\n各位代表：\n推进“甲乙工程①建设。\n注释\n1.“甲乙工程”：甲和乙。\n";

fn example() -> String {
    root()
        .join("examples/2031年云溪县政府工作报告.txt")
        .to_str()
        .expect("path")
        .to_string()
}

fn codes(value: &serde_json::Value) -> Vec<String> {
    value["files"]
        .as_array()
        .expect("files")
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().cloned().unwrap_or_default())
        .filter_map(|d| d["code"].as_str().map(String::from))
        .collect()
}

#[test]
fn sarif_is_valid_against_the_published_schema() {
    let output = run(&["check", "--format", "sarif", "--lang", "en", &example()]);
    assert_eq!(output.status.code(), Some(1), "errors still exit with 1");
    let sarif = json(&output);
    let schema_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/schemas/sarif-schema-2.1.0.json"
    );
    let published = fs::read_to_string(schema_path).expect("schema");
    // The published schema's `language` patterns end in a bare `]`, which
    // only ECMAScript's legacy grammar accepts; the validator's regex engine
    // rejects the whole schema for it. Escape it (we never write `language`).
    let bare = "[a-zA-Z]{2}]?$";
    assert_eq!(published.matches(bare).count(), 2);
    let schema: serde_json::Value =
        serde_json::from_str(&published.replace(bare, r"[a-zA-Z]{2}\\]?$")).expect("schema json");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken), "the validator does check");

    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().expect("rules");
    let note_missing = rules
        .iter()
        .find(|r| r["id"] == "note-missing")
        .expect("rule");
    assert!(
        note_missing["help"]["text"]
            .as_str()
            .expect("help")
            .contains("[rules]"),
        "help is the explain text"
    );
    let results = run0["results"].as_array().expect("results");
    let findings = codes(&json(&run(&["check", "--format", "json", &example()])));
    assert_eq!(results.len(), findings.len());
    let marker = results
        .iter()
        .find(|r| r["ruleId"] == "note-missing")
        .expect("result");
    assert_eq!(marker["level"], "error");
    let region = &marker["locations"][0]["physicalLocation"]["region"];
    // The same line and column as the human output: 29:20, three characters.
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(29), Some(20))
    );
    assert_eq!(region["endColumn"].as_u64(), Some(23));
    let rule_index = marker["ruleIndex"].as_u64().expect("index") as usize;
    assert_eq!(rules[rule_index]["id"], "note-missing");
    let uri = marker["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .expect("uri");
    assert!(uri.ends_with("/2031%E5%B9%B4%E4%BA%91%E6%BA%AA%E5%8E%BF%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A.txt"), "{uri}");
}

#[test]
fn github_workflow_commands() {
    let output = run(&["check", "--format", "github", "--lang", "en", &example()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output).replace(&example(), "report.txt");
    let lines: Vec<&str> = text.lines().collect();
    let findings = codes(&json(&run(&["check", "--format", "json", &example()])));
    assert_eq!(lines.len(), findings.len());
    assert!(lines.contains(
        &"::error file=report.txt,line=29,col=20,endLine=29,endColumn=23,title=report-ls note-missing::marker 5 points at note 5, which the notes section does not have"
    ), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("::warning file=report.txt,"))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("::notice file=report.txt,")),
        "hints are notices"
    );
}

#[test]
fn rdjson_counts_columns_in_bytes() {
    let text = "2031年示例县政府工作报告\n𠮷推进“网格”［9］建设。\n";
    let output = run_stdin(&["check", "--format", "rdjson", "-"], text.as_bytes());
    let value = json(&output);
    assert_eq!(value["source"]["name"], "report-ls");
    let d = &value["diagnostics"][0];
    assert_eq!(d["code"]["value"], "notes-section-missing");
    assert_eq!(d["severity"], "ERROR");
    assert_eq!(d["location"]["path"], "<stdin>");
    let line = "𠮷推进“网格”［9］建设。";
    let start = line.find('［').expect("marker") + 1;
    assert_eq!(
        d["location"]["range"]["start"],
        serde_json::json!({"line": 2, "column": start})
    );
    assert_eq!(
        d["location"]["range"]["end"],
        serde_json::json!({"line": 2, "column": start + "［9］".len()})
    );
}

#[test]
fn select_ignore_and_min_severity() {
    let all = codes(&json(&run(&["check", "--format", "json", &example()])));
    let select = codes(&json(&run(&[
        "check",
        "--format",
        "json",
        "--select",
        "note",
        &example(),
    ])));
    assert!(
        !select.is_empty() && select.iter().all(|c| c.starts_with("note-")),
        "{select:?}"
    );
    assert_eq!(
        select.len(),
        all.iter().filter(|c| c.starts_with("note-")).count()
    );

    let output = run(&[
        "check",
        "--format",
        "json",
        "--ignore",
        "term-undefined,note-unused",
        &example(),
    ]);
    let ignored = codes(&json(&output));
    assert_eq!(ignored.len(), all.len() - 2);
    assert!(
        !ignored
            .iter()
            .any(|c| c == "term-undefined" || c == "note-unused")
    );

    let errors = codes(&json(&run(&[
        "check",
        "--format",
        "json",
        "--min-severity",
        "error",
        &example(),
    ])));
    assert_eq!(errors, vec!["part-exceeds-whole", "note-missing"]);

    let output = run(&["check", "--select", "note-mising", &example()]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a typo is an error, not an empty selection"
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("note-mising"));
}

#[test]
fn max_warnings_and_statistics() {
    let fails = run_stdin(
        &["check", "--max-warnings", "0", "-"],
        ONE_WARNING.as_bytes(),
    );
    assert_eq!(fails.status.code(), Some(1), "{}", stdout(&fails));
    let passes = run_stdin(
        &["check", "--max-warnings", "1", "-"],
        ONE_WARNING.as_bytes(),
    );
    assert_eq!(passes.status.code(), Some(0));

    let output = run(&["check", "--statistics", "--lang", "en", &example()]);
    let text = stdout(&output);
    assert!(!text.contains("-->"), "counts, not findings: {text}");
    assert!(text.contains("     1  note-missing"), "{text}");
    let value = json(&run(&[
        "check",
        "--statistics",
        "--format",
        "json",
        &example(),
    ]));
    assert_eq!(value["statistics"]["note-missing"], 1);
    let sarif = run(&["check", "--statistics", "--format", "sarif", &example()]);
    assert_eq!(sarif.status.code(), Some(2));
}

#[test]
fn quiet_and_output_file() {
    let quiet = stdout(&run(&["check", "--quiet", &example()]));
    assert!(
        quiet.contains("note-missing") && !quiet.contains("检查了"),
        "{quiet}"
    );
    let clean = run_stdin(&["check", "--quiet", "-"], "没有什么可说的。\n".as_bytes());
    assert_eq!(
        stdout(&clean),
        "",
        "quiet says nothing about a clean or skipped file"
    );

    let dir = temp_dir("output-file");
    let file = dir.join("out.sarif");
    let output = run(&[
        "check",
        "--format",
        "sarif",
        "--output-file",
        file.to_str().expect("path"),
        &example(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let written: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).expect("written")).expect("json");
    assert_eq!(written["version"], "2.1.0");
}

#[test]
fn stdin_filename_names_the_input_and_finds_its_configuration() {
    let dir = temp_dir("stdin-filename");
    fs::write(
        dir.join(".report-ls.toml"),
        "locale = \"en\"\n[rules]\nunpaired-quote = \"error\"\n",
    )
    .expect("config");
    let name = dir.join("draft.txt");
    let output = run_stdin(
        &[
            "check",
            "--format",
            "json",
            "--stdin-filename",
            name.to_str().expect("path"),
            "-",
        ],
        ONE_WARNING.as_bytes(),
    );
    let value = json(&output);
    assert_eq!(value["files"][0]["path"], name.to_str().expect("path"));
    let d = &value["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "unpaired-quote");
    assert_eq!(
        d["severity"], "error",
        "the configuration beside the named file applies"
    );
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let always = stdout(&run(&["check", "--color", "always", &example()]));
    assert!(
        always.contains("\x1b[1;31m错误[note-missing]\x1b[0m"),
        "{always}"
    );
    let never = stdout(&run(&["check", "--color", "never", &example()]));
    assert!(!never.contains('\x1b'));
    // A pipe is not a terminal: auto stays plain.
    let auto = stdout(&run(&["check", &example()]));
    assert!(!auto.contains('\x1b'));
    let no_color = Command::new(binary())
        .args(["check", "--color", "always", &example()])
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .output()
        .expect("runs");
    assert!(
        stdout(&no_color).contains('\x1b'),
        "an explicit --color always wins over NO_COLOR"
    );
}

#[test]
fn baseline_reports_only_new_findings_and_survives_edits() {
    let dir = temp_dir("baseline");
    let report = dir.join("report.txt");
    let original = fs::read_to_string(example()).expect("example");
    fs::write(&report, &original).expect("copy");
    let baseline = dir.join("baseline.json");
    let report_arg = report.to_str().expect("path");
    let written = run(&[
        "check",
        "--write-baseline",
        baseline.to_str().expect("path"),
        report_arg,
    ]);
    assert_eq!(
        written.status.code(),
        Some(0),
        "writing a baseline accepts the findings"
    );
    let recorded: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&baseline).expect("baseline")).expect("json");
    assert!(
        recorded["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["code"] == "note-missing" && f["text"] == "［5］")
    );

    // Lines added above every finding: nothing is new.
    let edited = original.replacen("各位代表：", "各位代表：\n\n（这是新加的一段话。）\n", 1);
    assert_ne!(edited, original);
    fs::write(&report, &edited).expect("edit");
    let base = baseline.to_str().expect("path");
    let output = run(&["check", "--format", "json", "--baseline", base, report_arg]);
    assert_eq!(output.status.code(), Some(0));
    assert!(codes(&json(&output)).is_empty());

    // A new finding is reported, alone.
    let broken = edited.replacen("（这是新加的一段话。）", "（这是新加的“一段话。）", 1);
    fs::write(&report, broken).expect("break");
    let output = run(&["check", "--format", "json", "--baseline", base, report_arg]);
    assert_eq!(codes(&json(&output)), vec!["unpaired-quote"]);

    let missing = run(&[
        "check",
        "--baseline",
        dir.join("nope.json").to_str().expect("path"),
        report_arg,
    ]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn texts_that_are_not_reports_are_said_to_be_skipped() {
    // Markers and an unpaired quote, but no title, 各位代表 or notes section.
    let chapter = "推进“网格［9］建设。\n";
    let value = json(&run_stdin(
        &["check", "--format", "json", "-"],
        chapter.as_bytes(),
    ));
    assert_eq!(value["files"][0]["skipped"], "not-a-report");
    assert_eq!(value["summary"]["skipped"], 1);
    assert!(codes(&value).is_empty());
    let human = stdout(&run_stdin(
        &["check", "--lang", "en", "-"],
        chapter.as_bytes(),
    ));
    assert!(human.contains("skipped: <stdin>: not a report"), "{human}");

    let forced = json(&run_stdin(
        &["check", "--format", "json", "--assume-report", "-"],
        chapter.as_bytes(),
    ));
    assert_eq!(forced["files"][0]["skipped"], serde_json::Value::Null);
    assert!(codes(&forced).contains(&"unpaired-quote".to_string()));
}

#[test]
fn nothing_to_check_exits_2() {
    let dir = temp_dir("empty-walk");
    fs::write(dir.join("image.png"), b"\x89PNG").expect("file");
    let empty = run(&["check", dir.to_str().expect("path")]);
    assert_eq!(
        empty.status.code(),
        Some(2),
        "a folder with no report file is not a pass"
    );
    let missing = run(&["check", dir.join("absent.txt").to_str().expect("path")]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn the_language_follows_lang_flag_then_config_then_environment() {
    let english_env = |args: &[&str]| {
        let mut child = common::command()
            .args(args)
            .env("LANG", "en_US.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(ONE_WARNING.as_bytes())
            .expect("write");
        stdout(&child.wait_with_output().expect("output"))
    };
    assert!(english_env(&["check", "-"]).contains("checked 1 file"));
    assert!(english_env(&["check", "--lang", "zh", "-"]).contains("检查了 1 个文件"));
    // The example's configuration says zh, which wins over LANG.
    let configured = common::command()
        .args(["check", &example()])
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("runs");
    assert!(stdout(&configured).contains("检查了"));
}
