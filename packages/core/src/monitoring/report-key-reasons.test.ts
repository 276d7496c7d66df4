import { describe, expect, it } from 'vitest';
import { monitoringReportSchema, reportKeyReasons, reportLights } from './monitoring-report';

const row = (name: string, target: string, progress: string) => ({ name, comparator: '>=', target, unit: '人', progress_value: progress, cumulative: true });
const report = (budget: number, executed: number, rows: ReturnType<typeof row>[]) =>
  monitoringReportSchema.parse({ fiscal_year: 2026, month: 6, project_name: '培训项目', budget_wan: budget, executed_wan: executed, indicators: rows });

describe('reportKeyReasons: why a stored report is on the 重点监控 list', () => {
  it.each([
    ['on track: not listed', report(50, 25, [row('培训人数', '100', '50')]), []],
    ['the budget red, the rows on track: the budget named', report(50, 5, [row('培训人数', '100', '50')]), ['「预算执行」']],
    ['two red rows, the budget on track: both named in row order', report(50, 25, [row('培训人数', '100', '5'), row('结业人数', '100', '50'), row('发证人数', '100', '2')]), ['「培训人数」', '「发证人数」']],
    ['a large budget spent slowly: the rule and the figures', report(800, 120, [row('培训人数', '100', '50')]), ['预算800万元']],
  ] as const)('%s', (_label, r, says) => {
    const reasons = reportKeyReasons(r);
    if (says.length === 0) {
      expect(reasons).toEqual([]);
      return;
    }
    expect(reasons.length).toBeGreaterThan(0);
    const text = reasons.join('；');
    for (const s of says) expect(text).toContain(s);
    // The rows on track are never named as red.
    expect(text).not.toContain('「结业人数」');
    // A red project always gives a reason.
    if (reportLights(r).project.light === 'red') expect(reasons[0]).toMatch(/^项目亮红灯/);
  });
});
