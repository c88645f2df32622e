//! Verbs and joins: what tells a list of names from a clause of deeds, and
//! how many names a `和` or `及` may hide.

use super::*;

/// Whether `name` opens with the verb `verb` and names a deed: words of
/// what is done follow the verb. One character after it makes a word of
/// its own (`服务业`, `有色`, `建材`), a name of a thing.
/// Neither does a one-character verb opening a word that names a thing
/// (`有色金属`, `有机农业`, `和谐宜居`).
pub(super) fn opens_deed(name: &str, verb: &str) -> bool {
    name.starts_with(verb)
        && name[verb.len()..].chars().nth(1).is_some()
        && !THING_WORDS_OPENING_WITH_VERBS
            .iter()
            .any(|w| name.starts_with(w))
}

/// Words of things that open with a one-character verb of [`VERBS`].
pub(super) const THING_WORDS_OPENING_WITH_VERBS: &[&str] = &["有色", "有机", "有线", "和谐"];

/// Verbs that tell a clause from a name: a later name opening with one, or
/// the last name ending with one (`A、B提高3个`, `甲、做强四大`), lists
/// tasks or counts something else than the names.
pub(crate) const VERBS: &[&str] = &[
    "建设",
    "新建",
    "改建",
    "扩建",
    "改扩建",
    "续建",
    "迁建",
    "建成",
    "实施",
    "完成",
    "实现",
    "达到",
    "增长",
    "提高",
    "提升",
    "新增",
    "增加",
    "减少",
    "下降",
    "引进",
    "培育",
    "打造",
    "开展",
    "推进",
    "推动",
    "创建",
    "获得",
    "获评",
    "入选",
    "签约",
    "开工",
    "竣工",
    "投用",
    "投资",
    "落地",
    "形成",
    "启动",
    "争取",
    "举办",
    "组建",
    "设立",
    "覆盖",
    "带动",
    "涉及",
    "包含",
    "包括",
    "拥有",
    "共有",
    "布局",
    "整合",
    "组织",
    "坚持",
    "加快",
    "加强",
    "深化",
    "落实",
    // Verbs of issuing, which no name ends with (`甲、乙、丙提出四项举措`).
    "提出",
    "推出",
    "出台",
    "制定",
    "印发",
    "发布",
    "作出",
    "做出",
    "打出",
    "推行",
    "维护",
    "宣传",
    "发展",
    "促进",
    "强化",
    "优化",
    "做好",
    "抓好",
    "办好",
    "构建",
    "打好",
    "谋划",
    "支持",
    "争创",
    "保持",
    "缩小",
    "扩大",
    "做强",
    "做优",
    "做精",
    "做大",
    "做实",
    "改造",
    "整治",
    "修复",
    "升级",
    "认定",
    "评定",
    "融入",
    "服务",
    "聚焦",
    "突出",
    "围绕",
    "巩固",
    "命名",
    "划定",
    "达",
    "有",
    "等",
    "共",
    "和",
    "及",
    "与",
    "或",
];

/// How many more names a `和` may hide in a list of `words`: one in its
/// first and one in its last name; a name between two `、` is one name.
///
/// The last name hides none when a name between two `、` already holds
/// the same joining word. A list closes with its `和`, `及` or `与` before
/// its last name, so the word can only join words of a name when it stands
/// between two `、`; a list that uses it so has shown the drafter's way
/// with that word, and a drafter who ties words of names with `及` does not
/// close the same list with `及` as well, where no reader could tell the
/// two apart (`甲、汽车及零部件、生物医药及医疗器械`: three names). Read
/// as maybe two, the last name let a count one above the names fit as
/// well, so a count broken by one stayed silent; read as one, the count
/// that agrees with the names is the only one the list allows.
pub(crate) fn hidden_in(words: &[&str]) -> usize {
    let among = |k: usize| hides_a_name(words, k);
    match words.len() {
        0 => 0,
        1 => among(0),
        n => {
            let last = words[n - 1];
            // `汽车及零部件、索具…`: a first name whose only joining word is
            // `及` ties words of that name (`及` binds closer than `、`;
            // a list puts its own join before its last name, and a first
            // name joined to the rest takes `和`: `城区和甲、乙、丙`). It
            // shows the drafter's way with `及`, as a middle name does.
            let first_ji =
                join_words(words[0]).all(|j| j == "及") && join_words(words[0]).next().is_some();
            let shown_inside = shown_inside(&words[1..n - 1], last)
                || (first_ji && join_words(last).all(|j| j == "及"));
            let first = if joins_verbs(words[0]) || first_ji {
                0
            } else {
                among(0)
            };
            first + if shown_inside { 0 } else { among(n - 1) }
        }
    }
}

