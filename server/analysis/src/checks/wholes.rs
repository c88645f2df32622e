//! part-exceeds-whole and parts-exceed-whole: `其中` and the parts after it.
//!
//! `落实减税降费8.3亿元,其中缓税2.7亿元,六税两费减免7154万元`: the whole is
//! the last level figure before `其中` with the parts' unit; the parts are
//! the level figures of that unit after it, up to the end of the sentence.
//! Changes (`增加5亿元`) are skipped on both sides: a part's increase can
//! exceed the whole's when another part fell.

mod added_to_stock;
mod annual;
mod area_within;
mod bounded_classes;
mod bounds;
mod broken_down;
mod changed_alike;
mod classes_of_total;
mod colon_groups;
mod compound_unit;
mod counted_among;
mod crossing;
mod cue;
mod doubtful;
mod exports;
mod figure_roles;
mod first_batch;
mod included;
mod income_ratio;
mod industries;
mod judging;
mod kind_of_total;
mod labelled;
mod later_stage;
mod market_entities;
mod measured_alike;
mod named_parts;
mod named_within;
mod nested_twice;
mod other_forms;
mod parts_among;
mod plan_year;
mod respectively_total;
mod restated_classes;
mod reviewed;
mod sentences;
mod share_named;
mod share_of_named;
mod share_of_whole;
mod stock_named_again;
mod targets_met;

use std::ops::Range;

use super::Sink;
use super::figure_text::{
    chars_before, ends_sentence, figures_in, floor_boundary, is_change, is_level, is_plain_level,
    number, sentence_range,
};
use crate::cues::Cues;
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::figures::{Figure, FigureKind, Qualifier};
// The readers below see these imports and one another through `use super::*`.
use counted_among::*;
use cue::*;
use figure_roles::*;
use judging::*;
use labelled::*;
use named_parts::*;
use other_forms::*;
use parts_among::*;
use restated_classes::*;
use sentences::*;

/// Words that nest a part inside the previous one (`其中工业投资…，技改投资`
/// may be inside 工业投资), so parts cannot be added up.
/// `其中，市直42家已有29家…`: `已有` counts some of the part before.
const NESTS: &[&str] = &["含", "包括", "其中", "已有"];

/// A `其中` read: its whole and the parts of the whole's unit after it.
#[derive(Clone, Debug, PartialEq)]
pub struct PartReading<'d> {
    pub whole: &'d Figure,
    pub parts: Vec<&'d Figure>,
    /// A later `其中` ends these parts: they nest, and do not add up.
    pub stops_at_next: bool,
}

impl<'d> PartReading<'d> {
    /// One part read within its whole by a reader of its own (no `其中`):
    /// a later `其中` starts parts of its own.
    pub(crate) fn single(whole: &'d Figure, part: &'d Figure) -> Self {
        PartReading {
            whole,
            parts: vec![part],
            stops_at_next: true,
        }
    }
}

/// Every `其中` whose whole and parts could be read, with the wholes
/// broken down in brackets or after `分别是：`.
pub fn part_readings(doc: &Document) -> Vec<PartReading<'_>> {
    part_readings_of(doc, &doc.cues)
}

pub(super) fn check(doc: &Document, cues: &Cues, sink: &mut Sink) {
    // Parts already found above their whole: two readings of one place
    // (a part read alone, then with the parts listed after it) say it once.
    let mut flagged = Vec::new();
    let readings = part_readings_of(doc, cues);
    for reading in &readings {
        check_one(doc, reading, sink, &mut flagged);
    }
    share_of_whole::check(doc, &readings, sink);
    share_of_named::check(doc, &readings, sink);
    targets_met::check_sums(doc, sink);
    colon_groups::check_short(doc, sink);
    nested_twice::check(doc, sink);
    income_ratio::check(doc, sink);
}

