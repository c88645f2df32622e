//! Editing aids on fixtures written for these tests: quick fixes applied
//! and the text reparsed, renumbering (30 notes, markers shuffled), rename.

use std::sync::Arc;

use report_analysis::edits::{TextEdit, apply};
use report_analysis::fixes::fixes;
use report_analysis::messages::Locale;
use report_analysis::messages::editing::{rename_refused, renumber_refused};
use report_analysis::rename::{Refusal, prepare_rename, rename};
use report_analysis::renumber::renumber;
use report_analysis::{Code, Config, Document, Workspace};

const REPORT: &str = "2031年青禾县政府工作报告
各位代表：
一、过去一年的工作
全面推行“田长制”①，建成“一站三中心”②服务网络，推进“两网融合”③建设。
“青禾快办”窗口全面运行，打造“湾区客厅”⑤。
二、今年的安排
继续推进“两网融合”，落实“三季护苗”行动。
注释
1.“田长制”：由各级负责人分片管护耕地的制度。
2.“一站三中心”：一个服务站加三个中心。
3.“两网融合”：城乡供水网和排水网一体建设。
4.“青禾快办”：企业事项一窗办结。
";

const LAST_YEAR: &str = "2030年青禾县政府工作报告
各位代表：
一、今年的安排
开展“三季护苗”［1］行动。
注释
［1］“三季护苗”：春、夏、秋三季开展幼苗养护。
";

fn workspace(docs: &[(&str, &str)]) -> Workspace {
    let mut ws = Workspace::new();
    for (path, text) in docs {
        ws.add(*path, Arc::new(Document::parse(*text, &Config::default())));
    }
    ws
}

fn codes(ws: &Workspace, file: usize) -> Vec<Code> {
    ws.check(file, &Config::default())
        .iter()
        .map(|d| d.code())
        .collect()
}

/// Each fix of each diagnostic with `code` in document 0: its title and the
/// text after it; the fixed text no longer has that diagnostic there.
fn fixed(ws: &Workspace, code: Code) -> Vec<(String, String)> {
    let doc = ws.document(0).expect("doc");
    let found: Vec<_> = ws
        .check(0, &Config::default())
        .into_iter()
        .filter(|d| d.code() == code)
        .collect();
    assert!(!found.is_empty(), "no {code:?} in {:?}", codes(ws, 0));
    let mut out = Vec::new();
    for d in &found {
        for fix in fixes(ws, 0, d, Locale::Zh) {
            let text = apply(&doc.text, &fix.edits);
            let mut after = Workspace::new();
            for (i, path, other) in ws.documents() {
                let other = if i == 0 {
                    Arc::new(Document::parse(text.clone(), &Config::default()))
                } else {
                    Arc::clone(other)
                };
                after.add(path, other);
            }
            let left = after.check(0, &Config::default()).len();
            let same_left = after
                .check(0, &Config::default())
                .iter()
                .filter(|x| x.code() == code)
                .count();
            assert!(
                same_left < found.len(),
                "{code:?} still there after {}:\n{text}",
                fix.title
            );
            assert!(left < ws.check(0, &Config::default()).len() + 1, "{text}");
            out.push((fix.title, text));
        }
    }
    out
}

