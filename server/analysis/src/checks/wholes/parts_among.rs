//! The parts after a `其中`: the figures of the whole's unit in its sentence,
//! and the words that leave a figure out.

use super::*;

/// Words after which a figure is no longer one of the parts (`带动投资`).
pub(super) const LEAVES_PARTS: &[&str] = &[
    "新增", "净增", "带动", "拉动", "撬动", "吸引", "完成", "占", "累计", "总计", "合计", "共计",
];

/// [`parts_of`] with the figures of `range` at hand.
pub(super) fn parts_among<'d>(
    doc: &'d Document,
    range: &Range<usize>,
    figures: &'d [Figure],
    named: bool,
) -> Vec<&'d Figure> {
    let text = &doc.text;
    let mut parts = Vec::new();
    let mut from = range.start;
    // `其中口袋公园3个，改造绿道4个`: a clause led by a verb of its own
    // states another task, not a part; unless the parts are tasks too
    // (`其中新建3所，改扩建5所`).
    let parts_are_tasks = starts_with_task(&text[range.clone()]);
    // Brackets opened since `range.start` and not closed: a figure inside
    // (`（含重点产业1000人）`) is a part of the part before it.
    let mut depth = 0usize;
    // Whether a part so far counts things started or carried on this year.
    let mut started = false;
    for figure in figures {
        let gap = &text[from..figure.span.start];
        let (opened, closed) = brackets(gap);
        depth = (depth + opened).saturating_sub(closed);
        if depth > 0 {
            from = figure.span.end;
            continue;
        }
        let clause_at = gap
            .rfind(['，', ','])
            .map(|p| from + p + gap[p..].chars().next().map_or(1, char::len_utf8));
        let clause = clause_at.map(|at| &text[at..figure.span.start]);
        // `其中，续建项目35个，新建项目25个`: a clause named like the first
        // part (`…项目`) is one more part, whatever its first word.
        let named_alike = |c: &str| {
            parts.first().is_some_and(|first: &&Figure| {
                let first_name = &text[range.start..first.span.start];
                let first_name = first_name
                    .rsplit(['，', ',', '：', ':'])
                    .next()
                    .unwrap_or("");
                names_alike(first_name, c)
            })
        };
        let new_task = clause.is_some_and(|c| starts_with_task(c) && !named_alike(c));
        // With `named`, a task verb may name a measure (`完成投资`): the
        // part is paired with a whole of the same name.
        // A clause naming the stock the new things join
        // (`新增4万户，其中企业1万户，总量达到38万户`) ends the parts.
        // So does a total reached after the parts (`新增公路5万公里，其中
        // 高速公路1万公里，高速公路总里程达10万公里`).
        // The total may be named right before a figure of its own bound
        // (`企业总量突破2万户`: `突破` is read with the figure).
        let stock = clause.is_some_and(|c| {
            c.starts_with("总量")
                || c.starts_with("总数")
                || (!parts.is_empty()
                    && (names_total_reached(c)
                        || c.ends_with("总量")
                        || c.ends_with("总数")
                        || raised_to(c)
                        || counts_those_having(c)))
        });
        // `其中普惠托位3000个，每千人托位数达到4个`, `…，争取乙用地2000亩`:
        // a clause measuring per head, or setting an aim of its own, is
        // no part of the whole before `其中`.
        // So is a clause, after the parts, of an aim reached (`其中甲项目
        // 10个、乙项目20个，实现丙项目40个以上`).
        // `，五年新建学校48所`: a sum over years of its own (the span may
        // be read as a figure, so the words after the clause's start).
        let over_years =
            clause_at.is_some_and(|at| YEARS_SPANS.iter().any(|w| text[at..].starts_with(w)));
        let own_measure = over_years
            || clause.is_some_and(|c| {
                let c = c.trim_start_matches(crate::chars::is_space);
                c.starts_with('每')
                    || ["争取", "力争", "确保"].iter().any(|w| c.starts_with(w))
                    || (!parts.is_empty() && c.starts_with("实现"))
            });
        // The first part's own verb (`其中：税收收入完成15亿元`) is no
        // word that leaves the parts.
        // Either before the first part or once parts are matched by name.
        // ...nor a later part's, when its clause is named like the first
        // and the first has a verb too (`其中，省级完成投资5亿元，市级完成
        // 投资4亿元`; not `其中引进人才41人，新增技能人才39万人`).
        let alike = || {
            clause.is_some_and(named_alike)
                && parts.first().is_some_and(|first: &&Figure| {
                    holds_leaving_word(&text[range.start..first.span.start], false)
                })
        };
        // `alike` only when the gap holds nothing but an own verb (rare).
        let allowed = named || parts.is_empty();
        let leaves = holds_leaving_word(gap, allowed)
            && (allowed || holds_leaving_word(gap, true) || !alike());
        // `其中甲项目41个、完成投资35亿元，乙项目28个、…`: the last part's
        // own second measure, after `、` and its name, in another unit:
        // the parts run on past it (read by [`measured_alike::measured_alike`]).
        if !named
            && parts
                .last()
                .is_some_and(|last: &&Figure| last.span.end == from && figure.unit != last.unit)
            && measured_alike::measure_name(gap).is_some()
        {
            from = figure.span.end;
            continue;
        }
        // `省级资金6亿元并配套市级资金7亿元`: `并` after a part joins an
        // act of its own, whose figures are no parts.
        let joined_act = !parts.is_empty() && gap.starts_with('并');
        // `其中甲人员4000人，乙扩面达到13.7万人`: a clause reaching a level
        // after a part named bare states a level of its own. (After two
        // parts or more, it may be one more part, or say the parts cross.)
        let reached = clause.is_some_and(|c| {
            matches!(parts.as_slice(), [first] if reached_anew(&text[range.start..first.span.start], c))
        });
        // `其中甲比例达到25.8%，乙就业49万人`: the clause of `其中` measures
        // a rate of the whole; no later clause holds its parts.
        if parts.is_empty()
            && clause_at.is_some()
            && figures.first().is_some_and(|f| {
                f.span.start < figure.span.start && rate_of_the_whole(text, range, f)
            })
        {
            break;
        }
        if sentence_end(gap, 0, None) < gap.len()
            || (started && finished_cut(gap))
            || joined_act
            || reached
            || leaves
            || stock
            || own_measure
            || (new_task && !parts_are_tasks && !named)
        {
            break;
        }
        from = figure.span.end;
        // `其中1400亩已获批复`: a figure opening the parts alone in its
        // clause names no class of a count that follows: it is the part.
        let opens_alone = parts.is_empty()
            && gap.trim_start_matches(['，', ',', '：', ':']).is_empty()
            && alone_in_clause(doc, figure);
        if is_level(figure)
            && !is_change(text, figure)
            && (!is_threshold(text, figure) || opens_alone)
            && !is_base(doc, figure)
            && !says_worth(text, figure)
        {
            started |= STARTED.iter().any(|w| gap.contains(w));
            parts.push(figure);
        }
    }
    parts
}

