import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit-log';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'RC', { region: '整改区', finance: '整改区财政局', unit: '整改单位' }));
  ({ editor: stranger } = await setUpUnitAndFinance(t, 'RD', { region: '邻区', finance: '邻区财政局', unit: '邻区单位' }));
});

afterAll(async () => {
  await t?.stop();
});

interface Item { key: string; kind: string; text: string; detail: string | null; status: string | null; note: string | null; updated_by: string | null }

/** A project target of RC-U for `year`, saved (and approved when asked). */
async function target(name: string, year: number, approved: boolean): Promise<{ id: number; version: number }> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'RC-U', fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget(name), fiscal_year: year } } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  if (!approved) return { id: created.body.id, version: saved.body.version };
  const submitted = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const done = await t.request('POST', `/api/forms/${created.body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
  expect(done.body.status).toBe('approved');
  return { id: created.body.id, version: done.body.version };
}

/** The 2025 self-evaluation of `name`, with two problems and one row short of its 分值, submitted and accepted. */
async function settledSheet(name: string): Promise<number> {
  const started = await t.request('POST', `/api/forms/${(await target(name, 2025, true)).id}/self-evaluation`, { session: editor, body: {} });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const read = await t.request('GET', `/api/forms/${started.body.id}`, { session: editor });
  const form = structuredClone(read.body.form);
  form.budget.executed_wan = 45;
  for (const [i, actual] of ['100', '80', '92', '95'].entries()) form.indicators[i].actual = actual;
  form.indicators.forEach((ind: { score: number | null; weight: number }, i: number) => { ind.score = i === 1 ? 16.84 : ind.weight; });
  form.indicators[1].reason = '部分学员考核未通过';
  form.problems = '1.培训合格率未达目标；2.培训资金支付进度偏慢。';
  form.improvements = '加强考前辅导，按进度拨付资金。';
  const saved = await t.request('PUT', `/api/forms/${started.body.id}`, { session: editor, body: { version: read.body.version, form } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await t.request('POST', `/api/forms/${started.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  expect((await t.request('POST', `/api/forms/${started.body.id}/approve`, { session: finance, body: { version: submitted.body.version } })).body.status).toBe('accepted');
  return started.body.id;
}

const get = (session: Session, id: number) => t.request('GET', `/api/forms/${id}/rectification`, { session });
const answer = (session: Session, id: number, body: Record<string, unknown>) => t.request('PUT', `/api/forms/${id}/rectification`, { session, body });

describe('问题整改: last year\'s problems carried into this year\'s target', () => {
  it('lists the settled self-evaluation\'s problems and shortfalls for the same project, and records answers', async () => {
    const sheet = await settledSheet('农民技能培训');
    const next = await target('农民技能培训', 2026, false);
    const first = await get(editor, next.id);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.editable).toBe(true);
    expect(first.body.sources).toEqual([expect.objectContaining({ kind: 'self_evaluation', id: sheet, fiscal_year: 2025, improvements: '加强考前辅导，按进度拨付资金。' })]);
    expect(first.body.sources[0].title).toBe('2025 年度项目支出绩效自评表「农民技能培训」');
    const items = first.body.items as Item[];
    expect(items.map((i) => [i.kind, i.text])).toEqual([
      ['problem', '培训合格率未达目标'],
      ['problem', '培训资金支付进度偏慢'],
      ['shortfall', '「培训合格率」未得满分：指标值 ≥95%，完成值 80，得分 16.84/20'],
    ]);
    expect(items[2]!.detail).toBe('部分学员考核未通过');
    expect(first.body.open).toBe(3);

    // 整改中 and 不适用 say why or when; 已整改 may stand alone.
    const bare = await answer(editor, next.id, { key: items[0]!.key, status: 'in_progress' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('预计完成时间');
    expect((await answer(editor, next.id, { key: items[1]!.key, status: 'not_applicable', note: '  ' })).status).toBe(400);
    const inProgress = await answer(editor, next.id, { key: items[0]!.key, status: 'in_progress', note: '已增加考前辅导，2026年6月前完成' });
    expect(inProgress.status, JSON.stringify(inProgress.body)).toBe(200);
    expect(inProgress.body.open).toBe(2);
    await answer(editor, next.id, { key: items[1]!.key, status: 'done' });
    const last = await answer(editor, next.id, { key: items[2]!.key, status: 'done', note: '今年指标已按实际考核标准设定' });
    expect(last.body.open).toBe(0);
    // A second answer replaces the first.
    const changed = await answer(editor, next.id, { key: items[1]!.key, status: 'in_progress', note: '按季度拨付，年底前完成' });
    expect((changed.body.items as Item[])[1]).toMatchObject({ status: 'in_progress', note: '按季度拨付，年底前完成', updated_by: 'rc_editor' });

    // The reviewer reads them; it cannot answer once the form is submitted, nor can the unit.
    const submitted = await t.request('POST', `/api/forms/${next.id}/submit`, { session: editor, body: { version: next.version } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const read = await get(finance, next.id);
    expect(read.body.editable).toBe(false);
    expect((read.body.items as Item[]).map((i) => i.status)).toEqual(['in_progress', 'in_progress', 'done']);
    const late = await answer(editor, next.id, { key: items[0]!.key, status: 'done' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid_transition');
    expect((await verifyAuditChain(t.server.db)).ok).toBe(true);
  });

  it('carries nothing for another project, a draft sheet or another region, and refuses unknown items', async () => {
    await settledSheet('乡村道路养护');
    const other = await target('图书馆运维', 2026, false);
    expect((await get(editor, other.id)).body).toMatchObject({ sources: [], items: [], open: 0 });
    // A sheet still in draft has not said its problems yet.
    const draftTarget = await target('河道保洁', 2025, true);
    expect((await t.request('POST', `/api/forms/${draftTarget.id}/self-evaluation`, { session: editor, body: {} })).status).toBe(201);
    const next = await target('河道保洁', 2026, false);
    expect((await get(editor, next.id)).body.items).toEqual([]);
    const road = await target('乡村道路养护', 2026, false);
    expect((await get(stranger, road.id)).status).toBe(404);
    expect((await answer(stranger, road.id, { key: 'se:1:p:0', status: 'done' })).status).toBe(404);
    const unknown = await answer(editor, road.id, { key: 'se:999999:p:0', status: 'done' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('刷新页面');
    // A target of the same year as the sheet looks only at earlier years.
    expect((await get(editor, (await target('乡村道路养护', 2025, false)).id)).body.items).toEqual([]);
  });

  it('carries a published 部门评价\'s lost points and deductions into the unit\'s department target', async () => {
    const template = {
      id: 'rc-tpl', name: '整改测试模板', items: [
        { id: 'exec', name: '预算执行率', level: 1, maxScore: 50, formula: '50 * min(1, 执行数 / 预算数)', scoringText: '执行率×50' },
        { id: 'goal', name: '目标完成', level: 1, maxScore: 50 },
        { id: 'late', name: '资料报送不及时', level: 1, maxScore: null, deduction: true, limit: 5 },
      ],
    };
    const created = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const evaluation = await t.request('POST', '/api/evaluations', { session: finance, body: { template: created.body.id, org: 'RC-U', fiscal_year: 2025 } });
    expect(evaluation.status, JSON.stringify(evaluation.body)).toBe(201);
    const scored = await t.request('PUT', `/api/evaluations/${evaluation.body.id}`, { session: finance, body: { version: evaluation.body.version, inputs: { 执行数: 80, 预算数: 100 }, scores: { goal: 50 }, deductions: { late: 2 } } });
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    const dept = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'department_target', org: 'RC-U', fiscal_year: 2026 } });
    // Not published yet: not the unit's to read.
    expect((await get(editor, dept.body.id)).body.items).toEqual([]);
    expect((await t.request('POST', `/api/evaluations/${evaluation.body.id}/publish`, { session: finance, body: { version: scored.body.version } })).status).toBe(200);
    const carried = await get(editor, dept.body.id);
    expect(carried.body.sources).toEqual([expect.objectContaining({ kind: 'evaluation', fiscal_year: 2025, title: '2025 年度部门整体评价「整改测试模板」', summary: '评价得分 88，良' })]);
    expect((carried.body.items as Item[]).map((i) => [i.kind, i.text, i.detail])).toEqual([
      ['deduction', '「预算执行率」得分 40/50', '执行率×50'],
      ['deduction', '「资料报送不及时」扣 2 分', null],
    ]);
  });
});
