import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'L', { region: '指标库区', finance: '指标库区财政局', unit: '指标库单位' }));
});

afterAll(async () => {
  await t?.stop();
});

interface Entry {
  id: number;
  name: string;
  unit: string | null;
  level1: string | null;
  level2: string | null;
  valid_to: string | null;
}

async function entries(query = ''): Promise<Entry[]> {
  const res = await t.request('GET', `/api/library?limit=500${query}`, { session: finance });
  expect(res.status).toBe(200);
  return res.body.items as Entry[];
}

const auditOf = async (id: number) =>
  t.server.db.selectFrom('audit_events').select(['action', 'before', 'after', 'actor_name']).where('entity', '=', 'indicator_library').where('entity_id', '=', String(id)).orderBy('id').execute();

describe('指标库 upkeep by finance', () => {
  it('edits an entry, audits the change, and refuses a name and unit another entry has', async () => {
    const [first, second] = await entries();
    expect(first && second).toBeTruthy();
    const put = await t.request('PUT', `/api/library/${first!.id}`, { session: finance, body: { name: '考试满意度', unit: '%', level1: '满意度指标', level2: '服务对象满意度指标', keywords: '考试,满意度' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ id: first!.id, name: '考试满意度', unit: '%', level1: '满意度指标', level2: '服务对象满意度指标' });
    expect((await entries()).find((e) => e.id === first!.id)?.unit).toBe('%');
    const audit = await auditOf(first!.id);
    expect(audit.map((a) => a.action)).toEqual(['library.update']);
    expect(audit[0]!.before).toMatchObject({ name: first!.name, unit: first!.unit });
    expect(audit[0]!.after).toMatchObject({ name: '考试满意度', unit: '%' });
    expect(audit[0]!.actor_name).toBe('l_fin');

    const dup = await t.request('PUT', `/api/library/${second!.id}`, { session: finance, body: { name: '考试满意度', unit: '%' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('duplicate');
    expect(dup.body.error.message).toContain('考试满意度');
    // Another unit is another indicator.
    expect((await t.request('PUT', `/api/library/${second!.id}`, { session: finance, body: { name: '考试满意度', unit: '分' } })).status).toBe(200);
  });

  it.each([
    ['a blank name', { name: '  ' }, /字段「name」过短/],
    ['an unknown comparator', { comparator: '约等于' }, /comparator/],
    ['a malformed date', { valid_to: '2026/13/01' }, /字段「valid_to」格式不正确/],
    ['a retirement before the start', { valid_from: '2026-05-01', valid_to: '2026-04-01' }, /不能早于/],
    ['an unknown field', { colour: 'red' }, /不允许的字段/],
  ])('refuses %s with a Chinese message', async (_, body, message) => {
    const [entry] = await entries();
    const res = await t.request('PUT', `/api/library/${entry!.id}`, { session: finance, body });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a retirement date before the start date already stored', async () => {
    const entry = (await entries())[5]!;
    expect((await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_from: '2026-01-01' } })).status).toBe(200);
    const res = await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_to: '2025-12-31' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('不能早于启用日期（2026-01-01）');
  });

  it('clears a field given as blank text', async () => {
    const [entry] = await entries();
    const res = await t.request('PUT', `/api/library/${entry!.id}`, { session: finance, body: { explanation: '', spending_class: '教育支出' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ explanation: null, spending_class: '教育支出' });
  });

  it('leaves an entry retired by valid_to out of the ordinary search, but lists it for upkeep', async () => {
    const all = await entries();
    const entry = all[2]!;
    // The test clock reads 2026-03-01.
    const res = await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_to: '2026-02-28' } });
    expect(res.status).toBe(200);
    expect(res.body.valid_to).toBe('2026-02-28');
    expect((await entries()).some((e) => e.id === entry.id)).toBe(false);
    expect((await entries('&include_retired=true')).find((e) => e.id === entry.id)?.valid_to).toBe('2026-02-28');
    expect((await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_to: '2026-03-01' } })).status).toBe(200);
    expect((await entries()).some((e) => e.id === entry.id)).toBe(true);
  });

  it('deletes an entry, audited, and answers 404 for it afterwards', async () => {
    const entry = (await entries())[3]!;
    const del = await t.request('DELETE', `/api/library/${entry.id}`, { session: finance });
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ id: entry.id, name: entry.name });
    expect((await entries('&include_retired=true')).some((e) => e.id === entry.id)).toBe(false);
    const audit = await auditOf(entry.id);
    expect(audit.map((a) => a.action)).toEqual(['library.delete']);
    expect(audit[0]!.before).toMatchObject({ id: entry.id, name: entry.name });
    expect((await t.request('DELETE', `/api/library/${entry.id}`, { session: finance })).status).toBe(404);
    expect((await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { unit: '次' } })).status).toBe(404);
    expect((await t.request('GET', '/api/audit/verify', { session: finance })).body.ok).toBe(true);
  });

  it('refuses a unit editor (403) and leaves the entry as it was', async () => {
    // One no other test touches.
    const entry = (await entries()).at(-1)!;
    const put = await t.request('PUT', `/api/library/${entry.id}`, { session: editor, body: { unit: '次' } });
    expect(put.status).toBe(403);
    expect(put.body.error.message).toContain('财政审核');
    expect((await t.request('DELETE', `/api/library/${entry.id}`, { session: editor })).status).toBe(403);
    expect((await t.request('PUT', `/api/library/${entry.id}`, { session: null, body: { unit: '次' } })).status).toBe(401);
    expect((await entries()).find((e) => e.id === entry.id)).toEqual(entry);
    expect(await auditOf(entry.id)).toEqual([]);
  });
});
