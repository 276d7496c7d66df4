import { sql } from 'kysely';
import { requireActor } from '../access';
import { verifyAuditChain } from '../audit/audit-log';
import type { Ctx } from '../context';
import { ok, fail } from '../errors';
import { AT_DEPARTMENT } from './awaiting';
import { evaluatedBy } from './evaluated-orgs';
import { yearClosedSql } from './year-closed';

/** The 工作台 figures, over the actor's subtree, computed in SQL so they scale with the data. */
export async function dashboard(ctx: Ctx, input: { fiscal_year?: number | undefined }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const scope = who.actor.scopePath;
  const base = () => {
    let q = ctx.db.selectFrom('forms as f').innerJoin('orgs as o', 'o.id', 'f.org_id').where('f.deleted_at', 'is', null);
    if (scope === null) q = q.where('f.status', '=', 'published').where(evaluatedBy(who.actor.userId, sql.ref('o.path')));
    else if (scope !== '/') q = q.where('o.path', 'like', `${scope}%`);
    if (input.fiscal_year) q = q.where('f.fiscal_year', '=', input.fiscal_year);
    return q;
  };
  // The to-do counts leave out closed years, whose forms can only be read (year-closed.ts); the charts keep them.
  const openYears = () => base().where(sql<boolean>`not ${yearClosedSql(sql.ref('f.region_id'), sql.ref('f.fiscal_year'))}`);
  const [byStatus, byUnit, findingRows, grades, lights, atDepartment, openByStatus, openAtDepartment] = await Promise.all([
    base().select((eb) => ['f.status', 'f.kind', eb.fn.countAll<string>().as('n')]).groupBy(['f.status', 'f.kind']).execute(),
    base()
      .where('f.kind', '=', 'project_target')
      .select((eb) => ['o.code', 'o.name', eb.fn.sum<number | string | null>('f.budget_total_wan').as('budget'), eb.fn.countAll<string>().as('n')])
      .groupBy(['o.code', 'o.name'])
      .orderBy('budget', 'desc')
      .limit(50)
      .execute(),
    base()
      .select(sql<string>`e.key`.as('code'))
      .select(sql<string>`sum((e.value)::int)`.as('n'))
      .innerJoin(sql<{ key: string; value: string }>`jsonb_each_text(coalesce(f.findings->'by_code', '{}'::jsonb))`.as('e'), (j) => j.onTrue())
      .groupBy(sql`e.key`)
      .execute(),
    // A self-evaluation of either kind stores the rules' grade (core's storedSheetScore); targets have none.
    base().where('f.grade', 'is not', null).select((eb) => ['f.kind', 'f.grade', eb.fn.countAll<string>().as('n')]).groupBy(['f.kind', 'f.grade']).execute(),
    (() => {
      let q = ctx.db.selectFrom('monitoring_reports as m').innerJoin('orgs as o', 'o.id', 'm.org_id');
      if (scope === null) return Promise.resolve([] as { light: string | null; n: string }[]);
      if (scope !== '/') q = q.where('o.path', 'like', `${scope}%`);
      if (input.fiscal_year) q = q.where('m.fiscal_year', '=', input.fiscal_year);
      return q.select((eb) => ['m.project_light as light', eb.fn.countAll<string>().as('n')]).groupBy('m.project_light').execute();
    })(),
    base().where(AT_DEPARTMENT).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    openYears().select((eb) => ['f.status', eb.fn.countAll<string>().as('n')]).groupBy('f.status').execute(),
    openYears().where(AT_DEPARTMENT).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  const gradeCounts: Record<string, number> = {};
  const gradesByKind: Record<string, Record<string, number>> = {};
  for (const r of grades) {
    const grade = r.grade as string;
    gradeCounts[grade] = (gradeCounts[grade] ?? 0) + Number(r.n);
    (gradesByKind[r.kind] ??= {})[grade] = Number(r.n);
  }
  const statusCounts: Record<string, number> = {};
  for (const r of byStatus) statusCounts[r.status] = (statusCounts[r.status] ?? 0) + Number(r.n);
  const department = Number(atDepartment?.n ?? 0);
  const openCounts: Record<string, number> = {};
  for (const r of openByStatus) openCounts[r.status] = Number(r.n);
  const openDepartment = Number(openAtDepartment?.n ?? 0);
  return ok({
    counts_by_status: statusCounts,
    // Whose decision the forms wait for, as GET /api/forms?awaiting= lists them.
    counts_awaiting: { department, finance: (statusCounts.submitted ?? 0) + (statusCounts.department_approved ?? 0) - department },
    // The same two for forms of open years only: what a 工作台 to-do list can still act on (GET /api/forms?years=open).
    counts_todo: {
      by_status: openCounts,
      awaiting: { department: openDepartment, finance: (openCounts.submitted ?? 0) + (openCounts.department_approved ?? 0) - openDepartment },
    },
    counts_by_kind_status: byStatus.map((r) => ({ kind: r.kind, status: r.status, count: Number(r.n) })),
    budget_by_unit: byUnit.map((r) => ({ org: r.code, org_name: r.name, budget_wan: r.budget === null ? 0 : Number(r.budget), projects: Number(r.n) })),
    findings_by_rule: Object.fromEntries(findingRows.map((r) => [r.code, Number(r.n)])),
    // The system's grade of every self-evaluation, and the same split by kind, so the 工作台 says which sheets it counts.
    score_distribution: gradeCounts,
    score_distribution_by_kind: gradesByKind,
    monitoring_lights: Object.fromEntries(lights.map((r) => [r.light ?? 'none', Number(r.n)])),
  });
}

export async function verifyAudit(ctx: Ctx) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  if (who.actor.role !== 'admin' && who.actor.role !== 'finance_reviewer') return fail('forbidden', '只有管理员或财政审核人员可以校验审计日志');
  return ok(await verifyAuditChain(ctx.db));
}
