//! slogan-count: a numeric slogan's note does not list what its numerals
//! count (`四减一优化：减环节、减材料、减时限、优化审批机制` has three 减).
//!
//! How a definition is read is the job of [`crate::slogan_count`]; this
//! finds the slogans a note defines (one, or several each named before its
//! own list) and reports a count that every reading agrees is wrong.

use std::collections::HashMap;
use std::ops::Range;

use super::Sink;
use super::bracketed_slogans::bracketed_slogans;
use super::quoted_list_slogans::quoted_list_slogans;
use super::respelled::{BodyQuotes, near_by_a_letter, respelled, respelled_by_a_letter};
use super::section_spelled::section_spelled;
use super::slogan_runs::slogan_runs;
use super::slogan_subjects::{counted_subjects, subjects_before};
use crate::chars::{chinese_digit, is_quote, is_space};
use crate::diagnostic::{Finding, Related, RelatedKind};
use crate::document::Document;
use crate::slogan_codes::{CodePart, count_code, parse_code, parse_one_beside_open};
use crate::slogan_count::{
    LABEL_ENDS, SloganCount, SloganPart, count_items, is_private, paired_items, parse_slogan,
};

/// (numeral, word) pairs of a slogan such as `四减一优化`.
pub fn slogan_parts(core: &str) -> Option<Vec<(u32, String)>> {
    let parts = parse_slogan(core)?;
    Some(
        parts
            .into_iter()
            .map(|p| (p.numeral, p.words[0].clone()))
            .collect(),
    )
}

/// A numeric slogan's note read against its numerals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SloganReading {
    /// The slogan, quotes removed (`四减一优化`).
    pub slogan: String,
    pub term_range: Range<usize>,
    pub note_range: Range<usize>,
    /// (numeral, word) pairs of the slogan.
    pub parts: Vec<(u32, String)>,
    /// Items of the note per part: the numerals when a reading gives them,
    /// else the counts all readings agree on (`usize::MAX` where they do not).
    pub listed: Vec<usize>,
    /// The first part whose listed items differ from its numeral.
    pub differs: Option<(usize, usize)>,
    /// Read by the count rule too (`甲和乙的双重调控`), which reports it:
    /// `slogan-count` does not.
    pub counted: bool,
}

/// Every slogan whose definition could be read, in a note or in the body.
pub fn slogan_readings(doc: &Document) -> Vec<SloganReading> {
    let mut out = Vec::new();
    // Slogans named in words first, then those written as numbers.
    for codes in [false, true] {
        for (note, read) in doc.notes.iter().zip(&doc.note_slogans) {
            let Some(term_range) = note.term_range.clone() else {
                continue;
            };
            let found = if codes { &read.codes } else { &read.named };
            for (slogan, parts, reading) in found {
                out.push(reading_of(
                    slogan,
                    term_range.clone(),
                    note.text_range.clone(),
                    parts,
                    reading,
                ));
            }
        }
    }
    let defined: Vec<String> = out.iter().map(|r| r.slogan.clone()).collect();
    body_readings(doc, &defined, &mut out);
    subject_readings(doc, &mut out);
    super::slogan_note_counts::note_count_readings(doc, &mut out);
    super::hand_pairs::hand_readings(doc, &mut out);
    // After the body's lines: a slogan its lines read is theirs. A slogan
    // whose subsections a count reader takes as its list already (`抓好
    // “四个提升”。（一）…`) is that reader's: one finding, not two.
    let body_end = out.len();
    subsection_readings(doc, &doc.outline, &mut out);
    if out.len() > body_end {
        let lists = crate::lists::counted_lists(doc);
        let mut k = 0;
        out.retain(|r| {
            k += 1;
            k <= body_end
                || !lists.iter().any(|l| {
                    l.count_range.start < r.term_range.end && r.term_range.start < l.count_range.end
                })
        });
    }
    // After the body's: a part defined where the body uses it is read there.
    labelled_parts(doc, &mut out);
    // Last, a use read by nothing else, of a slogan no note defines: the
    // lists of its section.
    let mut read: Vec<Range<usize>> = out.iter().map(|r| r.term_range.clone()).collect();
    read.sort_unstable_by_key(|r| r.start);
    let spelled = section_spelled(doc, |inner, slogan| {
        // The readings starting before the slogan's end, the last first: a
        // term is short, so a few back.
        let before = read.partition_point(|r| r.start < inner.end);
        defined.iter().any(|d| d == slogan)
            || read[..before]
                .iter()
                .rev()
                .take(8)
                .any(|r| inner.start < r.end)
    });
    for found in spelled {
        let slogan = &doc.text[found.inner.clone()];
        out.push(reading_of(
            slogan,
            found.inner,
            found.list,
            &found.parts,
            &found.reading,
        ));
    }
    // Then a use of a slogan no note defines, read by nothing else: the
    // run of openings after it.
    let mut read: Vec<usize> = out.iter().map(|r| r.term_range.start).collect();
    read.sort_unstable();
    let defined: std::collections::HashSet<&str> = defined.iter().map(String::as_str).collect();
    let runs = slogan_runs(doc, |inner| {
        read.binary_search(&inner.start).is_ok() || defined.contains(&doc.text[inner.clone()])
    });
    for found in runs {
        out.push(reading_of(
            &doc.text[found.inner.clone()],
            found.inner,
            found.run,
            &found.parts,
            &found.reading,
        ));
    }
    // `“五年基本达标”`, `“三年大变样”`: numerals of years, months or days
    // span a time; they count no items, whatever the words after read.
    // (`“六个年”`, six campaigns each called a year, does count.)
    out.retain(|r| !spans_time(&r.slogan));
    out
}

/// Whether every numeral of a slogan is followed right away by a unit of
/// time (`五年`; `三个月` is a count of months and then something more).
fn spans_time(slogan: &str) -> bool {
    super::slogan_variants::numerals(slogan).is_some_and(|runs| {
        !runs.is_empty()
            && runs
                .iter()
                .all(|(run, _)| slogan[run.end..].starts_with(['年', '月', '天', '日', '周']))
    })
}

/// The characters of the word an unquoted numeral opens that name its
/// slogan (`双重调控`, `双下降`).
const SUBJECT_WORD: usize = 2;

/// `甲和乙的双重调控`, `甲、乙双下降`: an unquoted slogan of one part said
/// of the names before it, as the count rule reads them (see
/// [`crate::subject_counts`]): the names are what the slogan counts. The
/// count rule reports a wrong count, so the reading is marked as its.
fn subject_readings(doc: &Document, out: &mut Vec<SloganReading>) {
    let text = doc.text.as_str();
    let subjects = doc
        .bare_lists
        .iter()
        .filter(|l| l.source == crate::lists::ListSource::Subjects);
    for list in subjects {
        let start = list.count_range.start;
        // A quoted slogan is the line reader's.
        if text[..start].ends_with('“') {
            continue;
        }
        let word_len: usize = text[list.count_range.end..]
            .chars()
            .take_while(|c| crate::chars::is_han(*c) && !matches!(c, '的' | '和'))
            .take(SUBJECT_WORD)
            .map(char::len_utf8)
            .sum();
        let end = list.count_range.end + word_len;
        let slogan = &text[start..end];
        let Some(parts) = parse_slogan(slogan) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            continue;
        };
        let shown = list.items.len();
        let count = part.numeral as usize;
        let reading = if (shown..=shown + list.hidden).contains(&count) {
            SloganCount::Holds
        } else if list.hidden == 0 && !list.open {
            SloganCount::Differs(vec![Some(shown)])
        } else {
            continue;
        };
        if part.numeral != list.count || out.iter().any(|r| r.term_range.start == start) {
            continue;
        }
        let (Some(first), Some(last)) = (list.items.first(), list.items.last()) else {
            continue;
        };
        let mut read = reading_of(slogan, start..end, first.start..last.end, &parts, &reading);
        read.counted = true;
        out.push(read);
    }
}

/// The most bytes of a section's lead read for the slogan its subsections
/// spell out: the paragraphs right before the first.
const MAX_SECTION_LEAD: usize = 3_000;

/// `做好今年工作，全面实现“三个新突破”。（一）…在甲上实现新突破（二）…在乙上
/// 实现新突破（三）…在丙上实现新突破`: a slogan of one part quoted in the lead
/// of a section (between its heading and its first subsection) whose word,
/// of two characters or more, closes every subsection's title: the
/// subsections are its things. Read only when one such slogan stands there
/// and the subsections, two or more, are numbered one by one from the
/// first.
fn subsection_readings(
    doc: &Document,
    outline: &[crate::outline::Heading],
    out: &mut Vec<SloganReading>,
) {
    let text = doc.text.as_str();
    for heading in outline {
        subsection_readings(doc, &heading.children, out);
        let (Some(first), Some(last)) = (heading.children.first(), heading.children.last()) else {
            continue;
        };
        // Numbered one by one from the first: a run read whole.
        let numbered = heading
            .children
            .iter()
            .enumerate()
            .all(|(k, c)| c.number == Some(k as u32 + 1));
        if heading.children.len() < 2 || heading.heading.end > first.heading.start || !numbered {
            continue;
        }
        // The run read whole: no line under the last opens with the next
        // number (a subsection the outline did not take).
        let next = crate::edits::chinese_number(heading.children.len() as u32 + 1);
        let continued = next.is_some_and(|n| {
            let marks = [format!("（{n}）"), format!("({n})")];
            let under = text.get(last.heading.end..last.range.end).unwrap_or("");
            under.lines().any(|l| {
                let l = l.trim_start_matches(is_space);
                marks.iter().any(|m| l.starts_with(m.as_str()))
            })
        });
        if continued {
            continue;
        }
        let mut from = first
            .heading
            .start
            .saturating_sub(MAX_SECTION_LEAD)
            .max(heading.heading.end);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let lead = &text[from..first.heading.start];
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(open) = lead[at..].find('“').map(|i| at + i) {
            let start = open + '“'.len_utf8();
            let Some(len) = lead[start..].find(['”', '“', '\n']) else {
                break;
            };
            at = start + len;
            let quoted = &lead[start..start + len];
            if !lead[at..].starts_with('”') || quoted.chars().count() > 12 {
                continue;
            }
            let Some(parts) = parse_slogan(quoted) else {
                continue;
            };
            let [part] = parts.as_slice() else {
                continue;
            };
            let Some(word) = part.words.first() else {
                continue;
            };
            if part.numeral < 2 || word.chars().count() < 2 {
                continue;
            }
            let closes = |title: &str| {
                title
                    .trim_end_matches(|c: char| {
                        is_space(c) || matches!(c, '。' | '；' | '，' | '！')
                    })
                    .ends_with(word.as_str())
            };
            if heading.children.iter().all(|c| closes(&c.title)) {
                found.push((from + start..from + at, quoted, parts.clone()));
            }
        }
        let [(range, slogan, parts)] = found.as_slice() else {
            continue;
        };
        // A slogan whose sentence runs into the subsections (`做好“三个
        // X”：`) is a count the count rule reads with them.
        let runs_in = !text[range.end..first.heading.start].contains(['。', '！', '？']);
        if runs_in || out.iter().any(|r| r.term_range.start == range.start) {
            continue;
        }
        let listed = heading.children.len();
        let reading = if listed == parts[0].numeral as usize {
            SloganCount::Holds
        } else {
            SloganCount::Differs(vec![Some(listed)])
        };
        out.push(reading_of(
            slogan,
            range.clone(),
            first.heading.start..last.range.end,
            parts,
            &reading,
        ));
    }
}

/// The parts of a note's slogan that the note defines one by one (`“六新
/// 六特六优”：“六新”是指…；“六特”是指…；…`), which the body may quote by
/// themselves (`“六新”产业`): each is read as a slogan of its own, so a use
/// of one part with another numeral is checked too. Only while the whole
/// holds: a part then holds by its own list.
fn labelled_parts(doc: &Document, out: &mut Vec<SloganReading>) {
    let mut found = Vec::new();
    for (note, read) in doc.notes.iter().zip(&doc.note_slogans) {
        let Some(term_range) = note.term_range.clone() else {
            continue;
        };
        for (_, parts, reading) in &read.named {
            if *reading != SloganCount::Holds
                || !crate::slogan_count::labels_each_part(parts, note.text(&doc.text))
            {
                continue;
            }
            for part in parts.iter().filter(|p| p.numeral > 1) {
                let Some(name) = crate::slogan_count::part_name(part) else {
                    continue;
                };
                if !out.iter().chain(&found).any(|r| r.slogan == name) {
                    found.push(reading_of(
                        &name,
                        term_range.clone(),
                        note.text_range.clone(),
                        std::slice::from_ref(part),
                        reading,
                    ));
                }
            }
        }
    }
    out.extend(found);
}

/// A slogan a note defines, with its parts and what the note lists.
pub type NoteSlogan = (String, Vec<SloganPart>, SloganCount);

/// What one note says of the slogans its term names: read from the term,
/// its aliases and its explanation alone, so when the document is parsed
/// (and kept while the note does not change).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteSlogans {
    /// Slogans named in words (`四减一优化`).
    pub named: Vec<NoteSlogan>,
    /// A slogan written as numbers (`“1+5”专项行动`).
    pub codes: Vec<NoteSlogan>,
}

pub(crate) fn note_slogans_of(term: &str, aliases: &[&str], definition: &str) -> NoteSlogans {
    let (own, next) = before_next_term(definition);
    // The term's names, read once for the named slogans and the codes.
    let named = slogans_named(term);
    let mut read = NoteSlogans {
        named: named_slogans(term, &named, aliases, own),
        codes: code_slogans(&named, own),
    };
    // The second note's slogans, read from its own list; found at the
    // first's term, so only ever confirmed.
    if let Some((term, definition)) = next {
        let holds = |s: &NoteSlogan| s.2 == SloganCount::Holds;
        let named = slogans_named(term);
        read.named.extend(
            named_slogans(term, &named, &[], definition)
                .into_iter()
                .filter(holds),
        );
        read.codes
            .extend(code_slogans(&named, definition).into_iter().filter(holds));
    }
    read
}

/// The most characters of a second note's quoted term run on after a
/// full stop.
const MAX_RUN_ON_TERM: usize = 8;

/// `“甲”：…。“乙”：…`: two notes printed as one, the second's quoted
/// term and colon right after the first's full stop. The first's
/// definition ends there: the second's list is not its. Only a term that
/// counts (a numeral, or a number in figures). The first's definition,
/// and the second's term and definition when there is one.
fn before_next_term(definition: &str) -> (&str, Option<(&str, &str)>) {
    let mut from = 0;
    while let Some(p) = definition[from..].find("。“") {
        let stop = from + p;
        let open = stop + "。“".len();
        from = open;
        let Some(close) = definition[open..].find('”') else {
            break;
        };
        let name = &definition[open..open + close];
        let after = &definition[open + close + '”'.len_utf8()..];
        if name.chars().count() <= MAX_RUN_ON_TERM
            && name.chars().any(counts_a_number)
            && after.starts_with(['：', ':'])
        {
            let colon = open + close + '”'.len_utf8();
            let width = after.chars().next().map_or(1, char::len_utf8);
            let next = (
                &definition[stop + "。".len()..colon],
                &definition[colon + width..],
            );
            return (&definition[..stop + "。".len()], Some(next));
        }
    }
    (definition, None)
}

