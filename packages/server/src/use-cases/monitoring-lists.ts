import { sql, type RawBuilder } from 'kysely';
import type { Role } from '../db/schema';
import { requireActor } from '../access';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { containsPattern } from './contains-pattern';
import { orderedBy, type OrderTerm, type SortOrder } from './form-sort';
import { viewsOf, type MonitoringView } from './monitoring-views';

/**
 * The reviewers' lists of monitoring tables (运行监控): the review queue (待验收 / 已退回 / 已验收) and 重点监控.
 * Rows come from SQL; each row's lights come from the table itself under the region's current policy (viewsOf, one query a page), so a
 * list shows what the table opens to, and a policy changed after the table was saved is not hidden by stale lights.
 */

/** The stages a table reaches once its unit submits it; a draft is still the unit's own and is not listed. */
export const QUEUE_STATUSES = ['submitted', 'returned', 'accepted'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** What `status` may ask for: a stage of the queue, or `draft`, the unit editor's own saved, unsubmitted tables. */
export const LIST_STATUSES = [...QUEUE_STATUSES, 'draft'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

/**
 * Who reads the queue: reviewers their subtree (a 主管部门 its units, finance its region, admin all), and a unit
 * editor its own unit's tables, to see which were returned or accepted. An evaluator has no part in monitoring.
 */
const QUEUE_ROLES: readonly Role[] = ['finance_reviewer', 'department_reviewer', 'admin', 'unit_editor'];
const KEY_ROLES: readonly Role[] = ['finance_reviewer', 'department_reviewer', 'admin'];

/** When the unit last submitted the table: the newest submit in the audit log (a table can come back after a return). */
const SUBMITTED_AT = sql<Date | string | null>`(select max(a.at) from audit_events a
  where a.entity = 'monitoring_report' and a.entity_id = cast(m.id as text) and a.action = 'monitoring.submit')`;

export const MONITORING_SORT_KEYS = ['submitted_at', 'project_name', 'org', 'month', 'budget_wan', 'executed_wan', 'status', 'updated_at', 'id'] as const;
export type MonitoringSortKey = (typeof MONITORING_SORT_KEYS)[number];

export const MONITORING_SORT_LABELS: Record<MonitoringSortKey, string> = {
  submitted_at: '提交时间',
  project_name: '项目名称',
  org: '单位',
  month: '监控期间',
  budget_wan: '预算',
  executed_wan: '执行数',
  status: '状态',
  updated_at: '更新时间',
  id: '编号',
};

// Text by code point (collate "C") as the form lists do, so PGlite and PostgreSQL page alike.
const SORT_SQL: Record<MonitoringSortKey, RawBuilder<unknown>> = {
  submitted_at: SUBMITTED_AT,
  project_name: sql`f.project_name collate "C"`,
  org: sql`o.name collate "C"`,
  month: sql`m.period_month`,
  budget_wan: sql`m.budget_wan`,
  executed_wan: sql`m.executed_wan`,
  status: sql`array_position(array[${sql.join(QUEUE_STATUSES.map((s) => sql.lit(s)))}]::text[], m.status)`,
  updated_at: sql`m.updated_at`,
  id: sql`m.id`,
};

/** The ORDER BY terms; the id last so equal keys keep one order from page to page. Default: longest waiting first. */
function queueOrder(sort: MonitoringSortKey | undefined, order: SortOrder | undefined): OrderTerm[] {
  const key = sort ?? 'submitted_at';
  const dir = order ?? 'asc';
  return key === 'id' ? [{ expr: SORT_SQL.id, order: dir }] : [{ expr: SORT_SQL[key], order: dir }, { expr: SORT_SQL.id, order: dir }];
}

const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());

/** Each row with the numbers it shows from its table's own lights: all the page's tables read in one query. */
async function withLights<R extends { id: number }>(ctx: Ctx, rows: R[]) {
  const views = await viewsOf(ctx, rows.map((r) => r.id));
  return rows.map((r) => withViewLights(r, views.get(r.id)));
}

/** A listed table with its lights, the reasons it is on the 重点监控 list (its red rows named) under the region's current policy, and whether its year is closed. */
function withViewLights<R extends { id: number }>(r: R, view: MonitoringView | undefined) {
  return {
    ...r,
    budget_progress: view?.lights.budget.progress ?? null,
    budget_light: view?.lights.budget.light ?? null,
    project_light: view?.lights.project.light ?? null,
    reasons: view?.key_reasons ?? [],
    // A closed year's table is listed with 已关闭 and without actions that the server would refuse.
    year_closed: view?.year_closed ?? false,
  };
}

function scopedTables(ctx: Ctx, scopePath: string) {
  let q = ctx.db
    .selectFrom('monitoring_reports as m')
    .innerJoin('orgs as o', 'o.id', 'm.org_id')
    .innerJoin('forms as f', 'f.id', 'm.form_id')
    .where('f.deleted_at', 'is', null);
  if (scopePath !== '/') q = q.where('o.path', 'like', `${scopePath}%`);
  return q;
}

export interface MonitoringQueueFilters {
  status?: ListStatus | undefined;
  fiscal_year?: number | undefined;
  month?: number | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  sort?: MonitoringSortKey | undefined;
  order?: SortOrder | undefined;
}

/** The tables at each stage in one fiscal year, whatever year or period the list is filtered by (a search applies). */
export interface YearCounts {
  fiscal_year: number;
  counts: StageCounts;
}

/** Tables per stage; `draft` only for a unit editor, whose own drafts are listed to it alone. */
export type StageCounts = Record<QueueStatus, number> & { draft?: number };

function countsOf(rows: readonly { status: string; n: string | number | bigint }[], statuses: readonly ListStatus[]): StageCounts {
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as StageCounts;
  for (const r of rows) if (r.status in counts) counts[r.status as ListStatus] = (counts[r.status as ListStatus] ?? 0) + Number(r.n);
  return counts;
}

/**
 * Submitted monitoring tables in the actor's scope, paged and sorted on the server like GET /api/forms, with the count
 * at each stage (under the same year, period and search) for the list's tabs, and per fiscal year in the whole scope
 * (years, newest first): the page opens on a year with work in it and tells of tables waiting in other years.
 * A unit editor also finds its saved drafts (`status=draft`, last saved first) to resume them; a reviewer does not
 * see drafts, which are the unit's own until submitted.
 */
export async function listMonitoringTables(ctx: Ctx, filters: MonitoringQueueFilters): Promise<Result<{ items: Awaited<ReturnType<typeof withLights>>; total: number; counts: StageCounts; years: YearCounts[] }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const { actor } = who;
  if (!QUEUE_ROLES.includes(actor.role) || actor.scopePath === null) return fail('forbidden', '监控表清单只对审核人员和填报单位开放');
  const filler = actor.role === 'unit_editor';
  if (filters.status === 'draft' && !filler) return fail('forbidden', '监控表草稿由填报单位保存，提交前只有填报单位可以查看；请查看待验收、已退回或已验收的监控表');
  const statuses: readonly ListStatus[] = filler ? LIST_STATUSES : QUEUE_STATUSES;
  let searched = scopedTables(ctx, actor.scopePath).where('m.status', 'in', [...statuses]);
  if (filters.q) searched = searched.where('f.project_name', 'like', containsPattern(filters.q));
  let base = searched;
  if (filters.fiscal_year) base = base.where('m.fiscal_year', '=', filters.fiscal_year);
  if (filters.month) base = base.where('m.period_month', '=', filters.month);
  const listed = base.where('m.status', 'in', filters.status ? [filters.status] : [...QUEUE_STATUSES]);
  // A draft has no submitted time: the one saved last is the one the clerk is most likely resuming.
  const drafts = filters.status === 'draft' && !filters.sort;
  const [rows, tally] = await Promise.all([
    orderedBy(
      listed.select([
        'm.id', 'm.form_id', 'm.fiscal_year', 'm.period_month as month', 'm.status', 'm.version', 'f.project_name', 'f.project_code', 'o.code as org', 'o.name as org_name',
        'm.budget_wan', 'm.executed_wan', 'm.key_monitoring', 'm.decision', 'm.note', 'm.updated_at',
      ]).select(SUBMITTED_AT.as('submitted_at')),
      drafts ? queueOrder('updated_at', filters.order ?? 'desc') : queueOrder(filters.sort, filters.order),
    )
      .limit(filters.limit ?? 50)
      .offset(filters.offset ?? 0)
      .execute(),
    // One count by year, period and stage gives both the tabs' counts and the years' (a page stays at three queries).
    searched.select(['m.fiscal_year', 'm.period_month', 'm.status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy(['m.fiscal_year', 'm.period_month', 'm.status']).execute(),
  ]);
  const counts = countsOf(tally.filter((b) => (!filters.fiscal_year || b.fiscal_year === filters.fiscal_year) && (!filters.month || b.period_month === filters.month)), statuses);
  const years = [...new Set(tally.map((b) => b.fiscal_year))]
    .sort((a, b) => b - a)
    .map((fiscal_year) => ({ fiscal_year, counts: countsOf(tally.filter((b) => b.fiscal_year === fiscal_year), statuses) }));
  const total = filters.status ? (counts[filters.status] ?? 0) : QUEUE_STATUSES.reduce((n, s) => n + counts[s], 0);
  const items = await withLights(ctx, rows.map((r) => ({ ...r, submitted_at: iso(r.submitted_at), updated_at: iso(r.updated_at) })));
  return ok({ items, total, counts, years });
}

/** 重点监控: red projects and large projects executing slowly, in the actor's subtree, each with why it is listed. */
export async function keyMonitoringList(ctx: Ctx, input: { fiscal_year?: number | undefined }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  // A reviewer without an org sees nothing rather than everything.
  if (!KEY_ROLES.includes(who.actor.role) || who.actor.scopePath === null) return fail('forbidden', '重点监控清单只对审核人员开放');
  let q = scopedTables(ctx, who.actor.scopePath)
    .select(['m.id', 'm.form_id', 'm.version', 'f.project_name', 'o.code as org', 'o.name as org_name', 'm.period_month as month', 'm.budget_wan', 'm.executed_wan', 'm.decision', 'm.status'])
    .where('m.key_monitoring', '=', true);
  if (input.fiscal_year) q = q.where('m.fiscal_year', '=', input.fiscal_year);
  return ok({ items: await withLights(ctx, await q.orderBy('m.id').limit(1000).execute()) });
}
