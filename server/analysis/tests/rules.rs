//! Each notes/markers/terms rule on small reports written for the test:
//! where it fires, with what, and where it must stay quiet.

use std::sync::Arc;

use report_analysis::diagnostic::NumberingProblem;
use report_analysis::{Code, Config, Context, Document, Finding, RelatedKind, Workspace, check};

const TITLE: &str = "2031年示例县政府工作报告\n各位代表：\n";

fn findings(text: &str) -> Vec<(Code, String, Finding)> {
    findings_with(text, &Config::default())
}

fn findings_with(text: &str, config: &Config) -> Vec<(Code, String, Finding)> {
    let doc = Document::parse(format!("{TITLE}{text}"), config);
    check(&doc, &Context::alone(config))
        .into_iter()
        .map(|d| (d.code(), doc.text[d.range.clone()].to_string(), d.finding))
        .collect()
}

fn codes(text: &str) -> Vec<Code> {
    findings(text).into_iter().map(|f| f.0).collect()
}

#[test]
fn note_missing_fires_on_a_marker_without_its_note() {
    let got = findings("推进“两网融合”①和“河湖共治”［2］。\n注释\n1.“两网融合”：说明。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::NoteMissing);
    assert_eq!(got[0].1, "［2］");
    assert_eq!(
        got[0].2,
        Finding::NoteMissing {
            number: 2,
            name: None
        }
    );
}

#[test]
fn notes_lost_upstream_are_one_finding_not_one_per_marker() {
    let text = "支持“两重”“两新”［1］项目，整合平台［2］，推行“三张清单〔3〕”。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let got = check(&doc, &Context::alone(&Config::default()));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].code(), Code::NotesSectionMissing);
    assert_eq!(&doc.text[got[0].range.clone()], "［1］");
    assert_eq!(got[0].finding, Finding::NotesSectionMissing { markers: 3 });
    let related: Vec<&str> = got[0]
        .related
        .iter()
        .map(|r| &doc.text[r.range.clone()])
        .collect();
    assert_eq!(related, vec!["［2］", "〔3〕"]);
}

#[test]
fn a_marker_beyond_the_last_note_stays_note_missing() {
    let got = findings("推进“两网”［1］和“三通”［2］。\n名词解释\n［1］“两网”：说明。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::NoteMissing, "［2］"));
}

#[test]
fn a_notes_block_scraped_twice_is_read_once_and_said_once() {
    let short = "名词解释\n1.“两网”：说明。\n2.“三通”：说明。\n";
    let full = "名词解释\n1.“两网”：说明。\n2.“三通”：说明。\n3.“四好”：说明。\n";
    let text = format!("推进“两网”“三通”“四好”建设。\n{short}各位代表，结束语。\n{full}");
    let got = findings(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::NotesDuplicated);
    assert_eq!(got[0].2, Finding::NotesDuplicated { copies: 2 });
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 3);
}

/// The markers read in `text` (after a title): number and text as written.
fn bare_markers(text: &str) -> Vec<(u32, String)> {
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    doc.markers
        .iter()
        .map(|m| (m.number, doc.text[m.range.clone()].to_string()))
        .collect()
}

#[test]
fn bare_digits_are_markers_only_where_they_are_the_terms_note() {
    let text = "开展“1+5”专项整治1初见成效，“三网融合”2强力推进，新增“双创”3个基地，“双创”3批次，“双创”3期工程，“一减四增”45万亩。\n名词解释\n1.[“1+5”专项整治]即五类整治。\n2.[“三网融合”]三网合一。\n3.[“双创”]创新创业。\n4.[“一减四增”]说明。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let markers = bare_markers(text);
    // 3个, 3批次 and 3期 are quantities (`强` is a unit only of a name, `500强`);
    // 45万亩 opens with marker 4 only because the
    // report's other bare markers stand alone.
    assert_eq!(
        markers,
        vec![
            (1, "1".to_string()),
            (2, "2".to_string()),
            (4, "4".to_string())
        ]
    );
    assert!(doc.markers.iter().all(|m| m.note.is_some()));
}

#[test]
fn a_bare_marker_after_a_quoted_term_closing_with_a_digit_is_read() {
    // `“4+2”2`: the closing quote parts the term's last digit from the
    // marker; a term's digits with no quote after them still go on.
    let text = "企业由“9+1”整合为“4+2”2，推进“三网”1建设，开展双113活动。\n注释\n1.“三网”:说明。\n2.“4+2”:说明。\n3.双11:说明。\n";
    assert_eq!(
        bare_markers(text),
        vec![(2, "2".to_string()), (1, "1".to_string())]
    );
}

#[test]
fn glued_parenthesized_numbers_after_the_terms_of_dotted_notes_are_markers() {
    let marked = |body: &str| {
        let text = format!(
            "{body}\n注释\n1.“两网融合”：说明。\n2.“三张清单”：说明。\n3.甲乙“四好”工程：说明。\n"
        );
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        doc.markers
            .iter()
            .map(|m| (m.number, m.note))
            .collect::<Vec<_>>()
    };
    // Each number closes the term of the note it numbers.
    assert_eq!(
        marked("推进“两网融合”(1)，推行“三张清单”（2）制度，建好“四好”工程(3)。"),
        vec![(1, Some(0)), (2, Some(1)), (3, Some(2))]
    );
    // Items of a list glued to a word do not close the notes' terms.
    assert!(marked("推进“两网融合”“三张清单”“四好”，做好三件事(1)修路(2)建校(3)植树。").is_empty());
    // Nor do numbers past the notes.
    assert!(marked("推进“两网融合”(1)，推行“三张清单”（2），建好“四好”工程(4)。").is_empty());
}

#[test]
fn a_glued_number_past_the_dotted_notes_after_a_quoted_term_is_a_marker_of_a_lost_note() {
    // Ten notes `1.` and eleven `“…”（N）` in the body, the last note lost:
    // one number with no note sank all ten markers.
    let terms = [
        "甲乙", "丙丁", "戊己", "庚辛", "壬癸", "子丑", "寅卯", "辰巳", "午未", "申酉", "戌亥",
    ];
    let body: String = terms
        .iter()
        .zip(1..)
        .map(|(t, n)| format!("推进“{t}”（{n}）工作。\n"))
        .collect();
    let notes: String = terms[..10]
        .iter()
        .zip(1..)
        .map(|(t, n)| format!("{n}.“{t}”：说明。\n"))
        .collect();
    let doc = Document::parse(format!("{TITLE}{body}注释\n{notes}"), &Config::default());
    let linked: Vec<_> = doc.markers.iter().map(|m| (m.number, m.note)).collect();
    assert_eq!(linked.len(), 11, "{linked:?}");
    assert_eq!(linked[0], (1, Some(0)));
    assert_eq!(linked[10], (11, None));
}

#[test]
fn glued_numbers_running_from_one_over_paragraphs_mark_lost_notes() {
    let lost = "落实“两网融合”（1），推进“三张清单”（2）。\n实施“四好”工程（3），开展“双创”（4）行动。\n完成“五化”（5）任务，推行“六治”（6）。\n";
    let got: Vec<_> = findings(lost)
        .into_iter()
        .filter(|f| f.0 != Code::TermUndefined)
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::NotesSectionMissing);
    assert_eq!(got[0].1, "（1）");
    assert_eq!(got[0].2, Finding::NotesSectionMissing { markers: 6 });
    // A list glued to its words in one paragraph, a run with a gap, or
    // too few numbers are not markers.
    for quiet in [
        "抓好六件事：修路（1）建校（2）植树（3）治水（4）护林（5）通网（6）。\n",
        "落实“两网融合”（1），推进“三张清单”（2）。\n实施“四好”工程（3），开展“双创”（5）行动。\n完成“五化”（6）任务，推行“六治”（7）。\n",
        "落实“两网融合”（1）。\n推进“三张清单”（2）。\n实施“四好”工程（3）。\n开展“双创”（4）行动。\n",
    ] {
        let got = findings(quiet);
        assert!(
            got.iter().all(|f| f.0 != Code::NotesSectionMissing),
            "{quiet}\n{got:?}"
        );
    }
}

#[test]
fn note_unused_fires_only_when_neither_marker_nor_term_is_used() {
    let text = "推进“两网融合”，办好两件民生实事，推行超时默许制。\n注释\n1.“两网融合”：说明。\n2.2030年两件民生实事：①修路；②建校。\n3.“超时默许制”：说明。\n4.“三张清单”：说明。\n";
    let got = findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::NoteUnused);
    assert_eq!(got[0].1, "“三张清单”");
}

#[test]
fn a_note_naming_its_term_with_a_gloss_or_title_marks_is_used_by_the_bare_term() {
    // The body writes the term; the note adds an English gloss, a date, or
    // sets it in a title's marks.
    let text = "推进“甲园乙区”，开展丙村丁路创建，落实戊己庚辛。\n名词解释\n1.甲园乙区（Two Parks）：说明。\n2.丙村丁路（2031年）：说明。\n3.《戊己庚辛》：说明。\n";
    let got = findings(text);
    assert!(got.is_empty(), "{got:?}");
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 3);
    for n in 0..3 {
        let uses = doc.note_term(n).map_or(0, |t| t.uses.len());
        assert_eq!(uses, 1, "note {}", n + 1);
    }
}

#[test]
fn marker_missing_only_where_most_notes_are_marked() {
    let marked = "推进“甲工程”①，“乙工程”②，“丙工程”建设。\n注释\n1.“甲工程”：说明。\n2.“乙工程”：说明。\n3.“丙工程”：说明。\n";
    let got = findings(marked);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::MarkerMissing, "丙工程")
    );

    // Markers lost throughout (a web copy): the terms link the notes quietly.
    let lost = "推进“甲工程”，“乙工程”，“丙工程”⑶建设。\n注释\n1.“甲工程”：说明。\n2.“乙工程”：说明。\n3.“丙工程”：说明。\n";
    assert!(codes(lost).is_empty(), "{:?}", findings(lost));
}

#[test]
fn note_numbering_gap_duplicate_and_order() {
    let text =
        "用到甲乙丙丁戊己。\n注释\n1.甲乙：一。\n3.丙丁：三。\n3.戊己：又三。\n2.庚辛：二。\n";
    let problems: Vec<NumberingProblem> = findings(text)
        .into_iter()
        .filter_map(|f| match f.2 {
            Finding::NoteNumbering(p) => Some(p),
            _ => None,
        })
        .collect();
    // 2 is not missing but put after 3: one finding, where it stands.
    assert_eq!(
        problems,
        vec![
            NumberingProblem::Duplicate { number: 3 },
            NumberingProblem::OutOfOrder {
                number: 2,
                previous: 3
            },
        ]
    );
    assert!(!codes("甲乙丙丁\n注释\n1.甲乙：一。\n2.丙丁：二。\n").contains(&Code::NoteNumbering));
    let numbering = |text: &str| -> Vec<NumberingProblem> {
        findings(text)
            .into_iter()
            .filter_map(|f| match f.2 {
                Finding::NoteNumbering(p) => Some(p),
                _ => None,
            })
            .collect()
    };
    // Two notes swapped: no gap at the first.
    assert_eq!(
        numbering("用到甲乙丙丁戊己。\n注释\n1.甲乙：一。\n3.丙丁：三。\n2.戊己：二。\n"),
        vec![NumberingProblem::OutOfOrder {
            number: 2,
            previous: 3
        }]
    );
    // A number missing for good is a gap.
    assert_eq!(
        numbering("用到甲乙丙丁。\n注释\n1.甲乙：一。\n3.丙丁：三。\n"),
        vec![NumberingProblem::Gap {
            expected: 2,
            found: 3
        }]
    );
}

#[test]
fn notes_opening_past_one_under_a_heading_are_a_numbering_slip_not_lost_notes() {
    // The first note deleted: the section is still there, its numbering is
    // the slip (and the marker of the deleted note points nowhere).
    let slip = "推行“两网融合”［1］，建设“三张清单”［2］和“四好工程”［3］。\n注释\n［2］三张清单：甲、乙、丙清单。\n［3］四好工程：建好、管好、护好、运营好。\n";
    let got = findings(slip);
    let got_codes: Vec<Code> = got.iter().map(|f| f.0).collect();
    assert!(!got_codes.contains(&Code::NotesSectionMissing), "{got:?}");
    // The notes still there still define their terms.
    assert!(
        got.iter()
            .all(|f| f.0 != Code::TermUndefined || f.1 == "两网融合"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|f| f.2
            == Finding::NoteNumbering(NumberingProblem::Gap {
                expected: 1,
                found: 2
            })),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|f| f.0 == Code::NoteMissing && f.1 == "［1］"),
        "{got:?}"
    );
    // Without a heading a run opening at 2 is no notes section.
    let bare = "推行“两网融合”［1］，建设“三张清单”［2］。\n［2］三张清单：甲、乙、丙清单。\n［3］两网融合：说明。\n";
    assert!(
        !codes(bare).contains(&Code::NoteNumbering),
        "{:?}",
        findings(bare)
    );
}

