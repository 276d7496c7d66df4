import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrations';
import { setUpRegion, setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { executionTemplate, savedForm, sheetScoring98Through } from './saved-form';
import { projectSheetScoring98 } from './sample-forms';

// A policy change re-grades what the region's year stored under the old policy (self-evaluations, 部门评价, review
// counts) in the same transaction, audits each grade move, and keeps what is published (已公开) as published: those are
// marked 按旧政策计算 and re-graded when finance withdraws them.

let t: TestServer;
let admin: Session;
let editor: Session;
let finance: Session;
let templateId: number;

// 100 × 执行数 / 预算数: 执行数 92 of 100 is 92 分, 优 under the default cut-offs (90) and 良 under 95.
const STRICTER = { grades: { excellent: 95, good: 80, pass: 60 } };

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'RG', { region: '重算区', finance: '重算区财政局', unit: '重算单位' }));
  const r = await setUpRegion(t);
  await r.org('RG-D', '重算区教育局', 'RG-CZ', 'department');
  admin = await t.admin();
  templateId = await executionTemplate(t, finance, 'regrade-tpl');
});

afterAll(async () => {
  await t?.stop();
});

/** A 部门评价 of RG-D, scored with 执行数 (none: left unscored). */
async function evaluation(year: number, executed: number | null) {
  const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'RG-D', fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const inputs = executed === null ? {} : { 执行数: executed, 预算数: 100 };
  const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs, scores: {}, deductions: {} } });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  return put.body as { id: number; version: number; grade: string | null };
}

const getEvaluation = async (id: number) => (await t.request('GET', `/api/evaluations/${id}`, { session: finance })).body;
const listedGrade = async (id: number) => ((await t.request('GET', '/api/evaluations', { session: finance })).body.items as { id: number; grade: string | null }[]).find((i) => i.id === id)?.grade;
const publicGrade = async (id: number) => ((await t.request('GET', '/api/public/evaluations?region=RG')).body.items as { id: number; grade: string }[]).find((i) => i.id === id)?.grade;
const storedForm = (id: number) => t.server.db.selectFrom('forms').select(['total_score', 'grade', 'status']).where('id', '=', id).executeTakeFirstOrThrow();

/** A project self-evaluation (系统核算 98) taken to 已公开: submitted by the unit, accepted and published by finance. */
async function publishedSheet(name: string) {
  return sheetScoring98Through(t, 'RG-U', name, [[editor, 'submit'], [finance, 'approve'], [finance, 'publish']]);
}

