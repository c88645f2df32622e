//! Names before `等N个` or `共N个`.

use super::*;
use crate::chars::chinese_digit;

/// Names before `等N个` or `共N个`. One name with a join in it (`甲和乙等
/// 5家`, `西和某矿等5家`: two names or one) goes to `one_joined`: open,
/// as one name or two, it can never hold more names than its count, so it
/// is read (never checked) only where nothing else reads that count.
pub(super) fn name_lists(
    doc: &Document,
    cues: &Cues,
    out: &mut Vec<CountedList>,
    one_joined: &mut Vec<CountedList>,
) {
    let text = &doc.text;
    for &(at, word) in &cues.totals {
        // `等“五大行动”`: the count may open a quoted name; `等 5家`: a
        // text taken from a PDF may keep a space before digits.
        let after = at + word.len();
        let count_start = if text[after..].starts_with('“') {
            after + '“'.len_utf8()
        } else if text[after..].starts_with(' ')
            && text[after + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            after + 1
        } else {
            after
        };
        let Some((count_start, count, end, approximate)) = count_at(text, count_start)
            .map(|(count, end, _)| (count_start, count, end, false))
            .or_else(|| {
                (word == "等")
                    .then(|| count_after_noun(text, after))
                    .flatten()
            })
            .or_else(|| {
                // `甲等112个项目`, `甲等30多座`, `甲等总投资80亿元的13个`.
                (word == "等")
                    .then(|| {
                        crate::deng_counts::example_count_at(text, count_start)
                            .or_else(|| crate::deng_counts::qualified_count_at(text, after))
                    })
                    .flatten()
                    .map(|c| (c.range.start, c.value, c.range.end, c.approximate))
            })
        else {
            continue;
        };
        let clause = doc.clause_range(at);
        // A clause cut at its bound is no list of names.
        if at - clause.start >= crate::figures::MAX_CLAUSE_BYTES {
            continue;
        }
        // The names start after the last figure or count of the clause,
        // but for figures that qualify a name (`投资50亿元的甲、…`).
        let lo = doc.figures.partition_point(|f| f.span.start < clause.start);
        let hi = doc.figures.partition_point(|f| f.span.start < at).max(lo);
        let last_figure = doc.figures[lo..hi].iter().rfind(|f| {
            f.span.end <= at
                && !text[f.span.end..].starts_with('的')
                && !(word == "等" && figure_inside_name(text, f.span.clone(), clause.start, at))
        });
        let names_start = last_figure.map_or(clause.start, |f| f.span.end);
        // `甲等5所幼儿园和乙等2所中小学`, `甲等4个X、乙等20个Y`: the words
        // after an earlier list's count are what that count counts; this
        // list's names start after the `、` or `和` that ends them.
        let names_start = match last_figure {
            Some(f) if text[..f.span.start].trim_end_matches('“').ends_with('等') => {
                match text[names_start..at].find(['、', '和']) {
                    Some(p) => names_start + p + '、'.len_utf8(),
                    None => continue,
                }
            }
            _ => names_start,
        };
        // `甲、乙等4大X和丙、丁等8个Y`: an earlier 等 closed its own list
        // with its count, the words after it are what that count counts;
        // this list's names start after the `和` or `、` that ends them.
        let names_start = match earlier_deng_count(text, names_start, at) {
            Some(end) => match text[end..at].find(['、', '和']) {
                Some(p) => end + p + '、'.len_utf8(),
                None => continue,
            },
            None => names_start,
        };
        // `…服务:甲、乙等9个`: an ASCII colon ends a clause too.
        let names_start = text[names_start..at]
            .rfind(':')
            .map_or(names_start, |p| names_start + p + 1);
        // `《纲要》提出了甲、乙等3个方面`: the names are what the document
        // says, after its saying verb.
        let names_start = text[names_start..at]
            .rfind('》')
            .and_then(|p| {
                let after = &text[names_start + p + '》'.len_utf8()..at];
                let verb = SAYING.iter().find(|w| after.starts_with(*w))?;
                let rest = &after[verb.len()..];
                let rest = rest.strip_prefix('了').unwrap_or(rest);
                Some(at - rest.len())
            })
            .unwrap_or(names_start);
        let names = &text[names_start..at];
        // `印发《甲》《乙》等4个文件`: titles closing the words are the
        // names, whatever their words and the verb before them.
        let titles = crate::title_runs::titles_closing(names, names_start);
        // A title in 《》 may be part of a name (`舞剧《甲》`), not a clause
        // of a document's words (`《甲》提出`).
        if titles.is_none() && names.contains('《') && names.contains(['：', '提', '指'])
            || !balanced(names)
        {
            continue;
        }
        // `A、B及C等5座`: the count may be C's alone.
        // (Not the same characters inside words: `涉及`, `参与`.)
        // A `和` inside an earlier name (`甲、乙和丙联营、丁`) joins words
        // of that name: lists join only their last name so.
        // (A title's `和` is its own words.)
        let titled = titles.is_some();
        let last_joins = !titled
            && top_level(names)
                .last()
                .is_some_and(|(_, piece)| joins_two(piece));
        if names.contains('或') {
            continue;
        }
        let items: Vec<Range<usize>> = match titles {
            Some(titles) => titles,
            None => top_level(names)
                .map(|(i, piece)| names_start + i..names_start + i + piece.len())
                .collect(),
        };
        let items = after_an_earlier_list(text, items);
        if earlier_list_inside(text, &items) {
            continue;
        }
        let items = two_groups_joined(text, items);
        let items = first_two_of_kind(text, items, words_after(text, end, 4));
        // With a last name that may be two, the list is read only when it
        // cannot fire: more names than the count may be the count's
        // reading of the last name alone. Not when the names are of one
        // kind (`甲旅游、乙旅游、丙与丁旅游等5条线路`): the count is the
        // whole list's, and a `与` whose first half does not end like the
        // names joins words of the last name. Nor when the last closes a
        // list of four names or more (see `listed` below).
        let words: Vec<&str> = items.iter().map(|r| text[r.clone()].trim()).collect();
        let kind = one_kind_tail(&words);
        let alone = last_joins && kind.is_none() && items.len() == 1;
        // Four names or more, the earlier ones short, are one list the
        // count closes (three before the join leave no group uncounted),
        // when the words before the last join end unlike every earlier
        // name (`甲与乙工程`: words of one name). Ending like them (`甲圩、
        // 乙圩、丙圩及丁坞等5座`), they close the list and the count may be
        // the next name's own; with three names, so may it be.
        let listed = |words: &[&str]| {
            let [first, between @ .., last] = words else {
                return false;
            };
            let earlier = || std::iter::once(first).chain(between);
            // (`以及` joins as `及` does.)
            let half_ends_like = first_join(last)
                .and_then(|p| last[..p].trim_end_matches('以').chars().next_back())
                .is_none_or(|c| earlier().any(|w| w.ends_with(c)));
            between.len() >= 2 && !half_ends_like && between.iter().all(|w| w.chars().count() <= 16)
        };
        if last_joins
            && kind.is_none()
            && !alone
            && (items.len() < 2 || (items.len() > count as usize && !listed(&words)))
        {
            continue;
        }
        let hidden = match kind {
            Some(tail) if last_joins => usize::from(
                words[words.len() - 1]
                    .match_indices(['和', '及', '与'])
                    .any(|(i, _)| words[words.len() - 1][..i].ends_with(tail)),
            ),
            _ => usize::from(last_joins),
        };
        // Names of one rhythm close with their join: the last two are two;
        // so do two things of the counted kind joined (`甲镇、乙镇和丙镇
        // 等3个乡镇`).
        let counted = words_after(text, end, 4);
        let (items, hidden) = match (!titled)
            .then(|| parallel_last(&words).or_else(|| last_two_of_kind(&words, counted)))
            .flatten()
        {
            Some((i, w)) => {
                let word = words[words.len() - 1];
                let start = word.as_ptr() as usize - text.as_ptr() as usize;
                let mut split = items.clone();
                split.pop();
                split.push(start..start + i);
                split.push(start + i + w..start + word.len());
                (split, 0)
            }
            None => (items, hidden),
        };
        // Short names; the first may carry the words of the clause before
        // it (`第二项指推动甲建设、乙、丙等“三大任务”`).
        // Longer names are read when each ends with what is counted
        // (`甲改革攻坚行动、乙改革攻坚行动等十大改革攻坚行动`): names of
        // one kind, not clauses.
        // Among five names or more, one longer name is still a name
        // (`甲、乙、丙、丁扩建二期工程、戊等五件实事`): the short ones
        // around it tell the list.
        // Titles in `《》` are names by the drafter's own marks, however
        // long (`《关于…的实施意见》《…办法》等3个文件`).
        let too_long = |limit: usize| !titled && items.iter().skip(1).any(|r| r.len() > limit);
        let one_longer =
            items.len() >= 5 && items.iter().skip(1).filter(|r| r.len() > 45).count() == 1;
        if items.is_empty()
            || too_long(45)
                && (items.len() < 2
                    || too_long(30 * 3)
                    || !(one_longer || each_ends_with_counted(text, &items, end, clause.end)))
        {
            continue;
        }
        // `30多座` is at least 30: as many names or more break nothing.
        if approximate && items.len() >= count as usize {
            continue;
        }
        // `部委、直属机构共59个`: categories, not names, may hold more;
        // so these lists only fire with more names than the count. Names
        // that each end with what `共` counts are those things themselves
        // (`甲高速公路、乙高速公路共2条高速公路`): the total is theirs.
        let open = !(word == "共"
            && items.len() >= 2
            && each_ends_with_counted(text, &items, end, clause.end));
        let list = CountedList {
            source: ListSource::Names,
            count,
            count_range: count_start..end,
            items,
            hidden,
            open,
        };
        // `改造甲路、乙路和新建丙路、丁路等2条`: a join opening a deed
        // parts two lists of deeds, and the count may be the last one's;
        // when that reading holds, a mismatch of the whole is no finding.
        if list.mismatched() && counts_the_last_deed(text, &list.items, count as usize) {
            continue;
        }
        if alone {
            // Open over one name or two: it cannot hold more than its count.
            if list.open && !list.mismatched() {
                one_joined.push(list);
            }
        } else {
            out.push(list);
        }
    }
}

