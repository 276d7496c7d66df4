import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { FORMS_FORMAT, formSchema } from '@jixiao/core';
import { migrate } from '../src/db/migrations';
import { setUpUnitAndFinance, startTestServer, upload, type Session, type TestServer } from './harness';
import { departmentSheetStating30 } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

// The sheet states 30 while its rows score 28 by the rules: lists show 28 (差) as the system's total, 30 as the unit's.
const departmentSheet = departmentSheetStating30('部门总分单位');

/** The same rows weighed to 100 and scored as the rules score them, as a sheet must be to be submitted: 93. */
const submittableSheet = formSchema.parse({
  ...departmentSheet,
  total_score: 93,
  indicators: departmentSheet.indicators.map((ind, i) => ({ ...ind, weight: [40, 30, 30][i], score: [36, 30, 27][i], reason: i === 1 ? null : '部分项目跨年实施' })),
});

/** A project sheet of 98 by the rules (its budget line 8 of 10 and two rows met) that states 100. */
const projectSheet = formSchema.parse({
  kind: 'project_self_evaluation',
  fiscal_year: 2026,
  project_name: '部门总分对照项目',
  total_score: 100,
  budget: { adjusted_wan: 100, executed_wan: 80, weight: 10, score: 10 },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '培训人次', weight: 45, comparator: '>=', target: '300', unit: '人次', actual: '300', score: 45 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '学员满意度', weight: 45, comparator: '>=', target: '90', unit: '%', actual: '95%', score: 45 },
  ],
});

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'DT', { region: '部门总分区', finance: '部门总分区财政局', unit: '部门总分单位' }));
});

afterAll(async () => {
  await t?.stop();
});

async function saved(form: ReturnType<typeof formSchema.parse>) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: form.kind, org: 'DT-U', fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const put = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
  expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
  return put.body as { id: number; version: number; score: { total: number; grade: string } };
}

interface Listed { id: number; total_score: number | null; reported_total: number | null; grade: string | null }

async function listed(session: Session, query: string): Promise<Listed[]> {
  const res = await t.request('GET', `/api/forms?${query}`, { session });
  expect(res.status).toBe(200);
  return res.body.items;
}

async function distribution(session: Session) {
  const res = await t.request('GET', '/api/dashboard?fiscal_year=2026', { session });
  expect(res.status).toBe(200);
  return res.body as { score_distribution: Record<string, number>; score_distribution_by_kind: Record<string, Record<string, number>> };
}