/// The slogans a note's term (whose names are `named`, see
/// [`slogans_named`]) and aliases name in words, each read in `definition`.
fn named_slogans(
    term: &str,
    named: &[String],
    aliases: &[&str],
    definition: &str,
) -> Vec<NoteSlogan> {
    let mut out = Vec::new();
    // A name with no numeral the definition never names again
    // (`中小学、幼儿园“四个一”工程`: who it is for) is no slogan, nor a
    // second name beside one; one it names (`一主两副、生态环抱：一主两副
    // 是指…；生态环抱是指…`) shares the definition.
    let names: Vec<String> = named
        .iter()
        .cloned()
        .chain(aliases.iter().flat_map(|a| slogans_named(a)))
        .filter(|n| n.chars().any(counts_a_number) || definition.contains(n.as_str()))
        .collect();
    let several = names.len() > 1;
    let names_count = names.len();
    let all_names = names.clone();
    // A count in digits (`3种作物`) is a slogan only when quoted (`“9个方
    // 面”`); unquoted, the count rule reads it.
    let quoted = term.contains(is_quote);
    let slogans: Vec<(String, Vec<SloganPart>)> = names
        .into_iter()
        .filter(|s| quoted || !s.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|s| match parse_slogan(&s) {
            Some(p) => Some((s, p)),
            None if !quoted => measured_after_lead(&s),
            None => None,
        })
        .filter(|(_, p)| counts_several(p) || p.len() > 1)
        .collect();
    // Several names and as many `；` lists, none labelled: the lists
    // follow the names in order (`“四尘”“三烟”：A、B…；C、D…`).
    let in_order: Vec<&str> = definition
        .trim_end_matches(|c: char| matches!(c, '。' | '；') || is_space(c) || is_private(c))
        .split(['；', ';'])
        .collect();
    // With no `；` in it, `，` cuts the lists alike (`“双评价”“双评估”：甲评价
    // 和乙评价，丙评估和丁评估`).
    // Each `，` list carries its own slogan's words, in order.
    let in_order = if in_order.len() == 1 && several {
        let lists: Vec<&str> = definition
            .trim_end_matches(|c: char| c == '。' || is_space(c) || is_private(c))
            .split(['，', ','])
            .collect();
        let carried = lists.len() == slogans.len()
            && lists.iter().zip(&slogans).all(|(list, (_, parts))| {
                parts
                    .iter()
                    .all(|p| p.words.iter().any(|w| list.contains(w.as_str())))
            });
        if carried { lists } else { in_order }
    } else {
        in_order
    };
    let in_order = (several
        && in_order.len() == slogans.len()
        && slogans.len() == names_count
        && slogans
            .iter()
            .all(|(s, _)| own_definition(definition, s, &all_names).is_none()))
    .then_some(in_order);
    // A term of unquoted names joined by `、` whose one list serves them
    // all (`双随机、一公开：随机甲，随机乙，丙公开`) is one slogan, a part of
    // one among them: read as written.
    let written = all_names.join("、");
    if several
        && !term.contains(is_quote)
        && !aliases.iter().any(|a| a.contains(is_quote))
        && let Some(parts) = parse_slogan(&written)
        && parts.len() == names_count
        && counts_several(&parts)
        && all_names
            .iter()
            .all(|n| own_definition(definition, n, &all_names).is_none())
        && in_order.is_none()
        && let Some(reading) = count_items(&parts, definition)
    {
        return vec![(written, parts, reading)];
    }
    // Several names, one list for all of them, no part labelled
    // (`“三不”“四客”：解决不甲、不乙、不丙和“A客”“B客”“C客”“D客”等问题`):
    // the names read as one slogan, each its parts' share of the reading.
    if several
        && in_order.is_none()
        && slogans.len() == names_count
        && slogans
            .iter()
            .all(|(s, _)| own_definition(definition, s, &all_names).is_none())
    {
        let joined: Vec<&str> = slogans.iter().map(|(s, _)| s.as_str()).collect();
        if let Some(parts) = parse_slogan(&joined.join("、"))
            && let Some(reading) = count_items(&parts, definition)
        {
            let mut at = 0;
            for (slogan, own) in &slogans {
                let share = match &reading {
                    SloganCount::Holds => Some(SloganCount::Holds),
                    SloganCount::Differs(agreed) => {
                        let counts = agreed.get(at..at + own.len()).unwrap_or_default();
                        let differs = SloganCount::Differs(counts.to_vec());
                        if counts
                            .iter()
                            .zip(own)
                            .all(|(c, p)| *c == Some(p.numeral as usize))
                        {
                            Some(SloganCount::Holds)
                        } else {
                            differs.differing(own).is_some().then_some(differs)
                        }
                    }
                };
                at += own.len();
                if let Some(share) = share
                    && (counts_several(own) || share == SloganCount::Holds)
                {
                    out.push((slogan.clone(), own.clone(), share));
                }
            }
            // A term printing the names together, none quoted on its own
            // (`一甲两乙、三丙四丁`), names them all (the body may quote them
            // together): the list holding for each holds for the whole.
            let unquoted =
                !term.contains(is_quote) && !aliases.iter().any(|a| a.contains(is_quote));
            if reading == SloganCount::Holds && unquoted {
                out.push((joined.join("、"), parts, SloganCount::Holds));
            }
            return out;
        }
    }
    for (k, (slogan, parts)) in slogans.into_iter().enumerate() {
        // A note for several names (`一主两翼、双翼齐飞`) gives each its
        // own list.
        let own = if !several {
            Some(definition)
        } else if let Some(lists) = &in_order {
            lists.get(k).copied()
        } else {
            own_definition(definition, &slogan, &all_names).or_else(|| {
                // `一主两翼、双翼齐飞：一主即…，两翼即…`: one name's parts
                // each labelled, no name defined on its own, read the whole.
                (all_names
                    .iter()
                    .all(|n| own_definition(definition, n, &all_names).is_none())
                    && crate::slogan_count::labels_each_part(&parts, definition))
                .then_some(definition)
            })
        };
        let Some(reading) = own.and_then(|d| {
            count_items(&parts, d)
                .or_else(|| one_name_each(&parts, d).then_some(SloganCount::Holds))
        }) else {
            continue;
        };
        // A slogan of ones (`一册一单一表`) may name one thing per thing
        // (`一村一品`): its note only ever confirms it.
        if !counts_several(&parts) && reading != SloganCount::Holds {
            continue;
        }
        out.push((slogan, parts, reading));
    }
    if let Some(whole) = whole_of_held_names(&all_names, &out, definition) {
        out.push(whole);
    }
    out
}

/// Whether `c` may be (part of) a slogan's numeral: a digit in words or
/// figures, or `双`.
fn counts_a_number(c: char) -> bool {
    c == '双' || crate::chars::digit_value(c).is_some() || crate::chars::chinese_digit(c).is_some()
}

/// The most characters of a name a slogan of ones is given part by part.
const MAX_ONE_NAME: usize = 16;

/// `“一南一北”，即甲新区和乙科技城`: a slogan of ones given as many plain
/// names as it has parts, in order, none carrying a part's word (the
/// words say where each stands, not what it is). Only ever a confirmation.
fn one_name_each(parts: &[SloganPart], list: &str) -> bool {
    let list = list.trim_end_matches(|c: char| matches!(c, '。' | '；' | ';') || is_space(c));
    let names: Vec<&str> = list.split(['、', '和', '与', '及']).collect();
    parts.len() >= 2
        && parts.iter().all(|p| p.numeral == 1)
        && names.len() == parts.len()
        && names.iter().all(|n| {
            (2..=MAX_ONE_NAME).contains(&n.chars().count())
                && n.chars().all(crate::chars::is_han)
                && !parts
                    .iter()
                    .any(|p| p.words.iter().any(|w| n.contains(w.as_str())))
        })
}

/// `三甲、三乙、三丙：“三甲”是…；“三乙”是…；“三丙”是…`: a term of several
/// names, each held by its own list, also names them all (the body may
/// quote them together, `“三甲、三乙、三丙”`): the whole holds. A name of
/// ones (`一港`, read alone only as a confirmation) holds when its own list
/// confirms it. Only ever a confirmation: a name its list refutes is
/// reported on its own.
fn whole_of_held_names(
    names: &[String],
    read: &[NoteSlogan],
    definition: &str,
) -> Option<NoteSlogan> {
    if names.len() < 2 {
        return None;
    }
    let mut own: Vec<SloganPart> = Vec::new();
    for name in names {
        match read.iter().find(|(slogan, _, _)| slogan == name) {
            Some((_, parts, SloganCount::Holds)) => own.extend(parts.iter().cloned()),
            Some(_) => return None,
            None => {
                let parts = parse_slogan(name)?;
                let [one] = parts.as_slice() else {
                    return None;
                };
                if one.numeral != 1 || !names_one(own_definition(definition, name, names)?, one) {
                    return None;
                }
                own.extend(parts);
            }
        }
    }
    let whole = names.join("、");
    let parts = parse_slogan(&whole)?;
    // A whole of ones (`一区、一谷、一高地`) counts nothing of its own, but
    // each name holding by its list confirms it all the same.
    (parts.len() > 1 && parts == own).then_some((whole, parts, SloganCount::Holds))
}

/// Whether `list` names the one thing a part of one counts (`一港`): one
/// name closing with the part's word (`甲乙的丙港`), or one name carrying
/// it, nothing joined to it.
fn names_one(list: &str, part: &SloganPart) -> bool {
    let list = list.trim_end_matches(|c: char| matches!(c, '。' | '；' | '，') || is_space(c));
    let joined = list.contains(['、', '，', '；', ',', ';', '和', '及', '与', '或']);
    part.words.iter().any(|w| {
        list.ends_with(w.as_str()) && !list[..list.len() - w.len()].contains(w.as_str())
            || !joined && list.contains(w.as_str())
    })
}

/// A note for a slogan written as numbers (`“1+5”专项行动`, `“1234”发展思路`):
/// one such slogan per note, read by [`crate::slogan_codes`].
/// `named`: the names of the note's term (see [`slogans_named`]).
fn code_slogans(named: &[String], definition: &str) -> Vec<NoteSlogan> {
    let codes: Vec<(&String, Vec<CodePart>)> = named
        .iter()
        .filter(|s| parse_slogan(s).is_none())
        .filter_map(|s| parse_code(s).map(|p| (s, p)))
        .collect();
    let [(slogan, code)] = codes.as_slice() else {
        return one_beside_open(named, definition);
    };
    let Some(reading) = count_code(code, definition) else {
        return Vec::new();
    };
    vec![(slogan.to_string(), code_parts(code), reading)]
}

/// A note for `1+N` whose labelled one thing confirms it (see
/// [`crate::slogan_codes::parse_one_beside_open`]): only ever a
/// confirmation.
fn one_beside_open(named: &[String], definition: &str) -> Vec<NoteSlogan> {
    let ones: Vec<(&String, CodePart)> = named
        .iter()
        .filter_map(|s| parse_one_beside_open(s).map(|p| (s, p)))
        .collect();
    let [(slogan, one)] = ones.as_slice() else {
        return Vec::new();
    };
    let code = [one.clone()];
    match count_code(&code, definition) {
        Some(SloganCount::Holds) => {
            vec![(slogan.to_string(), code_parts(&code), SloganCount::Holds)]
        }
        _ => Vec::new(),
    }
}

/// Whether a slogan counts anything: `一网统管`, `一村一品` name one thing
/// each, not a list.
/// The most characters of a note term's lead before its count
/// (`优化提升营商环境十大行动`).
const MAX_TERM_LEAD: usize = 12;

/// An unquoted note term naming what its count is of before the count
/// (`优化提升营商环境十大行动`, `商贸消费升级五大行动`): the count and what
/// it counts after a measure word, the lead of plain words being only the
/// field it belongs to. Only a measured count of several: a lead ahead of
/// parts of their own (`甲乙三区一园`) may itself be a word of the first.
fn measured_after_lead(term: &str) -> Option<(String, Vec<SloganPart>)> {
    let at = term.find(|c: char| crate::chars::chinese_digit(c).is_some())?;
    let lead = &term[..at];
    let plain = |c: char| crate::chars::is_han(c) && crate::chars::chinese_digit(c).is_none();
    if lead.chars().count() > MAX_TERM_LEAD || !lead.chars().all(plain) {
        return None;
    }
    let tail = &term[at..];
    let parts = parse_slogan(tail)?;
    matches!(parts.as_slice(), [one] if one.measured() && one.numeral > 1)
        .then(|| (tail.to_string(), parts))
}

fn counts_several(parts: &[SloganPart]) -> bool {
    parts.iter().any(|p| p.numeral > 1)
}

/// The most characters read back from a quoted slogan for its list.
const MAX_LIST_BEFORE: usize = 80;
/// The most characters read after a quoted slogan for its definition.
const MAX_LIST_AFTER: usize = 160;

/// A slogan a line defines where it uses it (see [`line_slogans_in`]),
/// with offsets relative to the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineSlogan {
    /// The opening quote.
    pub open: usize,
    /// The slogan inside its quotes.
    pub inner: Range<usize>,
    /// The list read for it.
    pub definition: Range<usize>,
    pub parts: Vec<SloganPart>,
    pub reading: SloganCount,
}

/// Slogans the body defines where it uses them, read line by line when the
/// document is parsed (a line reads the same on its own, so a keystroke
/// reads only the line it changes): here only those a note does not
/// define. A slogan a note defines is read in its note.
fn body_readings(doc: &Document, defined: &[String], out: &mut Vec<SloganReading>) {
    let text = doc.text.as_str();
    // Notes come in text order: a binary search per quote, not a scan
    // (kept as a scan for notes in any other order).
    let note_at = doc.note_finder();
    // A note's own term is read with its note, and so are its parts
    // (`“一心一环三核四区”：“一心”即…；“四区”即…`); another slogan quoted
    // inside a note's explanation (`…坚持自治、法治、德治“三治融合”…`) is
    // read as in the body.
    let in_note = |at: usize, slogan: &str| {
        note_at(at).is_some_and(|n| {
            !n.text_range.contains(&at) || n.term.as_deref().is_some_and(|t| t.contains(slogan))
        })
    };
    // A code a note explains is that note's, whatever the body's clauses
    // before it say.
    let noted = |slogan: &str| {
        parse_slogan(slogan).is_none()
            && doc
                .notes
                .iter()
                .any(|n| n.term.as_deref().is_some_and(|t| t.contains(slogan)))
    };
    for found in &doc.line_slogans {
        let slogan = text.get(found.inner.clone()).unwrap_or("");
        if in_note(found.open, slogan) || defined.iter().any(|d| d == slogan) || noted(slogan) {
            continue;
        }
        out.push(reading_of(
            slogan,
            found.inner.clone(),
            found.definition.clone(),
            &found.parts,
            &found.reading,
        ));
    }
}

/// The slogans one line defines where it uses them: the list right before
/// the quoted slogan (`推进甲城、乙城、丙城“三城联创”`), or right after it
/// (`“三个一批”，即A、B、C`, `实施“四大行动”：A行动、B行动……`), or names in
/// apposition before it, which only confirm. Offsets are relative to
/// `line`.
/// Readings of a slogan's definition already made in this parse, by the
/// slogan and the definition's text: a reading depends on nothing else, and
/// a text may define one slogan the same way on thousands of lines.
pub(crate) type SloganMemo = HashMap<(String, String), Option<SloganCount>>;

/// `count_items` of a slogan over `words`, read once per parse for each
/// slogan and text (a line repeated many times is read once).
fn memo_count(
    memo: &mut SloganMemo,
    slogan: &str,
    parts: &[SloganPart],
    words: &str,
) -> Option<SloganCount> {
    let key = (slogan.to_string(), words.to_string());
    if let Some(reading) = memo.get(&key) {
        return reading.clone();
    }
    let reading = count_items(parts, words);
    memo.insert(key, reading.clone());
    reading
}

