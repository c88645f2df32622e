//! The subjects of a `分别`: where they are named and how many they are.

use super::*;

/// Where the subjects of the `分别` at `at` are named and how many they
/// may be:
/// - a second `分别` of the same sentence with no subjects of its own
///   (`分别达到X、Y，分别是上年的1.4倍、1.2倍`) speaks of the `earlier`
///   one's subjects;
/// - names before it in its clause, joined by `、` (a `和`, `与`, `及` may
///   join one more), or one word of two (`城乡`, `存贷款`);
/// - a clause of a few words (`较上年分别增长…`) speaks of the list in the
///   clause before it (`接待游客1.4亿人次、旅游收入1529亿元`).
pub(super) fn subjects(
    doc: &Document,
    at: usize,
    earlier: Option<&RespectivelyReading>,
) -> Option<(Range<usize>, (usize, usize))> {
    let text = &doc.text;
    let clause = clause_range(text, at);
    let head = &text[clause.start..at];
    let joined = |s: &str| head_joins(s);
    // `2030年力争产值分别…`: a target's year and resolve say nothing of
    // the subjects.
    let target = without_target_lead(head);
    let short_head = target.chars().count() <= 8 && joined(head) == (0, 0);
    if let Some(earlier) = earlier.filter(|e| {
        e.at < clause.start
            && !text[e.at..clause.start].chars().any(ends_sentence)
            && joined(head) == (0, 0)
            && !names_others(head, &text[e.subjects_range.clone()])
            && (head.chars().count() <= 4
                || follows_directly(doc, e, clause.start, head)
                    && !PAIRS.iter().any(|p| head.contains(p)))
    }) {
        return Some((earlier.subjects_range.clone(), earlier.subjects));
    }
    let own = unquoted(&without_brackets(head));
    // A duration (`学前三年毛入园率`), a class bound (`50户以上村寨`), a
    // numeral in quotes (`“八大行动”项目`) or the basis of a price
    // (`收购价每50公斤`) is a word of a name or a measure, not a value.
    let figures: Vec<_> = figures_in(doc, &(clause.start..at))
        .iter()
        .filter(|f| {
            f.kind != FigureKind::Duration
                && !names_a_class(text, f)
                && !chars_before(text, f.span.start, 1).ends_with('每')
                && !quoted(&text[clause.start..f.span.start])
                && !opens_a_listed_name(text, f)
        })
        .collect();
    // `收入从甲年的X元和Y元分别增长到…`: the earlier values listed right
    // before 分别, after 从 or 由, are one per subject.
    if let Some(run) = earlier_values(doc, &figures, at) {
        return Some((floor_boundary(text, clause.start)..at, (run, run)));
    }
    // `A增长10%、B和C收入分别增长…`: the names after the clause's last figure.
    if let Some(last) = figures.last() {
        let rest = text[last.span.end..at].trim_start_matches(crate::chars::is_space);
        if let Some(rest) = AND.iter().find_map(|w| rest.strip_prefix(w)) {
            let rest = unquoted(&without_brackets(rest));
            if !rest.contains(['（', '(', '“', '《']) && !rest.chars().any(|c| c.is_ascii_digit())
            {
                let (separators, joins) = joined(&rest);
                let range = floor_boundary(text, last.span.end)..at;
                if separators + joins > 0 {
                    let subjects = (separators + 1, separators + 1 + joins);
                    return Some((range, with_pairs_inside(&rest, counted(&rest, subjects))));
                }
                if PAIRS.iter().any(|p| rest.contains(p)) {
                    return Some((range, (2, 2)));
                }
            }
        }
    }
    if let Some(run) = counted_subjects(text, clause.start..at, &figures) {
        return Some((floor_boundary(text, clause.start)..at, (run, run)));
    }
    if let Some(n) = names_with_their_count(text, clause.start..at, &figures) {
        return Some((floor_boundary(text, clause.start)..at, (n, n)));
    }
    if let Some(n) = count_before_noun(text, clause.start..at, &figures) {
        return Some((floor_boundary(text, clause.start)..at, (n, n)));
    }
    // `15%税率政策甲、乙享惠面分别…`, `5个项目一、二季度开工率分别…`: a
    // figure that qualifies the words right after it, then the names
    // listed with `、`, all past the clause's last figure.
    // Not a figure that opens a name of a list (`甲案件、八类乙案件、丙案件`):
    // the list runs before it too.
    if let Some(last) = figures.last()
        && !text[clause.start..last.span.start].ends_with(['、', '和', '与', '及'])
        && let Some(subjects) = listed_after_a_figure(text, last.span.end..at)
    {
        return Some((floor_boundary(text, last.span.end)..at, subjects));
    }
    let figures_in_head = !figures.is_empty();
    if !figures_in_head && let Some(n) = touching_quotes(head) {
        return Some((floor_boundary(text, clause.start)..at, (n, n)));
    }
    if !figures_in_head && !own.contains(['（', '(', '“', '《']) {
        let (separators, joins) = joined(&own);
        if separators + joins > 0 {
            let subjects = counted(&own, (separators + 1, separators + 1 + joins));
            let subjects = with_pairs_inside(&own, subjects);
            return Some((
                floor_boundary(text, clause.start)..at,
                with_a_later_list(&own, subjects),
            ));
        }
        // `猪牛羊禽饲养量分别…`: kinds of livestock, one character each.
        if let Some(n) = livestock_run(&own) {
            return Some((floor_boundary(text, clause.start)..at, (n, n)));
        }
        // `城乡居民收入分别…`: one word naming two subjects.
        if PAIRS.iter().any(|p| own.contains(p)) {
            return Some((floor_boundary(text, clause.start)..at, (2, 2)));
        }
        // `三大产业增加值分别…`, `市县两级分别…`: the count of the subjects.
        if let Some(n) = stated_count(&own) {
            return Some((floor_boundary(text, clause.start)..at, (n, n)));
        }
    }
    // The list of the clause before, in the same sentence, when this
    // clause only compares (`较上年分别增长`, `累计分别达到`).
    let before = text[..clause.start].chars().next_back()?;
    let compares = head.is_empty() || COMPARES.iter().any(|w| head.starts_with(w));
    // `…，满意率分别为`, `…，数量分别压减`: a short name of what each
    // subject of the clause before is measured by.
    let measure = target.chars().count() <= 4 && target.chars().all(crate::chars::is_han);
    if !short_head || !(compares || measure) || !matches!(before, '，' | ',') {
        return None;
    }
    let mut previous = clause_range(text, clause.start - before.len_utf8());
    // `A收入X元，B收入Y元，扣除价格因素，分别增长…`: an aside on the price
    // basis stands between the clauses naming the subjects and `分别`.
    if PRICE_ASIDES.contains(&text[previous.clone()].trim_matches(crate::chars::is_space))
        && let Some(comma) = text[..previous.start].chars().next_back()
        && matches!(comma, '，' | ',')
    {
        previous = clause_range(text, previous.start - comma.len_utf8());
    }
    let words = unquoted(&text[previous.clone()]);
    let words = words.as_str();
    if words.contains(['（', '(', '“', '《', '：', '等']) || words.contains("分别") {
        return None;
    }
    // `A达133家，B达134家，分别增长…`: one figure in each clause before.
    // Where the run starts does not say where its subjects start: its
    // first clauses may open the sentence or follow a lead (`物流产业发展
    // 迅猛，企业发展到115家，营业收入23亿元，税收1.1亿元，分别增长…`) rather
    // than name subjects, so fewer values than clauses, two at least, may
    // speak of the last ones.
    if let Some((start, run)) = one_figure_clauses(doc, previous.clone()) {
        return Some((floor_boundary(text, start)..at, (2, run)));
    }
    let listed: Vec<_> = figures_in(doc, &previous)
        .iter()
        .filter(|f| f.kind != FigureKind::Duration)
        .collect();
    if let Some(n) = names_with_their_count(text, previous.clone(), &listed) {
        return Some((floor_boundary(text, previous.start)..at, (n, n)));
    }
    let range = floor_boundary(text, previous.start)..at;
    // Figures listed (`原煤、原油产量6640万吨、1253万吨`): one subject each.
    // A duration is a word of a name (`学前三年毛入园率`), not a figure of
    // the list.
    let figures = figures_in(doc, &previous);
    let levels: Vec<_> = figures
        .iter()
        .filter(|f| f.kind != FigureKind::Duration)
        .collect();
    let mut run = 0;
    for (k, figure) in levels.iter().enumerate() {
        // `300万人次、旅游收入25亿元`: each figure may carry its name.
        let joined_to_last = k > 0 && {
            let gap = text[levels[k - 1].span.end..figure.span.start]
                .trim_matches(crate::chars::is_space);
            AND.iter().any(|w| gap.starts_with(w))
        };
        run = if joined_to_last { run + 1 } else { 1 };
    }
    // `GDP715亿元、财政收入47亿元`: a number glued to letters is read as a
    // code, so the run may hold one figure more than was read.
    if run >= 2 && glued_to_letters(words) {
        return None;
    }
    if run >= 2 {
        // `生产总值120亿元，其中甲X、乙Y、丙Z，分别增长…`: the whole the
        // parts break down may be listed first among the subjects.
        let breakdown = text[previous.clone()]
            .trim_start_matches(crate::chars::is_space)
            .starts_with("其中");
        // `面积达到12万亩，年产X吨、产值Y亿元，分别增长…`: levels of one
        // figure each in the clauses before the list may be subjects too.
        let leading = single_levels_before(doc, previous.start);
        return Some((range, (run, run + usize::from(breakdown) + leading)));
    }
    if let Some(subjects) = names_sharing_a_rate(text, previous.clone(), figures) {
        return Some((range, subjects));
    }
    if let Some(n) = items_closed_by_numbers(words) {
        return Some((range, (n, n)));
    }
    // A year (`2021年旅游收入、游客人数…`) names no subject.
    if !figures.iter().all(|f| f.kind == FigureKind::Duration)
        || without_codes(&without_years(words))
            .chars()
            .any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (separators, joins) = joined(words);
    // `甲和乙全部办结，满意率分别…`: two names joined by `和` alone may
    // be one name holding it, so one subject or two.
    (separators + joins > 0).then_some((
        range,
        with_pairs_inside(words, (separators + 1, separators + 1 + joins)),
    ))
}

