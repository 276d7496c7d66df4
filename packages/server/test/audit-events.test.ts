import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let admin: Session;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  // 2026-03-01 16:30 UTC is 2026-03-02 00:30 in China: the events below fall on the 2nd by the local day.
  t.clock.set(new Date('2026-03-01T16:30:00Z'));
  const r = await setUpRegion(t);
  admin = r.admin;
  await r.org('AU', '审计区', null);
  await r.org('AU-CZ', '审计区财政局', 'AU', 'finance');
  t.clock.advance(10 * 60_000);
  await r.user('au_fin', 'finance_reviewer', 'AU-CZ');
  finance = await t.login('au_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

type Item = { id: number; at: string; actor: string | null; action: string; entity: string; entity_id: string | null; after: Record<string, unknown> | null };
const list = async (query: string) => {
  const res = await t.request('GET', `/api/audit${query}`, { session: admin });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { items: Item[]; total: number };
};

describe('GET /api/audit (审计日志)', () => {
  it('lists the newest first with a total, and pages', async () => {
    const all = await list('');
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items.map((i) => i.id)).toEqual([...all.items.map((i) => i.id)].sort((a, b) => b - a));
    const first = await list('?limit=1');
    const second = await list('?limit=1&offset=1');
    expect(first.items[0]!.id).toBe(all.items[0]!.id);
    expect(second.items[0]!.id).toBe(all.items[1]!.id);
    expect(first.total).toBe(all.total);
  });

  it.each([
    ['by record type', '?entity=org', (i: Item) => i.entity === 'org', 2],
    ['by action', '?action=user.create', (i: Item) => i.action === 'user.create', 1],
    ['by a family of actions', '?action=org.', (i: Item) => i.action.startsWith('org.'), 2],
    ['by actor', '?actor=adm', (i: Item) => i.actor === 'admin', 3],
    ['by China-time day: the orgs made at 00:30 on the 2nd', '?entity=org&from=2026-03-02&to=2026-03-02', (i: Item) => i.entity === 'org', 2],
    ['a day with nothing', '?entity=org&from=2026-03-01&to=2026-03-01', () => false, 0],
  ] as const)('filters %s', async (_label, query, keep, atLeast) => {
    const found = await list(query);
    expect(found.items.every(keep)).toBe(true);
    expect(found.total).toBe(found.items.length);
    if (atLeast === 0) expect(found.total).toBe(0);
    else expect(found.total).toBeGreaterThanOrEqual(atLeast);
  });

  it('says what to fix on a bad filter, and is for the admin alone', async () => {
    const reversed = await t.request('GET', '/api/audit?from=2026-03-05&to=2026-03-01', { session: admin });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toContain('晚于结束日期');
    expect((await t.request('GET', '/api/audit?from=2026-3-5', { session: admin })).status).toBe(400);
    const refused = await t.request('GET', '/api/audit', { session: finance });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('只有管理员');
    expect((await t.request('GET', '/api/audit')).status).toBe(401);
  });
});
