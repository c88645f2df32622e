//! Splitting a list into items: joins (`和`/`及`/`与`), brackets, quoted names, and which part owns an item.

use super::*;

pub(super) const CIRCLED: [char; 20] = [
    '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲',
    '⑳',
];

/// `A和B` → `A`, `B` (every `+`; one `和`, `及` or `与`, with words on both sides,
/// outside brackets: `三北地区（西北、华北和东北）` is one thing).
pub(super) fn split_joined(item: &str) -> Vec<&str> {
    // Most items join nothing: told by one pass over their characters,
    // before a searcher is built for each joining word.
    if !item.contains(['+', '＋', '和', '及', '与']) {
        return vec![item];
    }
    // `甲通+乙通和丙平台`: every `+` joins, then one word may.
    let plus: Vec<usize> = item
        .match_indices(['+', '＋'])
        .map(|(at, _)| at)
        .filter(|at| bracket_depth(&item[..*at]) == 0)
        .collect();
    if !plus.is_empty() {
        let mut out = Vec::new();
        let mut start = 0;
        for at in plus.into_iter().chain(std::iter::once(item.len())) {
            let piece = item[start..at].trim_matches(is_quote);
            if !piece.is_empty() {
                out.extend(split_joined(piece));
            }
            start = (at + 1).min(item.len());
            // `＋` is three bytes.
            while !item.is_char_boundary(start) {
                start += 1;
            }
        }
        return out;
    }
    for word in ["以及", "和", "及", "与"] {
        // (The 及 of 以及 is no join of its own.)
        let outside: Vec<usize> = item
            .match_indices(word)
            .map(|(at, _)| at)
            .filter(|at| bracket_depth(&item[..*at]) == 0)
            .filter(|at| word != "及" || !item[..*at].ends_with('以'))
            // A `和` closing the item is its last word's own (`碳达峰和碳中
            // 和`: `中和`), no join. (One opening it may be the list's join
            // printed after a `、`: `甲、和乙和丙` stays one item.)
            .filter(|at| !item[at + word.len()..].trim_matches(is_quote).is_empty())
            .collect();
        if let [at] = outside.as_slice() {
            let a = item[..*at].trim_matches(is_quote);
            let b = item[at + word.len()..].trim_matches(is_quote);
            if !a.is_empty() && !b.is_empty() {
                return vec![a, b];
            }
        }
    }
    vec![item]
}

/// A single part's items with `A和B` cut in two; where every item carries
/// the part's word, only when both halves do: a half without it is no item
/// of its own (`甲和乙办事最简`, `公务车购置及运行费`).
pub(super) fn split_items<'a>(items: &[&'a str], words: &[String]) -> Vec<&'a str> {
    let carries = |s: &str| words.iter().any(|w| s.contains(w.as_str()));
    let carrying = items.iter().all(|i| carries(i));
    items
        .iter()
        .flat_map(|item| {
            let halves = split_joined(item);
            if carrying && !halves.iter().all(|h| carries(h)) {
                vec![*item]
            } else {
                halves
            }
        })
        .collect()
}

/// How many brackets (or book-title marks) are open at the end of `s`.
pub(super) fn bracket_depth(s: &str) -> i32 {
    s.chars().fold(0, |depth, c| match c {
        '（' | '(' | '《' => depth + 1,
        '）' | ')' | '》' => depth - 1,
        _ => depth,
    })
}

