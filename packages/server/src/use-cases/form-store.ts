import { sql, type RawBuilder, type Transaction } from 'kysely';
import { DEFAULT_POLICY, type Form, type Indicator, type Policy } from '@jixiao/core';
import { jsonb, type Db } from '../db/open-database';
import type { Database, FormRow, IndicatorRow, NewIndicator } from '../db/schema';
import type { Finding } from '../ports';
import { queryTemplate } from '../db/query-template';
import { storedPolicy } from '../db/stored-policy';
import { reviewDataFromRows, reviewRowsQuery, storedLookupNames, type ReviewRow, type StoredReviewData } from './stored-review';

export type Executor = Db | Transaction<Database>;

/** Form kinds that go through target review (审核) rather than acceptance (验收). */
export const TARGET_KINDS = new Set(['department_target', 'project_target']);

export const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'basis', 'method', 'actual', 'score', 'reason'] as const;

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

// The SQL types of the indicator columns, for values selected (not inserted) in an upsert.
const INDICATOR_SQL_TYPES: Record<(typeof INDICATOR_FIELDS)[number], 'text' | 'double precision'> = {
  level1: 'text',
  level2: 'text',
  name: 'text',
  description: 'text',
  weight: 'double precision',
  unit: 'text',
  comparator: 'text',
  target: 'text',
  basis: 'text',
  method: 'text',
  actual: 'text',
  score: 'double precision',
  reason: 'text',
};

/**
 * An insert-or-replace of the indicator row at `ordinal` for each form id the table expression
 * `formIds` (a CTE with an `id` column) yields: none when it is empty.
 */
export function upsertIndicatorFrom(formIds: RawBuilder<unknown>, ordinal: number, ind: Indicator): RawBuilder<unknown> {
  const columns = sql.join(INDICATOR_FIELDS.map((f) => sql.ref(f)));
  const values = sql.join(INDICATOR_FIELDS.map((f) => sql`cast(${ind[f] ?? null} as ${sql.raw(INDICATOR_SQL_TYPES[f])})`));
  const updates = sql.join(INDICATOR_FIELDS.map((f) => sql`${sql.ref(f)} = excluded.${sql.ref(f)}`));
  return sql`insert into indicators (form_id, ordinal, ${columns})
    select ids.id, cast(${ordinal} as integer), ${values} from ${formIds} as ids
    on conflict (form_id, ordinal) do update set ${updates}`;
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

export type LoadedForm = { row: FormRow & { org_path: string; org_code: string; org_name: string; stored_policy: unknown; policy_version: number | null }; form: Form };

/**
 * A form with its org, its region's policy and its indicators, in one query (null when it does not
 * exist or was deleted). With `review`, the
 * same query also brings the stored data the review compares the form with (see
 * stored-review.ts), for the stored indicators or for them with one row replaced.
 */
export async function loadForm(db: Executor, id: number, review: { replace?: { ordinal: number; indicator: Indicator } }): Promise<(LoadedForm & { review: StoredReviewData }) | null>;
export async function loadForm(db: Executor, id: number): Promise<LoadedForm | null>;
export async function loadForm(db: Executor, id: number, review?: { replace?: { ordinal: number; indicator: Indicator } }): Promise<(LoadedForm & { review?: StoredReviewData }) | null> {
  const replace = review?.replace;
  const query = !review
    ? loadFormQuery(db, { id })
    : replace
      ? loadFormReplacingQuery(db, { id, ordinal: replace.ordinal, name: replace.indicator.name, comparator: replace.indicator.comparator })
      : loadFormReviewedQuery(db, { id });
  const row = (await db.executeQuery(query)).rows[0];
  if (!row) return null;
  const { indicator_rows: indicators, review_rows: rows, ...formRow } = row;
  const form = { ...(formRow.header as object), indicators: indicators.map(indicatorFromArray) } as Form;
  const loaded = { row: formRow, form };
  return rows ? { ...loaded, review: reviewDataFromRows(rows) } : loaded;
}

/** An indicator's fields by name, a missing one as null (a statement's parameters). */
export function indicatorValues(ind: Indicator): Record<(typeof INDICATOR_FIELDS)[number], unknown> {
  return Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, ind[f] ?? null])) as Record<(typeof INDICATOR_FIELDS)[number], unknown>;
}

