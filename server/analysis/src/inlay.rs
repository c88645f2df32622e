//! Inlay hints of the report itself: after a marker, its note's term
//! (`⑩` → `互联网+第四方物流`); after a figure written in another unit than
//! its neighbours (`7154万元` among 亿元), its value in theirs. Last year's
//! targets beside this year's figures are `draft_ide`'s.

use std::ops::Range;

use crate::chars::{is_quote, is_space};
use crate::config::InlayHintSettings;
use crate::document::Document;
use crate::figures::display::format_number;
use crate::figures::{Figure, FigureKind, Qualifier};

/// What a hint shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintKind {
    /// A marker's note term.
    Marker,
    /// A figure in its neighbours' unit.
    Figure,
}

/// A label shown after the text at `offset`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub offset: usize,
    pub label: String,
    pub kind: HintKind,
}

/// The hints whose place is in `range` (bytes), in text order, of the kinds
/// `settings` enables. Costs about the markers and figures in `range`.
pub fn hints(doc: &Document, range: Range<usize>, settings: &InlayHintSettings) -> Vec<Hint> {
    let mut out = Vec::new();
    if settings.markers() {
        let first = doc.markers.partition_point(|m| m.range.end < range.start);
        for marker in doc.markers[first..]
            .iter()
            .take_while(|m| m.range.end <= range.end)
        {
            let Some(term) = marker
                .note
                .and_then(|n| doc.notes.get(n))
                .and_then(|n| n.term.as_deref())
            else {
                continue;
            };
            let label = term.trim_matches(|c: char| is_quote(c) || is_space(c));
            if !label.is_empty() {
                out.push(Hint {
                    offset: marker.range.end,
                    label: label.to_string(),
                    kind: HintKind::Marker,
                });
            }
        }
    }
    if settings.figures() {
        let first = doc.figures.partition_point(|f| f.span.end < range.start);
        let mut i = first;
        while let Some(figure) = doc.figures.get(i) {
            if figure.span.end > range.end {
                break;
            }
            if let Some(label) = figure_hint(doc, i) {
                out.push(Hint {
                    offset: figure.span.end,
                    label,
                    kind: HintKind::Figure,
                });
            }
            i += 1;
        }
    }
    out.sort_by_key(|h| h.offset);
    out
}

/// The multiplier a figure is written with: 1, 万, 亿 or 万亿.
fn written_scale(doc: &Document, figure: &Figure) -> Option<(f64, &'static str)> {
    let number = doc.text.get(figure.number_span.clone())?;
    let after = doc.text.get(figure.number_span.end..figure.span.end)?;
    let written = |s: &str, w: &str| s.ends_with(w) || after.starts_with(w);
    Some(if written(number, "万亿") {
        (1e12, "万亿")
    } else if written(number, "亿") {
        (1e8, "亿")
    } else if written(number, "万") {
        (1e4, "万")
    } else {
        (1.0, "")
    })
}

fn comparable(a: &Figure, b: &Figure) -> bool {
    a.kind == b.kind && a.unit == b.unit
}

fn scalable(figure: &Figure) -> bool {
    matches!(
        figure.kind,
        FigureKind::Amount | FigureKind::Count | FigureKind::Measure
    ) && !matches!(figure.qualifier, Some(Qualifier::Range | Qualifier::More))
        && figure.value.is_finite()
}

