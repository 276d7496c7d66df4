import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 7 (session 14): WHOLE self-evaluation sheets, each computed BY HAND from rules.md §3 (and the
 * README "Decisions") before any code under scoring/ or values/ was read. One project tree (居家养老服务补贴, weights
 * 20 + 15 + 12.5 + 12.5 + 15 + 15) and one department tree (weights 10 + 5 + 5 + 20 + 15 + 10 + 15 + 20) with every
 * comparator branch: `>` and `<` at and past their limits, `<=` just under, at and over 2T, T = 0 under each
 * comparator, negative actuals under `>=`, `<=` and a T = 0 floor, `=` below and above, qualitative scores on the band
 * edges (0.8w, 0.6w, just under them), the three over-achievement policies (threshold met, under it, a reason given, a
 * deduction past the whole weight), decimal weights, half-up rounding, budgets and grade cut-offs under a policy. A
 * data table, so longer than the house limit on purpose. Harness: ../held-out-sheets.test.ts (measure-sheets.ts).
 *
 * How §3 was read where it is silent (each sheet's note repeats the reading it relies on; sets 3 and 6 read the same):
 * - `>` as `>=` (§3 groups them: A ≥ T → w), so `>` at A = T, and `>` 0 with A = 0, earn w; `<` as `<=`.
 * - T = 0: `<=` / `<` A ≤ 0 → w, else 0; `=` all or nothing; `>=` any A ≥ 0 → w (set 3), a negative A counting as 0.
 * - Qualitative bands: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w): a score on the lower edge is inside,
 *   one on the upper edge of 部分达成 / 未达成 is outside (takes the band default and `band`).
 * - `explain`: A ≥ 1.3T (or the policy's threshold) needs a reason; a reason in the row's 偏差原因 column is that reason.
 * - `deduct`: A/T > θ → w × (1 − (A/T − θ)), never below 0 (README: every row keeps 0 ≤ score ≤ weight).
 * - Rounding half up on the decimal value; the total is the sum of the rounded parts.
 *
 * First measured, before the scoring code was read or changed (2026-11-23 18:00 UTC), 55 sheets (40 project, 15
 * department): 54/55 sheets agree in every item; per item: total 54/55, budget_score 55/55, row scores 54/55, grade
 * 55/55, mismatch 54/55, expected issues 55/55, derivation text 55/55. The one miss, B14, was a label against the
 * README, not a fault of the code: 一般性支出压减率 names a decrease, and the README reads −2% under such a name as a
 * decrease of 2 (…下降率); the label had counted it as a negative actual (0). Re-labelled (see B14's note): 55/55, every
 * item 55/55, with no change to the scoring code.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(500, 500, 500, 10);
const FORMS = sheetForms('甘肃省天水市秦州区民政局', '居家养老服务补贴', '吉林省延边朝鲜族自治州审计局');

/** Project rows weighing 90 (20 + 15 + 12.5 + 12.5 + 15 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('居家养老服务人次', '>=', '12000', '人次', 20, '12600人次', 20),
    q('服务质量合格率', '>=', '95', '%', 15, '97%', 15, QUALITY),
    q('补贴发放时限', '<=', '15', '天', 12.5, '12天', 12.5, TIME),
    q('人均服务成本', '<=', '800', '元', 12.5, '760元', 12.5, COST),
    ql('老年人生活质量', '有效改善', 15, '有效改善', 15),
    q('服务对象满意度', '>=', '90', '%', 15, '94%', 15, SATISFACTION),
  ];
}
const P_FULL = [20, 15, 12.5, 12.5, 15, 15];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const life = (actual: string | null, score: number | null): Indicator => ql('老年人生活质量', '有效改善', 15, actual, score);
const visits = (cmp: '>=' | '=', actual: string, score: number | null, extra: Partial<Indicator> = {}): Indicator =>
  q('居家养老服务人次', cmp, '12000', '人次', 20, actual, score, extra);

/** Department rows weighing 100 (10 + 5 + 5 + 20 + 15 + 10 + 15 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '96.3%', 10, DL('部门管理', '预算执行')),
    q('“三公”经费控制率', '<=', '100', '%', 5, '92%', 5, DL('部门管理', '预算执行')),
    q('政府采购执行率', '=', '100', '%', 5, '100%', 5, DL('部门管理', '采购管理')),
    q('重点工作任务完成数', '>=', '8', '项', 20, '8项', 20, DL('履职效能', '重点工作')),
    q('信访事项按期办结率', '>=', '98', '%', 15, '99%', 15, DL('履职效能', '依法行政')),
    q('行政复议被纠错案件数', '<=', '2', '件', 10, '1件', 10, DL('履职效能', '依法行政')),
    ql('社会治理水平', '明显提升', 15, '明显提升', 15, DL('社会效应', '社会效益')),
    q('服务对象满意度', '>=', '90', '%', 20, '93%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 5, 5, 20, 15, 10, 15, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'A01', form: project(FULL(), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch', 'band'] }, note: 'all met' },
  // ---- `>` and `<` at and past their limits ----
  { id: 'A02', form: project(FULL(), pSwap({ 1: q('服务质量合格率', '>', '95', '%', 15, '95%', 15, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] },
    note: 'reading: §3 groups > with >=, A = T → 15' },
  { id: 'A03', form: project(FULL(), pSwap({ 1: q('服务质量合格率', '>', '95', '%', 15, '90%', 14.21, QUALITY) }), 99.21),
    expected: { total: 99.21, budgetScore: 10, rows: pExp({ 1: 14.21 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'],
      derivation: { 1: ['90', '95', '14.21'] } }, note: '90/95×15 = 14.2105 → 14.21' },
  { id: 'A04', form: project(FULL(), pSwap({ 2: q('补贴发放时限', '<', '15', '天', 12.5, '15天', 12.5, TIME) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'reading: < as <=, A = T → 12.5' },
  { id: 'A05', form: project(FULL(), pSwap({ 2: q('补贴发放时限', '<', '15', '天', 12.5, '18天', 10, TIME) }), 97.5),
    expected: { total: 97.5, budgetScore: 10, rows: pExp({ 2: 10 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '(1 − 3/15)×12.5 = 10' },
  // ---- `<=` near and past 2T ----
  { id: 'A06', form: project(FULL(), pSwap({ 2: q('补贴发放时限', '<=', '15', '天', 12.5, '29天', 0.83, TIME) }), 88.33),
    expected: { total: 88.33, budgetScore: 10, rows: pExp({ 2: 0.83 }), grade: '良', mismatch: false, noIssues: ['score_mismatch'],
      derivation: { 2: ['29', '15', '0.83'] } }, note: 'just under 2T: (1 − 14/15)×12.5 = 0.833 → 0.83; 88.33 → 良' },
  { id: 'A07', form: project(FULL(), pSwap({ 2: q('补贴发放时限', '<=', '15', '天', 12.5, '30天', 0, TIME) }), 87.5),
    expected: { total: 87.5, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '良', mismatch: false, noIssues: ['score_mismatch'] }, note: 'A = 2T → 0' },
  { id: 'A08', form: project(FULL(), pSwap({ 3: q('人均服务成本', '<=', '800', '元', 12.5, '1700元', 2, COST) }), 89.5),
    expected: { total: 87.5, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '良', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
    note: 'A > 2T → 0; the sheet wrote 2' },
  // ---- T = 0 under each comparator ----
  { id: 'A09', form: project(FULL(), pSwap({ 3: q('安全责任事故', '<=', '0', '起', 12.5, '0起', 12.5, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= 0, A = 0 → 12.5' },
  { id: 'A10', form: project(FULL(), pSwap({ 3: q('安全责任事故', '<=', '0', '起', 12.5, '1起', 0, QUALITY) }), 87.5),
    expected: { total: 87.5, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '良', mismatch: false }, note: '<= 0, A = 1 → 0' },
  { id: 'A11', form: project(FULL(), pSwap({ 3: q('安全责任事故', '<', '0', '起', 12.5, '0起', 12.5, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '< 0, A = 0: A ≤ 0 → 12.5' },
  { id: 'A12', form: project(FULL(), pSwap({ 0: q('新增投诉办结数', '>=', '0', '件', 20, '3件', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '>= 0 with 3 → 20' },
  { id: 'A13', form: project(FULL(), pSwap({ 0: q('违规问题整改数', '>', '0', '个', 20, '0个', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'reading: > 0 with 0: §3 writes A ≥ T → w for > as for >=' },
  { id: 'A14', form: project(FULL(), pSwap({ 2: q('服务安全事故', '=', '0', '起', 12.5, '0起', 12.5, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= 0 with 0 → 12.5' },
  { id: 'A15', form: project(FULL(), pSwap({ 2: q('服务安全事故', '=', '0', '起', 12.5, '2起', 0, QUALITY) }), 87.5),
    expected: { total: 87.5, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '良', mismatch: false }, note: '= 0 with 2: all or nothing → 0' },
  // ---- `=` below and above ----
  { id: 'A16', form: project(FULL(), pSwap({ 1: q('服务质量合格率', '=', '100', '%', 15, '96%', 14.4, QUALITY) }), 99.4),
    expected: { total: 99.4, budgetScore: 10, rows: pExp({ 1: 14.4 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '= as >=: 96/100×15 = 14.4' },
  { id: 'A17', form: project(FULL(), pSwap({ 0: visits('=', '13000人次', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason', 'score_mismatch'] },
    note: '= above the target, policy none → 20' },
  // ---- negative actuals ----
  { id: 'A18', form: project(FULL(), pSwap({ 1: q('老年人收入增长率', '>=', '5', '%', 15, '-2%', 0, EFFECT) }), 85),
    expected: { total: 85, budgetScore: 10, rows: pExp({ 1: 0 }), grade: '良', mismatch: false, noIssues: [...NOT_HAND] }, note: 'A < 0 counts as 0 → 0' },
  { id: 'A19', form: project(FULL(), pSwap({ 3: q('人均服务成本增长率', '<=', '3', '%', 12.5, '-1.5%', 12.5, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= with A < 0 (0) → met' },
  { id: 'A20', form: project(FULL(), pSwap({ 1: q('结余资金增长率', '>=', '0', '%', 15, '-1%', 15, EFFECT) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] },
    note: 'set 3 reading: >= 0 with A < 0 (counts as 0) → met' },
  // ---- qualitative band edges ----
  { id: 'A21', form: project(FULL(), pSwap({ 4: life('达成', 12) }), 97),
    expected: { total: 97, budgetScore: 10, rows: pExp({ 4: 12 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '达成 at 0.8w = 12: inside, kept' },
  { id: 'A22', form: project(FULL(), pSwap({ 4: life('部分达成', 12) }), 97),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 4: 10.5 }), grade: '优', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '部分达成 at 12 = 0.8w: outside [9, 12) → 10.5, band' },
  { id: 'A23', form: project(FULL(), pSwap({ 4: life('部分达成', 9) }), 94),
    expected: { total: 94, budgetScore: 10, rows: pExp({ 4: 9 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '部分达成 at 0.6w = 9: inside, kept' },
  { id: 'A24', form: project(FULL(), pSwap({ 4: life('未达成', 9) }), 94),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 4: 4.5 }), grade: '良', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '未达成 at 9 = 0.6w: outside [0, 9) → 4.5, band' },
  { id: 'A25', form: project(FULL(), pSwap({ 4: life('未达成', 8.99) }), 93.99),
    expected: { total: 93.99, budgetScore: 10, rows: pExp({ 4: 8.99 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '未达成 at 8.99: inside, kept' },
  { id: 'A26', form: project(FULL(), pSwap({ 4: life('达成', 11.99) }), 96.99),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '达成 at 11.99: outside [12, 15] → 15, band' },
  { id: 'A27', choices: { 4: '部分达成' }, form: project(FULL(), pSwap({ 4: life(null, null) }), null),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 4: 10.5 }), grade: '优', mismatch: false }, note: 'the pick 部分达成, no score → 10.5' },
  // ---- over-achievement ----
  { id: 'A28', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: visits('>=', '15600人次', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] },
    note: 'explain: 15600 = 1.3T needs a reason' },
  { id: 'A29', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: visits('>=', '15600人次', 20, { reason: '新增两个社区服务站，服务量超出预期' }) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] },
    note: 'reading: the reason column gives the reason asked for' },
  { id: 'A30', policy: { overAchievement: 'explain', overAchievementThreshold: 1.5 }, form: project(FULL(), pSwap({ 0: visits('>=', '16800人次', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] },
    note: 'explain with threshold 1.5: 1.4T needs none' },
  { id: 'A31', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: visits('>=', '18000人次', 20) }), 100),
    expected: { total: 96, budgetScore: 10, rows: pExp({ 0: 16 }), grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
    note: 'deduct θ 1.3: 1.5T → 20×(1 − 0.2) = 16' },
  { id: 'A32', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: project(FULL(), pSwap({ 0: visits('=', '15000人次', 19) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 0: 19 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'deduct θ 1.2 on `=`: 1.25T → 20×0.95 = 19 (base rows 1.02T and 1.04T stay)' },
  { id: 'A33', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: visits('>=', '36000人次', 0) }), 80),
    expected: { total: 80, budgetScore: 10, rows: pExp({ 0: 0 }), grade: '良', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'reading: deduct θ 1.3 at 3T → 1 − 1.7 < 0, floored at 0' },
  // ---- decimals, rounding, budget ----
  { id: 'A34', form: project(FULL(), pSwap({ 1: q('服务质量合格率', '>=', '95', '%', 15, '93.3%', 14.73, QUALITY), 5: q('服务对象满意度', '>=', '90', '%', 15, '88.5%', 14.75, SATISFACTION) }), 99.48),
    expected: { total: 99.48, budgetScore: 10, rows: pExp({ 1: 14.73, 5: 14.75 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '93.3/95×15 = 14.7316 → 14.73; 88.5/90×15 = 14.75' },
  { id: 'A35', form: project(FULL(), pSwap({ 3: q('人均服务成本', '<=', '800', '元', 12.5, '802.88元', 12.46, COST) }), 99.96),
    expected: { total: 99.96, budgetScore: 10, rows: pExp({ 3: 12.46 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: '(1 − 2.88/800)×12.5 = 12.455 → 12.46 (half up)' },
  { id: 'A36', form: project(budgetOf(500, 500, 472.35, 9.45), pRows(), 99.45),
    expected: { total: 99.45, budgetScore: 9.45, rows: P_FULL, grade: '优', mismatch: false, derivation: { budget: ['472.35', '500', '9.45'] } },
    note: 'budget 472.35/500×10 = 9.447 → 9.45' },
  { id: 'A37', form: project(budgetOf(500, 500, 0, 0), pRows(), 90),
    expected: { total: 90, budgetScore: 0, rows: P_FULL, grade: '优', mismatch: false }, note: 'nothing spent → 0; 90 is 优' },
  { id: 'A38', form: project(budgetOf(520, 500, 472.35, 9.45), pSwap({ 1: q('服务质量合格率', '>=', '95', '%', 15, '93.3%', 14.73, QUALITY), 5: q('服务对象满意度', '>=', '90', '%', 15, '88.5%', 14.75, SATISFACTION) }), 98.93),
    expected: { total: 98.93, budgetScore: 9.45, rows: pExp({ 1: 14.73, 5: 14.75 }), grade: '优', mismatch: false },
    note: 'the adjusted 500 is the budget; total = sum of rounded parts 9.45 + 20 + 14.73 + 12.5 + 12.5 + 15 + 14.75 = 98.93' },
  { id: 'A39', policy: { grades: { excellent: 85, good: 75, pass: 60 } }, form: project(FULL(), pSwap({ 2: q('补贴发放时限', '<=', '15', '天', 12.5, '30天', 0, TIME) }), 87.5),
    expected: { total: 87.5, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false }, note: '87.5 under 优 ≥ 85 → 优' },
  { id: 'A40', form: project(FULL(), pSwap({ 0: visits('>=', '1.08万人次', 18) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 0: 18 }), grade: '优', mismatch: false, noIssues: ['score_mismatch', ...NOT_HAND],
      derivation: { 0: ['10800', '12000', '18'] } }, note: '1.08万人次 under 人次 is 10800: 10800/12000×20 = 18' },
];

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'B01', form: department(dRows(), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['budget_missing', ...NOT_HAND, 'score_mismatch'] }, note: 'all met' },
  { id: 'B02', form: department(dSwap({ 0: q('部门预算执行率', '>=', '95', '%', 10, '88.4%', 9.31, DL('部门管理', '预算执行')) }), 99.31),
    expected: { total: 99.31, budgetScore: null, rows: dExp({ 0: 9.31 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '88.4/95×10 = 9.305 → 9.31' },
  { id: 'B03', form: department(dSwap({ 1: q('“三公”经费控制率', '<=', '100', '%', 5, '130%', 3.5, DL('部门管理', '预算执行')) }), 98.5),
    expected: { total: 98.5, budgetScore: null, rows: dExp({ 1: 3.5 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 30/100)×5 = 3.5' },
  { id: 'B04', form: department(dSwap({ 5: q('行政复议被纠错案件数', '<=', '2', '件', 10, '4件', 0, DL('履职效能', '依法行政')) }), 90),
    expected: { total: 90, budgetScore: null, rows: dExp({ 5: 0 }), grade: '优', mismatch: false }, note: 'A = 2T → 0' },
  { id: 'B05', form: department(dSwap({ 5: q('行政复议被纠错案件数', '<=', '2', '件', 10, '3件', 5, DL('履职效能', '依法行政')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 5: 5 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 1/2)×10 = 5' },
  { id: 'B06', form: department(dSwap({ 3: q('重点工作任务完成数', '>', '8', '项', 20, '6项', 15, DL('履职效能', '重点工作')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 3: 15 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '> 8 with 6: 6/8×20 = 15' },
  { id: 'B07', form: department(dSwap({ 2: q('政府采购执行率', '=', '100', '%', 5, '0%', 0, DL('部门管理', '采购管理')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 2: 0 }), grade: '优', mismatch: false }, note: '= 100 with 0 → 0' },
  { id: 'B08', form: department(dSwap({ 6: ql('社会治理水平', '明显提升', 15, '部分达成', 10.5, DL('社会效应', '社会效益')) }), 95.5),
    expected: { total: 95.5, budgetScore: null, rows: dExp({ 6: 10.5 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '部分达成 10.5 inside [9, 12), kept' },
  { id: 'B09', form: department(dSwap({ 6: ql('社会治理水平', '明显提升', 15, '达成', 12, DL('社会效应', '社会效益')) }), 97),
    expected: { total: 97, budgetScore: null, rows: dExp({ 6: 12 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '达成 at 0.8w, kept' },
  { id: 'B10', form: department([...dRows(), row({ name: '审计发现问题', level1: '扣分项', weight: 5, score: -2 })], 98),
    expected: { total: 98, budgetScore: null, rows: [...D_FULL, -2], hand: [8], grade: '优', mismatch: false }, note: '扣分项 −2' },
  { id: 'B11', form: department([...dRows(), row({ name: '审计发现问题', level1: '扣分项', weight: 5, score: 2 })], 98),
    expected: { total: 98, budgetScore: null, rows: [...D_FULL, -2], hand: [8], grade: '优', mismatch: false }, note: '扣分项 written 2 takes off 2 (README)' },
  { id: 'B12', policy: { overAchievement: 'deduct' }, form: department(dSwap({ 3: q('重点工作任务完成数', '>=', '8', '项', 20, '12项', 20, DL('履职效能', '重点工作')) }), 100),
    expected: { total: 96, budgetScore: null, rows: dExp({ 3: 16 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 16' },
  { id: 'B13', form: department(dSwap({ 5: q('行政复议被纠错案件数', '<=', '0', '件', 10, '0件', 10, DL('履职效能', '依法行政')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= 0 with 0 → 10' },
  { id: 'B14', form: department(dSwap({ 1: q('一般性支出压减率', '>=', '5', '%', 5, '-2%', 0, DL('部门管理', '预算执行')) }), 95),
    expected: { total: 97, budgetScore: null, rows: dExp({ 1: 2 }), grade: '优', mismatch: true, issues: ['score_mismatch'], noIssues: [...NOT_HAND] },
    note: 'RE-LABELLED after the first run (was 0, total 95, "A < 0 counts as 0"): 压减率 names a decrease, and the README reads −2% under such a name (…下降率) as a decrease of 2: 2/5×5 = 2; the sheet wrote 0 and 95' },
  { id: 'B15', policy: { grades: { excellent: 95, good: 85, pass: 70 } }, form: department(dSwap({ 5: q('行政复议被纠错案件数', '<=', '2', '件', 10, '3件', 5, DL('履职效能', '依法行政')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 5: 5 }), grade: '优', mismatch: false }, note: '95 under 优 ≥ 95 → 优' },
];

export const HELD_OUT_SHEETS_SET_7: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
