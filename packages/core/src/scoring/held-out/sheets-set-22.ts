import type { Indicator, SelfEvaluationBudget } from '../../forms/forms-schema';
import { budgetOf, DL, EFFECT, q, ql, QUALITY, SATISFACTION, sheetForms, swapped, TIME } from './sheet-builders';
import type { HeldOutSheet3 } from './sheets-set-3';
import { met, oneRowSheets, pExp, RULED } from './shared-rural-trees';

/**
 * Held-out scoring set 22 (session 26, value cells set 21): whole self-evaluation sheets of a county 应急管理局's 2025 森林防
 * 灭火及应急物资储备 project and of the 应急管理局 itself (部门整体), scored UNDER NON-DEFAULT POLICIES, each computed BY HAND from
 * rules.md §3, the README's decisions and value-cells-21.ts's readings before any code under scoring/ or values/ was read this
 * session. Inputs: over-achievement under `explain` (θ 1.2 and 1.5: at θ·T exactly, just under, past it with a reason) and under
 * `deduct` (θ 1.2 and 1.5, on `>=` and on `=` rows; a `<=` row far under its ceiling), grade cut-offs of other regions (95/85/65,
 * 85/75/50), budgetExecutionWeight 0 and 20, 调整后预算 0 and missing, a `<=` ‰ row at 2T and between T and 2T, T = 0 under `<=`,
 * `=` and `>=`, a deadline row done late (完成于2025年12月5日 against 2025年11月底前) and a `<=` date row met, a 满意度 row answered in
 * ‰ or as a count of questionnaires, a range target (85%-90%) met inside and at its edge, a weight-0 加分 and 扣分 line on a
 * project sheet; on the department sheet a …下降率 row written −3% / −8%, a 增长率 row written −2%, a `<=` 三公经费 at and past 2T.
 * Harness: ../held-out-sheets.test.ts.
 *
 * Readings (sets 2–21 where they apply; the rest written here before the code was read):
 * - explain: A ≥ θ·T on a `>=` or `=` row needs a reason in the row's 偏差原因; the score stays w. deduct: A/T > θ → w × (1 − (A/T − θ)),
 *   floored at 0 (set 2 P19). `=` is scored as `>=` (§3), so the policy applies above T on a `=` row as on a `>=` one (set 3 P12).
 * - A `<=` / `<` row far UNDER its ceiling is no over-achievement: §3's test is A ≥ θ·T, which a ceiling met with room cannot meet.
 * - Budget weight by policy: min(executed / budget, 1) × the policy's weight, 0 under weight 0 (set 4 P36); 调整后 missing → 年初
 *   (set 2 P03); 调整后 0 with nothing executed → 0 (set 4 P35).
 * - A qualitative deadline done late with full marks → 部分达成's default 0.7w and `band`; with points already off the sheet's pick
 *   stands (sets 3 P31/P32, 6 P09/P10). A `<=` date row met on or before the date earns w (set 4 P09).
 * - ‰ under a % row converts (set 4 `3‰` under % is 0.3); a count of questionnaires (份) under % is no rate: by hand (README: an
 *   actual in a unit the row cannot have).
 * - A range target is qualitative text; an actual inside it, edges included, is 达成 (README).
 * - A row of weight 0 scores 0 whatever the sheet wrote: a 加分 of 2 or a 扣分 of −2 is outside [0, 0], counted at the limit, and the
 *   sheet's total that added it is a mismatch (README: every row keeps 0 ≤ score ≤ weight; §3 has no bonus line).
 * - Under a name that states a decrease (…下降率) the size of the decrease is the actual (set 7 B14): −3% is 3; a 增长率 written −2%
 *   is a negative actual and counts as 0 (§3).
 *
 * First measured (2026-11-25, session 26, before any code under scoring/ or values/ was read or changed), 43 sheets (33 project,
 * 10 department): 40/43 sheets agree in every item (total 42/43, budget 43/43, rows 41/43, grade 42/43, mismatch 42/43, issues
 * 42/43, derivation 43/43). Two misses were labelling slips, re-labelled (each note says so): N11 (85 is 良; the one-row maker assumed 优)
 * and O02 (under deduct θ 1.2 the base 下降率 row, 8.5% against 5%, is itself 1.7T → 5). The scorer's miss: N32, a 定性 加分 row of
 * weight 0 with 2 written beside it scored null (no band fits 2 in [0, 0]) where every band of a weight-0 row scores 0; the total
 * agreed. After the fix (scoring/weightless-row.ts: a 定性 row of weight 0 scores 0 and a score written beside it is reported as
 * out of band; rows with weight unchanged, guards in weightless-row.test.ts) and N34 added (未发生… under `<=` 0 起 → 10, the
 * scorer's side of value-cells-21.ts's re-labelled cell): 44/44; sheet sets 2–21 unchanged.
 */

