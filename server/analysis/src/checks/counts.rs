//! count-mismatch: a stated count and the items listed for it (see
//! `lists` for where lists are read).

use super::Sink;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::lists::{CountedList, ListSource, count_at, counted_lists, joins_two, term_count};
use std::ops::Range;

/// Reports each count its list disagrees with. Returns the readings it
/// left unreported as misread (see [`read_as_something_else`] and
/// [`spells_a_well_known_slogan`]): where, the count and the items listed.
/// A slogan read against the same items is read wrong in the same way.
pub(super) fn check(doc: &Document, sink: &mut Sink) -> Vec<(Range<usize>, u32, usize)> {
    let lists = counted_lists(doc);
    let mut abstained = Vec::new();
    for (at, stated, listed, first) in restated_in_notes(doc, lists) {
        sink.push(
            at,
            Finding::CountMismatch {
                stated,
                listed,
                open: false,
            },
            vec![Related {
                file: None,
                range: first,
                kind: RelatedKind::List,
            }],
        );
    }
    for list in lists {
        if !list.mismatched() {
            continue;
        }
        if read_as_something_else(list) || spells_a_well_known_slogan(doc, list) {
            abstained.push((list.count_range.clone(), list.count, list.listed()));
            continue;
        }
        if grades_or_batches_of_examples(doc, list)
            || cut_by_a_line_break(doc, list)
            || opens_with_the_leadership(doc, list)
            || opens_with_manner_words(doc, list)
        {
            continue;
        }
        // `“两个高地”，即…` or `“两个高地”：…` in the body: a quoted count
        // defined right after it is a slogan, which `slogan-count` checks.
        if list.source == ListSource::Echo && slogan_defined_in_body(doc, list) {
            continue;
        }
        if list.source == ListSource::Marked && crate::marked_counts::slogan_reads(doc, list) {
            continue;
        }
        // `甲、乙的“双X”`: a quoted slogan the slogan reader reads on its
        // line is its to check.
        if matches!(
            list.source,
            ListSource::Carried | ListSource::Subjects | ListSource::Marked
        ) && doc.text[..list.count_range.start].ends_with('“')
            && doc
                .line_slogans
                .iter()
                .any(|s| s.inner.contains(&list.count_range.start))
        {
            continue;
        }
        let related = list
            .items
            .first()
            .map(|first| Related {
                file: None,
                range: first.clone(),
                kind: RelatedKind::List,
            })
            .into_iter()
            .collect();
        sink.push(
            list.count_range.clone(),
            Finding::CountMismatch {
                stated: list.count,
                listed: list.listed(),
                open: doc.text[..list.count_range.start]
                    .trim_end_matches('“')
                    .ends_with('等'),
            },
            related,
        );
    }
    abstained
}

/// Whether a list read against a count holds less than half as many
/// items, or, not closed by `等`, twice as many or more: a drafter
/// miscounts by one or two, so such a reading has found something other
/// than what the count counts: groups of the things counted
/// (`八方面30件民生实事` over eight headings), a part of a list
/// (`十大产业项目：` over its first two sentences), alternatives in
/// brackets (`文明实践中心（所、站）50个`). A list closed by `等` names some
/// of what its count counts, so more names than the count, however many,
/// say the count is wrong.
fn read_as_something_else(list: &CountedList) -> bool {
    let (listed, count) = (list.listed(), list.count as usize);
    super::far_apart(count, listed) && (listed < count || !list.open)
}

/// Whether names closed by `等` outnumber a count of grades or batches
/// (`甲路、乙路、丙路等二级公路`, `甲、乙、丙、丁等两批试点企业`): the
/// names are examples of things sorted into that many grades or batches,
/// several to each, not that many things.
fn grades_or_batches_of_examples(doc: &Document, list: &CountedList) -> bool {
    list.source == ListSource::Names
        && list.open
        && list.items.len() > list.count as usize
        && doc.text[list.count_range.clone()].ends_with(['级', '批'])
}

/// Whether the names open with the party committee and the government
/// that act together (`省委、省政府走出“四条路子”`, `党中央、国务院连续下发
/// 三个文件`, `市委、市政府谋划了甲、乙…八大工程`): one subject, whose things
/// the count counts, not two of them. Four bodies listed alone
/// (`市委、市政府、市人大、市政协四套班子`) are still a list.
fn opens_with_the_leadership(doc: &Document, list: &CountedList) -> bool {
    let [party, government, ..] = list.items.as_slice() else {
        return false;
    };
    if !matches!(list.source, ListSource::BareNames | ListSource::Names) {
        return false;
    }
    let (party, government) = (&doc.text[party.clone()], &doc.text[government.clone()]);
    let committee = party.ends_with("党中央")
        || party
            .strip_suffix('委')
            .and_then(|p| p.chars().next_back())
            .is_some_and(|c| LEVELS.contains(&c) || c == '党');
    let level = government.trim_start_matches("自治");
    let level = level.strip_prefix(LEVELS).unwrap_or(level);
    let bare = ["政府", "人民政府"].contains(&level);
    let acts = government.starts_with("国务院")
        || level.starts_with("政府")
        || level.starts_with("人民政府");
    committee && acts && !(bare && list.items.len() > 2)
}

