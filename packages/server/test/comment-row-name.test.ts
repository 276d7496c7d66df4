import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('CRN', '某区', null);
  await r.org('CRN-CZ', '某区财政局', 'CRN', 'finance');
  await r.org('CRN-U1', '测试单位', 'CRN-CZ', 'unit');
  await r.user('crn_editor', 'unit_editor', 'CRN-U1');
  await r.user('crn_fin', 'finance_reviewer', 'CRN-CZ');
  editor = await t.login('crn_editor', 'Passw0rd-test');
  finance = await t.login('crn_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

describe('a row comment keeps the name of its indicator', () => {
  it('from a 批注 written while reading and from a 退回 with row comments; a whole-form comment has none', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'CRN-U1', fiscal_year: 2026 } });
    const form = cleanProjectTarget('培训经费');
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
    expect(saved.status).toBe(200);
    const id = created.body.id as number;
    const names = (saved.body.form.indicators as Array<{ name: string }>).map((i) => i.name);
    const submitted = await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: saved.body.version } });
    expect(submitted.status).toBe(200);

    const added = await t.request('POST', `/api/forms/${id}/comments`, { session: finance, body: { indicator: 2, body: '目标偏低' } });
    expect(added.status).toBe(201);
    expect(added.body.indicator_name).toBe(names[2]);
    const returned = await t.request('POST', `/api/forms/${id}/return`, {
      session: finance,
      body: { version: submitted.body.version, comment: '请修改', indicator_comments: [{ ordinal: 0, body: '请补充依据' }] },
    });
    expect(returned.status).toBe(200);

    const listed = await t.request('GET', `/api/forms/${id}/comments`, { session: editor });
    expect(listed.body.items.map((c: { indicator: number | null; indicator_name: string | null; body: string }) => [c.indicator, c.indicator_name, c.body])).toEqual([
      [2, names[2], '目标偏低'],
      [null, null, '请修改'],
      [0, names[0], '请补充依据'],
    ]);
  });
});
