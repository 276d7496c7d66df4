import { sql } from 'kysely';
import { inScope, requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok } from '../errors';
import { loadForm } from './form-store';

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
  let query = ctx.db.selectFrom('indicator_library').selectAll();
  if (input.q) {
    const like = `%${escapeLike(input.q)}%`;
    query = query.where((eb) => eb.or([eb('name', 'like', like), eb('keywords', 'like', like), eb('explanation', 'like', like)]));
  }
  // Comparisons ignore a trailing 指标 (产出 = 产出指标).
  const level = (v: string) => v.replace(/指标$/, '');
  if (input.level1) query = query.where(sql<boolean>`regexp_replace(coalesce(level1, ''), '指标$', '') = ${level(input.level1)}`);
  if (input.level2) query = query.where(sql<boolean>`regexp_replace(coalesce(level2, ''), '指标$', '') = ${level(input.level2)}`);
  if (input.keyword) query = query.where('keywords', 'like', `%${escapeLike(input.keyword)}%`);
  if (!input.include_retired) {
    const today = chinaDay(ctx.clock.now());
    query = query.where((eb) => eb.and([eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]), eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)])]));
  }
  const rows = await query.orderBy('id').limit(input.limit ?? 100).execute();
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
  const dup = await ctx.db.selectFrom('indicator_library').select('id').where('name', '=', ind.name).where('unit', ind.unit === null ? 'is' : '=', ind.unit).executeTakeFirst();
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'library.promote', entity: 'indicator_library', entityId: row.id, after: { form: input.id, ordinal: input.ordinal, indicator: ind } });
    return { id: row.id, name: ind.name };
  });
  return ok(value);
}

/** The fields of an entry finance may change; absent fields stay as they are. */
export interface LibraryEntryPatch {
  name?: string | undefined;
  level1?: string | null | undefined;
  level2?: string | null | undefined;
  unit?: string | null | undefined;
  comparator?: string | null | undefined;
  typical_target?: string | null | undefined;
  explanation?: string | null | undefined;
  basis_kind?: string | null | undefined;
  keywords?: string | null | undefined;
  scope?: 'common' | 'specific' | undefined;
  spending_class?: string | null | undefined;
  valid_from?: string | null | undefined;
  valid_to?: string | null | undefined;
}

type LibraryRow = Awaited<ReturnType<typeof selectEntry>>;

function selectEntry(db: Ctx['db'], id: number) {
  return db.selectFrom('indicator_library').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Dates come back as text from some drivers and as Date objects from others: at UTC midnight, or (node-postgres)
 * at local midnight, which in China is the previous day in UTC. The API speaks YYYY-MM-DD.
 */
function isoDay(v: unknown): string | null {
  if (v == null) return null;
  if (!(v instanceof Date)) return String(v).slice(0, 10);
  const utcMidnight = v.getUTCHours() === 0 && v.getUTCMinutes() === 0;
  const [y, m, d] = utcMidnight ? [v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()] : [v.getFullYear(), v.getMonth(), v.getDate()];
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function presentEntry(row: NonNullable<LibraryRow>) {
  return { ...row, valid_from: isoDay(row.valid_from), valid_to: isoDay(row.valid_to), created_at: new Date(row.created_at).toISOString() };
}

/** 修改指标库条目 (finance): the same name and unit as another entry is refused, as 纳入 refuses it. */
export async function updateLibraryEntry(ctx: Ctx, id: number, patch: LibraryEntryPatch) {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as LibraryEntryPatch;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await selectEntry(trx, id);
    if (!before) return fail('not_found', `指标库中没有编号为 ${id} 的指标（可能已被删除）`);
    const next = { ...presentEntry(before), ...changes };
    if (next.valid_from && next.valid_to && next.valid_to < next.valid_from) return fail('validation_failed', `停用日期（${next.valid_to}）不能早于启用日期（${next.valid_from}）`);
    const dup = await trx
      .selectFrom('indicator_library')
      .select('id')
      .where('name', '=', next.name)
      .where('unit', next.unit === null ? 'is' : '=', next.unit)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (dup) return fail('duplicate', `指标库中已有同名同单位的指标「${next.name}」（编号 ${dup.id}），请改名或改单位，或删除其中一条`);
    if (Object.keys(changes).length === 0) return ok(presentEntry(before));
    const after = await trx.updateTable('indicator_library').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    const changed = Object.keys(changes) as (keyof LibraryEntryPatch)[];
    const pick = (row: NonNullable<LibraryRow>) => Object.fromEntries(changed.map((k) => [k, presentEntry(row)[k]]));
    await recordAudit(trx, ctx, { action: 'library.update', entity: 'indicator_library', entityId: id, before: pick(before), after: pick(after) });
    return ok(presentEntry(after));
  });
}

/** 删除指标库条目 (finance). Forms hold copies of the indicators they took from the library, so they keep their rows. */
export async function deleteLibraryEntry(ctx: Ctx, id: number) {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  return ctx.db.transaction().execute(async (trx) => {
    const before = await selectEntry(trx, id);
    if (!before) return fail('not_found', `指标库中没有编号为 ${id} 的指标（可能已被删除）`);
    await trx.deleteFrom('indicator_library').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'library.delete', entity: 'indicator_library', entityId: id, before: presentEntry(before) });
    return ok({ id, name: before.name });
  });
}
