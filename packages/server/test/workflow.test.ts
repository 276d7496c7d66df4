import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import type { ProjectSelfEvaluation } from '@jixiao/core';
import { cleanProjectTarget, projectSheetScoring98 } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;
let deptReviewer: Session;
let otherEditor: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('500106', '沙坪坝区', null);
  await r.org('500106-CZ', '沙坪坝区财政局', '500106', 'finance');
  await r.org('500106-U1', '测试单位', '500106-CZ', 'unit');
  await r.org('500106-D1', '区教委', '500106-CZ', 'department');
  await r.org('500106-D1-U1', '区第一中学', '500106-D1', 'unit');
  await r.user('editor1', 'unit_editor', '500106-U1');
  await r.user('editor2', 'unit_editor', '500106-D1-U1');
  await r.user('finance1', 'finance_reviewer', '500106-CZ');
  await r.user('dept1', 'department_reviewer', '500106-D1');
  editor = await t.login('editor1', 'Passw0rd-test');
  otherEditor = await t.login('editor2', 'Passw0rd-test');
  finance = await t.login('finance1', 'Passw0rd-test');
  deptReviewer = await t.login('dept1', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

async function newForm(session: Session, org: string, name: string) {
  const created = await t.request('POST', '/api/forms', { session, body: { kind: 'project_target', org, fiscal_year: 2026 } });
  expect(created.status).toBe(201);
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: { ...cleanProjectTarget(name) } } });
  expect(saved.status).toBe(200);
  return saved.body as { id: number; version: number };
}

