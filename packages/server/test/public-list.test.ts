import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';
import { cleanProjectTarget } from './sample-forms';

let t: TestServer;
let finance: Session;

interface Item {
  id: number;
  project_name: string | null;
  org_name: string;
  region: string;
  fiscal_year: number;
  published_at: string | null;
}

// Published forms in two units, with names that share words, a literal % and _, and one
// draft and one deleted form that the public must never see or count.
const PUBLISHED: { name: string; org: string; year: number }[] = [
  { name: '城区道路维修', org: 'PL-U1', year: 2026 },
  { name: '农村道路硬化', org: 'PL-U2', year: 2026 },
  { name: '学校食堂改造', org: 'PL-U1', year: 2025 },
  { name: '覆盖率100%提升工程', org: 'PL-U2', year: 2026 },
  { name: '1000户改厕', org: 'PL-U1', year: 2026 },
  { name: 'A_B 试点', org: 'PL-U2', year: 2026 },
  { name: '道路照明', org: 'PL-U2', year: 2025 },
];

async function createForm(name: string, org: string, year: number) {
  const created = await t.request('POST', '/api/forms', { session: finance, body: { kind: 'project_target', org, fiscal_year: year } });
  const saved = await t.request('PUT', `/api/forms/${created.body.id}`, { session: finance, body: { version: created.body.version, form: { ...cleanProjectTarget(name), fiscal_year: year } } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body as { id: number; version: number };
}

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('PL', '公开区', null);
  await r.org('PL-CZ', '公开区财政局', 'PL', 'finance');
  await r.org('PL-U1', '公开区交通局', 'PL-CZ', 'unit');
  await r.org('PL-U2', '公开区教育局', 'PL-CZ', 'unit');
  await r.user('pl_fin', 'finance_reviewer', 'PL-CZ');
  finance = await t.login('pl_fin', 'Passw0rd-test');
  for (const f of PUBLISHED) {
    t.clock.advance(60_000);
    let p = await createForm(f.name, f.org, f.year);
    for (const action of ['submit', 'approve', 'publish']) {
      const res = await t.request('POST', `/api/forms/${p.id}/${action}`, { session: finance, body: { version: p.version } });
      expect(res.status, `${action} ${JSON.stringify(res.body)}`).toBe(200);
      p = res.body;
    }
  }
  await createForm('道路草稿', 'PL-U1', 2026);
  const gone = await createForm('道路已删除', 'PL-U1', 2026);
  expect((await t.request('DELETE', `/api/forms/${gone.id}?version=${gone.version}`, { session: finance })).status).toBe(200);
});

afterAll(async () => {
  await t?.stop();
});

async function publicList(query: string): Promise<{ items: Item[]; total: number }> {
  const res = await t.request('GET', `/api/public/forms?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('GET /api/public/forms paging and search', () => {
  it('answers one page and the true total of published forms only', async () => {
    const page = await publicList('limit=2');
    expect(page.total).toBe(PUBLISHED.length);
    expect(page.items).toHaveLength(2);
    const all = await publicList('');
    expect(all.items.map((i) => i.project_name).sort()).toEqual(PUBLISHED.map((f) => f.name).sort());
  });

  it('pages join up in any sort: every form once, in the one order', async () => {
    for (const [sort, order] of [['project_name', 'asc'], ['published_at', 'desc'], ['fiscal_year', 'asc'], ['org', 'desc']] as const) {
      const whole = (await publicList(`sort=${sort}&order=${order}`)).items.map((i) => i.id);
      const paged: number[] = [];
      for (let offset = 0; offset < PUBLISHED.length + 3; offset += 3) {
        const page = await publicList(`sort=${sort}&order=${order}&limit=3&offset=${offset}`);
        expect(page.total).toBe(PUBLISHED.length);
        paged.push(...page.items.map((i) => i.id));
      }
      expect(paged, `${sort} ${order}`).toEqual(whole);
      expect(new Set(paged).size).toBe(PUBLISHED.length);
    }
  });

  it.each([
    ['道路', ['城区道路维修', '农村道路硬化', '道路照明']],
    ['交通局', ['城区道路维修', '学校食堂改造', '1000户改厕']],
    ['100%', ['覆盖率100%提升工程']],
    ['A_B', ['A_B 试点']],
    ['_', ['A_B 试点']],
    ['  食堂 ', ['学校食堂改造']],
    ['不存在的项目', []],
  ])('q=%s finds the project or unit names containing it literally', async (q, names) => {
    const res = await publicList(`q=${encodeURIComponent(q)}&sort=id`);
    expect(res.items.map((i) => i.project_name)).toEqual(PUBLISHED.filter((f) => names.includes(f.name)).map((f) => f.name));
    expect(res.total).toBe(names.length);
  });

  it('combines the search with region, year and kind, and the total follows', async () => {
    const region = (await publicList('limit=1')).items[0]!.region;
    const res = await publicList(`q=${encodeURIComponent('道路')}&fiscal_year=2026&region=${encodeURIComponent(region)}&kind=project_target&sort=id`);
    expect(res.items.map((i) => i.project_name)).toEqual(['城区道路维修', '农村道路硬化']);
    expect(res.total).toBe(2);
    expect(await publicList(`q=${encodeURIComponent('道路')}&region=NO-SUCH`)).toEqual({ items: [], total: 0 });
    const none = await publicList(`q=${encodeURIComponent('道路')}&kind=department_target`);
    expect(none).toEqual({ items: [], total: 0 });
    const year = await publicList(`q=${encodeURIComponent('道路')}&fiscal_year=2025`);
    expect(year.items.map((i) => i.project_name)).toEqual(['道路照明']);
    expect(year.total).toBe(1);
  });

  it('rejects a search over 200 characters and a page size over 1000 with a Chinese 400', async () => {
    for (const query of [`q=${'路'.repeat(201)}`, 'limit=1001', 'offset=-1']) {
      const res = await t.request('GET', `/api/public/forms?${encodeURI(query)}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
