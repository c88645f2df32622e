//! Tier 2: the command line on the example and on hostile input: golden
//! output, exit codes, encodings, errors that lose nothing.

mod common;

use std::fs;

use common::{json, root, run, run_stdin, stdout, temp_dir};

const SMALL_REPORT: &str =
    "2031年示例县政府工作报告\n各位代表：\n推进“甲乙工程”①建设。\n注释\n1.“甲乙工程”：甲和乙。\n";

#[test]
fn check_examples_human() {
    let examples = root().join("examples");
    let output = run(&["check", examples.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1), "errors exit with 1");
    let text = stdout(&output).replace(examples.to_str().expect("path"), "examples");
    insta::assert_snapshot!("examples-human-zh", text);
}

#[test]
fn check_examples_json_en() {
    let examples = root().join("examples");
    let output = run(&[
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        examples.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output).replace(examples.to_str().expect("path"), "examples");
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let codes: Vec<&str> = value["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(
        codes,
        vec![
            "part-exceeds-whole",
            "term-undefined",
            "count-mismatch",
            "rate-out-of-range",
            "stale-year",
            "note-missing",
            "unpaired-quote",
            "note-numbering",
            "note-unused",
        ]
    );
    insta::assert_json_snapshot!("examples-json-en", value);
}

#[test]
fn json_locations_count_unicode_scalar_values() {
    // 𠮷 is one scalar value (two UTF-16 units, four bytes).
    let text = "2031年示例县政府工作报告\n𠮷推进“网格”［9］建设。\n";
    let output = run_stdin(&["check", "--format", "json", "-"], text.as_bytes());
    let value = json(&output);
    let d = &value["files"][0]["diagnostics"][0];
    assert_eq!(d["code"], "notes-section-missing");
    assert_eq!(
        d["range"]["start"],
        serde_json::json!({"line": 2, "column": 8})
    );
    assert_eq!(
        d["range"]["end"],
        serde_json::json!({"line": 2, "column": 11})
    );
    let start = text.find('［').expect("marker");
    assert_eq!(
        d["byte_range"],
        serde_json::json!([start, start + "［9］".len()])
    );
    assert_eq!(value["files"][0]["path"], "<stdin>");
}

#[test]
fn exit_codes() {
    let dir = temp_dir("exit-codes");
    let clean = dir.join("clean.txt");
    fs::write(&clean, SMALL_REPORT).expect("write");
    assert_eq!(
        run(&["check", clean.to_str().expect("p")]).status.code(),
        Some(0)
    );

    let warning = dir.join("warning.txt");
    fs::write(&warning, format!("{SMALL_REPORT}2.“丙丁”：未用。\n")).expect("write");
    assert_eq!(
        run(&["check", warning.to_str().expect("p")]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--deny", "warnings", warning.to_str().expect("p")])
            .status
            .code(),
        Some(1)
    );

    assert_eq!(
        run(&["check"]).status.code(),
        Some(2),
        "no path is a usage error"
    );
    assert_eq!(
        run(&["check", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
    let missing = dir.join("missing.txt");
    let output = run(&[
        "check",
        missing.to_str().expect("p"),
        clean.to_str().expect("p"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("missing.txt"));
    assert!(
        stdout(&output).contains("1 个文件"),
        "the readable file is still checked"
    );
}

#[test]
fn a_folder_with_bad_files_still_checks_the_good_ones() {
    let dir = temp_dir("bad-files");
    fs::write(
        dir.join("a-good.txt"),
        "2031年示例县政府工作报告\n推进“网格”［9］建设。\n",
    )
    .expect("write");
    fs::write(dir.join("binary.txt"), b"\x00\x01\x02PK\x03\x04").expect("write");
    fs::write(dir.join("garbage.txt"), b"report \xff\xfe\xfd\x81").expect("write");
    fs::write(dir.join("ignored.bin"), b"\x00").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("dangling.txt")).expect("symlink");

    let output = run(&[
        "check",
        "--lang",
        "en",
        "--format",
        "json",
        dir.to_str().expect("p"),
    ]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "unreadable files make exit code 2"
    );
    let value = json(&output);
    let files = value["files"].as_array().expect("files");
    let good = files
        .iter()
        .find(|f| {
            f["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("a-good.txt"))
        })
        .expect("the good file is listed");
    assert_eq!(good["diagnostics"][0]["code"], "notes-section-missing");
    for bad in ["binary.txt", "garbage.txt"] {
        let f = files
            .iter()
            .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with(bad)))
            .unwrap_or_else(|| panic!("{bad} is listed"));
        assert!(f["error"].is_string(), "{bad}: {f}");
    }
    let binary = files.iter().find(|f| {
        f["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("binary.txt"))
    });
    assert!(binary.is_some_and(|f| f["error"].as_str().is_some_and(|e| e.contains("binary"))));
    assert!(
        !files
            .iter()
            .any(|f| f["path"].as_str().is_some_and(|p| p.ends_with(".bin")))
    );
    #[cfg(unix)]
    assert!(
        value["summary"]["unreadable"].as_u64() >= Some(3),
        "{}",
        value["summary"]
    );
}

#[test]
fn hostile_input_does_not_panic() {
    let long_line = format!(
        "2031年示例县政府工作报告\n{}“甲”［1］\n",
        "很长".repeat(5_000_000 / 2)
    );
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        (
            "no structure",
            "今天天气很好，我们去公园散步。“引号”［3］①"
                .as_bytes()
                .to_vec(),
        ),
        ("ten megabyte line", long_line.into_bytes()),
        ("nul bytes", b"2031\x00\xe5\xb9\xb4".to_vec()),
        ("invalid utf-8", b"\xc3\x28\xa0\xa1\xe2\x28\xa1".to_vec()),
        (
            "lone surrogate utf-16",
            b"\xff\xfe\x00\xd8\x41\x00".to_vec(),
        ),
        ("only markers", "［1］［2］①②③⑩¹²[^3]".as_bytes().to_vec()),
        (
            "crlf and cr",
            "政府工作报告\r\n注释\r1.甲：乙\r\n".as_bytes().to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let output = run_stdin(&["check", "--format", "json", "-"], &bytes);
        let code = output.status.code();
        assert!(matches!(code, Some(0..=2)), "{name}: exit {code:?}");
        let value = json(&output);
        if name == "no structure" || name == "empty" {
            assert_eq!(
                value["files"][0]["diagnostics"],
                serde_json::json!([]),
                "{name}"
            );
            assert_eq!(code, Some(0), "{name}");
        }
        if name == "ten megabyte line" {
            assert_eq!(
                value["files"][0]["diagnostics"][0]["code"],
                "notes-section-missing"
            );
        }
        if matches!(name, "nul bytes" | "lone surrogate utf-16") {
            assert_eq!(code, Some(2), "{name}");
            assert!(value["files"][0]["error"].is_string(), "{name}");
        }
    }
}

#[test]
fn encodings_are_detected() {
    let dir = temp_dir("encodings");
    let (gbk, _, _) = encoding_rs::GBK.encode(SMALL_REPORT);
    fs::write(dir.join("gbk.txt"), &gbk).expect("write");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(SMALL_REPORT.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(dir.join("utf16.txt"), &utf16).expect("write");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(SMALL_REPORT.as_bytes());
    fs::write(dir.join("bom.txt"), &bom).expect("write");
    let output = run(&["check", "--format", "json", dir.to_str().expect("p")]);
    assert_eq!(output.status.code(), Some(0));
    let value = json(&output);
    let encodings: Vec<&str> = value["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["encoding"].as_str())
        .collect();
    assert_eq!(encodings, vec!["utf-8-bom", "gb18030", "utf-16le"]);
}

#[test]
fn config_is_found_and_a_bad_one_is_reported() {
    let dir = temp_dir("config");
    let report = dir.join("sub/report.txt");
    fs::create_dir_all(report.parent().expect("parent")).expect("mkdir");
    fs::write(
        &report,
        "2031年示例县政府工作报告\n推进“三河一湖”建设，“七个一”机制。\n",
    )
    .expect("write");
    let path = report.to_str().expect("p");
    let codes = |output: &std::process::Output| -> Vec<String> {
        json(output)["files"][0]["diagnostics"]
            .as_array()
            .expect("d")
            .iter()
            .map(|d| {
                format!(
                    "{}:{}",
                    d["code"].as_str().unwrap_or(""),
                    d["severity"].as_str().unwrap_or("")
                )
            })
            .collect()
    };
    assert_eq!(
        codes(&run(&["check", "--format", "json", path])),
        vec!["term-undefined:hint", "term-undefined:hint"]
    );
    fs::write(
        dir.join(".report-ls.toml"),
        "[rules]\nterm-undefined = \"warning\"\n[glossary]\n\"三河一湖\" = \"三条河和一个湖。\"\n",
    )
    .expect("write");
    assert_eq!(
        codes(&run(&["check", "--format", "json", path])),
        vec!["term-undefined:warning"]
    );

    fs::write(
        dir.join(".report-ls.toml"),
        "[rules]\nnot-a-rule = \"off\"\n",
    )
    .expect("write");
    let output = run(&["check", path]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not-a-rule"));
    assert_eq!(
        stdout(&output),
        "",
        "nothing is checked with defaults instead"
    );
}

#[test]
fn explain_every_rule_and_unknown_ones() {
    let output = run(&["explain"]);
    assert!(output.status.success());
    let list = stdout(&output);
    for code in [
        "note-missing",
        "term-undefined",
        "count-mismatch",
        "stale-year",
    ] {
        assert!(list.contains(code), "{code}");
    }
    let output = run(&["explain", "note-unused", "--lang", "en"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("note-unused"), "{text}");
    assert!(text.contains("note-unused = \"off\""), "{text}");
    assert_eq!(run(&["explain", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn inspect_shows_the_model() {
    let example = root().join("examples/2031年云溪县政府工作报告.txt");
    let output = run(&["inspect", "--format", "json", example.to_str().expect("p")]);
    assert!(output.status.success());
    let model = json(&output);
    assert_eq!(model["year"], 2031);
    assert_eq!(model["region"], "云溪县");
    let notes: Vec<u64> = model["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter_map(|n| n["number"].as_u64())
        .collect();
    assert_eq!(notes, vec![1, 2, 3, 4, 6, 7]);
    let styles: Vec<&str> = model["markers"]
        .as_array()
        .expect("markers")
        .iter()
        .filter_map(|m| m["style"].as_str())
        .collect();
    assert_eq!(
        styles,
        vec![
            "circled",
            "fullwidth-bracket",
            "fullwidth-bracket",
            "fullwidth-bracket"
        ]
    );
    let glossary: Vec<&str> = model["terms"]
        .as_array()
        .expect("terms")
        .iter()
        .filter(|t| t["source"] == "glossary")
        .filter_map(|t| t["term"].as_str())
        .collect();
    assert_eq!(glossary, vec!["一园三区", "双百"]);
    let human = stdout(&run(&[
        "inspect",
        "--lang",
        "en",
        example.to_str().expect("p"),
    ]));
    assert!(human.contains("notes: 6"), "{human}");
    // Chinese without --lang or LANG.
    let human = stdout(&run(&["inspect", example.to_str().expect("p")]));
    assert!(
        human.contains("注释：6") && human.contains("结构：") && !human.contains("notes:"),
        "{human}"
    );
}
