//! Each figure rule on sentences written for the test: where it fires, with
//! what arithmetic, and where it must stay quiet (report-anatomy.md
//! section 6: parts growing faster than their whole, 同口径 second values,
//! one indicator in several periods and contexts, lists closed by 等,
//! comparable-price growth).

use report_analysis::{Code, Config, Context, Document, Locale, Severity, check, messages};

const TITLE: &str = "2031年示例县政府工作报告\n各位代表：\n";

/// (code, text of the range, message in zh) of the figure findings.
fn figure_findings(text: &str) -> Vec<(Code, String, String)> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter(|d| {
            !matches!(
                d.code(),
                Code::TermUndefined | Code::NoteUnused | Code::UnpairedQuote | Code::MarkerMissing
            )
        })
        .map(|d| {
            (
                d.code(),
                doc.text[d.range.clone()].to_string(),
                messages::message(&d.finding, Locale::Zh),
            )
        })
        .collect()
}

/// (code, severity) of the figure findings.
fn severities(text: &str) -> Vec<(Code, Severity)> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter(|d| !matches!(d.code(), Code::TermUndefined | Code::UnpairedQuote))
        .map(|d| (d.code(), d.severity))
        .collect()
}

fn codes(text: &str) -> Vec<Code> {
    figure_findings(text).into_iter().map(|f| f.0).collect()
}

fn quiet(text: &str) {
    let got = figure_findings(text);
    assert!(got.is_empty(), "{text}\n{got:?}");
}

/// `review` and `plan` as the review and the plan parts of a report, the
/// plan's paragraph closed by two more targets that follow from their
/// reviewed levels: a base printed in another part is trusted only when
/// its paragraph's other targets agree with theirs.
fn review_then_plan(review: &str, plan: &str) -> String {
    format!(
        "一、过去一年工作回顾\n{review}县财政教育投入5.4亿元，县财政卫生投入2.6亿元。\n二、今年工作安排\n{plan}县财政教育投入5.94亿元，增长10%；县财政卫生投入2.86亿元，增长10%。\n"
    )
}

