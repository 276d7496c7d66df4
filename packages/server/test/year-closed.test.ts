import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-log';
import { setUpUnitAndFinance, startTestServer, upload, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let admin: Session;
let editor: Session;
let finance: Session;
let otherEditor: Session;
let templateId: number;
let regionId: number;

const YEAR = 2025;
const CLOSED = `${YEAR} 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。`;
const TEMPLATE = { id: 'yc-tpl', name: '关闭年度测试模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };
const table = (title: string) => [
  title,
  '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位',
  '产出指标\t数量指标\t培训人次\t≥\t300\t人次',
  '产出指标\t质量指标\t培训合格率\t≥\t95\t%',
  '效益指标\t社会效益指标\t业务能力\t定性\t明显提升\t',
  '满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%',
].join('\n');

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'YC', { region: '关闭年度区', finance: '关闭年度区财政局', unit: '关闭年度单位' }));
  ({ editor: otherEditor } = await setUpUnitAndFinance(t, 'YO', { region: '开放区', finance: '开放区财政局', unit: '开放区单位' }));
  admin = await t.admin();
  const template = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: TEMPLATE } });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  templateId = template.body.id;
  regionId = (await t.server.db.selectFrom('regions').select('id').where('code', '=', 'YC').executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await t?.stop();
});

type Form = { id: number; version: number; status: string };
let names = 0;

/** A clean project target of `unit` in 2025, taken to `until`. */
async function target(until: 'draft' | 'submitted' | 'approved' | 'published', who = editor, unit = 'YC-U'): Promise<Form> {
  names += 1;
  const created = await t.request('POST', '/api/forms', { session: who, body: { kind: 'project_target', org: unit, fiscal_year: YEAR } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  let f: Form = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: who, body: { version: created.body.version, form: { ...cleanProjectTarget(`项目${names}`), fiscal_year: YEAR } } })).body;
  if (until === 'draft') return f;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: who, body: { version: f.version } })).body;
  expect(f.status).toBe('submitted');
  if (until === 'submitted') return f;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  expect(f.status).toBe('approved');
  if (until === 'approved') return f;
  f = (await t.request('POST', `/api/forms/${f.id}/publish`, { session: finance, body: { version: f.version } })).body;
  expect(f.status).toBe('published');
  return f;
}

async function monitoring(until: 'draft' | 'submitted') {
  const f = await target('approved');
  // On plan (half the budget and half the people by 1–6月): a table the review lets through to submission.
  const report = await t.request('POST', `/api/forms/${f.id}/monitoring`, { session: editor, body: { month: 6, executed_wan: 25, indicators: [{ row: 0, progress_value: '50' }] } });
  expect(report.status, JSON.stringify(report.body)).toBe(201);
  if (until === 'draft') return report.body as { id: number; version: number };
  const submitted = await t.request('POST', `/api/monitoring/${report.body.id}/submit`, { session: editor, body: { version: report.body.version } });
  expect(submitted.status).toBe(200);
  return submitted.body as { id: number; version: number };
}

async function evaluation(published: boolean) {
  const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'YC-U', fiscal_year: YEAR } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const scored = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs: { 执行数: 90, 预算数: 100 }, scores: {}, deductions: {} } });
  if (!published) return scored.body as { id: number; version: number };
  const done = await t.request('POST', `/api/evaluations/${created.body.id}/publish`, { session: finance, body: { version: scored.body.version } });
  expect(done.status).toBe(200);
  return done.body as { id: number; version: number };
}

interface Call {
  method: string;
  path: string;
  body?: unknown;
  session: Session;
  upload?: true;
}