pub(crate) fn line_slogans_in(line: &str, memo: &mut SloganMemo) -> Vec<LineSlogan> {
    let mut out = Vec::new();
    // Quoted slogans that are no words (codes) and read nothing before.
    let mut codes = Vec::new();
    // A search for the three bytes of each quote: `str::find` with a char
    // looks for its last byte, which most Han characters share.
    let opening = memchr::memmem::Finder::new("“");
    let closing = memchr::memmem::Finder::new("”");
    let mut from = 0;
    while let Some(p) = opening.find(&line.as_bytes()[from..]) {
        let open = from + p;
        from = open + '“'.len_utf8();
        let Some(len) = closing.find(&line.as_bytes()[from..]) else {
            break;
        };
        let inner = from..from + len;
        let slogan = &line[inner.clone()];
        if slogan.is_empty() || slogan.chars().count() > 12 {
            continue;
        }
        // (Parsed once: the slogan of ones below reads the same parts.)
        let parsed = parse_slogan(slogan);
        let parts = match parsed {
            Some(parts) if counts_several(&parts) => parts,
            parsed => {
                // A slogan of ones may name one thing per place (`一村一品`):
                // read only where one item a part, in turn, confirms it.
                if let Some(parts) = parsed.filter(|p| p.len() >= 2)
                    && let Some(list) = list_before(line, open, &parts)
                        .filter(|list| ones_in_turn(&line[list.clone()], &parts))
                {
                    out.push(LineSlogan {
                        open,
                        inner,
                        definition: list,
                        parts,
                        reading: SloganCount::Holds,
                    });
                    continue;
                }
                match code_before(line, open, inner.clone()) {
                    Some(found) => out.push(found),
                    // A code opens with a digit (`1+5`, `三六八九`).
                    None if slogan.starts_with(|c: char| {
                        c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some()
                    }) =>
                    {
                        codes.push((open, inner))
                    }
                    None => {}
                }
                continue;
            }
        };
        let close = inner.end + '”'.len_utf8();
        // A list before a slogan of several parts is too loose to split
        // (`甲高新区与乙、丙园区“一区三园”`) unless each item ends with a
        // part's word and each part's word ends an item.
        let before = || {
            if parts.len() == 1 {
                // Fewer names than counted, with another of their kind
                // earlier in the sentence, may leave that one out.
                list_before(line, open, &parts).filter(|list| {
                    line[list.clone()].split('、').count() >= parts[0].numeral as usize
                        || !kind_named_earlier(line, list.clone())
                })
            } else {
                list_before(line, open, &parts)
                    .filter(|list| ends_every_item(&line[list.clone()], &parts))
            }
        };
        // `建设“一城五地”。“一城”即甲，“五地”即乙、丙…`: each part labelled
        // before its own list in the sentence after the slogan.
        let labelled = || {
            labels_after(line, close, |label| {
                parse_slogan(label).is_some_and(|own| {
                    matches!(own.as_slice(), [one] if parts.iter().any(|p| p.written == one.written))
                })
            })
        };
        let Some(definition) = list_after(line, close)
            // (Names in brackets after a count, `“三大基地”（甲、乙、丙）`,
            // the count rule reads; not names holding numerals, which it
            // leaves, `“五个一批”（签约一批、开工一批…）`.)
            .or_else(|| {
                parenthesis_after(line, close).filter(|gloss| {
                    let gloss = &line[gloss.clone()];
                    !parts.iter().any(SloganPart::measured)
                        || gloss.contains('；')
                        || gloss.chars().any(|c| chinese_digit(c).is_some())
                })
            })
            .or_else(labelled)
            .or_else(before)
        else {
            // `甲数和乙数实现“双下降”`: the subjects the slogan is said of.
            if let Some(subjects) = subjects_before(line, open, close, &parts)
                .or_else(|| counted_subjects(line, &inner, &parts))
            {
                let reading = if subjects.count == parts[0].numeral as usize {
                    SloganCount::Holds
                } else {
                    SloganCount::Differs(vec![Some(subjects.count)])
                };
                // `甲、乙实现“三年翻番”`: a numeral of years counts no
                // subjects; fewer of them than years says nothing.
                if subjects.count < parts[0].numeral as usize && parts[0].words[0].starts_with('年')
                {
                    continue;
                }
                out.push(LineSlogan {
                    open,
                    inner,
                    definition: subjects.list,
                    parts,
                    reading,
                });
                continue;
            }
            // `电动汽车、锂电池、光伏产品“新三样”`: names in apposition,
            // as many as the numeral; a list of another length is read only
            // where it surely is the slogan's (see [`Apposition::sums_up`]).
            // Or the clause after the slogan, only ever as a confirmation:
            // it may list anything else.
            let apposition = apposition_before(line, open, &parts);
            let confirming = apposition
                .as_ref()
                .and_then(|a| {
                    let holds = a.items == parts[0].numeral as usize
                        || a.confirming == Some(parts[0].numeral as usize);
                    // A measured slogan (`A、B、C“四大工程”`) is a count
                    // the count rule reads.
                    let refutes = !parts[0].measured()
                        && a.sums_up(line, close, &parts[0])
                        && !(a.items < parts[0].numeral as usize
                            && kind_named_earlier(line, a.list.clone()));
                    (holds || refutes).then(|| {
                        let reading = if holds {
                            SloganCount::Holds
                        } else {
                            SloganCount::Differs(vec![Some(a.items)])
                        };
                        (a.list.clone(), reading)
                    })
                })
                .or_else(|| {
                    list_following(line, close, &parts)
                        .into_iter()
                        .find_map(|list| {
                            let words = line.get(list.clone()).unwrap_or("");
                            match memo_count(memo, slogan, &parts, words)? {
                                SloganCount::Holds => Some((list, SloganCount::Holds)),
                                // A `、` list each item of which carries
                                // one counted word, once, spells the
                                // slogan out, so it refutes as well as it
                                // confirms (`推进“五化”，坚持甲化…、乙化…、
                                // 丙化…、丁化…`); a count of things
                                // (`五大工程`) may be followed by a few
                                // examples.
                                differs
                                    if !parts.iter().any(SloganPart::measured)
                                        && !reports_outcomes(words)
                                        && !goes_on_past_its_items(words, &parts)
                                        && !carried_on_after(line, list.end, &parts)
                                        && (spelled_out(words, &parts)
                                            || paired_items(&parts, words).is_some()
                                            || spelled_clauses(words, 0, &parts)
                                                .is_some_and(|run| run.end == words.len())) =>
                                {
                                    Some((list, differs))
                                }
                                _ => None,
                            }
                        })
                })
                .or_else(|| closing_run(line, close, &parts))
                .or_else(|| framed_sentences(line, close, &parts))
                .or_else(|| pair_before(line, open, &parts))
                .or_else(|| named_earlier(line, open, &parts));
            if let Some((list, reading)) = confirming {
                out.push(LineSlogan {
                    open,
                    inner,
                    definition: list,
                    parts,
                    reading,
                });
            }
            continue;
        };
        let words = line.get(definition.clone()).unwrap_or("");
        let reading = memo_count(memo, slogan, &parts, words);
        let Some(reading) = reading else {
            continue;
        };
        out.push(LineSlogan {
            open,
            inner,
            definition,
            parts,
            reading,
        });
    }
    let mut named: Vec<LineSlogan> = codes
        .into_iter()
        .filter_map(|(open, inner)| code_named_after(line, open, inner, &out))
        .collect();
    named.extend(bracketed_slogans(line));
    named.extend(quoted_list_slogans(line));
    if !named.is_empty() {
        out.extend(named);
        out.sort_by_key(|s| s.open);
    }
    out
}

/// The most bytes after a code its restating slogans are looked for in.
const MAX_NAMED_AFTER: usize = 6 * MAX_LIST_AFTER;

/// `坚持“579”机制，以“五办”即…；以“七会”即…；以“九种思维”即…`: a code
/// whose parts the quoted slogans after it restate in turn, the first in
/// the code's own sentence, each read from its own list (`read`). The
/// code holds when each list gives its part's number; when all its numbers
/// but one are the slogans' own, the odd one is checked against its
/// slogan's list. Any slogan after it not read, or of several parts, and
/// the code is not read.
fn code_named_after(
    line: &str,
    open: usize,
    inner: Range<usize>,
    read: &[LineSlogan],
) -> Option<LineSlogan> {
    let code = parse_code(line.get(inner.clone())?)?;
    if code.len() < 2 {
        return None;
    }
    let close = inner.end + '”'.len_utf8();
    let mut named: Vec<(u32, usize)> = Vec::with_capacity(code.len());
    let mut from = close;
    // The slogans follow within a few sentences.
    let mut window = (close + MAX_NAMED_AFTER).min(line.len());
    while !line.is_char_boundary(window) {
        window -= 1;
    }
    while named.len() < code.len() {
        let quote = from + line.get(from..window)?.find('“')?;
        let start = quote + '“'.len_utf8();
        let len = line.get(start..window)?.find('”')?;
        from = start + len + '”'.len_utf8();
        let quoted = &line[start..start + len];
        if quoted.chars().count() > 12 {
            continue;
        }
        let Some(parts) = parse_slogan(quoted) else {
            continue;
        };
        let [part] = parts.as_slice() else {
            return None;
        };
        if named.is_empty() && line[close..quote].contains(['。', '！', '？']) {
            return None;
        }
        let found = read.iter().find(|s| s.open == quote)?;
        let listed = match &found.reading {
            SloganCount::Holds => part.numeral as usize,
            SloganCount::Differs(agreed) => (*agreed.first()?)?,
        };
        named.push((part.numeral, listed));
    }
    let agree = code
        .iter()
        .zip(&named)
        .filter(|(c, (n, _))| c.numeral == *n)
        .count();
    if agree + 1 < code.len() {
        return None;
    }
    let stated: Vec<usize> = code.iter().map(|c| c.numeral as usize).collect();
    let listed: Vec<usize> = named.iter().map(|(_, l)| *l).collect();
    let reading = if listed == stated {
        SloganCount::Holds
    } else {
        SloganCount::Differs(listed.into_iter().map(Some).collect())
    };
    Some(LineSlogan {
        open,
        inner,
        definition: close..from,
        parts: code_parts(&code),
        reading,
    })
}

/// A slogan written as numbers read in the clauses before it, one per
/// part (see [`crate::slogan_groups`]).
fn code_before(line: &str, open: usize, inner: Range<usize>) -> Option<LineSlogan> {
    let slogan = line.get(inner.clone())?;
    if parse_slogan(slogan).is_some() {
        return None;
    }
    let code = parse_code(slogan)?;
    let stated: Vec<usize> = code.iter().map(|p| p.numeral as usize).collect();
    // `“1436”工作思路。“1”，即…；“4”，即…`: its parts labelled after it,
    // only ever a confirmation (a part of one may gloss itself with a
    // quoted list: `“1”，即紧扣“甲、乙、丙”这一主线`).
    let close = inner.end + '”'.len_utf8();
    let labelled = labels_after(line, close, |label| code.iter().any(|p| p.written == label))
        .and_then(|range| {
            let reading = count_code(&code, line.get(range.clone())?)?;
            (reading == SloganCount::Holds).then_some((range, reading))
        });
    let (definition, reading) =
        labelled.or_else(|| crate::slogan_groups::clauses_before(line, open, &stated))?;
    Some(LineSlogan {
        open,
        inner,
        definition,
        parts: code_parts(&code),
        reading,
    })
}

/// The most characters of a label before its label word (`“一城”`).
const MAX_LABEL: usize = 6;

/// `“X”工作思路。“甲”，即…；“乙”，即…。`: the sentence right after the
/// slogan's (past a few words naming what it is), when it opens with a
/// label `is_label` accepts, quoted or not, then a label word (`即`,
/// `，即`, `：`, `是指`).
fn labels_after(text: &str, close: usize, is_label: impl Fn(&str) -> bool) -> Option<Range<usize>> {
    let rest = text.get(close..)?;
    let (gap, stop) = rest
        .char_indices()
        .take(MAX_FOLLOWING_GAP + 1)
        .find(|(_, c)| matches!(c, '，' | '。' | '；'))?;
    if !rest[..gap].chars().all(crate::chars::is_han) {
        return None;
    }
    let start = close + gap + stop.len_utf8();
    let opened = text[start..].trim_start_matches(|c: char| is_quote(c) || is_space(c));
    let label_len = opened
        .char_indices()
        .take(MAX_LABEL + 1)
        .find(|(_, c)| is_quote(*c) || matches!(c, '：' | ':' | '，' | ',' | '即' | '是' | '指'))
        .map(|(i, _)| i)?;
    let label = &opened[..label_len];
    if label.is_empty() || !is_label(label) {
        return None;
    }
    let after = opened[label_len..].trim_start_matches(is_quote);
    if !["，即", "即", "：", ":", "是指", "，是指", "指"]
        .iter()
        .any(|w| after.starts_with(w))
    {
        return None;
    }
    let end = match text[start..]
        .char_indices()
        .take(2 * MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '。' | '\n' | '！' | '？'))
    {
        Some((i, _)) => start + i,
        None if text[start..].chars().nth(2 * MAX_LIST_AFTER - 1).is_none() => text.len(),
        None => return None,
    };
    // The labels of another slogan's parts (`；“五乙”即…`) end the list.
    let labelled = &text[start..end];
    let end = labelled
        .match_indices(['；', ';'])
        .find(|(at, sep)| {
            let next = &labelled[at + sep.len()..];
            opens_with_label(next) && !quoted_name(next).is_some_and(&is_label)
        })
        .map_or(end, |(at, _)| start + at);
    (end > start).then_some(start..end)
}

/// The name inside the quote `text` opens with.
fn quoted_name(text: &str) -> Option<&str> {
    let (name, _) = text.strip_prefix('“')?.split_once('”')?;
    Some(name)
}

/// The parts of a code as slogan parts, each counting its own written
/// number.
fn code_parts(code: &[CodePart]) -> Vec<SloganPart> {
    code.iter()
        .map(|p| SloganPart {
            numeral: p.numeral,
            written: p.written.clone(),
            words: vec![p.written.clone()],
        })
        .collect()
}

/// `“X”，即A、B、C。` / `“X”：A、B、C。` / `“X”——A、B、C。`: the
/// definition after the slogan, to the end of its sentence.
fn list_after(text: &str, close: usize) -> Option<Range<usize>> {
    let rest = &text[close..];
    let start = match ["，即：", "，即", "即：", "即", "：", ":", "——"]
        .iter()
        .find(|l| rest.starts_with(*l))
    {
        Some(lead) => close + lead.len(),
        None => close + namely_next_sentence(rest).or_else(|| gloss_past_naming_words(rest))?,
    };
    // `“五办”即“甲办、乙办…”强化…`: a quoted list is the definition, to its
    // closing quote, whatever the sentence goes on to say.
    if let Some(quoted) = quoted_list(text, start) {
        return Some(quoted);
    }
    // The end of the line ends the sentence too.
    let end = match text[start..]
        .char_indices()
        .take(MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '。' | '\n' | '！' | '？'))
    {
        Some((i, _)) => start + i,
        None if text[start..].chars().nth(MAX_LIST_AFTER - 1).is_none() => text.len(),
        None => return None,
    };
    // `“三甲”即A、B、C；“两乙”即D、E`: the next slogan's label ends this
    // one's list.
    let end = start + next_label(&text[start..end]).unwrap_or(end - start);
    (end > start).then_some(start..end)
}

/// Words after a quoted slogan that make it the label of its own list.
const NEXT_LABEL_ENDS: [&str; 6] = ["，即", "即", "是指", "指", "就是", "："];

/// The offset of the first `；` in `list` followed by another quoted
/// slogan and a label (`；“两乙”即…`): where the list before it ends.
fn next_label(list: &str) -> Option<usize> {
    list.match_indices(['；', ';'])
        .find(|(at, sep)| opens_with_label(&list[at + sep.len()..]))
        .map(|(at, _)| at)
}

