import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetTable } from './target-table';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';

let t: TestServer;
let admin: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('OE', '某区', null);
  await r.org('OE-CZ', '某区财政局', 'OE', 'finance');
  await r.org('OE-D1', '教育局', 'OE-CZ', 'department');
  await r.org('OE-D2', '文旅局', 'OE-CZ', 'department');
  await r.org('OE-U', '区图书馆', 'OE-D1', 'unit');
  await r.org('OE-U2', '图书馆分馆', 'OE-U', 'unit');
  await r.org('OX', '另一区', null);
  await r.org('OX-CZ', '另一区财政局', 'OX', 'finance');
  await r.org('OX-D', '另一区教育局', 'OX-CZ', 'department');
  await r.user('oe_editor', 'unit_editor', 'OE-U');
  await r.user('oe_d1', 'department_reviewer', 'OE-D1');
  await r.user('oe_d2', 'department_reviewer', 'OE-D2');
});

afterAll(async () => {
  await t?.stop();
});

const patch = (session: Session, code: string, body: unknown) => t.request('PATCH', `/api/orgs/${code}`, { session, body });
const orgs = async () => (await t.request('GET', '/api/orgs', { session: admin })).body.items as Array<{ code: string; name: string; parent: string | null }>;
const visible = async (session: Session) => ((await t.request('GET', '/api/forms', { session })).body.items as Array<{ id: number }>).map((f) => f.id);

describe('组织管理: renaming and moving an org', () => {
  it('renames an org and moves a unit with its sub-orgs to another 主管部门; rights follow at once', async () => {
    const editor = await t.login('oe_editor', 'Passw0rd-test');
    const preview = await upload(t, editor, 'OE-U2', 2025, new TextEncoder().encode(targetTable('图书采购项目', [20, 20, 20, 15, 15])), 'target.txt');
    expect(preview.status).toBe(201);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    const formId = (committed.body.forms as Array<{ id: number }>)[0]!.id;
    const d1 = await t.login('oe_d1', 'Passw0rd-test');
    const d2 = await t.login('oe_d2', 'Passw0rd-test');
    expect(await visible(d1)).toContain(formId);
    expect(await visible(d2)).not.toContain(formId);

    const renamed = await patch(admin, 'OE-U', { name: '区图书馆（区少儿图书馆）' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ code: 'OE-U', name: '区图书馆（区少儿图书馆）', parent: 'OE-D1' });

    const moved = await patch(admin, 'OE-U', { parent: 'OE-D2' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ code: 'OE-U', parent: 'OE-D2' });
    const tree = await orgs();
    expect(tree.find((o) => o.code === 'OE-U2')?.parent).toBe('OE-U');
    // The sub-org went along: the form filed under it is now 文旅局's to review, no longer 教育局's.
    expect(await visible(d2)).toContain(formId);
    expect(await visible(d1)).not.toContain(formId);
    expect((await t.request('GET', `/api/forms/${formId}`, { session: d2 })).status).toBe(200);
    expect((await t.request('GET', `/api/forms/${formId}`, { session: d1 })).status).toBe(404);

    const audit = await t.server.db.selectFrom('audit_events').select('action').where('entity', '=', 'org').where('action', '=', 'org.update').execute();
    expect(audit).toHaveLength(2);
  });

  it.each([
    ['a 区划', 'OE', { parent: 'OX' }, 400, '财政区划'],
    ['a 财政局', 'OE-CZ', { parent: 'OE-D1' }, 400, '财政部门'],
    ['under its own sub-org', 'OE-D2', { parent: 'OE-U2' }, 400, '下级单位'],
    ['under itself', 'OE-U', { parent: 'OE-U' }, 400, '自己'],
    ['into another 区划', 'OE-U', { parent: 'OX-D' }, 400, '另一个财政区划'],
    ['under a parent that does not exist', 'OE-U', { parent: 'NOPE' }, 404, 'NOPE'],
    ['an org that does not exist', 'NOPE', { name: '某单位' }, 404, 'NOPE'],
    ['with nothing to change', 'OE-U', {}, 400, 'name'],
  ])('refuses to move %s, saying why', async (_label, code, body, status, words) => {
    const before = await orgs();
    const res = await patch(admin, code, body);
    expect(res.status).toBe(status);
    expect(JSON.stringify(res.body.error)).toContain(words);
    expect(await orgs()).toEqual(before);
  });

  it('is for the admin only', async () => {
    const d1 = await t.login('oe_d1', 'Passw0rd-test');
    expect((await patch(d1, 'OE-D1', { name: '改名' })).status).toBe(403);
  });
});
