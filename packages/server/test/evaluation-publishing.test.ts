import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate } from '../src/db/migrations';
import { setUpRegion, setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;
let finance: Session;
let otherFinance: Session;
let templateId: number;

const TEMPLATE = { id: 'pub-tpl', name: '公开测试模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'EP', { region: '评价公开区', finance: '评价公开区财政局', unit: '评价公开单位' }));
  const r = await setUpRegion(t);
  await r.org('EP-D', '评价公开区教育局', 'EP-CZ', 'department');
  await r.user('ep_eval', 'evaluator', null);
  ({ finance: otherFinance } = await setUpUnitAndFinance(t, 'EQ', { region: '邻区', finance: '邻区财政局', unit: '邻区单位' }));
  const created = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: TEMPLATE } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  templateId = created.body.id;
});

afterAll(async () => {
  await t?.stop();
});

/** A 部门评价 of EP-D for 2025, scored in full (90 分) unless `finished` is false. */
async function evaluation(finished = true) {
  const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'EP-D', fiscal_year: 2025 } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const inputs = finished ? { 执行数: 90, 预算数: 100 } : {};
  const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs, scores: {}, deductions: {} } });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  return put.body as { id: number; version: number; grade: string | null; result: { total: number; unscored: number } };
}

const publicList = async () => (await t.request('GET', '/api/public/evaluations?region=EP')).body.items as { id: number; total_score: number; grade: string; published_at: string; org_name: string }[];

describe('公开 / 撤回公开 of a 部门评价 report', () => {
  it('publishes a finished evaluation to the public list and report, withdraws it with 已撤回, audits both', async () => {
    const e = await evaluation();
    expect(e.result.unscored).toBe(0);
    const published = await t.request('POST', `/api/evaluations/${e.id}/publish`, { session: finance, body: { version: e.version } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body.version).toBe(e.version + 1);
    expect(published.body.published_at).not.toBeNull();

    const listed = (await publicList()).find((i) => i.id === e.id);
    expect(listed).toMatchObject({ org_name: '评价公开区教育局', total_score: 90, grade: e.grade });
    const report = await t.server.app.request(`/api/public/evaluations/${e.id}/report`);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('wordprocessingml');
    expect((await report.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    // While published the scores stay as published.
    const edit = await t.request('PUT', `/api/evaluations/${e.id}`, { session: finance, body: { version: published.body.version, inputs: { 执行数: 10, 预算数: 100 }, scores: {}, deductions: {} } });
    expect(edit.status).toBe(409);

    const withdrawn = await t.request('POST', `/api/evaluations/${e.id}/unpublish`, { session: finance, body: { version: published.body.version } });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.published_at).toBeNull();
    expect((await publicList()).map((i) => i.id)).not.toContain(e.id);
    const gone = await t.request('GET', `/api/public/evaluations/${e.id}/report`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain('已撤回');
    const never = await t.request('GET', '/api/public/evaluations/999999/report');
    expect(never.status).toBe(404);
    expect(never.body.error.message).not.toContain('已撤回');

    const audit = await t.server.db.selectFrom('audit_events').select('action').where('entity', '=', 'evaluation').where('entity_id', '=', String(e.id)).where('action', 'like', 'evaluation.%publish').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['evaluation.publish', 'evaluation.unpublish']);
  });

  it('names no person in the public copy of the report: the evaluator\'s account stays in the signed-in one', async () => {
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'EP-D', fiscal_year: 2025, evaluator: 'ep_eval' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs: { 执行数: 90, 预算数: 100 }, scores: {}, deductions: {} } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await t.request('POST', `/api/evaluations/${created.body.id}/publish`, { session: finance, body: { version: put.body.version } })).status).toBe(200);
    const text = (res: Response) => res.arrayBuffer().then((b) => strFromU8(unzipSync(new Uint8Array(b))['word/document.xml']!).replace(/<[^>]+>/g, ''));
    const internal = await text(await t.server.app.request(`/api/evaluations/${created.body.id}/report`, { headers: { cookie: finance.cookie } }));
    const published = await text(await t.server.app.request(`/api/public/evaluations/${created.body.id}/report`));
    expect(internal).toContain('由第三方评价人员 ep_eval 打分');
    expect(published).toContain('由第三方评价人员打分');
    expect(published).not.toContain('ep_eval');
  });

  it('lists the newest publication first', async () => {
    const first = await evaluation();
    const second = await evaluation();
    for (const e of [first, second]) expect((await t.request('POST', `/api/evaluations/${e.id}/publish`, { session: finance, body: { version: e.version } })).status).toBe(200);
    const ids = (await publicList()).map((i) => i.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
  });

  it.each([
    ['the unit', 'editor', 'publish', 'finished', 403, 'forbidden'],
    ['finance of another region', 'other', 'publish', 'finished', 404, 'not_found'],
    ['finance, with rows left unscored', 'finance', 'publish', 'pending', 409, 'invalid_transition'],
    ['finance, from a stale version', 'finance', 'publish', 'stale', 409, 'stale_version'],
    ['finance, withdrawing one not published', 'finance', 'unpublish', 'finished', 409, 'invalid_transition'],
  ] as const)('refuses %s', async (_label, who, action, state, status, code) => {
    const e = await evaluation(state !== 'pending');
    const session = who === 'editor' ? editor : who === 'other' ? otherFinance : finance;
    const res = await t.request('POST', `/api/evaluations/${e.id}/${action}`, { session, body: { version: state === 'stale' ? e.version - 1 : e.version } });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect((await publicList()).map((i) => i.id)).not.toContain(e.id);
  });
});

