import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, COST, DL, q, ql, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { dExp, dMet, met, oneRowSheets, pExp, RULED, typed } from './shared-rural-trees';

/**
 * Held-out scoring set 19 (session 24, value cells set 18): whole self-evaluation sheets of a county hospital's 2025 医共体
 * and rooftop-solar project and of its 卫生健康局, each computed BY HAND from rules.md §3 and value-cells-18.ts's readings
 * before any code under scoring/ or values/ was read. Inputs: 门诊人次 in 万人次 written in 人次, 装机容量 in 千瓦 written in
 * 兆瓦 / MW, a `<=` 住院日 at and past 2T, a `<=` 时限 in 小时 written in 天, a `<=` 吨标准煤/万元 row, done-of-planned counts
 * (`已完成3/5批`, `3批/共5批`) and a state (`正在推进`, by hand), T = 0 met by 未发生 and missed under `=`, A < 0 under `<=` and
 * `>=` with T ≥ 0, qualitative band edges (7.99 inside 部分达成, 7.9 named 达成, 6 picked 未达成), over-achievement at 1.3T
 * under explain and at 1.6T under deduct, a total rounded from .xx5 parts, totals on the 优 / 良 / 中 / 差 cut-offs, and a
 * department tree with 元 under 万元, 万人 and a dated 执行率. Harness: ../held-out-sheets.test.ts.
 *
 * Readings: those of sets 2–18 (deduct: w × (1 − (A/T − θ)), θ 1.3, floored at 0, set 2 P19; a negative A under a target of
 * zero or more counts as 0; a band named by the 完成值 is the band, a score outside it takes the band's default and is
 * flagged, README), and value-cells-18.ts's: 兆瓦 / MW convert to 千瓦, a done-of-planned count is the count done, a period
 * before the figure is no figure. 11.3/12 × 15 = 14.125 rounds to 14.13 (rules.md §3: 2 decimals, half up as a reviewer does).
 *
 * First measured, before the scoring code was read or changed (2026-11-25, session 24), 32 sheets (28 project, 4 department):
 * 4/32 sheets agree in every item (total 32/32, budget 32/32, rows 4/32, grade 32/32, mismatch 32/32, issues 10/32,
 * derivation 32/32); per row 215/244 (every row's score agreed, but 29 went to a person where the rules score them): every
 * project sheet's `0.42吨标准煤/万元` (标准煤 no unit, so the 完成值 read as words: actual_not_numeric on 28 sheets) and H10's
 * `3批/共5批` (the whole after the slash tied with the done count). The department sheets agreed in full.
 * After the fix: 32/32, rows 244/244; sets 2–18 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(800, 800, 800, 10);
const NEAR = (): SelfEvaluationBudget => budgetOf(800, 800, 799.2, 9.99);
const FORMS = sheetForms('河南省周口市鹿邑县人民医院', '2025年县域医共体能力提升及屋顶光伏建设项目', '鹿邑县卫生健康委员会');

const visits = (actual: string, score: number | null): Indicator => q('门诊服务人次', '>=', '12', '万人次', 15, actual, score);
const beds = (actual: string, score: number | null): Indicator => q('床位使用率', '>=', '85', '%', 10, actual, score, QUALITY);
const mech = (actual: string | null, score: number | null): Indicator => ql('医共体运行机制', '持续完善', 10, actual, score);
const stay = (actual: string, score: number | null): Indicator => q('平均住院日', '<=', '9', '天', 10, actual, score, QUALITY);
const solar = (actual: string, score: number | null): Indicator => q('新增光伏装机容量', '>=', '500', '千瓦', 10, actual, score);
const batches = (actual: string, score: number | null): Indicator => q('医疗设备采购批次', '>=', '5', '批', 10, actual, score);
const report = (actual: string, score: number | null): Indicator => q('检查结果报告时限', '<=', '24', '小时', 10, actual, score, TIME);
const energy = (actual: string, score: number | null): Indicator =>
  q('单位业务收入能耗', '<=', '0.45', '吨标准煤/万元', 10, actual, score, COST);
const liking = (actual: string, score: number | null): Indicator => q('患者满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [visits('12.6万人次', 15), beds('91.3%', 10), stay('8.6天', 10), solar('520千瓦', 10), batches('5批', 10), report('22小时', 10),
    energy('0.42吨标准煤/万元', 10), liking('93.4%', 15)];
}
const pSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(pRows(), swaps);
const { one, byHand, edge } = oneRowSheets(FORMS.project, FULL, pRows);
const { project, department } = FORMS;

const projectSheets: HeldOutSheet3[] = [
  { id: 'H01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: [...RULED] },
    note: 'all met: 12.6万人次, 91.3%, 8.6天, 520千瓦, 5批, 22小时, 0.42吨标准煤/万元, 93.4%' },
  // ---- magnitudes and units of one measure ----
  one('H02', 0, visits('10.8万人次', 13.5), 13.5, '10.8/12×15 = 13.5'),
  one('H03', 0, visits('108,000人次', 13.5), 13.5, '108000人次 = 10.8万人次: 13.5'),
  one('H04', 3, solar('0.45兆瓦', 9), 9, '0.45兆瓦 = 450千瓦: 450/500×10 = 9'),
  one('H05', 3, solar('0.45MW', 9), 9, 'MW is 兆瓦: 9'),
  one('H06', 2, stay('平均住院日9.9天', 9), 9, 'a name before the figure is a lead: (1 − 0.9/9)×10 = 9'),
  edge('H07', FULL(), { 2: stay('18天', 0) }, { 2: 0 }, 90, '优', 'A = 2T exactly → 0; 90 is 优'),
  one('H08', 2, stay('20天', 0), 0, 'A > 2T → 0'),
  one('H17', 5, report('72小时', 0), 0, 'A = 3T → 0'),
  one('H18', 5, report('1.5天', 5), 5, '1.5天 = 36小时: (1 − 12/24)×10 = 5'),
  one('H12', 6, energy('0.48吨标准煤/万元', 9.33), 9.33, '(1 − 0.03/0.45)×10 = 9.333 → 9.33'),
  // ---- done of planned, states ----
  one('H09', 4, batches('已完成3/5批', 6), 6, 'the count done: 3/5×10 = 6'),
  one('H10', 4, batches('3批/共5批', 6), 6, 'the done figure before the slash: 6'),
  byHand('H11', 4, batches('正在推进', 6), 6, 'a state states no figure: by hand, 6 kept'),
  // ---- T = 0 and A < 0 ----
  one('H13', 4, typed('医疗事故发生数', '≤0起', '起', 10, '未发生', 10), 10, '`<=` T = 0: 未发生 is 0 → 10'),
  one('H14', 4, typed('重大医疗纠纷件数', '=0', '件', 10, '1件', 0), 0, '`=` T = 0 all or nothing: 1 → 0'),
  one('H15', 4, typed('门诊次均费用增长率', '≤3%', '%', 10, '-2.1%', 10), 10, 'A < 0 counts as 0 ≤ 3 → 10'),
  one('H16', 4, typed('病床周转次数增长率', '≥5%', '%', 10, '-0.8%', 0), 0, 'A < 0 counts as 0: 0/5×10 = 0'),
  // ---- over-achievement ----
  { id: 'H19', policy: { overAchievement: 'explain' }, form: project(FULL(), pSwap({ 3: solar('650千瓦', 10) }), 100),
    expected: { ...met, issues: ['over_achievement_reason'] }, note: 'explain: 650/500 = 1.3T exactly, no reason → flagged' },
  { id: 'H20', policy: { overAchievement: 'deduct' }, form: project(FULL(), pSwap({ 3: solar('0.8兆瓦', 7) }), 97),
    expected: { ...met, total: 97, rows: pExp({ 3: 7 }), noIssues: ['score_mismatch'] }, note: 'deduct θ 1.3: 800/500 = 1.6T → 10×(1 − 0.3) = 7' },
  // ---- qualitative bands ----
  { id: 'H21', form: project(FULL(), pSwap({ 1: mech('部分达成', 7.99) }), 97.99),
    expected: { ...met, total: 97.99, rows: pExp({ 1: 7.99 }), noIssues: ['band', 'score_mismatch'] }, note: '部分达成, 7.99 inside [6, 8) → kept' },
  { id: 'H22', form: project(FULL(), pSwap({ 1: mech('达成', 7.9) }), 97.9),
    expected: { ...met, total: 100, rows: pExp({ 1: 10 }), mismatch: true, issues: ['band'] },
    note: '达成 named by the 完成值; 7.9 below 0.8w = 8 → default 10, flagged; computed 100 against the sheet 97.9' },
  { id: 'H23', choices: { 1: '未达成' }, form: project(FULL(), pSwap({ 1: mech(null, 6) }), 96),
    expected: { ...met, total: 93, rows: pExp({ 1: 3 }), mismatch: true, issues: ['band'] },
    note: 'pick 未达成, 6 = 0.6w is outside [0, 6) → default 3, flagged; computed 93 against 96' },
  // ---- rounding and grades ----
  { id: 'H24', form: project(FULL(), pSwap({ 0: visits('11.3万人次', 14.13), 2: stay('9.5天', 9.44), 7: liking('88.6%', 14.77) }), 98.34),
    expected: { ...met, total: 98.34, rows: pExp({ 0: 14.13, 2: 9.44, 7: 14.77 }), noIssues: [...RULED] },
    note: '11.3/12×15 = 14.125 → 14.13; (1 − 0.5/9)×10 = 9.444 → 9.44; 88.6/90×15 = 14.767 → 14.77; 10 + 14.13 + 10 + 9.44 + 40 + 14.77 = 98.34' },
  edge('H25', NEAR(), { 2: stay('18天', 0) }, { 2: 0 }, 89.99, '良', 'budget 799.2/800×10 = 9.99; 9.99 + 80 = 89.99 → 良'),
  edge('H26', NEAR(), { 2: stay('18天', 0), 3: solar('300千瓦', 6), 4: batches('已完成3/5批', 6), 7: liking('78%', 13) },
    { 2: 0, 3: 6, 4: 6, 7: 13 }, 79.99, '中', '9.99 + 15 + 10 + 0 + 6 + 6 + 10 + 10 + 13 = 79.99 → 中'),
  edge('H27', NEAR(), { 0: visits('6万人次', 7.5), 1: beds('68%', 8), 2: stay('18天', 0), 3: solar('250千瓦', 5), 4: batches('已完成2/5批', 4),
    5: report('36小时', 5), 7: liking('63%', 10.5) }, { 0: 7.5, 1: 8, 2: 0, 3: 5, 4: 4, 5: 5, 7: 10.5 }, 59.99, '差',
  '9.99 + 7.5 + 8 + 0 + 5 + 4 + 5 + 10 + 10.5 = 59.99 → 差'),
  edge('H28', FULL(), { 2: stay('18天', 0), 3: solar('300千瓦', 6), 4: batches('已完成3/5批', 6), 7: liking('78%', 13) },
    { 2: 0, 3: 6, 4: 6, 7: 13 }, 80, '良', '10 + 15 + 10 + 0 + 6 + 6 + 10 + 10 + 13 = 80 → 良'),
];

/** Department rows weighing 100 (20 + 20 + 10 + 20 + 30), all met. */
const D_RATE = DL('部门管理', '预算执行');
const D_WORK = DL('履职效能', '重点工作');
function dRows(): Indicator[] {
  return [
    q('部门预算执行率', '>=', '95', '%', 20, '97.2%', 20, D_RATE),
    q('家庭医生签约人数', '>=', '3', '万人', 20, '3.2万人', 20, D_WORK),
    q('传染病报告及时率', '>=', '98', '%', 10, '99.6%', 10, D_WORK),
    q('卫生监督检查户次', '>=', '1200', '户次', 20, '1,260户次', 20, D_WORK),
    q('三公经费支出', '<=', '12', '万元', 30, '10.8万元', 30, D_RATE),
  ];
}
const dSwap = (swaps: Record<number, Indicator>): Indicator[] => swapped(dRows(), swaps);

