//! One `其中` and the whole before it: what the cue reads.

use super::*;

/// The `其中` at `of_which[i]` that opens parts, read only up to its
/// neighbours (a sentence of many would otherwise be read once per cue);
/// found once for both its readings.
pub(super) struct Cue<'d> {
    pub(super) at: usize,
    /// The end of the `其中` before, if any.
    pub(super) previous: Option<usize>,
    /// The next `其中`, if any.
    pub(super) next: Option<usize>,
    /// After `其中`.
    pub(super) after: usize,
    /// Where its parts end ([`parts_end`]).
    pub(super) end: usize,
    /// The figures from `after` to `end`.
    pub(super) figures: &'d [Figure],
}

impl<'d> Cue<'d> {
    pub(super) fn at(doc: &'d Document, of_which: &[usize], i: usize) -> Option<Cue<'d>> {
        let text = &doc.text;
        let at = of_which[i];
        // `其中` that opens the parts: after a clause break, before a figure's words.
        let opens = chars_before(text, at, 1)
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '，' | ',' | '；' | ';' | '（' | '(' | '、' | '。'))
            || opens_paragraph(text, at)
            || object_of_clause(text, at);
        if !opens {
            return None;
        }
        // `银龄人才300人（其中专家200人…）、…`: a bracketed `其中` among
        // the parts breaks down the part before it; the parts run on past
        // its bracket, to the next `其中` of their own level.
        let mut k = i + 1;
        while k <= i + 8
            && of_which
                .get(k)
                .is_some_and(|&n| chars_before(text, n, 1).starts_with(['（', '(']))
        {
            k += 1;
        }
        let next = of_which.get(k).copied();
        let after = at + "其中".len();
        let end = parts_end(text, at, next);
        Some(Cue {
            at,
            previous: i.checked_sub(1).map(|p| of_which[p] + "其中".len()),
            next,
            after,
            end,
            figures: figures_in(doc, &(after..end)),
        })
    }
}

