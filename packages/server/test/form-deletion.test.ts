import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedReviewData } from '../src/use-cases/stored-review';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let admin: Session;
let editor: Session;
let otherEditor: Session;
let finance: Session;
let deptReviewer: Session;
let evaluator: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('DL', '删除区', null);
  await r.org('DL-CZ', '删除区财政局', 'DL', 'finance');
  await r.org('DL-D', '删除区教委', 'DL-CZ', 'department');
  await r.org('DL-U', '删除区第一中学', 'DL-D', 'unit');
  await r.org('DL-U2', '删除区第二中学', 'DL-D', 'unit');
  await r.user('dl_editor', 'unit_editor', 'DL-U');
  await r.user('dl_editor2', 'unit_editor', 'DL-U2');
  await r.user('dl_fin', 'finance_reviewer', 'DL-CZ');
  await r.user('dl_dept', 'department_reviewer', 'DL-D');
  await r.user('dl_eval', 'evaluator', null);
  editor = await t.login('dl_editor', 'Passw0rd-test');
  otherEditor = await t.login('dl_editor2', 'Passw0rd-test');
  finance = await t.login('dl_fin', 'Passw0rd-test');
  deptReviewer = await t.login('dl_dept', 'Passw0rd-test');
  evaluator = await t.login('dl_eval', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

async function draft(name: string, session = editor, org = 'DL-U') {
  const created = await t.request('POST', '/api/forms', { session, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: cleanProjectTarget(name) } });
  expect(saved.status).toBe(200);
  return saved.body as { id: number; version: number; status: string };
}

const del = (session: Session | null, id: number, version: number) => t.request('DELETE', `/api/forms/${id}?version=${version}`, { session });
const restore = (session: Session | null, id: number) => t.request('POST', `/api/forms/${id}/restore`, { session, body: {} });
const listIds = async (session: Session, query = '') => {
  const res = await t.request('GET', `/api/forms?limit=1000${query}`, { session });
  expect(res.status).toBe(200);
  return { ids: (res.body.items as { id: number }[]).map((i) => i.id), total: res.body.total as number };
};
const auditActions = async (id: number) =>
  (await t.server.db.selectFrom('audit_events').select('action').where('entity', '=', 'form').where('entity_id', '=', String(id)).orderBy('id').execute()).map((r) => r.action);

