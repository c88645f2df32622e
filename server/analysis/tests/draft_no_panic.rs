//! Random drafts and previous reports into the cross-report rules, the
//! inlay hints and the hovers: nothing panics, every range is sound.

use std::sync::Arc;

use report_analysis::{Config, Document, Locale, Workspace, draft_ide, ide};

/// Words that matter to the cross-report readers, mixed with plain ones.
const ALPHABET: &[&str] = &[
    "2030年青溪县政府工作报告\n",
    "2031年青溪县政府工作报告\n",
    "——2031年1月8日在青溪县第十届",
    "一、2030年工作回顾\n",
    "一、2029年工作回顾\n",
    "二、",
    "主要预期目标是：",
    "主要预期目标",
    "地区生产总值",
    "增长",
    "下降",
    "5%左右",
    "6.2%",
    "3%以内",
    "86.4亿元",
    "1.2万人以上",
    "，",
    "；",
    "。",
    "\n",
    "、",
    "分别",
    "城乡居民人均可支配收入",
    "城镇和农村",
    "按可比价计算，同比增长",
    "全面完成全年目标任务",
    "年均",
    "2030年",
    "今年是“十四五”规划收官之年",
    "今年是“十九五”",
    "力争到2030年底",
    "注释\n",
    "1.“两网融合”：",
    "城乡供水",
    "居民消费价格涨幅",
    "“",
    "”",
    "𠮷",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn text(&mut self, title: &str) -> String {
        let len = (self.next() % 60) as usize;
        let mut text = title.to_string();
        for _ in 0..len {
            text.push_str(ALPHABET[(self.next() % ALPHABET.len() as u64) as usize]);
        }
        text
    }
}

#[test]
fn random_drafts_do_not_panic_and_ranges_are_sound() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let config = Config::default();
    for round in 0..1500 {
        let last = rng.text("2030年青溪县政府工作报告\n");
        let draft = rng.text("2031年青溪县政府工作报告\n");
        let mut ws = Workspace::new();
        let a = ws.add("2030.txt", Arc::new(Document::parse(last.clone(), &config)));
        let b = ws.add(
            "2031.txt",
            Arc::new(Document::parse(draft.clone(), &config)),
        );
        let texts = [(a, &last), (b, &draft)];
        let sound = |file: Option<usize>, here: usize, r: &std::ops::Range<usize>| {
            let text = texts
                .iter()
                .find(|(i, _)| *i == file.unwrap_or(here))
                .map_or("", |(_, t)| t.as_str());
            r.start <= r.end
                && r.end <= text.len()
                && text.is_char_boundary(r.start)
                && text.is_char_boundary(r.end)
        };
        for (file, text) in texts {
            for d in ws.check(file, &config) {
                assert!(
                    sound(None, file, &d.range),
                    "round {round}: {d:?} in {text:?}"
                );
                for r in d.related.iter() {
                    assert!(sound(r.file, file, &r.range), "round {round}: {r:?}");
                }
            }
            for hint in draft_ide::inlay_hints(&ws, file, Locale::En) {
                assert!(text.is_char_boundary(hint.offset), "round {round}");
            }
            let offset = (rng.next() as usize) % (text.len() + 1);
            let _ = ide::hover(&ws, file, offset, &config, Locale::Zh);
        }
    }
}
