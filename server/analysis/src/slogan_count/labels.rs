//! Definitions naming each part before its own list (`“四化”，即…；“四园”，即…`).

use super::*;

/// A private-use character: a converter's stray glyph, never text.
pub fn is_private(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// Words between a part's name and its own list: `“四化”，即…`,
/// `两补，补…`, `“三多”是…`.
pub const LABEL_ENDS: &[&str] = &[
    "分别对应",
    "分别指",
    // `“三连”分别为甲、乙、丙`
    "分别为",
    "分别是",
    "，即",
    ",即",
    "，是指",
    "，指",
    "，就是",
    "是指",
    "就是",
    // `“九珍”包括：A、B…。“十八品”包括：…`
    "包括：",
    "包括:",
    "包括",
    "即",
    "指",
    "是",
    "为",
    "：",
    ":",
    "，",
    ",",
];

/// A part's name as a definition writes it: `四化`, `两中心` (`二中心`).
pub(super) fn part_names(part: &SloganPart) -> Vec<String> {
    names_with(part.numeral, &part.written)
}

/// A part's names with the numeral `n`: a part of two is named `两`, `二`
/// or `双` (`双跨越：甲跨越，乙跨越`).
fn names_with(n: u32, written: &str) -> Vec<String> {
    let mut names: Vec<String> = chinese_number(n)
        .map(|c| format!("{c}{written}"))
        .into_iter()
        .collect();
    if n == 2 {
        names.push(format!("二{written}"));
        names.push(format!("双{written}"));
    }
    names
}

/// Where a part's own list starts: after its name and a label word. A
/// label with another numeral before the part's words (`“三区”指…` for a
/// slogan printed `四区三线`) is the part's when it is the only one.
/// With it, the other numeral when the label has one.
pub(super) fn own_list_start(
    definition: &str,
    part: &SloganPart,
) -> Option<(usize, usize, Option<u32>)> {
    match labelled_as(definition, &part_names(part)) {
        Some((name, list)) => Some((name, list, None)),
        None => renamed_list_start(definition, part).map(|(n, (name, list))| (name, list, Some(n))),
    }
}

/// A part's label printed with another numeral (see [`own_list_start`]);
/// tried only once another part is labelled as printed.
pub(super) fn renamed_list_start(
    definition: &str,
    part: &SloganPart,
) -> Option<(u32, (usize, usize))> {
    let others: Vec<(u32, String)> = (1..=20)
        .filter(|n| *n != part.numeral)
        .flat_map(|n| {
            names_with(n, &part.written)
                .into_iter()
                .map(move |name| (n, name))
        })
        .collect();
    let found: Vec<(u32, (usize, usize))> = others
        .iter()
        .filter_map(|(n, name)| {
            labelled_as(definition, std::slice::from_ref(name)).map(|at| (*n, at))
        })
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Where the list named by one of `names` starts.
pub(super) fn labelled_as(definition: &str, names: &[String]) -> Option<(usize, usize)> {
    for name in names {
        let mut from = 0;
        while let Some(p) = definition[from..].find(name.as_str()) {
            let at = from + p;
            let after = &definition[at + name.len()..];
            let after_quote = after.trim_start_matches(is_quote);
            let mut skipped = after.len() - after_quote.len();
            // `三区也称三类空间，指…`: another name before the label word.
            let also = ["也称", "又称", "亦称"]
                .iter()
                .any(|w| after_quote.starts_with(w))
                .then(|| renamed_lead(after_quote))
                .flatten();
            let between = match also {
                Some(len) => len,
                // `“六新”产业是指…`: the quoted name, then the noun it
                // qualifies.
                None if skipped > 0 => qualified_noun(after_quote).unwrap_or(0),
                None => 0,
            };
            skipped += between;
            let after_quote = &after_quote[between..];
            if let Some(word) = LABEL_ENDS.iter().find(|w| after_quote.starts_with(*w)) {
                let mut start = at + name.len() + skipped + word.len();
                // `三线即三条控制线，指甲、乙、丙`: what the list is, then it.
                start += renamed_lead(&definition[start..]).unwrap_or(0);
                // The name's opening quote belongs to the previous list's end.
                let name_start = definition[..at].trim_end_matches(is_quote).len();
                return Some((name_start, start));
            }
            from = at + name.len();
        }
    }
    None
}

/// The length of a short noun between a quoted part's name and a strong
/// label word (`产业` in `“六新”产业是指`), when one follows it.
fn qualified_noun(text: &str) -> Option<usize> {
    const STRONG: [&str; 5] = ["是指", "，是指", "，指", "，即", "指"];
    let noun = text
        .char_indices()
        .take_while(|(_, c)| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
        .take(4)
        .map(|(i, c)| i + c.len_utf8())
        .last()?;
    (1..=noun).rev().find(|&end| {
        text.is_char_boundary(end)
            && !text[..end].ends_with(['是', '指', '即'])
            && STRONG.iter().any(|w| text[end..].starts_with(w))
    })
}

/// The length of a short lead naming the list again before `，指`, `，即`
/// or `，是指` (`也称三类空间，`, `三条控制线，`), with that comma.
pub(super) fn renamed_lead(text: &str) -> Option<usize> {
    let comma = text
        .char_indices()
        .take(12)
        .find(|(_, c)| matches!(c, '，' | ',' | '、' | '；' | '。'))
        .filter(|(_, c)| matches!(c, '，' | ','))?
        .0;
    let rest = text[comma..].trim_start_matches(['，', ',']);
    ["是指", "指", "即"]
        .iter()
        .any(|w| rest.starts_with(w))
        .then_some(text.len() - rest.len())
}

/// Whether the definition names one of the parts before a list of its own.
pub(super) fn names_a_part(parts: &[SloganPart], definition: &str) -> bool {
    parts
        .iter()
        .any(|p| labelled_as(definition, &part_names(p)).is_some())
}

/// Whether the definition names every part of a slogan of several before
/// a list of its own (`“六新”是指…；“六特”是指…`): each part is then a
/// slogan the definition defines by itself.
pub fn labels_each_part(parts: &[SloganPart], definition: &str) -> bool {
    parts.len() > 1
        && parts
            .iter()
            .all(|p| labelled_as(definition, &part_names(p)).is_some())
}

/// A part's name as a definition writes it (`六新`, `两翼`).
pub fn part_name(part: &SloganPart) -> Option<String> {
    part_names(part).into_iter().next()
}

/// What a part's own list gives (see [`labelled`]).
#[derive(Clone, Debug, Default)]
pub(super) struct Labelled {
    /// Every count a reading of the list gives, sorted.
    pub(super) counts: Vec<usize>,
    /// Whether the counts differ only in how the items are cut, so that a
    /// numeral beyond all of them is wrong.
    pub(super) settled: bool,
}

/// `“四化”，即…；“四园”，即…`: each part named before its own list.
/// `None` when no part is named in the definition; `Some(None)` when some
/// are but a part's list cannot be read; else, per part, the counts its
/// list gives.
pub(super) fn labelled(parts: &[SloganPart], definition: &str) -> Option<Option<Vec<Labelled>>> {
    if parts.len() < 2 || !names_a_part(parts, definition) {
        return None;
    }
    let mut starts = Vec::new();
    let mut labels = vec![None; parts.len()];
    for (i, part) in parts.iter().enumerate() {
        let Some((name_start, list_start, renamed)) = own_list_start(definition, part) else {
            return Some(None);
        };
        starts.push((name_start, list_start, i));
        labels[i] = renamed;
    }
    starts.sort_unstable();
    let tails = uncounted_labels(definition);
    let mut sets = vec![Labelled::default(); parts.len()];
    for (k, &(_, list_start, i)) in starts.iter().enumerate() {
        let next = starts.get(k + 1).map_or(definition.len(), |s| s.0);
        // A part of no number labelled after it (`“多点”即…`) ends its list.
        let end = tails
            .iter()
            .copied()
            .find(|t| *t >= list_start)
            .map_or(next, |t| t.min(next));
        let Some(list) = definition.get(list_start..end.max(list_start)) else {
            return Some(None);
        };
        let list = trim_definition(list.trim_end_matches(['，', ',', '；', ';', '。']));
        let list = paired_list(list).unwrap_or(list);
        let list = before_remark(list);
        let part = std::slice::from_ref(&parts[i]);
        let mut counts: Vec<usize> = flat_readings(part, list, None)
            .into_iter()
            .map(|r| r[0])
            .collect();
        // A part named before one thing: `“一平”指土地平整`, `幸福和谐家园`
        // (unless both sides of its `和` carry the word: `管线下地和广告下墙`).
        let halves = split_joined(list);
        let two_things = halves.len() == 2
            && halves
                .iter()
                .all(|h| parts[i].words.iter().any(|w| h.contains(w.as_str())));
        let single = !list.is_empty() && !list.contains(['、', '，', ',', '；', ';']);
        if single && !two_things {
            counts.push(1);
        }
        // `“一核”指以甲、乙为主体的丙核心区`: a part of one named by a noun
        // phrase, whatever lists its modifier holds.
        if parts[i].numeral == 1
            && (one_head(list, &parts[i].words) || built_up_to_one(list, &parts[i].words))
        {
            counts.push(1);
        }
        // A named list's items are what the name counts (`六园：A、B…`),
        // one `A和B` maybe two; `交通、水利等重大工程` is one.
        let leaves = pieces(list, &['；', ';', '、']);
        if !leaves.iter().any(|l| l.contains(['，', ',', '：', ':'])) {
            if leaves.len() >= 2
                && leaves.iter().all(|l| l.chars().count() <= 12)
                && uniform(&leaves, &parts[i].words)
            {
                counts.push(leaves.len());
            }
            // Named, its items are its own whatever words they carry
            // (`九路，即甲大道、乙西路…`); `A和B` one or two.
            if leaves.len() >= 2 && leaves.iter().all(|l| l.chars().count() <= 12) {
                counts.push(leaves.len());
                counts.push(leaves.iter().map(|l| split_joined(l).len()).sum());
            }
            if single {
                counts.push(halves.len());
            }
            // A list closed by 等 (`交通、水利等重大工程`) may stand for any
            // number of things: it agrees with its numeral.
            if list.contains('等') {
                counts.push(parts[i].numeral as usize);
            }
            // `进库进位` is two 进, in a short list.
            if list.chars().count() <= 12 {
                counts.extend(occurrences(list, &parts[i].words));
            }
        }
        // `城镇空间、农业空间、生态空间三类空间`: the list restating its
        // count.
        match restated_list(list) {
            Some((_, Some(n))) => counts.push(n),
            Some((_, None)) => return Some(None),
            // Any other count in a part's list (`“三口”指三个高速出入口`)
            // may group its items: the part's own numeral is one reading.
            None if restates_count(list, std::slice::from_ref(&parts[i])) => {
                counts.push(parts[i].numeral as usize);
            }
            None => {}
        }
        // A label printed with another numeral (`“两翼”：…` for a term
        // printed `三翼`) says how many its list holds, however it reads.
        counts.extend(labels[i].map(|n| n as usize));
        counts.sort_unstable();
        counts.dedup();
        if counts.is_empty() {
            return Some(None);
        }
        // Its counts differ only in how the items are cut when its items
        // all carry the part's word or none does, or the word stands once,
        // shared by all (`通A、B、C`): then even the nearest count to the
        // numeral is a finding. Where only some items carry it, the word
        // may govern those after it (`创新、创业和创建甲、乙、丙` is three).
        let settled = uniform(&leaves, &parts[i].words)
            || parts[i]
                .words
                .iter()
                .any(|w| list.matches(w.as_str()).count() == 1);
        sets[i] = Labelled { counts, settled };
    }
    Some(Some(sets))
}

/// `“两委”指甲委和乙委，是自治组织`: a part's list, then a clause saying
/// what its things are (opening with `是`), which remarks on them and
/// lists nothing: the list is the clause before it.
pub(super) fn before_remark(list: &str) -> &str {
    let Some(at) = list.find("，是").or_else(|| list.find(",是")) else {
        return list;
    };
    let head = &list[..at];
    if head.is_empty() || head.contains(['，', ',', '；', ';', '：', ':']) {
        return list;
    }
    head
}

/// Where a definition labels a part of no number (`“多点”即…`, `；多节点是
/// 指…`): a quoted or freshly opened `多X` name and a label word. The
/// offsets of the names (with their opening quote).
fn uncounted_labels(definition: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (at, _) in definition.match_indices('多') {
        let before = definition[..at].chars().next_back();
        let quoted = before == Some('“');
        let opens = before.is_none_or(|c| matches!(c, '；' | ';' | '。' | '，' | ','));
        if !quoted && !opens {
            continue;
        }
        let name: String = definition[at + '多'.len_utf8()..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
            .take(4)
            .collect();
        let after = &definition[at + '多'.len_utf8()..];
        let labelled = (1..=name.chars().count()).any(|n| {
            let len: usize = name.chars().take(n).map(char::len_utf8).sum();
            let rest = after[len..].trim_start_matches(is_quote);
            ["即", "指", "是指", "就是", "，即", "，指", "：", ":"]
                .iter()
                .any(|w| rest.starts_with(w))
        });
        if labelled {
            out.push(if quoted { at - '“'.len_utf8() } else { at });
        }
    }
    out
}

/// Whether `list` is one noun phrase whose head, after its last `的`,
/// carries one of `words` and holds no separator (`由甲、乙形成的内环`):
/// one thing, whatever lists modify it.
fn one_head(list: &str, words: &[String]) -> bool {
    let Some(at) = top_level(list, &['的']).last().copied() else {
        return false;
    };
    let head = &list[at + '的'.len_utf8()..];
    !head.is_empty()
        && head.chars().count() <= 12
        && top_level(list, &['，', ',', '；', ';', '。', '：', ':'])
            .into_iter()
            .all(|p| p < at)
        && !head.contains(['、', '和', '及', '与', '等'])
        && words.iter().any(|w| head.contains(w.as_str()))
}

/// `以甲为中心，与乙、丙共同打造丁科创城`: a part's list closing with the
/// part's word, which stands nowhere else in it: whatever the clauses
/// before say, they build up to that one thing.
fn built_up_to_one(list: &str, words: &[String]) -> bool {
    let list = list.trim_end_matches(['。', '；', ';', '，', ',']);
    words
        .iter()
        .any(|w| list.ends_with(w.as_str()) && list.matches(w.as_str()).count() == 1)
        && !list.ends_with(['等', '、'])
}

/// `在甲、乙、丙划定的A、B、C三条线`: a list after `的` that restates its
/// count, modified by a list of as many items, one for each (what a
/// `分别对应` pairs). The list counted is the one after `的`.
pub(super) fn paired_list(list: &str) -> Option<&str> {
    let at = top_level(list, &['的']).last().copied()?;
    let (lead, tail) = (&list[..at], &list[at + '的'.len_utf8()..]);
    let (_, n) = restated_list(tail)?;
    let n = n?;
    (pieces(lead, &['、']).len() == n).then_some(tail)
}

/// Whether all items carry one of the words, or none does: then the items
/// are the counted things as they stand. A list where only some carry it
/// (`创新、创业和创建甲城、乙城`) is grouped in a way a count of items misses.
pub(super) fn uniform(items: &[&str], words: &[String]) -> bool {
    let carrying = items
        .iter()
        .filter(|i| words.iter().any(|w| i.contains(w.as_str())))
        .count();
    carrying == 0 || carrying == items.len()
}

/// How often a part's word stands in `text`, when more than once
/// (`提标提速提能力` is three 提).
pub(super) fn occurrences(text: &str, words: &[String]) -> Option<usize> {
    let n = words
        .iter()
        .map(|w| text.matches(w.as_str()).count())
        .max()?;
    (n >= 2).then_some(n)
}

pub(super) fn chinese_number(n: u32) -> Option<String> {
    match n {
        2 => Some("两".to_string()),
        _ => crate::edits::chinese_number(n).filter(|_| n >= 1),
    }
}
