import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, row, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 10 (session 17): WHOLE self-evaluation sheets of a county, each computed BY HAND from rules.md §3
 * and the README "Decisions" before any code under scoring/ or values/ was read. One project tree (农村饮水安全巩固提升,
 * weights 20 + 15 + 15 + 10 + 10 + 10 + 10, a target in 万人 and a cost in 万元) and one department tree (10 + 10 + 20 + 10
 * + 10 + 20 + 20), with the 完成值 a county clerk types: 零发生 and 无 under T = 0, `<` and `=` at T = 0, `>` and `<` met
 * at the limit, negative actuals under `>=` and `<=`, `<=` at and past 2T, `=` above and below, 100%完成 / 按计划完成 /
 * 全覆盖 on count rows, money typed in 元 under 万元 and 万 under 人, a sign, a remark or a zero-width space in the 完成值,
 * targets stored without a comparator (`≤3`, `不超过24`), band picks and band words at their edges, the three
 * over-achievement policies, half-up rounding, budgets over-spent or with no adjustment, 扣分项, every grade.
 * A data table, so longer than the house limit on purpose. Harness: ../held-out-sheets.test.ts (measure-sheets.ts).
 *
 * Readings relied on (sets 3–9 read the same): `>` as `>=`, `<` as `<=`; a band's lower edge inside, its upper edge
 * outside; a score outside its band takes the band default; `deduct`: A/T > θ → w × (1 − (A/T − θ)), never below 0; a
 * row scored by hand keeps the sheet's score within [0, w]; rounding half up on the decimal value. New here:
 * - 零发生 under T = 0 reads 0, as 未发生 / 零起 do (README "完成值 in words"); 基本达成 names 部分达成, as 基本完成.
 * - a target stored as `3.5万` on a 人 row is 35000 人 (README: `0.32亿元` on a 万元 row is 3200).
 *
 * First measured, before the scoring code was read or changed (2026-11-24 01:49 UTC), 61 sheets (48 project, 13
 * department): 59/61 sheets agree in every item (total 61/61, budget_score 61/61, rows 59/61, grade 61/61, mismatch 61/61,
 * issues 59/61, derivation 61/61). K09 and L04 (零发生 under T = 0) were scored by hand as words. No label was re-read.
 * After the fix (band-words.ts saysNone: 零 before the occurrence or the kind of event, 零发生 / 安全事故零发生 / 全年零事故,
 * as 未发生): 61/61; sets 2–9 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(500, 500, 500, 10);
const FORMS = sheetForms('甘肃省定西市通渭县水务局', '农村饮水安全巩固提升工程', '湖南省邵阳市隆回县水利局');

/** Project rows weighing 90 (20 + 15 + 15 + 10 + 10 + 10 + 10), all met. */
function pRows(): Indicator[] {
  return [
    q('新建集中供水工程', '>=', '12', '处', 20, '12处', 20),
    q('受益人口', '>=', '3.5', '万人', 15, '3.6万人', 15),
    q('水质检测合格率', '>=', '95', '%', 15, '96%', 15, QUALITY),
    q('故障维修响应时间', '<=', '24', '小时', 10, '20小时', 10, TIME),
    q('工程建设成本', '<=', '480', '万元', 10, '470万元', 10, COST),
    ql('农村群众饮水条件', '明显改善', 10, '明显改善', 10),
    q('受益群众满意度', '>=', '90', '%', 10, '93%', 10, SATISFACTION),
  ];
}
const P_FULL = [20, 15, 15, 10, 10, 10, 10];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const works = (actual: string, score: number | null, cmp: '>=' | '>' | '=' = '>=', extra: Partial<Indicator> = {}): Indicator =>
  q('新建集中供水工程', cmp, '12', '处', 20, actual, score, extra);
