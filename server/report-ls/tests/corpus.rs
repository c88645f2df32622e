//! Tier 5: every file of ../shared/corpus, with per-file expectations and a
//! snapshot of what fires, so any change in the findings shows in review.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{corpus, json, run};
use serde_json::{Value, json};

fn inspect(path: &Path) -> Value {
    let output = run(&[
        "inspect",
        "--format",
        "json",
        path.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "inspect {} failed", path.display());
    json(&output)
}

fn province(name: &str) -> std::path::PathBuf {
    corpus().join(format!("provinces-2025/2025年{name}政府工作报告.txt"))
}

#[test]
fn every_corpus_file_is_checked_and_the_findings_are_as_reviewed() {
    let root = corpus();
    let output = run(&[
        "check",
        "--format",
        "json",
        root.to_str().expect("utf-8 path"),
    ]);
    let code = output.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "check exited with {code:?}"
    );
    let report = json(&output);
    let files = report["files"].as_array().expect("files");
    assert!(files.len() >= 100, "only {} files", files.len());

    let mut snapshot = BTreeMap::new();
    for file in files {
        let path = file["path"].as_str().expect("path");
        let relative = Path::new(path)
            .strip_prefix(&root)
            .map_or(path.to_string(), |p| p.display().to_string());
        if relative.ends_with(".md") {
            continue;
        }
        assert!(
            file.get("error").is_none_or(Value::is_null),
            "{relative}: {}",
            file["error"]
        );
        let model = inspect(Path::new(path));
        let mut codes: BTreeMap<String, usize> = BTreeMap::new();
        for d in file["diagnostics"].as_array().expect("diagnostics") {
            *codes
                .entry(d["code"].as_str().expect("code").to_string())
                .or_default() += 1;
        }
        snapshot.insert(
            relative,
            json!({
                "encoding": file["encoding"],
                "notes": model["notes"].as_array().map_or(0, Vec::len),
                "markers": model["markers"].as_array().map_or(0, Vec::len),
                "diagnostics": codes,
            }),
        );
    }
    // Reviewed findings (errors and warnings) on the published texts, each
    // read in the source:
    // - notes-section-missing (10): markers and no notes section, the notes
    //   lost upstream: provinces-2025/海南 (［1］-［25］) and cities/
    //   2019_江西赣州市 (【n】), 2021_甘肃陇南市 ([n]), 2024_江西九江市 (①…
    //   glued to terms), 2015_河北保定市徐水县, 2018_河北保定市易县 (one [15]),
    //   2019_河北保定市容城县, 2020_河北保定市蠡县 (“3689” ［1］ with spaces),
    //   2023 and 2024_河北保定市顺平县.
    // - note-unused (17): the note's term is absent from the body, or the
    //   body words it otherwise (2020_山西大同市 note 9 五水同治 against the
    //   body's 五水共治; 2022_江西赣州市 三类人群 against 三类人员;
    //   2023_江西赣州市 “9条快速路” against 7条 in the body): 2020_云南临沧市
    //   15, 2020_山西大同市 9, 2020_福建莆田市 12 13 22 25, 2021_山西大同市 14,
    //   2022_云南普洱市 5, 2022_宁夏中卫市 26, 2022_江西赣州市 9,
    //   2023_云南昭通市 15, 2023_江西赣州市 27, 2024_甘肃张掖市 10 12 13,
    //   2020_湖北鄂州市 11, 2025_山东聊城市高唐县 30.
    // - unpaired-quote (17): national 1982, 1986, 2006 and provinces-2025/河南
    //   as before; in cities/ a quote really missing in the source:
    //   2023_宁夏石嘴山市 (“四风), 2023_江西南昌市 (“第二批…), 高唐 2021
    //   (“三公”经费”), 2022 and 2023 (“X’), 阜平 2021 (指出“要求…), 易县 2022
    //   ([14]“四方责任：), 高唐 2023 (六个一”), 博野 2025 (三重一大”).
    // - count-mismatch (2): 2021_河北保定市阜平县 note 24, 13所农村寄宿制学校
    //   listing twelve schools; 2020_河北保定市易县 完成梁格庄、紫荆关3座
    //   污水处理站建设, two stations named for three with no 等.
    // - slogan-count (1): 2020_海南海口市 note 2, the “1+6+13+16” 规划体系
    //   whose note writes out 1个、6个、3个重点专项规划和16项: every count as
    //   the code says but its 13, printed 3.
    // - respectively-mismatch as info only (25 places, the GBK copies
    //   included): one value after 分别 for subjects listed with 、
    //   (游客人数、旅游收入分别增长20%, national 2016/2017 排放量要分别下降2%),
    //   joined by 和 (2019_云南普洱市 地方一般公共预算收入和支出分别增长2%;
    //   2020_福建莆田市 园区亩均税收和增加值分别增长10%以上;
    //   2012_河北保定市容城县 综合能耗和二氧化碳排放量分别下降3%),
    //   named in one word (hailaer 2018 城乡居民人均可支配收入分别增长7.5%) or
    //   in the one-figure clauses before (2015_河北保定市容城县 城镇…1.9万元，
    //   农民…1.2万元，同比分别增长11%; hailaer 2012 旅游人数…370万人次，旅游
    //   收入达到38亿元，分别增长20%; hailaer 2018 新增就业6435人，…再就业
    //   1755人，分别完成目标任务的117%): "each by", or a value dropped; told
    //   as info, never a warning.
    // - growth-mismatch (2): an average rate that the printed levels over
    //   the five years the paragraph names do not give (a year either way
    //   allowed): 2021_河北保定市易县 一般公共预算收入 4.37→6.89亿元 年均增长
    //   7.56% (9.5% by the levels); 2021_河北保定市涞源县 4.24→9.21亿元 年均
    //   增长12% (16.8%).
    // - rate-out-of-range (2): 2024_江西南昌市 千兆光纤网络覆盖率超350%;
    //   2024_江西九江市 医疗保险参保率100.7% of the resident population.
    // - target-claim (3): the GBK and UTF-8 copies of hailaer 2019, 圆满完成
    //   全年目标任务 while urban income grew 6.5% against 2018's 7.5% target;
    //   2022_河北保定市, 圆满完成了全年各项任务目标 while output grew 7.2%
    //   against 8%以上 and investment 6.9% against 10%左右.
    // - provinces-2025/docx: each Word draft gives its .txt sibling's
    //   findings (海南's notes-section-missing, 河南's unpaired-quote).
    // - note-missing (1): 2024_湖北荆州市, whose notes and markers are both
    //   numbered （N）: the body's 51st marker, after “三医联动”, points past
    //   the notes section, which ends with its 50th note.
    // No other error or warning fires; figure findings before this review
    // (58 on cities/) were false alarms fixed at their cause (issue 9), and
    // note-missing on cities/ (467 before notes were read by structure) is
    // the one above.
    // Hints and infos (term-undefined, target-review, …) are listed so that
    // a change in what is recognized shows here.
    insta::assert_json_snapshot!("corpus-findings", snapshot);
}

