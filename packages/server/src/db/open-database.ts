import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
import { preparedPool } from './prepared-pool';
import { MIGRATIONS, migrate } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DatabaseOptions {
  /** PGlite data folder; ignored when databaseUrl is given. `memory://` keeps it in memory. */
  dataDir?: string;
  /** postgres://… — use a real PostgreSQL server through a pg Pool. */
  databaseUrl?: string;
  /** PostgreSQL schema to work in (created when missing); tests use a random one. */
  schema?: string;
  /** PostgreSQL connections per process (default DEFAULT_POOL_SIZE). */
  poolSize?: number;
}

// A few connections per CPU core keep PostgreSQL busy; many more only add context switches and
// lock contention (100 client connections on 2 cores measured slower than 10).
export const DEFAULT_POOL_SIZE = 10;

/** The pool size from DATABASE_POOL_SIZE, or an explanation of why the value is unusable. */
export function poolSizeFromEnv(value: string | undefined): { ok: true; size: number } | { ok: false; message: string } {
  if (value === undefined || value.trim() === '') return { ok: true, size: DEFAULT_POOL_SIZE };
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 1000) return { ok: false, message: `DATABASE_POOL_SIZE 无效：${value}（应为 1–1000 的整数，默认 ${DEFAULT_POOL_SIZE}）` };
  return { ok: true, size };
}

export interface OpenedDatabase {
  db: Db;
  kind: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the database and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenedDatabase> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`无效的数据库 schema 名：${options.schema}`);
  let db: Db;
  let kind: OpenedDatabase['kind'];
  let saveTemplateAfterMigrate: { pglite: PGlite; path: string } | null = null;
  if (options.databaseUrl) {
    const schema = options.schema;
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    if (schema) {
      const client = await pool.connect();
      try {
        await client.query(`create schema if not exists ${schema}`);
      } catch (error) {
        // Two processes creating the schema at once: one wins, the other sees a duplicate.
        const code = (error as { code?: string }).code;
        if (code !== '23505' && code !== '42P06') throw error;
      } finally {
        client.release();
      }
    }
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparedPool(pool) }) });
    kind = 'postgres';
  } else {
    const dataDir = options.dataDir ?? './data';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    const template = dataDir === 'memory://' && !options.schema ? templatePath() : null;
    const pglite = template && existsSync(template) ? await fromTemplate(template) : await PGlite.create(dataDir);
    if (template && !existsSync(template)) saveTemplateAfterMigrate = { pglite, path: template };
    if (options.schema) {
      await pglite.exec(`create schema if not exists ${options.schema}; set search_path to ${options.schema}`);
    }
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    kind = 'pglite';
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if (saveTemplateAfterMigrate) await saveTemplate(saveTemplateAfterMigrate.pglite, saveTemplateAfterMigrate.path);
  return { db, kind, close: () => db.destroy() };
}

/** A jsonb value that PGlite and pg both send the same way (as text, cast on the server). */
export function jsonb(value: unknown): RawBuilder<unknown> {
  return sql`cast(${JSON.stringify(value ?? null)} as text)::jsonb`;
}

// A fresh in-memory PGlite (tests, benchmarks) spends ~10 s in initdb; a migrated database
// dumped once per migration set and PGlite version loads in ~2 s.
function templatePath(): string {
  const version = (PGlite as unknown as { version?: string }).version ?? '';
  const key = createHash('sha256').update(JSON.stringify(MIGRATIONS)).update(version).digest('hex').slice(0, 16);
  return join(tmpdir(), `jixiao-pglite-${key}.tar`);
}

async function fromTemplate(path: string): Promise<PGlite> {
  try {
    return await PGlite.create({ loadDataDir: new Blob([readFileSync(path)]) });
  } catch {
    return PGlite.create('memory://');
  }
}

async function saveTemplate(pglite: PGlite, path: string): Promise<void> {
  try {
    const dump = await pglite.dumpDataDir('none');
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, path);
  } catch {
    // Only a speed-up: without the template the next start runs initdb again.
  }
}
