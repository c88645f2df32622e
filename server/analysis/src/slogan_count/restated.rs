//! The slogan or its count restated in the definition (`三类空间`, a label with another numeral), and the frame around a list.

use super::*;

/// The longest count with its noun closing a clause's list, in characters
/// (`3种类型空间所对应的区域`).
pub(super) const MAX_RESTATED_PHRASE: usize = 12;

pub(super) fn is_count_digit(c: char) -> bool {
    c.is_ascii_digit() || chinese_digit(c).is_some()
}

/// `即建设甲和乙两个生态屏障，建设丙和丁两个绿色长廊`: clauses whose lists
/// close with their own count, the counted noun carrying one part's word.
/// A part with one such clause, whose count differs from its numeral, is
/// reported; parts without one say nothing. Tried only when no other
/// reading decides.
pub(super) fn restated_parts(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    if parts.len() < 2 {
        return None;
    }
    let definition = trim_definition(definition);
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); parts.len()];
    let mut joined_one = false;
    for clause in pieces(definition, &['，', ',', '；', ';', '。']) {
        let Some((head, Some(n))) = restated_list(clause) else {
            continue;
        };
        let Some(phrase) = clause.get(head.len()..) else {
            continue;
        };
        // The count and its noun only: short, with no second count in it
        // (`甲、乙两条高速设立的三个出入口` counts roads, not 口).
        let digits = phrase
            .chars()
            .skip_while(|c| !is_count_digit(*c))
            .skip_while(|c| is_count_digit(*c))
            .any(is_count_digit);
        if phrase.chars().count() > MAX_RESTATED_PHRASE || digits {
            continue;
        }
        let owners: Vec<usize> = (0..parts.len())
            .filter(|i| parts[*i].words.iter().any(|w| phrase.contains(w.as_str())))
            .collect();
        if let [i] = owners.as_slice() {
            found[*i].push(n);
            if let Some(j) = one_name_joined_before(head, parts, *i, n) {
                found[j].push(1);
                joined_one = true;
            }
        }
    }
    let agreed: Vec<Option<usize>> = found
        .iter()
        .map(|f| match f.as_slice() {
            [n] => Some(*n),
            _ => None,
        })
        .collect();
    // Every part counted, one of them by a name joined before another's
    // list: the slogan is read whole, and holds when all agree.
    let whole = joined_one
        && agreed
            .iter()
            .zip(parts)
            .all(|(c, p)| *c == Some(p.numeral as usize));
    if whole {
        return Some(SloganCount::Holds);
    }
    let reading = SloganCount::Differs(agreed);
    reading.differing(parts).is_some().then_some(reading)
}

/// `甲开发区和乙、丙、丁三个园`: a list closed by its own count (`n`
/// things of part `listed`), opened by one name joined to it by `和`,
/// `及` or `与`: that name is one thing of the other part its last word
/// is (`区`). The list after the join must hold the `n` things alone, so
/// the name is surely outside it.
fn one_name_joined_before(
    head: &str,
    parts: &[SloganPart],
    listed: usize,
    n: usize,
) -> Option<usize> {
    let first = head.split('、').next()?;
    let joins: Vec<(usize, &str)> = ["和", "及", "与"]
        .iter()
        .flat_map(|w| first.match_indices(*w))
        .collect();
    let [(at, word)] = joins.as_slice() else {
        return None;
    };
    let name = &first[..*at];
    let list = &head[at + word.len()..];
    if name.is_empty()
        || name.ends_with('以')
        || name.chars().count() > MAX_JOINED_NAME
        || list.contains(['和', '及', '与', '，', '“'])
        || list.split('、').filter(|i| !i.is_empty()).count() != n
    {
        return None;
    }
    let owners: Vec<usize> = (0..parts.len())
        .filter(|j| *j != listed && parts[*j].words.iter().any(|w| name.ends_with(w.as_str())))
        .collect();
    match owners.as_slice() {
        [j] if parts[*j].words.iter().all(|w| !list.contains(w.as_str())) => Some(*j),
        _ => None,
    }
}

/// The most characters of a name joined before another part's list.
const MAX_JOINED_NAME: usize = 20;

