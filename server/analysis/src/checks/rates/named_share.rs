//! The share named before a value: its link and adverbs, lists of names
//! before `分别`, parts of a whole before `占`.

use super::*;

/// Verbs between a share's name and its value.
pub(super) const LINKS: &[&str] = &[
    "预计达到",
    "平均为",
    "控制到",
    "降到",
    "预计",
    "提高到",
    "提升到",
    "上升到",
    "增加到",
    "下降到",
    "降低到",
    "降至",
    "升至",
    "跃升至",
    "跃升到",
    "达到",
    "保持在",
    "保持",
    "稳定在",
    "控制在",
    "均达",
    "为",
    "达",
    "是",
    "到",
    "在",
    "超过",
    "已达",
    "提高至",
    "提升至",
    "上升至",
    "下降至",
    "降低至",
    "增长至",
    // A share grown to its value (`占比由18%增至71%`).
    "增至",
    "增加至",
    // Coverage widened to its value (`覆盖面扩大到60%`).
    "扩大到",
    "扩大至",
    // A share narrowed to its value (`亏损面收窄至12%`).
    "收窄到",
    "收窄至",
    "缩小到",
    "缩小至",
    "达到了",
    "实现",
    // A floor or a ceiling (`比例不低于60%、55%`).
    "不低于",
    "不少于",
    "不高于",
    "不超过",
];

/// Adverbs between a share's name and its link (`继续保持在`, `仍达`), a
/// plan's resolve (`确保达到`, `力争达到`) and a time (`年内达到`,
/// `首次实现`, `连续三年超过`: see [`strip_adverbs`]).
pub(super) const ADVERBS: &[&str] = &[
    "继续", "持续", "仍然", "仍", "已经", "已", "均", "始终", "一直", "确保", "力争", "争取",
    "努力", "稳定", "稳步", "年内", "首次", "当年", "全年", "多年", "有望", "可望", "就",
];

/// States a share of things reaches, written right after its value
/// (`100%达标`, `100%覆盖`): the share of them in that state.
pub(super) const STATES: &[&str] = &["达标", "全覆盖", "覆盖", "合格"];

/// What is done to a share of things or of money, written right after its
/// value (`土壤100%安全利用`, `费用90%予以报销`, `价款的10%纳入基金`): the
/// share of them it is done to.
pub(super) const HANDLED: &[&str] = &[
    "安全利用",
    "予以",
    "用于",
    "纳入",
    // `新建数据中心100%使用绿电`: the share of them that use it.
    "使用",
];

