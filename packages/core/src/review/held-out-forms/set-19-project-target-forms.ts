import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 19 (issue 3), 项目支出绩效目标表 at review time, in sectors no earlier set touched (全民健身, 城市照明,
 * 学生资助, 精神卫生, 公租房, 垃圾分类, 人防, 惠民殡葬, 图书馆, 应急广播, 红十字救护, 电梯安全, 两癌筛查, 社区矫正,
 * 创业担保贷款, 科技企业, 托育, 地震监测): 实施期/中长期 goals beside 年度 goals, quantities in other units and in 万/亿,
 * numerals that are names, 2020 and 2021 frameworks, duplicate and 合计 rows, budget blocks and personal data next to
 * its lookalikes. Written before reading any code under review/ or scoring/; readings in set-19-cases.ts.
 */
const PT_LEVEL_COST = '成本指标';

/** 全民健身设施: a three-year project, the year's share in the rows. 8 rows on 90. */
const FIT = [
  r(O, NUM, '新建智能健身驿站', '>=', '10', '个', 15), r(O, NUM, '新建社区健身路径', '>=', '40', '条', 10),
  r(O, QUA, '健身设施验收合格率', '=', '100', '%', 10), r(O, TIM, '设施建成投用时间', Q, '2025年10月底前', null, 5),
  r(C, ECO, '每个健身驿站建设成本', '<=', '45', '万元', 10), r(B, SOC, '健身驿站年服务群众', '>=', '6', '万人次', 15),
  r(B, SUS, '健身设施管护机制', Q, '长效运行', null, 10), r(S, SAT, '健身群众满意度', '>=', '92', '%', 15),
];
const FIT_MID = '实施期目标：2024—2026年全区累计建成智能健身驿站30个、社区健身路径120条，形成“15分钟健身圈”。';
const FIT_YEAR = '年度目标：2025年新建智能健身驿站10个、社区健身路径40条，驿站全年服务群众6万人次以上。';
const fit = (goal = `${FIT_MID}${FIT_YEAR}`, indicators = FIT) => pt({
  project_name: '全民健身设施建设', budget_total_wan: 600, budget_fiscal_wan: 600, budget_other_wan: 0, goal, indicators,
  overview: '项目实施期2024—2026年，总投资1800万元，2025年度安排600万元。',
});

/** 城市道路照明节能改造: 5.2公里 of line against a row in 米. 8 rows on 90. */
const LAMP = [
  r(O, NUM, '更换LED路灯', '>=', '3600', '盏', 15), r(O, NUM, '改造照明线路', '>=', '5200', '米', 10),
  r(O, QUA, '路灯亮灯率', '>=', '98', '%', 10), r(O, TIM, '故障路灯修复时限', '<=', '24', '小时', 10),
  r(C, ECO, '每盏路灯改造成本', '<=', '2800', '元', 5), r(B, ECN, '年节约用电量', '>=', '150', '万千瓦时', 15),
  r(B, SOC, '夜间出行安全条件', Q, '明显改善', null, 10), r(S, SAT, '沿线居民满意度', '>=', '90', '%', 15),
];
const LAMP_GOAL = '更换LED路灯3600盏，改造照明线路5.2公里，路灯亮灯率保持在98%以上，年节约用电150万千瓦时。';
const lamp = (fields: Record<string, unknown> = {}) => pt({
  project_name: '城市道路照明节能改造', budget_total_wan: 1008, budget_fiscal_wan: 800, budget_other_wan: 208,
  budget_district_wan: 700, budget_subsidy_towns_wan: 308, goal: LAMP_GOAL, indicators: LAMP, ...fields,
});

/** 家庭经济困难学生资助: 「不让一个学生…失学」 is the zero row, not a count. 7 rows on 90. */
const AID = [
  r(O, NUM, '资助家庭经济困难学生', '>=', '4200', '人次', 15), r(O, QUA, '资助对象认定准确率', '=', '100', '%', 15),
  r(O, TIM, '资助资金发放及时率', '=', '100', '%', 10), r(C, ECO, '普通高中国家助学金生均标准', '=', '2000', '元', 10),
  r(B, SOC, '家庭经济困难学生因贫失学', '=', '0', '人', 15), r(B, SUS, '学生资助长效机制', Q, '持续健全', null, 10),
  r(S, SAT, '受助学生及家长满意度', '>=', '95', '%', 15),
];
const aid = (overview: string | null = null) => pt({
  project_name: '家庭经济困难学生资助', budget_total_wan: 840, budget_fiscal_wan: 840, budget_other_wan: 0, overview, indicators: AID,
  goal: '全年资助家庭经济困难学生4200人次，做到应助尽助，确保不让一个学生因家庭经济困难而失学。',
});

