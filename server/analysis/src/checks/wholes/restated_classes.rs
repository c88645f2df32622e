//! A total restated class by class in the sentences after it.

use super::*;

/// `在建项目119个，总投资181亿元。竣工项目36个，总投资27亿元；续建项目
/// 11个，总投资28亿元；…`: a total closing its sentence (after at most
/// [`MAX_TOTAL_MEASURES`] other measures of it), then a sentence whose every
/// `；` clause restates it for a class of the same things: a name ending
/// with the total's counted words, then a count of its unit, and the
/// total's other measure named alike where it has one; or examples, then
/// `等`, the count and the class (`推进甲、乙等12个续建项目`). The sentence
/// may stand a few sentences later in the paragraph, each in between
/// read as no such list. Each class is within the total; classes by status
/// may overlap, so they are not added up.
pub(super) fn restated_by_class(doc: &Document) -> Vec<PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let mut out = Vec::new();
    for (i, whole) in figures.iter().enumerate() {
        // Cheap tests first, by bytes: this looks at every count. The total
        // closes its sentence, or its clause before a measure or two more
        // that close the sentence (`…119个，总投资181亿元。`).
        if whole.kind != FigureKind::Count {
            continue;
        }
        let after = &text.as_bytes()[whole.span.end..];
        let measures: Vec<&Figure> = if after.starts_with("。".as_bytes()) {
            Vec::new()
        } else if after.starts_with("，".as_bytes()) || after.starts_with("、".as_bytes()) {
            let Some(measures) = total_measures(text, figures, i) else {
                continue;
            };
            measures
        } else {
            continue;
        };
        // The total's counted words: the two characters before its count.
        let noun = chars_before(text, whole.span.start, 2);
        if noun.chars().count() < 2
            || !noun.chars().all(crate::chars::is_han)
            || !is_level(whole)
            || is_change(text, whole)
            || is_threshold(text, whole)
        {
            continue;
        }
        // One measure restated clause by clause; two say which is restated
        // no more than none.
        let measure = match measures.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        let stop = measures.last().map_or(whole.span.end, |m| m.span.end);
        let mut from = stop + '。'.len_utf8();
        let mut counted_between = false;
        for _ in 0..MAX_SENTENCES_TO_CLASSES {
            let window = &text[from..floor_boundary(text, from + 3000)];
            let Some(end) = window.find(['。', '\n']).map(|p| from + p) else {
                break;
            };
            // Every class names the total's counted words.
            let classes = text[from..end]
                .contains(noun)
                .then(|| classes_in(doc, from..end, noun, whole, measure))
                .flatten();
            // Or, among clauses of other acts, a run of classes each after
            // its examples (`推进甲等25个产业项目，乙等6个民生项目`).
            // Not past another count of the unit: the classes would be its.
            let classes = classes.or_else(|| {
                (!counted_between && text[from..end].contains(noun))
                    .then(|| run_of_classes(doc, from..end, noun, whole))
                    .flatten()
                    .map(|counts| (counts, Vec::new()))
            });
            // Asked only of a total with classes after it.
            if classes.is_some() && part_of_another(doc, whole) {
                break;
            }
            if let Some((counts, amounts)) = classes {
                if let Some(total) = measure
                    && amounts.len() == counts.len()
                {
                    out.push(PartReading {
                        whole: total,
                        parts: amounts,
                        stops_at_next: true,
                    });
                }
                out.push(PartReading {
                    whole,
                    parts: counts,
                    stops_at_next: true,
                });
                break;
            }
            // The paragraph ends the search.
            if text.as_bytes()[end] == b'\n' {
                break;
            }
            counted_between |= figures_in(doc, &(from..end))
                .iter()
                .any(|f| same_unit(&f.unit, &whole.unit));
            from = end + '。'.len_utf8();
        }
    }
    out
}

/// The most measures of a total after its count (`项目44个，总投资971亿
/// 元，年内投资28亿元。`).
pub(super) const MAX_TOTAL_MEASURES: usize = 2;

/// The most sentences read after a total for its classes.
pub(super) const MAX_SENTENCES_TO_CLASSES: usize = 3;

