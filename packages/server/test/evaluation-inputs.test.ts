import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '@jixiao/core';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;
let finance: Session;

beforeAll(async () => {
  t = await startTestServer();
  const r = await setUpRegion(t);
  await r.org('Y', '是否区', null);
  await r.org('Y-CZ', '是否区财政局', 'Y', 'finance');
  await r.org('Y-D', '是否区教育局', 'Y-CZ', 'department');
  await r.user('y_fin', 'finance_reviewer', 'Y-CZ');
  finance = await t.login('y_fin', 'Passw0rd-test');
});

afterAll(async () => {
  await t?.stop();
});

interface Item { id: string; score: number | null; issues: string[] }

describe('部门评价 inputs as the clerk types them, stored and scored by the server', () => {
  it.each<[string, Record<string, string>, string, number | null, RegExp | null]>([
    ['否 for 不符合中小企业预留要求 scores the full 3', { 不符合中小企业预留要求: '否' }, 'procurement-sme', 3, null],
    ['是 for 无闲置资产 scores 3', { 无闲置资产: '是' }, 'asset-revitalization', 3, null],
    ['an unreadable answer gets one message saying how to answer', { 无闲置资产: '也许' }, 'asset-revitalization', null, /请填写 是 或 否/],
    ['支出执行进度 150% / 100% / 70%: the overspent source counts 100%', {
      转移支付资金实际支出数: '150', 转移支付资金预算数: '100', 专项债券资金实际支出数: '100', 专项债券资金预算数: '100', 专项预算项目实际支出数: '70', 专项预算项目预算数: '100',
    }, 'budget-progress', 8.1, null],
    ['a formula result above the max is cut, and the row says so', { 政府采购实际支付总金额: '150', 政府采购总预算数: '100', 已完成采购项目节约金额: '0' }, 'procurement-execution', 3, /按公式计算为4\.5分，超出 \[0, 3\]，已按3分计/],
  ])('%s', async (_l, inputs, id, score, note) => {
    const templates = await t.request('GET', '/api/evaluation-templates', { session: finance });
    const builtin = templates.body.items.find((i: { key: string }) => i.key === BUILTIN_TEMPLATES[0]!.id);
    expect(builtin.template.fiscalYear).toBe(2024);
    const created = await t.request('POST', '/api/evaluations', { session: finance, body: { template: builtin.id, org: 'Y-D', fiscal_year: 2024 } });
    expect(created.status).toBe(201);
    const put = await t.request('PUT', `/api/evaluations/${created.body.id}`, { session: finance, body: { version: created.body.version, inputs, scores: {}, deductions: {} } });
    expect(put.status).toBe(200);
    const row = (put.body.result.items as Item[]).find((i) => i.id === id)!;
    expect(row.score).toBe(score);
    if (note) {
      expect(row.issues).toHaveLength(1);
      expect(row.issues[0]).toMatch(note);
    } else expect(row.issues).toEqual([]);
    // Stored as typed, and read back the same way.
    const again = await t.request('GET', `/api/evaluations/${created.body.id}`, { session: finance });
    expect(again.body.inputs).toEqual(inputs);
    expect((again.body.result.items as Item[]).find((i) => i.id === id)!.score).toBe(score);
  });
});
