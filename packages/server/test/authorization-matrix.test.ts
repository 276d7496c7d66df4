import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_004 = readFileSync(join(import.meta.dirname, '..', 'src', 'seed-data', '004_1accb42d456f302a.txt'));
const upload = () => {
  const body = new FormData();
  body.set('file', new File([SEED_004], '004.txt', { type: 'text/plain' }));
  body.set('org', 'M-U');
  body.set('fiscal_year', '2023');
  return body;
};

/**
 * Every role × every endpoint. Resources live in unit U under department D (region → 财政局 →
 * D → U). `sibling` is the reviewer of department D2 beside D: it must never reach D's data.
 * allowed = a 2xx answer; denied = 401 / 403 / 404 / 409.
 */
const ROLES = ['public', 'unit_editor', 'department_reviewer', 'finance_reviewer', 'evaluator', 'admin', 'sibling'] as const;
type Role = (typeof ROLES)[number];
const USERS: Record<Exclude<Role, 'public'>, string> = {
  unit_editor: 'm_editor',
  department_reviewer: 'm_dept',
  finance_reviewer: 'm_fin',
  evaluator: 'm_eval',
  admin: 'admin',
  sibling: 'm_sibling',
};
const PASSWORD = 'Passw0rd-test';

const ALL: Role[] = [...ROLES];
const SIGNED_IN: Role[] = ROLES.filter((r) => r !== 'public');
const READERS: Role[] = ['unit_editor', 'department_reviewer', 'finance_reviewer', 'admin'];
const EDITORS: Role[] = ['unit_editor', 'finance_reviewer'];
/** A monitoring table is the unit's to fill in and submit; reviewers only answer it (use-cases/monitoring.ts). */
const MONITORING_FILLERS: Role[] = ['unit_editor'];
/** Review comments are the reviewers' (use-cases/workflow.ts COMMENT_ROLES). */
const COMMENTERS: Role[] = ['department_reviewer', 'finance_reviewer'];

let t: TestServer;
const sessions = {} as Record<Role, Session | null>;

