import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock';
import { bootstrap } from '../src/seed/bootstrap';
import { startServer } from '../src/start-server';
import { ADMIN_PASSWORD, dropSchema, startTestServer, type Session, type TestServer } from './harness';

/** What a start may add: each table the first start fills, counted. */
async function counts(t: TestServer) {
  const db = t.server.db;
  const n = async (table: 'users' | 'orgs' | 'forms' | 'monitoring_reports' | 'evaluations' | 'reviews' | 'audit_events') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { users: await n('users'), orgs: await n('orgs'), forms: await n('forms'), monitoring: await n('monitoring_reports'), evaluations: await n('evaluations'), reviews: await n('reviews'), audit: await n('audit_events') };
}

const ACCOUNTS = { unit: 'shili_danwei', department: 'shili_zhuguan', finance: 'shili_caizheng', evaluator: 'shili_pingjia' } as const;

/** Each sample account's password as the first start printed it, once, on the line that names the account. */
function printedSamplePasswords(lines: readonly string[]): Record<string, string> {
  const found = lines.map((l) => /^ {2}(\S+?)（.*）初始密码：([A-Za-z0-9]+)$/.exec(l)).filter((m) => m !== null);
  const byName = Object.fromEntries(found.map((m) => [m[1]!, m[2]!]));
  expect(Object.keys(byName)).toHaveLength(found.length);
  return byName;
}

