import { describe, expect, it } from 'vitest';
import { sameFindingsSummary } from './recount-findings';

const summary = (errors: number, warnings: number, infos: number, by_code: Record<string, number>) => ({ errors, warnings, infos, by_code });

describe('sameFindingsSummary', () => {
  it('is a change when any count or any rule\'s count moves', () => {
    const next = summary(1, 2, 0, { weights: 1, vague_target: 2 });
    expect(sameFindingsSummary(summary(0, 2, 0, { vague_target: 2 }), next)).toBe(false);
    expect(sameFindingsSummary(summary(1, 1, 0, { weights: 1, vague_target: 1 }), next)).toBe(false);
    // Same totals, another rule: the 工作台's findings by rule differ.
    expect(sameFindingsSummary(summary(1, 2, 0, { budget_arithmetic: 1, vague_target: 2 }), next)).toBe(false);
    // Nothing stored yet (a form never reviewed) against findings.
    expect(sameFindingsSummary(null, next)).toBe(false);
  });

  it('guard: key order, a zero count and fields absent from an older summary are no change', () => {
    const next = summary(1, 2, 0, { weights: 1, vague_target: 2 });
    expect(sameFindingsSummary(summary(1, 2, 0, { vague_target: 2, weights: 1 }), next)).toBe(true);
    expect(sameFindingsSummary({ errors: 1, warnings: 2, by_code: { weights: 1, vague_target: 2, peer_outlier: 0 } }, next)).toBe(true);
    expect(sameFindingsSummary({}, summary(0, 0, 0, {}))).toBe(true);
  });
});
