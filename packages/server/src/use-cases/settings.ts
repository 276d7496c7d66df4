import { makePolicy, policyOrderIssues, type Policy } from '@jixiao/core';
import { requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { jsonb, policyFor } from './form-store';

export async function listFiscalYears(ctx: Ctx) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const years = await ctx.db.selectFrom('fiscal_years').selectAll().orderBy('year').execute();
  const regional = await ctx.db
    .selectFrom('region_fiscal_years as y')
    .innerJoin('regions as r', 'r.id', 'y.region_id')
    .select(['y.year', 'y.open', 'r.code as region'])
    .orderBy('r.code')
    .execute();
  return ok({ items: years.map((y) => ({ ...y, regions: regional.filter((r) => r.year === y.year).map((r) => ({ region: r.region, open: r.open })) })) });
}

/**
 * Admin adds a fiscal year (open or closed). With a region, the year is added if missing and
 * the region's own status for it is recorded (a region may close a year others keep open).
 */
export async function createFiscalYear(ctx: Ctx, input: { year: number; region?: string | null | undefined; status: 'open' | 'closed' }) {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const region = input.region ? await ctx.db.selectFrom('regions').select(['id', 'code']).where('code', '=', input.region).executeTakeFirst() : null;
  if (input.region && !region) return fail('not_found', `区划 ${input.region} 不存在，请先在组织管理中建立该区划`);
  const open = input.status === 'open';
  const exists = await ctx.db.selectFrom('fiscal_years').select('year').where('year', '=', input.year).executeTakeFirst();
  if (exists && !region) return fail('duplicate', `${input.year} 年度已存在`);
  if (region) {
    const had = await ctx.db.selectFrom('region_fiscal_years').select('year').where('region_id', '=', region.id).where('year', '=', input.year).executeTakeFirst();
    if (had) return fail('duplicate', `区划 ${region.code} 的 ${input.year} 年度已存在`);
  }
  const row = { year: input.year, label: `${input.year} 年度`, open };
  await ctx.db.transaction().execute(async (trx) => {
    if (!exists) await trx.insertInto('fiscal_years').values(row).execute();
    if (region) await trx.insertInto('region_fiscal_years').values({ region_id: region.id, year: input.year, open }).execute();
    await recordAudit(trx, ctx, { action: 'fiscal_year.create', entity: 'fiscal_year', entityId: region ? `${region.code}/${input.year}` : input.year, after: { ...row, region: region?.code ?? null } });
  });
  return ok({ ...row, region: region?.code ?? null });
}

export async function getPolicy(ctx: Ctx, input: { region: string; year: number }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const region = await ctx.db.selectFrom('regions').select(['id', 'code', 'name']).where('code', '=', input.region).executeTakeFirst();
  if (!region) return fail('not_found', `区划 ${input.region} 不存在`);
  return ok({ region: region.code, fiscal_year: input.year, policy: await policyFor(ctx.db, region.id, input.year) });
}

export async function setPolicy(ctx: Ctx, input: { region: string; year: number; policy: unknown }) {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const region = await ctx.db.selectFrom('regions').select(['id', 'code']).where('code', '=', input.region).executeTakeFirst();
  if (!region) return fail('not_found', `区划 ${input.region} 不存在`);
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
  const before = await policyFor(ctx.db, region.id, input.year);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('policies')
      .values({ region_id: region.id, fiscal_year: input.year, policy: jsonb(policy), updated_at: ctx.clock.now() })
      .onConflict((oc) => oc.columns(['region_id', 'fiscal_year']).doUpdateSet({ policy: jsonb(policy), updated_at: ctx.clock.now() }))
      .execute();
    await recordAudit(trx, ctx, { action: 'policy.set', entity: 'policy', entityId: `${region.code}/${input.year}`, before, after: policy });
  });
  return ok({ region: region.code, fiscal_year: input.year, policy });
}