/** 严重精神障碍患者管理: 7 rows on 90. */
const MIND = [
  r(O, NUM, '在册严重精神障碍患者规范管理', '>=', '1850', '人', 15), r(O, QUA, '患者规范管理率', '>=', '90', '%', 15),
  r(O, QUA, '患者规律服药率', '>=', '85', '%', 10), r(O, TIM, '监护补助发放时间', Q, '每季度末前', null, 5),
  r(C, ECO, '人均监护补助标准', '=', '1200', '元', 10), r(B, SOC, '患者肇事肇祸案事件', '=', '0', '起', 15),
  r(S, SAT, '患者家属满意度', '>=', '90', '%', 20),
];
const mind = (overview: string) => pt({
  project_name: '严重精神障碍患者管理服务', budget_total_wan: 260, budget_fiscal_wan: 260, budget_other_wan: 0, overview, indicators: MIND,
  goal: '对全区1850名在册严重精神障碍患者开展规范管理，规范管理率达到90%以上，规律服药率85%以上，落实以奖代补监护补助，杜绝肇事肇祸案事件。',
});

/** 公共租赁住房运营管理: 7 rows on 90. */
const RENT = [
  r(O, NUM, '公租房维修维护', '>=', '1200', '套', 15), r(O, NUM, '新增保障家庭', '>=', '300', '户', 15),
  r(O, QUA, '维修工程验收合格率', '=', '100', '%', 10), r(O, TIM, '报修响应时间', '<=', '48', '小时', 5),
  r(C, ECO, '每套平均维修费用', '<=', '3500', '元', 10), r(B, SOC, '住房困难家庭居住条件', Q, '有效改善', null, 15),
  r(S, SAT, '承租家庭满意度', '>=', '90', '%', 20),
];
const RENT_GOAL = '维修维护公租房1200套，新增保障住房困难家庭300户，报修48小时内响应。';
const rent = (goal = RENT_GOAL, overview: string | null = null) => pt({
  project_name: '公共租赁住房运营管理', budget_total_wan: 680, budget_fiscal_wan: 420, budget_other_wan: 260, goal, overview, indicators: RENT,
});

/** 生活垃圾分类: 180000吨 in the goal, 18万吨 in the row. 7 rows on 90. */
const WASTE = [
  r(O, NUM, '生活垃圾分类收运量', '>=', '18', '万吨', 15), r(O, NUM, '新建垃圾分类投放点', '>=', '260', '个', 10),
  r(O, QUA, '生活垃圾无害化处理率', '=', '100', '%', 15), r(O, TIM, '生活垃圾日产日清', Q, '每日清运', null, 5),
  r(C, ECO, '每吨垃圾收运成本', '<=', '260', '元', 10), r(B, ENV, '生活垃圾回收利用率', '>=', '35', '%', 15),
  r(S, SAT, '居民满意度', '>=', '90', '%', 20),
];
const WASTE_GOAL = '全年分类收运生活垃圾180000吨，新建分类投放点260个，生活垃圾无害化处理率100%，回收利用率35%以上。';
const waste = (goal = WASTE_GOAL, indicators = WASTE) => pt({
  project_name: '生活垃圾分类收运处置', budget_total_wan: 4700, budget_fiscal_wan: 4700, budget_other_wan: 0, goal, indicators,
});

