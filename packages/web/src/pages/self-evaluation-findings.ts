import type { Finding } from '../api/types';

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
 * A self-evaluation's findings split into those the clerk acts on here (完成值, 自评分, 偏差原因, the budget lines and
 * texts) and those about the approved target's definition, each list in the order given.
 */
export function splitSelfEvaluationFindings(findings: readonly Finding[]): { own: Finding[]; target: Finding[] } {
  const own: Finding[] = [];
  const target: Finding[] = [];
  for (const f of findings) (isTargetDefinitionFinding(f) ? target : own).push(f);
  return { own, target };
}
