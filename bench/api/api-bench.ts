/**
 * API benchmark: reading a form and saving one indicator at 100 concurrent connections, through
 * HTTP (autocannon) and, beside it, the same queries run directly through Kysely. Runs on PGlite
 * and, when DATABASE_URL is set, on PostgreSQL (in a throw-away schema). Target: p99 < 50 ms on
 * PostgreSQL. Not a test.
 *
 *   npx tsx bench/api/api-bench.ts [--seconds 10] [--connections 100]
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { formSchema, type Form } from '@jixiao/core';
import { startServer, type RunningServer } from '@jixiao/server';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SECONDS = opt('--seconds', 10);
const CONNECTIONS = opt('--connections', 100);
const PASSWORD = 'Bench-pass-2024';

function benchForm(n: number): Form {
  const rows = [];
  for (let i = 0; i < 20; i += 1) {
    rows.push({ level1: '产出指标', level2: '数量指标', name: `基准指标${n}-${i}`, weight: 4.5, unit: '次', comparator: '>=', target: String(10 + i), basis: '计划标准' });
  }
  return formSchema.parse({ kind: 'project_target', fiscal_year: 2026, org: '基准单位', project_name: `基准项目${n}`, indicators: rows });
}

async function json(server: RunningServer, path: string, init: RequestInit & { session?: { cookie: string; csrf: string } }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.session) {
    headers.cookie = init.session.cookie;
    headers['x-csrf-token'] = init.session.csrf;
  }
  const res = await fetch(`${server.url}${path}`, { ...init, headers });
  const body = (await res.json()) as Record<string, unknown> & { id: number; version: number; csrfToken: string };
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return { res, body };
}

async function login(server: RunningServer, username: string, password: string) {
  const { res, body } = await json(server, '/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}

async function setUp(server: RunningServer) {
  const admin = await login(server, 'admin', PASSWORD);
  const post = (path: string, body: unknown) => json(server, path, { method: 'POST', body: JSON.stringify(body), session: admin });
  await post('/api/orgs', { code: 'BENCH', name: '基准区', parent: null });
  await post('/api/orgs', { code: 'BENCH-CZ', name: '基准区财政局', parent: 'BENCH', kind: 'finance' });
  await post('/api/orgs', { code: 'BENCH-U', name: '基准单位', parent: 'BENCH-CZ', kind: 'unit' });
  await post('/api/users', { username: 'bench_editor', password: 'Bench-edit-2024', role: 'unit_editor', org: 'BENCH-U' });
  const editor = await login(server, 'bench_editor', 'Bench-edit-2024');
  const forms: { id: number; version: number }[] = [];
  for (let n = 0; n < CONNECTIONS; n += 1) {
    const created = await json(server, '/api/forms', { method: 'POST', body: JSON.stringify({ kind: 'project_target', org: 'BENCH-U', fiscal_year: 2026 }), session: editor });
    const saved = await json(server, `/api/forms/${created.body.id}`, { method: 'PUT', body: JSON.stringify({ version: created.body.version, form: benchForm(n) }), session: editor });
    forms.push({ id: saved.body.id, version: saved.body.version });
  }
  return { editor, forms };
}

interface Row {
  backend: string;
  what: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function cannon(server: RunningServer, title: string, options: Partial<autocannon.Options>): Promise<Omit<Row, 'backend'>> {
  const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, timeout: 30, ...options } as autocannon.Options);
  return { what: title, p50: result.latency.p50, p99: result.latency.p99, rps: Math.round(result.requests.average), errors: result.non2xx + result.errors };
}

/** Runs `op` with `concurrency` workers for the benchmark duration and reports latencies. */
async function direct(title: string, concurrency: number, op: (worker: number) => Promise<void>): Promise<Omit<Row, 'backend'>> {
  const latencies: number[] = [];
  const end = Date.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          await op(w);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) / 10;
  return { what: title, p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / SECONDS), errors };
}

