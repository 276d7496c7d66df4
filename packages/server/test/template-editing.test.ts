import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, evaluateTemplate, flattenTemplate, type EvaluationTemplate, type TemplateItem } from '@jixiao/core';
import { setUpRegion, setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let finance: Session;
let editor: Session;
let builtinId: number;

const builtin = BUILTIN_TEMPLATES[0]!;

/** The built-in template copied as a province does each year: its own id, name and year, one item re-scored. */
function provincialCopy(id: string): EvaluationTemplate {
  const copy = structuredClone(builtin) as EvaluationTemplate;
  copy.id = id;
  copy.name = '部门整体支出绩效评价表（本省2025）';
  copy.fiscalYear = 2025;
  const first = flattenTemplate(copy.items).find(({ item }) => item.id === 'performance-1')!.item as TemplateItem;
  first.formula = '年终完成数 ÷ 年初目标数 × 10';
  first.inputs = ['年终完成数', '年初目标数'];
  return copy;
}

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'TE', { region: '模板编辑区', finance: '模板编辑区财政局', unit: '模板编辑单位' }));
  const r = await setUpRegion(t);
  await r.org('TE-D', '模板编辑区教育局', 'TE-CZ', 'department');
  const list = await t.request('GET', '/api/evaluation-templates', { session: finance });
  builtinId = list.body.items.find((i: { key: string }) => i.key === builtin.id).id;
});

afterAll(async () => {
  await t?.stop();
});

describe('editing an evaluation template (评价模板)', () => {
  it('keeps a copy whose groups do not add up only with a 说明 of why', async () => {
    const copy = provincialCopy('prov-2025-a');
    const refused = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: copy } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('分值合计不一致');
    expect(refused.body.error.message).toContain('「履职效能」标注分值19分，但下级指标分值合计10分');
    const created = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: { ...copy, totalsNote: '按省财政厅印发文件原样' } } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ key: 'prov-2025-a', version: 1 });
    // Guard: a template whose groups add up needs no 说明.
    const even = { id: 'even-tpl', name: '合计一致模板', items: [{ id: 'g', name: '产出', level: 1, maxScore: 100, children: [{ id: 'g.1', name: '数量', level: 2, maxScore: 60 }, { id: 'g.2', name: '质量', level: 2, maxScore: 40 }] }] };
    expect((await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template: even } })).status).toBe(201);
  });

  it('updates a template no evaluation uses, under its version, and refuses names the item does not list', async () => {
    const list = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const row = list.body.items.find((i: { key: string }) => i.key === 'prov-2025-a');
    expect(row).toMatchObject({ builtin: false, version: 1, archived_at: null, used_by: 0 });
    const edited = { ...(row.template as EvaluationTemplate) };
    const item = flattenTemplate(edited.items).find(({ item }) => item.id === 'performance-1')!.item as TemplateItem;
    item.formula = '年终完成数 ÷ 年初目标 × 10';
    const unlisted = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: 1, template: edited } });
    expect(unlisted.status).toBe(400);
    expect(unlisted.body.error.message).toContain('用到「年初目标」，但它不在本指标的输入项中');
    item.formula = '年终完成数 ÷ 年初目标数 × 10';
    item.maxScore = 10;
    const saved = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: 1, template: { ...edited, name: '部门整体支出绩效评价表（本省2025修订）' } } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, name: '部门整体支出绩效评价表（本省2025修订）' });
    const stale = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: 1, template: edited } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const rekeyed = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: 2, template: { ...edited, id: 'other-key' } } });
    expect(rekeyed.status).toBe(400);
    // The built-in stays read-only, for finance and everyone else.
    const locked = await t.request('PUT', `/api/evaluation-templates/${builtinId}`, { session: finance, body: { version: 1, template: builtin } });
    expect(locked.status).toBe(409);
    expect(locked.body.error.message).toContain('复制');
    expect((await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: editor, body: { version: 2, template: edited } })).status).toBe(403);
    const audit = await t.request('GET', '/api/audit?action=template.', { session: await t.admin() });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['template.create', 'template.update']));
  });

  it('scores an evaluation as the edited tree says, then refuses to change the template it uses', async () => {
    const list = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const row = list.body.items.find((i: { key: string }) => i.key === 'prov-2025-a');
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: row.id, org: 'TE-D', fiscal_year: 2025 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const inputs = { 年终完成数: 4, 年初目标数: 5 };
    const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs, scores: {}, deductions: {} } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const scored = put.body.result.items.find((i: { id: string }) => i.id === 'performance-1');
    expect(scored.score).toBe(8);
    expect(put.body.result.total).toBe(evaluateTemplate(row.template, { inputs, enteredScores: {}, deductions: {} }).total);

    const again = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: row.version, template: row.template } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('template_in_use');
    expect(again.body.error.message).toMatch(/已有 1 份部门评价在使用.*复制/);
    expect((await t.request('GET', '/api/evaluation-templates', { session: finance })).body.items.find((i: { id: number }) => i.id === row.id).used_by).toBe(1);
  });

  it('archives a template: its evaluations keep it, new ones may not start with it until it is restored', async () => {
    const list = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const row = list.body.items.find((i: { key: string }) => i.key === 'even-tpl');
    const archived = await t.request('POST', `/api/evaluation-templates/${row.id}/archive`, { session: finance, body: { version: row.version, archived: true } });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body.archived_at).not.toBeNull();
    const start = await t.request('POST', '/api/evaluations', { session: finance, body: { template: row.id, org: 'TE-D', fiscal_year: 2025 } });
    expect(start.status).toBe(409);
    expect(start.body.error.message).toContain('已归档');
    const edit = await t.request('PUT', `/api/evaluation-templates/${row.id}`, { session: finance, body: { version: archived.body.version, template: row.template } });
    expect(edit.status).toBe(409);
    expect((await t.request('POST', `/api/evaluation-templates/${builtinId}/archive`, { session: finance, body: { version: 1, archived: true } })).status).toBe(409);
    const restored = await t.request('POST', `/api/evaluation-templates/${row.id}/archive`, { session: finance, body: { version: archived.body.version, archived: false } });
    expect(restored.body.archived_at).toBeNull();
    expect((await t.request('POST', '/api/evaluations', { session: finance, body: { template: row.id, org: 'TE-D', fiscal_year: 2025 } })).status).toBe(201);
  });
});
