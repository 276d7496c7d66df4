import { describe, expect, it } from 'vitest';
import { readActualInUnit } from './read-actual-in-unit';

// Session 26 (held-out value cells set 20): a 完成值 that states points taken off (扣1.5分) states no level of the row,
// unless the row itself counts deductions.

const read = (actual: string, unit: string | null, name: string): number | null => {
  const v = readActualInUnit(actual, unit, name, '>=').value;
  return Number.isNaN(v) ? null : v;
};

describe('readActualInUnit on points taken off or added', () => {
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
    // Session 26 (set 21): points added are no level either (2 of a ≥90分 row would score it near 0); beside the score, the score.
    ['加2分', '分', '考核得分', null],
    ['奖励加分1分', '分', '考核得分', null],
    ['考核得分97分，加1分', '分', '考核得分', 97],
    ['基础分95分，另加0.5分', '分', '考核得分', 95],
    // Guards: a row that counts bonus points reads them; 加 in a word before an amount or a count is no bonus.
    ['加2分', '分', '加分项得分', 2],
    ['追加120万元', '万元', '追加资金', 120],
    ['参加2场', '场', '应急演练参与场次', 2],
    ['加分项得分2分', '分', '考核得分', 2],
  ] as Array<[string, string | null, string, number | null]>)('%s under %s (%s)', (actual, unit, name, expected) => {
    expect(read(actual, unit, name)).toBe(expected);
  });
});