/** An indicator from its values in INDICATOR_FIELDS order (as loadForm's query gives them). */
export function indicatorFromArray(v: unknown[]): Indicator {
  // Spelled out: this runs for every row of every form read.
  return {
    level1: v[0],
    level2: v[1],
    name: v[2],
    description: v[3],
    weight: v[4],
    unit: v[5],
    comparator: v[6],
    target: v[7],
    basis: v[8],
    method: v[9],
    actual: v[10],
    score: v[11],
    reason: v[12],
  } as Indicator;
}

/** The form read of loadForm; `reviewRows` adds the review's stored data as a column. */
function formQuery(db: Executor, id: number, reviewRows: RawBuilder<ReviewRow[] | null>) {
  return formRowsQuery(db).where('t.id', '=', id).select(reviewRows.as('review_rows'));
}

/** Live forms with their org, their region's policy and version, and their indicators (INDICATOR_FIELDS arrays). */
export function formRowsQuery(db: Executor) {
  return (
    db
      .selectFrom('forms as t')
      .innerJoin('orgs as o', 'o.id', 't.org_id')
      // The region's policy comes along, saving a round trip on every read and save.
      .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 't.region_id').onRef('p.fiscal_year', '=', 't.fiscal_year'))
      // The version of the policy read here: a save writes only while it is still the region's (form-save-policy.ts).
      .leftJoin('regions as rg', 'rg.id', 't.region_id')
      .selectAll('t')
      .select(['o.path as org_path', 'o.code as org_code', 'o.name as org_name', 'p.policy as stored_policy', 'rg.policy_version as policy_version'])
      // A deleted form is gone for every read and write; form-deletion.ts reads it on its own.
      .where('t.deleted_at', 'is', null)
      // Arrays in INDICATOR_FIELDS order: building them costs PostgreSQL (and PGlite) much less than row objects.
      .select(sql<unknown[][]>`(select coalesce(json_agg(json_build_array(${sql.join(INDICATOR_FIELDS.map((f) => sql.ref(`i.${f}`)))}) order by i.ordinal), '[]'::json)
        from indicators as i where i.form_id = t.id)`.as('indicator_rows'))
  );
}

function reviewRowsOf(db: Executor, replace?: { ordinal: number; indicator: Pick<Indicator, 'name' | 'comparator'> }): RawBuilder<ReviewRow[] | null> {
  return sql<ReviewRow[]>`(select coalesce(json_agg(r order by r.src, r.form_id desc), '[]'::json) from (${reviewRowsQuery(
    db,
    { orgId: sql<number>`t.org_id`, regionId: sql<number | null>`t.region_id`, fiscalYear: sql<number>`t.fiscal_year` },
    storedLookupNames(sql<number>`t.id`, replace),
  )}) as r)`;
}

// Every read and save runs one of these: compiled once (see query-template.ts).
const loadFormQuery = queryTemplate(['id'], (db: Executor, p) => formQuery(db, p('id'), sql<null>`null`));
const loadFormReviewedQuery = queryTemplate(['id'], (db: Executor, p) => formQuery(db, p('id'), reviewRowsOf(db)));
const loadFormReplacingQuery = queryTemplate(['id', 'ordinal', 'name', 'comparator'], (db: Executor, p) =>
  formQuery(db, p('id'), reviewRowsOf(db, { ordinal: p('ordinal'), indicator: { name: p('name'), comparator: p('comparator') } })),
);

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

/**
 * The policy a form's findings and score are made under: the region's for the year (loaded with the form, see loadForm;
 * the defaults when it has none), except for a published form, which keeps the one it was published under (migration
 * 18): a policy change must not silently rewrite what the public site and its files show.
 */
export function formPolicy(row: { stored_policy: unknown; status: string; published_policy: unknown }): Policy {
  return storedPolicy(row.status === 'published' ? row.published_policy : row.stored_policy);
}

/** The region's policy for the form's year as loaded with it, published or not: what a new result is held to. */
export function regionPolicy(row: { stored_policy: unknown }): Policy {
  return storedPolicy(row.stored_policy);
}

/** The policy of a region and year, or the defaults. */
export async function policyFor(db: Executor, regionId: number | null, fiscalYear: number): Promise<Policy> {
  if (regionId === null) return DEFAULT_POLICY;
  const row = await db.selectFrom('policies').select('policy').where('region_id', '=', regionId).where('fiscal_year', '=', fiscalYear).executeTakeFirst();
  return storedPolicy(row?.policy);
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
