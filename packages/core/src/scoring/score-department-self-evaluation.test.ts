import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type DepartmentSelfEvaluation, type Indicator } from '../forms/forms-schema';
import { scoreDepartmentSelfEvaluation } from './score-self-evaluation';

const sheet = (inds: Partial<Indicator>[], total: number | null): DepartmentSelfEvaluation =>
  ({ ...emptyForm('department_self_evaluation'), total_score: total, indicators: inds.map((i) => ({ ...emptyIndicator('指标'), ...i })) }) as DepartmentSelfEvaluation;

describe('scoreDepartmentSelfEvaluation', () => {
  it.each([
    {
      label: 'rows by the §3 rules, no budget line, total matches',
      rows: [
        { weight: 10, comparator: '>=' as const, target: '95', unit: '%', actual: '90%', score: 9.47 },
        { weight: 10, comparator: '<=' as const, target: '5', unit: '%', actual: '4%', score: 10 },
      ],
      reported: 19.47,
      want: { scores: [9.47, 10], total: 19.47, mismatch: false, issues: 0 },
    },
    {
      label: 'a row without a target keeps the sheet score and is flagged; the total differs',
      rows: [
        { weight: 8, comparator: null, target: '', actual: null, score: 7, method: '按预算编制质量酌情扣分' },
        { weight: 10, comparator: '>=' as const, target: '100', unit: '%', actual: '100%', score: 9 },
      ],
      reported: 16,
      want: { scores: [7, 10], total: 17, mismatch: true, issues: 3 },
    },
    {
      label: 'sub-items with neither 分值 nor 得分 are not scored and raise nothing',
      rows: [
        { weight: 10, comparator: null, target: '', actual: null, score: 10 },
        { weight: null, comparator: null, target: '', actual: null, score: null },
      ],
      reported: 10,
      want: { scores: [10, null], total: 10, mismatch: false, issues: 1 },
    },
  ])('$label', ({ rows, reported, want }) => {
    const result = scoreDepartmentSelfEvaluation(sheet(rows, reported));
    expect(result.budget).toBeNull();
    expect(result.indicators.map((i) => i.score)).toEqual(want.scores);
    expect(result.total).toBe(want.total);
    expect(result.reportedTotal).toBe(reported);
    expect(result.mismatch).toBe(want.mismatch);
    expect(result.issues).toHaveLength(want.issues);
    expect(result.grade).toBe(want.total >= 90 ? '优' : '差');
  });
});
