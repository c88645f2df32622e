//! The words of a list of subjects: codes, years, quotes and brackets
//! dropped, and the joins that tell two names from one.

/// `s` without codes (`PM2.5`, `5G`): runs of Latin letters and digits
/// holding a letter are words of a name, not figures.
pub(super) fn without_codes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if !run.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push_str(run);
        }
        run.clear();
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || (c == '.' && !run.is_empty()) {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Words of a resolve opening a target (`力争`, `确保`).
pub(super) const RESOLVES: &[&str] = &["力争", "确保", "争取", "预计", "计划"];

/// ` 到2030年力争产值` → `产值`: the year of a target (with `到` or `至`
/// and `底`/`末`) and a resolve opening `head`, and the spaces around.
pub(super) fn without_target_lead(head: &str) -> &str {
    let mut rest = head.trim_matches(crate::chars::is_space);
    rest = rest.trim_start_matches(['到', '至']);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 4 && rest[4..].starts_with('年') {
        rest = rest[4 + '年'.len_utf8()..].trim_start_matches(['底', '末']);
    }
    rest = rest.trim_start_matches(crate::chars::is_space);
    RESOLVES
        .iter()
        .find_map(|r| rest.strip_prefix(r))
        .unwrap_or(rest)
}

/// `比上半年降幅收窄` → `降幅收窄`: a base of comparison opening the words
/// before the values (`比`/`较` and a period of up to five characters
/// ending in 年, 期, 度, 月 or 末), when words follow it.
pub(super) fn without_base(s: &str) -> &str {
    // `高于全省平均水平`: an average compared with is a base too; its verb
    // is left.
    if let Some(verb) = COMPARED_WITH.iter().find(|v| s.starts_with(**v)) {
        let base = &s[verb.len()..];
        if base.chars().count() <= 8 && AVERAGES.iter().any(|w| base.ends_with(w)) {
            return verb;
        }
    }
    let Some(rest) = s.strip_prefix('比').or_else(|| s.strip_prefix('较')) else {
        return s;
    };
    rest.char_indices()
        .take(5)
        // `较“十三五”末`: the end of a plan's period is a base too.
        .find(|&(_, c)| matches!(c, '年' | '期' | '度' | '月' | '末'))
        .map(|(i, c)| &rest[i + c.len_utf8()..])
        .filter(|after| !after.is_empty())
        .unwrap_or(s)
}

/// Verbs comparing the values with an average (`高于全省平均水平`).
pub(super) const COMPARED_WITH: &[&str] = &["高于", "低于", "快于", "慢于"];

/// Names of an average compared with.
pub(super) const AVERAGES: &[&str] = &["平均水平", "平均"];

/// `s` without years (`2021年`).
pub(super) fn without_years(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 4 && chars.get(i + 4) == Some(&'年') {
            i += 5;
            continue;
        }
        out.extend(&chars[i..i + digits.max(1)]);
        i += digits.max(1);
    }
    out
}

/// `s` with the quotes of a quoted name dropped (`“三公”经费` → `三公经费`)
/// when the quoted words hold no list; a quoted list stays quoted.
pub(super) fn unquoted(s: &str) -> String {
    drop_pairs(s, ('“', '”'), &['、', '，', ',', '和', '与', '及'], true)
}

/// `s` without bracketed words that list nothing (`治理（管控）率`).
pub(super) fn without_brackets(s: &str) -> String {
    drop_pairs(s, ('（', '）'), &['、', '和', '与', '及'], false)
}

