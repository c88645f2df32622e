//! Parts counted among counted things (`新开工项目12个，其中已竣工5个`): the
//! states a part may be in, named again or after its whole.

use super::*;

/// Verbs and adverbs that may follow a part counted among a whole
/// (`28项已完成`, `86个实现通车`): the part names nothing else.
pub(super) const AMONG_LEADS: &[&str] = &[
    "已", "被", "获", "实现", "达到", "完成", "通过", "入选", "列入", "纳入", "进入", "属于",
    "全部", "均", "基本", "建成", "开工", "竣工", "为", "是", "超额", "达标",
];

/// Words that open a status a bare count is in (`5项基本完成`, `11项如期
/// 启动`, `1项需继续申报`): [`AMONG_LEADS`] and these.
pub(super) const STATUS_LEADS: &[&str] = &[
    "如期", "正在", "需", "顺利", "全面", "提前", "主体", "尚", "未", "仍", "按期", "按时", "投入",
    "投产", "居", "位居",
];

/// Verbs of a deed or a rank that a whole's own clause may state.
pub(super) const OWN_DEEDS: &[&str] = &[
    "获得", "参加", "名列", "上市", "发布", "封顶", "入驻", "认定", "认证", "评为", "解决",
];

/// Verbs before a count that give it a status of its own (`建成3个示范区`):
/// a bare count after it (`5个正在建设`) is a sibling, not a part.
pub(super) const STATUS_WHOLES: &[&str] = &[
    "建成", "完成", "竣工", "投产", "开工", "办结", "投用", "启动",
];

/// `在120个行政村中，86个村…`, `30项民生实事中28项已完成`: a count, the
/// words it counts and `中`, then right after (past `，`, `的` or `有`) a
/// count of the same unit: a part of the whole. The part counts the same
/// things (its words start with the whole's last words, `村` of `行政村`),
/// or nothing but a verb follows it; `在3个县中，12个乡镇…` counts other
/// things and is no part. One part, not added up.
pub(super) fn counted_among(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        if whole.kind != FigureKind::Count {
            return None;
        }
        let next = figures.get(i + 1)?;
        if next.kind != FigureKind::Count || !same_unit(&next.unit, &whole.unit) {
            // `项目227个、总投资2413.7亿元，已竣工158个`: the whole's own
            // investment stands between it and the part.
            return past_investment(doc, i)
                .and_then(|(part, between)| {
                    done_already(doc, whole, part, &between)
                        .or_else(|| named_again(doc, whole, part, &between))
                })
                .or_else(|| bounded_class_among(doc, i));
        }
        // `甲项目27个、乙项目16个，已落地24个`: the last of counts listed
        // side by side; what follows may count some of all of them.
        if last_of_siblings(doc, i) {
            return None;
        }
        let part = next;
        let between = doc.text.get(whole.span.end..part.span.start)?;
        // Short: a whole's counted words are a few characters.
        if between.len() > 16 * 3 {
            return None;
        }
        among(doc, whole, part, between)
            .or_else(|| by_status(doc, i, between))
            .or_else(|| done_already(doc, whole, part, between))
            .or_else(|| completed_of_carried_out(doc, whole, part, between))
            .or_else(|| named_again(doc, whole, part, between))
            .or_else(|| named_again_after(doc, whole, part, between))
            .or_else(|| done_by_name(doc, i, between))
            .or_else(|| reviewed::outcome_of_review(doc, whole, part, between))
            .or_else(|| classes_of_total::classes_of_total(doc, whole, part, between))
    })
}

/// Whether the count `figures[i]` follows another of its unit, joined to
/// it by `、` or `和` and a few counted words (`甲项目27个、乙项目16个`):
/// the two are items of one list.
pub(super) fn last_of_siblings(doc: &Document, i: usize) -> bool {
    let figures = &doc.figures;
    let Some(previous) = i.checked_sub(1).and_then(|k| figures.get(k)) else {
        return false;
    };
    let whole = &figures[i];
    let Some(gap) = doc.text.get(previous.span.end..whole.span.start) else {
        return false;
    };
    let Some(words) = gap.strip_prefix(['、', '和', '及']) else {
        return false;
    };
    previous.kind == FigureKind::Count
        && same_unit(&previous.unit, &whole.unit)
        && (1..=12).contains(&words.chars().count())
        && han_words(words)
}

