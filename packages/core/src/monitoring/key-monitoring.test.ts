import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../policy/policy';
import { FUNDING_DECISIONS, keyMonitoring, monitorProject, type MonitoredProject } from './key-monitoring';

const project = (id: string, budgetWan: number | null, executedWan: number | null, month: number, indicators: MonitoredProject['indicators'] = []): MonitoredProject =>
  ({ id, name: `项目${id}`, budgetWan, executedWan, month, indicators });
const listed = (ps: MonitoredProject[], policy = makePolicy({})) => keyMonitoring(ps, policy).map((e) => e.id);
// With the red light at 50, a project between 50 and 60 is yellow, so only the 200 万元 rule can list it.
const red50 = makePolicy({ monitoring: { red: 50 } });

describe('重点监控 (rules.md §4)', () => {
  it.each([
    ['any red project, however small', [project('a', 50, 10, 12)], makePolicy({}), ['a']],
    ['a yellow small project is not listed', [project('a', 50, 35, 12)], makePolicy({}), []],
    ['a green large project is not listed', [project('a', 500, 450, 12)], makePolicy({}), []],
    ['budget exactly 200 万元 below 60 → listed', [project('a', 200, 110, 12)], red50, ['a']],
    ['budget 199.99 万元 below 60 → not listed', [project('a', 199.99, 109.99, 12)], red50, []],
    ['budget 200 万元 at exactly 60 → not listed', [project('a', 200, 120, 12)], red50, []],
    ['budget 200 万元 at 59.99 → listed', [project('a', 200, 119.98, 12)], red50, ['a']],
    ['exactly 60 in July (420 of 1200) → not listed', [project('a', 1200, 420, 7)], red50, []],
    // Progress is the budget light's, against the time share: 35% spent by June is 70% of plan.
    ['35% spent by June is 70 of plan → not listed', [project('a', 400, 140, 6)], red50, []],
    ['a red indicator lists the project', [project('a', 100, 90, 12, [{ comparator: '>=', target: '12', actual: '3', unit: '次' }])], makePolicy({}), ['a']],
    ['no budget and nothing red → not listed', [project('a', null, null, 6)], makePolicy({}), []],
    ['policy: 100 万元 and progress 70', [project('a', 150, 97.5, 12), project('b', 99, 60, 12), project('c', 150, 105, 12)], makePolicy({ monitoring: { red: 50, keyBudgetWan: 100, keyProgress: 70 } }), ['a']],
  ] as Array<[string, MonitoredProject[], ReturnType<typeof makePolicy>, string[]]>)('%s', (_l, ps, policy, ids) => {
    expect(listed(ps, policy)).toEqual(ids);
  });

  it('each entry offers 暂缓/停止拨款, says why in Chinese and carries the budget progress', () => {
    const [e] = keyMonitoring([project('a', 300, 30, 12)]);
    expect(e).toMatchObject({ id: 'a', light: 'red', budgetProgress: 10, options: FUNDING_DECISIONS });
    expect(e!.options).toEqual(expect.arrayContaining(['暂缓拨款', '停止拨款']));
    expect(e!.reasons).toHaveLength(2);
    for (const r of e!.reasons) expect(r).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says why in one plain sentence each: the red lights by name, the slow budget with its %', () => {
    const [e] = keyMonitoring([project('a', 300, 30, 12, [{ name: '培训人次', comparator: '>=', target: '12', actual: '3', unit: '次' }, { name: '合格率', comparator: '>=', target: '90', actual: '90', unit: '%' }])]);
    expect(e!.reasons).toEqual(['项目亮红灯：红灯为「预算执行」、「培训人次」', '预算300万元（200万元及以上），预算执行进度10%，低于60%']);
    // Guard: a green row is not named, and a small red project has no budget reason.
    const [small] = keyMonitoring([project('b', 50, 10, 12)]);
    expect(small!.reasons).toEqual(['项目亮红灯：红灯为「预算执行」']);
  });

  it('the project light is the worst light, budget included, blue counting as green', () => {
    const ahead = [{ comparator: '>=' as const, target: '12', actual: '12', unit: '次' }];
    expect(monitorProject(project('a', 100, 10, 6, ahead)).project.light).toBe('red');
    expect(monitorProject(project('a', 100, 50, 6, ahead)).project.light).toBe('green');
    expect(monitorProject(project('a', null, null, 6, ahead)).project.light).toBe('green');
  });

  it('lists exactly the red projects and the large slow ones', () => {
    const p = fc.record({
      budget: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1000, noNaN: true })),
      executed: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1000, noNaN: true })),
      month: fc.integer({ min: 1, max: 12 }),
      actual: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(fc.property(fc.array(p, { maxLength: 6 }), (rows) => {
      const ps = rows.map((r, i) => project(String(i), r.budget, r.executed, r.month, [{ comparator: '>=', target: '12', actual: String(r.actual), unit: '次' }]));
      const got = new Set(listed(ps, red50));
      return ps.every((x) => {
        const m = monitorProject(x, red50);
        const slow = x.budgetWan != null && x.budgetWan >= 200 && m.budget.progress != null && m.budget.progress < 60;
        return got.has(x.id) === (m.project.light === 'red' || slow);
      });
    }), { numRuns: 300 });
  });
});
