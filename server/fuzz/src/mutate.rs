//! Inputs: a piece of a corpus report with a few mutations, and an edit
//! for the reparse.

/// xorshift64*: deterministic and without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

/// What the parsers look for, and what breaks them.
const TOKENS: &[&str] = &[
    "注释",
    "注 释",
    "名词解释",
    "附件1",
    "附件2 名词解释",
    "\n注释\n",
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
    "¹²",
    "[^4]",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "：",
    "、",
    "；",
    "。",
    "，",
    "一、",
    "（一）",
    "“六个一”",
    "“5020”",
    "三区三线",
    "两网融合",
    "2031年",
    "政府工作报告",
    "各位代表：",
    "\n",
    "\r\n",
    "\r",
    "　",
    "\t",
    "𠮷",
    "\u{2028}",
    "\u{feff}",
    "\u{0}",
    "其中",
    "分别",
    "等",
    "共",
    "一是",
    "二是",
    "从",
    "增加到",
    "增长",
    "提高",
    "个百分点",
    "亿元",
    "万元",
    "%",
    "8.3",
    "102%",
    "百分之七点九",
    "三分之一",
    "年均",
    "按可比价",
    "覆盖率达到",
    "超",
    "近",
    "余",
    "十件",
    "四减一优化",
    "5%至5.5%",
    ".",
    "5%.下",
    "增长 6.5 %",
    "等 12 个",
];

/// One run in this many hard-wraps its piece (lines of one width, as text
/// pulled from a PDF), which the model joins back into paragraphs.
const WRAP_EVERY: u64 = 8;

/// One run in this many sets its piece's figures apart with spaces
/// (`增长 6.5 %`), which the model takes out.
const SPACE_EVERY: u64 = 8;

/// The longest window of a report most runs read: a few KB hold a notes
/// section, a list or a paragraph of figures, and parse in a fraction of
/// the time a whole report (~60 KB) takes, so a run costs about its window.
/// Coverage-guided fuzzers likewise keep their inputs small.
const WINDOW: usize = 4 << 10;

/// One run in this many reads a whole report: what only a whole report has
/// (the outline's sections, a notes section far from its markers, a draft's
/// pairing across the review and the targets) is still exercised.
const WHOLE_EVERY: u64 = 32;

fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A random range of `text` on character boundaries, at most `max` long.
fn range(rng: &mut Rng, text: &str, max: usize) -> std::ops::Range<usize> {
    let start = floor(text, rng.below(text.len() as u64 + 1) as usize);
    let end = floor(text, start + rng.below(max as u64 + 1) as usize);
    start..end.max(start)
}

/// A mutated piece of one of `texts`: mostly a window of at most
/// [`WINDOW`] bytes (a random one, or the tail, where the notes section
/// is), sometimes the whole report.
pub fn input(rng: &mut Rng, texts: &[String]) -> String {
    let source = &texts[rng.below(texts.len() as u64) as usize];
    let pick = rng.below(WHOLE_EVERY);
    let mut text = if source.len() <= WINDOW || pick == 0 {
        source.clone()
    } else if pick < WHOLE_EVERY / 4 {
        let start = floor(source, source.len().saturating_sub(WINDOW));
        source[start..].to_string()
    } else {
        source[range(rng, source, WINDOW)].to_string()
    };
    if rng.below(WRAP_EVERY) == 0 {
        let width = 16 + rng.below(48) as usize;
        let ending = if rng.below(4) == 0 { "\r\n" } else { "\n" };
        text = report_analysis::wrap::hard_wrapped(&text, width, ending);
    }
    if rng.below(SPACE_EVERY) == 0 {
        text = report_analysis::fold::figures_spaced(&text);
    }
    for _ in 0..1 + rng.below(8) {
        mutate(rng, &mut text);
    }
    text
}

fn mutate(rng: &mut Rng, text: &mut String) {
    match rng.below(6) {
        0 | 1 => {
            let at = floor(text, rng.below(text.len() as u64 + 1) as usize);
            text.insert_str(at, rng.pick(TOKENS));
        }
        2 => {
            let r = range(rng, text, 64);
            text.replace_range(r, "");
        }
        3 => {
            // Duplicate a stretch: repeated notes, markers, slogans.
            let r = range(rng, text, 256);
            let piece = text[r.clone()].repeat(1 + rng.below(20) as usize);
            text.insert_str(r.end, &piece);
        }
        4 => {
            let r = range(rng, text, 16);
            text.replace_range(r, rng.pick(TOKENS));
        }
        _ => {
            // A byte flip, then whatever UTF-8 it still is.
            let mut bytes = std::mem::take(text).into_bytes();
            if !bytes.is_empty() {
                let i = rng.below(bytes.len() as u64) as usize;
                bytes[i] ^= 1 << rng.below(8);
            }
            *text = String::from_utf8_lossy(&bytes).into_owned();
        }
    }
}

/// An edit of `text` for the reparse: (range replaced, replacement).
pub fn edit(rng: &mut Rng, text: &str) -> (std::ops::Range<usize>, String) {
    let r = range(rng, text, 12);
    let with = if rng.below(3) == 0 {
        String::new()
    } else {
        rng.pick(TOKENS).to_string()
    };
    (r, with)
}