/// The measures after the total `figures[i]` up to the end of its
/// sentence: one or two levels (no share: `项目30个，占比70%`), none a
/// count, each closing its clause and the last the sentence.
pub(super) fn total_measures<'d>(
    text: &str,
    figures: &'d [Figure],
    i: usize,
) -> Option<Vec<&'d Figure>> {
    let whole = &figures[i];
    // (Most counts go on to anything but a measure: tell them first.)
    let next = figures.get(i + 1)?;
    if next.kind == FigureKind::Count || !is_level(next) {
        return None;
    }
    let end = sentence_end(text, whole.span.end, Some(whole.span.end + 600));
    let measures: Vec<&Figure> = figures[i + 1..]
        .iter()
        .take_while(|f| f.span.start < end)
        .collect();
    let closes = |f: &&Figure| {
        let rest = &text.as_bytes()[f.span.end..];
        rest.starts_with("，".as_bytes()) || rest.starts_with("。".as_bytes())
    };
    let last = measures.last()?;
    (measures.len() <= MAX_TOTAL_MEASURES
        && measures
            .iter()
            .all(|f| f.kind != FigureKind::Count && is_plain_level(text, f) && closes(f))
        && last.span.end == end
        && text.as_bytes()[end..].starts_with("。".as_bytes()))
    .then_some(measures)
}

/// The classes of a total read in one sentence (see
/// [`restated_by_class`]): per `；` clause, its count and, where the
/// total has one other measure, that measure restated. `None` unless
/// every clause reads, and two or more do.
pub(super) fn classes_in<'d>(
    doc: &'d Document,
    sentence: Range<usize>,
    noun: &str,
    whole: &Figure,
    measure: Option<&Figure>,
) -> Option<(Vec<&'d Figure>, Vec<&'d Figure>)> {
    let text = &doc.text;
    let mut counts = Vec::new();
    let mut amounts = Vec::new();
    for clause in text[sentence].split(['；', ';']) {
        let at = clause.as_ptr() as usize - text.as_ptr() as usize;
        // Parts nested in a class (`其中…`) are its own.
        let nested = clause.find("其中").unwrap_or(clause.len());
        let inside = figures_in(doc, &(at..at + nested));
        // Examples closed by `等` may print figures of their own (`330千伏
        // 甲工程等93个项目`): the count is the one right after `等`.
        let first = inside
            .iter()
            .position(|f| text[..f.span.start].ends_with('等'))
            .unwrap_or(0);
        let (count, rest) = inside.get(first..)?.split_first()?;
        let name = &text[at..count.span.start];
        let plain_count = same_unit(&count.unit, &whole.unit) && is_plain_level(text, count);
        let named = name.ends_with(noun)
            && name.len() > noun.len()
            && name.chars().count() <= 8
            && named_plainly(name);
        if !plain_count || !(named || class_after_examples(text, name, count, noun)) {
            return None;
        }
        let class_name = if named {
            Some(name)
        } else {
            class_named_after(text, count, noun)
        };
        if sized_class_of_unsized(text, whole, class_name) {
            return None;
        }
        // The total's other measure restated alike, or none at all.
        match (measure, rest) {
            (_, []) => {}
            (Some(total), [amount]) if restates(doc, total, amount) => amounts.push(amount),
            _ => return None,
        }
        counts.push(count);
    }
    (counts.len() >= 2).then_some((counts, amounts))
}

/// `加快甲、乙等25个产业项目，丙、丁等6个民生项目建设`: in a sentence of
/// other clauses too, two or more classes of a total in a row, each a
/// plain count of its unit right after examples closed by `等` and a
/// class's name ending in the total's counted words (`产业项目`, not the
/// bare `项目`), one joined to the next by `，`, `、` or `；` and examples
/// joined by `、` alone. No class is of things new or aimed at (`新开工`,
/// `力争`: others may join them), and no other count of the unit stands
/// before the run (the classes would be its own). `None` unless two or
/// more classes are read.
pub(super) fn run_of_classes<'d>(
    doc: &'d Document,
    sentence: Range<usize>,
    noun: &str,
    whole: &Figure,
) -> Option<Vec<&'d Figure>> {
    let text = &doc.text;
    let mut run: Vec<&Figure> = Vec::new();
    for count in figures_in(doc, &sentence) {
        if !same_unit(&count.unit, &whole.unit) {
            continue;
        }
        // The examples and the words before them, back to the clause's
        // start: the part's own lead.
        let from = run.last().map_or(sentence.start, |p| p.span.end);
        let lead = &text[from..count.span.start];
        let lead = lead.trim_start_matches(crate::chars::is_han);
        let (joined, examples) = match lead.strip_prefix(['，', '、', '；']) {
            Some(examples) if !run.is_empty() => (!examples.contains(['，', '；']), examples),
            _ => (
                run.is_empty(),
                lead.rsplit(['，', '；']).next().unwrap_or(lead),
            ),
        };
        // `甲等能源项目12项、社会事业项目23项`: or the class named before
        // its count, which closes it.
        let raw = &text[from..count.span.start];
        let raw_clause = raw.rsplit(['，', '；']).next().unwrap_or(raw);
        let named_before = class_named_before(raw, noun, !run.is_empty())
            && text[count.span.end..].starts_with(['、', '，', '。', '；'])
            && !NEW_OR_AIMED.iter().any(|w| raw_clause.contains(w));
        let named_after = class_named_after(text, count, noun);
        if sized_class_of_unsized(text, whole, named_after) {
            break;
        }
        let class = (named_after.is_some() || named_before)
            && is_plain_level(text, count)
            && !NEW_OR_AIMED.iter().any(|w| examples.contains(w));
        if !(class && joined) {
            break;
        }
        run.push(count);
    }
    (run.len() >= 2).then_some(run)
}

