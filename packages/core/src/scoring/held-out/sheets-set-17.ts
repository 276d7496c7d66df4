import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, DL, q, QUALITY, sheetForms, swapped, SATISFACTION, TIME, COST } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { cost, dExp, dMet, homes, issues, liking, limit, met, money, oneRowSheets, passed, pExp, RULED, trained, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 17 (session 22, value cells set 16): whole self-evaluation sheets whose cells came out of OCR and
 * copy-paste and from clerks in other provinces, each computed BY HAND from rules.md §3 and value-cells-16.ts's readings
 * before any code under scoring/ or values/ was read. The project and department trees of sets 14–16
 * (shared-rural-trees.ts). Inputs: full-width digits mixed with half-width, spaces and separators inside numbers, a label or
 * ¥ before the number, approximations and 待…统计 (by hand), 超额完成（…）, a count of a total, targets typed with 「<」「>」
 * 「=」, 以内 / 内 limits, ranges, zero targets met by 无 / 0（未发生）, signed targets met and missed, a ratio target (by hand),
 * and a total on the 优 cut-off. Harness: ../held-out-sheets.test.ts.
 *
 * First measured, before the scoring code was read or changed (2026-11-24, session 22), 37 sheets (34 project, 3
 * department): 35/37 sheets agree in every item (total 36/37, budget 37/37, rows 36/37, grade 37/37, mismatch 36/37, issues
 * 37/37, derivation 37/37): W32's ratio target `≥2/3` computed (2 against 5) instead of going to a person; W34's total was
 * keyed 90 by a slip of addition (RE-LABELLED 91). After the fix: 37/37; sets 2–16 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(600, 600, 600, 10);
const FORMS = sheetForms('甘肃省定西市安定区农业农村局', '2025年高标准农田建设及农技推广项目');

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met, written as OCR and paste leave them. */
function pRows(): Indicator[] {
  return [
    q('补贴发放户数', '>=', '2000', '户', 15, '2 140户', 15),
    q('补贴资金发放金额', '>=', '350', '万元', 10, '356.8万元', 10),
    q('技能培训人次', '>=', '1200', '人次', 10, '1，286人次', 10),
    q('工程验收合格率', '>=', '95', '%', 10, '９8.6%', 10, QUALITY),
    q('政策宣传期数', '=', '12', '期', 10, '１2期', 10),
    q('审批办结时限', '<=', '30', '天', 10, '28天', 10, TIME),
    q('道路建设单位成本', '<=', '8.5', '万元/公里', 10, '8.2万元/公里', 10, COST),
    q('群众满意度', '>=', '90', '%', 15, '93.5 %', 15, SATISFACTION),
  ];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand } = oneRowSheets(FORMS.project, FULL, pRows);

const { project, department } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'W01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 2 140户, 356.8万元, 1，286人次, ９8.6%, １2期, 28天, 8.2万元/公里, 93.5 %' },
  // ---- widths, spaces, separators, labels in the 完成值 ----
  one('W02', 2, trained('1 080人次', 9), 9, '1080/1200×10 = 9'),
  one('W03', 0, homes('1，800户', 13.5), 13.5, '1800/2000×15 = 13.5'),
  one('W04', 1, money('金额¥315万元', 9), 9, '315/350×10 = 9'),
  one('W05', 3, passed('完成９０．２５％', 9.5), 9.5, '90.25/95×10 = 9.5'),
  one('W06', 5, limit('３３天', 9), 9, '(1 − 3/30)×10 = 9'),
  one('W07', 6, cost('不超过9.35万元/公里', 9), 9, 'a sign word before an actual leaves the figure: (1 − 0.85/8.5)×10 = 9'),
  one('W08', 4, issues('10/12期', 8.33), 8.33, '`=` as `>=`: 10/12×10 = 8.333 → 8.33'),
  one('W09', 2, trained('超额完成（1,380人次）', 10), 10, '1380 ≥ 1200 → 10 (over-achievement policy none)'),
  one('W10', 3, passed('超额完成（112%）', 10), 10, '112 ≥ 95 → 10'),
  one('W11', 0, homes('户数：1,900户', 14.25), 14.25, '1900/2000×15 = 14.25'),
  // ---- no number: by hand ----
  byHand('W12', 2, trained('约1100人次', 9), 9, 'an estimate: by hand, 9 kept'),
  byHand('W13', 3, passed('待年底统计', 8), 8, 'not yet counted: by hand, 8 kept'),
  byHand('W14', 0, homes('1800户左右', 13), 13, 'an estimate: by hand, 13 kept'),
  // ---- targets typed with 「<」「>」「=」, limits, ranges, zero and signed targets ----
  one('W15', 3, typed('服务对象投诉率', '＜1%', '%', 10, '0.5%', 10), 10, '`<` 1: A ≤ T → 10'),
  one('W16', 3, typed('服务对象投诉率', '＜2%', '%', 10, '3%', 5), 5, '`<` 2: (1 − 1/2)×10 = 5'),
  one('W17', 3, typed('新增就业人数', '＞100人', '人', 10, '90人', 9), 9, '`>` 100: 90/100×10 = 9'),
  one('W18', 3, typed('新增就业人数', '＞100人', '人', 10, '100人', 10), 10, '§3: `>` A ≥ T → w'),
  one('W19', 3, typed('设备采购台数', '＝12台', '台', 10, '９台', 7.5), 7.5, '`=` as `>=`: 9/12×10 = 7.5'),
  one('W20', 3, typed('安全事故发生数', '=0', '起', 10, '0（未发生）', 10), 10, '`=` with T = 0: A = 0 → 10'),
  one('W21', 3, typed('安全事故发生数', '0起', '起', 10, '1起', 0), 0, '`=` with T = 0, all or nothing: A = 1 → 0'),
  one('W22', 3, typed('重大事故起数', '≤0起', '起', 10, '无', 10), 10, '`<=` T = 0: 无 is 0 (README) → 10'),
  one('W23', 3, typed('成本变动率', '≤-2%', '%', 10, '-3%', 10), 10, 'a signed target met: -3 ≤ -2 → 10 (README)'),
  one('W24', 3, typed('成本变动率', '≥-1%', '%', 10, '-0.5%', 10), 10, 'a signed floor met: -0.5 ≥ -1 → 10'),
  byHand('W25', 3, typed('成本变动率', '≤-2%', '%', 10, '-1%', 6), 6, 'a signed target missed: by hand (README), 6 kept', false),
  one('W26', 3, typed('办结时限', '10天内', '天', 10, '12天', 8), 8, '`<=` 10: (1 − 2/10)×10 = 8'),
  one('W27', 3, typed('问题整改时限', '5个工作日以内', '个工作日', 10, '7个工作日', 6), 6, '`<=` 5: (1 − 2/5)×10 = 6'),
  one('W28', 3, typed('验收合格率', '91%-95%', '%', 10, '93%', 10), 10, 'a range is text: 93 inside it is 达成, 10 kept'),
  one('W29', 3, typed('农田覆盖率', '不低于9５%', '%', 10, '90.25 %', 9.5), 9.5, '`>=` 95: 90.25/95×10 = 9.5'),
  one('W30', 3, typed('培训人次', '≥1 200人次', '人次', 10, '1，080人次', 9), 9, '`>=` 1200: 1080/1200×10 = 9'),
  one('W31', 3, typed('资金到位金额', '金额¥350万元', '万元', 10, '¥315万元', 9), 9, '`=` 350: 315/350×10 = 9'),
  { id: 'W32', form: project(FULL(), pSwap({ 3: typed('项目覆盖比例', '≥2/3', null, 10, '5/6', 10) }), 100),
    expected: { ...met, hand: [3] }, note: 'a sign before a ratio is a reference: by hand, 10 kept' },
  one('W33', 3, typed('参训人数', '约1300人', '人', 10, '1300人', 10), 10, 'an estimate target is text: qualitative, 10 kept'),
  // ---- grades ----
  { id: 'W34', form: project(budgetOf(600, 600, 540, 9), pSwap({
    0: homes('1，800户', 13.5), 3: passed('完成９０．２５％', 9.5), 4: issues('9/12期', 7.5), 5: limit('３３天', 9),
    6: cost('9.35万元/公里', 9), 7: liking('81 %', 13.5),
  }), 91),
    expected: { ...met, total: 91, budgetScore: 9, rows: pExp({ 0: 13.5, 3: 9.5, 4: 7.5, 5: 9, 6: 9, 7: 13.5 }), grade: '优' },
    note: 'RE-LABELLED (was 90, a slip of addition): 9 + 13.5 + 10 + 10 + 9.5 + 7.5 + 9 + 9 + 13.5 = 91 → 优' },
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '９8.6%', 20, DL('部门管理', '预算执行')),
    q('年度重点任务完成数', '>=', '12', '项', 20, '12 项', 20, DL('履职效能', '重点工作')),
    q('政务公开合格率', '>=', '95', '%', 10, '100 %', 10, DL('部门管理', '信息公开')),
    q('培训服务人次', '>=', '1500', '人次', 20, '1，620人次', 20, DL('履职效能', '重点工作')),
    q('公用经费支出', '<=', '120', '万元', 30, '115万元', 30, DL('部门管理', '预算执行')),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'V01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] },
    note: 'all met: ９8.6%, 12 项, 100 %, 1，620人次, 115万元' },
  { id: 'V02', form: department(dSwap({ 4: q('公用经费支出', '<=', '120', '万元', 30, '1,380,000元', 25.5, DL('部门管理', '预算执行')) }), 95.5),
    expected: { ...dMet, total: 95.5, rows: dExp({ 4: 25.5 }), noIssues: [...RULED] }, note: '1,380,000元 = 138万元: (1 − 18/120)×30 = 25.5' },
  { id: 'V03', form: department(dSwap({ 1: q('年度重点任务完成数', '>=', '12', '项', 20, '10/12项', 16.67, DL('履职效能', '重点工作')) }), 96.67),
    expected: { ...dMet, total: 96.67, rows: dExp({ 1: 16.67 }), noIssues: [...RULED] }, note: '10/12×20 = 16.667 → 16.67' },
];

export const HELD_OUT_SHEETS_SET_17: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
