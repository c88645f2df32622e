//! Every reading of a list that names no part: by items, by groups, by clauses.

use super::*;

/// Whether every name of `leaves` ends with one of `words` (`甲试点、乙
/// 试点`), the last joined by `和` or `及` to a name of four characters or
/// more that carries none (`丙试点和丁试验区`): a name of another kind,
/// which the drafter may count among them (not a companion of the last,
/// `100名骨干教师和学科带头人`, which no word ends).
fn joined_to_another_kind(leaves: &[&str], words: &[String]) -> bool {
    let ends = |h: &str| words.iter().any(|w| h.ends_with(w.as_str()));
    let carries = |h: &str| words.iter().any(|w| h.contains(w.as_str()));
    let Some((last, earlier)) = leaves.split_last() else {
        return false;
    };
    !earlier.is_empty()
        && !last.contains('与')
        && earlier.iter().all(|l| ends(l))
        && matches!(split_joined(last).as_slice(),
            [a, b] if ends(a) && !carries(b) && b.chars().count() >= 4)
}

/// The counts of every complete reading of a list that names no part, as
/// a window of a definition reads it. With `whole_only`, the readings only
/// a whole definition may give (see [`one_per_item`]) are gathered there:
/// a whole's readings are a window's and those (see [`with_whole_only`]),
/// read in one pass over the list.
pub(super) fn flat_readings(
    parts: &[SloganPart],
    definition: &str,
    mut whole_only: Option<&mut Vec<Vec<usize>>>,
) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    // One sentence only: a second one is commentary, not the list. A
    // definition that names a part is read only part by part.
    if definition.contains('。') || (parts.len() > 1 && names_a_part(parts, definition)) {
        return out;
    }
    // `①A②B③C`: the circled numbers cut the items.
    if definition.contains('①') {
        let items = pieces(definition, &CIRCLED);
        if items.len() >= 2 {
            item_readings(parts, definition, &items, false, &mut out);
        }
        return out;
    }
    let leaves = pieces(definition, &['；', ';', '、']);
    let plain_leaves = !leaves.iter().any(|l| l.contains(['，', ',', '：', ':']));
    if plain_leaves {
        // A single part's short items are the counted things as they are
        // when all or none carry its word, or when the word stands once,
        // in the first or last item, shared by all (`通A、B、C`).
        let shared = parts.len() == 1
            && parts[0].words.iter().any(|w| {
                definition.matches(w.as_str()).count() == 1
                    && (leaves.first().is_some_and(|l| l.contains(w.as_str()))
                        || leaves.last().is_some_and(|l| l.contains(w.as_str())))
            });
        let short = leaves.iter().all(|i| i.chars().count() <= 10)
            && (uniform(&leaves, &parts[0].words) || shared);
        let all_words: Vec<&str> = parts
            .iter()
            .flat_map(|p| &p.words)
            .map(String::as_str)
            .collect();
        // `A工程和B工程` is two items; `防沙和治沙工程` may be one.
        let joined: Vec<&str> = leaves
            .iter()
            .flat_map(|l| {
                let halves = split_joined(l);
                if halves
                    .iter()
                    .all(|h| all_words.iter().any(|w| h.contains(w)))
                {
                    halves
                } else {
                    vec![*l]
                }
            })
            .collect();
        // `道孟河、芙蓉河和防潮堤`, `供热改造和灵活性改造`: a leaf whose
        // halves each carry one part's word is two things, never one.
        let split_for_sure = leaves.iter().any(|l| {
            let owners: Vec<Vec<usize>> = split_joined(l)
                .iter()
                .map(|h| {
                    (0..parts.len())
                        .filter(|i| parts[*i].words.iter().any(|w| h.contains(w.as_str())))
                        .collect()
                })
                .collect();
            matches!(owners.as_slice(), [a, b] if a.len() == 1 && b.len() == 1)
        });
        for items in [&leaves, &joined] {
            if items.len() >= 2 && !(split_for_sure && std::ptr::eq(items, &leaves)) {
                item_readings(parts, definition, items, short, &mut out);
            }
        }
        // `甲试点、乙试点和丙试验区`: long names, the last joined to one
        // of another kind, which the slogan may count with them.
        if parts.len() == 1 && !short && joined_to_another_kind(&leaves, &parts[0].words) {
            out.push(vec![leaves.len() + 1]);
        }
        if parts.len() == 1 && short {
            let naive = split_items(&leaves, &parts[0].words);
            if naive.len() >= 2 {
                out.push(vec![naive.len()]);
            }
            // `A、B与C、D和E`: the `和` (or `及`) in the last item is the
            // list's own, closing it; a join inside an earlier item, or a
            // `与`, may join words of one name (`甲县与中心城区融合`).
            if leaves.len() >= 2
                && leaves.last().is_some_and(|last| {
                    !last.contains('与')
                        && last.contains(['和', '及'])
                        && split_joined(last).len() == 2
                })
            {
                out.push(vec![leaves.len() + 1]);
            }
        }
        one_per_item(parts, &leaves, whole_only.as_deref_mut(), &mut out);
        // `甲税、乙税和丙费、丁附加`: two parts' lists joined by one `和`.
        if parts.len() == 2 {
            let joins: Vec<usize> = definition
                .match_indices('和')
                .map(|(at, _)| at)
                .filter(|at| bracket_depth(&definition[..*at]) == 0)
                .collect();
            if let [at] = joins.as_slice() {
                let groups = [&definition[..*at], &definition[at + '和'.len_utf8()..]];
                if groups.iter().all(|g| g.contains('、')) {
                    group_readings(parts, &groups, true, &mut out);
                }
            }
        }
        if definition.contains(['；', ';']) {
            let semicolon = pieces(definition, &['；', ';']);
            group_readings(parts, &semicolon, false, &mut out);
            // A single part's items may be the `；` groups (`百…、千…、万…；…`).
            if parts.len() == 1 {
                out.push(vec![semicolon.len()]);
            }
        }
    } else {
        let semicolon = pieces(definition, &['；', ';']);
        // Items that name something before a colon are labelled parts.
        if semicolon.len() >= 2 && !semicolon.iter().any(|s| s.contains(['：', ':'])) {
            item_readings(parts, definition, &semicolon, false, &mut out);
            group_readings(parts, &semicolon, false, &mut out);
        }
        let groups = pieces(definition, &['，', ',', '；', ';']);
        group_readings(parts, &groups, true, &mut out);
        // Clauses as items, each carrying a part's word and joining nothing
        // (`聚焦甲，聚焦乙，全面加强丙` is two 聚焦 and one 加强; `甲和乙联系丙`
        // may be two), unless the word opening the clause governs the two it
        // joins (`减少甲和乙，增加丙`); a `、` list is never one item.
        let governed = |g: &str| parts.iter().flat_map(|p| &p.words).any(|w| headed(g, w));
        if parts.len() > 1
            && groups.len() >= 2
            && !groups.iter().any(|g| {
                g.contains(['、', '+', '＋']) || (g.contains(['和', '及', '与']) && !governed(g))
            })
        {
            item_readings(parts, definition, &groups, false, &mut out);
        }
        // `建设甲基地，打造乙高地、丙目的地`: a single part's items cut by
        // `，` and `、` alike, when every one carries its word (never with
        // a quote, which may hold the list: `“稳甲、稳乙”，是保障稳定的…`).
        if let [part] = parts
            && !definition.contains(is_quote)
        {
            let all = pieces(definition, &['，', ',', '；', ';', '、']);
            // (The slogan named again in a lead is no item.)
            let carry = |i: &&str| {
                let i = without_restatements(i, parts, false);
                part.words.iter().any(|w| i.contains(w.as_str()))
            };
            // Each item names a thing of its own: neither the character
            // before the word nor the one after it repeats from item to
            // item (`甲权、乙权可分离，甲权归…`, `指高甲、高乙，也作高甲、
            // 高丙` name one thing twice).
            let around = |i: &str| {
                let w = part.words.iter().find(|w| i.contains(w.as_str()))?;
                let at = i.find(w.as_str())?;
                Some((
                    i[..at].chars().next_back(),
                    i[at + w.len()..].chars().next(),
                ))
            };
            let unique = |side: Vec<char>| {
                let mut sorted = side.clone();
                sorted.sort_unstable();
                sorted.dedup();
                sorted.len() == side.len()
            };
            // Or each item names its thing before the word, all names
            // different (`甲区改造，乙小区改造、丙小巷改造`: the same `造`
            // after each, the same `区` before two).
            let named = || {
                let mut names: Vec<&str> = Vec::with_capacity(all.len());
                for item in &all {
                    let Some(at) = part.words.iter().find_map(|w| item.find(w.as_str())) else {
                        return false;
                    };
                    if at == 0 {
                        return false;
                    }
                    names.push(&item[..at]);
                }
                names.sort_unstable();
                names.windows(2).all(|w| w[0] != w[1])
            };
            let distinct = || {
                let around: Vec<_> = all.iter().filter_map(|i| around(i)).collect();
                unique(around.iter().filter_map(|a| a.0).collect())
                    && unique(around.iter().filter_map(|a| a.1).collect())
                    || named()
            };
            if all.len() > groups.len() && groups.len() >= 2 && all.iter().all(carry) && distinct()
            {
                item_readings(parts, definition, &all, false, &mut out);
            }
        }
        // `深化甲、提升乙，深化丙、提升丁`: pairs of items cut by `，`.
        if parts.len() > 1 {
            let all = pieces(definition, &['，', ',', '；', ';', '、']);
            if all.len() >= 2 && all.len() > groups.len() {
                item_readings(parts, definition, &all, false, &mut out);
            }
            // `甲建设，乙建设，交通、水利等重大工程建设`: names closed by
            // `等` and a head are examples of one item.
            if groups.iter().any(|g| examples_of_one(g)) {
                let items = items_of_groups(&groups);
                if items.len() >= 2 {
                    item_readings(parts, definition, &items, false, &mut out);
                }
            }
        }
        clause_readings(parts, definition, &mut out);
        // `甲城市，乙城市，丙示范市`: a list written with commas.
        let commas = pieces(definition, &['，', ',']);
        if !commas.iter().any(|c| c.contains(['、', '：', ':'])) {
            // (Clauses quoting something explain it: never read short.
            // Nor clauses naming the counted word and then clauses naming
            // none: `推进甲改革，取得明显成效` says what was done and what
            // came of it, a remark, not one more name.)
            let plain = !definition.contains(is_quote);
            let remarked = parts.len() == 1 && remark_after(&commas, &parts[0].words);
            one_per_item(
                parts,
                &commas,
                whole_only.filter(|_| plain && !remarked),
                &mut out,
            );
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A whole definition's readings: a window's, with those only a whole may
/// give (see [`flat_readings`]), sorted and each once.
pub(super) fn with_whole_only(
    window: Vec<Vec<usize>>,
    whole_only: Vec<Vec<usize>>,
) -> Vec<Vec<usize>> {
    if whole_only.is_empty() {
        return window;
    }
    let mut out = window;
    out.extend(whole_only);
    out.sort();
    out.dedup();
    out
}

/// Whether `clauses` open with some carrying one of `words` and close with
/// one or more carrying none: the closing ones remark on the others.
fn remark_after(clauses: &[&str], words: &[String]) -> bool {
    let carries = |c: &str| words.iter().any(|w| c.contains(w.as_str()));
    let opening = clauses.iter().take_while(|c| carries(c)).count();
    opening >= 1 && opening < clauses.len() && !clauses[opening..].iter().any(|c| carries(c))
}

/// The `、` items of `，` groups, a group of names closed by `等` and a head
/// (see [`examples_of_one`]) staying one item.
pub(super) fn items_of_groups<'a>(groups: &[&'a str]) -> Vec<&'a str> {
    groups
        .iter()
        .flat_map(|g| {
            if examples_of_one(g) {
                vec![*g]
            } else {
                pieces(g, &['、'])
            }
        })
        .collect()
}

