//! The words before a value, stripped back to the share's name: times,
//! earlier values, links, adverbs, periods.

use super::*;

/// Times of the year a value is stated for (`一季度达40%`).
pub(super) const TIMES_OF_YEAR: &[&str] = &[
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
    "年底前",
    // A relative year's end (`去年底`) before its bare end, which would
    // leave the `去` behind.
    "去年底",
    "去年末",
    "上年底",
    "上年末",
    "年底",
    "年末",
];

/// `…开工率一季度` → `…开工率`: a time of the year closing `head`, with the
/// adverbs before it; `None` if there is none.
pub(super) fn strip_time_of_year(head: &str) -> Option<&str> {
    let time = TIMES_OF_YEAR.iter().find(|t| head.ends_with(*t))?;
    Some(strip_adverbs(&head[..head.len() - time.len()]))
}

/// `…失业率均值`, `…失业率平均值` → `…失业率`: the average of a share over
/// the months of a year is a share of the same whole.
pub(super) fn strip_average(head: &str) -> &str {
    ["平均值", "均值"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .filter(|h| h.ends_with('率') || SHARES.iter().any(|s| h.ends_with(s)))
        .unwrap_or(head)
}

/// `…收集率提升5个百分点、` → `…收集率`: a change in points printed
/// between a share's name and its level (`提升5个百分点、达68%`), with
/// the base it is measured from (`比上年`, `较2019年`) and an adverb.
pub(super) fn strip_points_change(head: &str) -> &str {
    let Some(h) = head
        .strip_suffix(['、', '，', ','])
        .and_then(|h| h.strip_suffix("个百分点"))
    else {
        return head;
    };
    let number = h.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if number.len() == h.len() {
        return head;
    }
    let Some(verb) = [
        "提高", "提升", "上升", "增加", "增长", "下降", "降低", "减少", "净增", "净减",
    ]
    .iter()
    .find(|v| number.ends_with(*v)) else {
        return head;
    };
    let mut rest = &number[..number.len() - verb.len()];
    // `比2019年` / `较上年`: a short base with no break.
    let base = chars_before(rest, rest.len(), 10);
    if let Some(p) = base.rfind(['比', '较'])
        && !base[p..].contains(['，', ',', '、'])
    {
        rest = &rest[..rest.len() - base.len() + p];
    }
    ADVERBS
        .iter()
        .find(|a| rest.ends_with(*a))
        .map_or(rest, |a| &rest[..rest.len() - a.len()])
}

/// How many earlier values of a share are read back from a value: a list
/// of a dozen, or two lists of six from which the share moved.
pub(super) const MAX_EARLIER_VALUES: usize = 12;

/// Words that join a share's earlier value to the next: `和`, `提高到`.
pub(super) const JOINS: &[&str] = &[
    "提高到",
    "提升到",
    "上升到",
    "增长到",
    "增加到",
    "下降到",
    "降低到",
    "提高至",
    "提升至",
    "上升至",
    "增长至",
    "增至",
    "增加至",
    "下降至",
    "降低至",
    "降至",
    "升至",
    "跃升到",
    "跃升至",
    "攀升到",
    "攀升至",
    "回升到",
    "回升至",
    // A share widened or narrowed from its earlier value (`由50%扩大到80%`).
    "扩大到",
    "扩大至",
    "缩小到",
    "缩小至",
    "达到",
    "到",
    "至",
    "和",
    "、",
    "及",
];

/// `…占全市装机的41%、发电量的` → `…占全市装机的`: a `占` naming
/// several wholes, each with its own value; the earlier value and the
/// later whole (two to eight characters) go, so the share is read by its
/// first whole.
pub(super) fn strip_earlier_whole(head: &str) -> Option<(&str, &'static str)> {
    let h = head.strip_suffix('的')?;
    let whole = h
        .chars()
        .rev()
        .take_while(|c| crate::chars::is_han(*c))
        .count();
    if !(2..=8).contains(&whole) {
        return None;
    }
    let h = h
        .trim_end_matches(crate::chars::is_han)
        .strip_suffix('、')?;
    let number = before_percent(h)?;
    (number.ends_with('的') && number.contains('占')).then_some((number, "、"))
}

/// `…城镇化率达到54%、市辖区达到` → `…城镇化率达到`, `…比例达到50%，
/// 到2030年均达到` → `…比例达到`: the same share carried on to a
/// further place named in a few words (no measure of its own) or to a
/// later year in a clause of its own, with the earlier value dropped.
pub(super) fn carried_value(head: &str) -> Option<(&str, &'static str)> {
    let h = strip_link(head);
    if h.len() == head.trim_end_matches(is_space).len() {
        return None;
    }
    let (h, join) = match h.rsplit_once(['、', '，', ',']) {
        Some((before, words)) if h[before.len()..].starts_with('、') => {
            let change = ["增", "降", "提高", "提升", "减少", "扩大"]
                .iter()
                .any(|w| words.contains(w));
            let place = (2..=6).contains(&words.chars().count()) && bare_name(words) && !change;
            (before, if place { "、" } else { return None })
        }
        Some((before, words)) => (
            before,
            if later_year(words) {
                "，"
            } else {
                return None;
            },
        ),
        None => return None,
    };
    Some((before_percent(h)?.trim_end_matches(is_space), join))
}

/// `到2030年`, `2030年底`: a year in four digits, with `到`/`至` before
/// it and its end after it, and nothing else.
pub(super) fn later_year(words: &str) -> bool {
    let w = words.trim_matches(is_space);
    let w = w.strip_prefix(['到', '至']).unwrap_or(w);
    let w = w
        .strip_suffix("年底")
        .or_else(|| w.strip_suffix("年末"))
        .or_else(|| w.strip_suffix('年'));
    w.is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// `…覆盖率由32%提高到` → `…覆盖率由`: one earlier percent value and the
/// word joining it to the figure.
pub(super) fn strip_earlier_value(head: &str) -> Option<(&str, &'static str)> {
    // `降至目前的0.5%`, `提高到2020年的91%`: the later value's own time.
    let head = strip_period(head);
    // The longest join (`跃升至`, not its tail `升至`).
    let join = JOINS
        .iter()
        .filter(|j| head.ends_with(*j))
        .max_by_key(|j| j.len())?;
    let h = head[..head.len() - join.len()].trim_end_matches(is_space);
    // `超过50%、达到57%`: a verb joined to the earlier value by `、`.
    let h = match h.strip_suffix('、') {
        Some(rest) if !matches!(*join, "、" | "和" | "及") => rest.trim_end_matches(is_space),
        _ => h,
    };
    // `控制在3%以内和5.5%左右`: the earlier value with its own bound.
    let h = ["以内", "以上", "以下", "左右"]
        .iter()
        .find_map(|q| h.strip_suffix(q))
        .unwrap_or(h);
    Some((before_percent(h)?.trim_end_matches(is_space), *join))
}

/// `…占全市装机的41%` → `…占全市装机的`: the words before a percent value
/// closing `head`, or `None` if no such value closes it. The value may be
/// printed full-width (`４１％`) or spelled (`百分之四十一`), as older
/// reports print it.
pub(super) fn before_percent(head: &str) -> Option<&str> {
    if let Some(h) = head.strip_suffix('%').or_else(|| head.strip_suffix('％')) {
        let number = h.trim_end_matches(|c: char| {
            crate::chars::digit_value(c).is_some() || c == '.' || c == '．'
        });
        return (number.len() < h.len()).then_some(number);
    }
    let (words, numeral) = head.rsplit_once("百分之")?;
    let spelled = !numeral.is_empty()
        && numeral
            .chars()
            .all(|c| crate::chars::chinese_digit(c).is_some() || "十百点".contains(c));
    spelled.then_some(words)
}

/// `、40.4%和12.4平方米，`: how many values of a list follow a value
/// (`after` starts right after it), each joined by `、`, `和` or `及` and
/// opening with a digit.
pub(super) fn values_after(after: &str) -> usize {
    let mut rest = after;
    let mut count = 0;
    while let Some(value) = ["、", "和", "及"]
        .iter()
        .find_map(|join| rest.strip_prefix(join))
        .filter(|v| {
            v.starts_with(|c: char| crate::chars::digit_value(c).is_some())
                || v.starts_with("百分之")
        })
    {
        count += 1;
        let end = value
            .find(['、', '和', '及', '，', ',', '；', ';', '。', '\n'])
            .unwrap_or(value.len());
        rest = &value[end..];
    }
    count
}

/// The `position`th name of the `、`/`和` list closing `head` (before
/// `分别`), with its start in `head`, when it is a bounded share and the
/// list is cut where the names are, not inside one: every name of the
/// list is a rate or share of its own, or the list has as many names as
/// `values` (`绿地率、覆盖率和人均绿地面积分别提高到36%、40%和12平方米`).
pub(super) fn listed_name(head: &str, position: usize, values: usize) -> Option<(usize, String)> {
    let clause_start = head
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let mut names: Vec<(usize, &str)> = Vec::new();
    let mut start = clause_start;
    for (i, c) in head[clause_start..].char_indices() {
        if matches!(c, '、' | '和') {
            names.push((start, &head[start..clause_start + i]));
            start = clause_start + i + c.len_utf8();
        }
    }
    names.push((start, &head[start..]));
    let rate_word = |n: &str| {
        SHARES.iter().any(|s| n.ends_with(s))
            || n.ends_with('率')
            || UNBOUNDED_RATES.iter().any(|r| n.ends_with(r))
    };
    if names.len() < 2 || !(names.iter().all(|(_, n)| rate_word(n)) || names.len() == values) {
        return None;
    }
    let (at, name) = *names.get(position)?;
    if !rate_word(name) {
        return None;
    }
    let bounded = all_names_bounded(name);
    bounded.then(|| {
        let share = share_name(name).unwrap_or_else(|| name.to_string());
        (at + name.len() - share.len(), share)
    })
}

/// One linking verb (`达到`, `控制在`) at the end of `head`.
/// The longest link wins (`下降到`, not its tail `降到`); an adverb before
/// it goes too.
pub(super) fn strip_link(head: &str) -> &str {
    let head = head.trim_end_matches(is_space);
    // `提高到2025年的`: the value's own time after its link.
    let head = Some(strip_period(head))
        .filter(|h| h.len() < head.len() && LINKS.iter().any(|l| h.ends_with(l)))
        .unwrap_or(head);
    // `降到了`: a link with its `了`.
    let head = head
        .strip_suffix('了')
        .filter(|h| LINKS.iter().any(|l| h.ends_with(l)))
        .unwrap_or(head);
    let head = LINKS
        .iter()
        .filter(|l| head.ends_with(*l))
        .max_by_key(|l| l.len())
        .map_or(head, |l| &head[..head.len() - l.len()])
        .trim_end_matches(is_space);
    strip_adverbs(head)
}

/// Up to three adverbs at the end of `head` (`确保稳定`, `已连续三年`), a
/// run of years (`连续三年`, `连续5年`) or a month (`均在3月初就`) among
/// them.
pub(super) fn strip_adverbs(mut head: &str) -> &str {
    for _ in 0..3 {
        let before = head;
        if let Some(a) = ADVERBS.iter().find(|a| head.ends_with(*a)) {
            head = &head[..head.len() - a.len()];
        } else if let Some(h) = strip_month(head) {
            head = h;
        } else if let Some(h) = head.strip_suffix('年') {
            let n = h.trim_end_matches(|c: char| {
                c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some()
            });
            if n.len() < h.len()
                && let Some(rest) = n.strip_suffix("连续")
            {
                head = rest;
            }
        }
        if head.len() == before.len() {
            break;
        }
    }
    head
}

/// `…率均在3月初` → `…率均`: a month the value was reached by, in
/// digits or Chinese numerals, with its part (`初`, `底`, `中旬`) and the
/// `在`/`于`/`到` before it; `None` if `head` closes with no month.
pub(super) fn strip_month(head: &str) -> Option<&str> {
    const PARTS: &[&str] = &["上旬", "中旬", "下旬", "初", "底", "末", "份"];
    let h = PARTS
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .unwrap_or(head)
        .strip_suffix('月')?;
    let n = h
        .trim_end_matches(|c: char| c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some());
    let digits = h.len() - n.len();
    // One or two digits (`3月`, `12月`) or numerals (`三月`, `十二月`).
    if digits == 0 || digits > 6 {
        return None;
    }
    Some(n.strip_suffix(['在', '于', '到']).unwrap_or(n))
}

/// `…率再创新高，` → `…率`: a record the share sets, said in a clause of
/// its own between its name and its link (`创历史新高，达到…`).
pub(super) fn strip_record(head: &str) -> &str {
    let Some(h) = head
        .strip_suffix(['，', ','])
        .and_then(|h| h.strip_suffix("新高"))
    else {
        return head;
    };
    let h = h.strip_suffix("历史").unwrap_or(h);
    match h.strip_suffix('创') {
        Some(h) => strip_adverbs(h.strip_suffix(['再', '又', '屡']).unwrap_or(h)),
        None => head,
    }
}

/// `…率由“十二五”末的` / `…率从2010年的` / `…率由2018年` → `…率`: a
/// base period after the name, and a comma before it (`…率，由2010年的`).
pub(super) fn strip_base_period(head: &str) -> &str {
    let tail = chars_before(head, head.len(), 14);
    let tail_start = head.len() - tail.len();
    match tail.rfind(['由', '从']) {
        Some(p)
            if tail.ends_with('的')
                || p + '由'.len_utf8() == tail.len()
                || strip_period(tail).len() == p + '由'.len_utf8() =>
        {
            head[..tail_start + p].trim_end_matches(['，', ','])
        }
        _ => head,
    }
}

/// Times a value may be stated at, closing `head`.
pub(super) const PERIODS: &[&str] = &[
    // A relative year with its end (`去年底`) before its bare end, which
    // would leave the `去` behind.
    "去年底",
    "去年末",
    "上年底",
    "上年末",
    "今年底",
    "今年末",
    "目前",
    "现在",
    "去年",
    "上年",
    "今年",
    "年底",
    "年末",
];

/// `…2020年的`, `…2018年底`, `…目前的` → `…`: one time closing `head`
/// (a year written in four digits, or a word of time), with its `的`.
pub(super) fn strip_period(head: &str) -> &str {
    let h = head.strip_suffix('的').unwrap_or(head);
    // The longest (`去年底`, not its tail `年底`).
    if let Some(p) = PERIODS
        .iter()
        .filter(|p| h.ends_with(*p))
        .max_by_key(|p| p.len())
    {
        return &h[..h.len() - p.len()];
    }
    if let Some(rest) = strip_plan_period(h) {
        return rest;
    }
    let year = h
        .strip_suffix("年底")
        .or_else(|| h.strip_suffix("年末"))
        .or_else(|| h.strip_suffix('年'));
    if let Some(y) = year {
        // Digits half- or full-width (`１９７８年`, as older reports print).
        let number = y.trim_end_matches(|c: char| crate::chars::digit_value(c).is_some());
        if y[number.len()..].chars().count() == 4 {
            return number;
        }
    }
    // `五年前`, `10年前`: a time counted back from the report's.
    if let Some(y) = h.strip_suffix("年前") {
        let number = y.trim_end_matches(|c: char| {
            crate::chars::digit_value(c).is_some() || crate::chars::chinese_digit(c).is_some()
        });
        if number.len() < y.len() {
            return number;
        }
    }
    head
}

/// `…“十三五”末`, `…十四五期末`, `…“十三五”` → `…`: a five-year plan's
/// period (quoted or not, with its end), or `None`.
pub(super) fn strip_plan_period(head: &str) -> Option<&str> {
    let h = ["期末", "末", "时期", "期间"]
        .iter()
        .find_map(|end| head.strip_suffix(end))
        .unwrap_or(head);
    let (h, quoted) = match h.strip_suffix(['”', '"']) {
        Some(inner) => (inner, true),
        None => (h, false),
    };
    let mut tail = h.chars().rev();
    let plan = tail.next() == Some('五')
        && tail
            .next()
            .is_some_and(|c| crate::chars::chinese_digit(c).is_some())
        && tail.next() == Some('十');
    if !plan {
        return None;
    }
    let rest = &h[..h.len() - "十三五".len()];
    if quoted {
        rest.strip_suffix(['“', '"'])
    } else {
        Some(rest)
    }
}
