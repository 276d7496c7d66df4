import { FORMS_FORMAT, formSchema, type Form } from '@jixiao/core';

/**
 * A finance reviewer's season in one region-year: ~300 submitted project targets from a dozen units, loaded the way
 * units send them (import of a jixiao.forms/v1 document, then 提交 of each form). Works over any fetch-like transport:
 * the server app's `request` in server tests, `fetch` against a started server in browser tests.
 */
export type Transport = (path: string, init?: RequestInit) => Promise<Response>;

export const VOLUME_PASSWORD = 'Passw0rd-volume';

export interface VolumeOptions {
  /** Code prefix of the region's orgs (distinct per test file sharing a database). */
  prefix: string;
  units?: number;
  formsPerUnit?: number;
  fiscalYear?: number;
  adminPassword: string;
}

export interface Volume {
  regionCode: string;
  financeCode: string;
  unitCodes: string[];
  /** The finance reviewer's login (password VOLUME_PASSWORD). */
  finance: string;
  /** Ids of the submitted forms, in load order. */
  formIds: number[];
  /** Project names of the forms carrying a `direction` warning (日常公用经费 with a floor). */
  directionWarned: string[];
  /** Project names of the forms carrying a `satisfaction` warning (a 满意度 floor below 90%). */
  satisfactionWarned: string[];
}

type Call = (method: string, path: string, body?: unknown) => Promise<unknown>;

async function session(transport: Transport, username: string, password: string): Promise<{ call: Call; upload: (org: string, year: number, bytes: Uint8Array, name: string) => Promise<{ id: string }> }> {
  const login = await transport('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login ${username}: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const auth = { cookie, 'x-csrf-token': csrfToken };
  const answer = async (method: string, path: string, res: Response) => {
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 300)}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  return {
    call: async (method, path, body) =>
      answer(method, path, await transport(path, { method, headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })),
    upload: async (org, year, bytes, name) => {
      const form = new FormData();
      form.set('file', new File([bytes as unknown as BlobPart], name, { type: 'application/json' }));
      form.set('org', org);
      form.set('fiscal_year', String(year));
      return (await answer('POST', '/api/imports', await transport('/api/imports', { method: 'POST', headers: auth, body: form }))) as { id: string };
    },
  };
}

const SUBJECTS = ['乡村道路养护', '农村饮水安全', '基层干部培训', '社区养老服务', '中小学校舍维修', '公共文化活动', '河道综合治理', '食品安全抽检', '就业技能培训', '森林防火巡护'];

/**
 * The n-th form of a unit: a project target that passes every error rule (so it can be submitted), every third with a
 * `direction` warning and every fifth with a `satisfaction` warning, so the queue has findings to filter and sort by.
 */
export function volumeForm(unit: number, n: number, year: number): { form: Form; name: string; direction: boolean; satisfaction: boolean } {
  const name = `${SUBJECTS[(unit + n) % SUBJECTS.length]}项目（${String(unit + 1).padStart(2, '0')}-${String(n + 1).padStart(3, '0')}）`;
  const direction = n % 3 === 0;
  const satisfaction = n % 5 === 0;
  const row = (level1: string, level2: string, rowName: string, weight: number, comparator: string, target: string, unitText: string) => ({ level1, level2, name: rowName, weight, comparator, target, unit: unitText, basis: '计划标准' });
  const form = formSchema.parse({
    kind: 'project_target',
    fiscal_year: year,
    org: `单位${unit + 1}`,
    project_name: name,
    budget_total_wan: 20 + ((unit * 37 + n * 11) % 180),
    goal: `完成${name}年度任务，提升服务质量。`,
    indicators: [
      row('产出指标', '数量指标', '完成任务数', 20, '>=', String(10 + (n % 40)), '项'),
      row('产出指标', '质量指标', '验收合格率', 20, '>=', '95', '%'),
      direction ? row('成本指标', '经济成本指标', '日常公用经费', 10, '>=', '8', '万元') : row('成本指标', '经济成本指标', '日常公用经费', 10, '<=', '8', '万元'),
      row('效益指标', '社会效益指标', '服务覆盖率', 20, '>=', '90', '%'),
      row('满意度指标', '服务对象满意度指标', '服务对象满意度', 20, '>=', satisfaction ? '85' : '92', '%'),
    ],
  });
  return { form, name, direction, satisfaction };
}

/** Sets up the region (财政局 and `units` units under it, an editor each, one finance reviewer) and loads the forms. */
export async function loadReviewVolume(transport: Transport, options: VolumeOptions): Promise<Volume> {
  const { prefix, units = 12, formsPerUnit = 25, fiscalYear = 2026 } = options;
  const admin = await session(transport, 'admin', options.adminPassword);
  const regionCode = `${prefix}`;
  const financeCode = `${prefix}-CZ`;
  await admin.call('POST', '/api/orgs', { code: regionCode, name: '某县', parent: null, kind: 'region' });
  await admin.call('POST', '/api/orgs', { code: financeCode, name: '某县财政局', parent: regionCode, kind: 'finance' });
  const finance = `${prefix.toLowerCase()}_fin`;
  await admin.call('POST', '/api/users', { username: finance, password: VOLUME_PASSWORD, role: 'finance_reviewer', org: financeCode, must_change_password: false });
  const volume: Volume = { regionCode, financeCode, unitCodes: [], finance, formIds: [], directionWarned: [], satisfactionWarned: [] };
  for (let u = 0; u < units; u += 1) {
    const code = `${prefix}-U${String(u + 1).padStart(2, '0')}`;
    await admin.call('POST', '/api/orgs', { code, name: `某县第${u + 1}预算单位`, parent: financeCode, kind: 'unit' });
    const editorName = `${prefix.toLowerCase()}_ed${u + 1}`;
    await admin.call('POST', '/api/users', { username: editorName, password: VOLUME_PASSWORD, role: 'unit_editor', org: code, must_change_password: false });
    volume.unitCodes.push(code);
    const editor = await session(transport, editorName, VOLUME_PASSWORD);
    const made = Array.from({ length: formsPerUnit }, (_, n) => volumeForm(u, n, fiscalYear));
    for (const m of made) {
      if (m.direction) volume.directionWarned.push(m.name);
      if (m.satisfaction) volume.satisfactionWarned.push(m.name);
    }
    const document = { format: FORMS_FORMAT, source: null, forms: made.map((m) => m.form), warnings: [] };
    const preview = await editor.upload(code, fiscalYear, new TextEncoder().encode(JSON.stringify(document)), `${code}.json`);
    const committed = (await editor.call('POST', `/api/imports/${preview.id}/commit`)) as { forms: { id: number }[] };
    for (const f of committed.forms) {
      const read = (await editor.call('GET', `/api/forms/${f.id}`)) as { version: number };
      await editor.call('POST', `/api/forms/${f.id}/submit`, { version: read.version });
      volume.formIds.push(f.id);
    }
  }
  return volume;
}