#[test]
fn terms_closed_by_a_full_stop_are_the_notes_terms() {
    // `①甲。说明…`: each term a short phrase closed by a full stop, the
    // body marking it. Missed, the markers raised notes-section-missing.
    let text = "推进河湖共治①，建设乡村书屋②，完善便民驿站③。\n注释\n①河湖共治。上下游、左右岸统一治理河流和湖泊。\n②乡村书屋。在每个行政村建设的公共阅读场所。\n③便民驿站。为群众就近办事设立的服务点。\n";
    assert_eq!(findings(text), vec![]);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms: Vec<&str> = doc.notes.iter().filter_map(|n| n.term.as_deref()).collect();
    assert_eq!(terms, ["河湖共治", "乡村书屋", "便民驿站"]);
    assert!(doc.notes[0].text(&doc.text).starts_with("上下游"));
    // Short steps closed by full stops, which the body points at nowhere,
    // are no notes: data notes under `注：` stay unread.
    let steps = "全年完成各项任务。\n注：\n1.产值增速按可比价计算。全部为初步统计数。\n2.收入数据来自抽样调查。样本覆盖全县。\n";
    let doc = Document::parse(format!("{TITLE}{steps}"), &Config::default());
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
}

/// A report of two notes, `“三清一改”` and `“五个一批”`: each term in the
/// body followed by `marks[i]`, the notes under `heading`, each opening
/// with `labels[i]` and its term, then `separator` and the explanation
/// (the batches four, one short of the slogan's five, when `short`).
fn two_notes(
    marks: [&str; 2],
    heading: &str,
    labels: [&str; 2],
    separator: &str,
    short: bool,
) -> String {
    let [one, two] = marks;
    let [first, second] = labels;
    let last = if short { "" } else { "、储备一批" };
    format!(
        "推行“三清一改”{one}，落实“五个一批”{two}。\n{heading}\n{first}“三清一改”{separator}清垃圾、清沟渠、清杂物，改陋习。\n{second}“五个一批”{separator}签约一批、开工一批、投产一批、达效一批{last}。\n"
    )
}

#[test]
fn a_quoted_term_is_the_notes_term_whatever_stands_for_its_colon() {
    // A colon lost in typing: a copula, one space, one dash or a ratio
    // sign after the quoted term. Missed, the notes had no terms, and
    // the slogans' lists went unread.
    for separator in ["是", " ", "—", "－", "∶", "主要包括"] {
        let text = two_notes(["①", "②"], "注释", ["①", "②"], separator, true);
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        assert_eq!(
            note_terms(&doc),
            [(1, Some("“三清一改”")), (2, Some("“五个一批”"))],
            "{separator:?}"
        );
        assert_eq!(codes(&text), [Code::SloganCount], "{separator:?}");
    }
    // A ratio between digits is a ratio, and a word run up to a colon
    // is the longer term's.
    let text = "实行“1∶1”配套①，推进“两区” 建设②。\n注释\n①“1∶1”配套：市、县对半出资。\n②“两区” 建设：甲区、乙区一起建设。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(
        note_terms(&doc),
        [(1, Some("“1∶1”配套")), (2, Some("“两区” 建设"))]
    );
}

#[test]
fn notes_numbered_by_digits_and_a_space_are_numbered_notes() {
    // `1 “甲”：…`: the dot after each number lost in copying. Read as
    // unnumbered lines, the number was the term's first word.
    let text = &two_notes(["①", "②"], "注释", ["1 ", "2 "], "：", true);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(
        note_terms(&doc),
        [(1, Some("“三清一改”")), (2, Some("“五个一批”"))]
    );
    assert_eq!(codes(text), [Code::SloganCount]);
}

#[test]
fn notes_labelled_in_parentheses_are_read_past_the_first() {
    // `（注1）甲：…` opening each note: the `（注` was read as a heading
    // glued to the first note, which left the others out.
    for (open, close) in [("（", "）"), ("(", ")")] {
        let labels = [format!("{open}注1{close}"), format!("{open}注2{close}")];
        let labels = [labels[0].as_str(), labels[1].as_str()];
        let text = two_notes(labels, "名词解释", labels, "：", false);
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        assert_eq!(
            note_terms(&doc),
            [(1, Some("“三清一改”")), (2, Some("“五个一批”"))],
            "{open}"
        );
        let linked: Vec<Option<usize>> = doc.markers.iter().map(|m| m.note).collect();
        assert_eq!(linked, [Some(0), Some(1)], "{open}");
        assert_eq!(codes(&text), [], "{open}");
    }
}

#[test]
fn superscripts_in_markup_point_at_their_notes() {
    // A report converted by Pandoc (`^1^`) or to HTML (`<sup>1</sup>`):
    // read as no markers, the notes had nothing pointing at them.
    for (one, two) in [("^1^", "^2^"), ("<sup>1</sup>", "<sup>2</sup>")] {
        // (A power after a unit's letters is no marker.)
        let two = format!("{two}，新建厂房5万m<sup>2</sup>");
        let text = two_notes([one, &two], "注释", ["1.", "2."], "：", false);
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        let linked: Vec<(u32, Option<usize>)> =
            doc.markers.iter().map(|m| (m.number, m.note)).collect();
        assert_eq!(linked, [(1, Some(0)), (2, Some(1))], "{one}");
        assert_eq!(codes(&text), [], "{one}");
    }
}

#[test]
fn a_star_bulleting_unnumbered_notes_marks_their_terms_in_the_body() {
    // `*甲：…` notes and `甲*` in the body: the star is no part of the term,
    // and after a term it points at that term's note.
    let text = "推进“河湖共治”*工作，建设乡村书屋*，另见**重点**。\n名词解释\n*河湖共治：上下游统一治理河流和湖泊。\n*乡村书屋：在每个行政村建设的公共阅读场所。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms: Vec<&str> = doc.notes.iter().filter_map(|n| n.term.as_deref()).collect();
    assert_eq!(terms, ["河湖共治", "乡村书屋"]);
    let markers: Vec<(u32, Option<usize>, &str)> = doc
        .markers
        .iter()
        .map(|m| (m.number, m.note, &doc.text[m.range.clone()]))
        .collect();
    assert_eq!(markers, [(1, Some(0), "*"), (2, Some(1), "*")]);
    assert_eq!(findings(text), vec![]);
}

#[test]
fn a_term_whose_marker_went_to_a_twin_number_is_not_unmarked() {
    // Two notes numbered 3: the marker after the second term resolves to the
    // first; the term still has its marker (note-numbering reports the twin).
    let text = "推行“两网融合”［1］，“三张清单”［2］，“四好工程”［3］。\n注释\n［3］两网融合：说明。\n［2］三张清单：说明。\n［3］四好工程：说明。\n";
    let got = findings(text);
    assert!(got.iter().all(|f| f.0 != Code::MarkerMissing), "{got:?}");
    // A term with no marker at all in a marked report still gets the hint.
    let lost = "推行“两网融合”［1］，“三张清单”［2］，“四好工程”。\n注释\n［1］两网融合：说明。\n［2］三张清单：说明。\n［3］四好工程：说明。\n";
    assert!(
        codes(lost).contains(&Code::MarkerMissing),
        "{:?}",
        findings(lost)
    );
}

#[test]
fn marker_order_points_at_the_late_marker() {
    let text =
        "“甲工程”②，“乙工程”①，“甲工程”②再用。\n注释\n1.“乙工程”：说明。\n2.“甲工程”：说明。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let diagnostics = check(&doc, &Context::alone(&Config::default()));
    let order: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.code() == Code::MarkerOrder)
        .collect();
    assert_eq!(order.len(), 1);
    assert_eq!(&doc.text[order[0].range.clone()], "①");
    assert_eq!(order[0].related[0].kind, RelatedKind::Marker(2));
}

#[test]
fn term_undefined_is_a_hint_once_per_slogan_with_its_other_uses() {
    let text =
        "落实“七个一”机制，坚持“七个一”机制，做到“两个维护”，办好“两件实事”：①修路；②建校。\n";
    let got = findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::TermUndefined);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let d = &check(&doc, &Context::alone(&Config::default()))[0];
    assert_eq!(d.severity, report_analysis::Severity::Hint);
    assert_eq!(d.related.len(), 1, "the second use is related");
}

#[test]
fn term_undefined_leaves_a_slogan_the_body_spells_out() {
    // The reader has the two roads and three streets where the slogan
    // stands, and the four things before `“四个到位”`; `“五进”` has nothing.
    let text = "推进“两横三纵”路网建设：两横为东环路、西环路，三纵为甲街、乙街、丙街。\
                做到认识、责任、措施、督查“四个到位”。开展“五进”活动。\n";
    let got = findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::TermUndefined, "五进"));
    // Spelled out with another count, it is explained all the same; the
    // count is slogan-count's to report.
    let miscounted = "推进“两横三纵”路网建设：两横为东环路、西环路，三纵为甲街、乙街。\n";
    assert_eq!(codes(miscounted), vec![Code::SloganCount]);
    // A slogan used again where the count rule reads its items before it
    // is explained by that use.
    let listed = "做强“四大产业集群”。围绕新材料、智能装备、绿色食品、文化旅游四大产业集群，实施强链项目。\n";
    assert!(findings(listed).is_empty(), "{:?}", findings(listed));
    assert_eq!(
        codes(
            &listed
                .replace("文化旅游四大", "文化旅游五大")
                .replace("“四大", "“五大")
        ),
        vec![Code::CountMismatch]
    );
}

#[test]
fn term_undefined_leaves_a_slogan_naming_a_span_of_time_or_distance() {
    // Each numeral measures a span: nothing for a note to list.
    let spans = "打造“15分钟便民生活圈”，开展“百日攻坚”行动，落实“十年禁渔”，提供“7×24小时”服务，粮食生产实现“二十连丰”。\n";
    assert!(findings(spans).is_empty(), "{:?}", findings(spans));
    // A count beside the span, or a count of years as campaigns, is a
    // slogan still.
    let counts = "推行“一周三查”制度，开展“三个年”活动。\n";
    let got: Vec<String> = findings(counts).into_iter().map(|f| f.1).collect();
    assert_eq!(got, vec!["一周三查", "三个年"]);
}

#[test]
fn glossary_and_known_terms_define_slogans() {
    let config = Config::from_toml(
        "[glossary]\n\"七个一\" = \"七项机制。\"\n[terms]\nknown = [\"三张网\"]\n",
    )
    .expect("config");
    let got = findings_with("落实“七个一”机制，建好“三张网”。\n", &config);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn term_defined_elsewhere_names_the_other_report() {
    let config = Config::default();
    let last_year = Document::parse(
        "2030年示例县政府工作报告\n推进“七个一”机制。\n注释\n1.“七个一”：七项机制。\n",
        &config,
    );
    let draft = Document::parse(format!("{TITLE}坚持“七个一”机制。\n"), &config);
    let mut workspace = Workspace::new();
    let old = workspace.add("2030.txt", Arc::new(last_year));
    let new = workspace.add("2031.txt", Arc::new(draft));
    let got = workspace.check(new, &config);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].code(), Code::TermDefinedElsewhere);
    assert_eq!(got[0].related[0].file, Some(old));
    assert_eq!(got[0].related[0].kind, RelatedKind::DefinedIn(Some(1)));
    assert!(workspace.check(old, &config).is_empty());
}

#[test]
fn rules_can_be_turned_off_or_changed() {
    let text = "推进［7］。\n";
    let off = Config::from_toml("[rules]\nnotes-section-missing = \"off\"\n").expect("config");
    assert!(findings_with(text, &off).is_empty());
    let warn = Config::from_toml("[rules]\nnotes-section-missing = \"warning\"\n").expect("config");
    let doc = Document::parse(format!("{TITLE}{text}"), &warn);
    let d = check(&doc, &Context::alone(&warn));
    assert_eq!(d[0].severity, report_analysis::Severity::Warning);
}

#[test]
fn a_text_without_report_structure_is_not_a_report() {
    let doc = Document::parse("今天天气很好，“引号”［3］①。", &Config::default());
    assert!(!doc.looks_like_report());
    let doc = Document::parse(format!("{TITLE}正文。"), &Config::default());
    assert!(doc.looks_like_report());
}

#[test]
fn parenthesized_digits_number_notes_and_mark_terms_as_circled_ones_do() {
    let text =
        "推进“三链融合”⑴，落实“一核两翼”⑵布局。\n名词注解\n⑴三链融合：说明。\n⑵一核两翼：说明。\n";
    assert_eq!(codes(text), Vec::<Code>::new());
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let markers: Vec<u32> = doc.markers.iter().map(|m| m.number).collect();
    assert_eq!(markers, vec![1, 2]);
    assert_eq!(doc.notes.len(), 2);
}

