//! Worst-case texts for the algorithms that once went quadratic: one
//! generator per case, each about `bytes` long. Shared by the `adversarial`
//! benchmark group and the analysis tests (`tests/adversarial.rs`).

#![allow(dead_code)]

use std::sync::Arc;

use report_analysis::text::{Encoding, Positions};
use report_analysis::{Config, Document, Workspace};

/// Makes a worst-case text of about the given size.
pub type Generator = fn(usize) -> String;

/// The texts parsed and checked, by name.
pub const CASES: &[(&str, Generator)] = &[
    ("of-which", of_which),
    ("annexes", annexes),
    ("slogans", slogans),
    ("notes", notes),
    ("markers", markers),
    ("names", names),
    ("money-groups", money_groups),
    ("income-ratios", income_ratios),
    ("year-bases", year_bases),
    ("deeds", deeds),
    ("from-to", from_to),
    ("slogan-colons", slogan_colons),
    ("rated-levels", rated_levels),
    ("trade-parts", trade_parts),
    ("named-shares", named_shares),
    ("part-shares", part_shares),
    ("twice-respectively", twice_respectively),
    ("circled-items", circled_items),
    ("page-feet", page_feet),
    ("slogan-sizes", slogan_sizes),
];

/// What the `adversarial` group measures for each text (the `profile_check`
/// example counts the same step's instructions): parse, read into a
/// workspace (the cross-report facts: identity, targets, results, figure
/// sentences), check, and the start and end positions of every finding (as
/// the server and the CLI convert each one, in turn).
#[inline(never)]
pub fn parse_check_place(text: &str, config: &Config) -> u32 {
    let mut workspace = Workspace::new();
    let file = workspace.add("adversarial.txt", Arc::new(Document::parse(text, config)));
    let found = workspace.check(file, config);
    let Some(doc) = workspace.document(file) else {
        return 0;
    };
    let mut positions = Positions::new(&doc.line_index, &doc.text, Encoding::Utf16);
    found.iter().fold(0u32, |sum, d| {
        let start = positions.at(d.range.start);
        let end = positions.at(d.range.end);
        sum.wrapping_add(start.column).wrapping_add(end.line)
    })
}

/// A title and the address: enough for the text to be a report.
const HEAD: &str = "2031年示例县政府工作报告\n各位代表：\n一、回顾\n";

/// `head`, then `unit` repeated until the text is about `bytes` long, then `tail`.
fn repeated(head: &str, unit: &str, tail: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + head.len() + tail.len());
    text.push_str(head);
    while text.len() + unit.len() + tail.len() <= bytes {
        text.push_str(unit);
    }
    text.push_str(tail);
    text
}

/// One sentence with a whole and many `其中` (wholes.rs rescanned the rest
/// of the sentence per cue).
pub fn of_which(bytes: usize) -> String {
    repeated(
        &format!("{HEAD}全县完成固定资产投资900亿元"),
        "，其中工业投资5亿元",
        "。\n",
        bytes,
    )
}

/// Many `附件1` headings (the annex reader in lists/ filtered every line per annex).
pub fn annexes(bytes: usize) -> String {
    repeated(HEAD, "附件1\n重点项目3个\n一、修路\n二、建校\n", "", bytes)
}

/// One line of a bare slogan repeated (terms.rs checked each hit against
/// every earlier one).
pub fn slogans(bytes: usize) -> String {
    repeated(HEAD, "三区三线，", "\n", bytes)
}

/// A notes section of one term over and over, numbered 1..N (a linear
/// search per note).
pub fn notes(bytes: usize) -> String {
    let mut text = format!("{HEAD}推进“两网融合”建设。\n注释\n");
    let mut n = 1;
    while text.len() < bytes {
        text.push_str(&format!("{n}.“两网融合”：城乡供水网和排水网。\n"));
        n += 1;
    }
    text
}

/// One line of markers that no note has: a `note-missing` each (columns
/// were counted from the line start for every range).
pub fn markers(bytes: usize) -> String {
    repeated(
        &format!("{HEAD}推进改革"),
        "⑨",
        "。\n注释\n1.“两网融合”：城乡供水网和排水网。\n",
        bytes,
    )
}

/// One line of names closed by `等N个`, with no clause break (every reader
/// that looked up the clause of each `等` or figure scanned to its ends).
pub fn names(bytes: usize) -> String {
    repeated(HEAD, "甲、乙等3个", "\n", bytes)
}

/// One sentence of sums of money each broken down after a colon (the
/// colon groups, `colon_groups::read_at`, looked for the sentence's end
/// ahead of every colon).
pub fn money_groups(bytes: usize) -> String {
    repeated(HEAD, "投资90亿元：东区50亿元，西区40亿元，", "。\n", bytes)
}

/// One paragraph of town and country incomes, each pair followed by their
/// ratio (the income ratio read the levels from the paragraph's start at
/// every ratio).
pub fn income_ratios(bytes: usize) -> String {
    repeated(
        HEAD,
        "城镇居民人均可支配收入50000元，农村居民人均可支配收入20000元，城乡居民收入比为2.5，",
        "。\n",
        bytes,
    )
}

/// One sentence of levels each compared with a base named by its year
/// (the growth reading of a base compared before its change read the
/// whole sentence, and back to its start for a volume's name, at each).
pub fn year_bases(bytes: usize) -> String {
    repeated(HEAD, "营收9亿元，比2025年的6亿元增长50%，", "。\n", bytes)
}

