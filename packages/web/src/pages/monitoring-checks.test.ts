import { describe, expect, it } from 'vitest';
import { reportLights, type MonitoringIndicator, type MonitoringReport } from '@jixiao/core';
import { executedIssue, implementationPeriodLabel, monitoringGaps, monitoringRights, notMeasuredText, progressText, progressUnitIssue } from './monitoring-checks';

const row = (patch: Partial<MonitoringIndicator>): MonitoringIndicator => ({
  row: 0, level1: '产出指标', level2: '数量指标', name: '整治楼栋', comparator: '>=', target: '196', unit: '栋',
  cumulative: null, progress_value: null, expected_completion: null, deviation_reason: null, measures: null, ...patch,
});

const report = (patch: Partial<MonitoringReport>, indicators: MonitoringIndicator[] = []): MonitoringReport => ({
  fiscal_year: 2024, month: 7, org: null, project_code: null, project_name: '应急管理工作', budget_wan: 8, executed_wan: 7,
  deviation_reason: null, measures: null, expected_completion: null, indicators, ...patch,
});

describe('executedIssue', () => {
  it.each([
    ['more than the whole budget (元 in a 万元 box)', 1000, 3, true],
    ['exactly the budget', 3, 3, false],
    ['less than the budget', 2, 3, false],
    ['nothing entered yet', null, 3, false],
    ['no budget to compare with', 5, null, false],
    ['a zero budget', 5, 0, false],
  ] as const)('%s', (_name, executed, budget, flagged) => {
    expect(executedIssue(executed, budget) !== null).toBe(flagged);
  });
});

describe('progressUnitIssue', () => {
  it.each([
    ['a share under a count ceiling', '50%', '<=', '起', /是上限、以「起」计.*请按「起」填写/],
    ['a full-width percent sign under a ceiling', '50％', '<', '次', /是上限/],
    ['a share in words under a ceiling', '百分之五十', '<=', '起', /完成值「百分之五十」是百分比/],
    ['a share in words with its lead', '已完成百分之四十点五', '<', '起', /是百分比/],
    ['a count that mentions a rate', '完成12起，完成率50%', '<=', '起', null],
    ['an estimate', '约50%', '<=', '起', null],
    ['a share under a count floor, read as that share of the target', '50%', '>=', '栋', null],
    ['a share in words under a count floor, read alike', '百分之五十', '>=', '栋', null],
    ['a share under a count to reach exactly', '50%', '=', '幢', null],
    ['a share under a floor whose unit does not add up over the year', '50%', '>=', '元/人', /不要填百分比/],
    ['the count itself', '98', '<=', '栋', null],
    ['the count with its unit', '98栋', '>=', '栋', null],
    ['a rate under a rate', '96%', '>=', '%', null],
    ['a rate unit with words', '96%', '>=', '%完成', null],
    ['a qualitative row', '50%', 'qualitative', '栋', null],
    ['no comparator', '50%', null, '栋', null],
    ['no unit to compare', '50%', '<=', null, null],
    ['words that mention a share', '完成计划的50%左右', '<=', '栋', null],
    ['empty', null, '<=', '栋', null],
  ] as const)('%s', (_name, value, comparator, unit, expected) => {
    const issue = progressUnitIssue(value, comparator, unit, '安全事故');
    if (expected === null) expect(issue).toBeNull();
    else expect(issue).toMatch(expected);
  });
});

