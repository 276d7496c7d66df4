import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 5 (session 10, brief L): WHOLE self-evaluation sheets, each computed BY HAND from rules.md §3
 * (and the README "Decisions") before any code under scoring/ or review/ was read. Angles sets 2–4 used least:
 * sheets as they come out of IMPORTS of real pages — 完成值 with full-width digits and signs (９７．５％), thousands
 * separators, the unit glued on in another unit than the unit column (1800元 under 万元, 3050人次 under 万人次, 97%
 * with no unit column), 指标值 that kept its sign or unit (≥95%, 95% under %), rows whose comparator was not read
 * (正向/反向 指标性质: comparator null with ≥/≤ or a bare number in the 指标值); `<=` rows whose 完成值 is 0, 无 or 未发生;
 * rows of weight 0; `=` rows on dates and counts; region policies (other grade cut-offs, deduct/explain thresholds,
 * budget weights 20 and 15); two budget lines (年初/调整); documents whose 总分 includes or leaves out the budget
 * score; qualitative rows whose 完成值 is the 指标值 verbatim, a paraphrase containing it, or another wording;
 * 部门整体 sheets on a 2021-style tree (投入/过程/产出/效果) with 预算执行率 rows, 扣分项 rows and sub-items; and the
 * derivation a clerk sees. A data table, so longer than the house limit on purpose. Harness: ../held-out-sheets.test.ts.
 *
 * First measured, before the scoring code was read or changed (2026-11-23 06:29 UTC), 61 sheets (43 project, 18
 * department): 56/61 sheets agree in every item; per item: total 59/61, budget_score 60/61, row scores 57/61, grade
 * 61/61, mismatch 59/61, expected issues 57/61, derivation text 60/61. Misses: P12 and D18 (comparator null with
 * ≤5 / ≤10% in the 指标值: scored as `=` (≥), 6% against 5 → 10 and 12% against 10 → 10, where (1 − 1/5)×10 = 8 and
 * (1 − 2/10)×10 = 8 were expected; total 100, mismatch), P39 and P40 (a `=` row on a date — 2024年12月 met exactly,
 * 11月25日 before 12月底 — kept the sheet's 10 by hand with manual_score, where computed was expected), D08 (a
 * department sheet laid out like a project one, rows weighing 90, 总分 90 = the rows': budget_score 0 where null was
 * expected).
 * After step 2 (fixes in ../score-indicator.ts): 61/61 sheets, every item 61/61, with ONE expectation re-read (D08, see
 * its note: the README decision on department sheets laid out like project ones gives budget 总分 − rows = 0).
 *   - P12, D18: with no comparator stored, a value was only checked for being a number (→ `=`); the sign or comparator
 *     word in front of it now wins, as forms.md orders it (≤5 is `<=`; ≤预算控制数 a reference, hand-scored, no longer
 *     qualitative).
 *   - P39, P40: a date target was read as a deadline only under `<=`/`<`; under `=` it names the same deadline.
 *
 * How §3 was read where it is silent (each sheet's note repeats the reading it relies on):
 * - Full-width digits, signs and separators in a 完成值 fold (§1): ９７．５％ is 97.5, 2,850人次 is 2850.
 * - An actual in a unit of the same kind as the unit column is read in the column's unit (README): 1800元 under 万元
 *   is 0.18, 3050人次 under 万人次 is 0.305. With no unit column, 97% against 95 is 97.
 * - A 指标值 that kept its sign or unit (≥95%, 95%) is the same target 95; with no comparator (the importer could not
 *   read 正向/反向), forms.md's order applies: a sign in front wins, a bare number is `=` (scored as `>=`).
 * - `<=` with 0, 无 or 未发生 as the 完成值: the count is 0, met (README names 无/未发生 under a target of 0; a count of
 *   nothing is 0 under any limit). `<=` 0 with 1起: T = 0 and A > 0 → 0. `=` 0 with 1起: all or nothing → 0.
 * - Weight 0: every rule gives 0 (computed); no weight is missing.
 * - `=` on a date: on or before the date earns the weight (a deadline, as the README reads dates).
 * - Over-achievement deduct with θ: A/T > θ → w × (1 − (A/T − θ)), as set 2 read it. explain at A = θ·T needs a reason.
 * - Budget: 调整后 figure when present, else 年初; min(executed / budget, 1) × the policy's weight.
 * - A 总分 that leaves the budget score out is a total mismatch on a project sheet (§3: total = budget + rows).
 * - Qualitative: a 完成值 equal to the 指标值, or containing it whole, meets it (达成); with no score → w, a sheet
 *   score outside [0.8w, w] → w and `band`. Another wording (有所改善 vs 有效改善) picks no band: the sheet score stands
 *   as the pick; with no score the row scores null and score_missing is raised.
 * - Department sheets: 扣分项 hand-entered (set 4 D07), written 2 or −2 alike, floored at −weight; sub-items with
 *   neither 分值 nor 得分 score null; rows weighing 90 with a 总分 above them → budget = 总分 − rows (budget_missing).
 */

function budget(initial: number | null, adjusted: number | null, executed: number | null, score: number | null, weight = 10): SelfEvaluationBudget {
  const base = adjusted ?? initial;
  const rate = executed !== null && base ? Math.round((executed / base) * 10000) / 100 : null;
  return { initial_wan: initial, adjusted_wan: adjusted, executed_wan: executed, execution_rate: rate, weight, score, reason: null };
}
const FULL_BUDGET = (): SelfEvaluationBudget => budget(100, 100, 100, 10);
const { project, department } = sheetForms('某县人力资源和社会保障局', '就业创业培训补助资金', '某县市场监督管理局');

/** Project rows weighing 90 (20+20+10+20+20), all met. */
function pRows(): Indicator[] {
  return [
    q('培训人次', '>=', '3000', '人次', 20, '3050人次', 20),
    q('培训合格率', '>=', '95', '%', 20, '97%', 20, QUALITY),
    q('补助资金拨付及时率', '=', '100', '%', 10, '100%', 10, TIME),
    q('带动就业人数', '>=', '200', '人', 20, '210人', 20, EFFECT),
    q('参训人员满意度', '>=', '90', '%', 20, '93%', 20, SATISFACTION),
  ];
}
const P_FULL = [20, 20, 10, 20, 20];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);

