//! Recall: real reports of ../shared/corpus made inconsistent one place at a
//! time. The test finds the places itself, from the text (a stated count
//! and the names or items it counts, a `其中` part and its whole, two printed
//! levels and their growth rate, a share, a slogan's note, a `分别` list),
//! checks
//! that the place is consistent as published and that the change really
//! breaks it, applies one change, and asserts the matching rule fires there.
//!
//! Run with `--nocapture` to see the rates per kind.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use regex::Regex;
use report_analysis::figures::{FigureKind, scan};
use report_analysis::{Code, Config, Context, Document, check};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

/// The distinct reports (the GBK copies of hailaer repeat the UTF-8 ones).
fn reports() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let root = corpus();
    let mut paths = vec![root.join("leping-2023.txt")];
    for dir in ["national", "provinces-2025", "hailaer-utf8"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        paths.extend(files);
    }
    for path in paths {
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path
            .strip_prefix(&root)
            .unwrap_or(&path)
            .display()
            .to_string();
        // As the readers see it: full-width figures folded to ASCII (see
        // `report_analysis::fold`), so the places found in the model's text
        // are places of the text broken.
        out.push((name, report_analysis::fold::fold_figures(text).0));
    }
    out
}

/// One change: replace `range` by `with`; the rule `code` must then fire
/// over `place` (a range of the changed text: the new words, or the count
/// that no longer matches its list).
struct Mutation {
    kind: &'static str,
    code: Code,
    range: Range<usize>,
    with: String,
    place: Range<usize>,
}

