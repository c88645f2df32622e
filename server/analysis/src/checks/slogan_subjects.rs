//! A slogan said of the things its clause names as subjects: `甲数和乙数实
//! 现“双下降”`, `甲、乙、丙保持“三提升”`. The slogan counts what the verb
//! before it is said of: each subject is one counted thing, whether or not
//! it carries the slogan's word (the word is what happens to it).
//!
//! Read only in that frame: a list of names, a linking verb (`实现`, `保
//! 持`) right before the quoted slogan, and the slogan closing its clause.
//! A slogan of one part only, and not a count of things (`两个百分百` may
//! count anything about its subjects) nor of years (`十八连丰`).
//!
//! With no verb, the names touching the slogan are its subjects as the
//! count rule reads them ([`crate::subject_counts`]): a numeral before a
//! word of change counts who changes (`甲数和乙数“双下降”`), so one name
//! too few is a slip; before any other word the names only confirm.

use std::ops::Range;

use crate::chars::is_quote;
use crate::slogan_count::SloganPart;

/// The verbs that say a slogan of the subjects before them.
const LINKING_VERBS: [&str; 2] = ["实现", "保持"];

/// The most characters in one subject.
const MAX_SUBJECT: usize = 16;

/// The most characters of a name confirming a slogan whose word is no
/// change.
const MAX_PLAIN_NAME: usize = 12;

/// The subjects of a slogan: their list (relative to the line) and how many.
pub(super) struct Subjects {
    pub list: Range<usize>,
    pub count: usize,
}

/// `甲和乙实现“双X”，`: the subjects of the slogan quoted at `open..close`
/// (`close` past its closing quote) when the clause is read only one way.
pub(super) fn subjects_before(
    line: &str,
    open: usize,
    close: usize,
    parts: &[SloganPart],
) -> Option<Subjects> {
    let [part] = parts else {
        return None;
    };
    if part.numeral < 2 || part.measured() || part.written.starts_with('连') {
        return None;
    }
    // The slogan closes its clause: nothing after it says what kind of
    // thing it names (`实现“双百”园区`).
    let closes = line[close..].chars().next().is_none_or(|c| {
        matches!(
            c,
            '，' | '。' | '；' | '！' | '？' | ',' | ';' | '\r' | '\n'
        )
    });
    if !closes {
        return None;
    }
    let verb = LINKING_VERBS.iter().find(|v| line[..open].ends_with(*v))?;
    let verb_start = open - verb.len();
    let start = super::slogans::clause_start_before(line, verb_start)?;
    let list = &line[start..verb_start];
    let count = subjects_in(list)?;
    Some(Subjects {
        list: start..verb_start,
        count,
    })
}

/// `甲数和乙数“双下降”`, `以甲和乙“双品牌”为引领`: the names right before a
/// quoted slogan of one part, as the count rule reads a numeral's subjects
/// (`inner` is the slogan inside its quotes). The count rule leaves a
/// slogan the slogan reader reads to it, so the two never both report.
pub(super) fn counted_subjects(
    line: &str,
    inner: &Range<usize>,
    parts: &[SloganPart],
) -> Option<Subjects> {
    let [part] = parts else {
        return None;
    };
    if part.measured() {
        return None;
    }
    // The numeral opens the slogan: a lead word (`新三样`) names a kind.
    let slogan = line.get(inner.clone())?;
    let numeral_len: usize = slogan
        .chars()
        .take_while(|c| crate::echoed_counts::numeral_like(*c))
        .map(char::len_utf8)
        .sum();
    if numeral_len == 0 {
        return None;
    }
    // A byte test before any reading: names are joined (`、`, `和`, `与`,
    // `及`) in the clause before the quote; most slogans follow a verb.
    let open = inner.start.checked_sub('“'.len_utf8())?;
    let clause = &line[super::slogans::clause_start_before(line, open)?..open];
    if !["、", "和", "与", "及"].iter().any(|j| clause.contains(j)) {
        return None;
    }
    let word = inner.start + numeral_len;
    let list = crate::subject_counts::subject_count(line, word)?;
    let (first, last) = (list.items.first()?, list.items.last()?);
    // Before any other word, names agree with a pair word too easily to
    // confirm it unless each is a plain short name (`以甲和乙“双品牌”`,
    // not `支持甲区创建国家级示范区、乙县“两山”`).
    let plain = |r: &Range<usize>| {
        let name = &line[r.clone()];
        name.chars().count() <= MAX_PLAIN_NAME && !name.contains(is_quote)
    };
    if !crate::subject_counts::opens_with_change(&line[word..]) && !list.items.iter().all(plain) {
        return None;
    }
    (list.count == part.numeral).then_some(Subjects {
        list: first.start..last.end,
        count: list.items.len(),
    })
}

/// How many subjects `list` names, when it is a plain list of names: `A、
/// B和C` (a joining word only before the last), or `A和B`. Anything that
/// may group or qualify the names otherwise (`的`, `等`, brackets, a `和`
/// inside an earlier name) reads nothing.
fn subjects_in(list: &str) -> Option<usize> {
    if list.contains(['的', '等', '《', '（', '(', '“', '”']) {
        return None;
    }
    const JOINS: [char; 3] = ['和', '与', '及'];
    let mut names: Vec<&str> = list.split('、').collect();
    let last = names.pop()?;
    if names.iter().any(|n| n.contains(JOINS)) {
        return None;
    }
    let mut tail = last.split(JOINS);
    names.extend(tail.by_ref().take(2));
    if tail.next().is_some() {
        return None;
    }
    let plain = names
        .iter()
        .all(|n| (1..=MAX_SUBJECT).contains(&n.chars().count()));
    (plain && names.len() >= 2).then_some(names.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slogan_count::parse_slogan;

    fn read(line: &str) -> Option<usize> {
        let open = line.find('“')?;
        let inner = open + '“'.len_utf8();
        let end = inner + line[inner..].find('”')?;
        let parts = parse_slogan(&line[inner..end])?;
        subjects_before(line, open, end + '”'.len_utf8(), &parts).map(|s| s.count)
    }

    #[test]
    fn counts_the_subjects_of_the_verb() {
        assert_eq!(
            read("全年甲类案件和乙类案件实现“双下降”，治安向好。"),
            Some(2)
        );
        assert_eq!(read("甲指数、乙浓度和丙比例保持“三改善”。"), Some(3));
        assert_eq!(read("甲规模、乙规模实现“三下降”。"), Some(2));
    }

    #[test]
    fn abstains_outside_the_frame() {
        // One subject, or none.
        assert_eq!(read("全市甲类事故实现“双下降”。"), None);
        // A count of things, a run of years, a name of something.
        assert_eq!(read("甲保险、乙保险和丙保险实现“两个全覆盖”。"), None);
        assert_eq!(read("甲产量、乙面积实现“四连增”。"), None);
        assert_eq!(read("甲园和乙园实现“双百”园区。"), None);
        // Grouped or qualified names.
        assert_eq!(read("甲和乙、丙和丁实现“双达标”。"), None);
        assert_eq!(read("甲和乙的投资实现“双增长”。"), None);
        assert_eq!(read("甲、乙等项目实现“双提速”。"), None);
        // No linking verb: the list may be anything.
        assert_eq!(read("甲和乙“双下降”。"), None);
    }
}
