import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, NOT_HAND, q, ql, QUALITY, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 8 (session 15): WHOLE self-evaluation sheets, each computed BY HAND from rules.md §3 and the
 * README "Decisions" before any code under scoring/ or values/ was read. One project tree (农村饮水安全工程, weights
 * 25 + 15 + 10 + 10 + 15 + 15) and one department tree (10 + 10 + 20 + 20 + 10 + 10 + 20), with unusual inputs under
 * every §3 branch: T = 0 with 完成值 in words (未发生, 无), negative actuals under `>=`, `<=`, a T = 0 floor and a
 * signed target, `<=` at, past and just under 2T, band edges and band words, the three over-achievement policies
 * (one on the threshold, one past the whole weight), 完成值 in words and Chinese numerals, a percent actual under a
 * count target and a count under a rate, .xx5 and float rounding, budgets over-spent or with only 年初, every grade.
 * A data table, so longer than the house limit on purpose. Harness: ../held-out-sheets.test.ts (measure-sheets.ts).
 *
 * Readings relied on (sets 3–7 read the same): `>` as `>=`, `<` as `<=`; T = 0 under `>=` met by any A ≥ 0; a band's
 * lower edge inside, its upper edge (部分达成 / 未达成) outside; a score outside its band takes the band default;
 * `deduct`: A/T > θ → w × (1 − (A/T − θ)); a row scored by hand keeps the sheet's score within [0, w].
 *
 * First measured, before the scoring code was read or changed (2026-11-23 21:11 UTC), 49 sheets (36 project, 13
 * department): 49/49 sheets agree in every item (total, budget_score, row scores, grade, mismatch, issues, derivation
 * 49/49 each). No label was re-read; the values fixes of session 15 left every sheet as it was.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(800, 800, 800, 10);
const FORMS = sheetForms('云南省红河哈尼族彝族自治州水务局', '农村饮水安全巩固提升工程', '黑龙江省齐齐哈尔市统计局');

