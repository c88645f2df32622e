//! The one catalogue of words: every diagnostic message, related-place label
//! and rule explanation, in Chinese (the default) and English.

use serde::Deserialize;

use crate::diagnostic::{Code, Finding, NumberingProblem, RelatedKind};

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
                number,
                has_notes: true,
            },
            Zh,
        ) => {
            format!("标记 {number} 没有对应的注释：注释部分没有第 {number} 条")
        }
        (
            Finding::NoteMissing {
                number,
                has_notes: true,
            },
            En,
        ) => {
            format!(
                "marker {number} points at note {number}, which the notes section does not have"
            )
        }
        (
            Finding::NoteMissing {
                number,
                has_notes: false,
            },
            Zh,
        ) => {
            format!("标记 {number} 没有对应的注释：本报告没有注释部分")
        }
        (
            Finding::NoteMissing {
                number,
                has_notes: false,
            },
            En,
        ) => {
            format!("marker {number} points at a note, but this report has no notes section")
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
        ) => format!(
            "{}中的“{word}”写明 {stated} 个，但解释中列出 {listed} 个",
            quoted(slogan)
        ),
        (
            Finding::SloganCount {
                slogan,
                word,
                stated,
                listed,
            },
            En,
        ) => format!(
            "{} counts {stated} × “{word}”, but its definition lists {listed}",
            quoted(slogan)
        ),
        (Finding::PartExceedsWhole { part, whole }, Zh) => {
            format!("其中部分 {part} 大于总数 {whole}")
        }
        (Finding::PartExceedsWhole { part, whole }, En) => {
            format!("the part {part} (其中) is larger than its whole {whole}")
        }
        (Finding::PartsExceedWhole { parts, sum, whole }, Zh) => format!(
            "其中各部分 {} 之和至少 {sum}，大于总数 {whole}",
            parts.join(" + ")
        ),
        (Finding::PartsExceedWhole { parts, sum, whole }, En) => format!(
            "the parts {} (其中) add up to at least {sum}, more than the whole {whole}",
            parts.join(" + ")
        ),
        (
            Finding::GrowthMismatch {
                from,
                to,
                stated,
                implied,
            },
            Zh,
        ) => format!("从 {from} 到 {to}，变化应为 {implied}，但写明 {stated}"),
        (
            Finding::GrowthMismatch {
                from,
                to,
                stated,
                implied,
            },
            En,
        ) => format!("from {from} to {to} the change is {implied}, but the text says {stated}"),
        (
            Finding::PointsMismatch {
                from,
                to,
                stated,
                implied,
            },
            Zh,
        ) => format!("从 {from} 到 {to} 相差 {implied}，但写明 {stated}"),
        (
            Finding::PointsMismatch {
                from,
                to,
                stated,
                implied,
            },
            En,
        ) => format!("from {from} to {to} is a change of {implied}, but the text says {stated}"),
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
        (Finding::RespectivelyMismatch { subjects, values }, Zh) => {
            format!("“分别”前有 {subjects} 个主体，后有 {values} 个数值")
        }
        (Finding::RespectivelyMismatch { subjects, values }, En) => {
            format!("分别 (respectively) with {subjects} subjects but {values} values")
        }
        (
            Finding::FigureConflict {
                indicator,
                value,
                other,
            },
            Zh,
        ) => format!("{indicator}同一时期写作 {value}，前文写作 {other}，两者不可能同时成立"),
        (
            Finding::FigureConflict {
                indicator,
                value,
                other,
            },
            En,
        ) => format!(
            "{indicator} for the same period is {value} here but {other} earlier: both cannot hold"
        ),
        _ => String::new(),
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
    }
}

/// Words of the notes glossary hover and CLI output.
pub fn word(key: Word, locale: Locale) -> &'static str {
    match key {
        Word::Note => locale.pick("注释", "note"),
        Word::Uses => locale.pick("处使用", "uses"),
        Word::Glossary => locale.pick("术语表", "glossary"),
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Word {
    Note,
    Uses,
    Glossary,
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
        Code::FigureConflict => ("同一指标数值冲突", "two values for one indicator"),
        Code::TargetReview => ("上年目标完成情况", "last year's target reviewed"),
        Code::RestatedConflict => ("往年数据前后不一", "past figure restated differently"),
        Code::StaleYear => ("沿用上年的年份", "year copied from last year's text"),
    };
    locale.pick(zh, en)
}

