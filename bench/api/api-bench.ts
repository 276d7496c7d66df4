/**
 * API benchmark: reading a form and saving one indicator at 100 concurrent connections, through
 * HTTP (autocannon) and, beside it, the same queries run directly through Kysely. The server runs
 * in its own process (bench-server.ts, as `npm start` would), the load comes from this one. Runs
 * on PGlite and, when DATABASE_URL is set, on PostgreSQL (in a throw-away schema). Target: p99 <
 * 50 ms on PostgreSQL. Not a test.
 *
 *   npx tsx bench/api/api-bench.ts [--seconds 10] [--connections 100] [--rate 200[,400,…]] [--warmup 2]
 *                                   [--only pglite|postgres] [--what get,put,direct] [--profile DIR]
 *
 * Each HTTP request is measured flat out, every connection sending its next request as soon as the
 * answer arrives (autocannon; saturation: by Little's law the mean latency is then connections
 * divided by throughput, so it measures capacity more than latency), and then at each `--rate`:
 * requests per second in all, evenly spaced, over the same connections (open-loop.ts; latency at a
 * given load, measured from when each request was due). A warm-up of `--warmup` seconds of the same requests precedes each
 * measurement, unrecorded, so the first requests' JIT compilation and statement preparation do
 * not make up the tail. --profile writes a V8 CPU profile of each server process into DIR.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { formSchema, type Form } from '@jixiao/core';
import type { DirectWork, FromServer, ServerStart, ToServer } from './bench-server';
import { openLoop, type OpenLoopOptions } from './open-loop';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SECONDS = Number(opt('--seconds') ?? 10);
const CONNECTIONS = Number(opt('--connections') ?? 100);
const PROFILE_DIR = opt('--profile');
const ONLY = opt('--only');
const RATES = (opt('--rate') ?? '200').split(',').map(Number);
const WARMUP = Number(opt('--warmup') ?? 2);
// Which lines to measure: a profile of one request kind is easier to read.
const WHAT = new Set((opt('--what') ?? 'get,put,direct').split(','));
const PASSWORD = 'Bench-pass-2024';

interface Session {
  cookie: string;
  csrf: string;
}

interface Row {
  backend: string;
  what: string;
  p50: number;
  p99: number;
  rps: number;
  errors: number;
  /** CPU ms per request of the server process (which holds PGlite too). */
  serverCpu: number;
  /** CPU ms per request of all local `postgres` processes, when /proc shows them. */
  dbCpu: number | null;
  /** CPU ms per request of this process, the load generator (it shares the machine). */
  loadCpu: number | null;
}

/** CPU time (ms) of the local PostgreSQL server's processes, from /proc (Linux); null elsewhere. */
function postgresCpu(): number | null {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // The process has ended.
      }
      if (!stat.includes(' (postgres) ')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  // USER_HZ is 100 on Linux.
  return ticks * 10;
}

/** The server process: started, asked for direct measurements, closed. */
class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(options: ServerStart): Promise<ServerProcess> {
    const child = fork(fileURLToPath(new URL('./bench-server.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx', ...(PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [])],
      env: { ...process.env, BENCH_SERVER: JSON.stringify(options) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`基准服务器进程退出（代码 ${code}）`)));
      child.once('message', (message: FromServer) => {
        if (message.type === 'ready') resolve(new ServerProcess(child, message.url));
        else reject(new Error(message.type === 'failed' ? message.message : '基准服务器未就绪'));
      });
    });
  }

  private ask<T extends FromServer['type']>(message: ToServer, answer: T): Promise<Extract<FromServer, { type: T }>> {
    return new Promise((resolve) => {
      const listen = (reply: FromServer) => {
        if (reply.type !== answer) return;
        this.child.off('message', listen);
        resolve(reply as Extract<FromServer, { type: T }>);
      };
      this.child.on('message', listen);
      this.child.send(message);
    });
  }

  /** The server process's CPU time so far (ms). */
  async cpu(): Promise<number> {
    return (await this.ask({ type: 'cpu' }, 'cpu')).ms;
  }

  async direct(title: string, work: DirectWork): Promise<Omit<Row, 'backend'>> {
    const before = await this.cpu();
    const { result } = await this.ask({ type: 'direct', title, seconds: SECONDS, concurrency: CONNECTIONS, work }, 'direct');
    const total = result.rps * SECONDS;
    return { ...result, serverCpu: total > 0 ? ((await this.cpu()) - before) / total : 0, dbCpu: null, loadCpu: null };
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.child.removeAllListeners('exit');
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'close' } satisfies ToServer);
    });
  }
}

function benchForm(n: number): Form {
  const rows = [];
  for (let i = 0; i < 20; i += 1) {
    rows.push({ level1: '产出指标', level2: '数量指标', name: `基准指标${n}-${i}`, weight: 4.5, unit: '次', comparator: '>=', target: String(10 + i), basis: '计划标准' });
  }
  return formSchema.parse({ kind: 'project_target', fiscal_year: 2026, org: '基准单位', project_name: `基准项目${n}`, indicators: rows });
}

