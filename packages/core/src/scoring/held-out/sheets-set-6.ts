import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 6 (session 11, brief C): WHOLE self-evaluation sheets, each computed BY HAND from rules.md §3
 * (and the README "Decisions") before any code under scoring/ or values/ was read. Sheets as clerks fill them in
 * provinces the earlier sets covered thinly (西藏 and 新疆 pasture subsidies, 青海 and 海南 department sheets), on a
 * project tree whose weights carry decimals (22.5 + 17.5 + 10 + 15 + 12.5 + 12.5): 完成值 with units and words
 * (准确率100%, 已完成118万亩, 约95%, 已完成3次), targets written as ranges or dates beside their actuals, `<=` rows met,
 * missed and at A ≥ 2T, T = 0, negative actuals (counted as 0, under a 下降率 name, against a target below zero),
 * qualitative rows with 达成 / 部分达成 / 未达成 in wording variants (已达成, 基本达成, 未完全达成, 未达到预期 …),
 * over-achievement under each policy, rounding at .xx5, budget blocks without 调整后预算, and totals at the grade
 * cut-offs (90, 89.99, 80, 79.99, 60, 59.99). A data table, so longer than the house limit on purpose. Harness:
 * ../held-out-sheets.test.ts (measure-sheets.ts).
 *
 * First measured, before the scoring code was read or changed (2026-11-23 08:26 UTC), 71 sheets (54 project, 17
 * department): 70/71 sheets agree in every item; per item: total 70/71, budget_score 71/71, row scores 70/71, grade
 * 71/71, mismatch 71/71, expected issues 71/71, derivation text 71/71. The one miss, P46, was a slip in the label, not
 * in the code: under `deduct` θ 1.2 the base row 牧民人均增收 (620 against 500, 1.24T) is deducted as well (14.4), which
 * the first label forgot; re-labelled against rules.md §3 (see P46's note). After that: 71/71, every item 71/71.
 *
 * How §3 was read where it is silent (genuine ambiguities; each sheet's note repeats the reading it relies on):
 * - Rounding is half up on the decimal value: 22.125 → 22.13, 13.605 → 13.61, 7.005 → 7.01 (set 5 D17).
 * - A range target (`45%-50%`, stored qualitative): an actual inside it is 达成 (README). An actual BELOW it names no
 *   band in §3 or the README: the sheet's score stands as the editor's pick (not a hand score), as set 5 reads a
 *   qualitative 完成值 in other words.
 * - A date deadline on a qualitative row: on or before it → w; late with full marks → 部分达成's default and `band`;
 *   late with points already off (inside 部分达成's band) → the sheet's score kept (README, set 3 P32).
 * - `未达到预期` and `未完全达成` are negations: the first names 未达成, the second 部分达成 (only "fully" is negated);
 *   `全部达成`, `已达成` name 达成; `基本达成`, `部分完成`, `部分实现` name 部分达成; `未实现` names 未达成.
 * - An editor's pick (choices) with no 完成值 and no score takes the band default.
 * - Negative actuals: §3 counts them as 0 (`>=` → 0, `<=` → met); under a …下降率 name −8% is a decrease of 8 (README);
 *   a target below zero is compared as written: met → w, missed → hand (the sheet's score kept, flagged).
 * - Over-achievement `explain` with no threshold given uses §3's 1.3: A = 1.3T needs a reason, 1.28T does not;
 *   `deduct` with θ: A/T > θ → w × (1 − (A/T − θ)) (set 2's reading).
 * - Budget: 调整后预算 missing → 年初 is the budget; min(executed / budget, 1) × 10.
 * - A 完成值 with several clauses in different units (`满意度93%，较上年提高2个百分点` on a % row): the clause in
 *   the row's unit is the actual (README "Several clauses").
 * - A figure after a lead naming the indicator (`准确率100%`, `执行率87.3%`, `人均增收620元`) is that figure.
 */

function budget(initial: number | null, adjusted: number | null, executed: number | null, score: number | null, weight = 10): SelfEvaluationBudget {
  const base = adjusted ?? initial;
  const rate = executed !== null && base ? Math.round((executed / base) * 10000) / 100 : null;
  return { initial_wan: initial, adjusted_wan: adjusted, executed_wan: executed, execution_rate: rate, weight, score, reason: null };
}
const FULL_BUDGET = (): SelfEvaluationBudget => budget(800, 800, 800, 10);
const XIZANG = sheetForms('西藏自治区那曲市色尼区农业农村局', '草原生态保护补助奖励资金', '青海省玉树藏族自治州生态环境局');
const BINGTUAN = sheetForms('新疆生产建设兵团第九师畜牧兽医局', '草原生态保护补助奖励资金', '海南省三沙市综合行政执法局');
const ECO = { level1: '效益指标', level2: '生态效益指标' };

/** Project rows weighing 90 (22.5 + 17.5 + 10 + 15 + 12.5 + 12.5), all met. */
function pRows(): Indicator[] {
  return [
    q('草原禁牧面积', '>=', '120', '万亩', 22.5, '121.3万亩', 22.5),
    q('补奖资金发放准确率', '>=', '98', '%', 17.5, '100%', 17.5, QUALITY),
    q('补奖资金发放时限', '<=', '30', '天', 10, '25天', 10, TIME),
    q('牧民人均增收', '>=', '500', '元', 15, '620元', 15, EFFECT),
    q('草原综合植被盖度', '>=', '47', '%', 12.5, '47.6%', 12.5, ECO),
    q('农牧民满意度', '>=', '90', '%', 12.5, '95%', 12.5, SATISFACTION),
  ];
}
const P_FULL = [22.5, 17.5, 10, 15, 12.5, 12.5];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const awareness = (actual: string | null, score: number | null): Indicator => ql('牧民生态保护意识', '明显提升', 15, actual, score);
const deadline = (cmp: 'qualitative' | '<=', target: string, actual: string, score: number | null): Indicator =>
  row({ level1: '产出指标', level2: '时效指标', name: '补奖资金发放完成时间', comparator: cmp, target, unit: null, weight: 10, actual, score });

/** Department rows on a 2021-style tree weighing 100 (12.5 + 7.5 + 10 + 20 + 10 + 20 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '90', '%', 12.5, '95.2%', 12.5, DL('过程', '预算执行')),
    q('结转结余变动率', '<=', '5', '%', 7.5, '3.8%', 7.5, DL('过程', '预算执行')),
    q('政府采购执行率', '>=', '100', '%', 10, '100%', 10, DL('过程', '预算管理')),
    q('重点任务完成数', '>=', '12', '项', 20, '12项', 20, DL('产出', '职责履行')),
    q('案件办结时限', '<=', '60', '天', 10, '45天', 10, DL('产出', '职责履行')),
    ql('生态环境公众认可', '显著提升', 20, '显著提升', 20, DL('效果', '社会效益')),
    q('服务对象满意度', '>=', '90', '%', 20, '92.5%', 20, DL('效果', '满意度')),
  ];
}
const D_FULL = [12.5, 7.5, 10, 20, 10, 20, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);

const { project } = XIZANG;
const projectSheets: HeldOutSheet3[] = [
  // ---- 完成值 with units and words ----
  { id: 'P01', form: project(FULL_BUDGET(), pSwap({ 1: q('补奖资金发放准确率', '>=', '98', '%', 17.5, '准确率100%', 17.5, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '准确率100%: a lead naming the indicator, 100 ≥ 98 → 17.5' },
  { id: 'P02', form: project(FULL_BUDGET(), pSwap({ 0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '已完成118万亩', 22.13) }), 99.63),
    expected: { total: 99.63, budgetScore: 10, rows: pExp({ 0: 22.13 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 0: ['118', '120', '22.13'] } }, note: '已完成118万亩: 118/120×22.5 = 22.125 → 22.13 (half up)' },
  { id: 'P03', form: project(FULL_BUDGET(), pSwap({ 5: q('农牧民满意度', '>=', '90', '%', 12.5, '约95%', 12.5, SATISFACTION) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [5], grade: '优', mismatch: false, issues: ['actual_not_numeric'] },
    note: '约95% is an estimate: no measured actual, the sheet 12.5 kept by hand' },
  { id: 'P04', form: project(FULL_BUDGET(), pSwap({ 2: q('补奖资金发放时限', '<=', '30', '天', 10, '平均28天', 10, TIME) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: '平均28天 ≤ 30 → 10' },
  { id: 'P05', form: project(FULL_BUDGET(), pSwap({ 0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '1,140,000亩', 21.38) }), 98.88),
    expected: { total: 98.88, budgetScore: 10, rows: pExp({ 0: 21.38 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 0: ['114', '120', '21.38'] } }, note: '1,140,000亩 under 万亩 is 114: 114/120×22.5 = 21.375 → 21.38' },
  { id: 'P06', form: project(FULL_BUDGET(), pSwap({ 2: q('技术培训次数', '>=', '4', '次', 10, '已完成3次', 7.5, QUALITY) }), 97.5),
    expected: { total: 97.5, budgetScore: 10, rows: pExp({ 2: 7.5 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['3', '4', '7.5'] } }, note: '已完成3次: 3/4×10 = 7.5' },
  { id: 'P07', form: project(FULL_BUDGET(), pSwap({ 1: q('补奖资金发放准确率', '>=', '98', '%', 17.5, '完成率９７％', 17.32, QUALITY) }), 99.82),
    expected: { total: 99.82, budgetScore: 10, rows: pExp({ 1: 17.32 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '完成率９７％: 97/98×17.5 = 17.321 → 17.32' },
  // ---- targets written as dates or ranges ----
  { id: 'P08', form: project(FULL_BUDGET(), pSwap({ 2: deadline('qualitative', '2024年9月底前', '2024年9月20日', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['band', ...NOT_HAND] },
    note: 'done before the deadline → 10' },
  { id: 'P09', form: project(FULL_BUDGET(), pSwap({ 2: deadline('qualitative', '2024年9月底前', '2024年10月15日', 10) }), 100),
    expected: { total: 97, budgetScore: 10, rows: pExp({ 2: 7 }), grade: '优', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'late with full marks: 部分达成 default 7 and band (README)' },
  { id: 'P10', form: project(FULL_BUDGET(), pSwap({ 2: deadline('qualitative', '2024年9月底前', '2024年10月15日', 6) }), 96),
    expected: { total: 96, budgetScore: 10, rows: pExp({ 2: 6 }), grade: '优', mismatch: false, noIssues: ['band'] },
    note: 'late with points already off (6 inside [6, 8)): the sheet made the call, kept' },
  { id: 'P11', form: project(FULL_BUDGET(), pSwap({ 2: deadline('<=', '2024年9月30日', '9月25日', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: '<= a date: 9月25日 is on time → 10' },
  { id: 'P12', form: project(FULL_BUDGET(), pSwap({ 4: row({ ...ECO, name: '草原综合植被盖度', comparator: 'qualitative', target: '45%-50%', unit: '%', weight: 12.5, actual: '47.6%', score: 12.5 }) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['band', ...NOT_HAND] },
    note: 'range target 45%-50%: 47.6% inside → 达成, 12.5 kept' },
  { id: 'P13', form: project(FULL_BUDGET(), pSwap({ 4: row({ ...ECO, name: '草原综合植被盖度', comparator: 'qualitative', target: '45%-50%', unit: '%', weight: 12.5, actual: '44%', score: 10 }) }), 97.5),
    expected: { total: 97.5, budgetScore: 10, rows: pExp({ 4: 10 }), grade: '优', mismatch: false },
    note: 'reading: below the range names no band; the sheet 10 stands as the pick' },
  { id: 'P14', form: project(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '≥500', '元', 15, '人均增收620元', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'target kept its sign, actual after a lead: 620 ≥ 500 → 15' },
  // ---- `<=` rows met, missed, A ≥ 2T ----
  { id: 'P15', form: project(FULL_BUDGET(), pSwap({ 2: q('补奖资金发放时限', '<=', '30', '天', 10, '36天', 8, TIME) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 2: 8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['36', '30', '8'] } }, note: '(1 − 6/30)×10 = 8' },
  { id: 'P16', form: project(FULL_BUDGET(), pSwap({ 2: q('补奖资金发放时限', '<=', '30', '天', 10, '60天', 0, TIME) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'A = 2T → 0; 90 is 优 at the cut-off' },
  { id: 'P17', form: project(FULL_BUDGET(), pSwap({ 2: q('补奖资金发放时限', '<=', '30', '天', 10, '75天', 5, TIME) }), 95),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
    note: 'A > 2T → 0; the sheet wrote 5' },
  { id: 'P18', form: project(FULL_BUDGET(), pSwap({ 2: q('牲畜死亡率', '<', '3', '%', 10, '3.3%', 9, QUALITY) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 2: 9 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '< 3 with 3.3: (1 − 0.3/3)×10 = 9' },
  { id: 'P19', form: project(FULL_BUDGET(), pSwap({ 2: q('补奖资金发放时限', '<=', '40', '小时', 10, '42.1小时', 9.48, TIME) }), 99.48),
    expected: { total: 99.48, budgetScore: 10, rows: pExp({ 2: 9.48 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '(1 − 2.1/40)×10 = 9.475 → 9.48 (half up)' },
  // ---- T = 0 ----
  { id: 'P20', form: project(FULL_BUDGET(), pSwap({ 2: q('草原火灾发生次数', '<=', '0', '次', 10, '0次', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'T = 0, A = 0 → 10' },
  { id: 'P21', form: project(FULL_BUDGET(), pSwap({ 2: q('草原火灾发生次数', '<=', '0', '次', 10, '2次', 0, QUALITY) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false }, note: 'T = 0, A = 2 → 0' },
  { id: 'P22', form: project(FULL_BUDGET(), pSwap({ 2: q('重大动物疫情', '=', '0', '起', 10, '零起', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= 0 with 零起 (0) → 10' },
  // ---- negative actuals ----
  { id: 'P23', form: project(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '500', '元', 15, '-120元', 0, EFFECT) }), 85),
    expected: { total: 85, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '良', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'a negative actual counts as 0 → 0' },
  { id: 'P24', form: project(FULL_BUDGET(), pSwap({ 2: q('单位放牧成本增长率', '<=', '5', '%', 10, '-3%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: '<= with a negative actual (0) → met → 10' },
  { id: 'P25', form: project(FULL_BUDGET(), pSwap({ 2: q('草原鼠害发生面积下降率', '>=', '10', '%', 10, '-8%', 8, ECO) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 2: 8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '…下降率 with −8%: the decrease is 8, 8/10×10 = 8' },
  { id: 'P26', form: project(FULL_BUDGET(), pSwap({ 2: q('单位运行成本变动率', '<=', '-5', '%', 10, '-6%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'target below zero: −6 ≤ −5 met → 10' },
  { id: 'P27', form: project(FULL_BUDGET(), pSwap({ 2: q('单位运行成本变动率', '<=', '-5', '%', 10, '-3%', 6, COST) }), 96),
    expected: { total: 96, budgetScore: 10, rows: pExp({ 2: 6 }), hand: [2], grade: '优', mismatch: false },
    note: 'target below zero missed: no proportional rule, the sheet 6 kept by hand' },
  // ---- qualitative wordings ----
  { id: 'P28', form: project(FULL_BUDGET(), pSwap({ 3: awareness('达成', null) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: '达成, no score → 15' },
  { id: 'P29', form: project(FULL_BUDGET(), pSwap({ 3: awareness('已达成', 13) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 3: 13 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '已达成, 13 inside [12, 15] kept' },
  { id: 'P30', form: project(FULL_BUDGET(), pSwap({ 3: awareness('部分达成', null) }), null),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 3: 10.5 }), grade: '优', mismatch: false }, note: '部分达成, no score → 0.7×15 = 10.5' },
  { id: 'P31', form: project(FULL_BUDGET(), pSwap({ 3: awareness('基本达成', 10) }), 95),
    expected: { total: 95, budgetScore: 10, rows: pExp({ 3: 10 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '基本达成 → 部分达成 [9, 12): 10 kept' },
  { id: 'P32', form: project(FULL_BUDGET(), pSwap({ 3: awareness('未达成', null) }), 89.5),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 3: 4.5 }), grade: '良', mismatch: false }, note: '未达成 → 0.3×15 = 4.5; 89.5 is 良' },
  { id: 'P33', form: project(FULL_BUDGET(), pSwap({ 3: awareness('未达到预期', 12) }), 97),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 3: 4.5 }), grade: '良', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'reading: 未达到预期 negates 达到预期 → 未达成 [0, 9): 12 outside → 4.5, band' },
  { id: 'P34', form: project(FULL_BUDGET(), pSwap({ 3: awareness('部分完成', 15) }), 100),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 3: 10.5 }), grade: '优', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '部分完成 → 部分达成: 15 outside [9, 12) → 10.5, band' },
  { id: 'P35', choices: { 3: '未达成' }, form: project(FULL_BUDGET(), pSwap({ 3: awareness(null, null) }), null),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 3: 4.5 }), grade: '良', mismatch: false }, note: 'editor picks 未达成, no score → 4.5' },
  { id: 'P36', form: project(FULL_BUDGET(), pSwap({ 3: awareness('未完全达成', null) }), null),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 3: 10.5 }), grade: '优', mismatch: false },
    note: 'reading: 未完全达成 negates only "fully" → 部分达成 → 10.5' },
  { id: 'P37', form: project(FULL_BUDGET(), pSwap({ 3: awareness('全部达成', null) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: '全部达成 → 15' },
  // ---- decimals and rounding ----
  { id: 'P38', form: project(FULL_BUDGET(), pSwap({ 4: q('草原综合植被盖度', '>=', '47', '%', 12.5, '46%', 12.23, ECO) }), 99.73),
    expected: { total: 99.73, budgetScore: 10, rows: pExp({ 4: 12.23 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '46/47×12.5 = 12.234 → 12.23' },
  { id: 'P39', form: project(FULL_BUDGET(), pSwap({ 3: q('监测点位覆盖率', '>=', '100', '%', 15, '90.7%', 13.61, QUALITY) }), 98.61),
    expected: { total: 98.61, budgetScore: 10, rows: pExp({ 3: 13.61 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'],
      derivation: { 3: ['90.7', '100', '13.61'] } }, note: '0.907×15 = 13.605 → 13.61 (half up on the decimal)' },
  { id: 'P40', form: project(budget(100, 100, 94.75, 9.48), pRows(), 99.48),
    expected: { total: 99.48, budgetScore: 9.48, rows: P_FULL, grade: '优', mismatch: false, derivation: { budget: ['94.75', '100', '9.48'] } },
    note: 'budget 94.75/100×10 = 9.475 → 9.48' },
  // ---- budget blocks without 调整后预算 ----
  { id: 'P41', form: project(budget(250, null, 230, 9.2), pRows(), 99.2),
    expected: { total: 99.2, budgetScore: 9.2, rows: P_FULL, grade: '优', mismatch: false, derivation: { budget: ['230', '250', '9.2'] } },
    note: '调整后 missing: 230/250 = 0.92 → 9.2' },
  { id: 'P42', form: project(budget(250, null, 262, 10), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: '调整后 missing, executed above 年初 → 10' },
];

const bt = BINGTUAN.project;
const projectSheets2: HeldOutSheet3[] = [
  // ---- over-achievement ----
  { id: 'P43', form: bt(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '500', '元', 15, '1500元', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] },
    note: 'policy none: 3×T → 15, no more' },
  { id: 'P44', policy: { overAchievement: 'explain' }, form: bt(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '500', '元', 15, '650元', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] },
    note: 'explain, §3 threshold 1.3: 650 = 1.3×500 needs a reason' },
  { id: 'P45', policy: { overAchievement: 'explain' }, form: bt(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '500', '元', 15, '640元', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] },
    note: 'explain: 640 = 1.28×500 needs none' },
  { id: 'P46', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: bt(FULL_BUDGET(), pSwap({ 0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '150万亩', 22.5) }), 100),
    expected: { total: 98.28, budgetScore: 10, rows: pExp({ 0: 21.38, 3: 14.4 }), grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
    note: 'deduct θ 1.2: A/T = 1.25 → 22.5×(1 − 0.05) = 21.375 → 21.38. RE-LABELLED after the first run: the base row 牧民人均增收 (620 against 500, 1.24 > θ) is deducted too, 15×(1 − 0.04) = 14.4, as §3\'s deduct policy applies to every row (first written 15 and total 98.88, a slip against §3)' },
  // ---- grades at the cut-offs ----
  { id: 'P47', form: bt(budget(100, 100, 75, 7.5), pSwap({
    0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '64万亩', 12),
    1: q('补奖资金发放准确率', '>=', '98', '%', 17.5, '86.8%', 15.5, QUALITY),
    2: q('补奖资金发放时限', '<=', '30', '天', 10, '45天', 5, TIME) }), 80),
  expected: { total: 80, budgetScore: 7.5, rows: pExp({ 0: 12, 1: 15.5, 2: 5 }), grade: '良', mismatch: false },
  note: '7.5 + 12 + 15.5 + 5 + 15 + 12.5 + 12.5 = 80 → 良' },
  { id: 'P48', form: bt(budget(100, 100, 75, 7.5), pSwap({
    0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '64万亩', 12),
    1: q('补奖资金发放准确率', '>=', '98', '%', 17.5, '86.8%', 15.5, QUALITY),
    2: q('补奖资金发放时限', '<=', '30', '天', 10, '45天', 5, TIME),
    5: q('农牧民满意度', '>=', '90', '%', 12.5, '89.93%', 12.49, SATISFACTION) }), 79.99),
  expected: { total: 79.99, budgetScore: 7.5, rows: pExp({ 0: 12, 1: 15.5, 2: 5, 5: 12.49 }), grade: '中', mismatch: false },
  note: '89.93/90×12.5 = 12.490 → 12.49; total 79.99 → 中' },
  { id: 'P49', form: bt(budget(100, 100, 50, 5), pSwap({
    0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '0万亩', 0),
    2: q('补奖资金发放时限', '<=', '30', '天', 10, '60天', 0, TIME),
    3: q('牧民人均增收', '>=', '500', '元', 15, '416.7元', 12.5, EFFECT) }), 60),
  expected: { total: 60, budgetScore: 5, rows: pExp({ 0: 0, 2: 0, 3: 12.5 }), grade: '中', mismatch: false },
  note: '416.7/500×15 = 12.501 → 12.50; 5 + 0 + 17.5 + 0 + 12.5 + 12.5 + 12.5 = 60 → 中' },
  { id: 'P50', form: bt(budget(100, 100, 50, 5), pSwap({
    0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '0万亩', 0),
    2: q('补奖资金发放时限', '<=', '30', '天', 10, '60天', 0, TIME),
    3: q('牧民人均增收', '>=', '500', '元', 15, '416.3元', 12.49, EFFECT) }), 59.99),
  expected: { total: 59.99, budgetScore: 5, rows: pExp({ 0: 0, 2: 0, 3: 12.49 }), grade: '差', mismatch: false },
  note: '416.3/500×15 = 12.489 → 12.49; 59.99 → 差' },
  { id: 'P51', form: bt(FULL_BUDGET(), pSwap({
    2: q('补奖资金发放时限', '<=', '30', '天', 10, '60天', 0, TIME),
    4: q('草原综合植被盖度', '>=', '47', '%', 12.5, '46.96%', 12.49, ECO) }), 89.99),
  expected: { total: 89.99, budgetScore: 10, rows: pExp({ 2: 0, 4: 12.49 }), grade: '良', mismatch: false },
  note: '46.96/47×12.5 = 12.489 → 12.49; 89.99 → 良' },
  // ---- non-numeric ----
  { id: 'P52', form: bt(FULL_BUDGET(), pSwap({ 0: q('草原禁牧面积', '>=', '120', '万亩', 22.5, '已完成', 22.5) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [0], grade: '优', mismatch: false, issues: ['actual_not_numeric'] },
    note: '已完成 under a number: hand, the sheet 22.5 kept' },
  { id: 'P53', form: bt(FULL_BUDGET(), pSwap({ 3: q('牧民人均增收', '>=', '上年', '元', 15, '620元', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [3], grade: '优', mismatch: false },
    note: 'a reference target (≥上年): hand, the sheet 15 kept' },
  { id: 'P54', form: bt(FULL_BUDGET(), pSwap({ 1: q('补奖资金发放准确率', '>=', '98', '%', 17.5, '详见附件', 16, QUALITY) }), 98.5),
    expected: { total: 98.5, budgetScore: 10, rows: pExp({ 1: 16 }), hand: [1], grade: '优', mismatch: false, issues: ['actual_not_numeric'] },
    note: '详见附件: hand, the sheet 16 kept' },
];

const QH = XIZANG.department;
const HN = BINGTUAN.department;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'D01', form: QH(dRows(), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['budget_missing', ...NOT_HAND] }, note: 'all met' },
  { id: 'D02', form: QH(dSwap({ 0: q('部门预算执行率', '>=', '90', '%', 12.5, '执行率87.3%', 12.13, DL('过程', '预算执行')) }), 99.63),
    expected: { total: 99.63, budgetScore: null, rows: dExp({ 0: 12.13 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '87.3/90×12.5 = 12.125 → 12.13 (half up)' },
  { id: 'D03', form: QH(dSwap({ 3: q('重点任务完成数', '>=', '12', '项', 20, '已完成十项', 16.67, DL('产出', '职责履行')) }), 96.67),
    expected: { total: 96.67, budgetScore: null, rows: dExp({ 3: 16.67 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '已完成十项: 10/12×20 = 16.667 → 16.67' },
  { id: 'D04', form: QH(dSwap({ 4: q('案件办结时限', '<=', '60', '天', 10, '130天', 0, DL('产出', '职责履行')) }), 90),
    expected: { total: 90, budgetScore: null, rows: dExp({ 4: 0 }), grade: '优', mismatch: false }, note: 'A > 2T → 0' },
  { id: 'D05', form: QH(dSwap({ 1: q('结转结余变动率', '<=', '5', '%', 7.5, '-1.5%', 7.5, DL('过程', '预算执行')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= with a negative actual → met' },
  { id: 'D06', form: QH(dSwap({ 5: ql('生态环境公众认可', '显著提升', 20, '部分实现', null, DL('效果', '社会效益')) }), 94),
    expected: { total: 94, budgetScore: null, rows: dExp({ 5: 14 }), grade: '优', mismatch: false }, note: '部分实现 → 部分达成 → 14' },
  { id: 'D07', form: QH(dSwap({ 5: ql('生态环境公众认可', '显著提升', 20, '未实现', 15, DL('效果', '社会效益')) }), 95),
    expected: { total: 86, budgetScore: null, rows: dExp({ 5: 6 }), grade: '良', mismatch: true, issues: ['band'] },
    note: '未实现 → 未达成 [0, 12): 15 outside → 6, band' },
  { id: 'D08', form: QH([...dRows(), row({ name: '巡视巡察发现问题', level1: '扣分项', weight: 3, score: -1.5 })], 98.5),
    expected: { total: 98.5, budgetScore: null, rows: [...D_FULL, -1.5], hand: [7], grade: '优', mismatch: false }, note: '扣分项 −1.5' },
  { id: 'D09', form: QH(dSwap({ 6: q('服务对象满意度', '>=', '90', '%', 20, '约93%', 20, DL('效果', '满意度')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, hand: [6], grade: '优', mismatch: false, issues: ['actual_not_numeric'] },
    note: '约93%: estimate, hand, 20 kept' },
  { id: 'D10', policy: { grades: { excellent: 95, good: 85, pass: 70 } }, form: HN(dSwap({
    3: q('重点任务完成数', '>=', '12', '项', 20, '9项', 15, DL('产出', '职责履行')),
    4: q('案件办结时限', '<=', '60', '天', 10, '66天', 9, DL('产出', '职责履行')) }), 94),
  expected: { total: 94, budgetScore: null, rows: dExp({ 3: 15, 4: 9 }), grade: '良', mismatch: false },
  note: '9/12×20 = 15, (1 − 6/60)×10 = 9: 94 is 良 under 优 ≥ 95' },
  { id: 'D11', form: HN(dSwap({ 2: q('政府采购执行率', '=', '100', '%', 10, '99.5%', 9.95, DL('过程', '预算管理')) }), 99.95),
    expected: { total: 99.95, budgetScore: null, rows: dExp({ 2: 9.95 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '= 100 with 99.5 → 9.95' },
  { id: 'D12', form: HN(dSwap({ 4: q('案件办结时限', null, '≤60', '天', 10, '66天', 9, DL('产出', '职责履行')) }), 99),
    expected: { total: 99, budgetScore: null, rows: dExp({ 4: 9 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'comparator from ≤ in the value: (1 − 6/60)×10 = 9' },
  { id: 'D13', form: HN(dSwap({ 3: q('重点任务完成数', '>=', '12', '项', 20, '12项（含2项跨年任务）', 20, DL('产出', '职责履行')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'a bracketed remark after 12项 → 20' },
  { id: 'D14', form: HN(dSwap({ 6: q('服务对象满意度', '>=', '90', '%', 20, '满意度93%，较上年提高2个百分点', 20, DL('效果', '满意度')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'the clause in the row\'s unit (93%) is the actual → 20' },
  { id: 'D15', form: HN(pRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: false, issues: ['budget_missing'] },
    note: 'laid out like a project sheet (rows weigh 90): budget = 99.5 − 90 = 9.5 (README)' },
  { id: 'D16', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: HN(dSwap({ 3: q('重点任务完成数', '>=', '12', '项', 20, '18项', 20, DL('产出', '职责履行')) }), 100),
    expected: { total: 94, budgetScore: null, rows: dExp({ 3: 14 }), grade: '优', mismatch: true, issues: ['score_mismatch'] },
    note: 'deduct θ 1.2: 18/12 = 1.5 → 20×(1 − 0.3) = 14' },
  { id: 'D17', form: HN(dSwap({ 1: q('结转结余变动率', '<=', '5', '%', 7.5, '5.33%', 7.01, DL('过程', '预算执行')) }), 99.51),
    expected: { total: 99.51, budgetScore: null, rows: dExp({ 1: 7.01 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '(1 − 0.33/5)×7.5 = 7.005 → 7.01 (half up on the decimal)' },
];

export const HELD_OUT_SHEETS_SET_6: readonly HeldOutSheet3[] = [...projectSheets, ...projectSheets2, ...departmentSheets];
