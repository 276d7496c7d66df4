import { describe, expect, it } from 'vitest';
import { indicatorLight, isCumulativeUnit, type IndicatorLightInput } from './monitoring-lights';
import { perPeriodTarget } from './per-period-targets';

const row = (target: string, actual: string, unit: string | null, month: number, extra: Partial<IndicatorLightInput> = {}): IndicatorLightInput => ({
  comparator: '>=', target, actual, unit, month, ...extra,
});

describe('perPeriodTarget', () => {
  it.each<[string, IndicatorLightInput, number | null, boolean | null]>([
    ['次/月: the year is 12 times', row('4', '累计22次', '次/月', 5), 48, true],
    ['次/季度: the year is 4 times', row('1', '已开展3次', '次/季度', 8), 4, true],
    ['target 每月巡查4次', row('每月巡查4次', '累计38次', null, 10, { comparator: 'qualitative' }), 48, true],
    ['target ≥4次/月 with no unit', row('≥4次/月', '累计18次', null, 5, { comparator: null }), 48, true],
    ['a row named 每季度…次数', row('1', '累计2次', '次', 8, { name: '每季度督导次数' }), 4, true],
    ['a monthly average is per month', row('4', '月均4.5次', '次/月', 8), 4, false],
    ['a figure in the per-month unit is per month', row('2', '2次/月', '次/月', 8), 2, false],
    ['a bare number under 次/月 is per month', row('4', '4', '次/月', 8), 4, false],
    ['a standard per month is a level, not a count', row('400', '420元', '元/月', 8, { name: '人均月补助标准' }), null, null],
    ['a ceiling per month is left as it is', row('2', '1次', '次/月', 8, { comparator: '<=' }), null, null],
    ['a rate per head is no period', row('3', '累计2次', '次/人', 8), null, null],
    ['a yearly unit is the year already', row('12', '累计6次', '次/年', 8), null, null],
  ])('%s', (_label, input, yearTarget, cumulative) => {
    const r = perPeriodTarget(input, isCumulativeUnit);
    if (yearTarget == null) return expect(r).toBeNull();
    expect(r?.input.target).toBe(yearTarget);
    expect(r?.input.cumulative).toBe(cumulative);
    expect(r?.lead).toMatch(/每(?:月|季度)/);
  });

  it.each<[string, IndicatorLightInput, string, number]>([
    ['a running total against 4 × 5 months', row('4', '累计巡查17次', '次/月', 5), 'green', 85],
    ['two quarters listed against 4 a year by August', row('1', '一季度1次，二季度1次', '次/季度', 8), 'yellow', 75],
    ['每月10户 beside the running total: the total', row('10', '每月10户，累计走访85户', '户/月', 8), 'green', 106.25],
  ])('indicatorLight: %s', (_label, input, light, progress) => {
    const r = indicatorLight(input);
    expect([r.light, r.progress]).toEqual([light, progress]);
    expect(r.explanation).toMatch(/每(?:月|季度)/);
  });
});
