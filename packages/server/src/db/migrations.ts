import { sql, type Kysely } from 'kysely';
import { rescoreStoredSheets } from './rescore-stored-sheets';
import { regradeAllEvaluations } from '../use-cases/regrade-evaluations';
import type { Database } from './schema';
import { INITIAL_SCHEMA_SQL } from './initial-schema';

/**
 * The one append-only migration list, shared by PGlite and PostgreSQL. Never edit a
 * migration that has shipped: add a new one at the end. A step is SQL, and may add `run`: work SQL
 * cannot do (scoring by core's rules), after its SQL, in the same transaction.
 */
export const MIGRATIONS: { id: number; name: string; sql: string; run?: (db: Kysely<Database>) => Promise<unknown> }[] = [
  {
    id: 1,
    name: 'initial schema',
    sql: INITIAL_SCHEMA_SQL,
  },
  {
    id: 2,
    name: 'region fiscal years, import preview expiry, review look-ups',
    sql: `
create table region_fiscal_years (
  region_id integer not null references regions(id),
  year integer not null references fiscal_years(year),
  open boolean not null,
  primary key (region_id, year)
);
create index import_jobs_status_created_idx on import_jobs(status, created_at);
create index forms_kind_org_year_idx on forms(kind, org_id, fiscal_year);
create index indicators_form_name_idx on indicators(name, form_id);
`,
  },
  {
    id: 3,
    name: 'audit chain head',
    // The head row is what audit writers lock (see audit-log.ts). It starts at the newest event;
    // the advisory lock is the one writers took before this table existed.
    sql: `
create table audit_head (
  id boolean primary key default true check (id),
  prev_hash text not null,
  hash text not null
);
select pg_advisory_xact_lock(7263002);
insert into audit_head (id, prev_hash, hash)
select true, coalesce(last.prev_hash, '${'0'.repeat(64)}'), coalesce(last.hash, '${'0'.repeat(64)}')
from (select 1) as one left join (select prev_hash, hash from audit_events order by id desc limit 1) as last on true;
`,
  },
  {
    id: 4,
    name: 'soft-deleted forms',
    // A deleted form keeps its row (restorable, audited); every read filters on deleted_at.
    sql: `
alter table forms add column deleted_at timestamptz;
alter table forms add column deleted_by integer references users(id);
`,
  },
  {
    id: 5,
    name: 'indicator library by region, with versions',
    // Entries without a region are the library every region shares (the starting data); an entry a region's finance
    // promotes, or a shared entry it edits (a copy that stands in for the shared one there), belongs to that region.
    sql: `
alter table indicator_library add column region_id integer references regions(id);
alter table indicator_library add column overrides_id integer references indicator_library(id) on delete cascade;
alter table indicator_library add column version integer not null default 1;
update indicator_library set region_id = o.region_id from orgs o where indicator_library.source_org_id = o.id;
create index indicator_library_region_idx on indicator_library(region_id);
create unique index indicator_library_override_idx on indicator_library(region_id, overrides_id) where overrides_id is not null;
`,
  },
  {
    id: 6,
    name: 'password change at first login',
    // A password the administrator typed (a new user, a reset) is known to two people: its owner is asked to replace it.
    sql: `
alter table users add column must_change_password boolean not null default false;
`,
  },
  {
    id: 7,
    name: 'published evaluations',
    // A 部门评价 finance has published is on the public site until withdrawn (published_at back to null).
    sql: `
alter table evaluations add column published_at timestamptz;
alter table evaluations add column published_by integer references users(id);
create index evaluations_published_idx on evaluations(published_at) where published_at is not null;
`,
  },
  {
    id: 8,
    name: 'withdrawn evaluations',
    // 撤回公开 is a state of the evaluation (the public report answers 「已撤回」), stored with it rather than looked up
    // in the audit log; evaluations withdrawn before this migration take the time of their last evaluation.unpublish.
    sql: `
alter table evaluations add column withdrawn_at timestamptz;
update evaluations set withdrawn_at = (select max(a.at) from audit_events a where a.entity = 'evaluation' and a.entity_id = cast(evaluations.id as text) and a.action = 'evaluation.unpublish') where published_at is null;
`,
  },
  {
    id: 9,
    name: 'monitoring rows not measured yet',
    // A row measured at year end (满意度测评) states why it has no value yet and the value it expects (预计).
    sql: `
alter table monitoring_progress add column not_measured text;
alter table monitoring_progress add column forecast text;
`,
  },
  {
    id: 10,
    name: 'comment row names',
    // A row comment keeps the indicator's name as the reviewer saw it: rows inserted above it later move its number,
    // not its indicator. Older comments have no name and are placed by their number.
    sql: `
alter table comments add column indicator_name text;
`,
  },
  {
    id: 11,
    name: '修改说明 on resubmit',
    // A unit answers the reviewer's comments when it resubmits (已修改 / 未修改，理由…) and may add one note for the whole
    // form: rows of comments that belong to the submit step, told apart by reply ('changed', 'kept', 'note').
    sql: `
alter table comments add column reply_to integer references comments(id) on delete cascade;
alter table comments add column reply text check (reply in ('changed', 'kept', 'note'));
`,
  },
  {
    id: 12,
    name: '问题整改 answers',
    // A target form answers the problems an earlier year's self-evaluation or 部门评价 found (rectification.ts): one
    // row per problem, keyed by where the problem came from, with the problem's words as the unit saw them.
    sql: `
create table rectifications (
  form_id integer not null references forms(id) on delete cascade,
  item_key text not null,
  item_text text not null,
  status text not null check (status in ('done', 'in_progress', 'not_applicable')),
  note text,
  updated_by integer references users(id),
  updated_at timestamptz not null,
  primary key (form_id, item_key)
);
`,
  },
  {
    id: 13,
    name: 'form attachments (附件 / 佐证材料)',
    // The files a form carries (立项依据, 测算依据, a self-evaluation's 佐证材料) live in the database like everything
    // else, so any server process serves them and a backup of the database is a backup of the files.
    sql: `
create table attachments (
  id integer generated by default as identity primary key,
  form_id integer not null references forms(id) on delete cascade,
  file_name text not null,
  content_type text not null,
  size integer not null,
  sha256 text not null,
  bytes bytea not null,
  note text,
  uploaded_by integer references users(id),
  uploaded_at timestamptz not null
);
create index attachments_form_idx on attachments(form_id);
`,
  },
  {
    id: 14,
    name: 'monitoring report 实施期 (a project\'s own months in the year)',
    // A project that started in 4月, or a 跨年 project whose part in the year ends in 9月, is measured against the months
    // it has run (core own-months.ts); blank is the whole year, as every table stored before.
    sql: `
alter table monitoring_reports add column start_month integer check (start_month between 1 and 12);
alter table monitoring_reports add column end_month integer check (end_month between 1 and 12);
alter table monitoring_reports add constraint monitoring_reports_own_months_check check (start_month is null or end_month is null or start_month <= end_month);
`,
  },
  {
    id: 15,
    name: 'self-evaluations of both kinds store the system\'s total and grade',
    // Lists rank and the 工作台 counts sheets by forms.total_score and grade: a 部门整体 sheet held its unit's own 总分
    // and no grade there, a project sheet the rules' 系统核算. Both now store the rules' figures (the sheet keeps its own).
    sql: '',
    run: rescoreStoredSheets,
  },
  {
    id: 16,
    name: 'regions count their policy changes (a save re-checks the policy it scored under)',
    // A save reads the region's policy, scores and reviews the form, then writes: a policy change committed in between
    // would leave the old policy's score and counts behind. The save writes only while the region's policy_version is
    // the one it read, holding the region's row FOR SHARE; a change bumps it first (settings.ts, form-save-policy.ts).
    sql: `
alter table regions add column policy_version integer not null default 0;
`,
  },
  {
    id: 17,
    name: 'evaluation templates are edited under a version and can be archived',
    // Finance copies a built-in template and edits it (评价模板): a save names the version it edited, so two clerks
    // do not overwrite each other; an archived template stays for the evaluations scored with it but starts none.
    sql: `
alter table evaluation_templates add column version integer not null default 1;
alter table evaluation_templates add column archived_at timestamptz;
`,
  },
  {
    id: 18,
    name: 'a published form keeps the policy it was published under',
    // A policy change re-scores and recounts the region's year (settings.ts), but a published (已公开) form is an
    // official disclosure: its public page and files keep the figures published, so it is scored under the policy
    // recorded when it was published until finance withdraws it (撤回公开 re-scores it under the region's policy).
    // Forms published before this keep the region's policy of now, which every change so far re-scored them under;
    // null is the defaults, as for a region without a policy. A 部门评价 stored the grade of the policy it was scored
    // under while its page and report graded it under the policy of now: it stores that grade (regrade-evaluations.ts),
    // the one its published report showed, and a change re-grades the unpublished ones from here on.
    sql: `
alter table forms add column published_policy jsonb;
update forms set published_policy = (select p.policy from policies as p where p.region_id = forms.region_id and p.fiscal_year = forms.fiscal_year) where status = 'published'
`,
    run: regradeAllEvaluations,
  },
  {
    id: 19,
    name: 'monitoring report 执行率 as the unit wrote it',
    // The review checks a written 执行率 against 执行数 ÷ 预算 (core check-monitoring.ts); blank, as every table stored
    // before, is a table that wrote none.
    sql: `
alter table monitoring_reports add column execution_rate double precision;
`,
  },
  {
    id: 20,
    name: 'a self-evaluation started from its target records the rows whose 分值 the unit sets',
    // Many approved 项目支出绩效目标表 have no 权重 column: 开始年终自评 carries the rows over without 分值 and the unit sets
    // them at year end (按常规分配分值). The rows the target left without a weight are recorded when the sheet is started,
    // so the page edits those and the server refuses a change to any weight the target fixed. Null: the sheet was not
    // started from a target (imported, made blank) or was started before this, and every weight stays as it came.
    sql: `
alter table forms add column unit_weight_rows jsonb;
`,
  },
  {
    id: 21,
    name: 'sample accounts made on first start, listed on the login page until their password is changed',
    // A first start with the samples makes one account per role (seed/sample-accounts.ts) whose password is the admin's
    // initial one. The login page names them while it still is: a change or reset of the password ends that.
    sql: `
alter table users add column sample_password boolean not null default false;
`,
  },
];

// Any number of server processes may start at once on one PostgreSQL: the advisory lock
// makes exactly one of them apply the pending migrations.
const MIGRATION_LOCK = 7_263_001;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrate(db: Kysely<any>): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK)})`.execute(trx);
    await sql`create table if not exists migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())`.execute(trx);
    const done = await sql<{ id: number }>`select id from migrations`.execute(trx);
    const applied = new Set(done.rows.map((r) => r.id));
    const ran: number[] = [];
    for (const m of MIGRATIONS) {
      if (applied.has(m.id)) continue;
      for (const statement of splitStatements(m.sql)) await sql.raw(statement).execute(trx);
      // Every step before this one has run: the schema is Database's.
      if (m.run) await m.run(trx as Kysely<Database>);
      await sql`insert into migrations (id, name) values (${m.id}, ${m.name})`.execute(trx);
      ran.push(m.id);
    }
    return ran;
  });
}

/** Our migrations hold no semicolons inside literals or bodies, so a split on `;` at line end is exact. */
function splitStatements(text: string): string[] {
  return text
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.length > 0);
}
