//! `实施重大项目138个：能源类46个，农牧业类38个，基础设施类54个`: a count
//! (and its noun), a colon, then the whole broken down in groups, each a
//! name and a count of the whole's unit closing its clause. The groups
//! divide the whole: they add up to it, neither more nor (for things
//! counted one by one) less. A sum of money broken down the same way
//! (`投资120亿元：交通类60亿元，查验类40亿元`) is read for parts above it.

use super::{PartReading, crossing, exact_count, same_unit};
use crate::checks::figure_text::is_plain_level;
use crate::diagnostic::{Finding, PartsSum, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

use super::super::Sink;

/// The most characters of the counted noun between the whole and its colon
/// (`12个街道：`).
const MAX_NOUN: usize = 6;

/// The most bytes between the count and its colon: the noun's characters
/// (three bytes each) and a few spaces around it.
const MAX_NOUN_BYTES: usize = MAX_NOUN * 3 + 8;

/// The most characters of a group's name (`城乡接合部街道`).
const MAX_NAME: usize = 12;

/// Characters ending the sentence a breakdown runs in.
const SENTENCE_ENDS: [char; 5] = ['。', '！', '？', '\n', '\r'];

/// Words making a group a part of another, a flow within a stock, or a
/// class bounded by a figure: the groups may nest and are not added up.
const NESTING: &[&str] = &[
    "其中", "含", "包括", "以上", "以下", "新增", "累计", "本年", "当年", "超", "近", "约", "共",
    "合计", "总", "另", "均",
];

/// Every count followed by a colon and two or more groups of its unit.
pub(super) fn colon_groups(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let bytes = text.as_bytes();
    // Bytes first: a colon right after a count (and its noun) is rare.
    memchr::memmem::find_iter(bytes, "：".as_bytes())
        .map(|at| (at, at + "：".len()))
        .chain(memchr::memchr_iter(b':', bytes).map(|at| (at, at + 1)))
        .filter_map(move |(at, after)| read_at(doc, at, after))
}

fn read_at(doc: &Document, at: usize, after: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let k = doc.figures.partition_point(|f| f.span.end <= at);
    let whole = doc.figures.get(k.checked_sub(1)?)?;
    // A count far before the colon has no short noun between (a byte test
    // before any character of the gap is counted).
    if at.saturating_sub(whole.span.end) > MAX_NOUN_BYTES {
        return None;
    }
    let noun = text.get(whole.span.end..at)?.trim();
    if !(exact_count(text, whole) || is_money(whole))
        || !is_plain_level(text, whole)
        || noun.chars().count() > MAX_NOUN
        || !noun.chars().all(crate::chars::is_han)
    {
        return None;
    }
    let mut parts = Vec::new();
    let mut names = Vec::new();
    let mut breaks = Vec::new();
    let mut from = after;
    // The breakdown runs at most to the end of the sentence (a `；` may
    // part the groups). The end is looked for group by group, not ahead:
    // a sentence of many colons is not read to its end at each.
    let mut unbroken = after;
    for figure in doc.figures[k..].iter().skip_while(|f| f.span.start < after) {
        if text[unbroken..figure.span.end].contains(SENTENCE_ENDS) {
            break;
        }
        unbroken = figure.span.end;
        // The groups end at a clause measuring another thing in another
        // unit (`…幼儿园3所，新增学位6480个`): a new subject.
        if !same_unit(&figure.unit, &whole.unit) {
            break;
        }
        // Each group's figure closes its clause, and its clause holds its
        // name alone: any other figure in the breakdown leaves it unread.
        let closing = text[figure.span.end..]
            .chars()
            .next()
            .filter(|c| !SENTENCE_ENDS.contains(c));
        if !matches!(closing, None | Some('，' | ',' | '、' | '；' | ';')) {
            return None;
        }
        let lead = &text[from..figure.span.start];
        let name = lead
            .rfind(['，', ',', '、', '；', ';'])
            .map_or(lead, |p| &lead[p..])
            .trim_start_matches(['，', ',', '、', '；', ';'])
            .trim();
        // Clauses before the name carry no figure (checked above): they
        // are a group's details (`一类3个，为甲、乙、丙；二类…`).
        if !same_unit(&figure.unit, &whole.unit)
            || figure.kind != whole.kind
            || (whole.kind == FigureKind::Count && !exact_count(text, figure))
            || !is_plain_level(text, figure)
            || name.is_empty()
            || name.chars().count() > MAX_NAME
            || !name
                .chars()
                .all(|c| crate::chars::is_han(c) || c.is_ascii_alphanumeric())
        {
            return None;
        }
        parts.push(figure);
        names.push(name);
        breaks.extend(closing);
        from = figure.span.end;
    }
    let body = &text[after..from];
    if NESTING.iter().any(|w| body.contains(w)) || body.contains(['（', '(', '“', '"']) {
        return None;
    }
    // One kind of break between the groups: two kinds may part two lines
    // of division (`小学4所、初中2所，公办5所、民办1所`).
    let kind = |c: &char| match c {
        '，' | ',' => 0,
        '、' => 1,
        _ => 2,
    };
    let between = &breaks[..breaks.len().min(parts.len().saturating_sub(1))];
    if between.windows(2).any(|w| kind(&w[0]) != kind(&w[1])) {
        return None;
    }
    // Names nesting (`省级`, `省级重点`) or repeated, or named along
    // different lines, may overlap.
    let nests = names.iter().enumerate().any(|(i, a)| {
        names
            .iter()
            .enumerate()
            .any(|(j, b)| i != j && b.contains(a))
    });
    let crossing = crossing::may_overlap(names.iter().map(|n| (*n, whole.unit.as_str())));
    (parts.len() >= 2 && !nests && !crossing).then_some(PartReading {
        whole,
        parts,
        stops_at_next: false,
    })
}

/// A sum of money (`投资120亿元：甲类60亿元，乙类40亿元`): its groups
/// divide it as a count's do.
fn is_money(figure: &Figure) -> bool {
    figure.kind == FigureKind::Amount && figure.qualifier.is_none() && figure.unit.ends_with('元')
}

/// Groups adding up to less than their whole: one of them, or the whole,
/// is misprinted (a sum above it is parts-exceed-whole's).
pub(super) fn check_short(doc: &Document, sink: &mut Sink) {
    let text = &doc.text;
    // Sums of money are rounded: only things counted one by one fall short
    // for sure.
    for reading in colon_groups(doc).filter(|r| r.whole.kind == FigureKind::Count) {
        let sum: f64 = reading.parts.iter().map(|p| p.value).sum();
        if sum >= reading.whole.value {
            continue;
        }
        let (first, last) = (reading.parts[0], reading.parts[reading.parts.len() - 1]);
        sink.push(
            first.span.start..last.span.end,
            Finding::GroupsShort(Box::new(PartsSum {
                parts: reading
                    .parts
                    .iter()
                    .map(|p| p.text(text).to_string())
                    .collect(),
                sum: format!("{sum}{}", reading.whole.unit),
                whole: reading.whole.text(text).to_string(),
            })),
            vec![Related {
                file: None,
                range: reading.whole.span.clone(),
                kind: RelatedKind::Whole,
            }],
        );
    }
}
