//! Names right before their count (`甲、乙、丙三个园区`): where the list starts,
//! and whether its names are things of the counted kind.

use super::*;
use crate::chars::chinese_digit;

/// The length of a grade opening `s` (`5A级`, `国家4A级`), or 0.
pub(super) fn grade_len(s: &str) -> usize {
    let graded = s.strip_prefix("国家").unwrap_or(s);
    let b = graded.as_bytes();
    if b.len() > 2 && b[0].is_ascii_digit() && b[1] == b'A' && graded[2..].starts_with('级') {
        s.len() - graded.len() + 2 + '级'.len_utf8()
    } else {
        0
    }
}

/// `产业、人才、生态、文化、组织“五个振兴”`: three names or more after the
/// first (which may carry the sentence's verb), all as long as the last and
/// none of the others a verb, are a row of bare words; a last word that
/// may be a verb is then one of them, not a verb taking the count.
pub(super) fn row_of_words(words: &[&str]) -> bool {
    let Some((last, others)) = words.split_last() else {
        return false;
    };
    let len = last.chars().count();
    words.len() >= 4
        && words[1..].iter().all(|w| w.chars().count() == len)
        && others.iter().all(|w| !VERBS.contains(w))
}

/// Whether `name` ends with two words of two characters sharing one
/// (`工业农业`, `国内国际`): a pair written without a join, which may be two
/// of the names a count counts.
pub(super) fn ends_with_pair(name: &str) -> bool {
    let mut chars = name.chars().rev();
    let (Some(d), Some(c), Some(b), Some(a)) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return false;
    };
    a == c || b == d
}

/// Whether both sides of a `和` close with one word of place (`城区和开发区`,
/// `东港和西港`): the places may hold the counted things.
pub(super) fn places_pair(first: &str, second: &str) -> bool {
    let place = |w: &str| {
        w.chars().next_back().is_some_and(|c| {
            PLACE_LEVELS.iter().any(|l| l.starts_with(c)) || "园港城岛".contains(c)
        })
    };
    place(first) && place(second)
}

/// Whether either side of a `和` is a verb (`牢记和践行“三个务必”`): the
/// count is then the verbs' object, not their number.
pub(super) fn verbal_pair(first: &str, second: &str) -> bool {
    // (`项目建设`: a deed's name, which 建设 closes.)
    let verbal = |w: &str| {
        ends_with_verb(w) && !NAME_HEADS.iter().any(|h| w.ends_with(h)) && !w.ends_with("建设")
    };
    verbal(first) || verbal(second) || PAIRED_VERBS.iter().any(|v| first.ends_with(v))
}

/// Names each in their own quotes closing `before` (at `offset`), joined
/// by `、`, `和` or `与` or touching, two at least with one joined: the
/// quoted names with their quotes. The run starts the names (nothing but
/// a verb before it, and no `、`).
pub(super) fn quoted_run(before: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let mut items = Vec::new();
    let mut end = before.len();
    let mut joined = false;
    loop {
        let close = end.checked_sub('”'.len_utf8())?;
        if !before[..end].ends_with('”') {
            return None;
        }
        let open = before[..close].rfind('“')?;
        let name = &before[open + '“'.len_utf8()..close];
        if name.is_empty() || name.contains(['”', '、']) || name.chars().count() > 12 {
            return None;
        }
        items.push(offset + open..offset + end);
        let head = &before[..open];
        let joint = ["、", "和", "与"].iter().find(|j| head.ends_with(*j));
        end = match joint {
            Some(j) if head[..head.len() - j.len()].ends_with('”') => {
                joined = true;
                head.len() - j.len()
            }
            None if head.ends_with('”') => head.len(),
            _ => {
                let rest = head;
                if items.len() < 2 || !joined || rest.contains(['、', '“', '”']) {
                    return None;
                }
                items.reverse();
                return Some(items);
            }
        };
    }
}

/// `“甲”“乙”和丙`: the quoted names touching right before a `和` (two at
/// least, each short), with their quotes.
pub(super) fn quotes_before_join(before: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let names = touching_quoted_names(before, offset)?;
    (names.len() >= 2).then(|| names.into_iter().map(|(range, _)| range).collect())
}

/// The quoted names touching at the end of `before`, in text order: each
/// one's range with its quotes (`offset` is `before`'s start) and its
/// words. `None` when one is empty, too long (over 12 characters) or holds
/// a list of its own.
pub(super) fn touching_quoted_names(
    before: &str,
    offset: usize,
) -> Option<Vec<(Range<usize>, &str)>> {
    let mut names = Vec::new();
    let mut end = before.len();
    while before[..end].ends_with('”') {
        let close = end - '”'.len_utf8();
        let open = before[..close].rfind('“')?;
        let name = &before[open + '“'.len_utf8()..close];
        if name.is_empty() || name.contains(['”', '、']) || name.chars().count() > 12 {
            return None;
        }
        names.push((offset + open..offset + end, name));
        end = open;
    }
    names.reverse();
    Some(names)
}