/** Department rows on a 2021-style tree (投入/过程/产出/效果) weighing 100 (15+10+10+25+10+15+15), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 15, '96%', 15, DL('过程', '预算执行')),
    q('结转结余率', '<=', '10', '%', 10, '8%', 10, DL('过程', '预算执行')),
    q('“三公”经费控制率', '<=', '100', '%', 10, '92%', 10, DL('过程', '预算管理')),
    q('重点工作任务完成率', '>=', '95', '%', 25, '100%', 25, DL('产出', '职责履行')),
    q('政务服务事项办理时限', '<=', '5', '个工作日', 10, '3个工作日', 10, DL('产出', '职责履行')),
    ql('市场秩序', '显著提升', 15, '显著提升', 15, DL('效果', '履职效益')),
    q('服务对象满意度', '>=', '90', '%', 15, '94%', 15, DL('效果', '满意度')),
  ];
}
const D_FULL = [15, 10, 10, 25, 10, 15, 15];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);

const projectSheets: HeldOutSheet3[] = [
  // ---- 完成值 as imported: full-width, separators, glued units ----
  { id: 'P01', form: project(FULL_BUDGET(), pSwap({ 1: q('培训合格率', '>=', '95', '%', 20, '９７．５％', 20, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 1: ['97.5', '95'] } }, note: '９７．５％ folds to 97.5 ≥ 95 → 20' },
  { id: 'P02', form: project(FULL_BUDGET(), pSwap({ 1: q('培训合格率', '>=', '99', '%', 20, '９８％', 19.8, QUALITY) }), 99.8),
    expected: { total: 99.8, budgetScore: 10, rows: pExp({ 1: 19.8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 1: ['98', '99', '19.8'] } }, note: '９８％ vs ≥99: 98/99×20 = 19.798 → 19.80' },
  { id: 'P03', form: project(FULL_BUDGET(), pSwap({ 0: q('培训人次', '>=', '3000', '人次', 20, '2,850人次', 19) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 0: 19 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 0: ['2850', '3000', '19'] } }, note: 'thousands separator: 2850/3000×20 = 19' },
  { id: 'P04', form: project(FULL_BUDGET(), pSwap({ 3: q('带动就业人数', '>=', '200', '人', 20, '１９０\u3000人', 19, EFFECT) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 3: 19 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 3: ['190', '200', '19'] } }, note: 'full-width digits and an ideographic space before the unit: 190/200×20 = 19' },
  { id: 'P05', form: project(FULL_BUDGET(), pSwap({ 0: q('培训人次', '>=', '0.3', '万人次', 20, '3050人次', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND],
      derivation: { 0: ['0.305', '0.3'] } }, note: '3050人次 under 万人次 is 0.305 ≥ 0.3 → 20' },
  { id: 'P06', form: project(FULL_BUDGET(), pSwap({ 2: q('人均培训成本', '<=', '0.2', '万元', 10, '1800元', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND],
      derivation: { 2: ['0.18', '0.2'] } }, note: '1800元 under 万元 is 0.18 ≤ 0.2 → 10' },
  { id: 'P07', form: project(FULL_BUDGET(), pSwap({ 2: q('人均培训成本', '<=', '2000', '元', 10, '0.23万元', 8.5, COST) }), 98.5),
    expected: { total: 98.5, budgetScore: 10, rows: pExp({ 2: 8.5 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['2300', '2000', '8.5'] } }, note: '0.23万元 under 元 is 2300: (1 − 300/2000)×10 = 8.5' },
  { id: 'P08', form: project(FULL_BUDGET(), pSwap({ 1: q('培训合格率', '>=', '95', null, 20, '97%', 20, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'no unit column: 97% against 95 is 97 → 20' },
  // ---- 指标值 that kept its sign or unit; comparator not read (正向/反向) ----
  { id: 'P09', form: project(FULL_BUDGET(), pSwap({ 1: q('培训合格率', '>=', '95%', '%', 20, '93%', 19.58, QUALITY) }), 99.58),
    expected: { total: 99.58, budgetScore: 10, rows: pExp({ 1: 19.58 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 1: ['93', '95', '19.58'] } }, note: 'target 95% kept its unit: 93/95×20 = 19.579 → 19.58' },
  { id: 'P10', form: project(FULL_BUDGET(), pSwap({
    1: q('培训合格率', '>=', '≥95%', '%', 20, '96%', 20, QUALITY),
    3: q('带动就业人数', '>=', '≥200', '人', 20, '180人', 18, EFFECT) }), 98),
  expected: { total: 98, budgetScore: 10, rows: pExp({ 3: 18 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
    derivation: { 3: ['180', '200', '18'] } }, note: 'targets kept their sign: ≥95% met → 20; 180/200×20 = 18' },
  { id: 'P11', form: project(FULL_BUDGET(), pSwap({ 1: q('培训合格率', null, '≥95%', '%', 20, '90%', 18.95, QUALITY) }), 98.95),
    expected: { total: 98.95, budgetScore: 10, rows: pExp({ 1: 18.95 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 1: ['90', '95', '18.95'] } }, note: 'comparator null, ≥ in the value wins: 90/95×20 = 18.947 → 18.95' },
  { id: 'P12', form: project(FULL_BUDGET(), pSwap({ 2: q('培训投诉率', null, '≤5', '%', 10, '6%', 8, QUALITY) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 2: 8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['6', '5', '8'] } }, note: '反向 row read only from its ≤: (1 − 1/5)×10 = 8' },
  { id: 'P13', form: project(FULL_BUDGET(), pSwap({ 3: q('带动就业人数', null, '200', '人', 20, '190人', 19, EFFECT) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 3: 19 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 3: ['190', '200', '19'] } }, note: 'comparator null, bare number → `=` (as ≥): 190/200×20 = 19' },
  { id: 'P14', form: project(FULL_BUDGET(), pSwap({ 2: q('补贴发放时限', '<=', '≤3', '天', 10, '4天', 6.67, TIME) }), 96.67),
    expected: { total: 96.67, budgetScore: 10, rows: pExp({ 2: 6.67 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['4', '3', '6.67'] } }, note: '≤3 kept its sign: (1 − 1/3)×10 = 6.667 → 6.67' },
  // ---- `<=` with 0 / 无 / 未发生 ----
  { id: 'P15', form: project(FULL_BUDGET(), pSwap({ 2: q('安全责任事故次数', '<=', '0', '次', 10, '0', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'T = 0, A = 0 → 10' },
  { id: 'P16', form: project(FULL_BUDGET(), pSwap({ 2: q('安全责任事故次数', '<=', '0', '起', 10, '无', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '无 under T = 0 is 0 → 10' },
  { id: 'P17', form: project(FULL_BUDGET(), pSwap({ 2: q('培训投诉次数', '<=', '3', '次', 10, '未发生', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: '未发生 under ≤3 次: nothing happened, a count of 0 ≤ 3 → 10 (reading: 未发生 is 0 under any limit)' },
  { id: 'P18', form: project(FULL_BUDGET(), pSwap({ 2: q('安全责任事故次数', '<=', '0', '起', 10, '1起', 0, QUALITY) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: 'T = 0, A = 1 → 0; total 90 is 优 at the edge' },
  { id: 'P19', form: project(FULL_BUDGET(), pSwap({ 2: q('培训事故率', '<', '2', '%', 10, '0%', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '0% < 2% → 10' },
  // ---- weight 0 ----
  { id: 'P20', form: project(FULL_BUDGET(), [...pRows(), q('宣传报道次数', '>=', '5', '次', 0, '3次', 0)], 100),
    expected: { total: 100, budgetScore: 10, rows: [...P_FULL, 0], grade: '优', mismatch: false, noIssues: ['weight_missing', ...NOT_HAND] },
    note: 'weight 0: 3/5×0 = 0, computed; no weight is missing' },
  // ---- region policies ----
  { id: 'P21', policy: { grades: { excellent: 85, good: 75, pass: 60 } }, form: project(FULL_BUDGET(), pSwap({
    0: q('培训人次', '>=', '3000', '人次', 20, '2100人次', 14),
    1: q('培训合格率', '>=', '95', '%', 20, '76%', 16, QUALITY),
    3: q('带动就业人数', '>=', '200', '人', 20, '170人', 17, EFFECT) }), 87),
  expected: { total: 87, budgetScore: 10, rows: pExp({ 0: 14, 1: 16, 3: 17 }), grade: '优', mismatch: false },
  note: '14 + 16 + 17 + 10 + 20 + 10 = 87: 优 under cut-off 85 (良 by default)' },
  { id: 'P22', policy: { grades: { excellent: 85, good: 75, pass: 60 } }, form: project(budget(100, 100, 80, 8), pSwap({
    0: q('培训人次', '>=', '3000', '人次', 20, '1500人次', 10),
    1: q('培训合格率', '>=', '95', '%', 20, '57%', 12, QUALITY),
    3: q('带动就业人数', '>=', '200', '人', 20, '165人', 16.5, EFFECT),
    4: q('参训人员满意度', '>=', '90', '%', 20, '81%', 18, SATISFACTION) }), 74.5),
  expected: { total: 74.5, budgetScore: 8, rows: pExp({ 0: 10, 1: 12, 3: 16.5, 4: 18 }), grade: '中', mismatch: false },
  note: '8 + 10 + 12 + 10 + 16.5 + 18 = 74.5: 中 under 良 ≥ 75' },
  { id: 'P23', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: project(FULL_BUDGET(), pSwap({
    3: q('带动就业人数', '>=', '200', '人', 20, '300人', 20, EFFECT) }), 100),
  expected: { total: 94, budgetScore: 10, rows: pExp({ 3: 14 }), grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
  note: 'deduct θ 1.2: A/T = 1.5 → 20 × (1 − 0.3) = 14; the sheet 20 and 100 disagree' },
  { id: 'P24', policy: { overAchievement: 'explain', overAchievementThreshold: 1.5 }, form: project(FULL_BUDGET(), pSwap({
    0: q('培训人次', '>=', '3000', '人次', 20, '4500人次', 20) }), 100),
  expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] },
  note: 'explain θ 1.5: 4500 = 1.5 × 3000 with no reason → 20 and over_achievement_reason' },
  { id: 'P25', policy: { overAchievement: 'explain', overAchievementThreshold: 1.5 }, form: project(FULL_BUDGET(), pSwap({
    0: q('培训人次', '>=', '3000', '人次', 20, '4400人次', 20) }), 100),
  expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] },
  note: 'explain θ 1.5: 4400 < 4500 needs no reason' },
  { id: 'P26', policy: { budgetExecutionWeight: 20, weightTotals: { project_self_evaluation: 80 } }, form: project(budget(100, 100, 90, 18, 20), [
    q('培训人次', '>=', '3000', '人次', 20, '3050人次', 20),
    q('培训合格率', '>=', '95', '%', 20, '97%', 20, QUALITY),
    q('补助资金拨付及时率', '=', '100', '%', 10, '100%', 10, TIME),
    q('带动就业人数', '>=', '200', '人', 20, '210人', 20, EFFECT),
    q('参训人员满意度', '>=', '90', '%', 10, '93%', 10, SATISFACTION),
  ], 98),
  expected: { total: 98, budgetScore: 18, rows: [20, 20, 10, 20, 10], grade: '优', mismatch: false, noIssues: ['budget_weight'],
    derivation: { budget: ['90', '100', '18'] } }, note: 'budget weight 20: 0.9 × 20 = 18; rows 80' },
  { id: 'P27', policy: { budgetExecutionWeight: 15, weightTotals: { project_self_evaluation: 85 } }, form: project(budget(100, 100, 95, 14.25, 15), [
    q('培训人次', '>=', '3000', '人次', 20, '3050人次', 20),
    q('培训合格率', '>=', '95', '%', 20, '97%', 20, QUALITY),
    q('补助资金拨付及时率', '=', '100', '%', 10, '100%', 10, TIME),
    q('带动就业人数', '>=', '200', '人', 15, '210人', 15, EFFECT),
    q('参训人员满意度', '>=', '90', '%', 20, '93%', 20, SATISFACTION),
  ], 99.25),
  expected: { total: 99.25, budgetScore: 14.25, rows: [20, 20, 10, 15, 20], grade: '优', mismatch: false, noIssues: ['budget_weight'] },
  note: 'budget weight 15: 0.95 × 15 = 14.25' },
  // ---- two budget lines (年初 / 调整) ----
  { id: 'P28', form: project(budget(100, 80, 76, 9.5), pRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: false, derivation: { budget: ['76', '80', '9.5'] } },
    note: 'adjusted 80 (年初 100): 76/80 = 0.95 → 9.5' },
  { id: 'P29', form: project(budget(100, null, 95, 9.5), pRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: false }, note: 'no 调整 figure: 年初 100 is the budget → 9.5' },
  { id: 'P30', form: project(budget(80, 120, 100, 10), pRows(), 100),
    expected: { total: 98.33, budgetScore: 8.33, rows: P_FULL, grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'],
      derivation: { budget: ['100', '120', '8.33'] } }, note: 'adjusted up to 120: 100/120 → 8.33, not the sheet 10 taken on 年初 80' },
  { id: 'P31', form: project(budget(100, 100, 105, 10), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: 'executed above budget → 10' },
  // ---- the document's total with or without the budget score ----
  { id: 'P32', form: project(budget(100, 100, 95, 9.5), pRows(), 90),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: true, issues: ['total_mismatch'] },
    note: 'the 总分 90 leaves the budget 9.5 out: a mismatch' },
  { id: 'P33', form: project(budget(100, 100, 95, 9.5), pRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['total_mismatch'] }, note: 'the 总分 includes it' },
  // ---- qualitative: verbatim, paraphrase, other wording ----
  { id: 'P34', form: project(FULL_BUDGET(), pSwap({ 4: ql('参训人员反响', '达到预期', 20, '达到预期', null, SATISFACTION) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: '完成值 = 指标值 verbatim → 达成 → 20' },
  { id: 'P35', form: project(FULL_BUDGET(), pSwap({ 4: ql('参训人员反响', '达到预期', 20, '达到预期目标', null, SATISFACTION) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: 'a paraphrase containing the 指标值 → 达成 → 20' },
  { id: 'P36', form: project(FULL_BUDGET(), pSwap({ 3: ql('社会影响力', '明显提升', 20, '社会影响力明显提升', 17) }), 97),
    expected: { total: 97, budgetScore: 10, rows: pExp({ 3: 17 }), grade: '优', mismatch: false, noIssues: ['band'] },
    note: 'contains the 指标值: 达成, the sheet 17 is inside [16, 20] → kept' },
  { id: 'P37', form: project(FULL_BUDGET(), pSwap({ 3: ql('就业环境', '有效改善', 20, '有所改善', null) }), null),
    expected: { total: 80, budgetScore: 10, rows: pExp({ 3: null }), grade: '良', mismatch: false, issues: ['score_missing'] },
    note: 'another wording names no band and there is no score: null, score_missing' },
  { id: 'P38', form: project(FULL_BUDGET(), pSwap({ 4: ql('参训人员反响', '达到预期', 20, '达到预期', 12, SATISFACTION) }), 92),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'verbatim → 达成; the sheet 12 is outside [16, 20] → 20 and band' },
  // ---- `=` on dates and counts ----
  { id: 'P39', form: project(FULL_BUDGET(), pSwap({ 2: q('项目完成时间', '=', '2024年12月', null, 10, '2024年12月', 10, TIME) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= date met exactly → 10' },
  { id: 'P40', form: project(FULL_BUDGET(), pSwap({ 2: q('项目完成时间', '=', '12月底', null, 10, '11月25日', 10, TIME) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= date, done before it → 10' },
  { id: 'P41', form: project(FULL_BUDGET(), pSwap({ 2: q('配备专职人员', '=', '6', '人', 10, '5人', 8.33, QUALITY) }), 98.33),
    expected: { total: 98.33, budgetScore: 10, rows: pExp({ 2: 8.33 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 2: ['5', '6', '8.33'] } }, note: '= 6 人 with 5: 5/6×10 = 8.333 → 8.33' },
  { id: 'P42', form: project(FULL_BUDGET(), pSwap({ 2: q('配备专职人员', '=', '6', '人', 10, '7人', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= as ≥: 7 over 6 → 10' },
  { id: 'P43', form: project(FULL_BUDGET(), pSwap({ 2: q('安全事故', '=', '0', '起', 10, '1起', 0, QUALITY) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= 0 all or nothing: 1 → 0' },
];

const departmentSheets: HeldOutSheet3[] = [
  { id: 'D01', form: department(dRows(), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['budget_missing', ...NOT_HAND] }, note: 'all met on the 2021 tree' },
  { id: 'D02', form: department(dSwap({ 0: q('部门预算执行率', '>=', '95', '%', 15, '８７．５％', 13.82, DL('过程', '预算执行')) }), 98.82),
    expected: { total: 98.82, budgetScore: null, rows: dExp({ 0: 13.82 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 0: ['87.5', '95', '13.82'] } }, note: '预算执行率 row, full-width: 87.5/95×15 = 13.816 → 13.82' },
  { id: 'D03', form: department([...dRows(), row({ name: '审计发现问题', level1: '扣分项', weight: 5, score: 2 })], 98),
    expected: { total: 98, budgetScore: null, rows: [...D_FULL, -2], hand: [7], grade: '优', mismatch: false }, note: '扣分项 written 2 takes off 2' },
  { id: 'D04', form: department([
    ...dRows().slice(0, 4),
    row({ name: '（1）完成上级交办事项', level1: '产出', level2: '职责履行' }),
    row({ name: '（2）完成年度重点改革任务', level1: '产出', level2: '职责履行' }),
    ...dRows().slice(4),
    row({ name: '违反财经纪律', level1: '扣分项', weight: 5, score: -2 }),
  ], 98),
  expected: { total: 98, budgetScore: null, rows: [15, 10, 10, 25, null, null, 10, 15, 15, -2], hand: [9], grade: '优', mismatch: false, noIssues: ['weight_missing'] },
  note: 'sub-items with neither 分值 nor 得分: null, no issue; 扣分项 −2' },
  { id: 'D05', form: department([...dRows(), row({ name: '审计发现问题', level1: '扣分项', weight: 5, score: -7 })], 93),
    expected: { total: 95, budgetScore: null, rows: [...D_FULL, -5], hand: [7], grade: '优', mismatch: true }, note: '扣分项 −7 floored at −5' },
  { id: 'D06', form: department([...dRows(), row({ name: '合计', weight: 100, score: 100 })], 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false }, note: 'a 合计 row is not added' },
  { id: 'D07', form: department(pRows(), 98.5),
    expected: { total: 98.5, budgetScore: 8.5, rows: P_FULL, grade: '优', mismatch: false, issues: ['budget_missing'] },
    note: 'rows weigh 90, 总分 98.5 above them: the budget line outside the rows is 8.5' },
  { id: 'D08', form: department(pRows(), 90),
    expected: { total: 90, budgetScore: 0, rows: P_FULL, grade: '优', mismatch: false, issues: ['budget_missing'] },
    note: 'rows weigh 90 and the 总分 is theirs. RE-READ after step 2: first expected no budget line (budget null); the README decision ("a sheet laid out like a project one … has its 预算执行 score outside the rows … taken as the sheet\'s 总分 less the rows\' scores when it lies within [0, 10]") makes it 90 − 90 = 0, flagged budget_missing' },
  { id: 'D09', form: department(dSwap({ 4: q('违纪违规问题', '<=', '0', '个', 10, '未发生', 10, DL('产出', '职责履行')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '未发生 under ≤0 → 10' },
  { id: 'D10', form: department(dSwap({ 4: q('政务服务事项办理时限', '<=', '5', '个工作日', 10, '6个工作日', 8, DL('产出', '职责履行')) }), 98),
    expected: { total: 98, budgetScore: null, rows: dExp({ 4: 8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'],
      derivation: { 4: ['6', '5', '8'] } }, note: '(1 − 1/5)×10 = 8' },
  { id: 'D11', policy: { grades: { excellent: 95, good: 85, pass: 70 } }, form: department(dSwap({
    3: q('重点工作任务完成率', '>=', '95', '%', 25, '76%', 20, DL('产出', '职责履行')),
    6: q('服务对象满意度', '>=', '90', '%', 15, '84%', 14, DL('效果', '满意度')) }), 94),
  expected: { total: 94, budgetScore: null, rows: dExp({ 3: 20, 6: 14 }), grade: '良', mismatch: false },
  note: '76/95×25 = 20, 84/90×15 = 14: 94 is 良 under 优 ≥ 95' },
  { id: 'D12', form: department(dSwap({ 2: q('“三公”经费支出', '<=', '≤50', '万元', 10, '456,000元', 10, DL('过程', '预算管理')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND], derivation: { 2: ['45.6', '50'] } },
    note: '456,000元 under 万元 is 45.6 ≤ 50 → 10' },
  { id: 'D13', form: department(dSwap({ 5: ql('市场秩序', '显著提升', 15, '显著提升', null, DL('效果', '履职效益')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false }, note: 'verbatim, no score → 达成 → 15' },
  { id: 'D14', form: department(dSwap({ 5: ql('市场秩序', '显著提升', 15, '基本实现', 10, DL('效果', '履职效益')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 5: 10 }), grade: '优', mismatch: false, noIssues: ['band'] },
    note: '基本实现 → 部分达成 [9, 12): the sheet 10 kept' },
  { id: 'D15', form: department(dSwap({ 4: row({ level1: '产出', level2: '职责履行', name: '制度建设', weight: 10, method: '制度健全得10分，每缺一项扣2分', score: 8 }) }), 98),
    expected: { total: 98, budgetScore: null, rows: dExp({ 4: 8 }), hand: [4], grade: '优', mismatch: false, issues: ['manual_score'] },
    note: 'scored by its 评分说明, no target: the sheet 8 kept by hand' },
  { id: 'D16', form: department(dSwap({ 0: q('部门预算执行率', '=', '100', '%', 15, '98.36%', 14.75, DL('过程', '预算执行')) }), 99.75),
    expected: { total: 99.75, budgetScore: null, rows: dExp({ 0: 14.75 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '= 100%: 98.36/100×15 = 14.754 → 14.75' },
  { id: 'D17', form: department(dSwap({ 0: q('部门预算执行率', '>=', '100', '%', 15, '执行率96.5%', 14.48, DL('过程', '预算执行')) }), 99.48),
    expected: { total: 99.48, budgetScore: null, rows: dExp({ 0: 14.48 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '96.5/100×15 = 14.475 → 14.48 half up in decimal' },
  { id: 'D18', form: department(dSwap({ 1: q('结转结余率', null, '≤10%', '%', 10, '１２％', 8, DL('过程', '预算执行')) }), 98),
    expected: { total: 98, budgetScore: null, rows: dExp({ 1: 8 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: '反向 row, comparator from the ≤ in the value, full-width 12%: (1 − 2/10)×10 = 8' },
];

export const HELD_OUT_SHEETS_SET_5: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
