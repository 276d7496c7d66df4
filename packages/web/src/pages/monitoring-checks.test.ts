import { describe, expect, it } from 'vitest';
import { reportLights, type MonitoringReport } from '@jixiao/core';
import { sampleMonitoringReport, sampleMonitoringRow } from './sample-monitoring-report';
import { implementationPeriodLabel, monitoringRights, notMeasuredText, progressText, progressUnitIssue } from './monitoring-checks';

const row = sampleMonitoringRow;
const report = sampleMonitoringReport;

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

  it('turns a project started in 4月 from red to green on the page, as the server lights it', () => {
    const lit = (own: Partial<MonitoringReport>) => reportLights(report({ budget_wan: 900, executed_wan: 250, month: 6, ...own })).budget.light;
    expect([lit({}), lit({ start_month: 4 })]).toEqual(['red', 'green']);
  });
});
