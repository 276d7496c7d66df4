import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'UP', { region: '撤回区', finance: '撤回区财政局', unit: '撤回测试单位' }));
});

afterAll(async () => {
  await t?.stop();
});

/** A project target taken to 已公开 by the unit and finance. */
async function publishedForm(name: string) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'UP-U', fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } })).body;
  for (const [session, action] of [[editor, 'submit'], [finance, 'approve'], [finance, 'publish']] as const) {
    const res = await t.request('POST', `/api/forms/${f.id}/${action}`, { session, body: { version: f.version } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    f = res.body;
  }
  return f as { id: number; version: number; status: string };
}

const publicIds = async () => ((await t.request('GET', '/api/public/forms?region=UP')).body.items as { id: number }[]).map((i) => i.id);

describe('POST /api/forms/{id}/unpublish (撤回公开)', () => {
  it('takes a publication back: approved again, gone from the public site with 已撤回, audited, and publishable again', async () => {
    const f = await publishedForm('撤回项目');
    expect(await publicIds()).toContain(f.id);

    const withdrawn = await t.request('POST', `/api/forms/${f.id}/unpublish`, { session: finance, body: { version: f.version, comment: '公开内容有误' } });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: f.id, status: 'approved', version: f.version + 1 });
    const row = await t.server.db.selectFrom('forms').select(['status', 'published_at']).where('id', '=', f.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'approved', published_at: null });

    expect(await publicIds()).not.toContain(f.id);
    for (const path of [`/api/public/forms/${f.id}`, `/api/public/forms/${f.id}/export?format=json`]) {
      const gone = await t.request('GET', path);
      expect(gone.status, path).toBe(404);
      expect(gone.body.error.message).toContain('已撤回');
    }
    const never = await t.request('GET', '/api/public/forms/999999');
    expect(never.status).toBe(404);
    expect(never.body.error.message).not.toContain('已撤回');

    const audit = await t.server.db.selectFrom('audit_events').select(['action']).where('action', '=', 'form.unpublish').where('entity_id', '=', String(f.id)).execute();
    expect(audit).toHaveLength(1);

    const again = await t.request('POST', `/api/forms/${f.id}/publish`, { session: finance, body: { version: withdrawn.body.version } });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('published');
    expect((await t.request('GET', `/api/public/forms/${f.id}`)).status).toBe(200);
  });

  it.each([
    ['the unit', 'editor', 'published', 403, 'forbidden'],
    ['finance, from a stale version', 'finance', 'stale', 409, 'stale_version'],
    ['finance, on a form not published', 'finance', 'approved', 409, 'invalid_transition'],
  ] as const)('refuses %s', async (_label, who, state, status, code) => {
    const f = await publishedForm(`拒绝撤回${state}${who}`);
    let version = f.version;
    if (state === 'approved') version = (await t.request('POST', `/api/forms/${f.id}/unpublish`, { session: finance, body: { version } })).body.version;
    if (state === 'stale') version -= 1;
    const res = await t.request('POST', `/api/forms/${f.id}/unpublish`, { session: who === 'editor' ? editor : finance, body: { version } });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
  });
});
