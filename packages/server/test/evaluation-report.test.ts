import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, evaluateTemplate } from '@jixiao/core';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;
let deptEditor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('E', '评价区', null);
  await r.org('E-CZ', '评价区财政局', 'E', 'finance');
  await r.org('E-D', '评价区教育局', 'E-CZ', 'department');
  await r.org('E-U', '评价区第一中学', 'E-D', 'unit');
  await r.user('e_editor', 'unit_editor', 'E-U');
  await r.user('e_dept', 'unit_editor', 'E-D');
  await r.user('e_fin', 'finance_reviewer', 'E-CZ');
  await r.user('e_eval', 'evaluator', null);
  editor = await t.login('e_editor', 'Passw0rd-test');
  deptEditor = await t.login('e_dept', 'Passw0rd-test');
  finance = await t.login('e_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

/** The text of word/document.xml with the XML tags removed (runs joined). */
function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  return xml.replace(/<[^>]+>/g, '');
}

describe('evaluation report (部门预算绩效评价报告)', () => {
  it('returns a .docx with the department, its stored budget figures and the stored total score', async () => {
    // The department's own target form: its fund sources are the report's income figures.
    const created = await t.request('POST', '/api/forms', { session: deptEditor, body: { kind: 'department_target', org: 'E-D', fiscal_year: 2024 } });
    expect(created.status).toBe(201);
    const form = { ...created.body.form, goal: '保障义务教育均衡发展', fund_sources: { government_wan: 1234.5, special_account_wan: null, unit_wan: 65.5 } };
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: deptEditor, body: { version: created.body.version, form } });
    expect(saved.status).toBe(200);
    // A unit's project self-evaluation, imported from a real document.
    const bytes = readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', '003_8a99ebaca312e0ad.txt'));
    const preview = await upload(t, editor, 'E-U', 2024, bytes, '003.txt');
    expect(preview.status).toBe(201);
    expect((await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: editor })).status).toBe(200);

    const templates = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const builtin = templates.body.items.find((i: { key: string }) => i.key === BUILTIN_TEMPLATES[0]!.id);
    const evaluation = await t.request('POST', '/api/evaluations', { session: finance, body: { template: builtin.id, org: 'E-D', fiscal_year: 2024, evaluator: 'e_eval' } });
    expect(evaluation.status).toBe(201);
    const inputs = { 年终完成履职效果目标数量: 8, 年初目标设置总数: 10, 预算执行数: 95, 调整预算数: 100 };
    const scores = { 'performance-1': 5, 'performance-2': 4 };
    const put = await t.request('PUT', `/api/evaluations/${evaluation.body.id}`, { session: finance, body: { version: evaluation.body.version, inputs, scores, deductions: {} } });
    expect(put.status).toBe(200);
    const expected = evaluateTemplate(BUILTIN_TEMPLATES[0]!, { inputs, enteredScores: scores, deductions: {} }).total;
    expect(put.body.result.total).toBe(expected);

    const res = await t.server.app.request(`/api/evaluations/${evaluation.body.id}/report`, { headers: { cookie: finance.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const docx = new Uint8Array(await res.arrayBuffer());
    expect([...docx.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const text = docxText(docx);
    expect(text).toContain('评价区教育局');
    expect(text).toContain(`得分 ${Math.round(expected * 100) / 100} 分`);
    expect(text).toContain('保障义务教育均衡发展');
    expect(text).toContain('收入合计 1300 万元');
    // Rows left unscored: no grade anywhere (not 差), and the list says so too.
    expect(put.body.grade).toBeNull();
    expect(text).toMatch(/评价未完成（\d+ 项未评分），暂不评定等级/);
    expect(text).not.toMatch(/等级为“/);
    expect(text).toContain('预算管理21（下级合计31）');
    expect(text).not.toContain('。；');
    const listed = (await t.request('GET', '/api/evaluations', { session: finance })).body.items.find((e: { id: number }) => e.id === evaluation.body.id);
    expect(listed.grade).toBeNull();
    expect(listed.unscored).toBeGreaterThan(0);

    // Inputs typed as text with units are kept as typed and scored as the numbers they state.
    const typed = { 年终完成履职效果目标数量: '8', 年初目标设置总数: '１０', 预算执行数: '95万元', 调整预算数: '1,000,000元' };
    const again = await t.request('PUT', `/api/evaluations/${evaluation.body.id}`, { session: finance, body: { version: put.body.version, inputs: typed, scores, deductions: {} } });
    expect(again.status).toBe(200);
    expect(again.body.result.total).toBe(expected);
    const read = await t.request('GET', `/api/evaluations/${evaluation.body.id}`, { session: finance });
    expect(read.body.inputs).toEqual(typed);
  });

  it('is not given to someone who cannot see the evaluation', async () => {
    const list = await t.request('GET', '/api/evaluations', { session: finance });
    const id = list.body.items[0].id;
    expect((await t.request('GET', `/api/evaluations/${id}/report`, { session: editor })).status).toBe(404);
    expect((await t.request('GET', `/api/evaluations/${id}/report`)).status).toBe(401);
  });
});
