import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { deriveTarget } from './derive-target';

// Session 27 (held-out value cells set 22): grade targets and loose 完成值.

describe('deriveTarget: "or better" after a comparison', () => {
  it.each([
    // 达到或优于 / 达到或好于 / 等于或优于: the comparison with its own "or better" is one bound, the grade after it the reference.
    ['达到或优于Ⅲ类', '>=', 'Ⅲ类', null],
    ['达到或好于Ⅱ类标准', '>=', 'Ⅱ类标准', null],
    ['等于或优于Ⅲ类', '>=', 'Ⅲ类', null],
    ['达到或优于95%', '>=', '95', '%'],
    // Guards: 优于 alone is no comparator of §1; two comparisons joined by 或 read as before.
    ['优于Ⅲ类', 'qualitative', '优于Ⅲ类', null],
    ['高于或等于95%', '>=', '95', '%'],
    ['达到或超过98%', '>=', '98', '%'],
  ] as Array<[string, string, string, string | null]>)('%s', (value, comparator, target, unit) => {
    const got = deriveTarget({ nature: null, value, unit: null });
    expect([got.comparator, got.target, got.unit]).toEqual([comparator, target, unit]);
  });
});

describe('readActualInUnit: a figure right after a 截至 stamp', () => {
  it.each([
    ['截至11月底93.4%', '%', 93.4],
    ['截止2025年11月底96%', '%', 96],
    ['截至8月62%', '%', 62],
    ['截至2025年12个', '个', 12],
    // Guards: a bare month before a figure stays a date or a duration; a stamp alone states no figure.
    ['11月93.4%', '%', NaN],
    ['截至12月31日', '%', NaN],
    ['截至11月底已完成', '%', NaN],
  ] as Array<[string, string, number]>)('%s under %s', (raw, unit, want) => {
    expect(readActualInUnit(raw, unit, '', '>=').value).toBe(want);
  });
});
