import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { DEFAULT_POLICY } from '../policy/policy';
import { isDeductionRow, isTotalsRow } from '../scoring/sheet-rows';
import type { FormContext } from './review-context';
import { form } from './review-test-helpers';
import { rowReadings } from './row-readings';

function context(rows: Array<Partial<Indicator>>): FormContext {
  return {
    form: form('department_self_evaluation', rows), formIndex: 0, policy: DEFAULT_POLICY, framework: DEFAULT_POLICY.framework,
    publishing: false, isTarget: false, scored: null, projectTargetAtPolicyTotal: false, readings: null, subtotals: undefined,
    place: null, rowPrefix: null, out: [],
  };
}

// Rows that repeat, change and drop their level cells, so the readings reuse the row above's parse and recompute it.
const ROWS: Array<Partial<Indicator>> = [
  { level1: '产出指标', level2: '数量指标', name: '培训人次', weight: 20, score: 20 },
  { level1: '产出指标', level2: '数量指标', name: '合 计', weight: 20 },
  { level1: '扣分项', level2: '安全事故', name: '发生安全事故', weight: 5, score: -2 },
  { level1: '扣分项', level2: null, name: '信访投诉', weight: 3 },
  { level1: '满意度指标', level2: '扣分指标', name: '群众投诉', weight: 2 },
  { level1: '满意度指标', level2: '服务对象满意度', name: '满意度', weight: 10 },
  { level1: '合计', level2: null, name: '', weight: 100 },
  { level1: null, level2: null, name: '小计', weight: 10 },
  { level1: '效益指标', level2: '社会效益', name: '总分', weight: null },
];

describe('rowReadings', () => {
  it.each([
    ['every row', ROWS],
    ['rows in reverse', [...ROWS].reverse()],
    ['a single row', [ROWS[2]!]],
  ])('flags totals and deduction rows as isTotalsRow and isDeductionRow do: %s', (_, rows) => {
    const ctx = context(rows);
    const readings = rowReadings(ctx);
    const inds = ctx.form.indicators;
    expect(readings.totals.slice(0, inds.length)).toEqual(inds.map(isTotalsRow));
    expect(readings.deduction.slice(0, inds.length)).toEqual(inds.map(isDeductionRow));
    expect(inds.some(isDeductionRow) && (rows.length === 1 || inds.some(isTotalsRow))).toBe(true);
  });
});