/// Words of a state of being done, or not, and their joins.
pub(super) const DONE_STATES: &[&str] = &[
    "基本", "未", "及", "和", "已", "完成", "办结", "整改", "解决", "销号",
];

/// Of [`DONE_STATES`], those that say done.
pub(super) const DONE_WORDS: &[&str] = &["完成", "办结", "整改", "解决", "销号"];

/// The counted words after a break and states of being done
/// (`任务` in `，完成及基本完成任务`), if `gap` is such.
pub(super) fn named_after_states(gap: &str) -> Option<&str> {
    // A break, a state and two counted characters take at least 15 bytes;
    // most gaps (`，`) are shorter.
    if gap.len() < 15 {
        return None;
    }
    let start = gap.strip_prefix(['，', ',', '、'])?;
    let mut rest = start;
    while let Some(r) = DONE_STATES.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    let states = &start[..start.len() - rest.len()];
    (DONE_WORDS.iter().any(|w| states.contains(w)) && rest.chars().count() >= 2).then_some(rest)
}

/// `分解任务68项，完成任务60项、未完成任务8项`: a count closing its clause
/// after the words it counts, then clauses each of a state of being done
/// (or not), the same counted words (their last characters) and a count of
/// the same unit: each counts some of the whole. Not added up. A whole
/// newly added or in a state of its own (`开工项目`) abstains.
pub(super) fn done_by_name<'d>(
    doc: &'d Document,
    i: usize,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let whole = &figures[i];
    // The gap first: most counts are followed by none of these states.
    let first_named = named_after_states(between)?;
    let words = words_before(text, whole);
    let done_then_named =
        |gap: &str| named_after_states(gap).is_some_and(|named| words.ends_with(named));
    if words.chars().count() < 2
        || !words.ends_with(first_named)
        || counts_new(doc, whole)
        || STATUS_WHOLES.iter().any(|w| words.contains(w))
        || !plain_whole_and_part(doc, whole, &figures[i + 1])
        || !is_level(&figures[i + 1])
    {
        return None;
    }
    let mut parts = vec![&figures[i + 1]];
    for next in &figures[i + 2..] {
        let previous = parts[parts.len() - 1];
        let gap = &text[previous.span.end..next.span.start];
        if !same_unit(&next.unit, &whole.unit)
            || !is_level(next)
            || gap.len() > 16 * 3
            || !done_then_named(gap)
        {
            break;
        }
        parts.push(next);
    }
    Some(PartReading {
        whole,
        parts,
        stops_at_next: true,
    })
}

/// `项目227个、总投资2413.7亿元，已竣工158个`: when the figure after the
/// count at `i` is its own money (see [`own_money_after`]) closing a
/// clause, the count after that, with the words from the whole to the part
/// as if the money were not there (`，已竣工`).
pub(super) fn past_investment(doc: &Document, i: usize) -> Option<(&Figure, String)> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, part) = (&figures[i], figures.get(i + 2)?);
    let amount = own_money_after(doc, i)?;
    if part.kind != FigureKind::Count || !same_unit(&part.unit, &whole.unit) {
        return None;
    }
    let rest = text.get(amount.span.end..part.span.start)?;
    (rest.starts_with(['，', ',']) && rest.len() <= 16 * 3).then(|| (part, rest.to_string()))
}

/// Names of the money of the things counted right before it: what they
/// cost or were signed for (`签约项目46个，签约额216.8亿元`).
pub(super) const OWN_MONEY: &[&str] = &[
    "投资",
    "总投资",
    "协议投资",
    "签约额",
    "签约金额",
    "总签约额",
    "协议金额",
    "合同金额",
];

/// The figure after the count at `i` when it is that count's own money:
/// past a break, one of [`OWN_MONEY`] and nothing else.
pub(super) fn own_money_after(doc: &Document, i: usize) -> Option<&Figure> {
    let text = &doc.text;
    let (whole, amount) = (doc.figures.get(i)?, doc.figures.get(i + 1)?);
    // Bytes first: this runs for every count before a figure of another unit.
    let lead = text.as_bytes().get(whole.span.end..amount.span.start)?;
    if whole.kind != FigureKind::Count
        || !lead.ends_with("额".as_bytes()) && !lead.ends_with("资".as_bytes())
    {
        return None;
    }
    let lead = &text[whole.span.end..amount.span.start];
    let name = lead.strip_prefix(['，', ',', '、'])?;
    OWN_MONEY.contains(&name).then_some(amount)
}

