//! The windows of a definition a list may stand in, and what the slogan itself says inside them.

use super::*;

/// The most windows tried in one definition.
pub(super) const MAX_WINDOWS: usize = 24;

/// Narrower readings of a definition, widest first (see [`count_items`]).
pub(super) fn windows<'a>(parts: &[SloganPart], definition: &'a str) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let words: Vec<&str> = parts
        .iter()
        .flat_map(|p| &p.words)
        .map(String::as_str)
        .collect();
    let spoken = spoken(parts);
    // Of several sentences, the one list: the others must not carry a
    // counted word (`减A、减B。还要减C` may count three or four 减).
    let sentences = pieces(definition, &['。']);
    let scopes: Vec<&'a str> = if sentences.len() > 1 {
        let named = quoted_in(sentences[0]);
        let carrying: Vec<&'a str> = sentences
            .iter()
            .enumerate()
            .filter(|(k, s)| {
                let own = strip_slogan(s, &spoken, parts);
                // A later sentence saying more of a thing the first quotes
                // (`甲“盲抽”和“盲评”。…实现“盲抽”。`) names it, lists nothing.
                let carries = |text: &str| words.iter().any(|w| text.contains(w));
                if *k == 0 || named.is_empty() || !carries(own) {
                    return carries(own);
                }
                carries(&without_quoted(own, &named))
            })
            .map(|(_, s)| *s)
            .collect();
        match carrying.as_slice() {
            [one] => vec![*one],
            [] => sentences,
            // The list, then a sentence on each of its things opening with
            // its name (`甲、乙。甲指…。乙指…`): the first is the list.
            [first, rest @ ..] if rest.iter().all(|s| opens_with_an_item(first, s)) => {
                vec![*first]
            }
            _ => return Vec::new(),
        }
    } else {
        vec![definition]
    };
    // What a definition quotes someone as saying (`提出，“要甲，让A、B、
    // C。”`) is read like a sentence of its own.
    let mut scopes = scopes;
    let speech: Vec<&'a str> = scopes.iter().flat_map(|s| speech(s)).collect();
    scopes.extend(speech);
    for scope in scopes {
        // The slogan itself closing its list: `A、B、C“三X”` or `A、B、C三X`.
        let scope = strip_slogan(scope, &spoken, parts);
        if scope != definition {
            out.push(scope);
        }
        // The clause breaks of the scope, found once for every window below.
        let commas = top_level(scope, &['，', ',']);
        // The first clause, when what follows carries no counted word, nor
        // a `、` list but of other things than a head listing the slogan's
        // alone (`指甲联动、乙联控、丙联防，推动A、B、C`: a purpose).
        if let Some(comma) = commas.first() {
            let (head, rest) = (&scope[..*comma], &scope[*comma..]);
            let head_items = pieces(head, &['、']);
            let head_listed = head_items.len() >= 2
                && head_items
                    .iter()
                    .all(|i| words.iter().any(|w| i.contains(w)));
            if (!rest.contains('、') || head_listed) && !words.iter().any(|w| rest.contains(w)) {
                out.push(strip_slogan(head, &spoken, parts));
            }
        }
        // The first clause when it is a list closed by its own count
        // (`甲、乙、丙、丁四级，每个级段设一名负责人`): the count says where
        // the list ends; what follows is a remark on it, whatever it carries.
        if let Some(comma) = commas.first() {
            let head = &scope[..*comma];
            if head.contains('、') && matches!(restated_list(head), Some((_, Some(_)))) {
                out.push(head);
            }
        }
        // The list before a comment on it (`A、B，是…的有效手段`), which
        // carries no counted word.
        for &comma in &commas {
            let rest = &scope[comma..];
            let comment =
                rest[rest.chars().next().map_or(0, char::len_utf8)..].starts_with(['是', '为']);
            if comment && !words.iter().any(|w| rest.contains(w)) {
                out.push(strip_slogan(&scope[..comma], &spoken, parts));
                break;
            }
        }
        // `甲创建进机关、进学校、进企业`, `打造一个甲，一个乙，一条丙`: when
        // the items after the first all start with one counted word, the
        // first starts at that word too; what stands before it is a lead.
        for separator in ['、', '，'] {
            let seps = top_level(scope, &[separator]);
            if seps.len() < 2 {
                continue;
            }
            let starts = |w: &str| {
                seps.iter()
                    .all(|at| scope[at + separator.len_utf8()..].starts_with(w))
            };
            if let Some(word) = words.iter().filter(|w| starts(w)).max_by_key(|w| w.len())
                && let Some(at) = scope[..seps[0]].rfind(word)
                && at > 0
            {
                out.push(&scope[at..]);
            }
        }
        // Clauses each opening with one counted word, then clauses carrying
        // none (`毫不动摇甲，毫不动摇乙，保证丙`): the opening run is the list,
        // what follows a comment on it.
        if commas.len() >= 2 {
            let starts: Vec<usize> = std::iter::once(0)
                .chain(
                    commas
                        .iter()
                        .map(|at| at + scope[*at..].chars().next().map_or(1, char::len_utf8)),
                )
                .collect();
            let opening = |w: &str| {
                starts
                    .iter()
                    .take_while(|at| scope[**at..].starts_with(w))
                    .count()
            };
            if let Some((run, _)) = words
                .iter()
                .map(|w| (opening(w), w))
                .filter(|(run, _)| *run >= 2 && *run < starts.len())
                .max_by_key(|(run, w)| (*run, w.len()))
                && !words.iter().any(|w| scope[commas[run - 1]..].contains(w))
            {
                out.push(&scope[..commas[run - 1]]);
            }
        }
        // A quoted list whose items all open with one counted word
        // (`指甲区“保A、保B、保C”，是…的底线`), or all close with it
        // (`甲会议提出的“A城、B城、C城”`, whatever the lead carries): the
        // quote is the list.
        let mut from = 0;
        while let Some(open) = scope[from..].find('“').map(|p| from + p) {
            let inner_start = open + '“'.len_utf8();
            let Some(len) = scope[inner_start..].find('”') else {
                break;
            };
            let inner = &scope[inner_start..inner_start + len];
            let items = pieces(inner, &['、']);
            // Or all carry it, and it stands nowhere outside the quote
            // (`指出要“发扬甲牛、乙牛、丙牛的精神”`).
            let held = |w: &str| {
                items.iter().all(|i| i.contains(w))
                    && scope.matches(w).count() == inner.matches(w).count()
            };
            if items.len() >= 2
                && words.iter().any(|w| {
                    items.iter().all(|i| i.starts_with(w))
                        || items.iter().all(|i| i.ends_with(w))
                        || held(w)
                })
            {
                out.push(inner);
            }
            from = inner_start + len;
        }
        // What follows words that announce the list (`具体是指`,
        // `包括：`), whatever the lead before them says (`…提出的重大战略
        // 思想、作出的重大部署，具体是指A、B、C`).
        for marker in LIST_MARKERS {
            if let Some(at) = scope.rfind(marker) {
                let tail = scope[at + marker.len()..].trim_start_matches(['：', ':']);
                if !tail.is_empty() {
                    out.push(tail);
                }
            }
        }
        // What follows a lead: a clause break, a colon or `即`.
        let mut breaks = top_level(scope, &['，', ',', '：', ':']);
        breaks.extend(scope.match_indices('即').map(|(at, _)| at));
        breaks.sort_unstable();
        for at in breaks {
            // The lead dropped must count nothing: no counted word, no `、`
            // list (`聚焦A，聚焦B，聚焦C` is not read from its second clause).
            // (The slogan named in it, with any numeral, counts nothing.)
            let lead = without_restatements(&scope[..at], parts, false);
            let c = scope[at..].chars().next().map_or(0, char::len_utf8);
            let tail = scope[at + c..].trim_start_matches(['：', ':', '，', ',']);
            // A `、` list in the lead (who said it: `甲、乙在调研时强调，…`)
            // counts nothing when every item of the tail carries a counted
            // word and the lead none.
            let carried = || {
                let items = pieces(tail, &['，', ',', '；', ';', '、']);
                items.len() >= 2 && items.iter().all(|i| words.iter().any(|w| i.contains(w)))
            };
            if words.iter().any(|w| lead.contains(w)) || lead.contains('、') && !carried() {
                continue;
            }
            if !tail.is_empty() {
                out.push(tail);
                // And the tail's own first clause, when it lists the
                // slogan's things alone and what follows carries none
                // (`甲指出，要在A上走在前、在B上走在前，不断改善C、D`).
                if let Some(comma) = top_level(tail, &['，', ',']).first() {
                    let (head, rest) = (&tail[..*comma], &tail[*comma..]);
                    let items = pieces(head, &['、']);
                    if items.len() >= 2
                        && items.iter().all(|i| words.iter().any(|w| i.contains(w)))
                        && !words.iter().any(|w| rest.contains(w))
                    {
                        out.push(head);
                    }
                }
            }
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    out.retain(|w| {
        let keep = !w.is_empty() && *w != definition && !seen.contains(w);
        seen.push(w);
        keep
    });
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out.truncate(MAX_WINDOWS);
    out
}

/// `要把甲路建好、管好、护好、运营好，…提供更好的保障`: the clause of
/// `sentence` holding a `、` run whose items all close with the part's
/// word, when no other clause holds such a run or closes with the word (a
/// word inside other words elsewhere, `更好的`, is no thing of it). Only a
/// confirmation: a thing named in another clause some other way
/// (`用好甲路`) would make the run fall short.
fn closing_run_clause<'a>(sentence: &'a str, part: &SloganPart) -> Option<&'a str> {
    let clauses = pieces(sentence, &['，', ',', '；', ';', '：', ':']);
    let closing = |w: &str| {
        let runs: Vec<&'a str> = clauses
            .iter()
            .copied()
            .filter(|c| closing_run(c, w))
            .collect();
        let [run] = runs.as_slice() else {
            return None;
        };
        let elsewhere = clauses.iter().any(|c| c != run && c.ends_with(w));
        (!elsewhere).then_some(*run)
    };
    part.words.iter().find_map(|w| closing(w))
}

