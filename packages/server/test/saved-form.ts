import { expect } from 'vitest';
import type { Form } from '@jixiao/core';
import type { Session, TestServer } from './harness';
import { projectSheetScoring98 } from './sample-forms';

/** A form created by `session` for `org` and `year` and saved whole with `form`'s content; its id. */
export async function savedForm(t: TestServer, session: Session, org: string, year: number, form: Form): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session, body: { kind: form.kind, org, fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: { ...form, fiscal_year: year } } });
  expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
  return created.body.id as number;
}

/** A one-item 部门评价 template (预算执行: 100 × 执行数 / 预算数, so 执行数 92 of 100 is 92 分) added by finance; its id. */
export async function executionTemplate(t: TestServer, finance: Session, key: string): Promise<number> {
  const template = { id: key, name: `${key} 模板`, items: [{ id: 'a', name: '预算执行', level: 1, maxScore: 100, formula: '100 * min(1, 执行数 / 预算数)' }] };
  const created = await t.request('POST', '/api/evaluation-templates', { session: finance, body: { template } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as number;
}

/** A project self-evaluation (系统核算 98, 80% executed with its reason) of `org` for 2026, taken through `steps` (session, action). */
export async function sheetScoring98Through(t: TestServer, org: string, name: string, steps: ReadonlyArray<readonly [Session, string]>) {
  const sheet = projectSheetScoring98(name, 2026);
  // 80% executed needs its reason before it is submitted.
  const explained = { ...sheet, budget: { ...(sheet as { budget: object }).budget, reason: '部分资金按合同于次年拨付' } } as typeof sheet;
  const id = await savedForm(t, steps[0]![0], org, 2026, explained);
  let version = (await t.request('GET', `/api/forms/${id}`, { session: steps[0]![0] })).body.version as number;
  for (const [session, action] of steps) {
    const res = await t.request('POST', `/api/forms/${id}/${action}`, { session, body: { version } });
    expect(res.status, `${action} ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
    version = res.body.version;
  }
  return { id, version };
}
