import { makePolicy, policyOrderIssues, type Policy, type RescoreTally } from '@jixiao/core';
import { requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { jsonb, policyFor } from './form-store';
import { statusLabel } from './forms';
import { refuseClosedYear } from './year-closed';
import { publishedUnderPolicy, rescoreRegionYear } from '../db/rescore-stored-sheets';
import { regradeEvaluations } from './regrade-evaluations';
import { recountRegionYear } from './recount-findings';
import { bumpPolicyVersion } from './form-save-policy';

/**
 * The years, each with its regions' own statuses and, for the admin's 关闭年度 dialog, the unfinished forms (by
 * workflow state) that closing it would freeze: the year's as a whole (regions without a status of their own) and each
 * region's. Other roles read which years are closed (to say so before a write) but not the counts, which span every region.
 */
export async function listFiscalYears(ctx: Ctx) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const years = await ctx.db.selectFrom('fiscal_years').selectAll().orderBy('year').execute();
  const regional = await ctx.db
    .selectFrom('region_fiscal_years as y')
    .innerJoin('regions as r', 'r.id', 'y.region_id')
    .select(['y.year', 'y.open', 'r.code as region', 'r.id as region_id', 'r.name as region_name'])
    .orderBy('r.code')
    .execute();
  const admin = who.actor.role === 'admin';
  const counts = !admin ? [] : await ctx.db.selectFrom('forms').select(['fiscal_year', 'region_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('deleted_at', 'is', null).where('status', 'in', [...UNFINISHED_STATUSES]).groupBy(['fiscal_year', 'region_id', 'status']).execute();
  const tally = (rows: typeof counts): UnfinishedCounts => {
    const out: Record<string, number> = {};
    for (const r of rows) out[r.status] = (out[r.status] ?? 0) + Number(r.n);
    return out;
  };
  return ok({
    items: years.map((y) => {
      const own = regional.filter((r) => r.year === y.year);
      const ofYear = counts.filter((c) => c.fiscal_year === y.year);
      return {
        ...y,
        ...(admin ? { open_forms: tally(ofYear.filter((c) => !own.some((r) => r.region_id === c.region_id))) } : {}),
        regions: own.map((r) => ({ region: r.region, region_id: r.region_id, region_name: r.region_name, open: r.open, ...(admin ? { open_forms: tally(ofYear.filter((c) => c.region_id === r.region_id)) } : {}) })),
      };
    }),
  });
}

/**
 * Admin adds a fiscal year (open or closed). With a region, the year is added if missing and
 * the region's own status for it is recorded (a region may close a year others keep open).
 * Where that status differs from the one the forms had (a year not listed is open; a region without its own status has
 * the year's), adding it closes or reopens them as PATCH does: it needs a reason, kept in the audit log, and closing
 * while forms are unfinished needs `confirm_open_forms`.
 */
export async function createFiscalYear(ctx: Ctx, input: { year: number; region?: string | null | undefined; status: 'open' | 'closed'; reason?: string | undefined; confirm_open_forms?: boolean | undefined }) {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const region = input.region ? await ctx.db.selectFrom('regions').select(['id', 'code', 'name']).where('code', '=', input.region).executeTakeFirst() : null;
  if (input.region && !region) return fail('not_found', `区划 ${input.region} 不存在，请先在组织管理中建立该区划`);
  const open = input.status === 'open';
  const exists = await ctx.db.selectFrom('fiscal_years').select(['year', 'open']).where('year', '=', input.year).executeTakeFirst();
  if (exists && !region) return fail('duplicate', `${input.year} 年度已存在`);
  if (region) {
    const had = await ctx.db.selectFrom('region_fiscal_years').select('year').where('region_id', '=', region.id).where('year', '=', input.year).executeTakeFirst();
    if (had) return fail('duplicate', `区划 ${region.code} 的 ${input.year} 年度已存在`);
  }
  const wasOpen = exists?.open ?? true;
  const reason = input.reason?.trim() ?? '';
  const where = region ? `区划「${region.name}」的 ${input.year} 年度` : `${input.year} 年度`;
  let unfinished: UnfinishedCounts = {};
  if (wasOpen !== open) {
    if (!reason) return fail('validation_failed', `${where}现为「${wasOpen ? '进行中' : '已关闭'}」，新增为「${open ? '进行中' : '已关闭'}」即${open ? '重新开放' : '关闭'}该年度：请填写原因`);
    unfinished = open ? {} : await unfinishedForms(ctx.db, input.year, region?.id ?? null);
    const total = Object.values(unfinished).reduce((a, b) => a + b, 0);
    if (total > 0 && !input.confirm_open_forms) {
      return fail('unfinished_forms', `${where}还有 ${total} 张表没有办结（${describeCounts(unfinished)}），新增为「已关闭」后将停在当前状态、不能再修改或审核。`, { open_forms: unfinished, total });
    }
  }
  const row = { year: input.year, label: `${input.year} 年度`, open };
  await ctx.db.transaction().execute(async (trx) => {
    // A year first added for one region is open for the others: the status chosen is that region's own.
    if (!exists) await trx.insertInto('fiscal_years').values({ ...row, open: region ? true : open }).execute();
    if (region) await trx.insertInto('region_fiscal_years').values({ region_id: region.id, year: input.year, open }).execute();
    await recordAudit(trx, ctx, {
      action: 'fiscal_year.create',
      entity: 'fiscal_year',
      entityId: region ? `${region.code}/${input.year}` : input.year,
      ...(wasOpen !== open ? { before: { open: wasOpen } } : {}),
      after: { ...row, region: region?.code ?? null, ...(reason ? { reason } : {}), ...(wasOpen !== open && !open ? { open_forms: unfinished } : {}) },
    });
  });
  return ok({ ...row, region: region?.code ?? null, ...(reason ? { reason } : {}) });
}

export async function getPolicy(ctx: Ctx, input: { region: string; year: number }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const region = await ctx.db.selectFrom('regions').select(['id', 'code', 'name']).where('code', '=', input.region).executeTakeFirst();
  if (!region) return fail('not_found', `区划 ${input.region} 不存在`);
  return ok({ region: region.code, fiscal_year: input.year, policy: await policyFor(ctx.db, region.id, input.year) });
}

/** The region and a valid policy for a change of the region's policy in a year, or why the change is refused. */
async function policyChange(ctx: Ctx, input: { region: string; year: number; policy: unknown }) {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const region = await ctx.db.selectFrom('regions').select(['id', 'code']).where('code', '=', input.region).executeTakeFirst();
  if (!region) return fail('not_found', `区划 ${input.region} 不存在`);
  // A year's policy is how its forms were reviewed, scored and lit: changed after closing, it would rewrite frozen results.
  const closed = await refuseClosedYear(ctx.db, { region_id: region.id, fiscal_year: input.year });
  if (closed) return closed;
  let policy: Policy;
  try {
    policy = makePolicy(input.policy);
  } catch {
    return fail('validation_failed', '政策参数格式不正确，请对照默认政策填写');
  }
  const disorder = policyOrderIssues(policy);
  if (disorder.length > 0) {
    return fail('validation_failed', disorder.map((i) => i.message).join('；'), { fields: disorder.map((i) => ({ path: i.path, message: i.message })) });
  }
  return ok({ region, policy });
}

/** What a policy change does to a region's year: everything stored under the old policy, and the published results kept. */
async function policyEffects(db: Ctx['db'], scope: { regionId: number; fiscalYear: number; policy: Policy }, write: boolean) {
  const rescore = await rescoreRegionYear(db, scope, write);
  const recount = await recountRegionYear(db, scope, write);
  const evaluations = await regradeEvaluations(db, scope, write);
  const published = await publishedUnderPolicy(db, scope);
  return { rescore, recount, evaluations, published };
}

type PolicyEffects = Awaited<ReturnType<typeof policyEffects>>;

/**
 * The effects as the policy page shows them: how many self-evaluations and 部门评价 are re-graded (with the grade moves
 * and, for the latter, each one's old and new grade), how many forms' counts change, and the published (已公开) results
 * kept as published although the new policy would grade them otherwise (按旧政策计算, until finance withdraws them).
 */
const publicEffects = (e: PolicyEffects) => ({
  rescore: publicTally(e.rescore),
  recount: e.recount,
  evaluations: { ...publicTally(e.evaluations.regraded), changes: e.evaluations.changes.slice(0, AUDIT_IDS) },
  kept_published: { sheets: e.published.grade_changed_ids, evaluations: e.evaluations.kept_published.map((k) => k.id) },
});

/** What saving a policy would do to the stored scores, grades and review counts of the region's year (nothing is written). */
export async function previewPolicy(ctx: Ctx, input: { region: string; year: number; policy: unknown }) {
  const change = await policyChange(ctx, input);
  if (!change.ok) return change;
  const { region, policy } = change.value;
  const effects = await policyEffects(ctx.db, { regionId: region.id, fiscalYear: input.year, policy }, false);
  return ok({ region: region.code, fiscal_year: input.year, ...publicEffects(effects) });
}

/**
 * Stores a region's policy for a year and, in the same transaction, re-grades everything of the region's year stored
 * under the old one: the self-evaluations' system totals and grades (rescoreRegionYear), the review findings of all its
 * forms (recountRegionYear) and the 部门评价's grades (regradeEvaluations), so lists, the 工作台 and the pages agree.
 * Published (已公开) results are not re-graded: the public site shows what finance published, so they keep the policy
 * they were published under and their pages say 按旧政策计算 until finance withdraws them (published-policy.ts). The
 * audit entry records each re-graded result's old and new grade and the published ones kept.
 */
export async function setPolicy(ctx: Ctx, input: { region: string; year: number; policy: unknown }) {
  const change = await policyChange(ctx, input);
  if (!change.ok) return change;
  const { region, policy } = change.value;
  const before = await policyFor(ctx.db, region.id, input.year);
  const effects = await ctx.db.transaction().execute(async (trx) => {
    // First, so no save writes under the old policy from here on and every save before is seen (form-save-policy.ts).
    await bumpPolicyVersion(trx, region.id);
    await trx
      .insertInto('policies')
      .values({ region_id: region.id, fiscal_year: input.year, policy: jsonb(policy), updated_at: ctx.clock.now() })
      .onConflict((oc) => oc.columns(['region_id', 'fiscal_year']).doUpdateSet({ policy: jsonb(policy), updated_at: ctx.clock.now() }))
      .execute();
    const done = await policyEffects(trx, { regionId: region.id, fiscalYear: input.year, policy }, true);
    await recordAudit(trx, ctx, {
      action: 'policy.set',
      entity: 'policy',
      entityId: `${region.code}/${input.year}`,
      before,
      after: {
        ...policy,
        rescored: { ...auditTally(done.rescore), grade_changes: done.rescore.grade_changes.slice(0, AUDIT_IDS) },
        recounted: done.recount,
        evaluations_regraded: { ...publicTally(done.evaluations.regraded), grade_changes: done.evaluations.changes.slice(0, AUDIT_IDS) },
        kept_published: { sheets: done.published.grade_changed_ids.slice(0, AUDIT_IDS), evaluations: done.evaluations.kept_published.slice(0, AUDIT_IDS) },
      },
    });
    return done;
  });
  return ok({ region: region.code, fiscal_year: input.year, policy, ...publicEffects(effects) });
}

// The audit entry names the results whose grade changed, up to this many; the counts are always whole.
const AUDIT_IDS = 500;

const publicTally = ({ grade_changed_ids: _ids, grade_changes: _changes, ...counts }: RescoreTally & { grade_changes?: unknown }) => counts;

const auditTally = (t: RescoreTally) => ({
  ...publicTally(t),
  grade_changed_ids: t.grade_changed_ids.slice(0, AUDIT_IDS),
  ...(t.grade_changed_ids.length > AUDIT_IDS ? { grade_changed_ids_truncated: true } : {}),
});

/** The workflow's states a form can still leave (not 审核通过 / 已验收 / 已公开): closing the year freezes them there. */
export const UNFINISHED_STATUSES = ['draft', 'submitted', 'department_approved', 'returned'] as const;

type UnfinishedCounts = Partial<Record<(typeof UNFINISHED_STATUSES)[number], number>>;

/**
 * The unfinished forms of a year that a change of the year's (or one region's) status concerns: a region's own forms,
 * or, for the year as a whole, those of regions without a status of their own (the others keep theirs).
 */
async function unfinishedForms(db: Ctx['db'], year: number, regionId: number | null): Promise<UnfinishedCounts> {
  let query = db.selectFrom('forms as f').select(['f.status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('f.fiscal_year', '=', year).where('f.deleted_at', 'is', null).where('f.status', 'in', [...UNFINISHED_STATUSES]);
  query = regionId !== null
    ? query.where('f.region_id', '=', regionId)
    : query.where((eb) => eb.not(eb.exists(eb.selectFrom('region_fiscal_years as ry').select('ry.year').whereRef('ry.region_id', '=', 'f.region_id').where('ry.year', '=', year))));
  const rows = await query.groupBy('f.status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

const describeCounts = (counts: UnfinishedCounts) =>
  UNFINISHED_STATUSES.filter((s) => counts[s]).map((s) => `${statusLabel(s)} ${counts[s]} 张`).join('、');

/**
 * Admin closes or reopens a fiscal year, for every region without a status of its own or (region_id) for one region.
 * A closed year's forms are read-only for everyone (year-closed.ts). Closing a year whose forms are still on their way
 * (草稿, 已提交, 主管部门已审核, 已退回) freezes them where they are: it needs `confirm_open_forms`, and the refusal says
 * how many of each state there are. Both directions need a reason, kept in the audit log.
 */
export async function setFiscalYearOpen(ctx: Ctx, input: { year: number; open: boolean; reason: string; region_id?: number | null | undefined; confirm_open_forms?: boolean | undefined }) {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const reason = input.reason.trim();
  if (!reason) return fail('validation_failed', input.open ? '请填写重新开放的原因' : '请填写关闭年度的原因');
  const fiscal = await ctx.db.selectFrom('fiscal_years').selectAll().where('year', '=', input.year).executeTakeFirst();
  if (!fiscal) return fail('not_found', `${input.year} 年度不存在，请先新增该年度`);
  const region = input.region_id != null ? await ctx.db.selectFrom('regions').select(['id', 'code', 'name']).where('id', '=', input.region_id).executeTakeFirst() : null;
  if (input.region_id != null && !region) return fail('not_found', `区划 ${input.region_id} 不存在`);
  const own = region ? await ctx.db.selectFrom('region_fiscal_years').select('open').where('region_id', '=', region.id).where('year', '=', input.year).executeTakeFirst() : null;
  const wasOpen = own ? own.open : fiscal.open;
  const where = region ? `区划「${region.name}」的 ${input.year} 年度` : `${input.year} 年度`;
  if (wasOpen === input.open && (!region || own)) return fail('invalid_transition', `${where}已经是「${input.open ? '进行中' : '已关闭'}」`);
  const unfinished = input.open ? {} : await unfinishedForms(ctx.db, input.year, region?.id ?? null);
  const total = Object.values(unfinished).reduce((a, b) => a + b, 0);
  if (total > 0 && !input.confirm_open_forms) {
    return fail('unfinished_forms', `${where}还有 ${total} 张表没有办结（${describeCounts(unfinished)}），关闭后将停在当前状态、不能再修改或审核。`, { open_forms: unfinished, total });
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (region) {
      await trx.insertInto('region_fiscal_years').values({ region_id: region.id, year: input.year, open: input.open })
        .onConflict((oc) => oc.columns(['region_id', 'year']).doUpdateSet({ open: input.open })).execute();
    } else {
      await trx.updateTable('fiscal_years').set({ open: input.open }).where('year', '=', input.year).execute();
    }
    await recordAudit(trx, ctx, {
      action: input.open ? 'fiscal_year.reopen' : 'fiscal_year.close',
      entity: 'fiscal_year',
      entityId: region ? `${region.code}/${input.year}` : input.year,
      before: { open: wasOpen },
      after: { open: input.open, reason, region: region?.code ?? null, ...(input.open ? {} : { open_forms: unfinished }) },
    });
  });
  return ok({ year: input.year, region: region?.code ?? null, region_id: region?.id ?? null, open: input.open, reason, open_forms: unfinished });
}
