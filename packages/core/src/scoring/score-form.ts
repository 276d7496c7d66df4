import type { Form } from '../forms/forms-schema';
import type { Grade } from './score-types';
import { isTotalsRow } from './sheet-rows';
import {
  scoreDepartmentSelfEvaluation, scoreSelfEvaluation,
  type DepartmentSelfEvaluationScore, type ScoreSelfEvaluationOptions, type SelfEvaluationScore,
} from './score-self-evaluation';

/** A scored self-evaluation of either kind: a department sheet's budget line may be absent (null). */
export type SheetScore = SelfEvaluationScore | DepartmentSelfEvaluationScore;

/** Whether a form kind is a self-evaluation the rules score (rules.md §3): the project and the 部门整体 sheet. */
export function isScoredKind(kind: Form['kind']): kind is 'project_self_evaluation' | 'department_self_evaluation' {
  return kind === 'project_self_evaluation' || kind === 'department_self_evaluation';
}

/**
 * The score of any form the rules score, by its kind; null for a form that is not a self-evaluation (a target).
 * The one entry the server's form view, its score route, the exports and the command line share, so a kind
 * scored in one is scored in all.
 */
export function scoreFormSheet(form: Form, options: ScoreSelfEvaluationOptions = {}): SheetScore | null {
  switch (form.kind) {
    case 'project_self_evaluation':
      return scoreSelfEvaluation(form, options);
    case 'department_self_evaluation':
      return scoreDepartmentSelfEvaluation(form, options);
    default:
      return null;
  }
}

/**
 * The total and grade a stored sheet carries for lists, sorting and the 工作台's grade count: the rules' 系统核算 of a
 * self-evaluation of either kind (the unit's own 总分 stays in the sheet), so every list ranks both kinds alike. Null
 * for a target, and for a sheet without a single indicator (a 合计 row alone is none): nothing scored yet is no 0 分 差.
 */
export function storedSheetScore(form: Form, options: ScoreSelfEvaluationOptions = {}): { total: number; grade: Grade } | null {
  if (!isScoredKind(form.kind) || !form.indicators.some((ind) => !isTotalsRow(ind))) return null;
  const scored = scoreFormSheet(form, options);
  return scored ? { total: scored.total, grade: scored.grade } : null;
}
