import type { Comparator, DepartmentSelfEvaluation, Indicator, ProjectSelfEvaluation, SelfEvaluationBudget } from '../../forms/forms-schema';
import type { Grade, QualitativeChoice, ScoreIssueCode } from '../score-types';

/**
 * Held-out scoring set 2 (session 8, brief G): WHOLE self-evaluation sheets — budget line, rows, total, grade and
 * the reported-total check — each computed BY HAND from rules.md §3 (and the README "Decisions") before any code
 * under scoring/ or review/ was read. A data table, so longer than the house limit on purpose.
 *
 * First measured, before the scoring code was read or changed (2026-11-23 00:17 UTC), 62 sheets (49 project, 13
 * department): 58/62 sheets agree in every item; per item: total 60/62, budget_score 62/62, row scores 60/62,
 * grade 61/62, mismatch 59/62, expected issues 59/62. Misses: P24 (explain at 3.9/3 = 1.3 not flagged), P40
 * (reported 0.005 under read as a mismatch), P48 (pick 未达成 with an in-band sheet 5 → 3; no `band` issue for
 * the pick 部分达成 vs sheet 10), D05 (扣分项 −7 not floored at its 5).
 * After step 2 (fixes in ../round-score.ts HALF_CENT, ../score-indicator.ts, ../score-self-evaluation.ts):
 *   62/62 sheets, every item 62/62, with NO expectation changed (none needed re-reading against the README).
 *   - P40: the mismatch tests compared binary differences (60 − 59.995 = 0.005000000000002558) with 0.005.
 *   - P24: the explain/deduct threshold compared A with θ·T in binary (1.3 × 3 = 3.9000000000000004).
 *   - P48: with an editor's pick, the sheet's own in-band score was ignored (only a hand score counted), and an
 *     out-of-band sheet score was reported as score_mismatch rather than band.
 *   - D05: a 扣分项 row went through the hand-scored path: not floored at −weight, and an in-limit −2 was
 *     flagged manual_score + band ("outside [0, 5]").
 *
 * How §3 was read where it is silent (each sheet's note repeats the reading it relies on):
 * - Budget: min(executed / adjusted, 1) × policy weight, to 2 decimals. No 调整后 figure: the budget was not
 *   adjusted, so 年初 is the budget. Executed above the budget earns the weight. A budget of 0 (or no budget and no
 *   rate) cannot be divided: the sheet's own 得分 is kept and flagged (hand). Only an 执行率 written (amounts
 *   missing): min(rate / 100, 1) × weight. Amounts and a rate that disagree: the amounts win.
 * - No budget block at all on a project sheet: budget_score null, flagged budget_missing, total = rows.
 * - Over-achievement (policy threshold θ, default 1.3), for >=, > and = rows only (a <= row far under its limit is
 *   simply met): none → w; explain → w, and A ≥ θ·T without a 未完成原因/说明 raises over_achievement_reason
 *   (at exactly θ·T too: §3 says ≥); deduct → A/T ≤ θ keeps w, beyond it w × (1 − (A/T − θ)), floored at 0
 *   ("falls by the excess deviation": the part beyond θ).
 * - Rounding: every part to 2 decimals, half up as written in decimal (0.125 → 0.13, 1.005 → 1.01), then summed.
 * - Grades on the total: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差, with the policy's cut-offs.
 * - Weights that do not total 90: no rescaling; the total is the plain sum (the review flags the weights).
 * - A 合计 row repeats the sum: not scored, not added. A 扣分项 row's (negative) score is added, floored at −weight.
 * - A weight written in the name (…（10分）) with an empty weight cell is the weight.
 * - mismatch: |computed − reported| > 0.005 in decimal; a difference of exactly 0.005 is NOT a mismatch even where
 *   binary floating point makes the difference 0.00500000000001.
 * - Qualitative rows: an editor's pick fixes the band; a sheet score inside the band is kept, outside it the
 *   band's default is used and `band` raised. No pick: the sheet score's own band, kept; no score: the 完成值's
 *   band word at the band default.
 * - Department sheets: rows weighted by 指标分值, budget_score null, except the README's case of rows weighing 90
 *   with a 总分 above them: 总分 − rows, when within [0, 10], is the budget score (flagged budget_missing).
 */

