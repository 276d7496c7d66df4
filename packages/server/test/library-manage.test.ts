import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let editor: Session;
let finance: Session;
/** The finance reviewer of another region: it shares the starting library, not region L's entries or edits. */
let otherFinance: Session;

beforeAll(async () => {
  t = await startTestServer();
  ({ editor, finance } = await setUpUnitAndFinance(t, 'L', { region: '指标库区', finance: '指标库区财政局', unit: '指标库单位' }));
  ({ finance: otherFinance } = await setUpUnitAndFinance(t, 'LB', { region: '邻区', finance: '邻区财政局', unit: '邻区单位' }));
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
  keywords: string | null;
  shared: boolean;
  region_name: string | null;
  overrides_id: number | null;
  version: number;
}

async function entries(query = '', session = finance): Promise<Entry[]> {
  const res = await t.request('GET', `/api/library?limit=500${query}`, { session });
  expect(res.status).toBe(200);
  return res.body.items as Entry[];
}

const auditOf = async (id: number) =>
  t.server.db.selectFrom('audit_events').select(['action', 'before', 'after', 'actor_name']).where('entity', '=', 'indicator_library').where('entity_id', '=', String(id)).orderBy('id').execute();

describe('指标库 upkeep by finance', () => {
  it("saves a region's edit of a shared entry as the region's own copy, audited; other regions keep the shared one", async () => {
    const [first, second] = await entries();
    expect(first && second).toBeTruthy();
    expect(first).toMatchObject({ shared: true, region_name: null, overrides_id: null });
    const put = await t.request('PUT', `/api/library/${first!.id}`, { session: finance, body: { name: '考试满意度', unit: '%', level1: '满意度指标', level2: '服务对象满意度指标', keywords: '考试,满意度' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: '考试满意度', unit: '%', level1: '满意度指标', level2: '服务对象满意度指标', shared: false, region_name: '指标库区', overrides_id: first!.id, version: 1 });
    const copy = put.body.id as number;
    expect(copy).not.toBe(first!.id);
    // The region sees its copy in place of the shared entry; the neighbouring region still sees the shared one as it was.
    const mine = await entries();
    expect(mine.some((e) => e.id === first!.id)).toBe(false);
    expect(mine.find((e) => e.id === copy)?.unit).toBe('%');
    const theirs = await entries('', otherFinance);
    expect(theirs.find((e) => e.id === first!.id)).toEqual(first);
    expect(theirs.some((e) => e.id === copy)).toBe(false);
    const audit = await auditOf(copy);
    expect(audit.map((a) => a.action)).toEqual(['library.override']);
    expect(audit[0]!.before).toMatchObject({ shared_id: first!.id, name: first!.name, unit: first!.unit });
    expect(audit[0]!.after).toMatchObject({ name: '考试满意度', unit: '%' });
    expect(audit[0]!.actor_name).toBe('l_fin');
    // The shared entry, once edited here, is changed through the copy only.
    const again = await t.request('PUT', `/api/library/${first!.id}`, { session: finance, body: { unit: '分' } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(`编号 ${copy}`);
    // Further edits of the copy change it in place and count its versions.
    const edit = await t.request('PUT', `/api/library/${copy}`, { session: finance, body: { keywords: '考试' } });
    expect(edit.body).toMatchObject({ id: copy, keywords: '考试', version: 2 });
    expect((await auditOf(copy)).map((a) => a.action)).toEqual(['library.override', 'library.update']);

    const dup = await t.request('PUT', `/api/library/${second!.id}`, { session: finance, body: { name: '考试满意度', unit: '%' } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('duplicate');
    expect(dup.body.error.message).toContain('考试满意度');
    // Another unit is another indicator.
    expect((await t.request('PUT', `/api/library/${second!.id}`, { session: finance, body: { name: '考试满意度', unit: '分' } })).status).toBe(200);
    // Region L's entries are no duplicates for the neighbouring region.
    const theirsSecond = theirs.find((e) => e.id === second!.id)!;
    expect((await t.request('PUT', `/api/library/${theirsSecond.id}`, { session: otherFinance, body: { name: '考试满意度', unit: '%' } })).status).toBe(200);
  });

  it('refuses a save over an edit made meanwhile (the version the editor opened), keeping that edit', async () => {
    const entry = (await entries())[6]!;
    const opened = entry.version;
    const mine = await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { explanation: '先保存的说明', version: opened } });
    expect(mine.status).toBe(200);
    const copy = mine.body.id as number;
    const late = await t.request('PUT', `/api/library/${copy}`, { session: finance, body: { explanation: '后保存的说明', version: mine.body.version } });
    expect(late.status).toBe(200);
    const stale = await t.request('PUT', `/api/library/${copy}`, { session: finance, body: { explanation: '过时的说明', version: mine.body.version } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.error.message).toMatch(/已被他人修改（现为第 2 版，您打开的是第 1 版）；请刷新后重新修改/);
    expect((await entries()).find((e) => e.id === copy)).toMatchObject({ explanation: '后保存的说明', version: 2 });
  });

  it("answers 404 for another region's entry, to read, edit or delete", async () => {
    const own = (await entries())[7]!;
    const copy = (await t.request('PUT', `/api/library/${own.id}`, { session: finance, body: { keywords: '本区' } })).body.id as number;
    expect((await t.request('PUT', `/api/library/${copy}`, { session: otherFinance, body: { keywords: '邻区' } })).status).toBe(404);
    expect((await t.request('DELETE', `/api/library/${copy}`, { session: otherFinance })).status).toBe(404);
    expect((await entries('&include_retired=true', otherFinance)).some((e) => e.id === copy)).toBe(false);
    expect((await entries()).find((e) => e.id === copy)?.keywords).toBe('本区');
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
    const first = await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_from: '2026-01-01' } });
    expect(first.status).toBe(200);
    const res = await t.request('PUT', `/api/library/${first.body.id}`, { session: finance, body: { valid_to: '2025-12-31' } });
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
    // The test clock reads 2026-03-01. Retiring a shared entry retires it in this region only.
    const res = await t.request('PUT', `/api/library/${entry.id}`, { session: finance, body: { valid_to: '2026-02-28' } });
    expect(res.status).toBe(200);
    expect(res.body.valid_to).toBe('2026-02-28');
    const copy = res.body.id as number;
    expect((await entries()).some((e) => e.id === entry.id || e.id === copy)).toBe(false);
    expect((await entries('&include_retired=true')).find((e) => e.id === copy)?.valid_to).toBe('2026-02-28');
    expect((await entries('', otherFinance)).some((e) => e.id === entry.id)).toBe(true);
    expect((await t.request('PUT', `/api/library/${copy}`, { session: finance, body: { valid_to: '2026-03-01' } })).status).toBe(200);
    expect((await entries()).some((e) => e.id === copy)).toBe(true);
  });

  it("deletes the region's own entry, audited, and answers 404 for it afterwards; deleting its copy of a shared entry brings the shared one back", async () => {
    const shared = (await entries())[3]!;
    const refused = await t.request('DELETE', `/api/library/${shared.id}`, { session: finance });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('各区划共用的指标，不能在本区划删除');
    const copy = (await t.request('PUT', `/api/library/${shared.id}`, { session: finance, body: { unit: '人次' } })).body.id as number;
    const del = await t.request('DELETE', `/api/library/${copy}`, { session: finance });
    expect(del.status).toBe(200);
    expect(del.body).toEqual({ id: copy, name: shared.name, restored_shared_id: shared.id });
    const after = await entries('&include_retired=true');
    expect(after.some((e) => e.id === copy)).toBe(false);
    expect(after.find((e) => e.id === shared.id)).toEqual(shared);
    const audit = await auditOf(copy);
    expect(audit.map((a) => a.action)).toEqual(['library.override', 'library.delete']);
    expect(audit[1]!.before).toMatchObject({ id: copy, name: shared.name });
    expect((await t.request('DELETE', `/api/library/${copy}`, { session: finance })).status).toBe(404);
    expect((await t.request('PUT', `/api/library/${copy}`, { session: finance, body: { unit: '次' } })).status).toBe(404);
    expect((await t.request('GET', '/api/audit/verify', { session: finance })).body.ok).toBe(true);
  });

  it('refuses a unit editor (403) and leaves the entry as it was', async () => {
    // One no other test touches (a region's copies come after the shared entries).
    const entry = (await entries()).filter((e) => e.shared).at(-1)!;
    const put = await t.request('PUT', `/api/library/${entry.id}`, { session: editor, body: { unit: '次' } });
    expect(put.status).toBe(403);
    expect(put.body.error.message).toContain('财政审核');
    expect((await t.request('DELETE', `/api/library/${entry.id}`, { session: editor })).status).toBe(403);
    expect((await t.request('PUT', `/api/library/${entry.id}`, { session: null, body: { unit: '次' } })).status).toBe(401);
    expect((await entries()).find((e) => e.id === entry.id)).toEqual(entry);
    expect(await auditOf(entry.id)).toEqual([]);
  });
});