/// Han characters, with the spaces a broken line leaves inside a word
/// (`考核指 标`), and at least one Han character.
pub(super) fn han_words(words: &str) -> bool {
    words.chars().any(crate::chars::is_han)
        && words
            .chars()
            .all(|c| crate::chars::is_han(c) || crate::chars::is_space(c))
}

/// Whether `s` opens with one of `words`.
pub(super) fn opens_with(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// `18项惠民实事，5项基本完成，11项如期启动，2项需继续申报`: a count and
/// the words it counts closing a clause, then clauses each opening with a
/// bare count of the same unit and a status (no counted words: the things
/// counted last). The statuses may overlap (`开工`, `竣工`), so the parts
/// are not added up; each is within the whole.
pub(super) fn by_status<'d>(doc: &'d Document, i: usize, between: &str) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let whole = &figures[i];
    // `7个平台全部建成、4个投入运行`: a `、` may part the clauses too. With
    // no break at all (`13所学校11所建成投用`), only the one count right
    // after the whole's words is read.
    // `7个指标，有5个居全省前列`: `有` may open the part's clause.
    let between = ["已有", "有"]
        .iter()
        .find_map(|w| between.strip_suffix(w))
        .filter(|b| b.ends_with(['，', ',']))
        .unwrap_or(between);
    let trimmed = between.trim_matches(crate::chars::is_space);
    let (words, bare) = match trimmed.strip_suffix(['，', ',', '、']) {
        Some(words) => (words, false),
        None => (trimmed, true),
    };
    // `建议104件和提案378件全部…`, `在294个村设立了398个…`: with no break,
    // words that join another item or did something to other things (`了`)
    // lead to a count of those, not to some of the whole.
    let other_things =
        bare && (words.starts_with(['和', '及', '与', '并']) || words.contains('了'));
    if words.chars().count() > 12
        || !han_words(words)
        || words.ends_with(['中', '和', '及', '与'])
        || other_things
        || in_open_quote(text, whole)
    {
        return None;
    }
    // `2处涵闸竣工、4处开工`: a whole in a state of its own has siblings
    // in other states, unless all of it is in that state (`全部建成`).
    // So has a whole whose clause says what it did or reached (`30个农产品
    // 获得无公害认定，233个获得产品认证`, `2项成果达到国际先进水平，3项
    // 达到…`): the next count did something else, or the same elsewhere.
    // (`9200人进行了移民搬迁，8.4万人…`: `了` closes a deed of its own.)
    let own_state = words.contains('了')
        || DONE
            .iter()
            .chain(AMONG_LEADS)
            .chain(STATUS_LEADS)
            .chain(OWN_DEEDS)
            .any(|w| w.chars().count() >= 2 && words.contains(w));
    // `3个托老中心、20个服务中心`: after a `、`, a whole named only by its
    // things (no state) and the next count are names of a list.
    if trimmed.ends_with('、') && !own_state {
        return None;
    }
    if own_state && !["全部", "均"].iter().any(|w| words.contains(w)) {
        return None;
    }
    let status = |part: &Figure| {
        let after = text[part.span.end..].trim_start_matches(crate::chars::is_space);
        // `1项（甲路改造）因故缓建`: the bracket names the things the count
        // counts; the status follows it, or a cause of it (`因`).
        let named = past_naming_bracket(after);
        let (after, cause) = match named {
            Some(rest) => (rest, rest.starts_with('因')),
            None => (after, false),
        };
        // `未` opens a state (`未开工`), not the word `未来`; `居` a rank
        // (`居全省第一`), not `居家` or `居民`.
        part.kind == FigureKind::Count
            && !["未来", "居家", "居民"]
                .iter()
                .any(|w| after.starts_with(w))
            && same_unit(&part.unit, &whole.unit)
            && is_level(part)
            && !is_threshold(text, part)
            && (cause || opens_with(after, AMONG_LEADS) || opens_with(after, STATUS_LEADS))
    };
    let lead = chars_before(text, whole.span.start, 2);
    // A count in a status itself (`5项基本完成，11项…`) is a part, no whole.
    let counted = text[whole.span.end..].trim_start_matches(crate::chars::is_space);
    if chars_before(text, whole.span.start, 1) == "第"
        || opens_with(counted, AMONG_LEADS)
        || opens_with(counted, STATUS_LEADS)
        || STATUS_WHOLES.contains(&lead)
        || !is_level(whole)
        || is_change(text, whole)
        || is_threshold(text, whole)
        || is_base(doc, whole)
        || !status(&figures[i + 1])
    {
        return None;
    }
    let mut parts = vec![&figures[i + 1]];
    let mut rest = false;
    // Each next clause opens with a bare count in a status, or is the
    // rest of the whole (`9件全面完成，其余1件…`), which ends the run.
    for part in figures[i + 2..].iter().take_while(|_| !bare) {
        let previous = parts[parts.len() - 1];
        let gap = &text[previous.span.end..part.span.start];
        let gap = past_naming_bracket(gap).unwrap_or(gap);
        let (gap, the_rest) = match THE_REST.iter().find_map(|w| gap.strip_suffix(w)) {
            Some(gap) => (gap, true),
            None => (gap, false),
        };
        let Some(words) = gap.strip_suffix(['，', ',', '；', ';']) else {
            break;
        };
        if words.chars().count() > 16 || !han_words(words) || !status(part) {
            break;
        }
        parts.push(part);
        if the_rest {
            rest = true;
            break;
        }
    }
    // The rest holds none of the parts before it: they add up.
    Some(PartReading {
        whole,
        parts,
        stops_at_next: !rest,
    })
}