/// [`count_items`] over one definition and its windows.
pub(super) fn count_framed(parts: &[SloganPart], definition: &str) -> Option<SloganCount> {
    // `以甲为主体，以乙、丙为两翼`: each part named after its own things.
    if let Some(roles) = by_roles(parts, trim_definition(definition)) {
        return Some(roles);
    }
    let whole = count_list(parts, definition, true);
    if matches!(whole, Some(SloganCount::Holds)) {
        return whole;
    }
    let mut decided = whole;
    // Windows that may only confirm the slogan: when they hold, it holds;
    // when they read otherwise, they say nothing.
    let trimmed = trim_definition(definition);
    let framed = windows(parts, trimmed);
    let confirmed = confirming_windows(parts, trimmed)
        .into_iter()
        .any(|w| matches!(count_list(parts, w, false), Some(SloganCount::Holds)))
        || std::iter::once(trimmed)
            .chain(framed.iter().copied())
            .any(|w| confirmed_by_order(parts, trim_definition(w)));
    if confirmed {
        return Some(SloganCount::Holds);
    }
    for window in framed {
        match count_list(parts, window, false) {
            Some(SloganCount::Holds) => return Some(SloganCount::Holds),
            Some(differs) if decided.is_none() => decided = Some(differs),
            _ => {}
        }
    }
    decided
}

/// Measure words of a count a list restates (`三类空间`, `七大板块`,
/// `五条道路`, `3个“一”`, `省、市、县三级`).
pub(super) const RESTATED: &[char] = &[
    '个', '条', '类', '种', '项', '大', '家', '所', '支', '座', '片', '张', '篇', '批', '方', '处',
    '件', '场', '级',
];

/// The count a list restates at its end (see [`restated_list`]): `None`
/// when it restates none, `Some(None)` when its items are not that many.
pub(crate) fn restated_count(list: &str) -> Option<Option<usize>> {
    restated_list(list).map(|(_, n)| n)
}

/// A list closed by its own count: `A、B、C三类空间` → (`A、B、C`, 3 when
/// the items are three, `None` when they are not). `None` when the last
/// item holds no such count.
pub(super) fn restated_list(list: &str) -> Option<(&str, Option<usize>)> {
    let last_start = top_level(list, &['、', '；', ';']).last().map_or(0, |p| {
        p + list[*p..].chars().next().map_or(1, char::len_utf8)
    });
    let last = &list[last_start..];
    let chars: Vec<(usize, char)> = last.char_indices().collect();
    for k in 1..chars.len() {
        let at = chars[k].0;
        let prev = chars[k - 1].1;
        // The count starts after a word, a `等`, an opening quote, a
        // quoted list (`在“A、B、C”三个方面`) or a bracket (`乙（丙）三级`),
        // never inside a number.
        if !(crate::chars::is_han(prev) || matches!(prev, '“' | '”' | '）' | ')'))
            || chinese_digit(prev).is_some()
        {
            continue;
        }
        let run: String = last[at..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some())
            .collect();
        let n = if run.chars().all(|c| c.is_ascii_digit()) {
            run.parse::<usize>().ok()
        } else {
            crate::chars::small_chinese_number(&run).map(|n| n as usize)
        };
        let Some(n) = n.filter(|n| (2..=30).contains(n)) else {
            continue;
        };
        if !last[at + run.len()..].starts_with(RESTATED) {
            continue;
        }
        let head = list[..last_start + at]
            .trim_end_matches('“')
            .trim_end_matches(['等', '共'])
            .trim_end_matches(is_space);
        if head.is_empty() || !head.contains(['、', '和', '及', '与']) && n > 2 {
            return None;
        }
        let leaves = pieces(head, &['、', '；', ';']);
        let joined = leaves.iter().flat_map(|l| split_joined(l)).count();
        // Only a plain list: items of a few words each.
        if leaves
            .iter()
            .any(|i| i.chars().count() > 24 || i.contains(['，', ',', '：', ':']))
        {
            return None;
        }
        // `A和B` may be one item or two.
        let agrees = leaves.len() == n || joined == n;
        return Some((head, agrees.then_some(n)));
    }
    None
}

