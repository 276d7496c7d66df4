import { describe, expect, it } from 'vitest';
import { formSchema, type Form } from '../forms/forms-schema';
import { submitBlocker } from './submit-blocker';

const indicator = { level1: '产出指标', level2: '数量指标', name: '培训场次', weight: 10, comparator: '>=', target: '12', unit: '次' };
const totals = { name: '合计', weight: 100, target: '' };
const form = (f: Record<string, unknown>): Form => formSchema.parse(f);

describe('submitBlocker', () => {
  it.each([
    ['a target with a name and an indicator', form({ kind: 'project_target', project_name: '培训经费', indicators: [indicator] }), null],
    ['a new project target', form({ kind: 'project_target' }), '表单内容不完整，不能提交：请先填写项目名称，并填入至少一项绩效指标。'],
    ['a named target without indicators', form({ kind: 'project_target', project_name: '培训经费' }), '表单内容不完整，不能提交：请先填写至少一项绩效指标。'],
    ['a blank name is no name', form({ kind: 'project_target', project_name: '  ', indicators: [indicator] }), '表单内容不完整，不能提交：请先填写项目名称。'],
    ['a new self-evaluation', form({ kind: 'project_self_evaluation', project_name: '培训经费' }), '表单内容不完整，不能提交：请先填写至少一项绩效指标及其完成值。'],
    ['a 合计 row alone is no indicator', form({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: [totals] }), '表单内容不完整，不能提交：请先填写至少一项绩效指标及其完成值。'],
    ['a department target needs no project name', form({ kind: 'department_target', indicators: [indicator] }), null],
    ['an empty department target', form({ kind: 'department_target' }), '表单内容不完整，不能提交：请先填写至少一项绩效指标。'],
  ] as const)('%s', (_name, f, expected) => {
    expect(submitBlocker(f)).toBe(expected);
  });
});