describe('deleting a mistaken draft (soft delete)', () => {
  it('hides a deleted draft from lists, counts and reads, says it was deleted, and restores it as it was', async () => {
    const form = await draft('误建项目');
    const before = await listIds(editor);
    const dashBefore = (await t.request('GET', '/api/dashboard', { session: editor })).body;
    expect(before.ids).toContain(form.id);

    const deleted = await del(editor, form.id, form.version);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: form.id, status: 'draft', version: form.version + 1 });
    expect(typeof deleted.body.deleted_at).toBe('string');

    const after = await listIds(editor);
    expect(after.ids).not.toContain(form.id);
    expect(after.total).toBe(before.total - 1);
    expect((await listIds(finance, '&status=draft')).ids).not.toContain(form.id);
    const dashAfter = (await t.request('GET', '/api/dashboard', { session: editor })).body;
    expect(dashAfter.counts_by_status.draft ?? 0).toBe((dashBefore.counts_by_status.draft ?? 0) - 1);

    // A direct read says what happened, in Chinese, with a code of its own.
    const read = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    expect(read.status).toBe(410);
    expect(read.body.error.code).toBe('form_deleted');
    expect(read.body.error.message).toContain('已于 2026-03-01 16:00（北京时间）由 dl_editor 删除');
    expect(read.body.error.details).toMatchObject({ id: form.id, deleted_by: 'dl_editor', restorable: true });
    // Everything that reads the form treats it as gone: export, save, row save, submit, comments.
    expect((await t.request('GET', `/api/forms/${form.id}/export?format=json`, { session: editor })).status).toBe(410);
    expect((await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: deleted.body.version, form: cleanProjectTarget('改') } })).status).toBe(410);
    expect((await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: editor, body: { version: deleted.body.version, indicator: cleanProjectTarget().indicators[0] } })).status).toBe(410);
    expect((await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: deleted.body.version } })).status).toBe(410);
    expect((await t.request('GET', `/api/forms/${form.id}/comments`, { session: editor })).status).toBe(410);
    // Someone outside the form's subtree learns nothing about it.
    const outside = await t.request('GET', `/api/forms/${form.id}`, { session: otherEditor });
    expect(outside.status).toBe(404);
    expect(outside.body.error.code).toBe('not_found');
    // A reviewer in scope is told, but may not restore.
    const reviewerRead = await t.request('GET', `/api/forms/${form.id}`, { session: deptReviewer });
    expect(reviewerRead.status).toBe(410);
    expect(reviewerRead.body.error.details.restorable).toBe(false);
    expect(reviewerRead.body.error.message).toContain('联系本单位填报人员或管理员');
    // The 回收站: only deleted forms, for those who may restore them.
    const bin = await t.request('GET', '/api/forms?deleted=only&sort=deleted_at&order=desc', { session: editor });
    expect(bin.status).toBe(200);
    expect(bin.body.items.map((i: { id: number }) => i.id)).toEqual([form.id]);
    expect(bin.body.items[0].deleted_at).toBe(deleted.body.deleted_at);
    expect((await t.request('GET', '/api/forms?deleted=only', { session: deptReviewer })).status).toBe(403);
    expect((await t.request('GET', '/api/forms?deleted=only', { session: otherEditor })).body.total).toBe(0);
    // Deleting again answers that it is already deleted.
    expect((await del(editor, form.id, deleted.body.version)).status).toBe(410);

    const restored = await restore(editor, form.id);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: form.id, status: 'draft', version: form.version + 2 });
    const reread = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    expect(reread.status).toBe(200);
    expect(reread.body.form.project_name).toBe('误建项目');
    expect(reread.body.form.indicators).toHaveLength(4);
    expect((await listIds(editor)).ids).toContain(form.id);
    expect((await restore(editor, form.id)).status).toBe(409);
    expect(await auditActions(form.id)).toEqual(['form.create', 'form.save', 'form.delete', 'form.restore']);
    const chain = await t.request('GET', '/api/audit/verify', { session: finance });
    expect(chain.body.ok).toBe(true);
  });

  it('deletes only forms nobody is reviewing: draft and returned yes; submitted, approved, published no', async () => {
    const returned = await draft('退回后删除');
    let f = (await t.request('POST', `/api/forms/${returned.id}/submit`, { session: editor, body: { version: returned.version } })).body;
    const submittedDelete = await del(editor, f.id, f.version);
    expect(submittedDelete.status).toBe(409);
    expect(submittedDelete.body.error.code).toBe('invalid_transition');
    expect(submittedDelete.body.error.message).toContain('只有草稿或被退回的表单可以删除');
    f = (await t.request('POST', `/api/forms/${f.id}/return`, { session: deptReviewer, body: { version: f.version, comment: '项目重复' } })).body;
    expect(f.status).toBe('returned');
    expect((await del(editor, f.id, f.version)).status).toBe(200);
    // Restored, it is back where it was: returned, with its review history.
    expect((await restore(editor, f.id)).body.status).toBe('returned');
    expect((await t.request('GET', `/api/forms/${f.id}/comments`, { session: editor })).body.items).toHaveLength(1);

    const published = await draft('已公开项目');
    let p = (await t.request('POST', `/api/forms/${published.id}/submit`, { session: editor, body: { version: published.version } })).body;
    p = (await t.request('POST', `/api/forms/${p.id}/approve`, { session: deptReviewer, body: { version: p.version } })).body;
    p = (await t.request('POST', `/api/forms/${p.id}/approve`, { session: finance, body: { version: p.version } })).body;
    expect((await del(admin, p.id, p.version)).status).toBe(409);
    p = (await t.request('POST', `/api/forms/${p.id}/publish`, { session: finance, body: { version: p.version } })).body;
    expect((await del(admin, p.id, p.version)).status).toBe(409);
    expect((await t.request('GET', `/api/public/forms/${p.id}`)).status).toBe(200);
  });

  it('lets the unit editor, finance and admin delete and restore; not a reviewer, evaluator, another unit or the public', async () => {
    const form = await draft('权限项目');
    const denied: [Session | null, number][] = [
      [null, 401],
      [evaluator, 404],
      [otherEditor, 404],
      [deptReviewer, 403],
    ];
    for (const [session, status] of denied) expect((await del(session, form.id, form.version)).status).toBe(status);
    // An old version is refused: the clerk confirms deleting what they saw.
    const stale = await del(editor, form.id, form.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    let version = form.version;
    for (const session of [editor, finance, admin]) {
      const d = await del(session, form.id, version);
      expect(d.status).toBe(200);
      for (const [other, status] of denied) expect((await restore(other, form.id)).status).toBe(status);
      const r = await restore(session, form.id);
      expect(r.status).toBe(200);
      version = r.body.version;
    }
    expect((await t.request('GET', `/api/forms/${form.id}`, { session: editor })).body.version).toBe(version);
  });

  it('leaves a deleted form out of the review’s peer comparison and the public pages', async () => {
    const peer = await draft('同类项目', otherEditor, 'DL-U2');
    const org = await t.server.db.selectFrom('orgs').select(['id', 'region_id']).where('code', '=', 'DL-U').executeTakeFirstOrThrow();
    const scope = { orgId: org.id, regionId: org.region_id, fiscalYear: 2026 };
    const indicators = cleanProjectTarget().indicators;
    const peersOf = async () => (await storedReviewData(t.server.db, scope, indicators)).peers.filter((p) => p.org === 'DL-U2');
    expect((await peersOf()).length).toBeGreaterThan(0);
    expect((await del(otherEditor, peer.id, peer.version)).status).toBe(200);
    expect(await peersOf()).toEqual([]);
    const regions = (await t.request('GET', '/api/public/regions')).body.items as { code: string; published: number }[];
    expect(regions.find((r) => r.code === 'DL')?.published).toBe(1);
  });
});
