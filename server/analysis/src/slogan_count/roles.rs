//! `以甲为主体，以乙、丙为两翼`: each part's things listed before the part
//! they play, one `以…为…` clause a part.

use super::*;

/// The reading of a definition whose clauses each say `以X为Y`, where Y
/// opens with one part's name (`两翼`; a part of one may be named by its
/// word alone: `主体` for the 主 of `一主两翼`): per part, the things X
/// lists with `、` (a `和`, `与` or `及` may join one more). `None` unless
/// every clause is so, each names a part of its own and every part is
/// named; a list closed by `等` is not read.
pub(super) fn by_roles(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    if parts.len() < 2 {
        return None;
    }
    let definition = definition.trim_end_matches(['。', '；', ';', '，', ',']);
    // Bytes first: most definitions hold no `以`.
    if !definition.starts_with('以') {
        return None;
    }
    let mut ranges: Vec<Option<(usize, usize)>> = vec![None; parts.len()];
    for clause in definition.split(['，', ',', '；', ';']) {
        let rest = clause.trim_matches(is_space).strip_prefix('以')?;
        let at = rest.rfind('为')?;
        let (things, role) = (&rest[..at], &rest[at + '为'.len_utf8()..]);
        if things.is_empty() || things.contains(['等', '（', '(', '以', '为']) {
            return None;
        }
        let played: Vec<usize> = (0..parts.len())
            .filter(|&i| {
                part_names(&parts[i])
                    .iter()
                    .any(|n| role.starts_with(n.as_str()))
                    || parts[i].numeral == 1
                        && parts[i].words.iter().any(|w| role.starts_with(w.as_str()))
            })
            .collect();
        let [i] = played.as_slice() else {
            return None;
        };
        if ranges[*i].is_some() {
            return None;
        }
        let listed = things.matches('、').count() + 1;
        let joins = ["和", "与", "及"]
            .iter()
            .map(|w| things.matches(w).count())
            .sum::<usize>();
        ranges[*i] = Some((listed, listed + joins));
    }
    let ranges: Vec<(usize, usize)> = ranges.into_iter().collect::<Option<_>>()?;
    let fits = |(part, (low, high)): (&SloganPart, &(usize, usize))| {
        (*low..=*high).contains(&(part.numeral as usize))
    };
    if parts.iter().zip(&ranges).all(fits) {
        return Some(SloganCount::Holds);
    }
    let agreed = parts
        .iter()
        .zip(&ranges)
        .map(|(part, &(low, high))| {
            let n = part.numeral as usize;
            Some(if n < low { low } else { high.min(n) })
        })
        .collect();
    Some(SloganCount::Differs(agreed))
}
