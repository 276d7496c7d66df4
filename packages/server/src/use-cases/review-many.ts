import type { Form, Policy } from '@jixiao/core';
import { sql } from 'kysely';
import { review, type Finding } from '../ports';
import { findingsForOne, formPolicy, formRowsQuery, indicatorFromArray, type Executor } from './form-store';
import { lookupNames, MAX_HISTORY_ROWS, MAX_PEER_ROWS, reviewDataFromRows, type ReviewRow } from './stored-review';

// Forms per round of queries: a region's season in a few rounds, none holding thousands of forms' rows in memory.
const CHUNK = 200;
const SELF_EVALUATION_KINDS = ['project_self_evaluation', 'department_self_evaluation'];
const TARGET_KINDS = ['project_target', 'department_target'];

type ManyRow = Awaited<ReturnType<ReturnType<typeof formRowsQuery>['execute']>>[number];

/** One form reviewed as its page reviews it, with the row it was read from. */
export interface ReviewedForm {
  row: ManyRow;
  form: Form;
  findings: Finding[];
}

interface Candidate {
  org_id: number;
  form_id: number;
  name: string;
  unit: string | null;
  actual: string | null;
  fiscal_year: number;
  comparator: string | null;
  target: string | null;
  org: string;
}

/**
 * Many forms reviewed live, each exactly as its page and loadForm's review read it (the region's policy or, published,
 * the one it was published under; last year's actuals of its org; this year's targets of the region's other orgs; a
 * sibling target at the policy total), in a few set-wide queries instead of one look-up per form: a form's history and
 * peers are the rows of its org's and region's forms, read once per org-year and region-year and filtered here as
 * reviewRowsQuery filters them (names, own org, newest form first, the same caps). Nothing is cached, so nothing is
 * stale. Deleted or missing ids are left out.
 */
export async function reviewMany(db: Executor, ids: readonly number[]): Promise<Map<number, ReviewedForm>> {
  const out = new Map<number, ReviewedForm>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await formRowsQuery(db).where('t.id', 'in', ids.slice(i, i + CHUNK)).execute();
    const forms = rows.map((row) => ({ row, form: { ...(row.header as object), indicators: row.indicator_rows.map(indicatorFromArray) } as Form }));
    const names = new Map(forms.map(({ row, form }) => [row.id, lookupNames(form.indicators)]));
    const history = await candidates(db, forms.map((f) => f.row), names, 'h');
    const peers = await candidates(db, forms.map((f) => f.row), names, 'p');
    const siblings = await projectTargetWeights(db, forms.map((f) => f.row));
    for (const { row, form } of forms) {
      const own = new Set(names.get(row.id));
      const policy = formPolicy(row);
      const reviewRows: ReviewRow[] = [
        ...pick(history.get(`${row.org_id}/${row.fiscal_year - 1}`), own, null, MAX_HISTORY_ROWS).map((c) => ({ src: 'h' as const, form_id: c.form_id, name: c.name, unit: c.unit, actual: c.actual, fiscal_year: c.fiscal_year, comparator: null, target: null, org: null })),
        ...(row.region_id === null ? [] : pick(peers.get(`${row.region_id}/${row.fiscal_year}`), own, row.org_id, MAX_PEER_ROWS).map((c) => ({ src: 'p' as const, form_id: c.form_id, name: c.name, unit: c.unit, actual: null, fiscal_year: null, comparator: c.comparator, target: c.target, org: c.org }))),
      ];
      const sibling = form.kind === 'project_target' && siblingAtTotal(siblings.get(`${row.org_id}/${row.fiscal_year}`), row.id, policy);
      out.set(row.id, { row, form, findings: findingsForOne(review([form], policy, reviewDataFromRows(reviewRows), sibling)) });
    }
  }
  return out;
}

/** A form's rows among its group's candidates (newest form first): its names, not its own org's for peers, capped. */
function pick(group: readonly Candidate[] | undefined, names: ReadonlySet<string>, notOrg: number | null, cap: number): Candidate[] {
  const out: Candidate[] = [];
  for (const c of group ?? []) {
    if (out.length === cap) break;
    if (names.has(c.name) && c.org_id !== notOrg) out.push(c);
  }
  return out;
}

