import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTargetTable, storedWeightErrors } from './target-table';
import { setUpRegion, startTestServer, type Session, type TestServer } from './harness';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t?.stop();
});

const importOne = (editor: Session, unit: string, name: string, weights: number[]) => importTargetTable(t, editor, unit, name, weights);

describe('a 100-point project target’s stored counts follow its 90-point siblings', () => {
  it('on import, form save, row save, deletion and restore of the sibling', async () => {
    const unit = 'SIB-1';
    const r = await setUpRegion(t, unit);
    await r.org(`${unit}-R`, '某区', null);
    await r.org(`${unit}-CZ`, '某区财政局', `${unit}-R`, 'finance');
    await r.org(unit, '某预算单位', `${unit}-CZ`, 'unit');
    await r.user(`editor_${unit}`, 'unit_editor', unit);
    const editor = await t.login(`editor_${unit}`, 'Passw0rd-test');

    // Alone, a target of 100 points is the unit's own convention.
    const hundred = await importOne(editor, unit, '甲培训项目', [30, 20, 20, 15, 15]);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(0);

    // A later document brings a 90-point target: the stored 100-point one is now off the unit's convention.
    const ninety = await importOne(editor, unit, '乙培训项目', [20, 20, 20, 15, 15]);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(1);
    expect(await storedWeightErrors(t, editor, unit, ninety)).toBe(0);

    // The sibling saved at 100 (whole form): no 90-point convention left.
    let opened = await t.request('GET', `/api/forms/${ninety}`, { session: editor });
    const form = opened.body.form as { indicators: Array<{ weight: number | null }> };
    form.indicators[0]!.weight = 30;
    const saved = await t.request('PUT', `/api/forms/${ninety}`, { session: editor, body: { version: opened.body.version, form } });
    expect(saved.status).toBe(200);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(0);

    // Back to 90 by the editor's row autosave.
    opened = await t.request('GET', `/api/forms/${ninety}`, { session: editor });
    const row = { ...(opened.body.form.indicators[0] as object), weight: 20 };
    const rowSaved = await t.request('PUT', `/api/forms/${ninety}/indicators/0`, { session: editor, body: { version: opened.body.version, indicator: row } });
    expect(rowSaved.status).toBe(200);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(1);

    // Deleting the 90-point sibling clears the flag; restoring it brings the flag back.
    opened = await t.request('GET', `/api/forms/${ninety}`, { session: editor });
    const deleted = await t.request('DELETE', `/api/forms/${ninety}?version=${opened.body.version}`, { session: editor });
    expect(deleted.status).toBe(200);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(0);
    const restored = await t.request('POST', `/api/forms/${ninety}/restore`, { session: editor, body: {} });
    expect(restored.status).toBe(200);
    expect(await storedWeightErrors(t, editor, unit, hundred)).toBe(1);
  });
});