/// The fewest items of a run closing with the counted word inside a clause.
const MIN_CLOSING_RUN: usize = 3;

/// The most characters of an item after the first of such a run (`运营好`).
const MAX_CLOSING_ITEM: usize = 4;

/// Whether `clause` is a `、` run whose items all close with `word`, those
/// after the first short (the first may hold the clause's lead).
fn closing_run(clause: &str, word: &str) -> bool {
    let items = pieces(clause, &['、']);
    items.len() >= MIN_CLOSING_RUN
        && items.iter().all(|i| i.ends_with(word))
        && items[1..]
            .iter()
            .all(|i| i.chars().count() <= MAX_CLOSING_ITEM)
}

/// The quotes of `scope` that hold a clause break: words quoted as said,
/// not a name; without their closing stop.
fn speech(scope: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = scope[from..].find('“').map(|p| from + p) {
        let start = open + '“'.len_utf8();
        let Some(len) = scope[start..].find('”') else {
            break;
        };
        let inner = &scope[start..start + len];
        if inner.contains(['，', ',']) {
            out.push(inner.trim_end_matches(['。', '！', '!']));
        }
        from = start + len;
    }
    out
}

/// Words that announce the list itself.
const LIST_MARKERS: &[&str] = &[
    "具体是指",
    "具体指",
    "具体包括",
    "具体为",
    "主要包括",
    "包括：",
    "包括:",
];