/** 河道保洁: 「一河一策」 is a slogan. 8 rows on 90. */
const RIVER = [
  r(O, NUM, '河道保洁长度', '>=', '126', '公里', 15), r(O, NUM, '清理河道漂浮物', '>=', '3200', '吨', 10),
  r(O, QUA, '河道保洁考核达标率', '>=', '95', '%', 10), r(O, TIM, '漂浮物清理时限', '<=', '24', '小时', 5),
  r(C, ECO, '每公里河道年保洁费用', '<=', '3.8', '万元', 10), r(B, ENV, '市级考核断面水质达标率', '=', '100', '%', 15),
  r(B, SUS, '河道长效管护机制', Q, '持续运行', null, 10), r(S, SAT, '沿河群众满意度', '>=', '90', '%', 15),
];
const RIVER_GOAL = '落实“一河一策”，对126公里河道实施常态化保洁，全年清理漂浮物3200吨，市级考核断面水质达标率100%。';
const river = (goal = RIVER_GOAL) => pt({
  project_name: '河道常态化保洁', budget_total_wan: 478.8, budget_fiscal_wan: 478.8, budget_other_wan: 0, goal, indicators: RIVER,
});

/** 人防工程维护 on the 2020 framework (成本 a 二级 of 产出). 8 rows on 90. */
const SHELTER = [
  r(O, NUM, '人防工程维护面积', '>=', '12', '万平方米', 15), r(O, NUM, '防空警报器维护', '>=', '86', '台', 10),
  r(O, QUA, '警报器鸣响率', '>=', '98', '%', 10), r(O, TIM, '维护任务完成时间', Q, '2025年11月底前', null, 5),
  r(O, PT_LEVEL_COST, '每平方米工程维护成本', '<=', '15', '元', 10), r(B, SOC, '城市防空防灾能力', Q, '稳步提升', null, 15),
  r(B, '可持续影响指标', '人防工程平战结合利用', Q, '持续发挥', null, 10), r(S, SAT, '市民满意度', '>=', '90', '%', 15),
];
const shelter = (indicators = SHELTER) => pt({
  project_name: '人防工程及警报设施维护', budget_total_wan: 350, budget_fiscal_wan: 350, budget_other_wan: 0, indicators,
  goal: '维护人防工程12万平方米，维护防空警报器86台，警报器鸣响率98%以上，做好“9·18”防空警报试鸣保障。',
});

/** 惠民殡葬: 7 rows on 90. */
const FUNERAL = [
  r(O, NUM, '减免基本殡葬服务费', '>=', '2600', '人', 15), r(O, QUA, '减免对象审核准确率', '=', '100', '%', 10),
  r(O, TIM, '减免资金结算时限', '<=', '30', '天', 10), r(C, ECO, '人均减免标准', '<=', '1500', '元', 10),
  r(B, SOC, '群众治丧负担', Q, '有效减轻', null, 15), r(B, ENV, '节地生态安葬率', '>=', '30', '%', 15),
  r(S, SAT, '服务对象满意度', '>=', '95', '%', 15),
];
const funeral = (overview: string | null = null) => pt({
  project_name: '惠民殡葬基本服务费减免', budget_total_wan: 390, budget_fiscal_wan: 390, budget_other_wan: 0, overview, indicators: FUNERAL,
  goal: '为全区2600名逝者家属减免基本殡葬服务费，人均减免不超过1500元，节地生态安葬率达到30%以上。',
});

/** 公共图书馆: 「24小时城市书房」 is a name. 8 rows on 90. */
const LIB = [
  r(O, NUM, '新增馆藏纸质图书', '>=', '6', '万册', 15), r(O, NUM, '新建24小时城市书房', '>=', '3', '个', 10),
  r(O, NUM, '举办阅读推广活动', '>=', '120', '场次', 10), r(O, QUA, '图书编目准确率', '>=', '99', '%', 5),
  r(C, ECO, '每册图书平均采购成本', '<=', '45', '元', 10), r(B, SOC, '年接待读者', '>=', '80', '万人次', 15),
  r(B, SUS, '全民阅读服务体系', Q, '持续完善', null, 10), r(S, SAT, '读者满意度', '>=', '92', '%', 15),
];
const LIB_GOAL = '新增馆藏纸质图书6万册，新建24小时城市书房3个，举办“书香满城”阅读推广活动120场次，全年接待读者80万人次。';
const lib = (goal = LIB_GOAL) => pt({ project_name: '公共图书馆免费开放及阅读推广', budget_total_wan: 520, budget_fiscal_wan: 520, budget_other_wan: 0, goal, indicators: LIB });

