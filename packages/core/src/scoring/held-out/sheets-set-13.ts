import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, NOT_HAND, q, QUALITY, row, sheetForms, swapped, SATISFACTION, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 13 (session 19, value cells set 12): whole self-evaluation sheets whose targets and 完成值 carry
 * time limits, tolerances and bands, and cells mixing languages and keyboards, each computed BY HAND from rules.md §3,
 * the README "Decisions" and value-cells-12.ts's readings before any code under scoring/ or values/ was read. One
 * project tree (12345 政务服务热线, 15 + 15 + 10 + 10 + 10 + 10 + 15 + 5) and one department tree (10 + 20 + 20 + 10 + 20
 * + 20). Inputs: `<=` time limits met in another unit of time (`90分钟` under 小时, `1.5h`, `28 min`), within T..2T and at
 * 2T; targets stored as typed with no comparator (`误差≤2%`, `偏差不超过5%`, `≥95 percent`, `＞90%`, `30分钟内`, `=<3`,
 * `≤50万`, `≥1.2万㎡`, `≤1.5小时`); tolerance and band targets stored as text (`95%±2%`, `90%-95%之间`, `介于3至5天`)
 * with an actual inside them or an editor's pick; deadlines written with dots and slashes met and missed (`按期完成（10月
 * 20日）`, `未超期`, `Q3完成`, `2024.11.5完成`); money in 元 / 万 / ¥ under 万元 rows; every grade. A data table.
 *
 * Readings (value-cells-12.ts and earlier sets): 误差 / 偏差 before a one-sided bound names what the bound is on; ±
 * states two bounds, so `95%±2%` is the band [93%, 97%] and an actual inside it is 达成 as inside a range (README);
 * `percent` is %; `min` is minutes and `h` hours, which convert (README: 秒/分钟/小时/天); `¥` is 元; `Q3完成` is done by
 * 30 September, on time for a 31 October deadline; `未超期` is on time. Harness: ../held-out-sheets.test.ts.
 *
 * First measured, before the scoring code was read or changed (2026-11-24 07:50 UTC), 40 sheets (37 project, 3
 * department): 34/40 sheets agree in every item (total 38/40, budget_score 40/40, rows 34/40, grade 39/40, mismatch
 * 38/40, issues 34/40, derivation 40/40). H34 (`28 min` under 小时 read as 28 hours: 0), H09 and E01/E02 (`误差1.5%`,
 * `误差0.8%` by hand), H17 and E01–E03 (`96 percent` by hand), E03 (`¥550,000` read as 550000 万元: 0, total 80, 良)
 * were the reader's; no key was re-labelled.
 * After the fix (value-cells-12.ts's causes): 40/40; sets 2–12 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(300, 300, 300, 10);
const FORMS = sheetForms('河南省南阳市内乡县政务服务和大数据管理局', '12345政务服务便民热线运行维护项目');

/** Project rows weighing 90 (15 + 15 + 10 + 10 + 10 + 10 + 15 + 5), all met. */
function pRows(): Indicator[] {
  return [
    q('热线接通率', '>=', '95', '%', 15, '96%', 15, QUALITY),
    q('工单办结时限', '<=', '2', '个工作日', 15, '1.5个工作日', 15, TIME),
    q('平均响应时长', '<=', '30', '分钟', 10, '28分钟', 10, TIME),
    q('系统故障恢复时间', '<=', '1.5', '小时', 10, '1.5h', 10, TIME),
    q('数据统计误差率', '<=', '2', '%', 10, '1.2%', 10, QUALITY),
    q('人均培训经费', '<=', '0.5', '万元/人', 10, '0.45万元/人', 10, COST),
    q('群众满意度', '>=', '90', '%', 15, '93%', 15, SATISFACTION),
    row({ level1: '产出指标', level2: '时效指标', name: '平台升级完成时间', comparator: 'qualitative', target: '2024/10/31前', weight: 5, actual: '按期完成（10月20日）', score: 5 }),
  ];
}
const P_FULL = [15, 15, 10, 10, 10, 10, 15, 5];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const conn = (actual: string, score: number | null): Indicator => q('热线接通率', '>=', '95', '%', 15, actual, score, QUALITY);
const close = (actual: string, score: number | null): Indicator => q('工单办结时限', '<=', '2', '个工作日', 15, actual, score, TIME);
const resp = (actual: string, score: number | null): Indicator => q('平均响应时长', '<=', '30', '分钟', 10, actual, score, TIME);
const recover = (actual: string, score: number | null): Indicator => q('系统故障恢复时间', '<=', '1.5', '小时', 10, actual, score, TIME);
const err = (actual: string, score: number | null): Indicator => q('数据统计误差率', '<=', '2', '%', 10, actual, score, QUALITY);
const train = (actual: string, score: number | null): Indicator => q('人均培训经费', '<=', '0.5', '万元/人', 10, actual, score, COST);
const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);
const deadline = (actual: string | null, score: number | null): Indicator =>
  row({ level1: '产出指标', level2: '时效指标', name: '平台升级完成时间', comparator: 'qualitative', target: '2024/10/31前', weight: 5, actual, score });
/** A row stored as the clerk typed it (no comparator: forms.md's order applies), under 产出/质量. */
const typed = (name: string, target: string, unit: string | null, weight: number, actual: string, score: number | null): Indicator =>
  q(name, null, target, unit, weight, actual, score, QUALITY);
/** A tolerance or band target stored as text, as deriveTarget stores it. */
const banded = (name: string, target: string, unit: string | null, weight: number, actual: string, score: number | null): Indicator =>
  row({ level1: '产出指标', level2: '质量指标', name, comparator: 'qualitative', target, unit, weight, actual, score });
const met = { total: 100, budgetScore: 10, rows: P_FULL, grade: '优' as const, mismatch: false };
const RULED = [...NOT_HAND, 'score_mismatch'] as const;

const { project, department } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'H01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED, 'band'] }, note: 'all met: 1.5h under 小时, 按期完成 with its date' },
  // ---- `<=` time limits across units ----
  { id: 'H02', form: project(FULL(), pSwap({ 2: resp('45分钟', 5) }), 95),
    expected: { ...met, total: 95, rows: pExp({ 2: 5 }), noIssues: [...RULED] }, note: '(1 − 15/30)×10 = 5' },
  { id: 'H03', form: project(FULL(), pSwap({ 2: resp('1小时', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 2: 0 }), noIssues: [...RULED], derivation: { 2: ['60'] } }, note: 'README: 1小时 under 分钟 is 60 = 2T → 0' },
  { id: 'H04', form: project(FULL(), pSwap({ 3: recover('90分钟', 10) }), 100),
    expected: { ...met, noIssues: [...RULED], derivation: { 3: ['1.5'] } }, note: '90分钟 under 小时 is 1.5 ≤ 1.5 → 10' },
  { id: 'H05', form: project(FULL(), pSwap({ 3: recover('2小时', 6.67) }), 96.67),
    expected: { ...met, total: 96.67, rows: pExp({ 3: 6.67 }), noIssues: [...RULED] }, note: '(1 − 0.5/1.5)×10 = 6.667 → 6.67' },
  { id: 'H06', form: project(FULL(), pSwap({ 3: recover('1.8h', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 3: 8 }), noIssues: [...RULED] }, note: 'h is 小时: (1 − 0.3/1.5)×10 = 8' },
  { id: 'H34', form: project(FULL(), pSwap({ 3: recover('28 min', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: min is 分钟; 28 min = 0.47 小时 ≤ 1.5 → 10' },
  { id: 'H07', form: project(FULL(), pSwap({ 1: close('3个工作日', 7.5) }), 92.5),
    expected: { ...met, total: 92.5, rows: pExp({ 1: 7.5 }), noIssues: [...RULED] }, note: '(1 − 1/2)×15 = 7.5' },
  { id: 'H08', form: project(FULL(), pSwap({ 1: close('4个工作日', 0) }), 85),
    expected: { ...met, total: 85, rows: pExp({ 1: 0 }), grade: '良', noIssues: [...RULED] }, note: 'A = 2T → 0; 85 is 良' },
  // ---- tolerances ----
  { id: 'H09', form: project(FULL(), pSwap({ 4: err('误差1.5%', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: 误差1.5% is the error, 1.5 ≤ 2 → 10' },
  { id: 'H10', form: project(FULL(), pSwap({ 4: err('2.6%', 7) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 4: 7 }), noIssues: [...RULED] }, note: '(1 − 0.6/2)×10 = 7' },
  { id: 'H11', form: project(FULL(), pSwap({ 4: typed('数据统计误差率', '误差≤2%', '%', 10, '1.8%', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: 误差≤2% stored as typed is `<=` 2: 1.8 → 10' },
  { id: 'H12', form: project(FULL(), pSwap({ 4: typed('数据统计偏差率', '偏差不超过5%', '%', 10, '6%', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 4: 8 }), noIssues: [...RULED] }, note: '`<=` 5: (1 − 1/5)×10 = 8' },
  { id: 'H13', form: project(FULL(), pSwap({ 0: banded('热线接通率', '95%±2%', '%', 15, '94%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED, 'band'] }, note: 'reading: 94% inside 95%±2% is 达成 → 15 kept' },
  { id: 'H14', choices: { 0: '部分达成' }, form: project(FULL(), pSwap({ 0: banded('热线接通率', '95%±2%', '%', 15, '98%', 10.5) }), 95.5),
    expected: { ...met, total: 95.5, rows: pExp({ 0: 10.5 }), noIssues: ['band', 'score_mismatch'] }, note: '部分达成 picked: 10.5 in [9, 12) kept' },
  { id: 'H15', form: project(FULL(), pSwap({ 0: banded('热线接通率', '90%-95%之间', '%', 15, '93%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED, 'band'] }, note: 'README: an actual inside a range target is 达成' },
  { id: 'H16', form: project(FULL(), pSwap({ 1: banded('工单办结周期', '介于3至5天', '天', 15, '4天', 15) }), 100),
    expected: { ...met, noIssues: [...RULED, 'band'] }, note: '4 inside 介于3至5天 → 达成 → 15' },
  // ---- targets and actuals across languages and keyboards ----
  { id: 'H17', form: project(FULL(), pSwap({ 0: typed('热线接通率', '≥95 percent', '%', 15, '96 percent', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: percent is %: 96 ≥ 95 → 15' },
  { id: 'H18', form: project(FULL(), pSwap({ 0: conn('>=96%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'rules.md §1: >=96% as an actual is 96' },
  { id: 'H19', form: project(FULL(), pSwap({ 0: conn('91.2 %', 14.4) }), 99.4),
    expected: { ...met, total: 99.4, rows: pExp({ 0: 14.4 }), noIssues: [...RULED] }, note: '91.2/95×15 = 14.4' },
  { id: 'H20', form: project(FULL(), pSwap({ 0: typed('热线接通率', '＞90%', '%', 15, '88%', 14.67) }), 99.67),
    expected: { ...met, total: 99.67, rows: pExp({ 0: 14.67 }), noIssues: [...RULED] }, note: '`>` 90: 88/90×15 = 14.667 → 14.67' },
  { id: 'H21', form: project(FULL(), pSwap({ 2: typed('平均响应时长', '30分钟内', '分钟', 10, '28分钟', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'README: 30分钟内 is `<=` 30: 28 → 10' },
  { id: 'H22', form: project(FULL(), pSwap({ 2: typed('平均响应时长', '30分钟内', '分钟', 10, '36分钟', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 2: 8 }), noIssues: [...RULED] }, note: '(1 − 6/30)×10 = 8' },
  { id: 'H32', form: project(FULL(), pSwap({ 3: typed('系统故障恢复时间', '≤1.5小时', '小时', 10, '1.5h', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '1.5h ≤ 1.5 小时 → 10' },
  { id: 'H33', form: project(FULL(), pSwap({ 1: typed('投诉处理时限', '=<3', '天', 15, '4天', 10) }), 95),
    expected: { ...met, total: 95, rows: pExp({ 1: 10 }), noIssues: [...RULED] }, note: '=< is ≤: (1 − 1/3)×15 = 10' },
  // ---- deadlines ----
  { id: 'H23', form: project(FULL(), pSwap({ 7: deadline('2024.11.5完成', 5) }), 100),
    expected: { ...met, total: 98.5, rows: pExp({ 7: 3.5 }), mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'README: late with full marks → 部分达成 default 3.5, band' },
  { id: 'H24', form: project(FULL(), pSwap({ 7: deadline('未超期', 5) }), 100),
    expected: { ...met, noIssues: ['band'] }, note: 'reading: 未超期 is on time → 5 kept' },
  { id: 'H25', form: project(FULL(), pSwap({ 7: deadline('Q3完成', 5) }), 100),
    expected: { ...met, noIssues: ['band'] }, note: 'reading: done by 30 September → 5 kept' },
  // ---- money and area ----
  { id: 'H26', form: project(FULL(), pSwap({ 5: train('4,800元/人', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '4800元/人 is 0.48万元/人 ≤ 0.5 → 10' },
  { id: 'H27', form: project(FULL(), pSwap({ 5: train('0.6万元/人', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 5: 8 }), noIssues: [...RULED] }, note: '(1 − 0.1/0.5)×10 = 8' },
  { id: 'H28', form: project(FULL(), pSwap({ 5: typed('设备维护费', '≤50万', '万元', 10, '480,000元', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '480000元 is 48万元 ≤ 50 → 10' },
  { id: 'H29', form: project(FULL(), pSwap({ 5: typed('设备维护费', '≤50万', '万元', 10, '55万元', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 5: 9 }), noIssues: [...RULED] }, note: '(1 − 5/50)×10 = 9' },
  { id: 'H30', form: project(FULL(), pSwap({ 5: typed('新增服务场地面积', '≥1.2万㎡', '平方米', 10, '1.08万㎡', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 5: 9 }), noIssues: [...RULED] }, note: '1.08/1.2×10 = 9' },
  { id: 'H31', form: project(FULL(), pSwap({ 6: liking('合格（3次抽检均合格）', 15) }), 100),
    expected: { ...met, hand: [6], issues: ['actual_not_numeric'] }, note: 'no figure of the row → by hand, 15 kept' },
  // ---- grades ----
  { id: 'H35', choices: { 7: '部分达成' }, form: project(budgetOf(300, 300, 240, 8), pSwap({
    0: conn('85.5%', 13.5), 1: close('3个工作日', 7.5), 2: resp('45分钟', 5), 3: recover('2小时', 6.67), 4: err('2.6%', 7),
    5: train('0.6万元/人', 8), 6: liking('81%', 13.5), 7: deadline('2024.11.5完成', 3.5),
  }), 72.67),
    expected: { ...met, total: 72.67, budgetScore: 8, rows: [13.5, 7.5, 5, 6.67, 7, 8, 13.5, 3.5], grade: '中' },
    note: '8 + 13.5 + 7.5 + 5 + 6.67 + 7 + 8 + 13.5 + 3.5 = 72.67 → 中' },
  { id: 'H36', choices: { 7: '未达成' }, form: project(budgetOf(300, 300, 150, 5), pSwap({
    0: conn('47.5%', 7.5), 1: close('4个工作日', 0), 2: resp('1小时', 0), 3: recover('3h', 0), 4: err('4%', 0),
    5: train('1万元/人', 0), 6: liking('45%', 7.5), 7: deadline(null, null),
  }), 21.5),
    expected: { ...met, total: 21.5, budgetScore: 5, rows: [7.5, 0, 0, 0, 0, 0, 7.5, 1.5], grade: '差' },
    note: '5 + 7.5 + 0 + 0 + 0 + 0 + 0 + 7.5 + 1.5 (未达成 default 0.3×5) = 21.5 → 差' },
  { id: 'H37', form: project(budgetOf(300, 280, 266, 9.5), pSwap({
    0: conn('85.5%', 13.5), 1: close('3个工作日', 7.5), 2: resp('40分钟', 6.67), 6: liking('72%', 12),
  }), 84.17),
    expected: { ...met, total: 84.17, budgetScore: 9.5, rows: pExp({ 0: 13.5, 1: 7.5, 2: 6.67, 6: 12 }), grade: '良' },
    note: '9.5 + 13.5 + 7.5 + 6.67 + 10 + 10 + 10 + 12 + 5 = 84.17 → 良' },
];

/** Department rows weighing 100 (10 + 20 + 20 + 10 + 20 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '96 percent', 10, DL('部门管理', '预算执行')),
    q('政务服务事项办理时限', '<=', '5', '个工作日', 20, '3个工作日', 20, DL('履职效能', '重点工作')),
    q('12345工单响应时长', '<=', '30', '分钟', 20, '28分钟', 20, DL('履职效能', '重点工作')),
    q('数据报送误差率', '<=', '1', '%', 10, '误差0.8%', 10, DL('履职效能', '数据质量')),
    q('公用经费支出', '<=', '50', '万元', 20, '480,000元', 20, DL('部门管理', '预算执行')),
    q('群众满意度', '>=', '90', '%', 20, '93%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 20, 20, 10, 20, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };

const departmentSheets: HeldOutSheet3[] = [
  { id: 'E01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'all met: 96 percent, 误差0.8%, 480,000元 under 万元' },
  { id: 'E02', form: department(dSwap({ 2: q('12345工单响应时长', '<=', '30', '分钟', 20, '45分钟', 10, DL('履职效能', '重点工作')) }), 90),
    expected: { ...dMet, total: 90, rows: dExp({ 2: 10 }), noIssues: [...RULED] }, note: '(1 − 15/30)×20 = 10' },
  { id: 'E03', form: department(dSwap({ 4: q('公用经费支出', '<=', '50', '万元', 20, '¥550,000', 18, DL('部门管理', '预算执行')) }), 98),
    expected: { ...dMet, total: 98, rows: dExp({ 4: 18 }), noIssues: [...RULED] }, note: 'reading: ¥ is 元: 55万元, (1 − 5/50)×20 = 18' },
];

export const HELD_OUT_SHEETS_SET_13: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
