//! Tier 2: one configuration everywhere, from the command line. A broken
//! `.report-ls.toml` stops the run (exit 2) with its line, the key and the
//! key it meant; `[files]` chooses what a folder walk checks; `explain`
//! suggests codes; errors follow --lang, then the configuration, then LANG.

mod common;

use std::fs;
use std::process::Output;

use common::{command, json, run, stdout, temp_dir};

const REPORT: &str = "2031年示例县政府工作报告\n各位代表：\n推进“两网融合”①建设。\n注释\n1.“两网融合”：城乡供水网和排水网。\n";

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn checked_paths(output: &Output) -> Vec<String> {
    let value = json(output);
    let mut paths: Vec<String> = value["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
        .collect();
    paths.sort();
    paths
}

#[test]
fn a_broken_configuration_stops_the_run_with_its_line_and_what_was_meant() {
    let dir = temp_dir("cli-broken-config");
    fs::write(dir.join("r.txt"), REPORT).expect("write");
    let folder = dir.to_str().expect("utf-8");
    let config = dir.join(".report-ls.toml");

    // An unknown key, at the top level and in a table.
    fs::write(&config, "locale = \"en\"\nlcoale = \"zh\"\n").expect("write");
    let output = run(&["check", "--lang", "en", folder]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "", "nothing checked");
    let text = stderr(&output);
    assert!(text.contains(".report-ls.toml:2:1"), "{text}");
    assert!(text.contains("unknown key `lcoale`"), "{text}");
    assert!(text.contains("did you mean `locale`?"), "{text}");

    fs::write(&config, "[files]\nexclud = [\"old/**\"]\n").expect("write");
    let output = run(&["check", folder]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(text.contains(".report-ls.toml:2:1"), "{text}");
    assert!(
        text.contains("[files] 中没有 `exclud` 这个键") && text.contains("是不是 `exclude`"),
        "in Chinese without --lang or LANG: {text}"
    );

    // An unknown rule code.
    fs::write(&config, "[rules]\nnote-unsued = \"off\"\n").expect("write");
    let output = run(&["check", "--lang", "en", "--format", "json", folder]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "", "no JSON made with defaults");
    let text = stderr(&output);
    assert!(text.contains(".report-ls.toml:2:1"), "{text}");
    assert!(text.contains("did you mean `note-unused`?"), "{text}");

    // Bad TOML, and a bad glob: the line, the parser's words.
    fs::write(&config, "locale = \"en\"\n[rules\n").expect("write");
    let output = run(&["check", "--lang", "en", folder]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(".report-ls.toml:2:"),
        "{}",
        stderr(&output)
    );
    fs::write(&config, "[files]\ninclude = [\"drafts/[\"]\n").expect("write");
    let output = run(&["check", "--lang", "en", folder]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains(".report-ls.toml:2:") && text.contains("glob"),
        "{text}"
    );

    // `inspect` and `targets` stop as well, and --config names one.
    fs::write(&config, "[rulez]\n").expect("write");
    let file = dir.join("r.txt");
    let file = file.to_str().expect("utf-8");
    assert_eq!(run(&["inspect", file]).status.code(), Some(2));
    assert_eq!(run(&["targets", file]).status.code(), Some(2));
    let good = dir.join("good.toml");
    fs::write(&good, "locale = \"en\"\n").expect("write");
    let output = run(&["check", "--config", good.to_str().expect("utf-8"), file]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("checked 1 file"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_folder_walk_takes_what_files_include_and_not_what_it_excludes() {
    let dir = temp_dir("cli-files-globs");
    fs::create_dir_all(dir.join("drafts")).expect("mkdir");
    fs::create_dir_all(dir.join("old")).expect("mkdir");
    for name in ["a.txt", "drafts/b.txt", "drafts/c.report", "old/d.txt"] {
        fs::write(dir.join(name), REPORT).expect("write");
    }
    let folder = dir.to_str().expect("utf-8");
    let config = dir.join(".report-ls.toml");
    let check = || run(&["check", "--format", "json", folder]);

    assert_eq!(checked_paths(&check()), vec!["a.txt", "b.txt", "d.txt"]);
    fs::write(&config, "[files]\nexclude = [\"old/**\"]\n").expect("write");
    assert_eq!(checked_paths(&check()), vec!["a.txt", "b.txt"]);
    fs::write(&config, "[files]\ninclude = [\"drafts/*\"]\n").expect("write");
    assert_eq!(checked_paths(&check()), vec!["b.txt", "c.report"]);
    fs::write(
        &config,
        "[files]\ninclude = [\"drafts/*\"]\nexclude = [\"*.report\"]\n",
    )
    .expect("write");
    assert_eq!(checked_paths(&check()), vec!["b.txt"]);

    // Nothing left to check is an error, not a pass.
    fs::write(&config, "[files]\ninclude = [\"none/**\"]\n").expect("write");
    let output = run(&["check", "--lang", "en", folder]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("none that [files] includes"),
        "{}",
        stderr(&output)
    );

    // A file named on the command line is checked whatever the globs say.
    let named = dir.join("old/d.txt");
    let output = run(&["check", "--format", "json", named.to_str().expect("utf-8")]);
    assert_eq!(checked_paths(&output), vec!["d.txt"]);
}

#[test]
fn explain_suggests_codes_for_a_part_or_a_typo() {
    let output = run(&["explain", "note", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(0));
    let list = stdout(&output);
    for code in ["note-missing", "note-unused", "note-numbering"] {
        assert!(list.contains(code), "{code}: {list}");
    }
    assert!(!list.contains("notes-section-missing"), "{list}");
    assert!(!list.contains("term-undefined"), "{list}");

    let list = stdout(&run(&["explain", "quote", "--lang", "en"]));
    assert!(list.starts_with("unpaired-quote"), "{list}");

    let output = run(&["explain", "note-unsued", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("did you mean `note-unused`?"),
        "{}",
        stderr(&output)
    );
    let output = run(&["explain", "zzzz"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("没有名为 `zzzz` 的规则"),
        "{}",
        stderr(&output)
    );

    let output = run(&["check", "--select", "marker-ordr", "-"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("marker-order"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn errors_follow_lang_then_the_configuration_then_the_environment() {
    let dir = temp_dir("cli-error-language");
    let missing = dir.join("missing.txt");
    let missing = missing.to_str().expect("utf-8");
    let zh = run(&["check", missing]);
    assert_eq!(zh.status.code(), Some(2));
    assert!(
        stderr(&zh).contains("文件或文件夹不存在"),
        "{}",
        stderr(&zh)
    );
    let en = run(&["check", "--lang", "en", missing]);
    assert!(stderr(&en).contains("No such file"), "{}", stderr(&en));
    let env = command()
        .env("LANG", "en_US.UTF-8")
        .args(["check", missing])
        .output()
        .expect("runs");
    assert!(stderr(&env).contains("No such file"), "{}", stderr(&env));

    // The configuration beside a file that cannot be read says English.
    fs::write(dir.join(".report-ls.toml"), "locale = \"en\"\n").expect("write");
    fs::write(dir.join("binary.txt"), b"\x00\x01\x02").expect("write");
    let output = command()
        .env("LANG", "zh_CN.UTF-8")
        .args(["check", dir.join("binary.txt").to_str().expect("utf-8")])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("binary file"),
        "{}",
        stderr(&output)
    );

    // An empty folder, in Chinese by default.
    let empty = dir.join("empty");
    fs::create_dir_all(&empty).expect("mkdir");
    let output = run(&["check", empty.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("没有 .txt"), "{}", stderr(&output));
}

/// A line of output has Han characters: words of the Chinese messages, not
/// only a path or a value quoted in them.
fn chinese(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn toml_and_baseline_errors_read_in_the_language_asked_for() {
    let dir = temp_dir("cli-error-words");
    fs::write(dir.join("r.txt"), REPORT).expect("write");
    let folder = dir.to_str().expect("utf-8");
    let config = dir.join(".report-ls.toml");
    // The TOML reader's own errors: syntax, a wrong type, a wrong value,
    // a repeated key, a bad glob.
    let cases: [(&str, &str, &str); 5] = [
        (
            "[rules\n",
            "表头没有结束，此处应为 `]`",
            "unclosed table, expected `]`",
        ),
        (
            "[files]\nmax-size-mb = \"big\"\n",
            "类型不对：写的是字符串 \"big\"，应当是非负整数",
            "invalid type: string \"big\", expected u64",
        ),
        (
            "[rules]\nnote-unused = \"loud\"\n",
            "`loud` 不是可用的值；可用的值：`error`、`warning`、`info`、`hint`、`off`",
            "unknown variant `loud`",
        ),
        ("debounce = 1\ndebounce = 2\n", "键重复", "duplicate key"),
        (
            "[files]\ninclude = [\"[a\"]\n",
            "[files] 中的通配符 `[a` 无效：字符类 `[` 没有对应的 `]`",
            "invalid glob `[a`",
        ),
    ];
    for (toml, zh, en) in cases {
        fs::write(&config, toml).expect("write");
        let output = run(&["check", "--lang", "zh", folder]);
        assert_eq!(output.status.code(), Some(2), "{toml}");
        let text = stderr(&output);
        assert!(text.contains(zh), "{toml}: {text}");
        assert!(!text.contains(en), "{toml}: {text}");
        let output = run(&["check", "--lang", "en", folder]);
        assert_eq!(output.status.code(), Some(2), "{toml}");
        let text = stderr(&output);
        assert!(text.contains(en) && !chinese(&text), "{toml}: {text}");
    }
    fs::remove_file(&config).expect("remove");

    // Baselines that cannot be used: not JSON, cut short, of the wrong
    // shape, of another version, missing; and one that cannot be written.
    let baselines = dir.join("baselines");
    fs::create_dir_all(&baselines).expect("mkdir");
    let cases: [(&str, &str, &str); 5] = [
        (
            "not json",
            "不是有效的 JSON（第 1 行第 2 列）",
            "expected ident",
        ),
        (
            "{\"version\": 1, \"findings\": [",
            "JSON 不完整",
            "EOF while parsing",
        ),
        (
            "{\"version\": 1, \"findings\": [{\"path\": 3}]}",
            "类型不对：写的是整数 3，应当是字符串",
            "invalid type: integer `3`",
        ),
        (
            "{\"version\": 9, \"findings\": []}",
            "基线文件格式版本 9 不受支持",
            "unsupported baseline version 9",
        ),
        ("", "", ""),
    ];
    for (i, (json, zh, en)) in cases.into_iter().enumerate() {
        let path = baselines.join(format!("{i}.json"));
        let (zh, en) = if json.is_empty() {
            ("文件或文件夹不存在", "No such file")
        } else {
            fs::write(&path, json).expect("write");
            (zh, en)
        };
        let path = path.to_str().expect("utf-8");
        let output = run(&["check", "--lang", "zh", "--baseline", path, folder]);
        assert_eq!(output.status.code(), Some(2), "{json}");
        let text = stderr(&output);
        assert!(
            text.contains("无法读取基线") && text.contains(zh),
            "{json}: {text}"
        );
        let output = run(&["check", "--lang", "en", "--baseline", path, folder]);
        let text = stderr(&output);
        assert!(
            text.contains("cannot read the baseline") && text.contains(en) && !chinese(&text),
            "{json}: {text}"
        );
    }
    let nowhere = dir.join("no-such-folder").join("b.json");
    let nowhere = nowhere.to_str().expect("utf-8");
    let output = run(&["check", "--lang", "zh", "--write-baseline", nowhere, folder]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains("无法写入") && text.contains("文件或文件夹不存在"),
        "{text}"
    );
}

#[test]
fn usage_errors_read_in_the_language_asked_for() {
    let zh = run(&["check", "--lang", "zh", "--bogus", "x.txt"]);
    assert_eq!(zh.status.code(), Some(2));
    let text = stderr(&zh);
    assert!(
        text.contains("错误：不认识的参数 `--bogus`") && text.contains("report-ls check --help"),
        "{text}"
    );
    let zh = run(&["check", "--format", "xml", "x.txt"]);
    assert_eq!(zh.status.code(), Some(2));
    let text = stderr(&zh);
    assert!(
        text.contains("`xml` 不是 `--format <FORMAT>` 可用的值") && text.contains("`sarif`"),
        "in Chinese without --lang or LANG: {text}"
    );
    let zh = run(&["chek", "x.txt"]);
    assert!(stderr(&zh).contains("是不是 `check`"), "{}", stderr(&zh));
    let en = run(&["check", "--lang", "en", "--bogus", "x.txt"]);
    assert_eq!(en.status.code(), Some(2));
    let text = stderr(&en);
    assert!(
        text.contains("unexpected argument '--bogus'") && !chinese(&text),
        "{text}"
    );
    let env = command()
        .env("LANG", "en_US.UTF-8")
        .args(["check", "--min-severity", "loud", "x.txt"])
        .output()
        .expect("runs");
    assert!(!chinese(&stderr(&env)), "{}", stderr(&env));
}

/// The language server links each diagnostic to its rule's section of
/// docs/rules.md: every code has one, with `explain`'s text.
#[test]
fn docs_rules_has_a_section_per_code_with_its_explanation() {
    let doc = fs::read_to_string(common::root().join("docs/rules.md")).expect("docs/rules.md");
    let list = stdout(&run(&["explain", "--lang", "en"]));
    let codes: Vec<&str> = list
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| c.contains('-') && c.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'))
        .collect();
    assert!(codes.len() > 20, "{list}");
    for code in codes {
        let explained = stdout(&run(&["explain", code, "--lang", "en"]));
        let section = format!("## {code}\n\n```text\n{explained}```\n");
        assert!(
            doc.contains(&section),
            "docs/rules.md: section of {code} missing or stale"
        );
    }
}
