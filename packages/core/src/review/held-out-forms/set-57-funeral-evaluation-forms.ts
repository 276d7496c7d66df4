import type { Indicator } from '../../forms/forms-schema';
import { B, C, e, ECO, F, type FormCase, NUM, O, patch, pse, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 57F (session 25), 项目支出绩效自评表 for 2024 filed in 2025: 惠民殡葬基本服务补助 of 区殡葬事务服务中心 (预算执行情况
 * block 年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 10 / 得分 / 偏差原因; eight rows on 90; 评价结论 with 自评总分 and
 * 自评等级; 存在问题; 改进措施). Written before reading any code under review/ or scoring/; readings in set-57-cases.ts.
 */

/** Every row met: 90 + 312.42 of 325.44 (96.00%, 9.6) = 99.6. */
const FUNERAL = [
  e(O, NUM, '惠民殡葬补助对象人数', '>=', '2600', '人', 15, '2712', 15),
  e(O, NUM, '基本殡葬服务免费项目数', '=', '4', '项', 10, '4', 10),
  e(O, QUA, '补助资金发放准确率', '=', '100', '%', 10, '100', 10),
  e(O, TIM, '补助资金审核发放时限', '<=', '20', '个工作日', 10, '15', 10),
  e(C, ECO, '人均基本殡葬服务补助标准', '=', '1200', '元', 10, '1200', 10),
  e(B, SOC, '全区遗体火化率', '>=', '98', '%', 10, '98.6', 10),
  e(B, SUS, '骨灰生态安葬比例', '>=', '15', '%', 10, '17.2', 10),
  e(S, SAT, '逝者家属满意度', '>=', '95', '%', 15, '97.1', 15),
];
const ROW = { people: 0, accuracy: 2, deadline: 3, eco: 6 } as const;
const GOAL = '2024年为户籍居民逝者免除遗体接运、暂存、火化、骨灰寄存4项基本殡葬服务费用，惠及2600人以上，补助资金20个工作日内审核发放，'
  + '全区遗体火化率98%以上，骨灰生态安葬比例达到15%，逝者家属满意度95%以上。';
const outcome = (people = 2712, eco = 17.2) => `全年为${people}名逝者减免基本殡葬服务费用，遗体火化率98.6%，骨灰生态安葬比例${eco}%。`;
const money = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });
const SPENT_REASON = '12月下旬死亡人员补助申请跨年审核，13.02万元于次年初发放';
const BUDGET = money(320, 325.44, 312.42, 96, 9.6, SPENT_REASON);
const conclusion = (total: number, grade: string) => `经自评，本项目自评总分${total}分，自评等级为“${grade}”。`;
const funeral = (indicators: Indicator[] = FUNERAL, fields: Record<string, unknown> = {}) => pse({
  fiscal_year: 2024, org: '区殡葬事务服务中心', project_name: '惠民殡葬基本服务补助', goal: GOAL, goal_outcome: outcome(), budget: BUDGET,
  total_score: 99.6, conclusion: conclusion(99.6, '优'), problems: '偏远镇街群众对惠民殡葬政策知晓度不高，部分家属申请材料往返补交。',
  improvements: '在村（社区）便民服务点张贴政策明白纸，推行补助申请“一件事一次办”。', indicators, ...fields,
});
/** Three rows missed (13.5, 7, 5.5: rows 81) and 292.9 of 325.44 (90.00%, 9.0): 90.00, exactly at the 优 cut-off. */
const THREE = patch(FUNERAL, {
  [ROW.people]: { actual: '2340', score: 13.5, reason: '全区户籍人口死亡人数较上年下降，补助申请人数减少' },
  [ROW.deadline]: { actual: '26', score: 7, reason: '第四季度补助申请集中，街道初审材料退补较多' },
  [ROW.eco]: { actual: '8.25', score: 5.5, reason: '生态安葬园区二期延期至2025年建成，节地葬位不足' },
});
const AT_CUT = { goal_outcome: outcome(2340, 8.25), budget: money(320, 325.44, 292.9, 90, 9, '12月死亡人员补助跨年审核，32.54万元于次年初发放'), total_score: 90 };
/** 292.57 of 325.44 (89.90%, 8.99): 89.99, one hundredth below 优. */
const BELOW_CUT = { goal_outcome: outcome(2340, 8.25), budget: money(320, 325.44, 292.57, 89.9, 8.99, '12月死亡人员补助跨年审核，32.87万元于次年初发放'), total_score: 89.99 };
/** 275 of 325.44 (84.50%, 8.45): 98.45. */
const LOW_SPEND = (reason: string | null) => ({ budget: money(320, 325.44, 275, 84.5, 8.45, reason), total_score: 98.45, conclusion: conclusion(98.45, '优') });
const FEES = e(O, QUA, '殡葬服务收费公示规范性', Q, '规范', null, 10, '部分达成', 6, '2家经营性公墓未在醒目位置公示收费标准');
const TOTAL_OPT = F('self_evaluation', null, 'total_score', true);
const VAGUE = F('qualitative_vs_quantitative', ROW.accuracy, null);

