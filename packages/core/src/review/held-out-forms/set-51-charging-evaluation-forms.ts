import { B, C, e, ECO, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 51F (session 23), 项目支出绩效自评表 for 2025 filed in early 2026: 老旧小区电动自行车集中充电设施建设及消防安全治理
 * of 区住房和城乡建设委员会 (860 at 年初, 调减 to 820), a budget block and 8 rows on 90 (2021 tree, 定性 rows for 完工时间 and
 * 长效运维机制). Written before reading any code under review/ or scoring/; readings and measurements in set-51-cases.ts.
 */

/** 795.4 of 820 (97%, 9.7), every row met: 99.7. */
const CHARGING = [
  e(O, NUM, '新建电动自行车集中充电桩', '>=', '4200', '个', 15, '4380', 15),
  e(O, NUM, '建设集中停放充电棚', '>=', '160', '处', 10, '163', 10),
  e(O, QUA, '充电设施验收合格率', '>=', '98', '%', 10, '99.4', 10),
  e(O, TIM, '项目建设完成时间', Q, '2025年10月底前', null, 10, '按期完成', 10),
  e(C, ECO, '单个充电桩建设成本', '<=', '1800', '元', 10, '1720', 10),
  e(B, SOC, '电动自行车火灾起数', '<=', '12', '起', 10, '7', 10),
  e(B, SUS, '充电设施长效运维机制', Q, '建立', null, 5, '已建立', 5),
  e(S, SAT, '小区居民满意度', '>=', '90', '%', 20, '94.6', 20),
];
const ROW = { piles: 0, sheds: 1, done: 3, cost: 4, fires: 5, upkeep: 6, satisfaction: 7 } as const;
const GOAL = '2025年在全区老旧小区新建电动自行车集中充电桩4200个、集中停放充电棚160处，充电设施验收合格率98%以上，10月底前完工，'
  + '单桩建设成本控制在1800元以内，全年电动自行车火灾起数控制在12起以内，居民满意度达到90%以上。';
const outcome = (piles = '4380', fires = '电动自行车火灾7起') => `全年建成充电桩${piles}个、充电棚163处，验收合格率99.4%，${fires}。`;
const charging = (indicators = CHARGING, fields: Record<string, unknown> = {}) => sheet({
  org: '区住房和城乡建设委员会', project_name: '老旧小区电动自行车集中充电设施建设', goal: GOAL, goal_outcome: outcome(),
  budget: budget(860, 820, 795.4, 97, 9.7), total_score: 99.7, indicators,
  problems: '部分小区场地受限，充电棚选址协调难度大。', improvements: '会同街道、物业提前开展选址协商，推广壁挂式充电设施。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
/** 3990 of 4200 (95%): 15 × 0.95 = 14.25, total 98.95. */
const SHORT = { actual: '3990', score: 14.25 };
const SHORT_OUT = { total_score: 98.95, goal_outcome: outcome('3990') };
const SHORT_REASON = '3个小区因业主对充电棚选址意见不统一，暂缓建设210个';

export const SET51_CHARGING_CASES: FormCase[] = [
  { id: 'S51-E01', sector: '电动自行车充电设施（干净）', form: charging(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S51-E02', sector: '电动自行车充电设施（充电桩3990个按比例14.25分有原因）', expect: [], scoring: { total: 98.95, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: SHORT_REASON } }), SHORT_OUT),
  },
  {
    id: 'S51-E03', sector: '电动自行车充电设施（充电桩3990个扣分无原因）', expect: [F('self_evaluation', ROW.piles, 'reason')], scoring: { total: 98.95, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.piles]: SHORT }), SHORT_OUT),
  },
  {
    id: 'S51-E04', sector: '电动自行车充电设施（充电桩扣分，原因写「未完成年度目标」）', expect: [F('self_evaluation', ROW.piles, 'reason')],
    scoring: { total: 98.95, grade: '优' }, form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: '未完成年度目标' } }), SHORT_OUT),
  },
  {
    id: 'S51-E05', sector: '电动自行车充电设施（充电桩扣分，原因写「/」）', expect: [F('self_evaluation', ROW.piles, 'reason')],
    scoring: { total: 98.95, grade: '优' }, form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: '/' } }), SHORT_OUT),
  },
  {
    // ≤12起, 15起: (1 − 3/12) × 10 = 7.5.
    id: 'S51-E06', sector: '电动自行车充电设施（火灾≤12起实际15起仍满分）', scoring: { total: 97.2, grade: '优' },
    expect: [F('self_evaluation', ROW.fires, 'score'), F('self_evaluation', ROW.fires, 'reason', true), ...SCORE_OPT],
    form: charging(patch(CHARGING, { [ROW.fires]: { actual: '15' } }), { goal_outcome: outcome('4380', '电动自行车火灾15起') }),
  },
  {
    id: 'S51-E07', sector: '电动自行车充电设施（火灾15起按反向比例7.5分有原因）', expect: [], scoring: { total: 97.2, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.fires]: { actual: '15', score: 7.5, reason: '夏季高温期间未改造小区飞线充电引发火灾较多' } }),
      { total_score: 97.2, goal_outcome: outcome('4380', '电动自行车火灾15起') }),
  },
  {
    id: 'S51-E08', sector: '电动自行车充电设施（充电棚210处超额，得分12超分值10）', scoring: { total: 99.7, grade: '优' },
    expect: [F('self_evaluation', ROW.sheds, 'score'), ...SCORE_OPT],
    form: charging(patch(CHARGING, { [ROW.sheds]: { actual: '210', score: 12 } }), { total_score: 101.7, goal_outcome: outcome().replace('163', '210') }),
  },
  {
    id: 'S51-E09', sector: '电动自行车充电设施（运维机制定性「未完成」仍给满分5分）', scoring: null,
    expect: [F('self_evaluation', ROW.upkeep, 'score'), F('self_evaluation', ROW.upkeep, 'reason', true)],
    form: charging(patch(CHARGING, { [ROW.upkeep]: { actual: '未完成' } })),
  },
  {
    id: 'S51-E10', sector: '电动自行车充电设施（运维机制「部分完成」按档3.5分有原因）', expect: [], scoring: { total: 98.2, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.upkeep]: { actual: '部分完成', score: 3.5, reason: '运维主体已确定，充电收费标准尚在听证' } }), { total_score: 98.2 }),
  },
  {
    id: 'S51-E11', sector: '电动自行车充电设施（11月20日完工，定性按部分达成7分有原因）', expect: [], scoring: { total: 96.7, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.done]: { actual: '2025年11月20日完工', score: 7, reason: '8月汛期停工25天，完工时间顺延' } }), { total_score: 96.7 }),
  },
  {
    id: 'S51-E12', sector: '电动自行车充电设施（执行率91.5%预算得分仍写10）', scoring: { total: 99.15, grade: '优' },
    expect: [F('self_evaluation', null, 'budget.score'), ...SCORE_OPT],
    form: charging(CHARGING, { budget: budget(860, 820, 750.3, 91.5, 10, '部分充电棚尾款待审计结算后支付'), total_score: 100 }),
  },
  {
    id: 'S51-E13', sector: '电动自行车充电设施（执行率按年初预算860算成92.5%）', scoring: { total: 99.7, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, null, true), ...SCORE_OPT],
    form: charging(CHARGING, { budget: budget(860, 820, 795.4, 92.5, 9.25, '年中调减预算40万元'), total_score: 99.25 }),
  },
  {
    id: 'S51-E14', sector: '电动自行车充电设施（执行795.3万元，执行率96.99%写97%得9.7）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: charging(CHARGING, { budget: budget(860, 820, 795.3, 97, 9.7) }),
  },
  {
    id: 'S51-E15', sector: '电动自行车充电设施（总分写98.7，各项合计99.7）', expect: [F('self_evaluation', null, 'total_score')],
    scoring: { total: 99.7, grade: '优' }, form: charging(CHARGING, { total_score: 98.7 }),
  },
  {
    id: 'S51-E16', sector: '电动自行车充电设施（完成情况写建成充电桩4500个，指标完成4380）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.7, grade: '优' }, form: charging(CHARGING, { goal_outcome: outcome('4500') }),
  },
  {
    id: 'S51-E17', sector: '电动自行车充电设施（偏差原因写施工负责人姓名和手机）', expect: [F('private_data', ROW.piles, 'reason')],
    scoring: { total: 98.95, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: '施工单位项目负责人王建国（电话13896201457）未按期进场，210个充电桩未建成' } }), SHORT_OUT),
  },
  {
    id: 'S51-E18', sector: '电动自行车充电设施（满分行也写了说明）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.satisfaction]: { reason: '满意度调查由第三方机构入户开展，有效样本1200份' } })),
  },
  {
    id: 'S51-E19', sector: '电动自行车充电设施（14.25分写作14.3，总分99.0）', expect: [], scoring: { total: 98.95, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.piles]: { actual: '3990', score: 14.3, reason: SHORT_REASON } }), { ...SHORT_OUT, total_score: 99 }),
  },
  {
    id: 'S51-E20', sector: '电动自行车充电设施（完成情况写全年未发生火灾，指标完成7起）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.7, grade: '优' }, form: charging(CHARGING, { goal_outcome: outcome('4380', '全年未发生电动自行车火灾') }),
  },
  {
    id: 'S51-E21', sector: '电动自行车充电设施（完成情况含2023年以来累计建成1.1万个）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: charging(CHARGING, { goal_outcome: `${outcome()}2023年以来累计建成充电桩1.1万个。` }),
  },
  {
    // ≤1800元, 2150元: (1 − 350/1800) × 10 = 8.06.
    id: 'S51-E22', sector: '电动自行车充电设施（单桩成本2150元超标仍满分）', scoring: { total: 97.76, grade: '优' },
    expect: [F('self_evaluation', ROW.cost, 'score'), F('self_evaluation', ROW.cost, 'reason', true), ...SCORE_OPT],
    form: charging(patch(CHARGING, { [ROW.cost]: { actual: '2150' } })),
  },
  {
    id: 'S51-E23', sector: '电动自行车充电设施（评价结论写「良」，总分99.7）', expect: [F('self_evaluation', null, 'conclusion')],
    scoring: { total: 99.7, grade: '优' }, form: charging(CHARGING, { conclusion: verdict(99.7, '良') }),
  },
  // Added after reading the check code, to hold the fixes (E24–E26).
  {
    id: 'S51-E24', sector: '电动自行车充电设施（完成情况写未发生重大电动自行车火灾，指标完成7起）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: charging(CHARGING, { goal_outcome: outcome('4380', '电动自行车火灾7起，未发生重大电动自行车火灾') }),
  },
  {
    id: 'S51-E25', sector: '电动自行车充电设施（充电桩扣分，原因写「客观原因」）', expect: [F('self_evaluation', ROW.piles, 'reason')],
    scoring: { total: 98.95, grade: '优' }, form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: '客观原因' } }), SHORT_OUT),
  },
  {
    id: 'S51-E26', sector: '电动自行车充电设施（充电桩扣分，原因写「未完成年度目标：3个小区业主反对」）', expect: [], scoring: { total: 98.95, grade: '优' },
    form: charging(patch(CHARGING, { [ROW.piles]: { ...SHORT, reason: '未完成年度目标：3个小区业主反对' } }), SHORT_OUT),
  },
];
