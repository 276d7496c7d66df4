import { expect } from 'vitest';
import type { Form } from '@jixiao/core';
import type { Session, TestServer } from './harness';

/** A form created by `session` for `org` and `year` and saved whole with `form`'s content; its id. */
export async function savedForm(t: TestServer, session: Session, org: string, year: number, form: Form): Promise<number> {
  const created = await t.request('POST', '/api/forms', { session, body: { kind: form.kind, org, fiscal_year: year } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await t.request('PUT', `/api/forms/${created.body.id}`, { session, body: { version: created.body.version, form: { ...form, fiscal_year: year } } });
  expect(put.status, JSON.stringify(put.body).slice(0, 300)).toBe(200);
  return created.body.id as number;
}
