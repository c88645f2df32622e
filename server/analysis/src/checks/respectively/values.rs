//! The values of a `分别`: figures of one unit in a row, bare numbers with
//! the unit said once, ranks.

use super::*;

/// The spans of the values after `分别`: consecutive figures of one unit
/// joined only by `、`/`和`/`与`/`及`. `None` when the words after 分别 are
/// not a plain list of values.
pub(super) fn values_after(doc: &Document, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let text = &doc.text;
    let mut figures = figures_in(doc, &range);
    // `比上个五年增长`: a span of years in the base compared with is no
    // value; nor is a time back from now (`分别是五年前的1.4倍、1.8倍`).
    while let [first, rest @ ..] = figures
        && first.kind == FigureKind::Duration
        && (in_base(&text[range.start..first.span.start])
            || text[first.span.end..].starts_with('前'))
    {
        figures = rest;
    }
    let first = figures.first()?;
    let lead = text[range.start..first.span.start].trim_matches(crate::chars::is_space);
    // `提高11.1、11.2个百分点`: values before the first whose unit is
    // written once, at the end.
    let (lead, bare) = bare_values(lead);
    let bare: Vec<Range<usize>> = bare
        .into_iter()
        .map(|r| {
            let at = lead.as_ptr() as usize - text.as_ptr() as usize;
            at + r.start..at + r.end
        })
        .collect();
    let lead = lead.trim_matches(crate::chars::is_space);
    // A listed verb, or a few words (`压缩到`, `由每月`, `提高到`, a year's
    // `是2021年的`). `完成年度计划投资的` may run to ten.
    // `是“十二五”末的`: a quoted period is words of the lead.
    let plain = without_years(&lead.replace(['“', '”'], ""));
    // `比上半年降幅收窄`, `较上年实际增长`: the base they are compared with
    // says nothing of the values.
    let plain = without_base(&plain);
    // `分别引进一个投资超50亿元、超20亿元的项目`: one thing for each
    // subject, whose values follow, says nothing of them; with one value
    // only (`分别引进一个超50亿元的项目`), it may be the same for each.
    let one_each = plain.contains("一个");
    let plain = plain.replace("一个", "");
    // `分别新增治理水土流失面积32平方公里、28平方公里`: a verb and the
    // measure the values give, closing the words right before them.
    let measured = LIST_MEASURES.iter().any(|m| plain.ends_with(m));
    let limit = if lead.ends_with('的') || measured {
        10
    } else {
        6
    };
    let short_words = plain.chars().count() <= limit && plain.chars().all(crate::chars::is_han);
    if !LEADS.contains(&lead) && !short_words {
        return None;
    }
    // `分别增长12.5%、下降3.2%`: when the first value has its change's
    // verb, each next may have its own.
    let own_verbs = CHANGES.iter().any(|w| plain.ends_with(w));
    let mut values = bare;
    values.push(first.span.clone());
    let mut last = first;
    let mut tail_used = None;
    // Each subject's value may have its own unit (`371万辆、931万千瓦`,
    // `43.7%、16.3平方米/人`, `18.9%、1.2倍`).
    let mut spaced = false;
    for figure in &figures[1..] {
        let raw = &text[last.span.end..figure.span.start];
        let gap = raw.trim_matches(crate::chars::is_space);
        // `8.8% 5.4%`: values parted by a space only, a mark lost in print;
        // where the list ends cannot be told.
        if gap.is_empty() && !raw.is_empty() {
            spaced = true;
            break;
        }
        // `2359万头（只）和1428万头（只）`: a unit's alternative in brackets.
        let gap = strip_unit_note(gap);
        // `每人每月775元、每人每年7644元`: each value with its own period.
        let gap = strip_per(gap);
        let gap = if own_verbs {
            without_own_verb(gap)
        } else {
            gap
        };
        // `22个工作日、37个工作日`: a unit's words the scanner left out,
        // written after each value.
        let shared = shared_tail(text, gap, figure.span.end);
        if !AND.contains(&gap) && shared.is_none() {
            break;
        }
        if let (Some(tail), Some(previous)) = (shared, values.last_mut()) {
            previous.end += tail;
            tail_used = Some(tail);
        }
        values.push(figure.span.clone());
        last = figure;
    }
    // The last value carries the shared words too.
    if let Some(tail) = tail_used
        && let Some(v) = values.last_mut()
    {
        v.end += tail;
    }
    // A list running on with a number the scanner did not read as a
    // figure (`1100万吨、260亿方`) is not read to its end.
    let rest = text[last.span.end..range.end].trim_start_matches(crate::chars::is_space);
    let runs_on = AND.iter().any(|w| {
        rest.strip_prefix(w)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| {
                c.is_ascii_digit()
                    || ('０'..='９').contains(&c)
                    || crate::chars::chinese_digit(c).is_some()
            })
    });
    // `41260元、` closing the line: the list is cut (a page number or a
    // hard break between its values), so its length is unknown.
    let cut = AND.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.trim_matches(crate::chars::is_space).is_empty())
    });
    let one_value_each = one_each && values.len() < 2;
    (!runs_on && !cut && !one_value_each && !spaced).then_some(values)
}

