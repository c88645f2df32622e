//! Names after their count, each repeating what is counted (`两个高地：甲高地、
//! 乙高地`), and a count's parts defined clause by clause.

use super::*;
use crate::chars::{chinese_digit, is_space};

/// `两个高地：甲高地、乙高地。`: the names after a count, each repeating
/// the counted noun, which tells them for the counted things themselves;
/// or any names after `分别是` (`三个X分别是甲、乙、丙`), or short plain
/// names after a colon that end the sentence (`三项工作：甲、乙、丙。`).
/// The count is followed by its noun (maybe closing a quote and a word of
/// what is done with it: `“五个X”建设`), then `：`, `（`, `即` or `，`, and
/// the names fill the rest of the clause (to `）` after `（`). Each name
/// ends with the noun's last two characters or holds the whole noun; after
/// a bare `，` (where the names may carry a verb) each must end with it. A
/// name holding the noun twice and a `和` is two. Names with figures or
/// counts of their own, or any name not repeating the noun, leave the
/// count unread.
pub(super) fn echo_list(
    line: &str,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let rest = &line[count_end..];
    // Before `分别是`, the noun may hold a numeral (`三个三线厂分别是`).
    let respectively_noun = rest
        .char_indices()
        .take(8)
        .find(|(i, _)| rest[*i..].starts_with("分别"))
        .map(|(i, _)| i)
        .filter(|&i| rest[..i].chars().all(crate::chars::is_han));
    let noun_len: usize = respectively_noun.unwrap_or_else(|| {
        // Bytes of the first `most` characters of `rest` that `keep` takes.
        let lead = |keep: fn(char) -> bool, most: usize| -> usize {
            rest.chars()
                .take_while(|c| keep(*c))
                .take(most)
                .map(char::len_utf8)
                .sum()
        };
        let word = |c: char| crate::chars::is_han(c) && chinese_digit(c).is_none() && c != '等';
        // `5个千亿级产业集群：`: a size class before the noun is part of it.
        let size = rank_or_size_len(rest);
        let bare = size
            + rest[size..]
                .chars()
                .take_while(|c| word(*c))
                .take(6)
                .map(char::len_utf8)
                .sum::<usize>();
        // A numeral inside a word of the noun (`四个全国一流（…）`), when
        // the names' bracket follows it.
        let whole = lead(|c| crate::chars::is_han(c) && c != '等', 6);
        // A longer noun with no verb, when the names' bracket follows it
        // (`四大战略性新兴支柱产业（甲、乙、丙、丁）`).
        let long = lead(word, 12);
        if whole > bare && rest[whole..].starts_with(['（', '(']) {
            whole
        } else if long > bare
            && rest[long..].starts_with(['（', '('])
            && !rest[..long].contains('的')
            && !VERBS
                .iter()
                .any(|v| v.chars().count() >= 2 && rest[..long].contains(v))
        {
            // (Not words of a deed, nor a qualified noun: `3家企业入选
            // 甲榜（乙、丙）`, `27个达标的县（市、区）`, whose bracket
            // qualifies the last word.)
            long
        } else if let Some(i) = namely_inside(&rest[..long]) {
            // `4个战略性新兴产业指甲、乙、丙`: a longer noun closed by 即
            // or 指, which open the names.
            i
        } else {
            // `四种关系即甲…`: 即 opens the names, even unspaced; so does
            // 为 (`3条快速路为甲快速路、…`), whose names must then repeat
            // the noun.
            rest[..bare]
                .char_indices()
                .skip(2)
                .find(|(_, c)| matches!(c, '即' | '为'))
                .map_or(bare, |(i, _)| i)
        }
    });
    let noun = &rest[..noun_len];
    // `众创空间3家（甲、乙、丙）`, `示范镇8个，分别为甲镇、…`: the noun
    // before the count.
    let bracket_next = rest[noun_len..].starts_with(['（', '(']);
    let respectively_next = ["，分别是", "，分别为", "分别是", "分别为"]
        .iter()
        .any(|w| rest.starts_with(w));
    // `示范村4个，即甲村、乙村、…`: after 即, names of a noun before the
    // count must each end as that noun does, the one sign that they are
    // the counted things.
    let namely_before = noun.is_empty() && rest.starts_with("，即");
    let noun_end_before = namely_before
        .then(|| line[..count_start].chars().next_back())
        .flatten()
        .filter(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none());
    if namely_before && noun_end_before.is_none() {
        return None;
    }
    if noun.chars().count() < 2
        && !(noun.is_empty() && (bracket_next || respectively_next || namely_before))
    {
        return None;
    }
    let mut at = count_end + noun_len;
    // `“五个X”建设，即`: the quote the count opened closes after the noun,
    // maybe with a short word of what is done with the named things.
    if line[..count_start].ends_with('“') {
        at += line[at..].strip_prefix('”').map(|_| '”'.len_utf8())?;
        let word: usize = line[at..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c))
            .take(3)
            .map(char::len_utf8)
            .sum();
        if line[at + word..].starts_with(['，', '：', ':']) {
            at += word;
        }
    }
    let after = &line[at..];
    let (opener, bracket, strict) = if let Some(r) = after.strip_prefix(['（', '(']) {
        (after.len() - r.len(), true, false)
    } else if let Some(r) = after.strip_prefix(['：', ':']) {
        (after.len() - r.len(), false, false)
    } else if let Some(r) = ["，分别是", "，分别为", "分别是", "分别为"]
        .iter()
        .find_map(|w| after.strip_prefix(w))
    {
        // `三个X分别是甲、乙、丙`: the names need not repeat the noun.
        (after.len() - r.len(), false, false)
    } else if after.starts_with("，即") || after.starts_with('即') {
        let r = after.trim_start_matches('，').trim_start_matches('即');
        (after.len() - r.len(), false, false)
    } else if opens_with_zhi(after) {
        (after.len() - after['指'.len_utf8()..].len(), false, false)
    } else if let Some(r) = after.strip_prefix('为') {
        (after.len() - r.len(), false, false)
    } else if let Some(r) = after.strip_prefix('，') {
        (after.len() - r.len(), false, true)
    } else {
        return None;
    };
    // `六个甲、三个乙：…`: a list after several counts is shared among
    // them; only a count leading its clause alone is read.
    // (Looked for within 300 bytes: a clause without breaks is no lead.)
    let from = super_floor(line, count_start.saturating_sub(300));
    let clause_start = line[from..count_start]
        .rfind(['，', '。', '；', '：', ':', ';', '！', '？'])
        .map(|p| from + p + line[from + p..].chars().next().map_or(1, char::len_utf8))
        .or((from == 0).then_some(0))?;
    // `四个甲（…）、五个乙（…）`: each count with its own bracket of names
    // shares none of them; the names must then repeat what is counted.
    let before = &line[clause_start..count_start];
    let after_bracket = before.contains('、') && bracket && {
        let mut depth = 0i32;
        let mut previous = None;
        let mut joins = 0;
        let all = before.chars().all(|c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth -= 1,
                _ => {}
            }
            let top = c == '、' && depth == 0;
            joins += usize::from(top);
            let ok = !top || matches!(previous, Some('）' | ')'));
            previous = Some(c);
            ok
        });
        all && joins > 0
    };
    // `四大甲产业（…）、五大乙产业（…）`: when the piece before opens with
    // a count of its own, the counts run in parallel and the bracket right
    // after this count's noun holds its names, as it does for the first.
    let parallel = after_bracket && !counts_in(line, clause_start..count_start).is_empty();
    // Quotes before the count close an earlier count's name, which its
    // own bracket follows (`“两大X”（…）、“三大Y”（…）`). Before `分别是`,
    // only another count shares the names: words and quotes of the
    // clause's subject do not (`从甲、“乙”征集形成12件实事，分别是`).
    let respectively = line[at..at + opener].contains("分别");
    if (before.contains('”') || before.contains('、'))
        && !after_bracket
        && !(respectively && counts_in(line, clause_start..count_start).is_empty())
    {
        return None;
    }
    let mut start = at + opener;
    for word in ["：", "指", "包括", "是"] {
        if line[start..].starts_with(word) {
            start += word.len();
        }
    }
    // `五大产业（含甲、乙）`: 含 names some of them, not all.
    if bracket && line[start..].starts_with('含') {
        return None;
    }
    // The names: to the bracket's close, or to the clause's end.
    let mut depth = 0i32;
    let mut end = None;
    // Whether the names end their sentence.
    let mut sentence_ends = false;
    let mut separated = false;
    for (i, c) in line[start..].char_indices() {
        match c {
            '“' | '（' | '(' => depth += 1,
            '”' if depth > 0 => depth -= 1,
            '）' | ')' if depth > 0 => depth -= 1,
            '）' | ')' if bracket => {
                end = Some(start + i);
                break;
            }
            '。' | '；' | ';' | '，' | ',' | '：' | ':' | '！' | '？' if depth == 0 => {
                if bracket || (strict && !matches!(c, '。' | '；' | ';')) {
                    return None;
                }
                sentence_ends = c == '。';
                end = Some(start + i);
                break;
            }
            '、' => separated = true,
            _ => {}
        }
        // The first name is short: with no `、` after a few dozen
        // characters there is no list (and most counts stop here).
        if !separated && i > if strict { 75 } else { 120 } {
            return None;
        }
        if i > 600 {
            return None;
        }
    }
    let end = match end {
        Some(end) => end,
        None if !bracket => {
            sentence_ends = true;
            line.len()
        }
        None => return None,
    };
    // `八种罪行：甲、乙、丙。`: after a colon, short plain names that end
    // the sentence need not repeat the noun.
    let colon = line[at..at + opener].contains(['：', ':']);
    // `三大协会，即甲、乙、丙联合会，…`: 即 says the names are the counted
    // things as surely as `分别是`; short plain names need not repeat the
    // noun (six characters at most: `两个国家级平台，即…`), wherever the
    // clause goes on.
    let namely =
        (line[at..at + opener].contains('即') && noun.chars().count() <= 6 && !noun.contains('的'))
            || (line[at..].starts_with('指') && !noun.contains('的'));
    let names = line[start..end].trim_end_matches(is_space);
    let open = names.ends_with('等');
    let names = names.trim_end_matches('等');
    // Quoted words that touch (`“甲”“乙”问题`) stay one name.
    if !balanced(names) {
        return None;
    }
    let items = crate::list_forms::split_names(names, start);
    if items.len() < 2 || (bracket && levels_only(line, &items)) {
        return None;
    }
    let tail: String = {
        let chars: Vec<char> = noun.chars().collect();
        chars[chars.len().saturating_sub(2)..].iter().collect()
    };
    let mut hidden = 0;
    // Every name joining two words alike (`甲与乙的关系、丙与丁的关系`):
    // the joins are the names' own, a list joins only its last two names.
    let all_join = items.iter().all(|r| joins_two(&line[r.clone()]));
    // Names between two `、` tie words with their joins: the same join in
    // the first or last name does too (see `hidden_in`).
    let middle: Vec<&str> = items
        .iter()
        .skip(1)
        .take(items.len().saturating_sub(2))
        .map(|r| line[r.clone()].trim())
        .collect();
    for (k, item) in items.iter().enumerate() {
        let name = line[item.clone()].trim_matches(|c: char| is_space(c) || c == '”' || c == '“');
        if name.chars().count() > 40
            || without_years(name).any(|c| c.is_ascii_digit())
            || !counts_in(name, 0..name.len()).is_empty()
        {
            return None;
        }
        // After 即, a 的 inside a name but the last ties its own words
        // (`即加强甲的领导、强化乙保障`); one in the last may qualify
        // them all (`即甲、乙的丙`).
        let own_de = namely && k + 1 < items.len();
        let plain = (colon && sentence_ends || namely)
            && name.chars().count() <= 16
            && !name.contains(['“', '（', '('])
            && (own_de || !name.contains('的'))
            && !open;
        // In brackets right after the count, the names are the counted
        // things (`3条线路（甲线、乙线、丙线）`).
        let repeats = if let Some(end) = noun_end_before {
            name.ends_with(end)
        } else if (!tail.is_empty() && name.ends_with(tail.as_str()))
            || respectively
            || plain
            || (bracket && (!after_bracket || parallel) && name.chars().count() <= 20)
        {
            true
        } else {
            !strict && !noun.is_empty() && name.contains(noun)
        };
        if !repeats {
            return None;
        }
        let times = if tail.is_empty() {
            1
        } else {
            name.matches(tail.as_str()).count()
        };
        if times > 1 {
            if !joins_two(name) {
                return None;
            }
            hidden += times - 1;
        } else if (k == 0 || k + 1 == items.len())
            && may_join_two(name)
            && !all_join
            && !shown_inside(&middle, name)
            // A first name tied by `及` alone (`汽车及零部件、甲、乙`) is
            // one, as `hidden_in` reads it.
            && !(k == 0 && join_words(name).all(|j| j == "及") && items.len() > 2)
        {
            // `…、甲和乙机制`: a 和 in the first or last name may join two.
            hidden += 1;
        }
    }
    Some(CountedList {
        source: ListSource::Echo,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open,
    })
}

