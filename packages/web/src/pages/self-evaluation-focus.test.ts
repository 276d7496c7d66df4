import { describe, expect, it } from 'vitest';
import { selfEvaluationTargets } from './self-evaluation-focus';

describe('selfEvaluationTargets', () => {
  it.each([
    [{ row: 2, field: 'reason' }, ['第 3 行偏差原因', '第 3 行实际完成值', '第 3 行完成情况']],
    [{ row: 0, field: 'actual' }, ['第 1 行实际完成值', '第 1 行完成情况']],
    [{ row: 0, field: null }, ['第 1 行实际完成值', '第 1 行完成情况']],
    [{ row: 4, field: 'score' }, ['第 5 行自评分', '第 5 行实际完成值', '第 5 行完成情况']],
    [{ row: null, field: 'budget.executed_wan' }, ['全年执行数']],
    [{ row: null, field: 'budget.reason' }, ['预算执行偏差原因']],
    [{ row: null, field: 'conclusion' }, ['评价结论']],
    [{ row: null, field: 'goal_outcome' }, ['全年实际完成情况']],
    [{ row: null, field: 'project_name' }, []],
    [{ row: null, field: null }, []],
  ])('%o → %o', (finding, labels) => {
    expect(selfEvaluationTargets(finding)).toEqual(labels);
  });
});
