import type { Transaction } from 'kysely';
import { requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import type { Database } from '../db/schema';
import { fail, ok, type Result } from '../errors';
import type { Executor } from './form-store';
import { libraryRegion, presentEntry, sameNameAndUnit, seesEveryRegion } from './library-scope';

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

function selectEntry(db: Executor, id: number) {
  return db
    .selectFrom('indicator_library as l')
    .leftJoin('regions as r', 'r.id', 'l.region_id')
    .selectAll('l')
    .select('r.name as region_name')
    .where('l.id', '=', id)
    .forUpdate('l')
    .executeTakeFirst();
}

type Entry = NonNullable<Awaited<ReturnType<typeof selectEntry>>>;

/**
 * The entry, when the actor's region may change it: its own entries, and the shared ones it has not edited yet
 * (an edited one is changed through the region's copy). Another region's entry is reported as missing.
 */
async function entryToChange(trx: Executor, id: number, region: number | null, everyRegion: boolean) {
  const entry = await selectEntry(trx, id);
  if (!entry || (!everyRegion && entry.region_id !== null && entry.region_id !== region)) {
    return fail('not_found', `指标库中没有编号为 ${id} 的指标（可能已被删除）`);
  }
  if (entry.region_id === null && region !== null) {
    const copy = await trx.selectFrom('indicator_library').select('id').where('overrides_id', '=', id).where('region_id', '=', region).executeTakeFirst();
    if (copy) return fail('stale_version', `本区划已修改过共享指标「${entry.name}」（修改后的编号 ${copy.id}）；请刷新指标库后编辑那一条`);
  }
  return ok(entry);
}

/** Runs a change of one entry for finance, in a transaction, once the entry is found and the actor's region may change it. */
async function changeEntry<T>(
  ctx: Ctx,
  id: number,
  change: (trx: Transaction<Database>, before: Entry, region: number | null, everyRegion: boolean) => Promise<Result<T>>,
): Promise<Result<T>> {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  const everyRegion = seesEveryRegion(who.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const region = await libraryRegion(trx, who.actor);
    const found = await entryToChange(trx, id, region, everyRegion);
    return found.ok ? change(trx, found.value, region, everyRegion) : found;
  });
}

const UPKEEP_FIELDS = ['name', 'level1', 'level2', 'unit', 'comparator', 'typical_target', 'explanation', 'basis_kind', 'keywords', 'scope', 'spending_class', 'valid_from', 'valid_to'] as const;

/**
 * 修改指标库条目 (finance). The same name and unit as another entry the region sees is refused, as 纳入 refuses it.
 * With `version` (the one the editor loaded), an entry someone saved meanwhile is refused instead of overwritten.
 * A region's edit of a shared entry is saved as the region's own copy, which stands in for the shared one there.
 */
export async function updateLibraryEntry(ctx: Ctx, id: number, input: LibraryEntryPatch & { version?: number | undefined }) {
  const { version, ...patch } = input;
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as LibraryEntryPatch;
  return changeEntry(ctx, id, async (trx, before, region, everyRegion) => {
    if (version !== undefined && version !== before.version) {
      return fail('stale_version', `指标「${before.name}」已被他人修改（现为第 ${before.version} 版，您打开的是第 ${version} 版）；请刷新后重新修改`);
    }
    const next = { ...presentEntry(before), ...changes };
    if (next.valid_from && next.valid_to && next.valid_to < next.valid_from) return fail('validation_failed', `停用日期（${next.valid_to}）不能早于启用日期（${next.valid_from}）`);
    const owner = before.region_id ?? region;
    const dup = await sameNameAndUnit(trx, owner, next.name, next.unit, before.overrides_id == null ? [id] : [id, before.overrides_id]);
    if (dup) return fail('duplicate', `指标库中已有同名同单位的指标「${next.name}」（编号 ${dup.id}），请改名或改单位，或删除其中一条`);
    if (Object.keys(changes).length === 0) return ok(presentEntry(before));
    const changed = Object.keys(changes) as (keyof LibraryEntryPatch)[];
    const pick = (row: Entry) => Object.fromEntries(changed.map((k) => [k, presentEntry(row)[k]]));
    if (before.region_id === null && region !== null && !everyRegion) {
      const fields = Object.fromEntries(UPKEEP_FIELDS.map((k) => [k, next[k]])) as Required<LibraryEntryPatch>;
      const inserted = await trx
        .insertInto('indicator_library')
        .values({ ...fields, source_form_id: before.source_form_id, source_org_id: before.source_org_id, region_id: region, overrides_id: id })
        .returning('id')
        .executeTakeFirstOrThrow();
      const copy = (await selectEntry(trx, inserted.id))!;
      await recordAudit(trx, ctx, { action: 'library.override', entity: 'indicator_library', entityId: copy.id, before: { shared_id: id, ...pick(before) }, after: pick(copy) });
      return ok(presentEntry(copy));
    }
    await trx.updateTable('indicator_library').set((eb) => ({ ...changes, version: eb('version', '+', 1) })).where('id', '=', id).execute();
    const after = (await selectEntry(trx, id))!;
    await recordAudit(trx, ctx, { action: 'library.update', entity: 'indicator_library', entityId: id, before: pick(before), after: pick(after) });
    return ok(presentEntry(after));
  });
}

/**
 * 删除指标库条目 (finance). Forms hold copies of the indicators they took from the library, so they keep their rows.
 * A shared entry is not the region's to delete (it may retire it with a date, in its own copy); deleting the region's
 * copy of a shared entry brings the shared one back.
 */
export async function deleteLibraryEntry(ctx: Ctx, id: number) {
  return changeEntry(ctx, id, async (trx, before, region, everyRegion) => {
    if (before.region_id === null && region !== null && !everyRegion) {
      return fail('forbidden', `「${before.name}」是各区划共用的指标，不能在本区划删除；本区划不再使用它，可在「编辑」中填写「有效期至」停用（只对本区划生效）`);
    }
    await trx.deleteFrom('indicator_library').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'library.delete', entity: 'indicator_library', entityId: id, before: presentEntry(before) });
    return ok({ id, name: before.name, restored_shared_id: before.overrides_id });
  });
}