#[test]
fn a_list_switching_its_numbering_style_is_neither_counted_short_nor_marked() {
    // Circled to ⑥, then (7): the circled run is not the whole list; and
    // `(1)甲…②乙`: the ② goes on from (1), it marks no note.
    let text = "实施民生工程10项，其中城建工程8项：①甲路改造②乙路延伸③丙河治理④丁区绿化⑤戊路硬化⑥己桥建设(7)庚街整修(8)辛园建设。卫生工程2项：(1)甲院迁建②乙院大楼投入使用。\n";
    assert_eq!(codes(text), Vec::<Code>::new());
    // The circled run alone, one short, still warns.
    assert_eq!(
        codes("实施城建工程7项：①甲路改造②乙路延伸③丙河治理④丁区绿化⑤戊路硬化⑥己桥建设。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_bare_marker_before_the_word_for_projects_is_read() {
    // `“三个一批”2项目`: 项目 is a word, no count of 项 (that is `2个项目`);
    // `2项目标` counts aims, and 2项 alone stays a quantity.
    let text = "坚持“三园联动”1，“三个一批”2项目扎实推进，完成“三个一批”2项目标任务，“三个一批”2项完成。\n名词解释\n1.“三园联动”：说明。\n2.“三个一批”：说明。\n";
    assert_eq!(
        bare_markers(text),
        vec![(1, "1".to_string()), (2, "2".to_string())]
    );
    assert!(codes(text).is_empty(), "{:?}", codes(text));
}

#[test]
fn a_marker_inside_the_closing_quote_is_no_part_of_the_slogan() {
    // `“三联三帮①”`: the slogan is 三联三帮, explained by note ①.
    for marked in ["“三联三帮①”", "“三联三帮⑴”", "“三联三帮”①"] {
        let text = format!(
            "推行{marked}工作法。\n注释：\n①三联三帮：联企帮发展、联村帮振兴、联户帮解难。\n"
        );
        let text = if marked.contains('⑴') {
            text.replace('①', "⑴")
        } else {
            text
        };
        assert!(codes(&text).is_empty(), "{text}\n{:?}", codes(&text));
    }
    // Without its note, the slogan is still unexplained.
    assert_eq!(
        codes(
            "推行“三联三帮①”工作法，深化“四抓四促”。\n注释：\n①三联三帮：联企帮发展、联村帮振兴、联户帮解难。\n"
        ),
        vec![Code::TermUndefined]
    );
}

#[test]
fn a_note_restating_a_parts_count_reports_its_slip_once() {
    // The note's `3个…，即` lists four: count-mismatch says it; the
    // slogan's `3` over the same four is the same slip.
    let text = "落实“2+3”［1］政策体系。\n名词解释\n［1］2+3：2个综合政策，即甲政策、乙政策；3个专项政策，即丙政策、丁政策、戊政策、己政策。\n";
    assert_eq!(codes(text), vec![Code::CountMismatch]);
}

#[test]
fn notes_and_markers_labelled_with_zhu_are_read_as_numbered() {
    // `（注1）` in the body, `注1：` or `［注1］` in the notes, under any
    // wording of the heading (`本报告用语解释`).
    for notes in [
        "本报告用语解释\n注1：三个一批：谋划一批、储备一批、实施一批。\n注2：两区：功能区和保护区。\n",
        "词语注释\n［注1］三个一批：谋划一批、储备一批、实施一批。\n［注2］两区：功能区和保护区。\n",
    ] {
        let text = format!("实施“三个一批”（注1），推进“两区”（注2）。\n{notes}");
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        let terms: Vec<Option<&str>> = doc.notes.iter().map(|n| n.term.as_deref()).collect();
        assert_eq!(terms, vec![Some("三个一批"), Some("两区")], "{notes}");
        let pointed: Vec<Option<usize>> = doc.markers.iter().map(|m| m.note).collect();
        assert_eq!(pointed, vec![Some(0), Some(1)], "{notes}");
        assert!(check(&doc, &Context::alone(&Config::default())).is_empty());
    }
    // A labelled marker whose note is missing is still told.
    let got = findings(
        "实施“三个一批”（注1），推进“两区”（注2）。\n注释\n注1：三个一批：谋划、储备、实施。\n",
    );
    assert_eq!(
        got.iter()
            .filter(|f| f.0 != Code::TermUndefined)
            .map(|f| (f.0, f.1.as_str()))
            .collect::<Vec<_>>(),
        vec![(Code::NoteMissing, "（注2）")]
    );
}

#[test]
fn a_terms_marker_pointing_at_no_note_is_said_once() {
    // `“丙工程”④` with no note 4: the marker is there with a wrong number;
    // note-missing says so, not also marker-missing on the same term.
    let text = "推进“甲工程”①，“乙工程”②，“丙工程”④建设。\n注释\n1.“甲工程”：说明。\n2.“乙工程”：说明。\n3.“丙工程”：说明。\n";
    assert_eq!(codes(text), vec![Code::NoteMissing]);
    // A marker pointing at another note leaves the term without its own.
    let text = "推进“甲工程”①，“乙工程”②，“丙工程”①建设。\n注释\n1.“甲工程”：说明。\n2.“乙工程”：说明。\n3.“丙工程”：说明。\n";
    assert!(
        codes(text).contains(&Code::MarkerMissing),
        "{:?}",
        codes(text)
    );
}

#[test]
fn a_count_of_figures_in_words_or_digits_is_one_term() {
    // The note spells the count in words, the body in digits, or back.
    let note = "\n注释\n1.三个10分钟：10分钟购物圈、10分钟健身圈、10分钟阅读圈。\n";
    let got = findings(&format!("建成“3个10分钟”服务圈。[1]\n{note}"));
    assert!(got.is_empty(), "{got:?}");
    let note = "\n注释\n1.4个20公里：甲路20公里、乙路20公里、丙路20公里、丁路20公里。\n";
    let got = findings(&format!("修通“四个20公里”干线。[1]\n{note}"));
    assert!(got.is_empty(), "{got:?}");
    // Another count is another term, one numeral away from the note's:
    // told once, as that slip, against the note's three items.
    let note = "\n注释\n1.三个10分钟：10分钟购物圈、10分钟健身圈、10分钟阅读圈。\n";
    let got = findings(&format!("建成“4个10分钟”服务圈。\n{note}"));
    let [(Code::SloganCount, _, finding)] = got.as_slice() else {
        panic!("{got:?}");
    };
    assert!(
        matches!(
            finding,
            Finding::SloganCount {
                stated: 4,
                listed: 3,
                ..
            }
        ),
        "{got:?}"
    );
}

#[test]
fn idioms_shaped_like_slogans_are_no_terms() {
    let got = findings("数据按四舍五入取整，游客来自三山五岳。\n");
    assert!(got.is_empty(), "{got:?}");
}

fn terms_of(text: &str) -> Vec<(u32, Option<String>)> {
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    doc.notes
        .iter()
        .map(|n| (n.number, n.term.clone()))
        .collect()
}

fn read_notes(pairs: &[(u32, &str)]) -> Vec<(u32, Option<String>)> {
    pairs
        .iter()
        .map(|&(n, t)| (n, Some(t.to_string())))
        .collect()
}

#[test]
fn a_heading_whose_colon_runs_straight_into_the_first_note() {
    for text in [
        "建设“三园联动”①，推行“双岗双责”②。\n注释：①三园联动：工业园、农业园、物流园一起发展。\n②双岗双责：一岗管业务，一岗管安全。\n",
        "建设“三园联动”1，推行“双岗双责”2。\n注释：1.三园联动：工业园、农业园、物流园一起发展。\n2.双岗双责：一岗管业务，一岗管安全。\n",
        "建设“三园联动”［1］，推行“双岗双责”［2］。\n注释：［1］三园联动：工业园、农业园、物流园一起发展。［2］双岗双责：一岗管业务，一岗管安全。\n",
    ] {
        assert_eq!(
            terms_of(text),
            read_notes(&[(1, "三园联动"), (2, "双岗双责")]),
            "{text}"
        );
        assert_eq!(codes(text), Vec::<Code>::new(), "{text}");
    }
}

#[test]
fn a_list_inside_a_note_numbered_like_the_notes_is_the_notes_own() {
    let text = "推进“三园联动”①，办好“四件小事”②，实行“双岗双责”③。\n注释\n①三园联动：工业园、农业园、物流园一起发展。\n②四件小事：①修路灯；②通公交；③建书屋；④办食堂。\n③双岗双责：一岗管业务，一岗管安全。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "四件小事"), (3, "双岗双责")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn a_wrapped_line_opening_with_a_decimal_is_no_note() {
    let text = "推进“三园联动”，实行“双岗双责”，办好“四件小事”。\n注释\n1.三园联动：三个园区一起发展，首期投资\n2.8亿元，三年建成。\n2.双岗双责：一岗管业务，一岗管安全。\n3.四件小事：修路灯、通公交、建书屋、办食堂。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "双岗双责"), (3, "四件小事")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn the_notes_may_be_the_reports_last_numbered_part() {
    let text = "一、回顾\n推进三园联动，实行双岗双责。\n二、安排\n继续做好各项工作。\n三、名词解释\n1.三园联动：工业园、农业园、物流园一起发展。\n2.双岗双责：一岗管业务，一岗管安全。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "双岗双责")])
    );
}

#[test]
fn markdown_footnote_definitions_are_notes() {
    let text = "一、回顾\n建设“三园联动”[^1]，推行“双岗双责”[^2]，办好“四件小事”[^3]。\n二、安排\n继续做好各项工作。\n\n[^1]: 三园联动：工业园、农业园、物流园一起发展。\n[^2]: 双岗双责：一岗管业务，一岗管安全。\n[^3]: 四件小事：修路灯、通公交、建书屋、办食堂。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "双岗双责"), (3, "四件小事")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
}

/// Markdown footnotes defined by name (`[^sanwang]:`), beside numbered ones.
const NAMED_FOOTNOTES: &str = "一、回顾\n推行“双岗双责”[^gangwei]，建成“三园联动”[^1]，办好“四件小事”[^xiaoshi]。\n二、安排\n继续推行“双岗双责”[^gangwei]。\n\n[^1]: 三园联动：工业园、农业园、物流园一起发展。\n[^gangwei]: 双岗双责：一岗管业务，一岗管安全。\n[^xiaoshi]: 四件小事：修路灯、通公交、建书屋、办食堂。\n";

#[test]
fn named_markdown_footnotes_point_at_their_notes_by_name() {
    // Numbered by their place; each marker finds its note by name, used in
    // another order than defined (Markdown numbers them by first use).
    assert_eq!(
        terms_of(NAMED_FOOTNOTES),
        read_notes(&[(1, "三园联动"), (2, "双岗双责"), (3, "四件小事")])
    );
    let doc = Document::parse(format!("{TITLE}{NAMED_FOOTNOTES}"), &Config::default());
    assert_eq!(marker_notes(&doc), vec![Some(1), Some(0), Some(2), Some(1)]);
    assert_eq!(doc.notes[1].name(&doc.text), Some("gangwei"));
    assert_eq!(doc.notes[0].name(&doc.text), None);
    assert_eq!(codes(NAMED_FOOTNOTES), Vec::<Code>::new());
}

#[test]
fn a_named_marker_without_its_note_is_said_by_its_name() {
    let text = NAMED_FOOTNOTES.replace("[^xiaoshi]。", "[^xiaoshi]，落实“田长制”[^tianzhang]。");
    let got = findings(&text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "[^tianzhang]");
    assert_eq!(
        got[0].2,
        Finding::NoteMissing {
            number: 0,
            name: Some("tianzhang".into())
        }
    );
    let message =
        report_analysis::messages::message(&got[0].2, report_analysis::messages::Locale::En);
    assert!(message.contains("[^tianzhang]"), "{message}");
}

#[test]
fn a_number_never_points_at_a_note_defined_by_name() {
    // `[^2]` is no name of the second note, `[^gangwei]`.
    let text = NAMED_FOOTNOTES.replace(
        "二、安排\n继续推行“双岗双责”[^gangwei]",
        "二、安排\n继续推行“双岗双责”[^2]",
    );
    let got = findings(&text);
    assert_eq!(
        got.iter().map(|f| (f.0, f.1.as_str())).collect::<Vec<_>>(),
        vec![(Code::NoteMissing, "[^2]")]
    );
}

#[test]
fn a_named_note_nothing_points_at_is_unused() {
    let text = format!("{NAMED_FOOTNOTES}[^zhitong]: 五级直通：县、乡、村、组、户层层直通。\n");
    let got = findings(&text);
    assert_eq!(
        got.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec![Code::NoteUnused],
        "{got:?}"
    );
}

#[test]
fn a_tables_note_in_the_body_is_no_notes_section() {
    let text = "一、回顾\n全县产值完成90亿元。\n指标　单位　完成\n产值　亿元　90\n注：1.产值：按当年价格计算。\n二、安排\n继续做好各项工作。\n三、自身建设\n坚持依法行政。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.notes.is_empty());
    assert!(doc.notes_section.is_none());
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn a_parts_notes_under_a_bare_label_are_notes() {
    // Under `注：` and followed by the next part, but pointed at from the
    // body by the markers its notes carry: no table's note.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n注：①两馆一中心：图书馆、文化馆和文体中心。②双岗双责：一岗管业务，一岗管安全。\n二、安排\n继续做好各项工作。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "两馆一中心"), (2, "双岗双责")])
    );
    assert!(!codes(text).contains(&Code::NotesSectionMissing));
}

#[test]
fn each_parts_notes_are_read_and_its_markers_point_at_them() {
    // Every part closes with its own notes, numbered from ① again: each
    // marker is its part's, no note is unused, no number slips.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n注：①两馆一中心：图书馆、文化馆和文体中心。②双岗双责：一岗管业务，一岗管安全。\n二、安排\n实施“三清一改”①。\n注：\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n三、自身建设\n推行“首办负责”①和“限时办结”②。\n注：①首办负责：首位经办人负责到底。\n②限时办结：在承诺时限内办完。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms = numbered_terms(&doc);
    assert_eq!(
        terms,
        vec![
            (1, "两馆一中心"),
            (2, "双岗双责"),
            (1, "三清一改"),
            (1, "首办负责"),
            (2, "限时办结")
        ]
    );
    let linked = marker_notes(&doc);
    assert_eq!(linked, vec![Some(0), Some(1), Some(2), Some(3), Some(4)]);
    assert_eq!(codes(text), Vec::<Code>::new());
    // The parts are still the body's: the third part is outlined.
    assert!(doc.outline.iter().any(|h| h.title == "自身建设"));
}

#[test]
fn each_parts_notes_gathered_again_at_the_end_are_read_from_the_parts() {
    // Each part closes with its notes from ① again, and the report ends with
    // all of them numbered on: the parts' markers point at their parts'
    // notes, no note is unused, and the gathered list is no body.
    let parts = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n注：①两馆一中心：图书馆、文化馆和文体中心。②双岗双责：一岗管业务，一岗管安全。\n二、安排\n实施“三清一改”①和“首办负责”②。\n注：\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n②首办负责：首位经办人负责到底。\n";
    for gathered in [
        "名词解释\n1.两馆一中心：图书馆、文化馆和文体中心。\n2.双岗双责：一岗管业务，一岗管安全。\n3.三清一改：清垃圾、清沟渠、清杂物，改陋习。\n4.首办负责：首位经办人负责到底。\n",
        "附：注释\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n③三清一改：清垃圾、清沟渠、清杂物，改陋习。\n④首办负责：首位经办人负责到底。\n",
    ] {
        let text = format!("{parts}{gathered}");
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        let terms = numbered_terms(&doc);
        assert_eq!(
            terms,
            [
                (1, "两馆一中心"),
                (2, "双岗双责"),
                (1, "三清一改"),
                (2, "首办负责")
            ],
            "{gathered}"
        );
        let linked = marker_notes(&doc);
        assert_eq!(linked, [Some(0), Some(1), Some(2), Some(3)], "{gathered}");
        assert_eq!(codes(&text), Vec::<Code>::new(), "{gathered}");
    }
    // A last list holding a note no part has is no copy of the parts: the
    // fullest list is read as before, the parts' blocks its copies.
    let text = format!(
        "{parts}名词解释\n1.两馆一中心：图书馆、文化馆和文体中心。\n2.双岗双责：一岗管业务，一岗管安全。\n3.三清一改：清垃圾、清沟渠、清杂物，改陋习。\n4.首办负责：首位经办人负责到底。\n5.积分超市：以积分兑换日用品。\n"
    );
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.part_notes_sections.is_empty());
    assert_eq!(doc.notes.len(), 5);
}

