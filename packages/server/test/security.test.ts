import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/http/create-app';
import { ADMIN_PASSWORD, setUpRegion, startTestServer, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('S', '安全区', null);
  await r.org('S-CZ', '安全区财政局', 'S', 'finance');
  await r.user('sec_fin', 'finance_reviewer', 'S-CZ');
  await r.user('sec_lock', 'finance_reviewer', 'S-CZ');
});

afterAll(async () => {
  await t?.stop();
});

describe('login and sessions', () => {
  it('sets an httpOnly SameSite=Lax cookie and answers with a CSRF token', async () => {
    const res = await t.server.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'sec_fin', password: 'Passw0rd-test' }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(((await res.json()) as { csrfToken: string }).csrfToken.length).toBeGreaterThan(20);
    const https = await t.server.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify({ username: 'sec_fin', password: 'Passw0rd-test' }) });
    expect(https.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const a = await t.request('POST', '/api/auth/login', { body: { username: 'sec_fin', password: 'wrong-password-1' } });
    const b = await t.request('POST', '/api/auth/login', { body: { username: 'nobody', password: 'wrong-password-1' } });
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(a.body).toEqual(b.body);
    expect(a.body.error.message).toBe('用户名或密码错误');
  });

  it('locks an account for 15 minutes after 5 failures', async () => {
    for (let i = 0; i < 5; i += 1) expect((await t.request('POST', '/api/auth/login', { body: { username: 'sec_lock', password: `bad-${i}` } })).status).toBe(401);
    const locked = await t.request('POST', '/api/auth/login', { body: { username: 'sec_lock', password: 'Passw0rd-test' } });
    expect(locked.status).toBe(423);
    expect(locked.body.error.message).toMatch(/锁定/);
    t.clock.advance(15 * 60 * 1000 + 1000);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'sec_lock', password: 'Passw0rd-test' } })).status).toBe(200);
  });

  it('ends a session after 30 idle minutes, and keeps an active one alive', async () => {
    const s = await t.login('sec_fin', 'Passw0rd-test');
    t.clock.advance(20 * 60 * 1000);
    expect((await t.request('GET', '/api/me', { session: s })).status).toBe(200);
    t.clock.advance(20 * 60 * 1000);
    expect((await t.request('GET', '/api/me', { session: s })).status).toBe(200);
    t.clock.advance(31 * 60 * 1000);
    const gone = await t.request('GET', '/api/me', { session: s });
    expect(gone.status).toBe(401);
    expect(gone.body.error.code).toBe('unauthenticated');
  });

  it('logs out: the session no longer works', async () => {
    const s = await t.login('sec_fin', 'Passw0rd-test');
    expect((await t.request('POST', '/api/auth/logout', { session: s })).status).toBe(200);
    expect((await t.request('GET', '/api/me', { session: s })).status).toBe(401);
  });
});

describe('password change', () => {
  it('checks the current password, applies the policy, and ends the other sessions', async () => {
    const admin = await t.admin();
    await t.request('POST', '/api/users', { session: admin, body: { username: 'sec_pw', password: 'Passw0rd-test', role: 'evaluator', org: null } });
    const here = await t.login('sec_pw', 'Passw0rd-test');
    const elsewhere = await t.login('sec_pw', 'Passw0rd-test');
    expect((await t.request('POST', '/api/me/password', { session: here, body: { current: 'wrong-pass-1', password: 'New-pass-2024' } })).status).toBe(400);
    expect((await t.request('POST', '/api/me/password', { session: here, body: { current: 'Passw0rd-test', password: 'short1' } })).status).toBe(422);
    expect((await t.request('POST', '/api/me/password', { session: here, body: { current: 'Passw0rd-test', password: 'New-pass-2024' } })).status).toBe(200);
    expect((await t.request('GET', '/api/me', { session: here })).status).toBe(200);
    expect((await t.request('GET', '/api/me', { session: elsewhere })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'sec_pw', password: 'New-pass-2024' } })).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses a mutating request without the token, with a wrong one, or from another origin', async () => {
    const admin = await t.admin();
    const body = { code: 'CSRF1', name: '跨站', parent: 'S' };
    const noToken = await t.request('POST', '/api/orgs', { session: { ...admin, csrf: '' }, body, headers: { 'x-csrf-token': '' } });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf_failed');
    const wrong = await t.request('POST', '/api/orgs', { session: admin, body, headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.status).toBe(403);
    const foreign = await t.request('POST', '/api/orgs', { session: admin, body, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const same = await t.request('POST', '/api/orgs', { session: admin, body, headers: { origin: 'http://localhost' } });
    expect(same.status).toBe(201);
    const orgs = await t.request('GET', '/api/orgs', { session: admin });
    expect(orgs.body.items.filter((o: { code: string }) => o.code === 'CSRF1').length).toBe(1);
  });

  it("gives a tab that never saw the login answer the session's token through /api/me, so it can save and log out", async () => {
    const admin = await t.admin();
    // A second tab: the same cookie, no token.
    const tab = { ...admin, csrf: '' };
    const refused = await t.request('POST', '/api/auth/logout', { session: tab, headers: { 'x-csrf-token': '' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/^页面的安全令牌已失效.*请刷新页面后重试/);
    const me = await t.request('GET', '/api/me', { session: tab });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(admin.csrf);
    expect((await t.request('POST', '/api/auth/logout', { session: { ...tab, csrf: me.body.csrfToken } })).status).toBe(200);
    expect((await t.request('GET', '/api/me', { session: admin })).status).toBe(401);
  });
});

describe('passwords', () => {
  it('enforces the password policy with Chinese reasons', async () => {
    const admin = await t.admin();
    const cases: [string, RegExp][] = [
      ['short1', /至少需要 10 个字符/],
      ['onlyletterslong', /必须包含数字/],
      ['1234567890123', /必须包含字母/],
      ['pw_user_x1-pw_user_x1', /不能包含用户名/],
    ];
    for (const [password, message] of cases) {
      const res = await t.request('POST', '/api/users', { session: admin, body: { username: 'pw_user_x1', password, role: 'evaluator', org: null } });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('password_policy');
      expect(res.body.error.message).toMatch(message);
    }
    const stored = await t.server.db.selectFrom('users').select('password_hash').where('username', '=', 'sec_fin').executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^scrypt\$/);
    expect(stored.password_hash).not.toContain('Passw0rd-test');
  });

  it('keeps the admin password given at start', async () => {
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'admin', password: ADMIN_PASSWORD } })).status).toBe(200);
  });
});

describe('headers and documents', () => {
  it('sends security headers on every answer', async () => {
    const res = await t.request('GET', '/api/public/regions');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/api/forms/{id}');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.request('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('the web app', () => {
  it('serves files, falls back to index.html for app routes, and 404s missing assets and traversal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>jixiao</title>');
      writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
      const app = createApp({ db: t.server.db, clock: t.clock, webDir: dir });
      const index = await app.request('/');
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('jixiao');
      const route = await app.request('/forms/12/edit');
      expect(route.status).toBe(200);
      expect(route.headers.get('content-type')).toMatch(/text\/html/);
      const asset = await app.request('/assets/app.js');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);
      expect((await app.request('/assets/missing.js')).status).toBe(404);
      expect((await app.request('/..%2f..%2fetc%2fpasswd')).status).not.toBe(500);
      expect(await (await app.request('/..%2f..%2fetc%2fpasswd')).text()).not.toContain('root:');
      expect((await app.request('/api/unknown')).status).toBe(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
