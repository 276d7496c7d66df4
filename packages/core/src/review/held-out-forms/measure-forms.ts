import { makePolicy } from '../../policy/policy';
import { scoreDepartmentSelfEvaluation, scoreSelfEvaluation } from '../../scoring/score-self-evaluation';
import type { Finding, FindingCode } from '../finding';
import { reviewForm } from '../review-forms';
import type { ExpectedFinding, FormCase } from './form-case-types';

export interface CaseOutcome {
  id: string;
  missed: string[];
  falseAlarms: string[];
  fieldDiffers: string[];
  scoring: string | null;
}
export interface CodeTally { tp: number; fp: number; fn: number }

const key = (code: string, row: number | null) => `${code}@${row ?? '-'}`;

/** An empty per-code tally and the function that counts into it. */
export function codeTally(): { tally: Map<FindingCode, CodeTally>; bump: (code: FindingCode, k: keyof CodeTally) => void } {
  const tally = new Map<FindingCode, CodeTally>();
  const bump = (code: FindingCode, k: keyof CodeTally) => {
    const t = tally.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    t[k]++;
    tally.set(code, t);
  };
  return { tally, bump };
}

/**
 * A case's findings against the reviewer's expectations, per code and row (the first finding of a code on a row counts):
 * what was missed, raised where none was expected, or raised on another cell. Each hit, miss and false alarm is bumped.
 */
export function compareFindings(
  expect: readonly ExpectedFinding[], findings: readonly Finding[], bump: (code: FindingCode, k: keyof CodeTally) => void,
): Pick<CaseOutcome, 'missed' | 'falseAlarms' | 'fieldDiffers'> {
  const got = new Map<string, Finding>();
  for (const f of findings) if (!got.has(key(f.code, f.row))) got.set(key(f.code, f.row), f);
  // One expectation per code and row; a required one wins over an optional one on the same row (S15-B02 listed both).
  const expected = new Map<string, ExpectedFinding>();
  for (const x of expect) {
    const k = key(x.code, x.row);
    if (!expected.has(k) || (expected.get(k)!.optional && !x.optional)) expected.set(k, x);
  }
  const missed: string[] = [];
  const fieldDiffers: string[] = [];
  for (const [k, x] of expected) {
    if (x.optional) continue;
    const f = got.get(k);
    if (!f) { missed.push(k); bump(x.code, 'fn'); continue; }
    bump(x.code, 'tp');
    if (x.field !== null && f.field !== x.field) fieldDiffers.push(`${k} field ${f.field ?? 'null'} ≠ ${x.field}`);
  }
  const falseAlarms: string[] = [];
  for (const [k, f] of got) if (!expected.has(k)) { falseAlarms.push(`${k}: ${f.message}`); bump(f.code, 'fp'); }
  return { missed, falseAlarms, fieldDiffers };
}

/** Reviews and scores each held-out form and compares with what a reviewer expects, per code. */
export function measureForms(cases: readonly FormCase[]): { outcomes: CaseOutcome[]; tally: Map<FindingCode, CodeTally> } {
  const { tally, bump } = codeTally();
  const outcomes = cases.map((c) => {
    const policy = makePolicy(c.policy ?? {});
    // The reviewer approves a form for publication (批复/公开: every target form, and the self-evaluations that are
    // disclosed), so it is reviewed as a form that will be published: personal data in it is flagged.
    const findings: Finding[] = reviewForm(c.form, 0, { policy, publishing: true });
    const { missed, falseAlarms, fieldDiffers } = compareFindings(c.expect, findings, bump);
    let scoring: string | null = null;
    if (c.scoring) {
      const result = c.form.kind === 'project_self_evaluation' ? scoreSelfEvaluation(c.form, { policy })
        : c.form.kind === 'department_self_evaluation' ? scoreDepartmentSelfEvaluation(c.form, { policy }) : null;
      if (result && (Math.abs(result.total - c.scoring.total) > 0.005 || result.grade !== c.scoring.grade)) {
        scoring = `total ${result.total} ${result.grade} ≠ ${c.scoring.total} ${c.scoring.grade}`;
      }
    }
    return { id: c.id, missed, falseAlarms, fieldDiffers, scoring };
  });
  return { outcomes, tally };
}

/** Precision/recall per code as a plain table, for the test log and the report. */
export function tallyTable(tally: Map<FindingCode, CodeTally>): string {
  const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);
  const lines = ['code                        tp  fp  fn  precision recall'];
  for (const [code, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${code.padEnd(26)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${pct(t.tp, t.tp + t.fp)}     ${pct(t.tp, t.tp + t.fn)}`);
  }
  return lines.join('\n');
}