#[test]
fn notes_gathered_at_the_end_under_each_parts_sub_heading_serve_that_part() {
    // All notes at the end, a sub-heading per part, numbered from ① again
    // under each: a part's markers point at its own group.
    let parts = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n二、安排\n实施“三清一改”①，推广“首办负责”②。\n三、自身建设\n推行“限时办结”①。\n各位代表，让我们共同努力！\n";
    let notes = "名词解释\n一、回顾\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n二、安排\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n②首办负责：首位经办人负责到底。\n三、自身建设\n①限时办结：在承诺时限内办完。\n";
    let text = format!("{parts}{notes}");
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms = numbered_terms(&doc);
    assert_eq!(
        terms,
        [
            (1, "两馆一中心"),
            (2, "双岗双责"),
            (1, "三清一改"),
            (2, "首办负责"),
            (1, "限时办结")
        ]
    );
    let linked = marker_notes(&doc);
    assert_eq!(linked, [Some(0), Some(1), Some(2), Some(3), Some(4)]);
    assert_eq!(codes(&text), Vec::<Code>::new());
    // The body's parts stay its outline; the groups are no parts.
    let sections: Vec<&str> = doc
        .outline
        .iter()
        .filter(|h| h.kind == report_analysis::outline::HeadingKind::Section)
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(sections, ["回顾", "安排", "自身建设"]);

    // A part's marker its group lacks is missing from that group.
    let short = text.replace("②首办负责：首位经办人负责到底。\n", "");
    let got = findings(&short);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].2,
        Finding::NoteMissing {
            number: 2,
            name: None
        }
    );
}

#[test]
fn groups_under_ordinals_alone_name_the_parts_so_numbered() {
    // `第一部分` alone over each group, dotted notes: the part whose
    // heading starts so is the group's.
    let text = "第一部分　回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n第二部分　安排\n实施“三清一改”①，推广“首办负责”②。\n注释\n第一部分\n1.两馆一中心：图书馆、文化馆和文体中心。\n2.双岗双责：一岗管业务，一岗管安全。\n第二部分\n1.三清一改：清垃圾、清沟渠、清杂物，改陋习。\n2.首办负责：首位经办人负责到底。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 4);
    let linked = marker_notes(&doc);
    assert_eq!(linked, [Some(0), Some(1), Some(2), Some(3)]);
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn groups_name_their_parts_by_ordinal_and_words_in_another_dress() {
    // `（一）回顾部分` over the body's `一、 回顾`, and a subsection `（一）`
    // in the body that is no part.
    let text = "一、 回顾\n（一）文化\n建成“两馆一中心”①，推行“双岗双责”②。\n二、 安排\n实施“三清一改”①，推广“首办负责”②。\n附：名词解释\n（一）回顾部分\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n（二）安排部分\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n②首办负责：首位经办人负责到底。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 4);
    let linked = marker_notes(&doc);
    assert_eq!(linked, [Some(0), Some(1), Some(2), Some(3)]);
    assert_eq!(codes(text), Vec::<Code>::new());
    // The groups' sub-headings are no subsections of the body's parts.
    let subsections: Vec<&str> = doc
        .outline
        .iter()
        .filter(|h| h.kind == report_analysis::outline::HeadingKind::Section)
        .flat_map(|h| &h.children)
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(subsections, ["文化"]);
}

#[test]
fn groups_naming_no_part_of_the_body_are_not_read_as_its_parts() {
    // The sub-headings name topics, not the body's parts: no part's group,
    // so no marker is sent to a group by its part.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n二、安排\n实施“三清一改”③。\n名词解释\n一、文化\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n二、环境\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.notes_sections().all(|s| s.serves_from.is_none()));
}

#[test]
fn a_parts_marker_without_its_note_is_missing_from_that_part() {
    let text = "一、回顾\n建成“两馆一中心”①。\n注：①两馆一中心：图书馆、文化馆和文体中心。\n二、安排\n实施“三清一改”①，推广“积分超市”②。\n注：①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n";
    let got = findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::NoteMissing);
    assert_eq!(
        got[0].2,
        Finding::NoteMissing {
            number: 2,
            name: None
        }
    );
    // A gap inside one part's notes is still a gap.
    let text = "一、回顾\n建成“两馆一中心”①。\n注：①两馆一中心：图书馆、文化馆和文体中心。\n二、安排\n实施“三清一改”①，推广“积分超市”③。\n注：①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n③积分超市：以积分兑换日用品。\n";
    assert_eq!(codes(text), vec![Code::NoteNumbering]);
}

#[test]
fn part_notes_numbered_on_across_parts_raise_nothing() {
    let text = "一、回顾\n建成“两馆一中心”①。\n注：①两馆一中心：图书馆、文化馆和文体中心。\n二、安排\n实施“三清一改”②。\n注：②三清一改：清垃圾、清沟渠、清杂物，改陋习。\n";
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn a_note_line_under_a_list_is_no_parts_notes() {
    // `①` opens the list's items, not a mark after a term: the block under
    // it explains no marked term, and the report's notes stay one section.
    let text = "一、回顾\n主要做了三件事：①稳就业；②保民生；③促发展。\n注：①稳就业：新增岗位两千个。\n二、安排\n实施“三清一改”①。\n注释：\n①三清一改：清垃圾、清沟渠、清杂物，改陋习。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.part_notes_sections.is_empty());
    assert_eq!(terms_of(text), read_notes(&[(1, "三清一改")]));
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn the_body_resumes_after_one_parts_notes() {
    // The notes close the first part only: the next parts are the body's,
    // their terms read, and a mark there after another term has no note.
    let text = "一、回顾\n建成“两馆一中心”①。\n注：①两馆一中心：图书馆、文化馆和文体中心。\n二、安排\n推广“积分超市”①。\n三、自身建设\n坚持依法行政。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let titles: Vec<&str> = doc.outline.iter().map(|h| h.title.as_str()).collect();
    assert!(
        titles.contains(&"安排") && titles.contains(&"自身建设"),
        "{titles:?}"
    );
    let got = findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::NoteMissing, "①"));
    // The same term marked again there is the note's.
    let text = "一、回顾\n建成“两馆一中心”①。\n注：①两馆一中心：图书馆、文化馆和文体中心。\n二、安排\n用好“两馆一中心”①。\n";
    assert_eq!(codes(text), Vec::<Code>::new());
}

/// Codes of the findings on a whole report, title included.
fn report_codes(report: &str) -> Vec<Code> {
    let config = Config::default();
    let doc = Document::parse(report, &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .map(|d| d.code())
        .collect()
}

#[test]
fn notes_standing_before_the_body_leave_the_body_after_them() {
    // Title, meeting line, byline, then the notes, then the address and
    // the parts: the parts are the body, outlined, their marks the notes'.
    let cover = "2031年示例县政府工作报告\n——2031年1月8日在示例县人民代表大会上\n县长　某某\n";
    let notes =
        "名词解释\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n";
    let body = "各位代表：\n现在，我代表县人民政府作报告。\n一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n二、安排\n用好两馆一中心，落实双岗双责。\n";
    let report = format!("{cover}{notes}{body}");
    let doc = Document::parse(report.as_str(), &Config::default());
    let titles: Vec<&str> = doc.outline.iter().map(|h| h.title.as_str()).collect();
    assert!(
        titles.contains(&"回顾") && titles.contains(&"安排"),
        "{titles:?}"
    );
    let linked = marker_notes(&doc);
    assert_eq!(linked, [Some(0), Some(1)]);
    // The body is what follows the notes, from the address on.
    let address = report.find("各位代表").unwrap();
    let notes_end = address - 1;
    assert!(
        doc.body.iter().all(|r| r.start >= notes_end),
        "{:?}",
        doc.body
    );
    assert!(doc.body.iter().any(|r| r.contains(&address)));
    assert_eq!(
        doc.notes[1].text(&doc.text),
        "一岗管业务，一岗管安全。",
        "the last note stops where the body opens"
    );
    assert_eq!(report_codes(&report), Vec::<Code>::new());
    // A mark in the body with no note is missing, found there.
    let report = format!(
        "{cover}{notes}{}",
        body.replace("安排\n", "安排\n推广“积分超市”③。\n")
    );
    assert_eq!(report_codes(&report), [Code::NoteMissing]);
    // With no blank line and no address, the first part opens the body.
    let report = format!("{cover}{notes}{}", &body[body.find("一、").unwrap()..]);
    assert_eq!(report_codes(&report), Vec::<Code>::new());
}

#[test]
fn notes_run_on_after_the_first_parts_last_sentence_close_that_part() {
    // `……增长6%。注：①甲：…②乙：…` closing the first part, the body going
    // on: the notes are read, the next parts are the body's.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②，产值增长6%。注：①两馆一中心：图书馆、文化馆和文体中心。②双岗双责：一岗管业务，一岗管安全。\n二、安排\n用好两馆一中心。\n三、自身建设\n坚持依法行政，落实双岗双责。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "两馆一中心"), (2, "双岗双责")])
    );
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let titles: Vec<&str> = doc.outline.iter().map(|h| h.title.as_str()).collect();
    assert!(titles.contains(&"自身建设"), "{titles:?}");
    assert_eq!(codes(text), Vec::<Code>::new());
    // A data remark run on there, its items marked nowhere, is no notes.
    let text = "一、回顾\n全县产值增长6%。注：①产值：按可比价格计算。②增速：与上年相比。\n二、安排\n继续做好各项工作。\n三、自身建设\n坚持依法行政。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.notes.is_empty());
}

#[test]
fn each_annexs_notes_are_read() {
    let text = "一、回顾\n各项工作稳步推进。\n二、安排\n办好附件所列实事。\n附件1\n去年实事完成情况\n完成“适老改造”①，推行“阳光厨房”②。\n注：①适老改造：为老年人家庭加装扶手等设施。②阳光厨房：食堂后厨全程可视。\n附件2\n今年实事安排\n实施“学位扩容”①。\n注：①学位扩容：新建、扩建学校增加学位。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 3);
    assert!(doc.markers.iter().all(|m| m.note.is_some()));
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn terms_alone_on_their_lines_with_no_numbers_are_notes() {
    // A word processor's bold terms, each on its own line, the explanation
    // below; a wrapped piece of an explanation is no term.
    let text = "一、回顾\n推进两网融合，完成三线整治。\n二、安排\n抓好一村一品。\n名词解释\n两网融合\n城市管网与农村管网统一规划、统一建设。\n三线整治\n电力线、通信线、广电线\n入地整治。\n一村一品\n每个村发展一个主导产品。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "两网融合"), (2, "三线整治"), (3, "一村一品")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
    // A term followed by a piece of words with no stop is not sure to be
    // one: nothing is read rather than a wrong term.
    let text = "一、回顾\n推进两网融合。\n名词解释\n两网融合\n城市管网与农村管网\n统一规划、统一建设。\n一村一品\n每个村发展一个主导产品。\n";
    assert!(
        !terms_of(text)
            .iter()
            .any(|(_, t)| t.as_deref() == Some("城市管网与农村管网"))
    );
    // Terms with their separators keep their wrapped lines.
    let text = "一、回顾\n推进两网融合，完成三线整治。\n名词解释\n两网融合：城市管网与农村管网一体化，管网\n统一规划\n建设。\n三线整治：电力线、通信线入地整治。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "两网融合"), (2, "三线整治")])
    );
}

