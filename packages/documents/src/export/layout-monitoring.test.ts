import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, monitoringReportSchema, reportLights, type MonitoringIndicator } from '@jixiao/core';
import { implementationPeriodText, layoutMonitoring, lightLegend } from './layout-monitoring';

const row = (patch: Partial<MonitoringIndicator>) => ({ name: '指标', ...patch });

function rowTexts(indicator: ReturnType<typeof row>) {
  const report = monitoringReportSchema.parse({ fiscal_year: 2026, month: 6, org: '某单位', project_name: '某项目', budget_wan: 100, executed_wan: 50, indicators: [indicator] });
  const layout = layoutMonitoring({ report, lights: reportLights(report), thresholds: DEFAULT_POLICY.monitoring, status: '草稿' });
  const header = layout.rows.findIndex((r) => r.header);
  return layout.rows[header + 1]!.cells.map((c) => c.text);
}

describe('layoutMonitoring: an indicator row as printed', () => {
  it.each([
    // [label, row, 年度指标值, 1至当月完成值, 全年预计完成值, 是否能完成, 亮灯]
    ['a count half done by June', row({ name: '培训人次', comparator: '>=', target: '100', unit: '人次', progress_value: '50' }), '≥100人次', '50', '', '', '绿灯'],
    ['a rate not measured until year end, with its forecast', row({ name: '满意度', comparator: '>=', target: '90', unit: '%', not_measured: '年底测评', forecast: '92%' }), '≥90%', '尚未测量（年底测评）', '92%', '', '无法判断'],
    ['a measured row with its forecast and 是否能完成', row({ name: '培训人次', comparator: '>=', target: '100', unit: '人次', progress_value: '40', forecast: '90人次', expected_completion: '未达成' }), '≥100人次', '40', '90人次', '不能', '绿灯'],
    ['a qualitative row judged by its pick', row({ name: '业务能力', comparator: 'qualitative', target: '明显提升', progress_value: '按计划推进', expected_completion: '部分达成' }), '明显提升', '按计划推进', '', '部分达成', '黄灯'],
  ])('%s', (_label, indicator, target, done, forecast, canComplete, light) => {
    const cells = rowTexts(indicator);
    expect(cells.slice(3, 6)).toEqual([target, done, forecast]);
    expect(cells[8]).toBe(canComplete);
    expect(cells[10]).toBe(light);
    // The light's reasoning in words beside it.
    expect(cells[11]).not.toBe('');
  });
});

describe('lightLegend follows the policy', () => {
  it.each([
    [{ red: 60, yellow: 80, blue: 120 }, ['进度达到 80，执行正常', '进度 60 至 80', '低于 60', '达到 120']],
    [{ red: 50, yellow: 75, blue: 130 }, ['进度达到 75，执行正常', '进度 50 至 75', '低于 50', '达到 130']],
  ])('%j', (thresholds, parts) => {
    const legend = lightLegend(thresholds);
    for (const part of parts) expect(legend).toContain(part);
  });
});

describe('implementationPeriodText: the 实施期 printed beside the period', () => {
  it.each([
    ['nothing stated: the whole year', {}, '2026年全年'],
    ['1–12 stated', { start_month: 1, end_month: 12 }, '2026年全年'],
    ['started in 4月', { start_month: 4, end_month: null }, '2026年4—12月'],
    ['a 跨年 project ending in 9月', { end_month: 9 }, '2026年1—9月'],
  ])('%s', (_l, own, want) => expect(implementationPeriodText({ fiscal_year: 2026, ...own })).toBe(want));

  it('is a labelled cell of the sheet, and the budget light is measured by it', () => {
    const report = monitoringReportSchema.parse({ fiscal_year: 2026, month: 6, project_name: '某项目', budget_wan: 900, executed_wan: 250, start_month: 4 });
    const layout = layoutMonitoring({ report, lights: reportLights(report), thresholds: DEFAULT_POLICY.monitoring, status: '草稿' });
    const texts = layout.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(texts[texts.indexOf('实施期') + 1]).toBe('2026年4—12月');
    expect(texts).toContain('绿灯');
  });
});
