//! A numeral with no measure word that says how many of the names before
//! it share what it opens: `能耗总量和强度双下降`, `甲、乙实现“双提升”`,
//! `甲和乙双轮驱动`, `甲、乙两证联办`. The names are the subject (or the
//! parts) of the numeral's word, so they are its items, even when they
//! carry no character of it (the echoed counts' sign).
//!
//! The join decides the reading. A `和` between two names makes two items;
//! a `和` between two verbs (`牢记和践行`, `帮助和鼓励`) makes none, and
//! neither does a list whose later names open with a verb (clauses, not
//! names) or whose last name ends with one (the count is then the verb's
//! object, not its subject).

use crate::chars::{chinese_digit, is_han, small_chinese_number};
use crate::lists::{CountedList, ListSource};

/// The longest a name but the first may be; the first may carry the verb
/// of the sentence and is allowed twice as long.
const NAME_CHARS: usize = 14;

/// Verbs that may stand between the names and their count, which is then
/// what the names reach or keep together (`甲、乙实现“双下降”`, `甲和乙保
/// 持“双提升”`).
const LINKS: &[&str] = &["均实现", "同步实现", "实现", "继续保持", "保持", "呈现"];

/// The list of names whose count is the numeral ending right before `word`
/// (a byte of `line`); offsets are `line`'s.
pub(crate) fn subject_count(line: &str, word: usize) -> Option<CountedList> {
    let c = line[word..].chars().next()?;
    if !is_han(c) || crate::echoed_counts::numeral_like(c) || matches!(c, '是' | '些' | '批') {
        return None;
    }
    let numeral_len: usize = line[..word]
        .chars()
        .rev()
        .take_while(|c| crate::echoed_counts::numeral_like(*c))
        .map(char::len_utf8)
        .sum();
    let start = word - numeral_len;
    let numeral = &line[start..word];
    // `第二`: an ordinal; `两项`, `三大`: a measure word, the bare-names
    // reader's.
    if line[..start].ends_with('第') || crate::lists::count_at(line, start).is_some() {
        return None;
    }
    // `三级`, `两省`, `三重`: levels, places and layers, the bare-names
    // reader's after a numeral other than `双`.
    if numeral != "双"
        && (matches!(c, '级' | '重') || crate::lists::PLACE_LEVELS.iter().any(|l| l.starts_with(c)))
    {
        return None;
    }
    let count = match numeral {
        "双" => 2,
        // `双` opens the pair words; `两` and the numerals above it count
        // one word of a pair or a row (`两证`, `三链`), never `二`,
        // which numbers (`二产`, `二期`).
        _ if numeral.starts_with('二') => return None,
        _ => small_chinese_number(numeral)?,
    };
    if !(2..=6).contains(&count) {
        return None;
    }
    let mut end = start;
    let quoted = line[..end].ends_with('“');
    // A numeral before a word of change counts who changes (`双下降`:
    // both fall), so one name too few is a slip; before a noun it counts
    // that noun (`三年`, `三期`, `三角`), which names before it may only
    // happen to match: read when they agree, never judged. Bare, only a
    // pair word (`双`, `两`) is read before a noun: `三年`, `三期`, `三角`
    // after names are mostly the names' own words. Decided before the
    // names are read, since most numerals open neither.
    let change = CHANGES.iter().any(|w| line[word..].starts_with(w));
    // A numeral whose word then says the things act together (`双轮驱动`,
    // `两手发力`, `三位一体`) counts those things, the names before it, as
    // a word of change counts who changes.
    let joint = acts_together(c, &line[word + c.len_utf8()..]);
    let pair_or_quoted = quoted || matches!(numeral, "双" | "两");
    // `“甲、乙、丙”三法`: the drafter's quotes close the names right
    // before the numeral, which counts them.
    // (Not a span of time: `“甲、乙”三年行动` counts years.)
    // So do names joined by plus signs (`“甲+乙+丙”三链`), and a row of
    // single characters when as many as the count (`“春夏秋冬”四季`; see
    // `quoted_rows`).
    let listed = quoted_list_before(line, start)
        .map(|items| (items, crate::quoted_rows::Parting::Sure))
        .or_else(|| quoted_row_before(line, start))
        .filter(|_| !TIME.contains(&c));
    if let Some((items, parting)) = listed {
        return parting.fits(items.len(), count).then(|| {
            CountedList::shown(
                ListSource::Subjects,
                count,
                start..word + c.len_utf8(),
                items,
            )
        });
    }
    if !change && !joint && !pair_or_quoted {
        return None;
    }
    if let Some(before) = line[..end].strip_suffix('“') {
        // The quote holds the count and a short word (`“双提升”`).
        let close = line[word..]
            .char_indices()
            .take(8)
            .find(|(_, c)| *c == '”')?;
        // `“三减控三高”`: a second numeral makes the quote a code of its
        // own, not a count of the names.
        // (`一体`, `合一` after the counted word are no numeral: `“三位
        // 一体”`, `“四合一”` say the things make one.)
        let inner = &line[word..word + close.0];
        let inner = ["一体", "合一"]
            .iter()
            .find_map(|w| inner.strip_suffix(w))
            .unwrap_or(inner);
        if close.0 == 0 || inner.chars().any(crate::echoed_counts::numeral_like) {
            return None;
        }
        end = before.len();
    }
    let before = line[..end].strip_suffix('的').unwrap_or(&line[..end]);
    let before = LINKS
        .iter()
        .find_map(|l| before.strip_suffix(l))
        .unwrap_or(before);
    let names_end = before.len();
    let names_start = line[..names_end].rfind(CLAUSE_BREAKS).map_or(0, |p| {
        p + line[p..].chars().next().map_or(1, char::len_utf8)
    });
    // `三、甲、乙的“两X”`: a heading's number opens no name.
    let names_start = names_start
        + line[names_start..names_end]
            .split_once('、')
            .filter(|(number, _)| {
                !number.is_empty() && number.chars().all(|c| chinese_digit(c).is_some())
            })
            .map_or(0, |(number, _)| number.len() + '、'.len_utf8());
    let names = &line[names_start..names_end];
    let items = subjects(names, names_start, c)?;
    let n = items.len();
    // A counted character that is itself a deed (`三改联动`: three kinds of
    // renovation) counts deeds: names before it that carry none of it are
    // where they are done (`甲电厂、乙电厂“三改联动”`) or whose they are
    // (`司法“三调联动”`), read when as many as the numeral, never judged.
    // Names carrying it (`甲调解、乙调解和丙调解“三调联动”`) are the deeds;
    // a thing counted (`甲和乙双轮驱动`) may be the names by a figure of
    // speech.
    let deeds_elsewhere = DEEDS.contains(&c) && !items.iter().any(|r| line[r.clone()].contains(c));
    let fits = if change || (joint && !deeds_elsewhere) {
        (n..=n + 1).contains(&(count as usize))
    } else {
        count as usize == n
    };
    if !fits {
        return None;
    }
    Some(CountedList::shown(
        ListSource::Subjects,
        count,
        start..word + c.len_utf8(),
        items,
    ))
}

