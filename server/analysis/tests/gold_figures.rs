//! Figures measured against a gold read by eye.
//!
//! `tests/gold/figures/**.toml` records, for real reports of ../shared/corpus,
//! the places where figures must agree (a stated count and its list, a `其中`
//! whole and its parts, a `分别` list, two levels and a growth rate, a share,
//! a numeric slogan's note, a structure ratio's parts) as people read them
//! without report-ls, with the
//! figure tokens as printed and whether the place holds.
//!
//! Three measures, printed per kind (run with `--nocapture`):
//! - reading recall: the share of gold places that the readers recognize
//!   (the same figures, the same list size, on the same line);
//! - precision: no finding on a place that holds, a finding on each place
//!   that does not;
//! - mutation recall: each place that holds is broken once (a count ±1, a
//!   part above its whole, a bounded rate over 100%, a slogan numeral
//!   changed, a value dropped from a `分别` list, a current-price growth
//!   rate changed, a share of a ratio raised by five) and the matching rule
//!   must fire on its line.
//!
//! `GOLD_KIND=part,rate` measures only those kinds (a quicker loop);
//! `GOLD_MISSED=1` prints each broken place the rules missed, with the
//! broken words and what fired on the line; `GOLD_HALF=A` (or `B`) measures
//! only the first (last) half of each held-out set.
//!
//! The directories of `HELD_OUT` (`tests/gold/figures-holdout/**.toml`,
//! and any newer set, read before the oldest is tuned on, in
//! `figures-holdout-next/` and `figures-holdout-later/`) are golds of the
//! same schema over reports the readers were never tuned on (nor any other
//! gold under `tests/gold/`): each is measured apart and printed as a table
//! of its own ("held-out"), with the false-alarm assert but no recall
//! floors; their lines stay unprinted, except the oldest set's with
//! `GOLD_REVEAL_HELD_OUT=1` (only once it is being retired into the tuned
//! gold). When the readers have been tuned on the oldest, it joins
//! `figures/` and the next takes its directory. Once every report of the
//! corpus is in some gold, no fresh set can be read: the last held-out set
//! then stays blind rather than be tuned on, so that one measure of unseen
//! reports remains.
//!
//! The places come from the gold, never from the readers under test. Until
//! the targets (90% per kind) are reached, the asserts hold the levels
//! reached so far: floors that may only go up, except when a held-out set
//! joins the tuned gold and the measure is taken over more reports.

use std::collections::BTreeMap;

use report_analysis::checks::{
    bounded_rate, growth_readings, part_readings, points_readings, ratio_readings,
    respectively_readings, slogan_readings,
};
use report_analysis::fold::fold_figures;
use report_analysis::lists::counted_lists;
use report_analysis::{Code, Config, Context, Diagnostic, Document, check};
use serde::Deserialize;

mod common;
use common::{GoldReport, pct};

#[derive(Deserialize)]
struct Gold {
    path: String,
    #[serde(default)]
    place: Vec<Place>,
}

#[derive(Deserialize, Clone)]
struct Place {
    kind: String,
    line: usize,
    holds: bool,
    #[serde(default)]
    ambiguous: bool,
    // count
    count: Option<String>,
    /// Where the count is when its token occurs more than once on the
    /// line: the words printed right before it (`等`) ...
    before: Option<String>,
    /// ... or right after it (`，即`). Only says where; the figures stay
    /// those read by eye.
    after: Option<String>,
    items: Option<usize>,
    #[serde(default)]
    closed_by_deng: bool,
    // part
    whole: Option<String>,
    #[serde(default)]
    parts: Vec<String>,
    // respectively
    subjects: Option<usize>,
    #[serde(default)]
    values: Vec<String>,
    // growth (and rate)
    from: Option<String>,
    to: Option<String>,
    rate: Option<String>,
    basis: Option<String>,
    // points (with `from` and `to`, the two rates)
    points: Option<String>,
    // slogan
    slogan: Option<String>,
    /// The line of the note defining a slogan used on `line`.
    note_line: Option<usize>,
    #[serde(default)]
    counts: Vec<(String, u32)>,
    #[serde(default)]
    listed: Vec<usize>,
    // rate
    #[serde(default)]
    bounded: bool,
    /// The share's name, printed before the rate.
    indicator: Option<String>,
    // ratio (with `parts`, as printed; `before` says where when needed)
    /// Whether a ratio's parts are shares of one whole (meant to add up to
    /// 100); a ratio of another kind (`1∶1∶1` funds) is read for false
    /// alarms only.
    shares: Option<bool>,
}

impl Place {
    /// Whether the place can be read and broken: not ambiguous, and a
    /// ratio only when its parts are shares.
    /// The place's figures as printed after its line (` [三大工程]`, ` ["5%",
    /// "6%"]`), to tell apart places of one line.
    fn label(&self) -> String {
        self.slogan
            .as_deref()
            .or(self.count.as_deref())
            .or(self.rate.as_deref())
            .map(|s| format!(" [{s}]"))
            .or_else(|| (!self.values.is_empty()).then(|| format!(" {:?}", self.values)))
            .unwrap_or_default()
    }

    fn checkable(&self) -> bool {
        !self.ambiguous && self.shares != Some(false)
    }
}

const KINDS: [&str; 8] = [
    "count",
    "part",
    "respectively",
    "growth",
    "points",
    "slogan",
    "rate",
    "ratio",
];

/// Every gold report with its text.
fn gold() -> Vec<(Gold, String)> {
    folded(common::gold("figures"))
}

