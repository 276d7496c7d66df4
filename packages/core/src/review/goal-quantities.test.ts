import { describe, expect, it } from 'vitest';
import { goalQuantities } from './goal-quantities';

describe('goalQuantities: a frequency with its verb between the period and the count (held-out set 38)', () => {
  it.each([
    ['每季度开展1次数据质量检查', []],
    ['每月报送分析报告2期', []],
    ['每半年组织1次应急演练', []],
    // 每年 on a year's form is the year's quantity; a count after the clause ends, or after a date, still counts.
    ['每年新建高标准农田2万亩', [[2, '万亩']]],
    ['每季度通报一次，全年完成整改120个', [[120, '个']]],
    ['每月5日前报送数据300条', [[300, '条']]],
  ] as const)('%s', (text, want) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });
  it('money after a period is a standard, still read as money spent', () => {
    expect(goalQuantities('每生每天补助5元', true).map((q) => [q.value, q.unit, q.spent])).toEqual([[5, '元', true]]);
  });
});
