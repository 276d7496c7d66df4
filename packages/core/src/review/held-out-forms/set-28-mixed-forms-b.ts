import { B, C, dt, e, ECN, ECO, F, type FormCase, funds, KC, LZ, NUM, O, patch, pse, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 28 (issue 3), mixed documents part B: 区妇幼保健院's 新生儿疾病筛查, 区公共资源交易中心's 电子交易平台 and
 * 区乡村振兴局's 雨露计划 项目支出绩效自评表, and 区乡村振兴局's 部门整体绩效目标表 on the 2021 tree. Written before
 * reading any code under review/; readings in set-28-cases.ts.
 */

const ME = '管理效率';
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 新生儿疾病筛查: 6 rows on 90, budget 304 of 320 (95%, 9.5): 99.5. */
const BABY = [
  e(O, NUM, '新生儿遗传代谢病筛查', '>=', '5600', '人', 15, '5820', 15),
  e(O, NUM, '新生儿听力筛查', '>=', '5600', '人', 15, '5790', 15),
  e(O, QUA, '筛查阳性召回率', '>=', '95', '%', 15, '97.6%', 15),
  e(O, TIM, '筛查结果反馈时限', '<=', '7', '天', 15, '5', 15),
  e(B, SOC, '新生儿疾病筛查率', '>=', '98', '%', 15, '99.1%', 15),
  e(S, SAT, '受检家庭满意度', '>=', '90', '%', 15, '95.8%', 15),
];
const BABY_OUTCOME = '全年完成新生儿遗传代谢病筛查5820人、听力筛查5790人，筛查阳性召回率97.6%，新生儿疾病筛查率99.1%。';
const baby = (fields: Record<string, unknown> = {}) => pse({
  org: '区妇幼保健院', project_name: '新生儿疾病筛查', indicators: BABY, budget: budget(320, 320, 304, 95, 9.5), total_score: 99.5,
  goal: '完成新生儿遗传代谢病筛查和听力筛查各5600人，筛查阳性召回率95%以上，新生儿疾病筛查率98%以上。', goal_outcome: BABY_OUTCOME,
  conclusion: '自评得分99.5分，等级为优。', problems: '部分外地户籍产妇分娩后即离开本区，阳性患儿召回难度较大。',
  improvements: '加强与助产机构和社区的信息共享，落实阳性患儿追踪随访。', ...fields,
});

/** 电子交易平台运维: 6 rows on 90, budget 252.2 of 260 (97%, 9.7): 99.7. */
const TRADE = [
  e(O, NUM, '进场交易项目', '>=', '1800', '个', 15, '1926', 15),
  e(O, QUA, '电子化交易率', '=', '100', '%', 15, '100%', 15),
  e(O, QUA, '平台运行故障', '<=', '2', '次', 15, '1', 15),
  e(O, TIM, '故障修复时限', '<=', '4', '小时', 15, '2', 15),
  e(B, ECN, '节约财政资金', '>=', '1.2', '亿元', 15, '1.46', 15),
  e(S, SAT, '市场主体满意度', '>=', '90', '%', 15, '96.2%', 15),
];
const TRADE_OUTCOME = '全年进场交易项目1926个，交易额15936824700元，电子化交易率100%，平台故障1次，通过公开竞争节约财政资金1.46亿元。';
const trade = (fields: Record<string, unknown> = {}) => pse({
  org: '区公共资源交易中心', project_name: '电子交易平台运维', indicators: TRADE, budget: budget(260, 260, 252.2, 97, 9.7), total_score: 99.7,
  goal: '保障进场交易项目1800个以上，电子化交易率100%，平台运行故障不超过2次、修复时限4小时内，通过公开竞争节约财政资金1.2亿元。',
  goal_outcome: TRADE_OUTCOME, conclusion: '自评得分99.7分，评价等级为优。',
  problems: '个别评标专家抽取后临时缺席，影响开标效率。', improvements: '完善专家缺席替补机制。', ...fields,
});

/** 雨露计划 教育资助: 6 rows on 90, budget 210.6 of 210.6 (100%, 10): 100. */
const AID = [
  e(O, NUM, '资助脱贫家庭学生', '>=', '680', '人', 15, '702', 15),
  e(O, QUA, '资助对象识别准确率', '=', '100', '%', 15, '100%', 15),
  e(O, TIM, '资助资金发放时限', Q, '每学期开学后2个月内', null, 15, '达成', 15),
  e(C, ECO, '人均资助标准', '=', '3000', '元/学年', 15, '3000', 15),
  e(B, SOC, '受助学生因贫辍学', '=', '0', '人', 15, '0', 15),
  e(S, SAT, '受助家庭满意度', '>=', '90', '%', 15, '97.1%', 15),
];
const AID_BUDGET = budget(204, 210.6, 210.6, 100, 10);
const AID_OUTCOME = '全年资助学生702人，发放资助资金210.6万元，受助学生无因贫辍学。';
const aid = (fields: Record<string, unknown> = {}) => pse({
  org: '区乡村振兴局', project_name: '雨露计划职业教育资助', indicators: AID, budget: AID_BUDGET, total_score: 100,
  goal: '资助脱贫家庭中职、高职在校学生680人，每生每学年3000元，确保受助学生不因贫辍学。', goal_outcome: AID_OUTCOME,
  conclusion: '自评得分100分，等级为优。', problems: '部分学生跨区就读，信息核实周期较长。', improvements: '加强与教育部门学籍数据比对。', ...fields,
});

/** 区乡村振兴局 department target on the 2021 tree, 100 points with 部门预算执行率 under 管理效率. */
const RURAL_DT = [
  r(LZ, NUM, '雨露计划资助学生', '>=', '680', '人', 15), r(LZ, NUM, '实施产业帮扶项目', '>=', '26', '个', 15),
  r(LZ, QUA, '防返贫监测对象帮扶覆盖率', '=', '100', '%', 10), r(LZ, TIM, '监测对象识别认定时限', '<=', '15', '天', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '脱贫人口人均纯收入增幅', '>=', '8', '%', 15),
  r(SX, SAT, '帮扶对象满意度', '>=', '90', '%', 15), r(KC, SUS, '帮扶产业持续运营', Q, '持续运营', null, 10),
];
const RURAL_GOAL = '资助雨露计划学生680人，实施产业帮扶项目26个，防返贫监测对象帮扶全覆盖，脱贫人口人均纯收入增幅8%以上。';
const ruralDt = (fields: Record<string, unknown> = {}) => dt({
  org: '区乡村振兴局', budget_total_wan: 2680, fund_sources: funds(2680, 0, 0), structure: split(380, 2300), goal: RURAL_GOAL,
  tasks: [{ name: '产业帮扶', content: '实施产业帮扶项目26个', budget_wan: 1900 }, { name: '雨露计划', content: '资助脱贫家庭学生680人', budget_wan: 400 }],
  indicators: RURAL_DT, ...fields,
});

export const SET28_MIXED_CASES_B: FormCase[] = [
  { id: 'S28-G01', sector: '新生儿疾病筛查自评（无缺陷）', form: baby(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'S28-G02', sector: '新生儿疾病筛查自评（存在问题写患儿及母亲姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.5, grade: '优' },
    form: baby({ problems: '阳性患儿邓可馨（母亲罗婷，13638275019）多次召回未到，已上报区卫健委协调。' }),
  },
  {
    id: 'S28-G03', sector: '新生儿疾病筛查自评（存在问题写1例患儿家长与单位座机，安静）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: baby({ problems: '1例阳性患儿家长拒绝复查，已签署知情告知书并报区卫健委备案（咨询电话023-62571234）。' }),
  },
  {
    id: 'S28-G04', sector: '新生儿疾病筛查自评（完成情况写听力筛查5970人，完成值5790）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.5, grade: '优' },
    form: baby({ goal_outcome: BABY_OUTCOME.replace('5790人', '5970人') }),
  },
  {
    id: 'S28-G05', sector: '新生儿疾病筛查自评（完成情况写支出金额和23位项目编码，安静）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: baby({ goal_outcome: `${BABY_OUTCOME}全年支出筛查经费3,041,256.80元，项目（编码50010825100000012345678）已纳入预算管理一体化系统。` }),
  },
  {
    id: 'S28-G06', sector: '新生儿疾病筛查自评（召回率91%扣分无偏差原因）', expect: [F('self_evaluation', 2, 'reason')], scoring: { total: 98.87, grade: '优' },
    form: baby({ indicators: patch(BABY, { 2: { actual: '91%', score: 14.37 } }), total_score: 98.87, goal_outcome: BABY_OUTCOME.replace('97.6%', '91%'),
      conclusion: '自评得分98.87分，等级为优。' }),
  },
  {
    id: 'S28-G07', sector: '新生儿疾病筛查自评（执行率82%无原因）', expect: [F('self_evaluation', null, null)], scoring: { total: 98.2, grade: '优' },
    form: baby({ budget: budget(320, 300, 246, 82, 8.2), total_score: 98.2, conclusion: '自评得分98.2分，等级为优。' }),
  },

  { id: 'S28-H01', sector: '交易平台运维自评（无缺陷，完成情况含11位交易额）', form: trade(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S28-H02', sector: '交易平台运维自评（完成情况写节约1.64亿元，完成值1.46）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.7, grade: '优' },
    form: trade({ goal_outcome: TRADE_OUTCOME.replace('1.46亿元', '1.64亿元') }),
  },
  {
    id: 'S28-H03', sector: '交易平台运维自评（完成情况写节约14600万元，安静）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: trade({ goal_outcome: TRADE_OUTCOME.replace('1.46亿元', '14600万元') }),
  },
  {
    id: 'S28-H04', sector: '交易平台运维自评（存在问题写投标代理人姓名身份证号）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.7, grade: '优' },
    form: trade({ problems: '投标人委托代理人赵文斌（身份证号500103198809214513）使用虚假业绩材料，已移交行业主管部门查处。' }),
  },
  {
    id: 'S28-H05', sector: '交易平台运维自评（存在问题写企业统一社会信用代码，安静）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: trade({ problems: '个别投标人使用虚假业绩材料，已移交行业主管部门查处，涉事企业（统一社会信用代码91500108MA60XK2Q4N）已列入经营异常名录。' }),
  },
  {
    id: 'S28-H06', sector: '交易平台运维自评（节约资金行得17分超分值15）', expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 99.7, grade: '优' },
    form: trade({ indicators: patch(TRADE, { 4: { score: 17 } }), total_score: 101.7, conclusion: '自评得分101.7分，评价等级为优。' }),
  },

  { id: 'S28-I01', sector: '雨露计划自评（无缺陷）', form: aid(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S28-I02', sector: '雨露计划自评（存在问题写资助名单姓名身份证号）', expect: [F('private_data', null, 'problems')], scoring: { total: 100, grade: '优' },
    form: aid({ problems: '受助学生名单（谭晓雯，500236200611083629；冉浩，500236200704125816）在村务公开栏公示时未作脱敏处理。' }),
  },
  {
    id: 'S28-I03', sector: '雨露计划自评（存在问题写已脱敏身份证号，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: aid({ problems: '受助学生名单在村务公开栏公示，身份证号已按5002362006********格式脱敏。' }),
  },
  {
    id: 'S28-I04', sector: '雨露计划自评（完成情况写资助720人，完成值702）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 100, grade: '优' },
    form: aid({ goal_outcome: AID_OUTCOME.replace('702人', '720人') }),
  },
  {
    id: 'S28-I05', sector: '雨露计划自评（执行率写95%而210.6/210.6为100%）', expect: [F('budget_arithmetic', null, null)], scoring: { total: 100, grade: '优' },
    form: aid({ budget: { ...AID_BUDGET, execution_rate: 95 } }),
  },
  {
    id: 'S28-I06', sector: '雨露计划自评（执行率按年初预算算成98.07%）', expect: [F('budget_arithmetic', null, null)], scoring: { total: 99.5, grade: '优' },
    form: aid({ budget: budget(204, 210.6, 200.07, 98.07, 9.5), total_score: 99.5, conclusion: '自评得分99.5分，等级为优。',
      goal_outcome: '全年资助学生702人，发放资助资金200.07万元，受助学生无因贫辍学。' }),
  },

  { id: 'S28-J01', sector: '乡村振兴局整体目标（无缺陷）', form: ruralDt(), expect: [] },
  {
    id: 'S28-J02', sector: '乡村振兴局整体目标（基本支出380+项目支出2200≠2680）', expect: [F('budget_arithmetic', null, null)],
    form: ruralDt({ structure: split(380, 2200) }),
  },
  {
    id: 'S28-J03', sector: '乡村振兴局整体目标（年度主要任务写资助名单姓名身份证号）', expect: [F('private_data', null, null)],
    form: ruralDt({ tasks: [
      { name: '产业帮扶', content: '实施产业帮扶项目26个', budget_wan: 1900 },
      { name: '雨露计划', content: '资助脱贫家庭学生680人（首批：谭晓雯500236200611083629、冉浩500236200704125816等）', budget_wan: 400 },
    ] }),
  },
  {
    id: 'S28-J04', sector: '乡村振兴局整体目标（任务写帮扶项目30个，指标26个）', expect: [F('goal_vs_indicators', null, null)],
    form: ruralDt({ tasks: [{ name: '产业帮扶', content: '实施产业帮扶项目30个', budget_wan: 1900 }, { name: '雨露计划', content: '资助脱贫家庭学生680人', budget_wan: 400 }] }),
  },
  {
    id: 'S28-J05', sector: '乡村振兴局整体目标（缺部门预算执行率行，合计90）', expect: [F('weights', null, null)],
    form: ruralDt({ indicators: RURAL_DT.filter((row) => row.name !== '部门预算执行率') }),
  },
  {
    id: 'S28-J06', sector: '乡村振兴局整体目标（目标写收入增幅8%以上并含12317热线，安静）', expect: [],
    form: ruralDt({ goal: `${RURAL_GOAL}畅通12317防返贫监测帮扶热线。` }),
  },
];
