import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Doc 596: antiword's text of a legacy .doc pads every cell to its column between pipes and wraps a
// long cell onto the next line, the row's other cells blank there, with no rule between rows.

const antiword = [
  '2025年度项目支出绩效目标表',
  '|项目名称    |基本公共卫生服务项目                  |',
  '|项目资金    |年度资金总额          |846.00         |',
  '|（万元）    |其中：财政资金        |846.00         |',
  '|年度绩效目标|为全县城乡居民提供12类基本公共卫生服务|',
  '|            |，重点人群健康管理率稳步提高。        |',
  '|一级指标  |二级指标    |三级指标                |指标值 |权重|',
  '|产出指标  |数量指标    |适龄儿童国家免疫规划疫苗|≥95%   |15  |',
  '|          |            |接种率                  |       |    |',
  '|          |质量指标    |高血压患者规范管理率    |≥65%   |10  |',
  '|满意度指标|服务对象满意|城乡居民对基本公共卫生服|≥85%   |20  |',
  '|          |度指标      |务满意度                |       |    |',
].join('\n');

describe('pipe rows wrapped inside padded columns', () => {
  it('joins a wrapped cell to its row: names, a level 2 and the goal', () => {
    const form = importText(antiword, 'a.txt').forms[0]! as unknown as Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
    expect(form.goal).toBe('为全县城乡居民提供12类基本公共卫生服务，重点人群健康管理率稳步提高。');
    expect(form.indicators.map((r) => [r.level2, r.name, r.target, r.weight])).toEqual([
      ['数量指标', '适龄儿童国家免疫规划疫苗接种率', '95', 15],
      ['质量指标', '高血压患者规范管理率', '65', 10],
      ['服务对象满意度指标', '城乡居民对基本公共卫生服务满意度', '85', 20],
    ]);
  });

  it('keeps label rows under a padded merged caption apart (the fiscal money row)', () => {
    const form = importText(antiword, 'a.txt').forms[0]! as unknown as Record<string, unknown>;
    expect([form.budget_total_wan, form.budget_fiscal_wan]).toEqual([846, 846]);
  });

  it('keeps a row whose name fills its cell apart from the next row that has its own value', () => {
    const text = [
      '项目名称：水质监测',
      '|一级指标|二级指标|三级指标            |指标值|权重|',
      '|产出指标|数量指标|城乡饮用水水质监测点|≥86个 |20  |',
      '|        |        |监测频次            |≥4次  |20  |',
    ].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['城乡饮用水水质监测点', '监测频次']);
  });

  it('keeps rows of a markdown table whose cells are padded with spaces', () => {
    const text = [
      '项目名称：水质监测',
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |',
      '| --- | --- | --- | --- | --- |',
      '| 产出指标 | 数量指标 | 监测点数 | ≥86个 | 20 |',
      '|          |          | 频次     |       |    |',
    ].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toContain('频次');
  });
});
