//! A reparse that reuses the previous version's paragraphs gives exactly
//! what a parse from scratch gives.

use report_analysis::{Config, Context, Document, check};

fn corpus_text(name: &str) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_same(a: &Document, b: &Document, what: &str) {
    assert_eq!(a.text, b.text, "{what}: text");
    assert_eq!(a.line_index.folds(), b.line_index.folds(), "{what}: folds");
    assert_eq!(a.notes, b.notes, "{what}: notes");
    assert_eq!(a.markers, b.markers, "{what}: markers");
    assert_eq!(a.enumerations, b.enumerations, "{what}: enumerations");
    assert_eq!(a.terms, b.terms, "{what}: terms");
    assert_eq!(a.outline, b.outline, "{what}: outline");
    assert_eq!(a.figures, b.figures, "{what}: figures");
    assert_eq!(a.brackets, b.brackets, "{what}: brackets");
    assert_eq!(a.cues, b.cues, "{what}: cues");
    assert_eq!(
        a.line_slogans, b.line_slogans,
        "{what}: slogans defined in place"
    );
    assert_eq!(
        a.note_slogans, b.note_slogans,
        "{what}: slogans of the notes"
    );
    let config = Config::default();
    assert_eq!(
        check(a, &Context::alone(&config)),
        check(b, &Context::alone(&config)),
        "{what}: diagnostics"
    );
}

#[test]
fn reparse_equals_parse_under_random_edits() {
    const INSERTS: &[&str] = &[
        "“七个一”",
        "⑩",
        "［3］",
        "。\n",
        "\n",
        "四减一优化",
        "两",
        "“",
        "注释\n1.甲乙：丙。\n",
        "",
    ];
    random_edits(corpus_text("leping-2023.txt"), INSERTS);
}

/// The same report printed the ways the fold reads (figures spaced, some
/// lines' figures full-width, some stops and quotes half-width), edited
/// with those forms: only the edited lines are folded again, and the
/// model is still the one a parse from scratch gives.
#[test]
fn reparse_of_a_folded_print_equals_parse_under_random_edits() {
    const INSERTS: &[&str] = &[
        "１２",
        " 5 ",
        "．",
        ".",
        "\"三网\"",
        "\"",
        "\r\n",
        "增长 ６．５ %.",
        "",
    ];
    let spaced = report_analysis::fold::figures_spaced(&corpus_text("leping-2023.txt"));
    let mut print = String::with_capacity(spaced.len() * 2);
    for (i, line) in spaced.split_inclusive('\n').enumerate() {
        match i % 4 {
            // Full-width figures.
            1 => print.extend(line.chars().map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
                '%' => '％',
                other => other,
            })),
            // Half-width stops and quotes.
            2 => print.push_str(&line.replace('。', ".").replace(['“', '”'], "\"")),
            _ => print.push_str(line),
        }
    }
    random_edits(print, INSERTS);
}

fn random_edits(mut text: String, inserts: &[&str]) {
    let config = Config::default();
    let mut previous = Document::reparse(text.clone(), &config, None);
    let mut seed: u64 = 0x853c_49e6_748f_ea9b;
    for round in 0..120 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut at = (seed as usize) % text.len();
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + (seed as usize >> 20) % 9).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.replace_range(
            at..end.max(at),
            inserts[(seed as usize >> 8) % inserts.len()],
        );
        let fresh = Document::parse(text.clone(), &config);
        let reused = Document::reparse(text.clone(), &config, Some(&previous));
        assert_same(&fresh, &reused, &format!("round {round}"));
        previous = reused;
    }
}

/// The per-line readings a reparse keeps (run-in heads, counts closing a
/// paragraph and the openings of the paragraphs after) follow each kind
/// of edit: the counted lists and the diagnostics are a fresh parse's.
#[test]
fn kept_line_readings_follow_edits() {
    use report_analysis::lists::{ListSource, counted_lists};
    let config = Config::default();
    let report = "关于今年工作的报告\n\n一、过去一年的工作\n\n\
        深入推进三大提升工程。推进道路提升工程，新修道路。推进绿化提升工程，新增绿地。\
        推进照明提升工程，更换路灯。\n\
        全年培育五大特色产业，延伸链条。\n\
        茶叶特色产业，扩大种植面积。\n\
        水果特色产业，提高果品质量。\n\
        药材特色产业，建设种植基地。\n\n\
        二、今年的安排\n\n加快甲乙建设，办好民生实事。\n\n\
        注释\n1.甲乙：指丙和丁两个片区。\n";
    let lead_lists = |doc: &Document| -> Vec<(u32, usize)> {
        counted_lists(doc)
            .iter()
            .filter(|l| l.source == ListSource::Lead)
            .map(|l| (l.count, l.items.len()))
            .collect()
    };
    let first = Document::reparse(report, &config, None);
    // Both forms are read: the head's three items, the five counted over
    // the three paragraphs after.
    let read = lead_lists(&first);
    assert!(read.contains(&(3, 3)), "{read:?}");
    assert!(read.contains(&(5, 3)), "{read:?}");
    let edits: &[(&str, &str)] = &[
        // Inside a paragraph: a fourth item of the head.
        (
            "推进照明提升工程，更换路灯。",
            "推进照明提升工程，更换路灯。推进水系提升工程，疏浚河道。",
        ),
        // Two paragraphs joined: the count's and its first item's.
        ("延伸链条。\n茶叶", "延伸链条。茶叶"),
        // Split again, and an item split in two.
        ("延伸链条。茶叶", "延伸链条。\n茶叶"),
        ("提高果品质量。", "提高\n果品质量。"),
        // The note the body refers to.
        ("指丙和丁两个片区", "指丙、丁和戊三个片区"),
        // An item's opening no longer naming the counted words.
        ("药材特色产业，", "药材产业，"),
    ];
    let mut text = report.to_string();
    let mut previous = first;
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
        let fresh = Document::parse(text.clone(), &config);
        let reused = Document::reparse(text.clone(), &config, Some(&previous));
        assert_eq!(counted_lists(&fresh), counted_lists(&reused), "{to}");
        assert_same(&fresh, &reused, to);
        previous = reused;
    }
}
