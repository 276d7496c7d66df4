import { sql } from 'kysely';
import { inScope, requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { loadForm } from './form-store';
import { libraryRegion, presentEntry, sameNameAndUnit, seesEveryRegion, visibleIn } from './library-scope';

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (m) => `\\${m}`);

/** Today as a date in China, where the library's validity dates are meant. */
const chinaDay = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

/**
 * 指标库 search: by name or keyword text, and by category (一级 / 二级). Entries outside their validity dates (停用 after
 * valid_to, the last day in force, or not yet in force) are left out unless include_retired asks for them (the library's own upkeep).
 */
export async function searchLibrary(ctx: Ctx, input: { q?: string | undefined; level1?: string | undefined; level2?: string | undefined; keyword?: string | undefined; limit?: number | undefined; include_retired?: boolean | undefined }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const region = await libraryRegion(ctx.db, who.actor);
  let query = ctx.db.selectFrom('indicator_library as l').leftJoin('regions as r', 'r.id', 'l.region_id').selectAll('l').select('r.name as region_name');
  if (!seesEveryRegion(who.actor)) query = query.where((eb) => visibleIn(eb, region));
  if (input.q) {
    const like = `%${escapeLike(input.q)}%`;
    query = query.where((eb) => eb.or([eb('l.name', 'like', like), eb('l.keywords', 'like', like), eb('l.explanation', 'like', like)]));
  }
  // Comparisons ignore a trailing 指标 (产出 = 产出指标).
  const level = (v: string) => v.replace(/指标$/, '');
  if (input.level1) query = query.where(sql<boolean>`regexp_replace(coalesce(l.level1, ''), '指标$', '') = ${level(input.level1)}`);
  if (input.level2) query = query.where(sql<boolean>`regexp_replace(coalesce(l.level2, ''), '指标$', '') = ${level(input.level2)}`);
  if (input.keyword) query = query.where('l.keywords', 'like', `%${escapeLike(input.keyword)}%`);
  if (!input.include_retired) {
    const today = chinaDay(ctx.clock.now());
    query = query.where((eb) => eb.and([eb.or([eb('l.valid_from', 'is', null), eb('l.valid_from', '<=', today)]), eb.or([eb('l.valid_to', 'is', null), eb('l.valid_to', '>=', today)])]));
  }
  const rows = await query.orderBy('l.id').limit(input.limit ?? 100).execute();
  return ok({ items: rows.map(presentEntry) });
}

/** 纳入指标库: a finance reviewer promotes an indicator of an approved form. */
export async function promoteIndicator(ctx: Ctx, input: { id: number; ordinal: number; keywords?: string | undefined; explanation?: string | undefined }) {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const loaded = await loadForm(ctx.db, input.id);
  if (!loaded || !inScope(who.actor, loaded.row.org_path)) return fail('not_found', `表单 ${input.id} 不存在或无权查看`);
  if (loaded.row.status !== 'approved' && loaded.row.status !== 'published') return fail('invalid_transition', '只有审核通过或已公开的表单中的指标可以纳入指标库');
  const ind = loaded.form.indicators[input.ordinal];
  if (!ind) return fail('not_found', `第 ${input.ordinal + 1} 行指标不存在`);
  // The entry belongs to the region of the form it comes from, and is checked against what that region sees.
  const region = loaded.row.region_id ?? (await libraryRegion(ctx.db, who.actor));
  const dup = await sameNameAndUnit(ctx.db, region, ind.name, ind.unit, []);
  if (dup) return fail('duplicate', `指标库中已有同名同单位的指标「${ind.name}」（编号 ${dup.id}）`);
  const value = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('indicator_library')
      .values({
        name: ind.name,
        level1: ind.level1,
        level2: ind.level2,
        unit: ind.unit,
        comparator: ind.comparator,
        typical_target: ind.target || null,
        explanation: input.explanation ?? ind.description,
        basis_kind: ind.basis,
        keywords: input.keywords ?? null,
        scope: 'specific',
        spending_class: null,
        valid_from: null,
        valid_to: null,
        source_form_id: input.id,
        source_org_id: loaded.row.org_id,
        region_id: region,
        overrides_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'library.promote', entity: 'indicator_library', entityId: row.id, after: { form: input.id, ordinal: input.ordinal, indicator: ind } });
    return { id: row.id, name: ind.name };
  });
  return ok(value);
}

