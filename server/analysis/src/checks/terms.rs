//! term-undefined and term-defined-elsewhere.

use super::{Context, Sink};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::lists::ListSource;
use crate::terms::{Term, TermSource};

use super::slogan_variants::Variant;

/// How many other uses a diagnostic lists as related places.
const MAX_RELATED_USES: usize = 10;

/// `unexplained`: the slogans nothing explains ([`slogans_parted`]);
/// `variants`: the explained slogan each varies in one numeral, which
/// slogan-count tells as a slip (`三个维护` beside a note on `两个维护`);
/// empty when slogan-count is off.
pub(super) fn check(
    context: &Context,
    unexplained: &[&Term],
    variants: &[Option<Variant>],
    sink: &mut Sink,
) {
    for (i, &term) in unexplained.iter().enumerate() {
        let first = &term.uses[0];
        let other_uses = term.uses[1..]
            .iter()
            .take(MAX_RELATED_USES)
            .map(|r| Related {
                file: None,
                range: r.clone(),
                kind: RelatedKind::Use,
            });
        match (context.elsewhere)(&term.key) {
            Some(def) => {
                let mut related = vec![Related {
                    file: Some(def.file),
                    range: def.range.clone(),
                    kind: RelatedKind::DefinedIn(def.number),
                }];
                related.extend(other_uses);
                sink.push(
                    first.clone(),
                    Finding::TermDefinedElsewhere {
                        term: term.text.clone().into(),
                        file: def.path.into(),
                        number: def.number,
                    },
                    related,
                );
            }
            None if variants.get(i).is_some_and(Option::is_some) => {}
            None => sink.push(
                first.clone(),
                Finding::TermUndefined {
                    term: term.text.clone(),
                    uses: term.uses.len(),
                },
                other_uses.collect(),
            ),
        }
    }
}

/// The numeric slogans of the body, parted: those nothing here explains
/// (no note, glossary entry or well-known slogan, not spelled out,
/// marked or counted at a use), and those the body explains at a use.
/// Spans of time or distance are neither. A slogan one of the slogans'
/// readings (see [`super::slogan_readings`], remembered by the document
/// first) reads where the body uses it is spelled out there
/// (`“两横三纵”路网：两横为甲路、乙路，三纵为…`), whatever its count.
pub(super) fn slogans_parted(doc: &Document) -> (Vec<&Term>, Vec<&Term>) {
    let mut unexplained = Vec::new();
    let mut explained = Vec::new();
    for term in doc.terms.iter().filter(|t| {
        t.source == TermSource::Slogan && !t.uses.is_empty() && !spans_time_or_distance(&t.text)
    }) {
        if explained_in_body(doc, term) {
            explained.push(term);
        } else {
            unexplained.push(term);
        }
    }
    (unexplained, explained)
}

/// Whether the body explains a numeric slogan at one of its uses: spells
/// it out, marks it with a note, or lists what it counts.
fn explained_in_body(doc: &Document, term: &Term) -> bool {
    term.uses.iter().any(|u| doc.is_spelled_out(u))
        || term.uses.iter().any(|u| marked_with_a_note(doc, u.end))
        || term.uses.iter().any(|u| counted_there(doc, u))
}

/// Units of time and distance, and `连` of a run of years (`十九连丰`): a
/// numeral they follow measures, it counts nothing a note would list.
const SPANS: &[&str] = &[
    "周年", "分钟", "小时", "个月", "公里", "秒", "天", "日", "周", "月", "年", "米", "连",
];

/// `15分钟便民生活圈`, `十年禁渔`, `7×24小时`, `攻坚120天`: every numeral
/// of the slogan is followed by a unit of time or distance, so it names
/// a span, which the slogan's own words explain; there is nothing for a
/// note to list. `三个年` (a count of campaign years) and `一年四打` (a
/// count besides the span) are slogans still.
fn spans_time_or_distance(term: &str) -> bool {
    let is_numeral = |c: char| {
        c.is_ascii_digit()
            || ('０'..='９').contains(&c)
            || crate::chars::chinese_digit(c).is_some()
            || matches!(c, '两' | '半' | '百' | '千' | '万' | '×' | '.')
    };
    let mut rest = term;
    let mut spans = 0;
    while let Some(at) = rest.find(is_numeral) {
        let after = rest[at..].trim_start_matches(is_numeral);
        let Some(unit) = SPANS.iter().find(|u| after.starts_with(**u)) else {
            return false;
        };
        spans += 1;
        rest = &after[unit.len()..];
    }
    spans > 0
}

/// Whether a counted list's count stands inside a use: the items it
/// counts are spelled out there (`甲、乙、丙三大产业集群`), whether or not
/// they agree with the count (count-mismatch says so when they do not).
/// Not a list closed by `等` naming only some (`甲等“十大优势”`), nor
/// names read as a slogan's subjects only because they are as many
/// (`甲筛查、乙新生儿“两病”`): neither spells the slogan out.
fn counted_there(doc: &Document, used: &std::ops::Range<usize>) -> bool {
    let lists = crate::lists::counted_lists(doc);
    let from = lists.partition_point(|l| l.count_range.start < used.start);
    lists[from..]
        .iter()
        .take_while(|l| l.count_range.start < used.end)
        .any(|l| {
            let all_named = l.items.len() + l.hidden >= l.count as usize;
            l.source != ListSource::Subjects && (all_named || !l.open)
        })
}

/// Whether a marker pointing at a note stands right after a use
/// (`“两园一区”①`): the note explains it, whether it names its term or
/// only explains (`①指甲园、乙园和丙区。`).
fn marked_with_a_note(doc: &Document, end: usize) -> bool {
    let rest = &doc.text[end..];
    let at = end + rest.len()
        - rest
            .trim_start_matches(|c| crate::chars::is_quote(c) || matches!(c, '》' | '」' | '』'))
            .len();
    let i = doc.markers.partition_point(|m| m.range.start < at);
    doc.markers
        .get(i)
        .is_some_and(|m| m.range.start == at && m.note.is_some())
}
