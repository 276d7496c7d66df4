import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Comparator } from '../forms/forms-schema';
import { showTarget } from './review-context';

describe('showTarget', () => {
  it.each<[Comparator | null, string, string | null, string]>([
    ['>=', '95', '%', '≥95%'],
    ['<=', '30', '天', '≤30天'],
    ['=', '6', '人', '=6人'],
    ['qualitative', '有效提升', null, '有效提升'],
    ['>=', '90', '定性', '≥90'],
    // A unit typed into the value as well (5000人次 beside 人次) is shown once.
    ['>=', '5000人次', '人次', '≥5000人次'],
    ['>=', '100%', '%', '≥100%'],
  ])('%s %s %s → %s', (comparator, target, unit, shown) => {
    expect(showTarget({ ...emptyIndicator('指标'), comparator, target, unit })).toBe(shown);
  });
});