/// `“甲计划”“乙计划”“丙计划”三项计划`: names each in quotes, touching,
/// right before the count, each ending with the last two characters of
/// what is counted, or three of them at least (`“甲”“乙”“丙”三大行动`),
/// or two before a count of three at most (`“甲”“乙”两大品牌`).
pub(super) fn touching_quotes(
    before: &str,
    offset: usize,
    count: u32,
    counted: &str,
) -> Option<CountedList> {
    let noun: Vec<char> = counted
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
        .take(6)
        .collect();
    if noun.len() < 2 {
        return None;
    }
    let tail: String = noun[noun.len() - 2..].iter().collect();
    let names = touching_quoted_names(before, offset)?;
    let echo = names.iter().all(|(_, name)| name.ends_with(tail.as_str()));
    let items: Vec<Range<usize>> = names.into_iter().map(|(range, _)| range).collect();
    // Three touching quotes or more mark names as surely, whatever they
    // end with (`“甲”“乙”“丙”三大行动`); two must each end with what is
    // counted, or stand before a small count: a larger one counts the
    // things of the two kinds named (`“甲园”“乙场”18个`, `“甲”“乙”九大
    // 计划`), not the names.
    if items.len() < 2 || (!echo && items.len() < 3 && count > 3) {
        return None;
    }
    Some(CountedList::shown(ListSource::BareNames, 0, 0..0, items))
}

/// Whether `first和second`, right before a count, surely joins two names
/// (`守好发展和生态三条底线`: three is a slip), not two verbs whose object
/// the count is (`牢记和践行“三个务必”`, `帮助和鼓励三类企业`), nor two
/// of one kind, which may hold the counted things (`东区和西区三个园区`).
/// Neither side closes or (the second) opens with a verb; and either
/// something stands
/// before the first name (the verb or subject whose object the pair is:
/// the first side is the longer), or both sides are noun phrases of four
/// characters or more (`地区生产总值和固定资产投资`). Touching quotes
/// before the `和` are names of their own (`“甲”“乙”和丙三项`).
pub(super) fn pair_of_names(first: &str, second: &str) -> bool {
    let len = |s: &str| s.chars().count();
    let verb_end = |w: &str| ends_with_verb(w) && !NAME_HEADS.iter().any(|h| w.ends_with(h));
    let opens_with_verb = VERBS
        .iter()
        .chain(PAIRED_VERBS)
        .any(|v| v.chars().count() >= 2 && second.starts_with(v));
    // `东区和西区`, `粮食安全和生态安全`: two of one kind, which may be
    // the places or fields holding the counted things.
    let one_kind = first.chars().next_back() == second.chars().next_back();
    let shape = len(first) > len(second) || len(first) >= 4 && len(second) >= 4;
    // `“甲”“乙”和丙`: quotes touching are names of their own before it.
    let quotes_touch = first.contains("”“");
    (2..=12).contains(&len(second))
        && second.chars().all(crate::chars::is_han)
        && !opens_with_verb
        && !verb_end(first)
        && !verb_end(second)
        && !PAIRED_VERBS.iter().any(|v| first.ends_with(v))
        && !one_kind
        && !quotes_touch
        && shape
}

/// Whether `name` may be a name of its own: two to twelve Han characters
/// not opening or closing with a verb.
pub(super) fn plain_name(name: &str) -> bool {
    (2..=12).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !VERBS
            .iter()
            .chain(PAIRED_VERBS)
            .any(|v| v.chars().count() >= 2 && name.starts_with(v))
        && (!ends_with_verb(name) || NAME_HEADS.iter().any(|h| name.ends_with(h)))
}

/// Whether `words` (three at least) are steps of a process each named by a
/// bare verb of two characters (the first may carry the clause's verb
/// before it), counted as `环节` or `步骤`.
pub(super) fn steps_row(noun: &str, words: &[&str]) -> bool {
    let Some((last, later)) = words[1..].split_last() else {
        return false;
    };
    words.len() >= 3
        && ["环节", "步骤"].iter().any(|s| noun.starts_with(s))
        && VERBS.contains(last)
        && later
            .iter()
            .chain([last])
            .all(|w| w.chars().count() == 2 && w.chars().all(crate::chars::is_han))
}

