import { describe, expect, it } from 'vitest';
import { budgetLight } from './budget-light';
import { indicatorLight } from './monitoring-lights';
import { monitoringReportSchema, reportKeyReasons, reportLights } from './monitoring-report';
import { monthsRun, ownMonths, ownMonthsIssue } from './own-months';

describe('ownMonths', () => {
  it.each([
    [4, null, { start: 4, end: 12 }],
    [null, 9, { start: 1, end: 9 }],
    [1, 12, null],
    [null, null, null],
    [9, 4, null],
    [0, 12, null],
    [4.5, 12, null],
  ] as const)('start %s end %s', (start, end, want) => expect(ownMonths(start, end)).toEqual(want));
});

describe('monthsRun', () => {
  it.each([
    [6, 4, 12, 3, 9],
    [3, 4, 12, 0, 9],
    [12, 1, 9, 9, 9],
    [6, 1, 6, 6, 6],
  ])('month %i of %i–%i', (month, start, end, run, length) => expect(monthsRun(month, { start, end })).toEqual({ run, length }));
});

describe('a project of its own months', () => {
  it.each([
    ['started in 4月, 250 of 900 by June', { executed: 250, budget: 900, month: 6, startMonth: 4 }, 'green', 83.33],
    ['the whole year, 250 of 900 by June', { executed: 250, budget: 900, month: 6 }, 'red', 55.56],
    ['ends in 6月, 150 of 300 by June', { executed: 150, budget: 300, month: 6, endMonth: 6 }, 'red', 50],
    ['a plan share wins over the own months', { executed: 250, budget: 900, month: 6, startMonth: 4, expectedShare: 50 }, 'red', 55.56],
    ['not begun by the report month', { executed: 0, budget: 900, month: 3, startMonth: 4 }, 'none', null],
  ] as const)('%s', (_l, input, light, progress) => {
    const r = budgetLight(input);
    expect([r.light, r.progress]).toEqual([light, progress]);
    expect(r.explanation).toMatch(/[\u4e00-\u9fff]/);
  });
  it('prorates a count by the months run, but not a value naming a later period', () => {
    expect(indicatorLight({ comparator: '>=', target: '12', actual: '5', unit: '次', month: 6, startMonth: 4 }).progress).toBe(125);
    expect(indicatorLight({ comparator: '>=', target: '12', actual: '7-9月完成3次', unit: '次', month: 9, startMonth: 4 }).progress).toBe(100);
  });
});

describe('ownMonthsIssue: a clerk\'s 实施期', () => {
  it.each([
    ['blank: the whole year', null, null, null],
    ['a start only', 4, undefined, null],
    ['an end only', null, 9, null],
    ['one month', 6, 6, null],
    ['a start after the end', 10, 3, /起始月（10月）晚于结束月（3月）.*10—12 月/],
    ['month 13', 13, null, /起始月应为 1 至 12.*「13」/],
    ['month 0 as end', null, 0, /结束月应为 1 至 12/],
    ['a fraction', 4.5, 12, /起始月应为 1 至 12/],
  ] as const)('%s', (_l, start, end, want) => {
    const issue = ownMonthsIssue(start, end);
    if (want === null) expect(issue).toBeNull();
    else expect(issue).toMatch(want);
  });
});

describe('a stored report of its own months', () => {
  const report = (own: object) => monitoringReportSchema.parse({ fiscal_year: 2026, month: 6, project_name: '某项目', budget_wan: 900, executed_wan: 250, ...own });
  it.each([
    ['the whole year (tables stored before)', {}, 'red', 55.56],
    ['started in 4月', { start_month: 4 }, 'green', 83.33],
    ['starts in 7月, after the report month', { start_month: 7, end_month: 12 }, 'none', null],
  ] as const)('%s', (_l, own, light, progress) => {
    const r = reportLights(report(own));
    expect([r.budget.light, r.budget.progress]).toEqual([light, progress]);
  });
  it('leaves the 重点监控 list when the months run say it is on plan', () => {
    expect(reportKeyReasons(report({}))).not.toEqual([]);
    expect(reportKeyReasons(report({ start_month: 4 }))).toEqual([]);
  });
});