/** Project rows weighing 90 (25 + 15 + 10 + 10 + 15 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('新建集中供水工程数', '>=', '12', '处', 25, '12处', 25),
    q('水质检测合格率', '>=', '95', '%', 15, '97.2%', 15, QUALITY),
    q('工程完工时限', '<=', '10', '个月', 10, '9个月', 10, TIME),
    q('单位供水成本', '<=', '2.5', '元/吨', 10, '2.3元/吨', 10, COST),
    ql('农村饮水安全保障水平', '明显提升', 15, '明显提升', 15),
    q('受益群众满意度', '>=', '90', '%', 15, '93%', 15, SATISFACTION),
  ];
}
const P_FULL = [25, 15, 10, 10, 15, 15];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const works = (actual: string, score: number | null, extra: Partial<Indicator> = {}): Indicator => q('新建集中供水工程数', '>=', '12', '处', 25, actual, score, extra);
const months = (actual: string, score: number | null): Indicator => q('工程完工时限', '<=', '10', '个月', 10, actual, score, TIME);
const water = (actual: string | null, score: number | null): Indicator => ql('农村饮水安全保障水平', '明显提升', 15, actual, score);

/** Department rows weighing 100 (10 + 10 + 20 + 20 + 10 + 10 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '97%', 10, DL('部门管理', '预算执行')),
    q('结转结余率', '<=', '5', '%', 10, '3%', 10, DL('部门管理', '预算执行')),
    q('重点统计调查任务完成数', '>=', '10', '项', 20, '10项', 20, DL('履职效能', '重点工作')),
    q('统计执法案件按期办结率', '>=', '98', '%', 20, '99%', 20, DL('履职效能', '依法行政')),
    q('数据安全事故', '<=', '0', '起', 10, '0起', 10, DL('履职效能', '安全管理')),
    ql('社会公众评价', '良好', 10, '良好', 10, DL('社会效应', '社会效益')),
    q('服务对象满意度', '>=', '90', '%', 20, '95%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 10, 20, 20, 10, 10, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const tasks = (actual: string, score: number | null, extra: Partial<Indicator> = {}): Indicator =>
  q('重点统计调查任务完成数', '>=', '10', '项', 20, actual, score, { ...DL('履职效能', '重点工作'), ...extra });

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'C01', form: project(FULL(), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch', 'band'] }, note: 'all met' },
  // ---- T = 0 ----
  { id: 'C02', form: project(FULL(), pSwap({ 3: q('水污染事件', '<=', '0', '起', 10, '未发生', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 未发生 under T = 0 reads 0 → 10' },
  { id: 'C03', form: project(FULL(), pSwap({ 3: q('水污染事件', '<', '0', '起', 10, '2起', 0, QUALITY) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '< 0 with 2 → 0; 90 is 优' },
  { id: 'C04', form: project(FULL(), pSwap({ 3: q('水污染事件', '=', '0', '起', 10, '无', 10, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 无 under T = 0 reads 0; = 0 all or nothing → 10' },
  { id: 'C05', form: project(FULL(), pSwap({ 0: q('水质投诉整改完成数', '>=', '0', '件', 25, '0件', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '>= 0 with 0 → 25' },
  // ---- negative actuals and a signed target ----
  { id: 'C06', form: project(FULL(), pSwap({ 1: q('水质达标率增长', '>=', '2', '%', 15, '-1.5%', 0, QUALITY) }), 85),
    expected: { total: 85, budgetScore: 10, rows: pExp({ 1: 0 }), grade: '良', mismatch: false, noIssues: [...NOT_HAND] }, note: 'A < 0 counts as 0 → 0' },
  { id: 'C07', form: project(FULL(), pSwap({ 3: q('单位供水成本增长率', '<=', '2', '%', 10, '-3%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= with A < 0 (0) → met' },
  { id: 'C08', form: project(FULL(), pSwap({ 3: q('供水成本超支率', '<=', '0', '%', 10, '-2%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '<= 0 with A < 0 (counts as 0) → 10' },
  { id: 'C09', form: project(FULL(), pSwap({ 3: q('单位供水能耗变化率', '<=', '-5', '%', 10, '-6%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: a signed target compared as written, met → 10' },
  { id: 'C10', form: project(FULL(), pSwap({ 3: q('单位供水能耗变化率', '<=', '-5', '%', 10, '-3%', 6, COST) }), 96),
    expected: { total: 96, budgetScore: 10, rows: pExp({ 3: 6 }), hand: [3], grade: '优', mismatch: false }, note: 'README: a signed target missed → by hand, the sheet’s 6 kept' },
  // ---- `<=` at, past and under 2T ----
  { id: 'C11', form: project(FULL(), pSwap({ 2: months('20个月', 0) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: false }, note: 'A = 2T → 0' },
  { id: 'C12', form: project(FULL(), pSwap({ 2: months('25个月', 5) }), 95),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 2: 0 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: 'A > 2T → 0; the sheet wrote 5' },
  { id: 'C13', form: project(FULL(), pSwap({ 2: months('19.5个月', 0.5) }), 90.5),
    expected: { total: 90.5, budgetScore: 10, rows: pExp({ 2: 0.5 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 9.5/10)×10 = 0.5' },
  { id: 'C14', form: project(FULL(), pSwap({ 3: q('单位供水成本', '<=', '2.5', '元/吨', 10, '3.1元/吨', 7.6, COST) }), 97.6),
    expected: { total: 97.6, budgetScore: 10, rows: pExp({ 3: 7.6 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'], derivation: { 3: ['3.1', '2.5', '7.6'] } },
    note: '(1 − 0.6/2.5)×10 = 7.6' },
  // ---- bands ----
  { id: 'C15', form: project(FULL(), pSwap({ 4: water('部分达成', 10) }), 95),
    expected: { total: 95, budgetScore: 10, rows: pExp({ 4: 10 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '部分达成 10 inside [9, 12)' },
  { id: 'C16', form: project(FULL(), pSwap({ 4: water('未完成', 12) }), 97),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 4: 4.5 }), grade: '良', mismatch: true, issues: ['band'] }, note: 'README: 未完成 names 未达成; 12 outside [0, 9) → 4.5' },
  { id: 'C17', choices: { 4: '未达成' }, form: project(FULL(), pSwap({ 4: water(null, null) }), null),
    expected: { total: 89.5, budgetScore: 10, rows: pExp({ 4: 4.5 }), grade: '良', mismatch: false }, note: 'the pick 未达成, no score → 0.3w = 4.5' },
  { id: 'C18', form: project(FULL(), pSwap({ 4: water('达成', 15.5) }), 100.5),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: true, issues: ['band'] }, note: '达成 15.5 above w → outside [12, 15] → 15' },
  // ---- over-achievement ----
  { id: 'C19', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: works('16处', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: 16/12 = 1.33 ≥ 1.3' },
  { id: 'C20', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: works('15处', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] }, note: 'explain: 1.25 < 1.3' },
  { id: 'C21', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: works('18处', 25) }), 100),
    expected: { total: 95, budgetScore: 10, rows: pExp({ 0: 20 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 25×0.8 = 20' },
  { id: 'C22', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.1 }, form: project(FULL(), pSwap({ 0: works('14处', 23.33) }), 98.33),
    expected: { total: 98.33, budgetScore: 10, rows: pExp({ 0: 23.33 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] },
    note: 'deduct θ 1.1: 14/12 = 1.1667 → 25×(1 − 0.0667) = 23.333 → 23.33 (other rows ≤ 1.1T)' },
  { id: 'C23', form: project(FULL(), pSwap({ 0: works('30处', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason', 'score_mismatch'] }, note: 'policy none: 2.5T → 25' },
  // ---- 完成值 in words and numerals ----
  { id: 'C24', form: project(FULL(), pSwap({ 0: works('已完成', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [0], grade: '优', mismatch: false, issues: ['actual_not_numeric'] }, note: 'README: a completion word → by hand' },
  { id: 'C25', form: project(FULL(), pSwap({ 1: q('水质检测合格率', '>=', '95', '%', 15, '全部合格', 15, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [1], grade: '优', mismatch: false, issues: ['actual_not_numeric'] }, note: 'words under a rate → by hand' },
  { id: 'C26', form: project(FULL(), pSwap({ 0: works('十二处', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '十二处 is 12' },
  { id: 'C27', form: project(FULL(), pSwap({ 0: works('完成11处', 22.92) }), 97.92),
    expected: { total: 97.92, budgetScore: 10, rows: pExp({ 0: 22.92 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] }, note: '11/12×25 = 22.9167 → 22.92' },
  // ---- a percent under a count, a count under a rate ----
  { id: 'C28', form: project(FULL(), pSwap({ 0: works('100%', 25) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [0], grade: '优', mismatch: false }, note: 'README: 100% under a count states no number of it → by hand' },
  { id: 'C29', form: project(FULL(), pSwap({ 1: q('水质检测合格率', '>=', '95', '%', 15, '485个', 15, QUALITY) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [1], grade: '优', mismatch: false }, note: 'a count under % → by hand' },
  // ---- rounding and budgets ----
  { id: 'C30', form: project(FULL(), pSwap({ 1: q('水质检测合格率', '>=', '95', '%', 15, '90.5%', 14.29, QUALITY) }), 99.29),
    expected: { total: 99.29, budgetScore: 10, rows: pExp({ 1: 14.29 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'], derivation: { 1: ['90.5', '95', '14.29'] } },
    note: '90.5/95×15 = 14.2895 → 14.29' },
  { id: 'C31', form: project(FULL(), pSwap({ 5: q('受益群众满意度', '>=', '90', '%', 15, '87.3%', 14.55, SATISFACTION) }), 99.55),
    expected: { total: 99.55, budgetScore: 10, rows: pExp({ 5: 14.55 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '87.3/90×15 = 14.55 exactly (float 14.549…)' },
  { id: 'C32', form: project(budgetOf(800, 800, 761.24, 9.52), pRows(), 99.52),
    expected: { total: 99.52, budgetScore: 9.52, rows: P_FULL, grade: '优', mismatch: false }, note: '761.24/800×10 = 9.5155 → 9.52' },
  { id: 'C33', form: project(budgetOf(800, 800, 820, 10), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false }, note: 'over-spent: min(1.025, 1)×10 = 10' },
  { id: 'C34', form: project(budgetOf(600, null, 540, 9), pRows(), 99),
    expected: { total: 99, budgetScore: 9, rows: P_FULL, grade: '优', mismatch: false }, note: '年初 only: 540/600×10 = 9' },
  // ---- grades ----
  { id: 'C35', choices: { 4: '未达成' }, form: project(FULL(), pSwap({ 0: works('8处', 16.67), 4: water(null, 4.5), 5: q('受益群众满意度', '>=', '90', '%', 15, '60%', 10, SATISFACTION) }), 76.17),
    expected: { total: 76.17, budgetScore: 10, rows: pExp({ 0: 16.67, 4: 4.5, 5: 10 }), grade: '中', mismatch: false },
    note: '8/12×25 = 16.67; 未达成 4.5; 60/90×15 = 10; 10 + 16.67 + 15 + 10 + 10 + 4.5 + 10 = 76.17 → 中' },
  { id: 'C36', form: project(budgetOf(500, 500, 200, 4), pSwap({
    0: works('4处', 8.33), 1: q('水质检测合格率', '>=', '95', '%', 15, '50%', 7.89, QUALITY), 2: months('20个月', 0),
    3: q('单位供水成本', '<=', '2.5', '元/吨', 10, '5元/吨', 0, COST), 4: water('未达成', 3), 5: q('受益群众满意度', '>=', '90', '%', 15, '45%', 7.5, SATISFACTION),
  }), 30.72),
    expected: { total: 30.72, budgetScore: 4, rows: [8.33, 7.89, 0, 0, 3, 7.5], grade: '差', mismatch: false },
    note: '4 + 8.33 + 7.89 + 0 + 0 + 3 + 7.5 = 30.72 → 差' },
];

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'E01', form: department(dRows(), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['budget_missing', ...NOT_HAND, 'score_mismatch'] }, note: 'all met' },
  { id: 'E02', form: department(dSwap({ 1: q('结转结余率', '<=', '5', '%', 10, '12%', 0, DL('部门管理', '预算执行')) }), 90),
    expected: { total: 90, budgetScore: null, rows: dExp({ 1: 0 }), grade: '优', mismatch: false }, note: 'A > 2T → 0' },
  { id: 'E03', form: department(dSwap({ 1: q('结转结余率', '<=', '5', '%', 10, '7.5%', 5, DL('部门管理', '预算执行')) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 1: 5 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 2.5/5)×10 = 5' },
  { id: 'E04', form: department(dSwap({ 4: q('数据安全事故', '<=', '0', '起', 10, '1起', 10, DL('履职效能', '安全管理')) }), 100),
    expected: { total: 90, budgetScore: null, rows: dExp({ 4: 0 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: '<= 0 with 1 → 0; the sheet wrote 10' },
  { id: 'E05', form: department(dSwap({ 6: q('服务对象满意度增幅', '>', '2', '%', 20, '-0.5%', 0, DL('社会效应', '满意度')) }), 80),
    expected: { total: 80, budgetScore: null, rows: dExp({ 6: 0 }), grade: '良', mismatch: false }, note: '> with A < 0 (0) → 0; 80 is 良' },
  { id: 'E06', form: department(dSwap({ 5: ql('社会公众评价', '良好', 10, '部分达成', 7, DL('社会效应', '社会效益')) }), 97),
    expected: { total: 97, budgetScore: null, rows: dExp({ 5: 7 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '部分达成 7 inside [6, 8)' },
  { id: 'E07', form: department(dSwap({ 5: ql('社会公众评价', '良好', 10, '未达成', 6, DL('社会效应', '社会效益')) }), 96),
    expected: { total: 93, budgetScore: null, rows: dExp({ 5: 3 }), grade: '优', mismatch: true, issues: ['band'] }, note: '未达成 at 0.6w: outside [0, 6) → 3' },
  { id: 'E08', policy: { overAchievement: 'deduct' }, form: department(dSwap({ 2: tasks('15项', 16) }), 96),
    expected: { total: 96, budgetScore: null, rows: dExp({ 2: 16 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 20×0.8 = 16' },
  { id: 'E09', policy: { overAchievement: 'explain' }, form: department(dSwap({ 2: tasks('13项', 20) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: exactly 1.3T needs a reason' },
  { id: 'E10', form: department(dSwap({ 2: tasks('全面完成', 20) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, hand: [2], grade: '优', mismatch: false, issues: ['actual_not_numeric'] }, note: 'words → by hand, 20 kept' },
  { id: 'E11', form: department(dSwap({ 3: q('统计执法案件按期办结率', '>=', '98', '%', 20, '96.7%', 19.73, DL('履职效能', '依法行政')) }), 99.73),
    expected: { total: 99.73, budgetScore: null, rows: dExp({ 3: 19.73 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '96.7/98×20 = 19.7347 → 19.73' },
  { id: 'E12', form: department(dSwap({ 6: q('服务对象满意度', '=', '100', '%', 20, '98%', 19.6, DL('社会效应', '满意度')) }), 99.6),
    expected: { total: 99.6, budgetScore: null, rows: dExp({ 6: 19.6 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '= as >=: 98/100×20 = 19.6' },
  { id: 'E13', form: department([...dRows(), row({ name: '巡察发现问题', level1: '扣分项', weight: 3, score: -1.5 })], 98.5),
    expected: { total: 98.5, budgetScore: null, rows: [...D_FULL, -1.5], hand: [7], grade: '优', mismatch: false }, note: '扣分项 −1.5' },
];

export const HELD_OUT_SHEETS_SET_8: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
