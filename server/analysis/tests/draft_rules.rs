//! The cross-report rules on a draft and last year's report, written for
//! the test: which reports pair, how targets meet results, and where the
//! rules must stay quiet.

use std::sync::Arc;

use report_analysis::diagnostic::Outcome;
use report_analysis::messages::message;
use report_analysis::{
    Code, Config, Diagnostic, Document, Finding, Locale, RelatedKind, Workspace,
};

/// Last year's report: the 2030 targets of 青溪县.
const LAST_YEAR: &str = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n全县地区生产总值增长5.1%。\n二、2030年工作安排\n今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，社会消费品零售总额增长8%，城镇新增就业3000人以上，居民消费价格涨幅控制在3%左右。\n";

fn draft(review: &str) -> String {
    format!(
        "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n{review}\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3000人以上。\n"
    )
}

fn workspace(files: &[(&str, &str)]) -> (Workspace, Vec<usize>) {
    let config = Config::default();
    let mut ws = Workspace::new();
    let ids = files
        .iter()
        .map(|(path, text)| ws.add(*path, Arc::new(Document::parse(*text, &config))))
        .collect();
    (ws, ids)
}

fn cross(ws: &Workspace, file: usize) -> Vec<Diagnostic> {
    ws.check(file, &Config::default())
        .into_iter()
        .filter(|d| {
            matches!(
                d.code(),
                Code::TargetReview | Code::TargetClaim | Code::TargetUnreported
            )
        })
        .collect()
}

fn reviews(ws: &Workspace, file: usize) -> Vec<(String, Outcome)> {
    let doc = ws.document(file).expect("doc").clone();
    cross(ws, file)
        .into_iter()
        .filter_map(|d| match d.finding {
            Finding::TargetReview(t) => Some((doc.text[d.range.clone()].to_string(), t.outcome)),
            _ => None,
        })
        .collect()
}

#[test]
fn results_are_read_against_last_years_targets() {
    let text = draft(
        "全年地区生产总值增长5.8%，一般公共预算收入增长6.2%，社会消费品零售总额增长7.5%，城镇新增就业3200人，居民消费价格上涨1.2%。",
    );
    let (ws, ids) = workspace(&[
        ("reports/2030年青溪县政府工作报告.txt", LAST_YEAR),
        ("reports/2031年青溪县政府工作报告（征求意见稿）.txt", &text),
    ]);
    assert_eq!(ws.previous_of(ids[1]), Some(ids[0]));
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            // 6%左右 widens to [5, 7]: 5.8% is short of 6%, within 左右.
            ("5.8%".into(), Outcome::WithinTolerance),
            ("6.2%".into(), Outcome::Met),
            ("7.5%".into(), Outcome::Missed),
            ("3200人".into(), Outcome::Met),
            // A price ceiling is met from below.
            ("1.2%".into(), Outcome::Met),
        ]
    );
    let first = &cross(&ws, ids[1])[0];
    assert_eq!(
        message(&first.finding, Locale::Zh),
        "2030年地区生产总值：目标 6%左右，实际 5.8%，偏离写明的目标值，但在“左右”允许的范围内"
    );
    assert_eq!(first.related[0].file, Some(ids[0]));
    assert_eq!(first.related[0].kind, RelatedKind::Target);
    // Last year's report has no previous report: nothing across reports.
    assert!(cross(&ws, ids[0]).is_empty());
}