/// `s` cut at `separators` outside brackets (`县（市、区）` is one piece);
/// where `、` cuts, so do quotes and book titles that follow each other
/// (`“甲”“乙”`, `《甲》《乙》`).
pub(super) fn pieces<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let quotes_cut = separators.contains(&'、');
    let mut previous = None;
    let names = quoted_names(s);
    let mut quoted = false;
    // Only brackets, quotes, titles and separators act: a character of
    // another lead byte (most Han characters) is passed over undecoded.
    let acting = Leads::of(BRACKETS_AND_QUOTES.iter().chain(separators).copied());
    for (i, c) in acting.walk(s) {
        let Some(c) = c else {
            previous = None;
            continue;
        };
        let after_quote = previous == Some('”');
        let after_title = previous == Some('》');
        previous = Some(c);
        match c {
            '“' if !quoted && names.contains(&i) => {
                quoted = true;
                depth += 1;
            }
            '”' if quoted => {
                quoted = false;
                depth -= 1;
            }
            // `《甲规划》《乙纲要》`: titles that follow each other are
            // items, as quotes are.
            '《' if depth == 0 && quotes_cut && after_title => {
                out.push(&s[start..i]);
                start = i;
                depth += 1;
            }
            '（' | '(' | '《' => depth += 1,
            '）' | ')' | '》' => depth -= 1,
            '“' if depth == 0 && quotes_cut && after_quote => {
                out.push(&s[start..i]);
                start = i;
            }
            _ if depth == 0 && separators.contains(&c) => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter()
        .map(|p| p.trim_matches(|c: char| is_space(c) || is_quote(c)))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The brackets, quotes and book-title marks [`pieces`] and
/// [`top_level`] track.
pub(super) const BRACKETS_AND_QUOTES: [char; 8] = ['“', '”', '《', '》', '（', '）', '(', ')'];

/// The lead bytes of the UTF-8 of some characters: a character whose lead
/// byte is none of them is none of those characters, told without
/// decoding it.
#[derive(Clone, Copy)]
pub(super) struct Leads([u64; 4]);

impl Leads {
    pub(super) fn of(chars: impl IntoIterator<Item = char>) -> Leads {
        let mut bits = [0u64; 4];
        for c in chars {
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            bits[usize::from(lead >> 6)] |= 1 << (lead & 63);
        }
        Leads(bits)
    }

    pub(super) fn has(&self, lead: u8) -> bool {
        self.0[usize::from(lead >> 6)] & (1 << (lead & 63)) != 0
    }

    /// Each character's offset in `s`, with the character itself when its
    /// lead byte is one of these (else it is passed over undecoded).
    pub(super) fn walk<'s>(&self, s: &'s str) -> impl Iterator<Item = (usize, Option<char>)> + 's {
        let leads = *self;
        let bytes = s.as_bytes();
        let mut next = 0;
        std::iter::from_fn(move || {
            let i = next;
            let lead = *bytes.get(i)?;
            next += crate::chars::utf8_width(lead);
            if !leads.has(lead) {
                return Some((i, None));
            }
            let c = s[i..].chars().next()?;
            Some((i, Some(c)))
        })
    }
}

/// Where quotes open that are each inside an item of a `、` list
/// (`强化“甲、乙”的理念、强化“丙、丁”的导向`): each is one name, whatever it
/// lists. Only when two or more such quotes stand in items of one list; a
/// single quote inside a sentence may hold the list itself (`在“甲、乙、
/// 丙”三个方面`).
pub(super) fn quoted_names(s: &str) -> Vec<usize> {
    // No closing quote, no quoted name: most pieces are cut from plain
    // text, told by one byte search.
    if !s.contains('”') {
        return Vec::new();
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut previous: Option<char> = None;
    let mut open: Option<usize> = None;
    for (i, c) in s.char_indices() {
        match c {
            '“' if open.is_none() && previous.is_some_and(crate::chars::is_han) => open = Some(i),
            '”' => {
                if let Some(o) = open.take() {
                    spans.push((o, i));
                }
            }
            _ => {}
        }
        previous = Some(c);
    }
    let listed = spans.windows(2).any(|w| {
        let between = &s[w[0].1..w[1].0];
        between.contains('、') && !between.contains(['，', ',', '；', ';', '。'])
    });
    if spans.len() < 2 || !listed {
        return last_item_quote(s, &spans).into_iter().collect();
    }
    spans.into_iter().map(|(o, _)| o).collect()
}

/// `甲机制、乙机制、丙工作“A、B、C”机制`: one quote holding a `、` list
/// inside the last item of a list whose items before it stand apart in
/// the same clause, the item closing after it with a few words and no
/// count: the quote is a name in that item, not the list. (`在“甲、乙、
/// 丙”三个方面` has no items outside the quote; `甲、乙“丙、丁”两个X`
/// counts after it.)
fn last_item_quote(s: &str, spans: &[(usize, usize)]) -> Option<usize> {
    const MAX_TAIL: usize = 4;
    let (open, close) = *spans.last()?;
    let inner = &s[open..close];
    let before = &s[..open];
    let clause = before
        .rfind(['，', ',', '；', ';', '。', '：', ':'])
        .map_or(before, |p| &before[p..]);
    let tail = s[close + '”'.len_utf8()..].trim_end_matches(|c: char| c == '。' || is_space(c));
    let tail_words = tail.chars().count();
    (inner.contains('、')
        && clause.matches('、').count() >= 2
        && (1..=MAX_TAIL).contains(&tail_words)
        && tail
            .chars()
            .all(|c| crate::chars::is_han(c) && chinese_digit(c).is_none() && c != '双'))
    .then_some(open)
}

/// One word per part: the last part's candidates each in turn.
pub(super) fn word_choices(parts: &[SloganPart]) -> Vec<Vec<&str>> {
    let Some((last, head)) = parts.split_last() else {
        return Vec::new();
    };
    let head: Vec<&str> = head.iter().map(|p| p.words[0].as_str()).collect();
    last.words
        .iter()
        .map(|w| {
            let mut words = head.clone();
            words.push(w.as_str());
            words
        })
        .collect()
}

/// The longest item read as one of each word it carries, in characters.
pub(super) const MAX_COMPOUND: usize = 4;

#[derive(Clone, Copy)]
pub(super) enum Rule {
    /// An item counts once for every word it carries.
    Carries,
    /// The same, but an item ending with a word is that word's only
    /// (`赣通码` is a 码, not also a 通).
    CarriesLast,
    /// An item counts for one word: the one it ends with, else starts
    /// with, else carries first.
    Owner,
    /// An item counts every time a word stands in it (`乱贴乱画` is two 乱).
    Occurrences,
}

/// What one item carries of a word choice, the same under every
/// [`Rule`]: read once per choice (see [`carried`]), then counted by each.
pub(super) struct ItemWords<'a> {
    /// The item, a closing `等` dropped.
    item: &'a str,
    /// The words it carries.
    carried: Vec<usize>,
    /// Whether a word it carries stands in it twice, neither heading nor
    /// closing it (`创新创业`).
    twice: bool,
    /// The word it ends with, if any.
    last: Option<usize>,
    /// Whether it is a longer name carrying several words, none opening or
    /// closing it (`农产品地理标志`).
    inner_only: bool,
}

