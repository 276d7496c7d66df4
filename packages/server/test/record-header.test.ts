import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

/** A target document of another unit, department and year than the record it is stored into. */
const otherUnitsDocument = [
  '2024年度项目支出绩效目标表',
  '项目名称：社区培训',
  '主管部门：某区民政局',
  '实施单位：某区某街道办事处',
  '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位',
  '产出指标\t数量指标\t培训人次\t≥\t300\t人次',
  '产出指标\t质量指标\t培训合格率\t≥\t95\t%',
  '效益指标\t社会效益指标\t业务能力\t定性\t明显提升\t',
  '满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%',
].join('\n');

/** Every cell's text of an xlsx export, and its file name. */
async function exported(path: string, session?: Session) {
  const res = await t.server.app.request(path, session ? { headers: { cookie: session.cookie } } : {});
  expect(res.status).toBe(200);
  const fileName = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const cells: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((c) => { cells.push(c.text); }));
  return { fileName, text: cells.join('\n') };
}

describe('a form stored into a record prints the record\'s unit, department and year', () => {
  let unit: Session;
  let department: Session;
  let finance: Session;

  beforeAll(async () => {
    const r = await setUpRegion(t, 'rh');
    await r.org('RH', '示范区', null);
    await r.org('RH-CZ', '示范区财政局', 'RH', 'finance');
    await r.org('RH-D', '示范区教育委员会', 'RH-CZ', 'department');
    await r.org('RH-DU', '示范区第一实验小学', 'RH-D', 'unit');
    await r.user('rh_unit', 'unit_editor', 'RH-DU');
    await r.user('rh_dept', 'department_reviewer', 'RH-D');
    await r.user('rh_fin', 'finance_reviewer', 'RH-CZ');
    unit = await t.login('rh_unit', 'Passw0rd-test');
    department = await t.login('rh_dept', 'Passw0rd-test');
    finance = await t.login('rh_fin', 'Passw0rd-test');
  });

  it('imports another unit\'s 2024 document into the chosen unit and 2027: view, export and public form follow the record', async () => {
    const preview = await upload(t, unit, 'RH-DU', 2027, new TextEncoder().encode(otherUnitsDocument), 'target.txt');
    expect(preview.status).toBe(201);
    // The confirm screen still sees what the document says (it warns about the mismatch before storing).
    expect(preview.body.forms.map((f: { org: string; fiscal_year: number }) => [f.org, f.fiscal_year])).toEqual([['某区某街道办事处', 2024]]);
    const committed = await t.request('POST', `/api/imports/${preview.body.id}/commit`, { session: unit });
    expect(committed.status).toBe(200);
    const id = committed.body.forms[0].id as number;

    const read = await t.request('GET', `/api/forms/${id}`, { session: unit });
    expect([read.body.fiscal_year, read.body.form.fiscal_year, read.body.form.org, read.body.form.org_code, read.body.form.department]).toEqual([2027, 2027, '示范区第一实验小学', 'RH-DU', '示范区教育委员会']);

    const file = await exported(`/api/forms/${id}/export?format=xlsx`, unit);
    expect(file.text).toContain('2027年度');
    expect(file.text).toContain('示范区第一实验小学');
    expect(file.text).toContain('示范区教育委员会');
    expect(file.text).not.toMatch(/2024|街道办事处|民政局/);
    expect(file.fileName).toContain('示范区第一实验小学');
    expect(file.fileName).toContain('2027');
    expect(file.fileName).not.toContain('2024');

    // The document's own header is not lost: the import event keeps it beside the job that holds the file.
    const event = await t.server.db.selectFrom('audit_events').select('after').where('action', '=', 'form.import').where('entity_id', '=', String(id)).executeTakeFirstOrThrow();
    expect((event.after as { document_header?: unknown }).document_header).toEqual({ org: '某区某街道办事处', department: '某区民政局', fiscal_year: 2024 });
    const job = await t.server.db.selectFrom('import_jobs').select('document').where('id', '=', preview.body.id).executeTakeFirstOrThrow();
    expect((job.document as { forms: Array<{ org: string }> }).forms[0]!.org).toBe('某区某街道办事处');

    let version = read.body.version as number;
    for (const [action, session] of [['submit', unit], ['approve', department], ['approve', finance], ['publish', finance]] as const) {
      const step = await t.request('POST', `/api/forms/${id}/${action}`, { session, body: { version } });
      expect(step.status, action).toBe(200);
      version = step.body.version;
    }
    const open = await t.request('GET', `/api/public/forms/${id}`);
    expect([open.body.org_name, open.body.fiscal_year, open.body.form.org, open.body.form.department, open.body.form.fiscal_year]).toEqual(['示范区第一实验小学', 2027, '示范区第一实验小学', '示范区教育委员会', 2027]);
    expect((await exported(`/api/public/forms/${id}/export?format=xlsx`)).text).not.toMatch(/2024|街道办事处/);
  });

  it.each([
    ['a new form', 'project_target'],
    ['a new department target', 'department_target'],
  ])('creates %s with the record\'s header', async (_label, kind) => {
    const created = await t.request('POST', '/api/forms', { session: unit, body: { kind, org: 'RH-DU', fiscal_year: 2026 } });
    expect(created.status).toBe(201);
    expect([created.body.form.org, created.body.form.department, created.body.form.fiscal_year]).toEqual(['示范区第一实验小学', '示范区教育委员会', 2026]);
  });
});
