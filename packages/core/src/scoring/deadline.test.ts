import { describe, expect, it } from 'vitest';
import { meetsDeadline } from './deadline';

describe('meetsDeadline', () => {
  it.each([
    ['2024年12月底前', '2024年11月完成', true],
    ['2024年12月底', '2024年12月', true],
    ['2024年6月30日', '2024年6月28日', true],
    ['2024年6月30日', '2024年6月', true],
    ['2024年6月20日', '2024年6月', null],
    ['2024年9月中旬', '2024年9月上旬', true],
    ['2024年9月上旬', '2024年10月', false],
    ['2024年12月底前', '已于2024年11月完成', true],
    ['2024年12月底前', '11月完成', true],
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
