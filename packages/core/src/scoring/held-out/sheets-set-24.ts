import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, q, ql, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { met, oneRowSheets, pExp, RULED } from './shared-rural-trees';

/**
 * Held-out scoring set 24 (session 27, value cells set 23): whole self-evaluation sheets of a county's 2025 水环境综合治理及安全
 * 提升 project whose rows are RANKS STORED AS NUMBERS — a 水质类别 row in 类 (Ⅰ best), a 资质 / 安全生产标准化 row in 级 (一级 best),
 * a 医院等级 row in 级 (三级 best), a 星级 row (more stars better) — beside rows that use 级 / 分贝 as real measures (抗风 级, 噪声).
 * Each sheet computed BY HAND from rules.md §3 and the readings below (value-cells-23.ts) before any code under scoring/ other
 * than grade-scale.ts (named by the brief) was read this session. Harness: ../held-out-sheets.test.ts.
 *
 * Readings (value-cells-23.ts gives the why at length):
 * - A row is a RANK row when its number names a step on an ordered scale, not an amount: 类 on a water row (Ⅰ best, 劣Ⅴ is a sixth
 *   step below Ⅴ), 级 on a 资质 / 标准化 / 空气质量 row (一级 best), 级 on a 医院 / 卫生院 row (三级 best), 星 / 星级 on any row
 *   (more is better). A 完成值 naming a step on the row's scale (二类, Ⅰ类, 劣Ⅴ类, 三级, 四星级) is that step.
 * - The scale, not the sign, says which way is better: `>=` 3 类 is how 三类及以上 parses, and on water it means Ⅲ or better, as
 *   `<=` 3 类 and `=` 3 类 do. §3's proportional arithmetic means nothing on a rank (2 类 is not 67% of 3 类).
 * - Scored: the target step met or beaten → w (达成; no over-achievement — a better step has no ratio, so no 1.3T reason is asked).
 *   Short by one step → 部分达成, short by two or more → 未达成 (rules.md §3 is silent on ranks; the qualitative bands are the
 *   natural reading, as set 23 read a text grade short of its target): the sheet's score stands inside that band; outside it the
 *   band's default (0.7w / 0.3w) is computed and `band` raised, as for a late date or a text grade.
 * - Measures that use 级 / 度 / 分贝 as a quantity (风力 / 抗风 级, 地震 magnitude, 噪声) are no ranks: §3's arithmetic.
 *
 * First measured (2026-11-25, session 27, before any code under scoring/ but grade-scale.ts was read or changed), 15 project
 * sheets: 3/15 agree in every item (total 6/15, budget 15/15, rows 4/15, grade 15/15, mismatch 10/15, issues 3/15, derivation
 * 15/15). No label was changed after the run. The scorer's misses: every rank row went through §3's proportions — 二类 against
 * `>=` 3 类 scored 6.67 (W02), 一级 against `>=` 2 级 资质 5 (W08), 三级 against `=` 2 级 标准化 10 (W09), a step short 6.67 / 5 /
 * 7.5 / 3.33 instead of its band (W03, W04, W07, W10–W12); Ⅰ类 and 劣Ⅴ类 went to a person (W05, W06); 五星 against 三星 asked for
 * an over-achievement reason (W13). The measures (W14, W15) were right.
 * After the fix (scoring/rank-scale.ts, called by score-indicator.ts before the actual is read: a row in 类 / 级 / 星 / 星级 whose
 * name makes a scale is scored on it as above; measures, unnamed scales, strict signs, spans and hedged 完成值 fall through to §3;
 * guards in ../rank-scale.test.ts): 15/15; sheet sets 2–23 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(800, 760, 760, 10);
const { project } = sheetForms('江西省赣州市崇义县人民政府', '2025年崇义县上犹江水环境综合治理及安全提升项目', '崇义县生态环境局');

const water = (cmp: '>=' | '<=' | '=', target: string, actual: string, score: number): Indicator =>
  q('上犹江出境断面水质类别', cmp, target, '类', 10, actual, score, QUALITY);
const licence = (cmp: '>=' | '<=' | '=', target: string, actual: string, score: number): Indicator =>
  q('施工企业资质等级', cmp, target, '级', 10, actual, score, QUALITY);
const safety = (cmp: '>=' | '<=' | '=', target: string, actual: string, score: number): Indicator =>
  q('安全生产标准化等级', cmp, target, '级', 10, actual, score, QUALITY);
const hospital = (target: string, actual: string, score: number): Indicator => q('定点救治医院等级', '>=', target, '级', 10, actual, score, QUALITY);
const stars = (target: string, actual: string, score: number): Indicator => q('沿江民宿星级', '>=', target, '星级', 10, actual, score, QUALITY);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [q('河道清淤疏浚长度', '>=', '30', '公里', 15, '32.5公里', 15), water('<=', '3', '二类', 10), licence('<=', '2', '一级', 10),
    safety('<=', '3', '三级', 10), hospital('2', '三级', 10), stars('3', '四星级', 10),
    ql('项目完成时间', '2025年12月底前', 10, '2025年12月15日', 10, TIME), q('沿江群众满意度', '>=', '90', '%', 15, '94%', 15, SATISFACTION)];
}
const { one } = oneRowSheets(project, FULL, pRows);
const clean = (s: HeldOutSheet3): HeldOutSheet3 => ({ ...s, expected: { ...s.expected, noIssues: [...(s.expected.noIssues ?? []), 'band'] } });
/** A rank short of its target at full marks: the band's default computed, band raised, the sheet's 100 a mismatch. */
const shortFull = (id: string, i: number, r: Indicator, computed: number, note: string): HeldOutSheet3 => ({
  id, form: project(FULL(), swapped(pRows(), { [i]: r }), 100),
  expected: { ...met, total: 90 + computed, rows: pExp({ [i]: computed }), mismatch: true, issues: ['band', 'total_mismatch'] }, note,
});