/// The reports and their places as the readers see them: full-width
/// figures folded to ASCII (`６．３％` is read as `6.3%`) and spaces around
/// figures taken out (`4 个` as `4个`, see `report_analysis::fold`), in the
/// text and in the tokens copied by eye alike, so that a token still names
/// the figure printed.
fn folded(reports: Vec<(Gold, String)>) -> Vec<(Gold, String)> {
    // A token is folded as it stands in a sentence, not at a line's start
    // (where a space after a figure is an item's and stays: `4 个` in a
    // spaced report is the text's `4个`).
    let fold = |s: &mut String| {
        let folded = fold_figures(format!("的{s}")).0;
        *s = folded.strip_prefix('的').unwrap_or(&folded).to_string();
    };
    reports
        .into_iter()
        .map(|(mut gold, text)| {
            for p in &mut gold.place {
                let singles = [
                    &mut p.count,
                    &mut p.before,
                    &mut p.after,
                    &mut p.whole,
                    &mut p.from,
                    &mut p.to,
                    &mut p.rate,
                    &mut p.points,
                    &mut p.slogan,
                    &mut p.indicator,
                ];
                singles.into_iter().flatten().for_each(fold);
                p.parts.iter_mut().for_each(fold);
                p.values.iter_mut().for_each(fold);
                p.counts.iter_mut().for_each(|(word, _)| fold(word));
            }
            (gold, fold_figures(text).0)
        })
        .collect()
}

impl GoldReport for Gold {
    fn path(&self) -> &str {
        &self.path
    }
}

/// The rules that check a kind of place.
fn codes(kind: &str) -> &'static [Code] {
    match kind {
        "count" => &[Code::CountMismatch, Code::SloganCount],
        "part" => &[Code::PartExceedsWhole, Code::PartsExceedWhole],
        "respectively" => &[Code::RespectivelyMismatch],
        "growth" => &[Code::GrowthMismatch],
        "points" => &[Code::PointsMismatch],
        "slogan" => &[Code::SloganCount, Code::CountMismatch],
        "rate" => &[Code::RateOutOfRange],
        "ratio" => &[Code::RatioSumMismatch],
        _ => &[],
    }
}

/// 1-based line of a byte offset.
fn line_of(doc: &Document, offset: usize) -> usize {
    doc.line_index.line_of(offset) + 1
}

/// A figure read by report-ls and a token copied by the gold name the same
/// words (a qualifier such as `超` or `左右` may fall on either side). The
/// shorter must not cut a number of the longer: `2个` is not `12个`, `5万`
/// is not `5万亿元`, `5%` is not `8.5%`; `三位` is `三位一体`.
fn same(read: &str, token: &str) -> bool {
    if read.is_empty() || token.is_empty() {
        return false;
    }
    let (short, long) = if read.len() <= token.len() {
        (read, token)
    } else {
        (token, read)
    };
    long.match_indices(short).any(|(at, _)| {
        let before = long[..at].chars().next_back();
        let after = long[at + short.len()..].chars().next();
        let cuts_start = short.starts_with(part_of_number) && before.is_some_and(part_of_number);
        let cuts_end = short.ends_with(part_of_number) && after.is_some_and(part_of_number);
        !cuts_start && !cuts_end
    })
}

/// A slogan as compared with the gold: a note may print its parts apart
/// (`“一平台、三机制”`, `“一线”“两沟”`) where the body runs them together
/// (`一平台三机制`); the same slogan either way.
fn bare_slogan(slogan: &str) -> String {
    slogan
        .chars()
        .filter(|c| !matches!(c, '、' | '，' | ',' | '“' | '”' | '"' | ' '))
        .collect()
}

/// A character that continues a number written in digits or in words.
fn part_of_number(c: char) -> bool {
    c.is_ascii_digit() || ".．０１２３４５６７８９〇零一二两三四五六七八九十百千万亿".contains(c)
}

fn same_all(read: &[&str], tokens: &[String]) -> bool {
    read.len() == tokens.len() && read.iter().zip(tokens).all(|(r, t)| same(r, t))
}

