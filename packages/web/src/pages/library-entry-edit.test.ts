import { describe, expect, it } from 'vitest';
import { entryPatch, entryStatus, entryValues, level1Options, level2Options, type ManagedEntry } from './library-entry-edit';

const entry: ManagedEntry = {
  id: 7,
  name: '考试满意度',
  level1: null,
  level2: null,
  unit: '场次',
  comparator: '>=',
  typical_target: '90',
  explanation: '问卷调查',
  basis_kind: null,
  keywords: '考试,满意度',
  scope: 'specific',
  valid_to: null,
};

describe('entryPatch', () => {
  it.each([
    ['nothing changed', {}, {}],
    ['the unit fixed and the levels filled', { unit: '%', level1: '满意度指标', level2: '服务对象满意度指标' }, { unit: '%', level1: '满意度指标', level2: '服务对象满意度指标' }],
    ['a field cleared', { explanation: '  ' }, { explanation: null }],
    ['the name with spaces around it', { name: ' 考试满意度 ' }, {}],
    ['the name changed', { name: '考生满意度' }, { name: '考生满意度' }],
    ['retired from a date', { valid_to: '2026-12-31' }, { valid_to: '2026-12-31' }],
    ['made a common indicator', { scope: 'common' as const }, { scope: 'common' }],
  ])('sends only what changed: %s', (_, edit, expected) => {
    expect(entryPatch(entry, { ...entryValues(entry), ...edit })).toEqual(expected);
  });

  it('reads keywords kept as a list', () => {
    expect(entryValues({ ...entry, keywords: ['考试', '满意度'] }).keywords).toBe('考试,满意度');
  });
});

describe('level options', () => {
  it.each([
    ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
    ['成本', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
    ['满意度指标', ['服务对象满意度指标']],
  ])('offers the 二级 the frameworks allow under %s', (level1, expected) => {
    expect(level2Options(level1, null)).toEqual(expected);
  });

  it('offers every 二级 without a 一级, and keeps an entry’s own wording', () => {
    expect(level2Options(null, null)).toHaveLength(12);
    expect(level2Options('效益指标', '社会效应')).toContain('社会效应');
    expect(level1Options('效果指标')).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标', '效果指标']);
    expect(level1Options('产出指标')).toHaveLength(4);
  });
});

describe('entryStatus', () => {
  it.each([
    [{ valid_from: null, valid_to: null }, 'active'],
    [{ valid_from: null, valid_to: '2026-03-01' }, 'active'],
    [{ valid_from: null, valid_to: '2026-02-28' }, 'retired'],
    [{ valid_from: '2026-03-02', valid_to: null }, 'pending'],
  ])('%j on 2026-03-01 is %s', (dates, expected) => {
    expect(entryStatus(dates, '2026-03-01')).toBe(expected);
  });
});