/// The longest head noun after a slogan closing its list (`机制`, `工作`).
pub(super) const MAX_HEAD_NOUN: usize = 4;

/// Windows a list may stand in that only ever confirm a slogan (see
/// [`count_framed`]): what they leave out may list something else.
///
/// The clauses up to the last one carrying a counted word, the clauses
/// after it carrying none (`设立A险、B险，依托C金和D网，实现甲、乙`), or
/// only the last part's: a slogan of several parts, each part's word in
/// them.
///
/// A `、` list whose clause the next one opens with the counted word, said
/// once for all (`对A的、B的、C的，一律建立…` for `三个一律`).
///
/// A first clause whose things the clauses after it gloss one by one (see
/// [`glossed_one_by_one`]).
pub(super) fn confirming_windows<'a>(parts: &[SloganPart], definition: &'a str) -> Vec<&'a str> {
    let mut out = Vec::new();
    if let [part] = parts {
        out.extend(
            pieces(definition, &['。'])
                .into_iter()
                .filter_map(|sentence| closing_run_clause(sentence, part)),
        );
    }
    if definition.contains('。') {
        return out;
    }
    let words: Vec<&str> = parts
        .iter()
        .flat_map(|p| &p.words)
        .map(String::as_str)
        .collect();
    out.extend(glossed_one_by_one(definition, &words));
    if let [part] = parts
        && let Some(&comma) = top_level(definition, &['，', ',']).first()
    {
        let (head, rest) = (&definition[..comma], &definition[comma..]);
        let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        let shared = part
            .words
            .iter()
            .any(|w| rest.starts_with(w.as_str()) && definition.matches(w.as_str()).count() == 1);
        if shared && head.contains('、') {
            out.push(head);
        }
    }
    if let [part] = parts {
        out.extend(closed_by_its_words(part, definition));
    }
    // `甲改革、乙改革和丙改革联动，即A、B、C联动`: the list said again
    // after `，即`, in the slogan's own words. Only a confirmation: the
    // first saying may cut its things otherwise.
    for (at, _) in definition.match_indices("，即") {
        let tail = &definition[at + "，即".len()..];
        if tail.contains('、') {
            out.push(tail);
        }
    }
    if parts.len() < 2 {
        return out;
    }
    let carries = |s: &str, p: &SloganPart| p.words.iter().any(|w| s.contains(w.as_str()));
    // Also the clauses up to any break after which only the last part's
    // word recurs (`不愁甲、不愁乙，A、B、C有保障，D也有了保障`: a remark
    // added to the list).
    let breaks = top_level(definition, &['，', ',', '；', ';']);
    let last = parts.len() - 1;
    for &at in &breaks {
        let rest = &definition[at..];
        let head = &definition[..at];
        if parts[..last].iter().any(|p| carries(rest, p)) || !parts.iter().all(|p| carries(head, p))
        {
            continue;
        }
        out.push(head);
        if !carries(rest, &parts[last]) {
            break;
        }
    }
    out
}

