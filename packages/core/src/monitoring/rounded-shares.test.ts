import { describe, expect, it } from 'vitest';
import { shareOfYear } from './progress-words';
import { roundedShare } from './rounded-shares';
import { seasonDeadline } from './season-deadlines';
import { decimalOfWhole, figureIsForecast } from './stated-figures';

describe('roundedShare', () => {
  it.each<[string, number | null]>([
    ['近九成', 90], ['九成以上', 90], ['七成左右', 70], ['两成', 20], ['三成五', 35], ['约完成三分之二', (2 / 3) * 100],
    ['完成四分之一', 25], ['半数以上', 50], ['资金拨付近半', 50], ['覆盖率近九成', 90],
    ['下降两成', null], ['七成以上的人', null], ['十一成', null], ['三分之五', null],
  ])('%s', (text, want) => expect(roundedShare(text)).toBe(want));

  it('is read by shareOfYear, after the words of the year', () => {
    expect(shareOfYear('接近完成全年任务')).toBe(90);
    expect(shareOfYear('近九成')).toBe(90);
  });
});

describe('seasonDeadline', () => {
  it.each<[string, number | null]>([['汛期前', 5], ['主汛期前', 5], ['秋季开学前', 8], ['春季开学前', 2], ['供暖期前', 11], ['冬季供暖前', 11], ['汛期', null], ['开学前', null]])(
    '%s', (text, month) => expect(seasonDeadline(text)?.month ?? null).toBe(month));
});

describe('decimals and forecasts', () => {
  it.each<[string, number, number, string, boolean]>([
    ['0.63', 0.63, 90, '>=', true], ['执行率0.88', 0.88, 95, '>=', true], ['1.00', 1, 100, '>=', true],
    ['1', 1, 100, '>=', false], ['0.63%', 0.63, 90, '>=', false], ['0.3', 0.3, 0.5, '<=', false], ['0.5', 0.5, 3, '>=', false],
  ])('decimalOfWhole(%s)', (actual, a, t, cmp, want) => expect(decimalOfWhole(actual, a, t, cmp)).toBe(want));

  it.each<[string, boolean]>([['95%（预计）', true], ['≥95%（预计全年）', true], ['按计划推进（预计）', false], ['60%（预计年底100%）', false], ['预计95%', false]])(
    'figureIsForecast(%s) = %s', (actual, want) => expect(figureIsForecast(actual)).toBe(want));
});
