//! Whether the parts read can exceed their whole: sums, floors of `近`,
//! parts accounted for elsewhere.

use super::*;
use crate::diagnostic::PartsSum;

/// `耕地8.6万亩，其中水田5.2万亩、旱地3.4万亩，粮食播种面积12.1万亩`: once
/// the parts make up the whole, a new clause named unlike any of them
/// (its last character none of theirs) measures something else, and so
/// may any clause past a `；`; the parts end before it. How many parts are
/// read.
pub(super) fn accounted_for(doc: &Document, whole: &Figure, parts: &[&Figure]) -> usize {
    let text = &doc.text;
    let mut sum = 0.0;
    // Each part's last character of name, read once when first needed.
    let mut lasts: Vec<Option<char>> = Vec::new();
    let last = |f: &Figure| label(doc, f).chars().next_back();
    for (k, part) in parts.iter().enumerate() {
        if k >= 2 && sum >= whole.low {
            let gap = &text[parts[k - 1].span.end..part.span.start];
            lasts.extend(parts[lasts.len()..=k].iter().map(|p| last(p)));
            let named_unlike = lasts[k].is_some_and(|c| {
                crate::chars::is_han(c) && lasts[..k].iter().all(|l| *l != Some(c))
            });
            // `户籍人口38万人，其中城镇15万人、乡村23万人；常住人口31万人`:
            // past a `；`, a clause named like the parts may be the whole's
            // sibling (another total), not one more part.
            if gap.contains(['；', ';']) || gap.contains(['，', ',']) && named_unlike {
                return k;
            }
        }
        sum += part.high;
    }
    parts.len()
}

/// `取得科技成果35项，其中自治区级12项，获专利授权62项`: a later clause
/// after a `，` whose name (five characters at least) shares no two
/// characters with the whole's or any part's before it, nor ends like one,
/// states another subject: the parts end before it (whatever they sum to).
/// `names` are the parts' names ([`label`]), read once by the caller. How
/// many parts are read.
pub(super) fn another_subject(
    text: &str,
    whole_name: &str,
    parts: &[&Figure],
    names: &[&str],
) -> usize {
    for k in 1..parts.len() {
        let gap = &text[parts[k - 1].span.end..parts[k].span.start];
        if !gap.contains(['，', ',']) {
            continue;
        }
        let name = names[k];
        // A short name (`县级配套`, `行政人员`) may be a class named its own
        // way; a long one (`获专利授权`, `农村专业合作组织`) names a subject.
        if name.chars().filter(|c| crate::chars::is_han(*c)).count() < 5 {
            continue;
        }
        let alike = |other: &str| {
            name.chars().next_back() == other.chars().next_back() || shares_two(name, other)
        };
        if !alike(whole_name) && names[..k].iter().all(|other| !alike(other)) {
            return k;
        }
    }
    parts.len()
}

/// Measures of money an amount may name, each its own (a part of output
/// is output, not value added); a longer name first.
const MEASURES: &[(&str, &str)] = &[
    ("增加值", "增加值"),
    ("总产值", "产值"),
    ("产值", "产值"),
    ("投资", "投资"),
    ("利税", "利税"),
    ("利润", "利润"),
    ("税金", "税金"),
    ("营业收入", "营业收入"),
    ("销售收入", "营业收入"),
    ("主营业务收入", "营业收入"),
    ("进出口", "进出口"),
    ("存款", "存款"),
    ("贷款", "贷款"),
    // Livestock: those kept in the year, those sold off, those on hand.
    ("饲养量", "饲养量"),
    ("出栏", "出栏"),
    ("存栏", "存栏"),
];

/// The measure a figure's name ends with (the last one named).
fn measure_of(name: &str) -> Option<&'static str> {
    MEASURES
        .iter()
        .filter_map(|(word, measure)| name.rfind(word).map(|at| (at + word.len(), *measure)))
        .max_by_key(|(end, _)| *end)
        .map(|(_, measure)| measure)
}

/// `实现工业增加值50亿元，其中规模以上工业实现总产值100亿元`: a part
/// named by another measure than its whole (output against value added,
/// investment against output, sales against profits and tax) is no part
/// of it; the parts end before it. `names` as for [`another_subject`]. How
/// many parts are read.
pub(super) fn measured_otherwise(whole_name: &str, names: &[&str]) -> usize {
    let Some(whole_measure) = measure_of(whole_name) else {
        return names.len();
    };
    // `工业总产值和增加值分别达…`: a name before `分别` lists the measures
    // of several values; any of them unlike the whole's leaves the part's
    // own in doubt.
    let unlike = |name: &&str| {
        if name.contains("分别") {
            MEASURES
                .iter()
                .any(|(word, measure)| *measure != whole_measure && name.contains(word))
        } else {
            measure_of(name).is_some_and(|m| m != whole_measure)
        }
    };
    names.iter().position(unlike).unwrap_or(names.len())
}