/// Where each rule fires in `text`: the ranges of its diagnostics and of
/// their related places.
fn findings(text: &str) -> Vec<(Code, Vec<Range<usize>>)> {
    let config = Config::default();
    let doc = Document::parse(text, &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .map(|d| {
            let mut ranges = vec![d.range.clone()];
            ranges.extend(d.related.iter().map(|r| r.range.clone()));
            (d.code(), ranges)
        })
        .collect()
}

fn fires_in(found: &[(Code, Vec<Range<usize>>)], code: Code, place: &Range<usize>) -> bool {
    found
        .iter()
        .any(|(c, ranges)| *c == code && ranges.iter().any(|r| overlaps(r, place)))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end.max(b.start + 1) && b.start < a.end.max(a.start + 1)
}

const CHINESE: [&str; 21] = [
    "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
    "十四", "十五", "十六", "十七", "十八", "十九", "二十",
];

fn numeral_value(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let s = s.replace('两', "二");
    CHINESE.iter().position(|c| *c == s).map(|n| n as u32)
}

/// `n` written like `like` (Arabic or Chinese).
fn numeral_like(like: &str, n: u32) -> String {
    if like.chars().all(|c| c.is_ascii_digit()) {
        n.to_string()
    } else {
        CHINESE
            .get(n as usize)
            .map_or(n.to_string(), |s| s.to_string())
    }
}

/// `A、B、C等N个`: drop the count below the names, or add names past it.
fn name_lists(text: &str, out: &mut Vec<Mutation>) {
    let re = Regex::new(r"([^，。；：:（(“”《》、\n\d]{1,20}(?:、[^，。；：:（(“”《》、\n\d]{1,20}){2,})等(\d+|[一二三四五六七八九十两]+)(个|家|项|座|所|条|种)").expect("regex");
    for c in re.captures_iter(text) {
        let (Some(names), Some(count)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if ["和", "及", "与", "或"]
            .iter()
            .any(|w| names.as_str().contains(w))
        {
            continue;
        }
        // Names that start after another name or a quote run on further.
        if text[..names.start()].ends_with(['、', '”', '“', '》']) {
            continue;
        }
        let items = names.as_str().matches('、').count() as u32 + 1;
        let Some(n) = numeral_value(count.as_str()) else {
            continue;
        };
        if n < items || items < 3 || n > 20 {
            continue;
        }
        // The count below the names: more names than the count, 等 or not.
        let with = numeral_like(count.as_str(), items - 1);
        let place = count.start()..count.start() + with.len();
        out.push(Mutation {
            kind: "count",
            code: Code::CountMismatch,
            range: count.range(),
            with,
            place,
        });
        // Names added until they outnumber the count.
        let first_sep = names.start() + names.as_str().find('、').unwrap_or(0) + '、'.len_utf8();
        let added: String = (0..=(n - items))
            .map(|i| format!("新增示范点{}、", CHINESE[(i as usize % 9) + 1]))
            .collect();
        let shift = added.len();
        out.push(Mutation {
            kind: "item",
            code: Code::CountMismatch,
            range: first_sep..first_sep,
            with: added,
            place: count.start() + shift..count.end() + shift,
        });
    }
}

/// `N个方面：一是…二是…`: the count below the ordinals that follow.
fn ordinal_lists(text: &str, out: &mut Vec<Mutation>) {
    let re = Regex::new(
        r"(\d+|[一二三四五六七八九十两]+)(个方面|方面|项|条|点|件)(工作|任务|措施|重点)?[：:]一是",
    )
    .expect("regex");
    for c in re.captures_iter(text) {
        let (Some(count), Some(all)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let Some(n) = numeral_value(count.as_str()) else {
            continue;
        };
        let paragraph_end = text[all.end()..]
            .find('\n')
            .map_or(text.len(), |p| all.end() + p);
        let paragraph = &text[all.end()..paragraph_end];
        let mut k = 1;
        while k < 12 && paragraph.contains(&format!("{}是", CHINESE[k + 1])) {
            k += 1;
        }
        if k as u32 != n || k < 3 || paragraph.contains(&format!("{}是", CHINESE[k + 1])) {
            continue;
        }
        let with = numeral_like(count.as_str(), n - 1);
        let place = count.start()..count.start() + with.len();
        out.push(Mutation {
            kind: "count",
            code: Code::CountMismatch,
            range: count.range(),
            with,
            place,
        });
    }
}

const UNITS: &str = "元|人次|人|个|家|亩|吨|公里|户|项|所|座|套|辆";

/// `8.3亿元，其中缓税2.7亿元`: the part raised to ten times the whole.
fn parts(text: &str, out: &mut Vec<Mutation>) {
    let re = Regex::new(&format!(
        r"(\d+(?:\.\d+)?)(万亿|亿|万|千)?({UNITS})[，,]其中([^，。；、\d０-９]{{1,16}}?)(\d+(?:\.\d+)?)(万亿|亿|万|千)?({UNITS})"
    ))
    .expect("regex");
    for c in re.captures_iter(text) {
        let (Some(whole), Some(unit), Some(words), Some(part), Some(part_unit)) =
            (c.get(1), c.get(3), c.get(4), c.get(5), c.get(7))
        else {
            continue;
        };
        if unit.as_str() != part_unit.as_str() {
            continue;
        }
        // A change, an average or a rate per head is no whole.
        let before: String = text[..whole.start()].chars().rev().take(8).collect();
        if [
            "均", "每", "增", "减", "降", "多", "少", "超", "节", "提高", "扩大",
        ]
        .iter()
        .any(|w| before.contains(&w.chars().rev().collect::<String>()))
        {
            continue;
        }
        // A part bounded from above only (`近16万亿元`) can stay below any whole.
        if ["近", "不到", "不足", "约", "以内"]
            .iter()
            .any(|w| words.as_str().ends_with(w))
        {
            continue;
        }
        if ["增", "减", "降", "多", "少", "新增"]
            .iter()
            .any(|w| words.as_str().contains(w))
        {
            continue;
        }
        let Ok(value) = whole.as_str().parse::<f64>() else {
            continue;
        };
        let multiplier = c.get(2).map_or("", |m| m.as_str());
        let with = format!("{}{multiplier}", value * 10.0);
        let range = part.start()..c.get(6).map_or(part.end(), |m| m.end());
        let place = part.start()..part.start() + with.len();
        out.push(Mutation {
            kind: "part",
            code: Code::PartExceedsWhole,
            range,
            with,
            place,
        });
    }
}

/// `从A增加到B，增长X%`: the rate moved 30 points away from what A and B allow.
fn growth(text: &str, out: &mut Vec<Mutation>) {
    let to_words = [
        "增加到",
        "增长到",
        "提高到",
        "上升到",
        "扩大到",
        "增加至",
        "提高至",
        "增至",
        "达到",
    ];
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '。')))
    {
        if !matches!(c, '。' | '；' | '\n') {
            continue;
        }
        let sentence = &text[start..i];
        let base = start;
        start = i + c.len_utf8().min(text.len() - i);
        if ["可比", "实际", "年均", "平均", "每年", "不变价", "扣除"]
            .iter()
            .any(|w| sentence.contains(w))
        {
            continue;
        }
        let figures = scan(sentence);
        for w in figures.windows(3) {
            let (a, b, r) = (&w[0], &w[1], &w[2]);
            let level = |f: &report_analysis::figures::Figure| {
                matches!(
                    f.kind,
                    FigureKind::Amount | FigureKind::Count | FigureKind::Measure
                )
            };
            if !level(a)
                || a.unit != b.unit
                || a.low <= 0.0
                || !b.high.is_finite()
                || a.qualifier.is_some()
                || b.qualifier.is_some()
            {
                continue;
            }
            let lead: String = sentence[..a.span.start]
                .chars()
                .rev()
                .take(8)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let lead = lead.trim_end_matches('的');
            let lead = lead.trim_end_matches(|c: char| c.is_ascii_digit() || c == '年');
            if !(lead.ends_with('从') || lead.ends_with('由')) {
                continue;
            }
            let between = &sentence[a.span.end..b.span.start];
            if !to_words.iter().any(|t| between.ends_with(t)) || between.chars().count() > 8 {
                continue;
            }
            let link = &sentence[b.span.end..r.span.start];
            if !matches!(
                link,
                "，增长" | "，增加" | "，提高" | "，增长了" | ",增长" | "，同比增长"
            ) {
                continue;
            }
            let ratio = b.value / a.value;
            let with = match r.kind {
                FigureKind::Percent => format!("{:.1}%", (ratio - 1.0) * 100.0 + 30.0),
                FigureKind::Ratio if r.unit == "倍" => format!("{:.1}倍", ratio + 3.0),
                _ => continue,
            };
            let range = base + r.span.start..base + r.span.end;
            let place = range.start..range.start + with.len();
            out.push(Mutation {
                kind: "growth",
                code: Code::GrowthMismatch,
                range,
                with,
                place,
            });
        }
    }
}

