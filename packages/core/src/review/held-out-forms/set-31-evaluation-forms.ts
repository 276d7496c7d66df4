import type { Indicator } from '../../forms/forms-schema';
import { B, dse, e, F, type FormCase, KC, LZ, NUM, O, patch, Q, QUA, s, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 31F (session 11), self-evaluations at year end: a 项目支出绩效自评表 for 学生营养改善计划 (budget block, 6 rows
 * on 90, 全年实际完成情况, 评价结论) and a 部门整体支出绩效自评表 of the 财政部 score-sheet kind for 区市场监督管理局 (2021
 * tree, 100 points, 分值 and 得分 only: 预算执行率, 结转结余率, “三公”经费控制率, 政府采购执行率, 资产管理规范性). Written
 * before reading any code under review/; readings in set-31-cases.ts.
 */
const ME = '管理效率';
const sr = (level1: string, level2: string | null, name: string, weight: number, score: number, reason: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), reason });

/** 学生营养改善计划: 950.4 of 960 adjusted (99%, 9.9), total 99.9. */
const MEAL = [
  e(O, NUM, '受益学生人数', '>=', '12000', '人', 20, '12350', 20),
  e(O, NUM, '供餐天数', '>=', '200', '天', 10, '202', 10),
  e(O, QUA, '食品安全事故', '=', '0', '起', 15, '0', 15),
  e(O, TIM, '营养膳食补助拨付时限', '<=', '15', '个工作日', 10, '12', 10),
  e(B, SOC, '学生营养健康状况', Q, '持续改善', null, 15, '达成', 15),
  e(S, SAT, '学生和家长满意度', '>=', '90', '%', 20, '94.5', 20),
];
const MEAL_GOAL = '为12000名农村义务教育学生提供营养膳食补助，全年供餐200天以上，确保不发生食品安全事故，补助资金15个工作日内拨付到校。';
const MEAL_OUTCOME = '全年受益学生12350人，供餐202天，未发生食品安全事故，补助资金平均12个工作日拨付到校。';
const meal = (indicators = MEAL, fields: Record<string, unknown> = {}) => sheet({
  org: '区教育委员会', project_name: '农村义务教育学生营养改善计划', goal: MEAL_GOAL, goal_outcome: MEAL_OUTCOME,
  budget: budget(980, 960, 950.4, 99, 9.9), total_score: 99.9, indicators,
  problems: '部分学校食堂设施陈旧。', improvements: '分批改造学校食堂，完善食材集中配送。' }, fields);
/** 11400 of 12000 人: 20 × 11400/12000 = 19; total 98.9. */
const MEAL_SHORT = { actual: '11400', score: 19 };
const MEAL_SHORT_OUTCOME = MEAL_OUTCOME.replace('12350人', '11400人');

/** 区市场监督管理局 score sheet on the 2021 tree, 100 points, every row full. */
const MARKET = [
  sr(LZ, '重点工作履行情况', '重点工作任务完成率', 20, 20),
  sr(LZ, '履职目标实现', '食品安全抽检计划完成率', 15, 15), sr(LZ, '履职目标实现', '投诉举报按期办结率', 10, 10),
  sr(ME, '预算执行', '预算执行率', 10, 10), sr(ME, '预算管理', '结转结余率', 5, 5), sr(ME, '预算管理', '“三公”经费控制率', 5, 5),
  sr(ME, '预算管理', '政府采购执行率', 5, 5), sr(ME, '资产管理', '资产管理规范性', 5, 5),
  sr(SX, SOC, '市场主体增长率', 10, 10), sr(SX, SAT, '市场主体满意度', 5, 5), sr(KC, SUS, '智慧监管体系建设', 10, 10),
];
const market = (indicators = MARKET, fields: Record<string, unknown> = {}) => dse({
  org: '区市场监督管理局', goal: '全年完成食品安全抽检4800批次，办结投诉举报1.2万件，新增市场主体6000户。',
  total_score: 100, indicators, ...fields,
});

