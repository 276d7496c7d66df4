import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

/**
 * Where closing a year stops: the year's own records (its forms, monitoring tables, 部门评价 and its policy) are
 * read-only, and say so in lists; what is bound to no one year (the 指标库, evaluation templates, the org tree) stays
 * writable, even when it takes something from the closed year or changes who reads its forms.
 */

let t: TestServer;
let admin: Session;
let editor: Session;
let finance: Session;
let reviewer: Session;

const YEAR = 2025;
const CLOSED = `${YEAR} 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。`;
const TEMPLATE = (id: string) => ({ id, name: `模板${id}`, items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] });

type Form = { id: number; version: number; status: string };
let approved: Form;
let submitted: Form;
let reportId: number;
let closedEvaluation: number;
let openEvaluation: number;

async function target(name: string, until: 'submitted' | 'approved', year = YEAR): Promise<Form> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'YB-U', fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget(name), fiscal_year: year } } });
  let f: Form = (await t.request('POST', `/api/forms/${saved.body.id}/submit`, { session: editor, body: { version: saved.body.version } })).body;
  expect(f.status).toBe('submitted');
  if (until === 'submitted') return f;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  expect(f.status).toBe('approved');
  return f;
}

async function evaluation(templateId: number, year: number): Promise<number> {
  const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'YB-U', fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

beforeAll(async () => {
  t = await startTestServer();
  const set = await setUpUnitAndFinance(t, 'YB', { region: '年度边界区', finance: '年度边界区财政局', unit: '年度边界单位' });
  ({ editor, finance } = set);
  admin = await t.admin();
  await set.region.org('YB-D', '年度边界区教育局', 'YB-CZ', 'department');
  await set.region.user('yb_dept', 'department_reviewer', 'YB-D');
  reviewer = await t.login('yb_dept', 'Passw0rd-test');
  // Everything the closed year holds is made while it is open.
  approved = await target('已批复项目', 'approved');
  submitted = await target('待审核项目', 'submitted');
  // On plan (half the budget and half the people by 1–6月): a table the review lets through to submission.
  const report = await t.request('POST', `/api/forms/${approved.id}/monitoring`, { session: editor, body: { month: 6, executed_wan: 25, indicators: [{ row: 0, progress_value: '50' }] } });
  expect(report.status, JSON.stringify(report.body)).toBe(201);
  reportId = report.body.id;
  expect((await t.request('POST', `/api/monitoring/${reportId}/submit`, { session: editor, body: { version: report.body.version } })).status).toBe(200);
  const template = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: TEMPLATE('yb-1') } });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  closedEvaluation = await evaluation(template.body.id, YEAR);
  openEvaluation = await evaluation(template.body.id, YEAR + 1);
  const closed = await t.request('PATCH', `/api/fiscal-years/${YEAR}`, { session: admin, body: { open: false, reason: '年度结束', confirm_open_forms: true } });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
});

afterAll(async () => {
  await t?.stop();
});