fn show(fixes: &[(String, String)]) -> String {
    fixes
        .iter()
        .map(|(title, text)| format!("## {title}\n{text}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_fixture_has_what_the_fixes_mend() {
    let ws = workspace(&[("2031.txt", REPORT)]);
    assert_eq!(
        codes(&ws, 0),
        vec![Code::MarkerMissing, Code::NoteMissing, Code::TermUndefined]
    );
}

#[test]
fn note_missing_adds_the_note_with_its_quoted_term() {
    let ws = workspace(&[("2031.txt", REPORT)]);
    insta::assert_snapshot!(show(&fixed(&ws, Code::NoteMissing)));
}

#[test]
fn marker_missing_inserts_a_circled_marker_after_the_first_use() {
    let ws = workspace(&[("2031.txt", REPORT)]);
    let out = fixed(&ws, Code::MarkerMissing);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, "在 “青禾快办” 首次出现处添加标记 4");
    assert!(out[0].1.contains("“青禾快办”④窗口全面运行"), "{}", out[0].1);
}

#[test]
fn term_undefined_adds_a_note_skeleton_and_a_marker() {
    let ws = workspace(&[("2031.txt", REPORT)]);
    insta::assert_snapshot!(show(&fixed(&ws, Code::TermUndefined)));
}

#[test]
fn term_defined_elsewhere_copies_last_years_note() {
    let ws = workspace(&[("2031.txt", REPORT), ("2030.txt", LAST_YEAR)]);
    let out = fixed(&ws, Code::TermDefinedElsewhere);
    assert_eq!(out.len(), 1);
    assert!(
        out[0]
            .1
            .ends_with("6.“三季护苗”：春、夏、秋三季开展幼苗养护。\n"),
        "{}",
        out[0].1
    );
    assert!(out[0].1.contains("落实“三季护苗”⑥行动"), "{}", out[0].1);
    assert_eq!(
        out[0].0,
        "从 2030.txt 复制 “三季护苗”行动 的注释（编为第 6 条）"
    );
}

#[test]
fn a_note_goes_between_its_neighbours_in_the_notes_style() {
    let text = "2031年青禾县政府工作报告
各位代表：
建设“北坡果园”［1］，修好“南岸栈道”［2］，办起“东村书屋”［3］，种下“西山茶园”［4］。
名词解释
［1］北坡果园——荒坡上改种的果园。
［2］南岸栈道——沿河步行道。
［4］西山茶园——新开的茶园。
";
    let ws = workspace(&[("a.txt", text)]);
    insta::assert_snapshot!(show(&fixed(&ws, Code::NoteMissing)));
}

#[test]
fn without_a_notes_section_one_is_added() {
    let text = "2031年青禾县政府工作报告
各位代表：
建设“北坡果园”［1］，修好“南岸栈道”［2］，再说“北坡果园”［1］。
";
    let ws = workspace(&[("a.txt", text)]);
    insta::assert_snapshot!(show(&fixed(&ws, Code::NotesSectionMissing)));
}

#[test]
fn a_missing_quote_is_closed_only_where_the_place_is_certain() {
    let text = "2031年青禾县政府工作报告
各位代表：
推进“乡村驿站“三季护苗”行动。
办好“暖心食堂：每个社区一处。
建成“智慧停车平台，方便群众。
";
    let ws = workspace(&[("a.txt", text)]);
    let doc = ws.document(0).expect("doc");
    let quotes: Vec<_> = ws
        .check(0, &Config::default())
        .into_iter()
        .filter(|d| d.code() == Code::UnpairedQuote)
        .collect();
    assert_eq!(quotes.len(), 3);
    let applied: Vec<Vec<TextEdit>> = quotes
        .iter()
        .map(|d| {
            fixes(&ws, 0, d, Locale::En)
                .into_iter()
                .flat_map(|f| f.edits)
                .collect()
        })
        .collect();
    assert_eq!(applied[2], vec![], "a comma first: not certain");
    let all: Vec<TextEdit> = applied.concat();
    let out = apply(&doc.text, &all);
    assert!(out.contains("推进“乡村驿站”“三季护苗”行动。"), "{out}");
    assert!(out.contains("办好“暖心食堂”：每个社区一处。"), "{out}");
    let after = workspace(&[("a.txt", &out)]);
    let left = codes(&after, 0);
    assert_eq!(
        left.iter().filter(|c| **c == Code::UnpairedQuote).count(),
        1
    );
}

/// Thirty made-up terms, distinct, none a numeric slogan.
fn terms() -> Vec<String> {
    let first = ["青", "白", "红", "金", "银", "绿"];
    let second = ["河", "山", "田", "林", "湖"];
    first
        .iter()
        .flat_map(|a| second.iter().map(move |b| format!("“{a}{b}示范区”")))
        .collect()
}

/// A report whose 30 notes are numbered 1..30 in list order while the body
/// uses them in a shuffled order, and two notes are never used.
fn shuffled(marker: fn(u32) -> String) -> String {
    let terms = terms();
    let order: Vec<usize> = (0..28).map(|i| (i * 11) % 28).collect();
    let mut text = String::from("2031年青禾县政府工作报告\n各位代表：\n一、工作\n");
    for (k, &i) in order.iter().enumerate() {
        text.push_str(&format!("推进{}{}建设", terms[i], marker(i as u32 + 1)));
        text.push_str(if k % 3 == 2 { "。\n" } else { "，" });
    }
    // Later uses repeat some markers.
    text.push_str(&format!(
        "再次推进{}{}。\n",
        terms[order[5]],
        marker(order[5] as u32 + 1)
    ));
    text.push_str("注释\n");
    for (i, term) in terms.iter().enumerate() {
        text.push_str(&format!("{}.{term}：第{}项说明。\n", i + 1, i + 1));
    }
    text
}

/// Each marker's note term, in text order.
fn marker_terms(doc: &Document) -> Vec<String> {
    doc.markers
        .iter()
        .map(|m| {
            m.note
                .and_then(|n| doc.notes[n].term.clone())
                .unwrap_or_default()
        })
        .collect()
}

fn check_renumbering(text: &str) {
    let config = Config::default();
    let doc = Document::parse(text, &config);
    assert_eq!(doc.notes.len(), 30);
    assert_eq!(doc.markers.len(), 29);
    let before = codes(&workspace(&[("a.txt", text)]), 0);
    assert!(before.contains(&Code::MarkerOrder), "{before:?}");
    let edits = renumber(&doc).expect("renumbers");
    let out = apply(text, &doc.source_edits(edits));
    let again = Document::parse(out.as_str(), &config);
    let after = codes(&workspace(&[("a.txt", &out)]), 0);
    assert!(
        !after.contains(&Code::MarkerOrder) && !after.contains(&Code::NoteNumbering),
        "{after:?}\n{out}"
    );
    assert_eq!(marker_terms(&again), marker_terms(&doc), "{out}");
    let numbers: Vec<u32> = again.notes.iter().map(|n| n.number).collect();
    assert_eq!(numbers, (1..=30).collect::<Vec<_>>());
    // The two unused notes keep their order, at the end.
    let terms = terms();
    assert_eq!(again.notes[28].term.as_deref(), Some(terms[28].as_str()));
    assert_eq!(again.notes[29].term.as_deref(), Some(terms[29].as_str()));
    // Idempotent.
    assert_eq!(renumber(&again), Ok(Vec::new()));
}

#[test]
fn thirty_notes_renumbered_with_bracketed_markers() {
    check_renumbering(&shuffled(|n| format!("［{n}］")));
}

#[test]
fn thirty_notes_renumbered_with_circled_markers() {
    check_renumbering(&shuffled(|n| {
        report_analysis::edits::circled(n)
            .expect("circled")
            .to_string()
    }));
}

#[test]
fn renumbering_refusals_have_words() {
    let doc = Document::parse(
        "2031年青禾县政府工作报告\n推进“田长制”［3］。\n注释\n［1］“田长制”：说明。\n",
        &Config::default(),
    );
    let refusal = renumber(&doc).expect_err("a marker without its note");
    assert_eq!(
        renumber_refused(&refusal, Locale::En),
        "cannot renumber: marker 3 has no note; add the note first"
    );
}

/// Markdown footnotes by name, one marker's note not written yet.
const NAMED: &str = "2031年青禾县政府工作报告\n各位代表：\n一、回顾\n推行“田长制”[^tian]，建成“一站三中心”[^zhan]。\n二、安排\n继续推行“田长制”[^tian]。\n\n[^zhan]: “一站三中心”：一个服务站加三个中心。\n[^tian]: “田长制”：由各级负责人分片管护耕地的制度。\n";

#[test]
fn named_footnotes_are_never_renumbered() {
    // Markdown numbers them by first use itself: a name is no number.
    let doc = Document::parse(NAMED, &Config::default());
    assert_eq!(renumber(&doc), Ok(Vec::new()));
}

#[test]
fn a_named_marker_without_its_note_gets_one_under_its_name() {
    let text = NAMED.replace(
        "建成“一站三中心”[^zhan]",
        "建成“一站三中心”[^zhan]，推进“两网融合”[^liangwang]",
    );
    let ws = workspace(&[("2031.md", &text)]);
    let out = fixed(&ws, Code::NoteMissing);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, "在注释部分添加注释 [^liangwang]");
    assert!(
        out[0]
            .1
            .ends_with("[^liangwang]: “两网融合”：（待补充解释）\n"),
        "{}",
        out[0].1
    );
}

