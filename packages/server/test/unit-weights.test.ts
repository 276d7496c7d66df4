import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conventionalWeights, DEFAULT_POLICY, withConventionalWeights, type Form, type Indicator, type ProjectSelfEvaluation } from '@jixiao/core';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('W', '分值区', null);
  await r.org('W-CZ', '分值区财政局', 'W', 'finance');
  await r.org('W-U', '分值单位', 'W-CZ', 'unit');
  await r.user('w_editor', 'unit_editor', 'W-U');
  await r.user('w_fin', 'finance_reviewer', 'W-CZ');
  editor = await t.login('w_editor', 'Passw0rd-test');
  finance = await t.login('w_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

/** An approved target of W-U; `weighted` false: a 目标表 without a 权重 column (every weight null). */
async function approvedTarget(name: string, weighted: boolean): Promise<number> {
  const clean = cleanProjectTarget(name);
  const form = { ...clean, project_code: `W-${name}`, indicators: clean.indicators.map((i) => (weighted ? i : { ...i, weight: null })) };
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'W-U', fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } });
  expect(saved.status).toBe(200);
  const submitted = await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: editor, body: { version: saved.body.version } });
  expect(submitted.status).toBe(200);
  const approved = await t.request('POST', `/api/forms/${created.body.id}/approve`, { session: finance, body: { version: submitted.body.version } });
  expect(approved.body.status).toBe('approved');
  return created.body.id;
}

/** Starts the target's self-evaluation and fills what the year's end says: every target met, the budget spent. */
async function startedSheet(targetId: number) {
  const started = await t.request('POST', `/api/forms/${targetId}/self-evaluation`, { session: editor, body: {} });
  expect(started.status).toBe(201);
  const read = await t.request('GET', `/api/forms/${started.body.id}`, { session: editor });
  const sheet = read.body.form as ProjectSelfEvaluation;
  const filled: ProjectSelfEvaluation = {
    ...sheet,
    budget: { ...sheet.budget!, executed_wan: 50 },
    indicators: sheet.indicators.map((i: Indicator) => ({ ...i, actual: i.target })),
  };
  return { id: started.body.id as number, version: read.body.version as number, rows: read.body.unit_weight_rows as number[], sheet: filled };
}

const put = (id: number, version: number, form: Form) => t.request('PUT', `/api/forms/${id}`, { session: editor, body: { version, form } });
const submit = (id: number, version: number) => t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version } });
const weighted = (f: ProjectSelfEvaluation, weights: number[]): ProjectSelfEvaluation => ({ ...f, indicators: f.indicators.map((i, k) => ({ ...i, weight: weights[k]! })) });

