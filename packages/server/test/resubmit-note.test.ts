import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

// 修改说明: a unit answers the reviewer's comments when it resubmits a returned form (units write no review comments).

let t: TestServer;
let editor: Session;
let otherEditor: Session;
let deptUnitEditor: Session;
let finance: Session;

interface Comment { id: number; indicator: number | null; indicator_name: string | null; body: string; review_id: number | null; reply_to: number | null; reply: string | null; author: string }

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('500106', '沙坪坝区', null);
  await r.org('500106-CZ', '沙坪坝区财政局', '500106', 'finance');
  await r.org('500106-D1', '区教委', '500106-CZ', 'department');
  await r.org('500106-D1-U1', '区第一中学', '500106-D1', 'unit');
  await r.org('500106-U2', '其他单位', '500106-CZ', 'unit');
  await r.user('editor1', 'unit_editor', '500106-D1-U1');
  await r.user('editor2', 'unit_editor', '500106-U2');
  await r.user('deptunit', 'unit_editor', '500106-D1');
  await r.user('finance1', 'finance_reviewer', '500106-CZ');
  editor = await t.login('editor1', 'Passw0rd-test');
  otherEditor = await t.login('editor2', 'Passw0rd-test');
  deptUnitEditor = await t.login('deptunit', 'Passw0rd-test');
  finance = await t.login('finance1', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

const comments = async (id: number, session: Session) => (await t.request('GET', `/api/forms/${id}/comments`, { session })).body.items as Comment[];
const version = async (id: number) => (await t.request('GET', `/api/forms/${id}`, { session: editor })).body.version as number;

/** A project target of the unit, submitted and returned by finance with two comments (one on the form, one on row 2). */
async function returnedForm(name: string) {
  const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_target', org: '500106-D1-U1', fiscal_year: 2026 } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: cleanProjectTarget(name) } });
  const id = saved.body.id as number;
  const first = await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: saved.body.version, note: '首次提交' } });
  // Nothing to answer on a first submission: a 修改说明 goes with a resubmission after 退回.
  expect(first.status).toBe(400);
  expect(first.body.error.message).toContain('退回后重新提交');
  const submitted = await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: saved.body.version } });
  expect(submitted.status).toBe(200);
  const returned = await t.request('POST', `/api/forms/${id}/return`, {
    session: finance,
    body: { version: submitted.body.version, comment: '请补充指标依据', indicator_comments: [{ ordinal: 1, body: '合格率目标偏低' }] },
  });
  expect(returned.status).toBe(200);
  const [whole, row] = await comments(id, editor);
  return { id, whole: whole!, row: row! };
}