/// `国内国际两个大局`, `线上线下两个渠道`: two words of two characters
/// sharing their first, right before a count with no separator; or quoted
/// words before `N个字`, which counts their characters (`“甲乙、丙丁”四个字`).
pub(super) fn paired_names(
    line: &str,
    names_start: usize,
    count_start: usize,
    count: u32,
    count_end: usize,
    separated: bool,
) -> Option<CountedList> {
    let before = &line[names_start..count_start];
    let counted = &line[count_end..];
    if before.ends_with("”")
        && let Some(list) = touching_quotes(before, names_start, count, counted)
    {
        return Some(CountedList {
            count,
            count_range: count_start..count_end,
            ..list
        });
    }
    // `《甲》《乙》两部作品`, `“红黄绿”三种颜色`, `“甲+乙+丙”三大产业`:
    // titles, or names in one quote parted by plus signs or written as a
    // row of characters, then the things counted.
    if let Some(list) = marked_names(line, before, names_start, count, count_start, count_end) {
        return Some(list);
    }
    // The other forms count with 个 (most counts stop here).
    if !line[..count_end].ends_with('个') {
        return None;
    }
    if let Some(quoted) = before.strip_suffix('”')
        && counted.starts_with('字')
    {
        let open = quoted.rfind('“')? + '“'.len_utf8();
        let words = &quoted[open..];
        if !words.contains('、') || !words.chars().all(|c| c == '、' || crate::chars::is_han(c)) {
            return None;
        }
        let offset = names_start + open;
        let items: Vec<Range<usize>> = words
            .char_indices()
            .filter(|(_, c)| *c != '、')
            .map(|(i, c)| offset + i..offset + i + c.len_utf8())
            .collect();
        return Some(CountedList::shown(
            ListSource::BareNames,
            count,
            count_start..count_end,
            items,
        ));
    }
    // The last four characters before the count, the first and third
    // alike, the second and fourth not (`国内国际`, not `国内国内`).
    if separated || !(2..=3).contains(&count) {
        return None;
    }
    let mut chars = before.char_indices().rev();
    let (Some((_, d)), Some((third, c)), Some((_, b)), Some((first, a))) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return None;
    };
    let (a, b, c, d) = (&a, &b, &c, &d);
    // Not a verb with its complements (`建好建强`, `做大做强`).
    let complement = |x: &char| "好强大优实细精新快严深高".contains(*x);
    if a != c
        || b == d
        || "做建抓提促稳保办用管干学讲比争创抢拼优".contains(*a)
        || complement(b)
        || complement(d)
        || ![*a, *b, *d]
            .iter()
            .all(|x| crate::chars::is_han(*x) && chinese_digit(*x).is_none())
        || !counted.starts_with(|x: char| crate::chars::is_han(x))
    {
        return None;
    }
    let first = names_start + first;
    let third = names_start + third;
    Some(CountedList::shown(
        ListSource::BareNames,
        count,
        count_start..count_end,
        vec![first..third, third..count_start],
    ))
}

/// The names the drafter's marks part in `before` (the words from
/// `names_start` to the count): titles in `《》` closing it (see
/// `title_runs`), or one quote parting them by plus signs or writing them
/// as a row of characters (see `quoted_rows`); when things are counted
/// after the count (see [`counts_things`]).
pub(super) fn marked_names(
    line: &str,
    before: &str,
    names_start: usize,
    count: u32,
    count_start: usize,
    count_end: usize,
) -> Option<CountedList> {
    let (items, parting) = match crate::title_runs::titles_closing(before, names_start) {
        Some(titles) => (titles, crate::quoted_rows::Parting::Sure),
        None => {
            let quoted = before.strip_suffix('”')?;
            let inner_start = quoted.rfind('“')? + '“'.len_utf8();
            crate::quoted_rows::quoted_row(&quoted[inner_start..], names_start + inner_start)?
        }
    };
    (parting.fits(items.len(), count) && counts_things(&line[count_end..]))
        .then(|| CountedList::shown(ListSource::BareNames, count, count_start..count_end, items))
}

/// Whether `counted`, the words after a count, open with a noun of two
/// characters or more that is no amount (`三个百分点`, `两个月`).
pub(super) fn counts_things(counted: &str) -> bool {
    let noun = counted
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && chinese_digit(*c).is_none())
        .count();
    noun >= 2
        && !crate::list_forms::AMOUNTS
            .iter()
            .any(|w| counted.starts_with(w))
}

/// `一批`, `一体化` after `N个` in quotes (`甲、乙、丙“三个一批”`): one of
/// each name, so the names are what is counted; not an amount (`一百`) nor
/// a second numeral.
pub(super) fn one_each(counted: &str) -> bool {
    let mut chars = counted.chars();
    chars.next() == Some('一')
        && chars.next().is_some_and(|c| {
            crate::chars::is_han(c) && !matches!(c, '百' | '千' | '万' | '亿' | '十')
        })
        && !chars.any(|c| chinese_digit(c).is_some())
}

/// Whether the quoted counted words hold a numeral of their own (`四个一
/// 百`, `三个一批`): a slogan's number, not a word whose last character is
/// 一 (`三个第一`, `五个统一`), which counts the names as any noun does.
pub(super) fn numeral_of_its_own(counted: &str) -> bool {
    let mut before: Option<char> = None;
    counted.chars().any(|c| {
        let inside_word = c == '一'
            && before.is_some_and(|b| crate::chars::is_han(b) && chinese_digit(b).is_none());
        before = Some(c);
        chinese_digit(c).is_some() && !inside_word
    })
}

/// Sums in money that things counted may have between them: a figure
/// right after one is theirs, not another item's.
const OWN_SUMS: &[&str] = &[
    "支出",
    "收入",
    "投资",
    "产值",
    "增加值",
    "营收",
    "税收",
    "总额",
];

/// Whether `names` is a run of items parted by `、`, each opened by the
/// next circled number from ①, the first maybe after words leading the run
/// (`医疗中心①甲、②乙、③丙`); no join in the last.
pub(super) fn circled_run(names: &str) -> bool {
    let Some(first) = names.find('①') else {
        return false;
    };
    let run = &names[first..];
    let numbered = |(i, item): (usize, &str)| {
        let mut chars = item.chars();
        let opens = chars
            .next()
            .and_then(crate::chars::circled_value)
            .is_some_and(|n| n as usize == i + 1);
        let rest = chars.as_str();
        opens
            && !rest.is_empty()
            && !rest.contains(['和', '及', '与', '等'])
            && !rest
                .chars()
                .any(|c| crate::chars::circled_value(c).is_some())
    };
    run.contains('、') && run.split('、').enumerate().all(numbered)
}