/// The offset of `needle`'s first occurrence plus `chars` characters.
fn at(text: &str, needle: &str, chars: usize) -> usize {
    let start = text.find(needle).expect("needle");
    start
        + needle
            .chars()
            .take(chars)
            .map(char::len_utf8)
            .sum::<usize>()
}

#[test]
fn rename_from_a_body_use_and_from_the_note() {
    let doc = Document::parse(REPORT, &Config::default());
    let target = prepare_rename(&doc, at(REPORT, "两网融合", 1)).expect("a term");
    assert_eq!(target.name, "两网融合");
    assert_eq!(&REPORT[target.range.clone()], "两网融合");
    let edits = rename(&doc, at(REPORT, "两网融合", 1), "“城乡两网”").expect("renames");
    assert_eq!(edits.len(), 3, "the note and two uses");
    let from_note = rename(&doc, at(REPORT, "3.“两网", 4), "城乡两网").expect("renames");
    assert_eq!(edits, from_note);
    insta::assert_snapshot!(apply(REPORT, &edits));
}

#[test]
fn rename_refuses_off_a_term() {
    let doc = Document::parse(REPORT, &Config::default());
    for (needle, chars) in [("建成", 1), ("①", 0), ("注释", 1), ("由各级", 1)] {
        assert_eq!(
            prepare_rename(&doc, at(REPORT, needle, chars)),
            Err(Refusal::NotATerm),
            "{needle}"
        );
    }
    assert_eq!(
        rename_refused(&Refusal::NotATerm, Locale::Zh),
        "光标不在术语上：请把光标放在注释的术语或正文中术语的使用处"
    );
    let on = at(REPORT, "两网融合", 1);
    assert_eq!(rename(&doc, on, "“ ”"), Err(Refusal::EmptyName));
    assert_eq!(rename(&doc, on, "甲：乙"), Err(Refusal::BadName));
}