/// Whether `word` (what follows a numeral) opens with a word of change
/// (`下降`, `提升`): the numeral then counts who changes.
pub(crate) fn opens_with_change(word: &str) -> bool {
    CHANGES.iter().any(|w| word.starts_with(w))
}

/// Words of time or of times a numeral may count after a list's quotes.
const TIME: &[char] = &[
    '年', '月', '日', '天', '期', '次', '周', '倍', '成', '批', '轮',
];

/// The names of a quoted list closing right before `end` (`“甲、乙、丙”`):
/// two or more, cut at each `、`, each short and holding no join, quote
/// or bracket (a name that may be two leaves the count unsure).
fn quoted_list_before(line: &str, end: usize) -> Option<Vec<std::ops::Range<usize>>> {
    let (inner_start, inner) = quote_closing_at(line, end)?;
    if !inner.contains('、') || inner.chars().count() > 60 {
        return None;
    }
    let mut items = Vec::new();
    let mut at = inner_start;
    for piece in inner.split('、') {
        let len = piece.chars().count();
        if len == 0
            || len > NAME_CHARS
            || !piece.chars().all(is_han)
            || crate::lists::may_join_two(piece)
        {
            return None;
        }
        items.push(at..at + piece.len());
        at += piece.len() + '、'.len_utf8();
    }
    Some(items)
}