/// `交通、水利等重大工程建设`: a `、` list closed by `等` and the head
/// noun the names are examples of, in one clause: one item.
pub(super) fn examples_of_one(clause: &str) -> bool {
    let Some(last) = top_level(clause, &['、']).last().copied() else {
        return false;
    };
    clause[last..]
        .split_once('等')
        .is_some_and(|(_, head)| head.chars().count() >= 2)
}

/// Readings of one cut into items: each word choice by each rule, a word
/// standing once at the start or end of the definition read as shared by
/// every item (`看有没有抓A、抓B…` is five 看), and a single part's short
/// items as they are (`四翼：教育、医疗、金融、商业`).
pub(super) fn item_readings(
    parts: &[SloganPart],
    definition: &str,
    items: &[&str],
    short: bool,
    out: &mut Vec<Vec<usize>>,
) {
    for words in word_choices(parts) {
        // The words shared by every item depend on the words alone, not on
        // the rule: found once per choice, when a rule first reads.
        let mut shared: Option<Vec<usize>> = None;
        // What each item carries is the same under every rule: read once
        // per choice. An item carrying no word leaves every rule unread.
        let Some(carried) = carried(items, &words) else {
            continue;
        };
        for rule in [
            Rule::Carries,
            Rule::CarriesLast,
            Rule::Owner,
            Rule::Occurrences,
        ] {
            let Some(counts) = owned(&carried, &words, rule) else {
                continue;
            };
            let shared = shared.get_or_insert_with(|| {
                (0..words.len())
                    .filter(|i| {
                        // (The ends first: no searcher for a word inside.)
                        (definition.starts_with(words[*i]) || definition.ends_with(words[*i]))
                            && definition.matches(words[*i]).count() == 1
                    })
                    .collect()
            });
            if !shared.is_empty() {
                let mut spread = counts.clone();
                for i in shared.iter() {
                    spread[*i] = items.len();
                }
                out.push(spread);
            }
            out.push(counts);
        }
    }
    if parts.len() == 1 && short {
        out.push(vec![items.len()]);
    }
    // An item carrying two parts' words may be either's (`两品一标`:
    // 绿色食品、有机食品、地理标志农产品 is two 品 and one 标): when some
    // choice of owners gives the slogan's numerals, that is a reading.
    let wanted: Vec<usize> = parts.iter().map(|p| p.numeral as usize).collect();
    if word_choices(parts)
        .iter()
        .any(|words| assignable(items, words, &wanted))
    {
        out.push(wanted);
    }
}