/// `将甲分为乙和丙，实行A权、B权、C权分置并行` for `三权分置`: a `、` list
/// in its clause closed by the slogan's words after the counted one (`分
/// 置`, `联动`), the numeral left out: the slogan restated over its items.
fn closed_by_its_words<'a>(part: &SloganPart, definition: &'a str) -> Vec<&'a str> {
    let written: Vec<char> = part.written.chars().collect();
    let mut out = Vec::new();
    for counted in 1..written.len().saturating_sub(1) {
        // The counted word first (`权` of `权分置`; not the measure word
        // of `个一批`, whose rest is what is counted).
        let word: String = written[..counted].iter().collect();
        if !part.words.contains(&word) {
            continue;
        }
        let words: String = written[counted..].iter().collect();
        for (at, _) in definition.match_indices(words.as_str()) {
            let start = top_level(&definition[..at], &['，', ',', '；', ';', '：', ':'])
                .last()
                .map_or(0, |b| {
                    b + definition[*b..].chars().next().map_or(1, char::len_utf8)
                });
            let window = &definition[start..at];
            if window.contains('、') {
                out.push(window);
            }
        }
    }
    out
}

/// The slogan as written with its numerals (`三城联创`).
pub(super) fn spoken(parts: &[SloganPart]) -> String {
    parts
        .iter()
        .map(|p| {
            format!(
                "{}{}",
                chinese_number(p.numeral).unwrap_or_default(),
                p.written
            )
        })
        .collect()
}

