import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { queryTemplate } from './query-template';

interface Tables {
  items: { id: number; name: string; kind: string };
}

// Compiles like the server's databases (both use PostgreSQL's compiler) without connecting.
const db = new Kysely<Tables>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('queryTemplate', () => {
  const byName = queryTemplate(['name', 'kind'], (k: Kysely<Tables>, p) =>
    k
      .selectFrom('items')
      .selectAll()
      .where('name', '=', p<string>('name'))
      .where('kind', 'in', ['a', 'b'])
      .where(sql<boolean>`length(${p<string>('name')}) < ${sql.val(50)}`)
      .where('kind', '<>', p<string>('kind')),
  );

  it.each([
    [{ name: '项目一', kind: 'x' }, ['项目一', 'a', 'b', '项目一', 50, 'x']],
    [{ name: "'; drop table items; --", kind: '' }, ["'; drop table items; --", 'a', 'b', "'; drop table items; --", 50, '']],
  ])('gives the same SQL as building the query, with %j in place', (values, parameters) => {
    const compiled = byName(db, values);
    const built = db
      .selectFrom('items')
      .selectAll()
      .where('name', '=', values.name)
      .where('kind', 'in', ['a', 'b'])
      .where(sql<boolean>`length(${values.name}) < ${sql.val(50)}`)
      .where('kind', '<>', values.kind)
      .compile();
    expect(compiled.sql).toBe(built.sql);
    expect(compiled.parameters).toEqual(parameters);
    expect(compiled.parameters).toEqual(built.parameters);
  });

  it('compiles once and reuses the text', () => {
    expect(byName(db, { name: 'a', kind: 'b' }).sql).toBe(byName(db, { name: 'c', kind: 'd' }).sql);
  });

  it.each([
    ['a name the query never uses', () => queryTemplate(['id', 'unused'], (k: Kysely<Tables>, p) => k.selectFrom('items').selectAll().where('id', '=', p<number>('id'))), /unused/],
    [
      'a placeholder it was not given',
      () => queryTemplate(['id'], (k: Kysely<Tables>, p) => k.selectFrom('items').selectAll().where('id', '=', p<number>('id')).where('name', '=', p<string>('other' as 'id'))),
      /unknown placeholder other/,
    ],
  ])('refuses %s', (_label, make, message) => {
    const template = make() as (k: Kysely<Tables>, values: Record<string, unknown>) => unknown;
    expect(() => template(db, { id: 1, unused: 2 })).toThrow(message);
  });

  it('maps a placeholder used twice to both parameters', () => {
    const twice = queryTemplate(['id'], (k: Kysely<Tables>, p) => k.selectFrom('items').selectAll().where('id', '=', p<number>('id')).where(sql<boolean>`${p<number>('id')} > 0`));
    expect(twice(db, { id: 7 }).parameters).toEqual([7, 7]);
  });

  it('compiles raw SQL too', () => {
    const raw = queryTemplate(['a', 'b'], (_k: Kysely<Tables>, p) => sql<{ n: number }>`select ${p<number>('a')} + ${p<number>('b')} as n, ${'fixed'} as f`);
    const compiled = raw(db, { a: 1, b: 2 });
    expect(compiled.sql).toBe('select $1 + $2 as n, $3 as f');
    expect(compiled.parameters).toEqual([1, 2, 'fixed']);
  });
});