/**
 * The rows the forms' history ('h': self-evaluations of the org's year before, with an actual) or peer ('p': targets
 * of the region's year) checks may compare with, by org-year or region-year, for the names any of the forms looks up.
 */
async function candidates(db: Executor, rows: readonly ManyRow[], names: ReadonlyMap<number, string[]>, src: 'h' | 'p'): Promise<Map<string, Candidate[]>> {
  const groups = new Map<string, { key: [number, number]; names: Set<string> }>();
  for (const row of rows) {
    if (src === 'p' && row.region_id === null) continue;
    const key: [number, number] = src === 'h' ? [row.org_id, row.fiscal_year - 1] : [row.region_id!, row.fiscal_year];
    const group = groups.get(key.join('/')) ?? { key, names: new Set<string>() };
    for (const n of names.get(row.id) ?? []) group.names.add(n);
    groups.set(key.join('/'), group);
  }
  const out = new Map<string, Candidate[]>();
  for (const [id, { key, names: wanted }] of groups) {
    if (wanted.size === 0) continue;
    const found = await db
      .selectFrom('indicators as i')
      .innerJoin('forms as f', 'f.id', 'i.form_id')
      .innerJoin('orgs as o', 'o.id', 'f.org_id')
      .select(['f.org_id', 'f.id as form_id', 'i.name', 'i.unit', 'i.actual', 'f.fiscal_year', 'i.comparator', 'i.target', 'o.code as org'])
      .where('f.deleted_at', 'is', null)
      .where(src === 'h' ? 'f.org_id' : 'f.region_id', '=', key[0])
      .where('f.fiscal_year', '=', key[1])
      .where('f.kind', 'in', src === 'h' ? SELF_EVALUATION_KINDS : TARGET_KINDS)
      .where('i.name', 'in', [...wanted])
      .$if(src === 'h', (q) => q.where('i.actual', 'is not', null))
      .orderBy('f.id', 'desc')
      .orderBy('i.ordinal')
      .execute();
    out.set(id, found);
  }
  return out;
}

/** The Σ weight of each live project target of the forms' org-years (null: no weighted row), by org-year. */
async function projectTargetWeights(db: Executor, rows: readonly ManyRow[]): Promise<Map<string, { id: number; sum: number | null }[]>> {
  const pairs = [...new Map(rows.filter((r) => r.kind === 'project_target').map((r) => [`${r.org_id}/${r.fiscal_year}`, [r.org_id, r.fiscal_year] as const])).values()];
  const out = new Map<string, { id: number; sum: number | null }[]>();
  if (pairs.length === 0) return out;
  const found = await db
    .selectFrom('forms as f')
    .innerJoin('indicators as i', 'i.form_id', 'f.id')
    .select(['f.id', 'f.org_id', 'f.fiscal_year', sql<number | null>`sum(i.weight)`.as('sum')])
    .where('f.kind', '=', 'project_target')
    .where('f.deleted_at', 'is', null)
    .where((eb) => eb.or(pairs.map(([org, year]) => eb.and([eb('f.org_id', '=', org), eb('f.fiscal_year', '=', year)]))))
    .groupBy(['f.id', 'f.org_id', 'f.fiscal_year'])
    .execute();
  for (const r of found) {
    const key = `${r.org_id}/${r.fiscal_year}`;
    out.set(key, [...(out.get(key) ?? []), { id: r.id, sum: r.sum === null ? null : Number(r.sum) }]);
  }
  return out;
}

/** siblingAtPolicyTotal from the org-year's sums: another project target whose weights total the policy value. */
function siblingAtTotal(group: readonly { id: number; sum: number | null }[] | undefined, id: number, policy: Policy): boolean {
  return (group ?? []).some((s) => s.id !== id && s.sum !== null && Math.abs(s.sum - policy.weightTotals.project_target) <= 0.01);
}
