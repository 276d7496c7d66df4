import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('500107', '九龙坡区', null);
  await r.org('500107-CZ', '九龙坡区财政局', '500107', 'finance');
  await r.org('500107-U1', '空表单位', '500107-CZ', 'unit');
  await r.user('empty-editor', 'unit_editor', '500107-U1');
  editor = await t.login('empty-editor', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

async function created(kind: string, form?: (blank: Record<string, unknown>) => Record<string, unknown>) {
  const made = await t.request('POST', '/api/forms', { session: editor, body: { kind, org: '500107-U1', fiscal_year: 2026 } });
  expect(made.status).toBe(201);
  if (!form) return made.body as { id: number; version: number };
  const saved = await t.request('PUT', `/api/forms/${made.body.id}`, { session: editor, body: { version: made.body.version, form: form(made.body.form) } });
  expect(saved.status).toBe(200);
  return saved.body as { id: number; version: number };
}

describe('submitting an empty form', () => {
  it.each([
    ['a new project target', 'project_target', undefined, ['项目名称', '至少一项绩效指标']],
    ['a named target without indicators', 'project_target', (f: Record<string, unknown>) => ({ ...f, project_name: '空白项目', budget_total_wan: 10 }), ['至少一项绩效指标']],
    ['a new self-evaluation', 'project_self_evaluation', undefined, ['项目名称', '至少一项绩效指标及其完成值']],
    ['a named self-evaluation without indicators', 'project_self_evaluation', (f: Record<string, unknown>) => ({ ...f, project_name: '空白项目' }), ['至少一项绩效指标及其完成值']],
  ] as const)('refuses %s and says what to fill in', async (_name, kind, fill, words) => {
    const form = await created(kind, fill);
    const res = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: form.version } });
    expect(res.status).toBe(400);
    for (const w of words) expect(res.body.error.message).toContain(w);
    const after = await t.request('GET', `/api/forms/${form.id}`, { session: editor });
    expect(after.body.status).toBe('draft');
  });

  it('still submits a filled-in target', async () => {
    const form = await created('project_target', () => ({ ...cleanProjectTarget('充实项目'), org_code: '500107-U1' }));
    const res = await t.request('POST', `/api/forms/${form.id}/submit`, { session: editor, body: { version: form.version } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('submitted');
  });
});