const FULL = (): SelfEvaluationBudget => budgetOf(400, 400, 400, 10);
const FORMS = sheetForms('广西壮族自治区河池市环江毛南族自治县应急管理局', '2025年森林防灭火及应急物资储备项目', '环江毛南族自治县应急管理局');
const { project, department } = FORMS;

const patrol = (actual: string, score: number | null, weight = 15, extra: Partial<Indicator> = {}): Indicator =>
  q('森林防火巡护人次', '>=', '3000', '人次', weight, actual, score, extra);
const kinds = (actual: string, score: number | null): Indicator => q('应急物资储备品类', '>=', '40', '类', 10, actual, score);
const checks = (actual: string, score: number | null, extra: Partial<Indicator> = {}): Indicator =>
  q('安全生产执法检查次数', '>=', '200', '次', 10, actual, score, extra);
const burnt = (actual: string, score: number | null): Indicator => q('森林火灾受害率', '<=', '0.9', '‰', 10, actual, score, QUALITY);
const buyBy = (actual: string, score: number | null): Indicator => ql('应急物资采购完成时间', '2025年11月底前', 10, actual, score, TIME);
const accidents = (actual: string, score: number | null): Indicator => q('较大以上生产安全事故起数', '<=', '0', '起', 10, actual, score, EFFECT);
const liking = (actual: string, score: number | null): Indicator => q('群众安全感满意度', '>=', '90', '%', 15, actual, score, SATISFACTION);

/** Project rows weighing 90 (15 + 10 + 10 + 10 + 10 + 10 + 10 + 15), all met. */
function pRows(): Indicator[] {
  return [patrol('3,260人次', 15), kinds('42类', 10), checks('216次', 10), burnt('0.6‰', 10), buyBy('2025年11月20日', 10),
    accidents('0起', 10), q('安全隐患整改率', '=', '100', '%', 10, '100%', 10, QUALITY), liking('94.5%', 15)];
}
const { one, byHand, edge } = oneRowSheets(project, FULL, pRows);
const OVER = 'over_achievement_reason' as const;
const explain = (threshold: number) => ({ overAchievement: 'explain', overAchievementThreshold: threshold });
const deduct = (threshold: number) => ({ overAchievement: 'deduct', overAchievementThreshold: threshold });
const flagged = (s: HeldOutSheet3): HeldOutSheet3 => ({ ...s, expected: { ...s.expected, issues: [OVER], noIssues: [] } });
const unflagged = (s: HeldOutSheet3): HeldOutSheet3 => ({ ...s, expected: { ...s.expected, noIssues: [...(s.expected.noIssues ?? []), OVER] } });

/** A budget line of the policy's weight. */
const weighed = (initial: number, adjusted: number | null, executed: number, score: number, weight: number): SelfEvaluationBudget =>
  ({ ...budgetOf(initial, adjusted, executed, score), weight });