describe('first start with the samples: sample accounts and a year in every state', () => {
  let t: TestServer;
  let first: Awaited<ReturnType<typeof counts>>;
  const as: Record<keyof typeof ACCOUNTS, Session> = {} as never;
  let passwords: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer({ loadSamples: true });
    first = await counts(t);
    passwords = printedSamplePasswords(t.startLog);
    for (const [key, username] of Object.entries(ACCOUNTS)) as[key as keyof typeof ACCOUNTS] = await t.login(username, passwords[username]!);
  }, 120_000);

  afterAll(async () => {
    await t?.stop();
  });

  it('makes one account per role, each with a password of its own printed once beside its name, and a change asked at first login', async () => {
    // JIXIAO_ADMIN_PASSWORD was given: the admin's is not printed, each sample's is, and none is the admin's.
    expect(Object.keys(passwords)).toEqual(Object.values(ACCOUNTS));
    expect(new Set(Object.values(passwords)).size).toBe(4);
    expect(Object.values(passwords)).not.toContain(ADMIN_PASSWORD);
    expect(t.startLog.join('\n')).not.toContain(ADMIN_PASSWORD);
    for (const password of Object.values(passwords)) expect(t.startLog.filter((l) => l.includes(password)), password).toHaveLength(1);
    for (const username of Object.values(ACCOUNTS)) {
      const res = await t.request('POST', '/api/auth/login', { body: { username, password: ADMIN_PASSWORD } });
      expect(res.status, username).toBe(401);
    }
    // The unit editor's password does not open the 主管部门's or finance's account (nor any other sample's).
    for (const username of Object.values(ACCOUNTS).filter((u) => u !== ACCOUNTS.unit)) {
      const res = await t.request('POST', '/api/auth/login', { body: { username, password: passwords[ACCOUNTS.unit] } });
      expect(res.status, username).toBe(401);
    }
    // guard: the admin's own password is untouched by the samples.
    expect((await t.request('GET', '/api/me', { session: await t.admin() })).body).toMatchObject({ username: 'admin' });
    const users = (await t.request('GET', '/api/users', { session: await t.admin() })).body.items as { username: string; role: string; org: string | null; must_change_password: boolean }[];
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(byName.get(ACCOUNTS.unit)).toMatchObject({ role: 'unit_editor', org: '500106-SL-U', must_change_password: true });
    expect(byName.get(ACCOUNTS.department)).toMatchObject({ role: 'department_reviewer', org: '500106-SL-D', must_change_password: true });
    expect(byName.get(ACCOUNTS.finance)).toMatchObject({ role: 'finance_reviewer', org: '500106-CZ', must_change_password: true });
    expect(byName.get(ACCOUNTS.evaluator)).toMatchObject({ role: 'evaluator', org: null, must_change_password: true });
    const me = (await t.request('GET', '/api/me', { session: as.unit })).body;
    expect(me).toMatchObject({ username: ACCOUNTS.unit, must_change_password: true });
    const names = await t.server.db.selectFrom('users').select('display_name').where('username', 'in', Object.values(ACCOUNTS)).execute();
    expect(names.map((u) => u.display_name).every((n) => n?.includes('示例'))).toBe(true);
  });

  it('the unit editor sees its draft, returned target (with the reason) and the self-evaluation in progress', async () => {
    const drafts = (await t.request('GET', '/api/forms?status=draft', { session: as.unit })).body.items as { id: number; kind: string; fiscal_year: number }[];
    expect(drafts.map((f) => f.kind).sort()).toEqual(['project_self_evaluation', 'project_target']);
    expect(drafts.find((f) => f.kind === 'project_target')!.fiscal_year).toBe(2026);
    const sheet = (await t.request('GET', `/api/forms/${drafts.find((f) => f.kind === 'project_self_evaluation')!.id}`, { session: as.unit })).body;
    expect(sheet.fiscal_year).toBe(2025);
    const filled = (sheet.form.indicators as { actual: string | null }[]).filter((r) => r.actual !== null).length;
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThan(sheet.form.indicators.length);
    const returned = (await t.request('GET', '/api/forms?status=returned', { session: as.unit })).body.items as { id: number }[];
    expect(returned).toHaveLength(1);
    const comments = (await t.request('GET', `/api/forms/${returned[0]!.id}/comments`, { session: as.unit })).body.items as { body: string }[];
    expect(comments.some((c) => c.body.includes('测算依据'))).toBe(true);
  });

  it('the 主管部门 reviewer finds the submitted target in its queue; finance does not yet', async () => {
    const queue = (await t.request('GET', '/api/forms?status=submitted&awaiting=department', { session: as.department })).body;
    expect(queue.total).toBe(1);
    const financeQueue = (await t.request('GET', '/api/forms?status=submitted&awaiting=finance', { session: as.finance })).body;
    expect(financeQueue.total).toBe(0);
    const dashboard = (await t.request('GET', '/api/dashboard', { session: as.department })).body;
    expect(dashboard.counts_todo.awaiting.department).toBe(1);
  });

  it('finance finds the 1—7月 monitoring table to 验收, with a red and a green light', async () => {
    const list = (await t.request('GET', '/api/monitoring?status=submitted', { session: as.finance })).body;
    expect(list.total).toBe(1);
    const table = (await t.request('GET', `/api/monitoring/${list.items[0].id}`, { session: as.finance })).body;
    // On 2026-03-01 the latest 1—7月 that has come is 2025's.
    expect(table).toMatchObject({ month: 7, status: 'submitted' });
    expect(table.report.fiscal_year).toBe(2025);
    expect(table.lights.budget.light).toBe('green');
    expect(table.lights.project.light).toBe('red');
    expect((table.lights.indicators as { light: string | null }[]).filter((i) => i.light === 'red')).toHaveLength(1);
    expect(table.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
  });

  it('the evaluator is named on a 部门评价 of the sample 主管部门 and reads its published target', async () => {
    const evaluations = (await t.request('GET', '/api/evaluations', { session: as.evaluator })).body.items as { org: string; fiscal_year: number }[];
    expect(evaluations).toEqual([expect.objectContaining({ org: '500106-SL-D', fiscal_year: 2025 })]);
    const readable = (await t.request('GET', '/api/forms', { session: as.evaluator })).body;
    expect(readable.total).toBe(1);
  });

  it('lists the accounts for the login page, without passwords, until each changes its password, is disabled or is given another role or org', async () => {
    const listed = async () => ((await t.request('GET', '/api/auth/sample-accounts')).body.items as { username: string; role_label: string }[]);
    const before = await listed();
    expect(before.map((a) => a.username)).toEqual(Object.values(ACCOUNTS));
    expect(before.map((a) => a.role_label)).toEqual(['单位填报', '主管部门审核', '财政审核', '第三方评价']);
    for (const password of Object.values(passwords)) expect(JSON.stringify(before)).not.toContain(password);
    expect((await t.request('POST', '/api/me/password', { session: as.evaluator, body: { current: passwords[ACCOUNTS.evaluator], password: 'Pingjia-own-2026' } })).status).toBe(200);
    const admin = await t.admin();
    const users = (await t.request('GET', '/api/users', { session: admin })).body.items as { id: number; username: string }[];
    const finance = users.find((u) => u.username === ACCOUNTS.finance)!;
    expect((await t.request('PATCH', `/api/users/${finance.id}`, { session: admin, body: { active: false } })).status).toBe(200);
    expect((await listed()).map((a) => a.username)).toEqual([ACCOUNTS.unit, ACCOUNTS.department]);
    // Enabled again, a disabled account is not named as holding the printed password; the others stay named.
    expect((await t.request('PATCH', `/api/users/${finance.id}`, { session: admin, body: { active: true } })).status).toBe(200);
    expect((await listed()).map((a) => a.username)).toEqual([ACCOUNTS.unit, ACCOUNTS.department]);
    // guard: a change that leaves role and org as they were (enabling an enabled account) keeps the mark.
    const department = users.find((u) => u.username === ACCOUNTS.department)!;
    const unit = users.find((u) => u.username === ACCOUNTS.unit)!;
    expect((await t.request('PATCH', `/api/users/${department.id}`, { session: admin, body: { active: true, role: 'department_reviewer', org: '500106-SL-D' } })).status).toBe(200);
    // guard: a change refused (finance_reviewer in a 主管部门) changes nothing, the mark included.
    expect((await t.request('PATCH', `/api/users/${department.id}`, { session: admin, body: { role: 'finance_reviewer' } })).status).toBe(400);
    expect((await listed()).map((a) => a.username)).toEqual([ACCOUNTS.unit, ACCOUNTS.department]);
    // A sample account given another role is no longer named: made admin, it would be listed to anyone as holding the
    // printed password. Nor is one moved to another org under the same role.
    expect((await t.request('PATCH', `/api/users/${department.id}`, { session: admin, body: { org: null, role: 'admin' } })).status).toBe(200);
    expect((await listed()).map((a) => a.username)).toEqual([ACCOUNTS.unit]);
    expect((await t.request('PATCH', `/api/users/${unit.id}`, { session: admin, body: { org: '500106-SL-D' } })).status).toBe(200);
    expect(await listed()).toEqual([]);
  });

  it('a second start on the same data adds nothing', async () => {
    const lines: string[] = [];
    await bootstrap(t.server.db, t.clock, { adminPassword: ADMIN_PASSWORD, loadSamples: true, log: (l) => lines.push(l) });
    const again = await counts(t);
    // The tests above changed one password and disabled, enabled, moved and promoted accounts: audited, nothing else added.
    expect({ ...again, audit: 0 }).toEqual({ ...first, audit: 0 });
    expect(lines).toEqual([]);
  });
});

