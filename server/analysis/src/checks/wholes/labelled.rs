//! Parts labelled one by one (`其中：甲5亿元；乙3亿元`), running on past `；`.

use super::*;

/// `其中，一产20亿元，增长5%；二产84亿元，…`: the parts may run on over
/// `；`, each clause naming one more part of the same unit as `first`.
/// The parts of those clauses, where they end, and whether they were read
/// loosely (named plainly, not alike: not to be added up).
pub(super) fn run_on_past_semicolons<'d>(
    doc: &'d Document,
    (after, mut end, next): (usize, usize, Option<usize>),
    first: &Figure,
) -> (Vec<&'d Figure>, usize, bool) {
    let text = &doc.text;
    let mut parts = Vec::new();
    // `其中：A…；B…；C…`: a colon announces a list of parts, one a clause.
    let enumerated = text[after..].starts_with(['：', ':']);
    // `其中，中央补助5亿元；省级配套3亿元`: parts named plainly, each first
    // in its clause, though their names do not end alike. Such parts are
    // not added up: a clause may name something besides the parts.
    // Read only at a `；` (most parts end before one).
    let first_named =
        || named_plainly(text[after..first.span.start].trim_start_matches(['，', ',', '：', ':']));
    let mut loose = false;
    while text[end..].starts_with(['；', ';']) && Some(end) != next {
        let from = end + text[end..].chars().next().map_or(1, char::len_utf8);
        let to = sentence_end(text, from, next);
        let more = parts_of(doc, &(from..to), false);
        // Each clause names its part like the first does (`第一产业增加值`,
        // `第二产业增加值`; `税收收入`, `非税收入`): the names end alike.
        let opens_part = more.first().is_some_and(|f| {
            same_unit(&f.unit, &first.unit)
                && !text[from..f.span.start].contains(['，', ','])
                && (enumerated
                    || names_alike(&text[after..first.span.start], &text[from..f.span.start]))
        });
        // Short names, none an indicator's (`社会消费品零售总额` is another
        // measure, not a part).
        let plain = !opens_part
            && first.indicator.is_none()
            && first_named()
            && more.first().is_some_and(|f| {
                let name = text[from..f.span.start].trim_matches(crate::chars::is_space);
                same_unit(&f.unit, &first.unit)
                    && f.indicator.is_none()
                    && name.chars().count() <= 6
                    && named_plainly(name)
                    // `；补充耕地指标3000亩，其中…`: a figure with parts of
                    // its own is the whole of a new clause.
                    && !["，其中", ",其中"]
                        .iter()
                        .any(|w| text[f.span.end..].starts_with(w))
            });
        // `其中甲3户；乙企业达到20户`: a clause reaching a level of its own.
        let reached = more.first().is_some_and(|f| {
            reached_anew(&text[after..first.span.start], &text[from..f.span.start])
        });
        if !(opens_part || plain)
            || reached
            || starts_with_task(&text[from..to])
            || YEARS_SPANS.iter().any(|w| text[from..].starts_with(w))
        {
            break;
        }
        loose |= plain;
        parts.extend(more);
        end = to;
    }
    (parts, end, loose)
}