async function json(url: string, path: string, init: RequestInit & { session?: Session }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.session) {
    headers.cookie = init.session.cookie;
    headers['x-csrf-token'] = init.session.csrf;
  }
  const res = await fetch(`${url}${path}`, { ...init, headers });
  const body = (await res.json()) as Record<string, unknown> & { id: number; version: number; csrfToken: string };
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return { res, body };
}

async function login(url: string, username: string, password: string): Promise<Session> {
  const { res, body } = await json(url, '/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}

async function setUp(url: string) {
  const admin = await login(url, 'admin', PASSWORD);
  const post = (path: string, body: unknown) => json(url, path, { method: 'POST', body: JSON.stringify(body), session: admin });
  await post('/api/orgs', { code: 'BENCH', name: '基准区', parent: null });
  await post('/api/orgs', { code: 'BENCH-CZ', name: '基准区财政局', parent: 'BENCH', kind: 'finance' });
  await post('/api/orgs', { code: 'BENCH-U', name: '基准单位', parent: 'BENCH-CZ', kind: 'unit' });
  await post('/api/users', { username: 'bench_editor', password: 'Bench-edit-2024', role: 'unit_editor', org: 'BENCH-U' });
  const editor = await login(url, 'bench_editor', 'Bench-edit-2024');
  const forms: { id: number; version: number }[] = [];
  for (let n = 0; n < CONNECTIONS; n += 1) {
    const created = await json(url, '/api/forms', { method: 'POST', body: JSON.stringify({ kind: 'project_target', org: 'BENCH-U', fiscal_year: 2026 }), session: editor });
    const saved = await json(url, `/api/forms/${created.body.id}`, { method: 'PUT', body: JSON.stringify({ version: created.body.version, form: benchForm(n) }), session: editor });
    forms.push({ id: saved.body.id, version: saved.body.version });
  }
  return { editor, forms };
}

/** The open-loop form of a request (see open-loop.ts). */
type Paced = Pick<OpenLoopOptions<unknown>, 'next' | 'onResponse'>;

/**
 * Both measurements of one request: autocannon flat out, then the open-loop generator at
 * `--rate`; `before` runs before each run (warm-ups included).
 */
async function cannon(server: ServerProcess, title: string, options: Partial<autocannon.Options>, paced: Paced, before: () => Promise<void> = async () => {}): Promise<Omit<Row, 'backend'>[]> {
  const base = { url: server.url, connections: CONNECTIONS, timeout: 30, ...options } as autocannon.Options;
  const rows: Omit<Row, 'backend'>[] = [];
  const measure = async (what: string, run: () => Promise<{ p50: number; p99: number; rps: number; errors: number; requests: number }>) => {
    await before();
    const cpu0 = await server.cpu();
    const db0 = postgresCpu();
    const own0 = process.cpuUsage();
    const result = await run();
    const own = process.cpuUsage(own0);
    const db1 = postgresCpu();
    const total = Math.max(1, result.requests);
    rows.push({
      what,
      p50: result.p50,
      p99: result.p99,
      rps: result.rps,
      errors: result.errors,
      serverCpu: ((await server.cpu()) - cpu0) / total,
      // A backend that exits takes its CPU time out of /proc: then there is no figure.
      dbCpu: db0 === null || db1 === null || db1 < db0 ? null : (db1 - db0) / total,
      loadCpu: (own.user + own.system) / 1000 / total,
    });
  };
  const flatOut = async (seconds: number) => {
    const r = await autocannon({ ...base, duration: seconds });
    return { p50: r.latency.p50, p99: r.latency.p99, rps: Math.round(r.requests.average), errors: r.non2xx + r.errors, requests: r.requests.total };
  };
  const atRate = (rate: number, seconds: number) => openLoop({ url: server.url, rate, connections: CONNECTIONS, seconds, ...paced });
  if (WARMUP > 0) {
    await before();
    await flatOut(WARMUP);
  }
  await measure(title, () => flatOut(SECONDS));
  for (const rate of RATES) {
    if (WARMUP > 0) {
      await before();
      await atRate(rate, WARMUP);
    }
    await measure(`${title} @ ${rate}/s`, () => atRate(rate, SECONDS));
  }
  return rows;
}

async function run(backend: string, options: Omit<ServerStart, 'adminPassword'>): Promise<Row[]> {
  const server = await ServerProcess.start({ adminPassword: PASSWORD, ...options });
  try {
    const { url } = server;
    const { editor, forms } = await setUp(url);
    const rows: Row[] = [];
    const headers = { cookie: editor.cookie, 'x-csrf-token': editor.csrf, 'content-type': 'application/json' };
    const target = forms[0]!;
    const getOne = { method: 'GET', path: `/api/forms/${target.id}`, headers };
    if (WHAT.has('get')) for (const r of await cannon(server, 'HTTP GET /api/forms/{id}', { url: `${url}${getOne.path}`, headers }, { next: () => ({ request: getOne, context: null }) })) rows.push({ backend, ...r });

    // A pool of forms: a request takes a free one and gives it back with the version the answer
    // carries, so no two connections write one form at once (autocannon resets its context per request).
    const free: { id: number; version: number }[] = [];
    const statuses = new Map<number, number>();
    // Answers in flight when a run stops never come back: before each run every form returns to
    // the pool at its current version.
    // The server may still be finishing them: read until two reads agree.
    const versions = async () => (await Promise.all(forms.map(async (f) => (await json(url, `/api/forms/${f.id}`, { method: 'GET', session: editor })).body.version))).join();
    const refill = async () => {
      let seen = await versions();
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const now = await versions();
        if (now === seen) break;
        seen = now;
      }
      const current = seen.split(',').map(Number);
      free.splice(0, free.length, ...forms.map((f, i) => ({ id: f.id, version: current[i]! })));
    };
    const indicator = benchForm(0).indicators[3]!;
    type Slot = { id: number; version: number };
    // When no form is free (a request timed out and its form never came back) one is shared:
    // such a request may get 409, counted as non-2xx.
    const take = (): Slot => free.shift() ?? forms[Math.floor(Math.random() * forms.length)]!;
    const saveOf = (f: Slot) => ({ method: 'PUT', path: `/api/forms/${f.id}/indicators/3`, headers, body: JSON.stringify({ version: f.version, indicator }) });
    const answered = (status: number, body: string, f: Slot) => {
      if (status !== 200) statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const answer = JSON.parse(body) as { version?: number; error?: { details?: { current_version?: number } } };
      f.version = status === 200 ? answer.version! : (answer.error?.details?.current_version ?? f.version);
      free.push(f);
    };
    const puts = !WHAT.has('put')
      ? []
      : await cannon(
          server,
          'HTTP PUT /api/forms/{id}/indicators/3',
          {
            headers,
            requests: [
              {
                method: 'PUT',
                setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
                  const f = take();
                  context.form = f;
                  const { path, body } = saveOf(f);
                  return { ...req, path, body };
                },
                onResponse: (status: number, body: string, context: Record<string, unknown>) => answered(status, body, context.form as Slot),
              },
            ] as unknown as autocannon.Request[],
          },
          {
            next: () => {
              const f = take();
              return { request: saveOf(f), context: f };
            },
            onResponse: (status, body, context) => answered(status, body, context as Slot),
          },
          refill,
        );
    for (const r of puts) rows.push({ backend, ...r });
    if (statuses.size > 0) console.error(`${backend} PUT 非 2xx：${[...statuses].map(([code, n]) => `${code}×${n}`).join('，')}`);

    // The same work straight through Kysely, in the server process: the two queries of a form
    // read, and the versioned update of one row (one form per worker, at its current version).
    if (WHAT.has('direct')) {
      rows.push({ backend, ...(await server.direct('Kysely read form (form row + indicators)', { kind: 'read', formId: target.id })) });
      rows.push({ backend, ...(await server.direct('Kysely save indicator (versioned update + upsert)', { kind: 'save', formIds: forms.map((f) => f.id) })) });
    }
    return rows;
  } finally {
    await server.close();
  }
}