export const SET57_FUNERAL_CASES: FormCase[] = [
  { id: 'S57-F01', sector: '惠民殡葬（干净，执行率96%得9.6分）', form: funeral(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    // Relabelled quiet after reading the code: every score on this sheet is a whole point, and a whole-point sheet's 10 for 9.6
    // is its rounding (the house's reading since S22-G09, S30-V04, S39-T10; refusing it was tried twice and reverted).
    id: 'S57-F02', sector: '惠民殡葬（执行率96%，整数表预算得分取整为10分，安静）', scoring: { total: 99.6, grade: '优' }, expect: [],
    form: funeral(FUNERAL, { budget: { ...BUDGET, score: 10 }, total_score: 100, conclusion: conclusion(100, '优') }),
  },
  {
    id: 'S57-F03', sector: '惠民殡葬（执行率按年初预算320万元算成97.63%）', scoring: { total: 99.6, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    form: funeral(FUNERAL, { budget: money(320, 325.44, 312.42, 97.63, 9.76, SPENT_REASON), total_score: 99.76, conclusion: conclusion(99.76, '优') }),
  },
  {
    id: 'S57-F04', sector: '惠民殡葬（总分只合计指标90分，漏了预算执行9.6分）', scoring: { total: 99.6, grade: '优' },
    expect: [F('self_evaluation', null, 'total_score'), F('self_evaluation', null, 'conclusion', true)],
    form: funeral(FUNERAL, { total_score: 90, conclusion: conclusion(90, '优') }),
  },
  {
    id: 'S57-F05', sector: '惠民殡葬（三项未完成，总分恰为90.00评优）', expect: [], scoring: { total: 90, grade: '优' },
    form: funeral(THREE, { ...AT_CUT, conclusion: conclusion(90, '优') }),
  },
  {
    id: 'S57-F06', sector: '惠民殡葬（总分90.00却评为良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 90, grade: '优' },
    form: funeral(THREE, { ...AT_CUT, conclusion: conclusion(90, '良') }),
  },
  {
    id: 'S57-F07', sector: '惠民殡葬（总分89.99评为优）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 89.99, grade: '良' },
    form: funeral(THREE, { ...BELOW_CUT, conclusion: conclusion(89.99, '优') }),
  },
  {
    id: 'S57-F08', sector: '惠民殡葬（发放时限26个工作日超过20仍得满分）', scoring: { total: 96.6, grade: '优' },
    expect: [F('self_evaluation', ROW.deadline, 'score'), TOTAL_OPT],
    form: funeral(patch(FUNERAL, { [ROW.deadline]: { actual: '26', score: 10, reason: '第四季度补助申请集中，街道初审材料退补较多' } })),
  },
  {
    id: 'S57-F09', sector: '惠民殡葬（执行率96%，预算偏差原因未填）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: funeral(FUNERAL, { budget: { ...BUDGET, reason: null } }),
  },
  {
    id: 'S57-F10', sector: '惠民殡葬（执行率84.5%，预算偏差原因未填）', expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98.45, grade: '优' },
    form: funeral(FUNERAL, LOW_SPEND(null)),
  },
  {
    id: 'S57-F11', sector: '惠民殡葬（执行率84.5%，偏差原因写「严格按照预算执行」）', expect: [F('self_evaluation', null, 'budget.reason')],
    scoring: { total: 98.45, grade: '优' }, form: funeral(FUNERAL, LOW_SPEND('严格按照预算执行，资金使用规范')),
  },
  {
    id: 'S57-F12', sector: '惠民殡葬（执行率84.5%，写明火化炉尾气治理设备采购流标）', expect: [], scoring: { total: 98.45, grade: '优' },
    form: funeral(FUNERAL, LOW_SPEND('殡仪馆火化炉尾气治理设备采购流标，50.44万元结转次年')),
  },
  {
    id: 'S57-F13', sector: '惠民殡葬（生态安葬比例22.5%超目标150%按满分）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: funeral(patch(FUNERAL, { [ROW.eco]: { actual: '22.5' } }), { goal_outcome: outcome(2712, 22.5) }),
  },
  {
    id: 'S57-F14', sector: '惠民殡葬（全年执行331.2万元超过全年预算325.44万元）', expect: [F('budget_arithmetic', null, 'budget.executed_wan')],
    scoring: { total: 100, grade: '优' },
    form: funeral(FUNERAL, { budget: money(320, 325.44, 331.2, 101.77, 10, null), total_score: 100, conclusion: conclusion(100, '优') }),
  },
  {
    id: 'S57-F15', sector: '惠民殡葬（年中调减至325.44万元，年初预算360万元）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: funeral(FUNERAL, { budget: money(360, 325.44, 312.42, 96, 9.6, '年中调减火化设备更新资金34.56万元；12月补助13.02万元次年初发放') }),
  },
  {
    id: 'S57-F16', sector: '惠民殡葬（三项未完成，存在问题和改进措施均写「无」）', expect: [F('self_evaluation', null, 'improvements')], scoring: { total: 90, grade: '优' },
    form: funeral(THREE, { ...AT_CUT, conclusion: conclusion(90, '优'), problems: '无', improvements: '无' }),
  },
  {
    id: 'S57-F17', sector: '惠民殡葬（各项均完成，存在问题和改进措施写「无」）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: funeral(FUNERAL, { problems: '无', improvements: '无' }),
  },
  {
    id: 'S57-F18', sector: '惠民殡葬（偏差原因写家属姓名手机号）', expect: [F('private_data', ROW.deadline, 'reason')], scoring: { total: 96.6, grade: '优' },
    form: funeral(patch(FUNERAL, { [ROW.deadline]: { actual: '26', score: 7, reason: '逝者家属李春华（电话13883426715）补充户籍材料滞后' } }), {
      total_score: 96.6, conclusion: conclusion(96.6, '优'),
    }),
  },
  {
    // Relabelled after measuring: 「规范」 under 质量指标 is the vague value rules.md §2 names (qualitative_vs_quantitative).
    id: 'S57-F19', sector: '惠民殡葬（定性行部分达成得6分，恰在区间下限）', expect: [VAGUE], scoring: { total: 95.6, grade: '优' },
    form: funeral(patch(FUNERAL, { [ROW.accuracy]: FEES }), { total_score: 95.6, conclusion: conclusion(95.6, '优') }),
  },
  {
    id: 'S57-F20', sector: '惠民殡葬（定性行部分达成给8分）', scoring: null, expect: [F('self_evaluation', ROW.accuracy, 'score'), TOTAL_OPT, VAGUE],
    form: funeral(patch(FUNERAL, { [ROW.accuracy]: { ...FEES, score: 8 } }), { total_score: 97.6, conclusion: conclusion(97.6, '优') }),
  },
  // Added after reading the check code, to hold the fixes (see set-57-cases.ts).
  {
    id: 'S57-F21', sector: '惠民殡葬（执行率84.5%，偏差原因先写严格按预算执行再写采购流标）', expect: [], scoring: { total: 98.45, grade: '优' },
    form: funeral(FUNERAL, LOW_SPEND('严格按照预算执行，火化炉尾气治理设备采购流标')),
  },
  {
    id: 'S57-F22', sector: '惠民殡葬（发放时限未达标，偏差原因写「已完成年度目标任务」）', expect: [F('self_evaluation', ROW.deadline, 'reason')],
    scoring: { total: 96.6, grade: '优' },
    form: funeral(patch(FUNERAL, { [ROW.deadline]: { actual: '26', score: 7, reason: '已完成年度目标任务' } }), {
      total_score: 96.6, conclusion: conclusion(96.6, '优'),
    }),
  },
];