/// Every `.txt` file under `dir`, recursively.
fn texts(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            texts(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// On every UTF-8 report of the corpus: renumbering leaves no numbering or
/// order finding, keeps every marker on its term, and is idempotent; where
/// it refuses, it says why; the quick fixes of every finding apply without
/// overlapping edits.
#[test]
fn corpus_reports_renumber_cleanly() {
    let corpus =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    assert!(
        corpus.is_dir(),
        "the corpus is missing at {}",
        corpus.display()
    );
    let mut files = Vec::new();
    texts(&corpus, &mut files);
    files.sort();
    let config = Config::default();
    let (mut renumbered, mut refused, mut in_order) = (0, 0, 0);
    for file in &files {
        let Ok(raw) = std::fs::read_to_string(file) else {
            continue;
        };
        let text = raw.strip_prefix('\u{FEFF}').unwrap_or(&raw);
        let ws = workspace(&[("r.txt", text)]);
        let doc = ws.document(0).expect("doc");
        for d in ws.check(0, &config) {
            for fix in fixes(&ws, 0, &d, Locale::Zh) {
                let mut ranges: Vec<_> = fix.edits.iter().map(|e| e.range.clone()).collect();
                ranges.sort_by_key(|r| r.start);
                assert!(
                    ranges.windows(2).all(|w| w[0].end <= w[1].start),
                    "{}: {}",
                    file.display(),
                    fix.title
                );
            }
        }
        let edits = match renumber(doc) {
            Ok(edits) if edits.is_empty() => {
                in_order += 1;
                continue;
            }
            Ok(edits) => edits,
            Err(refusal) => {
                eprintln!(
                    "{}: {}",
                    file.display(),
                    renumber_refused(&refusal, Locale::En)
                );
                refused += 1;
                continue;
            }
        };
        renumbered += 1;
        let out = apply(text, &doc.source_edits(edits));
        let again = Document::parse(out.as_str(), &config);
        let left = codes(&workspace(&[("r.txt", &out)]), 0);
        for code in [Code::NoteNumbering, Code::MarkerOrder] {
            assert!(
                !left.contains(&code),
                "{}: {code:?} after renumbering",
                file.display()
            );
        }
        assert_eq!(
            marker_terms(&again),
            marker_terms(doc),
            "{}",
            file.display()
        );
        assert_eq!(renumber(&again), Ok(Vec::new()), "{}", file.display());
    }
    eprintln!("renumbered {renumbered}, already in order {in_order}, refused {refused}");
    assert!(renumbered > 0);
}

/// A missing note 3 between notes 2 and 4 written in each numbering style:
/// the new item has the style, spacing and separator of the report's notes.
#[test]
fn a_new_note_follows_each_numbering_style() {
    for (item, marker) in [
        ("{n}、{term}：{text}", "［{n}］"),
        ("（{n}）{term}：{text}", "［{n}］"),
        ("〔{n}〕{term}——{text}", "〔{n}〕"),
        ("{n}. {term}：{text}", "[{n}]"),
        ("{c}{term}：{text}", "{c}"),
        ("{z}、{term}：{text}", "［{n}］"),
        ("{w}．{term}：{text}", "［{w}］"),
    ] {
        let fill = |pattern: &str, n: u32, term: &str, text: &str| {
            pattern
                .replace("{n}", &n.to_string())
                .replace(
                    "{c}",
                    &report_analysis::edits::circled(n)
                        .expect("circled")
                        .to_string(),
                )
                .replace(
                    "{z}",
                    &report_analysis::edits::chinese_number(n).expect("chinese"),
                )
                .replace("{w}", ["１", "２", "３", "４"][n as usize - 1])
                .replace("{term}", term)
                .replace("{text}", text)
        };
        let terms = ["“北坡果园”", "“南岸栈道”", "“东村书屋”", "“西山茶园”"];
        let mut text = String::from("2031年青禾县政府工作报告\n各位代表：\n");
        for (i, term) in terms.iter().enumerate() {
            text.push_str(&format!(
                "办好{term}{}。\n",
                fill(marker, i as u32 + 1, "", "")
            ));
        }
        text.push_str("注释\n");
        for (i, term) in terms.iter().enumerate() {
            if i != 2 {
                text.push_str(&fill(item, i as u32 + 1, term, "说明。"));
                text.push('\n');
            }
        }
        let ws = workspace(&[("a.txt", &text)]);
        let out = fixed(&ws, Code::NoteMissing);
        assert_eq!(out.len(), 1, "{text}");
        let want = fill(item, 3, "“东村书屋”", "（待补充解释）");
        let lines: Vec<&str> = out[0].1.lines().collect();
        let at = lines
            .iter()
            .position(|l| *l == want)
            .unwrap_or_else(|| panic!("{want} not in\n{}", out[0].1));
        assert!(
            lines[at - 1].contains("南岸栈道") && lines[at + 1].contains("西山茶园"),
            "{}",
            out[0].1
        );
    }
}

/// A report printed with full-width figures is renumbered in its own print:
/// the model reads `［２］` as `［2］`, the edits write `［１］` back.
#[test]
fn renumbering_keeps_full_width_figures() {
    let text = "2031年某县政府工作报告\n推进“甲乙工程”［２］，落实“丙丁机制”［１］，投资１２．５亿元。\n注释\n［１］“丙丁机制”：说明一，涉及３个乡镇。\n［２］“甲乙工程”：说明二。\n";
    let doc = Document::parse(text, &Config::default());
    let edits = renumber(&doc).expect("renumbers");
    let out = apply(text, &doc.source_edits(edits));
    assert_eq!(
        out,
        "2031年某县政府工作报告\n推进“甲乙工程”［１］，落实“丙丁机制”［２］，投资１２．５亿元。\n注释\n［１］“甲乙工程”：说明二。\n［２］“丙丁机制”：说明一，涉及３个乡镇。\n"
    );
}

#[test]
fn a_slogan_one_numeral_away_takes_the_explained_numeral() {
    let text = "2031年青禾县政府工作报告
各位代表：
一、今年的安排
坚持农业优先，全面落实“三季护苗”①行动。
二、保障
全面落实“四季护苗”经费。
注释
①“三季护苗”：在幼苗生长的关键时节开展养护。
";
    let ws = workspace(&[("2031.txt", text)]);
    let out = fixed(&ws, Code::SloganCount);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, "改为本报告解释的“三季护苗”");
    assert!(out[0].1.contains("全面落实“三季护苗”经费"), "{}", out[0].1);
}

#[test]
fn a_slogan_one_off_from_the_reports_own_spelling_takes_it() {
    let text = "2031年青禾县政府工作报告
各位代表：
一、过去一年
围绕“三个示范区”，办好节会活动。
二、今年的安排
擦亮“三个示范区”。全力打造“四个示范区”。
";
    let ws = workspace(&[("2031.txt", text)]);
    let out = fixed(&ws, Code::SloganCount);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].0, "改为本报告其余各处写的“三个示范区”");
    assert!(out[0].1.contains("全力打造“三个示范区”。"), "{}", out[0].1);
}
