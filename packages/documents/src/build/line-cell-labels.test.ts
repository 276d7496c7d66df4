import { describe, expect, it } from 'vitest';
import { isBudgetCaptionRow, labelRowsOf, type TextItem } from './line-cell-labels';

const lines = (texts: string[]): TextItem[] => texts.map((text, i) => ({ type: 'text', text, heading: null, line: i + 1 }));
const rowsOf = (texts: string[]): string[][] =>
  (labelRowsOf(lines(texts), 0) ?? []).map((item) => (item.type === 'row' ? item.cells.map((c) => c.text) : [item.type]));
const cells = (texts: string[]) => texts.map((text, start) => ({ text, start, span: 1, merged: false }));

describe('labelRowsOf: figures under a budget block copied one cell a line', () => {
  it.each([
    {
      what: 'two amount captions under the block caption: the figures are the next row',
      texts: ['项目名称', '某项目', '项目资金（万元）', '全年预算数', '全年执行数', '350.00', '341.25'],
      want: [['项目名称', '某项目'], ['项目资金（万元）', '全年预算数', '全年执行数'], ['350.00', '341.25']],
    },
    {
      what: 'three captions (年初 / 全年 / 执行数)',
      texts: ['项目名称', '某项目', '项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '320.00', '350.00', '341.25'],
      want: [['项目名称', '某项目'], ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数'], ['320.00', '350.00', '341.25']],
    },
    {
      what: 'a row label takes its figure as its value',
      texts: ['项目名称', '某项目', '年度资金总额', '350.00'],
      want: [['项目名称', '某项目'], ['年度资金总额', '350.00']],
    },
  ])('$what', ({ texts, want }) => {
    expect(rowsOf(texts)).toEqual(want);
  });
});

describe('isBudgetCaptionRow', () => {
  it.each([
    [['项目资金（万元）', '全年预算数', '全年执行数'], true],
    [['项目资金（万元）', '全年执行数'], true],
    [['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率'], true],
    [['年度资金总额'], false],
    [['预算执行', '分值'], false],
    [['项目资金（万元）', '全年预算数', '某某中心'], false],
  ])('%j → %s', (texts, want) => {
    expect(isBudgetCaptionRow(cells(texts))).toBe(want);
  });
});