/// `after` past a bracket that opens it and names the things a count
/// counts (`（甲路、乙桥）`): short, on one line, with no bracket inside.
pub(super) fn past_naming_bracket(after: &str) -> Option<&str> {
    let inner = after.strip_prefix(['（', '('])?;
    let close = inner
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '）' | ')' | '（' | '(' | '\n' | '。'))?;
    matches!(close.1, '）' | ')').then(|| &inner[close.0 + close.1.len_utf8()..])
}

/// Words after the things counted that make the count a building task's
/// target (`村卫生室建设`, `基站建设任务`). (Tasks or problems counted,
/// `40项任务`, `72个问题`, are things: those done are among them.)
const TASKS: &[&str] = &["建设", "建设任务"];

/// Verbs of a state reached after `已` (`已完成54项`).
pub(super) const DONE: &[&str] = &[
    "完成", "建成", "开工", "竣工", "投产", "办结", "投用", "启动", "落地", "开业", "签约", "到位",
    "通车", "完工",
];

/// `梳理出59项重点工作，已完成54项`: a count and the words it counts
/// closing a clause, then a clause of `已`, a verb of a state reached and
/// a bare count of the same unit closing it: those already done are among
/// the things counted. So with the verb right after the counted words
/// (`99项重点项目完工7项，…`). One part, not added up.
pub(super) fn done_already<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, verb) = match between.split_once(['，', ',']) {
        Some((words, rest)) => (words, rest.strip_prefix('已')?),
        // `21个安置区已交付10个`: `已` and the verb right after the
        // counted words.
        None if between.contains('已') => between.split_once('已')?,
        // `99项重点项目完工7项`: the verb right after the counted words.
        None => {
            let verb = DONE.iter().find(|v| between.ends_with(**v))?;
            (&between[..between.len() - verb.len()], *verb)
        }
    };
    // `项目227个，已竣工158个`: the counted words may stand before the
    // whole instead, unless they count things newly added (`新建学校10所`
    // and those opened may be other schools).
    let words = if words.is_empty() {
        if counts_new(doc, whole) {
            return None;
        }
        words_before(text, whole)
    } else {
        words
    };
    // `50个卫生室建设已完成54个`, `900座建设任务完成940座`: a count of a
    // task sets a target, which the work done may pass.
    // So does a count of people or homes with a problem to solve (`5万人
    //饮水安全问题已解决5.74万人`): more may be reached than were aimed at.
    let target = TASKS.iter().any(|w| words.ends_with(w))
        || words.ends_with("问题") && matches!(whole.unit.as_str(), "人" | "户");
    if words.chars().count() < 2
        || words.chars().count() > 12
        || !han_words(words)
        || target
        || !done_verb(verb)
        || STATUS_WHOLES.contains(&chars_before(text, whole.span.start, 2))
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
    {
        return None;
    }
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    closes.then(|| in_states(doc, whole, part))
}

