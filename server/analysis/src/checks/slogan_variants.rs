//! slogan-count on a slogan nothing explains that differs in one numeral
//! from a slogan the report does explain (`“三个维护”` where a note
//! explains `两个维护`), or, written once, by one from a slogan the report
//! writes again and again (`“四个示范区”` beside `“三个示范区”` twice): one of
//! the two numerals is a slip.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use super::{Context, Sink};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::terms::{Term, TermSource};

/// A slogan's key cut at its numerals: the words between them, and each
/// numeral's value.
struct Shape {
    /// The key with every numeral replaced by `#`.
    frame: String,
    values: Vec<u32>,
}

/// `三个一批` → (`#个#批`, [3, 1]). `None` when a run of numerals is not
/// one number (`十四五` names a plan, not a count) or the slogan has no
/// word of its own.
fn shape(key: &str) -> Option<Shape> {
    let shape = cut_at_numerals(key)?;
    let words = own_words(&shape.frame);
    let own = !words.is_empty() && !GENERIC.contains(&words.as_str());
    own.then_some(shape)
}

/// A frame's own words: its Chinese characters but its measure words
/// (`批` of `#个#批`, `示范区` of `#个示范区`).
fn own_words(frame: &str) -> String {
    frame
        .chars()
        .filter(|&c| c != '#' && crate::chars::is_han(c) && !MEASURES.contains(&c))
        .collect()
}

/// `key` cut at its numerals, whatever its words: an explained slogan
/// is looked up by the frame of one that passed [`shape`], so its own
/// words need no reading.
fn cut_at_numerals(key: &str) -> Option<Shape> {
    let mut frame = String::with_capacity(key.len());
    let mut values = Vec::new();
    let mut at = 0;
    each_numeral(key, |run, value| {
        frame.push_str(&key[at..run.start]);
        frame.push('#');
        values.push(value);
        at = run.end;
    })?;
    frame.push_str(&key[at..]);
    (!values.is_empty()).then_some(Shape { frame, values })
}

/// Calls `found` with each run of numerals in `s` and its value; `None`
/// when a run is not one number.
fn each_numeral(s: &str, mut found: impl FnMut(Range<usize>, u32)) -> Option<()> {
    let mut at = 0;
    while let Some(start) = s[at..].find(is_numeral).map(|p| at + p) {
        let end = s.len() - s[start..].trim_start_matches(is_numeral).len();
        let run = &s[start..end];
        let digits = run.chars().try_fold(0u32, |n, c| {
            let d = crate::chars::fold_width(c).to_digit(10)?;
            n.checked_mul(10)?.checked_add(d)
        });
        let value = match digits {
            Some(value) => value,
            None => crate::chars::small_chinese_number(run)?,
        };
        found(start..end, value);
        at = end;
    }
    Some(())
}

/// Each run of numerals in `s`, with its value; `None` when a run is not
/// one number.
pub(super) fn numerals(s: &str) -> Option<Vec<(Range<usize>, u32)>> {
    let mut out = Vec::new();
    each_numeral(s, |run, value| out.push((run, value)))?;
    Some(out)
}

/// The edit that gives a use of a slogan the numeral of the slogan it
/// varies (`“三个维护”` → the `三` to `两`): the place in `used` and the
/// numeral as `defined` writes it.
pub(crate) fn numeral_as_defined<'d>(
    used: &str,
    defined: &'d str,
) -> Option<(Range<usize>, &'d str)> {
    let (here, there) = (numerals(used)?, numerals(defined)?);
    if here.len() != there.len() {
        return None;
    }
    let mut differing = here.iter().zip(&there).filter(|(a, b)| a.1 != b.1);
    let (here, there) = differing.next()?;
    differing
        .next()
        .is_none()
        .then(|| (here.0.clone(), &defined[there.0.clone()]))
}

/// Measure words between a numeral and what it counts (`三个`, `五大`,
/// `十项`): they tell no slogan from another.
const MEASURES: &[char] = &['个', '大', '项', '张', '条', '类', '种', '件', '篇', '名'];

/// What any programme may be called (`八大行动`, `六大工程`, `十项任务`):
/// a report runs several such sets, of several sizes, and explains some,
/// so another size of the same name is no slip.
const GENERIC: &[&str] = &[
    "行动",
    "工程",
    "任务",
    "举措",
    "措施",
    "计划",
    "项目",
    "工作",
    "方面",
    "领域",
    "重点",
    "产业",
    "行业",
    "板块",
    "攻坚",
    "攻坚战",
    "专项",
    "战略",
    "机制",
    "平台",
    "体系",
    "目标",
    "要求",
    "原则",
    "基地",
    "园区",
    "中心",
    "集群",
    "问题",
    "改革",
    "活动",
    "服务",
    "政策",
    "实事",
    "民生实事",
    "事",
    "能力",
    "环节",
    // `三位一体`, `八位一体`: any mechanism joining its parties in one.
    "位体",
    // `四个全覆盖`, `六个全覆盖`: any set of things brought to all.
    "全覆盖",
    // `五大产业基地`, `六大产业基地`: bases of industries, like `基地`.
    "产业基地",
    // `三甲`, `二甲`: grades of hospitals, not counts.
    "甲",
    "乙",
];

