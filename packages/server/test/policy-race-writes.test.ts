import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { setUpUnitAndFinance, startTestServer, upload, type Session, type TestServer } from './harness';
import { whilePolicyChangeOpen } from './policy-change-race';
import { cleanProjectTarget } from './sample-forms';
import { storedWeightErrors, targetTable } from './target-table';
import { POLICY_MOVED, readPolicy, writeUnderPolicy } from '../src/use-cases/form-save-policy';

// The writes besides a form save that store review counts or scores under the region's policy — an import's commit and
// a self-evaluation started from its target — write only under the policy version they read (writeUnderPolicy), so a
// policy change under way is waited for and what they store is what the new policy gives.

const databaseUrl = process.env.DATABASE_URL;
const schema = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined;
let t: TestServer;
let admin: Session;
let editor: Session;
let finance: Session;

// A 90-point target is an error once project targets are held to 100; a 90-point self-evaluation once sheets are.
const POINTS = { project_target: 90, department_target: 100, project_self_evaluation: 90, department_self_evaluation: 100 };
const targetsAt100 = { weightTotals: { ...POINTS, project_target: 100 } };
const sheetsAt100 = { weightTotals: { ...POINTS, project_self_evaluation: 100 } };

beforeAll(async () => {
  t = await startTestServer(schema ? { schema } : {});
  ({ editor, finance } = await setUpUnitAndFinance(t, 'PW', { region: '并发区', finance: '并发区财政局', unit: '并发单位' }));
  admin = await t.admin();
});

afterAll(async () => {
  await t?.stop();
});

const setPolicy = async (policy: object) => expect((await t.request('PUT', '/api/policies/PW/2026', { session: admin, body: { policy } })).status).toBe(200);

/** A 90-point target read for import into PW-U, 2026: the preview's id. */
async function previewed(name: string): Promise<string> {
  const preview = await upload(t, editor, 'PW-U', 2026, new TextEncoder().encode(targetTable(name, [20, 20, 20, 15, 15])), `${name}.txt`);
  expect(preview.status, JSON.stringify(preview.body)).toBe(201);
  return preview.body.id as string;
}