#[test]
fn gbk_and_utf8_copies_read_the_same() {
    for year in 2012..=2019 {
        let gbk = inspect(&corpus().join(format!("hailaer-gbk/{year}.txt")));
        let utf8 = inspect(&corpus().join(format!("hailaer-utf8/{year}.txt")));
        assert_eq!(gbk["encoding"], "gb18030", "{year}");
        for key in ["title", "year", "outline", "notes", "markers", "terms"] {
            // CRLF against LF shifts byte offsets; compare what was found.
            let strip = |v: &Value| strip_offsets(v.clone());
            assert_eq!(strip(&gbk[key]), strip(&utf8[key]), "{year}: {key}");
        }
    }
}

/// Drops byte offsets, which differ between CRLF and LF copies.
fn strip_offsets(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(k, _)| !k.contains("byte_range"))
                .map(|(k, v)| (k, strip_offsets(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(strip_offsets).collect()),
        other => other,
    }
}

#[test]
fn leping_2023_notes_markers_and_terms() {
    let model = inspect(&corpus().join("leping-2023.txt"));
    assert_eq!(model["title"], "2023年乐平市政府工作报告");
    assert_eq!(model["year"], 2023);
    assert_eq!(model["region"], "乐平市");

    let notes = model["notes"].as_array().expect("notes");
    let numbers: Vec<u64> = notes
        .iter()
        .map(|n| n["number"].as_u64().expect("number"))
        .collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<_>>());
    assert_eq!(notes[3]["term"], "四减一优化");
    assert_eq!(notes[6]["term"], "2022年十件民生实事");
    assert_eq!(notes[11]["term"], "2023年为民“十”事");

    // ⑩⑪⑫ resolve to notes 10, 11, 12, and they are the only markers.
    let markers: Vec<(u64, u64)> = model["markers"]
        .as_array()
        .expect("markers")
        .iter()
        .map(|m| {
            (
                m["number"].as_u64().expect("n"),
                m["note"].as_u64().expect("note"),
            )
        })
        .collect();
    assert_eq!(markers, vec![(10, 10), (11, 11), (12, 12)]);

    // The 20 circled items inside notes 7 and 12 are two lists.
    let lists: Vec<usize> = model["enumerations"]
        .as_array()
        .expect("enumerations")
        .iter()
        .map(|e| e["items"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(lists, vec![10, 10]);

    // Every note's term appears in the body once, in note order.
    let terms = model["terms"].as_array().expect("terms");
    let mut last_line = 0;
    for n in 1..=12u64 {
        let term = terms
            .iter()
            .find(|t| t["source"] == "note" && t["note"] == n)
            .unwrap_or_else(|| panic!("note {n} has no term entry"));
        let uses = term["uses"].as_array().expect("uses");
        assert_eq!(uses.len(), 1, "note {n}: {uses:?}");
        let line = uses[0]["range"]["start"]["line"].as_u64().expect("line");
        assert!(line >= last_line, "note {n} used before note {}", n - 1);
        last_line = line;
    }

    // Undefined numeric slogans.
    let slogans: Vec<&str> = terms
        .iter()
        .filter(|t| t["source"] == "slogan")
        .filter_map(|t| t["term"].as_str())
        .collect();
    assert!(slogans.contains(&"“5020”项目"), "{slogans:?}");
    assert!(
        slogans.iter().any(|s| s.starts_with("“六个一”")),
        "{slogans:?}"
    );

    // Figures, with intervals; JSON has no infinity, so open ends are null.
    let figures = model["figures"].as_array().expect("figures");
    let find = |text: &str| {
        figures
            .iter()
            .find(|f| f["text"] == text)
            .unwrap_or_else(|| panic!("no figure {text}"))
    };
    let relief = find("8.3亿元");
    assert_eq!(
        (relief["kind"].as_str(), relief["unit"].as_str()),
        (Some("amount"), Some("元"))
    );
    assert_eq!(relief["low"].as_f64(), Some(825_000_000.0));
    assert_eq!(find("7154万元")["display"], "0.7154亿元 (7,154万元)");
    let over = find("超42万个");
    assert_eq!(over["qualifier"], "over");
    assert!(over["high"].is_null(), "{over}");
    let gdp = find("439.23亿元");
    assert_eq!(gdp["indicator"], "地区生产总值");
    assert!(gdp["byte_range"].is_array() && gdp["range"]["start"]["line"].is_u64());

    // Nothing of the forum page around the report is a section or a note.
    let outline = model["outline"].as_array().expect("outline");
    let kinds: Vec<&str> = outline.iter().filter_map(|h| h["kind"].as_str()).collect();
    assert_eq!(kinds, vec!["section", "section", "section", "notes"]);
    let first_line = outline[0]["range"]["start"]["line"].as_u64().expect("line");
    let title_line = 41;
    assert!(
        first_line > title_line,
        "a section starts at line {first_line}"
    );
    let last_note_end = notes[11]["range"]["end"]["line"].as_u64().expect("line");
    let notes_end = outline[3]["range"]["end"]["line"].as_u64().expect("line");
    assert_eq!(notes_end, last_note_end);
}

#[test]
fn notes_sections_of_the_provinces() {
    for (name, count) in [
        ("云南省", 44),
        ("四川省", 50),
        ("广东省", 18),
        ("江西省", 17),
    ] {
        let model = inspect(&province(name));
        let notes = model["notes"].as_array().expect("notes");
        assert_eq!(notes.len(), count, "{name}");
        let numbers: Vec<u64> = notes
            .iter()
            .map(|n| n["number"].as_u64().expect("n"))
            .collect();
        assert_eq!(numbers, (1..=count as u64).collect::<Vec<_>>(), "{name}");
        assert!(
            notes.iter().all(|n| n["term"].is_string()),
            "{name}: a note without a term"
        );
    }
}

#[test]
fn hainan_lost_its_notes_and_hunan_lists_are_not_markers() {
    let path = province("海南省");
    let output = run(&["check", "--format", "json", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    // The notes were lost upstream: one error for the 25 markers.
    assert_eq!(
        diagnostics
            .iter()
            .filter(|d| d["code"] == "note-missing")
            .count(),
        0
    );
    let lost: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "notes-section-missing")
        .collect();
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0]["severity"], "error");
    assert_eq!(lost[0]["related"].as_array().map_or(0, Vec::len), 24);

    let hunan = inspect(&province("湖南省"));
    assert_eq!(hunan["markers"].as_array().map_or(0, Vec::len), 0);
    let lists: Vec<usize> = hunan["enumerations"]
        .as_array()
        .expect("enumerations")
        .iter()
        .map(|e| e["items"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(lists, vec![10]);
}
