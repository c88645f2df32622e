//! `签约项目72个，落地建设51个`, `立案91起，移交司法6起`, `引进企业40家，
//! 25家建成投产`: things taken up (signed, filed, traded), then in the
//! next clause those of them that reached a later stage (started, handed
//! over, paid in), in the same unit: the later are some of the earlier,
//! though no `其中` says so. One part, not added up.

use super::{PartReading, is_threshold, own_money_after, same_unit};
use crate::checks::figure_text::{is_change, is_level};
use crate::document::Document;
use crate::figures::{Figure, FigureKind};

/// Words of things taken up, in the whole's clause: the stage the later
/// one follows.
const TAKEN_UP: &[&str] = &[
    "签约", "引进", "意向", "立案", "立项", "交易", "洽谈", "招引",
];

/// Words of a later stage that only things taken up before can reach
/// (`落地` of signed projects, `移送` of filed cases, `到账` of money
/// traded): read with no `已`.
const OF_THOSE: &[&str] = &["落地", "到账", "移交", "移送"];

/// Words of a later stage, in the part's verb phrase. Beyond `OF_THOSE`
/// they are read only after `已`: a year's projects started, put into
/// production or settled (`签约项目45个，开工62个`) may have been signed in
/// earlier years, and a drafter lists the stages of the year side by side.
const LATER: &[&str] = &[
    "落地", "开工", "投产", "建成", "竣工", "到账", "到位", "移交", "移送", "备案", "注册", "入驻",
    "签约",
];

/// Words opening the part's clause before its verb (or a bare count's
/// stage): a time, or `已`.
const OPENERS: &[&str] = &["目前", "年内", "当年", "已经", "已"];

/// The most Han characters of the whole's counted words, and of the
/// part's verb phrase.
const MAX_WORDS: usize = 8;
const MAX_VERB: usize = 6;

/// Every level followed, past at most its counted words and one break,
/// by a verb phrase of a later stage and a level of its unit closing the
/// clause (or by that level, its stage after it), the whole's clause
/// naming things taken up.
pub(super) fn later_stage(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    let figures = &doc.figures;
    figures.iter().enumerate().filter_map(move |(i, whole)| {
        // `签约项目46个，签约额216.8亿元，落地31个`: the whole's own money
        // may stand between it and the part.
        let (part, from) = match figures.get(i + 1) {
            Some(next) if same_unit(&next.unit, &whole.unit) => (next, whole),
            _ => {
                let money = own_money_after(doc, i)?;
                (figures.get(i + 2)?, money)
            }
        };
        // Offsets first: this looks at every pair of figures. The part's
        // clause is short and follows a break.
        if part.span.start.saturating_sub(from.span.end) > (MAX_WORDS + MAX_VERB + 1) * 3
            || !matches!(part.kind, FigureKind::Count | FigureKind::Amount)
        {
            return None;
        }
        let between = text.get(from.span.end..part.span.start)?;
        let (words, verb) = between.split_once(['，', ','])?;
        // `甲项目27个、乙项目16个，落地24个`: of all the listed, maybe.
        if !same_unit(&part.unit, &whole.unit) || super::last_of_siblings(doc, i) {
            return None;
        }
        let han =
            |s: &str, most: usize| s.chars().count() <= most && s.chars().all(crate::chars::is_han);
        // `…，32家建成投产`: a bare count opening its clause, its stage
        // right after it and closing the clause.
        let after = &text[part.span.end..];
        let (verb, closes, already) = if verb.is_empty() {
            let (after, already) = opened(after);
            let end = after.find(|c: char| !crate::chars::is_han(c))?;
            (&after[..end], is_break(&after[end..]), already)
        } else {
            let (verb, already) = opened(verb);
            (verb, is_break(after), already)
        };
        // `开工项目30个`: the part's own things named (`项目`, `新…`) may
        // be others than the whole's.
        if !opens_later(verb, if already { LATER } else { OF_THOSE })
            || verb.contains("项目")
            || !han(verb, MAX_VERB)
            || !han(words, MAX_WORDS)
        {
            return None;
        }
        let clause = doc.clause_range(whole.span.start);
        let lead = &text[clause.start.min(whole.span.start)..whole.span.start];
        // The whole's things were taken up, and not already at the part's
        // stage (`开工项目50个，竣工30个` cuts another way).
        let taken = [lead, words]
            .iter()
            .any(|s| TAKEN_UP.iter().any(|w| s.contains(w)));
        let own_stage = LATER
            .iter()
            .filter(|w| verb.contains(*w))
            .any(|w| lead.contains(w) || words.contains(w));
        (taken && !own_stage && closes && plain(text, whole) && plain(text, part))
            .then(|| PartReading::single(whole, part))
    })
}

/// `verb` past the time words and `已` opening it (`目前已`), and whether
/// `已` was among them.
fn opened(verb: &str) -> (&str, bool) {
    // A character test before the words: most clauses open with none.
    if !verb.starts_with(['目', '年', '当', '已']) {
        return (verb, false);
    }
    let mut rest = verb;
    let mut already = false;
    while let Some((word, shorter)) = OPENERS
        .iter()
        .find_map(|w| rest.strip_prefix(w).map(|r| (w, r)))
    {
        already |= word.starts_with('已');
        rest = shorter;
    }
    (rest, already)
}

/// Whether the verb phrase opens with one of `stages`, perhaps after
/// `取得` (`取得备案`).
fn opens_later(verb: &str, stages: &[&str]) -> bool {
    let verb = verb.strip_prefix("取得").unwrap_or(verb);
    stages.iter().any(|w| verb.starts_with(w))
}

/// Whether `rest` opens with a break that ends a clause.
fn is_break(rest: &str) -> bool {
    rest.starts_with(['，', ',', '。', '；', ';'])
}

/// A level, no change nor class bound.
fn plain(text: &str, figure: &Figure) -> bool {
    is_level(figure) && !is_change(text, figure) && !is_threshold(text, figure)
}
