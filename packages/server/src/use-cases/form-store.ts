import type { Transaction } from 'kysely';
import { DEFAULT_POLICY, makePolicy, type Form, type Indicator, type Policy } from '@jixiao/core';
import { jsonb, type Db } from '../db/open-database';
import type { Database, FormRow, IndicatorRow, NewIndicator } from '../db/schema';
import type { Finding } from '../ports';

export type Executor = Db | Transaction<Database>;

/** Form kinds that go through target review (审核) rather than acceptance (验收). */
export const TARGET_KINDS = new Set(['department_target', 'project_target']);

const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'basis', 'method', 'actual', 'score', 'reason'] as const;

export function indicatorRow(formId: number, ordinal: number, ind: Indicator): NewIndicator {
  return {
    form_id: formId,
    ordinal,
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    description: ind.description,
    weight: ind.weight,
    unit: ind.unit,
    comparator: ind.comparator,
    target: ind.target,
    basis: ind.basis,
    method: ind.method,
    actual: ind.actual,
    score: ind.score,
    reason: ind.reason,
  };
}

export function rowToIndicator(row: IndicatorRow): Indicator {
  const out: Record<string, unknown> = {};
  for (const f of INDICATOR_FIELDS) out[f] = row[f];
  return out as Indicator;
}

/** The columns a form's header gives for filtering and sums; the rest stays in `header`. */
export function headerColumns(form: Form) {
  const { indicators: _indicators, ...header } = form;
  const project = 'project_name' in form ? { project_name: form.project_name, project_code: form.project_code } : { project_name: null, project_code: null };
  const budget = 'budget_total_wan' in form ? form.budget_total_wan : 'budget' in form ? (form.budget?.adjusted_wan ?? null) : null;
  const total = 'total_score' in form ? form.total_score : null;
  return { header, ...project, budget_total_wan: budget, total_score: total };
}

export function assembleForm(row: Pick<FormRow, 'header'>, indicators: IndicatorRow[]): Form {
  return { ...(row.header as object), indicators: indicators.map(rowToIndicator) } as Form;
}

export async function loadForm(db: Executor, id: number): Promise<{ row: FormRow & { org_path: string; org_code: string; org_name: string; stored_policy: unknown }; form: Form } | null> {
  // Both queries at once: on PostgreSQL they run on two pooled connections.
  const [row, indicators] = await Promise.all([
    db
      .selectFrom('forms as f')
      .innerJoin('orgs as o', 'o.id', 'f.org_id')
      // The region's policy comes along, saving a round trip on every read and save.
      .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'f.region_id').onRef('p.fiscal_year', '=', 'f.fiscal_year'))
      .selectAll('f')
      .select(['o.path as org_path', 'o.code as org_code', 'o.name as org_name', 'p.policy as stored_policy'])
      .where('f.id', '=', id)
      .executeTakeFirst(),
    db.selectFrom('indicators').selectAll().where('form_id', '=', id).orderBy('ordinal').execute(),
  ]);
  if (!row) return null;
  return { row, form: assembleForm(row, indicators) };
}

export async function replaceIndicators(trx: Transaction<Database>, formId: number, indicators: Indicator[]): Promise<void> {
  await trx.deleteFrom('indicators').where('form_id', '=', formId).execute();
  // Batches keep each statement under PostgreSQL's 65535-parameter limit.
  for (let i = 0; i < indicators.length; i += 500) {
    const batch = indicators.slice(i, i + 500).map((ind, j) => indicatorRow(formId, i + j, ind));
    if (batch.length > 0) await trx.insertInto('indicators').values(batch).execute();
  }
}

export function findingsSummary(findings: Finding[]) {
  const byCode: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    if (f.severity === 'error') errors += 1;
    else if (f.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos, by_code: byCode };
}

export { jsonb };

/** The policy loaded with a form (see loadForm), or the defaults. */
export function formPolicy(row: { stored_policy: unknown }): Policy {
  if (row.stored_policy === null || row.stored_policy === undefined) return DEFAULT_POLICY;
  try {
    return makePolicy(row.stored_policy);
  } catch {
    return DEFAULT_POLICY;
  }
}

/** The policy of a region and year, or the defaults. */
export async function policyFor(db: Executor, regionId: number | null, fiscalYear: number): Promise<Policy> {
  if (regionId === null) return DEFAULT_POLICY;
  const row = await db.selectFrom('policies').select('policy').where('region_id', '=', regionId).where('fiscal_year', '=', fiscalYear).executeTakeFirst();
  if (!row) return DEFAULT_POLICY;
  try {
    return makePolicy(row.policy);
  } catch {
    return DEFAULT_POLICY;
  }
}

/** Review findings re-indexed to one form (form index 0). */
export function findingsForOne(findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, form: 0 }));
}

export async function departmentAbove(db: Executor, orgPath: string): Promise<number | null> {
  const ids = orgPath.split('/').filter(Boolean).map(Number);
  if (ids.length === 0) return null;
  const dep = await db.selectFrom('orgs').select(['id', 'path']).where('id', 'in', ids).where('kind', '=', 'department').orderBy('path', 'desc').executeTakeFirst();
  return dep?.id ?? null;
}
