import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { unzipSync, zipSync } from 'fflate';
import { sql } from 'kysely';
import { formSchema } from '@jixiao/core';
import { JSON_LIMIT, UPLOAD_LIMIT } from '../src/http/create-app';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

/**
 * A unit imports its 运行监控表 (Word/Excel) into the monitoring table of the matching project: preview (rows matched and
 * not, lights, findings), then confirm; refused in Chinese when no approved target matches, when the period's table was
 * submitted, or when the months are not a period the policy monitors.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'documents', 'src', 'monitoring', 'fixtures');
const ROAD = readFileSync(join(FIXTURES, 'monitoring-road-upkeep-jan-jul.xlsx'));
const READING = readFileSync(join(FIXTURES, 'monitoring-reading-campaign-jan-jun.docx'));

let t: TestServer;
let editor: Session;
let finance: Session;
let roadId: number;

const ind = (level1: string, level2: string, name: string, comparator: string, target: string, unit: string | null) => ({ level1, level2, name, weight: 20, comparator, target, unit, basis: '计划标准' });

/** The road project's target: 项目编码 as the document writes it, a name worded otherwise; no 养护资金拨付时间 row, and a row the document does not fill. */
function roadTarget() {
  return formSchema.parse({
    kind: 'project_target', fiscal_year: 2026, org: '导入单位', project_name: '2026年乡村道路养护补助资金', project_code: '330102250000012345',
    budget_total_wan: 120, goal: '完成农村公路养护120公里，路面病害及时处置。',
    indicators: [
      ind('产出指标', '数量指标', '养护农村公路里程', '>=', '120', '公里'),
      ind('产出指标', '数量指标', '桥梁定期检查座数', '=', '40', '座'),
      ind('产出指标', '质量指标', '路面病害处置及时率', '>=', '95', '%'),
      ind('效益指标', '社会效益指标', '公路优良路率', '>=', '80', '%'),
      ind('满意度指标', '服务对象满意度指标', '沿线群众满意度', '>=', '90', '%'),
    ],
  });
}