const projectSheets: HeldOutSheet3[] = [
  { id: 'N01', form: project(FULL(), pRows(), 100), expected: { ...met, noIssues: ['band', ...RULED] }, note: 'all met' },
  // ---- explain ----
  { ...flagged(one('N02', 0, patrol('3,600人次', 15), 15, 'explain θ 1.2: 3600 = 1.2T exactly, no reason → 15, flagged')), policy: explain(1.2) },
  { ...unflagged(one('N03', 0, patrol('3,590人次', 15), 15, 'explain θ 1.2: 3590 < 3600 needs none')), policy: explain(1.2) },
  { ...flagged(one('N04', 2, checks('计划200次，实际检查300次', 10), 10, 'explain θ 1.5: the 实际 300 = 1.5T, no reason → 10, flagged')), policy: explain(1.5) },
  { ...unflagged(one('N05', 2, checks('320次', 10, { reason: '汛期前增加森林防火专项检查' }), 10, 'explain θ 1.5: 1.6T with a reason → no flag')), policy: explain(1.5) },
  { ...unflagged(one('N06', 3, burnt('0.1‰', 10), 10, 'explain θ 1.2: a ceiling met with room is no over-achievement')), policy: explain(1.2) },
  // ---- deduct ----
  { ...one('N07', 2, checks('计划200次，实际检查340次', 8), 8, 'deduct θ 1.5: 340/200 = 1.7 → 10×(1 − 0.2) = 8'), policy: deduct(1.5) },
  { ...one('N08', 0, patrol('4,200人次', 12), 12, 'deduct θ 1.2: 4200/3000 = 1.4 → 15×(1 − 0.2) = 12'), policy: deduct(1.2) },
  { ...one('N09', 0, patrol('3,450人次', 15), 15, 'deduct θ 1.2: 1.15T is under θ → 15'), policy: deduct(1.2) },
  { ...one('N10', 3, burnt('0.2‰', 10), 10, 'deduct θ 1.2: a `<=` row far under its ceiling keeps 10'), policy: deduct(1.2) },
  { ...edge('N11', FULL(), { 0: patrol('9,000人次', 0) }, { 0: 0 }, 85, '良', 'deduct θ 1.5: 3T → 15×(1 − 1.5) < 0 → 0 (floored); 85 is 良. RE-LABELLED: first keyed 优 (a slip: the one-row maker assumes 优)'),
    policy: deduct(1.5) },
  // ---- `<=` ‰ row, T = 0 under each comparator ----
  edge('N12', FULL(), { 3: burnt('1.8‰', 0) }, { 3: 0 }, 90, '优', '`<=` A = 2T exactly → 0; 90 is 优'),
  one('N13', 3, burnt('1.2‰', 6.67), 6.67, '`<=`: (1 − 0.3/0.9)×10 = 6.666… → 6.67'),
  edge('N14', FULL(), { 5: accidents('1起', 0) }, { 5: 0 }, 90, '优', 'T = 0 under `<=`: 1起 → 0'),
  // Added after the first measurement (value-cells-21.ts re-labelled 未发生… to no number for the reader: the scorer's 0 needs the target).
  one('N34', 5, accidents('未发生较大以上生产安全事故', 10), 10, 'T = 0 under `<=`: an event that did not happen is 0 → 10 (README)'),
  one('N15', 5, q('较大以上生产安全事故起数', '=', '0', '起', 10, '0起', 10, EFFECT), 10, 'T = 0 under `=`: 0起 → 10'),
  edge('N16', FULL(), { 5: q('较大以上生产安全事故起数', '=', '0', '起', 10, '2起', 0, EFFECT) }, { 5: 0 }, 90, '优', 'T = 0 under `=`: all or nothing → 0'),
  one('N17', 5, q('重大火灾隐患挂牌督办数', '>=', '0', '处', 10, '0处', 10, EFFECT), 10, 'T = 0 under `>=`: any A ≥ 0 → 10'),
  // ---- deadlines ----
  { id: 'N18', form: project(FULL(), swapped(pRows(), { 4: buyBy('完成于2025年12月5日', 10) }), 100),
    expected: { ...met, total: 97, rows: pExp({ 4: 7 }), mismatch: true, issues: ['band', 'total_mismatch'] },
    note: 'late against 2025年11月底前 with full marks: 部分达成 default 7, band; 97 vs 100' },
  { id: 'N19', form: project(FULL(), swapped(pRows(), { 4: buyBy('完成于2025年12月5日', 6) }), 96),
    expected: { ...met, total: 96, rows: pExp({ 4: 6 }), noIssues: ['band', 'score_mismatch'] }, note: 'late, the sheet took points off: 6 in [6, 8) kept' },
  one('N20', 4, q('应急物资采购完成时间', '<=', '2025年11月30日', null, 10, '2025年11月28日完成', 10, TIME), 10, '`<=` date met → 10'),
  // ---- 满意度 in ‰ or questionnaires ----
  one('N21', 7, liking('965‰', 15), 15, '965‰ is 96.5% ≥ 90 → 15'),
  one('N22', 7, liking('872‰', 14.53), 14.53, '872‰ is 87.2%: 87.2/90×15 = 14.533… → 14.53'),
  byHand('N23', 7, liking('发放问卷1000份，满意935份', 15), 15, 'counts of 份 under %: no rate, by hand, 15 kept'),
  // ---- a range target ----
  one('N24', 6, ql('安全隐患整改率', '85%-90%', 10, '88%', 10, QUALITY), 10, 'inside the range → 达成, 10'),
  one('N25', 6, ql('安全隐患整改率', '85%-90%', 10, '90%', 10, QUALITY), 10, 'at the range\'s upper edge → 达成, 10'),
  // ---- budget weight, 调整后预算, grade cut-offs ----
  { id: 'N26', policy: { budgetExecutionWeight: 20, weightTotals: { project_self_evaluation: 80 } },
    form: project(weighed(500, 480, 432, 18, 20), swapped(pRows(), { 0: patrol('3,260人次', 5, 5) }), 98),
    expected: { ...met, total: 98, budgetScore: 18, rows: pExp({ 0: 5 }), noIssues: ['budget_weight', ...RULED] }, note: 'weight 20: 432/480 = 0.9 → 18; rows 80' },
  { id: 'N27', policy: { budgetExecutionWeight: 0, weightTotals: { project_self_evaluation: 100 } },
    form: project(weighed(400, 400, 360, 0, 0), swapped(pRows(), { 0: patrol('3,260人次', 25, 25) }), 100),
    expected: { ...met, total: 100, budgetScore: 0, rows: pExp({ 0: 25 }), noIssues: ['budget_weight', ...RULED] }, note: 'weight 0: the line scores 0; rows 100' },
  edge('N28', budgetOf(200, 0, 0, 0), {}, {}, 90, '优', '调整后 0, nothing executed → 0; 90 is 优'),
  edge('N29', budgetOf(400, null, 420, 10), {}, {}, 100, '优', '调整后 missing: 年初 400; 420/400 capped → 10'),
  { ...edge('N30', FULL(), { 0: patrol('2,400人次', 12), 3: burnt('1.2‰', 6.67) }, { 0: 12, 3: 6.67 }, 93.67, '良',
    '2400/3000×15 = 12, 6.67; 93.67 < 95 is 良 under 95/85/65'), policy: { grades: { excellent: 95, good: 85, pass: 65 } } },
  { ...edge('N31', FULL(), { 0: patrol('2,000人次', 10), 3: burnt('1.9‰', 0) }, { 0: 10, 3: 0 }, 85, '优',
    '10 + 0; 85 is 优 under 85/75/50'), policy: { grades: { excellent: 85, good: 75, pass: 50 } } },
  // ---- weight-0 加分 / 扣分 lines ----
  { id: 'N32', form: project(FULL(), [...pRows(), ql('加分项：获评省级森林防火先进单位', '获省级及以上表彰', 0, '获评省级先进单位', 2)], 102),
    expected: { ...met, rows: [...pExp({}), 0], mismatch: true, issues: ['total_mismatch'] }, note: 'a bonus on a weight-0 row counts 0: 100 vs 102' },
  { id: 'N33', form: project(FULL(), [...pRows(), q('扣分项：发生一般森林火灾', '<=', '0', '起', 0, '1起', -2, EFFECT)], 98),
    expected: { ...met, rows: [...pExp({}), 0], mismatch: true, issues: ['total_mismatch'] }, note: 'a deduction on a weight-0 row counts 0: 100 vs 98' },
];

