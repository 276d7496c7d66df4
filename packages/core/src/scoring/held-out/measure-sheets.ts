import { makePolicy } from '../../policy/policy';
import { scoreDepartmentSelfEvaluation, scoreSelfEvaluation } from '../score-self-evaluation';
import type { Derivation } from '../score-types';
import type { HeldOutSheet3 } from './sheets-set-3';

/**
 * Agreement of the scorer with a hand-scored sheet, per item: total, budget_score, each checked row score (and hand
 * status; a row expected null must have no score, an undefined one is not checked), grade, mismatch, the expected
 * issues (raised / not raised) and the derivation text (states the numbers used). Numbers agree within 0.005.
 */

const TOLERANCE = 0.005 + 1e-9;
const near = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) <= TOLERANCE);
const shown = (d: Derivation): string => `${Object.entries(d.inputs).map(([k, v]) => `${k}=${String(v)}`).join(' ')} ${d.rule} ${d.arithmetic}`;

type Item = 'total' | 'budget' | 'rows' | 'grade' | 'mismatch' | 'issues' | 'derivation';
const ITEMS: Item[] = ['total', 'budget', 'rows', 'grade', 'mismatch', 'issues', 'derivation'];
export interface SheetOutcome { sheet: HeldOutSheet3; items: Record<Item, boolean>; got: string[] }

export function measureSheet(sheet: HeldOutSheet3): SheetOutcome {
  const options = { policy: makePolicy(sheet.policy ?? {}), choices: sheet.choices, manualScores: sheet.manualScores };
  const result = sheet.form.kind === 'project_self_evaluation'
    ? scoreSelfEvaluation(sheet.form, options)
    : scoreDepartmentSelfEvaluation(sheet.form, options);
  const e = sheet.expected;
  const got: string[] = [];
  const budgetScore = result.budget ? result.budget.score : null;
  let rowsAgree = true;
  e.rows.forEach((want, i) => {
    if (want === undefined) return;
    const r = result.indicators.find((x) => x.row === i);
    const score = r ? r.score : null;
    const handWanted = e.hand?.includes(i) ?? false;
    const ok = want === null ? score === null : r !== undefined && near(r.score, want) && (r.status === 'manual') === handWanted;
    if (!ok) {
      rowsAgree = false;
      got.push(`row ${i}: want ${want}${handWanted ? ' (hand)' : ''} got ${r ? `${r.score} (${r.status})` : 'none'}`);
    }
  });
  const codes = new Set([...result.issues.map((x) => x.code), ...result.indicators.flatMap((x) => x.issues.map((y) => y.code))]);
  const issuesAgree = (e.issues ?? []).every((c) => codes.has(c)) && (e.noIssues ?? []).every((c) => !codes.has(c));
  let derivationAgrees = true;
  for (const [key, wants] of Object.entries(e.derivation ?? {})) {
    const d = key === 'budget' ? result.budget?.derivation : result.indicators.find((x) => x.row === Number(key))?.derivation;
    const text = d ? shown(d) : '';
    const missing = (wants ?? []).filter((w) => !text.includes(w));
    if (missing.length > 0) {
      derivationAgrees = false;
      got.push(`derivation ${key}: lacks [${missing.join(', ')}] in «${text}»`);
    }
  }
  const items: Record<Item, boolean> = {
    total: near(result.total, e.total),
    budget: near(budgetScore, e.budgetScore),
    rows: rowsAgree,
    grade: result.grade === e.grade,
    mismatch: result.mismatch === e.mismatch,
    issues: issuesAgree,
    derivation: derivationAgrees,
  };
  if (!items.total) got.push(`total: want ${e.total} got ${result.total}`);
  if (!items.budget) got.push(`budget: want ${e.budgetScore} got ${budgetScore}`);
  if (!items.grade) got.push(`grade: want ${e.grade} got ${result.grade}`);
  if (!items.mismatch) got.push(`mismatch: want ${e.mismatch} got ${result.mismatch}`);
  if (!items.issues) got.push(`issues: want [${e.issues ?? ''}] not [${e.noIssues ?? ''}] got [${[...codes].join(',')}]`);
  return { sheet, items, got };
}

/** The agreement table of a set, with each sheet that differs and how. */
export function sheetsReport(label: string, outcomes: SheetOutcome[]): string {
  const perItem = ITEMS.map((k) => `${k} ${outcomes.filter((o) => o.items[k]).length}/${outcomes.length}`).join(', ');
  const whole = outcomes.filter((o) => ITEMS.every((k) => o.items[k])).length;
  const lines = outcomes.filter((o) => o.got.length > 0).map((o) => `${o.sheet.id} — ${o.sheet.note}\n    ${o.got.join('\n    ')}`);
  return [`held-out sheets ${label}: ${whole}/${outcomes.length} sheets agree in every item; ${perItem}`, ...lines].join('\n');
}
