import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer, type Session, type TestServer } from './harness';
import { loadReviewVolume, VOLUME_PASSWORD, type Volume } from './review-volume';

let t: TestServer;
let v: Volume;
let finance: Session;
const QUEUE = 'status=submitted&awaiting=finance&fiscal_year=2026';

beforeAll(async () => {
  t = await startTestServer();
  const started = performance.now();
  v = await loadReviewVolume((path, init) => Promise.resolve(t.server.app.request(path, init)), { prefix: 'VOL', adminPassword: ADMIN_PASSWORD });
  console.log(`loaded ${v.formIds.length} forms in ${Math.round(performance.now() - started)} ms`);
  finance = await t.login(v.finance, VOLUME_PASSWORD);
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

/** The median of 7 requests, so one slow garbage collection does not decide the figure. */
async function timed(path: string, session = finance) {
  const times: number[] = [];
  let last: Awaited<ReturnType<TestServer['request']>> | null = null;
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    last = await t.request('GET', path, { session });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`GET ${path}: ${times[3]!.toFixed(1)} ms`);
  return last!;
}

async function sheetRows(path: string, session = finance): Promise<string[][]> {
  const started = performance.now();
  const res = await t.server.app.request(path, { headers: { cookie: session.cookie } });
  expect(res.status, res.status === 200 ? '' : await res.text()).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  console.log(`GET ${path}: ${Math.round(performance.now() - started)} ms`);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((x) => String(x ?? ''))));
  return rows;
}

const names = (body: { items: { project_name: string }[] }) => body.items.map((f) => f.project_name).sort();

describe('the finance review desk with 300 forms in one region-year', () => {
  it('pages, sorts and searches the queue', async () => {
    const first = await timed(`/api/forms?${QUEUE}&limit=20`);
    expect(first.body.total).toBe(300);
    expect(first.body.items).toHaveLength(20);
    const byErrors = await timed(`/api/forms?${QUEUE}&limit=20&sort=errors&order=desc`);
    // Errors block submission, so the queue sorts by warnings next: the most warned come first.
    expect(byErrors.body.items[0].warnings).toBeGreaterThanOrEqual(byErrors.body.items[19].warnings);
    const searched = await timed(`/api/forms?${QUEUE}&limit=100&q=${encodeURIComponent('基层干部培训')}`);
    expect(searched.body.total).toBeGreaterThan(0);
    expect(searched.body.items.every((f: { project_name: string }) => f.project_name.includes('基层干部培训'))).toBe(true);
    await timed(`/api/forms?${QUEUE}&limit=100&offset=200`);
  });

  it('filters by finding code and severity from the stored counts', async () => {
    const direction = await timed(`/api/forms?${QUEUE}&finding=direction&limit=1000`);
    expect(names(direction.body)).toEqual([...v.directionWarned].sort());
    const satisfaction = await timed(`/api/forms?${QUEUE}&finding=satisfaction&limit=1000`);
    expect(names(satisfaction.body)).toEqual([...v.satisfactionWarned].sort());
    // Guard: a code no form has lists none, and no submitted form has errors (they block submission).
    expect((await t.request('GET', `/api/forms?${QUEUE}&finding=weights`, { session: finance })).body.total).toBe(0);
    expect((await t.request('GET', `/api/forms?${QUEUE}&severity=error`, { session: finance })).body.total).toBe(0);
    const warned = await t.request('GET', `/api/forms?${QUEUE}&severity=warning&limit=1000`, { session: finance });
    const listed = new Set(names(warned.body));
    for (const name of [...v.directionWarned, ...v.satisfactionWarned]) expect(listed.has(name)).toBe(true);
    expect((await t.request('GET', `/api/forms?${QUEUE}&finding=nonsense`, { session: finance })).status).toBe(400);
  });

  it('counts every queue under the same filters in one request', async () => {
    const all = await timed('/api/forms/queue-counts?fiscal_year=2026');
    expect(all.status).toBe(200);
    expect(all.body.counts).toEqual([{ status: 'submitted', at_department: false, n: 300 }]);
    const narrowed = await t.request('GET', `/api/forms/queue-counts?fiscal_year=2026&org=${v.unitCodes[0]}&finding=direction`, { session: finance });
    const listed = await t.request('GET', `/api/forms?${QUEUE}&org=${v.unitCodes[0]}&finding=direction`, { session: finance });
    expect(narrowed.body.counts).toEqual([{ status: 'submitted', at_department: false, n: listed.body.total }]);
    expect((await t.request('GET', '/api/forms/queue-counts?status=submitted', { session: finance })).status).toBe(400);
  });

  it('exports the findings of the filtered list, and only of it', async () => {
    const rows = await sheetRows(`/api/forms/findings-export?${QUEUE}&finding=direction`);
    expect(rows[0]).toEqual(['单位', '项目', '表', '行', '指标', '问题类型', '严重程度', '说明']);
    const direction = rows.slice(1).filter((r) => r[5] === '指标方向');
    expect(direction.map((r) => r[1]).sort()).toEqual([...v.directionWarned].sort());
    expect(direction.every((r) => r[3] === '3' && r[4] === '日常公用经费' && r[6] === '警告' && r[2] === '项目支出绩效目标表')).toBe(true);
    // Only the filtered forms: no row names a project outside it.
    expect(rows.slice(1).every((r) => v.directionWarned.includes(r[1]!))).toBe(true);
    const unit = await sheetRows(`/api/forms/findings-export?${QUEUE}&org=${v.unitCodes[1]}`);
    expect(new Set(unit.slice(1).map((r) => r[0]))).toEqual(new Set(['某县第2预算单位']));
    const whole = await sheetRows(`/api/forms/findings-export?${QUEUE}&sort=errors&order=desc`);
    expect(whole.length - 1).toBeGreaterThanOrEqual(v.directionWarned.length + v.satisfactionWarned.length);
  }, 120_000);

  it('keeps a unit to its own forms in the export', async () => {
    const editor = await t.login('vol_ed3', VOLUME_PASSWORD);
    const rows = await sheetRows('/api/forms/findings-export?fiscal_year=2026', editor);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['某县第3预算单位']));
    const anonymous = await t.server.app.request('/api/forms/findings-export');
    expect(anonymous.status).toBe(401);
  });
});
