import type { FindingCode, Severity } from '@jixiao/core';
import { sql } from 'kysely';
import { requireActor } from '../access';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { DELETERS } from './form-deletion';
import { evaluatedBy } from './evaluated-orgs';
import { FINDINGS_ERRORS, FINDINGS_INFOS, FINDINGS_WARNINGS, formOrder, orderedBy } from './form-sort';
import { containsPattern } from './contains-pattern';
import { AT_DEPARTMENT } from './awaiting';
import { yearClosedSql } from './year-closed';

export interface FormListItem {
  id: number;
  kind: string;
  org: string;
  org_name: string;
  fiscal_year: number;
  project_name: string | null;
  status: string;
  version: number;
  budget_total_wan: number | null;
  /** A self-evaluation's 系统核算总分 and its grade (core's storedSheetScore, either kind); null for a target or an empty sheet. */
  total_score: number | null;
  grade: string | null;
  /** The 总分 the sheet itself states (the unit's 填报总分), shown beside the system's; null for a target. */
  reported_total: number | null;
  /** The stored review's counts by severity (as of the last save), so a queue can sort by them. */
  errors: number;
  warnings: number;
  infos: number;
  updated_at: string;
  /** Only in the list of deleted forms (`deleted: 'only'`). */
  deleted_at?: string | null;
  /** The form's fiscal year is closed (year-closed.ts): it is read-only. */
  year_closed: boolean;
}

export interface FormFilters {
  org?: string | undefined;
  kind?: string | undefined;
  fiscal_year?: number | undefined;
  status?: string | undefined;
  q?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** A key of FORM_SORT_KEYS (default id) and asc|desc; ties go by id. */
  sort?: string | undefined;
  order?: string | undefined;
  /** 'only': the deleted forms instead (the 回收站 of those who may restore them). */
  deleted?: 'only' | undefined;
  /** Forms whose next decision is that reviewer's: a 主管部门's (targets of its units, submitted) or finance's (the rest). */
  awaiting?: 'department' | 'finance' | undefined;
  /** 'open': only forms of years not closed — the to-do lists, where nothing of a closed year can be acted on. */
  years?: 'open' | undefined;
  /** Forms whose stored review has at least one finding of this code (forms.findings.by_code). */
  finding?: FindingCode | undefined;
  /** Forms whose stored review has at least one finding of this severity. */
  severity?: Severity | undefined;
}

const SEVERITY_COUNTS: Record<Severity, typeof FINDINGS_ERRORS> = { error: FINDINGS_ERRORS, warning: FINDINGS_WARNINGS, info: FINDINGS_INFOS };

/** A sheet's own 总分, kept in its header (headerColumns); null where it states none, as a target does. */
const REPORTED_TOTAL = sql<number | null>`cast(f.header->>'total_score' as double precision)`;

/**
 * The forms the actor may see that match the filters (orgs joined as `o`), for the list, the queue counts and the
 * findings export alike: whatever narrows the list narrows the others the same way.
 */
export async function filteredForms(ctx: Ctx, filters: FormFilters) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const actor = who.actor;
  const deleted = filters.deleted === 'only';
  if (deleted && !DELETERS.includes(actor.role)) return fail('forbidden', '只有本单位填报人员、财政审核人员或管理员可以查看已删除的表');
  let query = ctx.db.selectFrom('forms as f').innerJoin('orgs as o', 'o.id', 'f.org_id').where('f.deleted_at', deleted ? 'is not' : 'is', null);
  if (actor.scopePath === null) query = query.where('f.status', '=', 'published').where(evaluatedBy(actor.userId, sql.ref('o.path')));
  else if (actor.scopePath !== '/') query = query.where('o.path', 'like', `${actor.scopePath}%`);
  if (filters.org) {
    const org = await ctx.db.selectFrom('orgs').select('path').where('code', '=', filters.org).executeTakeFirst();
    if (!org) return fail('not_found', `单位编码 ${filters.org} 不存在`);
    query = query.where('o.path', 'like', `${org.path}%`);
  }
  if (filters.kind) query = query.where('f.kind', '=', filters.kind);
  if (filters.fiscal_year) query = query.where('f.fiscal_year', '=', filters.fiscal_year);
  if (filters.status) query = query.where('f.status', '=', filters.status);
  if (filters.q) query = query.where('f.project_name', 'like', containsPattern(filters.q));
  if (filters.years === 'open') query = query.where(sql<boolean>`not ${yearClosedSql(sql.ref('f.region_id'), sql.ref('f.fiscal_year'))}`);
  // The stored counts as of the last save (recounted on a policy change), so a filter costs no review per form.
  if (filters.finding) query = query.where(sql<boolean>`coalesce((f.findings->'by_code'->>${filters.finding})::int, 0) > 0`);
  if (filters.severity) query = query.where(sql<boolean>`${SEVERITY_COUNTS[filters.severity]} > 0`);
  if (filters.awaiting) {
    query = filters.awaiting === 'department'
      ? query.where(AT_DEPARTMENT)
      : query.where((eb) => eb.and([eb('f.status', 'in', ['submitted', 'department_approved']), eb.not(AT_DEPARTMENT)]));
  }
  return ok(query);
}

export async function listForms(ctx: Ctx, filters: FormFilters): Promise<Result<{ items: FormListItem[]; total: number }>> {
  const order = formOrder(filters);
  if (!order.ok) return order;
  const deleted = filters.deleted === 'only';
  const filtered = await filteredForms(ctx, filters);
  if (!filtered.ok) return filtered;
  const query = filtered.value;
  const [rows, count] = await Promise.all([
    orderedBy(
      query.select(['f.id', 'f.kind', 'o.code as org', 'o.name as org_name', 'f.fiscal_year', 'f.project_name', 'f.status', 'f.version', 'f.budget_total_wan', 'f.total_score', 'f.grade', 'f.updated_at', 'f.deleted_at'])
        .select([REPORTED_TOTAL.as('reported_total'), FINDINGS_ERRORS.as('errors'), FINDINGS_WARNINGS.as('warnings'), FINDINGS_INFOS.as('infos'), yearClosedSql(sql.ref('f.region_id'), sql.ref('f.fiscal_year')).as('year_closed')]),
      order.value,
    )
      .limit(filters.limit ?? 200)
      .offset(filters.offset ?? 0)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  const items = rows.map(({ deleted_at, ...r }) => ({ ...r, year_closed: r.year_closed === true, errors: Number(r.errors), warnings: Number(r.warnings), infos: Number(r.infos), updated_at: new Date(r.updated_at).toISOString(), ...(deleted ? { deleted_at: deleted_at ? new Date(deleted_at).toISOString() : null } : {}) }));
  return ok({ items, total: Number(count?.n ?? 0) });
}