/// The most items carrying several words tried every way.
pub(super) const MAX_SHARED_ITEMS: usize = 10;

/// Whether each item can be given to one word it carries so that the words
/// get `wanted` items each.
pub(super) fn assignable(items: &[&str], words: &[&str], wanted: &[usize]) -> bool {
    let mut fixed = vec![0; words.len()];
    let mut shared: Vec<Vec<usize>> = Vec::new();
    for item in items {
        let item = item.trim_end_matches('等');
        let carried: Vec<usize> = (0..words.len())
            .filter(|i| item.contains(words[*i]))
            .collect();
        match carried.as_slice() {
            [] => return false,
            [one] => fixed[*one] += 1,
            _ => shared.push(carried),
        }
    }
    if shared.is_empty() || shared.len() > MAX_SHARED_ITEMS {
        return false;
    }
    if fixed.iter().zip(wanted).any(|(f, w)| f > w) {
        return false;
    }
    // Try every owner for the shared items (at most a few thousand ways).
    fn fill(shared: &[Vec<usize>], counts: &mut Vec<usize>, wanted: &[usize]) -> bool {
        let Some((first, rest)) = shared.split_first() else {
            return counts == wanted;
        };
        first.iter().any(|&w| {
            if counts[w] >= wanted[w] {
                return false;
            }
            counts[w] += 1;
            let done = fill(rest, counts, wanted);
            counts[w] -= 1;
            done
        })
    }
    fill(&shared, &mut fixed, wanted)
}