#[test]
fn a_tables_note_in_an_annex_is_no_notes_section() {
    // Under the bare label 注 right under a table's rows: the table's.
    let text = "一、回顾\n全县产值完成90亿元。\n二、安排\n继续做好各项工作。\n附件\n主要预期目标\n指标　　单位　　目标\n产值　　亿元　　96\n注：\n1.产值：按可比价格计算增速。\n2.居民收入：按常住人口计算。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert!(doc.notes.is_empty());
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn a_notes_own_list_on_lines_numbered_like_the_notes_stays_in_it() {
    // `②三件实事：` over lines `①…；` `②…；` `③…。`: the list is the note's
    // text; the next note names its term.
    let text = "一、回顾\n推进“两网融合”①，办好“三件实事”②。\n二、安排\n抓好“一村一品”③。\n注释\n①两网融合：城乡管网一体化。\n②三件实事：\n①新建幼儿园3所；\n②改造村道50公里；\n③新增岗位2000个。\n③一村一品：每村发展一个主导产品。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "两网融合"), (2, "三件实事"), (3, "一村一品")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
    // The list is counted: four things said, three listed.
    let broken = text.replace("三件实事", "四件实事");
    assert!(codes(&broken).contains(&Code::CountMismatch));
}

#[test]
fn a_bare_shuoming_heads_notes_only_where_the_body_points_at_them() {
    let body = "一、回顾\n建设“三园联动”①，推行“双岗双责”②，城乡面貌明显改善。\n二、安排\n继续做好各项工作，推动高质量发展，增进民生福祉。\n";
    for notes in [
        "说明：\n1.三园联动：工业园、农业园、物流园一起发展。\n2.双岗双责：一岗管业务，一岗管安全。\n",
        "说明：①三园联动：工业园、农业园、物流园一起发展。②双岗双责：一岗管业务，一岗管安全。\n",
    ] {
        let text = format!("{body}{notes}");
        assert_eq!(
            terms_of(&text),
            read_notes(&[(1, "三园联动"), (2, "双岗双责")]),
            "{text}"
        );
        assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
    }
    // A data note under 说明 names words the body only mentions: body.
    let text = "一、回顾\n全县产值增速6%，财政收入8亿元，城乡面貌明显改善。\n二、安排\n继续做好各项工作，推动高质量发展，增进民生福祉。\n说明：\n1.产值增速：按可比价格计算。\n2.财政收入：为快报数。\n";
    assert_eq!(terms_of(text), Vec::new());
}

#[test]
fn a_gap_in_notes_run_onto_one_line_is_a_numbering_slip() {
    let text = "推进“三园联动”①，实行“双岗双责”②，办好“四件小事”③。\n注释：\n①三园联动：工业园、农业园、物流园一起发展。③四件小事：修路灯、通公交、建书屋、办食堂。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (3, "四件小事")])
    );
    let got = codes(text);
    assert!(got.contains(&Code::NoteMissing), "{got:?}");
    assert!(got.contains(&Code::NoteNumbering), "{got:?}");
    // A number past the next in a note's text, naming no term, is its text.
    let text = "推进“三园联动”①，实行“双岗双责”②。\n注释：\n①三园联动：三个园区一起发展。③号楼为展馆。\n②双岗双责：一岗管业务，一岗管安全。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "双岗双责")])
    );
}

#[test]
fn dotted_notes_closing_each_part_name_the_terms_it_quotes() {
    let text = "一、回顾\n建成“两馆一中心”，推行“双岗双责”，城乡面貌明显改善。\n注：1.两馆一中心：图书馆、文化馆和文体中心。\n2.双岗双责：一岗管业务，一岗管安全。\n二、安排\n办好“四件小事”，推进“三园联动”。\n注：1.四件小事：修路灯、通公交、建书屋、办食堂。\n2.三园联动：工业园、农业园、物流园一起发展。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[
            (1, "两馆一中心"),
            (2, "双岗双责"),
            (1, "四件小事"),
            (2, "三园联动")
        ])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
    // A table's note names words of its rows, written plain in the part.
    let text = "一、回顾\n全县产值增速6%，城乡面貌明显改善。\n注：1.产值增速：按可比价格计算。\n2.收入：为快报数。\n二、安排\n办好“四件小事”①。\n注释\n①四件小事：修路灯、通公交、建书屋、办食堂。\n";
    assert_eq!(terms_of(text), read_notes(&[(1, "四件小事")]));
}

#[test]
fn notes_run_onto_one_line_after_a_half_width_semicolon_are_split() {
    let text = "建设“三园联动”[1],推行“双岗双责”[2].\n注释:[1]三园联动:工业园、农业园、物流园一起发展;[2]双岗双责:一岗管业务,一岗管安全;\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[(1, "三园联动"), (2, "双岗双责")])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
}

#[test]
fn a_shuoming_block_after_the_notes_is_no_notes_text() {
    let text = "建设“三园联动”①，推行“双岗双责”②。\n名词解释\n①三园联动：工业园、农业园、物流园一起发展。\n②双岗双责：一岗管业务，一岗管安全。\n说明：\n1.本报告数据为快报数。\n2.增速按可比价格计算。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let last = doc.notes.last().expect("two notes");
    assert_eq!(
        &doc.text[last.text_range.clone()],
        "一岗管业务，一岗管安全。"
    );
}

#[test]
fn terms_alone_on_their_lines_read_alike_in_half_width_punctuation() {
    let full = "推进“三园联动”，实行“双岗双责”，办好“四件小事”。\n名词解释\n三园联动\n工业园、农业园、物流园一起发展（含新区）\n双岗双责\n一岗管业务，一岗管安全；\n四件小事\n修路灯、通公交、建书屋、办食堂。\n";
    let half = full
        .replace('（', "(")
        .replace('）', ")")
        .replace('，', ",")
        .replace('；', ";");
    let want = read_notes(&[(1, "三园联动"), (2, "双岗双责"), (3, "四件小事")]);
    assert_eq!(terms_of(full), want);
    assert_eq!(terms_of(&half), want);
}

#[test]
fn a_numeric_slogan_closed_by_a_comma_is_its_notes_term() {
    for comma in ["，", ","] {
        let text = format!(
            "推进“三园联动”①，实行“两岗两责”②。\n注释\n1、三园联动{comma}工业园、农业园、物流园一起发展。\n2、两岗两责{comma}一岗管业务，一岗管安全。\n"
        );
        assert_eq!(
            terms_of(&text),
            read_notes(&[(1, "三园联动"), (2, "两岗两责")]),
            "{text}"
        );
        assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
    }
    // Words opening a sentence are no term.
    let text =
        "推进“三园联动”①。\n注释\n1、三园联动：三个园区一起发展。\n2、今年，三个园区全部建成。\n";
    assert_eq!(
        terms_of(text),
        vec![(1, Some("三园联动".to_string())), (2, None)]
    );
}

/// A body using three slogans, longer than a line of notes (a line near a
/// report's start is no notes section).
const THREE_SLOGANS_BODY: &str = "一、回顾\n建成“两馆一中心”，推行“双岗双责”。全县上下团结一心、真抓实干，各项事业取得新的进展，群众的获得感不断增强。\n二、安排\n实施“三清一改”。坚持稳中求进，统筹发展和安全，抓好各项重点工作，确保全年目标任务圆满完成。\n";

/// `notes` explaining the body's three slogans in one layout: the three
/// notes are read with their terms (quoted or not), and nothing is found.
fn three_notes_read_quietly(notes: &str) {
    let text = format!("{THREE_SLOGANS_BODY}{notes}");
    let terms: Vec<(u32, Option<String>)> = terms_of(&text)
        .into_iter()
        .map(|(n, term)| (n, term.map(|t| t.trim_matches(['“', '”']).to_string())))
        .collect();
    assert_eq!(
        terms,
        read_notes(&[(1, "两馆一中心"), (2, "双岗双责"), (3, "三清一改")]),
        "{notes}"
    );
    assert_eq!(codes(&text), Vec::<Code>::new(), "{notes}");
}