/// [`hidden_in`] for names of one kind (`甲与乙大提升、丙大提升、丁大提
/// 升`): a join whose first half does not end like the names ties words of
/// one name, as the names before `等` are read. Not in the last name,
/// where a list puts its own join and says the shared head once for both
/// (`甲加工、乙加工、丙和丁加工六大板块`): that one may hide a name still.
pub(super) fn hidden_in_kind(words: &[&str]) -> usize {
    match one_kind_tail(words) {
        Some(tail)
            if !words
                .iter()
                .any(|w| join_words_at(w).any(|(i, _)| w[..i].ends_with(tail))) =>
        {
            if words.len() >= 3 {
                hides_a_name(words, words.len() - 1)
            } else {
                0
            }
        }
        _ => hidden_in(words),
    }
}

/// Whether the `k`th of `words` may join two names (see
/// [`joins_two_among`]): one more name the list may hide.
fn hides_a_name(words: &[&str], k: usize) -> usize {
    let others_long = words
        .iter()
        .enumerate()
        .all(|(j, w)| j == k || w.chars().count() >= 3);
    usize::from(joins_two_among(words[k], others_long))
}

/// Where the last name joins two, when the names keep one rhythm: every
/// name between the first (which may carry the clause's verb) and the last
/// has as many characters, none joins words, and the last is two such
/// names joined by its one `和`, `及` or `与` (`甲乙丙丁、戊己庚辛、壬癸子丑和
/// 寅卯辰巳`): the drafter's list closes with its join, the last two are
/// two. The join's offset and length in the last name.
pub(super) fn parallel_last(words: &[&str]) -> Option<(usize, usize)> {
    let n = words.len();
    if n < 4 {
        return None;
    }
    let middle = &words[1..n - 1];
    let width = middle[0].chars().count();
    if width < 2
        || middle
            .iter()
            .any(|w| w.chars().count() != width || join_words_at(w).next().is_some())
    {
        return None;
    }
    let last = words[n - 1];
    let mut joins = join_words_at(last);
    let (i, w) = joins.next()?;
    (joins.next().is_none()
        && last[..i].chars().count() == width
        && last[i + w.len()..].chars().count() == width)
        .then_some((i, w.len()))
}

/// Where the last name splits into two things of the counted kind: every
/// name ends with one character the counted words hold, and the last name
/// has one join with such a name on each side (`甲镇、乙镇和丙镇等3个乡
/// 镇`, `甲桥、乙桥和丙桥3座危桥`): the drafter joined two of the things,
/// not words of one (a `和` inside a name, `太和镇`, has no name before
/// it). The join's offset and length in the last name.
pub(super) fn last_two_of_kind(words: &[&str], counted: &str) -> Option<(usize, usize)> {
    let [.., last] = words else {
        return None;
    };
    let t = last.chars().next_back()?;
    let name = |w: &str| w.ends_with(t) && w.chars().count() >= 2;
    if words.len() < 2
        || !crate::chars::is_han(t)
        || !counted.contains(t)
        || !words.iter().all(|w| name(w))
    {
        return None;
    }
    let mut joins =
        join_words_at(last).filter(|(i, w)| name(&last[..*i]) && name(&last[i + w.len()..]));
    let (i, w) = joins.next()?;
    joins.next().is_none().then_some((i, w.len()))
}

/// Where the last name joins two names of the list's kind: three names or
/// more all end with the same two characters, and the last holds one join
/// with such a name on each side (`甲名片、乙名片、丙名片和丁名片`): the
/// drafter closed the list with its join, so the last two are two. The
/// join's offset and length in the last name.
pub(super) fn last_two_named_alike(words: &[&str]) -> Option<(usize, usize)> {
    let tail = one_kind_tail(words)?;
    let last = words.last()?;
    let name = |w: &str| w.ends_with(tail) && w.len() > tail.len();
    let mut joins =
        join_words_at(last).filter(|(i, w)| name(&last[..*i]) && name(&last[i + w.len()..]));
    let (i, w) = joins.next()?;
    joins.next().is_none().then_some((i, w.len()))
}

