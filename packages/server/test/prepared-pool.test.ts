import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/open-database';
import { MAX_PREPARED_PER_CONNECTION } from '../src/db/prepared-pool';
import { dropSchema } from './harness';

const databaseUrl = process.env.DATABASE_URL;
const schema = `test_${randomBytes(6).toString('hex')}`;
let db: Db;
let close: () => Promise<void>;

// One connection, so every statement below runs where pg_prepared_statements is read.
beforeAll(async () => {
  if (!databaseUrl) return;
  ({ db, close } = await openDatabase({ databaseUrl, schema, poolSize: 1 }));
});

afterAll(async () => {
  if (!databaseUrl) return;
  await close();
  await dropSchema(databaseUrl, schema);
});

const prepared = async () => (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map((r) => r.statement);

describe.skipIf(!databaseUrl)('prepared statements on PostgreSQL', () => {
  it('prepares a parameterised statement once it repeats, and gives the same answers', async () => {
    const read = (code: string) => db.selectFrom('roles').select('label').where('name', '=', code).executeTakeFirst();
    const first = await read('admin');
    expect(await prepared()).not.toContainEqual(expect.stringContaining('"roles"'));
    expect(await read('admin')).toEqual(first);
    expect(await read('evaluator')).not.toEqual(first);
    expect((await prepared()).filter((s) => s.includes('"roles"'))).toHaveLength(1);
  });

  it('never prepares statements without parameters', async () => {
    await sql`select count(*) from roles`.execute(db);
    await sql`select count(*) from roles`.execute(db);
    expect(await prepared()).not.toContainEqual(expect.stringContaining('count(*) from roles'));
  });

  it('stops preparing new texts at the per-connection cap and still answers', async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 5; i += 1) {
      const q = sql<{ n: number }>`select ${sql.lit(i)} + cast(${1} as integer) as n`;
      await q.execute(db);
      expect((await q.execute(db)).rows[0]!.n).toBe(i + 1);
    }
    expect((await prepared()).length).toBeLessThanOrEqual(MAX_PREPARED_PER_CONNECTION);
  });
});
