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
    // A self-evaluation started from its target and submitted untouched: nothing was evaluated.
    ['a self-evaluation with no 完成值 and no 得分', form({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: [indicator, { ...indicator, name: '培训人数' }], budget: { initial_wan: 50, adjusted_wan: 50, executed_wan: null, execution_rate: null, weight: 10, score: null, reason: null } }),
      '表单内容不完整，不能提交：请先填写第 1、2 行的完成值（或得分），并填入预算执行情况的全年执行数。'],
    ['a self-evaluation with 完成值 or 得分 on every row', form({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: [{ ...indicator, actual: '12' }, { ...indicator, name: '满意度', score: 9 }, totals, { name: '扣分项', level1: '扣分项', weight: 5 }], budget: { initial_wan: 50, adjusted_wan: 50, executed_wan: 48, execution_rate: null, weight: 10, score: null, reason: null } }), null],
    ['a self-evaluation without a budget block (its budget line is a row)', form({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: [{ ...indicator, actual: '12' }] }), null],
    ['a 部门整体 score sheet: sub-items without 分值 need no score', form({ kind: 'department_self_evaluation', indicators: [{ name: '预算编制', weight: 10, score: 9 }, { name: '（1）编制及时性', weight: null }, { name: '资产管理', weight: 5 }] }),
      '表单内容不完整，不能提交：请先填写第 3 行的完成值（或得分）。'],
  ] as const)('%s', (_name, f, expected) => {
    expect(submitBlocker(f)).toBe(expected);
  });

  const done = { ...indicator, actual: '12' };
  const sheet = (weights: Array<number | null>) =>
    form({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: weights.map((weight, i) => ({ ...done, name: `指标${i + 1}`, weight })) });
  it.each([
    ['the unit\'s rows without 分值', sheet([null, 45, null]), [0, 1, 2], '表单内容不完整，不能提交：请先填写第 1、3 行的分值（可用「按常规分配分值」）。'],
    ['every unit row with a 分值', sheet([45, 45]), [0, 1], null],
    // Guard: a row without 分值 the unit does not set (an imported sheet's, the target's) is not the blocker's.
    ['a row left without 分值 by no one\'s choice', sheet([null, 45]), [1], null],
    ['no unit rows', sheet([null, null]), [], null],
  ] as const)('unit-set 分值: %s', (_name, f, rows, expected) => {
    expect(submitBlocker(f, rows)).toBe(expected);
  });
});
