//! Titles of documents or works closing the words before a count:
//! `出台《甲办法》《乙规则》等4个文件`, `《甲》和《乙》两个文件`,
//! `《甲》《乙》2部作品`. Each pair of title marks holds one title, whatever
//! its words (a `和`, a `、`, a `指` inside are the title's own), so the
//! titles are names as sure as the drafter's marks; the words before the
//! first title (the verb, whose documents) are no name.

use std::ops::Range;

/// The most titles read in one run.
const MAX_TITLES: usize = 30;

/// Words that may join two titles of a run.
const JOINS: &[&str] = &["、", "和", "及", "与", "以及"];

/// The titles of the run closing `before` (words at `offset`), in text
/// order: two or more, each in its own `《》`, touching or joined by one of
/// [`JOINS`]; none when `before` does not end with a title.
pub(crate) fn titles_closing(before: &str, offset: usize) -> Option<Vec<Range<usize>>> {
    let mut titles = Vec::new();
    let mut end = before.len();
    loop {
        let head = &before[..end];
        if !head.ends_with('》') {
            break;
        }
        let open = head.rfind('《')?;
        // Titles do not nest: a `》` inside means the marks are not a pair.
        if head[open + '《'.len_utf8()..end - '》'.len_utf8()].contains(['《', '》'])
            || titles.len() == MAX_TITLES
        {
            return None;
        }
        titles.push(offset + open..offset + end);
        let rest = &before[..open];
        end = JOINS
            .iter()
            .find_map(|j| rest.strip_suffix(j))
            .filter(|r| r.ends_with('》'))
            .map_or(open, str::len);
    }
    titles.reverse();
    (titles.len() >= 2).then_some(titles)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Option<Vec<&str>> {
        titles_closing(s, 0).map(|t| t.iter().map(|r| &s[r.clone()]).collect())
    }

    #[test]
    fn touching_or_joined_titles_close_the_words() {
        assert_eq!(
            names("印发《甲和乙的指导意见》《丙办法》").unwrap(),
            ["《甲和乙的指导意见》", "《丙办法》"]
        );
        assert_eq!(
            names("本市《甲措施》和《乙措施》").unwrap(),
            ["《甲措施》", "《乙措施》"]
        );
        assert_eq!(names("《甲》、《乙》、《丙》").unwrap().len(), 3);
    }

    #[test]
    fn one_title_or_words_after_it_are_no_run() {
        assert!(names("出台《甲办法》").is_none());
        assert!(names("《甲》《乙》提出").is_none());
        assert!(names("甲》《乙》").is_none());
    }
}