/** A clean 90-point project target of PW-U, 2026, approved: ready to start its self-evaluation. */
async function approvedTarget(name: string): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'PW-U', fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget(name), project_code: `PW-${name}` } } });
  const submitted = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
  const approved = await t.request('POST', `/api/forms/${created.body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
  expect(approved.body.status, JSON.stringify(approved.body)).toBe('approved');
  return created.body.id as number;
}

const commitImport = (id: string) => t.request('POST', `/api/imports/${id}/commit`, { session: editor });
const startSheet = (target: number) => t.request('POST', `/api/forms/${target}/self-evaluation`, { session: editor, body: { confirm_future_year: true } });

describe('writes that store counts read the policy under the save\'s version check', () => {
  it('readPolicy gives the version; a write under an older one writes nothing and says the policy moved', async () => {
    await setPolicy({});
    const regionId = (await sql<{ id: number }>`select id from regions where code = 'PW'`.execute(t.server.db)).rows[0]!.id;
    const read = await readPolicy(t.server.db, regionId, 2026);
    expect(read.policy.weightTotals.project_target).toBe(90);
    let wrote = 0;
    expect(await writeUnderPolicy(t.server.db, read, async () => ++wrote)).toBe(1);
    expect(await writeUnderPolicy(t.server.db, { ...read, policy_version: read.policy_version! - 1 }, async () => ++wrote)).toBe(POLICY_MOVED);
    expect(wrote).toBe(1);
    // guard: a region-less write always may
    expect(await writeUnderPolicy(t.server.db, { region_id: null, policy_version: null }, async () => 'ok')).toBe('ok');
  });

  it('an import committed and a self-evaluation started after a change store what the new policy gives (guards: the defaults give none)', async () => {
    await setPolicy({});
    const before = await commitImport(await previewed('默认政策导入项目'));
    expect(before.status).toBe(200);
    expect(await storedWeightErrors(t, editor, 'PW-U', before.body.forms[0].id)).toBe(0);
    await setPolicy(targetsAt100);
    const after = await commitImport(await previewed('新政策导入项目'));
    expect(await storedWeightErrors(t, editor, 'PW-U', after.body.forms[0].id)).toBe(1);

    await setPolicy({});
    const target = await approvedTarget('自评开始项目');
    await setPolicy(sheetsAt100);
    const started = await startSheet(target);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(await storedWeightErrors(t, editor, 'PW-U', started.body.id)).toBe(1);
    await setPolicy({});
  });
});

const publish = async (id: number) => {
  const version = (await t.request('GET', `/api/forms/${id}`, { session: finance })).body.version as number;
  return t.request('POST', `/api/forms/${id}/publish`, { session: finance, body: { version } });
};

/** The 项目目标 points total of the policy a published form keeps (forms.published_policy). */
async function publishedPolicyTotal(id: number): Promise<number | undefined> {
  const row = await t.server.db.selectFrom('forms').select('published_policy').where('id', '=', id).executeTakeFirstOrThrow();
  return (row.published_policy as { weightTotals?: { project_target?: number } } | null)?.weightTotals?.project_target;
}

describe('a form published after a policy change', () => {
  it('keeps the policy of now with the figures it gives (guard: under the defaults, none)', async () => {
    await setPolicy({});
    const plain = await approvedTarget('默认政策公开项目');
    expect((await publish(plain)).status).toBe(200);
    expect(await storedWeightErrors(t, editor, 'PW-U', plain)).toBe(0);
    const target = await approvedTarget('新政策公开项目');
    await setPolicy(targetsAt100);
    expect((await publish(target)).status).toBe(200);
    expect(await publishedPolicyTotal(target)).toBe(100);
    expect(await storedWeightErrors(t, editor, 'PW-U', target)).toBe(1);
    await setPolicy({});
  });
});

describe.skipIf(!databaseUrl)('an import commit and a self-evaluation start racing a policy change (two transactions on PostgreSQL)', () => {
  const racing = <T>(policy: object, write: () => Promise<T>) => whilePolicyChangeOpen({ databaseUrl: databaseUrl!, schema: schema!, region: 'PW', year: 2026, policy }, write);

  it('an import commit waits for the change and stores the counts the new policy gives', async () => {
    await setPolicy({});
    const id = await previewed('并发导入项目');
    const answer = await racing(targetsAt100, () => commitImport(id));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await storedWeightErrors(t, editor, 'PW-U', (answer.body.forms as Array<{ id: number }>)[0]!.id)).toBe(1);
  });

  it('a self-evaluation start waits for the change and stores the counts the new policy gives', async () => {
    await setPolicy({});
    const target = await approvedTarget('并发自评项目');
    const answer = await racing(sheetsAt100, () => startSheet(target));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(await storedWeightErrors(t, editor, 'PW-U', answer.body.id as number)).toBe(1);
  });

  it('a form\'s 公开 waits for the change and keeps the new policy with the figures the new policy gives', async () => {
    await setPolicy({});
    const target = await approvedTarget('并发公开项目');
    const answer = await racing(targetsAt100, () => publish(target));
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.status).toBe('published');
    expect(await publishedPolicyTotal(target)).toBe(100);
    expect(await storedWeightErrors(t, editor, 'PW-U', target)).toBe(1);
  });

  it('guard: with no change under way an import commit is not held up', async () => {
    await setPolicy({});
    const id = await previewed('无并发导入项目');
    const started = Date.now();
    const answer = await commitImport(id);
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await storedWeightErrors(t, editor, 'PW-U', (answer.body.forms as Array<{ id: number }>)[0]!.id)).toBe(0);
  });
});