/// `一般预算收入288.3亿元，其中甲收入151.7亿元，…，调整后一般预算收入为
/// 400.9亿元`: after a first part named otherwise, a part named as its
/// whole (four characters or more) is the whole again, on another basis;
/// the parts end before it. (Parts each named by the whole's measure,
/// `投资…，其中甲项目…投资`, are read as they are.) How many parts are read.
pub(super) fn named_as_whole(whole_name: &str, names: &[&str]) -> usize {
    if whole_name.chars().count() < 4 || names.first().is_none_or(|first| *first == whole_name) {
        return names.len();
    }
    names
        .iter()
        .position(|name| *name == whole_name)
        .unwrap_or(names.len())
}

/// Whether `a` and `b` share two Han characters in a row.
fn shares_two(a: &str, b: &str) -> bool {
    let mut chars = a.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(&(j, d)) = chars.peek()
            && crate::chars::is_han(c)
            && crate::chars::is_han(d)
            && b.contains(&a[i..j + d.len_utf8()])
        {
            return true;
        }
    }
    false
}

/// Words naming a whole's works by a stage short of finished.
pub(super) const WHOLE_STARTED: &[&str] = &["开工", "签约", "引进", "招引", "立项", "在建"];

/// `新开工项目58个，其中亿元以上项目26个；竣工项目41个`: a later part
/// named by works finished, after a whole named by works begun, counts
/// works finished that year, begun then or before: no part of the whole
/// but its sibling, opening another subject. How many parts are read (a
/// part right after `其中` is one, as the drafter says).
pub(super) fn finished_beside_started(doc: &Document, whole: &Figure, parts: &[&Figure]) -> usize {
    let started = || {
        let name = label(doc, whole);
        WHOLE_STARTED.iter().any(|w| name.contains(w))
    };
    parts
        .iter()
        .skip(1)
        .position(|part| {
            // `已竣工`, `基本建成`: finished, or nearly.
            let name = label(doc, part);
            let name = name.strip_prefix('已').unwrap_or(name);
            let name = name.strip_prefix("基本").unwrap_or(name);
            COMPLETED.iter().any(|w| name.starts_with(w)) && started()
        })
        .map_or(parts.len(), |k| k + 1)
}

/// Words of `nearly` before a figure (`近3000亿元`): the amount falls
/// short of the number by a little, not by any amount as after `不到`.
pub(super) const NEARLY: &[&str] = &["近", "接近", "将近"];

/// The share of its number a `nearly` amount at least reaches: a drafter
/// writes `近2000亿元` for 1900, never for 1000.
pub(super) const NEARLY_FLOOR: f64 = 0.8;

/// The least a part can be: its low end, or for an amount written as
/// `nearly` a number, most of that number.
pub(super) fn least(text: &str, part: &Figure) -> f64 {
    let nearly = part.qualifier == Some(Qualifier::Under)
        && NEARLY.iter().any(|w| part.text(text).starts_with(w));
    if nearly {
        part.low.max(part.high * NEARLY_FLOOR)
    } else if exact_count(text, part) {
        part.value
    } else {
        part.low
    }
}

/// `5个`, `12家`, `三所`: things counted one by one, written in whole
/// units with no multiple (`万`, `亿`) and no qualifier, are no rounded
/// level: 6 parks cannot be a part of 5.
pub(super) fn exact_count(text: &str, figure: &Figure) -> bool {
    figure.kind == FigureKind::Count
        && figure.qualifier.is_none()
        && figure.value.fract() == 0.0
        && !figure
            .text(text)
            .contains(['万', '亿', '千', '百', '.', '．'])
}

/// Tells `sink` that `parts`, in text order, add up to `sum`, more than
/// `whole` holds: the finding spans the parts and points at the whole.
pub(super) fn push_parts_exceed(
    sink: &mut Sink,
    text: &str,
    whole: &Figure,
    parts: &[&Figure],
    sum: f64,
) {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return;
    };
    sink.push(
        first.span.start..last.span.end,
        Finding::PartsExceedWhole(Box::new(PartsSum {
            parts: parts.iter().map(|p| p.text(text).to_string()).collect(),
            sum: sum_text(whole, sum),
            whole: whole.text(text).to_string(),
        })),
        vec![Related {
            file: None,
            range: whole.span.clone(),
            kind: RelatedKind::Whole,
        }],
    );
}

/// The sum written in the whole's scale (`11.2亿元`).
pub(super) fn sum_text(whole: &Figure, sum: f64) -> String {
    // (Money reads in 亿 from a tenth of one; anything else from one
    // 亿, not as `2790000万千瓦时`.)
    let (scale, word) = if (whole.unit.contains('元') && sum >= 1e7) || sum >= 1e8 {
        (1e8, "亿")
    } else if sum >= 1e4 {
        (1e4, "万")
    } else {
        (1.0, "")
    };
    format!("{}{word}{}", number(sum / scale, 4), whole.unit)
}
