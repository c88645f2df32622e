//! Percents that are no share bounded by 100%, or are one for their own
//! reason: work done, levels set against a base, tasks settled, cuts.

use super::*;

/// Verbs of a decrease.
pub(super) const DECREASES: &[&str] = &["下降", "减少", "降低", "缩减", "降价"];

/// Verbs of a cut made to an amount, a number of things or a time
/// (`运转类支出压减20%`, `办理时间压缩60%`): the percent after them is
/// the share cut, with or without the thing cut between (`压缩一般性支出
/// 15%`, `精简文件40%、会议30%`).
pub(super) const CUTS: &[&str] = &["压减", "压缩", "精简", "削减", "缩短", "核减", "压降"];

/// `完成甲馆主体50%工程量`, `完成乙路80%以上的工程量`: a percent before the
/// works' amount, in a clause that does the work, is the share done of it;
/// work against a plan, a budget or money (see [`PLANNED`]) is not read.
pub(super) fn share_of_works(text: &str, figure: &Figure) -> Option<(usize, String)> {
    let after = &text[figure.span.end..];
    let gap = if after.starts_with('的') {
        '的'.len_utf8()
    } else {
        0
    };
    let word = ["工程量", "工作量"]
        .iter()
        .find(|w| after[gap..].starts_with(*w))?;
    let before = chars_before(text, figure.span.start, 40);
    let clause = last_clause(before);
    (clause.contains("完成") && !PLANNED.iter().any(|w| clause.contains(w)))
        .then(|| (figure.span.end + gap, (*word).to_string()))
}

/// `达到全省120%的水平`, `为全国120%的平均水平`: a level set against
/// another's (named after the percent), which may pass it, not a share of
/// a whole.
pub(super) fn level_compared(text: &str, figure: &Figure) -> bool {
    let after = &text[figure.span.end..];
    let after = after.strip_prefix('的').unwrap_or(after);
    ["水平", "平均"].iter().any(|w| after.starts_with(w))
}

/// Past periods a level is set against after its link (`为上年的`).
pub(super) const PAST_BASES: &[&str] = &["上年同期的", "去年同期的", "同期的", "上年的", "去年的"];

/// `销售面积为上年的130%`, `相当于去年同期的112%`: a level set against a
/// past period's (after a link, not `由` or `从`, which open an earlier
/// value of the same share), which may pass it.
pub(super) fn compared_with_past(text: &str, figure: &Figure) -> bool {
    let before = chars_before(text, figure.span.start, 12).trim_end_matches(is_space);
    PAST_BASES.iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|h| h.ends_with("相当于") || LINKS.iter().any(|l| h.ends_with(l)))
    })
}

/// Things given to be settled (tasks, problems, cases): done of them
/// cannot pass all of them.
pub(super) const TO_SETTLE: &[&str] = &["任务", "问题", "案件", "事项", "整改"];

/// `重点任务完成率`, `办结案件1303件，完成率`: a completion rate of tasks,
/// problems or cases given to be settled, named in its words or in its
/// sentence before it, is bounded; one of money or of a plan (`投资完成率`,
/// `年度完成率`, `完成投资…，完成率`) may pass 100%, and so may a task
/// said to be exceeded (`超额完成…任务`) or a quota handed down
/// (`下达的节能减排任务`): a target of amounts, done past it.
pub(super) fn tasks_settled(head: &str) -> bool {
    let sentence = head
        .rfind(['。', '；', ';', '！', '？'])
        .map_or(head, |p| &head[p..]);
    TO_SETTLE.iter().any(|w| sentence.contains(w))
        && !["投资", "资金", "元", "计划", "年度", "目标", "超额", "下达"]
            .iter()
            .any(|w| sentence.contains(w))
}

/// `国企改革总体完成率`: the completion of a reform named in the clause of
/// the rate (its tasks, not a sum of money or a plan) is bounded.
pub(super) fn reform_done(head: &str) -> bool {
    let clause = head
        .rsplit(['，', ',', '；', ';', '。', '：', ':', '、', '\n'])
        .next()
        .unwrap_or(head);
    clause.contains("改革") && !PLANNED.iter().any(|w| clause.contains(w))
}

/// Words of a plan, a budget or money in a clause: work done against them
/// may pass 100% (`完成年度计划的112%`, `投资完成105%`).
pub(super) const PLANNED: &[&str] = &[
    "计划", "目标", "任务", "预算", "年度", "指标", "下达", "投资", "资金", "元", "招商", "超额",
];

