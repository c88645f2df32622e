//! Terms: the names notes and the glossary explain, numeric slogans, and
//! where the body uses them. Matching ignores quotes, white space and
//! character width, and the longest match wins.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use crate::term_matcher::TermMatcher;
use regex::Regex;

use crate::cache::{Matches, ParagraphCache, SloganAt, TextQuery, reuse, shift};
use crate::chars::{fold_width, is_han, is_quote, is_space, utf8_width};

/// Where a term's meaning comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TermSource {
    /// A note of this report (index into `Document::notes`).
    Note(usize),
    /// An entry of the configured glossary (index in key order).
    Glossary(usize),
    /// A numeric slogan everyone knows (`两个确立`), or one listed in the
    /// configuration's `terms.known`.
    Known,
    /// A numeric slogan nothing here defines.
    Slogan,
}

impl TermSource {
    pub fn name(self) -> &'static str {
        match self {
            TermSource::Note(_) => "note",
            TermSource::Glossary(_) => "glossary",
            TermSource::Known => "known",
            TermSource::Slogan => "slogan",
        }
    }
}

/// A term and its uses in the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// As first written (a note's term, a glossary key, a slogan's first use).
    pub text: String,
    /// Normalized: no quotes, no spaces, ASCII digits and signs.
    pub key: String,
    pub source: TermSource,
    pub uses: Vec<Range<usize>>,
}

/// Numeric slogans so widely known that reports never explain them.
pub const WELL_KNOWN_SLOGANS: &[&str] = &[
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "两个大局",
    "三个务必",
    "四风",
    "三公",
    "两个一百年",
    "五位一体",
    "四个全面",
    "三去一降一补",
    "六稳",
    "六保",
    "三农",
    "三严三实",
    "两学一做",
    "一带一路",
    "两山",
    "三大攻坚战",
    "两不愁三保障",
    "三个代表",
    "四个现代化",
    "四项基本原则",
    "一国两制",
    "三重一大",
    "两重",
    "两新",
    "三新一高",
    "两个毫不动摇",
    "两个结合",
    "五大发展理念",
    "三大战役",
    "两会",
    "八项规定",
    "三股势力",
    "三期叠加",
    "三北",
    "四个服务",
    "两个先行",
    "三个没有变",
    "五个必由之路",
    "三个一批",
    "四下基层",
    "九二共识",
    "两个中国",
    "一中一台",
    "四人帮",
    "五保户",
    "三保",
    "三公经费",
    "四化",
    "三权分置",
    "四好农村路",
    "两基",
    "三通",
    "两癌",
    "三大球",
    "双一流",
    "五个一工程",
    "三个区分开来",
    "四个最严",
    "两个确保",
    "三资",
    "三医",
    "六税两费",
    "两高",
    "两个健康",
    "5G+工业互联网",
];

/// Place names that begin with a numeral (`“三明医改”` is not a slogan).
const NUMERAL_PLACES: &[&str] = &[
    "三明",
    "三亚",
    "三门峡",
    "三沙",
    "六安",
    "六盘水",
    "十堰",
    "五指山",
    "五家渠",
    "七台河",
    "九江",
    "四平",
    "二连浩特",
    "九寨沟",
    "五台山",
    "八达岭",
    "四川",
    "三峡",
    "三江源",
];

/// Idioms shaped like slogans (`三心二意`): never terms.
const IDIOMS: &[&str] = &[
    "一举两得",
    "一石二鸟",
    "三长两短",
    "一干二净",
    "一清二楚",
    "三言两语",
    "三天两头",
    "两面三刀",
    "四分五裂",
    "七零八落",
    "七上八下",
    "七嘴八舌",
    "三心二意",
    "三番五次",
    "三令五申",
    "四舍五入",
    "三山五岳",
    "五光十色",
    "七手八脚",
    "七情六欲",
    "五脏六腑",
    "三教九流",
    "五湖四海",
    "四面八方",
    "四通八达",
    "五花八门",
    "五颜六色",
    "九死一生",
    "十拿九稳",
    "一波三折",
    "一日三餐",
    "一年四季",
    "一穷二白",
    "三从四德",
    "四平八稳",
    "三五成群",
    "三三两两",
    "一五一十",
    "十全十美",
    "九牛一毛",
    "一言九鼎",
    "三头六臂",
    "一刀两断",
    "一分为二",
    "一石两鸟",
    "三年五载",
    "十有八九",
    "四海一家",
    "两袖清风",
    "一步一个",
    "三令五申",
    "七拼八凑",
    "八九不离十",
    "九九归一",
    "三六九等",
    "一来二去",
    "一是二是",
    "二是三是",
    "三是四是",
    "四是五是",
    "五是六是",
    "六是七是",
];

/// Normalizes a term or a stretch of text for matching.
pub fn normalize(s: &str) -> String {
    // Never longer than `s` (characters are dropped or folded to shorter
    // forms): sized once, the string never grows.
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().filter_map(skeleton_char));
    out
}

/// Whether a character opening with `lead` may be dropped or folded by
/// the skeleton: ASCII white space (a form feed too) and `"`, and the blocks of the other
/// quotes, spaces and full-width forms (U+00A0, U+2000–U+3FFF, U+F000 on).
const fn may_drop_or_fold(lead: u8) -> bool {
    matches!(
        lead,
        b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'"' | 0xC2 | 0xE2 | 0xE3 | 0xEF
    )
}

/// [`may_drop_or_fold`] of every byte, one load each.
static OPENS_DROPPED_OR_FOLDED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = may_drop_or_fold(byte as u8);
        byte += 1;
    }
    table
};

/// Where the first byte at or after `from` that may open a dropped or
/// folded character stands (see [`may_drop_or_fold`]), or the end of
/// `bytes`. Eight bytes are tested at once: most words hold none of those
/// bytes (no Han character does), and a word that may hold one is read
/// byte by byte with the table.
fn next_may_change(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Some byte of `v` is zero (exactly: no byte that is goes unseen).
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_ne_bytes(word);
        // A byte below `#` (the ASCII spaces, line breaks and `"` are),
        // or C2, E2 or E3 (E3 | 1 is E2 | 1), or EF.
        let may = (w.wrapping_sub(ONES * 0x23) & !w & HIGHS)
            | zero(w ^ (ONES * 0xC2))
            | zero((w | ONES) ^ (ONES * 0xE3))
            | zero(w ^ (ONES * 0xEF));
        if may != 0
            && let Some(p) = chunk
                .iter()
                .position(|&b| OPENS_DROPPED_OR_FOLDED[usize::from(b)])
        {
            return from + p;
        }
        from += 8;
    }
    bytes
        .get(from..)
        .and_then(|rest| {
            rest.iter()
                .position(|&b| OPENS_DROPPED_OR_FOLDED[usize::from(b)])
        })
        .map_or(bytes.len(), |p| from + p)
}

/// What the skeleton keeps of `c`: nothing for a quote or white space,
/// else its folded form.
fn skeleton_char(c: char) -> Option<char> {
    let dropped = is_quote(c) || is_space(c) || matches!(c, '\n' | '\r');
    (!dropped).then(|| fold_width(c))
}

/// The body with quotes and white space removed, mapped back to the source.
struct Skeleton {
    text: String,
    /// Where the skeleton jumps in the source: from each `(skeleton offset,
    /// source offset)` on, bytes correspond one to one until the next jump.
    jumps: Vec<(usize, usize)>,
}

