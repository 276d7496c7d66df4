import { gradeOf, isTotalsRow, type Derivation, type Form, type Grade, type Policy, type ScoreStatus, type SheetScore } from '@jixiao/core';
import { scoresDiffer } from './row-score';

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
  /** The sheet has indicator rows to score: the rules' total applies even where the unit left its 总分 blank. */
  scored: boolean;
}

/**
 * The totals a reviewer decides on: what the unit submitted (its saved scores and 总分), with the grade that
 * 总分 earns under the region's policy. A sheet without indicators has no total to grade.
 */
export function submittedTotals(form: Form, policy: Policy): SubmittedTotals {
  if (form.kind !== 'project_self_evaluation' && form.kind !== 'department_self_evaluation') return { budget: null, total: null, grade: null, scored: false };
  const budget = form.kind === 'project_self_evaluation'
    ? { score: form.budget?.score ?? null, weight: form.budget?.weight ?? policy.budgetExecutionWeight }
    : null;
  const scored = form.indicators.some((ind) => !isTotalsRow(ind));
  const total = scored ? form.total_score : null;
  return { budget, total, grade: total === null ? null : gradeOf(total, policy), scored };
}

/** A row's score as the rules compute it, beside the one the sheet states. */
export interface ComputedBeside {
  computed: number | null;
  status: ScoreStatus;
  derivation: Derivation;
  /** The rules score the row, and the sheet states another score or none. */
  differs: boolean;
}

/**
 * Each row's computed score (the server's 系统核算, under the region's policy) beside the sheet's own 自评分, so a
 * reviewer sees both and why; null for a row the score does not cover. A row the rules leave unscored differs from nothing.
 */
export function computedBeside(form: Form, score: SheetScore | null | undefined): Array<ComputedBeside | null> {
  return form.indicators.map((ind, row) => {
    const s = score?.indicators[row];
    if (!s) return null;
    return { computed: s.score, status: s.status, derivation: s.derivation, differs: scoresDiffer(ind, ind.score, s.score) };
  });
}