describe('a self-evaluation of a target approved without weights: the unit sets 分值', () => {
  it('is refused while 分值 are missing or off the total, scores the typed 分值 and submits once they total 90', async () => {
    const s = await startedSheet(await approvedTarget('无权重培训', false));
    expect(s.rows).toEqual([0, 1, 2, 3]);
    expect(s.sheet.indicators.map((i) => i.weight)).toEqual([null, null, null, null]);

    const filled = await put(s.id, s.version, s.sheet);
    expect(filled.status).toBe(200);
    const missing = await submit(s.id, filled.body.version);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain('第 1、2、3、4 行的分值');

    // 80 of the 90: the weights check holds the sheet to the policy total, and that error is the unit's to fix.
    const short = await put(s.id, filled.body.version, weighted(s.sheet, [30, 20, 20, 10]));
    expect(short.status).toBe(200);
    expect(short.body.score.total).toBe(90);
    const off = await submit(s.id, short.body.version);
    expect(off.status).toBe(422);
    expect(off.body.error.code).toBe('review_errors');
    expect(off.body.error.details.findings).toContainEqual(expect.objectContaining({ code: 'weights', row: null, field: 'weight', severity: 'error' }));

    // 按常规分配分值 as the page applies it: 产出 50 split over its two rows, 效益 30, 满意度 10.
    const plan = conventionalWeights(s.sheet, s.rows, DEFAULT_POLICY);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const conventional = { ...s.sheet, indicators: withConventionalWeights(s.sheet.indicators, plan.weights) };
    expect(conventional.indicators.map((i) => i.weight)).toEqual([25, 25, 30, 10]);
    const saved = await put(s.id, short.body.version, conventional);
    expect(saved.status).toBe(200);
    // Every target met and the budget spent: the 系统核算 follows the 分值 (10 + 90).
    expect(saved.body.score.total).toBe(100);
    expect(saved.body.findings.filter((f: { code: string }) => f.code === 'weights')).toEqual([]);
    const submitted = await submit(s.id, saved.body.version);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
  });

  it('refuses a save or a row save that changes a weight the approved target fixed, naming the row', async () => {
    const s = await startedSheet(await approvedTarget('有权重培训', true));
    expect(s.rows).toEqual([]);
    const changed = await put(s.id, s.version, weighted(s.sheet, [40, 10, 20, 20]));
    expect(changed.status).toBe(400);
    expect(changed.body.error.message).toBe('第 1 行「培训人数」的分值由已批复的绩效目标确定（30 分），年终自评不能修改或删除；只有目标未设分值的指标由单位填写分值。如目标确需调整，请联系财政部门。');
    const row = await t.request('PUT', `/api/forms/${s.id}/indicators/1`, { session: editor, body: { version: s.version, indicator: { ...s.sheet.indicators[1]!, weight: 25 } } });
    expect(row.status).toBe(400);
    expect(row.body.error.message).toContain('第 2 行「培训合格率」');
    // Guard: the same sheet saves its 完成值 with the target's weights untouched, and submits.
    const saved = await put(s.id, s.version, s.sheet);
    expect(saved.status).toBe(200);
    expect((await submit(s.id, saved.body.version)).status).toBe(200);
  });

  it('refuses adding or deleting rows of a sheet started from its target, by row save or whole save (guard: a sheet not started from a target may)', async () => {
    const unweighted = await startedSheet(await approvedTarget('无权重增删行', false));
    const extra: Indicator = { ...unweighted.sheet.indicators[0]!, name: '新增的指标', weight: 10 };
    const added = await t.request('PUT', `/api/forms/${unweighted.id}/indicators/${unweighted.sheet.indicators.length}`, { session: editor, body: { version: unweighted.version, indicator: extra } });
    expect(added.status).toBe(400);
    expect(added.body.error.message).toContain('不能新增或删除指标行');
    // Deleting a middle row would shift every later row onto another row's 分值 rule: refused before any weight is compared.
    const without = (f: ProjectSelfEvaluation, k: number): ProjectSelfEvaluation => ({ ...f, indicators: f.indicators.filter((_, i) => i !== k) });
    const dropped = await put(unweighted.id, unweighted.version, without(unweighted.sheet, 1));
    expect(dropped.status).toBe(400);
    expect(dropped.body.error.message).toContain('不能新增或删除指标行');
    const weightedSheet = await startedSheet(await approvedTarget('有权重增删行', true));
    const droppedFixed = await put(weightedSheet.id, weightedSheet.version, without(weightedSheet.sheet, 1));
    expect(droppedFixed.status).toBe(400);
    expect(droppedFixed.body.error.message).toContain('不能新增或删除指标行');
    const appended = await put(weightedSheet.id, weightedSheet.version, { ...weightedSheet.sheet, indicators: [...weightedSheet.sheet.indicators, extra] });
    expect(appended.status).toBe(400);
    // Guard: a self-evaluation the unit began itself has no target's rows to keep: it adds and deletes freely.
    const own = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_self_evaluation', org: 'W-U', fiscal_year: 2026 } });
    expect(own.status).toBe(201);
    const first = await put(own.body.id, own.body.version, { ...weightedSheet.sheet, project_code: null, indicators: weightedSheet.sheet.indicators });
    expect(first.status, JSON.stringify(first.body).slice(0, 300)).toBe(200);
    const more = await t.request('PUT', `/api/forms/${own.body.id}/indicators/${weightedSheet.sheet.indicators.length}`, { session: editor, body: { version: first.body.version, indicator: extra } });
    expect(more.status, JSON.stringify(more.body).slice(0, 300)).toBe(200);
    const fewer = await put(own.body.id, more.body.version, without(weightedSheet.sheet, 1));
    expect(fewer.status, JSON.stringify(fewer.body).slice(0, 300)).toBe(200);
  });
});