/** Every write of a year's records: each prepares its own record while the year is open and returns the request. */
const WRITES: Array<[string, () => Promise<Call>]> = [
  ['create a form', async () => ({ method: 'POST', path: '/api/forms', body: { kind: 'project_target', org: 'YC-U', fiscal_year: YEAR }, session: editor })],
  ['save a form', async () => {
    const f = await target('draft');
    return { method: 'PUT', path: `/api/forms/${f.id}`, body: { version: f.version, form: { ...cleanProjectTarget('改名项目'), fiscal_year: YEAR } }, session: editor };
  }],
  ['save one indicator row', async () => {
    const f = await target('draft');
    const row = cleanProjectTarget().indicators[0];
    return { method: 'PUT', path: `/api/forms/${f.id}/indicators/0`, body: { version: f.version, indicator: { ...row, target: '120' } }, session: editor };
  }],
  ['submit', async () => {
    const f = await target('draft');
    return { method: 'POST', path: `/api/forms/${f.id}/submit`, body: { version: f.version }, session: editor };
  }],
  ['approve', async () => {
    const f = await target('submitted');
    return { method: 'POST', path: `/api/forms/${f.id}/approve`, body: { version: f.version }, session: finance };
  }],
  ['return', async () => {
    const f = await target('submitted');
    return { method: 'POST', path: `/api/forms/${f.id}/return`, body: { version: f.version, comment: '请补充依据' }, session: finance };
  }],
  ['publish', async () => {
    const f = await target('approved');
    return { method: 'POST', path: `/api/forms/${f.id}/publish`, body: { version: f.version }, session: finance };
  }],
  ['unpublish', async () => {
    const f = await target('published');
    return { method: 'POST', path: `/api/forms/${f.id}/unpublish`, body: { version: f.version }, session: finance };
  }],
  ['review comment', async () => {
    const f = await target('submitted');
    return { method: 'POST', path: `/api/forms/${f.id}/comments`, body: { body: '第 1 行请说明依据', indicator: 0 }, session: finance };
  }],
  ['delete (admin)', async () => {
    const f = await target('draft');
    return { method: 'DELETE', path: `/api/forms/${f.id}?version=${f.version}`, session: admin };
  }],
  ['restore', async () => {
    const f = await target('draft');
    const deleted = await t.request('DELETE', `/api/forms/${f.id}?version=${f.version}`, { session: editor });
    expect(deleted.status).toBe(200);
    return { method: 'POST', path: `/api/forms/${f.id}/restore`, session: editor };
  }],
  ['start a self-evaluation', async () => {
    const f = await target('approved');
    return { method: 'POST', path: `/api/forms/${f.id}/self-evaluation`, body: {}, session: editor };
  }],
  ['import preview', async () => ({ method: 'POST', path: '/api/imports', session: editor, upload: true })],
  ['import commit', async () => {
    const preview = await upload(t, editor, 'YC-U', YEAR, new TextEncoder().encode(table('项目支出绩效目标表')), 'target.txt');
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    return { method: 'POST', path: `/api/imports/${preview.body.id}/commit`, session: editor };
  }],
  ['monitoring create', async () => {
    const f = await target('approved');
    return { method: 'POST', path: `/api/forms/${f.id}/monitoring`, body: { month: 9, executed_wan: 8, indicators: [{ row: 0, progress_value: '60' }] }, session: editor };
  }],
  ['monitoring save', async () => {
    const m = await monitoring('draft');
    return { method: 'PUT', path: `/api/monitoring/${m.id}`, body: { version: m.version, month: 6, executed_wan: 6, indicators: [{ row: 0, progress_value: '20' }] }, session: editor };
  }],
  ['monitoring submit', async () => {
    const m = await monitoring('draft');
    return { method: 'POST', path: `/api/monitoring/${m.id}/submit`, body: { version: m.version }, session: editor };
  }],
  ['monitoring accept', async () => {
    const m = await monitoring('submitted');
    return { method: 'POST', path: `/api/monitoring/${m.id}/accept`, body: { version: m.version }, session: finance };
  }],
  ['monitoring return', async () => {
    const m = await monitoring('submitted');
    return { method: 'POST', path: `/api/monitoring/${m.id}/return`, body: { version: m.version, comment: '请填写偏差原因' }, session: finance };
  }],
  ['evaluation create', async () => ({ method: 'POST', path: '/api/evaluations', body: { template: templateId, org: 'YC-U', fiscal_year: YEAR }, session: finance })],
  ['evaluation scoring', async () => {
    const e = await evaluation(false);
    return { method: 'PUT', path: `/api/evaluations/${e.id}`, body: { version: e.version, inputs: { 执行数: 80, 预算数: 100 }, scores: {}, deductions: {} }, session: finance };
  }],
  ['evaluation publish', async () => {
    const e = await evaluation(false);
    return { method: 'POST', path: `/api/evaluations/${e.id}/publish`, body: { version: e.version }, session: finance };
  }],
  ['policy of the year (admin)', async () => ({ method: 'PUT', path: `/api/policies/YC/${YEAR}`, body: { policy: { minSatisfaction: 85 } }, session: admin })],
  ['evaluation unpublish', async () => {
    const e = await evaluation(true);
    return { method: 'POST', path: `/api/evaluations/${e.id}/unpublish`, body: { version: e.version }, session: finance };
  }],
];

