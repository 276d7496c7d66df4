import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { manualClock } from '../src/clock';
import { startServer, type RunningServer } from '../src/start-server';

export const ADMIN_PASSWORD = 'Secret-pass-2024';

/** A session as a browser holds it: the cookie and the CSRF token from the login answer. */
export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestServer {
  server: RunningServer;
  clock: ReturnType<typeof manualClock>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field in the tests
  request: (method: string, path: string, options?: { session?: Session | null; body?: unknown; raw?: BodyInit; headers?: Record<string, string> }) => Promise<{ status: number; body: any; headers: Headers }>;
  login: (username: string, password: string) => Promise<Session>;
  admin: () => Promise<Session>;
  /** What the first start printed (the sample accounts' password among it). */
  startLog: string[];
  stop: () => Promise<void>;
}

/**
 * One server per test file: PGlite in memory, or, when DATABASE_URL is set, PostgreSQL in a
 * fresh random schema that is dropped at the end.
 */
export async function startTestServer(options: { loadSamples?: boolean; schema?: string } = {}): Promise<TestServer> {
  const clock = manualClock(new Date('2026-03-01T08:00:00Z'));
  const databaseUrl = process.env.DATABASE_URL;
  const schema = options.schema ?? (databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined);
  const startLog: string[] = [];
  const server = await startServer({
    port: 0,
    ...(databaseUrl ? { databaseUrl, databaseSchema: schema } : { dataDir: 'memory://' }),
    adminPassword: ADMIN_PASSWORD,
    loadSamples: options.loadSamples ?? false,
    clock,
    log: (line) => startLog.push(line),
  });
  const request: TestServer['request'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.session) {
      headers.cookie = opts.session.cookie;
      headers['x-csrf-token'] ??= opts.session.csrf;
    }
    let body: BodyInit | undefined = opts.raw;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await server.app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : await res.text();
    return { status: res.status, body: parsed, headers: res.headers };
  };
  const login = async (username: string, password: string): Promise<Session> => {
    const res = await server.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const json = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: json.csrfToken };
  };
  return {
    server,
    clock,
    request,
    login,
    admin: () => login('admin', ADMIN_PASSWORD),
    startLog,
    stop: async () => {
      await server.close();
      if (databaseUrl && schema) await dropSchema(databaseUrl, schema);
    },
  };
}

export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** Region → 财政局 → unit (no 主管部门 above it), an editor in the unit and a finance reviewer. */
export async function setUpRegion(t: TestServer, prefix = 'r1') {
  const admin = await t.admin();
  const org = async (code: string, name: string, parent: string | null, kind?: string) => {
    const res = await t.request('POST', '/api/orgs', { session: admin, body: { code, name, parent, ...(kind ? { kind } : {}) } });
    if (res.status !== 201) throw new Error(`org ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const user = async (username: string, role: string, orgCode: string | null) => {
    const res = await t.request('POST', '/api/users', { session: admin, body: { username, password: 'Passw0rd-test', role, org: orgCode } });
    if (res.status !== 201) throw new Error(`user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return { admin, org, user, prefix };
}

/**
 * The smallest region most tests need: a region `code`, its 财政局 `code-CZ`, one unit `code-U`, a unit editor and a
 * finance reviewer logged in (usernames `<prefix>_editor`, `<prefix>_fin`).
 */
export async function setUpUnitAndFinance(t: TestServer, code: string, names: { region: string; finance: string; unit: string }, prefix = code.toLowerCase()) {
  const r = await setUpRegion(t);
  await r.org(code, names.region, null);
  await r.org(`${code}-CZ`, names.finance, code, 'finance');
  await r.org(`${code}-U`, names.unit, `${code}-CZ`, 'unit');
  await r.user(`${prefix}_editor`, 'unit_editor', `${code}-U`);
  await r.user(`${prefix}_fin`, 'finance_reviewer', `${code}-CZ`);
  return { region: r, editor: await t.login(`${prefix}_editor`, 'Passw0rd-test'), finance: await t.login(`${prefix}_fin`, 'Passw0rd-test') };
}

/** Uploads a document to /api/imports as a browser form would. */
export async function upload(t: TestServer, session: Session, org: string, fiscalYear: number | '' | null, bytes: Uint8Array, fileName: string) {
  const body = new FormData();
  body.set('file', new File([bytes as unknown as BlobPart], fileName, { type: 'text/plain' }));
  body.set('org', org);
  // null: no year sent; '': the page's blank 「按文件」 choice.
  if (fiscalYear !== null) body.set('fiscal_year', String(fiscalYear));
  const res = await t.server.app.request('/api/imports', { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field in the tests
  return { status: res.status, body: (await res.json()) as any };
}