pub(super) fn read_one<'d>(doc: &'d Document, cue: &Cue<'d>) -> Option<PartReading<'d>> {
    let text = &doc.text;
    let &Cue {
        at,
        previous,
        next,
        after,
        end,
        figures,
    } = cue;
    let mut end = end;
    let mut parts: Vec<&Figure> = parts_among(doc, &(after..end), figures, false);
    // `其中50个片区完成投资800亿元`: a count naming whose amount follows
    // is the part's subject when no whole before counts in its unit; the
    // parts start after it.
    if let Some(subject) = parts.first().copied()
        && let Some(k) = figures.iter().position(|f| std::ptr::eq(f, subject))
        && names_subject(text, subject, figures.get(k + 1))
        && !figures_in(doc, &whole_sentence(text, at, previous))
            .iter()
            .any(|f| f.span.end <= at && same_unit(&f.unit, &subject.unit))
    {
        parts = parts_among(doc, &(subject.span.end..end), &figures[k + 1..], false);
    }
    let first = parts.first().copied()?;
    let (more, to, loose) = run_on_past_semicolons(doc, (after, end, next), first);
    parts.extend(more);
    end = to;
    if let Some((lead, to)) = sentence_parts(doc, after, first, next) {
        parts = lead;
        end = to;
    }
    // Parts after a later `其中` are that one's parts, nested in these.
    let stops_at_next = next == Some(end) || loose;
    // The whole: in the sentence before `其中` (or, when `其中` opens a
    // sentence, the one before it).
    let whole_sentence = whole_sentence(text, at, previous);
    // A breakdown in brackets (`130个（产业项目68个，…）`) is no whole.
    let before: Vec<&Figure> = figures_in(doc, &(whole_sentence.start..at))
        .iter()
        .filter(|f| !in_brackets(&text[whole_sentence.start..f.span.start]))
        .collect();
    // The whole is the last figure of the parts' unit: a rate or a sum of
    // money between it and `其中` (`完成投资9亿元，完成率110%，其中…`)
    // measures something else.
    let mut index = before.iter().rposition(|f| {
        (same_unit(&f.unit, &first.unit)
            || items_of_projects(text, f, first)
            || of_class_named(text, f, first))
            && !is_threshold(text, f)
            && !is_base(doc, f)
    })?;
    // `总数达26.4万户、净增4万户，其中…`: a change right after the level
    // it changes is no whole; the level is.
    if index >= 1 && is_change(text, before[index]) && !new_things(text, before[index]) {
        let level = before[index - 1];
        if same_unit(&level.unit, &first.unit)
            && is_level(level)
            && !is_change(text, level)
            && !is_threshold(text, level)
            && !is_base(doc, level)
        {
            index -= 1;
        }
    } else if index >= 1
        && added_after_stock(text, before[index - 1], before[index], first)
        && !names_added_again(&text[after..first.span.start])
    {
        index -= 1;
    }
    // `全市50个重点项目开工30个。其中40个市重点项目…`: a count whose
    // counted words (`市重点项目`) repeat those of one earlier count
    // (`重点项目`) is a part of that one, not of a bare count after it.
    let mut by_name = false;
    let words = counted_words(text, first);
    if first.kind == FigureKind::Count
        && words.chars().count() >= 4
        && counted_words(text, before[index]).is_empty()
    {
        let named: Vec<usize> = (0..index)
            .filter(|&k| {
                let f = before[k];
                same_unit(&f.unit, &first.unit)
                    && is_level(f)
                    && !is_change(text, f)
                    && !is_threshold(text, f)
                    && shares_words(words, counted_words(text, f))
            })
            .collect();
        if let [k] = named.as_slice() {
            index = *k;
            by_name = true;
        }
    }
    let earlier = (!by_name)
        .then(|| named_earlier(doc, (after, at), previous, first, before[index]))
        .flatten();
    by_name |= earlier.is_some();
    let whole = earlier.unwrap_or(before[index]);
    if !is_level(whole)
        || (is_change(text, whole) && !new_things(text, whole))
        || restated_on_basis(doc, whole)
    {
        return None;
    }
    // `实事30件，把其中12件列入督办，其中基础设施类18件`: after `其中` as
    // the object of 把/对, a later `其中` may break down either whole.
    if previous.is_some_and(|p| whole.span.start >= p && object_of_clause(text, p - "其中".len()))
    {
        return None;
    }
    // Only what stands in the whole's clause or after it: a figure of the
    // parts' unit must not be skipped over.
    if !by_name
        && before[index + 1..].iter().any(|f| {
            is_level(f)
                && same_unit(&f.unit, &first.unit)
                && !is_threshold(text, f)
                && !is_change(text, f)
                // (`14.5亿元，比上年的13.6亿元增长6.6%，其中`: the whole's
                // own earlier level is no other whole.)
                && !is_base(doc, f)
        })
    {
        return None;
    }
    // An average (`年均超收2040亿元`) or a rate per head (`每千人6.5批次`)
    // is no whole of anything.
    let whole_clause = doc.clause_range(whole.span.start);
    let lead = &text[whole_clause.start..whole.span.start];
    // (The whole's own bound is read with its lead: `均超过10万公里`.)
    // A standard in yuan not per head (`低保标准由每月200元提高到220元，其中
    // A类人员补助标准…500元`, `标准…已达到每月170元，其中“三无”人员190元`)
    // is paid to each of a class; a class's own may stand above it.
    let standard = || {
        whole.unit.contains('元')
            && !per_head(lead)
            && text[whole_sentence.start.min(whole.span.start)..whole.span.start].contains("标准")
    };
    if averages(&text[whole_clause.start..whole.span.end])
        || per_head(lead) && !parts.iter().all(|p| a_standard(doc, lead, p))
        || standard()
    {
        return None;
    }
    // A list of wholes (`A 10亿元、B 5亿元，其中`) has no single whole;
    // unless `其中` is bracketed right after the whole (`B 5亿元（其中…`),
    // or the figure before is the whole's change (`净增5万户、突破60万户`).
    let attached = text[whole.span.end..at]
        .trim_matches(crate::chars::is_space)
        .chars()
        .all(|c| matches!(c, '（' | '('));
    if index >= 1 && !attached && earlier.is_none() {
        let previous = &before[index - 1];
        if same_unit(&previous.unit, &whole.unit)
            && !is_change(text, previous)
            && text[previous.span.end..whole.span.start].contains('、')
            && !part_names_last_whole(
                doc,
                (previous, whole),
                &text[after..first.span.start],
                &parts,
            )
        {
            return None;
        }
    }
    // `100名（个）人才与团队（其中，人才60名，团队40个）`: a second unit
    // written in brackets after the whole's counts its parts too.
    let second = unit_note(text, whole);
    let parts: Vec<&Figure> = parts
        .into_iter()
        .filter(|p| {
            same_unit(&p.unit, &whole.unit)
                || second == Some(p.unit.as_str())
                || items_of_projects(text, whole, p)
                || of_class_named(text, whole, p)
        })
        .collect();
    Some(PartReading {
        whole,
        parts: without_other_measures(doc, whole, parts),
        stops_at_next,
    })
}