/// The names of a quote closing right before `end` that parts them by plus
/// signs or writes them as a row of characters (see [`crate::quoted_rows`]).
fn quoted_row_before(
    line: &str,
    end: usize,
) -> Option<(Vec<std::ops::Range<usize>>, crate::quoted_rows::Parting)> {
    let (inner_start, inner) = quote_closing_at(line, end)?;
    crate::quoted_rows::quoted_row(inner, inner_start)
}

/// The words inside a quote closing right before `end`, and where they
/// start. The opening quote is looked for within the longest list read
/// (60 characters), not searched back to the line's start.
fn quote_closing_at(line: &str, end: usize) -> Option<(usize, &str)> {
    let before = line[..end].strip_suffix('”')?;
    let mut from = before.len().saturating_sub(61 * 3);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let open = from + before[from..].rfind('“')?;
    let inner_start = open + '“'.len_utf8();
    Some((inner_start, &before[inner_start..]))
}

/// Whether `rest`, what follows a numeral's counted character `c`, says
/// the things counted act together or make one (`驱动`, `发力`, `一体`).
fn acts_together(c: char, rest: &str) -> bool {
    JOINT.iter().any(|w| rest.starts_with(w)) || c == '合' && rest.starts_with('一')
}

/// Words after a numeral's counted character that say the things counted
/// act together (`双轮驱动`, `两手发力`, `三证联办`, `三箭齐发`, `三管齐
/// 下`) or make one (`三位一体`, `三险合一`, `三校整合`, `两区合并`;
/// `四合一`: `合` is the counted character).
const JOINT: &[&str] = &[
    "驱动", "发力", "并用", "并举", "并重", "齐飞", "齐发", "齐下", "并进", "联动", "联办", "并联",
    "一体", "合一", "整合", "合并",
];

/// Counted characters that are deeds, not things (`三改`, `三调`, `五治`).
const DEEDS: &[char] = &['改', '调', '治', '创', '建', '修', '防'];

/// Words of change a numeral may open, saying how many of the names
/// before it change so (`双下降`, `“双提升”`, `双倍增`, `双控`).
const CHANGES: &[&str] = &[
    "下降", "降", "提升", "提高", "提质", "增长", "增", "倍增", "翻番", "减", "缩", "控", "达标",
    "清零", "胜利", "赢", "摘帽",
];

/// The marks that end a clause.
const CLAUSE_BREAKS: [char; 9] = ['，', '。', '；', '：', '！', '？', ',', ';', ':'];