/// Whether the figure at `span` is words of a name in a list before `等`
/// at `at`: a size that is no count of the list's kind (`甲300兆瓦光伏
/// 制氢`, `乙20万吨电解铜`), with the name's words after it up to the next
/// `、` or the `等`, and only a name's words (if any) before it back to the
/// `、` or the clause's start. A figure closing its piece (`引进项目12个、
/// 甲、乙等`) or followed by a join (`乙3个园区和丙`) ends what came
/// before, as it did.
pub(super) fn figure_inside_name(
    text: &str,
    span: Range<usize>,
    clause_start: usize,
    at: usize,
) -> bool {
    let name_words = |s: &str| {
        s.chars()
            .all(|c| crate::chars::is_han(c) || c.is_ascii_alphanumeric())
            && !s.contains(['和', '及', '与', '的', '等'])
    };
    if count_at(text, span.start).is_some() {
        return false;
    }
    let piece_start = text[clause_start..span.start]
        .rfind('、')
        .map_or(clause_start, |p| clause_start + p + '、'.len_utf8());
    let piece_end = text[span.end..at].find('、').map_or(at, |p| span.end + p);
    let head = &text[piece_start..span.start];
    let tail = &text[span.end..piece_end];
    name_words(head) && tail.chars().count() >= 2 && name_words(tail)
}