/// `产值116.7亿元。其中，甲集团实现产值70亿元、纳税2亿元，乙公司实现产值
/// 7.5亿元、纳税1亿元`: parts named by the whole's measure (`产值`) may each
/// carry another measure of their subject in its unit after a `、`
/// (`纳税`): that one is no part, and is left out. Only when that name
/// comes back after another part: once (`省级项目5个、市级20个`) it may be
/// one more part named short.
pub(super) fn without_other_measures<'d>(
    doc: &Document,
    whole: &Figure,
    mut parts: Vec<&'d Figure>,
) -> Vec<&'d Figure> {
    let text = &doc.text;
    // The name after a `、` right after the part before, if the gap is one.
    let joined = |k: usize| {
        let gap = &text[parts[k - 1].span.end..parts[k].span.start];
        gap.strip_prefix('、').filter(|name| {
            (2..=6).contains(&name.chars().count()) && name.chars().all(crate::chars::is_han)
        })
    };
    // Bytes first: most parts are not joined so.
    if !(1..parts.len()).any(|k| joined(k).is_some()) {
        return parts;
    }
    let whole_name = label(doc, whole);
    let Some((at, _)) = whole_name.char_indices().rev().nth(1) else {
        return parts;
    };
    let measure = &whole_name[at..];
    let names: Vec<Option<&str>> = (0..parts.len())
        .map(|k| if k == 0 { None } else { joined(k) })
        .collect();
    let drop: Vec<bool> = (0..parts.len())
        .map(|k| {
            names[k].is_some_and(|name| {
                !name.ends_with(measure)
                    && names.iter().filter(|n| **n == Some(name)).count() >= 2
                    && label(doc, parts[k - 1]).ends_with(measure)
            })
        })
        .collect();
    let mut k = 0;
    parts.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    parts
}

/// Words restating a level on another basis (`扣除一次性因素后为11.8亿元`).
pub(super) const RESTATED_BASIS: &[&str] = &["扣除", "剔除", "口径"];

/// `收入12.6亿元，扣除一次性因素后为11.8亿元，其中税收收入12.1亿元`: a
/// level restated on another basis beside the level as printed; the parts
/// after may break down either, so neither is read as their whole.
pub(super) fn restated_on_basis(doc: &Document, whole: &Figure) -> bool {
    let lead = crate::checks::figure_text::clause_lead(&doc.text, whole);
    RESTATED_BASIS.iter().any(|w| lead.contains(w))
}

/// `50个片区完成投资800亿元`: a count, the words it counts and a verb,
/// then right after them (no break) an amount in another unit: the count
/// names whose amount it is.
pub(super) fn names_subject(text: &str, count: &Figure, next: Option<&Figure>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let words = &text[count.span.end..next.span.start];
    count.kind == FigureKind::Count
        && next.unit != count.unit
        && (2..=12).contains(&words.chars().count())
        && words.chars().all(crate::chars::is_han)
}

