//! `财政总收入50亿元、增长8%，一般公共预算收入30亿元`: a total income
//! (`总收入`, `全部财政收入`) and, next in its sentence, an income of a
//! kind (`…收入`, named with no `总`): the kind is within the total though
//! no `其中` says so. A semicolon may part the two (`增长8%；一般…`):
//! the sentence still lists the total's breakdown.

use super::PartReading;
use crate::checks::figure_text::{chars_before, is_plain_level};
use crate::document::Document;
use crate::figures::FigureKind;

/// Verbs between a name and its figure (`总收入完成`, `达到`).
const VERBS: &[&str] = &["完成", "实现", "达到", "达", "为"];

/// Words of a business's income (`主营业务收入`, `销售收入`), which is no
/// kind of a fiscal total.
const BUSINESS: &[&str] = &["营业", "主营", "销售", "经营"];

/// Words opening the total's own change.
const CHANGES: &[&str] = &["增长", "下降", "同比增长", "比上年增长", "增幅"];

/// Every total income whose next level in its unit, past only its own
/// change (`、增长8%`) and one break, is an income of a kind.
pub(super) fn kind_of_total(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures
        .iter()
        .enumerate()
        .filter_map(move |(i, whole)| {
            // Bytes first: this looks at every figure of the text. An
            // income's name closes right before it or before a verb of one
            // or two characters (three bytes each).
            let lead = &text.as_bytes()[..whole.span.start];
            let income_at =
                |k: usize| lead.len() >= k && lead[..lead.len() - k].ends_with("收入".as_bytes());
            if !(income_at(0) || income_at(3) || income_at(6)) {
                return None;
            }
            let name = income_name(chars_before(text, whole.span.start, 8))?;
            let total = name.contains('总') || name.contains("全部");
            if !total || !is_plain_level(text, whole) {
                return None;
            }
            // The next figure of the unit; between, only rates of change.
            let part = doc.figures[i + 1..]
                .iter()
                .take(3)
                .find(|f| f.kind != FigureKind::Percent)?;
            if part.unit != whole.unit || !is_plain_level(text, part) {
                return None;
            }
            let between = &text[whole.span.end..part.span.start];
            // Past a semicolon, only the budget's income is known to be a
            // kind of the fiscal total (`旅游总收入…；营业收入` is not).
            let fiscal = name.contains("财政");
            if between.contains('。') || between.contains(['；', ';']) && !fiscal {
                return None;
            }
            // `、增长8%，一般公共预算收入`: a break right after the total, at
            // most its own change, then the kind's name.
            let clauses: Vec<&str> = between.split(['，', ',', '、', '；', ';']).collect();
            let [first, changes @ .., kind] = clauses.as_slice() else {
                return None;
            };
            let own_change = |c: &&str| CHANGES.iter().any(|w| c.starts_with(w));
            let kind = income_name(kind)?;
            (first.is_empty()
                && changes.len() <= 1
                && changes.iter().all(own_change)
                && kind.chars().count() >= 3
                && (fiscal && kind.contains("预算") || !between.contains(['；', ';']))
                && !kind.contains(['总', '均', '每'])
                && !(fiscal && BUSINESS.iter().any(|w| kind.contains(w))))
            .then(|| PartReading::single(whole, part))
        })
}

/// `全部财政收入、公共财政预算收入分别完成15亿元、8亿元`: two incomes
/// listed before `分别`, a fiscal total first and a budget income after,
/// and their two levels in that order: the second is within the first.
pub(super) fn listed_kind_of_total(doc: &Document) -> impl Iterator<Item = PartReading<'_>> {
    let text = &doc.text;
    doc.figures.windows(2).filter_map(move |pair| {
        let [whole, part] = pair else {
            return None;
        };
        // Bytes first: this looks at every pair of figures.
        if text.get(whole.span.end..part.span.start)? != "、"
            || text[part.span.end..].starts_with('、')
        {
            return None;
        }
        let lead = chars_before(text, whole.span.start, 40);
        let (names, verb) = lead.rsplit_once("分别")?;
        if !(verb.is_empty() || VERBS.contains(&verb)) {
            return None;
        }
        let names = names.rsplit(['，', ',', '；', ';', '。']).next()?;
        let (total, kind) = names.split_once('、')?;
        let (total, kind) = (income_name(total)?, income_name(kind)?);
        let fiscal_total =
            total.contains("财政") && (total.contains('总') || total.contains("全部"));
        let budget = kind.contains("预算") && !kind.contains(['总', '、']);
        (fiscal_total
            && budget
            && whole.unit == part.unit
            && is_plain_level(text, whole)
            && is_plain_level(text, part))
        .then(|| PartReading::single(whole, part))
    })
}

/// `一般公共预算收入` of `完成一般公共预算收入达`: the Han words of an
/// income's name closing `words`, past a verb, when they close with `收入`.
fn income_name(words: &str) -> Option<&str> {
    let words = VERBS
        .iter()
        .find_map(|v| words.strip_suffix(v))
        .unwrap_or(words);
    if !words.ends_with("收入") {
        return None;
    }
    let start = words
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::chars::is_han(c))
        .last()
        .map_or(words.len(), |(k, _)| k);
    Some(&words[start..])
}

#[cfg(test)]
mod tests {
    use super::income_name;

    #[test]
    fn an_income_is_named_before_its_figure() {
        assert_eq!(income_name("全市财政总收入"), Some("全市财政总收入"));
        assert_eq!(
            income_name("，一般公共预算收入完成"),
            Some("一般公共预算收入")
        );
        assert_eq!(income_name("经营性收入达到"), Some("经营性收入"));
        assert_eq!(income_name("全部财政收入完成"), Some("全部财政收入"));
        assert_eq!(income_name("，总投资"), None);
    }
}