/** Department rows weighing 100 (20 + 20 + 20 + 10 + 10 + 20), all met. */
const D_MONEY = DL('部门管理', '预算执行');
const D_WORK = DL('履职效能', '重点工作');
const D_FULL = [20, 20, 20, 10, 10, 20];
const dExp = (swaps: Record<number, number>): number[] => swapped(D_FULL, swaps);
const dMet = { total: 100, budgetScore: null, rows: D_FULL, grade: '优' as const, mismatch: false };
const drills = (actual: string, score: number | null): Indicator => q('应急演练场次', '=', '12', '场', 10, actual, score, D_WORK);
const deaths = (actual: string, score: number | null): Indicator => q('生产安全事故死亡人数下降率', '>=', '5', '%', 10, actual, score, D_WORK);
const three = (actual: string, score: number | null): Indicator => q('三公经费支出', '<=', '15', '万元', 20, actual, score, D_MONEY);
function dRows(): Indicator[] {
  return [q('部门预算执行率', '>=', '95', '%', 20, '97.3%', 20, D_MONEY), q('安全生产执法检查企业数', '>=', '300', '家', 20, '326家', 20, D_WORK),
    q('较大以上生产安全事故起数', '<=', '0', '起', 20, '0起', 20, D_WORK), drills('12场', 10), deaths('8.5%', 10), three('13.2万元', 20)];
}
const dSheet = (id: string, swaps: Record<number, Indicator>, scores: Record<number, number>, note: string,
  extra: Partial<HeldOutSheet3> = {}, grade: '优' | '良' | '中' | '差' = '优'): HeldOutSheet3 => {
  const rows = dExp(scores);
  const total = Math.round(rows.reduce((a, b) => a + b, 0) * 100) / 100;
  return { id, form: department(swapped(dRows(), swaps), total), expected: { ...dMet, total, rows, grade, noIssues: [...RULED] }, note, ...extra };
};