/// The names of `names` (at `offset`): cut at each `、`, the last maybe
/// two joined by `和`/`与`/`及`; or two joined by one such word. None when
/// they read as verbs or clauses rather than names.
fn subjects(names: &str, offset: usize, c: char) -> Option<Vec<std::ops::Range<usize>>> {
    let last = names.chars().next_back()?;
    // A code may close the last name (`甲和PM2.5`).
    let code_last = last.is_ascii_digit() && crate::lists::in_lettered_code(names, names.len() - 1);
    if !(is_han(last) || last == '”' || last == '）' || code_last)
        || names.contains(['《', '（', '(', '等'])
        || figure_outside_quotes(names, c)
        || !crate::lists::balanced(names)
    {
        return None;
    }
    let pieces = crate::list_forms::split_names(names, offset);
    let mut items = Vec::new();
    for (k, piece) in pieces.iter().enumerate() {
        let text = &names[piece.start - offset..piece.end - offset];
        let joins: Vec<_> = crate::lists::join_words_at(text).collect();
        match joins.as_slice() {
            [] => items.push(piece.clone()),
            // A list closes with its join: only its last name (or the
            // only one) is two.
            [(i, w)] if k + 1 == pieces.len() => {
                let (first, second) = (&text[..*i], &text[i + w.len()..]);
                if first.is_empty() || second.is_empty() || verbs_joined(first, second) {
                    return None;
                }
                items.push(piece.start..piece.start + i);
                items.push(piece.start + i + w.len()..piece.end);
            }
            _ => return None,
        }
    }
    if items.len() < 2 {
        return None;
    }
    let words: Vec<&str> = items
        .iter()
        .map(|r| &names[r.start - offset..r.end - offset])
        .collect();
    // `京津冀、长三角`: one character before the numeral opens a word of
    // its own.
    let long = words.iter().skip(1).any(|w| w.chars().count() > NAME_CHARS)
        || words[words.len() - 1].chars().count() < 2
        || words[0].chars().count() > 2 * NAME_CHARS;
    // Names, not clauses: a later name opening with a verb is a deed, and a
    // verb closing the last makes the count its object.
    let opens_with_verb = |w: &&str| {
        crate::lists::VERBS
            .iter()
            .any(|v| v.chars().count() >= 2 && w.starts_with(v))
    };
    let last = words[words.len() - 1];
    let verb_last = crate::lists::ends_with_verb(last)
        && !crate::lists::NAME_HEADS.iter().any(|h| last.ends_with(h));
    if long || words.iter().skip(1).any(opens_with_verb) || verb_last {
        return None;
    }
    Some(items)
}

/// Whether `names` holds, outside quotes, a figure (names with amounts of
/// their own), a count (`两个甲`), or a numeral before the counted word's
/// character, a series the count may continue (`一产、二产三产`). A
/// numeral inside a word (`二氧化碳`) or a quote (`“一号工程”`) is none.
fn figure_outside_quotes(names: &str, c: char) -> bool {
    let mut depth = 0i32;
    names.char_indices().any(|(i, ch)| {
        match ch {
            '“' => depth += 1,
            '”' => depth -= 1,
            _ => {}
        }
        let numeral = crate::echoed_counts::numeral_like(ch);
        depth == 0
            && (ch.is_ascii_digit() && !crate::lists::in_lettered_code(names, i)
                || numeral && names[i + ch.len_utf8()..].starts_with(c)
                || numeral && crate::lists::count_at(names, i).is_some())
    })
}