/// `森林覆盖率达到62%`: the share pushed past 100%.
fn rates(text: &str, out: &mut Vec<Mutation>) {
    let re = Regex::new(r"(覆盖率|普及率|达标率|优良率|合格率|入学率|参保率|城镇化率|占比|比重|处理率|利用率|就业率|满意率)(达到|达|为|提高到|提升到|超过)?(\d+(?:\.\d+)?)%").expect("regex");
    for c in re.captures_iter(text) {
        let Some(number) = c.get(3) else { continue };
        let Ok(value) = number.as_str().parse::<f64>() else {
            continue;
        };
        if value > 100.0 {
            continue;
        }
        let decimals = number.as_str().split_once('.').map_or(0, |(_, d)| d.len());
        let with = format!("{:.*}", decimals, value + 100.0);
        let place = number.start()..number.start() + with.len();
        out.push(Mutation {
            kind: "rate",
            code: Code::RateOutOfRange,
            range: number.range(),
            with,
            place,
        });
    }
}

/// `4.四减一优化:减环节、…`: one numeral of the slogan changed.
fn slogans(text: &str, out: &mut Vec<Mutation>) {
    let re = Regex::new(r"(?m)^[ \t　]*\d+[.．、]\s*“?((?:[一二三四五六七八九][^一二三四五六七八九十两“”：:、，。\s]{1,2}){2,})”?[：:]([^\n]+)$").expect("regex");
    for c in re.captures_iter(text) {
        let (Some(term), Some(definition)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let mut parts: Vec<(u32, String, usize)> = Vec::new();
        for (i, ch) in term.as_str().char_indices() {
            match CHINESE[1..10].iter().position(|d| d.starts_with(ch)) {
                Some(d) => parts.push((d as u32 + 1, String::new(), term.start() + i)),
                None => {
                    if let Some(last) = parts.last_mut() {
                        last.1.push(ch);
                    }
                }
            }
        }
        let items: Vec<&str> = definition
            .as_str()
            .trim_end_matches('。')
            .split('、')
            .collect();
        if definition.as_str().contains(['，', '；', '：', '（']) {
            continue;
        }
        let mut counts = vec![0u32; parts.len()];
        let mut clear = true;
        for item in &items {
            let owners: Vec<usize> = (0..parts.len())
                .filter(|p| item.ends_with(parts[*p].1.as_str()))
                .collect();
            let owners = if owners.is_empty() {
                (0..parts.len())
                    .filter(|p| item.starts_with(parts[*p].1.as_str()))
                    .collect()
            } else {
                owners
            };
            // An item that also carries another part's word (`赣通码`: a 码,
            // or a 通 and a 码?) has two readings: no place to break.
            let carried = (0..parts.len())
                .filter(|p| item.contains(parts[*p].1.as_str()))
                .count();
            match owners.as_slice() {
                [one] if carried == 1 => counts[*one] += 1,
                _ => clear = false,
            }
        }
        let consistent = clear && parts.iter().zip(&counts).all(|(p, c)| p.0 == *c);
        let Some(&(n, _, at)) = parts.first().filter(|_| consistent) else {
            continue;
        };
        let with = CHINESE[n as usize + 1].to_string();
        let range = at..at + CHINESE[n as usize].len();
        let place = at..at + with.len();
        out.push(Mutation {
            kind: "slogan",
            code: Code::SloganCount,
            range,
            with,
            place,
        });
    }
}

/// `A、B分别增长5%、6%`: one value more than subjects.
fn respectively(text: &str, out: &mut Vec<Mutation>) {
    let value = r"\d+(?:\.\d+)?(%|亿元|万元|万人|个百分点)";
    let re = Regex::new(&format!(r"([^，。；：:（(“”\n\d]{{2,40}})分别(?:为|达|达到|增长|下降|提高|增加)?({value}(?:[、和]{value})+)")).expect("regex");
    let one = Regex::new(value).expect("regex");
    for c in re.captures_iter(text) {
        let (Some(head), Some(values)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if ["和", "与", "及"].iter().any(|w| head.as_str().contains(w))
            || !head.as_str().contains('、')
        {
            continue;
        }
        let units: Vec<String> = one
            .captures_iter(values.as_str())
            .filter_map(|v| v.get(1).map(|m| m.as_str().to_string()))
            .collect();
        let subjects = head.as_str().matches('、').count() + 1;
        if units.len() != subjects || units.iter().any(|u| *u != units[0]) {
            continue;
        }
        let with = format!("、9.9{}", units[0]);
        let at = values.end();
        out.push(Mutation {
            kind: "respectively",
            code: Code::RespectivelyMismatch,
            range: at..at,
            place: at..at + with.len(),
            with,
        });
    }
}

/// A note counting its items (`7.2022年十件民生实事：①…；②…`, `3．10种有色
/// 金属：铜、铅…`) or a colon list (`项目7个：A；B；…`): the last item dropped.
fn dropped_items(text: &str, out: &mut Vec<Mutation>) {
    let head = r"(\d+|[一二三四五六七八九十两]+)(件|项|个|种|大|条|家)";
    let notes = Regex::new(&format!(r"(?m)^[ \t　]*\d+[.．、][^：:\n\d]{{0,12}}(?:\d{{4}}年)?[^：:\n\d]{{0,12}}?{head}[^：:\n\d一二三四五六七八九十两]{{1,12}}[：:]([^\n]+)$")).expect("regex");
    let colons = Regex::new(&format!(r"{head}[：:]([^。\n]+；[^。\n]+)。")).expect("regex");
    let circled = |c: char| ('①'..='⑳').contains(&c);
    for (re, group) in [(&notes, 3), (&colons, 3)] {
        for c in re.captures_iter(text) {
            let (Some(count), Some(list)) = (c.get(1), c.get(group)) else {
                continue;
            };
            let Some(n) = numeral_value(count.as_str()) else {
                continue;
            };
            let body = list.as_str().trim_end_matches(['。', '；', ';']);
            if body.ends_with('等') || n < 3 {
                continue;
            }
            // Items: circled numbers, else `；` clauses, else `、` names.
            let marks: Vec<usize> = body
                .char_indices()
                .filter(|(_, ch)| circled(*ch))
                .map(|(i, _)| i)
                .collect();
            let (items, last_start) = if !marks.is_empty() {
                (marks.len(), marks.last().copied().unwrap_or(0))
            } else if body.contains('；') {
                (
                    body.matches('；').count() + 1,
                    body.rfind('；').unwrap_or(0),
                )
            } else if !body.contains(['，', '（', '“', '和', '及', '：']) {
                (
                    body.matches('、').count() + 1,
                    body.rfind('、').unwrap_or(0),
                )
            } else {
                continue;
            };
            if items as u32 != n || last_start == 0 {
                continue;
            }
            // Drop the last item with the separator before it.
            let start = list.start() + last_start;
            let sep_start = text[..start]
                .char_indices()
                .next_back()
                .filter(|(_, ch)| matches!(ch, '；' | ';' | '、' | '，'))
                .map_or(start, |(i, _)| i);
            let end = list.start() + body.len();
            out.push(Mutation {
                kind: "drop",
                code: Code::CountMismatch,
                range: sep_start..end,
                with: String::new(),
                place: count.start()..count.end(),
            });
        }
    }
}

/// `重点做好五个方面工作：` closing a section's lead, then (一)…(五): the count
/// changed by one.
fn section_counts(text: &str, out: &mut Vec<Mutation>) {
    let lead = Regex::new(r"(\d+|[一二三四五六七八九十两]+)(?:个)?方面(?:的)?(?:工作)?[：:。]\s*$")
        .expect("regex");
    let subsection = Regex::new(r"^[ \t　]*[（(]([一二三四五六七八九十]+)[）)]").expect("regex");
    let section = Regex::new(r"^[ \t　]*[一二三四五六七八九十]+、").expect("regex");
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| {
            let at = offset;
            offset += l.len() + 1;
            (at, l)
        })
        .collect();
    for (i, (at, line)) in lines.iter().enumerate() {
        let Some(c) = lead.captures(line) else {
            continue;
        };
        let (Some(count), Some(whole)) = (c.get(1), c.get(0)) else {
            continue;
        };
        let Some(n) = numeral_value(count.as_str()) else {
            continue;
        };
        // The lead must come right after a section heading, and enumerate nothing itself.
        if line.contains("一是")
            || !lines[..i]
                .iter()
                .rev()
                .take(3)
                .any(|(_, l)| section.is_match(l))
        {
            continue;
        }
        let _ = whole;
        let mut k = 0;
        for (_, next) in &lines[i + 1..] {
            if section.is_match(next) {
                break;
            }
            if let Some(m) = subsection.captures(next).and_then(|m| m.get(1))
                && numeral_value(m.as_str()) == Some(k + 1)
            {
                k += 1;
            }
        }
        if k != n || n < 3 {
            continue;
        }
        let with = numeral_like(count.as_str(), n - 1);
        let start = at + count.start();
        out.push(Mutation {
            kind: "section-count",
            code: Code::CountMismatch,
            range: start..at + count.end(),
            place: start..start + with.len(),
            with,
        });
    }
}

#[test]
fn mutations_are_caught() {
    let mut tally: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut missed: Vec<String> = Vec::new();
    for (name, text) in reports() {
        let mut mutations = Vec::new();
        name_lists(&text, &mut mutations);
        ordinal_lists(&text, &mut mutations);
        parts(&text, &mut mutations);
        growth(&text, &mut mutations);
        rates(&text, &mut mutations);
        slogans(&text, &mut mutations);
        respectively(&text, &mut mutations);
        dropped_items(&text, &mut mutations);
        section_counts(&text, &mut mutations);
        let published = findings(&text);
        for m in mutations {
            // Only places the rule is quiet about as published.
            if fires_in(&published, m.code, &m.range) {
                continue;
            }
            let mut changed = String::with_capacity(text.len() + m.with.len());
            changed.push_str(&text[..m.range.start]);
            changed.push_str(&m.with);
            changed.push_str(&text[m.range.end..]);
            let caught = fires_in(&findings(&changed), m.code, &m.place);
            let entry = tally.entry(m.kind).or_default();
            entry.0 += 1;
            if caught {
                entry.1 += 1;
            } else {
                let lo = changed.floor_char_boundary(m.range.start.saturating_sub(90));
                let hi = changed.floor_char_boundary((m.place.end + 60).min(changed.len()));
                missed.push(format!(
                    "{name} [{}] {}",
                    m.kind,
                    changed[lo..hi].replace('\n', "⏎")
                ));
            }
        }
    }
    let (total, caught) = tally.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    for (kind, (n, c)) in &tally {
        println!(
            "{kind:>13}: {c}/{n} caught ({:.0}%)",
            100.0 * *c as f64 / *n as f64
        );
    }
    println!(
        "{:>13}: {caught}/{total} caught ({:.1}%)",
        "all",
        100.0 * caught as f64 / total as f64
    );
    for m in &missed {
        println!("missed: {m}");
    }
    assert!(total >= 200, "only {total} mutations");
    assert!(tally.len() >= 6, "only {} kinds", tally.len());
    assert!(caught as f64 >= 0.9 * total as f64, "{caught}/{total}");
    for (kind, (n, c)) in &tally {
        assert!(*c as f64 >= 0.8 * *n as f64, "{kind}: {c}/{n}");
    }
}