/// `甲等专项规划、乙等六项规划`: a first piece whose `等` closes an earlier
/// list, followed by the few words it counts, is no name of this list; the
/// names start after it.
pub(super) fn after_an_earlier_list(text: &str, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let closes_a_list = |piece: &Range<usize>| {
        let words = &text[piece.clone()];
        let Some(p) = words.rfind('等') else {
            return false;
        };
        let after = piece.start + p + '等'.len_utf8();
        let counted = &text[after..piece.end];
        p > 0
            && !deng_in_word(text, after)
            && (2..=8).contains(&counted.chars().count())
            && counted.chars().all(crate::chars::is_han)
    };
    match items.split_first() {
        Some((first, rest)) if !rest.is_empty() && closes_a_list(first) => rest.to_vec(),
        _ => items,
    }
}

/// Whether a name still holds a `等` closing an earlier list (`乙等“三个
/// 中心”和丙体系、丁体系`, `丙市等都市圈城市建立甲机制、乙机制`, `丙等覆盖
/// 甲县、乙县`): what that list counts and the verb after it run on into
/// this list's first name, whose start no mark tells.
pub(crate) fn earlier_list_inside(text: &str, items: &[Range<usize>]) -> bool {
    items.iter().any(|r| {
        text[r.clone()]
            .match_indices('等')
            .any(|(p, w)| p > 0 && !deng_in_word(text, r.start + p + w.len()))
    })
}

