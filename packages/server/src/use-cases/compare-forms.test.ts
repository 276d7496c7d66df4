import { describe, expect, it } from 'vitest';
import { formSchema, type Form } from '@jixiao/core';
import { compareForms } from './workflow';

const form = (goal: string, names: string[], targets: Record<string, string> = {}): Form =>
  formSchema.parse({ kind: 'project_target', project_name: '项目', goal, indicators: names.map((name) => ({ level1: '产出指标', level2: '数量指标', name, target: targets[name] ?? '1', unit: '次', comparator: '>=' })) });

describe('compareForms', () => {
  it.each([
    ['no change', form('目标', ['甲', '乙']), form('目标', ['甲', '乙']), { header: 0, added: [], removed: [], changed: [] }],
    ['header field', form('旧', ['甲']), form('新', ['甲']), { header: 1, added: [], removed: [], changed: [] }],
    ['row inserted in the middle', form('目标', ['甲', '乙']), form('目标', ['甲', '丙', '乙']), { header: 0, added: ['丙'], removed: [], changed: [] }],
    ['row removed', form('目标', ['甲', '乙', '丙']), form('目标', ['甲', '丙']), { header: 0, added: [], removed: ['乙'], changed: [] }],
    ['row changed', form('目标', ['甲', '乙']), form('目标', ['甲', '乙'], { 乙: '5' }), { header: 0, added: [], removed: [], changed: ['乙'] }],
  ])('%s', (_name, before, after, expected) => {
    const diff = compareForms(before, after);
    expect(diff.header.length).toBe(expected.header);
    expect(diff.indicators.added.map((a) => (a.indicator as { name: string }).name)).toEqual(expected.added);
    expect(diff.indicators.removed.map((a) => (a.indicator as { name: string }).name)).toEqual(expected.removed);
    expect(diff.indicators.changed.map((c) => c.name)).toEqual(expected.changed);
  });
});
