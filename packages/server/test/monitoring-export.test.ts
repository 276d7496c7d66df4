import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;
let outsider: { editor: Session; finance: Session };

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'MX', { region: '导出区', finance: '导出区财政局', unit: '导出单位' }));
  outsider = await setUpUnitAndFinance(t, 'MO', { region: '他区', finance: '他区财政局', unit: '他区单位' });
});

afterAll(async () => {
  await t?.stop();
});

async function approvedProject(year: number, name: string): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MX-U', fiscal_year: year } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: { ...cleanProjectTarget(name), fiscal_year: year } } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  expect(f.status).toBe('approved');
  return f.id as number;
}

async function download(session: Session | null, id: number, format: string) {
  const res = await t.server.app.request(`/api/monitoring/${id}/export?format=${format}`, { headers: session ? { cookie: session.cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** Each row's texts left to right, a merged block once. */
async function sheetRows(bytes: Uint8Array): Promise<Array<Array<string | number>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: Array<Array<string | number>> = [];
  sheet.eachRow((row) => {
    const seen = new Set<string>();
    const cells: Array<string | number> = [];
    row.eachCell((c) => {
      const master = c.isMerged ? c.master.address : c.address;
      if (seen.has(master) || c.value == null || c.value === '') return;
      seen.add(master);
      cells.push(c.value as string | number);
    });
    rows.push(cells);
  });
  return rows;
}

describe('exporting a monitoring table', () => {
  let reportId: number;

  beforeAll(async () => {
    const formId = await approvedProject(2026, '监控导出培训项目');
    // 1—7月: 20 of 50 万元 spent → 40% executed, (20/50) ÷ (7/12) = 68.57 → yellow; 60 of 100 人 trained.
    const created = await t.request('POST', `/api/forms/${formId}/monitoring`, {
      session: editor,
      body: { month: 7, executed_wan: 20, execution_rate: 40, deviation_reason: '设备采购尚未付款', measures: '8 月完成付款', indicators: [{ row: 0, progress_value: '60', forecast: '95', expected_completion: '未达成', deviation_reason: '下半年集中培训', measures: '9 月加开两期' }, { row: 3, not_measured: '年底测评', forecast: '92%' }] },
    });
    expect(created.status).toBe(201);
    reportId = created.body.id;
  });

  it('writes the header, budget execution with its light in words, the indicator rows and the legend (xlsx read back)', async () => {
    const file = await download(editor, reportId, 'xlsx');
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    expect(decodeURIComponent(file.disposition)).toContain('导出单位2026年监控导出培训项目运行监控表（1—7月）.xlsx');
    const rows = await sheetRows(file.bytes);
    const find = (first: string | number) => rows.find((r) => r[0] === first);
    expect(rows[0]).toEqual(['项目支出绩效运行监控表']);
    expect(rows[1]?.[0]).toContain('2026年1—7月');
    expect(find('实施单位')).toEqual(['实施单位', '导出单位', '项目名称', '监控导出培训项目', '项目编码']);
    expect(find('监控期间')).toEqual(['监控期间', '2026年1—7月', '实施期', '2026年全年', '状态', '草稿']);
    // 预算执行 in the official order, the rate the unit wrote (填报) beside the one the figures give (计算).
    expect(find('年初预算数（万元）')).toEqual(['年初预算数（万元）', '全年预算数（万元）', '1—7月执行数（万元）', '执行率（填报）', '执行率（计算）', '执行进度', '亮灯', '亮灯说明']);
    const budget = rows[rows.findIndex((r) => r[0] === '年初预算数（万元）') + 1]!;
    // Figures stay numbers: 50 万元 (年初 and 全年), 20 万元, 40% (0.4) written and computed, progress 68.57% (0.6857).
    expect(budget.slice(0, 7)).toEqual([50, 50, 20, 0.4, 0.4, 0.6857, '黄灯']);
    expect(String(budget[7])).toMatch(/68\.57.*亮黄灯/);
    expect(find('偏差原因')).toEqual(['偏差原因', '设备采购尚未付款', '纠偏措施', '8 月完成付款']);
    const header = find('一级指标')!;
    expect(header).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '1—7月完成值', '全年预计完成值', '偏差原因', '纠偏措施', '是否能完成', '进度', '亮灯', '亮灯说明']);
    const trained = rows.find((r) => r.includes('培训人数'))!;
    expect(trained.slice(0, 9)).toEqual(['产出指标', '数量指标', '培训人数', '≥100人', 60, 95, '下半年集中培训', '9 月加开两期', '不能']);
    const surveyed = rows.find((r) => r.includes('参训人员满意度'))!;
    expect(surveyed).toContain('尚未测量（年底测评）');
    expect(surveyed).toContain('92%');
    expect(surveyed).toContain('无法判断');
    expect(String(find('项目亮灯')?.[1])).toMatch(/^黄灯：/);
    expect(String(find('亮灯含义')?.[1])).toMatch(/绿灯：进度达到 80，执行正常；黄灯：进度 60 至 80.*红灯：进度低于 60/);
  });

  it.each(['xlsx', 'docx'])('imports back as the table it was (%s → 导入监控表 preview)', async (format) => {
    const stored = (await t.request('GET', `/api/monitoring/${reportId}`, { session: editor })).body;
    const file = await download(editor, reportId, format);
    const body = new FormData();
    body.set('file', new File([file.bytes as unknown as BlobPart], `监控表.${format}`));
    const res = await t.server.app.request('/api/monitoring/imports', { method: 'POST', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, body });
    const preview = (await res.json()) as { tables: Array<{ target: { id: number }; month: number; existing: { id: number }; changes: string[] | null; rows: Array<{ ordinal: number | null }>; report: typeof stored.report }> };
    expect(res.status, JSON.stringify(preview)).toBe(200);
    const [table] = preview.tables;
    expect(table).toMatchObject({ target: { id: stored.form_id }, month: 7, existing: { id: reportId } });
    expect(table!.rows.every((r) => r.ordinal !== null)).toBe(true);
    expect(table!.report).toEqual(stored.report);
    // The preview says so: filling the stored table with its own export changes nothing.
    expect(table!.changes).toEqual([]);
  });

  it('writes a Word file from the same layout, for the finance reviewer who may view the table too', async () => {
    const file = await download(finance, reportId, 'docx');
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    // A docx is a zip: PK.
    expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it.each([
    ['an editor of another unit', () => outsider.editor, 404],
    ['a finance reviewer of another region', () => outsider.finance, 404],
    ['nobody signed in', () => null, 401],
  ])('refuses %s (%i)', async (_label, who, status) => {
    const file = await download(who(), reportId, 'xlsx');
    expect(file.status).toBe(status);
  });

  it('refuses a format a monitoring table has no layout for', async () => {
    expect((await download(editor, reportId, 'csv')).status).toBe(400);
  });
});

describe('a monitoring table for a period that has not started (server clock 2026-03-01)', () => {
  it('is refused with the periods that can be filled now, and created once the clerk confirms', async () => {
    const formId = await approvedProject(2027, '明年监控项目');
    const body = { month: 7, executed_wan: 1, indicators: [] };
    const refused = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('2027 年 1—7 月尚未到来');
    expect(refused.body.error.message).toContain('现在可以按实际数填报的是 2026 年 1—3 月及以前各期');
    const confirmed = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { ...body, confirm_future_period: true } });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.period_notice).toContain('该期间尚未到来');
  });

  it('needs no confirmation for this year, whose months may still be running', async () => {
    const formId = await approvedProject(2026, '今年监控项目');
    const created = await t.request('POST', `/api/forms/${formId}/monitoring`, { session: editor, body: { month: 8, executed_wan: 1, indicators: [] } });
    expect(created.status).toBe(201);
    expect(created.body.period_notice).toContain('该期间尚未结束');
  });
});
