import { describe, expect, it } from 'vitest';
import type { GridCell, Item } from './flatten-source';
import { readForm } from './read-form';
import { repeatsUpperHeader } from './repeated-header';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
// A row as a Word table gives it: [text, start, span, merged from above].
const cells = (...specs: Array<[string, number, number?, boolean?]>): Item => ({
  type: 'row', line: null, tableIndex: 0,
  cells: specs.map(([text, start, span, merged]) => ({ text, start, span: span ?? 1, merged: merged ?? false })),
});

describe('repeatsUpperHeader', () => {
  it.each([
    ['the same captions', row('绩效指标', '一级指标', '中期指标', '', '', '年度指标'), row('绩效指标', '一级指标', '中期指标', '', '', '年度指标'), true],
    ['spaced the same', row('绩效指标', '一级指标', '中期指标', '年度指标'), row('绩效 指标', '一级指标', '', '中期指标', '年度指标'), true],
    ['no upper row', null, row('绩效指标', '一级指标'), false],
    ['one cell', row('续表'), row('续表'), false],
    ['other captions', row('绩效指标', '一级指标', '中期指标', '年度指标'), row('产出指标', '数量指标', '甲', '≥1个'), false],
  ])('%s', (_what, upper, row2, want) => {
    expect(repeatsUpperHeader(row2, upper)).toBe(want);
  });

  // A Word table's header over two rows (一级指标 merged down over both) printed again after 续表:
  // neither of its rows is an indicator, and the levels go on.
  it('reads a continuation table under a header of two rows', () => {
    const upper = cells(['绩效指标', 0], ['一级指标', 1], ['中期指标', 2, 3], ['年度指标', 5, 3]);
    const lower = cells(['', 0, 1, true], ['', 1, 1, true], ['二级指标', 2], ['三级指标', 3], ['指标值', 4], ['二级指标', 5], ['三级指标', 6], ['指标值', 7]);
    const indicator = (l1: string, l2: string, name: string, long: string, annual: string) =>
      cells(['', 0, 1, true], [l1, 1, 1, l1 === ''], [l2, 2], [name, 3], [long, 4], [l2, 5], [name, 6], [annual, 7]);
    const items: Item[] = [
      cells(['项目名称', 0, 2], ['甲项目', 2, 6]),
      upper, lower, indicator('产出指标', '数量指标', '甲', '≥3个', '≥1个'),
      { type: 'text', text: '续表', heading: null, line: null },
      upper, lower, indicator('产出指标', '时效指标', '乙', '2027年底前', '2025年底前'),
      indicator('效益指标', '社会效益指标', '丙', '提高', '有所提高'),
    ];
    const form = readForm('project_target', 0, items).form;
    expect(form.indicators.map((i) => [i.level1, i.name, i.target])).toEqual([
      ['产出指标', '甲', '1'], ['产出指标', '乙', '2025年底前'], ['效益指标', '丙', '有所提高'],
    ]);
  });
});
