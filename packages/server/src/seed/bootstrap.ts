import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Form } from '@jixiao/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit/audit-log';
import { canonicalJson } from '../audit/canonical-json';
import { generatePassword, hashPassword, passwordProblems } from '../auth/password';
import type { Clock } from '../clock';
import type { Ctx } from '../context';
import { jsonb, type Db } from '../db/open-database';
import { port } from '../ports';
import { policyFor } from '../use-cases/form-store';
import { writeForms } from '../use-cases/imports';
import { insertOrg } from '../use-cases/orgs-users';
import { actorOf } from '../use-cases/auth';
import { makeSampleAccounts, type TrialManifest } from './sample-accounts';
import { makeSampleWork, sampleProjects } from './sample-work';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'seed-data');

export interface BootstrapOptions {
  adminPassword?: string | undefined;
  loadSamples?: boolean | undefined;
  log?: (line: string) => void;
}

/** First-start setup on an empty database: admin, fiscal years, indicator library, templates, samples. Idempotent. */
export async function bootstrap(db: Db, clock: Clock, options: BootstrapOptions): Promise<void> {
  // Several servers may start at once on one PostgreSQL: one connection holds a lock for the
  // whole setup, so the others wait and then find everything done.
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${sql.lit(BOOTSTRAP_LOCK)})`.execute(conn);
    try {
      await bootstrapLocked(conn, clock, options);
    } finally {
      await sql`select pg_advisory_unlock(${sql.lit(BOOTSTRAP_LOCK)})`.execute(conn);
    }
  });
}

const BOOTSTRAP_LOCK = 7_263_003;

async function bootstrapLocked(db: Db, clock: Clock, options: BootstrapOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const system: Ctx = { db, clock, actor: null };
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  // Set when this start made the admin, so the data folder had no users: only then are sample accounts made.
  let firstStart: { adminId: number } | null = null;
  if (!admin) {
    const given = options.adminPassword;
    if (given && passwordProblems(given, 'admin').length > 0) throw new Error(`JIXIAO_ADMIN_PASSWORD 不符合密码要求：${passwordProblems(given, 'admin').join('；')}`);
    const password = given ?? generatePassword();
    const hash = await hashPassword(password);
    const adminId = await db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('users').values({ username: 'admin', password_hash: hash, role: 'admin', org_id: null, display_name: '系统管理员' }).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, system, { action: 'user.create', entity: 'user', entityId: row.id, after: { username: 'admin', role: 'admin' } });
      return row.id;
    });
    firstStart = { adminId };
    if (!given) log(`已创建管理员账号 admin，初始密码：${password}（只显示这一次，请登录后妥善保管）`);
  }
  const years = await db.selectFrom('fiscal_years').select('year').limit(1).execute();
  if (years.length === 0) {
    const current = clock.now().getUTCFullYear();
    const rows = [];
    for (let y = 2020; y <= current + 1; y += 1) rows.push({ year: y, label: `${y}年度` });
    await db.insertInto('fiscal_years').values(rows).onConflict((oc) => oc.doNothing()).execute();
  }
  await seedLibrary(db);
  await seedTemplates(db, log);
  if (!options.loadSamples) return;
  await loadSamples(db, clock, log);
  if (firstStart) await loadTrial(db, clock, firstStart, log);
}

/**
 * Sample accounts for every role and the sample unit's year in every state (samples.json's trial), on the first start
 * only: a data folder that had users keeps its own. Made as the admin and the sample accounts would make them.
 */
async function loadTrial(db: Db, clock: Clock, firstStart: { adminId: number }, log: (line: string) => void) {
  const manifest = JSON.parse(await readFile(join(SEED_DIR, 'samples.json'), 'utf8')) as SampleManifest;
  const admin = await actorOf(db, firstStart.adminId);
  if (!manifest.trial || !admin) return;
  const accounts = await makeSampleAccounts({ db, clock, actor: admin }, manifest.trial, log);
  if (!accounts) return;
  const unit = await db.selectFrom('orgs').select('region_id').where('code', '=', accounts.unitCode).executeTakeFirstOrThrow();
  const file = manifest.trial.projects_from;
  const projects = await sampleProjects(db, new Uint8Array(await readFile(join(SEED_DIR, file))), file, unit.region_id, clock.now().getUTCFullYear());
  await makeSampleWork(db, clock, accounts, projects, log);
}

interface LibrarySeed {
  indicators: { name: string; level1?: string | null; level2?: string | null; unit?: string | null; comparator?: string | null; typical_target?: string | number | null; explanation?: string | null; keywords?: string[] | string | null }[];
}

async function seedLibrary(db: Db) {
  const any = await db.selectFrom('indicator_library').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const seed = JSON.parse(await readFile(join(SEED_DIR, 'indicator-library.json'), 'utf8')) as LibrarySeed;
  const rows = seed.indicators.map((i) => ({
    name: i.name,
    level1: i.level1 ?? null,
    level2: i.level2 ?? null,
    unit: i.unit ?? null,
    comparator: i.comparator ?? null,
    typical_target: i.typical_target == null ? null : String(i.typical_target),
    explanation: i.explanation ?? null,
    keywords: Array.isArray(i.keywords) ? i.keywords.join(',') : (i.keywords ?? null),
    scope: 'common' as const,
    basis_kind: null,
    spending_class: null,
    valid_from: null,
    valid_to: null,
    source_form_id: null,
    source_org_id: null,
  }));
  if (rows.length > 0) await db.insertInto('indicator_library').values(rows).execute();
}

/**
 * Built-in templates as this version ships them. A stored one that differs is brought up to date, unless an
 * evaluation already refers to it: evaluations are scored from their template when read, so the old text is
 * kept under another key (its evaluations keep their scores) and the new one takes the built-in key.
 */
async function seedTemplates(db: Db, log: (line: string) => void) {
  for (const t of port.builtinTemplates) {
    const stored = await db.selectFrom('evaluation_templates').select(['id', 'name', 'template']).where('key', '=', t.id).executeTakeFirst();
    if (stored && canonicalJson(stored.template) === canonicalJson(t)) continue;
    await db.transaction().execute(async (trx) => {
      if (stored) {
        const used = await trx.selectFrom('evaluations').select('id').where('template_id', '=', stored.id).limit(1).executeTakeFirst();
        if (!used) {
          await trx.updateTable('evaluation_templates').set({ name: t.name, template: jsonb(t) }).where('id', '=', stored.id).execute();
          log(`内置评价模板「${t.name}」已更新为本版本的内容`);
          return;
        }
        await trx.updateTable('evaluation_templates').set({ key: `${t.id}@${stored.id}`, name: `${stored.name}（旧版）` }).where('id', '=', stored.id).execute();
        log(`内置评价模板「${t.name}」已更新；已引用旧版的评价仍按旧版计分，旧版改名为「${stored.name}（旧版）」`);
      }
      await trx.insertInto('evaluation_templates').values({ key: t.id, name: t.name, region_id: null, builtin: true, template: jsonb(t) }).execute();
    });
  }
}

interface SampleManifest {
  samples: { file: string; region: { code: string; name: string }; unit: string }[];
  trial?: TrialManifest;
}

function mostCommon(values: (string | number | null)[]): string | number | null {
  const counts = new Map<string | number, number>();
  for (const v of values) if (v !== null && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | number | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Imports the seed documents as published forms, so a new installation shows a working system. */
async function loadSamples(db: Db, clock: Clock, log: (line: string) => void) {
  const anyForm = await db.selectFrom('forms').select('id').limit(1).executeTakeFirst();
  if (anyForm) return;
  const importFile = port.importFile;
  const manifest = JSON.parse(await readFile(join(SEED_DIR, 'samples.json'), 'utf8')) as SampleManifest;
  const system: Ctx = { db, clock, actor: null };
  let total = 0;
  for (const [n, sample] of manifest.samples.entries()) {
    const bytes = new Uint8Array(await readFile(join(SEED_DIR, sample.file)));
    const outcome = await importFile(bytes, sample.file);
    if (!outcome.ok || outcome.document.forms.length === 0) {
      log(`示例 ${sample.file} 导入失败，已跳过`);
      continue;
    }
    const forms: Form[] = outcome.document.forms;
    const unitName = String(mostCommon(forms.map((f) => f.org)) ?? sample.unit);
    const year = Number(mostCommon(forms.map((f) => f.fiscal_year)) ?? clock.now().getUTCFullYear());
    const written = await db.transaction().execute(async (trx) => {
      let region = await trx.selectFrom('orgs').selectAll().where('code', '=', sample.region.code).executeTakeFirst();
      if (!region) {
        await insertOrg(trx, system, { code: sample.region.code, name: sample.region.name, kind: 'region', parentRow: null });
        region = await trx.selectFrom('orgs').selectAll().where('code', '=', sample.region.code).executeTakeFirstOrThrow();
      }
      const financeCode = `${sample.region.code}-CZ`;
      let finance = await trx.selectFrom('orgs').selectAll().where('code', '=', financeCode).executeTakeFirst();
      if (!finance) {
        await insertOrg(trx, system, { code: financeCode, name: `${sample.region.name}财政局`, kind: 'finance', parentRow: region });
        finance = await trx.selectFrom('orgs').selectAll().where('code', '=', financeCode).executeTakeFirstOrThrow();
      }
      let unit = await trx.selectFrom('orgs').selectAll().where('name', '=', unitName).where('path', 'like', `${region.path}%`).executeTakeFirst();
      if (!unit) {
        const code = `${sample.region.code}-U${String(n + 1).padStart(3, '0')}`;
        await insertOrg(trx, system, { code, name: unitName, kind: 'unit', parentRow: finance });
        unit = await trx.selectFrom('orgs').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
      }
      // Samples load as the server starts, before it takes requests: no policy change runs beside them.
      const policy = await policyFor(trx, unit.region_id, year);
      return writeForms(trx, system, { orgId: unit.id, regionId: unit.region_id, fiscalYear: year, forms, status: 'published', importJobId: null, policy });
    });
    total += written.length;
  }
  log(`已加载示例数据：${total} 张已公开的表单`);
}