/// Per item, what it carries of `words`; `None` when an item carries no
/// word (no rule then reads the items).
pub(super) fn carried<'a>(items: &[&'a str], words: &[&str]) -> Option<Vec<ItemWords<'a>>> {
    // Every item carrying every word is a list of parallel compounds
    // (`以水定城、以水定地`): each is one of each word.
    let parallel = items.iter().all(|i| words.iter().all(|w| i.contains(w)));
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let item = item.trim_end_matches('等');
        let carried: Vec<usize> = (0..words.len())
            .filter(|i| item.contains(words[*i]))
            .collect();
        if carried.is_empty() {
            return None;
        }
        let twice = carried.iter().any(|i| {
            item.matches(words[*i]).count() > 1
                && !headed(item, words[*i])
                && !closed_by(item, words[*i])
        });
        let last = carried.iter().copied().find(|i| item.ends_with(words[*i]));
        // A longer name carrying several words, none opening or closing it
        // (`农产品地理标志`): one word qualifies another, so the name is one
        // thing, its head's (the word standing last).
        let inner_only = !parallel
            && carried.len() > 1
            && item.chars().count() > MAX_COMPOUND
            && last.is_none()
            && !carried.iter().any(|i| item.starts_with(words[*i]));
        out.push(ItemWords {
            item,
            carried,
            twice,
            last,
            inner_only,
        });
    }
    Some(out)
}

