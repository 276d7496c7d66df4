import { describe, expect, it } from 'vitest';
import { keyMonitoring, monitorProject, type MonitoredProject } from './key-monitoring';
import type { IndicatorLightInput, Light } from './monitoring-lights';

/** Builders and checks the held-out monitoring rounds (6–8) write their project cases with. */

/** An indicator row of a project: the project gives the month. */
export type ProjectRow = Omit<IndicatorLightInput, 'month'>;

/** A row built with held-out-light-cases.ts's builders, its month dropped (and its name set, when given). */
export function projectRow(i: IndicatorLightInput, name?: string): ProjectRow {
  const { month: _m, ...rest } = i;
  return name ? { ...rest, name } : rest;
}

/** Projects of one round: named 项目<id>, of the given fiscal year when the round states one. */
export function projectBuilder(fiscalYear?: number) {
  return (id: string, budgetWan: number | null, executedWan: number | null, month: number, indicators: ProjectRow[] = [], expectedShare?: number): MonitoredProject => ({
    id, name: `项目${id}`, budgetWan, executedWan, month, ...(fiscalYear !== undefined ? { fiscalYear } : {}), indicators,
    ...(expectedShare !== undefined ? { expectedShare } : {}),
  });
}

const one = (want: Light | readonly Light[], got: Light): void => {
  if (Array.isArray(want)) expect(want).toContain(got);
  else expect(got).toBe(want);
};

/** The budget light (or one of those allowed), its progress when given, the project's light, and Chinese explanations. */
export function checkProject(p: MonitoredProject, budget: Light | readonly Light[], progress: number | null, light: Light | readonly Light[]): void {
  const m = monitorProject(p);
  one(budget, m.budget.light);
  if (progress !== null) expect(m.budget.progress).toBe(progress);
  one(light, m.project.light);
  expect(m.budget.explanation + m.project.explanation).toMatch(/[\u4e00-\u9fff]/);
}

/** Whether project id alone is on the 重点监控 list; listed, red, at the given progress, with the decisions and a reason. */
export function checkKeyCase(all: readonly MonitoredProject[], id: string, listed: boolean, progress: number | null): void {
  const p = all.find((x) => x.id === id)!;
  const list = keyMonitoring([p]);
  expect(list.map((e) => e.id)).toEqual(listed ? [id] : []);
  if (!listed) return;
  expect(list[0]!.light).toBe('red');
  expect(list[0]!.budgetProgress).toBe(progress);
  expect(list[0]!.options).toEqual(expect.arrayContaining(['暂缓拨款', '停止拨款']));
  expect(list[0]!.reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
}

/** The reasons project id is listed for, joined, after checking it is listed once among all. */
export function listedOnceReasons(all: readonly MonitoredProject[], id: string): string {
  const list = keyMonitoring(all).filter((e) => e.id === id);
  expect(list).toHaveLength(1);
  return list[0]!.reasons.join('；');
}

/** [project, budget light, budget progress, project light]. */
export type ProjectCase = [MonitoredProject, Light, number | null, Light];

/**
 * A round's project table: each project's budget light and roll-up, then 重点监控 — each [id, listed, budget progress]
 * case among all the projects, and the list being exactly the red projects.
 */
export function describeProjects(cases: readonly ProjectCase[], key: ReadonlyArray<[string, boolean, number | null]>): void {
  const all = cases.map(([p]) => p);
  const red = cases.filter(([, , , l]) => l === 'red').map(([p]) => p.id);
  describe('budget light and roll-up', () => {
    it.each(cases.map((c) => [c[0].id, ...c] as const))('%s', (_id, p, budget, progress, light) => checkProject(p, budget, progress, light));
  });
  describe('重点监控 over the table', () => {
    it.each(key)('%s listed %s', (id, listed, progress) => checkKeyCase(all, id, listed, progress));
    it('lists exactly the red projects', () => expect(keyMonitoring(all).map((e) => e.id).sort()).toEqual([...red].sort()));
  });
}
