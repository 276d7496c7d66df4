import { describe, expect, it } from 'vitest';
import type { MonitoringIndicator, MonitoringReport } from '@jixiao/core';
import { importChanges } from './monitoring-import-changes';

const row = (name: string, progress: string | null, extra: Partial<MonitoringIndicator> = {}): MonitoringIndicator => ({
  row: 0, level1: '产出指标', level2: '数量指标', name, comparator: '>=', target: '40', unit: '场', cumulative: null, progress_value: progress,
  expected_completion: null, not_measured: null, forecast: null, deviation_reason: null, measures: null, ...extra,
});

const report = (indicators: MonitoringIndicator[], extra: Partial<MonitoringReport> = {}): MonitoringReport => ({
  fiscal_year: 2024, month: 6, org: '某市图书馆', project_code: null, project_name: '全民阅读推广', budget_wan: 85, executed_wan: 30.6,
  execution_rate: 36, deviation_reason: null, measures: null, expected_completion: null, indicators, ...extra,
});

describe('importChanges', () => {
  it('says nothing changes when the document gives the stored table back (blank and missing alike, 36 and 36.0 alike)', () => {
    const stored = report([row('阅读推广活动场次', '22场', { expected_completion: '达成' }), row('读者满意度', null, { deviation_reason: '' })]);
    const filled = report([row('阅读推广活动场次', '22场', { expected_completion: '达成' }), row('读者满意度', null)], { execution_rate: 36.0 });
    expect(importChanges(stored, filled)).toEqual([]);
  });
  it('lists each field the document changes, with its row and the value before and after', () => {
    const stored = report([row('阅读推广活动场次', '22场'), row('读者满意度', null)]);
    const filled = report([row('阅读推广活动场次', '25场'), row('读者满意度', null, { not_measured: '年底测评' })], { executed_wan: 32 });
    expect(importChanges(stored, filled)).toEqual([
      '1至当月执行数（万元）：30.6 → 32',
      '第 1 行「阅读推广活动场次」1至当月完成值：22场 → 25场',
      '第 2 行「读者满意度」尚未测量：空 → 年底测评',
    ]);
  });
});
