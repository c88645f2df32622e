//! Which government gave a report, and for which year: read from the title
//! (`2024年青溪县政府工作报告`), the meeting line (`——2024年1月5日在青溪县第十届
//! 人民代表大会…`), else the file name (`2021_江西九江市.txt`,
//! `national/2024.txt`). Reports of one government a year apart are a draft
//! and its previous report.

use std::sync::LazyLock;

use regex::Regex;

use crate::document::Document;
use crate::lines::compact;

/// A report's government and year, as far as they can be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportIdentity {
    /// The government's name as written (`青溪县`, `江西九江市`, `全国`).
    pub government: Option<String>,
    /// The year the report is delivered in (it reviews the year before).
    pub year: Option<i32>,
}

/// `在青溪县第十六届人民代表大会`: the government before the congress's term.
static MEETING_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"在(\p{Han}{2,16}?)第[一二三四五六七八九十]{1,3}届").expect("valid regex")
});
/// A year at the start of a file name: `2024年…`, `2021_…`, `2024`.
static NAME_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)[0-9]{2})(?:年度?|[_\-\s.]|$)").expect("valid regex"));
/// Words after the government in a file name.
const NAME_TAILS: &[&str] = &[
    "人民政府工作报告",
    "政府工作报告",
    "工作报告",
    "人民政府",
    "政府",
];

/// Provinces as file names shorten them (`江西九江市`).
const PROVINCES: &[&str] = &[
    "北京",
    "天津",
    "河北",
    "山西",
    "内蒙古",
    "辽宁",
    "吉林",
    "黑龙江",
    "上海",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "广西",
    "海南",
    "重庆",
    "四川",
    "贵州",
    "云南",
    "西藏",
    "陕西",
    "甘肃",
    "青海",
    "宁夏",
    "新疆",
];

/// Administrative endings: a shorter name matches a longer one only when it
/// is a whole unit (`九江市` in `江西九江市`, never `江市`).
const UNIT_ENDINGS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗', '国'];

impl ReportIdentity {
    /// Reads the identity of `doc`, named `path` (as the user wrote it).
    pub fn of(doc: &Document, path: &str) -> ReportIdentity {
        let (name_government, name_year) = from_path(path);
        let title_region = doc
            .title
            .as_ref()
            .and_then(|t| t.region.clone())
            .map(|r| trim_government(&r))
            .filter(|r| r.chars().count() >= 2);
        ReportIdentity {
            government: title_region
                .or_else(|| meeting_government(doc))
                .or(name_government),
            year: doc.title.as_ref().and_then(|t| t.year).or(name_year),
        }
    }

    /// Whether both name one government (`九江市` and `江西九江市` do).
    pub fn same_government(&self, other: &ReportIdentity) -> bool {
        match (&self.government, &other.government) {
            (Some(a), Some(b)) => same_government(a, b),
            _ => false,
        }
    }
}

/// Whether two government names name one government.
pub fn same_government(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short == long {
        return true;
    }
    let Some(prefix) = long.strip_suffix(short) else {
        return false;
    };
    // What comes before is the units above: `江西`, `河北保定市`.
    short.chars().count() >= 2
        && short.ends_with(UNIT_ENDINGS)
        && (prefix.ends_with(UNIT_ENDINGS) || PROVINCES.contains(&prefix))
}

/// The government of the meeting line under the title (`全国` for the
/// National People's Congress).
fn meeting_government(doc: &Document) -> Option<String> {
    let start = doc.title.as_ref().map_or(0, |t| t.range.start);
    let lines = doc.lines.iter().skip_while(|l| l.range.end <= start);
    for line in lines.filter(|l| !l.is_blank()).take(8) {
        let content = compact(&doc.text[line.content.clone()]);
        if content.contains("全国人民代表大会") || content.contains("代表国务院") {
            return Some("全国".into());
        }
        if let Some(caps) = MEETING_PLACE.captures(&content) {
            return Some(trim_government(&caps[1]));
        }
    }
    None
}

/// Government and year from a file name, else its folder's name for the
/// government (`national/2024.txt` → `national`).
fn from_path(path: &str) -> (Option<String>, Option<i32>) {
    let mut parts = path.rsplit(['/', '\\']);
    let file = parts.next().unwrap_or("");
    let folder = parts
        .next()
        .filter(|f| !f.is_empty() && *f != "." && *f != "..");
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let (year, rest) = match NAME_YEAR.captures(stem) {
        Some(caps) => (
            caps[1].parse().ok(),
            &stem[caps.get(0).map_or(0, |m| m.end())..],
        ),
        None => (None, stem),
    };
    // `（征求意见稿）`, `(送审稿)`: a draft's label, not its government.
    let rest = rest.split(['（', '(']).next().unwrap_or("");
    let name =
        trim_government(rest.trim_matches(|c: char| c == '_' || c == '-' || c.is_whitespace()));
    let han = name
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count();
    let government = if han >= 2 {
        Some(name)
    } else {
        year.and(folder.map(str::to_string))
    };
    (government, year)
}

fn trim_government(name: &str) -> String {
    let mut name = name.trim();
    for tail in NAME_TAILS {
        if let Some(stripped) = name.strip_suffix(tail) {
            name = stripped;
            break;
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_years_from_paths() {
        assert_eq!(
            from_path("drafts/2024年青溪县政府工作报告（征求意见稿）.txt"),
            (Some("青溪县".into()), Some(2024))
        );
        assert_eq!(
            from_path("cities/2021_江西九江市.txt"),
            (Some("江西九江市".into()), Some(2021))
        );
        assert_eq!(
            from_path("corpus/national/2024.txt"),
            (Some("national".into()), Some(2024))
        );
        assert_eq!(from_path("notes.txt"), (None, None));
        assert_eq!(from_path("a.txt"), (None, None));
    }

    #[test]
    fn a_shorter_name_matches_only_a_whole_unit() {
        assert!(same_government("九江市", "江西九江市"));
        assert!(same_government("全国", "全国"));
        assert!(!same_government("江市", "江西九江市"));
        assert!(!same_government("河北保定市", "河北保定市清苑区"));
        assert!(!same_government("保定市", "河北保定市清苑区"));
    }
}