describe('a policy change and the results stored under the old one', () => {
  it('re-grades unpublished 部门评价 and sheets, keeps published ones marked 按旧政策计算, audits each move, and 撤回公开 re-grades', async () => {
    const open = await evaluation(2026, 92);
    const published = await evaluation(2026, 92);
    const unfinished = await evaluation(2026, null);
    const otherYear = await evaluation(2025, 92);
    expect([open.grade, published.grade, unfinished.grade, otherYear.grade]).toEqual(['优', '优', null, '优']);
    const pub = await t.request('POST', `/api/evaluations/${published.id}/publish`, { session: finance, body: { version: published.version } });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    const sheet = await savedForm(t, editor, 'RG-U', 2026, projectSheetScoring98('重算项目', 2026));
    const publicSheet = await publishedSheet('已公开项目');
    expect(await storedForm(publicSheet.id)).toMatchObject({ total_score: 98, grade: '优', status: 'published' });

    // 98 stays 优 under a cut-off of 95; make it 99 so the sheets move too.
    const policy = { grades: { ...STRICTER.grades, excellent: 99 } };
    const preview = await t.request('POST', '/api/policies/RG/2026/preview', { session: admin, body: { policy } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.evaluations).toMatchObject({ sheets: 2, changed: 1, grade_changed: 1, changes: [{ id: open.id, from: '优', to: '良' }] });
    expect(preview.body.rescore).toMatchObject({ sheets: 1, grade_changed: 1, grade_moves: [{ from: '优', to: '良', count: 1 }] });
    expect(preview.body.kept_published).toEqual({ sheets: [publicSheet.id], evaluations: [published.id] });
    // A preview writes nothing.
    expect(await listedGrade(open.id)).toBe('优');

    const put = await t.request('PUT', '/api/policies/RG/2026', { session: admin, body: { policy } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.kept_published).toEqual(preview.body.kept_published);

    // Unpublished: the list, the page and the store agree on the new grade.
    expect(await listedGrade(open.id)).toBe('良');
    expect(await getEvaluation(open.id)).toMatchObject({ grade: '良', policy_grade: '良', graded_under_old_policy: false });
    expect(await storedForm(sheet)).toMatchObject({ total_score: 98, grade: '良' });
    expect((await t.request('GET', `/api/forms/${sheet}`, { session: editor })).body).toMatchObject({ score: { grade: '良' }, region_policy_score: null });
    // Guards: an unfinished evaluation stays without a grade; another year keeps its own policy's grade.
    expect(await getEvaluation(unfinished.id)).toMatchObject({ grade: null, graded_under_old_policy: false });
    expect(await listedGrade(otherYear.id)).toBe('优');

    // Published: kept as published everywhere the public reads, marked on its page with the grade it would take.
    expect(await publicGrade(published.id)).toBe('优');
    expect(await getEvaluation(published.id)).toMatchObject({ grade: '优', policy_grade: '良', graded_under_old_policy: true });
    expect(await storedForm(publicSheet.id)).toMatchObject({ total_score: 98, grade: '优' });
    const publicPage = (await t.request('GET', `/api/forms/${publicSheet.id}`, { session: finance })).body;
    expect(publicPage).toMatchObject({ score: { grade: '优' }, region_policy_score: { total: 98, grade: '良' } });
    expect(publicPage.policy.grades.excellent).toBe(90);
    const exported = await t.server.app.request(`/api/public/forms/${publicSheet.id}/export?format=xlsx`);
    expect(exported.status).toBe(200);

    type Moves = { grade_changes: unknown };
    const audit = (await t.request('GET', '/api/audit?action=policy.set', { session: admin })).body.items as Array<{ entity_id: string; after: { evaluations_regraded: Moves; rescored: Moves; kept_published: unknown } }>;
    const entry = audit.find((e) => e.entity_id === 'RG/2026')!;
    expect(entry.after.evaluations_regraded.grade_changes).toEqual([{ id: open.id, from: '优', to: '良' }]);
    expect(entry.after.rescored.grade_changes).toEqual([{ id: sheet, from: '优', to: '良' }]);
    expect(entry.after.kept_published).toEqual({ sheets: [publicSheet.id], evaluations: [{ id: published.id, from: '优', to: '良' }] });

    // 撤回公开 re-grades under the region's policy, with the move in its audit entry; published again, the public sees it.
    const withdrawn = await t.request('POST', `/api/evaluations/${published.id}/unpublish`, { session: finance, body: { version: pub.body.version } });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body).toMatchObject({ grade: '良', graded_under_old_policy: false });
    const again = await t.request('POST', `/api/evaluations/${published.id}/publish`, { session: finance, body: { version: withdrawn.body.version } });
    expect(again.status).toBe(200);
    expect(await publicGrade(published.id)).toBe('良');
    const unpublishAudit = await t.server.db.selectFrom('audit_events').select(['before', 'after']).where('action', '=', 'evaluation.unpublish').where('entity_id', '=', String(published.id)).executeTakeFirstOrThrow();
    expect([(unpublishAudit.before as { grade: string }).grade, (unpublishAudit.after as { grade: string }).grade]).toEqual(['优', '良']);

    const sheetBack = await t.request('POST', `/api/forms/${publicSheet.id}/unpublish`, { session: finance, body: { version: publicSheet.version, comment: '按新政策重算' } });
    expect(sheetBack.status, JSON.stringify(sheetBack.body)).toBe(200);
    expect(await storedForm(publicSheet.id)).toMatchObject({ total_score: 98, grade: '良', status: 'accepted' });
    expect((await t.request('GET', `/api/forms/${publicSheet.id}`, { session: finance })).body).toMatchObject({ score: { grade: '良' }, region_policy_score: null });

    // Published again it keeps the policy of now; a change back leaves it at 良 until withdrawn, and re-grades the rest.
    const republished = await t.request('POST', `/api/forms/${publicSheet.id}/publish`, { session: finance, body: { version: sheetBack.body.version } });
    expect(republished.status).toBe(200);
    const back = await t.request('PUT', '/api/policies/RG/2026', { session: admin, body: { policy: { grades: { excellent: 90, good: 80, pass: 60 } } } });
    expect(back.body.kept_published).toEqual({ sheets: [publicSheet.id], evaluations: [published.id] });
    expect(await storedForm(publicSheet.id)).toMatchObject({ grade: '良' });
    expect(await storedForm(sheet)).toMatchObject({ grade: '优' });
    expect(await listedGrade(open.id)).toBe('优');
  });

  it('a policy change that moves no grade keeps nothing and changes nothing', async () => {
    const same = await t.request('PUT', '/api/policies/RG/2026', { session: admin, body: { policy: { grades: { excellent: 90, good: 80, pass: 60 } } } });
    expect(same.status).toBe(200);
    expect(same.body.evaluations).toMatchObject({ changed: 0, grade_changed: 0, changes: [] });
    expect(same.body.rescore).toMatchObject({ changed: 0 });
  });

  it('migration 18: published forms keep the region\'s policy of then; 部门评价 store the grade their page showed', async () => {
    await t.request('PUT', '/api/policies/RG/2026', { session: admin, body: { policy: STRICTER } });
    const sheet = await publishedSheet('迁移前公开项目');
    const stale = await evaluation(2026, 92);
    const guard = await evaluation(2026, 70);
    // The database as it was before: no column, and a grade stored under a policy changed since (that change left it).
    await sql`alter table forms drop column published_policy`.execute(t.server.db);
    await sql`update evaluations set grade = '优' where id = ${stale.id}`.execute(t.server.db);
    await sql`delete from migrations where id = 18`.execute(t.server.db);
    expect(await migrate(t.server.db)).toEqual([18]);
    const row = await t.server.db.selectFrom('forms').select(['published_policy']).where('id', '=', sheet.id).executeTakeFirstOrThrow();
    expect((row.published_policy as { grades: { excellent: number } }).grades.excellent).toBe(95);
    expect([await listedGrade(stale.id), await listedGrade(guard.id)]).toEqual(['良', '中']);
    // A form never published has no policy of its own.
    const unpublished = await t.server.db.selectFrom('forms').select('id').where('status', '!=', 'published').where('published_policy', 'is not', null).execute();
    expect(unpublished).toEqual([]);
  });
});
