import { describe, expect, it } from 'vitest';
import { makePolicy, type Policy } from '../policy/policy';
import { HELD_OUT_ACTUALS_SET_1, type HeldOutActualRow } from './held-out/actuals-set-1';
import { scoreIndicator } from './score-indicator';

/**
 * Held-out 完成值 wording (issue 3): every row scored by hand from rules.md §3 before the code was read.
 * Agreement = same hand/auto status and, when scored, a score within 0.005.
 * `HELD_OUT_REPORT=1 npx vitest run packages/core/src/scoring/held-out-actuals.test.ts` prints the misses.
 */

const TOLERANCE = 0.005;
const policies = new Map<string, Policy>();
function policyFor(mode: HeldOutActualRow['overAchievement']): Policy {
  const key = mode ?? 'none';
  let policy = policies.get(key);
  if (!policy) {
    policy = makePolicy({ overAchievement: key });
    policies.set(key, policy);
  }
  return policy;
}

interface Outcome {
  row: HeldOutActualRow;
  got: number | null;
  issues: string[];
  agrees: boolean;
  issueAgrees: boolean;
}

const outcomes: Outcome[] = HELD_OUT_ACTUALS_SET_1.map((row, index) => {
  const result = scoreIndicator(row.indicator, {
    policy: policyFor(row.overAchievement), row: index, choice: row.choice, manualScore: row.manualScore,
  });
  const got = result.status === 'manual' && row.manualScore === undefined ? null : result.score;
  const agrees = row.expected === null ? got === null : got !== null && Math.abs(got - row.expected) <= TOLERANCE;
  const issues = result.issues.map((i) => i.code);
  const issueAgrees = row.expectedIssue === undefined || issues.includes(row.expectedIssue);
  return { row, got, issues, agrees, issueAgrees };
});

function report(): string {
  const misses = outcomes.filter((o) => !o.agrees || !o.issueAgrees);
  const lines = misses.map((o) => {
    const i = o.row.indicator;
    return [
      o.row.id, o.row.awkward ? 'awkward' : 'ordinary', i.name, `w=${i.weight}`, i.comparator, `T=${i.target}`, `unit=${i.unit}`,
      `A=${JSON.stringify(i.actual)}`, `expected=${o.row.expected}`, `got=${o.got}`,
      `issues=[${o.issues.join(',')}]${o.row.expectedIssue ? ` want ${o.row.expectedIssue}` : ''}`, `— ${o.row.note}`,
    ].join(' | ');
  });
  const agree = outcomes.filter((o) => o.agrees).length;
  const ordinary = outcomes.filter((o) => !o.row.awkward);
  const awkward = outcomes.filter((o) => o.row.awkward);
  return [
    `held-out actuals set 1: ${agree}/${outcomes.length} agree`
    + ` (ordinary ${ordinary.filter((o) => o.agrees).length}/${ordinary.length},`
    + ` awkward ${awkward.filter((o) => o.agrees).length}/${awkward.length});`
    + ` expected issues raised ${outcomes.filter((o) => o.row.expectedIssue && o.issueAgrees).length}/${outcomes.filter((o) => o.row.expectedIssue).length}`,
    ...lines,
  ].join('\n');
}

describe('held-out 完成值 wording, set 1 (issue 3)', () => {
  it('has at least 200 rows, unique ids, about 40% awkward', () => {
    expect(HELD_OUT_ACTUALS_SET_1.length).toBeGreaterThanOrEqual(200);
    expect(new Set(HELD_OUT_ACTUALS_SET_1.map((r) => r.id)).size).toBe(HELD_OUT_ACTUALS_SET_1.length);
    const awkward = HELD_OUT_ACTUALS_SET_1.filter((r) => r.awkward).length / HELD_OUT_ACTUALS_SET_1.length;
    expect(awkward).toBeGreaterThan(0.3);
    expect(awkward).toBeLessThan(0.5);
  });

  it('every row scores as scored by hand (misses listed in the message)', () => {
    // eslint-disable-next-line no-restricted-globals -- the table is printed on request only; the check reads no environment.
    if (process.env.HELD_OUT_REPORT === '1') console.log(report());
    const misses = outcomes.filter((o) => !o.agrees || !o.issueAgrees).map((o) => o.row.id);
    expect(misses, report()).toEqual([]);
  });
});