/// The share named before `figure` (or by the state after it).
pub(super) fn named_share(text: &str, figure: &Figure) -> Option<(usize, String)> {
    // `水质100%达标`: the share of what reaches the state after it.
    if figure.kind == FigureKind::Percent
        && let Some(state) = STATES
            .iter()
            .find(|s| text[figure.span.end..].starts_with(*s))
    {
        return Some((figure.span.end, (*state).to_string()));
    }
    // Not a change (`增长20%用于`) nor a rate of a name of its own.
    if figure.kind == FigureKind::Percent
        && let Some(done) = HANDLED.iter().find(|h| {
            let after = &text[figure.span.end..];
            after.strip_prefix("以上").unwrap_or(after).starts_with(*h)
        })
        && !is_change(text, figure)
        && !chars_before(text, figure.span.start, 1).ends_with(['率', '速', '幅', '比', '度'])
    {
        return Some((figure.span.end, (*done).to_string()));
    }
    let before = chars_before(text, figure.span.start, 64);
    // A link before the value (`达到`, or `超过` read with the figure),
    // not a bare name.
    let linked = {
        let b = before.trim_end_matches(is_space);
        LINKS.iter().any(|l| b.ends_with(l))
            || figure
                .text(text)
                .starts_with(|c: char| crate::chars::is_han(c))
    };
    if let Some(top) = top_share(before, figure) {
        let before_start = floor_boundary(text, figure.span.start) - before.len();
        return Some((before_start + top, "前".to_string()));
    }
    let mut head = before.trim_end_matches(is_space);
    // `A率和B率达到双100%`: both at the value.
    head = head.strip_suffix('双').unwrap_or(head);
    // The earlier values of the same share, each with its link: a list
    // (`分别占全国的13.6%、5.5%、10.4%、1.8%`) or values from which the
    // share moved (`分别从5%、26%提高到6%、28%`). `position` is this
    // value's place in the list it closes, counted back to the first join
    // that is not a listing one.
    let mut position = 0usize;
    let mut counting = true;
    for _ in 0..MAX_EARLIER_VALUES {
        // `开工率一季度达40%、二季度达60%`: each value with its own time.
        let own_time = || strip_time_of_year(strip_link(head)).and_then(strip_earlier_value);
        match strip_earlier_value(head)
            .or_else(own_time)
            .or_else(|| strip_earlier_whole(head))
            .or_else(|| carried_value(head))
        {
            Some((rest, join)) => {
                head = rest;
                counting = counting && matches!(join, "、" | "和" | "及");
                position += usize::from(counting);
            }
            None => break,
        }
    }
    head = strip_link(head);
    head = strip_record(head);
    head = strip_time_of_year(head).unwrap_or(head);
    head = strip_average(head);
    head = strip_points_change(head);
    head = strip_base_period(head);
    let head = strip_link(head).trim_end_matches(['均', '已', '的']);
    // `甲所占的比重，已由…`: the share named as the clause's topic, a
    // comma before what it does.
    let head = head
        .strip_suffix(['，', ','])
        .filter(|h| SHARES.iter().any(|s| h.ends_with(s)))
        .unwrap_or(head);
    // `A率、B率分别达到90%、95%`: each value is one name's, so every
    // name must be a share.
    // So do values listed after names listed, with no `分别`
    // (`初中毛入学率、巩固率达102.6%和98.1%`).
    let (head, listed) = match head.strip_suffix("分别") {
        Some(h) => (h, true),
        None => {
            let more_values = position > 0 || values_after(&text[figure.span.end..]) > 0;
            (head, more_values && names_listed(head))
        }
    };
    if listed && !all_names_bounded(head) && !share_over_times(head) {
        // `甲毛入学率、乙巩固率分别达到98.6%、99.6%`: the value's own name
        // by its place in the list, when every name is a rate of its own
        // or the list has one value for each name.
        let values = position + 1 + values_after(&text[figure.span.end..]);
        return listed_name(head, position, values).map(|(start, name)| {
            let before_start = floor_boundary(text, figure.span.start) - before.len();
            (before_start + start, name)
        });
    }
    // `增长率` is not a share; `占比提高` would need the base.
    if head.ends_with("增长率") || head.ends_with("增速") {
        return None;
    }
    if head.ends_with("完成率") && (tasks_settled(head) || reform_done(head)) {
        let before_start = floor_boundary(text, figure.span.start) - before.len();
        let name_start = before_start + head.len() - "完成率".len();
        return Some((name_start, "完成率".to_string()));
    }
    // `安全感指数`, `满意度指数`: a poll's share given as an index in
    // percent is still the share of those asked.
    let head = match head.strip_suffix("指数") {
        Some(poll) if POLLS.iter().any(|p| poll.ends_with(p)) => poll,
        _ => head,
    };
    let share: String = match SHARES
        .iter()
        .filter(|s| head.ends_with(*s))
        .max_by_key(|s| s.len())
    {
        Some(share) => (*share).to_string(),
        None => match other_bounded_rate(head)
            .or_else(|| quoted_rate(head))
            .or_else(|| spending_of_output(head))
        {
            Some(name) => name,
            None if listed => return None,
            None => part_of_whole(head)
                .or_else(|| shares_in_a_row(head, &text[figure.span.end..]))
                .or_else(|| work_done(head))
                .or_else(|| things_before(head, strip_link).map(str::to_string))
                .or_else(|| elided_intensity(head))
                .or_else(|| linked.then(|| relative_things(head)).flatten())?,
        },
    };
    // Subscriptions per 100 people (`移动电话普及率`) and gross ratios
    // (`毛入学率`: pupils of any age over the cohort) may pass 100%. A
    // shorter unbounded name inside a listed share (`比率` in `优良天数比率`)
    // does not make it unbounded.
    let per_hundred = (share.ends_with("普及率")
        && PER_HUNDRED
            .iter()
            .any(|w| chars_before(head, head.len(), 10).contains(w)))
        || chars_before(head, head.len(), 10).contains("每百");
    let gross = chars_before(head, head.len(), 6).contains('毛');
    // Housing started or built against the units a superior assigned
    // (`开工保障性住房4710套、开工率102.9%`): a year may do more than its
    // task. (Projects started among those listed are a share.)
    let housing_task = ["开工率", "建成率", "复工率"]
        .iter()
        .any(|r| share.ends_with(r))
        && ["套", "住房", "棚户区", "安居"]
            .iter()
            .any(|w| chars_before(head, head.len(), 40).contains(w));
    if per_hundred
        || gross
        || housing_task
        || UNBOUNDED_RATES
            .iter()
            .any(|r| r.len() >= share.len() && head.ends_with(r))
    {
        return None;
    }
    // Every step keeps a prefix of `before`, which ends at the figure.
    let before_start = floor_boundary(text, figure.span.start) - before.len();
    let name_start = before_start + head.len() - share.len();
    Some((name_start, share))
}

