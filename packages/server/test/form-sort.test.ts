import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let editor: Session;
let finance: Session;

interface Item {
  id: number;
  project_name: string | null;
  org_name: string;
  fiscal_year: number;
  status: string;
  budget_total_wan: number | null;
  errors: number;
  warnings: number;
  infos: number;
  updated_at: string;
}

// Names, budgets and years with ties and blanks, so the order needs its id tie-break and nulls rule.
const FORMS: { name: string | null; budget: number | null; year: number; org: string; submit?: boolean }[] = [
  { name: '乙项目', budget: 50, year: 2026, org: 'SO-U1' },
  { name: '甲项目', budget: 120.5, year: 2025, org: 'SO-U2' },
  { name: '乙项目', budget: 50, year: 2026, org: 'SO-U2', submit: true },
  { name: null, budget: null, year: 2026, org: 'SO-U1' },
  { name: 'A 项目', budget: 8, year: 2027, org: 'SO-U1', submit: true },
  { name: '丙项目', budget: 50, year: 2025, org: 'SO-U2' },
  { name: null, budget: null, year: 2025, org: 'SO-U2' },
  { name: '甲项目', budget: 3000, year: 2026, org: 'SO-U1' },
  { name: '丁项目', budget: 0, year: 2026, org: 'SO-U1', submit: true },
  { name: '乙项目', budget: 50, year: 2027, org: 'SO-U1' },
];

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('SO', '排序区', null);
  await r.org('SO-CZ', '排序区财政局', 'SO', 'finance');
  await r.org('SO-U1', '排序单位甲', 'SO-CZ', 'unit');
  await r.org('SO-U2', '排序单位乙', 'SO-CZ', 'unit');
  await r.user('so_fin', 'finance_reviewer', 'SO-CZ');
  await r.user('so_editor', 'unit_editor', 'SO-U1');
  finance = await t.login('so_fin', 'Passw0rd-test');
  editor = await t.login('so_editor', 'Passw0rd-test');
  for (const f of FORMS) {
    t.clock.advance(60_000);
    const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org: f.org, fiscal_year: f.year } });
    if (f.name === null) continue;
    const form = { ...cleanProjectTarget(f.name), fiscal_year: f.year, budget_total_wan: f.budget };
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form } });
    expect(saved.status).toBe(200);
    if (f.submit) expect((await t.request('POST', `/api/forms/${created.body.id}/submit`, { session: finance, body: { version: saved.body.version } })).status).toBe(200);
  }
});

afterAll(async () => {
  await t?.stop();
});

async function list(query: string, session = finance): Promise<{ items: Item[]; total: number }> {
  const res = await t.request('GET', `/api/forms?${query}`, { session });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Every page of a sorted list, concatenated. */
async function allPages(query: string, size: number): Promise<Item[]> {
  const out: Item[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await list(`${query}&limit=${size}&offset=${offset}`);
    out.push(...page.items);
    if (page.items.length < size) return out;
  }
}

const codePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const STATUS_RANK = ['draft', 'returned', 'submitted', 'department_approved', 'approved', 'accepted', 'published'];

/** The order the server promises: key in the given direction, nulls last, then id the same way. */
function expected(items: Item[], key: (i: Item) => string | number | null, order: 'asc' | 'desc'): number[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...items]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) {
        if (ka !== kb) return ka === null ? 1 : -1;
      } else if (ka !== kb) {
        return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : codePoint(String(ka), String(kb)));
      }
      return sign * (a.id - b.id);
    })
    .map((i) => i.id);
}

const KEYS: [string, (i: Item) => string | number | null][] = [
  ['project_name', (i) => i.project_name],
  ['budget_total_wan', (i) => i.budget_total_wan],
  ['fiscal_year', (i) => i.fiscal_year],
  ['org', (i) => i.org_name],
  ['status', (i) => STATUS_RANK.indexOf(i.status)],
  ['updated_at', (i) => Date.parse(i.updated_at)],
  // 审核发现: errors, then warnings, then infos (counts stay far below 1000).
  ['errors', (i) => i.errors * 1e6 + i.warnings * 1e3 + i.infos],
  ['warnings', (i) => i.warnings * 1e3 + i.infos],
];