/// The parts [`more_in_states`] reads from `part`: added up only when
/// the run closes with the rest of the whole (`完成17项，其余3项`), for
/// the rest holds none of those before it; states alone may overlap.
fn in_states<'d>(doc: &'d Document, whole: &'d Figure, part: &'d Figure) -> PartReading<'d> {
    let parts = more_in_states(doc, whole, part);
    let rest = parts.len() >= 2 && {
        let last = parts[parts.len() - 1];
        let before = &doc.text[..last.span.start];
        THE_REST.iter().any(|w| before.ends_with(w))
    };
    PartReading {
        whole,
        parts,
        stops_at_next: !rest,
    }
}

/// Verbs of things finished, which only things carried out can reach.
pub(super) const COMPLETED: &[&str] = &["竣工", "建成", "完工", "竣工投产", "建成投产", "建成通车"];

/// Verbs of carrying things out: those finished are among them
/// (`建设公租房7万套，竣工6.5万套`).
pub(super) const CARRIED_OUT: &[&str] = &["实施", "建设"];

/// `实施项目294个，竣工133个`, `实施…项目5462个、竣工3772个`: a count of
/// things carried out (`实施` or `建设` among its words), then, after a break, a verb
/// of finishing and a bare count of the same unit closing its clause: the
/// finished are among those carried out. Things started (`开工`) or newly
/// added (`新实施`) may be others. Not added up.
pub(super) fn completed_of_carried_out<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let verb = between.strip_prefix(['，', ',', '、'])?;
    if !COMPLETED.contains(&verb) {
        return None;
    }
    let words = words_before(text, whole);
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    // `开工建设3.6万套，竣工3.9万套`: those started this year; those
    // finished include earlier years' starts.
    (CARRIED_OUT
        .iter()
        .any(|w| words.contains(w) && !words.ends_with(w))
        && !words.contains("开工")
        && !counts_new(doc, whole)
        && is_level(part)
        && plain_whole_and_part(doc, whole, part)
        && closes)
        .then(|| in_states(doc, whole, part))
}

/// Words before a count of things left after those done (`仍有4项未…`).
pub(super) const REMAINING: &[&str] = &["仍有", "尚有", "还有"];

/// Words that make a count the rest of the whole itself (`剩余9项`): no
/// state needs to follow.
pub(super) const THE_REST: &[&str] = &["剩余", "其余"];

/// States a count of things may be in besides [`DONE`] (`在建66项`).
pub(super) const UNDER_WAY: &[&str] = &["在建", "续建"];

/// `99项项目完工7项，完成投资13亿元，在建66项，…`: after a part in a
/// state reached, the clauses that are a state and a count of the whole's
/// unit alone are parts too; a clause of investment between is the
/// part's own amount. Anything else ends them.
pub(super) fn more_in_states<'d>(
    doc: &'d Document,
    whole: &Figure,
    first: &'d Figure,
) -> Vec<&'d Figure> {
    let text = &doc.text;
    let mut parts = vec![first];
    let lo = doc
        .figures
        .partition_point(|f| f.span.start < first.span.end);
    let mut from = first.span.end;
    for next in doc.figures[lo..].iter().take(6) {
        let Some(clause) = text[from..next.span.start].strip_prefix(['，', ',']) else {
            break;
        };
        if next.unit != whole.unit {
            // `完成投资13亿元`: the investment of the part before.
            let invested = clause.ends_with("投资") && clause.chars().count() <= 4;
            if !invested || next.kind == FigureKind::Count {
                break;
            }
        } else {
            let state = DONE.contains(&clause) || UNDER_WAY.contains(&clause);
            let closes = text[next.span.end..].starts_with(['，', ',', '。', '；', ';']);
            // `已完成16项，仍有4项未完成`: those left undone are the rest.
            // `完成7项，剩余9项…`: the rest of the whole.
            let left = REMAINING.contains(&clause) && text[next.span.end..].starts_with('未')
                || THE_REST.contains(&clause);
            if !(state && closes || left) || !is_level(next) || is_change(text, next) {
                break;
            }
            parts.push(next);
        }
        from = next.span.end;
    }
    parts
}

