import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '../forms/forms-schema';
import { scoreIndicator } from './score-indicator';

// Session 26 (held-out scoring set 22): a 定性 row of weight 0 scores 0 whatever its band, and a bonus or deduction written
// beside it is reported, not counted; rows with weight keep the band rules.

const row = (weight: number, target: string, actual: string, score: number | null): Indicator =>
  ({ ...emptyIndicator(), name: '加分项：获评省级先进单位', comparator: 'qualitative', weight, target, actual, score });

describe('scoreIndicator on a qualitative row of weight 0', () => {
  it.each([
    // No band can be told from the wording: 0, and the written bonus / deduction reported.
    [row(0, '获省级及以上表彰', '获评省级先进单位', 2), 0, ['band']],
    [row(0, '不发生一般森林火灾', '发生1起，扣2分', -2), 0, ['band']],
    [row(0, '获省级及以上表彰', '获评省级先进单位', null), 0, []],
    // Guards: a written 0 is inside [0, 0]; a row with weight whose score fits no band is still left to a person.
    [row(0, '获省级及以上表彰', '获评省级先进单位', 0), 0, []],
    [row(10, '获省级及以上表彰', '获评省级先进单位', 12), null, ['band']],
    [row(10, '获省级及以上表彰', '获评省级先进单位', 8.5), 8.5, []],
  ] as Array<[Indicator, number | null, string[]]>)('%#', (ind, score, issues) => {
    const r = scoreIndicator(ind);
    expect(r.score).toBe(score);
    expect(r.issues.map((i) => i.code)).toEqual(issues);
  });
});