/// `s` with each pair of `marks` dropped, and the words between them too
/// unless `keep_words`, up to the first pair whose words hold one of
/// `lists` (a list is kept as written from there on).
pub(super) fn drop_pairs(
    s: &str,
    (open_mark, close_mark): (char, char),
    lists: &[char],
    keep_words: bool,
) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find(open_mark) {
        let inner = &rest[open + open_mark.len_utf8()..];
        let Some(close) = inner.find(close_mark) else {
            break;
        };
        let words = &inner[..close];
        if (keep_words && words.is_empty()) || words.contains(lists) {
            break;
        }
        out.push_str(&rest[..open]);
        if keep_words {
            out.push_str(words);
        }
        rest = &inner[close + close_mark.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Words opening a clause that only compares the values of the clause
/// before.
pub(super) const COMPARES: &[&str] = &["较", "比", "同比", "累计", "均", "年均", "全年"];

/// How many `、` and how many joining words (`和`, `与`, `及`) stand in `s`.
/// A lone `和` after the last `、` between names ending alike closes the
/// list (`装备制造业、高技术产业和新兴产业`: three names), so it counts as a
/// separator; not one inside a name (`制造业、软件和信息技术服务业`).
pub(super) fn head_joins(s: &str) -> (usize, usize) {
    let separators = s.matches('、').count();
    // Not the 及 inside `普及率`.
    let joins = ["和", "与", "及"]
        .iter()
        .map(|w| s.matches(w).count())
        .sum::<usize>()
        - s.matches("普及").count();
    let closes = separators > 0
        && joins == 1
        && !ends_with_a_name_holding_and(s)
        && (closing_he(s) || closes_long_list(s) || closes_before_a_measure(s));
    if closes {
        (separators + 1, 0)
    } else {
        (separators, joins)
    }
}

/// The names of budget headings, industries of the statistics and
/// departments that hold a joining word (`社会保障和就业支出`, `批发和零售业`):
/// at the end of a list (`教育、卫生健康、社会保障和就业支出`) the `和` may be
/// the name's or close the list (`住宿和餐饮业分别…` may speak of two), so
/// the subjects stay a range.
pub(super) const NAMES_HOLDING_AND: &[&str] = &[
    "社会保障和就业",
    "文化旅游体育与传媒",
    "灾害防治及应急管理",
    "批发和零售",
    "住宿和餐饮",
    "仓储和邮政",
    "软件和信息技术",
    "租赁和商务",
    "科学研究和技术",
    "环境和公共设施",
    "修理和其他",
    "住房和城乡建设",
    "人力资源和社会保障",
    "文化和旅游",
    "工业和信息化",
    "发展和改革",
    "自然资源和规划",
    "卫生和计划生育",
    "生态保护和环境治理",
    "生产和供应",
    "卫生和社会工作",
    "体育和娱乐",
    "社会保障和社会组织",
];

/// Whether the last name listed in `s` is one of [`NAMES_HOLDING_AND`].
pub(super) fn ends_with_a_name_holding_and(s: &str) -> bool {
    let last = s.rsplit('、').next().unwrap_or(s);
    NAMES_HOLDING_AND.iter().any(|n| last.contains(n))
}

/// Whether the one `和` of `s` follows two `、` or more, after the last:
/// `A、B、C和D` closes a list of four. A name holding a `和` (`软件和信息
/// 技术服务业`) follows at most one name in the lists drafters write.
pub(super) fn closes_long_list(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    he > comma && s.matches('、').count() >= 2
}

/// Measures written once after the last of a list of names
/// (`A、B和C饲养量`): what every name listed is measured by.
pub(super) const LIST_MEASURES: &[&str] = &[
    "饲养量",
    "出栏量",
    "存栏量",
    "产量",
    "面积",
    "增加值",
    "产值",
    "收入",
    "比重",
    "规模",
    "总量",
];

/// Whether the one `和` of `s` closes a list of three whose measure is
/// written once, after the last name: `肉羊、肉牛和生猪饲养量` (short
/// names of things), `甲产品、乙食品和丙农产品认证面积`, `甲产业、乙增加值
/// 和丙产值占生产总值的比重` (the name before `和` ends like a word of the
/// last name). Not a name holding `和` under a word of its class
/// (`工业、批发和零售业增加值`), nor a list of ranks before one name
/// (`二级、三级医院甲和乙床位比例`).
pub(super) fn closes_before_a_measure(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    if he < comma {
        return false;
    }
    let first = s.split('、').next().unwrap_or("");
    let before = &s[comma + '、'.len_utf8()..he];
    let after = &s[he + '和'.len_utf8()..];
    // The last name without its measure: up to a share (`占…比重`) or
    // without a measure word (and a `总` before it).
    let share = after
        .char_indices()
        .skip(2)
        .find(|&(at, c)| c == '占' && !after[at..].starts_with("占比"))
        .filter(|_| after.ends_with("比重"));
    let name = match share {
        Some((at, _)) => &after[..at],
        None => match LIST_MEASURES.iter().find_map(|m| after.strip_suffix(m)) {
            Some(name) => name.strip_suffix('总').unwrap_or(name),
            None => return false,
        },
    };
    let count = |w: &str| w.chars().count();
    let Some(last) = before.chars().next_back() else {
        return false;
    };
    if name.ends_with('业') && last != '业' {
        return false;
    }
    // `二级、三级…`: the name before `和` opens with a word ending like
    // the first, so the `、` lists words of one name.
    let parallel = count(before) > count(first)
        && before.chars().nth(count(first).saturating_sub(1)) == first.chars().next_back();
    let short = (2..=3).contains(&count(before)) && (2..=3).contains(&count(name));
    let alike = count(before) <= 6 && name.contains(last) && !parallel;
    short || alike
}

/// Words closing the name of a measure (`入园率`, `占比`, `比重`).
pub(super) const MEASURE_ENDS: &[&str] = &["率", "占比", "比重", "比例"];

/// Whether the `和` of `A、B和C` stands after the last `、` and the name
/// before it (`B`) ends like the first name or the last one.
pub(super) fn closing_he(s: &str) -> bool {
    let (Some(he), Some(comma)) = (s.rfind('和'), s.rfind('、')) else {
        return false;
    };
    if he < comma {
        return false;
    }
    let last_char = |w: &str| w.chars().next_back();
    let first = s[..comma].split('、').next().unwrap_or("");
    let before = &s[comma + '、'.len_utf8()..he];
    let after = &s[he + '和'.len_utf8()..];
    // `A率、B占比和C率`: names each closed by a word of a measure.
    let measure = |w: &str| MEASURE_ENDS.iter().any(|m| w.ends_with(m));
    last_char(before).is_some_and(|c| Some(c) == last_char(first) || Some(c) == last_char(after))
        || measure(first) && measure(before) && measure(after)
}