#[test]
fn targets_under_a_heading_naming_them_are_read() {
    // The heading announces the targets; they stand on the lines below,
    // with no `目标是：` of their own.
    let last = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n全县地区生产总值增长5.1%。\n二、2030年主要目标\n地区生产总值增长6%左右。\n城镇新增就业3000人以上。\n三、重点工作\n做好甲。\n";
    let text = draft("全年地区生产总值增长5.8%，城镇新增就业2800人。");
    let (ws, ids) = workspace(&[
        ("reports/2030年青溪县政府工作报告.txt", last),
        ("reports/2031年青溪县政府工作报告.txt", &text),
    ]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            ("5.8%".into(), Outcome::WithinTolerance),
            ("2800人".into(), Outcome::Missed),
        ]
    );
    // A heading whose line goes on past the cue announces nothing.
    let tasks = last.replace("二、2030年主要目标\n", "二、2030年主要目标任务\n");
    let (ws, ids) = workspace(&[
        ("reports/2030年青溪县政府工作报告.txt", &tasks),
        ("reports/2031年青溪县政府工作报告.txt", &text),
    ]);
    assert!(reviews(&ws, ids[1]).is_empty());
}

/// Full-width punctuation typed half-width, as from a web page or a
/// half-width keyboard.
fn half_width(text: &str) -> String {
    text.replace('，', ",")
        .replace('：', ":")
        .replace('；', ";")
        .replace('（', "(")
        .replace('）', ")")
}

#[test]
fn a_report_typed_half_width_is_reviewed_as_typed_full_width() {
    // A first part that reviews the plan period under a long title: a
    // sentence, not a heading of the term, however its commas are typed.
    let review = "一、回顾“十四五”，我们砥砺奋进，全面建成示范县\n全年地区生产总值增长5.8%，一般公共预算收入增长6.2%，城镇新增就业3200人。";
    let draft = format!(
        "2031年青溪县政府工作报告\n各位代表：\n{review}\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3000人以上。\n"
    );
    let mut seen = Vec::new();
    for (last, draft) in [
        (LAST_YEAR.to_string(), draft.clone()),
        (half_width(LAST_YEAR), half_width(&draft)),
    ] {
        let (ws, ids) = workspace(&[
            ("reports/2030年青溪县政府工作报告.txt", &last),
            ("reports/2031年青溪县政府工作报告.txt", &draft),
        ]);
        seen.push(reviews(&ws, ids[1]));
    }
    assert_eq!(seen[0].len(), 3, "{:?}", seen[0]);
    assert_eq!(seen[1], seen[0]);
}

#[test]
fn a_claim_that_all_targets_were_met_while_one_was_missed() {
    let text = draft(
        "全面完成全年目标任务。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
    );
    let (ws, ids) = workspace(&[("a/2030.txt", LAST_YEAR), ("a/2031.txt", &text)]);
    let claims: Vec<Diagnostic> = cross(&ws, ids[1])
        .into_iter()
        .filter(|d| d.code() == Code::TargetClaim)
        .collect();
    assert_eq!(claims.len(), 1, "{claims:?}");
    let doc = ws.document(ids[1]).expect("draft");
    assert_eq!(&doc.text[claims[0].range.clone()], "全面完成全年目标任务");
    assert_eq!(
        claims[0].finding,
        Finding::TargetClaim {
            missed: vec!["地区生产总值".into()]
        }
    );
    assert_eq!(&doc.text[claims[0].related[0].range.clone()], "4.2%");
}

#[test]
fn every_form_of_the_claim_is_read() {
    const RESULTS: &str = "全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。";
    for claim in [
        "全年经济社会发展主要目标任务圆满完成",
        "圆满完成了全年各项任务目标",
        "完成了全年主要目标任务",
        "2030年各项目标任务顺利完成",
    ] {
        let text = draft(&format!("{claim}。{RESULTS}"));
        let (ws, ids) = workspace(&[("2030.txt", LAST_YEAR), ("2031.txt", &text)]);
        let doc = ws.document(ids[1]).expect("draft").clone();
        let claims: Vec<String> = cross(&ws, ids[1])
            .into_iter()
            .filter(|d| d.code() == Code::TargetClaim)
            .map(|d| doc.text[d.range].to_string())
            .collect();
        assert_eq!(claims.len(), 1, "{claim}: {claims:?}");
        assert!(claim.ends_with(&claims[0]), "{claim}: {claims:?}");
    }
}