/// `0.7154亿元` after `7154万元` when its two nearest neighbours of the
/// same quantity in its paragraph (one on each side, else the two on the
/// side there is) are both written in 亿元.
fn figure_hint(doc: &Document, i: usize) -> Option<String> {
    let figure = &doc.figures[i];
    if !scalable(figure) {
        return None;
    }
    let line = doc.line_at(figure.span.start);
    let same_line = |f: &&Figure| doc.line_at(f.span.start) == line;
    let before: Vec<&Figure> = doc.figures[..i]
        .iter()
        .rev()
        .take_while(same_line)
        .filter(|f| comparable(f, figure))
        .take(2)
        .collect();
    let after: Vec<&Figure> = doc.figures[i + 1..]
        .iter()
        .take_while(same_line)
        .filter(|f| comparable(f, figure))
        .take(2)
        .collect();
    let neighbours: Vec<&Figure> = match (before.first(), after.first()) {
        (Some(b), Some(a)) => vec![b, a],
        (Some(_), None) => before,
        (None, Some(_)) => after,
        (None, None) => Vec::new(),
    };
    if neighbours.len() < 2 || !neighbours.iter().all(|f| scalable(f)) {
        return None;
    }
    let scales: Vec<(f64, &str)> = neighbours
        .iter()
        .filter_map(|f| written_scale(doc, f))
        .collect();
    let (scale, word) = *scales.first()?;
    if scales.len() < 2 || scales.iter().any(|(s, _)| *s != scale) {
        return None;
    }
    let (own, _) = written_scale(doc, figure)?;
    if own == scale {
        return None;
    }
    let unit = if figure.unit == "分之" {
        ""
    } else {
        figure.unit.as_str()
    };
    Some(format!(
        "= {}{word}{unit}",
        format_number(figure.value / scale, figure.precision / scale)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    /// The text with each hint written in `⟨…⟩` at its place.
    fn shown(text: &str, settings: &InlayHintSettings) -> String {
        let doc = Document::parse(text, &Config::default());
        let mut out = text.to_string();
        for hint in hints(&doc, 0..text.len(), settings).iter().rev() {
            out.insert_str(hint.offset, &format!("⟨{}⟩", hint.label));
        }
        out
    }

    const BUDGET: &str = "2031年湖滨县政府工作报告\n一、回顾\n推行“三湖联保”①，建成“智慧渡口”②。全年财政收入12.6亿元，其中渡口收费3850万元，专项债券4.2亿元。新建泊位36个。\n注释\n1.“三湖联保”：联合保护。\n2.智慧渡口：智能管理渡船。\n";

    #[test]
    fn markers_show_their_term_and_a_figure_among_other_units_its_value_in_theirs() {
        insta::assert_snapshot!(shown(BUDGET, &InlayHintSettings::default()), @r"
        2031年湖滨县政府工作报告
        一、回顾
        推行“三湖联保”①⟨三湖联保⟩，建成“智慧渡口”②⟨智慧渡口⟩。全年财政收入12.6亿元，其中渡口收费3850万元⟨= 0.3850亿元⟩，专项债券4.2亿元。新建泊位36个。
        注释
        1.“三湖联保”：联合保护。
        2.智慧渡口：智能管理渡船。
        ");
    }

    #[test]
    fn each_kind_can_be_turned_off() {
        let markers_only = InlayHintSettings {
            figures: Some(false),
            ..InlayHintSettings::default()
        };
        let shown_markers = shown(BUDGET, &markers_only);
        assert!(shown_markers.contains("①⟨三湖联保⟩"), "{shown_markers}");
        assert!(!shown_markers.contains("亿元⟩"), "{shown_markers}");
        let none = InlayHintSettings {
            figures: Some(false),
            markers: Some(false),
        };
        assert_eq!(shown(BUDGET, &none), BUDGET);
    }

    #[test]
    fn no_figure_hint_when_the_neighbours_disagree_or_are_another_quantity() {
        // 3850万元 sits between 亿元 and 万元, 960万元 after 万元 and 亿元:
        // no hint; 12.6亿元 before two 万元 figures has one. 2100万元 has
        // no figure of its quantity beside it.
        let text = "2031年湖滨县政府工作报告\n收入12.6亿元，其中收费3850万元，补助960万元。\n接待游客85万人次，门票收入2100万元。\n";
        insta::assert_snapshot!(shown(text, &InlayHintSettings::default()), @r"
        2031年湖滨县政府工作报告
        收入12.6亿元⟨= 126,000万元⟩，其中收费3850万元，补助960万元。
        接待游客85万人次，门票收入2100万元。
        ");
    }

    #[test]
    fn only_hints_within_the_range() {
        let doc = Document::parse(BUDGET, &Config::default());
        let second = BUDGET.find('②').expect("marker");
        let found = hints(&doc, second..BUDGET.len(), &InlayHintSettings::default());
        let labels: Vec<&str> = found.iter().map(|h| h.label.as_str()).collect();
        assert_eq!(labels, vec!["智慧渡口", "= 0.3850亿元"]);
    }
}
