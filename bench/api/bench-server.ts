/**
 * The server under test of api-bench.ts, in its own process (as `npm start` runs it), so the load
 * generator does not share its event loop. It also runs the direct-Kysely comparison on request,
 * in this process, because an in-memory PGlite lives only here. Talks to the parent over IPC.
 */
import { startServer, type Db } from '@jixiao/server';

export interface ServerStart {
  databaseUrl?: string;
  databaseSchema?: string;
  adminPassword: string;
}

export type DirectWork = { kind: 'read'; formId: number } | { kind: 'save'; formIds: number[] };

export type ToServer = { type: 'direct'; title: string; seconds: number; concurrency: number; work: DirectWork } | { type: 'cpu' } | { type: 'close' };

export type FromServer =
  | { type: 'ready'; url: string }
  | { type: 'direct'; result: { what: string; p50: number; p99: number; rps: number; errors: number } }
  /** CPU time this process has used, user + system, in ms. */
  | { type: 'cpu'; ms: number }
  | { type: 'failed'; message: string };

const send = (message: FromServer) => process.send!(message);

/** Runs `op` with `concurrency` workers for `seconds` and reports latencies. */
async function direct(title: string, seconds: number, concurrency: number, op: (worker: number) => Promise<void>) {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
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
  return { what: title, p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / seconds), errors };
}

/** The same work as the HTTP routes' database part, straight through Kysely. */
async function operation(db: Db, work: DirectWork): Promise<(worker: number) => Promise<void>> {
  if (work.kind === 'read') {
    return async () => {
      await Promise.all([
        db.selectFrom('forms as f').innerJoin('orgs as o', 'o.id', 'f.org_id').selectAll('f').select('o.path').where('f.id', '=', work.formId).executeTakeFirst(),
        db.selectFrom('indicators').selectAll().where('form_id', '=', work.formId).orderBy('ordinal').execute(),
      ]);
    };
  }
  const current = await db.selectFrom('forms').select(['id', 'version']).where('id', 'in', work.formIds).execute();
  const byId = new Map(current.map((r) => [r.id, r.version]));
  const versions = work.formIds.map((id) => byId.get(id)!);
  return async (w) => {
    const i = w % work.formIds.length;
    const v = versions[i]!;
    const id = work.formIds[i]!;
    await db.transaction().execute(async (trx) => {
      const r = await trx.updateTable('forms').set({ version: v + 1 }).where('id', '=', id).where('version', '=', v).executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new Error('stale');
      await trx.updateTable('indicators').set({ target: String(v) }).where('form_id', '=', id).where('ordinal', '=', 3).execute();
    });
    versions[i] = v + 1;
  };
}

// Without its parent (the bench ended or crashed) the server has nothing to do.
process.on('disconnect', () => process.exit(1));
const start = JSON.parse(process.env.BENCH_SERVER ?? '{}') as ServerStart;
try {
  const server = await startServer({
    port: 0,
    dataDir: 'memory://',
    adminPassword: start.adminPassword,
    loadSamples: false,
    ...(start.databaseUrl ? { databaseUrl: start.databaseUrl } : {}),
    ...(start.databaseSchema ? { databaseSchema: start.databaseSchema } : {}),
  });
  process.on('message', (message: ToServer) => {
    if (message.type === 'close') {
      void server.close().then(() => process.exit(0));
      return;
    }
    if (message.type === 'cpu') {
      const used = process.cpuUsage();
      send({ type: 'cpu', ms: (used.user + used.system) / 1000 });
      return;
    }
    void operation(server.db, message.work)
      .then((op) => direct(message.title, message.seconds, message.concurrency, op))
      .then((result) => send({ type: 'direct', result }));
  });
  send({ type: 'ready', url: server.url });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
