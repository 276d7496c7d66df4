import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, EFFECT, q, ql, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { met, oneRowSheets, P_FULL, pExp, RULED } from './shared-rural-trees';

/**
 * Held-out scoring set 25 (session 27, value cells set 24): whole self-evaluation sheets of a county's 2025 农村公路提质及耕地质量
 * 提升 project whose rows are PLACES, STEPS AND RANKINGS: a 公路技术等级 row in 级 (一级 best), a 耕地质量等级 row in 等 (一等 best),
 * a 考核名次 row in 名 (first best), a 森林火险等级 row in 级 (一级 the lowest danger), a 预警级别 row (Ⅰ the most severe), a 排名提升
 * 位次 row (an amount), text grades (水质, 验收, 信用) and a 卫生县城 title, beside a 烈度 row (a measure). Each sheet computed BY
 * HAND from rules.md §3 and the readings below before any code under scoring/ was read this session (the headers of grade-scale.ts
 * and rank-scale.ts excepted: the brief named them). Harness: ../held-out-sheets.test.ts.
 *
 * Readings (value-cells-24.ts gives the parsing side):
 * - ONE RULE FOR GRADES AND RANKS (sets 23 and 24 disagreed): a 完成值 short of its target is counted in STEPS on the row's scale —
 *   a text grade (grade-scale.ts: Ⅲ类及以上, AAAA, 良好及以上) as a numeral rank (rank-scale.ts) is. Met or beaten → 达成 (w, no
 *   over-achievement). One step short → 部分达成; two or more → 未达成. The sheet's score stands inside that band; outside it the
 *   band's default (0.7w / 0.3w) is computed and `band` raised. Why: how far short is what the bands grade everywhere else in §3
 *   (a 2-step miss scored as a 1-step one gives 劣Ⅴ类 against Ⅲ类 the same 7 as Ⅳ类). Set 23's V02 (劣Ⅴ类 against Ⅲ类及以上 at
 *   full marks: three steps) is re-read from 部分达成's 7 (total 97) to 未达成's 3 (total 93); its other short grades (V03, V06, V08,
 *   V12) are one step short and keep their labels.
 * - A yes / no scale (a title: 通过复审, 成功创建, 获得…称号) has no partial step: a 完成值 that negates the target's own act (未通过复审,
 *   未获得) is 未达成.
 * - PLACES: a row whose name is a place in a ranking (名次, 排名, 位次) in 名 / 名次 / 位 / 位次 is a rank where lower is better,
 *   whatever the sign (`>=` 3 名 is read 3rd or better, as set 23 read 三类及以上 on water; the review's `direction` is where the
 *   sign is questioned). The 完成值's place (第3名) is the step; 前三名 names no one place: by hand. A row whose name is a CHANGE of
 *   place (排名提升位次, 前移位次) counts places moved: an amount, §3's arithmetic.
 * - SCALES THE NAME GIVES (new here): 公路 / 道路 技术等级 in 级 (一级 best; GB/T 5768's 高速 > 一级 > … > 四级), 耕地质量等级 in 等
 *   or 级 (一等 best; GB/T 33469), 森林火险等级 in 级 (一级 the lowest danger: lower is better), 预警级别 / 预警等级 in 级 (突发事件应对法
 *   §42: 一级 the most severe, so a higher number is the lower risk), credit letters A < AA < AAA as 景区 A counts. Measures
 *   (风力, 烈度, 噪声, 震级) keep §3.
 *
 * First measured (2026-11-25, session 27, before any code under scoring/ but the two headers was read or changed), 19 project sheets:
 * 4/19 agree in every item (total 5/19, budget 19/19, rows 4/19, grade 19/19, mismatch 11/19, issues 5/19, derivation 19/19). No label
 * was changed after the run. The scorer's misses: 公路 / 耕地 / 火险 / 预警 / 名次 rows named no scale, so §3's proportions ran on
 * steps (X02–X10, X13, X14: 5, 7.5, 3.33, 6.67 … and `=` as `>=` gave 10 to a step short); 前三名 was read as place 3 (X11); a text
 * grade two or more steps short took 部分达成's 7 (X15) or its band from the sheet's score (X16); a title not kept kept 10 (X18).
 * After the fixes (scoring/rank-scale.ts: 公路技术 / 航道 / 耕地 / 火险 levels in 级 with 一级 best, 耕地质量 in 等, 预警 in 级 with a
 * higher number the lower risk, places in 名 / 名次 / 位 / 位次 on a 名次 / 排名 / 位次 row with first best, the 完成值's 第N its step; a
 * name stating a change of step or place (提升, 前移, 下降…) is an amount and keeps §3. scoring/grade-scale.ts: gradeShortfall counts
 * the steps a text grade falls short, and a title whose own act the 完成值 negates is missed whole; score-indicator.ts scores a
 * short text grade as rank-scale.ts scores a short rank. Guards in ../rank-scale.test.ts, ../grade-scale.test.ts,
 * ../score-indicator.test.ts): 19/19; sheet sets 2–24 unchanged but set 23's V02, re-read above (劣Ⅴ类 against Ⅲ类及以上: 3, not 7).
 * Also re-read by the rule: score-indicator.test.ts's 不合格 against 合格 at 9 (one step short: 部分达成's 7 and band, was kept) and
 * grade-scale.test.ts's Ⅳ类 against Ⅲ类及以上 at 3 (部分达成's 7 and band, was kept).
 * The review's side needed no change: a `>=` / `>` on a row whose name ends in 名次 / 排名 / 位次 / 排位 is already `direction`
 * (check-meaning.ts, name-measures.ts RANK), and a change of place (排名提升位次) is not.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(1200, 1150, 1150, 10);
const { project } = sheetForms('湖南省郴州市汝城县人民政府', '2025年汝城县农村公路提质及耕地质量提升项目', '汝城县交通运输局');

type Cmp = '>=' | '<=' | '=';
const road = (cmp: Cmp, target: string, actual: string, score: number): Indicator => q('新改建公路技术等级', cmp, target, '级', 10, actual, score, QUALITY);
const farm = (cmp: Cmp, target: string, actual: string, score: number): Indicator => q('项目区耕地质量等级', cmp, target, '等', 10, actual, score, QUALITY);
const place = (cmp: Cmp, target: string, actual: string, score: number | null): Indicator =>
  q('全市农村公路建设考核名次', cmp, target, '名', 10, actual, score, EFFECT);
const fire = (target: string, actual: string, score: number): Indicator => q('林区森林火险等级', '<=', target, '级', 10, actual, score, EFFECT);
const title = (actual: string, score: number): Indicator => ql('国家卫生县城称号', '通过复审', 10, actual, score, EFFECT);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [q('农村公路提质改造里程', '>=', '60', '公里', 15, '63.5公里', 15), road('<=', '2', '二级', 10), farm('<=', '4', '三等', 10),
    place('<=', '5', '第3名', 10), fire('3', '二级', 10), title('通过复审', 10),
    ql('项目完成时间', '2025年12月底前', 10, '2025年12月10日', 10, TIME), q('沿线群众满意度', '>=', '90', '%', 15, '93%', 15, SATISFACTION)];
}
const { one, byHand } = oneRowSheets(project, FULL, pRows);
const clean = (s: HeldOutSheet3): HeldOutSheet3 => ({ ...s, expected: { ...s.expected, noIssues: [...(s.expected.noIssues ?? []), 'band'] } });
/** A row out of its band: the band's default `computed` replaces the sheet's score, band raised, the sheet's total a mismatch. */
const outBand = (id: string, i: number, r: Indicator, sheetScore: number, computed: number, note: string): HeldOutSheet3 => ({
  id, form: project(FULL(), swapped(pRows(), { [i]: r }), 100 - P_FULL[i]! + sheetScore),
  expected: { ...met, total: 100 - P_FULL[i]! + computed, rows: pExp({ [i]: computed }), mismatch: true, issues: ['band', 'total_mismatch'] }, note,
});

