import type { Form } from '../forms/forms-schema';
import type { Finding } from './finding';

// A row's own definition, set in the approved 绩效目标 and shown read-only on the self-evaluation page (levels, name,
// 指标解释, 分值, unit, 指标性质, 指标值, 取值依据, 评分说明): a finding on one of these is the target's, not the sheet's.
const TARGET_ROW_FIELDS = new Set(['level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'basis', 'method']);

// The same for the sheet as a whole: the levels and weights of its rows, the rows it has (coverage), the project's
// 绩效目标, 项目概况 and 立项依据. The texts the page edits (goal_outcome, conclusion, …) and the budget lines are not here.
const TARGET_FORM_FIELDS = new Set(['level1', 'level2', 'weight', 'indicators', 'goal', 'overview', 'basis', 'project_name']);

/** Whether a self-evaluation's finding is about the approved target's own definition, which its page cannot change. */
export function isTargetDefinitionFinding(f: Pick<Finding, 'row' | 'field'>): boolean {
  if (f.field === null) return false;
  return (f.row === null ? TARGET_FORM_FIELDS : TARGET_ROW_FIELDS).has(f.field);
}

/**
 * The review errors that hold a submission back. On a self-evaluation the target's own definition is read-only (its
 * page edits 完成值, 自评分, 偏差原因 and the budget lines only), so an error there — carried from the approved target or
 * from the imported sheet — would hold the sheet back for good: it goes to the reviewer as a finding instead.
 */
export function submissionErrors<F extends Pick<Finding, 'row' | 'field' | 'severity'>>(kind: Form['kind'], findings: readonly F[]): F[] {
  const selfEvaluation = kind === 'project_self_evaluation' || kind === 'department_self_evaluation';
  return findings.filter((f) => f.severity === 'error' && !(selfEvaluation && isTargetDefinitionFinding(f)));
}
