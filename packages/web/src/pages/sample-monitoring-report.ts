import type { MonitoringIndicator, MonitoringReport } from '@jixiao/core';

/** Test tables: a row of 整治楼栋 ≥196栋, and a table of 8万元 with 7 spent by 1—7月 (on plan), each patched per case. */
export const sampleMonitoringRow = (patch: Partial<MonitoringIndicator>): MonitoringIndicator => ({
  row: 0, level1: '产出指标', level2: '数量指标', name: '整治楼栋', comparator: '>=', target: '196', unit: '栋',
  cumulative: null, progress_value: null, expected_completion: null, deviation_reason: null, measures: null, ...patch,
});

export const sampleMonitoringReport = (patch: Partial<MonitoringReport>, indicators: MonitoringIndicator[] = []): MonitoringReport => ({
  fiscal_year: 2024, month: 7, org: null, project_code: null, project_name: '应急管理工作', budget_wan: 8, executed_wan: 7,
  deviation_reason: null, measures: null, expected_completion: null, indicators, ...patch,
});