/// A digit, ASCII or full-width, or a Chinese numeral other than zero (a
/// slogan's `零` is a word: `零门槛`).
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || crate::chars::chinese_digit(c).is_some() && c != '〇' && c != '零'
}

/// The terms a note or the glossary defines.
fn defined(doc: &Document) -> impl Iterator<Item = &Term> {
    doc.terms
        .iter()
        .filter(|t| matches!(t.source, TermSource::Note(_) | TermSource::Glossary(_)))
}

/// The keys a slogan is known by: its own, and, for a note's or the
/// glossary's term that quotes its slogan inside other words
/// (`“1+4+N”产业倍增计划`, `农产品“两上三进”`), the quoted slogan alone,
/// as the body writes it where it uses it again.
fn keys(term: &Term) -> impl Iterator<Item = Cow<'_, str>> {
    let quoted = matches!(term.source, TermSource::Note(_) | TermSource::Glossary(_))
        .then(|| quoted_slogan(&term.text))
        .flatten()
        .filter(|core| *core != term.key);
    std::iter::once(Cow::Borrowed(term.key.as_str())).chain(quoted.map(Cow::Owned))
}

/// The slogan quoted in a term's words, as terms key it: `None` when the
/// term quotes nothing, or nothing holding a numeral.
fn quoted_slogan(text: &str) -> Option<String> {
    let start = text.find('“')? + '“'.len_utf8();
    let len = text[start..].find('”')?;
    let inside = &text[start..start + len];
    inside
        .chars()
        .any(is_numeral)
        .then(|| crate::terms::normalize(inside))
}

/// The last character of a key's frame: `#` for a numeral.
fn frame_end(key: &str) -> Option<char> {
    key.chars()
        .next_back()
        .map(|c| if is_numeral(c) { '#' } else { c })
}

/// Where the report explains a term: its note, or its first use (a
/// slogan spelled out in the body); `None` for a glossary entry, which
/// lives in the configuration.
pub(super) fn explained_at(doc: &Document, term: &Term) -> Option<Range<usize>> {
    match term.source {
        TermSource::Note(i) => doc.notes.get(i).map(|n| n.range.clone()),
        _ => term.uses.first().cloned(),
    }
}

/// Slogans by their frame, one numeral left open: the frame, which
/// numeral, and the values of the others. A slogan one numeral away from
/// another shares this key with it for the numeral that differs.
type OneOpen = (String, usize, Vec<u32>);

/// The slogans of one [`OneOpen`] key, by the value of the open numeral.
#[derive(Default)]
struct Sizes<'a> {
    /// Those the report explains: any other value may be a slip of theirs.
    explained: Vec<(&'a Term, u32)>,
    /// Those it writes again and again: only a value one off is.
    repeated: HashMap<u32, &'a Term>,
}

type ByFrame<'a> = HashMap<OneOpen, Sizes<'a>>;

/// The keys of a slogan's shape, one per numeral, each with that
/// numeral's value.
fn one_open(shape: &Shape) -> impl Iterator<Item = (OneOpen, u32)> + '_ {
    shape.values.iter().enumerate().map(|(i, &value)| {
        let mut others = shape.values.clone();
        others.remove(i);
        ((shape.frame.clone(), i, others), value)
    })
}

/// The slogan a slogan varies in one numeral.
#[derive(Clone, Copy)]
pub(super) struct Variant<'a> {
    /// The slogan it varies: one the report explains, or, explained
    /// nowhere, writes again and again.
    pub other: &'a Term,
    /// The numeral as written here, and as there.
    pub stated: u32,
    pub other_value: u32,
    pub explained: bool,
}

/// The slogans a slogan written once may be a slip of, by frame: those
/// the report explains (its notes' and glossary's terms, the numeric
/// slogans it spells out) and those it writes again and again. Not the
/// well-known national slogans: those have older forms of other numerals
/// (`两个务必`, `三个务必`), and sets of their own one off (`三风`,
/// `四风`).
pub(super) struct Explained<'a> {
    doc: &'a Document,
    /// The last character of each explained slogan's frame (`批` of
    /// `三个一批`, `#` of `五个一`): a slogan ending otherwise varies none,
    /// and is not cut at its numerals.
    ends: Vec<char>,
    /// The numeric slogans the body explains at a use.
    spelled_out: Vec<&'a Term>,
    /// The numeric slogans nothing explains that the body writes more
    /// than once: the report's own spelling of a set, against which one
    /// written once with a numeral one more or less is a slip.
    repeated: Vec<&'a Term>,
    /// Built at the first slogan that may vary one: most reports have none.
    by_frame: OnceCell<ByFrame<'a>>,
}