impl Skeleton {
    fn new(text: &str, regions: &[Range<usize>]) -> Self {
        // The skeleton is never longer than its regions (characters are
        // dropped or folded to shorter forms) plus one separator each:
        // sized once, it never grows, which cost more than the copying.
        let len: usize = regions.iter().map(|r| r.len() + 1).sum();
        let mut skeleton = String::with_capacity(len);
        let mut jumps = Vec::with_capacity(8 * regions.len());
        for region in regions {
            let slice = &text[region.clone()];
            // Copy runs of kept characters whole; only the characters dropped
            // or folded (quotes, spaces, full-width forms) break a run.
            let mut run: Option<usize> = None;
            let bytes = slice.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                // Most characters open with a byte no dropped or folded
                // character opens with (every Han character does), and no
                // byte inside a character is such a byte: the search passes
                // over them byte by byte, one load each, undecoded.
                let at = next_may_change(bytes, i);
                if at > i && run.is_none() {
                    run = Some(i);
                    jumps.push((skeleton.len(), region.start + i));
                }
                let Some(&lead) = bytes.get(at) else {
                    break;
                };
                i = at + utf8_width(lead);
                let c = slice.get(at..i).and_then(|c| c.chars().next());
                let Some(kept) = c.map(skeleton_char).filter(|kept| *kept != c) else {
                    if run.is_none() {
                        run = Some(at);
                        jumps.push((skeleton.len(), region.start + at));
                    }
                    continue;
                };
                if let Some(start) = run.take() {
                    skeleton.push_str(&slice[start..at]);
                }
                if let Some(folded) = kept {
                    jumps.push((skeleton.len(), region.start + at));
                    skeleton.push(folded);
                }
            }
            if let Some(start) = run.take() {
                skeleton.push_str(&slice[start..]);
            }
            // Keep matches from spanning two regions.
            jumps.push((skeleton.len(), region.end));
            skeleton.push('\u{0}');
        }
        Skeleton {
            text: skeleton,
            jumps,
        }
    }

    /// The source offset of the skeleton character starting at `offset`.
    fn source_of(&self, offset: usize) -> Option<usize> {
        let i = self
            .jumps
            .partition_point(|j| j.0 <= offset)
            .checked_sub(1)?;
        let (skel, source) = self.jumps[i];
        Some(source + (offset - skel))
    }

    /// The source range of a skeleton byte range.
    fn source(&self, text: &str, range: Range<usize>) -> Option<Range<usize>> {
        let last = self.text.get(..range.end)?.chars().next_back()?;
        let last_start = self.source_of(range.end - last.len_utf8())?;
        let last_len = text.get(last_start..)?.chars().next()?.len_utf8();
        Some(self.source_of(range.start)?..last_start + last_len)
    }
}

/// The keys a note's term is matched by, best first. `“四个一”安防工程`
/// matches itself; `2022年十件民生实事` also as `十件民生实事`;
/// `省级“机会清单”` also as `机会清单`.
pub fn term_keys(term: &str) -> Vec<String> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[0-9０-９]{4}年(?:度)?").expect("valid regex"));
    let mut keys = vec![normalize(term)];
    let push = |keys: &mut Vec<String>, key: String| {
        if key.chars().count() >= 2 && !keys.contains(&key) {
            keys.push(key);
        }
    };
    let without_year = YEAR.replace(term, "").into_owned();
    push(&mut keys, normalize(&without_year));
    if let Some(name) = without_gloss(term) {
        push(&mut keys, normalize(name));
    }
    if let Some(q) = without_year.find(['“', '"', '「']) {
        if q > 0 {
            let tail = normalize(&without_year[q..]);
            if tail.chars().count() >= 3 && han_count(&tail) >= 2 {
                push(&mut keys, tail);
            }
        }
        // The quoted core alone, when it is a word of its own.
        let inner = &without_year[q..];
        let core: String = inner
            .chars()
            .skip(1)
            .take_while(|&c| !is_quote(c))
            .collect();
        // Short cores (`“两高”项目`, `“5020”重大项目`) only when they are
        // slogans, which the body quotes the same way.
        let slogan_core = core.chars().count() >= 2 && is_numeric_slogan(&normalize(&core));
        if (core.chars().count() >= 3 && han_count(&core) >= 2) || slogan_core {
            push(&mut keys, normalize(&core));
        }
    }
    for key in keys.clone() {
        if let Some(respelled) = count_respelled(&key) {
            push(&mut keys, respelled);
        }
        // `一中心、三基地` as the body runs it together (`“一中心三基地”`):
        // a numeric slogan's parts parted by a pause mark are the slogan.
        if key.contains('、') {
            let joined = key.replace('、', "");
            if is_numeric_slogan(&joined) {
                push(&mut keys, joined);
            }
        }
    }
    keys.retain(|k| k.chars().count() >= 2);
    keys
}

/// A note's name without what the note adds to it and the body leaves
/// out: a gloss after it, in brackets or not (`两园一区（Two Parks One
/// Zone）`, `两园一区（liang yuan yi qu）`, `两园一区 Two Parks`), a date
/// (`两园一区（2024年）`), or a title's marks around it (`《两园一区》`).
/// A bracket of Chinese words may be another name (`甲区（简称甲）`): kept.
fn without_gloss(term: &str) -> Option<&str> {
    let term = term.trim_matches(is_space);
    let name = if let Some(inner) = term.strip_prefix('《').and_then(|t| t.strip_suffix('》')) {
        inner
    } else if let Some(open) = term.rfind(['（', '(']) {
        let gloss = term[open..]
            .strip_suffix(['）', ')'])?
            .trim_start_matches(['（', '(']);
        let date = gloss.starts_with(|c: char| c.is_ascii_digit())
            && gloss.chars().take_while(char::is_ascii_digit).count() == 4;
        let latin = gloss.chars().any(|c| c.is_ascii_alphabetic()) && !gloss.chars().any(is_han);
        if !(date || latin) {
            return None;
        }
        &term[..open]
    } else {
        let chinese =
            term.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == '-');
        term[chinese.len()..].starts_with(' ').then_some(chinese)?
    };
    let name = name.trim_matches(is_space);
    (han_count(name) >= 2 && !name.contains(['（', '(', '《'])).then_some(name)
}

/// `三个15分钟` as `3个15分钟` and back: a count of figures (a digit after
/// its 个) is written either way, in words or in digits, and is the same
/// slogan.
fn count_respelled(key: &str) -> Option<String> {
    let (count, rest) = key.split_once('个')?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut chars = count.chars();
    let respelled = match (chars.next()?, chars.next()) {
        (c, None) if !c.is_ascii_digit() => {
            let n = crate::chars::chinese_digit(c).filter(|n| (2..=9).contains(n))?;
            n.to_string()
        }
        (c, None) => match c.to_digit(10)? {
            2 => "两".to_string(),
            n @ 3..=9 => crate::ide::chinese_numeral(n),
            _ => return None,
        },
        _ => return None,
    };
    Some(format!("{respelled}个{rest}"))
}