/// Whether the readers recognize `place` in `doc`.
fn recognized(doc: &Document, place: &Place) -> bool {
    let text = &doc.text;
    let on_line = |offset: usize| line_of(doc, offset) == place.line;
    match place.kind.as_str() {
        "count" => {
            let (Some(token), Some(items)) = (place.count.as_deref(), place.items) else {
                return false;
            };
            let stated = first_numeral(token).map(|(_, n)| n);
            counted_lists(doc).iter().any(|l| {
                on_line(l.count_range.start)
                    && same(&text[l.count_range.clone()], token)
                    && (l.items.len()..=l.items.len() + l.hidden).contains(&items)
            })
            // A note's one-numeral slogan (`六项行动：…`) is read, and
            // checked, by the slogan reader: the same count over the
            // same items.
                || slogan_readings(doc).iter().any(|r| {
                    on_line(r.term_range.start)
                        && same(&r.slogan, token)
                        && r.parts.iter().zip(&r.listed).any(|((n, _), listed)| {
                            Some(*n) == stated && *listed == items
                        })
                })
        }
        "part" => {
            let Some(whole) = place.whole.as_deref() else {
                return false;
            };
            part_readings(doc).iter().any(|r| {
                let parts: Vec<&str> = r.parts.iter().map(|p| p.text(text)).collect();
                on_line(r.whole.span.start.max(r.parts[0].span.start))
                    && same(r.whole.text(text), whole)
                    && same_all(&parts, &place.parts)
            })
        }
        "respectively" => respectively_readings(doc).iter().any(|r| {
            let values: Vec<&str> = r.values.iter().map(|v| &text[v.clone()]).collect();
            on_line(r.at)
                && same_all(&values, &place.values)
                && place
                    .subjects
                    .is_some_and(|n| (r.subjects.0..=r.subjects.1).contains(&n))
        }),
        "growth" => {
            let (Some(from), Some(to), Some(rate)) = (&place.from, &place.to, &place.rate) else {
                return false;
            };
            growth_readings(doc).iter().any(|r| {
                on_line(r.change.span.start)
                    && same(r.from.text(text), from)
                    && same(r.to.text(text), to)
                    && same(r.change.text(text), rate)
            })
        }
        "points" => {
            let (Some(from), Some(to), Some(points)) = (&place.from, &place.to, &place.points)
            else {
                return false;
            };
            points_readings(doc).iter().any(|r| {
                on_line(r.change.span.start)
                    && same(r.from.text(text), from)
                    && same(r.to.text(text), to)
                    && same(r.change.text(text), points)
            })
        }
        "rate" => {
            let Some(rate) = place.rate.as_deref() else {
                return false;
            };
            doc.figures.iter().any(|f| {
                on_line(f.span.start)
                    && same(f.text(text), rate)
                    && bounded_rate(text, f) == place.bounded
            })
        }
        "slogan" => {
            let Some(slogan) = place.slogan.as_deref() else {
                return false;
            };
            let numerals: Vec<u32> = place.counts.iter().map(|(_, n)| *n).collect();
            // A slogan used in the body is read in its note; a notes section
            // printed twice (a draft's first copy cut short, then the whole)
            // holds the same note on two lines, either of which is its note.
            let line_text = |line: usize| text[doc.line_index.line_range(text, line - 1)].trim();
            let in_note = |offset: usize| {
                place.note_line.is_some_and(|note| {
                    let line = line_of(doc, offset);
                    line == note || line_text(line) == line_text(note)
                })
            };
            let on_line = |offset: usize| on_line(offset) || in_note(offset);
            slogan_readings(doc).iter().any(|r| {
                let stated: Vec<u32> = r.parts.iter().map(|(n, _)| *n).collect();
                on_line(r.term_range.start)
                    && same(&bare_slogan(&r.slogan), &bare_slogan(slogan))
                    && stated == numerals
                    && r.listed == place.listed
            })
        }
        "ratio" => ratio_readings(doc)
            .iter()
            .any(|r| on_line(r.start) && same_all(&ratio_parts(&text[r.clone()]), &place.parts)),
        _ => false,
    }
}

/// A ratio's parts as printed, without its separators and spaces.
fn ratio_parts(ratio: &str) -> Vec<&str> {
    ratio
        .split(RATIO_SEPARATORS)
        .map(|p| p.trim_matches([' ', '\u{3000}']))
        .collect()
}

/// What the readers of a kind read on a place's line, for `GOLD_UNREAD`.
fn read_on_line(doc: &Document, place: &Place) -> String {
    if std::env::var_os("GOLD_UNREAD").is_none() {
        return String::new();
    }
    let text = &doc.text;
    let on_line = |offset: usize| line_of(doc, offset) == place.line;
    let read: Vec<String> = match place.kind.as_str() {
        "count" => count_readings(doc, place.line),
        "slogan" => slogan_readings(doc)
            .iter()
            .filter(|r| on_line(r.term_range.start))
            .map(|r| format!("{} {:?} {:?}", r.slogan, r.parts, r.listed))
            .collect(),
        "respectively" => respectively_readings(doc)
            .iter()
            .filter(|r| on_line(r.at))
            .map(|r| {
                let values: Vec<&str> = r.values.iter().map(|v| &text[v.clone()]).collect();
                format!("{:?} {values:?}", r.subjects)
            })
            .collect(),
        "part" => part_readings(doc)
            .iter()
            .filter(|r| on_line(r.whole.span.start.max(r.parts[0].span.start)))
            .map(|r| {
                let parts: Vec<&str> = r.parts.iter().map(|p| p.text(text)).collect();
                format!("{} {parts:?}", r.whole.text(text))
            })
            .collect(),
        "ratio" => ratio_readings(doc)
            .iter()
            .filter(|r| on_line(r.start))
            .map(|r| text[r.clone()].to_string())
            .collect(),
        "rate" => doc
            .figures
            .iter()
            .filter(|f| on_line(f.span.start) && f.text(text).ends_with(['%', '％']))
            .map(|f| {
                format!(
                    "{}{}",
                    f.text(text),
                    if bounded_rate(text, f) { "(b)" } else { "" }
                )
            })
            .collect(),
        _ => Vec::new(),
    };
    format!("  read: {}", read.join(" | "))
}

/// The counted lists read on `line`: the count as written, the items
/// (and how many more a `和` may hide), whether the list is open, and the
/// reader.
fn count_readings(doc: &Document, line: usize) -> Vec<String> {
    counted_lists(doc)
        .iter()
        .filter(|l| line_of(doc, l.count_range.start) == line)
        .map(|l| {
            format!(
                "{} {}+{}{} {:?}",
                &doc.text[l.count_range.clone()],
                l.items.len(),
                l.hidden,
                if l.open { " open" } else { "" },
                l.source
            )
        })
        .collect()
}