/** Expected per row: a number = the row's score (computed, or kept for hand rows); null = not checked here. */
export interface HeldOutSheet {
  id: string;
  form: ProjectSelfEvaluation | DepartmentSelfEvaluation;
  /** Policy overrides (makePolicy input). */
  policy?: Record<string, unknown>;
  choices?: Record<number, QualitativeChoice>;
  manualScores?: Record<number, number>;
  expected: {
    total: number;
    budgetScore: number | null;
    rows: (number | null)[];
    /** Rows expected to be hand-scored (status manual). */
    hand?: number[];
    grade: Grade;
    mismatch: boolean;
    issues?: ScoreIssueCode[];
    /** Issues that must NOT be raised. */
    noIssues?: ScoreIssueCode[];
  };
  /** Sheets whose expectation was corrected in step 2 say so here. */
  note: string;
}

type RowInput = Partial<Indicator> & { name: string };
function row(r: RowInput): Indicator {
  return {
    level1: null, level2: null, description: null, weight: null, unit: null, comparator: null, target: '',
    basis: null, method: null, actual: null, score: null, reason: null, ...r,
  };
}
/** A quantitative row. */
function q(name: string, cmp: Exclude<Comparator, 'qualitative'>, target: string, unit: string | null, weight: number | null, actual: string | null, extra: Partial<Indicator> = {}): Indicator {
  return row({ level1: '产出指标', level2: '数量指标', name, comparator: cmp, target, unit, weight, actual, ...extra });
}
/** A qualitative row. */
function ql(name: string, weight: number | null, actual: string | null, score: number | null, extra: Partial<Indicator> = {}): Indicator {
  return row({ level1: '效益指标', level2: '社会效益指标', name, comparator: 'qualitative', target: '有效提升', unit: null, weight, actual, score, ...extra });
}
function budget(initial: number | null, adjusted: number | null, executed: number | null, rate: number | null = null, score: number | null = null, weight: number | null = 10): SelfEvaluationBudget {
  return { initial_wan: initial, adjusted_wan: adjusted, executed_wan: executed, execution_rate: rate, weight, score, reason: null };
}
function project(b: SelfEvaluationBudget | null, indicators: Indicator[], total: number | null): ProjectSelfEvaluation {
  return {
    kind: 'project_self_evaluation', fiscal_year: 2024, org: '某区某局', org_code: null, department: null, indicators,
    project_code: null, project_name: '某专项经费', goal: null, goal_outcome: null, budget: b, total_score: total,
    conclusion: null, problems: null, improvements: null,
  };
}
function department(indicators: Indicator[], total: number | null): DepartmentSelfEvaluation {
  return { kind: 'department_self_evaluation', fiscal_year: 2024, org: '某区某局', org_code: null, department: null, indicators, total_score: total, goal: null };
}

/** Five full-mark rows weighing 90 (20+20+10+20+20); tests swap one or more out. */
function fullRows(): Indicator[] {
  return [
    q('培训场次', '>=', '12', '次', 20, '12', { score: 20 }),
    q('培训合格率', '>=', '95', '%', 20, '98%', { level2: '质量指标', score: 20 }),
    q('按时完成率', '=', '100', '%', 10, '100%', { level2: '时效指标', score: 10 }),
    q('受益人数', '>=', '500', '人', 20, '520', { level1: '效益指标', level2: '社会效益指标', score: 20 }),
    q('服务对象满意度', '>=', '90', '%', 20, '93%', { level1: '满意度指标', level2: '服务对象满意度指标', score: 20 }),
  ];
}
const FULL = [20, 20, 10, 20, 20];
/** Full rows with row i replaced. */
function swap(i: number, r: Indicator): Indicator[] {
  const rows = fullRows();
  rows[i] = r;
  return rows;
}
function full(i: number, s: number | null): (number | null)[] {
  const e: (number | null)[] = [...FULL];
  e[i] = s;
  return e;
}

