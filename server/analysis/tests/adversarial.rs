//! Worst-case texts that once made an algorithm quadratic: each still gets
//! the right answer (their speed is measured by `cargo bench --bench
//! adversarial`; a quadratic regression makes these tests crawl too).

#[path = "../benches/adversarial_texts.rs"]
mod texts;

use std::sync::Arc;

use report_analysis::text::Encoding;
use report_analysis::{Code, Config, Document, Locale, Workspace, ide};

const SIZE: usize = 256 << 10;

/// Through a workspace, as the CLI and the server check: its per-file facts
/// (targets, results, figure sentences) read every figure too.
fn findings(text: &str) -> (Arc<Document>, Vec<report_analysis::Diagnostic>) {
    let config = Config::default();
    let mut workspace = Workspace::new();
    let file = workspace.add("adversarial.txt", Arc::new(Document::parse(text, &config)));
    let found = workspace.check(file, &config);
    let doc = workspace.document(file).map(Arc::clone).expect("added");
    (doc, found)
}

fn count(found: &[report_analysis::Diagnostic], code: Code) -> usize {
    found.iter().filter(|d| d.code() == code).count()
}

#[test]
fn many_of_which_in_one_sentence_still_compare_parts_with_their_whole() {
    let (_, found) = findings(&texts::of_which(SIZE));
    assert_eq!(count(&found, Code::PartExceedsWhole), 0);
    // A part larger than its whole among many `其中` is still caught.
    let text = texts::of_which(SIZE).replacen("，其中工业投资5亿元", "，其中工业投资950亿元", 1);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::PartExceedsWhole), 1, "{found:?}");
}

#[test]
fn many_annexes_each_count_their_items() {
    let text = texts::annexes(SIZE);
    let annexes = text.matches("附件1").count();
    let (_, found) = findings(&text);
    // Each annex announces three items and lists two.
    assert_eq!(count(&found, Code::CountMismatch), annexes);
}

#[test]
fn names_without_clause_breaks_are_no_list() {
    // One clause of a quarter megabyte is no list of names: nothing to
    // count, and no finding.
    let (_, found) = findings(&texts::names(SIZE));
    assert_eq!(count(&found, Code::CountMismatch), 0, "{found:?}");
    // Names in a clause of their own are read: four before `等3个` are
    // one too many.
    let (_, found) = findings(
        "2031年示例县政府工作报告\n各位代表：\n一、回顾\n建成甲馆、乙馆、丙馆、丁馆等3个场馆。\n",
    );
    assert_eq!(count(&found, Code::CountMismatch), 1, "{found:?}");
}

#[test]
fn a_line_of_one_slogan_is_one_term() {
    let (doc, _) = findings(&texts::slogans(SIZE));
    let slogan = doc
        .terms
        .iter()
        .find(|t| t.key == "三区三线")
        .expect("the slogan");
    assert_eq!(
        slogan.uses.len(),
        texts::slogans(SIZE).matches("三区三线").count()
    );
}

#[test]
fn a_notes_section_of_one_term_is_indexed() {
    let config = Config::default();
    let text = texts::notes(SIZE);
    let doc = Arc::new(Document::parse(text, &config));
    assert!(doc.notes.len() > 100, "{}", doc.notes.len());
    let mut workspace = Workspace::new();
    let other = workspace.add("other.txt", Arc::clone(&doc));
    let here = workspace.add(
        "here.txt",
        Arc::new(Document::parse("推进两网融合。", &config)),
    );
    let found = workspace
        .definition_elsewhere("两网融合", here)
        .expect("defined");
    assert_eq!(found.file, other);
}

#[test]
fn a_line_of_markers_gets_a_finding_each_at_the_right_column() {
    let (doc, found) = findings(&texts::markers(SIZE));
    let markers = doc.text.matches('⑨').count();
    assert_eq!(count(&found, Code::NoteMissing), markers);
    let last = found
        .iter()
        .rfind(|d| d.code() == Code::NoteMissing)
        .expect("one");
    let line_start = doc.text[..last.range.start]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let column = doc.text[line_start..last.range.start]
        .encode_utf16()
        .count();
    let position = doc
        .line_index
        .position(&doc.text, last.range.start, Encoding::Utf16);
    assert_eq!(position.column as usize, column);
}

#[test]
fn a_hover_on_a_long_line_finds_a_term_of_another_report() {
    let config = Config::default();
    let mut workspace = Workspace::new();
    for (i, report) in texts::glossary_reports().into_iter().enumerate() {
        let doc = Document::parse(report, &config);
        assert_eq!(doc.notes.len(), 500);
        workspace.add(format!("glossary{i}.txt"), Arc::new(doc));
    }
    let text = texts::long_line(SIZE);
    let term = texts::term(7 * 1000);
    let at = text.find(&format!("推进{term}")).expect("used") + "推进".len() + 3;
    let file = workspace.add("long.txt", Arc::new(Document::parse(text, &config)));
    let hover = ide::hover(&workspace, file, at, &config, Locale::En).expect("a hover");
    assert!(
        hover.markdown.contains("glossary14.txt"),
        "{}",
        hover.markdown
    );
}

#[test]
fn many_colons_in_one_sentence_still_read_the_last_breakdown() {
    let text = texts::money_groups(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::PartsExceedWhole), 0, "{found:?}");
    // The last sum's groups, closing the sentence, add up to more than it.
    let mut text = text;
    let last = text.rfind("东区50亿元").expect("a group");
    text.replace_range(last.., "东区60亿元，西区40亿元。\n");
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::PartsExceedWhole), 1, "{found:?}");
}

#[test]
fn many_income_ratios_in_one_paragraph_read_the_first() {
    let text = texts::income_ratios(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::ShareMismatch), 0, "{found:?}");
    // The first ratio, after one pair of levels, is misprinted.
    let text = text.replacen("收入比为2.5", "收入比为3.5", 1);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::ShareMismatch), 1, "{found:?}");
}

