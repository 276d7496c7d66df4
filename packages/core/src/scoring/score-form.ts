import type { Form } from '../forms/forms-schema';
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