/** 农村应急广播: 8 rows on 90. */
const RADIO = [
  r(O, NUM, '新建应急广播终端', '>=', '1500', '个', 15), r(O, NUM, '覆盖行政村', '>=', '86', '个', 10),
  r(O, QUA, '终端在线率', '>=', '95', '%', 10), r(O, TIM, '系统建成时间', Q, '2025年9月底前', null, 5),
  r(C, ECO, '每个终端建设成本', '<=', '1800', '元', 10), r(B, SOC, '预警信息覆盖农村人口', '>=', '28', '万人', 15),
  r(B, SUS, '终端运维机制', Q, '长效运行', null, 10), r(S, SAT, '农村群众满意度', '>=', '90', '%', 15),
];
const RADIO_GOAL = '在86个行政村新建应急广播终端1500个，终端在线率95%以上，预警信息覆盖农村人口28万人，实现“村村响、户户通”。';
const radio = (goal = RADIO_GOAL, indicators = RADIO) => pt({ project_name: '农村应急广播体系建设', budget_total_wan: 270, budget_fiscal_wan: 270, budget_other_wan: 0, goal, indicators });

/** 红十字应急救护培训: numerals in Chinese. 7 rows on 90. */
const AIDKIT = [
  r(O, NUM, '应急救护普及培训', '>=', '12000', '人次', 15), r(O, NUM, '培训持证救护员', '>=', '1500', '人', 15),
  r(O, NUM, '公共场所配置AED', '>=', '60', '台', 10), r(O, QUA, '救护员考核合格率', '>=', '95', '%', 10),
  r(C, ECO, '每台AED配置成本', '<=', '1.8', '万元', 5), r(B, SOC, '群众自救互救能力', Q, '明显提升', null, 15),
  r(S, SAT, '参训人员满意度', '>=', '95', '%', 20),
];
const aidkit = (overview: string | null = null) => pt({
  project_name: '红十字应急救护培训', budget_total_wan: 180, budget_fiscal_wan: 150, budget_other_wan: 30, overview, indicators: AIDKIT,
  goal: '开展应急救护普及培训1.2万人次，培训持证救护员一千五百人，在地铁站、学校等公共场所配置AED六十台，与120急救中心联动。',
});

/** 电梯安全: 7 rows on 90. */
const LIFT = [
  r(O, NUM, '电梯安全监督抽查', '>=', '1800', '台次', 15), r(O, NUM, '老旧电梯更新改造', '>=', '120', '台', 15),
  r(O, QUA, '电梯定期检验率', '>=', '99', '%', 10), r(O, TIM, '困人故障救援到场时间', '<=', '30', '分钟', 10),
  r(C, ECO, '每台电梯改造补助', '<=', '8', '万元', 5), r(B, SOC, '电梯较大以上事故', '=', '0', '起', 15),
  r(S, SAT, '住户满意度', '>=', '90', '%', 20),
];
const lift = (indicators = LIFT) => pt({
  project_name: '电梯安全监管及老旧电梯更新', budget_total_wan: 1100, budget_fiscal_wan: 960, budget_other_wan: 140, indicators,
  goal: '监督抽查在用电梯1800台次，补助老旧住宅电梯更新改造120台，每台补助不超过8万元，困人救援30分钟内到场，杜绝较大以上电梯事故。',
});

/** 两癌筛查: 16000人 each against rows in 万人; 35—64岁 is an age bracket. 7 rows on 90. */
const SCREEN = [
  r(O, NUM, '适龄妇女宫颈癌筛查', '>=', '1.6', '万人', 15), r(O, NUM, '适龄妇女乳腺癌筛查', '>=', '1.6', '万人', 15),
  r(O, QUA, '筛查结果告知率', '=', '100', '%', 10), r(O, QUA, '阳性病例随访管理率', '>=', '95', '%', 10),
  r(C, ECO, '人均筛查补助标准', '<=', '180', '元', 5), r(B, SOC, '阳性病例早诊早治率', '>=', '90', '%', 15),
  r(S, SAT, '受检妇女满意度', '>=', '90', '%', 20),
];
const screen = (overview: string | null = null) => pt({
  project_name: '农村及城镇低收入妇女两癌筛查', budget_total_wan: 576, budget_fiscal_wan: 576, budget_other_wan: 0, overview, indicators: SCREEN,
  goal: '为35—64岁适龄妇女免费开展宫颈癌、乳腺癌筛查各16000人，阳性病例随访管理率95%以上。',
});