fn part_readings_of<'d>(doc: &'d Document, cues: &Cues) -> Vec<PartReading<'d>> {
    let of_which = &cues.of_which;
    (0..of_which.len())
        .filter_map(|i| Cue::at(doc, of_which, i))
        .flat_map(|cue| {
            let reading = read_one(doc, &cue);
            let earlier = reading.as_ref().and_then(|r| at_earlier_levels(doc, r));
            let second = reading.as_ref().and_then(|r| in_second_measure(doc, r));
            let measured = reading.as_ref().and_then(|r| measured_respectively(doc, r));
            let rises = reading.as_ref().and_then(|r| rises_of_parts(doc, r));
            let alike = reading
                .as_ref()
                .and_then(|r| measured_alike::measured_alike(doc, r));
            reading
                .into_iter()
                .chain(earlier)
                .chain(second)
                .chain(measured)
                .chain(rises)
                .chain(alike)
                .chain(labelled_at(doc, &cue))
        })
        .chain(bracketed(doc))
        .chain(counted_among(doc))
        .chain(annual::annual_of_total(doc))
        .chain(annual::done_of_attributed_total(doc))
        .chain(added_to_stock::added_to_stock(doc))
        .chain(added_to_stock::stock_then_added(doc))
        .chain(added_to_stock::stock_then_rise(doc))
        .chain(added_to_stock::done_to_date(doc))
        .chain(kind_of_total::kind_of_total(doc))
        .chain(kind_of_total::listed_kind_of_total(doc))
        .chain(exports::exports_of_trade(doc))
        .chain(plan_year::year_of_period(doc))
        .chain(bounds::nested_bounds(doc))
        .chain(industries::industries_of_output(doc))
        .chain(broken_down::broken_down(doc))
        .chain(colon_groups::colon_groups(doc))
        .chain(compound_unit::compound_unit_parts(doc))
        .chain(included::included(doc))
        .chain(first_batch::first_batch(doc))
        .chain(later_stage::later_stage(doc))
        .chain(area_within::area_within(doc))
        .chain(market_entities::market_entities(doc))
        .chain(bounded_classes::bounded_classes(doc))
        .chain(changed_alike::changed_alike(doc, of_which))
        .chain(share_named::share_named(doc))
        .chain(stock_named_again::stock_named_again(doc))
        .chain(named_within::named_within(doc))
        .chain(targets_met::reviews(doc).map(|r| r.reading()))
        .chain(restated_by_class(doc))
        .chain(
            cues.respectively
                .iter()
                .filter_map(|&at| listed_after(doc, at)),
        )
        .chain(
            cues.respectively
                .iter()
                .filter_map(|&at| respectively_total::respectively_total(doc, at)),
        )
        .filter_map(of_its_measure)
        .collect()
}

/// The reading's parts up to the first whose indicator measures another
/// flow than the whole's (`财政总收入…，其中地方财政收入…，一般预算支出…`:
/// spending is no part of revenue, and what follows it is another
/// subject's); `None` when no part is left.
fn of_its_measure(mut reading: PartReading<'_>) -> Option<PartReading<'_>> {
    let whole = reading.whole.indicator.as_deref();
    let foreign = reading
        .parts
        .iter()
        .position(|part| crate::figures::other_measures(whole, part.indicator.as_deref()));
    if let Some(k) = foreign {
        reading.parts.truncate(k);
    }
    (!reading.parts.is_empty()).then_some(reading)
}

/// `first` and up to `more` figures right after it, while each continues
/// the run: `continues` is given the text between the last part and the
/// next figure, and that figure.
fn run_of_parts<'d>(
    doc: &'d Document,
    first: &'d Figure,
    more: usize,
    continues: impl Fn(&str, &Figure) -> bool,
) -> Vec<&'d Figure> {
    let mut parts = vec![first];
    let k = doc
        .figures
        .partition_point(|f| f.span.start < first.span.end);
    for next in doc.figures[k..].iter().take(more) {
        let last = parts[parts.len() - 1];
        let Some(gap) = doc.text.get(last.span.end..next.span.start) else {
            break;
        };
        if !continues(gap, next) {
            break;
        }
        parts.push(next);
    }
    parts
}

