import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyPlugin } from 'kysely';
import type { Ctx } from '../src/context';
import { keyMonitoringList, listMonitoringTables } from '../src/use-cases/monitoring-lists';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

/**
 * GET /api/monitoring: the monitoring tables waiting for 验收 (and those returned or accepted), in the reader's scope.
 * Region Q: finance Q-CZ; 主管部门 Q-D over unit Q-U1, 主管部门 Q-D2 over unit Q-U2. Rights decided: reviewers see
 * their subtree, a unit editor its own unit's tables (to see what came back), an evaluator nothing (403).
 */
let t: TestServer;
const s = {} as Record<'fin' | 'dept' | 'dept2' | 'ed1' | 'ed2' | 'eval' | 'admin', Session>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field
type Json = any;

async function ok(res: Promise<{ status: number; body: Json }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`fixture step failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** An approved project target in a unit under a 主管部门: the department decides first, then finance. */
async function approvedForm(editor: Session, dept: Session, org: string, name: string) {
  const created = await ok(t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org, fiscal_year: 2026 } }));
  let f = await ok(t.request('PUT', `/api/forms/${created.id}`, { session: editor, body: { version: created.version, form: cleanProjectTarget(name) } }));
  f = await ok(t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } }));
  f = await ok(t.request('POST', `/api/forms/${f.id}/approve`, { session: dept, body: { version: f.version } }));
  return ok(t.request('POST', `/api/forms/${f.id}/approve`, { session: s.fin, body: { version: f.version } }));
}

// A red light owes its 偏差原因 and 纠偏措施 before the table is submitted (core reviewMonitoringReport): these tables give them.
const explained = { deviation_reason: '设备采购流标，重新招标', measures: '9月完成招标，10月起集中支付' };

/** A monitoring table for 1–month, taken to the given stage. */
async function table(editor: Session, formId: number, month: number, executed: number, stage: 'draft' | 'submitted' | 'returned' | 'accepted') {
  let m = await ok(t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month, executed_wan: executed, ...explained, indicators: [{ row: 0, progress_value: '40', ...explained }] } }));
  if (stage === 'draft') return m;
  m = await ok(t.request('POST', `/api/monitoring/${m.id}/submit`, { session: editor, body: { version: m.version } }));
  if (stage === 'returned') m = await ok(t.request('POST', `/api/monitoring/${m.id}/return`, { session: s.fin, body: { version: m.version, comment: '请补充偏差原因' } }));
  if (stage === 'accepted') m = await ok(t.request('POST', `/api/monitoring/${m.id}/accept`, { session: s.fin, body: { version: m.version } }));
  return m;
}

const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'e', number>;
const list = (who: Session | null, query = '') => t.request('GET', `/api/monitoring${query}`, { session: who });
const idsOf = (body: Json) => body.items.map((i: { id: number }) => i.id);

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('Q', '队列区', null);
  await r.org('Q-CZ', '队列区财政局', 'Q', 'finance');
  await r.org('Q-D', '主管部门甲', 'Q-CZ', 'department');
  await r.org('Q-U1', '预算单位甲', 'Q-D', 'unit');
  await r.org('Q-D2', '主管部门乙', 'Q-CZ', 'department');
  await r.org('Q-U2', '预算单位乙', 'Q-D2', 'unit');
  await r.user('q_fin', 'finance_reviewer', 'Q-CZ');
  await r.user('q_dept', 'department_reviewer', 'Q-D');
  await r.user('q_dept2', 'department_reviewer', 'Q-D2');
  await r.user('q_ed1', 'unit_editor', 'Q-U1');
  await r.user('q_ed2', 'unit_editor', 'Q-U2');
  await r.user('q_eval', 'evaluator', null);
  for (const [k, u] of [['fin', 'q_fin'], ['dept', 'q_dept'], ['dept2', 'q_dept2'], ['ed1', 'q_ed1'], ['ed2', 'q_ed2'], ['eval', 'q_eval']] as const) s[k] = await t.login(u, 'Passw0rd-test');
  s.admin = r.admin;

  const f1 = await approvedForm(s.ed1, s.dept, 'Q-U1', '甲单位培训项目');
  const f2 = await approvedForm(s.ed1, s.dept, 'Q-U1', '甲单位设备项目');
  const f3 = await approvedForm(s.ed2, s.dept2, 'Q-U2', '乙单位宣传项目');
  // a: waiting (green budget), b: returned, c: accepted, d: a draft nobody reviews yet, e: waiting in the other department.
  ids.a = (await table(s.ed1, f1.id, 6, 25, 'submitted')).id;
  ids.b = (await table(s.ed1, f1.id, 7, 10, 'returned')).id;
  ids.c = (await table(s.ed1, f2.id, 6, 30, 'accepted')).id;
  ids.d = (await table(s.ed1, f2.id, 7, 30, 'draft')).id;
  ids.e = (await table(s.ed2, f3.id, 6, 5, 'submitted')).id;
});

afterAll(async () => {
  await t?.stop();
});

describe('GET /api/monitoring: the review queue', () => {
  it('lists finance the whole region at each stage, counts for the tabs, never drafts', async () => {
    const waiting = await list(s.fin, '?status=submitted');
    expect(waiting.status).toBe(200);
    expect(idsOf(waiting.body).sort()).toEqual([ids.a, ids.e].sort());
    expect(waiting.body.total).toBe(2);
    expect(waiting.body.counts).toEqual({ submitted: 2, returned: 1, accepted: 1 });
    expect(idsOf((await list(s.fin, '?status=returned')).body)).toEqual([ids.b]);
    expect(idsOf((await list(s.fin, '?status=accepted')).body)).toEqual([ids.c]);
    const all = await list(s.fin);
    expect(all.body.total).toBe(4);
    expect(idsOf(all.body)).not.toContain(ids.d);
  });

  it('gives each row the project, unit, period, submitted time and the lights the table itself shows', async () => {
    const waiting = await list(s.fin, '?status=submitted&sort=id');
    const row = waiting.body.items.find((i: { id: number }) => i.id === ids.a);
    expect(row).toMatchObject({ form_id: expect.any(Number), project_name: '甲单位培训项目', org: 'Q-U1', org_name: '预算单位甲', fiscal_year: 2026, month: 6, status: 'submitted' });
    expect(Date.parse(row.submitted_at)).not.toBeNaN();
    const view = (await t.request('GET', `/api/monitoring/${ids.a}`, { session: s.fin })).body;
    // (25 / 50) ÷ (6 / 12) × 100 = 100: on plan.
    expect(row.budget_progress).toBe(100);
    expect(row.budget_progress).toBe(view.lights.budget.progress);
    expect(row.budget_light).toBe(view.lights.budget.light);
    expect(row.project_light).toBe(view.lights.project.light);
  });

  it('shows a 主管部门 only its own units, and a unit editor only its own unit', async () => {
    const dept = await list(s.dept, '?status=submitted');
    expect(idsOf(dept.body)).toEqual([ids.a]);
    expect(dept.body.counts).toEqual({ submitted: 1, returned: 1, accepted: 1 });
    const dept2 = await list(s.dept2);
    expect(idsOf(dept2.body)).toEqual([ids.e]);
    expect(dept2.body.counts).toEqual({ submitted: 1, returned: 0, accepted: 0 });
    const returned = (await list(s.ed1, '?status=returned')).body;
    expect(idsOf(returned)).toEqual([ids.b]);
    // The unit reads why it came back without opening the table.
    expect(returned.items[0].note).toBe('请补充偏差原因');
    expect(idsOf((await list(s.ed2)).body)).toEqual([ids.e]);
  });

  it('refuses an evaluator (403) and a visitor (401)', async () => {
    const evaluator = await list(s.eval);
    expect(evaluator.status).toBe(403);
    expect(evaluator.body.error.message).toMatch(/审核人员/);
    expect((await list(null)).status).toBe(401);
  });

  it('pages and sorts on the server, filters by year and period, and names the allowed sort keys', async () => {
    const first = await list(s.fin, '?sort=project_name&order=desc&limit=1');
    const second = await list(s.fin, '?sort=project_name&order=desc&limit=1&offset=1');
    expect(first.body.total).toBe(4);
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items).toHaveLength(1);
    expect(first.body.items[0].project_name >= second.body.items[0].project_name).toBe(true);
    expect(first.body.items[0].id).not.toBe(second.body.items[0].id);
    // Default: the table waiting longest first.
    expect(idsOf((await list(s.fin, '?status=submitted')).body)).toEqual([ids.a, ids.e]);
    expect(idsOf((await list(s.fin, '?month=7')).body)).toEqual([ids.b]);
    expect((await list(s.fin, '?fiscal_year=2025')).body).toMatchObject({ items: [], total: 0, counts: { submitted: 0, returned: 0, accepted: 0 } });
    // An empty year still tells where the tables are, by year in the reader's scope, whatever the filters.
    expect((await list(s.fin, '?fiscal_year=2025&month=7')).body.years).toEqual([{ fiscal_year: 2026, counts: { submitted: 2, returned: 1, accepted: 1 } }]);
    expect((await list(s.dept2, '?fiscal_year=2025')).body.years).toEqual([{ fiscal_year: 2026, counts: { submitted: 1, returned: 0, accepted: 0 } }]);
    expect(idsOf((await list(s.fin, `?q=${encodeURIComponent('乙单位')}`)).body)).toEqual([ids.e]);
    const bad = await list(s.fin, '?sort=light');
    expect(bad.status).toBe(400);
    expect((await list(s.fin, '?status=pending')).status).toBe(400);
  });
});

describe('GET /api/monitoring/key: 执行进度 and lights under the region policy', () => {
  it('shows the lights the table opens to after the region changes its thresholds', async () => {
    // (5 / 50) ÷ (6 / 12) × 100 = 20: red under the default thresholds, so e is on the key list.
    const before = await ok(list(s.fin, '/key?fiscal_year=2026'));
    const row = before.items.find((i: { id: number }) => i.id === ids.e);
    expect(row).toMatchObject({ budget_progress: 20, budget_light: 'red' });

    const set = await t.request('PUT', '/api/policies/Q/2026', { session: s.admin, body: { policy: { monitoring: { red: 15, yellow: 30, blue: 120, keyBudgetWan: 200, keyProgress: 60, periods: [6, 7, 8] } } } });
    expect(set.status).toBe(200);
    const view = (await t.request('GET', `/api/monitoring/${ids.e}`, { session: s.fin })).body;
    expect(view.lights.budget.light).toBe('yellow');
    const after = (await ok(list(s.fin, '/key?fiscal_year=2026'))).items.find((i: { id: number }) => i.id === ids.e);
    expect(after.budget_progress).toBe(view.lights.budget.progress);
    expect(after.budget_light).toBe('yellow');
    expect(after.project_light).toBe(view.lights.project.light);
    // The queue reads the same policy.
    const queued = (await ok(list(s.fin, '?status=submitted'))).items.find((i: { id: number }) => i.id === ids.e);
    expect(queued.budget_light).toBe('yellow');
  });
});

describe('a page of a list reads its tables in a fixed number of queries', () => {
  /** The admin's context over a database that counts the statements it is sent. */
  function counting() {
    let statements = 0;
    const plugin: KyselyPlugin = { transformQuery: (args) => ((statements += 1), args.node), transformResult: async (args) => args.result };
    const ctx: Ctx = { db: t.server.db.withPlugin(plugin), clock: t.clock, actor: { userId: 1, username: 'admin', role: 'admin', orgId: null, scopePath: '/' } };
    return { ctx, statements: () => statements };
  }

  it.each([
    ['the review queue', (ctx: Ctx, limit: number) => listMonitoringTables(ctx, { limit })],
    ['the 重点监控 list', (ctx: Ctx) => keyMonitoringList(ctx, {})],
  ] as const)('%s: as many for one table as for all of them', async (_name, read) => {
    const one = counting();
    const few = await read(one.ctx, 1);
    const all = counting();
    const many = await read(all.ctx, 200);
    expect(few.ok && many.ok).toBe(true);
    if (!many.ok) return;
    expect(many.value.items.length).toBeGreaterThanOrEqual(1);
    expect(many.value.items.every((i) => i.budget_light !== null)).toBe(true);
    // The rows, the counts for the tabs (queue only) and the tables' lights: one table's own read would be more.
    expect(all.statements()).toBe(one.statements());
    expect(all.statements()).toBeGreaterThan(0);
    expect(all.statements()).toBeLessThanOrEqual(3);
  });
});

describe('验收 and 退回 answer the version the reviewer read', () => {
  it('lists each table with its version, and refuses an acceptance of a version since replaced (409 stale_version)', async () => {
    const view = (await t.request('GET', `/api/monitoring/${ids.e}`, { session: s.fin })).body;
    const keyRow = (await ok(list(s.fin, '/key?fiscal_year=2026'))).items.find((i: { id: number }) => i.id === ids.e);
    const queueRow = (await ok(list(s.fin, '?status=submitted'))).items.find((i: { id: number }) => i.id === ids.e);
    expect(keyRow.version).toBe(view.version);
    expect(queueRow.version).toBe(view.version);

    // While finance reads the list, the 主管部门 returns the table and the unit resubmits it changed.
    const returned = await ok(t.request('POST', `/api/monitoring/${ids.e}/return`, { session: s.dept2, body: { version: view.version, comment: '请补充偏差原因' } }));
    const saved = await ok(t.request('PUT', `/api/monitoring/${ids.e}`, { session: s.ed2, body: { version: returned.version, month: 6, executed_wan: 1, ...explained, indicators: [{ row: 0, progress_value: '5', ...explained }] } }));
    const resubmitted = await ok(t.request('POST', `/api/monitoring/${ids.e}/submit`, { session: s.ed2, body: { version: saved.version } }));

    const stale = await t.request('POST', `/api/monitoring/${ids.e}/accept`, { session: s.fin, body: { version: keyRow.version, decision: '继续拨款' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const unchanged = (await t.request('GET', `/api/monitoring/${ids.e}`, { session: s.fin })).body;
    expect(unchanged).toMatchObject({ status: 'submitted', version: resubmitted.version, decision: null });
    const staleReturn = await t.request('POST', `/api/monitoring/${ids.e}/return`, { session: s.fin, body: { version: keyRow.version, comment: '退回' } });
    expect(staleReturn.status).toBe(409);
    expect(staleReturn.body.error.code).toBe('stale_version');

    const accepted = await t.request('POST', `/api/monitoring/${ids.e}/accept`, { session: s.fin, body: { version: resubmitted.version, decision: '暂缓拨款' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', decision: '暂缓拨款' });
  });
});

describe('GET /api/monitoring?status=draft: the unit resumes its saved drafts', () => {
  it('lists a unit editor its own unit\'s drafts, last saved first, with a count for the tab; reviewers get 403', async () => {
    const mine = await ok(list(s.ed1, '?status=draft&fiscal_year=2026'));
    expect(idsOf(mine)).toEqual([ids.d]);
    // Enough to open the sheet straight away: the project's form and the period.
    expect(mine.items[0]).toMatchObject({ form_id: expect.any(Number), month: 7, status: 'draft', project_name: '甲单位设备项目', submitted_at: null });
    expect(Date.parse(mine.items[0].updated_at)).not.toBeNaN();
    expect(mine.counts).toMatchObject({ draft: 1, returned: 1 });
    expect(mine.years).toEqual([{ fiscal_year: 2026, counts: expect.objectContaining({ draft: 1 }) }]);
    // Without a status the unit still reads its submitted tables only.
    expect(idsOf(await ok(list(s.ed1)))).not.toContain(ids.d);
    expect(idsOf(await ok(list(s.ed2, '?status=draft')))).toEqual([]);

    // A draft saved later comes first.
    t.clock.advance(60_000);
    const form = (await ok(list(s.ed1, '?status=draft'))).items[0].form_id;
    const later = await ok(t.request('POST', `/api/forms/${form}/monitoring`, { session: s.ed1, body: { month: 8, executed_wan: 40, indicators: [] } }));
    expect(idsOf(await ok(list(s.ed1, '?status=draft')))).toEqual([later.id, ids.d]);
    expect(idsOf(await ok(list(s.ed1, '?status=draft&sort=updated_at&order=asc')))).toEqual([ids.d, later.id]);

    for (const reviewer of [s.fin, s.dept, s.admin]) {
      const refused = await list(reviewer, '?status=draft');
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/填报单位/);
      expect((await ok(list(reviewer))).counts).not.toHaveProperty('draft');
    }
  });
});