/// Where the count ends that closes the last list of `text[from..to]`
/// (a `等` right before a count), if any.
pub(super) fn earlier_deng_count(text: &str, from: usize, to: usize) -> Option<usize> {
    text[from..to]
        .rmatch_indices('等')
        .map(|(p, w)| from + p + w.len())
        .find_map(|after| {
            count_at(text, after)
                .map(|(_, end, _)| end)
                .filter(|&end| end < to)
        })
}

/// `甲、乙等项目29个`, `甲、乙等南北向12条`: after `等`, the counted noun
/// (a few characters, no verb, no figure) then its count closing the
/// clause: the count is the names' as if it stood right after `等`. The
/// noun may hold a quoted word (`甲、乙等“断头路”13条`, `甲等“5020”项目
/// 56个`): the quotes mark one word of the kind, whatever it holds, and
/// no verb in it says what was done. A count of about so many or more
/// (`30个左右`, `50个以上`) closes the clause as well, read as at least
/// its value. Where the count starts, its value, its end and whether it is
/// so approximate.
pub(super) fn count_after_noun(text: &str, after: usize) -> Option<(usize, u32, usize, bool)> {
    // `等500强企业38家`, `等十亿元以上项目77个`: a rank or size the kind
    // reaches opens the noun, a figure of no list of its own.
    let after = after + rank_or_size_len(&text[after..]);
    // The noun's characters outside quotes, and in all.
    let mut bare = 0;
    let mut all = 0;
    let mut quoted = false;
    let mut at = after;
    while let Some(c) = text[at..].chars().next() {
        if c == '“' && !quoted {
            // A short quoted word, closed before any clause break or `、`.
            let inner = &text[at + c.len_utf8()..];
            let close = inner
                .char_indices()
                .take(13)
                .find(|(_, d)| matches!(d, '”' | '“' | '、' | '，' | '。' | '；' | '：'))
                .filter(|(_, d)| *d == '”')?
                .0;
            if close == 0 {
                return None;
            }
            all += inner[..close].chars().count();
            at += c.len_utf8() + close + '”'.len_utf8();
            quoted = true;
            continue;
        }
        // `一体化`, `一站式`: a word opening with 一, not a count of one.
        let word_one = c == '一' && {
            let next = &text[at + c.len_utf8()..];
            next.starts_with(|d: char| crate::chars::is_han(d) && !is_numeral(d))
                && !MEASURES.iter().any(|m| next.starts_with(m))
        };
        if !(crate::chars::is_han(c) && (!is_numeral(c) || word_one) && c != '的') || bare == 11 {
            break;
        }
        bare += 1;
        all += 1;
        at += c.len_utf8();
    }
    if bare > 10 || !(2..=16).contains(&all) {
        return None;
    }
    let noun = &text[after..at];
    let start = at;
    let (value, end) = count_at(text, start)
        .map(|(value, end, _)| (value, end))
        .or_else(|| {
            crate::deng_counts::example_count_at(text, start)
                .filter(|c| !c.approximate)
                .map(|c| (c.value, c.range.end))
        })?;
    let approximate = ["左右", "以上"].iter().any(|w| text[end..].starts_with(w));
    let rest_at = if approximate {
        end + "左右".len()
    } else {
        end
    };
    // The count closes its clause: nothing after it is counted. (Most
    // 等 stop here, before the words are looked at.)
    let closes = text[rest_at..]
        .chars()
        .next()
        .is_none_or(|c| CLAUSE_BREAKS.contains(&c));
    // Words in quotes are a name, not what was done.
    let done = if quoted {
        let unquoted: String = noun
            .split('“')
            .map(|piece| piece.rsplit('”').next().unwrap_or(piece))
            .collect();
        done_not_named(&unquoted)
    } else {
        done_not_named(noun)
    };
    (closes && !deng_in_word(text, after) && !done).then_some((start, value, end, approximate))
}

