import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { formSchema, type Form } from '@jixiao/core';
import { savedForm } from './saved-form';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { departmentSheetStating30, projectSheetScoring98 } from './sample-forms';

// A change of a region's policy re-scores the stored self-evaluations of that region and year in the same transaction:
// lists and the 工作台 read the stored 系统核算总分 and grade, which otherwise kept the old policy's until each save.

let t: TestServer;
let admin: Session;
let editor: Session;
let otherEditor: Session;

const projectSheet = (year: number): Form => projectSheetScoring98(`政策重算项目${year}`, year);

beforeAll(async () => {
  t = await startTestServer();
  ({ editor } = await setUpUnitAndFinance(t, 'PR', { region: '政策重算区', finance: '政策重算区财政局', unit: '政策重算单位' }));
  ({ editor: otherEditor } = await setUpUnitAndFinance(t, 'PO', { region: '另一区', finance: '另一区财政局', unit: '另一区单位' }));
  admin = await t.admin();
});

afterAll(async () => {
  await t?.stop();
});

const saved = (session: Session, org: string, year: number, form: Form) => savedForm(t, session, org, year, form);

const stored = async (id: number) =>
  (await sql<{ total_score: number | null; grade: string | null }>`select total_score, grade from forms where id = ${id}`.execute(t.server.db)).rows[0];

describe('PUT /api/policies/{region}/{year} re-scores the region\'s stored sheets of the year', () => {
  it('previews the count, re-scores in the same change, reports the grade moves and audits them; other regions and years keep theirs', async () => {
    const project = await saved(editor, 'PR-U', 2026, projectSheet(2026));
    const department = await saved(editor, 'PR-U', 2026, formSchema.parse({ ...departmentSheetStating30('政策重算单位'), fiscal_year: 2026 }));
    const deleted = await saved(editor, 'PR-U', 2026, projectSheet(2026));
    const target = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'PR-U', fiscal_year: 2026 } });
    const otherYear = await saved(editor, 'PR-U', 2025, projectSheet(2025));
    const otherRegion = await saved(otherEditor, 'PO-U', 2026, projectSheet(2026));
    const version = (await t.request('GET', `/api/forms/${deleted}`, { session: editor })).body.version as number;
    expect((await t.request('DELETE', `/api/forms/${deleted}?version=${version}`, { session: editor })).status).toBe(200);
    expect(await stored(project)).toEqual({ total_score: 98, grade: '优' });
    expect(await stored(department)).toEqual({ total_score: 28, grade: '差' });

    // 98 falls below an 优 cut-off of 99 (良); 28 passes a 中 cut-off of 20.
    const policy = { grades: { excellent: 99, good: 80, pass: 20 } };
    const preview = await t.request('POST', '/api/policies/PR/2026/preview', { session: admin, body: { policy } });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const expected = {
      sheets: 2,
      changed: 2,
      grade_changed: 2,
      grade_moves: expect.arrayContaining([{ from: '优', to: '良', count: 1 }, { from: '差', to: '中', count: 1 }]),
    };
    expect(preview.body.rescore).toEqual(expected);
    // A preview writes nothing.
    expect(await stored(project)).toEqual({ total_score: 98, grade: '优' });
    expect((await t.request('GET', '/api/policies/PR/2026', { session: admin })).body.policy.grades.excellent).toBe(90);

    const put = await t.request('PUT', '/api/policies/PR/2026', { session: admin, body: { policy } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.rescore).toEqual(expected);
    expect(await stored(project)).toEqual({ total_score: 98, grade: '良' });
    expect(await stored(department)).toEqual({ total_score: 28, grade: '中' });
    // A deleted sheet is re-scored (a restored one lists right) without being counted.
    expect(await stored(deleted)).toEqual({ total_score: 98, grade: '良' });
    // Guards: a target has no score; the region's other year and another region keep their own policy's figures.
    expect(await stored(target.body.id)).toEqual({ total_score: null, grade: null });
    expect(await stored(otherYear)).toEqual({ total_score: 98, grade: '优' });
    expect(await stored(otherRegion)).toEqual({ total_score: 98, grade: '优' });
    // The list ranks by the figures the form page shows.
    const listed = (await t.request('GET', '/api/forms?kind=project_self_evaluation&fiscal_year=2026', { session: editor })).body.items as Array<{ id: number; grade: string }>;
    expect(listed.find((i) => i.id === project)?.grade).toBe('良');
    expect((await t.request('GET', `/api/forms/${project}`, { session: editor })).body.score).toMatchObject({ total: 98, grade: '良' });

    const audit = (await t.request('GET', '/api/audit?action=policy.set', { session: admin })).body.items as Array<{ action: string; entity_id: string; after: Record<string, unknown> }>;
    const entry = audit.find((e) => e.action === 'policy.set' && e.entity_id === 'PR/2026');
    expect(entry?.after.rescored).toMatchObject({ sheets: 2, changed: 2, grade_changed: 2, grade_changed_ids: [project, department].sort((a, b) => a - b) });

    // Saved again unchanged: nothing left to re-score.
    const again = await t.request('PUT', '/api/policies/PR/2026', { session: admin, body: { policy } });
    expect(again.body.rescore).toEqual({ sheets: 2, changed: 0, grade_changed: 0, grade_moves: [] });
  });

  it('refuses a preview as it refuses the change: not an admin, or a policy out of order', async () => {
    expect((await t.request('POST', '/api/policies/PR/2026/preview', { session: editor, body: { policy: {} } })).status).toBe(403);
    const disorder = await t.request('POST', '/api/policies/PR/2026/preview', { session: admin, body: { policy: { grades: { excellent: 70, good: 80, pass: 60 } } } });
    expect(disorder.status).toBe(400);
    expect(disorder.body.error.code ?? disorder.body.code).toBe('validation_failed');
  });
});
