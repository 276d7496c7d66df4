import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, EFFECT, NOT_HAND, q, ql, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 9 (session 16): WHOLE self-evaluation sheets, each computed BY HAND from rules.md §3 and the
 * README "Decisions" before any code under scoring/ or values/ was read. One project tree (送戏下乡公共文化服务, weights
 * 20 + 20 + 10 + 10 + 15 + 15, one target in 万人次 and one cost in 万元) and one department tree (10 + 10 + 20 + 20 +
 * 10 + 10 + 20), with unusual inputs under every §3 branch: T = 0 written `0.00` and met by `零起`, `<` and `=` at T = 0,
 * negative actuals under `>=`, `<` and a T = 0 floor, signed targets met and missed under `>=`, `<=` at 2T, just under
 * it and past it, an actual in 元 or 人次 under a 万 row, `=` above and below, band words (基本完成, 未完成) and band edges,
 * the three over-achievement policies (at the threshold, a reason given, a deduction past the whole weight), 完成值 in
 * words and Chinese numerals, a percent under a count and a count under a rate, .xx5 and .xx9x rounding, budgets
 * adjusted or not spent, 扣分项 written with either sign or past its limit, every grade.
 * A data table, so longer than the house limit on purpose. Harness: ../held-out-sheets.test.ts (measure-sheets.ts).
 *
 * Readings relied on (sets 3–8 read the same): `>` as `>=`, `<` as `<=`; T = 0 under `>=` met by any A ≥ 0; a band's
 * lower edge inside, its upper edge (部分达成 / 未达成) outside; a score outside its band takes the band default;
 * `deduct`: A/T > θ → w × (1 − (A/T − θ)), never below 0; a row scored by hand keeps the sheet's score within [0, w];
 * rounding half up on the decimal value.
 *
 * First measured, before the scoring code was read or changed (2026-11-24 00:12 UTC), 57 sheets (43 project, 14
 * department): 57/57 sheets agree in every item (total, budget_score, row scores, grade, mismatch, issues, derivation
 * 57/57 each). No label was re-read; the values fixes of session 16 left every sheet as it was.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(600, 600, 600, 10);
const FORMS = sheetForms('四川省凉山彝族自治州文化广播电视和旅游局', '送戏下乡公共文化服务', '河北省承德市文物局');