/// `一、二季度开工率分别`, `上半年和全年达标率分别`: one bounded share
/// named once after the times its values are for, so each value is that
/// share's. The times are a list of times of the year; the first may be
/// cut to its numeral (`一、二季度`) or its half (`上、下半年`).
pub(super) fn share_over_times(head: &str) -> bool {
    let Some(share) = share_name(head) else {
        return false;
    };
    if UNBOUNDED_RATES.iter().any(|r| head.ends_with(r)) {
        return false;
    }
    let times = &head[..head.len() - share.len()];
    let clause = last_clause(times);
    let pieces: Vec<&str> = clause.split(['、', '和']).collect();
    let Some((last, earlier)) = pieces.split_last() else {
        return false;
    };
    let is_time = |p: &str| TIMES_OF_YEAR.iter().any(|t| p.ends_with(t)) || p.ends_with("全年");
    let cut_time = |p: &str| {
        is_time(p) || p.ends_with(['一', '二', '三', '四', '上', '下']) && !p.ends_with("以上")
    };
    !earlier.is_empty() && is_time(last) && earlier.iter().all(|p| cut_time(p))
}

/// Whether the last clause of `head` lists names of rates, each its own
/// (`甲毛入学率、巩固率`; not `甲、乙覆盖率`, one rate of two things).
fn names_listed(head: &str) -> bool {
    let clause = last_clause(head);
    let names: Vec<&str> = clause.split(['、', '和']).collect();
    names.len() >= 2
        && !clause.contains("分别")
        && names
            .iter()
            .all(|name| name.ends_with('率') || SHARES.iter().any(|share| name.ends_with(share)))
}