/// `实施科技项目318个，83个项目列入…`: a count closing its clause after
/// the words it counts, then a clause opening with a count of the same unit,
/// the same things named again (the whole's last words, `项目`)
/// and a status ([`AMONG_LEADS`], [`STATUS_LEADS`]): some of them, in that
/// status. Other things (`219项审批事项` after `承接13项`) or things newly
/// added (`新增合作社343家，5家合作社被认定`: old ones may be among the 5)
/// are no part. One part, not added up.
pub(super) fn named_again<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    if !matches!(between, "，" | ",") {
        return None;
    }
    let words = words_before(text, whole);
    let after = &text[part.span.end..];
    let again = words_before_status(after)?;
    // Named again: a bare count may count other things (`人才266.9万人，
    // 12人入选…`).
    let named = again.chars().count() >= 2 && words.ends_with(again);
    if words.chars().count() < 2
        || counts_new(doc, whole)
        || !named
        || !han_words(words)
        || after[again.len()..].starts_with("未来")
        || STATUS_WHOLES.iter().any(|w| words.starts_with(w))
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
        || bounded_class(doc, whole)
    {
        return None;
    }
    Some(PartReading::single(whole, part))
}

/// `10亿元以上项目34个，39个项目列入…`: a whole bounded by a figure in its
/// clause is a class of the things; the things named again after it may
/// be of any class.
fn bounded_class(doc: &Document, whole: &Figure) -> bool {
    let clause = doc.clause_range(whole.span.start);
    let lo = doc.figures.partition_point(|f| f.span.start < clause.start);
    doc.figures[lo..]
        .iter()
        .take_while(|f| f.span.end <= whole.span.start)
        .any(|f| is_threshold(&doc.text, f))
}

/// The part's own words in `after` (the text after its count): what
/// follows it up to its status (`个项目` before `已通过`), within six
/// characters.
pub(super) fn words_before_status(after: &str) -> Option<&str> {
    after
        .char_indices()
        .take(7)
        .find(|&(k, _)| {
            opens_with(&after[k..], AMONG_LEADS) || opens_with(&after[k..], STATUS_LEADS)
        })
        .map(|(k, _)| &after[..k])
}

/// Words of the time of a status, a clause of their own between a whole
/// and its part (`截至目前，`).
pub(super) const STATUS_TIMES: &[&str] = &["截至目前", "截至年底", "目前", "到目前为止"];

/// `统筹谋划64个灾后重建项目，截至目前，23个项目已通过审核`: [`named_again`]
/// with the words counted after the whole's count (quoted or not), closing
/// its clause, perhaps then a clause of the status's time: the part counts
/// the same things (the whole's last words) and a status follows. One
/// part, not added up.
pub(super) fn named_again_after<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, time) = between.split_once(['，', ','])?;
    let time = time.trim_end_matches(['，', ',']);
    if !(time.is_empty() || STATUS_TIMES.contains(&time) && between.ends_with(['，', ','])) {
        return None;
    }
    let words = words
        .strip_prefix('“')
        .and_then(|w| w.strip_suffix('”'))
        .unwrap_or(words);
    let after = &text[part.span.end..];
    let again = words_before_status(after)?;
    let lead = chars_before(text, whole.span.start, 2);
    // `20个村镇获评甲，60个村镇获评乙`: words with a status of their own
    // are a clause of its own things, whose siblings are no parts.
    let own_status = [AMONG_LEADS, STATUS_LEADS, DONE]
        .iter()
        .any(|words_of| words_of.iter().any(|w| words.contains(w)));
    if again.chars().count() < 2
        || own_status
        || !words.ends_with(again)
        || words.chars().count() > 12
        || !han_words(words)
        || after[again.len()..].starts_with("未来")
        || STATUS_WHOLES.contains(&lead)
        || counts_new(doc, whole)
        || !is_level(part)
        || !plain_whole_and_part(doc, whole, part)
    {
        return None;
    }
    Some(PartReading::single(whole, part))
}

