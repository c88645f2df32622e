//! `新录用公务员260人，其中女性138人、少数民族126人`; `引进项目86个，其中
//! 省外项目62个、制造业项目48个`: parts that set the whole apart along
//! different lines (sex and ethnicity; where from and which industry) may
//! count the same things twice, and so may parts naming groups of people
//! by their plight (a graduate may be hard to employ) or things by what
//! they concern (`涉企案件`, `涉民生案件`), or works of an industry beside
//! works at a stage (`其中工业项目26个；竣工项目41个`). A drafter adds up
//! only parts of one line; these are not added up.

/// A line along which a part is set apart from the rest of its whole.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    /// Traits of people, each its own line: the same person has all three.
    Sex,
    Ethnicity,
    Party,
    /// Groups of people named by their plight or past: they overlap.
    Group,
    /// Who runs the things (`公办`, `民营`): like a trait, every school or
    /// firm has one beside its other kinds (`寄宿制学校`).
    Ownership,
    /// Where the things come from (`省外`, `外资`).
    Origin,
    /// Which industry they are of (`制造业`).
    Industry,
    /// What they concern (`涉企`): one thing may concern several.
    Topic,
    /// People's schooling (`本科以上学历`, `硕士`) and their rank in a
    /// trade (`中高级职称`): each person has both.
    Schooling,
    Rank,
    /// Whether the things are new this year (`新增减税降费`) beside the
    /// rest carried on: every kind has some of both.
    Novelty,
    /// The stage works are at (`竣工项目`, `在建项目`): works of every
    /// industry are at some stage.
    Stage,
    /// A title a firm has earned (`高新技术企业`, `专精特新企业`): one firm
    /// may hold several, so two such parts overlap.
    Title,
}

/// Words of the titles firms are awarded, which one firm may hold together.
const TITLES: &[&str] = &[
    "高新技术",
    "科技型",
    "专精特新",
    "小巨人",
    "瞪羚",
    "独角兽",
    "单项冠军",
    "隐形冠军",
    "创新型",
];

/// Words opening a part's name that say what stage its works are at.
const STAGES: &[&str] = &[
    "竣工",
    "建成",
    "完工",
    "投产",
    "投用",
    "在建",
    "续建",
    "新开工",
    "已竣工",
    "已建成",
];

/// Words of a degree held, naming a part by its schooling.
const SCHOOLING: &[&str] = &["学历", "博士", "硕士", "研究生", "本科", "大专", "专科"];

/// Words opening a part's name that say where its things come from.
const ORIGINS: &[&str] = &[
    "省外",
    "省内",
    "市外",
    "市内",
    "县外",
    "县内",
    "区外",
    "区内",
    "境外",
    "境内",
    "国外",
    "国内",
    "外省",
    "外市",
    "外地",
    "本地",
    "本省",
    "本市",
    "本县",
    "本区",
    "外资",
    "内资",
    "外商",
    "港澳台",
];

/// Words of groups of people named by their plight or past.
const GROUPS: &[&str] = &[
    "毕业生",
    "农民工",
    "退役军人",
    "脱贫",
    "困难",
    "残疾",
    "低保",
    "失业",
    "零就业",
];

/// Words of who runs a school, a hospital or a firm.
const OWNERS: &[&str] = &["公办", "民办", "公立", "私立", "国有", "民营", "非公"];

/// Characters before `业` that make a word other than an industry
/// (`企业`, `就业`, `毕业`, `专业`, `创业`, `物业`, `作业`, `职业`, `事业`).
const NOT_INDUSTRY: &str = "企就毕专创物作职事学营";

/// Units counting people: traits and groups are read only on them
/// (`脱贫村`, `非脱贫村` are villages, told apart on one line).
const PEOPLE: &[&str] = &["人", "名", "人次", "户", "位"];

fn line_of(name: &str, unit: &str) -> Option<Line> {
    let people = PEOPLE.contains(&unit);
    let name = name
        .trim_start_matches(['，', ',', '：', ':', '、'])
        .trim_start_matches("其中")
        .trim_start_matches(['，', ',', '：', ':']);
    if people && (name.starts_with('女') || name.starts_with('男') || name == "妇女") {
        return Some(Line::Sex);
    }
    if people && name.contains("民族") {
        return Some(Line::Ethnicity);
    }
    if people && name.contains("党员") {
        return Some(Line::Party);
    }
    if people && GROUPS.iter().any(|w| name.contains(w)) {
        return Some(Line::Group);
    }
    if people && name.contains("职称") {
        return Some(Line::Rank);
    }
    if people && SCHOOLING.iter().any(|w| name.contains(w)) {
        return Some(Line::Schooling);
    }
    if OWNERS.iter().any(|w| name.contains(w)) {
        return Some(Line::Ownership);
    }
    if name.starts_with('涉') {
        return Some(Line::Topic);
    }
    if TITLES.iter().any(|w| name.contains(w)) {
        return Some(Line::Title);
    }
    if name.starts_with("新增") {
        return Some(Line::Novelty);
    }
    if STAGES.iter().any(|w| name.starts_with(w)) {
        return Some(Line::Stage);
    }
    if ORIGINS.iter().any(|w| name.starts_with(w)) {
        return Some(Line::Origin);
    }
    let industry = name
        .char_indices()
        .filter(|&(_, c)| c == '业')
        .any(|(i, _)| {
            name[..i]
                .chars()
                .next_back()
                .is_some_and(|c| !NOT_INDUSTRY.contains(c))
        });
    industry.then_some(Line::Industry)
}