/// Verbs reaching a level, closing the words before a figure.
const REACHING: &[&str] = &["达到", "达", "突破", "超过", "实现"];

/// Whether the words before a later part (`clause`) close with a verb
/// reaching its level where those before the first part (`first`, from
/// `其中`) have none: the later clause states a level of its own.
pub(super) fn reached_anew(first: &str, clause: &str) -> bool {
    let closes = |words: &str| {
        let words = words.trim_end_matches(crate::chars::is_space);
        REACHING.iter().any(|v| words.ends_with(v))
    };
    let first = first.rsplit(['，', ',', '：', ':']).next().unwrap_or(first);
    closes(clause) && !closes(first)
}

/// Whether `figure`, the first after `其中` in `range` and in the clause
/// of `其中` itself, is a rate (`比例达到25.8%`), not a change.
fn rate_of_the_whole(text: &str, range: &Range<usize>, figure: &Figure) -> bool {
    let Some(lead) = text.get(range.start..figure.span.start) else {
        return false;
    };
    let lead = lead.trim_start_matches(['，', ',', '：', ':']);
    figure.kind == FigureKind::Percent && !lead.contains(['，', ',']) && !is_change(text, figure)
}

/// Whether `figure` is the only figure of its clause and bounds nothing
/// (`以上`/`以下`): words after it name what it measures (`1400亩建设指标`),
/// not a class whose count follows. A size before things sized by it
/// (`50亿元项目`, `百亿级集群`) names their class still.
pub(super) fn alone_in_clause(doc: &Document, figure: &Figure) -> bool {
    let text = &doc.text;
    let after = &text[figure.span.end..];
    let bound = ["以上", "以下", "及以上"]
        .iter()
        .any(|w| after.starts_with(w) || text[figure.span.clone()].ends_with(w));
    let words_end = after
        .char_indices()
        .find(|&(_, c)| !crate::chars::is_han(c))
        .map_or(after.len(), |(k, _)| k);
    let sized = after.starts_with('级') || SIZED.iter().any(|w| after[..words_end].contains(w));
    let clause = doc.clause_range(figure.span.start);
    !bound
        && !sized
        && figures_in(doc, &(figure.span.end..clause.end.max(figure.span.end))).is_empty()
}

