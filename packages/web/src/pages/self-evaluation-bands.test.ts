import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, emptyIndicator, makePolicy, type Indicator } from '@jixiao/core';
import { bandText, choiceFromScore, shownActual, storedPicks } from './self-evaluation-bands';

const DEFAULT = DEFAULT_POLICY.qualitativeBands;
const STRICT = makePolicy({ qualitativeBands: { achievedMin: 0.9, partialMin: 0.7 } }).qualitativeBands;

describe('bandText: the score range of a band under the policy in force', () => {
  it.each([
    ['达成', 10, DEFAULT, '[8, 10]'],
    ['部分达成', 10, DEFAULT, '[6, 8)'],
    ['未达成', 10, DEFAULT, '[0, 6)'],
    ['达成', 10, STRICT, '[9, 10]'],
    ['部分达成', 5, STRICT, '[3.5, 4.5)'],
  ] as const)('%s of %s', (choice, w, bands, want) => expect(bandText(choice, w, bands)).toBe(want));
});

describe('choiceFromScore: the band a stored score lies in', () => {
  it.each([
    [10, 10, DEFAULT, '达成'],
    [8, 10, DEFAULT, '达成'],
    [7.9, 10, DEFAULT, '部分达成'],
    [5.9, 10, DEFAULT, '未达成'],
    [8.5, 10, STRICT, '部分达成'],
    [null, 10, DEFAULT, undefined],
    [5, null, DEFAULT, undefined],
    [0, 0, DEFAULT, undefined],
  ] as const)('%s of %s', (score, w, bands, want) => expect(choiceFromScore(score, w, bands)).toBe(want));
});

describe('storedPicks: the picks a stored sheet implies under the policy in force', () => {
  const row = (comparator: Indicator['comparator'], score: number | null, weight: number | null): Indicator =>
    ({ ...emptyIndicator('指标'), comparator, score, weight });
  const sheet = [row('qualitative', 8.5, 10), row('>=', 10, 10), row('qualitative', null, 10), row('qualitative', 5, 10)];
  it.each([
    ['default cut-offs', DEFAULT, { 0: '达成', 3: '未达成' }],
    ['a region whose 达成 starts at 90%', STRICT, { 0: '部分达成', 3: '未达成' }],
  ] as const)('%s', (_, bands, want) => expect(storedPicks(sheet, bands)).toEqual(want));
});

describe('shownActual: a row\'s 完成值 as a reader sees it', () => {
  const row = (o: Partial<Indicator>): Indicator => ({ ...emptyIndicator('指标'), weight: 10, ...o });
  it.each([
    { label: 'a typed value as typed', ind: row({ comparator: '>=', actual: '98%', score: 10 }), want: '98%' },
    { label: 'a qualitative row: the band its score lies in', ind: row({ comparator: 'qualitative', score: 9 }), want: '达成' },
    { label: 'a qualitative row with a typed description keeps it', ind: row({ comparator: 'qualitative', actual: '明显改善', score: 9 }), want: '明显改善' },
    { label: 'a qualitative row without a score: nothing', ind: row({ comparator: 'qualitative' }), want: null },
    { label: 'a numeric row without a value: nothing', ind: row({ comparator: '>=', score: 5 }), want: null },
  ])('$label', ({ ind, want }) => {
    expect(shownActual(ind, DEFAULT_POLICY.qualitativeBands)).toBe(want);
  });
});
