import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, DL, q, QUALITY, sheetForms, swapped, SATISFACTION, TIME, COST } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { cost, dExp, dMet, homes, issues, liking, limit, met, money, oneRowSheets, passed, pExp, RULED, trained, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 15 (session 20, value cells set 14): whole self-evaluation sheets whose 完成值 and targets were
 * typed into Excel cells and exported back, each computed BY HAND from rules.md §3 and value-cells-14.ts's readings before
 * any code under scoring/ or values/ was read. One project tree (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15) and one department
 * tree (20 + 20 + 10 + 20 + 30). Inputs: other locales' separators (`1 900`, `1.900,00`, `90,25%`, `8,2`), scientific
 * notation, trailing `.0`, bracketed negatives (counted as 0), currency signs before 万, a unit as a label (`人次：1140`),
 * 以上 / 以内 after a figure in the target, 或 between two targets (text), unit case (`KM`), `0（无）`, `—`, `不适用`,
 * and every grade. Harness: ../held-out-sheets.test.ts.
 *
 * First measured, before the scoring code was read or changed (2026-11-24, session 20), 32 sheets (29 project, 3
 * department): 1/32 sheets agree in every item (total 24/32, budget 32/32, rows 1/32, grade 28/32, mismatch 24/32, issues
 * 6/32, derivation 32/32): the base row's `8,2` was read as no number, and the locale, label, ×10 and bracket causes of
 * value-cells-14.ts. Re-labelled (value-cells-7.ts: a comma before one or two digits may be a dropped thousands digit): the
 * base row's `8,2` is now `8.20`; X05 `9,35` and X06 `33,0` are by hand. After the fix: 32/32; sets 2–14 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(500, 500, 500, 10);
const FORMS = sheetForms('四川省绵阳市三台县农业农村局', '2025年农村人居环境整治项目');

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('补贴发放户数', '>=', '2000', '户', 15, '2 140', 15),
    q('补贴资金发放金额', '>=', '350', '万元', 10, '￥356.8万', 10),
    q('技能培训人次', '>=', '1200', '人次', 10, '人次：1286', 10),
    q('工程验收合格率', '>=', '95', '%', 10, '100%（12/12）', 10, QUALITY),
    q('政策宣传期数', '=', '12', '期', 10, '12.0', 10),
    q('审批办结时限', '<=', '30', '天', 10, '28.0天', 10, TIME),
    q('道路建设单位成本', '<=', '8.5', '万元/公里', 10, '8.20', 10, COST),
    q('群众满意度', '>=', '90', '%', 15, '93.5%', 15, SATISFACTION),
  ];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand } = oneRowSheets(FORMS.project, FULL, pRows);

