import { describe, expect, it } from 'vitest';
import { CAN_COMPLETE_LABELS, type MonitoringReport } from '../monitoring/monitoring-report';
import { makePolicy } from '../policy/policy';
import { reviewMonitoringReport } from './check-monitoring';
import { mrow, report, vary } from './held-out-forms/monitoring-case-types';

/**
 * 是否能完成 on a measured row (能 / 不确定 / 不能, stored 达成 / 部分达成 / 未达成) against the 全年预计完成值 the same row
 * states: both ways a pick can contradict the forecast are reported, in the words the clerk picked.
 */
const policy = makePolicy({});
const review = (r: MonitoringReport) => reviewMonitoringReport(r, policy).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);
const messages = (r: MonitoringReport) => reviewMonitoringReport(r, policy).map((f) => f.message);

// 1–6 月 of a 水利 project: 渠道清淤 builds up over the year, 灌溉保证率 is a level, 单位造价 a ceiling.
const CANAL = report({
  fiscal_year: 2026, month: 6, project_name: '灌区渠道维护', budget_wan: 80, executed_wan: 40,
  indicators: [
    mrow('产出指标', '数量指标', '渠道清淤长度', '>=', '60', '公里', '31'),
    mrow('效益指标', '社会效益指标', '灌溉保证率', '>=', '85', '%', '86'),
    mrow('成本指标', '经济成本指标', '清淤单位造价', '<=', '1.2', '万元/公里', '1.1'),
  ],
});

describe('是否能完成 against the row\'s own 全年预计完成值', () => {
  it('不能 while the forecast meets the target (a floor, a ceiling) is reported, naming 不能', () => {
    expect(review(vary(CANAL, {}, { 0: { forecast: '62', expected_completion: '未达成' } }))).toEqual(['self_evaluation@0:expected_completion']);
    expect(review(vary(CANAL, {}, { 2: { forecast: '1.15', expected_completion: '未达成' } }))).toEqual(['self_evaluation@2:expected_completion']);
    expect(messages(vary(CANAL, {}, { 1: { forecast: '88%', expected_completion: '未达成' } }))[0]).toBe(
      '第2行「灌溉保证率」全年预计完成88%，已达到指标值85%，却填是否能完成「不能」；请核对全年预计完成值或是否能完成。',
    );
  });
  it('能 while the forecast misses the target is reported in the clerk\'s word 能', () => {
    expect(messages(vary(CANAL, {}, { 0: { forecast: '55公里', expected_completion: '达成' } }))[0]).toContain('却填是否能完成「能」');
  });
  it('guard: a pick that agrees with the forecast, 不确定 either way, and a forecast in words stay quiet', () => {
    expect(review(vary(CANAL, {}, { 0: { forecast: '62', expected_completion: '达成' }, 1: { forecast: '80', expected_completion: '未达成' } }))).toEqual([]);
    expect(review(vary(CANAL, {}, { 0: { forecast: '62', expected_completion: '部分达成' }, 1: { forecast: '80', expected_completion: '部分达成' } }))).toEqual([]);
    expect(review(vary(CANAL, {}, { 0: { forecast: '预计能完成全年任务', expected_completion: '未达成' } }))).toEqual([]);
    // A forecast without a pick says nothing to contradict.
    expect(review(vary(CANAL, {}, { 0: { forecast: '40' } }))).toEqual([]);
  });
  it('the three stored values read as the column\'s words', () => {
    expect(CAN_COMPLETE_LABELS).toEqual({ 达成: '能', 部分达成: '不确定', 未达成: '不能' });
  });
});