/** 社区矫正: 8 rows on 90. */
const PAROLE = [
  r(O, NUM, '在册社区矫正对象监管', '>=', '420', '人', 15), r(O, NUM, '开展集中教育学习', '>=', '48', '场次', 10),
  r(O, QUA, '矫正对象信息化核查率', '=', '100', '%', 10), r(O, TIM, '入矫报到衔接时间', '<=', '10', '日', 5),
  r(C, ECO, '每人年均监管教育成本', '<=', '2500', '元', 10), r(B, SOC, '社区矫正对象再犯罪率', '<=', '0.2', '%', 15),
  r(B, SUS, '矫正工作规范化水平', Q, '持续提升', null, 10), r(S, SAT, '矫正对象及家属满意度', '>=', '90', '%', 15),
];
const PAROLE_GOAL = '依法对全区420名社区矫正对象实施监督管理，开展集中教育学习48场次，再犯罪率控制在0.2%以内。';
const parole = (goal = PAROLE_GOAL, overview: string | null = null) => pt({
  project_name: '社区矫正监督管理', budget_total_wan: 105, budget_fiscal_wan: 105, budget_other_wan: 0, goal, overview, indicators: PAROLE,
});

/** 创业担保贷款贴息: 7 rows on 90. */
const LOAN = [
  r(O, NUM, '新发放创业担保贷款', '>=', '2.5', '亿元', 15), r(O, NUM, '扶持创业人员', '>=', '1200', '人', 15),
  r(O, QUA, '贷款逾期率', '<=', '2', '%', 10), r(O, TIM, '贴息资金拨付时限', '<=', '15', '个工作日', 5),
  r(C, ECO, '贴息资金规模', '<=', '1200', '万元', 10), r(B, SOC, '带动就业', '>=', '3600', '人', 15),
  r(S, SAT, '创业人员满意度', '>=', '90', '%', 20),
];
const LOAN_GOAL = '新发放创业担保贷款25000万元，扶持1200名创业人员，带动就业3600人，贷款逾期率控制在2%以内。';
const loan = (goal = LOAN_GOAL, overview: string | null = null) => pt({
  project_name: '创业担保贷款贴息', budget_total_wan: 1200, budget_fiscal_wan: 1200, budget_other_wan: 0, goal, overview, indicators: LOAN,
});

/** 科技型企业培育: 15亿元 of 技术合同 (a result) against a row in 万元. 8 rows on 90. */
const TECH = [
  r(O, NUM, '新认定高新技术企业', '>=', '60', '家', 15), r(O, NUM, '入库科技型企业', '>=', '800', '家', 15),
  r(O, QUA, '研发费用加计扣除政策落实率', '=', '100', '%', 10), r(O, TIM, '奖补资金兑现时间', Q, '2025年12月底前', null, 5),
  r(C, ECO, '单家企业最高奖补', '<=', '30', '万元', 5), r(B, ECN, '技术合同成交额', '>=', '150000', '万元', 15),
  r(B, SUS, '科技创新生态', Q, '持续优化', null, 10), r(S, SAT, '企业满意度', '>=', '90', '%', 15),
];
const TECH_GOAL = '新认定高新技术企业60家，科技型企业入库800家，实现技术合同成交额15亿元。';
const tech = (goal = TECH_GOAL) => pt({ project_name: '科技型企业培育奖补', budget_total_wan: 2000, budget_fiscal_wan: 2000, budget_other_wan: 0, goal, indicators: TECH });

