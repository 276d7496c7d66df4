import { describe, expect, it } from 'vitest';
import { indicatorLight } from '../monitoring/monitoring-lights';
import type { MonitoringReport } from '../monitoring/monitoring-report';
import { makePolicy } from '../policy/policy';
import { reviewMonitoringReport } from './check-monitoring';
import { mrow, report, vary } from './held-out-forms/monitoring-case-types';

/**
 * Held-out whole forms set 59F (session 26, monitoring tables): the rules built after measuring, with guards, in areas the
 * set does not hold (区政务服务热线 运营 2025 年 1–7 月, 区河道保洁 2026 年 1–8 月).
 */
const policy = makePolicy({});
const codes = (r: MonitoringReport) => reviewMonitoringReport(r, policy).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

// 1–7 月: the time share is 7/12; 186 of 420 万元 is 75.9% of plan (yellow), 245 of 420 is 100% (green).
const HOTLINE = report({
  fiscal_year: 2025, month: 7, org: '区政务服务中心', project_name: '政务服务便民热线运营', budget_wan: 420, executed_wan: 245, execution_rate: 58.33,
  indicators: [
    mrow('产出指标', '数量指标', '受理群众诉求', '>=', '96000', '件', '61000'),
    mrow('产出指标', '质量指标', '诉求按时办结率', '>=', '95', '%', '97'),
    mrow('产出指标', '时效指标', '工单派发时限', '<=', '2', '小时', '1.5'),
    mrow('效益指标', '社会效益指标', '日均接听来电', '>=', '800', '个', '860'),
    mrow('满意度指标', '服务对象满意度指标', '来电群众满意度', '>=', '90', '%', null, { not_measured: '年底测评', forecast: '预计达到92%' }),
  ],
});
const SLOW = { executed_wan: 186, execution_rate: 44.29 };

describe('whole forms set 59F: a red or yellow light owes a 偏差原因 and a 纠偏措施', () => {
  it('a placeholder, a compliance phrase or a blank is no cause; a cause without measures is asked for its measures', () => {
    expect(codes(vary(HOTLINE, { ...SLOW, deviation_reason: '暂无' }))).toEqual(['self_evaluation@-:deviation_reason']);
    expect(codes(vary(HOTLINE, { ...SLOW, deviation_reason: '严格按照预算执行，资金使用规范', measures: '加快支出' }))).toEqual(['self_evaluation@-:deviation_reason']);
    expect(codes(vary(HOTLINE, { ...SLOW, deviation_reason: '话务外包合同按季度结算，二季度费用8月支付', measures: '无' }))).toEqual(['self_evaluation@-:measures']);
    expect(codes(vary(HOTLINE, {}, { 0: { progress_value: '30000' } }))).toEqual(['self_evaluation@0:deviation_reason']);
  });
  it('guard: green, blue and unmeasured rows owe nothing; a cause and measures in the unit\'s words are enough', () => {
    expect(codes(HOTLINE)).toEqual([]);
    expect(codes(vary(HOTLINE, {}, { 0: { progress_value: '90000' } }))).toEqual([]);
    expect(codes(vary(HOTLINE, { ...SLOW, deviation_reason: '话务外包合同按季度结算，二季度费用8月支付', measures: '8月支付二季度费用，三季度起按月结算' }))).toEqual([]);
  });
});

describe('whole forms set 59F: the budget figures against each other', () => {
  it('a 执行率 that 执行数 ÷ 预算 does not give, and 执行数 above the budget, are budget_arithmetic', () => {
    expect(codes(vary(HOTLINE, { execution_rate: 85.33 }))).toEqual(['budget_arithmetic@-:execution_rate']);
    expect(codes(vary(HOTLINE, { executed_wan: 430, execution_rate: 102.38 }))).toEqual(['budget_arithmetic@-:executed_wan']);
  });
  it('guard: a rate rounded to the digits written, no rate at all, or the whole budget spent, stay quiet', () => {
    expect(codes(vary(HOTLINE, { execution_rate: 58.3 }))).toEqual([]);
    expect(codes(vary(HOTLINE, { execution_rate: 58 }))).toEqual([]);
    expect(codes(vary(HOTLINE, { execution_rate: null }))).toEqual([]);
    expect(codes(vary(HOTLINE, { executed_wan: 420, execution_rate: 100 }))).toEqual([]);
  });
});

// 河道保洁 1–8 月: 保洁面积 in 万平方米 builds up; 水质达标率 is a rate that can still fall.
const RIVER = report({
  fiscal_year: 2026, month: 8, org: '区河道管理所', project_name: '河道保洁', budget_wan: 132, executed_wan: 90, execution_rate: 68.18,
  indicators: [
    mrow('产出指标', '数量指标', '河道保洁面积', '>=', '1,250', '万平方米', '860'),
    mrow('产出指标', '数量指标', '打捞水面漂浮物', '>=', '2400', '吨', '1650'),
    mrow('效益指标', '生态效益指标', '断面水质达标率', '>=', '90', '%', '93'),
    mrow('成本指标', '经济成本指标', '保洁单价', '<=', '0.1', '元/平方米', '0.098'),
  ],
});

describe('whole forms set 59F: 是否能完成 against the row\'s own figures', () => {
  it('达成 with a 全年预计 short of the target (or above a ceiling), and a running total past the target marked behind, are reported', () => {
    expect(codes(vary(RIVER, {}, { 1: { forecast: '2,300吨', expected_completion: '达成' } }))).toEqual(['self_evaluation@1:expected_completion']);
    expect(codes(vary(RIVER, {}, { 3: { forecast: '0.12', expected_completion: '达成' } }))).toEqual(['self_evaluation@3:expected_completion']);
    expect(codes(vary(RIVER, {}, { 0: { progress_value: '1260', expected_completion: '未达成' } }))).toEqual(['self_evaluation@0:expected_completion']);
  });
  it('guard: a rate above target marked 部分达成, a ceiling kept so far marked 未达成, a forecast in words or another unit, stay quiet', () => {
    expect(codes(vary(RIVER, {}, { 2: { expected_completion: '部分达成' } }))).toEqual([]);
    expect(codes(vary(RIVER, {}, { 3: { expected_completion: '未达成' } }))).toEqual([]);
    expect(codes(vary(RIVER, {}, { 1: { forecast: '预计可完成全年任务', expected_completion: '达成' } }))).toEqual([]);
    expect(codes(vary(RIVER, {}, { 0: { forecast: '0.13亿平方米', expected_completion: '达成' } }))).toEqual([]);
    expect(codes(vary(RIVER, {}, { 0: { forecast: '1250', expected_completion: '达成' }, 3: { forecast: '0.1', expected_completion: '达成' } }))).toEqual([]);
  });
});

describe('whole forms set 59F: an average per day or week is a level, not a running total', () => {
  it('日均/周均/平均每日 rows compare 1至当月 with the target itself; a plain count still prorates', () => {
    const at = (name: string, actual: string) => indicatorLight({ comparator: '>=', target: '800', unit: '个', actual, month: 6, name }).light;
    expect(at('日均接听来电', '860')).toBe('green');
    expect(at('公交日均客运量', '620')).toBe('yellow');
    expect(at('周均巡查', '860')).toBe('green');
    expect(at('平均每日处理工单', '860')).toBe('green');
    expect(at('接听来电', '860')).toBe('blue');
    expect(at('节假日均衡排班', '860')).toBe('blue');
  });
});
