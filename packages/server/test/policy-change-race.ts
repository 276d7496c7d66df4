import { expect } from 'vitest';
import pg from 'pg';

/**
 * A policy change held open on its own connection (the region's version bumped and the year's policy written, not yet
 * committed) while `write` runs: the write must wait for it, so it is still pending after 400 ms; the change then
 * commits and the write's answer is returned. PostgreSQL only (PGlite runs one statement at a time).
 */
export async function whilePolicyChangeOpen<T>(at: { databaseUrl: string; schema: string; region: string; year: number; policy: object }, write: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: at.databaseUrl });
  await client.connect();
  try {
    await client.query(`set search_path to ${at.schema}`);
    await client.query('begin');
    await client.query('update regions set policy_version = policy_version + 1 where code = $1', [at.region]);
    await client.query('update policies set policy = $1::jsonb where region_id = (select id from regions where code = $2) and fiscal_year = $3', [JSON.stringify(at.policy), at.region, at.year]);
    const answer = write();
    let settled = false;
    void answer.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    await client.query('commit');
    return await answer;
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}