/// The bytes of a rank or a size opening `words` (`500强`, `十亿元以上`,
/// `亿元级`), or 0: a numeral, then `强` or a unit of money that a
/// `以上` or `级` closes.
pub(super) fn rank_or_size_len(words: &str) -> usize {
    let numeral: usize = words
        .chars()
        .take_while(|c| c.is_ascii_digit() || chinese_digit(*c).is_some() || "百千".contains(*c))
        .map(char::len_utf8)
        .sum();
    if numeral == 0 {
        return 0;
    }
    let rest = &words[numeral..];
    ["强", "亿元以上", "万元以上", "亿元级", "亿级"]
        .iter()
        .find(|w| rest.starts_with(*w))
        .map_or(0, |w| numeral + w.len())
}

/// Whether the `等` ending at `after` is inside a word (`等级`, `高等`,
/// `平等`), listing nothing.
pub(crate) fn deng_in_word(text: &str, after: usize) -> bool {
    let before = text[..after - '等'.len_utf8()].chars().next_back();
    text[after..].starts_with('级') || before.is_some_and(|c| "高平对初均相特一二三".contains(c))
}

/// Whether the words between `等` and a count say what was done
/// (`等乡镇建成驿站2个`): a verb after the last `的` (before it, a verb
/// qualifies the noun: `投资亿元以上的项目`), but for `达到`, which only
/// links the names to their number.
pub(crate) fn done_not_named(words: &str) -> bool {
    let head = words.rsplit('的').next().unwrap_or(words);
    VERBS
        .iter()
        .any(|v| v.chars().count() >= 2 && *v != "达到" && head.contains(v))
}

/// Whether a `和` (or `与`, `及`) in `name` opens a deed (`乙路和新建丙路`).
pub(super) fn joins_a_deed(name: &str) -> bool {
    join_words_at(name).any(|(i, w)| {
        let rest = &name[i + w.len()..];
        VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && rest.starts_with(v))
    })
}

/// Whether `count` reads as the count of a list's last deed only, and not
/// of its names (`改造甲路、乙路和新建丙路、丁路等2条`: 丙路 and 丁路): the
/// list then has two readings.
pub(crate) fn counts_the_last_deed(text: &str, items: &[Range<usize>], count: usize) -> bool {
    items
        .iter()
        .rposition(|r| joins_a_deed(&text[r.clone()]))
        .is_some_and(|k| items.len() - k == count && items.len() != count)
}

/// `甲路、乙路和丙街、丁街`: a name between two `、` whose `和` (or `与`,
/// `及`) parts a word ending like the name before it from one ending like
/// the name after it joins two groups of names: it is two names.
pub(super) fn two_groups_joined(text: &str, items: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let last_char = |r: &Range<usize>| text[r.clone()].trim_end().chars().next_back();
    let mut out = Vec::with_capacity(items.len() + 1);
    for (k, item) in items.iter().enumerate() {
        let (Some(before), Some(after)) = (k.checked_sub(1).map(|j| &items[j]), items.get(k + 1))
        else {
            out.push(item.clone());
            continue;
        };
        let name = &text[item.clone()];
        let joins: Vec<(usize, &str)> = join_words_at(name).collect();
        let split = match joins.as_slice() {
            [(i, w)] => {
                let (left, right) = (&name[..*i], &name[i + w.len()..]);
                let ends = |s: &str, c: Option<char>| c.is_some() && s.chars().next_back() == c;
                // Groups of one kind (`甲路、乙路和丙路、丁路`) are two
                // names as well, when the second side names a thing, not
                // a deed that may open a list of its own (`和新建丙路`).
                let kinds_differ = last_char(before) != last_char(after);
                let one_kind = !kinds_differ
                    && left.chars().count() >= 2
                    && right.chars().count() >= 2
                    && !VERBS
                        .iter()
                        .any(|v| v.chars().count() >= 2 && right.starts_with(v));
                (ends(left, last_char(before))
                    && ends(right, last_char(after))
                    && (kinds_differ || one_kind))
                    .then_some((*i, w.len()))
            }
            _ => None,
        };
        match split {
            Some((i, len)) => {
                out.push(item.start..item.start + i);
                out.push(item.start + i + len..item.end);
            }
            None => out.push(item.clone()),
        }
    }
    out
}

