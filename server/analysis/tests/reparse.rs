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
