import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpUnitAndFinance, type Session, startTestServer, type TestServer } from './harness';
import { executionTemplate, sheetScoring98Through } from './saved-form';

// A 部门评价 report prints the department's project self-evaluations as 附表, each laid out (系统核算总分, 等级) under the
// policy its own page uses: the one it was published under while 已公开, the region's of now otherwise.

let t: TestServer;
let admin: Session;
let finance: Session;
let deptUnit: Session;
let templateId: number;

// 98 分 is 优 under the default cut-offs (90) and 良 once 优 needs 99.
const STRICTER = { grades: { excellent: 99, good: 80, pass: 60 } };

beforeAll(async () => {
  t = await startTestServer();
  const s = await setUpUnitAndFinance(t, 'RP', { region: '附表区', finance: '附表区财政局', unit: '附表单位' });
  finance = s.finance;
  await s.region.org('RP-D', '附表区教育局', 'RP-CZ', 'department');
  await s.region.org('RP-DU', '附表区第一小学', 'RP-D', 'unit');
  await s.region.user('rp_school', 'unit_editor', 'RP-DU');
  deptUnit = await t.login('rp_school', 'Passw0rd-test');
  admin = await t.admin();
  templateId = await executionTemplate(t, finance, 'report-policy-tpl');
});

afterAll(async () => {
  await t?.stop();
});

/** A project self-evaluation of the department's school (系统核算 98), accepted and, when asked, published. */
const sheet = (name: string, publish: boolean) =>
  sheetScoring98Through(t, 'RP-DU', name, [[deptUnit, 'submit'], [finance, 'approve'], ...(publish ? [[finance, 'publish'] as const] : [])]);

/** The report's 附表 text, one entry per self-evaluation (split at 附表N). */
async function appendices(evaluationId: number): Promise<string[]> {
  const res = await t.server.app.request(`/api/evaluations/${evaluationId}/report`, { headers: { cookie: finance.cookie } });
  expect(res.status).toBe(200);
  const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))['word/document.xml']!);
  return xml.replace(/<[^>]+>/g, '').split(/附表\d+/).slice(1);
}

describe('the 附表 of a 部门评价 report', () => {
  it('lay out a published self-evaluation under the policy it was published under (guard: an unpublished one under the region\'s now)', async () => {
    await sheet('已公开附表项目', true);
    await sheet('未公开附表项目', false);
    expect((await t.request('PUT', '/api/policies/RP/2026', { session: admin, body: { policy: STRICTER } })).status).toBe(200);
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: templateId, org: 'RP-D', fiscal_year: 2026 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const tables = await appendices(created.body.id);
    const published = tables.find((x) => x.includes('已公开附表项目'));
    const open = tables.find((x) => x.includes('未公开附表项目'));
    expect(published).toMatch(/等级：优/);
    expect(open).toMatch(/等级：良/);
  });
});
