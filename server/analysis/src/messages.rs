//! The one catalogue of words: every diagnostic message, related-place label
//! and rule explanation, in Chinese (the default) and English.

use serde::Deserialize;

use crate::diagnostic::{
    Change, Code, FigureConflict, Finding, NumberingProblem, Outcome, RelatedKind, RestatedConflict,
};

/// The language of messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Zh,
    En,
}

impl Locale {
    /// From a BCP 47 tag such as `zh-CN`, `en-US` or `en`; `None` for others.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Locale::Zh),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Locale::Zh => zh,
            Locale::En => en,
        }
    }
}

/// The message of a finding.
pub fn message(finding: &Finding, locale: Locale) -> String {
    use Locale::{En, Zh};
    match (finding, locale) {
        (
            Finding::NoteMissing {
                name: Some(name), ..
            },
            Zh,
        ) => {
            format!("标记 [^{name}] 没有对应的注释：注释部分没有 [^{name}]: 这一条")
        }
        (
            Finding::NoteMissing {
                name: Some(name), ..
            },
            En,
        ) => {
            format!(
                "marker [^{name}] points at a note named {name}, which the notes section does not have"
            )
        }
        (Finding::NoteMissing { number, .. }, Zh) => {
            format!("标记 {number} 没有对应的注释：注释部分没有第 {number} 条")
        }
        (Finding::NoteMissing { number, .. }, En) => {
            format!(
                "marker {number} points at note {number}, which the notes section does not have"
            )
        }
        (Finding::NotesSectionMissing { markers }, Zh) => {
            format!("正文有 {markers} 处注释标记，但本报告没有注释部分（可能在转换或转载中丢失）")
        }
        (Finding::NotesSectionMissing { markers }, En) => {
            format!(
                "the body has {markers} note markers but the report has no notes section (lost in conversion or copying?)"
            )
        }
        (Finding::NotesDuplicated { copies }, Zh) => {
            format!("注释部分在文中重复出现 {copies} 次，只读取了最完整的一份")
        }
        (Finding::NotesDuplicated { copies }, En) => {
            format!(
                "the notes section appears {copies} times in the text; only the most complete copy was read"
            )
        }
        (
            Finding::NoteUnused {
                number,
                term: Some(term),
            },
            Zh,
        ) => {
            format!(
                "注释 {number}{}在正文中既无标记指向，也未出现其词条",
                quoted(term)
            )
        }
        (
            Finding::NoteUnused {
                number,
                term: Some(term),
            },
            En,
        ) => {
            format!(
                "note {number} ({}) is never used: no marker points at it and the body never mentions its term",
                quoted(term)
            )
        }
        (Finding::NoteUnused { number, term: None }, Zh) => {
            format!("注释 {number} 在正文中没有标记指向（该注释没有可匹配的词条）")
        }
        (Finding::NoteUnused { number, term: None }, En) => {
            format!(
                "note {number} is never used: no marker points at it (and it has no term to look for)"
            )
        }
        (Finding::MarkerMissing { number, term }, Zh) => {
            format!("{}是注释 {number} 的词条，但此处没有注释标记", quoted(term))
        }
        (Finding::MarkerMissing { number, term }, En) => {
            format!(
                "{} is explained by note {number}, but carries no marker here",
                quoted(term)
            )
        }
        (Finding::NoteNumbering(problem), _) => numbering(problem, locale),
        (Finding::MarkerOrder { number, previous }, Zh) => {
            format!("标记 {number} 首次出现在标记 {previous} 之后，注释应按首次引用的顺序编号")
        }
        (Finding::MarkerOrder { number, previous }, En) => {
            format!(
                "marker {number} first appears after marker {previous}; notes should be numbered in order of first use"
            )
        }
        (Finding::TermUndefined { term, uses }, Zh) => {
            format!(
                "数字概括语{}没有注释、术语表或其他报告给出解释（正文中出现 {uses} 次）",
                quoted(term)
            )
        }
        (Finding::TermUndefined { term, uses }, En) => {
            format!(
                "numeric slogan {} is not explained by any note, glossary entry or other report (used {uses} time{})",
                quoted(term),
                if *uses == 1 { "" } else { "s" }
            )
        }
        (Finding::TermDefinedElsewhere { term, file, number }, Zh) => match number {
            Some(n) => format!(
                "{}在本报告中没有注释，只在 {file} 的注释 {n} 中有解释，可将该注释复制过来",
                quoted(term)
            ),
            None => format!("{}在本报告中没有注释，只在 {file} 中有解释", quoted(term)),
        },
        (Finding::TermDefinedElsewhere { term, file, number }, En) => match number {
            Some(n) => format!(
                "{} has no note in this report; only note {n} of {file} explains it (copy the note)",
                quoted(term)
            ),
            None => format!(
                "{} has no note in this report; only {file} explains it",
                quoted(term)
            ),
        },
        (
            Finding::UnpairedQuote {
                open,
                close,
                missing_close: true,
            },
            Zh,
        ) => {
            format!("本段中的 {open} 没有配对的 {close}")
        }
        (
            Finding::UnpairedQuote {
                open,
                close,
                missing_close: true,
            },
            En,
        ) => {
            format!("`{open}` has no matching `{close}` in this paragraph")
        }
        (
            Finding::UnpairedQuote {
                open,
                close,
                missing_close: false,
            },
            Zh,
        ) => {
            format!("本段中的 {close} 前面没有配对的 {open}")
        }
        (
            Finding::UnpairedQuote {
                open,
                close,
                missing_close: false,
            },
            En,
        ) => {
            format!("`{close}` has no matching `{open}` before it in this paragraph")
        }
        (finding, _) => figure_message(finding, locale),
    }
}

/// Messages of the figure rules: each shows its arithmetic.
fn figure_message(finding: &Finding, locale: Locale) -> String {
    use Locale::{En, Zh};
    match (finding, locale) {
        (
            Finding::CountMismatch {
                stated,
                listed,
                open,
            },
            Zh,
        ) => {
            let tail = if *open {
                "（以“等”结尾的列举不能多于写明的数量）"
            } else {
                ""
            };
            format!("列举 {listed} 项，但写明 {stated} 个{tail}")
        }
        (
            Finding::CountMismatch {
                stated,
                listed,
                open,
            },
            En,
        ) => {
            let tail = if *open {
                " (a list closed by 等 may hold fewer, never more)"
            } else {
                ""
            };
            format!("{listed} items listed, but the count says {stated}{tail}")
        }
        (
            Finding::SloganCount {
                slogan,
                word,
                stated,
                listed,
            },
            Zh,
        ) => {
            // A slogan of one numeral is its own count: its written rest
            // may carry more than the counted word (`水共治`).
            let of = if one_part(slogan, word) {
                String::new()
            } else {
                format!("中的“{word}”")
            };
            format!(
                "{}{of}写明 {stated} 个，但解释中列出 {listed} 个",
                quoted(slogan)
            )
        }
        (
            Finding::SloganCount {
                slogan,
                word,
                stated,
                listed,
            },
            En,
        ) => {
            let of = if one_part(slogan, word) {
                String::new()
            } else {
                format!(" × “{word}”")
            };
            format!(
                "{} counts {stated}{of}, but its definition lists {listed}",
                quoted(slogan)
            )
        }
        (
            Finding::SloganVariant {
                slogan,
                defined,
                stated,
                defined_value,
                written,
            },
            Zh,
        ) => match written {
            0 => format!(
                "{}没有解释，与本报告解释的{}只差一个数字（此处为 {stated}，彼处为 {defined_value}），可能写错了其中一处",
                quoted(slogan),
                quoted(defined)
            ),
            times => format!(
                "{}只用了这一次，本报告另外 {times} 处都写作{}（此处为 {stated}，彼处为 {defined_value}），可能写错了其中一处",
                quoted(slogan),
                quoted(defined)
            ),
        },
        (
            Finding::SloganVariant {
                slogan,
                defined,
                stated,
                defined_value,
                written,
            },
            En,
        ) => match written {
            0 => format!(
                "{} is explained nowhere, and differs by one numeral ({stated} here, {defined_value} there) from {}, which this report explains: one of them is probably a slip",
                quoted(slogan),
                quoted(defined)
            ),
            times => format!(
                "{} is written only here, and {times} other places of this report write {} ({stated} here, {defined_value} there): one of them is probably a slip",
                quoted(slogan),
                quoted(defined)
            ),
        },
        (Finding::PartExceedsWhole { part, whole }, Zh) => {
            format!("其中部分 {part} 大于总数 {whole}")
        }
        (Finding::PartExceedsWhole { part, whole }, En) => {
            format!("the part {part} (其中) is larger than its whole {whole}")
        }
        (Finding::ShareMismatch(s), Zh) => format!(
            "{} 占 {} 的 {}，但写明占比 {}",
            s.part, s.whole, s.implied, s.share
        ),
        (Finding::ShareMismatch(s), En) => format!(
            "{} of {} is {}, but the share printed is {}",
            s.part, s.whole, s.implied, s.share
        ),
        (Finding::PartsExceedWhole(p), Zh) => format!(
            "其中各部分 {} 之和至少 {}，大于总数 {}",
            p.parts.join(" + "),
            p.sum,
            p.whole
        ),
        (Finding::PartsExceedWhole(p), En) => format!(
            "the parts {} (其中) add up to at least {}, more than the whole {}",
            p.parts.join(" + "),
            p.sum,
            p.whole
        ),
        (Finding::IncomeRatioMismatch(s), Zh) => format!(
            "城镇居民收入 {} 与农村居民收入 {} 之比为 {}，但写明城乡居民收入比 {}",
            s.part, s.whole, s.implied, s.share
        ),
        (Finding::IncomeRatioMismatch(s), En) => format!(
            "the town income {} over the country income {} is {}, but the town-to-country income ratio printed is {}",
            s.part, s.whole, s.implied, s.share
        ),
        (Finding::GroupsShort(p), Zh) => format!(
            "冒号后各组 {} 之和为 {}，少于写明的总数 {}",
            p.parts.join(" + "),
            p.sum,
            p.whole
        ),
        (Finding::GroupsShort(p), En) => format!(
            "the groups after the colon, {}, add up to {}, less than the count {}",
            p.parts.join(" + "),
            p.sum,
            p.whole
        ),
        (Finding::GrowthMismatch(c), Zh) => {
            let Change {
                from,
                to,
                stated,
                implied,
            } = &**c;
            format!("从 {from} 到 {to}，变化应为 {implied}，但写明 {stated}")
        }
        (Finding::GrowthMismatch(c), En) => {
            let Change {
                from,
                to,
                stated,
                implied,
            } = &**c;
            format!("from {from} to {to} the change is {implied}, but the text says {stated}")
        }
        (Finding::PointsMismatch(c), Zh) => {
            let Change {
                from,
                to,
                stated,
                implied,
            } = &**c;
            format!("从 {from} 到 {to} 相差 {implied}，但写明 {stated}")
        }
        (Finding::PointsMismatch(c), En) => {
            let Change {
                from,
                to,
                stated,
                implied,
            } = &**c;
            format!("from {from} to {to} is a change of {implied}, but the text says {stated}")
        }
        (
            Finding::RateOutOfRange {
                name,
                value,
                decrease: false,
            },
            Zh,
        ) => {
            format!("{name} {value} 超过 100%")
        }
        (
            Finding::RateOutOfRange {
                name,
                value,
                decrease: false,
            },
            En,
        ) => {
            format!("{name} of {value} is above 100%")
        }
        (
            Finding::RateOutOfRange {
                name,
                value,
                decrease: true,
            },
            Zh,
        ) => {
            format!("{name} {value}：降幅不可能超过 100%")
        }
        (
            Finding::RateOutOfRange {
                name,
                value,
                decrease: true,
            },
            En,
        ) => {
            format!("{name} by {value}: nothing can fall by more than 100%")
        }
        (Finding::RespectivelyMismatch { subjects, values: 1 }, Zh) => {
            format!("“分别”前有 {subjects} 个主体，后只有 1 个数值：各项相同宜写“均”，否则漏了数值")
        }
        (Finding::RespectivelyMismatch { subjects, values: 1 }, En) => {
            format!(
                "分别 (respectively) with {subjects} subjects but one value: write 均 if each is the same, else a value is missing"
            )
        }
        (Finding::RespectivelyMismatch { subjects, values }, Zh) => {
            format!("“分别”前有 {subjects} 个主体，后有 {values} 个数值")
        }
        (Finding::RespectivelyMismatch { subjects, values }, En) => {
            format!("分别 (respectively) with {subjects} subjects but {values} values")
        }
        (Finding::RatioSumMismatch { ratio, sum }, Zh) => {
            format!("结构比 {ratio} 各项之和为 {sum}，不是 100")
        }
        (Finding::RatioSumMismatch { ratio, sum }, En) => {
            format!("the parts of the structure ratio {ratio} add up to {sum}, not 100")
        }
        (Finding::FigureConflict(f), Zh) => {
            let FigureConflict {
                indicator,
                value,
                other,
            } = &**f;
            format!("{indicator}同一时期写作 {value}，前文写作 {other}，两者不可能同时成立")
        }
        (Finding::FigureConflict(f), En) => {
            let FigureConflict {
                indicator,
                value,
                other,
            } = &**f;
            format!(
                "{indicator} for the same period is {value} here but {other} earlier: both cannot hold"
            )
        }
        (Finding::TargetReview(t), locale) => target_review(
            &t.indicator,
            t.year,
            &t.target,
            &t.result,
            t.outcome,
            locale,
        ),
        (Finding::TargetClaim { missed }, Zh) => format!(
            "称全年目标全部完成，但上年报告的目标中 {} 未完成",
            missed.join("、")
        ),
        (Finding::TargetClaim { missed }, En) => format!(
            "claims every target was met, but last year's report targeted {} and the result falls short",
            missed.join(", ")
        ),
        (
            Finding::TargetUnreported {
                indicator,
                year,
                target,
            },
            Zh,
        ) => format!(
            "上年报告的{}目标“{target}”（{indicator}）在本报告的回顾中没有报告结果",
            year.map_or(String::new(), |y| format!("{y}年"))
        ),
        (
            Finding::TargetUnreported {
                indicator,
                year,
                target,
            },
            En,
        ) => format!(
            "last year's report set the target {target} ({indicator}){} and this report's review gives no result for it",
            year.map_or(String::new(), |y| format!(" for {y}"))
        ),
        (Finding::StaleCopy, Zh) => {
            "这句带数字的回顾与上年报告中的一句逐字相同：数字可能没有更新".to_string()
        }
        (Finding::StaleCopy, En) => {
            "this sentence of the review, figures included, is word for word one of last year's report: were the figures updated?".to_string()
        }
        (Finding::NoteDrift { term, number }, Zh) => {
            format!("{}的解释与上年报告的注释 {number} 不同", quoted(term))
        }
        (Finding::NoteDrift { term, number }, En) => {
            format!("{term} is explained differently by note {number} of last year's report")
        }
        (Finding::RestatedConflict(r), Zh) => {
            let RestatedConflict {
                indicator,
                year,
                value,
                printed,
            } = &**r;
            format!(
                "{year}年{indicator}在此写作 {value}，而{year}年的数据在上年报告中印作 {printed}，又没有“修订”“同口径”等说明"
            )
        }
        (Finding::RestatedConflict(r), En) => {
            let RestatedConflict {
                indicator,
                year,
                value,
                printed,
            } = &**r;
            format!(
                "{indicator} for {year} is {value} here, but last year's report printed {printed}, with no revision wording"
            )
        }
        (
            Finding::StaleYear {
                written,
                year,
                expected,
            },
            Zh,
        ) => format!(
            "{written}：与本报告的年份（{year}年）不符，应为 {expected}，可能沿用了上年的文字"
        ),
        (
            Finding::StaleYear {
                written,
                year,
                expected,
            },
            En,
        ) => format!(
            "`{written}` does not fit this report's year ({year}); the year asks for `{expected}`: probably copied from last year's text"
        ),
        _ => String::new(),
    }
}

fn target_review(
    indicator: &str,
    year: Option<i32>,
    target: &str,
    result: &str,
    outcome: Outcome,
    locale: Locale,
) -> String {
    match locale {
        Locale::Zh => {
            let verdict = match outcome {
                Outcome::Met => "完成",
                Outcome::WithinTolerance => "偏离写明的目标值，但在“左右”允许的范围内",
                Outcome::Missed => "未完成",
            };
            let year = year.map_or(String::new(), |y| format!("{y}年"));
            format!("{year}{indicator}：目标 {target}，实际 {result}，{verdict}")
        }
        Locale::En => {
            let verdict = match outcome {
                Outcome::Met => "met",
                Outcome::WithinTolerance => {
                    "off the written value, within the tolerance of 左右 (about)"
                }
                Outcome::Missed => "missed",
            };
            let year = year.map_or(String::new(), |y| format!(" ({y})"));
            format!("{indicator}{year}: target {target}, result {result}, {verdict}")
        }
    }
}

fn numbering(problem: &NumberingProblem, locale: Locale) -> String {
    match (problem, locale) {
        (NumberingProblem::Gap { expected, found }, Locale::Zh) => {
            format!("注释编号不连续：缺少第 {expected} 条，下一条是 {found}")
        }
        (NumberingProblem::Gap { expected, found }, Locale::En) => {
            format!("note numbers skip {expected}: the next note is {found}")
        }
        (NumberingProblem::Duplicate { number }, Locale::Zh) => format!("注释编号 {number} 重复"),
        (NumberingProblem::Duplicate { number }, Locale::En) => {
            format!("note number {number} is used twice")
        }
        (NumberingProblem::OutOfOrder { number, previous }, Locale::Zh) => {
            format!("注释编号顺序错误：{number} 排在 {previous} 之后")
        }
        (NumberingProblem::OutOfOrder { number, previous }, Locale::En) => {
            format!("note {number} comes after note {previous}: numbers out of order")
        }
    }
}

/// A term for a message: as written when it carries its own quotes
/// (`“5020”项目`), else in quotes.
/// Whether a slogan has one numeral only, its word all the rest
/// (`五水共治`, `三个不动摇`): the count is the slogan's, and its written
/// rest may carry more than the counted word (`水共治`).
fn one_part(slogan: &str, word: &str) -> bool {
    let bare = slogan.trim_matches(['“', '”']);
    bare.strip_suffix(word).is_some_and(|numeral| {
        let numeral = numeral
            .strip_suffix(['个', '大', '项', '条', '张', '件', '类', '种'])
            .unwrap_or(numeral);
        !numeral.is_empty()
            && numeral
                .chars()
                .all(|c| crate::chars::chinese_digit(c).is_some() || c.is_ascii_digit())
    })
}