/// Words naming two subjects of one level or kind each, in a name of a
/// list (`城乡低保和特困供养`: urban and rural relief, then the destitute;
/// `国省督察和甲行动`: the state's and the province's inspections).
const PAIRS_IN_A_NAME: &[&str] = &["国省", "省市", "市县", "县乡"];

/// `subjects` of a list, with one more possible for each listed name that
/// holds a word of two subjects ([`PAIRS`], [`PAIRS_IN_A_NAME`]). Not when
/// the other names are measures (`牛羊饲养量、出栏量`): the pair is then of
/// the things measured, written once for the list.
fn with_pairs_inside(list: &str, (min, max): (usize, usize)) -> (usize, usize) {
    let (pairs, others): (Vec<&str>, Vec<&str>) =
        list.split(['、', '和', '与', '及']).partition(|name| {
            PAIRS
                .iter()
                .chain(PAIRS_IN_A_NAME)
                .any(|p| name.contains(p))
        });
    let measures = !others.is_empty()
        && others.iter().all(|name| {
            LIST_MEASURES.contains(name)
                || name.chars().count() <= 3 && name.ends_with(['量', '率', '额', '值'])
        });
    if measures {
        return (min, max);
    }
    (min, max + pairs.len())
}

/// `甲、乙和丙三大产业增加值、利润分别…`, `甲、乙“两大产业”占生产总值和
/// 财政收入比重分别…`: a second list after the count of the first (or
/// after `占`) names what is measured of them all, and may be what the
/// values are of; `subjects` widened to its length.
fn with_a_later_list(list: &str, (min, max): (usize, usize)) -> (usize, usize) {
    let chars: Vec<(usize, char)> = list.char_indices().collect();
    // A count closing the first list (`丙三大产业`, `等三大`), not one
    // opening a name of it (`甲案件、六类乙案件`).
    let count = (1..chars.len().saturating_sub(1)).rev().find(|&k| {
        crate::chars::chinese_digit(chars[k].1).is_some_and(|n| n >= 2)
            && SUBJECT_MEASURES.contains(&chars[k + 1].1)
            && !matches!(chars[k - 1].1, '、' | '和' | '与' | '及' | '第')
    });
    let after_count = count.map(|k| chars[k].0);
    // A share's base (`占甲和乙比重`), not a name's `占比`.
    let after_share = list
        .rfind('占')
        .map(|at| at + '占'.len_utf8())
        .filter(|&at| {
            !list[at..].starts_with('比') && (list.ends_with("比重") || list.ends_with("比例"))
        });
    let Some(from) = after_count.max(after_share).filter(|&at| at > 0) else {
        return (min, max);
    };
    let later = &list[from..];
    let (separators, joins) = head_joins(later);
    if separators + joins == 0 {
        return (min, max);
    }
    (min.min(separators + 1), max.max(separators + 1 + joins))
}