/// Whether `whole` is a floor of an amount (`超过20亿元`, `过3亿元`, `5万元
/// 以上`) that each of several things passes: its clause counts them one
/// by one before it (`5个县`, `50户企业`), or says each or all (`均`,
/// `县县`, `所有`). (A floor of a count, `项目30个以上`, is the things'
/// number.)
fn bounds_each(doc: &Document, whole: &Figure) -> bool {
    if whole.kind == FigureKind::Count {
        return false;
    }
    let text = &doc.text;
    let before = &text[..whole.span.start];
    let floor = whole.qualifier == Some(Qualifier::Over)
        || ["过", "过了", "迈上", "跨上"]
            .iter()
            .any(|w| before.ends_with(w))
        || text[whole.span.end..].starts_with("以上");
    if !floor {
        return false;
    }
    // `超1000万元的乡镇`: a bound naming a class of things, each above it.
    let after = &text[whole.span.end..];
    if after
        .strip_prefix("以上")
        .unwrap_or(after)
        .starts_with('的')
    {
        return true;
    }
    let clause = doc.clause_range(whole.span.start);
    let lead = &text[clause.start.min(whole.span.start)..whole.span.start];
    let first = doc.figures.partition_point(|f| f.span.start < clause.start);
    let counted = doc.figures[first..]
        .iter()
        .take_while(|f| f.span.end <= whole.span.start)
        .any(|f| exact_count(text, f));
    counted
        || [
            "均", "县县", "所有", "每个", "各县", "各市", "各区", "各乡", "各地",
        ]
        .iter()
        .any(|w| lead.contains(w))
}

