import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { type Form } from '@jixiao/core';
import { savedForm } from './saved-form';
import { whilePolicyChangeOpen } from './policy-change-race';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget, projectSheetScoring98 } from './sample-forms';
import { policyStillCurrent } from '../src/use-cases/form-save-policy';

// A policy change recounts, in its transaction, the stored review counts (the lists' 审核发现, the 工作台's findings by
// rule) of every form of the region's year; and a save cannot store what the old policy gave once a change is under way.

const databaseUrl = process.env.DATABASE_URL;
const schema = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined;
let t: TestServer;
let admin: Session;
let editor: Session;
let otherEditor: Session;

beforeAll(async () => {
  t = await startTestServer(schema ? { schema } : {});
  ({ editor } = await setUpUnitAndFinance(t, 'RC', { region: '重计区', finance: '重计区财政局', unit: '重计单位' }));
  ({ editor: otherEditor } = await setUpUnitAndFinance(t, 'RO', { region: '别的区', finance: '别的区财政局', unit: '别的区单位' }));
  admin = await t.admin();
});

afterAll(async () => {
  await t?.stop();
});

const saved = (session: Session, org: string, year: number, form: Form) => savedForm(t, session, org, year, form);

/** The form's listed counts, checked against what opening it shows (the point of storing them). */
async function listedErrors(session: Session, org: string, id: number): Promise<number> {
  const listed = await t.request('GET', `/api/forms?org=${org}&limit=200`, { session });
  const item = (listed.body.items as Array<{ id: number; errors: number; warnings: number }>).find((x) => x.id === id);
  const opened = await t.request('GET', `/api/forms/${id}`, { session });
  const findings = opened.body.findings as Array<{ severity: string }>;
  expect(item).toMatchObject({ errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length });
  return item!.errors;
}

// Project targets held to 100 points instead of 90: a clean 90-point target gets a weights error.
const hundredPoints = { weightTotals: { project_target: 100, department_target: 100, project_self_evaluation: 90, department_self_evaluation: 100 } };

describe('a policy change recounts the stored review findings of the region\'s year', () => {
  it('previews and stores the new counts in the change; forms whose counts stay, other years and regions are not counted', async () => {
    const target = await saved(editor, 'RC-U', 2026, cleanProjectTarget('重计培训项目'));
    const sheet = await saved(editor, 'RC-U', 2026, projectSheetScoring98('重计自评项目', 2026));
    const otherYear = await saved(editor, 'RC-U', 2025, cleanProjectTarget('上年培训项目'));
    const otherRegion = await saved(otherEditor, 'RO-U', 2026, cleanProjectTarget('别区培训项目'));
    for (const id of [target, otherYear]) expect(await listedErrors(editor, 'RC-U', id)).toBe(0);
    const sheetErrors = await listedErrors(editor, 'RC-U', sheet);

    const preview = await t.request('POST', '/api/policies/RC/2026/preview', { session: admin, body: { policy: hundredPoints } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    // Two forms re-reviewed; only the target's counts move (the sheet is held to its own 90 points).
    expect(preview.body.recount).toEqual({ forms: 2, changed: 1 });
    expect(await listedErrors(editor, 'RC-U', target)).toBe(0);

    const put = await t.request('PUT', '/api/policies/RC/2026', { session: admin, body: { policy: hundredPoints } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.recount).toEqual({ forms: 2, changed: 1 });
    expect(await listedErrors(editor, 'RC-U', target)).toBe(1);
    expect(await listedErrors(editor, 'RC-U', sheet)).toBe(sheetErrors);
    expect(await listedErrors(editor, 'RC-U', otherYear)).toBe(0);
    expect(await listedErrors(otherEditor, 'RO-U', otherRegion)).toBe(0);
    const dashboard = await t.request('GET', '/api/dashboard?fiscal_year=2026', { session: editor });
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.findings_by_rule?.weights).toBe(1);

    const audit = (await t.request('GET', '/api/audit?action=policy.set', { session: admin })).body.items as Array<{ entity_id: string; after: Record<string, unknown> }>;
    expect(audit.find((e) => e.entity_id === 'RC/2026')?.after.recounted).toEqual({ forms: 2, changed: 1 });

    // Saved again unchanged: nothing left to recount. Back to the defaults: the error goes as it came.
    expect((await t.request('PUT', '/api/policies/RC/2026', { session: admin, body: { policy: hundredPoints } })).body.recount).toEqual({ forms: 2, changed: 0 });
    expect((await t.request('PUT', '/api/policies/RC/2026', { session: admin, body: { policy: {} } })).body.recount).toEqual({ forms: 2, changed: 1 });
    expect(await listedErrors(editor, 'RC-U', target)).toBe(0);
  });

  it('a save writes only under the policy version it read (a region-less form always may)', async () => {
    const id = await saved(editor, 'RC-U', 2026, cleanProjectTarget('版本检查项目'));
    const row = (await sql<{ region_id: number; policy_version: number }>`select f.region_id, r.policy_version from forms f join regions r on r.id = f.region_id where f.id = ${id}`.execute(t.server.db)).rows[0]!;
    await t.server.db.transaction().execute(async (trx) => {
      expect(await policyStillCurrent(trx, row)).toBe(true);
      expect(await policyStillCurrent(trx, { ...row, policy_version: row.policy_version - 1 })).toBe(false);
      expect(await policyStillCurrent(trx, { region_id: null, policy_version: null })).toBe(true);
    });
    const before = row.policy_version;
    expect((await t.request('PUT', '/api/policies/RC/2025', { session: admin, body: { policy: {} } })).status).toBe(200);
    const after = (await sql<{ policy_version: number }>`select policy_version from regions where id = ${row.region_id}`.execute(t.server.db)).rows[0]!;
    expect(after.policy_version).toBe(before + 1);
  });
});

describe.skipIf(!databaseUrl)('a row save racing a policy change (two transactions on PostgreSQL)', () => {
  it('waits for the change and stores the counts the new policy gives', async () => {
    const id = await saved(editor, 'RC-U', 2026, cleanProjectTarget('并发保存项目'));
    expect(await listedErrors(editor, 'RC-U', id)).toBe(0);
    const opened = await t.request('GET', `/api/forms/${id}`, { session: editor });
    // A policy change under way (the 100-point policy written, not committed): the row save reads the committed (old)
    // policy, scores under it and reaches its write while the change is open, and waits for it.
    const row = { ...(opened.body.form.indicators[0] as object), name: '培训人数（人）' };
    const answer = await whilePolicyChangeOpen({ databaseUrl: databaseUrl!, schema: schema!, region: 'RC', year: 2026, policy: hundredPoints }, () =>
      t.request('PUT', `/api/forms/${id}/indicators/0`, { session: editor, body: { version: opened.body.version, indicator: row } }));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((answer.body.findings as Array<{ code: string; severity: string }>).some((f) => f.code === 'weights' && f.severity === 'error')).toBe(true);
    expect(await listedErrors(editor, 'RC-U', id)).toBe(1);
  });

  it('guard: a save with no change under way is not held up and keeps its counts', async () => {
    const id = await saved(editor, 'RC-U', 2026, cleanProjectTarget('无并发项目'));
    const opened = await t.request('GET', `/api/forms/${id}`, { session: editor });
    const row = { ...(opened.body.form.indicators[0] as object), name: '培训人数（人次）' };
    const answer = await t.request('PUT', `/api/forms/${id}/indicators/0`, { session: editor, body: { version: opened.body.version, indicator: row } });
    expect(answer.status).toBe(200);
    expect(answer.body.version).toBe(opened.body.version + 1);
  });
});