const departmentSheets: HeldOutSheet3[] = [
  { id: 'G01', form: department(dRows(), 100), expected: { ...dMet, noIssues: ['budget_missing', ...RULED] }, note: 'all met' },
  { id: 'G02', form: department(dSwap({ 0: q('部门预算执行率', '>=', '95', '%', 20, '截至12月31日执行93.1%', 19.6, D_RATE) }), 99.6),
    expected: { ...dMet, total: 99.6, rows: dExp({ 0: 19.6 }), noIssues: [...RULED] }, note: 'a dated period before the figure: 93.1/95×20 = 19.6' },
  { id: 'G03', form: department(dSwap({ 4: q('三公经费支出', '<=', '12', '万元', 30, '129,600元', 27.6, D_RATE) }), 97.6),
    expected: { ...dMet, total: 97.6, rows: dExp({ 4: 27.6 }), noIssues: [...RULED] }, note: '129600元 = 12.96万元: (1 − 0.96/12)×30 = 27.6' },
  { id: 'G04', form: department(dSwap({ 1: q('家庭医生签约人数', '>=', '3', '万人', 20, '28,500人', 19, D_WORK) }), 99),
    expected: { ...dMet, total: 99, rows: dExp({ 1: 19 }), noIssues: [...RULED] }, note: '28500人 = 2.85万人: 2.85/3×20 = 19' },
];

export const HELD_OUT_SHEETS_SET_19: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