impl<'a> Explained<'a> {
    pub(super) fn new(
        doc: &'a Document,
        spelled_out: Vec<&'a Term>,
        unexplained: &[&'a Term],
    ) -> Self {
        let repeated: Vec<&Term> = unexplained
            .iter()
            .copied()
            .filter(|t| t.uses.len() > 1)
            .collect();
        let mut ends: Vec<char> = defined(doc)
            .chain(spelled_out.iter().copied())
            .chain(repeated.iter().copied())
            .flat_map(keys)
            .filter_map(|key| frame_end(&key))
            .collect();
        ends.sort_unstable();
        ends.dedup();
        Explained {
            doc,
            ends,
            spelled_out,
            repeated,
            by_frame: OnceCell::new(),
        }
    }

    fn by_frame(&self) -> &ByFrame<'a> {
        self.by_frame.get_or_init(|| {
            let mut by_frame: ByFrame = HashMap::new();
            let explained = defined(self.doc)
                .chain(self.spelled_out.iter().copied())
                .map(|t| (t, true));
            let repeated = self.repeated.iter().map(|t| (*t, false));
            for (term, explained) in explained.chain(repeated) {
                for shape in keys(term).filter_map(|key| cut_at_numerals(&key)) {
                    for (key, value) in one_open(&shape) {
                        let sizes = by_frame.entry(key).or_default();
                        if explained {
                            sizes.explained.push((term, value));
                        } else {
                            sizes.repeated.insert(value, term);
                        }
                    }
                }
            }
            by_frame
        })
    }

    /// The one explained slogan `term` differs from in exactly one
    /// numeral, or, explained nowhere, the one the body writes more than
    /// once with that numeral one more or less. `None` when there is none,
    /// or more than one (`三个一批` and `五个一批` both explained leave
    /// `四个一批` unread).
    pub(super) fn variant_of(&self, term: &Term) -> Option<Variant<'a>> {
        // Used once: a slogan written again and again is meant as written,
        // whatever else the report explains.
        let [used] = term.uses.as_slice() else {
            return None;
        };
        if frame_end(&term.key).is_none_or(|c| self.ends.binary_search(&c).is_err()) {
            return None;
        }
        let shape = shape(&term.key)?;
        let several_words = own_words(&shape.frame).chars().count() > 1;
        let by_frame = self.by_frame();
        // Each slogan one numeral away, looked up by the numeral that
        // differs: a set written in many sizes is not walked for each.
        let mut found = None;
        for (key, stated) in one_open(&shape) {
            let Some(sizes) = by_frame.get(&key) else {
                continue;
            };
            let explained = sizes
                .explained
                .iter()
                .filter(|&&(_, value)| value != stated)
                .map(|&(other, other_value)| (other, other_value, true));
            // Sets of one name whose sizes lie apart (`五型` and `十型`,
            // `四乱` and `十四乱`) are sets of their own: a set written
            // again and again only says what a numeral one off meant.
            let repeated = [stated.checked_sub(1), stated.checked_add(1)]
                .into_iter()
                .flatten()
                .filter_map(|value| sizes.repeated.get(&value).map(|&t| (t, value, false)));
            for (other, other_value, explained) in explained.chain(repeated) {
                // An explained slogan stands for this one where the two
                // plainly are one; one written again and again, where its
                // words are more than a character (`三保` and `四保` may
                // each be a set of their own).
                let stands_for = if explained {
                    paired(self.doc, used, other)
                } else {
                    several_words
                };
                if !stands_for {
                    continue;
                }
                if found.is_some() {
                    return None;
                }
                found = Some(Variant {
                    other,
                    stated,
                    other_value,
                    explained,
                });
            }
        }
        found
    }
}

/// Whether the slogan used at `used` stands for `other`: `other` is a
/// note never used in the body (its use is this one, misspelled), or
/// the use reads like one of `other`'s (`坚决做到“两个维护”` and, later,
/// `坚决做到“三个维护”`). A report's sets of one name and other sizes
/// (`三篇大文章` beside `五篇大文章`) each stand in their own words.
fn paired(doc: &Document, used: &Range<usize>, other: &Term) -> bool {
    if other.uses.is_empty() {
        return matches!(other.source, TermSource::Note(_));
    }
    let (before, after) = (lead_in(doc, used), follow_on(doc, used));
    other.uses.iter().any(|u| {
        before.is_some_and(|b| lead_in(doc, u) == Some(b))
            || after.is_some_and(|a| follow_on(doc, u) == Some(a))
    })
}

