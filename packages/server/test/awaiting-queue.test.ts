import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let finance: Session;
let dept: Session;
const ids: Record<'direct' | 'atDepartment' | 'departmentApproved', number> = { direct: 0, atDepartment: 0, departmentApproved: 0 };

async function submitted(session: Session, org: string, name: string) {
  const created = await t.request('POST', '/api/forms', { session, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: cleanProjectTarget(name) } });
  const sent = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session, body: { version: saved.body.version } });
  expect(sent.body.status).toBe('submitted');
  return sent.body as { id: number; version: number };
}

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t, 'aw');
  await r.org('AW', '某区', null);
  await r.org('AW-CZ', '某区财政局', 'AW', 'finance');
  await r.org('AW-U1', '直属单位', 'AW-CZ', 'unit');
  await r.org('AW-D1', '区教委', 'AW-CZ', 'department');
  await r.org('AW-D1-U1', '区第一中学', 'AW-D1', 'unit');
  await r.user('aw_editor1', 'unit_editor', 'AW-U1');
  await r.user('aw_editor2', 'unit_editor', 'AW-D1-U1');
  await r.user('aw_finance', 'finance_reviewer', 'AW-CZ');
  await r.user('aw_dept', 'department_reviewer', 'AW-D1');
  const editor1 = await t.login('aw_editor1', 'Passw0rd-test');
  const editor2 = await t.login('aw_editor2', 'Passw0rd-test');
  finance = await t.login('aw_finance', 'Passw0rd-test');
  dept = await t.login('aw_dept', 'Passw0rd-test');
  ids.direct = (await submitted(editor1, 'AW-U1', '直属单位培训')).id;
  ids.atDepartment = (await submitted(editor2, 'AW-D1-U1', '校舍维修')).id;
  const passed = await submitted(editor2, 'AW-D1-U1', '学生资助');
  const approved = await t.request('POST', `/api/forms/${passed.id}/approve`, { session: dept, body: { version: passed.version } });
  expect(approved.body.status).toBe('department_approved');
  ids.departmentApproved = passed.id;
});

afterAll(async () => {
  await t?.stop();
});

describe('GET /api/forms?awaiting=: whose decision a form waits for', () => {
  it.each([
    ['finance', 'awaiting=finance', ['direct', 'departmentApproved']],
    ['finance', 'awaiting=finance&status=submitted', ['direct']],
    ['finance', 'awaiting=department', ['atDepartment']],
    ['dept', 'awaiting=department', ['atDepartment']],
    ['dept', 'awaiting=finance', ['departmentApproved']],
    ['finance', 'status=submitted', ['direct', 'atDepartment']],
  ] as const)('%s ?%s', async (who, query, want) => {
    const listed = await t.request('GET', `/api/forms?${query}&sort=id`, { session: who === 'finance' ? finance : dept });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((f: { id: number }) => f.id)).toEqual(want.map((k) => ids[k]));
    expect(listed.body.total).toBe(want.length);
  });

  it.each([
    ['finance', { department: 1, finance: 2 }],
    ['dept', { department: 1, finance: 1 }],
  ] as const)('the 工作台 counts them the same way: %s', async (who, want) => {
    const board = await t.request('GET', '/api/dashboard', { session: who === 'finance' ? finance : dept });
    expect(board.status).toBe(200);
    expect(board.body.counts_awaiting).toEqual(want);
  });

  it('refuses an unknown value with a message that names the field', async () => {
    const listed = await t.request('GET', '/api/forms?awaiting=unit', { session: finance });
    expect(listed.status).toBe(400);
    expect(JSON.stringify(listed.body)).toContain('awaiting');
  });
});