/// The class's name right before its count (`等能源项目`), in `raw`, the
/// text from the previous class (or the sentence's start): Han words
/// ending in `noun` after a name of their own, after examples closed by
/// `等`, or, once the run has begun (`listed`), right after the `、` that
/// joins it to the class before.
pub(super) fn class_named_before(raw: &str, noun: &str, listed: bool) -> bool {
    let Some(p) = raw.rfind(['等', '、']) else {
        return false;
    };
    let by_examples = raw[p..].starts_with('等');
    if !(by_examples || listed && p == 0) {
        return false;
    }
    let name = &raw[p + '等'.len_utf8()..];
    let n = name.chars().count();
    name.ends_with(noun)
        && n > noun.chars().count()
        && n <= MAX_CLASS_BEFORE
        && name.chars().all(crate::chars::is_han)
}

/// The most characters of a class's name before its count.
pub(super) const MAX_CLASS_BEFORE: usize = 12;

/// Words before a class of things new or aimed at, which others may join.
pub(super) const NEW_OR_AIMED: &[&str] = &[
    "新建",
    "新开工",
    "新增",
    "新上",
    "新引进",
    "新签约",
    "新谋划",
    "新实施",
    "新落地",
    "力争",
    "争取",
    "确保",
    "谋划",
    "储备",
];

/// The class's name after a count that closes examples (`等25个产业项目`):
/// up to [`MAX_CLASS_AFTER`] Chinese characters holding `noun` after a
/// name of their own.
pub(super) fn class_named_after<'t>(text: &'t str, count: &Figure, noun: &str) -> Option<&'t str> {
    if !text[..count.span.start].ends_with('等') {
        return None;
    }
    let after = &text[count.span.end..];
    let len = after
        .char_indices()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(MAX_CLASS_AFTER)
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    let words = &after[..len];
    words
        .find(noun)
        .filter(|&k| k > 0)
        .map(|k| &words[..k + noun.len()])
}

/// `省重点项目101个。…等294个亿元以上项目…`: a class whose name (before its
/// count or after it) is bounded by a size (`以上`, `以下`) cuts across the
/// classes of a total not so bounded; it is no class of the total.
pub(super) fn sized_class_of_unsized(text: &str, whole: &Figure, class_name: Option<&str>) -> bool {
    let sized = |words: &str| ["以上", "以下"].iter().any(|w| words.contains(w));
    class_name.is_some_and(sized) && !sized(chars_before(text, whole.span.start, 8))
}

/// The most characters of a class's name after its count (`新开工项目`).
pub(super) const MAX_CLASS_AFTER: usize = 8;

/// `推进甲、乙等12个续建项目建设`: examples closed by `等`, then the count,
/// then within a few characters the total's counted words.
pub(super) fn class_after_examples(text: &str, name: &str, count: &Figure, noun: &str) -> bool {
    if !name.ends_with('等') {
        return false;
    }
    let words: String = text[count.span.end..]
        .chars()
        .take_while(|c| crate::chars::is_han(*c))
        .take(MAX_CLASS_AFTER)
        .collect();
    words.contains(noun)
}

/// Whether `part` restates the measure `total` (its unit, a level, and
/// named alike: `总投资` with `总投资`).
pub(super) fn restates(doc: &Document, total: &Figure, part: &Figure) -> bool {
    let text = &doc.text;
    let name = label(doc, part);
    same_unit(&total.unit, &part.unit)
        && is_level(total)
        && is_level(part)
        && !is_change(text, part)
        && name.chars().count() >= 2
        && name == label(doc, total)
}

/// `项目330个，其中新开工项目167个，“三早”项目58个。推进甲等137个…`: a
/// count that is itself a part (after `其中` in its sentence) is not the
/// total the classes after it restate.
fn part_of_another(doc: &Document, whole: &Figure) -> bool {
    let text = &doc.text;
    let sentence = sentence_range(text, whole.span.start);
    text[sentence.start..whole.span.start].contains("其中")
}
