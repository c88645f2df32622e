//! Arbitrary text into the parser and the checks: nothing panics, and every
//! range is inside the text on character boundaries.

use report_analysis::text::Encoding;
use report_analysis::{Config, Context, Document, check};

/// Characters that matter to the parsers, mixed with ordinary ones.
const ALPHABET: &[&str] = &[
    "注释",
    "注 释",
    "名词解释",
    "附件",
    "附件2 名词解释",
    "1.",
    "2．",
    "3、",
    "［1］",
    "[2]",
    "【3】",
    "（4）",
    "(5)",
    "①",
    "⑩",
    "㉑",
    "㊿",
    "¹",
    "²³",
    "[^4]",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "：",
    ":",
    "、",
    "；",
    "。",
    "，",
    "一、",
    "二、",
    "（一）",
    "(二)",
    "三新一高",
    "“六个一”",
    "“5020”",
    "项目",
    "2023年",
    "政府工作报告",
    "各位代表：",
    "\n",
    "\r\n",
    "\r",
    "　　",
    " ",
    "\t",
    "𠮷",
    "\u{2028}",
    "\u{0}",
    "＠",
    "十",
    "两",
    "１２",
    "a",
    "Z",
    "+",
    "%",
    "亿元",
    "其中",
    "分别",
    "等",
    "共",
    "一是",
    "二是",
    "从",
    "增加到",
    "增长",
    "下降",
    "8.3",
    "7154万元",
    "102%",
    "覆盖率达到",
    "个百分点",
    "倍",
    "十件",
    "四减一优化",
    "减环节",
    "5%至5.5%",
    "近",
    "余",
    "超",
    "过",
    "以上",
    "２４０００",
    "百分之七点九",
    "三分之一",
    "年均",
    "按可比价",
    "（一）抓工业",
    "个方面工作：",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic, no dependency.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[test]
fn random_texts_do_not_panic_and_ranges_are_sound() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut config = Config::default();
    config.glossary.insert("六个一".into(), "说明".into());
    for round in 0..3000 {
        let len = (rng.next() % 80) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize])
            .collect();
        let doc = Document::parse(text.clone(), &config);
        let diagnostics = check(&doc, &Context::alone(&config));
        // Ranges are of the model's text (full-width figures folded).
        let model = &doc.text;
        let sound = |r: &std::ops::Range<usize>| {
            r.start <= r.end
                && r.end <= model.len()
                && model.is_char_boundary(r.start)
                && model.is_char_boundary(r.end)
                && text.is_char_boundary(doc.source_offset(r.start))
                && text.is_char_boundary(doc.source_offset(r.end))
        };
        for d in &diagnostics {
            assert!(sound(&d.range), "round {round}: {:?} in {text:?}", d.range);
            for r in d.related.iter() {
                assert!(
                    sound(&r.range),
                    "round {round}: related {:?} in {text:?}",
                    r.range
                );
            }
            for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                let p = doc.line_index.position(&doc.text, d.range.start, encoding);
                assert_eq!(
                    doc.line_index.offset(&doc.text, p, encoding),
                    Some(d.range.start)
                );
            }
        }
        for note in &doc.notes {
            assert!(
                sound(&note.range) && sound(&note.text_range),
                "round {round}: {text:?}"
            );
        }
        for term in &doc.terms {
            assert!(term.uses.iter().all(sound), "round {round}: {text:?}");
        }
        for figure in &doc.figures {
            assert!(
                sound(&figure.span),
                "round {round}: figure {:?} in {text:?}",
                figure.span
            );
        }
        for marker in &doc.markers {
            assert!(sound(&marker.range), "round {round}: {text:?}");
        }
    }
}

/// The editing aids on arbitrary text: quick fixes, renumbering and rename
/// never panic, and their edits are inside the text, on character
/// boundaries, and do not overlap.
#[test]
fn random_texts_give_sound_edits() {
    use report_analysis::edits::{TextEdit, apply};
    use report_analysis::messages::Locale;
    use report_analysis::{Workspace, fixes, rename, renumber};

    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let config = Config::default();
    for round in 0..800 {
        let len = (rng.next() % 80) as usize;
        let text: String = (0..len)
            .map(|_| ALPHABET[(rng.next() % ALPHABET.len() as u64) as usize])
            .collect();
        let mut ws = Workspace::new();
        ws.add(
            "r.txt",
            std::sync::Arc::new(Document::parse(text.clone(), &config)),
        );
        let doc = ws.document(0).expect("doc").clone();
        let sound = |edits: &[TextEdit], what: &str| {
            let mut ranges: Vec<_> = edits.iter().map(|e| e.range.clone()).collect();
            ranges.sort_by_key(|r| (r.start, r.end));
            // Edits are of the model's text (full-width figures folded).
            let model = &doc.text;
            for r in &ranges {
                assert!(
                    r.start <= r.end
                        && r.end <= model.len()
                        && model.is_char_boundary(r.start)
                        && model.is_char_boundary(r.end),
                    "round {round}: {what} {r:?} in {text:?}"
                );
            }
            assert!(
                ranges.windows(2).all(|w| w[0].end <= w[1].start),
                "round {round}: {what} overlaps in {text:?}"
            );
            let _ = Document::parse(apply(&text, &doc.source_edits(edits.to_vec())), &config);
        };
        for d in ws.check(0, &config) {
            for fix in fixes::fixes(&ws, 0, &d, Locale::Zh) {
                sound(&fix.edits, &fix.title);
            }
        }
        if let Ok(edits) = renumber::renumber(&doc) {
            sound(&edits, "renumber");
        }
        for offset in (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .step_by(3)
        {
            if let Ok(edits) = rename::rename(&doc, offset, "新名") {
                sound(&edits, "rename");
            }
        }
    }
}
