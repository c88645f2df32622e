//! Parts and wholes, `分别` lists and bounded rates in the forms of issue 9,
//! on sentences written for the test: `其中` in notes, wholes broken down in
//! brackets or after `分别是：`, floors (`突破`) as wholes, `A、B和C` lists,
//! one value for two subjects, and ceilings over 100%.

use report_analysis::{Code, Config, Context, Document, Severity, check};

const TITLE: &str = "2031年示例县政府工作报告\n各位代表：\n";

/// (code, severity) of the figure findings.
fn findings(text: &str) -> Vec<(Code, Severity)> {
    let config = Config::default();
    let doc = Document::parse(format!("{TITLE}{text}"), &config);
    check(&doc, &Context::alone(&config))
        .into_iter()
        .filter(|d| {
            matches!(
                d.code(),
                Code::RateOutOfRange
                    | Code::RespectivelyMismatch
                    | Code::PartExceedsWhole
                    | Code::PartsExceedWhole
            )
        })
        .map(|d| (d.code(), d.severity))
        .collect()
}

fn codes(text: &str) -> Vec<Code> {
    findings(text).into_iter().map(|f| f.0).collect()
}

fn quiet(text: &str) {
    let got = findings(text);
    assert!(got.is_empty(), "{text}\n{got:?}");
}

#[test]
fn a_part_in_a_note() {
    let note = |part: &str| {
        format!(
            "建设示范园区。\n注释\n1.示范园区：规划面积3200亩，其中工业用地{part}，已完成道路建设。\n"
        )
    };
    assert_eq!(codes(&note("3500亩")), vec![Code::PartExceedsWhole]);
    quiet(&note("1500亩"));
}

