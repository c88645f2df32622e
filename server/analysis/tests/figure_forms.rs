//! More general forms of the figure rules (issue 9), on sentences written
//! for the test: shares of a whole, `分别` lists read across clauses, and
//! slogans counted through restated counts and labelled parts.

use report_analysis::{Code, Config, Context, Document, check};

const TITLE: &str = "2031年示例县政府工作报告\n各位代表：\n";

/// Codes of the figure findings.
fn codes(text: &str) -> Vec<Code> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .map(|d| d.code())
        .filter(|c| {
            matches!(
                c,
                Code::RateOutOfRange
                    | Code::RespectivelyMismatch
                    | Code::SloganCount
                    | Code::CountMismatch
                    | Code::GrowthMismatch
                    | Code::PointsMismatch
                    | Code::PartExceedsWhole
                    | Code::PartsExceedWhole
            )
        })
        .collect()
}

fn quiet(text: &str) {
    let got = codes(text);
    assert!(got.is_empty(), "{text}\n{got:?}");
}

#[test]
fn shares_of_a_whole_are_bounded() {
    assert_eq!(
        codes("全年教育支出占一般公共预算支出的104.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("小麦产量占全省的103%。\n"),
        vec![Code::RateOutOfRange]
    );
    // A bare 占 after the part's own amount.
    assert_eq!(
        codes("其中人员支出8.2亿元，占112.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("其中人员支出8.2亿元，占62.5%。\n");
    // A plan, a budget or a target may be exceeded; a debt is no part of
    // revenue.
    quiet("税收收入完成9.1亿元，占调整预算的103.8%。\n");
    quiet("项目投资完成18亿元，占年度计划的112%。\n");
    quiet("债务余额占一般公共预算收入的156%。\n");
    // A territory, then `有`: the share of its things.
    assert_eq!(
        codes("全县已有百分之一百二十的村通了自来水。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("全县已有百分之八十二的村通了自来水。\n");
    quiet("全县已有120%的增长。\n");
    // A share named as its clause's topic, moved from a value years back
    // (a year in full-width digits, or counted back).
    assert_eq!(
        codes("农业所占的比重，已由１９８０年的４５％下降到１１０％。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("农业所占的比重，已由１９８０年的４５％下降到３０％。\n");
    assert_eq!(
        codes("自主定价的比重，已经由五年前的百分之五十左右扩大到百分之一百二十左右。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("自主定价的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。\n");
}

#[test]
fn shares_past_a_resolve_a_time_or_a_period_and_named_by_their_whole() {
    // A plan's resolve or a time between the share and its verb.
    for text in [
        "村庄保洁覆盖率确保达到103%以上。\n",
        "农村低保覆盖面年内达到101.5%。\n",
        "设施农业占比连续四年超过104%。\n",
        "住院费用报销比稳定保持在130%以上。\n",
        "污水处理率首次实现101%。\n",
    ] {
        assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    }
    quiet("村庄保洁覆盖率确保达到98%以上，污水处理率连续三年超过95%。\n");
    // The later value's own time, and a base year with no 的.
    assert_eq!(
        codes("返贫发生率由2017年的4.2%降至目前的100.3%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("返贫发生率由2017年4.2%降至101.3%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("返贫发生率由2017年的4.2%降至目前的0.3%。\n");
    // R&D spending as a share of output, and machine work of all work.
    assert_eq!(
        codes("全社会研发经费投入强度达到102.1%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("主要农作物耕种收综合机械化水平达到101%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("全社会研发经费投入强度达到2.1%，耕种收综合机械化水平达到91%。\n");
    // A whole named as such: 全部…, 规模以上….
    assert_eq!(
        codes("开发区工业产值占全部工业产值的104.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("骨干企业产值占规模以上工业的121%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("骨干企业产值占规模以上工业的61%，占全部计划的120%。\n");
}

#[test]
fn new_things_counted_are_a_whole() {
    // Things newly added and counted are a whole of their kinds.
    assert_eq!(
        codes("经营主体全年新增4.6万户、其中企业5.1万户，总量达到38万户。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("经营主体全年新增4.6万户、其中企业1.1万户，总量达到38万户。\n");
    // Money added is a net change: a part may grow more than the whole.
    quiet("各项贷款新增80亿元，其中中长期贷款新增95亿元。\n");
}

#[test]
fn years_named_once_for_a_list_of_indicators() {
    // The first clause prints the years; the next indicators share them.
    assert_eq!(
        codes(
            "全市财政收入从2019年的100亿元增加到2023年的130亿元，年均增长6.8%，增速连续三年居前列；城镇居民人均可支配收入从30000元增加到40000元，年均增长15.2%。\n"
        ),
        vec![Code::GrowthMismatch]
    );
    quiet(
        "全市财政收入从2019年的100亿元增加到2023年的130亿元，年均增长6.8%；城镇居民人均可支配收入从30000元增加到40000元，年均增长7.5%。\n",
    );
    // Another period named between: its own years (three), not the first
    // one's (four).
    quiet(
        "全市财政收入从2019年的100亿元增加到2023年的130亿元，年均增长6.8%；过去三年城镇居民人均可支配收入从30000元增加到40000元，年均增长10.1%。\n",
    );
    // A sentence of its own names no period: no reading.
    quiet(
        "全市财政收入从2019年的100亿元增加到2023年的130亿元。城镇居民人均可支配收入从30000元增加到40000元，年均增长15.2%。\n",
    );
}

#[test]
fn respectively_values_after_a_base_of_comparison() {
    // The base the values are compared with stands between 分别 and them.
    assert_eq!(
        codes(
            "全年工业产值、外贸进出口额、居民消费支出分别比上半年降幅收窄4.1、5和6.2个百分点。\n"
        ),
        vec![]
    );
    assert_eq!(
        codes("全年工业产值、外贸进出口额、居民消费支出分别比上半年降幅收窄4.1和6.2个百分点。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("城镇、农村居民收入分别较上年实际增长5.1%、6.3%和7%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_listed_share_is_read_by_its_place_when_others_may_pass_100() {
    // The second value is the 巩固率's; the gross ratios may pass 100%.
    assert_eq!(
        codes("学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别达到98.6%、199.6%和101%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别达到98.6%、99.6%和101%。\n");
    // A name that is no rate of its own: the list is not read by place.
    quiet("工业增速、服务业和消费占比分别为105%、101%。\n");
}

#[test]
fn shares_named_by_quotes_in_lists_and_past_a_change_in_points() {
    assert_eq!(
        codes("经营主体“无事打扰”率102%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("集中供水普及率、污水处理率分别达到96%、101%。\n"),
        vec![Code::RateOutOfRange]
    );
    // One name of the list may pass 100%: no value is read as a share.
    quiet("税收增长率、污水处理率分别达到106%、96%。\n");
    assert_eq!(
        codes("生活垃圾回收率比上年提升4个百分点、达到104%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("生活垃圾回收率比上年提升4个百分点、达到64%。\n");
    // Not the 功率 of a motor.
    assert_eq!(codes("调解成功率106%。\n"), vec![Code::RateOutOfRange]);
}

#[test]
fn respectively_subjects_quoted_after_figures_and_in_clauses_before() {
    // Quoted names are names.
    quiet("“三公”经费、会议数量分别下降12%和30%。\n");
    assert_eq!(
        codes("“三公”经费、会议数量分别下降12%、30%和8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // The names after the clause's last figure.
    quiet("税收增长6%以上、城乡居民收入分别增长5%和7%。\n");
    assert_eq!(
        codes("税收增长6%以上、城乡居民收入分别增长5%、7%和8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // One figure in each clause before, back to a lead with none.
    quiet("目前，示范企业达45家，骨干企业达60家，分别增长12%、20%。\n");
    assert_eq!(
        codes("目前，示范企业达45家，骨干企业达60家，分别增长12%、20%、9%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Fewer values than clauses speak of the last ones, lead or none:
    // the run's first clauses may set the scene.
    quiet(
        "物流产业发展迅猛，物流企业发展到115家，营业收入23亿元，税收1.1亿元，分别增长18%和12%。\n",
    );
    quiet(
        "目前，新增个体户5270户，新办企业487户，营业收入780亿元，税金26亿元，分别增长36%、30%。\n",
    );
    // A long lead before the values.
    assert_eq!(
        codes("新建甲项目12个、乙项目30个、丙项目8个，分别完成年度计划投资的110%、96%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A short measure of the names before.
    quiet("受理咨询120件、投诉35件，满意率分别为98%和96%。\n");
    assert_eq!(
        codes("精简会议、文件、简报，数量分别压减20%、30%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A year names no subject.
    quiet("2030年游客人数、旅游收入再创新高，分别增长8.1%、9.4%。\n");
}

#[test]
fn respectively_values_without_unit_with_shared_words_and_continued() {
    quiet("两项占比分别提高1.5、2.5个百分点。\n");
    assert_eq!(
        codes("出口占比、进口占比分别提高1.5、2.5、0.5个百分点。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("甲类、乙类项目审批分别缩短至15个工作日、30个工作日以内。\n");
    assert_eq!(
        codes("甲类、乙类项目审批分别缩短至15个工作日、30个工作日、9个工作日以内。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A clause after the list speaks of the same subjects.
    quiet("城乡居民收入分别达到42000元、21000元，增长5%和7%。\n");
    assert_eq!(
        codes("城乡居民收入分别达到42000元、21000元，增长5%、6%和7%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A second 分别 right after the first speaks of its subjects.
    assert_eq!(
        codes("甲产业、乙产业增加值分别增长9%、8%，占工业比重分别提高到21%、30%、12%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_past_an_aside_on_the_price_basis() {
    // Each subject with its level in a clause of its own, then an aside on
    // prices before `分别`.
    quiet("甲镇人均收入8100元，乙镇人均收入5200元，扣除价格因素，分别实际增长6.1%和5.3%。\n");
    assert_eq!(
        codes(
            "甲镇人均收入8100元，乙镇人均收入5200元，扣除价格因素，分别实际增长6.1%、5.8%和5.3%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    quiet("甲镇人均收入8100元，乙镇人均收入5200元，按可比价格计算，分别增长6.1%和5.3%。\n");
}

#[test]
fn respectively_after_a_run_of_clauses_whose_start_is_not_said() {
    // The first clause may open the sentence: two values may speak of the
    // last two clauses.
    quiet(
        "全年完成投资80亿元，甲镇人均收入8100元，乙镇人均收入5200元，扣除价格因素，分别增长6.1%和5.3%。\n",
    );
    quiet("全年完成投资80亿元，甲镇人均收入8100元，乙镇人均收入5200元，分别增长6.1%和5.3%。\n");
    // More values than clauses, or one value for them, is still a finding.
    assert_eq!(
        codes(
            "全年完成投资80亿元，甲镇人均收入8100元，乙镇人均收入5200元，分别增长6.1%、5.8%、7%和5.3%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("甲镇人均收入8100元，乙镇人均收入5200元，分别增长6.1%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_after_a_breakdown_may_count_its_whole() {
    // The whole the parts break down, listed first among the values.
    quiet(
        "全县生产总值120亿元，其中甲产业20亿元、乙产业40亿元、丙产业60亿元，分别增长6%、5%、7%和6%。\n",
    );
    quiet(
        "全县生产总值120亿元，其中甲产业20亿元、乙产业40亿元、丙产业60亿元，分别增长5%、7%和6%。\n",
    );
    assert_eq!(
        codes(
            "全县生产总值120亿元，其中甲产业20亿元、乙产业40亿元、丙产业60亿元，分别增长5%和7%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    // With no 其中, the parts alone are the subjects.
    assert_eq!(
        codes("甲产业20亿元、乙产业40亿元、丙产业60亿元，分别增长6%、5%、7%和6%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_slogan_of_one_character_spelled_out_in_its_section() {
    let section = |slogan: &str, list: &str| {
        format!(
            "一、今年的工作\n（一）把“{slogan}”工作摆在突出位置\n{list}工作，是全局工作的重点。\n各级财政都要增加对“{slogan}”的投入。\n"
        )
    };
    // Three words carrying the character, listed in the section.
    quiet(&section("三渔", "渔业、渔村、渔民"));
    assert_eq!(
        codes(&section("四渔", "渔业、渔村、渔民")),
        vec![Code::SloganCount, Code::SloganCount]
    );
    // Two such words are a common phrase: they only confirm a pair.
    quiet(&section("两渔", "渔业和渔村"));
    quiet(&section("三渔", "渔业和渔村"));
    // Words closing with the character name other things than the
    // slogan's (places of a kind): not read.
    quiet(&section("四区", "湖区、山区、城区"));
    // Words of another list carrying the character, standing nowhere the
    // slogan stands: other things than the slogan's, not its spelling.
    quiet(&format!(
        "一、今年的工作\n（一）渔区工作\n把“{}”工作摆在突出位置。要健全渔具、渔船、渔港、渔网的管理。\n",
        "三渔"
    ));
    quiet("一、今年的工作\n（一）城镇建设\n推进“三城”联创，城市、城镇、城区、城乡面貌改善。\n");
    // A list quoted as the slogan is, before the same word, refutes it.
    assert_eq!(
        codes("一、今年的工作\n（一）环境整治\n开展“净街、净河、净院”行动，“四净”行动成效明显。\n"),
        vec![Code::SloganCount]
    );
    // A list in the section's first sentence names its subject: it
    // refutes wherever the slogan stands.
    assert_eq!(
        codes(
            "一、今年的工作\n（一）渔区发展\n发展渔业、渔村和渔民事业，是长期任务。\n要加大对“四渔”的投入。\n"
        ),
        vec![Code::SloganCount]
    );
    // The same list standing where the slogan stands refutes it.
    assert_eq!(
        codes("一、今年的工作\n（一）城镇建设\n推进“三城”联创，城市、城镇、城区、城乡联创。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_slogan_of_hands_spelled_out_hand_by_hand() {
    // Pairings of two hands, in the slogan's paragraph.
    let paired = "坚持{}，做到一手抓产业培育，一手抓环境整治；一手抓城乡建设，一手抓风险防范。\n";
    quiet(&paired.replace("{}", "两手抓"));
    assert_eq!(
        codes(&paired.replace("{}", "三手抓")),
        vec![Code::SloganCount]
    );
    // A one-sentence lead, the hands in the next paragraph, one a sentence.
    let led =
        "第三，坚持{}的方针。\n一手抓服务企业，帮助解决困难。一手抓市场监管，维护公平秩序。\n";
    quiet(&led.replace("{}", "两手抓"));
    assert_eq!(codes(&led.replace("{}", "三手抓")), vec![Code::SloganCount]);
    // Pairings of different sizes, or a single hand: not read.
    quiet("坚持三手抓，一手抓产业培育，一手抓环境整治；一手抓城乡建设。\n");
    quiet("坚持三手抓，做到一手抓产业培育。\n");
    // A lead of two sentences is no heading for the next paragraph.
    quiet("坚持三手抓的方针。这是长期任务。\n一手抓服务企业，一手抓市场监管。\n");
    // `一手抓一手硬` grasps nothing: no hand.
    quiet("坚持两手抓、两手都要硬，一手抓改革，一手抓稳定，确保一手抓一手硬。\n");
    // A hand named again starts a pairing the group does not mark.
    quiet("坚持两手抓，一手抓发展，一手抓安全，一手抓生产、一手抓安全要同步。\n");
    // Quoted or numbered words are grasped too.
    quiet("坚持三手抓，一手抓“硬环境”，一手抓“软环境”，一手抓1号工程。\n");
    assert_eq!(
        codes("坚持两手抓，一手抓“硬环境”，一手抓“软环境”，一手抓1号工程。\n"),
        vec![Code::SloganCount]
    );
}

/// A report using `slogan`, with one note defining it as `definition`.
fn noted(slogan: &str, definition: &str) -> String {
    format!("推进{slogan}工作。\n注释\n1.{slogan}：{definition}\n")
}

#[test]
fn slogan_lists_restating_their_count_or_cut_by_clauses_and_quotes() {
    // A list restating its own count.
    quiet(&noted(
        "五园联动",
        "甲园、乙园、丙园、丁园、戊园五个园区协同发展。",
    ));
    assert_eq!(
        codes(&noted(
            "六园联动",
            "甲园、乙园、丙园、丁园、戊园五个园区协同发展。"
        )),
        vec![Code::SloganCount]
    );
    // A restated count that is not the list's length: abstain.
    quiet(&noted(
        "六园联动",
        "甲园、乙园、丙园、丁园、戊园四个园区协同发展。",
    ));
    // Clauses each carrying the counted word once.
    quiet(&noted(
        "三个一批",
        "引进一批龙头企业，培育一批骨干企业，储备一批后备企业。",
    ));
    assert_eq!(
        codes(&noted(
            "四个一批",
            "引进一批龙头企业，培育一批骨干企业，储备一批后备企业。"
        )),
        vec![Code::SloganCount]
    );
    // Quoted items side by side.
    assert_eq!(
        codes(&noted("五好", "开展“好支部”“好班组”“好窗口”“好家庭”评选。")),
        vec![Code::SloganCount]
    );
    // Clauses carrying the word, then words about them.
    quiet(&noted(
        "两个坚定不移",
        "坚定不移发展实体经济，坚定不移扩大对外开放，确保各项政策落到实处。",
    ));
    // `一个是…，一个是…`.
    quiet(&noted(
        "两个市场",
        "一个是本地的消费市场，一个是外地的客源市场。",
    ));
    // Numerals past ten.
    quiet(&noted(
        "十二进",
        "宣讲进机关、进学校、进企业、进乡镇、进村居、进军营、进场馆、进景区、进窗口、进园区、进工地、进家庭。",
    ));
}

#[test]
fn slogan_parts_labelled_or_joined() {
    // A label printed with another numeral than the term.
    assert_eq!(
        codes(&noted(
            "四区两线",
            "“三区”指东区、西区、南区，“两线”指水线、电线。"
        )),
        vec![Code::SloganCount]
    );
    // Slogans joined by 、, each part labelled.
    quiet(&noted(
        "三个坚持、两个责任",
        "三个坚持，坚持甲，坚持乙，坚持丙；两个责任，压实主体责任，压实监管责任。",
    ));
    assert_eq!(
        codes(&noted(
            "四个坚持、两个责任",
            "四个坚持，坚持甲，坚持乙，坚持丙；两个责任，压实主体责任，压实监管责任。",
        )),
        vec![Code::SloganCount]
    );
    // A counted word that opens with a numeral.
    quiet(&noted("双十条", "指《甲市稳岗十条》和《甲市引才十条》。"));
    // A clause explaining the one before is no item of its own.
    quiet(&noted(
        "三线",
        "甲线，即东区的边界线；乙线，即西区的边界线；丙线，即南区的边界线。",
    ));
    // A restated count of other things than the slogan counts.
    quiet(&noted("双优学院", "由市政府、甲大学、乙学会三方共同创办。"));
    // Several slogans in one note, one label printed otherwise.
    let text = "推进七有、五有工作。\n注释\n1.七有、五有：“六有”指有场地、有队伍、有经费、有制度、有预案、有物资。“五有”指有人、有房、有钱、有事、有章。\n";
    assert_eq!(codes(text), vec![Code::SloganCount]);
}

#[test]
fn slogan_parts_labelled_after_a_noun_or_by_fenbie_wei() {
    // `“三连”分别为…`: a part named, then its own list.
    quiet(&noted(
        "一环三连",
        "“一环”指由甲路、乙路和丙路围成的内环；“三连”分别为丁路、戊路、己路。",
    ));
    assert_eq!(
        codes(&noted(
            "一环四连",
            "“一环”指由甲路、乙路和丙路围成的内环；“四连”分别为丁路、戊路、己路。",
        )),
        vec![Code::SloganCount]
    );
    // A part of one named by a noun phrase whose modifier holds lists.
    quiet(&noted(
        "一核两区",
        "“一核”指以甲县、乙县为主体的东部核心区；“两区”指以丙县为主体的北部园区，以丁县为主体的南部园区。",
    ));
    // `“三新”产业是指…`: the quoted name, the noun it qualifies, the label.
    quiet(&noted(
        "三新两特",
        "“三新”产业是指甲材料、乙能源、丙装备三个产业；“两特”产业是指丁果、戊菜两个产业。",
    ));
    assert_eq!(
        codes(&noted(
            "三新两特",
            "“三新”产业是指甲材料、乙能源、丙装备三个产业；“两特”产业是指丁果、戊菜、庚茶三个产业。",
        )),
        vec![Code::SloganCount]
    );
    // One name of two with each part labelled reads the whole note.
    let note = "\n注释\n1.一主两翼、双翼并进：一主即甲城区，两翼即乙园区和丙园区。\n";
    quiet(&format!("形成“一主两翼”“双翼并进”格局。{note}"));
    assert_eq!(
        codes(&format!(
            "形成“一主两翼”“双翼并进”格局。{}",
            note.replace("乙园区和丙园区", "乙园区、丙园区、丁园区")
        )),
        vec![Code::SloganCount]
    );
    // A part the note defines by itself, used alone with another numeral.
    let note = "\n注释\n1.“三新两特”产业：“三新”产业是指甲材料、乙能源、丙装备三个产业；“两特”产业是指丁果、戊菜两个产业。\n";
    assert_eq!(
        codes(&format!("壮大“四新”产业。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("壮大“三新”产业，做强“两特”产业。{note}"));
}

#[test]
fn slogans_written_as_numbers() {
    quiet(&noted(
        "“1+3”",
        "“1”，即一项总体方案；“3”，即用地、用能、用水三项配套措施。",
    ));
    assert_eq!(
        codes(&noted(
            "“1+4”",
            "“1”，即一项总体方案；“4”，即用地、用能、用水三项配套措施。",
        )),
        vec![Code::SloganCount]
    );
    // The counts written out in order, all as the code says but one that
    // is no shortening of its number: that one is wrong.
    assert_eq!(
        codes(&noted(
            "“1+4+12”",
            "1个总体规划、4个片区规划和2项专题研究。",
        )),
        vec![Code::SloganCount]
    );
    // A code may shorten a count to its first digit; two counts off, or
    // digits run together, only ever confirm.
    quiet(&noted(
        "“1+4+4”",
        "1个总体规划、4个片区规划和40项专题研究。",
    ));
    quiet(&noted("“2+5+2”", "1个总体规划、4个片区规划和2项专题研究。"));
    quiet(&noted("“1234”", "1家甲、2家乙、3家丙、40家丁。"));
    quiet(&noted("“152”", "1个甲项目、2个乙项目。"));
    // `A和B` may be one or two.
    quiet(&noted(
        "“1+4”",
        "“1”，即一项总体方案；“4”，即甲、乙、丙和丁四项措施。",
    ));
    quiet(&noted(
        "“1+4”",
        "“1”，即一项总体方案；“4”，即甲整治、乙整治、丙整治和丁整治。",
    ));
}

#[test]
fn code_parts_labelled_by_zhi_quoted_counts_or_baokuo_lists() {
    // `“7”，指…`: a label word after a comma.
    let zhi = "“7”，指甲场所、乙场所、丙场所、丁场所、戊场所、己场所、庚场所等七类场所整治；\
               “1”，指小微企业整治。";
    quiet(&noted("“7+1”", zhi));
    assert_eq!(codes(&noted("“8+1”", zhi)), vec![Code::SloganCount]);
    // A part's list opening with the quoted slogan it stands for.
    let quoted = "“1”即加强自身建设。“4”即“四个攻坚”，在甲上攻坚，在乙上攻坚，\
                  在丙上攻坚，在丁上攻坚。";
    quiet(&noted("“1+4”", quoted));
    assert_eq!(codes(&noted("“1+5”", quoted)), vec![Code::SloganCount]);
    // What a part is, then all its things after `包括`; left open by `等`,
    // it is not counted.
    let baokuo = "“3”即“三会”议事组织，包括甲会、乙会、丙会；“2”即“两站”服务组织，\
                  包括甲站、乙站。";
    quiet(&noted("“3+2”", baokuo));
    assert_eq!(codes(&noted("“4+2”", baokuo)), vec![Code::SloganCount]);
    quiet(&noted(
        "“4+2”",
        "“4”即议事组织，包括甲会、乙会、丙会等；“2”即服务组织，包括甲站、乙站。",
    ));
}

#[test]
fn a_closing_one_whole_is_no_counted_part() {
    // `一体` is what the parts make: the three items hold the slogan.
    quiet(&noted("“三位一体”", "甲服务、乙服务、丙服务。"));
    // The words on how the parts join read as more items: never reported.
    quiet(&noted(
        "“三位一体”",
        "甲服务、乙服务、丙服务相互衔接、互为补充的服务格局。",
    ));
    // Fewer items than the numeral are surely wrong.
    assert_eq!(
        codes(&noted("“四位一体”", "甲服务、乙服务、丙服务相互衔接。")),
        vec![Code::SloganCount]
    );
    // Renumbered in the body, against a note that holds: reported.
    assert_eq!(
        codes("推行“四位一体”服务。\n注释\n1.“三位一体”：甲服务、乙服务、丙服务。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn parts_labelled_in_the_sentence_after_a_body_slogan() {
    let body = |slogan: &str| {
        format!(
            "今后五年建设“{slogan}”。“一港”即区域物流枢纽港，“三区”即甲园区、乙园区、丙园区。\n"
        )
    };
    quiet(&body("一港三区"));
    assert_eq!(codes(&body("一港四区")), vec![Code::SloganCount]);
    assert_eq!(codes(&body("两港三区")), vec![Code::SloganCount]);
    // A code's labels after it only confirm: a part of one may gloss
    // itself with a quoted list.
    quiet(
        "统筹推进“132”工作思路。“1”，即紧扣“稳增长、惠民生、防风险”这一主线；“3”，即甲、乙、丙三项改革；“2”，即丁、戊两个平台。\n",
    );
}

#[test]
fn parts_paired_group_by_group_after_a_topic() {
    // The clause of one part may carry its word twice (`增加…增收`): the
    // groups still hold one of each.
    let pairs = "优化用地结构，退出低效用地，增加带动增收的产业用地；优化用水结构，退出高耗水项目，增加节水设施。";
    quiet(&noted("“两退两增”", pairs));
    assert_eq!(codes(&noted("“三退两增”", pairs)), vec![Code::SloganCount]);
}

#[test]
fn code_parts_as_clauses_one_per_part() {
    // A note whose clauses name each part in order: one thing, then lists
    // closed by their own counts.
    let note = "形成以港口物流为龙头，以甲材料、乙材料、丙材料为三大支柱，以丁服务、戊服务为两大补充的格局。";
    quiet(&noted("“1+3+2”", note));
    assert_eq!(codes(&noted("“1+4+2”", note)), vec![Code::SloganCount]);
    // The clauses before a code in its sentence.
    let body = |code: &str| {
        format!(
            "壮大甲产业、乙产业、丙产业三大集群，提升丁、戊两大基础产业，培育己产业，加快构建“{code}”工业体系。\n"
        )
    };
    quiet(&body("3+2+1"));
    assert_eq!(codes(&body("4+2+1")), vec![Code::SloganCount]);
    // Lists in quotes before their counts.
    let body = |code: &str| {
        format!(
            "培育“稻、茶、果”3大特色产业，发展“甲装备、乙物流”2个支撑产业，构建“{code}”农业体系。\n"
        )
    };
    quiet(&body("3+2"));
    assert_eq!(codes(&body("3+3")), vec![Code::SloganCount]);
    // Clauses with no count of their own never refute: they may be
    // anything.
    quiet("推进甲项目，推进乙项目、丙项目，落实“3+2”要求。\n");
    // One count beside an open part, and an open `X` after labelled parts.
    let nine = "覆盖甲环节、乙环节、丙环节3个关键环节的服务机制，每个环节有N个部门服务。";
    quiet(&noted("“3+N”", nine));
    let labelled = "“1”即一个基地；“2”即甲产业、乙产业两大产业；“X”即其他新业态。";
    quiet(&noted("“1+2+X”", labelled));
    assert_eq!(
        codes(&format!("构建“3+2+X”体系。\n注释\n1.“1+2+X”：{labelled}\n")),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogans_quoted_in_a_note_or_after_names() {
    // A slogan quoted inside another note's explanation.
    let text = "推行新办法。\n注释\n1.新办法：主要内容是坚持甲、乙、丙“三治融合”，坚持共建共享。\n";
    quiet(text);
    let text =
        "推行新办法。\n注释\n1.新办法：主要内容是坚持甲治、乙治、丙治“四治融合”，坚持共建共享。\n";
    assert_eq!(codes(text), vec![Code::SloganCount]);
    // Names in apposition confirm a slogan; they refute it only where they
    // surely are what it sums up.
    quiet("木雕、竹编、陶瓷“老三样”销量增长。\n");
    quiet("木雕、竹编“老三样”销量增长。\n");
}

#[test]
fn names_in_apposition_before_a_slogan_closing_its_clause() {
    // Three plain names or more, the slogan closing the clause: the names
    // are what it sums up.
    quiet("今年实现茶叶面积、亩产、总收入“三增”，农民增收明显。\n");
    assert_eq!(
        codes("今年实现茶叶面积、亩产、总收入“四增”，农民增收明显。\n"),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes("整治旧厂房、废弃矿坑、河道淤泥、荒山坡地“三治理”。\n"),
        vec![Code::SloganCount]
    );
    // A slogan counting kinds sums its names up whatever follows it.
    quiet("木雕、竹编、陶瓷“老三样”销量增长。\n");
    assert_eq!(
        codes("木雕、竹编、陶瓷“老四样”销量增长。\n"),
        vec![Code::SloganCount]
    );
    // The slogan names a kind of what follows it: the names may be
    // instances of that.
    quiet("东村、西村、南村“五星”支部挂牌。\n");
    quiet(
        "东村、西村、南村“五星”。\n"
            .replace("。", "支部挂牌。")
            .as_str(),
    );
    // Words between the names and the slogan (a verb, a place).
    quiet("东湖、西湖、南湖获评全省“五美”，游客增多。\n");
    // Two names, names joined or qualifying the slogan: not sure.
    quiet("东湖、西湖“五美”，游客增多。\n");
    quiet("东湖和西湖、南湖“两美”，游客增多。\n");
    quiet("打造东湖、西湖、南湖的“两美”，游客增多。\n");
}

#[test]
fn a_second_respectively_naming_its_own_subjects() {
    quiet("甲、乙、丙分别恢复到上年的94%、77%、76%，城乡居民收入分别达到35000元、19000元。\n");
}

#[test]
fn one_item_for_a_plural_part_may_name_the_whole() {
    // `三岸` is named at once by `及其沿岸地带`: not a list of one.
    quiet("推进“两河三岸”［1］整治。\n注释\n1.“两河三岸”：东溪河、西溪河及其沿岸地带。\n");
    // A part listed short by two items still counts.
    assert_eq!(
        codes("推进“四园”［1］建设。\n注释\n1.“四园”：甲园、乙园、丙园。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_numeral_changed_where_the_note_is_far_from_the_use() {
    // The body prints other numerals than the note's term, and the note's
    // list holds for its own: the body's numeral is wrong.
    let note = "\n注释\n1.四减一优化：减环节、减材料、减时限、减费用、优化流程。\n";
    assert_eq!(
        codes(&format!("推行“五减一优化”改革。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("推行“四减一优化”改革。{note}"));
    // The note's own term is used too: two slogans may both be meant.
    quiet(&format!("推行“四减一优化”改革，筹备“五减一优化”。{note}"));
    // So for a slogan written as numbers, of the same shape.
    let note = "
注释
1.“2+3+N”平台：甲、乙2个枢纽平台，丙、丁、戊3个服务平台，N个合作平台。
";
    assert_eq!(
        codes(&format!("打造“2+4+N”平台。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("打造“2+3+N”平台。{note}"));
    quiet(&format!("打造“2+3”平台。{note}"));
    // Printed with full-width `＋` in the note, `+` in the body, or the
    // other way round: the same slogan.
    let note = note.replace('+', "＋");
    assert_eq!(
        codes(&format!("打造“2+4+N”平台。{note}")),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_renumbered_where_its_note_stands_in_notes_ordered_by_first_use() {
    // Notes numbered in the order their terms first appear: the first
    // mention of the second note's slogan sits between the first uses of
    // notes 1 and 3, printed with another numeral; the note's own term
    // appears only later. That first mention is the note's slogan.
    let notes = "\n注释\n1.“两个确保”：确保甲、确保乙。\n2.“三项改革”：用地改革、用工改革、用能改革。\n3.“五个一”：一张图、一张表、一个库、一个平台、一套制度。\n";
    let body = |first: &str| {
        format!(
            "落实“两个确保”，深化“{first}”，推广“五个一”做法。\n\n今年继续推进“三项改革”。{notes}"
        )
    };
    assert_eq!(codes(&body("四项改革")), vec![Code::SloganCount]);
    quiet(&body("三项改革"));
    // The note's own term first appears in its place: the other numeral is
    // another slogan the notes do not explain.
    quiet(&format!(
        "落实“两个确保”，深化“三项改革”，推广“五个一”做法。\n\n今年启动“四项改革”。{notes}"
    ));
    // A marker after the use points at the note whatever the order.
    let marked = "\n注释\n1.“三项改革”：用地改革、用工改革、用能改革。\n";
    assert_eq!(
        codes(&format!(
            "深化“四项改革”［1］。\n\n今年继续推进“三项改革”。{marked}"
        )),
        vec![Code::SloganCount]
    );
}

#[test]
fn of_several_renumbered_slogans_the_one_the_notes_marker_follows() {
    // Two undefined slogans of the note's words: the marker says which
    // one the note explains.
    let marked = "\n注释\n［1］“三个一”：一个口袋公园，一个便民驿站，一个共享书屋。\n";
    assert_eq!(
        codes(&format!("建成“四个一”［1］，落实“五个一”要求。{marked}")),
        vec![Code::SloganCount]
    );
    // No marker, notes in no order to place it: which is meant is unsure.
    let unmarked = marked.replace("［1］", "1.");
    quiet(&format!("建成“四个一”，落实“五个一”要求。{unmarked}"));
}

#[test]
fn one_of_two_slogans_of_a_note_renumbered_where_the_note_stands() {
    // A note defining two slogans printed side by side: the second is
    // printed with another numeral where the note stands, beside the
    // first as the note names it; both appear as named later on. The
    // first's mention in the slot says nothing of the second's.
    let notes = "\n注释\n1.“两个确保”：确保甲、确保乙。\n2.“三通”“四有”：“三通”是指通路、通水、通电；“四有”是指有岗、有房、有医、有学。\n3.“五个一”：一张图、一张表、一个库、一个平台、一套制度。\n";
    let body = |first: &str| {
        format!(
            "落实“两个确保”，推进“三通”“{first}”建设，推广“五个一”做法。\n\n今年继续实施“三通”和“四有”。{notes}"
        )
    };
    assert_eq!(codes(&body("五有")), vec![Code::SloganCount]);
    quiet(&body("四有"));
    // The renumbered one standing after its own first mention is another.
    quiet(&format!(
        "落实“两个确保”，推进“三通”“四有”建设，推广“五个一”做法。\n\n今年启动“五有”试点。{notes}"
    ));
}

#[test]
fn slogan_renumbered_unquoted_where_its_note_stands() {
    // The second note's slogan, unquoted, first mentioned with another
    // numeral between the first uses of notes 1 and 3.
    let notes = "\n注释\n1.“两个确保”：确保甲、确保乙。\n2.三条保障线：甲保障线、乙保障线、丙保障线。\n3.“五个一”：一张图、一张表、一个库、一个平台、一套制度。\n";
    let body = |first: &str| {
        format!(
            "落实“两个确保”，守好{first}，推广“五个一”做法。\n\n今年继续守好三条保障线。{notes}"
        )
    };
    assert_eq!(codes(&body("四条保障线")), vec![Code::SloganCount]);
    quiet(&body("三条保障线"));
    // Words running on are another word (`四条保障线路` is no slogan).
    quiet(&body("四条保障线路"));
}

#[test]
fn of_several_renumbered_slogans_the_one_where_the_note_stands() {
    // Two undefined slogans of the note's words: the one in the note's
    // slot is its first mention.
    let notes = "\n注释\n1.“两个确保”：确保甲、确保乙。\n2.“两横三纵”：“两横”即甲路、乙路；“三纵”即丙路、丁路、戊路。\n3.“五个一”：一张图、一张表、一个库、一个平台、一套制度。\n";
    let body = |first: &str| {
        format!(
            "远期规划“四横六纵”路网。\n\n落实“两个确保”，启动“{first}”道路建设，推广“五个一”做法。\n\n今年建成“两横三纵”。{notes}"
        )
    };
    assert_eq!(codes(&body("三横三纵")), vec![Code::SloganCount]);
    quiet(&body("两横三纵"));
}

#[test]
fn slogan_renumbered_as_the_body_spells_it() {
    // The numeral inside the slogan, after a word (`治四乱`, `文体六馆`).
    let note = "\n注释\n1.河道“治四乱”：乱挖、乱倒、乱占、乱建。\n";
    assert_eq!(
        codes(&format!("开展河道“治五乱”行动。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("开展河道“治四乱”行动。{note}"));
    // Slogans joined by `、` in one quote.
    let note = "\n注释\n1.“两高速、三快速”路网：“两高速”即甲高速、乙高速；“三快速”即丙快速路、丁快速路、戊快速路。\n";
    assert_eq!(
        codes(&format!("构建“三高速、三快速”路网。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("构建“两高速、三快速”路网。{note}"));
    // A word more after the note's slogan (`“四片共管”` for `四片`), or a
    // word of the note's term left out or outside the quotes.
    let note = "\n注释\n1.“三片”“两带”：甲片、乙片、丙片；丁带、戊带。\n";
    assert_eq!(
        codes(&format!("统筹推进“四片共管”“两带同建”。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("统筹推进“三片共管”“两带同建”。{note}"));
    let note = "\n注释\n1.“五大整治战”：整治甲、整治乙、整治丙、整治丁、整治戊。\n";
    assert_eq!(
        codes(&format!("全市“六大整治”任务完成。{note}")),
        vec![Code::SloganCount]
    );
    let note = "\n注释\n1.“三项费用”：甲费、乙费和丙费。\n";
    assert_eq!(
        codes(&format!("压减“四项”费用。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("压减“三项”费用。{note}"));
}

#[test]
fn note_term_renumbered_before_its_own_marker_with_its_words_after_the_slogan() {
    // The marker and the term's words after the slogan say which note is
    // meant, though another note defines the renumbered slogan.
    let notes = "\n注释\n[1]“三个一”工作机制：是指一个项目、一名领导、一套方案的工作机制。\n[2]“四个一”行动：是指对接一家企业、一所高校、一个园区、一家银行。\n";
    let body = |first: &str| {
        format!("坚持“{first}”工作机制[1]，推进项目落地。开展“四个一”行动[2]。{notes}")
    };
    assert_eq!(codes(&body("四个一")), vec![Code::SloganCount]);
    quiet(&body("三个一"));
    // Without the term's words before the marker, the other note's slogan
    // is a slogan of its own.
    quiet(&format!(
        "坚持“四个一”[1]，推进项目落地。开展“四个一”行动[2]。{notes}"
    ));
}

#[test]
fn slogan_renumbered_with_a_letter_of_its_words_respelled() {
    // The body spells a word of the note's slogan another way (`共治` for
    // `同治`) and changes its numeral: the note's list is what it counts.
    let note = "\n注释\n1.四河同治：统筹治理甲河、乙河、丙河、丁河。\n";
    assert_eq!(
        codes(&format!("全面实行“五河共治”，水质持续好转。{note}")),
        vec![Code::SloganCount]
    );
    // The same numeral: a spelling variant, nothing miscounted.
    quiet(&format!("全面实行“四河共治”，水质持续好转。{note}"));
    // The note's own spelling used in the body too: the variant may be
    // another thing.
    quiet(&format!(
        "推进“四河同治”。全面实行“五河共治”，水质持续好转。{note}"
    ));
    // Another note's slogan as near the quote: which is meant is unsure.
    let notes = "\n注释\n1.四河同治：统筹治理甲河、乙河、丙河、丁河。\n2.四河联治：甲河、乙河、丙河、丁河联合治理。\n";
    quiet(&format!("全面实行“五河共治”，水质持续好转。{notes}"));
    // A letter at the end of the words names another thing.
    quiet(&format!("全面实行“五河同管”，水质持续好转。{note}"));
}

#[test]
fn a_note_listing_its_things_then_explaining_each_in_a_sentence_of_its_own() {
    // The later sentences open with a listed name: they explain it, and
    // the list is the first sentence's.
    let note = |n: &str| {
        format!(
            "\n注释\n1.“{n}难”：指看病难、上学难、办事难。看病难主要在乡村。办事难多因材料繁杂。\n"
        )
    };
    assert_eq!(
        codes(&format!("破解“四难”问题［1］。{}", note("四"))),
        vec![Code::SloganCount]
    );
    quiet(&format!("破解“三难”问题［1］。{}", note("三")));
    // A later sentence that names a thing not listed may add to the list.
    quiet("破解“四难”问题［1］。\n注释\n1.“四难”：指看病难、上学难、办事难。还有出行难。\n");
}

#[test]
fn slogan_spelled_otherwise_in_the_body_stays_silent_when_not_surely_the_notes() {
    let note = "\n注释\n1.河道“治四乱”：乱挖、乱倒、乱占、乱建。\n";
    // Two spellings with other numerals: which is the note's is not sure.
    quiet(&format!("开展“治五乱”行动，推广“治六乱”做法。{note}"));
    // Other words (`管五乱`), or the numeral's thing run on (`五个一批`).
    quiet(&format!("开展“管五乱”行动。{note}"));
    let note = "\n注释\n1.“五个一”：一张图、一张表、一个库、一个平台、一套制度。\n";
    quiet(&format!("推广“五个一”做法，落实“六个一批”。{note}"));
    // A spelling another note defines is its own slogan.
    let notes = "\n注释\n1.河道“治四乱”：乱挖、乱倒、乱占、乱建。\n2.“治五乱”：乱挖、乱倒、乱占、乱建、乱排。\n";
    quiet(&format!("开展河道“治四乱”，推进“治五乱”。{notes}"));
}

#[test]
fn slogan_renumbered_inside_the_notes_whole_term() {
    // Two slogans of the same words in the body: the one printed inside
    // the note's whole term (`“四个一”便民工程`) is the note's.
    let note = "\n注释\n1.“三个一”便民工程：一个服务窗口、一条热线、一张清单。\n";
    assert_eq!(
        codes(&format!(
            "落实“五个一”工作要求，完成“四个一”便民工程。{note}"
        )),
        vec![Code::SloganCount]
    );
    quiet(&format!(
        "落实“五个一”工作要求，完成“三个一”便民工程。{note}"
    ));
    // Neither printed with the term's words: which is meant is not sure.
    quiet(&format!("落实“五个一”工作要求，完成“四个一”。{note}"));
    // The term's qualifier before the slogan says which is meant, whatever
    // follows, and wherever the note's own term is printed besides.
    let note = "\n注释\n1.渔业“三控”行动：控船数、控网具、控捕期。\n";
    assert_eq!(
        codes(&format!(
            "建成渔业“四控”示范区两个。\n\n继续实施渔业“三控”行动。{note}"
        )),
        vec![Code::SloganCount]
    );
    quiet(&format!(
        "建成渔业“三控”示范区两个。\n\n继续实施渔业“三控”行动。{note}"
    ));
    // Without the qualifier, the note's term printed elsewhere leaves two
    // slogans possible.
    quiet(&format!(
        "建成“四控”示范区两个。\n\n继续实施渔业“三控”行动。{note}"
    ));
    // A code's numbers in another order list the same parts otherwise.
    let note = "\n注释\n1.“1+3”工作部署：统筹甲工作和乙、丙、丁三项工作。\n";
    quiet(&format!("落实“1+3”工作部署。\n\n贯彻“3+1”工作部署。{note}"));
    // The whole term says which is meant even where another note defines
    // the variant.
    let notes = "\n注释\n1.“四级三类”：覆盖省、市、县、乡四级，包含总体、详细、专项三类的规划体系。\n2.城乡“三级三类”服务队伍：“三级”即市、县、乡，“三类”即医生、教师、农技员。\n";
    quiet(&format!(
        "建立“四级三类”规划体系，建强城乡“三级三类”服务队伍。{notes}"
    ));
    assert_eq!(
        codes(&format!(
            "建立“四级三类”规划体系，建强城乡“四级三类”服务队伍。{notes}"
        )),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_misprinted_once_apart_from_the_notes_own_spelling() {
    // The note's term is printed in the body, and once, in another
    // sentence, with one numeral changed: a slogan of several parts, or
    // of one word of two characters or more, names one thing, so the
    // variant is the note's slogan misprinted.
    let note = "\n注释\n1.四减一优化：减环节、减材料、减时限、减费用、优化流程。\n";
    assert_eq!(
        codes(&format!(
            "推行“四减一优化”改革。今年深化“五减一优化”。{note}"
        )),
        vec![Code::SloganCount]
    );
    let note = "\n注释\n1.“三必到”：开工必到、投产必到、遇困必到。\n";
    assert_eq!(
        codes(&format!("落实“三必到”制度。\n\n坚持“四必到”服务。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("落实“三必到”制度。\n\n坚持“三必到”服务。{note}"));
    // A word of one character, quoted and naming the same thing as a use
    // of the note's term (the same words after it): the note's slogan
    // misprinted.
    let note = "\n注释\n1.“三保”：保甲、保乙、保丙。\n";
    assert_eq!(
        codes(&format!("加快“三保”建设。\n\n继续加快“四保”建设。{note}")),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes(&format!("开展“三保”行动。\n\n深化“四保”行动。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("加快“三保”建设。\n\n继续加快“三保”建设。{note}"));
    // A measured noun of three characters or more names one thing too.
    let note = "\n注释\n1.“三大提升工程”：甲提升工程、乙提升工程、丙提升工程。\n";
    assert_eq!(
        codes(&format!(
            "实施“三大提升工程”。\n\n推进“四大提升工程”。{note}"
        )),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_of_a_shared_shape_printed_with_other_numerals_stays_silent() {
    // A word of one character, a measured noun or two numerals changed:
    // slogans of that shape count other things in the same report.
    let note = "\n注释\n1.“三保”：保甲、保乙、保丙。\n";
    quiet(&format!("落实“三保”要求。\n\n做好“四保”工作。{note}"));
    // Only the same verb before it: it may name another thing.
    quiet(&format!("落实“三保”。\n\n继续落实“四保”。{note}"));
    let note = "\n注释\n1.“三大行动”：甲提升行动、乙攻坚行动、丙整治行动。\n";
    quiet(&format!("实施“三大行动”。\n\n启动“五大行动”。{note}"));
    let note = "\n注释\n1.“两横三纵”：“两横”即甲路、乙路；“三纵”即丙路、丁路、戊路。\n";
    quiet(&format!("建成“两横三纵”。\n\n规划“四横五纵”路网。{note}"));
    // Printed twice, the variant is a slogan of its own.
    let note = "\n注释\n1.“三必到”：开工必到、投产必到、遇困必到。\n";
    quiet(&format!(
        "落实“三必到”制度。\n\n坚持“四必到”服务，推广“四必到”经验。{note}"
    ));
}

#[test]
fn slogan_renumbered_unquoted_right_before_its_marker() {
    // The marker says which note is meant: the slogan before it, printed
    // with another numeral, is the note's misprinted.
    let note = "\n注释\n［1］三公经费：因公出国费、公务用车费和公务接待费。\n";
    assert_eq!(
        codes(&format!("严控四公经费［1］支出。{note}")),
        vec![Code::SloganCount]
    );
    quiet(&format!("严控三公经费［1］支出。{note}"));
    // A slogan the same note defines as well is its own.
    let note =
        "\n注释\n［1］“三有”“四有”：“三有”指有岗、有房、有医；“四有”指有岗、有房、有医、有学。\n";
    quiet(&format!("落实“三有”，推进四有［1］建设。{note}"));
}

#[test]
fn slogan_words_doubled_restated_or_opened_by_a_lead() {
    // A word an item carries twice leaves only that part's count open.
    assert_eq!(
        codes(&noted(
            "五尘两禁",
            "甲地扬尘、乙地扬尘、丙地扬尘、丁地扬尘；节日禁燃禁放。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "四尘两禁",
        "甲地扬尘、乙地扬尘、丙地扬尘、丁地扬尘；节日禁燃禁放。",
    ));
    // Halves each carrying the word once are two things.
    assert_eq!(
        codes(&noted("三个健康", "甲类企业健康发展和乙类人士健康成长。")),
        vec![Code::SloganCount]
    );
    quiet(&noted("两个健康", "甲类企业健康发展和乙类人士健康成长。"));
    // The definition restating the slogan with another numeral.
    assert_eq!(
        codes(&noted("四水统筹", "指水资源、水生态、水环境“三水”统筹。")),
        vec![Code::SloganCount]
    );
    quiet(&noted("三水统筹", "指水资源、水生态、水环境“三水”统筹。"));
    assert_eq!(
        codes(&noted("五个达标", "水质、空气、噪声和土壤“四个达标”。")),
        vec![Code::SloganCount]
    );
    quiet(&noted("四个达标", "水质、空气、噪声和土壤“四个达标”。"));
    // A lead before the first item that carries the counted word itself.
    assert_eq!(
        codes(&noted(
            "六个一",
            "每一个村建成一个广场、一个书屋、一支队伍、一套制度、一名专干。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "五个一",
        "每一个村建成一个广场、一个书屋、一支队伍、一套制度、一名专干。",
    ));
    quiet(&noted(
        "四个一",
        "即建设一个公园，一条绿道和沿线驿站，一座场馆，一个广场。",
    ));
    assert_eq!(
        codes(&noted(
            "五个一",
            "即建设一个公园，一条绿道和沿线驿站，一座场馆，一个广场。"
        )),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_joins_and_labels() {
    // A clause opening with the word is one item, whatever it joins.
    assert_eq!(
        codes(&noted(
            "三个毫不动摇",
            "毫不动摇巩固和发展甲类经济，毫不动摇鼓励、支持乙类经济发展。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "两个毫不动摇",
        "毫不动摇巩固和发展甲类经济，毫不动摇鼓励、支持乙类经济发展。",
    ));
    // A short lead every clause repeats before the word is an adverb, not
    // a subject: the word still governs all its clause joins.
    assert_eq!(
        codes(&noted(
            "三个守护",
            "始终守护甲镇的青山、绿水，始终守护乙河两岸居民和游客的安全。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "两个守护",
        "始终守护甲镇的青山、绿水，始终守护乙河两岸居民和游客的安全。",
    ));
    // `分别对应` pairs a list of places with the list counted after `的`.
    quiet(&noted(
        "三园三带",
        "“三园”是指科技园、物流园、文创园三个园区；“三带”分别对应在东岸、西岸、北岸修建的景观带、滨水步道、林荫带三条廊道。",
    ));
    assert_eq!(
        codes(&noted(
            "三园四带",
            "“三园”是指科技园、物流园、文创园三个园区；“四带”分别对应在东岸、西岸、北岸修建的景观带、滨水步道、林荫带三条廊道。"
        )),
        vec![Code::SloganCount]
    );
    // A word opening a long clause is its verb: the clause is one of it,
    // however often the word recurs inside.
    quiet(&noted(
        "三减三增",
        "减少甲类废气排放，增加乙区的绿色增量；减少丙类临时用地，增加丁区的公共绿地；减少戊类燃煤锅炉，增加己区的清洁供暖。",
    ));
    assert_eq!(
        codes(&noted(
            "三减四增",
            "减少甲类废气排放，增加乙区的绿色增量；减少丙类临时用地，增加丁区的公共绿地；减少戊类燃煤锅炉，增加己区的清洁供暖。"
        )),
        vec![Code::SloganCount]
    );
    // The word opening a clause governs what the clause joins.
    assert_eq!(
        codes(&noted(
            "四减三增",
            "减少甲村的散煤和秸秆焚烧，增加乙村的光伏增收项目；减少丙村的化肥用量，增加丁村的有机肥施用；减少戊村的农膜残留，增加己村的秸秆还田。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "三减三增",
        "减少甲村的散煤和秸秆焚烧，增加乙村的光伏增收项目；减少丙村的化肥用量，增加丁村的有机肥施用；减少戊村的农膜残留，增加己村的秸秆还田。",
    ));
    // Not when the clause is a `、` list: its items are counted apart.
    quiet(&noted(
        "三创两建",
        "即创优、创先和创建甲级园区、乙级街区、丙级社区，建设数字化治理体系，建设便民服务体系。",
    ));
    // A quoted list whose items all open with the word is the list, whatever
    // the comment after it says.
    quiet(&noted(
        "三稳",
        "是指各乡镇“稳就业、稳物价、稳预期”，是各部门优先保障稳定的重点。",
    ));
    assert_eq!(
        codes(&noted(
            "四稳",
            "是指各乡镇“稳就业、稳物价、稳预期”，是各部门优先保障稳定的重点。"
        )),
        vec![Code::SloganCount]
    );
    // A clause where the word follows its subject may join two tasks.
    quiet(&noted(
        "一办四牵头",
        "“一办”即联络办公室；“四牵头”即甲局牵头预防工作，乙局牵头接收和答复工作，丙局牵头督查工作。",
    ));
    // Where every item carries the word, a half without it is no item.
    assert_eq!(
        codes(&noted(
            "四公经费",
            "因公出国经费、公务车购置及运行费、公务接待费。"
        )),
        vec![Code::SloganCount]
    );
    quiet(&noted(
        "三公经费",
        "因公出国经费、公务车购置及运行费、公务接待费。",
    ));
    // `也称…，指…` and `即N条…，指…` before a part's list.
    quiet(&noted(
        "两区两线",
        "两区也称两类空间，指城镇空间、农业空间；两线即两条控制线，指开发边界、耕地红线。",
    ));
    assert_eq!(
        codes(&noted(
            "三区两线",
            "两区也称两类空间，指城镇空间、农业空间；两线即两条控制线，指开发边界、耕地红线。"
        )),
        vec![Code::SloganCount]
    );
    // A part's list counting its one item in groups.
    quiet(&noted("三门两站", "“三门”指三个城门，“两站”指两个车站。"));
    // `一个是…` numbers clauses; it restates no count.
    assert_eq!(
        codes(&noted(
            "三个大局",
            "一个是甲方面的全局，一个是乙方面的变局。"
        )),
        vec![Code::SloganCount]
    );
}

#[test]
fn slogan_pairs_cut_by_commas_and_two_lists_joined_by_he() {
    // Items carrying two words each, the pairs cut by `，`; a number
    // larger than all the items counts none of them.
    let pairs =
        "深化甲项改革、提升乙类水平，深化丙类整治、提升丁类效能，深化20项民生工程、提升戊类水平。";
    quiet(&noted("三深化三提升", pairs));
    assert_eq!(
        codes(&noted("四深化三提升", pairs)),
        vec![Code::SloganCount]
    );
    // Two parts' lists joined by one `和`, the second's items not all
    // carrying its word: read, with the numerals as one reading.
    let text = noted("三税两费", "甲税、乙税、丙税和丁费附加、戊附加。");
    quiet(&text);
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    let readings = report_analysis::checks::slogan_readings(&doc);
    assert!(
        readings
            .iter()
            .any(|r| r.slogan == "三税两费" && r.listed == [3, 2]),
        "{readings:?}"
    );
}

#[test]
fn parts_opening_their_items_with_objects_after_one() {
    // Each part's word opens its items; `创建甲城、乙城` creates two
    // cities, one item of 创: read as holding.
    let list = "即创新、创业和创建文明城市、卫生城市，建设产业体系，建设治理体系。";
    let text = noted("三创两建", list);
    quiet(&text);
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    let readings = report_analysis::checks::slogan_readings(&doc);
    assert!(
        readings
            .iter()
            .any(|r| r.slogan == "三创两建" && r.differs.is_none()),
        "{readings:?}"
    );
    // Another numeral: this reading only confirms; no alarm from it.
    quiet(&noted("四创两建", list));
}

#[test]
fn items_cut_by_commas_and_dunhao_alike_each_naming_its_thing() {
    // Every item carries the counted word with the same character after it
    // and some the same before it: each still names its thing before it.
    let list = "完成东片棚户区改造120户，新开工老旧小区改造45个、背街小巷改造18条。";
    quiet(&noted("三改", list));
    assert_eq!(codes(&noted("四改", list)), vec![Code::SloganCount]);
    // The same thing named twice is no list of distinct things.
    quiet(&noted(
        "四权分设",
        "甲权、乙权可以分设，甲权归集体，乙权归个人。",
    ));
}

#[test]
fn a_note_restating_its_count_after_its_names() {
    // The names agree with the count that closes them: the term's count is
    // the slip (the slogan reader's when it reads the names), and the other
    // way round.
    let note = |term: &str, close: &str| {
        format!(
            "开展“{term}”。\n注释\n1.“{term}”：是指走访农户、修缮水渠、培训能手、“送戏下乡”、清理河道{close}，惠及全镇。\n"
        )
    };
    assert_eq!(
        codes(&note("六项活动", "五项活动")),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes(&note("五项活动", "六项活动")),
        vec![Code::CountMismatch]
    );
    quiet(&note("五项活动", "五项活动"));
    // Neither count matches the names: the closing count is read with its
    // names as any count after names is, once.
    assert_eq!(
        codes(&note("七项活动", "六项活动")),
        vec![Code::CountMismatch]
    );
    // Names each in quotes, touching.
    let quoted = |term: &str, close: &str| {
        format!(
            "落实“{term}”。\n注释\n1.“{term}”：指“晨读计划”“夜校计划”“书屋计划”{close}，让读书成风。\n"
        )
    };
    assert_eq!(
        codes(&quoted("三项计划", "四项计划")),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes(&quoted("四项计划", "三项计划")),
        vec![Code::CountMismatch]
    );
    quiet(&quoted("三项计划", "三项计划"));
    // A part of the whole, not the whole restated.
    let part =
        "落实“五项计划”。\n注释\n1.“五项计划”：指晨读、夜校、书屋三项计划，以及两项配套计划。\n";
    assert!(!codes(part).contains(&Code::CountMismatch));
}

#[test]
fn a_slogan_listed_in_the_clause_after_it() {
    let read = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        report_analysis::checks::slogan_readings(&doc)
            .into_iter()
            .map(|r| (r.slogan, r.listed))
            .collect::<Vec<_>>()
    };
    let text = "全面推进“三站联建”，建设党群服务站、卫生服务站、文化服务站，方便群众就近办事。\n";
    assert_eq!(read(text), vec![("三站联建".to_string(), vec![3])]);
    quiet(text);
    // Another count: a `、` list each item of which carries the counted
    // word once is the slogan's things, and refutes it.
    let text = "全面推进“四站联建”，建设党群服务站、卫生服务站、文化服务站，方便群众就近办事。\n";
    assert_eq!(read(text), vec![("四站联建".to_string(), vec![3])]);
    assert_eq!(codes(text), vec![Code::SloganCount]);
    // Clauses cut by `，` only confirm: they may go on to anything.
    let text = "全面推进“四站联建”，建设党群服务站，改造卫生服务站，提升文化服务站。\n";
    assert!(read(text).is_empty());
    quiet(text);
}

#[test]
fn counts_defined_part_by_part_or_led_from_an_earlier_clause() {
    // Parts defined one per `；`-piece, each ending with what is counted.
    let parts = |count: &str| {
        format!(
            "实现{count}走在前沿，即深化甲项改革，在山区治理上走在前沿；做强乙类产业，在县域经济上走在前沿；提升丙级服务，在便民利民上走在前沿。\n"
        )
    };
    quiet(&parts("三个"));
    assert_eq!(codes(&parts("四个")), vec![Code::CountMismatch]);
    // A piece ending otherwise: the parts are not read.
    quiet(
        "实现四个走在前沿，即深化甲项改革，在山区治理上走在前沿；做强乙类产业，在县域经济上走在前沿；提升丙级服务。\n",
    );
    // A count in the clause before `以下`, or a count of `方面` followed by
    // more words, over the numbered lines after it.
    let lead = |first: &str| {
        format!(
            "{first}\n（一）突出甲业升级，做强链条。\n（二）突出乙地联动，补齐短板。\n（三）突出丙类民生，兜牢底线。\n"
        )
    };
    quiet(&lead("今后我们将坚持“三个突出”，重点抓好以下工作："));
    assert_eq!(
        codes(&lead("今后我们将坚持“四个突出”，重点抓好以下工作：")),
        vec![Code::CountMismatch]
    );
    quiet(&lead(
        "我们要着力抓好三方面工作，开好局、起好步，奋力争先进位。",
    ));
    assert_eq!(
        codes(&lead(
            "我们要着力抓好四方面工作，开好局、起好步，奋力争先进位。"
        )),
        vec![Code::CountMismatch]
    );
    // `的工作` as well.
    quiet(&lead("我们要全力做好三个方面的工作，确保开好局。"));
    assert_eq!(
        codes(&lead("我们要全力做好四个方面的工作，确保开好局。")),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_long_lead_or_ascii_commas_still_read_their_counts() {
    let lead = |first: &str| {
        format!(
            "{first}\n（一）聚力甲业升级，在做强链条上攻坚突破。\n（二）聚力乙地联动，在补齐短板上攻坚突破。\n（三）聚力丙类民生，在兜牢底线上攻坚突破。\n"
        )
    };
    // A count of 方面 with 重点任务 after it, more clauses following.
    quiet(&lead(
        "今年我们将聚力三个方面重点任务，精准施策，全力以赴攻坚突破。",
    ));
    assert_eq!(
        codes(&lead(
            "今年我们将聚力四个方面重点任务，精准施策，全力以赴攻坚突破。"
        )),
        vec![Code::CountMismatch]
    );
    // A lead line past a hundred characters: its clause before the last.
    let long = |count: &str| {
        lead(&format!(
            "新的一年，我们将以更实的作风推动发展，以更细的举措回应期盼。在工作安排上，统筹推进稳增长、调结构、惠民生、防风险各项任务，把上级部署和本地实际结合起来，把当前急需和长远谋划衔接起来，着力抓好{count}工作，努力交出满意答卷。"
        ))
    };
    quiet(&long("三方面"));
    assert_eq!(codes(&long("四方面")), vec![Code::CountMismatch]);
    // The long line's count in an earlier clause is no lead.
    quiet(&lead(
        "新的一年，我们将以更实的作风推动发展，以更细的举措回应期盼。在工作安排上，着力抓好四方面工作，统筹推进稳增长、调结构、惠民生、防风险各项任务，把上级部署和本地实际结合起来，把当前急需和长远谋划衔接起来，努力交出满意答卷。",
    ));
    // Names before their count in a text written with ASCII commas: the
    // comma closes the clause, a figure after it is no part of the list.
    let names = |count: &str| {
        format!("持续巩固成果,东湖镇、西岭镇、南坪镇{count}乡镇完成整治,120户群众受益。\n")
    };
    quiet(&names("3个"));
    assert_eq!(codes(&names("4个")), vec![Code::CountMismatch]);
    // A figure after the counted words in the same clause: the names may
    // hold the counted things, the count is not read.
    quiet("持续巩固成果,东湖镇、西岭镇、南坪镇2个乡镇30个村完成整治,120户群众受益。\n");
}

#[test]
fn names_counted_by_a_quoted_character_they_carry() {
    // `N个“一”`: the quoted character after the count is what each name
    // carries; a `和` after the count opens a second group.
    let note = |first: &str| {
        format!(
            "“双四”模式：一门、一窗、一号、一单{first}“一”和马上办、网上办、就近办、帮你办4个“办”的合称。\n"
        )
    };
    quiet(&note("4个"));
    assert_eq!(codes(&note("5个")), vec![Code::CountMismatch]);
    // A name without the character: not a list of it.
    quiet("推行一门、一窗、通办4个“一”。\n");
}

#[test]
fn names_counted_after_a_verb_or_joined_or_lettered() {
    // The names after `划定的` are the counted ones.
    quiet("在甲镇、乙镇划定的东环线、西环线、南环线三条绿道全部贯通。\n");
    assert_eq!(
        codes("在甲镇、乙镇划定的东环线、西环线、南环线四条绿道全部贯通。\n"),
        vec![Code::CountMismatch]
    );
    // A last name that may be two, as long as two names.
    let joined = |count: &str| {
        format!(
            "推行审批事项清单公示、执法过程全程记录留痕和重大处罚决定集体审议审核“{count}制度”。\n"
        )
    };
    quiet(&joined("三项"));
    assert_eq!(codes(&joined("四项")), vec![Code::CountMismatch]);
    // Letters opening what is counted.
    quiet("东河治理、西路养护两个PPP项目进展顺利。\n");
    assert_eq!(
        codes("东河治理、西路养护三个PPP项目进展顺利。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn notes_listing_after_a_lead_or_clause_by_clause() {
    let note =
        |term: &str, definition: &str| format!("落实“{term}”。\n注释\n1.“{term}”：{definition}\n");
    // Clauses each ending with what is counted, after a lead.
    let clauses = "县委全会提出，打好甲乡振兴主动仗，打好乙园转型主动仗，打好丙河治理主动仗。";
    quiet(&note("三个主动仗", clauses));
    assert!(codes(&note("四个主动仗", clauses)).contains(&Code::CountMismatch));
    // Sentences each ending with it.
    let sentences = "县委全会指出，要正视甲业规模偏小的难题。乙地交通不便的难题。";
    quiet(&note("两大难题", sentences));
    assert!(codes(&note("三大难题", sentences)).contains(&Code::CountMismatch));
    // Pieces holding counts of their own group the items: abstain.
    quiet(&note(
        "五大行动",
        "县委提出，实施甲、乙等3个领域减排行动，配套实施丙、丁等4个保障行动。",
    ));
    // A `、` list after the lead.
    let names = "县委提出，培育壮大的甲类种植、乙类养殖、丙类加工、丁类文旅产业。";
    quiet(&note("四大产业", names));
    // Flagged once: by the slogan reader when it reads the list too.
    let got = codes(&note("五大产业", names));
    assert!(
        got == vec![Code::SloganCount] || got == vec![Code::CountMismatch],
        "{got:?}"
    );
}

#[test]
fn circled_deeds_counted_a_sentence_before_or_past_ten() {
    let deeds = |count: &str| {
        format!(
            "今年我们梳理形成{count}民生实事。我们将用心办好每一件！①甲村道路硬化；②乙镇卫生院扩建；③丙街老旧小区改造。\n"
        )
    };
    quiet(&deeds("3件"));
    assert_eq!(codes(&deeds("4件")), vec![Code::CountMismatch]);
    // Another count's sentence before: not a list of 实事, abstain.
    quiet(
        "今年新建4座公园。我们将用心办好每一件！①甲村道路硬化；②乙镇卫生院扩建；③丙街老旧小区改造。\n",
    );
    // Items past ⑩ whose numbers an encoding lost (`。?`) count too.
    let past_ten = |count: &str| {
        format!(
            "办好{count}民生实事。①修甲路。②建乙站。③改丙街。④扩丁校。⑤治戊河。⑥绿己山。⑦亮庚巷。⑧通辛桥。⑨暖壬屋。⑩净癸塘。?护子林。?种丑田。\n"
        )
    };
    quiet(&past_ten("12件"));
    assert_eq!(codes(&past_ten("13件")), vec![Code::CountMismatch]);
}

#[test]
fn names_before_deng_with_a_last_name_that_may_be_two() {
    use report_analysis::lists::counted_lists;
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        counted_lists(&doc)
            .iter()
            .map(|l| (l.count, l.items.len(), l.hidden))
            .collect::<Vec<_>>()
    };
    // Read (three names, the last of which may be two), and it cannot
    // fire.
    let text = "重点实施了甲区改造、乙路拓宽、丙河清淤和丁园提升等4项工程。\n";
    assert_eq!(read(text), vec![(4, 3, 1)]);
    quiet(text);
    // More names than the count: the count may be the last name's alone.
    let text = "重点实施了甲区改造、乙路拓宽、丙河清淤和丁园提升等2项工程。\n";
    assert!(read(text).is_empty());
    quiet(text);
}

#[test]
fn one_name_with_a_join_before_deng() {
    use report_analysis::lists::counted_lists;
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        counted_lists(&doc)
            .iter()
            .map(|l| (l.count, l.items.len(), l.hidden, l.open))
            .collect::<Vec<_>>()
    };
    // One name holding a join (a place named with 和, or two names
    // joined): read as one name or two, open, and never checked.
    let text = "推进东和镇水厂扩建等6个项目建设。\n";
    assert_eq!(read(text), vec![(6, 1, 1, true)]);
    quiet(text);
    let text = "引进甲集团与乙公司等12家企业落户。\n";
    assert_eq!(read(text), vec![(12, 1, 1, true)]);
    quiet(text);
    // Even a count of one stays silent: two names or one.
    quiet("引进甲集团与乙公司等1家企业落户。\n");
    // Two names before it, the last with a join, and a count below
    // them: the count may be the last name's alone, as before.
    let text = "建成甲园、乙厂和丙中心等1个项目。\n";
    assert!(read(text).is_empty());
    quiet(text);
}

#[test]
fn countries_by_their_short_names_before_a_count_of_countries() {
    // Short names run together or parted by `、`: one country each.
    quiet("去年，甲乙关系稳步发展。中法两国签署了合作协定。\n");
    assert_eq!(
        codes("去年，甲乙关系稳步发展。中法三国签署了合作协定。\n"),
        vec![Code::CountMismatch]
    );
    quiet("我们愿同英、法两国加强交流。\n");
    assert_eq!(
        codes("我们愿同英、法三国加强交流。\n"),
        vec![Code::CountMismatch]
    );
    quiet("，中日韩三国领导人举行会晤。\n");
    quiet("，中美双方同意扩大合作。\n");
    // The first name may end the word before it (其中): the run may hold
    // one country fewer, never an alarm for that one.
    quiet("其中美俄两国的协议令人关注。\n");
    // A count after a lone short name, or opening a word, is no list.
    quiet("同美两国会谈。中美两方面的合作深入开展。\n");
    // A name twice: pairs with one country, not a list of countries.
    quiet("今年，中英、中法三国合作项目落地。\n");
    quiet("，推进中德、中意两国合作园区建设。\n");
}

#[test]
fn ordinal_deeds_counted_in_an_earlier_sentence() {
    let deeds = |count: &str| {
        format!(
            "办好{count}民生实事。今年首次由代表票选项目，推动{count}民生实事更合民意。一是新建甲街菜场。二是改造乙村道路。三是扩建丙镇学校。\n"
        )
    };
    quiet(&deeds("三件"));
    assert_eq!(codes(&deeds("四件")), vec![Code::CountMismatch]);
    // Two counts of 实事 that disagree, neither the list's length: which
    // counts the list is not sure.
    quiet("办好三件民生实事。今年推动四件民生实事更合民意。一是新建甲街菜场。二是改造乙村道路。\n");
    // One of them the closed list's length: the other is the slip.
    let text = "办好四件民生实事。今年推动三件民生实事更合民意。一是新建甲街菜场。二是改造乙村道路。三是扩建丙镇学校。\n";
    assert_eq!(codes(text), vec![Code::CountMismatch]);
}

#[test]
fn unnumbered_paragraphs_opening_alike_after_a_count_of_aspects() {
    let report = |count: &str| {
        format!(
            "过去一年，我们重点做了{count}方面工作。\n一年来，我们狠抓甲业升级，产值稳步增长。\n一年来，我们狠抓乙区建设，承载能力提升。\n一年来，我们狠抓丙类民生，底线兜牢兜实。\n同时，其他各项工作也取得新成效。\n"
        )
    };
    quiet(&report("三个"));
    assert_eq!(codes(&report("四个")), vec![Code::CountMismatch]);
    // A count of other things closing its paragraph: no lead.
    quiet(
        "全市位列全国二十个中心城市首位。\n一年来，我们狠抓甲业升级，产值稳步增长。\n一年来，我们狠抓乙区建设，承载能力提升。\n一年来，我们狠抓丙类民生，底线兜牢兜实。\n",
    );
}

#[test]
fn unnumbered_paragraphs_opening_with_one_verb_after_a_count_of_aspects() {
    let report = |count: &str| {
        format!(
            "今后五年，关键做好以下{count}方面工作：\n坚持创新驱动，加快建设甲城。甲城要成为高地。\n坚持开放合作，加快建设乙港。乙港年吞吐量翻番。\n坚持绿色发展，加快建设丙园。丙园要增绿扩容。\n2032年工作安排\n"
        )
    };
    quiet(&report("三个"));
    assert_eq!(codes(&report("四个")), vec![Code::CountMismatch]);
    // A paragraph opening otherwise after the run may be one more part, or
    // a comment: the run is not read.
    quiet(
        "今后五年，关键做好以下四个方面工作：\n坚持创新驱动，加快建设甲城。\n坚持开放合作，加快建设乙港。\n坚持绿色发展，加快建设丙园。\n我们要凝心聚力，推动各项工作落地见效。\n2032年工作安排\n",
    );
}

#[test]
fn names_before_deng_qualified_by_figures_or_titles() {
    let figures = |count: &str| {
        format!(
            "新签约项目30个，其中包括投资20亿元的甲园、15亿元的乙厂、12亿元的丙中心等{count}重大项目。\n"
        )
    };
    quiet(&figures("3个"));
    assert_eq!(codes(&figures("2个")), vec![Code::CountMismatch]);
    let titles = |count: &str| format!("推出话剧《甲》、舞剧《乙》、歌剧《丙》等{count}剧目。\n");
    quiet(&titles("3个"));
    assert_eq!(codes(&titles("2个")), vec![Code::CountMismatch]);
    // A document's words before the names: they follow its saying verb.
    assert_eq!(
        codes("《规划》提出甲、乙、丙等2个方面。\n"),
        vec![Code::CountMismatch]
    );
    quiet("《规划》提出甲、乙、丙等3个方面。\n");
    // A title among the names after it: abstain.
    quiet("《规划》提出甲、《乙》、丙等2个方面。\n");
}

#[test]
fn paired_words_characters_counted_and_years_in_names() {
    quiet("统筹省内省外两个市场，畅通要素流动。\n");
    assert_eq!(
        codes("统筹省内省外三个市场，畅通要素流动。\n"),
        vec![Code::CountMismatch]
    );
    // A verb with its complements is no pair of names.
    quiet("建好建强3个园区，推动产业集聚。\n");
    // `N个字` counts the characters of the quoted words.
    quiet("在“稳住、扩大”四个字上下功夫。\n");
    assert_eq!(
        codes("在“稳住、扩大”五个字上下功夫。\n"),
        vec![Code::CountMismatch]
    );
    // A year in a name is no amount.
    let parts = |count: &str| {
        format!("本报告共分{count}部分，分别是过去一年工作回顾、2032年重点工作、政府自身建设。\n")
    };
    quiet(&parts("三大"));
    assert_eq!(codes(&parts("四大")), vec![Code::CountMismatch]);
}

#[test]
fn deeds_counted_in_a_paragraph_then_run_on_ordinals() {
    let report = |count: &str| {
        format!(
            "我们向社会征集了{count}民生实事并全部完成，群众获得感不断增强！\n一是新建甲街菜场。二是改造乙村道路。三是扩建丙镇学校。\n（二）其他工作。\n"
        )
    };
    quiet(&report("3件"));
    assert_eq!(codes(&report("4件")), vec![Code::CountMismatch]);
    // Numbered headings after such a line are a new section, not the 实事.
    quiet(
        "我们向社会征集了5件民生实事并全部完成，群众获得感不断增强！\n（一）甲街菜场。\n（二）乙村道路。\n",
    );
}

#[test]
fn names_with_a_total_or_another_item_after_their_count() {
    // A total after the count (`共17项`, `、总数达9个`) leaves the names
    // what is counted: read as with no figure after it.
    let total = |count: &str| {
        format!("服务卡包括生活服务、家庭服务、政务服务、发展服务{count}方面共17项礼遇。\n")
    };
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        report_analysis::lists::counted_lists(&doc)
            .iter()
            .map(|l| (l.count, l.items.len()))
            .collect::<Vec<_>>()
    };
    assert!(read(&total("4个")).contains(&(4, 4)));
    quiet(&total("4个"));
    assert_eq!(codes(&total("5个")), vec![Code::CountMismatch]);
    let summed = |count: &str| format!("新增甲材料、乙装备{count}国家级集群、总数达9个。\n");
    assert!(read(&summed("2个")).contains(&(2, 2)));
    quiet(&summed("2个"));
    assert_eq!(codes(&summed("3个")), vec![Code::CountMismatch]);
    // Another item with its own count after it makes a list of groups
    // whose names may be places holding the counted things: read only
    // when the count is the names' number.
    let another = |count: &str| format!("新建东片、西片{count}口袋公园、南片2个广场。\n");
    assert!(read(&another("2个")).contains(&(2, 2)));
    quiet(&another("2个"));
    quiet(&another("3个"));
    // Names of one kind may open with a verb.
    assert_eq!(
        codes("建成生活服务、家庭服务、发展服务四个中心。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn touching_quoted_names_before_their_count() {
    let text = |count: &str| {
        format!("实施“书香校园计划”“书香社区计划”“书香家庭计划”{count}计划，营造读书氛围。\n")
    };
    quiet(&text("三项"));
    assert_eq!(codes(&text("四项")), vec![Code::CountMismatch]);
    // Quoted words not ending with what is counted: abstain.
    quiet("落实“放管服”“最多跑一次”四项改革，提升办事效率。\n");
}

#[test]
fn a_total_opening_the_clause_after_names() {
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        report_analysis::lists::counted_lists(&doc)
            .iter()
            .map(|l| (l.count, l.items.len()))
            .collect::<Vec<_>>()
    };
    let text = |count: &str| format!("去年引进的甲园、乙厂、丙中心，共{count}项目全部投产。\n");
    assert!(read(&text("3个")).contains(&(3, 3)));
    quiet(&text("3个"));
    // Another number may count what the names hold: abstain.
    assert!(read(&text("12个")).is_empty());
    quiet(&text("12个"));
}

#[test]
fn a_list_before_a_slogan_of_several_parts_when_each_item_ends_with_a_word() {
    let read = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        report_analysis::checks::slogan_readings(&doc)
            .into_iter()
            .map(|r| (r.slogan, r.listed))
            .collect::<Vec<_>>()
    };
    let text = |slogan: &str| {
        format!("编制总体方案、资金清单、项目清单和进度清单“{slogan}”，按月调度。\n")
    };
    assert_eq!(
        read(&text("一方案三清单")),
        vec![("一方案三清单".to_string(), vec![1, 3])]
    );
    quiet(&text("一方案三清单"));
    assert_eq!(codes(&text("一方案四清单")), vec![Code::SloganCount]);
    // The same inside another slogan's note.
    let noted = "推进“月月攻坚”。\n注释\n1.“月月攻坚”机制：由市政府统筹，编制总体方案、资金清单、项目清单和进度清单“一方案四清单”，按月调度。\n";
    assert_eq!(codes(noted), vec![Code::SloganCount]);
    // An item ending with no word of the slogan: not its list.
    assert!(read("编制总体方案、资金清单、项目台账“一方案三清单”，按月调度。\n").is_empty());
    // A part of one ending several items is the whole they make up.
    let whole = "加快东城科技区、西城科技区和南湖材料园“一区三园”协同发展。\n";
    assert!(read(whole).is_empty());
    quiet(whole);
}

#[test]
fn a_join_in_one_parts_list_leaves_another_parts_count_sure() {
    // The 和 is in the list of 边: the one 区 is sure.
    let list = "“一区”是指县城老区，“三边”是指铁路沿线保护区、公路和河道沿线控制区。";
    quiet(&noted("一区三边", list));
    assert_eq!(codes(&noted("两区三边", list)), vec![Code::SloganCount]);
}

#[test]
fn quoted_lists_closed_by_their_count_name_each_part() {
    let note = |term: &str| {
        format!(
            "推进“{term}”。\n注释\n1.“{term}”：在“稳工业、强农业、兴文旅”三个方面争先；在“优环境、惠民生”两个方面突破。\n"
        )
    };
    quiet(&note("三个争先、两个突破"));
    assert_eq!(codes(&note("四个争先、两个突破")), vec![Code::SloganCount]);
}

#[test]
fn clauses_opening_with_the_word_then_a_comment() {
    // The clauses opening with the counted word are the list; the last
    // clause, carrying none, comments on them. (A short clause after them
    // may be one more item: `，确保全年平稳` leaves three possible.)
    let list = "即不松劲抓安全生产，不松劲抓工程质量，确保工地、厂房、仓库依法接受检查、按时整改。";
    quiet(&noted("两个不松劲", list));
    assert_eq!(codes(&noted("三个不松劲", list)), vec![Code::SloganCount]);
}

#[test]
fn a_slogan_term_that_lost_its_opening_quote() {
    // The name is what stands before the lone closing quote.
    let note = |n: &str| {
        format!(
            "落实“{n}”工作体系。\n注释\n1.{n}”工作体系：落实“一名链长、一个专班、一套政策”的工作体系。\n"
        )
    };
    quiet(&note("三个一"));
    assert_eq!(codes(&note("四个一")), vec![Code::SloganCount]);
}

#[test]
fn a_slogan_term_that_never_closes_its_quote() {
    // The name is what follows the lone opening quote.
    let note = |n: &str| {
        format!(
            "压实“{n}”。\n注释\n1.“{n}：在汛期，全面落实甲方、乙方、丙方、丁方的{n}，形成合力。\n"
        )
    };
    quiet(&note("四方责任"));
    assert!(slogan_reads(&note("四方责任")).contains(&("四方责任".to_string(), vec![4])));
    assert!(!codes(&note("五方责任")).is_empty());
}

#[test]
fn a_term_naming_who_a_slogan_is_for_beside_it() {
    // `甲类、乙类“四个一”工程`: the plain name says who it is for, no
    // second slogan sharing the list.
    let note = |n: &str| {
        format!(
            "推行“{n}”工程。\n注释\n1.甲校、乙园“{n}”工程：一个门岗、一键报警器、一组储物柜、一间接待室。\n"
        )
    };
    quiet(&note("四个一"));
    assert!(slogan_reads(&note("四个一")).contains(&("四个一".to_string(), vec![4])));
    assert_eq!(codes(&note("五个一")), vec![Code::SloganCount]);
}

/// (slogan, listed) of each slogan reading of `text`.
fn slogan_reads(text: &str) -> Vec<(String, Vec<usize>)> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    report_analysis::checks::slogan_readings(&doc)
        .into_iter()
        .map(|r| (r.slogan, r.listed))
        .collect()
}

#[test]
fn slogans_of_ones_are_only_confirmed_by_their_note() {
    let note = |s: &str| {
        format!("推行“{s}”制度。\n注释\n1.“{s}”：执法公示手册、执法记录清单、执法目录表。\n")
    };
    assert_eq!(
        slogan_reads(&note("一册一单一表")),
        vec![("一册一单一表".to_string(), vec![1, 1, 1])]
    );
    // `一村一品` names one thing per village: a note that reads otherwise
    // says nothing.
    let note = "推进“一村一品”。\n注释\n1.“一村一品”：每个村培育甲产品、乙产品、丙产品。\n";
    assert!(slogan_reads(note).is_empty());
    quiet(note);
}

#[test]
fn several_slogans_sharing_one_list() {
    let note = |a: &str, b: &str| {
        format!(
            "整治“{a}”“{b}”问题。\n注释\n1.“{a}”“{b}”：着力解决干部中的不敢为、不想为和“站客”“看客”“说客”等突出问题。\n"
        )
    };
    assert_eq!(
        slogan_reads(&note("两不", "三客")),
        vec![("两不".to_string(), vec![2]), ("三客".to_string(), vec![3])]
    );
    assert_eq!(codes(&note("两不", "四客")), vec![Code::SloganCount]);
}

#[test]
fn a_slogan_written_with_a_comma_between_its_parts() {
    // `双甲、一乙` in a note's term is one slogan when one list serves it.
    let note = |slogan: &str| {
        format!(
            "推行{slogan}制度。\n注释\n1.{slogan}：随机抽取检查对象，随机选派检查人员，抽查结果向社会公开。\n"
        )
    };
    assert_eq!(
        slogan_reads(&note("双随机、一公开")),
        vec![("双随机、一公开".to_string(), vec![2, 1])]
    );
    quiet(&note("双随机、一公开"));
    // (Clauses each carrying a part's word only confirm such a slogan.)
    quiet(&note("双随机、两公开"));
}

#[test]
fn several_slogans_each_listed_in_its_own_comma_clause() {
    // No `；`: each `，` clause lists the next slogan's items, carrying its
    // words.
    let note = |a: &str, b: &str| {
        format!(
            "完成“{a}”“{b}”工作。\n注释\n1.规划“{a}”“{b}”：甲地承载力评价和乙地适宜性评价，丙项实施评估和丁项风险评估。\n"
        )
    };
    assert_eq!(
        slogan_reads(&note("双评价", "双评估")),
        vec![
            ("双评价".to_string(), vec![2]),
            ("双评估".to_string(), vec![2])
        ]
    );
    assert_eq!(codes(&note("双评价", "三评估")), vec![Code::SloganCount]);
}

#[test]
fn a_body_slogan_confirmed_by_the_sentence_after_it() {
    // The clauses after the slogan's, to the end of the sentence.
    assert_eq!(
        slogan_reads(
            "持续开展“三个一”活动，每月开展一次上门服务，每季度通报一批典型，每年推出一批改革举措。\n"
        ),
        vec![("三个一".to_string(), vec![3])]
    );
    // The next sentence.
    assert_eq!(
        slogan_reads(
            "推进“五馆两中心”建设。甲馆、乙馆、丙馆、丁馆、戊馆和市民中心、青少年中心，是县城的短板。\n"
        ),
        vec![("五馆两中心".to_string(), vec![5, 2])]
    );
    // Another count there: the first clause is a list of the slogan's
    // things alone, each carrying its word once, so it refutes.
    let text = "推进“六馆两中心”建设。甲馆、乙馆、丙馆、丁馆、戊馆和市民中心、青少年中心，是县城的短板。\n";
    assert_eq!(codes(text), vec![Code::SloganCount]);
    // The clauses of the sentence only ever confirm.
    let text =
        "持续开展“四个一”活动，每月开展一次上门服务，每季度通报一批典型，每年推出一批改革举措。\n";
    assert!(slogan_reads(text).is_empty());
    quiet(text);
}

#[test]
fn names_of_one_kind_with_a_join_in_the_last_and_a_document_saying_them() {
    // Names all ending alike: a `与` in the last joins words of that name,
    // and the count is the whole list's, so more names than it is a slip.
    let routes = |count: &str| {
        format!("推出古镇旅游、湿地旅游、茶园旅游、农家与民俗旅游等{count}旅游线路。\n")
    };
    quiet(&routes("4条"));
    quiet(&routes("6条"));
    assert_eq!(codes(&routes("3条")), vec![Code::CountMismatch]);
    // Names not of one kind keep the last name's `及` open: abstain.
    quiet("推进道路硬化、路灯安装、河道及沟渠清淤等2项工程。\n");
    // A document's words: the names follow its saying verb.
    let tasks = |count: &str| {
        format!(
            "《规划（草案）》提出了壮大实体经济、深化要素改革、扩大对外合作等{count}方面重点任务。\n"
        )
    };
    quiet(&tasks("3个"));
    quiet(&tasks("8个"));
    assert_eq!(codes(&tasks("2个")), vec![Code::CountMismatch]);
}

#[test]
fn a_lead_over_subsections_ended_by_a_title_and_a_note_with_quoted_words() {
    let lead = |count: &str, title: &str| {
        format!(
            "今后五年，我们将坚持“{count}突出”，重点抓好以下工作：\n（一）突出实业强县，壮大甲类产业。\n推进园区扩容。\n（二）突出城乡融合，建设乙类集镇。\n完善路网水网。\n（三）突出民生优先，办好丙类实事。\n扩大就业岗位。\n各位代表，蓝图已经绘就，关键在于落实。\n{title}（一）抓项目建设。\n（二）抓招商引资。\n（三）抓企业服务。\n（四）抓改革攻坚。\n"
        )
    };
    quiet(&lead("三个", "2031年重点工作\n"));
    assert_eq!(
        codes(&lead("四个", "2031年重点工作\n")),
        vec![Code::CountMismatch]
    );
    // `（一）` again with no title between: it may be nested in the last
    // item, so the list is not read to its end; abstain.
    quiet(&lead("四个", ""));
    // An amount closing a paragraph is no lead (`提高10个百分点。`).
    quiet(
        "城镇化率提高10个百分点。\n（一）甲类产业。\n（二）乙类集镇。\n2031年重点工作\n（一）抓项目。\n",
    );
    // A quoted word inside a note's name is no separator.
    let note = |count: &str| {
        format!(
            "建设{count}工程项目。\n注释\n1.{count}工程项目：甲河治理工程、“两山”生态修复工程、乙城供水工程、丙县绕城公路工程。\n"
        )
    };
    quiet(&note("四大"));
    assert!(codes(&note("五大")).contains(&Code::CountMismatch));
}

#[test]
fn long_names_of_one_kind_and_a_note_quoting_its_names() {
    // Names ending alike may be long and hold a 的.
    let shares = |count: &str| {
        format!(
            "全县研发投入占比、规模以上企业中设有研发机构的企业占比、科技人员占比{count}指标均居全市首位。\n"
        )
    };
    quiet(&shares("三项"));
    assert_eq!(codes(&shares("四项")), vec![Code::CountMismatch]);
    // Long names not of one kind stay unread.
    quiet(
        "全县研发投入占比、规模以上企业中设有研发机构的企业数量、科技人员占比四项指标均居全市首位。\n",
    );
    // A note naming its items in one quoted list before what it counts.
    let note = |count: &str| {
        format!(
            "开展爱国卫生“{count}专项行动”。\n注释\n1.爱国卫生“{count}专项行动”：实施“净水源、降噪声、护视力、保膳食”专项行动，建设健康城镇。\n"
        )
    };
    quiet(&note("4个"));
    // (The slogan's own reading, `5个专项行动` over four, says it first.)
    assert!(
        codes(&note("5个"))
            .iter()
            .any(|c| matches!(c, Code::CountMismatch | Code::SloganCount))
    );
}

#[test]
fn names_echoing_a_noun_with_a_numeral_or_each_joining_two_words() {
    // A numeral inside a word of the noun, the names in brackets after it.
    let firsts = |count: &str| {
        format!(
            "打造{count}全省一流（打造全省一流创新环境、全省一流营商环境、全省一流人才队伍）。\n"
        )
    };
    quiet(&firsts("三个"));
    assert_eq!(codes(&firsts("四个")), vec![Code::CountMismatch]);
    // Every name joining two words alike: the joins are the names' own;
    // `即` may touch the noun.
    let relations = |count: &str| {
        format!(
            "必须处理好{count}关系即处理好“快”与“稳”的关系、处理好“放”与“管”的关系、处理好“新”与“旧”的关系。\n"
        )
    };
    quiet(&relations("三种"));
    assert_eq!(codes(&relations("四种")), vec![Code::CountMismatch]);
    // A join in the last name alone may join two names: abstain.
    quiet("建立三项机制，即甲乙联审机制、丙和丁联办机制。\n");
}

#[test]
fn ordinals_after_a_comma_closing_a_count() {
    let tasks = |count: &str| {
        format!(
            "今后五年，实施“{count}任务”，一是壮大甲类产业。二是建设乙类集镇。三是办好丙类实事。\n"
        )
    };
    quiet(&tasks("三大"));
    assert_eq!(codes(&tasks("四大")), vec![Code::CountMismatch]);
    // An amount before the comma counts no items.
    quiet("城镇化率提高2个百分点，一是甲。二是乙。三是丙。\n");
}

#[test]
fn a_sentence_closed_by_a_measure_word_that_is_what_it_counts() {
    // `方面` and `点` are what they count: no noun follows them.
    let points = |count: &str| {
        format!(
            "做好今年工作，要牢牢把握{count}。一是稳住工业基本盘，抓实项目。二是做活城乡消费。三是守牢安全底线。\n（二）其他工作。\n"
        )
    };
    quiet(&points("三点"));
    assert_eq!(codes(&points("四点")), vec![Code::CountMismatch]);
    let aspects = |count: &str| {
        format!(
            "今年要重点抓好{count}。一是扩大有效投资。二是壮大县域经济。三是增进民生福祉。\n（二）其他工作。\n"
        )
    };
    quiet(&aspects("三个方面"));
    assert_eq!(codes(&aspects("两个方面")), vec![Code::CountMismatch]);
    // An amount closing the sentence is no list's count.
    quiet("城镇化率提高了3个百分点。一是甲。二是乙。\n");
}

#[test]
fn deeds_and_steps_counted_after_names_that_are_verbs() {
    // Steps of a process and points of effort are named by what is done.
    let steps =
        |count: &str| format!("服务贯穿立项审批、用地保障、开工建设、竣工验收{count}关键环节。\n");
    quiet(&steps("4个"));
    assert_eq!(codes(&steps("5个")), vec![Code::CountMismatch]);
    let points = |count: &str| format!("紧紧抓住扩大投资、培育主体、提振消费{count}着力点。\n");
    quiet(&points("三个"));
    assert_eq!(codes(&points("四个")), vec![Code::CountMismatch]);
    let aspects =
        |count: &str| format!("围绕机关运转、加强政企协同、数字政府建设{count}方面推进改革。\n");
    quiet(&aspects("三个"));
    assert_eq!(codes(&aspects("四个")), vec![Code::CountMismatch]);
    // Other things counted after a verb are the verb's object.
    quiet("加快甲路、乙路、新建5个停车场。\n");
}

#[test]
fn a_numeral_with_no_measure_word_counts_the_names_sharing_its_character() {
    let chains = |count: &str| format!("推动产业链、资金链和人才链{count}链融合发展。\n");
    quiet(&chains("三"));
    assert_eq!(codes(&chains("四")), vec![Code::CountMismatch]);
    // A quoted slogan the slogan reader reads on its line is reported
    // once, by that reader.
    let zeros = |count: &str| format!("全年实现零事故、零伤亡的“{count}零”目标。\n");
    quiet(&zeros("双"));
    assert_eq!(codes(&zeros("三")), vec![Code::SloganCount]);
    let lists = |count: &str| format!("落实“重大项目、重大政策、重大要素”“{count}重”清单。\n");
    quiet(&lists("三"));
    assert_eq!(codes(&lists("四")).len(), 1);
    // Names that do not all carry the character are not what it counts.
    quiet("推动产业链、资金保障四链融合发展。\n");
    quiet("推动产业链和创新链四链融合发展。\n");
}

#[test]
fn names_each_qualified_by_a_figure_of_their_own() {
    let projects = |count: &str| {
        format!(
            "年内力争投资5亿元的甲电池、投资3.2亿元的乙新材料、投资2亿元的丙装备{count}亿元项目投产。\n"
        )
    };
    quiet(&projects("3个"));
    assert_eq!(codes(&projects("4个")), vec![Code::CountMismatch]);
    // A figure qualifying what is counted is no name's.
    quiet("甲镇、乙镇新建投资5亿元的4个项目。\n");
}

#[test]
fn quoted_counts_each_with_its_own_bracket_of_names() {
    let text = |count: &str| {
        format!(
            "全力抓好“两大园区”（东部工业园区、西部物流园区）、“{count}基地”（甲粮食基地、乙果蔬基地、丙物流基地）建设。\n"
        )
    };
    quiet(&text("三大"));
    assert_eq!(codes(&text("四大")), vec![Code::CountMismatch]);
}

#[test]
fn a_join_a_middle_name_ties_words_with_hides_no_name_in_an_echoed_list() {
    let systems = |count: &str| {
        format!("完善{count}体系（城乡和区域保障体系、医疗和养老服务体系、基层治理体系）。\n")
    };
    quiet(&systems("三个"));
    assert_eq!(codes(&systems("四个")), vec![Code::CountMismatch]);
    // With no middle name tying words so, the first name's join may hide
    // one more: abstain.
    quiet("完善四个体系（城乡和区域保障体系、医疗服务体系、基层治理体系）。\n");
}

#[test]
fn names_after_a_verb_and_de_that_close_an_earlier_count() {
    let lines = |count: &str| {
        format!("严守根据两类空间划定的城镇边界、生态红线和耕地红线{count}条控制线。\n")
    };
    quiet(&lines("三"));
    assert_eq!(codes(&lines("四")), vec![Code::CountMismatch]);
}

#[test]
fn a_join_between_two_groups_of_names() {
    let roads = |count: &str| {
        format!("集中对东关路、西关路、南关路和人民大街、胜利大街等{count}条道路进行改造。\n")
    };
    quiet(&roads("5"));
    assert_eq!(codes(&roads("4")), vec![Code::CountMismatch]);
    // A join inside a name of one kind stays one name.
    quiet("由甲部、乙部、丙林业和草原局、丁部等4个部门联合开展。\n");
}

#[test]
fn a_join_between_two_groups_of_names_of_one_kind() {
    let roads =
        |count: &str| format!("建成东环一路、东环二路和南山一路、南山二路等{count}条道路。\n");
    quiet(&roads("4"));
    assert_eq!(codes(&roads("3")), vec![Code::CountMismatch]);
    // A deed after the join may open a list of its own.
    let deeds =
        |count: &str| format!("拓宽东环一路、东环二路和新建南山一路、南山二路等{count}条道路。\n");
    quiet(&deeds("4"));
    // The count may be the last deed's alone: a second reading that holds.
    quiet(&deeds("2"));
    // Wrong for the whole list and for the last deed alike.
    assert_eq!(
        codes("拓宽东环一路、东环二路和新建南山一路、南山二路、北山一路等2条道路。\n"),
        vec![Code::CountMismatch]
    );
    // One deed over the whole list is still counted.
    assert_eq!(
        codes("新建东环一路、东环二路、南山一路和南山二路等3条道路。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_quoted_count_of_words_closing_with_yi() {
    let firsts = |count: &str| format!("代表团蝉联奖牌总数、团体总分、金牌总数“{count}个第一”。\n");
    quiet(&firsts("三"));
    assert_eq!(codes(&firsts("四")), vec![Code::CountMismatch]);
    let unified = |count: &str| format!("建立受理、交办、回访“{count}个统一”工作机制。\n");
    quiet(&unified("三"));
    assert_eq!(codes(&unified("四")), vec![Code::CountMismatch]);
    // A numeral of its own in the quotes is a slogan's.
    quiet("落实甲、乙“三个一百”。\n");
}

#[test]
fn a_name_ending_with_a_word_that_holds_he() {
    // `中和` joins nothing: the name ends with a noun, not with a `和`.
    let pilots = |count: &str| format!("推进零碳园区、近零碳社区、碳中和{count}试点。\n");
    quiet(&pilots("3个"));
    assert_eq!(codes(&pilots("4个")), vec![Code::CountMismatch]);
}

#[test]
fn works_and_departments_counted_by_bu() {
    let works = |count: &str| format!("推出话剧《甲》、舞剧《乙》、电影《丙》等{count}作品。\n");
    quiet(&works("3部"));
    assert_eq!(codes(&works("2部")), vec![Code::CountMismatch]);
    quiet("由甲部、乙部、丙部等五部门联合开展专项行动。\n");
    assert_eq!(
        codes("由甲部、乙部、丙部等两部门联合开展专项行动。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_join_before_the_verb_of_the_first_name_ties_verbs() {
    let towns = |count: &str| {
        format!("谋划和着力打造甲水乡古镇、乙山康养小镇、丙谷科创小镇{count}特色小镇。\n")
    };
    quiet(&towns("三个"));
    assert_eq!(codes(&towns("四个")), vec![Code::CountMismatch]);
    // A join between two names in the first may hide one more.
    quiet("建设东园和西园、南园、北园四个园区。\n");
}

#[test]
fn circled_items_after_the_count_their_colon_closes() {
    let works = |count: &str| {
        format!(
            "年内完成9项民生工程，其中交通工程{count}：①甲路拓宽②乙桥改造③丙站建设。水利工程2项：①丁渠清淤②戊库加固。\n"
        )
    };
    quiet(&works("3项"));
    assert_eq!(codes(&works("4项")), vec![Code::CountMismatch]);
}

#[test]
fn a_run_in_head_over_the_sentences_naming_what_it_counts() {
    let campaigns = |count: &str| {
        format!(
            "（二）守护生态。\n持续打好{count}保卫战。打好东河保卫战，清淤疏浚河道。打好西山保卫战，封山育林。完善监测网络。打好南湖保卫战，退田还湖。\n（三）增进民生福祉。\n"
        )
    };
    quiet(&campaigns("三大"));
    assert_eq!(codes(&campaigns("四大")), vec![Code::CountMismatch]);
    // Two characters of the counted words name an item only after the
    // head's own verb.
    let works = |count: &str| {
        format!(
            "深入实施{count}生态工程。深入实施湿地修复工程，保护候鸟栖息地。加快建设污水管网工程。深入实施森林提质工程，抚育林地。\n"
        )
    };
    quiet(&works("两大"));
    assert_eq!(codes(&works("三大")), vec![Code::CountMismatch]);
}

#[test]
fn a_run_in_head_quoting_the_words_its_sentences_repeat() {
    let resolves = |count: &str| {
        format!(
            "实现上述目标，必须做到{count}“持之以恒不动摇”。要持之以恒不动摇地扩大投资，抓实项目。对本县而言，重在工业。要持之以恒不动摇地改善民生，办好实事。要持之以恒不动摇地深化改革。\n"
        )
    };
    quiet(&resolves("三个"));
    assert_eq!(codes(&resolves("四个")), vec![Code::CountMismatch]);
}

#[test]
fn a_count_closing_its_paragraph_over_paragraphs_opening_with_its_items() {
    let clusters = |count: &str| {
        format!(
            "（二）壮大实体经济。\n做强工业基本盘，培育壮大{count}产业集群，推行链长制。\n绿色建材产业集群，加快甲项目建设。\n现代纺织产业集群，推动乙园区扩能。\n智能装备产业集群，引进丙企业。\n（三）扩大开放。\n"
        )
    };
    quiet(&clusters("三大"));
    assert_eq!(codes(&clusters("四大")), vec![Code::CountMismatch]);
    // Paragraphs opening otherwise are no items of it.
    quiet(
        "做强工业基本盘，培育壮大四大产业集群。\n绿色建材产业集群，加快甲项目建设。\n现代纺织产业集群，推动乙园区扩能。\n全年引进丙企业。\n",
    );
}

#[test]
fn short_heading_sentences_after_a_count_and_a_colon() {
    let goals = |count: &str| {
        format!(
            "今后五年的目标概括为{count}方面：产业实力显著增强。甲类产业产值年均增长8%左右，乙类产业加快集聚。城乡面貌明显改善。新建道路120公里，完成村庄整治。民生保障更加有力。城镇新增就业每年5000人以上。\n"
        )
    };
    quiet(&goals("三个"));
    assert_eq!(codes(&goals("四个")), vec![Code::CountMismatch]);
    let musts = |count: &str| {
        format!(
            "工作中必须把握{count}“要点”：必须坚持项目为王。把项目建设摆在突出位置，抓开工、抓投产。必须坚持改革引领。以改革破难题、增活力。\n"
        )
    };
    quiet(&musts("两个"));
    assert_eq!(codes(&musts("三个")), vec![Code::CountMismatch]);
    // Two short sentences in a row: which heads what is not sure.
    quiet(
        "目标概括为四个方面：产业实力显著增强。城乡面貌明显改善。新建道路120公里，完成村庄整治。\n",
    );
    // A paragraph not opening with a short sentence: abstain.
    quiet(
        "目标概括为四个方面：甲类产业产值年均增长8%左右，乙类产业加快集聚。城乡面貌明显改善。新建道路120公里。\n",
    );
}

#[test]
fn names_as_a_subject_of_shi_and_a_definition_qualifying_its_noun() {
    let lines = |count: &str| {
        format!("耕地保护、安全生产和生态环境是全县发展的{count}底线，必须牢牢守住。\n")
    };
    quiet(&lines("三条"));
    assert_eq!(codes(&lines("四条")), vec![Code::CountMismatch]);
    let defined = |count: &str| {
        format!(
            "推进“双8”行动。\n注释\n1.“双8”行动：第二个“8”指甲材料、乙装备、丙食品、丁纺织{count}规模较大、带动力强的重点产业集群。\n"
        )
    };
    quiet(&defined("4个"));
    assert!(codes(&defined("5个")).contains(&Code::CountMismatch));
}

#[test]
fn a_note_counting_with_a_numeral_alone_in_quotes() {
    let deeds = |count: &str| {
        format!(
            "办好为民“{count}”事。\n注释\n1.2031年为民“{count}”事：①新建甲街菜场；②改造乙村道路；③扩建丙镇学校。\n"
        )
    };
    quiet(&deeds("三"));
    assert!(codes(&deeds("四")).contains(&Code::CountMismatch));
}

#[test]
fn a_quoted_count_before_the_lead_naming_each_item() {
    let lead = |count: &str| {
        format!(
            "今年我们将坚持“{count}聚焦”，力争实现“三个突破”：\n（一）聚焦产业升级，在甲类产业上实现突破。\n推进园区扩容。\n（二）聚焦城乡融合，在乙类集镇上实现突破。\n完善路网。\n（三）聚焦民生改善，在丙类实事上实现突破。\n扩大就业。\n"
        )
    };
    quiet(&lead("三个"));
    assert_eq!(codes(&lead("四个")), vec![Code::CountMismatch]);
    // A count whose words the items do not hold counts something else.
    quiet(
        "今年我们将坚持“四个优先”，力争实现“三个突破”：\n（一）产业升级，实现突破。\n（二）城乡融合，实现突破。\n（三）民生改善，实现突破。\n",
    );
}

#[test]
fn quoted_counts_sharing_out_groups_after_ji() {
    let shared = |first: &str, second: &str| {
        format!(
            "推广“甲县经验”。\n注释\n1.甲县经验：以“{first}始终坚持”和“处理好{second}关系”为主要内涵，即：始终坚持发展实业，始终坚持面向市场，始终坚持诚信经营；处理好政府和市场的关系，处理好城市和乡村的关系。\n"
        )
    };
    quiet(&shared("三个", "两大"));
    assert!(codes(&shared("四个", "两大")).contains(&Code::CountMismatch));
    assert!(codes(&shared("三个", "三大")).contains(&Code::CountMismatch));
    // A group whose clauses do not carry its words: abstain.
    quiet(
        "推广“甲县经验”。\n注释\n1.甲县经验：以“四个始终坚持”和“处理好两大关系”为主要内涵，即：发展实业，面向市场，诚信经营；处理好政府和市场的关系，处理好城市和乡村的关系。\n",
    );
}

#[test]
fn items_naming_what_a_quoted_count_counts() {
    // A paragraph quoting the count, then numbered lines each naming it.
    let before = |count: &str| {
        format!(
            "今年要把“{count}提升工程”目标年度化、任务具体化。\n（一）深入推进甲城提升工程。建设新城。\n（二）深入推进乙路提升工程。打通断头路。\n（三）深入推进丙业提升工程。壮大集群。\n同时，做好其他工作。\n"
        )
    };
    quiet(&before("三大"));
    assert_eq!(codes(&before("四大")), vec![Code::CountMismatch]);
    // A heading quoting the count twice, then paragraphs opening with it.
    let under = |first: &str| {
        format!(
            "（一）在打好“{first}攻坚战”上聚焦发力。打好“三大攻坚战”，是必须跨越的关口。\n打好甲类风险攻坚战。守住底线。\n打好乙类帮扶攻坚战。巩固成果。\n打好丙类治理攻坚战。改善环境。\n（二）推动城市发展。\n"
        )
    };
    quiet(&under("三大"));
    assert_eq!(codes(&under("四大")), vec![Code::CountMismatch]);
    // A paragraph not naming it: abstain.
    quiet(
        "（一）在打好“四大攻坚战”上聚焦发力。\n打好甲类风险攻坚战。守住底线。\n打好乙类帮扶攻坚战。巩固成果。\n同时抓好丙类工作。\n（二）推动城市发展。\n",
    );
}

#[test]
fn parts_counted_among_a_whole() {
    // `N个X中，M个…`: M of the N counted.
    assert_eq!(
        codes("在全县64个行政村中，71个村通了公交。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("在全县64个行政村中，51个村通了公交。\n");
    assert_eq!(
        codes("年初承诺的25项惠民工程中27项已经完成。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("年初承诺的25项惠民工程中23项已经完成。\n");
    // Those up to standard (`达标`) among indicators counted.
    let text = |n: &str| format!("规划确定的32项发展指标中{n}达标。\n");
    quiet(&text("29项"));
    assert_eq!(codes(&text("39项")), vec![Code::PartExceedsWhole]);
    quiet("全区38家中小企业中，有21家获得首贷。\n");
    // A short verb before a part closing its clause; a bracket after the
    // counted words.
    assert_eq!(
        codes("今年部署的18项改革任务中，已完成21项。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("今年部署的18项改革任务中，已完成16项。\n");
    quiet("全省16个市（州）中，有9个市实现正增长。\n");
    // Other things counted among the whole, or a count after a verb of
    // its own: no part.
    quiet("在5个试点镇中，有42个村开展了集体经济改革。\n");
    quiet("在全县64个行政村中，建成91个文化广场。\n");
}

#[test]
fn this_years_investment_is_within_the_total() {
    // `总投资N，年度计划投资M`: the year's share of the same projects.
    let plan = |year: &str| format!("推进重点工程85个，总投资640亿元，年度计划投资{year}。\n");
    assert_eq!(codes(&plan("710亿元")), vec![Code::PartExceedsWhole]);
    quiet(&plan("150亿元"));
    let done = |year: &str| {
        format!("全年实施工程60个以上，总投资400亿元以上，完成年度计划投资{year}以上。\n")
    };
    assert_eq!(codes(&done("900亿元")), vec![Code::PartExceedsWhole]);
    quiet(&done("90亿元"));
    // Another subject's investment this year is no part of the total.
    quiet("推进重点工程85个、总投资640亿元，市属企业完成年度投资710亿元。\n");
    // The total of projects counted after it (`的…N个`), then the
    // investment done in them.
    let done = |n: &str| format!("推进总投资310亿元的民生工程48个，完成投资{n}。\n");
    quiet(&done("96亿元"));
    assert_eq!(codes(&done("396亿元")), vec![Code::PartExceedsWhole]);
    // Investment drawn in, or done by another subject: no part.
    quiet("推进总投资310亿元的民生工程48个，带动投资396亿元。\n");
    quiet("推进总投资310亿元的民生工程48个，社会资本完成投资396亿元。\n");
}

#[test]
fn a_count_and_those_of_it_in_a_state_reached() {
    // `N个X已V M个`: with `已`, a state the counted things reached.
    let handed = |part: &str| format!("老旧片区19个安置点已交付{part}，其余年内交付。\n");
    assert_eq!(codes(&handed("23个")), vec![Code::PartExceedsWhole]);
    quiet(&handed("12个"));
    // The whole's investment between it and the part.
    let finished = |part: &str| format!("引进产业项目140个、总投资380亿元，已竣工{part}。\n");
    assert_eq!(codes(&finished("152个")), vec![Code::PartExceedsWhole]);
    quiet(&finished("96个"));
    // The counted things named again before the status.
    let listed = |part: &str| format!("推进各类技改项目260个，{part}项目列入省级示范。\n");
    assert_eq!(codes(&listed("275个")), vec![Code::PartExceedsWhole]);
    quiet(&listed("75个"));
    // Other things, things newly added (old ones may be among the part),
    // or a verb naming other things after `已`: no part.
    quiet("清理证明事项18项，240项审批事项实现网上办理。\n");
    quiet("新增农业龙头企业41家，56家龙头企业获评省级示范。\n");
    quiet("12个乡镇已建成便民服务站47个。\n");
}

#[test]
fn done_and_undone_named_like_the_whole_and_states_after_a_done_part() {
    // `分解任务N项，完成任务M项、未完成任务K项`: each some of the tasks.
    let tasks = |done: &str| {
        format!("去年报告分解工作任务412项，完成及基本完成任务{done}、未完成任务9项。\n")
    };
    assert_eq!(codes(&tasks("430项")), vec![Code::PartExceedsWhole]);
    quiet(&tasks("403项"));
    // A whole in a state of its own (`开工`): those finished may have
    // started before.
    quiet("开工建设项目40个，完成项目52个、未完成项目3个。\n");
    // `N项X完工M项，完成投资…，在建K项`: states of the same projects.
    let states = |building: &str| {
        format!("全市58项重大工程完工9项，完成投资21亿元，在建{building}，完成投资160亿元。\n")
    };
    assert_eq!(codes(&states("61项")), vec![Code::PartExceedsWhole]);
    quiet(&states("47项"));
}

#[test]
fn counts_over_nested_bounds() {
    // Those over the higher bound are among those over the lower one,
    // written first.
    let towns = |high: &str| format!("全市9个乡镇财政收入过亿元、{high}乡镇超3亿元。\n");
    assert_eq!(codes(&towns("11个")), vec![Code::PartExceedsWhole]);
    quiet(&towns("4个"));
    // From the higher bound down, the later count may be the next band
    // (`6个超100亿元、4个超50亿元`): not read.
    let parks = |low: &str| format!("培育3个产值超500亿元、{low}超100亿元的工业园区。\n");
    quiet(&parks("1个"));
    quiet(&parks("6个"));
    // Bounds of one height, or no bound at all: no part.
    quiet("全市9个乡镇财政收入过亿元、11个乡镇超亿元。\n");
    quiet("全市9个乡镇财政收入1亿元、11个乡镇3亿元。\n");
}

#[test]
fn a_clause_of_the_wholes_own_task_verb_ends_the_parts() {
    // `招引A N个，其中…；招引B M个`: the second 招引 is a task of its own.
    quiet("招引产业项目120个，其中制造业项目80个、现代服务业项目30个；招引总部项目25个。\n");
    assert_eq!(
        codes("招引产业项目120个，其中制造业项目80个、现代服务业项目50个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn another_measure_of_each_part_is_no_part() {
    // Parts named by the whole's measure (`产值`), each with its tax after
    // a `、`: the taxes are not added to the output.
    let output = |second: &str| {
        format!(
            "两大主导产业实现产值16.5亿元，同比增长12%。其中，甲公司实现产值7亿元、纳税2.5亿元，乙公司实现产值{second}、纳税1.5亿元。\n"
        )
    };
    quiet(&output("8亿元"));
    assert_eq!(codes(&output("10.5亿元")), vec![Code::PartsExceedWhole]);
    // A short name once after a `、` is one more part named short.
    assert_eq!(
        codes("全年实施重点项目63个，其中省级重点项目25个、市级45个。\n"),
        vec![Code::PartsExceedWhole]
    );
    // Parts not named by the measure are all parts, `、` or not.
    assert_eq!(
        codes("全年实现产值16.5亿元，其中，甲镇7亿元、乙镇8亿元、丙镇5亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn parts_after_a_full_stop() {
    // `其中` opening a sentence: the whole closes the sentence before.
    assert_eq!(
        codes("今年筹集各类帮扶资金7.5亿元。其中，省级补助4.1亿元，县级配套3.9亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("今年筹集各类帮扶资金7.5亿元。其中，省级补助4.1亿元，县级配套2.9亿元。\n");
}

#[test]
fn shares_said_once_for_a_list_of_names() {
    // The last name's share word stands for every name before it.
    assert_eq!(
        codes("山区自来水、无害化卫生厕所普及率分别达到96.5%和108%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("山区自来水、无害化卫生厕所普及率分别达到96.5%和88%。\n");
    // Per-hundred names stay unbounded, even said once for the list.
    quiet("固定电话、移动电话普及率分别达到41%和121%。\n");
    // A name with a measure of its own is no name of the share.
    quiet("工业增速、服务业占比分别为103%和48%。\n");
}

#[test]
fn ratios_of_costs_covered_are_shares() {
    assert_eq!(
        codes("城乡居民大病保险实际补偿比达到112%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("城乡居民大病保险实际补偿比达到72%。\n");
    assert_eq!(
        codes("审批承诺时限压缩比为131%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("审批承诺时限压缩比为61%。\n");
}

#[test]
fn parts_named_plainly_past_semicolons() {
    assert_eq!(
        codes("今年统筹防汛资金9亿元，其中，国家下达3亿元；省级安排11亿元；市县自筹2亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("今年统筹防汛资金9亿元，其中，国家下达3亿元；省级安排4亿元；市县自筹2亿元。\n");
    // A clause that leaves the parts (`撬动`) is no part.
    quiet("今年统筹防汛资金9亿元，其中，国家下达3亿元；撬动社会资金15亿元。\n");
}

#[test]
fn later_parts_keep_their_own_verb_when_named_like_the_first() {
    assert_eq!(
        codes("全年完成交通投资26亿元，其中，公路项目完成投资17亿元，水运项目完成投资13亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("全年完成交通投资26亿元，其中，公路项目完成投资17亿元，水运项目完成投资8亿元。\n");
}

#[test]
fn a_later_clause_with_a_verb_of_its_own_is_no_part() {
    quiet("新引进各类人才1500多人、其中领军人才36人，新增技能人才12万人。\n");
}

#[test]
fn the_whole_of_a_sentence_opening_part_spans_its_semicolons() {
    // The whole stands in the sentence's first clause, before a `；`.
    assert_eq!(
        codes("全年统筹防汛资金9亿元；受益群众12万人。其中，国家下达5亿元，省级安排6亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("全年统筹防汛资金9亿元；受益群众12万人。其中，国家下达5亿元，省级安排3亿元。\n");
}

#[test]
fn numbered_items_running_on_without_separators() {
    // Each group's `（1）…` items follow one another with nothing between
    // them; a new group opens after the sentence end.
    let held = "年内办好十项实事，其中，道路工程3项：（1）东环路拓宽工程（2）北门桥改建工程（3）滨河步道贯通工程。供水工程2项：（1）南区水厂扩建工程（2）老旧管网更换工程。\n";
    quiet(held);
    assert_eq!(
        codes(&held.replacen("道路工程3项", "道路工程4项", 1)),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes(&held.replacen("供水工程2项", "供水工程3项", 1)),
        vec![Code::CountMismatch]
    );
}

#[test]
fn note_names_joined_by_middle_dots() {
    let note = |term: &str, names: &str| format!("擦亮城市{term}。\n注释\n1.{term}：{names}。\n");
    quiet(&note("三张名片", "茶香之乡·古桥之城•湿地之都"));
    assert_eq!(
        codes(&note("四张名片", "茶香之乡·古桥之城•湿地之都")),
        vec![Code::CountMismatch]
    );
    // One foreign name holding a dot is not two names.
    quiet(&note("两位学者", "卡尔·马克思"));
}

#[test]
fn names_before_counts_of_teams_lines_and_sides() {
    let held =
        "压实学校、家庭、社区三方责任，守好车站、码头两道关口，组建巡查、救援和保障3支队伍。\n";
    quiet(held);
    for (from, to) in [("三方", "四方"), ("两道", "三道"), ("3支", "4支")] {
        assert_eq!(
            codes(&held.replacen(from, to, 1)),
            vec![Code::CountMismatch],
            "{from}"
        );
    }
}

#[test]
fn a_quoted_list_before_a_count_of_one_whole() {
    let held = "健全“防治、救助、康养”三位一体的服务体系。\n";
    quiet(held);
    assert_eq!(
        codes(&held.replacen("三位", "四位", 1)),
        vec![Code::CountMismatch]
    );
    // Bare, the count qualifies the last name alone.
    quiet("推进甲镇、乙镇和丙镇党建业务服务三位一体建设。\n");
}

#[test]
fn names_before_a_count_that_then_achieves_a_figure() {
    let held = "农机制造、食品加工、新型建材三大主导产业实现产值40亿元，完成投资6亿元。\n";
    quiet(held);
    assert_eq!(
        codes(&held.replacen("三大", "四大", 1)),
        vec![Code::CountMismatch]
    );
}

/// `held` is quiet, and flags a count mismatch once `from` becomes `to`.
fn breaks_once(held: &str, from: &str, to: &str) {
    quiet(held);
    assert_eq!(
        codes(&held.replacen(from, to, 1)),
        vec![Code::CountMismatch],
        "{held} with {to}"
    );
}

#[test]
fn names_before_layers_levels_spaced_counts_and_quoted_nouns() {
    // `N重`: layers named before it.
    breaks_once(
        "县域经济面对成本上升、订单减少、人才外流三重压力。\n",
        "三重",
        "四重",
    );
    // 重 opening a word of its own is no count.
    quiet("抓好甲、乙两重点工作，推进丙、丁三重大项目。\n");
    // One character naming the places' level (`N个县`), not kinds of them.
    breaks_once("东山、西川、南岭3个乡开展联合巡河。\n", "3个", "4个");
    quiet("东片、西片两类县分类施策。\n");
    // A space between digits and their measure word.
    breaks_once("北湖、南湖、东湖3 个湿地公园对外开放。\n", "3 个", "4 个");
    // A quoted counted noun after three names or more, verbs named as the
    // things counted.
    breaks_once("写好保护、利用、传承三篇“文章”。\n", "三篇", "四篇");
    // A bare verb among the names of a quoted count is one of them; right
    // before the count, it takes the count as its object.
    breaks_once(
        "把新城建成集研发、制造、服务、展示“四位一体”园区。\n",
        "四位",
        "五位",
    );
    quiet("推进城乡协调、缩小“三大差距”。\n");
    // `地` inside a noun (`房地产`) is no adverb.
    breaks_once("培育物流、金融、房地产三个服务业集群。\n", "三个", "四个");
}

#[test]
fn a_lead_over_the_dashed_paragraphs_after_it() {
    let text = |count: &str| {
        format!(
            "今后一年，我们要抓好{count}方面的任务。\n——着力壮大工业，夯实发展根基。\n——着力繁荣文旅，激活消费潜力。\n——着力改善民生，增进群众福祉。\n一、过去一年工作回顾\n"
        )
    };
    quiet(&text("三个"));
    assert_eq!(codes(&text("四个")), vec![Code::CountMismatch]);
    // A summary of figures closing with a count is no lead of the dashes.
    quiet(
        "全县生产总值达到120亿元，财政收入8亿元，实现“两个翻番”。\n——五年来，我们狠抓项目，后劲增强。\n——五年来，我们狠抓环境，面貌改观。\n——五年来，我们狠抓民生，福祉增进。\n",
    );
    // A dashed paragraph further on, after a comment, may be one more item.
    quiet(
        "今后一年，我们要抓好四个方面的任务。\n——着力壮大工业，夯实发展根基。\n——着力繁荣文旅，激活消费潜力。\n这是全县的共同心愿。\n——着力改善民生，增进群众福祉。\n",
    );
}

#[test]
fn deeds_counted_in_a_sentence_that_counts_other_things_are_no_lead() {
    quiet(
        "持续推进20项惠民行动，办好30件民生实事，让群众更有获得感。一是做强工业。二是做优农业。三是做美城乡。\n",
    );
}

#[test]
fn places_counted_by_their_level_after_their_names() {
    breaks_once("东山、西川、南岭3县列入试点。\n", "3县", "4县");
    quiet("甲、乙、丙三国签署协定。\n");
    // A one-character name among longer ones starts a word (`东三省`), and
    // two names may shorten three places.
    quiet("走进长三角、东三省。\n");
    quiet("举办边贸会、中老越三国边境论坛。\n");
    // The level opening a word of its own, or a slogan's numbers.
    quiet("培育东片、西片两市场。\n");
    quiet("推进甲区、乙区“三县一区”协作。\n");
}

#[test]
fn a_count_of_deeds_in_the_body_over_the_list_titled_with_it() {
    let text = |count: &str| {
        format!(
            "过去三年，我们每年办好三件民生实事。\n二、今年工作安排\n今年，我们将继续办好{count}民生实事。\n2031年三件民生实事\n一、新建甲校\n二、改造乙路\n三、扩建丙院\n"
        )
    };
    quiet(&text("三件"));
    assert_eq!(codes(&text("四件")), vec![Code::CountMismatch]);
}

#[test]
fn short_headings_alone_on_their_lines_after_a_count_of_aspects() {
    let text = |count: &str| {
        format!(
            "一、今年工作\n做好政府自身建设，着力抓好{count}方面。\n推进甲务公开。\n全面公开甲类事项，接受群众监督。\n改进乙类作风。\n精简会议文件，深入基层调研。\n一要减少检查评比。\n二要规范督办事项。\n二、其他工作\n"
        )
    };
    quiet(&text("两个"));
    assert_eq!(codes(&text("三个")), vec![Code::CountMismatch]);
    // No next part's number to end the run: the headings are not counted.
    quiet(
        "一、今年工作\n做好政府自身建设，着力抓好三个方面。\n推进甲务公开。\n全面公开甲类事项，接受群众监督。\n改进乙类作风。\n精简会议文件，深入基层调研。\n",
    );
}

#[test]
fn a_quoted_count_over_the_quoted_names_opening_the_sentences_after_it() {
    let text = |count: &str| {
        format!(
            "做强乙类事业，着力实施“{count}行动”。落实“甲园培育行动”，扩容甲园。启动“乙链延伸行动”，补齐乙链。\n"
        )
    };
    quiet(&text("两大"));
    assert_eq!(codes(&text("三大")), vec![Code::CountMismatch]);
    // A name carried on from before (`继续`): which names are counted is
    // not sure.
    quiet(
        "做强乙类事业，着力实施“两大行动”。落实“甲园培育行动”，扩容甲园。启动“乙链延伸行动”，补齐乙链。继续深化“丙区配套行动”，完善配套。\n",
    );
    // A name of the kind inside a sentence: the items are not sure.
    quiet(
        "做强乙类事业，着力实施“三大行动”。落实“甲园培育行动”，扩容甲园。启动“乙链延伸行动”，并衔接“丙区配套行动”。\n",
    );
}

#[test]
fn kinds_named_before_a_count_of_kinds_closing_its_clause() {
    // `类` is what is counted: the names before it are the kinds.
    breaks_once(
        "全县园区分为甲型、乙型、丙型三类，分别施策。\n",
        "三类",
        "四类",
    );
    breaks_once("全县指标分为引导性和约束性两大类。\n", "两大类", "三大类");
    // Not closing its clause, a one-character noun after `类` is no
    // count of the kinds.
    quiet("重点帮扶甲户、乙户三类人。\n");
}

#[test]
fn circled_items_with_one_number_skipped_count_as_they_stand() {
    // `③` left out: the run goes on past the gap, its items all counted.
    breaks_once(
        "今年办好四件惠民实事：①新建甲馆；②改造乙桥；④扩建丙所；⑤疏浚丁渠。\n",
        "四件",
        "五件",
    );
    quiet("今年办好四件惠民实事：①新建甲馆；②改造乙桥；③扩建丙所；④疏浚丁渠。\n");
    // The next number glued to a word in a later sentence is a note's
    // marker, no item.
    assert!(
        !codes("今年办好三件惠民实事：①新建甲馆；②改造乙桥；③扩建丙所。推进“两个中心”④建设。\n")
            .contains(&Code::CountMismatch)
    );
}

#[test]
fn rules_and_ways_named_by_what_is_done() {
    // Principles and ways are stated as deeds: verbs open the names.
    breaks_once(
        "坚持推行甲类公开、落实乙类责任和强化丙类监督三项工作准则。\n",
        "三项",
        "四项",
    );
    breaks_once("遵循保护甲地、节约乙材的两条原则。\n", "两条", "三条");
    // Not things of that kind: a verb opening a later name leaves the
    // count unread.
    quiet("推进甲区改造、开工乙园三个片区。\n");
}

#[test]
fn aims_and_key_points_named_by_what_is_done() {
    // Aims and key points are deeds too: verbs open the names.
    breaks_once(
        "瞄准建成甲类示范园、培育乙类龙头企业、构建丙类服务体系3个目标。\n",
        "3个",
        "4个",
    );
    breaks_once("重点抓好做实甲站、做优乙网两个重点。\n", "两个", "三个");
    // Names of things before a verb taking the count as its object stay
    // unread.
    quiet("甲局、乙局、丙局合力推进两个重点。\n");
}

#[test]
fn programmes_named_by_deeds_closing_with_their_verb() {
    // `甲产业培育`: a deed's name closed by its verb; a count of
    // programmes counts such names.
    breaks_once(
        "实施甲产业提质、乙产业振兴、丙产业培育三大工程。\n",
        "三大",
        "四大",
    );
    breaks_once(
        "推进东片老旧小区改造、西片管网改造两项行动。\n",
        "两项",
        "三项",
    );
    // A verb that takes the count as its object is no deed's name.
    quiet("甲局、乙局、丙局联合实施两大工程。\n");
}

#[test]
fn a_count_pointing_back_at_the_names_closing_the_sentence_before() {
    // `这N项` opening the next sentence counts the names.
    breaks_once(
        "本年理顺了甲务、乙务和丙务管理。这三项改革都已见效。\n",
        "三项",
        "四项",
    );
    breaks_once(
        "今年着力抓好东片、西片、南片、北片。这四个方面要统筹推进。\n",
        "四个",
        "五个",
    );
    // The last name may join two: one fewer is no slip.
    quiet("本年理顺了甲务、乙务和丙务管理。这两项改革都已见效。\n");
    // Not the only list of the sentence: which one is counted is unsure.
    quiet("本年理顺了甲务、乙务，完善了丙务、丁务、戊务。这两项改革都已见效。\n");
    // Not closing the sentence, or closed by 等: no count to check.
    quiet("本年理顺了甲务、乙务和丙务，成效明显。这四项改革都已见效。\n");
    quiet("本年理顺了甲务、乙务、丙务等。这五项改革都已见效。\n");
    // A span of time or a batch: not the names one by one.
    quiet("本年理顺了甲务、乙务和丙务。这两个月，丁务也已理顺。\n");
    quiet("本年理顺了甲务、乙务和丙务。这两个季度，丁务也已理顺。\n");
    quiet("本年改造了甲村、乙村和丙村。这两批村庄都已验收。\n");
    // A pointing count far into a long clause points elsewhere.
    quiet("本年理顺了甲务、乙务和丙务。我们在总结经验的基础上将这四项改革推向全县。\n");
}

#[test]
fn ordinals_numbered_again_under_a_lead_of_their_own_end_the_list_before() {
    // A later `一是` run led by its own count is a new list, not lines
    // nested in the last item of the first.
    let text = |count: &str| {
        format!(
            "一、今年工作\n做强甲类事业。年内重点抓好{count}方面。\n一是扩大甲类供给。新建甲校。\n加大甲类投入。\n二是优化乙类布局。调整乙区。\n三是提升丙类质量。培训丙员。\n推进丁类改革。今年做好以下两项工作：\n一是完善丁类机制。\n二是健全丁类网络。\n二、其他工作\n"
        )
    };
    quiet(&text("三个"));
    assert_eq!(codes(&text("四个")), vec![Code::CountMismatch]);
    // With no lead before it, a run numbered again may be nested in the
    // last item: the count is left unread.
    quiet(
        "一、今年工作\n做强甲类事业。年内重点抓好四个方面。\n一是扩大甲类供给。\n二是优化乙类布局。\n三是提升丙类质量。具体包括：\n一是完善丁类机制。\n二是健全丁类网络。\n二、其他工作\n",
    );
}

#[test]
fn the_central_level_and_a_prefecture_in_brackets_among_levels() {
    // `中央` heads the levels, joined by 和 or 、 or run on.
    breaks_once("推行中央和省两级预算管理。\n", "两级", "三级");
    breaks_once("理顺中央、省、县三级事权。\n", "三级", "四级");
    breaks_once("建立中央省市县四级联动机制。\n", "四级", "三级");
    // `市（地）`: one level with the prefecture it was.
    breaks_once("健全省、市（地）、县三级监测网络。\n", "三级", "四级");
    // Not a level: `地方` leaves the count unread.
    quiet("调动中央和地方三级财政的积极性。\n");
    // Joined to levels run on, `中央` may stand beside a pair counted
    // alone (`省市两级`): not read.
    quiet("争取中央和省市两级资金2亿元。\n");
    quiet("争取中央、省市两级资金2亿元。\n");
}

#[test]
fn levels_of_two_characters_parts_named_in_a_first_clause_and_quoted_names_joined() {
    // `社区`, `街道` are one level each.
    breaks_once("健全县、街道、社区三级网格。\n", "三级", "四级");
    // Each `；` piece opens with a clause naming what is counted.
    breaks_once(
        "抓好两项管理，即抓好甲类资金管理，堵住漏洞；抓好乙类资产管理，提高效益。\n",
        "两项",
        "三项",
    );
    // Names each in their own quotes, joined by 和 or 、.
    breaks_once("守住“准入”和“退出”两道关口。\n", "两道", "三道");
    breaks_once("推广“东岭”、“西坡”两个品牌。\n", "两个", "三个");
}

#[test]
fn a_count_of_aspects_over_paragraphs_whose_first_sentences_end_alike() {
    let text = |count: &str| {
        format!(
            "今年重点从{count}方面推进全县经济社会高质量发展。\n壮大特色产业，增强县域实力见实效。做强茶叶。\n完善基础设施，补齐发展短板见实效。修通道路。\n建设美丽乡村，改善人居环境见实效。整治村容。\n二、今年主要工作\n"
        )
    };
    quiet(&text("三个"));
    assert_eq!(codes(&text("四个")), vec![Code::CountMismatch]);
    // No numbered line or title after the run: not sure it ended.
    quiet(
        "今年重点从四个方面推进发展。\n壮大特色产业，增强县域实力见实效。做强茶叶。\n完善基础设施，补齐发展短板见实效。修通道路。\n建设美丽乡村，改善人居环境见实效。整治村容。\n我们还要做好其他工作，确保各项任务落实。\n",
    );
}

#[test]
fn a_quoted_list_then_de_then_its_count() {
    breaks_once(
        "坚持“统一规划、分步实施、逐年见效”的三项原则。\n",
        "三项",
        "四项",
    );
    // `N个一`: each name opens with 一.
    breaks_once(
        "落实“一个专班、一套方案、一名专员”的“三个一”推进机制。\n",
        "三个",
        "四个",
    );
    quiet("落实“专班、方案、专员”的“四个一”推进机制。\n");
}

#[test]
fn two_names_joined_each_ending_like_what_is_counted() {
    breaks_once("改建东河大桥和西河大桥两座危桥。\n", "两座", "三座");
    // Places may hold the counted things.
    quiet("建设东区和西区三个园区。\n");
    quiet("守住粮食安全和生态安全三条底线。\n");
}

#[test]
fn a_numbered_heading_quoting_a_count_over_the_clauses_naming_it() {
    let text = |count: &str| {
        format!(
            "（三）守护绿水青山。全力打好“{count}攻坚战”。\n治理重点流域。打好东河治理攻坚战，清淤疏浚。打好西湖保护攻坚战，退田还湖。\n改善城乡环境。持续打好扬尘整治攻坚战，严控工地。\n（四）增进民生福祉。\n"
        )
    };
    quiet(&text("三场"));
    assert_eq!(codes(&text("四场")), vec![Code::CountMismatch]);
    // A paragraph naming none of them may word its item otherwise.
    quiet(
        "（三）守护绿水青山。全力打好“四场攻坚战”。\n治理重点流域。打好东河治理攻坚战，清淤疏浚。打好西湖保护攻坚战，退田还湖。\n改善城乡环境。持续打好扬尘整治攻坚战，严控工地。\n守牢安全底线。严格执法检查。\n（四）增进民生福祉。\n",
    );
}

#[test]
fn a_join_word_a_middle_name_ties_words_with_does_not_close_the_list() {
    // `及` ties words inside a name between two `、`: the last name's `及`
    // does too, so the names are three and a count of four is a slip.
    let note = |count: &str| {
        format!(
            "壮大{count}特色产业集群。\n注释\n1.{count}特色产业集群：纺织服装、钢材及型材、粮油及食品等特色产业集群。\n"
        )
    };
    quiet(&note("三大"));
    assert_eq!(codes(&note("四大")), vec![Code::CountMismatch]);
    // With no such name before it, the last `及` may join two names: four
    // may be right, and the reader abstains.
    let open = "壮大四大特色产业集群。\n注释\n1.四大特色产业集群：纺织服装、钢材型材、粮油及食品等特色产业集群。\n";
    quiet(open);
    // A middle name's `和` says nothing of a last name's `以及`, which may
    // close the list.
    let other = "壮大四大特色产业集群。\n注释\n1.四大特色产业集群：纺织服装、钢材和型材、粮油以及食品等特色产业集群。\n";
    quiet(other);
}

#[test]
fn numbered_paragraphs_after_a_count_pointing_ahead() {
    // `以下N件` points at the lines after the colon, however many words
    // stand between the count and the colon.
    let lead = |count: &str| {
        format!(
            "经代表投票，以下{count}件列为2031年县政府惠民项目：\n1.新建社区食堂12家。\n2.改造背街小巷20条。\n3.新增公共停车位800个。\n对上述项目，县政府将逐项落实。\n"
        )
    };
    quiet(&lead("3"));
    assert_eq!(codes(&lead("4")), vec![Code::CountMismatch]);
    // A numbering that skips an item is not read to its end.
    quiet(
        "经代表投票，以下4件列为2031年县政府惠民项目：\n1.新建社区食堂12家。\n2.改造背街小巷20条。\n4.新增公共停车位800个。\n对上述项目，县政府将逐项落实。\n",
    );
}

/// An annex of deeds grouped under headings that each state their count in
/// brackets, the items numbered on from one group to the next.
fn grouped_annex(total: &str, second: &str, restart: bool) -> String {
    let (a, b, c) = if restart {
        ("1", "2", "3")
    } else {
        ("3", "4", "5")
    };
    format!(
        "认真办好惠民实事。\n附件\n2031年{total}件惠民实事\n\n一、办学育人（2件）\n1.新建幼儿园3所。\n2.改造薄弱学校5所。\n二、出行安居（{second}件）\n{a}.新改建农村公路80公里。\n{b}.改造老旧小区12个。\n{c}.新增公交线路6条。\n"
    )
}

#[test]
fn groups_of_numbered_items_counted_by_their_headings_and_their_title() {
    quiet(&grouped_annex("5", "3", false));
    // The title counts the items numbered through the groups, not the
    // groups; each heading counts its own items.
    assert_eq!(
        codes(&grouped_annex("6", "3", false)),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes(&grouped_annex("5", "4", false)),
        vec![Code::CountMismatch]
    );
    // Numbering that restarts in each group leaves the title unread: it
    // may count the groups or the items under them.
    quiet(&grouped_annex("5", "3", true));
    quiet(&grouped_annex("2", "3", true));
    assert_eq!(
        codes(&grouped_annex("5", "4", true)),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_count_after_the_list_restating_its_length() {
    // `上述N件` after the last item points back at the list.
    let text = |restated: &str| {
        format!(
            "今年拟办3件惠民实事：（1）新建幼儿园2所；（2）改造农贸市场4个；（3）新增停车位600个。上述{restated}件惠民实事，提请本次会议审议。\n"
        )
    };
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
    // A count of other things, in the last item's own words, restates
    // nothing.
    quiet(
        "今年拟办2件惠民实事：（1）新建幼儿园2所；（2）新建东城、西城两所小学。上述3所学校秋季招生。\n",
    );
}

#[test]
fn clauses_parted_by_semicolons_after_a_count_and_its_words() {
    // A few counted words between the count and the colon, then one
    // clause per item up to the sentence end.
    let text = |count: &str| {
        format!(
            "今年集中办好{count}件惠民实事：新增托育位300个；改造背街小巷15条；为65岁以上老人免费体检。\n"
        )
    };
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
    // Clauses parted by commas only may hold several per item.
    quiet("今年集中办好4件惠民实事：新增托育位300个，改造背街小巷15条，为65岁以上老人免费体检。\n");
}

#[test]
fn zero_opening_a_word_inside_a_name_is_no_count() {
    // `零部件` is a word: the names before `等` stay names.
    assert_eq!(
        codes("实施东风汽车零部件、南方电机、北方电池等扩产项目2个，稳定产值。\n"),
        vec![Code::CountMismatch]
    );
    quiet("实施东风汽车零部件、南方电机、北方电池等扩产项目12个，稳定产值。\n");
}

#[test]
fn a_percent_counting_things_is_bounded_whatever_its_name() {
    // The percent before the things it counts.
    for text in [
        "力争115%的社区建成嵌入式托育点。\n",
        "推动108%以上的乡镇卫生院配备巡诊车。\n",
        "实现120%以上卫生室接入远程会诊。\n",
        "省级98%、市级110%以上办件实现网上申请。\n",
    ] {
        assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    }
    quiet("力争85%的社区建成嵌入式托育点，省级98%、市级90%以上办件实现网上申请。\n");
    // A change, a standard or a rate of a name of its own is no count of
    // the things after it.
    quiet("营业收入增长120%以上的企业达到16家。\n");
    quiet("对研发投入按照175%的比例给予加计扣除，培育增速150%以上的企业。\n");
    quiet("实现130%的增长。\n");
    // The things before a link: a class of them, things in good state, an
    // amount of the whole named by its territory.
    for text in [
        "建有日间照料中心的行政村达到104%。\n",
        "集体收入过20万元的村达到101.5%。\n",
        "城区优良水体比例稳步提高，优良水体达105%。\n",
        "园区规上工业产值达到全县120%以上。\n",
    ] {
        assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    }
    quiet("建有日间照料中心的行政村达到94%，集体收入过20万元的村达到61.5%。\n");
    // An amount stated bare may be set against a plan: not read.
    quiet("园区规上工业产值达到120%。\n");
    // A territory (`全县`) or land (`农村`) is no village counted.
    quiet("全县达到120%，农村达到130%。\n");
}

#[test]
fn shares_of_lists_said_once_and_of_any_whole_but_a_plan() {
    // One part's share of several wholes.
    assert_eq!(
        codes("非税收入占地方财政收入和一般公共预算收入的比重分别为31.5%、108.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("非税收入占地方财政收入和一般公共预算收入的比重分别为31.5%、38.2%。\n");
    // Amounts before a share said once after them.
    assert_eq!(
        codes("数字经济产值、文旅产业增加值占比分别达到105%、12.3%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("数字经济产值、文旅产业增加值占比分别达到35%、12.3%。\n");
    quiet("数字经济增速、文旅产业增加值占比分别达到135%、12.3%。\n");
    // A resolve and a year opening the first name.
    assert_eq!(
        codes("力争2029年全县骨干企业和专精特新企业设立技术中心的比例分别达到40%、115%。\n"),
        vec![Code::RateOutOfRange]
    );
    // One 占 with two wholes, each with its value.
    assert_eq!(
        codes("光伏装机占全县电力总装机的46.2%、总发电量的120.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("光伏装机占全县电力总装机的46.2%、总发电量的20.5%。\n");
    // A whole of any name, after 占 or 占到; not a plan nor an average.
    assert_eq!(
        codes("制造业投资占到产业投资的130%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("农民人均收入占城镇居民平均水平的110%，完成投资占省下达指标的120%。\n");
    // A change in points between a share's name and its level.
    assert_eq!(
        codes("森林覆盖率增长3个百分点、达到103.6%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Shares of a poll and of the urban people.
    for text in ["群众安全感达101.2%。\n", "全县城镇化水平达到102%以上。\n"] {
        assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    }
}

#[test]
fn respectively_ranks_earlier_values_and_clauses_going_on() {
    // Ranks are values too.
    quiet("甲县、乙县、丙县分别位列全省第3名、第11名、第20名。\n");
    assert_eq!(
        codes("甲县、乙县、丙县分别位列全省第3名、第11名。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("一产、二产和三产增速分别居全市第四、第二和第一位。\n");
    // A rank followed by more words is no list of ranks.
    quiet("甲会和乙会分别召开第十次会议。\n");
    // Two names joined by 和 alone in the clause before.
    quiet("代表建议和委员提案全部办结，满意率分别达到97.5%、99%。\n");
    assert_eq!(
        codes("代表建议和委员提案全部办结，满意率分别达到97.5%、99%、98%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // The earlier values listed before 分别, after 从.
    quiet("城乡居民收入从2025年的31000元和12000元分别增长到39000元、16000元。\n");
    assert_eq!(
        codes("城乡居民收入从2025年的31000元和12000元分别增长到39000元、16000元、9000元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Clauses going on after the list: with a base year, and one after
    // another.
    assert_eq!(
        codes("城乡居民收入分别达到42000元、21000元，较2025年增长25%、31%、12%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("存贷款余额分别为900亿元、700亿元，增长6%、9%，占全省比重12.1%、10.5%。\n");
    assert_eq!(
        codes("存贷款余额分别为900亿元、700亿元，增长6%、9%，占全省比重12.1%、10.5%、3%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_subjects_named_with_a_code() {
    // A code (PM2.5) in a name of the clause before is no figure.
    quiet("细颗粒物和PM2.5浓度实现“双下降”，分别下降3.1%、6.4%。\n");
    assert_eq!(
        codes("细颗粒物、PM2.5浓度实现“双下降”，分别下降3.1%、6.4%、2%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn spending_set_against_output_is_a_share() {
    assert_eq!(
        codes("全社会研发经费支出与地区生产总值之比达到102.8%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("全社会研发经费支出与地区生产总值之比从2.4%提升到2.8%。\n");
    // Two levels set against each other are no share.
    quiet("城乡居民收入之比为210%，进口与出口之比为130%。\n");
}

#[test]
fn respectively_two_kinds_in_one_word() {
    quiet("牛羊存栏分别达到4.5万头、12万只，粮油储备分别达到3万吨和2000吨。\n");
    assert_eq!(
        codes("牛羊存栏分别达到4.5万头、12万只、3万只。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("风光电装机分别达到120万千瓦、80万千瓦、9万千瓦。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_join_in_a_word_that_may_hold_it_either_way_may_join_two_names() {
    // `水平和`: the 和 may close the list (水平, 和 乙) or sit in `平和`;
    // the count one above the names fits the first reading.
    quiet("抓好校舍建设、师资水平和困难救助三个重点。\n");
    quiet("推进工业集中和园区提升两项工作。\n");
    // A count that fits neither reading is still judged.
    assert_eq!(
        codes("抓好校舍建设、师资水平和困难救助四个重点。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_body_slogan_spelled_out_by_the_list_after_it() {
    // A `、` list right after the slogan, each item carrying its word once:
    // the slogan's things, so it refutes as well as confirms.
    quiet("全面推行“三即”改革，让企业做到受理即审、审结即办、办结即送。\n");
    assert_eq!(
        codes("全面推行“四即”改革，让企业做到受理即审、审结即办、办结即送。\n"),
        vec![Code::SloganCount]
    );
    // The next sentence's first clause, a list of the slogan's things.
    quiet("加快“三馆一中心”建设。科技馆、档案馆和美术馆、青年中心，是今年的重点。\n");
    assert_eq!(
        codes("加快“四馆一中心”建设。科技馆、档案馆和美术馆、青年中心，是今年的重点。\n"),
        vec![Code::SloganCount]
    );
    // Clauses cut by `，` may go on to anything: they only confirm.
    quiet("建立“三医联动”机制，改革医保支付方式，完善医疗保险制度。\n");
    // Parts restated in quotes are no list of items.
    quiet("做强“三茶一果”产业，力争“三茶”产值过百亿、“一果”产值过十亿、全链产值过千亿。\n");
    // A count of things may be followed by a few examples.
    quiet("实施“五大工程”，推进甲区改造工程、乙区绿化工程、丙区供水工程。\n");
    // Two items are too few to tell a list from a pair of actions.
    quiet("开展“三改一拆”，累计拆除、改造厂房八十万平方米。\n");
}

#[test]
fn a_marker_closing_a_run_of_a_notes_slogans_points_at_each() {
    let note = "\n注释\n1.“两个坚守”“三个提升”“两个确保”：“两个坚守”：坚守底线、坚守红线；“三个提升”：提升效率、提升质量、提升服务；“两个确保”：确保安全、确保稳定。\n";
    let body = |run: &str| format!("始终做到“两个坚守”。\n{run}{note}");
    quiet(&body(
        "我们要做到“两个坚守”、力争“三个提升”、实现“两个确保”［1］。",
    ));
    assert_eq!(
        codes(&body(
            "我们要做到“三个坚守”、力争“三个提升”、实现“两个确保”［1］。"
        )),
        vec![Code::SloganCount]
    );
    // The marker in another sentence points elsewhere: both may be meant.
    quiet(&body(
        "我们要做到“三个坚守”。力争“三个提升”、实现“两个确保”［1］。",
    ));
}

#[test]
fn pairs_counted_with_their_measure_word() {
    // `对` counts pairs (`三对关系`): the word counted is `关系`.
    let pairs = "把握好稳与进的关系，坚持稳中求进；把握好内与外的关系，坚持内外联动；把握好快与慢的关系，坚持统筹兼顾。";
    let text = |slogans: &str| format!("把握{slogans}。\n注释\n1.{slogans}：{pairs}\n");
    quiet(&text("“三对关系”、“三个坚持”"));
    assert_eq!(
        codes(&text("“四对关系”、“三个坚持”")),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_notes_list_followed_by_a_purpose_with_a_list_of_its_own() {
    // `指甲联动、乙联控、丙联防，推动A、B、C`: the purpose lists other
    // things; the first clause is the slogan's list.
    let note = "指交警联动、社区联控、群众联防，推动多元共建、问题共治、平安共享。";
    quiet(&noted("“三联”", note));
    assert_eq!(codes(&noted("“四联”", note)), vec![Code::SloganCount]);
}

#[test]
fn coverage_degrees_market_shares_and_a_share_kept_over_years() {
    assert_eq!(
        codes("草原综合植被盖度稳定在103.5%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("草原综合植被盖度稳定在63.5%以上。\n");
    assert_eq!(
        codes("本地品牌市场份额提升到112%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("教育卫生支出一直保持在175%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("教育卫生支出一直保持在75%以上。\n");
}

#[test]
fn work_done_of_itself_or_of_its_total_is_a_share() {
    assert_eq!(
        codes("老旧小区改造完成104.2%，惠及居民三千户。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("老旧小区改造完成94.2%，惠及居民三千户。\n");
    assert_eq!(
        codes("游客中心年底前完成总投资的140%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("游客中心年底前完成总投资的40%。\n");
    // Work done against a plan, a budget, money or the year may pass it.
    quiet("重点项目完成年度计划的112%。\n");
    quiet("工业投资完成113%。\n");
    quiet("全年完成108%，超出预期。\n");
    quiet("棚改完成省定任务的132%。\n");
}

#[test]
fn a_share_carried_to_a_further_place_or_a_later_year() {
    assert_eq!(
        codes("全县城镇化率达到58%、县城达到106%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("全县城镇化率达到58%、县城达到76%。\n");
    assert_eq!(
        codes("村卫生室标准化建设的比例达到60%，到2030年达到110%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("村卫生室标准化建设的比例达到60%，到2030年达到100%。\n");
    // A measure of its own after the share is not carried on.
    quiet("城镇化率达到58%、经济增速达到108%。\n");
    quiet("城镇化率达到58%、投资增长达到108%。\n");
}

#[test]
fn a_part_named_after_the_whole_amount_takes_a_bare_share() {
    assert_eq!(
        codes("新修农田水利渠道80公里，其中防渗渠道占106%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("新修农田水利渠道80公里，混凝土的“硬渠”占106%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("新修农田水利渠道80公里，其中防渗渠道占76%。\n");
    // A whole against a plan may be exceeded.
    quiet("完成计划投资9亿元，其中省级项目占106%。\n");
}

#[test]
fn a_share_before_what_is_done_to_it() {
    assert_eq!(
        codes("确保受污染耕地105%安全利用。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("困难群众住院合规费用 120%予以报销。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("土地出让收益的110%纳入乡村振兴基金。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("确保受污染耕地95%安全利用。\n");
    quiet("新增财力的85%以上用于民生。\n");
    // A change is no share.
    quiet("研发投入增长120%用于新品开发。\n");
}

#[test]
fn respectively_after_a_targets_year_and_resolve_speaks_of_the_list_before() {
    assert_eq!(
        codes(
            "重点培育装备制造、新材料、食品加工、现代物流四大产业， 2030年力争年产值分别达到300亿元、200亿元、100亿元。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    quiet(
        "重点培育装备制造、新材料、食品加工、现代物流四大产业， 2030年力争年产值分别达到300亿元、200亿元、100亿元、60亿元。\n",
    );
}

#[test]
fn respectively_continued_past_a_note_of_the_unit() {
    assert_eq!(
        codes("全县牛羊饲养量、出栏量分别达到230万头（只）和140万头（只），增长4%、7%和9%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("全县牛羊饲养量、出栏量分别达到230万头（只）和140万头（只），增长4%和7%。\n");
}

#[test]
fn growth_of_levels_listed_one_per_subject() {
    let levels = "五年来，城乡居民人均可支配收入分别由20000元、8000元增加到28000元、12000元";
    quiet(&format!("{levels}，年均分别增长7%和8.4%。\n"));
    assert_eq!(
        codes(&format!("{levels}，年均分别增长7%和17.8%。\n")),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes(&format!("{levels}，分别增长40%和70%。\n")),
        vec![Code::GrowthMismatch]
    );
    // A volume's rates are at comparable prices.
    quiet(
        "五年来，两市地区生产总值分别由200亿元、300亿元增加到280亿元、400亿元，年均分别增长15%和18%。\n",
    );
}

#[test]
fn respectively_values_split_by_a_space_before_their_place_word() {
    quiet("粮食、蔬菜产量分别达到 41.2 万吨、66.8 万吨，占全市 37.1%、45.5%。\n");
    assert_eq!(
        codes("粮食、蔬菜产量分别达到 41.2 万吨，占全市 37.1%、45.5%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_not_misled_by_a_base_of_years_nor_by_other_subjects_measured_alike() {
    // A span of years in the base is no value.
    quiet(
        "五年来接待游客 310.5 万人次，旅游收入 24.6 亿元，分别比上个五年增长 88.1 万人次、 9.3 亿元。\n",
    );
    // A head naming its own subjects (three in one word) with the same
    // measure as the list before does not take that list's subjects.
    quiet(
        "粮食、油料产量分别达到 43.2 万吨、8.1 万吨，占全省 21.4%、18.6%，肉蛋奶产量 分别达到 6.1 万吨、0.9 万吨、4.4 万吨。\n",
    );
    assert_eq!(
        codes(
            "粮食、油料产量分别达到 43.2 万吨、8.1 万吨，占全省 21.4%、18.6%，占比分别提高 1.2、0.5、0.8个百分点。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_second_value_of_a_share_after_an_earlier_one_with_its_own_bound() {
    assert_eq!(
        codes("城镇登记失业率和调查失业率控制在3.5%以内和105.5%左右。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("城镇登记失业率和调查失业率控制在3.5%以内和5.5%左右。\n");
    quiet("地区生产总值增长6%以上和106%。\n");
}

#[test]
fn a_numeral_of_change_counts_the_names_that_change() {
    // `双下降`: both fall; one name too few is a slip.
    quiet("全县火灾起数、受伤人数和财产损失三下降。\n");
    assert_eq!(
        codes("全年火灾起数和受伤人数实现三下降。\n"),
        vec![Code::CountMismatch]
    );
    quiet("全年火灾起数和受伤人数实现“双下降”。\n");
    quiet("坚持科技创新和制度创新双轮驱动。\n");
    // So does a cap taken off (`双摘帽`), and so do things acting
    // together or made one (`齐发`, `齐下`, `并进`, `合一`).
    quiet("实现甲类区域和乙类机构“双摘帽”。\n");
    // (Quoted, the slogan reader reads the names as its parts.)
    assert_eq!(
        codes("实现甲类区域和乙类机构“三摘帽”。\n"),
        vec![Code::SloganCount]
    );
    // Things merged into one (`整合`, `合并`) are counted so too.
    quiet("甲职业学院、乙师范学校、丙技工学校三校整合。\n");
    assert_eq!(
        codes("甲职业学院、乙师范学校、丙技工学校四校整合。\n"),
        vec![Code::CountMismatch]
    );
    quiet("坚持宣传引导、督导检查、执法惩戒三管齐下。\n");
    assert_eq!(
        codes("坚持宣传引导、执法惩戒三管齐下。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推动甲类执照、乙类登记“两证合一”。\n");
    assert_eq!(
        codes("推动甲类执照、乙类登记“三证合一”。\n"),
        vec![Code::SloganCount]
    );
    quiet("形成山地游、水乡游、古镇游“三箭齐发”的格局。\n");
    assert_eq!(
        codes("形成山地游、水乡游“三箭齐发”的格局。\n"),
        vec![Code::SloganCount]
    );
    // Far above the names (two short of the count): not read.
    quiet("形成山地游、水乡游“四箭齐发”的格局。\n");
    // A `和` joining two verbs: the count is their object.
    quiet("牢记和践行“三个务必”。\n");
    quiet("帮助和鼓励三类企业转型。\n");
    // A numeral before a noun counts that noun: names before it may hold
    // more or fewer (`三年`, `三期`).
    quiet("推进老旧小区改造和背街小巷整治三年行动。\n");
    quiet("建成东站和西站三期工程。\n");
}

#[test]
fn a_notes_mark_inside_a_list_is_no_figure() {
    // The mark closing the last name, and one after the counted words.
    assert_eq!(
        codes("瞄准储能装备、氢能车辆、卫星应用[3]四条新赛道。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("甲科技、乙智能3家链主[4]企业即将投产。\n"),
        vec![Code::CountMismatch]
    );
    quiet("瞄准储能装备、氢能车辆、卫星应用[3]三条新赛道。\n");
    quiet("甲科技、乙智能2家链主[4]企业即将投产。\n");
    // A semicolon closes the clause, in either width.
    assert_eq!(
        codes("甲航空、乙天域、丙机器人4家龙头企业即将进场;丁、戊等5家企业签约。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_pair_of_names_inside_a_verbs_object_is_two() {
    // The pair after the verb whose object it is: two names, so three
    // is a slip.
    assert_eq!(
        codes("切实守住安全和稳定三条底线。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("一般公共预算收入和规上工业增加值三项指标未达预期。\n"),
        vec![Code::CountMismatch]
    );
    quiet("切实守住安全和稳定两条底线。\n");
    // Two verbs sharing the count as their object.
    quiet("牢记和践行“三个务必”。\n");
    quiet("全县帮助和鼓励三类企业上市。\n");
    quiet("深入学习和贯彻三项制度。\n");
    // Places holding the counted things.
    quiet("建好东区和西区三个产业园。\n");
    // Quoted names touching before the `和`: three names.
    quiet("推行“街巷长制”“楼栋长制”和网格员联动三项机制。\n");
}

#[test]
fn a_verb_after_what_it_acts_on_heads_a_name() {
    quiet("社会消费品零售总额和民间投资两项指标未达预期。\n");
    assert_eq!(
        codes("社会消费品零售总额和民间投资三项指标未达预期。\n"),
        vec![Code::CountMismatch]
    );
    quiet("健全融资担保、技术服务、人才支持三大平台。\n");
    assert_eq!(
        codes("健全融资担保、技术服务、人才支持四大平台。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn households_and_firms_counted_by_hu() {
    quiet("推动甲机械、乙玻璃等20户企业恢复生产。\n");
    assert_eq!(
        codes("推动甲机械、乙玻璃、丙纺织等2户企业恢复生产。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_counted_noun_between_deng_and_its_count() {
    quiet("建成甲公园、乙公园、丙公园等口袋公园12个。\n");
    assert_eq!(
        codes("建成甲公园、乙公园、丙公园等口袋公园2个。\n"),
        vec![Code::CountMismatch]
    );
    // A verb after the noun: the count is of what was done, not the names'.
    quiet("甲镇、乙镇、丙镇等乡镇建成驿站2个。\n");
    // 等 inside a word lists nothing.
    quiet("培育甲、乙、丙等级民宿2家。\n");
}

#[test]
fn every_value_of_a_long_list_of_shares_is_a_share() {
    // The fourth share of a list is bounded like the first three.
    assert_eq!(
        codes("甲矿、乙矿、丙矿和丁矿产量分别占全省的12.5%、6.5%、9.4%、102.8%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("甲矿、乙矿、丙矿和丁矿产量分别占全省的12.5%、6.5%、9.4%、2.8%。\n");
    // Two shares moved from two earlier values: the second later value is
    // the second share's.
    assert_eq!(
        codes("林木覆盖率和草地植被盖度分别从4.5%、25.9%提高到5.5%、127.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("林木覆盖率和草地植被盖度分别从4.5%、25.9%提高到5.5%、27.2%。\n");
    // Each name by its place when the names are not all shares: the
    // second later value is the second name's, a rate of its own.
    assert_eq!(
        codes("初中巩固率、高中毛入学率分别由91%、88%提高到103%、96%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("初中巩固率、高中毛入学率分别由91%、88%提高到93%、106%。\n");
    // A change after the list is no value of it.
    quiet("甲、乙、丙、丁分别占全省的12.5%、6.5%、9.4%、2.8%，总量增长102.8%。\n");
}

#[test]
fn subjects_listed_with_the_count_of_their_things() {
    // Three kinds of projects, each with its count, and two values.
    assert_eq!(
        codes("全年推进120个省级项目、85个市级工程、960个县级项目分别完成年度计划的112%、108%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet(
        "全年推进120个省级项目、85个市级工程、960个县级项目分别完成年度计划的112%、108%和104%。\n",
    );
    quiet("120个省级项目和85个市级工程分别完成年度计划的112%、108%。\n");
    // A place before each count is a subject the reader does not count.
    quiet("甲县120个项目、乙县85个项目分别完成年度计划的112%、108%、104%。\n");
}

#[test]
fn a_count_after_deng_qualified_by_what_the_kind_holds_in_all() {
    let report = |count: &str| {
        format!("加快推进甲水库、乙公路、丙园区、丁学校等总投资80亿元的{count}重点项目建设。\n")
    };
    quiet(&report("4个"));
    quiet(&report("120个"));
    assert_eq!(codes(&report("3个")), vec![Code::CountMismatch]);
    quiet("建成甲路、乙路和丙路、丁路等在内的8条道路。\n");
    assert_eq!(
        codes("建成甲路、乙路、丙路、丁路等在内的3条道路。\n"),
        vec![Code::CountMismatch]
    );
    // Words of another kind before 的: the count may count other things.
    quiet("支持甲县、乙县、丙县、丁县等县的3个村。\n");
    // `3多座` is at least three: four names break nothing.
    quiet("建成甲园、乙园、丙园、丁园等3多座公园。\n");
}

#[test]
fn sentences_opening_with_the_verb_a_count_follows_head_its_items() {
    let report = |count: &str| {
        format!(
            "加快乡村发展，开展“{count}行动”，建设美丽乡村。开展粮食增产行动。新建高标准农田2万亩。推广良种良法。开展果蔬提质行动。新建大棚300个。开展村容整治行动。改造农村厕所500个，硬化道路30公里。\n"
        )
    };
    quiet(&report("三大"));
    assert_eq!(codes(&report("四大")), vec![Code::CountMismatch]);
    assert_eq!(codes(&report("两大")), vec![Code::CountMismatch]);
    // A later sentence opening with the verb that heads no item (its
    // first clause names no action): the run is not read.
    quiet(
        "开展“四大行动”，建设美丽乡村。开展粮食增产行动。新建农田2万亩。开展果蔬提质行动。开展村容整治行动。开展培训，提升农民技能。\n",
    );
    // A head naming two (`甲、乙`, `甲和乙`) may be two items: not judged.
    quiet(
        "开展“四大行动”，建设美丽乡村。开展粮食、油料增产行动。新建农田2万亩。开展村容整治行动。开展文明创建行动。\n",
    );
    quiet(
        "开展“四大行动”，建设美丽乡村。开展粮食和油料增产行动。新建农田2万亩。开展村容整治行动。开展文明创建行动。\n",
    );
    // Nor when the sentence after the count's opens otherwise.
    quiet(
        "开展“四大行动”，建设美丽乡村。今年要多措并举。开展粮食增产行动。开展果蔬提质行动。开展村容整治行动。\n",
    );
}

#[test]
fn sentences_opening_with_the_counted_word_or_a_quoted_name() {
    let report = |count: &str| {
        format!(
            "今年招商要提质增效。重点做到{count}突出：突出招大企业，力争引进项目10个。突出产业链招商，引进一批链主企业。突出以商招商，发挥商会作用。\n"
        )
    };
    quiet(&report("三个"));
    assert_eq!(codes(&report("四个")), vec![Code::CountMismatch]);
    assert_eq!(codes(&report("两个")), vec![Code::CountMismatch]);
    let actions = |count: &str| {
        format!(
            "全面推进城市品质提升{count}行动，全力实现年度目标。大力开展“治脏”行动，推进垃圾分类。大力开展“治乱”行动，整治占道经营；大力开展“治堵”行动，优化信号配时。\n"
        )
    };
    quiet(&actions("三大"));
    assert_eq!(codes(&actions("四大")), vec![Code::CountMismatch]);
    // A sentence between the count and the run may be one more item,
    // unless it restates the count.
    quiet("着力抓好三个统筹。坚持系统谋划。统筹发展和安全。统筹城乡发展。\n");
    assert_eq!(
        codes("着力抓好四个统筹。坚持系统谋划。统筹发展和安全。统筹城乡发展。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("着力抓好三个统筹。三个统筹是主线。统筹发展和安全。统筹城乡发展。\n"),
        vec![Code::CountMismatch]
    );
    // A run that a sentence worded otherwise follows may go on: open.
    quiet(
        "重点做到“四个突出”。突出甲，做强产业。突出乙，做优服务。突出丙，做实平台。同时加强丁。\n",
    );
    assert_eq!(
        codes("重点做到“四个突出”。突出甲，做强产业。突出乙，做优服务。突出丙，做实平台。\n"),
        vec![Code::CountMismatch]
    );
    // A half-width colon opens the first item as a full-width one does:
    // the items with commas inside are sentences, not a `、` list.
    quiet(
        "重点做到“四个突出”:突出招大企业,紧盯头部企业。突出招好企业,紧盯专精特新、“小巨人”企业。突出链条招商。突出多点招商。\n",
    );
    assert_eq!(
        codes(
            "重点做到“五个突出”:突出招大企业,紧盯头部企业。突出招好企业,紧盯专精特新、“小巨人”企业。突出链条招商。突出多点招商。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Items that each say more in sentences of their own: the run is
    // open (an item may be worded otherwise), so only more items break it.
    let interleaved = |count: &str| {
        format!(
            "着力抓好{count}统筹。统筹发展和安全，守住底线。以治理为基础推进发展。统筹城乡区域发展。推动城镇化与工业化互动。统筹两个市场。发挥区位优势。\n"
        )
    };
    quiet(&interleaved("三个"));
    quiet(&interleaved("四个"));
    assert_eq!(codes(&interleaved("两个")), vec![Code::CountMismatch]);
    // Opening words not tied to the count: examples, not its list.
    quiet("实施12个重点项目。加快推进甲项目建设。加快推进乙项目建设。\n");
    quiet("建成4个公园。加快推进甲公园，完善设施。加快推进乙公园，提升品质。\n");
}

#[test]
fn names_after_an_earlier_lists_count_and_its_noun() {
    // The noun after `等4个` is what that count counts, not a name of the
    // next list.
    quiet("建成甲园等4个公园、丙馆、丁馆等2个场馆。\n");
    assert_eq!(
        codes("建成甲园等4个公园、丙馆、丁馆、戊馆等2个场馆。\n"),
        vec![Code::CountMismatch]
    );
    quiet("新建甲园等3所幼儿园和乙校、丙校等2所中小学。\n");
}

#[test]
fn the_top_of_a_ranking_as_a_percent_is_a_share() {
    assert_eq!(
        codes("推动开发区排名进入全国前130%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("甲园区位列同类园区评价排名前112%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("推动开发区排名进入全国前30%。\n");
    // Ahead of time, or before a share: no ranking.
    quiet("项目提前120%完成。\n");
    quiet("人均收入较之前120%的水平提高。\n");
}

#[test]
fn shares_named_before_a_hope_a_month_or_a_poll() {
    // A hope (`有望`) and a month reached by (`均在5月底就`) stand between
    // a share and its link.
    assert_eq!(
        codes("全市研发经费投入强度有望达102.3%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("规上企业复工率、商贸网点复工率均在5月底就达到130%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("规上企业复工率、商贸网点复工率均在5月底就达到98%。\n");
    // Approval in a poll is a share of those asked, like 满意度.
    assert_eq!(
        codes("居民对社区服务认可度达到103.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("居民对社区服务认可度达到93.2%。\n");
    // A poll's share given as an index is still a share.
    assert_eq!(
        codes("群众安全感指数达到101.6%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("群众安全感指数达到98.6%。\n");
    quiet("科技创新指数达到126%。\n");
    // A month as a time of no share: the rate before it is unbounded.
    quiet("招商引资到位率均在9月底就达到130%。\n");
}

#[test]
fn shares_past_last_years_end_a_record_or_a_comma_before_their_base() {
    let rate = vec![Code::RateOutOfRange];
    // Last year's end between a share and its link.
    assert_eq!(codes("全县高中升学率去年底达到103%。\n"), rate);
    quiet("全县高中升学率去年底达到93%。\n");
    // A record set, in a clause of its own, before the link.
    assert_eq!(codes("学前教育普及率再创新高，达到101.5%。\n"), rate);
    quiet("学前教育普及率再创新高，达到97.5%。\n");
    // A rate that may pass 100% stays unbounded past its record.
    quiet("招商引资到位率创历史新高，达到130%。\n");
    // A comma between the name and its base period.
    assert_eq!(
        codes("义务教育人口覆盖率，由2015年的160%提高到2020年的95%。\n"),
        rate
    );
    assert_eq!(
        codes("义务教育人口覆盖率，由2015年的60%提高到2020年的195%。\n"),
        rate
    );
    quiet("义务教育人口覆盖率，由2015年的60%提高到2020年的95%。\n");
}

#[test]
fn shares_of_things_reached_or_at_a_time() {
    let rate = vec![Code::RateOutOfRange];
    // The share of things a measure reaches.
    assert_eq!(codes("发放生活补助，惠及120%的困难学生。\n"), rate);
    quiet("发放生活补助，惠及92%的困难学生。\n");
    // The time the share is stated for opens its clause.
    assert_eq!(codes("确保今年底110%以上的学生用上新教室。\n"), rate);
    quiet("确保今年底90%以上的学生用上新教室。\n");
    // A growth rate's name before its link: the rate of the things, no
    // share of them.
    quiet("年内营收翻番、增速达到150%的企业有8家。\n");
    assert_eq!(codes("年内营收翻番、达到150%的企业有8家。\n"), rate);
    // A time before a target's percent is no share of things.
    quiet("全年完成投资8亿元，今年底120%的目标任务完成。\n");
}

#[test]
fn one_share_over_listed_times_and_parts_of_an_amount() {
    // One share named after the quarters its values are for.
    assert_eq!(
        codes("确保56个新建项目三、四季度开工率分别达到80%、120%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("确保56个新建项目三、四季度开工率分别达到80%、100%。\n");
    // The same times before an unbounded rate: silent.
    quiet("确保56个新建项目三、四季度投资完成率分别达到80%、120%。\n");
    // A part of an amount before a bare `占`: its share of all of it.
    assert_eq!(
        codes("调整投资结构，制造业投资占45%、民间投资占115%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("调整投资结构，制造业投资占45%、民间投资占55%。\n");
    // A debt's ratio is no part.
    quiet("调整债务结构，新增债务投资占115%。\n");
}

#[test]
fn a_percent_before_land_money_projects_or_bodies_counts_them() {
    assert_eq!(
        codes("开发区以不到8%的土地，贡献了112.5%的工业投资、37%的税收。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("开发区以不到8%的土地，贡献了52.5%的工业投资、137%的税收。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("开发区以不到8%的土地，贡献了52.5%的工业投资、37%的税收。\n");
    assert_eq!(
        codes("绿色建材覆盖120%以上的新建项目。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("推动110%以上村级集体经济组织年收入超过5万元。\n"),
        vec![Code::RateOutOfRange]
    );
    // Work against a plan may pass it.
    quiet("完成年度计划120%的投资任务。\n");
    quiet("投资增长120%的项目有5个。\n");
    // A measure of the amount after it is no share of it.
    quiet("带动了120%的税收增长。\n");
    quiet("达到上年150%的投资规模。\n");
}

#[test]
fn respectively_values_whose_unit_is_left_out() {
    // Numbers with no unit closing the clause are values still.
    quiet("甲指数、乙指数分别比上年收窄3.5、4。\n");
    assert_eq!(
        codes("甲指数、乙指数、丙指数分别提高2.5、1.8。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("甲率、乙率分别提高2.5。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("水土流失、沙化土地面积分别减少4.2万。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Years are no values.
    quiet("甲馆、乙馆、丙馆分别建于2015、2019。\n");
}

#[test]
fn respectively_one_later_value_for_an_earlier_list() {
    assert_eq!(
        codes("城镇、农村低保标准分别由每月700元、450元提高到760元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("城镇、农村低保标准分别由每月700元、450元提高到760元、500元。\n");
    // Both raised to the full share.
    quiet("甲类、乙类村卫生室覆盖率分别从60%、80%提高到100%。\n");
}

#[test]
fn respectively_a_join_after_two_listing_commas_closes_the_list() {
    assert_eq!(
        codes("甲产值、乙收入、丙投资和丁消费分别下降2%、3%、4%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("甲产值、乙收入、丙投资和丁消费分别下降2%、3%、4%、5%。\n");
    // After one 、 the 和 may stand inside a name.
    quiet("制造业、软件和信息技术服务业增加值分别增长6%、9%。\n");
}

#[test]
fn respectively_continued_after_a_quoted_period() {
    quiet("存贷款余额分别达到300亿元、200亿元，是“九五”末的1.5倍、1.2倍。\n");
    assert_eq!(
        codes("存贷款余额分别达到300亿元、200亿元，是“九五”末的1.5倍、1.2倍、1.1倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_names_listed_after_a_figure_that_qualifies_them() {
    quiet("9%税率政策甲类、乙类享惠面分别增长40%、12%。\n");
    assert_eq!(
        codes("9%税率政策甲类、乙类享惠面分别增长40%、12%、8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("力争150个续建项目三、四季度完工率分别达到60%、90%、100%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_subjects_counted_in_their_head() {
    quiet("四大板块营业收入分别达到90亿元、60亿元、40亿元、10亿元。\n");
    assert_eq!(
        codes("四大板块营业收入分别达到90亿元、60亿元、40亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("省县两级平台分别不超过4家、3家、1家。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A rank is no count: `三级医院` are hospitals of the third grade.
    quiet("全市三级医院门诊人次分别增长8%、5%。\n");
}

#[test]
fn respectively_petitions_to_the_capital_and_the_province_are_two() {
    quiet("赴省进京上访人次分别下降20%、35%。\n");
    assert_eq!(
        codes("进京赴省上访批次分别下降20%、35%、11%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_one_change_in_a_clause_going_on() {
    assert_eq!(
        codes("存贷款余额分别为500亿元、420亿元，增长7.5%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("存贷款余额分别达到300亿元、200亿元，是“九五”末的1.5倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Both alike, or a sum, said in words.
    quiet("城乡居民收入分别达到41000元、19000元，均增长6.5%。\n");
    quiet("存贷款余额分别为500亿元、420亿元，合计增长7.5%。\n");
}

#[test]
fn ordinals_past_ten_after_a_count_of_deeds() {
    // `十一是` is the eleventh item, not the `一是` of a second list.
    let items = "一是甲校启用。二是乙厂投产。三是丙路通车。四是丁街改造。五是戊园开放。六是己馆建成。七是庚站投用。八是辛桥通行。九是壬村通水。十是癸镇供暖。十一是子区绿化。十二是丑路亮化。";
    let deeds = |count: &str| {
        format!("今年确定了{count}惠民实事，提请各位代表票决。{items}\n（二）其他工作。\n")
    };
    quiet(&deeds("12件"));
    assert_eq!(codes(&deeds("13件")), vec![Code::CountMismatch]);
    assert_eq!(codes(&deeds("11件")), vec![Code::CountMismatch]);
    // Who chose the deeds, before a verb closed by 了, are no names of
    // them.
    quiet(
        "今年县委、县政府确定了3件惠民实事，提请代表票决。一是甲校启用。二是乙厂投产。三是丙路通车。\n（二）其他工作。\n",
    );
}

#[test]
fn campaigns_counted_by_chang_after_their_names() {
    // Each name is one campaign.
    quiet("全力打好抗旱、防汛、护林三场硬仗，成果进一步巩固。\n");
    assert_eq!(
        codes("全力打好抗旱、防汛、护林四场硬仗，成果进一步巩固。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("坚决打赢甲镇保卫、乙河治理两场战役。\n"),
        Vec::<Code>::new()
    );
    assert_eq!(
        codes("坚决打赢甲镇保卫、乙河治理三场战役。\n"),
        vec![Code::CountMismatch]
    );
    // A quoted name closing the bare names is the last of them.
    quiet("打好产业帮扶、就业帮扶、住房教育“两保障”三场硬仗。\n");
    assert_eq!(
        codes("打好产业帮扶、就业帮扶、住房教育“两保障”四场硬仗。\n"),
        vec![Code::CountMismatch]
    );
    // Events of named kinds may repeat: no list.
    quiet("举办专场招聘、直播带岗3场招聘会。\n");
    quiet("举办专场招聘、直播带岗三场招聘会。\n");
}

#[test]
fn a_rank_after_the_counted_words_is_what_they_took() {
    quiet("甲钢、乙纸、丙化3户企业进入全省50强。\n");
    assert_eq!(
        codes("甲钢、乙纸、丙化4户企业进入全省50强。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("甲园、乙园、丙园四个园区跻身全国前100位。\n"),
        vec![Code::CountMismatch]
    );
    // A second figure of their own, no rank: the names may hold the
    // counted things.
    quiet("甲区、乙区4个项目投资20亿元。\n");
}

#[test]
fn a_level_with_its_other_name_in_brackets_is_one_level() {
    quiet("加强市、县、乡、村（社区）四级卫生服务网络建设。\n");
    assert_eq!(
        codes("加强市、县、乡、村（社区）五级卫生服务网络建设。\n"),
        vec![Code::CountMismatch]
    );
    quiet("完善市、区、乡镇（街道）、村（社区）四级便民服务。\n");
    assert_eq!(
        codes("完善市、区、乡镇（街道）、村（社区）三级便民服务。\n"),
        vec![Code::CountMismatch]
    );
    // A bracket of other words is no level: no list.
    quiet("完善市、区、甲园（试点）两级便民服务。\n");
}

#[test]
fn digits_inside_a_quoted_name_are_part_of_it() {
    quiet("深入实施“3060”“双招双引”和“链长领航”三大专项行动。\n");
    assert_eq!(
        codes("深入实施“3060”“双招双引”和“链长领航”四大专项行动。\n"),
        vec![Code::CountMismatch]
    );
    // A quoted part label before the names.
    quiet("“2”即甲区建设、乙镇建设两个驱动，“3”即守正、协同、绿色三大理念。\n");
    assert_eq!(
        codes("“2”即甲区建设、乙镇建设两个驱动，“3”即守正、协同、绿色四大理念。\n"),
        vec![Code::CountMismatch]
    );
    // A figure outside quotes still ends the names.
    quiet("甲区、乙区投资20亿元的3个项目。\n");
}

#[test]
fn three_touching_quoted_names_before_their_count() {
    quiet("扎实开展了“春季清查”“夏季整治”“秋冬攻坚”三大行动。\n");
    assert_eq!(
        codes("扎实开展了“春季清查”“夏季整治”“秋冬攻坚”四大行动。\n"),
        vec![Code::CountMismatch]
    );
    // Two touching quotes not ending with what is counted are its names
    // only before a small count (see
    // `count_over_two_touching_quoted_names`).
    quiet("聚焦“甲乡文化”“乙镇文化”五大文旅品牌。\n");
}

#[test]
fn a_place_joined_to_the_first_name_may_be_one_more() {
    // The head before 和 may be one of the places counted, after a verb.
    quiet("建成投产中心城区和甲镇、乙镇、丙镇4座垃圾处理厂。\n");
    quiet("建成投产中心城区和甲镇、乙镇、丙镇3座垃圾处理厂。\n");
}

#[test]
fn a_cut_cannot_pass_a_hundred_percent() {
    let rate = vec![Code::RateOutOfRange];
    // Right after the cut verb, after the thing cut, and further along a
    // list of things cut.
    assert_eq!(codes("本级运转类支出压减120%。\n"), rate);
    assert_eq!(codes("压缩一般性支出115%以上。\n"), rate);
    assert_eq!(codes("市政府精简考核事项70%、文件140%。\n"), rate);
    assert_eq!(codes("办事时限压缩了106%。\n"), rate);
    quiet("本级运转类支出压减20%。\n");
    quiet("压缩一般性支出15%以上。\n");
    quiet("市政府精简考核事项70%、文件40%、会议35%。\n");
    // A change of the thing cut is a rate of its own; a loss may shrink
    // past zero.
    quiet("压缩审批环节后办件量增长130%。\n");
    quiet("压减亏损企业亏损额150%。\n");
    // Neither a cut nor a thing cut before the percent.
    quiet("精简程序，服务量达到去年的130%。\n");
}

#[test]
fn points_between_two_rates_of_one_respectively_list() {
    // Each side of the comparison names one subject of the list.
    let pair = |lead: &str, compared: &str, points: &str| {
        format!("{lead}分别增长5.2%、6.8%，{compared}{points}个百分点。\n")
    };
    let lead = "全年城镇、农村居民人均可支配收入";
    quiet(&pair(lead, "农村居民收入增速快于城镇居民", "1.6"));
    assert_eq!(
        codes(&pair(lead, "农村居民收入增速快于城镇居民", "2.6")),
        vec![Code::PointsMismatch]
    );
    // The slower group said to be the faster one.
    assert_eq!(
        codes(&pair(lead, "城镇居民收入增速快于农村居民", "1.6")),
        vec![Code::PointsMismatch]
    );
    quiet(&pair(lead, "城镇居民收入增速低于农村居民", "1.6"));
    // Subjects joined by `和`, values too.
    quiet(
        "城镇居民和农村居民人均可支配收入分别增长5.2%和6.8%，农村居民收入增速快于城镇居民1.6个百分点。\n",
    );
    assert_eq!(
        codes(
            "城镇居民和农村居民人均可支配收入分别增长5.2%和6.8%，农村居民收入增速快于城镇居民2.6个百分点。\n"
        ),
        vec![Code::PointsMismatch]
    );
    // A group named by no subject, or by two: no reading.
    quiet(&pair(lead, "农村居民收入增速高于全省平均", "2.6"));
    quiet(&pair(
        "一般公共预算收入、一般公共预算支出",
        "一般公共预算收入增速低于支出",
        "2.6",
    ));
    // `城乡` names two subjects in one word, the town's then the
    // country's: the rates are theirs in that order.
    let both = "城乡居民人均可支配收入";
    quiet(&pair(both, "农村居民收入增速快于城镇居民", "1.6"));
    quiet(&pair(both, "农民收入增速高于城镇居民", "1.6"));
    assert_eq!(
        codes(&pair(both, "农村居民收入增速快于城镇居民", "2.6")),
        vec![Code::PointsMismatch]
    );
    assert_eq!(
        codes(&pair(both, "城镇居民收入增速快于农村居民", "1.6")),
        vec![Code::PointsMismatch]
    );
    // A group that is neither: no reading.
    quiet(&pair(both, "农村居民收入增速高于全省平均", "2.6"));
    // More rates than the pair: `城乡` is not read as the two (the list
    // is a finding of its own).
    assert_eq!(
        codes(
            "城乡居民人均可支配收入分别增长5.2%、6.8%和7.1%，农村居民收入增速快于城镇居民2.6个百分点。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_slogan_spelled_out_in_the_sentence_after_it() {
    // `。即` opens a sentence saying what the slogan just named is.
    let namely = |list: &str| format!("（一）实施“三大工程”。即{list}。\n");
    quiet(&namely("产业强区工程、城市提质工程、民生改善工程"));
    assert_eq!(
        codes(&namely(
            "产业强区工程、城市提质工程、民生改善工程、生态修复工程"
        )),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes(&namely("：产业强区工程、城市提质工程")),
        vec![Code::SloganCount]
    );
    // `即将` opens no gloss.
    quiet("推进“三大工程”。即将开工的项目有甲、乙、丙、丁。\n");
}

#[test]
fn a_rate_printed_before_the_levels_it_follows_from() {
    let levels = |rate: &str| {
        format!("五年来，一般公共预算收入累计增长{rate}，由8.53亿元增加到14.21亿元。\n")
    };
    quiet(&levels("66.6%"));
    assert_eq!(codes(&levels("62%")), vec![Code::GrowthMismatch]);
    let fall = |rate: &str| format!("税收收入下降{rate}，从12.36亿元降至11.05亿元。\n");
    quiet(&fall("10.6%"));
    assert_eq!(codes(&fall("8.6%")), vec![Code::GrowthMismatch]);
    // An average over years needs its years; a volume's rate is real.
    quiet("一般公共预算收入年均增长62%，由8.53亿元增加到14.21亿元。\n");
    quiet("地区生产总值累计增长62%，由85.3亿元增加到142.1亿元。\n");
    // A change stated after the levels is theirs to check.
    quiet("存款余额增长12%，由400.2亿元增加到460.3亿元，增加60.1亿元。\n");
}

#[test]
fn a_share_after_its_net_change_in_points() {
    assert_eq!(
        codes("全县森林覆盖率净增1.5个百分点，达到101.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("全县森林覆盖率净增1.5个百分点，达到21.2%。\n");
}

#[test]
fn a_share_that_leaps_from_one_level_to_another() {
    assert_eq!(
        codes("民间投资占比从30%跃升至160%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("民间投资占比从30%跃升至60%。\n");
}

#[test]
fn respectively_two_values_settle_a_pair_joined_by_he() {
    // `甲和乙` may be two subjects or one name; two values listed say two,
    // so one value in a list that goes on under the same `分别` is told.
    quiet("甲镇和乙镇人均收入分别为3.1万元和2.2万元，分别增长6%、8%。\n");
    // A second `分别` with one value: each grew alike.
    quiet("甲镇和乙镇人均收入分别为3.1万元和2.2万元，分别增长6%。\n");
    assert_eq!(
        codes("甲镇和乙镇人均收入分别达到3.1万元、2.2万元，是2025年的1.3倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Two values, then two again: nothing to tell.
    quiet("甲镇和乙镇人均收入分别达到3.1万元、2.2万元，是2025年的1.3倍、1.2倍。\n");
}

#[test]
fn respectively_a_measure_written_once_after_the_last_of_three() {
    quiet("山羊、黄牛和生猪出栏量分别达到30万只、5万头、40万头。\n");
    assert_eq!(
        codes("山羊、黄牛和生猪出栏量分别达到30万只、5万头。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("甲类产业、乙业增加值和丙经济产值占全县生产总值的比重分别为20%、40%、15%。\n");
    assert_eq!(
        codes("甲类产业、乙业增加值和丙经济产值占全县生产总值的比重分别为20%、40%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A name holding `和` under its class word, or ranks before one name:
    // two subjects may be meant.
    quiet("农业、批发和零售业增加值分别增长3%、6%。\n");
    quiet("一级、二级站点甲类和乙类设备比例分别为30%、20%。\n");
}

#[test]
fn respectively_values_joined_by_he_go_on_after_a_dun_in_their_clause() {
    quiet("城乡居民人均收入分别达4.1万元和2.3万元、增长5%和7%，居全省前列。\n");
    assert_eq!(
        codes("城乡居民人均收入分别达4.1万元和2.3万元、增长5%和7%和9%，居全省前列。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("城乡居民人均收入分别达4.1万元和2.3万元、年均增长5%，居全省前列。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Values listed with `、`: a `、` after them may list another subject.
    quiet("城乡居民人均收入分别达4.1万元、2.3万元、增长5%，居全省前列。\n");
    // No verb of change after the `、`: another subject's figure.
    quiet("城乡居民人均收入分别达4.1万元和2.3万元、全市储蓄9亿元，居全省前列。\n");
}

#[test]
fn respectively_names_followed_by_their_count_in_words() {
    quiet("甲材料、乙食品两个产业集群营收力争分别突破20亿元、30亿元。\n");
    assert_eq!(
        codes("甲材料、乙食品两个产业集群营收力争分别突破20亿元、30亿元、40亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // In the clause before, past a list of other words.
    quiet("甲机带、乙涂装两个产业集群向更高端、更绿色转型，产值分别突破60和40亿元。\n");
    assert_eq!(
        codes("甲机带、乙涂装两个产业集群向更高端、更绿色转型，产值分别突破60、50和40亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A count that does not match the names is no count of the subjects
    // (the count rule tells it).
    assert_eq!(
        codes("甲区、乙区三个园区产值分别达到20亿元、30亿元。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn of_which_parts_end_at_a_clause_per_head_or_of_its_own_aim() {
    // `每千人…4个` measures per head: no part of the 3000 places.
    assert_eq!(
        codes("新增托位3000个，其中普惠托位2000个，每千人托位数达到4个。\n"),
        Vec::<Code>::new()
    );
    assert_eq!(
        codes("新增托位3000个，其中普惠托位4000个，每千人托位数达到4个。\n"),
        vec![Code::PartExceedsWhole]
    );
    // An aim of its own after the parts: not added to them.
    quiet("新增建设用地1.8万亩，其中甲类项目用地1.5万亩，争取乙类项目用地6000亩。\n");
    assert_eq!(
        codes("新增建设用地1.8万亩，其中甲类项目用地1.5万亩，乙类项目用地6000亩。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn respectively_subjects_one_a_clause_after_a_clause_of_the_other_kind() {
    // The run of levels before `分别` ends at the share before it.
    quiet("财政收入8.2亿元，增长9%，甲镇收入达3.1万元，乙镇收入达1.2万元，同比分别增长6%、7%。\n");
    assert_eq!(
        codes(
            "财政收入8.2亿元，增长9%，甲镇收入达3.1万元，乙镇收入达1.2万元，同比分别增长6%、7%、8%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    // One level after the share names one subject: nothing read.
    quiet("甲镇收入达3.1万元，增长9%，乙镇收入达1.2万元，分别增长6%、7%、8%。\n");
}

#[test]
fn respectively_subjects_in_touching_quotes_or_bounded_classes() {
    // Quoted names back to back are a list.
    quiet("对获评“甲品牌”“乙品牌”“丙品牌”的企业分别奖励30万元、20万元、10万元。\n");
    assert_eq!(
        codes("对获评“甲品牌”“乙品牌”“丙品牌”的企业分别奖励30万元、20万元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Floors listed before the class they bound name the subjects.
    quiet("年收益超5万元、超20万元的村占比分别达60%、15%。\n");
    assert_eq!(
        codes("年收益超5万元、超20万元的村占比分别达60%、15%、5%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_items_of_the_clause_before_each_closing_with_a_number() {
    // `近90万` without a unit is no figure of the scanner, yet it closes
    // its item like `150平方公里` does.
    quiet("城区面积达150平方公里、人口近90万，分别增长20.5%、31.2%。\n");
    assert_eq!(
        codes("城区面积达150平方公里、人口近90万，分别增长20.5%、31.2%、8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // An item closing with a year names no subject: nothing read.
    quiet("甲区建成于2015年、乙区人口近90万，分别增长20.5%、31.2%、8%。\n");
}

#[test]
fn a_heading_count_over_paragraphs_whose_heads_echo_it() {
    let text = |n: &str| {
        format!(
            "（一）全力打好{n}攻坚战，补齐发展短板\n\
             全力打好甲地环境攻坚战。这一段写明了要做的若干事项和目标。\n\
             全力打好乙地产业攻坚战。这一段写明了要做的若干事项和目标。\n\
             全力打好丙地民生攻坚战。这一段写明了要做的若干事项和目标。\n\
             （二）推进其他各项工作\n"
        )
    };
    quiet(&text("三大"));
    assert_eq!(codes(&text("四大")), vec![Code::CountMismatch]);
    // A noun of one character, echoed whole by each head.
    let nets = |n: &str| {
        format!(
            "（二）织密织牢“{n}张网”\n\
             加快建设甲类交通网。这一段写明了要做的若干事项和目标。\n\
             加快建设乙类水利网。这一段写明了要做的若干事项和目标。\n\
             （三）推进其他各项工作\n"
        )
    };
    quiet(&nets("两"));
    assert_eq!(codes(&nets("三")), vec![Code::CountMismatch]);
    // Heads that name something else than the counted: no list.
    quiet(
        "（一）实施四大工程\n\
         做强甲地产业。这一段写明了要做的若干事项和目标。\n\
         做优乙地服务。这一段写明了要做的若干事项和目标。\n\
         （二）推进其他各项工作\n",
    );
}

#[test]
fn a_lead_counting_campaigns_over_numbered_lines() {
    let text = |n: &str| {
        format!(
            "一年来，我们着力打了“{n}场硬仗”：\n\
             （一）打好甲类硬仗，成效明显。具体做法很多。\n\
             （二）打好乙类硬仗，成效明显。具体做法很多。\n\
             （三）打好丙类硬仗，成效明显。具体做法很多。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn of_two_counts_the_one_the_colon_closes_counts_the_circled_items() {
    let text = |n: &str| {
        format!(
            "在落实好上级“十件民生实事”的基础上，办好本市“{n}件实事”:①新建学校2所。②新建公园3个。③新建道路5条。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn a_marked_count_in_the_body_counts_its_notes_items() {
    let text = |n: &str| {
        format!(
            "{n}张“优惠”清单 [1]惠及企业30家。\n\n注释\n\n[1]两张“优惠”清单：甲类政策清单、乙类服务清单。\n"
        )
    };
    quiet(&text("两"));
    // A note term counting a quote (`两张“优惠”清单`) is a slogan: the
    // slogan reader checks its marked use, one report.
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // The slogan reader checks a slogan's marked use: one report.
    assert_eq!(
        codes(
            "加快建设三个中心[1]，引进企业10家。\n\n注释\n\n[1]两个中心：甲地的物流中心，乙地的会展中心。\n"
        ),
        vec![Code::SloganCount]
    );
    // Other words before the mark are not the note's term.
    quiet(
        "加快建设三个物流园区[1]，引进企业10家。\n\n注释\n\n[1]两个中心：甲地的物流中心，乙地的会展中心。\n",
    );
}

#[test]
fn a_level_passed_or_values_given_to_each_are_what_the_counted_did() {
    quiet("甲制造、乙材料、丙食品三个主导产业产值均超过100亿元。\n");
    assert_eq!(
        codes("甲制造、乙材料、丙食品四个主导产业产值均超过100亿元。\n"),
        vec![Code::CountMismatch]
    );
    quiet("甲建材、乙食品两个产业集群营收力争分别突破30亿元、40亿元。\n");
    assert_eq!(
        codes("甲建材、乙食品三个产业集群营收力争分别突破30亿元、40亿元。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_body_slogan_glossed_in_a_parenthesis_after_it() {
    quiet("努力建成“三优”（优环境、优服务、优产业）示范区。\n");
    assert_eq!(
        codes("努力建成“四优”（优环境、优服务、优产业）示范区。\n"),
        vec![Code::SloganCount]
    );
    // Several slogans, their groups parted by `，`.
    quiet("推进“两清、三改”（清河道、清沟渠，改厕、改灶、改圈）。\n");
    assert_eq!(
        codes("推进“两清、四改”（清河道、清沟渠，改厕、改灶、改圈）。\n"),
        vec![Code::SloganCount]
    );
    // A few words naming what it is, then `；` parts each carrying it.
    quiet("实施“三个一批”行动（新建一批公园；改造一批街道；提升一批小区）。\n");
    assert_eq!(
        codes("实施“四个一批”行动（新建一批公园；改造一批街道；提升一批小区）。\n"),
        vec![Code::SloganCount]
    );
    // A parenthesis of other words glosses nothing.
    quiet("建设“四优”（2031—2033年）示范区。\n");
}

#[test]
fn a_quoted_list_after_ji_ends_at_its_quote() {
    let text = "以“四查”即“查账、查物、查人、查事”压实责任，以“两会”即“早会、晚会”推动落实，确保各项工作件件有回音、事事有着落。\n";
    quiet(text);
    assert_eq!(
        codes(&text.replace("四查", "五查")),
        vec![Code::SloganCount]
    );
    // An aside in brackets after an item names more of them, uncounted.
    let aside = "以“三会”即“周会、月会、专题会(必要时召开联席会、协调会)”推动落实。\n";
    quiet(aside);
    assert_eq!(
        codes(&aside.replace("三会", "四会")),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_note_quoting_its_list_after_a_lead_that_carries_the_word() {
    let definition = "示范区党委会议提出的“生态示范、产业示范、治理示范”。";
    quiet(&noted("“三个示范”", definition));
    assert_eq!(
        codes(&noted("“四个示范”", definition)),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_note_for_two_slogans_parting_their_lists_by_a_comma_between_quotes() {
    let note = |body: &str, second: &str| {
        format!(
            "坚持“两治”、{body}工作。\n注释\n1.“两治”、“三清”：“两治”即“治水、治气”、“三清”即“{second}”。\n"
        )
    };
    quiet(&note("“三清”", "清淤、清障、清废"));
    assert_eq!(
        codes(&note("“三清”", "清淤、清障")),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_renumbered_use_ahead_of_the_notes_own_term_in_its_slot() {
    let text = |first: &str, second: &str| {
        format!(
            "抓好“三线一单”工作。落实“{first}”要求，稳住基本盘。继续做好“{second}”工作，建设“四个甲城”。\n\
             注释\n\
             1.“三线一单”：指红线、底线、上线和清单。\n\
             2.“六稳”：即“稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期”。\n\
             3.“四个甲城”：指绿色甲城、通畅甲城、文化甲城、法治甲城。\n"
        )
    };
    quiet(&text("六稳", "六稳"));
    assert_eq!(codes(&text("七稳", "六稳")), vec![Code::SloganCount]);
    // The note's own spelling first: a later one may be another slogan.
    quiet(&text("六稳", "七稳"));
}

#[test]
fn a_list_before_a_slogan_with_an_aside_in_an_item() {
    quiet("编制招商地图、重点项目库、目标企业（人才）库、招商方案“一图两库一方案”。\n");
    assert_eq!(
        codes("编制招商地图、重点项目库、目标企业（人才）库、招商方案“一图三库一方案”。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn sentences_after_a_slogan_each_closing_with_its_word() {
    let text = "抓好“三个一批”。围绕甲产业，谋划一批。面向乙地区，引进一批。依托丙企业，壮大一批。今年重点推进丁项目。\n";
    quiet(text);
    assert_eq!(
        codes(&text.replace("三个一批", "四个一批")),
        vec![Code::SloganCount]
    );
    // A clause naming two things closes with the word once.
    quiet(
        "实施“四大工程”。实施甲、乙工程，扩大产能。实施丙工程，提升品质。实施丁工程，拓展市场。\n",
    );
    // The slogan's sentence goes on: the sentences after are not read.
    quiet(
        "聚焦“四个一批”，加快项目建设。启动一批，抓紧开工；建设一批，加快进度；投产一批，尽快达效。\n",
    );
}

#[test]
fn a_code_whose_parts_the_slogans_after_it_restate() {
    let text = "坚持“357”工作机制，以“三查”即“查账、查物、查人”压实责任；以“五会”即“周会、月会、季会、年会、专题会”推动落实；以“七种意识”即“大局意识、责任意识、担当意识、服务意识、创新意识、法治意识、廉洁意识”提升效能。\n";
    quiet(text);
    assert_eq!(codes(&text.replace("357", "457")), vec![Code::SloganCount]);
    // Numbers that are not the slogans' own: another code.
    quiet(&text.replace("357", "246"));
}

#[test]
fn a_code_note_whose_segments_its_parts_own_slogans_label() {
    let definition = "一中心：甲中心；两园：乙园、丙园；三带：丁带、戊带、己带。";
    quiet(&noted("“123”布局", definition));
    assert_eq!(
        codes(&noted("“124”布局", definition)),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_share_of_listed_names_with_one_value_each() {
    let rate = vec![Code::RateOutOfRange];
    // A list mixing shares and a measure of its own: one value per name
    // ties each value to its name.
    assert_eq!(
        codes("城区绿地率、林木覆盖率和人均绿地面积分别提高到38%、141.2%和13.1平方米。\n"),
        rate
    );
    quiet("城区绿地率、林木覆盖率和人均绿地面积分别提高到38%、41.2%和13.1平方米。\n");
    // One value short: the places cannot be told, so no rate is read
    // (the list itself is a finding).
    assert_eq!(
        codes("城区绿地率、林木覆盖率和人均绿地面积分别提高到138%和13.1平方米。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // The measure of its own gets a percent: not a share, whatever it is.
    quiet("城区绿地率、林木覆盖率和财政收入分别提高到38%、41.2%和112%。\n");
}

#[test]
fn done_of_tasks_given_to_several_bodies_is_bounded() {
    assert_eq!(
        codes("两级督察交办问题整改完成率分别达96%和192%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("两级督察交办问题整改完成率分别达96%和92%。\n");
    // Done of a plan of money may pass it.
    quiet("两级年度投资计划完成率分别达96%和112%。\n");
}

#[test]
fn a_percent_before_more_kinds_of_things_counted() {
    let rate = vec![Code::RateOutOfRange];
    assert_eq!(codes("全县实现110%村民小组通硬化路。\n"), rate);
    assert_eq!(codes("力争120%村集体经营收入超过十万元。\n"), rate);
    assert_eq!(codes("推动150%惠企政策直达快享。\n"), rate);
    assert_eq!(codes("推动105%以上依申请政务服务事项网上可办。\n"), rate);
    assert_eq!(codes("培训覆盖全县农户户数的180%以上。\n"), rate);
    quiet("全县实现100%村民小组通硬化路。\n");
    quiet("推动50%惠企政策直达快享。\n");
    // A rate written right before the percent is that rate's value.
    quiet("落实研发费用加计扣除120%政策。\n");
}

#[test]
fn a_price_cut_cannot_pass_a_hundred_percent() {
    assert_eq!(
        codes("集采药品平均降价152%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("集采药品平均降价52%。\n");
}

#[test]
fn a_slogan_said_of_the_subjects_of_its_verb() {
    let text = "全年甲类案件发案数和乙类案件发案数实现“双下降”，治安形势向好。\n";
    quiet(text);
    assert_eq!(
        codes(&text.replace("双下降", "三下降")),
        vec![Code::SloganCount]
    );
    quiet("甲指数、乙浓度和丙比例保持“三改善”。\n");
    assert_eq!(
        codes("甲指数、乙浓度和丙比例保持“四改善”。\n"),
        vec![Code::SloganCount]
    );
    // One subject, a run of years, a count of things, a name of something
    // after the slogan, grouped names: the subjects are not what it counts.
    quiet("全市甲类事故实现“三下降”。\n");
    quiet("甲产量、乙面积实现“四连增”。\n");
    quiet("甲保险、乙保险和丙保险实现“两个全覆盖”。\n");
    quiet("甲园和乙园实现“三百”园区目标。\n");
    quiet("甲和乙、丙和丁实现“双达标”。\n");
    // No verb between: the names before may be anything.
    quiet("推进甲业和乙业“三升级”。\n");
}

#[test]
fn two_names_joined_by_he_carrying_the_slogans_word() {
    let text = "乡村甲水和城镇乙水“两水共治”稳步推进。\n";
    quiet(text);
    assert_eq!(
        codes(&text.replace("两水共治", "三水共治")),
        vec![Code::SloganCount]
    );
    // Names that carry no counted word say nothing.
    quiet("加强甲类帮扶和乡村“三留守”关爱。\n");
}

#[test]
fn a_code_note_restating_its_parts_before_breaking_them_down() {
    // One clause restates the code, the next break its parts down.
    let broken_down = "建设甲、乙、丙3大产业集群和7条产业链，甲集群打造子链、丑链、寅链三大产业链，乙集群打造卯链、辰链两大产业链，丙集群打造巳链、午链两大产业链。";
    quiet(&noted("“3+7”格局", broken_down));
    let body = |code: &str| format!("构建“{code}”格局。\n注释\n1.“3+7”格局：{broken_down}\n");
    quiet(&body("3+7"));
    assert_eq!(codes(&body("4+7")), vec![Code::SloganCount]);
    // Each part labelled, its list opening with its own count.
    let opening = "“1”，即一条主环线，串联城区景点；“2”，即两条精品线路，一条以甲景区为核心，一条串联乙、丙景区。";
    let body = |code: &str| format!("打造“{code}”旅游线路。\n注释\n1.“1+2”旅游线路：{opening}\n");
    quiet(&body("1+2"));
    assert_eq!(codes(&body("2+2")), vec![Code::SloganCount]);
    // Each part restated in turn by a quoted slogan of its numeral.
    let quoted = "构建“一个体系”（甲体系），狠抓“两大提升”（乙提升、丙提升），推动“三化同步”（丁化、戊化、己化）。";
    let body = |code: &str| format!("推广“{code}”工作法。\n注释\n1.“123”工作法：{quoted}\n");
    quiet(&body("123"));
    assert_eq!(codes(&body("124")), vec![Code::SloganCount]);
}

#[test]
fn a_note_counting_its_things_in_groups_that_add_up() {
    let definition = "实施甲、乙、丙等3个重点领域行动，配套实施丁、戊、己、庚等4个保障行动。";
    let body =
        |slogan: &str| format!("实施“{slogan}”，推进转型。\n注释\n1.“七大行动”：{definition}\n");
    quiet(&body("七大行动"));
    assert_eq!(codes(&body("八大行动")), vec![Code::SloganCount]);
}

#[test]
fn respectively_subjects_counted_under_a_quoted_name_or_bounded_by_a_floor() {
    // A numeral inside quotes is a word of the name it stands in.
    let counted = "150个甲类项目、60个“四大工程”项目投资分别完成计划的112%、104%";
    quiet(&format!("{counted}。\n"));
    assert_eq!(
        codes(&format!("{counted}、99%。\n")),
        vec![Code::RespectivelyMismatch]
    );
    // `过5亿元企业`: a floor before the figure names a class of firms.
    let floors = "规上企业、营收过亿元企业、过5亿元企业分别达80家、30家";
    quiet(&format!("{floors}、6家。\n"));
    assert_eq!(
        codes(&format!("{floors}。\n")),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_subjects_sharing_one_rate_in_the_clause_before() {
    let text = "到2035年，甲区收入和乙区收入年均增长9%，分别达到120亿元、45亿元";
    quiet(&format!("{text}。\n"));
    assert_eq!(
        codes(&format!("{text}、30亿元。\n")),
        vec![Code::RespectivelyMismatch]
    );
    // One name sharing nothing: the clause names no subjects.
    quiet("到2035年，全区收入年均增长9%，分别达到120亿元、45亿元、30亿元。\n");
}

#[test]
fn parts_changed_from_one_level_to_another_hold_at_both() {
    let text = |earlier: &str| {
        format!("发明专利从500件增加到1500件，其中高价值专利从{earlier}件增加到400件。\n")
    };
    quiet(&text("120"));
    assert_eq!(codes(&text("600")), vec![Code::PartExceedsWhole]);
    // A part with no earlier level of its own says nothing of the whole's.
    quiet("发明专利从500件增加到1500件，其中高价值专利增加到900件。\n");
}

#[test]
fn an_aim_reached_after_the_parts_is_no_part() {
    quiet("引进项目300个，其中甲类项目10个、乙类项目20个，实现丙类项目400个以上。\n");
    assert_eq!(
        codes("引进项目300个，其中甲类项目10个、乙类项目320个，实现丙类项目40个以上。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn an_income_of_a_kind_right_after_a_total_income_is_within_it() {
    let text =
        |kind: &str| format!("全区财政总收入86.4亿元、增长6%，一般公共预算收入{kind}亿元。\n");
    quiet(&text("52.1"));
    assert_eq!(codes(&text("92.1")), vec![Code::PartExceedsWhole]);
    quiet("集体经济总收入12亿元、经营性收入7.5亿元。\n");
    assert_eq!(
        codes("集体经济总收入12亿元、经营性收入17.5亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Another clause's income, or an income per head, is no kind of it.
    quiet("全区旅游总收入86.4亿元；工业企业营业收入320亿元。\n");
    quiet("全区财政总收入8.6亿元，城镇居民人均可支配收入3.2万元。\n");
    // A semicolon between the total and the kind, or a total named
    // `全部…收入`.
    let text = |kind: &str| format!("全区财政总收入40亿元，增长5%；一般公共预算收入{kind}亿元。\n");
    quiet(&text("25"));
    assert_eq!(codes(&text("45")), vec![Code::PartExceedsWhole]);
    let text =
        |kind: &str| format!("全部财政收入完成7.2亿元、增长9%，一般公共预算收入完成{kind}亿元。\n");
    quiet(&text("4.1"));
    assert_eq!(codes(&text("9.1")), vec![Code::PartExceedsWhole]);
    // The next sentence's income is no kind of it.
    quiet("全区财政总收入40亿元。一般公共预算收入45亿元，增长5%。\n");
}

#[test]
fn a_class_over_a_higher_bound_is_within_one_over_a_lower() {
    let text = |n: &str| format!("今年储备3000万元以上项目84个，亿元以上项目{n}。\n");
    quiet(&text("41个"));
    assert_eq!(codes(&text("94个")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("谋划亿元以上项目60个以上、5亿元以上项目{n}以上。\n");
    quiet(&text("12个"));
    assert_eq!(codes(&text("160个")), vec![Code::PartExceedsWhole]);
    // Bands of a distribution (higher bound first, or three classes), or
    // classes under verbs of their own: no parts.
    quiet("储备5亿元以上项目24个，亿元以上项目13个。\n");
    quiet("新签亿元以上项目5个，10亿元以上项目6个，50亿元以上项目2个。\n");
    quiet("新开工亿元以上项目12个，竣工5亿元以上项目31个。\n");
}

#[test]
fn this_years_are_among_those_to_date() {
    let text = |n: &str| format!("今年38个社区完成适老化改造并通过验收，累计达到{n}。\n");
    quiet(&text("112个"));
    assert_eq!(codes(&text("12个")), vec![Code::PartExceedsWhole]);
    // An aim, a fall, or another unit: no part.
    quiet("力争38个社区完成适老化改造，累计达到12个。\n");
    quiet("减少38个检查事项，累计达到12个。\n");
    quiet("今年38个社区完成适老化改造，累计达到12万户。\n");
}

#[test]
fn the_central_citys_measure_is_within_the_whole_areas() {
    let text = |n: &str| format!("全市新增公共充电桩3200个，中心城区新增充电桩{n}。\n");
    quiet(&text("1400个"));
    assert_eq!(codes(&text("4400个")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("到2035年，市域常住人口达到180万人，中心城市常住人口达到{n}。\n");
    quiet(&text("95万人"));
    assert_eq!(codes(&text("195万人")), vec![Code::PartExceedsWhole]);
    // Another measure, or another unit: no part.
    quiet("全市新建城市道路42条，中心城区建成口袋公园63个。\n");
    quiet("全市新建城市道路42条，中心城区改造背街小巷63条。\n");
}

#[test]
fn enterprises_are_among_market_entities() {
    let text = |n: &str| format!("全县企业总数达到{n}，市场主体达到4.6万户。\n");
    quiet(&text("1.2万户"));
    assert_eq!(codes(&text("5.2万户")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("市场主体总量达到9万户，个体工商户{n}。\n");
    quiet(&text("6.3万户"));
    assert_eq!(codes(&text("12.3万户")), vec![Code::PartExceedsWhole]);
    // Market entities newly added are no stock of them.
    quiet("新登记市场主体1.1万户，企业总数达到2.6万户。\n");
    // Households helped by enterprises are no enterprises.
    quiet("龙头企业带动农户5.5万户，市场主体达到4.6万户。\n");
}

#[test]
fn a_first_batch_is_some_of_its_whole() {
    let text = |n: &str| format!("争取专项债券资金30亿元，首期{n}已拨付到位。\n");
    quiet(&text("12亿元"));
    assert_eq!(codes(&text("42亿元")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("启动52个老旧街区改造，首批{n}街区完成搬迁。\n");
    quiet(&text("19个"));
    assert_eq!(codes(&text("59个")), vec![Code::PartExceedsWhole]);
    // Another unit, another clause between, or a class: no part.
    quiet("启动52个老旧街区改造，首批190户完成搬迁。\n");
    quiet("启动52个老旧街区改造，建成公园3个，首批60个街区完成搬迁。\n");
    quiet("争取专项债券资金30亿元，首期50亿元以上项目开工。\n");
}

#[test]
fn things_at_a_later_stage_are_some_of_those_taken_up() {
    let text = |n: &str| format!("全年洽谈签约招商项目48个，落地投产{n}。\n");
    quiet(&text("31个"));
    assert_eq!(codes(&text("53个")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("受理举报线索后立案37起，移送检察机关{n}，震慑了违法行为。\n");
    quiet(&text("9起"));
    assert_eq!(codes(&text("40起")), vec![Code::PartExceedsWhole]);
    // Things already at a stage, or the part naming things of its own, or
    // another unit: no part.
    quiet("开工项目12个，投产项目30个。\n");
    quiet("签约项目12个，新开工30个。\n");
    quiet("签约项目12个，开工项目30个。\n");
    quiet("签约项目12个，落地投产30家。\n");
    // Stages a drafter lists side by side for the year (projects started
    // may have been signed in earlier years): read only after `已`.
    quiet("全年新签约招商项目45个，开工建设62个，竣工投产30个。\n");
    quiet("全年引进项目38个，开工52个，总投资120亿元。\n");
    quiet("签约亿元以上项目20个，投产25个。\n");
    quiet("园区引进企业46家签约入驻，51家建成投产。\n");
    let text = |n: &str| format!("全年签约项目45个，目前已开工{n}。\n");
    quiet(&text("38个"));
    assert_eq!(codes(&text("52个")), vec![Code::PartExceedsWhole]);
    // The part opening its clause, its stage after it.
    let text = |n: &str| format!("园区引进企业46家签约入驻，{n}已建成投产。\n");
    quiet(&text("27家"));
    assert_eq!(codes(&text("51家")), vec![Code::PartExceedsWhole]);
    quiet("园区引进企业46家签约入驻，51家企业建成投产。\n");
    quiet("园区开工企业46家，51家建成投产。\n");
    // The whole's own money may stand between it and the part.
    let text = |n: &str| format!("全年签约项目36个，签约额88亿元，落地{n}。\n");
    quiet(&text("20个"));
    assert_eq!(codes(&text("41个")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("引进企业36家、协议投资88亿元，已建成投产{n}。\n");
    quiet(&text("20家"));
    assert_eq!(codes(&text("41家")), vec![Code::PartExceedsWhole]);
    // Money of another kind is not the whole's: another subject follows.
    quiet("全年签约项目36个，税收12亿元，落地41个。\n");
    // A stage read only after 已 stays unread without it.
    quiet("签约项目36个、签约金额88亿元，开工41个。\n");
}

#[test]
fn count_over_two_touching_quoted_names() {
    quiet("持续培育“甲山好物”“乙河米”两大区域品牌。\n");
    assert_eq!(
        codes("持续培育“甲山好物”“乙河米”三大区域品牌。\n"),
        vec![Code::CountMismatch]
    );
    // A larger count counts the things of the two kinds named.
    quiet("实施“扩需”“提质”九大促进计划。\n");
    quiet("建成“口袋公园”“街角广场”3个。\n");
}

#[test]
fn count_over_touching_quoted_names_and_a_last_joined_by_he() {
    quiet("深化“村企共建”“警民共治”和网格联动管控三项机制。\n");
    assert_eq!(
        codes("深化“村企共建”“警民共治”和网格联动管控四项机制。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn note_listing_titles_each_in_their_marks() {
    let text = |n: &str| {
        format!(
            "出台{n}个配套方案。\n注释\n1.{n}个配套方案：《甲区产业提升方案》《乙区交通建设方案》《丙区生态修复方案》。\n"
        )
    };
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
}

#[test]
fn code_names_with_digits_among_names() {
    quiet("重点打造虚拟现实、智能终端、LED、5G四大产业链。\n");
    assert_eq!(
        codes("重点打造虚拟现实、智能终端、LED、5G五大产业链。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn lettered_codes_among_names() {
    // Capital letters then digits write a name's code, not a figure.
    quiet("全区综合指数、PM2.5均值、PM10均值、优良天数4项指标保持前列。\n");
    assert_eq!(
        codes("全区综合指数、PM2.5均值、PM10均值、优良天数5项指标保持前列。\n"),
        vec![Code::CountMismatch]
    );
    quiet("建成HS80和HS30两条训练滑道。\n");
    assert_eq!(
        codes("建成HS80和HS30、HS10四条训练滑道。\n"),
        vec![Code::CountMismatch]
    );
    // Subjects of a change: `甲和PM2.5双下降`.
    let text = "全区综合指数和PM2.5实现双下降。\n";
    let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
    let read: Vec<usize> = report_analysis::lists::counted_lists(&doc)
        .iter()
        .map(|l| l.items.len())
        .collect();
    assert_eq!(read, vec![2]);
    quiet(text);
    // Digits glued to lowercase letters or to a longer word stay figures.
    quiet("甲、乙、mm25四项指标保持前列。\n");
}

#[test]
fn names_of_things_opening_with_a_one_character_verb() {
    // `有色`, `和谐` open words of things, not deeds.
    quiet("搞好钢铁、化工、有色金属三个控股公司的试点。\n");
    assert_eq!(
        codes("搞好钢铁、化工、有色金属四个控股公司的试点。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("围绕门户枢纽、先进制造、和谐宜居四大核心功能，优化格局。\n"),
        vec![Code::CountMismatch]
    );
    // A verb opening a later name still makes the list a row of deeds.
    quiet("甲、有序推进乙三个项目。\n");
}

#[test]
fn an_earlier_list_closed_by_deng_is_no_name_of_the_next() {
    // `甲等专项规划、…`: the first piece closes a list of its own.
    quiet("编制甲城等专项规划、乙片区、丙片区、丁片区等3项详细规划。\n");
    assert_eq!(
        codes("编制甲城等专项规划、乙片区、丙片区、丁片区等2项详细规划。\n"),
        vec![Code::CountMismatch]
    );
    // A 等 inside a word (`高等`) closes nothing.
    assert_eq!(
        codes("推进高等教育、职业教育、继续教育等2项改革。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_after_ji_need_not_repeat_the_counted_word() {
    quiet("重点抓好三大协会，即果蔬销售协会、奶业协会、合作组织联合会，以服务带动增收。\n");
    assert_eq!(
        codes("重点抓好四大协会，即果蔬销售协会、奶业协会、合作组织联合会，以服务带动增收。\n"),
        vec![Code::CountMismatch]
    );
    // A counted phrase holding 的 is no plain noun: no reading.
    quiet("工作是从两个方面进行的，即一方面是调整、扩充、新建学校。\n");
}

#[test]
fn names_after_fenbie_shi_with_a_subject_holding_quotes_and_joins() {
    let text = |n: &str| {
        format!(
            "政府从群众、“两代表”等层面征集、遴选形成{n}件实事，分别是“春苗”在本县、“安居”在本县、“畅行”在本县。\n"
        )
    };
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
}

#[test]
fn run_in_head_counting_words_followed_by_what_became_of_them() {
    let text = |n: &str| {
        format!(
            "（二）{n}大攻坚战成效明显。坚决打赢脱贫攻坚战，贫困人口全部脱贫。防返贫机制不断完善。坚决打好风险防范攻坚战，化解存量债务。坚决打好污染防治攻坚战，空气质量持续改善。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn note_counting_its_things_in_groups_each_named() {
    let text = |total: &str, first: &str| {
        format!(
            "开工建设{total}条快速路。\n注释\n1.{total}条快速路：新建{first}条快速路为甲快速路、乙快速路南段、丙快速路，续建2条快速路为丁快速路、戊快速路北延。\n"
        )
    };
    quiet(&text("5", "3"));
    assert_eq!(codes(&text("6", "3")), vec![Code::CountMismatch]);
    // A group's own count broken: its list says so, the total stays unread.
    assert_eq!(codes(&text("5", "4")), vec![Code::CountMismatch]);
}

#[test]
fn ji_in_a_first_name_ties_words_of_that_name() {
    quiet("做强机械及配件、纺织、食品加工三大主导产业。\n");
    assert_eq!(
        codes("做强机械及配件、纺织、食品加工四大主导产业。\n"),
        vec![Code::CountMismatch]
    );
    // The same 及 closing the last name then ties words too.
    quiet("培育电力及储能装备、机械及配件两个产业集群。\n");
    assert_eq!(
        codes("培育电力及储能装备、机械及配件三个产业集群。\n"),
        vec![Code::CountMismatch]
    );
    // A first name joined by 和 may still be two (`城区和甲、乙、丙`).
    quiet("建成中心城区和甲镇、乙镇、丙镇4座污水处理厂。\n");
}

#[test]
fn gong_closing_names_that_each_end_with_what_it_counts() {
    let text =
        |n: &str| format!("建成甲至乙高速公路、丙到丁高速公路、戊至己高速公路共{n}条高速公路。\n");
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
    // Categories before 共 may hold more things than they are.
    quiet("涉及部委、直属机构共59个。\n");
}

#[test]
fn clauses_after_a_colon_each_ending_with_the_counted_noun() {
    let text = |n: &str| {
        format!("做好{n}篇文章：在产业升级上做文章，在甲、乙项目上做文章，在城乡建设上做文章。\n")
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // Clauses counting groups of their own are no items.
    quiet(
        "九条道路：新建3条道路为甲道路、乙道路、丙道路，续建6条道路为丁道路、戊道路、己道路、庚道路、辛道路、壬道路。\n",
    );
    // A clause not ending with the noun: no reading.
    quiet("打好四场硬仗：打好甲硬仗，打好乙硬仗，推动发展。\n");
}

#[test]
fn a_part_of_nearly_a_number_reaches_most_of_it() {
    let text = |part: &str| format!("全年农业投入累计2.5万亿元，其中用于水利建设{part}。\n");
    quiet(&text("近4000亿元"));
    quiet(&text("接近2.4万亿元"));
    assert_eq!(codes(&text("近3.5万亿元")), vec![Code::PartExceedsWhole]);
    assert_eq!(codes(&text("将近6万亿元")), vec![Code::PartExceedsWhole]);
    // `不到` says only below: the part may be far below its number.
    quiet(&text("不到3万亿元"));
}

#[test]
fn output_and_sales_are_two_subjects_in_one_word() {
    quiet("甲牌拖拉机产销量分别增长12.5%和10.8%。\n");
    assert_eq!(
        codes("甲牌拖拉机产销量分别增长12.5%、10.8%和9.1%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // The ratio of the two is one measure per subject.
    quiet("甲、乙两类产品产销率分别达到98.5%、97.2%。\n");
}

#[test]
fn jun_before_a_verb_says_each_not_an_average() {
    let text =
        |part: &str| format!("甲线、乙线通车里程均超过800公里，其中复线通车里程达到{part}公里。\n");
    quiet(&text("350"));
    // A floor each line passes bounds no sum: nothing caps the part.
    quiet(&text("2600"));
    // An average stays no whole: a year's part may exceed it.
    quiet("近五年年均新增就业8000人，其中去年新增就业12000人。\n");
    quiet("人均达到8000元，其中甲镇达到12000元。\n");
}

#[test]
fn a_quoted_count_heading_sentences_that_each_name_one() {
    let text = |n: &str| {
        format!(
            "推进城建“{n}大提升行动”。推进甲片区提升行动。修好道路。推进乙街区提升行动。建好公园，种好树。推进丙社区提升行动。管好小区。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // Other quoted words in the head: the quotes are not the count's own.
    quiet("推进“甲城”四大提升行动。推进甲片区提升行动。推进乙街区提升行动。推进丙社区提升行动。\n");
}

#[test]
fn a_later_deng_list_starts_after_the_earlier_lists_counted_words() {
    quiet("搭建甲、乙、丙等4大功能平台和丁、戊等2个产业平台。\n");
    assert_eq!(
        codes("搭建甲、乙等4大功能平台和丙、丁、戊等2个产业平台。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_of_kinds_counted_before_the_things_of_those_kinds() {
    let kinds = |n: &str| format!("打造老街更新、新区更新{n}类12个示范样板。\n");
    quiet(&kinds("2"));
    assert_eq!(codes(&kinds("3")), vec![Code::CountMismatch]);
    let groups = |n: &str| format!("分为个人申报、单位推荐、团队申报{n}个类别8个项目。\n");
    quiet(&groups("3"));
    assert_eq!(codes(&groups("4")), vec![Code::CountMismatch]);
}

#[test]
fn a_grade_opens_the_counted_words_after_names() {
    let text = |n: &str| format!("新增甲山、乙湖{n}家5A级景区，游客增长8%。\n");
    quiet(&text("2"));
    assert_eq!(codes(&text("3")), vec![Code::CountMismatch]);
    quiet("提升甲馆、乙园两个国家4A级景区。\n");
    assert_eq!(
        codes("提升甲馆、乙园三个国家4A级景区。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_verb_and_one_character_after_it_make_a_name() {
    let text = |n: &str| format!("推进钢铁、有色、化工、建材{n}个重点行业改造。\n");
    quiet(&text("4"));
    assert_eq!(codes(&text("5")), vec![Code::CountMismatch]);
    // A verb with its object opening a later name: a deed, no list.
    quiet("推进钢铁、有序推进化工、建材5个重点行业改造。\n");
}

#[test]
fn yiji_after_a_count_opens_a_second_group_of_names() {
    let text =
        |n: &str| format!("聚焦交通等5大领域在建项目以及工业、农业、服务业{n}类产业招商项目。\n");
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn events_and_funds_counted_after_examples_of_their_kind() {
    quiet("成功举办甲杯、乙赛等国际赛事28场次。\n");
    assert_eq!(
        codes("成功举办甲杯、乙赛、丙会等国际赛事2场次。\n"),
        vec![Code::CountMismatch]
    );
    quiet("组建甲基金、乙基金等39只科创基金。\n");
    assert_eq!(
        codes("组建甲基金、乙基金、丙基金等2只科创基金。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn deeds_named_by_verbs_before_a_count_of_tasks() {
    let text = |n: &str| format!("坚持培育企业、打造品牌、制定标准{n}项工作齐步走。\n");
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn a_count_after_deng_qualified_by_what_the_kind_invests() {
    quiet("确保甲水业等投资37亿元的6个项目建成投产。\n");
    assert_eq!(
        codes("确保甲水业、乙科技、丙装备等投资37亿元的2个项目建成投产。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn counted_words_of_data_and_what_the_named_things_reach() {
    let data = |n: &str| format!("发挥甲区、乙区、丙区{n}个数字经济发展主阵地作用。\n");
    quiet(&data("3"));
    assert_eq!(codes(&data("4")), vec![Code::CountMismatch]);
    let reach = |n: &str| format!("苹果、鲜桃、柿子、杏李{n}大产业片区面积达35万亩。\n");
    quiet(&reach("四"));
    assert_eq!(codes(&reach("五")), vec![Code::CountMismatch]);
}

#[test]
fn names_touching_a_slogan_of_change_are_who_changes() {
    // No linking verb: the names right before a numeral of change are what
    // changes, read by the slogan reader (and so reported once).
    let text = |n: &str| format!("全年甲类案件数和乙类事故数“{n}下降”。治安持续向好。\n");
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双下降".to_string(), vec![2])]
    );
    quiet(&text("双"));
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // The first name may carry the sentence's verb.
    let text = |n: &str| format!("稳步推进甲企业无乙机构和无丙活动“{n}清零”，成效明显。\n");
    quiet(&text("双"));
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // Before a word that is no change the names only confirm: `三品牌`
    // may be of any two things named before it.
    let text = |n: &str| format!("以甲季和乙季“{n}品牌”为引领，促进景区升级。\n");
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双品牌".to_string(), vec![2])]
    );
    quiet(&text("三"));
    assert!(slogan_reads(&text("三")).is_empty());
}

#[test]
fn names_before_a_slogan_confirm_it_past_a_verb_and_a_closing_he() {
    // The first name carries the verb and its qualifiers; the last two are
    // joined by 和: as many names as the numeral confirm it.
    let text = |n: &str| {
        format!("健全市县乡三级重点甲类产业项目、乙类项目、丙类项目“{n}单合一”机制。完善政策。\n")
    };
    assert_eq!(
        slogan_reads(&text("三")),
        vec![("三单合一".to_string(), vec![3])]
    );
    let text = |n: &str| format!("完善招引产业、项目、目标企业和政策“{n}个清单”，开展招商。\n");
    assert_eq!(
        slogan_reads(&text("四")),
        vec![("四个清单".to_string(), vec![4])]
    );
    // Another length says nothing of the slogan (the count rule reads a
    // measured count on its own).
    assert!(slogan_reads(&text("五")).is_empty());
    // Names joined by 和 inside an earlier name may group either way.
    assert!(slogan_reads("完善甲和乙、丙“三张清单”。\n").is_empty());
    // Two names agree with a pair word too easily: a long first name, or
    // a word after the numeral that is no change, confirms nothing.
    assert!(slogan_reads("支持甲区创建国家级生态示范区、乙县“两山”基地建设。\n").is_empty());
    assert!(slogan_reads("坚持和落实“两个毫不动摇”。\n").is_empty());
}

#[test]
fn items_after_a_slogan_each_carrying_every_parts_word() {
    // Each item is one 通 and one 到, however often it says 到.
    let text = |slogan: &str| {
        format!(
            "建立服务企业“{slogan}”机制，打通甲渠道随叫随到、畅通乙政策说到做到、联通丙平台服务周到。办事能快则快。\n"
        )
    };
    quiet(&text("三通三到"));
    assert_eq!(
        slogan_reads(&text("三通三到")),
        vec![("三通三到".to_string(), vec![3, 3])]
    );
    assert_eq!(codes(&text("四通三到")), vec![Code::SloganCount]);
    // An item missing one part's word: not paired, and not read.
    let text = "建立“三通三到”机制，打通甲渠道随叫随到、畅通乙政策、联通丙平台服务周到。\n";
    quiet(text);
    quiet(&text.replace("三通三到", "四通三到"));
}

#[test]
fn comma_clauses_after_a_slogan_each_spelling_its_things_out() {
    // Each clause a `、` list whose items carry one counted word each, the
    // clause's verb riding on its first item: one item per thing, across
    // the clauses, to the first clause that is no such list.
    let text = |n: &str| {
        format!(
            "大力开展“{n}清两改两整治”，清理甲物、清理乙物，推进改丙、改丁，整治戊水、整治己渠，乡村整治率达58%，村庄更加整洁。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(
        slogan_reads(&text("两")),
        vec![("两清两改两整治".to_string(), vec![2, 2, 2])]
    );
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // A part whose word no clause carries: the clauses may be anything.
    let text =
        |n: &str| format!("开展“{n}清两改”，清理甲物、清理乙物，推进丙事、丁事，乡村更加整洁。\n");
    quiet(&text("两"));
    quiet(&text("三"));
}

#[test]
fn a_noun_after_deng_may_be_quoted_and_its_count_approximate() {
    // The counted noun between 等 and its count may hold a quoted word,
    // whatever the quotes hold; the count may be about so many.
    quiet("新修甲巷、乙街等“背街路”3条，方便出行。\n");
    assert_eq!(
        codes("新修甲巷、乙街、丙路等“背街路”2条，方便出行。\n"),
        vec![Code::CountMismatch]
    );
    quiet("引进甲材料等“3060”项目41个，落地见效。\n");
    assert_eq!(
        codes("引进甲材料、乙电子、丙装备等“3060”项目2个，落地见效。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推进甲光伏、乙储能等“风光储”一体化示范20个左右，培育新动能。\n");
    quiet("推进甲光伏、乙储能、丙风电等示范项目2个以上，培育新动能。\n");
    // A verb outside the quotes says what was done: not the names' count.
    quiet("甲镇、乙镇、丙镇等“美丽乡村”建成驿站2个。\n");
}

#[test]
fn a_join_inside_a_quoted_name_hides_no_name() {
    // The `和` of a quoted name ties its own words.
    let text =
        |n: &str| format!("用好“西部陆海新通道”、“沿江生态保护和绿色发展”{n}大机遇，加快开放。\n");
    quiet(&text("两"));
    assert_eq!(codes(&text("三")), vec![Code::CountMismatch]);
    // Bare, the `和` may join two names: a count one above stays silent.
    quiet("用好西部陆海新通道、沿江生态保护和绿色发展三大机遇，加快开放。\n");
}

#[test]
fn street_offices_and_towns_are_one_level() {
    // `街镇` and `街乡` are one tier, as `乡镇` is.
    quiet("建成县、区、街镇三级服务网络。\n");
    assert_eq!(
        codes("建成县、区、街镇四级服务网络。\n"),
        vec![Code::CountMismatch]
    );
    quiet("推行市区街乡三级联动机制。\n");
    assert_eq!(
        codes("推行市区街乡四级联动机制。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_percent_opening_its_clause_before_things_counts_them() {
    // `N%的…` with nothing before it in its clause but a resolve, `在`,
    // or the territory it is taken in: a share of the things after it.
    let text = |n: &str| format!("全年加快养殖场改造，确保全县{n}%的养殖场完成粪污治理。\n");
    quiet(&text("85"));
    assert_eq!(codes(&text("185")), vec![Code::RateOutOfRange]);
    let text = |n: &str| format!("整治工作稳步推进，{n}%以上的旧街巷完成改造。\n");
    quiet(&text("70"));
    assert_eq!(codes(&text("170")), vec![Code::RateOutOfRange]);
    let text = |n: &str| format!("推动作坊集聚，在{n}%以上的乡镇建立加工点。\n");
    quiet(&text("60"));
    assert_eq!(codes(&text("160")), vec![Code::RateOutOfRange]);
    // A second item of a list, opened by its own percent.
    let text = |n: &str| format!("确保85%的渔船完成检修、{n}%的码头达到标准。\n");
    quiet(&text("90"));
    assert_eq!(codes(&text("190")), vec![Code::RateOutOfRange]);
    // After a verb or a comparison, or before a measure, the percent is a
    // level or a change of its own.
    quiet("全年保持120%的增长势头，产值再创新高。\n");
    quiet("人均收入达到全省120%的水平。\n");
    quiet("，130%的负荷运行的机组全部完成检修。\n");
    quiet("甲县亩均产出相当于全省120%的园区。\n");
}

#[test]
fn a_share_averaged_grown_to_or_fully_reached_stays_bounded() {
    // The average of a share over the year.
    quiet("城镇登记失业率均值4.1%，控制在目标以内。\n");
    assert_eq!(
        codes("城镇登记失业率平均值104.1%，控制在目标以内。\n"),
        vec![Code::RateOutOfRange]
    );
    // A share grown from one value to another with `增至`.
    quiet("绿色建筑占比由20%增至65%。\n");
    assert_eq!(
        codes("绿色建筑占比由20%增至165%。\n"),
        vec![Code::RateOutOfRange]
    );
    // `100%全覆盖`: the share of things in the state.
    quiet("实现乡村学校消防演练100%全覆盖。\n");
    assert_eq!(
        codes("实现乡村学校消防演练105%全覆盖。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn one_longer_name_among_many_short_ones() {
    // Five names or more, one of them long, after a first name carrying
    // the clause's words: still a list of names.
    let list = |second: &str, fourth: &str, n: &str| {
        format!(
            "大力实施好今年确定的甲区供暖改造、{second}、丙镇助餐、{fourth}、戊校操场等{n}件实事。\n"
        )
    };
    let long = "乙县引水工程扩建二期配套管网铺设工程";
    quiet(&list(long, "丁村道路", "五"));
    assert_eq!(
        codes(&list(long, "丁村道路", "四")),
        vec![Code::CountMismatch]
    );
    // Two long pieces may be clauses: unread.
    quiet(&list(long, "丁村饮水工程扩建二期配套管网铺设工程", "四"));
}

#[test]
fn names_of_one_rhythm_close_with_two_joined() {
    // Every name of four characters, the last two joined by 和: two names.
    let bare =
        |n: &str| format!("培育钢铁冶金、机械制造、纺织服装、港口物流和旅游康养{n}大产业集群。\n");
    quiet(&bare("五"));
    assert_eq!(codes(&bare("六")), vec![Code::CountMismatch]);
    let deng = |n: &str| {
        format!("培育钢铁冶金、机械制造、纺织服装、港口物流和旅游康养等{n}大产业集群。\n")
    };
    quiet(&deng("五"));
    assert_eq!(codes(&deng("四")), vec![Code::CountMismatch]);
    // Names of mixed lengths: the last may be one name, a count one below
    // the split stays silent.
    quiet("培育钢铁、机械制造、纺织服装产业、港口物流和旅游康养五大产业集群。\n");
}

#[test]
fn names_of_one_kind_tie_their_own_words() {
    // Names all ending alike: a `与` whose first half does not end so ties
    // words of one name.
    let text = |n: &str| {
        format!(
            "打好产能与效益大提升、科技基础大提升、城市品质大提升、服务环境大提升“{n}大战役”，加快发展。\n"
        )
    };
    quiet(&text("四"));
    assert_eq!(codes(&text("五")), vec![Code::CountMismatch]);
    // A first half that ends like the names may be a name: silent.
    quiet("打好产能大提升与效益大提升、科技基础大提升、城市品质大提升“四大战役”，加快发展。\n");
    // The last name is where a list puts its own join, the shared head
    // said once for both: it may be two names, and a count one above
    // the names is no sure slip. One more than that still is.
    let last = |n: &str| {
        format!("重点发展粮油加工、果品加工、蔬菜加工、纺织服装和农产品加工{n}大板块。\n")
    };
    quiet(&last("四"));
    quiet(&last("五"));
    assert_eq!(codes(&last("六")), vec![Code::CountMismatch]);
}

#[test]
fn a_long_noun_before_the_bracket_of_its_names() {
    // The names in brackets after a count and a long noun are the counted
    // things; a first name tied by 及 alone is one.
    let text = |n: &str| {
        format!("重点发展{n}大先进制造支柱产业（钢材及金属制品、精细化工、智能装备、现代纺织）。\n")
    };
    quiet(&text("四"));
    assert_eq!(codes(&text("五")), vec![Code::CountMismatch]);
    // A verb or a 的 in the words before the bracket: it qualifies their
    // last word, not the count.
    quiet("新增15家企业入选全省新星企业（成长、培育）榜单。\n");
    quiet("成为全省12个林地净增加的县（市、区）之一。\n");
}

#[test]
fn pairs_counted_by_zu() {
    // 组 counts sets (here pairs joined by 与) as any measure word does.
    quiet("甲公司与乙公司、丙集团与丁集团等三组企业完成重组。\n");
    assert_eq!(
        codes("甲园区、乙园区三组试点稳步推进。\n"),
        vec![Code::CountMismatch]
    );
    quiet("甲园区、乙园区两组试点稳步推进。\n");
}

#[test]
fn listed_names_with_a_gloss_and_decreases_listed_after_one_verb() {
    // `村（社区）`: a gloss in brackets is no measure of the name.
    let text = |n: &str| {
        format!("村（社区）综合服务站、乡镇卫生院、街道书屋覆盖率分别达到95%、{n}%、80%。\n")
    };
    quiet(&text("90"));
    assert_eq!(codes(&text("190")), vec![Code::RateOutOfRange]);
    // Each value after one decrease verb is a decrease.
    quiet("甲物、乙物排放量分别下降12%、30%。\n");
    assert_eq!(
        codes("甲物、乙物排放量分别下降12%、130%。\n"),
        vec![Code::RateOutOfRange]
    );
    // A concentration improves by falling.
    quiet("细颗粒物平均浓度改善6.2%。\n");
    assert_eq!(
        codes("细颗粒物平均浓度改善106.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    // An index that improves may rise past its base.
    quiet("营商环境指数改善106.2%。\n");
}

#[test]
fn computing_power_in_petaflops_is_a_unit() {
    let text = |n: &str| format!("全区算力规模达到3.2万P，其中智能算力{n}万P。\n");
    quiet(&text("2.5"));
    assert_eq!(codes(&text("9.5")), vec![Code::PartExceedsWhole]);
}

#[test]
fn shares_of_things_picked_out_by_a_clause_and_of_works_done() {
    // Things picked out by a clause closed with 的, before a link.
    let text = |n: &str| format!("通过验收的在建小型水库超过{n}%，汛前完成加固。\n");
    quiet(&text("60"));
    assert_eq!(codes(&text("160")), vec![Code::RateOutOfRange]);
    let text = |n: &str| format!("能熟练使用电子政务系统的乡镇干部达{n}%。\n");
    quiet(&text("88.5"));
    assert_eq!(codes(&text("188.5")), vec![Code::RateOutOfRange]);
    // A measure after 的 is no thing: a level of its own.
    quiet("今年的投资达到120%。\n");
    quiet("全县上年同期的增速超过120%。\n");
    // Work done of the works' amount.
    quiet("北环快速路完成工程量65%以上。\n");
    assert_eq!(
        codes("北环快速路完成工程量165%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("完成市儿童医院东院区总工程量的170%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Against a year's plan it may be exceeded.
    quiet("年度计划工程量完成120%。\n");
}

#[test]
fn a_reforms_completion_an_elided_intensity_and_a_cover_are_shares() {
    quiet("市属国企改革总体完成率达96%。\n");
    assert_eq!(
        codes("市属国企改革总体完成率达196%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Money or a plan in the clause: measured against it.
    quiet("改革专项资金完成率达116%。\n");
    // `、强度达`: the intensity of the spending named in the item before.
    quiet("全社会研发经费投入总量增长12%以上、强度达2.1%以上。\n");
    assert_eq!(
        codes("全社会研发经费投入总量增长12%以上、强度达102.1%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    // An intensity of energy or emissions is no share.
    quiet("单位产值能耗下降3%、强度达到105%。\n");
    // The share of people a benefit covers, and a link with its 了.
    quiet("低保保障面由3.4%提高到8.5%。\n");
    assert_eq!(
        codes("低保保障面由3.4%提高到108.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("贫困发生率降到了0.06%。\n");
    assert_eq!(
        codes("贫困发生率降到了100.06%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn respectively_ranks_repeating_their_place() {
    // `世界第二、世界第三`: each rank with the place it is taken in.
    quiet("甲港货物和旅客吞吐量排名分别升至世界第二、世界第三。\n");
    assert_eq!(
        codes("甲港货物和旅客吞吐量排名分别升至世界第二、世界第三、世界第五。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Another place before a rank is another list.
    quiet("甲港货物和旅客吞吐量排名分别升至全国第二、全省第三、全市第一。\n");
}

#[test]
fn respectively_values_cut_to_later_ones_past_the_units_words() {
    // `由45、38个工作日压缩至39、33个工作日`: the unit's words written after
    // each list, then the verb to the later values.
    let text = |later: &str| {
        format!(
            "甲类、乙类、丙类审批时限分别由20、16、12个工作日压缩至{later}个工作日，办事更便捷。\n"
        )
    };
    quiet(&text("15、10、8"));
    assert_eq!(codes(&text("15、10")), vec![Code::RespectivelyMismatch]);
    // Words before the verb that the later values do not repeat: another
    // clause, not read on.
    quiet("甲类、乙类审批时限分别由20、16个工作日全部压缩至10天以内。\n");
    // The unit said once, the later values closing their clause bare.
    let text = |later: &str| {
        format!("甲类、乙类、丙类审批时限分别由20、16、12个工作日压缩至{later}，办事更便捷。\n")
    };
    quiet(&text("15、10、8"));
    assert_eq!(codes(&text("15、10")), vec![Code::RespectivelyMismatch]);
}

#[test]
fn a_share_before_what_its_things_use() {
    quiet("力争新建厂房100%使用光伏电力。\n");
    assert_eq!(
        codes("力争新建厂房120%使用光伏电力。\n"),
        vec![Code::RateOutOfRange]
    );
    // A change before it is a rate of its own.
    quiet("用电量增长120%使用于生产。\n");
}

#[test]
fn levels_compared_and_works_done_each_are_no_shares() {
    // A level against another's (`…的水平`) may pass it; the same words
    // without the level are a part of the territory's whole.
    quiet("园区产值达到全省120%的水平。\n");
    quiet("园区人均收入为全市120%的平均水平。\n");
    assert_eq!(
        codes("园区产值达到全省120%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Works done each (`分别完成`) may each be measured against a plan of
    // their own; one work done of itself is a share of it.
    quiet("全年甲桥、乙桥分别完成115%和108%。\n");
    quiet("甲桥、乙桥均完成105%。\n");
    assert_eq!(
        codes("城乡供水管网改造已完成115%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn sentences_after_a_slogan_taking_its_things_in_turn() {
    // Each sentence of the paragraph opens with one frame (`在…上`) around
    // a thing that ends with the slogan's word.
    let text = |n: &str| {
        format!(
            "抓住实施“{n}通”的机遇。在道路联通上，加快干线建设，消除断头路。在网络互通上，推进光纤入户，提升带宽。全年投资增长8%。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(
        slogan_reads(&text("两")),
        vec![("两通".to_string(), vec![2])]
    );
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // A frame before the things, per part.
    let text = |n: &str| {
        format!(
            "加快建设“{n}地一区”。围绕打造甲创新高地，建设实验室。围绕打造乙产业基地，壮大集群。围绕打造丙开放示范区，拓展通道。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(
        slogan_reads(&text("两")),
        vec![("两地一区".to_string(), vec![2, 1])]
    );
    assert_eq!(codes(&text("三")), vec![Code::SloganCount]);
    // A count of things taken by topic (`…方面，`), a sentence between:
    // read where it agrees; where it does not, the topics may be the
    // work's areas rather than its things, so it only confirms.
    let text = |n: &str| {
        format!(
            "全力完成“{n}大任务”。我们逐项推进，成效明显。生态屏障方面，完成造林任务。能源基地方面，保障电力供应。我们也做了别的事。开放通道方面，新开班列十条。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(
        slogan_reads(&text("三")),
        vec![("三大任务".to_string(), vec![3])]
    );
    quiet(&text("四"));
    quiet(
        "大力实施“四大行动”。在产业发展方面，新建园区。在城乡建设方面，新修道路。在生态保护方面，植树造林。\n",
    );
}

#[test]
fn sentences_in_turn_that_may_group_things_or_miss_a_part_only_confirm() {
    // A thing holding a list may be one or several.
    let text = |n: &str| {
        format!(
            "“{n}个融合”成效明显。推动甲化、乙化融合，建设示范工厂。促进丙业、丁业融合，培育新业态。“五好园区”更加壮大。\n"
        )
    };
    quiet(&text("两"));
    assert_eq!(
        slogan_reads(&text("两")),
        vec![("两个融合".to_string(), vec![2])]
    );
    quiet(&text("三"));
    assert!(slogan_reads(&text("三")).is_empty());
    // Clauses closing with the counted word itself: the things may be
    // named otherwise in other sentences.
    let text = "推进“五大行动”，加大投入。实施甲行动，建设项目。支持乙行动，扩大规模。支持丙专项行动，促进消费。\n";
    quiet(text);
    // A part no frame names says nothing of the count.
    quiet("巩固“两不愁三保障”成果。住房保障方面，开展排查。医疗保障方面，落实政策。\n");
    // The next slogan's sentence ends the run.
    let text = "落实“两通”部署。在道路联通上，加快建设。“三网”建设提速。在网络互通上，提升带宽。在管道贯通上，完成改造。\n";
    quiet(text);
}

#[test]
fn names_before_a_slogan_naming_its_undertaking_sum_it_up() {
    // `…“N送”工作`: the slogan is the undertaking, the names its things.
    let text = |n: &str| format!("加强甲服务、乙服务、丙服务“{n}送”工作，解决企业诉求。\n");
    quiet(&text("三"));
    assert_eq!(
        slogan_reads(&text("三")),
        vec![("三送".to_string(), vec![3])]
    );
    assert_eq!(codes(&text("四")), vec![Code::SloganCount]);
    let text = |n: &str| format!("着力解决窗口排队、缴费、取件“{n}难”问题，方便群众。\n");
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::SloganCount]);
    // A kind of things the names may be (`支部`), or a word that only
    // starts with an undertaking's (`工作站`), says nothing.
    quiet("甲村、乙村、丙村“五星”支部建设加快。\n");
    quiet("甲村、乙村、丙村“五星”工作站建成。\n");
}

#[test]
fn subsections_spelling_out_the_slogan_of_their_sections_lead() {
    let text = |n: &str, last: &str| {
        format!(
            "一、今年工作安排\n全面完成“{n}个新跨越”，开好局。\n重点做好以下工作：\n（一）突出甲产业，在经济发展上实现新跨越\n推进甲项目建设。\n（二）突出乙改革，在城乡融合上实现新跨越\n推进乙项改革。\n（三）突出丙治理，在生态保护上{last}\n推进丙类治理。\n二、加强政府自身建设\n转变作风。\n"
        )
    };
    quiet(&text("三", "实现新跨越"));
    assert_eq!(
        slogan_reads(&text("三", "实现新跨越")),
        vec![("三个新跨越".to_string(), vec![3])]
    );
    assert_eq!(codes(&text("四", "实现新跨越")), vec![Code::SloganCount]);
    // A title that does not close with the word: the subsections may be
    // anything.
    quiet(&text("四", "取得新进展"));
    assert!(slogan_reads(&text("四", "取得新进展")).is_empty());
    // A slogan whose sentence runs into the subsections is a count the
    // count rule reads (`做好“N个X”：`), once.
    let text = text("四", "实现新跨越").replace("，开好局。\n重点做好以下工作：", "：");
    assert_eq!(codes(&text), vec![Code::CountMismatch]);
}

#[test]
fn topics_taken_in_turn_carry_the_slogans_word_anywhere() {
    // `…方面，` takes each topic in turn; the topic carries `有` inside.
    let text = |n: &str| {
        format!(
            "围绕“{n}有”目标，办好民生实事。学有优教方面，新建学校两所。病有良医方面，建成医院一所。老有颐养方面，新增床位300张。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(
        slogan_reads(&text("三")),
        vec![("三有".to_string(), vec![3])]
    );
    assert_eq!(codes(&text("四")), vec![Code::SloganCount]);
    // A topic carrying no part's word: the frame is something else's.
    let text = "围绕“三有”目标，办好实事。学有优教方面，新建学校。医疗卫生方面，建成医院。养老服务方面，新增床位。\n";
    quiet(text);
    quiet(&text.replace("三有", "四有"));
}

#[test]
fn two_places_joined_by_a_hyphen_confirm_a_pair() {
    let text = |n: &str| format!("推动甲港-乙港“{n}港联动”，建设海铁联运班列。\n");
    quiet(&text("双"));
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双港联动".to_string(), vec![2])]
    );
    // Two names only ever confirm.
    quiet(&text("三"));
    assert!(slogan_reads(&text("三")).is_empty());
    // Not names: a span of years.
    assert!(slogan_reads("完成2021-2025年“双港联动”规划。\n").is_empty());
}

#[test]
fn a_slogan_inside_a_framed_sentence_is_not_what_the_frames_take() {
    // The slogan stands in the first topic's sentence: the topics after it
    // are not its things.
    let text = "生态方面，完成“三大任务”，造林百万亩。能源方面，保障供应。开放方面，新开班列。\n";
    quiet(text);
    assert!(slogan_reads(text).is_empty());
}

#[test]
fn a_slogan_over_subsections_read_as_a_count_is_reported_once() {
    // `抓好“N个提升”。` before subsections whose titles close with 提升:
    // the count reader takes them as the count's list, and the slogan
    // reader leaves it to that one finding.
    let text = |n: &str| {
        format!(
            "一、工作安排\n今年重点抓好“{n}个提升”。\n（一）城市品质提升。新建公园3个。\n（二）产业能级提升。新增企业20家。\n（三）民生保障提升。新增岗位1000个。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn a_percent_before_a_rate_named_at_the_nouns_end_counts_no_things() {
    // `全县N%的资金到位率`: the noun closes with a rate, which the percent
    // is; it counts no things, and such a rate may pass 100%.
    quiet("全县110%的资金到位率。\n");
    assert_eq!(
        codes("全县110%的行政村通上天然气。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn shares_of_one_unsaid_whole_in_a_row_are_bounded() {
    // Parts named one after another, each with a bare `占`: the whole they
    // share is left unsaid, and none of them can pass it.
    let row = |a: &str, b: &str| {
        format!(
            "全年投资结构优化。\n　　民生工程和社会事业投资占{a}，生态建设占{b}，基础设施建设占23.6%。\n"
        )
    };
    quiet(&row("43.7%", "15.3%"));
    assert_eq!(codes(&row("143.7%", "15.3%")), vec![Code::RateOutOfRange]);
    assert_eq!(codes(&row("43.7%", "115.3%")), vec![Code::RateOutOfRange]);
    // Work done, changes and contributions to growth are no such parts.
    quiet("一季度完成占40%，二季度完成占115%。\n");
    quiet("全县经济增长8%，第二产业贡献占105%，第三产业贡献占-5%。\n");
    quiet("出口额增长，其中机电产品占45%，高新产品增速占120%。\n");
    // A whole named after `占` keeps its own reading: a plan may be passed.
    quiet("全年完成投资占年度计划的115%，其中工业投资占60%。\n");
}

#[test]
fn a_share_raised_to_a_value_at_a_relative_years_end_or_widened_to_it() {
    // `提升到去年底的N%`: the later value with its time, `去年底` whole
    // (not `年底` leaving `去`); coverage widened to a value.
    assert_eq!(
        codes("银行资本充足率从前年底的8.4%提升到去年底的113.3%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("银行资本充足率从前年底的8.4%提升到去年底的13.3%。\n");
    assert_eq!(
        codes("养老保险覆盖面扩大到160%以上。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("活动覆盖面扩大到全县各乡镇，参与人数增长120%。\n");
}

#[test]
fn a_prices_basis_before_respectively_is_no_value() {
    // `每50公斤`: the amount a price is quoted for names the measure; the
    // subjects before it are still listed one per value.
    let text = |names: &str| format!("今年{names}收购价平均每50公斤分别提高7.4元和16元。\n");
    quiet(&text("小麦、稻谷"));
    assert_eq!(
        codes(&text("小麦、稻谷、玉米")),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_clause_opening_with_an_aside_is_no_item_of_the_list_before_it() {
    // `另有…` after `；` stands beside the names listed, not among them.
    let text = |n: &str| {
        format!(
            "新建{n}个产业园：汽车产业园、电子信息产业园、新材料产业园；另有生物医药产业园正在规划。\n"
        )
    };
    quiet(&text("3"));
    assert_eq!(codes(&text("4")), vec![Code::CountMismatch]);
    // Clauses parted by `；` are still one item each.
    quiet("完成3项改革：甲改革全面推开；乙改革试点落地；丙改革稳步推进。\n");
    assert_eq!(
        codes("完成4项改革：甲改革全面推开；乙改革试点落地；丙改革稳步推进。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_whole_after_a_respectively_list_is_a_subject_of_its_own() {
    // `全年增长Z` after the halves' values: the year is no third value of
    // the halves, nor one value for both.
    quiet("上半年和下半年经济增速分别为5.2%、6.1%，全年增长5.7%。\n");
    quiet("甲县和乙县收入分别为12亿元、9亿元，全市增长8%。\n");
    // One value for both halves after a change word is still told.
    assert_eq!(
        codes("存款和贷款余额分别为120亿元、90亿元，增长6%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn ordinals_of_tasks_count_as_ordinals_do() {
    // `一要…二要…` lists its items as `一是…二是…` does.
    let text = |n: &str| {
        format!(
            "今年要抓好{n}项重点：一要扩大有效投资，二要培育新兴产业，三要深化改革开放，四要保障改善民生。\n"
        )
    };
    quiet(&text("四"));
    assert_eq!(codes(&text("五")), vec![Code::CountMismatch]);
    let sentences = |n: &str| format!("做好{n}件事。一要稳就业。二要保民生。三要促发展。\n");
    quiet(&sentences("三"));
    assert_eq!(codes(&sentences("两")), vec![Code::CountMismatch]);
    // A `一要` inside a word opens no list.
    quiet("落实两项统一要求，一要素保障到位。\n");
}

#[test]
fn things_counted_one_by_one_are_no_rounded_level() {
    // `5个` is five parks, not anything from 4.5 to 5.5: a part one more
    // than its whole is a slip.
    quiet("新建公园5个、其中口袋公园3个，改造绿道12公里。\n");
    quiet("新建公园5个，其中口袋公园5个。\n");
    assert_eq!(
        codes("新建公园5个，其中口袋公园6个，改造绿道12公里。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Levels in 万 or with a qualifier stay rounded.
    quiet("新增就业1.2万人，其中高校毕业生1.2万人。\n");
    quiet("新建学校5所左右，其中小学6所。\n");
}

#[test]
fn parallel_counts_each_with_its_bracket_of_names() {
    // `四大X（…）、五大Y（…）`: the second count's bracket holds its own
    // names, as the first's does.
    let text = |n: &str| {
        format!("培育三大支柱产业（装备、化工、纺织）、{n}大新兴产业（芯片、储能、算力、航天）。\n")
    };
    quiet(&text("四"));
    assert_eq!(codes(&text("五")), vec![Code::CountMismatch]);
    // Not after a piece with no count of its own, nor a bracket of
    // levels (`旗县（市、区）`) or of some things only (`含…`).
    quiet("建成东湖园区（含孵化器）、五个创新中心（芯片、储能）。\n");
    quiet("设立两个试验区（东区、西区）、三个旗县（市、区）联动发展。\n");
    quiet("培育三大支柱产业（装备、化工、纺织）、五大新兴产业（含芯片、储能），形成合力。\n");
}

#[test]
fn a_row_of_bare_words_before_a_quoted_count_ends_with_a_name() {
    // `组织` may be a verb, but it closes a row of bare words as long as it.
    let text = |n: &str| format!("围绕产业、人才、生态、文化、组织“{n}个振兴”，建设美丽乡村。\n");
    quiet(&text("五"));
    assert_eq!(codes(&text("六")), vec![Code::CountMismatch]);
    // A verb after words of another length takes the count as its object.
    quiet("加强监管执法、提升服务质量、优化审批流程、强化“三大支撑”。\n");
    // Three words only: not enough of a row.
    quiet("聚焦人才、资金、组织“两个保障”，推进改革。\n");
}

#[test]
fn parties_counted_by_zhe_after_their_names() {
    // `甲、乙、丙三者关系`: 者 is what is counted.
    let text = |n: &str| format!("正确处理改革、发展、稳定{n}者关系，化解风险。\n");
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // `这两者`: the parties were named elsewhere.
    quiet("各地方、部门和企业都要认识和处理好这三者之间的关系。\n");
    // No names before it: 者 alone counts nothing read.
    quiet("统筹兼顾三者利益，推动共同发展。\n");
}

#[test]
fn a_lead_closing_with_a_count_after_yixia_and_a_full_stop() {
    // `要把握好以下N点。` then `第一，…` paragraphs: the following points.
    let text = |n: &str| {
        format!(
            "做好今年工作，要把握好以下{n}点。\n第一，稳住基本盘。多措并举。\n第二，激发新动能。培育新业。\n第三，守牢安全线。排查隐患。\n本年度其他工作照常推进。\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // A noun after the count, or an amount before 以下, is no lead.
    quiet(
        "帮扶对象为年满60岁以下两类。\n第一，稳住基本盘。多措并举。\n第二，激发新动能。培育新业。\n第三，守牢安全线。排查隐患。\n本年度其他工作照常推进。\n",
    );
    quiet(
        "重点关注以下两点问题。\n第一，稳住基本盘。多措并举。\n第二，激发新动能。培育新业。\n第三，守牢安全线。排查隐患。\n本年度其他工作照常推进。\n",
    );
}

#[test]
fn a_year_opening_the_next_paragraph_is_no_item_number() {
    // `一是…二是…三是…` then a paragraph opening with a year: the list is
    // closed; one opening with `4.` may be one more item.
    let text = |n: &str, next: &str| {
        format!(
            "政府工作要着力强化{n}个导向。一是突出争先导向。二是突出发展导向。三是突出价值导向。\n{next}\n"
        )
    };
    let year = "2031年主要预期目标：地区生产总值增长6%左右。";
    quiet(&text("三", year));
    assert_eq!(codes(&text("四", year)), vec![Code::CountMismatch]);
    quiet(&text("四", "4.突出安全导向。"));
    quiet(&text("四", "4、突出安全导向。"));
}

#[test]
fn dashed_paragraphs_after_a_long_lead_closing_with_yixia() {
    // `…突出了以下N个方面。` closing a long paragraph says itself that the
    // dashed paragraphs after it are its items.
    let text = |n: &str| {
        format!(
            "规划纲要紧紧围绕发展目标，针对突出问题，提出了一系列重大政策、重大工程和重大项目，突出了以下{n}个方面。\n——保持经济稳定增长，推动产业迈向中高端。\n——创新驱动发展，科技进步贡献率提高。\n——改善生态环境，生态文明水平提升。\n二、今年工作安排\n"
        )
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // Plain paragraphs after it, no dashes: nothing marks the items.
    quiet(
        "规划纲要紧紧围绕发展目标，针对突出问题，提出了一系列重大政策、重大工程和重大项目，突出了以下四个方面。\n保持经济稳定增长，推动产业迈向中高端。\n创新驱动发展，科技进步贡献率提高。\n二、今年工作安排\n",
    );
    // Dashes after a paragraph of comment: the run is not read.
    quiet(
        "提出了一系列重大政策，突出了以下四个方面。\n——保持经济稳定增长。\n——创新驱动发展。\n这是一段其他内容。\n——改善生态环境。\n二、今年工作安排\n",
    );
}

#[test]
fn two_names_joined_are_surely_the_two_counted_in_some_forms() {
    // A count restating them with 这, a count of aspects: one more than
    // the two names is a slip. (A quoted count of three may have them as
    // its domain: see `two_names_before_a_quoted_count_may_be_its_subjects`.)
    for text in [
        "紧紧扭住项目建设和招商引资这{n}个关键，优化存量。\n",
        "必须处理好短期和长期{n}方面关系，注重远近结合。\n",
    ] {
        quiet(&text.replace("{n}", "两"));
        assert_eq!(
            codes(&text.replace("{n}", "三")),
            vec![Code::CountMismatch],
            "{text}"
        );
    }
    // Places may hold the counted things; verbs take the count as their
    // object.
    quiet("建设东区和西区三个园区，完善配套。\n");
    quiet("我们要牢记和践行这三个务必，永葆本色。\n");
    quiet("支持城区和开发区“三大平台”建设，形成合力。\n");
}

#[test]
fn a_pair_written_unjoined_before_a_join_may_hold_two_of_three() {
    // `工业农业和服务业`: 工业, 农业 run together, then 服务业: three.
    quiet("推动工业农业和服务业“三大产业”协调发展。\n");
    quiet("统筹国内国际和区域“三个市场”。\n");
    // Two plain names joined before three are still a slip.
    assert_eq!(
        codes("建成甲桥和乙桥三座危桥。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_part_joined_to_an_act_by_bing_is_still_a_part() {
    // `…2000亿元并纳入预算`: `并` opens the part's own act, not a class
    // of things the amount bounds.
    let text =
        |n: &str| format!("今年安排赤字800亿元，其中本级赤字500亿元，代发债券{n}并纳入预算。\n");
    quiet(&text("300亿元"));
    assert_eq!(codes(&text("400亿元")), vec![Code::PartsExceedWhole]);
    // The act's own figures, after `并`, are no parts.
    quiet("安排资金10亿元，其中省级资金6亿元并配套市级资金7亿元。\n");
}

#[test]
fn new_investment_named_after_its_amount_is_a_whole() {
    // `新增N亿元投资`: an amount of investment to be made, a level.
    let text = |n: &str| format!("三年新增60亿元投资，其中省级投资{n}，用于乡村道路。\n");
    quiet(&text("25亿元"));
    assert_eq!(codes(&text("90亿元")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("实施新增60亿元的投资计划，其中，新增市级投资{n}。\n");
    quiet(&text("25亿元"));
    assert_eq!(codes(&text("90亿元")), vec![Code::PartExceedsWhole]);
    // Compared with last year, it is a change again.
    quiet("今年比上年新增20亿元投资，其中工业投资完成80亿元。\n");
    quiet("全年新增贷款50亿元，其中短期贷款新增60亿元。\n");
}

#[test]
fn a_total_reached_after_the_parts_is_no_part() {
    // `…总里程达N公里`: the stock the new length joins.
    let text = |n: &str| format!("新增绿道50公里，其中城区绿道{n}，绿道总里程达300公里。\n");
    quiet(&text("20公里"));
    assert_eq!(codes(&text("80公里")), vec![Code::PartExceedsWhole]);
}

#[test]
fn the_three_industries_are_parts_of_the_output() {
    // Each named alone in its clause, in turn, in the next sentence.
    let text = |n: &str| {
        format!(
            "全县生产总值完成80亿元，增长6%。第一产业完成12亿元，增长3%；第二产业完成{n}，增长7%；第三产业完成30亿元，增长6%。\n"
        )
    };
    quiet(&text("38亿元"));
    assert_eq!(codes(&text("95亿元")), vec![Code::PartExceedsWhole]);
    // Named before `分别`.
    let text = |n: &str| {
        format!("地区生产总值达到80亿元。一产、二产、三产分别完成12亿元、{n}、30亿元。\n")
    };
    quiet(&text("38亿元"));
    assert_eq!(codes(&text("95亿元")), vec![Code::PartExceedsWhole]);
    // Another place's industries, or not all three in turn: no parts.
    quiet("全市生产总值80亿元。甲县第一产业完成12亿元；第二产业完成95亿元；第三产业完成30亿元。\n");
    quiet("生产总值80亿元，增长6%。农业完成12亿元；第二产业完成95亿元。\n");
    quiet("生产总值80亿元。一产、二产分别完成12亿元、95亿元。\n");
}

#[test]
fn parts_a_whole_is_said_to_include() {
    // `，包括` and parts named plainly, joined by `、`.
    let text = |n: &str| format!("确定考核指标24个，包括预期性指标{n}、约束性指标9个。\n");
    quiet(&text("15个"));
    assert_eq!(codes(&text("80个")), vec![Code::PartExceedsWhole]);
    // A bracket of `含` and one part.
    let text = |n: &str| format!("下达补助资金2.4亿元（含省级资金{n}），用于农田建设。\n");
    quiet(&text("1.1亿元"));
    assert_eq!(codes(&text("7.2亿元")), vec![Code::PartExceedsWhole]);
    // Those newly added, counted in the whole the bracket follows.
    let text = |n: &str| format!("规上工业企业总数达到340家（含新增入规企业{n}）。\n");
    quiet(&text("41家"));
    assert_eq!(codes(&text("410家")), vec![Code::PartExceedsWhole]);
    // Examples closed by `等`, a task of its own, a share per head, or
    // another unit: no parts.
    quiet("建成项目12个，包括甲、乙等30个子项目。\n");
    quiet("新建学校10所，包括改扩建学校15所。\n");
    quiet("培训农民5000人，包括人均增收8000人。\n");
    quiet("全年培训5000人次，包括农民工8000人。\n");
    quiet("争取资金2.0亿元，包括争取资金3.0亿元的意向。\n");
}

#[test]
fn projects_counted_in_ge_have_parts_counted_in_xiang() {
    let text = |n: &str| format!("全市18个项目获省级奖励，其中{n}获一等奖。\n");
    quiet(&text("4项"));
    assert_eq!(codes(&text("30项")), vec![Code::PartExceedsWhole]);
    // Other things counted in `项` are no part of the projects.
    quiet("建成项目12个，其中完成审批事项30项。\n");
    quiet("12个项目获奖，其中5个企业获得奖励20项。\n");
    quiet("引进12个项目团队，其中高层次人才30项。\n");
}

#[test]
fn shares_after_a_bare_zhan_in_turn_share_one_whole() {
    // `甲占N%，乙、丙占M%，…`: each clause a part's share of one whole.
    let text = |n: &str| {
        format!("新增资金中，乡村道路和农田水利投资占52%，教育、医疗建设占{n}，文化设施占18%。\n")
    };
    quiet(&text("30%"));
    assert_eq!(codes(&text("130%")), vec![Code::RateOutOfRange]);
    // The first of the clauses, read by the one after it.
    let text = |n: &str| format!("城乡道路和桥梁工程占{n}，其余工程占40%。\n");
    quiet(&text("60%"));
    assert_eq!(codes(&text("160%")), vec![Code::RateOutOfRange]);
    // Contributions to growth, plans and changes may pass 100%.
    quiet("三大需求对增长的贡献中，消费占105%，净出口占-5%。\n");
    quiet("完成年度任务占120%，完成计划占110%。\n");
    quiet("出口增长占120%，进口占30%。\n");
    quiet("甲县占120%，乙县占比30%。\n");
}

#[test]
fn a_later_value_of_a_share_at_last_years_end() {
    // `提升到去年底的N%`: the later value's own time, `去年底` whole.
    let text = |n: &str| format!("资本充足率从2027年底的8.4%提升到去年底的{n}。\n");
    quiet(&text("13.3%"));
    assert_eq!(codes(&text("113.3%")), vec![Code::RateOutOfRange]);
    // A growth rate is no share, whatever its time.
    quiet("增速从5%提高到去年底的120%。\n");
}

#[test]
fn a_class_bounded_among_things_counted_is_some_of_them() {
    // `N家企业中，营收超亿元的有M家`.
    let text = |n: &str| format!("全县86家规上企业中，营收超亿元的有{n}，创历史新高。\n");
    quiet(&text("21家"));
    assert_eq!(codes(&text("210家")), vec![Code::PartExceedsWhole]);
    let text = |n: &str| format!("在40个行政村当中，{n}村已通公交。\n");
    quiet(&text("25个"));
    assert_eq!(codes(&text("45个")), vec![Code::PartExceedsWhole]);
    // Other things counted, or a count that is no class of them: no part.
    quiet("在120家企业中，带动就业超1万人的有300人。\n");
    quiet("全县120家企业中，营收超亿元的企业新增300家。\n");
    quiet("全省12个市中，产值超千亿元的有15个县。\n");
}

#[test]
fn parts_listed_after_fenbie_wei_without_a_colon() {
    // `…N家，分别为甲A家和乙B家`: named parts of the whole before.
    let text = |n: &str| format!("培育龙头企业12家，分别为国家级3家和省级{n}。\n");
    quiet(&text("9家"));
    assert_eq!(codes(&text("40家")), vec![Code::PartExceedsWhole]);
    // Values shared among several wholes, or of another measure: no parts.
    let shared = codes("培育龙头企业12家、示范社8家，分别为国家级3家和省级9家。\n");
    assert!(!shared.contains(&Code::PartExceedsWhole), "{shared:?}");
    quiet("投资12亿元，分别为上年的1.2倍和1.5倍。\n");
    // 初中 names schools, not "among" the ones before.
    quiet("新建学校30所，小学2所和初中40所。\n");
}

#[test]
fn a_yearly_amount_is_a_whole_unlike_one_per_head() {
    // `每年安排N亿元`: the year's amount, with its parts each year.
    let text = |n: &str| format!("今后财政每年安排资金12亿元，其中省级资金每年{n}。\n");
    quiet(&text("5亿元"));
    assert_eq!(codes(&text("40亿元")), vec![Code::PartExceedsWhole]);
    // Per head or per unit of land: no whole.
    quiet("每亩补贴300元，其中省级补贴400元。\n");
    quiet("食品抽检每千人6.5批次，其中快检每千人9批次。\n");
}

#[test]
fn respectively_one_thing_each_with_its_values_after() {
    // `分别引进一个投资超A、超B的项目`: one thing each, the values after.
    let text = |s: &str| format!("{s}每年分别至少引进一个投资超30亿元、超10亿元的产业项目。\n");
    quiet(&text("甲园区和乙园区"));
    assert_eq!(
        codes(&text("甲园区、乙园区和丙园区")),
        vec![Code::RespectivelyMismatch]
    );
    // One value only: it may be the same for each.
    quiet("甲园区和乙园区每年分别至少引进一个投资超30亿元的产业项目。\n");
}

#[test]
fn an_unquoted_pair_said_of_two_names_is_the_count_rules_to_report() {
    // `甲和乙的双重X`: the slogan reader reads the two names as the count
    // rule does, and leaves the finding to it: one finding, not two.
    let text = |n: &str| format!("完善对甲行业工资总额和工资水平的{n}重调控政策。\n");
    quiet(&text("双"));
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双重调控".to_string(), vec![2])]
    );
    assert_eq!(codes(&text("三")), vec![Code::CountMismatch]);
    // Quoted, the line reader's; no names before, nothing read.
    assert!(slogan_reads("面临内外“双重压力”。\n").is_empty());
    assert!(slogan_reads("企业面临双重压力。\n").is_empty());
}

#[test]
fn two_names_joined_before_a_pair_slogan_confirm_it() {
    let text = |n: &str| format!("着眼于保持甲业增长和迈向乙业水平“{n}目标”，坚持稳中求进。\n");
    quiet(&text("双"));
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双目标".to_string(), vec![2])]
    );
    // Two names only ever confirm.
    quiet(&text("三"));
    assert!(slogan_reads(&text("三")).is_empty());
    // Two verbs joined, or names that qualify the slogan: nothing read.
    assert!(slogan_reads("认真学习和贯彻“两会”精神。\n").is_empty());
    assert!(slogan_reads("着眼于甲业增长和乙业水平的“双目标”，坚持稳中求进。\n").is_empty());
}

#[test]
fn a_list_spelled_out_earlier_in_the_paragraph_confirms_the_slogan() {
    // The nearest earlier clause whose `、` list carries the slogan's word
    // once per item: the slogan sums it up.
    let text = |n: &str| format!("持续推进甲地创业、乙地创新。“{n}创”是带动就业的有效方式。\n");
    quiet(&text("双"));
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双创".to_string(), vec![2])]
    );
    quiet(&text("三"));
    assert!(slogan_reads(&text("三")).is_empty());
    // A quoted list in an earlier clause.
    let text = "开展“净天、净城、净村”行动，成效明显。三项行动和“三净”行动成果丰硕。\n";
    assert_eq!(slogan_reads(text), vec![("三净".to_string(), vec![3])]);
    // Items that do not all carry the word, or carry it twice: nothing read.
    assert!(slogan_reads("推进甲地创业、乙地发展。“双创”是有效方式。\n").is_empty());
    assert!(slogan_reads("推进创业创新、乙地创新。“双创”是有效方式。\n").is_empty());
    // A list in another paragraph is not this one's.
    assert!(slogan_reads("推进甲地创业、乙地创新。\n“双创”是有效方式。\n").is_empty());
}

#[test]
fn two_groups_joined_before_a_pair_slogan_confirm_it() {
    // `甲、乙和丙、丁“双X”`: two groups of as many names each.
    let text = |n: &str| format!("打造甲业创业、乙业创新和增加公共产品、公共服务“{n}引擎”。\n");
    quiet(&text("双"));
    assert_eq!(
        slogan_reads(&text("双")),
        vec![("双引擎".to_string(), vec![2])]
    );
    quiet(&text("四"));
    assert!(slogan_reads(&text("四")).is_empty());
    // Groups of other sizes are not two of a kind.
    assert!(
        slogan_reads("打造甲业创业、乙业创新、丙业发展和增加公共产品、公共服务“双引擎”。\n")
            .is_empty()
    );
}

#[test]
fn a_he_closing_an_item_is_its_words_own() {
    // `碳中和` closes with 和: the one `和` between the items joins them.
    quiet(&noted("双碳", "即碳达峰和碳中和。"));
    assert_eq!(
        slogan_reads(&noted("双碳", "即碳达峰和碳中和。")),
        vec![("双碳".to_string(), vec![2])]
    );
    assert_eq!(
        codes(&noted("三碳", "即碳达峰和碳中和。")),
        vec![Code::SloganCount]
    );
    // A `和` after a `、` may be the list's own join: the item it opens is
    // not cut, so a list as long as the count with it still holds.
    quiet(&noted("三项整治", "甲整治、乙整治、和丙修复和丁保护。"));
}

#[test]
fn a_lead_clause_says_what_the_whole_is_and_introduces_its_list() {
    // `…方面，包括A、B…`: the lead is no item; the list after it is.
    let text = noted(
        "五育",
        "教育体系中的重要方面，包括甲育、乙育、丙育、丁育、戊育。",
    );
    quiet(&text);
    assert_eq!(slogan_reads(&text), vec![("五育".to_string(), vec![5])]);
    // After `即` the list names them all, so it refutes too.
    assert_eq!(
        codes(&noted(
            "四育",
            "教育体系中的重要方面，即甲育、乙育、丙育、丁育、戊育。"
        )),
        vec![Code::SloganCount]
    );
    // `包括` may name only some of them: it never refutes.
    quiet(&noted(
        "四育",
        "教育体系中的重要方面，包括甲育、乙育、丙育、丁育、戊育。",
    ));
}

#[test]
fn a_body_slogan_over_ordinals_read_as_a_count_is_reported_once() {
    // `“四大行动”。一是…二是…三是…`: the count reader takes the ordinals
    // as the count's list; the slogan reader leaves the finding to it.
    let text = |n: &str| {
        format!("大力实施“{n}大行动”。一是产业升级行动。二是城市更新行动。三是乡村振兴行动。\n")
    };
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
}

#[test]
fn a_share_bounded_by_its_range_its_works_or_its_concentration() {
    // A range's written upper end is held against 100%, not its low end.
    quiet("城镇登记失业率保持在3%—4.5%，优良率保持在95%—100%。\n");
    assert_eq!(
        codes("城镇登记失业率保持在3%—104.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    // A percent before the works' amount, in a clause doing the work.
    quiet("完成甲馆主体50%工程量，完成乙路80%以上的工程量。\n");
    assert_eq!(
        codes("完成甲馆主体150%工程量。\n"),
        vec![Code::RateOutOfRange]
    );
    // Against a plan it may pass 100%; without a deed it is no share.
    quiet("完成年度计划120%工程量，新开工项目占去年135%工程量。\n");
    // The share an industry's leaders hold.
    quiet("首位产业集中度从15%提高至45%。\n");
    assert_eq!(
        codes("首位产业集中度从15%提高至145%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_list_said_to_pass_or_win_after_a_slogan_never_refutes_it() {
    // The four names are the subject of `通过复审`, which may be said of
    // some of the five only.
    quiet("推进“五城同创”，甲文明城市、乙卫生城市、丙园林城市、丁森林城市通过复审。\n");
    // A list of the slogan's things, each item alike, still refutes.
    assert_eq!(
        codes("推进“五化”，坚持甲化发展、乙化发展、丙化发展、丁化发展。\n"),
        vec![Code::SloganCount]
    );
    quiet("推进“四化”，坚持甲化发展、乙化发展、丙化发展、丁化发展。\n");
    // An amount after the last item sums the things up: the list stands.
    assert_eq!(
        codes("兜牢“四保”底线，保甲、保乙、保丙支出25.3亿元。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_net_increase_or_a_title_won_after_the_parts_ends_them() {
    // `净增` measures a change, like `新增`: its figure is no part.
    quiet("市场主体30万户、增长4%，其中企业8万户，净增个体工商户40万户。\n");
    assert_eq!(
        codes("市场主体30万户、增长4%，其中企业38万户，净增个体工商户4万户。\n"),
        vec![Code::PartExceedsWhole]
    );
    // `创成` (`创建`) opens a task of its own, not one more part.
    quiet("创建示范村10个，其中精品村3个，创成森林村庄12个。\n");
    quiet("创建美丽乡村10个，其中精品村3个，创建绿色社区15个。\n");
    assert_eq!(
        codes("创建示范村10个，其中精品村13个，创成森林村庄2个。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn things_finished_are_among_things_carried_out() {
    // `实施…N个，竣工M个`: the finished are some of those carried out.
    assert_eq!(
        codes("今年实施重点项目30个，竣工40个，完成投资20亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("全年实施项目30个、建成投产40个。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("今年实施重点项目30个，竣工18个，完成投资20亿元。\n");
    // Started, new, or finished with words of their own: no part said.
    quiet("全年开工项目30个，竣工40个。\n");
    quiet("全年新实施项目30个，竣工40个。\n");
    quiet("全年实施项目30个，开工40个。\n");
    quiet("全年实施项目30个，竣工验收40个。\n");
    quiet("全年实施民生项目30个，建成40个示范点。\n");
}

#[test]
fn classes_after_examples_in_a_row_restate_a_total() {
    // A total closing its sentence, then among other clauses classes of
    // it in a row, each after its examples and `等`.
    let text = |n: &str| {
        format!(
            "全年安排市级重点项目30个，年度投资100亿元。强化要素保障，加快甲厂、乙园等12个产业项目，丙路、丁桥等{n}个基础设施项目，戊院等5个民生项目建设，确保早见成效。\n"
        )
    };
    quiet(&text("10"));
    assert_eq!(codes(&text("40")), vec![Code::PartExceedsWhole]);
    // Things new or aimed at may be others; so may classes after another
    // count of the unit, or a lone class.
    quiet(
        "全年安排市级重点项目30个。加快甲厂等40个产业项目建设，力争新开工乙路等50个基础设施项目。\n",
    );
    quiet(
        "全年安排市级重点项目30个。谋划储备项目500个，加快甲厂等40个产业项目，乙路等50个基础设施项目。\n",
    );
    quiet(
        "全年安排市级重点项目30个。谋划储备项目500个。加快甲厂等40个产业项目，乙路等50个基础设施项目。\n",
    );
    quiet("全年安排市级重点项目30个。加快甲厂等40个产业项目建设，完善城市功能。\n");
    quiet("全年安排市级重点项目30个。加快甲厂等40个项目，乙路等50个项目。\n");
}

#[test]
fn those_left_undone_after_those_done_are_the_rest() {
    // `已完成A项，仍有B项未…`: both are among the whole.
    quiet("去年确定的20项民生实事，已完成16项，仍有4项未能如期完成。\n");
    assert_eq!(
        codes("去年确定的20项民生实事，已完成16项，仍有24项未能如期完成。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Not left undone (`正在推进`), or counted in another unit: no part.
    quiet("去年确定的20项民生实事，已完成16项，仍有24项正在推进。\n");
    quiet("去年确定的20项民生实事，已完成16项，还有24个项目未开工。\n");
}

#[test]
fn respectively_values_may_each_carry_their_own_change() {
    // A fall after a rise: two values for two subjects.
    quiet("出口、进口分别增长15%和下降3%。\n");
    assert_eq!(
        codes("出口、进口、转口分别增长15%和下降3%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn an_amount_added_before_a_growth_rate_is_no_level() {
    // 70 added to 790 is 8.9%: the 70 is the change, not the level reached.
    quiet("储蓄存款余额达到860亿元，比上年末增加70亿元，增长8.9%。\n");
}

#[test]
fn one_item_joining_two_names_of_a_kind_lists_two() {
    // `减轻甲负担和乙负担`: two names ending alike, so two things at most.
    assert_eq!(
        codes(&noted("三减", "即减轻学生课业负担和课外辅导负担。")),
        vec![Code::SloganCount]
    );
    quiet(&noted("双减", "即减轻学生课业负担和课外辅导负担。"));
    // Halves that do not end alike may be a clause, not two names.
    quiet(&noted("三减", "即减轻学生课业负担和课外辅导压力。"));
    // A half carrying the counted word twice may be two things itself.
    quiet(&noted("三资", "即集体资金和资产资源。"));
    // A list left open by 等 may hold more.
    quiet(&noted("三减", "即减轻学生课业负担和课外辅导负担等。"));
}

#[test]
fn names_before_a_slogan_whose_last_ends_like_an_earlier_one() {
    let text = |n: &str| format!("甲汽车、乙电池、丙储能电池“新{n}样”出口增长较快。\n");
    // `乙电池、丙储能电池`: the longer last name is one of the same kind.
    quiet(&text("三"));
    assert_eq!(codes(&text("四")), vec![Code::SloganCount]);
    // A last name ending otherwise may carry words of the sentence.
    quiet("甲汽车、乙电池、丙储能电池出口“新四样”增长较快。\n");
    // Names the slogan qualifies stay silent, however they end.
    quiet("甲县、乙县、丙先进县获评“五星”单位。\n");
}

#[test]
fn a_list_then_one_clause_on_each_of_its_things() {
    let def = "指营业证、许可证、备案证分开办理，营业证由甲部门发放，许可证由乙部门发放，备案证由丙部门发放。";
    // The later clauses each open with a listed name: the first is the
    // list, which confirms the slogan (and, as a window, never refutes).
    assert_eq!(
        slogan_reads(&noted("三证分离", def)),
        vec![("三证分离".to_string(), vec![3])]
    );
    quiet(&noted("四证分离", def));
    // A clause on a thing the list does not name is no gloss of it.
    quiet(&noted(
        "四证分离",
        "指营业证、许可证、备案证分开办理，营业证由甲部门发放，许可证由乙部门发放，备案证由丙部门发放，登记证由丁部门发放。",
    ));
    // One name glossed twice is no clause on each: no reading.
    quiet(&noted(
        "四证分离",
        "指营业证、许可证、备案证分开办理，营业证由甲部门发放，营业证由乙部门年检，备案证由丙部门发放。",
    ));
}

#[test]
fn later_sentences_saying_more_of_the_things_the_first_quotes() {
    let def = "即评议时“背靠背审”和“交叉审”。甲局从名录中随机抽取专家，实现“背靠背审”。乙局安排异地专家评议，实现“交叉审”。";
    // The later sentences name the quoted things again: the first lists.
    assert_eq!(
        slogan_reads(&noted("两审", def)),
        vec![("两审".to_string(), vec![2])]
    );
    assert_eq!(codes(&noted("三审", def)), vec![Code::SloganCount]);
    // A later sentence naming another thing may add one: no reading.
    quiet(&noted(
        "三审",
        "即评议时“背靠背审”和“交叉审”。必要时还要“回头审”。",
    ));
    quiet(&noted(
        "三审",
        "即评议时“背靠背审”和“交叉审”。必要时还要回头审。",
    ));
}

#[test]
fn a_stray_comma_among_the_separators_of_a_list() {
    let def = "即建一个书屋、一个广场、一个戏台、一个球场，一个菜园、一个果园。";
    // Every piece carries the counted word alike: the comma is a `、`.
    assert_eq!(
        slogan_reads(&noted("六个一", def)),
        vec![("六个一".to_string(), vec![6])]
    );
    assert_eq!(codes(&noted("五个一", def)), vec![Code::SloganCount]);
    // As many commas as `、`: clauses, not one list.
    quiet(&noted(
        "五个一",
        "即建一个书屋、一个广场，一个戏台、一个球场，一个菜园。",
    ));
}

#[test]
fn a_part_of_two_labelled_with_shuang() {
    let def = "会议提出，双突破：甲领域实现新突破，乙领域实现新突破。三提升：丙水平实现新提升，丁水平实现新提升，戊水平实现新提升。";
    // `双突破：` labels the part of two as `两突破：` would.
    assert!(
        slogan_reads(&noted("“双突破、三提升”", def))
            .contains(&("双突破、三提升".to_string(), vec![2, 3]))
    );
    assert_eq!(
        codes(&noted("“双突破、四提升”", def)),
        vec![Code::SloganCount]
    );
    // A label of two where the slogan says three is that part renamed.
    assert_eq!(
        codes(&noted("“三突破、三提升”", def)),
        vec![Code::SloganCount]
    );
    // Sentences that label nothing stay unread.
    quiet(&noted(
        "三突破、三提升",
        "会议提出，实现双突破。甲领域实现新突破，乙领域实现新突破。",
    ));
}

#[test]
fn two_things_of_the_counted_kind_joined_close_a_list() {
    // Every name ends like the counted things, and so do both sides of
    // the last name's `和`: two of them, not words of one.
    assert_eq!(
        codes("实施东湾镇、南岭镇和北坡镇等2个乡镇的灌溉项目。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("改建东河桥、西河桥和南河桥4座危桥。\n"),
        vec![Code::CountMismatch]
    );
    quiet("改建东河桥、西河桥和南河桥3座危桥。\n");
    // A `和` inside a place's name has no name before it.
    quiet("实施东湾镇、太和镇等2个乡镇的灌溉项目。\n");
    // The last side does not end like the names: words of one name.
    quiet("建设东湾路、南岭路和北坡路改造等2个项目。\n");
}

#[test]
fn bracketed_numbers_in_one_character_number_items() {
    // `⑵` numbers the next item as `（2）` does, alone or mixed.
    assert_eq!(
        codes("其中卫生工程3项：(1)东院迁建⑵西院医技楼投入使用。电力工程1项：南站建设。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("教育工程2项：⑴东小学开工⑵西中学投入使用⑶南幼儿园建成。\n"),
        vec![Code::CountMismatch]
    );
    quiet("教育工程3项：⑴东小学开工⑵西中学投入使用⑶南幼儿园建成。\n");
    // A `⑵` after a name, with no `⑴` opening a list, numbers nothing.
    quiet("推进三项工作：东项目，西项目⑵，南项目。\n");
}

#[test]
fn a_note_restating_its_count_after_names_qualified_in_brackets() {
    // A name qualified in brackets (`甲能源（乙装备）`) is still one name:
    // the term's count, one above the names and the count after them, is
    // the slip.
    assert_eq!(
        codes(&noted(
            "6条特色产业链",
            "即清洁能源（装备制造）、核桃、花椒、茶叶、药材5条特色产业链。"
        )),
        vec![Code::CountMismatch]
    );
    quiet(&noted(
        "5条特色产业链",
        "即清洁能源（装备制造）、核桃、花椒、茶叶、药材5条特色产业链。",
    ));
    // Brackets holding names of their own leave the term's count unsure.
    quiet(&noted(
        "6条特色产业链",
        "即清洁能源（风能、光能）、核桃、花椒、茶叶、药材5条特色产业链。",
    ));
}

#[test]
fn a_note_whose_names_keep_one_rhythm_closes_with_two() {
    // Names of four characters each, the last two joined: two names.
    let text = |n: &str| {
        noted(
            &format!("“{n}支队伍”"),
            "即流调溯源、消杀处置、隔离管控、医疗救治和物资保障。",
        )
    };
    quiet(&text("五"));
    assert_eq!(codes(&text("四")), vec![Code::CountMismatch]);
    // Names of no one rhythm: the last may be one name.
    quiet(&noted(
        "“四支队伍”",
        "即流行病学调查、消杀、隔离管控、医疗救治和物资保障。",
    ));
}

#[test]
fn things_finished_after_things_begun_cut_the_whole_another_way() {
    // Projects carried on and begun make up the year's projects; those
    // finished were among them, so they are not added on.
    quiet("全年实施重点项目200个，其中续建项目80个，新开工项目120个，竣工项目60个。\n");
    quiet("全年实施重点项目200个，其中新建项目150个、建成项目90个。\n");
    // The parts before still add up.
    assert_eq!(
        codes("全年实施重点项目200个，其中续建项目80个，新开工项目150个，竣工项目60个。\n"),
        vec![Code::PartsExceedWhole]
    );
    // Finished before any part begun: still a part.
    assert_eq!(
        codes("全年实施重点项目200个，其中竣工项目150个，在建项目80个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_harvest_changed_by_more_or_less_output() {
    // `增产`/`减产` state the change of an output between its two levels.
    quiet("粮食总产量由去年的21.2万吨增加到22.3万吨，增产1.1万吨。\n");
    quiet("油料产量从3.5万吨下降到3.2万吨，减产0.3万吨。\n");
    assert_eq!(
        codes("粮食总产量由去年的21.2万吨增加到22.3万吨，增产2.1万吨。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("油料产量从3.5万吨下降到3.2万吨，减产0.8万吨。\n"),
        vec![Code::GrowthMismatch]
    );
    // Output up by a share, or a level reached with no level before it.
    quiet("粮食总产量由21.2万吨增加到22.3万吨，增产5.2%。\n");
    quiet("粮食总产量达到22.3万吨，增产1.1万吨，创历史新高。\n");
}

#[test]
fn respectively_values_each_with_a_verb_of_their_own() {
    // `分别增长A、下降B`: each value after the first may carry its own
    // verb of change.
    quiet("进口额、出口额分别增长12.5%、下降3.2%。\n");
    quiet("学校、在校生、教职工分别比上年减少3所、增加2100人、增加360人。\n");
    quiet("一产、二产、三产增加值分别增长3.5%、下降1.2%和增长6.8%。\n");
    assert_eq!(
        codes("进口额、出口额、加工贸易额分别增长12.5%、下降3.2%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("学校、在校生分别比上年减少3所、增加2100人、增加360人。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_clause_after_respectively_naming_its_own_subject_is_its_own() {
    // `贸易顺差增加…` speaks of the surplus, not of the subjects again.
    quiet("进口额、出口额分别为52亿元、61亿元，贸易顺差增加1.2亿元。\n");
    quiet("进口额、出口额分别为52亿元、61亿元，其中机电产品增长8%。\n");
    // A bare change after the values still speaks of the subjects.
    assert_eq!(
        codes("进口额、出口额分别为52亿元、61亿元，增长8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("进口额、出口额分别为52亿元、61亿元，较2020年增长8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_share_of_the_things_growth_is_no_count_of_them() {
    // `120%的人口增长`: the percent measures a change of the people, which
    // may pass all of it; the people themselves are still counted.
    quiet("迁入人口贡献了全区120%的人口增长，自然增长为负。\n");
    quiet("新设企业带来了130%的企业增量，注销企业有所增加。\n");
    assert_eq!(
        codes("全区120%的人口居住在城镇。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("全区110%的企业实现增长。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_clause_past_a_semicolon_with_parts_of_its_own_is_a_new_whole() {
    // `其中A；B…，其中…`: B has its own parts, so it is the whole of a new
    // clause, not one more part of the first whole.
    quiet("新增耕地2000亩，其中水田800亩；补充耕地指标3000亩，其中跨县交易1500亩。\n");
    quiet("争取资金5亿元，其中中央补助2亿元；盘活存量8亿元，其中闲置资金3亿元。\n");
    // Its own parts are still held against it.
    assert_eq!(
        codes("新增耕地2000亩，其中水田800亩；补充耕地指标3000亩，其中跨县交易3500亩。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Loose parts named plainly after `；` are still parts.
    assert_eq!(
        codes("争取资金5亿元，其中中央补助2亿元；省级配套8亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_share_at_a_plans_end_kept_up_or_of_people_moved_in() {
    // The later value's own time after its link, a year or a five-year
    // plan's period (`提高到“十四五”末的96%`); `持续保持`; `入住率`, the
    // share of the households moved in.
    for text in [
        "城市污水处理率由“十三五”末的85%提高到“十四五”末的196%。\n",
        "森林覆盖率提高到2025年的163%。\n",
        "主要河流水质达标率持续保持200%。\n",
        "易地搬迁群众入住率达到196.8%。\n",
    ] {
        assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    }
    quiet("城市污水处理率由“十三五”末的85%提高到“十四五”末的96%。\n");
    quiet("研发投入增长率由“十三五”末的5%提高到“十四五”末的120%。\n");
    quiet("计划完成率持续保持120%。\n");
    quiet("出口额相当于“十三五”末的150%。\n");
}

/// An annex of deeds grouped under headings that close with their count,
/// unbracketed, the items numbered on from one group to the next.
fn annex_of_groups(first: &str, second: &str) -> String {
    format!(
        "认真办好惠民实事。\n附件\n2031年5件惠民实事\n\n一、办学育人方面{first}\n1.新建幼儿园3所。\n2.改造薄弱学校5所。\n二、出行安居方面{second}\n3.新改建农村公路80公里。\n4.改造老旧小区12个。\n5.新增公交线路6条。\n"
    )
}

#[test]
fn a_group_heading_closing_with_its_count_counts_the_items_under_it() {
    quiet(&annex_of_groups("2件", "3件"));
    assert_eq!(
        codes(&annex_of_groups("2件", "4件")),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes(&annex_of_groups("3件", "3件")),
        vec![Code::CountMismatch]
    );
    // A heading counting other things than the title's (`所`, `个`) is
    // no count of the items, nor is a count that does not close it.
    quiet(&annex_of_groups("新建学校4所", "3件"));
    quiet(&annex_of_groups("2件", "3件惠及群众10万人"));
    quiet(&annex_of_groups("2件", "建设项目7个"));
}

#[test]
fn a_deng_inside_one_semicolon_clause_leaves_the_colon_list_closed() {
    // Each clause is one item: `甲、乙等优势` is within the first.
    quiet("注重三种方式：注重发挥甲、乙等优势；注重丙招商；注重丁招商。\n");
    assert_eq!(
        codes("注重四种方式：注重发挥甲、乙等优势；注重丙招商；注重丁招商。\n"),
        vec![Code::CountMismatch]
    );
    // A clause closing with 等 may stand for more: the list stays open.
    quiet("注重四种方式：注重发挥甲优势；注重丙招商；注重丁、戊等。\n");
    quiet("抓好三类项目：续建甲、乙等工程，新开丙；储备丁；谋划戊等。\n");
}

#[test]
fn slogan_note_term_with_a_long_lead_before_its_count() {
    let note = |term: &str, list: &str| format!("全面实施{term}。\n名词解释\n1.{term}：{list}\n");
    // The lead names the field; the count and its measure word are the slogan.
    let four = "窗口下沉行动、审批提速行动、服务提质行动、回访暖心行动。";
    assert_eq!(
        slogan_reads(&note("优化提升政务服务四大行动", four)),
        vec![("四大行动".to_string(), vec![4])]
    );
    quiet(&note("优化提升政务服务四大行动", four));
    assert!(!codes(&note("优化提升政务服务五大行动", four)).is_empty());
    // A list closed by 等 may hold fewer.
    quiet(&note(
        "全面推进乡村振兴十大行动",
        "包括产业振兴行动、人才振兴行动、文化振兴行动等。",
    ));
}

#[test]
fn slogan_note_of_prose_clauses_lists_no_names() {
    let note =
        |slogan: &str, text: &str| format!("深化“{slogan}”。\n名词解释\n1.“{slogan}”：{text}\n");
    // What was done and what came of it: not a list of two.
    quiet(&note(
        "五大改革",
        "围绕企业全生命周期推进改革，取得明显成效。",
    ));
    quiet(&note(
        "四项改革",
        "推进审批改革，深化监管改革，服务水平明显提升。",
    ));
    quiet(&note("三大工程", "统筹实施民生工程，群众满意度持续提高。"));
    // A comma list of names, each carrying the word, is still read.
    let names = "甲镇工程，乙镇工程，丙镇工程。";
    quiet(&note("三大工程", names));
    assert_eq!(
        slogan_reads(&note("三大工程", names)),
        vec![("三大工程".to_string(), vec![3])]
    );
    assert_eq!(codes(&note("四大工程", names)), vec![Code::SloganCount]);
}

#[test]
fn things_added_are_within_the_stock_or_the_longer_span() {
    // `新增…N、总量达到M`, `新增N，三年新增M`, `…N条，累计…M条`: what
    // was added is within the stock it joined or the longer span's count.
    quiet("全年新增挂牌企业6家、总量达到21家。\n");
    quiet("新注册商户3.1万户，三年新增8.2万户，总量达到30万户。\n");
    quiet("实施背街小巷提升工程9条，累计提升40条。\n");
    // Things closed may leave a smaller stock; an aim, or another doing
    // over the years, is no part.
    quiet("全年关停小作坊30家、总数为20家。\n");
    quiet("计划新增托育机构15所、总数达到12所。\n");
    quiet("实施背街小巷提升工程9条，累计完成6条。\n");
    quiet("新建学校5所，三年新增幼儿园4所。\n");
    assert_eq!(
        codes("全年新增挂牌企业26家、总量达到21家。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("新注册商户9.1万户，三年新增8.2万户。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("实施背街小巷提升工程49条，累计提升40条。\n"),
        vec![Code::PartExceedsWhole]
    );
    // The stock first, then what was added to it right after.
    quiet("规上企业总数达到640家、净增58家。\n");
    quiet("计划挂牌企业总数达到20家、新增25家。\n");
    quiet("规上企业640家、净增658家。\n");
    assert_eq!(
        codes("规上企业总数达到640家、净增658家。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Things named and a verb of reaching are a stock though no 总数
    // names it; not a figure per head, nor an aim.
    quiet("规上企业达到640家，净增58家。\n");
    assert_eq!(
        codes("规上企业达到640家，净增658家。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("科技型企业增至90家，新增96家。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("人均公园绿地面积达到15平方米，新增40万平方米。\n");
    quiet("力争规上企业达到40家，新增58家。\n");
    // Things certified that year joined the stock too.
    quiet("新认定高新技术企业12家，总数达到85家。\n");
    assert_eq!(
        codes("新认定高新技术企业92家，总数达到85家。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn uplift_joined_to_work_counts_things_done() {
    // `改造提升8万亩`, `规范提升15个`: `提升` joined to a verb of work
    // before a count of things is work done, a part to add up.
    assert_eq!(
        codes("建设农田9万亩，其中新建农田3万亩、改造提升8万亩。\n"),
        vec![Code::PartsExceedWhole]
    );
    assert_eq!(
        codes("实施卫生室项目20个，其中新建8个、规范提升15个。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("建设农田9万亩，其中新建农田3万亩、改造提升6万亩。\n");
    // A rate, a rank or points raised stay changes.
    quiet("办理事项20项，其中即办件8项、效率提升15%。\n");
    quiet("全市排名20位，其中环境指标排名提升25位。\n");
    quiet("实施学校项目20个，其中新建8个、排名提升15个位次。\n");
}

#[test]
fn a_heading_holding_and_is_one_subject_of_respectively() {
    // `社会保障和就业支出` is one budget heading: three subjects or four,
    // not surely four.
    quiet("教育、卫生健康、社会保障和就业支出分别为42.1亿元、25.6亿元和38.7亿元。\n");
    quiet("制造业、建筑业、批发和零售业增加值分别增长6.1%、3.2%、5.5%。\n");
    quiet("交通运输、农林水、文化旅游体育与传媒支出分别增长4%、6%和2%。\n");
    quiet("教育、科技、文化和旅游支出分别增长6.2%、12.5%、4.1%。\n");
    // A plain list closed by `和` still counts four names.
    assert_eq!(
        codes("教育、卫生、社保和就业支出分别为42.1亿元、25.6亿元和38.7亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Against too few values for either reading, still a slip.
    assert_eq!(
        codes("教育、卫生健康、社会保障和就业支出分别为42.1亿元、25.6亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn the_share_of_firms_at_a_loss_is_bounded() {
    // `亏损面`: the share of firms running at a loss, at most all of them.
    assert_eq!(
        codes("规上工业企业亏损面收窄至112.1%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("规上工业企业亏损面收窄至12.1%。\n");
    // The loss itself may fall or grow by any share.
    quiet("亏损企业亏损额增长112.1%。\n");
    quiet("亏损面扩大的势头得到遏制，亏损额下降35%。\n");
}

#[test]
fn a_level_at_the_start_of_the_year_opens_a_growth() {
    // `由年初的A增加到B，比年初增加C`: the change over the year.
    assert_eq!(
        codes("存款余额由年初的2860亿元增加到3120亿元，比年初增加360亿元。\n"),
        vec![Code::GrowthMismatch]
    );
    quiet("存款余额由年初的2860亿元增加到3120亿元，比年初增加260亿元。\n");
    quiet("贷款余额由年初的1800亿元增加到1980亿元，增长10%。\n");
    // A start of the year that is no level: nothing to compare.
    quiet("年初以来，存款余额增加到3120亿元，增长8%。\n");
}

#[test]
fn an_implied_amount_is_shown_in_the_stated_scale() {
    // `259亿–261亿元`, not the amount in plain yuan.
    let config = Config::default();
    let doc = Document::parse(
        format!("{TITLE}存款余额由2860亿元增加到3120亿元，增加360亿元。\n"),
        &config,
    );
    let found = check(&doc, &Context::alone(&config));
    let growth: Vec<_> = found
        .iter()
        .filter(|d| d.code() == Code::GrowthMismatch)
        .map(|d| {
            report_analysis::messages::message(&d.finding, report_analysis::messages::Locale::Zh)
        })
        .collect();
    assert_eq!(growth.len(), 1, "{growth:?}");
    assert!(growth[0].contains("259亿–261亿元"), "{growth:?}");
}

#[test]
fn a_load_against_a_design_capacity_may_pass_it() {
    // `负荷率`: a plant run past its design capacity.
    quiet("污水处理厂平均负荷率达到105%。\n");
    quiet("城市供水厂负荷率为112%，需加快扩容。\n");
    // The share of sewage treated stays bounded.
    assert_eq!(
        codes("城市污水处理率达到105%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_plans_end_compared_with_after_respectively_is_a_base() {
    // `分别较“十三五”末增加…`: the base says nothing of the values.
    assert_eq!(
        codes(
            "高速公路、铁路里程分别达到386公里和265公里，分别较“十三五”末增加52公里、31公里和86公里。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    quiet("高速公路、铁路里程分别达到386公里和265公里，分别较“十三五”末增加52公里和86公里。\n");
    quiet("城镇、农村居民收入分别较“十三五”末增长32%、41%。\n");
}

#[test]
fn values_after_respectively_may_be_listed_with_commas() {
    // `分别达到41260元，21350元`: a clause that is one value alone goes on
    // the list; text in ASCII punctuation writes `41260元,21350元.`.
    quiet("城乡居民收入分别达到41260元，21350元，分别增长4.9%，7.1%。\n");
    quiet("城乡居民收入分别达到41260元,21350元,分别增长4.9%,7.1%.\n");
    assert_eq!(
        codes("城乡居民收入分别达到41260元,21350元,分别增长4.9%,7.1%,3.3%.\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("甲、乙、丙三县分别完成投资12亿元，15亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // A clause with words of its own, or a value of another unit, is no
    // value of the list.
    quiet("甲、乙两县分别增长8%、9%，10%的增速居全市前列。\n");
    quiet("甲、乙两县分别完成投资12亿元、15亿元，3000人就业。\n");
}

#[test]
fn a_list_of_values_cut_at_the_end_of_a_line_is_not_counted() {
    // `41260元、` then a page number: the values go on past the break.
    quiet("城镇、农村居民收入分别达到41260元、\n— 6 —\n21350元，增长较快。\n");
    quiet("甲、乙、丙三县分别完成投资12亿元、15亿元和\n第 3 页\n9亿元。\n");
    // A list closed on its line is still counted.
    assert_eq!(
        codes("城镇、农村居民收入分别达到41260元、21350元、18800元。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_rate_after_the_amount_of_a_change_is_read_too() {
    // `由A增加到B，增收C，增长X%`: both changes are of the same levels.
    assert_eq!(
        codes("一般公共预算收入由56亿元增加到61.2亿元，增收5.2亿元，增长19.3%。\n"),
        vec![Code::GrowthMismatch]
    );
    quiet("一般公共预算收入由56亿元增加到61.2亿元，增收5.2亿元，增长9.3%。\n");
    quiet("常住人口由312万人增加到318万人，净增6万人，增长1.9%。\n");
    // `净增`, `增收` state the change as `增加` does.
    assert_eq!(
        codes("常住人口由312万人增加到318万人，净增8万人。\n"),
        vec![Code::GrowthMismatch]
    );
    // Output's rate is at comparable prices; an average has its years.
    quiet("地区生产总值由1200亿元增加到1300亿元，增加100亿元，增长6.1%。\n");
    quiet("税收收入由40亿元减少到38亿元，减收2亿元，增长3%的非税收入弥补了缺口。\n");
}

#[test]
fn a_fall_of_an_amount_that_may_turn_negative_may_pass_all_of_it() {
    // A profit turned into a loss falls by more than 100%.
    quiet("规上工业企业利润总额下降126.5%，由盈转亏。\n");
    quiet("外贸顺差减少112%，转为逆差。\n");
    // Revenue and output cannot fall past zero.
    assert_eq!(
        codes("规上工业企业营业收入下降126.5%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("土地出让收入下降112%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_change_of_another_subject_after_two_levels_is_not_theirs() {
    // `，户籍城镇化率提高…`: the change names its own subject.
    quiet("常住人口城镇化率由60.2%提高到62.1%，户籍城镇化率提高1.5个百分点。\n");
    quiet("一般公共预算收入由52亿元增加到56亿元，税收收入增长12.6%。\n");
    quiet("城镇登记失业率由3.6%降至3.2%，青年失业率下降2个百分点。\n");
    // Words of a base, a period or an average still lead to the levels' own.
    let points = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        check(&doc, &Context::alone(&config))
            .iter()
            .filter(|d| d.code() == Code::PointsMismatch)
            .count()
    };
    assert_eq!(
        points("常住人口城镇化率由60.2%提高到62.1%，比上年提高1.5个百分点。\n"),
        1
    );
    assert_eq!(
        points("常住人口城镇化率由60.2%提高到62.1%，户籍城镇化率提高1.5个百分点。\n"),
        0
    );
    assert_eq!(
        points("森林覆盖率由41%提高到43%，林木绿化率提高3.2个百分点。\n"),
        0
    );
    assert_eq!(
        codes("财政收入由2020年的86亿元增加到2025年的120亿元，年均增长8.9%。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("出口额由150亿元增加到260亿元，较“十三五”末增长63.3%。\n"),
        vec![Code::GrowthMismatch]
    );
}

/// The name of each share over 100%, as its message gives it.
fn rate_names(text: &str) -> Vec<String> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter_map(|d| match d.finding {
            report_analysis::Finding::RateOutOfRange { name, .. } => Some(name.to_string()),
            _ => None,
        })
        .collect()
}

/// Older reports print figures full-width (`３０％`) or spell them
/// (`百分之三十`): a share's earlier value is read back over either, so the
/// share is named, not the words and the value before it.
#[test]
fn a_share_moved_from_a_value_printed_full_width_or_spelled() {
    for text in [
        "城镇人口占总人口的比重由30%提高到135%。\n",
        "城镇人口占总人口的比重由３０％提高到１３５％。\n",
        "城镇人口占总人口的比重由百分之三十提高到百分之一百三十五。\n",
        "城镇人口比重由百分之三十提高到百分之一百三十五。\n",
    ] {
        assert_eq!(rate_names(text), vec!["比重"], "{text}");
    }
    quiet("城镇人口比重由百分之三十提高到百分之四十五。\n");
    quiet("森林覆盖率由３０％提高到４５．５％。\n");
}

/// A period read from years printed full-width (`从２００２年的…增加到２００７年的…`)
/// as from half-width ones: the average rate over five years is checked.
#[test]
fn growth_over_years_printed_full_width() {
    assert_eq!(
        codes(
            "财政收入从２００２年的１．８９万亿元增加到２００７年的５．１３万亿元，年均增长３２．１％。\n"
        ),
        vec![Code::GrowthMismatch]
    );
    quiet(
        "财政收入从２００２年的１．８９万亿元增加到２００７年的５．１３万亿元，年均增长２２．１％。\n",
    );
}

#[test]
fn a_lead_of_two_counts_over_its_subsections() {
    // `N个方面、M项工作：` counts the subsections and the lines numbered on
    // through them.
    let tasks = |aspects: &str, tasks: &str| {
        format!(
            "二、今年工作安排\n今年要抓好以下{aspects}方面、{tasks}具体工作：\n（一）壮大实体经济\n1.做强工业。推动技改。\n2.做优农业。扩大种植。\n（二）推进城乡融合\n3.提升城区。完善管网。\n4.美化乡村。整治村容。\n（三）增进民生福祉\n5.办好教育。新建学校。\n三、加强政府自身建设\n依法行政。\n"
        )
    };
    quiet(&tasks("三个", "5项"));
    assert_eq!(codes(&tasks("四个", "5项")), vec![Code::CountMismatch]);
    assert_eq!(codes(&tasks("三个", "6项")), vec![Code::CountMismatch]);
    // Numbering that restarts under each subsection, or none: the second
    // count has no list of its own, the aspects are still the subsections.
    let restarting = |aspects: &str| {
        format!(
            "二、今年工作安排\n今年要抓好以下{aspects}方面、6项具体工作：\n（一）壮大实体经济\n1.做强工业。推动技改。\n2.做优农业。扩大种植。\n（二）推进城乡融合\n1.提升城区。完善管网。\n2.美化乡村。整治村容。\n（三）增进民生福祉\n1.办好教育。新建学校。\n三、加强政府自身建设\n依法行政。\n"
        )
    };
    quiet(&restarting("三个"));
    assert_eq!(codes(&restarting("四个")), vec![Code::CountMismatch]);
    // Two quoted counts whose words every subsection holds each count them.
    let quoted = |first: &str, second: &str| {
        format!(
            "二、今年工作安排\n为此，要做到“{first}着力”、建成“{second}新区”：\n（一）着力壮大产业，建成繁荣新区\n推动技改。\n（二）着力改善环境，建成秀美新区\n整治河道。\n（三）着力增进民生，建成安居新区\n新建学校。\n三、加强政府自身建设\n依法行政。\n"
        )
    };
    quiet(&quoted("三个", "三个"));
    assert_eq!(codes(&quoted("四个", "三个")), vec![Code::CountMismatch]);
    assert_eq!(codes(&quoted("三个", "两个")), vec![Code::CountMismatch]);
    // Words the subsections do not hold: neither count is read.
    quiet(
        "二、今年工作安排\n为此，要做到“四个优先”、建成“两个高地”：\n（一）着力壮大产业\n推动技改。\n（二）着力改善环境\n整治河道。\n（三）着力增进民生\n新建学校。\n三、加强政府自身建设\n依法行政。\n",
    );
}

#[test]
fn a_lead_whose_colon_is_followed_by_a_note_marker() {
    let lead = |count: &str| {
        format!(
            "一、过去一年工作回顾\n一年来，我们着力抓了以下{count}方面的改革： [1]\n（一）深化园区改革\n园区扩容。\n（二）深化财税改革\n税源培育。\n（三）深化要素改革\n土地流转。\n二、今年工作安排\n稳中求进。\n注释\n[1]改革：指本县确定的重点改革任务。\n"
        )
    };
    quiet(&lead("三个"));
    assert_eq!(codes(&lead("四个")), vec![Code::CountMismatch]);
}

#[test]
fn ordinals_after_an_ascii_colon_parted_by_ascii_semicolons() {
    let ordinals = |count: &str| {
        format!(
            "今年着重抓好以下{count}方面工作:一是稳住工业生产;二是扩大有效投资;三是提升城乡品质。\n"
        )
    };
    quiet(&ordinals("三个"));
    assert_eq!(codes(&ordinals("四个")), vec![Code::CountMismatch]);
    // The full-width form, read as before.
    quiet("今年着重抓好以下三个方面工作：一是稳住工业生产；二是扩大有效投资；三是提升城乡品质。\n");
}

#[test]
fn deeds_whose_numbering_skips_or_switches_are_left_unread() {
    let annex = |count: &str, marks: [&str; 5]| {
        let mut s = format!(
            "一、今年工作安排\n今年继续办好{count}件民生实事。\n二、加强政府自身建设\n依法行政。\n附件\n2031年{count}件民生实事\n"
        );
        for m in marks {
            s.push_str(&format!("{m}新建一批便民设施。\n"));
        }
        s
    };
    let plain = ["一、", "二、", "三、", "四、", "五、"];
    quiet(&annex("五", plain));
    assert!(codes(&annex("六", plain)).contains(&Code::CountMismatch));
    // A skipped number, or the numbering going on another way: abstain.
    quiet(&annex("五", ["一、", "二、", "三、", "五、", "六、"]));
    quiet(&annex("五", ["一、", "二、", "三、", "（四）", "（五）"]));
    // Ordinals that skip one in the paragraph.
    let ordinals = |marks: [&str; 5]| {
        format!(
            "今年继续办好五件民生实事：{}。\n",
            marks.map(|m| format!("{m}新建便民设施")).join("；")
        )
    };
    quiet(&ordinals(["一是", "二是", "三是", "五是", "六是"]));
    assert_eq!(
        codes(&ordinals(["一是", "二是", "三是", "四是", "五是"]).replace("五件", "六件")),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_quoted_count_restated_by_the_leads_count_of_aspects() {
    let lead = |quoted: &str, aspects: &str| {
        format!(
            "二、今年工作安排\n“{quoted}持续抓好”即重点抓好{aspects}方面工作：\n（一）持续抓好园区建设\n推动技改。\n（二）持续抓好城乡融合\n整治河道。\n（三）持续抓好民生保障\n新建学校。\n三、加强政府自身建设\n依法行政。\n"
        )
    };
    quiet(&lead("三个", "三"));
    assert_eq!(codes(&lead("三个", "四")), vec![Code::CountMismatch]);
    assert_eq!(codes(&lead("四个", "三")), vec![Code::CountMismatch]);
}

#[test]
fn programmes_named_by_what_they_do() {
    // Names of campaigns and action plans are deeds; the count still
    // counts them.
    let plans = |count: &str| {
        format!("旧城改造扎实推进，街巷整治、管网更新、配套设施建设{count}行动计划全面实施。\n")
    };
    quiet(&plans("三个"));
    assert_eq!(codes(&plans("四个")), vec![Code::CountMismatch]);
    let campaigns = |count: &str| {
        format!("开展信贷扩面提质、不良资产清收、金融秩序整顿{count}攻坚战，稳住金融基本盘。\n")
    };
    quiet(&campaigns("三个"));
    assert_eq!(codes(&campaigns("四个")), vec![Code::CountMismatch]);
}

#[test]
fn a_space_between_deng_and_its_count() {
    // A text taken from a PDF may keep a space after 等.
    quiet("东方医院、南湖医院等 5家医疗单位对口帮扶我县。\n");
    assert_eq!(
        codes("东方医院、南湖医院、西山医院等 2家医疗单位对口帮扶我县。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_body_gloss_past_the_words_naming_a_slogan() {
    // A colon or `，即` after a few words that say what the slogan is.
    let rule = |slogan: &str, list: &str| format!("严格执行“{slogan}”规定：{list}。\n");
    let four = "退休不退责任、退休不退政策、退休不退帮扶、退休不退监管";
    quiet(&rule("四个不退", four));
    assert_eq!(codes(&rule("五个不退", four)), vec![Code::SloganCount]);
    let rings = |slogan: &str, list: &str| format!("推进“{slogan}”服务圈，即{list}。\n");
    let three = "10分钟购物圈、10分钟健身圈、10分钟阅读圈";
    quiet(&rings("3个10分钟", three));
    assert_eq!(
        codes(&rings("3个10分钟", "10分钟购物圈、10分钟健身圈")),
        vec![Code::SloganCount]
    );
    quiet(&rings("三个10分钟", three));
    // `即将`, `即使` open no gloss.
    quiet("推进“四个不退”工作，即将开展甲、乙、丙。\n");
}

#[test]
fn items_each_opened_by_the_counted_word_are_not_grouped() {
    // `提升甲和提升乙` is two things: three in all where two are counted.
    assert_eq!(
        codes("实现“双提高”：提高甲质量、提高乙效率和提高丙水平。\n"),
        vec![Code::SloganCount]
    );
    quiet("实现“双提高”：提高甲质量和提高乙效率。\n");
    quiet("实现“三提高”：提高甲质量、提高乙效率和提高丙水平。\n");
}

#[test]
fn a_note_naming_several_slogans_each_with_its_list_names_them_all() {
    let note = |lists: &str| format!("整治“两慢、三难”问题。[1]\n注释\n[1]两慢、三难：{lists}\n");
    let held = note("“两慢”是审批慢、落地慢；“三难”是融资难、用工难、用地难。");
    quiet(&held);
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{held}"), &config);
    let whole = report_analysis::checks::slogan_readings(&doc)
        .into_iter()
        .find(|r| r.slogan == "两慢、三难")
        .expect("the whole is read");
    assert_eq!(whole.listed, vec![2, 3]);
    // A name its own list refutes is reported once, on its own.
    assert_eq!(
        codes(&note("“两慢”是审批慢、落地慢；“三难”是融资难、用工难。")),
        vec![Code::SloganCount]
    );
}

#[test]
fn ordinal_lists_after_ascii_punctuation() {
    // A draft typed with ASCII `:` `,` `;` throughout: the same `一是…` list.
    assert_eq!(
        codes("今年要把握好三个方面:一是稳住工业;二是做活消费。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("今年实施“三项行动”,一是壮大甲类产业;二是建设乙类集镇。\n"),
        vec![Code::CountMismatch]
    );
    quiet(
        "今年要把握好三个方面:一是稳住工业;二是做活消费;三是守牢底线。做好这三个方面的工作,关键在落实。\n",
    );
    quiet("城镇化率提高2个百分点,一是甲;二是乙。\n");
}

#[test]
fn code_slogans_in_full_width_digits() {
    // `“２３２”工程` is the code `232`, its note read the same way.
    assert_eq!(
        codes("实施“２３２”工程①。\n注释\n①“２３２”工程：两个园区、两条通道、两个中心建设工程。\n"),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes("实施“１＋３”行动①。\n注释\n①“１＋３”行动：１个甲行动、２个乙行动。\n"),
        vec![Code::SloganCount]
    );
    quiet("实施“２３２”工程①。\n注释\n①“２３２”工程：两个园区、三条通道、两个中心建设工程。\n");
    quiet("实施“１＋３”行动①。\n注释\n①“１＋３”行动：１个甲行动、３个乙行动。\n");
}

#[test]
fn a_level_set_against_a_past_period_is_no_share() {
    // Against last year an area or a count may pass 100%.
    quiet("商品房销售面积为上年的130%。\n");
    quiet("绿化面积达到上年的112%，有专职医生的村相当于去年同期的105%。\n");
    // A share of the whole area cannot; nor an earlier value's share.
    assert_eq!(
        codes("绿化面积达到全县的105%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("森林覆盖率由上年的80%提高到105%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_count_after_the_list_that_refers_back_with_zhe() {
    // `做好这两个方面的工作` right after three 方面 restates the list wrongly.
    assert_eq!(
        codes(
            "要把握好三个方面：一是稳中求进；二是改革创新；三是人民至上。做好这两个方面的工作，关键在落实。\n"
        ),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("今年重点抓好两件事：一是修路，二是建校。这三件事都要抓好。\n"),
        vec![Code::CountMismatch]
    );
    quiet(
        "要把握好三个方面：一是稳中求进；二是改革创新；三是人民至上。做好这三个方面的工作，关键在落实。\n",
    );
    quiet("今年重点抓好两件事：一是修路，二是建校。这两件事都关系群众切身利益。\n");
    // Another noun, or a count deep in the sentence, is not the list's.
    quiet("采取三项措施：一是减税，二是降费，三是稳岗。这两项工作成效明显。\n");
    quiet("今年重点抓好两件事：一是修路，二是建校。全县上下要集中精力做好这三件事中的前两件。\n");
}

#[test]
fn the_rest_of_a_whole_after_those_done_is_a_part() {
    // `已完成A项，剩余B项`: done and the rest, both within the whole.
    quiet("排查出12项安全隐患，已完成5项，剩余7项正在推进。\n");
    assert_eq!(
        codes("排查出12项安全隐患，已完成5项，剩余17项正在推进。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_whole_counted_in_two_measures_is_read_in_both() {
    // `800户2100人，其中300户750人`: households and persons alike.
    quiet("易地搬迁群众800户2100人全部入住，其中300户750人在园区就业。\n");
    assert_eq!(
        codes("易地搬迁群众800户2100人全部入住，其中300户2750人在园区就业。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn things_built_then_finished_are_among_those_built() {
    // `建设…N套，竣工M套`: those finished are among those being built.
    quiet("建设保障性住房3000套，竣工2600套，分配入住2100套。\n");
    assert_eq!(
        codes("建设保障性住房3000套，竣工3600套，分配入住2100套。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("建设乡村公路40条、建成通车31条。\n");
    assert_eq!(
        codes("建设乡村公路40条、建成通车41条。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Newly built ones are not said to be those finished.
    quiet("新建保障性住房3000套，竣工3600套。\n");
}

#[test]
fn a_whole_reached_in_a_year_printed_with_it_is_no_base() {
    // `由2020年的A增加到2025年的B，其中…`: B is the level reached, the
    // whole of the parts, at both years.
    quiet(
        "全县公路里程由2020年的1800公里增加到2025年的2300公里，其中农村公路由900公里增加到1400公里。\n",
    );
    assert_eq!(
        codes(
            "全县公路里程由2020年的1800公里增加到2025年的2300公里，其中农村公路由900公里增加到4200公里。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes(
            "全县公路里程由2020年的1800公里增加到2025年的2300公里，其中农村公路由1900公里增加到2200公里。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    // `比2020年的A`: a base, no whole.
    quiet("全县公路里程达到2300公里，比2020年的1800公里增加500公里，其中农村公路增加300公里。\n");
}

#[test]
fn outcomes_of_a_review_are_among_the_things_reviewed() {
    // `清理文件N件，废止A件，修订B件`: those decided on were reviewed.
    quiet("全面清理县政府规范性文件320件，废止41件，修订57件。\n");
    assert_eq!(
        codes("全面清理县政府规范性文件320件，废止41件，修订357件。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("对以前印发的320件规范性文件进行全面清理，废止410件，宣布失效12件。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Nothing reviewed: the counts are of things done besides.
    quiet("印发规范性文件32件，废止41件。\n");
}

#[test]
fn exports_are_within_the_trade_total() {
    // No `其中`: exports named first in their clause, in the total's unit.
    quiet("外贸进出口总额达到120亿美元，增长8%；出口总额75亿美元，增长10%。\n");
    assert_eq!(
        codes("外贸进出口总额达到120亿美元，增长8%；出口总额175亿美元，增长10%。\n"),
        vec![Code::PartExceedsWhole]
    );
    // At both levels of a change.
    quiet("外贸进出口总额由80亿美元增加到120亿美元；出口总额由50亿美元增加到75亿美元。\n");
    assert_eq!(
        codes("外贸进出口总额由80亿美元增加到120亿美元；出口总额由50亿美元增加到175亿美元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Services exports, or another unit: no part read.
    quiet("货物进出口总额120亿美元；服务贸易出口175亿美元。\n");
    quiet("外贸进出口总额120亿美元；出口总额875亿元。\n");
}

#[test]
fn this_years_amount_is_within_its_plan_periods_total() {
    // `五年…关停X，今年要关停Y`: this year's within the period's.
    quiet("“十五”期间，关停小煤窑120处，今年要关停30处。\n");
    assert_eq!(
        codes("“十五”期间，关停小煤窑120处，今年要关停300处。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A list, value by value after `分别`.
    quiet("五年压减落后水泥产能800万吨、落后玻璃产能600万吨，今年力争分别压减200万吨和150万吨。\n");
    assert_eq!(
        codes(
            "五年压减落后水泥产能800万吨、落后玻璃产能600万吨，今年力争分别压减200万吨和750万吨。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    // Another verb this year, or no period named: no part read.
    quiet("“十五”期间，关停小煤窑120处，今年要新建300处。\n");
    quiet("去年关停小煤窑120处，今年要关停300处。\n");
    // A period gone by, said so or a plan this report's year is past:
    // this year is after it, not within it.
    quiet("过去五年，关停小煤窑120处，今年要关停150处。\n");
    quiet("“十五五”期间，关停小煤窑120处，今年要关停150处。\n");
    assert_eq!(
        codes("“十六五”期间，关停小煤窑120处，今年要关停150处。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn kinds_of_a_total_are_within_it() {
    // `共N项指标，A项约束性指标…，B项预期性指标…`: each kind within the total.
    quiet("五年规划共设置40项指标，18项约束性指标全部完成，22项预期性指标中19项达标。\n");
    assert_eq!(
        codes("五年规划共设置40项指标，18项约束性指标全部完成，42项预期性指标中19项达标。\n"),
        vec![Code::PartExceedsWhole]
    );
    // No `共`, or things newly added: no total to break down.
    quiet("规划设置40项指标，48项约束性指标全部完成。\n");
    quiet("共新增40项指标，48项约束性指标全部完成。\n");
}

#[test]
fn a_sum_over_years_after_the_parts_is_no_part() {
    // A task of its own, or a sum over years, after `；` or `，`: no part.
    quiet("全县有中小学40所，其中城区学校12所；新建改建学校48所。\n");
    quiet("全县有中小学40所，其中城区学校12所；五年新建改建学校48所。\n");
    quiet("全县有中小学40所，其中城区学校12所，五年新建改建学校48所。\n");
    // Parts named plainly run on over `；`.
    assert_eq!(
        codes("全县有中小学40所，其中城区学校12所；农村学校48所。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn of_which_as_the_object_of_a_clause() {
    // `对其中`, `把其中`: `其中` taken up as an object early in its clause
    // still names a part of the whole before.
    assert_eq!(
        codes("今年重点扶持200家企业，已对其中230家提供贷款贴息。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("今年重点扶持200家企业，已对其中80家提供贷款贴息。\n");
    assert_eq!(
        codes("全县选择300个村开展整治，把其中360个中心村建成示范村。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县选择300个村开展整治，把其中60个中心村建成示范村。\n");
    // A level raised to after the part is no second part.
    quiet("全县扶持200家企业，去年已对其中80家发放贴息，今年要扩大到150家。\n");
    // `对` far into a clause with figures of its own opens no parts.
    quiet("全县扶持200家企业，新增贷款30亿元对其中300家以上的农户帮扶。\n");
}

#[test]
fn growth_based_on_a_level_its_subject_named_earlier() {
    // No indicator named: the same words before both money levels name
    // one measure, and the rate runs from the earlier level, printed in
    // the review; two more targets of the plan's paragraph follow from
    // their bases, so the pairing is sure.
    let text = |rate: &str| {
        format!(
            "一、过去一年工作回顾\n县级财政科技投入1.5亿元，增长10%。县级财政农业投入2.4亿元，增长5%。县级财政交通投入4.6亿元，增长6%。\n二、今年工作安排\n今年县级财政科技投入1.8亿元，增长{rate}；县级财政农业投入2.64亿元，增长10%；县级财政交通投入5.06亿元，增长10%。\n"
        )
    };
    quiet(&text("20%"));
    assert_eq!(codes(&text("35%")), vec![Code::GrowthMismatch]);
    // Within a point: a planned level is a round figure.
    quiet(&text("20.8%"));
    // One pairing alone: the name may stand for two scopes in two parts.
    quiet(
        "一、过去一年工作回顾\n县级财政科技投入1.5亿元，增长10%。\n二、今年工作安排\n今年县级财政科技投入1.8亿元，增长35%。\n",
    );
    // In one part: two scopes or spans of one year, not a base.
    quiet(
        "县级财政科技投入1.5亿元，增长10%。县级财政农业投入2.4亿元。县级财政交通投入4.6亿元。\n今年县级财政科技投入1.8亿元，增长35%；县级财政农业投入2.64亿元，增长10%；县级财政交通投入5.06亿元，增长10%。\n",
    );
    // Two earlier levels named alike: no unique base, no reading.
    quiet(
        "县级财政科技投入1.5亿元。县级财政科技投入1.2亿元。\n今年县级财政科技投入1.8亿元，增长35%。\n",
    );
    // Other words before the earlier level name another measure.
    quiet("县级财政教育投入1.5亿元。\n今年县级财政科技投入1.8亿元，增长35%。\n");
}

#[test]
fn growth_from_an_earlier_base_stands_when_its_paragraph_agrees() {
    // The plan's targets mostly follow from the review's results: the one
    // that does not is a slip. Mostly not: the bases are another scope.
    let text = |a: &str, b: &str| {
        format!(
            "一、过去一年工作回顾\n社会消费品零售总额50.2亿元，增长6%；一般公共预算收入10.4亿元，增长5%；固定资产投资80.6亿元，增长8%。\n二、今年工作安排\n主要预期目标是：社会消费品零售总额55.22亿元，增长10%；一般公共预算收入11.44亿元，增长{a}；固定资产投资88.66亿元，增长{b}。\n"
        )
    };
    quiet(&text("10%", "10%"));
    assert_eq!(codes(&text("18%", "10%")), vec![Code::GrowthMismatch]);
    quiet(&text("18%", "20%"));
}

#[test]
fn a_change_of_money_and_a_part_changed_by_the_same_verb() {
    // `增收A，其中B增收C`: the part is some of the whole's change.
    assert_eq!(
        codes("全年财政增收1.3亿元，其中一般预算收入增收1.6亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全年财政增收1.3亿元，其中一般预算收入增收0.6亿元。\n");
    assert_eq!(
        codes("全县超收7200万元，其中县级超收8100万元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县超收7200万元，其中县级超收4100万元。\n");
    // A yearly average is no whole; a year names no subject.
    quiet("三年来年均超收2000亿元，其中去年超收2500亿元。\n");
}

#[test]
fn a_change_of_money_net_of_a_part_that_fell() {
    // Another part said to have fallen: the whole is a net change, and
    // the part that rose may exceed it.
    quiet("全年财政增收1.3亿元，其中税收增收1.6亿元，非税收入减收0.3亿元。\n");
    quiet("全年超收1.2亿元，其中税收超收1.5亿元，非税收入短收0.3亿元。\n");
    quiet("全县超收7200万元，其中县级超收8100万元，乡镇短收900万元。\n");
    quiet("全年财政增收1.3亿元，其中税收增收1.6亿元，非税收入下降12%。\n");
    quiet("全县超收5000万元，其中税收超收6000万元，非税收入超收-1000万元。\n");
    quiet("全年超收1.2亿元，其中税务部门超收1.5亿元，非税收入未完成预算。\n");
    // No part said to have fallen: still read.
    assert_eq!(
        codes("全年超收1.2亿元，其中税收超收1.5亿元，专项收入超收0.1亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn growth_from_an_earlier_level_of_another_span() {
    // A level of a part of the year is no base for the year's growth.
    quiet("一季度，县级财政教育投入1.2亿元。全年县级财政教育投入5.6亿元，增长8%。\n");
    quiet("上半年，全县社会消费品零售总额24亿元。全年全县社会消费品零售总额52亿元，增长8%。\n");
    // A year further back than the one before: the growth is over the
    // year before, not from it.
    quiet("2020年县财政交通投入3.1亿元。2024年县财政交通投入4.5亿元，增长10%。\n");
    quiet("2020年全县一般公共预算收入3.1亿元。2024年全县一般公共预算收入4.5亿元，增长10%。\n");
    // The year before, in the review before the plan, with the plan's
    // other targets following from theirs: read.
    let text = |rate: &str| {
        format!(
            "一、回顾\n2021年县财政交通投入3.2亿元，县财政教育投入5.4亿元，县财政卫生投入2.6亿元。\n二、安排\n2022年县财政交通投入3.5亿元，增长{rate}；县财政教育投入5.94亿元，增长10%；县财政卫生投入2.86亿元，增长10%。\n"
        )
    };
    quiet(&text("9.4%"));
    assert_eq!(codes(&text("20%")), vec![Code::GrowthMismatch]);
}

#[test]
fn parts_end_at_a_count_of_those_having_something() {
    // `已有N个…`, `去年有N家…`: those of the whole that have something,
    // cut another way than the parts.
    quiet("全县共有行政村210个，其中脱贫村86个，去年已有150个村集体收入超过10万元。\n");
    quiet("全县共有企业320家，其中规上企业86家，2024年有250家企业实现盈利。\n");
    quiet("全县共有行政村210个，其中脱贫村86个，今年有150个村集体收入超过10万元。\n");
    // A further part named like the first: still added up.
    assert_eq!(
        codes("全县共有行政村210个，其中脱贫村86个，一般村150个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn of_which_after_of_which_as_an_object() {
    // After `把其中N`/`对其中N`, a later `其中` may break down either whole.
    quiet("全年实施民生实事30件，把其中12件列入重点督办，其中基础设施类18件。\n");
    quiet("全年实施民生实事30件，对其中12件实行挂牌督办，其中基础设施类18件。\n");
    // The whole before a single `其中`: still read.
    assert_eq!(
        codes("全年实施民生实事30件，其中基础设施类38件。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_later_figure_over_ten_times_the_whole_opens_another_subject() {
    // Another subject after the parts: far past anything a misprint makes.
    quiet("全县有教职工6500人，其中专任教师5800人，在校生8.6万人。\n");
    quiet("全市共有养老机构86家，其中公办机构30家，床位1.2万张。\n");
    // A later part over the whole but within ten times it is still read.
    assert_eq!(
        codes("全县有教职工6500人，其中专任教师5800人，行政人员7200人。\n"),
        vec![Code::PartExceedsWhole]
    );
    // The first part is read at any size.
    assert_eq!(
        codes("全县有教职工6500人，其中专任教师8.6万人。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_bare_count_with_a_figure_of_its_own_after_the_parts_is_not_added() {
    // What some of the whole's things have: they may be among those named.
    quiet("全县共有行政村210个，其中脱贫村86个，150个村集体收入超过10万元。\n");
    // Parts named plainly still add up.
    assert_eq!(
        codes("全县共有行政村210个，其中脱贫村86个，非脱贫村150个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_note_list_restating_its_count_after_deng_shows_examples() {
    // `甲、乙等十项`: the names are examples of the ten, as with a bare 等.
    quiet("办好十件民生实事①。\n注释\n①2031年十件民生实事：新建学校3所、修缮村道40公里等十项。\n");
    quiet("推进五大工程①。\n注释\n①五大工程：甲工程、乙工程等5项重点工程。\n");
    // Without 等 the list is closed, and a short one is still counted.
    assert_eq!(
        codes("推进五大工程①。\n注释\n①五大工程：甲工程、乙工程、丙工程、丁工程。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn count_over_names_in_one_quote_parted_by_plus_signs() {
    quiet("推进“甲链+乙链+丙链”三链融合发展。\n");
    assert_eq!(
        codes("推进“甲链+乙链+丙链”四链融合发展。\n"),
        vec![Code::CountMismatch]
    );
    quiet("建设“东园+西园+南园”三大园区。\n");
    assert_eq!(
        codes("建设“东园+西园+南园”四大园区。\n"),
        vec![Code::CountMismatch]
    );
    // Two words joined by a plus sign may be one idea: read at the count
    // only.
    quiet("健全“链长+链主”双链机制。\n");
    quiet("健全“链长+链主”三链机制。\n");
    quiet("推进“互联网+政务服务”三个平台建设。\n");
}

#[test]
fn a_row_of_characters_in_quotes_is_read_at_its_count_only() {
    quiet("围绕“食住行游购”五要素完善配套设施。\n");
    quiet("分类标识“青白紫”三种颜色。\n");
    quiet("做好“山水林田湖草”六篇文章。\n");
    // Many quoted words are no row: another count is never judged.
    quiet("围绕“食住行游购”六要素完善配套设施。\n");
    quiet("抓好“菜篮子”两项工程。\n");
}

#[test]
fn titles_each_one_name_before_a_count() {
    quiet("本市《关于支持甲的若干措施》和《关于加强乙的若干措施》两个文件中各十条措施。\n");
    assert_eq!(
        codes("本市《关于支持甲的若干措施》和《关于加强乙的若干措施》三个文件中各十条措施。\n"),
        vec![Code::CountMismatch]
    );
    quiet("出版《甲》《乙》2部作品。\n");
    assert_eq!(
        codes("出版《甲》《乙》3部作品。\n"),
        vec![Code::CountMismatch]
    );
    // Before 等, whatever words the titles hold (a 和, a 指).
    quiet("印发《关于甲和乙的指导意见》《丙管理办法》《丁交易规则》等三个文件。\n");
    assert_eq!(
        codes("印发《关于甲和乙的指导意见》《丙管理办法》《丁交易规则》等两个文件。\n"),
        vec![Code::CountMismatch]
    );
    // Not an amount after the titles.
    quiet("依据《甲法》《乙条例》两个月内完成整改。\n");
}

#[test]
fn parts_along_different_lines_are_not_added() {
    // Traits of the same people, places of origin against industries,
    // groups by plight, things by what they concern: they may overlap.
    quiet("今年招聘社区工作者320人，其中女性180人、少数民族150人。\n");
    quiet("全年签约项目74个，其中市外项目50个、装备制造业项目40个。\n");
    quiet("全区公益性岗位安置1.5万人，其中高校毕业生0.8万人、就业困难人员0.9万人。\n");
    quiet("全年受理各类诉讼4100件，其中涉农诉讼2300件、涉企诉讼2200件。\n");
    quiet("新招录教师260人，其中硕士研究生120人、女性170人。\n");
    // Parts of one line still add up.
    assert_eq!(
        codes("今年招聘社区工作者320人，其中女性180人、男性150人。\n"),
        vec![Code::PartsExceedWhole]
    );
    assert_eq!(
        codes("全年签约项目74个，其中市内项目30个、市外项目50个。\n"),
        vec![Code::PartsExceedWhole]
    );
    assert_eq!(
        codes("全年签约项目74个，其中装备制造业项目40个、现代服务业项目38个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_whole_restated_on_another_basis_is_no_whole() {
    // Both levels stand before `其中`: the parts may break down either.
    quiet("税收收入9.4亿元，剔除留抵退税因素后为8.9亿元，其中增值税9.1亿元。\n");
    // The level as printed, alone: read.
    assert_eq!(
        codes("税收收入8.9亿元，其中增值税9.1亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_sum_over_years_is_no_base_of_a_year_growth() {
    // The sum over the plan period is not the year before's level.
    quiet(
        "五年来，全县一般公共预算收入累计完成96亿元。去年，全县一般公共预算收入达到21.5亿元，增长5.4%。\n",
    );
    // A level of the year before, in another part, with other targets of
    // the paragraph following from theirs: read.
    assert_eq!(
        codes(
            "一、回顾\n前年，全县一般公共预算收入完成20.4亿元，全县税收收入完成15.2亿元，全县非税收入完成5.2亿元。\n二、安排\n去年，全县一般公共预算收入达到21.5亿元，增长15%；全县税收收入达到16.72亿元，增长10%；全县非税收入达到5.72亿元，增长10%。\n"
        ),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn ratios_of_two_stocks_and_turnovers_may_pass_a_hundred() {
    // Bank reserves and margins, livestock sold over the herd, dues with
    // arrears, shares traded over shares issued.
    quiet("全县农商银行拨备覆盖率为245%，流动性覆盖率达到180%。\n");
    quiet("辖内保险公司核心偿付能力充足率为168%。\n");
    quiet("全县肉牛出栏率提高到132%。\n");
    quiet("城乡居民医保费收缴率达到102.3%。\n");
    quiet("全区职工养老保险费征缴率为104%。\n");
    quiet("区域股权市场挂牌股份年换手率为180%。\n");
    // Shares of a whole stay bounded.
    assert_eq!(
        codes("全县农村自来水覆盖率达到102%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("全县不良贷款率降至101%。\n"),
        vec![Code::RateOutOfRange]
    );
    // A bank's capital over its risk-weighted assets stays a share.
    assert_eq!(
        codes("全县农商银行资本充足率为113%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn names_joined_after_their_count_are_more_subjects() {
    // The count says how many names stand before it, not after.
    quiet("东、西两个物流园区和南站货场分别完成货运量86万吨、54万吨和31万吨。\n");
    // The names and their count alone: read.
    assert_eq!(
        codes("东、西两个物流园区分别完成货运量86万吨、54万吨和31万吨。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn parts_that_make_up_the_whole_end_before_another_measure() {
    // Sown area may pass the land it is sown on: another measure.
    quiet("全乡林地面积4.2万亩，其中公益林2.6万亩、商品林1.6万亩，林下种植面积5.1万亩。\n");
    // A part named like the others after them is still one.
    assert_eq!(
        codes("全乡林地面积4.2万亩，其中公益林2.6万亩、商品林1.6万亩，防护林5.1万亩。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Parts short of the whole: the next clause is still read.
    assert_eq!(
        codes("全乡林地面积4.2万亩，其中公益林2.6万亩，林下种植面积5.1万亩。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn note_terms_counting_a_quote_or_led_by_a_clause() {
    // A numeral and measure word before a quote: the quote is what it
    // counts.
    let counted = |n: &str, list: &str| {
        format!("推进{n}个“提质计划”。\n注释\n1.协作{n}个“提质计划”：指{list}。\n")
    };
    quiet(&counted("三", "甲提质计划、乙提质计划、丙提质计划"));
    // (A count of things the count rule reports too.)
    assert!(!codes(&counted("四", "甲提质计划、乙提质计划、丙提质计划")).is_empty());
    // The list after `具体内容是`, past a clause saying where it comes from.
    let led = |slogan: &str| {
        noted(
            slogan,
            "指上级会议提出的能力要求，具体内容是：规划能力、协调能力、执行能力、应变能力。",
        )
    };
    quiet(&led("四种能力"));
    // `，即` after the whole named by the counted noun: its members.
    let named = |slogan: &str| {
        noted(
            slogan,
            "甲部门、乙部门联合印发通知，围绕审批全过程共提出四项举措，即“简化甲”、“优化乙”、“规范丙”和“强化丁”。",
        )
    };
    quiet(&named("四项举措"));
    assert_eq!(codes(&named("五项举措")), vec![Code::SloganCount]);
    quiet(&noted(
        "三大任务",
        "指上级交给本市的“两个基地”“一个中心”任务，即把本市建成甲产品基地、乙产品基地、区域物流中心。",
    ));
    // Several names, a clause saying who set them before the first label.
    let text = "实现两突破、三提高。\n注释\n1.两突破、三提高：市委全会上提出，两突破：产业实现新突破，开放实现新突破。三提高：收入实现新提高，服务实现新提高，环境实现新提高。\n";
    quiet(text);
    let text = "实现两突破、三提高。\n注释\n1.两突破、三提高：市委全会上提出，两突破：产业实现新突破，开放实现新突破，改革实现新突破。三提高：收入实现新提高，服务实现新提高，环境实现新提高。\n";
    assert_eq!(codes(text), vec![Code::SloganCount]);
}

#[test]
fn a_part_past_the_things_added_is_a_part_of_the_stock() {
    // The part cannot be of the 26 added: the drafter meant the stock.
    quiet("全镇规上企业达到305家，新增26家，其中营业收入超亿元企业71家。\n");
    // Past the stock too: read against the stock.
    assert_eq!(
        codes("全镇规上企业达到305家，新增26家，其中营业收入超亿元企业371家。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Things added alone before `其中` stay the whole.
    assert_eq!(
        codes("全镇新增规上企业26家，其中营业收入超亿元企业31家。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_task_exceeded_or_handed_down_may_be_done_past_all_of_it() {
    // A quota of amounts, exceeded.
    quiet("超额完成省定的能耗双控任务，完成率为128%。\n");
    quiet("上级下达的造林绿化任务完成率达到117%。\n");
    // Tasks to settle stay bounded.
    assert_eq!(
        codes("中央环保督察交办问题整改完成率为103%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_total_named_after_the_parts_is_no_part() {
    // The stock of firms, named with its own bound, after the new ones.
    quiet("全年新登记经营主体2.3万户，其中企业5100户，企业总量突破3万户。\n");
    // The part before the total is still read.
    assert_eq!(
        codes("全年新登记经营主体2.3万户，其中企业2.6万户，企业总量突破3万户。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn schooling_and_rank_are_different_lines() {
    // A teacher has a degree and a title: the two are not added up.
    quiet("全区专任教师5400人，其中研究生学历1300人，高级职称4300人。\n");
    // Degrees alone add up.
    assert_eq!(
        codes("全区专任教师5400人，其中研究生学历1300人，本科学历4300人。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_base_printed_after_the_change_is_the_year_before() {
    // Level, growth, then last year's level: they agree.
    quiet("全区税收收入21.4亿元，增长7%，上年为20亿元。\n");
    quiet("农村居民人均可支配收入26750元，同比增长6.5%（上年为25117元）。\n");
    quiet("全区建成区绿化覆盖率43.2%，比上年提高0.8个百分点，上年为42.4%。\n");
    // GDP grows at comparable prices; a sentence saying so is another basis.
    quiet("全区地区生产总值412亿元，增长5.5%，上年为380亿元。\n");
    quiet("全区社会消费品零售总额168亿元，实际增长4%，上年为155亿元。\n");
    // Last year's growth, not its level.
    quiet("全区进出口总额36亿元，增长9%，上年为下降4%。\n");
    // They disagree: read.
    assert_eq!(
        codes("全区税收收入21.4亿元，增长3%，上年为20亿元。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("全区建成区绿化覆盖率43.2%，比上年提高1.8个百分点，上年为42.4%。\n"),
        vec![Code::PointsMismatch]
    );
}

#[test]
fn a_verb_of_issuing_ends_the_names_before_a_count() {
    // What was issued is counted, not the names before the verb.
    quiet("在事前、事中、事后共提出四项举措，即减环节、减材料、减时限、减跑动。\n");
    quiet("甲镇、乙镇、丙镇出台四项改革。\n");
    quiet("东区、西区、南区推行五条措施。\n");
    assert_eq!(codes("甲、乙、丙四项改革。\n"), vec![Code::CountMismatch]);
}

#[test]
fn a_half_width_full_stop_ends_its_sentence() {
    // Typed on a half-width keyboard: each `.` after a word ends a
    // sentence, and what follows is read apart.
    quiet("签约项目24个,其中已开工15个.新引进人才项目18个,带动就业1200人.\n");
    quiet("建成甲镇、乙镇等5个示范镇.我们围绕“两个中心”持续用力,建设一批创新平台.\n");
    quiet("两项指标分别增长6.2%、7.1%.全市三个园区全部通过评估.\n");
    quiet("全年用于“三农”的支出共86亿元,增长9%.同时,推进农业结构调整.\n");
    // The stops of the same text still bound what they hold.
    assert_eq!(
        codes("签约项目14个,其中已开工15个.新引进人才项目18个.\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("建成甲镇、乙镇、丙镇、丁镇等3个示范镇.我们持续用力.\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_rank_spaced_around_its_figure_is_an_ordinal() {
    quiet("城镇、农村居民收入增速分别居全省第 2 位、第 7 位。\n");
    quiet("两项指标增速分别居全国第 3 位和第 5 位.\n");
    assert_eq!(
        codes("城镇、农村、全体居民收入增速分别居全省第 2 位、第 7 位。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn slogans_of_ones_given_a_name_per_part_in_one_note() {
    // Each slogan of ones named before its own list, the list as many
    // plain names as its parts: they confirm it; the third names no list.
    let text = "建设“一上一下”“一左一右”[1]。\n注释\n1.“一上一下”“一左一右”“一镇一园”：“一上一下”，即甲新区和乙产业城；“一左一右”，即丙科技园和丁物流港；“一镇一园”，即每个镇建设1个小园区。\n";
    quiet(text);
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    let readings = report_analysis::checks::slogan_readings(&doc);
    for slogan in ["一上一下", "一左一右"] {
        assert!(
            readings
                .iter()
                .any(|r| r.slogan == slogan && r.listed == [1, 1] && r.differs.is_none()),
            "{readings:?}"
        );
    }
}

#[test]
fn a_part_of_no_number_labelled_in_the_note() {
    // `多X` counts nothing: its own labelled list is no part's.
    let list = "“一心”即甲城核心区，“两廊”即乙河走廊和丙山走廊，“多点”即丁镇、戊镇等节点。";
    let text = |slogan: &str| format!("构建“{slogan}”格局[1]。\n注释\n1.“一心两廊多点”：{list}\n");
    quiet(&text("一心两廊多点"));
    assert_eq!(codes(&text("一心三廊多点")), vec![Code::SloganCount]);
}

#[test]
fn respectively_after_a_name_joined_before_a_counted_list() {
    // The name before `和` is not among the two counted: three subjects.
    quiet("老城区和南、北两个新区分别新建学校4所、3所和2所。\n");
    assert_eq!(
        codes("甲、乙两个新区分别新建学校4所、3所和2所。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_after_jun_gives_each_the_one_value() {
    quiet("南街道、北街道均分别新建社区书屋2个。\n");
    assert_eq!(
        codes("南街道、北街道分别新建社区书屋2个。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn parts_from_places_of_different_widths_nest() {
    // Money from outside the province is from outside the city too.
    quiet("全年引进到位资金180亿元，其中县外资金150亿元、省外资金90亿元。\n");
    quiet("全年引进到位资金180亿元，其中省内资金120亿元、县外资金110亿元。\n");
    assert_eq!(
        codes("全年引进到位资金180亿元，其中县内资金120亿元、省外资金90亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn new_parts_beside_parts_by_industry_may_overlap() {
    quiet("全年减税降费36亿元，其中新增减税降费15亿元、工业企业受益24亿元。\n");
    assert_eq!(
        codes("全年减税降费36亿元，其中新增减税降费15亿元、延续减税降费24亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_rate_named_before_its_link_qualifying_things_is_no_share_of_them() {
    quiet("设计产能达产率达到108%的骨干企业有9家。\n");
    // A rate bounded by 100% is still read by its name.
    assert_eq!(
        codes("全县投产率达到104%的新建项目有7个。\n"),
        vec![Code::RateOutOfRange]
    );
}

/// The slogans read in `text`, with the items listed per part.
fn slogans_read(text: &str) -> Vec<(String, Vec<usize>)> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    report_analysis::checks::slogan_readings(&doc)
        .into_iter()
        .map(|r| (r.slogan, r.listed))
        .collect()
}

#[test]
fn an_unquoted_slogan_glossed_in_brackets_right_after_it() {
    // Each slogan's brackets list its items, each opening with its word.
    let text = "今年着力做好一抓（抓好园区建设）两调（调整种植结构、调整服务方向）\
                三提升（提升甲项水平、提升乙项水平、提升丙项水平），推动发展。\n";
    assert_eq!(
        slogans_read(text),
        vec![
            ("两调".to_string(), vec![2]),
            ("三提升".to_string(), vec![3])
        ]
    );
    quiet(text);
    assert_eq!(
        codes("今年着力做好四抓（抓甲项建设、抓乙项转型、抓丙项环境），推动发展。\n"),
        vec![Code::SloganCount]
    );
    // An open list, items not opening with the word, an ordinal: silence.
    quiet("今年着力做好四抓（抓甲项建设、抓乙项转型、抓丙项环境等），推动发展。\n");
    quiet("巩固四化（工业化、信息化、城镇化）成果，发展三产（第三产业）。\n");
    quiet("加快第三产业（产业甲、产业乙）发展。\n");
    // The last part of a slogan of several: the brackets may gloss them all.
    quiet("建设一核三园（园区甲、园区乙、园区丙、园区丁），推动发展。\n");
}

#[test]
fn a_pair_before_a_slogan_after_another_quoted_pair() {
    // `、` after the first slogan's closing quote opens the second pair.
    let text = "实施甲类企业和乙类企业“双倍增”、丙类机构和丁类机构“双提升”计划。\n";
    assert_eq!(
        slogans_read(text),
        vec![
            ("双倍增".to_string(), vec![2]),
            ("双提升".to_string(), vec![2])
        ]
    );
    // A pair only confirms: another numeral reads nothing.
    quiet("实施甲类企业和乙类企业“双倍增”、丙类机构和丁类机构“三提升”计划。\n");
}

#[test]
fn circled_items_one_a_line_go_on_one_list() {
    // One circled number opening each line: the lines go on the run the
    // count's line opens, however many paragraphs they make.
    quiet("全年办好三件实事：\n①新建社区书屋；\n②改造背街小巷；\n③增设公交站点。\n");
    quiet("全年办好三件实事：①新建社区书屋；\n\n②改造背街小巷；\n\n③增设公交站点。\n");
    assert_eq!(
        codes("全年办好四件实事：\n①新建社区书屋；\n②改造背街小巷；\n③增设公交站点。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn respectively_after_a_list_may_reach_back_to_single_levels_before_it() {
    // The clause before the listed levels names a level of its own: three
    // subjects may stand before the three rates.
    quiet("果园面积达到8万亩，年产鲜果6200吨、销售收入9亿元，分别比上年增长4.1%、6.3%、9.8%。\n");
    // Four rates are still one too many.
    assert_eq!(
        codes(
            "果园面积达到8万亩，年产鲜果6200吨、销售收入9亿元，分别比上年增长4.1%、6.3%、9.8%、2.2%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_term_of_several_names_each_held_is_read_whole() {
    let read = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        report_analysis::checks::slogan_readings(&doc)
            .into_iter()
            .map(|r| (r.slogan, r.listed))
            .collect::<Vec<_>>()
    };
    let whole = |slogan: &str, listed: &[usize]| (slogan.to_string(), listed.to_vec());
    // Names of ones, each glossed by the one thing it names: the body may
    // quote them together, and the note holds for them all.
    let ones = "建设“一区、一港、一高地”。\n注释\n1.一区、一港、一高地：一区，即北部物流集聚区；一港，即河口内陆港；一高地，即南部服务业高地。\n";
    assert!(read(ones).contains(&whole("一区、一港、一高地", &[1, 1, 1])));
    quiet(ones);
    // One name given two things: no whole (a name of ones only confirms).
    let two = "建设“一区、一港、一高地”。\n注释\n1.一区、一港、一高地：一区，即北部物流集聚区；一港，即河口内陆港和东部航空港；一高地，即南部服务业高地。\n";
    assert!(!read(two).iter().any(|(s, _)| s == "一区、一港、一高地"));
    // Two names sharing one list of labelled parts, each holding.
    let shared = "构建“一山携两翼、三水嵌四珠”格局。\n注释\n1.一山携两翼、三水嵌四珠：“一山”即青龙山；“两翼”即城市东翼和西翼；“三水”即甲河、乙河、丙河；“四珠”即子湖、丑湖、寅湖、卯湖。\n";
    assert!(read(shared).contains(&whole("一山携两翼、三水嵌四珠", &[1, 2, 3, 4])));
    quiet(shared);
    // A name its list does not confirm: no whole is read.
    let short = "构建“一山携两翼、三水嵌四珠”格局。\n注释\n1.一山携两翼、三水嵌四珠：“一山”即青龙山；“两翼”即城市东翼和西翼；“三水”即甲河、乙河；“四珠”即子湖、丑湖、寅湖、卯湖。\n";
    assert!(
        !read(short)
            .iter()
            .any(|(s, _)| s == "一山携两翼、三水嵌四珠")
    );
}

#[test]
fn a_count_after_its_noun_then_namely_counts_the_numbered_lines() {
    // `即：` alone after the clause says the lines name what it counts.
    quiet(
        "（二）办好惠民事项。今年安排惠民事项3件，即：\n1.修缮乡村礼堂；\n2.增设街头书屋；\n3.铺设骑行绿道。\n",
    );
    assert_eq!(
        codes(
            "（二）办好惠民事项。今年安排惠民事项4件，即：\n1.修缮乡村礼堂；\n2.增设街头书屋；\n3.铺设骑行绿道。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Without `即` a count after its noun stays a figure.
    quiet("今年安排惠民事项4件：\n1.修缮乡村礼堂；\n2.增设街头书屋；\n3.铺设骑行绿道。\n");
}

#[test]
fn a_count_said_done_before_its_ordinals() {
    // `全部办结` between the counted noun and the colon: the ordinals
    // still name what is counted.
    quiet("年初承诺的三件惠民事项全部办结：一是修缮礼堂；二是增设书屋；三是铺设绿道。\n");
    assert_eq!(
        codes("年初承诺的四件惠民事项全部办结：一是修缮礼堂；二是增设书屋；三是铺设绿道。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_long_name_closing_with_the_counted_word_is_one_thing() {
    // `…新区…集聚区`: the 区 inside names where the item stands; the item is
    // one 区, whatever joins the last items.
    let list =
        "北湖新区智能制造产业集聚区、东山生物医药产业园、西岭电子信息产业园和南坡现代物流产业园。";
    quiet(&noted("一区三园", list));
    assert_eq!(codes(&noted("两区三园", list)), vec![Code::SloganCount]);
    assert_eq!(codes(&noted("一区四园", list)), vec![Code::SloganCount]);
    // A short item carrying the word twice may be two things: abstain.
    let short = "东区西区、东山生物医药产业园、西岭电子信息产业园和南坡现代物流产业园。";
    quiet(&noted("一区三园", short));
    quiet(&noted("三区三园", short));
}

#[test]
fn a_bare_year_before_after_the_change_is_its_base() {
    // `（上年…）` or `，上年…` with no verb, as re-laid tables print it.
    quiet("全区外贸进出口总额45.6亿元，比上年增长14%（上年40亿元）。\n");
    quiet("全区实有经营主体15.6万户，比上年增长9.9%，上年14.2万户。\n");
    quiet("全区空气质量优良天数比例92.6%，比上年提高1.5个百分点（上年91.1%）。\n");
    // Last year's growth, not its level.
    quiet("全区外贸进出口总额45.6亿元，增长14%，上年下降3%。\n");
    assert_eq!(
        codes("全区外贸进出口总额45.6亿元，比上年增长4%（上年40亿元）。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("全区空气质量优良天数比例92.6%，比上年提高2.5个百分点（上年91.1%）。\n"),
        vec![Code::PointsMismatch]
    );
}

#[test]
fn ordinals_of_first_second_run_on_after_a_count() {
    // `第一，…第二，…` in one paragraph, after the colon or a full stop.
    quiet("着力抓好三件大事：第一，抓项目；第二，抓招商；第三，抓改革。\n");
    quiet("着力抓好三件大事。第一，抓项目；第二，抓招商；第三，抓改革。\n");
    assert_eq!(
        codes("着力抓好四件大事：第一，抓项目；第二，抓招商；第三，抓改革。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("着力抓好四件大事。第一，抓项目；第二，抓招商；第三，抓改革。\n"),
        vec![Code::CountMismatch]
    );
    // `第二产业` is no item.
    quiet("着力抓好两件大事：第一，抓项目；第二，抓招商，第二产业增加值增长5%。\n");
}

#[test]
fn numbered_groups_whose_counts_add_up_are_no_items() {
    // Each line counts some of the things in the lead's measure word, and
    // the lines add up to the lead's count: groups, not items.
    quiet("今年确定惠民事项5件：\n1.教育类2件；\n2.交通类3件。\n");
    quiet("（一）办好惠民事项。今年确定惠民事项4件，即：\n1.教育类1件；\n2.交通类3件。\n");
    // Plain items still count.
    assert_eq!(
        codes("今年确定4件惠民事项：\n1.修缮乡村礼堂；\n2.增设街头书屋；\n3.铺设骑行绿道。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn numbered_groups_each_closed_by_their_count_are_no_items() {
    // `1.甲类项目12个；`: a line closed by its own count is a group, even
    // when the groups fall short of the lead's count.
    quiet("今年计划实施重点项目30个，即：\n1.产业项目12个；\n2.基础设施项目10个。\n");
}

#[test]
fn a_count_inside_a_section_lead_as_many_as_its_subsections() {
    use report_analysis::lists::{ListSource, counted_lists};
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        counted_lists(&doc)
            .iter()
            .filter(|l| l.source == ListSource::Outline)
            .map(|l| (l.count, l.items.len()))
            .collect::<Vec<_>>()
    };
    let section = |lead: &str| {
        format!(
            "一、今年的主要任务\n{lead}\n（一）做强产业。壮大甲产业。\n（二）做优城市。完善乙设施。\n（三）做实民生。办好丙实事。\n二、加强政府建设\n（一）依法行政。\n（二）廉洁从政。\n"
        )
    };
    // A count in the middle of the lead, the one that numbers the
    // subsections: read, and it agrees.
    let text = section("围绕上述目标，聚焦三大重点任务，推进各项工作落地见效。");
    assert_eq!(read(&text), vec![(3, 3)]);
    quiet(&text);
    // Another number: no reading (the count may name something else), so
    // no finding; two counts of three: which one is unsure.
    let text = section("围绕上述目标，聚焦四大重点任务，推进各项工作落地见效。");
    assert!(read(&text).is_empty());
    quiet(&text);
    let text = section("坚持三个统筹，聚焦三大重点任务，推进各项工作落地见效。");
    assert!(read(&text).is_empty());
}

#[test]
fn a_count_inside_a_paragraph_as_many_as_the_ordinals_after_it() {
    use report_analysis::lists::{ListSource, counted_lists};
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        counted_lists(&doc)
            .iter()
            .filter(|l| l.source == ListSource::Ordinals)
            .map(|l| (l.count, l.items.len()))
            .collect::<Vec<_>>()
    };
    // The ordinals open the next paragraphs.
    let text = "推深做实“三大行动计划”，加快产业优化升级。\n一是甲行动，壮大甲产业。\n二是乙行动，提升乙服务。\n三是丙行动，改善丙环境。\n今年还要抓好其他工作。\n";
    assert_eq!(read(text), vec![(3, 3)]);
    quiet(text);
    // In the paragraph's own words, after a period.
    let text = "推动“三大重点产业”延伸链条、集聚发展。一是做大甲产业。二是做强乙产业。三是做优丙产业。\n今年还要抓好其他工作。\n";
    assert_eq!(read(text), vec![(3, 3)]);
    quiet(text);
    // Another number, or two counts as many: no reading, no finding.
    let text = "推深做实“四大行动计划”，加快产业优化升级。\n一是甲行动，壮大甲产业。\n二是乙行动，提升乙服务。\n三是丙行动，改善丙环境。\n今年还要抓好其他工作。\n";
    assert!(read(text).is_empty());
    quiet(text);
    let text = "坚持三个统筹，推深做实“三大行动计划”，加快产业优化升级。\n一是甲行动，壮大甲产业。\n二是乙行动，提升乙服务。\n三是丙行动，改善丙环境。\n今年还要抓好其他工作。\n";
    assert!(read(text).is_empty());
}

#[test]
fn a_list_after_a_slogan_that_goes_on_past_its_comma_never_refutes_it() {
    // The fourth thing is named in the clause after the comma.
    quiet("推进“四好”建设，要把乙路修好、管好、养好，用好乙路，为群众提供更好的出行条件。\n");
    // A list closing its sentence, one short of the slogan, still refutes;
    // so does one whose next clause carries no counted word.
    assert_eq!(
        codes("推进“四好”建设，要把乙路修好、管好、养好。\n"),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes("推进“四化”，坚持甲化发展、乙化发展、丙化发展，全年投入3亿元。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn deeds_numbered_past_their_count_in_one_block() {
    // `办好N件民生实事：` over lines 1. 2. … one after another: a line
    // numbered past the count is one deed too many (a count of 方面 may
    // leave out a last part numbered like the others; a count of 实事
    // does not).
    let text = |count: &str, lines: usize| {
        let deeds = ["新建甲校", "改造乙路", "扩建丙院", "新设丁站"];
        let mut s = format!("今年我们将办好{count}件民生实事：\n");
        for (k, deed) in deeds.iter().take(lines).enumerate() {
            s.push_str(&format!("{}.{deed}。\n", k + 1));
        }
        s
    };
    quiet(&text("四", 4));
    assert_eq!(codes(&text("三", 4)), vec![Code::CountMismatch]);
    assert_eq!(codes(&text("五", 4)), vec![Code::CountMismatch]);
    // A line between the deeds may start another list: no finding.
    quiet(
        "今年我们将办好三件民生实事：\n1.新建甲校。\n2.改造乙路。\n3.扩建丙院。\n以上各项要抓紧落实。\n4.新设丁站。\n",
    );
    // Tasks of 方面 may leave out a last part numbered like them.
    quiet(
        "重点做好三个方面工作：\n1.做强甲业。\n2.做优乙业。\n3.做美城乡。\n4.加强政府自身建设。\n",
    );
}

#[test]
fn deeds_numbered_past_their_count_after_done_words_or_under_a_heading() {
    // `N件民生实事全面完成：` (words saying all were done before the colon)
    // and a heading whose one sentence is the count (`（三）办好N件民生实事。`)
    // lead the numbered lines under them as a colon does.
    let text = |lead: &str, lines: usize| {
        let deeds = ["新建甲校", "改造乙路", "扩建丙院", "新设丁站"];
        let mut s = format!("{lead}\n");
        for (k, deed) in deeds.iter().take(lines).enumerate() {
            s.push_str(&format!("{}.{deed}。\n", k + 1));
        }
        s
    };
    quiet(&text("去年四件民生实事全面完成：", 4));
    assert_eq!(
        codes(&text("去年三件民生实事全面完成：", 4)),
        vec![Code::CountMismatch]
    );
    quiet(&text("（三）办好四件民生实事。", 4));
    assert_eq!(
        codes(&text("（三）办好三件民生实事。", 4)),
        vec![Code::CountMismatch]
    );
    // A count closing a longer paragraph with `。` is not read so.
    quiet(&text("（三）保障民生。今年办好三件民生实事。", 4));
    // Nor a count said done with no colon: a review of the year, not a
    // lead of the headings after it.
    quiet(&text("承诺的三件民生实事全部兑现！", 4));
    quiet(&text("年初确定的三方面民生实事顺利完成。", 4));
}

#[test]
fn deeds_of_a_count_of_shishi_each_with_its_quantity_are_its_items() {
    // `N件民生实事：` then deeds parted by `、` or `，`, each closed by its
    // own quantity in another measure word: one deed each.
    quiet(
        "今年办成四件民生实事：新建幼儿园3所、改造老旧小区12个、建成社区食堂18个、发放助学金860万元。\n",
    );
    assert_eq!(
        codes(
            "今年办成三件民生实事：新建幼儿园3所、改造老旧小区12个、建成社区食堂18个、新建公园4个。\n"
        ),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes(
            "全年完成五件民生实事：新建幼儿园3所，改造老旧小区12个，建成社区食堂18个，新建公园4个。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Deeds counted in the count's own word are groups of it; a list left
    // open, or a deed with no quantity, stays unread.
    quiet("全年办好五件民生实事：教育类2件、交通类3件。\n");
    quiet("全年办好四件民生实事：新建幼儿园3所、改造老旧小区12个等。\n");
    quiet("全年办好四件民生实事：新建幼儿园3所、改造老旧小区、建成社区食堂18个。\n");
}

#[test]
fn names_after_a_count_written_after_its_noun() {
    // `示范镇8个，分别为…`: the noun before the count, the names after.
    assert_eq!(
        codes("开通城乡公交线路5条，分别是东线、西线、南线、北线。\n"),
        vec![Code::CountMismatch]
    );
    quiet("开通城乡公交线路4条，分别是东线、西线、南线、北线。\n");
    // Counts of their own, an open list, or two counts before the names:
    // not read.
    quiet("建成示范镇8个，分别为省级3个、市级5个。\n");
    quiet("获评省级荣誉3项，分别是甲奖、乙奖等。\n");
    quiet("新建学校3所、幼儿园5所，分别为甲园、乙园、丙园。\n");
}

#[test]
fn a_note_list_closing_with_two_names_of_its_kind_joined() {
    // `甲名片、乙名片、丙名片和丁名片`: the join stands between two names of
    // the list's kind, so the last two are two.
    let note = |names: &str| format!("全力打造“三张名片”①。\n注释\n①三张名片：{names}。\n");
    assert_eq!(
        codes(&note("生态名片、文化名片、产业名片和旅游名片")),
        vec![Code::CountMismatch]
    );
    quiet(&note("生态名片、文化名片和产业名片"));
    // A join inside a name not ending like the others may tie its words.
    quiet(&note("生态名片、文化名片、产业和旅游名片"));
}

#[test]
fn a_di_inside_or_opening_a_name_is_no_adverb() {
    // `天地`, and a 地 opening a name, qualify no verb: the names are read.
    breaks_once("甲化工、天地乐园2家企业获评链主企业。\n", "2家", "3家");
    breaks_once("甲汇、地坛街两个地下商城投入使用。\n", "两个", "三个");
    // The adverbial 地 closing the words before a verb leaves the count to
    // the verb.
    quiet("甲乡、乙镇、丙村有序地推进两个项目。\n");
}

#[test]
fn names_sharing_the_verb_that_closes_them_are_deeds() {
    // `甲建设、…、丁建设`: the verb closing the last name closes an earlier
    // one too, the head of names of deeds.
    breaks_once(
        "聚力甲区建设、乙城建设、丙项实事、丁的建设四大主战场。\n",
        "四大",
        "五大",
    );
    // A verb closing the last name alone may take the count as its object.
    quiet("甲局、乙局、丙局联合建设两个园区。\n");
}

#[test]
fn a_date_after_the_counted_words_is_no_other_items_figure() {
    // `6月底前`, `2030年`: when the counted things do what follows.
    breaks_once("甲峰、乙丰两个加工厂6月底前建成投产。\n", "两个", "三个");
    breaks_once("甲园、乙园两个基地2030年建成运营。\n", "两个", "三个");
    // A figure of other things after the counted words may make the count
    // one item of a longer list.
    quiet("一体站、市区3条线路50辆公交。\n");
}

#[test]
fn an_unquoted_slogan_right_after_the_quoted_list_of_its_things() {
    // The quoted list spells the slogan out: as long as the numeral, it
    // holds.
    let text = "突出抓好“新建甲类一批、投产乙类一批、储备丙类一批”三个一批项目。\n";
    assert_eq!(slogans_read(text), vec![("三个一批".to_string(), vec![3])]);
    quiet(text);
    let text = "道路实行“清扫、洒水、冲洗、除雪”四位一体作业。\n";
    assert_eq!(slogans_read(text), vec![("四位一体".to_string(), vec![4])]);
    // Every name carrying the counted word: a list of another length is a
    // slip (a count of things, the count rule's: one finding).
    assert_eq!(
        codes("推动“产值提升、效益提升、质量提升”两提升。\n"),
        vec![Code::SloganCount]
    );
    assert_eq!(
        codes("突出抓好“新建甲类一批、投产乙类一批、储备丙类一批”四个一批项目。\n"),
        vec![Code::CountMismatch]
    );
    // Names not carrying it may be anything the numeral is said of; an open
    // list, a one, a clause: silence.
    quiet("推动“产值、效益、质量”两提升。\n");
    quiet("突出抓好“新建甲类一批、投产乙类一批等”四个一批项目。\n");
    quiet("推广“甲办、乙办”一网通办。\n");
    quiet("推广“甲办，乙办”三级联动。\n");
}

#[test]
fn a_list_closed_by_deng_right_before_a_slogan_of_several_parts() {
    // `等` closing the names is no word of the last: each still ends with
    // a part's word.
    let text = "甲区要做大做强某某科创城、甲园区、乙园区、丙园区、丁园区等“一城四区”建设。\n";
    assert_eq!(
        slogans_read(text),
        vec![("一城四区".to_string(), vec![1, 4])]
    );
    quiet(text);
    // More names than counted are a slip; fewer may be examples.
    assert_eq!(
        codes("乙县建设某某城、甲园区、乙园区、丙园区等“一城两区”。\n"),
        vec![Code::SloganCount]
    );
    quiet("丙县建设某某城、甲园区等“一城四区”。\n");
}

#[test]
fn a_slogan_of_ones_after_one_item_a_part_in_turn() {
    // Each item carries its own part's word, in the slogan's order.
    let text = "打好青年人才提升居住品质和降低通勤成本“一升一降”组合拳。\n";
    assert_eq!(
        slogans_read(text),
        vec![("一升一降".to_string(), vec![1, 1])]
    );
    quiet(text);
    // Out of turn, or an item carrying both words: not read.
    assert!(slogans_read("打好降低通勤成本和提升居住品质“一升一降”组合拳。\n").is_empty());
    assert!(slogans_read("打好提升和降低居住成本和乙事项“一升一降”组合拳。\n").is_empty());
}

#[test]
fn paragraphs_opening_with_short_heads_after_a_lead_confirm_its_count() {
    use report_analysis::lists::{ListSource, counted_lists};
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        counted_lists(&doc)
            .iter()
            .filter(|l| l.source == ListSource::Lead)
            .map(|l| (l.count, l.items.len()))
            .collect::<Vec<_>>()
    };
    let report = |lead: &str, last: &str| {
        format!(
            "{lead}\n甲区建设稳步推进。全年新建道路多条，城乡面貌焕然一新。\n生态治理取得新成效，环境质量进一步好转。新造林若干亩，水质持续改善。\n乙类民生事业进一步发展。新增就业岗位，群众获得感明显增强。\n{last}\n"
        )
    };
    let comment = "一年来，县政府坚持依法行政，自觉接受人大及其常委会的法律监督和政协的民主监督。";
    // As many run-in heads as the count of aspects: read.
    let text = report("一年来，我们主要做了以下三个方面的工作：", comment);
    assert_eq!(read(&text), vec![(3, 3)]);
    quiet(&text);
    // `以下N点：` says so too.
    assert_eq!(
        read(&report("为此，工作中必须做到以下三点：", comment)),
        vec![(3, 3)]
    );
    // Another number: a part may run a second head on inside its
    // paragraph, or the paragraph after be one more: no reading, no alarm.
    let text = report("一年来，我们主要做了以下四个方面的工作：", comment);
    assert!(read(&text).is_empty());
    quiet(&text);
    let text = report(
        "一年来，我们主要做了以下四个方面的工作：",
        "二、今年的工作安排",
    );
    assert!(read(&text).is_empty());
    quiet(&text);
    // A count of other things closing the lead without `以下`: no lead.
    assert!(read(&report("一年来，我们主要做好三件大事：", comment)).is_empty());
}

#[test]
fn buildings_and_plaques_counted_after_their_names() {
    quiet("甲大厦、乙中心等6栋总部大楼建成投用。\n");
    assert_eq!(
        codes("甲大厦、乙中心、丙广场等2栋总部大楼建成投用。\n"),
        vec![Code::CountMismatch]
    );
    quiet("甲区获某某示范园区、某某创新基地等5块国字号招牌。\n");
    assert_eq!(
        codes("甲区获某某示范园区、某某创新基地、某某试点区等2块国字号招牌。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_rank_or_size_between_deng_and_the_noun_before_its_count() {
    quiet("引进甲集团、乙控股等500强企业38家，到位资金若干。\n");
    assert_eq!(
        codes("引进甲集团、乙控股、丙实业等500强企业2家，到位资金若干。\n"),
        vec![Code::CountMismatch]
    );
    quiet("谋划甲钢升级、乙电一体化等十亿元以上项目77个，申报项目145个。\n");
    assert_eq!(
        codes("谋划甲钢升级、乙电一体化、丙厂扩建等十亿元以上项目2个，申报项目145个。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_after_ji_may_tie_their_own_words_with_de() {
    let text = |count: &str| {
        format!(
            "今年要做实{count}保障，即加强党的领导、强化要素保障、提升能力作风、健全工作机制、营造舆论氛围；用好各项抓手。\n"
        )
    };
    quiet(&text("五个"));
    assert_eq!(codes(&text("六个")), vec![Code::CountMismatch]);
    // A 的 in the last name may qualify all the names before it: no list.
    quiet("今年要做实三个保障，即加强甲、乙的领导；用好各项抓手。\n");
}

#[test]
fn names_after_ji_counted_by_a_noun_of_up_to_six_characters() {
    let text = |count: &str| {
        format!(
            "争创{count}国家级平台，即国家骨干冷链物流基地、甲乙冷链物流产业合作示范城市；打造区域物流集散地。\n"
        )
    };
    quiet(&text("两个"));
    assert_eq!(codes(&text("三个")), vec![Code::CountMismatch]);
}

#[test]
fn sentences_after_a_slogan_opening_with_its_words_only_confirm() {
    // The rest of the slogan's paragraph, each sentence opening with one.
    let sentences = |slogan: &str| {
        format!(
            "促进农业增效。以“{slogan}”为抓手，加快建设农业强县。推进农旅融合，新建园区5个。加快农工融合，培育企业3家。发展农商融合，建设市场4个。\n"
        )
    };
    assert_eq!(
        slogan_reads(&sentences("三融合")),
        vec![("三融合".to_string(), vec![3])]
    );
    quiet(&sentences("四融合"));
    assert!(slogan_reads(&sentences("四融合")).is_empty());
    // Clauses after `；` opening alike.
    let clauses = |slogan: &str| {
        format!(
            "抓好“{slogan}”项目建设。开工一批，加快手续；投产一批，尽快达效；储备一批，完善前期。\n"
        )
    };
    assert_eq!(
        slogan_reads(&clauses("三个一批")),
        vec![("三个一批".to_string(), vec![3])]
    );
    // After a colon, sentences whose clauses after `；` say more.
    let colon = |slogan: &str| {
        format!(
            "重点做到“{slogan}”：突出产业振兴，壮大集体经济；推进乡村建设。突出生态振兴，整治人居环境。发挥规划引领作用，编好村庄规划。发挥典型引领作用，推广试点经验。\n"
        )
    };
    assert_eq!(
        slogan_reads(&colon("两突出两引领")),
        vec![("两突出两引领".to_string(), vec![2, 2])]
    );
    // Short sentences naming each, between sentences saying what is done.
    let short = |slogan: &str| {
        format!(
            "实施乡村“{slogan}”。实施良田建设行动。新建农田，守住底线。实施农户增收行动。加大帮扶力度，确保稳定增收。\n"
        )
    };
    assert_eq!(
        slogan_reads(&short("两项行动")),
        vec![("两项行动".to_string(), vec![2])]
    );
    // A short sentence not naming one of them: the run is not only its.
    assert!(slogan_reads("实施乡村“两项行动”。实施良田建设行动。新建农田，守住底线。实施农户增收行动。加大帮扶力度。\n").is_empty());
    // Two slogans of one sentence: the run is the one's that holds.
    assert_eq!(
        slogan_reads(
            "聚焦“三个一批”，落实“五个一”机制。开工一批，加快进度；投产一批，尽快达效；储备一批，完善手续。\n"
        ),
        vec![("三个一批".to_string(), vec![3])]
    );
}

#[test]
fn a_count_of_one_and_its_one_name() {
    let read = |text: &str| {
        let doc = Document::parse(format!("{TITLE}{text}"), &Config::default());
        report_analysis::lists::counted_lists(&doc)
            .iter()
            .filter(|l| l.count == 1)
            .map(|l| doc.text[l.items[0].clone()].to_string())
            .collect::<Vec<_>>()
    };
    // After a colon, after 即, or in a bracket closing the counted words:
    // the one thing counted, read as one (confirm only).
    let text = "交通工程2项：甲路、乙桥。供水工程1项：某某水厂扩建。\n";
    assert_eq!(read(text), vec!["某某水厂扩建"]);
    quiet(text);
    let text = "做强1个支柱产业，即甲制造产业；做大2个特色产业，即乙产业、丙产业。\n";
    assert_eq!(read(text), vec!["甲制造产业"]);
    quiet(text);
    let text = "抓住一条主线（推动甲县转型），依托两大支撑（乙工程、丙工程）。\n";
    assert_eq!(read(text), vec!["推动甲县转型"]);
    quiet(text);
    // A bracket inside the counted words qualifies a word; a clause going
    // on after the name, or two names, are no reading of one.
    assert!(read("建成一个街道（乡镇）养老中心。\n").is_empty());
    assert!(read("供水工程1项：某某水厂，年内建成。\n").is_empty());
    assert!(read("供水工程1项：甲水厂、乙水厂。\n").is_empty());
    // Nor is the 一 of a word (`之一`, `统一`).
    assert!(read("这是其中之一项：甲工程。\n").is_empty());
}

#[test]
fn campaigns_named_after_their_count_each_repeating_it() {
    // `场` counts campaigns after names only; after 即, each name that
    // repeats what is counted is one campaign as well.
    let text = |count: &str| {
        format!("要打好{count}硬仗，即甲地整治的硬仗、乙河清淤的硬仗、丙村改造的硬仗。\n")
    };
    quiet(&text("三场"));
    assert_eq!(codes(&text("四场")), vec![Code::CountMismatch]);
    assert_eq!(codes(&text("两场")), vec![Code::CountMismatch]);
    // Events of named kinds may repeat: no list.
    quiet("举办两场招聘会，即春季招聘会、秋季招聘会和冬季招聘会。\n");
}

#[test]
fn one_thing_beside_an_open_part_is_confirmed_by_its_label() {
    // `1+N`: the one thing labelled in the note confirms the code.
    let note = "出台“1+N”政策。\n注释\n1.“1+N”政策体系：“1”即《甲县乙工作的意见》；\
                “N”即各部门出台的配套方案。\n";
    assert_eq!(slogan_reads(note), vec![("1+N".to_string(), vec![1])]);
    // Its one thing may be a whole of several: never a finding.
    let several = "出台“1+N”政策。\n注释\n1.“1+N”政策体系：“1”即甲意见、乙意见；\
                   “N”即各部门出台的配套方案。\n";
    assert!(slogan_reads(several).is_empty());
    quiet(several);
}

#[test]
fn two_notes_printed_as_one_each_read_from_its_own_list() {
    // `“1+3”：…。“4+1”：…`: the first note's list ends at the second's
    // term, whose list is its own.
    let note = "开展“1+3”“4+1”专项行动[1]。\n注释\n[1]“1+3”：“1”即甲问题整治行动；\
                “3”即乙、丙、丁问题整治。“4+1”：“4”即A清理、B清理、C清理、D清理，\
                “1”即加强E管理。\n";
    let reads = slogan_reads(note);
    assert!(
        reads.contains(&("1+3".to_string(), vec![1, 3])),
        "{reads:?}"
    );
    assert!(
        reads.contains(&("4+1".to_string(), vec![4, 1])),
        "{reads:?}"
    );
    // The second, used where the note is marked, is no misprint of the
    // first.
    quiet(note);
}

#[test]
fn things_named_as_one_by_zheyi_count_one() {
    // `“甲、乙、丙”这一主线`: the part of one names one thing.
    let line = "推进“132”工作思路。“1”，即紧扣“强甲、优乙、保丙”这一主线；\
                “3”，即抓好A、B、C三个抓手；“2”，即落实D、E两项清单。\n";
    assert_eq!(
        slogan_reads(line).into_iter().find(|(s, _)| s == "132"),
        Some(("132".to_string(), vec![1, 3, 2]))
    );
    quiet(line);
}

#[test]
fn a_quoted_list_inside_the_last_item_is_one_name() {
    // `丙工作“A、B、C”机制`: the quote names one mechanism.
    let note = |n: &str| {
        noted(
            &format!("“{n}项机制”"),
            "甲责任机制、乙会商机制、“一次办”机制、丙工作“双交办、双考核、双问责”机制。",
        )
    };
    assert_eq!(
        slogan_reads(&note("四")),
        vec![("四项机制".to_string(), vec![4])]
    );
    quiet(&note("四"));
    assert!(!codes(&note("六")).is_empty());
    // A quote holding the list itself, nothing beside it, is the list.
    quiet(&noted("“三个方面”", "在“甲、乙、丙”三个方面。"));
}

#[test]
fn names_after_namely_end_as_the_noun_before_the_count() {
    // `示范村4个，即…`: the noun comes before the count, and each name
    // after 即 ends as it does.
    quiet("打造省级示范村4个，即东岭村、西湾村、南坪村、北塘村。\n");
    assert_eq!(
        codes("打造省级示范村5个，即东岭村、西湾村、南坪村、北塘村。\n"),
        vec![Code::CountMismatch]
    );
    // Names that do not end as the noun (学校 and 小学) may be of another
    // kind: the count is left unread.
    quiet("新建学校4所，即城东小学、实验幼儿园、石桥中学。\n");
    // Nor is a restatement after 即 a list.
    quiet("新建村级服务站12个，即每个村都有一个服务站。\n");
}

#[test]
fn a_notes_unquoted_count_in_digits_is_read_as_the_count_rule_reads_it() {
    // The count rule reads the term's count over its items and reports a
    // wrong one; the slogan readings show its reading, marked as its.
    let text = |term: &str| {
        format!("帮扶{term}[1]。\n注释\n1.{term}：指甲类农户、乙类农户、丙类人员和丁类家庭。\n")
    };
    quiet(&text("4类帮扶对象"));
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{}", text("4类帮扶对象")), &config);
    let readings = report_analysis::checks::slogan_readings(&doc);
    assert!(
        readings
            .iter()
            .any(|r| r.slogan == "4类帮扶对象" && r.listed == [4] && r.counted),
        "{readings:?}"
    );
    // Reported once, by the count rule.
    assert_eq!(codes(&text("5类帮扶对象")), vec![Code::CountMismatch]);
}

#[test]
fn a_chinese_decimal_point_is_no_count_of_points() {
    // `百分之八点五` before numbered paragraphs: a growth rate, not `八点`.
    let text = "投资增长百分之八点五。\n（一）甲工作。\n（二）乙工作。\n（三）丙工作。\n";
    quiet(text);
    // `以下八点` still counts what follows.
    assert_eq!(
        codes("重点抓好以下四点：\n（一）甲工作。\n（二）乙工作。\n（三）丙工作。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_count_of_more_naming_one_thing_after_ji_or_a_colon() {
    // `即` or a colon says the names come: one name under a count of two
    // is a slip, as one under a count of one is agreement.
    assert_eq!(
        codes("做强2个主导产业，即甲制造业；做大2个优势产业，即乙食品、丙纺织。\n"),
        vec![Code::CountMismatch]
    );
    quiet("做强1个主导产业，即甲制造业；做大2个优势产业，即乙食品、丙纺织。\n");
    assert_eq!(
        codes("打造2个“示范街区”：即东湖新区。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("供电工程2项：南站扩建。水利工程1项：北渠整治。\n"),
        vec![Code::CountMismatch]
    );
    quiet("供电工程1项：南站扩建。水利工程1项：北渠整治。\n");
    // A colon's names may go on past the sentence (`五个基点：甲。乙。`)
    // or the `；` (`2项：甲；乙。`) when no group of its own follows.
    quiet("必须守住三条底线：守住安全底线。守住稳定底线，守住民生底线。\n");
    quiet("供电工程2项：南站扩建；北站改造。\n");
    // A bracket mostly qualifies the counted words; a bare `即` opens a
    // word (`即将`).
    quiet("组建2个职业教育集团（联盟）。\n");
    quiet("新增2条生产线即将投产。\n");
    // A rough count is no slip.
    quiet("建成约2个：东湖新区。\n");
}

#[test]
fn a_bracket_of_one_name_under_a_count_of_more_beside_brackets_that_list() {
    // Another count of the sentence names all its things in its bracket:
    // this bracket too lists, and one name under two is a slip.
    assert_eq!(
        codes("抓住两条主线（推动甲转型），依托三大支撑（乙建设、丙招商、丁服务）。\n"),
        vec![Code::CountMismatch]
    );
    quiet("抓住一条主线（推动甲转型），依托三大支撑（乙建设、丙招商、丁服务）。\n");
    assert_eq!(
        codes("其余工程中，2项（甲路改造工程）暂缓实施，3项（丙路、丁桥、戊校）进度滞后。\n"),
        vec![Code::CountMismatch]
    );
    // Alone, or beside a bracket with no count of its own, a bracket may
    // qualify the words.
    quiet("组建2个职业教育集团（甲联盟），建设乙平台（丙中心、丁中心）。\n");
    quiet("组建2个职业教育集团（甲联盟）。依托三大支撑（乙建设、丙招商、丁服务）。\n");
}

#[test]
fn an_unquoted_code_term_with_a_word_after_its_last_number() {
    // `5+2服务之家`: the word names the whole; the code is read as `5+2`.
    let text = |code: &str| {
        format!(
            "建好“{code}服务之家”[1]。\n注释\n1.{code}服务之家：覆盖全域的服务网点，\
             “5”指甲级、乙级、丙级、丁级、戊级五个层级，“2”指园区和院校两类场所。\n"
        )
    };
    quiet(&text("5+2"));
    assert_eq!(codes(&text("6+2")), vec![Code::SloganCount]);
}

#[test]
fn names_before_deng_whose_last_name_holds_a_join() {
    // Four names or more before `等N`, the last holding a join inside its
    // own words: more names than the count is a slip.
    assert_eq!(
        codes("深入实施甲知识普及、乙全民健身、丙环境促进、丁病及戊病防控等3个专项行动。\n"),
        vec![Code::CountMismatch]
    );
    quiet("深入实施甲知识普及、乙全民健身、丙环境促进、丁病及戊病防控等4个专项行动。\n");
    // The words before the join ending as the earlier names do close the
    // list: the count may be the next name's own (`丁坞等2座`).
    quiet("加快甲家圩、乙家圩、丙家圩及丁家坞等2座水库建设。\n");
    // Three names: the last may be a group of its own.
    quiet("推进甲路改造、乙路拓宽、丙桥及丁站提升等2个项目建设。\n");
}

#[test]
fn titles_before_deng_are_names_however_long() {
    let count = vec![Code::CountMismatch];
    // Four titles, each a document whatever its length: three is a slip.
    assert_eq!(
        codes(
            "印发《关于在全县开展甲类试点工作的指导意见》《示例县乙类指标价值管理办法》《示例县乙类指标额度交易规则》《示例县乙类指标额度融资规则》等三个文件。\n"
        ),
        count
    );
    quiet(
        "印发《关于在全县开展甲类试点工作的指导意见》《示例县乙类指标价值管理办法》《示例县乙类指标额度交易规则》《示例县乙类指标额度融资规则》等四个文件。\n",
    );
    quiet(
        "印发《关于在全县开展甲类试点工作的指导意见》《示例县乙类指标价值管理办法》《示例县乙类指标额度交易规则》《示例县乙类指标额度融资规则》等五个文件。\n",
    );
}

#[test]
fn steps_named_each_by_one_verb() {
    let count = vec![Code::CountMismatch];
    assert_eq!(
        codes("紧紧围绕部署、调度、督查、反馈、落实六个环节，闭环推进。\n"),
        count
    );
    quiet("紧紧围绕部署、调度、督查、反馈、落实五个环节，闭环推进。\n");
    // Not steps: a verb taking the count as its object stays unread.
    quiet("加强甲乙丙建设、丁戊己提升，落实六个环节。\n");
}

#[test]
fn levels_before_a_quoted_count_and_tiers_of_one_kind() {
    let count = vec![Code::CountMismatch];
    assert_eq!(codes("完善县、镇、村“四级联动”机制。\n"), count);
    quiet("完善县、镇、村“三级联动”机制。\n");
    quiet("完善县、镇、村（社区）“三级联动”机制。\n");
    assert_eq!(
        codes("建成甲山公园、乙湖公园、丙街公园、丁巷公园五级公园体系。\n"),
        count
    );
    quiet("建成甲山公园、乙湖公园、丙街公园、丁巷公园四级公园体系。\n");
    // A grade, not the names' tiers: no system of the named kind follows.
    quiet("推进甲县医院、乙县医院、丙县医院二级医院创建。\n");
    // Names of different kinds before `N级…体系` may be fields of one
    // tiered system: not read.
    quiet("健全就业、社保、医疗两级服务体系。\n");
}

#[test]
fn a_rise_since_an_earlier_time_lies_within_the_stock_reached() {
    let exceeds = vec![Code::PartExceedsWhole];
    quiet("各项存款余额达到356亿元，比上年末增加41亿元。\n");
    assert_eq!(
        codes("各项存款余额达到356亿元，比上年末增加412亿元。\n"),
        exceeds
    );
    assert_eq!(
        codes("机动车保有量达到35万辆，较2030年末净增38万辆。\n"),
        exceeds
    );
    // A profit, a net amount or a balance may rise from below nothing.
    quiet("规上工业企业利润达到5亿元，比上年增加8亿元。\n");
    quiet("进出口差额为12亿元，比上年增加20亿元。\n");
    // A rise over a year not named as earlier (`同比`), or a plan, is not read.
    quiet("各项贷款余额达到300亿元，同比增加310亿元。\n");
    quiet("力争各项贷款余额达到300亿元，比上年末增加310亿元。\n");
    // A flow of the year is no stock.
    quiet("固定资产投资达到120亿元，比上年增加130亿元。\n");
}

#[test]
fn a_balance_of_one_kind_is_a_share_of_all_of_that_stock() {
    assert_eq!(
        codes("城乡居民储蓄存款余额218亿元，占各项存款的161.2%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("城乡居民储蓄存款余额218亿元，占各项存款的61.2%。\n");
    // One stock against another (loans to deposits) may pass 100%; so
    // may a debt against output.
    quiet("各项贷款余额520亿元，占各项存款的116.5%。\n");
    quiet("政府债务余额180亿元，占地区生产总值的112%。\n");
}

#[test]
fn things_added_then_the_stock_reached_right_after() {
    quiet("高新技术企业净增19家，达到97家。\n");
    assert_eq!(
        codes("高新技术企业净增119家，达到97家。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("新增专精特新企业31家，增至28家；\n"),
        vec![Code::PartExceedsWhole]
    );
    // A target reached, an aim, or things named between is no stock.
    quiet("城镇新增就业6820人，达到6000人目标的113.7%。\n");
    quiet("力争新增规上企业30家，达到25家。\n");
    quiet("新增规上企业30家，其中制造业达到25家。\n");
}

#[test]
fn the_whole_s_own_earlier_level_is_no_other_whole() {
    let text = |tax: &str| {
        format!(
            "一般公共预算收入14.5亿元，比上年的13.6亿元增长6.6%，其中税收收入{tax}、非税收入4.3亿元。\n"
        )
    };
    quiet(&text("10.2亿元"));
    assert_eq!(codes(&text("11.2亿元")), vec![Code::PartsExceedWhole]);
}

#[test]
fn items_numbered_one_by_one_with_their_count_glued_after() {
    let text = |count: &str| {
        format!("建成市级服务中心①甲服务中心、②乙服务中心、③丙服务中心、④丁服务中心{count}。\n")
    };
    quiet(&text("4个"));
    assert_eq!(codes(&text("5个")), vec![Code::CountMismatch]);
    assert_eq!(codes(&text("3个")), vec![Code::CountMismatch]);
    // Unnumbered, the words may be kinds holding more things.
    quiet("新建社区服务中心、养老服务中心5个。\n");
    // A run that does not start at ① or skips a number is no such list.
    quiet("建成②甲服务中心、③乙服务中心、④丙服务中心5个。\n");
    quiet("建成①甲服务中心、③乙服务中心、④丙服务中心5个。\n");
}

#[test]
fn names_numbered_with_digits_before_their_count() {
    quiet("开通轨道交通1号线、2号线、3号线3条线路。\n");
    assert_eq!(
        codes("开通轨道交通1号线、2号线、3号线4条线路。\n"),
        vec![Code::CountMismatch]
    );
    // A day is no name.
    quiet("12月1号、2号两天开展集中接待。\n");
}

#[test]
fn a_count_whose_words_run_on_into_the_things_own_sum() {
    let text = |count: &str| format!("教育、卫生、文化、体育{count}事业支出24.3亿元。\n");
    quiet(&text("四项"));
    assert_eq!(codes(&text("五项")), vec![Code::CountMismatch]);
    assert_eq!(
        codes("教育、卫生、文化、体育五项事业支出合计24.3亿元。\n"),
        vec![Code::CountMismatch]
    );
    // Another group after the figure: the names may be places.
    quiet("甲区、乙区3个园区投资24亿元、丙区2个园区投资8亿元。\n");
}

#[test]
fn a_stock_s_rise_after_its_multiple_of_an_earlier_level() {
    let text =
        |rise: &str| format!("人民币贷款余额达到2860亿元，是上年末的1.5倍，比上年末增加{rise}。\n");
    quiet(&text("950亿元"));
    assert_eq!(codes(&text("3100亿元")), vec![Code::PartExceedsWhole]);
    // A profit may have been a loss.
    quiet("企业利润达到60亿元，是上年的1.5倍，比上年增加80亿元。\n");
}

#[test]
fn a_share_right_after_a_bare_zhan_is_the_part_over_its_whole() {
    let text = |share: &str| {
        format!("一般公共预算收入2410亿元，比上年增长6.4%，其中税收收入1690亿元，占{share}。\n")
    };
    quiet(&text("70.1%"));
    let shares = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        check(&doc, &Context::alone(&config))
            .into_iter()
            .filter(|d| d.code() == Code::ShareMismatch)
            .count()
    };
    assert_eq!(shares(&text("70.1%")), 0);
    assert_eq!(shares(&text("80.1%")), 1);
    // A whole named after 占 is another whole.
    assert_eq!(shares(&text("全省的80.1%")), 0);
}

#[test]
fn a_size_class_between_the_count_and_its_noun() {
    assert_eq!(
        codes("着力打造5个千亿级产业集群：钢铁、化工、装备、物流。\n"),
        vec![Code::CountMismatch]
    );
    quiet("着力打造4个千亿级产业集群：钢铁、化工、装备、物流。\n");
    // The names may be examples when 等 closes them.
    quiet("着力打造5个百亿级产业集群：钢铁、化工、装备等。\n");
}

#[test]
fn names_after_zhi_are_the_counted_things() {
    assert_eq!(
        codes("四个优势产业指纺织、建材、食品。\n"),
        vec![Code::CountMismatch]
    );
    quiet("四个优势产业指纺织、建材、食品、物流。\n");
    // A 指 opening a word names nothing.
    quiet("三个优势产业指导意见出台，涉及纺织、建材。\n");
}

#[test]
fn names_in_a_bracket_right_before_their_count() {
    assert_eq!(
        codes("建成道路（青山路、白水路、东环路、西环路）5条。\n"),
        vec![Code::CountMismatch]
    );
    quiet("建成道路（青山路、白水路、东环路、西环路）4条。\n");
    // Examples, a part, levels, or a count of something else.
    quiet("建成道路（青山路、白水路等）5条。\n");
    quiet("改造道路（含青山路、白水路）5条。\n");
    quiet("覆盖全部县（市、区）5个。\n");
    quiet("建成道路（青山路、白水路）5条主干道。\n");
}

#[test]
fn an_amount_and_a_rate_with_no_base_named_share_the_year_before() {
    quiet("农村居民人均可支配收入21350元，增加1420元，增长7.1%。\n");
    assert_eq!(
        codes("农村居民人均可支配收入21350元，增加1420元，增长9.1%。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("税收收入完成38.2亿元，增收4.6亿元，增长18.7%。\n"),
        vec![Code::GrowthMismatch]
    );
    // A volume's rate is at comparable prices.
    quiet("规上工业增加值320亿元，增加20亿元，增长9.1%。\n");
}

// Round 20 prober

#[test]
fn a_count_in_digits_after_the_names_counts_the_subjects_of_a_later_respectively() {
    // `甲、乙、丙3个产业，…分别…`: the digits count the names, as `三个` does.
    assert_eq!(
        codes("培育松江、柳岸、石门3个特色园区，营业收入分别达到52亿元、37亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    assert_eq!(
        codes("松江、柳岸、石门3个特色园区营业收入分别达到52亿元、37亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("培育松江、柳岸、石门3个特色园区，营业收入分别达到52亿元、37亿元和21亿元。\n");
    // A count of other things (villages in two towns) says nothing of them.
    quiet("松江、柳岸2个镇的6个村，集体收入分别达到52万元、37万元和21万元。\n");
}

#[test]
fn the_rest_after_those_done_adds_up_with_them() {
    // `N项任务完成A项，其余B项…`: the rest holds none of those done.
    assert_eq!(
        codes("今年部署的15项改革事项完成12项，其余4项进入收尾阶段。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("今年部署的15项改革事项完成12项，其余3项进入收尾阶段。\n");
    assert_eq!(
        codes("市级重点工程64个，已竣工40个，其余25个有序推进。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("市级重点工程64个，已竣工40个，其余24个有序推进。\n");
    // A count in a status after its whole, then the rest.
    assert_eq!(
        codes("去年承诺的8件惠民实事，7件如期完成，其余2件完成年度任务。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("去年承诺的8件惠民实事，7件如期完成，其余1件完成年度任务。\n");
    // States alone may overlap: not added up.
    quiet("市级重点工程64个，已竣工40个，在建30个。\n");
    // `N件X中，A件…，剩余B件…`: the part counted among the whole, then
    // the rest.
    let among = |done: &str, rest: &str| {
        format!("今年确定的10件民生实事中，{done}件已全面完成，剩余{rest}件正在加快推进。\n")
    };
    quiet(&among("9", "1"));
    assert_eq!(codes(&among("9", "2")), vec![Code::PartsExceedWhole]);
    assert_eq!(
        codes("30个行政村中，已通公交12个，其余20个通客车。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("30个行政村中，已通公交12个，其余18个通客车。\n");
    // The rest of another unit is another whole's.
    quiet("10件民生实事中，9件已全面完成，其余3项重点工作正在推进。\n");
}

#[test]
fn a_count_after_a_circled_run_with_no_count_in_its_lead_restates_it() {
    // `办好以下实事：①…③…。以上N件实事…`: the count is the run's length.
    assert_eq!(
        codes(
            "今年着力办好以下惠民实事：①新建托育园2所；②改造供水管网12公里；③新增停车位600个。以上4件实事年内完成。\n"
        ),
        vec![Code::CountMismatch]
    );
    quiet(
        "今年着力办好以下惠民实事：①新建托育园2所；②改造供水管网12公里；③新增停车位600个。以上3件实事年内完成。\n",
    );
    // A noun the lead never names may count other things.
    quiet(
        "今年着力推进以下工作：①新建托育园2所；②改造供水管网12公里；③新增停车位600个。以上4件实事年内完成。\n",
    );
}

#[test]
fn a_share_names_its_whole_or_its_part_again() {
    // `，占<the whole's words>的p%` and `，<the part's words>占比p%`.
    let shares = |text: &str| {
        let config = Config::default();
        let doc = Document::parse(format!("{TITLE}{text}"), &config);
        check(&doc, &Context::alone(&config))
            .into_iter()
            .filter(|d| d.code() == Code::ShareMismatch)
            .count()
    };
    let of_whole =
        |share: &str| format!("地方财政收入完成48.2亿元，其中税收收入36.5亿元，占{share}。\n");
    assert_eq!(shares(&of_whole("地方财政收入的85.7%")), 1);
    assert_eq!(shares(&of_whole("地方财政收入的75.7%")), 0);
    // A whole the clause never named may be another one.
    assert_eq!(shares(&of_whole("全省税收收入的1.7%")), 0);
    let of_part = |share: &str| format!("养老床位达到8600张，其中护理型床位5400张，{share}。\n");
    assert_eq!(shares(&of_part("护理型床位占比72.8%")), 1);
    assert_eq!(shares(&of_part("护理型床位占比62.8%")), 0);
    // Other words before 占比 name another part.
    assert_eq!(shares(&of_part("农村床位占比72.8%")), 0);
}

#[test]
fn a_growth_rate_over_its_printed_target_by_points() {
    assert_eq!(
        codes("一般公共预算收入增长7.4%，超过6%的预期目标2.4个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    quiet("一般公共预算收入增长7.4%，超过6%的预期目标1.4个百分点。\n");
    quiet("一般公共预算收入增长5.2%，低于6%的年度目标0.8个百分点。\n");
    // A percent that is no target (a share) is not read.
    quiet("一般公共预算收入增长7.4%，超过6%的地区2.4个百分点。\n");
}

// Round 21 prober

#[test]
fn the_three_industries_add_up_to_the_output() {
    // Each below the output, their sum above it: the three are the whole
    // economy, so one of them is misprinted.
    let text = |n: &str| {
        format!(
            "全旗地区生产总值420.5亿元，增长5.6%；第一产业增加值61.2亿元，增长4.8%；第二产业增加值172.4亿元，增长6.1%；第三产业增加值{n}，增长5.3%。\n"
        )
    };
    quiet(&text("186.9亿元"));
    assert_eq!(codes(&text("236.9亿元")), vec![Code::PartsExceedWhole]);
    // Joined by `、`, with no growth between them.
    let text = |n: &str| {
        format!(
            "全县生产总值完成96.3亿元。第一产业增加值18.7亿元、第二产业增加值{n}、第三产业增加值42.1亿元。\n"
        )
    };
    quiet(&text("35.5亿元"));
    assert_eq!(codes(&text("45.5亿元")), vec![Code::PartsExceedWhole]);
    // A `其中` in the sentence after the industries opens another whole.
    let text = |n: &str| {
        format!(
            "全县生产总值96.3亿元，增长6%；第一产业增加值18.7亿元、第二产业增加值{n}、第三产业增加值42.1亿元。财政收入8.2亿元，其中税收收入5.6亿元。\n"
        )
    };
    quiet(&text("35.5亿元"));
    assert_eq!(codes(&text("45.5亿元")), vec![Code::PartsExceedWhole]);
    assert_eq!(codes(&text("145.5亿元")), vec![Code::PartExceedsWhole]);
    // Only two industries named, or another place's: nothing to add up.
    quiet("地区生产总值96.3亿元。第一产业增加值58.7亿元、第二产业增加值45.5亿元。\n");
    quiet(
        "全市生产总值96.3亿元。甲县第一产业增加值18.7亿元、第二产业增加值45.5亿元、第三产业增加值42.1亿元。\n",
    );
}

#[test]
fn values_after_respectively_add_up_to_their_total() {
    // `分别…，合计Z`: the values are the parts of Z.
    let text = |n: &str| format!("两座水库年供水量分别为1.3亿立方米、0.8亿立方米，合计{n}。\n");
    quiet(&text("2.1亿立方米"));
    assert_eq!(codes(&text("1.9亿立方米")), vec![Code::PartsExceedWhole]);
    // Three values joined by `、` and `和`, the sum after `共计达到`.
    let text = |n: &str| {
        format!("甲、乙、丙三个园区营业收入分别为86亿元、54亿元和{n}，共计达到170亿元。\n")
    };
    quiet(&text("30亿元"));
    assert_eq!(codes(&text("40亿元")), vec![Code::PartsExceedWhole]);
    // A larger whole named before the sum, a sum of another unit, or a
    // change after the sum word: not their sum.
    quiet("甲乙两镇分别新增就业1200人、900人，全县合计1800人。\n");
    quiet("两座水库分别蓄水1.3亿立方米、0.8亿立方米，合计1.9万亩。\n");
    quiet("两座水库分别蓄水1.3亿立方米、0.8亿立方米，合计增长1.9亿立方米。\n");
}

#[test]
fn a_total_broken_down_by_class_adds_up() {
    // `，分X看：` right after the total, each class named with its level.
    let text = |n: &str| {
        format!(
            "全县8个乡镇共建成村级文化广场40个，分乡镇看：东坪镇12个，西坪镇{n}，南溪乡9个，北岭乡8个。\n"
        )
    };
    quiet(&text("11个"));
    assert_eq!(codes(&text("21个")), vec![Code::PartsExceedWhole]);
    // A class with a detail of its own in its clause, or a breakdown whose
    // total is not right before it: not added up.
    quiet("共建成文化广场40个，分乡镇看：东坪镇12个，新建8个；西坪镇21个，南溪乡9个。\n");
    quiet("共建成文化广场40个，覆盖率达到90%。分乡镇看：东坪镇32个，西坪镇21个。\n");
}

#[test]
fn a_sum_of_parts_is_written_in_yi_past_one_yi() {
    // Not `2890000万千瓦时`: past one 亿, any unit reads in 亿 (the sum at
    // least: 185.5 + 103.5).
    let config = Config::default();
    let text =
        format!("{TITLE}风电、光伏发电量分别为186亿千瓦时、104亿千瓦时，合计270亿千瓦时。\n");
    let doc = Document::parse(text, &config);
    let found: Vec<String> = check(&doc, &Context::alone(&config))
        .iter()
        .map(|d| format!("{:?}", d.finding))
        .collect();
    assert!(
        found.iter().any(|f| f.contains("\"289亿千瓦时\"")),
        "{found:?}"
    );
}

// Round 22 prober

/// How many share-mismatch findings a text (after the title) gives.
fn share_findings(text: &str) -> usize {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter(|d| d.code() == Code::ShareMismatch)
        .count()
}

#[test]
fn the_year_befores_level_printed_after_the_change_is_no_whole() {
    // `上年为A` after the rate is the base: the parts after `；其中：` are
    // those of the level B, not of A.
    let text = |a: &str| {
        format!(
            "特色产业产值360.5亿元，比上年增长15.0%，上年为313.5亿元；其中：装备产业{a}；食品产业90.2亿元；材料产业60.3亿元。\n"
        )
    };
    quiet(&text("210.0亿元"));
    assert_eq!(codes(&text("250.0亿元")), vec![Code::PartsExceedWhole]);
    assert_eq!(codes(&text("370.0亿元")), vec![Code::PartExceedsWhole]);
}

#[test]
fn a_time_back_from_now_after_fenbie_is_no_value() {
    // `五年前的` is where the values are compared from, not a value.
    quiet("全县客运量、货运量分别是五年前的1.3倍、2.1倍。\n");
    quiet("全县客运量、货运量分别是十年前的1.3倍和2.1倍。\n");
    assert_eq!(
        codes("全县客运量、货运量、邮件量分别是五年前的1.3倍、2.1倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_share_of_a_whole_named_earlier_in_the_paragraph() {
    // The whole named after `占`, printed once before the part.
    let named = |share: &str| {
        format!("全区营业收入1500亿元，增长7.5%；工业产值600亿元，占营业收入的{share}。\n")
    };
    assert_eq!(share_findings(&named("40.0%")), 0);
    assert_eq!(share_findings(&named("46.0%")), 1);
    // Two levels of the whole (`由A增加到B`), the name twice, or a level
    // of another unit: whose share it is is not one answer.
    assert_eq!(
        share_findings("营业收入由1200亿元增加到1500亿元；工业产值600亿元，占营业收入的46.0%。\n"),
        0
    );
    assert_eq!(
        share_findings(
            "营业收入1500亿元，上年营业收入1300亿元；工业产值600亿元，占营业收入的46.0%。\n"
        ),
        0
    );
    assert_eq!(
        share_findings("营业收入增长7.5%；工业产值600亿元，占营业收入的46.0%。\n"),
        0
    );
    // Other shares of the same whole before do not name it again.
    let gdp = |share: &str| {
        format!(
            "地区生产总值800亿元。财政收入60亿元，占地区生产总值的7.5%；民营经济增加值440亿元，占地区生产总值的{share}。\n"
        )
    };
    assert_eq!(share_findings(&gdp("55.0%")), 0);
    assert_eq!(share_findings(&gdp("65.0%")), 1);
}

#[test]
fn tax_revenue_with_a_bare_share_is_a_part_of_the_budget_revenue() {
    let text = |share: &str| {
        format!("一般公共预算收入40亿元，比上年增长6.0%；税收收入30亿元，占比{share}。\n")
    };
    assert_eq!(share_findings(&text("75.0%")), 0);
    assert_eq!(share_findings(&text("85.0%")), 1);
    // Two budget revenues (two years) before: no reading.
    assert_eq!(
        share_findings(
            "一般公共预算收入40亿元，上年一般公共预算收入37亿元；税收收入30亿元，占比85.0%。\n"
        ),
        0
    );
    // Another part with a bare share is not read as tax.
    assert_eq!(
        share_findings("一般公共预算收入40亿元；非税收入10亿元，占比35.0%。\n"),
        0
    );
}

#[test]
fn the_urbanisation_rate_is_the_urban_over_the_resident_population() {
    let text = |rate: &str| {
        format!("年末常住人口50.0万人，城镇人口30.0万人。常住人口城镇化率达到{rate}。\n")
    };
    assert_eq!(share_findings(&text("60.0%")), 0);
    assert_eq!(share_findings(&text("63.0%")), 1);
    // A rate raised from one level to another, or two resident
    // populations: no reading.
    assert_eq!(
        share_findings("年末常住人口50.0万人，城镇人口30.0万人。城镇化率由58.0%提高到63.0%。\n"),
        0
    );
    assert_eq!(
        share_findings(
            "年末常住人口50.0万人，上年常住人口49.0万人，城镇人口30.0万人。城镇化率达到63.0%。\n"
        ),
        0
    );
    // The registered population's rate is of other populations.
    assert_eq!(
        share_findings("年末常住人口50.0万人，城镇人口30.0万人。户籍人口城镇化率达到45.0%。\n"),
        0
    );
}

#[test]
fn a_level_then_the_year_befores_level_without_de_and_the_rate() {
    // `B，比上年A增长R` and `B，由上年A增长R`, as `比上年的A`.
    quiet("旅游收入60.0亿元，比上年50.0亿元增长20.0%。\n");
    quiet("旅游收入60.0亿元，由上年50.0亿元增长20.0%。\n");
    assert_eq!(
        codes("旅游收入60.0亿元，比上年50.0亿元增长25.0%。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("旅游收入60.0亿元，由上年50.0亿元增长25.0%。\n"),
        vec![Code::GrowthMismatch]
    );
    // A change with no base printed, and a base of another scope: not
    // read.
    quiet("旅游收入60.0亿元，比上年增长25.0%。\n");
    quiet("旅游收入60.0亿元，比上年全省50.0亿元增长25.0%。\n");
}

// Round 22, the lead

#[test]
fn clauses_sorting_names_into_kinds_part_groups_not_items() {
    // `N个园区：甲为国家级；乙、丙…为省级`: the count is of the names
    // across the clauses, not of the clauses.
    quiet("全县建成5个省级以上园区：甲园区为国家级；乙园区、丙园区、丁园区和戊园区为省级。\n");
    quiet("全县建成4个重点园区：甲园区为国家级；乙园区、丙园区是省级；丁园区为市级。\n");
    // Clauses that are items of their own still count.
    assert_eq!(
        codes("办好5件民生实事：新建幼儿园；改造老旧小区；建设农贸市场；新增公交线路。\n"),
        vec![Code::CountMismatch]
    );
}

// Round 23 prober

#[test]
fn groups_after_a_counts_colon_add_up_to_it() {
    // `N个：甲类a个，乙类b个`: the groups divide the count.
    quiet("全县建成示范基地12个：国家级示范基地5个，省级示范基地7个。\n");
    quiet("新建改扩建学校9所：小学4所、初中2所、幼儿园3所。\n");
    quiet("全镇辖10个村：平原村6个，山区村4个。\n");
    // A group too many or too few.
    assert_eq!(
        codes("全县建成示范基地12个：国家级示范基地5个，省级示范基地8个。\n"),
        vec![Code::PartsExceedWhole]
    );
    assert_eq!(
        codes("全县建成示范基地13个：国家级示范基地5个，省级示范基地7个。\n"),
        vec![Code::CountMismatch]
    );
    assert_eq!(
        codes("新建改扩建学校10所：小学4所、初中2所、幼儿园3所。\n"),
        vec![Code::CountMismatch]
    );
    // The groups end where a clause measures another thing.
    assert_eq!(
        codes("新建改扩建学校10所：小学4所、初中2所、幼儿园3所，新增学位2400个。\n"),
        vec![Code::CountMismatch]
    );
    quiet("新建改扩建学校9所：小学4所、初中2所、幼儿园3所，新增学位2400个。\n");
    // Groups of 实事 in the count's own word are groups too.
    assert_eq!(
        codes("全年办好六件民生实事：教育类2件、交通类3件。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn groups_in_the_counts_measure_word_are_not_its_items() {
    // Before: `学校9所：小学4所、初中2所、幼儿园3所` read as three items
    // of nine.
    quiet("新建改扩建学校9所：小学4所、初中2所、幼儿园3所。\n");
    quiet("建成示范基地12个：国家级5个、省级7个。\n");
    // Items named with no count are still items.
    assert_eq!(
        codes("建成示范基地3个：甲基地、乙基地。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn groups_that_may_nest_or_cross_are_not_added_up() {
    // A bound, a flow within the stock, or a part of a group: the groups
    // may hold one another.
    quiet("全县建成示范基地12个：省级以上示范基地8个，国家级示范基地3个。\n");
    quiet("全县建成示范基地12个：国家级示范基地5个，其中新增2个。\n");
    quiet("全县建成示范基地12个：新增示范基地5个，续建示范基地3个。\n");
    // Two lines of division (two kinds of break), and units unlike the
    // count's: no reading.
    quiet("新建改扩建学校9所：小学4所、初中2所，公办学校5所、民办学校1所。\n");
    quiet("全县建成示范基地12个：国家级示范基地5个，带动农户3200户。\n");
    // A rounded count (`1.2万户`) is no sum of exact groups.
    quiet("新增市场主体1.2万户：企业3000户，个体工商户8000户。\n");
}

#[test]
fn the_town_to_country_income_ratio_follows_from_the_two_incomes() {
    let text = |ratio: &str| {
        format!(
            "城镇居民人均可支配收入50000元，增长5.0%；农村居民人均可支配收入25000元，增长7.0%；城乡居民收入比为{ratio}。\n"
        )
    };
    quiet(&text("2.00"));
    assert_eq!(share_findings(&text("2.00")), 0);
    assert_eq!(share_findings(&text("2.10")), 1);
    // The incomes listed after `分别`, and the ratio's last value of
    // `由A缩小到B`.
    let listed = |ratio: &str| {
        format!(
            "城镇、农村居民人均可支配收入分别为60000元和30000元，城乡居民收入比由2.10缩小到{ratio}。\n"
        )
    };
    assert_eq!(share_findings(&listed("2.00")), 0);
    assert_eq!(share_findings(&listed("1.90")), 1);
    // Levels raised from one to another: the later ones.
    assert_eq!(
        share_findings(
            "城镇居民人均可支配收入由40000元增加到50000元，农村居民人均可支配收入由16000元增加到25000元，城乡居民收入比由2.50缩小到2.00。\n"
        ),
        0
    );
    // Two town incomes, or none printed: no reading.
    assert_eq!(
        share_findings(
            "城镇居民人均可支配收入50000元，城镇非私营单位人均可支配收入60000元，农村居民人均可支配收入25000元，城乡居民收入比为2.40。\n"
        ),
        0
    );
    assert_eq!(share_findings("城乡居民收入比为2.40。\n"), 0);
}

#[test]
fn a_share_after_a_half_width_comma_and_spaces_is_read() {
    // A draft typed with half-width commas and spaces around figures.
    assert_eq!(
        share_findings("外贸进出口总额246.8亿元,其中出口198.6亿元,占80.5%。\n"),
        0
    );
    assert_eq!(
        share_findings("外贸进出口总额246.8亿元,其中出口198.6亿元,占85.5%。\n"),
        1
    );
    assert_eq!(
        share_findings("外贸进出口总额 246.8 亿元,其中出口 198.6 亿元,占 85.5 %。\n"),
        1
    );
}

#[test]
fn a_rate_compared_with_the_years_target_printed_after_it() {
    quiet("全年地区生产总值增长6.8%，比年初目标6.5%高出0.3个百分点。\n");
    quiet("全年地区生产总值增长6.2%，比年初目标6.5%低0.3个百分点。\n");
    assert_eq!(
        codes("全年地区生产总值增长6.8%，比年初目标6.5%高出0.5个百分点。\n"),
        vec![Code::PointsMismatch]
    );
    // A target not printed: nothing to compare.
    quiet("上半年地区生产总值增长6.2%，低于全年目标0.5个百分点。\n");
}

// Round 24 prober

#[test]
fn money_actually_used_is_no_real_rate() {
    // `实际使用外资` names the money used: its rate follows its levels.
    quiet("实际使用外资5.8亿美元，增长12.4%，上年为5.16亿美元。\n");
    assert_eq!(
        codes("实际使用外资5.8亿美元，增长14.4%，上年为5.16亿美元。\n"),
        vec![Code::GrowthMismatch]
    );
    // A rate said to be real still is not read.
    quiet("实际使用外资5.8亿美元，按美元计实际增长14.4%，上年为5.16亿美元。\n");
    quiet("居民收入5800元，实际增长14.4%，上年为5160元。\n");
}

#[test]
fn a_base_named_by_its_year() {
    quiet("一般公共预算收入18.6亿元，比2020年的12.4亿元增长50%。\n");
    assert_eq!(
        codes("一般公共预算收入18.6亿元，比2020年的12.4亿元增长45%。\n"),
        vec![Code::GrowthMismatch]
    );
    // Past the year's own change.
    quiet("一般公共预算收入18.6亿元，比上年增长8.1%，比2020年的12.4亿元增长50%。\n");
    assert_eq!(
        codes("一般公共预算收入18.6亿元，比上年增长8.1%，比2020年的12.4亿元增长45%。\n"),
        vec![Code::GrowthMismatch]
    );
    // An average over the years is not the whole change: not read so.
    quiet("一般公共预算收入18.6亿元，比2020年的12.4亿元年均增长14.5%。\n");
    // Points, with the base year printed after the change.
    quiet("园区产值占比82.4%，比2020年提高9.6个百分点，2020年为72.8%。\n");
    assert_eq!(
        codes("园区产值占比82.4%，比2020年提高8.6个百分点，2020年为72.8%。\n"),
        vec![Code::PointsMismatch]
    );
    // The change names another year, or none: it may be the last year's.
    quiet("园区产值占比82.4%，比2021年提高8.6个百分点，2020年为72.8%。\n");
    quiet("园区产值占比82.4%，提高8.6个百分点，2020年为72.8%。\n");
}

#[test]
fn an_income_ratio_closed_by_a_half_width_full_stop() {
    let text = |ratio: &str| {
        format!(
            "城镇居民人均可支配收入50000元,农村居民人均可支配收入25000元.城乡居民收入比为{ratio}.年初确定的实事全部完成.\n"
        )
    };
    assert_eq!(share_findings(&text("2.00")), 0);
    assert_eq!(share_findings(&text("2.10")), 1);
    // Two values run together: no value read.
    assert_eq!(
        share_findings(
            "城镇居民人均可支配收入50000元,农村居民人均可支配收入25000元.城乡居民收入比为2.10.5.\n"
        ),
        0
    );
}

#[test]
fn points_between_rates_of_subjects_read_from_clauses() {
    let text = |points: &str| {
        format!(
            "城镇居民人均可支配收入58620元，农村居民人均可支配收入28460元，分别增长4.5%、6.2%，农村居民收入增速快于城镇居民{points}个百分点。\n"
        )
    };
    quiet(&text("1.7"));
    assert_eq!(codes(&text("1.5")), vec![Code::PointsMismatch]);
    // Half-width commas too.
    assert_eq!(
        codes(
            "城镇居民人均可支配收入58620元,农村居民人均可支配收入28460元,分别增长4.5%、6.2%,农村居民收入增速快于城镇居民1.5个百分点.\n"
        ),
        vec![Code::PointsMismatch]
    );
    // Two clauses naming the same group: no reading.
    quiet(
        "农村居民人均可支配收入28460元，农村居民人均消费支出18460元，分别增长4.5%、6.2%，农村居民收入增速快于城镇居民1.5个百分点。\n",
    );
}

#[test]
fn sums_of_money_broken_down_after_a_colon() {
    quiet("口岸基础设施投资120亿元：交通类60亿元，查验类40亿元，仓储类20亿元。\n");
    assert_eq!(
        codes("口岸基础设施投资120亿元：交通类60亿元，查验类40亿元，仓储类30亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
    // Money is rounded: groups short of the sum are not reported.
    quiet("口岸基础设施投资120亿元：交通类60亿元，查验类40亿元，仓储类10亿元。\n");
    // Groups that may nest, or are split along two lines, are not added.
    quiet("口岸基础设施投资120亿元：其中交通类60亿元，查验类40亿元，仓储类30亿元。\n");
    quiet("口岸基础设施投资120亿元：交通类60亿元、查验类40亿元，省级30亿元、州级10亿元。\n");
}

#[test]
fn a_space_before_the_decimal_point() {
    assert_eq!(
        codes("森林覆盖率达到102 .6 %。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("森林覆盖率达到62 .6 %。\n");
    // A full stop between figures keeps its place.
    quiet("森林覆盖率达到62%.6月底前完成造林.\n");
}

#[test]
fn respectively_values_after_a_verb_and_their_measure() {
    assert_eq!(
        codes(
            "甲县、乙县和丙县分别新增治理水土流失面积32平方公里、28平方公里、19平方公里、7平方公里。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    quiet("甲县、乙县和丙县分别新增治理水土流失面积32平方公里、28平方公里、19平方公里。\n");
    // Long words with no measure closing them: no reading.
    quiet(
        "甲县、乙县和丙县分别新增了用于治理水土流失32平方公里、28平方公里、19平方公里、7平方公里。\n",
    );
}

#[test]
fn parts_in_the_single_measures_of_a_compound_one() {
    quiet("年末牲畜存栏186万头只，其中大畜28.6万头、小畜157.4万只。\n");
    assert_eq!(
        codes("年末牲畜存栏186万头只，其中大畜28.6万头、小畜160.4万只。\n"),
        vec![Code::PartsExceedWhole]
    );
    // One measure only, or another figure trailing the parts: not read.
    quiet("年末牲畜存栏186万头只，其中大畜28.6万头、牦牛160.4万头。\n");
    quiet("年末牲畜存栏186万头只，其中大畜28.6万头、小畜160.4万只增长5%。\n");
}

#[test]
fn parts_each_broken_down_by_a_of_which_of_their_own() {
    let text = |first: &str| {
        format!(
            "规上工业总产值1286.4亿元，增长9.6%，其中电子信息产业{first}亿元，其中集成电路238.5亿元；高端装备产业386.2亿元，其中新能源汽车214.6亿元；生物医药产业162.3亿元。\n"
        )
    };
    quiet(&text("612.8"));
    assert_eq!(codes(&text("912.8")), vec![Code::PartsExceedWhole]);
    // An inner part raised stays within its own part: not added to the
    // next piece's part.
    quiet(
        "规上工业总产值1286.4亿元，其中电子信息产业612.8亿元；高端装备产业386.2亿元，其中新能源汽车350.6亿元；生物医药产业162.3亿元。\n",
    );
    // A piece opening with no part of the whole's unit: no reading.
    quiet(
        "规上工业总产值1286.4亿元，其中电子信息产业912.8亿元，其中集成电路238.5亿元；新增企业38家，高端装备产业386.2亿元。\n",
    );
}

#[test]
fn deeds_after_a_count_of_deeds_said_done() {
    let text = |count: &str| {
        format!(
            "{count}件民生实事全面完成：新建幼儿园6所、新建中小学3所、改造老旧小区36个、新增养老床位300张。\n"
        )
    };
    quiet(&text("四"));
    assert_eq!(codes(&text("五")), vec![Code::CountMismatch]);
    // A deed with no quantity of its own: not read.
    quiet(
        "五件民生实事全面完成：新建幼儿园6所、新建中小学3所、改造老旧小区、新增养老床位300张。\n",
    );
}

// Round 25 prober

/// How many findings of `code` the text gives.
fn count_of(code: Code, text: &str) -> usize {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter(|d| d.code() == code)
        .count()
}

#[test]
fn a_bound_after_parts_may_speak_of_their_whole() {
    // The bound after the parts' list is the whole's: no conflict with
    // the last part.
    let text = "粮食总产量3415万吨，其中夏粮1386万吨、秋粮2029万吨，连续六年稳定在3400万吨以上。\n";
    assert_eq!(count_of(Code::FigureConflict, text), 0);
    // The whole itself below its bound still conflicts.
    assert_eq!(
        count_of(
            Code::FigureConflict,
            "粮食总产量3315万吨，连续六年稳定在3400万吨以上。\n"
        ),
        1
    );
    // One part after `其中`: whose bound it is cannot be told.
    assert_eq!(
        count_of(
            Code::FigureConflict,
            "粮食总产量3415万吨，其中秋粮2029万吨，连续六年稳定在3400万吨以上。\n"
        ),
        0
    );
}

#[test]
fn circled_items_after_a_count_and_of_which_are_some_of_them() {
    let text = |count: &str| {
        format!(
            "{count}件民生实事全部完成，其中：\n① 新建城乡公交线路8条；\n② 新增养老床位380张；\n③ 改造老旧小区22个；\n④ 新建农贸市场3个。\n"
        )
    };
    // Some of ten picked out: as after `等`.
    quiet(&text("十"));
    quiet(&text("四"));
    // More items than counted cannot be some of them.
    assert_eq!(codes(&text("三")), vec![Code::CountMismatch]);
    // On one line too.
    quiet(
        "十件民生实事全部完成，其中：①新建公交线路8条；②新增养老床位380张；③改造老旧小区22个。\n",
    );
}

#[test]
fn points_printed_before_the_two_rates() {
    let text =
        |points: &str| format!("常住人口城镇化率提高{points}个百分点，由60.2%提高到61.3%。\n");
    quiet(&text("1.1"));
    assert_eq!(codes(&text("1.3")), vec![Code::PointsMismatch]);
    // The rates not closing their clause may lead on to more: not read.
    quiet("常住人口城镇化率提高1.3个百分点，由60.2%提高到61.3%的水平。\n");
}

#[test]
fn parts_in_two_measures_after_half_width_commas() {
    let text = |amount: &str| {
        format!(
            "全年招引项目64个,计划总投资186亿元,其中工业项目38个、计划总投资124亿元,服务业项目26个、计划总投资{amount}亿元。\n"
        )
    };
    quiet(&text("62"));
    assert_eq!(codes(&text("72")), vec![Code::PartsExceedWhole]);
    // Parts bounded by a size may overlap: not read.
    quiet(
        "全年招引项目64个,计划总投资186亿元,其中10亿元以上项目38个、计划总投资124亿元,1亿元以上项目26个、计划总投资72亿元。\n",
    );
}

#[test]
fn respectively_subjects_counted_right_before_their_noun() {
    let text = |values: &str| format!("全省自由贸易试验区3个片区分别新增市场主体{values}。\n");
    quiet(&text("1.2万户、0.9万户、0.7万户"));
    assert_eq!(
        codes(&text("1.2万户、0.9万户")),
        vec![Code::RespectivelyMismatch]
    );
    // One value: each got as much.
    assert_eq!(
        count_of(
            Code::RespectivelyMismatch,
            "全市3家企业分别获得奖励资金100万元。\n"
        ),
        0
    );
    // An ordinal or names listed before the count: not this reading.
    quiet("第3个片区分别新增市场主体1.2万户、0.9万户。\n");
}

#[test]
fn slogan_parts_named_after_their_things_by_yi_wei() {
    let text = |wings: &str| {
        format!(
            "统筹推进“一主两翼”①区域布局。\n注释\n①“一主两翼”：以省会都市圈为主体，以{wings}为两翼。\n"
        )
    };
    quiet(&text("东部沿海经济带、西部生态经济区"));
    assert_eq!(codes(&text("东部沿海经济带")), vec![Code::SloganCount]);
    assert_eq!(
        codes(&text("东部沿海经济带、西部生态经济区、北部山区")),
        vec![Code::SloganCount]
    );
    // A join may stand inside one name or join two: not reported.
    quiet(&text("东部沿海经济带、西部生态和北部山区经济区"));
}

#[test]
fn exports_and_imports_each_with_its_rate_make_up_the_trade_total() {
    let text = |exports: &str| {
        format!(
            "外贸进出口总额6824亿元，增长8.2%，其中出口{exports}亿元，增长10.4%；进口2508亿元，增长4.6%。\n"
        )
    };
    quiet(&text("4316"));
    assert_eq!(codes(&text("5316")), vec![Code::PartsExceedWhole]);
    // Parted by commas: one reading, one finding.
    assert_eq!(
        codes(
            "外贸进出口总额6824亿元，增长8.2%，其中出口5316亿元，增长10.4%，进口2508亿元，增长4.6%。\n"
        ),
        vec![Code::PartsExceedWhole]
    );
    // Imports of a trade in services may lie outside a goods total: not read.
    quiet(
        "服务贸易进出口总额6824亿元，增长8.2%，其中出口5316亿元，增长10.4%；进口2508亿元，增长4.6%。\n",
    );
}

#[test]
fn a_measured_slogan_glossed_in_brackets_by_items_holding_numerals_is_counted() {
    // `“五个一批”（签约一批…）`: the count rule leaves names holding
    // numerals, so the slogan rule reads the gloss.
    assert_eq!(
        codes("落实“五个一批”（签约一批、开工一批、投产一批、达效一批）。\n"),
        [Code::SloganCount]
    );
    quiet("落实“五个一批”（签约一批、开工一批、投产一批、达效一批、储备一批）。\n");
    // Names with no numeral stay the count rule's: one finding.
    assert_eq!(
        codes("建设“三大基地”（东湖基地、西山基地）。\n"),
        [Code::CountMismatch]
    );
}

#[test]
fn a_slogan_spelled_out_after_a_dash_is_counted() {
    assert_eq!(
        codes("落实“五个一批”——签约一批、开工一批、投产一批、达效一批。\n"),
        [Code::SloganCount]
    );
    quiet("实施“三大行动”——东湖行动、西山行动、南河行动——全面展开。\n");
    quiet("打好“三大攻坚战”——这是决胜全面小康的关键。\n");
}

#[test]
fn growth_leaves_rates_measured_otherwise_than_their_levels() {
    // An average over five years a few tenths from the printed levels' rate:
    // published from unrounded or revised levels.
    quiet("五年来，全县社会消费品零售总额由41.5亿元增加到98.6亿元，年均增长18.7%。\n");
    assert_eq!(
        codes("五年来，全县社会消费品零售总额由41.5亿元增加到98.6亿元，年均增长21.5%。\n"),
        vec![Code::GrowthMismatch]
    );
    // Income per head stated net of prices grows less than its levels;
    // above them, or far below, it cannot follow.
    quiet("五年来，农村居民人均可支配收入由9100元增加到14200元，年均增长7.2%。\n");
    assert_eq!(
        codes("五年来，农村居民人均可支配收入由9100元增加到14200元，年均增长12.5%。\n"),
        vec![Code::GrowthMismatch]
    );
    assert_eq!(
        codes("五年来，农村居民人均可支配收入由9100元增加到14200元，年均增长1.5%。\n"),
        vec![Code::GrowthMismatch]
    );
    // Output values and value added grow at comparable prices, however
    // the indicator is written before the levels.
    quiet("五年来，全县农业总产值由34.9亿元增加到87.8亿元，年均增长7.4%。\n");
    quiet("第三产业加快发展，增加值由83.8亿元增加到214.3亿元，年均增长14.9%。\n");
}

#[test]
fn a_floor_each_counted_thing_passes_is_no_whole() {
    // The floor bounds each county; the parts are counties' own levels.
    quiet("5个县财政收入超过20亿元，其中甲县超过30亿元，乙县突破40亿元。\n");
    quiet("全市8个县区财政总收入过10亿元，其中甲县迈上15亿元。\n");
    quiet("行政村集体经济收入均达5万元以上，其中240个村均达10万元以上。\n");
    // A floor of the whole's own amount still caps its parts at twice it.
    assert_eq!(
        codes("全县财政收入突破10亿元，其中税收收入30亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Housing started this year and that finished are two cohorts.
    quiet("开工建设保障性住房3.6万套，竣工3.9万套。\n");
}

#[test]
fn two_names_before_a_quoted_count_may_be_its_subjects() {
    // The names before the slogan may be who holds it, not its parts.
    quiet("认真落实省委、省政府“三大目标”定位要求。\n");
    quiet("深入学习并践行机关、干部“四个意识”要求。\n");
    // Named with `和`, the two may be whose the slogan is as well
    // (`甲机制和行政执法“三项制度”`): only a count of two reads them as
    // its parts. Three names still tell a quoted count of four.
    quiet("抓住产业和就业“三个关键”，开展示范创建。\n");
    quiet("全面推行规范性文件审核机制和行政执法“三项制度”。\n");
    assert_eq!(
        codes("抓住产业、就业和民生“四个关键”，开展示范创建。\n"),
        vec![Code::CountMismatch]
    );
    // Two names, the last of one character: it starts a word holding the
    // numeral, not a name of its own.
    quiet("加快新华集贸、南三条市场改造升级。\n");
}

#[test]
fn rates_against_a_task_may_pass_a_hundred() {
    // Housing started or built against the units assigned.
    quiet("新开工保障性住房4710套、开工率102.9%，基本建成6552套、建成率131%。\n");
    // Investment lined up against the year's, person-times over the insured.
    quiet("确保储备项目投资支撑率达120%以上。\n");
    quiet("参合率达96.3%，受益率达123.1%。\n");
    // Projects started among those listed are a share.
    assert_eq!(
        codes("全年重点项目开工率达到102%。\n"),
        vec![Code::RateOutOfRange]
    );
}

#[test]
fn a_later_clause_of_another_subject_is_no_part() {
    // A clause whose long name shares nothing with the whole's or the
    // parts' names states another subject, whatever the sum so far.
    quiet("全年取得科研成果35项，其中省级成果12项，获发明专利授权62项。\n");
    quiet("市级以上龙头企业109家，其中国家级4家、省级14家，农村专业合作组织219家。\n");
    // Named like the whole, it is still a part.
    assert_eq!(
        codes("全年取得科研成果35项，其中省级成果12项，国家级科研成果40项。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_part_named_by_another_measure_is_no_part() {
    // Output is no part of value added, investment none of output.
    quiet("实现工业增加值50亿元，增长15%，其中规模以上工业实现总产值100亿元。\n");
    quiet("新增产值35.5亿元。其中：甲工业区完成投资54亿元，新增产值18亿元。\n");
    quiet("实现利税55亿元。其中，甲集团销售收入达到101亿元。\n");
    // The same measure is read.
    assert_eq!(
        codes("实现工业增加值50亿元，其中规模以上工业增加值60亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_class_standard_may_pass_the_general_one() {
    // A standard paid to each of a class, not a sum.
    quiet("城镇低保标准由每月200元提高到220元，其中重度残疾人补助标准由236元提高到300元。\n");
    quiet("城镇低保标准数次提高，已达到每月170元，其中“三无”人员190元。\n");
}

#[test]
fn counts_in_states_of_their_own_are_siblings() {
    // A whole whose clause says what it reached or did: the next count in
    // a state is another group, not some of it.
    quiet("30个农产品获得无公害认定，233个获得绿色产品认证。\n");
    quiet("2项科研成果达到国际先进水平，3项达到国内领先水平。\n");
    // Counts listed by `、` or `和`, or inside a quoted slogan, are names.
    quiet("启动建设3个托老中心、20个居家养老服务中心。\n");
    quiet("建设1个县级养老机构和20个居家养老服务中心。\n");
    quiet("力争实现“一个翻番、两个提前、三个缩小”目标。\n");
    // A bare count in a state after a whole named by its things is some of it.
    assert_eq!(
        codes("今年确定18项惠民实事，25项基本完成。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn names_before_a_slogan_given_as_examples() {
    // `以A、B为重点的“十大X”`: examples of the ten, not their list.
    quiet("建设以甲江绿道、乙江绿道为重点的“十大绿道”。\n");
    // Named as the list itself, the names still count.
    assert_eq!(
        codes("建设甲江绿道、乙江绿道“三大绿道”。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn subjects_of_a_slogan_counting_years_are_not_its_count() {
    // `三年翻番`: three years, not three things doubled.
    quiet("财政总收入、固定资产投资实现“三年翻番”。\n");
}

#[test]
fn a_list_far_from_its_count_is_read_as_something_else() {
    // Fewer than half: the headings group the things counted.
    quiet(
        "今年集中办好12件民生实事：一是促进就业，新增城镇就业岗位3000个；二是发展教育，新建中小学3所；三是改善医疗，新建乡镇卫生院2所。\n",
    );
    // One or two off is a slip, whichever way.
    assert_eq!(
        codes(
            "今年集中办好4件民生实事：一是促进就业，新增城镇就业岗位3000个；二是发展教育，新建中小学3所；三是改善医疗，新建乡镇卫生院2所。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Twice as many or more, without `等`: something else was read.
    quiet("着力打造两大平台：科技创新平台、人才服务平台、金融服务平台、物流信息平台。\n");
    assert_eq!(
        codes("着力打造两大平台：科技创新平台、人才服务平台、金融服务平台。\n"),
        vec![Code::CountMismatch]
    );
    // With `等` the names are some of those counted: more, however many,
    // say the count is wrong.
    assert_eq!(
        codes("推进甲路、乙路、丙路、丁路、戊路等2个项目建设。\n"),
        vec![Code::CountMismatch]
    );
    // A slogan read against the same far list is left unreported with it.
    quiet(
        "（一）巩固拓展“七大行动”成果\n大力实施减污行动。全面完成督察反馈问题整改。\n大力实施治水行动。完成河道治理20公里。\n大力实施增绿行动。完成造林1万亩。\n",
    );
}

#[test]
fn a_slogan_read_far_from_its_numeral_is_read_as_something_else() {
    let note = |slogan: &str, items: &str| {
        format!("一、今年的安排\n整治“{slogan}”行业①。\n注释\n①“{slogan}”行业：指{items}。\n")
    };
    // A note cut short, or read in part: far fewer than its numeral.
    quiet(&note("十小", "食品加工小作坊、小食杂店、小餐饮店"));
    // One or two off is a slip.
    assert_eq!(
        codes(&note("四小", "食品加工小作坊、小食杂店、小餐饮店")),
        vec![Code::SloganCount]
    );
    // A code's part is read from the number its note prints: a digit
    // dropped there is a slip, however far.
    assert_eq!(
        codes(
            "一、今年的安排\n完成“1+6+13+16”规划体系①编制。\n注释\n①“1+6+13+16”规划体系：1个总体规划、6个重点片区规划、3个重点专项规划和16项前期研究。\n"
        ),
        vec![Code::SloganCount]
    );
}

#[test]
fn names_closed_by_deng_before_grades_or_batches_are_examples() {
    // A road grade, batches of pilots: several names to each.
    quiet("建成甲至乙、丙至丁、戊至己、庚至辛等二级公路。\n");
    quiet("抓好甲钢、乙矿、丙化、丁材等两批循环经济试点企业的项目实施。\n");
    // Things counted as themselves still may not be outnumbered.
    assert_eq!(
        codes("建成甲至乙、丙至丁、戊至己、庚至辛等2条公路。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_slogan_counting_characters_is_made_up_by_its_words() {
    let text = |slogan: &str, words: &str| format!("认真贯彻{words}“{slogan}”，提高发展质量。\n");
    // Four words of two characters: eight characters.
    quiet(&text("八字方针", "巩固、增强、提升、畅通"));
    quiet(&text("十二字要求", "稳增长、调结构、惠民生、防风险"));
    // Five words of two characters are not eight.
    assert_eq!(
        codes(&text("八字方针", "巩固、增强、提升、畅通、优化")),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_count_spelling_a_well_known_slogan_is_the_nations() {
    // The report's own words for the three campaigns, two of them read.
    quiet(
        "（一）扎实推进“三大攻坚战”\n打好精准脱贫攻坚战。实现贫困人口全部脱贫。\n打好污染防治攻坚战。完成治理任务。\n",
    );
    // Names before it are its domain, not its parts.
    quiet("完善市政府工作规则和市政府党组“三重一大”议事制度。\n");
    // A count of the report's own in the same place is read as ever.
    assert_eq!(
        codes("完善市政府工作规则和市政府党组三项机制。\n"),
        vec![Code::CountMismatch]
    );
    // A set joined into one is any report's own: as many as it names.
    assert_eq!(
        codes("着力构建实体经济、金融、人才、科技“五位一体”发展的产业体系。\n"),
        vec![Code::CountMismatch]
    );
    // So is a slogan of one word (told by slogan-count here).
    assert_eq!(
        codes("建设数字化、标准化、集成化“四化”新型办事大厅。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn averages_of_revised_caliber_indicators_and_sector_output() {
    // Investment and retail sales are published on a comparable caliber:
    // their average may stand a point from the printed levels' rate.
    let retail = |rate: &str| {
        format!("社会消费品零售总额从2018年的600亿元增加到2023年的1000亿元，年均增长{rate}。\n")
    };
    quiet(&retail("11.8%"));
    assert_eq!(codes(&retail("15.8%")), vec![Code::GrowthMismatch]);
    // Fiscal revenue is not revised so: the same gap is told.
    assert_eq!(
        codes("财政收入从2018年的600亿元增加到2023年的1000亿元，年均增长11.8%。\n"),
        vec![Code::GrowthMismatch]
    );
    // A sector's output is its value added, at comparable prices.
    quiet("第三产业从2022年的10亿元增加到2023年的11亿元，增长15%。\n");
}

#[test]
fn names_starting_a_line_cut_mid_sentence_may_be_more() {
    // A print wrapped at a fixed width, too short to be read as wrapped:
    // the names before the break are lost, so a count above them is no
    // slip.
    quiet("现代物流装备、智能电\n梯、生物医药、地理信息四个行业创新试点扎实开展。\n");
    // The same names on one line are read whole.
    assert_eq!(
        codes("现代物流装备、智能电梯、生物医药、地理信息五个行业创新试点扎实开展。\n"),
        vec![Code::CountMismatch]
    );
    // A heading ends its line with no stop: the names after it start
    // their sentence.
    assert_eq!(
        codes(
            "一、今年工作\n（一）抓好项目建设\n全年开工项目一批。\n（二）抓好民生实事\n办好一批实事。\n（三）守住发展底线\n环境保护、安全稳定是本县发展的三条底线。\n"
        ),
        vec![Code::CountMismatch]
    );
    // A line numbered as a heading is one, outline or not.
    assert_eq!(
        codes("（三）守住发展底线\n环境保护、安全稳定是本县发展的三条底线。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn quarters_and_phrases_after_a_preposition_are_no_count_of_names() {
    // Quarters are a span of time, like months.
    quiet("地区生产总值增速、增量连续三个季度领跑全省。\n");
    // A name closed by a preposition opens a phrase holding the numeral.
    quiet("甲沟至八号闸、临江至三道沟公路建设完成年度计划。\n");
    // Two roads named in full before a count of three still disagree.
    assert_eq!(
        codes("甲沟至八号闸公路、临江至乙沟公路三条公路建设完成年度计划。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_clause_of_outcomes_after_a_slogan_names_some_of_its_parts() {
    // The cities won this year, or aimed at: some of the five.
    quiet("扎实开展“五城联创”，成功创建国家卫生城市、省级文明城市、全国双拥模范城。\n");
    quiet("深入推进“六城联创”，力争创建国家卫生城市、全国文明城市。\n");
    // A clause saying how the slogan is carried out spells it out.
    assert_eq!(
        codes("扎实开展“五城联创”，创建国家卫生城市、省级文明城市、全国双拥模范城。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_numeral_of_deeds_counts_no_places_before_it() {
    // Three kinds of renovation, done in two plants.
    quiet("完成甲电厂、乙电厂“三改联动”改造任务。\n");
    // Names carrying the deed are the deeds: one left out is a slip.
    assert_eq!(
        codes("完善人民调解和行政调解“三调联动”机制。\n"),
        vec![Code::SloganCount]
    );
    // Things counted may be the names by a figure of speech.
    assert_eq!(
        codes("坚持甲产业和乙产业“三轮驱动”。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn names_before_a_slogan_joined_with_one_named_earlier() {
    // The first plan is the subject, the names what it joins with.
    quiet("开展城市总体规划修改，实现与土地利用规划、产业发展规划、生态保护规划“四规合一”。\n");
    // A quote inside a name of the list: the names before it are read too.
    quiet("推进总体规划、土地规划、“十二五”林带规划、水利规划“四规统一”。\n");
    // The names alone before the slogan are its parts.
    assert_eq!(
        codes("开展城市总体规划修改，实现土地利用规划、产业发展规划、生态保护规划“四规合一”。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_count_before_a_lead_of_the_following_work_counts_only_items_naming_it() {
    let lead = |count: &str, items: [&str; 3]| {
        format!(
            "一年来，深入实施“{count}”，主要做了以下工作：\n一是{}，成效明显。\n二是{}，成效明显。\n三是{}，成效明显。\n二、今年工作\n",
            items[0], items[1], items[2]
        )
    };
    // Work of the year, not the campaigns the earlier clause counts.
    quiet(&lead(
        "四大行动计划",
        ["应对风险挑战", "坚持转型升级", "着力改善民生"],
    ));
    // Each item names a campaign: the count counts them.
    assert_eq!(
        codes(&lead(
            "四场战役",
            ["打好稳增长阵地战", "打好调结构突围战", "打好惠民生持久战"]
        )),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_heading_run_on_into_its_first_paragraph_opens_the_first_item() {
    let heading = |n: &str| {
        format!(
            "（三）实施“{n}大攻坚”工程。持续打好甲类风险攻坚战。加强管理，规范行为，守住底线。\n持续打好乙类污染攻坚战。完成整改任务，改善环境质量。\n持续打好丙类贫困攻坚战。巩固脱贫成果，防止返贫。\n（四）其他工作\n"
        )
    };
    quiet(&heading("三"));
    assert_eq!(codes(&heading("四")), vec![Code::CountMismatch]);
    // A run-on sentence naming the things as a whole is a lead: the
    // paragraphs after it already list all of them.
    quiet(
        "（三）实施“两大攻坚”工程。全力打好各项攻坚战。加强管理，守住底线。\n持续打好乙类污染攻坚战。完成整改任务，改善环境质量。\n持续打好丙类贫困攻坚战。巩固脱贫成果，防止返贫。\n（四）其他工作\n",
    );
}

#[test]
fn a_head_sentence_and_its_detail_are_not_two_items_of_a_slogan() {
    // The first reform's head, then its detail in `；` parts.
    quiet(
        "第三，深化“三项改革”。推进农村综合改革。稳步推进乡镇机构改革，转变乡镇政府职能；完善办学保障机制，配置教育资源。\n",
    );
    // Sentences alike, each closing with a reform, are its items.
    assert_eq!(
        codes("第三，深化“三项改革”。推进农村综合改革。深化企业单位改革。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn the_party_committee_and_the_government_are_one_subject() {
    quiet("全面落实省委、省政府走出“四条路子”的重大决策。\n");
    quiet("去年以来，党中央、国务院围绕振兴连续下发三个文件。\n");
    quiet("认真贯彻落实省委、省政府三个“一号工程”决策部署。\n");
    quiet("市委、市政府谋划了甲产业提档、乙生态创建、丙交通互联等“三大工程”。\n");
    // The bodies listed alone are a list.
    assert_eq!(
        codes("市委、市政府、市人大、市政协五大班子共同推进。\n"),
        vec![Code::CountMismatch]
    );
    // Two other names before a count of three still disagree.
    assert_eq!(
        codes("认真贯彻落实甲区、乙区三个“一号工程”决策部署。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn words_of_manner_before_the_verb_are_no_names() {
    quiet("高起点、大规模改造提升纺织、化工、建材、食品等四大传统产业。\n");
    quiet("有重点、分步骤对小街小巷、交通拥堵、公共设施等三个方面进行整治。\n");
    // The things named after the verb alone still disagree with a count.
    assert_eq!(
        codes("大规模改造提升纺织、化工、建材、食品、冶金等四大传统产业。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_review_sentence_counting_deeds_done_heads_no_paragraphs() {
    let paragraphs = [
        ("投资拉动", "创新驱动"),
        ("传统产业", "新兴产业"),
        ("改革开放", "优化环境"),
        ("城镇建设", "乡村振兴"),
    ]
    .map(|(a, b)| {
        format!("一年来，我们坚持{a}与{b}协同发力，成效明显。先后推出一批政策措施，开展多项专项行动，各项指标稳中有进。\n")
    })
    .concat();
    let review = format!(
        "2030年是极不平凡的一年。我们全力打好攻坚战，较好完成确定的目标任务，主要经济指标持续恢复，十方面民生实事全部兑现，社会大局保持和谐稳定。\n{paragraphs}一年来，我们始终牢记群众期盼，努力提升政府效能。\n"
    );
    quiet(&review);
    // A lead closing its paragraph with a count of 方面 counts them.
    let lead = format!("今年重点做好五个方面工作：\n{paragraphs}");
    assert_eq!(codes(&lead), vec![Code::CountMismatch]);
}

#[test]
fn dashed_paragraphs_after_a_lead_of_several_counts_are_one_for_each() {
    let after = "———瞄准一个目标，就是要建设宜居城市。\n———实施两个战略，就是要实施开放带动战略和科教兴市战略。\n———培育五大产业，就是要培育甲、乙、丙、丁、戊产业。\n二、其他工作\n";
    quiet(&format!(
        "今年的工作重点要“瞄准一个目标，实施两个战略，培育五大产业”。\n{after}"
    ));
    // A lead of one count counts them.
    assert_eq!(
        codes(&format!("今年的工作重点要“实施四大任务”。\n{after}")),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_in_apposition_cut_by_a_quote_inside_one_are_not_all_read() {
    quiet(
        "加快甲汽车城、乙农业城、“双碳”示范城、丙创新城、丁消费城、戊创意城“六城联动”，精准施策。\n",
    );
    // A quote closed by one character is a slogan of its own.
    quiet("支持中小企业，实现小变大、弱变强、“四下”变“四上”。\n");
    // Names in apposition alone before the slogan are its parts.
    assert_eq!(
        codes("加快甲汽车城、乙农业城、示范城、丙创新城、丁消费城“六城联动”，精准施策。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_grade_or_a_rank_taken_inside_a_later_name_ends_the_names() {
    quiet("甲河出境水质保持国家2类水体标准，乙河、丙河干流达到国家3类水体标准。\n");
    quiet("争取甲县、乙县、丙县在全省排名提升5个位次以上。\n");
    // A rank's places are no things counted.
    quiet("甲县、乙县前进3个位次以上，丙县、丁县、戊县前进5个位次以上。\n");
    quiet("甲县、乙县入选国家丙、丁四方面军革命文物保护片区名单。\n");
    // Names before the count with no verb of standing are still counted.
    assert_eq!(
        codes("乙河、丙河干流三条河道水质达标。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_last_name_closing_with_a_part_of_its_area_holds_the_counted_things() {
    quiet("加快甲湾、乙镇、丙区西部四村等重点片区综合开发。\n");
    quiet("完成城市东部、南部和西部沿环城公路外侧4个仓储园区建设。\n");
    // Parts of an area named bare are the names counted.
    assert_eq!(
        codes("重点推进东部、西部、南部四个建材产业园建设。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_part_of_two_over_one_deed_on_two_things() {
    quiet(&noted("两通两拆", "道路通车和管网通水，拆除违建和围墙。"));
    quiet(&noted(
        "三创两争",
        "创建“甲城市”、“乙城市”和“丙城市”；争取“丁奖”和“戊称号”。",
    ));
    // A part of two with one deed over one thing still falls short.
    assert_eq!(
        codes(&noted("两通两拆", "道路通车和管网通水，拆除违建围墙。")),
        vec![Code::SloganCount]
    );
    // A part of more counts its other deeds each: the join is one.
    assert_eq!(
        codes(&noted("五清", "清垃圾、清杂物、清残垣断壁和路障、清庭院。")),
        vec![Code::SloganCount]
    );
}

#[test]
fn long_names_the_last_joined_to_one_of_another_kind() {
    quiet(&noted(
        "三大试点",
        "指全国甲乙开发利用试点、全国丙丁改革试点和国家戊己综合改革试验区。",
    ));
    // Counted as a companion of the last name, it falls short (told by
    // the count of the note's list, or by the slogan's).
    assert!(matches!(
        codes(&noted(
            "四名工程",
            "选树10名甲市名师、10名甲市名校长、100名骨干教师和学科带头人。"
        ))
        .as_slice(),
        [Code::CountMismatch | Code::SloganCount]
    ));
    // Read with the joined name, a count past it still disagrees.
    assert!(matches!(
        codes(&noted(
            "四大试点",
            "指全国甲乙开发利用试点、全国丙丁改革试点和国家戊己综合改革试验区。",
        ))
        .as_slice(),
        [Code::CountMismatch | Code::SloganCount]
    ));
}

#[test]
fn names_holding_an_earlier_lists_closing_deng_are_not_read() {
    quiet(
        "基本建成甲中心、乙中心、丙中心等“三个中心”和丁指挥体系、戊体系、己体系、庚体系等“四个体系”。\n",
    );
    quiet(
        "与甲市、乙市、丙市等都市圈城市建立合作协商、规划协调、政策协同、社会参与等“三项机制”。\n",
    );
    quiet("建成甲馆、乙广场等标志性工程和丙公园、丁山、戊山、己山、庚山等4个森林公园。\n");
    // Names with no earlier list inside still disagree with a count.
    assert_eq!(
        codes("建成丙公园、丁山、戊山、己山、庚山、辛山等4个森林公园。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_before_a_slogan_with_one_of_their_kind_earlier_in_the_sentence() {
    quiet(
        "我们要以创建全国文明城市为引领，全面开展国家园林城市、国家卫生城市、国家环保模范城市“四城联创”。\n",
    );
    // The earlier word only opens another word (`服务包`): no name of the kind.
    assert_eq!(
        codes("完善企业“服务包”机制，加强政策服务、数字服务、热线服务“四送”工作。\n"),
        vec![Code::SloganCount]
    );
    // With no other of their kind before them, the names fall short.
    assert_eq!(
        codes("我们要全面开展国家园林城市、国家卫生城市、国家环保模范城市“四城联创”。\n"),
        vec![Code::SloganCount]
    );
}

#[test]
fn a_figure_of_a_part_of_the_area_is_no_second_value_of_the_areas() {
    let conflicts = |text: &str| {
        count_of(
            Code::FigureConflict,
            &format!("2030年，全县完成地区生产总值2800亿元，增长6.2%。\n其他工作。\n{text}"),
        )
    };
    // A district named before the indicator, carried to the clause after.
    assert_eq!(
        conflicts(
            "2030年，甲新区完成地区生产总值470.3亿元，全部财政收入88.3亿元。\n2030年，全县全部财政收入210亿元。\n"
        ),
        0
    );
    // A part of the economy, or of the towns, before the indicator.
    assert_eq!(conflicts("2030年，县域经济地区生产总值达到1500亿元。\n"), 0);
    assert_eq!(
        conflicts("2030年，12个乡、镇（不含甲镇）完成地区生产总值1814亿元。\n"),
        0
    );
    // The area's own figure printed twice still conflicts.
    assert_eq!(conflicts("2030年，全县地区生产总值达到2700亿元。\n"), 1);
}

#[test]
fn respectively_subjects_hidden_in_a_pair_word_or_a_run_of_livestock() {
    // `城乡低保` is urban and rural relief: three subjects with the other.
    quiet("城乡低保和孤儿养育补助标准分别提高到680元、450元和1200元。\n");
    quiet("国省巡查和甲行动反馈问题整改率分别达92.1%、88.4%和97.6%。\n");
    assert_eq!(
        codes("城乡低保和孤儿养育补助标准分别提高到680元、450元、1200元和900元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Kinds of livestock of one character each.
    quiet("猪牛羊禽饲养量分别达到510万头、126万头、98万只和0.86亿只。\n");
    assert_eq!(
        codes("猪牛羊禽饲养量分别达到510万头、126万头和98万只。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_subjects_read_past_durations_codes_and_a_numbered_name() {
    // A duration inside a name does not break the run of figures.
    quiet(
        "学前三年毛入园率90.1%、九年义务教育巩固率95.3%、高中阶段毛入学率92.2%，分别提高3.1、2.4、5.6个百分点。\n",
    );
    assert_eq!(
        codes(
            "学前三年毛入园率90.1%、九年义务教育巩固率95.3%、高中阶段毛入学率92.2%，分别提高3.1、2.4个百分点。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    // A number glued to letters is no figure read: the run may be longer.
    quiet("实现GDP620亿元、财政收入41亿元、服务业增加值233亿元，分别增长6%、4%和9%。\n");
    // A count opening one name of the list (`六类`): the list runs before it.
    quiet("全县盗窃案件、六类严重暴力案件、诈骗案件、涉毒案件分别下降4%、3.1%、21.5%和30.2%。\n");
    assert_eq!(
        codes("全县盗窃案件、六类严重暴力案件、诈骗案件、涉毒案件分别下降4%、3.1%和21.5%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_a_later_list_of_measures_after_a_group() {
    // The values are of the measures listed after the group's count, or
    // of the bases of its shares.
    quiet("甲、乙和丙三大产业营业收入、利税分别占规模以上工业的42%、47%。\n");
    quiet("甲、乙、丙、丁和戊“五大产业”占地区生产总值和财政收入比重分别达到58.4%和51.2%。\n");
    quiet("甲、乙、丙等三大产业增加值、营业收入、利税分别增长12%、15.3%和9.8%。\n");
    // A list with no later one still counts its names.
    assert_eq!(
        codes("甲、乙和丙三大产业增加值分别增长12%和15.3%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // `占比` is a name's, not the base of a share.
    assert_eq!(
        codes("学前教育毛入园率、公办园在园幼儿占比和普惠率分别提高到88.1%、51.3%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_a_statistics_name_holding_and_and_values_parted_by_a_space() {
    quiet(
        "重大基础设施、重大产业、高新技术产业、生态保护和环境治理投资分别增长21.4%、32.4%、12.3%和45.2%。\n",
    );
    // The `和` may still close the list.
    quiet(
        "重大基础设施、重大产业、高新技术产业、生态保护和环境治理投资分别增长21.4%、32.4%、12.3%、45.2%和8.1%。\n",
    );
    assert_eq!(
        codes(
            "重大基础设施、重大产业、高新技术产业、生态保护和环境治理投资分别增长21.4%、32.4%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    // A space where a mark was lost: where the values end is not known.
    quiet("事故起数、死亡人数、经济损失分别下降4.8%、7.8% 6.4%。\n");
    assert_eq!(
        codes("事故起数、死亡人数、经济损失分别下降4.8%、7.8%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn parts_end_where_a_clause_reaches_a_level_of_its_own() {
    // A clause reaching a level after one part named bare.
    quiet("全县规模以上企业达到40户，其中国有企业3户，小微企业升规达到52户。\n");
    // A clause of a rate right after `其中`: no later clause holds parts.
    quiet("全县规模以上企业达到40户，其中国有企业占比达到25.8%，民营企业52户。\n");
    // Past a `；`, a clause reaching its own level.
    quiet("全县规模以上企业达到40户，其中，国有企业3户；小微企业升规达到52户。\n");
    // A part named bare after the first still counts.
    assert_eq!(
        codes("全县规模以上企业达到40户，其中国有企业3户，民营企业52户。\n"),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("全县规模以上企业达到40户，其中，国有企业3户；民营企业52户。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn parts_of_another_measure_the_whole_restated_or_ranked() {
    // Livestock sold off are no part of those kept.
    quiet("牲畜饲养量达1278万只，其中肉羊饲养量1128万只，出栏651万只。\n");
    assert_eq!(
        codes("牲畜饲养量达1278万只，其中肉羊饲养量1128万只，肉牛饲养量251万只。\n"),
        vec![Code::PartsExceedWhole]
    );
    // The whole named again on another basis, after a part named otherwise.
    quiet(
        "一般预算收入达到88.3亿元，其中地方收入51.7亿元，调整退税因素后，一般预算收入为100.9亿元。\n",
    );
    // Parts by rank nest.
    quiet("12项主要指标增速高于全省平均，其中9项居前三、5项第一。\n");
    assert_eq!(
        codes("12项主要指标增速高于全省平均，其中9项增长、5项下降。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn counts_after_a_deed_a_target_of_people_or_a_level_raised_to() {
    // The whole's clause did something of its own (`了`).
    quiet("全年有9200多人进行了易地搬迁，8.4万人基本达到小康。\n");
    // People with a problem to solve are a target, which may be passed.
    quiet("5万人饮水安全问题已解决5.74万人。\n");
    assert_eq!(
        codes("50个饮水安全问题已解决57个。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A level raised to, then what was added in all.
    quiet("城市绿地面积增加到2030年的522公顷，累计新增100公顷。\n");
    assert_eq!(
        codes("城市绿地面积新增120公顷，累计新增100公顷。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_ratio_torn_at_a_point_and_incomes_raised_from_earlier_levels() {
    // `38. 8`: a number torn at its point by a space, after or before.
    assert_eq!(
        count_of(
            Code::RatioSumMismatch,
            "三次产业结构由30.3∶30.9∶38. 8调整为20∶40∶40。\n"
        ),
        0
    );
    assert_eq!(
        count_of(
            Code::RatioSumMismatch,
            "三次产业结构调整为10. 5：53.1：36.4。\n"
        ),
        0
    );
    assert_eq!(
        count_of(
            Code::RatioSumMismatch,
            "三次产业结构调整为10.5：53.1：30.4。\n"
        ),
        1
    );
    // The earlier levels after `从` are not this year's incomes.
    let incomes = |ratio: &str| {
        count_of(
            Code::ShareMismatch,
            &format!(
                "城镇、农村居民人均可支配收入分别从42238元、24410元增加到61743元、37244元，城乡收入比从1.73∶1缩小至{ratio}∶1。\n"
            ),
        )
    };
    assert_eq!(incomes("1.66"), 0);
    assert_eq!(incomes("1.56"), 1);
}

#[test]
fn a_business_income_beside_a_fiscal_total_and_classes_bounded_by_size() {
    // A business's income is no kind of the fiscal total beside it.
    quiet(
        "全年实现财政总收入1.2亿元、主营业务收入26.9亿元、工业总产值20.6亿元，分别增长5.9%、14.9%、8.7%。\n",
    );
    assert_eq!(
        codes("全年实现财政总收入12亿元、增长8%，一般公共预算收入15亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Classes bounded by a size cut across a total not so bounded.
    quiet(
        "全年列入省重点项目101个，完成投资384亿元。甲项目、乙项目等294个亿元以上项目开工建设；丙项目、丁项目等117个亿元以上项目顺利推进。\n",
    );
    assert_eq!(
        codes(
            "全年列入省重点项目101个，完成投资384亿元。甲项目、乙项目等124个续建重点项目加快建设；丙项目、丁项目等17个新建重点项目开工建设。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_count_inside_one_item_of_a_longer_list_and_quotes_touching_quotes() {
    // Counted words followed by more items: the count's words are one
    // item of a longer list, and the names before it may be its fellows.
    quiet("今年继续做好送戏下乡、农村电影三项放映、乡镇书屋建设、数字文化共享等工作。\n");
    assert_eq!(
        codes("今年继续做好送戏下乡、农村电影三项放映工作。\n"),
        vec![Code::CountMismatch]
    );
    // A clause ends the counted words: the names are read as before.
    assert_eq!(
        codes(
            "今年继续做好送戏下乡、农村电影、广场舞四项活动，乡镇书屋建设、数字文化共享等工作。\n"
        ),
        vec![Code::CountMismatch]
    );
    // Quotes touching quotes, each holding a list: the quotes may be the
    // things counted, or the last one's words.
    quiet(
        "通过“苦干一月、扭转局面”“再干一月、稳住大局”“决战一月、全面收官”三个阶段，完成全年任务。\n",
    );
    assert_eq!(
        codes("通过“苦干一月、扭转局面”三个阶段，完成全年任务。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn items_that_follow_another_count_of_their_lead() {
    // Eight projects, then fifteen deeds inside them: the eight numbered
    // items are the projects', not the deeds'.
    let deeds = |projects: &str| {
        codes(&format!(
            "今年集中力量实施{projects}暖心工程，再办15件暖心实事。一是教育工程。新建幼儿园5所。二是就业工程。新增就业1万人。三是养老工程。新建养老院2所。四是医疗工程。新建卫生院3所。五是交通工程。新建公路20公里。六是住房工程。改造老旧小区10个。七是文化工程。新建书屋20个。八是饮水工程。新建水厂2座。\n"
        ))
    };
    assert!(deeds("八大").is_empty());
    assert_eq!(deeds("七大"), vec![Code::CountMismatch]);
    // A row of counts, one item for each.
    quiet(
        "当前的问题主要是“两个不足、两个偏高、两个滞后”：一是投资不足，消费不足；二是成本偏高，负债偏高；三是设施滞后，服务滞后。\n",
    );
    assert_eq!(
        codes(
            "当前的问题主要是“两个不足”：一是投资不足，消费不足；二是成本偏高，负债偏高；三是设施滞后，服务滞后。\n"
        ),
        vec![Code::CountMismatch]
    );
}

#[test]
fn names_any_set_may_take_and_numerals_of_time() {
    // `N位一体`, `N个全覆盖`, hospital grades: names any set may take, in
    // several sizes in one report.
    quiet("完善“三位一体”大调解机制。健全“三位一体”服务体系。推行“四位一体”大维稳机制。\n");
    quiet(
        "市第一医院创建成为“三甲”医院、县医院创建成为“二甲”医院。\n\n名词解释\n1.“二甲”：二级甲等医院，按医院分级管理标准评定。\n",
    );
    assert_eq!(
        codes("完善“三链融合”发展机制。推动“三链融合”走深走实。推行“四链融合”示范工程。\n"),
        vec![Code::SloganCount]
    );
    // A numeral of years spans a time; a numeral of things counts them.
    let steps = |slogan: &str| {
        codes(&format!(
            "“两年初见成效”，即明年底前，基本消除黑臭水体，水质明显好转；“{slogan}”，即2035年底前，甲河全面达到功能区要求，全年水质保持在Ⅲ类。\n"
        ))
    };
    assert!(steps("五年全面达标").is_empty());
    assert_eq!(steps("五个全面达标"), vec![Code::SloganCount]);
}

#[test]
fn names_closed_by_deng_before_words_qualifying_the_count() {
    // `等不同类型的6个村`: the names are examples of the kinds of the
    // villages counted, fewer than them.
    let note = |names: &str| {
        codes(&format!(
            "今年推进“一五十百千”。\n\n名词解释\n1.一五十百千  “一五”指选取{names}不同类型的6个村分别进行综合实验和单项实验，打造示范区。\n"
        ))
    };
    assert!(note("甲提升、乙融合、丙保护等").is_empty());
    // Without 等 the names are all of them.
    assert_eq!(
        note("甲提升、乙融合、丙保护、丁振兴、戊创新"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn a_multiple_with_duo_is_a_floor() {
    // `增长了一倍多`: more than doubled, so any rise past 100% holds.
    quiet("财政总收入由2025年的23.1亿元增加到2030年的60.8亿元，增长了一倍多。\n");
    assert_eq!(
        codes("财政总收入由2025年的23.1亿元增加到2030年的80.8亿元，增长了一倍多。\n"),
        vec![Code::GrowthMismatch]
    );
}

#[test]
fn names_that_did_something_and_levels_that_may_run_on() {
    // Names that each did something (`分别获得`) are the subjects of a
    // province-wide programme, not what its count counts.
    quiet("甲县、乙县、丙县、丁县分别获得全省“五个一批”项目激励。\n");
    quiet("甲县、乙县、丙县、丁县进入全省“五个一批”项目考评前十名。\n");
    // Names that are the programme's own parts are still read.
    assert_eq!(
        codes("实施商业综合体、特色商业街、便民生活圈、餐饮名店“五个一批”提质工程。\n"),
        vec![Code::CountMismatch]
    );
    // A level run after `中` or after a line's space may go on before it.
    quiet("中省市县四级财政对新农村建设的投入累计达6亿元。\n");
    quiet("健全市、 县、乡三级土地流转服务平台。\n");
    assert_eq!(
        codes("健全市、县、乡四级土地流转服务平台。\n"),
        vec![Code::CountMismatch]
    );
}

#[test]
fn two_sizes_of_a_slogan_in_one_sentence_are_two_sets() {
    // Written side by side, the two sizes are two sets the drafter means.
    quiet(
        "义务教育“两免一补”、中职学校“三免一补”全面落实。扩大“三免一补”范围。巩固“三免一补”成果。\n",
    );
    // Apart, the size written once is still told against the other.
    assert_eq!(
        codes("义务教育“两免一补”全面落实。中职学校“三免一补”全面落实。扩大“三免一补”范围。\n"),
        vec![Code::SloganCount]
    );
}