pub(super) fn bare_names(
    text: &str,
    names_start: usize,
    count_start: usize,
    count: u32,
    count_end: usize,
) -> Option<CountedList> {
    let before_count = &text[names_start..count_start];
    // `第三批`, `近3个`, `超5个`: an ordinal or a count not meant exactly.
    if ["第", "近", "超", "约", "前", "后", "逾"]
        .iter()
        .any(|w| before_count.ends_with(w))
    {
        return None;
    }
    // `甲、乙“三大计划”，`: the count opens a quoted name that closes the
    // clause, a measure word and what is counted (not `“四个一百”`, a
    // slogan of its own, nor `“两项补贴”等`, one of the names).
    let quoted_count = before_count.ends_with('“');
    if quoted_count {
        // The closing quote within a few words: a search to the end of the
        // text for each count would be quadratic on unclosed quotes.
        let mut limit = (count_end + 60).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let close = text[count_end..limit].find('”')? + count_end;
        let counted = &text[count_end..close];
        let after = text[close + '”'.len_utf8()..].chars().next();
        // After the quote: the clause ends or goes on with what the
        // slogan is (`“三位一体”新机制`), not with `的`, `中`, `为`, `等`.
        // `甲、乙进入全省“五个一批”`: a slogan of the whole province (or
        // country, or city) is not the names' own.
        let of_a_whole = ["全省", "全国", "全市"]
            .iter()
            .any(|w| before_count[..before_count.len() - '“'.len_utf8()].ends_with(w));
        if counted.is_empty()
            || !counted.chars().all(crate::chars::is_han)
            || (numeral_of_its_own(counted) && !one_each(counted) && counted != "一")
            || of_a_whole
            || after.is_some_and(|c| matches!(c, '的' | '中' | '为' | '等' | '和' | '及' | '与'))
        {
            return None;
        }
    }
    // `“一甲、一乙、一丙”的“三个一”`: each name opens with 一.
    let ones = quoted_count && text[count_end..].starts_with("一”");
    let before_count = before_count.strip_suffix('“').unwrap_or(before_count);
    // `《甲》和《乙》两个文件`: titles, each one name whatever its words.
    if let Some(titles) = crate::title_runs::titles_closing(before_count, names_start) {
        let n = titles.len();
        return ((n..=n + 1).contains(&(count as usize)) && counts_things(&text[count_end..]))
            .then(|| {
                CountedList::shown(ListSource::BareNames, count, count_start..count_end, titles)
            });
    }
    // `“甲”和“乙”两个门槛`, `“甲”、“乙”“丙”三项`: names each in its own
    // quotes, joined or touching: the drafter's marks tell them apart.
    if let Some(items) = quoted_run(before_count, names_start) {
        let n = items.len();
        let count_usize = count as usize;
        if quoted_count || count_usize < n || count_usize > n + 1 {
            return None;
        }
        return Some(CountedList::shown(
            ListSource::BareNames,
            count,
            count_start..count_end,
            items,
        ));
    }
    // `“居家、返程、学校”三个环节`: one quoted list, maybe with a 的
    // before its count (`“甲、乙、丙”的“三个一”`). A quoted name closing
    // a list of bare names (`甲、乙、丙“三保障”五场`) is its last name.
    let quoted_list = before_count
        .strip_suffix('”')
        .filter(|q| {
            !q.rsplit('“').nth(1).is_some_and(|bare| bare.contains('、'))
                || q.rsplit('“')
                    .next()
                    .is_some_and(|inner| inner.contains('、'))
        })
        .or_else(|| {
            before_count.strip_suffix("”的").filter(|q| {
                q.rsplit('“')
                    .next()
                    .is_some_and(|inner| inner.contains('、'))
            })
        });
    let (names_at, names) = match quoted_list {
        Some(quoted) => {
            let open = quoted.rfind('“')?;
            // `“甲、乙”“丙、丁”“戊、己”三个阶段`: quotes touching one
            // another may be the things counted, each a phrase of its own,
            // or the last one's words: not one reading.
            if quoted[..open].ends_with('”') {
                return None;
            }
            (
                names_start + open + '“'.len_utf8(),
                &quoted[open + '“'.len_utf8()..],
            )
        }
        None => (names_start, before_count),
    };
    // A quoted list is a list of names by the drafter's own marks.
    let quoted_names = names_at != names_start;
    // `甲、乙和丙是本县发展的三条底线`: the names are the subject of 是,
    // what follows it up to the count says whose they are.
    let names = match names.rfind('是') {
        Some(p)
            if !quoted_names
                && names[..p].contains('、')
                && !names[p..].contains('、')
                && names[p + '是'.len_utf8()..].ends_with('的')
                && names[p..].chars().count() <= 14 =>
        {
            names[..p].trim_end_matches(['都', '均', '也', '就'])
        }
        _ => names,
    };
    // `在甲、乙划定的丙、丁两条线`: a 的 after a verb in a later name
    // ends the object of that verb; the counted names start after it.
    let (names_at, names) = match names.rmatch_indices('的').find(|(i, _)| {
        names[..*i].contains('、')
            && VERBS
                .iter()
                .any(|v| v.chars().count() >= 2 && names[..*i].ends_with(v))
    }) {
        Some((i, w)) if !quoted_names && names[i + w.len()..].contains('、') => {
            (names_at + i + w.len(), &names[i + w.len()..])
        }
        _ => (names_at, names),
    };
    // `甲、乙分别获得“五个一批”`: names that each did something are its
    // subjects, not what the count counts.
    if !quoted_names
        && names
            .rsplit('、')
            .next()
            .is_some_and(|last| last.contains("分别"))
    {
        return None;
    }
    // `甲、乙[1]三条`: a note's mark closing the last name is no part of it.
    let names = without_note_mark(names);
    let last = names.chars().next_back()?;
    if !(crate::chars::is_han(last) || last.is_ascii_alphanumeric() || last == '）' || last == '”')
    {
        return None;
    }
    // Brackets may qualify a name (`乙（含丙）`), not hold names of their
    // own.
    if names.contains(['《', '：', '·'])
        || separator_in_quotes(names)
        || (names.contains(['（', '(']) && !(balanced(names) && plain_brackets(names)))
    {
        return None;
    }
    // What is counted follows the measure word: `三个重点环节`, not
    // `3个百分点`, `3个月`, `3倍`.
    // The counted words may be quoted (`甲、乙2条“断头路”`).
    let counted = text[count_end..]
        .strip_prefix('“')
        .filter(|_| !quoted_count)
        .unwrap_or(&text[count_end..]);
    // `甲、乙2家5A级景区`: a grade of the counted things opens their words,
    // no figure of its own.
    let grade = grade_len(counted);
    let counted = &counted[grade..];
    // The counted words: two characters or more (`铁人三项赛` is a name).
    // Letters may open it (`两个PPP项目`).
    let letters = counted.chars().take_while(char::is_ascii_uppercase).count();
    let noun: String = counted
        .chars()
        .skip(letters)
        .take_while(|c| crate::chars::is_han(*c) && !matches!(c, '等' | '的'))
        .take(4)
        .collect();
    // `方面` is a measure word and what is counted at once.
    let aspects = text[..count_end].ends_with("方面");
    // So is `者` (`甲、乙、丙三者之间`).
    let parties = text[..count_end].ends_with('者');
    // So is `类` closing its clause (`分为甲、乙两大类。`): the kinds named.
    let classes = {
        let after = text[count_end..].strip_prefix('类');
        (after.is_some() && text[..count_end].ends_with('大') || text[..count_end].ends_with('类'))
            && after
                .unwrap_or(&text[count_end..])
                .starts_with(['。', '，', '；', ',', ';'])
    };
    let aspects = aspects || classes;
    // `甲、乙、丙3个县`: one character may name the level of the places
    // named (not `三类县`, kinds of them).
    let level = text[..count_end].ends_with('个')
        && noun.chars().count() == 1
        && PLACE_LEVELS.iter().any(|l| noun == *l);
    // `甲、乙3县`: the level is the measure word and what is counted.
    let places = PLACE_LEVELS.iter().any(|l| text[..count_end].ends_with(l));
    // `甲、乙2类15个样板`, `甲、乙、丙3个类别9个项目`: a count of kinds,
    // then of the things of those kinds: the names are the kinds.
    let kinds_end = if text[..count_end].ends_with('类') {
        Some(count_end)
    } else {
        counted
            .starts_with("类别")
            .then(|| text.len() - counted.len() + "类别".len())
    };
    let kinds = kinds_end.is_some_and(|end| count_at(text, end).is_some());
    // `一门、一窗、一网3个“一”`: one quoted character after the count,
    // which every name must carry, is what the count counts.
    let carried = (!quoted_count)
        .then(|| text[count_end..].strip_prefix('“'))
        .flatten()
        .and_then(|q| {
            let mut chars = q.chars();
            let c = chars.next()?;
            (crate::chars::is_han(c) && chars.as_str().starts_with('”')).then_some(c)
        });
    let ones = ones || carried.is_some();
    // `①甲中心、②乙中心、③丙中心3个。`: items numbered one by one, the
    // count glued to the last and closing its clause, counts the items.
    let numbered = !quoted_count && count_closes_clause(counted) && circled_run(names);
    if (noun.chars().count() < 2
        && !aspects
        && !parties
        && !level
        && !places
        && !ones
        && !kinds
        && !numbered)
        || crate::list_forms::AMOUNTS
            .iter()
            .chain(&["数"])
            .any(|w| counted.starts_with(w))
            // (`数字`, `数据`: words of things, not a number of them.)
            && !["数字", "数据", "数智"].iter().any(|w| counted.starts_with(w))
        // `“三位一体”` in quotes is a slogan of three, and so is a quoted
        // list before it (`“甲、乙、丙”三位一体`); bare, `三位一体`
        // qualifies the last name alone.
        || (counted.starts_with("一体") && !(quoted_count || quoted_names))
    {
        return None;
    }
    // `“甲+乙”两大`, `“红黄绿”三种`: names in their quotes parted by plus
    // signs, or a row of characters read only at the count (see
    // `quoted_rows`).
    let row = quoted_names
        .then(|| crate::quoted_rows::quoted_row(names, names_at))
        .flatten();
    let exact_only = row
        .as_ref()
        .is_some_and(|(_, parting)| *parting == crate::quoted_rows::Parting::AtCount);
    // `中央和地方两个积极性`: two names joined by one 和 or 与.
    let items = if let Some((items, _)) = row {
        items
    } else if names.contains('、') {
        pieces(names_at, names, &['、'])
    } else {
        let joins: Vec<_> = names.match_indices(['和', '与']).collect();
        let [(at, word)] = joins.as_slice() else {
            return None;
        };
        let second = at + word.len();
        // Only for two: `甲和乙三个` may join two of three names, or
        // name places holding the counted things (`东区和西区三个园区`);
        // not two names each ending like what is counted (`甲桥和乙桥两
        // 座危桥`), which are those things.
        let tail = noun
            .chars()
            .next_back()
            .filter(|t| !PLACE_LEVELS.iter().any(|l| l.starts_with(*t)));
        let echoing = tail.is_some_and(|t| {
            names[..*at].ends_with(t) && names[second..].ends_with(t) && !names.contains('、')
        });
        let two_names = count == 3 && *at > 0 && pair_of_names(&names[..*at], &names[second..]);
        // `“甲”“乙”和丙三项`: quotes touching before the `和` are names
        // of their own, the `和` brings the last.
        if let Some(mut quoted) = quotes_before_join(&names[..*at], names_at)
            && plain_name(&names[second..])
        {
            quoted.push(names_at + second..names_at + names.len());
            quoted
        } else {
            // The names are surely the two counted when the count restates
            // them (`甲和乙这两个关键`) or counts aspects, which no place
            // holds.
            let surely_two = (text[..count_start].ends_with(['这', '此']) || aspects)
                && !ends_with_pair(&names[..*at])
                && !verbal_pair(&names[..*at], &names[second..])
                && !places_pair(&names[..*at], &names[second..]);
            // A first side closing with a pair written unjoined
            // (`工业农业和服务业三大产业`) may hold two of the three.
            // A quoted count of three names a slogan whose parts the report
            // gives elsewhere, if at all: the names before it say whose it
            // is (`甲机制和行政执法“三项制度”`, `甲和社保基金“三位一体”`),
            // and are read as its two parts only when it counts two.
            let three = count == 3
                && !quoted_count
                && !ends_with_pair(&names[..*at])
                && (echoing || two_names || surely_two);
            if !(count == 2 || three)
                || *at == 0
                || second == names.len()
                || names.contains(['及', '或'])
            {
                return None;
            }
            vec![
                names_at..names_at + at,
                names_at + second..names_at + names.len(),
            ]
        }
    };
    if items.len() < 2 {
        return None;
    }
    // Names qualified by a figure of their own are read without it.
    let words: Vec<&str> = items
        .iter()
        .map(|r| unqualified(text[r.clone()].trim()))
        .collect();
    let carries = |w: &&str| match carried {
        Some(c) => w.contains(c),
        None => w.starts_with('一'),
    };
    if ones && !words.iter().all(carries) {
        return None;
    }
    // `六、守好…`: a heading's number is no name.
    if words.iter().any(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || chinese_digit(c).is_some())
    }) {
        return None;
    }
    // `一体站、市区3条线路50辆公交`: a figure after the counted words makes
    // the count part of one item of a longer list.
    let mut limit = (count_end + 300).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let clause_end = text[count_end..limit]
        .find(['，', '。', '；', '：', '\n', ';', ',', ':'])
        .map_or(limit, |p| count_end + p);
    // `甲、农村文化三项活动、乙站建设等`: a `、` after the counted words,
    // no count after it in the clause, makes the count's words one item
    // of a longer list, whose names before it may be its fellows as well
    // as its members: not one reading. (With a count after it, `甲、乙3个
    // 公园、丙2个广场` is a list of groups, read below; two names joined
    // by `和` are the counted ones, `甲和乙两个广场、丙公园等`.)
    if !quoted_names
        && names.contains('、')
        && let Some(p) = text[count_end..clause_end].find('、')
        && one_of_a_longer_list(
            &text[count_end..count_end + p],
            &text[count_end + p..clause_end],
        )
        && counts_in(text, count_end + p..clause_end).is_empty()
    {
        return None;
    }
    // A figure after a `和` that follows the counted words belongs to a
    // second group (`甲、乙4家X和丙、丁3家Y`); one after a verb of change
    // is what the counted things did (`甲、乙两大产业增加值增长5%`,
    // `甲、乙两大产业实现产值8亿元`), and so is a rank they took (`甲、乙
    // 3户企业进入全省50强`), a level they passed (`甲、乙两大产业产值均
    // 超过10亿元`) and values given to each (`分别突破5亿元、8亿元`).
    // The things counted after the kinds are the kinds' own figure.
    let rest = if kinds {
        ""
    } else {
        &text[(count_end + grade).min(clause_end)..clause_end]
    };
    fn cut_at<'s>(s: &'s str, words: &[&str]) -> &'s str {
        words
            .iter()
            .filter_map(|w| s.find(w))
            .min()
            .map_or(s, |p| &s[..p])
    }
    let mut own = cut_at(
        rest,
        &[
            "和", "增长", "下降", "提高", "达", "占", "实现", "完成", "进入", "跻身", "位列",
            "位居",
        ],
    );
    // (Searched only when a figure is left: most clauses have none.)
    if figure_in(own) {
        own = cut_at(own, &["超过", "突破", "分别", "合计", "共计", "总计"]);
        // `甲、乙、丙三项事业支出24亿元`: a sum the counted things spend,
        // earn or make, with no other item after it, is their own figure.
        if let Some(digit) = own.find(|c: char| c.is_ascii_digit())
            && !own.contains(['、', '共'])
            && OWN_SUMS.iter().any(|w| own[..digit].ends_with(w))
        {
            own = &own[..digit];
        }
        // A date says when the counted things do what follows (`甲、乙两个
        // 工厂6月底前投产`): no other item's figure.
        own = &own[..date_start(own).unwrap_or(own.len())];
    }
    // A figure after a `、` or `共` is a total (`甲、乙4个方面共17项`,
    // `甲、乙2个集群、总数达3个`): the names are what is counted, as with
    // no figure. Another item (`甲、乙3个公园、丙2个广场`) makes a list of
    // groups whose names may be places holding the counted things: the
    // count is read only when it is the names' number.
    let mut exact_only = exact_only;
    if figure_in(own) {
        let cut = own.find(['、', '共']).map_or(own, |p| &own[..p]);
        if cut.len() == own.len() || figure_in(cut) {
            return None;
        }
        let after = own[cut.len()..].trim_start_matches('、');
        exact_only = !["共", "总数", "总计", "合计", "累计"]
            .iter()
            .any(|w| after.starts_with(w));
    }
    // Names, not clauses: each but the first (which may carry the verb
    // of the sentence) is short.
    // A 的 after a verb inside a later name starts a list of its own (`在
    // 甲、乙划定的丙、丁两条线`).
    let verb_then_de = |w: &&str| {
        w.split('的')
            .rev()
            .skip(1)
            .any(|before| VERBS.iter().any(|v| before.ends_with(v)))
    };
    // `甲、乙等许多国家也在…`: a 等 ends the names before the count.
    // A name that may be two joined by `和` is as long as two names, and
    // so is a name among names of one kind (`甲占比、有乙的丙占比、丁
    // 占比`): what ends it alike tells it for a name, 的 and all.
    let kind = one_kind_tail(&words).is_some();
    let too_long = |w: &&str| w.chars().count() > if joins_two(w) || kind { 32 } else { 16 };
    // `甲、乙确定了3件实事`: a name closed by 了 is a deed done, the count
    // its object's. One closed by a preposition (`甲至乙、丙至三道沟`,
    // `用甲和乙把丙`) opens a phrase the count only starts.
    if words.iter().any(|w| w.contains('等'))
        || words.last().is_some_and(|w| {
            w.ends_with(['了', '至', '到', '把', '将', '从', '在', '对', '向', '被'])
        })
        || words[1..]
            .iter()
            .any(|w| too_long(w) || w.is_empty() || (verb_then_de(w) && !kind))
    {
        return None;
    }
    let last_word = words[words.len() - 1];
    let nominal = |w: &&str| NAME_HEADS.iter().any(|h| w.ends_with(h));
    // A quoted count that closes the clause names the names before it as
    // its parts, which may be deeds (`甲、乙、优化丙“三项行动”`), unless a
    // bare verb right before the count takes it as its object (`甲、缩小
    // “三大差距”`); a bare verb among the names is a name (`集甲、服务、
    // 乙“三位一体”`). So does a quoted counted noun after three names or
    // more (`做好保护、提升、建设三篇“文章”`: verbs named as the things).
    if quoted_count && VERBS.contains(&last_word) && !row_of_words(&words) {
        return None;
    }
    let quoted_noun = !quoted_count && words.len() >= 3 && text[count_end..].starts_with('“');
    // Names all ending with the same two characters, three at least and
    // none bare (`生活服务、家庭服务、发展服务`), name things of one kind,
    // whatever verb one opens with.
    let one_kind = kind;
    // What is counted may itself be a deed or a step (`三个方面`, `九个
    // 环节`, `四个着力点`): its items are named by what is done, so a verb
    // opening a later name says nothing, and one closing the last name is
    // the head of a deed's name (`数字政府建设`).
    let deeds = aspects || DEED_NOUNS.iter().any(|d| noun.contains(d));
    let nominal = |w: &&str| nominal(w) || (deeds && DEED_HEADS.iter().any(|h| w.ends_with(h)));
    // `围绕布置、调度、检查、落实四个环节`: the steps of a process are
    // named each by one verb; a row of them, the last a verb too, names
    // the steps counted, not a verb taking the count as its object.
    let steps = steps_row(&noun, &words);
    if !quoted_names
        && !quoted_count
        && !quoted_noun
        && !one_kind
        && ((ends_with_verb(last_word) && !nominal(&last_word) && !shared_head(&words) && !steps)
            || adverbial_de(last_word)
            || (!deeds
                && words[1..]
                    .iter()
                    .any(|w| VERBS.iter().any(|v| opens_deed(w, v)))))
    {
        return None;
    }
    // `A和B、C三个`: a 和 may join two names inside one piece.
    // Only the first and the last: a `和` in a name between two `、` joins
    // words of that name (`甲、居家和社区服务中心、乙`); a list puts its
    // `和` before its last name, or after a first name that goes with the
    // rest (`城区和甲、乙、丙4座`).
    // Names of one kind show where their own words are tied, and names
    // of one rhythm where the last two are joined.
    let (items, hidden) = match parallel_last(&words).or_else(|| last_two_of_kind(&words, &noun)) {
        Some(at) => {
            let mut items = items;
            let last = items.pop()?;
            let word = words[words.len() - 1];
            let (i, w) = at;
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            items.push(last.start..start + i);
            items.push(start + i + w..last.end);
            let mut split: Vec<&str> = words[..words.len() - 1].to_vec();
            split.push(&word[..i]);
            split.push(&word[i + w..]);
            (items, hidden_in(&split))
        }
        None => (items, hidden_in_kind(&words)),
    };
    // A name between two `、` that joins two words may be two names too
    // (`甲、存款和贷款余额、乙`): a count that only such a reading meets is
    // no sure mismatch.
    let hidden = hidden + joined_between(&words);
    let min = items.len();
    let max = min + hidden;
    let count_usize = count as usize;
    // More names than the count (`甲、乙和丙、丁两条路`: the count is the
    // last names'), or a count far above them (`东区、西区12个项目`: the
    // names hold the counted things): abstain.
    // Places counted by level: a name of one character among longer ones
    // starts a word (`长三角、东三省`), and two names may be three places
    // shortened (`甲会、中老越三国`): one more place than names is read
    // after three names at least.
    if places
        && (words.iter().any(|w| w.chars().count() == 1)
            && !words.iter().all(|w| w.chars().count() == 1)
            || count_usize > max && items.len() < 3)
    {
        return None;
    }
    if !quoted_names && glued_last_name(&words) {
        return None;
    }
    if !quoted_names && (standing_in_later_name(&words) || closes_with_a_part_of_area(&words)) {
        return None;
    }
    // Items numbered one by one are all counted, however many.
    if !numbered
        && (count_usize < min || count_usize > max + 1 || (exact_only && count_usize > max))
    {
        return None;
    }
    // Two bare names before a quoted count (`省委、省政府“三大目标”`) may
    // be the slogan's subjects, or two of its parts: read as some of them.
    // (Joined by `和`, the two are read as surely the two counted above.)
    let some_of = min == 2 && hidden == 0 && quoted_count && !quoted_names && names.contains('、');
    Some(CountedList {
        source: ListSource::BareNames,
        count,
        count_range: count_start..count_end,
        items,
        hidden,
        open: some_of,
    })
}