fn explanation(code: Code) -> (&'static str, &'static str) {
    match code {
        Code::NoteMissing => (
            "检查正文中的注释标记（⑩、［1］、【1】、[1]、上标数字、[^1]）是否都能在注释部分找到同号的注释。\n\n为什么：标记指向不存在的注释，读者无从查找；常见于注释部分在排版或转换中丢失。\n\n示例：\n    推进“两张网”［3］建设。        ← 注释部分只有 1、2 两条",
            "Checks that every marker in the body (⑩, ［1］, 【1】, [1], superscripts, [^1]) has a note with that number in the notes section.\n\nWhy: a marker that points nowhere leaves the reader nothing to look up; it usually means the notes section was lost in layout or conversion.\n\nExample:\n    推进“两张网”［3］建设。        <- the notes section has only notes 1 and 2",
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
            "Checks that notes are numbered 1, 2, 3, … with no gap, duplicate or number out of order.\n\nWhy: with wrong numbers, markers point at the wrong notes.\n\nExample:\n    3.……\n    5.……                          <- note 4 is missing",
        ),
        Code::MarkerOrder => (
            "检查正文中各标记首次出现的顺序是否递增。\n\n为什么：注释按正文中首次引用的先后编号；顺序乱了，通常是段落调整后没有重新编号。\n\n示例：\n    ……“甲”②……“乙”①……",
            "Checks that markers first appear in ascending order.\n\nWhy: notes are numbered in order of first use; a marker out of order usually means paragraphs moved without renumbering.\n\nExample:\n    ……“甲”②……“乙”①……",
        ),
        Code::TermUndefined => (
            "正文中的数字概括语（如“六个一”、“5020”项目、三区三线、“1+2+1”）没有注释、术语表（.report-ls.toml 的 [glossary]）或工作区中其他报告给出解释。众所周知的全国性提法（两个确立、四风等）除外，可在 [terms] known 中补充。\n\n为什么：概括语只有起草组知道每个数字指什么，代表们需要注释。\n\n示例：\n    严格执行“七个一”工作机制。     ← 没有注释解释“七个一”",
            "A numeric slogan in the body (“六个一”, “5020”项目, 三区三线, “1+2+1”) that no note, glossary entry ([glossary] in .report-ls.toml) or other report of the workspace explains. Well-known national slogans (两个确立, 四风, …) are exempt; add more under [terms] known.\n\nWhy: only the drafting team knows what each numeral of a slogan counts; deputies need a note.\n\nExample:\n    严格执行“七个一”工作机制。     <- no note explains 七个一",
        ),
        Code::TermDefinedElsewhere => (
            "本报告使用的词条只在工作区中另一份报告（例如上一年的报告）的注释中有解释。\n\n为什么：今年的稿子沿用了去年的提法，却没有带上去年的注释。\n\n示例：\n    2025 年稿：深化“两张网”建设。  ← 只有 2024 年报告的注释 3 解释了“两张网”",
            "A term used in this report is explained only by a note of another report of the workspace (last year's, say).\n\nWhy: this year's draft reuses last year's wording without last year's note.\n\nExample:\n    2025 draft: 深化“两张网”建设。  <- only note 3 of the 2024 report explains 两张网",
        ),
        Code::UnpairedQuote => (
            "检查每段中的“ ”、《 》、（ ）是否配对。\n\n为什么：缺半边的引号会让词条匹配和读者的理解都出错。\n\n示例：\n    推进“一网通办建设。",
            "Checks that “ ”, 《 》 and （ ） are paired within each paragraph.\n\nWhy: a half quote confuses term matching as much as readers.\n\nExample:\n    推进“一网通办建设。",
        ),
        Code::CountMismatch => (
            "写明的数量与列举的项目数不符（“项目7个：”后列了 8 项；“五个方面”后只有（一）至（四））。以“等”结尾的列举可以少于写明的数量，不能多于。",
            "A stated count differs from the items listed for it (`项目7个：` followed by eight items; `五个方面` with only (一)…(四)). A list closed by `等` may hold fewer items than its count, never more.",
        ),
        Code::SloganCount => (
            "数字概括语的解释没有列出其数字所指的项目（“四减一优化”的注释只列了三个“减”）。",
            "A numeric slogan's definition does not enumerate what its numerals count (`四减一优化` whose note lists three 减).",
        ),
        Code::PartExceedsWhole => (
            "“其中”之后的部分大于其总数。",
            "A part after `其中` is larger than its whole.",
        ),
        Code::PartsExceedWhole => (
            "“其中”之后各部分之和大于总数。",
            "The parts after `其中` add up to more than the whole.",
        ),
        Code::GrowthMismatch => (
            "写明的增长率不可能由前后两个数值得出（从 4.16 万亿元增加到 5.67 万亿元，却写增长 20%）。",
            "A stated growth rate cannot follow from the two levels printed for it.",
        ),
        Code::PointsMismatch => (
            "“个百分点”的变化与前后两个百分比之差不符。",
            "A change in 个百分点 differs from the difference of the two percentages printed.",
        ),
        Code::RateOutOfRange => (
            "比率或占比（率、占比、比重……）超过 100%，或下降超过 100%。",
            "A rate or share (率, 占比, 比重, …) above 100%, or a decrease of more than 100%.",
        ),
        Code::RespectivelyMismatch => (
            "“分别”前后的主体数与数值数不一致。",
            "`分别` with a different number of subjects and values.",
        ),
        Code::FigureConflict => (
            "同一报告中同一指标、同一时期出现两个不可能同时成立的数值。",
            "One indicator, one period, two values in one report whose intervals cannot meet.",
        ),
        Code::TargetReview => (
            "本报告中某指标的数值，对应上一年报告的预期目标：显示目标、实际和是否完成。",
            "This report's figure for an indicator that last year's report targeted: shows target, result, met or missed.",
        ),
        Code::RestatedConflict => (
            "往年数据与该年报告中印出的数值不同，且没有“修订”、“同口径”、“按可比价”等说明。",
            "A figure for a past period differs from the one printed in that period's own report, with no revision wording.",
        ),
        Code::StaleYear => (
            "从上年稿子沿用下来的年份或序数（2024 年报告中的“2022年工作回顾”）。",
            "A year or ordinal copied from last year's text (`2022年工作回顾` in the 2024 report).",
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
