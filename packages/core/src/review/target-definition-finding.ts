import type { Form } from '../forms/forms-schema';
import type { Finding } from './finding';

// A row's own definition, set in the approved 绩效目标 and shown read-only on the self-evaluation page (levels, name,
// 指标解释, 分值, unit, 指标性质, 指标值, 取值依据, 评分说明): a finding on one of these is the target's, not the sheet's.
const TARGET_ROW_FIELDS = new Set(['level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'basis', 'method']);

// The same for the sheet as a whole: the levels and weights of its rows, the rows it has (coverage), the project's
// 绩效目标, 项目概况 and 立项依据. The texts the page edits (goal_outcome, conclusion, …) and the budget lines are not here.
const TARGET_FORM_FIELDS = new Set(['level1', 'level2', 'weight', 'indicators', 'goal', 'overview', 'basis', 'project_name']);

/**
 * Whether a self-evaluation's finding is about the approved target's own definition, which its page cannot change.
 * `unitWeightRows` are the rows whose 分值 the target left to the unit (unitWeightRows in forms/conventional-weights.ts):
 * their weights, and the sheet's weight total once there are any, are the unit's to fix, not the target's.
 */
export function isTargetDefinitionFinding(f: Pick<Finding, 'row' | 'field'>, unitWeightRows: readonly number[] = []): boolean {
  if (f.field === null) return false;
  if (f.field === 'weight' && unitWeightRows.length > 0 && (f.row === null || unitWeightRows.includes(f.row))) return false;
  return (f.row === null ? TARGET_FORM_FIELDS : TARGET_ROW_FIELDS).has(f.field);
}

/**
 * The review errors that hold a submission back. On a self-evaluation the target's own definition is read-only (its
 * page edits 完成值, 自评分, 偏差原因 and the budget lines only), so an error there — carried from the approved target or
 * from the imported sheet — would hold the sheet back for good: it goes to the reviewer as a finding instead. The 分值 the
 * unit sets (`unitWeightRows`) are its own: a weight error there holds the sheet back like any other.
 */
export function submissionErrors<F extends Pick<Finding, 'row' | 'field' | 'severity'>>(kind: Form['kind'], findings: readonly F[], unitWeightRows: readonly number[] = []): F[] {
  const selfEvaluation = kind === 'project_self_evaluation' || kind === 'department_self_evaluation';
  return findings.filter((f) => f.severity === 'error' && !(selfEvaluation && isTargetDefinitionFinding(f, unitWeightRows)));
}
