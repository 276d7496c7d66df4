import { describe, expect, it } from 'vitest';
import { indicatorLight, type Light } from './monitoring-lights';
import { monitoringReportSchema, reportLights } from './monitoring-report';

describe('a row not measured yet (年底测评, 未到测量期)', () => {
  const satisfaction = { comparator: '>=' as const, target: '90', unit: '%', month: 7, name: '服务对象满意度' };
  const cases: [label: string, actual: string | null, notMeasured: string | null, forecast: string | null, light: Light, says: string][] = [
    ['blank, year-end survey, with a forecast', null, '年底测评', '92%', 'none', '预计全年完成「92%」'],
    ['blank, period not come, no forecast', '', '未到测量期', null, 'none', '请填写预计全年完成值'],
    ['blank and not marked: still a gap, not judged as measured', null, null, null, 'none', ''],
    ['a value written anyway is judged', '50%', '年底测评', '92%', 'red', ''],
    ['a value written anyway is judged (green)', '95%', '未到测量期', null, 'green', ''],
  ];
  it.each(cases)('%s', (_l, actual, notMeasured, forecast, light, says) => {
    const r = indicatorLight({ ...satisfaction, actual, notMeasured, forecast });
    expect(r.light).toBe(light);
    if (says) expect(r.explanation).toContain(says);
    if (notMeasured && light === 'none') expect(r.explanation).toContain(`「${notMeasured}」`);
  });

  it('a stored report without the new fields still parses, and one with them keeps them and lights none, not red', () => {
    const base = { fiscal_year: 2026, month: 7, project_name: '社区服务项目', budget_wan: 10, executed_wan: 7 };
    const row = { name: '服务对象满意度', comparator: '>=', target: '90', unit: '%' };
    const old = monitoringReportSchema.parse({ ...base, indicators: [row] });
    expect(old.indicators[0]?.not_measured).toBeUndefined();
    const marked = monitoringReportSchema.parse({ ...base, indicators: [{ ...row, not_measured: '年底测评', forecast: '92%' }] });
    expect(marked.indicators[0]).toMatchObject({ not_measured: '年底测评', forecast: '92%' });
    const lights = reportLights(marked);
    expect([lights.indicators[0]?.light, lights.project.light]).toEqual(['none', 'green']);
    expect(monitoringReportSchema.safeParse({ ...base, indicators: [{ ...row, not_measured: '以后再说' }] }).success).toBe(false);
  });
});
