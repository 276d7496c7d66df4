import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect';
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
  poolSize?: number;
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
      max: options.poolSize ?? 10,
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
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
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
