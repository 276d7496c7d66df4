import type { SelfEvaluationBudget } from '@jixiao/core';

type AmountKey = 'initial_wan' | 'adjusted_wan' | 'executed_wan';

/** Execution rate in %: as the review reads it — executed ÷ adjusted (or initial) budget, else as stated. */
export function executionRateOf(b: SelfEvaluationBudget): number | null {
  const planned = b.adjusted_wan ?? b.initial_wan;
  if (b.executed_wan != null && planned != null && planned > 0) return Math.round((b.executed_wan / planned) * 10000) / 100;
  return b.execution_rate;
}

/**
 * A budget with one amount changed. The rate the document stated goes with its amounts, so it is recomputed
 * from the new ones; left as it was, the review would judge 预算执行原因 by the old rate.
 */
export function withBudgetAmount(b: SelfEvaluationBudget, key: AmountKey, value: number | null): SelfEvaluationBudget {
  const next = { ...b, [key]: value };
  const planned = next.adjusted_wan ?? next.initial_wan;
  if (next.executed_wan != null && planned != null && planned > 0) next.execution_rate = Math.round((next.executed_wan / planned) * 10000) / 100;
  return next;
}

/** The review asks for 预算执行原因 when the budget line lost points and the rate is under the policy's threshold. */
export function budgetReasonRequired(b: SelfEvaluationBudget, score: number | null, weight: number, belowRate: number): boolean {
  if (score == null || score >= weight - 0.005) return false;
  const rate = executionRateOf(b) ?? (weight > 0 ? (score / weight) * 100 : 0);
  return rate < belowRate - 0.005;
}