/// Things a size printed before them classes (`10亿元项目`).
pub(super) const SIZED: &[&str] = &["项目", "企业", "工程", "集群", "产业"];

/// Whether `figure` says what the things after `的` are worth (`投资5亿元
/// 的项目`), no part; a count of things named after `的` is one
/// (`把其中1000个左右的中心村建成示范村` as `1000个中心村`).
pub(super) fn says_worth(text: &str, figure: &Figure) -> bool {
    let Some(rest) = text[figure.span.end..].strip_prefix('的') else {
        return false;
    };
    let named = rest.chars().next().is_some_and(crate::chars::is_han);
    !(figure.kind == FigureKind::Count && named)
}

/// Spans of years opening a clause: its figure sums them, no part of one
/// year's whole.
pub(super) const YEARS_SPANS: &[&str] =
    &["五年", "三年", "十年", "过去", "近年", "近五年", "近三年"];

/// States of things begun or carried on within the year, which things
/// finished that year may also be in.
pub(super) const STARTED: &[&str] = &["开工", "续建", "新建"];

/// `其中续建项目120个，新开工项目180个，竣工项目95个`: after parts begun or
/// carried on, a part finished cuts the whole another way (its things were
/// begun or carried on too): it is no further part.
pub(super) fn finished_cut(gap: &str) -> bool {
    let name = gap
        .rsplit(['，', ',', '、', '；', ';'])
        .next()
        .unwrap_or(gap)
        .trim_start_matches(crate::chars::is_space);
    let name = name.strip_prefix('已').unwrap_or(name);
    COMPLETED.iter().any(|w| name.starts_with(w))
}

/// `其中，城建工程8项：（1）…。交通工程2项：（1）…。`: parts each opening
/// a sentence of their own, named like the first (`…工程`) and followed by
/// their own items after a colon; the items hold no parts. The parts and
/// where the last one's sentence ends, when there are two or more.
pub(super) fn sentence_parts<'d>(
    doc: &'d Document,
    after: usize,
    first: &'d Figure,
    next: Option<usize>,
) -> Option<(Vec<&'d Figure>, usize)> {
    let text = &doc.text;
    let items_follow = |f: &Figure| text[f.span.end..].starts_with(['：', ':']);
    let first_name = text[after..first.span.start].trim_start_matches(['，', ',', '：', ':']);
    if !items_follow(first) || !named_plainly(first_name) {
        return None;
    }
    let mut lead = vec![first];
    let mut to = sentence_end(text, first.span.end, next);
    while text[to..].starts_with('。') {
        let from = to + '。'.len_utf8();
        let lo = doc.figures.partition_point(|f| f.span.start < from);
        let Some(part) = doc.figures.get(lo) else {
            break;
        };
        let name = text[from..part.span.start].trim_matches(crate::chars::is_space);
        let alike = named_plainly(name)
            && name.chars().count() <= 8
            && names_alike(first_name, name)
            && same_unit(&part.unit, &first.unit)
            && is_level(part)
            && items_follow(part);
        if !alike || next.is_some_and(|n| part.span.start > n) {
            break;
        }
        lead.push(part);
        to = sentence_end(text, part.span.end, next);
    }
    (lead.len() >= 2).then_some((lead, to))
}