fn quoted(term: &str) -> String {
    if term.contains(['“', '”']) {
        term.to_string()
    } else {
        format!("“{term}”")
    }
}

/// The label of a related place.
pub fn related_label(kind: &RelatedKind, locale: Locale) -> String {
    match kind {
        RelatedKind::NotesSection => locale.pick("注释部分", "the notes section").to_string(),
        RelatedKind::Note(n) => match locale {
            Locale::Zh => format!("注释 {n}"),
            Locale::En => format!("note {n}"),
        },
        RelatedKind::Use => locale.pick("在此使用", "used here").to_string(),
        RelatedKind::Marker(n) => match locale {
            Locale::Zh => format!("标记 {n} 首次出现处"),
            Locale::En => format!("marker {n} first appears here"),
        },
        RelatedKind::DefinedIn(Some(n)) => match locale {
            Locale::Zh => format!("注释 {n} 在此定义"),
            Locale::En => format!("note {n} defines it here"),
        },
        RelatedKind::DefinedIn(None) => locale.pick("在此定义", "defined here").to_string(),
        RelatedKind::PreviousNote(n) => match locale {
            Locale::Zh => format!("前一条注释 {n}"),
            Locale::En => format!("the previous note {n}"),
        },
        RelatedKind::List => locale
            .pick("列举从此开始", "the list starts here")
            .to_string(),
        RelatedKind::Whole => locale.pick("总数", "the whole").to_string(),
        RelatedKind::FromLevel => locale.pick("起始数值", "the starting level").to_string(),
        RelatedKind::Subjects => locale
            .pick("“分别”的主体", "the subjects of 分别")
            .to_string(),
        RelatedKind::RateName => locale.pick("比率名称", "the rate's name").to_string(),
        RelatedKind::OtherFigure => locale
            .pick("同一指标的另一数值", "the indicator's other figure")
            .to_string(),
        RelatedKind::Target => locale
            .pick("上年报告中的目标", "the target in last year's report")
            .to_string(),
        RelatedKind::MissedResult => locale
            .pick("未完成目标的指标", "a result short of its target")
            .to_string(),
        RelatedKind::CopiedFrom => locale
            .pick(
                "上年报告中的同一句",
                "the same sentence in last year's report",
            )
            .to_string(),
        RelatedKind::PreviousExplanation(n) => match locale {
            Locale::Zh => format!("上年报告的注释 {n}"),
            Locale::En => format!("note {n} of last year's report"),
        },
        RelatedKind::Printed => locale
            .pick(
                "上年报告印出的数值",
                "the figure as last year's report printed it",
            )
            .to_string(),
    }
}

/// A configuration error in the user's language: the key or rule at fault
/// and the closest known one. (The TOML parser's own words, for a syntax
/// error or a value of the wrong type, stay as it says them.)
pub fn config_error(error: &crate::config::ConfigError, locale: Locale) -> String {
    use crate::config::ConfigErrorKind;
    match &error.kind {
        ConfigErrorKind::UnknownKey {
            key,
            section,
            suggestion,
        } => {
            let place = if section.is_empty() {
                locale.pick("顶层", "at the top level").to_string()
            } else {
                format!("[{section}]")
            };
            let mut s = match locale {
                Locale::Zh => format!("{place} 中没有 `{key}` 这个键"),
                Locale::En => format!(
                    "unknown key `{key}` {}{place}",
                    if section.is_empty() { "" } else { "in " }
                ),
            };
            if let Some(suggestion) = suggestion {
                s.push_str(&did_you_mean(suggestion, locale));
            }
            s
        }
        ConfigErrorKind::UnknownRule { code, suggestion } => {
            let mut s = match locale {
                Locale::Zh => format!("[rules] 中的 `{code}` 不是规则名"),
                Locale::En => format!("unknown rule `{code}` in [rules]"),
            };
            match suggestion {
                Some(suggestion) => s.push_str(&did_you_mean(suggestion, locale)),
                None => s.push_str(locale.pick(
                    "；`report-ls explain` 列出全部规则",
                    "; `report-ls explain` lists the rules",
                )),
            }
            s
        }
        ConfigErrorKind::InvalidGlob { glob } => match locale {
            Locale::Zh => format!(
                "[files] 中的通配符 `{glob}` 无效：{}",
                glob_error_zh(&error.message)
            ),
            Locale::En => format!("[files]: invalid glob `{glob}`: {}", error.message),
        },
        ConfigErrorKind::Invalid => match locale {
            Locale::Zh => format!("配置无效：{}", toml_error_zh(&error.message)),
            Locale::En => error.message.clone(),
        },
    }
}

/// The TOML reader's and serde's English words for a configuration that
/// cannot be read, in Chinese: `invalid type: string "x", expected u64`,
/// `unknown variant`, `duplicate key`, the syntax errors of the TOML parser
/// (`unclosed table, expected `]``). What is not known stays as written,
/// marked as the reader's own words.
pub fn toml_error_zh(message: &str) -> String {
    if let Some(zh) = serde_error_zh(message) {
        return zh;
    }
    let message = message.trim();
    let (what, expected) = match message.split_once(", expected ") {
        Some((what, expected)) => (what, Some(expected)),
        None => (message, None),
    };
    let Some(what_zh) = toml_phrase_zh(what) else {
        return format!("TOML 读取错误（{message}）");
    };
    match expected {
        Some("nothing") | None => what_zh,
        Some(expected) => {
            let expected: Vec<String> = expected
                .split(", ")
                .map(|e| toml_phrase_zh(e).unwrap_or_else(|| e.to_string()))
                .collect();
            let space = if expected[0].starts_with(['`', '\'']) {
                " "
            } else {
                ""
            };
            format!("{what_zh}，此处应为{space}{}", expected.join("、"))
        }
    }
}

/// serde's words for a value of the wrong kind (`invalid type: string "x",
/// expected u64`, `unknown variant`, `missing field`), in Chinese; `None`
/// for other words.
pub fn serde_error_zh(message: &str) -> Option<String> {
    let message = message.trim();
    // serde_json's place (a baseline, the client's settings) is told apart.
    let message = match message.rsplit_once(" at line ") {
        Some((what, place)) if place.contains(" column ") => what,
        _ => message,
    };
    if let Some(rest) = message.strip_prefix("unknown variant ")
        && let Some((value, expected)) = rest.split_once(", expected ")
    {
        let expected = expected.strip_prefix("one of ").unwrap_or(expected);
        let choices: Vec<&str> = expected
            .split(", ")
            .flat_map(|c| c.split(" or "))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        return Some(format!(
            "{value} 不是可用的值；可用的值：{}",
            choices.join("、")
        ));
    }
    for (lead, zh) in [
        ("invalid type: ", "类型不对"),
        ("invalid value: ", "值不对"),
    ] {
        if let Some(rest) = message.strip_prefix(lead)
            && let Some((found, expected)) = rest.split_once(", expected ")
        {
            return Some(format!(
                "{zh}：写的是{}，应当是{}",
                serde_thing_zh(found),
                serde_thing_zh(expected)
            ));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Some(format!(
            "长度不对：{found} 项，应当是{}",
            serde_thing_zh(expected)
        ));
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return Some(format!("缺少键 {field}"));
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let field = rest.split(", expected").next().unwrap_or(rest);
        return Some(format!("没有 {field} 这个键"));
    }
    if message == "duplicate key" || message.starts_with("duplicate field ") {
        return Some("键重复：同一个键写了两次".into());
    }
    None
}

/// The glob parser's reason, in Chinese.
fn glob_error_zh(message: &str) -> String {
    let reasons = [
        ("unclosed character class", "字符类 `[` 没有对应的 `]`"),
        ("invalid character class", "字符类无效"),
        ("invalid range", "字符范围无效（前大后小）"),
        ("invalid use of **", "`**` 要单独作为路径的一段"),
        ("unopened alternate group", "`}` 没有对应的 `{`"),
        ("unclosed alternate group", "`{` 没有对应的 `}`"),
        ("nested alternate groups", "`{…}` 不能嵌套"),
        ("dangling", "末尾多了一个 `\\`"),
    ];
    reasons
        .iter()
        .find(|(en, _)| message.contains(en))
        .map_or_else(
            || format!("通配符读取错误（{message}）"),
            |(_, zh)| zh.to_string(),
        )
}

/// One of serde's descriptions of a value or a type, in Chinese.
fn serde_thing_zh(thing: &str) -> String {
    let thing = thing.trim();
    for (lead, zh) in [
        ("string ", "字符串 "),
        ("integer ", "整数 "),
        ("floating point ", "小数 "),
        ("boolean ", "布尔值 "),
        ("character ", "字符 "),
    ] {
        if let Some(value) = thing.strip_prefix(lead) {
            return format!("{zh}{}", value.trim_matches('`'));
        }
    }
    match thing {
        "u8" | "u16" | "u32" | "u64" | "usize" => "非负整数".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" | "an integer" => "整数".into(),
        "f32" | "f64" | "a float" => "数".into(),
        "a string" | "string" | "a borrowed string" => "字符串".into(),
        "a boolean" | "bool" | "boolean" => "布尔值（true 或 false）".into(),
        "a sequence" | "sequence" | "an array" | "array" => "列表（[…]）".into(),
        "a map" | "map" | "a table" | "table" | "an inline table" => "表".into(),
        "a character" | "char" => "字符".into(),
        "unit value" | "unit" => "空值".into(),
        other if other.starts_with("struct ") => "表".into(),
        other => other.to_string(),
    }
}

/// A phrase of the TOML parser (what is wrong, or what was expected).
fn toml_phrase_zh(phrase: &str) -> Option<String> {
    let phrase = phrase.trim();
    if phrase.starts_with('`') || phrase.starts_with('\'') {
        return Some(phrase.to_string());
    }
    let zh = match phrase {
        "duplicate key" => "键重复：同一个键写了两次",
        "wanted string or table" => "此处应为字符串或表",
        "recursion limit" | "cannot recurse further; max recursion depth met" => "嵌套太深",
        "integer number overflowed" => "整数超出范围",
        "floating-point number overflowed" => "小数超出范围",
        "expected empty array" => "此处应为空列表",
        "expected empty table" => "此处应为空表",
        "value is missing a span" => "值的位置缺失",
        "invalid basic string" => "字符串无效（没有结束？）",
        "invalid literal string" => "单引号字符串无效（没有结束？）",
        "invalid multi-line basic string" => "多行字符串无效（没有结束？）",
        "invalid multi-line literal string" => "多行单引号字符串无效（没有结束？）",
        "invalid string" => "字符串无效",
        "invalid key" => "键无效",
        "invalid unquoted key" => "不带引号的键无效（只能用字母、数字、`-` 和 `_`）",
        "invalid key-value pair" => "键值对无效",
        "invalid table" => "表头无效",
        "invalid value" => "值无效",
        "invalid inline table element" => "内联表的元素无效",
        "invalid boolean" => "布尔值无效（应为 true 或 false）",
        "invalid integer number" => "整数无效",
        "invalid float" => "小数无效",
        "invalid fraction" => "小数部分无效",
        "invalid exponent" => "指数无效",
        "invalid mantissa" => "有效数字无效",
        "invalid binary number" => "二进制数无效",
        "invalid octal number" => "八进制数无效",
        "invalid hexadecimal number" => "十六进制数无效",
        "invalid date-time" => "日期时间无效",
        "invalid comment character" => "注释中有无效字符",
        "unclosed table" => "表头没有结束",
        "unclosed array table" => "数组表头没有结束",
        "unclosed array" => "列表没有结束",
        "unclosed inline table" => "内联表没有结束",
        "key with no value" => "键后面没有值",
        "missing value" | "missing value for key" => "缺少值",
        "missing key for inline table element" => "内联表的元素缺少键",
        "missing table open" => "缺少表头的 `[`",
        "missing array opening" => "缺少列表的 `[`",
        "missing inline table opening" => "缺少内联表的 `{`",
        "missing opening quote" => "缺少开头的引号",
        "missing comma between array elements" => "列表元素之间缺少逗号",
        "missing comma between key-value pairs" => "键值对之间缺少逗号",
        "missing assignment between key-value pairs" => "键和值之间缺少 `=`",
        "missing comment start" => "缺少注释的 `#`",
        "missing escaped value" => "转义符后缺少内容",
        "extra comma in array" => "列表中多了逗号",
        "extra comma in inline table" => "内联表中多了逗号",
        "extra `=`" | "extra assignment between key-value pairs" => "多了一个 `=`",
        "unexpected `=` in array" => "列表中不能有 `=`",
        "unexpected content" => "此处不能有内容",
        "unexpected content between comment and newline" => "注释和换行之间有多余内容",
        "unexpected key or value" => "此处不能有键或值",
        "unexpected leading zero" => "数字不能以 0 开头",
        "unexpected sign" => "此处不能有正负号",
        "string values must be quoted" => "字符串值要加引号",
        "unquoted keys cannot be empty" => "不带引号的键不能为空",
        "keys cannot be multi-line basic strings" | "keys cannot be multi-line literal strings" => {
            "键不能是多行字符串"
        }
        "integers with a radix cannot be signed" => "带进制前缀的整数不能有正负号",
        "redundant integer number prefix" => "整数前缀重复",
        "redundant numeric sign" => "正负号重复",
        "radix must be lowercase" => "进制前缀要小写",
        "too few unicode value digits" => "Unicode 转义的位数不够",
        "carriage return must be followed by newline" => "回车符后面应当是换行符",
        "could not allocate for string" => "字符串过大",
        "nothing" => "空",
        "newline" => "换行",
        "end-of-input" => "文件结尾",
        "key" => "键",
        "value" => "值",
        "digits" | "numbers" => "数字",
        "letters" => "字母",
        "characters" | "printable characters" => "字符",
        "non-double-quote visible characters" => "双引号以外的可见字符",
        "non-single-quote characters" | "non-single-quote visible characters" => "单引号以外的字符",
        "unicode hexadecimal value" => "Unicode 十六进制值",
        "basic string" => "字符串",
        "literal string" => "单引号字符串",
        "multi-line basic string" => "多行字符串",
        "etc" => "其他",
        _ => return None,
    };
    Some(zh.to_string())
}

/// "; did you mean `x`?"
pub fn did_you_mean(suggestion: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("；是不是 `{suggestion}`？"),
        Locale::En => format!("; did you mean `{suggestion}`?"),
    }
}

/// `report-ls explain CODE`: what the rule checks, why, an example, and how
/// to silence it.
pub fn explain(code: Code, locale: Locale) -> String {
    let (zh, en) = explanation(code);
    let silence_zh = format!(
        "关闭或调整：在 .report-ls.toml 中写\n\n    [rules]\n    {} = \"off\"    # 或 \"error\" / \"warning\" / \"info\" / \"hint\"",
        code.name()
    );
    let silence_en = format!(
        "To silence or change it, in .report-ls.toml:\n\n    [rules]\n    {} = \"off\"    # or \"error\" / \"warning\" / \"info\" / \"hint\"",
        code.name()
    );
    let status = if code.is_implemented() {
        ""
    } else {
        locale.pick(
            "\n\n（本版本尚未实现此规则的检查。）",
            "\n\n(This version does not check this rule yet.)",
        )
    };
    match locale {
        Locale::Zh => format!(
            "{} ({}，默认级别 {})\n\n{}{}\n\n{}\n",
            code.name(),
            code_title(code, locale),
            code.default_severity().name(),
            zh.trim(),
            status,
            silence_zh
        ),
        Locale::En => format!(
            "{} ({}; default severity {})\n\n{}{}\n\n{}\n",
            code.name(),
            code_title(code, locale),
            code.default_severity().name(),
            en.trim(),
            status,
            silence_en
        ),
    }
}

/// A few words naming the rule.
pub fn code_title(code: Code, locale: Locale) -> &'static str {
    let (zh, en) = match code {
        Code::NoteMissing => ("标记缺少注释", "marker without a note"),
        Code::NotesSectionMissing => ("缺少注释部分", "notes section missing"),
        Code::NotesDuplicated => ("注释部分重复", "notes section repeated"),
        Code::NoteUnused => ("注释未被使用", "note never used"),
        Code::MarkerMissing => ("词条缺少标记", "term without its marker"),
        Code::NoteNumbering => ("注释编号错误", "note numbering"),
        Code::MarkerOrder => ("标记顺序", "marker order"),
        Code::TermUndefined => ("数字概括语未解释", "unexplained numeric slogan"),
        Code::TermDefinedElsewhere => (
            "词条只在其他报告中解释",
            "term explained only in another report",
        ),
        Code::UnpairedQuote => ("引号或括号不配对", "unpaired quote or bracket"),
        Code::CountMismatch => ("数量与列举不符", "count differs from its list"),
        Code::SloganCount => ("概括语与其解释不符", "slogan does not match its definition"),
        Code::PartExceedsWhole => ("部分大于总数", "part larger than its whole"),
        Code::PartsExceedWhole => ("各部分之和大于总数", "parts add up to more than the whole"),
        Code::ShareMismatch => (
            "占比与部分、总数不符",
            "share does not match part and whole",
        ),
        Code::GrowthMismatch => (
            "增速与前后数值不符",
            "growth rate does not follow from the levels",
        ),
        Code::PointsMismatch => (
            "百分点变化与前后比例不符",
            "percentage-point change does not match",
        ),
        Code::RateOutOfRange => ("比率超出范围", "rate out of range"),
        Code::RespectivelyMismatch => (
            "“分别”前后数量不符",
            "`分别` with unequal subjects and values",
        ),
        Code::RatioSumMismatch => (
            "结构比各项之和不是 100",
            "structure ratio does not add up to 100",
        ),
        Code::FigureConflict => ("同一指标数值冲突", "two values for one indicator"),
        Code::TargetReview => ("上年目标完成情况", "last year's target reviewed"),
        Code::TargetClaim => (
            "称目标全部完成但有未完成的",
            "all targets claimed met, one missed",
        ),
        Code::TargetUnreported => ("上年目标未报告结果", "last year's target not reported on"),
        Code::StaleCopy => (
            "照搬上年含数字的句子",
            "sentence with figures copied from last year",
        ),
        Code::NoteDrift => ("注释与上年解释不同", "note explained differently last year"),
        Code::RestatedConflict => ("往年数据前后不一", "past figure restated differently"),
        Code::StaleYear => ("沿用上年的年份", "year copied from last year's text"),
    };
    locale.pick(zh, en)
}