describe('starts that make no sample accounts', () => {
  it('--no-samples makes only the admin, and a later start with samples on a data folder that has users adds forms but no accounts', async () => {
    const t = await startTestServer();
    try {
      expect(await counts(t)).toMatchObject({ users: 1, forms: 0, monitoring: 0, evaluations: 0 });
      expect((await t.request('GET', '/api/auth/sample-accounts')).body.items).toEqual([]);
      await bootstrap(t.server.db, t.clock, { adminPassword: ADMIN_PASSWORD, loadSamples: true });
      const after = await counts(t);
      expect(after).toMatchObject({ users: 1, monitoring: 0, evaluations: 0 });
      expect(after.forms).toBe(40);
    } finally {
      await t.stop();
    }
  }, 120_000);
});

const databaseUrl = process.env.DATABASE_URL;

describe('a first start without JIXIAO_ADMIN_PASSWORD', () => {
  it('prints the admin\'s generated password and, apart, each sample account\'s own; each logs in only its account', async () => {
    const schema = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined;
    const lines: string[] = [];
    const server = await startServer({
      port: 0, ...(databaseUrl ? { databaseUrl, databaseSchema: schema } : { dataDir: 'memory://' }), loadSamples: true,
      clock: manualClock(new Date('2026-03-01T08:00:00Z')), log: (l) => lines.push(l),
    });
    try {
      const adminPassword = lines.map((l) => /^已创建管理员账号 admin，初始密码：([A-Za-z0-9]+)（/.exec(l)?.[1]).find((p) => p !== undefined);
      const passwords = printedSamplePasswords(lines);
      expect(adminPassword).toBeDefined();
      expect(Object.keys(passwords)).toEqual(Object.values(ACCOUNTS));
      expect(new Set([adminPassword, ...Object.values(passwords)]).size).toBe(5);
      const login = (username: string, password: string) => server.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      expect((await login('admin', adminPassword!)).status).toBe(200);
      expect((await login('shili_danwei', passwords.shili_danwei!)).status).toBe(200);
      expect((await login('shili_danwei', adminPassword!)).status).toBe(401);
      expect((await login('admin', passwords.shili_danwei!)).status).toBe(401);
      // One sample account's password opens no other sample account.
      for (const [owner, password] of Object.entries(passwords)) {
        for (const other of Object.values(ACCOUNTS).filter((u) => u !== owner)) expect((await login(other, password)).status, `${owner} → ${other}`).toBe(401);
      }
    } finally {
      await server.close();
      if (databaseUrl && schema) await dropSchema(databaseUrl, schema);
    }
  }, 120_000);
});

describe.skipIf(!databaseUrl)('servers starting at once on one PostgreSQL', () => {
  it('make the sample accounts and work once', async () => {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const clock = manualClock(new Date('2026-09-15T08:00:00Z'));
    const start = () => startServer({ port: 0, databaseUrl: databaseUrl!, databaseSchema: schema, adminPassword: ADMIN_PASSWORD, loadSamples: true, clock });
    const servers = await Promise.all([start(), start(), start()]);
    try {
      const db = servers[0]!.db;
      const users = await db.selectFrom('users').select('username').orderBy('id').execute();
      expect(users.map((u) => u.username)).toEqual(['admin', 'shili_danwei', 'shili_zhuguan', 'shili_caizheng', 'shili_pingjia']);
      const tables = await db.selectFrom('monitoring_reports').select(['fiscal_year', 'status']).execute();
      // On 2026-09-15 this year's 1—7月 have come: the sample table is this year's.
      expect(tables).toEqual([{ fiscal_year: 2026, status: 'submitted' }]);
      expect(await db.selectFrom('evaluations').select('id').execute()).toHaveLength(1);
    } finally {
      for (const s of servers) await s.close();
      await dropSchema(databaseUrl!, schema);
    }
  }, 180_000);
});
