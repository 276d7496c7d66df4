import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-log';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('AC', '审计区', null);
  await r.org('AC-CZ', '审计区财政局', 'AC', 'finance');
  await r.org('AC-U', '审计单位', 'AC-CZ', 'unit');
  await r.user('ac_editor', 'unit_editor', 'AC-U');
  editor = await t.login('ac_editor', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

async function savedForm(name: string) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'AC-U', fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } });
  expect(saved.status).toBe(200);
  return { id: saved.body.id as number, version: saved.body.version as number };
}

const savesOf = async (formId: number) =>
  (await t.server.db.selectFrom('audit_events').select('id').where('action', '=', 'indicator.save').where('entity_id', '=', String(formId)).execute()).length;

describe('audit chain under concurrent row saves', () => {
  it('keeps one valid chain, one event per save and none for a stale one', async () => {
    const forms = await Promise.all(Array.from({ length: 8 }, (_, i) => savedForm(`并发项目${i}`)));
    const row = cleanProjectTarget().indicators[1]!;
    const answers = await Promise.all([
      ...forms.map((f, i) => t.request('PUT', `/api/forms/${f.id}/indicators/1`, { session: editor, body: { version: f.version, indicator: { ...row, target: String(200 + i) } } })),
      // Two saves of one form from the same version: exactly one wins.
      t.request('PUT', `/api/forms/${forms[0]!.id}/indicators/2`, { session: editor, body: { version: forms[0]!.version, indicator: row } }),
    ]);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    expect((await Promise.all(forms.map((f) => savesOf(f.id)))).reduce((a, b) => a + b, 0)).toBe(8);
    const chain = await verifyAuditChain(t.server.db);
    expect(chain).toMatchObject({ ok: true, firstBroken: null });
    const head = await t.server.db.selectFrom('audit_head').select('hash').executeTakeFirstOrThrow();
    const newest = await t.server.db.selectFrom('audit_events').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(head.hash).toBe(newest.hash);
  });

  it('recreates a missing chain head from the newest event', async () => {
    const form = await savedForm('无链头项目');
    await t.server.db.deleteFrom('audit_head').execute();
    const row = cleanProjectTarget().indicators[0]!;
    const saved = await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: editor, body: { version: form.version, indicator: { ...row, target: '150' } } });
    expect(saved.status).toBe(200);
    expect(await savesOf(form.id)).toBe(1);
    expect(await verifyAuditChain(t.server.db)).toMatchObject({ ok: true });
  });
});
