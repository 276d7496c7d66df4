import { describe, expect, it } from 'vitest';
import { readActualInUnit } from './read-actual-in-unit';

// Session 26 (held-out value cells set 20): a 完成值 that states points taken off (扣1.5分) states no level of the row,
// unless the row itself counts deductions.

const read = (actual: string, unit: string | null, name: string): number | null => {
  const v = readActualInUnit(actual, unit, name, '>=').value;
  return Number.isNaN(v) ? null : v;
};

describe('readActualInUnit on points taken off', () => {
  it.each([
    // The deduction alone: no level of a score row (1.5 of a ≥90分 row would score it near 0).
    ['扣1.5分', '分', '考核得分', null],
    ['被扣2分', '分', '年度考核得分', null],
    ['扣减3分', null, '绩效考核结果', null],
    // Beside the score, the score is the level.
    ['得分98.5，扣1.5分', '分', '考核得分', 98.5],
    ['得分92.5分（扣2.5分）', '分', '考核得分', 92.5],
    // Guards: a row that counts deductions reads them; 扣除 before other words, 扣款 and 扣 inside a name are untouched.
    ['扣1.5分', '分', '考核扣分', 1.5],
    ['扣除结转资金后执行率96%', '%', '预算执行率', 96],
    ['扣除结转120万元后，执行率96%', '%', '预算执行率', 96],
    ['扣款2万元', '万元', '违约金额', 2],
    ['92.5分', '分', '考核得分', 92.5],
  ] as Array<[string, string | null, string, number | null]>)('%s under %s (%s)', (actual, unit, name, expected) => {
    expect(read(actual, unit, name)).toBe(expected);
  });
});
