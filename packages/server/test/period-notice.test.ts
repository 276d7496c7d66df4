import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  // Set before logging in: a session does not outlive a clock moved on by months.
  t.clock.set(new Date('2026-11-24T02:00:00Z'));
  ({ editor, finance } = await setUpUnitAndFinance(t, 'PN', { region: '期间区', finance: '期间区财政局', unit: '期间单位' }));
});

afterAll(async () => {
  await t?.stop();
});

describe('a form for a year that has not come (server clock 2026-11-24)', () => {
  // A 2027 self-evaluation is refused unless confirmed (most likely a wrong year), then carries the notice.
  it.each([
    ['a 2027 self-evaluation', 'project_self_evaluation', 2027, '该期间尚未到来'],
    ['a 2026 self-evaluation', 'project_self_evaluation', 2026, null],
    ['a 2027 department self-evaluation', 'department_self_evaluation', 2027, '该期间尚未到来'],
    // Next year's targets are drawn up in autumn: nothing to warn of or confirm.
    ['a 2027 target', 'project_target', 2027, null],
  ])('%s', async (_label, kind, year, expected) => {
    const body = { kind, org: 'PN-U', fiscal_year: year };
    const created = await t.request('POST', '/api/forms', { session: editor, body });
    if (expected === null) {
      expect(created.status).toBe(201);
      expect(created.body.period_notice).toBeNull();
      return;
    }
    expect(created.status).toBe(400);
    expect(created.body.error.message).toContain(`${year} 年度尚未开始`);
    expect(created.body.error.message).toContain('现在可以自评的是 2025 年度及以前年度');
    const confirmed = await t.request('POST', '/api/forms', { session: editor, body: { ...body, confirm_future_year: true } });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.period_notice).toContain(expected);
  });

  it('开始年终自评 of a 2027 target is refused unless confirmed; the sheet made is opened again without asking', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'PN-U', fiscal_year: 2027 } });
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget('明年项目'), project_code: 'PN-明年' } } });
    const submitted = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
    const approved = await t.request('POST', `/api/forms/${created.body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
    expect(approved.body.status).toBe('approved');
    const url = `/api/forms/${created.body.id}/self-evaluation`;
    const refused = await t.request('POST', url, { session: editor, body: {} });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('2027 年度尚未开始');
    expect(refused.body.error.message).toContain('现在可以自评的是 2025 年度及以前年度');
    const listed = await t.request('GET', '/api/forms?kind=project_self_evaluation&fiscal_year=2027', { session: editor });
    expect(listed.body.items.filter((f: { project_name: string }) => f.project_name === '明年项目')).toEqual([]);
    const confirmed = await t.request('POST', url, { session: editor, body: { confirm_future_year: true } });
    expect(confirmed.status).toBe(201);
    const again = await t.request('POST', url, { session: editor, body: {} });
    expect(again.body).toEqual({ id: confirmed.body.id, existing: true });
  });
});