const projectSheets: HeldOutSheet[] = [
  // ---- budget execution ----
  { id: 'P01', form: project(budget(100, 100, 95, 95, 9.5), fullRows(), 99.5),
    expected: { total: 99.5, budgetScore: 9.5, rows: FULL, grade: '优', mismatch: false }, note: '95/100×10 = 9.5' },
  { id: 'P02', form: project(budget(120, 100, 100, 100, 10), fullRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: '调整后 100 is the budget, not 年初 120' },
  { id: 'P03', form: project(budget(80, null, 60, 75, 7.5), fullRows(), 97.5),
    expected: { total: 97.5, budgetScore: 7.5, rows: FULL, grade: '优', mismatch: false }, note: 'no 调整后: 年初 80 is the budget; 60/80×10' },
  { id: 'P04', form: project(budget(50, 50, 55, 110, 10), fullRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: 'execution 110% → min(1.1,1)×10' },
  { id: 'P05', form: project(budget(0, 0, 0, null, 10), fullRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: 'budget 0: cannot divide; the sheet\'s 10 is kept (hand)' },
  { id: 'P06', form: project(null, fullRows(), 90),
    expected: { total: 90, budgetScore: null, rows: FULL, grade: '优', mismatch: false, issues: ['budget_missing'] }, note: 'no budget block: budget null, flagged' },
  { id: 'P07', form: project(budget(null, null, null, 85, 8.5), fullRows(), 98.5),
    expected: { total: 98.5, budgetScore: 8.5, rows: FULL, grade: '优', mismatch: false }, note: '执行率 85 written, amounts missing → 8.5' },
  { id: 'P08', form: project(budget(null, null, null, 120, 10), fullRows(), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: '执行率 120 → capped at 10' },
  { id: 'P09', form: project(budget(100, 100, 80, 90, 9), fullRows(), 99),
    expected: { total: 98, budgetScore: 8, rows: FULL, grade: '优', mismatch: true, issues: ['total_mismatch'] }, note: 'amounts (80/100) win over the written rate 90' },
  { id: 'P10', form: project(budget(null, 300, 200, null, 6.67), [
    q('场次', '>=', '30', '次', 30, '20', { score: 20 }),
    q('人数', '>=', '30', '人', 30, '20', { score: 20 }),
    q('户数', '>=', '30', '户', 30, '20', { score: 20 }),
  ], 66.67),
  expected: { total: 66.67, budgetScore: 6.67, rows: [20, 20, 20], grade: '中', mismatch: false }, note: '200/300×10 = 6.666… → 6.67' },
  { id: 'P11', form: project(budget(100, 100, 100, 100, 10), [
    q('场次', '>=', '3', '次', 10, '1', { score: 3.33 }),
    q('人数', '>=', '3', '人', 10, '1', { score: 3.33 }),
    q('户数', '>=', '3', '户', 10, '1', { score: 3.33 }),
    q('培训合格率', '>=', '95', '%', 30, '96%', { score: 30 }),
    q('服务对象满意度', '>=', '90', '%', 30, '95%', { score: 30 }),
  ], 79.99),
  expected: { total: 79.99, budgetScore: 10, rows: [3.33, 3.33, 3.33, 30, 30], grade: '中', mismatch: false }, note: 'round each (3.33×3) then sum: 79.99 (中), not 80 (良)' },
  { id: 'P12', form: project(budget(100, 100, 100, 100, 10), [
    q('场次', '>=', '8', '次', 1, '1'),
    q('人数', '>=', '400', '人', 10, '1'),
    q('培训合格率', '>=', '95', '%', 39, '96%'),
    q('服务对象满意度', '>=', '90', '%', 40, '95%'),
  ], 89.16),
  expected: { total: 89.16, budgetScore: 10, rows: [0.13, 0.03, 39, 40], grade: '良', mismatch: false }, note: 'half up: 0.125 → 0.13, 0.025 → 0.03' },
  { id: 'P13', form: project(budget(1000, 1000, 100.5, 10.05, 1.01), fullRows(), 91.01),
    expected: { total: 91.01, budgetScore: 1.01, rows: FULL, grade: '优', mismatch: false }, note: '100.5/1000×10 = 1.005 → 1.01 (decimal half up)' },
  // ---- over-achievement ----
  { id: 'P14', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '150', { score: 20 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] }, note: 'none: 150% of target → full, no more' },
  { id: 'P15', policy: { overAchievement: 'explain' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '130', { score: 20 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: A = 1.3T exactly, no reason → flagged' },
  { id: 'P16', policy: { overAchievement: 'explain' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '129', { score: 20 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] }, note: 'explain: 1.29T is under the threshold: no flag (checked: issue absent)' },
  { id: 'P17', policy: { overAchievement: 'explain' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '150', { score: 20, reason: '因上级追加任务，场次增加' })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false, noIssues: ['over_achievement_reason'] }, note: 'explain: 1.5T with a reason → no flag' },
  { id: 'P18', policy: { overAchievement: 'deduct' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '130', { score: 20 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: 'deduct: at the threshold nothing is taken off' },
  { id: 'P19', policy: { overAchievement: 'deduct' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '150', { score: 16 })), 96),
    expected: { total: 96, budgetScore: 10, rows: full(0, 16), grade: '优', mismatch: false }, note: 'deduct: 20×(1−(1.5−1.3)) = 16' },
  { id: 'P20', policy: { overAchievement: 'deduct' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '131', { score: 19.8 })), 99.8),
    expected: { total: 99.8, budgetScore: 10, rows: full(0, 19.8), grade: '优', mismatch: false }, note: 'deduct: 20×(1−0.01) = 19.8' },
  { id: 'P21', policy: { overAchievement: 'deduct', overAchievementThreshold: 1.2 }, form: project(budget(100, 100, 100), swap(2, q('按时完成率', '>=', '100', '%', 10, '150%', { score: 7 })), 97),
    expected: { total: 97, budgetScore: 10, rows: full(2, 7), grade: '优', mismatch: false }, note: 'deduct, θ=1.2: 10×(1−0.3) = 7' },
  { id: 'P22', policy: { overAchievement: 'deduct' }, form: project(budget(100, 100, 100), swap(2, q('按时完成率', '>=', '40', '%', 10, '100%', { score: 0 })), 90),
    expected: { total: 90, budgetScore: 10, rows: full(2, 0), grade: '优', mismatch: false }, note: 'deduct: A = 2.5T → 10×(1−1.2) floored at 0' },
  { id: 'P23', policy: { overAchievement: 'deduct' }, form: project(budget(100, 100, 100), swap(2, q('投诉次数', '<=', '10', '次', 10, '2', { score: 10 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: 'deduct does not touch a <= row far under its limit' },
  { id: 'P24', policy: { overAchievement: 'explain' }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '3', '次', 20, '3.9', { score: 20 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false, issues: ['over_achievement_reason'] }, note: 'explain: 3.9/3 = 1.3 exactly (1.3×3 is 3.9000000000000004 in binary)' },
  // ---- grade cut-offs ----
  { id: 'P25', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '10', '次', 20, '5', { score: 10, reason: '疫情影响' })), 90),
    expected: { total: 90, budgetScore: 10, rows: full(0, 10), grade: '优', mismatch: false }, note: 'exactly 90 → 优' },
  { id: 'P26', form: project(budget(100, 100, 99.9), swap(0, q('培训场次', '>=', '10', '次', 20, '5', { score: 10, reason: '疫情影响' })), 89.99),
    expected: { total: 89.99, budgetScore: 9.99, rows: full(0, 10), grade: '良', mismatch: false }, note: '89.99 → 良' },
  { id: 'P27', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '10', '次', 20, '0', { score: 0, reason: '未开展' })), 80),
    expected: { total: 80, budgetScore: 10, rows: full(0, 0), grade: '良', mismatch: false }, note: 'exactly 80 → 良' },
  { id: 'P28', form: project(budget(100, 100, 100), [
    q('培训场次', '>=', '10', '次', 40, '5', { score: 20, reason: '经费不足' }),
    q('人数', '>=', '100', '人', 50, '60', { score: 30, reason: '经费不足' }),
  ], 60),
  expected: { total: 60, budgetScore: 10, rows: [20, 30], grade: '中', mismatch: false }, note: 'exactly 60 → 中' },
  { id: 'P29', form: project(budget(100, 100, 99.9), [
    q('培训场次', '>=', '10', '次', 40, '5', { score: 20, reason: '经费不足' }),
    q('人数', '>=', '100', '人', 50, '60', { score: 30, reason: '经费不足' }),
  ], 59.99),
  expected: { total: 59.99, budgetScore: 9.99, rows: [20, 30], grade: '差', mismatch: false }, note: '59.99 → 差' },
  { id: 'P30', policy: { grades: { excellent: 85, good: 75, pass: 50 } }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '20', '次', 20, '15', { score: 15, reason: '场地' })), 95),
    expected: { total: 95, budgetScore: 10, rows: full(0, 15), grade: '优', mismatch: false }, note: 'policy cut-offs 85/75/50' },
  { id: 'P31', policy: { grades: { excellent: 95, good: 85, pass: 70 } }, form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '20', '次', 20, '15', { score: 15, reason: '场地' })), 95),
    expected: { total: 95, budgetScore: 10, rows: full(0, 15), grade: '优', mismatch: false }, note: 'policy cut-off 95: exactly at it → 优' },
  { id: 'P32', policy: { grades: { excellent: 95, good: 85, pass: 70 } }, form: project(budget(100, 100, 100), [
    q('培训场次', '>=', '10', '次', 40, '6', { score: 24, reason: '经费不足' }),
    q('人数', '>=', '100', '人', 50, '70', { score: 35, reason: '经费不足' }),
  ], 69),
  expected: { total: 69, budgetScore: 10, rows: [24, 35], grade: '差', mismatch: false }, note: 'policy pass 70: 69 → 差 (default policy would say 中)' },
  // ---- weights ----
  { id: 'P33', form: project(budget(100, 100, 100), fullRows().slice(0, 4).concat([q('服务对象满意度', '>=', '90', '%', 10, '93%', { score: 10 })]), 90),
    expected: { total: 90, budgetScore: 10, rows: [20, 20, 10, 20, 10], grade: '优', mismatch: false }, note: 'rows weigh 80: no rescaling, total 90' },
  { id: 'P34', form: project(budget(100, 100, 100), fullRows().concat([q('宣传次数', '>=', '5', '次', 10, '5', { score: 10 })]), 110),
    expected: { total: 110, budgetScore: 10, rows: [...FULL, 10], grade: '优', mismatch: false }, note: 'rows weigh 100: plain sum 110, no clamp' },
  { id: 'P35', form: project(budget(100, 100, 100), swap(2, q('按时完成率（10分）', '=', '100', '%', null, '80%')), 98),
    expected: { total: 98, budgetScore: 10, rows: full(2, 8), grade: '优', mismatch: false }, note: 'weight written in the name (10分): 80/100×10 = 8' },
  { id: 'P36', form: project(budget(100, 100, 100), fullRows().concat([row({ name: '合计', weight: 90, score: 90 })]), 100),
    expected: { total: 100, budgetScore: 10, rows: [...FULL, null], grade: '优', mismatch: false }, note: '合计 row not added' },
  // ---- reported total ----
  { id: 'P37', form: project(budget(100, 100, 100), swap(2, q('按时完成率', '>=', '100', '%', 10, '100%')), 100.005),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: false }, note: 'reported off by exactly 0.005: no mismatch' },
  { id: 'P38', form: project(budget(null, 300, 200), [
    q('场次', '>=', '30', '次', 30, '20', { score: 20 }),
    q('人数', '>=', '30', '人', 30, '20', { score: 20 }),
    q('户数', '>=', '30', '户', 30, '24', { score: 24 }),
  ], 70.675),
  expected: { total: 70.67, budgetScore: 6.67, rows: [20, 20, 24], grade: '中', mismatch: false }, note: 'off by 0.005 (binary: 0.00500000000001): no mismatch' },
  { id: 'P39', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '100', '次', 20, '10', { score: 2, reason: '暂停' })), 82.006),
    expected: { total: 82, budgetScore: 10, rows: full(0, 2), grade: '良', mismatch: true, issues: ['total_mismatch'] }, note: 'off by 0.006: mismatch' },
  { id: 'P40', form: project(budget(100, 100, 100), [
    q('培训场次', '>=', '10', '次', 40, '5', { score: 20, reason: '经费不足' }),
    q('人数', '>=', '100', '人', 50, '60', { score: 30, reason: '经费不足' }),
  ], 59.995),
  expected: { total: 60, budgetScore: 10, rows: [20, 30], grade: '中', mismatch: false }, note: 'reported 0.005 under (binary 0.005000000000003): no mismatch' },
  { id: 'P41', form: project(budget(100, 100, 100), fullRows(), 99.994),
    expected: { total: 100, budgetScore: 10, rows: FULL, grade: '优', mismatch: true, issues: ['total_mismatch'] }, note: 'reported 0.006 under: mismatch' },
  // ---- <= rows and hand rows ----
  { id: 'P42', form: project(budget(100, 100, 100), swap(2, q('办结时限', '<=', '48', '小时', 10, '60小时', { level2: '时效指标', score: 7.5 })), 97.5),
    expected: { total: 97.5, budgetScore: 10, rows: full(2, 7.5), grade: '优', mismatch: false }, note: '<=: (1−12/48)×10 = 7.5' },
  { id: 'P43', form: project(budget(100, 100, 100), swap(2, q('安全事故', '<=', '0', '起', 10, '1', { score: 0 })), 90),
    expected: { total: 90, budgetScore: 10, rows: full(2, 0), grade: '优', mismatch: false }, note: '<= 0 with A = 1 → 0' },
  { id: 'P44', form: project(budget(100, 100, 100), swap(2, q('成本控制', '<=', '预算控制数', null, 10, '未超支', { level1: '成本指标', level2: '经济成本指标', score: 10 })), 100),
    expected: { total: 100, budgetScore: 10, rows: FULL, hand: [2], grade: '优', mismatch: false }, note: 'reference target: hand, the sheet\'s 10 kept' },
  { id: 'P45', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '12', '次', 20, '已完成', { score: 18 })), 98),
    expected: { total: 98, budgetScore: 10, rows: full(0, 18), hand: [0], grade: '优', mismatch: false, issues: ['actual_not_numeric'] }, note: 'word actual under a count: hand, sheet 18 kept' },
  { id: 'P46', form: project(budget(100, 100, 100), swap(0, q('培训场次', '>=', '12', '次', 20, '9', { score: 20 })), 100),
    expected: { total: 95, budgetScore: 10, rows: full(0, 15), grade: '优', mismatch: true, issues: ['score_mismatch', 'total_mismatch'] }, note: 'sheet gave 20 to 9/12: computed 15, flagged' },
  // ---- qualitative picks vs document scores ----
  { id: 'P47', form: project(budget(100, 100, 100), [
    q('培训场次', '>=', '12', '次', 30, '12', { score: 30 }),
    ql('群众知晓度', 10, '达成', 9),
    ql('环境改善', 10, '部分达成', 7),
    ql('长效机制', 10, '达成', null),
    q('服务对象满意度', '>=', '90', '%', 30, '93%', { score: 30 }),
  ], 96),
  expected: { total: 96, budgetScore: 10, rows: [30, 9, 7, 10, 30], grade: '优', mismatch: false }, note: 'kept in-band 9 and 7; no score + 达成 → 10' },
  { id: 'P48', choices: { 1: '部分达成', 2: '未达成' }, form: project(budget(100, 100, 100), [
    q('培训场次', '>=', '12', '次', 30, '12', { score: 30 }),
    ql('群众知晓度', 10, '有所提升', 10),
    ql('环境改善', 10, '未明显改善', 5),
    ql('长效机制', 10, '已建立', 8.5),
    q('服务对象满意度', '>=', '90', '%', 30, '93%', { score: 30 }),
  ], 90.5),
  expected: { total: 90.5, budgetScore: 10, rows: [30, 7, 5, 8.5, 30], grade: '优', mismatch: false, issues: ['band'] }, note: 'pick 部分达成 vs sheet 10 → 7 flagged; pick 未达成 keeps 5; no pick keeps 8.5 (达成 band)' },
  { id: 'P49', manualScores: { 2: 6 }, form: project(budget(100, 100, 100), swap(2, q('成本控制', '<=', '预算控制数', null, 10, '略有超支', { level1: '成本指标', level2: '经济成本指标', score: 10 })), 96),
    expected: { total: 96, budgetScore: 10, rows: full(2, 6), hand: [2], grade: '优', mismatch: false }, note: 'hand row with a manual score entered: 6 wins over the sheet\'s 10' },
];

