import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Form } from '@jixiao/core';
import { reviewOne } from '../../web/src/editor/use-live-review';
import { importTargetTable } from './target-table';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

const importOne = (editor: Session, unit: string, name: string, weights: number[]) => importTargetTable(t, editor, unit, name, weights);

type Shown = { code: string; severity: string; row: number | null; field: string | null; message: string };
const shown = (findings: Shown[]) => findings.map(({ code, severity, row, field, message }) => ({ code, severity, row, field, message }));

const withRows = (form: Form, fn: (rows: Form['indicators']) => Form['indicators']): Form => ({ ...form, indicators: fn(form.indicators) }) as Form;

// Edits a clerk makes in the editor, each from the imported form (five rows at 90 points beside a 90-point sibling).
const EDITS: Array<{ name: string; edit: (f: Form) => Form; expect: string }> = [
  { name: 'a row added: weights 100 of 90', edit: (f) => withRows(f, (rows) => [...rows, { ...rows[0]!, name: '培训课时', target: '40', unit: '课时', weight: 10 }]), expect: 'weights' },
  { name: 'one weight raised to make 100', edit: (f) => withRows(f, (rows) => rows.map((r, i) => (i === 0 ? { ...r, weight: (r.weight ?? 0) + 10 } : r))), expect: 'weights' },
  { name: 'a weight of 0', edit: (f) => withRows(f, (rows) => rows.map((r, i) => (i === 1 ? { ...r, weight: 0 } : r))), expect: 'weights' },
  { name: 'a weight left blank', edit: (f) => withRows(f, (rows) => rows.map((r, i) => (i === 2 ? { ...r, weight: null } : r))), expect: 'weights' },
  { name: 'the 效益 row removed, its weight moved', edit: (f) => withRows(f, (rows) => rows.filter((r) => !(r.level1 ?? '').startsWith('效益')).map((r, i) => (i === 0 ? { ...r, weight: (r.weight ?? 0) + 15 } : r))), expect: 'coverage' },
  { name: 'the form left as imported', edit: (f) => f, expect: '' },
];

describe('the editor’s live review shows what the save will find', () => {
  it.each(EDITS)('$name', async ({ edit, expect: code }) => {
    const unit = `LRP-${EDITS.findIndex((e) => e.edit === edit)}`;
    const r = await setUpRegion(t, unit);
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');
    await importOne(editor, unit, '乙培训项目', [20, 20, 20, 15, 15]);
    const id = await importOne(editor, unit, '甲培训项目', [20, 20, 20, 15, 15]);

    // What the browser has: the opened form, its review options, and the policy of the org's region and year.
    const opened = await t.request('GET', `/api/forms/${id}`, { session: editor });
    expect(opened.status).toBe(200);
    const orgs = await t.request('GET', '/api/orgs', { session: editor });
    const region = (orgs.body.items as Array<{ code: string; region: string }>).find((o) => o.code === unit)!.region;
    const policy = await t.request('GET', `/api/policies/${encodeURIComponent(region)}/2025`, { session: editor });
    expect(policy.status).toBe(200);

    const edited = edit(opened.body.form as Form);
    const live = reviewOne(edited, policy.body.policy, opened.body.review_options);
    const saved = await t.request('PUT', `/api/forms/${id}`, { session: editor, body: { version: opened.body.version, form: edited } });
    expect(saved.status).toBe(200);

    expect(shown(live as Shown[])).toEqual(shown(saved.body.findings as Shown[]));
    if (code) expect((live ?? []).some((f) => f.code === code)).toBe(true);
  });
});
