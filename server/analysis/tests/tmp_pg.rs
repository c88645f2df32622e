use report_analysis::{Config, Document};
#[test]
fn dbg() {
    for t in [
        "公路里程由2020年的123万公里增加到2025年的176万公里，其中高速公路由4771公里增加到2.52万公里，位次上升。\n",
        "公路里程由123万公里增加到176万公里，其中高速公路由4771公里增加到25200公里。\n",
        "公路里程由123万公里增加到176万公里，其中高速公路由4771公里增加到2.52万公里。\n",
        "公路里程由2020年的123万公里增加到2025年的176万公里，其中高速公路由4771公里增加到25200公里。\n",
        "公路里程由123万公里增加到176万公里，其中高速公路由4771公里增加到25200公里，位次上升。\n",
    ] {
        let text = format!("2031年示例县政府工作报告\n各位代表：\n{t}");
        let doc = Document::parse(text.as_str(), &Config::default());
        println!("--");
        for f in &doc.figures {
            println!(
                "  {} {:?} {:?} {:?}",
                f.text(&doc.text),
                f.kind,
                f.unit,
                f.period
            );
        }
        for r in report_analysis::checks::part_readings(&doc) {
            println!(
                "{} {:?}",
                r.whole.text(&doc.text),
                r.parts
                    .iter()
                    .map(|p| p.text(&doc.text))
                    .collect::<Vec<_>>()
            );
        }
    }
}