/// Whether `text` opens with a quoted slogan labelling its own list
/// (`“两乙”即…`).
fn opens_with_label(text: &str) -> bool {
    let Some(name) = quoted_name(text) else {
        return false;
    };
    let after = &text['“'.len_utf8() + name.len() + '”'.len_utf8()..];
    let slogan = parse_slogan(name).is_some() || parse_code(name).is_some();
    slogan && NEXT_LABEL_ENDS.iter().any(|l| after.starts_with(l))
}

/// Words after `即` that make it no gloss (`即将`, `即使`).
const NOT_GLOSSING_JI: [&str; 4] = ["即将", "即使", "即便", "即时"];

/// `实施“三大工程”。即A、B、C。`: the sentence after the slogan's opens with
/// `即` (not `即将`): it says what the slogan was. The offset of the list
/// in `rest`.
fn namely_next_sentence(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix('。')?;
    if !after.starts_with('即') || NOT_GLOSSING_JI.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    let lead = '。'.len_utf8() + '即'.len_utf8();
    Some(lead + usize::from(rest[lead..].starts_with('：')) * '：'.len_utf8())
}

/// `“四个不摘”要求：A、B…`, `“三个圈”生活圈，即A、B…`: a gloss past a few
/// words naming what the slogan is (no more than [`MAX_FOLLOWING_GAP`]),
/// opened by a colon or `，即`; the offset of its first character in
/// `rest`.
fn gloss_past_naming_words(rest: &str) -> Option<usize> {
    let (gap, c) = rest
        .char_indices()
        .take(MAX_FOLLOWING_GAP + 1)
        .find(|(_, c)| !crate::chars::is_han(*c))?;
    if gap == 0 {
        return None;
    }
    let after = &rest[gap..];
    let lead = match c {
        '：' | ':' => c.len_utf8(),
        '，' if after[c.len_utf8()..].starts_with('即')
            && !NOT_GLOSSING_JI
                .iter()
                .any(|w| after[c.len_utf8()..].starts_with(w)) =>
        {
            let ji = c.len_utf8() + '即'.len_utf8();
            ji + usize::from(after[ji..].starts_with('：')) * '：'.len_utf8()
        }
        _ => return None,
    };
    Some(gap + lead)
}

/// The inside of a quote opening at `start` and closing within
/// [`MAX_LIST_AFTER`] characters on its line, when it holds a `、` list.
fn quoted_list(text: &str, start: usize) -> Option<Range<usize>> {
    let inner = start
        + text
            .get(start..)?
            .strip_prefix('“')
            .map(|_| '“'.len_utf8())?;
    let (len, c) = text[inner..]
        .char_indices()
        .take(MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '”' | '“' | '\n'))?;
    let list = inner..inner + len;
    (c == '”' && text[list.clone()].contains('、')).then_some(list)
}

/// The first character after a slogan's close past a few words naming
/// what it is (`“三新”工程（`), with its offset from `close`.
fn past_naming_words(text: &str, close: usize) -> Option<(usize, char)> {
    text.get(close..)?
        .char_indices()
        .take(MAX_FOLLOWING_GAP + 1)
        .find(|(_, c)| !crate::chars::is_han(*c))
}

/// `建设“三新”（新甲、新乙、新丙）县城`, `“三个一批”工程（实施一批…；建设一
/// 批…；抓好一批…）`: a parenthesis right after the slogan (past a few words
/// naming what it is) glosses it with its list, to the parenthesis' close
/// on the same line.
fn parenthesis_after(text: &str, close: usize) -> Option<Range<usize>> {
    let (gap, open) = past_naming_words(text, close)?;
    if !matches!(open, '（' | '(') {
        return None;
    }
    let start = close + gap + open.len_utf8();
    let (len, c) = text[start..]
        .char_indices()
        .take(2 * MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '）' | ')' | '（' | '(' | '\n'))?;
    (matches!(c, '）' | ')') && len > 0).then_some(start..start + len)
}

/// The most characters between a slogan's closing quote and the comma
/// before the clause that may list it (`“四网运行”工作，`).
const MAX_FOLLOWING_GAP: usize = 4;

/// Whether a clause after a slogan opens by saying what came of it or
/// what is aimed at this year (`扎实开展“五城联创”，成功创建甲城市、乙城市、
/// 丙城`): the parts won, or those in reach, which may be fewer than the
/// slogan's. It confirms a count; it does not refute one.
fn reports_outcomes(clause: &str) -> bool {
    const OUTCOMES: &[&str] = &[
        "成功",
        "力争",
        "获评",
        "荣获",
        "获得",
        "创成",
        "被评为",
        "通过",
    ];
    OUTCOMES.iter().any(|w| clause.starts_with(w))
}

/// `推进“四网运行”，推行甲一网通用、乙一网通办、丙一网统管`: the clause
/// right after the slogan's, when it is a `、` list in which two items or
/// more carry a counted word; then the rest of the sentence after it, or
/// the next sentence (`推进“五馆两中心”建设。甲馆、乙馆…和丙中心，是…`),
/// when two of its items or clauses or more carry one.
fn list_following(text: &str, close: usize, parts: &[SloganPart]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let rest = &text[close..];
    let Some((gap, stop)) = rest
        .char_indices()
        .take(MAX_FOLLOWING_GAP + 1)
        .find(|(_, c)| matches!(c, '，' | '。'))
    else {
        return out;
    };
    if !rest[..gap].chars().all(crate::chars::is_han) {
        return out;
    }
    let start = close + gap + stop.len_utf8();
    // `推进“三甲”，“三甲”即A、B、C`: a clause labelling a slogan is that
    // slogan's own definition, read at its label.
    if opens_with_label(&text[start..]) {
        return out;
    }
    // Clauses that each spell things out are the list, to the first that
    // does not.
    if let Some(run) = spelled_clauses(text, start, parts) {
        out.push(run);
    }
    let carrying = |list: &str, cuts: &[char]| {
        list.split(cuts)
            .filter(|item| {
                parts
                    .iter()
                    .any(|p| p.words.iter().any(|w| item.contains(w.as_str())))
            })
            .count()
    };
    let clause = text[start..]
        .char_indices()
        .take(MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '，' | '。' | '；' | '\n' | '！' | '？' | '“' | '：'))
        .map(|(i, _)| start..start + i);
    // The next sentence's first clause, when it is all a list of the
    // slogan's things (`推进“五馆两中心”建设。甲馆、乙馆…和丙中心，是…`).
    if let Some(clause) = clause.clone()
        && carrying(&text[clause.clone()], &['、']) >= 2
        && (stop == '，' || fully_carried(&text[clause.clone()], parts))
    {
        out.push(clause);
    }
    let sentence = text[start..]
        .char_indices()
        .take(MAX_LIST_AFTER)
        .find(|(_, c)| matches!(c, '。' | '；' | '\n' | '！' | '？'))
        .map(|(i, _)| start..start + i);
    if let Some(sentence) = sentence
        && Some(&sentence) != clause.as_ref()
        && carrying(&text[sentence.clone()], &['、', '，']) >= 2
    {
        out.push(sentence);
    }
    out
}

/// The fewest characters of a counted word that closes the sentences
/// spelling a slogan out: a word of one character ends too much.
const MIN_CLOSING_WORD: usize = 2;

/// `抓好“四个一批”。围绕…，谋划一批。…引进一批。…新上一批。…壮大一批。`:
/// a slogan closing its sentence, then the sentences (or `；` parts) after
/// it each closing with its counted word, or opening with a clause that
/// does, carrying it once, one after the other, and the one after them
/// not carrying it. The run counts the slogan's things.
fn closing_run(
    text: &str,
    close: usize,
    parts: &[SloganPart],
) -> Option<(Range<usize>, SloganCount)> {
    let [part] = parts else {
        return None;
    };
    let word = part.words.first()?.as_str();
    if word.chars().count() < MIN_CLOSING_WORD {
        return None;
    }
    // The slogan closes its sentence, past a few words naming what it is:
    // a test of a few characters before any scan.
    let (gap, stop) = past_naming_words(text, close)?;
    if !matches!(stop, '。' | '；') {
        return None;
    }
    let start = close + gap + stop.len_utf8();
    let mut run = 0;
    // The stop closing the run's first unit: the others close alike.
    let mut first_stop = None;
    let mut end = start;
    let mut at = start;
    // Each sentence is read to its stop, within the longest list after a
    // slogan: the scan ends at the first that does not close with the word.
    while at < text.len() {
        let (len, stop) = text[at..]
            .char_indices()
            .take(MAX_LIST_AFTER)
            .find(|(_, c)| matches!(c, '。' | '；' | '\n'))
            .map_or((text.len() - at, None), |(i, c)| (i, Some(c)));
        if stop.is_none() && text[at..].chars().nth(MAX_LIST_AFTER).is_some() {
            break;
        }
        let segment = &text[at..at + len];
        let first = segment.split('，').next().unwrap_or(segment);
        let last = segment.rsplit('，').next().unwrap_or(segment);
        // The clause closing with the word names one thing: `甲、乙工程`
        // are two.
        let one =
            |clause: &str| clause.ends_with(word) && !clause.contains(['、', '和', '及', '与']);
        let closing = segment.matches(word).count() == 1 && (one(last) || one(first));
        if !closing {
            if segment.contains(word) {
                return None;
            }
            break;
        }
        // `推进甲改革。稳步推进乙改革，…；建立…；`: a short sentence then a
        // `；` part are a paragraph's head and its detail, not two items.
        match first_stop {
            None => first_stop = stop,
            Some(first) if stop.is_some_and(|s| s != first && s != '\n') && first != '\n' => {
                return None;
            }
            Some(_) => {}
        }
        run += 1;
        end = at + len;
        if stop == Some('\n') {
            break;
        }
        at += len + stop.map_or(0, char::len_utf8);
    }
    if run < 2 {
        return None;
    }
    let reading = if run == part.numeral as usize {
        SloganCount::Holds
    } else {
        SloganCount::Differs(vec![Some(run)])
    };
    Some((start..end, reading))
}

/// The most sentences between a slogan's own and the first of the
/// sentences that take its things in turn (`“五大任务”是…。我们…。甲方面，…`).
const MAX_FRAME_LEAD: usize = 1;

/// The most characters of the clause that opens such a sentence.
const MAX_FRAME_OPENER: usize = 24;

/// The words closing a clause that names a topic in turn (`甲方面，…`).
const TOPIC_FRAMES: &[&str] = &["方面"];

/// The most bytes after a slogan read for the sentences taking its things
/// in turn: a paragraph, not a report.
const MAX_FRAMES_SPAN: usize = 12_000;

/// `实施“两新”。在设备甲新上，…。在消费品乙新上，…。`, `“五大任务”…。甲屏障方面，…。乙
/// 基地方面，…`, `“两个融合”…。推动甲、乙融合，…。促进丙、丁融合，…`: the
/// sentences of the slogan's paragraph after it (the first within
/// [`MAX_FRAME_LEAD`] sentences of the slogan's) that open with one frame,
/// the same words before and after the thing each names (`在…上`, `…方面`,
/// `围绕打造…`), read to the paragraph's end or the first sentence opening
/// with a quote (the next slogan's). Each frame names one thing: for a
/// slogan of words, the thing ends with one part's word (and the frame is
/// two characters or more); for a count of things (`五大任务`), whose
/// things need not carry its word, the frame closes the clause with two
/// characters or more (`方面`, the counted `融合`), and such a count only
/// confirms (its frames may name the work's areas, not its things). A
/// sentence opening with the frame but naming no part's thing and the
/// paragraph is not read.
fn framed_sentences(
    text: &str,
    close: usize,
    parts: &[SloganPart],
) -> Option<(Range<usize>, SloganCount)> {
    let measured = match parts {
        [one] if one.measured() => true,
        _ if parts.iter().any(SloganPart::measured) => return None,
        _ => false,
    };
    // The slogan's own sentence ends within a few sentences' length: a
    // line of many slogans is not searched to its end at each.
    let near = crate::text::floor_char_boundary(
        text,
        close.saturating_add(crate::text::MAX_SENTENCE_BYTES),
    );
    let start = close + text.get(close..near)?.find('。')? + '。'.len_utf8();
    let mut end = (start + MAX_FRAMES_SPAN).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // The opening clause of each sentence, with its sentence's place.
    let mut openers: Vec<(usize, &str, Range<usize>)> = Vec::new();
    let mut at = start;
    let mut index = 0;
    while at < end {
        let (sentence_end, stop) = text[at..end]
            .char_indices()
            .find(|(_, c)| matches!(c, '。' | '！' | '？' | '\n'))
            .map_or((end, '\n'), |(i, c)| (at + i, c));
        let sentence = &text[at..sentence_end];
        if sentence.starts_with(is_quote) {
            break;
        }
        if let Some(comma) = sentence.find('，') {
            let opener = &sentence[..comma];
            let n = opener.chars().count();
            if (3..=MAX_FRAME_OPENER).contains(&n) && !opener.contains(is_quote) {
                openers.push((index, opener, at..sentence_end));
            }
        }
        if stop == '\n' || sentence_end >= end {
            break;
        }
        at = sentence_end + stop.len_utf8();
        index += 1;
    }
    let chars = |s: &str| s.chars().count();
    let common_prefix = |x: &str, y: &str| {
        x.chars()
            .zip(y.chars())
            .take_while(|(c, d)| c == d)
            .map(|(c, _)| c.len_utf8())
            .sum::<usize>()
    };
    let common_suffix = |x: &str, y: &str| {
        x.chars()
            .rev()
            .zip(y.chars().rev())
            .take_while(|(c, d)| c == d)
            .map(|(c, _)| c.len_utf8())
            .sum::<usize>()
    };
    let ends_with_part = |thing: &str| -> Option<usize> {
        let ended: Vec<usize> = (0..parts.len())
            .filter(|&k| parts[k].words.iter().any(|w| thing.ends_with(w.as_str())))
            .collect();
        match ended.as_slice() {
            [k] => Some(*k),
            _ => None,
        }
    };
    // The frame a first opener shares with the next one that shares
    // anything at both ends.
    let frame_of = |a: &str, rest: &[(usize, &str, Range<usize>)]| {
        // The closing words all the sentences after it that close alike
        // share (`甲屏障方面`, `乙屏障方面`, `丙基地方面`): a topic frame, or
        // for a count of things its counted word.
        let closing = rest
            .iter()
            .map(|(_, b, _)| common_suffix(a, b))
            .filter(|&s| s < a.len() && chars(&a[a.len() - s..]) >= 2)
            .min()
            .map(|s| &a[a.len() - s..]);
        if let Some(suffix) = closing
            && (TOPIC_FRAMES.contains(&suffix)
                || measured && parts[0].words.first().is_some_and(|w| w == suffix))
        {
            return Some((String::new(), suffix.to_string()));
        }
        if measured {
            return None;
        }
        rest.iter().find_map(|(_, b, _)| {
            let p = common_prefix(a, b);
            let mut s = common_suffix(a, b);
            if p + s >= a.len().min(b.len()) {
                return None;
            }
            // The suffix stops at the thing's last word.
            while s > 0 && ends_with_part(&a[p..a.len() - s]).is_none() {
                s -= a[a.len() - s..].chars().next()?.len_utf8();
            }
            let (prefix, suffix) = (&a[..p], &a[a.len() - s..]);
            (chars(prefix) + chars(suffix) >= 2).then_some((prefix.to_string(), suffix.to_string()))
        })
    };
    // The first sentence within the lead whose opener frames later ones.
    let (k, frame) = openers
        .iter()
        .enumerate()
        .take_while(|(_, (index, _, _))| *index <= MAX_FRAME_LEAD)
        .find_map(|(k, (_, a, _))| frame_of(a, &openers[k + 1..]).map(|f| (k, f)))?;
    let first = &openers[k];
    let openers = &openers[k..];
    let (prefix, suffix) = (frame.0.as_str(), frame.1.as_str());
    // A slogan quoted inside one of the framed sentences (`甲方面，…“三
    // 大任务”…。乙方面，…`) is one topic's, not what they take in turn.
    let far = crate::text::floor_char_boundary(
        text,
        close.saturating_sub(crate::text::MAX_SENTENCE_BYTES),
    );
    let own_start = match text[far..close].rfind(['。', '！', '？', '\n']) {
        Some(i) => far + i + text[far + i..].chars().next().map_or(1, char::len_utf8),
        None if far == 0 => 0,
        None => return None,
    };
    let own = &text[own_start..close];
    if let Some(comma) = own.find('，')
        && own[..comma].starts_with(prefix)
        && own[..comma].ends_with(suffix)
    {
        return None;
    }
    let mut listed = vec![0usize; parts.len()];
    // A thing holding a list (`甲、乙融合`, `甲和乙工程`) may be one or
    // several: such a run only confirms.
    // So does a count of things (`四大行动`) read by frames: clauses
    // closing with the counted word itself (`实施甲行动，…。支持乙行动，…`)
    // may name its things otherwise in other sentences, and topics in turn
    // (`甲方面，…。乙方面，…`) may be the areas of the work rather than its
    // things. A topic frame takes each part of a slogan of words in turn.
    let topic = prefix.is_empty() && TOPIC_FRAMES.contains(&suffix);
    let mut grouped = measured;
    let mut last = first.2.clone();
    for (_, opener, sentence) in openers {
        if opener.len() <= prefix.len() + suffix.len()
            || !opener.starts_with(prefix)
            || !opener.ends_with(suffix)
        {
            continue;
        }
        let thing = &opener[prefix.len()..opener.len() - suffix.len()];
        grouped |= thing.contains(['、', '和', '与', '及']);
        if measured {
            listed[0] += 1;
        } else if topic {
            // A topic carries its part's word anywhere (`甲有乙方面`).
            let carried: Vec<usize> = (0..parts.len())
                .filter(|&k| parts[k].words.iter().any(|w| thing.contains(w.as_str())))
                .collect();
            let [k] = carried.as_slice() else {
                return None;
            };
            listed[*k] += 1;
        } else {
            listed[ends_with_part(thing)?] += 1;
        }
        last = sentence.clone();
    }
    // Every part named (`两不愁三保障` over three `甲保障方面` says nothing
    // of its other part).
    if listed.iter().sum::<usize>() < 2 || listed.contains(&0) {
        return None;
    }
    let reading = if listed
        .iter()
        .zip(parts)
        .all(|(n, p)| *n == p.numeral as usize)
    {
        SloganCount::Holds
    } else if grouped {
        return None;
    } else {
        SloganCount::Differs(listed.into_iter().map(Some).collect())
    };
    Some((first.2.start..last.end, reading))
}