/// `text` without the slogan's parts named with a numeral (`五个甲`, `三权`
/// for a part printed `个甲` or `权分置`): the numeral and the part's words;
/// with `quoted`, only where a closing quote follows (`“打造五个甲”`).
pub(super) fn without_restatements(text: &str, parts: &[SloganPart], quoted: bool) -> String {
    let mut out = text.to_string();
    for part in parts {
        let written = part.written.as_str();
        if written.is_empty() {
            continue;
        }
        let mut kept = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(at) = rest.find(written) {
            let head = &rest[..at];
            let numeral = head
                .char_indices()
                .rev()
                .take_while(|(_, c)| chinese_digit(*c).is_some() || *c == '双')
                .last()
                .map(|(i, _)| i);
            let after = &rest[at + written.len()..];
            match numeral.filter(|_| !quoted || after.starts_with('”')) {
                Some(i) => kept.push_str(&head[..i]),
                None => {
                    kept.push_str(head);
                    kept.push_str(written);
                }
            }
            rest = &rest[at + written.len()..];
        }
        kept.push_str(rest);
        out = kept;
    }
    out
}

/// A definition closed by the slogan restated with other numerals
/// (`甲权、乙权、丙权三权分置` for a term printed `四权分置`): the list before
/// it, which the term's numerals are checked against. `None` when it does
/// not close so.
pub(super) fn restated_close<'a>(definition: &'a str, parts: &[SloganPart]) -> Option<&'a str> {
    let definition = trim_definition(definition);
    let spoken = spoken(parts);
    if definition.ends_with(spoken.as_str()) {
        return None;
    }
    let longest = spoken.chars().count() + 2;
    let (at, _) = definition
        .char_indices()
        .rev()
        .take(longest)
        .filter(|(_, c)| chinese_digit(*c).is_some() || *c == '双')
        .last()?;
    let tail = &definition[at..];
    let head = definition[..at]
        .trim_end_matches(['等', '共'])
        .trim_end_matches(is_space);
    (restates(tail, parts) && head.contains(['、', '，', ','])).then_some(head)
}

/// `……重点支持“两新一重”建设，即A，B，C`: the slogan quoted as printed,
/// maybe a short head noun, then `即`: what follows is its list, whatever
/// the lead before it says.
pub(super) fn restated_then_ji<'a>(definition: &'a str, parts: &[SloganPart]) -> Option<&'a str> {
    let quoted = format!("“{}”", spoken(parts));
    let (at, _) = definition.match_indices(quoted.as_str()).last()?;
    let rest = &definition[at + quoted.len()..];
    let head = rest
        .char_indices()
        .take(MAX_HEAD_NOUN + 1)
        .find(|(_, c)| !crate::chars::is_han(*c) || *c == '即')
        .map(|(i, _)| i)?;
    let after = rest[head..].trim_start_matches(['，', ',']);
    let list = after
        .strip_prefix("即")?
        .trim_start_matches(['：', ':'])
        .trim_start_matches(is_space);
    (!list.is_empty()).then_some(list)
}

/// Whether a definition states a count of its own (`三类空间`, `两个生态
/// 屏障`, `3条控制线`): then its items may be grouped in ways the readings
/// do not see, and a differing count is not reported.
pub(super) fn restates_count(definition: &str, parts: &[SloganPart]) -> bool {
    // Not the slogan quoted again, with any numeral (`提出“五个甲”要求` for
    // a term printed `六个甲`): that names what the list counts, it groups
    // nothing (unquoted, `在甲、乙、丙共提出十二项举措` may group the list).
    // Nor the counted words themselves (`开工一批` for `三个一批`).
    let mut rest = without_restatements(definition, parts, true);
    for word in parts.iter().flat_map(|p| &p.words) {
        rest = rest.replace(word.as_str(), "");
    }
    // `一个是甲，一个是乙` numbers its clauses; it counts nothing.
    rest = rest.replace("一个是", "");
    let chars: Vec<char> = rest.chars().collect();
    // A number larger than all the items the slogan counts groups none of
    // them (`深化20项民心工程` in a list of six).
    let items: u32 = parts.iter().map(|p| p.numeral).sum();
    let arabic_fits = |end: usize| {
        let start = chars[..=end]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        chars[start..=end]
            .iter()
            .collect::<String>()
            .parse::<u32>()
            .is_ok_and(|n| n <= items)
    };
    chars.windows(2).enumerate().any(|(i, w)| {
        (w[0].is_ascii_digit() && arabic_fits(i)
            || chinese_digit(w[0]).is_some_and(|n| (1..=10).contains(&n)))
            && matches!(
                w[1],
                '个' | '条'
                    | '类'
                    | '种'
                    | '项'
                    | '大'
                    | '家'
                    | '所'
                    | '批'
                    | '方'
                    | '栋'
                    | '座'
                    | '处'
                    | '片'
                    | '名'
                    | '支'
                    | '张'
                    | '台'
                    | '套'
            )
    })
}
