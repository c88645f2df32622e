//! A slogan written as numbers whose parts are clauses, one per part and in
//! order: the clauses of its note (`以甲为基础，以乙、丙、丁、戊为四大支柱，
//! 以……为六大支撑` for `1+4+6`), or those right before it in its sentence
//! (`建成A、B、C三个园区，提升D、E两大产业，培育F，构建“3+2+1”体系`).
//!
//! Each clause gives its part a count: a list closed by its own count (as
//! many items as it says), one thing named alone, or, only to confirm, a
//! plain `、` list. The clauses are the slogan's when they give its
//! numerals; they say it is wrong only when one part's clause restates
//! another count and another part's clause restates that part's own: the
//! drafter counted both lists, then wrote one number otherwise.

use std::ops::Range;

use crate::chars::{is_quote, is_space};
use crate::slogan_count::{SloganCount, restated_count};

/// What one clause gives a part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// A list closed by its own count, with as many items.
    Counted(usize),
    /// One thing named: no list, no count, no joining word.
    One,
    /// A `、` list of this many items and no count: it only confirms.
    Listed(usize),
}

/// The longest clause read as a part's, in characters.
const MAX_CLAUSE: usize = 48;

/// The most characters read back from a code slogan for its clauses.
const MAX_BEFORE: usize = 160;

fn group(clause: &str) -> Option<Group> {
    let clause = clause.trim_matches(is_space);
    if clause.is_empty() || clause.chars().count() > MAX_CLAUSE {
        return None;
    }
    match restated_count(clause) {
        Some(Some(n)) => return Some(Group::Counted(n)),
        Some(None) => return None,
        None => {}
    }
    // A figure or a joined pair may be a count of its own.
    if clause.chars().any(|c| c.is_ascii_digit())
        || clause.contains(['和', '及', '与', '：', ':', '（', '('])
    {
        return None;
    }
    match top_level_items(clause) {
        1 => Some(Group::One),
        n => Some(Group::Listed(n)),
    }
}

/// `、` items outside quotes and brackets.
fn top_level_items(s: &str) -> usize {
    let mut depth = 0i32;
    let mut items = 1;
    for c in s.chars() {
        match c {
            '“' | '（' | '(' | '《' => depth += 1,
            '”' | '）' | ')' | '》' => depth -= 1,
            '、' if depth == 0 => items += 1,
            _ => {}
        }
    }
    items
}

/// The slogan's numerals read against one group per part.
fn judge(stated: &[usize], groups: &[Group]) -> Option<SloganCount> {
    let fits = |g: &Group, s: usize| match g {
        Group::Counted(n) | Group::Listed(n) => *n == s,
        Group::One => s == 1,
    };
    let off: Vec<usize> = (0..stated.len())
        .filter(|i| !fits(&groups[*i], stated[*i]))
        .collect();
    let [k] = off.as_slice() else {
        return off.is_empty().then_some(SloganCount::Holds);
    };
    let Group::Counted(_) = groups[*k] else {
        return None;
    };
    let confirmed = (0..stated.len())
        .any(|j| j != *k && matches!(groups[j], Group::Counted(m) if m == stated[j]));
    confirmed.then(|| {
        SloganCount::Differs(
            groups
                .iter()
                .map(|g| match g {
                    Group::Counted(n) | Group::Listed(n) => Some(*n),
                    Group::One => Some(1),
                })
                .collect(),
        )
    })
}

/// Clauses of `text` cut at top-level `，` and `；`.
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '（' | '(' | '《' => depth += 1,
            '”' | '）' | ')' | '》' => depth -= 1,
            '，' | ',' | '；' | ';' if depth == 0 => {
                out.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&text[start..]);
    out
}

/// A note read as one clause per part: some run of consecutive clauses,
/// each a count or one thing, gives the numerals (it holds); a note of as
/// many clauses as parts may say one is wrong. A longer note may break a
/// part's list into lists of its own (`甲产业打造A、B两大链，乙产业打造
/// C、D、E三大链`): a run of those is no reading of the parts.
pub(crate) fn clause_groups_in_note(stated: &[usize], definition: &str) -> Option<SloganCount> {
    let definition = definition.trim_end_matches(|c: char| c == '。' || is_space(c));
    if definition.contains('。') {
        return None;
    }
    let groups: Vec<Option<Group>> = clauses(definition).into_iter().map(group).collect();
    let k = stated.len();
    if groups.len() < k {
        return None;
    }
    let mut differs = Vec::new();
    for run in groups.windows(k) {
        let Some(run) = run
            .iter()
            .map(|g| g.filter(|g| !matches!(g, Group::Listed(_))))
            .collect::<Option<Vec<Group>>>()
        else {
            continue;
        };
        match judge(stated, &run) {
            Some(SloganCount::Holds) => return Some(SloganCount::Holds),
            Some(reading) => differs.push(reading),
            None => {}
        }
    }
    match differs.as_slice() {
        [one] if groups.len() == k => Some(one.clone()),
        _ => None,
    }
}