fn check_one(
    doc: &Document,
    reading: &PartReading,
    sink: &mut Sink,
    flagged: &mut Vec<(usize, usize)>,
) {
    let text = &doc.text;
    let whole = reading.whole;
    let parts = &reading.parts;
    let Some(first) = parts.first() else {
        return;
    };
    // Made only for a finding: most readings have none.
    let whole_text = || whole.text(text).to_string();
    let related = || {
        vec![Related {
            file: None,
            range: whole.span.clone(),
            kind: RelatedKind::Whole,
        }]
    };
    // `5个县财政收入超过20亿元，其中甲县突破40亿元`: a floor each of the
    // things counted passes is no sum; its parts are those things' own
    // levels, above the floor by right.
    if bounds_each(doc, whole) {
        return;
    }
    // `突破60万户`: a floor written as the round number below the
    // level; were the level twice that, the floor would say so.
    let ceiling = match whole.qualifier {
        Some(Qualifier::Over) if whole.high.is_infinite() => whole.low * 2.0,
        _ if exact_count(text, whole) => whole.value,
        _ => whole.high,
    };
    // The run of parts has no end mark: once a part holds, a later figure
    // over ten times the whole (`教职工6500人，其中专任教师5800人，在校生
    // 8.6万人`) more likely opens another subject than misprints a part
    // (a slipped point makes ten times at most). The run ends before it,
    // unread.
    let within = parts
        .iter()
        .skip(1)
        .position(|part| least(text, part) > ceiling * 10.0)
        .map_or(parts.len(), |k| k + 1);
    let within = within.min(accounted_for(doc, whole, &parts[..within]));
    let within = within.min(finished_beside_started(doc, whole, &parts[..within]));
    let within = within.min(doubtful::broken_down_itself(text, &parts[..within]));
    // Parts of another subject or measure matter only to a finding: most
    // readings, within their whole, are not named for them.
    let leasts: Vec<f64> = parts[..within].iter().map(|p| least(text, p)).collect();
    let over = leasts.iter().any(|&l| l > ceiling) || leasts.iter().sum::<f64>() > whole.high;
    let within = if over {
        let whole_name = label(doc, whole);
        let names: Vec<&str> = parts[..within].iter().map(|p| label(doc, p)).collect();
        // A torn number's value, a whole that is an increase or an
        // average, or other things counted first leave the reading in
        // doubt.
        if doubtful::torn(text, whole)
            || parts[..within].iter().any(|p| doubtful::torn(text, p))
            || doubtful::increase_named(whole_name)
            || doubtful::average_of_running_total(whole_name, &names)
            || doubtful::other_things_counted_first(doc, whole, first)
        {
            return;
        }
        let within = within.min(another_subject(text, whole_name, &parts[..within], &names));
        let within = within.min(measured_otherwise(whole_name, &names[..within]));
        let within = within.min(named_as_whole(whole_name, &names[..within]));
        // A part named for another whole is not read here, nor any after it.
        (0..within)
            .position(|k| {
                least(text, parts[k]) > ceiling
                    && doubtful::another_whole_named(doc, (whole, whole_name), (parts[k], names[k]))
            })
            .map_or(within, |k| within.min(k))
    } else {
        within
    };
    let parts = &parts[..within];
    let mut one_exceeds = false;
    for part in parts {
        if least(text, part) > ceiling {
            one_exceeds = true;
            let place = (whole.span.start, part.span.start);
            if flagged.contains(&place) {
                continue;
            }
            flagged.push(place);
            sink.push(
                part.span.clone(),
                Finding::PartExceedsWhole {
                    part: part.text(text).to_string().into(),
                    whole: whole_text().into(),
                },
                related(),
            );
        }
    }
    if one_exceeds || parts.len() < 2 || reading.stops_at_next {
        return;
    }
    // Nested parts, or a part's old and new level (`由40元提高到80元`),
    // cannot be added up.
    // Words inside a bracket between two parts (`（含…）`) nest in the
    // part before, not the next one in it.
    let nested = parts.windows(2).any(|pair| {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        let (head, tail) = match (gap.find(['（', '(']), gap.rfind(['）', ')'])) {
            (Some(open), Some(close)) if open < close => (&gap[..open], &gap[close..]),
            _ => (gap, ""),
        };
        [head, tail].iter().any(|gap| {
            NESTS.iter().any(|w| gap.contains(w)) || gap.contains('到') || gap.contains('至')
        })
    });
    // Classes bounded by a figure (`其中50亿元以上项目56个、20亿元以上项目
    // 135个`; `产值过亿元企业20家、纳税超千万元企业7家`) may hold one
    // another: not added up.
    // A class so bounded first (`其中亿元以上项目26个；竣工项目41个`, the
    // bound in words or in figures) may hold the things of a later part
    // named another way too.
    let classes = || {
        let lo = doc
            .figures
            .partition_point(|f| f.span.start < whole.span.end);
        let first_bounded = doc.figures[lo..]
            .iter()
            .take_while(|f| f.span.end <= first.span.start)
            // (`比上年的13.6亿元增长6.6%`: the whole's earlier level, no bound.)
            .any(|f| is_threshold(text, f) && !is_base(doc, f))
            // A class bounded in words, first or later (`新开工项目2461个，
            // 亿元以上项目153个`), cuts across the classes named otherwise.
            || parts.iter().any(|p| {
                let name = label(doc, p);
                ["以上", "以下"].iter().any(|w| name.contains(w))
            });
        first_bounded
            || parts.windows(2).any(|pair| {
                let lo = doc
                    .figures
                    .partition_point(|f| f.span.start < pair[0].span.end);
                doc.figures[lo..]
                    .iter()
                    .take_while(|f| f.span.end <= pair[1].span.start)
                    .any(|f| is_threshold(text, f))
            })
    };
    // `其中脱贫村86个，150个村集体收入超过10万元`: a bare count opening its
    // clause, a figure of its own after it, says what some of the whole's
    // things have; those may be among the parts named before.
    let status = || {
        parts.windows(2).any(|pair| {
            let gap = &text[pair[0].span.end..pair[1].span.start];
            if !matches!(gap, "，" | "," | "；" | ";") {
                return false;
            }
            let clause_end = doc.clause_range(pair[1].span.start).end;
            let lo = doc
                .figures
                .partition_point(|f| f.span.start < pair[1].span.end);
            doc.figures
                .get(lo)
                .is_some_and(|f| f.span.end <= clause_end)
        })
    };
    // `其中女性138人、少数民族126人`: parts named along different lines.
    let crossing = || crossing::may_overlap(parts.iter().map(|p| (label(doc, p), p.unit.as_str())));
    // `其中11项居前三、4项第一`: parts by rank, the higher among the lower.
    let ranked = || parts.iter().any(|p| ranked_after(&text[p.span.end..]));
    let sum: f64 = parts.iter().map(|p| least(text, p)).sum();
    if !nested && sum > whole.high && !classes() && !status() && !crossing() && !ranked() {
        push_parts_exceed(sink, text, whole, parts, sum);
    }
}

