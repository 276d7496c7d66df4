import { describe, expect, it } from 'vitest';
import { deductedScore, splitValueActual } from './indicator-rows';

describe('splitValueActual', () => {
  it.each([
    ['≥95%/98.2%', ['≥95%', '98.2%']],
    ['≥12处/12处', ['≥12处', '12处']],
    // Units with slashes: the slash that starts a number splits target from result.
    ['≤12万元/公里/11.4万元/公里', ['≤12万元/公里', '11.4万元/公里']],
    ['≥670元/人/680元/人', ['≥670元/人', '680元/人']],
    ['2024年11月底前/2024年11月20日', ['2024年11月底前', '2024年11月20日']],
    ['健全／已健全', ['健全', '已健全']],
    ['≥95%/', ['≥95%', '']],
    ['有效提升', null],
  ])('%s', (text, want) => expect(splitValueActual(text)).toEqual(want));
});

describe('deductedScore', () => {
  it.each([
    [10, '0.7', 9.3],
    [15, '0', 15],
    [5, null, 5],
    [10, '一分', null],
    [null, '1', null],
  ] as const)('%s less %s', (weight, off, want) => expect(deductedScore(weight, off)).toBe(want));
});