/// `项目63个、总投资625亿元，其中…项目10个、总投资397.7亿元`: the parts
/// of `其中` in units other than its first part's, each paired with the
/// one whole before `其中` named alike (`总投资` with `总投资`, `年度计划投资`
/// with `年度计划投资`); a part no whole or several name alike is left out.
pub(super) fn labelled_at<'d>(doc: &'d Document, cue: &Cue<'d>) -> Vec<PartReading<'d>> {
    let text = &doc.text;
    let &Cue {
        at,
        previous,
        after,
        end,
        figures,
        ..
    } = cue;
    // Only parts in a second unit need this reading.
    if figures.iter().all(|f| f.unit == figures[0].unit) {
        return Vec::new();
    }
    let mut parts = parts_among(doc, &(after..end), figures, true);
    let Some(&first) = parts.first() else {
        return Vec::new();
    };
    // The clauses after `；` that name more parts alike (`其中甲项目5个、
    // 投资8亿元；乙项目3个、投资4亿元`) hold their other measures too.
    let (_, to, _) = run_on_past_semicolons(doc, (after, end, cue.next), first);
    let mut from = end;
    while from < to {
        let start = from + text[from..].chars().next().map_or(1, char::len_utf8);
        let stop = sentence_end(text, start, cue.next);
        parts.extend(parts_of(doc, &(start..stop), true));
        from = stop;
    }
    let whole_sentence = whole_sentence(text, at, previous);
    let wholes: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| {
            is_level(f)
                && !is_change(text, f)
                && !is_threshold(text, f)
                && !is_base(doc, f)
                && !in_brackets(&text[whole_sentence.start..f.span.start])
        })
        .collect();
    let mut out = Vec::new();
    for part in parts.iter().filter(|p| p.unit != first.unit) {
        let name = label(doc, part);
        if name.chars().count() < 2 {
            continue;
        }
        // Named alike: one name ends with the other (`省百大项目完成投资`
        // with `完成投资`; not `年度计划投资` with `总投资`).
        let named: Vec<&&Figure> = wholes
            .iter()
            .filter(|w| {
                let whole_name = label(doc, w);
                w.unit == part.unit
                    && whole_name.chars().count() >= 2
                    && (name.ends_with(whole_name) || whole_name.ends_with(name))
            })
            .collect();
        if let [whole] = named.as_slice() {
            out.push(PartReading::single(whole, part));
        }
    }
    out
}

/// The words naming a figure: from the start of its clause, the last `、`
/// or the figure before it, with a verb (`完成`, `达到`) set aside.
pub(super) fn label<'t>(doc: &'t Document, figure: &Figure) -> &'t str {
    let text = &doc.text;
    // The clause's start, within a few hundred bytes (a name is short).
    let mut from = figure.span.start.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut start = text[from..figure.span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| {
            matches!(
                c,
                '，' | '；' | '。' | '：' | '！' | '？' | '\n' | ',' | ';'
            )
        })
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    if let Some(p) = text[start..figure.span.start].rfind('、') {
        start += p + '、'.len_utf8();
    }
    let lo = doc.figures.partition_point(|f| f.span.end <= start);
    if let Some(f) = doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= figure.span.start)
        .last()
    {
        start = start.max(f.span.end);
    }
    let mut name = text[start..figure.span.start].trim_matches(crate::chars::is_space);
    for verb in ["完成", "达到", "实现", "为", "达", "约", "超"] {
        name = name.strip_suffix(verb).unwrap_or(name);
    }
    name
}

/// `5G基站312个、充电桩1200个，其中公共充电桩800个`: in a list of wholes,
/// the part's name ends with the last whole's name (two characters at
/// least), and no part's name ends like the whole before it, so the parts
/// are of the last whole alone.
pub(super) fn part_names_last_whole(
    doc: &Document,
    (previous, whole): (&Figure, &Figure),
    first_name: &str,
    parts: &[&Figure],
) -> bool {
    let whole_name = label(doc, whole);
    let previous_name = label(doc, previous);
    let first_name = first_name
        .trim_matches(|c: char| crate::chars::is_space(c) || matches!(c, '，' | ',' | '：' | ':'));
    // Two Han characters (six bytes) alike: the earlier whole is named.
    let names_previous =
        |name: &str| crate::text::common_suffix(name.as_bytes(), previous_name.as_bytes()) >= 6;
    whole_name.chars().count() >= 2
        && whole_name.chars().all(crate::chars::is_han)
        && first_name.ends_with(whole_name)
        && first_name.len() > whole_name.len()
        && !previous_name.is_empty()
        && !names_previous(first_name)
        && parts.iter().all(|p| !names_previous(label(doc, p)))
}