/// The keys of each of a note's names, and, for a note naming several
/// things at once (`一平台、三机制`, `“六稳”“六保”`), the names run
/// together as the body writes them in one breath (`“一平台三机制”`,
/// `“六稳六保”`). The first key of each list is the name as written.
fn note_keys(names: &[&str]) -> Vec<Vec<String>> {
    let mut keys: Vec<Vec<String>> = names.iter().map(|name| term_keys(name)).collect();
    // `“六稳”和“六保”`: one name as the note writes it, each quoted name
    // a name of its own as the body writes it.
    for name in names {
        let parts = names_joined_by_and(name);
        if parts.len() > 1 {
            keys.extend(parts.into_iter().map(term_keys));
        }
    }
    if let Some((joined, _)) = joined_names(names) {
        keys.push(vec![joined]);
    }
    keys
}

/// `“六稳”和“六保”`, `“甲”与“乙”及“丙”`: the quoted names a note's name
/// joins by 和, 与 or 及 (one part when it joins none).
fn names_joined_by_and(name: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        let after = i + c.len_utf8();
        if matches!(c, '和' | '与' | '及')
            && name[..i].ends_with('”')
            && name[after..].starts_with('“')
        {
            parts.push(&name[start..i]);
            start = after;
        }
    }
    parts.push(&name[start..]);
    parts
}

/// A note's names run together, and each name's length in characters.
fn joined_names(names: &[&str]) -> Option<(String, Vec<usize>)> {
    if names.len() < 2 {
        return None;
    }
    let keys: Vec<String> = names.iter().map(|name| normalize(name)).collect();
    let joined: String = keys.concat();
    let lengths = keys.iter().map(|k| k.chars().count()).collect();
    (joined.chars().count() <= 24).then_some((joined, lengths))
}

/// A use of names run together, cut into one use per name: the source
/// range holds the names' characters in order, with quotes and spaces
/// between them (`“六稳”“六保”`).
fn split_joined(text: &str, range: &Range<usize>, lengths: &[usize]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut kept = text[range.clone()]
        .char_indices()
        .filter(|&(_, c)| !is_quote(c) && !is_space(c) && !matches!(c, '\n' | '\r'))
        .map(|(i, c)| (range.start + i, c.len_utf8()));
    for &n in lengths {
        let Some((start, first_len)) = kept.next() else {
            break;
        };
        let end = if n > 1 {
            kept.nth(n - 2).map_or(start + first_len, |(i, l)| i + l)
        } else {
            start + first_len
        };
        out.push(start..end);
    }
    out
}

fn han_count(s: &str) -> usize {
    s.chars().filter(|&c| is_han(c)).count()
}

/// The numerals of [`is_slogan_numeral`], for the search of them.
const SLOGAN_NUMERALS: &str = "一二三四五六七八九十两";

/// Chinese numerals that make a slogan (百/千/万 are left out: `千方百计`).
fn is_slogan_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
    )
}

/// Whether the words inside quotes form a numeric slogan (`六个一`,
/// `5020`, `1+N`, `一办五牵头`, `三大工程`).
pub fn is_numeric_slogan(core: &str) -> bool {
    static PLAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^十[一二三四五六七八九]五(?:规划|时期|期间)?$").expect("valid regex")
    });
    static YEARISH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:1[89]|20)[0-9]{2}(?:年.*)?$").expect("valid regex"));
    // Every reading below needs a numeral or a digit (full-width ones fold
    // to ASCII): quotes with neither skip the copy and the regexes.
    let counts = |c: char| {
        let c = fold_width(c);
        is_slogan_numeral(c) || c.is_ascii_digit()
    };
    if !core.chars().any(counts) {
        return false;
    }
    // (Sized once: folding never lengthens a character.)
    let mut folded = String::with_capacity(core.len());
    folded.extend(core.chars().map(fold_width).filter(|&c| !is_space(c)));
    let core = folded;
    let len = core.chars().count();
    // (The regexes only after the first character they open with.)
    if !(2..=12).contains(&len)
        || (core.starts_with('十') && PLAN.is_match(&core))
        || (core.starts_with(['1', '2']) && YEARISH.is_match(&core))
    {
        return false;
    }
    if IDIOMS.contains(&core.as_str()) || core.contains(['%', '.', '。', '，', '、']) {
        return false;
    }
    if core
        .chars()
        .all(|c| is_slogan_numeral(c) || c.is_ascii_digit())
        && !core.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if core.chars().any(|c| c.is_ascii_digit()) {
        // `5020`, `1+N`, `10+8`, `2653行动`; not `30分钟`-like measures alone.
        return core.chars().filter(|c| c.is_ascii_digit()).count() >= 2 || core.contains('+');
    }
    // `九连冠`, `十连增`: a record, not a slogan; `三明医改`: a place.
    if core.chars().nth(1) == Some('连') || NUMERAL_PLACES.iter().any(|p| core.starts_with(p)) {
        return false;
    }
    let numerals: Vec<char> = core.chars().filter(|&c| is_slogan_numeral(c)).collect();
    match numerals.as_slice() {
        [] => false,
        [only] => {
            // `三大工程`, `四风`, `五型`: a leading numeral other than 一.
            *only != '一' && core.starts_with(*only) && len <= 6
        }
        many => many.iter().any(|&c| c != '一'),
    }
}

/// `“12345”政务服务热线`, `“12345便民热线”`: a quoted number naming a
/// telephone line (热线, 专线 within its few words, inside the quote or
/// right after it) is the line's number, which nobody explains, not a
/// slogan.
fn names_a_phone_line(core: &str, after: &str) -> bool {
    let is_digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let words = core.trim_start_matches(is_digit);
    let words: String = if words.is_empty() {
        after
            .chars()
            .take_while(|c| crate::chars::is_han(*c))
            .take(10)
            .collect()
    } else if words.chars().all(crate::chars::is_han) {
        words.to_string()
    } else {
        return false;
    };
    core.starts_with(is_digit) && (words.contains("热线") || words.contains("专线"))
}

/// Words that follow a quoted slogan and belong to its name.
const SLOGAN_SUFFIXES: &[&str] = &[
    "工作机制",
    "产业体系",
    "项目",
    "行动",
    "工程",
    "机制",
    "体系",
    "模式",
    "政策",
    "计划",
    "战略",
    "清单",
    "工作法",
    "品牌",
    "目标",
    "任务",
];

/// A slogan occurrence found in the body.
struct SloganHit {
    key: String,
    display: String,
    range: Range<usize>,
}

/// Slogans of every paragraph, reusing what unchanged paragraphs gave.
fn find_slogans(text: &str, paragraphs: &[Range<usize>], caches: &mut Caches) -> Vec<SloganHit> {
    let mut hits = Vec::new();
    for paragraph in paragraphs {
        let slice = &text[paragraph.clone()];
        let found = reuse(
            caches.new.keep,
            caches.old.map(|c| &c.slogans),
            &mut caches.new.slogans,
            || TextQuery::of(slice),
            || slogans_in(slice),
        );
        hits.extend(found.iter().map(|h| SloganHit {
            key: h.key.clone(),
            display: h.display.clone(),
            range: shift(&h.range, paragraph.start),
        }));
    }
    hits
}