describe('monitoringGaps', () => {
  const gapsOf = (r: MonitoringReport) => monitoringGaps(r, reportLights(r));
  it.each([
    ['a complete green table has none', report({}, [row({ progress_value: '120' })]), []],
    ['no amount executed', report({ executed_wan: null }, [row({ progress_value: '120' })]), ['未填写 1至当月执行数']],
    ['an amount above the budget', report({ executed_wan: 1000 }, [row({ progress_value: '120' })]), ['超过年度预算']],
    ['a slow budget without a reason', report({ executed_wan: 1 }, [row({ progress_value: '120' })]), ['预算执行亮红灯，未填写偏差原因']],
    ['a slow budget with a reason', report({ executed_wan: 1, deviation_reason: '资金下达晚' }, [row({ progress_value: '120' })]), []],
    ['a red row without a reason', report({}, [row({ progress_value: '10' })]), ['第 1 行「整治楼栋」亮红灯，未填写偏差原因']],
    ['a red row with a reason', report({}, [row({ progress_value: '10', deviation_reason: '施工许可延后' })]), []],
    ['a row left empty', report({}, [row({})]), ['第 1 行「整治楼栋」未填写完成值']],
    ['a qualitative row judged by its pick', report({}, [row({ comparator: 'qualitative', target: '明显提升', unit: null, expected_completion: '达成' })]), []],
    ['a share under a count ceiling', report({}, [row({ comparator: '<=', target: '3', unit: '起', progress_value: '50%', deviation_reason: '—' })]), ['不要填百分比']],
    ['a share under a count floor is read, not flagged', report({}, [row({ progress_value: '50%', deviation_reason: '—' })]), []],
    // 已完成 on a row measured in 栋: no light, and no silent green for the project.
    ['words where a number is due', report({}, [row({ progress_value: '已完成' })]), ['无法判断进度']],
    // 满意度 surveyed at year end: stated, not missing, and not red.
    ['a row not measured yet, with its 预计', report({}, [row({ name: '服务对象满意度', comparator: '>=', target: '90', unit: '%', not_measured: '年底测评', forecast: '92%' })]), []],
    ['a row not measured yet without its 预计', report({}, [row({ not_measured: '未到测量期' })]), ['第 1 行「整治楼栋」标为「未到测量期」，未填写预计全年完成值']],
    ['a row marked but measured anyway is judged by its value', report({}, [row({ progress_value: '10', not_measured: '年底测评' })]), ['亮红灯，未填写偏差原因']],
  ] as const)('%s', (_name, r, expected) => {
    const gaps = gapsOf(r);
    expect(gaps).toHaveLength(expected.length);
    expected.forEach((text, i) => expect(gaps[i]).toContain(text));
  });
});

describe('monitoringRights', () => {
  it.each([
    ['unit_editor', true, false],
    // Finance answers the unit's table; it does not fill it in, returned or not.
    ['finance_reviewer', false, true],
    ['department_reviewer', false, true],
    ['evaluator', false, false],
    ['admin', false, false],
    [undefined, false, false],
  ] as const)('%s', (role, edit, review) => {
    expect(monitoringRights(role)).toEqual({ edit, review });
  });
});

describe('progressText', () => {
  it.each([
    ['>=', 'green', 88.89, '88.89%'],
    ['<=', 'green', -20, '未超上限'],
    ['<=', 'red', 120, '超出上限'],
    ['<=', 'none', null, '—'],
    ['>=', 'none', null, '—'],
  ] as const)('%s %s %s → %s', (cmp, light, progress, text) => {
    expect(progressText(cmp, light, progress)).toBe(text);
  });
});

describe('notMeasuredText', () => {
  it.each([
    ['a measured row', {}, null],
    ['year-end survey with 预计', { not_measured: '年底测评', forecast: ' 92% ' }, '年底测评（预计 92%）'],
    ['period not come, no 预计', { not_measured: '未到测量期', forecast: null }, '未到测量期（未填预计）'],
  ] as const)('%s', (_name, patch, text) => {
    expect(notMeasuredText(row(patch))).toBe(text);
  });
});

describe('the 实施期 of a table', () => {
  it.each([
    ['nothing stated', null, null, '全年（1—12月）'],
    ['1—12 stated', 1, 12, '全年（1—12月）'],
    ['started in 4月', 4, null, '4—12月'],
    ['a 跨年 project ending in 9月', null, 9, '1—9月'],
  ] as const)('reads %s as %s', (_l, start, end, want) => expect(implementationPeriodLabel(start, end)).toBe(want));

  it.each([
    ['a start after the end is a gap, said first', { start_month: 10, end_month: 3 }, /^项目实施期的起始月（10月）晚于结束月（3月）/],
    ['a project started in 4月 is none', { start_month: 4 }, null],
  ] as const)('%s', (_l, own, want) => {
    const r = report({ budget_wan: 900, executed_wan: 250, month: 6, ...own });
    const gaps = monitoringGaps(r, reportLights(r));
    if (want) expect(gaps[0]).toMatch(want);
    else expect(gaps).toEqual([]);
  });

  it('turns a project started in 4月 from red to green on the page, as the server lights it', () => {
    const lit = (own: Partial<MonitoringReport>) => reportLights(report({ budget_wan: 900, executed_wan: 250, month: 6, ...own })).budget.light;
    expect([lit({}), lit({ start_month: 4 })]).toEqual(['red', 'green']);
  });
});