/// Whether a rule of `place`'s kind fires on `place`: a finding on its
/// line that is about it. When the gold has more than one place of the kind
/// on that line (one that holds beside one that does not), a finding is
/// about the place whose own figure lies nearest to the finding's range;
/// a tie counts for each.
fn fires_on(doc: &Document, found: &[Diagnostic], gold: &Gold, place: &Place) -> bool {
    let codes = codes(&place.kind);
    let range = doc.line_index.line_range(&doc.text, place.line - 1);
    let line = &doc.text[range.clone()];
    let same_line: Vec<&Place> = gold
        .place
        .iter()
        .filter(|p| p.kind == place.kind && p.line == place.line)
        .collect();
    found
        .iter()
        .filter(|d| codes.contains(&d.code()) && line_of(doc, d.range.start) == place.line)
        .any(|d| {
            if same_line.len() < 2 {
                return true;
            }
            let at =
                d.range.start.saturating_sub(range.start)..d.range.end.saturating_sub(range.start);
            let distance = |p: &Place| anchor(line, p).map_or(usize::MAX, |a| gap(&a, &at));
            let own = distance(place);
            same_line.iter().all(|p| distance(p) >= own)
        })
}

/// Where a place's own figure is on its line: the count (placed by the
/// words around it), the whole, the `分别` values, the slogan, the share
/// after its name, the stated rate or difference by the later level.
fn anchor(line: &str, place: &Place) -> Option<std::ops::Range<usize>> {
    let at = |token: &str, from: usize| {
        let p = from + line.get(from..)?.find(token)?;
        Some(p..p + token.len())
    };
    match place.kind.as_str() {
        "count" => {
            let token = place.count.as_deref()?;
            match (place.before.as_deref(), place.after.as_deref()) {
                (Some(before), _) => {
                    at(&format!("{before}{token}"), 0).map(|r| r.start + before.len()..r.end)
                }
                (None, Some(after)) => {
                    at(&format!("{token}{after}"), 0).map(|r| r.start..r.start + token.len())
                }
                (None, None) => at(token, 0),
            }
        }
        "part" => at(place.whole.as_deref()?, 0),
        "respectively" => {
            let first = at(place.values.first()?, 0)?;
            let mut end = first.end;
            for value in &place.values[1..] {
                end = at(value, end)?.end;
            }
            Some(first.start..end)
        }
        "slogan" => at(place.slogan.as_deref()?, 0),
        "rate" => at(place.rate.as_deref()?, rate_search_start(line, place)?),
        "ratio" => ratio_first_part(line, place),
        "growth" => by_level(line, place.rate.as_deref()?, place.to.as_deref()),
        "points" => by_level(line, place.points.as_deref()?, place.to.as_deref()),
        _ => None,
    }
}

/// Where a rate is looked for on its line: right after the words printed
/// before it when the rate occurs twice (`before`), else after its share's
/// name, not at an earlier figure ending alike (`96%` in `97.196%`).
fn rate_search_start(line: &str, place: &Place) -> Option<usize> {
    if let Some(before) = place.before.as_deref() {
        let rate = place.rate.as_deref()?;
        return line
            .find(&format!("{before}{rate}"))
            .map(|p| p + before.len());
    }
    Some(
        place
            .indicator
            .as_deref()
            .and_then(|name| line.find(name))
            .unwrap_or(0),
    )
}

/// Where a ratio's first part is on its line: after the words printed
/// before it (`before`, when two ratios share a first part), the first
/// occurrence that starts a number and is followed by a ratio's separator
/// (not the `20` of an earlier `2002年`).
fn ratio_first_part(line: &str, place: &Place) -> Option<std::ops::Range<usize>> {
    let first = place.parts.first()?;
    let from = place
        .before
        .as_deref()
        .and_then(|before| line.find(before).map(|p| p + before.len()))
        .unwrap_or(0);
    line[from..]
        .match_indices(first.as_str())
        .map(|(p, _)| from + p..from + p + first.len())
        .find(|at| {
            let glued_before = line[..at.start]
                .chars()
                .next_back()
                .is_some_and(part_of_number);
            let next = line[at.end..]
                .trim_start_matches([' ', '\u{3000}'])
                .chars()
                .next();
            !glued_before && next.is_some_and(|c| RATIO_SEPARATORS.contains(&c))
        })
}

/// The separators a ratio is printed with.
const RATIO_SEPARATORS: [char; 4] = ['∶', ':', '：', '︰'];

