import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'MR', { region: '退回区', finance: '退回区财政局', unit: '退回单位' }));
});

afterAll(async () => {
  await t?.stop();
});

// A red light owes its 偏差原因 and 纠偏措施 before the table is submitted (core reviewMonitoringReport): these tables give them.
const explained = { deviation_reason: '培训场地改造，培训推迟', measures: '下月起加开培训班，年底前完成' };

describe('a returned monitoring table tells the unit why', () => {
  it('carries the reviewer comment (note) in the table the unit reads, and none before', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MR-U', fiscal_year: 2026 } });
    let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget('退回监控项目') } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;

    const report = await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: editor, body: { month: 6, executed_wan: 5, ...explained, indicators: [{ row: 0, progress_value: '10', ...explained }] } });
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

  it('is filled in only by the unit: a reviewer cannot create, save or submit it, returned or not', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MR-U', fiscal_year: 2026 } });
    let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget('只读监控项目') } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
    const body = { month: 6, executed_wan: 5, ...explained, indicators: [{ row: 0, progress_value: '10', ...explained }] };
    const byFinance = await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: finance, body });
    expect(byFinance.status).toBe(403);
    const report = (await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: editor, body })).body;
    const submitted = (await t.request('POST', `/api/monitoring/${report.id}/submit`, { session: editor, body: { version: report.version } })).body;
    const returned = (await t.request('POST', `/api/monitoring/${report.id}/return`, { session: finance, body: { version: submitted.version, comment: '请补充' } })).body;
    for (const [method, path, payload] of [
      ['PUT', `/api/monitoring/${report.id}`, { ...body, executed_wan: 99, version: returned.version }],
      ['POST', `/api/monitoring/${report.id}/submit`, { version: returned.version }],
    ] as const) {
      const refused = await t.request(method, path, { session: finance, body: payload });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/由项目单位填报/);
    }
    const unchanged = await t.request('GET', `/api/monitoring/${report.id}`, { session: editor });
    expect(unchanged.body).toMatchObject({ status: 'returned', version: returned.version });
    expect(unchanged.body.report.executed_wan).toBe(5);
  });

  it('takes a 拨款决定 on a table accepted without one, and a changed one later, against the version read', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MR-U', fiscal_year: 2026 } });
    let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget('后记决定项目') } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
    f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
    const report = (await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: editor, body: { month: 7, executed_wan: 1, ...explained, indicators: [] } })).body;
    const submitted = (await t.request('POST', `/api/monitoring/${report.id}/submit`, { session: editor, body: { version: report.version } })).body;
    const accepted = (await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: finance, body: { version: submitted.version, comment: '执行偏慢，待核实' } })).body;
    expect(accepted).toMatchObject({ status: 'accepted', decision: null, note: '执行偏慢，待核实' });

    const nothing = await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: finance, body: { version: accepted.version } });
    expect(nothing.status).toBe(409);
    const byUnit = await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: editor, body: { version: accepted.version, decision: '继续拨款' } });
    expect(byUnit.status).toBe(403);
    const decided = await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: finance, body: { version: accepted.version, decision: '暂缓拨款' } });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'accepted', decision: '暂缓拨款', note: '执行偏慢，待核实', version: accepted.version + 1 });
    // A decision answered against the version before it is refused, not laid over the one recorded unseen.
    const stale = await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: finance, body: { version: accepted.version, decision: '停止拨款' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const changed = await t.request('POST', `/api/monitoring/${report.id}/accept`, { session: finance, body: { version: decided.body.version, decision: '停止拨款' } });
    expect(changed.body).toMatchObject({ status: 'accepted', decision: '停止拨款' });
    const key = await t.request('GET', '/api/monitoring?status=accepted&fiscal_year=2026', { session: finance });
    expect(key.body.items.find((r: { id: number }) => r.id === report.id)).toMatchObject({ decision: '停止拨款' });
  });
});