export const HELD_OUT_SHEETS_SET_24: readonly HeldOutSheet3[] = [
  { id: 'W01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: ['band', ...RULED] }, note: 'all met (二类 ≤ Ⅲ, 一级 ≤ 二级, 三级 = 三级, 三级医院 ≥ 二级, 四星 ≥ 三星)' },
  // ---- water classes (Ⅰ best) ----
  clean(one('W02', 1, water('>=', '3', '二类', 10), 10, '`>=` 3 类 (三类及以上) on water is Ⅲ or better: 二类 beats it → 10, not 2/3 × 10')),
  clean(one('W03', 1, water('<=', '3', '四类', 7), 7, '四类 one step short of Ⅲ: 部分达成, the sheet\'s 7 in [6, 8) stands (not 6.67)')),
  shortFull('W04', 1, water('<=', '3', '四类', 10), 7, '四类 one step short with full marks: 部分达成 default 7, band; 97 vs 100'),
  clean(one('W05', 1, water('<=', '3', '劣Ⅴ类', 2), 2, '劣Ⅴ类 is three steps short of Ⅲ: 未达成, the sheet\'s 2 in [0, 6) stands')),
  clean(one('W06', 1, water('=', '2', 'Ⅰ类', 10), 10, '`=` 2 类 met by Ⅰ类, a better class → 10, not 1/2 × 10')),
  // ---- 资质 / 安全生产标准化 (一级 best) ----
  shortFull('W07', 2, licence('<=', '2', '三级', 10), 7, '三级资质 one step short of 二级 with full marks: 7, band'),
  clean(one('W08', 2, licence('>=', '2', '一级', 10), 10, '`>=` 2 级 (二级及以上) on 资质: 一级 beats it → 10, not 1/2 × 10')),
  clean(one('W09', 3, safety('=', '2', '三级', 6), 6, '安全生产标准化 三级 one step short of 二级: the sheet\'s 6 in [6, 8) stands (not 10 by `=` as `>=`)')),
  // ---- 医院 (三级 best) ----
  shortFull('W10', 4, hospital('3', '二级', 10), 7, '二级医院 one step short of 三级 with full marks: 7, band (not 6.67)'),
  clean(one('W11', 4, hospital('3', '一级', 3), 3, '一级 two steps short of 三级: 未达成, the sheet\'s 3 in [0, 6) stands (not 3.33)')),
  // ---- stars (more is better) ----
  shortFull('W12', 5, stars('4', '三星级', 10), 7, '三星 one step short of 四星 with full marks: 7, band (not 7.5)'),
  { id: 'W13', policy: { overAchievement: 'explain' }, form: project(FULL(), swapped(pRows(), { 5: stars('3', '五星级', 10) }), 100),
    expected: { ...met, noIssues: ['band', 'over_achievement_reason', ...RULED] }, note: '五星 beats 三星 under `explain`: a rank has no ratio, no reason asked → 10' },
  // ---- measures in 级 / 分贝 stay §3 arithmetic ----
  one('W14', 3, q('堤防抗风能力', '>=', '10', '级', 10, '9级', 9, QUALITY), 9, '风力 级 is a measure: 9/10 × 10 = 9'),
  one('W15', 5, q('施工场界昼间噪声', '<=', '55', '分贝', 10, '58分贝', 9.45, QUALITY), 9.45, '噪声 is a measure: (1 − 3/55) × 10 = 9.45'),
];
