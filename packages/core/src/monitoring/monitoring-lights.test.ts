import { describe, expect, it } from 'vitest';
import { makePolicy } from '../policy/policy';
import { keyMonitoring, monitorProject, type MonitoredProject } from './key-monitoring';
import { budgetLight, indicatorLight, isCumulativeUnit, projectLight, type Light } from './monitoring-lights';
import { monitoringReportSchema, reportLights } from './monitoring-report';

describe('budgetLight', () => {
  const cases: Array<[string, number | null, number | null, number, Light, number | null]> = [
    ['on plan at mid-year', 50, 100, 6, 'green', 100],
    ['exactly 80', 40, 100, 6, 'green', 80],
    ['yellow just below 80', 39.99, 100, 6, 'yellow', 79.98],
    ['exactly 60 is yellow', 30, 100, 6, 'yellow', 60],
    ['red below 60', 29, 100, 6, 'red', 58],
    ['over plan stays green', 100, 100, 6, 'green', 200],
    ['July', 50, 120, 7, 'yellow', 71.43],
    ['no budget', 10, null, 6, 'none', null],
    ['zero budget', 10, 0, 6, 'none', null],
    ['no execution', null, 100, 6, 'none', null],
    ['bad month', 10, 100, 13, 'none', null],
  ];
  it.each(cases)('%s', (_l, executed, budget, month, light, progress) => {
    const r = budgetLight({ executed, budget, month });
    expect(r.light).toBe(light);
    expect(r.progress).toBe(progress);
    expect(r.explanation.length).toBeGreaterThan(5);
  });
});

describe('indicatorLight', () => {
  const cases: Array<[string, Parameters<typeof indicatorLight>[0], Light, number | null]> = [
    ['cumulative count on plan', { comparator: '>=', target: '12', actual: '6', unit: '次', month: 6 }, 'green', 100],
    ['cumulative count behind', { comparator: '>=', target: '12', actual: '3', unit: '次', month: 6 }, 'red', 50],
    ['cumulative count yellow', { comparator: '>=', target: '100', actual: '35', unit: '人', month: 6 }, 'yellow', 70],
    ['cumulative count ahead', { comparator: '>=', target: '12', actual: '9', unit: '次', month: 6 }, 'blue', 150],
    ['just below blue', { comparator: '>=', target: '100', actual: '59.5', unit: '人', month: 6 }, 'green', 119],
    ['rate non-cumulative', { comparator: '>=', target: '95', actual: '90%', unit: '%', month: 6 }, 'green', 94.74],
    ['rate low', { comparator: '>=', target: '95', actual: '50', unit: '%', month: 6 }, 'red', 52.63],
    ['explicit cumulative overrides unit', { comparator: '>=', target: '95', actual: '50', unit: '%', cumulative: true, month: 6 }, 'green', 105.26],
    ['equal treated as >=', { comparator: '=', target: 4, actual: 2, unit: '个', month: 6 }, 'green', 100],
    ['<= within', { comparator: '<=', target: '48', actual: '30', unit: '小时', month: 6 }, 'green', 62.5],
    ['<= exceeded', { comparator: '<=', target: '48', actual: '50', unit: '小时', month: 6 }, 'red', 104.17],
    ['< at target is red', { comparator: '<', target: '5', actual: '5', unit: '起', month: 6 }, 'red', 100],
    ['qualitative 达成', { comparator: 'qualitative', target: '有效', actual: null, month: 6, choice: '达成' }, 'green', null],
    ['qualitative 部分达成', { comparator: 'qualitative', target: '有效', actual: null, month: 6, choice: '部分达成' }, 'yellow', null],
    ['qualitative 未达成', { comparator: 'qualitative', target: '有效', actual: null, month: 6, choice: '未达成' }, 'red', null],
    ['qualitative without pick', { comparator: 'qualitative', target: '有效', actual: null, month: 6 }, 'none', null],
    ['reference target', { comparator: '<=', target: '预算控制数', actual: '10', month: 6 }, 'none', null],
    ['no actual', { comparator: '>=', target: '10', actual: null, month: 6 }, 'none', null],
    ['target 0', { comparator: '>=', target: '0', actual: '0', unit: '次', month: 6 }, 'green', null],
  ];
  it.each(cases)('%s', (_l, input, light, progress) => {
    const r = indicatorLight(input);
    expect(r.light).toBe(light);
    expect(r.progress).toBe(progress);
    expect(r.explanation).not.toBe('');
  });

  it('cumulative units', () => {
    expect([isCumulativeUnit('次'), isCumulativeUnit('人次'), isCumulativeUnit('%'), isCumulativeUnit('天'), isCumulativeUnit(null)]).toEqual([true, true, false, false, false]);
  });

  it('follows policy thresholds', () => {
    const p = makePolicy({ monitoring: { red: 50, yellow: 70, blue: 110, keyBudgetWan: 200, keyProgress: 60, periods: [6] } });
    expect(indicatorLight({ comparator: '>=', target: '100', actual: '55', unit: '%', month: 6 }, p).light).toBe('yellow');
    expect(indicatorLight({ comparator: '>=', target: '100', actual: '111', unit: '%', month: 6 }, p).light).toBe('blue');
  });
});