/// Whether every item of a list (cut at `、`, `，`, `；`) carries a word of
/// one of the slogan's parts, with no `等` leaving it open: the list is
/// the slogan's things and nothing else.
fn fully_carried(list: &str, parts: &[SloganPart]) -> bool {
    let items: Vec<&str> = list
        .split(['、', '，', ',', '；', ';'])
        .map(str::trim)
        .collect();
    !list.contains('等')
        && items.len() >= 2
        && items.iter().all(|item| {
            parts
                .iter()
                .any(|p| p.words.iter().any(|w| item.contains(w.as_str())))
        })
}

/// `推进“五城同创”，甲城市、乙城市、丙城市、丁城市通过复审`: a list whose
/// last item runs on past its counted word further than any other item
/// does is the subject of what it goes on to say (passed, won, finished),
/// which may be said of some of the slogan's things only: it cannot refute.
/// (A tail stating an amount, `保甲、保乙、保丙支出25亿元`, sums the
/// things up: the list stands.)
fn goes_on_past_its_items(list: &str, parts: &[SloganPart]) -> bool {
    let tail = |item: &str| past_counted_words(item, parts).chars().count();
    let items: Vec<&str> = list
        .split('、')
        .flat_map(|item| item.split(['和', '与', '及']))
        .collect();
    let Some((last, others)) = items.split_last() else {
        return false;
    };
    let longest_other = others.iter().map(|item| tail(item)).max().unwrap_or(0);
    !others.is_empty()
        && tail(last) >= longest_other + 2
        && !past_counted_words(last, parts).contains(|c: char| c.is_ascii_digit())
}

/// Whether the clause after a list cut at a comma opens with one more of
/// a one-part slogan's things (`要把乙路修好、管好、养好，用好乙路，…`: the
/// word within the clause's first few characters, as an item carries it),
/// so that the things may go on past the comma and a count short of the
/// slogan's proves nothing. A later clause merely using the word
/// (`…，基层“三保”得到保障`) goes on with no item.
fn carried_on_after(text: &str, end: usize, parts: &[SloganPart]) -> bool {
    /// The most characters before the word in an item continuing the run.
    const MAX_ITEM_LEAD: usize = 3;
    let [part] = parts else {
        return false;
    };
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(['，', ','])) else {
        return false;
    };
    let next = rest
        .split(['，', ',', '。', '；', ';', '！', '？', '\n'])
        .next()
        .unwrap_or("");
    part.words.iter().any(|w| {
        next.find(w.as_str()).is_some_and(|at| {
            let lead = &next[..at];
            lead.chars().count() <= MAX_ITEM_LEAD && lead.chars().all(crate::chars::is_han)
        })
    })
}

/// What `item` says past the last counted word it carries.
fn past_counted_words<'a>(item: &'a str, parts: &[SloganPart]) -> &'a str {
    let end = parts
        .iter()
        .flat_map(|p| p.words.iter())
        .filter_map(|w| item.rfind(w.as_str()).map(|at| at + w.len()))
        .max()
        .unwrap_or(item.len());
    &item[end..]
}

/// The fewest items of a `、` list that spells a slogan out.
const MIN_SPELLED_ITEMS: usize = 3;

/// Whether `list` is one `、` clause of [`MIN_SPELLED_ITEMS`] items or
/// more (a `和`, `与` or `及` joining two of them), each carrying exactly one
/// counted word once, with nothing quoted (`“两茶”产值…、“一水”产值…`
/// restates parts) and nothing left open (`等`): one item per thing
/// counted, whatever the slogan says.
fn spelled_out(list: &str, parts: &[SloganPart]) -> bool {
    if list.contains(['，', ',', '；', ';', '等']) || list.contains(is_quote) {
        return false;
    }
    let items: Vec<&str> = list
        .split('、')
        .flat_map(|item| item.split(['和', '与', '及']))
        .collect();
    items.len() >= MIN_SPELLED_ITEMS && items.iter().all(|item| words_carried(item, parts) == 1)
}

/// How many things one `、` clause spells out: its items (a `和`, `与` or
/// `及` joining two), when there are two or more and each carries exactly
/// one counted word once, nothing quoted and nothing left open.
fn spelled_items(clause: &str, parts: &[SloganPart]) -> Option<usize> {
    if clause.is_empty()
        || clause.contains(['；', ';', '等', '（', '('])
        || clause.contains(is_quote)
    {
        return None;
    }
    let items: Vec<&str> = clause
        .split('、')
        .flat_map(|item| item.split(['和', '与', '及']))
        .collect();
    (items.len() >= 2 && items.iter().all(|item| words_carried(item, parts) == 1))
        .then_some(items.len())
}

/// How many counted words `item` carries: for each part, the most uses of
/// any one of its words.
fn words_carried(item: &str, parts: &[SloganPart]) -> usize {
    parts
        .iter()
        .map(|p| {
            p.words
                .iter()
                .map(|w| item.matches(w.as_str()).count())
                .max()
                .unwrap_or(0)
        })
        .sum()
}

/// `开展“两清两改”，清理甲、清理乙，推进改厕、改圈，…`: the `，` clauses
/// from `start`, each spelling things out (see [`spelled_items`]), to the
/// first that does not, when there are two or more, together
/// [`MIN_SPELLED_ITEMS`] items or more, and every part's word is among them:
/// one item per thing counted, across the clauses, whatever the slogan
/// says.
fn spelled_clauses(text: &str, start: usize, parts: &[SloganPart]) -> Option<Range<usize>> {
    let mut at = start;
    let mut end = start;
    let (mut clauses, mut items) = (0, 0);
    while at < text.len() {
        // The end of the text ends a clause too.
        let (len, stop) = text[at..]
            .char_indices()
            .take(MAX_LIST_AFTER)
            .find(|(_, c)| matches!(c, '，' | ',' | '。' | '；' | '\n' | '！' | '？' | '：'))
            .map_or((text.len() - at, '。'), |(i, c)| (i, c));
        let Some(n) = spelled_items(&text[at..at + len], parts) else {
            break;
        };
        clauses += 1;
        items += n;
        end = at + len;
        if !matches!(stop, '，' | ',') {
            break;
        }
        at += len + stop.len_utf8();
    }
    let run = &text[start..end];
    let every_part = parts
        .iter()
        .all(|p| p.words.iter().any(|w| run.contains(w.as_str())));
    (clauses >= 2 && items >= MIN_SPELLED_ITEMS && every_part).then_some(start..end)
}

/// Where the clause ending at `open` starts, within [`MAX_LIST_BEFORE`]
/// characters (a quote ends it too).
pub(super) fn clause_start_before(text: &str, open: usize) -> Option<usize> {
    let mut start = open;
    for (n, (i, c)) in text[..open].char_indices().rev().enumerate() {
        if n >= MAX_LIST_BEFORE {
            return None;
        }
        if matches!(
            c,
            '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '？' | '\n' | '”' | '“'
        ) {
            break;
        }
        start = i;
    }
    Some(start)
}

/// `推进A、B、C“三X”`: the `、` list ending right before the slogan, from
/// the start of its clause, when every item carries a counted word (a list
/// before a slogan may be anything else: `在甲、乙两地实施“一签多行”`).
fn list_before(text: &str, open: usize, parts: &[SloganPart]) -> Option<Range<usize>> {
    let start = clause_start_before(text, open)?;
    let list = &text[start..open];
    // `甲规划、“十二五”乙规划、丙规划“六规统一”`: a quote closing inside
    // the first name read cut the list there; names before it are lost.
    // `实现与甲规划、乙规划“三规合一”`: the names are what something named
    // before them joins with.
    if cut_by_a_quote(text, start)
        || list.starts_with('与')
        || list
            .split_once('与')
            .is_some_and(|(verb, _)| crate::lists::VERBS.contains(&verb))
    {
        return None;
    }
    // `A、B等乡村“八X”`, `以A、B为重点的“十大X”`: the names are examples,
    // not the list.
    if list.trim_end_matches('等').contains('等')
        || ["为重点", "为代表", "为龙头", "为主"]
            .iter()
            .any(|w| list.contains(w))
    {
        return None;
    }
    let carried = list.split(['、', '和', '及']).all(|item| {
        parts
            .iter()
            .any(|p| p.words.iter().any(|w| item.contains(w.as_str())))
    });
    // Two names joined by one `和` are a list as well (`甲水和乙水“两水
    // 共治”`), each carrying its word.
    let two_joined = || list.matches(['和', '及']).count() == 1;
    let listed = list.contains('、') || two_joined();
    (carried && listed && !list.contains('《') && only_asides(list)).then_some(start..open)
}

/// Whether the clause read back from a slogan to `start` was cut by a
/// quote closing inside a name of its list (`甲规划、“十二五”乙规划、丙规划
/// “六规统一”`, `甲城、“双碳”示范城、乙城“六城联动”`): the names before the
/// quote are lost, so the names read are not all of them.
fn cut_by_a_quote(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix('”')
        .and_then(|before| before.rfind('“').map(|open| &before[..open]))
        .is_some_and(|before| before.ends_with('、'))
        && !text[start..].starts_with('、')
}

/// The fewest characters of each of two names joined before a pair
/// slogan: two verbs joined (`学习和贯彻`) are no names.
const MIN_PAIRED_NAME: usize = 3;

/// `着眼于保持甲增长和迈向乙水平“双目标”`, `打造甲、乙和丙、丁“双引擎”`:
/// the two sides of one `和`/`与`/`及` that make up the clause before a
/// slogan of one part counting two (not a count of things, which the count
/// rule reads), each one name or a `、` list of as many names as the
/// other's (two groups). They may be the slogan's two things or anything
/// else said with it, so they only confirm it.
fn pair_before(
    line: &str,
    open: usize,
    parts: &[SloganPart],
) -> Option<(Range<usize>, SloganCount)> {
    let [part] = parts else {
        return None;
    };
    if part.numeral != 2 || part.measured() {
        return None;
    }
    let start = clause_start_before(line, open)?;
    // `甲和乙“双X”、丙和丁“双Y”`: a `、` after the closing quote of the
    // slogan before parts its clause from this one.
    let list = &line[start..open];
    let list = match line[..start].ends_with('”') {
        true => list.strip_prefix('、').unwrap_or(list),
        false => list,
    };
    if list.contains(['的', '等', '（', '(', '《']) {
        return None;
    }
    let sides: Vec<Vec<&str>> = list
        .split(['和', '与', '及'])
        .map(|side| side.split('、').collect())
        .collect();
    let [first, second] = sides.as_slice() else {
        return None;
    };
    // One name a side is at least a short phrase; in groups, names.
    let least = if first.len() == 1 { MIN_PAIRED_NAME } else { 2 };
    let fits = |k: usize, name: &&str| {
        let most = if k == 0 { MAX_FIRST_NAME } else { 12 };
        (least..=most).contains(&name.chars().count())
    };
    let names = first.iter().chain(second);
    let paired = first.len() == second.len() && names.enumerate().all(|(k, n)| fits(k, n));
    paired.then_some((open - list.len()..open, SloganCount::Holds))
}

/// The most characters before a slogan read back for the list it sums up
/// in an earlier clause of its paragraph.
const MAX_NAMED_EARLIER: usize = 240;

/// `持续推进甲创业、乙创新。“双创”是…`, `开展“净甲、净乙、净丙”行动。…
/// “三净”行动的成果`: the nearest earlier clause of the paragraph (past the
/// slogan's own) whose `、` list, or the `、` list quoted in it, spells
/// things out, each carrying one counted word of a slogan of one part:
/// the slogan sums them up. Read back within [`MAX_NAMED_EARLIER`]
/// characters; as long as the numeral it confirms the slogan, of another
/// length it may be another list and reads nothing.
fn named_earlier(
    line: &str,
    open: usize,
    parts: &[SloganPart],
) -> Option<(Range<usize>, SloganCount)> {
    let [part] = parts else {
        return None;
    };
    if part.numeral < 2 || part.measured() {
        return None;
    }
    let own = clause_start_before(line, open)?;
    let mut from = own.saturating_sub(MAX_NAMED_EARLIER * 3);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let window = &line[from..own];
    // Every item carries the shortest of the part's words (each longer one
    // opens with it): a window without it, or without a list, has none.
    let shortest = part.words.last()?;
    if !window.contains(shortest.as_str()) || !window.contains('、') {
        return None;
    }
    // The clauses from the nearest back; the first of the paragraph only
    // when the window reaches its start (else it is cut).
    const BREAKS: [char; 9] = ['，', ',', '。', '；', ';', '：', ':', '！', '？'];
    let mut end = window.len();
    loop {
        let start = match window[..end].rfind(BREAKS) {
            Some(at) => at + window[at..].chars().next().map_or(1, char::len_utf8),
            None if from == 0 => 0,
            None => return None,
        };
        if let Some((list, items)) = spelled_clause(line, from + start..from + end, parts) {
            return (items == part.numeral as usize).then_some((list, SloganCount::Holds));
        }
        if start == 0 {
            return None;
        }
        // Past the break that opened this clause.
        end = window[..start]
            .char_indices()
            .next_back()
            .map_or(0, |(at, _)| at);
    }
}

