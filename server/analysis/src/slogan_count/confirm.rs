//! Readings that only ever confirm a slogan: items in the slogan's order
//! where some carry no counted word. When one gives the numerals the
//! slogan holds; when none does, they say nothing (a wrong count is never
//! read from them).

use super::*;

/// The most items a run reading walks.
const MAX_RUN_ITEMS: usize = 40;

/// Whether a reading by order gives the slogan's numerals:
/// - `，` groups, one per part in the slogan's order, each carrying its
///   own part's word, or none carrying any (`覆盖省、市、县、乡，包含A、B
///   和C` for `四级三类`; `甲冰场、乙馆冰场、丙冰场，丁馆和戊馆，以及己
///   公寓`);
/// - runs of items in the slogan's order, a part's run starting at the
///   first item carrying its word, an item carrying none belonging to the
///   run it stands in (`甲高速、乙高速、丙大桥` for `两路一桥`: the roads
///   are named without 路).
pub(super) fn confirmed_by_order(parts: &[SloganPart], definition: &str) -> bool {
    if parts.len() < 2 {
        return false;
    }
    let stated: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    let carries = |s: &str, k: usize| parts[k].words.iter().any(|w| s.contains(w.as_str()));
    let groups = pieces(definition, &['，', ',', '；', ';']);
    if groups.len() == parts.len() {
        // Every group carrying its own part's word; or each carrying its
        // own or none, and none another's: a clause carrying no word after
        // one that carries every part's is commentary (`甲重、乙重、丙大，
        // 须经集体讨论`).
        let own = groups.iter().enumerate().all(|(k, g)| carries(g, k))
            || groups
                .iter()
                .enumerate()
                .all(|(k, g)| (0..parts.len()).all(|j| j == k || !carries(g, j)));
        if own {
            // `A和B` is two where both halves carry the group's word, or
            // the group carries none (`清理甲和乙` is one 清).
            let counts: Vec<[usize; 2]> = groups
                .iter()
                .enumerate()
                .map(|(k, g)| {
                    let items = pieces(g, &['、']);
                    let joined = items
                        .iter()
                        .map(|i| {
                            let halves = split_joined(i);
                            if !carries(g, k) || halves.iter().all(|h| carries(h, k)) {
                                halves.len()
                            } else {
                                1
                            }
                        })
                        .sum();
                    [items.len(), joined]
                })
                .collect();
            if counts.iter().zip(&stated).all(|(c, n)| c.contains(n)) {
                return true;
            }
        }
    }
    // (`交通、水利等重大工程` is one item: names closed by `等` and a head.)
    let items = items_of_groups(&groups);
    if items.len() > MAX_RUN_ITEMS {
        return false;
    }
    // `甲和乙` is cut only where its second half opens another part's run
    // (`丙公园和丁谷`); a half carrying no word may be what a verb opening
    // the item governs (`清理甲和乙`).
    let joined: Vec<&str> = items
        .iter()
        .flat_map(|i| match split_joined(i).as_slice() {
            [a, b] if (0..parts.len()).any(|k| carries(b, k) && !carries(a, k)) => vec![*a, *b],
            _ => vec![*i],
        })
        .collect();
    [items, joined].iter().any(|items| {
        // `，` clauses carrying no word before the first carrying the first
        // part's, when one does, are a lead (`会议提出，坚持甲优先，推动高
        // 乙、高丙` is one 优), not items of its run; `、` items stay
        // (`供水、排水、通信` for `九通`).
        let lead = match groups.iter().position(|g| carries(g, 0)) {
            Some(at)
                if groups[..at]
                    .iter()
                    .all(|g| (0..parts.len()).all(|k| !carries(g, k)))
                    && groups[..at].iter().all(|g| !g.contains('、')) =>
            {
                at
            }
            _ => 0,
        };
        let lead = lead.min(items.len());
        let items = &items[lead..];
        let mut counts = vec![0; parts.len()];
        let mut run = 0;
        for item in items {
            let item = item.trim_start_matches("以及");
            if let Some(next) = (run..parts.len()).find(|k| carries(item, *k)) {
                run = next;
            } else if (0..run).any(|k| carries(item, k)) {
                return false;
            }
            counts[run] += 1;
        }
        counts == stated
    })
}