/// Whether `s` holds `word`, compared where its first byte stands: for the
/// few bytes of a clause's lead, cheaper than setting up a substring search.
pub(super) fn holds_word(s: &str, word: &str) -> bool {
    let (s, w) = (s.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else {
        return true;
    };
    (0..s.len()).any(|i| s[i] == first && s[i..].starts_with(w))
}

/// Verbs after which `均` says "each" (`A、B均超过10万公里`): the level
/// is each subject's, a whole like any other.
pub(super) const EACH_VERBS: &[&str] = &["超过", "突破", "达到", "达", "为", "在"];

/// Characters before `均` that make it an average (`年均`, `人均`, `户均`).
pub(super) const PER: &str = "年人户日月季亩平";

/// Whether `lead` (up to its figure's end) makes the figure an average: a `均` that is not "each",
/// that is one before a verb of [`EACH_VERBS`] with no [`PER`] before it.
pub(super) fn averages(lead: &str) -> bool {
    lead.match_indices('均').any(|(at, _)| {
        let each = !lead[..at].ends_with(|c| PER.contains(c))
            && EACH_VERBS
                .iter()
                .any(|v| lead[at + '均'.len_utf8()..].starts_with(v));
        !each
    })
}

/// Whether `lead` measures per head or per thing (`每千人`, `每亩`): a
/// `每` before anything but a span of time (`每年安排1030亿元` is the
/// year's amount, a whole like any other).
pub(super) fn per_head(lead: &str) -> bool {
    holds_word(lead, "每")
        && lead
            .match_indices('每')
            .any(|(at, w)| !lead[at + w.len()..].starts_with(['年', '月', '季', '天', '日', '周']))
}

/// `筹资标准由每人50元提高到100元，其中财政补助标准由40元提高到80元`: a
/// whole per head that names a standard, and a part whose own clause names
/// a standard too, are both per head: the part is a share of the whole's
/// standard, not a count of its own (`每千人托位4个，其中普惠托位3000个`).
pub(super) fn a_standard(doc: &Document, whole_lead: &str, part: &Figure) -> bool {
    let clause = doc.clause_range(part.span.start);
    let part_lead = &doc.text[clause.start.min(part.span.start)..part.span.start];
    whole_lead.contains("标准") && part_lead.contains("标准")
}

/// The Chinese words right after a count (`重点项目` in `50个重点项目`),
/// up to six characters: what it counts.
pub(super) fn counted_words<'t>(text: &'t str, figure: &Figure) -> &'t str {
    let rest = &text[figure.span.end..];
    let end = rest
        .char_indices()
        .take_while(|(_, c)| crate::chars::is_han(*c))
        .take(6)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &rest[..end]
}

/// `12个项目获奖，其中1项获一等奖`: projects counted in `个` are items,
/// which `项` counts too, when the part is a bare count right after
/// `其中` and names nothing but a status (or `项目` again).
pub(super) fn items_of_projects(text: &str, whole: &Figure, part: &Figure) -> bool {
    if whole.unit != "个" || part.unit != "项" {
        return false;
    }
    let bare = text[..part.span.start]
        .trim_end_matches(['，', ','])
        .ends_with("其中");
    let after = &text[part.span.end..];
    bare && counted_words(text, whole).starts_with("项目")
        && (opens_with(after, AMONG_LEADS) || after.starts_with("项目"))
}

/// `研发平台60家（其中国家级12个）`: a part named by its class alone
/// (`国家级`, `省级`) counts the whole's things, whatever word counts them.
pub(super) fn of_class_named(text: &str, whole: &Figure, part: &Figure) -> bool {
    if whole.kind != FigureKind::Count || part.kind != FigureKind::Count {
        return false;
    }
    // A few characters before the part: this runs per figure before `其中`.
    let lead = chars_before(text, part.span.start, 8);
    let Some((_, class)) = lead.rsplit_once("其中") else {
        return false;
    };
    let class = class.trim_start_matches(['，', ',', '：', ':']);
    let n = class.chars().count();
    (2..=4).contains(&n) && class.chars().all(crate::chars::is_han) && class.ends_with('级')
}