describe('a department self-evaluation in the lists and the workbench', () => {
  it('is listed with the system\'s total and grade beside the unit\'s own total, as a project sheet is', async () => {
    const department = await saved(departmentSheet);
    const project = await saved(projectSheet);
    expect([department.score.total, department.score.grade, project.score.total, project.score.grade]).toEqual([28, '差', 98, '优']);
    const items = await listed(editor, 'fiscal_year=2026');
    const row = (id: number) => items.find((i) => i.id === id)!;
    expect([row(department.id).total_score, row(department.id).reported_total, row(department.id).grade]).toEqual([28, 30, '差']);
    expect([row(project.id).total_score, row(project.id).reported_total, row(project.id).grade]).toEqual([98, 100, '优']);
    // Sorting by 总分 sorts by the system's total: 28 before 98.
    const sorted = (await listed(editor, 'kind=department_self_evaluation&sort=total_score&order=asc')).map((i) => i.total_score);
    expect(sorted).toEqual([...sorted].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)));
  });

  it('the review queue lists the submitted sheet with the system\'s total', async () => {
    const department = await saved(submittableSheet);
    expect([department.score.total, department.score.grade]).toEqual([93, '优']);
    const submitted = await t.request('POST', `/api/forms/${department.id}/submit`, { session: editor, body: { version: department.version } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const queue = await listed(finance, 'status=submitted&awaiting=finance&kind=department_self_evaluation');
    expect(queue.find((i) => i.id === department.id)).toMatchObject({ total_score: 93, reported_total: 93, grade: '优' });
  });

  it('a sheet with no indicator rows has no system total or grade yet (not 0 and 差, nor the total it states)', async () => {
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'department_self_evaluation', org: 'DT-U', fiscal_year: 2026 } });
    const put = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...departmentSheet, total_score: 90, indicators: [] } } });
    expect(put.status).toBe(200);
    const items = await listed(editor, 'kind=department_self_evaluation');
    expect(items.find((i) => i.id === created.body.id)).toMatchObject({ total_score: null, reported_total: 90, grade: null });
  });

  it('a row saved on its own re-scores the sheet as a whole save does', async () => {
    const department = await saved(departmentSheet);
    // The rate row's 完成值 reaches its target: 10 of 10 where it earned 9, so 29 (still 差), the sheet still stating 30.
    const row = { ...departmentSheet.indicators[0]!, actual: '100%' };
    const res = await t.request('PUT', `/api/forms/${department.id}/indicators/0`, { session: editor, body: { version: department.version, indicator: row } });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect((await listed(editor, 'kind=department_self_evaluation')).find((i) => i.id === department.id)).toMatchObject({ total_score: 29, reported_total: 30, grade: '差' });
    expect((await t.request('GET', `/api/forms/${department.id}`, { session: editor })).body.score).toMatchObject({ total: 29, grade: '差' });
  });

  it('the workbench counts department sheets by the system\'s grade, apart from project sheets', async () => {
    const before = await distribution(finance);
    await saved(departmentSheet);
    const after = await distribution(finance);
    const dept = (d: typeof before) => d.score_distribution_by_kind.department_self_evaluation?.['差'] ?? 0;
    const project = (d: typeof before) => d.score_distribution_by_kind.project_self_evaluation?.['差'] ?? 0;
    expect([dept(after) - dept(before), project(after) - project(before)]).toEqual([1, 0]);
    expect((after.score_distribution['差'] ?? 0) - (before.score_distribution['差'] ?? 0)).toBe(1);
    expect(after.score_distribution_by_kind.project_self_evaluation).toMatchObject({ 优: 1 });
  });

  it('an imported sheet is stored with the system\'s total and grade', async () => {
    const doc = { format: FORMS_FORMAT, forms: [{ ...departmentSheet, fiscal_year: 2026 }] };
    const preview = await upload(t, editor, 'DT-U', 2026, new TextEncoder().encode(JSON.stringify(doc)), 'department.json');
    expect(preview.status, JSON.stringify(preview.body).slice(0, 300)).toBe(201);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor });
    expect(committed.status, JSON.stringify(committed.body).slice(0, 300)).toBe(200);
    const id = committed.body.forms[0].id;
    expect((await listed(editor, 'kind=department_self_evaluation')).find((i) => i.id === id)).toMatchObject({ total_score: 28, reported_total: 30, grade: '差' });
  });

  it('migration 15 re-scores the stored rows of both kinds, under the region\'s policy, on PGlite and PostgreSQL alike', async () => {
    const department = await saved(departmentSheet);
    const project = await saved(projectSheet);
    const empty = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'department_self_evaluation', org: 'DT-U', fiscal_year: 2026 } });
    const target = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'DT-U', fiscal_year: 2026 } });
    // The rows as stored before migration 15: a department sheet held the unit's total and no grade.
    await sql`update forms set total_score = 30, grade = null where id = ${department.id}`.execute(t.server.db);
    await sql`update forms set total_score = 0, grade = '差' where id = ${empty.body.id}`.execute(t.server.db);
    await sql`update forms set total_score = 1, grade = '良' where id = ${project.id}`.execute(t.server.db);
    await sql`delete from migrations where id = 15`.execute(t.server.db);
    expect(await migrate(t.server.db)).toEqual([15]);
    const stored = async (id: number) => (await sql<{ total_score: number | null; grade: string | null }>`select total_score, grade from forms where id = ${id}`.execute(t.server.db)).rows[0];
    expect(await stored(department.id)).toEqual({ total_score: 28, grade: '差' });
    expect(await stored(project.id)).toEqual({ total_score: 98, grade: '优' });
    expect(await stored(empty.body.id)).toEqual({ total_score: null, grade: null });
    // A target is no sheet the rules score: untouched.
    expect(await stored(target.body.id)).toEqual({ total_score: null, grade: null });
    // The region's policy for the year grades it: 28 passes at a 中 cut-off of 20.
    const admin = await t.admin();
    expect((await t.request('PUT', '/api/policies/DT/2026', { session: admin, body: { policy: { grades: { excellent: 90, good: 80, pass: 20 } } } })).status).toBe(200);
    await sql`delete from migrations where id = 15`.execute(t.server.db);
    expect(await migrate(t.server.db)).toEqual([15]);
    expect(await stored(department.id)).toEqual({ total_score: 28, grade: '中' });
    // The form view agrees with the stored row.
    expect((await t.request('GET', `/api/forms/${department.id}`, { session: editor })).body.score).toMatchObject({ total: 28, grade: '中' });
  });
});
