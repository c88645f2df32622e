//! The per-line reader: each clause of a line scanned once for counts right
//! after their names, cached with the line's text.

use std::sync::LazyLock;

use super::*;
use crate::chars::{chinese_digit, small_chinese_number};

/// Where a line's first and last measure words after a numeral stand.
pub(crate) type CountWords = Option<(usize, usize)>;

/// `甲、乙、丙三个园区`, `甲、乙“三大计划”`: names joined by `、` right
/// before a count of the things they name, with no `等`. The names run from
/// the clause's start (or its last figure or count); a verb at the end of
/// the last name, a list of verbs, or a count far from the number of names
/// (the names are then places or categories holding the counted things)
/// leave the count unread.
///
/// Reads one line of the body or the notes section, with offsets relative
/// to the line. A clause break ends every such list, so a line reads the same on its own
/// as inside the document, and the document caches it per line: a keystroke
/// rereads one line, not the whole text.
/// Also says where the line's first and last numerals right before the
/// first character of a measure word have that character (every count
/// has one), and whether a count opens a quote.
pub(crate) fn bare_name_lists_in(line: &str) -> (Vec<CountedList>, CountWords, bool, Vec<usize>) {
    let mut out = Vec::new();
    let mut heads = Vec::new();
    let mut counted: Option<(usize, usize)> = None;
    let mut quoted = false;
    // Every list here hangs on a count (a numeral and a measure word) or on
    // levels before `N级`, and a clause break resets the reading; so only
    // the clauses holding such a pair are read, most of a line is skipped.
    let mut read_to = 0;
    let bytes = line.as_bytes();
    let mut at = 0;
    // Whether the character before is a numeral of a count with no
    // measure word (`三链`, `双零`), and where the last such list ended.
    let mut after_numeral = false;
    let mut echoed_to = 0;
    let mut countries = Vec::new();
    let mut single = Vec::new();
    // Forced once here, not at every character of the loop.
    let (echo_numerals, count_words, after_names_only): (&CharSet, &CharSet, &CharSet) =
        (&ECHO_NUMERALS, &COUNT_WORDS, &AFTER_NAMES_ONLY);
    let leads: &CharSet = &COUNT_LEADS;
    // Whether the character before may lead a count (see [`COUNT_LEADS`]):
    // after any other, the characters up to the next such one do nothing.
    let mut after_lead = false;
    while at < bytes.len() {
        if !after_lead {
            at = next_in(leads, bytes, at);
            if at >= bytes.len() {
                break;
            }
        }
        let (code, width) = code_at(bytes, at);
        let word = at;
        at += width;
        after_lead = leads.contains(code) || code == usize::from(b' ');
        let numeral = echo_numerals.contains(code);
        let echo = after_numeral && !numeral && word >= echoed_to;
        after_numeral = numeral;
        if echo
            && crate::echoed_counts::joined_in_clause(line, word)
            && let Some(list) = crate::echoed_counts::echoed_count(line, word)
                .or_else(|| crate::subject_counts::subject_count(line, word))
        {
            echoed_to = list.count_range.end;
            out.push(list);
        }
        if !count_words.contains(code) {
            continue;
        }
        // `7 个`: a space may part digits from their measure word.
        let before = &line[..word];
        let before = before
            .strip_suffix(' ')
            .filter(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(before);
        let last = before.chars().next_back();
        // `1项：甲。`, `一条主线（甲）`: a count naming one thing (one of
        // more is read last: names before it are surer).
        if last.is_some_and(is_numeral)
            && let Some(list) = single_item(line, word)
        {
            if list.count == 1 {
                out.push(list);
            } else {
                single.push(list);
            }
        }
        if !last.is_some_and(is_numeral) {
            // `中美双方`: read once the line's other lists are.
            if last == Some('双') && code == '方' as usize {
                countries.push(word);
            }
            continue;
        }
        // `中英两国`: likewise.
        if code == '国' as usize || code == '方' as usize {
            countries.push(word);
        }
        counted = Some((counted.map_or(word, |(first, _)| first), word));
        // `三个统筹。统筹…`: a count in Chinese numerals (most counts are in
        // digits) that may head the sentences after it; not places by
        // their level nor layers (`三区三线`), which count names only.
        if last.is_some_and(|c| !c.is_ascii_digit() && c != '一')
            && !after_names_only.contains(code)
            && let Some(start) = crate::anaphora_runs::head_at(line, word)
        {
            heads.push(start);
        }
        // `“十大提升工程”`: a count opening a quote.
        quoted = quoted
            || numeral_start(line, word).is_some_and(|start| {
                // `“五场攻坚战”`: 场 counts only in quotes.
                line[..start].ends_with('“')
                    && (count_at(line, start).is_some() || line[word..].starts_with('场'))
            });
        if word < read_to {
            continue;
        }
        let clause_start = line[..word]
            .rfind(CLAUSE_BREAKS)
            .map_or(0, |at| {
                at + line[at..].chars().next().map_or(1, char::len_utf8)
            })
            .max(read_to);
        // Layers and places counted by level (`三重`, `3县`) are read only
        // after names joined in the clause (`甲、乙3县`); without a join
        // before the word, the clause waits for a measure word, if any.
        if after_names_only.contains(code) && !line[clause_start..word].contains(['、', '和', '与'])
        {
            continue;
        }
        read_to = read_clause(line, clause_start, &mut out);
    }
    for list in single {
        if !out
            .iter()
            .any(|l| l.count_range.start == list.count_range.start)
        {
            out.push(list);
        }
    }
    for word in countries {
        let start = if line[..word].ends_with('双') {
            Some(word - '双'.len_utf8())
        } else {
            numeral_start(line, word)
        };
        if let Some(start) = start
            && !out.iter().any(|l| l.count_range.start == start)
            && let Some(list) = crate::country_counts::countries_before(line, start)
        {
            out.push(list);
        }
    }
    (out, counted, quoted, heads)
}

/// The characters that end a clause for a list of bare names.
pub(super) const CLAUSE_BREAKS: &[char] = &[
    '，', '；', '。', '：', '！', '？', '\n', '\r', ';', ':', ',', '!', '?',
];

/// The numerals of a count with no measure word (`三链`, `双零`): two to
/// ten, so not `一`, one load per character of a line.
pub(super) static ECHO_NUMERALS: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::of("二两三四五六七八九十双".chars()));