const people = (actual: string, score: number | null): Indicator => q('受益人口', '>=', '3.5', '万人', 15, actual, score);
const quality = (actual: string, score: number | null): Indicator => q('水质检测合格率', '>=', '95', '%', 15, actual, score, QUALITY);
const response = (actual: string, score: number | null, cmp: '<=' | '<' = '<='): Indicator => q('故障维修响应时间', cmp, '24', '小时', 10, actual, score, TIME);
const cost = (actual: string, score: number | null): Indicator => q('工程建设成本', '<=', '480', '万元', 10, actual, score, COST);
const life = (actual: string | null, score: number | null): Indicator => ql('农村群众饮水条件', '明显改善', 10, actual, score);
const liking = (actual: string, score: number | null): Indicator => q('受益群众满意度', '>=', '90', '%', 10, actual, score, SATISFACTION);
const safety = (cmp: '<=' | '<' | '=', actual: string, score: number | null): Indicator => q('水质安全事故', cmp, '0', '起', 10, actual, score, QUALITY);
const met = { total: 100, budgetScore: 10, rows: P_FULL, grade: '优' as const, mismatch: false };

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'K01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...NOT_HAND, 'score_mismatch', 'band'] }, note: 'all met' },
  // ---- money and people in another magnitude ----
  { id: 'K02', form: project(FULL(), pSwap({ 4: cost('4800000元', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'README: 4800000元 under 万元 is 480 = T → 10' },
  { id: 'K03', form: project(FULL(), pSwap({ 4: cost('560万元', 8.33) }), 98.33),
    expected: { ...met, total: 98.33, rows: pExp({ 4: 8.33 }), noIssues: ['score_mismatch'] }, note: '(1 − 80/480)×10 = 8.333 → 8.33' },
  { id: 'K04', form: project(FULL(), pSwap({ 4: cost('960万元', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 4: 0 }) }, note: 'A = 2T → 0; 90 is 优' },
  { id: 'K05', form: project(FULL(), pSwap({ 4: cost('0.05亿元', 9.58) }), 99.58),
    expected: { ...met, total: 99.58, rows: pExp({ 4: 9.58 }), noIssues: ['score_mismatch'] }, note: '0.05亿元 is 500万元: (1 − 20/480)×10 = 9.583 → 9.58' },
  { id: 'K06', form: project(FULL(), pSwap({ 4: cost('4,700,000元', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '4,700,000元 is 470万元 ≤ 480 → 10' },
  { id: 'K07', form: project(FULL(), pSwap({ 1: people('36000人', 15) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '36000人 under 万人 is 3.6 ≥ 3.5 → 15' },
  { id: 'K08', form: project(FULL(), pSwap({ 1: q('受益人口', '>=', '3.5万', '人', 15, '34300人', 14.7) }), 99.7),
    expected: { ...met, total: 99.7, rows: pExp({ 1: 14.7 }), noIssues: [...NOT_HAND, 'score_mismatch'] }, note: 'reading: T 3.5万 on a 人 row is 35000; 34300/35000×15 = 14.7' },
  // ---- T = 0 ----
  { id: 'K09', form: project(FULL(), pSwap({ 3: safety('<=', '零发生', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'reading: 零发生 under T = 0 reads 0, as 未发生 → 10' },
  { id: 'K10', form: project(FULL(), pSwap({ 3: safety('<=', '无', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'README: 无 under T = 0 reads 0 → 10' },
  { id: 'K11', form: project(FULL(), pSwap({ 3: safety('<', '1起', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }), noIssues: [...NOT_HAND] }, note: '< as <=; T = 0, A = 1 → 0' },
  { id: 'K12', form: project(FULL(), pSwap({ 3: safety('=', '0起', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '= with T = 0: 0 → all' },
  // ---- at the limit, negative actuals ----
  { id: 'K13', form: project(FULL(), pSwap({ 0: works('12处', 20, '>') }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '`>` with A = T: A ≥ T → w' },
  { id: 'K14', form: project(FULL(), pSwap({ 3: response('24小时', 10, '<') }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '`<` with A = T: A ≤ T → w' },
  { id: 'K15', form: project(FULL(), pSwap({ 6: q('人均日供水量增长率', '>=', '3', '%', 10, '-1.2%', 0, EFFECT) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 6: 0 }) }, note: 'A < 0 counts as 0 → 0' },
  { id: 'K16', form: project(FULL(), pSwap({ 4: q('管网漏损率变化', '<=', '5', '%', 10, '-2%', 10, COST) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'A < 0 counts as 0 ≤ 5 → 10' },
  // ---- `<=` past T ----
  { id: 'K17', form: project(FULL(), pSwap({ 3: response('50小时', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }) }, note: 'A ≥ 2T → 0' },
  { id: 'K18', form: project(FULL(), pSwap({ 3: response('47小时', 0.42) }), 90.42),
    expected: { ...met, total: 90.42, rows: pExp({ 3: 0.42 }), noIssues: ['score_mismatch'] }, note: '(1 − 23/24)×10 = 0.4167 → 0.42' },
  // ---- `=` ----
  { id: 'K19', form: project(FULL(), pSwap({ 0: works('15处', 20, '=') }), 100),
    expected: { ...met, noIssues: ['score_mismatch'] }, note: '= as >=: above T → 20' },
  { id: 'K20', form: project(FULL(), pSwap({ 0: works('9处', 15, '=') }), 95),
    expected: { ...met, total: 95, rows: pExp({ 0: 15 }), noIssues: ['score_mismatch'] }, note: '= as >=: 9/12×20 = 15' },
  // ---- completion words and a percent on a count row ----
  { id: 'K21', form: project(FULL(), pSwap({ 0: works('100%完成', 20) }), 100),
    expected: { ...met, hand: [0] }, note: 'README: 100% under 处 states no number → by hand, 20 kept' },
  { id: 'K22', form: project(FULL(), pSwap({ 0: works('按计划完成', 20) }), 100),
    expected: { ...met, hand: [0], issues: ['actual_not_numeric'] }, note: 'README: words → by hand' },
  { id: 'K23', form: project(FULL(), pSwap({ 2: quality('全部合格', 15) }), 100),
    expected: { ...met, hand: [2], issues: ['actual_not_numeric'] }, note: 'words under a rate → by hand' },
  { id: 'K24', form: project(FULL(), pSwap({ 0: works('全覆盖', 18) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 0: 18 }), hand: [0], issues: ['actual_not_numeric'] }, note: 'words → by hand, 18 kept' },
  // ---- bands ----
  { id: 'K25', choices: { 5: '部分达成' }, form: project(FULL(), pSwap({ 5: life(null, 7) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 5: 7 }), noIssues: ['band'] }, note: 'pick 部分达成, 7 inside [6, 8)' },
  { id: 'K26', form: project(FULL(), pSwap({ 5: life('基本达成', 9) }), 99),
    expected: { ...met, total: 97, rows: pExp({ 5: 7 }), mismatch: true, issues: ['band'] }, note: 'reading: 基本达成 names 部分达成; 9 outside [6, 8) → 7' },
  { id: 'K27', choices: { 5: '未达成' }, form: project(FULL(), pSwap({ 5: life(null, null) }), null),
    expected: { ...met, total: 93, rows: pExp({ 5: 3 }) }, note: 'pick 未达成, no score → 0.3w = 3' },
  { id: 'K28', form: project(FULL(), pSwap({ 5: life('达成', 7.99) }), 97.99),
    expected: { ...met, rows: P_FULL, mismatch: true, issues: ['band'] }, note: '达成 with 7.99 outside [8, 10] → 10' },
  // ---- over-achievement ----
  { id: 'K29', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: works('16处', 20) }), 100),
    expected: { ...met, issues: ['over_achievement_reason'] }, note: 'explain: 16/12 = 1.33 needs a reason' },
  { id: 'K30', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: works('15处', 20) }), 100),
    expected: { ...met, noIssues: ['over_achievement_reason'] }, note: 'explain: 1.25T needs none' },
  { id: 'K31', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: works('18处', 16) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 0: 16 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 20×0.8 = 16' },
  { id: 'K32', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.5 }, form: project(FULL(), pSwap({ 1: people('7万人', 7.5) }), 92.5),
    expected: { ...met, total: 92.5, rows: pExp({ 1: 7.5 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.5: 2T → 15×0.5 = 7.5' },
  { id: 'K33', form: project(FULL(), pSwap({ 0: works('30处', 20) }), 100),
    expected: { ...met, noIssues: ['over_achievement_reason', 'score_mismatch'] }, note: 'none: 2.5T → full marks, no more' },
  // ---- rounding ----
  { id: 'K34', form: project(FULL(), pSwap({ 2: quality('94.5%', 14.92), 6: liking('89.5%', 9.94) }), 99.86),
    expected: { ...met, total: 99.86, rows: pExp({ 2: 14.92, 6: 9.94 }), noIssues: ['score_mismatch'] }, note: '14.921 → 14.92; 9.944 → 9.94' },
  { id: 'K35', form: project(FULL(), pSwap({ 3: q('培训管水员', '>=', '80', '人', 10, '63人', 7.88, TIME) }), 97.88),
    expected: { ...met, total: 97.88, rows: pExp({ 3: 7.88 }), noIssues: ['score_mismatch'] }, note: '63/80×10 = 7.875 → half up 7.88' },
  // ---- budgets ----
  { id: 'K36', form: project(budgetOf(500, 480, 490, 10), pRows(), 100),
    expected: { ...met }, note: 'over-spent: min(490/480, 1)×10 = 10' },
  { id: 'K37', form: project(budgetOf(500, null, 450, 9), pRows(), 99),
    expected: { ...met, total: 99, budgetScore: 9 }, note: 'no adjustment: 450/500×10 = 9' },
  { id: 'K38', form: project(budgetOf(500, 480, 475, 9.9), pRows(), 99.9),
    expected: { ...met, total: 99.9, budgetScore: 9.9 }, note: '475/480×10 = 9.896 → 9.90' },
  // ---- 完成值 as typed ----
  { id: 'K39', form: project(FULL(), pSwap({ 2: quality('≥96%', 15) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'rules.md §1: ≥96% as an actual is 96' },
  { id: 'K40', form: project(FULL(), pSwap({ 2: quality('96.5%（按省考核口径）', 15) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'a remark after the figure is left out' },
  { id: 'K41', form: project(FULL(), pSwap({ 3: response('≤18小时', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: '≤18小时 as an actual is 18' },
  { id: 'K42', form: project(FULL(), pSwap({ 3: response('２\u200b２小时', 10) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'a zero-width space inside the figure is nothing: 22' },
  { id: 'K43', form: project(FULL(), pSwap({ 0: works('12处（含续建2处）', 20) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'a bracketed remark is left out' },
  // ---- targets stored without a comparator ----
  { id: 'K44', form: project(FULL(), pSwap({ 3: q('故障维修响应时间', null, '≤3', '个工作日', 10, '4个工作日', 6.67, TIME) }), 96.67),
    expected: { ...met, total: 96.67, rows: pExp({ 3: 6.67 }), noIssues: [...NOT_HAND, 'score_mismatch'] }, note: 'README: the sign in the value: (1 − 1/3)×10 = 6.67' },
  { id: 'K45', form: project(FULL(), pSwap({ 3: q('故障维修响应时间', null, '不超过24', '小时', 10, '30小时', 7.5, TIME) }), 97.5),
    expected: { ...met, total: 97.5, rows: pExp({ 3: 7.5 }), noIssues: [...NOT_HAND, 'score_mismatch'] }, note: 'README: 不超过 in the value: (1 − 6/24)×10 = 7.5' },
  // ---- grades ----
  { id: 'K46', form: project(FULL(), pSwap({ 0: works('6处', 10), 1: people('2.8万人', 12), 2: quality('76%', 12) }), 84),
    expected: { ...met, total: 84, rows: pExp({ 0: 10, 1: 12, 2: 12 }), grade: '良' }, note: '10 + 10 + 12 + 12 + 40 = 84 → 良' },
  { id: 'K47', choices: { 5: '未达成' }, form: project(budgetOf(500, 480, 400, 8.33), pSwap({
    0: works('6处', 10), 1: people('1.75万人', 7.5), 2: quality('57%', 9), 3: response('36小时', 5), 5: life(null, 3), 6: liking('72%', 8),
  }), 60.83),
    expected: { ...met, total: 60.83, budgetScore: 8.33, rows: [10, 7.5, 9, 5, 10, 3, 8], grade: '中' },
    note: '8.33 + 10 + 7.5 + 9 + 5 + 10 + 3 + 8 = 60.83 → 中' },
  { id: 'K48', choices: { 5: '未达成' }, form: project(budgetOf(500, 480, 240, 5), pSwap({
    0: works('3处', 5), 1: people('1.4万人', 6), 2: quality('38%', 6), 3: response('44小时', 1.67), 4: cost('800万元', 3.33), 5: life(null, 2), 6: liking('45%', 5),
  }), 34),
    expected: { ...met, total: 34, budgetScore: 5, rows: [5, 6, 6, 1.67, 3.33, 2, 5], grade: '差' },
    note: '5 + 5 + 6 + 6 + 1.67 + 3.33 + 2 + 5 = 34 → 差' },
];

/** Department rows weighing 100 (10 + 10 + 20 + 10 + 10 + 20 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '96%', 10, DL('部门管理', '预算执行')),
    q('“三公”经费控制数', '<=', '12', '万元', 10, '11万元', 10, DL('部门管理', '预算执行')),
    q('河道巡查次数', '>=', '48', '次', 20, '50次', 20, DL('履职效能', '重点工作')),
    q('防汛物资到位时间', '<=', '2', '小时', 10, '1.5小时', 10, DL('履职效能', '重点工作')),
    q('水利工程安全事故', '<=', '0', '起', 10, '0起', 10, DL('履职效能', '安全管理')),
    ql('河湖面貌', '持续改善', 20, '持续改善', 20, DL('社会效应', '社会效益')),
    q('群众满意度', '>=', '90', '%', 20, '94%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 10, 20, 10, 10, 20, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const budgetRow = (actual: string, score: number | null): Indicator => q('部门预算执行率', '>=', '95', '%', 10, actual, score, DL('部门管理', '预算执行'));
const official = (actual: string, score: number | null): Indicator => q('“三公”经费控制数', '<=', '12', '万元', 10, actual, score, DL('部门管理', '预算执行'));
const patrols = (actual: string, score: number | null): Indicator => q('河道巡查次数', '>=', '48', '次', 20, actual, score, DL('履职效能', '重点工作'));
const supplies = (actual: string, score: number | null): Indicator => q('防汛物资到位时间', '<=', '2', '小时', 10, actual, score, DL('履职效能', '重点工作'));
const accidents = (actual: string, score: number | null): Indicator => q('水利工程安全事故', '<=', '0', '起', 10, actual, score, DL('履职效能', '安全管理'));
const rivers = (actual: string | null, score: number | null): Indicator => ql('河湖面貌', '持续改善', 20, actual, score, DL('社会效应', '社会效益'));
const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'L01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...NOT_HAND, 'score_mismatch'] }, note: 'all met' },
  { id: 'L02', form: department(dSwap({ 1: official('150000元', 7.5) }), 97.5),
    expected: { ...dMet, total: 97.5, rows: dExp({ 1: 7.5 }), noIssues: ['score_mismatch'] }, note: '150000元 is 15万元: (1 − 3/12)×10 = 7.5' },
  { id: 'L03', form: department(dSwap({ 1: official('11.5万', 10) }), 100),
    expected: { ...dMet, noIssues: [...NOT_HAND] }, note: '11.5万 under 万元 is 11.5 ≤ 12 → 10' },
  { id: 'L04', form: department(dSwap({ 4: accidents('零发生', 10) }), 100),
    expected: { ...dMet, noIssues: [...NOT_HAND] }, note: 'reading: 零发生 under T = 0 reads 0' },
  { id: 'L05', form: department(dSwap({ 4: accidents('无', 10) }), 100),
    expected: { ...dMet, noIssues: [...NOT_HAND] }, note: 'README: 无 under T = 0 reads 0' },
  { id: 'L06', form: department(dSwap({ 4: accidents('1起', 0) }), 90),
    expected: { ...dMet, total: 90, rows: dExp({ 4: 0 }) }, note: '<= 0 with 1 → 0' },
  { id: 'L07', form: department(dSwap({ 2: patrols('100%完成', 20) }), 100),
    expected: { ...dMet, hand: [2] }, note: 'README: 100% under 次 → by hand, 20 kept' },
  { id: 'L08', form: department(dSwap({ 0: budgetRow('94.05%', 9.9) }), 99.9),
    expected: { ...dMet, total: 99.9, rows: dExp({ 0: 9.9 }), noIssues: ['score_mismatch'] }, note: '94.05/95×10 = 9.90' },
  { id: 'L09', form: department([...dRows(), row({ name: '审计发现问题', level1: '扣分项', weight: 5, score: -3 })], 97),
    expected: { ...dMet, total: 97, rows: [...D_FULL, -3], hand: [7] }, note: 'README: a 扣分项 of −3 within its 5' },
  { id: 'L10', choices: { 5: '部分达成' }, form: department(dSwap({ 5: rivers(null, 15) }), 95),
    expected: { ...dMet, total: 95, rows: dExp({ 5: 15 }), noIssues: ['band'] }, note: 'pick 部分达成, 15 inside [12, 16)' },
  { id: 'L11', policy: { overAchievement: 'deduct' }, form: department(dSwap({ 2: patrols('96次', 6) }), 86),
    expected: { ...dMet, total: 86, rows: dExp({ 2: 6 }), grade: '良' }, note: 'deduct θ 1.3: 2T → 20×0.3 = 6; 86 is 良' },
  { id: 'L12', form: department(dSwap({ 3: supplies('2.5小时', 7.5) }), 97.5),
    expected: { ...dMet, total: 97.5, rows: dExp({ 3: 7.5 }), noIssues: ['score_mismatch'] }, note: '(1 − 0.5/2)×10 = 7.5' },
  { id: 'L13', form: department(dSwap({ 2: patrols('按计划完成', 20) }), 100),
    expected: { ...dMet, hand: [2], issues: ['actual_not_numeric'] }, note: 'README: words → by hand, 20 kept' },
];

export const HELD_OUT_SHEETS_SET_10: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
