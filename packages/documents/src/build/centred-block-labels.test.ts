import { describe, expect, it } from 'vitest';
import type { GridCell, Item } from './flatten-source';
import { readForm } from './read-form';

// A label merged down over a block, printed centred on its rows (a borderless PDF page): it lands on a
// row of its own between a captions row and its values, or beside the first figures row's own label.
const row = (...texts: string[]): Item => ({
  type: 'row', line: null, tableIndex: 0,
  cells: texts.map((text, start): GridCell => ({ text, start, span: 1, merged: false })),
});
const HEAD = [row('项目名称', '', '甲项目', '', '', '', '')];
const INDICATORS = [row('一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值', '计量单位', '权重'), row('产出指标', '数量指标', '乙', '≥3', '≥1', '个', '10')];

describe('a block label printed centred on its rows', () => {
  it.each([
    ['beside the first figures row', [row('', '', '资金来源', '中期资金总额', '', '年度资金总额', ''), row('项目资金（万元）', '', '资金总额', '4,500.00', '', '1,500.00', ''), row('', '', '其中：财政拨款', '4,200.00', '', '1,400.00', '')]],
    ['on the captions row (ruled)', [row('项目资金（万元）', '', '资金来源', '中期资金总额', '', '年度资金总额', ''), row('', '', '资金总额', '4,500.00', '', '1,500.00', ''), row('', '', '其中：财政拨款', '4,200.00', '', '1,400.00', '')]],
  ])('money caption %s: the year’s figures', (_what, rows) => {
    const form = readForm('project_target', 0, [...HEAD, ...rows, ...INDICATORS]).form;
    if (form.kind !== 'project_target') throw new Error(form.kind);
    expect([form.budget_total_wan, form.budget_fiscal_wan]).toEqual([1500, 1400]);
  });

  it.each([
    ['between the captions and the texts', [row('', '中期目标（2025—2027年）', '', '', '年度目标（2025年）', '', ''), row('总体目标', '', '', '', '', '', ''), row('', '三年完成甲', '', '', '当年完成乙', '', '')]],
    ['beside the texts', [row('', '中期目标（2025—2027年）', '', '', '年度目标（2025年）', '', ''), row('总体目标', '三年完成甲', '', '', '当年完成乙', '', '')]],
    ['on the captions row (ruled)', [row('总体目标', '中期目标（2025—2027年）', '', '', '年度目标（2025年）', '', ''), row('', '三年完成甲', '', '', '当年完成乙', '', '')]],
  ])('goal label %s: the year’s goal', (_what, rows) => {
    const form = readForm('project_target', 0, [...HEAD, ...rows, ...INDICATORS]).form;
    if (form.kind !== 'project_target') throw new Error(form.kind);
    expect(form.goal).toBe('当年完成乙');
  });
});