/// Where a 即 or a 指 opening names closes `noun` (two characters in
/// at least): `战略性新兴产业指甲、乙`.
fn namely_inside(noun: &str) -> Option<usize> {
    noun.char_indices()
        .skip(2)
        .find(|&(i, c)| c == '即' || opens_with_zhi(&noun[i..]))
        .map(|(i, _)| i)
}

/// Whether `s` opens with a 指 that opens names (`指甲、乙`), not a word
/// (`指导`, `指标`).
fn opens_with_zhi(s: &str) -> bool {
    s.strip_prefix('指').is_some_and(|r| {
        r.chars().next().is_some_and(|c| {
            crate::chars::is_han(c) && !"导标数挥南引定出针令示明纹向派责控望点".contains(c)
        })
    })
}

/// `三个旗县（市、区）`: a bracket of places' levels alone qualifies the
/// noun's last word (the kinds of place it takes in), it names no items.
pub(super) fn levels_only(line: &str, items: &[Range<usize>]) -> bool {
    items
        .iter()
        .all(|r| PLACE_LEVELS.contains(&line[r.clone()].trim()))
}

/// `三个走在前列，即甲……走在前列；乙……走在前列；丙……走在前列。`: a
/// count whose parts are defined one per `；`-piece of the sentence after
/// `即` or `：`, each piece (or its first clause) ending with what is
/// counted. Pieces may hold
/// commas and counts of their own; every piece must end with the noun and
/// the sentence must end within the line, or the count is left unread.
pub(super) fn part_definitions(
    line: &str,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let rest = &line[count_end..];
    let noun_len: usize = rest
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none() && *c != '等')
        .take(6)
        .map(char::len_utf8)
        .sum();
    let noun = &rest[..noun_len];
    if noun.chars().count() < 2 || line[..count_start].ends_with('第') {
        return None;
    }
    let after = &rest[noun_len..];
    let opener = ["，即", "：即", "即", "：", ":"]
        .iter()
        .find(|w| after.starts_with(*w))?;
    let start = count_end + noun_len + opener.len();
    // The sentence to its `。`, looked for within a bounded span.
    let mut limit = (start + 3000).min(line.len());
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let end = start + line[start..limit].find('。')?;
    let sentence = &line[start..end];
    if !sentence.contains('；') {
        return echoing_clauses(start, sentence, noun, count, count_start..count_end);
    }
    let mut items = Vec::new();
    let mut at = start;
    for piece in sentence.split('；') {
        let name = piece.trim_end_matches(is_space);
        // Or the piece's first clause names it, the rest says how
        // (`加强甲管理，加大乙力度；加强丙管理，…`).
        let first = name.split(['，', ',']).next().unwrap_or(name);
        let names = |s: &str| s.ends_with(noun) && s.len() > noun.len();
        if name.is_empty() || !(names(name) || names(first)) {
            return None;
        }
        items.push(at..at + name.len());
        at += piece.len() + '；'.len_utf8();
    }
    if items.len() < 2 || !balanced(sentence) {
        return None;
    }
    Some(CountedList::shown(
        ListSource::Echo,
        count,
        count_start..count_end,
        items,
    ))
}