#[test]
fn many_year_bases_in_one_sentence_each_check_their_rate() {
    let text = texts::year_bases(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::GrowthMismatch), 0, "{found:?}");
    // One rate among them is misprinted.
    let text = text.replacen("增长50%", "增长5%", 1);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::GrowthMismatch), 1, "{found:?}");
}

#[test]
fn many_deeds_colons_in_one_line_are_no_list() {
    // One line of a quarter megabyte is no list of deeds: nothing to count.
    let mut text = texts::deeds(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::CountMismatch), 0, "{found:?}");
    // A list in a sentence of its own after it is read: two deeds of three.
    text.push_str("3件民生实事全部完成：新建公园2个、修建桥梁5座。\n");
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::CountMismatch), 1, "{found:?}");
}

#[test]
fn many_levels_rising_in_one_sentence_each_check_their_rate() {
    let text = texts::from_to(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::GrowthMismatch), 0, "{found:?}");
    // One rate among them is misprinted.
    let text = text.replacen("增长60%", "增长16%", 1);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::GrowthMismatch), 1, "{found:?}");
}

#[test]
fn many_slogans_with_colons_in_one_line_still_count_a_slogan_after_them() {
    let mut text = texts::slogan_colons(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::SloganCount), 0, "{found:?}");
    // A slogan counting one item more than it lists, in a line of its own.
    text.push_str("推进“四个一批”：签约一批、开工一批、投产一批。\n");
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::SloganCount), 1, "{found:?}");
}

/// A sentence of its own after a quarter megabyte of `text`: a level
/// rising with a misprinted rate, and a share of a named whole misprinted.
const MISPRINTS_AFTER: &str = "\n收入从5亿元增加到8亿元，增长16%。\n一般公共预算收入8亿元，税收收入6亿元，占一般公共预算收入的60%。\n";

#[test]
fn many_rates_shares_and_parts_in_one_sentence_still_check_a_sentence_after_them() {
    for text in [
        texts::rated_levels(SIZE),
        texts::trade_parts(SIZE),
        texts::named_shares(SIZE),
        texts::part_shares(SIZE),
    ] {
        let (_, found) = findings(&text);
        assert_eq!(count(&found, Code::GrowthMismatch), 0, "{found:?}");
        assert_eq!(count(&found, Code::ShareMismatch), 0, "{found:?}");
        let (_, found) = findings(&format!("{text}{MISPRINTS_AFTER}"));
        assert_eq!(count(&found, Code::GrowthMismatch), 1, "{found:?}");
        assert_eq!(count(&found, Code::ShareMismatch), 1, "{found:?}");
    }
}

#[test]
fn many_respectively_lists_in_one_sentence_still_check_a_pair_after_them() {
    let text = texts::twice_respectively(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::PointsMismatch), 0, "{found:?}");
    // Two rates of a `分别` list and their difference, misprinted.
    let text = format!(
        "{text}城镇、农村居民收入分别增长5.2%、6.8%，农村居民收入增速快于城镇居民2.6个百分点。\n"
    );
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::PointsMismatch), 1, "{found:?}");
}

#[test]
fn many_circled_lists_in_one_line_still_count_a_list_after_them() {
    let text = texts::circled_items(SIZE);
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::CountMismatch), 0, "{found:?}");
    let text = format!("{text}重点办好三件实事：①新建学校；②改造道路。\n");
    let (_, found) = findings(&text);
    assert_eq!(count(&found, Code::CountMismatch), 1, "{found:?}");
}

#[test]
fn pages_full_of_marks_still_read_their_foot_notes() {
    let text = texts::page_feet(SIZE);
    let (doc, found) = findings(&text);
    let pages = text.matches("①甲乙：").count();
    assert!(pages > 10, "{pages}");
    assert_eq!(doc.notes.len(), pages);
    assert!(doc.markers.iter().all(|m| m.note.is_some()));
    assert_eq!(count(&found, Code::NotesSectionMissing), 0, "{found:?}");
}

#[test]
fn a_set_written_in_thousands_of_sizes_tells_only_the_size_one_off_from_one() {
    // Each size written once lies between two sizes written twice, but
    // the last, one off from the last size alone.
    let text = texts::slogan_sizes(SIZE);
    let (doc, found) = findings(&text);
    let told: Vec<&str> = found
        .iter()
        .filter(|d| d.code() == Code::SloganCount)
        .map(|d| &doc.text[d.range.clone()])
        .collect();
    let last_line = text.lines().last().expect("a line");
    let last = last_line.rsplit('“').next().expect("a quote");
    let last = last.trim_end_matches(['。', '”']);
    assert_eq!(told, vec![last], "{}", told.len());
}

/// A document answers every clause as the scan does, whether the clause is
/// short enough to scan (the usual case) or long enough to be taken from
/// the index of breaks: clauses around the scan's limit, a line without
/// breaks past the 1 KB cut, digit commas and CRLF.
#[test]
fn document_clauses_agree_with_the_scan_either_way() {
    use report_analysis::figures::clause_range;
    let mut text = String::from("推进改革，深化开放。1,200元；9:30开会\r\n");
    for n in [80, 84, 85, 86, 90, 400] {
        text.push_str(&"甲".repeat(n));
        text.push('，');
    }
    text.push_str(&"乙、丙等3个".repeat(120));
    text.push_str("。末句\n");
    let doc = Document::parse(text.as_str(), &Config::default());
    for offset in 0..=text.len() + 2 {
        assert_eq!(
            doc.clause_range(offset),
            clause_range(&text, offset),
            "offset {offset} of {}",
            text.len()
        );
    }
}