/// The `、` list a clause spells out with each item carrying one counted
/// word (see [`spelled_items`]): the clause's own, or the one quoted in it
/// (`开展“净甲、净乙、净丙”行动`). `None` for a clause with no `、`.
fn spelled_clause(
    line: &str,
    clause: Range<usize>,
    parts: &[SloganPart],
) -> Option<(Range<usize>, usize)> {
    let text = &line[clause.clone()];
    if !text.contains('、') {
        return None;
    }
    let list = match (text.find('“'), text.find('”')) {
        (Some(q), Some(e)) if q < e => {
            let inner = clause.start + q + '“'.len_utf8()..clause.start + e;
            line[inner.clone()].contains('、').then_some(inner)?
        }
        _ => clause,
    };
    let items = spelled_items(&line[list.clone()], parts)?;
    Some((list, items))
}

/// Whether every parenthesis of a list is an aside inside one item
/// (`甲企业（人才）库`), closed, holding no list or clause of its own.
fn only_asides(list: &str) -> bool {
    let mut rest = list;
    while let Some(open) = rest.find(['（', '(']) {
        let width = rest[open..].chars().next().map_or(1, char::len_utf8);
        let inside = &rest[open + width..];
        let Some(close) = inside.find(['）', ')']) else {
            return false;
        };
        if inside[..close].contains(['、', '，', ',', '；', ';', '（', '(']) {
            return false;
        }
        rest = &inside[close..];
    }
    true
}

/// `甲方案、乙清单和丙清单“一方案两清单”`: every item of a list before a
/// slogan of several parts ends with one of its words, and every part's
/// words end one item or more. A part of one that ends several items is
/// rather the whole they make up (`甲区、乙区和丙园“一区三园”`: one zone
/// of three parks), so the list is not read.
fn ends_every_item(list: &str, parts: &[SloganPart]) -> bool {
    let ends = |item: &str, p: &SloganPart| p.words.iter().any(|w| item.ends_with(w.as_str()));
    // A `等` closing the list (`甲城、乙区、丙区等“一城两区”`) is no word of
    // its last item; the count reader takes it as a list that may hold more.
    let items: Vec<&str> = list
        .trim_end_matches('等')
        .split(['、', '和', '及'])
        .collect();
    let ended = |p: &SloganPart| items.iter().filter(|item| ends(item, p)).count();
    items.iter().all(|item| parts.iter().any(|p| ends(item, p)))
        && parts.iter().all(|p| match p.numeral {
            1 => ended(p) == 1,
            _ => ended(p) >= 1,
        })
}

/// `提升甲品质和降低乙成本“一升一降”`: a slogan of ones whose list before it
/// has one item a part, each carrying its own part's word and no other's,
/// in the slogan's order (the items need not end with the words: a verb
/// names the thing).
fn ones_in_turn(list: &str, parts: &[SloganPart]) -> bool {
    let items: Vec<&str> = list.split(['、', '和', '及']).collect();
    let carries = |item: &str, p: &SloganPart| item.contains(p.words[0].as_str());
    parts.iter().all(|p| p.numeral == 1)
        && items.len() == parts.len()
        && items.iter().enumerate().all(|(i, item)| {
            parts
                .iter()
                .enumerate()
                .all(|(k, p)| carries(item, p) == (k == i))
        })
}

/// `A、B、C“三X”`: a `、` list of short names right before a slogan of one
/// part, in its clause. Names that carry no counted word may be anything
/// (`在甲、乙两地实施“一签多行”`, `甲、乙获评全省“五型”政府`), so a list
/// as long as the numeral confirms the slogan, and a list of another
/// length says something only where it surely is the slogan's.
struct Apposition {
    list: Range<usize>,
    items: usize,
    /// The names as a confirmation counts them, when they may be read so:
    /// a `和`/`与`/`及` in the last joins two more (`甲、乙和丙“三X”`), and
    /// the first may carry the sentence's verb and its qualifiers, so it
    /// may be twice as long (`健全省市两级甲项目、乙项目“双X”机制`).
    confirming: Option<usize>,
    /// The longest name but the last, and the last, in characters.
    longest_before_last: usize,
    last: usize,
    /// The last name ends with the two characters an earlier one ends with
    /// (`锂电池、太阳能电池`): a name of the same kind, however long.
    last_alike: bool,
    /// No name joins two (`和`, `与`, `及`, `同`, `或`) or qualifies one
    /// (`的`): each is one plain name.
    plain: bool,
}

impl Apposition {
    /// Whether the names surely are what the slogan sums up: three or more
    /// plain names (`甲和乙、丙“双X”` may be grouped either way; `甲、乙的
    /// “两X”` qualifies the slogan), the last no longer than the longest
    /// before it (no words stand between the names and the slogan: `甲、乙
    /// 获评全省“五型”`), and the slogan either closing its clause
    /// (`实现甲、乙、丙“三增”，`) or counting kinds (`甲、乙、丙“新三样”
    /// 出口增长`), not naming a kind of something after it (`甲、乙、丙
    /// “五星”支部` are three branches).
    fn sums_up(&self, line: &str, close: usize, part: &SloganPart) -> bool {
        let closes = line
            .get(close..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|c| matches!(c, '，' | '。' | '；' | '！' | '？' | '\n' | '\r'));
        // (`件`, `种`, `类`, `项` are measure words: see the caller.)
        let kinds = matches!(part.words.as_slice(), [w] if w == "样");
        // A slogan naming the undertaking it is (`甲、乙、丙“三送”工作`,
        // `甲、乙“两难”问题`), not a kind of things the names may be.
        let undertaking = line.get(close..).is_some_and(|rest| {
            UNDERTAKINGS.iter().any(|w| {
                rest.strip_prefix(w).is_some_and(|after| {
                    after
                        .chars()
                        .next()
                        .is_none_or(|c| !crate::chars::is_han(c) || matches!(c, '为' | '的'))
                })
            })
        });
        self.items >= 3
            && self.plain
            && (self.last <= self.longest_before_last || self.last_alike)
            && (closes || kinds || undertaking)
    }
}

/// Words after a slogan naming the undertaking it is as a whole: the names
/// before it are its things, not things of its kind.
const UNDERTAKINGS: &[&str] = &["工作", "问题", "目标", "理念", "要求", "任务"];

fn apposition_before(text: &str, open: usize, parts: &[SloganPart]) -> Option<Apposition> {
    let [_] = parts else {
        return None;
    };
    let mut start = clause_start_before(text, open)?;
    // A quote inside a name (`甲城、“双碳”示范城、乙城“六城联动”`) does not
    // end the clause: the names before it are read too. (A quote followed
    // by one character, `“四下”变“四上”`, is a slogan of its own.)
    let name_goes_on = |start: usize| {
        let rest = &text[start..open];
        rest.split('、').next().unwrap_or(rest).chars().count() >= 2
    };
    while cut_by_a_quote(text, start) && name_goes_on(start) {
        let quote = text[..start].strip_suffix('”').and_then(|b| b.rfind('“'))?;
        start = clause_start_before(text, quote)?;
    }
    let list = &text[start..open];
    if list.contains(['（', '(', '《', '等']) {
        return None;
    }
    // Two places joined by one hyphen (`甲-乙“双城联动”`) are two names as
    // well, when both are words.
    const HYPHENS: [char; 3] = ['-', '－', '—'];
    let hyphened = !list.contains('、')
        && list.matches(HYPHENS).count() == 1
        && list
            .chars()
            .all(|c| crate::chars::is_han(c) || HYPHENS.contains(&c));
    let cut: &[char] = if hyphened { &HYPHENS } else { &['、'] };
    let lengths: Vec<usize> = list.split(cut).map(|i| i.chars().count()).collect();
    let short = lengths.iter().all(|n| (2..=12).contains(n));
    let (&last, before) = lengths.split_last()?;
    let plain = !list.contains(['和', '与', '及', '同', '或', '的']);
    let confirming = confirming_names(list);
    let names: Vec<&str> = list.split(cut).collect();
    let last_alike = names.split_last().is_some_and(|(last, before)| {
        last_two_chars(last).is_some_and(|tail| before.iter().any(|name| name.ends_with(tail)))
    });
    (short && lengths.len() >= 2 || confirming.is_some()).then(|| Apposition {
        list: start..open,
        items: if short { lengths.len() } else { 0 },
        confirming,
        longest_before_last: before.iter().copied().max().unwrap_or(0),
        last,
        last_alike,
        plain,
    })
}

/// The last two characters of `name`, which tell its kind (`城市`,
/// `电池`), if it has two.
fn last_two_chars(name: &str) -> Option<&str> {
    name.char_indices().rev().nth(1).map(|(at, _)| &name[at..])
}

/// How far back in its sentence a name of the list's kind is looked for.
const MAX_KIND_BEFORE: usize = 120;

/// Whether names of one kind (`甲城市、乙城市、丙城市`, ending alike)
/// have another of their kind earlier in the sentence (`以创建丁城市为
/// 引领，开展甲城市、乙城市、丙城市“四城联创”`), a name ending there: the
/// slogan may count it too, so names fewer than its numeral say nothing.
fn kind_named_earlier(line: &str, list: Range<usize>) -> bool {
    let names: Vec<&str> = line[list.clone()].split('、').collect();
    let Some(tail) = names.last().and_then(|last| last_two_chars(last)) else {
        return false;
    };
    let mut from = list.start.saturating_sub(MAX_KIND_BEFORE);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let before = &line[from..list.start];
    let sentence = before
        .rfind(['。', '；', '！', '？', '\n'])
        .map_or(before, |p| &before[p..]);
    // A name of the kind ends where the tail does: a mark or a particle
    // follows it (`甲城市为引领`), not more of a word (`“服务包”`).
    let ends_a_name = |at: usize| {
        sentence[at + tail.len()..]
            .chars()
            .next()
            .is_some_and(|c| !crate::chars::is_han(c) || "为和与及的".contains(c))
    };
    names.iter().all(|n| n.ends_with(tail))
        && sentence.match_indices(tail).any(|(at, _)| ends_a_name(at))
}

/// The fewest names that confirm a slogan past a verb or a closing `和`.
const MIN_CONFIRMING_NAMES: usize = 3;

/// The most characters of the first name before a slogan, which may carry
/// the sentence's verb (twice a name's).
const MAX_FIRST_NAME: usize = 24;

/// How many names a list before a slogan holds read as a confirmation
/// would (see [`Apposition::confirming`]): [`MIN_CONFIRMING_NAMES`] or
/// more `、` names of 2 to 12 characters (the first up to
/// [`MAX_FIRST_NAME`]), the last maybe two joined by one `和`/`与`/`及`,
/// nothing else joining or qualifying them.
fn confirming_names(list: &str) -> Option<usize> {
    if list.contains(['同', '或', '的']) {
        return None;
    }
    let mut names: Vec<&str> = list.split('、').collect();
    let last = names.pop()?;
    if names.iter().any(|n| n.contains(['和', '与', '及'])) {
        return None;
    }
    let mut tail = last.split(['和', '与', '及']);
    names.extend(tail.by_ref().take(2));
    // Two names before a pair word (`双`, `两`) agree with it too easily
    // (`甲、国家“两山”`): three or more, cut at `、`.
    if tail.next().is_some() || names.len() < MIN_CONFIRMING_NAMES || !list.contains('、') {
        return None;
    }
    let fits = names.iter().enumerate().all(|(k, n)| {
        let most = if k == 0 { MAX_FIRST_NAME } else { 12 };
        (2..=most).contains(&n.chars().count())
    });
    fits.then_some(names.len())
}

pub(super) fn reading_of(
    slogan: &str,
    term_range: Range<usize>,
    note_range: Range<usize>,
    parts: &[SloganPart],
    reading: &SloganCount,
) -> SloganReading {
    let listed = match reading {
        SloganCount::Holds => parts.iter().map(|p| p.numeral as usize).collect(),
        SloganCount::Differs(agreed) => agreed.iter().map(|c| c.unwrap_or(usize::MAX)).collect(),
    };
    SloganReading {
        slogan: slogan.to_string(),
        term_range,
        note_range,
        parts: parts
            .iter()
            .map(|p| (p.numeral, p.words[0].clone()))
            .collect(),
        listed,
        differs: reading.differing(parts),
        counted: false,
    }
}

