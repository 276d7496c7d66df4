import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port, type ExportFormat } from '../ports';
import { formPolicy, loadForm, type Executor, type LoadedForm } from './form-store';
import { containsPattern } from './contains-pattern';
import { formOrder, orderedBy, type FormSortKey } from './form-sort';
import { readableForm } from './forms';
import { recordHeader, withRecordHeader } from './record-header';

export async function listPublicRegions(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('regions as r')
    .leftJoin('forms as f', (j) => j.onRef('f.region_id', '=', 'r.id').on('f.status', '=', 'published').on('f.deleted_at', 'is', null))
    .select((eb) => ['r.code', 'r.name', eb.fn.count<string>('f.id').as('published')])
    .groupBy(['r.id', 'r.code', 'r.name'])
    .orderBy('r.code')
    .execute();
  return ok({ items: rows.map((r) => ({ code: r.code, name: r.name, published: Number(r.published) })) });
}

/** What the public list sorts by: a published form has no draft-only columns worth ordering. */
export const PUBLIC_SORT_KEYS = ['id', 'project_name', 'org', 'kind', 'fiscal_year', 'budget_total_wan', 'published_at'] as const satisfies readonly FormSortKey[];

export interface PublicFormFilters {
  region?: string | undefined;
  fiscal_year?: number | undefined;
  kind?: string | undefined;
  /** Part of the project name or of the unit's name. */
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  sort?: string | undefined;
  order?: string | undefined;
}

/**
 * One page of the published forms and the number matching the filters, so the public page pages,
 * searches and sorts through the server however many forms a region has published.
 */
export async function listPublicForms(ctx: Ctx, filters: PublicFormFilters) {
  const order = formOrder(filters, PUBLIC_SORT_KEYS, { sort: 'published_at', order: 'desc' });
  if (!order.ok) return order;
  let q = ctx.db
    .selectFrom('forms as f')
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .leftJoin('regions as r', 'r.id', 'f.region_id')
    .where('f.status', '=', 'published')
    .where('f.deleted_at', 'is', null);
  if (filters.region) q = q.where('r.code', '=', filters.region);
  if (filters.fiscal_year) q = q.where('f.fiscal_year', '=', filters.fiscal_year);
  if (filters.kind) q = q.where('f.kind', '=', filters.kind);
  const text = filters.q?.trim();
  if (text) {
    const pattern = containsPattern(text);
    q = q.where((eb) => eb.or([eb('f.project_name', 'like', pattern), eb('o.name', 'like', pattern)]));
  }
  const [rows, count] = await Promise.all([
    orderedBy(
      q.select(['f.id', 'f.kind', 'o.code as org', 'o.name as org_name', 'r.code as region', 'r.name as region_name', 'f.fiscal_year', 'f.project_name', 'f.status', 'f.version', 'f.budget_total_wan', 'f.published_at']),
      order.value,
    )
      .limit(filters.limit ?? 500)
      .offset(filters.offset ?? 0)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return ok(publishedPage(rows, count));
}

/** One page of a public list: its rows with publication times in ISO form, and how many rows all pages hold. */
export function publishedPage<T extends { published_at: Date | string | null }>(rows: T[], count: { n: string } | undefined) {
  return {
    items: rows.map((r) => ({ ...r, published_at: r.published_at ? new Date(r.published_at).toISOString() : null })),
    total: Number(count?.n ?? 0),
  };
}

/** Why a form is not on the public site: withdrawn by finance (a link to it may still be around), or never published. */
async function notPublic(ctx: Ctx, id: number) {
  const withdrawn = await ctx.db.selectFrom('reviews').select('id').where('form_id', '=', id).where('action', '=', 'unpublish').executeTakeFirst();
  return fail('not_found', withdrawn ? `公开表单 ${id} 已撤回，不再公开` : `公开表单 ${id} 不存在`, withdrawn ? { withdrawn: true } : undefined);
}

export async function getPublicForm(ctx: Ctx, id: number) {
  const loaded = await loadForm(ctx.db, id);
  if (!loaded || loaded.row.status !== 'published') return notPublic(ctx, id);
  const { row } = loaded;
  return ok({ id: row.id, kind: row.kind, org: row.org_code, org_name: row.org_name, fiscal_year: row.fiscal_year, status: row.status, version: row.version, form: await printedForm(ctx.db, loaded) });
}

export interface ExportFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

/**
 * The form as the official file and the public site print it: the unit, department and year of the record it is
 * filed under (see record-header.ts), also for a form stored before imports took the record's header.
 */
async function printedForm(db: Executor, loaded: LoadedForm) {
  return withRecordHeader(loaded.form, await recordHeader(db, loaded.row.org_id, loaded.row.fiscal_year));
}

async function runExport(db: Executor, loaded: LoadedForm, format: ExportFormat): Promise<Result<ExportFile>> {
  // Scored under the region's policy, as the self-evaluation page scores it.
  const outcome = await port.exportForms([await printedForm(db, loaded)], format, { policy: formPolicy(loaded.row) });
  if (!outcome.ok) return fail('export_failed', '导出失败，请检查表单内容', { issues: outcome.issues });
  return ok({ bytes: outcome.bytes, contentType: outcome.contentType, fileName: outcome.fileName });
}

export async function exportForm(ctx: Ctx, input: { id: number; format: ExportFormat }): Promise<Result<ExportFile>> {
  const loaded = await readableForm(ctx, input.id);
  if (!loaded.ok) return loaded;
  return runExport(ctx.db, loaded.value, input.format);
}

export async function exportPublicForm(ctx: Ctx, input: { id: number; format: ExportFormat }): Promise<Result<ExportFile>> {
  const loaded = await loadForm(ctx.db, input.id);
  if (!loaded || loaded.row.status !== 'published') return notPublic(ctx, input.id);
  return runExport(ctx.db, loaded, input.format);
}
