import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

// The form view carries the policy it was reviewed and scored under, so a page needs no second request for it.

let t: TestServer;
let editor: Session;
let admin: Session;

beforeAll(async () => {
  t = await startTestServer();
  const s = await setUpUnitAndFinance(t, 'FP', { region: '政策区', finance: '政策区财政局', unit: '政策单位' });
  editor = s.editor;
  admin = s.region.admin;
});

afterAll(async () => {
  await t?.stop();
});

describe('GET /api/forms/{id} policy', () => {
  it.each([
    ['the defaults where the region set none', 2025, null],
    ['the region\'s policy for the form\'s year', 2026, { minSatisfaction: 85, budgetExecutionWeight: 20 }],
  ] as const)('%s', async (_name, year, set) => {
    if (set) expect((await t.request('PUT', `/api/policies/FP/${year}`, { session: admin, body: { policy: set } })).status).toBe(200);
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'FP-U', fiscal_year: year } });
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget('政策参数') } });
    const view = await t.request('GET', `/api/forms/${created.body.id}`, { session: editor });
    const region = await t.request('GET', `/api/policies/FP/${year}`, { session: editor });
    expect(view.body.policy).toEqual(region.body.policy);
    expect(saved.body.policy).toEqual(region.body.policy);
    if (set) expect(view.body.policy).toMatchObject(set);
  });
});