/// `scope` without the slogan closing it (`A、B、C“三X”活动` → `A、B、C`),
/// also where the definition restates it with another numeral or only its
/// head (`A、B、C“三水”统筹` for a term printed `四水统筹`): the list then
/// says what it counts, and the term's numeral is checked against it.
pub(super) fn strip_slogan<'a>(scope: &'a str, spoken: &str, parts: &[SloganPart]) -> &'a str {
    let quoted = format!("“{spoken}”");
    let closing = |at: usize, len: usize| {
        let rest = &scope[at + len..];
        // Words after it, or a clause about something else
        // (`A、B、C“三X”，集…于一体`), maybe after a short head noun
        // (`A、B、C和D“四方合作”机制，在…方面合作`).
        // (Not when a list follows: `提出“五个X”要求，即A、B…`.)
        let head = rest.split(['，', ',']).next().unwrap_or(rest);
        let after = rest[head.len()..].trim_start_matches(['，', ',']);
        !rest.contains(['、', '，', ',', '；', ';'])
            || rest.starts_with(['，', ','])
            || head.len() < rest.len()
                && head.chars().count() <= MAX_HEAD_NOUN
                && head.chars().all(crate::chars::is_han)
                && scope[..at].contains('、')
                && !["即", "指", "是"].iter().any(|w| after.starts_with(w))
    };
    if let Some(at) = scope.rfind(quoted.as_str())
        && closing(at, quoted.len())
    {
        return scope[..at].trim_end_matches('等');
    }
    if let Some(head) = scope.strip_suffix(spoken) {
        return head.trim_end_matches('等');
    }
    if let Some(open) = scope.rfind('“')
        && let Some(len) = scope[open..].find('”')
    {
        let inner = &scope[open + '“'.len_utf8()..open + len];
        if inner != spoken && restates(inner, parts) && closing(open, len + '”'.len_utf8()) {
            return scope[..open].trim_end_matches('等');
        }
    }
    scope
}

/// Whether `words` name the slogan of `parts` with any numerals: the same
/// words part by part, the last maybe only its head (`三水` for `四水统筹`).
pub(super) fn restates(words: &str, parts: &[SloganPart]) -> bool {
    let Some(other) = parse_one(words) else {
        return false;
    };
    other.len() == parts.len()
        && other.iter().zip(parts).enumerate().all(|(i, (o, p))| {
            o.written == p.written || i + 1 == parts.len() && p.words.contains(&o.written)
        })
}

/// Byte offsets of `separators` outside brackets and quotes.
pub(super) fn top_level(s: &str, separators: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    // (Characters of no bracket's, quote's or separator's lead byte are
    // passed over undecoded, as in `pieces`.)
    let acting = Leads::of(BRACKETS_AND_QUOTES.iter().chain(separators).copied());
    for (i, c) in acting.walk(s).filter_map(|(i, c)| Some((i, c?))) {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth -= 1,
            _ if depth == 0 && separators.contains(&c) => out.push(i),
            _ => {}
        }
    }
    out
}

/// An item carrying a counted word twice (`博物馆新馆`, `创新创业`) may be
/// one thing or two: no wrong count is certain. A word doubled in place
/// (`扎扎实实`) is one.
/// Per part, whether an item carries its word twice. Halves joined by `和`
/// that each carry the word once are two things, not a doubled one
/// (`甲健康发展和乙健康成长`); and when some choice of the last part's
/// words doubles nothing (`基地`, not `基`, in `铝基材料基地`), that choice
/// reads the list.
pub(super) fn doubled(parts: &[SloganPart], definition: &str) -> Vec<bool> {
    let items: Vec<&str> = pieces(definition, &['、', '，', ',', '；', ';'])
        .into_iter()
        .flat_map(split_joined)
        .collect();
    // `扎扎实实`: a word doubled in place is one word said twice over.
    let reduplicated = |i: &str, w: &str| i.matches(w).count() == 2 && i.contains(&w.repeat(2));
    let twice = |w: &str| {
        items.iter().any(|i| {
            outside_brackets(i, w) > 1 && !headed(i, w) && !reduplicated(i, w) && !closed_by(i, w)
        })
    };
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if k == last {
                p.words.iter().all(|w| twice(w))
            } else {
                twice(&p.words[0])
            }
        })
        .collect()
}

/// The shortest clause, in characters, that a word opening it governs.
pub(super) const MIN_HEADED: usize = 8;

/// Whether `word` opens `item` as the verb of a clause (`增加甲的增长动能`,
/// `管甲必须管乙`): the item is one of it, however often the word recurs
/// inside. A short item carrying it twice (`创新创业`) stays open.
pub(super) fn headed(item: &str, word: &str) -> bool {
    item.starts_with(word) && item.chars().count() >= MIN_HEADED
}

