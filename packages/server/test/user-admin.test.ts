import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';

const SEED_004 = readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', '004_1accb42d456f302a.txt'));
let t: TestServer;
let admin: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('UA', '用户区', null);
  await r.org('UA-CZ', '用户区财政局', 'UA', 'finance');
  await r.org('UA-D', '部门甲', 'UA-CZ', 'department');
  await r.org('UA-U', '单位甲', 'UA-D', 'unit');
  await r.user('ua_editor', 'unit_editor', 'UA-U');
  await r.user('ua_other', 'unit_editor', 'UA-U');
});

afterAll(async () => {
  await t?.stop();
});

async function userId(username: string): Promise<number> {
  const list = await t.request('GET', '/api/users', { session: admin });
  return list.body.items.find((u: { username: string }) => u.username === username).id;
}

async function auditActions(entityId: number): Promise<string[]> {
  const rows = await t.server.db.selectFrom('audit_events').select('action').where('entity', '=', 'user').where('entity_id', '=', String(entityId)).orderBy('id').execute();
  return rows.map((r) => r.action);
}

describe('user management (用户管理)', () => {
  it('disabling a user ends its sessions and refuses login; enabling lets it back in', async () => {
    const id = await userId('ua_editor');
    const session = await t.login('ua_editor', 'Passw0rd-test');
    expect((await t.request('GET', '/api/me', { session })).status).toBe(200);
    const off = await t.request('PATCH', `/api/users/${id}`, { session: admin, body: { active: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id, active: false, role: 'unit_editor', org: 'UA-U' });
    expect((await t.request('GET', '/api/me', { session })).status).toBe(401);
    await expect(t.login('ua_editor', 'Passw0rd-test')).rejects.toThrow(/401/);
    const on = await t.request('PATCH', `/api/users/${id}`, { session: admin, body: { active: true } });
    expect(on.body.active).toBe(true);
    const again = await t.login('ua_editor', 'Passw0rd-test');
    expect((await t.request('GET', '/api/me', { session: again })).status).toBe(200);
    expect(await auditActions(id)).toEqual(['user.create', 'user.update', 'user.update']);
  });

  it('changes role and org together, and refuses a role that does not fit the org', async () => {
    const id = await userId('ua_other');
    const bad = await t.request('PATCH', `/api/users/${id}`, { session: admin, body: { role: 'department_reviewer' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('角色「主管部门审核」（department_reviewer）必须属于主管部门，请选择这类单位');
    const good = await t.request('PATCH', `/api/users/${id}`, { session: admin, body: { role: 'department_reviewer', org: 'UA-D' } });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ role: 'department_reviewer', org: 'UA-D', active: true });
    expect((await t.request('PATCH', `/api/users/${id}`, { session: admin, body: {} })).status).toBe(400);
    expect((await t.request('PATCH', '/api/users/999999', { session: admin, body: { active: false } })).status).toBe(404);
  });

  it('an admin cannot disable itself', async () => {
    const id = await userId('admin');
    const res = await t.request('PATCH', `/api/users/${id}`, { session: admin, body: { active: false } });
    expect(res.status).toBe(400);
  });

  it('resets a password under the policy, ends the sessions and records an audit event', async () => {
    const id = await userId('ua_editor');
    const session = await t.login('ua_editor', 'Passw0rd-test');
    const weak = await t.request('POST', `/api/users/${id}/password`, { session: admin, body: { password: 'short1' } });
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('password_policy');
    const res = await t.request('POST', `/api/users/${id}/password`, { session: admin, body: { password: 'Reset-pass-2026' } });
    expect(res.status).toBe(200);
    expect((await t.request('GET', '/api/me', { session })).status).toBe(401);
    await expect(t.login('ua_editor', 'Passw0rd-test')).rejects.toThrow(/401/);
    await t.login('ua_editor', 'Reset-pass-2026');
    expect(await auditActions(id)).toContain('user.password_reset');
    const verify = await t.request('GET', '/api/audit/verify', { session: admin });
    expect(verify.body.ok).toBe(true);
  });
});

describe('password change at first login', () => {
  it('asks a new user and a user whose password was reset to choose their own; not one created without it', async () => {
    const created = await t.request('POST', '/api/users', { session: admin, body: { username: 'ua_first', password: 'Chushi-mima-2024', role: 'unit_editor', org: 'UA-U' } });
    expect(created.status).toBe(201);
    let s = await t.login('ua_first', 'Chushi-mima-2024');
    expect((await t.request('GET', '/api/me', { session: s })).body.must_change_password).toBe(true);
    expect((await t.request('POST', '/api/me/password', { session: s, body: { current: 'Chushi-mima-2024', password: 'Ziji-xuanze-2025' } })).status).toBe(200);
    expect((await t.request('GET', '/api/me', { session: s })).body.must_change_password).toBe(false);
    const listed = async () => (await t.request('GET', '/api/users', { session: admin })).body.items.find((u: { username: string }) => u.username === 'ua_first');
    expect((await listed()).must_change_password).toBe(false);

    const id = await userId('ua_first');
    expect((await t.request('POST', `/api/users/${id}/password`, { session: admin, body: { password: 'Chongzhi-mima-2026' } })).status).toBe(200);
    s = await t.login('ua_first', 'Chongzhi-mima-2026');
    expect((await t.request('GET', '/api/me', { session: s })).body.must_change_password).toBe(true);
    expect((await listed()).must_change_password).toBe(true);

    await t.request('POST', '/api/users', { session: admin, body: { username: 'ua_service', password: 'Fuwu-zhanghu-2024', role: 'unit_editor', org: 'UA-U', must_change_password: false } });
    const service = await t.login('ua_service', 'Fuwu-zhanghu-2024');
    expect((await t.request('GET', '/api/me', { session: service })).body.must_change_password).toBe(false);
  });
});

describe('fiscal years (年度)', () => {
  it('adds a year, refuses a duplicate, and records a region-only closed year', async () => {
    const created = await t.request('POST', '/api/fiscal-years', { session: admin, body: { year: 2031 } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ year: 2031, open: true, region: null });
    expect((await t.request('POST', '/api/fiscal-years', { session: admin, body: { year: 2031 } })).status).toBe(409);
    const regional = await t.request('POST', '/api/fiscal-years', { session: admin, body: { year: 2031, region: 'UA', status: 'closed', reason: '本区先行结账' } });
    expect(regional.status).toBe(201);
    expect((await t.request('POST', '/api/fiscal-years', { session: admin, body: { year: 2032, region: 'NOPE' } })).status).toBe(404);
    const list = await t.request('GET', '/api/fiscal-years', { session: admin });
    const y = list.body.items.find((i: { year: number }) => i.year === 2031);
    expect(y).toMatchObject({ year: 2031, open: true, regions: [{ region: 'UA', open: false }] });
  });
});

describe('import previews', () => {
  it('a preview commits once; a second commit is refused', async () => {
    const editor = await t.login('ua_editor', 'Reset-pass-2026');
    const preview = await upload(t, editor, 'UA-U', 2023, SEED_004, '004.txt');
    expect(preview.status).toBe(201);
    const first = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(first.status).toBe(200);
    expect(first.body.forms.length).toBeGreaterThan(0);
    const second = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('invalid_transition');
  });

  it('previews older than 24 hours are deleted on the next import and cannot be committed', async () => {
    let editor = await t.login('ua_editor', 'Reset-pass-2026');
    const old = await upload(t, editor, 'UA-U', 2023, SEED_004, '004.txt');
    expect(old.status).toBe(201);
    t.clock.advance(25 * 60 * 60 * 1000);
    editor = await t.login('ua_editor', 'Reset-pass-2026');
    const stale = await t.request('POST', `/api/imports/${old.body.id}/commit`, { session: editor });
    expect(stale.status).toBe(404);
    const fresh = await upload(t, editor, 'UA-U', 2023, SEED_004, '004.txt');
    expect(fresh.status).toBe(201);
    const left = await t.server.db.selectFrom('import_jobs').select('id').where('status', '=', 'preview').execute();
    expect(left.map((r) => r.id)).toEqual([fresh.body.id]);
  });
});
