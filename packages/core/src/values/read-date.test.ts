import { describe, expect, it } from 'vitest';
import { isLate, readDate, type WrittenDate } from './read-date';

describe('readDate', () => {
  it.each([
    ['2024年6月30日前', { year: 2024, month: 6, day: 30 }],
    ['2024-06-30', { year: 2024, month: 6, day: 30 }],
    ['2024.6.30', { year: 2024, month: 6, day: 30 }],
    ['２０２４/06/30', { year: 2024, month: 6, day: 30 }],
    ['2024年6月', { year: 2024, month: 6, day: null }],
    ['6月30日', { year: null, month: 6, day: 30 }],
    ['6月底前', { year: null, month: 6, day: null }],
    ['12月末', { year: null, month: 12, day: null }],
    ['6月份', { year: null, month: 6, day: null }],
    ['已于7月15日完成', { year: null, month: 7, day: 15 }],
    ['2024年12月31日以前', { year: 2024, month: 12, day: 31 }],
    // Numbers, spans and words are not dates.
    ['6.30', null], ['2024', null], ['12', null], ['按时完成', null], ['3个工作日内', null], ['2024年第二季度', null], ['13月1日', null], ['6月32日', null], [null, null], [12, null],
  ] as Array<[string | number | null, WrittenDate | null]>)('%s', (raw, date) => {
    expect(readDate(raw)).toEqual(date);
  });
});

describe('isLate', () => {
  const d = (s: string) => readDate(s)!;
  it.each([
    ['6月30日', '6月30日前', false], ['7月1日', '6月30日前', true], ['6月', '6月30日前', false], ['6月30日', '6月底前', false],
    ['7月', '6月底前', true], ['2025年1月5日', '2024年12月31日前', true], ['2024年5月1日', '6月30日前', false], ['5月31日', '2024年5月30日', true],
  ] as Array<[string, string, boolean]>)('%s against %s → late %s', (actual, deadline, late) => {
    expect(isLate(d(actual), d(deadline))).toBe(late);
  });
});