/// Whether the words right after a slogan spell it out: a colon (`办好
/// “五件实事”：①…②…`), `即` (`“两个行动”，即甲行动和乙行动`), or a
/// bracket listing its parts (`“两基”（城镇和乡村基础设施）`, in half-width
/// brackets alike; not a bracket of years or figures).
fn explained_on_the_spot(after: &str) -> bool {
    /// The longest bracket read as a gloss, in bytes.
    const MAX_GLOSS: usize = 120;
    if after.starts_with(['：', ':']) || ["即", "，即", ",即"].iter().any(|w| after.starts_with(w))
    {
        return true;
    }
    let Some(inner) = after.strip_prefix(['（', '(']) else {
        return false;
    };
    let window = &inner[..crate::text::floor_char_boundary(inner, MAX_GLOSS)];
    window.find(['）', ')']).is_some_and(|close| {
        let gloss = &window[..close];
        (gloss.contains('、') || gloss.contains('和')) && !gloss.chars().any(|c| c.is_ascii_digit())
    })
}

/// The slogans of one paragraph, with ranges relative to it.
// Inlined into its one caller, as the compiler chose before unrelated
// readers grew the crate: out of line it costs the worst-case slogans text
// 7 M more.
#[inline]
fn slogans_in(slice: &str) -> Vec<SloganAt> {
    let mut hits: Vec<SloganAt> = Vec::new();
    // Quoted slogans spelled out where they stand: the unquoted reading
    // below must not take their words back up (`“三保三压”，即…`).
    let mut explained: Vec<Range<usize>> = Vec::new();
    for (whole, core) in short_quotes(slice) {
        // `“三联三帮①”`: a note's marker inside the closing quote is no
        // part of the slogan.
        let core = slice[core].trim_end_matches(is_circled_number);
        if !is_numeric_slogan(core) {
            continue;
        }
        let after = &slice[whole.end..];
        if names_a_phone_line(core, after) {
            continue;
        }
        let suffix = SLOGAN_SUFFIXES
            .iter()
            .find(|s| after.starts_with(**s))
            .map_or("", |s| s);
        if explained_on_the_spot(&after[suffix.len()..]) {
            explained.push(whole);
            continue;
        }
        let end = whole.end + suffix.len();
        hits.push(SloganAt {
            key: normalize(core),
            display: slice[whole.start..end].to_string(),
            range: whole.start..end,
        });
    }
    // `N X N Y` with numerals at the first and third places: a window is
    // tried only where a numeral stands, found by one SIMD search for the
    // eleven numerals' bytes. (A memchr for their lead bytes E4 and E5 hit
    // a third of all Han characters; decoding every character cost more.)
    static NUMERALS: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
        let mut patterns = aho_corasick::packed::Config::new().builder();
        for c in SLOGAN_NUMERALS.chars() {
            patterns.add(c.to_string());
        }
        patterns.build()
    });
    let mut skip_until = 0;
    // The quoted hits are in text order and disjoint, and windows move
    // forward: a cursor finds the one a window could overlap, where a
    // search over all earlier hits was quadratic.
    let quoted = hits.len();
    let mut cursor = 0;
    // One of the two searches runs (no boxed iterator: this is per paragraph).
    let packed = NUMERALS
        .as_ref()
        .map(|numerals| numerals.find_iter(slice.as_bytes()).map(|m| m.start()));
    let fallback = packed
        .is_none()
        .then(|| memchr::memchr2_iter(0xE4, 0xE5, slice.as_bytes()));
    let starts = packed
        .into_iter()
        .flatten()
        .chain(fallback.into_iter().flatten());
    for start in starts {
        if start < skip_until {
            continue;
        }
        let Some(end) = numeral_window(slice, start) else {
            continue;
        };
        let word = &slice[start..end];
        if is_unquoted_slogan(slice, start, word) {
            let range = start..end;
            while cursor < quoted && hits[cursor].range.end <= range.start {
                cursor += 1;
            }
            let overlaps_quoted = cursor < quoted && overlaps(&hits[cursor].range, &range)
                || explained.iter().any(|quote| overlaps(quote, &range));
            if !overlaps_quoted {
                hits.push(SloganAt {
                    key: word.to_string(),
                    display: word.to_string(),
                    range,
                });
            }
            skip_until = end;
        }
    }
    hits.sort_by_key(|h| h.range.start);
    hits
}

/// The most characters inside a quote read as a slogan.
const MAX_QUOTED_SLOGAN: usize = 14;

/// Quotes (`“…”` or `"…"`) of 1 to [`MAX_QUOTED_SLOGAN`] characters, none
/// of them a quote or a line break: each quote's range and its inside's,
/// leftmost first, as the regex `[“"]([^“”"\n\r]{1,14})[”"]` finds them.
/// Openers are found by one byte search (a regex's captures cost more
/// than the rest of the slogan reading).
fn short_quotes(slice: &str) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
    let bytes = slice.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            // `“` opens with the byte E2, as few other characters do.
            let open = from + memchr::memchr2(b'"', 0xE2, bytes.get(from..)?)?;
            let inner = if bytes[open] == b'"' {
                open + 1
            } else if slice[open..].starts_with('“') {
                open + '“'.len_utf8()
            } else {
                from = open + 1;
                continue;
            };
            from = inner;
            let mut count = 0;
            for (i, c) in slice[inner..].char_indices() {
                match c {
                    '”' | '"' if count > 0 => {
                        let close = inner + i;
                        from = close + c.len_utf8();
                        return Some((open..from, inner..close));
                    }
                    '“' | '”' | '"' | '\n' | '\r' => break,
                    _ if count == MAX_QUOTED_SLOGAN => break,
                    _ => count += 1,
                }
            }
        }
    })
}

/// A circled or parenthesized number (`①`, `⑴`, `㉑`), as markers are written.
fn is_circled_number(c: char) -> bool {
    crate::chars::circled_value(c).is_some()
}

/// The end of four characters from `start`, numeral, Han, numeral, Han
/// (`三区三线`), if they stand there.
fn numeral_window(slice: &str, start: usize) -> Option<usize> {
    let mut chars = slice.get(start..)?.char_indices();
    let mut next = |test: fn(char) -> bool| chars.next().filter(|&(_, c)| test(c));
    next(is_slogan_numeral)?;
    next(is_han)?;
    next(is_slogan_numeral)?;
    let (at, last) = next(is_han)?;
    Some(start + at + last.len_utf8())
}

/// `三区三线`, but not `一心一意`, `五年三个`, `一是加快`, `第三季度…`.
fn is_unquoted_slogan(slice: &str, start: usize, word: &str) -> bool {
    const NOT_WORDS: &str =
        "个年月日天次项件批家座所名人元亿万千百零倍届期轮条种类位支张台辆栋间层级是季周岁成分号";
    let chars: Vec<char> = word.chars().collect();
    let [a, x, b, y] = chars[..] else {
        return false;
    };
    if NOT_WORDS.contains(x)
        || NOT_WORDS.contains(y)
        || is_slogan_numeral(x)
        || is_slogan_numeral(y)
    {
        return false;
    }
    if a == '一' && b == '一' {
        return false;
    }
    if IDIOMS.contains(&word) {
        return false;
    }
    let before = slice[..start].chars().next_back();
    if before.is_some_and(|c| {
        is_slogan_numeral(c)
            || c.is_ascii_digit()
            || matches!(c, '第' | '初' | '百' | '千' | '万' | '零')
    }) {
        return false;
    }
    // `二中三中全会` names plenary sessions; `四减一优化` must not end at `优`:
    // the word has to end where the text shows a boundary.
    let rest = &slice[start + word.len()..];
    match rest.chars().next() {
        None => true,
        Some(c) if !is_han(c) => true,
        Some(c) if is_slogan_numeral(c) || NOT_WORDS.contains(c) || c == '全' => false,
        Some(c) if "的和与及等为是在中".contains(c) => true,
        Some(_) => WORDS_AFTER_SLOGAN.iter().any(|w| rest.starts_with(w)),
    }
}