describe('target workflow over HTTP', () => {
  it('submits, returns with an indicator comment, resubmits, approves, publishes, and freezes versions', async () => {
    const form = await newForm(editor, '500106-U1', '培训经费');
    const submitted = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: form.version } });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // The editor cannot approve its own form; the reviewer of a sibling department cannot see it.
    expect((await t.request('POST', `/api/forms/${form.id}/approve`, { session: editor, body: { version: submitted.body.version } })).status).toBe(403);
    expect((await t.request('GET', `/api/forms/${form.id}`, { session: deptReviewer })).status).toBe(404);

    const returned = await t.request('POST', `/api/forms/${form.id}/return`, {
      session: finance,
      body: { version: submitted.body.version, comment: '请补充指标依据', indicator_comments: [{ ordinal: 1, body: '合格率目标偏低' }] },
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    const comments = await t.request('GET', `/api/forms/${form.id}/comments`, { session: editor });
    expect(comments.body.items.map((c: { indicator: number | null; body: string }) => [c.indicator, c.body])).toEqual([
      [null, '请补充指标依据'],
      [1, '合格率目标偏低'],
    ]);

    const current = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    const changed = structuredClone(current.body.form);
    changed.indicators[1].target = '98';
    const resaved = await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: current.body.version, form: changed } });
    expect(resaved.status).toBe(200);
    const again = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: resaved.body.version } });
    expect(again.status).toBe(200);
    const approved = await t.request('POST', `/api/forms/${form.id}/approve`, { session: finance, body: { version: again.body.version } });
    expect(approved.body.status).toBe('approved');
    const published = await t.request('POST', `/api/forms/${form.id}/publish`, { session: finance, body: { version: approved.body.version } });
    expect(published.body.status).toBe('published');

    const versions = await t.request('GET', `/api/forms/${form.id}/versions`, { session: finance });
    expect(versions.body.items.map((v: { reason: string }) => v.reason)).toEqual(['submit', 'submit', 'approve']);
    const first = versions.body.items[0].version;
    const second = versions.body.items[1].version;
    const diff = await t.request('GET', `/api/forms/${form.id}/diff?from=${first}&to=${second}`, { session: finance });
    expect(diff.status).toBe(200);
    expect(diff.body.header).toEqual([]);
    expect(diff.body.indicators.changed).toEqual([{ ordinal: 1, name: '培训合格率', fields: [{ field: 'target', before: '95', after: '98' }] }]);

    // Published: editing is closed.
    const late = await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: published.body.version, form: changed } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid_transition');
  });

  it('returns on the row comments the reviewer wrote while reading, and refuses a return with no reason at all', async () => {
    const form = await newForm(editor, '500106-U1', '批注退回');
    // Review comments are the reviewers': a unit is refused, before and after submitting, with what to do instead.
    const own = await t.request('POST', `/api/forms/${form.id}/comments`, { session: editor, body: { indicator: 0, body: '单位说明：已按上年标准' } });
    expect([own.status, own.body.error.code]).toEqual([403, 'forbidden']);
    expect(own.body.error.message).toContain('重新提交');
    const submitted = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: form.version } });
    expect(submitted.status).toBe(200);
    const bare = await t.request('POST', `/api/forms/${form.id}/return`, { session: finance, body: { version: submitted.body.version } });
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain('退回时请填写退回意见');
    expect((await t.request('POST', `/api/forms/${form.id}/comments`, { session: editor, body: { body: '请尽快审核' } })).status).toBe(403);

    expect((await t.request('POST', `/api/forms/${form.id}/comments`, { session: finance, body: { indicator: 1, body: '合格率目标偏低，请提高到95%' } })).status).toBe(201);
    const returned = await t.request('POST', `/api/forms/${form.id}/return`, { session: finance, body: { version: submitted.body.version } });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    // The reviewer's comment is now part of the 退回 decision, and the unit reads it.
    const comments = (await t.request('GET', `/api/forms/${form.id}/comments`, { session: editor })).body.items as Array<{ body: string; review_id: number | null }>;
    expect(comments.map((c) => c.body)).toEqual(['合格率目标偏低，请提高到95%']);
    expect(comments[0]!.review_id).not.toBeNull();

    // The next round starts empty: once resubmitted, the comments already decided are no reason for another 退回.
    const resubmitted = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: returned.body.version } });
    expect(resubmitted.status).toBe(200);
    expect((await t.request('POST', `/api/forms/${form.id}/return`, { session: finance, body: { version: resubmitted.body.version } })).status).toBe(400);
  });

  it('rejects a stale write with 409, the current version and the rejected body', async () => {
    const form = await newForm(editor, '500106-U1', '档案数字化');
    const a = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    const first = structuredClone(a.body.form);
    first.goal = '第一次修改';
    expect((await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: a.body.version, form: first } })).status).toBe(200);
    const second = structuredClone(a.body.form);
    second.goal = '基于旧版本的修改';
    const stale = await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: a.body.version, form: second } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.error.details.current_version).toBe(a.body.version + 1);
    expect(stale.body.error.details.current.goal).toBe('第一次修改');
    expect(stale.body.error.details.rejected.goal).toBe('基于旧版本的修改');
    const now = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    expect(now.body.form.goal).toBe('第一次修改');
  });

  it('saves one indicator row with a version check', async () => {
    const form = await newForm(editor, '500106-U1', '指标保存');
    const row = { level1: '产出指标', level2: '数量指标', name: '培训人数', weight: 30, unit: '人', comparator: '>=', target: '120', basis: '计划标准' };
    const ok = await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: editor, body: { version: form.version, indicator: row } });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(form.version + 1);
    const stale = await t.request('PUT', `/api/forms/${form.id}/indicators/0`, { session: editor, body: { version: form.version, indicator: row } });
    expect(stale.status).toBe(409);
    const read = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    expect(read.body.form.indicators[0].target).toBe('120');
  });

  it('blocks submission with review errors (422 and the findings)', async () => {
    const form = await newForm(editor, '500106-U1', '错误表单');
    const read = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    const bad = structuredClone(read.body.form);
    bad.indicators[0].weight = 5; // weights no longer total 90
    const saved = await t.request('PUT', `/api/forms/${form.id}`, { session: editor, body: { version: read.body.version, form: bad } });
    expect(saved.status).toBe(200);
    expect(saved.body.findings.some((f: { code: string; severity: string }) => f.code === 'weights' && f.severity === 'error')).toBe(true);
    const submit = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: saved.body.version } });
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('review_errors');
    expect(submit.body.error.details.findings.length).toBeGreaterThan(0);
  });

  it('routes a unit under a department through department review first', async () => {
    const form = await newForm(otherEditor, '500106-D1-U1', '校舍维修');
    const submitted = await t.request('POST', `/api/forms/${form.id}/submit`, { session: otherEditor, body: { version: form.version } });
    expect(submitted.body.status).toBe('submitted');
    const early = await t.request('POST', `/api/forms/${form.id}/approve`, { session: finance, body: { version: submitted.body.version } });
    expect(early.status).toBe(409);
    const dept = await t.request('POST', `/api/forms/${form.id}/approve`, { session: deptReviewer, body: { version: submitted.body.version } });
    expect(dept.body.status).toBe('department_approved');
    const fin = await t.request('POST', `/api/forms/${form.id}/approve`, { session: finance, body: { version: dept.body.version } });
    expect(fin.body.status).toBe('approved');
    // The unit editor in the other branch never sees it.
    expect((await t.request('GET', `/api/forms/${form.id}`, { session: editor })).status).toBe(404);
    const list = await t.request('GET', '/api/forms', { session: editor });
    expect(list.body.items.every((i: { org: string }) => i.org === '500106-U1')).toBe(true);
  });

  it('keeps an intact audit chain and detects tampering', async () => {
    const admin = await t.admin();
    const verified = await t.request('GET', '/api/audit/verify', { session: admin });
    expect(verified.status).toBe(200);
    expect(verified.body.ok).toBe(true);
    expect(verified.body.events).toBeGreaterThan(10);
    const victim = await t.server.db.selectFrom('audit_events').select(['id', 'after']).where('action', '=', 'form.save').orderBy('id').executeTakeFirstOrThrow();
    await t.server.db.updateTable('audit_events').set({ actor_name: 'mallory' }).where('id', '=', victim.id).execute();
    const broken = await t.request('GET', '/api/audit/verify', { session: admin });
    expect(broken.body.ok).toBe(false);
    expect(broken.body.firstBroken.id).toBe(victim.id);
    await t.server.db.updateTable('audit_events').set({ actor_name: 'editor1' }).where('id', '=', victim.id).execute();
    expect((await t.request('GET', '/api/audit/verify', { session: admin })).body.ok).toBe(true);
  });

  it('shows the public only published forms, without login', async () => {
    const pub = await t.request('GET', '/api/public/forms?region=500106');
    expect(pub.status).toBe(200);
    expect(pub.body.items.length).toBe(1);
    expect(pub.body.items[0].project_name).toBe('培训经费');
    const one = await t.request('GET', `/api/public/forms/${pub.body.items[0].id}`);
    expect(one.body.form.project_name).toBe('培训经费');
    const regions = await t.request('GET', '/api/public/regions');
    expect(regions.body.items).toEqual([{ code: '500106', name: '沙坪坝区', published: 1 }]);
  });
});

