import { describe, expect, it } from 'vitest';
import type { SelfEvaluationBudget } from '@jixiao/core';
import { budgetReasonRequired, executionRateOf, withBudgetAmount } from './self-evaluation-budget';

const budget = (patch: Partial<SelfEvaluationBudget>): SelfEvaluationBudget => ({
  initial_wan: null, adjusted_wan: null, executed_wan: null, execution_rate: null, weight: 10, score: null, reason: null, ...patch,
});

describe('withBudgetAmount', () => {
  it.each([
    ['a new executed amount restates the document rate', budget({ adjusted_wan: 40, executed_wan: 40, execution_rate: 100 }), 'executed_wan', 30, 75],
    ['the initial budget stands in for a missing adjusted one', budget({ initial_wan: 50, execution_rate: 80 }), 'executed_wan', 45, 90],
    ['no planned amount keeps the stated rate', budget({ execution_rate: 88 }), 'executed_wan', 30, 88],
    ['clearing the executed amount keeps the stated rate', budget({ adjusted_wan: 40, executed_wan: 40, execution_rate: 100 }), 'executed_wan', null, 100],
    ['a zero budget gives no rate to compute', budget({ executed_wan: 5, execution_rate: null }), 'adjusted_wan', 0, null],
  ] as const)('%s', (_name, b, key, value, rate) => {
    const next = withBudgetAmount(b, key, value);
    expect(next[key]).toBe(value);
    expect(next.execution_rate).toBe(rate);
  });
});

describe('budgetReasonRequired', () => {
  it.each([
    ['full score needs no reason', budget({ adjusted_wan: 40, executed_wan: 40 }), 10, false],
    ['75% under the 90% threshold', budget({ adjusted_wan: 40, executed_wan: 30 }), 7.5, true],
    ['95% lost points but is above the threshold', budget({ adjusted_wan: 100, executed_wan: 95 }), 9.5, false],
    ['a stated rate only', budget({ execution_rate: 60 }), 6, true],
    ['no amounts and no rate: judged by the score', budget({}), 5, true],
    ['no score', budget({ adjusted_wan: 40, executed_wan: 30 }), null, false],
  ] as const)('%s', (_name, b, score, required) => {
    expect(budgetReasonRequired(b, score, 10, 90)).toBe(required);
  });

  it('reads the rate as the review does', () => {
    expect(executionRateOf(budget({ adjusted_wan: 3, executed_wan: 1 }))).toBe(33.33);
  });
});
