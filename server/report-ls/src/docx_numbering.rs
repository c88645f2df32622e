//! Word's automatic numbering, written out as a reader sees it.
//!
//! A paragraph of a numbered list in Word holds no number in its text: it
//! names a list (`w:numPr`: a `w:numId` and a level `w:ilvl`, on the
//! paragraph or on its style) and Word draws the label from
//! `word/numbering.xml` (a level's start, its format such as `decimal` or
//! `chineseCounting`, and its text such as `（%1）`). Drafts number their
//! headings (`一、`, `（一）`) and their notes (`1.`) so; without the labels
//! the outline, the numbered notes and the counted lists would be lost.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::docx::attribute;

/// Levels Word defines per list.
const LEVELS: usize = 9;

/// One level of a list: where it starts, how its number is written and
/// the label around it (`%1.`, `（%2）`), and what follows the label.
#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: String,
    text: String,
    /// `tab` (Word's default), `space` or `nothing`.
    suffix: String,
}

/// The lists of a document, and the counts reached so far while its
/// paragraphs are read in order.
#[derive(Debug, Default)]
pub struct Numbering {
    /// Levels of each abstract list.
    abstracts: HashMap<String, Vec<Level>>,
    /// Each list instance: its abstract list and the levels it restarts.
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// Lists set on paragraph styles: the style's list and level.
    styles: HashMap<String, (String, usize)>,
    /// Counts per abstract list and level (`None` before its first item).
    counts: HashMap<String, [Option<u32>; LEVELS]>,
    /// Instances whose restarts have been applied.
    restarted: Vec<String>,
}

/// A paragraph's list, as its properties give it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphList {
    pub style: Option<String>,
    pub num_id: Option<String>,
    pub level: Option<usize>,
}