/// Places of origin by how wide they are, each with the words for
/// "outside" and "inside" it.
const SCOPES: &[(usize, &[&str], &[&str])] = &[
    (
        0,
        &["县外", "区外", "外县"],
        &["县内", "区内", "本县", "本区"],
    ),
    (1, &["市外", "外市"], &["市内", "本市"]),
    (2, &["省外", "外省"], &["省内", "本省"]),
    (3, &["境外", "国外"], &["境内", "国内"]),
];

/// How wide the place a part's name opens with is, and whether the part
/// is of things from outside it.
fn scoped_origin(name: &str) -> Option<(usize, bool)> {
    let name = name
        .trim_start_matches(['，', ',', '：', ':', '、'])
        .trim_start_matches("其中")
        .trim_start_matches(['，', ',', '：', ':']);
    SCOPES.iter().find_map(|&(width, outside, inside)| {
        if outside.iter().any(|w| name.starts_with(w)) {
            Some((width, true))
        } else if inside.iter().any(|w| name.starts_with(w)) {
            Some((width, false))
        } else {
            None
        }
    })
}

/// `其中市外资金260亿元、省外资金210亿元`: origins of places of different
/// widths nest (money from outside the province is from outside the city
/// too; so is some from inside the province). Only things from inside a
/// narrower place and from outside a wider one, or from either side of
/// one place, are apart.
fn origins_nest(a: (usize, bool), b: (usize, bool)) -> bool {
    match (a, b) {
        ((wa, oa), (wb, ob)) if oa == ob => wa != wb,
        ((inside, false), (outside, true)) | ((outside, true), (inside, false)) => inside > outside,
        _ => false,
    }
}

/// Whether parts, each its name and unit, may overlap: two of different
/// lines, a trait (of people, or who runs the things) beside a part of no
/// line, two groups or topics, or origins that nest.
pub(super) fn may_overlap<'t>(parts: impl IntoIterator<Item = (&'t str, &'t str)>) -> bool {
    let parts: Vec<(&str, &str)> = parts.into_iter().collect();
    let origins: Vec<(usize, bool)> = parts
        .iter()
        .filter_map(|(name, _)| scoped_origin(name))
        .collect();
    if origins
        .iter()
        .enumerate()
        .any(|(k, &a)| origins[k + 1..].iter().any(|&b| origins_nest(a, b)))
    {
        return true;
    }
    let lines: Vec<Option<Line>> = parts
        .iter()
        .map(|&(name, unit)| line_of(name, unit))
        .collect();
    let a_trait = |l: &Option<Line>| {
        matches!(
            l,
            Some(Line::Sex | Line::Ethnicity | Line::Party | Line::Ownership)
        )
    };
    let known: Vec<Line> = lines.iter().flatten().copied().collect();
    let crossing = known.windows(2).any(|pair| pair[0] != pair[1]);
    let trait_beside_other = lines.iter().any(a_trait) && lines.iter().any(Option::is_none);
    let shared = [Line::Group, Line::Topic, Line::Title]
        .iter()
        .any(|line| known.iter().filter(|l| *l == line).count() >= 2);
    crossing || trait_beside_other || shared
}

#[cfg(test)]
mod tests {
    use super::may_overlap;

    #[test]
    fn parts_of_one_line_add_up() {
        assert!(!may_overlap([
            ("其中制造业项目", "人"),
            ("服务业项目", "人")
        ]));
        assert!(!may_overlap([("其中男性", "人"), ("女性", "人")]));
        assert!(!may_overlap([("其中省内资金", "人"), ("省外资金", "人")]));
        assert!(!may_overlap([("其中企业", "人"), ("个体工商户", "人")]));
        assert!(!may_overlap([("其中博士", "人"), ("硕士", "人")]));
        assert!(!may_overlap([("其中脱贫村", "个"), ("非脱贫村", "个")]));
    }

    #[test]
    fn parts_across_lines_may_overlap() {
        assert!(may_overlap([("其中女性", "人"), ("少数民族", "人")]));
        assert!(may_overlap([("其中省外项目", "人"), ("制造业项目", "人")]));
        assert!(may_overlap([("其中博士", "人"), ("女性", "人")]));
        assert!(may_overlap([
            ("其中高校毕业生", "人"),
            ("就业困难人员", "人")
        ]));
        assert!(may_overlap([("其中涉企案件", "人"), ("涉民生案件", "人")]));
        assert!(may_overlap([("其中公办学校", "所"), ("寄宿制学校", "所")]));
        assert!(may_overlap([
            ("其中高新技术企业", "家"),
            ("科技型中小企业", "家")
        ]));
        assert!(may_overlap([
            ("其中专精特新企业", "家"),
            ("“小巨人”企业", "家")
        ]));
        assert!(!may_overlap([("其中公办学校", "所"), ("民办学校", "所")]));
        assert!(may_overlap([
            ("其中本科以上学历", "人"),
            ("中级以上职称", "人")
        ]));
        assert!(!may_overlap([("其中本科学历", "人"), ("研究生学历", "人")]));
        assert!(may_overlap([
            ("其中市外资金", "亿元"),
            ("省外资金", "亿元")
        ]));
        assert!(may_overlap([
            ("其中省内资金", "亿元"),
            ("市外资金", "亿元")
        ]));
        assert!(!may_overlap([
            ("其中市内资金", "亿元"),
            ("省外资金", "亿元")
        ]));
        assert!(may_overlap([
            ("其中新增减税", "亿元"),
            ("制造业企业受益", "亿元")
        ]));
        assert!(!may_overlap([
            ("其中新增减税", "亿元"),
            ("延续减税", "亿元")
        ]));
        // Works of an industry, and works at a stage.
        assert!(may_overlap([("其中工业项目", "个"), ("竣工项目", "个")]));
        assert!(!may_overlap([("其中新开工项目", "个"), ("续建项目", "个")]));
        assert!(!may_overlap([("其中竣工项目", "个"), ("在建项目", "个")]));
    }
}