/// The slogans a note's term names: its quoted words, else its `、` names
/// (`两吉融城、七区协同`).
fn slogans_named(term: &str) -> Vec<String> {
    if let Some(name) = counted_quote(term) {
        return vec![name];
    }
    let quoted: Vec<String> = term
        .split('“')
        .skip(1)
        .filter_map(|s| s.split_once('”').map(|(q, _)| q.trim().to_string()))
        .filter(|q| !q.is_empty())
        .collect();
    // A closing quote whose opening one was lost (`六个一”工作体系`): the
    // name is what stands before it.
    if quoted.is_empty()
        && !term.contains('“')
        && let Some((name, _)) = term.split_once('”')
        && !name.trim_matches(is_space).is_empty()
        && !name.contains(is_quote)
    {
        return vec![name.trim_matches(is_space).to_string()];
    }
    // An opening quote never closed (`“四方责任`): the name is what
    // follows it.
    if quoted.is_empty()
        && !term.contains('”')
        && let [_, name] = term.split('“').collect::<Vec<_>>().as_slice()
        && !name.trim_matches(is_space).is_empty()
        && !name.contains(is_quote)
    {
        return vec![name.trim_matches(is_space).to_string()];
    }
    if !quoted.is_empty() || term.contains(is_quote) {
        return quoted;
    }
    term.split(['、', '，', ','])
        .map(|s| s.trim_matches(is_space).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The most characters of the noun after a counted quote (`清单` in
/// `三张“零关税”清单`) taken into its slogan.
const MAX_QUOTE_NOUN: usize = 4;

/// `六个“倍增计划”`, `三张“零关税”清单`: a term whose one quote follows a
/// numeral and its measure word names what that numeral counts; the slogan
/// is the numeral with the quote (and a short noun closing the term after
/// it), not the quoted words alone, which carry no numeral.
fn counted_quote(term: &str) -> Option<String> {
    let term = term.trim_matches(is_space);
    let open = term.find('“')?;
    let close = open + term[open..].find('”')?;
    let quoted = &term[open + '“'.len_utf8()..close];
    // One quote, not a numeral's own slogan (`“七个一”新“三个一”`).
    if term[close..].contains('“')
        || quoted.is_empty()
        || quoted.starts_with(|c: char| {
            c == '双' || c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some_and(|n| n > 0)
        })
    {
        return None;
    }
    let mut before = term[..open].chars().rev();
    let measure = before
        .next()
        .filter(|c| crate::slogan_count::is_measure(*c))?;
    let numeral = before
        .next()
        .filter(|c| crate::chars::chinese_digit(*c).is_some_and(|n| (1..=10).contains(&n)))?;
    let start = open - measure.len_utf8() - numeral.len_utf8();
    // A numeral inside a longer number (`二十个“甲”`) is not read.
    if before
        .next()
        .is_some_and(|c| crate::chars::chinese_digit(c).is_some())
    {
        return None;
    }
    let after = &term[close + '”'.len_utf8()..];
    let noun_ok =
        after.chars().count() <= MAX_QUOTE_NOUN && after.chars().all(crate::chars::is_han);
    let end = if noun_ok {
        term.len()
    } else {
        close + '”'.len_utf8()
    };
    Some(term[start..end].to_string())
}

/// In a note for several slogans, the list named by `slogan`:
/// `“四尘”指…；“三烟”指…` or `两吉融城，即…；七区协同，即…`. The list
/// runs over the following `；` and `。` segments up to the next name's
/// label (`“三X”即A，…；B，…；C，…。“两Y”即…`).
fn own_definition<'a>(definition: &'a str, slogan: &str, names: &[String]) -> Option<&'a str> {
    // (segment start, list start, label) of every labelled segment.
    let mut labels: Vec<(usize, usize, String)> = Vec::new();
    let mut start = 0;
    for (i, c) in definition
        .char_indices()
        .chain(std::iter::once((definition.len(), '。')))
    {
        // `“三甲”即“…”、“四乙”即“…”`: a `、` or `，` between a quoted list
        // and the next quoted label parts them as a `；` would.
        let between_quotes =
            || definition[..i].ends_with('”') && definition[i + c.len_utf8()..].starts_with('“');
        if !(matches!(c, '；' | ';' | '。') || matches!(c, '、' | '，') && between_quotes()) {
            continue;
        }
        let raw = &definition[start..i];
        let trimmed = raw.trim_start_matches(|c: char| is_space(c) || is_private(c));
        let mut at = start + (raw.len() - trimmed.len());
        start = i + c.len_utf8().min(definition.len() - i);
        let mut segment = trimmed;
        // `会上提出，两翼：…`: a lead clause (no label of its own) may open
        // the segment before the first name's label.
        for _ in 0..2 {
            let Some(label_end) = LABEL_ENDS
                .iter()
                .filter_map(|sep| segment.find(sep).map(|p| (p, p + sep.len())))
                .min()
            else {
                break;
            };
            let label: String = segment[..label_end.0]
                .chars()
                .filter(|c| !is_quote(*c) && !is_space(*c))
                .collect();
            if names.contains(&label) || names.iter().any(|n| same_words(&label, n)) {
                labels.push((at, at + label_end.1, label));
                break;
            }
            let lead_clause = segment[label_end.0..label_end.1] == *"，"
                && !segment[..label_end.0].contains(['、', '：', ':', '“']);
            if !lead_clause {
                break;
            }
            at += label_end.1;
            segment = &segment[label_end.1..];
        }
    }
    let mut own = labels.iter().enumerate().filter(|(_, l)| l.2 == slogan);
    let (k, (_, list_start, _)) = match own.next() {
        Some(found) => {
            if own.next().is_some() {
                return None;
            }
            found
        }
        // A label printed with another numeral (`九有` in the term, `“八有”
        // 指…` below) is the slogan's when it is the only one.
        None => {
            let mut other = labels
                .iter()
                .enumerate()
                .filter(|(_, l)| !names.contains(&l.2) && same_words(&l.2, slogan));
            let found = other.next()?;
            if other.next().is_some() {
                return None;
            }
            found
        }
    };
    let end = labels.get(k + 1).map_or(definition.len(), |l| l.0);
    definition
        .get(*list_start..end)
        .map(|d| d.trim_end_matches(|c: char| matches!(c, '；' | ';' | '。') || is_space(c)))
}

/// A slogan the body prints with other numerals than the note defining it
/// (`五减一优化` in the body, `四减一优化：减A、减B、减C、减D、优化E` in the
/// notes): the note's own list holds for the note's numerals, and one
/// slogan of the same words, defined nowhere, is used in the body. When the
/// note's own term is used too, only a use standing where the note points
/// (see [`takes_the_notes_place`]) is reported. Each use is reported
/// against the note's list.
fn renumbered_uses(doc: &Document, readings: &[SloganReading], sink: &mut Sink) {
    use crate::terms::{Term, TermSource};
    // The terms used in the body by their words without numerals, read
    // once: each reading looks its variants up rather than parsing every
    // term again.
    let mut by_words: HashMap<Vec<String>, Vec<&Term>> = HashMap::new();
    let numeric = |key: &str| {
        key.chars()
            .any(|c| c.is_ascii_digit() || crate::chars::chinese_digit(c).is_some() || c == '双')
    };
    for term in doc
        .terms
        .iter()
        .filter(|t| !t.uses.is_empty() && numeric(&t.key))
    {
        if let Some((_, words)) = written_words(&term.key) {
            by_words.entry(words).or_default().push(term);
        }
    }
    let placement = Placement::of(doc);
    let quotes = std::cell::OnceCell::new();
    for reading in readings {
        let mut respelled_as: Option<String> = None;
        let mut framed_as_noted = false;
        let holds = reading.differs.is_none()
            && reading
                .parts
                .iter()
                .zip(&reading.listed)
                .all(|((n, _), listed)| *n as usize == *listed);
        if !holds {
            continue;
        }
        // A note's own term, used nowhere in the body.
        let Some(note) = doc.notes.iter().position(|n| {
            n.term_range.as_ref().is_some_and(|t| {
                t.start <= reading.term_range.start && reading.term_range.end <= t.end
            })
        }) else {
            continue;
        };
        // (A note for several slogans is used by name: `“四旁”、“五边”`.)
        let used = doc.note_term(note).is_none_or(|t| {
            t.uses.iter().any(|u| {
                crate::terms::normalize(doc.text.get(u.clone()).unwrap_or(""))
                    .contains(reading.slogan.as_str())
            })
        });
        let Some((_, words)) = written_words(&reading.slogan) else {
            continue;
        };
        let candidates: &[&Term] = by_words.get(&words).map_or(&[], Vec::as_slice);
        let same_words = |t: &Term| t.key != reading.slogan;
        // The uses printed inside the note's whole term with other numerals
        // (`“五个一”安防工程` for a note on `“四个一”安防工程`, while `“六个
        // 一”工作机制` is another thing), whatever else the variant is: the
        // whole term says which slogan is meant even where another note
        // defines the variant (`甲“四级三类”乙` for a note on `甲“三级三类”
        // 乙`, another note on `四级三类`).
        let framed: Vec<(&Term, Vec<Range<usize>>)> = doc
            .note_term(note)
            .and_then(|t| term_frame(&t.key, &reading.slogan))
            .map(|frame| {
                candidates
                    .iter()
                    .copied()
                    .filter(|t| t.source != TermSource::Note(note) && same_words(t))
                    .map(|v| {
                        let uses: Vec<Range<usize>> = v
                            .uses
                            .iter()
                            .filter(|u| framed_use(&doc.text, u, &frame, &v.key))
                            .cloned()
                            .collect();
                        (v, uses)
                    })
                    .filter(|(_, uses)| !uses.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        // Else the one slogan of the same words that nothing defines.
        let variants: Vec<&Term> = candidates
            .iter()
            .copied()
            .filter(|t| t.source == TermSource::Slogan && same_words(t))
            .collect();
        let mut lone_variant = false;
        let (variant, mut uses) = match (framed.as_slice(), variants.as_slice()) {
            ([(variant, uses)], _) => {
                framed_as_noted = true;
                (variant.key.clone(), uses.clone())
            }
            ([], [one]) => {
                lone_variant = true;
                (one.key.clone(), one.uses.clone())
            }
            ([], []) => {
                // No body term of the same words: a quote spelling the
                // slogan as the body does, else a use unquoted.
                let quotes = quotes.get_or_init(|| BodyQuotes::of(doc));
                let defined = |key: &str| readings.iter().any(|r| r.slogan == key);
                match respelled(doc, quotes, &reading.slogan, defined) {
                    Some((key, variant, uses)) => {
                        respelled_as = Some(variant);
                        (key, uses)
                    }
                    // A quote with a letter changed too (`“六水共治”` for a
                    // note on `五水同治`), when the note's term is unused and
                    // no other note's slogan is as near it.
                    None => match (!used)
                        .then(|| {
                            let taken = |key: &str| {
                                defined(key)
                                    || readings.iter().any(|r| {
                                        r.slogan != reading.slogan
                                            && near_by_a_letter(&r.slogan, key)
                                    })
                            };
                            respelled_by_a_letter(doc, quotes, &reading.slogan, taken)
                        })
                        .flatten()
                    {
                        Some((key, variant, uses)) => {
                            respelled_as = Some(variant);
                            (key, uses)
                        }
                        None => {
                            unquoted_in_slot(doc, &placement, note, reading, sink);
                            renumbered_before_marker(doc, note, reading, defined, sink);
                            continue;
                        }
                    },
                }
            }
            // Several: the one printed where the note stands (its marker
            // after the use, or its slot among notes ordered by first use).
            ([], several) => {
                let placed: Vec<(&Term, Vec<Range<usize>>)> = several
                    .iter()
                    .map(|v| {
                        let uses = v.uses.iter().filter(|u| {
                            takes_the_notes_place(doc, &placement, note, &reading.slogan, u, false)
                        });
                        (*v, uses.cloned().collect::<Vec<_>>())
                    })
                    .filter(|(_, uses)| !uses.is_empty())
                    .collect();
                match placed.as_slice() {
                    [(variant, uses)] => (variant.key.clone(), uses.clone()),
                    _ => continue,
                }
            }
            _ => continue,
        };
        // A variant some note reads as holding (two notes printed as one,
        // `“甲”：…。“乙”：…`) is a slogan of its own, no misprint, unless
        // printed inside the note's whole term, which says which is meant.
        if !framed_as_noted
            && readings
                .iter()
                .any(|r| r.slogan == variant && r.differs.is_none())
        {
            continue;
        }
        // The note's own term printed in the body too, two slogans may both
        // be meant: only a use that stands where the note points is the
        // note's (its marker, or its place among notes ordered by first use).
        // A use printed inside the note's term's own words is the note's
        // wherever it stands.
        // Unless the variant is the note's slogan misprinted: printed once,
        // in a sentence apart from the note's own spelling (in one sentence,
        // two spellings are contrasted on purpose).
        let slip = lone_variant
            && uses.len() == 1
            && misprinted(&reading.slogan, &variant)
            && doc.note_term(note).is_some_and(|t| {
                t.uses
                    .iter()
                    .all(|u| !same_sentence(&doc.text, u, &uses[0]))
            });
        // A short slogan (`六防`, `三个一`) with one numeral changed may be
        // another real one; it is the note's misprinted when printed once,
        // quoted as the note's term is in the body, with that term's own
        // count standing in the note.
        let slip = slip
            || lone_variant
                && uses.len() == 1
                && quoted_as_noted(doc, note, &reading.slogan, &variant, &uses[0]);
        if used && !framed_as_noted && !slip {
            // The note's slogan with one numeral changed, its words the
            // same, may be the first mention the note explains.
            let respelling = self::same_words(&reading.slogan, &variant);
            uses.retain(|u| {
                takes_the_notes_place(doc, &placement, note, &reading.slogan, u, respelling)
            });
            if uses.is_empty() {
                continue;
            }
        }
        // A quote's spelling counts the note's parts with its numerals.
        let spelled = respelled_as.as_deref().unwrap_or(&variant);
        let Some((numerals, _)) = written_words(spelled) else {
            continue;
        };
        if numerals.len() != reading.listed.len() {
            continue;
        }
        // A code names its parts by their order alone: the note's numbers
        // in another order (`3+1` for `1+3`) list the same parts otherwise.
        if parse_slogan(spelled).is_none() {
            let mut printed = numerals.clone();
            let mut noted: Vec<u32> = reading.parts.iter().map(|(n, _)| *n).collect();
            printed.sort_unstable();
            noted.sort_unstable();
            if printed == noted {
                continue;
            }
        }
        let Some(part) = numerals
            .iter()
            .zip(&reading.listed)
            .position(|(n, listed)| *n as usize != *listed)
        else {
            continue;
        };
        for range in &uses {
            sink.push(
                range.clone(),
                Finding::SloganCount {
                    slogan: variant.clone().into(),
                    word: reading.parts[part].1.clone().into(),
                    stated: numerals[part],
                    listed: reading.listed[part],
                },
                vec![Related {
                    file: None,
                    range: reading.note_range.clone(),
                    kind: RelatedKind::List,
                }],
            );
        }
    }
}

/// Whether two places of the text share a sentence.
fn same_sentence(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let (from, to) = (a.start.min(b.start), a.end.max(b.end));
    text.get(from..to)
        .is_some_and(|between| !between.contains(['。', '！', '？', '\n']))
}

/// The fewest characters of the thing a measured slogan counts for it to
/// name one thing (`五个大起底`, `五大行动计划`), not a kind many slogans
/// share (`十大行动`, `三个一批`).
const MIN_MEASURED_NAME: usize = 3;

/// Whether `variant` reads as `slogan` misprinted rather than another
/// slogan of the same shape: one numeral changed, in a slogan whose words
/// name one thing (several parts, one part whose word of two characters or
/// more follows no measure word, or a measured noun of three or more). A
/// word of one character (`四改`, `三无`), a short measured noun (`十大行动`,
/// `三个一`) or a code of numbers (`1+5+X`) is shared by slogans that count
/// other things.
fn misprinted(slogan: &str, variant: &str) -> bool {
    let Some(noted) = parse_slogan(slogan) else {
        return false;
    };
    let distinctive = match noted.as_slice() {
        [one] if one.measured() => one.words[0].chars().count() >= MIN_MEASURED_NAME,
        [one] => one.written.chars().count() >= 2,
        parts => parts.len() >= 2,
    };
    distinctive && one_numeral_changed(slogan, variant)
}

/// Whether `variant`, used once at `used`, reads as the short slogan
/// `slogan` of note `note` misprinted: one numeral changed, quoted alone
/// (`“六防”`) as the note's term is quoted in the body, naming the same
/// kind of thing as one of the term's uses (the same words right after the
/// closing quote: `“五防”建设` … `“六防”建设`), and outside every sentence
/// that uses the term (in one sentence, two spellings are contrasted on
/// purpose). Said of another thing (`落实“三保”要求`, `做好“四保”工作`), or
/// only after the same verb, it may be another slogan of the same shape.
fn quoted_as_noted(
    doc: &Document,
    note: usize,
    slogan: &str,
    variant: &str,
    used: &Range<usize>,
) -> bool {
    if !one_numeral_changed(slogan, variant) {
        return false;
    }
    let Some(named) = named_after_quote(&doc.text, used) else {
        return false;
    };
    doc.note_term(note).is_some_and(|t| {
        t.uses
            .iter()
            .any(|u| named_after_quote(&doc.text, u) == Some(named))
            && t.uses.iter().all(|u| !same_sentence(&doc.text, u, used))
    })
}

/// The Chinese characters read after a quoted use for what it names.
const NAMING_WORDS: usize = 2;

/// The [`NAMING_WORDS`] Chinese characters right after the closing quote of
/// a use holding its quotes or standing between them (`“六防”建设` →
/// `建设`); `None` for a use not quoted, or followed by anything else.
fn named_after_quote<'a>(text: &'a str, used: &Range<usize>) -> Option<&'a str> {
    let inner = text.get(used.clone())?;
    let opened = inner.starts_with('“') || text.get(..used.start)?.ends_with('“');
    let close = match inner.find('”') {
        Some(p) => used.start + p + '”'.len_utf8(),
        None => {
            used.end
                + text
                    .get(used.end..)?
                    .strip_prefix('”')
                    .map(|_| '”'.len_utf8())?
        }
    };
    let after = text.get(close..)?;
    let to = after.char_indices().nth(NAMING_WORDS).map(|(i, _)| i)?;
    let words = &after[..to];
    (opened && words.chars().all(crate::chars::is_han)).then_some(words)
}

/// Whether `variant` has as many parts as `slogan`, one numeral changed
/// (the variants read here share the slogan's words).
fn one_numeral_changed(slogan: &str, variant: &str) -> bool {
    let (Some(noted), Some(printed)) = (parse_slogan(slogan), parse_slogan(variant)) else {
        return false;
    };
    noted.len() == printed.len()
        && noted
            .iter()
            .zip(&printed)
            .filter(|(a, b)| a.numeral != b.numeral)
            .count()
            == 1
}

/// Per note, read once for all readings: its term's first use in the body
/// and whether markers point at it.
struct Placement {
    first: Vec<Option<usize>>,
    marked: Vec<bool>,
}

impl Placement {
    fn of(doc: &Document) -> Self {
        let mut first: Vec<Option<usize>> = vec![None; doc.notes.len()];
        for term in &doc.terms {
            if let crate::terms::TermSource::Note(i) = term.source
                && let Some(at) = first.get_mut(i)
            {
                *at = term.uses.iter().map(|u| u.start).min();
            }
        }
        let mut marked = vec![false; doc.notes.len()];
        for m in &doc.markers {
            if let Some(at) = m.note.and_then(|i| marked.get_mut(i)) {
                *at = true;
            }
        }
        Placement { first, marked }
    }
}

/// The most characters from a slogan to the marker closing the run of a
/// several-slogan note's names it stands in.
const MAX_RUN_TO_MARKER: usize = 60;

/// Whether the body's use `used` stands where note `note` points: the
/// note's marker right after it, or the note's slot (see [`note_slot`]).
fn takes_the_notes_place(
    doc: &Document,
    placement: &Placement,
    note: usize,
    slogan: &str,
    used: &Range<usize>,
    first_mention: bool,
) -> bool {
    // A marker within a few characters after the use (quotes, a suffix).
    let near = used.end..used.end + 12;
    // A note on several slogans is marked once after the run that prints
    // them (`坚定“甲”、做到“乙”、落实“丙”[2]`): its marker later in the
    // use's sentence points at each.
    let several = doc
        .note_slogans
        .get(note)
        .is_some_and(|read| read.named.len() > 1);
    let in_sentence = |at: usize| {
        several
            && at >= used.end
            && doc.text.get(used.end..at).is_some_and(|between| {
                between.chars().count() <= MAX_RUN_TO_MARKER
                    && !between.contains(['。', '；', '！', '？', '\n'])
            })
    };
    doc.markers_of(note)
        .any(|m| near.contains(&m.range.start) || in_sentence(m.range.start))
        || note_slot(
            doc,
            placement,
            note,
            slogan,
            first_mention.then_some(used.start),
        )
        .is_some_and(|slot| slot.contains(&used.start))
}

/// Where note `note` points in notes numbered in the order their terms
/// first appear: between the first uses of the nearest used notes before
/// and after it (the body's start, or the note itself, where there is
/// none), when those two are in order and the note's own term first
/// appears elsewhere (its first mention, which the note explains, printed
/// with other numerals; for a note of several slogans, `slogan`'s own
/// first mention, the others' being printed beside the renumbered one).
/// `None` otherwise, and for a note with markers, which point where they
/// stand. A use at `first` ahead of the term's own first use in the slot
/// is the first mention too (`做好“七稳”…继续做好“六稳”` in the slot of a
/// note on `六稳`).
/// `placement` holds each note's term's first use and its markers.
fn note_slot(
    doc: &Document,
    placement: &Placement,
    note: usize,
    slogan: &str,
    first: Option<usize>,
) -> Option<Range<usize>> {
    // A note with markers points where they stand, in whatever order.
    if placement.marked.get(note).copied().unwrap_or(true) {
        return None;
    }
    let first_use = |i: usize| placement.first.get(i).copied().flatten();
    // The nearest notes on each side whose terms the body uses.
    let before = (0..note).rev().find_map(first_use);
    let after = (note + 1..doc.notes.len()).find_map(first_use);
    let slot = match (before, after) {
        (None, None) => return None,
        (Some(b), Some(a)) if b >= a => return None,
        (b, a) => b.unwrap_or(0)..a.unwrap_or(doc.notes[note].range.start),
    };
    let several = doc
        .note_slogans
        .get(note)
        .is_some_and(|read| read.named.len() > 1);
    let own = if several {
        doc.note_term(note).and_then(|t| {
            t.uses
                .iter()
                .filter(|u| {
                    crate::terms::normalize(doc.text.get((*u).clone()).unwrap_or(""))
                        .contains(slogan)
                })
                .map(|u| u.start)
                .min()
        })
    } else {
        first_use(note)
    };
    own.is_none_or(|own| !slot.contains(&own) || first.is_some_and(|at| at < own))
        .then_some(slot)
}

/// A note's one-part slogan printed unquoted, with another numeral, where
/// the note points (`坚决打好四大攻坚战` in the note's slot for a note on
/// `三大攻坚战` whose term first appears later): reported against the
/// note's list. Only the slot is searched, and only for a note whose term
/// is missing from it, so the body is read at most once over all notes.
fn unquoted_in_slot(
    doc: &Document,
    placement: &Placement,
    note: usize,
    reading: &SloganReading,
    sink: &mut Sink,
) {
    let [(stated, word)] = reading.parts.as_slice() else {
        return;
    };
    let Some(parts) = parse_slogan(&reading.slogan) else {
        return;
    };
    let written = parts[0].written.as_str();
    // A word of one character is found everywhere (`保`, `稳`).
    if written.chars().count() < 2 {
        return;
    }
    let Some(slot) = note_slot(doc, placement, note, &reading.slogan, None) else {
        return;
    };
    let Some(text) = doc.text.get(slot.clone()) else {
        return;
    };
    for (at, _) in text.match_indices(written) {
        // The numeral right before the words, and nothing numeric before it.
        let numeral: String = {
            let mut run: Vec<char> = text[..at]
                .chars()
                .rev()
                .take_while(|c| {
                    crate::chars::chinese_digit(*c).is_some() || matches!(c, '十' | '双')
                })
                .take(3)
                .collect();
            run.reverse();
            run.into_iter().collect()
        };
        if numeral.is_empty() {
            continue;
        }
        let start = at - numeral.len();
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, '第' | '初' | '百' | '千' | '万'))
        {
            continue;
        }
        // The words end there (`七个一体化` is no `七个一`).
        let end = at + written.len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(|c| crate::chars::is_han(c) && !"的和与及等为是在中占".contains(c))
        {
            continue;
        }
        let Some(found) = parse_slogan(&text[start..end]) else {
            continue;
        };
        let [part] = found.as_slice() else {
            continue;
        };
        if part.written != written || part.numeral == *stated {
            continue;
        }
        let range = slot.start + start..slot.start + at + written.len();
        sink.push(
            range,
            Finding::SloganCount {
                slogan: format!("{}{}", numeral, written).into(),
                word: word.clone().into(),
                stated: part.numeral,
                listed: reading.listed[0],
            },
            vec![Related {
                file: None,
                range: reading.note_range.clone(),
                kind: RelatedKind::List,
            }],
        );
    }
}

