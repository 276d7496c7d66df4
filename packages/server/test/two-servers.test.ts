import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock';
import { startServer, type RunningServer } from '../src/start-server';
import { ADMIN_PASSWORD, dropSchema } from './harness';

const databaseUrl = process.env.DATABASE_URL;
const schema = `test_${randomBytes(6).toString('hex')}`;
let a: RunningServer;
let b: RunningServer;

/** Two server processes on one PostgreSQL: sessions and import jobs live in the database. */
describe.skipIf(!databaseUrl)('two servers on one PostgreSQL', () => {
  beforeAll(async () => {
    const clock = manualClock(new Date('2026-03-01T08:00:00Z'));
    // Both start at once: the migration lock lets exactly one of them migrate.
    [a, b] = await Promise.all([
      startServer({ port: 0, databaseUrl: databaseUrl!, databaseSchema: schema, adminPassword: ADMIN_PASSWORD, clock }),
      startServer({ port: 0, databaseUrl: databaseUrl!, databaseSchema: schema, adminPassword: ADMIN_PASSWORD, clock }),
    ]);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (databaseUrl) await dropSchema(databaseUrl, schema);
  });

  it('logs in on one and acts on the other, over real HTTP', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };

    const me = await fetch(`${b.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { username: string }).username).toBe('admin');

    const region = await fetch(`${b.url}/api/orgs`, { method: 'POST', headers, body: JSON.stringify({ code: 'TWO', name: '双机区', parent: null }) });
    expect(region.status).toBe(201);
    await fetch(`${b.url}/api/orgs`, { method: 'POST', headers, body: JSON.stringify({ code: 'TWO-CZ', name: '双机区财政局', parent: 'TWO', kind: 'finance' }) });
    await fetch(`${a.url}/api/orgs`, { method: 'POST', headers, body: JSON.stringify({ code: 'TWO-U', name: '双机单位', parent: 'TWO-CZ', kind: 'unit' }) });
    const user = await fetch(`${a.url}/api/users`, { method: 'POST', headers, body: JSON.stringify({ username: 'two_editor', password: 'Passw0rd-test', role: 'unit_editor', org: 'TWO-U' }) });
    expect(user.status).toBe(201);

    // An import previewed on A is committed on B.
    const eLogin = await fetch(`${b.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'two_editor', password: 'Passw0rd-test' }) });
    const eCookie = (eLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
    const eCsrf = ((await eLogin.json()) as { csrfToken: string }).csrfToken;
    const file = readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', '004_1accb42d456f302a.txt'));
    const body = new FormData();
    body.set('file', new File([file], '004.txt'));
    body.set('org', 'TWO-U');
    body.set('fiscal_year', '2023');
    const preview = await fetch(`${a.url}/api/imports`, { method: 'POST', headers: { cookie: eCookie, 'x-csrf-token': eCsrf }, body });
    expect(preview.status).toBe(201);
    const { id } = (await preview.json()) as { id: string };
    const commit = await fetch(`${b.url}/api/imports/${id}/commit`, { method: 'POST', headers: { cookie: eCookie, 'x-csrf-token': eCsrf } });
    expect(commit.status).toBe(200);

    // Logging out on B ends the session on A too.
    expect((await fetch(`${b.url}/api/auth/logout`, { method: 'POST', headers })).status).toBe(200);
    expect((await fetch(`${a.url}/api/me`, { headers: { cookie } })).status).toBe(401);

    // Both wrote to one audit chain, and it is intact.
    const admin2 = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
    const c2 = (admin2.headers.get('set-cookie') ?? '').split(';')[0]!;
    const verify = await fetch(`${b.url}/api/audit/verify`, { headers: { cookie: c2 } });
    expect(((await verify.json()) as { ok: boolean }).ok).toBe(true);
  });
});
