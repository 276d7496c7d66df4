import { B, C, dse, e, ECO, F, type FormCase, KC, LZ, NUM, O, patch, pse, Q, QUA, S, s, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 11 (issue 3), self-evaluations: 得分 above 分值, over-achievement with full marks, shortfalls without
 * 偏差原因, totals off by rounding (≤0.005, fine) and by more, budget lines outside and inside the rows, totals rows,
 * deduction items, and personal data in 偏差原因 / 存在问题 / 评价结论 / 目标. Written before reading any code under
 * review/ or scoring/; readings and first measurement in set-11-cases.ts.
 */
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 农村公路养护: 8 rows on 90, budget 470.4 of 480 adjusted (98%, 9.8). */
const ROADM = [
  e(O, NUM, '农村公路养护里程', '>=', '320', '公里', 15, '320', 15),
  e(O, NUM, '修复水毁路段', '>=', '12', '处', 10, '12', 10),
  e(O, QUA, '路面优良率', '>=', '85', '%', 10, '86', 10),
  e(O, TIM, '水毁路段修复时限', '<=', '30', '天', 10, '25', 10),
  e(C, ECO, '每公里年养护成本', '<=', '1.5', '万元', 10, '1.46', 10),
  e(B, SOC, '群众出行安全', Q, '有效保障', null, 15, '达成', 15),
  e(B, SUS, '农村公路管养机制', Q, '长效运行', null, 10, '达成', 10),
  e(S, SAT, '沿线群众满意度', '>=', '90', '%', 10, '94', 10),
];
const ROADM_BUDGET = budget(500, 480, 470.4, 98, 9.8);
const roadm = (indicators = ROADM, fields: Record<string, unknown> = {}) => pse({
  project_name: '农村公路日常养护', goal: '养护农村公路三百二十公里，修复水毁路段12处，路面优良率85%以上。', budget: ROADM_BUDGET,
  total_score: 99.8, indicators, ...fields,
});
const RAIN = '汛期连续降雨，部分路段路面损毁';

/** 职业技能培训补贴: 6 rows on 90, budget 2646 of 2700 (98%, 9.8). */
const TRAINING = [
  e(O, NUM, '职业技能培训人次', '>=', '15000', '人次', 20, '16230', 20),
  e(O, NUM, '取证人数', '>=', '8000', '人', 15, '8120', 15),
  e(O, QUA, '培训考核合格率', '>=', '90', '%', 15, '93.5', 15),
  e(O, TIM, '培训补贴发放及时率', '=', '100', '%', 10, '100', 10),
  e(B, SOC, '培训后就业率', '>=', '60', '%', 15, '63', 15),
  e(S, SAT, '参训人员满意度', '>=', '90', '%', 15, '95', 15),
];
const training = (indicators = TRAINING, fields: Record<string, unknown> = {}) => pse({
  project_name: '职业技能培训补贴', goal: '开展职业技能培训一万五千人次，取证八千人，培训后就业率60%以上。', budget: budget(2700, 2700, 2646, 98, 9.8),
  total_score: 99.8, indicators, ...fields,
});

export const SET11_PROJECT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S11-E01', sector: '公路养护（全部达成，三百二十公里）', form: roadm(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S11-E02', sector: '公路养护（得分12超分值10）', form: roadm(patch(ROADM, { 1: { score: 12 } }), { total_score: 101.8 }),
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E03', sector: '公路养护（完成410公里超额，满分，默认none）', form: roadm(patch(ROADM, { 0: { actual: '410' } })),
    expect: [], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E04', sector: '公路养护（优良率83%扣分无偏差原因）', form: roadm(patch(ROADM, { 2: { actual: '83', score: 9.76 } }), { total_score: 99.56 }),
    expect: [F('self_evaluation', 2, 'reason')], scoring: { total: 99.56, grade: '优' },
  },
  {
    id: 'S11-E05', sector: '公路养护（得分9.764、总分99.564，差0.004）',
    form: roadm(patch(ROADM, { 2: { actual: '83', score: 9.764, reason: RAIN } }), { total_score: 99.564 }),
    expect: [], scoring: { total: 99.56, grade: '优' },
  },
  {
    id: 'S11-E06', sector: '公路养护（总分少写0.5）', form: roadm(ROADM, { total_score: 99.3 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E07', sector: '公路养护（执行率按年初预算算成94.08%）',
    form: roadm(ROADM, { budget: budget(500, 480, 470.4, 94.08, 9.41), total_score: 99.41 }),
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E08', sector: '公路养护（执行率95.17%写作95.2，得分9.52）',
    form: roadm(ROADM, { budget: budget(300, 285, 271.23, 95.2, 9.52), total_score: 99.52 }),
    expect: [], scoring: { total: 99.52, grade: '优' },
  },
  {
    id: 'S11-E09', sector: '公路养护（偏差原因写农户姓名）',
    form: roadm(patch(ROADM, { 1: { actual: '10', score: 8.33, reason: '其中2处因沿线农户王德贵不同意占地，延至次年施工' } }), { total_score: 98.13 }),
    expect: [F('private_data', 1, 'reason')], scoring: { total: 98.13, grade: '优' },
  },
  {
    id: 'S11-E10', sector: '公路养护（存在问题写农户门牌）', form: roadm(ROADM, { problems: '东湖村5组21号农户门前路段排水不畅，村民多次反映。' }),
    expect: [F('private_data', null, 'problems')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E11', sector: '公路养护（结论写王某、打码身份证、文号、项目编码）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: roadm(ROADM, { conclusion: '经核查，王某反映的路段已修复（反映人身份证号3201**********1234）；依据宁交〔2025〕9号文件完成自评，项目编码32011525000000001234。' }),
  },
  {
    id: 'S11-E12', sector: '公路养护（目标港湾式停靠站二十个无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: roadm(ROADM, { goal: '养护农村公路三百二十公里，修复水毁路段12处，新建港湾式停靠站二十个，路面优良率85%以上。' }),
  },
  {
    id: 'S11-E13', sector: '公路养护（预算执行既在表外又在表内，重复计10分）', expect: [F('weights', null, 'weight')], scoring: null,
    form: roadm([...ROADM, e('预算执行', '预算执行', '预算执行率', '=', '100', '%', 10, '98', 9.8)], { total_score: 109.6 }),
  },
  {
    id: 'S11-E14', sector: '公路养护（预算执行率作为表内一行，无表外预算行）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: roadm([...ROADM, e('预算执行', '预算执行', '预算执行率', '=', '100', '%', 10, '98', 9.8)], { budget: null }),
  },
  { id: 'S11-E15', sector: '技能培训补贴（一万五千人次）', form: training(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S11-E16', sector: '技能培训补贴（explain：21000人次超额140%无原因）', policy: { overAchievement: 'explain' },
    form: training(patch(TRAINING, { 0: { actual: '21000' } })), expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E17', sector: '技能培训补贴（偏差原因写学员姓名及身份证号）',
    form: training(patch(TRAINING, { 4: { actual: '58', score: 14.5, reason: '部分学员如刘海波（身份证号320303197209061528）外出务工未纳入统计' } }), { total_score: 99.3 }),
    expect: [F('private_data', 4, 'reason')], scoring: { total: 99.3, grade: '优' },
  },
  {
    id: 'S11-E18', sector: '技能培训补贴（结论写学员姓名及带空格手机号）',
    form: training(TRAINING, { conclusion: '学员陈晓燕（电话：139 5180 2467）反映补贴未到账，经核实已补发。' }),
    expect: [F('private_data', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S11-E19', sector: '技能培训补贴（12333、单位座机、信用代码）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: training(TRAINING, { conclusion: '学员可拨打人社服务热线12333或区培训中心电话025-52181234咨询；承训机构统一社会信用代码52320115MJ5701234X。' }),
  },
];

const GL = '管理效率';
/** 区交通运输局 score sheet, 10 rows on 100, total 94.9. */
const SHEET = [
  s(LZ, '重点工作履职情况', '重点工作完成率', 20, 19), s(LZ, '履职效益', '部门职责履行', 20, 19.5),
  s(GL, '预算管理', '预算编制准确性', 10, 9), s(GL, '预算管理', '预算调整率', 5, 4.5),
  s(GL, '资产管理', '资产管理规范性', 5, 5), s(GL, '制度建设', '内控制度有效性', 10, 9.5),
  s(SX, '社会效益', '社会效益实现程度', 10, 9), s(SX, '服务对象满意度', '服务对象满意度', 10, 9.6),
  s(KC, '人才队伍', '干部队伍建设', 5, 5), s(KC, '长效机制', '长效管理机制', 5, 4.8),
];
const sheet = (indicators = SHEET, fields: Record<string, unknown> = {}) => dse({ org: '区交通运输局', total_score: 94.9, indicators, ...fields });
const WITHOUT_BUDGETING = SHEET.filter((_, i) => i !== 2);

/** 区消防救援大队 with targets: 90 + a 预算执行率 row. */
const FIRE = [
  e(LZ, O, '火灾扑救出动及时率', '=', '100', '%', 15, '100', 15),
  e(LZ, O, '消防监督检查单位', '>=', '3000', '家', 15, '3260', 15),
  e(LZ, O, '消防安全培训', '>=', '120', '场次', 15, '108', 13.5, '大型培训场馆改造，部分场次取消'),
  e(LZ, B, '较大及以上火灾亡人事故', '=', '0', '起', 15, '0', 15),
  e(SX, '服务对象满意度', '辖区群众满意度', '>=', '90', '%', 15, '93', 15),
  e(GL, '预算管理', '预算编制准确率', '>=', '90', '%', 15, '95', 15),
  e('预算执行', '预算执行', '预算执行率', '=', '100', '%', 10, '96%', 9.6),
];
const fireDept = (indicators = FIRE, total_score = 98.1) => dse({ org: '区消防救援大队', total_score, indicators });

export const SET11_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S11-G01', sector: '交通局评分表（100分）', form: sheet(), expect: [], scoring: { total: 94.9, grade: '优' } },
  { id: 'S11-G02', sector: '交通局评分表（表内含合计行）', form: sheet([...SHEET, s('合计', null, '合计', 100, 94.9)]), expect: [], scoring: null },
  {
    id: 'S11-G03', sector: '交通局评分表（分值90，预算执行10分在表外，总分含其得分）', expect: [], scoring: null,
    form: sheet(WITHOUT_BUDGETING, { total_score: 95.5 }),
  },
  {
    id: 'S11-G04', sector: '交通局评分表（分值90，总分即行得分之和）', form: sheet(WITHOUT_BUDGETING, { total_score: 85.9 }),
    expect: [F('weights', null, 'weight')], scoring: { total: 85.9, grade: '良' },
  },
  {
    id: 'S11-G05', sector: '交通局评分表（得分6超分值5）', form: sheet(patch(SHEET, { 3: { score: 6 } }), { total_score: 96.4 }),
    expect: [F('self_evaluation', 3, 'score')], scoring: null,
  },
  {
    id: 'S11-G06', sector: '交通局评分表（得分4.833，总分94.933，差0.003）', form: sheet(patch(SHEET, { 9: { score: 4.833 } }), { total_score: 94.933 }),
    expect: [], scoring: { total: 94.93, grade: '优' },
  },
  {
    id: 'S11-G07', sector: '交通局评分表（总分多写0.3）', form: sheet(SHEET, { total_score: 95.2 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 94.9, grade: '优' },
  },
  {
    id: 'S11-G08', sector: '交通局评分表（目标写帮扶职工姓名及身份证号）', expect: [F('private_data', null, 'goal')], scoring: { total: 94.9, grade: '优' },
    form: sheet(SHEET, { goal: '重点帮扶困难职工赵海峰（身份证号320382198812304125）一户，解决其子女入学问题。' }),
  },
  {
    id: 'S11-G09', sector: '交通局评分表（扣分项分值-5扣1分）', expect: [], scoring: null,
    form: sheet([...SHEET, s('扣分项', '扣分项', '违反财经纪律扣分', -5, -1)], { total_score: 93.9 }),
  },
  { id: 'S11-F01', sector: '消防救援大队（培训未达有原因）', form: fireDept(), expect: [], scoring: { total: 98.1, grade: '优' } },
  {
    id: 'S11-F02', sector: '消防救援大队（培训未达无原因）', form: fireDept(patch(FIRE, { 2: { reason: null } })),
    expect: [F('self_evaluation', 2, 'reason')], scoring: { total: 98.1, grade: '优' },
  },
  {
    id: 'S11-F03', sector: '消防救援大队（全部达成）', form: fireDept(patch(FIRE, { 2: { actual: '126', score: 15, reason: null } }), 99.6),
    expect: [], scoring: { total: 99.6, grade: '优' },
  },
];
