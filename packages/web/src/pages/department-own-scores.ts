import {
  HALF_CENT, budgetLineOutsideRows, isSubtotalAt, isTotalsRow, roundScore,
  type DepartmentSelfEvaluation, type GroupSubtotals, type IndicatorScore, type Policy,
} from '@jixiao/core';
import { ownScore } from './self-evaluation-own-scores';
import { scorePart } from './row-score';

/*
 * The unit's 自评分 and 自评总分 of a 部门整体支出绩效自评表 as the self-evaluation page edits it, by the same reading as
 * a project sheet's (self-evaluation-own-scores.ts): a row's score is the unit's, else the rules' as a prefill. A 合计
 * row and a group's subtotal line repeat other rows: they are neither prefilled nor added.
 */

type Scored = Pick<IndicatorScore, 'score' | 'status'> | undefined;

/** Rows a sheet's total adds: not a 合计 row, not a group's subtotal line. */
function added(form: DepartmentSelfEvaluation, subtotals: GroupSubtotals | null, i: number): boolean {
  return !isTotalsRow(form.indicators[i]!) && !isSubtotalAt(subtotals, i);
}

/**
 * The 预算执行 score a sheet holds outside its rows (budgetLineOutsideRows: the 财政部 layout prints it above them), as
 * the unit stated it: its 总分 less its rows' own scores, when that lies within [0, weight]; null for a sheet whose
 * budget line is one of its rows, or whose total cannot hold it. Read once, from the sheet as loaded: the page keeps it
 * while the clerk edits the rows.
 */
export function ownBudgetLine(form: DepartmentSelfEvaluation, subtotals: GroupSubtotals | null, policy: Policy): number | null {
  if (form.total_score == null || !budgetLineOutsideRows(form.indicators, policy, form.total_score, subtotals)) return null;
  let rows = 0;
  form.indicators.forEach((ind, i) => {
    if (added(form, subtotals, i) && ind.score != null) rows += scorePart(ind, ind.score);
  });
  const gap = roundScore(form.total_score - rows);
  return gap >= -HALF_CENT && gap <= policy.budgetExecutionWeight + HALF_CENT ? Math.min(Math.max(gap, 0), policy.budgetExecutionWeight) : null;
}

/** A stored sheet made ready for editing: a row score the rules compute and agree with is their prefill, so it follows the 完成值 again. */
export function followDepartmentRuleScores(form: DepartmentSelfEvaluation, scores: readonly Scored[], subtotals: GroupSubtotals | null): DepartmentSelfEvaluation {
  return {
    ...form,
    indicators: form.indicators.map((ind, i) => {
      const s = scores[i];
      const agrees = ind.score != null && s?.status === 'computed' && s.score != null && Math.abs(ind.score - s.score) <= HALF_CENT;
      return added(form, subtotals, i) && agrees ? { ...ind, score: null } : ind;
    }),
  };
}

/** The unit's 自评总分: its budget line held outside the rows (if any) plus every added row's 自评分 (扣分项 take off). */
export function departmentOwnTotal(form: DepartmentSelfEvaluation, scores: readonly Scored[], subtotals: GroupSubtotals | null, budgetLine: number | null): number {
  let sum = budgetLine ?? 0;
  form.indicators.forEach((ind, i) => {
    if (!added(form, subtotals, i)) return;
    const own = ownScore(ind, scores[i]);
    if (own != null) sum += scorePart(ind, own);
  });
  return roundScore(sum);
}

/** The sheet as saved: the unit's 自评分 on every added row (prefills written in) and its own 总分. */
export function departmentSheetToSave(form: DepartmentSelfEvaluation, scores: readonly Scored[], subtotals: GroupSubtotals | null, budgetLine: number | null): DepartmentSelfEvaluation {
  return {
    ...form,
    indicators: form.indicators.map((ind, i) => (added(form, subtotals, i) ? { ...ind, score: ownScore(ind, scores[i]) } : ind)),
    total_score: departmentOwnTotal(form, scores, subtotals, budgetLine),
  };
}
