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
    // 次年: the year after the fiscal year, which a bare month stands for.
    ['12月底', '次年1月完成', false],
    ['12月底前', '12月20日完成', true],
    ['2024年12月底', '次年1月15日完成', false],
    ['次年3月底前', '次年3月20日', true],
    ['次年3月底前', '3月15日', true],
    ['次年3月底前', '次年4月', false],
    ['次年3月底前', '2025年3月', null],
    ['次年1月底', '12月完成', true],
    // A bracketed remark after a date is left out.
    ['12月底', '12月20日（提前完成）', true],
    ['2024年12月底（含）', '2024年12月31日(已验收)', true],
    ['12月底', '次年2月（延期）', false],
    ['12月底', '（见附件）', null],
  ] as Array<[string, string | null, boolean | null]>)('%s vs %s', (target, actual, want) => {
    expect(meetsDeadline(target, actual)).toBe(want);
  });
});
