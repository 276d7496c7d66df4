import { requireActor } from '../access';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { containsPattern } from './contains-pattern';

/** One recorded change (审计日志): who did what to which record, with the record before and after. */
export interface AuditEventView {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditEventFilters {
  /** form, org, user, monitoring_report, … */
  entity?: string | undefined;
  entity_id?: string | undefined;
  /** An action or its start (form. finds every form action). */
  action?: string | undefined;
  /** Part of the actor's user name. */
  actor?: string | undefined;
  /** Days (YYYY-MM-DD, China time), both included. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

const DEFAULT_LIMIT = 50;

/** The start of a China-time day (UTC+8, no daylight saving) as an instant. */
function dayStart(day: string, after = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + after) - 8 * 3600_000);
}

/**
 * 审计日志 for the admin: the newest changes first, filtered and paged in SQL, with a total so the page can say how many
 * match. The chain itself is checked by GET /api/audit/verify; this only reads it.
 */
export async function listAuditEvents(ctx: Ctx, filters: AuditEventFilters): Promise<Result<{ items: AuditEventView[]; total: number }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  // Every org's records are in the log (users, passwords reset, orgs moved): only the admin reads it whole.
  if (who.actor.role !== 'admin') return fail('forbidden', '只有管理员可以查看审计日志');
  if (filters.from && filters.to && filters.from > filters.to) return fail('validation_failed', `起始日期 ${filters.from} 晚于结束日期 ${filters.to}，请调换或修改日期`);
  let q = ctx.db.selectFrom('audit_events');
  if (filters.entity) q = q.where('entity', '=', filters.entity);
  if (filters.entity_id) q = q.where('entity_id', '=', filters.entity_id);
  if (filters.action) q = filters.action.endsWith('.') ? q.where('action', 'like', `${containsPattern(filters.action).slice(1, -1)}%`) : q.where('action', '=', filters.action);
  if (filters.actor) q = q.where('actor_name', 'like', containsPattern(filters.actor));
  if (filters.from) q = q.where('at', '>=', dayStart(filters.from));
  if (filters.to) q = q.where('at', '<', dayStart(filters.to, 1));
  const [rows, count] = await Promise.all([
    q.select(['id', 'at', 'actor_name', 'action', 'entity', 'entity_id', 'before', 'after'])
      .orderBy('id', 'desc')
      .limit(filters.limit ?? DEFAULT_LIMIT)
      .offset(filters.offset ?? 0)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return ok({
    items: rows.map((r) => ({
      id: r.id, at: new Date(r.at).toISOString(), actor: r.actor_name, action: r.action, entity: r.entity, entity_id: r.entity_id, before: r.before, after: r.after,
    })),
    total: Number(count?.n ?? 0),
  });
}