/// Whether the names open with words saying how a thing is done
/// (`高起点、高标准、高水平编制甲、乙等3个专项规划`, `高起点、大规模改造提升纺织、
/// 化工…等五大产业`, `有重点、分步骤对甲、乙…等六个方面进行整治`): two of
/// them at least, the first a name of its own. The things counted follow
/// the verb inside a later name, so the names read are not the list.
fn opens_with_manner_words(doc: &Document, list: &CountedList) -> bool {
    if !matches!(list.source, ListSource::BareNames | ListSource::Names) {
        return false;
    }
    let names = |r: &Range<usize>| doc.text[r.clone()].trim_matches(crate::chars::is_space);
    let Some(first) = list.items.first().map(names) else {
        return false;
    };
    MANNERS.iter().any(|m| first.ends_with(m))
        && list.items[1..]
            .iter()
            .any(|r| MANNERS.iter().any(|m| names(r).starts_with(m)))
}

/// Words of manner that drafters string before a verb (`高起点、高标准、
/// 高水平建设`, `有重点、分步骤推进`).
const MANNERS: &[&str] = &[
    "高起点",
    "高标准",
    "高水平",
    "高质量",
    "高效率",
    "大规模",
    "大力度",
    "全方位",
    "多层次",
    "宽领域",
    "多渠道",
    "有重点",
    "有计划",
    "有步骤",
    "分步骤",
    "分类别",
    "分批次",
    "分阶段",
];

/// The levels of government a party committee or a government is named by
/// (`省委`, `市政府`, `自治区党委`).
const LEVELS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗', '乡', '镇'];

/// Whether the names start a line that a line break cut in the middle of
/// a sentence (`智能电⏎梯、生物医药、…六个行业`, `结构⏎优化、创新发展、…五大
/// 类`): a text printed at a fixed width and not read as wrapped. Names
/// before the break are lost, so a count above the names read is no slip.
fn cut_by_a_line_break(doc: &Document, list: &CountedList) -> bool {
    let Some(first) = list.items.first() else {
        return false;
    };
    // Names run on in a sentence; numbered items each open a line.
    if !matches!(list.source, ListSource::BareNames | ListSource::Names)
        || (list.count as usize) <= list.listed()
    {
        return false;
    }
    let before = doc.text[..first.start].trim_end_matches(crate::chars::is_space);
    let Some(line_before) = before.strip_suffix('\n') else {
        return false;
    };
    let line_before = line_before.strip_suffix('\r').unwrap_or(line_before);
    let line_start = line_before.rfind('\n').map_or(0, |p| p + 1);
    // A heading ends with no stop (`（三）守住三条底线`).
    (crate::wrap::cut_in_a_word(line_before)
        || line_before
            .trim_end_matches(crate::chars::is_space)
            .ends_with('、'))
        && !crate::outline::is_heading_line(&doc.text, &doc.outline, line_start..line_before.len())
}

/// Whether the count and the words after it spell a slogan the whole
/// country knows (`三大攻坚战`, `“四个全面”`): such a count is the
/// nation's, so a list read against it that disagrees is misread (the
/// report's own words for each part, some of its paragraphs). Not a set
/// joined into one (`五位一体`): any report may join its own things so,
/// as many as it names; nor one of a single word (`四化`, `三通`), which
/// reports use for sets of their own too. The slogan must end there
/// (`四个服务` is no slogan in `四个服务业集群`).
fn spells_a_well_known_slogan(doc: &Document, list: &CountedList) -> bool {
    let from = &doc.text[list.count_range.start..];
    let words = |slogan: &str| {
        slogan
            .chars()
            .filter(|&c| {
                crate::chars::chinese_digit(c).is_none() && !matches!(c, '两' | '个' | '项')
            })
            .count()
    };
    crate::terms::WELL_KNOWN_SLOGANS.iter().any(|slogan| {
        !slogan.ends_with("一体")
            && words(slogan) >= 2
            && from
                .strip_prefix(slogan)
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| !crate::chars::is_han(c)))
    })
}

/// Whether an echo list's count is quoted in the body and its names follow
/// a `：` or `即` (not a bracket): the slogan reader's form.
fn slogan_defined_in_body(doc: &Document, list: &CountedList) -> bool {
    let text = &doc.text;
    let start = list.count_range.start;
    let bracketed = list
        .items
        .first()
        .is_some_and(|first| text[..first.start].ends_with(['（', '(']));
    text[..start].ends_with('“') && !bracketed && doc.body.iter().any(|r| r.contains(&start))
}