/// Whether the joins of a list's first name tie two verbs of the sentence
/// that takes the names as its object (`谋划和着力打造甲、乙…`): a verb
/// follows the last join within a few characters and more words follow
/// the verb, so the first name starts after it.
pub(super) fn joins_verbs(first: &str) -> bool {
    let Some((i, w)) = join_words_at(first).last() else {
        return false;
    };
    let after = &first[i + w.len()..];
    VERBS.iter().filter(|v| v.chars().count() >= 2).any(|v| {
        after.find(v).is_some_and(|p| {
            after[..p].chars().count() <= 3 && after[p + v.len()..].chars().count() >= 2
        })
    })
}

/// Whether every joining word of `last` is one that a name of `middle`
/// (names between two `、`) already ties words with: then none of them
/// closes the list (`…、规模和质量以及乙`: `以及` may still close it).
pub(super) fn shown_inside(middle: &[&str], last: &str) -> bool {
    let mut joins = join_words(last).peekable();
    joins.peek().is_some() && joins.all(|l| middle.iter().any(|w| join_words(w).any(|j| j == l)))
}

/// The joining words (`和`, `及`, `与`) that `word` holds, not inside
/// words such as `参与`, `普及`, `和谐`.
pub(super) fn join_words(word: &str) -> impl Iterator<Item = &str> + '_ {
    join_words_at(word).map(|(_, w)| w)
}

/// [`join_words`] with where each stands.
pub(crate) fn join_words_at(word: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    word.match_indices(['和', '及', '与']).filter(|(i, _)| {
        !within_word(word, *i, JOIN_WORDS)
            && !within_word(word, *i, TWO_WAY_JOIN_WORDS)
            && !in_quotes(word, *i)
    })
}

/// [`joins_two`] for a name among others: when every other name is three
/// characters or more, a `和` opening the name or followed by one character
/// joins no two of them (`甲街、人和街`, `让利与民`, `以及甲、乙`); one
/// character before it may be a name (`甲、茶和乙`).
pub(crate) fn joins_two_among(word: &str, others_long: bool) -> bool {
    if !others_long || word.contains("直至") {
        return may_join_two(word);
    }
    word.match_indices(['和', '及', '与']).any(|(i, w)| {
        !within_word(word, i, JOIN_WORDS)
            && !in_quotes(word, i)
            && !matches!(&word[..i], "" | "以")
            && word[i + w.len()..].chars().count() >= 2
    })
}

/// Whether `word` ends with one of [`VERBS`]; a joining word ending a
/// word that holds it (`碳中和`) is no verb.
pub(crate) fn ends_with_verb(word: &str) -> bool {
    VERBS.iter().any(|v| {
        word.ends_with(v)
            && !(v.chars().count() == 1
                && (within_word(word, word.len() - v.len(), JOIN_WORDS)
                    || within_word(word, word.len() - v.len(), TWO_WAY_JOIN_WORDS)))
    })
}

/// Words holding `和`, `及` or `与` that join nothing.
pub(super) const JOIN_WORDS: &[&str] = &[
    "参与",
    "给与",
    "普及",
    "涉及",
    "惠及",
    "波及",
    "和谐",
    "及时",
    "碳中和",
];

/// Words holding `和` whose other character may as well close the word
/// before (`水平和`, `气温和`, `集中和`) or open the word after (`和平台`):
/// there the `和` may join two names, or not.
pub(super) const TWO_WAY_JOIN_WORDS: &[&str] = &["平和", "温和", "和平", "中和"];

/// Whether a name is surely two joined by `和`, `与`, `及` or `直至`; not
/// the same characters inside words (`参与`, `普及`, `涉及`, `和谐`,
/// `及时`), nor in words that may hold them either way (`水平和`).
pub(crate) fn joins_two(word: &str) -> bool {
    word.contains("直至")
        || word.match_indices(['和', '及', '与']).any(|(i, _)| {
            !within_word(word, i, JOIN_WORDS)
                && !within_word(word, i, TWO_WAY_JOIN_WORDS)
                && !in_quotes(word, i)
        })
}

/// Where the first join that [`joins_two`] reads in `word` starts.
pub(crate) fn first_join(word: &str) -> Option<usize> {
    word.match_indices(['和', '及', '与'])
        .find(|(i, _)| {
            !within_word(word, *i, JOIN_WORDS)
                && !within_word(word, *i, TWO_WAY_JOIN_WORDS)
                && !in_quotes(word, *i)
        })
        .map(|(i, _)| i)
}

/// Whether a name may be two: [`joins_two`], or a `和` in a word that
/// may hold it either way. A count one above the names then fits too:
/// the reading is not unique, so the count is not judged by it.
pub(crate) fn may_join_two(word: &str) -> bool {
    word.contains("直至")
        || word
            .match_indices(['和', '及', '与'])
            .any(|(i, _)| !within_word(word, i, JOIN_WORDS) && !in_quotes(word, i))
}