/// `A、B、C，D`: one group per part, in the slogan's order, each carrying
/// its part's word (`生态红线、质量底线、利用上线，准入清单` for `三线一单`);
/// `，` groups must carry no other part's word. A group counts its `、`
/// items, also cut at `和`, or its word's occurrences; when its word stands
/// only in some items, it may also be one thing (`义务教育、基本医疗、住房
/// 安全有保障` is three 保障, `交通、水利等重大工程` one 重).
pub(super) fn group_readings(
    parts: &[SloganPart],
    groups: &[&str],
    exclusive: bool,
    out: &mut Vec<Vec<usize>>,
) {
    if parts.len() < 2 || groups.len() != parts.len() {
        return;
    }
    for words in word_choices(parts) {
        let mut sets: Vec<Vec<usize>> = Vec::new();
        for (i, group) in groups.iter().enumerate() {
            let carries = |w: &str| group.contains(w);
            let other = (0..words.len()).any(|j| j != i && carries(words[j]));
            if !carries(words[i]) || (exclusive && other) {
                sets.clear();
                break;
            }
            let items = pieces(group, &['、']);
            // `清理甲、清理乙和丙`: an item the word opens governs what it
            // joins; a half without the word is no item of its own.
            let joined: Vec<&str> = items
                .iter()
                .flat_map(|l| {
                    let halves = split_joined(l);
                    if l.starts_with(words[i]) && !halves.iter().all(|h| h.contains(words[i])) {
                        vec![*l]
                    } else {
                        halves
                    }
                })
                .collect();
            let mut set = vec![items.len(), joined.len(), occurrences_in(&items, words[i])];
            if !items.iter().all(|item| item.contains(words[i])) {
                set.push(1);
            }
            set.sort_unstable();
            set.dedup();
            sets.push(set);
        }
        if sets.is_empty() {
            continue;
        }
        let mut readings: Vec<Vec<usize>> = vec![Vec::new()];
        for set in &sets {
            readings = readings
                .iter()
                .flat_map(|r| {
                    set.iter().map(move |n| {
                        let mut r = r.clone();
                        r.push(*n);
                        r
                    })
                })
                .collect();
        }
        out.extend(readings);
    }
}

