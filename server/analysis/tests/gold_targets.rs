//! Targets and results paired across two reports, measured against a gold
//! read by eye.
//!
//! `tests/gold/targets/pairs.tsv` records, for pairs of consecutive reports
//! of one government in ../shared/corpus, each quantified target of the
//! previous report and the draft's result for it (or `-`), as a person reads
//! them without report-ls. This test reads both reports into a workspace,
//! pairs them as the tool does and compares: at least 90% of the gold rows
//! found with the right values, and no target ever paired with a value the
//! gold does not give it (another indicator's, another period's).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use report_analysis::{Config, Document, Workspace};

struct Row {
    previous: String,
    draft: String,
    indicator: String,
    target: String,
    result: Option<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus() -> PathBuf {
    root().join("../../../shared/corpus")
}

fn gold() -> Vec<Row> {
    let path = root().join("tests/gold/targets/pairs.tsv");
    let text = std::fs::read_to_string(&path).expect("gold file");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            assert_eq!(cells.len(), 5, "{l}");
            Row {
                previous: cells[0].into(),
                draft: cells[1].into(),
                indicator: cells[2].into(),
                target: cells[3].into(),
                result: (cells[4] != "-").then(|| cells[4].to_string()),
            }
        })
        .collect()
}

/// What the tool pairs: (indicator, target text) -> result text.
fn paired(previous: &str, draft: &str) -> BTreeMap<(String, String), Option<String>> {
    let config = Config::default();
    let read = |name: &str| {
        let text = std::fs::read_to_string(corpus().join(name)).expect("corpus file");
        Arc::new(Document::parse(text, &config))
    };
    let mut workspace = Workspace::new();
    // Paired by government and year, as a folder is: no --previous.
    let p = workspace.add(previous, read(previous));
    let d = workspace.add(draft, read(draft));
    assert_eq!(workspace.previous_of(d), Some(p), "{draft} -> {previous}");
    let review = workspace.review(d).expect("a review");
    let prev_doc = workspace.document(p).expect("previous").clone();
    let draft_doc = workspace.document(d).expect("draft").clone();
    // As printed (full-width figures too), as the gold copies them.
    let text = |doc: &Document, i: usize| doc.source_text(doc.figures[i].span.clone()).into_owned();
    review
        .pairs
        .iter()
        .map(|pair| {
            (
                (
                    pair.target.indicator.clone(),
                    text(&prev_doc, pair.target.figure),
                ),
                pair.result.as_ref().map(|r| text(&draft_doc, r.figure)),
            )
        })
        .collect()
}

#[test]
fn targets_pair_with_their_results_as_read_by_eye() {
    if !corpus().exists() {
        eprintln!("skipped: no ../shared/corpus");
        return;
    }
    let rows = gold();
    let mut by_pair: BTreeMap<(String, String), Vec<&Row>> = BTreeMap::new();
    for row in &rows {
        by_pair
            .entry((row.previous.clone(), row.draft.clone()))
            .or_default()
            .push(row);
    }
    assert!(by_pair.len() >= 12, "{} pairs of reports", by_pair.len());

    let (mut found, mut missed, mut wrong) = (0, Vec::new(), Vec::new());
    for ((previous, draft), rows) in &by_pair {
        let got = paired(previous, draft);
        for row in rows {
            let key = (row.indicator.clone(), row.target.clone());
            match got.get(&key) {
                Some(result) if *result == row.result => found += 1,
                Some(None) => missed.push(format!(
                    "{draft}: {} {} read, its result {:?} not",
                    row.indicator, row.target, row.result
                )),
                Some(result) => wrong.push(format!(
                    "{draft}: {} {} paired with {result:?}, gold {:?}",
                    row.indicator, row.target, row.result
                )),
                None => missed.push(format!(
                    "{draft}: {} {} not read",
                    row.indicator, row.target
                )),
            }
        }
        // A paired result the gold has no row for is a wrong pairing too.
        for ((indicator, target), result) in &got {
            let known = rows
                .iter()
                .any(|r| &r.indicator == indicator && &r.target == target);
            if !known && result.is_some() {
                wrong.push(format!(
                    "{draft}: {indicator} {target} paired with {result:?}, not a gold target"
                ));
            }
        }
    }
    let recall = found as f64 / rows.len() as f64;
    eprintln!(
        "target pairs: {found}/{} found with the right values ({:.1}%), {} wrong",
        rows.len(),
        recall * 100.0,
        wrong.len()
    );
    for m in &missed {
        eprintln!("  missed: {m}");
    }
    assert!(wrong.is_empty(), "wrong pairings:\n{}", wrong.join("\n"));
    assert!(recall >= 0.9, "recall {recall:.3}:\n{}", missed.join("\n"));
}