/// Items per word, as `rule` counts the items [`carried`] read.
pub(super) fn owned(items: &[ItemWords], words: &[&str], rule: Rule) -> Option<Vec<usize>> {
    let mut counts = vec![0; words.len()];
    for ItemWords {
        item,
        carried,
        twice,
        last,
        inner_only,
    } in items
    {
        let (item, last, inner_only) = (*item, *last, *inner_only);
        // `创新创业` is one item and two 创: only occurrences read it.
        if !matches!(rule, Rule::Occurrences) && *twice {
            return None;
        }
        match rule {
            // Only a short compound is one of each word it carries
            // (`查损补失`); in a longer name one word qualifies another
            // (`农产品地理标志` is a 标, its 品 part of what it marks).
            Rule::Carries | Rule::Occurrences | Rule::CarriesLast if inner_only => return None,
            Rule::Carries => carried.iter().for_each(|i| counts[*i] += 1),
            Rule::CarriesLast => match last {
                Some(last) => counts[last] += 1,
                None => carried.iter().for_each(|i| counts[*i] += 1),
            },
            Rule::Owner => {
                let owner = last
                    .or_else(|| {
                        carried
                            .iter()
                            .copied()
                            .find(|i| item.starts_with(words[*i]))
                    })
                    // In a longer name the word standing last is its head
                    // (`农产品地理标志` is a 标).
                    .or_else(|| {
                        if inner_only {
                            carried
                                .iter()
                                .copied()
                                .max_by_key(|i| item.rfind(words[*i]))
                        } else {
                            carried.iter().copied().min_by_key(|i| item.find(words[*i]))
                        }
                    })?;
                counts[owner] += 1;
            }
            // Only in short items: in a long one a word recurs by chance.
            Rule::Occurrences if item.chars().count() > 8 => return None,
            Rule::Occurrences => carried
                .iter()
                .for_each(|i| counts[*i] += item.matches(words[*i]).count()),
        }
    }
    Some(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`pieces`] as it read every character, before lead bytes skipped
    /// most of them: the reference the skipping must agree with.
    fn pieces_by_chars<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
        let mut out = Vec::new();
        let mut depth = 0i32;
        let mut start = 0;
        let quotes_cut = separators.contains(&'、');
        let mut previous = None;
        let names = quoted_names(s);
        let mut quoted = false;
        for (i, c) in s.char_indices() {
            let after_quote = previous == Some('”');
            let after_title = previous == Some('》');
            previous = Some(c);
            match c {
                '“' if !quoted && names.contains(&i) => {
                    quoted = true;
                    depth += 1;
                }
                '”' if quoted => {
                    quoted = false;
                    depth -= 1;
                }
                '《' if depth == 0 && quotes_cut && after_title => {
                    out.push(&s[start..i]);
                    start = i;
                    depth += 1;
                }
                '（' | '(' | '《' => depth += 1,
                '）' | ')' | '》' => depth -= 1,
                '“' if depth == 0 && quotes_cut && after_quote => {
                    out.push(&s[start..i]);
                    start = i;
                }
                _ if depth == 0 && separators.contains(&c) => {
                    out.push(&s[start..i]);
                    start = i + c.len_utf8();
                }
                _ => {}
            }
        }
        out.push(&s[start..]);
        out.into_iter()
            .map(|p| p.trim_matches(|c: char| is_space(c) || is_quote(c)))
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn top_level_by_chars(s: &str, separators: &[char]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut depth = 0i32;
        for (i, c) in s.char_indices() {
            match c {
                '（' | '(' | '“' | '《' => depth += 1,
                '）' | ')' | '”' | '》' => depth -= 1,
                _ if depth == 0 && separators.contains(&c) => out.push(i),
                _ => {}
            }
        }
        out
    }

    /// Skipping characters by their lead byte cuts every text where
    /// reading each character did, with every set of separators.
    #[test]
    fn skipping_by_lead_byte_cuts_as_reading_every_character() {
        let texts = [
            "甲园、乙园和丙园，建成三个基地；丁区(戊区)与己区。",
            "强化“甲、乙”的理念、强化“丙、丁”的导向",
            "《甲规划》《乙纲要》、“子”“丑”，寅卯 辰",
            "①建甲馆②修乙路③办丙会 , 及 A+B ; C:D",
            "县（市、区）三级联动、村级：网格化 管理。",
            "“甲、乙、丙”三个方面，即一二三",
            "",
        ];
        let separator_sets: [&[char]; 7] = [
            &['、'],
            &['；', ';', '、'],
            &['，', ',', '；', ';'],
            &['、', '，', ',', '和', '及', '与'],
            &['。'],
            &['，', ',', '；', ';', '：', ':'],
            &CIRCLED,
        ];
        for text in texts {
            for separators in separator_sets {
                assert_eq!(
                    pieces(text, separators),
                    pieces_by_chars(text, separators),
                    "{text} {separators:?}"
                );
                assert_eq!(
                    top_level(text, separators),
                    top_level_by_chars(text, separators),
                    "{text} {separators:?}"
                );
            }
        }
    }

    #[test]
    fn an_item_joining_nothing_is_itself() {
        // No `+` and no joining word: the quick test keeps the item whole.
        assert_eq!(split_joined("甲乙丙工程"), vec!["甲乙丙工程"]);
        // A join still cuts it, a `+` too.
        assert_eq!(split_joined("甲工程和乙工程"), vec!["甲工程", "乙工程"]);
        assert_eq!(split_joined("甲通＋乙通"), vec!["甲通", "乙通"]);
    }

    #[test]
    fn what_items_carry_is_read_once_for_every_rule() {
        let words = ["通", "码"];
        let items = carried(&["甲通码", "乙通"], &words).expect("each item carries a word");
        // Each rule counts the same reading its own way.
        assert_eq!(owned(&items, &words, Rule::Carries), Some(vec![2, 1]));
        assert_eq!(owned(&items, &words, Rule::CarriesLast), Some(vec![1, 1]));
        assert_eq!(owned(&items, &words, Rule::Owner), Some(vec![1, 1]));
        // An item carrying no word: no rule reads the list.
        assert!(carried(&["甲通码", "乙站"], &words).is_none());
        // A closing 等 is no part of the item.
        let items = carried(&["甲码等"], &["码"]).expect("carried");
        assert_eq!(owned(&items, &["码"], Rule::CarriesLast), Some(vec![1]));
    }

    #[test]
    fn text_closing_no_quote_quotes_no_name() {
        assert!(quoted_names("建设甲“乙、丙").is_empty());
        // Two quotes, each in an item of a `、` list, are two names.
        assert_eq!(
            quoted_names("强化“甲、乙”的做法、强化“丙、丁”的导向").len(),
            2
        );
    }
}
