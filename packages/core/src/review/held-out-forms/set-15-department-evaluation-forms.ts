import { B, dse, e, F, type FormCase, KC, LZ, O, patch, s, SX } from './form-case-types';

/**
 * Held-out set 15 (issue 3), 部门整体支出绩效自评表 in both layouts: a 财政部-style score sheet on 90 whose 年度预算执行
 * line sits above the rows (the total carries it), and a project-like sheet with targets and a 预算执行率 row.
 * Written before reading any code under review/ or scoring/; readings and first measurement in set-15-cases.ts.
 */
const GL = '管理效率';

/** 区医疗保障局 score sheet on 90 (rows score 85.7); the budget line (9.6) is outside the rows. */
const MED = [
  s(LZ, '重点工作', '基本医疗保险参保率', 15, 14.5), s(LZ, '重点工作', '基金监管专项检查', 15, 15),
  s(LZ, '履职效益', '医保待遇落实', 15, 14), s(GL, '预算管理', '预算编制准确性', 10, 9),
  s(GL, '资产管理', '资产管理规范性', 5, 5), s(GL, '制度建设', '内控制度有效性', 5, 4.5),
  s(SX, '社会效益', '群众就医负担减轻', 10, 9.5), s(SX, '服务对象满意度', '参保群众满意度', 10, 9.2),
  s(KC, '长效机制', '医保基金安全长效机制', 5, 5),
];
const med = (indicators = MED, fields: Record<string, unknown> = {}) => dse({ org: '区医疗保障局', total_score: 95.3, indicators, ...fields });

/** 区规划和自然资源局 with targets: 90 + a 预算执行率 row (97.5%, 9.75). */
const LAND = [
  e(LZ, O, '地质灾害隐患点巡查覆盖率', '=', '100', '%', 15, '100', 15),
  e(LZ, O, '完成地质灾害工程治理', '>=', '6', '处', 15, '6', 15),
  e(LZ, O, '不动产登记办理时限', '<=', '3', '个工作日', 15, '2.5', 15),
  e(LZ, B, '耕地保有量', '>=', '42.3', '万亩', 15, '42.35', 15),
  e(SX, '服务对象满意度', '办事群众满意度', '>=', '90', '%', 15, '94', 15),
  e(GL, '预算管理', '预算编制准确率', '>=', '90', '%', 15, '92', 15),
  e('预算执行', '预算执行', '预算执行率', '=', '100', '%', 10, '97.5%', 9.75),
];
const land = (indicators = LAND, fields: Record<string, unknown> = {}) => dse({ org: '区规划和自然资源局', total_score: 99.75, indicators, ...fields });
const SHORT = { actual: '5', score: 12.5 };

export const SET15_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S15-G01', sector: '医保局评分表（分值90，预算执行9.6分在表上方）', form: med(), expect: [], scoring: null },
  {
    id: 'S15-G02', sector: '医保局评分表（分值90，总分即行得分之和）', form: med(MED, { total_score: 85.7 }),
    expect: [F('weights', null, 'weight')], scoring: { total: 85.7, grade: '良' },
  },
  {
    id: 'S15-G03', sector: '医保局评分表（总分比行得分多10.6）', form: med(MED, { total_score: 96.3 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: null,
  },
  {
    id: 'S15-G04', sector: '医保局评分表（参保率得15.5超分值15）', form: med(patch(MED, { 0: { score: 15.5 } }), { total_score: 96.3 }),
    expect: [F('self_evaluation', 0, 'score')], scoring: null,
  },
  {
    id: 'S15-G05', sector: '医保局评分表（目标写骗保参保人姓名）', expect: [F('private_data', null, 'goal')], scoring: null,
    form: med(MED, { goal: '全年开展医保基金监管专项检查，查处参保人孙立新冒用他人医保卡就医骗保案，追回基金并移送公安。' }),
  },
  {
    id: 'S15-G06', sector: '医保局评分表（目标数字不对照评分行）', expect: [], scoring: null,
    form: med(MED, { goal: '全区基本医疗保险参保率稳定在95%以上，开展基金监管专项检查120家次，异地就医直接结算率达到90%。' }),
  },
  { id: 'S15-H01', sector: '规划自然资源局（目标表式，全部达成）', form: land(), expect: [], scoring: { total: 99.75, grade: '优' } },
  {
    id: 'S15-H02', sector: '规划自然资源局（治理5处扣分无原因）', form: land(patch(LAND, { 1: SHORT }), { total_score: 97.25 }),
    expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 97.25, grade: '优' },
  },
  {
    id: 'S15-H03', sector: '规划自然资源局（治理5处扣分有原因）', expect: [], scoring: { total: 97.25, grade: '优' },
    form: land(patch(LAND, { 1: { ...SHORT, reason: '1处治理工程因用地手续延至次年实施' } }), { total_score: 97.25 }),
  },
  {
    id: 'S15-H04', sector: '规划自然资源局（整数表：执行率97.5%预算执行行给10分）', form: land(patch(LAND, { 6: { score: 10 } }), { total_score: 100 }),
    expect: [], scoring: { total: 99.75, grade: '优' },
  },
  {
    id: 'S15-H05', sector: '规划自然资源局（目标新增耕地1200亩无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.75, grade: '优' },
    form: land(LAND, { goal: '完成地质灾害工程治理6处，新增耕地1200亩，耕地保有量不低于42.3万亩。' }),
  },
  {
    id: 'S15-H06', sector: '规划自然资源局（目标全部有指标）', expect: [], scoring: { total: 99.75, grade: '优' },
    form: land(LAND, { goal: '完成地质灾害工程治理6处，耕地保有量不低于42.3万亩，不动产登记3个工作日内办结，群众满意度90%以上。' }),
  },
];
