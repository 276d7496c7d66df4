import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { verifyAuditChain } from '../src/audit/audit-log';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let otherEditor: Session;
let finance: Session;
let deptReviewer: Session;
let evaluator: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('S', '自评区', null);
  await r.org('S-CZ', '自评区财政局', 'S', 'finance');
  await r.org('S-U', '自评单位', 'S-CZ', 'unit');
  await r.org('S-D', '区教委', 'S-CZ', 'department');
  await r.org('S-D-U', '区第一中学', 'S-D', 'unit');
  await r.user('s_editor', 'unit_editor', 'S-U');
  await r.user('s_editor2', 'unit_editor', 'S-D-U');
  await r.user('s_fin', 'finance_reviewer', 'S-CZ');
  await r.user('s_dept', 'department_reviewer', 'S-D');
  await r.user('s_eval', 'evaluator', null);
  editor = await t.login('s_editor', 'Passw0rd-test');
  otherEditor = await t.login('s_editor2', 'Passw0rd-test');
  finance = await t.login('s_fin', 'Passw0rd-test');
  deptReviewer = await t.login('s_dept', 'Passw0rd-test');
  evaluator = await t.login('s_eval', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

/** A clean project target of S-U, taken to `until` (draft, approved or published). */
async function target(name: string, until: 'draft' | 'approved' | 'published'): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'S-U', fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget(name), project_code: `S-${name}` } } });
  expect(saved.status).toBe(200);
  if (until === 'draft') return created.body.id;
  const submitted = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
  expect(submitted.status).toBe(200);
  const approved = await t.request('POST', `/api/forms/${created.body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
  expect(approved.body.status).toBe('approved');
  if (until === 'published') {
    const published = await t.request('POST', `/api/forms/${created.body.id}/publish`, { session: finance, body: { version: approved.body.version } });
    expect(published.body.status).toBe('published');
  }
  return created.body.id;
}

const start = (session: Session, id: number) => t.request('POST', `/api/forms/${id}/self-evaluation`, { session, body: {} });

describe('POST /api/forms/{id}/self-evaluation (开始年终自评)', () => {
  it('starts a draft self-evaluation from an approved target, and opens it on a second start', async () => {
    const targetId = await target('培训经费', 'approved');
    const first = await start(editor, targetId);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(Number), existing: false });

    const sheet = await t.request('GET', `/api/forms/${first.body.id}`, { session: editor });
    expect(sheet.body).toMatchObject({ kind: 'project_self_evaluation', org: 'S-U', fiscal_year: 2026, status: 'draft', version: 1 });
    expect(sheet.body.form).toMatchObject({ project_name: '培训经费', project_code: 'S-培训经费', goal: '开展基层干部培训，提升业务能力。', org: '自评单位', fiscal_year: 2026 });
    expect(sheet.body.form.budget).toEqual({ initial_wan: 50, adjusted_wan: 50, executed_wan: null, execution_rate: null, weight: 10, score: null, reason: null });
    expect(sheet.body.form.indicators.map((i: { name: string; weight: number; target: string; actual: string | null }) => [i.name, i.weight, i.target, i.actual])).toEqual([
      ['培训人数', 30, '100', null],
      ['培训合格率', 20, '95', null],
      ['业务知晓率', 20, '90', null],
      ['参训人员满意度', 20, '90', null],
    ]);

    const second = await start(editor, targetId);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ id: first.body.id, existing: true });
    // Those the create rules allow (finance in its region) are sent to the same sheet, never a duplicate.
    expect((await start(finance, targetId)).body).toEqual({ id: first.body.id, existing: true });
    const listed = await t.request('GET', '/api/forms?kind=project_self_evaluation&org=S-U&fiscal_year=2026', { session: editor });
    expect(listed.body.items.filter((f: { project_name: string }) => f.project_name === '培训经费')).toHaveLength(1);

    const created = await t.server.db.selectFrom('audit_events').select(['action', 'actor_name']).where('entity', '=', 'form').where('entity_id', '=', String(first.body.id)).execute();
    expect(created).toEqual([{ action: 'form.create', actor_name: 's_editor' }]);
    expect((await verifyAuditChain(t.server.db)).ok).toBe(true);
  });

  it('starts from a published target too', async () => {
    const started = await start(editor, await target('设备购置', 'published'));
    expect(started.status).toBe(201);
    expect(started.body.existing).toBe(false);
  });

  it('finds a self-evaluation the unit made before (by project code or, without one, by name)', async () => {
    const targetId = await target('宣传经费', 'approved');
    const blank = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_self_evaluation', org: 'S-U', fiscal_year: 2026 } });
    const named = await t.request('PUT', `/api/forms/${blank.body.id}`, { session: editor, body: { version: blank.body.version, form: { ...blank.body.form, project_name: '宣传经费' } } });
    expect(named.status).toBe(200);
    expect((await start(editor, targetId)).body).toEqual({ id: blank.body.id, existing: true });
  });

  const refusals: Array<[string, () => Session, 'draft' | 'approved' | 'foreign', number, string]> = [
    ['a draft target', () => editor, 'draft', 409, '草稿'],
    ['a department reviewer', () => deptReviewer, 'approved', 403, '无权'],
    ['an evaluator', () => evaluator, 'approved', 403, '无权'],
    ['an editor of another unit', () => otherEditor, 'approved', 404, '不存在'],
    ['a form that is not a project target', () => editor, 'foreign', 400, '项目支出绩效目标表'],
  ];
  it.each(refusals)('refuses %s', async (_label, who, state, status, words) => {
    let id: number;
    if (state === 'foreign') {
      const approvedTarget = await target(`拒绝-${status}`, 'approved');
      id = (await start(editor, approvedTarget)).body.id;
    } else {
      id = await target(`拒绝-${_label}`, state);
    }
    const before = await t.server.db.selectFrom('forms').select('id').where('kind', '=', 'project_self_evaluation').execute();
    const refused = await start(who(), id);
    expect(refused.status).toBe(status);
    expect(refused.body.error.message).toContain(words);
    const after = await t.server.db.selectFrom('forms').select('id').where('kind', '=', 'project_self_evaluation').execute();
    expect(after.length).toBe(before.length);
  });

  it('gives a sheet that scores with budget weight 10, submits and is accepted', async () => {
    const { body } = await start(editor, await target('课题研究', 'approved'));
    const read = await t.request('GET', `/api/forms/${body.id}`, { session: editor });
    const form = structuredClone(read.body.form);
    form.budget.executed_wan = 45;
    for (const [i, actual] of ['100', '96', '92', '95'].entries()) form.indicators[i].actual = actual;
    form.conclusion = '项目按计划完成。';
    const saved = await t.request('PUT', `/api/forms/${body.id}`, { session: editor, body: { version: read.body.version, form } });
    expect(saved.status).toBe(200);
    const scored = await t.request('POST', `/api/forms/${body.id}/score`, { session: editor, body: {} });
    // 45 / 50 × 10 = 9, every indicator at or above its target: 9 + 90.
    expect(scored.body.budget.score).toBe(9);
    expect(scored.body.total).toBe(99);
    expect(scored.body.grade).toBe('优');
    expect(saved.body.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const submitted = await t.request('POST', `/api/forms/${body.id}/submit`, { session: editor, body: { version: saved.body.version } });
    expect(submitted.status).toBe(200);
    const accepted = await t.request('POST', `/api/forms/${body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
    expect(accepted.body.status).toBe('accepted');
  });
  it('keeps the unit\'s own 自评分 where the rules score differently, and prints both', async () => {
    const { body } = await start(editor, await target('自评分保留', 'approved'));
    const read = await t.request('GET', `/api/forms/${body.id}`, { session: editor });
    const form = structuredClone(read.body.form);
    form.budget.executed_wan = 50;
    for (const [i, actual] of ['98', '96', '92', '95'].entries()) form.indicators[i].actual = actual;
    // 98 of 100 earns 29.4 of 30 by the rules; the unit states 29, with its reason, and its own total 99.
    form.indicators[0].score = 29;
    form.indicators[0].reason = '个别学员因病缺训';
    for (const i of [1, 2, 3]) form.indicators[i].score = 20;
    form.budget.score = 10;
    form.total_score = 99;
    const saved = await t.request('PUT', `/api/forms/${body.id}`, { session: editor, body: { version: read.body.version, form } });
    expect(saved.status).toBe(200);
    const again = await t.request('GET', `/api/forms/${body.id}`, { session: editor });
    expect(again.body.form.indicators.map((i: { score: number | null }) => i.score)).toEqual([29, 20, 20, 20]);
    expect(again.body.form.total_score).toBe(99);
    expect(again.body.score.indicators[0].score).toBe(29.4);
    expect(again.body.score.total).toBe(99.4);
    const res = await t.server.app.request(`/api/forms/${body.id}/export?format=xlsx`, { headers: { cookie: editor.cookie } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => { if (!c.isMerged || c.master === c) texts.push(c.text); }));
    expect(texts).toContain('29');
    const at = texts.indexOf('合计');
    expect(texts.slice(at, at + 2)).toEqual(['合计', '99']);
    expect(texts.some((x) => x.startsWith('系统核算总分'))).toBe(true);
    expect(texts).toContain('99.4');
  });
});
