import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteStatements } from './pglite-statements';

let pglite: PGlite;
let statements: PGliteStatements;

beforeAll(async () => {
  pglite = await PGlite.create('memory://');
  await pglite.exec(`create table notes (id integer primary key, body text, meta jsonb, at timestamptz, score double precision)`);
  statements = new PGliteStatements(pglite);
});
afterAll(async () => pglite.close());

/** Runs through the prepared path once it applies, else as PGlite's own query would. */
async function run(text: string, values: unknown[]) {
  return (await statements.run(text, values)) ?? (await pglite.query(text, values));
}

describe('PGliteStatements', () => {
  const insert = 'insert into notes (id, body, meta, at, score) values ($1, $2, cast($3 as text)::jsonb, $4, $5) returning id';
  const select = 'select id, body, meta, at, score from notes where id = $1';

  it('prepares a text on its second run and gives the answers PGlite\'s query gives', async () => {
    expect(await statements.run(select, [0])).toBeNull();
    const rows = [
      [1, '目标', JSON.stringify({ a: 1 }), new Date('2026-03-01T08:00:00Z'), 4.5],
      [2, null, null, null, null],
      [3, "it's; drop table notes; --", JSON.stringify(['x']), new Date('2025-12-31T23:59:59.123Z'), -0.25],
    ] as const;
    for (const r of rows) expect((await run(insert, [...r])).rows).toEqual([{ id: r[0] }]);
    for (const r of rows) {
      const prepared = await statements.run(select, [r[0]]);
      expect(prepared).not.toBeNull();
      expect(prepared!.rows).toEqual((await pglite.query(select, [r[0]])).rows);
    }
    expect((await statements.run(select, [3]))!.rows[0]).toMatchObject({ body: "it's; drop table notes; --", meta: ['x'], score: -0.25 });
  });

  it('reports affected rows like query', async () => {
    const update = 'update notes set score = $1 where id >= $2';
    await run(update, [1, 100]);
    const result = await statements.run(update, [2, 2]);
    expect(result?.affectedRows).toBe(2);
  });

  it('raises PostgreSQL errors and keeps working after one', async () => {
    await expect(run(insert, [1, 'dup', null, null, null])).rejects.toMatchObject({ code: '23505' });
    await expect(run(insert, [1, 'dup', null, null, null])).rejects.toMatchObject({ code: '23505' });
    expect((await statements.run(select, [1]))!.rows[0]).toMatchObject({ body: '目标' });
  });

  it('takes part in a transaction that is rolled back', async () => {
    await pglite.query('begin');
    await run(insert, [10, 'temp', null, null, null]);
    await pglite.query('rollback');
    expect((await statements.run(select, [10]))!.rows).toEqual([]);
  });

  it('leaves statements without parameters to query', async () => {
    expect(await statements.run('select count(*) from notes', [])).toBeNull();
  });
});
