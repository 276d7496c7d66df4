import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type Form, type Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { isScoredKind, scoreFormSheet, storedSheetScore } from './score-form';

const row = (patch: Partial<Indicator>): Indicator => ({ ...emptyIndicator('指标'), ...patch });
const withRows = (kind: Form['kind'], rows: Indicator[], total: number | null): Form =>
  ({ ...emptyForm(kind), indicators: rows, ...(kind.endsWith('self_evaluation') ? { total_score: total } : {}) }) as Form;

const rate = row({ weight: 10, comparator: '>=', target: '95', unit: '%', actual: '90%', score: 9.47 });
const count = row({ weight: 10, comparator: '>=', target: '12', unit: '场', actual: '12场', score: 8 });

describe('scoreFormSheet', () => {
  it.each([
    { label: 'a department sheet is scored by the indicator rules', form: withRows('department_self_evaluation', [rate, count], 17.47), want: { scores: [9.47, 10], total: 19.47, reported: 17.47, mismatch: true, budget: null } },
    { label: 'a department sheet whose total matches', form: withRows('department_self_evaluation', [rate], 9.47), want: { scores: [9.47], total: 9.47, reported: 9.47, mismatch: false, budget: null } },
    { label: 'a project sheet carries its budget line', form: withRows('project_self_evaluation', [count], 10), want: { scores: [10], total: 10, reported: 10, mismatch: false, budget: 'manual' } },
  ])('$label', ({ form, want }) => {
    const s = scoreFormSheet(form);
    expect(s).not.toBeNull();
    expect(s!.indicators.map((i) => i.score)).toEqual(want.scores);
    expect(s!.indicators.every((i) => i.derivation.arithmetic.length > 0)).toBe(true);
    expect([s!.total, s!.reportedTotal, s!.mismatch]).toEqual([want.total, want.reported, want.mismatch]);
    expect(s!.budget?.status ?? null).toBe(want.budget);
  });

  it.each(['project_target', 'department_target'] as const)('a %s is not scored', (kind) => {
    expect(scoreFormSheet(withRows(kind, [count], null))).toBeNull();
    expect(isScoredKind(kind)).toBe(false);
  });

  it('knows the scored kinds', () => {
    expect(['project_self_evaluation', 'department_self_evaluation'].every((k) => isScoredKind(k as Form['kind']))).toBe(true);
  });
});

describe('storedSheetScore', () => {
  it('is the rules\' total and grade of a department sheet, not the total the sheet states', () => {
    expect(storedSheetScore(withRows('department_self_evaluation', [rate, count], 17.47))).toEqual({ total: 19.47, grade: '差' });
  });

  it('is the same figure for a project sheet as the score route gives', () => {
    const form = withRows('project_self_evaluation', [count], 10);
    expect(storedSheetScore(form)).toEqual({ total: scoreFormSheet(form)!.total, grade: scoreFormSheet(form)!.grade });
  });

  it('grades under the policy it is given', () => {
    const policy = makePolicy({ grades: { excellent: 90, good: 80, pass: 15 } });
    expect(storedSheetScore(withRows('department_self_evaluation', [rate, count], 17.47), { policy })).toEqual({ total: 19.47, grade: '中' });
  });

  it.each([
    ['a department sheet without rows', withRows('department_self_evaluation', [], null)],
    ['a project sheet without rows, its total stated', withRows('project_self_evaluation', [], 95)],
    ['a sheet holding only a 合计 row', withRows('department_self_evaluation', [row({ name: '合计', weight: 100, score: 90 })], 90)],
    ['a target', withRows('project_target', [count], null)],
  ])('is none for %s: nothing scored yet is no 0 分 差', (_label, form) => {
    expect(storedSheetScore(form)).toBeNull();
  });
});
