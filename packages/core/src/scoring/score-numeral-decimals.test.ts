import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Comparator, type Indicator } from '../forms/forms-schema';
import { scoreIndicator } from './score-indicator';

function ind(comparator: Comparator, target: string, unit: string | null, actual: string): Indicator {
  return { ...emptyIndicator('测试指标'), comparator, target, unit, actual, weight: 10 };
}

// rules.md §1: a value in Chinese numerals reads as the same value in digits, a decimal point (点) included.
describe('scoreIndicator: actuals in Chinese numerals with a decimal point', () => {
  it.each([
    ['a score with a point', ind('>=', '90', '分', '九十五点五分'), 10, 95.5],
    ['a share in words with a point', ind('>=', '42', '%', '百分之四十三点二'), 10, 43.2],
    ['a share below target', ind('>=', '50', '%', '百分之四十三点二'), 8.64, 43.2],
    ['零点五 under a count', ind('<=', '1', '次', '零点五次'), 10, 0.5],
    ['a multiple under 倍', ind('>=', '1.5', '倍', '一点五倍'), 10, 1.5],
  ] as const)('%s', (_, row, score, actual) => {
    const r = scoreIndicator(row);
    expect(r.score).toBe(score);
    expect(r.derivation.inputs.actual).toBe(actual);
  });

  it.each([
    // A 点 that is no decimal point, or a unit that cannot be the row's, leaves the row to a person.
    ['a time of day', ind('>=', '90', '分', '三点五十分')],
    ['two points', ind('>=', '3', '项', '两点建议')],
    ['a multiple under %', ind('>=', '95', '%', '一点五倍')],
  ] as const)('%s is no number', (_, row) => {
    const r = scoreIndicator({ ...row, score: 7 });
    expect(r.derivation.rule).toContain('人工');
  });
});