#[test]
fn a_figure_naming_a_thing_is_no_part() {
    // `投资20亿元的甲项目`: the amount describes a project; the part is
    // the count closing the list.
    assert_eq!(
        codes("新签约项目40个，其中包括投资20亿元的甲项目、10亿元的乙项目等45个工业项目。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("新签约项目40个，其中包括投资20亿元的甲项目、10亿元的乙项目等25个工业项目。\n");
}

#[test]
fn a_part_named_like_its_whole_with_its_own_verb() {
    assert_eq!(
        codes("实施重点项目80个，完成投资120亿元。其中，12个省重点项目完成投资130亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("实施重点项目80个，完成投资120亿元。其中，12个省重点项目完成投资60亿元。\n");
}

#[test]
fn parts_listed_after_a_colon_or_named_alike_run_over_semicolons() {
    assert_eq!(
        codes(
            "经费预算900万元。其中：出国费用50万元，下降10%；接待费300万元，下降5%；公务用车费600万元，持平。\n"
        ),
        vec![Code::PartsExceedWhole]
    );
    quiet(
        "经费预算900万元。其中：出国费用50万元，下降10%；接待费300万元，下降5%；公务用车费550万元，持平。\n",
    );
    // Names ending alike (`工业类`, `服务类`), with a half-width `;`.
    assert_eq!(
        codes("引进项目50个，其中工业类20个，投资额80亿元;服务类35个，投资额30亿元。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("引进项目50个，其中工业类20个，投资额80亿元;服务类30个，投资额30亿元。\n");
    // Names ending alike in one character only speak of other things.
    quiet("新修国道120公里，其中一级公路80公里，沿线绿化完成；新修县道90公里。\n");
    quiet(
        "在建项目300个，其中当年开工的120个，续建的180个；规划的50个重点项目中，已完工的10个。\n",
    );
}

#[test]
fn a_whole_broken_down_in_brackets() {
    assert_eq!(
        codes("计划实施重点项目90个（工业项目40个，民生项目95个），总投资300亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("计划实施重点项目90个（工业项目40个，民生项目50个），总投资300亿元。\n");
    // Classes that may overlap are not added up.
    quiet("培育企业120家（高新技术企业80家、专精特新企业60家）。\n");
    // A change or a comparison in brackets is no breakdown.
    quiet("建成学校12所（比上年增加15所，新建3所）。\n");
    // The count's counted words before the bracket.
    assert_eq!(
        codes("全县64个市级重点项目（农业项目70个，交通项目14个），均已开工。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县64个市级重点项目（农业项目50个，交通项目14个），均已开工。\n");
}

#[test]
fn bare_counts_in_a_status_after_a_counted_whole() {
    // Each clause opens with a count and no counted words: the things
    // counted last, in one status each.
    assert_eq!(
        codes("本年确定的12项便民工程，4项基本完成，15项按期推进，1项需再行论证。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("本年确定的12项便民工程，4项基本完成，7项按期推进，1项需再行论证。\n");
    // Statuses may overlap: the parts are not added up.
    quiet("规划的30个产业项目，25个已开工，20个已竣工。\n");
    // A whole in a status of its own has siblings, not parts.
    quiet("建成3个示范片区，5个正在建设。\n");
    // A count followed by counted words of its own is no bare part.
    quiet("纳入计划的8个片区，12个村庄完成改造。\n");
}

#[test]
fn qi_zhong_after_a_half_width_semicolon() {
    assert_eq!(
        codes("续建项目36个，完成投资28亿元;其中省级项目40个，完成投资9亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // The second unit is paired with the whole named alike.
    assert_eq!(
        codes("续建项目36个，完成投资28亿元;其中省级项目12个，完成投资30亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("续建项目36个，完成投资28亿元;其中省级项目12个，完成投资9亿元。\n");
}

#[test]
fn a_count_among_with_spaces_of_a_broken_line() {
    assert_eq!(
        codes("全年 60 项考核指 标中 72 项超额完成。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全年 60 项考核指 标中 42 项超额完成。\n");
}

#[test]
fn a_part_broken_down_in_brackets_among_the_parts() {
    // The bracket breaks down the part before it; the parts after it are
    // still the whole's, and the parts add up without the bracket's.
    assert_eq!(
        codes(
            "引进各类人才5000人，其中医生2000人、教师1500人（其中乡村教师900人）、工程师2500人。\n"
        ),
        vec![Code::PartsExceedWhole]
    );
    quiet("引进各类人才5000人，其中医生2000人、教师1500人（其中乡村教师900人）、工程师1500人。\n");
    quiet("引进各类人才5000人，其中医生2000人、教师1500人（含乡村教师900人）、工程师1500人。\n");
    // Inside the bracket, its own whole.
    assert_eq!(
        codes(
            "引进各类人才5000人，其中医生2000人、教师1500人（其中乡村教师1900人）、工程师1500人。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn parts_bounded_by_a_class_figure_are_not_added_up() {
    // Projects over 5亿元 are among those over 2亿元.
    quiet("引进工业项目90个，其中5亿元以上项目40个、2亿元以上项目70个。\n");
    quiet("规上企业60家，其中产值过亿元企业40家、纳税超千万元企业30家。\n");
    // Each class is still within the whole.
    assert_eq!(
        codes("引进工业项目90个，其中5亿元以上项目40个、2亿元以上项目95个。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A bound right before its class's count (no counted words between).
    assert_eq!(
        codes("引进工业项目90个，其中5亿元以上95个，2亿元以上60个。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("引进工业项目90个，其中5亿元以上40个，2亿元以上70个。\n");
    // Plain classes are added up.
    assert_eq!(
        codes("引进工业项目90个，其中制造业项目40个、服务业项目70个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_whole_listed_after_fen_bie_shi() {
    assert_eq!(
        codes(
            "相应安排支出9000万元，分别是：人员支出3000万元，公用支出2000万元，项目支出5000万元。\n"
        ),
        vec![Code::PartsExceedWhole]
    );
    quiet("相应安排支出9000万元，分别是：人员支出3000万元，公用支出2000万元，项目支出4000万元。\n");
}

#[test]
fn the_whole_of_a_bracketed_qi_zhong() {
    // The whole stands right before `（其中`, even after a list of levels.
    assert_eq!(
        codes("培训教师500人、医生300人（其中全科医生400人）。\n"),
        vec![Code::PartExceedsWhole]
    );
    // The bracket ends the parts.
    quiet("招聘人才300人（其中专家200人、特派员100人）左右、技师1000人左右。\n");
    // A second unit in brackets after the whole counts its parts too.
    assert_eq!(
        codes("用三年引进100名（个）人才与团队（其中，人才60名，团队70个）。\n"),
        vec![Code::PartsExceedWhole]
    );
    quiet("用三年引进100名（个）人才与团队（其中，人才60名，团队40个）。\n");
    // 名 and 人 count the same people.
    assert_eq!(
        codes("引进人才1000名，其中教师1200人。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_floor_as_whole() {
    // A change listed before the level is not a second whole.
    assert_eq!(
        codes("市场主体净增5万户、突破60万户，其中企业超130万户。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("市场主体净增5万户、突破60万户，其中企业超20万户。\n");
    // `突破500万千瓦` is at least 500 and, written so, less than twice it.
    assert_eq!(
        codes("装机容量突破500万千瓦，其中新能源装机1200万千瓦。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("装机容量突破500万千瓦，其中新能源装机600万千瓦。\n");
}

#[test]
fn a_count_belongs_to_the_count_naming_what_it_counts() {
    assert_eq!(
        codes("全县50个重点项目开工48个。其中60个市重点项目完成投资20亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    // 40 of the 50 key projects, not of the 30 started.
    quiet("全县50个重点项目开工30个。其中40个市重点项目完成投资20亿元。\n");
}

#[test]
fn respectively_a_list_closed_by_he() {
    // `A、B和C`: three names.
    assert_eq!(
        codes("装备制造业、高技术产业和新兴产业增加值分别增长8%、9%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("装备制造业、高技术产业和新兴产业增加值分别增长8%、9%和10%。\n");
    // A 和 inside a name before a 、 still may join one name.
    quiet("城镇和农村居民收入、消费支出分别增长6%、5%。\n");
    // So may a 和 after it, unless the names around it end alike.
    quiet("全县通用设备制造业、软件和信息技术服务业营业收入分别增长12%、18%。\n");
    quiet("县级、乡级医院重症和普通床位数分别增加30张和50张。\n");
    assert_eq!(
        codes("垃圾收集覆盖率、污水处理覆盖率和厕所改造率分别达到80%、70%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_subjects_with_a_class_bound() {
    // `50户以上村寨` names a class of villages, not a value.
    quiet("乡镇通客车、50户以上村寨通公交的比例分别达90%、80%。\n");
    assert_eq!(
        codes("乡镇通客车、50户以上村寨通公交的比例分别达90%、80%和70%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn respectively_one_value_for_two_subjects() {
    // Two names joined by 和 and one value: "each grew by 6%", or a value
    // dropped; told as info.
    assert_eq!(
        findings("城镇和农村居民收入分别增长6%。\n"),
        vec![(Code::RespectivelyMismatch, Severity::Info)]
    );
    // A second 分别 of the same subjects: how "both grew by 6%" is said.
    quiet("城镇和农村居民收入分别达4万元、2万元，分别增长6%。\n");
}

#[test]
fn respectively_values_in_the_units_of_the_issue() {
    quiet("天然气、页岩气、煤层气产量分别达到12亿立方米、3.5亿立方米和1.2亿立方米。\n");
    assert_eq!(
        codes("天然气、页岩气、煤层气产量分别达到12亿立方米、3.5亿立方米。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("风电、光伏装机分别达到120万千瓦、80万千瓦，发电量分别达到25万千瓦时和9万千瓦时。\n");
    quiet("集装箱吞吐量、铁海联运量分别达到320万标箱、45万标箱。\n");
    quiet("能源消费总量、煤炭消费量分别控制在900万吨标准煤、500万吨标准煤。\n");
    quiet("生猪、羊、家禽、马出栏分别达到120万头、80万只、900万羽和2000匹。\n");
    assert_eq!(
        codes("生猪、羊、家禽、马出栏分别达到120万头、80万只和900万羽。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("人均公园绿地面积、人均住房面积分别达到15平方米/人、40平方米/人。\n");
    quiet("工业水价、居民水价分别为3.5元/吨、4元/吨。\n");
    assert_eq!(
        codes("甲县、乙县收入分别是全市平均的3.2倍、1.5倍和1.1倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("粮食、油料产量分别增长5%、6%，分别是上年的1.4倍和1.3倍。\n");
    // A second 分别 of the same subjects with a value missing.
    assert_eq!(
        codes("粮食、油料、蔬菜产量分别增长5%、6%和7%，分别是上年的1.4倍和1.3倍。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // The last value after 和, with a space before its unit.
    assert_eq!(
        codes("城镇、农村、林区居民收入分别为41230 元和 17850 元。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn a_bounded_share_capped_or_approached_over_100() {
    assert_eq!(
        codes("城镇登记失业率控制在104.5%以内。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("农户卫生厕所普及率近120%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(
        codes("城镇调查失业率保持在106%左右。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("城镇登记失业率控制在4.6%以内，农户卫生厕所普及率近90%。\n");
    // A per-hundred measure may pass 100% either way.
    quiet("移动电话普及率近120%。\n");
    // Both at a value, a kept value, tax revenue's share.
    assert_eq!(
        codes("河湖水质达标率和水源水质达标率达到双120%。\n"),
        vec![Code::RateOutOfRange]
    );
    assert_eq!(codes("出庭应诉率保持150%。\n"), vec![Code::RateOutOfRange]);
    assert_eq!(codes("全年税比达到112.4%。\n"), vec![Code::RateOutOfRange]);
    assert_eq!(
        codes("农产品加工转化率达到121%。\n"),
        vec![Code::RateOutOfRange]
    );
    quiet("科技成果转化率达到121%。\n");
}

#[test]
fn a_bare_count_in_a_status_after_a_whole_in_full() {
    // The whole in a status of its own (`全部建成`), then `、` and a bare
    // count in another status: a part.
    assert_eq!(
        codes("研究院的6个实验室全部建成、9个投入使用。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("研究院的6个实验室全部建成、4个投入使用。\n");
    // A whole led by its own task verb has siblings.
    quiet("建成6个实验室、9个投入使用。\n");
    // So has a whole in a state of its own, not said of all of it.
    quiet("沿河3座泵站竣工、5座开工建设。\n");
    quiet("沿河3座泵站竣工，5座开工建设。\n");
    // A count followed by what it counts is no bare part (`未来…` is no
    // state `未…`).
    quiet("12个示范街区、15个未来社区通过验收。\n");
}

#[test]
fn the_things_already_done_of_a_counted_whole() {
    assert_eq!(
        codes("年初排定的40项攻坚任务，已完成46项。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("年初排定的40项攻坚任务，已完成36项。\n");
    // A stock reached is no part of what was added.
    quiet("年初排定的40项攻坚任务，已累计达到46项。\n");
    // The verb right after the counted words, with no comma between.
    assert_eq!(
        codes("全年48项民生工程完工52项，完成投资9亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全年48项民生工程完工31项，完成投资9亿元。\n");
    // A count of other things after the verb is no part of the whole.
    quiet("全年48项民生工程完工52项配套任务。\n");
}

#[test]
fn a_count_naming_whose_amount_is_the_part() {
    // `其中N个X完成投资M亿元`: the amount is the part, of the amount before.
    assert_eq!(
        codes("力争片区改造总投资600亿元，其中30个重点片区完成投资700亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("力争片区改造总投资600亿元，其中30个重点片区完成投资500亿元。\n");
    // With a whole of its own unit, the count stays the part.
    assert_eq!(
        codes("实施项目20个，总投资60亿元，其中25个项目总投资30亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn respectively_a_count_after_the_list_settles_its_subjects() {
    // `A、B和C三大…`: three subjects, though 和 may stand inside a name.
    assert_eq!(
        codes("力争纺织、机械制造和电子信息三大产业产值分别达到40亿元、12亿元。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("力争纺织、机械制造和电子信息三大产业产值分别达到40亿元、12亿元和9亿元。\n");
    // Without a count the 和 may join two words of one name.
    quiet("力争纺织、机械制造和电子信息产业产值分别达到40亿元、12亿元。\n");
}

#[test]
fn respectively_a_quoted_count_names_no_subject() {
    // The clauses before the values each hold one figure; a figure in
    // quotes before them is a name's word, not a third subject.
    assert_eq!(
        codes(
            "“游遍全县的十条线路”带火消费，接待游客600万人次，实现旅游收入70亿元，分别比上年增长12.5%。\n"
        ),
        vec![Code::RespectivelyMismatch]
    );
    quiet(
        "“游遍全县的十条线路”带火消费，接待游客600万人次，实现旅游收入70亿元，分别比上年增长12.5%、20.1%。\n",
    );
}

#[test]
fn bounded_shares_in_more_forms() {
    let over = |text: &str| assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    // Each value with its own time of the year.
    over("确保新开工项目开工率一季度达30%、二季度达150%。\n");
    quiet("确保新开工项目开工率一季度达30%、二季度达50%、三季度达90%。\n");
    // An earlier value joined to the later one's verb by `、`.
    over("民间投资占比连续三年超过40%、达到120%。\n");
    quiet("民间投资占比连续三年超过40%、达到52%。\n");
    // A floor on the earlier value of a list.
    over("确保各级补助资金用于产业的比例不低于50%、120%。\n");
    quiet("确保各级补助资金用于产业的比例不低于50%、60%。\n");
    // A `…率` said once after bare names.
    over("小麦、玉米耕种收综合机械化率分别达到95%和110%。\n");
    quiet("小麦、玉米耕种收综合机械化率分别达到95%和80%。\n");
    // Progress of a work, spending stated as a percent, a state reached.
    over("快速路二期建设进度达到130%。\n");
    over("全年财政民生支出达到180%。\n");
    over("城市饮用水源地水质120%达标。\n");
    quiet("快速路二期建设进度达到70%，全年财政民生支出达到78%，城市饮用水源地水质100%达标。\n");
    quiet("一般公共预算支出增长12%。\n");
    // A whole named by its place or as a total, and funds.
    over("光伏装机占全县电力装机总容量的140%。\n");
    over("争取专项资金占省下达资金的130%。\n");
    over("争取的地方债份额占全省110%。\n");
    quiet("光伏装机占全县电力装机总容量的40%，争取专项资金占省下达资金的30%。\n");
    // An average or a level is no whole.
    quiet("人均收入占全省平均水平的120%。\n");
}

#[test]
fn a_completion_rate_of_tasks_is_bounded() {
    let over = |text: &str| assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    // Tasks, problems or cases given to be settled: done of all of them.
    over("三年行动的重点任务完成率达到104%。\n");
    over("受理信访案件800件，完成率103%。\n");
    quiet("三年行动的重点任务完成率达到94%。\n");
    // Of money or against a plan, a completion may pass 100%.
    quiet("重点项目投资完成率达到124%。\n");
    quiet("新建污水管网40公里，完成率112%。\n");
}

#[test]
fn more_shares_by_their_names() {
    let over = |text: &str| assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    // A `…率` said once after bare names, however long.
    over("县道、乡村道路通客车率分别达到100%、103%。\n");
    // Things counted given as a percent.
    over("全程网办事项达到120%，即办件达到70%。\n");
    // Any contribution to growth may pass 100%, the part owed to
    // technology too: the other parts of growth may be negative.
    quiet("消费对经济增长贡献率达到106%。\n");
    quiet("农业科技进步贡献率达到106%。\n");
    quiet("科技贡献率达到104%。\n");
}

#[test]
fn shares_of_results_places_and_people() {
    let over = |text: &str| assert_eq!(codes(text), vec![Code::RateOutOfRange], "{text}");
    // A second name in brackets.
    over("农村生活垃圾治理（管控）率达到135%。\n");
    quiet("农村生活垃圾治理（管控）率达到85%。\n");
    // Results converted in a year may count results of earlier years.
    quiet("科技成果本地转化率达到126%。\n");
    // Programmes matching industries, those reached by an aid.
    over("职业院校专业与主导产业匹配度达到130%。\n");
    over("中职学生资助面超过110%。\n");
    quiet("职业院校专业与主导产业匹配度达到85%，中职学生资助面超过20%。\n");
    // Places and people counted by a percent.
    over("试点扩大到全省150%以上的城市。\n");
    over("120%县区通过义务教育优质均衡督导评估。\n");
    over("本地高校毕业生145%留在本省就业。\n");
    over("公办园在园幼儿占比超过50%，普惠园在园幼儿超过150%。\n");
    quiet(
        "试点扩大到全省50%以上的城市，90%县区通过评估，毕业生45%留在本省就业，在园幼儿超过50%。\n",
    );
    // A deduction ratio may pass 100%.
    quiet("集成电路企业研发费用加计扣除比例提高到120%。\n");
    // A change of people is no share of them.
    quiet("高校毕业生人数增长120%。\n");
}

#[test]
fn parts_each_opening_a_sentence_with_their_items() {
    // `其中，A工程N项：（1）…。B工程M项：…`: each part opens its own
    // sentence, named like the first, its items after a colon.
    let text = |whole: &str| {
        format!(
            "年内实施{whole}惠民工程，其中，道路工程6项：（1）甲路（2）乙街（3）丙桥（4）丁路（5）戊街（6）己路。学校工程3项：（1）甲小学（2）乙中学（3）丙幼儿园。医疗工程2项：（1）县医院新院（2）中医院迁建。二是抓好安全。\n"
        )
    };
    assert_eq!(codes(&text("8项")), vec![Code::PartsExceedWhole]);
    quiet(&text("11项"));
    // A sentence not named like the parts ends them.
    quiet(
        "年内实施12项惠民工程，其中，道路工程6项：（1）甲路（2）乙街。学校工程3项：（1）甲小学（2）乙中学。全年培训教师40项：（1）甲（2）乙。\n",
    );
}

#[test]
fn respectively_measures_joined_by_he_are_names_each() {
    // `A率、B占比和C率`: each name closed by a measure word; the 和 joins
    // two names.
    assert_eq!(
        codes("全县学前教育普及率、公办园在园幼儿占比和普惠园覆盖率分别提高到91.2%、56.3%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("全县学前教育普及率、公办园在园幼儿占比和普惠园覆盖率分别提高到91.2%、56.3%、88.1%。\n");
    // A 和 inside a name of no measure word leaves the count open.
    quiet("电子、信息服务和数据产业收入分别增长8%、9%。\n");
}

#[test]
fn respectively_a_floor_before_a_class_is_a_word_of_its_name() {
    // `产值过亿元企业`: the figure bounds a class of subjects, no value.
    assert_eq!(
        codes("规模以上工业企业、产值过亿元企业分别达到88家、31家、12家。\n"),
        vec![Code::RespectivelyMismatch]
    );
    quiet("规模以上工业企业、产值过亿元企业分别达到88家、31家。\n");
}

#[test]
fn a_total_restated_for_each_class_in_the_next_sentence() {
    // A total, then a sentence whose every clause restates it for a class
    // of the same things: each class is within the total.
    let text = |first: &str| {
        format!(
            "全年推进重点项目80个，总投资150亿元。竣工项目{first}，总投资30亿元；续建项目25个，总投资60亿元；新开工项目20个，总投资40亿元。\n"
        )
    };
    assert_eq!(codes(&text("95个")), vec![Code::PartExceedsWhole]);
    quiet(&text("35个"));
    // Classes by status may overlap: not added up.
    quiet(
        "全年推进重点项目80个，总投资150亿元。竣工项目35个，总投资30亿元；续建项目45个，总投资60亿元；新开工项目20个，总投资40亿元。\n",
    );
    // A clause of other things: no breakdown.
    quiet("全年推进重点项目80个。竣工项目95个；续建项目25个；引进人才60人。\n");
}

#[test]
fn a_total_broken_down_by_classes_after_examples_later_in_its_paragraph() {
    // The total with two measures after it, then examples closed by `等`,
    // the count and the class, a sentence or two later.
    let text = |first: &str| {
        format!(
            "全年安排重点项目60个，总投资320亿元，年度投资90亿元。坚持周调度、月通报。加快东湖大桥、西城学校等{first}个续建项目建设，确保年内完工；开工220千伏变电站、南区医院等18个新建项目；推进北环路等20个项目前期工作。\n"
        )
    };
    quiet(&text("22"));
    assert_eq!(codes(&text("180")), vec![Code::PartExceedsWhole]);
    // A share after the total is no measure of it: the count before it is
    // a class of another (`亿元以上项目`), not the total.
    quiet(
        "谋划项目90个、十亿元以上项目20个，产业类项目占比60%。重点推进甲园等50个产业类项目；加快乙路等30个城建类项目。\n",
    );
    // The examples' sentence past the paragraph is another matter.
    quiet("全年安排重点项目60个。\n加快东湖大桥等180个续建项目；推进北环路等20个项目前期工作。\n");
}

#[test]
fn a_count_in_a_status_right_after_its_whole_with_no_break() {
    // `N所学校M所建成`: the things counted, then at once a bare count of
    // the same unit in a status.
    quiet("新建的 12 所乡村学校 10 所建成投用。\n");
    assert_eq!(
        codes("新建的 12 所乡村学校 15 所建成投用。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A count of other things after the whole's words: no part.
    quiet("示范区覆盖3个县12个乡镇，带动农户增收。\n");
}

#[test]
fn a_count_in_a_status_may_name_its_things_in_brackets() {
    // `1项（甲工程）因故缓建`: the bracket names what the bare count counts;
    // the status, or its cause, follows it, and the clauses run on.
    let text = |last: &str| {
        format!(
            "年初确定的12项便民工程，3项全部完成，6项正在建设，1项（东环路延伸工程）因规划调整暂缓实施，{last}项（北区学校、西区医院）未达到进度要求。\n"
        )
    };
    quiet(&text("2"));
    assert_eq!(codes(&text("15")), vec![Code::PartExceedsWhole]);
    // A bracket that is no name (a sentence of its own, too long) ends them.
    quiet(
        "年初确定的12项便民工程，3项全部完成，1项（因上级规划调整，东环路延伸工程的线位需重新论证并报请省级部门批准后再行实施）暂缓实施，15项未达到进度要求。\n",
    );
}

#[test]
fn a_count_before_its_things_then_some_of_them_named_again() {
    // `N个X，（截至目前，）M个X已…`: the things counted after the whole's
    // count, then some of the same things in a status.
    let text = |part: &str| {
        format!("统筹谋划总投资12.5亿元的40个城乡供水项目，截至目前，{part}个项目已通过审核。\n")
    };
    quiet(&text("18"));
    assert_eq!(codes(&text("48")), vec![Code::PartExceedsWhole]);
    quiet("推进30个“五小工程”，12个工程全面完工。\n");
    assert_eq!(
        codes("推进30个“五小工程”，32个工程全面完工。\n"),
        vec![Code::PartExceedsWhole]
    );
    // Other things counted in the part, or a whole already in a state of
    // its own, or a clause of something else between: no part.
    quiet("谋划40个供水项目，截至目前，48个村已通过审核。\n");
    quiet("建成30个示范村，42个示范村已通过验收。\n");
    quiet("谋划40个供水项目，争取资金2亿元，48个项目已通过审核。\n");
    // The whole's words in a status of their own: siblings, not parts.
    quiet("20个村镇获评全国文明村镇，60个村镇获评全省文明村镇。\n");
}

#[test]
fn a_part_named_before_its_count_is_of_the_count_named_alike_earlier() {
    // The last count before `其中` is a class by size (`千万元以上项目`);
    // the part (`省重点项目`) is named like the total two sentences back.
    let text = |part: &str| {
        format!(
            "全年计划实施省市重点项目60个（产业项目40个、基础设施项目20个）。总投资10亿元以上项目5个，亿元以上项目30个，千万元以上项目25个。其中，省重点项目{part}个，总投资80亿元。\n"
        )
    };
    quiet(&text("40"));
    assert_eq!(codes(&text("70")), vec![Code::PartExceedsWhole]);
    // A `其中` inside its sentence breaks down the count right before it,
    // though an earlier count is named like the part.
    quiet("年初贫困人口3000人。全年共搬迁人口8000名，其中建档立卡贫困人口5000名，全部住上新房。\n");
}

#[test]
fn a_count_in_a_status_may_open_with_you() {
    // `N个X，有M个居…`: `有` opens the part's clause; a rank is a status.
    quiet("上述8个主要指标，有5个居全省前3位次，2个增速放缓。\n");
    assert_eq!(
        codes("上述8个主要指标，有9个居全省前3位次。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A count of other things after `有`: no part.
    quiet("全县8个乡镇，有12个村实现全覆盖。\n");
}

#[test]
fn one_run_of_named_parts_after_respectively_adds_up() {
    // `分别为` with no colon, the parts one run joined by `、`: they divide
    // the whole.
    quiet("全区建成养老服务设施210处，分别为养老院30处、照料中心120处、助餐点60处。\n");
    assert_eq!(
        codes("全区建成养老服务设施200处，分别为养老院30处、照料中心120处、助餐点60处。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_figure_opening_the_parts_alone_in_its_clause_is_the_part() {
    // `其中900亩用地指标…`: words after the figure name what it measures;
    // no count of a class follows in its clause.
    assert_eq!(
        codes("腾出用地2600亩，其中2900亩用地指标已获批复。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("腾出用地2600亩，其中900亩用地指标已获批复。\n");
    // A size before the things it sizes still names their class.
    quiet("完成投资40亿元，其中50亿元项目已开工。\n");
}

#[test]
fn a_count_followed_by_its_own_stage_rate_is_a_share_of_the_count_before() {
    assert_eq!(
        codes("全县80个重点项目（产业项目50个，基础项目30个），开复工96个，开复工率98%。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县80个重点项目（产业项目50个，基础项目30个），开复工76个，开复工率95%。\n");
    // `签约` is a stage, not `约` (about) before the count.
    assert_eq!(
        codes("推进旧城300户搬迁，30天签约410户，签约率70%。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("推进旧城300户搬迁，30天签约210户，签约率70%。\n");
    assert_eq!(
        codes("全市2000个居民小区已成立业主委员会2300个、占比65%。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全市2000个居民小区已成立业主委员会1300个、占比65%。\n");
    // `占比` of a count whose whole is not in its clause: the count before
    // may be a sibling.
    quiet("全市800个村实现债务清零，收入过10万元的村达到1300个、占比85%。\n");
    // Things newly added may be others; a rate over 100% is no share.
    quiet("培训农民工3000人，新增就业5000人，就业率95%。\n");
    // (The rate's own rule may speak; the part is not read.)
    assert!(
        !codes("全县80个重点项目，开复工96个，开复工率120%。\n").contains(&Code::PartExceedsWhole)
    );
}

#[test]
fn a_part_named_by_its_class_alone_counts_the_wholes_things() {
    // `其中国家级72个`: the things are the whole's, counted with `个`.
    assert_eq!(
        codes("研发平台60家，其中国家级72个。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("研发平台60家，其中国家级12个。\n");
    // A noun of its own counts other things.
    quiet("引进企业60家，其中研发平台72个。\n");
}

#[test]
fn classes_named_before_their_counts_after_a_total_are_within_it() {
    // The total closes its sentence; the next lists classes of the same
    // things, each named (after examples and `等`, or after `、`) before
    // its count.
    let classes = |second: &str| {
        format!(
            "开复工重点项目90项，完成投资200亿元。实施甲水渠等农业项目30项、乙材料等产业项目{second}、公共服务项目20项。\n"
        )
    };
    assert_eq!(codes(&classes("95项")), vec![Code::PartExceedsWhole]);
    quiet(&classes("25项"));
    // Classes of things aimed at may be joined by others.
    quiet(
        "开复工重点项目90项，完成投资200亿元。力争推进甲水渠等农业项目30项、乙材料等产业项目95项。\n",
    );
}

#[test]
fn a_budget_income_listed_after_the_fiscal_total_is_within_it() {
    assert_eq!(
        codes("全部财政收入、公共财政预算收入分别完成15亿元、18亿元，同比分别增长10%、9%。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全部财政收入、公共财政预算收入分别完成15亿元、8亿元，同比分别增长10%、9%。\n");
    // Two incomes of no total: neither is within the other.
    quiet("税收收入、非税收入分别完成15亿元、18亿元。\n");
}

#[test]
fn counts_named_again_after_a_stock_are_some_of_it() {
    // `共有` a stock; two clauses or more each open with a count of the
    // same words.
    assert_eq!(
        codes("全县共有120个部门900项授权事项，95个部门启用专用章，130个部门制定服务指南。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县共有120个部门900项授权事项，95个部门启用专用章，110个部门制定服务指南。\n");
    // One count alone may name other things (`部门领导`).
    quiet("全县共有120个部门，130个部门领导参加培训。\n");
}

#[test]
fn the_rises_of_parts_making_up_their_whole_are_within_its_rise() {
    let deficit = |rise: &str| {
        format!(
            "今年拟安排赤字1.6万亿元，比去年增加2700亿元。其中，省级赤字1.1万亿元，增加{rise}；市县赤字5000亿元，增加1000亿元。\n"
        )
    };
    assert_eq!(codes(&deficit("3700亿元")), vec![Code::PartExceedsWhole]);
    quiet(&deficit("1700亿元"));
    // Parts not making up the whole: another may have fallen.
    quiet(
        "财政收入100亿元，比上年增加10亿元，其中税收80亿元，增加15亿元；规费5亿元，增加1亿元。\n",
    );
}

#[test]
fn counts_named_by_the_wholes_last_word_after_already_had_are_some_of_it() {
    // `已有M个县`: the whole's things (`县` of `重点县`), a note in
    // brackets naming them aside.
    assert_eq!(
        codes("全省400个“两类”（九年义务教育和扫盲）重点县已有500个县完成任务。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全省400个“两类”（九年义务教育和扫盲）重点县已有300个县完成任务。\n");
    // Other things counted: no part.
    quiet("全县3个乡镇有120个村通了自来水。\n");
}

#[test]
fn works_finished_beside_a_class_or_after_works_begun() {
    // Works finished are of every class: not added to a class's count.
    quiet("全年实施项目40个，其中亿元以上项目22个；竣工项目25个。\n");
    quiet("全年实施项目40个，其中工业项目22个、竣工项目25个。\n");
    // Parts of one line still add up.
    assert_eq!(
        codes("全年实施项目40个，其中新开工项目22个、续建项目25个。\n"),
        vec![Code::PartsExceedWhole]
    );
    // After a whole of works begun, a later part of works finished counts
    // works begun then or before: its sibling, no part.
    quiet("全年新开工项目40个，其中亿元以上项目22个；竣工项目45个。\n");
    quiet("新开工安置房900套，其中货币化安置300套；基本建成1200套。\n");
    // Right after 其中, the drafter says it is a part.
    assert_eq!(
        codes("全年新开工项目40个，其中竣工项目45个。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A whole of works carried out holds those finished.
    assert_eq!(
        codes("全年实施项目40个，其中工业项目22个，竣工项目45个。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_part_named_for_the_last_of_several_wholes() {
    // The part's name ends with the last whole's name alone: its whole.
    assert_eq!(
        codes("新建通信基站312个、充电桩1200个，其中公共充电桩1350个。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("新建通信基站312个、充电桩1200个，其中公共充电桩350个。\n");
    // Names ending like the earlier whole too, or parts of either whole:
    // the whole is not unique.
    quiet("新建农村公路120公里、公路50公里，其中农村公路60公里。\n");
    quiet("新建学校3所、幼儿园5所，其中公办幼儿园4所、民办学校2所。\n");
    // A part named as the whole itself says nothing of which.
    quiet("新建学校3所、幼儿园5所，其中幼儿园6所。\n");
}

#[test]
fn a_part_added_again_is_of_the_additions() {
    // `其中新增…`: the part says it is one of the firms added.
    assert_eq!(
        codes("全县规上企业达到158家，新增23家，其中新增科技型企业27家。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全县规上企业达到158家，新增23家，其中新增科技型企业17家。\n");
    // A part above the additions, not said to be added, is of the stock.
    quiet("全县规上企业达到158家，新增23家，其中科技型企业27家。\n");
}

#[test]
fn parts_in_a_second_measure_run_on_past_a_semicolon() {
    // `其中A项目N个，完成投资X亿元；B项目M个，完成投资Y亿元`: the clause
    // after `；` names one more part alike, in both measures; its amount
    // is a part of the whole's amount as the first clause's is.
    let text = |second: &str| {
        format!(
            "全年实施重点项目80个，完成投资300亿元，其中甲类项目30个，完成投资120亿元；乙类项目20个，完成投资{second}亿元。\n"
        )
    };
    quiet(&text("90"));
    assert_eq!(codes(&text("390")), vec![Code::PartExceedsWhole]);
}

#[test]
fn parts_each_in_two_measures_run_on_past_their_amounts() {
    // `其中A项目N个、完成投资X亿元，B项目M个、完成投资Y亿元`: each part's
    // own amount, after `、` and the whole's measure name, does not end the
    // parts; the counts add up against the count, the amounts against the
    // amount.
    let text = |count: &str, amount: &str| {
        format!(
            "实施重点项目60个，完成投资200亿元，其中甲类项目25个、完成投资{amount}亿元，乙类项目20个、完成投资50亿元，丙类项目{count}个、完成投资30亿元。\n"
        )
    };
    quiet(&text("15", "120"));
    assert_eq!(codes(&text("25", "120")), vec![Code::PartsExceedWhole]);
    assert_eq!(codes(&text("15", "140")), vec![Code::PartsExceedWhole]);
    assert_eq!(codes(&text("65", "120")), vec![Code::PartExceedsWhole]);
    // Classes bounded by a size may hold one another: not added up.
    quiet(
        "实施重点项目60个，完成投资200亿元，其中10亿元以上项目25个、完成投资150亿元，5亿元以上项目40个、完成投资180亿元。\n",
    );
}

#[test]
fn a_bounded_class_among_a_count_may_name_its_things_again() {
    // `N个行政村中，…超过M万元的村有K个`: the class names the whole's
    // things again (`村` of `行政村`) before `有` or `达到`.
    let text = |link: &str, count: &str| {
        format!("全镇40个行政村中，集体经济收入超过10万元的{link}{count}个。\n")
    };
    assert_eq!(codes(&text("村有", "45")), vec![Code::PartExceedsWhole]);
    assert_eq!(codes(&text("村达到", "45")), vec![Code::PartExceedsWhole]);
    quiet(&text("村达到", "25"));
    // Other things than the whole's are no class of it.
    quiet(&text("企业达到", "45"));
}

#[test]
fn things_added_then_their_stock_named_again() {
    // `新增甲类企业N家，甲类企业总数达到M家`: the stock names the things
    // added again before `总数`; those added are among them.
    let text = |added: &str| format!("新增规上工业企业{added}家，规上工业企业总数达到110家。\n");
    assert_eq!(codes(&text("120")), vec![Code::PartExceedsWhole]);
    quiet(&text("12"));
    // Other things' stock is no whole of these.
    quiet("新增规上工业企业120家，高新技术企业总数达到110家。\n");
}

#[test]
fn respectively_values_compared_with_an_average() {
    // `分别高于全省平均水平X和Y个百分点`: the average compared with is a
    // base, like `比上年`; the values after it are counted.
    let text = |points: &str| {
        format!("城乡居民收入分别增长5.2%和7.1%，分别高于全省平均水平{points}个百分点。\n")
    };
    quiet(&text("0.4个和0.9"));
    assert_eq!(
        codes(&text("0.4、0.9和0.2")),
        vec![Code::RespectivelyMismatch]
    );
    // One value for both is told as a note.
    assert_eq!(
        findings(&text("0.4")),
        vec![(Code::RespectivelyMismatch, Severity::Info)]
    );
}

#[test]
fn parts_making_up_the_whole_end_at_a_semicolon() {
    // `户籍人口N万人，其中城镇A万人、乡村B万人；常住人口M万人`: once the
    // parts make up the whole, the clause past `；` is a sibling total,
    // though named like the parts.
    quiet("户籍人口30.5万人，其中城镇人口12.2万人、乡村人口18.3万人；常住人口26.4万人。\n");
    // Parts short of the whole still run on past it.
    assert_eq!(
        codes("户籍人口30.5万人，其中城镇人口12.2万人；乡村人口20.3万人。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn targets_met_and_missed_are_some_of_the_targets_set() {
    let review = |met: &str, missed: &str| {
        format!(
            "年初确定的9项主要目标，完成{met}，其中甲、乙等5项指标超额完成，丙、丁{missed}指标未完成。\n"
        )
    };
    quiet(&review("7项", "2项"));
    // Met and missed are apart: together at most the targets set.
    assert_eq!(codes(&review("8项", "2项")), vec![Code::PartsExceedWhole]);
    assert_eq!(codes(&review("10项", "2项")), vec![Code::PartExceedsWhole]);
    // Those met above the set, read by a count of indicators `…中`.
    let among = |met: &str| {
        format!("在审议通过的15项预期性和约束性指标中，{met}完成年度目标，3项未完成。\n")
    };
    quiet(&among("12项"));
    assert_eq!(codes(&among("13项")), vec![Code::PartsExceedWhole]);
    // Parts judged in another way (`基本完成`) are not added; another
    // thing counted in 项 after the review ends it.
    quiet("9项指标中，完成6项，基本完成2项，未完成1项。\n");
    quiet("9项主要目标中，完成7项，未完成2项；实施重点工程35项，完成30项。\n");
    quiet("年初确定的9项主要目标，完成7项，实施重点工程35项，完成30项。\n");
    // A cause may stand between the missed count and its verb.
    let caused =
        |met: &str| format!("年初确定的12项主要目标，完成{met}，2项因外部需求转弱未达预期。\n");
    quiet(&caused("10项"));
    assert_eq!(codes(&caused("11项")), vec![Code::PartsExceedWhole]);
    // `未能` misses as `未` does, with a cause or without.
    let unable = |met: &str| format!("31项主要指标中，{met}完成或超额完成，3项因故未能完成。\n");
    quiet(&unable("28项"));
    assert_eq!(codes(&unable("29项")), vec![Code::PartsExceedWhole]);
    quiet("12项主要目标中，完成10项，未能完成2项。\n");
    assert_eq!(
        codes("12项主要目标中，完成11项，未能完成2项。\n"),
        vec![Code::PartsExceedWhole]
    );
    // A cause whose verb is not a miss leaves the count unjudged.
    quiet("年初确定的12项主要目标，完成11项，2项因政策调整暂缓实施。\n");
}

#[test]
fn titles_firms_hold_together_are_not_added_up() {
    // A firm may be a high-tech firm and a tech SME at once: the parts are
    // not a split of the whole.
    quiet("新增企业120家，其中高新技术企业80家、科技型中小企业70家。\n");
    quiet("培育企业40家，其中专精特新企业25家、“小巨人”企业18家。\n");
    // One part above its whole is still wrong, title or not.
    assert!(!codes("新增企业120家，其中高新技术企业180家。\n").is_empty());
}

#[test]
fn a_torn_number_is_not_read() {
    // A point lost to a space or to a private font's glyph leaves the
    // number's tail alone: which figure was printed is not known.
    quiet("财政收入145. 8亿元，其中地方收入82.2亿元。\n");
    quiet("一般预算收入7. 75亿元，其中税收5.2亿元。\n");
    quiet("在校学生38\u{E010}6万人，其中15\u{E010}8万名学生享受补助。\n");
    // Printed whole, the same sentence is told.
    assert_eq!(
        codes("财政收入45.8亿元，其中地方收入82.2亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_later_part_broken_down_itself_is_a_sibling_total() {
    quiet("新批外资项目145个，其中超千万美元项目43个；新批内资项目767个，其中超亿元项目55个。\n");
    assert_eq!(
        codes("新批外资项目145个，其中超千万美元项目43个、超亿元项目167个。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_part_named_like_an_earlier_whole_may_be_its() {
    // The city's new starts belong to the new starts, not to the
    // completions printed last.
    quiet("新开工住房9000套，新竣工3000套，其中城区新开工5000套、新竣工1000套。\n");
    quiet(
        "原油产量1280万吨，辖区内产量960万吨。其中，甲油田公司生产原油1180万吨，辖区内产量890万吨。\n",
    );
    // Above every figure that could be its whole, it is told.
    assert_eq!(
        codes("新开工住房9000套，新竣工3000套，其中城区新开工9500套。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn other_things_counted_after_of_which_are_no_part() {
    // 11 parks of the 15 zones; the 91 firms are theirs, not zones.
    quiet("全市15家开发区完成投资30亿元，其中11个产业园新投产企业91家。\n");
    // A unit the whole's clause counts too runs alongside it.
    assert_eq!(
        codes("贫困户301户611人全部脱贫，其中173户649人稳定脱贫。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn measures_listed_before_respectively_are_each_read() {
    quiet("第二产业增加值160亿元。其中，工业总产值和增加值分别达410亿元和117.4亿元。\n");
    assert_eq!(
        codes("第二产业增加值160亿元。其中，工业增加值和建筑业增加值分别达170亿元和40亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_bound_naming_a_class_is_no_sum() {
    quiet("财政收入超1000万元的乡镇达到61个。其中，甲镇、乙镇的财政收入均超亿元。\n");
    assert_eq!(
        codes("乡镇财政收入突破1000万元，其中税收突破2500万元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_count_after_words_joining_another_item_is_no_part() {
    quiet("代表建议104件和委员提案378件全部办复。\n");
    quiet("在294个行政村设立了398个服务点。\n");
    // With no such words, a bare count in a status is some of the whole.
    assert_eq!(
        codes("13所学校15所建成投用。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn work_done_may_pass_a_task_s_target() {
    quiet("50个村卫生室建设已完成54个。\n");
    quiet("900座基站建设任务完成940座。\n");
    // Things counted are not a target: more done than there are is told.
    assert_eq!(
        codes("梳理出50个村卫生室，已完成54个。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn things_named_again_after_a_bounded_class_are_of_any_class() {
    quiet("入库10亿元以上产业项目15个，87个项目实现当年开工。\n");
    assert_eq!(
        codes("入库产业项目15个，17个项目实现当年开工。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn a_part_is_not_the_total_later_classes_restate() {
    quiet(
        "计划实施项目330个，其中新开工项目167个，续建项目58个。推进甲园、乙园等137个产业类项目，丙路等76个基础设施类项目。\n",
    );
    assert_eq!(
        codes(
            "计划实施续建项目58个。推进甲园、乙园等137个产业类项目，丙路等76个基础设施类项目。\n"
        ),
        vec![Code::PartExceedsWhole, Code::PartExceedsWhole]
    );
}

#[test]
fn counts_over_two_bounds_nest_from_the_lower_bound_up() {
    assert_eq!(
        codes("全市6个县区生产总值过百亿元、7个县区超200亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
    quiet("全市8个县区生产总值过百亿元、5个县区超200亿元。\n");
    // From the higher bound down, the later count is the next band.
    quiet("形成6个产值超100亿元、4个超50亿元的产业集群。\n");
    // Things newly over a bound need not be newly over the lower one.
    quiet("新增2个县区财政收入过20亿元、3个县区过30亿元。\n");
}

#[test]
fn an_increase_or_an_average_holds_no_parts() {
    quiet(
        "生产总值774亿元，年增长首次突破100亿元。其中，第一产业增加值111亿元，第二产业增加值401亿元。\n",
    );
    quiet("热线日均受理诉求293件，累计办结18475件。\n");
    // A level named with its increase's rate is still a whole.
    assert_eq!(
        codes("生产总值增长6%，达到300亿元，其中第二产业增加值320亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn parts_that_nest_or_cut_across_are_not_added_up() {
    // `已有` counts some of the part before it.
    quiet("100家困难企业中，已有69家脱困，其中，市直42家已有29家进入正常经营。\n");
    // A class bounded in words, even listed second, cuts across the others.
    quiet("新建续建项目2541个，其中新开工项目2461个，亿元以上项目153个。\n");
    // Parts of one line still add up.
    assert_eq!(
        codes("新建续建项目2541个，其中新开工项目2461个，续建项目153个。\n"),
        vec![Code::PartsExceedWhole]
    );
}

#[test]
fn a_figure_of_another_measure_is_no_part() {
    // Spending, investment and output are no parts of revenue: the run of
    // parts ends before them, whether after a comma or a semicolon.
    quiet(
        "财政总收入24亿元，增长28%，其中地方一般预算收入7.1亿元，增长26%，一般预算支出52亿元，增长60%。\n",
    );
    quiet("财政总收入预期50亿元，其中，地方财政收入预期30亿元；全社会固定资产投资预期180亿元。\n");
    quiet(
        "财政总收入由8.2亿元增加到31亿元，其中税收收入由3.1亿元增加到12.6亿元；工业总产值由66亿元增加到210亿元。\n",
    );
    // A part of the whole's own measure is still read, and told.
    assert_eq!(
        codes(
            "财政总收入24亿元，增长28%，其中地方一般预算收入27亿元，增长26%，一般预算支出52亿元，增长60%。\n"
        ),
        vec![Code::PartExceedsWhole]
    );
    assert_eq!(
        codes("财政总收入预期50亿元，其中，地方财政收入预期30亿元；税收收入预期56亿元。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn counts_side_by_side_are_siblings_not_parts() {
    // A `中` opening a word (`中心`, `中小学`) is not "among".
    quiet("新建社区服务中心12个和乡村服务中心30个。\n");
    quiet("新增幼儿园学位2000个和中小学学位4500个。\n");
    // "Among" itself is still read.
    assert_eq!(
        codes("在40个行政村中，45个村已完成改厕。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A status after counts listed side by side may count some of all.
    quiet("签约甲类项目30个、乙类项目12个，已落地20个。\n");
    assert_eq!(
        codes("签约项目12个，已落地20个。\n"),
        vec![Code::PartExceedsWhole]
    );
    // A whole that solved something has done its own deed; the next count
    // did another.
    quiet("3.2万人解决温饱，6.5万人实现脱贫。\n");
    // A review whose whole is already one outcome (`取消`) lists outcomes
    // side by side.
    quiet("清理取消审批事项30项，下放45项，保留120项。\n");
    assert_eq!(
        codes("清理审批事项30项，取消45项，保留12项。\n"),
        vec![Code::PartExceedsWhole]
    );
}

#[test]
fn respectively_lists_read_more_than_one_way() {
    // Kinds packed into one word: `肉蛋奶` may be three subjects.
    quiet("水果、蔬菜和肉蛋奶产量分别增长2.1%、1.5%、3%、4.2%、0.8%。\n");
    quiet("粮油菜总产量分别达到61万吨、12万吨、70万吨。\n");
    // Names listed on both sides of `的`: those after it may be the subjects.
    quiet("甲房、乙房建成和在建住房的套数、面积分别占规划的75%、82%。\n");
    // Too few values is still told where nothing else reads the words.
    assert_eq!(
        codes("甲房、乙房和丙房分别占规划的75%、82%。\n"),
        vec![Code::RespectivelyMismatch]
    );
    // Values that run on in a form the scanner cannot read: not read.
    quiet("货运量、客运量、吞吐量和业务量分别增长7.1%、6.2%. 20.5%和9.3%。\n");
    quiet("甲、乙、丙三次产业分别增长9.1%、11.0%、&1%。\n");
    quiet("甲、乙、丙、丁饲养量分别达到200万头、30万头、80万 只，700万只。\n");
    // A new sentence opening with a year is no value of the list.
    assert_eq!(
        codes("甲、乙、丙分别增长5%、6%。2025年增长7%。\n"),
        vec![Code::RespectivelyMismatch]
    );
}

#[test]
fn rates_listed_after_names_without_fen_bie_and_investment_over_output() {
    // Values listed after names of rates listed are one each, with or
    // without `分别`: the gross ratio may pass 100%, the other may not.
    quiet("初中毛入学率、巩固率达101.6%和98.1%。\n");
    assert_eq!(
        codes("初中毛入学率、巩固率达99.6%和101.1%。\n"),
        vec![Code::RateOutOfRange]
    );
    // Investment over output may pass 100% in a region building ahead.
    quiet("完成投资508亿元，增长25%，投资率达134%。\n");
    assert_eq!(
        codes("完成投资508亿元，增长25%，投资完成率达94%，开工率达134%。\n"),
        vec![Code::RateOutOfRange]
    );
}