async function run(backend: string, options: { databaseUrl?: string; databaseSchema?: string }): Promise<Row[]> {
  const server = await startServer({ port: 0, dataDir: 'memory://', adminPassword: PASSWORD, loadSamples: false, ...options });
  try {
    const { editor, forms } = await setUp(server);
    const rows: Row[] = [];
    const headers = { cookie: editor.cookie, 'x-csrf-token': editor.csrf, 'content-type': 'application/json' };
    const target = forms[0]!;
    rows.push({ backend, ...(await cannon(server, 'HTTP GET /api/forms/{id}', { url: `${server.url}/api/forms/${target.id}`, headers })) });

    // A pool of forms: a request takes a free one and gives it back with the version the answer
    // carries, so no two connections write one form at once (autocannon resets its context per request).
    const free = forms.map((f) => ({ ...f }));
    const indicator = benchForm(0).indicators[3]!;
    rows.push({
      backend,
      ...(await cannon(server, 'HTTP PUT /api/forms/{id}/indicators/3', {
        headers,
        requests: [
          {
            method: 'PUT',
            setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
              // After a timeout autocannon retries without an answer, so a form may never come back:
              // then share one (such a request may get 409, counted as non-2xx).
              const f = free.shift() ?? forms[Math.floor(Math.random() * forms.length)]!;
              context.form = f;
              return { ...req, path: `/api/forms/${f.id}/indicators/3`, body: JSON.stringify({ version: f.version, indicator }) };
            },
            onResponse: (status: number, body: string, context: Record<string, unknown>) => {
              const f = context.form as { id: number; version: number };
              const answer = JSON.parse(body) as { version?: number; error?: { details?: { current_version?: number } } };
              f.version = status === 200 ? answer.version! : (answer.error?.details?.current_version ?? f.version);
              free.push(f);
            },
          },
        ] as unknown as autocannon.Request[],
      })),
    });

    // The same work straight through Kysely: the two queries of a form read, and the versioned update of one row.
    const db = server.db;
    rows.push({
      backend,
      ...(await direct('Kysely read form (form row + indicators)', CONNECTIONS, async () => {
        await db.selectFrom('forms as f').innerJoin('orgs as o', 'o.id', 'f.org_id').selectAll('f').select('o.path').where('f.id', '=', target.id).executeTakeFirst();
        await db.selectFrom('indicators').selectAll().where('form_id', '=', target.id).orderBy('ordinal').execute();
      })),
    });
    const current = await db.selectFrom('forms').select(['id', 'version']).where('id', 'in', forms.map((f) => f.id)).execute();
    const byId = new Map(current.map((r) => [r.id, r.version]));
    const versions = forms.map((f) => byId.get(f.id)!);
    rows.push({
      backend,
      ...(await direct('Kysely save indicator (versioned update + upsert)', CONNECTIONS, async (w) => {
        const f = forms[w % forms.length]!;
        const v = versions[w % forms.length]!;
        await db.transaction().execute(async (trx) => {
          const r = await trx.updateTable('forms').set({ version: v + 1 }).where('id', '=', f.id).where('version', '=', v).executeTakeFirst();
          if (Number(r.numUpdatedRows) !== 1) throw new Error('stale');
          await trx.updateTable('indicators').set({ target: String(v) }).where('form_id', '=', f.id).where('ordinal', '=', 3).execute();
        });
        versions[w % forms.length] = v + 1;
      })),
    });
    return rows;
  } finally {
    await server.close();
  }
}

const results: Row[] = [];
console.error(`连接数 ${CONNECTIONS}，每项 ${SECONDS} 秒`);
results.push(...(await run('PGlite', {})));
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  try {
    results.push(...(await run('PostgreSQL', { databaseUrl, databaseSchema: schema })));
  } finally {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  }
} else {
  console.error('未设置 DATABASE_URL：跳过 PostgreSQL');
}
console.log(['backend'.padEnd(11), 'what'.padEnd(52), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'req/s'.padStart(8), 'non-2xx'.padStart(8)].join(' '));
for (const r of results) {
  console.log([r.backend.padEnd(11), r.what.padEnd(52), String(r.p50).padStart(8), String(r.p99).padStart(8), String(r.rps).padStart(8), String(r.errors).padStart(8)].join(' '));
}
const pgRows = results.filter((r) => r.backend === 'PostgreSQL' && r.what.startsWith('HTTP'));
if (pgRows.length > 0) console.log(`PostgreSQL HTTP p99 目标 < 50 ms：${pgRows.every((r) => r.p99 < 50) ? '达到' : '未达到'}`);