/// `省市重点项目122个（…）。亿元以上项目71个，千万元以上项目43个。其中，
/// 省重点项目35个`: a part named before its count (`省重点项目`, four
/// characters or more) sharing no words with the count `chosen` as its
/// whole, while exactly one earlier count of its unit in the paragraph
/// (not in brackets, nor before an earlier `其中`) is named alike: that
/// one is the whole, when `其中` opens its sentence. `after` is where the
/// part's words start, `at` the `其中`.
pub(super) fn named_earlier<'d>(
    doc: &'d Document,
    (after, at): (usize, usize),
    previous: Option<usize>,
    first: &Figure,
    chosen: &Figure,
) -> Option<&'d Figure> {
    let text = &doc.text;
    // Only a `其中` opening its sentence: one inside it breaks down the
    // count before it in the sentence (`共搬迁19460名，其中贫困人口…`).
    let opens_sentence = chars_before(text, at, 1) == "。" || opens_paragraph(text, at);
    if !opens_sentence || first.kind != FigureKind::Count || !counted_words(text, first).is_empty()
    {
        return None;
    }
    let name = text
        .get(after..first.span.start)?
        .trim_start_matches(['，', ',', '：', ':']);
    if name.chars().count() < 4
        || !name.chars().all(crate::chars::is_han)
        || shares_words(name, words_before(text, chosen))
    {
        return None;
    }
    let paragraph = doc.lines.get(doc.line_at(at))?.range.start;
    let from = paragraph.max(previous.unwrap_or(0)).min(at);
    let mut found = None;
    for f in figures_in(doc, &(from..at)) {
        let alike = same_unit(&f.unit, &first.unit)
            && is_level(f)
            && !is_change(text, f)
            && !is_threshold(text, f)
            && shares_words(name, words_before(text, f))
            && !in_brackets(&text[from..f.span.start]);
        if alike && found.replace(f).is_some() {
            return None;
        }
    }
    found.filter(|f| !std::ptr::eq(*f, chosen))
}

/// Whether `a` and `b` share four characters in a row.
pub(super) fn shares_words(a: &str, b: &str) -> bool {
    let chars: Vec<char> = a.chars().collect();
    chars
        .windows(4)
        .any(|w| b.contains(&w.iter().collect::<String>()))
}

/// `个` in `100名（个）`: one or two Chinese characters in brackets right
/// after a figure, the unit it also counts in.
pub(super) fn unit_note<'t>(text: &'t str, figure: &Figure) -> Option<&'t str> {
    let rest = text[figure.span.end..].strip_prefix(['（', '('])?;
    let close = rest
        .char_indices()
        .take(3)
        .find(|(_, c)| matches!(c, '）' | ')'))?
        .0;
    let note = &rest[..close];
    (!note.is_empty() && note.chars().all(crate::chars::is_han)).then_some(note)
}

/// `企业达到412家，新增38家，其中产值超亿元企业96家`: things added right
/// after the stock they joined may be the whole of `其中`, or the stock
/// may be; a part past the things added but within the stock tells the
/// drafter meant the stock, so the stock is the whole read.
pub(super) fn added_after_stock(
    text: &str,
    stock: &Figure,
    added: &Figure,
    first: &Figure,
) -> bool {
    let between = text
        .get(stock.span.end..added.span.start)
        .unwrap_or_default()
        .trim_start_matches(['，', ',', '、']);
    ["新增", "净增"].contains(&between)
        && new_things(text, added)
        && same_unit(&stock.unit, &first.unit)
        && is_level(stock)
        && !is_change(text, stock)
        && !is_threshold(text, stock)
        && first.low > added.high
}

/// `新增23家，其中新增甲类企业27家`: a part that says again it was added
/// is a part of the additions, whatever its size.
pub(super) fn names_added_again(part_name: &str) -> bool {
    let name = part_name.trim_start_matches(|c: char| {
        crate::chars::is_space(c) || matches!(c, '，' | ',' | '：' | ':')
    });
    name.starts_with("新增") || name.starts_with("净增")
}
