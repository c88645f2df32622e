//! Parts named in brackets after their whole (`投资20亿元（其中甲项目8亿元）`)
//! or listed after it.

use super::*;

/// Words in a part's name that make it no plain part: a comparison, a
/// change, a plan, or a nesting word.
pub(super) const NOT_A_NAME: &[&str] = &[
    "比", "较", "同期", "计划", "目标", "累计", "完成", "其中", "含", "包括", "提高", "提升",
    "增加", "增长", "减少", "下降", "降低", "新增", "到", "至",
];

/// Whether `words` name a part plainly: two to twelve Chinese characters
/// and none of [`NOT_A_NAME`].
pub(super) fn plain_name(words: &str) -> bool {
    let n = words.chars().count();
    (2..=12).contains(&n)
        && words.chars().all(crate::chars::is_han)
        && !NOT_A_NAME.iter().any(|w| words.contains(w))
}

/// `重点项目90个（工业项目40个，民生项目50个）`: a whole followed by
/// its breakdown in brackets, two or more named parts of its unit and
/// nothing else. Whether the parts are all of the whole is not said, so
/// they are not added up (`stops_at_next`).
pub(super) fn bracketed(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.iter().filter_map(move |whole| {
        // Bytes, not chars: this looks at every figure of the text.
        let rest = text.as_bytes().get(whole.span.end..)?;
        // `117个重点项目（…）`: a count's counted words may stand before
        // the bracket.
        let noun = if whole.kind == FigureKind::Count {
            counted_words_before_bracket(rest)
        } else {
            0
        };
        let rest = &rest[noun..];
        let open = if rest.starts_with("（".as_bytes()) {
            "（".len()
        } else if rest.first() == Some(&b'(') {
            1
        } else {
            return None;
        };
        if !is_level(whole) || is_change(text, whole) {
            return None;
        }
        let inner_start = whole.span.end + noun + open;
        let window = &text[inner_start..floor_boundary(text, inner_start + 240)];
        let close = window.find(['）', ')'])?;
        let inner = inner_start..inner_start + close;
        let parts = figures_in(doc, &inner);
        if parts.len() < 2 {
            return None;
        }
        let mut from = inner.start;
        for (k, part) in parts.iter().enumerate() {
            let gap = &text[from..part.span.start];
            let name = if k == 0 {
                Some(gap)
            } else {
                gap.strip_prefix(['，', ',', '、'])
            };
            let plain = name.is_some_and(plain_name)
                && part.unit == whole.unit
                && is_level(part)
                && !is_threshold(text, part)
                && part.span.end <= inner.end;
            if !plain {
                return None;
            }
            from = part.span.end;
        }
        text[from..inner.end]
            .trim_matches(crate::chars::is_space)
            .is_empty()
            .then(|| PartReading {
                whole,
                parts: parts.iter().collect(),
                stops_at_next: true,
            })
    })
}

/// The length in bytes of up to eight Han characters at the start of
/// `rest` that a bracket follows (`重点项目（`); 0 when no bracket does.
pub(super) fn counted_words_before_bracket(rest: &[u8]) -> usize {
    let mut at = 0;
    for _ in 0..8 {
        let Some(&lead) = rest.get(at) else {
            return 0;
        };
        // A Han character of the basic block is three bytes from 0xE4 to
        // 0xE9; the bracket `（` opens with 0xEF.
        if !(0xE4..=0xE9).contains(&lead) {
            break;
        }
        at += 3;
    }
    let bracket = rest
        .get(at..)
        .is_some_and(|r| r.starts_with("（".as_bytes()) || r.first() == Some(&b'('));
    if at > 0 && bracket { at } else { 0 }
}

/// A part's name standing alone before its figure: plain words
/// ([`plain_name`]) with no word that leaves the parts (`带动`, `新增`)
/// and no task of its own (`新建`).
pub(super) fn named_plainly(name: &str) -> bool {
    let name = name.trim_matches(crate::chars::is_space);
    plain_name(name) && !holds_leaving_word(name, false) && !starts_with_task(name)
}

/// `安排支出9000万元，分别是：人员支出3000万元，公用支出2000万元，…`: a
/// whole closing the clause before `分别是：` (or `分别为：`) and the named
/// parts of its unit after the colon, up to the sentence's end.
pub(super) fn listed_after(doc: &Document, at: usize) -> Option<PartReading<'_>> {
    let text = &doc.text;
    let after = at + "分别".len();
    // `分别为国家级3家和省级9家`: with no colon, the list may leave
    // some out; its parts are added up only as one run (below).
    let colon = ["是：", "为：", "是:", "为:", "是", "为"]
        .iter()
        .find(|w| text[after..].starts_with(*w))?;
    let loose = !colon.ends_with(['：', ':']);
    let from = after + colon.len();
    let before = text[..at].trim_end_matches(crate::chars::is_space);
    let before = before.strip_suffix(['，', ','])?;
    let lo = doc.figures.partition_point(|f| f.span.end <= before.len());
    let whole = doc.figures.get(lo.checked_sub(1)?)?;
    if whole.span.end != before.len() || !is_level(whole) || is_change(text, whole) {
        return None;
    }
    // `甲12家、乙8家，分别为…`: with no colon, `分别` may share the
    // values among several wholes; the whole stands alone in its clause.
    if loose {
        let lead = chars_before(text, whole.span.start, 40);
        let clause = lead
            .rfind(['，', ',', '。', '；', ';', '\n'])
            .map_or(lead, |p| &lead[p..]);
        if clause.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    let end = sentence_end(text, from, None);
    let parts: Vec<&Figure> = parts_of(doc, &(from..end), false)
        .into_iter()
        .filter(|p| same_unit(&p.unit, &whole.unit))
        .collect();
    // Each part named plainly right after the colon or a comma (or,
    // with no colon, `和`).
    let mut start = from;
    // `210处，分别为甲30处、乙120处、丙60处`: one run of named parts,
    // joined by `、` or `和` alone, divides the whole; they are added up.
    let mut one_run = true;
    for part in &parts {
        let gap = &text[start..part.span.start];
        one_run &= !gap.contains(['，', ',', '；', ';', '：', ':']);
        let name = gap.rsplit(['，', ',', '、']).next().unwrap_or(gap);
        let name = name.trim_matches(crate::chars::is_space);
        let name = if loose && start > from {
            name.strip_prefix(['和', '及']).unwrap_or(name)
        } else {
            name
        };
        if !plain_name(name) {
            return None;
        }
        start = part.span.end;
    }
    (parts.len() >= 2).then_some(PartReading {
        whole,
        parts,
        stops_at_next: loose && !one_run,
    })
}
