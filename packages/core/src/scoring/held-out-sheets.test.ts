import { describe, expect, it } from 'vitest';
import { makePolicy } from '../policy/policy';
import { HELD_OUT_SHEETS_SET_2, type HeldOutSheet } from './held-out/sheets-set-2';
import { scoreDepartmentSelfEvaluation, scoreSelfEvaluation } from './score-self-evaluation';

/**
 * Held-out whole sheets (issue 3, set 2): every sheet scored by hand from rules.md §3 before the code was read.
 * Agreement is counted per item: total, budget_score, each checked row score (and hand status), grade, mismatch,
 * and the expected issues (raised / not raised). Numbers agree within 0.005.
 * `HELD_OUT_REPORT=1 npx vitest run packages/core/src/scoring/held-out-sheets.test.ts` prints the misses.
 */

const TOLERANCE = 0.005 + 1e-9;
const near = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) <= TOLERANCE);

type Item = 'total' | 'budget' | 'rows' | 'grade' | 'mismatch' | 'issues';
interface Outcome { sheet: HeldOutSheet; items: Record<Item, boolean>; got: string[] }

function measure(sheet: HeldOutSheet): Outcome {
  const options = { policy: makePolicy(sheet.policy ?? {}), choices: sheet.choices, manualScores: sheet.manualScores };
  const result = sheet.form.kind === 'project_self_evaluation'
    ? scoreSelfEvaluation(sheet.form, options)
    : scoreDepartmentSelfEvaluation(sheet.form, options);
  const e = sheet.expected;
  const got: string[] = [];
  const budgetScore = result.budget ? result.budget.score : null;
  let rowsAgree = true;
  e.rows.forEach((want, i) => {
    if (want === null) return;
    const r = result.indicators.find((x) => x.row === i);
    const hand = r?.status === 'manual';
    const ok = r !== undefined && near(r.score, want) && hand === (e.hand?.includes(i) ?? false);
    if (!ok) {
      rowsAgree = false;
      got.push(`row ${i}: want ${want}${e.hand?.includes(i) ? ' (hand)' : ''} got ${r ? `${r.score} (${r.status})` : 'none'}`);
    }
  });
  const codes = new Set([...result.issues.map((x) => x.code), ...result.indicators.flatMap((x) => x.issues.map((y) => y.code))]);
  const issuesAgree = (e.issues ?? []).every((c) => codes.has(c)) && (e.noIssues ?? []).every((c) => !codes.has(c));
  const items: Record<Item, boolean> = {
    total: near(result.total, e.total),
    budget: near(budgetScore, e.budgetScore),
    rows: rowsAgree,
    grade: result.grade === e.grade,
    mismatch: result.mismatch === e.mismatch,
    issues: issuesAgree,
  };
  if (!items.total) got.push(`total: want ${e.total} got ${result.total}`);
  if (!items.budget) got.push(`budget: want ${e.budgetScore} got ${budgetScore}`);
  if (!items.grade) got.push(`grade: want ${e.grade} got ${result.grade}`);
  if (!items.mismatch) got.push(`mismatch: want ${e.mismatch} got ${result.mismatch}`);
  if (!items.issues) got.push(`issues: want [${e.issues ?? ''}] not [${e.noIssues ?? ''}] got [${[...codes].join(',')}]`);
  return { sheet, items, got };
}

const outcomes = HELD_OUT_SHEETS_SET_2.map(measure);
const ITEMS: Item[] = ['total', 'budget', 'rows', 'grade', 'mismatch', 'issues'];

function report(): string {
  const perItem = ITEMS.map((k) => `${k} ${outcomes.filter((o) => o.items[k]).length}/${outcomes.length}`).join(', ');
  const whole = outcomes.filter((o) => ITEMS.every((k) => o.items[k])).length;
  const lines = outcomes.filter((o) => o.got.length > 0).map((o) => `${o.sheet.id} — ${o.sheet.note}\n    ${o.got.join('\n    ')}`);
  return [`held-out sheets set 2: ${whole}/${outcomes.length} sheets agree in every item; ${perItem}`, ...lines].join('\n');
}

describe('held-out whole self-evaluation sheets (set 2)', () => {
  it('has at least 40 sheets, about three quarters project sheets', () => {
    const projects = HELD_OUT_SHEETS_SET_2.filter((s) => s.form.kind === 'project_self_evaluation').length;
    expect(HELD_OUT_SHEETS_SET_2.length).toBeGreaterThanOrEqual(40);
    expect(projects / HELD_OUT_SHEETS_SET_2.length).toBeGreaterThan(0.65);
    expect(new Set(HELD_OUT_SHEETS_SET_2.map((s) => s.id)).size).toBe(HELD_OUT_SHEETS_SET_2.length);
  });

  it('agrees with the hand-computed sheets in every item', () => {
    // eslint-disable-next-line no-restricted-globals -- the table is printed on request only; the check reads no environment.
    if (process.env.HELD_OUT_REPORT === '1') console.log(report());
    expect(outcomes.filter((o) => o.got.length > 0).map((o) => `${o.sheet.id}: ${o.got.join('; ')}`)).toEqual([]);
  });
});
