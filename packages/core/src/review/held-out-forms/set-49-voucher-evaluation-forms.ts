import { B, C, e, ECN, ECO, F, type FormCase, outcomeLeft, NUM, O, patch, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 49F (session 22), 项目支出绩效自评表 for 2025 filed in 2026: 文旅消费券发放补助 of 区文化和旅游发展委员会, funded
 * from several sources (区级财政 1500 at 年初; 市级文旅补助 300 added mid-year, 全年预算 1800; the platform's 配套 outside the
 * block), a budget block (total row) and 8 rows on 90 (2021 tree; first written on the 2020 tree, see set-49-cases.ts), every comparator of §3 among them.
 * Written before reading any code under review/ or scoring/; readings and measurements in set-49-cases.ts.
 */

/** 1746 of 1800 adjusted (97%, 9.7), every row met: 99.7. */
const VOUCHER = [
  e(O, NUM, '发放文旅消费券金额', '>=', '1500', '万元', 10, '1520', 10),
  e(O, NUM, '参与活动商户数量', '>', '300', '家', 10, '326', 10),
  e(O, QUA, '消费券核销率', '>=', '85', '%', 10, '91.3', 10),
  e(O, TIM, '核销资金结算周期', '<', '15', '天', 10, '9', 10),
  e(C, ECO, '单张消费券平均发放成本', '<=', '0.5', '元', 10, '0.42', 10),
  e(B, ECN, '带动文旅消费金额', '>=', '1.2', '亿元', 15, '1.46', 15),
  e(B, SOC, '消费券发放投诉率', '<=', '1', '%', 5, '0.3', 5),
  e(S, SAT, '消费者满意度', '>=', '90', '%', 20, '95.1', 20),
];
const ROW = { batches: 0, shops: 1, cycle: 3, pull: 5, complaints: 6 } as const;
const GOAL = '2025年分批发放文旅消费券1500万元，吸引300家以上文旅商户参与，核销率不低于85%，核销资金15天内结算，'
  + '带动文旅消费1.2亿元以上，消费者满意度达到90%以上。';
const voucher = (indicators = VOUCHER, fields: Record<string, unknown> = {}) => sheet({
  org: '区文化和旅游发展委员会', project_name: '文旅消费券发放补助', goal: GOAL,
  goal_outcome: '全年发放文旅消费券1520万元，326家商户参与，带动文旅消费1.46亿元。',
  budget: budget(1500, 1800, 1746, 97, 9.7), total_score: 99.7, indicators,
  problems: '乡村民宿类商户参与度不高。', improvements: '扩大乡村旅游商户覆盖面，优化消费券品类设置。' }, fields);
const SCORE_OPT = [F('self_evaluation', null, 'total_score', true), F('self_evaluation', null, 'conclusion', true)];
const PULL_REASON = '国庆假期叠加演唱会客流，带动消费大幅超出预期';
const EXPLAIN = { overAchievement: 'explain' } as const;
const DEDUCT = { overAchievement: 'deduct' } as const;
const CYCLE_REASON = '第四批次银行清算系统升级，结算顺延';
const GROWTH = e(B, SOC, '限上文旅企业营收增长率', '>=', '5', '%', 5, '-2.3', 0, '受周边新开景区分流影响，限上企业营收同比下降');

export const SET49_VOUCHER_CASES: FormCase[] = outcomeLeft([
  { id: 'S49-V01', sector: '文旅消费券（干净）', form: voucher(), expect: [], scoring: { total: 99.7, grade: '优' } },
  {
    id: 'S49-V02', sector: '文旅消费券（explain：带动消费1.62亿元达135%无说明）', policy: EXPLAIN, scoring: { total: 99.7, grade: '优' },
    expect: [F('self_evaluation', ROW.pull, 'reason')], form: voucher(patch(VOUCHER, { [ROW.pull]: { actual: '1.62' } })),
  },
  {
    id: 'S49-V03', sector: '文旅消费券（explain：带动消费135%有说明）', policy: EXPLAIN, expect: [], scoring: { total: 99.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.pull]: { actual: '1.62', reason: PULL_REASON } })),
  },
  {
    id: 'S49-V04', sector: '文旅消费券（explain：带动消费1.52亿元127%未到阈值无说明）', policy: EXPLAIN, expect: [], scoring: { total: 99.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.pull]: { actual: '1.52' } })),
  },
  {
    // deduct: 1.62 / 1.2 = 1.35, 0.05 past the 1.3 threshold: 15 × 0.95 = 14.25.
    id: 'S49-V05', sector: '文旅消费券（deduct：带动消费135%扣至14.25分有说明）', policy: DEDUCT, expect: [], scoring: { total: 98.95, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.pull]: { actual: '1.62', score: 14.25, reason: PULL_REASON } }), { total_score: 98.95 }),
  },
  {
    id: 'S49-V06', sector: '文旅消费券（deduct：带动消费135%仍满分）', policy: DEDUCT, scoring: { total: 98.95, grade: '优' },
    expect: [F('self_evaluation', ROW.pull, 'score'), F('self_evaluation', ROW.pull, 'reason', true), ...SCORE_OPT],
    form: voucher(patch(VOUCHER, { [ROW.pull]: { actual: '1.62' } })),
  },
  {
    // §3 scores > as ≥: an actual equal to the target earns the weight.
    id: 'S49-V07', sector: '文旅消费券（商户>300家，完成300家得满分）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.shops]: { actual: '300' } }), { goal_outcome: '全年发放文旅消费券1520万元，300家商户参与，带动文旅消费1.46亿元。' }),
  },
  {
    id: 'S49-V08', sector: '文旅消费券（结算周期<15天，实际18天仍满分）', scoring: { total: 97.7, grade: '优' },
    expect: [F('self_evaluation', ROW.cycle, 'score'), F('self_evaluation', ROW.cycle, 'reason', true), ...SCORE_OPT],
    form: voucher(patch(VOUCHER, { [ROW.cycle]: { actual: '18' } })),
  },
  {
    id: 'S49-V09', sector: '文旅消费券（结算周期18天反向按比例8分有原因）', expect: [], scoring: { total: 97.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.cycle]: { actual: '18', score: 8, reason: CYCLE_REASON } }), { total_score: 97.7 }),
  },
  {
    id: 'S49-V10', sector: '文旅消费券（投诉率2.4%超2倍目标得0分有原因）', expect: [], scoring: { total: 94.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.complaints]: { actual: '2.4', score: 0, reason: '首批次抢券系统拥堵引发集中投诉' } }), { total_score: 94.7 }),
  },
  {
    id: 'S49-V11', sector: '文旅消费券（投诉率2.4%超2倍目标仍给2分）', scoring: { total: 94.7, grade: '优' },
    expect: [F('self_evaluation', ROW.complaints, 'score'), ...SCORE_OPT],
    form: voucher(patch(VOUCHER, { [ROW.complaints]: { actual: '2.4', score: 2, reason: '首批次抢券系统拥堵引发集中投诉' } }), { total_score: 96.7 }),
  },
  {
    id: 'S49-V12', sector: '文旅消费券（营收增长率-2.3%按0计得0分有原因）', expect: [], scoring: { total: 94.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.complaints]: GROWTH }), { total_score: 94.7 }),
  },
  {
    id: 'S49-V13', sector: '文旅消费券（营收增长率-2.3%仍给1分）', scoring: { total: 94.7, grade: '优' },
    expect: [F('self_evaluation', ROW.complaints, 'score'), ...SCORE_OPT],
    form: voucher(patch(VOUCHER, { [ROW.complaints]: { ...GROWTH, score: 1 } }), { total_score: 95.7 }),
  },
  {
    id: 'S49-V14', sector: '文旅消费券（发放批次=6批完成5批按比例8.33分有原因）', expect: [], scoring: { total: 98.03, grade: '优' },
    form: voucher(patch(VOUCHER, {
      [ROW.batches]: e(O, NUM, '发放消费券批次', '=', '6', '批', 10, '5', 8.33, '第六批次因活动档期调整并入次年春节活动'),
    }), { total_score: 98.03, goal: GOAL.replace('分批发放文旅消费券1500万元', '分6批发放文旅消费券') }),
  },
  {
    id: 'S49-V15', sector: '文旅消费券（发放批次=6批完成7批满分）', expect: [], scoring: { total: 99.7, grade: '优' },
    form: voucher(patch(VOUCHER, { [ROW.batches]: e(O, NUM, '发放消费券批次', '=', '6', '批', 10, '7', 10) }), {
      goal: GOAL.replace('分批发放文旅消费券1500万元', '分6批发放文旅消费券'),
    }),
  },
  {
    id: 'S49-V16', sector: '文旅消费券（执行率99.99%得10分）', expect: [], scoring: { total: 100, grade: '优' },
    form: voucher(VOUCHER, { budget: budget(1500, 1800, 1799.82, 99.99, 10), total_score: 100 }),
  },
  {
    id: 'S49-V17', sector: '文旅消费券（执行率88.2%无原因）', expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98.82, grade: '优' },
    form: voucher(VOUCHER, { budget: budget(1500, 1800, 1587.6, 88.2, 8.82), total_score: 98.82 }),
  },
  {
    id: 'S49-V18', sector: '文旅消费券（执行率93%仍写市级补助结余原因）', expect: [], scoring: { total: 99.3, grade: '优' },
    form: voucher(VOUCHER, { budget: budget(1500, 1800, 1674, 93, 9.3, '市级文旅补助资金12月下达，部分核销资金次年初结算'), total_score: 99.3 }),
  },
  {
    id: 'S49-V19', sector: '文旅消费券（目标含举办文旅惠民活动12场，无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.7, grade: '优' },
    form: voucher(VOUCHER, { goal: `${GOAL}配套举办文旅惠民活动12场。` }),
  },
  {
    id: 'S49-V20', sector: '文旅消费券（指标分值合计95）', expect: [F('weights', null, 'weight')], scoring: null,
    form: voucher(patch(VOUCHER, { [ROW.complaints]: { weight: 10, score: 10 } }), { total_score: 104.7 }),
  },
  // Added after reading the check code, to hold the fixes (V21–V22).
  {
    id: 'S49-V21', sector: '文旅消费券（完成情况写发放1520万元，发放金额行完成1500）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.7, grade: '优' }, form: voucher(patch(VOUCHER, { 0: { actual: '1500' } })),
  },
  {
    id: 'S49-V22', sector: '文旅消费券（完成情况写带动消费1.62亿元，行完成1.46）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    scoring: { total: 99.7, grade: '优' },
    form: voucher(VOUCHER, { goal_outcome: '全年发放文旅消费券1520万元，326家商户参与，带动文旅消费1.62亿元。' }),
  },
], ['S49-V02', 'S49-V03', 'S49-V04', 'S49-V05', 'S49-V06']);
