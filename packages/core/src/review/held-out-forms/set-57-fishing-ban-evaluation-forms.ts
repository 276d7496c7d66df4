import type { Indicator } from '../../forms/forms-schema';
import { B, C, e, ECO, F, type FormCase, NUM, O, patch, pse, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 57F (session 25), 项目支出绩效自评表 for 2025 filed in 2026, the year 结转结余 is written into the budget block's
 * 偏差原因: 长江流域重点水域禁捕退捕及渔民安置保障 of 区农业综合行政执法支队 (年初预算 480, 年中追加中央补助 40, 全年执行 468,
 * 结转下年 52). Written before reading any code under review/ or scoring/; readings in set-57-cases.ts.
 */

/** Every row met: 90 + 468 of 520 (90.00%, 9.0) = 99. */
const FISHING = [
  e(O, NUM, '退捕渔民养老保险参保补助人数', '>=', '320', '人', 15, '336', 15),
  e(O, NUM, '禁捕水域巡护执法次数', '>=', '600', '次', 10, '648', 10),
  e(O, QUA, '有劳动能力退捕渔民转产就业率', '>=', '95', '%', 10, '96.8', 10),
  e(O, TIM, '安置补助资金发放时限', '<=', '30', '个工作日', 10, '24', 10),
  e(C, ECO, '补助资金违规发放金额', '=', '0', '万元', 10, '0', 10),
  e(B, SOC, '退捕渔民社会保障覆盖率', '>=', '98', '%', 10, '98.6', 10),
  e(B, SUS, '禁捕水域涉渔安全事故起数', '<=', '2', '起', 10, '1', 10),
  e(S, SAT, '退捕渔民满意度', '>=', '90', '%', 15, '93.6', 15),
];
const ROW = { insured: 0, misuse: 4, coverage: 5, accidents: 6 } as const;
const GOAL = '2025年为退捕渔民320人以上落实养老保险参保补助，开展禁捕水域巡护执法600次以上，有劳动能力退捕渔民转产就业率95%以上，'
  + '安置补助资金30个工作日内发放，退捕渔民社会保障覆盖率98%以上，退捕渔民满意度90%以上。';
const outcome = (insured = 336, coverage = 98.6) =>
  `为${insured}名退捕渔民落实养老保险参保补助，开展巡护执法648次，转产就业率96.8%，社会保障覆盖率${coverage}%。`;
const money = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });
const CARRY = (tail: string) => `年中追加中央渔民退捕补助40万元；12月申报的养老保险补助待人社部门核定，${tail}`;
const BUDGET = money(480, 520, 468, 90, 9, CARRY('结转下年52万元'));
const conclusion = (total: number, grade: string, tail = '') => `经综合评价，本项目${tail}自评得分${total}分，评价等级为${grade}。`;
const fishing = (indicators: Indicator[] = FISHING, fields: Record<string, unknown> = {}) => pse({
  org: '区农业综合行政执法支队', project_name: '长江流域重点水域禁捕退捕及渔民安置保障', goal: GOAL, goal_outcome: outcome(), budget: BUDGET,
  total_score: 99, conclusion: conclusion(99, '优'), problems: '部分退捕渔民年龄偏大、技能单一，转产就业稳定性不强。',
  improvements: '联合人社部门开展订单式技能培训，开发护渔协管公益性岗位。', indicators, ...fields,
});
/** 社会保障覆盖率 97.2 of 98: 10 × 97.2/98 = 9.92; total 98.92. */
const COVER = (reason: string) => patch(FISHING, { [ROW.coverage]: { actual: '97.2', score: 9.92, reason } });
const COVER_REASON = '12名退捕渔民户籍迁出本区，社保关系转移接续未完成';
const COVER_OUT = { goal_outcome: outcome(336, 97.2), total_score: 98.92 };
/** 安全事故 3 of ≤2: 10 × (1 − 1/2) = 5; total 94. */
const ACCIDENTS = (score: number) => patch(FISHING, { [ROW.accidents]: { actual: '3', score, reason: '汛期2起渔船侧翻、1起垂钓人员落水事故' } });
/** 违规发放 1.2万元 against =0: all or nothing, 0; total 89. */
const MISUSE = (score: number) => patch(FISHING, { [ROW.misuse]: { actual: '1.2', score, reason: '审计发现1户冒领安置补助1.2万元，已全额追回' } });
const STRICT = { grades: { excellent: 95, good: 85, pass: 60 } };
const TOTAL_OPT = F('self_evaluation', null, 'total_score', true);

