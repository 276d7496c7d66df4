import { describe, expect, it } from 'vitest';
import { dateIn, meetsDeadline } from './deadline';

describe('dateIn', () => {
  it.each([
    ['2024年12月31日', 20241231], ['2024年12月底前', 20241231], ['2024年12月', 20241231], ['2024年6月30日前', 20240630],
    ['2024年9月初', 20240910], ['2024年9月中旬', 20240920], ['2024年9月下旬', 20240931], ['2024.6.28', 20240628],
    ['2024-11-30完成', 20241130], ['2024/11', 20241131], ['２０２４年１１月', NaN], ['2024年13月', NaN], ['12月底前', NaN],
    ['已完成', NaN], ['3-5天', NaN],
  ] as Array<[string, number]>)('%s', (text, want) => {
    if (want !== want) expect(dateIn(text)).toBeNaN();
    else expect(dateIn(text)).toBe(want);
  });
});

describe('meetsDeadline', () => {
  it.each([
    ['2024年12月底前', '2024年11月完成', true],
    ['2024年12月底', '2024年12月', true],
    ['2024年6月30日', '2024年6月28日', true],
    ['2024年6月30日', '2024年6月', false],
    ['2024年10月', '2024年9月底', true],
    ['2024年12月底', '2025年3月', false],
    ['2024年6月底前', '2024年8月完成', false],
    ['２０２４年１２月底前', '２０２４年１１月', true],
    ['2024年12月底前', '提前完成', null],
    ['按期完成', '2024年11月', null],
    ['2024年12月底前', null, null],
  ] as Array<[string, string | null, boolean | null]>)('%s vs %s', (target, actual, want) => {
    expect(meetsDeadline(target, actual)).toBe(want);
  });
});