/// The most clauses of one bare value read on after a list of values.
pub(super) const MAX_BARE_CLAUSES: usize = 8;

/// `分别达到41260元，21350元，`: a clause after the values that is one value
/// alone, in the unit of the last, is one more value of the list joined by
/// a comma (as text in ASCII punctuation writes `41260元,21350元`): no
/// clause is a bare figure. Returns the values and the clause they close.
pub(super) fn bare_values_run_on(
    doc: &Document,
    mut values: Vec<Range<usize>>,
    mut clause: Range<usize>,
) -> (Vec<Range<usize>>, Range<usize>) {
    let text = &doc.text;
    for _ in 0..MAX_BARE_CLAUSES {
        let Some(last) = values.last() else { break };
        let rest = &text[last.end..clause.end];
        if !rest.trim_matches(crate::chars::is_space).is_empty() {
            break;
        }
        let Some(comma) = text[clause.end..]
            .strip_prefix('，')
            .or_else(|| text[clause.end..].strip_prefix(','))
        else {
            break;
        };
        let next = clause_range(text, text.len() - comma.len());
        let [figure] = figures_in(doc, &next) else {
            break;
        };
        // A full stop written `.` closes the sentence, not the value.
        let words = text[next.clone()]
            .trim_matches(crate::chars::is_space)
            .trim_end_matches('.');
        let [previous] = figures_in(doc, last) else {
            break;
        };
        if words != figure.text(text) || figure.unit != previous.unit {
            break;
        }
        values.push(figure.span.clone());
        clause = next;
    }
    (values, clause)
}

/// `、下降` → `、`: a joining word and the verb of the value after it
/// (`分别增长12.5%、下降3.2%`, `分别减少3所、增加2100人`).
pub(super) fn without_own_verb(gap: &str) -> &str {
    AND.iter()
        .find_map(|w| {
            let verb = gap.strip_prefix(w)?;
            CHANGES.contains(&verb).then(|| &gap[..w.len()])
        })
        .unwrap_or(gap)
}

/// `粮食、蔬菜产量分别…，肉蛋奶产量分别…`: a head closing with the
/// earlier subjects' measure (two characters or more) after words of its
/// own names other subjects measured alike.
pub(super) fn names_others(head: &str, earlier: &str) -> bool {
    let head: Vec<char> = head.trim_matches(crate::chars::is_space).chars().collect();
    let earlier: Vec<char> = earlier
        .trim_matches(crate::chars::is_space)
        .chars()
        .collect();
    let shared = head
        .iter()
        .rev()
        .zip(earlier.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    shared >= 2 && head.len() > shared
}

/// Whether `words` end in a base of comparison still open: `比` or `较`
/// and at most two characters (`比上个`, `较前`).
pub(super) fn in_base(words: &str) -> bool {
    let words = words.trim_matches(crate::chars::is_space);
    words
        .rfind(['比', '较'])
        .is_some_and(|p| words[p..].chars().count() <= 3)
}

/// `居全省第2位、第5位`, `分别位列第3、第7和第9名`: ranks after a few
/// words (`排名全国`), joined by listing words, the last closing the
/// clause. Ranks are no figures of the scanner: they are read here.
pub(super) fn ranks_after(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let words = &text[range.clone()];
    let first = words.find('第')?;
    let lead = words[..first].trim_matches(crate::chars::is_space);
    if lead.chars().count() > 6 || !lead.chars().all(crate::chars::is_han) {
        return None;
    }
    let mut values = Vec::new();
    let mut at = range.start + first;
    loop {
        let rest = &text[at..range.end];
        // Text spaced around its figures (`第 2 位`) holds the rank alike.
        let after = &rest['第'.len_utf8()..];
        let number = after.trim_start_matches(crate::chars::is_space);
        let digits = number
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some()))
            .map_or(number.len(), |(i, _)| i);
        if digits == 0 {
            return None;
        }
        let mut end = at + '第'.len_utf8() + (after.len() - number.len()) + digits;
        let tail = &text[end..range.end];
        let spaced = tail.trim_start_matches(crate::chars::is_space);
        if let Some(c) = spaced.chars().next()
            && matches!(c, '位' | '名')
        {
            end += tail.len() - spaced.len() + c.len_utf8();
        }
        values.push(at..end);
        let gap = &text[end..range.end];
        if gap.trim_matches(crate::chars::is_space).is_empty() {
            return Some(values);
        }
        // Each rank is followed by a listing word and the next rank.
        let next = AND.iter().find_map(|w| gap.strip_prefix(w))?;
        // `升至世界第二、世界第三`: each rank may repeat the place it is
        // taken in, the words closing the lead.
        let next = match next.find('第') {
            Some(0) => next,
            Some(p) if !next[..p].is_empty() && lead.ends_with(&next[..p]) => &next[p..],
            _ => return None,
        };
        at = range.end - next.len();
    }
}