export const SET31_EVALUATION_CASES: FormCase[] = [
  // 学生营养改善计划
  { id: 'S31-E01', sector: '学生营养改善计划自评（无缺陷）', form: meal(), expect: [], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S31-E02', sector: '学生营养改善计划自评（受益学生11400人扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.9, grade: '优' },
    form: meal(patch(MEAL, { 0: MEAL_SHORT }), { total_score: 98.9, goal_outcome: MEAL_SHORT_OUTCOME }),
  },
  {
    id: 'S31-E03', sector: '学生营养改善计划自评（受益学生11400人扣分有原因）', expect: [], scoring: { total: 98.9, grade: '优' },
    form: meal(patch(MEAL, { 0: { ...MEAL_SHORT, reason: '2所村小撤并，学生随迁至城区学校，不再纳入补助范围' } }), { total_score: 98.9, goal_outcome: MEAL_SHORT_OUTCOME }),
  },
  {
    id: 'S31-E04', sector: '学生营养改善计划自评（11400人仍得满分20）', scoring: { total: 98.9, grade: '优' },
    expect: [F('self_evaluation', 0, 'score'), F('self_evaluation', 0, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: meal(patch(MEAL, { 0: { actual: '11400' } }), { goal_outcome: MEAL_SHORT_OUTCOME }),
  },
  { id: 'S31-E05', sector: '学生营养改善计划自评（总分写成98）', form: meal(MEAL, { total_score: 98 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.9, grade: '优' } },
  { id: 'S31-E06', sector: '学生营养改善计划自评（结论等级写良）', form: meal(MEAL, { conclusion: '项目自评得分99.9分，自评等级为良。' }), expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.9, grade: '优' } },
  {
    id: 'S31-E07', sector: '学生营养改善计划自评（执行率写97%而950.4/960为99%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.9, grade: '优' },
    form: meal(MEAL, { budget: budget(980, 960, 950.4, 97, 9.9) }),
  },
  {
    id: 'S31-E08', sector: '学生营养改善计划自评（发生1起食品安全事故得0分有原因，良）', expect: [], scoring: { total: 84.9, grade: '良' },
    form: meal(patch(MEAL, { 2: { actual: '1', score: 0, reason: '1所学校发生1起轻微食源性疾病事件，已追责整改' } }),
      { total_score: 84.9, goal_outcome: MEAL_OUTCOME.replace('未发生食品安全事故', '发生1起轻微食源性疾病事件') }),
  },
  {
    id: 'S31-E09', sector: '学生营养改善计划自评（完成情况写12530人而完成值12350人）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.9, grade: '优' },
    form: meal(MEAL, { goal_outcome: MEAL_OUTCOME.replace('12350人', '12530人') }),
  },
  {
    id: 'S31-E10', sector: '学生营养改善计划自评（偏差原因写学生姓名）', expect: [F('private_data', 0, 'reason')], scoring: { total: 98.9, grade: '优' },
    form: meal(patch(MEAL, { 0: { ...MEAL_SHORT, reason: '学生赵子涵、钱雨桐等600人随父母外出务工转学，不再纳入补助范围' } }), { total_score: 98.9, goal_outcome: MEAL_SHORT_OUTCOME }),
  },
  {
    id: 'S31-E11', sector: '学生营养改善计划自评（执行率85%无原因）', expect: [F('self_evaluation', null, null)], scoring: { total: 98.5, grade: '优' },
    form: meal(MEAL, { budget: budget(980, 960, 816, 85, 8.5), total_score: 98.5 }),
  },
  // 区市场监督管理局 整体自评（评分表）
  { id: 'S31-D01', sector: '市场监管局评分表（无缺陷）', form: market(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    // Relabelled after measuring: set 28 (S28-B02) holds a score sheet to 偏差原因 only when it prints that column (another row
    // carries a reason); this sheet has none anywhere, so the short row is quiet.
    id: 'S31-D02', sector: '市场监管局评分表（结转结余率扣2分，表无偏差原因栏，安静）', expect: [], scoring: { total: 98, grade: '优' },
    form: market(patch(MARKET, { 4: { score: 3 } }), { total_score: 98 }),
  },
  {
    id: 'S31-D03', sector: '市场监管局评分表（结转结余率扣2分有原因）', expect: [], scoring: { total: 98, grade: '优' },
    form: market(patch(MARKET, { 4: { score: 3, reason: '年末中央转移支付资金到位较晚，形成结转' } }), { total_score: 98 }),
  },
  {
    id: 'S31-D04', sector: '市场监管局评分表（政府采购执行率得7分超分值5）', form: market(patch(MARKET, { 6: { score: 7 } }), { total_score: 102 }),
    expect: [F('self_evaluation', 6, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  { id: 'S31-D05', sector: '市场监管局评分表（总分写95而各行合计100）', form: market(MARKET, { total_score: 95 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' } },
  { id: 'S31-D06', sector: '市场监管局评分表（预算执行率放在社会效应下）', form: market(patch(MARKET, { 3: { level1: SX } })), expect: [F('levels', 3, null)], scoring: { total: 100, grade: '优' } },
  {
    id: 'S31-D07', sector: '市场监管局评分表（偏差原因写资产管理员姓名手机）', expect: [F('private_data', 7, 'reason')], scoring: { total: 99, grade: '优' },
    form: market(patch(MARKET, { 7: { score: 4, reason: '资产管理员刘海燕（13996215478）调岗交接时部分设备未及时登记入账' } }), { total_score: 99 }),
  },
  {
    id: 'S31-D08', sector: '市场监管局评分表（偏差原因写岗位调整，安静）', expect: [], scoring: { total: 99, grade: '优' },
    form: market(patch(MARKET, { 7: { score: 4, reason: '资产管理岗位调整交接时部分设备未及时登记入账，已补登' } }), { total_score: 99 }),
  },
  {
    id: 'S31-D09', sector: '市场监管局评分表（三公经费控制率扣1分、满意度扣1分均有原因）', expect: [], scoring: { total: 98, grade: '优' },
    form: market(patch(MARKET, { 5: { score: 4, reason: '因执法车辆更新，公务用车运行维护费超年初预算' }, 9: { score: 4, reason: '部分个体工商户对登记窗口等候时间不满意' } }), { total_score: 98 }),
  },
];