/// What a count or an echoed count follows: a numeral (see
/// [`is_numeral`]) or a numeral of a count with no measure word (`双`).
/// Every reading of [`bare_name_lists_in`] starts at a character after one
/// (or after one and a space, `7 个`), so the line is searched for them.
pub(super) static COUNT_LEADS: LazyLock<CharSet> = LazyLock::new(|| {
    CharSet::of(
        ('0'..='9')
            .chain('０'..='９')
            .chain("〇零一二两三四五六七八九十双".chars()),
    )
});

/// Where the first character of `set` at or after `at` starts (the end of
/// `bytes` when none does): a tight loop, one load a character, three-byte
/// characters (most of a line) tested from their bytes undecoded.
pub(super) fn next_in(set: &CharSet, bytes: &[u8], mut at: usize) -> usize {
    while let Some(&lead) = bytes.get(at) {
        match lead {
            0xe0..=0xef => {
                if let Some(&[b1, b2]) = bytes.get(at + 1..at + 3)
                    && set.contains_three(lead, b1, b2)
                {
                    return at;
                }
                at += 3;
            }
            0x00..=0x7f => {
                if set.contains(usize::from(lead)) {
                    return at;
                }
                at += 1;
            }
            // (Past the Basic Multilingual Plane, or a stray byte: in no
            // set, as `code_at` reads them.)
            _ => at += code_at(bytes, at).1,
        }
    }
    bytes.len()
}

