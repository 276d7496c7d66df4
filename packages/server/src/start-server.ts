import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { systemClock, type Clock } from './clock';
import { openDatabase, poolSizeFromEnv, type Db } from './db/open-database';
import { createApp } from './http/create-app';
import { bootstrap } from './seed/bootstrap';
import { purgeStalePreviews } from './use-cases/imports';

export interface StartServerOptions {
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests use a random one and drop it). */
  databaseSchema?: string;
  /** PostgreSQL pool size; default from DATABASE_POOL_SIZE, else DEFAULT_POOL_SIZE. */
  databasePoolSize?: number;
  adminPassword?: string;
  loadSamples?: boolean;
  webDir?: string | null;
  clock?: Clock;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  app: ReturnType<typeof createApp>;
  close: () => Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const pool = options.databasePoolSize === undefined ? poolSizeFromEnv(process.env.DATABASE_POOL_SIZE) : { ok: true as const, size: options.databasePoolSize };
  if (!pool.ok) throw new Error(pool.message);
  const opened = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl, poolSize: pool.size } : { dataDir: options.dataDir ?? './data' }),
    ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
  });
  try {
    await bootstrap(opened.db, clock, { adminPassword: options.adminPassword, loadSamples: options.loadSamples ?? false, ...(options.log ? { log: options.log } : {}) });
    await purgeStalePreviews(opened.db, clock.now());
  } catch (error) {
    await opened.close();
    throw error;
  }
  const app = createApp({ db: opened.db, clock, webDir: options.webDir ?? null });
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${port}`,
    port,
    db: opened.db,
    app,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await opened.close();
    },
  };
}