/// Whether two parts' names end alike, once their verbs (`完成`, `达到`)
/// and a closing `的` are set aside: with the same two characters
/// (`税收收入`, `非税收入`), or each with a word of class (`工业类`,
/// `服务类`).
pub(super) fn names_alike(a: &str, b: &str) -> bool {
    fn name(s: &str) -> Vec<char> {
        let mut s = s.trim_matches(|c: char| {
            crate::chars::is_space(c) || matches!(c, '：' | ':' | '，' | ',')
        });
        s = s.strip_suffix('的').unwrap_or(s);
        for verb in ["完成", "达到", "实现", "为", "达", "约"] {
            s = s.strip_suffix(verb).unwrap_or(s);
        }
        s.chars().collect()
    }
    let (a, b) = (name(a), name(b));
    let class = |n: &[char]| matches!(n.last(), Some('类' | '型'));
    a.len() >= 2
        && b.len() >= 2
        && a != b
        && (a[a.len() - 2..] == b[b.len() - 2..] || class(&a) && class(&b))
}

/// Whether `gap` holds a word of [`LEAVES_PARTS`] (where a part may keep
/// its own verb, not one of [`OWN_VERBS`]). One pass over the gap's characters, a word
/// compared only where its first character stands: eleven substring
/// searches per figure were a fifth of a long sentence's check.
///
/// By bytes: a word's first byte starts a character, so it matches only
/// where a character starts, and comparing it first spares decoding.
pub(super) fn holds_leaving_word(gap: &str, own_verb_allowed: bool) -> bool {
    let bytes = gap.as_bytes();
    (0..bytes.len()).any(|i| {
        LEAVES_LEADS[usize::from(bytes[i])]
            && LEAVES_PARTS.iter().any(|w| {
                w.as_bytes().first() == Some(&bytes[i])
                    && bytes[i..].starts_with(w.as_bytes())
                    && !(own_verb_allowed && OWN_VERBS.contains(w))
            })
    })
}

/// The first bytes of [`LEAVES_PARTS`]: a byte that starts none (every
/// continuation byte) is not compared with each word.
pub(super) static LEAVES_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < LEAVES_PARTS.len() {
        table[LEAVES_PARTS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
};

/// `s` without every leading repetition of `word`.
pub(super) fn strip_all<'s>(mut s: &'s str, word: &str) -> &'s str {
    while let Some(rest) = s.strip_prefix(word) {
        s = rest;
    }
    s
}

/// Words of [`LEAVES_PARTS`] that may be the first part's own verb.
pub(super) const OWN_VERBS: &[&str] = &["完成", "新增"];

/// Whether a clause's words up to its figure name a total reached
/// (`高速公路总里程达`): `总` in the name before a verb of reaching.
pub(super) fn names_total_reached(clause: &str) -> bool {
    ["达到", "达", "突破", "超过"]
        .iter()
        .find_map(|v| clause.strip_suffix(v))
        .is_some_and(|name| name.contains('总'))
}

/// `其中近300户已获贷款，今年要扩大到511户`: a clause, after the parts,
/// raising a level to a new one states that level, no further part.
pub(super) fn raised_to(clause: &str) -> bool {
    clause.ends_with('到')
        && ["扩大到", "增加到", "提高到", "提升到", "增长到"]
            .iter()
            .any(|v| clause.ends_with(v))
}

/// `其中脱贫村86个，去年已有150个村集体收入超过10万元`: a clause, after
/// the parts, counting those of the whole that have something (`已有`,
/// `今年有`) cuts the whole another way: no further part.
pub(super) fn counts_those_having(clause: &str) -> bool {
    let Some(head) = clause.strip_suffix('有') else {
        return false;
    };
    let head = head.trim_start_matches(crate::chars::is_space);
    let head = ["已", "共", "还", "尚"]
        .iter()
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head);
    let year = head.trim_start_matches(|c: char| c.is_ascii_digit());
    head.is_empty()
        || (year.len() < head.len() && year == "年")
        || ["今年", "去年", "上年", "当年", "目前", "现", "年底", "年末"].contains(&head)
}

/// Verbs that open a clause stating a task of its own.
pub(super) const TASKS: &[&str] = &[
    "新建",
    "改造",
    "改扩建",
    "建成",
    "建设",
    "实施",
    "开工",
    "启动",
    "打造",
    "推进",
    "修建",
    "整治",
    "提升",
    "完成",
    "举办",
    "培育",
    "引进",
    "招引",
    "创建",
    "创成",
];

pub(super) fn starts_with_task(clause: &str) -> bool {
    let clause = clause.trim_start_matches(crate::chars::is_space);
    // The first byte before the word: this runs per `其中` and per part.
    let first = clause.as_bytes().first().copied();
    TASKS
        .iter()
        .any(|t| t.as_bytes().first().copied() == first && clause.starts_with(t))
}
