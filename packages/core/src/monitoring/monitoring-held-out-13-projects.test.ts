/**
 * Held-out round 13 (session 24), projects: the budget execution light of 双监控 sheets (budget and indicator lights on
 * one sheet) at 1–3月 and 1–10月, projects whose money arrives late, a heating season's 2026 part, the roll-up and
 * 重点监控 at the 200 万元 edge, over the units of monitoring-held-out-13.test.ts. Written from rules.md §4 before the
 * monitoring code was read; indicator rows reuse that file's wordings.
 *
 * Readings: budget progress = executed ÷ budget ÷ m/12 (the budget light has no blue; exactly 60 is yellow, exactly 80
 * green). Money that arrives late (资金5月才下达) changes nothing by itself: with no 资金支出计划 share and no months of
 * the project's own, the time share is m/12 and a project that has spent little is red (the lateness is the reason a
 * person records, not a light); with a 资金支出计划 share (percent of the budget planned by the month) progress is against
 * it (0 → the time share, round 4); with months of its own (started in 6月) against the months run of them (round 12).
 * A heating project whose 2026 part is 1–3月 is measured against its own three months. 重点监控 lists every red project
 * and every project of ≥ 200 万元 below the key progress (60); at 200 exactly it counts, at 199.99 it does not (only
 * visible under a policy whose red line is below 60, since below 60 is otherwise red anyway).
 *
 * First measured (before the monitoring code was read, 2026-11-25 01:24 UTC): 47 cases (9 budget lights, 20 projects'
 * budget light and roll-up, 15 重点监控 cases, the exact red list and two 200 万元 edges under a red line of 50), all
 * passed; the step 2 changes of monitoring-held-out-13.test.ts left them passing.
 */
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../policy/policy';
import { budgetLight, type Light } from './monitoring-lights';
import { keyMonitoring, type MonitoredProject } from './key-monitoring';
import { describeProjects, projectBuilder, projectRow, type ProjectCase } from './held-out-project-cases';
import { gte, lte, qual } from './held-out-light-cases';

const ind = projectRow;
const project = projectBuilder(2026);
const own = (p: MonitoredProject, startMonth: number, endMonth = 12): MonitoredProject => ({ ...p, startMonth, endMonth });

describe('双监控: the budget light at months 3 and 10', () => {
  const rows: Array<[number, number, number, Light, number]> = [
    [100, 25, 3, 'green', 100],
    [100, 14.9, 3, 'red', 59.6],
    [100, 15, 3, 'yellow', 60],
    [100, 20, 3, 'green', 80],
    [100, 19.99, 3, 'yellow', 79.96],
    [1200, 800, 10, 'green', 80],
    [1200, 570, 10, 'red', 57],
    [1200, 1300, 10, 'green', 130],
    [1200, 0, 3, 'red', 0],
  ];
  it.each(rows)('budget %s, executed %s by month %s', (budget, executed, month, light, progress) => {
    const r = budgetLight({ executed, budget, month });
    expect(r.light).toBe(light);
    expect(r.progress).toBe(progress);
  });
});

/** [project, budget light, budget progress, project light]. */
// projects:start
const CASES: ProjectCase[] = [
  [project('p01', 600, 30, 3), 'red', 20, 'red'],
  [project('p02', 600, 30, 3, [], 5), 'green', 100, 'green'],
  [own(project('p03', 600, 200, 10), 6), 'red', 46.67, 'red'],
  [own(project('p04', 600, 400, 10), 6), 'green', 93.33, 'green'],
  [project('p05', 200, 29.9, 3), 'red', 59.8, 'red'],
  [project('p06', 200, 30, 3), 'yellow', 60, 'yellow'],
  [project('p07', 1000, 700, 10, [ind(gte('120', '1-10月累计巡堤查险118次', '次')), ind(lte('30', '截至10月底供暖投诉量35件', '件'))]), 'green', 84, 'red'],
  [project('p08', 800, 180, 3, [ind(gte('4', '1-3月开展防汛演练1次', '次'))]), 'green', 90, 'green'],
  [project('p09', 300, 100, 10, [ind(gte('50', '截至10月底完成水毁修复30处', '处'))]), 'red', 40, 'red'],
  [project('p10', 2000, 1650, 10, [ind(gte('95', '河湖长巡河率96.5%', '%'))]), 'green', 99, 'green'],
  [project('p11', 500, 300, 3, [], 50), 'green', 120, 'green'],
  [project('p12', 400, 0, 3, [], 0), 'red', 0, 'red'],
  [project('p13', 250, 100, 10, [ind(qual('10月底前完成供热管网改造', '已全部完成'))]), 'red', 48, 'red'],
  [project('p14', 150, 120, 10, [ind(gte('24', '一季度开展应急演练3场', '场'))]), 'green', 96, 'red'],
  [project('p15', 350, 60, 3, [ind(lte('500', '1-3月受理投诉举报180件', '件')), ind(gte('3000', '1-3月抽检食品820批次', '批次'))]), 'yellow', 68.57, 'yellow'],
  [project('p16', 1200, 50, 3, [ind(qual('汛期前完成病险水库除险加固', '已全部完成'))]), 'red', 16.67, 'red'],
  [own(project('p17', 600, 450, 3), 1, 3), 'yellow', 75, 'yellow'],
  [project('p18', 900, 700, 10, [ind(gte('200', '1-10月举办全民健身赛事150场', '场')), ind(gte('60', '1-10月安置就业30人', '人'))]), 'green', 93.33, 'yellow'],
  [project('p19', 80, 5, 3, [ind(gte('2', '一季度开展供暖检查2次', '次'))]), 'red', 25, 'red'],
  [project('p20', 3000, 2400, 10, [ind(lte('10', '1-10月累计发生事故10起', '起'))]), 'green', 96, 'green'],
];
// projects:end
/** [id, listed, budget progress]: red projects of any size, ≥ 200 万元 below 60, exactly 60 not listed. */
const KEY: Array<[string, boolean, number | null]> = [
  ['p01', true, 20], ['p03', true, 46.67], ['p05', true, 59.8], ['p07', true, 84], ['p09', true, 40], ['p12', true, 0],
  ['p13', true, 48], ['p14', true, 96], ['p16', true, 16.67], ['p19', true, 25],
  ['p02', false, null], ['p06', false, null], ['p15', false, null], ['p17', false, null], ['p18', false, null],
];
describeProjects(CASES, KEY);

describe('重点监控 at the 200 万元 edge', () => {
  it('at the 200 万元 edge under a red line of 50: 200 at 55 is listed, 199.99 at 55 and 200 at 60 are not', () => {
    const policy = makePolicy({ monitoring: { red: 50 } });
    const list = keyMonitoring([project('k1', 200, 27.5, 3), project('k2', 199.99, 27.5, 3), project('k3', 200, 30, 3)], policy);
    expect(list.map((e) => e.id)).toEqual(['k1']);
  });
  it('at the 200 万元 edge in October under a red line of 50: 200 at 59.4 is listed, 150 at 54 is not', () => {
    const policy = makePolicy({ monitoring: { red: 50 } });
    const list = keyMonitoring([project('k4', 200, 99, 10), project('k5', 150, 67.5, 10)], policy);
    expect(list.map((e) => e.id)).toEqual(['k4']);
  });
});