describe('a closed year: its own records are marked read-only, in lists too', () => {
  it.each([
    ['a monitoring list row', `/api/monitoring?fiscal_year=${YEAR}&status=submitted`, (b: { items: Array<{ id: number; year_closed: boolean }> }) => b.items.find((i) => i.id === reportId)?.year_closed],
    ['a 部门评价', `/api/evaluations/{closed}`, (b: { year_closed: boolean }) => b.year_closed],
    ['a 部门评价 list row', '/api/evaluations', (b: { items: Array<{ id: number; year_closed: boolean }> }) => b.items.find((i) => i.id === closedEvaluation)?.year_closed],
  ])('%s carries year_closed', async (_name, path, closedOf) => {
    const res = await t.request('GET', path.replace('{closed}', String(closedEvaluation)), { session: finance });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(closedOf(res.body)).toBe(true);
  });

  it.each([
    ['the admin, with the unfinished forms closing froze', () => admin, true],
    ['a unit editor, without counts that span every region', () => editor, false],
  ])('GET /api/fiscal-years tells %s that the year is closed', async (_name, who, counted) => {
    const res = await t.request('GET', '/api/fiscal-years', { session: who() });
    expect(res.status).toBe(200);
    const year = res.body.items.find((y: { year: number }) => y.year === YEAR);
    expect(year.open).toBe(false);
    expect('open_forms' in year).toBe(counted);
    if (counted) expect(year.open_forms.submitted).toBeGreaterThan(0);
  });

  it('leaves a closed year out of the to-do lists (years=open, counts_todo) and keeps it in the full lists and charts', async () => {
    const open = await target('来年待审项目', 'submitted', YEAR + 1);
    const ids = async (query: string) => ((await t.request('GET', `/api/forms?status=submitted${query}`, { session: finance })).body.items as Form[]).map((f) => f.id);
    expect(await ids('')).toEqual(expect.arrayContaining([submitted.id, open.id]));
    const todo = await ids('&years=open');
    expect(todo).toContain(open.id);
    expect(todo).not.toContain(submitted.id);
    const board = (await t.request('GET', '/api/dashboard', { session: finance })).body;
    expect(board.counts_todo.by_status.submitted).toBe(board.counts_by_status.submitted - 1);
    expect(board.counts_todo.awaiting.finance).toBe(board.counts_awaiting.finance - 1);
    expect(board.counts_todo.by_status.approved ?? 0).toBe((board.counts_by_status.approved ?? 0) - 1);
  });

  it("another year's 部门评价 is not marked", async () => {
    expect((await t.request('GET', `/api/evaluations/${openEvaluation}`, { session: finance })).body.year_closed).toBe(false);
    const listed = (await t.request('GET', '/api/evaluations', { session: finance })).body.items as Array<{ id: number; year_closed: boolean }>;
    expect(listed.find((i) => i.id === openEvaluation)?.year_closed).toBe(false);
  });

  it.each([
    ['the closed year’s policy', 'PUT', `/api/policies/YB/${YEAR}`, { policy: { minSatisfaction: 85 } }, 409],
    ['another year’s policy', 'PUT', `/api/policies/YB/${YEAR + 1}`, { policy: { minSatisfaction: 85 } }, 200],
  ])('%s: %s %s → %i', async (_name, method, path, body, status) => {
    const res = await t.request(method, path, { session: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    if (status === 409) expect(res.body.error).toMatchObject({ code: 'year_closed', message: CLOSED });
  });
});

describe('a closed year: what is bound to no one year stays writable', () => {
  it('纳入指标库 from a closed year’s approved form adds to the library and leaves the form as it was', async () => {
    const before = (await t.request('GET', `/api/forms/${approved.id}`, { session: finance })).body;
    const promoted = await t.request('POST', `/api/forms/${approved.id}/indicators/0/promote`, { session: finance, body: { keywords: '培训' } });
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(201);
    const after = (await t.request('GET', `/api/forms/${approved.id}`, { session: finance })).body;
    expect([after.version, after.status, after.year_closed]).toEqual([before.version, before.status, true]);
  });

  it('a new evaluation template can be added while a year is closed', async () => {
    const created = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: TEMPLATE('yb-2') } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });

  it('moving a unit under a 主管部门 moves who reads its closed year’s forms, never the forms themselves', async () => {
    expect((await t.request('GET', `/api/forms/${submitted.id}`, { session: reviewer })).status).toBe(404);
    const moved = await t.request('PATCH', '/api/orgs/YB-U', { session: admin, body: { parent: 'YB-D' } });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const read = await t.request('GET', `/api/forms/${submitted.id}`, { session: reviewer });
    expect(read.status).toBe(200);
    expect([read.body.version, read.body.status, read.body.year_closed]).toEqual([submitted.version, 'submitted', true]);
    // The new 主管部门 reads the frozen form but cannot decide on it until the year is reopened.
    const approve = await t.request('POST', `/api/forms/${submitted.id}/approve`, { session: reviewer, body: { version: submitted.version } });
    expect(approve.status).toBe(409);
    expect(approve.body.error).toMatchObject({ code: 'year_closed', message: CLOSED });
  });
});