/** Project rows weighing 90 (20 + 20 + 10 + 10 + 15 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('送戏下乡演出场次', '>=', '60', '场', 20, '60场', 20),
    q('文化活动参与人次', '>=', '5', '万人次', 20, '5.2万人次', 20),
    q('活动开展及时率', '>=', '95', '%', 10, '98%', 10, TIME),
    q('场均演出成本', '<=', '1.2', '万元', 10, '1.1万元', 10, COST),
    ql('群众文化生活', '明显丰富', 15, '明显丰富', 15),
    q('群众满意度', '>=', '90', '%', 15, '95%', 15, SATISFACTION),
  ];
}
const P_FULL = [20, 20, 10, 10, 15, 15];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const shows = (actual: string, score: number | null, extra: Partial<Indicator> = {}): Indicator => q('送戏下乡演出场次', '>=', '60', '场', 20, actual, score, extra);
const people = (actual: string, score: number | null): Indicator => q('文化活动参与人次', '>=', '5', '万人次', 20, actual, score);
const timely = (actual: string, score: number | null): Indicator => q('活动开展及时率', '>=', '95', '%', 10, actual, score, TIME);
const cost = (actual: string, score: number | null): Indicator => q('场均演出成本', '<=', '1.2', '万元', 10, actual, score, COST);
const life = (actual: string | null, score: number | null): Indicator => ql('群众文化生活', '明显丰富', 15, actual, score);
const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);
const safety = (cmp: '<=' | '<' | '=', target: string, actual: string, score: number | null): Indicator =>
  q('演出安全事故', cmp, target, '起', 10, actual, score, COST);

/** Department rows weighing 100 (10 + 10 + 20 + 20 + 10 + 10 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '90', '%', 10, '95%', 10, DL('部门管理', '预算执行')),
    q('结转结余资金规模', '<=', '50', '万元', 10, '40万元', 10, DL('部门管理', '预算执行')),
    q('文物保护单位巡查天数', '>=', '300', '天', 20, '310天', 20, DL('履职效能', '重点工作')),
    q('文物修缮项目完成数', '>=', '25', '项', 20, '25项', 20, DL('履职效能', '重点工作')),
    q('文物安全事故', '<=', '0', '起', 10, '0起', 10, DL('履职效能', '安全管理')),
    ql('文物保护社会影响力', '持续提升', 10, '持续提升', 10, DL('社会效应', '社会效益')),
    q('公众满意度', '>=', '90', '%', 20, '92%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 10, 20, 20, 10, 10, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const balance = (actual: string, score: number | null): Indicator => q('结转结余资金规模', '<=', '50', '万元', 10, actual, score, DL('部门管理', '预算执行'));
const repairs = (actual: string, score: number | null): Indicator => q('文物修缮项目完成数', '>=', '25', '项', 20, actual, score, DL('履职效能', '重点工作'));
const accidents = (actual: string, score: number | null): Indicator => q('文物安全事故', '<=', '0', '起', 10, actual, score, DL('履职效能', '安全管理'));
const influence = (actual: string, score: number | null): Indicator => ql('文物保护社会影响力', '持续提升', 10, actual, score, DL('社会效应', '社会效益'));
const penalty = (score: number): Indicator => row({ name: '审计发现问题', level1: '扣分项', weight: 5, score });

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'F01', form: project(FULL(), pRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch', 'band'] }, note: 'all met' },
  // ---- T = 0 ----
  { id: 'F02', form: project(FULL(), pSwap({ 3: safety('<=', '0', '零起', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 零起 under T = 0 reads 0 → 10' },
  { id: 'F03', form: project(FULL(), pSwap({ 3: safety('<', '0', '0起', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '< as <=; T = 0: A ≤ 0 → w' },
  { id: 'F04', form: project(FULL(), pSwap({ 3: safety('=', '0', '1起', 0) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= with T = 0 all or nothing: 1 → 0; 90 is 优' },
  { id: 'F05', form: project(FULL(), pSwap({ 3: safety('<=', '0.00', '0', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'T written 0.00 is 0; A = 0 → 10' },
  // ---- negative actuals and signed targets ----
  { id: 'F06', form: project(FULL(), pSwap({ 4: q('文化消费增长率', '>=', '5', '%', 15, '-2%', 0, EFFECT) }), 85),
    expected: { total: 85, budgetScore: 10, rows: pExp({ 4: 0 }), grade: '良', mismatch: false, noIssues: [...NOT_HAND] }, note: 'A < 0 counts as 0 → 0; 85 is 良' },
  { id: 'F07', form: project(FULL(), pSwap({ 3: q('演出成本增长率', '<', '3', '%', 10, '-1%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '< with A < 0 (0) → met' },
  { id: 'F08', form: project(FULL(), pSwap({ 3: q('演出成本增长率', '<=', '0', '%', 10, '-1.5%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'T = 0 floor, A < 0 counts as 0 → 10' },
  { id: 'F09', form: project(FULL(), pSwap({ 3: q('场均成本变化率', '>=', '-5', '%', 10, '-2%', 10, COST) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: signed target ≥ −5 met by −2 → 10' },
  { id: 'F10', form: project(FULL(), pSwap({ 3: q('场均成本变化率', '>=', '-5', '%', 10, '-8%', 4, COST) }), 94),
    expected: { total: 94, budgetScore: 10, rows: pExp({ 3: 4 }), hand: [3], grade: '优', mismatch: false }, note: 'README: signed target missed → by hand, the sheet’s 4 kept' },
  // ---- `<=` around 2T, actuals in another magnitude ----
  { id: 'F11', form: project(FULL(), pSwap({ 3: cost('2.4万元', 0) }), 90),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '优', mismatch: false }, note: 'A = 2T → 0' },
  { id: 'F12', form: project(FULL(), pSwap({ 3: cost('1.5万元', 7.5) }), 97.5),
    expected: { total: 97.5, budgetScore: 10, rows: pExp({ 3: 7.5 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'], derivation: { 3: ['1.5', '1.2', '7.5'] } },
    note: '(1 − 0.3/1.2)×10 = 7.5' },
  { id: 'F13', form: project(FULL(), pSwap({ 3: cost('2.39万元', 0.08) }), 90.08),
    expected: { total: 90.08, budgetScore: 10, rows: pExp({ 3: 0.08 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 1.19/1.2)×10 = 0.0833 → 0.08' },
  { id: 'F14', form: project(FULL(), pSwap({ 3: cost('12000元', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 12000元 under 万元 is 1.2 = T → 10' },
  { id: 'F15', form: project(FULL(), pSwap({ 3: cost('3万元', 3) }), 93),
    expected: { total: 90, budgetScore: 10, rows: pExp({ 3: 0 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: 'A > 2T → 0; the sheet wrote 3' },
  // ---- `>=` proportional, 万人次 ----
  { id: 'F16', form: project(FULL(), pSwap({ 0: shows('45场', 15) }), 95),
    expected: { total: 95, budgetScore: 10, rows: pExp({ 0: 15 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '45/60×20 = 15' },
  { id: 'F17', form: project(FULL(), pSwap({ 1: people('52000人次', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 52000人次 under 万人次 is 5.2 ≥ 5 → 20' },
  { id: 'F18', form: project(FULL(), pSwap({ 1: people('4.6万人次', 18.4) }), 98.4),
    expected: { total: 98.4, budgetScore: 10, rows: pExp({ 1: 18.4 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '4.6/5×20 = 18.4' },
  { id: 'F19', form: project(FULL(), pSwap({ 2: timely('94.44%', 9.94) }), 99.94),
    expected: { total: 99.94, budgetScore: 10, rows: pExp({ 2: 9.94 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '94.44/95×10 = 9.941 → 9.94' },
  // ---- `=` ----
  { id: 'F20', form: project(FULL(), pSwap({ 0: q('送戏下乡演出场次', '=', '60', '场', 20, '66场', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '= as >=: above T → 20' },
  { id: 'F21', form: project(FULL(), pSwap({ 0: q('送戏下乡演出场次', '=', '60', '场', 20, '54场', 18) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 0: 18 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '= as >=: 54/60×20 = 18' },
  // ---- bands ----
  { id: 'F22', form: project(FULL(), pSwap({ 4: life('基本完成', 11) }), 96),
    expected: { total: 96, budgetScore: 10, rows: pExp({ 4: 11 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: 'README: 基本完成 names 部分达成; 11 inside [9, 12)' },
  { id: 'F23', choices: { 4: '部分达成' }, form: project(FULL(), pSwap({ 4: life(null, null) }), null),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 4: 10.5 }), grade: '优', mismatch: false }, note: 'pick 部分达成, no score → 0.7w = 10.5' },
  { id: 'F24', form: project(FULL(), pSwap({ 4: life('达成', 12) }), 97),
    expected: { total: 97, budgetScore: 10, rows: pExp({ 4: 12 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '达成 at 0.8w, its lower edge, is inside' },
  { id: 'F25', form: project(FULL(), pSwap({ 4: life('部分达成', 12) }), 97),
    expected: { total: 95.5, budgetScore: 10, rows: pExp({ 4: 10.5 }), grade: '优', mismatch: true, issues: ['band'] }, note: '部分达成 at 0.8w is outside [9, 12) → 10.5' },
  { id: 'F26', form: project(FULL(), pSwap({ 4: life('未完成', 8.99) }), 93.99),
    expected: { total: 93.99, budgetScore: 10, rows: pExp({ 4: 8.99 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '未完成 names 未达成; 8.99 inside [0, 9)' },
  // ---- over-achievement ----
  { id: 'F27', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: shows('78场', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: 78/60 = 1.3 exactly needs a reason' },
  { id: 'F28', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: shows('90场', 20, { reason: '新增易地扶贫搬迁安置点演出需求' }) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] }, note: 'explain: 1.5T with a reason given' },
  { id: 'F29', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: shows('84场', 18) }), 98),
    expected: { total: 98, budgetScore: 10, rows: pExp({ 0: 18 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.4T → 20×0.9 = 18' },
  { id: 'F30', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: shows('150场', 0) }), 80),
    expected: { total: 80, budgetScore: 10, rows: pExp({ 0: 0 }), grade: '良', mismatch: false, noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 2.5T → 20×(1 − 1.2) < 0 → 0; 80 is 良' },
  // ---- 完成值 in words and numerals ----
  { id: 'F31', form: project(FULL(), pSwap({ 0: shows('全部完成', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [0], grade: '优', mismatch: false, issues: ['actual_not_numeric'] }, note: 'README: words → by hand, 20 kept' },
  { id: 'F32', form: project(FULL(), pSwap({ 0: shows('六十场', 20) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '六十场 is 60' },
  { id: 'F33', form: project(FULL(), pSwap({ 0: shows('已完成58场', 19.33) }), 99.33),
    expected: { total: 99.33, budgetScore: 10, rows: pExp({ 0: 19.33 }), grade: '优', mismatch: false, noIssues: [...NOT_HAND, 'score_mismatch'] }, note: '58/60×20 = 19.333 → 19.33' },
  { id: 'F34', form: project(FULL(), pSwap({ 5: liking('百分之九十二', 15) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '百分之九十二 is 92 ≥ 90' },
  // ---- a percent under a count, a count under a rate ----
  { id: 'F35', form: project(FULL(), pSwap({ 0: shows('96.7%', 19) }), 99),
    expected: { total: 99, budgetScore: 10, rows: pExp({ 0: 19 }), hand: [0], grade: '优', mismatch: false }, note: 'README: a percent under 场 → by hand, 19 kept' },
  { id: 'F36', form: project(FULL(), pSwap({ 2: timely('58场', 10) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, hand: [2], grade: '优', mismatch: false }, note: 'a count under % → by hand' },
  // ---- rounding ----
  { id: 'F37', form: project(FULL(), pSwap({ 5: liking('88.5%', 14.75) }), 99.75),
    expected: { total: 99.75, budgetScore: 10, rows: pExp({ 5: 14.75 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '88.5/90×15 = 14.75' },
  { id: 'F38', form: project(FULL(), pSwap({ 5: liking('89.97%', 15) }), 100),
    expected: { total: 100, budgetScore: 10, rows: P_FULL, grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '89.97/90×15 = 14.995 → half up 15.00' },
  // ---- budgets ----
  { id: 'F39', form: project(budgetOf(600, 580, 551, 9.5), pRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: P_FULL, grade: '优', mismatch: false }, note: 'adjusted: 551/580×10 = 9.5' },
  { id: 'F40', form: project(budgetOf(600, 600, 0, 0), pRows(), 90),
    expected: { total: 90, budgetScore: 0, rows: P_FULL, grade: '优', mismatch: false }, note: 'nothing spent → 0; 90 is 优' },
  // ---- grades ----
  { id: 'F41', choices: { 4: '未达成' }, form: project(FULL(), pSwap({ 0: shows('45场', 15), 1: people('4.6万人次', 18.4), 4: life(null, 4.5), 5: liking('88.5%', 14.75) }), 82.65),
    expected: { total: 82.65, budgetScore: 10, rows: pExp({ 0: 15, 1: 18.4, 4: 4.5, 5: 14.75 }), grade: '良', mismatch: false },
    note: '10 + 15 + 18.4 + 10 + 10 + 4.5 + 14.75 = 82.65 → 良' },
  { id: 'F42', choices: { 4: '部分达成' }, form: project(budgetOf(600, 600, 540, 9), pSwap({
    0: shows('48场', 16), 1: people('4万人次', 16), 2: timely('90%', 9.47), 3: cost('1.8万元', 5), 4: life(null, 10.5), 5: liking('72%', 12),
  }), 77.97),
    expected: { total: 77.97, budgetScore: 9, rows: [16, 16, 9.47, 5, 10.5, 12], grade: '中', mismatch: false },
    note: '9 + 16 + 16 + 9.47 (90/95×10) + 5 + 10.5 + 12 = 77.97 → 中' },
  { id: 'F43', form: project(budgetOf(600, 600, 480, 8), pSwap({
    0: shows('30场', 10), 1: people('2.5万人次', 10), 2: timely('50%', 5.26), 3: cost('2.1万元', 2.5), 4: life('未达成', 3), 5: liking('75%', 12.5),
  }), 51.26),
    expected: { total: 51.26, budgetScore: 8, rows: [10, 10, 5.26, 2.5, 3, 12.5], grade: '差', mismatch: false },
    note: '8 + 10 + 10 + 5.26 (50/95×10) + 2.5 + 3 + 12.5 = 51.26 → 差' },
];

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'G01', form: department(dRows(), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['budget_missing', ...NOT_HAND, 'score_mismatch'] }, note: 'all met' },
  { id: 'G02', form: department(dSwap({ 1: balance('80万元', 4) }), 94),
    expected: { total: 94, budgetScore: null, rows: dExp({ 1: 4 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '(1 − 30/50)×10 = 4' },
  { id: 'G03', form: department(dSwap({ 1: balance('500000元', 10) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 500000元 under 万元 is 50 = T → 10' },
  { id: 'G04', form: department(dSwap({ 1: balance('0.01亿元', 0) }), 90),
    expected: { total: 90, budgetScore: null, rows: dExp({ 1: 0 }), grade: '优', mismatch: false }, note: '0.01亿元 is 100万元 = 2T → 0' },
  { id: 'G05', form: department(dSwap({ 4: accidents('未发生', 10) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: 'README: 未发生 under T = 0 reads 0' },
  { id: 'G06', form: department(dSwap({ 4: accidents('2起', 5) }), 95),
    expected: { total: 90, budgetScore: null, rows: dExp({ 4: 0 }), grade: '优', mismatch: true, issues: ['score_mismatch'] }, note: '<= 0 with 2 → 0; the sheet wrote 5' },
  { id: 'G07', form: department(dSwap({ 2: q('文物保护单位巡查天数', '>=', '300', '天', 20, '270天', 18, DL('履职效能', '重点工作')) }), 98),
    expected: { total: 98, budgetScore: null, rows: dExp({ 2: 18 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '270/300×20 = 18' },
  { id: 'G08', form: department(dSwap({ 6: q('公众满意度', '>=', '90', '%', 20, '89.99%', 20, DL('社会效应', '满意度')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: '89.99/90×20 = 19.9978 → 20.00' },
  { id: 'G09', form: department([...dRows(), penalty(2)], 98),
    expected: { total: 98, budgetScore: null, rows: [...D_FULL, -2], hand: [7], grade: '优', mismatch: false }, note: 'README: a 扣分项 written 2 takes off 2' },
  { id: 'G10', form: department([...dRows(), penalty(-6)], 94),
    expected: { total: 95, budgetScore: null, rows: [...D_FULL, -5], hand: [7], grade: '优', mismatch: true }, note: 'README: a 扣分项 past its limit 5 is floored at −5' },
  { id: 'G11', form: department(dSwap({ 5: influence('未完成', 5) }), 95),
    expected: { total: 95, budgetScore: null, rows: dExp({ 5: 5 }), grade: '优', mismatch: false, noIssues: ['band'] }, note: '未完成 names 未达成; 5 inside [0, 6)' },
  { id: 'G12', form: department(dSwap({ 0: q('部门预算执行率', '=', '100', '%', 10, '100.0%', 10, DL('部门管理', '预算执行')) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, noIssues: [...NOT_HAND] }, note: '= 100 with 100.0% → 10' },
  { id: 'G13', policy: { overAchievement: 'explain' }, form: department(dSwap({ 3: repairs('33项', 20) }), 100),
    expected: { total: 100, budgetScore: null, rows: D_FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: 33/25 = 1.32 needs a reason' },
  { id: 'G14', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: department(dSwap({ 3: repairs('35项', 16) }), 96),
    expected: { total: 96, budgetScore: null, rows: dExp({ 3: 16 }), grade: '优', mismatch: false, noIssues: ['score_mismatch'] }, note: 'deduct θ 1.2: 1.4T → 20×0.8 = 16 (other rows ≤ 1.2T)' },
];

export const HELD_OUT_SHEETS_SET_9: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
