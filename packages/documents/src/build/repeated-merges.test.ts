import { describe, expect, it } from 'vitest';
import type { GridCell } from './flatten-source';
import { collapseRepeatedMerges } from './repeated-merges';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const shape = (cells: GridCell[]) => cells.filter((c) => c.text !== '').map((c) => [c.text, c.start, c.span]);

describe('collapseRepeatedMerges', () => {
  it.each([
    {
      name: 'a label and its value copied into every covered cell',
      cells: row('项目名称', '项目名称', '某项目', '某项目', '某项目'),
      above: null,
      want: [['项目名称', 0, 2], ['某项目', 2, 3]],
    },
    {
      name: 'a label merged down its rows, printed again on the row below',
      cells: row('年度总体目标', '目标文字', '目标文字', '完成情况文字'),
      above: row('年度总体目标', '预期目标', '预期目标', '实际完成情况'),
      want: [['目标文字', 1, 2], ['完成情况文字', 3, 1]],
    },
    {
      name: 'equal amounts and placeholders stay separate cells',
      cells: row('年度资金总额', '850', '850', '850', '—', '—'),
      above: row('', '年初预算数', '全年预算数', '全年执行数', '分值', '得分'),
      want: [['年度资金总额', 0, 1], ['850', 1, 1], ['850', 2, 1], ['850', 3, 1], ['—', 4, 1], ['—', 5, 1]],
    },
    {
      name: 'a row without repeats is left as it is',
      cells: row('主管部门', '某局', '实施单位', '某中心'),
      above: row('项目名称', '某项目', '', ''),
      want: [['主管部门', 0, 1], ['某局', 1, 1], ['实施单位', 2, 1], ['某中心', 3, 1]],
    },
  ])('$name', ({ cells, above, want }) => {
    expect(shape(collapseRepeatedMerges(cells, above))).toEqual(want);
  });
});
