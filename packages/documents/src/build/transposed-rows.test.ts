import { describe, expect, it } from 'vitest';
import type { Item } from './flatten-source';
import { untransposeIndicatorRows } from './transposed-rows';

const row = (cells: string[], tableIndex = 1): Item => ({ type: 'row', cells: cells.map((text, k) => ({ text, start: k, span: 1, merged: false })), line: null, tableIndex });
const rowsOf = (items: Item[]) => items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text) : i.type));

describe('untransposeIndicatorRows', () => {
  it.each([
    {
      name: 'captions down the first column, one indicator per column',
      items: [row(['项目名称', '某项目']), row(['一级指标', '产出指标', '效益指标']), row(['三级指标', '甲', '乙']), row(['指标值', '≥3', '明显改善']), row(['计量单位', '个', ''])],
      want: [['项目名称', '某项目'], ['一级指标', '三级指标', '指标值', '计量单位'], ['产出指标', '甲', '≥3', '个'], ['效益指标', '乙', '明显改善', '']],
    },
    {
      name: 'an ordinary header row and data rows stay as they are',
      items: [row(['一级指标', '二级指标', '三级指标', '指标值']), row(['产出指标', '数量指标', '甲', '≥3']), row(['', '质量指标', '乙', '100%'])],
      want: [['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '甲', '≥3'], ['', '质量指标', '乙', '100%']],
    },
    {
      name: 'two caption rows are not enough',
      items: [row(['三级指标', '甲', '乙']), row(['指标值', '1', '2'])],
      want: [['三级指标', '甲', '乙'], ['指标值', '1', '2']],
    },
  ])('$name', ({ items, want }) => expect(rowsOf(untransposeIndicatorRows(items))).toEqual(want));
});
