import { describe, expect, it } from 'vitest';
import { formatTarget } from './labels';

describe('formatTarget', () => {
  it.each([
    ['>=', '95', '%', '≥95%'],
    ['<=', '30', '天', '≤30天'],
    // A bare number means "=": printed without a sign.
    ['=', '12', '次', '12次'],
    ['qualitative', '有效提升', null, '有效提升'],
    // A 计量单位 cell holding 定性 is the row's kind, not a unit.
    ['=', '优', '定性', '优'],
    [null, '有所提升', '定性', '有所提升'],
    ['qualitative', '合格', '定性', '合格'],
    ['>=', '90', null, '≥90'],
    ['>=', '', '%', ''],
    // A unit typed into the value as well is printed once.
    ['>=', '5000人次', '人次', '≥5000人次'],
    ['>=', '5000人', '人次', '≥5000人人次'],
  ] as const)('%s %s %s → %s', (comparator, target, unit, shown) => {
    expect(formatTarget(comparator, target, unit)).toBe(shown);
  });
});
