import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '@jixiao/core';
import { cellRestores, escapeRestore, rowAfterDelete } from './grid-focus';

describe('escapeRestore', () => {
  const before = { ...emptyIndicator('培训人次'), level1: '产出指标', level2: '数量指标' };
  const edited = { ...before, level1: '满意度指标', level2: null };
  it.each([
    ['an edited cell gets its row back', { row: 2, indicator: before }, 2, edited, before],
    ['an untouched cell has nothing to undo', { row: 2, indicator: before }, 2, before, null],
    ['a snapshot of another row is not used', { row: 1, indicator: before }, 2, edited, null],
    ['no snapshot', null, 2, edited, null],
    ['a row no longer there', { row: 2, indicator: before }, 2, undefined, null],
  ] as const)('%s', (_, snapshot, row, current, want) => expect(escapeRestore(snapshot, row, current)).toBe(want));
});

describe('rowAfterDelete', () => {
  it.each([
    ['the row above', 3, 10, 2],
    ['the first row when the first was deleted', 0, 4, 0],
    ['the new last row when the last was deleted', 5, 5, 4],
    ['nothing when no row is left', 0, 0, null],
  ] as const)('%s', (_, deleted, remaining, want) => expect(rowAfterDelete(deleted, remaining)).toBe(want));
});

describe('cellRestores', () => {
  const before = { ...emptyIndicator('培训人次'), level1: '产出指标', level2: '数量指标', weight: 10, unit: '人次', comparator: '>=' as const, target: '300' };
  it.each([
    ['nothing changed', before, []],
    ['a typed name', { ...before, name: '培训人次多打的字' }, [['name', '培训人次']]],
    ['a 一级 that cleared its 二级, in grid order', { ...before, level1: '满意度指标', level2: null }, [['level1', '产出指标'], ['level2', '数量指标']]],
    ['a weight and a comparator', { ...before, weight: null, comparator: null }, [['weight', '10'], ['comparator', '>=']]],
  ] as const)('%s', (_, current, want) => expect(cellRestores(before, current)).toEqual(want));
});