async function approved(form: ReturnType<typeof roadTarget>): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'MI-U', fiscal_year: 2026 } });
  let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/submit`, { session: editor, body: { version: f.version } })).body;
  f = (await t.request('POST', `/api/forms/${f.id}/approve`, { session: finance, body: { version: f.version } })).body;
  if (f.status !== 'approved') throw new Error(`target not approved: ${JSON.stringify(f)}`);
  return f.id;
}

async function send(path: string, session: Session, bytes: Uint8Array, fileName: string, fields: Record<string, string | number | undefined> = {}) {
  const body = new FormData();
  body.set('file', new File([bytes as unknown as BlobPart], fileName));
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) body.set(k, String(v));
  const res = await t.server.app.request(path, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field in the tests
  return { status: res.status, body: (await res.json()) as any };
}
const preview = (bytes: Uint8Array, name: string, fields: Record<string, string | number | undefined> = {}, session = editor) => send('/api/monitoring/imports', session, bytes, name, { fiscal_year: 2026, ...fields });
const commit = (bytes: Uint8Array, name: string, fields: Record<string, string | number | undefined>) => send('/api/monitoring/imports/commit', editor, bytes, name, { fiscal_year: 2026, ...fields });

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'MI', { region: '导入区', finance: '导入区财政局', unit: '导入单位' }));
  roadId = await approved(roadTarget());
  // The 1–7月 table is filled in August.
  t.clock.set(new Date('2026-08-10T08:00:00Z'));
  // Sessions do not last across months: sign in again.
  editor = await t.login('mi_editor', 'Passw0rd-test');
  finance = await t.login('mi_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

describe('importing a monitoring table', () => {
  let previewed: { version?: number } = {};

  it('previews the table: the project found by its code, rows matched by name, the unmatched row listed, lights and findings', async () => {
    const res = await preview(ROAD, '监控表.xlsx');
    expect(res.status).toBe(200);
    const [table] = res.body.tables;
    expect(table.refusal).toBeNull();
    expect(table.target).toMatchObject({ id: roadId, by: 'code' });
    expect(table.month).toBe(7);
    expect(table.existing).toBeNull();
    expect(table.rows.map((r: { name: string; ordinal: number | null }) => [r.name, r.ordinal])).toEqual([
      ['养护农村公路里程', 0], ['路面病害处置及时率', 2], ['桥梁定期检查座数', 1], ['养护资金拨付时间', null], ['沿线群众满意度', 4],
    ]);
    expect(table.rows[3].why).toBe('绩效目标表中没有同名指标');
    expect(table.unfilled).toEqual([{ row: 3, name: '公路优良路率' }]);
    expect(table.report).toMatchObject({ budget_wan: 120, executed_wan: 69, execution_rate: 57.5 });
    expect(table.report.indicators[1]).toMatchObject({ progress_value: '18', forecast: '36', expected_completion: '未达成', deviation_reason: '两座桥梁因施工封闭无法检查' });
    expect(table.report.indicators[4]).toMatchObject({ progress_value: null, not_measured: '年底测评' });
    expect(table.lights.indicators).toHaveLength(5);
    expect(Array.isArray(table.findings)).toBe(true);
    // Nothing is written by a preview.
    expect((await t.request('GET', `/api/forms/${roadId}/monitoring`, { session: editor })).body.items).toEqual([]);
  });

  it('creates the period\'s table on confirm, and records the import in the audit log', async () => {
    const res = await commit(ROAD, '监控表.xlsx', { table: 0, expected_form_id: roadId, expected_month: 7 });
    expect(res.status).toBe(200);
    const m = res.body.monitoring;
    expect(m).toMatchObject({ form_id: roadId, month: 7, status: 'draft' });
    expect(m.report.indicators.map((i: { progress_value: string | null }) => i.progress_value)).toEqual(['75', '18', '96', null, null]);
    expect(res.body.rows.filter((r: { ordinal: number | null }) => r.ordinal === null).map((r: { name: string }) => r.name)).toEqual(['养护资金拨付时间']);
    const audit = await t.server.db.selectFrom('audit_events').select(['action']).where('action', '=', 'monitoring.import').execute();
    expect(audit).toHaveLength(1);
    previewed = { version: m.version };
  });

  it('fills the draft on a second import, against the version the preview read', async () => {
    const again = await preview(ROAD, '监控表.xlsx');
    expect(again.body.tables[0].existing).toMatchObject({ status: 'draft', version: previewed.version });
    const stale = await commit(ROAD, '监控表.xlsx', { table: 0, expected_form_id: roadId, expected_month: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    const filled = await commit(ROAD, '监控表.xlsx', { table: 0, expected_form_id: roadId, expected_month: 7, version: previewed.version });
    expect(filled.status).toBe(200);
    expect(filled.body.monitoring.version).toBe((previewed.version ?? 0) + 1);
  });

  it('refuses once the period\'s table is submitted', async () => {
    const list = (await t.request('GET', `/api/forms/${roadId}/monitoring`, { session: editor })).body.items;
    const draft = list[0];
    const submitted = await t.request('POST', `/api/monitoring/${draft.id}/submit`, { session: editor, body: { version: draft.version } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const res = await preview(ROAD, '监控表.xlsx');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('period_submitted');
    expect(res.body.error.message).toContain('已提交');
  });
});

describe('refusals', () => {
  it('says when no approved target of the unit and year matches, and imports once the clerk chooses the project', async () => {
    const res = await preview(READING, '阅读监控表.docx');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('no_matching_target');
    expect(res.body.error.message).toContain('全民阅读推广活动经费');
    const chosen = await preview(READING, '阅读监控表.docx', { form_id: roadId });
    expect(chosen.status).toBe(200);
    expect(chosen.body.tables[0].target.by).toBe('chosen');
    // None of its rows is an indicator of the road project: every one is listed, none dropped.
    expect(chosen.body.tables[0].rows.every((r: { ordinal: number | null }) => r.ordinal === null)).toBe(true);
    expect(chosen.body.tables[0].rows).toHaveLength(5);
  });

  it('refuses months that are not a period the policy monitors', async () => {
    const doc = ['2026年1-5月项目支出绩效运行监控表', '项目名称\t2026年乡村道路养护补助资金', '三级指标\t年度指标值\t1-5月完成值\t全年预计完成值', '养护农村公路里程\t≥120公里\t50公里\t120公里'].join('\n');
    const res = await preview(new TextEncoder().encode(doc), '五月.txt');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('period_not_monitored');
    expect(res.body.error.message).toContain('1–5月');
  });

  it('refuses a document holding no monitoring table, and anyone but the unit editor', async () => {
    const target = '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t养护里程\t≥120公里\n';
    const none = await preview(new TextEncoder().encode(target), '目标表.txt');
    expect(none.status).toBe(422);
    expect(none.body.error.code).toBe('import_failed');
    const byFinance = await preview(ROAD, '监控表.xlsx', {}, finance);
    expect(byFinance.status).toBe(403);
  });
});

/** The Word table with a stored, incompressible image added: a real document as large as a scanned-in one gets. */
function padded(docx: Uint8Array, bytes: number): Uint8Array {
  const entries = unzipSync(docx);
  return zipSync({ ...entries, 'word/media/padding.png': [new Uint8Array(randomBytes(bytes)), { level: 0 }] });
}

describe('a Word table over 1 MB', () => {
  const big = padded(READING, 1.5 * 1024 * 1024);

  it('is read and previewed, and its commit reaches the version check: an upload, not a JSON body', async () => {
    expect(big.length).toBeGreaterThan(JSON_LIMIT);
    const res = await preview(big, '阅读监控表.docx', { form_id: roadId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.tables[0].target.by).toBe('chosen');
    const stale = await commit(big, '阅读监控表.docx', { form_id: roadId, table: 0, expected_form_id: roadId + 1000, expected_month: 6 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('guard: a file over the upload limit is refused with the file-size message', async () => {
    const res = await preview(new Uint8Array(UPLOAD_LIMIT + 1024), '过大.docx');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/20 MB/);
  });
});

describe('the import and its audit entry are one write', () => {
  it('an audit entry that cannot be written leaves no table behind; once it can, both are stored', async () => {
    const fields = { form_id: roadId, table: 0, expected_form_id: roadId, expected_month: 6 };
    const sixMonths = async () => ((await t.request('GET', `/api/forms/${roadId}/monitoring`, { session: editor })).body.items as Array<{ month: number }>).filter((m) => m.month === 6);
    const imports = async () => (await t.server.db.selectFrom('audit_events').select('id').where('action', '=', 'monitoring.import').execute()).length;
    const before = await imports();
    await sql`create function refuse_import_audit() returns trigger language plpgsql as $$ begin
      if new.action = 'monitoring.import' then raise exception 'audit store refused'; end if; return new; end $$`.execute(t.server.db);
    await sql`create trigger refuse_import_audit before insert on audit_events for each row execute function refuse_import_audit()`.execute(t.server.db);
    try {
      const failed = await commit(READING, '阅读监控表.docx', fields);
      expect(failed.status).toBe(500);
      expect(await sixMonths()).toEqual([]);
    } finally {
      await sql`drop trigger refuse_import_audit on audit_events`.execute(t.server.db);
      await sql`drop function refuse_import_audit()`.execute(t.server.db);
    }
    // guard: with the audit store working the same commit writes the table and its entry
    const done = await commit(READING, '阅读监控表.docx', fields);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await sixMonths()).toHaveLength(1);
    expect(await imports()).toBe(before + 1);
  });
});

describe('rows matched by hand in the preview (选择对应指标)', () => {
  // None of the reading table's rows names a road indicator: the clerk pairs two of them by hand, the rest stay out.
  const fields = (matches: unknown, version?: number) => ({ form_id: roadId, table: 0, expected_form_id: roadId, expected_month: 6, version, matches: typeof matches === 'string' ? matches : JSON.stringify(matches) });

  it.each([
    ['an indicator chosen for two rows', [{ row: 0, ordinal: 1 }, { row: 2, ordinal: 1 }], '绩效目标表第 2 个指标被选择了两次'],
    ['a row given two indicators', [{ row: 0, ordinal: 1 }, { row: 0, ordinal: 2 }], '文档第 1 行选择了两次对应指标'],
    ['a field that is no JSON list', 'row 1 → 指标 2', '手工对应应为 JSON 数组'],
  ])('refuses %s before reading the file, in words', async (_l, matches, says) => {
    const res = await commit(READING, '阅读监控表.docx', fields(matches));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toContain(says);
  });

  it('refuses an indicator that is not one of this target\'s, and fills the rows matched by hand, counted in the audit entry', async () => {
    const seen = await preview(READING, '阅读监控表.docx', { form_id: roadId });
    const [table] = seen.body.tables;
    const version: number | undefined = table.existing?.version;
    const foreign = await commit(READING, '阅读监控表.docx', fields([{ row: 0, ordinal: 9 }], version));
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toContain('不是该项目绩效目标表的指标');
    const done = await commit(READING, '阅读监控表.docx', fields([{ row: 0, ordinal: 1 }, { row: 4, ordinal: 4 }], version));
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const { indicators } = done.body.monitoring.report;
    // 阅读推广活动场次 22场 (达成) into 桥梁定期检查座数, 读者满意度 93% into 沿线群众满意度: filled as a matched row is.
    expect(indicators[1]).toMatchObject({ progress_value: '22场', expected_completion: '达成' });
    expect(indicators[4]).toMatchObject({ progress_value: '93%', expected_completion: '达成' });
    expect(done.body.rows.map((r: { by: string | null }) => r.by)).toEqual(['hand', null, null, null, 'hand']);
    const entry = await t.server.db.selectFrom('audit_events').select(['after']).where('action', '=', 'monitoring.import').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.after).toMatchObject({ filled: 2, by_hand: 2 });
  });

  it('previews again with the hand matches as the commit will write them: a row made red shows red, and the change is listed', async () => {
    const before = (await preview(READING, '阅读监控表.docx', { form_id: roadId })).body.tables[0];
    // 养护农村公路里程 (≥120公里) is blank in the stored draft: no light, and the file changes nothing there.
    expect(before.lights.indicators[0].light).toBe('none');
    expect(before.changes).toEqual([]);
    const hand = await preview(READING, '阅读监控表.docx', { form_id: roadId, table: 0, matches: JSON.stringify([{ row: 0, ordinal: 0 }]) });
    expect(hand.status, JSON.stringify(hand.body)).toBe(200);
    const [table] = hand.body.tables;
    expect(table.rows[0]).toMatchObject({ ordinal: 0, by: 'hand', target_name: '养护农村公路里程' });
    // 22 of the 60 due by June: red, in the lights and the project's light the clerk confirms.
    expect(table.report.indicators[0].progress_value).toBe('22场');
    expect(table.lights.indicators[0].light).toBe('red');
    expect(table.lights.project.light).toBe('red');
    expect(table.unfilled.map((u: { row: number }) => u.row)).not.toContain(0);
    expect(table.changes).toEqual(['第 1 行「养护农村公路里程」1至当月完成值：空 → 22场', '第 1 行「养护农村公路里程」是否能完成：空 → 达成']);
    // guard: nothing is written by a preview, hand matches or not.
    const stored = (await t.request('GET', `/api/forms/${roadId}/monitoring`, { session: editor })).body.items.find((m: { month: number }) => m.month === 6);
    expect(stored.version).toBe(before.existing.version);
  });

  it('refuses hand matches sent for no table, and a bad one in the preview as the commit would', async () => {
    const noTable = await preview(READING, '阅读监控表.docx', { form_id: roadId, matches: JSON.stringify([{ row: 0, ordinal: 0 }]) });
    expect(noTable.status).toBe(400);
    expect(noTable.body.error.message).toContain('须同时给出所对应的表');
    const taken = await preview(READING, '阅读监控表.docx', { form_id: roadId, table: 0, matches: JSON.stringify([{ row: 0, ordinal: 1 }, { row: 1, ordinal: 1 }]) });
    expect(taken.status).toBe(400);
    expect(taken.body.error.message).toContain('被选择了两次');
  });

  it('refuses hand matches for a table the document does not have, in the preview as the commit does', async () => {
    const matches = JSON.stringify([{ row: 0, ordinal: 0 }]);
    const missing = await preview(READING, '阅读监控表.docx', { form_id: roadId, table: 1, matches });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'validation_failed', message: '文档中只有 1 张监控表，没有第 2 张' });
    const committed = await commit(READING, '阅读监控表.docx', { form_id: roadId, table: 1, expected_form_id: roadId, expected_month: 6, matches });
    expect(committed.body.error.message).toBe(missing.body.error.message);
    // guard: the document's own table, the same matches, is previewed with them.
    const own = await preview(READING, '阅读监控表.docx', { form_id: roadId, table: 0, matches });
    expect(own.status).toBe(200);
    expect(own.body.tables[0].rows[0]).toMatchObject({ ordinal: 0, by: 'hand' });
  });
});