describe('修改说明 on resubmit', () => {
  it('stores the unit\'s answers with the resubmission; the reviewer sees them by the comments they answer; a later 退回 keeps them', async () => {
    const { id, whole, row } = await returnedForm('教师培训');
    const again = await t.request('POST', `/api/forms/${id}/submit`, {
      session: editor,
      body: { version: await version(id), replies: [{ comment: whole.id, changed: true }, { comment: row.id, changed: false, body: '合格率按省定标准 95% 设定，不宜再提高' }], note: '已补充指标依据，见附件' },
    });
    expect(again.status).toBe(200);

    const seen = await comments(id, finance);
    const replies = seen.filter((c) => c.reply !== null);
    expect(replies.map((c) => [c.reply, c.reply_to, c.indicator, c.indicator_name, c.body, c.author])).toEqual([
      ['changed', whole.id, null, null, '已修改', 'editor1'],
      ['kept', row.id, 1, row.indicator_name, '合格率按省定标准 95% 设定，不宜再提高', 'editor1'],
      ['note', null, null, null, '已补充指标依据，见附件', 'editor1'],
    ]);
    // They belong to the submit step, so they are no open comments a 退回 could take as its reasons.
    expect(new Set(replies.map((c) => c.review_id)).size).toBe(1);
    expect(replies[0]!.review_id).not.toBeNull();
    const noReason = await t.request('POST', `/api/forms/${id}/return`, { session: finance, body: { version: await version(id) } });
    expect(noReason.status).toBe(400);

    // The form's history: the audit event of the resubmission records the answers.
    const audit = await t.server.db.selectFrom('audit_events').select('after').where('entity', '=', 'form').where('entity_id', '=', String(id)).where('action', '=', 'form.submit').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ note: '已补充指标依据，见附件', replies: [{ comment: whole.id, changed: true }, { comment: row.id, changed: false }] });

    // The versions list says which step froze each version, so the 版本对比 finds the answers beside the resubmitted one.
    const versions = (await t.request('GET', `/api/forms/${id}/versions`, { session: finance })).body.items as Array<{ version: number; reason: string; review_id: number | null }>;
    expect(versions.map((v) => v.reason)).toEqual(['submit', 'submit']);
    expect(versions[1]).toMatchObject({ version: again.body.version, review_id: replies[0]!.review_id });
    expect(versions[0]!.review_id).not.toBeNull();
    expect(versions[0]!.review_id).not.toBe(replies[0]!.review_id);

    const returnedAgain = await t.request('POST', `/api/forms/${id}/return`, { session: finance, body: { version: await version(id), comment: '理由不充分' } });
    expect(returnedAgain.status).toBe(200);
    const after = await comments(id, editor);
    expect(after.filter((c) => c.reply !== null).map((c) => [c.reply, c.review_id])).toEqual(replies.map((c) => [c.reply, c.review_id]));
    expect(after.at(-1)).toMatchObject({ body: '理由不充分', reply: null });
  });

  it.each([
    ['finance, who may submit, writes no 修改说明', () => finance, (c: { whole: Comment }) => ({ note: '财政代为说明', replies: [{ comment: c.whole.id, changed: true }] }), 403, '填报单位'],
    ['the department\'s unit editor is not the form\'s unit', () => deptUnitEditor, () => ({ note: '主管部门说明' }), 403, '填报单位'],
    ['another unit does not see the form', () => otherEditor, () => ({ note: '其他单位' }), 404, '不存在'],
    ['未修改 needs its reason', () => editor, (c: { row: Comment }) => ({ replies: [{ comment: c.row.id, changed: false }] }), 400, '理由'],
    ['a comment answered twice', () => editor, (c: { row: Comment }) => ({ replies: [{ comment: c.row.id, changed: true }, { comment: c.row.id, changed: true }] }), 400, '只能答复一次'],
    ['a comment of no reviewer on this form', () => editor, () => ({ replies: [{ comment: 999_999, changed: true }] }), 400, '不存在'],
  ] as const)('refused: %s', async (_name, who, body, status, message) => {
    const c = await returnedForm('修改说明权限');
    const res = await t.request('POST', `/api/forms/${c.id}/submit`, { session: who(), body: { version: await version(c.id), ...body(c) } });
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(message);
    expect((await comments(c.id, editor)).filter((x) => x.reply !== null)).toEqual([]);
  });

  it('an answer is no review comment: a unit still cannot write one, and an answer cannot be answered', async () => {
    const { id, row } = await returnedForm('答复不是意见');
    expect((await t.request('POST', `/api/forms/${id}/comments`, { session: editor, body: { body: '单位说明' } })).status).toBe(403);
    await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: await version(id), replies: [{ comment: row.id, changed: true, body: '已改为 98%' }] } });
    const answer = (await comments(id, editor)).find((c) => c.reply === 'changed')!;
    expect(answer.body).toBe('已改为 98%');
    await t.request('POST', `/api/forms/${id}/return`, { session: finance, body: { version: await version(id), comment: '再改' } });
    const res = await t.request('POST', `/api/forms/${id}/submit`, { session: editor, body: { version: await version(id), replies: [{ comment: answer.id, changed: true }] } });
    expect(res.status).toBe(400);
  });
});