fn explanation(code: Code) -> (&'static str, &'static str) {
    match code {
        Code::NoteMissing => (
            "检查正文中的注释标记（⑩、［1］、【1】、[1]、上标数字、[^1]，以及注释按“（1）”编号时紧贴词语的“（1）”，或注释另行编号而“（N）”紧跟其注释词条时）是否都能在注释部分找到同号的注释。\n\n为什么：标记指向不存在的注释，读者无从查找；常见于注释部分在排版或转换中丢失。\n\n示例：\n    推进“两张网”［3］建设。        ← 注释部分只有 1、2 两条",
            "Checks that every marker in the body (⑩, ［1］, 【1】, [1], superscripts, [^1], and `（1）` glued to a word where the notes are numbered `（1）`, or numbered otherwise and the `（N）` close the terms of their notes) has a note with that number in the notes section. Where each part (or annex) closes with its own notes (`一、…` then `注：①…`, `二、…` then `注：①…`), a marker's note is in the block closing its part.\n\nWhy: a marker that points nowhere leaves the reader nothing to look up; it usually means the notes section was lost in layout or conversion.\n\nExample:\n    推进“两张网”［3］建设。        <- the notes section has only notes 1 and 2",
        ),
        Code::NotesSectionMissing => (
            "正文中有注释标记（［1］、〔1〕、【1】、[1]、（注1）、⑩……，或紧贴词语、从 1 起逐一编号并分布在多个段落的（1）（2）……），但整份报告没有注释部分。只报告一次，落在第一个标记上，其余标记作为相关位置列出。从 PDF 复制的页脚注释（每页正文之后紧跟该页的注释行，以标记开头、冒号前写着本页正文中紧挨该标记之前的词条：“甲”①之下的“①甲：……”）作为注释读出：各页的注释行（中间只隔空行）编号逐一递增，第一页从 1 起，以后各页接着上一页编号或重新从 1 起；标记指向其后最近一页的注释；某条注释折到下面几行的（同页两条注释之间、不含下一条标记的几行，或本页最后一条在句中被截断、直到页码为止的几行）仍属该条。页面上标作上标的编号复制成普通数字的（页中“甲”1，页脚“1甲：…”）也同样读取，条件是每行的词语都写在本页上文中这串数字之前几个字以内，且这串数字确是标记（其后不接数字、小数点或量词）。正文中以①开头、不解释上文标记的列举行不算。以标记开头、冒号前写着上文紧贴该标记的词条的行还在、但编号不合上述规则而未能读出时，注释仍在，也不报告。\n\n为什么：注释部分整体丢失（常见于网页转载或格式转换）时，逐个标记报错只会淹没真正的问题；补上注释部分即可。报告有注释部分而某个标记超出其编号时，仍报 note-missing。\n\n示例：\n    推进“两张网”［1］建设，落实“三张清单”［2］。   ← 全文没有“注释”或“名词解释”",
            "The body carries note markers (［1］, 〔1〕, 【1】, [1], （注1）, ⑩, …, or （1）（2）… glued to words, numbered from 1 with no gap over several paragraphs) but the report has no notes section at all. Reported once, on the first marker, with the other markers as related locations. Notes at the foot of each page, as a PDF copied to text leaves them (a page's text, then a line per note of that page opening with its marker and naming, before a colon, the term the page writes just before that marker: `①甲：…` under `“甲”①`), are read as notes: each page's lines (only blank lines between) number one by one, the first page's from 1, each later page's on from the page before or afresh from 1, and a marker points at the nearest page's notes after it; a note wrapped onto lines of its own keeps them (between two notes of a page, lines that do not write the next one's mark; after a page's last note cut mid-sentence, the lines up to the page's number). A page's superscripts copied as plain digits (`1甲：…` under `“甲”1`) are read so too, where every such line's term stands a few words before its digits in the page above and the digits stand as a mark (no digit, point or measure word after them). A list of the body opening with ①, explaining no mark above, is no such notes. Nor is this reported when such lines stand but their numbers do not run so: the notes are there, only unread.\n\nWhy: when the whole notes section was lost (a web copy, a conversion), one error per marker would drown everything else; the fix is to restore the section. In a report that has notes, a marker beyond the last note is still note-missing.\n\nExample:\n    推进“两张网”［1］建设，落实“三张清单”［2］。   <- no 注释 or 名词解释 anywhere",
        ),
        Code::NotesDuplicated => (
            "注释部分在文中出现了不止一次（例如网页把结束语和注释重复抓取了一遍）。只读取最完整的一份，其余副本既不算正文也不算注释。\n\n为什么：重复的注释块会让词条在“正文”中多出现一次，也可能是定稿前粘贴失误。\n\n示例：\n    名词解释 1.…… 2.……  （结束语）  名词解释 1.…… 2.…… 3.……",
            "The notes section stands more than once in the text (a web page scraped the closing paragraph and the notes twice, say). Only the most complete copy is read; the others count as neither body nor notes.\n\nWhy: a repeated block makes terms seem used in the body, and may be a paste slip before the final version.\n\nExample:\n    名词解释 1.…… 2.……  (closing)  名词解释 1.…… 2.…… 3.……",
        ),
        Code::NoteUnused => (
            "检查每条注释是否被使用：有标记指向它，或者它的词条（含别名、去掉年份或限定语的简称）在正文中出现。\n\n为什么：没人引用的注释多半是从旧稿复制来的，或者正文中的说法已经改了。\n\n示例：\n    5.“三张清单”：……              ← 正文中既没有 ⑤ 也没有“三张清单”",
            "Checks that every note is used: a marker points at it, or its term (an alias, or the term without its year or qualifier) appears in the body.\n\nWhy: a note nobody refers to was usually copied from an old draft, or the body now words the term differently.\n\nExample:\n    5.“三张清单”：……              <- neither ⑤ nor 三张清单 appears in the body",
        ),
        Code::MarkerMissing => (
            "在大多数注释都有正文标记的报告里，某条注释的词条在正文中出现却没有标记。\n\n为什么：读者靠标记找到注释；只漏掉一两个标记通常是排版失误。标记普遍缺失的报告（例如网页转载丢失了上标）不提示。\n\n示例：\n    实施“两网融合”工程，……        ← 其他注释都有 ①② 标记，这里缺少 ③",
            "In a report where most notes are marked in the body, a note's term appears without its marker.\n\nWhy: readers find notes through markers; one or two missing markers are usually a layout slip. Reports where markers are lost throughout (superscripts dropped by a web copy) are not flagged.\n\nExample:\n    实施“两网融合”工程，……        <- the other notes carry ① ②; ③ is missing here",
        ),
        Code::NoteNumbering => (
            "检查注释是否按 1、2、3……连续编号：有无跳号、重号或顺序颠倒。\n\n为什么：编号错了，标记就会指错注释。\n\n示例：\n    3.……\n    5.……                          ← 缺少第 4 条",
            "Checks that notes are numbered 1, 2, 3, … with no gap, duplicate or number out of order. Notes closing each part are numbered afresh in each block, or on from the block before.\n\nWhy: with wrong numbers, markers point at the wrong notes.\n\nExample:\n    3.……\n    5.……                          <- note 4 is missing",
        ),
        Code::MarkerOrder => (
            "检查正文中各标记首次出现的顺序是否递增。\n\n为什么：注释按正文中首次引用的先后编号；顺序乱了，通常是段落调整后没有重新编号。\n\n示例：\n    ……“甲”②……“乙”①……",
            "Checks that markers first appear in ascending order.\n\nWhy: notes are numbered in order of first use; a marker out of order usually means paragraphs moved without renumbering.\n\nExample:\n    ……“甲”②……“乙”①……",
        ),
        Code::TermUndefined => (
            "正文中的数字概括语（如“六个一”、“5020”项目、三区三线、“1+2+1”）没有注释、术语表（.report-ls.toml 的 [glossary]）或工作区中其他报告给出解释。众所周知的全国性提法（两个确立、四风等）除外，可在 [terms] known 中补充；紧接着用冒号、“即”或列出各项的括号当场说明的（“两基”（城镇和乡村基础设施））也不提示，正文在其前后列出其各项、slogan-count 读得出的（科技、绿色、普惠三方面“三篇文章”；“两横三纵”：两横为……，三纵为……）同样不提示，其数目是否相符由 slogan-count 判断；某处使用之前或之后的列举由 count-mismatch 读出其各项的（新材料、智能装备、绿色食品“三大产业集群”）也不提示；热线号码（“12345”政务服务热线）不是概括语；每个数字都后跟时间或距离单位（或连续年数的“连”）的（“15分钟生活圈”“十年禁渔”“7×24小时”“二十连丰”）说的是时长、距离或连续年数，没有可列的各项，也不提示。只用了一次、与本报告解释的某个概括语只差一个数字的，或与本报告多处写的某个概括语只差一的，由 slogan-count 作为笔误提示，此处不再重复。\n\n为什么：概括语只有起草组知道每个数字指什么，代表们需要注释。\n\n示例：\n    严格执行“七个一”工作机制。     ← 没有注释解释“七个一”",
            "A numeric slogan in the body (“六个一”, “5020”项目, 三区三线, “1+2+1”) that no note, glossary entry ([glossary] in .report-ls.toml) or other report of the workspace explains. Well-known national slogans (两个确立, 四风, …) are exempt; add more under [terms] known. A slogan spelled out on the spot, by a colon, 即 or a bracket listing its parts (“两基”（城镇和乡村基础设施）), is not told either, nor is one the body spells out before or after it in a way slogan-count reads (甲、乙、丙“三篇文章”; “两横三纵”：两横为……，三纵为……), whose count slogan-count judges, nor one whose items count-mismatch reads at one of its uses (新材料、智能装备、绿色食品三大产业集群), nor a telephone line's number (“12345”政务服务热线), nor a slogan each of whose numerals is followed by a unit of time or distance, or by 连 of a run of years (“15分钟生活圈”, “十年禁渔”, “7×24小时”, “二十连丰”): it names a span, with no parts to list. A slogan used once and one numeral away from a slogan this report explains, or one off from a slogan this report writes at several places, is told by slogan-count, as a slip, and not here again.\n\nWhy: only the drafting team knows what each numeral of a slogan counts; deputies need a note.\n\nExample:\n    严格执行“七个一”工作机制。     <- no note explains 七个一",
        ),
        Code::TermDefinedElsewhere => (
            "本报告使用的词条只在工作区中同一政府的另一份报告（例如上一年的报告，或 [workspace] related 列出的报告）的注释中有解释。\n\n为什么：今年的稿子沿用了去年的提法，却没有带上去年的注释。\n\n示例：\n    2025 年稿：深化“两张网”建设。  ← 只有 2024 年报告的注释 3 解释了“两张网”",
            "A term used in this report is explained only by a note of another report of the same government in the workspace (last year's, say, or one listed under [workspace] related).\n\nWhy: this year's draft reuses last year's wording without last year's note.\n\nExample:\n    2025 draft: 深化“两张网”建设。  <- only note 3 of the 2024 report explains 两张网",
        ),
        Code::UnpairedQuote => (
            "检查每段中的“ ”、《 》、（ ）是否配对。\n\n为什么：缺半边的引号会让词条匹配和读者的理解都出错。\n\n示例：\n    推进“一网通办建设。",
            "Checks that “ ”, 《 》 and （ ） are paired within each paragraph.\n\nWhy: a half quote confuses term matching as much as readers.\n\nExample:\n    推进“一网通办建设。",
        ),
        Code::CountMismatch => (
            "写明的数量与列举的项目数不符。列举来自：“N个：”后以“；”或“、”分隔的项目，“等N个”“共N个”前的名称，紧接数量之前以“、”列出的名称（“甲、乙、丙三个园区”“甲、乙“三大计划””；动词、容纳所计事物的地点、相差较大的数量不读，但收束分句的带引号数量之前的举措照读：“甲、优化乙“两项行动””“三个一批”），数量之后以“：”“即”“指”“分别是”或括号列出、各自带有所计名词的名称（“两个高地：甲高地、乙高地”“3条线路（甲线、乙线、丙线）”，各带括号的数量：“四个甲（……）、五个乙（……）”；名词前可有规模档次：“5个千亿级产业集群：甲、乙……”），夹在所计名词与收束分句的数量之间的括号内名称（“建成道路（甲路、乙路、丙路）3条。”），逐个以①②③……编号、紧跟收束分句的数量的名称（“①甲中心、②乙中心、③丙中心3个。”），数字编号的名称（“1号线、2号线、3号线3条线路”），数量的名词之后接着是这些事物自身的金额时（“教育、卫生、文化三项事业支出24亿元”）也照读，“省市县乡四级”这类层级，“N个方面：一是……二是……”，“N个方面工作”后的（一）（二）……小节，“十大……”后的①…⑩，注释词条中的数量与注释列出的项目（也包括注释在列举之后重述的数量：“七项行动”：指甲、乙……六项行动），附件标题中的数量与附件的“一、二、……”；还有数量在前一分句的引领语（“着力抓好七方面工作，……”），“实事”的数量与下一段接续的“一是……”或其下逐行连续编号的各行（“办好十件民生实事：”下有“1.”至“11.”即多出一项；“方面”的数量则可不计最后一部分），或冒号之后以“、”“，”分隔、各以另一量词的数量结尾的举措（“办成十件民生实事：新建幼儿园3所、改造老旧小区12个……”），“方面”的数量与其后以相同词语（或同一个动词：“坚持甲，……”“坚持乙，……”）开头的无编号段落，数量之后本段以数量前的动词开头、首个分句以所计词语结尾的各句（“开展“三大行动”。开展甲行动。……”），按“；”逐段或按分句逐条定义、各以所计名词结尾的项目，紧挨的带引号名称（“甲计划”“乙计划”三项计划），成对的两个词（“国内国际两个大局”），“N个字”与引号内词语的字数，其后有总数的数量之前的名称（“甲、乙4个方面共17项”），其后另有一项的数量或“，共N个”之前的名称（仅当该数量正是名称之数时），数量与冒号之后的短小标题句（“目标概括为六个方面：甲显著增强。……”），“即：”之后按“；”依次分给各个带引号数量的分句，以及其后每一项都写出其所计词语的带引号数量（“十大提升工程”与其后的“（一）深入推进甲提升工程”……），以及列举之后紧接着复述其项数的数量（“上述12件实事”“做好这三个方面的工作”），或者以“、”列出的名称结束一句、下一句开头以“这”复述的数量（“深化了甲、乙和丙改革。这三项改革……”）；带引号的数量与其后本段各句开头、以所计词语结尾的带引号名称（“三大工程”。实施“甲工程”……），“N个方面”之后各自单独成行的一句短标题（直到下一部分的编号），“N类”收束分句时其前的类别名称，以“中央”开头的层级（“中央和省两级”），紧接在“N国”“双方”“N方”之前、连写或以顿号隔开的一字国名简称（“中英两国”“英、葡两国”“中美双方”，每字一国；前面不是分句开头时，第一个字可能属于前面的词，按可能隐含的一项计）。“等N个”之前只有一个名称而其中含连词时（“甲和乙等5家”），按一项或两项读取，不作检查。以“等”结尾的列举可以少于写明的数量，不能多于。只在能确定地数清项目时检查。“实事”的数量与冒号之间可有表示完成的词语（“去年三件民生实事全面完成：”），仅以数量成句的小标题（“（三）办好三件民生实事。”）之下逐行编号的各项同样计数；以“目标”“重点”计的列举可以动词开头，以同一动词收尾的各项（“甲区建设、乙城建设……四大主战场”）是所做之事，所计事物之后的日期（“6月底前”）不算另一项数量。引领语（“做了以下六个方面的工作：”）之后各以短标题句开头的段落，段数与数量相同时确认其数（只作确认）；“栋”“块”也是量词；“等”与所计名词之间的档次或规模（“等500强企业38家”“等十亿元以上项目77个”）属于名词；“即”之后的名称可以含“的”（末项除外）。数量为一、其后以冒号、“即”或紧接所计词语的括号写出唯一一项（“电力工程1项：甲变电站建设。”“抓住一条主线（甲）”）时，读作一项（只作确认）；二至九的数量之后以冒号或“，即”只写出一项（“做强2个主导产业，即甲产业。”）时，读作列举一项，除非其后一段可能续列其他项（另起一组、带有自身数量的“丙工程1项：”不算）；以“场”计、在“即”之后逐项重复所计词语的战役（“六场硬仗，即甲的硬仗、乙的硬仗……”）同样计数。一段以①起编、引领语没有数量的列举之后紧接“以上N件实事”，引领语说到所计词语时，该数量复述其项数。计数之后冒号后逐组写出同一量词数量的分组（“实施项目138个：甲类46个，乙类38个，丙类54个”）不是列举的项目，各组之和应等于该数：少于总数时在此报告（多于时见 parts-exceed-whole）；分组名称含“以上”“其中”“新增”等可能相互包含的词、分组以两种标点分隔或按不同维度划分时不检查。数量之后以“其中：”引出的带圈序号项目（“十件民生实事全部完成，其中：①…”）只是所计数的一部分：少于数量不报告，多于数量才报告。两个“、”之间的名称中含“和”时可能是两项（“甲、存款和贷款余额、乙五项”），数量符合任一读法都不报告。连写的层级（“省市县”）只有自上而下、且不在一个词中间时才逐字计为层级（“重组市县两级”“美丽乡村‘四级联创’”不检查）；以“、”分开的层级中连写的部分可能是一级（“市、县区两级”）。说已经完成的数量后面没有冒号时（“承诺的十件实事全部兑现！”），不引出列举。读出的项目不到数量的一半，或（不以“等”收尾时）达到数量的两倍以上，读到的是别的东西（所计事物的分组：“八方面30件民生实事”下的八个标题；只读到列举的一部分；括号中的并列说法：“文明实践中心（所、站）50个”），不报告；用同样的项目读出的概括语也不报告。起草者数错通常只差一两项。以“等”收尾的名称之后是等级或批次的数量时（“等二级公路”“等两批试点企业”），名称只是分属各级、各批的例子，可以多于该数。数量连同其后的词语正是全国通行的提法时（“三大攻坚战”“四个全面”“三重一大”），数目是全国统一的，读出的列举与之不符即是误读，不报告；“N位一体”这类把本地几件事合为一体的说法、只有一个字的提法（“四化”“三通”，报告也常用来指自己的几件事）除外。用“和”连接的两个名称之后是加引号的“三…”时（“甲机制和行政执法‘三项制度’”），两个名称可能说的是这一提法属于谁，只有数量为二时才读作它的两项。同类名称的最后一项内含连接词时（“甲加工、乙加工、丙和丁加工六大板块”），可能是两项。名称从一行开头读起、上一行在句中断开时（按固定宽度排版的文本），前面的名称已丢失，数量多于读到的名称不报告。“三个季度”是时间长度；以介词结尾的名称（“临江至”）不是名称。以党委和政府开头的名称（“省委、省政府”“党中央、国务院”）说的是谁来做，不是所计事物，只列这些机关时（“市委、市政府、市人大、市政协四大班子”）除外；以表示方式的词开头的名称（“高起点、大规模改造……”“有重点、分步骤对……”）不是列举。数量在以“以下”结尾的最后一个分句之前（“实施“六大行动计划”，重点做好以下工作：”）时，只有其后的编号各行都写出所计词语时才计数；含有几个数量的引领语（“瞄准一个目标，实施三个战略，培育八大产业”）之后以破折号开头的段落各对应一个数量，不按最后一个数量计数；回顾中说“实事”完成的句子不引出段落。编号标题在同一行接着写第一段时（“（三）实施‘三大攻坚’。打好甲攻坚战。……”），其下段落少于数量时，这一句算作第一项。后面的名称中含有表示达到等级或名次的动词时（“乙、丙干流达到国家3类水体标准”“在全省排名提升5个位次”“入选”“列入”），数量是等级或名次的，不是列举的数目；“位次”不是所计事物。最后一个名称以其前所说区域的一部分结尾时（“甲镇、丙区西部四村”“……沿高速公路外侧4个园区”），该区域容纳所计事物，不读；只写方位的名称（“东部、西部两个园区”）照读。“等”之前的名称中还含有前一个列举收尾的“等”时（“丙中心等‘三个中心’和丁体系、戊体系”“丙市等都市圈城市建立甲机制、乙机制”），本列举从哪里开始没有标记，不读。数量之后的所计词语简短、不含动词和连词，又以“、”接着列出两项以上或以“等”收尾、分句中再无数量或数值时（“甲、农村文化三项活动、乙站建设、丙共享等”），这一数量只是更长列举中的一项，其前的名称可能与它并列，不读；以“和”连接的两个名称除外。彼此紧挨、各自含“、”的几组引号（“甲、乙”“丙、丁”三个阶段）可能各是一项，也可能是最后一组的词语，不读。引领语中另有一个数量正是编号各项之数（“实施十大工程，再办20件实事。一是……十是”），或引领语由几个数量并列而成、个数与编号项数相同（“三个不快、三个较高……：一是……”）时，编号各项不按最后一个数量计数。以“等”收尾的名称与数量之间还有以“的”结尾的几个修饰词时（“甲、乙、丙等不同类型的6个村”），名称是举例，可以少于该数。最后一个名称含“分别”的（“甲、乙分别获得……”），名称是后文的主语；紧跟“全省”“全国”“全市”的带引号计数（“进入全省“五个一批””）是整体的提法：都不把前面的名称当作所计的项。层级连写前面是“中”（“中省市县四级”）或空格（“市、 县、乡三级”，折行断开）时，层级可能还向前延续，不作判断。\n\n为什么：增删项目后忘了改数字，是起草中最常见的疏漏。\n\n示例：\n    引进重点项目3个：甲项目；乙项目；丙项目；丁项目。   ← 列举 4 项，但写明 3 个",
            "A stated count differs from the items listed for it. Lists are read from the items after `N个：` (split by `；` or `、`), the names before `等N个`/`共N个`, names listed with `、` right before their count (`甲、乙、丙三个园区`, `甲、乙“三大计划”`; verbs, places holding the counted things and counts far from the names are not read, but deeds before a quoted count closing the clause are: `甲、优化乙“两项行动”`, `“三个一批”`), names after their count that each carry the counted noun, after `：`, `即`, `指`, `分别是` or in brackets (`两个高地：甲高地、乙高地`, `3条线路（甲线、乙线、丙线）`, each count with its own bracket: `四个甲（…）、五个乙（…）`; a size class may stand before the noun: `5个千亿级产业集群：甲、乙…`), names in a bracket between the counted noun and a count closing its clause (`建成道路（甲路、乙路、丙路）3条。`), names numbered one by one from ① with a count closing the clause right after them (`①甲中心、②乙中心、③丙中心3个。`), names numbered with digits (`1号线、2号线、3号线3条线路`), names whose count runs on into the things' own sum (`教育、卫生、文化三项事业支出24亿元`), levels of government before `N级` (`省市县乡四级`), `N个方面：一是…二是…`, the (一)(二)… subsections after `N个方面工作`, ①…⑩ after `十大…`, a note whose term holds a count and the items it lists (and a count the note restates after its names: `“七项行动”：指甲、乙……六项行动`), an annex whose title holds a count and its 一、二、… items; also a lead whose count sits in an earlier clause (`着力抓好七方面工作，…`), a count of 实事 over `一是…` run on into the next paragraph, or over lines numbered one after another below it (`办好十件民生实事：` then `1.`…`11.` is one too many, where a count of `方面` may leave out a last part), or over deeds after its colon parted by `、` or `，`, each closed by its own quantity in another measure word (`办成十件民生实事：新建幼儿园3所、改造老旧小区12个…`), a count of `方面` over the unnumbered paragraphs after it that open with the same words (or the same verb: `坚持甲，…`, `坚持乙，…`), a count over the sentences after it in its paragraph that open with the verb right before it and close their first clause with the counted word (`开展“三大行动”。开展甲行动。…`), parts defined one per `；` piece or notes listing one per clause, each ending with what is counted, touching quoted names (`“甲计划”“乙计划”三项计划`), two paired words (`国内国际两个大局`), `N个字` over the characters of quoted words, names before a count followed by a total (`甲、乙4个方面共17项`), and before a count followed by another item or before `，共N个`, read only when the count is their number; short heading sentences after a count and a colon (`目标概括为六个方面：甲显著增强。…`), `；` groups after `即：` shared out among quoted counts in order, and a quoted count whose words every item after it names (`“十大提升工程”` over `（一）深入推进甲提升工程`…), and a count restating the list's length right after it (`上述12件实事`, `做好这三个方面的工作`), or opening the next sentence with `这` after names that close a sentence (`深化了甲、乙和丙改革。这三项改革…`); a quoted count over the quoted names of its kind opening the sentences after it in its paragraph (`“三大工程”。实施“甲工程”…`), short one-sentence headings alone on their lines after a count of `方面` (up to the next part's number), the kinds before a count of `类` closing its clause, levels headed by `中央` (`中央和省两级`), and countries by their one-character short names right before a count of countries or sides (`中英两国`, `英、葡两国`, `中美双方`; a first name that may end the word before it is one the list may hide). A single name holding a join before `等N个` (`甲和乙等5家`) is read as one name or two and never checked. A list closed by `等` may hold fewer items than its count, never more. Only lists whose items can be told apart for sure are checked. A count of 实事 may have words saying the work was done before its colon (`去年三件民生实事全面完成：`), and a heading whose only sentence is the count (`（三）办好三件民生实事。`) is read over the numbered lines below it; lists counted as targets or key points (目标, 重点) may open with verbs, names closed by one shared verb (`甲区建设、乙城建设…四大主战场`) are deeds, and a date after the counted things (`6月底前`) is no other quantity. After a lead (`做了以下六个方面的工作：`), paragraphs each opening with a short head sentence confirm the count when they are as many (confirm only); 栋 and 块 are measures; a rank or size between 等 and the noun (`等500强企业38家`, `等十亿元以上项目77个`) belongs to the noun; names after 即 may hold a 的 (not the last one). A count of one naming its one thing after a colon, after 即 or in a bracket closing the counted words (`电力工程1项：甲变电站建设。`, `抓住一条主线（甲）`) is read as one (confirm only), and a count of two to nine naming one thing after a colon or `，即` (`做强2个主导产业，即甲产业。`) as one listed, unless the next piece may name more (one opening a group of its own, `丙工程1项：`, does not); campaigns counted with 场 and named after 即, each repeating what is counted (`六场硬仗，即甲的硬仗、乙的硬仗…`), are counted too. A circled run from ① whose lead states no count, followed right after by `以上N件实事`, is counted by that count when the lead names what it counts. Groups after a count's colon, each a name and a count in the count's measure word (`实施项目138个：甲类46个，乙类38个，丙类54个`), are no items of a list: they add up to the count, and groups short of it are reported here (more than it is parts-exceed-whole); groups named with words that may nest (以上, 其中, 新增 …), parted by two kinds of break or set apart along different lines are not read. Circled items after a lead closing with `其中：` (`十件民生实事全部完成，其中：①…`) are some of those counted: fewer are not reported, more are. A `和` inside a name between two `、` may join two names (`甲、存款和贷款余额、乙五项`): a count that fits either reading is not reported. Levels run together are read one character each only from the top down and outside a word (`重组市县两级`, `美丽乡村“四级联创”` are not read); among levels parted by `、`, a run may name one tier (`市、县区两级`). A count of things said done, with no colon after it (`承诺的十件实事全部兑现！`), leads no list. A list read with fewer than half its count's items, or, not closed by `等`, with twice as many or more, is a reading of something else (groups of the things counted: eight headings under `八方面30件民生实事`; part of a list; alternatives in a bracket: `文明实践中心（所、站）50个`) and is not reported, nor is a slogan read with the same items: drafters miscount by one or two. Names closed by `等` before a count of grades or batches (`等二级公路`, `等两批试点企业`) are examples sorted into them, and may outnumber it. A count that with the words after it spells a slogan the whole country knows (`三大攻坚战`, `四个全面`, `三重一大`) is the nation's: a list read against it that disagrees is misread and not reported; a set joined into one (`五位一体`) or a slogan of one word (`四化`, `三通`), which any report may use for things of its own, is read as ever. Two names joined by `和` before a quoted count of three (`甲机制和行政执法“三项制度”`) may say whose the slogan is: they are read as its parts only for a count of two. A join in the last of names of one kind may hide a name (`甲加工、乙加工、丙和丁加工六大板块`). Names opening a line that a break cut mid-sentence (a print wrapped at a fixed width) may be more than read: a count above them is not reported. Quarters (`三个季度`) are a span of time, and a name closed by a preposition (`临江至`) is no name. Names opening with the party committee and the government (`省委、省政府`, `党中央、国务院`) name who acts, not the things counted, unless the bodies alone are listed (`市委、市政府、市人大、市政协四大班子`); names opening with words of manner (`高起点、大规模改造…`, `有重点、分步骤对…`) are not the list. A count in the clause before a last clause of `以下` (`实施“六大行动计划”，重点做好以下工作：`) counts the numbered lines after it only when each names what it counts; a lead of several counts (`“瞄准一个目标，实施三个战略，培育八大产业”`) is not read over the dashed paragraphs after it (one for each), and a count of 实事 in a review's sentence heads no paragraphs. A numbered heading that runs on into its first paragraph (`（三）实施“三大攻坚”。打好甲攻坚战。…`) has that sentence as its first item, when the paragraphs below are fewer than the count. A verb of standing inside a later name (`乙、丙干流达到国家3类水体标准`, `在全省排名提升5个位次`, 入选, 列入) makes the numeral a grade's or a rank's, not the names' number, and places in a rank (位次) are no things counted. A last name closing with a part of the area named before it (`甲镇、丙区西部四村`, `…沿高速公路外侧4个园区`) holds the counted things and is not read; parts named bare (`东部、西部两个园区`) are. Names before `等` that still hold an earlier list's closing `等` (`丙中心等“三个中心”和丁体系、戊体系`, `丙市等都市圈城市建立甲机制、乙机制`) are not read: no mark tells where this list starts. A count whose counted words, short and with no verb or join, go on with `、` into two more items or a `等`, with no count or figure after them in the clause (`甲、农村文化三项活动、乙站建设、丙共享等`), is one item of a longer list, and the names before it may be its fellows: not read (two names joined by `和` excepted). Quotes touching quotes, each holding a `、` (`“甲、乙”“丙、丁”三个阶段`), may be one item each or the last quote's words: not read. Numbered items are not read against a lead's last count when another count of the lead is their number (`实施十大工程，再办20件实事。一是…十是`), or when the lead is a row of as many counts as there are items (`三个不快、三个较高…：一是…`). Names closed by `等` with a few words closing in `的` between them and the count (`甲、乙、丙等不同类型的6个村`) are examples, and may be fewer than it. Names whose last holds `分别` (`甲、乙分别获得…`) are the subjects of what follows, and a quoted count right after `全省`, `全国` or `全市` (`进入全省“五个一批”`) names the whole's programme: neither counts the names before it. A run of levels after `中` (`中省市县四级`) or after a space (`市、 县、乡三级`, broken over a line) may go on before it and is not judged.\n\nWhy: an item added or dropped without changing the number is the commonest slip in a draft.\n\nExample:\n    引进重点项目3个：甲项目；乙项目；丙项目；丁项目。   <- 4 items listed, the count says 3",
        ),
        Code::SloganCount => (
            "数字概括语的注释没有列出其数字所指的项目。每个项目按词尾（赣服通→通）或词首（减环节→减）归入概括语中的一个字；有项目无法归属时不检查。各项都以所计的字开头时，项目间的逗号可能是顿号之误（“优先A、优先B，优先C和优先D”）：这样读能相符即不报。紧挨在带引号的“、”列举之后的不带引号概括语（“清扫、洒水、冲洗、除雪”四位一体）按该列举计数；“等”收尾的名称之后的多部分概括语（“某某城、甲园区……等“一城四区””）逐部分计数，名称少于所计时可能只是举例，不报。没有注释或列举解释的带引号概括语，由其后的一串开头读出：概括语在标题中时，其下各段以含所计之字的短标题开头，直到下一标题；或本段其后各句以所计之字开头（只作确认）。一个部分的字包含在另一部分的词中时（“五比五不比”中“比”在“不比”里：比甲不比乙，比丙不比丁……），分开来读，每项各计一个；列举末项中带引号的列举（甲机制、乙工作“双交办、双考核”机制）算一个名称；由“一”组成的代码（“1+N”）由其标明的那一项确认（“1”即甲意见），不据此报错。注释各分句均写作“以X为Y”、Y指明一个部分时（“以甲为主体，以乙、丙为两翼”；数为一的部分可只写其字：“主体”对应“一主”），按各分句的X为该部分计数。没有任何解释、只用了一次的概括语，若与本报告解释的某个概括语只差一个数字（此处“三个维护”，注释解释的是“两个维护”），也按此规则提示，并提供改为所解释数字的快速修复；条件是二者所指明确：被解释的概括语在正文中从未使用（注释的词条就是这里写错的），或二者在正文中前三个字或后三个字相同（坚决做到“两个维护”……坚决做到“三个维护”）；注释词条把概括语放在引号中、前后另有词语时（“四上”企业），也按引号中的概括语比较。一组事项报告哪里都没有解释、却多处写作同一种大小的（两处“三个示范区”），只写了一次、数字只差一的另一种大小（“四个示范区”）也按笔误提示；数字相差更远的（“五型”与“十型”）或除量词外只有一个字的（“三保”与“四保”）是另一组事项，不提示。只差数字的候选不止一个、概括语用了不止一次、为众所周知的全国性提法、或除量词外只是“行动”“工程”“任务”等任何计划都可以用的名称（“八大行动”与“七大行动”可以并存）时，不提示。读出的项目不到数字的一半或达到两倍以上时，读到的是别的东西（注释被截断、所计事物的分组、只读到部分段落），不报告；数字编码的部分（“1+6+13+16”中的“13”）按注释写出的数字比较，漏写一位也是笔误，照常报告。计字数的概括语（“八字方针”）由每个二至四字的词合成字数时相符（巩固、增强、提升、畅通）。概括语之后以结果或目标开头的分句（“，成功创建……”“，力争……”）列出的是已取得或今年争取的部分，只用来印证，不用来否定。概括语前以“与”开头的名称（“实现与甲规划、乙规划‘三规合一’”）是与前文所说的一项相合的其他几项；引号若在列举中某个名称的内部（“甲规划、‘十二五’乙规划……”），不把引号当作列举的开头：同位的名称从分句开头读起（“甲城、‘双碳’示范城、乙城‘三城联动’”），各部分的列举则不读。引号后只跟一个字时（“‘四下’变‘四上’”），引号内是另一个概括语。数字所计的字本身是动作时（“三改联动”），前面不含这个字的名称是动作发生的地方或所属，只在数目相同时读取。概括语收束一句、其后各句各以所计词语结尾时，只有各句收束方式相同才算它的各项：一个短句之后接以“；”分隔的几段（“深化‘三项改革’。推进甲改革。稳步推进乙改革，……；……”），是一项的标题和它的细节。两项的部分只读到一项、这一项是一个动作带两个以“和”相连的对象时（“拆除违建和围墙”之于“两拆”，“争取‘甲’和‘乙’”之于“两争”），可以算一项，也可以算两项，不报告；多于两项的部分中，其他各项各算一项，照常计数。以所计词语结尾的较长名称，最后一项用“和”“及”连着另一类名称时（“甲试点、乙试点和丙试验区”之于“三大试点”），那个名称也可计入。概括语前的同类名称（词尾相同）少于数字、而同一句前面另有一个以同样词尾结束的名称时（“以创建甲城市为引领，开展乙城市、丙城市、丁城市‘四城联创’”），概括语可能也算上那一个，不报告。“N位一体”“N个全覆盖”“N大产业基地”和医院等级（“三甲”“二甲”）是任何一组事物都可用的名称，同一报告中数字不同不算写错。每个数字后紧接“年”“月”“天”“日”“周”的提法（“五年基本达标”）说的是时间长短，不计项目。同一句里写了两个数目的提法（“义务教育“两免一补”、中职学校“三免一补””）是两组，不按写错读。\n\n为什么：概括语改了数字或注释漏了一项，代表们会当场数出来。紧跟在带引号概括语所在句之后、以“即”开头的句子（“实施‘三大工程’。即A、B、C。”）也是它的解释（“即将”“即使”不算）。\n\n示例：\n    1.四减一优化：减环节、减材料、减时限、优化审批机制。   ← 四个“减”只列出 3 个",
            "A numeric slogan's note does not list what its numerals count. Each item is assigned to one word of the slogan by its ending (赣服通 -> 通) or its beginning (减环节 -> 减); when an item fits none or several, the note is not checked. A comma among items that each open with the counted word (`优先A、优先B，优先C和优先D`) may stand for a `、`: the note holds when so read. An unquoted slogan right after a quoted `、` list of its things (`“清扫、洒水、冲洗、除雪”四位一体`) is counted over that list; names closed by `等` before a slogan of several parts (`某某城、甲园区…等“一城四区”`) are counted part by part, and fewer names than counted may be examples, so they are not reported. A quoted slogan no note or list defines is read from the run of openings after it: under a heading holding it, the paragraphs each opening with a short title that holds the counted word, up to the next heading; or the sentences of its own paragraph opening with the word (confirm only). A part's word held inside another part's (比 in `五比五不比` over `比甲不比乙，比丙不比丁…`) is read apart, each item one of each; a quoted list inside a list's last item (`甲机制、乙工作“双交办、双考核”机制`) is one name; a code of ones (`1+N`) is confirmed by its labelled one thing (`“1”即甲意见`), never refuted. A note whose clauses each say `以X为Y`, Y naming one part (`以甲为主体，以乙、丙为两翼`; a part of one may be named by its word: 主体 for 一主), counts each part over its own X. A slogan used once that nothing explains, one numeral away from a slogan this report explains (“三个维护” where a note explains 两个维护), is told too, with a quick fix to the explained numeral, when the two are plainly one: the explained slogan is never used in the body (its note's term is the one misspelled here), or both are used in the same words, the three characters before or after (坚决做到“两个维护” … 坚决做到“三个维护”); a note's term quoting its slogan among other words (`“四上”企业`) is compared by the quoted slogan too. A set explained nowhere but written in one size at several places (“三个示范区” twice) makes a size written once with a numeral one off (“四个示范区”) a slip too; sizes further apart (五型 and 十型), or words of one character besides the measure word (三保 and 四保), are sets of their own, and are not told. Not when more than one explained slogan is one numeral away, when the slogan is used more than once, when it is a well-known national slogan, or when, measure words aside, its name is one any programme may carry (行动, 工程, 任务, …: “八大行动” and “七大行动” may both stand). Items fewer than half the numeral, or twice as many or more, are a reading of something else (a note cut short, the groups of what is counted, some of the paragraphs) and are not reported; a code's part (`13` of `1+6+13+16`) is compared with the number its note prints, where a dropped digit is a slip, and is reported still. A slogan counting characters (`八字方针`) holds over words of two to four characters each that make up its number (`巩固、增强、提升、畅通`). A clause after a slogan opening with what came of it or what is aimed at (`，成功创建…`, `，力争…`) names the parts won or in reach: it confirms, never refutes. Names after `与` before a slogan (`实现与甲规划、乙规划“三规合一”`) are what one named earlier joins with; a quote inside a name of the list (`甲规划、“十二五”乙规划…`) does not start the list: names in apposition are read from the clause's start (`甲城、“双碳”示范城、乙城“三城联动”`), a list of parts is not read. A quote closed by one character (`“四下”变“四上”`) is a slogan of its own. A numeral whose counted character is a deed (`三改联动`) counts deeds: names before it that do not carry it are where they are done or whose they are, read only when as many. Sentences after a slogan that closes its own, each closing with its counted word, are its items only when they close alike: a short sentence then `；` parts (`深化“三项改革”。推进甲改革。稳步推进乙改革，…；…`) are a head and its detail. A part of two that finds one item, one deed over two things joined by 和 (`拆除违建和围墙` for the 拆 of `两拆`, `争取“甲”和“乙”`), may count it once or twice and is not reported; a part of more counts its other deeds one each, as ever. Long names ending with the counted word, the last joined by 和 or 及 to a name of another kind (`甲试点、乙试点和丙试验区` for `三大试点`), may count that name too. Names of one kind (ending alike) before a slogan, fewer than its numeral, with another name ending so earlier in the sentence (`以创建甲城市为引领，开展乙城市、丙城市、丁城市“四城联创”`), may leave that one out, and are not reported. Names any set may take (`N位一体`, `N个全覆盖`, `N大产业基地`) and hospital grades (`三甲`, `二甲`) may come in several sizes in one report: no slip. A slogan whose every numeral is followed by a unit of time (`五年基本达标`) spans a time and counts no items. Two sizes of a slogan written in one sentence (`义务教育“两免一补”、中职学校“三免一补”`) are two sets, not a slip.\n\nWhy: deputies count a slogan's items; a changed numeral or a dropped item shows at once. A sentence opening with `即` right after the sentence a quoted slogan closes (`实施“三大工程”。即A、B、C。`) spells it out too (`即将`, `即使` do not).\n\nExample:\n    1.四减一优化：减环节、减材料、减时限、优化审批机制。   <- four 减 promised, three listed",
        ),
        Code::PartExceedsWhole => (
            "“其中”之后的部分大于其总数（总数是“其中”前最后一个同单位的数值）。按区间比较：8.3亿元代表 [8.25, 8.35] 亿元，“近”“超”“余”等也计入区间，但“突破500万千瓦”这类下限按不到其两倍计，几个对象各自超过的金额下限（“5个县财政收入超过20亿元”“均达5万元以上”）不作总数；增减量、平均数、人均数不作总数。总数后括号内的分项（“90个（工业项目40个，民生项目50个）”）和“分别是：”后的分项同样检查；“其中”另起一句或一段时，总数在前一句中找；“在120个行政村中，86个村……”这类“N个X中M个”也按部分与总数检查。计数的总数之后带进展的同单位数量（“18项实事，5项基本完成，11项如期启动”）各是其一部分；部分之间的括号（“（其中……）”）细分的是括号前的那一项，而不是总数。前面的部分不超过总数时，其后超过总数十倍的数值视为另一主语（“教职工6500人，其中专任教师5800人，在校生8.6万人”），部分到此为止；总数为开工、签约等阶段的项目时，其后非紧接“其中”的竣工、建成等部分（“新开工项目58个，其中亿元以上项目26个；竣工项目61个”）也是另一主语。紧接在总收入之后的某类收入（“财政总收入50亿元，一般公共预算收入30亿元”）是总收入的一部分。没有“其中”时，也读出以下部分：紧接总数的“首批”“首期”（“改造小区46个，首批17个”），“（含新增…）”括号中的数量，同类事物中门槛较高的一档（“5000万元以上项目170个，亿元以上项目110个”），今年完成的与“累计达到”的总数，当年净增、新增的与所达到的总量（“企业达到512家，净增46家”，“净增19家，达到97家”），不会为负的存量与其比某一时点的增加额（“存款余额达到356亿元，比上年末增加41亿元”，其间可隔一个对早先水平的倍数：“是上年末的1.5倍”），所计项目的总投资与其完成投资，全市（市域）与中心城区的同一指标，市场主体与其中的企业、个体工商户户数，做完一部分后剩余的部分（“剩余9项”），建成数中的竣工数（“建设…N套，竣工M套”），签约、立案等之后下一分句中进入后一阶段的数（“签约项目72个，落地建设51个”，中间隔着这些项目自身的金额亦然：“签约额88亿元”；落地、移交、到账直接读，开工、投产等须有“已”，因为一年中各阶段的数也常并列而写），清理结果（“清理…N件，废止A件”），同句贸易总额中的出口额，前文所说时期中某项工作的总量与今年的量（“‘十一五’期间，关停X，今年要关停Y”），以及以“共”说出的总数中的各类（“共设置46项指标，20项约束性指标…”）。以两种单位同时计数的总数（“301户611人，其中173户349人”）两种都读。“其中”之后的分项跨过“；”续写时，每一种单位都与其总数比较（“其中甲类项目30个，完成投资120亿元；乙类项目20个，完成投资390亿元”）。“N个行政村中，……的村有M个”中的档次以所计事物为总数；“新增规上企业N家，规上企业总数达到M家”中新增者是总数的一部分。年度目标回顾（“年初确定的12项目标，完成10项……2项未完成”，“14项指标中，12项完成……”）中，完成、未完成及其他评定的项数各是所定目标的一部分，完成与未完成之和不超过目标总数。做完一部分后的“其余N项”（“完成17项，其余3项”，“10件实事中，9件已完成，剩余1件”）与做完的部分相加，之和不能超过总数。只在部分可能超过总数时：逗号后名称（至少五个字）与总数及前面各部分的名称没有相同的两个字时，视为另一主语（“取得科技成果35项，其中省级12项，获专利授权62项”），部分到此为止；以另一种指标命名的部分（“实现工业增加值50亿元，其中……总产值100亿元”，产值下的投资、利税下的销售收入）也到此为止。不按人计的以元计的标准（“低保标准……每月220元”）没有部分：某类人员的标准可以高于它。总数所在分句自己说了做成什么（“30个农产品获得认定，233个获得认证”）、以“、”“和”连接的名称、或在引号之中时，其后带进展的计数是另一组，不是其一部分。以下读法不唯一，不提示：数字被空格、“. ”或无法转换的字形拆断（“145. 8亿元”）；后一部分自带“其中”细分（它是与总数并列的另一总数）；部分的名称与同句更早的某个同单位、不小于它的数值更相近（“新开工9万套，新竣工3万套，其中城区新开工5万套”）；“其中”后先出现另一量词的计数（“15家开发区……，其中11个产业园新投产企业91家”）；“分别”前列出的几种指标中有与总数不同的（“工业总产值和增加值分别达……”）；以门槛命名的一类（“超1000万元的乡镇”）；总数名为增量（“年增长首次突破100亿元”），或是日均等平均数而部分是累计数；紧接的计数前的词语以“和”“及”“与”接续另一项或带“了”；建设任务的目标数（“50个村卫生室建设已完成54个”“900座基站建设任务完成940座”），完成的可超过它；以数值为界的一类之后再次提到的事物（“10亿元以上项目34个，39个项目列入……”）；本身在“其中”之后的计数不作后文逐类复述的总数。两档门槛的计数，低门槛在前时才按嵌套读（“8个县过百亿元、5个县超200亿元”）；从高到低写的是分档（“6个超100亿元、4个超50亿元”），以“新增”计的也不嵌套。只跟一个直接列出的部分之后，另有“达到”“突破”等动词的分句（“其中困难人员4000人，养老保险扩面达到13.7万人”），以及“其中”本句先说一个比率（“其中…比例达到25.8%”）时，后面的分句不是部分。总数是目标人数（“5万人饮水安全问题已解决5.74万人”）、总数分句写了自己的作为（“进行了…搬迁”）、“面积增加到522平方公里，累计增加100平方公里”中提高后的水平，都不按部分与总数读。企业的营业收入（“主营业务收入”“销售收入”）不是财政总收入的一类；按规模划分的类（“等294个亿元以上项目”）与不按规模划分的总数（“省重点项目101个”）交叉，不是其中一类。部分的指标与总数所计的流量不同（支出、投资、产值不是财政收入的部分：“财政总收入…，其中地方财政收入…，一般预算支出…”）时，部分到它之前为止。“中”开头的词（“中心”“中小学”）不是“……中”；以“和”“及”“与”连接另一项的词（“甲1家和乙中心13家”）是并列的另一项。并列的几个计数之后的进展（“甲项目27个、乙项目16个，已落地24个”）可能是它们合起来的一部分；人数之后写了自己的作为（“解决温饱”）的，下一个计数是另一件事；清理中总数本身已是一种处理结果（“清理取消28项，下放43项”）的，后面的处理结果与它并列：这些都不按部分与总数读。\n\n为什么：部分大于总数必有一处数字写错。\n\n示例：\n    落实减税降费8.3亿元，其中缓税9.1亿元。   ← 其中部分 9.1亿元 大于总数 8.3亿元",
            "A part after `其中` is larger than its whole (the last figure of the same unit before `其中`). Values are intervals: 8.3亿元 stands for [8.25, 8.35]亿元, and 近/超/余 widen them, but a floor (`突破500万千瓦`) is taken as less than twice its number, and a floor of an amount that each of several things passes (`5个县财政收入超过20亿元`, `均达5万元以上`) is no whole at all; changes, averages and per-head figures are never wholes, nor is a level restated on another basis (`扣除一次性因素后为11.8亿元`). A whole broken down in brackets (`90个（工业项目40个，民生项目50个）`) or after `分别是：` is read the same way, and so are a `其中` opening a sentence or paragraph (the whole is found in the sentence before) and a count among a count (`在120个行政村中，86个村…`). Counts of the same unit with a status after a counted whole (`18项实事，5项基本完成，11项如期启动`) are each a part of it; a bracket among the parts (`（其中…）`) breaks down the part before it, not the whole. After a part that holds, a figure over ten times the whole opens another subject (`教职工6500人，其中专任教师5800人，在校生8.6万人`) and ends the parts; so does a later part of works finished after a whole of works begun (`新开工项目58个，其中亿元以上项目26个；竣工项目61个`), which were begun then or before. An income of a kind right after a total income (`财政总收入50亿元，一般公共预算收入30亿元`) is a part of it. With no `其中`, these are read as parts too: a first batch (`首批`, `首期`) right after its whole (`改造小区46个，首批17个`), the count in a `（含新增…）` bracket, the class over a higher bound among the same things (`5000万元以上项目170个，亿元以上项目110个`), this year's against the total to date (`累计达到`) or the stock reached (`企业达到512家，净增46家`, `净增19家，达到97家`), a stock that cannot be below nothing against its rise since an earlier time (`存款余额达到356亿元，比上年末增加41亿元`, also with its multiple of an earlier level between: `是上年末的1.5倍`), the investment done against the total investment of the projects counted, the central city's measure against the whole city's, enterprises or individual businesses against the market entities, the rest after those done (`剩余9项`), those finished among those built (`建设…N套，竣工M套`), those at a later stage (落地, 移交, 到账; 开工, 投产 only after 已, since a year's stages are also listed side by side) among those taken up in the clause before (`签约项目72个，落地建设51个`, also past their own money: `签约额88亿元`), the outcomes of a review (`清理…N件，废止A件`), exports against the trade total of their sentence, and this year's amount of a verb against that verb's total over a period named before it (`“十一五”期间，关停X，今年要关停Y`), and the kinds of a total said with `共` (`共设置46项指标，20项约束性指标…`). A whole counted in two measures (`301户611人，其中173户349人`) is read in both. A breakdown after `其中` running on past `；` is compared with its whole in each of its measures (`其中甲类项目30个，完成投资120亿元；乙类项目20个，完成投资390亿元`). A class among a count naming the counted things again (`40个行政村中，收入超过10万元的村有45个`) is a part of it, and so are things added within a total naming them again (`新增规上企业120家，规上企业总数达到110家`). In a review of the year's targets (`年初确定的12项目标，完成10项…2项未完成`, `14项指标中，12项完成…`), the counts met, missed or otherwise judged are each a part of the targets set, and those met and those missed add up to at most all of them. The rest after those done (`完成17项，其余3项`, `10件实事中，9件已完成，剩余1件`) is added to them, and the sum may not pass the whole. Only where a part could exceed, the parts end before a clause after a comma whose name (five characters at least) shares nothing with the whole's or the parts' names (`取得科技成果35项，其中省级12项，获专利授权62项`), and before a part named by another measure (`实现工业增加值50亿元，其中…总产值100亿元`; 投资 under 产值, 销售收入 under 利税). A standard in yuan not per head (`低保标准…每月220元`) has no parts: a class's own standard may stand above it. A bare count in a status after a whole whose clause states a deed of its own (`30个农产品获得认定，233个获得认证`), after a `、` or `和` joining names, or inside a quote, is another group, not a part. These readings are not unique and are not told: a number torn by a space, a point and a space, or a glyph that did not convert (`145. 8亿元`); a later part broken down by a `其中` of its own (a total beside the whole); a part named more like an earlier figure of its sentence, of its unit and not below it, than like the whole (`新开工9万套，新竣工3万套，其中城区新开工5万套`); a count of another unit first after `其中` (`15家开发区…，其中11个产业园新投产企业91家`); measures listed before `分别` of which one is not the whole's (`工业总产值和增加值分别达…`); a bound naming a class (`超1000万元的乡镇`); a whole named as an increase (`年增长首次突破100亿元`), or an average per day against a running total; a count right after words joining another item (和, 及, 与) or holding 了; a building task's target (`50个村卫生室建设已完成54个`, `900座基站建设任务完成940座`), which work done may pass; things named again after a class bounded by a figure (`10亿元以上项目34个，39个项目列入…`); a count itself after `其中` taken as the total that later classes restate. Counts over two bounds nest only with the lower bound first (`8个县过百亿元、5个县超200亿元`); from the higher bound down they are bands (`6个超100亿元、4个超50亿元`), and things newly over a bound (新增) do not nest either. After one part named bare, a clause reaching a level with a verb of its own (`其中困难人员4000人，养老保险扩面达到13.7万人`) is no part; nor are later clauses when the clause of `其中` states a rate (`其中…比例达到25.8%`). A whole that counts people with a problem to solve (a target, which may be passed: `5万人饮水安全问题已解决5.74万人`), a whole whose clause did something of its own (`进行了…搬迁`), and a level raised to (`面积增加到522平方公里，累计增加100平方公里`) are not read as part and whole. A business's income (`主营业务收入`, `销售收入`) is no kind of a fiscal total, and a class bounded by a size (`等294个亿元以上项目`) cuts across a total not so bounded (`省重点项目101个`): neither is read as a part. A part whose indicator measures another flow than the whole's (spending, investment or output after a revenue: `财政总收入…，其中地方财政收入…，一般预算支出…`) ends the parts. A `中` opening a word (`中心`, `中小学`) is no \"among\", and words joining another item (`甲1家和乙中心13家`) name a sibling. A stage reached after counts listed side by side (`甲项目27个、乙项目16个，已落地24个`) may count some of them all; a count of people whose clause did something of its own (`解决温饱`) is followed by another deed's count; and a review whose whole is already an outcome (`清理取消28项，下放43项`) lists outcomes side by side: none of these is read as part and whole.\n\nWhy: a part larger than its whole means one of the figures is wrong.\n\nExample:\n    落实减税降费8.3亿元，其中缓税9.1亿元。   <- the part 9.1亿元 exceeds the whole 8.3亿元",
        ),
        Code::PartsExceedWhole => (
            "“其中”之后同单位各部分的最小可能之和仍大于总数。没有“其中”而文字已把总数分开时同样相加：地区生产总值之后依次列出的三次产业增加值（三者即全部经济），“分别”之后的数值紧接“，合计Z”，总数之后“，分X看：”逐类列出的数值（“共70件，分乡镇看：甲镇9件，乙镇8件……”），计数之后冒号后逐组列出的同量词数量（“学校9所：小学4所、初中2所、幼儿园3所”），以及金额冒号后各带金额的类别（“投资120亿元：甲类60亿元，乙类40亿元”）。复合单位的总数按其各单一单位的部分相加（“186万头只，其中大畜28.6万头、小畜157.4万只”）；各部分自带“其中”细分、下一部分位于下一个“；”分句之首时（“其中甲产业X亿元，其中…；乙产业Y亿元，其中…；丙产业Z亿元”），也把各分句开头的部分相加。部分之间出现“含”“包括”“已有”或“由……提高到……”时不相加（可能是嵌套或同一项的前后数值）；以数值为界的档次（“50亿元以上项目56个、20亿元以上项目135个”；以文字为界的档次不论列在第几个亦然：“亿元以上项目26个；竣工项目41个”“新开工项目2461个，亿元以上项目153个”）、按进展区分的数量（“5项基本完成，11项如期启动”）和各部分之后以裸数开头、带有自身数值的分句（“其中脱贫村86个，150个村集体收入超过10万元”）可能相互包含，也不相加；按不同维度划分的部分（“其中女性138人、少数民族126人”“省外项目62个、制造业项目48个”）、按困难划分的人群、按所涉事项划分的事物（“涉企”“涉农”）以及同一企业可兼有的称号（“高新技术企业”“科技型中小企业”“专精特新企业”）可能重叠，同样不相加。各部分带两种度量（“其中甲类项目N个、完成投资X亿元，乙类项目M个、完成投资Y亿元”）时，个数与个数相加，同名的金额与金额相加；各部分已合成总数后，“；”后的分句是另一个总数，不是又一部分。外贸进出口总额之后的出口与紧接其后、在下一分句开头写出的进口（其间可有各自的增速：“其中出口X亿元，增长a%；进口Y亿元”）相加即为总额。另一计量的部分（饲养量之下的“出栏”）、在另一口径下重述的总数（先列一个其他名称的部分后，又出现与总数同名的数值）到此为止；按名次分的部分（“其中11项居前三、4项第一”）互相包含，不相加。\n\n示例：\n    落实减税降费8.3亿元，其中缓税5.7亿元，减免4亿元。   ← 5.7亿元 + 4亿元 大于 8.3亿元",
            "The parts of the same unit after `其中` add up to more than the whole, even at their smallest. Parts with no `其中` are added up too where the text divides the whole otherwise: the three industries' value added printed in turn after the economy's output (the three are the whole economy), values after `分别` followed right away by `，合计Z`, and classes after `，分X看：` each named with its level (`共70件，分乡镇看：甲镇9件，乙镇8件…`), and groups after a count's colon each with a count in its measure word (`学校9所：小学4所、初中2所、幼儿园3所`), or after a sum of money's colon each with an amount (`投资120亿元：甲类60亿元，乙类40亿元`). Parts in the single measures of a compound one (`186万头只，其中大畜28.6万头、小畜157.4万只`) are added too, and so are parts each broken down by a `其中` of their own, the next part opening the next `；` piece (`其中甲产业X亿元，其中…；乙产业Y亿元，其中…；丙产业Z亿元`). Parts with 含, 包括, 已有 or 由…提高到… between them are not added (they may nest, or be one item's old and new value), nor are classes bounded by a figure (`50亿元以上项目56个、20亿元以上项目135个`; a class bounded in words, wherever listed, `亿元以上项目26个；竣工项目41个`, `新开工项目2461个，亿元以上项目153个`, nor is it added to the others) counts told apart by their status (`5项基本完成，11项如期启动`), a bare count opening its clause after the parts with a figure of its own (`其中脱贫村86个，150个村集体收入超过10万元`), or parts set apart along different lines (`其中女性138人、少数民族126人`, `省外项目62个、制造业项目48个`, `工业项目26个、竣工项目41个`), groups of people by their plight or things by what they concern (`涉企`, `涉农`), or titles one firm may hold together (`高新技术企业`, `科技型中小企业`, `专精特新企业`), which may overlap. Once the parts make up the whole, a clause named unlike them measures something else (`耕地8.6万亩，其中水田5.2万亩、旱地3.4万亩，粮食播种面积12.1万亩`). Parts given in two measures (`其中甲类项目N个、完成投资X亿元，乙类项目M个、完成投资Y亿元`) are added count to count and, under one name, amount to amount; once the parts make up the whole, a clause after `；` is another total, not one more part. Exports after a trade total and the imports opening the clause right after them (each may carry its rate: `其中出口X亿元，增长a%；进口Y亿元`) are added too: together they are the total. A part of another measure (`出栏` under a whole of `饲养量`) and the whole restated on another basis (a value named as the whole after a part named otherwise) end the parts; parts by rank (`其中11项居前三、4项第一`) nest and are not added up.\n\nExample:\n    落实减税降费8.3亿元，其中缓税5.7亿元，减免4亿元。   <- 5.7 + 4 > 8.3",
        ),
        Code::ShareMismatch => (
            "“其中”之后（或在总数本身的分句中：“小区800个已成立业委会520个、占比65%”）第一个部分紧接“，占比”（或直接跟百分数的“，占”）和百分数（“一般公共预算收入50亿元，其中税收收入40亿元，占比80%”），以及其后各自带占比的部分（“其中企业2.1万户，占比25.6%；个体户5.9万户，占比72%”，遇到没有占比的部分即止），该占比应等于部分除以总数，允许两数末位四舍五入的误差（逐个计数的整数如“7家”“9所”按准确值计）。部分与总数须是没有“约”“余”等限定、不是增减量的数值，占比须是没有“超过”“近”等限定的百分数；同一部分读出两个总数时不检查。以总数的词语写出的占比（“，占一般公共预算收入的84.3%”，这些词语须在总数的分句中出现）和重述部分名称的占比（“，护理型床位占比63.8%”）同样检查。没有“其中”时，“，占某某的N%”（或“占某某比重N%”）中的总数名称若在同一段落、该部分之前只作为一个数值的名称出现一次（不计“占”之后的名称，名称后只接“为”“达到”“完成”等词和单位相同的数值），按该数值检查；出现两次或写成“由A增加到B”时不检查。“税收收入X亿元，占比N%”按同段之前唯一的一般公共预算收入检查；城镇化率按同段之前各出现一次的常住人口与城镇人口检查。部分与占比之间的半角逗号和空格（“198.6 亿元,占 80.5 %”）与全角逗号同读。城乡居民收入比（“城乡居民收入比为1.76”“由2.30缩小到2.09”取末一个值）应等于同段之前各出现一次的城镇居民与农村居民人均可支配收入之比（两者也可在“分别”之后依次写出；“由A增加到B”取B），允许末位四舍五入的误差；数值后可紧接半角句号（“为2.06.”）。“分别从A、B增加到C、D”中“从”之后的A、B是往年水平，不当作今年的城镇、农村居民收入。\n\n示例：\n    新建学校8所，其中九年一贯制学校2所，占比40%。   ← 2/8 为 25%",
            "A share right after `，占比` (or a bare `，占` right before the percent) and the first part of a whole (after `其中`, or in the whole's own clause: `小区800个已成立业委会520个、占比65%`) (`一般公共预算收入50亿元，其中税收收入40亿元，占比80%`), and after each later part with a share of its own (`其中企业2.1万户，占比25.6%；个体户5.9万户，占比72%`, up to a part with none), must be the part over the whole, within the rounding of both figures' last digits (whole numbers of things counted one by one, `7家`, `9所`, are exact). The part and the whole must be plain levels (no 约, 余, no change) and the share a plain percent (no 超过, 近); a part read with two wholes is not checked. A share written with the whole's words (`，占一般公共预算收入的84.3%`, words named in the whole's own clause) or with the part's words again (`，护理型床位占比63.8%`) is checked the same way. With no `其中`, a share `，占W的N%` (or `占W比重N%`) is checked against the level printed after the whole's name W when W stands once in the paragraph before the part as a level's name (a name after `占` is not one; only link words such as 为, 达到, 完成 between it and a level of the part's unit); twice, or as `由A增加到B`, it is not read. Tax revenue with a bare share (`税收收入X亿元，占比N%`) is read against the one 一般公共预算收入 before it in the paragraph, and the urbanisation rate (城镇化率) against the resident (常住人口) and urban (城镇人口) populations printed once each before it in the paragraph. A half-width comma and spaces between a part and its share (`198.6 亿元,占 80.5 %`) read as a full-width comma. The town-to-country income ratio (`城乡居民收入比为1.76`; of `由2.30缩小到2.09` the last value) must be the town's per-head disposable income over the country's, each printed once before it in the paragraph (or the two in turn after `分别`; of `由A增加到B`, B), within the rounding of its last digit (a half-width full stop may close the value: `为2.06.`). In `分别从A、B增加到C、D`, the levels after `从` are earlier ones, not this year's town and country incomes.\n\nExample:\n    新建学校8所，其中九年一贯制学校2所，占比40%。   <- 2/8 is 25%",
        ),
        Code::GrowthMismatch => (
            "“从A增加到B”后紧接的增长率（或“增长N倍”、增加量）不可能由 A、B 两个数值得出。“年均增长”按两个数值所写的年份复合计算，未写年份时取本段或前几段所说的时期（“五年来”“过去五年”“‘十三五’时期”，允许相差一年）；逐个主语写出的几对数值之后以“分别”列出增速（“A由a增加到b，B由c增加到d，年均分别增长X、Y”）时按顺序逐对检查，对数与增速个数不同则不检查；“由A增长R，达到B”按A、B检查，“B，增长R，上年为A”（或“（上年为A）”）、“B，比上年的A增长R”（或“比上年A”“由上年A”）也是，基期写作年份的（“B，比2020年的A增长R”，其前可有“比上年增长R′，”）亦然；实际使用（利用）外资等指标名中的“实际”不算实际增速；“增长R，达到B”（或“分别增长”后只有一个增速，对应紧挨其前的数值）的基数在报告另一部分（计划之前的回顾；同一部分的两个数值是同一年不同口径或时段的数）只有一个同指标、同口径、同单位的金额时，也据此检查（口径不同即是另一指标，“累计完成”的多年合计不是基数），但须本段至少另有两个目标与其基数相符且相符者多于不符者；计划数值是取整的数，与其隐含增速相差不到一个百分点的不报；地区生产总值、增加值、产值以及各产业的总量（“第三产业17亿元”即其增加值）按可比价计算，不与名义数值比较；多年年均增速与数值隐含增速相差不到半个百分点的不报（公布时依据未取整或修订过的数值），固定资产投资、社会消费品零售总额按可比口径公布（其基数随统计起点和普查修订），相差不到一个半百分点的不报，人均可支配收入、人均纯收入的增速低于数值隐含增速每年五个百分点以内的也不报（常为扣除价格因素的实际增速）；句中有“按可比价”“实际”“同口径”等说明时不检查（实际增速与名义数值不同）。“减至”“回落至”与“减少到”同读，半角逗号与全角逗号同读；回顾中只写了两个数值而无增速的指标（“这五年，…收入从A增加到B”），其年均增速在后文单独写出时（“这五年，收入年均增长R”），若两处说的是同样的年数、其间没有该指标的其他数值或年均增速，也按这两个数值检查。以单位比表示的水平（“由40微克/立方米下降到30微克/立方米”）也比较。水平、增加量、增速依次写出时（“B，比上年增加C，增长R”，或 B 位于分句之首、未写基期的“B，增加C，增长R”），按 C 除以 B 减 C 检查。增速写在两个数值之前、数值紧接在下一分句之首且其后再无变化的（“累计增长R，由A增加到B。”）也按A、B检查；年均增速不在此列。\n\n示例：\n    一般公共预算收入从80亿元增加到100亿元，增长35%。   ← 应为 24.8%–25.2%“增长了一倍多”中“倍”后的“多”表示至少一倍。",
            "The growth rate (or `增长N倍`, or the increase) stated right after `从A增加到B` cannot follow from the two levels. An average annual rate (年均) is compounded over the years printed with the levels, else over the period the paragraph or one shortly before it names (五年来, 过去五年, “十三五”时期; a year either way allowed). Pairs of levels one subject after another, then their rates after `分别` (`A由a增加到b，B由c增加到d，年均分别增长X、Y`), are read in turn, and not at all when pairs and rates differ in number. `由A增长R，达到B` is checked against A and B, and so are `B，增长R，上年为A` (or `（上年为A）`) and `B，比上年的A增长R` (or `比上年A`, `由上年A`), also with a base named by its year (`B，比2020年的A增长R`, perhaps after `比上年增长R′，`); `实际` in an indicator's name (实际使用外资) says no real rate; a rate with its level alone (`增长R，达到B`, or one rate after `分别增长` for the level right before it) is checked against the one base printed for the same indicator, scope and unit in another part of the report (the review before the plan: two levels of one part are one year's, for two scopes or spans), money only (a level of another scope is another indicator, and a sum over years, `累计完成`, is no base), and only when two other targets of its paragraph at least follow from their bases and more follow than not; a planned level is a round figure, so a rate within a point of the one it implies is no finding; GDP (生产总值), value added (增加值), output values (产值) and a sector's output (`第三产业17亿元`, its value added) grow at comparable prices and are never compared with nominal levels; an average rate over years within half a point of the one its levels imply is no finding (published from unrounded or revised levels), within a point and a half for fixed-asset investment (固定资产投资) and retail sales (社会消费品零售总额), published on a comparable caliber whose base is revised as thresholds and censuses change, nor is a rate of income per head (人均可支配收入, 人均纯收入) below the one its levels imply by up to five points a year (stated net of prices); sentences that say 按可比价, 实际, 同口径 … are skipped, since real growth differs from nominal levels. `减至` and `回落至` are read as `减少到`, and half-width commas as full-width ones. An indicator whose two levels a review prints without a rate (`这五年，…收入从A增加到B`) is checked against its average rate stated apart later (`这五年，收入年均增长R`) when both places name the same span of years and no other level or average rate of the indicator stands between. Levels in a measure per unit (`由40微克/立方米下降到30微克/立方米`) are compared too. A level, the amount it rose by and the rate (`B，比上年增加C，增长R`, or `B，增加C，增长R` with no base named when B opens its clause) are checked as C over B less C. A rate printed before its two levels, which open the next clause and close it (`累计增长R，由A增加到B。`), is checked against them too; an average annual rate is not read so.\n\nExample:\n    一般公共预算收入从80亿元增加到100亿元，增长35%。   <- the levels give 24.8%–25.2% The `多` after a multiple (`增长了一倍多`) makes it a floor: more than doubled.",
        ),
        Code::PointsMismatch => (
            "“从A%提高到B%”后紧接的“个百分点”变化与 B−A 不符；或“增长B%，高于（低于）某指标增速C个百分点”，而该指标的增速A%已在同段前文写明（分句可先重提本指标：“，Y增速低于X C个百分点”；比较对象也可只写另一人群，指本指标在该人群的值：“农村居民收入增速快于城镇居民C个百分点”），C 与 B−A 不符；或“B%，提高C个百分点，上年为A%”（或“比2020年提高C个百分点，2020年为A%”，两处年份相同）“B%，比上年的A%提高C个百分点”“增长B%，比年初目标A%高出（低）C个百分点”中 C 与 B−A 不符。“个千分点”按十分之一个百分点计（“由12.5‰下降到10.5‰，下降2个千分点”）。以“分别”列出的几对比率之后，只在最后一个数值后写“个百分点”的变化列举（“分别提高6.7和3.3个百分点”“6.7个和3.3个百分点”）逐个检查。同一句（至句号）中各写一次的人口出生率、死亡率与自然增长率，自然增长率应等于出生率减死亡率（“出生率8.5‰，死亡率7.2‰，自然增长率1.3‰”），允许末位四舍五入的误差；婴儿死亡率等其他人群的比率、目标和变化不读。“增长B%，超过A%的预期目标C个百分点”（“年度目标”“目标”亦然）中的C须等于B − A。以“分别”列出的几个增速（主语可为其前各含一个数值的分句）之后，比较的两方各自只对应“分别”前的一个主语时（“城镇、农村居民收入分别增长5.2%、6.8%，农村居民收入增速快于城镇居民1.6个百分点”），C 也须等于两个增速之差；“城乡居民……分别增长”的两个增速依次是城镇和农村的。变化写在两个比率之前（“提高C个百分点，由A%提高到B%”，两个比率结束该分句）时同样核对。\n\n示例：\n    城镇化率从60.1%提高到62.3%，提高3.2个百分点。   ← 应为 2.2 个百分点",
            "A change in 个百分点 stated right after `从A%提高到B%` differs from B − A; or `增长B%，高于（低于）X增速C个百分点` differs from B − A where X's growth rate A% is printed earlier in the paragraph (the clause may name its own rate again: `，Y增速低于X C个百分点`; what is compared with may be another group alone, meaning the rate's own indicator for that group: `农村居民收入增速快于城镇居民C个百分点`); or `B%，提高C个百分点，上年为A%` (or `比2020年提高C个百分点，2020年为A%`, one year both times) or `B%，比上年的A%提高C个百分点` or `增长B%，比年初目标A%高出（低）C个百分点` differs from B − A. A change in per-mille points (个千分点) counts a tenth of a point (`由12.5‰下降到10.5‰，下降2个千分点`). After pairs of rates listed with `分别`, a list of changes writing the unit once after its last value (`分别提高6.7和3.3个百分点`, `6.7个和3.3个百分点`) is checked value by value. A natural growth rate printed with the birth and death rates, each once in the sentence (up to its full stop), must be the birth rate less the death rate within the rounding of the printed digits (`出生率8.5‰，死亡率7.2‰，自然增长率1.3‰`); other groups' rates (婴儿死亡率), targets and changes are not read. In `增长B%，超过A%的预期目标C个百分点` (or 年度目标, 目标) C must be B − A. After growth rates listed with `分别` (their subjects perhaps the clauses of one figure each before it), a comparison each side of which names exactly one of the subjects before `分别` (`城镇、农村居民收入分别增长5.2%、6.8%，农村居民收入增速快于城镇居民1.6个百分点`) must state the difference of those two rates; the two rates of `城乡居民…分别增长` are the town's and the country's, in that order. A change stated before its two rates (`提高C个百分点，由A%提高到B%`, the rates closing their clause) is read the same way.\n\nExample:\n    城镇化率从60.1%提高到62.3%，提高3.2个百分点。   <- the difference is 2.2 points",
        ),
        Code::RateOutOfRange => (
            "不可能超过 100% 的比率（覆盖率、普及率、达标率、优良率、合格率、占比、比重……）写成超过 100%（包括“控制在104%以内”“近180%”这样的上限或近似值），或“下降”“降价”或“压减”“压缩”“精简”（也可在所压减的事物之后，如“压缩一般性支出115%”）超过 100%。增长率、投资或计划的完成率、自给率，以及按每百人计的普及率（移动电话、宽带用户、互联网）、毛入学率、投资支撑率、受益率和按下达任务计的保障性住房开工率、建成率等可以超过 100%，不检查（任务、问题、案件的完成率要检查）；亏损的减少也不检查。债务、余额与另一总量之比（“贷款余额占各项存款的”）可以超过 100%，不检查；但某一类存量的余额占同一存量全部的比重（“储蓄存款余额…，占各项存款的”）要检查。补偿比、报销比这类比例按比率检查；一个比率词说给几个名称（“农村自来水、卫生厕所普及率分别……”）时逐一检查；名称与数值一一对应的“分别”列表（“绿地率、覆盖率和人均绿地面积分别提高到36%、40%和12平方米”）中的比率也检查。数在所计事物之前（“75%的社区”）或事物之后接“达到”（“有专职医生的村达到90%”）的百分比，不论叫什么都是比率，要检查（“增长”之后、计划任务量除外）。与别处水平相比的数（“达到全省120%的水平”）和几项工作各自的完成数（“甲、乙项目分别完成115%”，各自可能对照自己的计划）不检查；一项工作本身的完成进度（“管网改造已完成70%”）要检查。\n\n示例：\n    森林覆盖率达到102%。比率名称并列、数值也并列而没有“分别”时（“初中毛入学率、巩固率达102.6%和98.1%”），也逐个对应；投资率（投资与生产总值之比）可以超过100%。",
            "A share that cannot pass 100% (覆盖率, 普及率, 达标率, 优良率, 合格率, 占比, 比重, …) above 100%, capped or approached above 100% (`控制在104%以内`, `近180%`), or a decrease (下降, 降价) or cut (压减, 压缩, 精简: also after the thing cut, `压缩一般性支出115%`) of more than 100%. Growth rates, completion rates (完成率) of money or a plan (those of tasks, problems or cases are checked), self-sufficiency, per-hundred 普及率 (mobile phones, broadband users, internet), gross ratios (毛入学率), ratios of two stocks or flows (拨备覆盖率, 偿付能力充足率, 出栏率, 收缴率, 换手率), investment lined up against the year's (投资支撑率), person-times served over the insured (受益率) and housing started or built against the units assigned (保障性住房开工率, 建成率) may pass 100% and are not checked; nor are shrinking losses. A debt or a balance set against another total (`贷款余额占各项存款的`) may pass 100% and is not checked; a balance of one kind set against all of that stock (`储蓄存款余额…，占各项存款的`) is. Ratios that are shares (补偿比, 报销比) are checked, and a share word said once for several names (`农村自来水、卫生厕所普及率分别…`) bounds each; so does a `分别` list with one value per name (`绿地率、覆盖率和人均绿地面积分别提高到36%、40%和12平方米`) for its shares. A percent counting things, before them (`75%的社区`, or any things when the percent opens its clause: `全区90%的园区`) or after them and a link (`有专职医生的村达到90%`, `达到标准的煤矿超过50%`), is a share whatever its name and is checked (not after a change word, a verb or a comparison, nor of a plan's workload). A level set against another's (`达到全省120%的水平`) and works done each (`甲、乙项目分别完成115%`, each perhaps of its own plan) are not checked; one work done of itself (`管网改造已完成70%`) is.\n\nExample:\n    森林覆盖率达到102%。 Names of rates listed with values listed after them are paired one by one even with no `分别` (`初中毛入学率、巩固率达102.6%和98.1%`); an investment rate (investment over output) may pass 100%.",
        ),
        Code::RespectivelyMismatch => (
            "“分别”前以“、”列出的主体数与其后以“、”“和”列出的数值数不一致（“和”“与”“及”可能多连一个主体，按范围比较）。同一句中第二个“分别”沿用前一个的主体。主体取自各带一个数字的连续分句（一直追溯到句首或不带数字的领起分句）时也按范围比较（至少两个）：开头的分句可能只是领起或交代背景，较少的数值指最后几个分句；“其中”之后列出的部分，其前的总数可能列为第一个主体。“A业、B业和C业”这样词尾相同的列举中，最后的“和”另连一个主体。“、”或“和”列出多个主体而只有一个数值时，以提示（info）报告：各项相同宜写“均”，否则是漏了数值。“分别高于全省平均水平X和Y个百分点”与“比上年”一样读取。名称之后紧接以数字写出、正等于名称个数的数量（“甲、乙、丙3个主导产业”）与汉字数量一样确定主体个数。“分别”与数值之间的词语以数值所量的名称结尾时（“分别新增治理水土流失面积32平方公里、28平方公里”）可长至十个字。主体名词前紧挨着二及以上的数量、其前未列名称时（“3个片区分别新增X、Y”），其后有两个及以上数值即按该数量核对主体数。一个名称中含有两个主体的词（“城乡低保”“国省督察”）可多算一个主体，但后面各项都是计量名称时（“牛羊饲养量、出栏量”）不算；单字牲畜连写（“猪牛羊禽”）每字一个主体。“三大产业”或“占…比重”之后又列出一串计量（“三大产业增加值、利润分别…”“占生产总值和财政收入比重分别…”），主体也可能是后一串。名称中的年限（“学前三年毛入园率”）、列表中打头的类数（“、八类刑事案件”）不是数值；紧贴字母的数字（“GDP715亿元”）没有读成数值，前一分句的数值个数因此不定，不作判断；统计分类名称中的“和”（“生态保护和环境治理”）可能属于名称；数值之间只隔一个空格（印刷丢了顿号）时，数值个数不定，不作判断。\n\n示例：\n    粮食、棉花、油料产量分别增长5%、6%。   ← 3 个主体，2 个数值列表中三个以上单字品类连写（“肉蛋奶”“粮油菜”）可能是一个主体，也可能每字一个；“的”前后都列了名称时（“甲、乙建成住房的套数、面积”），“的”后的名称也可能是主体。数值列表之后以扫描器读不出的形式接着列（“、&1%”“6.4%. 22.2%”“86.16万 只，786.7万只”）时，不读这一列，也不读由它接续的分句。",
            "`分别` (respectively) after subjects listed with `、` and before a different number of values joined by `、`/`和` (a 和, 与 or 及 may join one more subject: counted as a range). A second `分别` of the same sentence speaks of the first one's subjects. Subjects read from a run of clauses of one figure each (back to the sentence's start, or to a lead with no figure) are a range too (two at least): the first clauses may only open the sentence or set the scene, and fewer values speak of the last clauses; parts listed after 其中 may have their whole listed first. A lone 和 closing a list of names ending alike (`A业、B业和C业`) is one more subject. One value for subjects listed with `、` or joined by 和 is reported as info: write 均 if each is the same, else a value was dropped. `分别高于全省平均水平X和Y个百分点` is read like `比上年`. A count in digits right after the names and equal to their number (`甲、乙、丙3个主导产业`) settles the subjects as one in words does. The words between `分别` and the values may run to ten characters when they close with the measure the values give (`分别新增治理水土流失面积32平方公里、28平方公里`). A count of two or more right before the subjects' noun, with no names listed before it (`3个片区分别新增X、Y`), is their number when two values or more follow. A word naming two subjects inside a listed name (`城乡低保`, `国省督察`) may count one more, unless the other names are all measures (`牛羊饲养量、出栏量`); livestock written one character each (`猪牛羊禽`) are one subject a character. A second list of measures after a group's count or after `占…比重` (`三大产业增加值、利润分别…`, `占生产总值和财政收入比重分别…`) may be what the values are of. A span of years inside a name (`学前三年毛入园率`) and a count of classes opening a listed name (`、八类刑事案件`) are no values; a number glued to letters (`GDP715亿元`) is read as a code, so the clause before may hold one value more than was read and is not judged; a statistics class holding `和` (`生态保护和环境治理`) may be one name; and values parted by a space only (a lost `、`) leave their number unknown, so none is judged.\n\nExample:\n    粮食、棉花、油料产量分别增长5%、6%。   <- 3 subjects, 2 values Three kinds or more written one character each in a list (`肉蛋奶`, `粮油菜`) may be one subject or one a character; with names listed both before and after a `的` (`甲、乙建成住房的套数、面积`), those after it may be the subjects. Values that run on in a form the scanner cannot read (`、&1%`, `6.4%. 22.2%`, `86.16万 只，786.7万只`) leave the list unread, and what continues it.",
        ),
        Code::RatioSumMismatch => (
            "以比号（∶、:、：或︰）连写的结构比（“三次产业结构为10.2∶42.5∶47.3”），各项之和与 100 相差超过各项末位四舍五入所能解释的范围。只检查三项或四项、前面同一分句中有“结构”“比例”“比重”“构成”或“产业比”的比（句中断行不断开分句）；和与 100 相差超过 10 的比（“1∶2∶3”）不是百分比，不检查；两项的比（性别比“105∶100”）也不检查。三次产业的占比在“分别为”后以三个百分数列出（“一、二、三产业占比分别为8.2%、41.6%、50.2%”）也按结构比检查；增速、贡献率不是占比。小数点后被空格断开的数（“38. 8”，转换的印本常见）在比的首尾时，不读这个比。\n\n示例：\n    三次产业结构调整为10.2∶42.5∶57.3。   ← 各项之和为 110.0",
            "A structure written as a ratio (`三次产业结构为10.2∶42.5∶47.3`, with ∶, :, ： or ︰) whose parts add up to something other than 100 by more than the rounding of each part's last digit allows. Only ratios of three or four parts after 结构, 比例, 比重, 构成 or 产业比 in the same clause are read (a line broken mid-sentence does not end the clause); a ratio whose sum is more than 10 away from 100 (`1∶2∶3`) is not of percentages and is not checked, nor is a ratio of two (a sex ratio `105∶100`). The three industries' shares listed as three percents after `分别为` (`一、二、三产业占比分别为8.2%、41.6%、50.2%`) are such a structure too; growth rates and contributions to growth (贡献率) are no shares. A ratio opening or closing with a number torn at its point by a space (`38. 8`, as converted prints leave it) is not read.\n\nExample:\n    三次产业结构调整为10.2∶42.5∶57.3。   <- the parts add up to 110.0",
        ),
        Code::FigureConflict => (
            "同一报告中，同一指标、同一明确时期（2030年、去年、今年、上半年……）以同样方式陈述（“指标＋增长/达到＋数值”）的两个数值不可能同时成立。年均、目标、预期、左右、同口径、可比价、累计、人均等语境不比较。一个数值之后紧接一个没有自己主语的分句，说它被控制或稳定在某个界限内（“失业率N%，控制在M%以内”，“产量N吨，连续五年稳定在M吨以上”），该数值超出这个界限也属此类。界限若紧接在“其中”各部分或“、”列出的数值之后（“其中甲N吨、乙M吨，稳定在K吨以上”），可能说的是总数，不核对。指标前本句另有主语（“甲新区完成地区生产总值…”“县域经济地区生产总值…”“国有经济固定资产投资…”，时间、全市/全县和“实现”“完成”之类的词除外）的数值属于该主语，不与全域的数值比较；同一句后面的分句沿用这个主语。\n\n示例：\n    2030年地区生产总值增长5.4%。……2030年地区生产总值增长6.1%。",
            "One indicator, one explicit period (2030年, 去年, 今年, 上半年 …), stated the same plain way (`indicator + 增长/达到 + value`) twice in one report, with values whose intervals cannot meet. Averages, targets, 左右, 同口径, comparable prices, cumulative and per-head figures are different quantities and are not compared. So is a value followed by a clause with no subject of its own keeping it within a bound (`失业率N%，控制在M%以内`, `产量N吨，连续五年稳定在M吨以上`) when the value lies outside that bound. A bound right after parts of a whole or values listed with `、` (`其中甲N吨、乙M吨，稳定在K吨以上`) may speak of the whole and is not read. A figure whose sentence names a subject of its own before the indicator (`甲新区完成地区生产总值…`, `县域经济地区生产总值…`, `国有经济固定资产投资…`; a time, the whole area such as 全市 or 全县, and verbs such as 实现 or 完成 aside) is that subject's and is not compared with the area's; the later clauses of its sentence keep that subject.\n\nExample:\n    2030年地区生产总值增长5.4%。……2030年地区生产总值增长6.1%。",
        ),
        Code::TargetReview => (
            "本报告回顾部分中某指标的实际数值，对应同一政府上一年报告的预期目标（同一指标、同一单位、同为增长/下降/水平）：显示目标、实际和是否完成。按区间比较：“以上”“超过”的目标达到写明数值即完成；“左右”的目标略低于写明数值但在其区间内，提示“在允许范围内”；“以内”的目标以及物价、失业率等越低越好的指标从下方完成。上一年报告由同一政府、年份早一年的报告确定（标题、会议行或文件名），也可用 `check --previous` 指定。\n\n为什么：起草组要逐项核对上年目标的完成情况。\n\n示例：\n    2030年报告：地区生产总值增长6%左右。\n    2031年报告：全年地区生产总值增长5.2%。   ← 目标 6%左右，实际 5.2%，未完成",
            "This report's result, in its review, for an indicator that the same government's report of the year before targeted (same indicator, unit, and kind of change: rise, fall or level): shows target, result, met or missed. Intervals: a target with 以上/超过 is met at its written value; a 左右 (about) target missed by less than its tolerance is said to be within it; a ceiling (以内, and prices or jobless rates, where less is better) is met from below. The previous report is the same government's (from title, meeting line or file name) of the year before, or the one named by `check --previous`.\n\nWhy: a drafting team checks every target of last year against its result.\n\nExample:\n    2030 report: 地区生产总值增长6%左右。\n    2031 report: 全年地区生产总值增长5.2%。   <- target 6%左右, result 5.2%, missed",
        ),
        Code::TargetClaim => (
            "回顾部分称全年目标全部完成（“全面完成全年目标任务”“主要目标任务圆满完成”），但上年报告中至少有一个目标的实际数值未达到（不计“左右”允许范围内的）。未完成的指标列为相关位置。“基本完成”“较好完成”以及关于规划、脱贫攻坚的说法不检查。\n\n为什么：代表们会对照上年报告逐项核对。\n\n示例：\n    2031年报告：全面完成全年目标任务。……地区生产总值增长4.1%。   ← 2030年报告的目标是 6%以上",
            "The review claims every target of the year was met (全面完成全年目标任务, 主要目标任务圆满完成) while at least one of last year's targets was missed by its result (a 左右 target missed within its tolerance does not count). The missed results are related places. 基本完成, 较好完成 and claims about a plan or a campaign are not checked.\n\nWhy: deputies compare the claim with last year's report, target by target.\n\nExample:\n    2031 report: 全面完成全年目标任务。……地区生产总值增长4.1%。   <- the 2030 report targeted 6%以上",
        ),
        Code::TargetUnreported => (
            "上一年报告的量化目标，本报告的回顾部分没有出现该指标的任何数值。\n\n为什么：没有报告的目标，往往是没有完成的目标，或者是起草时漏掉了。\n\n示例：\n    2030年报告：社会消费品零售总额增长8%。\n    2031年报告的回顾中没有社会消费品零售总额的数值。",
            "A quantified target of last year's report for an indicator that this report's review gives no figure for at all.\n\nWhy: a target not reported on is often a target missed, or a line the draft forgot.\n\nExample:\n    2030 report: 社会消费品零售总额增长8%。\n    the 2031 review gives no figure for 社会消费品零售总额.",
        ),
        Code::StaleCopy => (
            "本报告回顾部分中带数字的句子（至少 12 个字），与上一年报告中的一句逐字相同（不计空格）：数字多半没有更新。不带数字的套话不提示。\n\n为什么：回顾的是新的一年，数字照搬去年的，通常是漏改了。\n\n示例：\n    2031年报告：新建改建农村公路120公里，改造危桥8座。\n    2032年报告的回顾中同样写着这一句。",
            "A sentence of this report's review that carries figures (12 characters at least) and is word for word, spaces aside, a sentence of last year's report: the figures were probably not updated. Boilerplate without figures is not flagged.\n\nWhy: the review is of a new year; last year's figures in it are usually a line left unedited.\n\nExample:\n    2031 report: 新建改建农村公路120公里，改造危桥8座。\n    the 2032 review carries the same sentence.",
        ),
        Code::NoteDrift => (
            "本报告与上一年报告都有解释同一词条的注释，但解释不同（不计空格和标点的全半角）。\n\n为什么：同一提法两年解释不一，可能是有意更新，也可能是一边写错了；起草组应当确认。\n\n示例：\n    2031年报告：3.“两网融合”：城乡供水网和污水管网融合。\n    2032年报告：3.“两网融合”：城乡供水网和燃气管网融合。",
            "A note whose term both this report and last year's explain, with different explanations (spaces and punctuation width aside).\n\nWhy: one term explained two ways is either a deliberate update or a slip on one side; the drafting team should know which.\n\nExample:\n    2031 report: 3.“两网融合”：城乡供水网和污水管网融合。\n    2032 report: 3.“两网融合”：城乡供水网和燃气管网融合。",
        ),
        Code::RestatedConflict => (
            "本报告写明前年（Y-2 年）某指标的数值，与上一年报告回顾前年时印出的数值不同（按区间比较，两者不可能同时成立），句中又没有“修订”“同口径”“按可比价”“调整后”等说明。只比较与上年报告回顾的同一指标、同一单位、同为增长/下降/水平的数值。指标之后写的是它在更大范围中的比重（“占全省比重由5.49%提高到5.96%”）时，这个数值不是该指标的水平或增速，不比较。\n\n为什么：往年数据前后不一，要么是抄错了，要么是数据修订了却没有说明。\n\n示例：\n    2031年报告：2030年全县社会消费品零售总额86.4亿元。\n    2032年报告：2030年全县社会消费品零售总额达到84.1亿元，……   ← 上年报告印作 86.4亿元",
            "This report states a figure for the year before last (Y-2) that differs from the one last year's report printed in its review of that year (their intervals cannot meet), with no revision wording (修订, 同口径, 按可比价, 调整后). Only the same indicator, unit and kind of change (rise, fall, level) as last year's result are compared. A share of the indicator in a larger whole (`占全省比重由5.49%提高到5.96%`) is neither its level nor its change and is not compared.\n\nWhy: a past figure printed twice differently is either a slip or a revision left unexplained.\n\nExample:\n    2031 report: 2030年全县社会消费品零售总额86.4亿元。\n    2032 report: 2030年全县社会消费品零售总额达到84.1亿元，……   <- last year's report printed 86.4亿元",
        ),
        Code::StaleYear => (
            "与本报告年份 Y 不符、多半从上年稿子沿用下来的年份或序数：回顾部分的标题写成“Y-2年工作回顾”；预期目标写成“Y-1年主要预期目标”；“今年是‘十四五’规划收官之年”而今年不是规划的第五年；今年的工作安排中写“力争到Y-1年底”。报告年份取自标题、会议行或文件名。“2018年以来”“比2015年翻一番”“2020年是‘十三五’收官之年”等历史说法不检查。\n\n为什么：今年的稿子由去年的稿子改来，年份最容易漏改。\n\n示例：\n    2032年报告：一、2030年工作回顾        ← 应为 2031年",
            "A year or ordinal that does not fit the report's year Y, most likely copied from last year's text: the review headed `Y-2年工作回顾`; the targets announced as `Y-1年主要预期目标`; `今年是“十四五”规划收官之年` when this is not the plan's fifth year; `力争到Y-1年底` among this year's plans. The report's year comes from its title, meeting line or file name. Historical references (`2018年以来`, `比2015年翻一番`, `2020年是“十三五”收官之年`) are not checked.\n\nWhy: this year's draft is last year's text edited; years are the easiest words to miss.\n\nExample:\n    2032 report: 一、2030年工作回顾        <- should be 2031年",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_explained_in_both_languages() {
        for &code in Code::ALL {
            for locale in [Locale::Zh, Locale::En] {
                let text = explain(code, locale);
                assert!(text.starts_with(code.name()), "{text}");
                assert!(text.contains("[rules]"), "{text}");
            }
        }
    }

    #[test]
    fn locale_tags() {
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::Zh));
        assert_eq!(Locale::from_tag("en_US"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
    }
}

/// Words of hovers and symbols, in one place with the rest of the catalogue.
pub mod hover {
    use super::Locale;

    pub fn note_heading(number: u32, term: Option<&str>, locale: Locale) -> String {
        match (term, locale) {
            (Some(t), Locale::Zh) => format!("**注释 {number}**　{t}"),
            (Some(t), Locale::En) => format!("**Note {number}**: {t}"),
            (None, Locale::Zh) => format!("**注释 {number}**"),
            (None, Locale::En) => format!("**Note {number}**"),
        }
    }

    pub fn uses(markers: usize, uses: usize, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("正文中使用 {uses} 次，标记 {markers} 个"),
            Locale::En => format!(
                "used {uses} time{} in the body, {markers} marker{}",
                if uses == 1 { "" } else { "s" },
                if markers == 1 { "" } else { "s" }
            ),
        }
    }

    pub fn defined_here(locale: Locale) -> &'static str {
        locale.pick("本报告注释", "defined in this report's notes")
    }

    pub fn defined_in(path: &str, number: Option<u32>, locale: Locale) -> String {
        match (number, locale) {
            (Some(n), Locale::Zh) => format!("定义于 {path} 的注释 {n}（本报告没有该注释）"),
            (Some(n), Locale::En) => {
                format!("defined in note {n} of {path} (this report has no note for it)")
            }
            (None, Locale::Zh) => format!("定义于 {path}"),
            (None, Locale::En) => format!("defined in {path}"),
        }
    }

    pub fn glossary(locale: Locale) -> &'static str {
        locale.pick("术语表（.report-ls.toml）", "glossary (.report-ls.toml)")
    }

    pub fn known(locale: Locale) -> &'static str {
        locale.pick(
            "众所周知的提法，无需注释",
            "a well-known slogan; needs no note",
        )
    }

    pub fn undefined(uses: usize, locale: Locale) -> String {
        match locale {
            Locale::Zh => {
                format!("数字概括语，没有注释、术语表或其他报告给出解释；正文中使用 {uses} 次")
            }
            Locale::En => format!(
                "numeric slogan that no note, glossary entry or other report explains; used {uses} time{}",
                if uses == 1 { "" } else { "s" }
            ),
        }
    }

    pub fn named_marker_without_note(name: &str, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("**标记 [^{name}]**：注释部分没有 [^{name}]: 这一条"),
            Locale::En => format!("**Marker [^{name}]**: no note has this name"),
        }
    }

    pub fn marker_without_note(number: u32, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("**标记 {number}**：注释部分没有第 {number} 条"),
            Locale::En => format!("**Marker {number}**: no note has this number"),
        }
    }

    pub fn used_on_lines(lines: &[u32], locale: Locale) -> String {
        let list: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        match locale {
            Locale::Zh => format!("使用于第 {} 行", list.join("、")),
            Locale::En => format!(
                "used on line{} {}",
                if lines.len() == 1 { "" } else { "s" },
                list.join(", ")
            ),
        }
    }

    pub fn notes_section(locale: Locale) -> &'static str {
        locale.pick("注释", "Notes")
    }

    use crate::figures::{Figure, FigureKind, Period};
    use crate::target_pairs::Outcome;

    fn mark(outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Met => "✓",
            Outcome::WithinTolerance => "≈",
            Outcome::Missed => "✗",
        }
    }

    fn verdict(outcome: Outcome, locale: Locale) -> &'static str {
        match outcome {
            Outcome::Met => locale.pick("完成", "met"),
            Outcome::WithinTolerance => {
                locale.pick("在“左右”允许范围内", "within the tolerance of 左右")
            }
            Outcome::Missed => locale.pick("未完成", "missed"),
        }
    }

    /// After a result: `目标 5%左右 ✓`.
    pub fn result_hint(target: &str, outcome: Outcome, locale: Locale) -> String {
        format!(
            "{} {target} {}",
            locale.pick("目标", "target"),
            mark(outcome)
        )
    }

    /// After this year's target: last year's target and result.
    pub fn last_year_hint(
        target: &str,
        result: Option<&str>,
        outcome: Option<Outcome>,
        locale: Locale,
    ) -> String {
        let mut out = format!("{} {target}", locale.pick("上年目标", "last year"));
        if let (Some(result), Some(outcome)) = (result, outcome) {
            out.push_str(&format!(
                " · {} {result} {}",
                locale.pick("实际", "result"),
                mark(outcome)
            ));
        }
        out
    }

    /// The hover of a target or a result: the pair, side by side.
    /// Last year's explanation of a note that this year's explains
    /// otherwise, shown under this year's.
    pub fn previous_explanation(path: &str, number: u32, text: &str, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("**上年解释**（{path} 注释 {number}）\n\n{text}"),
            Locale::En => format!("**Last year's explanation** ({path}, note {number})\n\n{text}"),
        }
    }

    pub fn target_pair(
        indicator: &str,
        year: Option<i32>,
        target: &str,
        previous: &str,
        result: Option<&str>,
        outcome: Option<Outcome>,
        locale: Locale,
    ) -> String {
        let year = year.map_or(String::new(), |y| match locale {
            Locale::Zh => format!("{y}年"),
            Locale::En => format!(" ({y})"),
        });
        let head = match locale {
            Locale::Zh => format!("**{year}{indicator}**"),
            Locale::En => format!("**{indicator}{year}**"),
        };
        let result = match (result, outcome) {
            (Some(r), Some(o)) => format!("{r} {} {}", mark(o), verdict(o, locale)),
            _ => locale.pick("未报告", "not reported").to_string(),
        };
        format!(
            "{head}\n\n{} {target}（{previous}）\n\n{} {result}",
            locale.pick("目标", "target"),
            locale.pick("实际", "result"),
        )
    }

    /// A figure as read: its normalized value, interval, kind, indicator and
    /// period.
    pub fn figure(text: &str, figure: &Figure, locale: Locale) -> String {
        let kind = match (figure.kind, locale) {
            (FigureKind::Amount, Locale::Zh) => "金额",
            (FigureKind::Count, Locale::Zh) => "数量",
            (FigureKind::Measure, Locale::Zh) => "计量",
            (FigureKind::Percent, Locale::Zh) => "百分比",
            (FigureKind::Points, Locale::Zh) => "百分点",
            (FigureKind::Ratio, Locale::Zh) => "比率",
            (FigureKind::Duration, Locale::Zh) => "时长",
            (FigureKind::Other, Locale::Zh) => "其他",
            (FigureKind::Amount, Locale::En) => "amount",
            (FigureKind::Count, Locale::En) => "count",
            (FigureKind::Measure, Locale::En) => "measure",
            (FigureKind::Percent, Locale::En) => "percent",
            (FigureKind::Points, Locale::En) => "percentage points",
            (FigureKind::Ratio, Locale::En) => "ratio",
            (FigureKind::Duration, Locale::En) => "duration",
            (FigureKind::Other, Locale::En) => "other",
        };
        let interval = match (
            figure.low.is_finite() && figure.low > 0.0,
            figure.high.is_finite(),
        ) {
            (_, false) => format!("≥ {}", number(figure.low)),
            (false, true) if figure.low <= 0.0 && figure.value > 0.0 && figure.low == 0.0 => {
                format!("≤ {}", number(figure.high))
            }
            _ => format!("[{}, {}]", number(figure.low), number(figure.high)),
        };
        let mut out = format!(
            "**{text}** = {}\n\n{} {interval} {} · {kind}",
            figure.display_value(),
            locale.pick("区间", "interval"),
            figure.unit
        );
        if let Some(indicator) = &figure.indicator {
            out.push_str(&format!(
                " · {}{indicator}",
                locale.pick("指标：", "indicator: ")
            ));
        }
        if let Some(period) = &figure.period {
            out.push_str(&format!(
                " · {}{}",
                locale.pick("时期：", "period: "),
                period_words(period, locale)
            ));
        }
        out
    }

    fn period_words(period: &Period, locale: Locale) -> String {
        match (period, locale) {
            (Period::Year(y), Locale::Zh) => format!("{y}年"),
            (Period::Year(y), Locale::En) => y.to_string(),
            (Period::Years(a, b), Locale::Zh) => format!("{a}—{b}年"),
            (Period::Years(a, b), Locale::En) => format!("{a}–{b}"),
            (Period::LastYear, _) => locale.pick("去年", "last year").into(),
            (Period::ThisYear, _) => locale.pick("今年", "this year").into(),
            (Period::NextYear, _) => locale.pick("明年", "next year").into(),
            (Period::WholeYear, _) => locale.pick("全年", "the whole year").into(),
            (Period::PartYear(p), _) | (Period::Plan(p), _) => p.clone(),
            (Period::PastYears(n), Locale::Zh) => format!("过去{n}年"),
            (Period::PastYears(n), Locale::En) => format!("the past {n} years"),
        }
    }

    /// A number without float noise: up to four decimals, trailing zeros cut.
    fn number(x: f64) -> String {
        let s = format!("{x:.4}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s.is_empty() || s == "-" {
            "0".into()
        } else {
            s.to_string()
        }
    }
}