async function call(role: Role, method: string, path: string, body?: unknown) {
  return t.request(method, path, { session: sessions[role], ...(body !== undefined ? { body } : {}) });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers are checked field by field in the tests
async function ok(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`fixture step failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A 指标库 entry of region M's own for each role's try: a delete must find it there (shared entries are not a region's to delete). */
async function libraryEntry() {
  const region = await t.server.db.selectFrom('regions').select('id').where('code', '=', 'M').executeTakeFirstOrThrow();
  const row = await t.server.db.insertInto('indicator_library').values({ name: `矩阵指标${++seq}`, level1: null, level2: null, unit: null, comparator: null, typical_target: null, explanation: null, basis_kind: null, keywords: null, spending_class: null, valid_from: null, valid_to: null, source_form_id: null, source_org_id: null, region_id: region.id, overrides_id: null }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A project target in U, taken to the given state by the people whose job it is. */
async function formIn(state: 'draft' | 'submitted' | 'approved' | 'published') {
  const created = await ok(call('unit_editor', 'POST', '/api/forms', { kind: 'project_target', org: 'M-U', fiscal_year: 2026 }));
  let f = await ok(call('unit_editor', 'PUT', `/api/forms/${created.id}`, { version: created.version, form: cleanProjectTarget('矩阵项目') }));
  if (state === 'draft') return f as { id: number; version: number };
  f = await ok(call('unit_editor', 'POST', `/api/forms/${f.id}/submit`, { version: f.version }));
  if (state === 'submitted') return f;
  f = await ok(call('department_reviewer', 'POST', `/api/forms/${f.id}/approve`, { version: f.version }));
  f = await ok(call('finance_reviewer', 'POST', `/api/forms/${f.id}/approve`, { version: f.version }));
  if (state === 'approved') return f;
  return ok(call('finance_reviewer', 'POST', `/api/forms/${f.id}/publish`, { version: f.version }));
}

async function monitoringReport(state: 'draft' | 'submitted') {
  const f = await formIn('approved');
  let m = await ok(call('unit_editor', 'POST', `/api/forms/${f.id}/monitoring`, { month: 6, executed_wan: 20, indicators: [{ row: 0, progress_value: '40' }] }));
  if (state === 'submitted') m = await ok(call('unit_editor', 'POST', `/api/monitoring/${m.id}/submit`, { version: m.version }));
  return m as { id: number; version: number; form_id: number };
}

/**
 * A 2027 target of 矩阵项目 carrying one problem of the project's submitted 2026 self-evaluation (问题整改), made once:
 * answering it is an upsert, so every role's try can use the same draft.
 */
let carried: Promise<{ id: number; key: string }> | null = null;
function rectifiable() {
  carried ??= (async () => {
    const started = await ok(call('unit_editor', 'POST', `/api/forms/${(await formIn('approved')).id}/self-evaluation`, {}));
    const sheet = await ok(call('unit_editor', 'GET', `/api/forms/${started.id}`));
    const form = structuredClone(sheet.form);
    form.budget.executed_wan = form.budget.adjusted_wan ?? form.budget.initial_wan;
    for (const ind of form.indicators) ind.actual = ind.target;
    form.problems = '资金拨付进度偏慢';
    const saved = await ok(call('unit_editor', 'PUT', `/api/forms/${started.id}`, { version: sheet.version, form }));
    await ok(call('unit_editor', 'POST', `/api/forms/${started.id}/submit`, { version: saved.version }));
    const next = await ok(call('unit_editor', 'POST', '/api/forms', { kind: 'project_target', org: 'M-U', fiscal_year: 2027 }));
    await ok(call('unit_editor', 'PUT', `/api/forms/${next.id}`, { version: next.version, form: { ...cleanProjectTarget('矩阵项目'), fiscal_year: 2027 } }));
    const listed = await ok(call('unit_editor', 'GET', `/api/forms/${next.id}/rectification`));
    return { id: next.id as number, key: listed.items[0].key as string };
  })();
  return carried;
}

/** A 1–6月 运行监控表 of 矩阵项目 as a unit sends it, for the target chosen on upload (several 矩阵项目 exist). */
const monitoringUpload = (formId: number, commit: boolean) => () => {
  const doc = ['2026年1-6月项目支出绩效运行监控表', '项目名称\t矩阵项目', '三级指标\t年度指标值\t1-6月完成值\t全年预计完成值', '培训人数\t≥100人\t40人\t100人'].join('\n');
  const body = new FormData();
  body.set('file', new File([new TextEncoder().encode(doc)], '监控表.txt', { type: 'text/plain' }));
  body.set('org', 'M-U');
  body.set('form_id', String(formId));
  if (commit) {
    body.set('table', '0');
    body.set('expected_form_id', String(formId));
    body.set('expected_month', '6');
  }
  return body;
};

const attachmentUpload = () => {
  const body = new FormData();
  body.set('file', new File([new TextEncoder().encode('%PDF-1.7')], '佐证材料.pdf', { type: 'application/pdf' }));
  return body;
};

/** A draft of U with one attachment, fresh for each try (a delete removes it). */
async function attached(): Promise<{ form: number; attachment: number }> {
  const f = await formIn('draft');
  const res = await t.request('POST', `/api/forms/${f.id}/attachments`, { session: sessions.unit_editor, raw: attachmentUpload() });
  if (res.status !== 201) throw new Error(`attach failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { form: f.id, attachment: res.body.items[0].id };
}

let templateId = 0;
async function evaluation() {
  return ok(call('finance_reviewer', 'POST', '/api/evaluations', { template: templateId, org: 'M-D', fiscal_year: 2026, evaluator: USERS.evaluator })) as Promise<{ id: number; version: number }>;
}

let simpleTemplateId = 0;
/** A 部门评价 of D scored in full on a one-row template (so it can be published), published if asked. */
async function finishedEvaluation(published: boolean) {
  if (simpleTemplateId === 0) {
    const template = { id: 'm-publish-tpl', name: '公开矩阵模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };
    simpleTemplateId = (await ok(call('finance_reviewer', 'POST', '/api/evaluation-templates', { template }))).id;
  }
  const e = await ok(call('finance_reviewer', 'POST', '/api/evaluations', { template: simpleTemplateId, org: 'M-D', fiscal_year: 2026 }));
  const scored = await ok(call('finance_reviewer', 'PUT', `/api/evaluations/${e.id}`, { version: e.version, inputs: { 执行数: 90, 预算数: 100 } }));
  if (!published) return scored as { id: number; version: number };
  return ok(call('finance_reviewer', 'POST', `/api/evaluations/${e.id}/publish`, { version: scored.version })) as Promise<{ id: number; version: number }>;
}

interface Case {
  name: string;
  allowed: Role[];
  /** Read-only: one fixture serves every role. */
  shared?: boolean;
  /** Undoes what an allowed request changed, so later cases start from the same world. */
  after?: (role: Role) => Promise<void>;
  /** Builds the request for one role; fixtures made here are fresh for every role. */
  request: (role: Role) => Promise<{ method: string; path: string; body?: unknown; raw?: () => FormData }>;
}

let seq = 0;
const passwordOf = (r: Role) => (r === 'admin' ? ADMIN_PASSWORD : PASSWORD);
const CASES: Case[] = [
  { name: 'POST /api/auth/login', allowed: SIGNED_IN, request: async (r) => ({ method: 'POST', path: '/api/auth/login', body: r === 'public' ? { username: 'nobody', password: 'x' } : { username: USERS[r], password: r === 'admin' ? ADMIN_PASSWORD : PASSWORD } }) },
  { name: 'GET /api/me', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/me' }) },
  { name: 'GET /api/orgs', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/orgs' }) },
  { name: 'PATCH /api/orgs/{code}', allowed: ['admin'], request: async () => ({ method: 'PATCH', path: '/api/orgs/M-D', body: { name: '主管部门甲' } }) },
  { name: 'POST /api/orgs', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/orgs', body: { code: `M-X${++seq}`, name: '新单位', parent: 'M-D', kind: 'unit' } }) },
  { name: 'GET /api/users', allowed: ['admin'], shared: true, request: async () => ({ method: 'GET', path: '/api/users' }) },
  { name: 'POST /api/users', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/users', body: { username: `m_new${++seq}`, password: PASSWORD, role: 'unit_editor', org: 'M-U' } }) },
  {
    name: 'PATCH /api/users/{id}',
    allowed: ['admin'],
    request: async () => {
      const u = await ok(call('admin', 'POST', '/api/users', { username: `m_patch${++seq}`, password: PASSWORD, role: 'unit_editor', org: 'M-U' }));
      return { method: 'PATCH', path: `/api/users/${u.id}`, body: { active: false } };
    },
  },
  {
    name: 'POST /api/users/{id}/password',
    allowed: ['admin'],
    request: async () => {
      const u = await ok(call('admin', 'POST', '/api/users', { username: `m_reset${++seq}`, password: PASSWORD, role: 'unit_editor', org: 'M-U' }));
      return { method: 'POST', path: `/api/users/${u.id}/password`, body: { password: 'Reset-pass-2026' } };
    },
  },
  { name: 'GET /api/forms', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/forms' }) },
  // The list's companions answer within the caller's own reach, as the list does (an evaluator's is published forms).
  { name: 'GET /api/forms/queue-counts', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/forms/queue-counts?fiscal_year=2026' }) },
  { name: 'GET /api/forms/findings-export', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/forms/findings-export?status=submitted' }) },
  { name: 'POST /api/forms', allowed: EDITORS, request: async () => ({ method: 'POST', path: '/api/forms', body: { kind: 'project_target', org: 'M-U', fiscal_year: 2026 } }) },
  { name: 'GET /api/forms/{id}', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await formIn('draft')).id}` }) },
  {
    name: 'PUT /api/forms/{id}',
    allowed: EDITORS,
    request: async () => {
      const f = await formIn('draft');
      return { method: 'PUT', path: `/api/forms/${f.id}`, body: { version: f.version, form: cleanProjectTarget('改名') } };
    },
  },
  {
    name: 'DELETE /api/forms/{id}',
    allowed: [...EDITORS, 'admin'],
    request: async () => {
      const f = await formIn('draft');
      return { method: 'DELETE', path: `/api/forms/${f.id}?version=${f.version}` };
    },
  },
  {
    name: 'POST /api/forms/{id}/restore',
    allowed: [...EDITORS, 'admin'],
    request: async () => {
      const f = await formIn('draft');
      await ok(call('unit_editor', 'DELETE', `/api/forms/${f.id}?version=${f.version}`));
      return { method: 'POST', path: `/api/forms/${f.id}/restore`, body: {} };
    },
  },
  {
    name: 'POST /api/forms/{id}/self-evaluation',
    allowed: EDITORS,
    request: async () => ({ method: 'POST', path: `/api/forms/${(await formIn('approved')).id}/self-evaluation`, body: {} }),
  },
  {
    name: 'PUT /api/forms/{id}/indicators/{ordinal}',
    allowed: EDITORS,
    request: async () => {
      const f = await formIn('draft');
      return { method: 'PUT', path: `/api/forms/${f.id}/indicators/0`, body: { version: f.version, indicator: cleanProjectTarget().indicators[0] } };
    },
  },
  { name: 'GET /api/forms/{id}/rectification', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await rectifiable()).id}/rectification` }) },
  {
    name: 'PUT /api/forms/{id}/rectification',
    allowed: EDITORS,
    request: async () => {
      const { id, key } = await rectifiable();
      return { method: 'PUT', path: `/api/forms/${id}/rectification`, body: { key, status: 'done', note: '已按季度拨付' } };
    },
  },
  { name: 'GET /api/forms/{id}/attachments', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await formIn('draft')).id}/attachments` }) },
  { name: 'POST /api/forms/{id}/attachments', allowed: EDITORS, request: async () => ({ method: 'POST', path: `/api/forms/${(await formIn('draft')).id}/attachments`, raw: attachmentUpload }) },
  {
    name: 'GET /api/forms/{id}/attachments/{attachment}',
    allowed: READERS,
    shared: true,
    request: async () => {
      const { form, attachment } = await attached();
      return { method: 'GET', path: `/api/forms/${form}/attachments/${attachment}` };
    },
  },
  {
    name: 'DELETE /api/forms/{id}/attachments/{attachment}',
    allowed: EDITORS,
    request: async () => {
      const { form, attachment } = await attached();
      return { method: 'DELETE', path: `/api/forms/${form}/attachments/${attachment}` };
    },
  },
  { name: 'GET /api/forms/{id}/export', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await formIn('draft')).id}/export?format=json` }) },
  {
    name: 'POST /api/forms/{id}/submit',
    allowed: EDITORS,
    request: async () => {
      const f = await formIn('draft');
      return { method: 'POST', path: `/api/forms/${f.id}/submit`, body: { version: f.version } };
    },
  },
  {
    name: 'POST /api/forms/{id}/return',
    allowed: ['department_reviewer', 'finance_reviewer'],
    request: async () => {
      const f = await formIn('submitted');
      return { method: 'POST', path: `/api/forms/${f.id}/return`, body: { version: f.version, comment: '请修改' } };
    },
  },
  {
    name: 'POST /api/forms/{id}/approve',
    allowed: ['department_reviewer'],
    request: async () => {
      const f = await formIn('submitted');
      return { method: 'POST', path: `/api/forms/${f.id}/approve`, body: { version: f.version } };
    },
  },
  {
    name: 'POST /api/forms/{id}/publish',
    allowed: ['finance_reviewer'],
    request: async () => {
      const f = await formIn('approved');
      return { method: 'POST', path: `/api/forms/${f.id}/publish`, body: { version: f.version } };
    },
  },
  {
    name: 'POST /api/forms/{id}/unpublish',
    allowed: ['finance_reviewer'],
    request: async () => {
      const f = await formIn('published');
      return { method: 'POST', path: `/api/forms/${f.id}/unpublish`, body: { version: f.version } };
    },
  },
  { name: 'GET /api/forms/{id}/versions', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await formIn('submitted')).id}/versions` }) },
  {
    name: 'GET /api/forms/{id}/diff',
    allowed: READERS,
    request: async () => {
      const f = await formIn('submitted');
      return { method: 'GET', path: `/api/forms/${f.id}/diff?from=${f.version}` };
    },
  },
  { name: 'GET /api/forms/{id}/comments', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await formIn('draft')).id}/comments` }) },
  { name: 'POST /api/forms/{id}/comments', allowed: COMMENTERS, request: async () => ({ method: 'POST', path: `/api/forms/${(await formIn('draft')).id}/comments`, body: { body: '意见', indicator: 0 } }) },
  { name: 'POST /api/imports', allowed: EDITORS, request: async () => ({ method: 'POST', path: '/api/imports', raw: upload }) },
  {
    name: 'POST /api/imports/{id}/commit',
    allowed: EDITORS,
    request: async () => {
      const res = await t.request('POST', '/api/imports', { session: sessions.unit_editor, raw: upload() });
      if (res.status !== 201) throw new Error(`preview failed: ${res.status}`);
      return { method: 'POST', path: `/api/imports/${res.body.id}/commit` };
    },
  },
  { name: 'GET /api/auth/sample-accounts', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: '/api/auth/sample-accounts' }) },
  { name: 'GET /api/public/regions', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: '/api/public/regions' }) },
  { name: 'GET /api/public/forms', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: '/api/public/forms?region=M' }) },
  { name: 'GET /api/public/forms/{id}', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: `/api/public/forms/${(await formIn('published')).id}` }) },
  { name: 'GET /api/public/evaluations', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: '/api/public/evaluations?region=M' }) },
  { name: 'GET /api/public/evaluations/{id}/report', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: `/api/public/evaluations/${(await finishedEvaluation(true)).id}/report` }) },
  { name: 'GET /api/public/forms/{id}/export', allowed: ALL, shared: true, request: async () => ({ method: 'GET', path: `/api/public/forms/${(await formIn('published')).id}/export?format=json` }) },
  { name: 'GET /api/dashboard', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/dashboard' }) },
  { name: 'GET /api/audit/verify', allowed: ['finance_reviewer', 'admin'], request: async () => ({ method: 'GET', path: '/api/audit/verify' }) },
  { name: 'GET /api/audit', allowed: ['admin'], request: async () => ({ method: 'GET', path: '/api/audit' }) },
  { name: 'GET /api/forms/{id}/monitoring', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/forms/${(await monitoringReport('draft')).form_id}/monitoring` }) },
  { name: 'POST /api/forms/{id}/monitoring', allowed: MONITORING_FILLERS, request: async () => ({ method: 'POST', path: `/api/forms/${(await formIn('approved')).id}/monitoring`, body: { month: 7, executed_wan: 10, indicators: [] } }) },
  // The queue answers every reviewer and unit editor, each with its own subtree (monitoring-queue.test.ts checks what each sees).
  {
    name: 'GET /api/monitoring',
    allowed: ['unit_editor', 'department_reviewer', 'finance_reviewer', 'admin', 'sibling'],
    shared: true,
    request: async () => {
      await monitoringReport('submitted');
      return { method: 'GET', path: '/api/monitoring?status=submitted&fiscal_year=2026' };
    },
  },
  { name: 'POST /api/monitoring/imports', allowed: MONITORING_FILLERS, request: async () => ({ method: 'POST', path: '/api/monitoring/imports', raw: monitoringUpload((await formIn('approved')).id, false) }) },
  { name: 'POST /api/monitoring/imports/commit', allowed: MONITORING_FILLERS, request: async () => ({ method: 'POST', path: '/api/monitoring/imports/commit', raw: monitoringUpload((await formIn('approved')).id, true) }) },
  { name: 'GET /api/monitoring/key', allowed: ['department_reviewer', 'finance_reviewer', 'admin', 'sibling'], request: async () => ({ method: 'GET', path: '/api/monitoring/key' }) },
  { name: 'GET /api/monitoring/{id}', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/monitoring/${(await monitoringReport('draft')).id}` }) },
  // Exporting a table is reading it: the same roles.
  { name: 'GET /api/monitoring/{id}/export', allowed: READERS, shared: true, request: async () => ({ method: 'GET', path: `/api/monitoring/${(await monitoringReport('draft')).id}/export?format=xlsx` }) },
  {
    name: 'PUT /api/monitoring/{id}',
    allowed: MONITORING_FILLERS,
    request: async () => {
      const m = await monitoringReport('draft');
      return { method: 'PUT', path: `/api/monitoring/${m.id}`, body: { version: m.version, month: 6, executed_wan: 30, indicators: [] } };
    },
  },
  {
    name: 'POST /api/monitoring/{id}/submit',
    allowed: MONITORING_FILLERS,
    request: async () => {
      const m = await monitoringReport('draft');
      return { method: 'POST', path: `/api/monitoring/${m.id}/submit`, body: { version: m.version } };
    },
  },
  {
    name: 'POST /api/monitoring/{id}/accept',
    allowed: ['department_reviewer', 'finance_reviewer'],
    request: async () => {
      const m = await monitoringReport('submitted');
      return { method: 'POST', path: `/api/monitoring/${m.id}/accept`, body: { version: m.version, decision: '继续拨款' } };
    },
  },
  {
    name: 'POST /api/monitoring/{id}/return',
    allowed: ['department_reviewer', 'finance_reviewer'],
    request: async () => {
      const m = await monitoringReport('submitted');
      return { method: 'POST', path: `/api/monitoring/${m.id}/return`, body: { version: m.version, comment: '请补充' } };
    },
  },
  {
    name: 'POST /api/forms/{id}/score',
    allowed: READERS,
    request: async () => {
      const f = await ok(call('unit_editor', 'POST', '/api/forms', { kind: 'project_self_evaluation', org: 'M-U', fiscal_year: 2026 }));
      return { method: 'POST', path: `/api/forms/${f.id}/score`, body: {} };
    },
  },
  { name: 'GET /api/evaluation-templates', allowed: ['finance_reviewer', 'evaluator', 'admin'], request: async () => ({ method: 'GET', path: '/api/evaluation-templates' }) },
  {
    name: 'POST /api/evaluation-templates',
    allowed: ['finance_reviewer'],
    request: async () => ({
      method: 'POST',
      path: '/api/evaluation-templates',
      body: { template: { id: `m-tpl-${++seq}`, name: '简易模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] } },
    }),
  },
  {
    name: 'PUT /api/evaluation-templates/{id}',
    allowed: ['finance_reviewer'],
    request: async () => {
      const template = { id: `m-tpl-${++seq}`, name: '待修改模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };
      const created = await ok(call('finance_reviewer', 'POST', '/api/evaluation-templates', { template }));
      return { method: 'PUT', path: `/api/evaluation-templates/${created.id}`, body: { version: created.version, template: { ...template, name: '已修改模板' } } };
    },
  },
  {
    name: 'POST /api/evaluation-templates/{id}/archive',
    allowed: ['finance_reviewer'],
    request: async () => {
      const template = { id: `m-tpl-${++seq}`, name: '待归档模板', items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100 }] };
      const created = await ok(call('finance_reviewer', 'POST', '/api/evaluation-templates', { template }));
      return { method: 'POST', path: `/api/evaluation-templates/${created.id}/archive`, body: { version: created.version, archived: true } };
    },
  },
  { name: 'GET /api/evaluations', allowed: ['finance_reviewer', 'evaluator', 'admin'], request: async () => ({ method: 'GET', path: '/api/evaluations' }) },
  { name: 'POST /api/evaluations', allowed: ['finance_reviewer'], request: async () => ({ method: 'POST', path: '/api/evaluations', body: { template: templateId, org: 'M-D', fiscal_year: 2026 } }) },
  { name: 'GET /api/evaluations/{id}', allowed: ['finance_reviewer', 'evaluator', 'admin'], request: async () => ({ method: 'GET', path: `/api/evaluations/${(await evaluation()).id}` }) },
  { name: 'GET /api/evaluations/{id}/report', allowed: ['finance_reviewer', 'evaluator', 'admin'], shared: true, request: async () => ({ method: 'GET', path: `/api/evaluations/${(await evaluation()).id}/report` }) },
  {
    name: 'PUT /api/evaluations/{id}',
    allowed: ['finance_reviewer', 'evaluator'],
    request: async () => {
      const e = await evaluation();
      return { method: 'PUT', path: `/api/evaluations/${e.id}`, body: { version: e.version, inputs: {}, scores: {}, deductions: {} } };
    },
  },
  {
    name: 'POST /api/evaluations/{id}/publish',
    allowed: ['finance_reviewer'],
    request: async () => {
      const e = await finishedEvaluation(false);
      return { method: 'POST', path: `/api/evaluations/${e.id}/publish`, body: { version: e.version } };
    },
  },
  {
    name: 'POST /api/evaluations/{id}/unpublish',
    allowed: ['finance_reviewer'],
    request: async () => {
      const e = await finishedEvaluation(true);
      return { method: 'POST', path: `/api/evaluations/${e.id}/unpublish`, body: { version: e.version } };
    },
  },
  { name: 'GET /api/library', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/library?q=培训' }) },
  {
    name: 'POST /api/forms/{id}/indicators/{ordinal}/promote',
    allowed: ['finance_reviewer'],
    request: async () => {
      const f = await ok(call('unit_editor', 'POST', '/api/forms', { kind: 'project_target', org: 'M-U', fiscal_year: 2026 }));
      const form = cleanProjectTarget('纳入指标库');
      form.indicators[0]!.name = `独有指标${++seq}`;
      let v = await ok(call('unit_editor', 'PUT', `/api/forms/${f.id}`, { version: f.version, form }));
      v = await ok(call('unit_editor', 'POST', `/api/forms/${f.id}/submit`, { version: v.version }));
      v = await ok(call('department_reviewer', 'POST', `/api/forms/${f.id}/approve`, { version: v.version }));
      await ok(call('finance_reviewer', 'POST', `/api/forms/${f.id}/approve`, { version: v.version }));
      return { method: 'POST', path: `/api/forms/${f.id}/indicators/0/promote`, body: { keywords: '培训' } };
    },
  },
  {
    name: 'PUT /api/library/{id}',
    allowed: ['finance_reviewer'],
    request: async () => ({ method: 'PUT', path: `/api/library/${await libraryEntry()}`, body: { keywords: '矩阵' } }),
  },
  { name: 'DELETE /api/library/{id}', allowed: ['finance_reviewer'], request: async () => ({ method: 'DELETE', path: `/api/library/${await libraryEntry()}` }) },
  { name: 'GET /api/fiscal-years', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/fiscal-years' }) },
  { name: 'POST /api/fiscal-years', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/fiscal-years', body: { year: 2100 + ++seq, status: 'open' } }) },
  {
    // 2020 has no forms here: each call flips it (reopens a year the last allowed call closed), so the admin's always applies.
    name: 'PATCH /api/fiscal-years/{year}',
    allowed: ['admin'],
    request: async () => {
      const year = await t.server.db.selectFrom('fiscal_years').select('open').where('year', '=', 2020).executeTakeFirstOrThrow();
      return { method: 'PATCH', path: '/api/fiscal-years/2020', body: { open: !year.open, reason: '矩阵测试' } };
    },
  },
  { name: 'GET /api/policies/{region}/{year}', allowed: SIGNED_IN, shared: true, request: async () => ({ method: 'GET', path: '/api/policies/M/2026' }) },
  { name: 'PUT /api/policies/{region}/{year}', allowed: ['admin'], request: async () => ({ method: 'PUT', path: '/api/policies/M/2026', body: { policy: { minSatisfaction: 85 } } }) },
  { name: 'POST /api/policies/{region}/{year}/preview', allowed: ['admin'], request: async () => ({ method: 'POST', path: '/api/policies/M/2026/preview', body: { policy: { minSatisfaction: 85 } } }) },
  {
    name: 'POST /api/me/password',
    allowed: SIGNED_IN,
    request: async (r) => ({ method: 'POST', path: '/api/me/password', body: { current: passwordOf(r), password: 'Changed-pass-99' } }),
    after: async (r) => {
      if (r !== 'public') await ok(call(r, 'POST', '/api/me/password', { current: 'Changed-pass-99', password: passwordOf(r) }));
    },
  },
  {
    name: 'POST /api/auth/logout',
    allowed: SIGNED_IN,
    request: async () => ({ method: 'POST', path: '/api/auth/logout' }),
  },
];

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('M', '矩阵区', null);
  await r.org('M-CZ', '矩阵区财政局', 'M', 'finance');
  await r.org('M-D', '主管部门甲', 'M-CZ', 'department');
  await r.org('M-U', '预算单位甲', 'M-D', 'unit');
  await r.org('M-D2', '主管部门乙', 'M-CZ', 'department');
  await r.user(USERS.unit_editor, 'unit_editor', 'M-U');
  await r.user(USERS.department_reviewer, 'department_reviewer', 'M-D');
  await r.user(USERS.finance_reviewer, 'finance_reviewer', 'M-CZ');
  await r.user(USERS.evaluator, 'evaluator', null);
  await r.user(USERS.sibling, 'department_reviewer', 'M-D2');
  sessions.public = null;
  for (const role of SIGNED_IN) sessions[role] = await t.login(USERS[role as Exclude<Role, 'public'>], role === 'admin' ? ADMIN_PASSWORD : PASSWORD);
  const templates = await call('finance_reviewer', 'GET', '/api/evaluation-templates');
  templateId = templates.body.items[0].id;
});

afterAll(async () => {
  await t?.stop();
});

describe('authorisation matrix: every role × every endpoint', () => {
  it('covers every endpoint of the OpenAPI document', async () => {
    const doc = (await t.request('GET', '/api/openapi.json')).body;
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
    const covered = new Set(CASES.map((c) => c.name));
    const uncovered = documented.filter((d) => !covered.has(d));
    expect(uncovered).toEqual([]);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const table: Record<string, string> = {};
      const expected: Record<string, string> = {};
      const shared = c.shared ? await c.request('public') : null;
      for (const role of ROLES) {
        // Logout ends the session: each role logs out a fresh one.
        const session = c.name === 'POST /api/auth/logout' && role !== 'public' ? await t.login(USERS[role as Exclude<Role, 'public'>], role === 'admin' ? ADMIN_PASSWORD : PASSWORD) : sessions[role];
        const req = shared ?? (await c.request(role));
        const res = await t.request(req.method, req.path, { session, ...(req.body !== undefined ? { body: req.body } : {}), ...(req.raw ? { raw: req.raw() } : {}) });
        table[role] = res.status < 300 ? 'allow' : [401, 403, 404, 409, 503].includes(res.status) ? 'deny' : `unexpected ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
        expected[role] = c.allowed.includes(role) ? 'allow' : 'deny';
        if (res.status < 300) await c.after?.(role);
      }
      expect(table).toEqual(expected);
    });
  }
});
