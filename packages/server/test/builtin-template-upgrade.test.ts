import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@jixiao/core';
import { manualClock } from '../src/clock';
import { jsonb, openDatabase, type OpenedDatabase } from '../src/db/open-database';
import { bootstrap } from '../src/seed/bootstrap';

// A data folder made by an earlier version holds that version's built-in template; starting a newer one must
// bring it up to date without changing how evaluations already scored against it come out.
describe('built-in evaluation templates on upgrade', () => {
  const clock = manualClock(new Date('2026-03-01T08:00:00Z'));
  const builtin = BUILTIN_TEMPLATES[0]!;
  const older = { ...builtin, name: `${builtin.name}（上一版）`, items: builtin.items.slice(0, -1) };
  let opened: OpenedDatabase;
  const lines: string[] = [];
  const start = () => bootstrap(opened.db, clock, { adminPassword: 'Secret-pass-2024', log: (l) => lines.push(l) });
  const stored = () => opened.db.selectFrom('evaluation_templates').select(['id', 'key', 'name', 'builtin', 'template']).orderBy('id').execute();
  const storeOlder = (id: number) => opened.db.updateTable('evaluation_templates').set({ name: older.name, template: jsonb(older) }).where('id', '=', id).execute();

  beforeAll(async () => {
    const url = process.env.DATABASE_URL;
    opened = await openDatabase(url ? { databaseUrl: url, schema: `test_${randomBytes(6).toString('hex')}` } : { dataDir: 'memory://' });
    await start();
  });
  afterAll(async () => opened.close());

  it('leaves an unchanged built-in as it is', async () => {
    const before = await stored();
    await start();
    expect(await stored()).toEqual(before);
    expect(lines).toEqual([]);
  });

  it('updates an older built-in in place when no evaluation refers to it', async () => {
    const [row] = await stored();
    await storeOlder(row!.id);
    await start();
    const after = await stored();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: row!.id, key: builtin.id, name: builtin.name, builtin: true });
    expect((after[0]!.template as { items: unknown[] }).items).toHaveLength(builtin.items.length);
    expect(lines.pop()).toContain('已更新为本版本的内容');
  });

  it('keeps an older built-in that evaluations refer to, and adds the new one under the built-in key', async () => {
    const [row] = await stored();
    await storeOlder(row!.id);
    const org = await opened.db.insertInto('orgs').values({ code: 'UPG', name: '升级测试单位', kind: 'unit', parent_id: null, path: 'UPG', region_id: null }).returning('id').executeTakeFirstOrThrow();
    const now = clock.now();
    await opened.db.insertInto('evaluations').values({ template_id: row!.id, region_id: null, org_id: org.id, fiscal_year: 2024, evaluator_id: null, status: 'submitted', inputs: jsonb({}), total_score: 88, grade: '良', created_by: null, created_at: now, updated_at: now }).execute();
    await start();
    const after = await stored();
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ id: row!.id, key: `${builtin.id}@${row!.id}`, name: `${older.name}（旧版）` });
    expect((after[0]!.template as { items: unknown[] }).items).toHaveLength(older.items.length);
    expect(after[1]).toMatchObject({ key: builtin.id, name: builtin.name, builtin: true });
    expect(lines.pop()).toContain('仍按旧版计分');
    // A further start finds the built-in current and changes nothing.
    await start();
    expect(await stored()).toEqual(after);
  });
});