/// Whether the clause of `whole`, up to it, counts things newly added
/// (`新增企业36家`, `新建学校10所`): others already there may be among a
/// later count of the same things.
pub(super) fn counts_new(doc: &Document, whole: &Figure) -> bool {
    let clause = doc.clause_range(whole.span.start);
    doc.text[clause.start.min(whole.span.start)..whole.span.start].contains('新')
}

/// Verbs of a state reached that name no other thing (`交付`, `整改完成`):
/// one or two of [`DONE`] and [`ALSO_DONE`].
pub(super) fn done_verb(verb: &str) -> bool {
    let one = |v: &str| DONE.contains(&v) || ALSO_DONE.contains(&v);
    one(verb)
        || DONE
            .iter()
            .chain(ALSO_DONE)
            .any(|w| verb.strip_prefix(w).is_some_and(one))
}

/// States reached after `已` besides [`DONE`].
pub(super) const ALSO_DONE: &[&str] = &["交付", "整改", "验收", "达标", "销号", "办理", "解决"];

/// The Chinese words right before a figure (`项目` in `“两带”项目227个`),
/// up to twelve characters: what a count closing its clause counts.
pub(super) fn words_before<'t>(text: &'t str, figure: &Figure) -> &'t str {
    let before = &text[..figure.span.start];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(12)
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// A whole that is a plain level (no ordinal `第`, change, threshold or
/// base) and a part that is no threshold: what a count among a count needs.
pub(super) fn plain_whole_and_part(doc: &Document, whole: &Figure, part: &Figure) -> bool {
    let text = &doc.text;
    chars_before(text, whole.span.start, 1) != "第"
        && is_level(whole)
        && !is_change(text, whole)
        && !is_threshold(text, whole)
        && !is_base(doc, whole)
        && !is_threshold(text, part)
}

/// `120家企业中，营收超亿元的有30家`: a count, the words it counts and
/// `中` (`当中`, `之中`), then a class of them bounded by a figure of
/// another measure (`营收超亿元的`, `产值10亿元以上的`) and a count of
/// the whole's unit closing its clause: those of the class are some of
/// the things counted. One part.
pub(super) fn bounded_class_among(doc: &Document, i: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    let (whole, bound, part) = (&figures[i], figures.get(i + 1)?, figures.get(i + 2)?);
    // Bytes first: this runs for every count before a figure of another
    // unit.
    let between = text.get(whole.span.end..bound.span.start)?;
    if whole.kind != FigureKind::Count
        || between.len() > 24 * 3
        || !between.contains('中')
        || bound.qualifier != Some(Qualifier::Over)
        || part.kind != FigureKind::Count
        || !same_unit(&part.unit, &whole.unit)
    {
        return None;
    }
    let (words, class) = between.rsplit_once('中')?;
    let words = words.strip_suffix(['当', '之']).unwrap_or(words);
    let class = class.trim_start_matches(['，', ',']);
    let class = class.strip_suffix('超').unwrap_or(class);
    let linked = linked_as_class(text.get(bound.span.end..part.span.start)?, words);
    let closes = text[part.span.end..].starts_with(['，', ',', '。', '；', ';']);
    let plain = |w: &str| (1..=12).contains(&w.chars().count()) && han_words(w);
    (plain(words)
        && (class.is_empty() || plain(class))
        && linked
        && closes
        && plain_whole_and_part(doc, whole, part)
        && is_level(part))
    .then(|| PartReading::single(whole, part))
}

/// Whether `link`, between a class's bound and its count, says the count
/// is of the class: `的有`, `的`, or the whole's counted things named again
/// by their last words (`村` of `行政村`) before `有` or `达到`
/// (`152个行政村中，收入超过20万元的村达到96个`).
fn linked_as_class(link: &str, words: &str) -> bool {
    let Some(rest) = link.strip_prefix('的') else {
        return false;
    };
    if ["", "有", "共有"].contains(&rest) {
        return true;
    }
    // The things named again: a last part of the whole's counted words.
    (0..words.len())
        .filter(|&k| words.is_char_boundary(k))
        .filter_map(|k| rest.strip_prefix(&words[k..]))
        .any(|verb| ["有", "共有", "达到", "达"].contains(&verb))
}

