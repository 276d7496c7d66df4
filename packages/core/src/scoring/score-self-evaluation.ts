import type { DepartmentSelfEvaluation, Indicator, ProjectSelfEvaluation, SelfEvaluationBudget } from '../forms/forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { formatNumber as f, gradeOf, HALF_CENT, roundScore } from './round-score';
import { BudgetDerivation, ManualDerivation } from './deferred-derivation';
import { scoreIndicatorAt } from './score-indicator';
import { isBonusRow, isDeductionRow, isTotalsRow } from './sheet-rows';
import { sheetBudgetRowScore } from './budget-row';
import { type GroupSubtotals, groupSubtotals } from './group-subtotals';
import { NO_ISSUES, type Derivation, type Grade, type IndicatorScore, type QualitativeChoice, type ScoreIssue } from './score-types';

export interface BudgetScore {
  score: number | null;
  status: 'computed' | 'manual';
  derivation: Derivation;
}

export interface SelfEvaluationScore {
  budget: BudgetScore;
  indicators: IndicatorScore[];
  /** Budget score + Σ indicator scores, each rounded to 2 decimals first. */
  total: number;
  reportedTotal: number | null;
  grade: Grade;
  /** True when the document's total differs from the computed one by more than 0.005. */
  mismatch: boolean;
  issues: ScoreIssue[];
}

export interface ScoreSelfEvaluationOptions {
  policy?: Policy;
  /** Band picks for qualitative rows, by 0-based row index. */
  choices?: Record<number, QualitativeChoice>;
  /** Scores entered by hand, by 0-based row index. */
  manualScores?: Record<number, number>;
}

/**
 * A budget block with no money in it (年初 0, 调整后 0, 执行 0; as a work-only 工作类项目 files it) and its 权重 set to 0: the
 * project has no budget to execute, so the budget line carries no points and its rows carry the whole score.
 */
export function unfundedBudget(budget: SelfEvaluationBudget | null): boolean {
  return budget != null && budget.weight === 0 && (budget.initial_wan ?? 0) === 0 && (budget.adjusted_wan ?? 0) === 0
    && (budget.executed_wan ?? 0) === 0 && (budget.execution_rate ?? 0) === 0;
}

/** Budget execution: min(executed / adjusted, 1) × weight (rules.md §3). */
export function scoreBudget(budget: SelfEvaluationBudget | null, policy: Policy = DEFAULT_POLICY): { result: BudgetScore; issues: ScoreIssue[] } {
  const w = policy.budgetExecutionWeight;
  const rule = '预算执行率：min(执行数/调整后预算数, 1)×权重';
  const issues: ScoreIssue[] = [];
  if (unfundedBudget(budget)) {
    const doc = budget!.score;
    if (doc != null && Math.abs(doc) > HALF_CENT) {
      issues.push({ row: null, code: 'score_mismatch', message: `本项目无预算资金、预算执行权重为0，预算执行不计分，填报得分${f(doc)}应为0；请核实。` });
    }
    return { result: { score: 0, status: 'computed', derivation: { inputs: { executed_wan: 0, planned_wan: 0, weight: 0 }, rule, arithmetic: '无预算资金，权重0，不计分' } }, issues };
  }
  if (budget && budget.weight != null && Math.abs(budget.weight - w) > HALF_CENT) {
    issues.push({ row: null, code: 'budget_weight', message: `预算执行率权重为${f(budget.weight)}，与政策规定的${f(w)}不一致；请按${f(w)}分填写。` });
  }
  const executed = budget?.executed_wan ?? null;
  const planned = budget ? (budget.adjusted_wan ?? budget.initial_wan) : null;
  const plannedLabel = budget?.adjusted_wan != null ? '全年预算数' : '年初预算数';
  let result: BudgetScore;
  if (executed != null && planned != null && planned > 0) {
    const ratio = Math.max(0, executed) / planned;
    const score = roundScore(Math.min(ratio, 1) * w);
    result = { score, status: 'computed', derivation: new BudgetDerivation(executed, planned, false, budget?.adjusted_wan != null, w, score) };
  } else if (budget?.execution_rate != null) {
    const rate = Math.max(0, budget.execution_rate);
    const score = roundScore(Math.min(rate / 100, 1) * w);
    result = { score, status: 'computed', derivation: new BudgetDerivation(rate, 0, true, false, w, score) };
  } else {
    const doc = budget?.score ?? null;
    // Name what is missing in the sheet's own words (全年执行数 / 全年预算数): the clerk fills the box it names.
    const missing = [planned == null || planned <= 0 ? (planned == null ? '全年预算数（或年初预算数）' : `大于 0 的${plannedLabel}`) : null, executed == null ? '全年执行数' : null].filter(Boolean).join('和');
    issues.push({ row: null, code: 'budget_missing', message: `缺少${missing}，预算执行率无法计算${doc == null ? '' : '，已采用填报得分'}；请补填预算执行情况。` });
    return {
      result: { score: doc == null ? null : roundScore(doc), status: 'manual', derivation: { inputs: { executed_wan: executed, planned_wan: planned, weight: w }, rule, arithmetic: doc == null ? '无得分，未计入' : `采用填报得分 ${f(doc)}` } },
      issues,
    };
  }
  if (budget?.score != null && result.score != null && Math.abs(budget.score - result.score) > HALF_CENT) {
    issues.push({ row: null, code: 'score_mismatch', message: `预算执行率填报得分${f(budget.score)}与规则计算的${f(result.score)}不一致（${result.derivation.arithmetic}）；请核实。` });
  }
  return { result, issues };
}