export const HELD_OUT_SHEETS_SET_25: readonly HeldOutSheet3[] = [
  { id: 'X01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: ['band', ...RULED] }, note: 'all met (二级 ≤ 二级, 三等 ≤ 四等, 第3名 ≤ 5, 火险二级 ≤ 三级, 通过复审)' },
  // ---- 公路技术等级 (一级 best) ----
  clean(one('X02', 1, road('>=', '2', '一级', 10), 10, '`>=` 2 级 (二级及以上) on 公路: 一级 beats it → 10, not 1/2 × 10')),
  outBand('X03', 1, road('<=', '2', '三级', 10), 10, 7, '三级 one step short of 二级 at full marks: 部分达成 default 7, band (not 5)'),
  clean(one('X04', 1, road('=', '1', '三级', 3), 3, '三级 two steps short of 一级: 未达成, the sheet\'s 3 in [0, 6) stands (not 10 by `=` as `>=`)')),
  // ---- 耕地质量等级 (一等 best) ----
  clean(one('X05', 2, farm('<=', '4', '六等', 3), 3, '六等 two steps short of 四等: 未达成, 3 stands (not 5)')),
  clean(one('X06', 2, farm('>=', '4', '三等', 10), 10, '`>=` 4 等 (四等及以上): 三等 beats it → 10 (not 7.5)')),
  outBand('X07', 2, farm('<=', '4', '五等', 10), 10, 7, '五等 one step short at full marks: 7, band (not 7.5)'),
  // ---- 考核名次 (first best) ----
  outBand('X08', 3, place('<=', '5', '第7名', 10), 10, 3, '第7名 two places short of 5th at full marks: 未达成 default 3, band (not 6)'),
  clean(one('X09', 3, place('>=', '3', '第1名', 10), 10, '`>=` 3 名 read as 3rd or better: 第1名 → 10 (not 1/3 × 10)')),
  clean(one('X10', 3, place('=', '1', '第2名', 7), 7, '第2名 one place short of first: 部分达成, 7 stands (not 10 by `=` as `>=`)')),
  byHand('X11', 3, place('<=', '5', '前三名', 10), 10, '前三名 names no one place: by hand, 10 kept'),
  one('X12', 3, q('全省考核排名提升位次', '>=', '5', '位', 10, '3位', 6, EFFECT), 6, 'a change of place is an amount: 3/5 × 10 = 6'),
  // ---- 森林火险 (lower is better) and 预警 (higher is the lower risk) ----
  outBand('X13', 4, fire('3', '四级', 10), 10, 7, '火险四级 one step above 三级 at full marks: 7, band (not 6.67)'),
  outBand('X14', 4, q('汛期地质灾害最高预警级别', '>=', '3', '级', 10, '二级', 10, EFFECT), 10, 7,
    '预警二级 is one step more severe than Ⅲ: 部分达成 default 7, band (not 6.67)'),
  // ---- text grades on the same step rule ----
  outBand('X15', 5, ql('出境断面水质类别', 'Ⅲ类及以上', 10, '劣Ⅴ类', 10, QUALITY), 10, 3, '劣Ⅴ类 three steps short of Ⅲ类: 未达成 default 3 (set 23 V02 re-read)'),
  outBand('X16', 5, ql('工程竣工验收等级', '优秀', 10, '合格', 7, QUALITY), 7, 3, '合格 two steps short of 优秀: 7 is out of 未达成\'s band → 3'),
  outBand('X17', 5, ql('施工企业信用评价等级', 'AA级及以上', 10, 'A级', 10, QUALITY), 10, 7, 'A one step short of AA at full marks: 7, band'),
  // ---- a title (yes / no) ----
  outBand('X18', 5, title('未通过复审', 10), 10, 3, 'a title not kept at full marks: no partial title → 未达成 default 3, band'),
  // ---- a measure stays §3 ----
  one('X19', 1, q('桥梁抗震设防烈度', '>=', '8', '度', 10, '7度', 8.75, QUALITY), 8.75, '烈度 is a measure: 7/8 × 10 = 8.75'),
];