/// Whether the byte `i` of `word` stands inside quotes opened before it
/// and not yet closed: a `和` there ties words of one quoted name
/// (`“甲保护和乙发展”`), the drafter's marks say it is one.
pub(super) fn in_quotes(word: &str, i: usize) -> bool {
    let before = &word[..i];
    before.matches('“').count() > before.matches('”').count()
}

/// Whether `word` holds the adverbial 地 (`有序地`), not 地 inside a noun
/// (`地方`, `基地`, `用地`, `天地`). The adverbial 地 closes the words
/// that qualify a verb: one opening the word qualifies nothing (`地壹街`).
pub(super) fn adverbial_de(word: &str) -> bool {
    const NOUNS: &[&str] = &[
        "地方", "地区", "地下", "地铁", "地块", "地标", "地质", "地热", "地理", "地市", "基地",
        "土地", "用地", "湿地", "绿地", "耕地", "林地", "草地", "高地", "属地", "产地", "园地",
        "阵地", "场地", "腹地", "地产", "洼地", "内地", "山地", "营地", "田地", "本地", "外地",
        "两地", "各地", "当地", "异地", "天地",
    ];
    // No allocation: each 地 is looked up among the nouns around it.
    word.match_indices('地')
        .any(|(i, _)| i > 0 && !within_word(word, i, NOUNS))
}

/// Whether the character at `i` of `s` is part of one of `words` there.
pub(super) fn within_word(s: &str, i: usize, words: &[&str]) -> bool {
    let c = s[i..].chars().next().map_or(0, char::len_utf8);
    words.iter().any(|w| {
        w.match_indices(&s[i..i + c]).any(|(k, _)| {
            i.checked_sub(k)
                .and_then(|start| s.get(start..start + w.len()))
                == Some(*w)
        })
    })
}

/// Counted things that are deeds or steps of a process, whose items are
/// named by verbs (`招商引资、培育主体两个着力点`).
pub(super) const DEED_NOUNS: &[&str] = &[
    "环节",
    "着力点",
    "抓手",
    "举措",
    "步骤",
    "工作",
    "任务",
    "措施",
    // Programmes are named by what they do (`甲产业提质、乙产业培育两大
    // 工程`, `甲整治、乙改造三个攻坚战`).
    "工程",
    "行动",
    "计划",
    "攻坚",
    // Rules and ways are stated as what is done (`实行甲、坚持乙和加强丙三项
    // 基本准则`, `甲、乙两种方式`).
    "准则",
    "原则",
    "途径",
    "方式",
    "办法",
    "做法",
    // Aims and key points are stated as what is to be done (`建设甲、
    // 构建乙两个目标`, `做强甲、做优乙两个重点`).
    "目标",
    "重点",
];

/// Whether the verb closing the last of `words` closes an earlier one too
/// (`甲建设、乙实事、丙建设`): the head the names share, each a deed's
/// name, not a verb taking the count after it as its object.
pub(super) fn shared_head(words: &[&str]) -> bool {
    let [earlier @ .., last] = words else {
        return false;
    };
    VERBS
        .iter()
        .filter(|v| v.chars().count() >= 2)
        .find(|v| last.ends_with(*v))
        .is_some_and(|v| earlier.iter().any(|w| w.ends_with(v)))
}

/// Verbs that close the name of a deed done to the thing named before
/// them (`数字政府建设`, `未来产业培育`, `老旧小区改造`): with a count of
/// deeds, a last name closing with one is a deed's name, not a verb taking
/// the count as its object.
pub(super) const DEED_HEADS: &[&str] = &["建设", "培育", "改造"];

/// Verbs that end many names as their head (`隐患排查整治`, `生态修复`,
/// `固定资产投资`, `人才支持`): after the thing they act on, a verb
/// heads a noun phrase.
pub(crate) const NAME_HEADS: &[&str] = &[
    "整治", "治理", "修复", "升级", "服务", "发展", "提升", "投资", "应用", "支持",
];

/// Verbs that drafters pair with `和` before the object they share
/// (`牢记和践行`, `帮助和鼓励`), beyond [`VERBS`].
pub(crate) const PAIRED_VERBS: &[&str] = &[
    "牢记", "践行", "帮助", "鼓励", "引导", "支持", "保障", "完善", "健全", "规范", "保护", "传承",
    "弘扬", "学习", "贯彻", "坚守", "守好", "守牢", "树立", "增强", "提振",
];
