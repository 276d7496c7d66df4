import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './form-store';

/**
 * A save scores and reviews a form under the region's policy it read with the form (loadForm's policy_version), then
 * writes. A policy change bumps regions.policy_version first thing in its transaction (bumpPolicyVersion), which holds
 * the region's row until it commits; a save writes only while the version is still the one it read, taking the row
 * FOR SHARE. So the two cannot interleave on PostgreSQL: a save that waited for a change sees the bumped version (a
 * locking read returns the row's newest version) and scores again, and a change that waited for a save re-scores what
 * the save wrote. PGlite runs one statement at a time, where the check costs one index look-up.
 */
export function policyUnchanged(regionId: number | null | RawBuilder<number | null>, version: number | null | RawBuilder<number | null>): RawBuilder<boolean> {
  return sql<boolean>`(cast(${regionId} as integer) is null or exists (select 1 from regions as rg
    where rg.id = cast(${regionId} as integer) and rg.policy_version = cast(${version} as integer) for share))`;
}

/** policyUnchanged as its own statement, the first of a save's transaction. */
export async function policyStillCurrent(db: Executor, row: { region_id: number | null; policy_version: number | null }): Promise<boolean> {
  if (row.region_id === null) return true;
  const hit = await sql<{ ok: boolean }>`select ${policyUnchanged(row.region_id, row.policy_version)} as ok`.execute(db);
  return hit.rows[0]?.ok === true;
}

/** The first step of a policy change: saves that read the old policy score again (see policyUnchanged). */
export async function bumpPolicyVersion(db: Executor, regionId: number): Promise<void> {
  await db.updateTable('regions').set((eb) => ({ policy_version: eb('policy_version', '+', 1) })).where('id', '=', regionId).execute();
}

/** How many times a save scores again when policies keep changing under it, before asking the clerk to retry. */
export const POLICY_ATTEMPTS = 3;

export const POLICY_MOVED_MESSAGE = '保存时该区划的政策参数正被管理员修改，本次未保存；请稍后再保存一次（您填写的内容仍在页面上）';
