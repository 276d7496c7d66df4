import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formSchema, type Form } from '@jixiao/core';
import { reviewOne } from '../../web/src/editor/use-live-review';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let finance: Session;
const UNITS = ['H-U1', 'H-U2', 'H-U3', 'H-U4', 'H-U5', 'H-U6'];

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('H', '对比区', null);
  await r.org('H-CZ', '对比区财政局', 'H', 'finance');
  for (const [i, code] of UNITS.entries()) await r.org(code, `对比单位${i + 1}`, 'H-CZ', 'unit');
  await r.user('h_fin', 'finance_reviewer', 'H-CZ');
  finance = await t.login('h_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

/** A project target in `org` whose first row (培训人数, 人) has the given target. */
async function target(org: string, trainees: string) {
  const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const form = cleanProjectTarget(`${org} 培训项目`);
  form.indicators[0]!.target = trainees;
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form } });
  expect(saved.status).toBe(200);
  return saved.body as { id: number; version: number; findings: Array<{ code: string; severity: string; row?: number | null; message: string }> };
}

describe('review with stored data', () => {
  it('flags a target not above last year\'s stored actual of the same org (history)', async () => {
    const last = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_self_evaluation', org: 'H-U1', fiscal_year: 2025 } });
    const sheet = formSchema.parse({
      kind: 'project_self_evaluation',
      fiscal_year: 2025,
      org: '测试单位',
      project_name: 'H-U1 培训项目',
      indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训人数', weight: 30, unit: '人', comparator: '>=', target: '100', actual: '120', score: 30 }],
    });
    expect((await t.request('PUT', `/api/forms/${last.body.id}`, { session: finance, body: { version: last.body.version, form: sheet } })).status).toBe(200);

    const low = await target('H-U1', '110');
    const history = low.findings.filter((f) => f.code === 'history');
    expect(history).toHaveLength(1);
    expect(history[0]!.severity).toBe('info');
    expect(history[0]!.message).toContain('2025年实际完成值 120人');
    // GET gives the same finding; a target above last year's actual gives none.
    const read = await t.request('GET', `/api/forms/${low.id}`, { session: finance });
    expect(read.body.findings.filter((f: { code: string }) => f.code === 'history')).toHaveLength(1);
    const higher = await target('H-U1', '130');
    expect(higher.findings.filter((f) => f.code === 'history')).toEqual([]);
    // Another org's actuals are not this org's history.
    expect((await target('H-U2', '110')).findings.filter((f) => f.code === 'history')).toEqual([]);
  });

  it('flags a target far below the same indicator in the region\'s other orgs (peer_outlier)', async () => {
    for (const [i, org] of ['H-U2', 'H-U3', 'H-U4', 'H-U5'].entries()) await target(org, String(100 + i * 2));
    // H-U1 (130, its newest) and H-U2..H-U5 are the five peers of H-U6.
    const outlier = await target('H-U6', '5');
    const found = outlier.findings.filter((f) => f.code === 'peer_outlier');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('其他 5 个单位');
    expect((await target('H-U6', '104')).findings.filter((f) => f.code === 'peer_outlier')).toEqual([]);
  });

  it('reviews a row save against the rows as the save leaves them', async () => {
    // H-U1 has last year's actual 120 for 培训人数 (first test); 130 is above it.
    const form = await target('H-U1', '130');
    expect(form.findings.filter((f) => f.code === 'history')).toEqual([]);
    const row = cleanProjectTarget().indicators[0]!;
    const lowered = await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: finance, body: { version: form.version, indicator: { ...row, target: '110' } } });
    expect(lowered.status).toBe(200);
    expect(lowered.body.findings.filter((f: { code: string }) => f.code === 'history')).toHaveLength(1);
    // Renamed, the row is no longer 培训人数: the old name is not looked up any more.
    const renamed = await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: finance, body: { version: lowered.body.version, indicator: { ...row, name: '培训班次', target: '110' } } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.findings.filter((f: { code: string }) => f.code === 'history')).toEqual([]);
    // The read reviews the stored rows and agrees with the save.
    const read = await t.request('GET', `/api/forms/${form.id}`, { session: finance });
    expect(read.body.findings).toEqual(renamed.body.findings);
  });

  it('gives the editor the stored data its live review needs, peers without their org', async () => {
    // H-U6's low target (5) is the peers' outlier and (in 2026) has no history; H-U1's 110 is below its 2025 actual.
    const outlier = await target('H-U6', '5');
    const low = await target('H-U1', '110');
    for (const [id, code] of [[outlier.id, 'peer_outlier'], [low.id, 'history']] as const) {
      const read = await t.request('GET', `/api/forms/${id}`, { session: finance });
      expect(read.status).toBe(200);
      const data = read.body.review_data as { history: unknown[]; peers: Array<{ org: string | null; target: unknown }> };
      expect(data.peers.length).toBeGreaterThanOrEqual(5);
      // Other units' targets come as values only, and never the form's own unit's.
      expect(data.peers.every((p) => p.org === null)).toBe(true);
      // What the browser computes with them is what the server found, the stored-data warning included.
      const live = reviewOne(read.body.form as Form, DEFAULT_POLICY, read.body.review_options, read.body.review_data);
      const strip = (fs: Array<{ code: string; row: number | null; message: string }>) => fs.map((f) => [f.code, f.row, f.message]);
      expect(strip(live ?? [])).toEqual(strip(read.body.findings));
      expect((live ?? []).some((f) => f.code === code)).toBe(true);
      // Without the data the live review would drop the warning: the data is what keeps the two alike.
      expect((reviewOne(read.body.form as Form, DEFAULT_POLICY, read.body.review_options) ?? []).some((f) => f.code === code)).toBe(false);
    }
    const history = (await t.request('GET', `/api/forms/${low.id}`, { session: finance })).body.review_data.history as Array<{ actual: unknown }>;
    expect(history.map((h) => h.actual)).toContain('120');
  });

  it('gives no stored data to a reader outside the org tree', async () => {
    const r = await setUpRegion(t, 'H-EV');
    await r.user('h_eval', 'evaluator', null);
    await r.user('h_u3_editor', 'unit_editor', 'H-U3');
    const evaluator = await t.login('h_eval', 'Passw0rd-test');
    const editor = await t.login('h_u3_editor', 'Passw0rd-test');
    let f: { id: number; version: number } = await target('H-U3', '100');
    for (const [session, action] of [[editor, 'submit'], [finance, 'approve'], [finance, 'publish']] as const) {
      const res = await t.request('POST', `/api/forms/${f.id}/${action}`, { session, body: { version: f.version } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      f = res.body;
    }
    // An evaluator reads the published forms of the departments assigned to it (evaluator-reach.test.ts).
    const template = (await t.request('GET', '/api/evaluation-templates', { session: finance })).body.items[0].id;
    expect((await t.request('POST', '/api/evaluations', { session: finance, body: { template, org: 'H-U3', fiscal_year: 2026, evaluator: 'h_eval' } })).status).toBe(201);
    const read = await t.request('GET', `/api/forms/${f.id}`, { session: evaluator });
    expect(read.status).toBe(200);
    expect(read.body.review_data).toBeNull();
    expect((await t.request('GET', `/api/forms/${f.id}`, { session: editor })).body.review_data.peers.length).toBeGreaterThan(0);
  });
});
