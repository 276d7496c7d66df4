import { makePolicy, type Policy } from '@jixiao/core';
import { requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { jsonb, policyFor } from './form-store';

export async function listFiscalYears(ctx: Ctx) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  return ok({ items: await ctx.db.selectFrom('fiscal_years').selectAll().orderBy('year').execute() });
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
