import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Light } from './monitoring-lights';
import { indicatorLight } from './monitoring-lights';
import { comparedWithLastYear, doneOfPlanned, lastYearTarget, meetsLastYear, periodOfProgress } from './progress-words';

describe('readers added in session 9', () => {
  it.each<[string, [number, number, string] | null]>([
    ['7-9月完成3次', [7, 9, '完成3次']],
    ['7月至9月累计完成3次', [7, 9, '完成3次']],
    ['2024年7—9月：3次', [7, 9, '3次']],
    ['七至九月完成3次', [7, 9, '完成3次']],
    ['第三季度完成3次', [7, 9, '完成3次']],
    ['3季度完成3次', [7, 9, '完成3次']],
    ['下半年完成6次', [7, 12, '完成6次']],
    ['上半年完成6次', [1, 6, '完成6次']],
    ['9-7月完成3次', null],
    ['3-5次', null],
    ['完成3次', null],
  ])('periodOfProgress(%s)', (text, expected) => {
    const p = periodOfProgress(text);
    expect(p && [p.firstMonth, p.lastMonth, p.rest]).toEqual(expected);
  });

  it.each([
    ['高于上年', 'above'], ['较上年增长5%', 'above'], ['有所提高', 'above'], ['与上年持平', 'equal'], ['较上年下降10%', 'below'],
    ['低于去年同期', 'below'], ['不低于上年', 'atLeast'], ['未超过上年', 'atMost'], ['按计划推进', null], ['', null],
    ['本年度各项工作进展顺利，服务质量明显提高', null],
  ] as const)('comparedWithLastYear(%s) = %s', (text, stated) => expect(comparedWithLastYear(text)).toBe(stated));

  it.each([
    ['不低于上年', null, '>='], ['上年', '>=', '>='], ['≤上年水平', null, '<='], ['较上年有所提高', null, '>'], ['与上年持平', null, '='],
    ['较上年增长5%', null, null], ['有效提高', null, null], ['不超过上年度', 'qualitative', '<='],
  ] as const)('lastYearTarget(%s, %s) = %s', (target, comparator, sign) => expect(lastYearTarget(target, comparator)).toBe(sign));

  it.each([
    ['>=', 'equal', true], ['>=', 'below', false], ['>=', 'atMost', null], ['>', 'equal', false], ['<=', 'below', true], ['<=', 'above', false], ['<', 'equal', false],
  ] as const)('meetsLastYear(%s, %s) = %s', (sign, stated, ok) => expect(meetsLastYear(sign, stated)).toBe(ok));

  it.each<[string, number | null]>([['已完成3/5', 3], ['完成3/5项', 3], ['3/5', 3], ['10/10万', null], ['6/5', null], ['3/0', null], ['完成3次', null]])(
    'doneOfPlanned(%s) = %s', (text, done) => expect(doneOfPlanned(text)).toBe(done));
});

describe('lights for the readings added in session 9', () => {
  it.each<[string, Parameters<typeof indicatorLight>[0], Light, number | null]>([
    ['a rate above its range is beyond its upper end', { comparator: 'qualitative', target: '90%-95%', actual: '98%', unit: null, month: 6 }, 'green', 103.16],
    ['days far above a range', { comparator: '=', target: '3-5', actual: '7天', unit: '天', month: 6 }, 'blue', 140],
    ['a count inside its range, by June', { comparator: 'qualitative', target: '100-120人次', actual: '55人次', unit: null, month: 6 }, 'green', 100],
    ['a count below its range, by June', { comparator: 'qualitative', target: '100-120人次', actual: '35人次', unit: null, month: 6 }, 'yellow', 70],
    ['a range from 0 is a ceiling', { comparator: 'qualitative', target: '0-5起', actual: '7起', unit: null, month: 6 }, 'red', 140],
    ['下半年 at year end', { comparator: '>=', target: '12', actual: '下半年完成6次', unit: '次', month: 12 }, 'green', 100],
    ['a span of years is no range of quantities', { comparator: '=', target: '2024-2025', actual: '2024年完成', unit: '年', month: 6 }, 'none', null],
    ['a quarter not yet reached is not read as that quarter', { comparator: '>=', target: '12', actual: '第四季度完成3次', unit: '次', month: 9 }, 'none', null],
  ])('%s', (_l, input, light, progress) => {
    const r = indicatorLight(input);
    expect([r.light, r.progress]).toEqual([light, progress]);
    expect(r.explanation).toMatch(/[\u4e00-\u9fff]/);
  });
});

const RANK: Record<Light, number> = { none: -1, red: 0, yellow: 1, green: 2, blue: 3 };

describe('properties', () => {
  it('「a–b月完成N次」 lights a count as N done in b−a+1 months does', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 400 }), (x, y, n, t) => {
      const [first, last] = x <= y ? [x, y] : [y, x];
      const inPeriod = indicatorLight({ comparator: '>=', target: String(t), actual: `${first}-${last}月完成${n}次`, unit: '次', month: last });
      const plain = indicatorLight({ comparator: '>=', target: String(t), actual: String(n), unit: '次', month: last - first + 1 });
      return inPeriod.light === plain.light && inPeriod.progress === plain.progress;
    }), { numRuns: 400 });
  });

  it('any rate inside a range is green, and a rate never lights worse for being higher below it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 0, max: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (low, width, at, a, b) => {
      const high = low + width;
      const inside = Math.round((low + at * width) * 100) / 100;
      const light = (v: number) => indicatorLight({ comparator: 'qualitative', target: `${low}%-${high}%`, actual: `${v}%`, unit: null, month: 6 }).light;
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return light(inside) === 'green' && (hi > high || RANK[light(lo)] <= RANK[light(hi)]);
    }), { numRuns: 400 });
  });

  it('under a floor below zero the light never gets worse as the actual grows, and never shows blue', () => {
    fc.assert(fc.property(fc.integer({ min: -100, max: -1 }), fc.integer({ min: -300, max: 100 }), fc.integer({ min: -300, max: 100 }), (t, a, b) => {
      const light = (v: number) => indicatorLight({ comparator: '>=', target: String(t), actual: `${v}%`, unit: '%', month: 6 }).light;
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return RANK[light(lo)] <= RANK[light(hi)] && light(hi) !== 'blue' && (hi >= t ? light(hi) === 'green' : true);
    }), { numRuns: 400 });
  });

  it('a rate (预算执行率 in %) is not prorated by the time share: A ÷ T × 100 whatever the month (rules.md §4)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }), (month, t, a) => {
      const early = indicatorLight({ comparator: '>=', target: String(t), actual: `${a}%`, unit: '%', month, name: '预算执行率' });
      const yearEnd = indicatorLight({ comparator: '>=', target: String(t), actual: `${a}%`, unit: '%', month: 12, name: '预算执行率' });
      return early.light === yearEnd.light && early.progress === yearEnd.progress;
    }), { numRuns: 400 });
  });
});