/// `毫不动摇A，毫不动摇B`: a single part's word starting or ending each
/// `，` clause.
/// The `，`/`；` clauses of a definition, a clause opening with `即` or
/// `指` joined to the one it explains (`城市红线，即…的边界线`).
pub(super) fn explained_clauses(definition: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start: Option<usize> = None;
    let base = definition.as_ptr() as usize;
    for clause in pieces(definition, &['，', ',', '；', ';']) {
        let at = clause.as_ptr() as usize - base;
        let explains = ["即", "指", "是指", "也就是"]
            .iter()
            .any(|w| clause.starts_with(w));
        match (start, out.last_mut()) {
            (Some(s), Some(last)) if explains => {
                *last = &definition[s..at + clause.len()];
            }
            _ => {
                start = Some(at);
                out.push(clause);
            }
        }
    }
    out
}

/// The longest item in which every occurrence of a word counts; in a
/// longer one only those in a compound count (see [`occurrences_in`]).
pub(super) const MAX_OCCURRENCES_ITEM: usize = 8;

/// How often `word` stands in `item` outside brackets: what a bracket
/// holds qualifies the item (`甲税（不含乙税）`), it lists nothing.
pub(super) fn outside_brackets(item: &str, word: &str) -> usize {
    item.match_indices(word)
        .filter(|(at, _)| bracket_depth(&item[..*at]) == 0)
        .count()
}

/// How often `word` stands in `items`, never inside brackets: every
/// occurrence in a short item or clause; in a longer one, a word repeated within a
/// compound (`禁燃禁放`, one character between) counts each time, a word
/// recurring apart counts once (`环主城区示范环` is one 环).
pub(super) fn occurrences_in(items: &[&str], word: &str) -> usize {
    items
        .iter()
        .flat_map(|item| pieces(item, &['，', ',', '；', ';']))
        .map(|item| {
            let outside = outside_brackets(item, word);
            if outside < 2 || item.chars().count() <= MAX_OCCURRENCES_ITEM {
                return outside;
            }
            let at: Vec<usize> = item
                .match_indices(word)
                .filter(|(at, _)| bracket_depth(&item[..*at]) == 0)
                .map(|(at, _)| item[..at].chars().count())
                .collect();
            let step = word.chars().count() + 1;
            1 + at.windows(2).filter(|w| w[1] - w[0] <= step).count()
        })
        .sum()
}

