import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { approvedSampleTarget } from './sample-forms';

/**
 * A row not measured yet (年底测评, 未到测量期) with its 预计: stored per row, read back by the unit and by finance,
 * lit none (not red); tables saved without it read as before.
 */
let t: TestServer;
let editor: Session;
let finance: Session;
let formId: number;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'NM', { region: '测评区', finance: '测评区财政局', unit: '测评单位' }));
  formId = await approvedSampleTarget(t, editor, finance, 'NM-U', '测评监控项目');
});

afterAll(async () => {
  await t?.stop();
});

// Row 3 of the sample target is 参训人员满意度 ≥90%: measured by a survey at year end.
const rows = (satisfaction: Record<string, unknown>) => [{ row: 0, progress_value: '60' }, { row: 1, progress_value: '96' }, { row: 2, progress_value: '92' }, { row: 3, ...satisfaction }];

describe('a monitoring row not measured yet', () => {
  it('is stored with its reason and 预计, lit none rather than red, and read the same by finance', async () => {
    const created = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month: 7, executed_wan: 30, indicators: rows({ not_measured: '年底测评', forecast: ' 92% ' }) } });
    expect(created.status).toBe(201);
    expect(created.body.report.indicators[3]).toMatchObject({ progress_value: null, not_measured: '年底测评', forecast: '92%' });
    expect(created.body.lights.indicators[3].light).toBe('none');
    expect(created.body.lights.indicators[3].explanation).toContain('年底测评');
    const submitted = await t.request('POST', `/api/monitoring/${created.body.id}/submit`, { session: editor, body: { version: created.body.version } });
    expect(submitted.status).toBe(200);
    const read = await t.request('GET', `/api/monitoring/${created.body.id}`, { session: finance });
    expect(read.body.report.indicators[3]).toMatchObject({ not_measured: '年底测评', forecast: '92%' });
    expect(read.body.lights.indicators[3].explanation).toContain('预计全年完成「92%」');
  });

  it.each([
    ['no reason given: null, as tables saved before', {}, 200, null],
    ['the reason cleared', { not_measured: null, forecast: null }, 200, null],
    ['the period has not come', { not_measured: '未到测量期' }, 200, '未到测量期'],
    ['a reason outside the list is refused', { not_measured: '暂不填写' }, 400, undefined],
  ] as const)('%s', async (_l, satisfaction, status, stored) => {
    const list = (await t.request('GET', `/api/forms/${formId}/monitoring`, { session: editor })).body.items;
    const draft = list.find((m: { month: number }) => m.month === 8)
      ?? (await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month: 8, executed_wan: 30, indicators: [] } })).body;
    const saved = await t.request('PUT', `/api/monitoring/${draft.id}`, { session: editor, body: { version: draft.version, month: 8, executed_wan: 30, indicators: rows(satisfaction) } });
    expect(saved.status).toBe(status);
    if (status !== 200) return;
    expect(saved.body.report.indicators[3].not_measured).toBe(stored);
    expect(saved.body.lights.indicators[3].light).toBe('none');
  });
});
