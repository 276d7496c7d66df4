import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('MR', '退回区', null);
  await r.org('MR-CZ', '退回区财政局', 'MR', 'finance');
  await r.org('MR-U', '退回单位', 'MR-CZ', 'unit');
  await r.user('mr_editor', 'unit_editor', 'MR-U');
  await r.user('mr_fin', 'finance_reviewer', 'MR-CZ');
  editor = await t.login('mr_editor', 'Passw0rd-test');
  finance = await t.login('mr_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

describe('a returned monitoring table tells the unit why', () => {
  it('carries the reviewer comment (note) in the table the unit reads, and none before', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MR-U', fiscal_year: 2026 } });
    let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget('退回监控项目') } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;

    const report = await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: editor, body: { month: 6, executed_wan: 5, indicators: [{ row: 0, progress_value: '10' }] } });
    expect(report.status).toBe(201);
    expect(report.body.note).toBeNull();
    const submitted = await t.request('POST', `/api/monitoring/${report.body.id}/submit`, { session: editor, body: { version: report.body.version } });
    const returned = await t.request('POST', `/api/monitoring/${report.body.id}/return`, { session: finance, body: { version: submitted.body.version, comment: '第 1 行亮红灯，请填写偏差原因' } });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');

    const list = await t.request('GET', `/api/forms/${f.id}/monitoring`, { session: editor });
    expect(list.body.items[0].status).toBe('returned');
    expect(list.body.items[0].note).toBe('第 1 行亮红灯，请填写偏差原因');
    const one = await t.request('GET', `/api/monitoring/${report.body.id}`, { session: editor });
    expect(one.body.note).toBe('第 1 行亮红灯，请填写偏差原因');

    // The unit cannot record the 拨款决定, and its own comment on resubmitting is not shown as the reviewer's.
    const decided = await t.request('POST', `/api/monitoring/${report.body.id}/submit`, { session: editor, body: { version: one.body.version, decision: '继续拨款' } });
    expect(decided.status).toBe(400);
    expect(decided.body.error.message).toMatch(/拨款决定由审核人员/);
    const resubmitted = await t.request('POST', `/api/monitoring/${report.body.id}/submit`, { session: editor, body: { version: one.body.version, comment: '已补填偏差原因' } });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.note).toBe('第 1 行亮红灯，请填写偏差原因');
    expect(resubmitted.body.decision ?? null).toBeNull();
    // An accept without a comment leaves no stale 退回意见 on the accepted table.
    const accepted = await t.request('POST', `/api/monitoring/${report.body.id}/accept`, { session: finance, body: { version: resubmitted.body.version, decision: '继续拨款' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.note).toBeNull();
    expect(accepted.body.decision).toBe('继续拨款');
  });
});