describe('self-evaluation submission and the target\'s own definition', () => {
  // A sheet carried from its target with a row defined badly (≥ before a word: not_numeric on the row's 指标值, an error the
  // self-evaluation page cannot change), filled in by the clerk as the rules score it.
  async function sheetWithTargetError(score: number) {
    const sheet = projectSheetScoring98('目标定义有误项目', 2025) as ProjectSelfEvaluation;
    sheet.indicators[0] = { ...sheet.indicators[0]!, target: '较好', unit: '人次', actual: '较好', score };
    sheet.total_score = 8 + score + 45;
    sheet.budget = { ...sheet.budget!, reason: '部分采购合同年底签订，资金次年支付' };
    const created = await t.request('POST', '/api/forms', { session: editor, body: { kind: 'project_self_evaluation', org: '500106-U1', fiscal_year: 2025 } });
    expect(created.status).toBe(201);
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: editor, body: { version: created.body.version, form: sheet } });
    expect(saved.status).toBe(200);
    return saved.body as { id: number; version: number; findings: Array<{ code: string; severity: string; row: number | null; field: string | null }> };
  }

  it('submits when its only errors are the target\'s definition, and they stay on the sheet for the reviewer', async () => {
    const saved = await sheetWithTargetError(45);
    const errors = saved.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.row === 0 && f.field === 'target')).toBe(true);
    const submit = await t.request('POST', `/api/forms/${saved.id}/submit`, { session: editor, body: { version: saved.version } });
    expect(submit.status).toBe(200);
    const read = await t.request('GET', `/api/forms/${saved.id}`, { session: finance });
    expect(read.body.findings.some((f: { field: string | null; severity: string }) => f.field === 'target' && f.severity === 'error')).toBe(true);
  });

  it('still refuses one whose clerk-made errors remain (a 自评分 above its 分值)', async () => {
    const saved = await sheetWithTargetError(50);
    expect(saved.findings.some((f) => f.severity === 'error' && f.field === 'score')).toBe(true);
    const submit = await t.request('POST', `/api/forms/${saved.id}/submit`, { session: editor, body: { version: saved.version } });
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe('review_errors');
  });
});