describe('projectLight', () => {
  const cases: Array<[Light[], Light]> = [
    [['green', 'blue'], 'green'],
    [['blue', 'blue'], 'green'],
    [['green', 'yellow', 'blue'], 'yellow'],
    [['yellow', 'red', 'green'], 'red'],
    [['none', 'green'], 'green'],
    [['none'], 'none'],
    [[], 'none'],
  ];
  it.each(cases)('%j → %s', (lights, light) => {
    expect(projectLight(lights).light).toBe(light);
  });
});

describe('keyMonitoring', () => {
  const base: MonitoredProject = { id: 'p', name: '项目', budgetWan: 100, executedWan: 50, month: 6, indicators: [] };
  it.each([
    ['green small project not listed', base, false],
    ['red indicator listed', { ...base, indicators: [{ comparator: '>=', target: '12', actual: '1', unit: '次' }] }, true],
    ['large and slow listed', { ...base, budgetWan: 300, executedWan: 80 }, true],
    ['large and on plan not listed', { ...base, budgetWan: 300, executedWan: 150 }, false],
    ['exactly 200 万元 and slow listed', { ...base, budgetWan: 200, executedWan: 50 }, true],
    ['small and slow (red budget) listed', { ...base, budgetWan: 100, executedWan: 20 }, true],
  ] as Array<[string, MonitoredProject, boolean]>)('%s', (_l, p, listed) => {
    const list = keyMonitoring([p]);
    expect(list.length === 1).toBe(listed);
    if (listed) {
      expect(list[0]!.options).toEqual(['暂缓拨款', '停止拨款', '继续拨款']);
      expect(list[0]!.reasons.length).toBeGreaterThan(0);
    }
  });

  it('monitorProject gives every light', () => {
    const r = monitorProject({ ...base, indicators: [{ comparator: '>=', target: '95', actual: '96', unit: '%' }, { comparator: 'qualitative', target: '好', actual: null, choice: '部分达成' }] });
    expect([r.budget.light, ...r.indicators.map((i) => i.light), r.project.light]).toEqual(['green', 'green', 'yellow', 'yellow']);
  });
});

describe('MonitoringReport', () => {
  it('parses a report and computes its lights', () => {
    const report = monitoringReportSchema.parse({
      fiscal_year: 2024, month: 6, project_name: '目标绩效督查营商管理经费', budget_wan: 40.73, executed_wan: 10,
      deviation_reason: '部分工作延后', measures: '加快支付', expected_completion: '预计年底全部完成',
      indicators: [
        { name: '月度、季度、年度目标考核', comparator: '>=', target: '12', unit: '次', progress_value: '6', expected_completion: '达成' },
        { name: '督办效果', comparator: 'qualitative', target: '落地生效', expected_completion: '部分达成', deviation_reason: '个别事项滞后', measures: '加强督办' },
      ],
    });
    const r = reportLights(report);
    expect(r.budget.light).toBe('red');
    expect(r.indicators.map((i) => i.light)).toEqual(['green', 'yellow']);
    expect(r.project.light).toBe('red');
  });

  it('rejects a month outside 1–12', () => {
    expect(monitoringReportSchema.safeParse({ fiscal_year: 2024, month: 13, project_name: 'x' }).success).toBe(false);
    expect(monitoringReportSchema.safeParse({ fiscal_year: 2024, month: 0, project_name: 'x' }).success).toBe(false);
  });
});