/// Bytes between two ranges; 0 when they overlap or touch.
fn gap(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// Lines where a rule of `codes` fires (the finding's own range).
fn fired_lines(doc: &Document, codes: &[Code]) -> Vec<usize> {
    let config = Config::default();
    check(doc, &Context::alone(&config))
        .iter()
        .filter(|d| codes.contains(&d.code()))
        .map(|d| line_of(doc, d.range.start))
        .collect()
}

#[derive(Default)]
struct Tally {
    places: usize,
    ambiguous: usize,
    recognized: usize,
    holding: usize,
    false_alarms: usize,
    not_holding: usize,
    found: usize,
    mutated: usize,
    caught: usize,
}

/// What one gold set measures: the tally per kind, the false alarms on
/// places that hold, and the places the readers do not recognize.
struct Measured {
    tally: BTreeMap<&'static str, Tally>,
    alarms: Vec<String>,
    unread: Vec<String>,
}

/// Reading recall, precision and mutation recall over `reports`.
/// `reveal` says whether the `GOLD_*` variables may print the set's lines:
/// never for the held-out set, which stays unread.
fn measure(reports: &[(Gold, String)], reveal: bool) -> Measured {
    let config = Config::default();
    let mut tally: BTreeMap<&'static str, Tally> =
        KINDS.iter().map(|k| (*k, Tally::default())).collect();
    let mut alarms = Vec::new();
    let mut unread = Vec::new();
    for (gold, text) in reports {
        let doc = Document::parse(text.as_str(), &config);
        let found = check(&doc, &Context::alone(&config));
        for place in gold.place.iter().filter(|p| only_kind(&p.kind)) {
            let Some(t) = tally.get_mut(place.kind.as_str()) else {
                panic!("{}: unknown kind {}", gold.path, place.kind);
            };
            t.places += 1;
            if !place.checkable() {
                t.ambiguous += 1;
            } else if recognized(&doc, place) {
                t.recognized += 1;
            } else {
                unread.push(format!(
                    "{} {}:{}{}{}",
                    place.kind,
                    gold.path,
                    place.line,
                    place.label(),
                    read_on_line(&doc, place)
                ));
            }
            let fires = fires_on(&doc, &found, gold, place);
            if place.holds {
                t.holding += 1;
                if fires {
                    t.false_alarms += 1;
                    alarms.push(format!("{} {}:{}", place.kind, gold.path, place.line));
                    if reveal && std::env::var_os("GOLD_ALARMS").is_some() {
                        let range = doc.line_index.line_range(text, place.line - 1);
                        let line: String = text[range].chars().take(120).collect();
                        let on_line: Vec<String> = found
                            .iter()
                            .filter(|d| {
                                codes(&place.kind).contains(&d.code())
                                    && line_of(&doc, d.range.start) == place.line
                            })
                            .map(|d| format!("{:?}", d.finding))
                            .collect();
                        println!("ALARM {}:{} {on_line:?}\n    {line}", gold.path, place.line);
                    }
                }
            } else {
                t.not_holding += 1;
                t.found += usize::from(fires);
            }
        }
    }
    mutate_all(reports, &mut tally, reveal);
    if !reveal {
        unread.clear();
    }
    Measured {
        tally,
        alarms,
        unread,
    }
}

/// The per-kind table of one gold set, then its false alarms (and, with
/// `GOLD_UNREAD`, its unread places).
fn print_table(title: &str, reports: usize, measured: &Measured) {
    println!("{title}: {reports} reports");
    println!(
        "{:<13} {:>6} {:>9} {:>16} {:>13} {:>9} {:>16}",
        "kind", "places", "ambiguous", "reading recall", "false alarms", "found", "mutation recall"
    );
    for (kind, t) in &measured.tally {
        let readable = t.places - t.ambiguous;
        println!(
            "{:<13} {:>6} {:>9} {:>7}/{:<4} {:>3.0}% {:>6}/{:<6} {:>4}/{:<4} {:>6}/{:<4} {:>3.0}%",
            kind,
            t.places,
            t.ambiguous,
            t.recognized,
            readable,
            pct(t.recognized, readable),
            t.false_alarms,
            t.holding,
            t.found,
            t.not_holding,
            t.caught,
            t.mutated,
            pct(t.caught, t.mutated),
        );
    }
    for a in &measured.alarms {
        println!("false alarm: {a}");
    }
    if std::env::var_os("GOLD_UNREAD").is_some() {
        for u in &measured.unread {
            println!("unread: {u}");
        }
    }
}

#[test]
fn figures_against_the_gold() {
    let reports = gold();
    assert!(reports.len() >= 40, "only {} gold reports", reports.len());
    let measured = measure(&reports, true);
    print_table("figures gold", reports.len(), &measured);
    let Measured { tally, alarms, .. } = measured;

    // Precision: no alarm on a place that holds.
    assert!(alarms.is_empty(), "false alarms on gold places: {alarms:?}");
    // Floors reached so far (targets: 90% each); raise them as readers improve.
    // Reset when a held-out set joins (the measure is taken over more
    // reports or more places are broken): last when the eighteenth set
    // (twelve national reports) joined, over 263.
    let floors: [(&str, f64, f64); 8] = [
        // (kind, reading recall %, mutation recall %)
        // 83.4 and 85.8 before two bare names before a quoted count were
        // read as some of its parts (`省委、省政府“三大目标”`: its subjects).
        // 83.1 before a `和` inside a name between two `、` was read as
        // maybe two names (`甲、存款和贷款余额、乙5项`): a count one above
        // the names then fits too. 82.9 before a quoted count of three after
        // two names joined by `和` was read as maybe whose the slogan is
        // (`甲机制和行政执法“三项制度”`): 20 false alarms on unseen reports.
        ("count", 90.1, 82.7),
        // 92.1 before a floor each of several things passes was read as
        // no sum (`均超过10万公里`, `5个县…超过20亿元`): nothing caps it.
        ("part", 90.1, 91.8),
        ("respectively", 97.4, 96.3),
        // Lowered from 90.6: a base printed in another part is trusted only
        // when its paragraph's other targets follow from theirs (2,572
        // unseen city reports raised 175 false alarms through lone ones).
        ("growth", 91.3, 74.4),
        ("points", 100.0, 100.0),
        ("slogan", 90.0, 85.7),
        // 97.1 before housing started or built against an assigned task
        // (`棚户区改造开工率`) was read as unbounded: unseen reports print
        // 102.9%, 132% and more for it.
        ("rate", 97.0, 96.9),
        ("ratio", 100.0, 100.0),
    ];
    for (kind, reading, mutation) in floors {
        if !only_kind(kind) {
            continue;
        }
        let t = &tally[kind];
        let read = pct(t.recognized, t.places - t.ambiguous);
        let caught = pct(t.caught, t.mutated);
        assert!(
            read >= reading,
            "{kind}: reading recall {read:.1}% < {reading}%"
        );
        assert!(
            caught >= mutation,
            "{kind}: mutation recall {caught:.1}% < {mutation}%"
        );
    }
}

/// `GOLD_HALF=A` (or `B`) measures the first (last) half of a held-out set
/// by path order: tune on one half, and the other shows what transfers.
fn half_of(reports: &[(Gold, String)]) -> &[(Gold, String)] {
    let half = reports.len() / 2;
    match std::env::var("GOLD_HALF").as_deref() {
        Ok("A") => &reports[..half],
        Ok("B") => &reports[half..],
        _ => reports,
    }
}

/// The held-out golds, oldest first: reports the readers were never tuned
/// on, read by eye the same way. When the oldest joins the tuned gold
/// (`figures/`), the directories move and only this list changes.
const HELD_OUT: [&str; 1] = ["figures-holdout"];

/// Each held-out gold (`HELD_OUT`), measured the same way and printed as a
/// table of its own. No floors on recall, so that tuning against a set
/// shows; a false alarm on a place that holds is a defect of the readers
/// all the same. No report is in two sets.
#[test]
fn figures_against_the_held_out_gold() {
    let tuned: Vec<String> = gold().into_iter().map(|(g, _)| g.path).collect();
    let sets: Vec<Vec<(Gold, String)>> = HELD_OUT
        .iter()
        .map(|dir| folded(common::gold(dir)))
        .collect();
    let mut alarms = Vec::new();
    for (n, (dir, reports)) in HELD_OUT.iter().zip(&sets).enumerate() {
        assert!(
            reports.len() >= 10,
            "only {} held-out reports in {dir}",
            reports.len()
        );
        for (g, _) in reports {
            assert!(
                !tuned.contains(&g.path),
                "{} is in the tuned gold, not held out ({dir})",
                g.path
            );
            let elsewhere = HELD_OUT
                .iter()
                .zip(&sets)
                .any(|(other, set)| other != dir && set.iter().any(|(o, _)| o.path == g.path));
            assert!(!elsewhere, "{} is in two held-out sets", g.path);
        }
        // The oldest set may be read while it is being retired into the
        // tuned gold: `GOLD_REVEAL_HELD_OUT=1` lets the `GOLD_*` variables
        // print it. The newer sets stay unread.
        let reveal = n == 0 && std::env::var_os("GOLD_REVEAL_HELD_OUT").is_some();
        let reports = half_of(reports);
        let measured = measure(reports, reveal);
        print_table(&format!("held-out ({dir})"), reports.len(), &measured);
        alarms.extend(measured.alarms.iter().map(|a| format!("{dir}: {a}")));
    }
    assert!(
        alarms.is_empty(),
        "false alarms on held-out gold places: {alarms:?}"
    );
}

// ---- mutations taken from the gold ----

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        // `双核`, `双下降`: a pair is a numeral too, broken to `三…`.
        '两' | '双' => Some(2),
        _ => DIGITS
            .iter()
            .position(|d| d.starts_with(c))
            .map(|n| n as u32),
    }
}