const results: Row[] = [];
console.error(`连接数 ${CONNECTIONS}，每项 ${SECONDS} 秒（预热 ${WARMUP} 秒）；限速行共 ${RATES.join('、')} 请求/秒；服务器在独立进程中运行`);
if (ONLY !== 'postgres') results.push(...(await run('PGlite', {})));
const databaseUrl = process.env.DATABASE_URL;
if (ONLY === 'pglite') {
  // Asked for PGlite only.
} else if (databaseUrl) {
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
console.log(['backend'.padEnd(11), 'what'.padEnd(52), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'req/s'.padStart(8), 'non-2xx'.padStart(8), 'srv cpu'.padStart(8), 'pg cpu'.padStart(8), 'load cpu'.padStart(8)].join(' '));
const ms = (v: number | null) => (v === null ? '-' : v.toFixed(2)).padStart(8);
for (const r of results) {
  console.log([r.backend.padEnd(11), r.what.padEnd(52), String(r.p50).padStart(8), String(r.p99).padStart(8), String(r.rps).padStart(8), String(r.errors).padStart(8), ms(r.serverCpu), ms(r.backend === 'PostgreSQL' ? r.dbCpu : null), ms(r.loadCpu)].join(' '));
}
console.log('srv cpu / pg cpu / load cpu：每个请求在服务器进程（含 PGlite）/ 本机全部 postgres 进程 / 施压进程（autocannon 或开环发生器，与被测系统共用本机）上用去的 CPU 毫秒数');
for (const rate of [null, ...RATES]) {
  const pgRows = results.filter((r) => r.backend === 'PostgreSQL' && r.what.startsWith('HTTP') && (rate === null ? !r.what.includes(' @ ') : r.what.endsWith(` @ ${rate}/s`)));
  const label = rate !== null ? `${CONNECTIONS} 连接、共 ${rate} 请求/秒` : `${CONNECTIONS} 连接满负荷`;
  if (pgRows.length > 0) console.log(`PostgreSQL HTTP p99 目标 < 50 ms（${label}）：${pgRows.every((r) => r.p99 < 50) ? '达到' : '未达到'}`);
}
