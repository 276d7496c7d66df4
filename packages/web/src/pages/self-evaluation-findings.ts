import { isTargetDefinitionFinding } from '@jixiao/core';
import type { Finding } from '../api/types';

/**
 * A self-evaluation's findings split into those the clerk acts on here (完成值, 自评分, 偏差原因, the budget lines and
 * texts, the 分值 the target left to the unit) and those about the approved target's definition (core's
 * isTargetDefinitionFinding), each list in the order given.
 */
export function splitSelfEvaluationFindings(findings: readonly Finding[], unitWeightRows: readonly number[] = []): { own: Finding[]; target: Finding[] } {
  const own: Finding[] = [];
  const target: Finding[] = [];
  for (const f of findings) (isTargetDefinitionFinding(f, unitWeightRows) ? target : own).push(f);
  return { own, target };
}