describe('GET /api/public/evaluations pages on the server', () => {
  const page = async (query: string) => {
    const res = await t.request('GET', `/api/public/evaluations?region=EP&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { items: { id: number }[]; total: number };
  };

  it('answers one page and the true total; pages join up in the one order', async () => {
    for (let i = 0; i < 3; i++) {
      t.clock.advance(60_000);
      const e = await evaluation();
      expect((await t.request('POST', `/api/evaluations/${e.id}/publish`, { session: finance, body: { version: e.version } })).status).toBe(200);
    }
    const whole = await page('');
    expect(whole.total).toBe(whole.items.length);
    expect(whole.total).toBeGreaterThanOrEqual(3);
    const first = await page('limit=2');
    expect([first.items.length, first.total]).toEqual([2, whole.total]);
    const joined: number[] = [];
    for (let offset = 0; offset < whole.total; offset += 2) joined.push(...(await page(`limit=2&offset=${offset}`)).items.map((i) => i.id));
    expect(joined).toEqual(whole.items.map((i) => i.id));
    expect(await page(`offset=${whole.total}`)).toEqual({ items: [], total: whole.total });
    expect((await page('fiscal_year=2024')).total).toBe(0);
  });

  it.each(['limit=0', 'limit=1001', 'offset=-1', 'limit=abc'])('refuses %s', async (query) => {
    expect((await t.request('GET', `/api/public/evaluations?${query}`)).status).toBe(400);
  });
});

describe('撤回公开 is stored on the evaluation', () => {
  const withdrawnAt = async (id: number) => {
    const row = await t.server.db.selectFrom('evaluations').select('withdrawn_at').where('id', '=', id).executeTakeFirstOrThrow();
    return row.withdrawn_at === null ? null : new Date(row.withdrawn_at).toISOString();
  };
  const report = async (id: number) => {
    const res = await t.request('GET', `/api/public/evaluations/${id}/report`);
    return res.status === 200 ? 'report' : `${res.status} ${res.body.error.message}`;
  };

  it('withdraw sets it, publish again clears it, and the public report follows it', async () => {
    let e = await evaluation();
    expect([await withdrawnAt(e.id), await report(e.id)]).toEqual([null, `404 公开的评价报告 ${e.id} 不存在`]);
    const steps: Array<['publish' | 'unpublish', string | null, string]> = [
      ['publish', null, 'report'],
      ['unpublish', 'now', `404 评价报告 ${e.id} 已撤回，不再公开`],
      ['publish', null, 'report'],
      ['unpublish', 'now', `404 评价报告 ${e.id} 已撤回，不再公开`],
    ];
    for (const [action, stored, answer] of steps) {
      t.clock.advance(60_000);
      const res = await t.request('POST', `/api/evaluations/${e.id}/${action}`, { session: finance, body: { version: e.version } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      e = res.body;
      expect([action, await withdrawnAt(e.id), await report(e.id)]).toEqual([action, stored === 'now' ? t.clock.now().toISOString() : null, answer]);
    }
  });

  it('the migration takes an earlier withdrawal from the audit log, on PGlite and PostgreSQL alike', async () => {
    const withdrawn = await evaluation();
    const republished = await evaluation();
    let w = withdrawn;
    for (const action of ['publish', 'unpublish'] as const) {
      t.clock.advance(60_000);
      w = (await t.request('POST', `/api/evaluations/${w.id}/${action}`, { session: finance, body: { version: w.version } })).body;
    }
    const unpublishedAt = t.clock.now().toISOString();
    let r = republished;
    for (const action of ['publish', 'unpublish', 'publish'] as const) {
      t.clock.advance(60_000);
      r = (await t.request('POST', `/api/evaluations/${r.id}/${action}`, { session: finance, body: { version: r.version } })).body;
    }
    // The database as it was before migration 8: no column, the withdrawal only in the audit log.
    await sql`alter table evaluations drop column withdrawn_at`.execute(t.server.db);
    await sql`delete from migrations where id = 8`.execute(t.server.db);
    expect(await migrate(t.server.db)).toEqual([8]);
    expect([await withdrawnAt(withdrawn.id), await withdrawnAt(republished.id)]).toEqual([unpublishedAt, null]);
    expect(await report(withdrawn.id)).toBe(`404 评价报告 ${withdrawn.id} 已撤回，不再公开`);
    expect(await report(republished.id)).toBe('report');
  });
});