#[test]
fn no_claim_finding_when_every_target_was_met_or_the_claim_is_modest() {
    for review in [
        "全面完成全年目标任务。全年地区生产总值增长6.5%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
        "较好完成全年目标任务。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
        // A campaign's own target is not every target of the year.
        "项目建设超额完成年度目标。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
        "重点项目完成投资12亿元，超额完成年度目标任务。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
        // A wish, another year's claim.
        "我们确保全面完成全年目标任务。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
        "2028年各项目标任务圆满完成。全年地区生产总值增长4.2%，一般公共预算收入增长6%，社会消费品零售总额增长9%，城镇新增就业3100人，居民消费价格上涨2%。",
    ] {
        let (ws, ids) = workspace(&[("2030.txt", LAST_YEAR), ("2031.txt", &draft(review))]);
        let claims = cross(&ws, ids[1])
            .into_iter()
            .filter(|d| d.code() == Code::TargetClaim)
            .count();
        assert_eq!(claims, 0, "{review}");
    }
}

#[test]
fn a_target_never_reported_on_is_a_hint_on_the_review() {
    let text = draft("全年地区生产总值增长6.1%，一般公共预算收入增长5.5%，城镇新增就业3300人。");
    let (ws, ids) = workspace(&[("2030.txt", LAST_YEAR), ("2031.txt", &text)]);
    let doc = ws.document(ids[1]).expect("draft");
    let unreported: Vec<(String, String)> = cross(&ws, ids[1])
        .into_iter()
        .filter_map(|d| match &d.finding {
            Finding::TargetUnreported { target, .. } => {
                Some((doc.text[d.range.clone()].to_string(), target.to_string()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        unreported,
        vec![
            (
                "一、2030年工作回顾".into(),
                "社会消费品零售总额增长8%".into()
            ),
            (
                "一、2030年工作回顾".into(),
                "居民消费价格涨幅控制在3%左右".into()
            ),
        ]
    );
}

#[test]
fn averages_plans_and_past_years_are_not_the_years_result() {
    let text = draft(
        "过去五年，地区生产总值年均增长7.2%，社会消费品零售总额增长50%。\n2028年以来，社会消费品零售总额增长30%。\n上半年一般公共预算收入增长2%。全年地区生产总值增长6.3%。",
    );
    let (ws, ids) = workspace(&[("2030.txt", LAST_YEAR), ("2031.txt", &text)]);
    assert_eq!(reviews(&ws, ids[1]), vec![("6.3%".into(), Outcome::Met)]);
}

#[test]
fn a_growth_on_a_stated_basis_and_split_incomes_are_read() {
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n主要预期目标是：一般公共预算收入增长5%，城镇和农村居民人均可支配收入分别增长7%、8%左右。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n一般公共预算收入完成9.3亿元，按可比口径增长6.1%；城乡居民人均可支配收入分别达到41000元和19000元，同比增长6.5%和8.4%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            ("6.1%".into(), Outcome::Met),
            // `7%、8%左右`: 左右 bounds both.
            ("6.5%".into(), Outcome::WithinTolerance),
            ("8.4%".into(), Outcome::Met),
        ]
    );
}

#[test]
fn only_the_same_governments_report_of_the_year_before_pairs() {
    let other = LAST_YEAR.replace("青溪县", "云溪县");
    let two_years = LAST_YEAR.replace("2030年青溪县", "2029年青溪县");
    let text = draft("全年地区生产总值增长5.8%。");
    let (ws, ids) = workspace(&[
        ("2030年云溪县.txt", &other),
        ("2029年青溪县.txt", &two_years),
        ("2031年青溪县.txt", &text),
    ]);
    assert_eq!(ws.previous_of(ids[2]), None);
    assert!(cross(&ws, ids[2]).is_empty());
}

#[test]
fn a_named_previous_report_pairs_whatever_its_title() {
    let text = draft("全年地区生产总值增长5.8%。");
    let (mut ws, ids) = workspace(&[
        ("old.txt", &LAST_YEAR.replace("青溪县", "")),
        ("new.txt", &text),
    ]);
    assert_eq!(ws.previous_of(ids[1]), None);
    ws.set_previous(ids[1], ids[0]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![("5.8%".into(), Outcome::WithinTolerance)]
    );
}

#[test]
fn government_and_year_come_from_the_file_name_without_a_title() {
    let last = LAST_YEAR.replacen("2030年青溪县政府工作报告\n", "", 1);
    let text = draft("全年地区生产总值增长6.4%。").replacen("2031年青溪县政府工作报告\n", "", 1);
    let (ws, ids) = workspace(&[
        ("cities/2030_江西青溪县.txt", &last),
        ("cities/2031_江西青溪县.txt", &text),
    ]);
    let me = ws.identity(ids[1]).expect("identity");
    assert_eq!(
        (me.government.as_deref(), me.year),
        (Some("江西青溪县"), Some(2031))
    );
    assert_eq!(reviews(&ws, ids[1]), vec![("6.4%".into(), Outcome::Met)]);
}

#[test]
fn terms_are_looked_up_only_in_the_same_governments_reports() {
    let config = Config::default();
    let last = "2030年云溪县政府工作报告\n推进“七个一”机制。\n注释\n1.“七个一”：七项机制。\n";
    let text = "2031年青溪县政府工作报告\n各位代表：\n坚持“七个一”机制。\n";
    let (ws, ids) = workspace(&[("a.txt", last), ("b.txt", text)]);
    let codes: Vec<Code> = ws.check(ids[1], &config).iter().map(|d| d.code()).collect();
    assert!(!codes.contains(&Code::TermDefinedElsewhere), "{codes:?}");
    // Unless the configuration relates that government's reports.
    let related = Config::from_toml("[workspace]\nrelated = [\"云溪县\"]\n").expect("config");
    let codes: Vec<Code> = ws
        .check(ids[1], &related)
        .iter()
        .map(|d| d.code())
        .collect();
    assert!(codes.contains(&Code::TermDefinedElsewhere), "{codes:?}");
}

fn stale(text: &str) -> Vec<(String, String)> {
    let (ws, ids) = workspace(&[("2032年青溪县政府工作报告.txt", text)]);
    let doc = ws.document(ids[0]).expect("doc").clone();
    ws.check(ids[0], &Config::default())
        .into_iter()
        .filter_map(|d| match d.finding {
            Finding::StaleYear { expected, .. } => {
                Some((doc.text[d.range.clone()].to_string(), expected.into()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn stale_years_copied_from_last_years_text() {
    let text = "2032年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n全年地区生产总值增长6%。\n二、2032年工作安排\n今年是“十六五”规划开局之年。2031年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n力争到2031年底建成全部安置房。\n";
    assert_eq!(
        stale(text),
        vec![
            ("2030年工作回顾".into(), "2031年工作回顾".into()),
            ("今年是“十六五”规划开局之年".into(), "第二年".into()),
            ("2031年".into(), "2032年".into()),
            ("2031年".into(), "2032年".into()),
        ]
    );
    let mut en = String::new();
    let (ws, ids) = workspace(&[("2032年青溪县.txt", text)]);
    for d in ws.check(ids[0], &Config::default()) {
        if d.code() == Code::StaleYear {
            en = message(&d.finding, Locale::En);
            break;
        }
    }
    assert_eq!(
        en,
        "`2030年工作回顾` does not fit this report's year (2032); the year asks for `2031年工作回顾`: probably copied from last year's text"
    );
}

#[test]
fn historical_years_are_never_stale() {
    let text = "2032年青溪县政府工作报告\n各位代表：\n一、2031年工作回顾\n2018年以来，全县地区生产总值比2015年翻一番。2026年是“十五五”规划开局之年，2031年是承上启下之年。到2031年底，已建成安置房三千套。\n二、2032年工作安排\n今年是“十六五”规划第二年。全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。力争到2033年底建成全部安置房。\n";
    assert_eq!(stale(text), Vec::<(String, String)>::new());
}

/// A 2031 report printing the 2030 results, and a 2032 draft restating them.
const PRINTED: &str = "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n全年社会消费品零售总额86.4亿元，增长7%。一般公共预算收入12.5亿元。\n二、2031年工作安排\n今年的主要预期目标是：社会消费品零售总额增长8%。\n";

fn restated(review: &str) -> Vec<(String, String)> {
    let text = format!(
        "2032年青溪县政府工作报告\n各位代表：\n一、2031年工作回顾\n{review}\n二、2032年工作安排\n今年的主要预期目标是：社会消费品零售总额增长8%。\n"
    );
    let (ws, ids) = workspace(&[("2031.txt", PRINTED), ("2032.txt", &text)]);
    let doc = ws.document(ids[1]).expect("doc").clone();
    ws.check(ids[1], &Config::default())
        .into_iter()
        .filter_map(|d| match d.finding {
            Finding::RestatedConflict(r) => {
                assert_eq!(d.related[0].file, Some(ids[0]));
                Some((doc.text[d.range.clone()].to_string(), r.printed))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_past_figure_restated_differently() {
    assert_eq!(
        restated("社会消费品零售总额从2030年的84.1亿元增加到92亿元。"),
        vec![("84.1亿元".into(), "86.4亿元".into())]
    );
    assert_eq!(
        restated("2030年全县一般公共预算收入13.1亿元。"),
        vec![("13.1亿元".into(), "12.5亿元".into())]
    );
}

#[test]
fn a_past_figure_restated_the_same_or_revised_is_quiet() {
    for review in [
        "社会消费品零售总额从2030年的86.4亿元增加到92亿元。",
        "2030年全县一般公共预算收入约12.5亿元。",
        // A revised baseline, another basis: said so.
        "2030年社会消费品零售总额经修订为84.1亿元。",
        "按同口径计算，2030年一般公共预算收入13.1亿元。",
        // Another year, the draft's own results.
        "2029年社会消费品零售总额80亿元。全年社会消费品零售总额93亿元。",
    ] {
        assert!(restated(review).is_empty(), "{review}");
    }
}

fn codes_of(ws: &Workspace, file: usize, code: Code) -> Vec<String> {
    let doc = ws.document(file).expect("doc").clone();
    ws.check(file, &Config::default())
        .into_iter()
        .filter(|d| d.code() == code)
        .map(|d| doc.source_text(d.range.clone()).to_string())
        .collect()
}

#[test]
fn a_review_sentence_with_figures_copied_word_for_word() {
    let last = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n新建改建农村公路120公里，改造危桥8座。我们始终坚持以人民为中心的发展思想。\n二、2030年工作安排\n今年的主要预期目标是：地区生产总值增长6%。\n";
    let text = "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n新建改建农村公路 120公里，改造危桥8座。我们始终坚持以人民为中心的发展思想。新建改建农村公路135公里，改造危桥8座。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    // Spaces aside the same; the boilerplate without figures, the updated
    // sentence and the targets (outside the review) are not copies.
    assert_eq!(
        codes_of(&ws, ids[1], Code::StaleCopy),
        vec!["新建改建农村公路 120公里，改造危桥8座".to_string()]
    );
}

#[test]
fn a_note_explained_differently_last_year() {
    let last = "2030年青溪县政府工作报告\n推进“两网融合”和“三张清单”。\n注释\n1.“两网融合”：城乡供水网和污水管网融合。\n2.“三张清单”：权力清单、责任清单、负面清单。\n";
    // The second note says the same in another order, after `即`, with
    // other punctuation: not a different explanation.
    let text = "2031年青溪县政府工作报告\n推进“两网融合”和“三张清单”。\n注释\n1.“两网融合”：城乡供水网和燃气管网融合。\n2.“三张清单”：即责任清单，权力清单，负面清单 。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    let drift: Vec<Diagnostic> = ws
        .check(ids[1], &Config::default())
        .into_iter()
        .filter(|d| d.code() == Code::NoteDrift)
        .collect();
    assert_eq!(drift.len(), 1, "{drift:?}");
    assert_eq!(
        message(&drift[0].finding, Locale::Zh),
        "“两网融合”的解释与上年报告的注释 1 不同"
    );
    assert_eq!(
        drift[0].related[0].kind,
        RelatedKind::PreviousExplanation(1)
    );
    let old = ws.document(ids[0]).expect("last");
    assert_eq!(
        &old.text[drift[0].related[0].range.clone()],
        "城乡供水网和污水管网融合。"
    );

    // The hover of the note, or of the term in the body, shows last year's
    // explanation below this year's; a note explained alike shows none.
    let doc = ws.document(ids[1]).expect("draft").clone();
    let hover = |offset: usize| {
        report_analysis::ide::hover(&ws, ids[1], offset, &Config::default(), Locale::Zh)
            .map(|h| h.markdown)
            .unwrap_or_default()
    };
    for offset in [
        drift[0].range.start + 3,
        doc.text.find("两网融合").expect("use") + 3,
    ] {
        let markdown = hover(offset);
        let (this, last) = markdown.split_once("---").expect("two parts");
        assert!(this.contains("城乡供水网和燃气管网融合"), "{markdown}");
        assert!(
            last.contains("**上年解释**（2030.txt 注释 1）")
                && last.contains("城乡供水网和污水管网融合"),
            "{markdown}"
        );
    }
    let same = hover(doc.text.rfind("三张清单").expect("note") + 3);
    assert!(
        same.contains("负面清单") && !same.contains("上年解释"),
        "{same}"
    );
}

#[test]
fn whose_income_is_told_by_the_words_before_it() {
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n主要预期目标是：全体居民人均可支配收入增长7%，农村居民人均可支配收入增长8%。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n农村牧区常住居民人均可支配收入完成23000元，同比增长7.6%。城乡居民人均可支配收入增长7.2%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    // The rural figure is not all residents'; 城乡 without 分别 is nobody's.
    assert_eq!(reviews(&ws, ids[1]), vec![("7.6%".into(), Outcome::Missed)]);
}

#[test]
fn under_a_heading_of_the_term_a_figure_without_its_year_is_the_terms() {
    let text = "2031年青溪县政府工作报告\n各位代表：\n“十五五”时期经济社会发展回顾\n过去五年，我们砥砺前行。\n——民生持续改善。城镇新增就业1.5万人，社会消费品零售总额增长40%。\n2030年工作回顾\n全年城镇新增就业3100人。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", LAST_YEAR), ("2031.txt", text)]);
    assert_eq!(reviews(&ws, ids[1]), vec![("3100人".into(), Outcome::Met)]);
}

#[test]
fn another_subject_or_another_scope_is_not_the_targets_result() {
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n主要预期目标是：社会消费品零售总额增长9%左右，市区地方级财政收入增长6%，进出口总额增长5%。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n社会消费品零售总额120亿元，货物进出口和服务进出口分别增长26.5%、3%。全口径财政收入增长12%，地方级财政收入增长8%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(reviews(&ws, ids[1]), Vec::<(String, Outcome)>::new());
}

#[test]
fn one_value_for_two_indicators_is_each_ones_figure() {
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n主要预期目标是：城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%，进出口总额增长5%。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n城镇常住居民人均可支配收入增长7.1%，农村常住居民人均可支配收入增长8.4%。进出口总额、实际使用外资都增长6%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            ("7.1%".into(), Outcome::Missed),
            ("8.4%".into(), Outcome::Met),
            ("6%".into(), Outcome::Met),
        ]
    );
    // The shared result of both incomes, against two targets.
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n主要预期目标是：城镇居民人均可支配收入增长7%，农村居民人均可支配收入增长8%。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n城乡居民人均可支配收入均增长7.5%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            ("7.5%".into(), Outcome::Met),
            ("7.5%".into(), Outcome::Missed)
        ]
    );
    // Its hover shows both pairs.
    let doc = ws.document(ids[1]).expect("draft").clone();
    let hover = report_analysis::ide::hover(
        &ws,
        ids[1],
        doc.text.find("7.5%").expect("result") + 1,
        &Config::default(),
        Locale::Zh,
    )
    .expect("hover")
    .markdown;
    assert!(
        hover.contains("城镇居民人均可支配收入") && hover.contains("农村居民人均可支配收入"),
        "{hover}"
    );
}

#[test]
fn growth_and_energy_use_named_in_general_words() {
    let last = "2030年青溪县政府工作报告\n二、2030年工作安排\n全县经济社会发展的主要预期目标是：经济增长6%左右，城镇新增就业3000人以上。能耗强度下降3%。\n";
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n全年地区生产总值增长6.4%，消费对经济增长的贡献率达到3.5%，单位地区生产总值能耗下降2.1%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(
        reviews(&ws, ids[1]),
        vec![
            ("6.4%".into(), Outcome::Met),
            ("2.1%".into(), Outcome::Missed)
        ]
    );
    // A share of growth is not growth: nothing pairs with it.
    let text = "2031年青溪县政府工作报告\n一、2030年工作回顾\n消费对经济增长的贡献率达到65%。\n二、2031年工作安排\n主要预期目标是：地区生产总值增长6%。\n";
    let (ws, ids) = workspace(&[("2030.txt", last), ("2031.txt", text)]);
    assert_eq!(reviews(&ws, ids[1]), Vec::<(String, Outcome)>::new());
}

/// Last year's report with targets, printed results, notes and a review
/// sentence the draft copies; and the draft, reviewing them.
const INDEXED_LAST: &str = "2030年青溪县政府工作报告\n各位代表：\n一、2029年工作回顾\n全年社会消费品零售总额86.4亿元。新建改建农村公路120公里，改造危桥8座。推进“两网融合”①，落实“七个一”②机制。\n二、2030年工作安排\n今年的主要预期目标是：地区生产总值增长6%左右，社会消费品零售总额增长8%，城镇新增就业3000人以上。\n注释\n1.“两网融合”：城乡供水网和污水管网融合。\n2.“七个一”：七项便民服务机制。\n";
const INDEXED_DRAFT: &str = "2031年青溪县政府工作报告\n各位代表：\n一、2030年工作回顾\n全年地区生产总值增长5.8%，社会消费品零售总额增长7.5%。2029年社会消费品零售总额84.1亿元。新建改建农村公路120公里，改造危桥8座。推进“两网融合”①，落实“七个一”机制。\n二、2031年工作安排\n今年的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业3000人以上。\n注释\n1.“两网融合”：城乡供水网和燃气管网融合。\n";

/// Two workspaces of the same reports: one holding every report whole, one
/// holding the report `indexed` (0 or 1) by its summary alone, as the
/// server holds a report that is not open.
fn whole_and_indexed(indexed: usize) -> (Workspace, Workspace) {
    let config = Config::default();
    let files = [("2030.txt", INDEXED_LAST), ("2031.txt", INDEXED_DRAFT)];
    let mut whole = Workspace::new();
    let mut summarized = Workspace::new();
    for (i, (path, text)) in files.into_iter().enumerate() {
        let doc = Arc::new(Document::parse(text, &config));
        whole.add(path, Arc::clone(&doc));
        if i == indexed {
            summarized.add_summary(path, Arc::new(report_analysis::Summary::of(&doc, path)));
        } else {
            summarized.add(path, doc);
        }
    }
    assert!(summarized.document(indexed).is_none());
    (whole, summarized)
}

#[test]
fn an_indexed_report_gives_the_answers_of_a_whole_one() {
    use report_analysis::{completion, draft_ide, ide};
    let config = Config::default();
    let (whole, indexed) = whole_and_indexed(0);
    // The draft's findings against last year's report, related places
    // included, are the same; and they are there.
    let found = indexed.check(1, &config);
    assert_eq!(found, whole.check(1, &config));
    let codes: Vec<Code> = found.iter().map(|d| d.code()).collect();
    for code in [
        Code::TargetReview,
        Code::TargetUnreported,
        Code::RestatedConflict,
        Code::StaleCopy,
        Code::NoteDrift,
        Code::TermDefinedElsewhere,
    ] {
        assert!(codes.contains(&code), "{code:?} in {codes:?}");
    }
    // Every place a finding points at in last year's report has a position.
    let summary = indexed.summary(0).expect("summary");
    let old = whole.document(0).expect("whole");
    for d in &found {
        for r in d.related.iter().filter(|r| r.file == Some(0)) {
            for offset in [r.range.start, r.range.end] {
                let encoding = report_analysis::text::Encoding::Utf16;
                assert_eq!(
                    summary.position(offset, encoding),
                    Some(old.line_index.position(&old.text, offset, encoding)),
                    "{d:?}"
                );
            }
        }
    }
    // Hover (a term defined in the other report, the pair of a result, last
    // year's explanation), definition, references and completion at every
    // character of the draft; inlay hints; workspace symbols.
    let draft = whole.document(1).expect("draft").clone();
    let mut defined_elsewhere = false;
    for (offset, _) in draft.text.char_indices() {
        let hover = ide::hover(&indexed, 1, offset, &config, Locale::Zh);
        assert_eq!(
            hover,
            ide::hover(&whole, 1, offset, &config, Locale::Zh),
            "{offset}"
        );
        defined_elsewhere |= hover.is_some_and(|h| h.markdown.contains("七项便民服务机制"));
        assert_eq!(
            ide::definition(&indexed, 1, offset, &config),
            ide::definition(&whole, 1, offset, &config)
        );
        assert_eq!(
            ide::references(&indexed, 1, offset, true),
            ide::references(&whole, 1, offset, true)
        );
        assert_eq!(
            completion::completion(&indexed, 1, offset, &config, Locale::Zh),
            completion::completion(&whole, 1, offset, &config, Locale::Zh)
        );
    }
    assert!(defined_elsewhere);
    assert_eq!(
        draft_ide::inlay_hints(&indexed, 1, Locale::Zh),
        draft_ide::inlay_hints(&whole, 1, Locale::Zh)
    );
    assert!(!draft_ide::inlay_hints(&indexed, 1, Locale::Zh).is_empty());
    assert_eq!(
        ide::workspace_symbols(&indexed, ""),
        ide::workspace_symbols(&whole, "")
    );
    // The quick fix copying the other report's note.
    for d in &found {
        assert_eq!(
            report_analysis::fixes::fixes(&indexed, 1, d, Locale::Zh),
            report_analysis::fixes::fixes(&whole, 1, d, Locale::Zh)
        );
    }
}

#[test]
fn last_years_report_open_shows_the_results_of_an_indexed_draft() {
    let config = Config::default();
    let (whole, indexed) = whole_and_indexed(1);
    let last = whole.document(0).expect("last").clone();
    let mut paired = false;
    for (offset, _) in last.text.char_indices() {
        let hover = report_analysis::ide::hover(&indexed, 0, offset, &config, Locale::Zh);
        assert_eq!(
            hover,
            report_analysis::ide::hover(&whole, 0, offset, &config, Locale::Zh),
            "{offset}"
        );
        paired |= hover.is_some_and(|h| h.markdown.contains("5.8%"));
    }
    assert!(paired, "the target's hover shows the draft's result");
}

#[test]
fn a_share_of_a_restated_indicator_is_not_its_level_or_change() {
    // The share in a larger whole, raised to 5.96%, is no growth of 5.96%.
    assert_eq!(
        restated("全县社会消费品零售总额2030年占全市比重由5.49%提高到5.96%。"),
        Vec::<(String, String)>::new()
    );
    assert_eq!(
        restated("2030年全县社会消费品零售总额增长5.96%。"),
        vec![("5.96%".into(), "7%".into())]
    );
}
