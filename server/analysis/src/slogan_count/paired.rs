//! Parts paired group by group: `四减四增` over `调整甲，减少A，增加B；调整乙，
//! 减少C，增加D；…`, each `；` group opening with what it is about, then one
//! clause per part carrying that part's word. Or item by item: `三通三到`
//! over `打通甲、乙随叫随到，畅通丙说到做到…` written as `、` items each
//! carrying every part's word, in the slogan's order.

use super::*;

/// Each `；` group of `definition` holds one of every part: a clause
/// carrying that part's word and no other's, after at most one opening
/// clause that carries none (the group's topic). The groups are as many as
/// each part counts; `None` when the definition is not so built, or when
/// the parts' numerals differ in more than one way (then the groups would
/// not pair them).
pub(super) fn paired_groups(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    if parts.len() < 2 {
        return None;
    }
    let definition = trim_definition(definition).trim_end_matches(['。', '；', ';']);
    if definition.contains('。') {
        return None;
    }
    let groups = pieces(definition, &['；', ';']);
    if groups.len() < 2 {
        return None;
    }
    let carries =
        |clause: &str, p: &SloganPart| p.words.iter().any(|w| clause.contains(w.as_str()));
    for group in &groups {
        let clauses = pieces(group, &['，', ',']);
        let owners: Vec<Vec<usize>> = clauses
            .iter()
            .map(|c| {
                (0..parts.len())
                    .filter(|i| carries(c, &parts[*i]))
                    .collect()
            })
            .collect();
        // Only the first clause may carry no word; none carries two parts'.
        let topic = owners.first().is_some_and(Vec::is_empty);
        let rest = if topic { &owners[1..] } else { &owners[..] };
        if rest.len() != parts.len()
            || rest.iter().any(|o| o.len() != 1)
            || (0..parts.len()).any(|i| rest.iter().filter(|o| o[0] == i).count() != 1)
        {
            return None;
        }
    }
    let n = groups.len();
    // The slogan pairs its parts: all numerals alike but one at most.
    let others = parts.iter().filter(|p| p.numeral as usize != n).count();
    match others {
        0 => Some(SloganCount::Holds),
        1 if parts.len() > 1 => Some(SloganCount::Differs(vec![Some(n); parts.len()])),
        _ => None,
    }
}

/// The fewest items that pair a slogan's parts item by item.
const MIN_PAIRED_ITEMS: usize = 3;

/// Each `、` item of `definition` carries a word of every part,
/// the parts' words in the slogan's order (`沟通甲问题随叫随到` is one 通 and
/// one 到, however often it says 到): each item is one of each part. Only
/// a plain list of such items, nothing left open (`等`) and no clause; the
/// numerals as in [`paired_groups`].
pub(crate) fn paired_items(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    // A byte test first: most definitions read here are clauses.
    if parts.len() < 2 || definition.contains('，') || !definition.contains('、') {
        return None;
    }
    let definition = trim_definition(definition).trim_end_matches(['。', '；', ';']);
    if definition.contains(['。', ',', '：', ':', '等', '（', '(']) {
        return None;
    }
    let items = pieces(definition, &['、']);
    if items.len() < MIN_PAIRED_ITEMS || definition.contains(['；', ';']) {
        return None;
    }
    let in_order = |item: &str| {
        let mut from = 0;
        parts.iter().all(|p| {
            let found = p
                .words
                .iter()
                .filter_map(|w| item[from..].find(w.as_str()).map(|at| (at, w.len())))
                .min();
            found.is_some_and(|(at, len)| {
                from += at + len;
                true
            })
        })
    };
    if !items.iter().all(|item| in_order(item)) {
        return None;
    }
    let n = items.len();
    let others = parts.iter().filter(|p| p.numeral as usize != n).count();
    match others {
        0 => Some(SloganCount::Holds),
        1 => Some(SloganCount::Differs(vec![Some(n); parts.len()])),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_each_pairing_the_parts_after_their_topic() {
        let pairs = "整治甲河，减少排污口，增加湿地；整治乙河，减少采砂点，增加护岸；\
                     整治丙河，减少养殖场，增加绿带。";
        let read = |s: &str| paired_groups(&parse_slogan(s).unwrap(), pairs);
        assert_eq!(read("三减三增"), Some(SloganCount::Holds));
        assert_eq!(
            read("四减三增"),
            Some(SloganCount::Differs(vec![Some(3), Some(3)]))
        );
        // Both numerals off: the groups may pair something else.
        assert_eq!(read("四减四增"), None);
        // A group missing one part's clause: not so built.
        let uneven = "整治甲河，减少排污口，增加湿地；整治乙河，减少采砂点。";
        assert_eq!(
            paired_groups(&parse_slogan("两减两增").unwrap(), uneven),
            None
        );
    }

    #[test]
    fn items_each_pairing_the_parts_in_order() {
        let items = "打通甲渠道随叫随到、畅通乙政策说到做到、联通丙平台服务周到";
        let read = |s: &str| paired_items(&parse_slogan(s).unwrap(), items);
        assert_eq!(read("三通三到"), Some(SloganCount::Holds));
        assert_eq!(
            read("四通三到"),
            Some(SloganCount::Differs(vec![Some(3), Some(3)]))
        );
        assert_eq!(read("四通四到"), None);
        // A part's word out of order, or missing, in one item: not paired.
        let swapped = "打通甲渠道随叫随到、说到做到畅通乙政策、联通丙平台服务周到";
        assert_eq!(
            paired_items(&parse_slogan("三通三到").unwrap(), swapped),
            None
        );
        let missing = "打通甲渠道随叫随到、畅通乙政策、联通丙平台服务周到";
        assert_eq!(
            paired_items(&parse_slogan("三通三到").unwrap(), missing),
            None
        );
    }
}