/// `…3个X，…2大Y，培育Z，构建“3+2+1”体系`: the clauses right before a code
/// slogan in its sentence, one per part; the slogan's own clause counts as
/// the last when its words before the quote hold a list (`以甲为龙头，带动
/// 乙、丙发展的“1+2”`). `open` is the slogan's opening quote in `line`;
/// returns the clauses' range and what they say.
pub(crate) fn clauses_before(
    line: &str,
    open: usize,
    stated: &[usize],
) -> Option<(Range<usize>, SloganCount)> {
    let mut start = open;
    for (n, (i, c)) in line[..open].char_indices().rev().enumerate() {
        if n >= MAX_BEFORE || matches!(c, '。' | '！' | '？' | '\n' | '：' | ':') {
            break;
        }
        start = i;
    }
    let sentence = &line[start..open];
    let mut pieces = clauses(sentence);
    let own = pieces.pop()?;
    if own.contains('、') && !own.contains(is_quote) {
        pieces.push(own);
    }
    let k = stated.len();
    if pieces.len() < k {
        return None;
    }
    let run = &pieces[pieces.len() - k..];
    let groups: Vec<Group> = run.iter().map(|c| group(c)).collect::<Option<_>>()?;
    // Clauses of one thing or plain lists only, with no count among them,
    // may be anything: they only confirm.
    let reading = judge(stated, &groups)?;
    let from = start + (run[0].as_ptr() as usize - sentence.as_ptr() as usize);
    Some((from..open, reading))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_of_a_note_one_per_part() {
        let note = "形成以港口物流为龙头，以甲材料、乙材料、丙材料为三大支柱，以丁、戊为两大补充的产业格局。";
        assert_eq!(
            clause_groups_in_note(&[1, 3, 2], note),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            clause_groups_in_note(&[1, 4, 2], note),
            Some(SloganCount::Differs(vec![Some(1), Some(3), Some(2)]))
        );
        // A part of one against one thing says nothing when it is wrong.
        assert_eq!(clause_groups_in_note(&[2, 3, 2], note), None);
        // Two parts wrong: these may be other clauses.
        assert_eq!(clause_groups_in_note(&[1, 4, 3], note), None);
        // Clauses breaking one part's list into lists of their own.
        let note =
            "打造甲、乙2大集群和3条产业链，甲集群打造丙、丁两大链，乙集群打造戊、己、庚三大链。";
        assert_eq!(clause_groups_in_note(&[3, 3], note), None);
        assert_eq!(clause_groups_in_note(&[2, 4], note), None);
    }

    #[test]
    fn clauses_before_a_code_in_its_sentence() {
        let line = "壮大甲产业、乙产业、丙产业三大集群，提升丁、戊两大基础产业，培育己产业，加快构建“3+2+1”体系。";
        let open = line.find('“').unwrap();
        assert_eq!(
            clauses_before(line, open, &[3, 2, 1]).map(|r| r.1),
            Some(SloganCount::Holds)
        );
        assert_eq!(
            clauses_before(line, open, &[4, 2, 1]).map(|r| r.1),
            Some(SloganCount::Differs(vec![Some(3), Some(2), Some(1)]))
        );
        // The slogan's own clause holding a list is its last part.
        let line = "以甲产业为龙头，带动乙产业、丙产业协同发展的“1+2”体系。";
        let open = line.find('“').unwrap();
        assert_eq!(
            clauses_before(line, open, &[1, 2]).map(|r| r.1),
            Some(SloganCount::Holds)
        );
        assert_eq!(clauses_before(line, open, &[2, 2]), None);
        // Clauses without counts never refute.
        let line = "推进甲，推进乙、丙，落实“3+2”要求。";
        let open = line.find('“').unwrap();
        assert_eq!(clauses_before(line, open, &[3, 2]), None);
    }
}
