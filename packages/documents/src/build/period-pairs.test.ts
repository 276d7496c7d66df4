import { describe, expect, it } from 'vitest';
import type { GridCell, Item } from './flatten-source';
import { annualPairColumn } from './period-column';
import { readForm } from './read-form';

const cells = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const row = (...texts: string[]): Item => ({ type: 'row', line: null, tableIndex: 0, cells: cells(...texts) });

describe('annualPairColumn', () => {
  it.each([
    ['中期 then 年度 pairs', cells('项目资金', '中期资金总额：', '18,600.00', '年度资金总额：', '6,200.00'), 3],
    ['实施期 then 年度 pairs', cells('实施期资金总额', '900', '年度资金总额', '300'), 2],
    ['annual pair only', cells('项目资金', '年度资金总额', '6,200.00'), null],
    ['goal captions, no money', cells('总体目标', '中期目标', '年度目标'), null],
  ])('%s', (_what, filled, want) => {
    expect(annualPairColumn(filled.filter((c) => c.text !== ''))).toBe(want);
  });
});

// 中期资金总额 | 年度资金总额 pairs side by side (the national 申报表): each row below repeats its label per
// period, and the year's pair holds the form's amounts.
describe('label pairs per period', () => {
  it.each([
    ['labels with colons', '中期资金总额：', '年度资金总额：'],
    ['labels without colons', '实施期资金总额', '年度资金总额'],
  ])('%s: the year’s amounts', (_what, long, annual) => {
    const items: Item[] = [
      row('项目名称', '甲项目', '', '', ''),
      row('项目资金（万元）', long, '18,600.00', annual, '6,200.00'),
      row('', '其中：财政拨款', '18,000.00', '其中：财政拨款', '6,000.00'),
      row('', '其他资金', '600.00', '其他资金', '200.00'),
      row('一级指标', '二级指标', '三级指标', '指标值', ''),
      row('产出指标', '数量指标', '乙', '≥1个', ''),
    ];
    const form = readForm('project_target', 0, items).form;
    if (form.kind !== 'project_target') throw new Error(form.kind);
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan]).toEqual([6200, 6000, 200]);
  });
});