/// Two names, the last of one character after a longer one: it starts a
/// word holding the numeral (`新华集贸、南三条市场`, `红四方面军`). Out of
/// line: inlined, it changed the reader's code generation (+0.03 M
/// instructions on a small report's parse).
#[inline(never)]
fn glued_last_name(words: &[&str]) -> bool {
    matches!(words, [first, last] if last.chars().count() == 1 && first.chars().count() > 1)
}

/// Verbs by which a named thing takes a grade or a rank (`乙达到国家3类
/// 水体标准`, `乙在全省排名提升5个位次`, `乙入选国家甲、红四方面军…`).
/// (`居全省`, `居全国`, not `居` alone, which opens `居民`.)
const STANDING_VERBS: &[&str] = &[
    "达到", "入选", "列入", "排名", "位居", "位列", "跻身", "居全",
];

/// A name after the first holding a verb of standing: the list ends at
/// that verb, and the numeral after it is the grade's or the rank's.
#[inline(never)]
fn standing_in_later_name(words: &[&str]) -> bool {
    words[1..]
        .iter()
        .any(|w| STANDING_VERBS.iter().any(|v| w.contains(v)))
}

/// Words naming a part of an area (`西部`, `外侧`, `沿线`).
const PARTS_OF_AREAS: &[&str] = &[
    "东部", "西部", "南部", "北部", "中部", "外侧", "内侧", "两侧", "沿线", "周边", "一带",
];