/// A single part's list whose items are the counted things as they stand,
/// whatever words they carry (`双节点：甲枢纽节点、乙交换中心`): a reading
/// when it gives the numeral, since some items may be grouped
/// (`创新、创业和创建甲城、乙城`), grouping only ever makes them fewer; so
/// also when the numeral is more than the items, each `A和B` cut in two,
/// and the list is the whole definition (a window may hold a list of
/// something else): then it falls short however it is grouped. Items are
/// short. The readings only a whole gives go to `whole_only`, when it is
/// given; a window's to `out`.
pub(super) fn one_per_item(
    parts: &[SloganPart],
    items: &[&str],
    mut whole_only: Option<&mut Vec<Vec<usize>>>,
    out: &mut Vec<Vec<usize>>,
) {
    let [part] = parts else {
        return;
    };
    // `双减：减轻甲负担和乙负担`: one item joining two things confirms a
    // slogan of two.
    if let [item] = items
        && part.numeral == 2
        && split_joined(item).len() == 2
    {
        out.push(vec![2]);
        return;
    }
    if let [item] = items
        && part.numeral > 2
        && let Some(whole) = whole_only.as_deref_mut()
        && two_joined_names(part, item)
    {
        whole.push(vec![2]);
        return;
    }
    // A piece opening a quote it does not close straddles a quoted list
    // (`甲、乙提出的“A、B、C”战略`): its items are not the pieces.
    if items.len() < 2
        || items.iter().any(|i| {
            i.chars().count() > 24
                || i.rsplit('“')
                    .next()
                    .is_some_and(|r| r.len() < i.len() && !r.contains('”'))
        })
    {
        return;
    }
    let joined = split_items(items, &part.words).len();
    let n = part.numeral as usize;
    // `提升甲、提升乙和提升丙`: halves each opening with the counted word are
    // two things, never one grouped item.
    let opened_twice = items.iter().any(|i| {
        let halves = split_joined(i);
        halves.len() == 2
            && halves
                .iter()
                .all(|h| part.words.iter().any(|w| h.starts_with(w.as_str())))
    });
    if items.len() == n && !opened_twice || joined == n {
        out.push(vec![n]);
    } else if let Some(whole) = whole_only
        && n > items.len().max(joined)
    {
        whole.push(vec![items.len().max(joined)]);
    }
}

/// `三减：减轻甲负担和乙负担`: a whole definition of one short item joining
/// two names of one kind (both halves end alike, or each with the counted
/// word) lists two things at most, so a slogan of more falls short however
/// it is read. Not when a half carries the counted word twice (`资金和资产
/// 资源` may be three), nor for a `+` code or a measured count, nor a
/// clause going on after its join (`推进甲化和乙化同步发展`).
fn two_joined_names(part: &SloganPart, item: &str) -> bool {
    const MAX_ITEM: usize = 24;
    let halves = split_joined(item);
    let once = |h: &str| {
        part.words
            .iter()
            .all(|w| h.matches(w.as_str()).count() <= 1)
    };
    let ends_word = |h: &str| part.words.iter().any(|w| h.ends_with(w.as_str()));
    let alike = match halves.as_slice() {
        [a, b] => a.chars().last() == b.chars().last() || (ends_word(a) && ends_word(b)),
        _ => false,
    };
    alike
        && !part.written.starts_with(MEASURES)
        && !item.contains(['+', '＋'])
        && item.chars().count() <= MAX_ITEM
        && halves.iter().all(|h| once(h))
}

/// `一个是甲，一个是乙`, `一是甲，二是乙`: clauses each opening with its
/// place in the list.
pub(super) fn numbered_clauses(clauses: &[&str]) -> bool {
    clauses.len() >= 2
        && (clauses.iter().all(|c| c.starts_with("一个是"))
            || clauses.iter().enumerate().all(|(k, c)| {
                chinese_number(k as u32 + 1)
                    .map(|n| if k == 1 { "二".to_string() } else { n })
                    .is_some_and(|n| c.starts_with(&format!("{n}是")))
            }))
}