/// `工作日、` before a value followed by `工作日`: the length of words
/// written after each value (one to four characters) and joined by a
/// listing word.
pub(super) fn shared_tail(text: &str, gap: &str, next_end: usize) -> Option<usize> {
    let words = AND.iter().find_map(|w| gap.strip_suffix(w))?;
    let short = (1..=4).contains(&words.chars().count()) && words.chars().all(crate::chars::is_han);
    (short && text.get(next_end..)?.starts_with(words)).then_some(words.len())
}

/// `提高11.1、` → (`提高`, the ranges of `11.1` in the lead): numbers
/// joined by listing words at the end of the words before a value, whose
/// unit the value after them carries (`11.1、11.2个百分点`, `10.6万、
/// 3.8万平方公里`).
pub(super) fn bare_values(lead: &str) -> (&str, Vec<Range<usize>>) {
    let mut rest = lead;
    let mut out = Vec::new();
    for _ in 0..8 {
        let Some(head) = AND
            .iter()
            .find_map(|w| rest.strip_suffix(w))
            .map(|h| h.trim_end_matches(crate::chars::is_space))
        else {
            break;
        };
        let h = head.strip_suffix(['万', '亿']).unwrap_or(head);
        let number = h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        if number.len() == h.len() || !h[number.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        out.push(number.len()..head.len());
        rest = number;
    }
    if out.is_empty() {
        return (lead, out);
    }
    out.reverse();
    (rest, out)
}

/// `（只）和` → `和`: a bracketed alternative of the unit (one to three
/// characters, no figure) before the joining word.
pub(super) fn strip_unit_note(gap: &str) -> &str {
    let Some(rest) = gap.strip_prefix(['（', '(']) else {
        return gap;
    };
    let Some(close) = rest.find(['）', ')']) else {
        return gap;
    };
    let note = &rest[..close];
    let short = (1..=3).contains(&note.chars().count()) && note.chars().all(crate::chars::is_han);
    if short {
        rest[close..]
            .trim_start_matches(['）', ')'])
            .trim_matches(crate::chars::is_space)
    } else {
        gap
    }
}

/// `、每人每年` → `、`: a joining word followed by a value's own `每…`
/// period (at most six characters).
pub(super) fn strip_per(gap: &str) -> &str {
    for w in AND {
        if let Some(rest) = gap.strip_prefix(w)
            && let Some(per) = rest.strip_prefix('每')
            && per.chars().count() < 6
            && per.chars().all(crate::chars::is_han)
        {
            return w;
        }
    }
    gap
}

/// Whether `value` is the full share (`100%`), a level many subjects
/// reach alike.
pub(super) fn full_share(value: &str) -> bool {
    matches!(value.trim(), "100%" | "100％")
}

/// `分别提高6.6、8.1`, `分别是上年的2.7`, `分别减少10.6万、3.8万`:
/// numbers with no unit (but `万` or `亿`), joined by listing words and
/// closing the clause after a few words, are values still (the unit left
/// out or lost); a year (`2019`) is none.
pub(super) fn unitless_after(text: &str, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let words = text[range.clone()].trim_end_matches(crate::chars::is_space);
    let mut values = Vec::new();
    let mut at = range.start + words.len();
    loop {
        let before = &text[range.start..at];
        let bare = before.strip_suffix(['万', '亿']).unwrap_or(before);
        let number = bare.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let digits = &bare[number.len()..];
        let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        if !digits.starts_with(|c: char| c.is_ascii_digit()) || year {
            return None;
        }
        values.push(range.start + number.len()..at);
        match AND.iter().find_map(|w| number.strip_suffix(w)) {
            Some(rest)
                if rest.ends_with(|c: char| c.is_ascii_digit() || c == '万' || c == '亿') =>
            {
                at = range.start + rest.len();
            }
            _ => {
                values.reverse();
                let lead = without_years(number.trim_matches(crate::chars::is_space));
                let lead = without_base(&lead);
                let limit = if lead.ends_with('的') { 10 } else { 6 };
                let short = lead.chars().count() <= limit && lead.chars().all(crate::chars::is_han);
                return short.then_some(values);
            }
        }
    }
}