/// A last name closing with a part of the area named before it
/// (`甲、海港区西部四村`, `东部、南部和西部沿高速公路外侧4个园区`): the
/// area holds the counted things, it is not one of them. Parts named bare
/// are the names (`东部、西部两个园区`).
#[inline(never)]
fn closes_with_a_part_of_area(words: &[&str]) -> bool {
    words.last().is_some_and(|w| {
        PARTS_OF_AREAS
            .iter()
            .any(|p| w.ends_with(p) && w.len() > p.len())
    })
}

/// How many names between the first and the last join two words with
/// `和`, the other names long enough to tell a name: each may be read as
/// one name or two. (`及` and `与` inside a name mostly tie its words:
/// `汽车及零部件`, `禁烧与综合利用`.)
#[inline(never)]
fn joined_between(words: &[&str]) -> usize {
    let n = words.len();
    if n < 3 {
        return 0;
    }
    let others_long = words.iter().all(|w| w.chars().count() >= 3);
    words[1..n - 1]
        .iter()
        .filter(|w| join_words(w).all(|j| j == "和") && joins_two_among(w, others_long))
        .count()
}

/// Whether the counted words (`活动`, up to a `、`) are one item of a
/// longer list going on after them: short words of a thing, no verb or
/// join among them, and two more items at least (a `、` or `等` after the
/// next), no figure. Not `4条断头路、卡脖路`, two words for one thing.
#[inline(never)]
fn one_of_a_longer_list(counted: &str, rest: &str) -> bool {
    let rest = rest.trim_start_matches('、');
    counted.chars().count() <= 8
        && !counted.contains(['和', '及', '与', '的', '在', '中'])
        && !VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && counted.contains(v))
        && rest.contains(['、', '等'])
        && !figure_in(rest)
}
