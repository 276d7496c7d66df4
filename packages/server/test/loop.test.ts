import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type TestServer } from './harness';

const SEED = '000_3b6337d68d69f2f3.txt';
const seedBytes = () => readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', SEED));

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

describe('the yearly loop over HTTP', () => {
  it('admin sets up, the unit imports and submits, finance returns one and publishes the other, the public sees only that one', async () => {
    // Admin: region, finance bureau, a unit, and two users.
    const r = await setUpRegion(t);
    await r.org('500106', '重庆市沙坪坝区', null);
    await r.org('500106-CZ', '重庆市沙坪坝区财政局', '500106', 'finance');
    await r.org('500106-001', '沙坪坝区某预算单位', '500106-CZ', 'unit');
    await r.user('unit_editor_1', 'unit_editor', '500106-001');
    await r.user('finance_1', 'finance_reviewer', '500106-CZ');
    const editor = await t.login('unit_editor_1', 'Passw0rd-test');
    const finance = await t.login('finance_1', 'Passw0rd-test');

    // The unit imports a seed: a preview first, nothing stored.
    const preview = await upload(t, editor, '500106-001', 2024, seedBytes(), SEED);
    expect(preview.status).toBe(201);
    expect(preview.body.forms.length).toBe(12);
    expect(Array.isArray(preview.body.findings)).toBe(true);
    expect(Array.isArray(preview.body.warnings)).toBe(true);
    expect((await t.request('GET', '/api/forms', { session: editor })).body.items).toEqual([]);

    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(committed.status).toBe(200);
    expect(committed.body.forms.length).toBe(12);
    expect((await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor })).status).toBe(409);

    const list = await t.request('GET', '/api/forms?kind=project_target&status=draft', { session: editor });
    expect(list.body.items.length).toBe(11);
    expect(list.body.items[0]).toMatchObject({ kind: 'project_target', org: '500106-001', status: 'draft', version: 1 });

    // Forms whose review has errors cannot be submitted; two clean ones can.
    const errorsOf = (i: number) => preview.body.findings.filter((f: { form: number; severity: string }) => f.form === i && f.severity === 'error');
    const ids = committed.body.forms.map((f: { id: number }) => f.id);
    const blocked = ids.findIndex((_: number, i: number) => i > 0 && errorsOf(i).length > 0);
    const clean = ids.map((_: number, i: number) => i).filter((i: number) => i > 0 && errorsOf(i).length === 0).slice(0, 2);
    expect(blocked).toBeGreaterThan(0);
    expect(clean.length).toBe(2);
    const refused = await t.request('POST', `/api/forms/${ids[blocked]}/submit`, { session: editor, body: { version: 1 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);

    const [returnedId, publishedId] = [ids[clean[0]], ids[clean[1]]];
    const s1 = await t.request('POST', `/api/forms/${returnedId}/submit`, { session: editor, body: { version: 1 } });
    const s2 = await t.request('POST', `/api/forms/${publishedId}/submit`, { session: editor, body: { version: 1 } });
    expect([s1.status, s2.status]).toEqual([200, 200]);

    // Finance returns one, with a comment on an indicator…
    const ret = await t.request('POST', `/api/forms/${returnedId}/return`, {
      session: finance,
      body: { version: s1.body.version, comment: '绩效目标不够具体', indicator_comments: [{ ordinal: 0, body: '请将指标值量化' }] },
    });
    expect(ret.status).toBe(200);
    expect(ret.body.status).toBe('returned');
    const comments = await t.request('GET', `/api/forms/${returnedId}/comments`, { session: editor });
    expect(comments.body.items.find((c: { indicator: number | null }) => c.indicator === 0).body).toBe('请将指标值量化');

    // …and approves and publishes the other.
    const app = await t.request('POST', `/api/forms/${publishedId}/approve`, { session: finance, body: { version: s2.body.version } });
    expect(app.body.status).toBe('approved');
    const pub = await t.request('POST', `/api/forms/${publishedId}/publish`, { session: finance, body: { version: app.body.version } });
    expect(pub.body.status).toBe('published');

    // The public sees exactly the published one, without logging in, and can download it.
    const open = await t.request('GET', '/api/public/forms?region=500106&fiscal_year=2024');
    expect(open.status).toBe(200);
    expect(open.body.items.map((i: { id: number }) => i.id)).toEqual([publishedId]);
    expect((await t.request('GET', `/api/public/forms/${returnedId}`)).status).toBe(404);
    const csv = await t.request('GET', `/api/public/forms/${publishedId}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(String(csv.headers.get('content-type'))).toMatch(/csv/);

    // The editor fixes the returned form; a second save from the same stale read gets 409.
    const read = await t.request('GET', `/api/forms/${returnedId}`, { session: editor });
    expect(read.body.status).toBe('returned');
    const fixed = structuredClone(read.body.form);
    fixed.goal = `${fixed.goal ?? ''}（已按意见量化）`;
    expect((await t.request('PUT', `/api/forms/${returnedId}`, { session: editor, body: { version: read.body.version, form: fixed } })).status).toBe(200);
    const stale = await t.request('PUT', `/api/forms/${returnedId}`, { session: editor, body: { version: read.body.version, form: read.body.form } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.rejected).toEqual(read.body.form);

    // The dashboard counts what happened.
    const dash = await t.request('GET', '/api/dashboard', { session: finance });
    expect(dash.body.counts_by_status).toMatchObject({ published: 1, returned: 1, draft: 10 });
    expect(dash.body.budget_by_unit[0].org).toBe('500106-001');
  });
});
