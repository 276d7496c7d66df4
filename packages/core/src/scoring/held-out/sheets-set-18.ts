import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, q, ql, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { dExp, dMet, met, oneRowSheets, pExp, RULED, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 18 (session 23, value cells set 17): whole self-evaluation sheets of a county's 2025 air, noise and
 * cold-chain project and its environment bureau, each computed BY HAND from rules.md §3 and value-cells-17.ts's readings
 * before any code under scoring/ or values/ was read. Inputs: `<=` rows in μg/m³ and 分贝 at and past 2T, a ceiling below
 * zero (`≤-18℃`) met as written, at its limit, written 零下 and missed (by hand, README), a name before the figure in the
 * 完成值 (`PM2.5浓度38μg/m³`), 附件 remarks, a `+` after a count, a check mark, 折合 in 元 under 万元, 成 under % (by hand,
 * actuals set 1), T = 0 met by a bad event's absence, A < 0 under `>=` and `<=` with T ≥ 0, qualitative band edges (0.6w in
 * 部分达成, 0.8w outside it, 5.99 under 未达成), over-achievement at 1.3T under explain and at 1.5T under deduct, rounding of
 * the total, and totals on the 优 / 良 / 中 / 差 cut-offs. Harness: ../held-out-sheets.test.ts.
 *
 * Readings: those of sets 2–17 (deduct: w × (1 − (A/T − θ)), θ 1.3, floored at 0, set 2 P19); a negative A under a target
 * of zero or more counts as 0 (rules.md §3); under a target below zero it is compared as written (README).
 *
 * First measured, before the scoring code was read or changed (2026-11-24, session 23), 35 sheets (32 project, 3 department):
 * 33/35 sheets agree in every item (total 35/35, budget 35/35, rows 33/35, grade 35/35, mismatch 35/35, issues 33/35,
 * derivation 35/35): every row's score agreed, but two rows went to a person where the rules score them — Y04's
 * `PM2.5浓度38μg/m³` (the 2.5 of the name stopped the read) and Y07's `零下20℃` (read 20, a miss of a target below zero).
 * After the fix: 35/35; sets 2–17 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(800, 800, 800, 10);
const FORMS = sheetForms('湖北省黄冈市麻城市生态环境分局', '2025年大气污染防治及冷链监管能力提升项目');
const ECO = DL('效益指标', '生态效益指标');

const pm = (actual: string, score: number | null): Indicator => q('PM2.5年均浓度', '<=', '35', 'μg/m³', 15, actual, score, ECO);
const good = (actual: string, score: number | null): Indicator => q('空气质量优良天数比例', '>=', '85', '%', 10, actual, score, ECO);
const cold = (actual: string, score: number | null): Indicator => q('冷库储存温度', '<=', '-18', '℃', 10, actual, score, QUALITY);
const noise = (actual: string, score: number | null): Indicator => q('区域环境噪声', '<=', '55', '分贝', 10, actual, score, ECO);
const devices = (actual: string, score: number | null): Indicator => q('监测设备安装数', '>=', '20', '台', 10, actual, score);
const fix = (actual: string, score: number | null): Indicator => q('问题整改时限', '<=', '30', '天', 10, actual, score, TIME);
const upkeep = (actual: string, score: number | null): Indicator => q('单台设备运维成本', '<=', '1.2', '万元/台', 10, actual, score, COST);
const liking = (actual: string, score: number | null): Indicator => q('群众满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);
const better = (actual: string | null, score: number | null): Indicator => ql('区域生态环境质量', '持续改善', 10, actual, score, ECO);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [pm('32μg/m³', 15), good('88.2%', 10), cold('-20℃', 10), noise('52.4分贝', 10), devices('22台', 10), fix('26天', 10),
    upkeep('1.15万元/台', 10), liking('93%', 15)];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand, edge } = oneRowSheets(FORMS.project, FULL, pRows);
const { project, department } = FORMS;

