import { createHash } from 'node:crypto';
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
  ({ editor, finance } = await setUpUnitAndFinance(t, 'AT', { region: '附件区', finance: '附件区财政局', unit: '附件单位' }));
  ({ editor: stranger } = await setUpUnitAndFinance(t, 'AU', { region: '邻区', finance: '邻区财政局', unit: '邻区单位' }));
});

afterAll(async () => {
  await t?.stop();
});

async function draft(name: string): Promise<{ id: number; version: number }> {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: 'AT-U', fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return { id: created.body.id, version: saved.body.version };
}

async function attach(session: Session, formId: number, name: string, bytes: Uint8Array, note?: string) {
  const body = new FormData();
  body.set('file', new File([bytes as unknown as BlobPart], name, { type: 'application/x-anything' }));
  if (note !== undefined) body.set('note', note);
  const res = await t.server.app.request(`/api/forms/${formId}/attachments`, { method: 'POST', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf }, body });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field in the tests
  return { status: res.status, body: (await res.json()) as any };
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('附件 (佐证材料) of a form', () => {
  it('takes a file from the editor, lists it to every reader, serves it back byte for byte and removes it', async () => {
    const form = await draft('附件项目');
    const pdf = bytesOf('%PDF-1.7 立项批复 …');
    const added = await attach(editor, form.id, '立项批复.pdf', pdf, ' 区发改委批复 ');
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.editable).toBe(true);
    expect(added.body.items).toEqual([expect.objectContaining({
      file_name: '立项批复.pdf', content_type: 'application/pdf', size: pdf.byteLength, note: '区发改委批复', uploaded_by: 'at_editor',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    })]);
    const id = added.body.items[0].id as number;

    const listed = await t.request('GET', `/api/forms/${form.id}/attachments`, { session: finance });
    expect(listed.body.items.map((i: { file_name: string }) => i.file_name)).toEqual(['立项批复.pdf']);
    const res = await t.server.app.request(`/api/forms/${form.id}/attachments/${id}`, { headers: { cookie: finance.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment;');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);

    const removed = await t.request('DELETE', `/api/forms/${form.id}/attachments/${id}`, { session: editor });
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(removed.body.items).toEqual([]);
    expect((await t.request('DELETE', `/api/forms/${form.id}/attachments/${id}`, { session: editor })).status).toBe(404);
    const audit = await t.server.db.selectFrom('audit_events').select(['action']).where('entity_id', '=', String(form.id)).where('action', 'like', 'form.attachment.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['form.attachment.add', 'form.attachment.remove']);
    expect((await verifyAuditChain(t.server.db)).ok).toBe(true);
  });

  it.each<[string, string, Uint8Array, number, string]>([
    ['a program', 'tool.exe', bytesOf('MZ'), 400, '不支持的附件类型'],
    ['an empty file', '说明.docx', new Uint8Array(0), 400, '空文件'],
    ['a file over 20 MB', '扫描件.pdf', new Uint8Array(20 * 1024 * 1024 + 1), 400, '超过 20 MB'],
  ])('refuses %s and says what to do', async (_why, name, bytes, status, words) => {
    const form = await draft(`拒收${name}`);
    const refused = await attach(editor, form.id, name, bytes);
    expect(refused.status).toBe(status);
    expect(refused.body.error.message).toContain(words);
    expect((await t.request('GET', `/api/forms/${form.id}/attachments`, { session: editor })).body.items).toEqual([]);
  });

  it('keeps a submitted form\'s files as the reviewer saw them, and shows them to nobody outside the tree', async () => {
    const form = await draft('已提交附件项目');
    const added = await attach(editor, form.id, '测算依据.xlsx', bytesOf('PK…'));
    const id = added.body.items[0].id as number;
    const submitted = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: form.version } });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect((await t.request('GET', `/api/forms/${form.id}/attachments`, { session: finance })).body.editable).toBe(false);
    expect((await attach(editor, form.id, '补充.pdf', bytesOf('%PDF'))).status).toBe(409);
    expect((await t.request('DELETE', `/api/forms/${form.id}/attachments/${id}`, { session: editor })).status).toBe(409);
    // Another region's clerk learns nothing, not even that the form exists.
    expect((await t.request('GET', `/api/forms/${form.id}/attachments`, { session: stranger })).status).toBe(404);
    expect((await t.server.app.request(`/api/forms/${form.id}/attachments/${id}`, { headers: { cookie: stranger.cookie } })).status).toBe(404);
    expect((await attach(stranger, form.id, 'x.pdf', bytesOf('%PDF'))).status).toBe(404);
    // An attachment is asked for through its own form only.
    const other = await draft('另一张表');
    expect((await t.server.app.request(`/api/forms/${other.id}/attachments/${id}`, { headers: { cookie: editor.cookie } })).status).toBe(404);
  });
});
