import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, evaluateTemplate, formSchema, scoreSelfEvaluation, type ProjectSelfEvaluation } from '@jixiao/core';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;
let evaluator: Session;
let admin: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('F', '功能区', null);
  await r.org('F-CZ', '功能区财政局', 'F', 'finance');
  await r.org('F-U', '功能单位', 'F-CZ', 'unit');
  await r.user('f_editor', 'unit_editor', 'F-U');
  await r.user('f_fin', 'finance_reviewer', 'F-CZ');
  await r.user('f_eval', 'evaluator', null);
  editor = await t.login('f_editor', 'Passw0rd-test');
  finance = await t.login('f_fin', 'Passw0rd-test');
  evaluator = await t.login('f_eval', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

async function approvedForm(name: string) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'F-U', fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
  return (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body as { id: number; version: number };
}

describe('monitoring (双监控)', () => {
  it('computes lights with core and lists a red project for finance', async () => {
    const form = await approvedForm('监控项目');
    // Budget 50 万元, 10 executed by June: (10/50)/(6/12) = 40 % of plan → red.
    const created = await t.request('POST', `/api/forms/${form.id}/monitoring`, {
      session: editor,
      body: { month: 6, executed_wan: 10, indicators: [{ row: 0, progress_value: '60' }, { row: 1, progress_value: '96' }] },
    });
    expect(created.status).toBe(201);
    expect(created.body.lights.budget.light).toBe('red');
    expect(created.body.lights.budget.progress).toBe(40);
    // 60 of a yearly 100 by June is 120 % of plan: ahead (blue).
    expect(created.body.lights.indicators[0].light).toBe('blue');
    expect(created.body.lights.indicators[1].light).toBe('green');
    expect(created.body.lights.project.light).toBe('red');
    expect(created.body.key_monitoring).toBe(true);
    // Why it is listed, on the table and in the list: the red budget is named (both rows are on track).
    expect(created.body.key_reasons).toHaveLength(1);
    expect(created.body.key_reasons[0]).toBe('项目亮红灯：红灯为「预算执行」');
    const key = await t.request('GET', '/api/monitoring/key', { session: finance });
    expect(key.body.items.map((i: { id: number }) => i.id)).toContain(created.body.id);
    expect(key.body.items.find((i: { id: number }) => i.id === created.body.id).reasons).toEqual(created.body.key_reasons);
    expect((await t.request('POST', `/api/forms/${form.id}/monitoring`, { session: editor, body: { month: 6, executed_wan: 1, indicators: [] } })).status).toBe(409);

    const saved = await t.request('PUT', `/api/monitoring/${created.body.id}`, { session: editor, body: { version: created.body.version, month: 6, executed_wan: 25, indicators: [{ row: 0, progress_value: '60' }] } });
    expect(saved.body.lights.budget.light).toBe('green');
    expect(saved.body.key_reasons).toEqual([]);
    const submitted = await t.request('POST', `/api/monitoring/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
    const accepted = await t.request('POST', `/api/monitoring/${created.body.id}/accept`, { session: finance, body: { version: submitted.body.version, decision: '继续拨款' } });
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.decision).toBe('继续拨款');
    const dash = await t.request('GET', '/api/dashboard', { session: finance });
    expect(dash.body.monitoring_lights).toEqual({ green: 1 });
  });
});

describe('self-evaluation (绩效自评)', () => {
  it('imports seed 003 and scores a project self-evaluation exactly as core does', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', '003_8a99ebaca312e0ad.txt'));
    const preview = await upload(t, editor, 'F-U', 2024, bytes, '003.txt');
    expect(preview.status).toBe(201);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    const index = preview.body.forms.findIndex((f: { kind: string }) => f.kind === 'project_self_evaluation');
    const id = committed.body.forms[index].id;
    const scored = await t.request('POST', `/api/forms/${id}/score`, { session: editor, body: {} });
    expect(scored.status).toBe(200);
    const expected = scoreSelfEvaluation(preview.body.forms[index] as ProjectSelfEvaluation);
    expect(scored.body.total).toBe(expected.total);
    expect(scored.body.grade).toBe(expected.grade);
    const read = await t.request('GET', `/api/forms/${id}`, { session: editor });
    expect(read.body.score.total).toBe(expected.total);
    const dash = await t.request('GET', '/api/dashboard?fiscal_year=2024', { session: finance });
    expect(dash.body.score_distribution[expected.grade]).toBeGreaterThanOrEqual(1);
    // A self-evaluation is accepted (验收), not approved: submitted → accepted → published.
    const submitted = await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: read.body.version } });
    const blocking = read.body.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(submitted.status).toBe(blocking.length > 0 ? 422 : 200);
    if (blocking.length === 0) {
      const accepted = await t.request('POST', `/api/forms/${id}/approve`, { session: finance, body: { version: submitted.body.version } });
      expect(accepted.body.status).toBe('accepted');
    }
  });
});

describe('evaluation (部门整体评价)', () => {
  it('scores a department with the built-in template through its assigned evaluator', async () => {
    const templates = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const builtin = templates.body.items.find((i: { key: string }) => i.key === BUILTIN_TEMPLATES[0]!.id);
    expect(builtin).toBeDefined();
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: builtin.id, org: 'F-U', fiscal_year: 2024, evaluator: 'f_eval' } });
    expect(created.status).toBe(201);
    expect((await t.request('GET', '/api/evaluations', { session: evaluator })).body.items.map((e: { id: number }) => e.id)).toEqual([created.body.id]);
    const scores = { 'performance-1': 5, 'performance-2': 4 };
    const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: evaluator, body: { version: created.body.version, inputs: {}, scores, deductions: {} } });
    expect(put.status).toBe(200);
    const expected = evaluateTemplate(BUILTIN_TEMPLATES[0]!, { inputs: {}, enteredScores: scores, deductions: {} });
    expect(put.body.result.total).toBe(expected.total);
    expect(put.body.scores).toEqual(scores);
    const stale = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: evaluator, body: { version: created.body.version, inputs: {}, scores: {}, deductions: {} } });
    expect(stale.status).toBe(409);
  });

  it('floors 扣分项 as the evaluator does: a group stating no bound at the 满分, the total at 0, and stores that total', async () => {
    const templates = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const builtin = templates.body.items.find((i: { key: string }) => i.key === BUILTIN_TEMPLATES[0]!.id);
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: builtin.id, org: 'F-U', fiscal_year: 2025, evaluator: 'f_eval' } });
    expect(created.status).toBe(201);
    const scores = { 'performance-1': 10 };
    const deductions = { 'deduct-fund-use': 80, 'deduct-cooperation': 70 };
    const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: evaluator, body: { version: created.body.version, inputs: {}, scores, deductions } });
    expect(put.status).toBe(200);
    const items = put.body.result.items as Array<{ id: string; score: number; derivation: { arithmetic: string } }>;
    const group = items.find((i) => i.id === 'deductions')!;
    expect(group.score).toBe(-100);
    expect(group.derivation.arithmetic).toContain('扣完为止，至多扣满分100分');
    expect(put.body.result.total).toBe(0);
    expect(put.body.result.totalNote).toBe('各项得分与扣分合计-90分，总分不低于0分，按0分计。');
    const listed = (await t.request('GET', '/api/evaluations', { session: evaluator })).body.items.find((e: { id: number }) => e.id === created.body.id);
    expect(listed.total_score).toBe(0);
  });

  it('refuses a template with a bad formula', async () => {
    const res = await t.request('POST', '/api/evaluation-templates', {
      session: finance,
      body: { template: { id: 'bad-one', name: '坏模板', items: [{ id: 'a', name: '甲', level: 1, maxScore: 10, formula: 'process.exit(1)' }] } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/模板/);
  });
});

describe('indicator library (指标库)', () => {
  it('searches the seeded library by name and category, and promotes an approved indicator', async () => {
    const found = await t.request('GET', `/api/library?q=${encodeURIComponent('培训')}`, { session: editor });
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items.every((i: { name: string; keywords: string | null; explanation: string | null }) => `${i.name}${i.keywords ?? ''}${i.explanation ?? ''}`.includes('培训'))).toBe(true);
    const byLevel = await t.request('GET', `/api/library?level1=${encodeURIComponent('满意度')}`, { session: editor });
    expect(byLevel.body.items.length).toBeGreaterThan(0);
    expect(byLevel.body.items.every((i: { level1: string }) => i.level1.startsWith('满意度'))).toBe(true);

    const form = await approvedForm('纳入项目');
    const promoted = await t.request('POST', `/api/forms/${form.id}/indicators/0/promote`, { session: finance, body: { keywords: '培训,人数' } });
    expect(promoted.status).toBe(201);
    const again = await t.request('POST', `/api/forms/${form.id}/indicators/0/promote`, { session: finance, body: {} });
    expect(again.status).toBe(409);
    const search = await t.request('GET', `/api/library?keyword=${encodeURIComponent('人数')}`, { session: editor });
    expect(search.body.items.some((i: { id: number; scope: string }) => i.id === promoted.body.id && i.scope === 'specific')).toBe(true);
    // It belongs to the form's region, not to the library every region shares.
    const entry = search.body.items.find((i: { id: number }) => i.id === promoted.body.id);
    expect(entry).toMatchObject({ shared: false, overrides_id: null, version: 1 });
    expect(entry.region_name).toBeTruthy();
  });
});

describe('exports and policies', () => {
  it('exports a form in every format', async () => {
    const form = await approvedForm('导出项目');
    for (const [format, type] of [['json', /json/], ['csv', /csv/], ['xlsx', /spreadsheet/], ['docx', /word/], ['pdf', /pdf/]] as const) {
      const res = await t.server.app.request(`/api/forms/${form.id}/export?format=${format}`, { headers: { cookie: editor.cookie } });
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(res.headers.get('content-disposition')).toMatch(/attachment/);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(50);
    }
  });

  /** The workbook of a form's export, and the text right of a label (label/value pairs span merged cells). */
  async function exportedSheet(id: number, session: Session) {
    const res = await t.server.app.request(`/api/forms/${id}/export?format=xlsx`, { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const beside = (label: string) => {
      let found: unknown;
      sheet.eachRow((row) => row.eachCell((c) => {
        if (found !== undefined || c.text !== label) return;
        let next = Number(c.col) + 1;
        while (row.getCell(next).isMerged && row.getCell(next).master === c) next++;
        found = row.getCell(next).value;
      }));
      return found;
    };
    return { sheet, beside };
  }

  it('prints the record\'s unit and its 主管部门 where an imported form leaves them blank', async () => {
    const r = await setUpRegion(t);
    await r.org('F-D', '功能区教育委员会', 'F-CZ', 'department');
    await r.org('F-DU', '功能区实验小学', 'F-D', 'unit');
    await r.user('fd_editor', 'unit_editor', 'F-DU');
    const unitEditor = await t.login('fd_editor', 'Passw0rd-test');
    for (const [session, org, name, department] of [
      [unitEditor, 'F-DU', '功能区实验小学', '功能区教育委员会'],
      // A unit straight under the 财政局 has no 主管部门 to print.
      [editor, 'F-U', '功能单位', null],
    ] as const) {
      const created = await t.request('POST', '/api/forms', { session, body: { kind: 'department_target', org, fiscal_year: 2026 } });
      const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: { ...created.body.form, org: null, org_code: null, department: null } } });
      expect(saved.body.form.org).toBeNull();
      const { beside } = await exportedSheet(created.body.id, session);
      expect([beside('部门（单位）名称'), beside('主管部门') ?? null]).toEqual([name, department]);
    }
  });

  it('prints the system\'s total and grade under the region\'s policy beside the sheet\'s own 合计', async () => {
    // 003's first project sheet: 合计 98.5 as the unit wrote it, 100.00 by the rules; this region's 优 starts at 100.5.
    const truth = JSON.parse(readFileSync('/work/shared/fixtures/truth/003.json', 'utf8')) as { forms: Array<Record<string, unknown>> };
    const sheetForm = formSchema.parse(truth.forms.find((f) => f.kind === 'project_self_evaluation'));
    expect((await t.request('PUT', '/api/policies/F/2028', { session: admin, body: { policy: { grades: { excellent: 100.5, good: 90, pass: 60 } } } })).status).toBe(200);
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_self_evaluation', org: 'F-U', fiscal_year: 2028, confirm_future_year: true } });
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...sheetForm, fiscal_year: 2028 } } });
    expect(saved.status).toBe(200);
    const { sheet, beside } = await exportedSheet(created.body.id, editor);
    expect([beside('合计'), beside('系统核算总分'), beside('核算说明')]).toEqual([98.5, 100, '系统核算总分 100.00（良），与填报总分 98.50 不一致，以核算为准']);
    let grade = '';
    sheet.eachRow((row) => row.eachCell((c) => { if (c.text.startsWith('等级：')) grade = c.text; }));
    expect(grade).toBe('等级：良');
  });

  it('applies a region policy to review: a lower satisfaction minimum clears the warning', async () => {
    const form = cleanProjectTarget('政策项目');
    form.indicators[3]!.target = '85';
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'F-U', fiscal_year: 2026 } });
    const before = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
    expect(before.body.findings.some((f: { code: string }) => f.code === 'satisfaction')).toBe(true);
    const set = await t.request('PUT', '/api/policies/F/2026', { session: admin, body: { policy: { minSatisfaction: 80 } } });
    expect(set.status).toBe(200);
    const after = await t.request('GET', `/api/forms/${created.body.id}`, { session: editor });
    expect(after.body.findings.some((f: { code: string }) => f.code === 'satisfaction')).toBe(false);
    const bad = await t.request('PUT', '/api/policies/F/2026', { session: admin, body: { policy: { minSatisfaction: 'high' } } });
    expect(bad.status).toBe(400);
  });

  it.each([
    ['red above yellow', { monitoring: { red: 90, yellow: 80 } }, /红灯 < 黄灯 < 蓝灯：黄灯（80%）须高于红灯（90%）/],
    ['yellow above blue', { monitoring: { yellow: 130 } }, /蓝灯（120%）须高于黄灯（130%）/],
    ['良 above 优', { grades: { excellent: 92, good: 95, pass: 60 } }, /优 > 良 > 中：良（95）须低于优（92）/],
  ])('refuses a policy with %s, naming the setting, and keeps the saved one', async (_, policy, message) => {
    const res = await t.request('PUT', '/api/policies/F/2027', { session: admin, body: { policy } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    const kept = await t.request('GET', '/api/policies/F/2027', { session: admin });
    expect(kept.body.policy.monitoring).toMatchObject({ red: 60, yellow: 80, blue: 120 });
    expect(kept.body.policy.grades).toEqual({ excellent: 90, good: 80, pass: 60 });
  });

  it('flags personal data from the first draft, since every form is on its way to 公开', async () => {
    const form = cleanProjectTarget('个人信息项目');
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'F-U', fiscal_year: 2026 } });
    const clean = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
    expect(clean.body.findings.filter((f: { code: string }) => f.code === 'private_data')).toEqual([]);
    expect(clean.body.review_options.publishing).toBe(true);
    form.goal = `${form.goal ?? ''}联系人张建国，电话13812345678。`;
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: clean.body.version, form } });
    const found = saved.body.findings.filter((f: { code: string }) => f.code === 'private_data');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].severity).toBe('warning');
  });
});
