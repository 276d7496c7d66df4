import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, upload, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';
import ExcelJS from 'exceljs';

let t: TestServer;
let admin: Session;
let editor: Session;
let reviewer: Session;
let formId: number;
let formVersion: number;

// A workbook with one sheet and nothing on it, as Excel saves a new file.
const EMPTY_XLSX = await (async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sheet1');
  return new Uint8Array(await book.xlsx.writeBuffer());
})();
const INJECTIONS = ["'; DROP TABLE users; --", '<script>alert(1)</script>', '" OR 1=1 --', '\u0000'.replace('\u0000', '%00'), '${process.env}', '../../etc/passwd'];

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('B', '输入区', null);
  await r.org('B-CZ', '输入区财政局', 'B', 'finance');
  await r.org('B-U', '输入单位', 'B-CZ', 'unit');
  await r.user('bad_editor', 'unit_editor', 'B-U');
  editor = await t.login('bad_editor', 'Passw0rd-test');
  await r.user('bad_fin', 'finance_reviewer', 'B-CZ');
  reviewer = await t.login('bad_fin', 'Passw0rd-test');
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'B-U', fiscal_year: 2026 } });
  formId = created.body.id;
  formVersion = created.body.version;
});

afterAll(async () => {
  await t?.stop();
});

async function count(table: 'users' | 'orgs' | 'forms') {
  const row = await t.server.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('malformed requests', () => {
  it('answers malformed JSON with 400 and a Chinese message', async () => {
    const res = await t.request('POST', '/api/orgs', { session: admin, raw: '{"code": "X1", "name": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformed_json');
    expect(res.body.error.message).toMatch(/JSON/);
  });

  it('names the field of a wrong type', async () => {
    const res = await t.request('POST', '/api/orgs', { session: admin, body: { code: 123, name: '单位', parent: 'B' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toMatch(/字段「code」应为文本/);
  });

  it('rejects unknown fields in bodies, in nested forms and in query strings', async () => {
    const before = await count('orgs');
    const org = await t.request('POST', '/api/orgs', { session: admin, body: { code: 'X2', name: '单位', parent: 'B', admin: true } });
    expect(org.status).toBe(400);
    expect(org.body.error.message).toMatch(/不允许的字段：admin/);
    expect(await count('orgs')).toBe(before);
    const form = { ...cleanProjectTarget(), secret: 1 };
    const put = await t.request('PUT', `/api/forms/${formId}`, { session: editor, body: { version: formVersion, form } });
    expect(put.status).toBe(400);
    const withIndicatorExtra = cleanProjectTarget();
    (withIndicatorExtra.indicators[0] as Record<string, unknown>).hack = 'x';
    expect((await t.request('PUT', `/api/forms/${formId}`, { session: editor, body: { version: formVersion, form: withIndicatorExtra } })).status).toBe(400);
    const query = await t.request('GET', '/api/forms?evil=1', { session: editor });
    expect(query.status).toBe(400);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const huge = { code: 'X3', name: 'x'.repeat(1_200_000), parent: 'B' };
    const res = await t.request('POST', '/api/orgs', { session: admin, body: huge });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('refuses a non-JSON content type on a JSON route', async () => {
    const res = await t.request('POST', '/api/orgs', { session: admin, raw: 'code=X4', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error).toBeDefined();
  });

  it('refuses bad path and query values', async () => {
    expect((await t.request('GET', '/api/forms/abc', { session: editor })).status).toBe(400);
    expect((await t.request('GET', '/api/forms/-1', { session: editor })).status).toBe(400);
    expect((await t.request('GET', '/api/forms?status=bogus', { session: editor })).status).toBe(400);
    expect((await t.request('GET', `/api/forms/${formId}/export?format=exe`, { session: editor })).status).toBe(400);
    expect((await t.request('GET', '/api/forms/999999', { session: editor })).status).toBe(404);
  });

  it('refuses an upload that is not multipart, and one without a file', async () => {
    expect((await t.request('POST', '/api/imports', { session: editor, body: { file: 'x' } })).status).toBe(415);
    const form = new FormData();
    form.set('org', 'B-U');
    form.set('fiscal_year', '2026');
    const res = await t.server.app.request('/api/imports', { method: 'POST', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, body: form });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/file/);
  });
});

describe('injection strings', () => {
  it.each([
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), /旧版 Word\/Excel 格式.*另存为 \.docx\/\.xlsx/],
    ['photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(1)]), /是图片/],
    ['empty.csv', new Uint8Array(0), /是空的/],
    ['notes.txt', new TextEncoder().encode('本文件只有一段说明文字，没有任何表格。\n'), /没有识别到绩效表单：请确认/],
    // The reader's own reason comes first, once (not three lines that all say "no data").
    ['blank.xlsx', EMPTY_XLSX, /没有识别到绩效表单：工作表“Sheet1”是空的；文件“blank\.xlsx”中没有包含数据的工作表$/],
  ])('refuses an unreadable upload (%s) with the importer’s own Chinese reason', async (name, bytes, reason) => {
    const res = await upload(t, editor, 'B-U', 2026, bytes, name);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('import_failed');
    expect(res.body.error.message).toMatch(reason);
    expect(res.body.error.message).toContain(name);
    expect(res.body.error.details?.warnings ?? []).toEqual([]);
  });

  it('refuses them where the field has a format (codes, usernames)', async () => {
    const users = await count('users');
    const orgs = await count('orgs');
    for (const s of INJECTIONS) {
      expect((await t.request('POST', '/api/orgs', { session: admin, body: { code: s, name: '单位', parent: 'B' } })).status).toBe(400);
      expect((await t.request('POST', '/api/users', { session: admin, body: { username: s, password: 'Passw0rd-test', role: 'evaluator', org: null } })).status).toBe(400);
      expect((await t.request('POST', '/api/auth/login', { body: { username: s, password: s } })).status).toBe(401);
      expect((await t.request('GET', `/api/forms?org=${encodeURIComponent(s)}`, { session: editor })).status).toBe(404);
    }
    expect(await count('users')).toBe(users);
    expect(await count('orgs')).toBe(orgs);
  });

  it('stores them verbatim where free text is legitimate, and reads them back unchanged', async () => {
    let version = formVersion;
    for (const s of INJECTIONS) {
      const form = cleanProjectTarget(s);
      form.goal = s;
      form.indicators[0]!.description = s;
      const put = await t.request('PUT', `/api/forms/${formId}`, { session: editor, body: { version, form } });
      expect(put.status).toBe(200);
      version = put.body.version;
      const read = await t.request('GET', `/api/forms/${formId}`, { session: editor });
      expect(read.body.form.project_name).toBe(s);
      expect(read.body.form.goal).toBe(s);
      expect(read.body.form.indicators[0].description).toBe(s);
      const list = await t.request('GET', `/api/forms?q=${encodeURIComponent(s)}`, { session: editor });
      expect(list.status).toBe(200);
      expect(list.body.items.map((i: { id: number }) => i.id)).toEqual([formId]);
      const org = await t.request('POST', '/api/orgs', { session: admin, body: { code: `INJ${INJECTIONS.indexOf(s)}`, name: s, parent: 'B' } });
      expect(org.status).toBe(201);
      expect(org.body.name).toBe(s);
      const comment = await t.request('POST', `/api/forms/${formId}/comments`, { session: reviewer, body: { body: s } });
      expect(comment.status).toBe(201);
      const lib = await t.request('GET', `/api/library?q=${encodeURIComponent(s)}`, { session: editor });
      expect(lib.status).toBe(200);
    }
    expect(await count('users')).toBeGreaterThan(0);
    const comments = await t.request('GET', `/api/forms/${formId}/comments`, { session: editor });
    expect(comments.body.items.map((c: { body: string }) => c.body)).toEqual(INJECTIONS);
    // JSON answers are never sniffed as HTML.
    const read = await t.request('GET', `/api/forms/${formId}`, { session: editor });
    expect(read.headers.get('content-type')).toMatch(/application\/json/);
  });
});
