import { describe, expect, it } from 'vitest';
import type { Policy } from '../policy/policy';
import { indicatorLight, type IndicatorLightInput, type Light } from './monitoring-lights';

/** Builders and the check the held-out monitoring rounds (3, 4) write their indicator-light cases with. */

export type Row = [label: string, input: IndicatorLightInput, light: Light | Light[], progress?: number | null];

export const gte = (target: string, actual: string | null, unit: string | null = '次', month = 6, name?: string): IndicatorLightInput => ({
  comparator: '>=', target, actual, unit, month, ...(name ? { name } : {}),
});
export const eq = (target: string, actual: string | null, unit: string | null, month = 6): IndicatorLightInput => ({ comparator: '=', target, actual, unit, month });
export const lte = (target: string, actual: string | null, unit: string | null, month = 6): IndicatorLightInput => ({ comparator: '<=', target, actual, unit, month });
export const lt = (target: string, actual: string | null, unit: string | null, month = 6): IndicatorLightInput => ({ comparator: '<', target, actual, unit, month });
export const qual = (target: string, actual: string | null, month = 6, choice: IndicatorLightInput['choice'] = null): IndicatorLightInput => ({
  comparator: 'qualitative', target, actual, unit: null, month, choice,
});

/** The row's light (or one of the lights allowed), its progress when given, and a Chinese explanation. */
export function check([, input, light, progress]: Row, policy?: Policy): void {
  const r = indicatorLight(input, policy);
  if (Array.isArray(light)) expect(light).toContain(r.light);
  else expect(r.light).toBe(light);
  if (progress !== undefined) expect(r.progress).toBe(progress);
  expect(r.explanation).toMatch(/[\u4e00-\u9fff]/);
}

/** One describe per titled table of rows, and the recorded limits as it.fails (each passes once its reading is fixed). */
export function describeSections(sections: ReadonlyArray<[string, Row[]]>, limits: ReadonlyArray<[why: string, row: Row]> = []): void {
  for (const [title, rows] of sections) {
    describe(title, () => {
      it.each(rows)('%s', (...row) => check(row));
    });
  }
  if (limits.length > 0) describe('limits', () => {
    for (const [why, row] of limits) it.fails(`${row[0]}: ${why}`, () => check(row));
  });
}
