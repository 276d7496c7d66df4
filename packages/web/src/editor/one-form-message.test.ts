import { describe, expect, it } from 'vitest';
import { formSchema, reviewForms, type Form, type Indicator } from '@jixiao/core';
import { oneFormMessage } from './one-form-message';

const ROWS: Array<Partial<Indicator>> = [
  { level1: '产出指标', level2: '数量指标', name: '组织培训班次', weight: 30, unit: '次', comparator: '>=', target: '2' },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', weight: 20, unit: '%', comparator: '>=', target: '95' },
  { level1: '产出指标', level2: '时效指标', name: '资金支付及时率', weight: 10, unit: '%', comparator: '=', target: '100' },
  { level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力', weight: 20, unit: null, comparator: 'qualitative', target: '明显提升' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受训学员满意度', weight: 10, unit: '%', comparator: '>=', target: '90' },
];

const project = (rows: Array<Partial<Indicator>>, extra: Record<string, unknown> = {}): Form =>
  formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '培训经费（二期）', goal: '组织2次培训', indicators: rows.map((r) => ({ name: '指标', ...r })), ...extra });

// Real review messages of several codes, as core spells them for the second form of a document.
const CASES: Array<{ name: string; form: Form; code: string; row: number | null; starts: string }> = [
  { name: 'weights total off (form level)', form: project(ROWS.map((r, i) => (i === 0 ? { ...r, weight: 40 } : r))), code: 'weights', row: null, starts: '本表各指标权重合计' },
  { name: 'a weight of 0 (row level)', form: project(ROWS.map((r, i) => (i === 1 ? { ...r, weight: 0 } : r))), code: 'weights', row: 1, starts: '第2行「培训合格率」' },
  { name: 'no 效益指标 (form level)', form: project(ROWS.filter((r) => r.level1 !== '效益指标').map((r, i) => (i === 0 ? { ...r, weight: 50 } : r))), code: 'coverage', row: null, starts: '本表' },
  { name: 'a form without a project name', form: project(ROWS.map((r, i) => (i === 0 ? { ...r, weight: 40 } : r)), { project_name: '' }), code: 'weights', row: null, starts: '本表' },
];

describe('oneFormMessage', () => {
  it.each(CASES)('$name', ({ form, code, row, starts }) => {
    const found = reviewForms([project(ROWS), form]).filter((f) => f.form === 1 && f.code === code && f.row === row);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message).toMatch(/^第2张表/);
      const shown = oneFormMessage(f.message);
      expect(shown).not.toMatch(/张表/);
      expect(shown.startsWith(starts)).toBe(true);
      // Only the place changes: the rest of the message is kept.
      expect(f.message.endsWith(shown.slice(starts.length))).toBe(true);
    }
  });

  it.each([
    ['第1张表第12行指标「满意度（学员）」的目标', '第12行「满意度（学员）」的目标'],
    ['与第1张表第3行指标「甲」重复；第1张表第5行指标「乙」', '与第3行「甲」重复；第5行「乙」'],
    ['第1张表（部门（单位）整体绩效目标表「某局（本级）」）缺少', '本表缺少'],
    ['第1张表（部门（单位）整体绩效目标表）缺少', '本表缺少'],
    ['没有前缀的消息', '没有前缀的消息'],
  ])('%s', (message, want) => {
    expect(oneFormMessage(message)).toBe(want);
  });
});
