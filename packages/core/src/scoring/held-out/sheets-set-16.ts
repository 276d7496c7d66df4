import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, DL, q, QUALITY, sheetForms, swapped, SATISFACTION, TIME, COST } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { cost, dExp, dMet, homes, issues, liking, limit, met, money, oneRowSheets, passed, pExp, RULED, trained, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 16 (session 21, value cells set 15): whole self-evaluation sheets whose targets were written in 2026
 * 申报 systems' free-text boxes and whose 完成值 clerks typed into 自评 columns, each computed BY HAND from rules.md §3 and
 * value-cells-15.ts's readings before any code under scoring/ or values/ was read. The project and department trees of
 * sets 14 and 15 (shared-rural-trees.ts). Inputs: 完成率 and 实际完成 clauses, 余 / 千 / characters in the 完成值, a count of
 * a total (`11/12期`), cancellations and 未开展 (by hand), per-head and average-per-period leads (人均, 户均, 每千人口, 月均, 日均,
 * 全年累计), a named error bound, 万 in the target against a 人次 column, and targets that stay text (a deadline, a change,
 * a ± band) or a reference (达到《…》), and every grade. Harness: ../held-out-sheets.test.ts.
 *
 * First measured, before the scoring code was read or changed (2026-11-24, session 21), 34 sheets (31 project, 3
 * department): 25/34 sheets agree in every item (total 32/34, budget 34/34, rows 25/34, grade 33/34, mismatch 32/34, issues
 * 27/34, derivation 34/34): 余 after 千 (1千余人次, 1.6千余人次) and after a numeral (一千八百余户) unread, `详见附件2` read
 * as 2, a target in numerals (≥三千册, 不少于二十场) scored by hand, 6百人次 read as 6. After the fix: 34/34; sets 2–15
 * unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(600, 600, 600, 10);
const FORMS = sheetForms('河南省周口市郸城县文化广电和旅游局', '2025年公共文化服务体系建设项目');

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('补贴发放户数', '>=', '2000', '户', 15, '2140户', 15),
    q('补贴资金发放金额', '>=', '350', '万元', 10, '356.8万元', 10),
    q('技能培训人次', '>=', '1200', '人次', 10, '实际完成1286人次，完成率107%', 10),
    q('工程验收合格率', '>=', '95', '%', 10, '完成率98.6%', 10, QUALITY),
    q('政策宣传期数', '=', '12', '期', 10, '12/12期', 10),
    q('审批办结时限', '<=', '30', '天', 10, '28天', 10, TIME),
    q('道路建设单位成本', '<=', '8.5', '万元/公里', 10, '8.2万元/公里', 10, COST),
    q('群众满意度', '>=', '90', '%', 15, '93.5%', 15, SATISFACTION),
  ];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand } = oneRowSheets(FORMS.project, FULL, pRows);

