import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, EFFECT, NOT_HAND, q, ql, QUALITY, sheetForms, swapped, SATISFACTION, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Held-out scoring set 12 (session 19): whole self-evaluation sheets whose 完成值 and targets a county clerk typed by
 * hand in Word, each computed BY HAND from rules.md §3, the README "Decisions" and value-cells-11.ts's readings before
 * any code under scoring/ or values/ was read. One project tree (农村人居环境整治, 20 + 15 + 10 + 10 + 10 + 10 + 15) and one
 * department tree (10 + 10 + 20 + 10 + 10 + 20 + 20). Inputs: 完成值 after completion words (`实际完成1,100户`,
 * `未完成，完成80%`, `已完成（100%）`, `全年共3次`), Word's marks (`⩾96%`, `90.25%¹`, an en dash for a minus), ranges with
 * Word's dashes, a unit qualified by a bracket (`≤3日（工作日）`), symbol units (km, m), money in 元 / 万元 / 亿元, dates
 * and `提前10天完成`, `提升至93%`; every §3 branch (>= / > met and short, <= / < within T..2T and at 2T, T = 0 under <=, <
 * and =, A < 0 under >= and <=, band edges with and without a pick, the three over-achievement policies, rounding at
 * .xx5, budgets with and without an adjustment, deadlines on time and late, every grade). A data table, so longer than
 * the house limit on purpose. Harness: ../held-out-sheets.test.ts.
 *
 * Readings (value-cells-11.ts and earlier sets): `未完成，完成80%` is 80; a superscript digit after the figure is a
 * footnote mark; an en dash right before a figure is a minus; a range actual is read at its cautious end (the high end
 * under <=, README); `2日（工作日）` is 2 working days; `提升至93%` as a 完成值 is the level reached, 93; `提前10天完成`
 * on a deadline row is on time; `4,500m` under km is 4.5 (README: units of one kind convert). Rounding is half up on
 * the decimal value (set 6): 9.995 → 10.
 *
 * First measured, before the scoring code was read or changed (2026-11-24 06:57 UTC), 54 sheets (41 project, 13
 * department): 49/54 sheets agree in every item (total 52/54, budget_score 54/54, rows 49/54, grade 53/54, mismatch
 * 52/54, issues 49/54, derivation 54/54). R05 (`90.25%¹` by hand), R13 (`–3.2%` read 3.2: 9.6, total 94.6, 优),
 * S06 (`全年未发生（0起）` by hand) and S10 (`提升至93%` by hand) were the reader's; S08 was the key's (0.082亿元 is
 * 820万元, re-labelled, see its note).
 * After the fix (value-cells-11.ts's causes, and band-words.ts saysNone reading a bracketed 0 after 未发生): 54/54;
 * sets 2–11 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(300, 300, 300, 10);
const FORMS = sheetForms('甘肃省定西市通渭县农业农村局', '农村人居环境整治项目', '甘肃省定西市通渭县农业农村局');

/** Project rows weighing 90 (20 + 15 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [
    q('农村户厕改造数量', '>=', '1050', '户', 20, '1100户', 20),
    q('生活垃圾收运覆盖率', '>=', '95', '%', 15, '96%', 15, QUALITY),
    q('村内道路硬化长度', '>=', '5', 'km', 10, '5.6km', 10, QUALITY),
    q('问题整改时限', '<=', '3', '个工作日', 10, '2个工作日', 10, TIME),
    q('户均改厕成本', '<=', '4000', '元', 10, '3800元', 10, COST),
    ql('村容村貌', '明显改善', 10, '明显改善', 10),
    q('群众满意度', '>=', '90', '%', 15, '93%', 15, SATISFACTION),
  ];
}
const P_FULL = [20, 15, 10, 10, 10, 10, 15];
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const pExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(P_FULL, swaps);
const toilets = (actual: string, score: number | null): Indicator => q('农村户厕改造数量', '>=', '1050', '户', 20, actual, score);
const refuse = (actual: string, score: number | null, cmp: '>=' | '>' = '>='): Indicator => q('生活垃圾收运覆盖率', cmp, '95', '%', 15, actual, score, QUALITY);
const road = (actual: string, score: number | null): Indicator => q('村内道路硬化长度', '>=', '5', 'km', 10, actual, score, QUALITY);
const fixing = (actual: string, score: number | null, cmp: '<=' | '<' = '<='): Indicator => q('问题整改时限', cmp, '3', '个工作日', 10, actual, score, TIME);
const cost = (actual: string, score: number | null): Indicator => q('户均改厕成本', '<=', '4000', '元', 10, actual, score, COST);
const village = (actual: string | null, score: number | null): Indicator => ql('村容村貌', '明显改善', 10, actual, score);
const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);
const accident = (cmp: '<=' | '<' | '=', actual: string, score: number | null): Indicator => q('农村安全事故', cmp, '0', '起', 10, actual, score, QUALITY);
const deadline = (actual: string, score: number | null): Indicator => ql('项目完工时间', '2026年11月底前完成', 10, actual, score, TIME);
const met = { total: 100, budgetScore: 10, rows: P_FULL, grade: '优' as const, mismatch: false };
const RULED = [...NOT_HAND, 'score_mismatch'] as const;

const { project } = FORMS;
const projectSheets: HeldOutSheet3[] = [
  { id: 'R01', form: project(FULL(), pSwap({ 0: toilets('实际完成1,100户', 20), 1: refuse('完成96.5%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED, 'band'] }, note: 'figures after completion words: all met' },
  // ---- 完成值 as clerks type them ----
  { id: 'R02', form: project(FULL(), pSwap({ 1: refuse('未完成，完成80%', 12.63) }), 97.63),
    expected: { ...met, total: 97.63, rows: pExp({ 1: 12.63 }), noIssues: [...RULED], derivation: { 1: ['80'] } },
    note: 'reading: 未完成，完成80% is 80: 80/95×15 = 12.63' },
  { id: 'R03', form: project(FULL(), pSwap({ 1: refuse('已完成（100%）', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'README: a figure in brackets after completion words: 100 → 15' },
  { id: 'R04', form: project(FULL(), pSwap({ 1: refuse('⩾96%', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: the slanted ⩾ is ≥: 96 → 15' },
  { id: 'R05', form: project(FULL(), pSwap({ 1: refuse('90.25%¹', 14.25) }), 99.25),
    expected: { ...met, total: 99.25, rows: pExp({ 1: 14.25 }), noIssues: [...RULED] }, note: 'reading: ¹ is a footnote mark: 90.25/95×15 = 14.25' },
  { id: 'R39', form: project(FULL(), pSwap({ 1: refuse('100%（全覆盖）', 15) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'a bracketed remark: 100 → 15' },
  { id: 'R43', form: project(FULL(), pSwap({ 1: refuse('见附件', 14) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 1: 14 }), hand: [1], issues: ['actual_not_numeric'] }, note: 'no figure → by hand, 14 kept' },
  // ---- `<=` and `<` within T..2T, at 2T, at the limit ----
  { id: 'R06', form: project(FULL(), pSwap({ 3: fixing('4个工作日', 6.67) }), 96.67),
    expected: { ...met, total: 96.67, rows: pExp({ 3: 6.67 }), noIssues: [...RULED] }, note: '(1 − 1/3)×10 = 6.667 → 6.67' },
  { id: 'R07', form: project(FULL(), pSwap({ 3: fixing('6个工作日', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }), noIssues: [...RULED] }, note: 'A = 2T → 0; 90 is 优' },
  { id: 'R08', form: project(FULL(), pSwap({ 3: fixing('3–5个工作日', 3.33) }), 93.33),
    expected: { ...met, total: 93.33, rows: pExp({ 3: 3.33 }), noIssues: [...RULED] }, note: 'README: a range at its cautious end, 5 under <=: (1 − 2/3)×10 = 3.33' },
  { id: 'R09', form: project(FULL(), pSwap({ 3: fixing('2日（工作日）', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'reading: 2日（工作日） is 2 working days ≤ 3 → 10' },
  { id: 'R15', form: project(FULL(), pSwap({ 3: q('问题整改时限', null, '≤3日（工作日）', '日', 10, '7日', 0, TIME) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 3: 0 }), noIssues: [...RULED] }, note: 'README: a stored sign is the comparator; 7 ≥ 2×3 → 0' },
  { id: 'R16', form: project(FULL(), pSwap({ 3: fixing('3个工作日', 10, '<') }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'rules.md §3: `<` with A ≤ T → w' },
  { id: 'R17', form: project(FULL(), pSwap({ 1: refuse('95%', 15, '>') }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'rules.md §3: `>` with A ≥ T → w' },
  // ---- T = 0 and negative actuals ----
  { id: 'R10', form: project(FULL(), pSwap({ 4: accident('<=', '0起（全年未发生）', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'T = 0 under <=: 0 → 10' },
  { id: 'R11', form: project(FULL(), pSwap({ 4: accident('<', '1起', 0) }), 90),
    expected: { ...met, total: 90, rows: pExp({ 4: 0 }), noIssues: [...RULED] }, note: 'T = 0 under <: 1 → 0' },
  { id: 'R12', form: project(FULL(), pSwap({ 4: accident('=', '0', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'T = 0 under =: 0 → 10' },
  { id: 'R13', form: project(FULL(), pSwap({ 1: q('村集体经济收入增长率', '>=', '5', '%', 15, '–3.2%', 0, EFFECT) }), 85),
    expected: { ...met, total: 85, rows: pExp({ 1: 0 }), grade: '良', noIssues: [...RULED] },
    note: 'reading: an en dash before the figure is a minus; A < 0 counts as 0 → 0; 85 is 良' },
  { id: 'R14', form: project(FULL(), pSwap({ 4: q('项目成本超支率', '<=', '5', '%', 10, '-2%', 10, COST) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: 'A < 0 counts as 0 ≤ 5 → 10' },
  // ---- bands ----
  { id: 'R18', choices: { 5: '达成' }, form: project(FULL(), pSwap({ 5: village('明显改善', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 5: 8 }), noIssues: ['band'] }, note: '达成 at its lower edge 0.8w = 8: kept' },
  { id: 'R19', choices: { 5: '部分达成' }, form: project(FULL(), pSwap({ 5: village('基本改善', 8) }), 98),
    expected: { ...met, total: 97, rows: pExp({ 5: 7 }), mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '部分达成 is [6, 8): 8 is outside → default 7, band; computed 97 ≠ 98' },
  { id: 'R20', choices: { 5: '未达成' }, form: project(FULL(), pSwap({ 5: village('未改善', 6) }), 96),
    expected: { ...met, total: 93, rows: pExp({ 5: 3 }), mismatch: true, issues: ['band', 'total_mismatch'] },
    note: '未达成 is [0, 6): 6 is outside → default 3, band; computed 93 ≠ 96' },
  { id: 'R21', choices: { 5: '部分达成' }, form: project(FULL(), pSwap({ 5: village('基本改善', 6) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 5: 6 }), noIssues: ['band'] }, note: '部分达成 at its lower edge 0.6w = 6: kept' },
  // ---- over-achievement ----
  { id: 'R22', form: project(FULL(), pSwap({ 0: toilets('2,100户', 20) }), 100),
    expected: { ...met, noIssues: ['over_achievement_reason', 'score_mismatch'] }, note: 'none: 2T → full marks, no more' },
  { id: 'R23', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: toilets('1,365户', 20) }), 100),
    expected: { ...met, issues: ['over_achievement_reason'] }, note: 'explain: 1365 = 1.3T needs a reason' },
  { id: 'R24', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 0: toilets('1,360户', 20) }), 100),
    expected: { ...met, noIssues: ['over_achievement_reason'] }, note: 'explain: 1360 = 1.295T needs none' },
  { id: 'R25', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 0: toilets('1,575户', 16) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 0: 16 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 20×(1 − 0.2) = 16' },
  { id: 'R26', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: project(FULL(), pSwap({ 0: toilets('1,428户', 16.8) }), 96.8),
    expected: { ...met, total: 96.8, rows: pExp({ 0: 16.8 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.2: 1.36T → 20×(1 − 0.16) = 16.8' },
  // ---- rounding, units, money ----
  { id: 'R27', form: project(FULL(), pSwap({ 0: toilets('实际完成1,000户', 19.05) }), 99.05),
    expected: { ...met, total: 99.05, rows: pExp({ 0: 19.05 }), noIssues: [...RULED] }, note: '1000/1050×20 = 19.048 → 19.05' },
  { id: 'R28', form: project(FULL(), pSwap({ 4: cost('4,002元', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '(1 − 2/4000)×10 = 9.995 → 10 (half up)' },
  { id: 'R40', form: project(FULL(), pSwap({ 4: cost('0.38万元', 10) }), 100),
    expected: { ...met, noIssues: [...RULED] }, note: '0.38万元 is 3800元 ≤ 4000 → 10' },
  { id: 'R41', form: project(FULL(), pSwap({ 2: q('村内道路硬化长度', null, '≥5km', null, 10, '4.5km', 9, QUALITY) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 2: 9 }), noIssues: [...RULED] }, note: 'a stored sign: 4.5/5×10 = 9' },
  { id: 'R44', form: project(FULL(), pSwap({ 2: road('4,500m', 9) }), 99),
    expected: { ...met, total: 99, rows: pExp({ 2: 9 }), noIssues: [...RULED] }, note: 'README: 4,500m under km is 4.5: 9' },
  // ---- budgets ----
  { id: 'R29', form: project(budgetOf(300, 280, 290, 10), pRows(), 100),
    expected: { ...met }, note: 'min(290/280, 1)×10 = 10' },
  { id: 'R30', form: project(budgetOf(500, null, 455, 9.1), pRows(), 99.1),
    expected: { ...met, total: 99.1, budgetScore: 9.1 }, note: 'no adjustment: 455/500×10 = 9.1' },
  // ---- deadlines ----
  { id: 'R31', form: project(FULL(), pSwap({ 3: q('项目完工时间', '<=', '2026年11月', null, 10, '2026年11月20日完成', 10, TIME) }), 100),
    expected: { ...met, noIssues: [...NOT_HAND] }, note: 'README: done within the deadline month → 10' },
  { id: 'R32', form: project(FULL(), pSwap({ 3: deadline('2026年12月15日完成', 10) }), 100),
    expected: { ...met, total: 97, rows: pExp({ 3: 7 }), mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'README: late with full marks → 部分达成 default 7, band' },
  { id: 'R33', form: project(FULL(), pSwap({ 3: deadline('提前10天完成', 10) }), 100),
    expected: { ...met, noIssues: ['band'] }, note: 'reading: done early → 10 kept' },
  // ---- grades ----
  { id: 'R35', choices: { 5: '部分达成' }, form: project(FULL(), pSwap({
    0: toilets('实际完成1,000户', 19.05), 1: refuse('未完成，完成80%', 12.63), 3: fixing('4个工作日', 6.67), 5: village('基本改善', 6.64),
  }), 89.99),
    expected: { ...met, total: 89.99, rows: pExp({ 0: 19.05, 1: 12.63, 3: 6.67, 5: 6.64 }), grade: '良' },
    note: '10 + 19.05 + 12.63 + 10 + 6.67 + 10 + 6.64 + 15 = 89.99 → 良' },
  { id: 'R37', choices: { 5: '部分达成' }, form: project(budgetOf(300, 300, 240, 8), pSwap({
    0: toilets('840户', 16), 1: refuse('完成76%', 12), 3: fixing('5个工作日', 3.33), 5: village(null, null), 6: liking('72%', 12),
  }), 78.33),
    expected: { ...met, total: 78.33, budgetScore: 8, rows: [16, 12, 10, 3.33, 10, 7, 12], grade: '中' },
    note: '8 + 16 + 12 + 10 + 3.33 + 10 + 7 + 12 = 78.33 → 中' },
  { id: 'R38', choices: { 5: '未达成' }, form: project(budgetOf(300, 300, 150, 5), pSwap({
    0: toilets('525户', 10), 1: refuse('47.5%', 7.5), 2: road('2.5km', 5), 3: fixing('6个工作日', 0), 4: cost('8000元', 0), 5: village(null, null), 6: liking('45%', 7.5),
  }), 38),
    expected: { ...met, total: 38, budgetScore: 5, rows: [10, 7.5, 5, 0, 0, 3, 7.5], grade: '差' },
    note: '5 + 10 + 7.5 + 5 + 0 + 0 + 3 + 7.5 = 38 → 差' },
];

/** Department rows weighing 100 (10 + 10 + 20 + 10 + 10 + 20 + 20), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 10, '96%', 10, DL('部门管理', '预算执行')),
    q('“三公”经费控制数', '<=', '8', '万元', 10, '7.5万元', 10, DL('部门管理', '预算执行')),
    q('督导检查次数', '>=', '4', '次', 20, '4次', 20, DL('履职效能', '重点工作')),
    q('信访办结时限', '<=', '5', '个工作日', 10, '3个工作日', 10, DL('履职效能', '重点工作')),
    q('安全生产事故', '<=', '0', '起', 10, '0起', 10, DL('履职效能', '安全管理')),
    ql('工作作风', '持续改进', 20, '持续改进', 20, DL('社会效应', '社会效益')),
    q('群众满意度', '>=', '90', '%', 20, '93%', 20, DL('社会效应', '满意度')),
  ];
}
const D_FULL = [10, 10, 20, 10, 10, 20, 20];
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);
const dExp = (swaps: Record<number, number | null | undefined>): Array<number | null | undefined> => swapped<number | null | undefined>(D_FULL, swaps);
const rate = (actual: string, score: number | null): Indicator => q('部门预算执行率', '>=', '95', '%', 10, actual, score, DL('部门管理', '预算执行'));
const official = (actual: string, score: number | null): Indicator => q('“三公”经费控制数', '<=', '8', '万元', 10, actual, score, DL('部门管理', '预算执行'));
const visits = (actual: string, score: number | null): Indicator => q('督导检查次数', '>=', '4', '次', 20, actual, score, DL('履职效能', '重点工作'));
const letters = (actual: string, score: number | null): Indicator => q('信访办结时限', '<=', '5', '个工作日', 10, actual, score, DL('履职效能', '重点工作'));
const accidents = (actual: string, score: number | null): Indicator => q('安全生产事故', '<=', '0', '起', 10, actual, score, DL('履职效能', '安全管理'));
const style = (actual: string | null, score: number | null): Indicator => ql('工作作风', '持续改进', 20, actual, score, DL('社会效应', '社会效益'));
const dLiking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 20, actual, score, DL('社会效应', '满意度'));
const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };

const { department } = FORMS;
const departmentSheets: HeldOutSheet3[] = [
  { id: 'S01', form: department(dSwap({ 0: rate('完成98.6%', 10), 2: visits('全年共4次', 20) }), 100),
    expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'figures after leads: all met' },
  { id: 'S02', form: department(dSwap({ 2: visits('全年共3次', 15) }), 95),
    expected: { ...dMet, total: 95, rows: dExp({ 2: 15 }), noIssues: [...RULED] }, note: '3/4×20 = 15' },
  { id: 'S03', form: department(dSwap({ 2: visits('共4次（每季度1次）', 20) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'a bracketed remark: 4 → 20' },
  { id: 'S04', form: department(dSwap({ 3: letters('7个工作日', 6) }), 96),
    expected: { ...dMet, total: 96, rows: dExp({ 3: 6 }), noIssues: [...RULED] }, note: '(1 − 2/5)×10 = 6' },
  { id: 'S05', form: department(dSwap({ 3: letters('10个工作日', 0) }), 90),
    expected: { ...dMet, total: 90, rows: dExp({ 3: 0 }), noIssues: [...RULED] }, note: 'A = 2T → 0' },
  { id: 'S06', form: department(dSwap({ 4: accidents('全年未发生（0起）', 10) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'T = 0 under <=: none happened → 10' },
  { id: 'S07', form: department(dSwap({ 4: accidents('1起', 0) }), 90),
    expected: { ...dMet, total: 90, rows: dExp({ 4: 0 }), noIssues: [...RULED] }, note: 'T = 0 under <=: 1 → 0' },
  { id: 'S08', form: department(dSwap({ 1: official('0.082亿元', 9.75) }), 99.75),
    expected: { ...dMet, total: 90, rows: dExp({ 1: 0 }), mismatch: true, issues: ['score_mismatch', 'total_mismatch'] },
    note: 'RE-LABELLED (was 9.75, the key\'s slip: 0.082亿元 is 820万元, not 8.2): 820 ≥ 2×8 → 0, the sheet\'s 9.75 a mismatch' },
  { id: 'S09', form: department(dSwap({ 1: official('76,000元', 10) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: '76000元 is 7.6万元 ≤ 8 → 10' },
  { id: 'S10', form: department(dSwap({ 6: dLiking('提升至93%', 20) }), 100),
    expected: { ...dMet, noIssues: [...RULED] }, note: 'reading: 提升至93% as a 完成值 is the level reached: 93 → 20' },
  { id: 'S11', choices: { 5: '达成' }, form: department(dSwap({ 5: style('持续改进', 16) }), 96),
    expected: { ...dMet, total: 96, rows: dExp({ 5: 16 }), noIssues: ['band'] }, note: '达成 at its lower edge 16: kept' },
  { id: 'S12', form: department(dSwap({ 0: rate('未完成，完成80%', 8.42) }), 98.42),
    expected: { ...dMet, total: 98.42, rows: dExp({ 0: 8.42 }), noIssues: [...RULED] }, note: '80/95×10 = 8.421 → 8.42' },
  { id: 'S13', policy: { overAchievement: 'deduct' }, form: department(dSwap({ 2: visits('全年共6次', 16) }), 96),
    expected: { ...dMet, total: 96, rows: dExp({ 2: 16 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 20×0.8 = 16' },
];

export const HELD_OUT_SHEETS_SET_12: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