#[test]
fn markdown_notes_bulleted_and_in_bold_are_read() {
    // A report kept in Markdown: a `##` heading, bulleted items, bold terms.
    for notes in [
        "## 名词解释\n- **两馆一中心**：图书馆、文化馆和文体中心。\n- **双岗双责**：一岗管业务，一岗管安全。\n- **三清一改**：清垃圾、清沟渠、清杂物，改陋习。\n",
        "## 名词解释\n1. **两馆一中心**：图书馆、文化馆和文体中心。\n2. **双岗双责**：一岗管业务，一岗管安全。\n3. **三清一改**：清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn notes_bulleted_with_a_word_processors_glyph_are_read_without_it() {
    // A Word list pasted as text keeps its bullet glyph, glued to the term
    // or spaced from it, numbered or not: the glyph is no word of the term.
    for notes in [
        "名词解释\n■两馆一中心：图书馆、文化馆和文体中心。\n■双岗双责：一岗管业务，一岗管安全。\n■三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
        "名词解释\n● 两馆一中心：图书馆、文化馆和文体中心。\n● 双岗双责：一岗管业务，一岗管安全。\n● 三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
        "名词解释\n◆1.两馆一中心：图书馆、文化馆和文体中心。\n◆2.双岗双责：一岗管业务，一岗管安全。\n◆3.三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn numbered_terms_alone_on_their_lines_are_notes() {
    // A word processor's numbered list of bold terms, each explanation in
    // the paragraph below: `（一）` or `一、` before the term is its place
    // in the list, not a group's heading nor the body's next part (the
    // body has two parts, the notes' third item is numbered `三、`).
    for numbers in [["（一）", "（二）", "（三）"], ["一、", "二、", "三、"]] {
        let terms = ["两馆一中心", "双岗双责", "三清一改"];
        let explanations = [
            "图书馆、文化馆和文体中心。",
            "一岗管业务，一岗管安全。",
            "清垃圾、清沟渠、清杂物，改陋习。",
        ];
        let mut notes = "名词解释\n".to_string();
        for i in 0..3 {
            notes.push_str(&format!(
                "{}{}\n{}\n",
                numbers[i], terms[i], explanations[i]
            ));
        }
        three_notes_read_quietly(&notes);
    }
}

#[test]
fn a_notes_label_alone_on_its_line_numbers_the_note_below() {
    // `注1` on a line of its own, the note (`甲：…`) on the line below: the
    // label is no term.
    three_notes_read_quietly(
        "注释\n注1\n两馆一中心：图书馆、文化馆和文体中心。\n注2\n双岗双责：一岗管业务，一岗管安全。\n注3\n三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
    );
}

#[test]
fn a_notes_heading_written_before_every_note_is_no_term() {
    // `注：` before each note, not only the first: the label is the line's
    // dress, the quoted name after it the term.
    for notes in [
        "注：“两馆一中心”是指图书馆、文化馆和文体中心。\n注：“双岗双责”是指一岗管业务，一岗管安全。\n注：“三清一改”是指清垃圾、清沟渠、清杂物，改陋习。\n",
        "注：两馆一中心：图书馆、文化馆和文体中心。\n注：双岗双责：一岗管业务，一岗管安全。\n注：三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn a_quoted_name_closed_by_a_comma_is_its_notes_term() {
    // The quotes close the term, numeral or none: `［2］“双岗双责”，一岗…`.
    for notes in [
        "注释\n［1］“两馆一中心”，图书馆、文化馆和文体中心。\n［2］“双岗双责”，一岗管业务，一岗管安全。\n［3］“三清一改”，清垃圾、清沟渠、清杂物，改陋习。\n",
        "注释：\n注1：“两馆一中心”, 图书馆、文化馆和文体中心。\n注2：“双岗双责”, 一岗管业务，一岗管安全。\n注3：“三清一改”, 清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
    // Names parted by commas share the explanation after them: the first
    // is no term alone.
    let text = format!("{THREE_SLOGANS_BODY}注释\n1.“河长制”，“湖长制”，分别是两项制度。\n");
    assert_ne!(terms_of(&text), read_notes(&[(1, "“河长制”")]), "{text}");
}

#[test]
fn a_slogan_counting_with_shuang_is_read_as_one_counting_with_liang() {
    // 双 is a slogan's numeral (`双岗双责`, `双碳`): unquoted, the name
    // closes at a comma, one space or 指 as `两岗两责` does.
    for notes in [
        "注释\n［1］两馆一中心，图书馆、文化馆和文体中心。\n［2］双岗双责，一岗管业务，一岗管安全。\n［3］三清一改，清垃圾、清沟渠、清杂物，改陋习。\n",
        "注释\n① 两馆一中心 图书馆、文化馆和文体中心。\n② 双岗双责 一岗管业务，一岗管安全。\n③ 三清一改 清垃圾、清沟渠、清杂物，改陋习。\n",
        "注释\n1.两馆一中心指图书馆、文化馆和文体中心。\n2.双岗双责指一岗管业务，一岗管安全。\n3.三清一改指清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn a_notes_table_pasted_with_its_cells_parted_by_spaces_is_read() {
    // A table copied out of Word: cells parted by two spaces or a wide one,
    // column headers over the rows, the rows numbered or not.
    for notes in [
        "名词解释\n序号  名称  含义\n1  两馆一中心  图书馆、文化馆和文体中心。\n2  双岗双责  一岗管业务，一岗管安全。\n3  三清一改  清垃圾、清沟渠、清杂物，改陋习。\n",
        "名词解释\n序号　名称　含义\n1　两馆一中心　图书馆、文化馆和文体中心。\n2　双岗双责　一岗管业务，一岗管安全。\n3　三清一改　清垃圾、清沟渠、清杂物，改陋习。\n",
        "名词解释\n名词  解释\n两馆一中心  图书馆、文化馆和文体中心。\n双岗双责  一岗管业务，一岗管安全。\n三清一改  清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn names_in_a_row_closed_by_a_full_stop_are_one_notes_term() {
    // `2.甲、乙。…`: under a list whose terms close with a full stop, one
    // note naming two terms keeps the list read, the first name its term
    // and the second its alias.
    let text = format!(
        "{THREE_SLOGANS_BODY}名词解释\n1.两馆一中心。图书馆、文化馆和文体中心。\n2.双岗双责、三清一改。前者一岗管业务，一岗管安全；后者清垃圾、清沟渠、清杂物，改陋习。\n3.获得感。群众从发展中得到的实惠和满足。\n"
    );
    assert_eq!(
        terms_of(&text),
        read_notes(&[(1, "两馆一中心"), (2, "双岗双责"), (3, "获得感")]),
        "{text}"
    );
    assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
}

#[test]
fn notes_without_a_heading_name_terms_the_body_quotes_with_words_around_them() {
    // No heading: the terms must be used in the body above, and a term
    // quoting part of itself (`“两馆一中心”工程`, `工作“双岗双责”`) is
    // used where the body writes its quoted words.
    let notes = "1.“两馆一中心”工程：图书馆、文化馆和文体中心。\n2.工作“双岗双责”：一岗管业务，一岗管安全。\n3.“三清一改”行动：清垃圾、清沟渠、清杂物，改陋习。\n";
    let text = format!("{THREE_SLOGANS_BODY}{notes}");
    assert_eq!(
        terms_of(&text),
        read_notes(&[
            (1, "“两馆一中心”工程"),
            (2, "工作“双岗双责”"),
            (3, "“三清一改”行动")
        ]),
        "{text}"
    );
    assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
}

/// Each note's number and term, in order.
fn note_terms(doc: &Document) -> Vec<(u32, Option<&str>)> {
    doc.notes
        .iter()
        .map(|n| (n.number, n.term.as_deref()))
        .collect()
}

/// A report copied out of a PDF whose notes stood at the foot of each
/// page: each page's notes follow its text, with no heading, numbered on
/// from the page before.
const PAGE_FEET: &str = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。全县上下团结一心、真抓实干，各项事业取得新的进展。\n①两馆一中心：图书馆、文化馆和文体中心。\n\n②双岗双责：一岗管业务，一岗管安全。\n— 1 —\n实施“三清一改”③，村容村貌明显改善。\n二、安排\n坚持稳中求进，统筹发展和安全，抓好各项重点工作。\n③三清一改：清垃圾、清沟渠、清杂物，改陋习。\n— 2 —\n新建学校3所：甲校、乙校。继续推进“两馆一中心”建设。\n";

#[test]
fn notes_at_each_pages_foot_are_read_as_notes() {
    let doc = Document::parse(format!("{TITLE}{PAGE_FEET}"), &Config::default());
    assert_eq!(
        note_terms(&doc),
        [
            (1, Some("两馆一中心")),
            (2, Some("双岗双责")),
            (3, Some("三清一改"))
        ]
    );
    let linked: Vec<Option<usize>> = doc.markers.iter().map(|m| m.note).collect();
    assert_eq!(linked, [Some(0), Some(1), Some(2)]);
    // The body goes on past each page's notes: both parts are outlined,
    // and a count after the last notes is still read.
    let sections: Vec<&str> = doc
        .outline
        .iter()
        .filter(|h| h.kind == report_analysis::outline::HeadingKind::Section)
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(sections, ["回顾", "安排"]);
    let got = findings(PAGE_FEET);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::CountMismatch, "{got:?}");
}

#[test]
fn a_long_page_foot_note_wrapped_onto_lines_of_its_own_keeps_them() {
    // The first note runs onto a line of its own before the second; the
    // next page's text (which writes its mark ③) starts a page again.
    let wrapped = PAGE_FEET
        .replace(
            "①两馆一中心：图书馆、文化馆和文体中心。\n\n",
            "①两馆一中心：图书馆、文化馆\n和文体中心。\n",
        )
        .replace(
            "③三清一改：清垃圾、清沟渠、",
            "③三清一改：清垃圾、\n清沟渠、",
        );
    let doc = Document::parse(format!("{TITLE}{wrapped}"), &Config::default());
    let notes: Vec<(u32, String)> = doc
        .notes
        .iter()
        .map(|n| (n.number, n.words(&doc.text).replace('\n', "")))
        .collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(notes[0].1.ends_with("文化馆和文体中心。"), "{notes:?}");
    assert!(notes[2].1.contains("清垃圾、清沟渠"), "{notes:?}");
    assert_eq!(codes(&wrapped), [Code::CountMismatch], "{wrapped}");
    // A page with no notes of its own below a note that ends its sentence
    // is the body's, though a page's number closes it too.
    let page = PAGE_FEET.replace("— 2 —\n", "— 2 —\n新建学校3所：甲校、乙校。\n— 3 —\n");
    let doc = Document::parse(format!("{TITLE}{page}"), &Config::default());
    assert!(
        doc.notes
            .iter()
            .all(|n| !n.words(&doc.text).contains("新建")),
        "{page}"
    );
    assert_eq!(
        codes(&page),
        [Code::CountMismatch, Code::CountMismatch],
        "{page}"
    );
}

#[test]
fn page_foot_notes_are_read_only_when_their_numbers_run_on() {
    // ② lost: the others are read, and the gap and the marker told.
    let gap = PAGE_FEET
        .replace("②双岗双责：一岗管业务，一岗管安全。\n", "")
        .replace("新建学校3所", "新建学校2所");
    let doc = Document::parse(format!("{TITLE}{gap}"), &Config::default());
    assert_eq!(doc.notes.len(), 2, "{:?}", doc.notes);
    assert_eq!(
        codes(&gap),
        [Code::NoteMissing, Code::NoteNumbering],
        "{gap}"
    );
    // Numbered afresh on each page: each page's markers point at its own.
    let afresh = PAGE_FEET.replace("③", "①");
    let doc = Document::parse(format!("{TITLE}{afresh}"), &Config::default());
    let linked: Vec<Option<usize>> = doc.markers.iter().map(|m| m.note).collect();
    assert_eq!(linked, [Some(0), Some(1), Some(2)], "{afresh}");
    assert_eq!(codes(&afresh), [Code::CountMismatch], "{afresh}");
    // A line opening with a marker names no term the body marks so: the
    // notes are lost still.
    let lost = PAGE_FEET
        .replace("①两馆一中心：", "①新建场馆：")
        .replace("②双岗双责：", "②岗位制度：")
        .replace("③三清一改：", "③整治行动：");
    assert!(codes(&lost).contains(&Code::NotesSectionMissing), "{lost}");
    // A list item of the body opening with a circled number is no note.
    let listed = PAGE_FEET.replace(
        "坚持稳中求进",
        "重点抓好两件事：\n①新建学校：甲校。\n②改造道路：乙路。\n坚持稳中求进",
    );
    let doc = Document::parse(format!("{TITLE}{listed}"), &Config::default());
    assert_eq!(doc.notes.len(), 3, "{listed}");
}

#[test]
fn page_foot_notes_numbered_by_bare_digits_are_read_where_the_page_marks_them_so() {
    // A page's superscripts copied as plain digits: `“两馆一中心”1` over
    // `1两馆一中心：…`.
    let bare = PAGE_FEET
        .replace("①", "1")
        .replace("②", "2")
        .replace("③", "3");
    let doc = Document::parse(format!("{TITLE}{bare}"), &Config::default());
    assert_eq!(
        note_terms(&doc),
        [
            (1, Some("两馆一中心")),
            (2, Some("双岗双责")),
            (3, Some("三清一改"))
        ],
        "{bare}"
    );
    let linked: Vec<Option<usize>> = doc.markers.iter().map(|m| m.note).collect();
    assert_eq!(linked, [Some(0), Some(1), Some(2)], "{bare}");
    assert_eq!(codes(&bare), [Code::CountMismatch], "{bare}");
    // Digits opening a line of the body (`3处…`, `12条…`) are no notes,
    // nor a line whose term the page does not write before its digits.
    let body = bare
        .replace("1两馆一中心：", "1处场馆：")
        .replace("2双岗双责：", "2条制度：")
        .replace("3三清一改：", "3项整治：");
    let doc = Document::parse(format!("{TITLE}{body}"), &Config::default());
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    let unmarked = bare
        .replace("1两馆一中心：", "1新建场馆：")
        .replace("2双岗双责：", "2岗位制度：")
        .replace("3三清一改：", "3整治行动：");
    let doc = Document::parse(format!("{TITLE}{unmarked}"), &Config::default());
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
    // The digits must stand as a mark: `两馆一中心”15个` is a figure.
    let figure = bare.replace("“两馆一中心”1，", "“两馆一中心”15个，");
    let doc = Document::parse(format!("{TITLE}{figure}"), &Config::default());
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
}

#[test]
fn a_parts_notes_with_its_body_going_on_below_them_keep_the_next_parts() {
    // A part's notes, more of that part's body below them (a marker ③
    // there), the next part, and notes numbered on at the end: the last
    // block explains the marker above the part's heading too.
    let text = format!(
        "{TITLE}一、回顾\n建成“两馆一中心”①，推行“双岗双责”②。\n注释：①“两馆一中心”：图书馆、文化馆和文体中心。②“双岗双责”：一岗管业务，一岗管安全。\n\n实施“三清一改”③，村容村貌明显改善。\n二、安排\n继续抓好各项工作。\n注释\n\n③“三清一改”：清垃圾、清沟渠、清杂物，改陋习。\n"
    );
    let doc = Document::parse(text.clone(), &Config::default());
    assert_eq!(
        note_terms(&doc),
        [
            (1, Some("“两馆一中心”")),
            (2, Some("“双岗双责”")),
            (3, Some("“三清一改”"))
        ]
    );
    assert_eq!(codes(&text), Vec::<Code>::new());
}

#[test]
fn a_glossary_in_one_sentence_is_read_as_one_note_per_term() {
    // The whole glossary in one paragraph, its notes parted by `；` or `。`:
    // each quoted name the body uses starts a note of its own.
    for notes in [
        "名词解释：“两馆一中心”是指图书馆、文化馆和文体中心；“双岗双责”是指一岗管业务、一岗管安全；“三清一改”是指清垃圾、清沟渠、清杂物，改陋习。\n",
        "名词解释：“两馆一中心”是指图书馆、文化馆和文体中心。“双岗双责”是指一岗管业务、一岗管安全。“三清一改”是指清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(notes);
    }
}

#[test]
fn a_name_defined_inside_a_note_stays_in_it() {
    // `“一中心”` is part of the note's own term, and `“文体中心”` a word the
    // body never uses: both explain the note they stand in.
    let text = format!(
        "{TITLE}一、回顾\n建成“两馆一中心”。全县上下团结一心、真抓实干，各项事业取得新的进展，群众的获得感不断增强。\n二、安排\n继续努力。坚持稳中求进，统筹发展和安全，抓好各项重点工作，确保全年目标任务圆满完成。\n名词解释：“两馆一中心”是指图书馆、文化馆和一个中心；“一中心”是指文体中心；“文体中心”是指县里的综合场馆。\n"
    );
    let doc = Document::parse(text, &Config::default());
    assert_eq!(doc.notes.len(), 1);
    assert!(doc.notes[0].text(&doc.text).contains("综合场馆"));
}

#[test]
fn a_part_after_notes_numbered_like_parts_stays_a_part() {
    // Notes numbered `一、` `二、` under the second part, then the body's
    // third part with its own subsections: longer than one more note.
    let text = format!(
        "{TITLE}一、回顾\n建成“两馆一中心”，推行“双岗双责”。\n二、安排\n继续努力。\n名词解释\n一、两馆一中心\n图书馆、文化馆和文体中心。\n二、双岗双责\n一岗管业务，一岗管安全。\n三、今后工作\n（一）稳增长。抓好投资。\n（二）促改革。深化改革。\n（三）惠民生。办好实事。\n各位代表，让我们共同努力。\n"
    );
    let doc = Document::parse(text, &Config::default());
    let parts: Vec<&str> = doc
        .outline
        .iter()
        .filter(|h| h.kind == report_analysis::outline::HeadingKind::Section)
        .map(|h| h.title.as_str())
        .collect();
    assert_eq!(parts, ["回顾", "安排", "今后工作"]);
    assert_eq!(doc.notes.len(), 2);
}

#[test]
fn a_markdown_reports_title_and_headings_are_read() {
    // `#` marks are a heading's level, not its words.
    let text = "# 2031年某县人民政府工作报告\n\n## 一、过去一年工作回顾\n\n全县生产总值达到120亿元。\n\n### （一）经济运行\n\n稳中有进。\n\n## 二、今年工作安排\n\n继续做好各项工作。\n";
    let doc = Document::parse(text, &Config::default());
    let title = doc.title.as_ref().expect("a title");
    assert_eq!(title.text, "2031年某县人民政府工作报告");
    assert_eq!(title.year, Some(2031));
    let sections: Vec<&str> = doc.outline.iter().map(|h| h.title.as_str()).collect();
    assert_eq!(sections, ["过去一年工作回顾", "今年工作安排"]);
    assert_eq!(doc.outline[0].children.len(), 1);
}

#[test]
fn each_note_labelled_with_its_own_zhu_is_read() {
    // `注①甲：…`, `注②乙：…`: the label 注 repeated before every note's
    // number. Missed, only the first note was read and the later markers
    // raised note-missing.
    for marks in [["①", "②", "③"], ["［1］", "［2］", "［3］"]] {
        let text = format!(
            "推进“三河共治”{0}，实施“两园联动”{1}，开展“四季同游”{2}。\n注{0}“三河共治”：治河、治岸、治污。\n注{1}“两园联动”：产业园和物流园一体发展。\n注{2}“四季同游”：四季都有游览线路。\n",
            marks[0], marks[1], marks[2]
        );
        assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        assert_eq!(doc.notes.len(), 3, "{text}");
    }
}

#[test]
fn notes_in_a_table_pasted_one_cell_a_line_are_read() {
    // `序号` / `名词` / `解释` over number, term and explanation each on a
    // line: each term gets its own explanation, the markers their notes.
    let body = "推进“三链融合”①，建设“两园一区”②，开展“百村示范”③。\n二、安排\n深化三链融合，建好两园一区，办好百村示范。\n";
    let text = format!(
        "{body}名词解释\n序号\n名词\n解释\n1\n三链融合\n甲链、乙链、丙链一起发展。\n2\n两园一区\n甲园、乙园和丙区。\n3\n百村示范\n选一百个村先行示范。\n"
    );
    assert_eq!(
        terms_of(&text),
        read_notes(&[(1, "三链融合"), (2, "两园一区"), (3, "百村示范")])
    );
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes[1].text(&doc.text), "甲园、乙园和丙区。");
    assert_eq!(codes(&text), Vec::<Code>::new());
    // The headers on one line, no notes heading: the terms used above.
    let text = format!(
        "{body}序号　名词　解释\n1\n三链融合\n甲链、乙链、丙链一起发展。\n2\n两园一区\n甲园、乙园和丙区。\n3\n百村示范\n选一百个村先行示范。\n"
    );
    assert_eq!(terms_of(&text).len(), 3);
}

#[test]
fn a_table_of_projects_after_the_body_is_no_notes() {
    // A list of projects under `序号　项目名称　主要内容`, its names used in
    // the body: rows of another table, in either layout.
    let body =
        "一、回顾\n各项工作稳步推进。\n二、安排\n实施甲校扩建工程、乙区管网工程和丙村供水工程。\n";
    for rows in [
        "序号\n项目名称\n主要内容\n1\n甲校扩建工程\n新建校舍两栋，新增学位500个。\n2\n乙区管网工程\n改造管网20公里，惠及居民3000户。\n3\n丙村供水工程\n新建水厂一座，保障2万人饮水。\n",
        "序号\t项目名称\t主要内容\n1\t甲校扩建工程\t新建校舍两栋，新增学位500个。\n2\t乙区管网工程\t改造管网20公里，惠及居民3000户。\n3\t丙村供水工程\t新建水厂一座，保障2万人饮水。\n",
    ] {
        assert_eq!(terms_of(&format!("{body}{rows}")), Vec::new(), "{rows}");
    }
}

#[test]
fn term_lines_under_a_bare_explanation_heading_are_notes_when_the_body_points_at_them() {
    // `说明：` (or `说明`) over lines `术语：解释`, the terms quoted or
    // marked in the body: notes, the heading on its line or with the first.
    let body =
        "一、回顾\n推进“三链融合”，建设“两园一区”。\n二、安排\n深化三链融合，建好两园一区。\n";
    let notes = "三链融合：甲链、乙链、丙链一起发展。\n两园一区：甲园、乙园和丙区。\n";
    for heading in ["说明：\n", "说明\n", "【说明】\n"] {
        assert_eq!(
            terms_of(&format!("{body}{heading}{notes}")),
            read_notes(&[(1, "三链融合"), (2, "两园一区")]),
            "{heading}"
        );
    }
    let text = format!(
        "{body}说明：“三链融合”：甲链、乙链、丙链一起发展。\n“两园一区”：甲园、乙园和丙区。\n"
    );
    assert_eq!(terms_of(&text).len(), 2);
    assert_eq!(codes(&text), Vec::<Code>::new());
    // Data remarks under it, their words not pointed at in the body, stay
    // remarks; so does a single line, and a remark in a sentence.
    let body = "一、回顾\n全县产值增长6%，增速居全市前列。\n二、安排\n继续做好各项工作。\n";
    for remarks in [
        "说明：\n增速：按可比价格计算。\n总量：按当年价格计算。\n",
        "说明：\n增速：按可比价格计算。\n",
        "说明：本报告中增速按可比价格计算。\n",
    ] {
        assert_eq!(
            terms_of(&format!("{body}{remarks}")),
            Vec::new(),
            "{remarks}"
        );
    }
}

#[test]
fn notes_switching_from_circled_to_bracketed_numbers_are_one_list() {
    // `①…⑤` then `［6］…`: the next number, its term named, is the next
    // note whatever its form; each marker finds its note.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②，实施“三园联动”③。\n二、安排\n办好“四季村晚”［4］，推进“五水共治”［5］。\n名词解释\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n③三园联动：三个园区一起发展。\n［4］四季村晚：一年四季办村晚。\n［5］五水共治：治五种水。\n";
    assert_eq!(
        terms_of(text),
        read_notes(&[
            (1, "两馆一中心"),
            (2, "双岗双责"),
            (3, "三园联动"),
            (4, "四季村晚"),
            (5, "五水共治")
        ])
    );
    assert_eq!(codes(text), Vec::<Code>::new());
    // A number of another form that is not the next note's stays words.
    let text = "一、回顾\n建成“两馆一中心”①，推行“双岗双责”②，实施“三园联动”③。\n二、安排\n做好各项工作。\n名词解释\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n③三园联动：三个园区一起发展。\n［6］五水共治：治五种水。\n";
    assert_eq!(terms_of(text).len(), 3);
}

#[test]
fn a_term_explained_twice_is_not_missing_its_marker() {
    // `“甲”①` and two notes for 甲: the term carries the first one's
    // marker; no second marker is asked for.
    let text = "建成“两馆一中心”①，推行“双岗双责”②，实施“三园联动”③。\n名词解释\n①两馆一中心：图书馆、文化馆和文体中心。\n②双岗双责：一岗管业务，一岗管安全。\n③三园联动：三个园区一起发展。\n④两馆一中心：图书馆、文化馆和文体中心。\n";
    assert!(
        !codes(text).contains(&Code::MarkerMissing),
        "{:?}",
        codes(text)
    );
}

#[test]
fn a_subtitle_under_the_notes_heading_is_no_note() {
    // `说明：以下按…排列`, `以下名词按…排列：`, `【备注】…`, over one line or
    // two: it tells how the list is laid out; the notes below it, numbered
    // or not, a term with its colon or alone on its line, start at 1.
    let body =
        "一、回顾\n推进“三链融合”①，建设“两园一区”②。\n二、安排\n深化三链融合，建好两园一区。\n";
    let with_colon = "三链融合：甲链、乙链、丙链一起发展。\n两园一区：甲园、乙园和丙区。\n";
    let alone = "三链融合\n甲链、乙链、丙链一起发展。\n两园一区\n甲园、乙园和丙区。\n";
    let numbered = "1.三链融合：甲链、乙链、丙链一起发展。\n2.两园一区：甲园、乙园和丙区。\n";
    for subtitle in [
        "说明：以下按在报告中出现的先后排列。\n",
        "以下名词按在报告中出现先后排列：\n",
        "注：以下名词按出现先后排列。\n",
        "【备注】以下名词按出现先后排列。\n",
        "说明：以下按在报告中出现的先后排列，\n部分名词另见附件。\n",
        "（以下按在报告中出现的先后排列）\n",
    ] {
        for notes in [with_colon, alone, numbered] {
            let text = format!("{body}名词解释\n{subtitle}{notes}");
            assert_eq!(
                terms_of(&text),
                read_notes(&[(1, "三链融合"), (2, "两园一区")]),
                "{text}"
            );
            assert_eq!(codes(&text), Vec::<Code>::new(), "{text}");
        }
    }
}

#[test]
fn notes_in_a_file_whose_lines_end_with_a_lone_carriage_return_are_read() {
    // An old Mac file: every line ends with CR alone, in a table pasted one
    // cell a line as in ordinary numbered notes.
    let body =
        "一、回顾\n推进“三链融合”①，建设“两园一区”②。\n二、安排\n深化三链融合，建好两园一区。\n";
    for notes in [
        "名词解释\n序号\n名词\n解释\n1\n三链融合\n甲链、乙链、丙链一起发展。\n2\n两园一区\n甲园、乙园和丙区。\n",
        "名词解释\n1.三链融合：甲链、乙链、丙链一起发展。\n2.两园一区：甲园、乙园和丙区。\n",
    ] {
        let text = format!("{body}{notes}").replace('\n', "\r");
        assert_eq!(
            terms_of(&text),
            read_notes(&[(1, "三链融合"), (2, "两园一区")]),
            "{notes}"
        );
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        assert_eq!(doc.notes[1].text(&doc.text), "甲园、乙园和丙区。");
        assert_eq!(codes(&text), Vec::<Code>::new(), "{notes}");
    }
}

#[test]
fn notes_naming_no_term_are_read_when_the_body_marks_their_numbers() {
    // Under a heading, or as Markdown footnote definitions with none, notes
    // that only explain (`①甲链、乙链…`): the body's markers, glued after
    // the words they explain, point at them.
    let text = "一、回顾\n推进“三链融合”①，建设“两园一区”②，开展百村示范③。\n二、安排\n继续做好各项工作。\n注释\n①甲链、乙链、丙链一起发展。\n②甲园、乙园和丙区。\n③选一百个村先行示范。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 3);
    assert_eq!(doc.notes[2].text(&doc.text), "选一百个村先行示范。");
    assert!(!codes(text).contains(&Code::NotesSectionMissing));
    let text = "一、回顾\n推进“三链融合”[^1]，建设“两园一区”[^2]。\n\n二、安排\n继续做好各项工作。\n\n[^1]: 甲链、乙链、丙链一起发展。\n[^2]: 甲园、乙园和丙区。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    assert_eq!(doc.notes.len(), 2);
    assert!(!codes(text).contains(&Code::NotesSectionMissing));
    // Remarks on the data under `注：`, the body enumerating with the same
    // circled numbers at its clauses' starts: no notes.
    let text = "一、回顾\n抓了三件事：①稳住工业；②做强农业；③搞活商贸。\n二、安排\n重点是：①扩大投资；②促进消费；③改善民生。\n注：\n①本报告数据为初步统计数。\n②增速按可比价格计算。\n③部分数据因四舍五入存在误差。\n";
    assert_eq!(terms_of(text), Vec::new());
}

#[test]
fn a_slogan_marked_with_a_note_naming_no_term_is_explained() {
    // `“三链融合”①`, note ① only explaining (`①甲链、乙链…`): the marker
    // says which note explains it. Unmarked, with no note, it is undefined.
    let text = "一、回顾\n推进“三链融合”①，建设“两园一区”②，开展百村示范③。\n二、安排\n深化三链融合，建好两园一区。\n注释\n①甲链、乙链、丙链一起发展。\n②甲园、乙园和丙区。\n③选一百个村先行示范。\n";
    assert_eq!(codes(text), Vec::<Code>::new());
    let text = "一、回顾\n推进“三链融合”，建设“两园一区”。\n二、安排\n深化三链融合。\n";
    assert!(codes(text).contains(&Code::TermUndefined));
}

/// Each note's number and term, in the notes' order.
fn numbered_terms(doc: &Document) -> Vec<(u32, &str)> {
    doc.notes
        .iter()
        .map(|n| (n.number, n.term.as_deref().unwrap_or("")))
        .collect()
}

/// The note each marker points at, in the markers' order.
fn marker_notes(doc: &Document) -> Vec<Option<usize>> {
    doc.markers.iter().map(|m| m.note).collect()
}

#[test]
fn two_notes_without_a_heading_are_read_when_the_body_marks_each_after_its_term() {
    // Fewer than three items with no heading are read only when each item's
    // number stands right after its term in the body, in the item's own
    // form or labelled with 注. Missed, the markers raised
    // notes-section-missing on a report with its notes.
    let body = "一、回顾\n全年推进“整村授信”①，发放农户贷款较上年明显增加，惠及农户数千户。\n落实“田长制”②，耕地保护责任逐级压实，违法占用耕地问题得到遏制。\n二、计划\n扩大“整村授信”覆盖面，完善“田长制”考核办法，确保耕地数量不减少。\n";
    let notes = "①整村授信：银行对一个村的农户集中评级、统一授信。\n②田长制：由各级负责同志分片负责耕地保护的制度。\n";
    let text = format!("{body}{notes}");
    assert_eq!(findings(&text), vec![]);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms: Vec<&str> = doc.notes.iter().filter_map(|n| n.term.as_deref()).collect();
    assert_eq!(terms, ["整村授信", "田长制"]);
    assert!(
        doc.markers.iter().all(|m| m.note.is_some()),
        "{:?}",
        doc.markers
    );

    // Numbers labelled with 注 at the line's start, the body's markers in
    // brackets.
    let body = body.replace('①', "（注1）").replace('②', "（注2）");
    let notes = "注1：整村授信，指银行对一个村的农户集中评级、统一授信。\n注2：田长制，指由各级负责同志分片负责耕地保护的制度。\n";
    let text = format!("{body}{notes}");
    assert_eq!(findings(&text), vec![]);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let terms: Vec<&str> = doc.notes.iter().filter_map(|n| n.term.as_deref()).collect();
    assert_eq!(terms, ["整村授信", "田长制"]);
    let linked: Vec<(u32, Option<usize>)> =
        doc.markers.iter().map(|m| (m.number, m.note)).collect();
    assert_eq!(linked, [(1, Some(0)), (2, Some(1))]);

    // Two items the body numbers only as a list's clauses (`：①…；②…`)
    // are no notes.
    let listed = "一、回顾\n全年办好两件实事：①新建幼儿园两所，新增学位数百个；②改造老旧小区多个，惠及居民数千户。\n二、计划\n继续办好民生实事，让群众得到更多实惠，推动各项事业全面进步。\n①新建幼儿园：已全部投入使用。\n②改造老旧小区：已全部完工。\n";
    let doc = Document::parse(format!("{TITLE}{listed}"), &Config::default());
    assert!(doc.notes.is_empty(), "{:?}", doc.notes);
}

#[test]
fn the_speaker_turning_to_the_deputies_ends_the_notes_above() {
    // A part's notes placed after it, then the closing words: the address
    // (`各位代表，…`) is the speech going on, not the last note's words.
    let text = "一、回顾\n全年开展“千企帮扶”⑴行动，走访企业上千家。\n开通“民情直通车”⑵热线，办结群众诉求数千件。\n注：\n⑴千企帮扶：由县领导和部门包联企业，帮助解决经营困难。\n⑵民情直通车：县政府设立的群众诉求受理平台。\n二、计划\n推出“双十”⑴招商计划，启动“美丽河湖”⑵建设。\n注：\n⑴双十：十条产业链招商和十个区域招商。\n⑵美丽河湖：水清、岸绿、景美的河湖治理工程。\n各位代表，让我们团结一心，奋力前行！\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let last = doc.notes.last().expect("notes");
    assert_eq!(last.term.as_deref(), Some("美丽河湖"));
    assert_eq!(last.text(&doc.text), "水清、岸绿、景美的河湖治理工程。");
    assert_eq!(findings(text), vec![]);
}

#[test]
fn a_slogans_note_parting_its_parts_by_a_pause_mark_explains_the_body_running_them_together() {
    // The note writes `“一园、两区”`, the body `“一园两区”`: the same
    // slogan, explained. Unmatched, the body's slogan was hinted as
    // undefined and the note had no use.
    let text = "一、回顾\n全年建设“一园两区”，新增入园企业数十家。\n二、计划\n加快“一园两区”建设，完善配套设施。\n名词解释\n1.“一园、两区”：高新园，以及东、西两个产业区。\n";
    assert_eq!(findings(text), vec![]);
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let note = doc.note_term(0).expect("the note's term");
    assert_eq!(note.uses.len(), 2, "{:?}", note.uses);
}

#[test]
fn a_bare_labelled_number_glued_after_its_notes_term_is_its_marker() {
    // `“甲”注1`: the page lost the brackets (or the superscript) around the
    // label; right after note 1's term, 注1 points at note 1.
    let text = "一、回顾\n全年开展“两个清零”注1行动，建成“红色驿站”注2多处。\n二、计划\n巩固“两个清零”成果，用好“红色驿站”注3。\n注释\n注1：两个清零：空壳村和薄弱村清零。\n注2：红色驿站：村里的党群服务站点。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let markers: Vec<(u32, Option<usize>, &str)> = doc
        .markers
        .iter()
        .map(|m| (m.number, m.note, &doc.text[m.range.clone()]))
        .collect();
    // `注3` after note 2's term is not note 2's number: no marker.
    assert_eq!(markers, [(1, Some(0), "注1"), (2, Some(1), "注2")]);
    assert_eq!(findings(text), vec![]);
}

#[test]
fn notes_numbered_with_a_word_processors_other_one_character_numbers_are_read() {
    // `❶`, `➀`, `➊`, `㈠`, `㊀`: numbers up to ten in one character, as a
    // word processor offers them. Read as `①` is, in the notes and as the
    // markers pointing at them; before, `❶两馆一中心` was a term with its
    // glyph, used nowhere, and `㈠` opened no note at all.
    for numbers in [
        ['❶', '❷', '❸'],
        ['➀', '➁', '➂'],
        ['➊', '➋', '➌'],
        ['㈠', '㈡', '㈢'],
        ['㊀', '㊁', '㊂'],
    ] {
        let [one, two, three] = numbers;
        three_notes_read_quietly(&format!(
            "名词解释\n{one}两馆一中心：图书馆、文化馆和文体中心。\n{two}双岗双责：一岗管业务，一岗管安全。\n{three}三清一改：清垃圾、清沟渠、清杂物，改陋习。\n"
        ));
        let text = format!(
            "一、回顾\n建成“两馆一中心”{one}，推行“双岗双责”{two}。\n二、安排\n实施“三清一改”{three}。\n名词解释\n{one}两馆一中心：图书馆、文化馆和文体中心。\n{two}双岗双责：一岗管业务，一岗管安全。\n{three}三清一改：清垃圾、清沟渠、清杂物，改陋习。\n"
        );
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        let linked: Vec<(u32, Option<usize>)> =
            doc.markers.iter().map(|m| (m.number, m.note)).collect();
        assert_eq!(linked, [(1, Some(0)), (2, Some(1)), (3, Some(2))], "{text}");
        assert_eq!(findings(&text), vec![], "{text}");
    }
}

/// The closing words of a speech, as its last paragraph turns to the deputies.
const CLOSING: &str =
    "各位代表！新的征程已经开启，让我们团结一心、奋力拼搏，为建设更加美好的家乡而努力奋斗！\n";

#[test]
fn notes_with_neither_heading_nor_numbers_after_the_closing_words_are_read() {
    // The heading lost upstream: `术语：解释` lines right after the speech's
    // closing words, each naming a slogan the body uses. Before, all three
    // notes were lost and each slogan was hinted as undefined.
    for notes in [
        "“两馆一中心”：图书馆、文化馆和文体中心。\n“双岗双责”：一岗管业务，一岗管安全。\n“三清一改”：清垃圾、清沟渠、清杂物，改陋习。\n",
        "\n两馆一中心：图书馆、文化馆和文体中心。\n\n双岗双责：一岗管业务，一岗管安全。\n\n三清一改：清垃圾、清沟渠、清杂物，改陋习。\n",
    ] {
        three_notes_read_quietly(&format!("{CLOSING}{notes}"));
    }
}

#[test]
fn lines_after_the_closing_words_naming_nothing_the_body_points_at_are_no_notes() {
    // A web page's lines after the report, and data remarks whose words the
    // body writes bare: `词：…` lines as notes are, but no notes.
    for after in [
        "来源：示例县人民政府网\n责任编辑：王五\n发布时间：2031-01-12\n浏览次数：1024\n",
        "居民收入：按常住人口计算。\n财政收入：为一般公共预算收入。\n生产总值增速：按可比价格计算。\n",
        // An annex after the closing words: its items are no notes, though
        // the body quotes their names.
        "附件1\n“教育提升工程”：新建学校3所。\n“道路畅通工程”：新建农村公路120公里。\n“供水保障工程”：新建水厂2座。\n",
    ] {
        let text = format!(
            "一、回顾\n全县生产总值增速居全市前列，居民收入稳步增长，财政收入再创新高。全县上下团结一心、真抓实干，各项事业取得新的进展，群众的获得感不断增强。\n二、安排\n抓好“教育提升工程”“道路畅通工程”“供水保障工程”。坚持稳中求进，统筹发展和安全，抓好各项重点工作，确保全年目标任务圆满完成。\n{CLOSING}{after}"
        );
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        assert!(doc.notes.is_empty(), "{after}: {:?}", doc.notes);
        assert_eq!(codes(&text), Vec::<Code>::new(), "{after}");
    }
}

/// The slogan-count findings on one numeral changed, as (slogan, defined,
/// stated, defined value), and whether term-undefined fired as well.
fn variants(text: &str) -> (Vec<(String, String, u32, u32)>, bool) {
    let got = findings(text);
    let undefined = got.iter().any(|f| f.0 == Code::TermUndefined);
    let found = got
        .into_iter()
        .filter_map(|f| match f.2 {
            Finding::SloganVariant {
                slogan,
                defined,
                stated,
                defined_value,
                ..
            } => Some((slogan.into(), defined.into(), stated, defined_value)),
            _ => None,
        })
        .collect();
    (found, undefined)
}

#[test]
fn a_slogan_one_numeral_from_a_note_never_used_is_its_slip() {
    // The note's term is used nowhere; the one slogan one numeral away
    // is where it was meant.
    // (A note whose items slogan-count reads tells the count instead.)
    let text = "一、今年的安排\n加强边境管理，全面推进“六防”建设。\n注释\n1.“五防”：边境地区群防群治的工作机制。\n";
    let (found, undefined) = variants(text);
    assert_eq!(found, vec![("“六防”".into(), "“五防”".into(), 6, 5)]);
    assert!(!undefined, "one slip, one finding");
}

#[test]
fn a_slogan_one_numeral_from_the_quoted_slogan_of_a_note_is_its_slip() {
    // The note names its slogan inside other words (`企业` after the
    // quote, a field before it) and explains it in prose; the body writes
    // the quote alone, once more in the same words with another numeral.
    for (note, review, used, defined) in [
        (
            "1.“四上”企业：达到一定规模、资质或限额的法人单位的统称。",
            "“四上”",
            "“五上”",
            "“四上”企业",
        ),
        (
            "1.城区“两核三带”：本市城区的总体空间布局。",
            "“两核三带”",
            "“两核四带”",
            "城区“两核三带”",
        ),
    ] {
        let text = format!(
            "一、过去一年的工作\n积极培育{review}，工业稳步增长。\n二、今年的安排\n积极培育{used}，抓好项目建设。\n注释\n{note}\n"
        );
        let (found, undefined) = variants(&text);
        assert_eq!(found.len(), 1, "{note}: {found:?}");
        assert_eq!((found[0].0.as_str(), found[0].1.as_str()), (used, defined));
        assert!(!undefined, "one slip, one finding");
    }
}

#[test]
fn a_slogan_in_the_words_of_an_explained_one_is_its_slip() {
    // `坚决做到` before both: the same phrase, another numeral.
    let text = "一、过去一年的工作\n坚决做到“两个落实”①，任务全部完成。\n二、今年的安排\n坚决做到“三个落实”，确保见效。\n注释\n①“两个落实”：落实责任，落实经费。\n";
    let (found, _) = variants(text);
    assert_eq!(
        found,
        vec![("“三个落实”".into(), "“两个落实”".into(), 3, 2)]
    );
    // In words of its own, a set of another size is meant as written.
    let text = "一、过去一年的工作\n坚决做到“两个落实”①，任务全部完成。\n二、今年的安排\n对标先进地区“三个落实”，确保见效。\n注释\n①“两个落实”：落实责任，落实经费。\n";
    let (found, undefined) = variants(text);
    assert_eq!(found, vec![]);
    assert!(undefined, "still a slogan nothing explains");
}

#[test]
fn a_slogan_written_once_beside_the_reports_own_spelling_one_off_is_its_slip() {
    // Two years' work, each a line.
    let report =
        |review: &str, plans: &str| format!("一、过去一年\n{review}\n二、今年的安排\n{plans}\n");
    // Nothing explains either: the report writes `三个示范区` twice, then
    // `四个示范区` once.
    let text = &report(
        "围绕“三个示范区”办好节会。",
        "擦亮“三个示范区”。全力打造“四个示范区”。",
    );
    let (found, undefined) = variants(text);
    assert_eq!(
        found,
        vec![("“四个示范区”".into(), "“三个示范区”".into(), 4, 3)]
    );
    assert!(undefined, "the set itself is still explained nowhere");
    let got = findings(text);
    let message = got
        .iter()
        .find(|f| f.0 == Code::SloganCount)
        .map(|f| report_analysis::messages::message(&f.2, report_analysis::messages::Locale::Zh));
    assert_eq!(
        message.as_deref(),
        Some(
            "“四个示范区”只用了这一次，本报告另外 2 处都写作“三个示范区”（此处为 4，彼处为 3），可能写错了其中一处"
        )
    );
    // Sizes apart are sets of their own: a set the report explains
    // nowhere says nothing about a numeral far from its own.
    let text = &report(
        "围绕“三个示范区”办好节会。",
        "擦亮“三个示范区”，全力打造“六个示范区”。",
    );
    assert_eq!(variants(text).0, vec![]);
    // A word of one character may name sets of several sizes (`三保`,
    // `四保`): the report's own spelling says nothing of another.
    let text = &report("落实“三保”要求。", "坚持“三保”底线，做好“四保”工作。");
    assert_eq!(variants(text).0, vec![]);
    // Written once each: neither is the report's own spelling.
    let text = &report("围绕“三个示范区”办好节会。", "全力打造“四个示范区”。");
    assert_eq!(variants(text).0, vec![]);
}

#[test]
fn slogan_variants_abstain_where_more_than_one_reading_is_open() {
    // Written twice: meant as written.
    let text = "推进“六防”建设，落实“六防”责任。\n注释\n1.“五防”：边境地区群防群治的工作机制。\n";
    assert_eq!(variants(text).0, vec![]);
    // Two explained sizes: which one was meant is not known.
    let text = "推进“四个一批”项目。\n注释\n1.“三个一批”：签约一批、开工一批、投产一批。\n2.“五个一批”：签约一批、开工一批、投产一批、达效一批、储备一批。\n";
    assert_eq!(variants(text).0, vec![]);
    // Any programme may be called `N大行动`.
    let text = "启动实施“八大行动”。\n注释\n1.“七大行动”：甲、乙、丙、丁、戊、己、庚。\n";
    assert_eq!(variants(text).0, vec![]);
    // A well-known slogan has older forms of other numerals.
    let text = "牢记“两个务必”。\n";
    assert_eq!(variants(text).0, vec![]);
}

#[test]
fn slogan_variants_are_told_by_term_undefined_when_slogan_count_is_off() {
    let text = "全面推进“六防”建设。\n注释\n1.“五防”：边境地区群防群治的工作机制。\n";
    let config = Config::from_toml("[rules]\nslogan-count = \"off\"\n").expect("config");
    let got: Vec<Code> = findings_with(text, &config)
        .into_iter()
        .map(|f| f.0)
        .collect();
    assert!(got.contains(&Code::TermUndefined), "{got:?}");
    assert!(!got.contains(&Code::SloganCount), "{got:?}");
}
