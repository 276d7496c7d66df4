import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, isTargetDefinitionFinding, reviewForms, selfEvaluationFromTarget, formSchema, submissionErrors, type ProjectTarget } from '@jixiao/core';
import { cleanProjectTarget } from '../../../server/test/sample-forms';
import { splitSelfEvaluationFindings } from './self-evaluation-findings';

/** A self-evaluation started from an approved target whose rows 2 and 3 are defined badly, filled in by the clerk. */
function filledSheet() {
  const target = cleanProjectTarget('目标问题项目') as ProjectTarget;
  // Row 2: a vague word where ≥ needs a number; row 3: unit 定性 with a comparator (=优).
  target.indicators[1] = { ...target.indicators[1]!, target: '较好', comparator: '>=', unit: '%' };
  target.indicators[2] = { ...target.indicators[2]!, name: '办公环境', comparator: '=', target: '优', unit: '定性' };
  const sheet = selfEvaluationFromTarget(target, DEFAULT_POLICY);
  // Row 1 half met but scored 5 by the clerk, off the rules' band: the clerk's to fix here.
  sheet.indicators[0] = { ...sheet.indicators[0]!, actual: String(Number(sheet.indicators[0]!.target) / 2), score: 5 };
  return formSchema.parse(sheet);
}

describe('splitSelfEvaluationFindings', () => {
  it('puts the approved target\'s definition problems apart and keeps the clerk\'s own in the main list', () => {
    const findings = reviewForms([filledSheet()], { policy: DEFAULT_POLICY });
    const { own, target } = splitSelfEvaluationFindings(findings);
    expect(target.map((f) => [f.code, f.row, f.field])).toEqual(expect.arrayContaining([['not_numeric', 1, 'target'], ['qualitative_vs_quantitative', 2, 'unit']]));
    expect(target.every((f) => f.row === 1 || f.row === 2)).toBe(true);
    // Guard: the problem with row 1's 自评分 stays where the clerk types it.
    expect(own.map((f) => [f.code, f.row, f.field])).toContainEqual(['self_evaluation', 0, 'score']);
    expect(own.length + target.length).toBe(findings.length);
  });

  it('holds the submission back only for the clerk\'s own errors, as the server does', () => {
    const findings = reviewForms([filledSheet()], { policy: DEFAULT_POLICY });
    expect(findings.some((f) => f.severity === 'error' && f.row === 1 && f.field === 'target')).toBe(true);
    expect(submissionErrors('project_self_evaluation', findings).map((f) => [f.row, f.field])).toEqual([[0, 'score']]);
  });

  it.each([
    [{ row: 3, field: 'target' }, true],
    [{ row: 3, field: 'comparator' }, true],
    [{ row: 3, field: 'unit' }, true],
    [{ row: 3, field: 'level2' }, true],
    [{ row: 3, field: 'name' }, true],
    [{ row: null, field: 'weight' }, true],
    [{ row: null, field: 'indicators' }, true],
    [{ row: null, field: 'goal' }, true],
    // What the page edits: 完成值, 自评分, 偏差原因, the budget lines and the texts; and a finding naming no field.
    [{ row: 3, field: 'actual' }, false],
    [{ row: 3, field: 'score' }, false],
    [{ row: 3, field: 'reason' }, false],
    [{ row: null, field: 'budget.reason' }, false],
    [{ row: null, field: 'budget.execution_rate' }, false],
    [{ row: null, field: 'total_score' }, false],
    [{ row: null, field: 'goal_outcome' }, false],
    [{ row: null, field: 'conclusion' }, false],
    [{ row: null, field: null }, false],
  ] as const)('%o is the target\'s: %s', (f, expected) => {
    expect(isTargetDefinitionFinding(f)).toBe(expected);
  });
});