/** 普惠托育: 每千人口 is a rate's base, 3岁以下 and 0—3岁 ages. 7 rows on 90. */
const NURSERY = [
  r(O, NUM, '新增普惠托位', '>=', '600', '个', 15), r(O, NUM, '每千人口拥有3岁以下婴幼儿托位数', '>=', '4.5', '个', 15),
  r(O, QUA, '托育机构备案率', '=', '100', '%', 10), r(C, ECO, '每个托位建设补助', '<=', '1', '万元', 10),
  r(B, SOC, '婴幼儿家庭托育负担', Q, '有效减轻', null, 15), r(B, SUS, '托育服务体系', Q, '持续完善', null, 10),
  r(S, SAT, '家长满意度', '>=', '90', '%', 15),
];
const NURSERY_GOAL = '新增普惠托位600个，每千人口拥有3岁以下婴幼儿托位数达到4.5个，为0—3岁婴幼儿家庭提供普惠托育服务。';
const nursery = (goal = NURSERY_GOAL) => pt({ project_name: '普惠托育服务体系建设', budget_total_wan: 800, budget_fiscal_wan: 800, budget_other_wan: 0, goal, indicators: NURSERY });

/** 地震监测: 7 rows on 90; coverage, a blank 一级 implied by its 二级, a 合计 row. */
const QUAKE = [
  r(O, NUM, '维护地震监测台站', '>=', '14', '个', 15), r(O, NUM, '开展防震减灾科普宣传', '>=', '40', '场次', 10),
  r(O, QUA, '监测数据连续率', '>=', '99', '%', 15), r(O, TIM, '震情速报时间', '<=', '10', '分钟', 10),
  r(C, ECO, '每个台站年运维费用', '<=', '6', '万元', 5), r(B, SOC, '防震减灾知识普及率', '>=', '85', '%', 15),
  r(S, SAT, '社会公众满意度', '>=', '90', '%', 20),
];
const QUAKE_GOAL = '维护14个地震监测台站，数据连续率99%以上，震后10分钟内完成震情速报，开展防震减灾科普宣传40场次。';
const quake = (goal = QUAKE_GOAL, indicators = QUAKE) => pt({ project_name: '地震监测台网运维', budget_total_wan: 84, budget_fiscal_wan: 84, budget_other_wan: 0, goal, indicators });