describe('server-side sorting of GET /api/forms', () => {
  it('defaults to id order', async () => {
    const ids = (await list('limit=1000')).items.map((i) => i.id);
    expect(ids).toHaveLength(FORMS.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  for (const [key, keyOf] of KEYS) {
    for (const order of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${order}, nulls last, ties by id, and pages of 3 join up to the whole list`, async () => {
        const whole = (await list(`sort=${key}&order=${order}&limit=1000`)).items;
        expect(whole.map((i) => i.id)).toEqual(expected(whole, keyOf, order));
        const paged = await allPages(`sort=${key}&order=${order}`, 3);
        expect(paged.map((i) => i.id)).toEqual(whole.map((i) => i.id));
      });
    }
  }

  it('sorts within filters and the actor’s scope, with the same total', async () => {
    const res = await list('sort=budget_total_wan&order=desc&status=draft&limit=2', editor);
    expect(res.total).toBe(FORMS.filter((f) => f.org === 'SO-U1' && !f.submit).length);
    expect(res.items.map((i) => i.budget_total_wan)).toEqual([3000, 50]);
  });

  it('lists the stored review\'s error and warning counts, and sorts by them', async () => {
    const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org: 'SO-U1', fiscal_year: 2026 } });
    const clean = cleanProjectTarget('戊项目');
    const form = { ...clean, fiscal_year: 2026, indicators: clean.indicators.map((ind, k) => (k === 0 ? { ...ind, unit: null, weight: 70 } : ind)) };
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form } });
    expect(saved.status).toBe(200);
    const severities = (saved.body.findings as { severity: string }[]).map((f) => f.severity);
    const errors = severities.filter((x) => x === 'error').length;
    const warnings = severities.filter((x) => x === 'warning').length;
    expect(errors).toBeGreaterThan(0);
    const items = (await list('sort=errors&order=desc&limit=1000')).items;
    expect(items[0]).toMatchObject({ id: created.body.id, errors, warnings });
    expect(items.slice(1).every((i) => i.errors === 0 && Number.isInteger(i.warnings))).toBe(true);
  });

  it('rejects unknown columns and directions with a Chinese 400 naming the choices', async () => {
    for (const query of ['sort=password_hash', 'sort=f.id;drop table forms', 'sort=PROJECT_NAME', 'order=up', 'sort=id&order=DESC', 'sort=']) {
      const res = await t.request('GET', `/api/forms?${query.replace(/ /g, '%20').replace(/;/g, '%3B')}`, { session: finance });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(/字段「(sort|order)」取值无效，应为：/);
    }
  });

  it('breaks a tie in errors by warnings: with no errors anywhere, 审核发现 still puts the most warnings first', async () => {
    // A vague target (较好) is a warning, not an error.
    const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org: 'SO-U2', fiscal_year: 2026 } });
    const clean = cleanProjectTarget('己项目');
    const form = { ...clean, indicators: clean.indicators.map((ind, k) => (k === 1 ? { ...ind, comparator: 'qualitative' as const, target: '较好', unit: null } : ind)) };
    const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form } });
    expect(saved.status).toBe(200);
    // A newer form with no findings, so id order alone would put it first.
    const later = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org: 'SO-U2', fiscal_year: 2026 } });
    expect((await t.request('PUT', `/api/forms/${later.body.id}`, { session: finance, body: { version: later.body.version, form: cleanProjectTarget('庚项目') } })).status).toBe(200);
    const items = (await list('sort=errors&order=desc&limit=1000')).items.filter((i) => i.errors === 0);
    expect(items[0]?.id).toBe(created.body.id);
    const warnings = items.map((i) => i.warnings);
    expect(new Set(warnings).size, 'the fixture needs forms with different warning counts').toBeGreaterThan(1);
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));
  });

  it('lists the public forms newest publication first unless asked otherwise', async () => {
    const ids: number[] = [];
    for (const name of ['先公开', '后公开']) {
      const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org: 'SO-U1', fiscal_year: 2024 } });
      let f = (await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form: { ...cleanProjectTarget(name), fiscal_year: 2024 } } })).body;
      for (const action of ['submit', 'approve', 'publish']) {
        t.clock.advance(60_000);
        f = (await t.request('POST', `/api/forms/${f.id}/${action}`, { session: finance, body: { version: f.version } })).body;
        expect(f.status).not.toBe(undefined);
      }
      ids.push(f.id);
    }
    const byDefault = (await t.request('GET', '/api/public/forms?fiscal_year=2024', {})).body.items.map((i: { id: number }) => i.id);
    expect(byDefault).toEqual([...ids].reverse());
    const oldestFirst = (await t.request('GET', '/api/public/forms?fiscal_year=2024&sort=published_at', {})).body.items.map((i: { id: number }) => i.id);
    expect(oldestFirst).toEqual(ids);
  });

  it('sorts the public list over its own columns', async () => {
    const res = await t.request('GET', '/api/public/forms?sort=published_at&order=desc', {});
    expect(res.status).toBe(200);
    const bad = await t.request('GET', '/api/public/forms?sort=status', {});
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('published_at');
  });
});
