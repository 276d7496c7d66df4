import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { actualInWords } from '../scoring/read-number-fast';
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

// Session 27 (held-out value cells set 23): ranks written as numbers.
describe('actualInRowUnit words: a step on a scale', () => {
  it.each([
    // A step is no count, nor a step on another scale.
    ['一级', '个', NaN], ['三星级', '家', NaN], ['二级', '星级', NaN],
    // 劣 before a class makes a grade word; 升为 / 降为 after the level it came from give the level reached.
    ['劣五类', '类', NaN], ['由三级升为二级', '级', 2], ['由三级降为四级', '级', 4], ['由3级升为2级', '级', 2], ['由85%提升为92%', '%', 92],
    // Guards: the step in its own unit, counts under count units, a count beside a grade, a comparison that stays one.
    ['五类', '类', 5], ['一级', '级', 1], ['四星级', '星', 4], ['三次', '个', 3], ['二类', '个', 2], ['新增三星级民宿4家', '家', 4],
    ['较上年提升至二级', '级', NaN],
  ] as Array<[string, string, number]>)('%s under %s', (raw, unit, want) => {
    const n = /\d/.test(raw) ? readActualInUnit(raw, unit, '', '>=').value : actualInWords(raw, unit) ?? NaN;
    expect(n).toBe(want);
  });
});

// Session 27 (held-out value cells set 24): places in a ranking and the 等 of 耕地质量.
describe('actualInRowUnit: a place in a ranking', () => {
  it.each([
    // 第 orders the figure, in words too and with no unit after it, under a row that counts places; the field's count is no place.
    ['第三', '名次', 3], ['名列第一', '名', 1], ['全县第十二名', '名', 12], ['15个县中排第3', '名', 3], ['12个乡镇中位列第2', '位', 2],
    // 前 right before the figure bounds a span of places: no one figure.
    ['前三名', '名', NaN], ['进入前5', '名', NaN], ['全市前10位', '位', NaN],
    // A step in 等 is no step in 级.
    ['二等', '级', NaN], ['三等', '等', 3],
    // Guards: 目前 / 提前 / a period 前三季度 are other words; 第一 under a count row stays words; a count of a whole then a
    // count done of it; a count of a field with no place after 中.
    ['目前95%', '%', 95], ['截至目前已完成96%', '%', 96], ['前三季度完成96%', '%', 96], ['第一', '个', NaN], ['5个中的2个', '个', 2],
    ['15个县中3个达标', '个', NaN], ['年底前96%', '%', 96], ['汛前3次', '次', 3],
  ] as Array<[string, string, number]>)('%s under %s', (raw, unit, want) => {
    const n = /\d/.test(raw) ? readActualInUnit(raw, unit, '', '>=').value : actualInWords(raw, unit) ?? NaN;
    expect(n).toBe(want);
  });
});
