import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget, departmentSheetStating30 } from './sample-forms';

let t: TestServer;
let editor: Session;
let admin: Session;

const departmentSheet = departmentSheetStating30('部门评分单位');

beforeAll(async () => {
  t = await startTestServer();
  ({ editor } = await setUpUnitAndFinance(t, 'DS', { region: '部门评分区', finance: '部门评分区财政局', unit: '部门评分单位' }));
  admin = await t.admin();
});

afterAll(async () => {
  await t?.stop();
});

async function saved(kind: string, form: unknown) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind, org: 'DS-U', fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const put = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
  expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
  return put.body;
}

describe('a department self-evaluation\'s computed score', () => {
  it('is in the form view: computed total and grade, each row\'s score and derivation, the sheet\'s total, the mismatch', async () => {
    const view = await saved('department_self_evaluation', departmentSheet);
    const again = await t.request('GET', `/api/forms/${view.id}`, { session: editor });
    for (const body of [view, again.body]) {
      expect(body.score).toMatchObject({ budget: null, total: 28, reportedTotal: 30, grade: '差', mismatch: true });
      expect(body.score.indicators.map((i: { score: number; status: string }) => [i.score, i.status])).toEqual([[9, 'computed'], [10, 'computed'], [9, 'manual']]);
      expect(body.score.indicators[0].derivation.arithmetic).toMatch(/90/);
      expect(body.score.issues.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['score_mismatch', 'total_mismatch']));
    }
  });

  it('is what POST /api/forms/{id}/score answers, as for a project sheet', async () => {
    const view = await saved('department_self_evaluation', departmentSheet);
    const scored = await t.request('POST', `/api/forms/${view.id}/score`, { session: editor, body: {} });
    expect(scored.status).toBe(200);
    expect(scored.body).toEqual(view.score);
  });

  it('a target has none, and the score route says which sheets it scores', async () => {
    const target = await saved('project_target', cleanProjectTarget('部门评分目标'));
    expect(target.score).toBeNull();
    const refused = await t.request('POST', `/api/forms/${target.id}/score`, { session: editor, body: {} });
    expect([refused.status, refused.body.error.message]).toEqual([400, '只有项目支出或部门整体支出绩效自评表可以计分']);
  });

  it('is printed in the xlsx export under the sheet\'s own 合计, scored under the region\'s policy', async () => {
    expect((await t.request('PUT', '/api/policies/DS/2026', { session: admin, body: { policy: { grades: { excellent: 90, good: 80, pass: 20 } } } })).status).toBe(200);
    const view = await saved('department_self_evaluation', departmentSheet);
    expect(view.score.grade).toBe('中');
    const res = await t.server.app.request(`/api/forms/${view.id}/export?format=xlsx`, { headers: { cookie: editor.cookie } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => { if (!c.isMerged || c.master === c) texts.push(c.text); }));
    // 自评得分 is the last column here, so the grade goes into the label beside it.
    const at = texts.indexOf('合计');
    expect(texts.slice(at, at + 6)).toEqual(['合计', '30', '系统核算总分（等级：中）', '28', '核算说明', '系统核算总分 28.00（中），与填报总分 30.00 不一致，以核算为准']);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas.SelfEvaluationScore.properties)).toEqual(['budget', 'indicators', 'total', 'reportedTotal', 'grade', 'mismatch', 'issues']);
    expect(schemas.FormView.properties.score).toBeDefined();
    expect(doc.paths['/api/forms/{id}'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/FormView' });
  });
});
