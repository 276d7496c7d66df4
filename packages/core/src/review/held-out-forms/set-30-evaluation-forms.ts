import { B, dse, e, ECN, F, type FormCase, KC, LZ, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 30F (session 11), self-evaluations at year end: a 项目支出绩效自评表 for 农机购置补贴 (budget block, 6 rows on
 * 90, 全年实际完成情况, 评价结论) and a 部门整体支出绩效自评表 for 区退役军人事务局 with targets on the 2021 tree (100 points,
 * 部门预算执行率 a row under 管理效率). Written before reading any code under review/; readings in set-30-cases.ts.
 */

/** 农机购置补贴: 1225 of 1250 adjusted (98%, 9.8), total 99.8. */
const FARM = [
  e(O, NUM, '补贴农机具', '>=', '2400', '台（套）', 20, '2520', 20),
  e(O, NUM, '受益农户', '>=', '1600', '户', 10, '1650', 10),
  e(O, QUA, '补贴资金兑付准确率', '=', '100', '%', 15, '100', 15),
  e(O, TIM, '补贴资金兑付时限', '<=', '30', '个工作日', 10, '25', 10),
  e(B, ECN, '主要农作物耕种收综合机械化率', '>=', '55', '%', 15, '56.2', 15),
  e(S, SAT, '购机农户满意度', '>=', '90', '%', 20, '93.4', 20),
];
const FARM_GOAL = '补贴农机具2400台（套），受益农户1600户，补贴资金兑付准确率100%，30个工作日内兑付到户，主要农作物耕种收综合机械化率达到55%。';
const FARM_OUTCOME = '全年补贴农机具2520台（套），受益农户1650户，兑付准确率100%，平均25个工作日兑付到户，综合机械化率56.2%。';
const farm = (indicators = FARM, fields: Record<string, unknown> = {}) => sheet({
  org: '区农业农村委员会', project_name: '农机购置与应用补贴', goal: FARM_GOAL, goal_outcome: FARM_OUTCOME,
  budget: budget(1300, 1250, 1225, 98, 9.8), total_score: 99.8, indicators,
  problems: '部分丘陵山区适用机具品目较少。', improvements: '争取将丘陵山区适用小型机具纳入补贴范围。' }, fields);
/** 1520 of 1600 户: 10 × 1520/1600 = 9.5; total 99.3. */
const FARM_SHORT = { actual: '1520', score: 9.5 };
const FARM_SHORT_OUTCOME = FARM_OUTCOME.replace('1650户', '1520户');

/** 区退役军人事务局, 2021 tree with targets, every target met: 100. */
const VET = [
  e(LZ, NUM, '走访慰问重点优抚对象', '>=', '1500', '人次', 15, '1620', 15),
  e(LZ, NUM, '退役军人适应性培训', '>=', '300', '人', 10, '312', 10),
  e(LZ, QUA, '优抚资金发放准确率', '=', '100', '%', 10, '100%', 10),
  e(LZ, TIM, '优抚资金发放时限', '<=', '10', '个工作日', 10, '8', 10),
  e('管理效率', '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97.6%', 10),
  e(SX, SOC, '退役军人就业率', '>=', '90', '%', 15, '92.4%', 15),
  e(SX, SAT, '退役军人满意度', '>=', '90', '%', 15, '94.2%', 15),
  e(KC, SUS, '退役军人服务保障体系', Q, '持续完善', null, 15, '达成', 15),
];
const VET_GOAL = '走访慰问重点优抚对象1500人次，开展退役军人适应性培训300人，优抚资金发放准确率100%，10个工作日内发放到位，退役军人就业率90%以上。';
const vet = (indicators = VET, fields: Record<string, unknown> = {}) =>
  dse({ org: '区退役军人事务局', goal: VET_GOAL, total_score: 100, indicators, ...fields });
/** 285 of 300 人: 10 × 285/300 = 9.5; total 99.5. */
const VET_SHORT = { actual: '285', score: 9.5 };

export const SET30_EVALUATION_CASES: FormCase[] = [
  // 农机购置补贴
  { id: 'S30-A01', sector: '农机购置补贴自评（无缺陷）', form: farm(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S30-A02', sector: '农机购置补贴自评（受益农户1520户扣分无偏差原因）', expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 99.3, grade: '优' },
    form: farm(patch(FARM, { 1: FARM_SHORT }), { total_score: 99.3, goal_outcome: FARM_SHORT_OUTCOME }),
  },
  {
    id: 'S30-A03', sector: '农机购置补贴自评（受益农户1520户扣分有原因）', expect: [], scoring: { total: 99.3, grade: '优' },
    form: farm(patch(FARM, { 1: { ...FARM_SHORT, reason: '部分农户购置大型机具，户均补贴台数增加' } }), { total_score: 99.3, goal_outcome: FARM_SHORT_OUTCOME }),
  },
  {
    id: 'S30-A04', sector: '农机购置补贴自评（1520户仍得满分10）', scoring: { total: 99.3, grade: '优' },
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', 1, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: farm(patch(FARM, { 1: { actual: '1520' } }), { goal_outcome: FARM_SHORT_OUTCOME }),
  },
  {
    id: 'S30-A05', sector: '农机购置补贴自评（兑付36个工作日扣分有原因）', expect: [], scoring: { total: 97.8, grade: '优' },
    form: farm(patch(FARM, { 3: { actual: '36', score: 8, reason: '第四季度申请集中，县乡两级核验时间延长' } }),
      { total_score: 97.8, goal_outcome: FARM_OUTCOME.replace('平均25个工作日', '平均36个工作日') }),
  },
  { id: 'S30-A06', sector: '农机购置补贴自评（总分写成98）', form: farm(FARM, { total_score: 98, conclusion: verdict(98) }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.8, grade: '优' } },
  { id: 'S30-A07', sector: '农机购置补贴自评（结论等级写良）', form: farm(FARM, { conclusion: '项目自评得分99.8分，自评等级为良。' }), expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S30-A08', sector: '农机购置补贴自评（执行率写96%而1225/1250为98%）', expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.8, grade: '优' },
    form: farm(FARM, { budget: budget(1300, 1250, 1225, 96, 9.8) }),
  },
  {
    id: 'S30-A09', sector: '农机购置补贴自评（完成情况写2250台而完成值2520台）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.8, grade: '优' },
    form: farm(FARM, { goal_outcome: FARM_OUTCOME.replace('2520台', '2250台') }),
  },
  {
    id: 'S30-A10', sector: '农机购置补贴自评（偏差原因写农户姓名身份证号）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.3, grade: '优' },
    form: farm(patch(FARM, { 1: { ...FARM_SHORT, reason: '购机户刘德胜（身份证号500108196803124418）等80户因机具未通过核验暂缓补贴' } }),
      { total_score: 99.3, goal_outcome: FARM_SHORT_OUTCOME }),
  },
  {
    id: 'S30-A11', sector: '农机购置补贴自评（执行率88%无原因）', expect: [F('self_evaluation', null, null)], scoring: { total: 98.8, grade: '优' },
    form: farm(FARM, { budget: budget(1300, 1250, 1100, 88, 8.8), total_score: 98.8 }),
  },
  {
    id: 'S30-A12', sector: '农机购置补贴自评（机械化率53.9%扣分有原因）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: farm(patch(FARM, { 4: { actual: '53.9', score: 14.7, reason: '丘陵地区马铃薯收获环节机械化水平偏低' } }),
      { total_score: 99.5, goal_outcome: FARM_OUTCOME.replace('56.2%', '53.9%') }),
  },
  // 区退役军人事务局 整体自评
  { id: 'S30-V01', sector: '退役军人事务局整体自评（无缺陷）', form: vet(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S30-V02', sector: '退役军人事务局整体自评（培训285人扣分无偏差原因）', expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 99.5, grade: '优' },
    form: vet(patch(VET, { 1: VET_SHORT }), { total_score: 99.5 }),
  },
  {
    id: 'S30-V03', sector: '退役军人事务局整体自评（培训285人扣分有原因）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: vet(patch(VET, { 1: { ...VET_SHORT, reason: '15名退役军人已提前自主就业，未参加培训' } }), { total_score: 99.5 }),
  },
  {
    // Relabelled after measuring: a sheet that writes every score in whole points rounds 14.7 to 15 (set 22, S22-G09 and the
    // 资助资金发放准确率 row; set 28's 义务教育巩固率 row): the house reads that full score as rounding, not as a missed target.
    id: 'S30-V04', sector: '退役军人事务局整体自评（就业率88.2%，整数表按整数取舍得15分，安静）', scoring: { total: 99.7, grade: '优' },
    expect: [],
    form: vet(patch(VET, { 5: { actual: '88.2%' } })),
  },
  { id: 'S30-V05', sector: '退役军人事务局整体自评（总分写成98）', form: vet(VET, { total_score: 98 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' } },
  {
    id: 'S30-V06', sector: '退役军人事务局整体自评（偏差原因写退役军人姓名手机）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.5, grade: '优' },
    form: vet(patch(VET, { 1: { ...VET_SHORT, reason: '退役军人王建军（手机13752316689）等15人已自主就业，未参加培训' } }), { total_score: 99.5 }),
  },
  {
    id: 'S30-V07', sector: '退役军人事务局整体自评（满意度得17分超分值15）', form: vet(patch(VET, { 6: { score: 17 } }), { total_score: 102 }),
    expect: [F('self_evaluation', 6, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
];