/// [`counted_among`]'s `N个X中，M个…`, with `between` the text from the
/// whole to the part.
pub(super) fn among<'d>(
    doc: &'d Document,
    whole: &'d Figure,
    part: &'d Figure,
    between: &str,
) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let (words, rest) = between.rsplit_once('中')?;
    // `小学2所和初中4所`: 初中 and 高中 are schools, not "among"; nor is
    // a `中` opening a word (`中心`, `中小学`).
    if words.ends_with(['初', '高']) || rest.starts_with(WORDS_AFTER_ZHONG) {
        return None;
    }
    // `甲1家和乙中心13家`: words joining another item name a sibling.
    if words.starts_with(['和', '及', '与', '、']) {
        return None;
    }
    // `30个村当中`, `之中`: the counted words end before them.
    let words = words.strip_suffix(['当', '之']).unwrap_or(words);
    // `12个县（市、区）中`: a bracket after the counted words.
    let words = match words.split_once(['（', '(']) {
        Some((head, note)) if note.ends_with(['）', ')']) => head,
        _ => words,
    };
    if words.chars().count() > 12 || !han_words(words) {
        return None;
    }
    let rest = rest.trim_matches(crate::chars::is_space);
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let rest = rest.trim_start_matches(['，', ',']);
    let rest = ["已有", "共有", "就有", "有"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    // `…中，已完成28项。`: a short verb before a part closing its
    // clause.
    let verb_led = !rest.is_empty();
    if verb_led
        && (rest.chars().count() > 4
            || !rest.chars().all(crate::chars::is_han)
            || starts_with_task(rest))
    {
        return None;
    }
    if !plain_whole_and_part(doc, whole, part) {
        return None;
    }
    let after = text[part.span.end..].trim_start_matches(crate::chars::is_space);
    let same_things = (0..words.len())
        .filter(|&k| words.is_char_boundary(k))
        .any(|k| after.starts_with(&words[k..]));
    let closes = after.starts_with(['，', ',', '。', '；', ';', '、']);
    let bare = closes || !verb_led && AMONG_LEADS.iter().any(|w| after.starts_with(w));
    if !(same_things && !verb_led || bare) {
        return None;
    }
    Some(match rest_of_whole(doc, whole, part) {
        // The rest holds none of the part: the two add up to the whole.
        Some(rest) => PartReading {
            whole,
            parts: vec![part, rest],
            stops_at_next: false,
        },
        None => PartReading::single(whole, part),
    })
}

/// Characters after `中` that make it a word's first (`中心`, `中小学`,
/// `中医`), not "among".
const WORDS_AFTER_ZHONG: &[char] = &['心', '小', '学', '医', '职', '央', '型', '级', '等', '期'];

/// `10件民生实事中，9件已完成，剩余1件…`: the clause after a part's, when
/// it opens with the rest of the whole (`剩余`, `其余`) and a count of the
/// same unit, the part's clause between being words alone (its state).
fn rest_of_whole<'d>(doc: &'d Document, whole: &Figure, part: &Figure) -> Option<&'d Figure> {
    let text = &doc.text;
    let k = doc
        .figures
        .partition_point(|f| f.span.start <= part.span.start);
    let rest = doc.figures.get(k)?;
    let gap = text.get(part.span.end..rest.span.start)?;
    let gap = THE_REST.iter().find_map(|w| gap.strip_suffix(w))?;
    let words = gap.strip_suffix(['，', ',', '；', ';'])?;
    let plain = rest.kind == FigureKind::Count && same_unit(&rest.unit, &whole.unit);
    (plain
        && is_level(rest)
        && (words.is_empty() || words.chars().count() <= 16 && han_words(words)))
    .then_some(rest)
}

/// Whether `figure` stands inside a quote opened in its clause and not yet
/// closed (`“一个翻番、两个提前、三个缩小”`): a slogan's numbers, no counts.
pub(super) fn in_open_quote(text: &str, figure: &Figure) -> bool {
    let before = &text[..figure.span.start];
    let lead = before
        .rsplit(['，', ',', '。', '；', ';', '\n'])
        .next()
        .unwrap_or(before);
    lead.rfind('“')
        .is_some_and(|open| !lead[open..].contains('”'))
}
