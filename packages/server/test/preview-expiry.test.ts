import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock';
import { startServer } from '../src/start-server';
import { jsonb } from '../src/use-cases/form-store';
import { ADMIN_PASSWORD, dropSchema } from './harness';

const databaseUrl = process.env.DATABASE_URL;
const HOUR = 60 * 60 * 1000;

describe('import preview expiry at start', () => {
  it('a restart deletes uncommitted previews older than 24 hours and keeps the rest', async () => {
    const dir = databaseUrl ? null : await mkdtemp(join(tmpdir(), 'jixiao-previews-'));
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const where = databaseUrl ? { databaseUrl, databaseSchema: schema } : { dataDir: dir! };
    const clock = manualClock(new Date('2026-03-01T08:00:00Z'));
    const now = clock.now().getTime();
    try {
      const first = await startServer({ port: 0, ...where, adminPassword: ADMIN_PASSWORD, clock });
      const org = await first.db.insertInto('orgs').values({ code: 'PX', name: '预览区', kind: 'region', parent_id: null, region_id: null, path: '/' }).returning('id').executeTakeFirstOrThrow();
      const job = (id: string, status: 'preview' | 'committed', ageHours: number) => ({
        id, org_id: org.id, fiscal_year: 2026, file_name: `${id}.txt`, status, document: jsonb({ forms: [] }), findings: jsonb([]), created_by: null,
        created_at: new Date(now - ageHours * HOUR), committed_at: status === 'committed' ? new Date(now - ageHours * HOUR) : null,
      });
      await first.db.insertInto('import_jobs').values([job('old-preview', 'preview', 25), job('fresh-preview', 'preview', 23), job('old-committed', 'committed', 30)]).execute();
      await first.close();

      const second = await startServer({ port: 0, ...where, adminPassword: ADMIN_PASSWORD, clock });
      const left = await second.db.selectFrom('import_jobs').select('id').orderBy('id').execute();
      await second.close();
      expect(left.map((r) => r.id)).toEqual(['fresh-preview', 'old-committed']);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
      if (databaseUrl) await dropSchema(databaseUrl, schema);
    }
  }, 60_000);
});