/// `n` in Chinese numerals (1..=99).
fn chinese(n: u32) -> String {
    let (tens, ones) = (n / 10, n % 10);
    let mut s = String::new();
    if tens > 1 {
        s.push_str(DIGITS[tens as usize]);
    }
    if tens > 0 {
        s.push('十');
    }
    if ones > 0 || n == 0 {
        s.push_str(DIGITS[ones as usize]);
    }
    s
}

/// A digit as printed, half-width or full-width (`７．９％` in older reports).
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// `ascii` (digits and a point) written full-width, as `like` is.
fn in_width_of(ascii: &str, like: &str) -> String {
    if !like.starts_with(|c: char| ('０'..='９').contains(&c)) {
        return ascii.to_string();
    }
    ascii
        .chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c),
            '.' => '．',
            _ => c,
        })
        .collect()
}

/// The first numeral of `token`: its byte range and value.
fn first_numeral(token: &str) -> Option<(std::ops::Range<usize>, u32)> {
    let start = token
        .char_indices()
        .find(|(_, c)| digit_value(*c).is_some() || chinese_digit(*c).is_some() || *c == '十')?
        .0;
    let rest = &token[start..];
    if rest.starts_with(|c: char| digit_value(c).is_some()) {
        let digits: Vec<u32> = rest.chars().map_while(digit_value).collect();
        let len: usize = rest.chars().take(digits.len()).map(char::len_utf8).sum();
        let value = digits
            .iter()
            .try_fold(0u32, |n, d| n.checked_mul(10)?.checked_add(*d))?;
        return Some((start..start + len, value));
    }
    let run: String = rest
        .chars()
        .take_while(|c| chinese_digit(*c).is_some() || *c == '十')
        .collect();
    let value = match run.split_once('十') {
        None if run.chars().count() == 1 => chinese_digit(run.chars().next()?)?,
        None => return None,
        Some((tens, ones)) => {
            let tens = if tens.is_empty() {
                1
            } else {
                chinese_digit(tens.chars().next()?)?
            };
            let ones = ones.chars().next().map_or(Some(0), chinese_digit)?;
            tens * 10 + ones
        }
    };
    Some((start..start + run.len(), value))
}

