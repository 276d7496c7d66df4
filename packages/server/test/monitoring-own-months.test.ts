import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

/**
 * A project's 实施期 in the year (起始月 / 结束月, core own-months.ts): stored with its monitoring table, checked, audited,
 * frozen once submitted, and measured by wherever the server lights the table (its view, the lists, 重点监控, export).
 * 1—6月, 250 of 900 万元: a project of the whole year is at 55.56 (red, and a large project spent slowly: 重点监控);
 * one started in 4月 has run 3 of its 9 months, 83.33 (green).
 */
let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'OM', { region: '实施期区', finance: '实施期区财政局', unit: '实施期单位' }));
});

afterAll(async () => {
  await t?.stop();
});

async function approvedProject(name: string): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'OM-U', fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  return f.id as number;
}

// Every row on or ahead of plan, so the budget alone decides the project's light.
const indicators = [{ row: 0, progress_value: '60' }, { row: 1, progress_value: '96' }, { row: 2, progress_value: '92' }, { row: 3, progress_value: '95' }];
const body = (own: Record<string, unknown>) => ({ month: 6, budget_wan: 900, executed_wan: 250, indicators, ...own });
const keyIds = async () => ((await t.request('GET', '/api/monitoring/key?fiscal_year=2026', { session: finance })).body.items as { id: number }[]).map((i) => i.id);

describe('a monitoring table with the project\'s 实施期', () => {
  let id: number;
  let version: number;

  it('a project of the whole year is red and on the 重点监控 list', async () => {
    const created = await t.request('POST', `/api/forms/${await approvedProject('四月开工项目')}/monitoring`, { session: editor, body: body({}) });
    expect(created.status).toBe(201);
    ({ id, version } = created.body);
    expect(created.body.report).toMatchObject({ start_month: null, end_month: null });
    expect([created.body.lights.budget.light, created.body.lights.budget.progress, created.body.key_monitoring]).toEqual(['red', 55.56, true]);
    expect(await keyIds()).toContain(id);
  });

  it.each([
    ['started in 4月: 3 of 9 months run', { start_month: 4 }, { start_month: 4, end_month: null }, 'green', 83.33, false],
    ['left out on a save: the stored months stay', {}, { start_month: 4, end_month: null }, 'green', 83.33, false],
    ['ends in 6月: all its months run', { start_month: null, end_month: 6 }, { start_month: null, end_month: 6 }, 'red', 27.78, true],
    ['starts in 7月, after the report\'s month: no light, with why', { start_month: 7, end_month: 12 }, { start_month: 7, end_month: 12 }, 'none', null, false],
    ['cleared: the whole year again', { start_month: null, end_month: null }, { start_month: null, end_month: null }, 'red', 55.56, true],
  ] as const)('%s', async (_l, own, stored, light, progress, key) => {
    const saved = await t.request('PUT', `/api/monitoring/${id}`, { session: editor, body: { version, ...body(own) } });
    expect(saved.status).toBe(200);
    version = saved.body.version;
    expect(saved.body.report).toMatchObject(stored);
    expect([saved.body.lights.budget.light, saved.body.lights.budget.progress, saved.body.key_monitoring]).toEqual([light, progress, key]);
    if (light === 'none') expect(saved.body.lights.budget.explanation).toContain('项目本年度期间7–12月，截至6月尚未开始');
    // The reviewer reads the same lights, and the 重点监控 list follows them.
    const read = await t.request('GET', `/api/monitoring/${id}`, { session: finance });
    expect(read.body.lights.budget.light).toBe(light);
    expect((await keyIds()).includes(id)).toBe(key);
  });

  it.each([
    ['a start after the end', '甲', { start_month: 10, end_month: 3 }, '起始月（10月）晚于结束月（3月）'],
    ['a month out of the year', '乙', { start_month: 13 }, '起始月应为 1 至 12 之间的整数月份'],
    ['a fraction', '丙', { end_month: 6.5 }, '结束月应为 1 至 12 之间的整数月份'],
  ])('refuses %s, on a save and on a new table, in words', async (_l, project, own, message) => {
    const saved = await t.request('PUT', `/api/monitoring/${id}`, { session: editor, body: { version, ...body(own) } });
    expect([saved.status, saved.body.error.message]).toEqual([400, expect.stringContaining(message)]);
    const created = await t.request('POST', `/api/forms/${await approvedProject(`错误实施期项目${project}`)}/monitoring`, { session: editor, body: body(own) });
    expect([created.status, created.body.error.message]).toEqual([400, expect.stringContaining(message)]);
  });

  it('is audited with the table, frozen once submitted, and read by finance\'s list with its lights', async () => {
    const saved = await t.request('PUT', `/api/monitoring/${id}`, { session: editor, body: { version, ...body({ start_month: 4, end_month: 12 }) } });
    expect(saved.status).toBe(200);
    const audit = (await t.request('GET', '/api/audit?entity=monitoring_report', { session: await t.admin() })).body.items as { action: string; entity_id: string; after: Record<string, unknown>; before: Record<string, unknown> | null }[];
    const last = audit.find((a) => a.action === 'monitoring.save' && a.entity_id === String(id))!;
    expect(last.after).toMatchObject({ start_month: 4, end_month: 12 });
    expect(last.before).toMatchObject({ start_month: null, end_month: null });
    const submitted = await t.request('POST', `/api/monitoring/${id}/submit`, { session: editor, body: { version: saved.body.version } });
    expect(submitted.status).toBe(200);
    const refused = await t.request('PUT', `/api/monitoring/${id}`, { session: editor, body: { version: submitted.body.version, ...body({ start_month: 1 }) } });
    expect(refused.status).not.toBe(200);
    expect((await t.request('GET', `/api/monitoring/${id}`, { session: finance })).body.report.start_month).toBe(4);
    const queue = (await t.request('GET', '/api/monitoring?status=submitted&fiscal_year=2026', { session: finance })).body.items as { id: number; budget_light: string; budget_progress: number }[];
    expect(queue.find((r) => r.id === id)).toMatchObject({ budget_light: 'green', budget_progress: 83.33 });
  });

  it('is printed as 实施期 in the export, and the budget light measured by it', async () => {
    const res = await t.server.app.request(`/api/monitoring/${id}/export?format=xlsx`, { headers: { cookie: finance.cookie } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const texts: unknown[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => { if (!c.isMerged || c.master.address === c.address) texts.push(c.value); }));
    expect(texts[texts.indexOf('实施期') + 1]).toBe('2026年4—12月');
    // The budget row under its captions: 年初 50 (the target's), 全年 900, 250, no 执行率 written, 27.78% computed, progress
    // 83.33% (3 of 9 months), 绿灯, and why.
    const budget = texts.slice(texts.indexOf('亮灯说明') + 1, texts.indexOf('亮灯说明') + 9);
    expect(budget.slice(0, 7)).toEqual([50, 900, 250, '', 0.2778, 0.8333, '绿灯']);
    expect(String(budget[7])).toContain('项目本年度期间4–12月');
  });
});
