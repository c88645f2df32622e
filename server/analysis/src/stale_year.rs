//! `stale-year`: a year or ordinal copied from last year's text, read
//! against the report's own year Y: the review headed `Y-2年工作回顾`, the
//! targets announced for Y-1, `今年是“十四五”规划收官之年` in a year that is not
//! the plan's fifth, a deadline `力争到Y-1年底` among this year's plans.
//! Historical references (`2018年以来`, `比2015年翻一番`, `2020年是“十三五”
//! 收官之年` in 2021) match none of these and are never read as stale.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::outline::HeadingKind;
use crate::targets::YearFigures;

/// One stale year: where, what is written, what the year asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaleYear {
    pub range: Range<usize>,
    pub written: String,
    pub expected: String,
}

static REVIEW_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)[0-9]{2})年(?:工作|主要工作)?回顾").expect("valid regex")
});
static PLAN_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(今年|(?:19|20)[0-9]{2}年)是“?(十[一二三四五六七八九])五”?(?:规划)?(?:实施)?的?",
        r"(第[一二三四五]年|开局之年|起步之年|收官之年|最后一年)"
    ))
    .expect("valid regex")
});
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:力争|确保|争取|计划|将|要)到((?:19|20)[0-9]{2})年底").expect("valid regex")
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"((?:19|20)[0-9]{2})年").expect("valid regex"));

/// The stale years of `doc`, a report of `year`.
pub fn find(doc: &Document, year: i32, figures: &YearFigures) -> Vec<StaleYear> {
    let mut out = Vec::new();
    review_heading(doc, year, &mut out);
    targets_year(doc, year, figures, &mut out);
    plan_ordinals(doc, year, &mut out);
    deadlines(doc, year, figures, &mut out);
    out.sort_by_key(|s| s.range.start);
    out
}

/// `一、2029年工作回顾` in the 2031 report.
fn review_heading(doc: &Document, year: i32, out: &mut Vec<StaleYear>) {
    let Some(heading) = doc
        .outline
        .iter()
        .filter(|h| h.kind == HeadingKind::Section)
        .find(|h| h.title.contains("回顾"))
    else {
        return;
    };
    let Some(text) = doc.text.get(heading.heading.clone()) else {
        return;
    };
    if let Some(caps) = REVIEW_HEADING.captures(text)
        && let Ok(written) = caps[1].parse::<i32>()
        && written == year - 2
        && let Some(m) = caps.get(0)
    {
        out.push(StaleYear {
            range: heading.heading.start + m.start()..heading.heading.start + m.end(),
            written: m.as_str().to_string(),
            expected: m.as_str().replacen(&caps[1], &(year - 1).to_string(), 1),
        });
    }
}

/// `2030年主要预期目标是` in the 2031 report.
fn targets_year(doc: &Document, year: i32, figures: &YearFigures, out: &mut Vec<StaleYear>) {
    let Some(range) = &figures.targets_range else {
        return;
    };
    // The announcing sentence, up to the cue.
    let line = doc.line_at(range.start);
    let Some(start) = doc.lines.get(line).map(|l| l.content.start) else {
        return;
    };
    let Some(before) = doc.text.get(start..range.start) else {
        return;
    };
    let sentence_start = before
        .rfind(['。', '；', '！'])
        .map_or(0, |p| p + '。'.len_utf8());
    let lead = &before[sentence_start..];
    for caps in YEAR.captures_iter(lead) {
        if caps[1].parse::<i32>().ok() == Some(year - 1)
            && let Some(m) = caps.get(0)
        {
            let at = start + sentence_start + m.start();
            out.push(StaleYear {
                range: at..at + m.len(),
                written: m.as_str().to_string(),
                expected: format!("{year}年"),
            });
        }
    }
}

/// `今年是“十四五”规划收官之年` in 2024: the plan's fifth year is 2025.
fn plan_ordinals(doc: &Document, year: i32, out: &mut Vec<StaleYear>) {
    for region in &doc.body {
        let Some(text) = doc.text.get(region.clone()) else {
            continue;
        };
        for caps in PLAN_YEAR.captures_iter(text) {
            let subject = &caps[1];
            let said = if subject == "今年" {
                year
            } else {
                match subject.trim_end_matches('年').parse::<i32>() {
                    Ok(y) if y == year => y,
                    _ => continue,
                }
            };
            let Some(first) = plan_start(&caps[2]) else {
                continue;
            };
            let Some(n) = ordinal(&caps[3]) else {
                continue;
            };
            let meant = first + n - 1;
            if meant != said
                && let Some(m) = caps.get(0)
            {
                let expected = plan_year_words(said, first);
                out.push(StaleYear {
                    range: region.start + m.start()..region.start + m.end(),
                    written: m.as_str().to_string(),
                    expected,
                });
            }
        }
    }
}

/// `力争到2030年底建成` among the 2031 report's plans.
fn deadlines(doc: &Document, year: i32, figures: &YearFigures, out: &mut Vec<StaleYear>) {
    for region in &doc.body {
        let start = region.start.max(figures.review.end);
        let Some(text) = doc.text.get(start..region.end.max(start)) else {
            continue;
        };
        for caps in DEADLINE.captures_iter(text) {
            if caps[1].parse::<i32>().ok() == Some(year - 1)
                && let Some(m) = caps.get(1)
            {
                out.push(StaleYear {
                    range: start + m.start()..start + m.end() + "年".len(),
                    written: format!("{}年", &caps[1]),
                    expected: format!("{year}年"),
                });
            }
        }
    }
}

/// What year `said` is of its plan: `第二年` of the plan that began in
/// `first`, or `“十六五”开局之年` when it is another plan's.
fn plan_year_words(said: i32, first: i32) -> String {
    const NUMERALS: [&str; 9] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (plan, k) = (
        (said - 2006).div_euclid(5) + 11,
        (said - 2006).rem_euclid(5) + 1,
    );
    let ordinal = match k {
        1 => "开局之年".to_string(),
        5 => "收官之年".to_string(),
        k => format!("第{}年", NUMERALS[(k - 1) as usize]),
    };
    if said - first == k - 1 || !(11..=19).contains(&plan) {
        ordinal
    } else {
        format!("“十{}五”{ordinal}", NUMERALS[(plan - 11) as usize])
    }
}

/// The first year of a five-year plan (`十四` → 2021): the eleventh
/// began in 2006, each five years after the one before.
pub(crate) fn plan_start(number: &str) -> Option<i32> {
    let unit = number.strip_prefix('十')?.chars().next()?;
    let n = "一二三四五六七八九".chars().position(|c| c == unit)? as i32 + 11;
    Some(2006 + 5 * (n - 11))
}

fn ordinal(words: &str) -> Option<i32> {
    Some(match words {
        "开局之年" | "起步之年" | "第一年" => 1,
        "第二年" => 2,
        "第三年" => 3,
        "第四年" => 4,
        "收官之年" | "最后一年" | "第五年" => 5,
        _ => return None,
    })
}