/// `甲案件、六类乙案件`: a count of classes in words, right after a list
/// mark, opening the name it is a word of (not a count of the subject's
/// things, `甲项目、85个乙工程`).
fn opens_a_listed_name(text: &str, figure: &crate::figures::Figure) -> bool {
    let written = &text[figure.span.clone()];
    figure.kind == FigureKind::Count
        && written
            .chars()
            .next()
            .is_some_and(|c| crate::chars::chinese_digit(c).is_some())
        && written.ends_with(['类', '种'])
        && text[..figure.span.start].ends_with('、')
        && text[figure.span.end..].starts_with(crate::chars::is_han)
}

/// Kinds of livestock named by one character (`猪牛羊禽`).
const LIVESTOCK: &[char] = &['猪', '牛', '羊', '禽', '鸡', '鸭', '鹅', '马', '驴', '兔'];

/// The length of a run of three kinds of livestock or more in `words`,
/// each a subject: `猪牛羊禽饲养量`.
fn livestock_run(words: &str) -> Option<usize> {
    let mut longest = 0;
    let mut run = 0;
    for c in words.chars() {
        run = if LIVESTOCK.contains(&c) { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    (longest >= 3).then_some(longest)
}

/// Whether a number in `words` is glued to a Latin letter before it.
fn glued_to_letters(words: &str) -> bool {
    words
        .as_bytes()
        .windows(2)
        .any(|pair| pair[0].is_ascii_alphabetic() && pair[1].is_ascii_digit())
}

/// Asides on the price basis of the changes after them.
pub(super) const PRICE_ASIDES: &[&str] = &[
    "扣除价格因素",
    "剔除价格因素",
    "扣除物价因素",
    "按可比价格计算",
    "按可比价计算",
];

/// Verbs of a rate shared by the names before it (`年均递增`).
pub(super) const SHARED_RATES: &[&str] = &["递增", "增长", "提高", "下降", "递减"];

/// `甲和乙年均递增9%，分别达到X、Y`: a clause of names joined by `、` or
/// `和`, a verb of change and one rate closing it, shared by the names:
/// the `分别` after it gives each name its own level. The subjects are the
/// names (as [`head_joins`] counts them).
pub(super) fn names_sharing_a_rate(
    text: &str,
    clause: Range<usize>,
    figures: &[crate::figures::Figure],
) -> Option<(usize, usize)> {
    let [rate] = figures else {
        return None;
    };
    let closes = text[rate.span.end..clause.end]
        .trim_matches(crate::chars::is_space)
        .is_empty();
    if rate.kind != FigureKind::Percent || !closes {
        return None;
    }
    let words = text[clause.start..rate.span.start].trim_matches(crate::chars::is_space);
    let names = SHARED_RATES
        .iter()
        .find_map(|verb| words.strip_suffix(verb))?;
    let names = ["年均", "同比", "均"]
        .iter()
        .find_map(|w| names.strip_suffix(w))
        .unwrap_or(names);
    let names = unquoted(names);
    let (separators, joins) = head_joins(&names);
    (names.chars().all(crate::chars::is_han) && separators + joins > 0)
        .then(|| counted(&names, (separators + 1, separators + 1 + joins)))
}

/// `302个甲项目、146个乙工程、17个丙项目分别完成…`: names listed by `、`
/// (the last may follow a `和`), each opening with the count of its things
/// and holding no other figure, are one subject each. The words before the
/// first count (a verb) list nothing.
pub(super) fn counted_subjects(
    text: &str,
    head: Range<usize>,
    figures: &[&crate::figures::Figure],
) -> Option<usize> {
    let (first, last) = (figures.first()?, figures.last()?);
    if figures.len() < 2 || figures.iter().any(|f| f.kind != FigureKind::Count) {
        return None;
    }
    // A quoted name (`“八大行动”项目`) is plain words too.
    let plain = |name: &str| {
        let name = unquoted(name);
        !name.is_empty()
            && name.chars().all(crate::chars::is_han)
            && !name.contains(['和', '与', '及'])
    };
    for (k, pair) in figures.windows(2).enumerate() {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        let is_last = k + 2 == figures.len();
        let name = gap
            .strip_suffix('、')
            .or_else(|| gap.strip_suffix('和').filter(|_| is_last))?;
        if !plain(name) {
            return None;
        }
    }
    let lead = &text[head.start..first.span.start];
    (plain(&text[last.span.end..head.end]) && !lead.contains(['、', '和', '与', '及']))
        .then_some(figures.len())
}

/// `甲、乙两个产业集群产值分别…`: names listed with `、` (a `和` may join
/// one more), then their count (`两个`, `三大`, `3个`) as the only figure
/// of the words from `start`: the count, when the names are as many.
/// A name joined after the counted noun (`甲、乙两个园区和丙物流港`) is
/// one more subject than the count: no reading then.
pub(super) fn names_with_their_count(
    text: &str,
    words: Range<usize>,
    figures: &[&crate::figures::Figure],
) -> Option<usize> {
    let start = words.start;
    let [count] = figures else {
        return None;
    };
    let (n, measure) = count_and_measure(count.text(text))?;
    if count.kind != FigureKind::Count || !SUBJECT_MEASURES.contains(&measure) || n < 2 {
        return None;
    }
    let names = &text[start..count.span.start];
    if !names.ends_with(crate::chars::is_han) || names.contains(['（', '(', '“', '《', '：']) {
        return None;
    }
    // `主城区和东、西两个组团`: a name joined before the listed ones is
    // not among those counted, so the count says less than the subjects.
    let first = &names[..names.find('、').unwrap_or(names.len())];
    let joined_before = ["和", "与", "及"]
        .iter()
        .map(|w| first.matches(w).count())
        .sum::<usize>()
        > first.matches("普及").count()
        && !NAMES_HOLDING_AND.iter().any(|n| first.contains(n));
    if joined_before {
        return None;
    }
    // The counted noun, then a join: a few characters of Chinese before
    // `和`, `与` or `及` (not `、`, which may list what the names do:
    // `两个集群向更高端、更绿色转型`).
    let after = text.get(count.span.end..words.end).unwrap_or("");
    let noun_then_join = after
        .char_indices()
        .take(MAX_COUNTED_NOUN + 1)
        .find(|&(_, c)| !crate::chars::is_han(c) || matches!(c, '和' | '与' | '及'))
        .is_some_and(|(_, c)| matches!(c, '和' | '与' | '及'));
    if noun_then_join {
        return None;
    }
    let (separators, joins) = head_joins(names);
    (separators > 0 && (separators + 1..=separators + 1 + joins).contains(&n)).then_some(n)
}

/// `两个`, `三大`, `3个`: a count of the subjects, in a numeral of words or
/// in digits, and its measure word. Digits count the names too when the
/// count equals them (`甲、乙、丙3个主导产业`); a count of other things
/// (`甲、乙2个镇12个村`) holds another figure or differs from the names.
fn count_and_measure(written: &str) -> Option<(usize, char)> {
    let measure = written.chars().next_back()?;
    let numeral = &written[..written.len() - measure.len_utf8()];
    let n = match numeral.parse::<usize>() {
        Ok(n) if numeral.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => {
            let mut chars = numeral.chars();
            let (Some(one), None) = (chars.next(), chars.next()) else {
                return None;
            };
            crate::chars::chinese_digit(one)? as usize
        }
    };
    Some((n, measure))
}

/// `自由贸易试验区3个片区分别新增…`: the clause's only figure a count of
/// two or more subjects (not a rank: no `第`, no `类`), no name listed
/// before it, and only its noun, a few Han characters, between it and
/// `分别`: the count of the subjects. (Read only with two values or more:
/// `3家企业分别获得100万元` says each got as much.)
pub(super) fn count_before_noun(
    text: &str,
    words: Range<usize>,
    figures: &[&crate::figures::Figure],
) -> Option<usize> {
    let [count] = figures else {
        return None;
    };
    let (n, measure) = count_and_measure(count.text(text))?;
    if count.kind != FigureKind::Count
        || !SUBJECT_MEASURES.contains(&measure)
        || measure == '类'
        || n < 2
    {
        return None;
    }
    let lead = text.get(words.start..count.span.start)?;
    let noun = text.get(count.span.end..words.end)?;
    let noun_chars = noun.chars().count();
    let plain_lead = !lead.ends_with(['第', '前', '后'])
        && !lead.contains(['、', '和', '与', '及', '（', '(', '“', '《', '：']);
    (plain_lead && (1..=4).contains(&noun_chars) && noun.chars().all(crate::chars::is_han))
        .then_some(n)
}

/// The most characters of the noun counted after the subjects' count.
pub(super) const MAX_COUNTED_NOUN: usize = 8;

/// `获评“甲字号”“乙字号”“丙字号”的企业分别…`: quoted names written back
/// to back, with no word between, are a list; how many, when they are
/// the only quotes and no other list word stands in `head`.
pub(super) fn touching_quotes(head: &str) -> Option<usize> {
    let touching = head.matches("”“").count();
    let quotes = head.matches('“').count();
    (touching >= 1
        && quotes == touching + 1
        && head.matches('”').count() == quotes
        && !head.contains(['、', '和', '与', '及', '（', '(', '《']))
    .then_some(quotes)
}

/// `面积达202平方公里、人口近200万`: items listed with `、`, each closing
/// with its number (digits, a `万`/`亿` and a unit of a few characters),
/// though the scanner may not read each as a figure: one subject each.
pub(super) fn items_closed_by_numbers(words: &str) -> Option<usize> {
    let items: Vec<&str> = words.split('、').collect();
    let closed = |item: &str| {
        let unit = item.trim_end_matches(crate::chars::is_han);
        let han = item[unit.len()..].chars().count();
        let number = unit.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        let digits = unit.len() - number.len();
        // A year (`2021年`) closes no item.
        let year = item[unit.len()..].starts_with('年');
        digits > 0 && !year && (han <= 4 || item.ends_with('万'))
    };
    (items.len() >= 2 && items.iter().all(|item| closed(item))).then_some(items.len())
}

/// `从2020年的X元和Y元分别…`: how many figures joined by listing words
/// end right at `at` (two or more), when a `从` or `由` stands a few
/// characters before the first.
pub(super) fn earlier_values(
    doc: &Document,
    figures: &[&crate::figures::Figure],
    at: usize,
) -> Option<usize> {
    let text = &doc.text;
    let last = figures.last()?;
    if !text[last.span.end..at]
        .trim_matches(crate::chars::is_space)
        .is_empty()
    {
        return None;
    }
    let mut run = 1;
    let mut first = *last;
    for earlier in figures[..figures.len() - 1].iter().rev() {
        let gap = text[earlier.span.end..first.span.start].trim_matches(crate::chars::is_space);
        if !AND.contains(&gap) {
            break;
        }
        run += 1;
        first = *earlier;
    }
    let before = crate::checks::figure_text::chars_before(text, first.span.start, 12);
    let from = before.rfind(['从', '由'])?;
    // Only a period between (`“十二五”末的`, `2020年`), no break.
    let period = &before[from..];
    (run >= 2 && !period.contains(['，', ',', '、', '；'])).then_some(run)
}

/// Measure words after a count of the subjects (`三大主导产业`, `两项`).
pub(super) const SUBJECT_MEASURES: &[char] = &[
    '大', '个', '项', '类', '种', '家', '所', '座', '条', '位', '名',
];

/// `A、B和C三大产业…`: a count right after the list names how many
/// subjects it holds, settling a `和` that may join two names or stand
/// inside one; `subjects` narrowed to it when it is one of them.
pub(super) fn counted(head: &str, subjects: (usize, usize)) -> (usize, usize) {
    let last = head.rsplit(['、', '和', '与', '及']).next().unwrap_or(head);
    let chars: Vec<char> = last.chars().collect();
    let stated = (0..chars.len()).find_map(|i| {
        // A numeral opening its number, not an ordinal (`第三产业`).
        let opens = i == 0
            || !(chars[i - 1] == '第' || crate::chars::chinese_digit(chars[i - 1]).is_some());
        let digit = crate::chars::chinese_digit(chars[i])?;
        let measure = chars
            .get(i + 1)
            .is_some_and(|c| SUBJECT_MEASURES.contains(c));
        (opens && measure && digit >= 2).then_some(digit as usize)
    });
    match stated {
        Some(n) if (subjects.0..=subjects.1).contains(&n) => (n, n),
        _ => subjects,
    }
}

/// Whether the `分别` at `clause_start` opens the clause right after the
/// `earlier` one's values (`A、B分别增长5%、6%，占比分别提高到…`), with a
/// head of a few words.
pub(super) fn follows_directly(
    doc: &Document,
    earlier: &RespectivelyReading,
    clause_start: usize,
    head: &str,
) -> bool {
    let text = &doc.text;
    let Some(last) = earlier.values.last() else {
        return false;
    };
    // The earlier values may run into this clause (a value read past a
    // comma): then this clause does not follow them.
    let Some(gap) = text.get(last.end..clause_start) else {
        return false;
    };
    matches!(gap.trim_matches(crate::chars::is_space), "，" | ",")
        && head.chars().count() <= 12
        && figures_in(doc, &(clause_start..clause_start + head.len())).is_empty()
}

/// The clauses right before `last` (itself included) that each hold one
/// figure and no list, back to a clause with none or the sentence's
/// start: `目前，A达133家，B达134家` is two. `None` unless at least two,
/// or when a clause on the way holds a list or several figures. With the
/// run's start and its length.
pub(super) fn one_figure_clauses(doc: &Document, last: Range<usize>) -> Option<(usize, usize)> {
    let text = &doc.text;
    let mut clause = last;
    let mut run = 0;
    let mut start = clause.start;
    // Levels (`133家`, `51亿元`) or shares (`78.7%`), never both: `A达5亿元，
    // 增长8%，B达6亿元，分别…` names two subjects, not three; a run of
    // one kind ends at a clause of the other (`财政收入12亿元，增长9%，A
    // 收入达3万元，B收入达1万元，分别增长…`: the last two).
    let mut shares = None;
    for _ in 0..8 {
        // A figure in quotes (`“二十件事”`) is a name's word, not a value.
        let figures: Vec<_> = figures_in(doc, &clause)
            .iter()
            .filter(|f| {
                f.kind != FigureKind::Duration && !quoted(&text[clause.start..f.span.start])
            })
            .collect();
        let words = &text[clause.clone()];
        match figures.as_slice() {
            [] => break,
            [one] if !words.contains(['、', '和', '与', '（', '(', '“']) => {
                let share = one.kind == FigureKind::Percent;
                if *shares.get_or_insert(share) != share {
                    break;
                }
                run += 1;
                start = clause.start;
            }
            _ => return None,
        }
        let Some(before) = text[..clause.start].chars().next_back() else {
            break;
        };
        if !matches!(before, '，' | ',') {
            break;
        }
        clause = clause_range(text, clause.start - before.len_utf8());
    }
    (run >= 2).then_some((start, run))
}

/// How many clauses right before the one at `clause_start`, back through
/// commas, each name one level (no share, no list): subjects a `分别`
/// after a list may reach back to. Stops at a clause of another form.
pub(super) fn single_levels_before(doc: &Document, clause_start: usize) -> usize {
    let text = &doc.text;
    let mut start = clause_start;
    let mut count = 0;
    for _ in 0..4 {
        let Some(before) = text[..start].chars().next_back() else {
            break;
        };
        if !matches!(before, '，' | ',') {
            break;
        }
        let clause = clause_range(text, start - before.len_utf8());
        let words = &text[clause.clone()];
        let figures: Vec<_> = figures_in(doc, &clause)
            .iter()
            .filter(|f| f.kind != FigureKind::Duration)
            .collect();
        let one_level = matches!(figures.as_slice(), [one] if one.kind != FigureKind::Percent);
        if !one_level || words.contains(['、', '和', '与', '（', '(', '“']) {
            break;
        }
        count += 1;
        start = clause.start;
    }
    count
}

/// Whether `s` leaves a quote open (`“来此必做的`).
pub(super) fn quoted(s: &str) -> bool {
    s.matches('“').count() > s.matches('”').count()
}

/// `50户以上村寨`: a bound followed by the things it classes.
pub(super) fn names_a_class(text: &str, figure: &crate::figures::Figure) -> bool {
    let written = figure.text(text);
    // `销售收入过亿元企业`, `过10亿元企业`: a floor written before the
    // figure (in it or right before it) bounds a class too.
    let floor = written
        .chars()
        .next()
        .filter(|c| matches!(c, '过' | '超'))
        .or_else(|| text[..figure.span.start].ends_with('过').then_some('过'));
    let after = &text[figure.span.end..];
    // `超10万元、超30万元村集体`: floors listed before the class they
    // bound, each opening with the same word.
    let listed_floor = floor.is_some_and(|word| {
        after
            .strip_prefix('、')
            .is_some_and(|next| next.starts_with(word))
    });
    (floor.is_some() || ["以上", "以下"].iter().any(|w| written.ends_with(w)))
        && (listed_floor || after.chars().next().is_some_and(crate::chars::is_han))
}

/// The names listed with `、` in `words` (after a figure, up to `分别`),
/// when the figure qualifies the words right after it (a Han character
/// follows, no listing word) and they hold no other figure, bracket,
/// quote or `等`.
pub(super) fn listed_after_a_figure(text: &str, words: Range<usize>) -> Option<(usize, usize)> {
    let rest = &text[words];
    if !rest.starts_with(crate::chars::is_han)
        || AND.iter().any(|w| rest.starts_with(w))
        || rest.contains(['（', '(', '“', '《', '等'])
        || rest.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (separators, joins) = head_joins(rest);
    (separators > 0).then(|| counted(rest, (separators + 1, separators + 1 + joins)))
}

/// `三大产业`, `两个园区`, `市县两级`: a numeral of two or more opening a
/// count of the subjects, with a measure word that is never an ordinal
/// (`三级医院`, `一类水质` are ranks; `两级`, `两类` are not).
pub(super) fn stated_count(words: &str) -> Option<usize> {
    let chars: Vec<char> = words.chars().collect();
    let mut found = None;
    for (i, pair) in chars.windows(2).enumerate() {
        let Some(n) = crate::chars::chinese_digit(pair[0]) else {
            continue;
        };
        let opens = i == 0
            || !(chars[i - 1] == '第' || crate::chars::chinese_digit(chars[i - 1]).is_some());
        let measure = SUBJECT_MEASURES.contains(&pair[1]) && pair[1] != '类'
            || pair[0] == '两' && matches!(pair[1], '级' | '类');
        if opens && measure && n >= 2 {
            if found.is_some() {
                return None;
            }
            found = Some(n as usize);
        }
    }
    found
}
