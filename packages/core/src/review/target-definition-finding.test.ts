import { describe, expect, it } from 'vitest';
import type { Form } from '../forms/forms-schema';
import { submissionErrors } from './target-definition-finding';

const f = (severity: 'error' | 'warning', row: number | null, field: string | null) => ({ severity, row, field });

describe('submissionErrors', () => {
  it.each<[string, Form['kind'], ReturnType<typeof f>[], number]>([
    ['a self-evaluation is not held back by its target\'s 指标值', 'project_self_evaluation', [f('error', 0, 'target')], 0],
    ['nor by its levels or weights', 'department_self_evaluation', [f('error', 2, 'level2'), f('error', null, 'weight')], 0],
    ['but is by a 自评分 the clerk typed', 'project_self_evaluation', [f('error', 0, 'target'), f('error', 1, 'score')], 1],
    ['and by a missing budget reason', 'project_self_evaluation', [f('error', null, 'budget.reason')], 1],
    ['and by an error naming no field', 'project_self_evaluation', [f('error', null, null)], 1],
    ['a target is held back by its own 指标值', 'project_target', [f('error', 0, 'target')], 1],
    ['warnings never hold anything back', 'project_target', [f('warning', 0, 'unit'), f('warning', null, 'indicators')], 0],
  ])('%s', (_label, kind, findings, blocking) => {
    expect(submissionErrors(kind, findings)).toHaveLength(blocking);
  });

  // Rows 1 and 2 got no 分值 from the approved target: the unit sets them, so their weight errors are its own.
  it.each<[string, ReturnType<typeof f>[], number]>([
    ['the sheet\'s weight total holds it back', [f('error', null, 'weight')], 1],
    ['a unit row\'s weight holds it back', [f('error', 2, 'weight')], 1],
    ['a weight the target fixed does not', [f('error', 0, 'weight')], 0],
    ['nor a level or 指标值 of a unit row', [f('error', 1, 'level2'), f('error', 1, 'target')], 0],
  ])('with unit-set 分值: %s', (_label, findings, blocking) => {
    expect(submissionErrors('project_self_evaluation', findings, [1, 2])).toHaveLength(blocking);
  });
});