const departmentSheets: HeldOutSheet[] = [
  { id: 'D01', form: department([
    q('预算执行率', '>=', '90', '%', 10, '95%', { level1: '预算执行', level2: null, score: 10 }),
    q('重点工作完成率', '>=', '95', '%', 20, '90%', { level1: '履职效能', score: 18.95 }),
    q('政府采购执行率', '=', '100', '%', 10, '100%', { level1: '管理效率', score: 10 }),
    q('三公经费控制率', '<=', '100', '%', 10, '95%', { level1: '管理效率', score: 10 }),
    q('服务对象满意度', '>=', '90', '%', 20, '92%', { level1: '满意度', score: 20 }),
    ql('制度建设', 10, '达成', 9, { level1: '管理效率' }),
    ql('资产管理规范性', 20, '部分达成', null, { level1: '管理效率' }),
  ], 91.95),
  expected: { total: 91.95, budgetScore: null, rows: [10, 18.95, 10, 10, 20, 9, 14], grade: '优', mismatch: false }, note: 'rows weigh 100; 90/95×20 = 18.947 → 18.95; 部分达成 default 14' },
  { id: 'D02', form: department(fullRows(), 98),
    expected: { total: 98, budgetScore: 8, rows: FULL, grade: '优', mismatch: false, issues: ['budget_missing'] }, note: '产出/效益/满意度 rows weigh 90; 总分 98 → budget 8 outside the rows' },
  { id: 'D03', form: department(fullRows(), 85),
    expected: { total: 90, budgetScore: null, rows: FULL, grade: '优', mismatch: true, issues: ['total_mismatch'] }, note: '总分 85 under the rows: −5 is no budget score; mismatch' },
  { id: 'D04', form: department([
    q('重点工作完成率', '>=', '95', '%', 50, '95%', { level1: '履职效能', score: 50 }),
    q('预算执行率', '>=', '90', '%', 20, '92%', { level1: '预算管理', score: 20 }),
    q('服务对象满意度', '>=', '90', '%', 30, '96%', { level1: '满意度', score: 30 }),
    row({ level1: '扣分项', name: '审计发现问题', weight: 5, score: -2, method: '每发现一个问题扣1分，最多扣5分' }),
  ], 98),
  expected: { total: 98, budgetScore: null, rows: [50, 20, 30, -2], hand: [3], grade: '优', mismatch: false }, note: '扣分项 −2 counted; its 5 is not part of the weights' },
  { id: 'D05', form: department([
    q('重点工作完成率', '>=', '95', '%', 50, '95%', { level1: '履职效能', score: 50 }),
    q('预算执行率', '>=', '90', '%', 20, '92%', { level1: '预算管理', score: 20 }),
    q('服务对象满意度', '>=', '90', '%', 30, '96%', { level1: '满意度', score: 30 }),
    row({ level1: '扣分项', name: '审计发现问题', weight: 5, score: -7 }),
  ], 93),
  expected: { total: 95, budgetScore: null, rows: [50, 20, 30, -5], hand: [3], grade: '优', mismatch: true, issues: ['total_mismatch'] }, note: '扣分项 −7 floored at its limit 5' },
  { id: 'D06', form: department([
    q('重点工作完成率', '>=', '95', '%', 50, '76%', { level1: '履职效能', score: 40 }),
    q('预算执行率', '>=', '90', '%', 20, '90%', { level1: '预算管理', score: 20 }),
    q('服务对象满意度', '>=', '90', '%', 30, '90%', { level1: '满意度', score: 30 }),
    row({ name: '合计', weight: 100, score: 90 }),
  ], 90),
  expected: { total: 90, budgetScore: null, rows: [40, 20, 30, null], grade: '优', mismatch: false }, note: '76/95×50 = 40; 合计 row not added' },
  { id: 'D07', form: department([
    q('重点工作完成率', '>=', '95', '%', 40, '95%', { level1: '履职效能', score: 40 }),
    q('制度执行率', '>=', '100', '%', 20, '100%', { level1: '管理效率', score: 20 }),
    q('社会公众满意度', '>=', '90', '%', 30, '91%', { level1: '社会效应', score: 30 }),
  ], 99),
  expected: { total: 99, budgetScore: 9, rows: [40, 20, 30], grade: '优', mismatch: false, issues: ['budget_missing'] }, note: '财政部 layout: rows weigh 90 on 履职效能…, 总分 99 → budget 9' },
  { id: 'D08', form: department([
    q('重点工作完成率（40分）', '>=', '95', '%', null, '95%', { level1: '履职效能', score: 40 }),
    q('预算执行率（30分）', '>=', '90', '%', null, '81%', { level1: '预算管理', score: 27 }),
    q('服务对象满意度（30分）', '>=', '90', '%', null, '93%', { level1: '满意度', score: 30 }),
  ], 97),
  expected: { total: 97, budgetScore: null, rows: [40, 27, 30], grade: '优', mismatch: false }, note: 'weights in the names; 81/90×30 = 27' },
  { id: 'D09', form: department([
    q('预算执行率', '>=', '90', '%', 10, '80%', { level1: '预算执行', score: 8.89 }),
    q('重点工作完成率', '>=', '95', '%', 50, '95%', { level1: '履职效能', score: 50 }),
    q('服务对象满意度', '>=', '90', '%', 40, '92%', { level1: '满意度', score: 40 }),
  ], 98.89),
  expected: { total: 98.89, budgetScore: null, rows: [8.89, 50, 40], grade: '优', mismatch: false }, note: '80/90×10 = 8.888… → 8.89' },
  { id: 'D10', form: department([
    q('重点工作完成率', '>=', '100', '%', 50, '60%', { level1: '履职效能', score: 30, reason: '机构调整' }),
    q('预算执行率', '>=', '100', '%', 20, '50%', { level1: '预算管理', score: 10, reason: '项目延期' }),
    q('服务对象满意度', '>=', '100', '%', 30, '66.67%', { level1: '满意度', score: 20, reason: '宣传不足' }),
  ], 60),
  expected: { total: 60, budgetScore: null, rows: [30, 10, 20], grade: '中', mismatch: false }, note: '66.67/100×30 = 20.001 → 20; total exactly 60 → 中' },
  { id: 'D11', form: department([
    q('重点工作完成率', '>=', '95', '%', 60, '95%', { level1: '履职效能', score: 60 }),
    row({ level1: '管理效率', name: '内控制度建设', weight: 20, method: '制度健全得20分，每缺一项扣5分', actual: '缺少采购内控制度', score: 15 }),
    q('服务对象满意度', '>=', '90', '%', 20, '92%', { level1: '满意度', score: 20 }),
  ], 95),
  expected: { total: 95, budgetScore: null, rows: [60, 15, 20], hand: [1], grade: '优', mismatch: false }, note: 'row scored by its 评分说明: the sheet\'s 15 kept, flagged' },
  { id: 'D12', form: department([
    q('重点工作完成率', '>=', '95', '%', 60, '95%', { level1: '履职效能', score: 60 }),
    row({ level1: '履职效能', name: '其中：重点项目推进情况', description: '说明项' }),
    q('服务对象满意度', '>=', '90', '%', 40, '88%', { level1: '满意度', score: 39.11 }),
  ], 99.11),
  expected: { total: 99.11, budgetScore: null, rows: [60, null, 39.11], grade: '优', mismatch: false }, note: 'sub-item with neither 分值 nor 得分 not scored; 88/90×40 = 39.11' },
  { id: 'D13', policy: { grades: { excellent: 85, good: 70, pass: 60 } }, form: department([
    q('重点工作完成率', '>=', '100', '%', 50, '70%', { level1: '履职效能', score: 35, reason: '机构调整' }),
    q('预算执行率', '>=', '90', '%', 20, '90%', { level1: '预算管理', score: 20 }),
    q('服务对象满意度', '>=', '90', '%', 30, '90%', { level1: '满意度', score: 30 }),
  ], 85),
  expected: { total: 85, budgetScore: null, rows: [35, 20, 30], grade: '优', mismatch: false }, note: 'policy 优 ≥ 85: exactly 85 → 优' },
];

export const HELD_OUT_SHEETS_SET_2: readonly HeldOutSheet[] = [...projectSheets, ...departmentSheets];