/// The most characters a slogan printed before a marker may differ in
/// length from the note's (`十` for `九`, `十一` for `十`).
const MARKER_SLACK: usize = 2;

/// A note's slogan printed unquoted right before the note's own marker with
/// other numerals (`四公经费[11]` for a note on `三公经费`): the marker says
/// which slogan is meant, so the numerals are the note's, misprinted
/// (unless a note defines the printed slogan too).
/// Reported against the note's list; only the few characters before each
/// of the note's markers are read.
fn renumbered_before_marker(
    doc: &Document,
    note: usize,
    reading: &SloganReading,
    defined: impl Fn(&str) -> bool,
    sink: &mut Sink,
) {
    let Some((numerals, words)) = parse_slogan(&reading.slogan).map(|p| {
        p.into_iter()
            .map(|p| (p.numeral, p.written))
            .unzip::<_, _, Vec<u32>, Vec<String>>()
    }) else {
        return;
    };
    if numerals.len() != reading.listed.len() {
        return;
    }
    let length = reading.slogan.chars().count();
    let is_numeral = |c: char| crate::chars::chinese_digit(c).is_some() || c == '双';
    // The words of the note's term after its slogan (`工作机制` of `“四个
    // 一”工作机制`), which the body may print between slogan and marker.
    let tail = doc
        .note_term(note)
        .and_then(|t| term_frame(&t.key, &reading.slogan))
        .map(|(_, tail)| tail)
        .filter(|tail| !tail.is_empty());
    for marker in doc.markers_of(note) {
        let Some(before) = doc.text.get(..marker.range.start) else {
            continue;
        };
        let before = before.trim_end_matches(is_quote);
        // The note's whole term renumbered before its own marker says which
        // slogan is meant even where another note defines the renumbered
        // one (`“五个一”工作机制[6]`, a note 13 on `“五个一”行动`).
        let (before, framed) = match tail.as_deref().and_then(|t| before.strip_suffix(t)) {
            Some(slogan) => (slogan.trim_end_matches(is_quote), true),
            None => (before, false),
        };
        let starts: Vec<usize> = before
            .char_indices()
            .rev()
            .take(length + MARKER_SLACK)
            .map(|(i, _)| i)
            .collect();
        // The shortest run before the marker that is the slogan renumbered,
        // opening with a whole numeral.
        let found = starts.iter().find_map(|&at| {
            let run = &before[at..];
            let opens = run.chars().next().is_some_and(is_numeral);
            let whole = !before[..at]
                .chars()
                .next_back()
                .is_some_and(|c| is_numeral(c) || c.is_ascii_digit());
            let parts = parse_slogan(run).filter(|_| opens && whole)?;
            let written: Vec<&str> = parts.iter().map(|p| p.written.as_str()).collect();
            (written == words).then_some((at, parts))
        });
        // A slogan of its own that a note defines (a note for `“八有”
        // “六有”` marked after the second) is no misprint.
        let Some((at, parts)) = found.filter(|(at, _)| framed || !defined(&before[*at..])) else {
            continue;
        };
        let Some(part) = parts
            .iter()
            .zip(&reading.listed)
            .position(|(p, listed)| p.numeral as usize != *listed)
        else {
            continue;
        };
        if parts[part].numeral == numerals[part] {
            continue;
        }
        sink.push(
            at..before.len(),
            Finding::SloganCount {
                slogan: before[at..].to_string().into(),
                word: reading.parts[part].1.clone().into(),
                stated: parts[part].numeral,
                listed: reading.listed[part],
            },
            vec![Related {
                file: None,
                range: reading.note_range.clone(),
                kind: RelatedKind::List,
            }],
        );
    }
}

/// The words of a note's term around its slogan (`应急管理“2653”行动` →
/// `应急管理`, `行动`), normalized; `None` when the term is the slogan alone
/// (nothing to tell slogans of the same words apart by).
fn term_frame(term_key: &str, slogan: &str) -> Option<(String, String)> {
    let slogan = crate::terms::normalize(slogan);
    let at = term_key.find(slogan.as_str())?;
    let (lead, tail) = (&term_key[..at], &term_key[at + slogan.len()..]);
    (!lead.is_empty() || !tail.is_empty()).then(|| (lead.to_string(), tail.to_string()))
}

/// The fewest characters of a note term's words before its slogan that
/// tell it apart alone.
const MIN_QUALIFIER: usize = 2;

/// Whether the text around `used` reads the note's whole term with the
/// slogan `key` in it: its lead right before, its tail right after.
fn framed_use(text: &str, used: &Range<usize>, frame: &(String, String), key: &str) -> bool {
    let (lead, tail) = frame;
    // A few characters more each side for quotes and spaces.
    let margin = 4;
    let before = text.get(..used.start).unwrap_or("");
    let from = before
        .char_indices()
        .rev()
        .nth(lead.chars().count() + margin)
        .map_or(0, |(i, _)| i);
    let after = text.get(used.end..).unwrap_or("");
    let to = used.end
        + after
            .char_indices()
            .nth(tail.chars().count() + margin)
            .map_or(after.len(), |(i, _)| i);
    let window = crate::terms::normalize(text.get(from..to).unwrap_or(""));
    // The term's qualifier before the slogan says which is meant, with or
    // without the words after it (`农业“四减”` for `农业“三减”行动`).
    window.contains(&format!("{lead}{key}{tail}"))
        || lead.chars().count() >= MIN_QUALIFIER && window.contains(&format!("{lead}{key}"))
}

/// A slogan's numerals and its parts as written without them (`四减一优化`
/// → 4, 1 and `减`, `优化`); for a slogan written as numbers, its shape
/// with each number a `#` (`2+3+N` → `#+#+N`).
fn written_words(slogan: &str) -> Option<(Vec<u32>, Vec<String>)> {
    if let Some(parts) = parse_slogan(slogan) {
        return Some(parts.into_iter().map(|p| (p.numeral, p.written)).unzip());
    }
    let code = parse_code(slogan)?;
    // One `#` a number; in a code of single digits (`2654`), a digit.
    let single = code.iter().all(|p| p.written.chars().count() == 1);
    let mut shape = String::new();
    for c in slogan.chars().filter(|c| !is_quote(*c) && !is_space(*c)) {
        if crate::chars::digit_value(c).is_some() {
            if single || !shape.ends_with('#') {
                shape.push('#');
            }
        } else {
            // (`＋` as terms normalize it.)
            shape.push(if c == '＋' { '+' } else { c });
        }
    }
    Some((code.into_iter().map(|p| p.numeral).collect(), vec![shape]))
}

/// Two slogans with the same words and other numerals (`八有`, `九有`).
fn same_words(a: &str, b: &str) -> bool {
    let words =
        |s: &str| parse_slogan(s).map(|p| p.into_iter().map(|p| p.written).collect::<Vec<_>>());
    a != b && words(a).is_some() && words(a) == words(b)
}

/// slogan-count over `readings`, every reading of [`slogan_readings`].
pub(super) fn check(doc: &Document, readings: Vec<SloganReading>, sink: &mut Sink) {
    // A slogan the count rule reads too is its to report.
    let readings: Vec<SloganReading> = readings.into_iter().filter(|r| !r.counted).collect();
    renumbered_uses(doc, &readings, sink);
    for reading in readings {
        let Some((part, listed)) = reading.differs else {
            continue;
        };
        let (stated, word) = reading.parts[part].clone();
        // A count of characters (`八字方针` over `巩固、增强、提升、畅通`):
        // words of two to four characters each may make it up.
        let per_item = (stated as usize).checked_div(listed).unwrap_or(0);
        if word.starts_with('字')
            && (2..=4).contains(&per_item)
            && per_item * listed == stated as usize
        {
            continue;
        }
        // As with a count's list (see `counts`), items far from the numeral
        // are a reading of something else: a note cut short, the groups of
        // what is counted, paragraphs of which only some are read. A code's
        // part (`13` of `1+6+13+16`) is read from the number its note
        // prints, where a digit dropped is a slip: it is reported still.
        let code_part = word.chars().all(|c| c.is_ascii_digit());
        if !code_part && super::far_apart(stated as usize, listed) {
            continue;
        }
        // A slogan closing in `一体` (`三位一体`) names parts joined into
        // one, and its note may go on to say how they join (`A、B、C有机
        // 结合、互为支撑`), which reads as more items: only fewer items than
        // its numeral is surely wrong.
        if (reading.slogan.ends_with("一体") || reading.slogan.ends_with("一体化"))
            && listed > stated as usize
        {
            continue;
        }
        // One item after `及其` (`两河三岸：甲河、乙河及其沿岸地带`) names
        // what belongs to the items before it, all at once: not a list of
        // one. Abstain.
        let definition = doc.text.get(reading.note_range.clone()).unwrap_or("");
        if listed == 1
            && stated > 1
            && ["及其", "和其", "与其"]
                .iter()
                .any(|w| definition.contains(w))
        {
            continue;
        }
        let related = vec![Related {
            file: None,
            range: reading.note_range.clone(),
            kind: RelatedKind::List,
        }];
        sink.push(
            reading.term_range.clone(),
            Finding::SloganCount {
                slogan: reading.slogan.clone().into(),
                word: word.into(),
                stated,
                listed,
            },
            related,
        );
    }
}
