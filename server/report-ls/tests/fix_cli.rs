//! Tier 2: `report-ls fix --renumber`, its diff, `--write` and exit codes.

mod common;

use std::fs;

use common::{run, run_stdin, stdout, temp_dir};

const OUT_OF_ORDER: &str = "2031年青禾县政府工作报告
各位代表：
一、工作
推进“北坡果园”［2］建设，修好“南岸栈道”［1］，
再建“北坡果园”［2］二期。
二、安排
继续办好“东村书屋”［3］。
注释
［1］“南岸栈道”：沿河步行道。
［2］“北坡果园”：荒坡上改种的果园。
［3］“东村书屋”：村里的图书室。
";

const RENUMBERED: &str = "2031年青禾县政府工作报告
各位代表：
一、工作
推进“北坡果园”［1］建设，修好“南岸栈道”［2］，
再建“北坡果园”［1］二期。
二、安排
继续办好“东村书屋”［3］。
注释
［1］“北坡果园”：荒坡上改种的果园。
［2］“南岸栈道”：沿河步行道。
［3］“东村书屋”：村里的图书室。
";

#[test]
fn prints_a_unified_diff_and_exits_1() {
    let dir = temp_dir("fix-diff");
    let path = dir.join("report.txt");
    fs::write(&path, OUT_OF_ORDER).expect("write");
    let shown = path.display().to_string();
    let output = run(&["fix", "--renumber", &shown]);
    assert_eq!(output.status.code(), Some(1));
    let want = format!(
        "--- a/{shown}
+++ b/{shown}
@@ -1,11 +1,11 @@
 2031年青禾县政府工作报告
 各位代表：
 一、工作
-推进“北坡果园”［2］建设，修好“南岸栈道”［1］，
-再建“北坡果园”［2］二期。
+推进“北坡果园”［1］建设，修好“南岸栈道”［2］，
+再建“北坡果园”［1］二期。
 二、安排
 继续办好“东村书屋”［3］。
 注释
-［1］“南岸栈道”：沿河步行道。
-［2］“北坡果园”：荒坡上改种的果园。
+［1］“北坡果园”：荒坡上改种的果园。
+［2］“南岸栈道”：沿河步行道。
 ［3］“东村书屋”：村里的图书室。
"
    );
    assert_eq!(stdout(&output), want);
    // Without --write the file is untouched.
    assert_eq!(fs::read_to_string(&path).expect("read"), OUT_OF_ORDER);

    // The diff applies with patch(1) where it is installed.
    if let Ok(patched) = std::process::Command::new("patch")
        .arg("--silent")
        .arg(&path)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(want.as_bytes())?;
            child.wait()
        })
    {
        assert!(patched.success());
        assert_eq!(fs::read_to_string(&path).expect("read"), RENUMBERED);
    }
}

#[test]
fn write_renumbers_the_file_and_a_second_run_changes_nothing() {
    let dir = temp_dir("fix-write");
    let path = dir.join("report.txt");
    fs::write(&path, OUT_OF_ORDER).expect("write");
    let shown = path.display().to_string();
    let output = run(&["fix", "--renumber", "--write", "--lang", "en", &shown]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "");
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("renumbered "));
    assert_eq!(fs::read_to_string(&path).expect("read"), RENUMBERED);

    let again = run(&["fix", "--renumber", &shown]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(stdout(&again), "");
    let again = run(&["fix", "--renumber", "--write", &shown]);
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(fs::read_to_string(&path).expect("read"), RENUMBERED);
}

#[test]
fn a_gbk_file_is_written_back_in_gbk() {
    let dir = temp_dir("fix-gbk");
    let path = dir.join("report.txt");
    let crlf = OUT_OF_ORDER.replace('\n', "\r\n");
    let (bytes, _, _) = encoding_rs::GBK.encode(&crlf);
    fs::write(&path, &bytes).expect("write");
    let output = run(&["fix", "--renumber", "--write", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(0));
    let written = fs::read(&path).expect("read");
    let (text, _, bad) = encoding_rs::GBK.decode(&written);
    assert!(!bad);
    assert_eq!(text, RENUMBERED.replace('\n', "\r\n"));
}

#[test]
fn refusals_and_usage_errors_exit_2() {
    let dir = temp_dir("fix-refused");
    let path = dir.join("report.txt");
    fs::write(
        &path,
        OUT_OF_ORDER.replace("“东村书屋”［3］", "“东村书屋”［4］"),
    )
    .expect("write");
    let output = run(&[
        "fix",
        "--renumber",
        "--lang",
        "en",
        &path.display().to_string(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("cannot renumber: marker 4 has no note; add the note first"),
        "{output:?}"
    );
    assert_eq!(stdout(&output), "");

    // No fix named; a missing file; standard input cannot be written back.
    assert_eq!(
        run(&["fix", &path.display().to_string()]).status.code(),
        Some(2)
    );
    let missing = dir.join("missing.txt");
    assert_eq!(
        run(&["fix", "--renumber", &missing.display().to_string()])
            .status
            .code(),
        Some(2)
    );
    let piped = run_stdin(&["fix", "--renumber", "-"], OUT_OF_ORDER.as_bytes());
    assert_eq!(piped.status.code(), Some(1));
    assert!(stdout(&piped).starts_with("--- a/<stdin>\n+++ b/<stdin>\n"));
    let piped = run_stdin(
        &["fix", "--renumber", "--write", "-"],
        OUT_OF_ORDER.as_bytes(),
    );
    assert_eq!(piped.status.code(), Some(2));
}

#[test]
fn a_range_of_markers_is_written_back_as_a_range_or_a_list() {
    let dir = temp_dir("fix-range");
    let path = dir.join("report.txt");
    // Note 2 is used alone first: the range's notes become 2, 1, 3.
    let ranged = "2031年青禾县政府工作报告
推进“北坡果园”［2］，修好“南岸栈道”“北坡果园”“东村书屋”［１-３］。
注释
［1］“南岸栈道”：沿河步行道。
［2］“北坡果园”：荒坡上改种的果园。
［3］“东村书屋”：村里的图书室。
";
    fs::write(&path, ranged).expect("write");
    let shown = path.display().to_string();
    let output = run(&["fix", "--renumber", "--write", &shown]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let written = fs::read_to_string(&path).expect("read");
    assert!(
        written.contains("“东村书屋”［２、１、３］。"),
        "full-width digits kept, the range listed: {written}"
    );
    let again = run(&["fix", "--renumber", &shown]);
    assert_eq!(again.status.code(), Some(0), "renumbered once: {again:?}");

    // A circled range cannot become a list: refused, with the reason.
    let circled = ranged
        .replace("［2］", "②")
        .replace("［１-３］", "①-③")
        .replace("［1］“南", "①“南")
        .replace("［2］“北", "②“北")
        .replace("［3］“东", "③“东");
    fs::write(&path, circled).expect("write");
    let output = run(&["fix", "--renumber", "--lang", "en", &shown]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("marker range 1-3"),
        "{output:?}"
    );
}