pub(super) fn clause_readings(parts: &[SloganPart], definition: &str, out: &mut Vec<Vec<usize>>) {
    let [part] = parts else {
        return;
    };
    let clauses = explained_clauses(definition);
    if numbered_clauses(&clauses) {
        out.push(vec![clauses.len()]);
        return;
    }
    // `毫不动摇甲，毫不动摇乙，保证丙`: clauses carrying the word, then
    // words about them that carry none; only ever a confirmation.
    for word in part.words.iter().filter(|w| w.chars().count() >= 2) {
        let carrying = clauses
            .iter()
            .take_while(|c| c.matches(word.as_str()).count() == 1)
            .count();
        let rest_free = clauses[carrying..]
            .iter()
            .all(|c| !c.contains(word.as_str()));
        if carrying >= 2
            && carrying < clauses.len()
            && rest_free
            && carrying == part.numeral as usize
        {
            out.push(vec![carrying]);
        }
    }
    // A clause holding a list of counted things is not one item (`建设甲
    // 基地，打造乙地、丙地`); `扎实做好甲、加强乙` is.
    // A word in only one of its pieces closes a clause of one thing
    // (`宣传路线、方针、政策下基层`).
    let listing = |c: &str| {
        pieces(c, &['、'])
            .iter()
            .filter(|p| part.words.iter().any(|w| p.contains(w.as_str())))
            .count()
            >= 2
    };
    if clauses.len() < 2 || clauses.iter().any(|c| listing(c)) {
        return;
    }
    for word in &part.words {
        // Or each clause carrying a word of two characters or more once
        // (`塑造一批…，培育一批…`, `坚决维护甲，坚决维护乙`).
        let once = word.chars().count() >= 2
            && clauses
                .iter()
                .all(|c| c.matches(word.as_str()).count() == 1);
        if once
            || clauses
                .iter()
                .all(|c| c.starts_with(word.as_str()) || c.ends_with(word.as_str()))
        {
            out.push(vec![clauses.len()]);
            // `甲牵头受理A和办理B`: a clause joining two things may count
            // two; not when it opens with the word, which then governs all
            // of it (`毫不动摇巩固和发展甲`), also after a short lead every
            // clause repeats (`坚决维护甲，坚决维护乙和丙`): the same
            // adverb, where a subject would change from clause to clause.
            let governed =
                |c: &str| c.starts_with(word.as_str()) || repeated_lead(&clauses, word).is_some();
            // What a clause says before its `即` leads to the list; only
            // what follows may join two of it.
            let joins = clauses
                .iter()
                .map(|c| {
                    c.rsplit_once("，即")
                        .or_else(|| c.rsplit_once(",即"))
                        .map_or(*c, |(_, listed)| listed)
                })
                .filter(|c| !governed(c) && split_joined(c).len() > 1)
                .count();
            if joins > 0 {
                out.push(vec![clauses.len() + joins]);
            }
        }
    }
}

/// The longest lead every clause may repeat before its word (`坚决`).
pub(super) const MAX_REPEATED_LEAD: usize = 2;

/// The lead of one or two characters that stands before `word` at the start
/// of every clause (`坚决` in `坚决维护甲，坚决维护乙`), if there is one.
pub(super) fn repeated_lead<'a>(clauses: &[&'a str], word: &str) -> Option<&'a str> {
    let first = clauses.first()?;
    let at = first.find(word)?;
    let lead = &first[..at];
    let n = lead.chars().count();
    ((1..=MAX_REPEATED_LEAD).contains(&n)
        && lead.chars().all(crate::chars::is_han)
        && clauses
            .iter()
            .all(|c| c.strip_prefix(lead).is_some_and(|r| r.starts_with(word))))
    .then_some(lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_only_a_whole_gives_are_kept_apart() {
        // One item joining two names ending alike: two at most, which only
        // a whole definition may say of a slogan of three.
        let parts = parse_slogan("三减").expect("slogan");
        let text = "减轻甲村负担和乙村负担";
        let mut whole_only = Vec::new();
        let window = flat_readings(&parts, text, Some(&mut whole_only));
        assert_eq!(window, flat_readings(&parts, text, None));
        assert!(!window.contains(&vec![2]));
        assert_eq!(whole_only, vec![vec![2]]);
        assert_eq!(with_whole_only(window, whole_only), vec![vec![2]]);
        // Merged, sorted and each once.
        assert_eq!(
            with_whole_only(vec![vec![1], vec![3]], vec![vec![3], vec![2]]),
            vec![vec![1], vec![2], vec![3]]
        );
    }
}