const send = (c: Call) =>
  c.upload ? upload(t, c.session, 'YC-U', YEAR, new TextEncoder().encode(table('项目支出绩效目标表')), 'target.txt') : t.request(c.method, c.path, { session: c.session, ...(c.body !== undefined ? { body: c.body } : {}) });

const setYear = (body: Record<string, unknown>) => t.request('PATCH', `/api/fiscal-years/${YEAR}`, { session: admin, body });

describe('closing a fiscal year freezes its records; reopening it lets them be written again', () => {
  const calls = new Map<string, Call>();

  it('every write path is prepared while the year is open', async () => {
    for (const [name, prepare] of WRITES) calls.set(name, await prepare());
  });

  it('closing needs the admin, a reason, and a confirmation while forms are unfinished (counted by state)', async () => {
    expect((await t.request('PATCH', `/api/fiscal-years/${YEAR}`, { session: finance, body: { open: false, reason: '年度结束' } })).status).toBe(403);
    const noReason = await setYear({ open: false, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe('请填写关闭年度的原因');
    const unconfirmed = await setYear({ open: false, reason: '年度结束' });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.code).toBe('unfinished_forms');
    const counts = unconfirmed.body.error.details.open_forms;
    expect(counts.draft).toBeGreaterThan(0);
    expect(counts.submitted).toBeGreaterThan(0);
    expect(unconfirmed.body.error.message).toContain(`草稿 ${counts.draft} 张`);
    // The list shows the same counts before the admin asks.
    const years = await t.request('GET', '/api/fiscal-years', { session: admin });
    expect(years.body.items.find((y: { year: number }) => y.year === YEAR)).toMatchObject({ open: true, open_forms: counts });
    const closed = await setYear({ open: false, reason: '年度结束', confirm_open_forms: true });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ year: YEAR, open: false, region: null, reason: '年度结束', open_forms: counts });
    expect((await setYear({ open: false, reason: '再关一次', confirm_open_forms: true })).status).toBe(409);
  });

  it.each(WRITES.map(([name]) => [name]))('closed: %s is refused with 409 year_closed', async (name) => {
    const res = await send(calls.get(name)!);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'year_closed', message: CLOSED });
  });

  it('closed: forms are still read, listed (marked year_closed) and exported', async () => {
    const f = await t.server.db.selectFrom('forms').select('id').where('fiscal_year', '=', YEAR).where('deleted_at', 'is', null).orderBy('id').executeTakeFirstOrThrow();
    const read = await t.request('GET', `/api/forms/${f.id}`, { session: editor });
    expect(read.status).toBe(200);
    expect(read.body.year_closed).toBe(true);
    const list = await t.request('GET', `/api/forms?fiscal_year=${YEAR}`, { session: editor });
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((i: { year_closed: boolean }) => i.year_closed)).toBe(true);
    expect((await t.request('GET', `/api/forms?fiscal_year=2026`, { session: editor })).body.items.every((i: { year_closed: boolean }) => !i.year_closed)).toBe(true);
    expect((await t.request('GET', `/api/forms/${f.id}/export?format=xlsx`, { session: editor })).status).toBe(200);
    const table = await t.request('GET', calls.get('monitoring save')!.path, { session: editor });
    expect(table.status).toBe(200);
    expect(table.body.year_closed).toBe(true);
  });

  it('another year of the same unit stays writable', async () => {
    expect((await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'YC-U', fiscal_year: 2026 } })).status).toBe(201);
  });

  it('reopening needs a reason; then every refused write goes through', async () => {
    expect((await setYear({ open: true, reason: '' })).body.error.message).toBe('请填写重新开放的原因');
    const reopened = await setYear({ open: true, reason: '补录漏报项目' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    for (const [name] of WRITES) {
      const res = await send(calls.get(name)!);
      expect([200, 201], `${name}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });

  it('both actions are in the audit chain with their reasons', async () => {
    const events = await t.server.db.selectFrom('audit_events').select(['action', 'entity_id', 'before', 'after']).where('entity', '=', 'fiscal_year').where('action', 'in', ['fiscal_year.close', 'fiscal_year.reopen']).orderBy('id').execute();
    expect(events.map((e) => [e.action, e.entity_id, e.before, (e.after as { reason: string }).reason])).toEqual([
      ['fiscal_year.close', String(YEAR), { open: true }, '年度结束'],
      ['fiscal_year.reopen', String(YEAR), { open: false }, '补录漏报项目'],
    ]);
    expect(await verifyAuditChain(t.server.db)).toMatchObject({ ok: true });
  });
});

describe('a region closes a year for itself', () => {
  it("freezes that region's forms only, and its own status outlasts the year's", async () => {
    const mine = await target('draft');
    const other = await target('draft', otherEditor, 'YO-U');
    const closed = await setYear({ open: false, reason: '本区先行结账', region_id: regionId, confirm_open_forms: true });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ region: 'YC', region_id: regionId, open: false });
    const submitMine = await t.request('POST', `/api/forms/${mine.id}/submit`, { session: editor, body: { version: mine.version } });
    expect(submitMine.body.error?.code).toBe('year_closed');
    const submitOther = await t.request('POST', `/api/forms/${other.id}/submit`, { session: otherEditor, body: { version: other.version } });
    expect(submitOther.status).toBe(200);
    const years = await t.request('GET', '/api/fiscal-years', { session: admin });
    expect(years.body.items.find((y: { year: number }) => y.year === YEAR).regions).toEqual([
      expect.objectContaining({ region: 'YC', region_id: regionId, open: false }),
    ]);
    // Reopening the region: its forms are writable again.
    expect((await setYear({ open: true, reason: '撤销', region_id: regionId })).status).toBe(200);
    expect((await t.request('POST', `/api/forms/${mine.id}/submit`, { session: editor, body: { version: mine.version } })).status).toBe(200);
    const audit = await t.server.db.selectFrom('audit_events').select(['action', 'entity_id']).where('entity', '=', 'fiscal_year').orderBy('id', 'desc').limit(2).execute();
    expect(audit).toEqual([{ action: 'fiscal_year.reopen', entity_id: `YC/${YEAR}` }, { action: 'fiscal_year.close', entity_id: `YC/${YEAR}` }]);
  });
});

describe('adding a year with a status closes or reopens it as PATCH does', () => {
  const add = (body: Record<string, unknown>) => t.request('POST', '/api/fiscal-years', { session: admin, body });
  it('needs a reason and, over unfinished forms, a confirmation; the audit keeps both states and the reason', async () => {
    // 2034 is not listed (open): the other region's draft of it would be frozen by adding the region's year as closed.
    const draft = await t.request('POST', '/api/forms', { session: otherEditor, body: { kind: 'project_target', org: 'YO-U', fiscal_year: 2034 } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const noReason = await add({ year: 2034, region: 'YO', status: 'closed' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe('区划「开放区」的 2034 年度现为「进行中」，新增为「已关闭」即关闭该年度：请填写原因');
    const unconfirmed = await add({ year: 2034, region: 'YO', status: 'closed', reason: '本区先行结账' });
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error).toMatchObject({ code: 'unfinished_forms', details: { open_forms: { draft: 1 }, total: 1 } });
    const added = await add({ year: 2034, region: 'YO', status: 'closed', reason: '本区先行结账', confirm_open_forms: true });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ year: 2034, open: false, region: 'YO', reason: '本区先行结账' });
    const submit = await t.request('POST', `/api/forms/${draft.body.id}/submit`, { session: otherEditor, body: { version: draft.body.version } });
    expect(submit.body.error?.code).toBe('year_closed');
    const event = await t.server.db.selectFrom('audit_events').select(['action', 'entity_id', 'before', 'after']).where('entity', '=', 'fiscal_year').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'fiscal_year.create', entity_id: 'YO/2034', before: { open: true }, after: { open: false, reason: '本区先行结账', open_forms: { draft: 1 } } });
    expect(await verifyAuditChain(t.server.db)).toMatchObject({ ok: true });
  });
  it('the status the forms already have needs neither', async () => {
    // 2034 as a whole stays open (the status was the region's own): another region's open year changes nothing.
    expect((await add({ year: 2034, region: 'YC', status: 'open' })).status).toBe(201);
    const years = await t.request('GET', '/api/fiscal-years', { session: admin });
    expect(years.body.items.find((y: { year: number }) => y.year === 2034)).toMatchObject({ open: true, regions: [{ region: 'YC', open: true }, { region: 'YO', open: false }] });
    expect((await add({ year: 2035 })).status).toBe(201);
    // A year added closed as a whole closes it for every region: a reason, even with no forms in it.
    expect((await add({ year: 2036, status: 'closed' })).status).toBe(400);
    expect((await add({ year: 2036, status: 'closed', reason: '历史年度，只作查询' })).status).toBe(201);
  });
});