export const SET57_FISHING_CASES: FormCase[] = [
  { id: 'S57-R01', sector: '禁捕退捕（干净，结转下年52万元与预算执行相符）', form: fishing(), expect: [], scoring: { total: 99, grade: '优' } },
  {
    id: 'S57-R02', sector: '禁捕退捕（偏差原因写结转下年82万元，全年预算减执行为52万元）', expect: [F('budget_arithmetic', null, 'budget.reason')],
    scoring: { total: 99, grade: '优' }, form: fishing(FISHING, { budget: { ...BUDGET, reason: CARRY('结转下年82万元') } }),
  },
  {
    id: 'S57-R03', sector: '禁捕退捕（结转30万元、结余收回22万元，合计52万元）', expect: [], scoring: { total: 99, grade: '优' },
    form: fishing(FISHING, { budget: { ...BUDGET, reason: CARRY('结转下年30万元，结余22万元收回财政') } }),
  },
  {
    id: 'S57-R04', sector: '禁捕退捕（执行率按年初预算480万元算成97.5%）', scoring: { total: 99, grade: '优' },
    expect: [F('budget_arithmetic', null, 'budget.execution_rate'), F('self_evaluation', null, 'budget.score'), TOTAL_OPT],
    form: fishing(FISHING, { budget: money(480, 520, 468, 97.5, 9.75, CARRY('结转下年52万元')), total_score: 99.75, conclusion: conclusion(99.75, '优') }),
  },
  {
    id: 'S57-R05', sector: '禁捕退捕（覆盖率97.2%未达98%，偏差原因写「已全面完成年度目标」）', expect: [F('self_evaluation', ROW.coverage, 'reason')],
    scoring: { total: 98.92, grade: '优' }, form: fishing(COVER('已全面完成年度目标'), { ...COVER_OUT, conclusion: conclusion(98.92, '优') }),
  },
  {
    id: 'S57-R06', sector: '禁捕退捕（覆盖率97.2%，写明户籍迁出社保关系未转移）', expect: [], scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), { ...COVER_OUT, conclusion: conclusion(98.92, '优') }),
  },
  {
    id: 'S57-R07', sector: '禁捕退捕（覆盖率未达标，完成情况称各项绩效目标全部完成）', expect: [F('self_evaluation', null, 'goal_outcome')],
    scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), {
      ...COVER_OUT, conclusion: conclusion(98.92, '优'), goal_outcome: `${outcome(336, 97.2)}项目各项绩效目标全部完成。`,
    }),
  },
  {
    id: 'S57-R08', sector: '禁捕退捕（覆盖率未达标，结论写基本完成年度绩效目标）', expect: [], scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), { ...COVER_OUT, conclusion: conclusion(98.92, '优', '基本完成年度绩效目标，') }),
  },
  {
    id: 'S57-R09', sector: '禁捕退捕（安全事故3起超过≤2起，按公式得5分）', expect: [], scoring: { total: 94, grade: '优' },
    form: fishing(ACCIDENTS(5), { total_score: 94, conclusion: conclusion(94, '优') }),
  },
  {
    id: 'S57-R10', sector: '禁捕退捕（安全事故3起仍得满分）', expect: [F('self_evaluation', ROW.accidents, 'score'), TOTAL_OPT],
    scoring: { total: 94, grade: '优' }, form: fishing(ACCIDENTS(10)),
  },
  {
    id: 'S57-R11', sector: '禁捕退捕（违规发放1.2万元，目标为0仍给8分）', scoring: { total: 89, grade: '良' },
    expect: [F('self_evaluation', ROW.misuse, 'score'), TOTAL_OPT, F('self_evaluation', null, 'conclusion', true)],
    form: fishing(MISUSE(8), { total_score: 97, conclusion: conclusion(97, '优') }),
  },
  {
    id: 'S57-R12', sector: '禁捕退捕（违规发放1.2万元得0分，总分89评良）', expect: [], scoring: { total: 89, grade: '良' },
    form: fishing(MISUSE(0), { total_score: 89, conclusion: conclusion(89, '良') }),
  },
  {
    id: 'S57-R13', sector: '禁捕退捕（参保补助311人，15×311/320四舍五入14.58分）', expect: [], scoring: { total: 98.58, grade: '优' },
    form: fishing(patch(FISHING, { [ROW.insured]: { actual: '311', score: 14.58, reason: '9名退捕渔民已达领取养老金年龄，转为按月领取待遇' } }), {
      goal_outcome: outcome(311), total_score: 98.58, conclusion: conclusion(98.58, '优'),
    }),
  },
  {
    id: 'S57-R14', sector: '禁捕退捕（本地等级线优≥95，94分评优）', policy: STRICT, expect: [F('self_evaluation', null, 'conclusion')],
    scoring: { total: 94, grade: '良' }, form: fishing(ACCIDENTS(5), { total_score: 94, conclusion: conclusion(94, '优') }),
  },
  {
    id: 'S57-R15', sector: '禁捕退捕（本地等级线优≥95，94分评良）', policy: STRICT, expect: [], scoring: { total: 94, grade: '良' },
    form: fishing(ACCIDENTS(5), { total_score: 94, conclusion: conclusion(94, '良') }),
  },
  {
    id: 'S57-R16', sector: '禁捕退捕（年初未安排，全年预算仅上年结转35万元全部执行）', expect: [], scoring: { total: 100, grade: '优' },
    form: fishing(FISHING, {
      budget: money(0, 35, 35, 100, 10, '上年结转渔民安置补助35万元，年初未安排新增预算'), total_score: 100, conclusion: conclusion(100, '优'),
    }),
  },
  {
    id: 'S57-R17', sector: '禁捕退捕（存在问题写渔民姓名手机号）', expect: [F('private_data', null, 'problems')], scoring: { total: 99, grade: '优' },
    form: fishing(FISHING, { problems: '退捕渔民陈德贵（电话15923187640）多次反映护渔协管岗位补贴发放不及时。' }),
  },
  {
    id: 'S57-R18', sector: '禁捕退捕（年度目标写参保补助350人，指标仍为≥320人）', expect: [F('goal_vs_indicators', null, 'goal')],
    scoring: { total: 99, grade: '优' }, form: fishing(FISHING, { goal: GOAL.replace('320人', '350人') }),
  },
  {
    id: 'S57-R19', sector: '禁捕退捕（覆盖率未达标，改进措施写「各项指标均已完成，无需整改」）', expect: [F('self_evaluation', null, 'improvements')],
    scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), { ...COVER_OUT, conclusion: conclusion(98.92, '优'), improvements: '各项指标均已完成，无需整改。' }),
  },
  // Added after reading the check code, to hold the fixes (see set-57-cases.ts).
  {
    id: 'S57-R20', sector: '禁捕退捕（各项均完成，完成情况称各项绩效目标全部完成）', expect: [], scoring: { total: 99, grade: '优' },
    form: fishing(FISHING, { goal_outcome: `${outcome()}项目各项绩效目标全部完成。` }),
  },
  {
    id: 'S57-R21', sector: '禁捕退捕（偏差原因先写上年结转35万元，再写结转下年52万元）', expect: [], scoring: { total: 99, grade: '优' },
    form: fishing(FISHING, { budget: { ...BUDGET, reason: `全年预算含上年结转35万元；${CARRY('结转下年52万元')}` } }),
  },
  {
    id: 'S57-R22', sector: '禁捕退捕（覆盖率未达标，改进措施写除覆盖率外各项指标均已完成并提出措施）', expect: [], scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), {
      ...COVER_OUT, conclusion: conclusion(98.92, '优'), improvements: '除社会保障覆盖率外各项指标均已完成；下一步协调人社部门办理社保关系转移接续。',
    }),
  },
  {
    id: 'S57-R23', sector: '禁捕退捕（覆盖率未达标，存在问题写「暂无」）', expect: [F('self_evaluation', null, 'problems')], scoring: { total: 98.92, grade: '优' },
    form: fishing(COVER(COVER_REASON), { ...COVER_OUT, conclusion: conclusion(98.92, '优'), problems: '暂无' }),
  },
];