/// `做好四篇文章：在甲上做文章，在乙上做文章，…。`: with no `；`, the
/// sentence's clauses each ending with the counted noun, every one of
/// them: the drafter names each counted thing by repeating its noun.
pub(super) fn echoing_clauses(
    start: usize,
    sentence: &str,
    noun: &str,
    count: u32,
    count_range: Range<usize>,
) -> Option<CountedList> {
    let clauses = top_level_pieces(sentence, &['，', ',']);
    // A clause with a figure or a count of its own names a group of the
    // counted things (`新建3条快速路为…，续建6条快速路为…`), not one.
    let names = |r: &Range<usize>| {
        let clause = &sentence[r.clone()];
        clause.ends_with(noun)
            && clause.len() > noun.len()
            && !clause.bytes().any(|b| b.is_ascii_digit())
            && counts_in(clause, 0..clause.len()).is_empty()
    };
    if clauses.len() < 2 || !clauses.iter().all(names) || !balanced(sentence) {
        return None;
    }
    let items = clauses
        .iter()
        .map(|r| start + r.start..start + r.end)
        .collect();
    Some(CountedList::shown(
        ListSource::Echo,
        count,
        count_range,
        items,
    ))
}

/// `引进的甲、乙、丙，共3个项目`: a clause opening with `共` and a count
/// after a clause of names (after its last `的`). Read only when the count
/// is the names' number: the total may count things the names hold.
pub(super) fn total_of_clause_before(
    line: &str,
    clause_start: usize,
    count: u32,
    count_start: usize,
    count_end: usize,
) -> Option<CountedList> {
    let end = line[..clause_start].char_indices().next_back()?.0;
    let start = line[..end].rfind(CLAUSE_BREAKS).map_or(0, |p| {
        p + line[p..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &line[start..end];
    let names_at = clause.rfind('的').map_or(0, |p| p + '的'.len_utf8());
    let names = &clause[names_at..];
    if !names.contains('、')
        || !balanced(names)
        || names.contains(['“', '《', '等'])
        || without_years(names).any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let items = pieces(start + names_at, names, &['、']);
    let words: Vec<&str> = items.iter().map(|r| line[r.clone()].trim()).collect();
    let hidden = hidden_in(&words);
    let fits = (items.len()..=items.len() + hidden).contains(&(count as usize));
    if !fits
        || words
            .iter()
            .any(|w| w.chars().count() > 16 || !counts_in(w, 0..w.len()).is_empty())
    {
        return None;
    }
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open: false,
    })
}
