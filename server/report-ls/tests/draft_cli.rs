//! The command line on a draft and last year's report: `check --previous`,
//! a folder pairing its reports, and the `targets` table in three formats.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{json, run, stdout, temp_dir};

const LAST_YEAR: &str = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n全县地区生产总值增长5.1%。\n二、2030年工作安排\n今年的主要预期目标是：地区生产总值增长6%以上，社会消费品零售总额增长8%左右。\n";
const DRAFT: &str = "2031年青溪县政府工作报告（征求意见稿）\n各位代表：\n一、2030年工作回顾\n全面完成全年目标任务。全年地区生产总值增长5.2%，社会消费品零售总额增长8.1%。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右，社会消费品零售总额增长7%。\n";

fn folder(name: &str) -> (PathBuf, PathBuf, PathBuf) {
    let dir = temp_dir(name);
    let last = dir.join("2030年青溪县政府工作报告.txt");
    let draft = dir.join("2031年青溪县政府工作报告（征求意见稿）.txt");
    fs::write(&last, LAST_YEAR).expect("write");
    fs::write(&draft, DRAFT).expect("write");
    (dir, last, draft)
}

fn codes(value: &serde_json::Value, file: usize) -> Vec<String> {
    value["files"][file]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn a_folder_pairs_its_reports_by_government_and_year() {
    let (dir, _, _) = folder("draft-folder");
    let output = run(&["check", "--format", "json", dir.to_str().expect("path")]);
    let value = json(&output);
    // Sorted by name: last year's report first, then the draft.
    assert!(codes(&value, 0).is_empty(), "{value}");
    assert_eq!(
        codes(&value, 1),
        vec!["target-claim", "target-review", "target-review"]
    );
    let claim = &value["files"][1]["diagnostics"][0];
    assert_eq!(claim["severity"], "warning");
    assert_eq!(
        claim["message"],
        "称全年目标全部完成，但上年报告的目标中 地区生产总值 未完成"
    );
    assert_eq!(claim["related"][0]["range"]["start"]["line"], 4);
}

#[test]
fn previous_names_last_years_report_which_is_not_itself_checked() {
    let (_, last, draft) = folder("draft-previous");
    // Without --previous, a draft checked alone has nothing to compare with.
    let alone = json(&run(&[
        "check",
        "--format",
        "json",
        draft.to_str().expect("path"),
    ]));
    assert!(codes(&alone, 0).is_empty(), "{alone}");
    let output = run(&[
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        draft.to_str().expect("path"),
        "--previous",
        last.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "a warning is not an error");
    let value = json(&output);
    assert_eq!(value["files"].as_array().map(Vec::len), Some(1), "{value}");
    assert_eq!(
        value["files"][0]["diagnostics"][1]["message"],
        "地区生产总值 (2030): target 6%以上, result 5.2%, missed"
    );
}

#[test]
fn targets_table_in_three_formats() {
    let (_, _, draft) = folder("draft-targets");
    let path = draft.to_str().expect("path");
    let human = stdout(&run(&["targets", path]));
    let lines: Vec<&str> = human.lines().collect();
    assert!(lines[0].starts_with("上年报告："), "{human}");
    assert_eq!(
        lines[2].split_whitespace().collect::<Vec<_>>(),
        vec!["指标", "上年目标", "上年实际", "完成情况", "今年目标"]
    );
    assert_eq!(
        lines[3].split_whitespace().collect::<Vec<_>>(),
        vec!["地区生产总值", "6%以上", "5.2%", "✗", "未完成", "5.5%左右"]
    );

    let csv = stdout(&run(&["targets", path, "--format", "csv"]));
    assert_eq!(
        csv,
        "indicator,last_target,last_result,outcome,this_target\n\
         地区生产总值,6%以上,5.2%,missed,5.5%左右\n\
         社会消费品零售总额,8%左右,8.1%,met,7%\n"
    );

    let value = json(&run(&["targets", path, "--format", "json"]));
    assert_eq!(value["year"], 2030);
    assert_eq!(value["rows"][1]["outcome"], "met");
    assert!(
        value["previous"]
            .as_str()
            .is_some_and(|p| p.ends_with("2030年青溪县政府工作报告.txt")),
        "{value}"
    );
}

#[test]
fn targets_of_a_missing_draft_is_an_error() {
    let output = run(&["targets", "/nonexistent/2031年青溪县.txt"]);
    assert_eq!(output.status.code(), Some(2));
}