/// Words of the editing aids: quick fix titles, renumbering and rename
/// refusals, and the placeholders a note skeleton is written with.
pub mod editing {
    use super::Locale;

    /// Written into the report where a new note's term is not known yet.
    /// The report is Chinese whatever the user's language.
    pub const TERM_PLACEHOLDER: &str = "（待补充术语）";
    /// Written where a new note's explanation is to be written.
    pub const EXPLANATION_PLACEHOLDER: &str = "（待补充解释）";
    /// The heading of a notes section the quick fix creates.
    pub const NOTES_HEADING: &str = "注释";

    pub fn add_named_note(name: &str, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("在注释部分添加注释 [^{name}]"),
            Locale::En => format!("Add note [^{name}] to the notes section"),
        }
    }

    pub fn add_note(number: u32, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("在注释部分添加第 {number} 条注释"),
            Locale::En => format!("Add note {number} to the notes section"),
        }
    }

    pub fn add_notes_section(notes: usize, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("添加注释部分（{notes} 条注释待补充）"),
            Locale::En => format!(
                "Add a notes section ({notes} note{} to write)",
                if notes == 1 { "" } else { "s" }
            ),
        }
    }

    pub fn insert_marker(number: u32, term: &str, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("在 {term} 首次出现处添加标记 {number}"),
            Locale::En => format!("Insert marker {number} after the first use of {term}"),
        }
    }

    pub fn use_explained(term: &str, locale: Locale) -> String {
        let term = super::quoted(term);
        match locale {
            Locale::Zh => format!("改为本报告解释的{term}"),
            Locale::En => format!("Write it as {term}, which this report explains"),
        }
    }

    pub fn use_as_written_elsewhere(term: &str, locale: Locale) -> String {
        let term = super::quoted(term);
        match locale {
            Locale::Zh => format!("改为本报告其余各处写的{term}"),
            Locale::En => format!("Write it as {term}, as the rest of this report does"),
        }
    }

    pub fn add_note_for(term: &str, number: u32, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("为 {term} 添加注释（第 {number} 条）"),
            Locale::En => format!("Add note {number} for {term}"),
        }
    }

    pub fn copy_note(term: &str, path: &str, number: u32, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("从 {path} 复制 {term} 的注释（编为第 {number} 条）"),
            Locale::En => format!("Copy the note on {term} from {path} (as note {number})"),
        }
    }

    pub fn close_quote(locale: Locale) -> &'static str {
        locale.pick("补上右引号 ”", "Insert the missing ”")
    }

    pub fn renumber(locale: Locale) -> &'static str {
        locale.pick(
            "按正文首次出现的顺序重新编号注释",
            "Renumber notes in order of first use",
        )
    }

    pub fn renumber_nothing(locale: Locale) -> &'static str {
        locale.pick(
            "注释编号已按正文首次出现的顺序排列，无需改动",
            "the notes are already numbered in order of first use",
        )
    }

    /// Why the notes cannot be renumbered.
    pub fn renumber_refused(reason: &crate::renumber::Refusal, locale: Locale) -> String {
        use crate::renumber::Refusal;
        match (reason, locale) {
            (Refusal::NoNotes, Locale::Zh) => "无法重新编号：没有注释".into(),
            (Refusal::NoNotes, Locale::En) => "cannot renumber: the report has no notes".into(),
            (Refusal::Unnumbered, Locale::Zh) => "无法重新编号：注释没有编号".into(),
            (Refusal::Unnumbered, Locale::En) => {
                "cannot renumber: the notes are not numbered".into()
            }
            (Refusal::MarkerWithoutNote(n), Locale::Zh) => {
                format!("无法重新编号：标记 {n} 没有对应的注释，请先补上注释")
            }
            (Refusal::MarkerWithoutNote(n), Locale::En) => {
                format!("cannot renumber: marker {n} has no note; add the note first")
            }
            (Refusal::CannotWrite(n), Locale::Zh) => {
                format!("无法重新编号：报告的编号样式写不出 {n}")
            }
            (Refusal::CannotWrite(n), Locale::En) => {
                format!("cannot renumber: the report's numbering style cannot write {n}")
            }
            (Refusal::PartNotes, Locale::Zh) => "无法重新编号：各部分有各自的注释，分别编号".into(),
            (Refusal::PartNotes, Locale::En) => {
                "cannot renumber: each part has its own notes, numbered on their own".into()
            }
            (Refusal::RangeSplit(a, b), Locale::Zh) => {
                format!(
                    "无法重新编号：标记范围 {a}-{b} 所指的注释重新编号后不再连续，请先把这些标记分开写"
                )
            }
            (Refusal::RangeSplit(a, b), Locale::En) => format!(
                "cannot renumber: the notes of the marker range {a}-{b} would no longer follow each other; write its markers apart first"
            ),
        }
    }

    /// Why there is nothing to rename at the cursor.
    pub fn rename_refused(reason: &crate::rename::Refusal, locale: Locale) -> String {
        use crate::rename::Refusal;
        match (reason, locale) {
            (Refusal::NotATerm, Locale::Zh) => {
                "光标不在术语上：请把光标放在注释的术语或正文中术语的使用处".into()
            }
            (Refusal::NotATerm, Locale::En) => {
                "the cursor is not on a term: put it on a note's term or on a use of it in the body"
                    .into()
            }
            (Refusal::Glossary, Locale::Zh) => {
                "该术语由术语表（.report-ls.toml）解释，请在术语表中修改".into()
            }
            (Refusal::Glossary, Locale::En) => {
                "the glossary (.report-ls.toml) explains this term; rename it there".into()
            }
            (Refusal::Known, Locale::Zh) => "众所周知的提法，不能重命名".into(),
            (Refusal::Known, Locale::En) => "a well-known slogan cannot be renamed".into(),
            (Refusal::EmptyName, Locale::Zh) => "新名称为空".into(),
            (Refusal::EmptyName, Locale::En) => "the new name is empty".into(),
            (Refusal::BadName, Locale::Zh) => "新名称不能含换行或冒号".into(),
            (Refusal::BadName, Locale::En) => {
                "the new name may not hold a line break or a colon".into()
            }
        }
    }

    // Completion and code lenses.

    /// A code lens on a note: how many places use it.
    pub fn uses_lens(count: usize, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("{count} 处引用"),
            Locale::En if count == 1 => "1 use".to_string(),
            Locale::En => format!("{count} uses"),
        }
    }

    /// A code lens on an undefined slogan.
    pub fn add_note_lens(locale: Locale) -> &'static str {
        locale.pick("添加注释", "Add a note")
    }

    /// The detail of a completion that starts a new note.
    pub fn new_note(number: u32, locale: Locale) -> String {
        match locale {
            Locale::Zh => format!("新注释（第 {number} 条）"),
            Locale::En => format!("new note {number}"),
        }
    }

    /// The detail of a term offered in the body: where it is explained.
    pub fn term_source(note: Option<u32>, elsewhere: Option<&str>, locale: Locale) -> String {
        match (note, elsewhere, locale) {
            (Some(n), None, Locale::Zh) => format!("注释 {n}"),
            (Some(n), None, Locale::En) => format!("note {n}"),
            (Some(n), Some(path), Locale::Zh) => format!("{path} 注释 {n}"),
            (Some(n), Some(path), Locale::En) => format!("note {n} of {path}"),
            (None, Some(path), _) => path.to_string(),
            (None, None, Locale::Zh) => "术语表".to_string(),
            (None, None, Locale::En) => "glossary".to_string(),
        }
    }
}
