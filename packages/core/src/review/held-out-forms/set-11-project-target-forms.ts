import { B, C, ECN, ECO, ENV, F, type FormCase, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 11 (issue 3), 项目支出绩效目标表: goals with numbered tasks whose quantities are written in 万 and in
 * Chinese numerals, money, dates, grades and ordinals that are no quantities, shares carried by rows worded otherwise,
 * personal data next to its lookalikes (文号, 项目编码, 统一社会信用代码, 合同编号, unit lines, masked numbers), budget
 * arithmetic and a 0 weight. Written before reading any code under review/ or scoring/; readings in set-11-cases.ts.
 */

/** 人社 职业技能培训: 一万五千人次, 八千人, numbered tasks, a budget amount. */
const TRAIN = [
  r(O, NUM, '职业技能培训人次', '>=', '15000', '人次', 15), r(O, NUM, '取得职业资格或技能等级证书人数', '>=', '8000', '人', 10),
  r(O, NUM, '建设公共实训基地', '=', '2', '个', 10), r(O, QUA, '培训考核合格率', '>=', '90', '%', 10),
  r(O, TIM, '培训补贴发放及时率', '=', '100', '%', 10), r(C, ECO, '人均培训补贴', '<=', '1800', '元', 10),
  r(B, SOC, '培训后就业率', '>=', '60', '%', 10), r(B, SUS, '技能人才队伍', Q, '持续壮大', null, 5),
  r(S, SAT, '参训人员满意度', '>=', '90', '%', 10),
];
const train = (indicators = TRAIN) => pt({
  project_name: '职业技能提升行动', budget_total_wan: 2700, budget_fiscal_wan: 2700, budget_other_wan: 0,
  goal: '1.开展职业技能培训一万五千人次；2.取得职业资格证书或职业技能等级证书八千人；3.培训后就业率达到60%以上；4.建设2个公共实训基地。全年安排补贴资金2700万元。',
  indicators,
});

/** 林业 国土绿化: 1.2万亩 → 12000 亩, 二十五公里, a total investment and a date. */
const FOREST = [
  r(O, NUM, '人工造林面积', '>=', '12000', '亩', 10), r(O, NUM, '封山育林面积', '>=', '8000', '亩', 10),
  r(O, NUM, '新建森林防火通道', '>=', '25', '公里', 10), r(O, QUA, '造林苗木成活率', '>=', '85', '%', 10),
  r(O, TIM, '苗木栽植完成时间', Q, '2025年11月底前', null, 5), r(C, ECO, '每亩人工造林成本', '<=', '1500', '元', 10),
  r(B, ENV, '森林覆盖率', '>=', '52.6', '%', 15), r(B, SUS, '林木管护机制', Q, '长效运行', null, 10),
  r(S, SAT, '林区群众满意度', '>=', '90', '%', 10),
];
const FOREST_GOAL = '完成人工造林1.2万亩、封山育林0.8万亩，新建森林防火通道二十五公里，全县森林覆盖率提高到52.6%。项目总投资2860万元，2025年11月底前完成苗木栽植。';
const forest = (goal = FOREST_GOAL) => pt({
  project_name: '国土绿化及森林防火', budget_total_wan: 2860, budget_fiscal_wan: 2860, budget_other_wan: 0, goal, indicators: FOREST,
});

/** 农村公路: 四十八公里, 两座, 12个乡镇, and 三级 (a road grade, no quantity). */
const ROAD = [
  r(O, NUM, '新改建农村公路里程', '>=', '48', '公里', 10), r(O, NUM, '改造危桥', '=', '2', '座', 10),
  r(O, NUM, '新增通三级及以上公路乡镇', '=', '12', '个', 10), r(O, QUA, '工程交工验收合格率', '=', '100', '%', 10),
  r(O, QUA, '路面优良率', '>=', '80', '%', 5), r(O, TIM, '工程完工时间', Q, '2025年12月底前', null, 5),
  r(C, ECO, '每公里建设成本', '<=', '120', '万元', 10), r(B, SOC, '群众出行条件', Q, '明显改善', null, 10),
  r(B, SUS, '公路设计使用年限', '>=', '15', '年', 10), r(S, SAT, '沿线群众满意度', '>=', '90', '%', 10),
];
const road = (indicators = ROAD, fields: Record<string, unknown> = {}) => pt({
  project_name: '农村公路提档升级', budget_total_wan: 5760, budget_fiscal_wan: 4000, budget_other_wan: 1760,
  budget_district_wan: 5000, budget_subsidy_towns_wan: 760,
  goal: '新改建农村公路四十八公里、改造危桥两座，实现全县12个乡镇通三级及以上公路，路面优良率80%以上。', indicators, ...fields,
});

/** 退役军人 优抚: 四百户, 一级伤残 (a grade), personal data and its lookalikes in the overview. */
const VETERAN = [
  r(O, NUM, '发放优抚金对象', '>=', '3200', '人', 15), r(O, NUM, '走访慰问困难退役军人', '>=', '400', '户', 10),
  r(O, NUM, '建成村（社区）退役军人服务站', '=', '15', '个', 10), r(O, QUA, '优抚金发放准确率', '=', '100', '%', 10),
  r(O, TIM, '优抚金发放及时率', '=', '100', '%', 10), r(C, ECO, '户均慰问金标准', '<=', '1000', '元', 10),
  r(B, SOC, '退役军人合法权益', Q, '有效维护', null, 10), r(B, SUS, '退役军人服务保障体系', Q, '持续健全', null, 5),
  r(S, SAT, '优抚对象满意度', '>=', '92', '%', 10),
];
const veteran = (overview: string | null) => pt({
  project_name: '重点优抚对象抚恤及走访慰问', budget_total_wan: 4100, budget_fiscal_wan: 4100, budget_other_wan: 0, overview,
  goal: '为全区3200名重点优抚对象按时足额发放优抚金，走访慰问困难退役军人四百户，年内建成村（社区）退役军人服务站15个。',
  indicators: VETERAN,
});

/** 免疫规划: 2.6万名, 0—6岁 (an age bracket), HPV. */
const VACCINE = [
  r(O, NUM, '提供预防接种服务儿童', '>=', '26000', '人', 15), r(O, NUM, '适龄女生HPV疫苗接种人数', '>=', '3000', '人', 10),
  r(O, QUA, '国家免疫规划疫苗接种率', '>=', '95', '%', 15), r(O, QUA, '疫苗冷链设备完好率', '>=', '98', '%', 10),
  r(O, TIM, '疑似预防接种异常反应报告及时率', '=', '100', '%', 10), r(C, ECO, '人均接种服务补助', '<=', '25', '元', 10),
  r(B, SOC, '疫苗针对传染病发病水平', Q, '保持较低水平', null, 10), r(S, SAT, '儿童家长满意度', '>=', '90', '%', 10),
];
const vaccine = (indicators = VACCINE) => pt({
  project_name: '免疫规划及预防接种服务', budget_total_wan: 650, budget_fiscal_wan: 650, budget_other_wan: 0,
  goal: '为全区2.6万名0—6岁儿童提供预防接种服务，适龄儿童国家免疫规划疫苗接种率保持在95%以上，完成适龄女生HPV疫苗接种3000人。',
  indicators,
});

/** 大气治理: PM2.5 and 国三 are names; 82% carried by 比率. */
const AIR = [
  r(O, NUM, '完成挥发性有机物治理企业', '>=', '50', '家', 15), r(O, NUM, '淘汰国三及以下排放标准柴油货车', '>=', '300', '辆', 10),
  r(O, QUA, '治理工程验收合格率', '=', '100', '%', 10), r(O, TIM, '治理任务完成时间', Q, '2025年10月底前', null, 5),
  r(C, ECO, '单家企业治理补助', '<=', '20', '万元', 10), r(B, ENV, 'PM2.5年均浓度', '<=', '32', '微克/立方米', 15),
  r(B, ENV, '空气质量优良天数比率', '>=', '82', '%', 15), r(S, SAT, '周边群众满意度', '>=', '90', '%', 10),
];
const air = (indicators = AIR) => pt({
  project_name: '大气污染防治专项', budget_total_wan: 1500, budget_fiscal_wan: 1500, budget_other_wan: 0,
  goal: '全区PM2.5年均浓度控制在32微克/立方米以内，空气质量优良天数比率达到82%，完成50家企业挥发性有机物治理，淘汰国三及以下排放标准柴油货车300辆。',
  indicators,
});

/** 消防: 二十个, 1200户, 120场次. */
const FIRE = [
  r(O, NUM, '新建小型消防站', '=', '3', '个', 10), r(O, NUM, '新建微型消防站', '=', '20', '个', 10),
  r(O, NUM, '为独居老人安装独立式烟感报警器', '>=', '1200', '户', 15), r(O, NUM, '开展消防安全培训', '>=', '120', '场次', 10),
  r(O, QUA, '烟感报警器安装合格率', '=', '100', '%', 10), r(O, TIM, '消防站建成时间', Q, '2025年10月底前', null, 5),
  r(B, SOC, '较大及以上火灾亡人事故', '=', '0', '起', 15), r(S, SAT, '辖区群众满意度', '>=', '90', '%', 15),
];
const fire = (overview: string | null) => pt({
  project_name: '基层消防能力提升', budget_total_wan: 980, budget_fiscal_wan: 980, budget_other_wan: 0, overview,
  goal: '新建小型消防站3个、微型消防站二十个，为1200户独居老人安装独立式烟感报警器，开展消防安全培训120场次。', indicators: FIRE,
});

/** 经济普查: 第五次 (ordinal), 约2.1万个, 六百名. */
const CENSUS = [
  r(O, NUM, '普查法人单位', '>=', '21000', '个', 15), r(O, NUM, '普查个体经营户', '>=', '36000', '户', 15),
  r(O, NUM, '选聘普查员和普查指导员', '>=', '600', '人', 10), r(O, QUA, '普查数据差错率', '<=', '1', '%', 15),
  r(O, TIM, '普查登记完成时间', Q, '2025年4月底前', null, 10), r(C, ECO, '普查员人均劳务补助', '<=', '3000', '元', 10),
  r(B, SOC, '普查数据服务决策', Q, '有效支撑', null, 10), r(S, SAT, '普查对象满意度', '>=', '90', '%', 5),
];
const census = (indicators = CENSUS) => pt({
  project_name: '第五次全国经济普查', budget_total_wan: 420, budget_fiscal_wan: 420, budget_other_wan: 0,
  goal: '完成第五次全国经济普查登记，覆盖全区约2.1万个法人单位和3.6万户个体经营户，选聘普查员和普查指导员六百名。', indicators,
});

/** 智慧气象: four numbered tasks, the fourth covered by a qualitative row. */
const WEATHER = [
  r(O, NUM, '建设自动气象观测站', '=', '10', '个', 15), r(O, NUM, '升级天气雷达', '=', '1', '部', 10),
  r(O, QUA, '观测设备验收合格率', '=', '100', '%', 10), r(O, TIM, '观测数据传输及时率', '>=', '98', '%', 10),
  r(B, SOC, '气象预警信息公众覆盖率', '>=', '95', '%', 15), r(B, SUS, '气象灾害防御体系', Q, '逐步完善', null, 15),
  r(S, SAT, '公众气象服务满意度', '>=', '90', '%', 15),
];
const weather = (indicators = WEATHER) => pt({
  project_name: '智慧气象能力建设', budget_total_wan: 760, budget_fiscal_wan: 760, budget_other_wan: 0,
  goal: '1.建设自动气象观测站十个；2.升级天气雷达1部；3.气象预警信息公众覆盖率达到95%；4.完善气象灾害防御体系。', indicators,
});

/** 消费券: 3000万元 is the budget; 带动消费1.5亿元 is an outcome a row must carry. */
const CONSUME = [
  r(O, NUM, '参与活动商户', '>=', '2000', '家', 15), r(O, QUA, '消费券核销率', '>=', '90', '%', 15),
  r(O, TIM, '补贴资金拨付及时率', '=', '100', '%', 10), r(B, ECN, '带动消费金额', '>=', '1.5', '亿元', 20),
  r(S, SAT, '参与商户满意度', '>=', '90', '%', 15), r(S, SAT, '消费者满意度', '>=', '90', '%', 15),
];
const consume = (indicators = CONSUME) => pt({
  project_name: '促消费数字消费券发放', budget_total_wan: 3000, budget_fiscal_wan: 3000, budget_other_wan: 0,
  goal: '安排财政资金3000万元发放数字消费券，带动消费1.5亿元以上，参与商户不少于2000家，消费券核销率90%以上。', indicators,
});

/** 档案数字化: 120万页, a contract amount, codes and a unit account in the overview. */
const ARCHIVE = [
  r(O, NUM, '馆藏档案数字化扫描', '>=', '120', '万页', 15), r(O, NUM, '接收进馆档案', '>=', '8000', '卷', 15),
  r(O, QUA, '扫描图像质量合格率', '>=', '99', '%', 15), r(O, TIM, '数字化任务完成时间', Q, '2025年11月底前', null, 10),
  r(C, ECO, '每页扫描成本', '<=', '0.8', '元', 10), r(B, SOC, '档案查阅利用', Q, '更加便捷', null, 15),
  r(S, SAT, '查档群众满意度', '>=', '90', '%', 10),
];
const archive = (indicators = ARCHIVE) => pt({
  project_name: '馆藏档案数字化', budget_total_wan: 110, budget_fiscal_wan: 110, budget_other_wan: 0,
  overview: '档案数字化外包服务合同编号NJDA-2025-0016，中标单位统一社会信用代码91320106MA1W2X3Y4Q，开户账号3201018800005566778（单位对公账户），服务监督电话025-84401234。',
  goal: '完成馆藏档案数字化扫描120万页，接收进馆档案8000卷，档案数字化外包服务合同金额96万元。', indicators,
});

/** 知识产权: 每万人口 is a rate's base, not a quantity. */
const PATENT = [
  r(O, NUM, '新增发明专利授权', '>=', '300', '件', 15), r(O, NUM, '新培育高新技术企业', '>=', '40', '家', 15),
  r(O, QUA, '资助项目审核准确率', '=', '100', '%', 15), r(O, TIM, '资助资金拨付及时率', '=', '100', '%', 10),
  r(B, ECN, '每万人口高价值发明专利拥有量', '>=', '12', '件', 20), r(S, SAT, '企业满意度', '>=', '90', '%', 15),
];
const patent = (fields: Record<string, unknown> = {}) => pt({
  project_name: '知识产权资助及高企培育', budget_total_wan: 800, budget_fiscal_wan: 800, budget_other_wan: 0,
  goal: '全年新增发明专利授权300件，培育高新技术企业四十家，每万人口高价值发明专利拥有量达到12件。', indicators: PATENT, ...fields,
});

const GOAL = 'goal';
export const SET11_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S11-P01', sector: '职业技能培训（一万五千人次、八千人，编号任务）', form: train(), expect: [] },
  {
    id: 'S11-P02', sector: '职业技能培训（第4项实训基地2个无指标）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: train(patch(TRAIN, { 2: { name: '举办职业技能竞赛', target: '3', unit: '场' } })),
  },
  { id: 'S11-P03', sector: '职业技能培训（指标写1.5万人次）', form: train(patch(TRAIN, { 0: { target: '1.5', unit: '万人次' } })), expect: [] },
  { id: 'S11-P04', sector: '国土绿化（1.2万亩＝12000亩，投资额、日期）', form: forest(), expect: [] },
  {
    id: 'S11-P05', sector: '国土绿化（有害生物监测点6个无指标）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: forest(FOREST_GOAL.replace('。项目总投资', '，设立林业有害生物监测点6个。项目总投资')),
  },
  { id: 'S11-P06', sector: '农村公路（四十八公里、两座、12个乡镇、三级公路）', form: road(), expect: [] },
  {
    id: 'S11-P07', sector: '农村公路（12个乡镇无指标承载）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: road(patch(ROAD, { 2: { name: '农村公路日常养护里程', comparator: '>=', target: '300', unit: '公里' } })),
  },
  {
    id: 'S11-P08', sector: '农村公路（区级支出＋补助街镇≠预算）', expect: [F('budget_arithmetic', null, null)],
    form: road(ROAD, { budget_subsidy_towns_wan: 700 }),
  },
  { id: 'S11-P09', sector: '优抚（四百户、15个服务站）', form: veteran(null), expect: [] },
  {
    id: 'S11-P10', sector: '优抚（概况写退役军人姓名、门牌、手机）', expect: [F('private_data', null, 'overview')],
    form: veteran('重点走访对象包括一级伤残退役军人张卫国（家住城东街道建设路23号附2号，联系电话13852467731）等困难退役军人。'),
  },
  {
    id: 'S11-P11', sector: '优抚（文号、20位项目编码、合同编号、信用代码、咨询电话）', expect: [],
    form: veteran('依据苏财社〔2025〕18号、宁退役军人发〔2024〕7号文件实施；项目编码32010625000000012345；采购合同编号NJTY-2025-036，服务机构统一社会信用代码52320106MJ5812345K；政策咨询电话025-83612345。'),
  },
  { id: 'S11-P12', sector: '免疫规划（2.6万名、0—6岁、HPV）', form: vaccine(), expect: [] },
  {
    id: 'S11-P13', sector: '免疫规划（指标说明写受种者身份证号，末位X）', expect: [F('private_data', 4, 'description')],
    form: vaccine(patch(VACCINE, { 4: { description: '2024年处置疑似异常反应1例（受种者身份证号34120119900214003X），已按规定给予补偿。' } })),
  },
  {
    id: 'S11-P14', sector: '免疫规划（身份证号已打码）', expect: [],
    form: vaccine(patch(VACCINE, { 4: { description: '2024年处置疑似异常反应1例（受种者身份证号3412**********003X），已按规定给予补偿。' } })),
  },
  { id: 'S11-P15', sector: '大气治理（PM2.5、国三、比率）', form: air(), expect: [] },
  {
    id: 'S11-P16', sector: '大气治理（优良天数比率82%无指标）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: air(patch(AIR, { 6: { name: '重污染天数', comparator: '<=', target: '3', unit: '天' } })),
  },
  { id: 'S11-P17', sector: '基层消防（二十个、1200户）', form: fire(null), expect: [] },
  {
    id: 'S11-P18', sector: '基层消防（概况写独居老人姓名及住址）', expect: [F('private_data', null, 'overview')],
    form: fire('首批安装对象为独居老人刘桂兰（和平街道光明巷17号）、陈玉珍等，由社区网格员逐户登记。'),
  },
  { id: 'S11-P19', sector: '经济普查（第五次、约2.1万个、六百名）', form: census(), expect: [] },
  {
    id: 'S11-P20', sector: '经济普查（指标说明写普查员银行卡号）', expect: [F('private_data', 5, 'description')],
    form: census(patch(CENSUS, { 5: { description: '普查员劳务补助按月发放至本人银行卡（如6217001234567890122，户名周敏）。' } })),
  },
  { id: 'S11-P21', sector: '智慧气象（十个、1部，第4项定性行承载）', form: weather(), expect: [] },
  {
    id: 'S11-P22', sector: '智慧气象（天气雷达1部无指标）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: weather(patch(WEATHER, { 1: { name: '观测站年度巡检', comparator: '>=', target: '2', unit: '次' } })),
  },
  { id: 'S11-P23', sector: '消费券（3000万元预算、1.5亿元带动消费有指标）', form: consume(), expect: [] },
  {
    id: 'S11-P24', sector: '消费券（带动消费1.5亿元无指标）', expect: [F('goal_vs_indicators', null, GOAL)],
    form: consume(patch(CONSUME, { 3: { name: '新增限额以上商贸企业', target: '20', unit: '家' } })),
  },
  { id: 'S11-P25', sector: '档案数字化（合同编号、信用代码、对公账户、监督电话）', form: archive(), expect: [] },
  {
    id: 'S11-P26', sector: '档案数字化（一行权重0）', expect: [F('weights', 4, 'weight')],
    form: archive(patch(ARCHIVE, { 4: { weight: 0 }, 5: { weight: 25 } })),
  },
  { id: 'S11-P27', sector: '知识产权（每万人口、四十家）', form: patent(), expect: [] },
  {
    id: 'S11-P28', sector: '知识产权（财政资金＋其他资金≠预算数）', expect: [F('budget_arithmetic', null, null)],
    form: patent({ budget_fiscal_wan: 700, budget_other_wan: 50 }),
  },
];