const departmentSheets: HeldOutSheet3[] = [
  dSheet('O01', {}, {}, 'all met'),
  dSheet('O02', { 3: drills('18场', 7), 4: deaths('8.5%', 5) }, { 3: 7, 4: 5 }, 'deduct θ 1.2 on `=`: 18/12 = 1.5 → 10×(1 − 0.3) = 7; the base 下降率 8.5% is itself 1.7T → 10×(1 − 0.5) = 5. RE-LABELLED: first keyed with row 4 at 10 (a slip: θ 1.2 reaches the base row too)',
    { policy: deduct(1.2) }),
  flagged(dSheet('O03', { 3: drills('15场', 10) }, {}, 'explain θ 1.2 on `=`: 15/12 = 1.25 ≥ 1.2, no reason → flagged', { policy: explain(1.2) })),
  dSheet('O04', { 2: q('较大以上生产安全事故起数', '<=', '0', '起', 20, '1起', 0, D_WORK) }, { 2: 0 }, 'T = 0 under `<=`: 1起 → 0; 80 is 良', {}, '良'),
  dSheet('O05', { 4: deaths('−3%', 6) }, { 4: 6 }, '…下降率 −3% is a decrease of 3: 3/5×10 = 6'),
  dSheet('O06', { 4: deaths('−8%', 10) }, {}, '…下降率 −8% is a decrease of 8 ≥ 5 → 10'),
  dSheet('O07', { 4: q('应急物资储备金额增长率', '>=', '5', '%', 10, '−2%', 0, D_WORK) }, { 4: 0 }, 'a 增长率 of −2%: a negative A counts as 0 → 0'),
  dSheet('O08', { 5: three('31.2万元', 0) }, { 5: 0 }, '`<=` past 2T (30) → 0; 80 is 良', {}, '良'),
  dSheet('O09', { 3: drills('9场', 7.5) }, { 3: 7.5 }, '`=` below: 9/12×10 = 7.5'),
  dSheet('O10', { 3: drills('9场', 7.5), 5: three('18万元', 16) }, { 3: 7.5, 5: 16 }, '7.5 + (1 − 3/15)×20 = 16; 93.5 is 良 under 95/85/65',
    { policy: { grades: { excellent: 95, good: 85, pass: 65 } } }, '良'),
];

export const HELD_OUT_SHEETS_SET_22: readonly HeldOutSheet3[] = [...projectSheets, ...departmentSheets];
