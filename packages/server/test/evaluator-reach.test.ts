import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanProjectTarget } from './sample-forms';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let finance: Session;
let evaluator: Session;
let templateId: number;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('EV', '评价区', null);
  await r.org('EV-CZ', '评价区财政局', 'EV', 'finance');
  await r.org('EV-A', '被评价单位', 'EV-CZ', 'unit');
  await r.org('EV-B', '未分配单位', 'EV-CZ', 'unit');
  await r.user('ev_fin', 'finance_reviewer', 'EV-CZ');
  await r.user('ev_eval', 'evaluator', null);
  finance = await t.login('ev_fin', 'Passw0rd-test');
  evaluator = await t.login('ev_eval', 'Passw0rd-test');
  templateId = (await t.request('GET', '/api/evaluation-templates', { session: finance })).body.items[0].id;
});

afterAll(async () => {
  await t?.stop();
});

/** A project target of the unit, saved by finance and taken as far as `until` (a draft stays a draft). */
async function formOf(org: string, name: string, until: 'draft' | 'published') {
  const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form: cleanProjectTarget(name) } })).body as { id: number; version: number };
  if (until === 'draft') return f.id;
  for (const action of ['submit', 'approve', 'publish']) {
    const res = await t.request('POST', `/api/forms/${f.id}/${action}`, { session: finance, body: { version: f.version } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    f = res.body;
  }
  return f.id;
}

describe('a third-party evaluator reads the published forms of the departments it evaluates, nothing else', () => {
  it('sees no form before an evaluation is assigned, then only the published ones under the assigned department', async () => {
    const assigned = await formOf('EV-A', '被评价项目', 'published');
    const draft = await formOf('EV-A', '未公开项目', 'draft');
    const beside = await formOf('EV-B', '旁边单位项目', 'published');
    const listed = async () => (await t.request('GET', '/api/forms', { session: evaluator })).body.items.map((f: { id: number }) => f.id);
    const status = async (id: number) => (await t.request('GET', `/api/forms/${id}`, { session: evaluator })).status;

    expect(await listed()).toEqual([]);
    expect(await status(assigned)).toBe(404);
    expect((await t.request('GET', '/api/dashboard', { session: evaluator })).body.counts_by_status).toEqual({});

    const evaluation = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'EV-A', fiscal_year: 2026, evaluator: 'ev_eval' } });
    expect(evaluation.status).toBe(201);
    expect(await listed()).toEqual([assigned]);
    expect(await status(assigned)).toBe(200);
    expect((await t.request('GET', `/api/forms/${assigned}/attachments`, { session: evaluator })).status).toBe(200);
    // Guards: a draft of the assigned unit and a published form of a unit beside it stay out of reach.
    expect(await status(draft)).toBe(404);
    expect(await status(beside)).toBe(404);
    expect((await t.request('GET', '/api/dashboard', { session: evaluator })).body.counts_by_status).toEqual({ published: 1 });
    // The public catalogue still lists every published form, to anyone.
    const pub = (await t.request('GET', '/api/public/forms')).body.items.map((f: { id: number }) => f.id);
    expect(pub).toEqual(expect.arrayContaining([assigned, beside]));
  });
});