/// `token` with its first numeral set to `n`, written in the same script
/// and width.
fn renumbered(token: &str, n: u32) -> Option<String> {
    let (range, _) = first_numeral(token)?;
    let numeral = &token[range.clone()];
    let written = if numeral.starts_with(|c: char| digit_value(c).is_some()) {
        in_width_of(&n.to_string(), numeral)
    } else {
        chinese(n)
    };
    Some(format!(
        "{}{written}{}",
        &token[..range.start],
        &token[range.end..]
    ))
}

/// The leading decimal number of a token, half-width or full-width
/// (`56.26%` → 56.26 and `%`).
struct Leading<'a> {
    value: f64,
    decimals: usize,
    unit: &'a str,
    /// The number as printed, whose width a changed value keeps.
    printed: &'a str,
}

impl Leading<'_> {
    /// `value` written as the token's number was (decimals, width), with
    /// its unit.
    fn with(&self, value: f64) -> String {
        let ascii = format!("{:.*}", self.decimals, value);
        format!("{}{}", in_width_of(&ascii, self.printed), self.unit)
    }
}

fn split_number(token: &str) -> Option<Leading<'_>> {
    let len: usize = token
        .chars()
        .take_while(|c| digit_value(*c).is_some() || *c == '.' || *c == '．')
        .map(char::len_utf8)
        .sum();
    let printed = token.get(..len)?;
    let ascii: String = printed
        .chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => '.',
        })
        .collect();
    let decimals = ascii.split_once('.').map_or(0, |(_, d)| d.len());
    Some(Leading {
        value: ascii.parse().ok()?,
        decimals,
        unit: &token[len..],
        printed,
    })
}

/// One break of a gold place: the line's new text and the rules that must
/// fire on it.
fn mutation(line: &str, place: &Place) -> Option<String> {
    match place.kind.as_str() {
        "count" => {
            let token = place.count.as_deref()?;
            let (_, n) = first_numeral(token)?;
            let items = place.items?;
            // An approximate count (`50多个`, `30余项`, `约20个`) is not
            // broken by one more or one fewer: `等2多个` over three names
            // is no slip.
            let approximate = ['多', '余', '约', '近'].iter().any(|c| token.contains(*c))
                || ["左右", "以上", "上下"].iter().any(|w| token.contains(w));
            if approximate {
                return None;
            }
            // A list closed by 等 may hold fewer: only more names than the
            // count break it.
            let new = if place.closed_by_deng {
                u32::try_from(items).ok()?.checked_sub(1)?
            } else {
                n + 1
            };
            if new < 2 {
                return None;
            }
            let with = renumbered(token, new)?;
            // The count at its place, not an earlier use of the same words
            // (a slogan quoted before its note, a head before `等N大`).
            let p = match (place.before.as_deref(), place.after.as_deref()) {
                (Some(before), _) => line.find(&format!("{before}{token}"))? + before.len(),
                (None, Some(after)) => line.find(&format!("{token}{after}"))?,
                (None, None) => line.find(token)?,
            };
            Some(format!("{}{with}{}", &line[..p], &line[p + token.len()..]))
        }
        "part" => {
            let whole = place.whole.as_deref()?;
            let part = place.parts.first()?;
            let whole_number = split_number(whole)?;
            let at = line.find(whole)? + whole.len();
            let p = at + line[at..].find(part.as_str())?;
            let with = whole_number.with(whole_number.value * 3.0);
            Some(format!("{}{with}{}", &line[..p], &line[p + part.len()..]))
        }
        "rate" if place.bounded => {
            let rate = place.rate.as_deref()?;
            let number = split_number(rate)?;
            // The half-width or full-width sign, kept as printed.
            if number.unit != "%" && number.unit != "％" {
                return None;
            }
            let with = number.with(number.value + 100.0);
            let from = rate_search_start(line, place)?;
            let p = from + line[from..].find(rate)?;
            Some(format!("{}{with}{}", &line[..p], &line[p + rate.len()..]))
        }
        // The first part raised by five: the sum leaves 100 by more than
        // rounding, and stays near enough to be read as shares.
        "ratio" => {
            let first = place.parts.first()?;
            let number = split_number(first)?;
            let with = number.with(number.value + 5.0);
            let at = ratio_first_part(line, place)?;
            Some(format!("{}{with}{}", &line[..at.start], &line[at.end..]))
        }
        "slogan" => {
            let slogan = place.slogan.as_deref()?;
            if place.counts.is_empty() {
                return None;
            }
            let (_, n) = first_numeral(slogan)?;
            let with = renumbered(slogan, n + 1)?;
            Some(line.replacen(slogan, &with, 1))
        }
        "respectively" => {
            // The values in order after a `分别` of the line (the first
            // from which they all follow, a continued list after it too),
            // else from the line's start: a value printed earlier on the
            // line (`3%` inside `0.3%`, a `8%` of another clause) is not
            // the list's.
            let starts = line.match_indices("分别").map(|(p, _)| p).chain([0]);
            starts
                .into_iter()
                .find_map(|start| dropped_last(line, start, &place.values))
        }
        "growth" if place.basis.as_deref() == Some("current") => {
            doubled_after_level(line, place.rate.as_deref()?, place.to.as_deref())
        }
        // The stated difference doubled and one more: it no longer follows
        // from the two rates.
        "points" => doubled_after_level(line, place.points.as_deref()?, place.to.as_deref()),
        _ => None,
    }
}

