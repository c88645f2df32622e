//! Claims that the year's targets were met (`全面完成全年目标任务`).

use super::*;

/// `全面完成全年目标任务`, `主要目标任务圆满完成`, `圆满完成了全年各项任务
/// 目标`, `完成了全年主要目标任务`: every target met. A target of one
/// campaign (`超额完成年度目标` after a project count) is not every target:
/// the words `目标任务`, `各项` or `主要` are needed, and no figure before
/// the claim in its sentence.
pub(super) static CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:全面|圆满|胜利|超额|顺利)完成了?(?:全年|年度|今年|去年)?的?(?:各项|主要)?(?:经济社会(?:发展)?)?(?:主要|各项)?(?:预期)?(?:目标任务|任务目标)",
        r"|(?:全面|圆满|胜利|超额|顺利)完成了?(?:全年|年度)?的?(?:各项|主要)(?:经济社会(?:发展)?)?(?:主要)?(?:预期)?目标",
        r"|完成了?全年的?(?:各项|主要)(?:预期)?(?:目标任务|任务目标)",
        r"|(?:各项|主要)(?:经济社会(?:发展)?)?(?:预期)?(?:目标任务|任务目标|目标)的?(?:全面|圆满|胜利|超额|顺利)完成",
    ))
    .expect("valid regex")
});
/// Words in a claim's sentence that make it about something else than the
/// year's targets: a plan, a campaign, a doubt.
pub(super) const CLAIM_OTHER: &[&str] = &[
    "五年",
    "十四五",
    "十三五",
    "十二五",
    "十一五",
    "规划",
    "脱贫",
    "小康",
    "攻坚",
    "基本完成",
    "较好完成",
    "较好地完成",
    "未能",
    "没有",
    "未完成",
];
/// Words before a claim in its clause that make it a plan or a wish
/// (`确保全面完成全年目标任务`), looked for after `主要`, `重要` and `需要`
/// are set aside.
pub(super) const CLAIM_AHEAD: &[&str] = &[
    "确保", "力争", "要", "努力", "奋力", "必须", "争取", "保证", "为", "推动",
];

pub(super) fn claims_in(r: &Reader, review: &Range<usize>, year: Option<i32>) -> Vec<Range<usize>> {
    let doc = r.doc;
    let Some(slice) = doc.text.get(review.clone()) else {
        return Vec::new();
    };
    CLAIM
        .find_iter(slice)
        .map(|m| review.start + m.start()..review.start + m.end())
        .filter(|m| {
            let sentence = r.sentence(m.start);
            let sentence_start = sentence.start;
            let before = &doc.text[sentence_start..m.start];
            let clause = before
                .rsplit(['，', ',', '：', ':'])
                .next()
                .unwrap_or(before);
            let clause = clause
                .replace("主要", "")
                .replace("重要", "")
                .replace("需要", "");
            // `2029年各项目标任务圆满完成` in the 2031 report is another year's.
            let other_year = CLAIM_YEAR
                .captures(&clause)
                .is_some_and(|c| c[1].parse::<i32>().ok() != year.map(|y| y - 1));
            // Figures are in text order: only the sentence's are looked at.
            let lo = doc
                .figures
                .partition_point(|f| f.span.start < sentence_start);
            let figure_before = doc.figures[lo..]
                .iter()
                .take_while(|f| f.span.start <= m.start)
                .any(|f| f.span.end <= m.start);
            !r.claim_other.any_in(sentence)
                && !CLAIM_AHEAD.iter().any(|w| clause.contains(w))
                && !other_year
                && !figure_before
        })
        .collect()
}

/// A year written just before a claim.
pub(super) static CLAIM_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})年(?:的|度)?$").expect("valid regex"));