/// Whether every item ends with the last two characters of the words
/// counted after the count at `end` (up to `clause_end`, at most eight
/// characters, all Han: `改革攻坚行动`), so the items are names of it.
pub(super) fn each_ends_with_counted(
    text: &str,
    items: &[Range<usize>],
    end: usize,
    clause_end: usize,
) -> bool {
    let counted = text.get(end..clause_end.max(end)).unwrap_or("");
    let counted = counted.trim_end_matches('”');
    let n = counted.chars().count();
    if !(2..=8).contains(&n) || !counted.chars().all(crate::chars::is_han) {
        return false;
    }
    let tail_start = counted.char_indices().nth(n - 2).map_or(0, |(i, _)| i);
    let tail = &counted[tail_start..];
    items.iter().all(|r| {
        text.get(r.clone())
            .is_some_and(|item| item.trim_end_matches('”').ends_with(tail))
    })
}

/// The two characters every name ends with, when there are three names
/// at least and none is those two characters bare (`生活服务、家庭服务、
/// 发展服务`): names of things of one kind.
pub(super) fn one_kind_tail<'a>(words: &[&'a str]) -> Option<&'a str> {
    let last = words.last()?;
    let tail_at = last.char_indices().rev().nth(1)?.0;
    let tail = &last[tail_at..];
    (words.len() >= 3
        && words
            .iter()
            .all(|w| w.ends_with(tail) && w.len() > tail.len()))
    .then_some(tail)
}

/// `甲园区和乙园区、丙园区、丁园区等6家园区`: the first name of a list
/// whose names all end with one character of the counted words, holding
/// one join with such a name on each side, joins two of the things (as
/// the last name may, see [`last_two_of_kind`]). The first side may carry
/// the clause's verb; the second must be a name like the others: no
/// longer than the longest of them, with no verb and no `的` in it
/// (`甲区和乙区共建丙区` is one clause, `甲区和乙区的丙园区` one park).
pub(super) fn first_two_of_kind(
    text: &str,
    items: Vec<Range<usize>>,
    counted: &str,
) -> Vec<Range<usize>> {
    let split = (|| {
        let [first, rest @ ..] = items.as_slice() else {
            return None;
        };
        let later: Vec<&str> = rest.iter().map(|r| text[r.clone()].trim()).collect();
        let t = later.first()?.chars().next_back()?;
        let name = |w: &str| w.ends_with(t) && w.chars().count() >= 2;
        if !crate::chars::is_han(t) || !counted.contains(t) || !later.iter().all(|w| name(w)) {
            return None;
        }
        let longest = later.iter().map(|w| w.chars().count()).max()?;
        let word = &text[first.clone()];
        let mut joins = join_words_at(word).filter(|(i, w)| {
            let right = &word[i + w.len()..];
            name(&word[..*i])
                && name(right)
                && right.chars().count() <= longest
                && !right.contains('的')
                && !VERBS.iter().any(|v| right.contains(v))
        });
        let (i, w) = joins.next()?;
        joins
            .next()
            .is_none()
            .then(|| (first.start + i, first.start + i + w.len()))
    })();
    match split {
        Some((join, after)) => {
            let mut out = Vec::with_capacity(items.len() + 1);
            out.push(items[0].start..join);
            out.push(after..items[0].end);
            out.extend(items.into_iter().skip(1));
            out
        }
        None => items,
    }
}
