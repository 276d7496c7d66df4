import { gradeOf, isTotalsRow, type Form, type Grade, type Policy } from '@jixiao/core';

/** The kinds a reviewer accepts as a scored sheet (完成值, 得分, 总分) rather than approves as targets. */
export function isSelfEvaluationKind(kind: Form['kind']): boolean {
  return kind === 'project_self_evaluation' || kind === 'department_self_evaluation';
}

/**
 * The budget a form's header names: a target's 预算总额, a self-evaluation's 全年预算数 (the adjusted budget,
 * else the initial one) from its budget block; null when the form states none.
 */
export function headerBudgetWan(form: Form): number | null {
  if (form.kind === 'project_target' || form.kind === 'department_target') return form.budget_total_wan;
  if (form.kind === 'project_self_evaluation') return form.budget?.adjusted_wan ?? form.budget?.initial_wan ?? null;
  return null;
}

export interface SubmittedTotals {
  /** The budget-execution line, for a project sheet. */
  budget: { score: number | null; weight: number } | null;
  total: number | null;
  grade: Grade | null;
}

/**
 * The totals a reviewer decides on: what the unit submitted (its saved scores and 总分), with the grade that
 * 总分 earns under the region's policy. A sheet without indicators has no total to grade.
 */
export function submittedTotals(form: Form, policy: Policy): SubmittedTotals {
  if (form.kind !== 'project_self_evaluation' && form.kind !== 'department_self_evaluation') return { budget: null, total: null, grade: null };
  const budget = form.kind === 'project_self_evaluation'
    ? { score: form.budget?.score ?? null, weight: form.budget?.weight ?? policy.budgetExecutionWeight }
    : null;
  const scored = form.indicators.some((ind) => !isTotalsRow(ind));
  const total = scored ? form.total_score : null;
  return { budget, total, grade: total === null ? null : gradeOf(total, policy) };
}