/// The count words that only layers (`重`) and places' levels start, not a
/// measure word, `级` or `场`.
pub(super) static AFTER_NAMES_ONLY: LazyLock<CharSet> = LazyLock::new(|| {
    let measured: Vec<char> = MEASURES
        .iter()
        .filter_map(|m| m.chars().next())
        .chain(['级', '场'])
        .collect();
    CharSet::of(
        PLACE_LEVELS
            .iter()
            .filter_map(|l| l.chars().next())
            .chain(['重', '者'])
            .filter(|c| !measured.contains(c)),
    )
});

/// Reads the clause that starts at `start` (a line start or right after a
/// clause break) up to its break, pushing its lists; returns where the next
/// clause starts.
pub(super) fn read_clause(line: &str, start: usize, out: &mut Vec<CountedList>) -> usize {
    // Where the names may start: after the last break, figure or count.
    let mut names_start = start;
    let mut has_separator = false;
    let mut names_open = true;
    // Whether the names were closed by a count (not by a figure).
    let mut after_count = false;
    let mut previous_numeral = false;
    let mut skip_to = 0;
    // Where a lettered code ends (`HS106两条`): its digits are no numeral
    // the count after it runs on from.
    let mut code_end = 0;
    let bytes = line.as_bytes();
    let mut at = start;
    while at < bytes.len() {
        // By bytes, not `char_indices`: the text is valid UTF-8, so the
        // lead byte gives the width.
        let (event, width) = classify(bytes, at);
        let next = at + width;
        let numeral = matches!(event, Event::Digit | Event::Numeral);
        if at < skip_to {
            previous_numeral = numeral && next != code_end;
            at = next;
            continue;
        }
        match event {
            Event::Break => return next,
            // `甲、乙4家X和丙、丁3家Y`: a 和 after a count and its noun
            // opens a second group of names.
            Event::Join if !names_open && after_count && line[at..].starts_with('和') => {
                names_start = next;
                has_separator = false;
                names_open = true;
            }
            Event::Join => has_separator = names_open,
            // `甲5大领域X以及乙、丙三类Y`: so does a `以及`.
            Event::Other if !names_open && after_count && line[at..].starts_with("以及") => {
                names_start = at + "以及".len();
                has_separator = false;
                names_open = true;
            }
            // `甲、乙[1]三条`: a note's mark is no figure, names go on.
            Event::Digit if note_mark_end(line, at).is_some() => {
                skip_to = note_mark_end(line, at).unwrap_or(next);
            }
            Event::Digit | Event::Numeral if !previous_numeral => {
                // Layers and places counted with no measure word (`三重`,
                // `3县`) are read only after names.
                let measured = count_at(line, at);
                let named = measured.is_none() && has_separator;
                if let Some((count, end, _)) = measured.or_else(|| {
                    named
                        .then(|| {
                            layers_at(line, at)
                                .or_else(|| places_at(line, at))
                                .or_else(|| campaigns_at(line, at))
                                .or_else(|| parties_at(line, at))
                        })
                        .flatten()
                }) {
                    if !named {
                        out.extend(
                            echo_list(line, at, count, end)
                                .or_else(|| part_definitions(line, at, count, end)),
                        );
                    }
                    if has_separator
                        && let Some(list) = bare_names(line, names_start, at, count, end)
                            .or_else(|| bracketed_names(line, names_start, at, count, end))
                    {
                        out.push(list);
                    } else if at == start + "共".len() && line[start..].starts_with('共') {
                        out.extend(total_of_clause_before(line, start, count, at, end));
                    } else if names_open {
                        out.extend(paired_names(
                            line,
                            names_start,
                            at,
                            count,
                            end,
                            has_separator,
                        ));
                    }
                    skip_to = end;
                    // Words after a count (`四类人群、把握七个`) continue its
                    // phrase: no names until the next clause.
                    has_separator = false;
                    names_open = false;
                    after_count = true;
                } else if !has_separator
                    && let Some((count, end, _)) = campaigns_at(line, at)
                    && let Some(list) = echo_list(line, at, count, end)
                {
                    // `六场硬仗，即甲的硬仗、乙的硬仗…`: campaigns named
                    // after their count, each repeating what is counted.
                    out.push(list);
                    skip_to = end;
                    names_open = false;
                    after_count = true;
                } else if let Some(list) = level_list(line, at) {
                    out.push(list);
                } else if has_separator && let Some(list) = tiers_of_one_kind(line, names_start, at)
                {
                    out.push(list);
                } else if let Some(end) = qualifier_end(line, at)
                    && names_open
                {
                    // `投资4亿元的甲、投资3亿元的乙`: a figure and its unit
                    // before 的 qualify the name after them.
                    skip_to = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(end) = code_name_end(line, at)
                {
                    // `甲、5G两大产业`: digits with letters after them are
                    // a name (`5G`, `4K`, `3D`), not a figure.
                    skip_to = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(end) = lettered_code_end(line, at)
                {
                    // `甲、PM2.5浓度两项指标`, `S520、G308两条国道`: digits
                    // right after capital letters write a name's code.
                    skip_to = end;
                    code_end = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(end) = numbered_name_end(line, at)
                {
                    // `1号线、2号线、3号线三条线路`: digits before `号` and
                    // the word it numbers are a name's number.
                    skip_to = end;
                } else if event == Event::Digit
                    && names_open
                    && let Some(close) = quoted_name_end(line, names_start, at)
                {
                    // `“5020”“甲乙”两项行动`: digits inside the quotes of a
                    // name are part of it, not a figure.
                    skip_to = close;
                } else if event == Event::Digit {
                    // A figure, its unit and the words after it are no
                    // names either.
                    has_separator = false;
                    names_open = false;
                    after_count = false;
                }
            }
            // `根据三类空间划定的甲、乙三条线`: a verb and 的 after a count
            // close the phrase the count opened; names start after them.
            _ if !names_open
                && after_count
                && line[at..].starts_with('的')
                && VERBS
                    .iter()
                    .any(|v| v.chars().count() == 2 && line[..at].ends_with(v)) =>
            {
                names_start = next;
                has_separator = false;
                names_open = true;
                after_count = false;
            }
            _ => {}
        }
        previous_numeral = numeral;
        at = next;
    }
    bytes.len()
}

/// Where the closing quote ends when the digits at `at` stand inside
/// quotes opened after `names_start`, a few characters before it (a quoted
/// name holding a number: `“5020”`, `“3”即`).
pub(super) fn quoted_name_end(line: &str, names_start: usize, at: usize) -> Option<usize> {
    let before = &line[names_start..at];
    let open = before.rfind('“')?;
    if before[open..].contains('”') || before[open..].chars().count() > 8 {
        return None;
    }
    let mut limit = (at + 24).min(line.len());
    while !line.is_char_boundary(limit) {
        limit -= 1;
    }
    let close = line[at..limit].find('”')?;
    let inner = &line[at..at + close];
    // The name ends with its quote, with no clause or figure unit in it.
    (!inner.contains(['“', '，', '。', '；', '、', '%', '％']))
        .then_some(at + close + '”'.len_utf8())
}

/// Where a code name starting with the digits at `at` ends: one or two
/// digits and capital letters right after them (`5G`, `4K`, `3D`), then
/// no more letters or digits; not a grade (`5A级`).
pub(super) fn code_name_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line.as_bytes()[at..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let letters = rest[digits..]
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let end = digits + letters;
    ((1..=2).contains(&digits)
        && (1..=3).contains(&letters)
        && !rest.get(end).is_some_and(u8::is_ascii_alphanumeric)
        && !line[at + end..].starts_with('级'))
    .then_some(at + end)
}

/// Where the number of a numbered name starting at `at` ends: one to three
/// digits, `号`, then a word that is no numeral (`1号线`, `12号楼`); not a
/// day (`5号`) nor a figure.
pub(super) fn numbered_name_end(line: &str, at: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let digits = bytes[at..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let after = &line[at + digits..];
    let word = after.strip_prefix('号')?;
    let opens_word = word
        .chars()
        .next()
        .is_some_and(|c| crate::chars::is_han(c) && chinese_digit(c).is_none());
    ((1..=3).contains(&digits) && opens_word && !line[..at].ends_with(['月', '.']))
        .then_some(at + digits + '号'.len_utf8())
}

/// Where a code starting with capital letters ends, when the digits at
/// `at` follow one to three of them that open a word: `PM2.5`, `PM10`,
/// `S520`, `HS140`. The digits may hold one decimal point; no letter or
/// digit follows the code.
pub(crate) fn lettered_code_end(line: &str, at: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let letters = bytes[..at]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let opens_word = !bytes[..at - letters]
        .last()
        .is_some_and(u8::is_ascii_alphanumeric);
    if !(1..=3).contains(&letters) || !opens_word {
        return None;
    }
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut end = at + digits(at);
    if bytes.get(end) == Some(&b'.') && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    (!bytes
        .get(end)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'.'))
    .then_some(end)
}

/// Whether the digit or point at `i` of `s` is part of a lettered code
/// (see [`lettered_code_end`]): `2.5` of `PM2.5`.
pub(crate) fn in_lettered_code(s: &str, i: usize) -> bool {
    let start = s.as_bytes()[..i]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit() || **b == b'.')
        .count();
    lettered_code_end(s, i - start).is_some_and(|end| end > i)
}

/// Where the 的 after a figure starting at `at` ends, when only its unit
/// (a few Han characters) stands between them: `4亿元的`, `2.5万吨的`.
pub(super) fn qualifier_end(line: &str, at: usize) -> Option<usize> {
    let rest = &line[at..];
    let number = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let unit: usize = rest[number..]
        .chars()
        .take_while(|c| crate::chars::is_han(*c) && *c != '的' && chinese_digit(*c).is_none())
        .take(4)
        .map(char::len_utf8)
        .sum();
    let after = rest[number + unit..].strip_prefix('的')?;
    (number > 0 && unit > 0).then(|| line.len() - after.len())
}

/// A name without the figure that qualifies it (`投资4亿元的甲` → `甲`).
pub(super) fn unqualified(name: &str) -> &str {
    match name.rfind('的') {
        Some(p)
            if name[..p].ends_with(|c: char| crate::chars::is_han(c))
                && qualifier_end(
                    name,
                    name[..p].find(|c: char| c.is_ascii_digit()).unwrap_or(p),
                ) == Some(p + '的'.len_utf8()) =>
        {
            &name[p + '的'.len_utf8()..]
        }
        _ => name,
    }
}

/// `省市县乡四级`, `区、镇、村三级`: one character for each level of
/// government right before `N级` (`乡镇` is one), bare or joined by `、`. A run that may
/// start inside a word (`全省市县两级`: all of the province's cities and
/// counties; `国家`, `街道`) is left unread.
/// Reading levels backwards, steps over a `、` when a level (or the `道` of
/// `街道`) stands before it: the `、` joins two levels.
pub(super) fn skip_join_before_level(
    chars: &mut std::iter::Peekable<impl Iterator<Item = (usize, char)> + Clone>,
    levels: &[char],
) {
    if let Some(&(_, '、')) = chars.peek() {
        let mut ahead = chars.clone();
        ahead.next();
        if ahead
            .peek()
            .is_some_and(|(_, c)| levels.contains(c) || matches!(c, '道' | '）' | ')'))
        {
            chars.next();
        }
    }
}

/// Where the `（` opens when `before` (the text up to a `）`) ends with a
/// bracket holding only levels (`（社区）`, `（乡镇）`, `（市）`), right
/// after a level.
pub(super) fn bracketed_levels_open(before: &str, levels: &[char]) -> Option<usize> {
    let open = before.rfind(['（', '('])?;
    let inner = &before[open + before[open..].chars().next()?.len_utf8()..];
    let words = inner.chars().count();
    // `市（地）`: a city level also called by the prefecture (地区) it was.
    let level = |c: char| levels.contains(&c) || matches!(c, '社' | '街' | '道' | '地');
    let after_level = before[..open].chars().next_back().is_some_and(level);
    ((1..=3).contains(&words) && inner.chars().all(level) && after_level).then_some(open)
}

/// `甲公园、乙公园、丙公园三级公园体系`: things of one kind, three at
/// least, each ending with the two characters the words after `N级` repeat
/// before `体系`: the tiers of that system are the names (not a grade,
/// `三级医院`, which no `体系` follows).
pub(super) fn tiers_of_one_kind(line: &str, names_start: usize, at: usize) -> Option<CountedList> {
    let (numeral, after) = numeral_then(line, at, '级')?;
    let count = small_chinese_number(numeral)?;
    let names = &line[names_start..at];
    if !(2..=9).contains(&count) || names.contains(['和', '与', '及', '“', '”', '（', '('])
    {
        return None;
    }
    let items = pieces(names_start, names, &['、']);
    let words: Vec<&str> = items.iter().map(|r| &line[r.clone()]).collect();
    let tail = one_kind_tail(&words)?;
    let system = after.strip_prefix(tail)?.starts_with("体系");
    (system && words[1..].iter().all(|w| w.chars().count() <= 8)).then(|| {
        CountedList::shown(
            ListSource::BareNames,
            count,
            at..at + numeral.len() + '级'.len_utf8(),
            items,
        )
    })
}

pub(super) fn level_list(line: &str, at: usize) -> Option<CountedList> {
    const LEVELS: &[char] = &[
        '省', '市', '州', '盟', '县', '区', '旗', '乡', '镇', '村', '组',
    ];
    let run: usize = line[at..]
        .chars()
        .take_while(|c| chinese_digit(*c).is_some())
        .map(char::len_utf8)
        .sum();
    if run == 0 || !line[at + run..].starts_with('级') {
        return None;
    }
    let count = small_chinese_number(&line[at..at + run])?;
    let mut items = Vec::new();
    let mut start = at;
    // `县、镇、村“三级联动”`: the count may open a quoted slogan of the
    // levels right after them (closed within a few words).
    let levels_end = match line[..at].strip_suffix('“') {
        Some(before) if line[at..].char_indices().take(8).any(|(_, c)| c == '”') => before.len(),
        _ => at,
    };
    let mut chars = line[..levels_end].char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        // `村（社区）`, `乡镇（街道）`: a level with the other name it goes
        // by in brackets is one level; the item takes the brackets too.
        let (i, c, bracket_end) = if matches!(c, '）' | ')') {
            let Some(open) = bracketed_levels_open(&line[..i], LEVELS) else {
                break;
            };
            while chars.peek().is_some_and(|(j, _)| *j >= open) {
                chars.next();
            }
            let Some((j, d)) = chars.next() else {
                break;
            };
            (j, d, Some(i + c.len_utf8()))
        } else {
            (i, c, None)
        };
        // `社区`, `街道` are one level, after another joined by `、`
        // (`市、区、社区三级`; bare, `区社区` may be words of a name).
        let two = match (c, chars.peek()) {
            ('区', Some(&(j, '社'))) | ('道', Some(&(j, '街'))) if line[..j].ends_with('、') => {
                Some(j)
            }
            _ => None,
        };
        if let Some(j) = two {
            chars.next();
            items.push(j..bracket_end.unwrap_or(i + c.len_utf8()));
            start = j;
            skip_join_before_level(&mut chars, LEVELS);
        } else if LEVELS.contains(&c) {
            // `乡镇` is one level, and so are `街镇` and `街乡` (street
            // offices beside towns, one tier: `市、区、街镇三级`).
            let end = i + c.len_utf8();
            let i = match chars.peek() {
                Some(&(j, '乡')) if c == '镇' => {
                    chars.next();
                    j
                }
                Some(&(j, '街')) if c == '镇' || c == '乡' => {
                    chars.next();
                    j
                }
                _ => i,
            };
            items.push(i..bracket_end.unwrap_or(end));
            start = i;
            // A `、` between two levels joins them.
            skip_join_before_level(&mut chars, LEVELS);
        } else {
            break;
        }
    }
    // `中央、省、市三级`, `中央和省两级`: the central government heads the
    // levels, joined to the first like any name.
    // Joined to levels run on (`中央和省市两级`), it may stand beside a
    // pair counted alone (`省市两级`): not read.
    let run_on = items.len() > 1 && !line[start..at].contains(['、', '和', '与', '及']);
    if !items.is_empty()
        && let Some(head) = ["中央、", "中央和", "中央与", "中央"]
            .iter()
            .find(|w| line[..start].ends_with(*w))
            .filter(|w| **w == "中央" || !run_on)
    {
        start -= head.len();
        items.push(start..start + "中央".len());
    }
    let before = line[..start].chars().next_back();
    let before2: String = line[..start].chars().rev().take(2).collect();
    // A level run after `中` (`中省市县四级`: the centre, or a word's
    // last character) or after a space (`市、 县、乡`: a list broken over
    // a line) may go on before it: not read.
    if items.len() < 2
        || !(2..=6).contains(&count)
        || before.is_some_and(|c| "全本各该我央家道区部级中、和与及（(”".contains(c))
            && before2 != "全健"
        || before.is_some_and(crate::chars::is_space)
    {
        return None;
    }
    items.reverse();
    if run_together_unsure(line, &items, count as usize) {
        return None;
    }
    Some(CountedList::shown(
        ListSource::BareNames,
        count,
        at..at + run + '级'.len_utf8(),
        items,
    ))
}

/// Whether levels written run together (`市县乡`) leave a count that
/// disagrees with them one character each unsure:
/// - among levels parted by `、`, a run is more likely one tier's name
///   (`市、县区两级`, `中央、省、市、县区四级`): a count between the parted
///   tiers and the characters fits one reading or the other;
/// - levels run together from the top down (`省市县`, `县乡村`); a run out
///   of that order starts inside a word (`重组市县两级`);
/// - two levels that make a word of their own (`美丽乡村“四级联创”`,
///   `新市镇`, `市区`) may be that word.
#[inline(never)]
fn run_together_unsure(line: &str, items: &[Range<usize>], count: usize) -> bool {
    let glued = |pair: &[Range<usize>]| pair[0].end == pair[1].start;
    if count == items.len() || !items.windows(2).any(glued) {
        return false;
    }
    let parted = 1 + items.windows(2).filter(|pair| !glued(pair)).count();
    if parted > 1 && (parted..items.len()).contains(&count) {
        return true;
    }
    let rank = |r: &Range<usize>| {
        line[r.clone()].chars().next().map_or(9, |c| match c {
            '中' => 0,
            '省' => 1,
            '市' | '州' | '盟' => 2,
            '县' | '区' | '旗' => 3,
            '乡' | '镇' | '街' => 4,
            '村' | '社' => 5,
            _ => 6,
        })
    };
    let top_down = items
        .windows(2)
        .filter(|pair| glued(pair))
        .all(|pair| rank(&pair[0]) < rank(&pair[1]));
    let word = matches!(items, [a, b] if a.end == b.start
        && ["乡村", "市镇", "市区"].contains(&&line[a.start..b.end]));
    !top_down || word
}

/// What the character at `at` (a char boundary) does to a list of bare
/// names, and its width in bytes.
pub(super) fn classify(bytes: &[u8], at: usize) -> (Event, usize) {
    // Every break, join and numeral is ASCII or three bytes long (in the
    // Basic Multilingual Plane): a table by code point answers in one load.
    static TABLE: LazyLock<Box<[Event]>> = LazyLock::new(|| {
        let mut table = vec![Event::Other; 0x10000].into_boxed_slice();
        for &c in CLAUSE_BREAKS {
            table[c as usize] = Event::Break;
        }
        for c in "、和与".chars() {
            table[c as usize] = Event::Join;
        }
        for c in '0'..='9' {
            table[c as usize] = Event::Digit;
        }
        for c in ('０'..='９').chain("〇零一二两三四五六七八九十".chars()) {
            table[c as usize] = Event::Numeral;
        }
        table
    });
    let (code, width) = code_at(bytes, at);
    (TABLE.get(code).copied().unwrap_or(Event::Other), width)
}

/// The code point of the character at `at` of valid UTF-8 and its width;
/// characters outside the Basic Multilingual Plane (never a break, join,
/// numeral or measure word) give `usize::MAX`.
pub(super) fn code_at(bytes: &[u8], at: usize) -> (usize, usize) {
    let lead = bytes[at];
    match lead {
        0x00..=0x7f => (usize::from(lead), 1),
        0xe0..=0xef => match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(&b1), Some(&b2)) => (
                (usize::from(lead & 0x0f) << 12)
                    | (usize::from(b1 & 0x3f) << 6)
                    | usize::from(b2 & 0x3f),
                3,
            ),
            _ => (usize::MAX, 1),
        },
        0xc0..=0xdf => (usize::MAX, 2),
        0xf0..=0xff => (usize::MAX, 4),
        _ => (usize::MAX, 1),
    }
}