/// One line of counts of deeds done, each with a colon and two deeds (the
/// colon lists read to the line's end from every colon).
pub fn deeds(bytes: usize) -> String {
    repeated(HEAD, "8件民生实事全部完成：修桥梁、建公园，", "。\n", bytes)
}

/// One sentence of levels each rising `从A增加到B` with its rate (every
/// growth reading found the sentence's ends, and read it whole for a
/// basis, at each).
pub fn from_to(bytes: usize) -> String {
    repeated(HEAD, "收入从5亿元增加到8亿元，增长60%，", "。\n", bytes)
}

/// One line of a quoted slogan each followed by a colon and its items (the
/// slogan runs found the line's end, and read the rest of it, at each).
pub fn slogan_colons(bytes: usize) -> String {
    repeated(
        HEAD,
        "推进“三个一批”：签约一批、开工一批、投产一批，",
        "。\n",
        bytes,
    )
}

/// One sentence of levels each followed by its rate, the subject named
/// before each (a rate's base printed earlier for its subject was looked
/// for among every figure before it).
pub fn rated_levels(bytes: usize) -> String {
    repeated(HEAD, "完成投资1.2万亿元，增长8%，", "。\n", bytes)
}

/// A trade total, then its exports and imports again and again, each with
/// its rate (a rate's base was looked for among every earlier level of its
/// indicator).
pub fn trade_parts(bytes: usize) -> String {
    repeated(
        &format!("{HEAD}外贸进出口总额680亿元，增长8.2%，"),
        "其中出口530亿元，增长10.4%；进口150亿元，增长4.6%；",
        "。\n",
        bytes,
    )
}

/// One paragraph of parts each with its share of a whole named after `占`
/// (the whole was looked for from the paragraph's start at each).
pub fn named_shares(bytes: usize) -> String {
    repeated(
        HEAD,
        "税收收入6亿元，占一般公共预算收入的75%，",
        "。\n",
        bytes,
    )
}

/// One sentence of wholes, each with a part and its share (every share
/// asked every reading whether its part had another whole).
pub fn part_shares(bytes: usize) -> String {
    repeated(HEAD, "收入8亿元，其中税收6亿元，占75%，", "。\n", bytes)
}

/// One sentence of rates listed with `分别` and their differences with
/// `分别` again (every points figure read every `分别` of the text, and
/// each `分别` its subjects back to the sentence's start).
pub fn twice_respectively(bytes: usize) -> String {
    repeated(
        HEAD,
        "分别增长5%、6%和7%，分别高于全省1、2和3个百分点，",
        "。\n",
        bytes,
    )
}

/// One line of items numbered `①②③` again and again (a count restating
/// each list was looked for to the line's end after every one).
pub fn circled_items(bytes: usize) -> String {
    repeated(HEAD, "①抓项目；②抓招商；③抓服务；", "。\n", bytes)
}

/// Pages of one line of marks after a term, each with its foot note
/// (each note looked up its term and mark in the page above it, and
/// every use of the mark there).
pub fn page_feet(bytes: usize) -> String {
    let page = format!("推行“甲乙”{}。\n①甲乙：说明。\n", "①".repeat(2000));
    repeated(HEAD, &page, "\n", bytes)
}

/// One set written in thousands of sizes, each twice, and a size between
/// each two written once: every once-written size is looked up among the
/// sizes written again (and is one off from two of them, so none is told).
pub fn slogan_sizes(bytes: usize) -> String {
    let mut text = String::from(HEAD);
    let mut n = 2;
    while text.len() < bytes {
        text.push_str(&format!(
            "擦亮“{n}个示范区”，再擦亮“{n}个示范区”。推出“{}个示范区”。\n",
            n + 1
        ));
        n += 2;
    }
    text
}

/// A distinct four-character term for each `i` below 10,000.
pub fn term(i: usize) -> String {
    const CHARS: &[char] = &[
        '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '金', '木', '水', '火', '土',
        '山', '川', '林', '田', '江', '河', '湖', '海', '云', '雨', '风', '雷', '电', '星', '月',
        '春', '夏', '秋', '冬', '东', '南', '西', '北', '松', '竹', '梅', '兰', '桥', '路', '港',
        '城', '乡', '村', '镇', '街', '园', '区', '链', '网', '库', '仓', '站', '台', '厅', '馆',
        '书', '画', '琴', '棋', '茶', '米', '麦', '稻', '豆', '桑', '麻', '棉', '丝', '陶', '瓷',
        '铜', '铁', '钢', '锡', '银', '玉', '石', '砖', '瓦', '灯', '船', '车', '马', '牛', '羊',
        '鱼', '鸟', '花', '草', '果', '叶', '根', '苗', '种', '籽',
    ];
    let n = CHARS.len();
    format!("{}{}行动", CHARS[i % n], CHARS[(i / n) % n])
}

/// Reports whose notes define 10,000 terms between them, 500 each.
pub fn glossary_reports() -> Vec<String> {
    (0..20)
        .map(|r| {
            let mut text = format!("{HEAD}推进各项行动。\n注释\n");
            for n in 0..500 {
                text.push_str(&format!(
                    "{}.“{}”：一项专门行动。\n",
                    n + 1,
                    term(r * 500 + n)
                ));
            }
            text
        })
        .collect()
}

/// One long line using some of those terms, for a hover in its middle.
pub fn long_line(bytes: usize) -> String {
    let mut text = HEAD.to_string();
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&format!("推进{}，", term(i % 10_000)));
        i += 7;
    }
    text.push('\n');
    text
}