/// How many characters around a use tell one phrase from another.
const PHRASE_CHARS: usize = 3;

/// The words just before a use, its opening quote aside: `None` unless
/// they are [`PHRASE_CHARS`] Han characters.
fn lead_in<'t>(doc: &'t Document, used: &Range<usize>) -> Option<&'t str> {
    let before = doc.text[..used.start].trim_end_matches(crate::chars::is_quote);
    let start = before
        .char_indices()
        .rev()
        .take(PHRASE_CHARS)
        .last()
        .map(|(i, _)| i)?;
    let words = &before[start..];
    (words.chars().count() == PHRASE_CHARS && words.chars().all(crate::chars::is_han))
        .then_some(words)
}

/// The words just after a use, its closing quote aside, as [`lead_in`].
fn follow_on<'t>(doc: &'t Document, used: &Range<usize>) -> Option<&'t str> {
    let after = doc.text[used.end..].trim_start_matches(crate::chars::is_quote);
    let end = after
        .char_indices()
        .nth(PHRASE_CHARS)
        .map_or(after.len(), |(i, _)| i);
    let words = &after[..end];
    (words.chars().count() == PHRASE_CHARS && words.chars().all(crate::chars::is_han))
        .then_some(words)
}

/// Reports each slogan nothing explains whose one numeral differs from a
/// slogan the report explains, or is one off from one it writes again and
/// again.
/// `unexplained`: the slogans nothing explains (see
/// [`super::terms::slogans_parted`]); `variants`: the slogan each varies,
/// if any.
pub(super) fn check(
    doc: &Document,
    context: &Context,
    unexplained: &[&Term],
    variants: &[Option<Variant>],
    sink: &mut Sink,
) {
    for (&term, variant) in unexplained.iter().zip(variants) {
        if (context.elsewhere)(&term.key).is_some() {
            continue;
        }
        let Some(Variant {
            other: defined,
            stated,
            other_value: defined_value,
            explained,
        }) = *variant
        else {
            continue;
        };
        let used = &term.uses[0];
        // `义务教育“两免一补”、中职学校“三免一补”`: two sizes written in
        // one sentence are two sets the drafter sets side by side.
        let sentence = super::figure_text::sentence_range(&doc.text, used.start);
        if defined
            .uses
            .iter()
            .any(|u| sentence.start <= u.start && u.end <= sentence.end)
        {
            continue;
        }
        // Read against the explained slogan's note already (`“四季护苗”`
        // over a note listing three seasons): one slip, one finding.
        let told = sink.out.iter().any(|d| {
            d.code() == crate::diagnostic::Code::SloganCount
                && d.range.start < used.end
                && used.start < d.range.end
        });
        if told {
            continue;
        }
        let related = explained_at(doc, defined)
            .map(|range| Related {
                file: None,
                range,
                kind: match defined.source {
                    TermSource::Note(i) => RelatedKind::Note(doc.notes[i].number),
                    _ => RelatedKind::Use,
                },
            })
            .into_iter()
            .collect();
        sink.push(
            used.clone(),
            Finding::SloganVariant {
                slogan: term.text.as_str().into(),
                defined: defined.text.as_str().into(),
                stated,
                defined_value,
                written: if explained {
                    0
                } else {
                    u32::try_from(defined.uses.len()).unwrap_or(u32::MAX)
                },
            },
            related,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{numeral_as_defined, shape};

    #[test]
    fn shapes_cut_at_numbers() {
        let s = shape("三个一批").unwrap();
        assert_eq!((s.frame.as_str(), s.values), ("#个#批", vec![3, 1]));
        assert!(shape("1+2+1").is_none(), "no words of its own");
        assert!(
            shape("五个一").is_none(),
            "a measure word is no word of its own"
        );
        assert!(
            shape("八大行动").is_none(),
            "any programme may be called so"
        );
        assert!(shape("十大清零行动").is_some(), "named by what it clears");
        assert!(shape("十四五规划").is_none(), "a plan's name is no count");
        let s = shape("二十三项惠企措施").unwrap();
        assert_eq!(s.values, vec![23]);
    }

    #[test]
    fn the_fix_takes_the_explained_numeral() {
        let used = "“三个维护”";
        let (range, numeral) = numeral_as_defined(used, "两个维护").unwrap();
        assert_eq!((&used[range], numeral), ("三", "两"));
        let (range, numeral) = numeral_as_defined("“１+３+N”", "1+2+N").unwrap();
        assert_eq!(numeral, "2");
        assert_eq!(range.len(), "３".len());
        assert_eq!(
            numeral_as_defined("三横三纵", "两横两纵"),
            None,
            "two numerals differ"
        );
    }
}