/// `“七项行动”：指甲、乙、……己六项行动。`: a note whose term's count is
/// said again right after the names it lists, with the same counted words.
/// When the names agree with one of the two counts and not the other, the
/// other is the slip: (its range, its count, the names, the first name).
/// Counts already read with a list elsewhere are left to that reading.
fn restated_in_notes(
    doc: &Document,
    lists: &[CountedList],
) -> Vec<(Range<usize>, u32, usize, Range<usize>)> {
    let text = &doc.text;
    let read = |at: usize| lists.iter().any(|l| l.count_range.start == at);
    let mut out = Vec::new();
    for (k, note) in doc.notes.iter().enumerate() {
        let Some(term_range) = note.term_range.clone() else {
            continue;
        };
        // A term the slogan reader reads is its to check.
        let slogan = doc.note_slogans.get(k).is_some_and(|r| !r.named.is_empty());
        if !note.aliases.is_empty() {
            continue;
        }
        let Some((count, count_range)) = term_count(text, term_range.clone()) else {
            continue;
        };
        // The counted words: the measure word and the noun after the
        // numeral (`项行动`), two characters at least after the measure.
        let numeral_end = count_range.start
            + text[count_range.clone()]
                .char_indices()
                .find(|(_, c)| !(c.is_ascii_digit() || crate::chars::chinese_digit(*c).is_some()))
                .map_or(count_range.len(), |(i, _)| i);
        let counted =
            text[numeral_end..term_range.end].trim_end_matches(['”', '"', '］', ']', '】']);
        if counted.chars().count() < 3 || counted.contains(['“', '”', '、']) {
            continue;
        }
        // The first sentence of the note, its names and the restated count.
        let body = note.text(text);
        let sentence_len = body.find(['。', '；', ';']).unwrap_or(body.len());
        let sentence = &body[..sentence_len];
        let Some(p) = sentence.find(counted) else {
            continue;
        };
        let numeral_len: usize = sentence[..p]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || crate::chars::chinese_digit(*c).is_some())
            .map(char::len_utf8)
            .sum();
        let again_start = note.text_range.start + p - numeral_len;
        let Some((again, again_end, measure)) = count_at(text, again_start) else {
            continue;
        };
        if again == count
            || !counted.starts_with(measure)
            || again_end != note.text_range.start + p + measure.len()
        {
            continue;
        }
        // The whole restated, not a part before more (`甲、乙三项，以及…`).
        let rest = &sentence[p + counted.len()..];
        if ["以及", "和", "及", "另", "还", "加", "外", "其中"]
            .iter()
            .any(|w| rest.contains(w))
            || !crate::lists::counts_in(body, p + counted.len()..body.len()).is_empty()
        {
            continue;
        }
        // The names: after a lead word, in one clause, none open with 等.
        let lead = sentence[..p - numeral_len]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let names = ["是指", "指", "即", "包括", "主要是"]
            .iter()
            .find_map(|w| lead.strip_prefix(w))
            .unwrap_or(lead);
        // Brackets may qualify a name (`甲（乙）`), not hold names of
        // their own.
        let brackets = names.contains(['（', '('])
            && !(crate::lists::balanced(names) && crate::lists::plain_brackets(names));
        if names.is_empty()
            || names.ends_with('等')
            || names.contains(['，', ',', '：', ':', '等'])
            || brackets
        {
            continue;
        }
        let offset = note.text_range.start + (p - numeral_len - names.len());
        let mut items = crate::list_forms::split_names(names, offset);
        if items.len() == 1 {
            items = touching_quotes(names, offset).unwrap_or_default();
        }
        let words: Vec<&str> = items.iter().map(|r| &text[r.clone()]).collect();
        if items.len() < 2
            || words.iter().any(|w| w.chars().count() > 30)
            || words.last().is_some_and(|w| joins_two(w))
        {
            continue;
        }
        let n = items.len();
        let first = items[0].clone();
        let (slip, stated) = if again as usize == n && !slogan {
            (count_range.clone(), count)
        } else if count as usize == n && again as usize != n {
            (again_start..again_end, again)
        } else {
            continue;
        };
        if !read(slip.start) {
            out.push((slip, stated, n, first));
        }
    }
    out
}

/// `“甲”“乙”“丙”`: names each in quotes, touching, and nothing else.
fn touching_quotes(s: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut at = 0;
    while !rest.is_empty() {
        let inner = rest.strip_prefix('“')?;
        let close = inner.find('”')?;
        if inner[..close].contains('“') {
            return None;
        }
        let len = '“'.len_utf8() + close + '”'.len_utf8();
        out.push(offset + at..offset + at + len);
        at += len;
        rest = &rest[len..];
    }
    Some(out)
}