/// `征收补偿完成96.7%`, `项目完成总投资的60%`: how much of a piece of work
/// is done, said right after the work, or of its total (`总投资`,
/// `总工程量`), is a share of it; work done against a plan, a budget or a
/// sum of money (see [`PLANNED`]) is not read.
pub(super) fn work_done(head: &str) -> Option<String> {
    let clause = last_clause(head);
    let at = clause.rfind("完成")?;
    let (work, object) = (&clause[..at], &clause[at + "完成".len()..]);
    if object.is_empty() {
        // The work named, not a time (`全年完成`: against the year's plan).
        // Several works done each (`甲、乙项目分别完成`) may each be
        // measured against a plan of its own: not read.
        let each = ["分别", "均", "各", "都", "共", "累计"]
            .iter()
            .any(|w| work.ends_with(w));
        let named = work
            .chars()
            .rev()
            .take_while(|c| crate::chars::is_han(*c))
            .count()
            >= 2
            && !each
            && !work.ends_with(['年', '月', '季', '度', '底', '末', '期']);
        let planned = PLANNED.iter().any(|w| clause.contains(w));
        return (named && !planned).then(|| "完成".to_string());
    }
    // The `的` closing the total was trimmed with the link.
    let total = object.starts_with('总')
        && (2..=6).contains(&object.chars().count())
        && object.chars().all(crate::chars::is_han)
        && !PLANNED
            .iter()
            .any(|w| *w != "投资" && *w != "资金" && object.contains(w));
    // `完成工程量60%`, `完成甲院区总工程量的70%`: of the works' amount.
    let works = object.ends_with("工程量")
        && object.chars().all(crate::chars::is_han)
        && !PLANNED.iter().any(|w| object.contains(w));
    (total || works).then(|| format!("完成{object}"))
}

/// How many things cut may be listed back from a value (`精简文件40%、
/// 会议30%、简报20%`).
pub(super) const MAX_CUT_ITEMS: usize = 8;

/// `下降120%`, `压减20%`, `压缩一般性支出15%`, `精简文件40%、会议30%`: the
/// decrease or cut verb before the figure, unless the clause is about
/// losses (a loss can shrink past zero into profit) or an amount that may
/// turn negative.
pub(super) fn decrease_verb(text: &str, figure: &Figure) -> Option<String> {
    let before = chars_before(text, figure.span.start, 40);
    let verb = verb_before(before.trim_end_matches(is_space))?;
    let clause = before
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(before, |p| &before[p..]);
    if clause.contains('亏') || SIGNED.iter().any(|w| clause.contains(w)) {
        return None;
    }
    Some(verb.to_string())
}

/// Amounts that may turn negative (a profit into a loss, a surplus into a
/// deficit): their fall may pass 100% (`利润总额下降126.5%`).
pub(super) const SIGNED: &[&str] = &[
    "赤字",
    "利润",
    "盈利",
    "盈余",
    "结余",
    "顺差",
    "逆差",
    "净出口",
    "净流入",
];

/// The decrease or cut verb closing `head` (with its `了`), or a cut verb
/// before the thing cut, itself after the earlier values of a list of
/// things cut.
pub(super) fn verb_before(head: &str) -> Option<&'static str> {
    let h = head.strip_suffix('了').unwrap_or(head);
    if let Some(verb) = DECREASES.iter().chain(CUTS).find(|v| h.ends_with(*v)) {
        return Some(verb);
    }
    // `浓度改善5%`: a concentration improves by falling.
    if h.strip_suffix("改善").is_some_and(|n| n.ends_with("浓度")) {
        return Some("改善");
    }
    // `分别下降19.4%、14.9%`: a later value of a list after one decrease.
    let mut listed = h;
    for _ in 0..MAX_CUT_ITEMS {
        let Some(rest) = listed.strip_suffix(['、', '和']) else {
            break;
        };
        let rest = ["以上", "左右"]
            .iter()
            .find_map(|q| rest.strip_suffix(q))
            .unwrap_or(rest);
        let Some(earlier) = before_percent(rest) else {
            break;
        };
        if let Some(verb) = DECREASES.iter().find(|v| earlier.ends_with(*v)) {
            return Some(verb);
        }
        listed = earlier;
    }
    let mut head = head;
    for _ in 0..MAX_CUT_ITEMS {
        let rest = match thing_cut(head)? {
            ThingCut::After(verb) => return Some(verb),
            ThingCut::Listed(rest) => rest,
        };
        if let Some(verb) = CUTS.iter().find(|v| rest.ends_with(*v)) {
            return Some(verb);
        }
        // `…文件40%、` before this thing: an earlier value of the list.
        let h = rest.strip_suffix('、')?;
        let h = h.strip_suffix("以上").unwrap_or(h);
        head = before_percent(h)?;
    }
    None
}

/// The thing cut closing a head: right after a cut verb, or on its own
/// with what comes before it.
pub(super) enum ThingCut<'a> {
    After(&'static str),
    Listed(&'a str),
}

/// The thing cut closing `head`: two to ten characters of Chinese with no
/// word of a level or a change (`支出增长`, `占比`), which would make the
/// percent a rate of its own.
pub(super) fn thing_cut(head: &str) -> Option<ThingCut<'_>> {
    const NOT_THINGS: &[char] = &[
        '增', '长', '升', '提', '达', '为', '占', '率', '比', '到', '至', '是', '降', '减', '的',
    ];
    let run_len: usize = head
        .chars()
        .rev()
        .take_while(|c| crate::chars::is_han(*c) && !NOT_THINGS.contains(c))
        .map(char::len_utf8)
        .sum();
    let run = &head[head.len() - run_len..];
    let thing_ok = |thing: &str| (2..=10).contains(&thing.chars().count());
    // `市政府精简督查考核事项`: the last cut verb inside the run.
    let inner = CUTS
        .iter()
        .filter_map(|v| run.rfind(*v).map(|at| (at + v.len(), *v)))
        .max_by_key(|(end, _)| *end);
    match inner {
        Some((end, verb)) => thing_ok(&run[end..]).then_some(ThingCut::After(verb)),
        None => thing_ok(run).then_some(ThingCut::Listed(&head[..head.len() - run_len])),
    }
}