/// `A率、B率分别`: whether every name of the list before `分别` (the
/// clause's `、`/`和` items) is a share bounded by 100%. The last name's
/// share word may stand for all (`自来水、卫生厕所普及率分别`: the 普及率
/// of each), when the names before it are short plain names of no
/// measure of their own.
pub(super) fn all_names_bounded(head: &str) -> bool {
    let clause_start = head
        .rfind(['，', ',', '；', ';', '。', '：', ':', '\n'])
        .map_or(0, |p| {
            p + head[p..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &head[clause_start..];
    // `甲占乙和丙的比重分别`: one part's share of each of several wholes.
    if let Some(at) = clause.find('占')
        && !clause[..at].contains(['、', '和'])
        && ["比重", "比例"].iter().any(|w| clause.ends_with(w))
    {
        return true;
    }
    let mut names: Vec<&str> = clause
        // Not at 及, which stands inside 普及率.
        .split(['、', '和'])
        .map(|n| n.trim_matches(is_space))
        .filter(|n| !n.is_empty())
        .collect();
    // `力争2025年甲、乙…`: a resolve and a time open the first name.
    if let Some(first) = names.first_mut() {
        *first = without_lead_time(first);
    }
    // `水稻、农作物综合机械化率分别`: a `…率` of no list stands for all too.
    let shared = names.last().and_then(|last| {
        SHARES
            .iter()
            .filter(|s| last.ends_with(*s) && last.len() > s.len())
            .max_by_key(|s| s.len())
            .map(|s| (*s).to_string())
            .or_else(|| other_bounded_rate(last))
    });
    let names: Vec<String> = names
        .iter()
        .map(|name| match &shared {
            Some(share) if bare_name(&without_gloss(name)) || amount_shared(name, share) => {
                format!("{name}{share}")
            }
            _ => (*name).to_string(),
        })
        .collect();
    !names.is_empty()
        && names.iter().all(|name| {
            // `…督察交办问题整改完成率分别`: done of tasks given.
            if name.ends_with("完成率") && tasks_settled(head) {
                return true;
            }
            let share = share_name(name);
            share.is_some_and(|share| {
                let unbounded = UNBOUNDED_RATES
                    .iter()
                    .any(|r| r.len() >= share.len() && name.ends_with(r));
                let per_hundred = name.contains("每百")
                    || share.ends_with("普及率") && PER_HUNDRED.iter().any(|w| name.contains(w));
                !(unbounded || per_hundred || name.contains('毛'))
            })
        })
}

/// A name standing for itself and a share word said once after the list:
/// two to ten Chinese characters with no word of a measure of their own
/// (`自来水`, `卫生厕所`; not `经济增速`, `税收占比`).
pub(super) fn bare_name(name: &str) -> bool {
    const MEASURES: &[char] = &[
        '率', '比', '速', '幅', '值', '额', '量', '数', '度', '收', '支', '价', '面', '重',
    ];
    (2..=10).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !name.contains(MEASURES)
}

/// `乡镇（街道）综合服务中心` → `乡镇综合服务中心`: a name with a short
/// gloss in brackets (another name for the same place) is read without it.
pub(super) fn without_gloss(name: &str) -> std::borrow::Cow<'_, str> {
    let Some((before, rest)) = name.split_once('（') else {
        return name.into();
    };
    let Some((inside, after)) = rest.split_once('）') else {
        return name.into();
    };
    let gloss =
        (1..=6).contains(&inside.chars().count()) && inside.chars().all(crate::chars::is_han);
    if gloss && !before.is_empty() {
        format!("{before}{after}").into()
    } else {
        name.into()
    }
}

/// `甲产值、乙增加值占比分别`: an amount before a share of a whole said
/// once after the list is that amount's share (`占比`, `比重`); a name of
/// a measure of its own (`增速`, `税负率`) is not.
pub(super) fn amount_shared(name: &str, share: &str) -> bool {
    let name = name.replace(['“', '”'], "");
    ["占比", "比重"].contains(&share)
        && (2..=12).contains(&name.chars().count())
        && name.chars().all(crate::chars::is_han)
        && !name.ends_with(['率', '比', '速', '幅', '度', '重', '数', '价'])
}

/// `力争2025年全县…` → `全县…`: a plan's resolve and a time (a year
/// written in digits, with `到`/`至`) opening a name.
pub(super) fn without_lead_time(name: &str) -> &str {
    let mut rest = name;
    for _ in 0..3 {
        let before = rest.len();
        if let Some(a) = ADVERBS.iter().find(|a| rest.starts_with(*a)) {
            rest = &rest[a.len()..];
        }
        rest = rest.trim_start_matches(['到', '至']);
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 && rest[4..].starts_with('年') {
            rest = &rest[4 + '年'.len_utf8()..];
            rest = rest.trim_start_matches(['底', '末']);
        }
        if rest.len() == before {
            break;
        }
    }
    if rest.is_empty() { name } else { rest }
}

/// What a part of a whole names before its share: `占一般公共预算支出(的)`,
/// `占全省(的)`, or a bare `占` after the part's own amount
/// (`基本支出12亿元，占40%`). A plan, a budget or a target may be exceeded
/// (`占年度计划的105%`, `占调整预算的103%`), and a debt or a balance is
/// no part of revenue (`债务余额占财政收入的150%`): neither is read.
/// `储蓄存款余额218亿元，占各项存款的`: the balance of one kind of a stock
/// set against all of that stock (`各项`, `全部`), which holds it; not a
/// debt, nor one stock against another (`贷款余额占存款的`, a ratio that
/// may pass 100%).
fn balance_of_its_kind(subject: &str, object: &str) -> bool {
    let Some(at) = subject.rfind("余额") else {
        return false;
    };
    let stock = chars_before(subject, at, 2);
    let all = object.strip_suffix('的').unwrap_or(object);
    let all = ["各项", "全部"].iter().find_map(|w| all.strip_prefix(w));
    stock.chars().count() == 2
        && stock.chars().all(crate::chars::is_han)
        && !["债", "赤字", "利息", "还本"]
            .iter()
            .any(|w| subject.contains(w))
        && all.is_some_and(|all| all == stock)
}

pub(super) fn part_of_whole(head: &str) -> Option<String> {
    let tail = chars_before(head, head.len(), 24);
    let at = tail.rfind('占')?;
    // `占到产业的`: the verb's complement is no word of the whole.
    let object = &tail[at + '占'.len_utf8()..];
    let object = object.strip_prefix('到').unwrap_or(object);
    let subject = &tail[..at];
    // `…国债份额占全省`: a share (份额) of anything is no debt's ratio.
    if !subject.ends_with("份额")
        && ["债", "余额", "赤字", "利息", "还本"]
            .iter()
            .any(|w| subject.contains(w))
        && !balance_of_its_kind(subject, object)
    {
        return None;
    }
    if object.is_empty() {
        // The bare `，占`: the part's amount closes the clause before.
        if let Some(amount) = subject.strip_suffix(['，', ',']) {
            let unit_amount = ["亿元", "万元", "元"].iter().any(|u| amount.ends_with(u));
            let plan = ["完成", "计划", "目标", "预算"].iter().any(|w| {
                let clause = amount
                    .rsplit(['，', ',', '；', ';', '。'])
                    .next()
                    .unwrap_or("");
                clause.contains(w) && !clause.contains("收入") && !clause.contains("支出")
            });
            return (unit_amount && !plan).then(|| "占".to_string());
        }
        return (part_named_after_amount(subject) || named_part_of_amount(subject))
            .then(|| "占".to_string());
    }
    // The `的` closing the object is trimmed with the link.
    let object = object.strip_suffix('的').unwrap_or(object);
    if object.chars().count() < 2 || !object.chars().all(crate::chars::is_han) {
        return None;
    }
    const WHOLES: &[&str] = &[
        "收入", "支出", "总额", "总量", "总值", "总数", "人口", "面积", "全国", "全省", "全市",
        "全区", "全县", "总和", "资金",
    ];
    // `占全市电力装机总容量的`, `占全省总装机的`: a whole named by its
    // place (`全市…`) or as a total (`总…`), not an average or a level.
    const TERRITORIES: &[&str] = &["全国", "全省", "全市", "全区", "全县"];
    let named_whole = (TERRITORIES.iter().any(|w| object.starts_with(w)) || object.contains('总'))
        && !["平均", "水平", "均值", "标准"]
            .iter()
            .any(|w| object.contains(w));
    const PLANS: &[&str] = &["预算", "计划", "目标", "任务", "上年", "同期", "去年"];
    // `占全部工业产值的`, `占规模以上工业的`: the whole named as such.
    const WHOLE_OPENINGS: &[&str] = &["全部", "规模以上", "规上"];
    // Any other whole (`占产业的`, `占城区的`) when no plan, past level or
    // average is in its words: a part of it cannot pass it.
    const NO_WHOLE: &[&str] = &["规划", "指标", "下达", "平均", "水平", "均值", "标准"];
    let other_whole = !PLANS.iter().chain(NO_WHOLE).any(|w| object.contains(w));
    let whole = ((WHOLES.iter().any(|w| object.ends_with(w)) || named_whole)
        && !PLANS.iter().any(|w| object.ends_with(w)))
        || (WHOLE_OPENINGS.iter().any(|w| object.starts_with(w))
            && !PLANS.iter().any(|w| object.contains(w)))
        || other_whole;
    whole.then(|| format!("占{object}"))
}

/// `…投资占44%，甲、乙和丙占16%，丁占23%`: parts of one whole left
/// unsaid, each named in a clause of its own with a bare `占`, two or more
/// in a row. A part cannot pass the whole it shares with the others. The
/// names carry no figure and no plan (`完成计划占`).
pub(super) fn shares_in_a_row(head: &str, after: &str) -> Option<String> {
    let h = head.strip_suffix('占')?;
    // The clause opening the name: after a comma or a semicolon a share
    // may stand before it; after a full stop or a line break, none.
    let (before, name) = match h.rfind(['，', ',', '；', ';', '。', '\n']) {
        Some(at) => {
            let mark = h[at..].chars().next().unwrap_or('。');
            let before = (!matches!(mark, '。' | '\n')).then_some(&h[..at]);
            (before, &h[at + mark.len_utf8()..])
        }
        None => (None, h),
    };
    let name = name.trim_start_matches(is_space);
    let name = name.strip_prefix("其中").unwrap_or(name);
    let is_name = |name: &str| {
        (2..=24).contains(&name.chars().count())
            && name
                .chars()
                .all(|c| crate::chars::is_han(c) || matches!(c, '、' | '“' | '”'))
            && !PLANNED
                .iter()
                .any(|w| name.contains(w) && !AMOUNT_PARTS.contains(w))
            // Work done, changes, and contributions to growth (which may
            // pass 100% when another part shrinks) are no parts.
            && !["完成", "增长", "增加", "提高", "下降", "贡献", "拉动", "率", "速"]
                .iter()
                .any(|w| name.contains(w))
    };
    if !is_name(name) {
        return None;
    }
    // The share before: its clause closes with `占N%`.
    let share_before = before.is_some_and(|b| {
        let b = ["左右", "以上"]
            .iter()
            .find_map(|q| b.strip_suffix(q))
            .unwrap_or(b);
        before_percent(b).is_some_and(|n| n.ends_with('占') && is_name(clause_tail(n)))
    });
    // The share after: the next clause is `name占N%`.
    let share_after = || {
        let rest = after
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .strip_prefix(['，', ',', '；', ';'])?;
        // The name within 24 characters: the search stays bounded.
        let window = &rest[..floor_boundary(rest, rest.len().min(24 * 3 + 3))];
        let end = window.find('占')?;
        let next = &rest[end + '占'.len_utf8()..];
        (is_name(&rest[..end]) && next.starts_with(|c: char| c.is_ascii_digit())).then_some(())
    };
    (share_before || share_after().is_some()).then(|| "占".to_string())
}

/// The name closing a `…name占`: after the last clause mark, without the
/// `占` and an opening `其中`.
pub(super) fn clause_tail(words_with_zhan: &str) -> &str {
    let w = words_with_zhan
        .strip_suffix('占')
        .unwrap_or(words_with_zhan);
    let w = w.rsplit(['，', ',', '；', ';', '。']).next().unwrap_or(w);
    w.strip_prefix("其中").unwrap_or(w)
}

/// `新建农田40万亩，其中百亩以上的整块田占`: a part named in a clause of
/// its own (`其中` may open it) right after the clause stating the whole
/// amount (a number and its unit closing it); not against a plan.
pub(super) fn part_named_after_amount(subject: &str) -> bool {
    let Some((before, part)) = subject.rsplit_once(['，', ',']) else {
        return false;
    };
    let part = part.strip_prefix("其中").unwrap_or(part);
    let named = part.chars().count() >= 2
        && part.ends_with(|c: char| crate::chars::is_han(c) || c == '”')
        && !part.contains(['%', '％', '：', ':']);
    let amount = before
        .rsplit(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let unit = amount.trim_end_matches(crate::chars::is_han);
    let closes_with_amount = unit.len() < amount.len()
        && (1..=3).contains(&amount[unit.len()..].chars().count())
        && unit.ends_with(|c: char| c.is_ascii_digit());
    named && closes_with_amount && !PLANNED.iter().any(|w| amount.contains(w))
}

/// Amounts a whole is made of, named by the part before a bare `占`.
pub(super) const AMOUNT_PARTS: &[&str] = &["投资", "产值", "增加值", "税收", "营收", "营业收入"];

/// `工业投资占62%`, `、民间投资占58%`: a part of an amount named by
/// itself before a bare `占` (the whole, all of that amount, left
/// unsaid), in an item of its own with no figure, plan or target in it.
pub(super) fn named_part_of_amount(subject: &str) -> bool {
    let item = subject
        .rsplit(['，', ',', '；', ';', '。', '、', '：', ':', '\n'])
        .next()
        .unwrap_or(subject);
    (3..=10).contains(&item.chars().count())
        && item.chars().all(crate::chars::is_han)
        && AMOUNT_PARTS
            .iter()
            .any(|a| item.ends_with(a) && item.len() > a.len())
        && !PLANNED
            .iter()
            .any(|w| !AMOUNT_PARTS.contains(w) && item.contains(w))
}
