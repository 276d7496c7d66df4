import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { actualInWords, readActual } from '../scoring/read-number-fast';
import { deriveTarget } from './derive-target';
import { withPercentWord } from './normalize-text';
import { parseValue } from './parse-value';

// Session 19 (held-out value cells set 12): tolerances and bands, durations and times, cells mixing languages and
// keyboards, dates with dots and slashes, amounts behind ¥. Each row says what the cell held and what it means.

describe('deriveTarget on tolerances, durations, dates and amounts', () => {
  it.each([
    // 误差 / 偏差 / 平均 before a one-sided bound name what the bound is on; the bound is the target.
    ['误差≤2%', null, '<=', '2', '%'],
    ['相对误差不超过5%', null, '<=', '5', '%'],
    ['偏差率≤8%', null, '<=', '8', '%'],
    ['平均≤20分钟', null, '<=', '20', '分钟'],
    ['误差≤5cm', '厘米', '<=', '5', '厘米'],
    // ± states two bounds, after a sign or in a bracket as well; words without a bound stay words.
    ['误差≤±2%', null, 'qualitative', '误差≤±2%', null],
    ['98%（±1%）', null, 'qualitative', '98%（±1%）', null],
    ['误差较上年下降', null, 'qualitative', '误差较上年下降', null],
    // Half of a unit of time; 半年 alone is a period and stays words.
    ['半小时内', null, '<=', '0.5', '小时'],
    ['不超过半天', null, '<=', '0.5', '天'],
    ['半年', null, 'qualitative', '半年', null],
    ['30min内', null, '<=', '30', 'min'],
    // percent after a figure is %.
    ['≥95 percent', null, '>=', '95', '%'],
    ['95 Percent以上', null, '>=', '95', '%'],
    // A year and month with a dot is a date, after a sign a reference to it; so is a date with slashes after a sign.
    ['2026.10', null, 'qualitative', '2026.10', null],
    ['≤2026.10', null, '<=', '2026.10', null],
    ['≤2026/10/31', null, '<=', '2026/10/31', null],
    ['2026.13', null, '=', '2026.13', null],
    ['2026.10', '万元', '=', '2026.1', '万元'],
    // ¥ is 元 when no unit follows; ㎡ is 平方米 under a column that names it.
    ['≤¥500,000', null, '<=', '500000', '元'],
    ['≥1.2万㎡', '平方米', '>=', '1.2', '万平方米'],
    ['≥12,000㎡', '万平方米', '>=', '1.2', '万平方米'],
  ])('%s under %s → %s %s %s', (value, unit, comparator, target, expectedUnit) => {
    expect(deriveTarget({ value, unit })).toEqual({ comparator, target, unit: expectedUnit });
  });
});

describe('withPercentWord', () => {
  it.each([
    ['95 percent', '95%'],
    ['≥95PERCENT', '≥95%'],
    ['percentage', 'percentage'],
    ['95 percentile', '95 percentile'],
  ])('%s → %s', (cell, want) => {
    expect(withPercentWord(cell)).toBe(want);
  });
});

describe('actuals in the row unit', () => {
  it.each([
    // min and h are minutes and hours, which convert; ¥ is 元.
    ['28 min', '小时', 28 / 60],
    ['1.5h', '分钟', 90],
    ['¥550,000', '万元', 55],
    // The error itself after the name of the error.
    ['误差1.2%', '%', 1.2],
    ['偏差率4.6%', '%', 4.6],
    // A settlement term and a dotted month state no figure of the row.
    ['T+1日', '日', NaN],
    ['2026.10', '月', NaN],
    // The result after 为 in the row's unit, the sample's count before it set aside; a planned one is none.
    ['3次抽检合格率均为100%', '%', 100],
    ['计划合格率为100%', '%', NaN],
    ['96 percent', '%', 96],
  ])('%s under %s → %s', (cell, unit, want) => {
    expect(readActualInUnit(cell, unit, '', '>=').value).toBe(want);
  });

  it('reads half an hour in words, and the error after its name after a short lead', () => {
    expect(actualInWords('半小时', '分钟')).toBe(30);
    expect(readActual('误差1.5%')).toEqual({ kind: 'number', number: 1.5 });
    expect(parseValue('¥50万').kind === 'number' && parseValue('¥50万')).toMatchObject({ number: 50, unit: '万元' });
  });
});

describe('a dotted year and month under an amount row', () => {
  it('is the amount', () => {
    expect(readActualInUnit('2026.10', '万元', '', '>=').value).toBe(2026.1);
    expect(readActualInUnit('2026.10', null, '', '>=').value).toBeNaN();
  });
});