/// Whether `after` a part opens with a rank (`前三`, `居前5`, `第一`,
/// `首位`).
fn ranked_after(after: &str) -> bool {
    let after = after
        .strip_prefix("居")
        .or_else(|| after.strip_prefix("位居"))
        .or_else(|| after.strip_prefix("进入"))
        .unwrap_or(after);
    let numbered = |rest: &str| {
        rest.chars().next().is_some_and(|c| {
            crate::chars::chinese_digit(c).is_some() || crate::chars::digit_value(c).is_some()
        })
    };
    after.starts_with("首位")
        || ["前", "第"]
            .iter()
            .any(|w| after.strip_prefix(w).is_some_and(numbered))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte searches find the breaks a search by characters finds, at
    /// every boundary and limit (ASCII, two-, three- and four-byte text).
    #[test]
    fn sentences_by_bytes_agree_with_characters() {
        let text = "甲；é乙。\n𝄞丙!a？b;c！d?\r其中，工业（1）。";
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &from in &boundaries {
            for &to in boundaries.iter().filter(|&&to| to >= from) {
                let end = text[from..to]
                    .char_indices()
                    .find(|(_, c)| ends_sentence(*c))
                    .map_or(to, |(i, _)| from + i);
                assert_eq!(sentence_end(text, from, Some(to)), end, "{from}..{to}");
                let start = match text[from..to]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| ends_sentence(*c))
                {
                    Some((i, c)) => (from + i + c.len_utf8(), true),
                    None => (from, from == 0),
                };
                assert_eq!(sentence_start(text, to, Some(from)), start, "{from}..{to}");
            }
        }
    }

    #[test]
    fn brackets_are_counted_by_bytes() {
        assert!(in_brackets("项目（其中"));
        assert!(in_brackets("项目(其中"));
        assert!(!in_brackets("项目（甲）乙"));
        assert!(!in_brackets("项目(甲)乙（丙）"));
        assert!(in_brackets("（（甲）"));
        assert!(!in_brackets("｛｝＂甲"));
        assert_eq!(brackets("）左右、乙（含丙（丁"), (2, 1));
        assert_eq!(brackets("(甲)）"), (1, 2));
        assert_eq!(brackets("｛｝"), (0, 0));
    }

    #[test]
    fn words_are_found_by_bytes() {
        assert!(holds_word("年均增长", "均"));
        assert!(holds_word("甲，乙", "，"));
        assert!(!holds_word("甲、乙", "，"));
        assert!(!holds_word("", "均"));
        assert!(holds_word("甲", ""));
    }

    #[test]
    fn leaving_words_are_found_by_bytes() {
        assert!(holds_leaving_word("，带动投资", false));
        assert!(holds_leaving_word("工业完成", false));
        assert!(!holds_leaving_word("工业完成", true));
        assert!(!holds_leaving_word("工业投资", false));
        assert!(!holds_leaving_word("", false));
    }
}