/// The fewest characters of a name closing with a counted word that is one
/// thing of it, whatever names inside it carry the word too.
pub(super) const MIN_CLOSED_NAME: usize = 8;

/// Whether `item` is one long name closing with `word` (`甲新区数字经济
/// 产业集聚区` is one 区): the word once inside it belongs to a name the
/// item carries (`甲新区`), not to a thing of its own. A short item carrying
/// the word twice (`东区西区`) stays open, and so does a clause joining
/// things (`把甲险拆为乙险和丙险`).
pub(super) fn closed_by(item: &str, word: &str) -> bool {
    item.ends_with(word)
        && item.matches(word).count() == 2
        && item.chars().count() >= MIN_CLOSED_NAME
        && !item.contains(['和', '与', '及', '或'])
}

/// The fewest characters of a listed name a later sentence opens with.
const MIN_NAME_OPENING: usize = 3;

/// Whether `sentence` opens with a name `list` lists: the name stands in
/// the list before a separator or the list's end (`形式主义、官僚主义…`
/// and `形式主义表现为…`).
fn opens_with_an_item(list: &str, sentence: &str) -> bool {
    let sentence = sentence.trim_start_matches(|c: char| is_space(c) || is_quote(c));
    sentence
        .char_indices()
        .skip(MIN_NAME_OPENING)
        .take(MAX_WORD)
        .map(|(i, _)| &sentence[..i])
        .any(|name| {
            list.match_indices(name).any(|(at, _)| {
                list[at + name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| "、，,；;和与及。”".contains(c))
            })
        })
}

/// `是指甲权、乙权、丙权可以分离，甲权归A，乙权归B，丙权归C`: a first clause
/// listing things that carry counted words, then one clause on each of
/// them, as many as it lists, each opening with a name it lists (ending
/// with a counted word): the first clause is the list, the others gloss it.
/// Only a confirmation: what the first clause lists after its lead may be
/// cut otherwise than its things.
fn glossed_one_by_one<'a>(scope: &'a str, words: &[&str]) -> Option<&'a str> {
    let commas = top_level(scope, &['，', ',']);
    let head = &scope[..*commas.first()?];
    let items = pieces(head, &['、']);
    if items.len() < 2 || !items.iter().all(|i| words.iter().any(|w| i.contains(w))) {
        return None;
    }
    let rest = &scope[commas[0]..];
    let clauses = pieces(
        &rest[rest.chars().next().map_or(0, char::len_utf8)..],
        &['，', ','],
    );
    let mut names: Vec<&str> = Vec::with_capacity(clauses.len());
    for clause in &clauses {
        let name = opening_name(clause, words).filter(|n| head.contains(n))?;
        if names.contains(&name) {
            return None;
        }
        names.push(name);
    }
    (clauses.len() == items.len()).then_some(head)
}

/// The name a clause opens with: its words up to a counted word, at least
/// two characters and at most [`MAX_WORD`] (`所有权` of `所有权归集体`).
fn opening_name<'a>(clause: &'a str, words: &[&str]) -> Option<&'a str> {
    clause
        .char_indices()
        .skip(1)
        .take(MAX_WORD)
        .map(|(i, c)| &clause[..i + c.len_utf8()])
        .find(|name| words.iter().any(|w| name.ends_with(w)))
}

/// The most quoted names of a first sentence its later ones may name again.
const MAX_QUOTED_NAMES: usize = 8;

/// The quoted names of `sentence`, each with its opening quote (`“盲抽`):
/// a sentence's closing quote may have been cut with its stop.
fn quoted_in(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    while out.len() < MAX_QUOTED_NAMES
        && let Some(open) = sentence[from..].find('“').map(|p| from + p)
    {
        let close = sentence[open..]
            .find('”')
            .map_or(sentence.len(), |p| open + p);
        if close > open + '“'.len_utf8() {
            out.push(&sentence[open..close]);
        }
        from = close;
    }
    out
}

/// `text` with each of the quoted `names` taken out.
fn without_quoted(text: &str, names: &[&str]) -> String {
    names
        .iter()
        .fold(text.to_string(), |t, name| t.replace(name, ""))
}