/// Whether `range` lies inside one of `sorted`, ranges sorted by start.
fn is_covered(sorted: &[Range<usize>], range: &Range<usize>) -> bool {
    let after = sorted.partition_point(|c| c.start <= range.start);
    sorted[..after]
        .iter()
        .rev()
        .take(4)
        .any(|c| range.end <= c.end)
}

/// Words that commonly follow an unquoted slogan (`三区三线划定`).
const WORDS_AFTER_SLOGAN: &[&str] = &[
    "建设", "改革", "工作", "要求", "行动", "工程", "战略", "格局", "体系", "机制", "任务", "目标",
    "划定", "理念", "原则", "方针", "政策", "精神", "制度",
];

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Uses of `prefix“core”suffix` written among sibling quotes:
/// `稳增长“18条”“16条”` uses both `稳增长“18条”` and `稳增长“16条”`.
fn sibling_uses(text: &str, regions: &[Range<usize>], name: &str) -> Vec<Range<usize>> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[0-9]{4}年(?:度)?").expect("valid regex"));
    let name = YEAR.replace(name.trim(), "");
    let Some(open) = name.find('“') else {
        return Vec::new();
    };
    let Some(close) = name[open..].find('”').map(|c| open + c) else {
        return Vec::new();
    };
    let (prefix, core, suffix) = (
        &name[..open],
        &name[open + '“'.len_utf8()..close],
        &name[close + '”'.len_utf8()..],
    );
    if core.is_empty() || (prefix.is_empty() && suffix.is_empty()) || suffix.contains(['“', '”'])
    {
        return Vec::new();
    }
    const SIBLING: &str = r"(?:[、，]?“[^“”\n]{1,12}”)";
    let pattern = format!(
        "{}{SIBLING}*[、，]?(“{}”){SIBLING}*等?{}",
        regex::escape(prefix),
        regex::escape(core),
        regex::escape(suffix)
    );
    let Ok(re) = Regex::new(&pattern) else {
        return Vec::new();
    };
    regions
        .iter()
        .flat_map(|region| {
            re.captures_iter(&text[region.clone()])
                .filter_map(|c| c.get(1))
                .map(|m| region.start + m.start()..region.start + m.end())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `未来产业六大领域` used as `在六大领域开展…`: a note whose term ends in a
/// counted phrase and is never written out whole is used by that phrase.
fn count_tail_uses(text: &str, regions: &[Range<usize>], name: &str) -> Vec<Range<usize>> {
    static COUNTED_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[一二三四五六七八九十两]{1,2}[大个项类种条张][\p{Han}]{2,4}$")
            .expect("valid regex")
    });
    let name = normalize(name);
    let Some(tail) = COUNTED_TAIL.find(&name).map(|m| m.as_str()) else {
        return Vec::new();
    };
    if tail.len() == name.len() {
        return Vec::new();
    }
    regions
        .iter()
        .flat_map(|region| {
            text[region.clone()]
                .match_indices(tail)
                .map(|(i, m)| region.start + i..region.start + i + m.len())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Term matches in one paragraph, relative to its start.
fn matches_in(text: &str, paragraph: &Range<usize>, matcher: &TermMatcher) -> Matches {
    let skeleton = Skeleton::new(text, std::slice::from_ref(paragraph));
    let mut out = Matches::new();
    matcher.each_match(&skeleton.text, |pattern, range| {
        if let Some(range) = skeleton.source(text, range) {
            out.push((
                pattern,
                range.start - paragraph.start..range.end - paragraph.start,
            ));
        }
    });
    out
}

/// Keys joined into one text, parted by a line break, which no key holds
/// (the skeleton drops it): whether any key holds a word is one search of
/// that text, not one search per key.
struct KeysText {
    text: String,
    empty: bool,
}

impl KeysText {
    fn of(keys: &[String]) -> KeysText {
        debug_assert!(keys.iter().all(|k| !k.contains('\n')));
        KeysText {
            text: keys.join("\n"),
            empty: keys.is_empty(),
        }
    }

    /// Whether some key holds `word`: a word with a line break none does.
    fn holds(&self, word: &str) -> bool {
        !self.empty && !word.contains('\n') && self.text.contains(word)
    }
}

/// What a term table is built from.
pub struct TermInputs<'a> {
    /// Each note's term and aliases, by note index.
    pub notes: Vec<(usize, Vec<&'a str>)>,
    /// Glossary keys, in order.
    pub glossary: Vec<&'a str>,
    /// Extra well-known slogans from the configuration.
    pub known: &'a [String],
}

/// The caches a parse reads from (the previous version's) and fills.
pub struct Caches<'a> {
    pub old: Option<&'a ParagraphCache>,
    pub new: &'a mut ParagraphCache,
}

/// What matches the terms' keys (see [`TermMatcher`]): the previous
/// version's when the keys are the same (a keystroke rarely changes a
/// term, and building it cost more than matching the edited paragraph),
/// else built. `None` when it cannot be built (patterns are short strings:
/// not in practice), and then there are simply no uses.
fn term_automaton(patterns: &[(String, usize)], caches: &mut Caches) -> Option<Arc<TermMatcher>> {
    let same_keys = |keys: &[String]| {
        keys.len() == patterns.len() && keys.iter().zip(patterns).all(|(a, (b, _))| a == b)
    };
    let automaton = match caches.old.and_then(|c| c.term_automaton.as_ref()) {
        Some((keys, automaton)) if same_keys(keys) => Arc::clone(automaton),
        _ => Arc::new(TermMatcher::new(patterns.iter().map(|(k, _)| k.as_str()))?),
    };
    if caches.new.keep {
        let keys = patterns.iter().map(|(k, _)| k.clone()).collect();
        caches.new.term_automaton = Some((keys, Arc::clone(&automaton)));
    }
    Some(automaton)
}

/// Finds every term and slogan use in the body regions, paragraph by
/// paragraph, reusing what unchanged paragraphs gave before.
pub fn find_terms_cached(
    text: &str,
    regions: &[Range<usize>],
    paragraphs: &[Range<usize>],
    inputs: &TermInputs,
    caches: &mut Caches,
) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // Keys that two notes share (`四个一`) mean neither.
    let mut owners: HashMap<String, Vec<usize>> = HashMap::new();
    // Each note's keys, read once for the owners and once for the patterns.
    let notes_keys: Vec<Vec<Vec<String>>> = inputs
        .notes
        .iter()
        .map(|(_, names)| note_keys(names))
        .collect();
    for ((note, _), keys_of_note) in inputs.notes.iter().zip(&notes_keys) {
        for (n, keys) in keys_of_note.iter().enumerate() {
            for (k, key) in keys.iter().enumerate() {
                let primary = n == 0 && k == 0;
                let entry = owners.entry(key.clone()).or_default();
                if primary {
                    entry.insert(0, *note);
                } else if !entry.contains(note) {
                    entry.push(*note);
                }
            }
        }
    }
    let mut note_terms: HashMap<usize, usize> = HashMap::new();
    let mut patterns: Vec<(String, usize)> = Vec::new();
    // Patterns of names run together, with each name's length: their
    // uses are counted per name, as when written apart.
    let mut joined: HashMap<usize, Vec<usize>> = HashMap::new();
    for ((note, names), keys_of_note) in inputs.notes.iter().zip(notes_keys) {
        let Some(first) = names.first() else { continue };
        let run_together = joined_names(names);
        let index = terms.len();
        terms.push(Term {
            text: first.to_string(),
            key: normalize(first),
            source: TermSource::Note(*note),
            uses: Vec::new(),
        });
        note_terms.insert(*note, index);
        for keys in keys_of_note {
            let written = keys.first().cloned().unwrap_or_default();
            for key in keys {
                let owner = &owners[&key];
                let unique = owner.len() == 1 || (owner[0] == *note && written == key);
                if unique && owner[0] == *note && !by_key.contains_key(&key) {
                    by_key.insert(key.clone(), index);
                    if let Some((run, lengths)) = &run_together
                        && *run == key
                    {
                        joined.insert(patterns.len(), lengths.clone());
                    }
                    patterns.push((key, index));
                }
            }
        }
    }
    for (g, entry) in inputs.glossary.iter().enumerate() {
        let key = normalize(entry);
        if key.chars().count() < 2 || by_key.contains_key(&key) {
            continue;
        }
        let index = terms.len();
        terms.push(Term {
            text: entry.to_string(),
            key: key.clone(),
            source: TermSource::Glossary(g),
            uses: Vec::new(),
        });
        by_key.insert(key.clone(), index);
        patterns.push((key, index));
    }

    // Slogans: defined when a note or glossary key contains them.
    let defined_keys: Vec<String> = owners
        .keys()
        .chain(patterns.iter().map(|(k, _)| k))
        .cloned()
        .collect();
    let mut pattern_keys: std::collections::HashSet<String> =
        patterns.iter().map(|(k, _)| k.clone()).collect();
    let defined = KeysText::of(&defined_keys);
    let mut slogan_hits: Vec<(usize, Range<usize>)> = Vec::new();
    for hit in find_slogans(text, paragraphs, caches) {
        if defined.holds(&hit.key) {
            continue;
        }
        let index = *by_key.entry(hit.key.clone()).or_insert_with(|| {
            let known = WELL_KNOWN_SLOGANS.contains(&hit.key.as_str())
                || inputs.known.iter().any(|k| normalize(k) == hit.key);
            terms.push(Term {
                text: hit.display.clone(),
                key: hit.key.clone(),
                source: if known {
                    TermSource::Known
                } else {
                    TermSource::Slogan
                },
                uses: Vec::new(),
            });
            terms.len() - 1
        });
        if han_count(&hit.key) >= 2 {
            if pattern_keys.insert(hit.key.clone()) {
                patterns.push((hit.key.clone(), index));
            }
        } else {
            slogan_hits.push((index, hit.range));
        }
    }

    if !patterns.is_empty()
        && let Some(automaton) = term_automaton(&patterns, caches)
    {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&patterns, &mut hasher);
        let fingerprint = std::hash::Hasher::finish(&hasher);
        for paragraph in paragraphs {
            let found = reuse(
                caches.new.keep,
                caches.old.map(|c| &c.matches),
                &mut caches.new.matches,
                || TextQuery::new(&text[paragraph.clone()], fingerprint),
                || matches_in(text, paragraph, &automaton),
            );
            for (pattern, range) in found.iter() {
                let uses = &mut terms[patterns[*pattern].1].uses;
                let range = shift(range, paragraph.start);
                match joined.get(pattern) {
                    Some(lengths) => uses.extend(split_joined(text, &range, lengths)),
                    None => uses.push(range),
                }
            }
        }
    }
    // `“334”“622”联农带农模式` uses two notes at once: match a note that
    // found no use with sibling quotes between its parts.
    for (note, names) in &inputs.notes {
        let Some(&index) = note_terms.get(note) else {
            continue;
        };
        if !terms[index].uses.is_empty() {
            continue;
        }
        for name in names {
            terms[index].uses.extend(sibling_uses(text, regions, name));
        }
        if terms[index].uses.is_empty()
            && let Some(first) = names.first()
        {
            terms[index]
                .uses
                .extend(count_tail_uses(text, regions, first));
        }
    }
    for (index, range) in slogan_hits {
        let uses = &mut terms[index].uses;
        if !uses.iter().any(|u| overlaps(u, &range)) {
            uses.push(range);
        }
    }
    for term in &mut terms {
        term.uses.sort_by_key(|r| r.start);
    }
    // Slogans found only inside a longer term's use are that term's words.
    let mut covered: Vec<Range<usize>> = terms
        .iter()
        .filter(|t| matches!(t.source, TermSource::Note(_) | TermSource::Glossary(_)))
        .flat_map(|t| t.uses.iter().cloned())
        .collect();
    covered.sort_by_key(|r| r.start);
    for term in terms
        .iter_mut()
        .filter(|t| matches!(t.source, TermSource::Slogan | TermSource::Known))
    {
        term.uses.retain(|u| !is_covered(&covered, u));
    }
    terms.retain(|t| {
        matches!(t.source, TermSource::Note(_) | TermSource::Glossary(_)) || !t.uses.is_empty()
    });
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_changed_character_opens_with_a_byte_the_skeleton_decodes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if skeleton_char(c) != Some(c) {
                let mut bytes = [0; 4];
                let lead = c.encode_utf8(&mut bytes).as_bytes()[0];
                assert!(may_drop_or_fold(lead), "{c:?} is changed but skipped");
                assert_eq!(utf8_width(lead), c.len_utf8());
            }
        }
    }

    #[test]
    fn every_slogan_numeral_opens_with_the_bytes_the_window_looks_for() {
        // The search finds SLOGAN_NUMERALS; the window tests is_slogan_numeral.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_slogan_numeral(c), SLOGAN_NUMERALS.contains(c), "{c:?}");
        }
        // The fallback search finds their lead bytes.
        for c in SLOGAN_NUMERALS.chars() {
            let mut bytes = [0; 4];
            assert!(matches!(
                c.encode_utf8(&mut bytes).as_bytes()[0],
                0xE4 | 0xE5
            ));
        }
    }

    #[test]
    fn the_skeleton_drops_quotes_and_spaces_and_folds_full_width_forms() {
        let text = "甲“乙”　丙ＡＢ•丁\n戊";
        let whole = 0..text.len();
        let skeleton = Skeleton::new(text, std::slice::from_ref(&whole));
        assert_eq!(skeleton.text, "甲乙丙AB·丁戊\u{0}");
        let b = skeleton.text.find('B').unwrap();
        assert_eq!(&text[skeleton.source_of(b).unwrap()..], "Ｂ•丁\n戊");
        let wu = skeleton.text.find('戊').unwrap();
        assert_eq!(&text[skeleton.source_of(wu).unwrap()..], "戊");
    }

    #[test]
    fn one_search_of_the_joined_keys_is_a_search_of_each() {
        let keys: Vec<String> = ["三新一高", "四个一", "十件民生实事", "10+8", "机会清单"]
            .iter()
            .map(|k| normalize(k))
            .collect();
        let words = [
            "三新",
            "一高四",
            "四个一",
            "个一",
            "实事10",
            "10+8",
            "+",
            "",
            "清单",
            "五个一",
            "\n",
            "单\n三",
            "高",
        ];
        for keys in [&keys[..], &keys[..1], &[]] {
            let joined = KeysText::of(keys);
            for word in words {
                let each = keys.iter().any(|k| k.contains(word));
                assert_eq!(joined.holds(word), each, "{word:?} in {keys:?}");
            }
        }
    }

    /// The skeleton as it was built reading every character: the byte
    /// search must build the same text and the same jumps.
    fn skeleton_by_chars(text: &str, regions: &[Range<usize>]) -> (String, Vec<(usize, usize)>) {
        let mut skeleton = String::new();
        let mut jumps = Vec::new();
        for region in regions {
            let slice = &text[region.clone()];
            let mut run: Option<usize> = None;
            for (at, c) in slice.char_indices() {
                let kept = skeleton_char(c);
                if kept == Some(c) {
                    if run.is_none() {
                        run = Some(at);
                        jumps.push((skeleton.len(), region.start + at));
                    }
                    continue;
                }
                if let Some(start) = run.take() {
                    skeleton.push_str(&slice[start..at]);
                }
                if let Some(folded) = kept {
                    jumps.push((skeleton.len(), region.start + at));
                    skeleton.push(folded);
                }
            }
            if let Some(start) = run.take() {
                skeleton.push_str(&slice[start..]);
            }
            jumps.push((skeleton.len(), region.end));
            skeleton.push('\u{0}');
        }
        (skeleton, jumps)
    }

    /// The word-at-a-time search stops where the byte-by-byte one does,
    /// from every start, over texts holding every byte the table marks and
    /// bytes next to them.
    #[test]
    fn the_word_search_finds_the_bytes_the_table_marks() {
        let by_bytes = |bytes: &[u8], from: usize| {
            bytes[from..]
                .iter()
                .position(|&b| OPENS_DROPPED_OR_FOLDED[usize::from(b)])
                .map_or(bytes.len(), |p| from + p)
        };
        let mut texts: Vec<Vec<u8>> = [
            "",
            "建设",
            "推进高质量发展，建设现代化经济体系。",
            "全面实施“三新一高”战略，完成投资５００亿元　同比增长8.5%",
            "a\tb\x0cc\nd\re\"f g!h#i",
            "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥\u{a0}「甲」『乙』〝丙〞・•‧∙\u{feff}\u{2002}",
        ]
        .iter()
        .map(|t| t.as_bytes().to_vec())
        .collect();
        // Every byte value alone, amid bytes none of which is marked, at
        // each place of a word.
        for byte in 0..=255u8 {
            for at in 0..9 {
                let mut bytes = vec![0xE5; 17];
                bytes[at] = byte;
                texts.push(bytes);
            }
        }
        for bytes in &texts {
            for from in 0..=bytes.len() {
                assert_eq!(
                    next_may_change(bytes, from),
                    by_bytes(bytes, from),
                    "{bytes:?} from {from}"
                );
            }
        }
    }

    #[test]
    fn the_byte_search_builds_the_skeleton_reading_every_character_builds() {
        // No byte inside a character stops the search.
        assert!((0x80..=0xBF).all(|b| !OPENS_DROPPED_OR_FOLDED[b]));
        let texts = [
            "甲“乙”　丙ＡＢ•丁\n戊",
            "“三大工程”，即“甲、乙”和\"丙\"：（一）A B\r\n\t¥·é𝄞‧∙・",
            "  开头和结尾都是空格  ",
            "全是汉字没有标点",
            "",
            "\u{a0}\u{200b}\u{feff}\u{2002}\u{3000}１２３％．",
        ];
        for text in texts {
            let whole = 0..text.len();
            let mut regions = vec![whole.clone()];
            // Two regions, split at a character boundary near the middle.
            if let Some(mid) = (text.len() / 2..text.len()).find(|&i| text.is_char_boundary(i)) {
                regions = vec![0..mid, mid..text.len()];
            }
            for regions in [vec![whole], regions] {
                let fast = Skeleton::new(text, &regions);
                let (slow_text, slow_jumps) = skeleton_by_chars(text, &regions);
                assert_eq!(fast.text, slow_text, "{text:?}");
                assert_eq!(fast.jumps, slow_jumps, "{text:?}");
            }
        }
    }

    #[test]
    fn short_quotes_are_what_the_regex_finds() {
        let regex = Regex::new(r#"[“"]([^“”"\n\r]{1,14})[”"]"#).expect("valid regex");
        let texts = [
            "甲“三大工程”乙\"五个一\"丙“”丁“一二三四五六七八九十一二三四”戊",
            "“一二三四五六七八九十一二三四五”“甲“乙”\"丙”丁\"“\n”“\r”—…“",
            "\"\"甲\"\"“两”“”\"",
            "“甲",
            "",
        ];
        for text in texts {
            let expected: Vec<_> = regex
                .captures_iter(text)
                .map(|caps| {
                    let range = |i: usize| caps.get(i).expect("a group").range();
                    (range(0), range(1))
                })
                .collect();
            assert_eq!(short_quotes(text).collect::<Vec<_>>(), expected, "{text}");
        }
    }

    #[test]
    fn a_slogan_needs_a_numeral_or_a_digit_full_width_ones_too() {
        assert!(!is_numeric_slogan("放管服"));
        assert!(!is_numeric_slogan("最美 乡村"));
        assert!(is_numeric_slogan("５０２０"));
        assert!(is_numeric_slogan("１＋Ｎ"));
        assert!(is_numeric_slogan("三大工程"));
        assert!(is_numeric_slogan("一办五牵头"));
    }

    /// A plan's period and a year are no slogan, full-width too: the
    /// regexes still read them after the test of their first character.
    #[test]
    fn plans_and_years_are_no_slogan() {
        for core in [
            "十四五",
            "十四五规划",
            "十三五时期",
            "2025年",
            "１９９８年以来",
            "2030",
        ] {
            assert!(!is_numeric_slogan(core), "{core}");
        }
        // Opening with the same characters, they may be.
        assert!(is_numeric_slogan("十大工程"));
        assert!(is_numeric_slogan("1+5"));
    }

    #[test]
    fn a_quoted_phone_line_number_is_no_slogan() {
        let keys =
            |text: &str| -> Vec<String> { slogans_in(text).into_iter().map(|s| s.key).collect() };
        assert!(keys("优化“12345”政务服务热线平台。").is_empty());
        assert!(keys("受理“12345便民热线”诉求。").is_empty());
        assert!(keys("整合“12345”市长专线。").is_empty());
        // A number naming a plan, or joined with words, stays a slogan.
        assert_eq!(keys("落实“12345”发展战略。"), vec!["12345"]);
        assert_eq!(keys("推行“党建+12345+网格”模式。"), vec!["党建+12345+网格"]);
    }

    /// Terms of a whole text, without a cache.
    fn find_terms(text: &str, regions: &[Range<usize>], inputs: &TermInputs) -> Vec<Term> {
        let paragraphs =
            crate::cache::logical_paragraphs(text, &crate::lines::split_lines(text), regions);
        let mut new = ParagraphCache::default();
        find_terms_cached(
            text,
            regions,
            &paragraphs,
            inputs,
            &mut Caches {
                old: None,
                new: &mut new,
            },
        )
    }

    #[test]
    fn quoted_names_joined_by_and_are_each_a_key() {
        let keys = note_keys(&["“甲园”和“乙区”"]);
        let firsts: Vec<&str> = keys
            .iter()
            .filter_map(|k| k.first())
            .map(String::as_str)
            .collect();
        assert_eq!(firsts, ["甲园和乙区", "甲园", "乙区"]);
        // Words joined inside one name stay one.
        assert_eq!(note_keys(&["“产城融合”和谐发展"]).len(), 1);
    }

    #[test]
    fn keys_of_note_terms() {
        assert_eq!(
            term_keys("2022年十件民生实事"),
            vec!["2022年十件民生实事", "十件民生实事"]
        );
        assert_eq!(
            term_keys("省级“机会清单”"),
            vec!["省级机会清单", "机会清单"]
        );
        assert_eq!(term_keys("“超时默许制”"), vec!["超时默许制"]);
        // A gloss or a date the note adds, and a title's marks.
        for term in [
            "甲园乙区（Two Parks）",
            "甲园乙区(jia yuan yi qu)",
            "甲园乙区 Two Parks",
            "甲园乙区（2031年）",
            "甲园乙区（2031年3月提出）",
            "《甲园乙区》",
        ] {
            assert_eq!(
                term_keys(term).last().map(String::as_str),
                Some("甲园乙区"),
                "{term}"
            );
        }
        // Chinese words in brackets may be another name, and stay.
        assert_eq!(
            term_keys("甲园乙区（简称甲园）"),
            vec!["甲园乙区(简称甲园)"]
        );
        assert_eq!(term_keys("《甲》"), vec!["《甲》"]);
        assert_eq!(
            term_keys("2023年为民“十”事"),
            vec!["2023年为民十事", "为民十事"]
        );
    }

    #[test]
    fn slogans() {
        for yes in [
            "六个一",
            "5020",
            "1+2+1",
            "10+8",
            "一办五牵头",
            "三大工程",
            "四风",
            "三新一高",
            "1+N",
        ] {
            assert!(is_numeric_slogan(yes), "{yes}");
        }
        for no in [
            "九连冠",
            "三明医改",
            "十四五",
            "一网通办",
            "一老一小",
            "2025",
            "二十",
            "千方百计",
            "5%",
            "第",
            "三心二意",
        ] {
            assert!(!is_numeric_slogan(no), "{no}");
        }
    }

    fn run(text: &str, notes: Vec<(usize, Vec<&str>)>) -> Vec<Term> {
        let inputs = TermInputs {
            notes,
            glossary: vec![],
            known: &[],
        };
        let whole = 0..text.len();
        find_terms(text, std::slice::from_ref(&whole), &inputs)
    }

    #[test]
    fn longest_match_wins_and_quotes_do_not_matter() {
        let text = "完善“四个一”改革统筹推进机制，建成“四个一”安防工程，推行超时默许制。";
        let terms = run(
            text,
            vec![
                (0, vec!["“四个一”改革统筹推进机制"]),
                (1, vec!["“四个一”安防工程"]),
                (2, vec!["“超时默许制”"]),
            ],
        );
        let uses: Vec<usize> = terms.iter().take(3).map(|t| t.uses.len()).collect();
        assert_eq!(uses, vec![1, 1, 1]);
        assert_eq!(&text[terms[1].uses[0].clone()], "四个一”安防工程");
        assert!(
            terms.iter().all(|t| t.source != TermSource::Slogan),
            "{terms:?}"
        );
    }

    #[test]
    fn a_slogan_spelled_out_on_the_spot_needs_no_note() {
        let slogans = |text: &str| -> Vec<String> {
            run(text, vec![])
                .into_iter()
                .filter(|t| t.source == TermSource::Slogan)
                .map(|t| t.key)
                .collect()
        };
        for text in [
            "开展“两个行动”，即甲行动和乙行动。",
            "办好“三件实事”：甲、乙、丙。",
            "推进“两基”（城镇和乡村基础设施）建设。",
            // Half-width brackets, as a report re-typed in ASCII punctuation.
            "守住“两条红线”(耕地保护、安全生产)不放松。",
            "推动“两个转向”(即由量转质和由外转内)。",
            // Four characters numeral, word, numeral, word: read unquoted
            // too, but the quotes say where the words stand.
            "实行“三保三压”，即保工资、保运转，压会议、压出国、压公车。",
        ] {
            assert_eq!(slogans(text), Vec::<String>::new(), "{text}");
        }
        // A bracket of years or one name explains nothing.
        for text in [
            "实施“三年行动”（2024—2026年）。",
            "实施“两个行动”（试行）。",
            "实施“三年行动”(2024—2026年)。",
        ] {
            assert_eq!(slogans(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn sibling_quotes_share_a_prefix_or_suffix() {
        let text = "推广“334”“622”联农带农模式，出台稳增长“18条”“16条”。";
        let terms = run(
            text,
            vec![
                (0, vec!["“334”联农带农模式"]),
                (1, vec!["“622”联农带农模式"]),
                (2, vec!["稳增长“18条”"]),
                (3, vec!["稳增长“16条”"]),
            ],
        );
        for (term, core) in terms.iter().zip(["334", "622", "18条", "16条"]) {
            assert_eq!(term.uses.len(), 1, "{term:?}");
            assert!(text[term.uses[0].clone()].contains(core), "{term:?}");
        }
    }

    #[test]
    fn names_a_note_gives_apart_are_used_run_together() {
        // The note names two things, `一窗、两库`; the body writes them in
        // one breath, and once apart: each name is used twice.
        let text = "建成“一窗两库”服务体系，推动一窗受理、两库共享。";
        let terms = run(text, vec![(0, vec!["一窗", "两库"]), (1, vec!["三清单"])]);
        let uses: Vec<&str> = terms[0].uses.iter().map(|u| &text[u.clone()]).collect();
        assert_eq!(uses, vec!["一窗", "两库", "一窗", "两库"], "{terms:?}");
        // Quoted side by side, each name is its own use.
        let text = "落实“一窗”“两库”要求。";
        let terms = run(text, vec![(0, vec!["一窗", "两库"])]);
        let uses: Vec<&str> = terms[0].uses.iter().map(|u| &text[u.clone()]).collect();
        assert_eq!(uses, vec!["一窗", "两库"], "{terms:?}");
        assert!(
            terms.iter().all(|t| t.source != TermSource::Slogan),
            "{terms:?}"
        );
    }

    #[test]
    fn a_counted_tail_links_a_note() {
        let text = "出台未来农业行动方案，在五大方向开展布局。";
        let terms = run(
            text,
            vec![(0, vec!["未来农业五大方向"]), (1, vec!["城市更新三项工程"])],
        );
        assert_eq!(&text[terms[0].uses[0].clone()], "五大方向");
        assert!(terms[1].uses.is_empty());
    }

    #[test]
    fn undefined_and_known_slogans() {
        let text = "引进“7788”项目3个，落实“七个一”机制，坚决做到“两个维护”，统筹三区三线，一心一意谋发展。";
        let terms = run(text, vec![]);
        let got: Vec<_> = terms.iter().map(|t| (t.text.as_str(), t.source)).collect();
        assert_eq!(
            got,
            vec![
                ("“7788”项目", TermSource::Slogan),
                ("“七个一”机制", TermSource::Slogan),
                ("“两个维护”", TermSource::Known),
                ("三区三线", TermSource::Slogan),
            ]
        );
    }
}