/// What a character does to a list of bare names.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Event {
    /// Ends a clause: names start after it.
    Break,
    /// Joins names (`、`, `和`, `与`).
    Join,
    /// An ASCII digit.
    Digit,
    /// Another numeral character.
    Numeral,
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leads searched for are exactly what a count or an echoed count
    /// may follow: a character missing here would leave its count unread.
    #[test]
    fn count_leads_are_the_numerals_and_echo_numerals() {
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            let lead = is_numeral(c) || ECHO_NUMERALS.contains(c as usize);
            assert_eq!(COUNT_LEADS.contains(c as usize), lead, "{c}");
        }
    }

    #[test]
    fn next_in_finds_the_next_lead() {
        let line = "推进甲园、乙园、丙园3个园区建设";
        let at = next_in(&COUNT_LEADS, line.as_bytes(), 0);
        assert_eq!(&line[at..at + 1], "3");
        assert_eq!(
            next_in(&COUNT_LEADS, "建设园区".as_bytes(), 0),
            "建设园区".len()
        );
        // Past characters of one, two and four bytes, to a Chinese numeral
        // and a full-width digit.
        let mixed = "aé𝄞建设三项，５个";
        let at = next_in(&COUNT_LEADS, mixed.as_bytes(), 0);
        assert_eq!(&mixed[at..at + 3], "三");
        let at = next_in(&COUNT_LEADS, mixed.as_bytes(), at + 3);
        assert_eq!(&mixed[at..at + 3], "５");
        // Counts still read after the skipped text.
        let (lists, counted, _, _) = bare_name_lists_in(line);
        // The one count's measure word is both the first and the last.
        let word = line.find('个').unwrap_or_default();
        assert_eq!(counted, Some((word, word)));
        assert_eq!(lists.len(), 1);
        assert_eq!(lists[0].count, 3);
        assert_eq!(lists[0].items.len(), 3);
    }
}
