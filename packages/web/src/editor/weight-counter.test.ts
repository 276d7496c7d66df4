import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formSchema, reviewForm, type Form, type Indicator } from '@jixiao/core';
import { weightCounter } from './weight-counter';

const row = (name: string, weight: number | null, level1 = '产出指标'): Partial<Indicator> => ({ level1, level2: '数量指标', name, weight, unit: '次', comparator: '>=', target: '2' });
const target = (weights: Array<number | null>, extra: Array<Partial<Indicator>> = []): Form =>
  formSchema.parse({
    kind: 'project_target', fiscal_year: 2025, project_name: '教师培训', goal: '完成培训',
    indicators: [...weights.map((w, i) => row(`指标${i + 1}`, w, i === weights.length - 1 ? '满意度指标' : i === 1 ? '效益指标' : '产出指标')), ...extra].map((r) => ({ name: '指标', ...r })),
  });

/** The counter as the editor shows it: with the live review's findings of the same form. */
function counted(form: Form, atPolicy = false) {
  const findings = reviewForm(form, 0, { projectTargetAtPolicyTotal: atPolicy });
  return { counter: weightCounter({ indicators: form.indicators, kind: form.kind, policy: DEFAULT_POLICY, findings }), weightsFinding: findings.some((f) => f.code === 'weights' && f.row === null) };
}

describe('weightCounter', () => {
  it('shows a 100-point project target in green as the review accepts it, instead of a red 100 / 90', () => {
    const { counter, weightsFinding } = counted(target([20, 30, 30, 20]));
    expect(weightsFinding).toBe(false);
    expect(counter).toMatchObject({ ok: true, text: '权重合计 100 / 100（百分制）' });
  });

  it('reads the policy total 90 as right', () => {
    expect(counted(target([20, 30, 30, 10])).counter).toMatchObject({ ok: true, text: '权重合计 90 / 90' });
  });

  it('turns red with the review when the unit\'s other targets total 90, naming the review\'s reason', () => {
    const { counter, weightsFinding } = counted(target([20, 30, 30, 20]), true);
    expect(weightsFinding).toBe(true);
    expect(counter?.ok).toBe(false);
    expect(counter?.text).toBe('权重合计 100 / 90');
    expect(counter?.title).toContain('不一致');
  });

  it('turns red on a total neither 90 nor 100', () => {
    const { counter, weightsFinding } = counted(target([20, 30, 30, 15]));
    expect(weightsFinding).toBe(true);
    expect(counter).toMatchObject({ ok: false, text: '权重合计 95 / 90' });
  });

  it('leaves a 合计 row out of the total, as the review does (guard: 90 plus its 合计 90 is no 180)', () => {
    const form = target([20, 30, 30, 10], [{ level1: null, level2: null, name: '合计', weight: 90, unit: null, comparator: null, target: '' }]);
    expect(counted(form).counter).toMatchObject({ ok: true, text: '权重合计 90 / 90' });
  });

  it('shows nothing for a form without weights', () => {
    expect(weightCounter({ indicators: target([null, null, null]).indicators, kind: 'project_target', policy: DEFAULT_POLICY, findings: [] })).toBeNull();
  });

  it('keeps a department target to its own total (no 百分制 reading)', () => {
    const dept = { ...target([20, 30, 30, 20]), kind: 'department_target' } as unknown as Form;
    expect(weightCounter({ indicators: dept.indicators, kind: 'department_target', policy: DEFAULT_POLICY, findings: [] })).toMatchObject({ ok: true, text: '权重合计 100 / 100' });
  });

  it('holds a project with no money, its budget line weighing 0, to 100 as the review does (guard: with money it stays 90)', () => {
    const sheet = (weights: number[], money: number) => formSchema.parse({
      kind: 'project_self_evaluation', fiscal_year: 2025, project_name: '根治欠薪专项行动',
      budget: { initial_wan: money, adjusted_wan: money, executed_wan: money, execution_rate: money ? 100 : 0, weight: money ? 10 : 0, score: money ? 10 : 0, reason: null },
      indicators: weights.map((w, i) => ({ ...row(`指标${i + 1}`, w, i === weights.length - 1 ? '满意度指标' : i === 1 ? '效益指标' : '产出指标'), actual: '2', score: w })),
    });
    const show = (form: Form) => {
      const findings = reviewForm(form, 0);
      return { counter: weightCounter({ indicators: form.indicators, kind: form.kind, policy: DEFAULT_POLICY, findings, budget: form.kind === 'project_self_evaluation' ? form.budget : null }), flagged: findings.some((f) => f.code === 'weights' && f.row === null) };
    };
    const whole = show(sheet([30, 30, 30, 10], 0));
    expect(whole.flagged).toBe(false);
    expect(whole.counter).toMatchObject({ ok: true, text: '权重合计 100 / 100' });
    const short = show(sheet([30, 30, 20, 10], 0));
    expect(short.flagged).toBe(true);
    expect(short.counter).toMatchObject({ ok: false, text: '权重合计 90 / 100' });
    const funded = show(sheet([30, 30, 20, 10], 50));
    expect(funded.flagged).toBe(false);
    expect(funded.counter).toMatchObject({ ok: true, text: '权重合计 90 / 90' });
  });
});