/// `line` with the last of `values` dropped, with the word joining it to
/// the one before, the values found in order from `start`, each a whole
/// number (not the `3%` of `0.3%`).
fn dropped_last(line: &str, start: usize, values: &[String]) -> Option<String> {
    let [.., previous, last] = values else {
        return None;
    };
    let find = |from: usize, value: &str| {
        line[from..]
            .match_indices(value)
            .map(|(p, _)| from + p)
            .find(|&p| {
                let before = line[..p].chars().next_back();
                !(value.starts_with(part_of_number) && before.is_some_and(part_of_number))
            })
    };
    let mut at = start;
    for value in &values[..values.len() - 1] {
        at = find(at, value)? + value.len();
    }
    debug_assert!(line[..at].ends_with(previous.as_str()));
    let p = find(at, last)?;
    if p - at > "以及".len() {
        return None;
    }
    Some(format!("{}{}", &line[..at], &line[p + last.len()..]))
}

fn mutate_all(reports: &[(Gold, String)], tally: &mut BTreeMap<&str, Tally>, reveal: bool) {
    let config = Config::default();
    let mut missed = Vec::new();
    for (gold, text) in reports {
        let doc = Document::parse(text.as_str(), &config);
        for place in gold
            .place
            .iter()
            .filter(|p| p.holds && p.checkable() && only_kind(&p.kind))
        {
            let codes = codes(&place.kind);
            let range = doc.line_index.line_range(text, place.line - 1);
            let line = &text[range.clone()];
            let Some(new_line) = mutation(line, place) else {
                continue;
            };
            if new_line == line || fired_lines(&doc, codes).contains(&place.line) {
                continue;
            }
            let mutated = format!("{}{new_line}{}", &text[..range.start], &text[range.end..]);
            let broken = Document::parse(mutated, &config);
            let t = tally.get_mut(place.kind.as_str()).expect("known kind");
            t.mutated += 1;
            if fired_lines(&broken, codes).contains(&place.line) {
                t.caught += 1;
            } else {
                missed.push(format!("{} {}:{}", place.kind, gold.path, place.line));
                if reveal && std::env::var_os("GOLD_MISSED").is_some() {
                    let found: Vec<String> = check(&broken, &Context::alone(&config))
                        .iter()
                        .filter(|d| line_of(&broken, d.range.start) == place.line)
                        .map(|d| format!("{:?}", d.finding))
                        .collect();
                    let read = read_on_line(&broken, place);
                    let read = format!("{read}\n    before: {}", read_on_line(&doc, place));
                    let diff = line
                        .char_indices()
                        .zip(new_line.chars())
                        .find(|((_, a), b)| a != b)
                        .map_or(0, |((i, _), _)| i);
                    let window: String = new_line[..diff]
                        .chars()
                        .rev()
                        .take(70)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .chain(['【'])
                        .chain(new_line[diff..].chars().take(70))
                        .collect();
                    let new_line = window;
                    println!(
                        "MISSED {} {}:{}{}\n    {new_line}\n    found {found:?}\n  {read}",
                        place.kind,
                        gold.path,
                        place.line,
                        place.label()
                    );
                }
            }
        }
    }
    if reveal && std::env::var_os("GOLD_MISSED").is_some() {
        for m in &missed {
            println!("missed: {m}");
        }
    }
}

/// `line` with `stated` (the one by the level `to`, if printed) doubled
/// and one more, so it no longer follows from the levels.
fn doubled_after_level(line: &str, stated: &str, to: Option<&str>) -> Option<String> {
    let number = split_number(stated)?;
    let with = number.with(number.value * 2.0 + 1.0);
    let at = by_level(line, stated, to)?;
    Some(format!("{}{with}{}", &line[..at.start], &line[at.end..]))
}

/// Where a stated rate or difference is: the occurrence nearest to the
/// level `to` (after it in `从A增长到B，年均增长R`, before it in
/// `增长R，达到B`), or the first when `to` is not printed on the line.
fn by_level(line: &str, stated: &str, to: Option<&str>) -> Option<std::ops::Range<usize>> {
    let mut occurrences = line.match_indices(stated).map(|(p, _)| p..p + stated.len());
    match to.and_then(|to| line.find(to).map(|p| p..p + to.len())) {
        Some(level) => occurrences.min_by_key(|at| gap(at, &level)),
        None => occurrences.next(),
    }
}

/// `GOLD_KIND=part,rate` measures only those kinds (a quicker loop).
fn only_kind(kind: &str) -> bool {
    std::env::var("GOLD_KIND").map_or(true, |k| k.split(',').any(|k| k == kind))
}

/// Older reports print figures full-width (`７．９％`, `２个`): a break keeps
/// the width, so the changed figure is one the readers meet in such text.
#[test]
fn breaks_keep_the_printed_width() {
    let rate = split_number("７．９％").expect("a full-width rate");
    assert_eq!((rate.value, rate.decimals, rate.unit), (7.9, 1, "％"));
    assert_eq!(rate.with(rate.value + 100.0), "１０７．９％");
    assert_eq!(
        split_number("56.26%").map(|n| n.with(1.5)),
        Some("1.50%".to_string())
    );
    assert_eq!(first_numeral("１２项").map(|(_, n)| n), Some(12));
    assert_eq!(renumbered("１２项", 13).as_deref(), Some("１３项"));
    assert_eq!(renumbered("12项", 13).as_deref(), Some("13项"));
    assert_eq!(renumbered("十二项", 13).as_deref(), Some("十三项"));
}