#[test]
fn count_mismatch_colon_list() {
    let got = figure_findings("引进重点项目3个：甲项目；乙项目；丙项目；丁项目。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "3个"));
    assert_eq!(got[0].2, "列举 4 项，但写明 3 个");
    quiet("引进重点项目4个：甲项目；乙项目；丙项目；丁项目。\n");
}

#[test]
fn count_mismatch_names_before_deng_may_be_fewer_never_more() {
    quiet("建成东湖、西湖等5个公园。\n");
    let got = figure_findings("建成东湖、西湖、南湖、北湖等3个公园。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].2,
        "列举 4 项，但写明 3 个（以“等”结尾的列举不能多于写明的数量）"
    );
    // `A及B等5座`: the count may be B's alone.
    quiet("加快东湖圩、西湖圩及北坞等2座水库建设。\n");
}

#[test]
fn count_mismatch_ordinals() {
    assert_eq!(
        codes("重点抓好两个方面：一是修路；二是建校；三是治水。\n"),
        vec![Code::CountMismatch]
    );
    quiet("重点抓好三个方面：一是修路；二是建校；三是治水。\n");
}

#[test]
fn count_mismatch_note_items() {
    let text = "办好四件民生实事。\n注释\n1.四件民生实事：①修路；②建校；③治水。\n";
    let got = figure_findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "四件"));
    quiet("推广3种作物。\n注释\n1.3种作物：水稻、玉米和大豆。\n");
    assert_eq!(
        codes("推广3种作物。\n注释\n1.3种作物：水稻、玉米、大豆、小麦。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn count_mismatch_subsections() {
    let text =
        "一、今年的工作\n重点做好三个方面工作：\n（一）抓工业。\n甲。\n（二）抓农业。\n乙。\n";
    assert_eq!(codes(text), vec![Code::CountMismatch]);
    quiet("一、今年的工作\n重点做好两个方面工作：\n（一）抓工业。\n甲。\n（二）抓农业。\n乙。\n");
}

#[test]
fn slogan_count() {
    let text = "推行四减一优化。\n注释\n1.四减一优化：减环节、减材料、减时限、优化审批机制。\n";
    let got = figure_findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::SloganCount);
    assert_eq!(got[0].2, "“四减一优化”中的“减”写明 4 个，但解释中列出 3 个");
    // A slogan of one numeral is the count itself: its written rest
    // (`水共治`) may hold more than the counted word.
    let got = figure_findings("推进“四水共治”，治污水、防洪水、排涝水。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "“四水共治”写明 4 个，但解释中列出 3 个");
    quiet("推行四减一优化。\n注释\n1.四减一优化：减环节、减材料、减时限、减费用、优化审批机制。\n");
    quiet("推广三通一码。\n注释\n1.三通一码：赣服通、赣政通、赣企通、赣通码。\n");
}

#[test]
fn part_exceeds_whole() {
    let got = figure_findings("落实减税降费8.3亿元，其中缓税9.1亿元。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::PartExceedsWhole, "9.1亿元")
    );
    assert_eq!(got[0].2, "其中部分 9.1亿元 大于总数 8.3亿元");
    // Units differ (亿 against 万): still parts of the whole.
    quiet("落实减税降费8.3亿元，其中缓税2.7亿元，六税两费减免7154万元。\n");
    // An increase of a part can exceed the whole's increase.
    quiet("财政收入比上年增加5亿元，其中税收增加8亿元。\n");
}

#[test]
fn parts_exceed_whole() {
    let got = figure_findings("落实减税降费8.3亿元，其中缓税5.7亿元，减免4亿元。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::PartsExceedWhole);
    assert!(got[0].2.contains("大于总数 8.3亿元"), "{}", got[0].2);
}

#[test]
fn a_part_belongs_to_the_whole_of_its_own_clause() {
    quiet("新建公园5个、其中口袋公园3个，改造游园4个。\n");
    // Parts that are tasks themselves run on.
    assert_eq!(
        codes("建设学校6所，其中新建4所，改扩建5所。\n"),
        vec![Code::PartsExceedWhole]
    );
    assert_eq!(
        codes("新建公园5个，其中口袋公园3个、社区公园4个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_standard_per_head_has_parts_per_head() {
    // Both standards, each changed from one level to another: the part
    // holds at both levels.
    quiet("把养老补贴标准由每人每月120元提高到200元，其中省级补贴标准由60元提高到90元。\n");
    assert_eq!(
        codes("把养老补贴标准由每人每月120元提高到200元，其中省级补贴标准由60元提高到260元。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("把养老补贴标准由每人每月120元提高到200元，其中省级补贴标准由160元提高到190元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A part that is no standard per head is a count of its own.
    quiet("每千人口拥有托位4.5个，其中普惠托位3000个。\n");
}

#[test]
fn parts_measured_respectively_in_the_whole_s_words() {
    quiet(
        "今年实施重点工程48个，完成投资70亿元，其中省级工程9个、县级30个，分别完成投资21亿元、40亿元。\n",
    );
    assert_eq!(
        codes(
            "今年实施重点工程48个，完成投资70亿元，其中省级工程9个、县级30个，分别完成投资81亿元、40亿元。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    // Another measure of the parts: not the whole's.
    quiet(
        "今年实施重点工程48个，完成投资70亿元，其中省级工程9个、县级30个，分别带动投资81亿元、40亿元。\n",
    );
}

#[test]
fn a_count_named_after_de_is_a_part() {
    quiet("选择2000个左右的村庄开展整治，把其中300个左右的示范村建成样板。\n");
    assert_eq!(
        codes("选择2000个左右的村庄开展整治，把其中3000个左右的示范村建成样板。\n"),
        vec![Code::PartExceedsWhole]
    );
    // An amount before 的 says what things are worth.
    quiet("完成投资12亿元，其中20亿元的项目已立项。\n");
}

#[test]
fn a_part_growing_faster_than_its_whole_is_fine() {
    quiet("外贸进出口总额达到4.51万亿元、增长5.6%，其中出口增长10.8%。\n");
}

#[test]
fn floors_listed_after_one_floor_word_read_without_a_panic() {
    // `过N亿元、M亿元项目分别为…`: only the first floor carries its word;
    // reading the second once sliced into the digits of the first.
    quiet("全年推进投资过80亿元、30亿元、5亿元项目分别为4个、9个、60个。\n");
    quiet("新增营收过亿元、过10亿元的企业分别为40家和6家。\n");
}

#[test]
fn growth_mismatch() {
    let got = figure_findings("一般公共预算收入从80亿元增加到100亿元，增长35%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::GrowthMismatch, "35%"));
    assert!(got[0].2.contains("但写明 35%"), "{}", got[0].2);
    quiet("一般公共预算收入从80亿元增加到100亿元，增长25%。\n");
    assert_eq!(
        codes("钢产量从135万吨增加到412万吨，增长5.1倍。\n"),
        vec![Code::GrowthMismatch]
    );
    quiet("钢产量从135万吨增加到412万吨，增长2.1倍。\n");
}

#[test]
fn growth_mismatch_pairs_then_rates_in_turn() {
    // `A由a增加到b，B由c增加到d，分别增长X、Y`: the rates are the subjects'
    // in turn; the pair next to the list takes the last rate, not the first.
    let text = |rates: &str| {
        format!(
            "甲镇人均收入由30000元增加到33000元，乙镇人均收入由15000元增加到15600元，分别增长{rates}。\n"
        )
    };
    quiet(&text("10%和4%"));
    let got = figure_findings(&text("10%和6%"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::GrowthMismatch, "6%"));
    assert_eq!(
        codes(&text("4%和10%")),
        vec![Code::GrowthMismatch, Code::GrowthMismatch]
    );
    // Three pairs and two rates: whose rate is whose is not unique.
    quiet(
        "甲镇由100元增加到130元，乙镇由200元增加到220元，丙镇由300元增加到360元，分别增长15%和25%。\n",
    );
}

#[test]
fn growth_mismatch_levels_each_after_its_year() {
    // `甲年为A，乙年提高到B`: each level after its own year; an average
    // rate is taken over the years between them.
    let text = |rate: &str| {
        format!("城镇居民人均存款，2020年为2.1万元，2025年提高到3.4万元，年均增长{rate}。\n")
    };
    quiet(&text("10.1%"));
    assert_eq!(codes(&text("15%")), vec![Code::GrowthMismatch]);
    // A real rate (price changes taken out) does not follow from them.
    quiet("城镇居民人均存款，2020年为2.1万元，2025年提高到3.4万元，扣除物价因素，年均增长6%。\n");
    // The later level's clause naming another subject: no pair.
    quiet("城镇居民人均存款2020年为2万元，农村居民2025年提高到3.2万元，年均增长15%。\n");
}

#[test]
fn growth_mismatch_average_to_a_target_from_a_level_printed_before() {
    // A plan's target: `年均递增X%，达B` over the period named, from the
    // level of the same indicator printed in the review before.
    let text = |rate: &str| {
        review_then_plan(
            "去年，城镇居民人均可支配收入达到20000元，增长8%。",
            &format!("“十五五”时期，主要目标是：城镇居民人均可支配收入年均递增{rate}，达32210元；"),
        )
    };
    quiet(&text("10%"));
    assert_eq!(codes(&text("20%")), vec![Code::GrowthMismatch]);
    // No period named: no reading.
    quiet(
        "去年，城镇居民人均可支配收入达到20000元，增长8%。\n主要目标是：城镇居民人均可支配收入年均递增20%，达32210元。\n",
    );
}

#[test]
fn growth_mismatch_times_the_base() {
    // `是…的N倍` is the ratio; `N倍` read either way, a ratio fitting
    // neither is a slip.
    quiet("全县油料产量从15万吨增加到45万吨，是2020年的3倍。\n");
    assert_eq!(
        codes("全县油料产量从15万吨增加到45万吨，是2020年的6倍。\n"),
        vec![Code::GrowthMismatch]
    );
    // The message shows the multiple the levels give, as the text states it.
    let got = figure_findings("全县油料产量从15万吨增加到45万吨，是2020年的6倍。\n");
    assert!(got[0].2.contains("变化应为 2.87–3.14倍"), "{got:?}");
    let got = figure_findings("全县油料产量从15万吨增加到45万吨，增长6倍。\n");
    assert!(got[0].2.contains("变化应为 1.87–2.14倍"), "{got:?}");
    // Another subject as the base: no reading.
    quiet("全县油料产量从15万吨增加到45万吨，是全省平均水平的6倍。\n");
}

#[test]
fn growth_mismatch_amount_added_to_a_level_printed_before() {
    let text = |added: &str| {
        review_then_plan(
            "去年，市级财政安排科技专项资金36亿元，支持企业研发。",
            &format!("今年市级财政安排科技专项资金42亿元，比上年增加{added}；"),
        )
    };
    let earlier = "去年，市级财政安排科技专项资金36亿元，支持企业研发。\n";
    quiet(&text("6亿元"));
    assert_eq!(codes(&text("9亿元")), vec![Code::GrowthMismatch]);
    // Other words name another fund: no base, no reading.
    quiet(&format!(
        "{earlier}今年市级财政安排人才专项资金42亿元，比上年增加9亿元。\n"
    ));
}

#[test]
fn growth_mismatch_level_then_amount_added_then_rate() {
    // The base is the level less the amount: 2.4 / (40.4 − 2.4) = 6.3%.
    quiet("全县税收收入40.4亿元，比上年增加2.4亿元，增长6.3%。\n");
    quiet("粮食总产量18.5万吨，较上年减产0.5万吨，下降2.6%。\n");
    let got = figure_findings("全县税收收入40.4亿元，比上年增加2.4亿元，增长8.3%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::GrowthMismatch, "8.3%")
    );
    assert_eq!(
        codes("粮食总产量18.5万吨，较上年减产0.5万吨，下降4.6%。\n"),
        vec![Code::GrowthMismatch]
    );
    // Volumes and output values grow at comparable prices; a basis said
    // otherwise; a change of the change (`多增`): no reading.
    quiet("地区生产总值240亿元，比上年增加12亿元，增长8.3%。\n");
    quiet("规上工业产值240亿元，比上年增加12亿元，增长8.3%。\n");
    quiet("税收收入40.4亿元，比上年增加2.4亿元，同口径增长8.3%。\n");
    quiet("各项贷款新增40.4亿元，比上年多增2.4亿元，增长8.3%。\n");
    // A thousands separator written as a comma: the level is not sure.
    quiet("商品零售总额1，240亿元，比上年增加120亿元，增长10.7%。\n");
    // Levels listed one per subject, read place by place.
    quiet(
        "城乡居民人均可支配收入分别达到38600元、19500元，比上年分别增加1600元、1250元，分别增长4.3%、6.8%。\n",
    );
    assert_eq!(
        codes(
            "城乡居民人均可支配收入分别达到38600元、19500元，比上年分别增加1600元、1250元，分别增长6.3%、6.8%。\n"
        ),
        vec![Code::GrowthMismatch]
    );
    // A stock against the last year's end.
    quiet(
        "城乡居民储蓄存款余额分别为84亿元、46亿元，比上年末分别增加7亿元、4亿元，分别增长9.1%、9.5%。\n",
    );
    assert_eq!(
        codes(
            "城乡居民储蓄存款余额分别为84亿元、46亿元，比上年末分别增加7亿元、4亿元，分别增长9.1%、12.5%。\n"
        ),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn slogan_count_reads_a_comma_among_items_opening_alike_as_a_list_mark() {
    // `优先A、优先B，优先C和优先D`: every item opens with the counted word,
    // so the comma may stand for `、`; the list holds so read.
    let text = |slogan: &str| {
        format!("坚持“{slogan}”：优先办学校、优先修道路，优先建医院和优先盖住房。\n")
    };
    quiet(&text("四个优先"));
    assert_eq!(codes(&text("五个优先")), vec![Code::SloganCount]);
}

#[test]
fn slogan_count_reads_the_list_inside_a_framed_note() {
    // A lead before the list and commentary after it.
    let framed = |slogan: &str| {
        format!(
            "落实{slogan}要求。\n注释\n1.{slogan}：去年全会提出，最多跑一次、最多等一天、最多交一份材料。\n"
        )
    };
    quiet(&framed("三个最多"));
    assert_eq!(codes(&framed("四个最多")), vec![Code::SloganCount]);
    let ruled = |slogan: &str| {
        format!(
            "坚持{slogan}制度。\n注释\n1.{slogan}：重点工程、重要人事、大额资金，须经集体讨论决定。\n"
        )
    };
    quiet(&ruled("两重一大"));
    assert_eq!(codes(&ruled("三重一大")), vec![Code::SloganCount]);
    // A second sentence carrying the counted word may add to the list.
    quiet("推行四减。\n注释\n1.四减：减环节、减材料、减时限。下一步还要减证明。\n");
}

#[test]
fn slogan_count_several_slogans_listed_in_order() {
    let note =
        |a: &str| format!("建设{a}和三区。\n注释\n1.“{a}”“三区”：甲园、乙园；东区、西区、南区。\n");
    quiet(&note("两园"));
    assert_eq!(codes(&note("三园")), vec![Code::SloganCount]);
}

#[test]
fn slogan_count_one_label_over_several_segments() {
    // The second slogan's list runs over its `；` segments to the end.
    let note = |b: &str| {
        format!(
            "推行两优和{b}。\n注释\n1.两优、{b}：“两优”即优服务、优环境。“{b}”即坚持改革，深化甲项，全面提升效率；坚持创新，深化乙项，全面提升质量；坚持为民，深化丙项，全面提升满意度。\n"
        )
    };
    quiet(&note("三深化三提升"));
    // Slogans of ones name one thing each, not a list.
    quiet("推行“一网统管”，即数据汇聚、平台共用、事件联办。\n");
    // A clause joining two subjects, a clause holding a list, an item
    // carrying the counted word twice: readings disagree, nothing is said.
    quiet("推行双包双联。\n注释\n1.双包双联：甲级干部包乡，乙级干部包村，部门和企业联系村。\n");
    quiet(
        "推进四地建设。\n注释\n1.四地：会议提出，建设甲产业基地，打造乙高地、丙目的地、丁输出地。\n",
    );
    quiet(
        "开展双创双服。\n注释\n1.双创双服：本省开展的以创新创业、服务企业、服务群众为内容的活动。\n",
    );
    quiet("建成两街一馆。\n注释\n1.两街一馆：甲街、乙街区、丙馆新馆。\n");
    // `+` joins two items.
    quiet(
        "推行九通一平。\n注释\n1.九通一平：甲通、乙通、丙通、丁通、戊通、己通、庚通、辛通+壬通和场地平整。\n",
    );
}

#[test]
fn slogan_count_labelled_lists_end_at_the_next_label() {
    // `“三溪”即…；“五湖”即…`: each quoted slogan labels its own list, which
    // ends where the next slogan's label opens.
    let body = |n: &str| {
        format!(
            "“一岭”即青石岭；“{n}溪”即清溪、白溪、黑溪；“五湖”即月湖、星湖、镜湖、翠湖、莲湖。\n"
        )
    };
    quiet(&body("三"));
    assert_eq!(codes(&body("四")), vec![Code::SloganCount]);
    quiet("推进“三溪”治理，“三溪”即清溪、白溪、黑溪；“五湖”即月湖、星湖、镜湖、翠湖、莲湖。\n");
}

#[test]
fn slogan_count_names_of_one_labelled_in_a_note_of_several() {
    // `一港、三园、两带：“一港”即…；“三园”即…；“两带”即…`: a name of one
    // holds by its one named thing, so the whole holds and its numerals
    // printed otherwise in the body are reported.
    let report = |used: &str| {
        format!(
            "建设“{used}”〔1〕。\n注释\n〔1〕一港、三园、两带：“一港”即青石内河港；“三园”即东区物流园、西区食品园、北区电子园；“两带”即沿江景观带和环湖绿道带。\n"
        )
    };
    quiet(&report("一港、三园、两带"));
    assert_eq!(codes(&report("一港、四园、两带")), vec![Code::SloganCount]);
}

#[test]
fn slogan_count_defined_in_the_body() {
    // After the slogan: `“X”，即…` or `“X”：…`.
    quiet("抓实“四个一批”，即签约一批、开工一批、投产一批、储备一批。\n");
    assert_eq!(
        codes("抓实“三个一批”，即签约一批、开工一批、投产一批、储备一批。\n"),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes("实施“五大行动”：产业提升行动、城市更新行动、乡村振兴行动、民生改善行动。\n"),
        vec![Code::SloganCount]
    );
    // Before it: a list whose every item carries the counted word.
    quiet("推进甲城、乙城、丙城“三城共建”。\n");
    assert_eq!(
        codes("推进甲城、乙城“三城共建”。\n"),
        vec![Code::SloganCount]
    );
    // Before a slogan of several parts, a list is too loose to split.
    quiet("推进甲高新区与乙、丙园区“一区三园”一体发展。\n");
    // A list before a slogan that is not its list stays quiet.
    quiet("在甲市、乙市实施“一签多行”政策。\n");
    quiet("文件精简一成、会议减少两成、“三公”经费压缩一成。\n");
}

#[test]
fn comparable_price_growth_is_not_nominal_growth() {
    quiet("地区生产总值从274.4亿元增加到287.9亿元，同比增长8.9%（按可比价计算）。\n");
}

#[test]
fn annual_growth_needs_both_years() {
    quiet("一般公共预算收入从7.4亿元增加到10.2亿元，年均增长7.1%。\n");
    quiet("一般公共预算收入从2017年的7.4亿元增加到2022年的10.2亿元，年均增长6.6%。\n");
    assert_eq!(
        codes("一般公共预算收入从2017年的7.4亿元增加到2022年的10.2亿元，年均增长9.6%。\n"),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn annual_growth_over_a_period_named_nearby() {
    let period = |rest: &str| format!("五年来，我们稳步推进各项工作。\n{rest}\n");
    // 10.2/7.4 over five years is 6.6% a year.
    quiet(&period(
        "一般公共预算收入从7.4亿元增加到10.2亿元，年均增长6.6%。",
    ));
    assert_eq!(
        codes(&period(
            "一般公共预算收入从7.4亿元增加到10.2亿元，年均增长12%。"
        )),
        vec![Code::GrowthMismatch]
    );
    // A period read from the context may be a year off: 8.3% is four years.
    quiet(&period(
        "一般公共预算收入从7.4亿元增加到10.2亿元，年均增长8.3%。",
    ));
    // An average increase in the levels' unit.
    quiet(&period("储蓄存款余额从50亿元增长到80亿元，年均增长6亿元。"));
    assert_eq!(
        codes(&period(
            "储蓄存款余额从50亿元增长到80亿元，年均增长10亿元。"
        )),
        vec![Code::GrowthMismatch]
    );
    // A volume indicator named clauses before its levels.
    quiet(&period(
        "地区生产总值跨上新台阶，从400亿元增加到600亿元，年均增长6.1%。",
    ));
    // ...but a change stated before the levels closes that indicator.
    assert_eq!(
        codes(&period(
            "地区生产总值从400亿元增加到600亿元，累计增长40%，财政收入由5亿元增长到8亿元，累计增长90%。"
        )),
        vec![Code::GrowthMismatch]
    );
    // Two periods named: which one the rate spans is not known.
    quiet("三年来和五年来的工作表明，一般公共预算收入从7.4亿元增加到10.2亿元，年均增长12%。\n");
}

#[test]
fn volume_growth_is_never_compared_with_nominal_levels() {
    // Output and value added grow at comparable prices; their printed
    // levels are nominal, so the two need not agree.
    quiet("全县生产总值从2016年的60.2亿元增长到2021年的80.5亿元，累计增长48%。\n");
    quiet("规上工业增加值从12.1亿元增加到15.3亿元，增长9.8%。\n");
}

#[test]
fn points_mismatch() {
    let got = figure_findings("城镇化率从60.1%提高到62.3%，提高3.2个百分点。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::PointsMismatch);
    quiet("城镇化率从60.1%提高到62.3%，提高2.2个百分点。\n");
}

#[test]
fn points_between_shares_of_a_volume_indicator() {
    // A share's change in points is plain arithmetic on the two printed
    // shares, even when the share is of output or value added.
    assert_eq!(
        codes("服务业增加值占生产总值比重从48.6%提高到50.2%，提高2.6个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    quiet("服务业增加值占生产总值比重从48.6%提高到50.2%，提高1.6个百分点。\n");
}

#[test]
fn points_against_a_rate_printed_before() {
    // The rate compared with is named and printed earlier in the paragraph.
    let got = figure_findings(
        "全年规上工业增加值增长6.2%。其中，新材料产业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::PointsMismatch, "2.7个百分点")
    );
    quiet(
        "全年规上工业增加值增长6.2%。其中，新材料产业增加值增长9.9%，高于规上工业增加值增速3.7个百分点。\n",
    );
    // Another name of the same indicator, and the economy for output.
    assert_eq!(
        codes("生产总值增长5.1%，农村居民人均可支配收入增长6.4%、快于经济增速0.3个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    quiet("生产总值增长5.1%，农村居民人均可支配收入增长6.4%、快于经济增速1.3个百分点。\n");
    // Below: the difference is taken the other way.
    assert_eq!(
        codes("固定资产投资增长8%。民间投资增长3.5%，低于固定资产投资增速3.5个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    quiet("固定资产投资增长8%。民间投资增长3.5%，低于固定资产投资增速4.5个百分点。\n");
}

#[test]
fn points_against_the_same_indicator_of_another_group() {
    // `快于城镇居民`: the rate's own indicator, of the group compared with.
    let text = |points: &str| {
        format!(
            "城镇居民人均可支配收入达到52680元，增长5.1%，农村居民人均可支配收入达到26430元，增长7.3%，农村居民收入增速快于城镇居民{points}个百分点。\n"
        )
    };
    quiet(&text("2.2"));
    assert_eq!(codes(&text("3.2")), vec![Code::PointsMismatch]);
    let bare = |points: &str| {
        format!(
            "城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长7.3%，快于城镇居民{points}个百分点。\n"
        )
    };
    quiet(&bare("2.2"));
    assert_eq!(codes(&bare("1.2")), vec![Code::PointsMismatch]);
    // The other group's rate not printed, or a subject of another measure
    // (`工业利润`), is not read.
    quiet("农村居民人均可支配收入增长7.3%，快于城镇居民3.2个百分点。\n");
    quiet("全市工业增加值增长5%，规上工业增加值增长8%，规上工业利润增速高于全市9个百分点。\n");
}

#[test]
fn a_share_after_its_part_is_the_part_over_the_whole() {
    let got = figure_findings("全年财政收入64亿元，其中税收收入48亿元，占比70%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::ShareMismatch, "70%"));
    assert!(got[0].2.contains("75%"), "{}", got[0].2);
    quiet("全年财政收入64亿元，其中税收收入48亿元，占比75%。\n");
    // Within the rounding of the printed figures.
    quiet("全年财政收入64.3亿元，其中税收收入48.2亿元，占比75%。\n");
    quiet("全年财政收入64.3亿元，其中税收收入48.2亿元，占比为75.0%。\n");
    // Things counted one by one are exact: 7 of 9 is 77.8%, not 70%.
    assert_eq!(
        codes("全县有养老机构9家，其中公办7家，占比70%。\n"),
        vec![Code::ShareMismatch]
    );
    quiet("全县有养老机构9家，其中公办7家，占比77.8%。\n");
    // A part counted among the whole's, no `其中` (its own clause).
    assert_eq!(
        codes("全区小区400个已成立业委会260个、占比56%。\n"),
        vec![Code::ShareMismatch]
    );
    quiet("全区小区400个已成立业委会260个、占比65%。\n");
    // Parts after the first, while each has a share of its own.
    assert_eq!(
        codes("全区经营主体5万户，其中企业1.2万户，占比24%；个体工商户3.8万户，占比67%。\n"),
        vec![Code::ShareMismatch]
    );
    quiet("全区经营主体5万户，其中企业1.2万户，占比24%；个体工商户3.8万户，占比76%。\n");
    // A part with no share ends the run: the next share may be of another whole.
    quiet("全区经营主体5万户，其中企业1.2万户，个体工商户3.8万户，占比67%。\n");
    // A share not right after the part, a share near or over a value, a
    // change in points, a share of another whole: no reading.
    quiet("全年财政收入64亿元，其中税收收入48亿元，增长6%，占比70%。\n");
    quiet("全年财政收入64亿元，其中税收收入48亿元，占比超过80%。\n");
    quiet("全年财政收入64亿元，其中税收收入48亿元，占比提高3个百分点。\n");
    quiet("全年财政收入64亿元，其中税收收入48亿元，占比全省的5%。\n");
    quiet("全年财政收入约64亿元，其中税收收入48亿元，占比70%。\n");
}

#[test]
fn natural_growth_is_births_less_deaths() {
    // The difference within the rounding of the printed digits.
    let got = figure_findings("全年人口出生率9.4‰，死亡率6.1‰，人口自然增长率4.3‰。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::PointsMismatch, "4.3‰")
    );
    assert!(got[0].2.contains("3.2–3.4‰"), "{}", got[0].2);
    quiet("全年人口出生率9.4‰，死亡率6.1‰，人口自然增长率3.3‰。\n");
    quiet("出生率7.36‰；死亡率6.95‰；自然增长率0.41‰。\n");
    // Rates parted by `；` are one sentence up to the full stop.
    assert_eq!(
        codes("出生人口2100人，出生率7.36‰；死亡人口1900人，死亡率6.95‰；自然增长率0.14‰。\n"),
        vec![Code::PointsMismatch]
    );
    // Fewer births than deaths: a signed rate, or its size (either way).
    quiet("出生率5.6‰，死亡率6.9‰，自然增长率为-1.3‰。\n");
    quiet("出生率5.6‰，死亡率6.9‰，自然增长率为负1.3‰。\n");
    quiet("出生率5.6‰，死亡率6.9‰，自然增长率1.3‰。\n");
    assert_eq!(
        codes("出生率5.6‰，死亡率6.9‰，自然增长率-2.3‰。\n"),
        vec![Code::PointsMismatch]
    );
    // Another group's rate, two places' rates, a changed rate or a bound:
    // no one difference to take.
    quiet("出生率9.4‰，婴儿死亡率3.1‰，自然增长率3.3‰。\n");
    quiet("城区出生率9.4‰，死亡率6.1‰，乡村出生率8.8‰，死亡率7.0‰，自然增长率2.5‰。\n");
    quiet("出生率由9.9‰下降到9.4‰，死亡率6.1‰，自然增长率2.3‰。\n");
    quiet("出生率9.4‰，死亡率6.1‰，自然增长率控制在5‰以内。\n");
}

#[test]
fn points_against_a_rate_whose_indicator_is_named_again() {
    // `，税收收入增速低于…`: the clause names its own rate before comparing.
    assert_eq!(
        codes(
            "一般公共预算收入增长9.1%，税收收入增长7.3%，税收收入增速低于一般公共预算收入2.1个百分点。\n"
        ),
        vec![Code::PointsMismatch]
    );
    quiet(
        "一般公共预算收入增长9.1%，税收收入增长7.3%，税收收入增速低于一般公共预算收入1.8个百分点。\n",
    );
    // Another subject named: whose rate is compared is not the printed one.
    quiet(
        "一般公共预算收入增长9.1%，税收收入增长7.3%，非税收入增速低于一般公共预算收入2.1个百分点。\n",
    );
}

#[test]
fn points_the_wrong_way_name_both_negative_ends() {
    // Stated above, printed below: the implied difference is negative.
    let got = figure_findings(
        "生产总值增长6.1%，城镇居民人均可支配收入增长5.2%，高于经济增速0.5个百分点。\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].2,
        "从 6.1% 到 5.2% 相差 -1～-0.8 个百分点，但写明 0.5个百分点"
    );
}

#[test]
fn points_listed_with_the_unit_written_once_after_the_last() {
    // `分别提高6.7和3.3个百分点`: each value is a difference in points.
    let listed = |changes: &str| {
        format!("两项参保率分别由60.1%、55.2%提高到66.8%、58.5%，分别提高{changes}个百分点。\n")
    };
    quiet(&listed("6.7和3.3"));
    quiet(&listed("6.7个和3.3"));
    quiet(&listed("6.7、3.3"));
    let got = figure_findings(&listed("6.2个和3.3"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].2,
        "从 60.1% 到 66.8% 相差 6.6–6.8 个百分点，但写明 6.2个百分点"
    );
    assert_eq!(
        codes(&listed("6.7和3.8")),
        vec![Code::PointsMismatch],
        "the last value"
    );
    // One value fewer than the pairs: whose change is whose is not read.
    quiet("两项参保率分别由60.1%、55.2%提高到66.8%、58.5%，分别提高9.9个百分点。\n");
}

#[test]
fn an_average_rate_stated_paragraphs_after_its_levels() {
    // A review prints the levels over five years, and the average rate
    // apart from them.
    let review = |rate: &str| {
        format!(
            "过去五年，一般公共预算收入从51亿元增加到117亿元；城镇新增就业5.8万人。\n\
             2025年，一般公共预算收入增长6.5%。\n\
             这五年，一般公共预算收入年均增长{rate}。\n"
        )
    };
    quiet(&review("18%"));
    assert_eq!(codes(&review("12%")), vec![Code::GrowthMismatch]);
    // Another span of years named with the rate, another level of the
    // indicator in between, or two pairs before it: no reading.
    quiet(
        "过去五年，一般公共预算收入从51亿元增加到117亿元。\n近三年，一般公共预算收入年均增长12%。\n",
    );
    quiet(
        "过去五年，一般公共预算收入从51亿元增加到117亿元。\n2025年一般公共预算收入达到117亿元。\n这五年，一般公共预算收入年均增长12%。\n",
    );
    quiet(
        "过去五年，一般公共预算收入从51亿元增加到117亿元。\n前五年，一般公共预算收入从30亿元增加到51亿元。\n这五年，一般公共预算收入年均增长12%。\n",
    );
    // Output grows at comparable prices: read, never compared.
    quiet("过去五年，全市生产总值从266亿元增加到519亿元。\n这五年，全市生产总值年均增长4%。\n");
}

#[test]
fn a_change_from_the_year_befores_level_printed_before_it() {
    // `B，比上年的A提高C`: the base sits between the level and the change.
    quiet("第三产业增加值占比达到52.4%，比上年的50.2%提高2.2个百分点。\n");
    assert_eq!(
        codes("第三产业增加值占比达到52.4%，比上年的50.2%提高1.8个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    quiet("空气质量优良天数比例为86.5%，较去年同期的83.1%上升了3.4个百分点。\n");
    quiet("全区一般公共预算收入达到26.4亿元，比上年的24.1亿元增长9.5%。\n");
    assert_eq!(
        codes("全区一般公共预算收入达到26.4亿元，比上年的24.1亿元增长12%。\n"),
        vec![Code::GrowthMismatch]
    );
    // No base printed, a base of another year, or growth rates compared:
    // no reading.
    quiet("空气质量优良天数比例为86.5%，比上年提高2.4个百分点。\n");
    quiet("第三产业增加值占比达到52.4%，比五年前的50.2%提高1.8个百分点。\n");
    quiet("城镇居民人均可支配收入增长6.5%，比上年的5.2%提高0.3个百分点。\n");
    // Output grows at comparable prices: the levels are not compared.
    quiet("全区地区生产总值达到412亿元，比上年的380亿元增长5.5%。\n");
}

#[test]
fn points_abstain_when_the_compared_rate_is_not_unique() {
    // The compared rate is not printed, or printed with two values (two
    // periods), or is an average over years while this rate is not.
    quiet("新材料产业增加值增长9.9%，高于全省2.7个百分点。\n");
    quiet("新材料产业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n");
    quiet(
        "上半年规上工业增加值增长5.2%，全年规上工业增加值增长6.2%，新材料产业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n",
    );
    quiet(
        "五年来规上工业增加值年均增长6.2%。新材料产业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n",
    );
    quiet(
        "去年规上工业增加值增长6.2%。今年新材料产业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n",
    );
    // A share compared with a growth rate is not one measure.
    quiet("规上工业增加值增长6.2%。新材料产业占比达到19.9%，高于规上工业增加值增速2.7个百分点。\n");
    // The rate compared with is the same indicator's.
    quiet("规上工业增加值增长6.2%，规上工业增加值增长9.9%，高于规上工业增加值增速2.7个百分点。\n");
}

#[test]
fn rate_out_of_range() {
    let got = figure_findings("森林覆盖率达到102%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::RateOutOfRange, "102%")
    );
    assert_eq!(got[0].2, "覆盖率 102% 超过 100%");
    assert_eq!(codes("单位能耗下降120%。\n"), vec![Code::RateOutOfRange]);
    quiet("森林覆盖率达到99%以上。\n");
    quiet("税收完成预算的110.5%，增长120%。\n");
    quiet("亏损企业亏损额减少120%。\n");
}

#[test]
fn rate_out_of_range_reads_earlier_values_and_other_rates() {
    // The name stands before an earlier value, or a base period.
    assert_eq!(
        codes("绿化覆盖率由31%提高到103%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("森林覆盖率由“十三五”末的31%提高到103%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("城乡污水收集率分别达96.1%和101.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Any share named …率 is bounded, unless it may pass 100%.
    let got = figure_findings("今年，垃圾分类收集率103%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "垃圾分类收集率 103% 超过 100%");
    quiet("年度投资完成率133%，隐性债务化解率120%，批而未供土地消化率125%。\n");
    // Per-hundred measures may pass 100%.
    quiet("移动电话普及率达到118%，宽带用户普及率达到105%。\n");
    quiet("移动电话普及率达到126部/百人，互联网普及率112%。\n");
}

#[test]
fn respectively_mismatch() {
    let got = figure_findings("粮食、棉花、油料产量分别增长5%、6%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::RespectivelyMismatch);
    assert_eq!(got[0].2, "“分别”前有 3 个主体，后有 2 个数值");
    quiet("粮食、棉花、油料产量分别增长5%、6%和7%。\n");
    // 和 may join one more subject.
    quiet("粮食、棉花和油料产量分别增长5%、6%和7%。\n");
}

#[test]
fn respectively_mismatch_reads_units_joins_and_leads() {
    // Each value in its own unit.
    quiet("轿车、电池产量分别达到12.3万辆、450万千瓦。\n");
    quiet("绿化覆盖率、人均公园面积分别达到43.7%、16.3平方米/人。\n");
    // Two subjects joined by 和 alone.
    quiet("城镇和农村居民收入分别增长6.1%和7.2%。\n");
    assert_eq!(
        codes("城镇和农村居民收入分别增长6.1%、7.2%和8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A few words between 分别 and the values.
    assert_eq!(
        codes("城市、农村、特困供养标准分别提高到610元和540元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A list running on past what the scanner reads is left alone.
    quiet(
        "原煤、原油、天然气、电量和化肥产量分别达到5.7亿吨、1100万吨、260亿方、1600亿度和54万吨。\n",
    );
    // One value after 分别 for names listed with 、: "each grew by it" or a
    // dropped value; told as info, not a warning.
    let got = severities("游客人数、旅游收入分别增长20%。\n");
    assert_eq!(got, vec![(Code::RespectivelyMismatch, Severity::Info)]);
    assert!(
        figure_findings("游客人数、旅游收入分别增长20%。\n")[0]
            .2
            .contains("后只有 1 个数值")
    );
    // Joined by 和 alone, the subjects may be one, but then 分别 would
    // have nothing to distribute over: told as info too.
    assert_eq!(
        severities("城镇和农村居民收入分别增长6%。\n"),
        vec![(Code::RespectivelyMismatch, Severity::Info)]
    );
    // A clause after the values that opens with a year of its own speaks
    // of that year only: no rate dropped for the other.
    quiet("2029年、2030年全县税收收入分别为8.2亿元、8.7亿元，2030年比2029年增长6.1%。\n");
}

#[test]
fn figure_conflict() {
    let text = "2030年地区生产总值增长5.4%。\n其他工作。\n2030年地区生产总值增长6.1%。\n";
    let got = figure_findings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::FigureConflict, "6.1%")
    );
    quiet("2030年地区生产总值增长5.4%。\n2030年地区生产总值增长5.4%。\n");
}

#[test]
fn one_indicator_in_several_periods_and_contexts_is_fine() {
    // Last year's result, the five-year average, the plan, this year's target.
    quiet(
        "去年地区生产总值增长5.4%。过去五年地区生产总值年均增长5.2%。十五五时期地区生产总值增长4.5%-5%。今年地区生产总值增长5%左右。\n",
    );
    // A second value on a comparable basis.
    quiet("2030年一般公共预算收入增长1.7%（同口径增长2.5%以上）。\n");
}

#[test]
fn count_mismatch_annex_items() {
    let text =
        "办好民生实事。\n附件1\n2031年三件民生实事\n一、修建乡村公路。\n二、新建两所小学。\n";
    assert_eq!(codes(text), vec![Code::CountMismatch]);
    quiet("办好民生实事。\n附件1\n2031年两件民生实事\n一、修建乡村公路。\n二、新建两所小学。\n");
}

/// An annex after the notes section: the last note's text stops at the
/// `附件` line, so the annex and its title's count are read.
#[test]
fn count_mismatch_annex_after_the_notes() {
    let annex = |n: &str| {
        format!(
            "办好民生实事，推进“双廊”建设。\n名词解释\n1.“双廊”：东廊道和西廊道。\n2.民生实事：当年承诺办好的事项。\n附件\n2031年{n}件民生实事\n一、修建乡村公路\n目标任务：年内修通。\n二、新建两所小学\n目标任务：秋季开学。\n"
        )
    };
    let got = figure_findings(&annex("三"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "三件"));
    quiet(&annex("两"));
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{}", annex("三")), &config);
    assert_eq!(doc.notes.len(), 2);
    assert!(!doc.notes[1].text(&doc.text).contains("附件"));
}

/// Long names before `等N` (here in a note, out of the body) are read when
/// each ends with what is counted.
#[test]
fn count_mismatch_long_names_before_deng_ending_with_the_counted_words() {
    let note = |last: &str, n: &str| {
        format!(
            "推进水网行动。\n名词解释\n1.水网行动：统筹推进城乡供水管网一体化改造提升攻坚行动、中心城区老旧排水设施更新改造攻坚行动、沿河两岸防洪堤坝加固达标{last}等{n}大水利攻坚行动。\n2.民生实事：当年承诺办好的事项。\n"
        )
    };
    let got = figure_findings(&note("攻坚行动", "两"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "两大"));
    quiet(&note("攻坚行动", "五"));
    // Long names not all ending with what is counted stay unread.
    quiet(&note("攻坚项目", "两"));
}

#[test]
fn count_mismatch_circled_list_after_its_count() {
    let got = figure_findings("扎实办好“五大民生实事”。①修建乡村公路；②新建小学；③治理河道。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "五大"));
    quiet("扎实办好“三大民生实事”。①修建乡村公路；②新建小学；③治理河道。\n");
}

#[test]
fn count_mismatch_names_before_gong() {
    assert_eq!(
        codes("完成甲村、乙村、丙村、丁村共3个村的改造。\n"),
        vec![Code::CountMismatch]
    );
    // Categories may hold more than one each: fewer names is not an error.
    quiet("完成甲村、乙村共3个村的改造。\n");
}

#[test]
fn count_mismatch_names_right_before_their_count() {
    quiet("建成东湖、西湖、南湖三个公园。\n");
    let got = figure_findings("建成东湖、西湖、南湖四个公园。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::CountMismatch, "四个"));
    // A quoted count closing its clause, and a quoted list before a count.
    quiet("推进修路、治水、建校“三大工程”，惠及全县。\n");
    assert_eq!(
        codes("推进修路、治水、建校“四大工程”，惠及全县。\n"),
        vec![Code::CountMismatch]
    );
    quiet("守住“用水、用电、用气”三条底线。\n");
    assert_eq!(
        codes("守住“用水、用电、用气”四条底线。\n"),
        vec![Code::CountMismatch]
    );
    // 和 may join two names in one piece.
    quiet("改造东街、西街和南街三条道路。\n");
    quiet("改造东街、西街和南街两条道路。\n");
}

#[test]
fn names_before_a_count_that_are_not_its_list_stay_silent() {
    // Verbs, not names.
    quiet("新建、改扩建12所学校。\n");
    // Places holding the counted things.
    quiet("在城东、城西两个片区实施12个项目。\n");
    quiet("城东、城西12个项目开工。\n");
    // An ordinal, or a count of something else.
    quiet("甲村、乙村入选第三批示范村。\n");
    quiet("消费、投资拉动3个百分点。\n");
    // The count is one more item of the list.
    quiet("完成甲站、乙站和3个泵站建设。\n");
    // Owners of a slogan, and a slogan that is one of the names.
    quiet("落实省、市“四个一百”重点项目。\n");
    quiet("提高城乡低保、残疾人“两项补贴”等标准。\n");
    // A name holding a count word.
    quiet("举办龙舟赛、铁人三项赛等活动。\n");
    // The last name ends with a verb.
    quiet("城区、园区新增5个停车场。\n");
}

#[test]
fn count_mismatch_names_before_deng_with_brackets_and_quotes() {
    assert_eq!(
        codes("改造东路（北段）、西路、南路、北路等3条道路。\n"),
        vec![Code::CountMismatch]
    );
    quiet("改造东路（北段）、西路等3条道路。\n");
    assert_eq!(
        codes("推广“一窗办”“掌上办”“就近办”等2项改革。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推广“一窗办”“掌上办”等“五项改革”。\n");
    // One name and 等: never more names than the count.
    quiet("净水剂等10个项目签约。\n");
}

#[test]
fn count_mismatch_names_before_deng_holding_a_size() {
    // A size inside a name (`乙能160兆瓦光伏发电`) is words of the name:
    // the names run back past it to the clause's start.
    assert_eq!(
        codes("推进甲电投200兆瓦光伏制氢、乙能160兆瓦光伏发电、丙利50兆瓦风电等2个新能源项目。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推进甲电投200兆瓦光伏制氢、乙能160兆瓦光伏发电、丙利50兆瓦风电等3个新能源项目。\n");
    quiet("加快东坝铜箔、西岭产业园、南港10万吨电解铜等5个项目建设。\n");
    // A figure closing its piece, or a count of things joined to more
    // names, ends what came before: the names start after it.
    quiet("新建10公里绿道、整治改造30条街巷等2件实事。\n");
    quiet("新建甲、乙、丙3个园区和丁、戊等2个。\n");
    assert_eq!(
        codes("引进项目12个、甲、乙、丙等2个园区。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn count_mismatch_first_name_joining_two_of_the_kind() {
    // `甲园区和乙园区、…`: the first name joins two of the things counted.
    assert_eq!(
        codes("推进甲园区和乙园区、丙园区等2个园区扩容。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推进甲园区和乙园区、丙园区等3个园区扩容。\n");
    // A verb or a 的 after the join: one clause, one name.
    quiet("推动东区和西区联手打造甲区、乙区等2个园区。\n");
    quiet("东区和西区共建甲区、乙区等2个园区。\n");
    quiet("甲镇和乙镇的丙村、丁村等2个村完成改造。\n");
}

#[test]
fn part_with_a_class_bound_and_a_rate_between_whole_and_parts() {
    quiet("签约项目80个，其中10亿元以上项目12个。\n");
    assert_eq!(
        codes("签约项目80个，其中10亿元以上项目92个。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("营业收入过50亿元企业5家，其中过100亿元企业2家。\n");
    // The whole is the last figure of the parts' unit.
    quiet("完成投资120亿元，完成率105%，其中重点项目完成投资60亿元。\n");
    assert_eq!(
        codes("完成投资120亿元，完成率105%，其中重点项目完成投资130亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A breakdown in brackets is not the whole of a later 其中.
    quiet("实施项目120个（产业项目70个，基础设施项目50个），其中省重点项目65个。\n");
    // An earlier level compared with is neither whole nor part.
    quiet(
        "工业产值达到200亿元，比上年的150亿元增长33%。其中，轻工业产值达到80亿元，比上年的60亿元增长33%。\n",
    );
}

#[test]
fn parts_after_a_sentence_break_and_over_semicolons() {
    // 其中 opening a sentence, its first part with its own verb.
    assert_eq!(
        codes("一般公共预算收入40亿元，增长6%。其中：税收收入完成45亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Parts named alike run on over ；.
    assert_eq!(
        codes(
            "地区生产总值500亿元，增长5%。其中，第一产业增加值60亿元，增长3%；第二产业增加值200亿元，增长6%；第三产业增加值300亿元，增长5%。\n"
        ),
        vec![Code::PartsExceedWhole]
    );
    quiet(
        "地区生产总值500亿元，增长5%。其中，第一产业增加值60亿元，增长3%；第二产业增加值200亿元，增长6%；第三产业增加值240亿元，增长5%。\n",
    );
    // A clause naming another indicator is no part.
    quiet("财政收入40亿元，其中一般公共预算收入30亿元；社会消费品零售总额90亿元。\n");
}

#[test]
fn respectively_second_list_and_subjects_elsewhere() {
    // A second 分别 speaks of the first one's subjects.
    quiet("城镇、农村居民收入分别达到4.2万元、2.1万元，分别是上年的1.9倍、2.3倍。\n");
    assert_eq!(
        codes("城镇、农村居民收入分别达到4.2万元、2.1万元，分别是上年的1.9倍、2.3倍和2.5倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // From one list to another.
    quiet("城乡低保标准分别由每月600元、400元提高到660元、450元。\n");
    assert_eq!(
        codes("城乡低保标准分别由每月600元、400元提高到660元、450元和300元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // One word of two subjects.
    quiet("城乡居民收入分别增长5.1%、6.3%。\n");
    assert_eq!(
        codes("存贷款余额分别增长5.1%、6.3%和2%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A comparing clause speaks of the list before it.
    quiet("接待游客300万人次、旅游收入25亿元，较上年分别增长12%、15%。\n");
    assert_eq!(
        codes("接待游客300万人次、旅游收入25亿元，较上年分别增长12%、15%和9%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A clause of its own words is not about the list before.
    quiet("推进甲、乙、丙等工作，来访批次分别下降46%、61%。\n");
}

#[test]
fn respectively_values_with_their_own_units_and_periods() {
    quiet("城乡低保标准分别提高到610元/人/月和540元/人/月。\n");
    quiet("牛羊饲养量、出栏量分别达到120万头（只）和80万头（只）。\n");
    quiet("城乡低保标准分别达到每人每月700元、每人每年7000元。\n");
    quiet("马匹、牛存栏分别达到3200匹、1.2万头。\n");
    assert_eq!(
        codes("马匹、牛、羊存栏分别达到3200匹、1.2万头。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn rate_names_read_past_links_adverbs_and_shorter_names() {
    // The longest link: 下降到, not 降到.
    assert_eq!(
        codes("贫困发生率下降到100.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("民生支出占比提升至104.8%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("教育经费占比继续保持在104%。\n"),
        vec![Code::RateOutOfRange]
    );
    // A listed share holding an unbounded word (比率).
    assert_eq!(
        codes("空气质量优良天数比率达到101%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Per-hundred words only make 普及率 unbounded.
    assert_eq!(codes("5G用户占比达到103%。\n"), vec![Code::RateOutOfRange]);
    // Gross ratios may pass 100%.
    quiet("高中阶段毛入学率达到102%，学前三年毛入园率103%。\n");
}

#[test]
fn count_mismatch_names_joined_by_he_quoted_slogans_and_heads() {
    // Two names joined by one 和 before `两个`.
    quiet("发挥城市和乡村两个优势。\n");
    // A quoted count going on with what it is.
    quiet("建立调解、巡查、网格“三位一体”新机制。\n");
    assert_eq!(
        codes("建立调解、巡查、网格“四位一体”新机制。\n"),
        vec![Code::CountMismatch]
    );
    // A quoted list is names even when one opens with a verb.
    quiet("坚持“让利于民、阳光操作、做好群众工作”三项原则。\n");
    // A measure word for lists (张).
    assert_eq!(
        codes("梳理政策、资源、项目“四张清单”。\n"),
        vec![Code::CountMismatch]
    );
    // A heading's number before a quoted count, and a count inside one
    // item of a longer list, stay silent.
    quiet("六、守好“三条底线”，提升治理水平。\n");
    quiet("建成一座加氢站、市区3条公交线路50辆新能源公交投运。\n");
    // Names with their own head noun (整治).
    quiet("开展纠纷化解、校园安全治理、道路隐患整治三大专项行动。\n");
}

#[test]
fn count_mismatch_numbered_lines_after_a_lead() {
    // `一是` paragraphs after a lead closing its line, up to the next part.
    let lead = "一、过去一年的工作\n这一年主要抓了以下四个方面：\n一是稳住工业。甲。\n二是办好农业。乙。\n三是守住生态。丙。\n";
    assert_eq!(
        codes(&format!("{lead}二、今年的安排\n丁。\n")),
        vec![Code::CountMismatch]
    );
    quiet(&format!("{lead}四是改善民生。丁。\n二、今年的安排\n戊。\n"));
    // `1.` lines after a count of things, and `（一）` headings with body
    // lines between them.
    assert_eq!(
        codes("今年继续办好五方面实事。\n1.修好村道。\n2.建好校舍。\n3.改好水厂。\n4.办好食堂。\n"),
        vec![Code::CountMismatch]
    );
    quiet("今年继续办好四方面实事。\n1.修好村道。\n2.建好校舍。\n3.改好水厂。\n4.办好食堂。\n");
    quiet(
        "一、今年的安排\n要在三个方面取得突破。\n（一）工业。\n甲乙。\n（二）农业。\n丙丁。\n（三）服务业。\n戊己。\n二、自身建设\n（一）廉政。\n",
    );
    // Sections with their own subsections.
    assert_eq!(
        codes(
            "今年重点做好三个方面的工作：\n一、稳增长\n（一）抓投资。\n（二）促消费。\n二、惠民生\n（一）稳就业。\n（二）办教育。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Under a numbered heading, one paragraph of lead before `一是`.
    quiet(
        "（二）守住三条底线\n这三条底线关乎全局。\n一是守住生态底线。甲。\n二是守住安全底线。乙。\n三是守住稳定底线。丙。\n",
    );
    // A number at the heading's level or above ends the section and its
    // list, even when it is the next number (`四、` after `三是`).
    let section = "（三）守住底线\n这些底线关乎全局。\n一是守住生态底线。甲。\n二是守住安全底线。乙。\n三是守住稳定底线。丙。\n各位代表，要守住底线。\n四、加强自身建设\n丁。\n";
    quiet(&section.replace("守住底线\n", "守住三条底线\n"));
    assert_eq!(
        codes(&section.replace("守住底线\n", "守住四条底线\n")),
        vec![Code::CountMismatch]
    );
}

#[test]
fn numbered_lines_not_read_to_their_end_stay_silent() {
    // A number out of order: the list is not read to its end.
    quiet("做好以下五个方面工作：\n一是修路。\n二是建校。\n四是治水。\n");
    // The next number written another way.
    quiet("做好以下五个方面工作：\n（一）修路。\n（二）建校。\n三、治水。\n");
    // More items than the count: the last part may be counted apart
    // (`加强政府自身建设`).
    quiet("做好以下两个方面工作：\n一、修路。\n二、建校。\n三、加强自身建设。\n");
    // A count after its noun is a figure, not the list's size.
    quiet("实施重点项目17个：\n一是甲。\n二是乙。\n");
    // Two counts in the lead.
    quiet(
        "做好五个方面、22项具体工作：\n（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n（五）戊。\n",
    );
    // Headings grouping numbered items: the groups are not what is
    // counted.
    quiet("附：今年12件实事\n一、教育\n1.建校。\n2.扩园。\n二、交通\n3.修路。\n");
}

#[test]
fn count_mismatch_ordinals_opening_the_next_sentence() {
    assert_eq!(
        codes("着力打造四个场景。一是创新场景；二是制造场景；三是生态场景。\n"),
        vec![Code::CountMismatch]
    );
    quiet("着力打造三个场景。一是创新场景；二是制造场景；三是生态场景。\n");
    // The next ordinal turns up later in the paragraph: the list may go on.
    quiet("着力打造四个场景。一是创新场景；二是制造场景；三是生态场景。另有四是之说。\n");
    // A figure after its noun counts something else.
    quiet("实施重点项目17个。一是修路；二是建桥。\n");
}

#[test]
fn count_mismatch_bracketed_numbers_after_a_count() {
    assert_eq!(
        codes("今年办好4件民生实事。（1）修路。（2）建校。（3）治水。\n"),
        vec![Code::CountMismatch]
    );
    quiet("今年办好3件民生实事。（1）修路。（2）建校。（3）治水。\n");
    // Items opening the following lines.
    quiet("今年办好3件民生实事：(1)修路。\n(2)建校。\n(3)治水。\n");
    // A number out of order: not read to its end.
    quiet("今年办好4件民生实事。（1）修路。（2）建校。（4）治水。\n");
}

#[test]
fn count_mismatch_a_notes_definitions_name_and_count_their_items() {
    let notes = |definition: &str| format!("推进“3+2”建设。\n注释\n1.“3+2”建设：{definition}\n");
    // Names, then their count.
    assert_eq!(
        codes(&notes("“3”指甲中学、乙中学、丙中学、丁中学3个校舍项目。")),
        vec![Code::CountMismatch]
    );
    quiet(&notes("“3”指甲中学、乙中学、丙中学3个校舍项目。"));
    // Names in brackets stay one name; a count after its own measure word.
    quiet(&notes("“5”即省、市、县、街道（乡镇）、社区（村）五级。"));
    // The count first, its names after 即 (the slogan rule, reading
    // `“3+2”` by its labels, may tell it too).
    assert!(
        codes(&notes("“2”指2家医院，即甲医院、乙医院、丙医院。")).contains(&Code::CountMismatch)
    );
    quiet(&notes("“2”指2家医院，即甲医院、乙医院。"));
}

#[test]
fn a_notes_definitions_that_are_not_lists_of_names_stay_silent() {
    let notes = |definition: &str| format!("推进“3+2”建设。\n注释\n1.“3+2”建设：{definition}\n");
    // Quantities, not names.
    quiet(&notes("“3”即建成20个示范村、50个样板村、100个清洁村。"));
    quiet(&notes("“3”即抓好三件大事、打好六场硬仗两个重点。"));
    // A count of each name.
    quiet(&notes("“2”即甲村、乙村、丙村各2个。"));
    // A phrase, not names.
    quiet(&notes("“2”即以甲、乙和丙为两个抓手。"));
    // A quoted name may stand for several.
    quiet(&notes("“7”是指“甲乙丙丁戊”、己产业和庚产业7个重点产业。"));
    // The noun after the count holds another slogan.
    quiet(&notes("“3”指“两个屏障”“一个基地”，即甲、乙、丙、丁。"));
}

#[test]
fn count_mismatch_names_before_deng_in_more_forms() {
    // A long first name carrying the clause's verb.
    assert_eq!(
        codes("扎实开展清理各类隐性准入壁垒专项工作、激发投资活力、破解融资难题等两大行动。\n"),
        vec![Code::CountMismatch]
    );
    quiet("扎实开展清理各类隐性准入壁垒专项工作、激发投资活力、破解融资难题等三大行动。\n");
    // What is counted between 等 and a count closing the clause.
    assert_eq!(
        codes("新增东区机床、西区纺织、南区农机等国家级集群2个、总数达到8个。\n"),
        vec![Code::CountMismatch]
    );
    quiet("新增东区机床、西区纺织、南区农机等国家级集群3个、总数达到8个。\n");
    // A count above 60 and a space before the measure word.
    quiet("甲公路、乙铁路等120个项目建成投用，丙港、丁站等 4 个项目开工。\n");
}

#[test]
fn parts_in_a_second_unit_pair_with_the_whole_named_alike() {
    // Each measure's part against the whole named by the same words.
    assert_eq!(
        codes(
            "实施项目80个、总投资300亿元、年度投资90亿元，其中工业项目30个、总投资120亿元、年度投资95亿元。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    quiet(
        "实施项目80个、总投资300亿元、年度投资90亿元，其中工业项目30个、总投资120亿元、年度投资45亿元。\n",
    );
    // A part no whole names alike is left out.
    quiet("实施项目80个、总投资300亿元，其中工业项目30个、到位资金500亿元。\n");
}

#[test]
fn the_whole_is_the_level_not_the_change_after_it() {
    assert_eq!(
        codes("经营主体总数达12万户、净增1万户，其中企业15万户、净增2000户。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("经营主体总数达12万户、净增1万户，其中企业3万户、净增2000户。\n");
}

#[test]
fn a_count_before_its_noun_is_a_part_not_a_class_bound() {
    assert_eq!(
        codes("全市128个重点项目全部开工。其中130个省重点项目投资完成率超过100%。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全市128个重点项目全部开工。其中26个省重点项目投资完成率超过100%。\n");
    // A class bound still is one.
    quiet("签约项目40个，其中50亿元以上项目6个。\n");
}

#[test]
fn count_mismatch_note_names_in_quotes_and_brackets() {
    // The slogan rule reads the same note; one slip is told once, by the
    // count rule.
    let text =
        "实施五大工程。\n注释\n1.五大工程：指甲河治理、“两山”修复、乙港(含丙区)改造、丁线建设。\n";
    assert_eq!(codes(text), vec![Code::CountMismatch]);

    quiet(
        "实施四大工程。\n注释\n1.四大工程：指甲河治理、“两山”修复、乙港(含丙区)改造、丁线建设。\n",
    );
    // Touching quotes inside one name, and a name joined by 和.
    quiet(
        "办好三件实事。\n注释\n1.三件实事：开展“你点我检”“你送我检”工作、改造甲路、建设乙馆和丙馆。\n",
    );
    quiet(
        "办好四件实事。\n注释\n1.四件实事：开展“你点我检”“你送我检”工作、改造甲路、建设乙馆和丙馆。\n",
    );
}

#[test]
fn count_mismatch_names_after_a_count_repeating_its_noun() {
    // After `：`, `（…）` or `即`, each name repeats what is counted.
    quiet("建设三个中心：物流中心、会展中心、数据中心。\n");
    assert_eq!(
        codes("建设四个中心：物流中心、会展中心、数据中心。\n"),
        vec![Code::CountMismatch]
    );
    quiet("培育两类园区（农业示范园区、科创孵化园区），带动就业。\n");
    assert_eq!(
        codes("培育三类园区（农业示范园区、科创孵化园区），带动就业。\n"),
        vec![Code::CountMismatch]
    );
    quiet("着力打造“三个高地”，即人才高地、开放高地、文旅高地。\n");
    // Quoted, it is a slogan and its definition: `slogan-count` says it,
    // once.
    assert_eq!(
        codes("着力打造“两个高地”，即人才高地、开放高地、文旅高地。\n"),
        vec![Code::SloganCount]
    );
    // After a bare `，`, the first name may carry the verb; each must end
    // with the counted noun.
    quiet("四个片区，加快建设东片区、西片区、南片区、北片区；两条主线，稳增长。\n");
    assert_eq!(
        codes("五个片区，加快建设东片区、西片区、南片区、北片区；两条主线，稳增长。\n"),
        vec![Code::CountMismatch]
    );
    // Quoted with its names in brackets, or in a note: count-mismatch.
    assert_eq!(
        codes("着力打造“两个高地”（人才高地、开放高地、文旅高地）。\n"),
        vec![Code::CountMismatch]
    );
    // Two joined by 和 in one name.
    quiet("建设三个中心：物流中心和会展中心、数据中心。\n");
    // A name not repeating the noun in a clause going on, a name with a
    // figure, or a list closed by 等 with fewer names: nothing is said.
    quiet("建设四个中心：物流中心、会展中心、数据平台，带动就业。\n");
    quiet("建设四个中心：物流中心、会展中心、3个数据中心。\n");
    quiet("建设四个中心：物流中心、会展中心等。\n");
    // In brackets right after the count, with or without its noun.
    quiet("开通3条线路（东线、西线、环线），方便出行。\n");
    assert_eq!(
        codes("开通4条线路（东线、西线、环线），方便出行。\n"),
        vec![Code::CountMismatch]
    );
    quiet("认定众创空间3家（甲空间、乙基地、丙园）。\n");
    assert_eq!(
        codes("认定众创空间2家（甲空间、乙基地、丙园）。\n"),
        vec![Code::CountMismatch]
    );
    quiet("新增企业3家（其中国家级1家、省级2家）。\n");
    quiet("开展2个专项整治（甲问题专项整治、“乙”“丙”问题专项整治）。\n");
    // After a colon, short plain names ending the sentence.
    quiet("抓好三项工作：稳就业、促消费、惠民生。\n");
    assert_eq!(
        codes("抓好四项工作：稳就业、促消费、惠民生。\n"),
        vec![Code::CountMismatch]
    );
    quiet("抓好四项工作：稳就业、促消费、惠民生，推动发展。\n");
    // After `分别是`, any names.
    quiet("县内的三个二级站分别是东站、西站、南站。\n");
    assert_eq!(
        codes("县内的四个二级站分别是东站、西站、南站。\n"),
        vec![Code::CountMismatch]
    );
    // After a bare `，`, a clause going on is no list.
    quiet("建成三个中心，物流中心、会展中心，带动就业。\n");
}

#[test]
fn count_mismatch_levels_of_government_before_ji() {
    // One character per level, bare or joined by `、`.
    quiet("实现省市县乡四级全覆盖。\n");
    assert_eq!(
        codes("实现省市县乡三级全覆盖。\n"),
        vec![Code::CountMismatch]
    );
    quiet("加快健全县乡村三级物流体系。\n");
    quiet("构建区、镇、村三级河长体系。\n");
    assert_eq!(
        codes("构建区、镇、村四级河长体系。\n"),
        vec![Code::CountMismatch]
    );
    // `乡镇` is one level: `乡镇三级公路` is a grade of road.
    quiet("建成旗镇村三级工作站，实现乡镇三级公路互通。\n");
    // A run that may start inside a word: `全省` is the province's whole.
    quiet("推动全省市县两级联动。\n");
    quiet("贯通国家省市县四级平台。\n");
    // Among levels parted by `、`, a run is one tier's name, or one
    // level each: a count meeting either is read as met.
    quiet("完善市、县区两级创业服务中心。\n");
    quiet("完善市、县区三级创业服务中心。\n");
    assert_eq!(
        codes("完善省、市县四级创业服务中心。\n"),
        vec![Code::CountMismatch]
    );
    // Out of the top-down order, or two levels making a word: the run may
    // start inside a word.
    quiet("加快重组市县两级疾控中心。\n");
    quiet("深入实施美丽乡村“四级联创”。\n");
    quiet("加快建设新市镇“三级商圈”。\n");
    // Run together from the top down, each character is a level.
    assert_eq!(
        codes("加快重建市县乡两级疾控中心。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn count_mismatch_names_in_more_words_and_notes() {
    // Two groups joined by 和, each counted.
    quiet("组建甲行、乙社、丙所3家公司和丁台、戊报2家媒体。\n");
    assert_eq!(
        codes("组建甲行、乙社、丙所3家公司和丁台、戊报3家媒体。\n"),
        vec![Code::CountMismatch]
    );
    // A 和 inside a name between two `、` may join words of that name or
    // two names (`居家和社区养老中心`, `存款和贷款余额`): a count meeting
    // either reading is no sure mismatch; one meeting neither is.
    quiet("配置文化中心、居家和社区养老中心、便民超市三类设施。\n");
    quiet("配置文化中心、居家和社区养老中心、便民超市四类设施。\n");
    assert_eq!(
        codes("配置文化中心、居家和社区养老中心、便民超市五类设施。\n"),
        vec![Code::CountMismatch]
    );
    // `及` and `与` inside a name tie its words (`汽车及零部件`).
    assert_eq!(
        codes("发展索具、汽车及零部件、石油装备四大产业。\n"),
        vec![Code::CountMismatch]
    );
    quiet("建成城区和东城、西城、南城4座水厂。\n");
    quiet("我们同各国和甲国、乙国、丙国等国家在和平共处五项原则基础上合作。\n");
    // A figure after a verb of change says what the counted things did.
    quiet("煤炭、石墨、食品三大产业增加值增长12.5%。\n");
    assert_eq!(
        codes("煤炭、石墨、食品四大产业增加值增长12.5%。\n"),
        vec![Code::CountMismatch]
    );
    // A bracket may qualify a name.
    quiet("新增东区、西区（含新城）2个示范区。\n");
    assert_eq!(
        codes("新增东区、西区（含新城）3个示范区。\n"),
        vec![Code::CountMismatch]
    );
    quiet("新增东区、西区（含甲、乙）3个示范区。\n");
    // The counted words may be quoted.
    assert_eq!(
        codes("打通东街、西街3条“断头路”。\n"),
        vec![Code::CountMismatch]
    );
    // An ASCII comma ends a clause.
    assert_eq!(
        codes("坚持节约,顶住了收入减少、还款高峰、偿还欠款等两重压力。\n"),
        vec![Code::CountMismatch]
    );
    // 地 inside a noun is no adverb.
    quiet("固定资产投资、地方财政收入两项指标保持增长。\n");
    assert_eq!(
        codes("固定资产投资、地方财政收入三项指标保持增长。\n"),
        vec![Code::CountMismatch]
    );
    // In a note: an ASCII colon ends the clause, 涉及 joins nothing.
    quiet("推行一件事服务。\n注释\n1.一件事:开办涉及登记、刻章、开户等3个事项。\n");
    assert_eq!(
        codes("推行一件事服务。\n注释\n1.一件事:开办涉及登记、刻章、开户等2个事项。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn count_mismatch_ordinals_after_a_colon_closed_or_going_on() {
    // A list after `：一是` that ends its paragraph, with no more items
    // after it, is closed: one ordinal short is a finding.
    assert_eq!(
        codes("重点抓好三个方面：一是稳工业。二是强农业。\n各位代表，要抓好落实。\n"),
        vec![Code::CountMismatch]
    );
    quiet("重点抓好两个方面：一是稳工业。二是强农业。\n各位代表，要抓好落实。\n");
    // Items going on in other words, or a next paragraph opening with
    // the next number: open.
    quiet("大体上有四种类型：一是甲。二是乙；一类是丙，另一类是丁。\n各位代表，要抓好落实。\n");
    quiet("重点抓好三个方面：一是稳工业。二是强农业。\n三要改善民生。\n");
}

#[test]
fn count_mismatch_quoted_counts_of_deeds_and_joins_that_join_nothing() {
    // A quoted count closing its clause counts the deeds before it, even
    // when one ends or starts with a verb.
    quiet("推进源头治理、过程监管、考核优化“三项行动”。\n");
    assert_eq!(
        codes("推进源头治理、过程监管、考核优化“四项行动”。\n"),
        vec![Code::CountMismatch]
    );
    quiet("围绕登记预审、受理、办结、维护秩序“四个规范化”目标推进工作。\n");
    assert_eq!(
        codes("围绕登记预审、受理、办结、维护秩序“五个规范化”目标推进工作。\n"),
        vec![Code::CountMismatch]
    );
    // ... but not when a bare verb takes the quoted count as its object.
    quiet("以“百村工程”带动城乡融合、缩小“三大差距”。\n");
    // `N个一批`: one of each name.
    quiet("培育示范街区、夜间集市、老字号“三个一批”。\n");
    assert_eq!(
        codes("培育示范街区、夜间集市、老字号“四个一批”。\n"),
        vec![Code::CountMismatch]
    );
    // An amount after 一 is a slogan of its own.
    quiet("实施甲计划、乙计划“四个一百”工程。\n");
    // A 和 followed by one character, or opening the first name, joins
    // no two names of three characters or more.
    quiet("改造光明街、人和街2条街道。\n");
    assert_eq!(
        codes("改造光明街、人和街3条街道。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("坚持“取利与民、公开透明、做细群众工作”四项原则。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("划定三类空间，以及对应的开发边界、农田保护红线、生态红线4条控制线。\n"),
        vec![Code::CountMismatch]
    );
    // One character before it may be a name of its own.
    quiet("打造中药材、茶和精细化工3个产业。\n");
}

#[test]
fn count_mismatch_ordinals_closed_by_the_leads_next_sibling() {
    // `第一，…N个…。一是…` then a paragraph opening `第二，`: the lead's
    // sibling, not one more item.
    let text = |n: &str| {
        format!(
            "第一，着力打造{n}个示范片区。一是东部片区，建设新城。二是西部片区，建设园区。\n第二，着力办好民生实事。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(codes(&text("三")), vec![Code::CountMismatch]);
    // A paragraph opening `第三` after a lead that opened otherwise may be
    // one more item written another way.
    quiet(
        "着力打造三个示范片区。一是东部片区，建设新城。二是西部片区，建设园区。\n第三，南部片区，建设港区。\n",
    );
}

#[test]
fn count_mismatch_each_count_with_its_own_bracket_and_long_first_names() {
    // Counts each followed by a bracket of names: the 、 between them
    // shares nothing.
    let text = |n: &str| {
        format!(
            "目标是建成三个中心（建成物流中心、数据中心、会展中心）、打造{n}个基地（打造种业基地、药材基地）。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(codes(&text("三")), vec![Code::CountMismatch]);
    // A bracket of kinds that do not repeat what is counted qualifies it.
    quiet("计划建成4个样板市（州）、12个样板县（市、区），带动乡镇发展。\n");
    quiet("新（改、扩）建20个卫生院（中心卫生院、分院）。\n");
    // Without brackets of their own, a count after a 、 may share a list.
    quiet("建成三个中心、两个基地：物流中心、数据中心、会展中心、种业基地、药材基地。\n");
    // Names before 等 whose first carries the words of its clause.
    let text = |n: &str| {
        format!(
            "第二项指持续推动城乡公共交通设施建设、发展交通装备产业、推进智慧交通建设等“{n}大任务”。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("二")), vec![Code::CountMismatch]);
}

/// A unit ending in the first character of `分别` (`公分`) makes a figure
/// that runs into it: the subjects before `分别` are read without it,
/// and nothing panics (found by the fuzz target).
#[test]
fn respectively_after_a_figure_running_into_it() {
    quiet("两岸护坡各加高30公分别处不动。\n");
    quiet("新修步道2公里、绿道8公分别位于城东和城西。\n");
}

/// A run of `分别` with no clause break, one of them interrupted by a
/// marker: an earlier reading's values may run past where a later clause
/// starts, and that clause does not follow them (it panicked; found by the
/// fuzz target, seed 203).
#[test]
fn respectively_values_running_past_a_later_clause() {
    let run = "丙产量分别增长4.5%".repeat(20);
    let text = format!("甲、分别增长别增长4.5%丙产量分别%{run}丙产量分别【3】增长4.5%{run}\n");
    let _ = figure_findings(&text);
}

#[test]
fn growth_to_a_level_whose_base_is_printed_before() {
    // The base year's level of the same indicator in an earlier sentence.
    let base = |rest: &str| review_then_plan("去年税收收入完成42亿元。", rest);
    quiet(&base("今年税收收入增长5%，达到44.1亿元；"));
    assert_eq!(
        codes(&base("今年税收收入增长15%，达到44.1亿元；")),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes(&base("今年税收收入达到44.1亿元，增长15%；")),
        vec![Code::GrowthMismatch]
    );
    // Alone in its paragraph, the pairing is not sure: no finding.
    quiet("一、回顾\n去年税收收入完成42亿元。\n二、安排\n今年税收收入增长15%，达到44.1亿元。\n");
    // Another scope of the indicator is no base.
    quiet("全市税收收入完成42亿元，市本级税收收入增长15%，达到14.1亿元。\n");
    // Two levels of the indicator before: which one is the base is not said.
    quiet("税收收入2019年为38亿元，2020年为42亿元。税收收入增长15%，达到44.1亿元。\n");
    // Comparable-price volumes are never compared with nominal levels.
    quiet("去年地区生产总值完成420亿元。今年地区生产总值增长9%，达到441亿元。\n");
}

#[test]
fn average_growth_counts_the_years_between_the_levels() {
    // From the end of one plan to the end of the next: five years.
    quiet("一般公共预算收入由“十二五”末的7.4亿元增加到10.2亿元，年均增长6.6%。\n");
    let got =
        figure_findings("一般公共预算收入由“十二五”末的7.4亿元增加到10.2亿元，年均增长12%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    // The rate implied is stated over the five years read, not four.
    assert!(got[0].2.contains("6.4%–6.9%"), "{}", got[0].2);
    quiet("一般公共预算收入由2017年末的7.4亿元增加到2022年末的10.2亿元，年均增长6.6%。\n");
    // Years stated with the rate.
    quiet("一般公共预算收入从2017年的7.4亿元增加到2022年的10.2亿元，五年年均增长6.6%。\n");
    assert_eq!(
        codes("一般公共预算收入从2017年的7.4亿元增加到2022年的10.2亿元，五年年均增长9.6%。\n"),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn growth_from_a_base_printed_before_abstains_on_restated_levels_and_output_values() {
    // The year's level printed twice (a summary, then the review) is no base.
    quiet("五年来，固定资产投资达到86亿元。\n全年固定资产投资完成86亿元，同比增长7%。\n");
    // Output values grow at comparable prices.
    quiet("去年工业总产值达到310亿元。今年工业总产值增长9%，达到320亿元。\n");
}

#[test]
fn growth_stated_by_the_last_figure_of_the_text_is_read() {
    // The rate closing the text, with no figure after it.
    assert_eq!(
        codes(
            "一、回顾\n去年税收收入完成42亿元。县财政教育投入5.4亿元，县财政卫生投入2.6亿元。\n二、安排\n县财政教育投入5.94亿元，增长10%；县财政卫生投入2.86亿元，增长10%；今年税收收入达到44.1亿元，增长15%"
        ),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn an_implied_change_whose_bounds_print_alike_is_one_figure() {
    // Over five years both bounds round to 5.9%: no `5.9%–5.9%`.
    let got =
        figure_findings("五年来，全县一般公共预算收入由126.4亿元增加到168.2亿元，年均增长8.9%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].2.contains("变化应为 5.9%，"), "{}", got[0].2);
}

#[test]
fn a_stated_fall_is_compared_and_named_by_its_size() {
    let got = figure_findings("全县进出口总额由120亿元下降到100亿元，下降30%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::GrowthMismatch);
    assert!(got[0].2.contains("变化应为 15.9%–17.4%"), "{}", got[0].2);
    let got = figure_findings("城镇登记失业率由4.5%下降到4.1%，下降0.9个百分点。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].2.contains("相差 0.3–0.5 个百分点"), "{}", got[0].2);
    // The same falls, stated right, stay quiet.
    assert!(figure_findings("全县进出口总额由120亿元下降到100亿元，下降16.7%。\n").is_empty());
    assert!(figure_findings("城镇登记失业率由4.5%下降到4.1%，下降0.4个百分点。\n").is_empty());
}

#[test]
fn a_mismatched_list_names_its_join_as_two_items() {
    // `甲、乙、丙和丁` holds four names: the message says 4, not 3.
    let got = figure_findings("新建卫生院5所：东岗、西岗、南岗和中岗卫生院。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::CountMismatch);
    assert!(got[0].2.contains("列举 4 项"), "{}", got[0].2);
    assert!(figure_findings("新建卫生院5所：东岗、西岗、南岗、北岗和中岗卫生院。\n").is_empty());
}

#[test]
fn a_base_then_its_rate_then_the_level_reached() {
    // `由A增长X%，达到B`: the base, the rate, the level, in that order.
    let got = figure_findings("全县进出口总额由10亿元增长50%，达到20亿元。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0, got[0].1.as_str()), (Code::GrowthMismatch, "50%"));
    let got = figure_findings("外贸出口由10亿元增长1.1倍，达到31亿元。\n");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::GrowthMismatch, "1.1倍")
    );
    for quiet in [
        "全县进出口总额由10亿元增长100%，达到20亿元。\n",
        "外贸出口由10亿元增长1.1倍，达到21亿元。\n",
        "社会消费品零售总额由30亿元下降10%，降至27亿元。\n",
        // A volume's rate is at comparable prices, its levels nominal.
        "地区生产总值由100亿元增长8%，达到120亿元。\n",
        // Another subject's level after the rate.
        "税收收入由10亿元增长20%，占财政收入的比重达到60%。\n",
    ] {
        let got = figure_findings(quiet);
        assert!(got.is_empty(), "{quiet}\n{got:?}");
    }
}

#[test]
fn a_change_in_per_mille_points() {
    let got = figure_findings("人口出生率由１２．５‰下降到１０．５‰，下降３个千分点。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::PointsMismatch);
    assert!(got[0].2.contains("相差 1.9–2.1 个千分点"), "{}", got[0].2);
    for quiet in [
        "人口出生率由１２．５‰下降到１０．５‰，下降２个千分点。\n",
        "人口自然增长率由12.5‰下降到10.5‰，下降2个千分点。\n",
        // Per-mille points between two percents.
        "城镇登记失业率由5%下降到4.5%，下降5个千分点。\n",
        // Not a count of 5: no list stands behind `5个千分点`.
        "人口自然增长率下降5个千分点。\n",
    ] {
        let got = figure_findings(quiet);
        assert!(got.is_empty(), "{quiet}\n{got:?}");
    }
}

#[test]
fn ratio_sum_mismatch() {
    assert_eq!(
        figure_findings("三次产业结构由14.8∶39.6∶45.6调整为11.3∶37.2∶53.8。\n"),
        vec![(
            Code::RatioSumMismatch,
            "11.3∶37.2∶53.8".to_string(),
            "结构比 11.3∶37.2∶53.8 各项之和为 102.3，不是 100".to_string()
        )]
    );
    // Full-width digits and colons, four parts, percent signs.
    assert_eq!(
        codes("农林牧渔业比例为４０．２：３０．１：２０．４：１２．３。\n"),
        vec![Code::RatioSumMismatch]
    );
    assert_eq!(
        codes("一二三产业比例为9%:41%:45%。\n"),
        vec![Code::RatioSumMismatch]
    );
    // The vertical two-dot leader some fonts print for the ratio sign.
    assert_eq!(
        codes("三次产业结构调整为16︰27︰59。\n"),
        vec![Code::RatioSumMismatch]
    );
    quiet("三次产业结构调整为16︰27︰57。\n");
}

#[test]
fn industry_shares_listed_after_respectively_add_up_to_a_hundred() {
    assert_eq!(
        figure_findings("全县一、二、三产业占比分别为9.4%、37.1%、55.3%。\n"),
        vec![(
            Code::RatioSumMismatch,
            "9.4%、37.1%、55.3%".to_string(),
            "结构比 9.4%、37.1%、55.3% 各项之和为 101.8，不是 100".to_string()
        )]
    );
    // Rounded to their last digit, they hold.
    quiet("全县一、二、三产业占比分别为9.4%、37.1%、53.4%。\n");
    quiet("三次产业比重分别为9%、37%、53%。\n");
    // Growth rates and contributions to growth are no shares; a change is
    // no share either.
    quiet("三次产业增加值分别增长3.1%、6.2%、5.8%。\n");
    quiet("三次产业对经济增长的贡献率分别为6.1%、39.2%、61.4%。\n");
    quiet("三次产业占比分别提高0.3%、1.2%、0.8%。\n");
}

#[test]
fn ratios_that_hold_or_are_no_shares_of_a_hundred_stay_silent() {
    // Each part rounded to its last digit: 100.1 and 99.9 are 100.
    quiet("三次产业结构由14.8∶39.6∶45.7调整为11.3∶37.2∶51.4。\n");
    quiet("三次产业结构为9.7∶40.1∶50.1，产业比例更趋合理。\n");
    quiet("三次产业比为8∶42∶50。\n");
    // Not shares of 100: a plan's proportions, a ratio of two, no structure word.
    quiet("新增投资按1∶2∶3的结构安排。\n");
    quiet("出生人口性别比为104.5∶100。\n");
    quiet("比赛以21∶19∶23结束，观众达到3万人。\n");
    // The structure word belongs to another clause.
    quiet("产业结构持续优化。比分为30∶33∶40。\n");
    // A range's end is no part, nor a part spaced off a longer chain.
    quiet("三次产业结构为10～12∶40∶48。\n");
    quiet("三次产业结构为10∶40∶45～50。\n");
    quiet("农林牧渔业结构为15 ∶40∶30∶15。\n");
    quiet("农林牧渔业结构为40∶30∶15 ∶15。\n");
    // Spaced, it holds when it adds up.
    quiet("三次产业结构为 10.2 ∶ 42.5 ∶ 47.3。\n");
}

#[test]
fn a_spaced_ratio_is_read() {
    assert_eq!(
        codes("三次产业结构为 10.2 ∶ 42.5 ∶ 45.3。\n"),
        vec![Code::RatioSumMismatch]
    );
    assert_eq!(
        codes("三次产业结构为12　∶　38　∶　53。\n"),
        vec![Code::RatioSumMismatch]
    );
    // After a label's colon.
    assert_eq!(
        codes("三次产业结构：12∶38∶53。\n"),
        vec![Code::RatioSumMismatch]
    );
}

#[test]
fn a_ratio_on_the_line_after_its_structure_word_is_read() {
    // A line broken mid-sentence, as a PDF export leaves it.
    assert_eq!(
        codes("全县三次产业结构由上年的\n12.4∶41.3∶48.3调整为11.9∶40.6∶47.5。\n"),
        vec![Code::RatioSumMismatch]
    );
    quiet("全县三次产业结构由上年的\n12.4∶41.3∶46.3调整为11.9∶40.6∶47.5。\n");
    // A sentence ended before the break: the clause after it has no structure word.
    quiet("全县产业结构持续优化。\n比赛得分为30∶33∶40。\n");
    quiet("全县产业结构持续优化\n\n比赛得分为30∶33∶40。\n");
}

#[test]
fn ratio_sum_mismatch_after_shares_and_make_up() {
    assert_eq!(
        codes("三次产业比重调整为6.5∶38.1∶52.4。\n"),
        vec![Code::RatioSumMismatch]
    );
    quiet("全县经济构成为6.5∶38.1∶55.4。\n");
}

#[test]
fn growth_from_a_base_of_its_own_scope_and_one_rate_for_each_level() {
    // Another scope's level before is another indicator, passed over: the
    // base is the one of the target's scope.
    let base = |rest: &str| {
        review_then_plan(
            "去年全县税收收入完成60亿元，县本级税收收入完成42亿元。",
            rest,
        )
    };
    quiet(&base("今年县本级税收收入增长5%，达到44.1亿元；"));
    assert_eq!(
        codes(&base("今年县本级税收收入增长15%，达到44.1亿元；")),
        vec![Code::GrowthMismatch]
    );
    // `A达到X，B达到Y，分别增长r%`: one rate for both levels (a `分别`
    // with one value is the respectively rule's to name).
    let both = |rest: &str| {
        review_then_plan(
            "去年税收收入完成42亿元，旅游收入完成40亿元。",
            &rest.replace('。', "；"),
        )
    };
    let growth = |text: &str| codes(text).contains(&Code::GrowthMismatch);
    assert!(!growth(&both(
        "今年税收收入达到44.1亿元，旅游收入达到42亿元，分别增长5%。"
    )));
    assert!(growth(&both(
        "今年税收收入达到44.1亿元，旅游收入达到42亿元，分别增长15%。"
    )));
    // A list of rates, one a level: the first is not the last level's.
    quiet(&both(
        "今年税收收入达到44.1亿元，旅游收入达到44亿元，分别增长5%、10%。",
    ));
}

#[test]
fn growth_read_past_a_clause_naming_its_basis_is_not_compared() {
    // `，按可比价格计算，年均增长`: read, and never compared with the levels.
    let text = "2031年示例县政府工作报告\n各位代表：\n社会消费品零售总额从2025年的20亿元增加到2030年的30亿元，按可比价格计算，年均增长12%。城镇居民收入由2025年的3万元增加到2030年的4万元，年均实际增长9%。\n";
    let config = Config::default();
    let doc = Document::parse(text, &config);
    let readings = report_analysis::checks::growth_readings(&doc);
    assert_eq!(readings.len(), 2, "{readings:?}");
    assert!(readings.iter().all(|r| r.not_comparable && r.years == 5));
    quiet(
        "社会消费品零售总额从2025年的20亿元增加到2030年的30亿元，按可比价格计算，年均增长12%。\n",
    );
}

#[test]
fn a_slogan_and_its_part_read_against_one_group_say_the_slip_once() {
    // The note lists each part's items under a line of its own.
    let noted = |slogan: &str| {
        format!(
            "推动“{slogan}”①建设。\n注：\n①一心两翼：\n一心：\n（1）老城中心。\n两翼：\n（1）东部新城；\n（2）西部新城。\n"
        )
    };
    let got = codes(&noted("一心三翼"));
    assert_eq!(
        got.iter().filter(|c| **c == Code::SloganCount).count(),
        1,
        "{got:?}"
    );
}

#[test]
fn a_fall_to_a_level_said_with_jian_zhi_or_huiluo_zhi() {
    // `由A减至B，减少X%` and `由A回落至B，下降X%`: a fall from one level to
    // another, read as `由A减少到B` is.
    quiet("出生人口由上年的2.1万人减至1.9万人，减少9.5%。\n");
    assert_eq!(
        codes("出生人口由上年的2.1万人减至1.9万人，减少19.5%。\n"),
        vec![Code::GrowthMismatch]
    );
    quiet("库存商品房由80万平方米回落至60万平方米，下降25%。\n");
    assert_eq!(
        codes("库存商品房由80万平方米回落至60万平方米，下降15%。\n"),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn a_level_its_added_amount_and_rate_parted_by_half_width_commas() {
    // `收入21,560元,比上年增加1,380元,增长6.8%`: the clauses parted by
    // half-width commas, the figures grouped by them, read as the
    // full-width form is.
    quiet("居民人均收入21,560元,比上年增加1,380元,增长6.8%。\n");
    assert_eq!(
        codes("居民人均收入21,560元,比上年增加1,380元,增长8.6%。\n"),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn growth_between_levels_per_unit_is_compared() {
    // A concentration (`微克/立方米`) or a rate per head falls or grows by
    // a ratio of its two levels like any level.
    let got = figure_findings("细颗粒物平均浓度由40微克/立方米下降到30微克/立方米，下降35%。\n");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, Code::GrowthMismatch);
    quiet("细颗粒物平均浓度由40微克/立方米下降到30微克/立方米，下降25%。\n");
    assert_eq!(
        codes("人均日生活用水量由120升/人提高到150升/人，增长35%。\n"),
        vec![Code::GrowthMismatch]
    );
    quiet("人均日生活用水量由120升/人提高到150升/人，增长25%。\n");
}

#[test]
fn urbanization_over_registered_residents_is_another_rate() {
    // The rate over registered residents (户籍人口) is its own indicator,
    // well below the one over all residents; only the bare `城镇化率` is
    // the residents' rate.
    quiet("2030年，全县常住人口城镇化率达到52.4%，户籍人口城镇化率41.3%。\n");
    quiet("2030年，全县城镇化率达到52.4%，其中户籍城镇化率41.3%。\n");
    assert_eq!(
        codes(
            "2030年，全县常住人口城镇化率达到52.4%。\n其他工作。\n2030年，全县城镇化率达到54.1%。\n"
        ),
        vec![Code::FigureConflict]
    );
}

#[test]
fn count_mismatch_deeds_said_done_after_a_comma() {
    // `实事共N件，已全部完成：（1）…`: words saying all were done, after a
    // comma, leave the count leading its numbered items.
    let text = |count: &str| {
        format!(
            "去年确定的民生实事共{count}件，已全部完成：（1）新建公办幼儿园2所；（2）硬化村道40公里；（3）新建社区食堂6个。\n"
        )
    };
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
    quiet(&text("3"));
}

#[test]
fn slogan_count_spelled_by_the_run_after_it() {
    // Paragraphs after the slogan's, each opening with one thing it
    // counts, up to the next heading.
    let paragraphs = |slogan: &str| {
        format!(
            "（一）加快乡村发展。实施“{slogan}”工程，推动农业升级。\n甲业质量提升工程。扩大甲业规模。\n乙类设施提升工程。新建道路10公里。\n丙区环境提升工程。改造厕所20座。\n（二）加快城市建设。新建公园3个。\n"
        )
    };
    quiet(&paragraphs("三提升"));
    assert_eq!(codes(&paragraphs("四提升")), vec![Code::SloganCount]);
    // A word of one letter stands in openings by chance: it only confirms.
    quiet(&paragraphs("四提"));
    quiet(
        "补齐“三农”短板。一是优化农业结构。稳定粮食生产。二是促进农村融合。培育合作社，发展电商。\n",
    );
    // The paragraphs after are the slogan's only when it heads them, in
    // a heading; a paragraph may open the run of its own topic.
    let under = |heading: &str, paragraph: &str| {
        format!(
            "（一）{heading}\n{paragraph}甲中心建设加快。新建场馆2个。\n乙中心建设加快。新建场馆3个。\n（二）加快乡村发展。\n"
        )
    };
    assert_eq!(
        codes(&under("推进“三中心”建设", "")),
        vec![Code::SloganCount]
    );
    quiet(&under("加快城市建设", "推进“三中心”建设，完善城市功能。\n"));
    // A last part of several letters may be carried by its first alone:
    // one letter, which only confirms.
    quiet(
        "（一）推进“三城同创”\n城市改造加快。新建道路。\n城市管理提高。新建站点。\n（二）加快乡村发展。\n",
    );
    // A run broken by a paragraph of another form abstains.
    quiet(
        "（一）加快乡村发展。实施“四个提升”工程。\n甲业质量提升工程。扩大甲业规模。\n乙类设施提升工程。新建道路。\n同时，要加强组织领导，压实各方责任，确保各项任务落到实处。\n（二）加快城市建设。\n",
    );
    // An opening joining two names may count two: only a holding count.
    quiet(
        "（一）加快设施建设。推进“四网络”建设。\n甲路网络建设加快。新建道路10公里。\n乙水网络建设加快。新建水厂1座。\n丙气和丁电网络不断完善。新建管线5公里。\n（二）加快城市建设。\n",
    );
}

#[test]
fn slogan_count_reads_a_word_held_in_another_parts_word_apart() {
    // 比 is inside 不比: every item carries 比 twice, yet it is one 比 and
    // one 不比.
    let text = |slogan: &str| {
        format!(
            "坚持“{slogan}”①。\n注释\n①{slogan}：比干劲不比资历，比实绩不比口号，\
             比服务不比架子，比创新不比守旧，比奉献不比索取。\n"
        )
    };
    quiet(&text("五比五不比"));
    assert_eq!(codes(&text("六比五不比")), vec![Code::SloganCount]);
}

#[test]
fn a_value_outside_the_bound_it_was_kept_within() {
    // The clause after a value, with no subject of its own, bounds that
    // value.
    let rate = |value: &str| format!("城镇登记失业率{value}，控制在4%以内。\n");
    quiet(&rate("3.2%"));
    quiet(&rate("4%"));
    let got = figure_findings(&rate("4.3%"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0, got[0].1.as_str()),
        (Code::FigureConflict, "4%以内")
    );
    let grain = |value: &str| format!("粮食总产量{value}，连续六年稳定在30万吨以上。\n");
    quiet(&grain("31.5万吨"));
    assert_eq!(codes(&grain("28.4万吨")), vec![Code::FigureConflict]);
    // A bound of another subject, or after words of its own, or a fall,
    // or a value itself approximate, is not read.
    quiet("城镇调查失业率5.3%，登记失业率控制在4%以内。\n");
    quiet("城镇登记失业率4.3%，全年控制在4%以内。\n");
    quiet("能耗下降4.3%，控制在4%以内。\n");
    quiet("城镇登记失业率4.3%左右，控制在4%以内。\n");
}
