import { describe, expect, it } from 'vitest';
import { emptyIndicator } from '@jixiao/core';
import { applyPaste, parseTsv, pasteRows } from './paste-rows';

describe('parseTsv', () => {
  it.each([
    ['a\tb\nc\td', [['a', 'b'], ['c', 'd']]],
    ['a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['"多行\n文字"\tx', [['多行\n文字', 'x']]],
    ['"含""引号"""\ty', [['含"引号"', 'y']]],
    ['\t\n\t\nq', [['q']]],
    ['only', [['only']]],
  ])('%j', (input, expected) => {
    expect(parseTsv(input)).toEqual(expected);
  });
});

describe('pasteRows', () => {
  it('matches columns by header names and splits signed values', () => {
    const text = '一级指标\t二级指标\t三级指标\t指标值\t权重\n产出指标\t数量指标\t培训人次\t≥120人次\t20\n满意度指标\t服务对象满意度\t群众满意度\t≥95%\t10';
    const { rows, usedHeader } = pasteRows(text, 'level1');
    expect(usedHeader).toBe(true);
    expect(rows).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '培训人次', comparator: '>=', target: '120', unit: '人次', weight: 20 },
      { level1: '满意度指标', level2: '服务对象满意度', name: '群众满意度', comparator: '>=', target: '95', unit: '%', weight: 10 },
    ]);
  });

  it.each([
    // Without a header the cells fill the grid from the focused column rightwards.
    ['name', '会议次数\t10', { name: '会议次数', weight: 10 }],
    ['unit', '次\t≥\t4', { unit: '次', comparator: '>=', target: '4' }],
    ['target', '有效提高', { comparator: 'qualitative', target: '有效提高' }],
    ['target', '≤预算控制数\t财政批复', { comparator: '<=', target: '预算控制数', basis: '财政批复' }],
  ] as const)('from column %s: %j', (column, text, expected) => {
    expect(pasteRows(text, column).rows).toEqual([expected]);
  });

  it('writes pasted rows over the grid and appends beyond its end', () => {
    const grid = [emptyIndicator('甲'), emptyIndicator('乙')];
    const next = applyPaste(grid, 1, [{ name: '丙' }, { name: '丁', weight: 5 }]);
    expect(next.map((i) => [i.name, i.weight])).toEqual([['甲', null], ['丙', null], ['丁', 5]]);
    expect(grid[1]!.name).toBe('乙');
  });
});