impl Numbering {
    /// The lists of `numbering` (`word/numbering.xml`) and the styles of
    /// `styles` (`word/styles.xml`) that carry one. Damaged parts give no
    /// numbering rather than an error: the text is still read.
    pub fn read(numbering: Option<&str>, styles: Option<&str>) -> Numbering {
        let mut out = Numbering::default();
        if let Some(xml) = numbering {
            out.read_lists(xml);
        }
        if let Some(xml) = styles {
            out.read_styles(xml);
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.nums.is_empty()
    }

    fn read_lists(&mut self, xml: &str) {
        let mut reader = Reader::from_str(xml);
        // The abstract list or instance being read, and its level.
        let mut abstract_id: Option<String> = None;
        let mut num: Option<(String, String, HashMap<usize, u32>)> = None;
        let mut level: Option<usize> = None;
        while let Ok(event) = reader.read_event() {
            let (e, open) = match &event {
                Event::Start(e) => (e, true),
                Event::Empty(e) => (e, false),
                Event::End(e) => {
                    match e.name().as_ref() {
                        "w:abstractNum" => abstract_id = None,
                        "w:lvl" | "w:lvlOverride" => level = None,
                        "w:num" => {
                            if let Some((id, abs, restarts)) = num.take() {
                                self.nums.insert(id, (abs, restarts));
                            }
                        }
                        _ => {}
                    }
                    continue;
                }
                Event::Eof => break,
                _ => continue,
            };
            let value = || attribute(e, "w:val");
            match e.name().as_ref() {
                "w:abstractNum" if open => {
                    abstract_id = attribute(e, "w:abstractNumId");
                    if let Some(id) = &abstract_id {
                        self.abstracts
                            .insert(id.clone(), vec![Level::default(); LEVELS]);
                    }
                }
                "w:num" if open => {
                    num = attribute(e, "w:numId").map(|id| (id, String::new(), HashMap::new()));
                }
                "w:abstractNumId" => {
                    if let (Some(n), Some(v)) = (num.as_mut(), value()) {
                        n.1 = v;
                    }
                }
                "w:lvl" | "w:lvlOverride" => {
                    level = attribute(e, "w:ilvl")
                        .and_then(|l| l.parse().ok())
                        .filter(|&l| l < LEVELS);
                }
                "w:startOverride" => {
                    if let (Some(n), Some(l), Some(v)) = (num.as_mut(), level, value()) {
                        n.2.insert(l, v.parse().unwrap_or(1));
                    }
                }
                name @ ("w:start" | "w:numFmt" | "w:lvlText" | "w:suff") => {
                    let (Some(id), Some(l)) = (&abstract_id, level) else {
                        continue;
                    };
                    let Some(lvl) = self.abstracts.get_mut(id).and_then(|ls| ls.get_mut(l)) else {
                        continue;
                    };
                    let v = value().unwrap_or_default();
                    match name {
                        "w:start" => lvl.start = v.parse().unwrap_or(1),
                        "w:numFmt" => lvl.format = v,
                        "w:lvlText" => lvl.text = v,
                        _ => lvl.suffix = v,
                    }
                }
                _ => {}
            }
        }
    }

    fn read_styles(&mut self, xml: &str) {
        let mut reader = Reader::from_str(xml);
        let mut style: Option<String> = None;
        let mut list = ParagraphList::default();
        while let Ok(event) = reader.read_event() {
            match &event {
                Event::Start(e) if e.name().as_ref() == "w:style" => {
                    style = attribute(e, "w:styleId");
                    list = ParagraphList::default();
                }
                Event::End(e) if e.name().as_ref() == "w:style" => {
                    if let (Some(id), Some(num)) = (style.take(), list.num_id.take()) {
                        self.styles.insert(id, (num, list.level.unwrap_or(0)));
                    }
                }
                Event::Empty(e) | Event::Start(e) if style.is_some() => match e.name().as_ref() {
                    "w:numId" => list.num_id = attribute(e, "w:val"),
                    "w:ilvl" => list.level = attribute(e, "w:val").and_then(|l| l.parse().ok()),
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
    }

    /// The label of the next paragraph of `list` (`一、`, `（2）`, `3.`),
    /// counting it; `None` for a paragraph in no list.
    pub fn label(&mut self, list: &ParagraphList) -> Option<String> {
        let styled = list.style.as_ref().and_then(|s| self.styles.get(s));
        let num_id = list
            .num_id
            .clone()
            .or_else(|| styled.map(|(n, _)| n.clone()))?;
        let level = list
            .level
            .or_else(|| styled.map(|&(_, l)| l))
            .unwrap_or(0)
            .min(LEVELS - 1);
        // `numId 0` takes a paragraph out of its style's list.
        let (abstract_id, restarts) = self.nums.get(&num_id)?.clone();
        let levels = self.abstracts.get(&abstract_id)?.clone();
        let counts = self.counts.entry(abstract_id).or_insert([None; LEVELS]);
        if !self.restarted.contains(&num_id) {
            self.restarted.push(num_id);
            for (&l, &start) in &restarts {
                // The next count is the start.
                counts[l] = Some(start.saturating_sub(1));
            }
        }
        let here = &levels[level];
        counts[level] = Some(counts[level].map_or(here.start, |c| c.saturating_add(1)));
        for deeper in &mut counts[level + 1..] {
            *deeper = None;
        }
        if here.format == "bullet" || here.format == "none" {
            return None;
        }
        let mut label = here.text.clone();
        for (l, lvl) in levels.iter().enumerate().take(level + 1) {
            let placeholder = format!("%{}", l + 1);
            if label.contains(&placeholder) {
                let count = counts[l].unwrap_or(lvl.start);
                label = label.replace(&placeholder, &written(count, &lvl.format));
            }
        }
        match here.suffix.as_str() {
            "nothing" => {}
            "space" => label.push(' '),
            // A tab after a label ending in its own mark (`一、`, `1.`) is
            // layout; after a bare number it parts number and text.
            _ if label.ends_with(|c: char| c.is_ascii_punctuation() || !c.is_ascii()) => {}
            _ => label.push('\t'),
        }
        Some(label)
    }
}

/// `count` written in a list format of Word's.
fn written(count: u32, format: &str) -> String {
    match format {
        "chineseCounting" | "chineseCountingThousand" | "chineseLegalSimplified" => {
            chinese(count, format == "chineseLegalSimplified")
        }
        "ideographTraditional" if (1..=10).contains(&count) => "甲乙丙丁戊己庚辛壬癸"
            .chars()
            .nth(count as usize - 1)
            .map(String::from)
            .unwrap_or_default(),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&count) => {
            char::from_u32('①' as u32 + count - 1)
                .map(String::from)
                .unwrap_or_default()
        }
        "decimalFullWidth" | "decimalFullWidth2" => count
            .to_string()
            .chars()
            .filter_map(|d| char::from_u32(d as u32 - '0' as u32 + '０' as u32))
            .collect(),
        "decimalZero" if count < 10 => format!("0{count}"),
        // Letters and roman numerals as far as lists go; a count past them
        // (only in a damaged or hostile file) is written in digits.
        "lowerLetter" | "upperLetter" if (1..=26 * 20).contains(&count) => {
            let letter = char::from(b'a' + ((count.max(1) - 1) % 26) as u8);
            let letter = if format == "upperLetter" {
                letter.to_ascii_uppercase()
            } else {
                letter
            };
            letter
                .to_string()
                .repeat(((count.max(1) - 1) / 26 + 1) as usize)
        }
        "lowerRoman" | "upperRoman" if (1..4000).contains(&count) => {
            let roman = roman(count);
            if format == "upperRoman" {
                roman.to_uppercase()
            } else {
                roman
            }
        }
        _ => count.to_string(),
    }
}

/// `count` in Chinese numerals as lists write them (`十一`, `二十`,
/// `一百零五`); `legal` in the capital forms (`壹`, `拾`).
fn chinese(count: u32, legal: bool) -> String {
    let digits: Vec<char> = if legal {
        "零壹贰叁肆伍陆柒捌玖"
    } else {
        "零一二三四五六七八九"
    }
    .chars()
    .collect();
    let (ten, hundred) = if legal {
        ('拾', '佰')
    } else {
        ('十', '百')
    };
    if count == 0 || count >= 1000 {
        return count.to_string();
    }
    let (h, t, u) = (count / 100, count / 10 % 10, count % 10);
    let mut out = String::new();
    if h > 0 {
        out.push(digits[h as usize]);
        out.push(hundred);
        if t == 0 && u > 0 {
            out.push(digits[0]);
        }
    }
    if t > 0 {
        // `十一`, not `一十一`, below twenty.
        if !(t == 1 && h == 0) || legal {
            out.push(digits[t as usize]);
        }
        out.push(ten);
    }
    if u > 0 {
        out.push(digits[u as usize]);
    }
    out
}

fn roman(mut count: u32) -> String {
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while count >= value {
            out.push_str(numeral);
            count -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn lists() -> Numbering {
        let numbering = format!(
            r#"<w:numbering {W}>
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            </w:numbering>"#
        );
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>"#
        );
        Numbering::read(Some(&numbering), Some(&styles))
    }

    fn list(num: &str, level: usize) -> ParagraphList {
        ParagraphList {
            style: None,
            num_id: Some(num.into()),
            level: Some(level),
        }
    }

    #[test]
    fn levels_count_in_their_formats_and_deeper_levels_restart() {
        let mut n = lists();
        let heading = ParagraphList {
            style: Some("Heading1".into()),
            ..Default::default()
        };
        let labels: Vec<Option<String>> = [
            heading.clone(),
            list("1", 1),
            list("1", 1),
            heading,
            list("1", 1),
        ]
        .iter()
        .map(|l| n.label(l))
        .collect();
        assert_eq!(
            labels,
            ["一、", "（一）", "（二）", "二、", "（一）"].map(|s| Some(s.to_string()))
        );
    }

    #[test]
    fn a_list_instance_with_a_start_override_restarts_and_others_go_on() {
        let mut n = lists();
        let got: Vec<String> = [list("2", 0), list("2", 0), list("3", 0), list("3", 0)]
            .iter()
            .filter_map(|l| n.label(l))
            .collect();
        assert_eq!(got, ["1.", "2.", "1.", "2."]);
        assert_eq!(n.label(&list("0", 0)), None);
        assert_eq!(n.label(&ParagraphList::default()), None);
    }

    #[test]
    fn numbers_are_written_as_word_writes_them() {
        assert_eq!(chinese(11, false), "十一");
        assert_eq!(chinese(20, false), "二十");
        assert_eq!(chinese(105, false), "一百零五");
        assert_eq!(chinese(12, true), "壹拾贰");
        assert_eq!(written(3, "decimalEnclosedCircleChinese"), "③");
        assert_eq!(written(21, "decimalEnclosedCircle"), "21");
        assert_eq!(written(2, "ideographTraditional"), "乙");
        assert_eq!(written(12, "decimalFullWidth"), "１２");
        assert_eq!(written(4, "upperRoman"), "IV");
        assert_eq!(written(28, "lowerLetter"), "bb");
        assert_eq!(written(u32::MAX, "upperLetter"), u32::MAX.to_string());
        assert_eq!(written(u32::MAX, "lowerRoman"), u32::MAX.to_string());
    }

    #[test]
    fn damaged_parts_give_no_numbering() {
        let mut n = Numbering::read(Some("<w:numbering><w:num w:numId="), Some("<<<"));
        assert!(n.label(&list("1", 0)).is_none());
    }
}