const { project, department } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'Y01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 2140户, 356.8万元, 实际完成1286人次…, 完成率98.6%, 12/12期, 28天, 8.2万元/公里, 93.5%' },
  // ---- 余, 千 and characters in the 完成值 ----
  one('Y02', 2, trained('1千余人次', 8.33), 8.33, '余 drops: 1000/1200×10 = 8.333 → 8.33'),
  one('Y03', 0, homes('一千八百余户', 13.5), 13.5, '1800/2000×15 = 13.5'),
  one('Y04', 0, homes('1.8千户', 13.5), 13.5, '千 scaled into 户: 1800 → 13.5'),
  // ---- completion clauses ----
  one('Y05', 2, trained('实际完成1080人次，完成率90%', 9), 9, 'the clause in the row’s unit: 1080/1200×10 = 9'),
  one('Y06', 3, passed('完成率90.25%', 9.5), 9.5, '90.25/95×10 = 9.5'),
  one('Y07', 2, trained('全年累计1140人次', 9.5), 9.5, '1140/1200×10 = 9.5'),
  one('Y08', 4, issues('11/12期', 9.17), 9.17, 'the count done of a total: `=` as `>=`: 11/12×10 = 9.167 → 9.17'),
  one('Y09', 0, homes('覆盖全部1800户', 13.5), 13.5, '1800/2000×15 = 13.5'),
  one('Y10', 5, limit('33天（含节假日）', 9), 9, 'a remark left out: (1 − 3/30)×10 = 9'),
  // ---- no number: by hand ----
  byHand('Y11', 2, trained('因疫情取消', 0), 0, 'cancelled: no number, by hand, 0 kept'),
  byHand('Y12', 4, issues('未开展（资金未到位）', 0), 0, 'no number: by hand, 0 kept'),
  byHand('Y13', 3, passed('正在推进中', 6), 6, 'no number: by hand, 6 kept'),
  byHand('Y14', 0, homes('详见附件2', 12), 12, 'no number: by hand, 12 kept'),
  // ---- targets as written in 申报 free-text boxes ----
  one('Y15', 3, typed('人均公共文化设施面积', '人均≥2.5平方米', '平方米/人', 10, '人均2.25平方米', 9), 9, '`>=` 2.5: 2.25/2.5×10 = 9'),
  one('Y16', 3, typed('月均服务人次', '月均≥20人次', '人次/月', 10, '月均18人次', 9), 9, '`>=` 20: 18/20×10 = 9'),
  one('Y17', 3, typed('全年服务人次', '全年累计≥240人次', '人次', 10, '全年累计216人次', 9), 9, '`>=` 240: 216/240×10 = 9'),
  one('Y18', 3, typed('检测误差', '误差≤0.5%', '%', 10, '误差0.55%', 9), 9, '`<=` 0.5: (1 − 0.05/0.5)×10 = 9'),
  one('Y19', 3, typed('每千人口床位数', '每千人口≥3张', '张/千人口', 10, '2.7张', 9), 9, '`>=` 3: 2.7/3×10 = 9'),
  one('Y20', 3, typed('户均增收金额', '户均≥2000元', '元/户', 10, '户均1800元', 9), 9, '`>=` 2000: 1800/2000×10 = 9'),
  one('Y21', 3, typed('图书采购册数', '≥三千册', '册', 10, '二千七百册', 9), 9, '`>=` 3000: 2700/3000×10 = 9'),
  one('Y22', 3, typed('文化活动场次', '不少于二十场', '场', 10, '十八场', 9), 9, '`>=` 20: 18/20×10 = 9'),
  one('Y23', 3, typed('服务人次', '≥1.2万人次', '人次', 10, '1.08万人次', 9), 9, '`>=` 1.2万 = 12000: 10800/12000×10 = 9'),
  one('Y24', 3, typed('覆盖乡镇数', '12个（全部）', '个', 10, '11/12个', 9.17), 9.17, '`=` 12: 11/12×10 = 9.167 → 9.17'),
  one('Y25', 3, typed('日均接待人次', '日均≥50人次', '人次/日', 10, '日均45人次', 9), 9, '`>=` 50: 45/50×10 = 9'),
  one('Y26', 3, typed('项目完成时限', '2026年10月31日前', null, 10, '2026年10月28日完成', 10), 10, 'a deadline is text: a qualitative row, 10 kept (达成)'),
  one('Y27', 3, typed('传染病发病率变化', '同比下降≥3个百分点', '个百分点', 10, '同比下降3.5个百分点', 10), 10, 'a change is text: qualitative, 10 kept'),
  one('Y28', 3, typed('检测合格率', '95%±2%', '%', 10, '96.5%', 10), 10, 'a ± band is text: qualitative, 10 kept'),
  { id: 'Y29', form: project(FULL(), pSwap({ 3: typed('水质达标情况', '达到《地表水环境质量标准》Ⅲ类标准', null, 10, '达到Ⅲ类标准', 10) }), 100),
    expected: { ...met, hand: [3] }, note: 'rules.md §3: 达到 a reference → by hand, 10 kept' },
  // ---- grades ----
  { id: 'Y30', form: project(budgetOf(600, 600, 540, 9), pSwap({
    0: homes('一千八百余户', 13.5), 2: trained('实际完成1080人次，完成率90%', 9), 3: passed('完成率76%', 8), 4: issues('11/12期', 9.17),
    5: limit('36天', 8), 6: cost('9.35万元/公里', 9), 7: liking('完成率81%', 13.5),
  }), 89.17),
    expected: { ...met, total: 89.17, budgetScore: 9, rows: pExp({ 0: 13.5, 2: 9, 3: 8, 4: 9.17, 5: 8, 6: 9, 7: 13.5 }), grade: '良' },
    note: '9 + 13.5 + 10 + 9 + 8 + 9.17 + 8 + 9 + 13.5 = 89.17 → 良' },
  { id: 'Y31', form: project(budgetOf(600, 600, 300, 5), pSwap({
    0: homes('1千余户', 7.5), 1: money('一百七十五万元', 5), 2: trained('6百人次', 5), 5: limit('45天', 5), 7: liking('45%', 7.5),
  }), 65),
    expected: { ...met, total: 65, budgetScore: 5, rows: pExp({ 0: 7.5, 1: 5, 2: 5, 5: 5, 7: 7.5 }), grade: '中' },
    note: '5 + 7.5 + 5 + 5 + 10 + 10 + 5 + 10 + 7.5 = 65 → 中' },
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '完成率98.6%', 20, DL('部门管理', '预算执行')),
    q('年度重点任务完成数', '>=', '12', '项', 20, '12/12项', 20, DL('履职效能', '重点工作')),
    q('政务公开合格率', '>=', '95', '%', 10, '已完成（100%）', 10, DL('部门管理', '信息公开')),
    q('培训服务人次', '>=', '1500', '人次', 20, '1.6千余人次', 20, DL('履职效能', '重点工作')),
    q('公用经费支出', '<=', '120', '万元', 30, '115万元', 30, DL('部门管理', '预算执行')),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'Z01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] },
    note: 'all met: 完成率98.6%, 12/12项, 已完成（100%）, 1.6千余人次 = 1600, 115万元' },
  { id: 'Z02', form: department(dSwap({ 1: q('年度重点任务完成数', '>=', '12', '项', 20, '9/12项', 15, DL('履职效能', '重点工作')) }), 95),
    expected: { ...dMet, total: 95, rows: dExp({ 1: 15 }), noIssues: [...RULED] }, note: '9/12×20 = 15' },
  { id: 'Z03', form: department(dSwap({ 3: q('培训服务人次', '>=', '1500', '人次', 20, '实际完成1.2千人次，完成率80%', 16, DL('履职效能', '重点工作')) }), 96),
    expected: { ...dMet, total: 96, rows: dExp({ 3: 16 }), noIssues: [...RULED] }, note: '1200/1500×20 = 16' },
];

export const HELD_OUT_SHEETS_SET_16: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
