import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;

beforeAll(async () => {
  t = await startTestServer();
  // Set before logging in: a session does not outlive a clock moved on by months.
  t.clock.set(new Date('2026-11-24T02:00:00Z'));
  ({ editor } = await setUpUnitAndFinance(t, 'PN', { region: '期间区', finance: '期间区财政局', unit: '期间单位' }));
});

afterAll(async () => {
  await t?.stop();
});

describe('a form for a period that has not come is accepted with a warning (server clock 2026-11-24)', () => {
  it.each([
    ['a 2027 self-evaluation', 'project_self_evaluation', 2027, '该期间尚未到来'],
    ['a 2026 self-evaluation', 'project_self_evaluation', 2026, null],
    ['a 2027 department self-evaluation', 'department_self_evaluation', 2027, '该期间尚未到来'],
    // Next year's targets are drawn up in autumn: nothing to warn of.
    ['a 2027 target', 'project_target', 2027, null],
  ])('%s', async (_label, kind, year, expected) => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind, org: 'PN-U', fiscal_year: year } });
    expect(created.status).toBe(201);
    const notice = created.body.period_notice as string | null;
    if (expected === null) expect(notice).toBeNull();
    else expect(notice).toContain(expected);
  });
});