const projectSheets: HeldOutSheet3[] = [
  { id: 'Y01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 32μg/m³, 88.2%, -20℃ (a ceiling below zero met as written), 52.4分贝, 22台, 26天, 1.15万元/台, 93%' },
  // ---- `<=` in μg/m³ and 分贝 ----
  one('Y02', 0, pm('40μg/m³', 12.86), 12.86, '(1 − 5/35)×15 = 12.857 → 12.86'),
  edge('Y03', FULL(), { 0: pm('70μg/m³', 0) }, { 0: 0 }, 85, '良', 'A = 2T exactly → 0; 85 is 良'),
  one('Y04', 0, pm('PM2.5浓度38μg/m³', 13.71), 13.71, 'a name before the figure is a lead, 2.5 is no actual: (1 − 3/35)×15 = 13.714 → 13.71'),
  one('Y05', 3, noise('58分贝', 9.45), 9.45, '(1 − 3/55)×10 = 9.4545 → 9.45'),
  one('Y06', 3, noise('110分贝', 0), 0, 'A = 2T → 0; total 90 is 优'),
  // ---- a ceiling below zero ----
  one('Y07', 2, cold('零下20℃', 10), 10, '零下 is a minus: -20 ≤ -18 → 10'),
  one('Y08', 2, cold('-18℃', 10), 10, 'A = T → 10'),
  byHand('Y09', 2, cold('-15℃', 6), 6, 'a signed target missed: by hand (README), 6 kept', false),
  // ---- counts with remarks, +, marks; over-achievement ----
  one('Y10', 4, devices('18台（见附件）', 9), 9, '18/20×10 = 9'),
  one('Y11', 4, devices('18+台', 9), 9, '+ drops in an actual (余): 18/20×10 = 9'),
  byHand('Y12', 4, devices('√', 10), 10, 'a check mark states no figure: by hand, 10 kept'),
  { id: 'Y13', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 4: devices('26台', 10) }), 100),
    expected: { ...met, issues: ['over_achievement_reason'] }, note: 'explain: 26/20 = 1.3T exactly, no reason → flagged' },
  { id: 'Y14', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 4: devices('30台', 8) }), 98),
    expected: { ...met, total: 98, rows: pExp({ 4: 8 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 1.5T → 10×(1 − 0.2) = 8' },
  one('Y15', 4, devices('50台', 10), 10, 'policy none: 2.5T → full marks, no more'),
  // ---- T = 0 and A < 0 ----
  one('Y16', 4, typed('重大环境污染事件', '≤0起', '起', 10, '0起', 10), 10, '`<=` T = 0: A = 0 → 10'),
  one('Y17', 4, typed('重大环境污染事件', '≤0起', '起', 10, '2起', 0), 0, '`<=` T = 0: A = 2 → 0'),
  one('Y18', 4, typed('环境信访投诉件数', '=0', '件', 10, '全年未发生投诉', 10), 10, '`=` T = 0: a bad event that did not happen is 0 (README) → 10'),
  one('Y19', 4, typed('设备节能率', '≥5%', '%', 10, '-1.2%', 0), 0, 'A < 0 with T ≥ 0 counts as 0: 0/5×10 = 0'),
  one('Y20', 4, typed('运维能耗增长率', '≤2%', '%', 10, '-1%', 10), 10, 'A < 0 counts as 0 ≤ 2 → 10'),
  // ---- qualitative bands ----
  one('Y21', 1, better('部分达成', 6), 6, '部分达成 with 0.6w = 6 inside [6, 8) → kept'),
  { id: 'Y22', form: project(FULL(), pSwap({ 1: better('基本达成', 8) }), 98),
    expected: { ...met, total: 97, rows: pExp({ 1: 7 }), mismatch: true, issues: ['band'] },
    note: '基本达成 names 部分达成 (set 10 K26); 8 = 0.8w is outside [6, 8) → default 7' },
  { id: 'Y23', choices: { 1: '未达成' }, form: project(FULL(), pSwap({ 1: better(null, 5.99) }), 95.99),
    expected: { ...met, total: 95.99, rows: pExp({ 1: 5.99 }), noIssues: ['band'] }, note: 'pick 未达成, 5.99 inside [0, 6) → kept' },
  // ---- other wordings ----
  byHand('Y24', 1, good('九成', 10), 10, '成 under %: by hand (actuals set 1 八成), 10 kept'),
  one('Y25', 1, good('优良天数比例83.3%', 9.8), 9.8, 'a name before the figure: 83.3/85×10 = 9.8'),
  one('Y26', 6, upkeep('折合13,200元/台', 9), 9, '折合 is a lead; 13200元 = 1.32万元: (1 − 0.12/1.2)×10 = 9'),
  one('Y27', 5, fix('33天（附整改台账）', 9), 9, '(1 − 3/30)×10 = 9'),
  // ---- rounding and grades ----
  { id: 'Y28', form: project(FULL(), pSwap({ 0: pm('40μg/m³', 12.86), 3: noise('58分贝', 9.45), 4: devices('17台', 8.5), 7: liking('87.5%', 14.58) }), 95.39),
    expected: { ...met, total: 95.39, rows: pExp({ 0: 12.86, 3: 9.45, 4: 8.5, 7: 14.58 }), noIssues: [...RULED] },
    note: '12.857 → 12.86, 9.4545 → 9.45, 8.5, 87.5/90×15 = 14.583 → 14.58; 10 + 12.86 + 10 + 10 + 9.45 + 8.5 + 10 + 10 + 14.58 = 95.39' },
  edge('Y29', FULL(), { 0: pm('70μg/m³', 0), 3: noise('60.5分贝', 9), 4: devices('16台', 8), 5: fix('36天', 8) }, { 0: 0, 3: 9, 4: 8, 5: 8 }, 80, '良',
    '0 + (1 − 5.5/55)×10 = 9 + 16/20×10 = 8 + (1 − 6/30)×10 = 8: 100 − 20 = 80 → 良'),
  edge('Y30', budgetOf(800, 800, 799.2, 9.99), { 0: pm('70μg/m³', 0), 3: noise('60.5分贝', 9), 4: devices('16台', 8), 5: fix('36天', 8) },
    { 0: 0, 3: 9, 4: 8, 5: 8 }, 79.99, '中', 'budget 799.2/800×10 = 9.99; 9.99 + 70 = 79.99 → 中'),
  edge('Y31', budgetOf(800, 800, 799.2, 9.99), { 0: pm('70μg/m³', 0), 3: noise('110分贝', 0), 4: devices('15台', 7.5), 5: fix('45天', 5), 7: liking('45%', 7.5) },
    { 0: 0, 3: 0, 4: 7.5, 5: 5, 7: 7.5 }, 59.99, '差', '9.99 + 0 + 10 + 10 + 0 + 7.5 + 5 + 10 + 7.5 = 59.99 → 差'),
  edge('Y32', FULL(), { 0: pm('70μg/m³', 0), 3: noise('110分贝', 0), 4: devices('15台', 7.5), 5: fix('45天', 5), 7: liking('45%', 7.5) },
    { 0: 0, 3: 0, 4: 7.5, 5: 5, 7: 7.5 }, 60, '中', '10 + 50 = 60 → 中'),
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '97.6%', 20, DL('部门管理', '预算执行')),
    q('污染源监测任务完成数', '>=', '120', '个', 20, '126个', 20, DL('履职效能', '重点工作')),
    q('环境信访办结率', '>=', '98', '%', 10, '100%', 10, DL('履职效能', '重点工作')),
    q('执法检查次数', '>=', '240', '次', 20, '252次', 20, DL('履职效能', '重点工作')),
    q('三公经费支出', '<=', '15', '万元', 30, '13.6万元', 30, DL('部门管理', '预算执行')),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'Z01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'all met' },
  { id: 'Z02', form: department(dSwap({ 4: q('三公经费支出', '<=', '15', '万元', 30, '折合168,000元', 26.4, DL('部门管理', '预算执行')) }), 96.4),
    expected: { ...dMet, total: 96.4, rows: dExp({ 4: 26.4 }), noIssues: [...RULED] }, note: '168000元 = 16.8万元: (1 − 1.8/15)×30 = 26.4' },
  { id: 'Z03', form: department(dSwap({ 1: q('污染源监测任务完成数', '>=', '120', '个', 20, '108个（见附件）', 18, DL('履职效能', '重点工作')) }), 98),
    expected: { ...dMet, total: 98, rows: dExp({ 1: 18 }), noIssues: [...RULED] }, note: '108/120×20 = 18' },
];

export const HELD_OUT_SHEETS_SET_18: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
