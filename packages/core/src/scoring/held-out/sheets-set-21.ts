import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, q, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { dExp, dMet, met, oneRowSheets, pExp, RULED } from './shared-rural-trees';

/**
 * Held-out scoring set 21 (session 26, value cells set 20): whole self-evaluation sheets of a county 司法局's 2025 法律援助及
 * 人民调解 project and of the 司法局 itself (部门整体), each computed BY HAND from rules.md §3 and value-cells-20.ts's readings
 * before any code under scoring/ was read this session. Inputs: plan and actual in one 完成值 (计划1200件，实际办结1,140件, in
 * either order), an estimate (近百场, 约2.1万人次: by hand), 百余场, a state before a rate (基本完成，成功率93.1%), a range under
 * `>=` (87%-91%, its low end), 元 under a `<=` 万元 row, 超 before a figure (超1.8万人次), two scale words (1万9千人次), a date in a
 * 个工作日 row (by hand), 逾九成 under % (by hand), a source bracket, over-achievement at 1.7T under deduct; on the department
 * sheet a rate with a 扣分 note, a level before a change under `<=`, a dated rate, a plan beside an over-done actual, and a hand
 * score with a half point. Harness: ../held-out-sheets.test.ts.
 *
 * Readings: those of sets 2–20 (deduct: w × (1 − (A/T − θ)), θ 1.3; `<=` past T: w × (1 − (A − T)/T); rounding to 2 decimals,
 * the total the sum of rounded parts), and value-cells-20.ts's: the 实际 figure outranks the 计划 one, 约 / 近 estimate, 余
 * drops, 超 bounds from below and gives its figure, a range reads at its cautious end, a date states no count, 逾九成 no rate.
 *
 * First measured (2026-11-25, session 26, before any code under scoring/ or values/ was read or changed), 23 sheets (17 project,
 * 6 department): 23/23 sheets agree in every item (total 23/23, budget 23/23, rows 23/23 — per row 166/166 —, grade 23/23,
 * mismatch 23/23, issues 23/23, derivation 23/23). After value-cells-20.ts's fix (a deduction alone states no level): 23/23.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(420, 420, 420, 10);
const FORMS = sheetForms('四川省宜宾市江安县司法局', '2025年法律援助及人民调解工作经费项目', '江安县司法局');

const cases = (actual: string, score: number | null): Indicator => q('法律援助案件办理数', '>=', '1200', '件', 15, actual, score);
const events = (actual: string, score: number | null): Indicator => q('普法宣传活动场次', '>=', '100', '场', 10, actual, score);
const trained = (actual: string, score: number | null): Indicator => q('人民调解员培训人次', '>=', '600', '人次', 10, actual, score);
const settled = (actual: string, score: number | null): Indicator => q('人民调解成功率', '>=', '95', '%', 10, actual, score, QUALITY);
const cars = (actual: string, score: number | null): Indicator => q('公务用车运行费', '<=', '8', '万元', 10, actual, score, COST);
const assign = (actual: string, score: number | null): Indicator => q('法律援助指派时限', '<=', '3', '个工作日', 10, actual, score, TIME);
const served = (actual: string, score: number | null): Indicator => q('公共法律服务人次', '>=', '2', '万人次', 10, actual, score);
const liking = (actual: string, score: number | null): Indicator => q('受援群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [cases('1,260件', 15), events('112场', 10), trained('652人次', 10), settled('97.2%', 10), cars('7.6万元', 10),
    assign('2个工作日', 10), served('2.3万人次', 10), liking('95.5%', 15)];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand } = oneRowSheets(FORMS.project, FULL, pRows);
const { project, department } = FORMS;

const projectSheets: HeldOutSheet3[] = [
  { id: 'L01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 1260件, 112场, 652人次, 97.2%, 7.6万元, 2个工作日, 2.3万人次, 95.5%' },
  // ---- plan and actual in one cell ----
  one('L02', 0, cases('计划1200件，实际办结1,140件', 14.25), 14.25, 'the 实际 figure: 1140/1200×15 = 14.25'),
  one('L03', 0, cases('实际办结1080件（计划1200件）', 13.5), 13.5, 'the plan in brackets after: 1080/1200×15 = 13.5'),
  one('L04', 2, trained('计划培训600人次，实际培训540人次', 9), 9, '540/600×10 = 9'),
  // ---- 约 / 近 / 超 / 余 ----
  byHand('L05', 1, events('近百场', 9), 9, '近百 is an estimate: by hand, 9 kept'),
  one('L06', 1, events('百余场', 10), 10, '余 drops: 100 ≥ 100 → 10'),
  one('L07', 6, served('超1.8万人次', 9), 9, '超 gives its figure: 1.8/2×10 = 9'),
  one('L08', 6, served('1万9千人次', 9.5), 9.5, 'two scale words: 19000人次 = 1.9万人次, 1.9/2×10 = 9.5'),
  byHand('L09', 6, served('约2.1万人次', 10), 10, '约 is an estimate: by hand, 10 kept'),
  byHand('L10', 7, liking('逾九成', 15), 15, '成 is no rate of a % row: by hand, 15 kept'),
  // ---- states, ranges, money, dates ----
  one('L11', 3, settled('基本完成，成功率93.1%', 9.8), 9.8, 'the rate after the state: 93.1/95×10 = 9.8'),
  one('L12', 3, settled('87%-91%', 9.16), 9.16, 'a range at its low end under >=: 87/95×10 = 9.157… → 9.16'),
  one('L13', 4, cars('8.8万元', 9), 9, '`<=` past T: (1 − 0.8/8)×10 = 9'),
  one('L14', 4, cars('84,000元', 9.5), 9.5, '84000元 = 8.4万元: (1 − 0.4/8)×10 = 9.5'),
  byHand('L15', 5, assign('已于2025年3月20日指派', 10), 10, 'a date states no count of 个工作日: by hand, 10 kept'),
  one('L16', 7, liking('88.2%（第三方测评）', 14.7), 14.7, 'a source bracket: 88.2/90×15 = 14.7'),
  // ---- over-achievement ----
  { id: 'L17', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 2: trained('计划600人次，实际培训1,020人次', 6) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 2: 6 }), noIssues: ['score_mismatch'] },
    note: 'deduct θ 1.3: 1020/600 = 1.7T → 10×(1 − 0.4) = 6' },
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
const D_RATE = DL('部门管理', '预算执行');
const D_WORK = DL('履职效能', '重点工作');
const dRate = (actual: string, score: number | null): Indicator => q('部门预算执行率', '>=', '95', '%', 20, actual, score, D_RATE);
const dCases = (actual: string, score: number | null): Indicator => q('法律援助案件办理数', '>=', '1200', '件', 20, actual, score, D_WORK);
const dEvents = (actual: string, score: number | null): Indicator => q('普法宣传活动场次', '>=', '100', '场', 10, actual, score, D_WORK);
const dReview = (actual: string, score: number | null): Indicator => q('行政复议案件按期办结率', '>=', '98', '%', 20, actual, score, D_WORK);
const dThree = (actual: string, score: number | null): Indicator => q('三公经费支出', '<=', '12', '万元', 30, actual, score, D_RATE);
function dRows(): Indicator[] {
  return [dRate('96.8%', 20), dCases('1,260件', 20), dEvents('112场', 10), dReview('99.1%', 20), dThree('10.6万元', 30)];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'M01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'all met' },
  { id: 'M02', form: department(dSwap({ 0: dRate('92.5%（扣0.53分）', 19.47) }), 99.47),
    expected: { ...dMet, total: 99.47, rows: dExp({ 0: 19.47 }), noIssues: [...RULED] }, note: 'a 扣分 note is a remark: 92.5/95×20 = 19.473… → 19.47' },
  { id: 'M03', form: department(dSwap({ 4: dThree('三公经费支出12.6万元，较上年下降8%', 28.5) }), 98.5),
    expected: { ...dMet, total: 98.5, rows: dExp({ 4: 28.5 }), noIssues: [...RULED] }, note: 'the level before the change, `<=` past T: (1 − 0.6/12)×30 = 28.5' },
  { id: 'M04', form: department(dSwap({ 3: dReview('截至2025年12月31日，按期办结率96.04%', 19.6) }), 99.6),
    expected: { ...dMet, total: 99.6, rows: dExp({ 3: 19.6 }), noIssues: [...RULED] }, note: 'the date passed over: 96.04/98×20 = 19.6' },
  { id: 'M05', form: department(dSwap({ 1: dCases('计划1200件，实际完成1,320件', 20) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'the 实际 figure 1320 ≥ 1200 → 20 (over-achievement none)' },
  { id: 'M06', form: department(dSwap({ 2: dEvents('近百场', 9.5) }), 99.5),
    expected: { ...dMet, total: 99.5, rows: dExp({ 2: 9.5 }), hand: [2], issues: ['actual_not_numeric'] },
    note: '近百 is an estimate: by hand, the half point 9.5 kept' },
];

export const HELD_OUT_SHEETS_SET_21: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
