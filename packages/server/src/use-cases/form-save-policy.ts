import { sql, type RawBuilder, type Transaction } from 'kysely';
import { DEFAULT_POLICY, type Policy } from '@jixiao/core';
import type { Db } from '../db/open-database';
import type { Database } from '../db/schema';
import { storedPolicy } from '../db/stored-policy';
import { fail, type Result } from '../errors';
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

/**
 * Holds a region's row FOR SHARE until the caller's transaction ends, before it reads the region's policy and stores
 * figures made under it: a policy change in flight (it bumps the row first) has either committed, and its policy is
 * read after this, or waits for the caller and then re-grades what the caller stored.
 */
export async function holdRegionPolicy(db: Executor, regionId: number | null): Promise<void> {
  if (regionId !== null) await sql`select 1 from regions where id = ${regionId} for share`.execute(db);
}

/** How many times a save scores again when policies keep changing under it, before asking the clerk to retry. */
export const POLICY_ATTEMPTS = 3;

export const POLICY_MOVED_MESSAGE = '保存时该区划的政策参数正被管理员修改，本次未保存；请稍后再保存一次（您填写的内容仍在页面上）';

/** A write that found the region's policy changed since it read it: it reads, reviews and scores again. */
export const POLICY_MOVED = Symbol('policy moved');

/** The policy a write reviews and scores under, with the region's version it was read at. */
export interface PolicyRead {
  policy: Policy;
  region_id: number | null;
  policy_version: number | null;
}

/** The region's policy for the year (the defaults when it has none) and its version, in one statement. */
export async function readPolicy(db: Executor, regionId: number | null, fiscalYear: number): Promise<PolicyRead> {
  if (regionId === null) return { policy: DEFAULT_POLICY, region_id: null, policy_version: null };
  const row = await db
    .selectFrom('regions as rg')
    .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'rg.id').on('p.fiscal_year', '=', fiscalYear))
    .select(['rg.policy_version', 'p.policy'])
    .where('rg.id', '=', regionId)
    .executeTakeFirst();
  return { policy: storedPolicy(row?.policy), region_id: regionId, policy_version: row?.policy_version ?? null };
}

/**
 * Every write that stores review counts or scores made under a policy read before its transaction (a form save, an
 * import's commit, a self-evaluation started from its target): the transaction's first statement checks the version is
 * still the one read (policyStillCurrent), else nothing is written and POLICY_MOVED says to read again.
 */
export async function writeUnderPolicy<T>(db: Db, read: { region_id: number | null; policy_version: number | null }, write: (trx: Transaction<Database>) => Promise<T>): Promise<T | typeof POLICY_MOVED> {
  return db.transaction().execute(async (trx) => ((await policyStillCurrent(trx, read)) ? write(trx) : POLICY_MOVED));
}

/** Runs a write that may find the policy moved (writeUnderPolicy) again, a few times, before asking the clerk to retry. */
export async function untilPolicySettles<T>(once: () => Promise<Result<T> | typeof POLICY_MOVED>): Promise<Result<T>> {
  for (let attempt = 1; ; attempt += 1) {
    const saved = await once();
    if (saved !== POLICY_MOVED) return saved;
    if (attempt === POLICY_ATTEMPTS) return fail('stale_version', POLICY_MOVED_MESSAGE);
  }
}
