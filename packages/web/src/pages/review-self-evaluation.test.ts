import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formSchema, scoreFormSheet } from '@jixiao/core';
import { computedBeside, headerBudgetWan, isSelfEvaluationKind, submittedTotals } from './review-self-evaluation';

const row = { level1: '产出指标', level2: '数量指标', name: '培训场次', weight: 90, comparator: '>=', target: '12', actual: '12', score: 90 };
const sheet = (patch: Record<string, unknown>) => formSchema.parse({ kind: 'project_self_evaluation', project_name: '培训经费', indicators: [row], ...patch });
const budget = (patch: Record<string, unknown>) => ({ initial_wan: null, adjusted_wan: null, executed_wan: null, execution_rate: null, weight: null, score: null, reason: null, ...patch });

describe('headerBudgetWan', () => {
  it.each([
    ['a target names its 预算总额', formSchema.parse({ kind: 'project_target', budget_total_wan: 50 }), 50],
    ['a self-evaluation names its adjusted budget', sheet({ budget: budget({ initial_wan: 0.8, adjusted_wan: 0.74, executed_wan: 0.7 }) }), 0.74],
    ['else its initial budget', sheet({ budget: budget({ initial_wan: 0.8 }) }), 0.8],
    ['a self-evaluation without a budget block states none', sheet({}), null],
    ['a department self-evaluation states none', formSchema.parse({ kind: 'department_self_evaluation' }), null],
  ] as const)('%s', (_name, form, expected) => {
    expect(headerBudgetWan(form)).toBe(expected);
  });
});

describe('submittedTotals', () => {
  it.each([
    ['a scored sheet: its total and the grade it earns', sheet({ total_score: 98.5, budget: budget({ score: 8.5, weight: 10 }) }), { budget: { score: 8.5, weight: 10 }, total: 98.5, grade: '优', scored: true }],
    ['a failing total grades 差', sheet({ total_score: 55 }), { budget: { score: null, weight: 10 }, total: 55, grade: '差', scored: true }],
    // The unit may submit without a 总分: the sheet is still scored (the rules' total stands beside the blank).
    ['a scored sheet whose 总分 the unit left blank', sheet({ total_score: null }), { budget: { score: null, weight: 10 }, total: null, grade: null, scored: true }],
    ['an empty sheet has no total to grade', sheet({ indicators: [], total_score: 0 }), { budget: { score: null, weight: 10 }, total: null, grade: null, scored: false }],
    ['a department sheet has no budget block', formSchema.parse({ kind: 'department_self_evaluation', indicators: [row], total_score: 85 }), { budget: null, total: 85, grade: '良', scored: true }],
    ['a target has no totals', formSchema.parse({ kind: 'project_target', indicators: [row] }), { budget: null, total: null, grade: null, scored: false }],
  ] as const)('%s', (_name, form, expected) => {
    expect(submittedTotals(form, DEFAULT_POLICY)).toEqual(expected);
  });

  it('knows the self-evaluation kinds', () => {
    expect(['project_self_evaluation', 'department_self_evaluation', 'project_target', 'department_target'].map((k) => isSelfEvaluationKind(k as never))).toEqual([true, true, false, false]);
  });
});

describe('computedBeside', () => {
  const department = (scores: Array<number | null>) => formSchema.parse({
    kind: 'department_self_evaluation',
    indicators: [
      { ...row, weight: 10, target: '100', unit: '%', actual: '90%', score: scores[0] },
      { ...row, name: '督导次数', weight: 10, target: '12', unit: '次', actual: '12次', score: scores[1] },
      { ...row, name: '预算编制质量', weight: 10, comparator: null, target: '', actual: null, score: scores[2] },
      { ...row, name: '子项', weight: null, comparator: null, target: '', actual: null, score: null },
    ],
  });
  it.each([
    ['the sheet agrees with the rules', department([9, 10, 8]), [[9, false], [10, false], [8, false], [null, false]]],
    ['a full mark the rules do not give is flagged', department([10, 10, 8]), [[9, true], [10, false], [8, false], [null, false]]],
    ['a row the sheet left unscored is flagged where the rules score it', department([null, 10, 8]), [[9, true], [10, false], [8, false], [null, false]]],
    ['a difference under half a cent is none', department([9.004, 10, 8]), [[9, false], [10, false], [8, false], [null, false]]],
  ] as const)('%s', (_name, form, expected) => {
    expect(computedBeside(form, scoreFormSheet(form)).map((c) => (c ? [c.computed, c.differs] : null))).toEqual(expected);
  });

  it('says nothing without a score (a target, or a server that sent none)', () => {
    const target = formSchema.parse({ kind: 'project_target', indicators: [row] });
    expect(computedBeside(target, scoreFormSheet(target))).toEqual([null]);
    expect(computedBeside(department([9, 10, 8]), undefined)).toEqual([null, null, null, null]);
  });
});