/// Whether a `和` joins two verbs rather than two names: the word before
/// it ends with a verb (`牢记和践行`, `完善和落实`), or the word after it
/// opens with one (`甲和推进乙`).
fn verbs_joined(first: &str, second: &str) -> bool {
    let opens = crate::lists::VERBS
        .iter()
        .any(|v| v.chars().count() >= 2 && second.starts_with(v));
    let closes = crate::lists::ends_with_verb(first)
        && !crate::lists::NAME_HEADS.iter().any(|h| first.ends_with(h));
    let paired = crate::lists::PAIRED_VERBS
        .iter()
        .any(|v| first.ends_with(v) || second.starts_with(v));
    opens || closes || paired || first.chars().count() == 1 && second.chars().count() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<'a>(line: &'a str, numeral: &str) -> Option<(u32, Vec<&'a str>)> {
        let word = line.find(numeral)? + numeral.len();
        let list = subject_count(line, word)?;
        Some((
            list.count,
            list.items.iter().map(|r| &line[r.clone()]).collect(),
        ))
    }

    #[test]
    fn names_before_a_numeral_with_no_measure_word() {
        assert_eq!(
            read("确保火灾起数和受伤人数双下降", "双"),
            Some((2, vec!["确保火灾起数", "受伤人数"]))
        );
        assert_eq!(
            read("出口额和利用外资继续保持“双增长”", "双"),
            Some((2, vec!["出口额", "利用外资"]))
        );
        assert_eq!(
            read("今年订单总额、出口规模实现“双提升”", "双"),
            Some((2, vec!["今年订单总额", "出口规模"]))
        );
        assert_eq!(
            read("坚持科技创新和制度创新双轮驱动", "双"),
            Some((2, vec!["坚持科技创新", "制度创新"]))
        );
        assert_eq!(
            read("推行营业执照、税务登记两证联办", "两"),
            Some((2, vec!["推行营业执照", "税务登记"]))
        );
        assert_eq!(
            read("打造服务最优、效率最高的“两优政府”", "两"),
            Some((2, vec!["打造服务最优", "效率最高"]))
        );
        // One more than the names: the slip the rule reports.
        assert_eq!(
            read("确保火灾起数和受伤人数三下降", "三").map(|r| r.0),
            Some(3)
        );
    }

    #[test]
    fn a_numeral_of_things_acting_together_counts_the_names() {
        // A word of acting together after the counted character: the
        // names are what acts, so one too few is a slip.
        assert_eq!(
            read("依靠产业升级和数字经济三轮驱动", "三").map(|r| r.1.len()),
            Some(2)
        );
        assert_eq!(
            read("推进交通、能源和水利“四网联动”", "四").map(|r| r.0),
            Some(4)
        );
        assert_eq!(read("推进农田、林地“三合一”", "三").map(|r| r.0), Some(3));
        // Silent: a numeral before a noun of its own (a span of years), a
        // pair word before a noun, names matching their count.
        assert_eq!(read("实施交通和水利三年行动", "三"), None);
        assert_eq!(read("发挥市场和政府三手作用", "三"), None);
        assert_eq!(
            read("以工业、农业、旅游业三轮驱动", "三").map(|r| (r.0, r.1.len())),
            Some((3, 3))
        );
        // Clauses, not names.
        assert_eq!(read("巩固和扩大三轮驱动成果", "三"), None);
        // Things made one, or sent off together.
        assert_eq!(
            read("推动甲险、乙险“三险合一”", "三").map(|r| (r.0, r.1.len())),
            Some((3, 2))
        );
        assert_eq!(
            read("坚持宣传、督导、执法三管齐下", "三").map(|r| (r.0, r.1.len())),
            Some((3, 3))
        );
        assert_eq!(
            read("形成甲线游、乙线游“三箭齐发”格局", "三").map(|r| r.0),
            Some(3)
        );
    }

    #[test]
    fn a_quoted_list_right_before_a_numeral_is_what_it_counts() {
        assert_eq!(
            read("推广“坑、桶、器、药”四法防冻", "四").map(|r| r.1),
            Some(vec!["坑", "桶", "器", "药"])
        );
        assert_eq!(read("做好“规、建、管”四字文章", "四").map(|r| r.0), Some(4));
        // Silent: years counted after the quotes, a name that may be two,
        // no list in the quotes.
        assert_eq!(read("实施“引、育、留”两年行动", "两"), None);
        assert_eq!(read("实施“甲和乙、丙”三法", "三"), None);
        assert_eq!(read("推进“放管服”三项改革", "三"), None);
    }

    #[test]
    fn a_join_of_verbs_or_clauses_is_no_list() {
        // Two verbs joined: the count is their object.
        assert_eq!(read("牢记和践行“两个务必”", "两"), None);
        assert_eq!(read("巩固和扩大双创成果", "双"), None);
        assert_eq!(read("支持和鼓励双向投资", "双"), None);
        // A later name opening with a verb is a deed.
        assert_eq!(read("抓好秋粮和推进冬播双轮驱动", "双"), None);
        // A measure word: the bare-names reader's.
        assert_eq!(read("甲园区和乙园区两个", "两"), None);
        // Numbers, not counts.
        assert_eq!(read("东区和西区二期", "二"), None);
        // Far from the names' number.
        assert_eq!(read("甲镇和乙镇五化同步", "五"), None);
    }
}