/** Scores a 项目支出绩效自评表 by rules.md §3 and compares with the document's own total. Never throws. */
export function scoreSelfEvaluation(form: ProjectSelfEvaluation, options: ScoreSelfEvaluationOptions = {}): SelfEvaluationScore {
  const policy = options.policy ?? DEFAULT_POLICY;
  const { result: budget, issues: budgetIssues } = scoreBudget(form.budget, policy);
  return withBudget(budget, scoreSheet(form.indicators, form.total_score, budget.score ?? 0, budgetIssues, policy, options, false, null));
}

/**
 * { budget, ...sheet }, spelled out: a spread builds its object by transitions V8 may drop between major collections,
 * and every function that reads the result would then be deoptimized.
 */
function withBudget<B extends BudgetScore | null>(budget: B, sheet: Omit<SelfEvaluationScore, 'budget'>): Omit<SelfEvaluationScore, 'budget'> & { budget: B } {
  return {
    budget, indicators: sheet.indicators, total: sheet.total, reportedTotal: sheet.reportedTotal, grade: sheet.grade, mismatch: sheet.mismatch,
    issues: sheet.issues,
  };
}

/** A 部门整体支出绩效自评表 scored like a project sheet; budget is null unless its budget line lies outside the rows. */
export interface DepartmentSelfEvaluationScore extends Omit<SelfEvaluationScore, 'budget'> {
  budget: BudgetScore | null;
}

/**
 * Whether a 部门整体 sheet's 预算执行 score is a line the form does not hold as a row, while the sheet's 总分
 * includes it. Its rows (less totals and deduction rows) weigh the policy total less the budget-execution weight
 * (90 of 100), and either they are on the 产出/效益/满意度 framework, or the sheet's total exceeds their scores
 * (the 财政部 layout prints 年度预算执行情况 with its 分值 and 得分 above the indicator rows). A group's subtotal line
 * (groupSubtotals) repeats its rows, as a 合计 row does.
 */
export function budgetLineOutsideRows(
  indicators: readonly Indicator[], policy: Policy = DEFAULT_POLICY, reportedTotal: number | null = null, subtotals: GroupSubtotals | null = null,
): boolean {
  let total = 0;
  let scores = 0;
  let framework = false;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    if (isTotalsRow(ind) || (subtotals != null && subtotals.at[i] === 1)) continue;
    if (ind.weight != null && !isDeductionRow(ind) && !isBonusRow(ind)) total += ind.weight;
    if (ind.score != null) scores += ind.score;
    const l1 = ind.level1;
    if (l1 != null && (l1.includes('产出') || l1.includes('效益') || l1.includes('满意度'))) framework = true;
  }
  const w = policy.budgetExecutionWeight;
  if (Math.abs(total + w - policy.weightTotals.department_self_evaluation) > 0.01) return false;
  if (framework) return true;
  if (reportedTotal == null) return false;
  // A total above the rows' scores counts something outside them: the budget line, even where the excess is more
  // than its weight (then the total is wrong, which the total check reports; the rows' weights are not).
  return reportedTotal - roundScore(scores) > HALF_CENT;
}

