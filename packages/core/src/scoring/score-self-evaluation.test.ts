import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type Indicator, type ProjectSelfEvaluation, type SelfEvaluationBudget } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { scoreBudget, scoreSelfEvaluation } from './score-self-evaluation';

function budget(over: Partial<SelfEvaluationBudget>): SelfEvaluationBudget {
  return { initial_wan: null, adjusted_wan: null, executed_wan: null, execution_rate: null, weight: 10, score: null, reason: null, ...over };
}

function form(b: SelfEvaluationBudget | null, inds: Array<Partial<Indicator>>, total: number | null): ProjectSelfEvaluation {
  return { ...emptyForm('project_self_evaluation'), budget: b, total_score: total, indicators: inds.map((i) => ({ ...emptyIndicator('指标'), ...i })) };
}

describe('scoreBudget', () => {
  const cases: Array<[string, Partial<SelfEvaluationBudget>, number | null, string, string[]]> = [
    ['full execution', { adjusted_wan: 40.73, executed_wan: 40.73 }, 10, 'A=40.73, T=40.73 → min(40.73/40.73,1)×10 = 10', []],
    ['partial', { adjusted_wan: 100, executed_wan: 85 }, 8.5, 'A=85, T=100 → min(85/100,1)×10 = 8.5', []],
    ['over-executed capped', { adjusted_wan: 100, executed_wan: 120 }, 10, 'A=120, T=100 → min(120/100,1)×10 = 10', []],
    ['falls back to initial budget', { initial_wan: 50, executed_wan: 25 }, 5, 'A=25, T=50 → min(25/50,1)×10 = 5', []],
    ['falls back to the rate', { execution_rate: 93.3 }, 9.33, '执行率=93.3% → min(93.3%,1)×10 = 9.33', []],
    ['document score differs', { adjusted_wan: 40.73, executed_wan: 40.73, score: 8.5 }, 10, 'A=40.73, T=40.73 → min(40.73/40.73,1)×10 = 10', ['score_mismatch']],
    ['nothing computable', { score: 7 }, 7, '采用填报得分 7', ['budget_missing']],
    ['wrong weight', { adjusted_wan: 10, executed_wan: 10, weight: 20 }, 10, 'A=10, T=10 → min(10/10,1)×10 = 10', ['budget_weight']],
  ];
  it.each(cases)('%s', (_l, over, score, arithmetic, codes) => {
    const { result, issues } = scoreBudget(budget(over));
    expect(result.score).toBe(score);
    expect(result.derivation.arithmetic).toBe(arithmetic);
    expect(issues.map((i) => i.code)).toEqual(codes);
  });

  it('uses the policy weight', () => {
    expect(scoreBudget(budget({ adjusted_wan: 10, executed_wan: 5, weight: 20 }), makePolicy({ budgetExecutionWeight: 20 })).result.score).toBe(10);
  });

  it('names the box the clerk left empty, in the sheet\'s words', () => {
    const message = (over: Partial<SelfEvaluationBudget>) => scoreBudget(budget(over)).issues[0]?.message;
    expect(message({ adjusted_wan: 34.3 })).toBe('缺少全年执行数，预算执行率无法计算；请补填预算执行情况。');
    expect(message({ executed_wan: 30 })).toBe('缺少全年预算数（或年初预算数），预算执行率无法计算；请补填预算执行情况。');
    expect(message({})).toBe('缺少全年预算数（或年初预算数）和全年执行数，预算执行率无法计算；请补填预算执行情况。');
    expect(message({ initial_wan: 0, executed_wan: 5, score: 4 })).toBe('缺少大于 0 的年初预算数，预算执行率无法计算，已采用填报得分；请补填预算执行情况。');
    // Guard: a computable budget says nothing.
    expect(message({ initial_wan: 40, executed_wan: 30 })).toBeUndefined();
  });

  it('handles a missing budget block', () => {
    const { result, issues } = scoreBudget(null);
    expect(result.score).toBeNull();
    expect(issues[0]!.code).toBe('budget_missing');
  });
});

describe('scoreSelfEvaluation', () => {
  const inds: Array<Partial<Indicator>> = [
    { comparator: '>=', target: '100', actual: '80', weight: 30 },
    { comparator: '<=', target: '10', actual: '12', weight: 30 },
    { comparator: 'qualitative', target: '满意', actual: '基本满意', weight: 30 },
  ];

  it('sums rounded parts and grades', () => {
    const r = scoreSelfEvaluation(form(budget({ adjusted_wan: 3, executed_wan: 2 }), inds, 80.33), { choices: { 2: '部分达成' } });
    // 6.67 + 24 + 24 + 21
    expect(r.budget.score).toBe(6.67);
    expect(r.indicators.map((i) => i.score)).toEqual([24, 24, 21]);
    expect(r.total).toBe(75.67);
    expect(r.grade).toBe('中');
    expect(r.mismatch).toBe(true);
    expect(r.issues.some((i) => i.code === 'total_mismatch')).toBe(true);
  });

  it('no mismatch within half a cent', () => {
    const r = scoreSelfEvaluation(form(budget({ adjusted_wan: 3, executed_wan: 2 }), inds, 75.674), { choices: { 2: '部分达成' } });
    expect(r.mismatch).toBe(false);
  });

  // |computed − reported| > 0.005 in decimal, whatever binary makes of the difference (held-out set 2, P40).
  it.each([
    ['exactly 0.005 under, 0.005000000000002558 in binary', [{ comparator: '>=' as const, target: '10', actual: '5', weight: 100 }], 59.995, 60, false],
    ['exactly 0.005 over', [{ comparator: '>=' as const, target: '10', actual: '5', weight: 100 }], 60.005, 60, false],
    ['0.006 under', [{ comparator: '>=' as const, target: '10', actual: '5', weight: 100 }], 59.994, 60, true],
    ['exactly 0.005 over 92.13 (0.005000000000009663 in binary)', [{ comparator: '>=' as const, target: '100', actual: '82.13', weight: 100 }], 92.135, 92.13, false],
    ['0.006 over 92.13', [{ comparator: '>=' as const, target: '100', actual: '82.13', weight: 100 }], 92.136, 92.13, true],
  ])('reported total %s', (_label, rows, reported, total, mismatch) => {
    const r = scoreSelfEvaluation(form(budget({ adjusted_wan: 1, executed_wan: 1 }), rows, reported));
    expect(r.total).toBe(total);
    expect(r.mismatch).toBe(mismatch);
    expect(r.issues.some((i) => i.code === 'total_mismatch')).toBe(mismatch);
  });

  it('manual scores feed hand-scored rows', () => {
    const f = form(budget({ adjusted_wan: 1, executed_wan: 1 }), [{ comparator: '<=', target: '预算控制数', actual: '已控制', weight: 90 }], null);
    const r = scoreSelfEvaluation(f, { manualScores: { 0: 88 } });
    expect(r.indicators[0]!.status).toBe('manual');
    expect(r.total).toBe(98);
    expect(r.grade).toBe('优');
    expect(r.reportedTotal).toBeNull();
    expect(r.mismatch).toBe(false);
  });

  it.each([[90, '优'], [80, '良'], [60, '中'], [59, '差']] as const)('grade edge at %s', (points, grade) => {
    const f = form(budget({ adjusted_wan: 1, executed_wan: 0 }), [{ comparator: '>=', target: '90', actual: String(points), weight: 90 }], null);
    expect(scoreSelfEvaluation(f).grade).toBe(grade);
  });
});
