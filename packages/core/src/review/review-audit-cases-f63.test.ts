import { describe, expect, it } from 'vitest';
import type { MonitoringReport } from '../monitoring/monitoring-report';
import { reportLights } from '../monitoring/monitoring-report';
import { makePolicy } from '../policy/policy';
import { reviewMonitoringReport } from './check-monitoring';
import { givesNoCause } from './gives-no-cause';
import { mrow, report, vary } from './held-out-forms/monitoring-case-types';

/**
 * Held-out whole forms set 63F (session 27, 运行监控表 with 全年预计 and 是否能完成 on every row): the rules changed after
 * measuring, with guards, in areas the set does not hold (区老年助餐服务补贴 2026 年 1—8 月, 农村公路养护 begun in 10月).
 */
const policy = makePolicy({});
const codes = (r: MonitoringReport) => reviewMonitoringReport(r, policy).map((f) => `${f.code}@${f.row ?? '-'}:${f.field ?? ''}`);

// 1—8 月 of a whole-year project: 助餐服务 builds up (96000 × 8/12 = 64000 人次 due); 30000 is red.
const MEALS = report({
  fiscal_year: 2026, month: 8, org: '区民政局', project_name: '老年助餐服务补贴', budget_wan: 150, executed_wan: 100, execution_rate: 66.67,
  indicators: [
    mrow('产出指标', '数量指标', '提供老年助餐服务', '>=', '96000', '人次', '66000'),
    mrow('产出指标', '质量指标', '助餐点食品安全检查合格率', '=', '100', '%', '100'),
    mrow('满意度指标', '服务对象满意度指标', '就餐老人满意度', '>=', '90', '%', null, { not_measured: '年底测评' }),
  ],
});
const SLOW_MEALS = { progress_value: '30000', measures: '9月起新增4个社区助餐点，开通送餐上门服务' };

describe('whole forms set 63F: a 偏差原因分析 heading alone is no cause', () => {
  it('the template\'s headings, ticked or named, with nothing of the unit\'s own, give no cause', () => {
    for (const heading of ['资金保障', '☑人员保障', '√制度保障；□其他', '硬件条件保障：', '其它原因', '■经费保障 □制度保障 □人员保障 □硬件条件 □其他', '经费保障：无', '其他（请说明）：', '经费保障：严格按照预算执行，资金使用规范']) {
      expect(givesNoCause(heading), heading).toBe(true);
    }
    expect(codes(vary(MEALS, {}, { 0: { ...SLOW_MEALS, deviation_reason: '☑硬件条件 □其他' } }))).toEqual(['self_evaluation@0:deviation_reason']);
  });
  it('guard: a heading followed by the cause, or a cause that uses the words, is a cause', () => {
    for (const cause of [
      '人员保障：2名专职厨师7月离职，新招聘人员9月到岗', '硬件条件：中央厨房设备检修停产15天', '经费保障不到位，市级补助资金8月才下达',
      '其他街道的助餐点尚未开业，老人集中到本街道就餐', '☑经费保障 说明：上半年补贴按季度结算，二季度补贴7月拨付', '人员不足',
    ]) expect(givesNoCause(cause), cause).toBe(false);
    expect(codes(vary(MEALS, {}, { 0: { ...SLOW_MEALS, deviation_reason: '硬件条件：中央厨房设备检修停产15天' } }))).toEqual([]);
    expect(codes(MEALS)).toEqual([]);
  });
});

// 农村公路养护, to begin in 10月 once the harvest is in: by 8月 nothing of its count is due.
const ROADS = report({
  fiscal_year: 2026, month: 8, start_month: 10, project_name: '农村公路养护', budget_wan: 90, executed_wan: 0,
  indicators: [
    mrow('产出指标', '数量指标', '养护农村公路里程', '>=', '120', '公里', '0'),
    mrow('产出指标', '质量指标', '养护工程验收合格率', '=', '100', '%', null, { not_measured: '未到测量期' }),
  ],
});

describe('whole forms set 63F: a count of a project whose own months have not begun is unlit', () => {
  it('nothing due yet: row, budget and project have no light, and the table owes no reason', () => {
    const l = reportLights(ROADS, policy);
    expect([l.budget.light, l.indicators[0]!.light, l.project.light]).toEqual(['none', 'none', 'none']);
    expect(l.indicators[0]!.explanation).toContain('尚未开始');
    expect(codes(ROADS)).toEqual([]);
  });
  it('guard: once begun it counts by its own months; a whole-year project at 0 by 8月 is red', () => {
    // Begun in 5月: 4 of 8 months run, 60 公里 due; 30 is 50, red.
    expect(reportLights(vary(ROADS, { start_month: 5 }, { 0: { progress_value: '30' } }), policy).indicators[0]!.light).toBe('red');
    expect(reportLights(vary(ROADS, { start_month: 5 }, { 0: { progress_value: '60' } }), policy).indicators[0]!.light).toBe('green');
    expect(reportLights(vary(ROADS, { start_month: null }), policy).indicators[0]!.light).toBe('red');
  });
});