/**
 * Scores a 部门整体支出绩效自评表: each row by the indicator rules of rules.md §3 (its 指标分值 is the
 * weight), the total as the sum of the rounded row scores; such a sheet has no separate budget block
 * (a 预算执行率 row is one of its indicators). Compared with the sheet's own 总分. Rows with neither
 * 分值 nor 得分 are the sub-items an item's 评分说明 lists, not scored rows: they raise no issue.
 * A sheet whose budget line lies outside its rows (budgetLineOutsideRows) cannot have that line computed:
 * its score is taken as 总分 less the rows' scores when that lies within [0, weight], flagged as
 * budget_missing like a project sheet without a budget block. A group's subtotal line (groupSubtotals) is shown, not
 * scored or added, as a 合计 row is. Never throws.
 */
export function scoreDepartmentSelfEvaluation(form: DepartmentSelfEvaluation, options: ScoreSelfEvaluationOptions = {}): DepartmentSelfEvaluationScore {
  const policy = options.policy ?? DEFAULT_POLICY;
  const subtotals = groupSubtotals(form);
  if (!budgetLineOutsideRows(form.indicators, policy, form.total_score, subtotals)) {
    return withBudget(null, scoreSheet(form.indicators, form.total_score, 0, [], policy, options, true, subtotals));
  }
  const rows = scoreSheet(form.indicators, null, 0, [], policy, options, true, subtotals);
  const reported = form.total_score;
  const w = policy.budgetExecutionWeight;
  const gap = reported == null ? null : roundScore(reported - rows.total);
  const inferred = gap != null && gap >= -0.005 && gap <= w + 0.005 ? Math.min(Math.max(gap, 0), w) : null;
  const budget: BudgetScore = {
    score: inferred,
    status: 'manual',
    derivation: {
      inputs: { reported_total: reported, rows_total: rows.total, weight: w },
      rule: '预算执行得分未单列：文档总分 − 各项得分合计，须在 [0, 权重] 内',
      arithmetic: inferred == null ? '无法推算，未计入' : `${f(reported!)} − ${f(rows.total)} = ${f(inferred)}`,
    },
  };
  const where = `本表预算执行得分未列在指标行中（权重${f(w)}分）`;
  const budgetIssue: ScoreIssue = {
    row: null,
    code: 'budget_missing',
    message: inferred != null
      ? `${where}，已按文档总分${f(reported!)}减各项得分合计${f(rows.total)}推算为${f(inferred)}分；请补列预算执行情况以便核实。`
      : `${where}，文档总分${reported == null ? '缺失' : f(reported)}与各项得分合计${f(rows.total)}之差不在 [0, ${f(w)}] 内，无法推算；请补列预算执行情况。`,
  };
  const total = roundScore(rows.total + (inferred ?? 0));
  const mismatch = reported != null && Math.abs(total - reported) > HALF_CENT;
  const issues = [budgetIssue, ...rows.issues];
  if (mismatch) issues.push({ row: null, code: 'total_mismatch', message: `自评总分${f(reported!)}与规则计算的${f(total)}不一致；请核对各项得分。` });
  return { ...rows, budget, total, reportedTotal: reported, grade: gradeOf(total, policy), mismatch, issues };
}

