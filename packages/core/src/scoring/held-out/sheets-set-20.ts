import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, DL, q, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { dExp, dMet, met, oneRowSheets, pExp, RULED, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 20 (session 25, value cells set 19): whole self-evaluation sheets of a county's 2025 就业促进、食品安全
 * 抽检及居家养老服务 project and of its 人力资源和社会保障局, each computed BY HAND from rules.md §3 and value-cells-19.ts's
 * readings before any code under scoring/ was read this session. Inputs: actuals led by a source (据统计局快报，), a source
 * bracket after the figure, a level then a change (完成1.14万人，同比增长5.6%), a change alone (by hand), one quarter's figure
 * beside the year's total, a 月均 figure beside a running total, a per-head base (每千名老年人31.5张), a count in 万 under a
 * per-day row (日均投递1.2万件 under 件/日), a `<=` rate over T, A < 0 under `<=` with T = 0, and over-achievement at 1.6T
 * under deduct. Harness: ../held-out-sheets.test.ts.
 *
 * Readings: those of sets 2–19 (deduct: w × (1 − (A/T − θ)), θ 1.3; a negative A under a target of zero or more counts as 0;
 * `<=` past T: w × (1 − (A − T)/T)), and value-cells-19.ts's: a source lead or bracket is passed over, a change alone states no
 * figure (a person scores it; the sheet's score kept), the year's total outranks one period's figure.
 *
 * First measured (2026-11-25, session 25; the values fixes of value-cells-19.ts were already in, made on the value cells
 * alone), 19 sheets (17 project, 2 department): 18/19 sheets agree in every item (total 19/19, budget 19/19, rows 18/19,
 * grade 19/19, mismatch 19/19, issues 18/19, derivation 19/19). The miss: J10 `月均抽检150批次，全年累计1,900批次` went to a
 * person (the 月均 figure tied with the running total; only 每月 / 当月 leads marked one period's figure).
 * After the fix (月均 / 日均 / 周均 / 季均 / 旬均 mark a per-period figure; cases in ../progress-actuals.test.ts): 19/19.
 * Known limit: a per-period figure in the row's own unit still outranks a total written in 万 of it (`日均接待320人次，全年累计
 *   11.6万人次` under 人次 reads 320): the row-unit preference comes first in the ranking (read-actual-in-unit.ts); not changed
 *   in this round for want of time to measure its precision across sets 1–18.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(600, 600, 600, 10);
const FORMS = sheetForms('江西省赣州市于都县人力资源和社会保障局', '2025年就业促进、食品安全抽检及居家养老服务项目', '于都县人力资源和社会保障局');

const jobs = (actual: string, score: number | null): Indicator => q('城镇新增就业人数', '>=', '1.2', '万人', 15, actual, score);
const checks = (actual: string, score: number | null): Indicator => q('食品安全抽检批次', '>=', '2000', '批次', 10, actual, score);
const beds = (actual: string, score: number | null): Indicator => q('养老床位数', '>=', '35', '张/千名老年人', 10, actual, score, QUALITY);
const meals = (actual: string, score: number | null): Indicator => q('助餐服务量', '>=', '15000', '件/日', 10, actual, score);
const jobless = (actual: string, score: number | null): Indicator => q('城镇登记失业率', '<=', '5.5', '%', 10, actual, score, QUALITY);
const days = (actual: string, score: number | null): Indicator => q('就业补贴办结时限', '<=', '5', '天', 10, actual, score, TIME);
const disposal = (actual: string, score: number | null): Indicator => q('不合格食品核查处置率', '>=', '98', '%', 10, actual, score, QUALITY);
const liking = (actual: string, score: number | null): Indicator => q('服务对象满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [jobs('1.26万人', 15), checks('2,016批次', 10), beds('每千名老年人38.5张', 10), meals('日均1.6万件', 10), jobless('4.6%', 10),
    days('4天', 10), disposal('99.2%', 10), liking('94.1%', 15)];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand } = oneRowSheets(FORMS.project, FULL, pRows);
const { project, department } = FORMS;

const projectSheets: HeldOutSheet3[] = [
  { id: 'J01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 1.26万人, 2016批次, 38.5张/千名老年人, 1.6万件/日, 4.6%, 4天, 99.2%, 94.1%' },
  // ---- sources and changes beside the figure ----
  one('J02', 0, jobs('据统计局快报，新增就业1.08万人', 13.5), 13.5, 'a source lead passed over: 1.08/1.2×15 = 13.5'),
  one('J03', 0, jobs('10,800人（人社部门统计）', 13.5), 13.5, '10800人 = 1.08万人, a source bracket: 13.5'),
  one('J04', 0, jobs('完成1.14万人，同比增长5.6%', 14.25), 14.25, 'the level before the change: 1.14/1.2×15 = 14.25'),
  byHand('J05', 4, jobless('较上年下降0.3个百分点', 10), 10, 'a change alone states no level: by hand, 10 kept'),
  one('J06', 4, jobless('据统计局快报，城镇登记失业率5.94%', 9.2), 9.2, '`<=` past T: (1 − 0.44/5.5)×10 = 9.2'),
  one('J07', 7, liking('85.5%（第三方评估）', 14.25), 14.25, '85.5/90×15 = 14.25'),
  byHand('J08', 7, liking('与上年基本持平', 15), 15, 'a change alone: by hand, 15 kept'),
  // ---- periods ----
  one('J09', 1, checks('四季度完成420批次，全年累计1,800批次', 9), 9, 'the year outranks one quarter: 1800/2000×10 = 9'),
  one('J10', 1, checks('月均抽检150批次，全年累计1,900批次', 9.5), 9.5, 'the running total: 1900/2000×10 = 9.5'),
  one('J11', 3, meals('日均投递1.2万件', 8), 8, '1.2万件 per day under 件/日: 12000/15000×10 = 8'),
  one('J12', 3, meals('13,500件', 9), 9, '13500/15000×10 = 9'),
  // ---- per-head base, time, rates ----
  one('J13', 2, beds('每千名老年人31.5张', 9), 9, '31.5/35×10 = 9'),
  one('J14', 5, days('5.5天', 9), 9, '`<=` past T: (1 − 0.5/5)×10 = 9'),
  one('J15', 6, disposal('95.06%', 9.7), 9.7, '95.06/98×10 = 9.7'),
  one('J16', 4, typed('养老机构安全事故增长率', '≤0%', '%', 10, '-12.5%', 10), 10, 'A < 0 counts as 0 ≤ 0 → 10'),
  // ---- over-achievement ----
  { id: 'J17', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 1: checks('全年累计抽检3,200批次', 7) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 1: 7 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 3200/2000 = 1.6T → 10×(1 − 0.3) = 7' },
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
const D_RATE = DL('部门管理', '预算执行');
const D_WORK = DL('履职效能', '重点工作');
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '96.8%', 20, D_RATE),
    q('城镇新增就业人数', '>=', '1.2', '万人', 20, '1.26万人', 20, D_WORK),
    q('职业技能培训人次', '>=', '3000', '人次', 10, '3,260人次', 10, D_WORK),
    q('劳动保障监察结案率', '>=', '95', '%', 20, '97.5%', 20, D_WORK),
    q('三公经费支出', '<=', '12', '万元', 30, '10.6万元', 30, D_RATE),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'K01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'all met' },
  { id: 'K02', form: department(dSwap({ 4: q('三公经费支出', '<=', '12', '万元', 30, '12.6万元（据决算报表）', 28.5, D_RATE) }), 98.5),
    expected: { ...dMet, total: 98.5, rows: dExp({ 4: 28.5 }), noIssues: [...RULED] }, note: '`<=` past T: (1 − 0.6/12)×30 = 28.5' },
];

export const HELD_OUT_SHEETS_SET_20: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