const { project, department } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'X01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 2 140, ￥356.8万 in 万元, 人次：1286, 100%（12/12）, 12.0, 28.0天, 8.20, 93.5%' },
  // ---- other locales' separators ----
  one('X02', 0, homes('1 900', 14.25), 14.25, '1900/2000×15 = 14.25'),
  one('X03', 0, homes('1.900,00户', 14.25), 14.25, 'reading: dot groups and a decimal comma: 1900 → 14.25'),
  one('X04', 3, passed('90,25%', 9.5), 9.5, '90.25/95×10 = 9.5'),
  byHand('X05', 6, cost('9,35', 9), 9, 'RE-LABELLED (was 9 computed): value-cells-7.ts, 9,35 may be 9,350 or 9.35: by hand, 9 kept'),
  byHand('X06', 5, limit('33,0', 9), 9, 'RE-LABELLED as X05: by hand, 9 kept'),
  // ---- money with currency signs ----
  one('X07', 1, money('¥3,150,000.00', 9), 9, '315万元: 315/350×10 = 9'),
  one('X08', 1, money('￥31.5万', 0.9), 0.9, '31.5万元 (a slip for 315): 31.5/350×10 = 0.9'),
  // ---- scientific notation and trailing zeros ----
  one('X09', 2, trained('1.08E+03', 9), 9, '1080/1200×10 = 9'),
  one('X10', 5, limit('3.3E+01天', 9), 9, '33天: (1 − 3/30)×10 = 9'),
  one('X11', 7, liking('88.0%', 14.67), 14.67, '88/90×15 = 14.667 → 14.67'),
  one('X12', 4, issues('11.0期', 9.17), 9.17, '`=` as `>=`: 11/12×10 = 9.167 → 9.17'),
  // ---- a unit as a label ----
  one('X13', 2, trained('人次：1140', 9.5), 9.5, '1140/1200×10 = 9.5'),
  one('X14', 3, passed('合格率：90.25%', 9.5), 9.5, 'a label before the figure: 90.25/95×10 = 9.5'),
  // ---- bracketed negatives and zero ----
  one('X15', 4, issues('(3)', 0), 0, 'an accounting negative counts as 0 (rules.md §3): 0'),
  one('X16', 2, trained('0（无）', 0), 0, '0/1200 → 0'),
  // ---- no number: by hand ----
  byHand('X17', 3, passed('—', 8), 8, 'a dash is no number: by hand, 8 kept'),
  byHand('X18', 3, passed('不适用', 10), 10, 'no number: by hand, 10 kept'),
  byHand('X19', 0, homes('/', 12), 12, 'a slash is no number: by hand, 12 kept'),
  // ---- targets stored as exported ----
  one('X20', 2, typed('技能培训人次', '≥1.200,00', '人次', 10, '1 140', 9.5), 9.5, '`>=` 1200: 1140/1200×10 = 9.5'),
  one('X21', 5, typed('审批办结时限', '3天以内', '天', 10, '4天', 6.67), 6.67, '`<=` 3: (1 − 1/3)×10 = 6.667 → 6.67'),
  one('X22', 3, typed('工程验收合格率', '95%及以上', '%', 10, '90.25%', 9.5), 9.5, '`>=` 95: 9.5'),
  one('X23', 3, typed('道路建设里程', '≥5KM', 'KM', 10, '4.5KM', 9), 9, '`>=` 5: 4.5/5×10 = 9'),
  one('X24', 1, typed('设备采购金额', '1.2E+04', '元', 10, '¥10,800.00', 9), 9, '`=` 12000: 10800/12000×10 = 9'),
  one('X25', 6, typed('单位能耗', '≤0.8KWh', 'KWh', 10, '0.88KWh', 9), 9, '`<=` 0.8: (1 − 0.08/0.8)×10 = 9'),
  one('X26', 3, typed('工程验收合格率', '≥95%或达到省定标准', '%', 10, '96%', 10), 10,
    'two alternatives: a text target, a qualitative row (set 14 Y24): 10 kept'),
  // ---- grades ----
  { id: 'X27', form: project(budgetOf(500, 480, 432, 9), pSwap({
    0: homes('1 700', 12.75), 1: money('¥3,150,000.00', 9), 5: limit('39.0天', 7), 7: liking('8.1E+01%', 13.5),
  }), 91.25),
    expected: { ...met, total: 91.25, budgetScore: 9, rows: pExp({ 0: 12.75, 1: 9, 5: 7, 7: 13.5 }), noIssues: [...RULED] },
    note: '9 + 12.75 + 9 + 10 + 10 + 10 + 7 + 10 + 13.5 = 91.25 → 优' },
  { id: 'X28', form: project(budgetOf(500, 500, 300, 6), pSwap({
    0: homes('1 000', 7.5), 2: trained('人次：600', 5), 4: issues('6.0', 5), 6: cost('12.75', 5),
  }), 73.5),
    expected: { ...met, total: 73.5, budgetScore: 6, rows: pExp({ 0: 7.5, 2: 5, 4: 5, 6: 5 }), grade: '中' },
    note: '6 + 7.5 + 10 + 5 + 10 + 5 + 10 + 5 + 15 = 73.5 → 中' },
  { id: 'X29', form: project(budgetOf(500, 500, 200, 4), pSwap({
    0: homes('600', 4.5), 1: money('￥105万', 3), 2: trained('3.6E+02', 3), 3: passed('(5)', 0), 5: limit('60.0天', 0),
    7: liking('45,0%', 7.5),
  }), 42),
    expected: { ...met, total: 42, budgetScore: 4, rows: [4.5, 3, 3, 0, 10, 0, 10, 7.5], grade: '差' },
    note: '4 + 4.5 + 3 + 3 + 0 + 10 + 0 + 10 + 7.5 = 42 → 差' },
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '98,6%', 20, DL('部门管理', '预算执行')),
    q('年度考核得分', null, '90分及以上', '分', 20, '92.0', 20, DL('履职效能', '重点工作')),
    q('政务公开合格率', '>=', '95', '%', 10, '100%（24/24）', 10, DL('部门管理', '信息公开')),
    q('培训服务人次', '>=', '1500', '人次', 20, '1.586E+03', 20, DL('履职效能', '重点工作')),
    q('公用经费支出', '<=', '120', '万元', 30, '¥1,150,000.00', 30, DL('部门管理', '预算执行')),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'W01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] },
    note: 'all met: 98,6%, 90分及以上 as typed, 1.586E+03, ¥1,150,000.00 = 115万元' },
  { id: 'W02', form: department(dSwap({ 3: q('培训服务人次', '>=', '1500', '人次', 20, '人次：1 286', 17.15, DL('履职效能', '重点工作')) }), 97.15),
    expected: { ...dMet, total: 97.15, rows: dExp({ 3: 17.15 }), noIssues: [...RULED] }, note: '1286/1500×20 = 17.147 → 17.15' },
  { id: 'W03', form: department(dSwap({ 4: q('公用经费支出', '<=', '120', '万元', 30, '￥132万', 27, DL('部门管理', '预算执行')) }), 97),
    expected: { ...dMet, total: 97, rows: dExp({ 4: 27 }), noIssues: [...RULED] }, note: '(1 − 12/120)×30 = 27' },
];

export const HELD_OUT_SHEETS_SET_15: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