function scoreSheet(
  inds: readonly Indicator[],
  reportedTotal: number | null,
  start: number,
  budgetIssues: ScoreIssue[],
  policy: Policy,
  options: ScoreSelfEvaluationOptions,
  subItemsUnscored: boolean,
  subtotals: GroupSubtotals | null,
): Omit<SelfEvaluationScore, 'budget'> {
  let sum = start;
  const indicators: IndicatorScore[] = new Array(inds.length);
  const choices = options.choices;
  const manualScores = options.manualScores;
  let rowIssues = 0;
  for (let row = 0; row < inds.length; row++) {
    const ind = inds[row]!;
    if (isTotalsRow(ind)) {
      indicators[row] = totalsRowScore(ind, row, TOTALS_RULE);
      continue;
    }
    if (subtotals != null && subtotals.at[row] === 1) {
      indicators[row] = totalsRowScore(ind, row, SUBTOTAL_RULE);
      continue;
    }
    if (isDeductionRow(ind)) {
      const d = deductionScore(ind, row, manualScores?.[row]);
      indicators[row] = d;
      if (d.score != null) sum += d.score;
      rowIssues += d.issues.length;
      continue;
    }
    // A department score sheet's budget line printed as a row with its rate in 完成值 is scored as the budget line is.
    let s = (subItemsUnscored ? sheetBudgetRowScore(ind, row) : null) ?? scoreIndicatorAt(ind, policy, row, choices?.[row], manualScores?.[row]);
    if (subItemsUnscored && ind.weight == null && ind.score == null && s.issues.length > 0) s = { ...s, issues: NO_ISSUES };
    indicators[row] = s;
    if (s.score != null) sum += s.score;
    rowIssues += s.issues.length;
  }
  const total = roundScore(sum);
  const mismatch = reportedTotal != null && Math.abs(total - reportedTotal) > HALF_CENT;
  // The budget's issues, then each row's in row order, then the total's, in an array of exactly that length:
  // pushing into the budget's array would reserve room for 16 on every sheet with an issue, and a batch keeps them all.
  const count = budgetIssues.length + rowIssues + (mismatch ? 1 : 0);
  let issues: ScoreIssue[] = budgetIssues;
  if (count > budgetIssues.length) {
    issues = new Array<ScoreIssue>(count);
    let k = 0;
    // Indexed loops: the rows' issue arrays are of several shapes (NO_ISSUES is frozen), and a for…of over them
    // allocated an iterator per row.
    for (let j = 0; j < budgetIssues.length; j++) issues[k++] = budgetIssues[j]!;
    for (let row = 0; row < inds.length; row++) {
      const own = indicators[row]!.issues;
      for (let j = 0; j < own.length; j++) issues[k++] = own[j]!;
    }
    if (mismatch) {
      issues[k++] = { row: null, code: 'total_mismatch', message: `自评总分${f(reportedTotal!)}与规则计算的${f(total)}不一致；请核对各项得分。` };
    }
  }
  return { indicators, total, reportedTotal, grade: gradeOf(total, policy), mismatch, issues };
}

const DEDUCTION_RULE = '扣分项：按评分说明扣分，最多扣至分值（权重）为止，不计入权重合计';

/**
 * A 扣分项 row: the sheet's (or hand) deduction, never a gain. Its weight is the most it takes off (README
 * decisions), so the score lies in [−weight, 0]: a deduction beyond it is floored there and flagged, and a positive
 * entry is read as the points taken off. An in-limit deduction is no defect (no manual_score / band issue).
 */
export function deductionScore(ind: Indicator, row: number, manualScore: number | undefined): IndicatorScore {
  const given = manualScore ?? ind.score;
  // Sheets print the limit as 5 or as −5 (the points it can take off): the same ceiling either way.
  const limit = ind.weight != null && ind.weight !== 0 ? Math.abs(ind.weight) : null;
  let score: number | null = null;
  let issues: ScoreIssue[] = NO_ISSUES;
  if (given != null) {
    const off = Math.abs(given);
    score = roundScore(-(limit != null && off > limit ? limit : off));
    if (limit != null && off > limit + 1e-9) {
      issues = [{ row, code: 'band', message: `第${row + 1}行扣分项「${ind.name}」扣${f(off)}分，超过其分值${f(limit)}分，已按最多扣${f(limit)}分计；请核实扣分。` }];
    }
  }
  return {
    row, name: ind.name, weight: ind.weight, score, status: 'manual',
    derivation: new ManualDerivation(ind.comparator, ind.target, ind.actual, ind.weight, DEDUCTION_RULE, score, manualScore != null),
    issues,
  };
}

const TOTALS_RULE = '合计行：各项得分之和，不是指标';
const SUBTOTAL_RULE = '小计行：本组各行得分之和，不是指标';

/** A 合计 row imported among the indicators, or a group's subtotal line, repeats the sum of others: shown, never added. */
function totalsRowScore(ind: Indicator, row: number, rule: string): IndicatorScore {
  return {
    row, name: ind.name, weight: ind.weight, score: null, status: 'manual',
    derivation: { inputs: { weight: ind.weight, score: ind.score }, rule, arithmetic: '不单独计分，不计入总分' },
    issues: NO_ISSUES,
  };
}