export const SET19_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S19-P01', sector: '全民健身（实施期30个/120条，年度10个/40条）', form: fit(), expect: [] },
  {
    id: 'S19-P02', sector: '全民健身（年度健身步道12公里，指标12条）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: fit(`${FIT_MID}年度目标：2025年新建智能健身驿站10个、社区健身步道12公里，驿站全年服务群众6万人次以上。`,
      patch(FIT, { 1: { name: '新建社区健身步道', target: '12' } })),
  },
  { id: 'S19-P03', sector: '全民健身（实施期有数，年度只写定性）', form: fit(`${FIT_MID}年度目标：持续完善全民健身公共服务体系，提升群众健身获得感。`), expect: [] },
  {
    id: 'S19-P04', sector: '全民健身（年度赛事50场次无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: fit(`${FIT_MID}${FIT_YEAR}全年举办全民健身赛事活动50场次。`),
  },
  {
    id: 'S19-P05', sector: '全民健身（到2026年累计30个，今年10个）', expect: [],
    form: fit('围绕到2026年累计建成智能健身驿站30个的目标，2025年新建智能健身驿站10个、社区健身路径40条，驿站全年服务群众6万人次以上。'),
  },
  { id: 'S19-P06', sector: '全民健身（中长期人均场地2.8平方米）', form: fit(`中长期目标：到2027年全区人均体育场地面积达到2.8平方米。${FIT_YEAR}`), expect: [] },
  { id: 'S19-P07', sector: '城市照明（5.2公里对5200米）', form: lamp(), expect: [] },
  { id: 'S19-P08', sector: '城市照明（节能率40%无指标）', form: lamp({ goal: `${LAMP_GOAL}路灯综合节能率达到40%。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P09', sector: '城市照明（区级700+街镇380≠1008）', form: lamp({ budget_subsidy_towns_wan: 380 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S19-P10', sector: '城市照明（财政拨款按元填800万）', form: lamp({ budget_fiscal_wan: 8000000 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S19-P11', sector: '学生资助（“不让一个学生失学”）', form: aid(), expect: [] },
  {
    id: 'S19-P12', sector: '学生资助（概况写受助学生姓名身份证）', expect: [F('private_data', null, 'overview')],
    form: aid('受助学生名单经公示无异议，其中高一（3）班陈思雨（身份证号500106200903154528）系孤儿，按最高档资助。'),
  },
  {
    id: 'S19-P13', sector: '学生资助（文号、信用代码、咨询电话）', expect: [],
    form: aid('依据渝教财发〔2024〕9号，资金拨付至区学生资助管理中心（统一社会信用代码12500106MB1A23456K），资助政策咨询电话023-65312345。'),
  },
  { id: 'S19-P14', sector: '精神卫生（黄某、杜某与单位地址）', form: mind('重点关注对象2名（黄某、杜某）由区精神卫生中心（沙坪坝区天星桥正街12号）每月随访。'), expect: [] },
  {
    id: 'S19-P15', sector: '精神卫生（患者家属姓名手机）', expect: [F('private_data', null, 'overview')],
    form: mind('患者家属杜明华（联系电话13896012345）申请以奖代补监护补助，经街道审核后发放。'),
  },
  { id: 'S19-P16', sector: '公租房（48小时、信用代码、合同编号）', form: rent(RENT_GOAL, '委托运营单位（统一社会信用代码91500106MA5YH8T27Q）负责日常维修，合同编号CQGZF-2025-017。'), expect: [] },
  {
    id: 'S19-P17', sector: '公租房（概况写承租户姓名身份证）', expect: [F('private_data', null, 'overview')],
    form: rent(RENT_GOAL, '承租户何建军（身份证号500103197606221831）长期拖欠租金，已依法启动清退程序。'),
  },
  { id: 'S19-P18', sector: '公租房（租金收缴率95%无指标）', form: rent(`${RENT_GOAL}租金收缴率达到95%以上。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P19', sector: '垃圾分类（180000吨对18万吨）', form: waste(), expect: [] },
  { id: 'S19-P20', sector: '垃圾分类（厨余日处理200吨无指标）', form: waste(`${WASTE_GOAL}厨余垃圾日处理能力达到200吨。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P21', sector: '垃圾分类（权重合计85）', form: waste(WASTE_GOAL, patch(WASTE, { 6: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S19-P22', sector: '河道保洁（“一河一策”）', form: river(), expect: [] },
  { id: 'S19-P23', sector: '河道保洁（覆盖23条河流无指标）', form: river(`${RIVER_GOAL}保洁范围覆盖全区23条河流。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P24', sector: '人防（2020框架成本在产出下，“9·18”）', policy: { framework: '2020' }, form: shelter(), expect: [] },
  {
    id: 'S19-P25', sector: '人防（2020框架，效益写作效果指标）', policy: { framework: '2020' }, expect: [],
    form: shelter(SHELTER.map((row) => (row.level1 === B ? { ...row, level1: '效果指标' } : row))),
  },
  { id: 'S19-P26', sector: '人防（2021框架仍把成本放产出下）', form: shelter(), expect: [F('levels', 4, null)] },
  { id: 'S19-P27', sector: '殡葬（2600名逝者家属）', form: funeral(), expect: [] },
  {
    id: 'S19-P28', sector: '殡葬（概况写已故人员姓名身份证）', expect: [F('private_data', null, 'overview')],
    form: funeral('已故人员刘长贵（身份证号51022419410317061X）户籍在本区，其家属申请减免基本殡葬服务费。'),
  },
  { id: 'S19-P29', sector: '图书馆（24小时城市书房、“书香满城”）', form: lib(), expect: [] },
  { id: 'S19-P30', sector: '图书馆（数字资源200TB无指标）', form: lib(`${LIB_GOAL}数字资源总量达到200TB。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P31', sector: '图书馆（800000人次对80万人次）', form: lib(LIB_GOAL.replace('80万人次', '800000人次')), expect: [] },
  { id: 'S19-P32', sector: '应急广播（村村响）', form: radio(), expect: [] },
  { id: 'S19-P33', sector: '应急广播（5分钟内发布到村无指标）', form: radio(`${RADIO_GOAL}预警信息5分钟内发布到村。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P34', sector: '应急广播（表无权重列）', form: radio(RADIO_GOAL, RADIO.map((row) => ({ ...row, weight: null }))), expect: [] },
  { id: 'S19-P35', sector: '救护培训（一千五百人、六十台、120急救）', form: aidkit(), expect: [] },
  {
    id: 'S19-P36', sector: '救护培训（概况写施救救护员姓名手机）', expect: [F('private_data', null, 'overview')],
    form: aidkit('7月在地铁站成功施救的救护员谭晓梅（手机号187 2301 5566）获市级表彰，拟作为宣讲典型。'),
  },
  { id: 'S19-P37', sector: '电梯安全（30分钟、8万元）', form: lift(), expect: [] },
  {
    id: 'S19-P38', sector: '电梯安全（抽查指标重复一行）', expect: [F('names', 7, null)],
    form: lift([...patch(LIFT, { 6: { weight: 10 } }), r(O, NUM, '电梯安全监督抽查', '>=', '1800', '台次', 10)]),
  },
  { id: 'S19-P39', sector: '两癌筛查（各16000人对1.6万人，35—64岁）', form: screen('由区妇幼保健院（电话023-65300120）和12家社区卫生服务中心实施。'), expect: [] },
  {
    id: 'S19-P40', sector: '两癌筛查（概况写受检妇女姓名）', expect: [F('private_data', null, 'overview')],
    form: screen('筛查发现阳性病例的受检妇女冉秀英、向红梅已转诊至区妇幼保健院进一步诊治。'),
  },
  { id: 'S19-P41', sector: '社区矫正（420名、0.2%以内）', form: parole(PAROLE_GOAL, '矫正对象邱某某已解除矫正。'), expect: [] },
  {
    id: 'S19-P42', sector: '社区矫正（概况写矫正对象姓名）', expect: [F('private_data', null, 'overview')],
    form: parole(PAROLE_GOAL, '社区矫正对象罗志勇（2024年3月入矫）多次未按规定报到，已提请给予警告。'),
  },
  { id: 'S19-P43', sector: '社区矫正（公益活动每月不少于8小时：频次）', form: parole(`${PAROLE_GOAL}组织矫正对象参加公益活动每月不少于8小时。`), expect: [] },
  { id: 'S19-P44', sector: '创业贷款（25000万元对2.5亿元）', form: loan(), expect: [] },
  { id: 'S19-P45', sector: '创业贷款（目标带动就业4000人，指标3600人）', form: loan(LOAN_GOAL.replace('3600', '4000')), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S19-P46', sector: '创业贷款（概况写借款人姓名身份证）', expect: [F('private_data', null, 'overview')],
    form: loan(LOAN_GOAL, '借款人石磊（身份证500106198512093318）经营的餐饮店吸纳就业12人，按期还款。'),
  },
  { id: 'S19-P47', sector: '科技企业（15亿元对150000万元）', form: tech(), expect: [] },
  { id: 'S19-P48', sector: '科技企业（研发投入强度2.5%无指标）', form: tech(`${TECH_GOAL}全社会研发投入强度达到2.5%。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P49', sector: '托育（每千人口4.5个、0—3岁）', form: nursery(), expect: [] },
  { id: 'S19-P50', sector: '托育（社区托育点15个无指标）', form: nursery(`${NURSERY_GOAL}建成社区托育服务点15个。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S19-P51', sector: '地震（里氏3.0级以上、10分钟）', form: quake(QUAKE_GOAL.replace('震后10分钟内', '对里氏3.0级以上地震10分钟内')), expect: [] },
  {
    id: 'S19-P52', sector: '地震（无满意度指标）', expect: [F('coverage', null, null)],
    form: quake(QUAKE_GOAL, patch(QUAKE, { 6: { level1: B, level2: SUS, name: '地震监测预警能力', comparator: Q, target: '持续增强', unit: null } })),
  },
  {
    id: 'S19-P53', sector: '地震（满意度一级空白、二级为服务对象满意度）', expect: [F('levels', 6, null)],
    form: quake(QUAKE_GOAL, patch(QUAKE, { 6: { level1: null } })),
  },
  { id: 'S19-P54', sector: '地震（表末合计行90）', form: quake(QUAKE_GOAL, [...QUAKE, r(null, null, '合计', null, '', null, 90)]), expect: [] },
];
